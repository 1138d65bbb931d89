// The JSON schema in policies/ is for editors (completion, inline errors); the validator in
// src/policy is what the tool runs. These tests keep the two saying the same thing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { PolicyError, PRESET_NAMES, parsePolicy } from "../../src/policy/index.js";
import { PRESETS } from "../../src/policy/presets.generated.js";
import { EXCEPTION_KEYS, TOP_KEYS } from "../../src/policy/schema.js";
import { CATEGORIES, CLAUSES } from "../../src/types.js";

const root = path.resolve(import.meta.dirname, "../..");
const schema = JSON.parse(readFileSync(path.join(root, "policies/model-license-policy.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true }).compile(schema);

function accepted(text: string): boolean {
  try {
    parsePolicy(text, "p.yml");
    return true;
  } catch (e) {
    if (e instanceof PolicyError) return false;
    throw e;
  }
}

describe("policies/model-license-policy.schema.json", () => {
  it("names the same keys, categories and clauses as the validator", () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...TOP_KEYS].sort());
    expect(Object.keys(schema.properties.exceptions.items.properties).sort()).toEqual(
      [...EXCEPTION_KEYS].sort(),
    );
    for (const list of ["deny", "warn", "allow"]) {
      expect(schema.properties[list].properties.categories.items.enum).toEqual([...CATEGORIES]);
      expect(schema.properties[list].properties.clauses.items.enum).toEqual([...CLAUSES]);
    }
  });

  it("accepts every preset", () => {
    for (const name of PRESET_NAMES) expect(validate(parse(PRESETS[name]!)), name).toBe(true);
  });

  it("agrees with the validator on random policy-shaped documents", () => {
    const cats = fc.uniqueArray(
      fc.oneof(
        { arbitrary: fc.constantFrom(...CATEGORIES), weight: 12 },
        { arbitrary: fc.constantFrom("network-copyleftt", "spicy"), weight: 1 },
      ),
      {
        maxLength: 2,
      },
    );
    const clauses = fc.uniqueArray(
      fc.oneof(
        { arbitrary: fc.constantFrom(...CLAUSES), weight: 12 },
        { arbitrary: fc.constant("mau"), weight: 1 },
      ),
      { maxLength: 2 },
    );
    const rules = fc.record(
      {
        licenses: fc.uniqueArray(fc.constantFrom("mit", "gpl-*", "acme-license"), { maxLength: 2 }),
        categories: cats,
        clauses,
      },
      { requiredKeys: [] },
    );
    const exception = fc.record(
      {
        models: fc.constantFrom(["meta-llama/*"], "a/b", ["a/b", "c/*"], ["meta-llama/*"], []),
        verdict: fc.constantFrom("pass", "warn", "fail", "pass", "warn", "allow"),
        reason: fc.constantFrom("LEG-42", "LEG-42", "LEG-42", ""),
        expires: fc.constantFrom("2027-06-30", "2027-06-30", "2027-06-30", "30/06/2027"),
      },
      { requiredKeys: [] },
    );
    const doc = fc.record(
      {
        version: fc.constantFrom(1, 1, 1, 1, 1, 1, 2, "1"),
        deny: rules,
        warn: rules,
        allow: rules,
        unmatched: fc.constantFrom("pass", "warn", "fail", "pass", "warn", "fail", "fial"),
        exceptions: fc.array(exception, { maxLength: 2 }),
        ignore: fc.record({ paths: fc.constant(["tests/**"]) }),
        // an unknown key, now and then (yaml leaves out undefined values)
        denny: fc.option(fc.constant({}), { freq: 8, nil: undefined }),
      },
      { requiredKeys: ["version"] },
    );
    const counts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(doc, (d) => {
        // A rule shadowed by an earlier list is a mistake the schema cannot express; leave those out.
        const seen = new Set<string>();
        for (const list of ["deny", "warn", "allow"] as const) {
          for (const key of ["licenses", "categories", "clauses"] as const) {
            for (const v of (d[list]?.[key] ?? []) as string[]) {
              if (seen.has(`${key}:${v}`) && !seen.has(`${list}:${key}:${v}`)) return;
              seen.add(`${key}:${v}`);
              seen.add(`${list}:${key}:${v}`);
            }
          }
        }
        const text = stringify(d);
        const ok = accepted(text);
        counts[ok ? "valid" : "invalid"]++;
        expect(validate(parse(text)), text).toBe(ok);
      }),
      { numRuns: 2000 },
    );
    // Both sides of the agreement were exercised.
    expect(counts.valid).toBeGreaterThan(20);
    expect(counts.invalid).toBeGreaterThan(20);
  });
});
