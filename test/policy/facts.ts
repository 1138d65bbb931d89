// Hand-built license facts, so these tests do not depend on the catalog.
import type { Category, Clauses, LicenseFact, LineageEntry, ModelRef, Resolution } from "../../src/types.js";

export function fact(
  license: string | null,
  categories: Category[],
  clauses: Clauses = {},
  extra: Partial<LicenseFact> = {},
): LicenseFact {
  return {
    license,
    spdx: extra.spdx ?? null,
    categories,
    clauses,
    source: "test",
    confidence: license ? 1 : 0,
    ...extra,
  };
}

export const F = {
  apache: fact("apache-2.0", ["permissive"], {}, { spdx: "Apache-2.0" }),
  mit: fact("mit", ["permissive"], { attribution: true }, { spdx: "MIT" }),
  cc0: fact("cc0-1.0", ["public-domain"], {}, { spdx: "CC0-1.0" }),
  lgpl: fact("lgpl-3.0", ["weak-copyleft"], {}, { spdx: "LGPL-3.0-only" }),
  gpl: fact("gpl-3.0", ["strong-copyleft"], { licensePropagation: true }, { spdx: "GPL-3.0-only" }),
  agpl: fact("agpl-3.0", ["network-copyleft"], { licensePropagation: true }, { spdx: "AGPL-3.0-only" }),
  ccBySa: fact("cc-by-sa-4.0", ["share-alike"], { attribution: true }, { spdx: "CC-BY-SA-4.0" }),
  ccByNc: fact(
    "cc-by-nc-4.0",
    ["non-commercial"],
    { nonCommercial: true, attribution: true },
    { spdx: "CC-BY-NC-4.0" },
  ),
  ccByNd: fact("cc-by-nd-4.0", ["no-derivatives"], { attribution: true }, { spdx: "CC-BY-ND-4.0" }),
  llama31: fact(
    "llama3.1",
    ["community"],
    { mauThreshold: 700_000_000, useRestrictions: true, attribution: true, derivativeNaming: true },
    { spdx: "LicenseRef-llama3.1" },
  ),
  gemma: fact("gemma", ["community"], { useRestrictions: true }, { spdx: "LicenseRef-gemma" }),
  openrail: fact(
    "creativeml-openrail-m",
    ["responsible-ai"],
    { useRestrictions: true },
    { spdx: "CreativeML-OpenRAIL-M" },
  ),
  stability: fact(
    "stability-community",
    ["community"],
    { revenueThreshold: { amount: 1_000_000, currency: "USD", period: "year" } },
    { spdx: "LicenseRef-stability-community" },
  ),
  qwenResearch: fact(
    "qwen-research",
    ["research-only"],
    { nonCommercial: true },
    { spdx: "LicenseRef-qwen-research" },
  ),
  noLicense: fact(null, ["no-license"]),
  unknown: fact(null, ["unknown"], {}, { declared: "ACME Model License v2" }),
  unresolved: fact(null, ["unresolved"]),
};

export function ref(id: string): ModelRef {
  return { id, kind: "hf-model", confidence: 1, locations: [{ file: "train.py", line: 3 }] };
}

export function resolution(
  weights: LicenseFact,
  code: LicenseFact | null = null,
  lineage: LineageEntry[] = [],
): Resolution {
  return { weights, code, lineage, gated: false, exists: true, errors: [] };
}

export function base(id: string, license: LicenseFact, of = "x/y", depth = 1): LineageEntry {
  return { id, relation: "finetune", of, depth, license };
}
