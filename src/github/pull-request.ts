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

/** A file's text at a commit, through the contents API; null when it does not exist there. */
export async function fileAtRef(
  client: GitHubClient,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<string | null> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return null;
    return Buffer.from(data.content, "base64").toString("utf8");
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}
