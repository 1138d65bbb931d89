import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveReferences } from "../../src/resolve/index.js";
import { type HubFixtures, type HubServer, startHub } from "../servers/hub.js";
import { ref } from "./helpers.js";

// Real license texts served as the LICENSE of `license: other` repos: resolution must hand them to
// the classifier and keep what it finds (license, MAU threshold). Read at run time, never copied.
const repoRoot = path.resolve(import.meta.dirname, "..", "..");
const corpus = path.join(path.resolve(repoRoot, "../shared"), "corpus", "licenses");
const present = existsSync(path.join(corpus, "INDEX.tsv"));

interface Row {
  id: string;
  expected: string;
  mau?: number;
}

function rows(): Row[] {
  const [, ...lines] = readFileSync(path.join(corpus, "INDEX.tsv"), "utf8").trim().split("\n");
  return lines.map((line) => {
    const [id, expected, mau] = line.split("\t");
    return { id: id!, expected: expected!, ...(mau ? { mau: Number(mau) } : {}) };
  });
}

describe.skipIf(!present)("LICENSE files from the shared corpus (skipped: ../shared/corpus absent)", () => {
  let hub: HubServer;
  let all: Row[];
  // Only community model licenses with a MAU threshold: the case where the card says `other`.
  const picked = [
    "llama3-license",
    "llama2-license",
    "tongyi-qianwen-license",
    "databricks-open-model-license",
  ];

  beforeAll(async () => {
    all = rows();
    const models: NonNullable<HubFixtures["models"]> = {};
    for (const row of all.filter((r) => picked.includes(r.id))) {
      models[`corpus/${row.id}`] = {
        cardData: { license: "other", license_name: `not-in-any-catalog-${row.id}` },
        files: { LICENSE: readFileSync(path.join(corpus, `${row.id}.txt`), "utf8") },
      };
    }
    hub = await startHub({ models });
  });
  afterAll(() => hub?.close());

  it("classifies each served LICENSE and keeps its MAU threshold", async () => {
    const chosen = all.filter((r) => picked.includes(r.id));
    expect(chosen).toHaveLength(picked.length);
    const { resolved } = await resolveReferences(
      chosen.map((r) => ref(`corpus/${r.id}`)),
      { hubUrl: hub.url, root: "/nonexistent" },
    );
    const got = resolved.map((x, i) => ({
      id: chosen[i]!.id,
      license: x.resolution.weights.license,
      mau: x.resolution.weights.clauses.mauThreshold,
      source: x.resolution.weights.source,
    }));
    expect(got).toEqual(
      chosen.map((r) => ({ id: r.id, license: r.expected, mau: r.mau, source: "hub:LICENSE" })),
    );
  });
});
