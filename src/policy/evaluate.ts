// The verdict of one reference under a policy. Pure: the same inputs give the same verdict, and
// every verdict carries the rules that produced it.
import { clauseNames } from "../licenses/index.js";
import type {
  Category,
  ClauseName,
  LicenseFact,
  ModelRef,
  Policy,
  PolicyException,
  Reason,
  Resolution,
  Verdict,
} from "../types.js";
import { licenseMatches, modelMatches } from "./match.js";
import { quote } from "./validate.js";

export interface Evaluation {
  verdict: Verdict;
  reasons: Reason[];
  /** e.g. an expired exception that was ignored. */
  notices: string[];
}

const SEVERITY: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = "pass";
  for (const v of verdicts) {
    if (v === "fail") return "fail";
    if (v === "warn") worst = "warn";
  }
  return worst;
}

/** One license that applies to the reference: its weights, its code, or a base model's weights. */
interface Facet {
  kind: "weights" | "code";
  fact: LicenseFact;
  /** The base model the license comes from, for lineage. */
  via?: string;
}

const LISTS: { list: "deny" | "warn" | "allow"; level: Verdict }[] = [
  { list: "deny", level: "fail" },
  { list: "warn", level: "warn" },
  { list: "allow", level: "pass" },
];

const CATEGORY_PHRASE: Record<Category, string> = {
  permissive: "permissive",
  "public-domain": "public domain",
  "weak-copyleft": "weak copyleft",
  "strong-copyleft": "strong copyleft",
  "network-copyleft": "network copyleft (serving it over a network obliges you to publish source)",
  "share-alike": "share-alike",
  "non-commercial": "non-commercial",
  "no-derivatives": "no-derivatives",
  "responsible-ai": "a responsible-AI license with use restrictions",
  community: "a vendor community license",
  "research-only": "research-only",
  "no-license": "missing: no license means all rights reserved",
  unknown: "not recognized",
  unresolved: "unknown: the lookup failed",
};

function label(f: Facet): string {
  const kind = f.kind === "code" ? "code license" : "weights license";
  const name = f.fact.license ?? (f.fact.declared ? quote(f.fact.declared) : null);
  return `${kind}${name ? ` ${name}` : ""}${f.via ? ` via ${f.via}` : ""}`;
}

function clausePhrase(clause: ClauseName, fact: LicenseFact): string {
  const c = fact.clauses;
  switch (clause) {
    case "mau-threshold":
      return c.mauThreshold
        ? `has a monthly-active-user threshold of ${c.mauThreshold.toLocaleString("en-US")} users`
        : "has a monthly-active-user threshold";
    case "revenue-threshold": {
      const r = c.revenueThreshold;
      return r
        ? `has a revenue threshold of ${r.amount.toLocaleString("en-US")} ${r.currency} per ${r.period}`
        : "has a revenue threshold";
    }
    case "use-restrictions":
      return "restricts how the model may be used";
    case "attribution":
      return "requires attribution";
    case "derivative-naming":
      return "requires derivatives to carry its name";
    case "license-propagation":
      return "requires derivatives to carry the same license";
    case "registration":
      return "requires registration or accepting terms before use";
    case "non-commercial":
      return "forbids commercial use";
  }
}

/** deny match -> fail, else warn match -> warn, else allow match -> pass, else unmatched. */
function judge(f: Facet, policy: Policy): Reason[] {
  const subject = label(f);
  const clauses = clauseNames(f.fact.clauses);
  for (const { list, level } of LISTS) {
    const rules = policy[list];
    const hits: Reason[] = [];
    for (const pattern of rules.licenses) {
      if (licenseMatches(pattern, f.fact)) {
        hits.push({
          level,
          rule: `${list}.licenses: ${pattern}`,
          message: `${subject} is listed in ${list}.licenses`,
        });
      }
    }
    for (const category of rules.categories) {
      if (f.fact.categories.includes(category)) {
        hits.push({
          level,
          rule: `${list}.categories: ${category}`,
          message: `${subject} is ${CATEGORY_PHRASE[category]}`,
        });
      }
    }
    for (const clause of rules.clauses) {
      if (clauses.includes(clause)) {
        hits.push({
          level,
          rule: `${list}.clauses: ${clause}`,
          message: `${subject} ${clausePhrase(clause, f.fact)}`,
        });
      }
    }
    if (hits.length > 0) return hits;
  }
  const what = f.fact.categories.length > 0 ? ` (${f.fact.categories.join(", ")})` : "";
  return [
    {
      level: policy.unmatched,
      rule: `unmatched: ${policy.unmatched}`,
      message: `${subject}${what} is named by no rule of the policy`,
    },
  ];
}

function today(now: Date): string {
  const t = now.getTime();
  return new Date(Number.isNaN(t) ? Date.now() : t).toISOString().slice(0, 10);
}

interface ExceptionHit {
  exception: PolicyException;
  pattern: string;
}

/** The first exception that names the id and has not expired; expired ones that match leave a notice. */
function findException(id: string, policy: Policy, day: string, notices: string[]): ExceptionHit | undefined {
  for (const exception of policy.exceptions) {
    const pattern = exception.models.find((p) => modelMatches(p, id));
    if (!pattern) continue;
    if (exception.expires && exception.expires < day) {
      const notice = `exception ${pattern} for ${id} expired on ${exception.expires} and was ignored (reason: ${quote(exception.reason)})`;
      if (!notices.includes(notice)) notices.push(notice);
      continue;
    }
    return { exception, pattern };
  }
  return undefined;
}

function exceptionReason(hit: ExceptionHit, id: string): Reason {
  const { exception, pattern } = hit;
  const until = exception.expires ? ` (until ${exception.expires})` : "";
  return {
    level: exception.verdict,
    rule: `exceptions: ${pattern}`,
    message: `exception for ${id}: ${exception.reason}${until}`,
  };
}

/**
 * The verdict of one reference: most severe over its weights, code and every base model's
 * license. An exception naming a base model settles that base's license (a legal team that cleared
 * the Llama license has cleared it for every fine-tune); an exception naming the reference applies
 * last and settles the whole verdict.
 */
export function evaluate(ref: ModelRef, resolution: Resolution, policy: Policy, now: Date): Evaluation {
  const day = today(now);
  const notices: string[] = [];
  const facets: Facet[] = [{ kind: "weights", fact: resolution.weights }];
  if (resolution.code) facets.push({ kind: "code", fact: resolution.code });
  for (const base of resolution.lineage) facets.push({ kind: "weights", fact: base.license, via: base.id });

  let reasons: Reason[] = [];
  for (const facet of facets) {
    const hit = facet.via ? findException(facet.via, policy, day, notices) : undefined;
    reasons.push(...(hit ? [exceptionReason(hit, facet.via!)] : judge(facet, policy)));
  }
  reasons = unique(reasons).sort((a, b) => SEVERITY[b.level] - SEVERITY[a.level]);
  let verdict = worstVerdict(reasons.map((r) => r.level));

  const own = findException(ref.id, policy, day, notices);
  if (own) {
    verdict = own.exception.verdict;
    reasons = [exceptionReason(own, ref.id), ...reasons];
  }
  return { verdict, reasons, notices };
}

function unique(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.level}\u0000${r.rule}\u0000${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
