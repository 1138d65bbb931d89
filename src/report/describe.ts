// Plain-text facts about findings, shared by every renderer. Nothing here is escaped: each
// renderer escapes for its own medium (Markdown, terminal, annotation, URL).
import type { Category, Clauses, Finding, LicenseFact, Reason, ScanResult, Verdict } from "../types.js";

const SEVERITY: Record<Verdict, number> = { fail: 2, warn: 1, pass: 0 };

export function severity(verdict: Verdict): number {
  return SEVERITY[verdict] ?? 0;
}

/** Most severe first, then by id, so a reviewer reads the failures first. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => severity(b.verdict) - severity(a.verdict) || a.ref.id.localeCompare(b.ref.id),
  );
}

export interface Counts {
  references: number;
  fail: number;
  warn: number;
  pass: number;
}

export function countVerdicts(result: ScanResult): Counts {
  const counts: Counts = { references: result.findings.length, fail: 0, warn: 0, pass: 0 };
  for (const f of result.findings) counts[f.verdict] = (counts[f.verdict] ?? 0) + 1;
  return counts;
}

/** "700M", "1.5B", "100K": thresholds as a reader says them. */
export function shortNumber(n: number): string {
  const units: [number, string][] = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [size, unit] of units) {
    if (Math.abs(n) >= size) return `${Number((n / size).toFixed(2))}${unit}`;
  }
  return String(n);
}

/** The clauses worth a reviewer's attention, in a few words each. */
export function clauseWords(clauses: Clauses): string[] {
  const words: string[] = [];
  if (typeof clauses.mauThreshold === "number") words.push(`MAU limit ${shortNumber(clauses.mauThreshold)}`);
  if (clauses.revenueThreshold) {
    const r = clauses.revenueThreshold;
    words.push(`revenue limit ${shortNumber(r.amount)} ${r.currency}/${r.period}`);
  }
  if (clauses.nonCommercial) words.push("non-commercial");
  if (clauses.useRestrictions) words.push("use restrictions");
  return words;
}

/** The license's name as a reader knows it: catalog id, else the declared name, else what went wrong. */
export function licenseName(fact: LicenseFact): string {
  if (fact.license) return fact.license;
  if (fact.categories.includes("unresolved")) return "unresolved";
  if (fact.declared) return fact.declared;
  if (fact.categories.includes("no-license")) return "no license";
  return "unknown";
}

/** Name plus the categories and clauses that matter, e.g. "llama3 (community; MAU limit 700M)". */
export function licenseLabel(fact: LicenseFact): string {
  const name = licenseName(fact);
  const cats = fact.categories.filter((c) => c !== name);
  const words = clauseWords(fact.clauses).filter((w) => !cats.includes(w as Category));
  const details = [cats.join(", "), words.join(", ")].filter(Boolean);
  const unrecognized = !fact.license && fact.declared && !fact.categories.includes("unresolved");
  const suffix = unrecognized && !cats.includes("unknown") ? ["unrecognized"] : [];
  const all = [...details, ...suffix];
  return all.length ? `${name} (${all.join("; ")})` : name;
}

/** The reasons that decided the verdict first (fail before warn before pass). */
export function sortReasons(reasons: readonly Reason[]): Reason[] {
  return [...reasons].sort((a, b) => severity(b.level) - severity(a.level));
}

/**
 * Reasons to show for a finding: those that set its verdict first, then milder ones; under an
 * exception that passes a model, the stricter reasons it overrode. With no reason from the policy,
 * the lookup errors explain the verdict.
 */
export function whyLines(finding: Finding): string[] {
  const say = (r: Reason) => (r.message ? `${r.message} (${r.rule})` : r.rule);
  const deciding = finding.reasons.filter((r) => r.level === finding.verdict);
  const others = sortReasons(
    finding.reasons.filter((r) => r.level !== finding.verdict && r.level !== "pass"),
  );
  const lines = [
    ...deciding.map(say),
    ...others.map((r) => (severity(r.level) > severity(finding.verdict) ? `overridden: ${say(r)}` : say(r))),
  ];
  if (lines.length === 0) lines.push(...finding.resolution.errors);
  return lines;
}

/** Unique "file:line" locations in order of appearance. */
export function uniqueLocations(finding: Finding): { file: string; line: number }[] {
  const seen = new Set<string>();
  const out: { file: string; line: number }[] = [];
  for (const loc of finding.ref.locations) {
    const key = `${loc.file}\u0000${loc.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(loc);
  }
  return out;
}
