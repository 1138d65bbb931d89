// Realistic scan results, built by hand the way the pipeline would build them.
import type { Finding, LicenseFact, Reason, ScanResult } from "../../src/types.js";

export const SHA = "5f0b02c75b57c5855da9ae460ce51323ea669d8a";

export function fact(partial: Partial<LicenseFact> = {}): LicenseFact {
  return {
    license: null,
    spdx: null,
    categories: [],
    clauses: {},
    source: "hub:cardData.license",
    confidence: 1,
    ...partial,
  };
}

export const LLAMA3 = fact({
  license: "llama3",
  spdx: "LicenseRef-llama3",
  categories: ["community"],
  clauses: { mauThreshold: 700_000_000, useRestrictions: true, attribution: true, derivativeNaming: true },
});
export const APACHE = fact({ license: "apache-2.0", spdx: "Apache-2.0", categories: ["permissive"] });
export const MIT = fact({ license: "mit", spdx: "MIT", categories: ["permissive"], source: "hub:LICENSE" });
export const CC_BY_NC = fact({
  license: "cc-by-nc-4.0",
  spdx: "CC-BY-NC-4.0",
  categories: ["non-commercial"],
  clauses: { nonCommercial: true, attribution: true },
});
export const UNRESOLVED = fact({ categories: ["unresolved"], source: "hub:api", confidence: 0 });

function finding(partial: {
  id: string;
  kind?: Finding["ref"]["kind"];
  locations: { file: string; line: number }[];
  weights: LicenseFact;
  code?: LicenseFact | null;
  verdict: Finding["verdict"];
  reasons: Reason[];
  lineage?: Finding["resolution"]["lineage"];
  gated?: boolean;
  errors?: string[];
  revision?: string;
}): Finding {
  return {
    ref: {
      id: partial.id,
      kind: partial.kind ?? "hf-model",
      confidence: 1,
      locations: partial.locations,
      ...(partial.revision ? { revision: partial.revision } : {}),
    },
    resolution: {
      weights: partial.weights,
      code: partial.code ?? null,
      lineage: partial.lineage ?? [],
      gated: partial.gated ?? false,
      sha: SHA,
      exists: true,
      errors: partial.errors ?? [],
    },
    verdict: partial.verdict,
    reasons: partial.reasons,
  };
}

/** A fine-tune that declares apache-2.0 but is bound by its Llama 3 base. */
export const llamaFinetune = finding({
  id: "acme/llama3-support-bot",
  locations: [
    { file: "src/app.py", line: 12 },
    { file: "configs/serve.yaml", line: 3 },
  ],
  weights: APACHE,
  verdict: "warn",
  reasons: [
    {
      level: "pass",
      rule: "allow.categories: permissive",
      message: "weights license apache-2.0 is permissive",
    },
    {
      level: "warn",
      rule: "warn.clauses: mau-threshold",
      message:
        "weights license llama3 via meta-llama/Meta-Llama-3-8B has a monthly-active-user threshold of 700,000,000 users",
    },
    {
      level: "warn",
      rule: "warn.clauses: use-restrictions",
      message: "weights license llama3 via meta-llama/Meta-Llama-3-8B restricts how the model may be used",
    },
  ],
  lineage: [
    {
      id: "meta-llama/Meta-Llama-3-8B",
      relation: "finetune",
      of: "acme/llama3-support-bot",
      depth: 1,
      license: LLAMA3,
    },
  ],
});

export const llamaGated = finding({
  id: "meta-llama/Meta-Llama-3-8B-Instruct",
  locations: [{ file: "train.py", line: 40 }],
  weights: LLAMA3,
  gated: true,
  verdict: "fail",
  reasons: [
    {
      level: "fail",
      rule: "deny.licenses: llama3",
      message: "weights license llama3 is listed in deny.licenses",
    },
  ],
});

export const apachePass = finding({
  id: "google-bert/bert-base-uncased",
  locations: [{ file: "src/embed.py", line: 5 }],
  weights: APACHE,
  code: MIT,
  verdict: "pass",
  reasons: [
    {
      level: "pass",
      rule: "allow.categories: permissive",
      message: "weights license apache-2.0 is permissive",
    },
  ],
});

export const nonCommercial = finding({
  id: "facebook/musicgen-small",
  locations: [{ file: "audio/generate.py", line: 8 }],
  weights: CC_BY_NC,
  verdict: "fail",
  reasons: [
    {
      level: "fail",
      rule: "deny.categories: non-commercial",
      message: "weights license cc-by-nc-4.0 is non-commercial",
    },
  ],
});

export const unresolved = finding({
  id: "ghost-org/vanished-model",
  locations: [{ file: "src/app.py", line: 30 }],
  weights: UNRESOLVED,
  verdict: "warn",
  reasons: [],
  errors: ["Hub lookup failed for ghost-org/vanished-model: HTTP 503 after 3 attempts"],
});

/** The same fine-tune under a commercial policy that denies the Llama license: it fails via its base. */
export const llamaFinetuneFail: Finding = {
  ...llamaFinetune,
  verdict: "fail",
  reasons: [
    {
      level: "fail",
      rule: "deny.licenses: llama3",
      message: "weights license llama3 via meta-llama/Meta-Llama-3-8B is listed in deny.licenses",
    },
    {
      level: "pass",
      rule: "allow.categories: permissive",
      message: "weights license apache-2.0 is permissive",
    },
  ],
};

export const HOSTILE = "<img src=x onerror=alert(1)> @octocat [click](https://evil.example) `code` | x";

/** A model card written by an attacker: every piece of metadata tries to inject something. */
export const hostile = finding({
  id: "evil-org/innocent-model",
  locations: [{ file: "src/@octocat/[x](https:/evil.example)|<b>.py", line: 3 }],
  weights: fact({
    declared: HOSTILE,
    link: "https://evil.example/license",
    categories: ["unknown"],
    confidence: 0.2,
  }),
  verdict: "warn",
  reasons: [
    {
      level: "warn",
      rule: "unmatched: warn",
      message: `weights license "${HOSTILE}" is named by no rule of the policy`,
    },
  ],
});

export function result(findings: Finding[], extra: Partial<ScanResult> = {}): ScanResult {
  const order = { pass: 0, warn: 1, fail: 2 } as const;
  const verdict = findings.reduce<Finding["verdict"]>(
    (v, f) => (order[f.verdict] > order[v] ? f.verdict : v),
    "pass",
  );
  return {
    verdict,
    policy: { source: ".github/model-license-policy.yml", ref: "0c1d2e3" },
    findings,
    errors: [],
    notices: [],
    ...extra,
  };
}

export { finding };
