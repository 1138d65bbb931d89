// License knowledge: the catalog, declared names, license texts and the clauses that bind a user.
import type { ClauseName, Clauses, LicenseFact } from "../types.js";
import { classifyText } from "./classify.js";

export { getLicense, LICENSES } from "./catalog.js";
export { classifyText } from "./classify.js";
export { extractClauses } from "./clauses.js";
export { factFromDeclared, lookupName } from "./normalize.js";

/** Classify a license file's text into a fact, clauses taken from the text itself. */
export function factFromText(text: string, source: string): LicenseFact {
  const c = classifyText(text);
  const fact: LicenseFact = {
    license: c.license,
    spdx: c.spdx,
    categories: c.categories,
    clauses: c.clauses,
    source,
    confidence: c.confidence,
  };
  if (c.note) fact.declared = c.note;
  return fact;
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
