// STUB (owned by the license-knowledge engineer): signatures are the contract, bodies are placeholders.
import type { Classification, ClauseName, Clauses, LicenseFact, LicenseInfo } from "../types.js";

export const LICENSES: readonly LicenseInfo[] = [];

export function getLicense(id: string): LicenseInfo | undefined {
  return LICENSES.find((l) => l.id === id);
}

/** The fact a declaration means (card license / license_name / license_link); null when nothing is declared. */
export function factFromDeclared(
  _input: { license?: string | string[] | null; licenseName?: string | null; licenseLink?: string | null },
  _source: string,
): LicenseFact | null {
  return null;
}

export function classifyText(_text: string): Classification {
  return { license: null, spdx: null, confidence: 0, categories: ["unknown"], clauses: {} };
}

export function extractClauses(_text: string): Clauses {
  return {};
}

/** Classify a license file's text into a fact, clauses taken from the text itself. */
export function factFromText(text: string, source: string): LicenseFact {
  const c = classifyText(text);
  return {
    license: c.license,
    spdx: c.spdx,
    categories: c.categories,
    clauses: c.clauses,
    source,
    confidence: c.confidence,
  };
}

/** Nothing found: all rights reserved. */
export function noLicenseFact(source: string): LicenseFact {
  return { license: null, spdx: null, categories: ["no-license"], clauses: {}, source, confidence: 1 };
}

/** The lookup failed. */
export function unresolvedFact(source: string): LicenseFact {
  return { license: null, spdx: null, categories: ["unresolved"], clauses: {}, source, confidence: 0 };
}

/** The clause names that a Clauses record sets. */
export function clauseNames(clauses: Clauses): ClauseName[] {
  const names: ClauseName[] = [];
  if (clauses.mauThreshold !== undefined) names.push("mau-threshold");
  if (clauses.revenueThreshold) names.push("revenue-threshold");
  if (clauses.useRestrictions) names.push("use-restrictions");
  if (clauses.attribution) names.push("attribution");
  if (clauses.derivativeNaming) names.push("derivative-naming");
  if (clauses.licensePropagation) names.push("license-propagation");
  if (clauses.registration) names.push("registration");
  if (clauses.nonCommercial) names.push("non-commercial");
  return names;
}
