import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PRESET_NAMES, parsePolicy } from "../../src/policy/index.js";
import { CATEGORIES, CLAUSES } from "../../src/types.js";

const root = path.resolve(import.meta.dirname, "../..");
const doc = readFileSync(path.join(root, "docs/POLICY.md"), "utf8");

describe("docs/POLICY.md", () => {
  it("has one table row for every category, clause and preset", () => {
    for (const name of [...CATEGORIES, ...CLAUSES, ...PRESET_NAMES]) {
      expect(doc, name).toMatch(new RegExp(`^\\| \`${name.replace(/[.+]/g, "\\$&")}\` \\|`, "m"));
    }
  });

  it("every YAML example in it is a valid policy", () => {
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    // Examples that show a file name in their first line can be extended by the others.
    const files: Record<string, string> = {};
    for (const b of blocks) {
      const name = /^# (\S+\.yml)\n/.exec(b)?.[1];
      if (name) files[name] = b;
    }
    for (const b of blocks) {
      expect(() => parsePolicy(b, "docs/POLICY.md", { readFile: (p) => files[p] ?? null }), b).not.toThrow();
    }
  });
});
