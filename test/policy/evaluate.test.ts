import { describe, expect, it, test } from "vitest";
import { evaluate, isIgnoredPath, parsePolicy, worstVerdict } from "../../src/policy/index.js";
import type { Policy, Verdict } from "../../src/types.js";
import { base, F, fact, ref, resolution } from "./facts.js";

const NOW = new Date("2026-01-15T12:00:00Z");

function policy(body: string): Policy {
  return parsePolicy(`version: 1\n${body}`, "p.yml");
}

const P = policy(
  [
    "deny:",
    "  licenses: [agpl-*]",
    "  categories: [non-commercial, no-license]",
    "warn:",
    "  clauses: [mau-threshold]",
    "  categories: [unresolved, unknown]",
    "allow:",
    "  categories: [permissive, public-domain, community]",
    "unmatched: warn",
  ].join("\n"),
);

describe("worstVerdict", () => {
  test.each<[Verdict[], Verdict]>([
    [[], "pass"],
    [["pass", "pass"], "pass"],
    [["pass", "warn"], "warn"],
    [["warn", "fail", "pass"], "fail"],
  ])("%j -> %s", (verdicts, expected) => expect(worstVerdict(verdicts)).toBe(expected));
});

describe("the order of the lists: deny, then warn, then allow, then unmatched", () => {
  it("a deny match fails even when allow also matches", () => {
    const e = evaluate(
      ref("a/b"),
      resolution(F.ccByNc),
      policy("deny:\n  categories: [non-commercial]\nallow:\n  licenses: [cc-by-nc-4.0]"),
      NOW,
    );
    expect(e.verdict).toBe("fail");
    expect(e.reasons).toEqual([
      {
        level: "fail",
        rule: "deny.categories: non-commercial",
        message: "weights license cc-by-nc-4.0 is non-commercial",
      },
    ]);
  });

  it("a warn match beats allow: a community license with an MAU clause warns", () => {
    const e = evaluate(ref("meta-llama/Llama-3.1-8B"), resolution(F.llama31), P, NOW);
    expect(e.verdict).toBe("warn");
    expect(e.reasons).toEqual([
      {
        level: "warn",
        rule: "warn.clauses: mau-threshold",
        message: "weights license llama3.1 has a monthly-active-user threshold of 700,000,000 users",
      },
    ]);
  });

  it("an allow match passes, and says which rule let it through", () => {
    const e = evaluate(ref("a/b"), resolution(F.apache), P, NOW);
    expect(e.verdict).toBe("pass");
    expect(e.reasons).toEqual([
      {
        level: "pass",
        rule: "allow.categories: permissive",
        message: "weights license apache-2.0 is permissive",
      },
    ]);
  });

  test.each<[Verdict]>([["pass"], ["warn"], ["fail"]])("a license no list names gets unmatched: %s", (v) => {
    const e = evaluate(ref("a/b"), resolution(F.gpl), policy(`unmatched: ${v}`), NOW);
    expect(e.verdict).toBe(v);
    expect(e.reasons[0]?.rule).toBe(`unmatched: ${v}`);
    expect(e.reasons[0]?.message).toContain("gpl-3.0 (strong-copyleft) is named by no rule");
  });

  it("unresolved, unknown and missing licenses are matched like any category", () => {
    expect(evaluate(ref("a/b"), resolution(F.unresolved), P, NOW).reasons[0]).toMatchObject({
      level: "warn",
      rule: "warn.categories: unresolved",
      message: "weights license is unknown: the lookup failed",
    });
    expect(evaluate(ref("a/b"), resolution(F.unknown), P, NOW).reasons[0]).toMatchObject({
      rule: "warn.categories: unknown",
      message: 'weights license "ACME Model License v2" is not recognized',
    });
    expect(evaluate(ref("a/b"), resolution(F.noLicense), P, NOW).reasons[0]).toMatchObject({
      level: "fail",
      rule: "deny.categories: no-license",
      message: "weights license is missing: no license means all rights reserved",
    });
  });
});

