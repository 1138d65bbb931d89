// A policy with everything it extends: presets by name, repository files by path, merged with
// lists concatenated and scalars taken from the extending file.
import spdxIds from "spdx-license-list/simple.js";
import { LICENSES } from "../licenses/index.js";
import type { Policy, PolicyException, RuleSet } from "../types.js";
import { PolicyError } from "./error.js";
import { PRESETS } from "./presets.generated.js";
import { LIST_NAMES, type ListName, MAX_EXTENDS_DEPTH, RULE_KEYS, type RuleKey } from "./schema.js";
import { suggest } from "./suggest.js";
import {
  type Entry,
  emptyRaw,
  quote,
  type RawException,
  type RawPolicy,
  readPolicyFile,
} from "./validate.js";

export const PRESET_NAMES = ["default", "commercial", "permissive-only", "research"] as const;

export interface ParseOptions {
  /** Reads a repository-relative file named by `extends`; null when it does not exist. */
  readFile?: (path: string) => string | null;
}

interface Merged {
  rules: Record<ListName, Record<RuleKey, Entry[]>>;
  unmatched?: RawPolicy["unmatched"];
  exceptions: RawException[];
  ignore: Entry[];
}

/** Parse and validate a policy file with what it extends; throws PolicyError listing every error. */
export function parsePolicy(text: string, file: string, options: ParseOptions = {}): Policy {
  const errors: PolicyError[] = [];
  const merged = load(text, file, 0, [file], options, errors);
  if (errors.length === 0) checkShadowed(merged, errors);
  if (errors.length > 0) {
    sortByPlace(errors);
    const first = errors[0]!;
    first.all = errors;
    throw first;
  }
  return toPolicy(merged, file);
}

/** By file (in the order the files were met), then by line and column. */
function sortByPlace(errors: PolicyError[]): void {
  const files = [...new Set(errors.map((e) => e.file))];
  errors.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line || a.col - b.col);
}

function load(
  text: string,
  file: string,
  depth: number,
  chain: string[],
  options: ParseOptions,
  errors: PolicyError[],
): Merged {
  const { raw, errors: own } = readPolicyFile(text, file, depth);
  errors.push(...own);
  let base: Merged = fromRaw(emptyRaw(file));
  for (const ext of raw.extends) {
    const fail = (message: string) =>
      errors.push(new PolicyError(ext.origin.file, ext.origin.line, ext.origin.col, message));
    const target = resolveExtends(ext.value, fail);
    if (!target) continue;
    if (chain.includes(target.key)) {
      fail(`extends cycle: ${[...chain, target.key].join(" -> ")}`);
      continue;
    }
    if (depth + 1 > MAX_EXTENDS_DEPTH) {
      fail(`extends chain is deeper than ${MAX_EXTENDS_DEPTH} files: ${[...chain, target.key].join(" -> ")}`);
      continue;
    }
    let body: string | null;
    if (target.preset) body = PRESETS[target.key.slice("preset:".length)] ?? null;
    else if (!options.readFile) {
      fail(`extends ${quote(ext.value)}: repository files cannot be read here`);
      continue;
    } else {
      try {
        body = options.readFile(target.key);
      } catch (e) {
        fail(`extends ${quote(ext.value)}: cannot read it (${(e as Error).message})`);
        continue;
      }
    }
    if (body === null) {
      fail(`extends ${quote(ext.value)}: no such file in the repository`);
      continue;
    }
    base = merge(base, load(body, target.key, depth + 1, [...chain, target.key], options, errors));
  }
  return merge(base, fromRaw(raw), true);
}

/** `preset:<name>` for a preset, the normalized repository path for a file; undefined after an error. */
function resolveExtends(
  value: string,
  fail: (m: string) => void,
): { key: string; preset: boolean } | undefined {
  const name = value.startsWith("preset:") ? value.slice("preset:".length) : value;
  if ((PRESET_NAMES as readonly string[]).includes(name)) return { key: `preset:${name}`, preset: true };
  const looksLikePath = /[/\\]/.test(value) || /\.ya?ml$/i.test(value);
  if (!looksLikePath || value.startsWith("preset:")) {
    const near = suggest(name, PRESET_NAMES);
    const hint = near
      ? `: did you mean "${near}"?`
      : ` (presets: ${PRESET_NAMES.join(", ")}; a repository file needs its path, e.g. .github/base-policy.yml)`;
    fail(`unknown preset ${quote(value)} in extends${hint}`);
    return undefined;
  }
  const path = value.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  const parts = path.split("/");
  if (path.startsWith("/") || /^[a-z]:/i.test(path) || parts.includes("..")) {
    fail(`extends ${quote(value)}: must be a path inside the repository, relative to its root`);
    return undefined;
  }
  return { key: parts.filter((p) => p !== "" && p !== ".").join("/"), preset: false };
}

