import type { ChangedFile } from "../types.js";
import { parsePatch } from "../workspace/index.js";
import type { GitHubClient } from "./octokit.js";

export interface RepoRef {
  owner: string;
  repo: string;
}

/** A file entry of the pull request files or compare API, as detection takes it. */
export function toChangedFile(f: {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
  changes?: number;
}): ChangedFile {
  const status =
    f.status === "removed"
      ? "deleted"
      : f.status === "renamed"
        ? "renamed"
        : f.status === "added"
          ? "added"
          : "modified";
  // A pure rename brings no new line. Otherwise the API leaves out the patch only of binary and very
  // large files: treat every line of those as changed.
  const lines =
    status === "renamed" && f.changes === 0
      ? new Set<number>()
      : status === "added" || f.patch === undefined
        ? "all"
        : parsePatch(f.patch);
  return { path: f.filename, status, previousPath: f.previous_filename, lines };
}

/** Changed files of a pull request from the files API, for when its commits are not in the checkout. */
export async function pullRequestFiles(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
): Promise<ChangedFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return files.map(toChangedFile);
}

/** A file's bytes at a commit, through the contents API; null when it does not exist there. */
export async function blobAtRef(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<Buffer | null> {
  try {
    const res = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
      ...repo,
      path,
      ref,
      mediaType: { format: "raw" },
    });
    const data = res.data as unknown;
    if (typeof data === "string") return Buffer.from(data, "utf8");
    if (data instanceof ArrayBuffer) return Buffer.from(data);
    // A server that ignores the raw media type answers with the JSON entry (a folder: a list).
    if (data && typeof data === "object" && !Array.isArray(data) && "content" in data) {
      return Buffer.from(String((data as { content: string }).content), "base64");
    }
    return null;
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}

/** A file's text at a commit, through the contents API; null when it does not exist there. */
export async function fileAtRef(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<string | null> {
  return (await blobAtRef(client, repo, path, ref))?.toString("utf8") ?? null;
}