describe("license entries: ids, SPDX ids and globs, case-insensitive", () => {
  test.each([
    ["agpl-3.0", F.agpl, true],
    ["AGPL-3.0", F.agpl, true],
    ["AGPL-3.0-only", F.agpl, true],
    ["agpl-*", F.agpl, true],
    ["*-3.0", F.gpl, true],
    ["llama3.*", F.llama31, true],
    ["llama3", F.llama31, false],
    ["gpl-3.0", F.agpl, false],
    ["licenseref-gemma", F.gemma, true],
    ["mit", F.noLicense, false],
    ["mit", fact("apache-2.0 AND mit", ["permissive"], {}, { spdx: "Apache-2.0 AND MIT" }), true],
    ["gpl-3.0", fact("mit", ["permissive"], {}, { spdx: "(MIT OR GPL-3.0-only)" }), false],
    ["(mit or gpl-3.0-only)", fact("mit", ["permissive"], {}, { spdx: "(MIT OR GPL-3.0-only)" }), true],
  ])("%s against %o matches: %s", (pattern, f, matches) => {
    const p = policy(`deny:\n  licenses: ["${pattern}"]\nunmatched: pass`);
    const e = evaluate(ref("a/b"), resolution(f), p, NOW);
    expect(e.verdict).toBe(matches ? "fail" : "pass");
    if (matches) expect(e.reasons[0]?.rule).toBe(`deny.licenses: ${pattern.toLowerCase()}`);
  });

  it("clause rules read the clauses present on the fact", () => {
    const p = policy("deny:\n  clauses: [revenue-threshold]\nunmatched: pass");
    const e = evaluate(ref("a/b"), resolution(F.stability), p, NOW);
    expect(e.verdict).toBe("fail");
    expect(e.reasons[0]?.message).toBe(
      "weights license stability-community has a revenue threshold of 1,000,000 USD per year",
    );
    expect(evaluate(ref("a/b"), resolution(F.llama31), p, NOW).verdict).toBe("pass");
  });
});

describe("most severe wins over weights, code and every base model", () => {
  it("weights pass, code fails: fail, and the reason says code license", () => {
    const e = evaluate(ref("a/b"), resolution(F.apache, F.agpl), P, NOW);
    expect(e.verdict).toBe("fail");
    expect(e.reasons[0]).toEqual({
      level: "fail",
      rule: "deny.licenses: agpl-*",
      message: "code license agpl-3.0 is listed in deny.licenses",
    });
    expect(e.reasons).toContainEqual({
      level: "pass",
      rule: "allow.categories: permissive",
      message: "weights license apache-2.0 is permissive",
    });
  });

  it("a fine-tune whose card says apache-2.0 is bound by its Llama base: warn via the base", () => {
    const e = evaluate(
      ref("someone/llama-ft"),
      resolution(F.apache, null, [base("meta-llama/Llama-3.1-8B", F.llama31, "someone/llama-ft")]),
      P,
      NOW,
    );
    expect(e.verdict).toBe("warn");
    expect(e.reasons[0]?.message).toBe(
      "weights license llama3.1 via meta-llama/Llama-3.1-8B has a monthly-active-user threshold of 700,000,000 users",
    );
  });

  it("a deep non-commercial base fails a chain of otherwise permissive models", () => {
    const e = evaluate(
      ref("q/quant"),
      resolution(F.mit, F.mit, [
        base("f/ft", F.apache, "q/quant", 1),
        base("r/research", F.ccByNc, "f/ft", 2),
      ]),
      P,
      NOW,
    );
    expect(e.verdict).toBe("fail");
    expect(e.reasons.filter((r) => r.level === "fail").map((r) => r.message)).toEqual([
      "weights license cc-by-nc-4.0 via r/research is non-commercial",
    ]);
  });

  test.each<[Verdict, Verdict, Verdict, Verdict]>([
    ["pass", "pass", "pass", "pass"],
    ["warn", "pass", "pass", "warn"],
    ["pass", "warn", "pass", "warn"],
    ["pass", "pass", "warn", "warn"],
    ["pass", "warn", "fail", "fail"],
    ["fail", "pass", "warn", "fail"],
  ])("weights %s, code %s, base %s -> %s", (w, c, b, expected) => {
    const byVerdict = { pass: F.apache, warn: F.llama31, fail: F.ccByNc };
    const e = evaluate(
      ref("a/b"),
      resolution(byVerdict[w], byVerdict[c], [base("base/model", byVerdict[b])]),
      P,
      NOW,
    );
    expect(e.verdict).toBe(expected);
  });
});

