import { execFileSync } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { loadPreset, PRESET_NAMES, parsePolicy } from "./policy/index.js";
import type { ChangedFile, Policy } from "./types.js";

export const DEFAULT_POLICY_FILE = ".github/model-license-policy.yml";

/** Reads a repository-relative file; null when it does not exist. */
export type FileReader = (file: string) => string | null;

/** Files as they are in the working tree, never outside it, links included. */
export function workingTreeReader(root: string): FileReader {
  return (file) => {
    try {
      const realRoot = realpathSync(root);
      const full = realpathSync(path.resolve(root, file));
      if (!full.startsWith(realRoot + path.sep)) return null;
      return readFileSync(full, "utf8");
    } catch {
      return null;
    }
  };
}

/** Files as they are at a commit, read from git; null when the commit or the file is not there. */
export function gitReader(root: string, ref: string): FileReader {
  return (file) => {
    try {
      return execFileSync("git", ["show", `${ref}:${file.replace(/^\.\//, "")}`], {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        maxBuffer: 16 << 20,
      });
    } catch {
      return null;
    }
  };
}

export function hasCommit(root: string, sha: string): boolean {
  try {
    execFileSync("git", ["cat-file", "-e", `${sha}^{commit}`], { cwd: root, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export interface LoadedPolicy {
  policy: Policy;
  /** The file it came from, or null for a preset. */
  file: string | null;
}

/**
 * The policy: the named file through `read` (a preset when `file` names one and no such file exists),
 * else the built-in default. A file named explicitly that does not exist is an error, so a typo in
 * the `policy` input cannot silently fall back to the default.
 */
export function loadPolicy(file: string | undefined, read: FileReader, describe: string): LoadedPolicy {
  const wanted = file || DEFAULT_POLICY_FILE;
  const text = read(wanted);
  if (text !== null) {
    return { policy: parsePolicy(text, wanted, { readFile: read }), file: wanted };
  }
  if (file && (PRESET_NAMES as readonly string[]).includes(file)) {
    return { policy: loadPreset(file), file: null };
  }
  if (file && file !== DEFAULT_POLICY_FILE) {
    throw new Error(`${file}: policy file not found ${describe}`);
  }
  return { policy: loadPreset("default"), file: null };
}

/** The notice for a change that edits the policy file that judges it. */
export function policyChangeNotice(changed: ChangedFile[], policyFile: string): string | null {
  const touched = changed.some((f) => f.path === policyFile || f.previousPath === policyFile);
  return touched
    ? `This change edits the policy file ${policyFile}. It was judged by the policy of the base commit; the new policy applies after merge.`
    : null;
}
