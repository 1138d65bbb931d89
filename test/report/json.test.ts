import { describe, expect, it } from "vitest";
import { renderJson } from "../../src/report/index.js";
import { apachePass, llamaFinetune, llamaGated, nonCommercial, result, SHA, unresolved } from "./fixtures.js";

describe("renderJson", () => {
  const res = result([llamaFinetune, llamaGated, apachePass, nonCommercial, unresolved], {
    errors: ["src/big.bin: truncated safetensors header"],
    notices: ["This pull request changes the policy; the change applies after merge."],
  });
  const report = JSON.parse(JSON.stringify(renderJson(res)));

  it("has the top-level shape of the contract", () => {
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(["version", "verdict", "policy", "references", "errors", "notices"]),
    );
    expect(report.version).toBe(1);
    expect(report.verdict).toBe("fail");
    expect(report.policy).toEqual({ source: ".github/model-license-policy.yml", ref: "0c1d2e3" });
    expect(report.errors).toEqual(["src/big.bin: truncated safetensors header"]);
    expect(report.notices).toHaveLength(1);
    expect(report.summary).toEqual({ references: 5, fail: 2, warn: 2, pass: 1 });
    expect(report.references).toHaveLength(5);
  });

  it("gives each reference its facts, lineage, verdict and reasons", () => {
    const ft = report.references.find((r: { id: string }) => r.id === "acme/llama3-support-bot");
    expect(ft).toMatchObject({
      id: "acme/llama3-support-bot",
      kind: "hf-model",
      revision: null,
      sha: SHA,
      locations: [
        { file: "src/app.py", line: 12 },
        { file: "configs/serve.yaml", line: 3 },
      ],
      weights: {
        license: "apache-2.0",
        spdx: "Apache-2.0",
        categories: ["permissive"],
        clauses: {},
        source: "hub:cardData.license",
        confidence: 1,
      },
      code: null,
      lineage: [{ id: "meta-llama/Meta-Llama-3-8B", relation: "finetune", license: "llama3" }],
      gated: false,
      verdict: "warn",
    });
    expect(ft.reasons).toHaveLength(3);
    expect(ft.reasons[1]).toEqual({
      level: "warn",
      rule: "warn.clauses: mau-threshold",
      message: expect.stringContaining("700,000,000"),
    });
  });

  it("writes clauses as names with their numbers", () => {
    const gated = report.references.find(
      (r: { id: string }) => r.id === "meta-llama/Meta-Llama-3-8B-Instruct",
    );
    expect(gated.gated).toBe(true);
    expect(gated.weights.clauses).toEqual({
      "mau-threshold": 700000000,
      "use-restrictions": true,
      attribution: true,
      "derivative-naming": true,
    });
    const nc = report.references.find((r: { id: string }) => r.id === "facebook/musicgen-small");
    expect(nc.weights.clauses).toEqual({ "non-commercial": true, attribution: true });
  });

  it("keeps the code license apart and records lookup failures", () => {
    const bert = report.references.find((r: { id: string }) => r.id === "google-bert/bert-base-uncased");
    expect(bert.code).toMatchObject({ license: "mit", spdx: "MIT", source: "hub:LICENSE" });
    const ghost = report.references.find((r: { id: string }) => r.id === "ghost-org/vanished-model");
    expect(ghost.weights).toMatchObject({ license: null, categories: ["unresolved"], confidence: 0 });
    expect(ghost.errors).toEqual([
      "Hub lookup failed for ghost-org/vanished-model: HTTP 503 after 3 attempts",
    ]);
  });

  it("reports a revenue threshold with its amount, currency and period", () => {
    const f = structuredClone(apachePass);
    f.resolution.weights.clauses = {
      revenueThreshold: { amount: 1_000_000, currency: "USD", period: "year" },
    };
    const out = renderJson(result([f]));
    expect(out.references[0]!.weights.clauses).toEqual({
      "revenue-threshold": { amount: 1_000_000, currency: "USD", period: "year" },
    });
  });
});
