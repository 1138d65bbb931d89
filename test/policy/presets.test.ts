import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { evaluate, loadPreset, PolicyError, PRESET_NAMES, parsePolicy } from "../../src/policy/index.js";
import { PRESETS } from "../../src/policy/presets.generated.js";
import { CATEGORIES, type LicenseFact, type Verdict } from "../../src/types.js";
import { F, ref, resolution } from "./facts.js";

const NOW = new Date("2026-01-15T12:00:00Z");
const root = path.resolve(import.meta.dirname, "../..");

function verdictOf(preset: string, weights: LicenseFact): Verdict {
  return evaluate(ref("org/model"), resolution(weights), loadPreset(preset), NOW).verdict;
}

// license                  default  commercial  permissive-only  research
const TABLE: [keyof typeof F, Verdict, Verdict, Verdict, Verdict][] = [
  ["apache", "pass", "pass", "pass", "pass"],
  ["mit", "pass", "pass", "pass", "pass"],
  ["cc0", "pass", "pass", "pass", "pass"],
  ["lgpl", "pass", "warn", "fail", "pass"],
  ["gpl", "warn", "warn", "fail", "pass"],
  ["agpl", "warn", "fail", "fail", "pass"],
  ["ccBySa", "warn", "warn", "fail", "pass"],
  ["ccByNc", "fail", "fail", "fail", "pass"],
  ["ccByNd", "fail", "fail", "fail", "warn"],
  ["llama31", "warn", "warn", "fail", "pass"],
  ["gemma", "warn", "warn", "fail", "pass"],
  ["openrail", "warn", "warn", "fail", "pass"],
  ["stability", "warn", "warn", "fail", "pass"],
  ["qwenResearch", "fail", "fail", "fail", "pass"],
  ["noLicense", "warn", "fail", "fail", "warn"],
  ["unknown", "warn", "warn", "fail", "warn"],
  ["unresolved", "warn", "warn", "warn", "warn"],
];

describe("presets give the expected verdict on a fixed set of licenses", () => {
  test.each(TABLE)("%s: default %s, commercial %s, permissive-only %s, research %s", (name, ...expected) => {
    const got = PRESET_NAMES.map((preset) => verdictOf(preset, F[name]));
    expect(got).toEqual(expected);
  });

  it("the default preset makes unresolved, unknown and no-license at least warn", () => {
    for (const f of [F.unresolved, F.unknown, F.noLicense]) expect(verdictOf("default", f)).not.toBe("pass");
  });

  it("every preset names the rule behind each verdict", () => {
    for (const preset of PRESET_NAMES) {
      for (const f of Object.values(F)) {
        const e = evaluate(ref("org/model"), resolution(f), loadPreset(preset), NOW);
        expect(e.reasons.length).toBeGreaterThan(0);
        expect(e.reasons.some((r) => r.level === e.verdict)).toBe(true);
      }
    }
  });
});

describe("preset files", () => {
  it("policies/ holds exactly the presets the code knows, each opening with who it is for", () => {
    const files = readdirSync(path.join(root, "policies"))
      .filter((f) => f.endsWith(".yml"))
      .map((f) => f.replace(/\.yml$/, ""))
      .sort();
    expect(files).toEqual([...PRESET_NAMES].sort());
    for (const name of files) {
      const text = readFileSync(path.join(root, "policies", `${name}.yml`), "utf8");
      expect(text.startsWith(`# ${name}: for `) || text.startsWith(`# ${name}: the policy used`)).toBe(true);
    }
  });

  it("the generated module holds the current text of every preset file", () => {
    for (const name of PRESET_NAMES) {
      expect(PRESETS[name]).toBe(readFileSync(path.join(root, "policies", `${name}.yml`), "utf8"));
    }
  });

  it("each preset is a valid policy file on its own", () => {
    for (const name of PRESET_NAMES) {
      expect(() => parsePolicy(PRESETS[name]!, `policies/${name}.yml`)).not.toThrow();
    }
  });

  it("loadPreset returns a copy a caller cannot use to change the preset", () => {
    const p = loadPreset("commercial");
    p.deny.categories.length = 0;
    expect(loadPreset("commercial").deny.categories).toContain("network-copyleft");
    expect(loadPreset("commercial").source).toBe("preset:commercial");
  });

  it("an unknown preset name is a PolicyError with a suggestion", () => {
    expect(() => loadPreset("permissive")).toThrow(PolicyError);
    expect(() => loadPreset("comercial")).toThrow(/did you mean "commercial"/);
  });
});

describe("preset invariants over random facts", () => {
  const anyFact = fc.record({
    license: fc.option(
      fc.constantFrom("apache-2.0", "mit", "llama3.1", "gemma", "cc-by-nc-4.0", "x-custom"),
      {
        nil: null,
      },
    ),
    spdx: fc.constant(null),
    categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { maxLength: 3 }),
    clauses: fc.record(
      {
        mauThreshold: fc.integer({ min: 1, max: 1e9 }),
        nonCommercial: fc.boolean(),
        useRestrictions: fc.boolean(),
        attribution: fc.boolean(),
        registration: fc.boolean(),
        licensePropagation: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    source: fc.constant("test"),
    confidence: fc.constant(1),
  }) as fc.Arbitrary<LicenseFact>;

  const verdict = (preset: string, f: LicenseFact, code: LicenseFact | null = null) =>
    evaluate(ref("org/model"), resolution(f, code), loadPreset(preset), NOW).verdict;

  it("commercial never passes what a business cannot use", () => {
    fc.assert(
      fc.property(anyFact, (f) => {
        const blocked = [
          "non-commercial",
          "research-only",
          "no-license",
          "network-copyleft",
          "no-derivatives",
        ];
        if (f.categories.some((c) => blocked.includes(c)) || f.clauses.nonCommercial) {
          expect(verdict("commercial", f)).toBe("fail");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("permissive-only passes only permissive or public-domain licenses without restrictions", () => {
    fc.assert(
      fc.property(anyFact, (f) => {
        if (verdict("permissive-only", f) === "pass") {
          expect(f.categories.length).toBeGreaterThan(0);
          expect(f.categories.every((c) => c === "permissive" || c === "public-domain")).toBe(true);
          expect(f.clauses.useRestrictions || f.clauses.nonCommercial || f.clauses.mauThreshold).toBeFalsy();
        }
      }),
      { numRuns: 500 },
    );
  });

  it("the default preset never passes a fact that is unresolved, unknown or has no license", () => {
    fc.assert(
      fc.property(anyFact, (f) => {
        if (f.categories.some((c) => c === "unresolved" || c === "unknown" || c === "no-license")) {
          expect(verdict("default", f)).not.toBe("pass");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("adding a code license never makes a verdict milder, under any preset", () => {
    const rank = { pass: 0, warn: 1, fail: 2 };
    fc.assert(
      fc.property(anyFact, anyFact, fc.constantFrom(...PRESET_NAMES), (w, c, preset) => {
        expect(rank[verdict(preset, w, c)]).toBeGreaterThanOrEqual(rank[verdict(preset, w)]);
      }),
      { numRuns: 500 },
    );
  });
});
