// Time linear in the input, on pathological shapes: each case is built from a unit repeated n and
// 4n times. Linear work takes ~4x as long on 4n, quadratic ~16x; the bound (10x, on the best of
// three runs, with n large enough that the small run takes milliseconds) leaves room for a loaded
// 2-core machine. Cases include the shapes that were quadratic before (long runs of spaces, digits,
// slashes) so that a regression is caught.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectText, detectWeights } from "../../src/detect/index.js";
import { classifyText, extractClauses, lookupName } from "../../src/licenses/index.js";
import { isIgnoredPath, parsePolicy } from "../../src/policy/index.js";
import { licenseMatches } from "../../src/policy/match.js";
import { escapeMarkdown } from "../../src/report/escape.js";
import { ruleId } from "../../src/report/sarif.js";
import { frontMatter } from "../../src/resolve/card.js";
import { hubBaseUrl } from "../../src/resolve/index.js";
import type { LicenseFact, Policy } from "../../src/types.js";
import { parsePatch, parseUnifiedDiff } from "../../src/workspace/index.js";
import { concat, ggufString, u32, u64 } from "./bytes.js";

function best(f: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

interface Case {
  name: string;
  make: (n: number) => string;
  run: (input: string) => unknown;
  n: number;
}

function expectLinear({ make, run, n }: Case): void {
  const small = make(n);
  const big = make(4 * n);
  run(small); // warm up the JIT
  // Two tries: one pause of the collector or of a busy neighbour must not fail the case.
  let ratio = Number.POSITIVE_INFINITY;
  let report = "";
  for (let attempt = 0; attempt < 2 && ratio >= 10; attempt++) {
    const ts = Math.max(
      0.5,
      best(() => run(small)),
    );
    const tb = best(() => run(big));
    expect(tb).toBeLessThan(4_000);
    ratio = Math.min(ratio, tb / ts);
    report = `${ts.toFixed(1)} ms on n, ${tb.toFixed(1)} ms on 4n`;
  }
  expect(ratio, report).toBeLessThan(10);
}

const FACT: LicenseFact = {
  license: "apache-2.0",
  spdx: "Apache-2.0",
  categories: ["permissive"],
  clauses: {},
  source: "test",
  confidence: 1,
};
const POLICY: Policy = {
  version: 1,
  deny: { licenses: [], categories: [], clauses: [] },
  warn: { licenses: [], categories: [], clauses: [] },
  allow: { licenses: [], categories: [], clauses: [] },
  unmatched: "warn",
  exceptions: [],
  ignore: { paths: [] },
  source: "test",
};

const rep = (unit: string, n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

const CASES: Case[] = [
  // Was quadratic in the shell detector (720 ms on 160 KB); fixed in 1456efa after this case found it.
  {
    name: "Dockerfile: one RUN continued over many lines",
    n: 40_000,
    make: (n) => `RUN ${rep("huggingface-cli download \\\n ", n)}`,
    run: (t) => detectText("Dockerfile", t),
  },
  // Detectors the detection suite's own linear test does not cover, and shapes it does not try.
  {
    name: "toml: open tables and strings",
    n: 40_000,
    make: (n) => rep('[[a]]\nmodel = """', n),
    run: (t) => detectText("x.toml", t),
  },
  {
    name: "Makefile: variables and -hf",
    n: 40_000,
    make: (n) => rep("$(MODEL) -hf ", n),
    run: (t) => detectText("Makefile", t),
  },
  {
    name: "README.md: front matter never closed",
    n: 40_000,
    make: (n) => `---\n${rep("base_model: - [\n", n)}`,
    run: (t) => detectText("README.md", t),
  },
  {
    name: "README.md: fences never closed",
    n: 200_000,
    make: (n) => rep("```python\nfrom_pretrained(\n", n),
    run: (t) => detectText("README.md", t),
  },
  {
    name: "ipynb: many code cells",
    n: 40_000,
    make: (n) => `{"cells":[${rep('{"cell_type":"code","source":["pipeline(model=\\"a/b\\")\\n"]},', n)}{}]}`,
    run: (t) => detectText("x.ipynb", t),
  },
  {
    name: "py: a run of spaces",
    n: 100_000,
    make: (n) => `x = ${" ".repeat(n)}from_pretrained(`,
    run: (t) => detectText("x.py", t),
  },
  {
    name: "py: a run of digits",
    n: 100_000,
    make: (n) => `from_pretrained("${"1".repeat(n)}`,
    run: (t) => detectText("x.py", t),
  },
  {
    name: "text: a run of slashes after hf.co",
    n: 100_000,
    make: (n) => `hf.co/${"/".repeat(n)}x`,
    run: (t) => detectText("x.txt", t),
  },
  {
    name: "yaml: keys without values",
    n: 40_000,
    make: (n) => rep("model:\n", n),
    run: (t) => detectText("x.yaml", t),
  },
  // Diffs.
  {
    name: "parsePatch: many hunks",
    n: 40_000,
    make: (n) => rep("@@ -1,2 +1,3 @@\n+a\n b\n-c\n", n),
    run: parsePatch,
  },
  { name: "parsePatch: bad hunk headers", n: 40_000, make: (n) => rep("@@ -1,1 +", n), run: parsePatch },
  {
    name: "parseUnifiedDiff: many files",
    n: 40_000,
    make: (n) => rep("diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n+y\n", n),
    run: parseUnifiedDiff,
  },
  {
    name: "parseUnifiedDiff: quoted path of escapes",
    n: 40_000,
    make: (n) => `diff --git "a/${rep("\\303\\251", n)}" "b/x"\n`,
    run: parseUnifiedDiff,
  },
  // Policy files.
  {
    name: "parsePolicy: a long list",
    n: 20_000,
    make: (n) => `version: 1\ndeny:\n  licenses: [${rep("agpl-3.0, ", n)}]\n`,
    run: (t) => tryPolicy(t),
  },
  {
    name: "parsePolicy: many unknown keys",
    n: 20_000,
    make: (n) => `version: 1\n${rep("x: 1\n", n)}`,
    run: (t) => tryPolicy(t),
  },
  {
    name: "parsePolicy: a long line of spaces",
    n: 100_000,
    make: (n) => `version: 1${" ".repeat(n)}x\n`,
    run: (t) => tryPolicy(t),
  },
  // License texts (these shapes were quadratic: 70 s on 80,000 digits, 17 s on 80,000 spaces).
  { name: "classifyText: spaces", n: 20_000, make: (n) => " ".repeat(n), run: classifyText },
  { name: "classifyText: spaces and tabs", n: 20_000, make: (n) => rep(" \t", n), run: classifyText },
  {
    name: "classifyText: digits after 'monthly active users'",
    n: 20_000,
    make: (n) => `monthly active users ${"1".repeat(n)}`,
    run: classifyText,
  },
  {
    name: "classifyText: digits after 'revenue $'",
    n: 20_000,
    make: (n) => `revenue $${"1".repeat(n)}`,
    run: classifyText,
  },
  { name: "classifyText: dots", n: 20_000, make: (n) => ".".repeat(n), run: classifyText },
  { name: "classifyText: blank lines", n: 20_000, make: (n) => rep("\n \n", n), run: classifyText },
  {
    name: "classifyText: 'not' without a period",
    n: 20_000,
    make: (n) => rep("not x ", n),
    run: classifyText,
  },
  { name: "classifyText: '<' and '['", n: 20_000, make: (n) => rep("<[year ", n), run: classifyText },
  {
    name: "extractClauses: 'may use' without a period",
    n: 20_000,
    make: (n) => rep("you may use ", n),
    run: extractClauses,
  },
  { name: "lookupName: dots", n: 100_000, make: (n) => `apache${".".repeat(n)}x`, run: lookupName },
  // Policy matching, reports, resolve: untrusted names and inputs.
  {
    name: "licenseMatches: 'and' chains and blanks",
    n: 40_000,
    make: (n) => rep("mit   and ", n),
    run: (v) => licenseMatches("mit", { ...FACT, license: v }),
  },
  {
    name: "isIgnoredPath: a file path of slashes",
    n: 100_000,
    make: (n) => `a${"/".repeat(n)}b`,
    run: (p) => isIgnoredPath({ ...POLICY, ignore: { paths: ["a/", "tests/**", "*.md"] } }, p),
  },
  {
    name: "escapeMarkdown: a long word before ':'",
    n: 100_000,
    make: (n) => `${"a".repeat(n)}:x`,
    run: escapeMarkdown,
  },
  { name: "ruleId: blanks around colons", n: 100_000, make: (n) => `deny:${" ".repeat(n)}x`, run: ruleId },
  { name: "ruleId: dashes and slashes", n: 100_000, make: (n) => `${rep("-/", n)}x`, run: ruleId },
  {
    name: "hubBaseUrl: slashes",
    n: 100_000,
    make: (n) => `https://hub.local${"/".repeat(n)}x`,
    run: (u) => hubBaseUrl(u, {}),
  },
  {
    name: "card frontMatter: never closed",
    n: 40_000,
    make: (n) => `---\n${rep("license: mit\n", n)}`,
    run: frontMatter,
  },
];

function tryPolicy(text: string): unknown {
  try {
    return parsePolicy(text, "policy.yml");
  } catch (e) {
    return e;
  }
}

describe("time linear in the input", () => {
  for (const c of CASES) it(c.name, () => expectLinear(c));

  it("detectWeights: a GGUF window full of tiny string arrays", () => {
    const make = (n: number) => {
      const item = concat([ggufString("k"), u32(9), u32(8), u64(1), ggufString("v")]);
      const parts = [new TextEncoder().encode("GGUF"), u32(3), u64(0), u64(n)];
      for (let k = 0; k < n; k++) parts.push(item);
      return concat(parts);
    };
    const small = make(5_000);
    const big = make(20_000);
    detectWeights("m.gguf", small, small.length);
    const ts = Math.max(
      0.5,
      best(() => detectWeights("m.gguf", small, small.length)),
    );
    const tb = best(() => detectWeights("m.gguf", big, big.length));
    expect(tb / ts).toBeLessThan(10);
    expect(detectWeights("m.gguf", big, big.length).header?.error).toBeUndefined();
  });
});

describe("time linear in the input: safetensors headers", () => {
  it("a header of many tensors, whole and cut short of its declared length", () => {
    const make = (n: number, cut: boolean) => {
      const tensors: Record<string, unknown> = { __metadata__: { license: "mit" } };
      for (let k = 0; k < n; k++) tensors[`t${k}`] = { dtype: "F16", shape: [2, 2], data_offsets: [0, 8] };
      const json = new TextEncoder().encode(JSON.stringify(tensors));
      const bytes = concat([u64(json.length), json]);
      return cut ? bytes.subarray(0, bytes.length - 10) : bytes;
    };
    for (const cut of [false, true]) {
      const small = make(4_000, cut);
      const big = make(16_000, cut);
      const size = big.length + 100;
      detectWeights("m.safetensors", small, size);
      const ts = Math.max(
        0.5,
        best(() => detectWeights("m.safetensors", small, size)),
      );
      const tb = best(() => detectWeights("m.safetensors", big, size));
      expect(tb / ts).toBeLessThan(10);
      expect(detectWeights("m.safetensors", big, size).header?.license).toBe("mit");
    }
  });
});

// Real license texts (read at run time, never copied here): all of the corpus end to end, cut to
// n and 4n characters, so that the shapes are those of real licenses.
const CORPUS = path.resolve(import.meta.dirname, "../..", "../shared/corpus/licenses");
describe.skipIf(!existsSync(CORPUS))("classifyText on real license texts (../shared corpus)", () => {
  it("100 KB and 400 KB of license prose: time linear", () => {
    const all = readdirSync(CORPUS)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(path.join(CORPUS, f), "utf8"))
      .join("\n\n");
    let text = all;
    while (text.length < 400_000) text += `\n\n${all}`;
    expectLinear({ name: "corpus", n: 100_000, make: (n) => text.slice(0, n), run: classifyText });
  });
});
