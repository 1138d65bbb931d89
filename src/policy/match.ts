// Glob matching for the three things a policy names: licenses, model ids and file paths.

import { Minimatch, type MinimatchOptions } from "minimatch";
import type { LicenseFact, Policy } from "../types.js";
import { withoutTrailingSlashes } from "../util/slashes.js";

const cache = new Map<string, Minimatch>();

function compiled(pattern: string, options: MinimatchOptions): Minimatch {
  const key = `${options.nocase ? "i" : "c"}:${pattern}`;
  let m = cache.get(key);
  if (!m) {
    // A leading "!" or "#" in a policy is a name, not minimatch's negation or comment.
    m = new Minimatch(pattern, { ...options, dot: true, nonegate: true, nocomment: true });
    if (cache.size > 10_000) cache.clear();
    cache.set(key, m);
  }
  return m;
}

/**
 * The names a license value stands for: itself, and each part of an AND combination (a model
 * declared under two licenses is bound by both, so a rule naming either applies).
 */
function names(value: string): string[] {
  const whole = value.toLowerCase().trim();
  // Split on the word "and" between two others, by words: /\s+and\s+/ is quadratic on long blanks.
  const words = whole.replace(/[()]/g, " ").split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  let cur: string[] = [];
  words.forEach((w, k) => {
    if (w === "and" && k > 0 && k < words.length - 1) {
      parts.push(cur.join(" "));
      cur = [];
    } else cur.push(w);
  });
  parts.push(cur.join(" "));
  const kept = parts.filter((p) => p !== "" && !/\sor\s/.test(p));
  return kept.length > 1 ? [whole, ...kept] : [whole];
}

/** A license entry (id, SPDX id or glob) against a fact's catalog id and SPDX id, case-insensitive. */
export function licenseMatches(pattern: string, fact: LicenseFact): boolean {
  const m = compiled(pattern.toLowerCase(), { nocase: true });
  for (const value of [fact.license, fact.spdx]) {
    if (value && names(value).some((n) => m.match(n))) return true;
  }
  return false;
}

/** An exception's glob against a model id, case-insensitive as Hub ids are. */
export function modelMatches(pattern: string, id: string): boolean {
  return compiled(pattern, { nocase: true }).match(id);
}

function normalizePath(file: string): string {
  return file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}

/**
 * Whether ignore.paths covers a file. A pattern that names a folder covers what is inside it, as
 * a reader of `paths: [tests/fixtures]` expects.
 */
export function isIgnoredPath(policy: Policy, file: string): boolean {
  const path = normalizePath(file);
  if (path === "") return false;
  const parts = path.split("/");
  for (const raw of policy.ignore.paths) {
    const pattern = withoutTrailingSlashes(normalizePath(raw));
    if (pattern === "") continue;
    const m = compiled(pattern, {});
    for (let n = parts.length; n >= 1; n--) {
      if (m.match(parts.slice(0, n).join("/"))) return true;
    }
  }
  return false;
}
