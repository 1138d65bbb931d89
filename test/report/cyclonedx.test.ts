import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { LICENSES } from "../../src/licenses/index.js";
import { realSpdxId } from "../../src/report/cyclonedx.js";
import { renderCycloneDx } from "../../src/report/index.js";
import type { Finding } from "../../src/types.js";
import {
  apachePass,
  fact,
  finding,
  HOSTILE,
  hostile,
  llamaFinetune,
  llamaGated,
  nonCommercial,
  result,
  SHA,
  unresolved,
} from "./fixtures.js";

// The official CycloneDX 1.6 JSON schema (with the SPDX and JSF schemas it refers to), as shipped
// by the CycloneDX project's own library.
const require = createRequire(import.meta.url);
const schemaDir = path.join(
  path.dirname(require.resolve("@cyclonedx/cyclonedx-library/package.json")),
  "res/schema",
);
const load = (name: string) => JSON.parse(readFileSync(path.join(schemaDir, name), "utf8"));

function validator() {
  const ajv = new Ajv.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // Formats the schema uses that ajv-formats lacks; checked, not waved through.
  ajv.addFormat("iri-reference", (s: string) => {
    try {
      new URL(s, "http://base.invalid/");
      return !/\s/.test(s);
    } catch {
      return false;
    }
  });
  ajv.addFormat("idn-email", /^[^\s@]+@[^\s@]+$/u);
  // The bom schema refers to these by their SNAPSHOT file names, relative to its own $id.
  for (const [file, id] of [
    ["spdx.SNAPSHOT.schema.json", "http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json"],
    ["jsf-0.82.SNAPSHOT.schema.json", "http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json"],
  ] as const) {
    ajv.addSchema({ ...load(file), $id: id });
  }
  return ajv.compile(load("bom-1.6.SNAPSHOT.schema.json"));
}

const validate = validator();
const options = {
  timestamp: "2025-06-01T12:00:00.000Z",
  serialNumber: "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
};

function expectValid(bom: unknown) {
  const ok = validate(bom);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3), null, 1)).toEqual([]);
  expect(ok).toBe(true);
}

type Bom = ReturnType<typeof renderCycloneDx>;
const component = (bom: Bom, name: string) => bom.components.find((c) => c.name === name)!;

