// File contents at a commit, read from git rather than from the working tree: in diff mode the
// added line numbers belong to the head commit, which need not be what is checked out (a pull
// request's merge commit, a CLI run on another branch).

import { spawn } from "node:child_process";
import { GitError } from "./git.js";

export type BlobResult = { bytes: Buffer } | { error: string };

/** Contents of many files at `rev` with one `git cat-file --batch`; paths relative to root. */
export function readBlobs(root: string, rev: string, paths: string[]): Promise<BlobResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("error", (e) => reject(new GitError(`git cat-file: ${e.message}`)));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new GitError(`git cat-file: ${stderr.trim() || `exit ${code}`}`));
        return;
      }
      const out = Buffer.concat(chunks);
      const results: BlobResult[] = [];
      let at = 0;
      for (const p of paths) {
        const nl = out.indexOf(10, at);
        if (nl < 0) {
          results.push({ error: "git cat-file: output ended early" });
          continue;
        }
        const header = out.subarray(at, nl).toString("utf8");
        at = nl + 1;
        const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
        if (!m) {
          results.push({ error: header.endsWith("missing") ? `not in ${rev}` : `git cat-file: ${header}` });
          continue;
        }
        const size = Number(m[2]);
        results.push(
          m[1] === "blob" ? { bytes: out.subarray(at, at + size) } : { error: `${p} is a ${m[1]}` },
        );
        at += size + 1;
      }
      resolve(results);
    });
    // `rev:./path` is relative to the working directory, which is root.
    for (const p of paths) child.stdin.write(`${rev}:./${p}\n`);
    child.stdin.end();
  });
}

/** The first `max` bytes of a file at `rev` and its full size, without reading the rest. */
export function readBlobHead(
  root: string,
  rev: string,
  path: string,
  max: number,
): Promise<{ head: Uint8Array; size: number }> {
  return new Promise((resolve, reject) => {
    const spec = `${rev}:./${path}`;
    const sizeProc = spawn("git", ["cat-file", "-s", spec], { cwd: root });
    let sizeText = "";
    let errText = "";
    sizeProc.stdout.on("data", (c: Buffer) => {
      sizeText += c.toString();
    });
    sizeProc.stderr.on("data", (c: Buffer) => {
      errText += c.toString();
    });
    sizeProc.on("error", (e) => reject(new GitError(e.message)));
    sizeProc.on("close", (code) => {
      if (code !== 0) {
        reject(new GitError(errText.trim().split("\n")[0] || `not in ${rev}`));
        return;
      }
      const size = Number(sizeText.trim());
      const blob = spawn("git", ["cat-file", "blob", spec], { cwd: root });
      const head = Buffer.alloc(Math.min(size, max));
      let got = 0;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        blob.kill();
        resolve({ head: head.subarray(0, got), size });
      };
      blob.stdout.on("data", (c: Buffer) => {
        const n = Math.min(c.length, head.length - got);
        c.copy(head, got, 0, n);
        got += n;
        if (got >= head.length) finish();
      });
      blob.on("error", (e) => {
        if (!done) {
          done = true;
          reject(new GitError(e.message));
        }
      });
      blob.on("close", finish);
    });
  });
}
