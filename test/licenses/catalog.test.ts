import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { getLicense, LICENSES } from "../../src/licenses/index.js";
import { nameKey } from "../../src/licenses/normalize.js";
import { CATEGORIES } from "../../src/types.js";

const spdxIds = new Set(Object.keys(createRequire(import.meta.url)("spdx-license-list/spdx.json") as object));

// The license ids the Hub accepts in a card's `license:` field.
const HUB_IDS = `apache-2.0 mit openrail bigscience-openrail-m creativeml-openrail-m bigscience-bloom-rail-1.0
bigcode-openrail-m afl-3.0 artistic-2.0 bsl-1.0 bsd bsd-2-clause bsd-3-clause bsd-3-clause-clear c-uda cc cc0-1.0
cc-by-2.0 cc-by-2.5 cc-by-3.0 cc-by-4.0 cc-by-sa-3.0 cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0 cc-by-nc-4.0 cc-by-nd-4.0
cc-by-nc-nd-3.0 cc-by-nc-nd-4.0 cc-by-nc-sa-2.0 cc-by-nc-sa-3.0 cc-by-nc-sa-4.0 cdla-sharing-1.0 cdla-permissive-1.0
cdla-permissive-2.0 wtfpl ecl-2.0 epl-1.0 epl-2.0 etalab-2.0 eupl-1.1 eupl-1.2 agpl-3.0 gfdl gpl gpl-2.0 gpl-3.0 lgpl
lgpl-2.1 lgpl-3.0 isc h-research intel-research lppl-1.3c ms-pl apple-ascl apple-amlr mpl-2.0 odc-by odbl openmdw-1.0
openrail++ osl-3.0 postgresql ofl-1.1 ncsa unlicense zlib pddl lgpl-lr deepfloyd-if-license
fair-noncommercial-research-license llama2 llama3 llama3.1 llama3.2 llama3.3 llama4 grok2-community gemma unknown other`
  .split(/\s+/)
  .filter(Boolean);

describe("catalog", () => {
  it("knows every license id the Hub accepts", () => {
    const missing = HUB_IDS.filter((id) => !getLicense(id));
    expect(missing).toEqual([]);
    expect(LICENSES.length).toBeGreaterThanOrEqual(HUB_IDS.length + 10);
  });

  it("has unique ids and unique spelling-insensitive keys", () => {
    const ids = LICENSES.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = ids.map(nameKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives every entry a real SPDX id or a LicenseRef, categories from the contract, a summary", () => {
    for (const l of LICENSES) {
      if (!l.spdx.startsWith("LicenseRef-")) expect(spdxIds.has(l.spdx), `${l.id}: ${l.spdx}`).toBe(true);
      else expect(l.spdx).toBe(`LicenseRef-${l.id}`);
      expect(l.categories.length, l.id).toBeGreaterThan(0);
      for (const c of l.categories) expect(CATEGORIES, l.id).toContain(c);
      expect(l.summary.length, l.id).toBeGreaterThan(10);
      expect(l.id).toMatch(/^[a-z0-9.+-]+$/);
      if (l.url) expect(l.url).toMatch(/^https:\/\//);
    }
  });

  it("states the facts a reviewer checks first", () => {
    expect(getLicense("llama3")).toMatchObject({
      categories: ["community"],
      clauses: {
        mauThreshold: 700_000_000,
        useRestrictions: true,
        attribution: true,
        derivativeNaming: true,
        licensePropagation: true,
      },
    });
    expect(getLicense("tongyi-qianwen")?.clauses.mauThreshold).toBe(100_000_000);
    expect(getLicense("cc-by-nc-4.0")).toMatchObject({
      categories: ["non-commercial"],
      clauses: { attribution: true, nonCommercial: true },
    });
    expect(getLicense("cc-by-nc-nd-4.0")?.categories).toEqual(["non-commercial", "no-derivatives"]);
    expect(getLicense("cc-by-sa-4.0")?.categories).toEqual(["share-alike"]);
    expect(getLicense("openrail")).toMatchObject({
      categories: ["responsible-ai"],
      clauses: { useRestrictions: true, licensePropagation: true },
    });
    expect(getLicense("agpl-3.0")?.categories).toEqual(["network-copyleft"]);
    expect(getLicense("gpl-3.0")?.categories).toEqual(["strong-copyleft"]);
    expect(getLicense("lgpl-2.1")?.categories).toEqual(["weak-copyleft"]);
    expect(getLicense("apache-2.0")?.categories).toEqual(["permissive"]);
    expect(getLicense("cc0-1.0")?.categories).toEqual(["public-domain"]);
    expect(getLicense("stability-community")?.clauses.revenueThreshold).toEqual({
      amount: 1_000_000,
      currency: "USD",
      period: "year",
    });
    for (const id of [
      "apple-amlr",
      "deepfloyd-if-license",
      "qwen-research",
      "llama1-noncommercial-research",
      "mistral-mnpl",
    ]) {
      expect(getLicense(id)?.clauses.nonCommercial, id).toBe(true);
    }
  });

  it("looks ids up case-insensitively", () => {
    expect(getLicense("Apache-2.0")?.id).toBe("apache-2.0");
    expect(getLicense("no-such-license")).toBeUndefined();
  });
});
