// STUB (owned by the policy engineer): signatures are the contract, bodies are placeholders.
import type { ModelRef, Policy, Reason, Resolution, Verdict } from "../types.js";

/** A policy file error, with its place: `file:line:col: message`. */
export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${col}: ${detail}`);
    this.name = "PolicyError";
  }
}

export const PRESET_NAMES = ["default", "commercial", "permissive-only", "research"] as const;

export interface ParseOptions {
  /** Reads a repository-relative file named by `extends`; null when it does not exist. */
  readFile?: (path: string) => string | null;
}

/** Parse and validate a policy file; throws PolicyError. */
export function parsePolicy(_text: string, file: string, _options: ParseOptions = {}): Policy {
  return emptyPolicy(file);
}

export function loadPreset(name: string): Policy {
  return emptyPolicy(`preset:${name}`);
}

function emptyPolicy(source: string): Policy {
  const none = { licenses: [], categories: [], clauses: [] };
  return {
    version: 1,
    deny: none,
    warn: none,
    allow: none,
    unmatched: "warn",
    exceptions: [],
    ignore: { paths: [] },
    source,
  };
}

export interface Evaluation {
  verdict: Verdict;
  reasons: Reason[];
  /** e.g. an expired exception that was ignored. */
  notices: string[];
}

/** The verdict of one reference: most severe over weights, code and lineage; exceptions last. */
export function evaluate(_ref: ModelRef, _resolution: Resolution, _policy: Policy, _now: Date): Evaluation {
  return { verdict: "warn", reasons: [], notices: [] };
}

export function isIgnoredPath(_policy: Policy, _file: string): boolean {
  return false;
}

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = "pass";
  for (const v of verdicts) {
    if (v === "fail") return "fail";
    if (v === "warn") worst = "warn";
  }
  return worst;
}
