// The files to scan: what git tracks in a checkout, else a walk of the tree that skips .git and
// node_modules and never follows a link out of the tree (nor into a loop).

import { existsSync, readdirSync } from "node:fs";
import { lstat, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { isGitCheckout, trackedFiles } from "./git.js";

const SKIP_DIRS = new Set([".git", "node_modules"]);

/** Whether `target` (a real path) is root or inside it. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** Whether a .git entry sits in root or above: without one, git need not be asked. */
function insideGitDir(realRoot: string): boolean {
  for (let dir = realRoot; ; ) {
    if (existsSync(path.join(dir, ".git"))) return true;
    const up = path.dirname(dir);
    if (up === dir) return false;
    dir = up;
  }
}

/** Files to scan, relative posix paths: git-tracked files in a checkout, else a walk. */
export async function listFiles(root: string): Promise<string[]> {
  const realRoot = await realpath(root);
  if (insideGitDir(realRoot) && (await isGitCheckout(realRoot))) {
    const files = await trackedFiles(realRoot);
    // Tracked symlinks may point anywhere: keep only those that resolve to a file inside.
    const kept: string[] = [];
    for (const f of files) {
      if (f.mode === "100644" || f.mode === "100755") kept.push(f.path);
      else if (f.mode === "120000" && (await isSafeFile(realRoot, f.path))) kept.push(f.path);
    }
    return kept.sort();
  }
  return walk(realRoot);
}

async function isSafeFile(realRoot: string, rel: string): Promise<boolean> {
  const abs = path.join(realRoot, rel);
  try {
    const st = await lstat(abs);
    if (st.isFile()) return true;
    if (!st.isSymbolicLink()) return false;
    const target = await realpath(abs);
    return isInside(realRoot, target) && (await stat(target)).isFile();
  } catch {
    return false; // deleted in the working tree, or a dangling link
  }
}

async function walk(realRoot: string): Promise<string[]> {
  const out: string[] = [];
  const stack: string[] = [""];
  // Synchronous listing: one directory at a time is several times faster than a promise each.
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(path.join(realRoot, dir), { withFileTypes: true });
    } catch {
      continue; // unreadable folder
    }
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) stack.push(rel);
      } else if (e.isFile()) out.push(rel);
      else if (e.isSymbolicLink()) {
        // A link to a file inside the tree is scanned under its own name; links to folders are
        // not followed (their targets inside the tree are walked anyway, and loops are avoided).
        if (await isSafeFile(realRoot, rel)) out.push(rel);
      }
    }
  }
  return out.sort();
}
