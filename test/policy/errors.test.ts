import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { PolicyError, parsePolicy } from "../../src/policy/index.js";

/** Every error message the file produces, in order. */
function errorsOf(text: string, file = "policy.yml"): string[] {
  try {
    parsePolicy(text, file);
  } catch (e) {
    if (e instanceof PolicyError) return e.all.map((x) => x.message);
    throw e;
  }
  return [];
}

describe("each kind of error names its file, line and column", () => {
  test.each([
    ["YAML syntax", "version: 1\ndeny:\n  categories: [permissive\n", "policy.yml:4:1: YAML syntax error"],
    ["tab indentation", "version: 1\ndeny:\n\tcategories: []\n", "policy.yml:3:1: YAML syntax error"],
    ["duplicate key", "version: 1\nunmatched: warn\nunmatched: fail\n", "policy.yml:3:1: duplicate key"],
    ["empty file", "", "policy.yml:1:1: the policy file is empty"],
    ["a list at the top", "- deny\n", "policy.yml:1:1: a policy file is a mapping"],
    ["missing version", "deny:\n  categories: [no-license]\n", "policy.yml:1:1: missing key version"],
    ["wrong version", "version: 2\n", "policy.yml:1:10: unsupported version 2: this tool reads version 1"],
    ["version as a string", 'version: "1"\n', 'policy.yml:1:10: unsupported version "1"'],
    [
      "unknown top key",
      "version: 1\ndenny:\n  categories: []\n",
      'policy.yml:2:1: unknown key "denny" in the policy: did you mean "deny"?',
    ],
    [
      "misplaced key",
      "version: 1\ncategories: [permissive]\n",
      'policy.yml:2:1: unknown key "categories" in the policy: it belongs under deny, warn or allow',
    ],
    [
      "unknown rule key",
      "version: 1\ndeny:\n  licences: [agpl-3.0]\n",
      'policy.yml:3:3: unknown key "licences" in deny: did you mean "licenses"?',
    ],
    [
      "unknown category",
      "version: 1\ndeny:\n  categories: [no-license, network-copyleftt]\n",
      'policy.yml:3:28: unknown category "network-copyleftt" in deny.categories: did you mean "network-copyleft"?',
    ],
    [
      "category far from any",
      "version: 1\nwarn:\n  categories: [spicy]\n",
      'policy.yml:3:16: unknown category "spicy" in warn.categories (expected one of permissive,',
    ],
    [
      "clause under categories",
      "version: 1\nwarn:\n  categories: [mau-threshold]\n",
      'policy.yml:3:16: "mau-threshold" in warn.categories is a clause, not a category: put it under warn.clauses',
    ],
    [
      "unknown clause",
      "version: 1\nwarn:\n  clauses:\n    - use-restriction\n",
      'policy.yml:4:7: unknown clause "use-restriction" in warn.clauses: did you mean "use-restrictions"?',
    ],
    [
      "category under clauses",
      "version: 1\nwarn:\n  clauses: [community]\n",
      'policy.yml:3:13: "community" in warn.clauses is a category, not a clause: put it under warn.categories',
    ],
    [
      "category under licenses",
      "version: 1\ndeny:\n  licenses: [permissive]\n",
      'policy.yml:3:14: "permissive" in deny.licenses is a category, not a license: put it under deny.categories',
    ],
    [
      "near-miss license",
      "version: 1\ndeny:\n  licenses: [agpl-3.O]\n",
      'policy.yml:3:14: unknown license "agpl-3.o" in deny.licenses: did you mean "agpl-3.0"?',
    ],
    [
      "a string where a list goes",
      "version: 1\ndeny:\n  categories: no-license\n",
      "policy.yml:3:15: deny.categories must be a list, e.g. categories: [no-license]",
    ],
    [
      "a number in a list",
      "version: 1\ndeny:\n  categories: [{a: 1}]\n",
      "policy.yml:3:16: deny.categories: expected a string, got a mapping",
    ],
    [
      "unknown verdict",
      "version: 1\nunmatched: fial\n",
      'policy.yml:2:12: unknown verdict "fial" in unmatched: did you mean "fail"?',
    ],
    [
      "verdict synonym",
      "version: 1\nunmatched: error\n",
      'policy.yml:2:12: unknown verdict "error" in unmatched: did you mean "fail"?',
    ],
    [
      "unknown exception verdict",
      'version: 1\nexceptions:\n  - models: ["a/*"]\n    reason: ok\n    verdict: allow\n',
      'policy.yml:5:14: unknown verdict "allow" in exceptions[0].verdict: did you mean "pass"?',
    ],
    [
      "exception without reason",
      'version: 1\nexceptions:\n  - models: ["meta-llama/*"]\n    verdict: pass\n',
      "policy.yml:3:5: exceptions[0] needs a reason: who approved it and why",
    ],
    [
      "exception with empty reason",
      'version: 1\nexceptions:\n  - models: ["a/*"]\n    reason: ""\n',
      "policy.yml:4:13: exceptions[0].reason: empty string",
    ],
    [
      "exception with a blank reason",
      'version: 1\nexceptions:\n  - models: ["a/*"]\n    reason:\n',
      "policy.yml:4:5: exceptions[0].reason is empty: say who approved it and why",
    ],
    [
      "exception without models",
      "version: 1\nexceptions:\n  - reason: LEG-1\n",
      "policy.yml:3:5: exceptions[0] needs models",
    ],
    [
      "unknown exception key",
      'version: 1\nexceptions:\n  - models: ["a/*"]\n    reason: x\n    expiry: 2027-01-01\n',
      'policy.yml:5:5: unknown key "expiry" in exceptions[0]: did you mean "expires"?',
    ],
    [
      "impossible date",
      'version: 1\nexceptions:\n  - models: ["a/*"]\n    reason: x\n    expires: 2027-02-30\n',
      'policy.yml:5:14: bad date "2027-02-30" in exceptions[0].expires',
    ],
    [
      "date in another format",
      'version: 1\nexceptions:\n  - models: ["a/*"]\n    reason: x\n    expires: 30/06/2027\n',
      'policy.yml:5:14: bad date "30/06/2027"',
    ],
    [
      "exceptions not a list",
      "version: 1\nexceptions:\n  models: [x]\n",
      "policy.yml:3:3: exceptions must be a list",
    ],
    [
      "unknown ignore key",
      "version: 1\nignore:\n  path: [tests/**]\n",
      'policy.yml:3:3: unknown key "path" in ignore: did you mean "paths"?',
    ],
    [
      "unknown preset",
      "version: 1\nextends: [comercial]\n",
      'policy.yml:2:11: unknown preset "comercial" in extends: did you mean "commercial"?',
    ],
    ["unknown alias", "version: 1\ndeny:\n  categories: *cats\n", "policy.yml:3:15: unknown alias *cats"],
    [
      "unquoted glob read as an alias",
      "version: 1\nexceptions:\n  - models: [*-instruct]\n    reason: x\n",
      'policy.yml:3:14: unknown alias *-instruct: a value that starts with * must be quoted ("*-instruct")',
    ],
    ["multiple documents", "version: 1\n---\nversion: 1\n", "policy.yml:2:1: YAML syntax error"],
  ])("%s", (_name, text, expected) => {
    const errors = errorsOf(text);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toContain(expected);
  });

  it("reports every error of a file at once, in order of place", () => {
    const text = [
      "version: 1",
      "deny:",
      "  categories: [non-comercial]",
      "warn:",
      "  clauses: [mau]",
      "unmatched: maybe",
      "",
    ].join("\n");
    const errors = errorsOf(text, ".github/model-license-policy.yml");
    expect(errors.map((e) => e.split(": ")[0])).toEqual([
      ".github/model-license-policy.yml:3:16",
      ".github/model-license-policy.yml:5:13",
      ".github/model-license-policy.yml:6:12",
    ]);
    expect(errors[0]).toContain('did you mean "non-commercial"?');
  });

  it("the thrown error's message is the first error, with its place fields", () => {
    try {
      parsePolicy("version: 1\nunmatched: nope\n", "p.yml");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      const err = e as PolicyError;
      expect([err.file, err.line, err.col]).toEqual(["p.yml", 2, 12]);
      expect(err.message).toBe(`p.yml:2:12: ${err.detail}`);
    }
  });

  it("columns count characters, not bytes, after non-ASCII text", () => {
    const errors = errorsOf("version: 1\n# für Jürgen\ndeny: {categories: [é, x]}\n");
    expect(errors[0]).toMatch(/^policy\.yml:3:21: unknown category "é"/);
    expect(errors[1]).toMatch(/^policy\.yml:3:24: unknown category "x"/);
  });

  it("echoes untrusted names short and without control characters", () => {
    const errors = errorsOf(`version: 1\ndeny:\n  categories: ["a\\u001b[31m${"x".repeat(500)}"]\n`);
    expect(errors[0]).not.toMatch(/\u001b/);
    expect(errors[0]).toMatch(/"a \[31mx{70,80}…"/);
    expect(errors[0]).not.toMatch(/x{81}/);
  });

  it("refuses a file far larger than any policy, without parsing it", () => {
    const errors = errorsOf(`version: 1\n#${"x".repeat(1_000_000)}\n`);
    expect(errors[0]).toMatch(/^policy\.yml:1:1: policy file is too large/);
  });

  it("never crashes or hangs on arbitrary text: it returns a policy or throws PolicyError", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        try {
          parsePolicy(`version: 1\n${text}`, "p.yml");
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyError);
          expect((e as PolicyError).message).toMatch(/^p\.yml:\d+:\d+: \S/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never crashes on policy-shaped text built from the format's own words", () => {
    const word = fc.constantFrom(
      "version",
      "deny",
      "warn",
      "allow",
      "licenses",
      "categories",
      "clauses",
      "exceptions",
      "models",
      "reason",
      "expires",
      "verdict",
      "ignore",
      "paths",
      "extends",
      "unmatched",
      "pass",
      "fail",
      "1",
      "2027-01-01",
      "no-license",
      "mau-threshold",
      "commercial",
      "- ",
      ": ",
      "[",
      "]",
      "{",
      "}",
      "\n",
      "  ",
      "&a ",
      "*a",
      "'",
      '"',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (words) => {
        try {
          parsePolicy(words.join(""), "p.yml");
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyError);
          expect((e as PolicyError).line).toBeGreaterThanOrEqual(1);
          expect((e as PolicyError).col).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("a valid file", () => {
  it("reads every key of the format", () => {
    const policy = parsePolicy(
      [
        "version: 1",
        "deny:",
        "  licenses: [AGPL-3.0, 'gpl-*']",
        "  categories: [no-license, non-commercial]",
        "warn:",
        "  clauses: [mau-threshold, use-restrictions]",
        "allow:",
        "  categories: [permissive, public-domain]",
        "unmatched: fail",
        "exceptions:",
        '  - models: ["meta-llama/*"]',
        "    reason: Approved by legal, LEG-42",
        "    expires: 2027-06-30",
        "  - models: acme/model",
        "    verdict: warn",
        "    reason: under review",
        "ignore:",
        '  paths: ["tests/fixtures/**"]',
        "",
      ].join("\n"),
      ".github/model-license-policy.yml",
    );
    expect(policy).toEqual({
      version: 1,
      deny: { licenses: ["agpl-3.0", "gpl-*"], categories: ["no-license", "non-commercial"], clauses: [] },
      warn: { licenses: [], categories: [], clauses: ["mau-threshold", "use-restrictions"] },
      allow: { licenses: [], categories: ["permissive", "public-domain"], clauses: [] },
      unmatched: "fail",
      exceptions: [
        {
          models: ["meta-llama/*"],
          verdict: "pass",
          reason: "Approved by legal, LEG-42",
          expires: "2027-06-30",
        },
        { models: ["acme/model"], verdict: "warn", reason: "under review" },
      ],
      ignore: { paths: ["tests/fixtures/**"] },
      source: ".github/model-license-policy.yml",
    });
  });

  it("takes empty sections, a quoted date and anchors", () => {
    const policy = parsePolicy(
      "version: 1\ndeny:\nwarn:\n  categories: &c [unknown]\nexceptions:\n  - {models: [a/b], reason: x, expires: '2030-01-01'}\n",
      "p.yml",
    );
    expect(policy.warn.categories).toEqual(["unknown"]);
    expect(policy.deny.categories).toEqual([]);
    expect(policy.unmatched).toBe("warn");
    expect(policy.exceptions[0]?.expires).toBe("2030-01-01");
  });

  it("refuses a rule that can never decide because an earlier list names it", () => {
    const errors = errorsOf(
      "version: 1\ndeny:\n  categories: [community]\nallow:\n  categories: [community]\n",
    );
    expect(errors).toEqual([
      'policy.yml:5:16: allow.categories: "community" has no effect: deny.categories (line 3) names it too and deny is checked first; to let specific models through, add an exception',
    ]);
  });
});
