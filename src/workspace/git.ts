// Git plumbing: tracked files, changed files between two commits. Arguments go to git as an argv
// array (no shell), and revisions are checked so a value cannot pose as an option.

import { execFile } from "node:child_process";
import type { ChangedFile } from "../types.js";
import { parseUnifiedDiff } from "./diff.js";

export class GitError extends Error {}

export function git(cwd: string, args: string[], maxBuffer = 1 << 30): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["-c", "core.quotepath=false", ...args],
      { cwd, maxBuffer, encoding: "buffer", env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } },
      (err, stdout, stderr) => {
        if (err) {
          const msg = stderr.toString("utf8").trim().split("\n")[0] || err.message;
          reject(new GitError(`git ${args[0]}: ${msg}`));
        } else resolve(stdout);
      },
    );
  });
}

/** Whether root is inside a git work tree. */
export async function isGitCheckout(root: string): Promise<boolean> {
  try {
    const out = await git(root, ["rev-parse", "--is-inside-work-tree"]);
    return out.toString().trim() === "true";
  } catch {
    return false;
  }
}

/** Tracked files under root, relative to root, with their git mode (120000: a link, 160000: a submodule). */
export async function trackedFiles(root: string): Promise<{ path: string; mode: string }[]> {
  const out = await git(root, ["ls-files", "-z", "--stage", "--full-name", "--", "."]);
  const prefix = (await git(root, ["rev-parse", "--show-prefix"])).toString().trim();
  const seen = new Set<string>();
  const files: { path: string; mode: string }[] = [];
  for (const entry of out.toString("utf8").split("\0")) {
    // "<mode> <sha> <stage>\t<path>"; a conflicted file is listed once per stage.
    const tab = entry.indexOf("\t");
    if (tab < 0) continue;
    const full = entry.slice(tab + 1);
    const path = prefix && full.startsWith(prefix) ? full.slice(prefix.length) : full;
    if (seen.has(path)) continue;
    seen.add(path);
    files.push({ path, mode: entry.slice(0, entry.indexOf(" ")) });
  }
  return files;
}

function checkRev(rev: string): void {
  if (!rev || rev.startsWith("-") || /[\s\0]/.test(rev))
    throw new GitError(`invalid revision: ${JSON.stringify(rev)}`);
}

/** Files changed between two commits (merge base of base and head, when there is one). */
export async function gitChangedFiles(root: string, base: string, head: string): Promise<ChangedFile[]> {
  checkRev(base);
  checkRev(head);
  const common = [
    "diff",
    "--no-color",
    "--no-ext-diff",
    "-U0",
    "-M",
    "--relative",
    "--src-prefix=a/",
    "--dst-prefix=b/",
  ];
  let out: Buffer;
  try {
    out = await git(root, [...common, `${base}...${head}`, "--"]);
  } catch (e) {
    // Unrelated histories (or shallow clones without the merge base): compare the two trees.
    if (!/merge base/i.test((e as Error).message)) throw e;
    out = await git(root, [...common, base, head, "--"]);
  }
  return parseUnifiedDiff(out.toString("utf8"));
}