describe("exceptions", () => {
  const withExceptions = policy(
    [
      "deny:",
      "  categories: [non-commercial, community]",
      "allow:",
      "  categories: [permissive]",
      "exceptions:",
      '  - models: ["meta-llama/*"]',
      "    reason: Approved by legal, LEG-42",
      "    expires: 2026-01-15",
      '  - models: ["old/*"]',
      "    reason: Trial, LEG-7",
      "    expires: 2025-12-31",
      "  - models: [research/nc-model]",
      "    verdict: warn",
      "    reason: internal demo only",
    ].join("\n"),
  );

  it("a matching exception sets the verdict, first among the reasons, and keeps what it overrode", () => {
    const e = evaluate(ref("Meta-Llama/Llama-3.1-8B"), resolution(F.llama31), withExceptions, NOW);
    expect(e.verdict).toBe("pass");
    expect(e.reasons[0]).toEqual({
      level: "pass",
      rule: "exceptions: meta-llama/*",
      message: "exception for Meta-Llama/Llama-3.1-8B: Approved by legal, LEG-42 (until 2026-01-15)",
    });
    expect(e.reasons[1]?.rule).toBe("deny.categories: community");
    expect(e.notices).toEqual([]);
  });

  it("an exception's verdict may be warn rather than pass", () => {
    const e = evaluate(ref("research/nc-model"), resolution(F.ccByNc), withExceptions, NOW);
    expect(e.verdict).toBe("warn");
    expect(e.reasons[0]?.rule).toBe("exceptions: research/nc-model");
  });

  it("an exception that does not match changes nothing", () => {
    const e = evaluate(ref("meta-llama-fan/model"), resolution(F.llama31), withExceptions, NOW);
    expect(e.verdict).toBe("fail");
    expect(e.reasons.map((r) => r.rule)).toEqual(["deny.categories: community"]);
  });

  it("a glob's * does not cross a slash", () => {
    const p = policy('deny:\n  categories: [community]\nexceptions:\n  - {models: ["meta-*"], reason: x}');
    expect(evaluate(ref("meta-llama/x"), resolution(F.llama31), p, NOW).verdict).toBe("fail");
  });

  it("an expired exception is ignored, with a notice", () => {
    const e = evaluate(ref("old/model"), resolution(F.llama31), withExceptions, NOW);
    expect(e.verdict).toBe("fail");
    expect(e.notices).toEqual([
      'exception old/* for old/model expired on 2025-12-31 and was ignored (reason: "Trial, LEG-7")',
    ]);
  });

  it("an exception holds through the whole day it expires, and not the day after", () => {
    const r = resolution(F.llama31);
    expect(evaluate(ref("meta-llama/x"), r, withExceptions, new Date("2026-01-15T23:59:59Z")).verdict).toBe(
      "pass",
    );
    const after = evaluate(ref("meta-llama/x"), r, withExceptions, new Date("2026-01-16T00:00:00Z"));
    expect(after.verdict).toBe("fail");
    expect(after.notices[0]).toContain("expired on 2026-01-15");
  });

  it("an exception naming a base model settles that base's license for every model derived from it", () => {
    const derived = resolution(F.apache, null, [base("meta-llama/Llama-3.1-8B", F.llama31, "me/ft")]);
    const e = evaluate(ref("me/ft"), derived, withExceptions, NOW);
    expect(e.verdict).toBe("pass");
    expect(e.reasons).toContainEqual({
      level: "pass",
      rule: "exceptions: meta-llama/*",
      message: "exception for meta-llama/Llama-3.1-8B: Approved by legal, LEG-42 (until 2026-01-15)",
    });
    // ...but not a problem of the derived model's own weights.
    const own = resolution(F.ccByNc, null, [base("meta-llama/Llama-3.1-8B", F.llama31, "me/ft")]);
    expect(evaluate(ref("me/ft"), own, withExceptions, NOW).verdict).toBe("fail");
  });

  it("the first matching exception applies; the extending file's come before its base's", () => {
    const p = parsePolicy(
      'version: 1\nextends: [base.yml]\nexceptions:\n  - {models: ["a/*"], verdict: warn, reason: own}\n',
      "p.yml",
      { readFile: () => 'version: 1\nexceptions:\n  - {models: ["a/*"], verdict: pass, reason: base}\n' },
    );
    expect(p.exceptions.map((e) => e.reason)).toEqual(["own", "base"]);
    expect(evaluate(ref("a/b"), resolution(F.ccByNc), p, NOW).verdict).toBe("warn");
  });
});

describe("untrusted names in reasons", () => {
  it("a declared license name is quoted, shortened and stripped of control characters", () => {
    const nasty = fact(null, ["unknown"], {}, { declared: `evil\u001b[2J\n${"y".repeat(300)}` });
    const e = evaluate(ref("a/b"), resolution(nasty), P, NOW);
    expect(e.reasons[0]?.message).not.toMatch(/[\u0000-\u001f]/);
    expect(e.reasons[0]?.message.length).toBeLessThan(160);
  });
});

describe("ignore.paths", () => {
  const p = policy('ignore:\n  paths: ["tests/fixtures/**", "examples", "**/*.ipynb", "./vendor/"]');
  test.each([
    ["tests/fixtures/a/model.py", true],
    ["tests/unit/model.py", false],
    ["examples/demo.py", true],
    ["src/examples/demo.py", false],
    ["notebooks/deep/x.ipynb", true],
    ["vendor/lib/a.py", true],
    ["./tests/fixtures/x.py", true],
    ["src/.hidden/x.ipynb", true],
    ["src/train.py", false],
  ])("%s ignored: %s", (file, ignored) => {
    expect(isIgnoredPath(p, file)).toBe(ignored);
  });

  it("no ignore section ignores nothing", () => {
    expect(isIgnoredPath(policy(""), "tests/fixtures/a.py")).toBe(false);
  });
});
