// SARIF output validated against the published SARIF 2.1.0 JSON schema (draft-04), as shipped by
// @microsoft/jest-sarif; the structural checks in sarif.test.ts cover what code scanning reads.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { renderSarif } from "../../src/report/index.js";
import type { LinkContext } from "../../src/types.js";
import {
  apachePass,
  hostile,
  llamaFinetune,
  llamaGated,
  nonCommercial,
  result,
  unresolved,
} from "./fixtures.js";

const require = createRequire(import.meta.url);
const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const ctx: LinkContext = { hubUrl: "https://huggingface.co", githubUrl: "https://github.com" };

describe("SARIF against the published 2.1.0 schema", () => {
  it.each([
    ["a failing run", result([llamaFinetune, nonCommercial, apachePass, unresolved, llamaGated])],
    ["a hostile card", result([hostile])],
    ["no references", result([])],
  ])("validates %s", (_name, scan) => {
    const log = JSON.parse(JSON.stringify(renderSarif(scan, ctx)));
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects a log that breaks the schema, so the check can fail", () => {
    const log = JSON.parse(JSON.stringify(renderSarif(result([nonCommercial]), ctx)));
    log.runs[0].results[0].level = "fatal";
    expect(validate(log)).toBe(false);
  });
});
