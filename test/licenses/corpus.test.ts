// Every labelled text of the shared corpus, read at run time (never copied into the repository).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  classifyText,
  clauseNames,
  extractClauses,
  factFromText,
  getLicense,
} from "../../src/licenses/index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = path.join(path.resolve(repoRoot, "../shared"), "corpus/licenses");
const present = existsSync(path.join(corpus, "INDEX.tsv"));
if (!present) console.warn(`skipping corpus tests: ${corpus} is absent`);

interface Row {
  id: string;
  expected: string;
  mau: number | undefined;
}

function rows(): Row[] {
  if (!present) return [];
  const lines = readFileSync(path.join(corpus, "INDEX.tsv"), "utf8").trim().split("\n");
  const head = lines[0]!.split("\t");
  const col = (name: string) => head.indexOf(name);
  return lines.slice(1).map((l) => {
    const cells = l.split("\t");
    const mau = cells[col("mau_threshold")];
    return {
      id: cells[col("id")]!,
      expected: cells[col("expected_license")]!,
      mau: mau ? Number(mau) : undefined,
    };
  });
}

const text = (id: string) => readFileSync(path.join(corpus, `${id}.txt`), "utf8");

describe.skipIf(!present)("shared corpus (../shared/corpus/licenses)", () => {
  const all = rows();

  it("has labelled texts to judge", () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(all.map((r) => [r.id, r] as const))("%s is classified to its label", (_id, row) => {
    const c = classifyText(text(row.id));
    expect(c.license).toBe(row.expected);
    expect(c.confidence).toBeGreaterThanOrEqual(0.7);
    if (row.mau !== undefined) expect(c.clauses.mauThreshold).toBe(row.mau);
  });

  it("finds in each model license's own words every clause the catalog states for it", () => {
    // Policy documents (AUPs) are labelled with their family but do not restate the license's terms.
    const licenses = all.filter(
      (r) => !/policy/.test(r.id) && getLicense(r.expected)?.spdx.startsWith("LicenseRef-"),
    );
    expect(licenses.length).toBeGreaterThan(15);
    for (const row of licenses) {
      const extracted = extractClauses(text(row.id));
      const stated = getLicense(row.expected)!.clauses;
      expect(clauseNames(extracted), row.id).toEqual(expect.arrayContaining(clauseNames(stated)));
      expect(extracted.nonCommercial === true, row.id).toBe(stated.nonCommercial === true);
    }
  });

  it("reads the MAU number from the text itself where the index gives one", () => {
    for (const row of all.filter((r) => r.mau !== undefined)) {
      expect(factFromText(text(row.id), "test").clauses.mauThreshold, row.id).toBe(row.mau);
    }
  });
});