function fromRaw(raw: RawPolicy): Merged {
  return {
    rules: raw.rules,
    ...(raw.unmatched ? { unmatched: raw.unmatched } : {}),
    exceptions: raw.exceptions,
    ignore: raw.ignore,
  };
}

/** Lists concatenate, scalars come from `top`; the extending file's exceptions are checked first. */
function merge(base: Merged, top: Merged, topIsExtending = false): Merged {
  const rules = {} as Merged["rules"];
  for (const list of LIST_NAMES) {
    rules[list] = { licenses: [], categories: [], clauses: [] };
    for (const key of RULE_KEYS) rules[list][key] = [...base.rules[list][key], ...top.rules[list][key]];
  }
  const unmatched = top.unmatched ?? base.unmatched;
  return {
    rules,
    ...(unmatched ? { unmatched } : {}),
    exceptions: topIsExtending
      ? [...top.exceptions, ...base.exceptions]
      : [...base.exceptions, ...top.exceptions],
    ignore: [...base.ignore, ...top.ignore],
  };
}

const ORDER: ListName[] = ["deny", "warn", "allow"];

/**
 * An entry that a list checked earlier already names can never decide anything. In the same file
 * that is a contradiction; in a file that extends another it is an attempt to loosen a base rule,
 * which lists cannot do (an exception can). Tightening a base rule is fine.
 */
function checkShadowed(merged: Merged, errors: PolicyError[]): void {
  for (const key of RULE_KEYS) {
    const seen = new Map<string, { list: ListName; entry: Entry }>();
    for (const list of ORDER) {
      for (const entry of merged.rules[list][key]) {
        const id = entry.value.toLowerCase();
        const earlier = seen.get(id);
        const fromPreset = entry.origin.file.startsWith("preset:");
        if (
          earlier &&
          earlier.list !== list &&
          !fromPreset &&
          entry.origin.depth <= earlier.entry.origin.depth
        ) {
          const o = entry.origin;
          const e = earlier.entry.origin;
          const place = e.file === o.file ? `line ${e.line}` : e.file;
          errors.push(
            new PolicyError(
              o.file,
              o.line,
              o.col,
              `${list}.${key}: ${quote(entry.value)} has no effect: ${earlier.list}.${key} (${place}) names it too and ${earlier.list} is checked first` +
                (list === "allow" ? "; to let specific models through, add an exception" : ""),
            ),
          );
        }
        if (!earlier) seen.set(id, { list, entry });
      }
    }
  }
  checkLicenseNames(merged, errors);
}

/**
 * A license entry that is not a catalog id, an SPDX id or a glob can never match; when it is one
 * typo away from a known id it is surely that typo.
 */
function checkLicenseNames(merged: Merged, errors: PolicyError[]): void {
  const known = new Set<string>();
  for (const l of LICENSES) {
    known.add(l.id.toLowerCase());
    known.add(l.spdx.toLowerCase());
  }
  for (const id of spdxIds) known.add(id.toLowerCase());
  for (const list of LIST_NAMES) {
    for (const entry of merged.rules[list].licenses) {
      const v = entry.value;
      if (entry.origin.depth > 0 && entry.origin.file.startsWith("preset:")) continue;
      if (known.has(v) || /[*?[\]{}!+@]/.test(v) || v.startsWith("licenseref-")) continue;
      const near = suggest(v, known);
      if (near) {
        const o = entry.origin;
        errors.push(
          new PolicyError(
            o.file,
            o.line,
            o.col,
            `unknown license ${quote(v)} in ${list}.licenses: did you mean "${near}"?`,
          ),
        );
      }
    }
  }
}

function dedupe(entries: Entry[]): string[] {
  return [...new Set(entries.map((e) => e.value))];
}

function toPolicy(merged: Merged, source: string): Policy {
  const ruleSet = (list: ListName): RuleSet => ({
    licenses: dedupe(merged.rules[list].licenses),
    categories: dedupe(merged.rules[list].categories) as RuleSet["categories"],
    clauses: dedupe(merged.rules[list].clauses) as RuleSet["clauses"],
  });
  return {
    version: 1,
    deny: ruleSet("deny"),
    warn: ruleSet("warn"),
    allow: ruleSet("allow"),
    unmatched: merged.unmatched ?? "warn",
    exceptions: merged.exceptions.map(
      ({ origin: _origin, ...e }): PolicyException => ({ ...e, models: [...e.models] }),
    ),
    ignore: { paths: dedupe(merged.ignore) },
    source,
  };
}
