import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isWeightsFile, WEIGHTS_HEAD_BYTES } from "../detect/index.js";
import type { ChangedFile } from "../types.js";
import type { GitHubClient } from "./octokit.js";
import type { RepoRef } from "./pull-request.js";

/** Text files larger than this are cut: detection is linear, but a runner's memory is not endless. */
const MAX_TEXT_BYTES = 64 << 20;

async function apiBlob(
  client: GitHubClient,
  repo: RepoRef,
  file: string,
  ref: string,
): Promise<Buffer | null> {
  try {
    const res = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
      ...repo,
      path: file,
      ref,
      mediaType: { format: "raw" },
    });
    const data = res.data as unknown;
    if (typeof data === "string") return Buffer.from(data, "utf8");
    if (data instanceof ArrayBuffer) return Buffer.from(data);
    if (data && typeof data === "object" && "content" in data) {
      return Buffer.from(String((data as { content: string }).content), "base64");
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * Copies the changed files as they are at the head commit, read through the contents API, into a
 * fresh folder: for when the head commit is not in the checkout (pull_request_target, shallow
 * clones). Files are only read, never run.
 */
export async function materializeChanged(
  changed: ChangedFile[],
  client: GitHubClient,
  repo: RepoRef,
  ref: string,
): Promise<{ dir: string; errors: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlg-head-"));
  const errors: string[] = [];
  const queue = changed.filter((f) => f.status !== "deleted");
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const limit = isWeightsFile(f.path) ? WEIGHTS_HEAD_BYTES : MAX_TEXT_BYTES;
      const bytes = await apiBlob(client, repo, f.path, ref);
      if (bytes === null) {
        errors.push(`${f.path}: could not read the file at ${ref.slice(0, 12)}`);
        continue;
      }
      const target = path.join(dir, f.path);
      if (!target.startsWith(dir + path.sep)) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bytes.subarray(0, limit));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { dir, errors };
}