describe("renderCycloneDx", () => {
  const bom = renderCycloneDx(
    result([llamaFinetune, llamaGated, apachePass, nonCommercial, unresolved, hostile]),
    options,
  );

  it("validates against the official CycloneDX 1.6 schema", () => {
    expectValid(bom);
    expect(bom.specVersion).toBe("1.6");
    expect(bom.serialNumber).toBe(options.serialNumber);
    expect(bom.metadata.timestamp).toBe(options.timestamp);
  });

  it("the validator rejects a broken BOM, so a pass above means something", () => {
    const broken = structuredClone(bom) as unknown as { components: { type: string }[] };
    broken.components[0]!.type = "ml-model";
    expect(validate(broken)).toBe(false);
    const badLicense = structuredClone(bom) as unknown as { components: { licenses: unknown[] }[] };
    badLicense.components[0]!.licenses = [{ license: { id: "Not-A-Real-SPDX-Id" } }];
    expect(validate(badLicense)).toBe(false);
  });

  it("describes each Hub model as a machine-learning-model with its purl at the commit sha", () => {
    const bert = component(bom, "google-bert/bert-base-uncased");
    expect(bert.type).toBe("machine-learning-model");
    expect(bert.purl).toBe(`pkg:huggingface/google-bert/bert-base-uncased@${SHA}`);
    expect(bert.version).toBe(SHA);
    expect(bert.licenses).toEqual([{ license: { id: "Apache-2.0" } }]);
    expect(new Set(bom.components.map((c) => c["bom-ref"])).size).toBe(bom.components.length);
  });

  it("uses the license name when the spdx id is a LicenseRef, and lists bases as ancestors", () => {
    const gated = component(bom, "meta-llama/Meta-Llama-3-8B-Instruct");
    expect(gated.licenses).toEqual([{ license: { name: "llama3" } }]);
    const ft = component(bom, "acme/llama3-support-bot");
    expect(ft.pedigree?.ancestors).toEqual([
      expect.objectContaining({
        type: "machine-learning-model",
        name: "meta-llama/Meta-Llama-3-8B",
        purl: "pkg:huggingface/meta-llama/Meta-Llama-3-8B",
        licenses: [{ license: { name: "llama3" } }],
      }),
    ]);
    const props = Object.fromEntries(ft.properties.map((p) => [p.name, p.value]));
    expect(props["model-license-gate:verdict"]).toBe("warn");
    expect(props["model-license-gate:locations"]).toBe("src/app.py:12 configs/serve.yaml:3");
  });

  it("omits licenses it does not know and keeps a declared custom name as a name", () => {
    expect(component(bom, "ghost-org/vanished-model").licenses).toBeUndefined();
    const h = component(bom, "evil-org/innocent-model");
    expect(h.licenses).toEqual([{ license: { name: HOSTILE, url: "https://evil.example/license" } }]);
  });

  it("covers datasets, GitHub repos, vendored files and SPDX expressions", () => {
    const items: Finding[] = [
      finding({
        id: "HuggingFaceFW/fineweb",
        kind: "hf-dataset",
        locations: [{ file: "d.py", line: 1 }],
        weights: fact({ license: "odc-by", spdx: "ODC-By-1.0" }),
        verdict: "pass",
        reasons: [],
      }),
      finding({
        id: "pytorch/vision",
        kind: "github-repo",
        revision: "v0.10.0",
        locations: [{ file: "hub.py", line: 4 }],
        weights: fact({ license: "bsd-3-clause", spdx: "bsd-3-clause" }),
        verdict: "pass",
        reasons: [],
      }),
      finding({
        id: "models/tiny.gguf",
        kind: "weights-file",
        locations: [{ file: "models/tiny.gguf", line: 1 }],
        weights: fact({ license: "dual", spdx: "Apache-2.0 OR MIT" }),
        verdict: "pass",
        reasons: [],
      }),
    ];
    const out = renderCycloneDx(result(items), options);
    expectValid(out);
    expect(component(out, "HuggingFaceFW/fineweb").type).toBe("data");
    // Canonical case from the SPDX list, whatever case the catalog used.
    expect(component(out, "pytorch/vision").licenses).toEqual([{ license: { id: "BSD-3-Clause" } }]);
    expect(component(out, "pytorch/vision").purl).toMatch(/^pkg:github\/pytorch\/vision@/);
    expect(component(out, "models/tiny.gguf").licenses).toEqual([{ expression: "Apache-2.0 OR MIT" }]);
    expect(component(out, "models/tiny.gguf").purl).toBeUndefined();
  });

  it("calls an id an SPDX id only when the CycloneDX schema knows it", () => {
    const known = new Set<string>(load("spdx.SNAPSHOT.schema.json").enum);
    const ours = require("spdx-license-list/simple.js") as Set<string>;
    for (const id of ours) expect(known.has(realSpdxId(id.toLowerCase()) ?? "")).toBe(true);
    expect(realSpdxId("LicenseRef-llama3")).toBeUndefined();
    expect(realSpdxId("openrail-m")).toBeUndefined();
  });

  it("stays valid for every license in the project's catalog", () => {
    const all = LICENSES.map((info, i) =>
      finding({
        id: `org/model-${i}`,
        locations: [{ file: "m.py", line: i + 1 }],
        weights: fact({
          license: info.id,
          spdx: info.spdx,
          categories: info.categories,
          clauses: info.clauses,
        }),
        verdict: "pass",
        reasons: [],
      }),
    );
    expect(all.length).toBeGreaterThan(20);
    const out = renderCycloneDx(result(all), options);
    expectValid(out);
    const apache = out.components[LICENSES.findIndex((l) => l.id === "apache-2.0")];
    expect(apache?.licenses).toEqual([{ license: { id: "Apache-2.0" } }]);
  });

  it("is valid with no references and with a fresh serial number by default", () => {
    const empty = renderCycloneDx(result([]));
    expectValid(empty);
    expect(empty.components).toEqual([]);
    expect(empty.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });
});
