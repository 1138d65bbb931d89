import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isWeightsFile, WEIGHTS_HEAD_BYTES } from "../detect/index.js";
import type { ChangedFile } from "../types.js";
import type { GitHubClient } from "./octokit.js";
import { blobAtRef, type RepoRef } from "./pull-request.js";

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
      const bytes = await blobAtRef(client, repo, f.path, ref).catch((err: unknown) => {
        errors.push(`${f.path}: could not read the file at ${ref.slice(0, 12)}: ${(err as Error).message}`);
        return undefined;
      });
      if (bytes === undefined) continue;
      if (bytes === null) {
        errors.push(`${f.path}: not found at ${ref.slice(0, 12)}`);
        continue;
      }
      const target = path.join(dir, f.path);
      if (!target.startsWith(dir + path.sep)) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      // Weight files are read by their first bytes only; a text file is copied whole, so that the
      // workspace's own limit (text over MAX_TEXT_BYTES is skipped, with a message) decides, as it
      // does for a checkout.
      writeFileSync(target, isWeightsFile(f.path) ? bytes.subarray(0, WEIGHTS_HEAD_BYTES) : bytes);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { dir, errors };
}
