// STUB (owned by the detection engineer): signatures are the contract, bodies are placeholders.
import type { ChangedFile, ModelRef } from "../types.js";

/** Files to scan, relative posix paths: git-tracked files in a checkout, else a walk. */
export async function listFiles(_root: string): Promise<string[]> {
  return [];
}

/** Files changed between two commits, with their added or changed lines. */
export async function gitChangedFiles(_root: string, _base: string, _head: string): Promise<ChangedFile[]> {
  return [];
}

/** Changed files of a unified diff (git diff output). */
export function parseUnifiedDiff(_diff: string): ChangedFile[] {
  return [];
}

/** Added line numbers of one file's patch, as the pull request files API returns it. */
export function parsePatch(_patch: string): Set<number> {
  return new Set();
}

export interface CollectOptions {
  /** Diff mode: only these files, and only their changed lines. */
  changed?: ChangedFile[] | null;
  /** Files the policy ignores. */
  ignore?: (file: string) => boolean;
}

/** Detect references across a tree (or the changed part of it), grouped. */
export async function collectReferences(
  _root: string,
  _options: CollectOptions = {},
): Promise<{ refs: ModelRef[]; errors: string[] }> {
  return { refs: [], errors: [] };
}
