import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isWeightsFile, WEIGHTS_HEAD_BYTES } from "../detect/index.js";
import type { ChangedFile } from "../types.js";
import type { GitHubClient } from "./octokit.js";
import type { RepoRef } from "./pull-request.js";

/** Text files larger than this are cut: detection is linear, but a runner's memory is not endless. */
const MAX_TEXT_BYTES = 64 << 20;

/** The first `limit` bytes of a blob at a commit, streamed so a multi-gigabyte weight file is never loaded. */
function gitBlobHead(root: string, ref: string, file: string, limit: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const child = spawn("git", ["cat-file", "blob", `${ref}:${file}`], {
      cwd: root,
      stdio: ["ignore", "pipe", "ignore"],
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: Buffer | null) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= limit) {
        child.kill();
        finish(Buffer.concat(chunks).subarray(0, limit));
      }
    });
    child.on("error", () => finish(null));
    child.on("close", (code) => finish(code === 0 ? Buffer.concat(chunks) : null));
  });
}

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

export interface MaterializeSource {
  root: string;
  ref: string;
  /** Read through the contents API when the commit is not in the checkout (pull_request_target, shallow clones). */
  api?: { client: GitHubClient; repo: RepoRef };
}

/**
 * Copies the changed files as they are at the head commit into a fresh folder, so detection reads
 * exactly what the pull request brings, whatever the checkout holds (a merge commit, the base
 * commit of pull_request_target). Files are only read, never run.
 */
export async function materializeChanged(
  changed: ChangedFile[],
  source: MaterializeSource,
): Promise<{ dir: string; errors: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlg-head-"));
  const errors: string[] = [];
  const queue = changed.filter((f) => f.status !== "deleted");
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const limit = isWeightsFile(f.path) ? WEIGHTS_HEAD_BYTES : MAX_TEXT_BYTES;
      const bytes = source.api
        ? await apiBlob(source.api.client, source.api.repo, f.path, source.ref)
        : await gitBlobHead(source.root, source.ref, f.path, limit);
      if (bytes === null) {
        errors.push(`${f.path}: could not read the file at ${source.ref.slice(0, 12)}`);
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
