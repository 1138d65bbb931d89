// The machine-readable report of the contract; every other consumer (outputs, SARIF, dashboards)
// can be derived from it.
import type { Clauses, Finding, LicenseFact, ScanResult } from "../types.js";
import { countVerdicts, uniqueLocations } from "./describe.js";

export const REPORT_VERSION = 1;

/** Clause names of the contract with their values: {"mau-threshold": 700000000, "use-restrictions": true}. */
export function clauseMap(clauses: Clauses): Record<string, number | boolean | object> {
  const out: Record<string, number | boolean | object> = {};
  if (typeof clauses.mauThreshold === "number") out["mau-threshold"] = clauses.mauThreshold;
  if (clauses.revenueThreshold) out["revenue-threshold"] = { ...clauses.revenueThreshold };
  if (clauses.useRestrictions) out["use-restrictions"] = true;
  if (clauses.attribution) out.attribution = true;
  if (clauses.derivativeNaming) out["derivative-naming"] = true;
  if (clauses.licensePropagation) out["license-propagation"] = true;
  if (clauses.registration) out.registration = true;
  if (clauses.nonCommercial) out["non-commercial"] = true;
  return out;
}

export interface JsonLicense {
  license: string | null;
  spdx: string | null;
  name: string | null;
  link: string | null;
  categories: string[];
  clauses: Record<string, number | boolean | object>;
  source: string;
  confidence: number;
}

export function jsonLicense(fact: LicenseFact): JsonLicense {
  return {
    license: fact.license,
    spdx: fact.spdx,
    name: fact.declared ?? null,
    link: fact.link ?? null,
    categories: [...fact.categories],
    clauses: clauseMap(fact.clauses),
    source: fact.source,
    confidence: fact.confidence,
  };
}

function jsonReference(f: Finding) {
  const { ref, resolution } = f;
  return {
    id: ref.id,
    kind: ref.kind,
    revision: ref.revision ?? null,
    sha: resolution.sha ?? null,
    confidence: ref.confidence,
    locations: uniqueLocations(f).map((l) => ({ file: l.file, line: l.line })),
    weights: jsonLicense(resolution.weights),
    code: resolution.code ? jsonLicense(resolution.code) : null,
    lineage: resolution.lineage.map((b) => ({
      id: b.id,
      relation: b.relation,
      of: b.of,
      depth: b.depth,
      license: b.license.license,
      spdx: b.license.spdx,
      categories: [...b.license.categories],
    })),
    gated: resolution.gated,
    exists: resolution.exists,
    verdict: f.verdict,
    reasons: f.reasons.map((r) => ({ level: r.level, rule: r.rule, message: r.message })),
    errors: [...resolution.errors],
  };
}

export function renderJson(result: ScanResult) {
  const counts = countVerdicts(result);
  return {
    version: REPORT_VERSION,
    verdict: result.verdict,
    policy: { source: result.policy.source, ref: result.policy.ref },
    summary: counts,
    references: result.findings.map(jsonReference),
    errors: [...result.errors],
    notices: [...result.notices],
  };
}
