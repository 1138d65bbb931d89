import { describe, expect, it } from "vitest";
import { factFromDeclared, getLicense, lookupName } from "../../src/licenses/index.js";

const declared = (
  license?: string | string[] | null,
  licenseName?: string | null,
  licenseLink?: string | null,
) => factFromDeclared({ license, licenseName, licenseLink }, "hub:cardData.license");

describe("declared names", () => {
  it.each([
    ["Apache 2.0", "apache-2.0"],
    ["apache2", "apache-2.0"],
    ["Apache License, Version 2.0", "apache-2.0"],
    ["Apache-2.0", "apache-2.0"],
    ["MIT License", "mit"],
    ["mit", "mit"],
    ["BSD-3-Clause", "bsd-3-clause"],
    ["GPL-3.0-only", "gpl-3.0"],
    ["GPLv3", "gpl-3.0"],
    ["AGPL-3.0-or-later", "agpl-3.0"],
    ["LGPL-2.1-only", "lgpl-2.1"],
    ["CC-BY-NC-SA-4.0", "cc-by-nc-sa-4.0"],
    ["cc-by-nc-4.0", "cc-by-nc-4.0"],
    ["CC0 1.0", "cc0-1.0"],
    ["llama-2-community-license", "llama2"],
    ["Llama 3.1 Community License Agreement", "llama3.1"],
    ["META LLAMA 3 COMMUNITY LICENSE AGREEMENT", "llama3"],
    ["llama3.3", "llama3.3"],
    ["openrail++", "openrail++"],
    ["CreativeML Open RAIL-M", "creativeml-openrail-m"],
    ["bigscience-bloom-rail-1.0", "bigscience-bloom-rail-1.0"],
    ["ODbL-1.0", "odbl"],
    ["CDLA-Permissive-2.0", "cdla-permissive-2.0"],
  ])("%s -> %s", (name, id) => {
    const f = declared(name);
    expect(f?.license).toBe(id);
    expect(f?.confidence).toBe(1);
    expect(f?.categories).toEqual(getLicense(id)!.categories);
  });

  it.each([
    ["tongyi-qianwen", "tongyi-qianwen"],
    ["tongyi-qianwen-license-agreement", "tongyi-qianwen"],
    ["tongyi-qianwen-research", "tongyi-qianwen-research"],
    ["deepseek", "deepseek-model-license"],
    ["deepseek-license", "deepseek-model-license"],
    ["mnpl", "mistral-mnpl"],
    ["MNPL-0.1", "mistral-mnpl"],
    ["mrl", "mistral-mrl"],
    ["qwen-research", "qwen-research"],
    ["qwen", "qwen"],
    ["falcon-llm-license", "falcon-llm-license"],
    ["stabilityai-ai-community", "stability-community"],
    ["nvidia-open-model-license", "nvidia-open-model-license"],
    ["databricks-open-model-license", "databricks-open-model-license"],
    ["llama3", "llama3"],
    ["gemma-terms-of-use", "gemma"],
    ["llama-3.1-community-license", "llama3.1"],
    ["meta-llama-3-community-license", "llama3"],
    ["deepseek-model", "deepseek-model-license"],
    ["falcon", "falcon-llm-license"],
  ])("license: other + license_name: %s -> %s", (name, id) => {
    const f = declared("other", name);
    expect(f?.license).toBe(id);
    expect(f?.declared).toBe(name);
    expect(f?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps the clauses of the license a name means", () => {
    expect(declared("other", "tongyi-qianwen")?.clauses.mauThreshold).toBe(100_000_000);
    expect(declared("llama3")?.clauses).toMatchObject({ mauThreshold: 700_000_000, derivativeNaming: true });
    expect(declared("other", "stabilityai-ai-community")?.clauses.revenueThreshold).toEqual({
      amount: 1_000_000,
      currency: "USD",
      period: "year",
    });
  });

  it("keeps an unrecognized declared slug as unknown, with low confidence", () => {
    const f = declared("other", "Acme Frontier Model License v2");
    expect(f).toMatchObject({ license: "acme-frontier-model-license-v2", categories: ["unknown"] });
    expect(f!.confidence).toBeLessThan(0.5);
    expect(f!.declared).toBe("Acme Frontier Model License v2");
    const g = declared("my-own-license");
    expect(g).toMatchObject({
      license: "my-own-license",
      spdx: "LicenseRef-my-own-license",
      categories: ["unknown"],
    });
  });

  it("reads `other` without a recognizable name as unknown", () => {
    const f = declared("other");
    expect(f?.categories).toEqual(["unknown"]);
    expect(f?.license).toBe("other");
    expect(f!.confidence).toBeLessThan(0.5);
  });

  it("uses the license link when the name says nothing", () => {
    expect(declared("other", null, "https://ai.google.dev/gemma/terms")?.license).toBe("gemma");
    expect(declared("other", "custom", "https://mistral.ai/licenses/MNPL-0.1.md")?.license).toBe(
      "mistral-mnpl",
    );
  });

  it("returns null when nothing is declared", () => {
    expect(declared(undefined)).toBeNull();
    expect(declared(null, null, null)).toBeNull();
    expect(declared("   ")).toBeNull();
    expect(declared([])).toBeNull();
  });

  it("chooses the most permissive branch of an OR and says so", () => {
    const f = declared("MIT OR Apache-2.0");
    expect(f?.categories).toEqual(["permissive"]);
    expect(["mit", "apache-2.0"]).toContain(f?.license);
    expect(f?.declared).toMatch(/MIT OR Apache-2.0.*most permissive/);
    const g = declared("GPL-3.0-only OR MIT");
    expect(g?.license).toBe("mit");
    const h = declared("cc-by-nc-4.0 or apache-2.0"); // Hub ids, not valid SPDX: read loosely
    expect(h?.license).toBe("apache-2.0");
  });

  it("combines categories and clauses of an AND", () => {
    const f = declared("Apache-2.0 AND CC-BY-NC-4.0");
    expect(f?.categories).toEqual(expect.arrayContaining(["permissive", "non-commercial"]));
    expect(f?.clauses.nonCommercial).toBe(true);
    expect(f?.clauses.attribution).toBe(true);
    expect(f?.license).toBe("apache-2.0 AND cc-by-nc-4.0");
  });

  it("treats a list of licenses as all applying", () => {
    const f = declared(["apache-2.0", "llama3.1"]);
    expect(f?.categories).toEqual(expect.arrayContaining(["permissive", "community"]));
    expect(f?.clauses.mauThreshold).toBe(700_000_000);
  });

  it("reads a WITH exception as its base license", () => {
    expect(declared("GPL-2.0-or-later WITH Classpath-exception-2.0")?.license).toBe("gpl-2.0");
  });

  it("keeps hostile declared text as data: a bounded, inert slug", () => {
    const evil = `<img src=x onerror=alert(1)> @everyone ${"x".repeat(5000)}`;
    const f = declared("other", evil);
    expect(f?.license).toMatch(/^[a-z0-9.+-]{1,64}$/);
    expect(f?.declared?.length).toBeLessThanOrEqual(201);
  });

  it("looks names up case-insensitively", () => {
    expect(lookupName("APACHE-2.0")?.id).toBe("apache-2.0");
    expect(lookupName("LicenseRef-llama3")?.id).toBe("llama3");
  });
});
