// The shape of a policy file, as data: the validator walks the YAML tree against these tables,
// so the error messages and the documentation (docs/POLICY.md) name the same keys.
import type { Verdict } from "../types.js";

export const TOP_KEYS = [
  "version",
  "extends",
  "deny",
  "warn",
  "allow",
  "unmatched",
  "exceptions",
  "ignore",
] as const;
export type TopKey = (typeof TOP_KEYS)[number];

export const LIST_NAMES = ["deny", "warn", "allow"] as const;
export type ListName = (typeof LIST_NAMES)[number];

export const RULE_KEYS = ["licenses", "categories", "clauses"] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

export const EXCEPTION_KEYS = ["models", "verdict", "reason", "expires"] as const;
export const IGNORE_KEYS = ["paths"] as const;

export const VERDICTS: readonly Verdict[] = ["pass", "warn", "fail"];

/** Words people write for a verdict, mapped to the verdict they mean (for the suggestion only). */
export const VERDICT_SYNONYMS: Record<string, Verdict> = {
  allow: "pass",
  ok: "pass",
  accept: "pass",
  warning: "warn",
  deny: "fail",
  error: "fail",
  block: "fail",
  reject: "fail",
};

/** Keys that people put in the wrong place, with where they belong. */
export const MISPLACED: Record<string, string> = {
  licenses: "it belongs under deny, warn or allow",
  categories: "it belongs under deny, warn or allow",
  clauses: "it belongs under deny, warn or allow",
  paths: "it belongs under ignore",
  models: "it belongs under an item of exceptions",
  reason: "it belongs under an item of exceptions",
  expires: "it belongs under an item of exceptions",
  verdict:
    "it belongs under an item of exceptions (the verdict for licenses no list mentions is `unmatched`)",
};

/** The only version this tool reads. */
export const VERSION = 1;

/** Policy files are small; anything larger is a mistake or an attack on the parser. */
export const MAX_POLICY_BYTES = 256 * 1024;

/** Longest id, glob or path a list may hold: the glob matcher refuses 64 KB and slows long before. */
export const MAX_ENTRY_CHARS = 1024;

/** How deep `extends` may chain before we call it a mistake. */
export const MAX_EXTENDS_DEPTH = 8;
