import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/report/index.js";
import { displayWidth } from "../../src/report/table.js";
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

const ANSI = /\u001b\[[0-9;]*m/g;

describe("renderTable", () => {
  const res = result([apachePass, llamaFinetune, llamaGated, nonCommercial, unresolved], {
    notices: ["policy changed by this pull request"],
    errors: ["src/x.bin: truncated header"],
  });
  const out = renderTable(res);
  const lines = out.split("\n");

  it("aligns every column under its header", () => {
    const header = lines[0]!;
    const starts = ["MODEL", "WEIGHTS", "CODE", "WHERE", "WHY"].map((h) => header.indexOf(h));
    expect(starts.every((s, i) => s > (starts[i - 1] ?? 0))).toBe(true);
    const body = lines.slice(1, lines.indexOf(""));
    expect(body.length).toBeGreaterThanOrEqual(5);
    for (const line of body) {
      for (const s of starts) {
        // Each column starts right after two blanks (or is empty on a continuation line).
        expect(line.slice(s - 2, s)).toBe("  ");
      }
    }
    const bert = body.find((l) => l.includes("google-bert/bert-base-uncased"))!;
    expect(bert.slice(starts[1]!)).toMatch(/^apache-2\.0 \(permissive\)/);
    expect(bert.slice(starts[2]!)).toMatch(/^mit \(permissive\)/);
    expect(bert.slice(starts[3]!)).toMatch(/^src\/embed\.py:5/);
  });

  it("lists failures first, shows lineage and every location on continuation lines", () => {
    const body = lines.slice(1, lines.indexOf(""));
    expect(body[0]).toMatch(/^fail /);
    const i = body.findIndex((l) => l.includes("acme/llama3-support-bot"));
    expect(body[i]).toMatch(/^warn /);
    expect(body[i + 1]).toMatch(
      /^\s+via meta-llama\/Meta-Llama-3-8B \(finetune, llama3\)\s+configs\/serve\.yaml:3/,
    );
  });

  it("ends with the verdict, counts, notices and errors", () => {
    expect(out).toContain(
      "verdict: fail  (2 fail, 2 warn, 1 pass; policy .github/model-license-policy.yml at 0c1d2e3)",
    );
    expect(out).toContain("notice: policy changed by this pull request");
    expect(out).toContain("error: src/x.bin: truncated header");
  });

  it("has no colour unless asked, and colours the verdicts when asked", () => {
    expect(out).not.toMatch(ANSI);
    const coloured = renderTable(res, { color: true });
    expect(coloured).toContain("\u001b[31mfail");
    expect(coloured).toContain("\u001b[33mwarn");
    expect(coloured).toContain("\u001b[32mpass");
    expect(coloured.replace(ANSI, "")).toBe(out);
  });

  it("strips terminal escape sequences and line breaks from untrusted text", () => {
    const f = finding({
      id: "org/m",
      locations: [{ file: "a\u001b[2J.py", line: 1 }],
      weights: fact({ declared: "evil\u001b]0;pwned\u0007\nname", categories: ["unknown"] }),
      verdict: "warn",
      reasons: [{ level: "warn", rule: "unmatched: warn", message: "x\ry" }],
    });
    const t = renderTable(result([f, hostile]));
    expect(t).not.toContain("\u001b");
    expect(t).not.toContain("\u0007");
    expect(t).not.toContain("\r");
    expect(t.split("\n").filter((l) => l.includes("org/m"))).toHaveLength(1);
  });

  it("says plainly when there are no references", () => {
    expect(renderTable(result([]))).toMatch(/^No model references found\.\n\nverdict: pass/);
  });

  it("measures wide characters as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("模型")).toBe(4);
    const wide = finding({
      id: "org/模型",
      locations: [{ file: "x.py", line: 1 }],
      weights: fact({ license: "mit", categories: ["permissive"] }),
      verdict: "pass",
      reasons: [],
    });
    const t = renderTable(result([wide, apachePass])).split("\n");
    const col = t[0]!.indexOf("WEIGHTS");
    for (const line of t.slice(1, 3)) {
      const before = line.slice(
        0,
        line.indexOf("mit") >= 0 && line.includes("模型") ? line.indexOf("mit") : line.indexOf("apache"),
      );
      expect(displayWidth(before)).toBe(col);
    }
  });
});
