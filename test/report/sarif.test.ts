// sarif-schema.test.ts validates against the published schema; these tests check, more closely,
// the subset of the SARIF 2.1.0 structure that GitHub code scanning reads
// (tool.driver, rules, results, physicalLocation).
import { describe, expect, it } from "vitest";
import { renderSarif } from "../../src/report/index.js";
import { ruleId } from "../../src/report/sarif.js";
import type { LinkContext } from "../../src/types.js";
import {
  apachePass,
  fact,
  finding,
  hostile,
  llamaFinetune,
  llamaGated,
  nonCommercial,
  result,
  unresolved,
} from "./fixtures.js";

const ctx: LinkContext = { hubUrl: "https://huggingface.co", githubUrl: "https://github.com" };

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}

function sarif(...args: Parameters<typeof renderSarif>) {
  const log = JSON.parse(JSON.stringify(renderSarif(...args)));
  return log as {
    $schema: string;
    version: string;
    runs: {
      tool: {
        driver: {
          name: string;
          rules: {
            id: string;
            shortDescription: { text: string };
            defaultConfiguration: { level: string };
          }[];
        };
      };
      results: SarifResult[];
      invocations: {
        executionSuccessful: boolean;
        toolExecutionNotifications: { level: string; message: { text: string } }[];
      }[];
    }[];
  };
}

/** The structural rules of SARIF 2.1.0 that code scanning depends on. */
function expectWellFormed(log: ReturnType<typeof sarif>) {
  expect(log.version).toBe("2.1.0");
  expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0]!;
  expect(run.tool.driver.name).toBe("model-license-gate");
  const ids = run.tool.driver.rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of run.tool.driver.rules) {
    expect(rule.id).toMatch(/^[a-z0-9._/+-]+$/);
    expect(["error", "warning", "note", "none"]).toContain(rule.defaultConfiguration.level);
    expect(rule.shortDescription.text.length).toBeGreaterThan(0);
  }
  for (const r of run.results) {
    expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(["error", "warning"]).toContain(r.level);
    expect(r.message.text.length).toBeGreaterThan(0);
    expect(r.message.text).not.toMatch(/[\n\r]/);
    expect(r.locations).toHaveLength(1);
    const loc = r.locations[0]!.physicalLocation;
    expect(Number.isInteger(loc.region.startLine) && loc.region.startLine >= 1).toBe(true);
    // A relative URI reference: no scheme, no leading slash, nothing that needs encoding left raw.
    expect(loc.artifactLocation.uri).toMatch(/^[A-Za-z0-9._~%!$&'()*+,;=:@/-]+$/);
    expect(loc.artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:/i);
  }
}

describe("renderSarif", () => {
  const log = sarif(result([llamaFinetune, llamaGated, apachePass, nonCommercial, unresolved]), ctx);
  const run = log.runs[0]!;

  it("is a well-formed SARIF 2.1.0 log for code scanning", () => {
    expectWellFormed(log);
  });

  it("has one result per fail/warn reason and location, none for a pass", () => {
    // fine-tune: 2 warn reasons x 2 locations; gated: 1; non-commercial: 1; unresolved: 1.
    expect(run.results).toHaveLength(7);
    expect(run.results.some((r) => r.message.text.includes("bert-base-uncased"))).toBe(false);
    const nc = run.results.find((r) => r.message.text.startsWith("facebook/musicgen-small"))!;
    expect(nc.level).toBe("error");
    expect(nc.ruleId).toBe("deny.categories/non-commercial");
    expect(nc.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "audio/generate.py", uriBaseId: "%SRCROOT%" },
      region: { startLine: 8 },
    });
    const mau = run.results.filter((r) => r.ruleId === "warn.clauses/mau-threshold");
    expect(mau.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      "src/app.py",
      "configs/serve.yaml",
    ]);
    expect(mau[0]!.level).toBe("warning");
    expect(mau[0]!.message.text).toContain("700,000,000 users");
  });

  it("declares each rule once, the rule of a failed lookup included", () => {
    expect(run.tool.driver.rules.map((r) => r.id).sort()).toEqual([
      "deny.categories/non-commercial",
      "deny.licenses/llama3",
      "unresolved",
      "warn.clauses/mau-threshold",
      "warn.clauses/use-restrictions",
    ]);
  });

  it("reports errors and notices as tool notifications", () => {
    const out = sarif(result([apachePass], { errors: ["lookup failed"], notices: ["policy changed"] }), ctx);
    expectWellFormed(out);
    expect(out.runs[0]!.results).toEqual([]);
    expect(out.runs[0]!.invocations[0]!.toolExecutionNotifications).toEqual([
      { level: "warning", message: { text: "lookup failed" } },
      { level: "note", message: { text: "policy changed" } },
    ]);
  });

  it("encodes hostile file names and keeps messages on one line", () => {
    const odd = finding({
      id: "org/m",
      locations: [{ file: "dir with space/näme#1?.py", line: 0 }],
      weights: fact({ declared: "line1\nline2", categories: ["unknown"] }),
      verdict: "fail",
      reasons: [
        {
          level: "fail",
          rule: "deny.categories: unknown",
          message: 'weights license\n"x" is not recognized',
        },
      ],
    });
    const out = sarif(result([odd, hostile]), ctx);
    expectWellFormed(out);
    const loc = out.runs[0]!.results[0]!.locations[0]!.physicalLocation;
    expect(loc.artifactLocation.uri).toBe("dir%20with%20space/n%C3%A4me%231%3F.py");
    expect(loc.region.startLine).toBe(1);
  });

  it("turns any rule text into a stable rule id", () => {
    expect(ruleId("deny.licenses: agpl-3.0")).toBe("deny.licenses/agpl-3.0");
    expect(ruleId("exceptions: meta-llama/*")).toBe("exceptions/meta-llama");
    expect(ruleId("  ")).toBe("policy");
    expect(ruleId("<b>x</b>")).toMatch(/^[a-z0-9._/+-]+$/);
  });
});
