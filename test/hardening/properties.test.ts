// Property-based tests: whatever text a repository holds, the detectors, the diff parser, the
// policy loader and the weight-header readers answer (a result or a clear error) and never throw.
// Inputs are built from the tokens each parser cares about, so random cases reach deep paths.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectText, detectWeights } from "../../src/detect/index.js";
import { classifyText, extractClauses, lookupName } from "../../src/licenses/index.js";
import { findPhrase, phrase } from "../../src/licenses/near.js";
import { PolicyError, parsePolicy } from "../../src/policy/index.js";
import { cardDeclaration, declaredFact, frontMatter } from "../../src/resolve/card.js";
import type { RawReference } from "../../src/types.js";
import { parsePatch, parseUnifiedDiff } from "../../src/workspace/index.js";
import { concat, ggufHeader, safetensorsHeader, u32 } from "./bytes.js";

const RUNS = { numRuns: 150 };
const KINDS = new Set(["hf-model", "hf-dataset", "github-repo", "weights-file"]);

/** Text made of tokens from `alphabet` and random characters, joined by random separators. */
function soup(alphabet: string[], maxTokens = 60): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...alphabet) },
    { weight: 2, arbitrary: fc.constantFrom(" ", "\n", "\t", "\r\n", "  ", "\n\n", ",", ":", "=") },
    { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: "grapheme" }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: "binary" }) },
  );
  return fc.array(piece, { maxLength: maxTokens }).map((xs) => xs.join(""));
}

const IDS = [
  "meta-llama/Llama-3.1-8B",
  "org/model",
  "a/b",
  "bert-base-uncased",
  "x/y-z_1.0",
  "-/-",
  "a//b",
  "../x",
];
const COMMON = [
  ...IDS,
  '"',
  "'",
  "`",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "\\",
  "#",
  "/",
  "//",
  "/*",
  "*/",
  "$",
  "${",
];

const TOKENS: Record<string, string[]> = {
  "x.py": [
    ...COMMON,
    "from_pretrained(",
    "AutoModel.from_pretrained(",
    "pipeline(",
    "model=",
    "repo_id=",
    "hf_hub_download(",
    "snapshot_download(",
    "SentenceTransformer(",
    "load_dataset(",
    "torch.hub.load(",
    "YOLO(",
    "LLM(model=",
    "timm.create_model(",
    "hf-hub:",
    '"""',
    "'''",
    'f"',
    "revision=",
    "if x else",
    "model_id = ",
    "import ",
    "def f(",
    "lambda:",
  ],
  "x.ts": [
    ...COMMON,
    "pipeline(",
    "'feature-extraction', ",
    "from_pretrained(",
    "{ model: ",
    "model: ",
    "await ",
    "const m = ",
    "new HfInference(",
    "textGeneration(",
    "`${",
    "/re/g",
    "=>",
  ],
  "x.yaml": [
    ...COMMON,
    "model: ",
    "base_model: ",
    "model_name_or_path: ",
    "  - ",
    "- ",
    "---\n",
    "...\n",
    "&a ",
    "*a",
    "!!str ",
    "? ",
    "|\n",
    ">-\n",
    "key: value\n",
    "command: [",
    "--model ",
    "env:\n  - name: MODEL_ID\n    value: ",
  ],
  "x.json": [
    ...COMMON,
    '{"model": ',
    '"model_id": ',
    '"_name_or_path": ',
    '"base_model": ',
    "[",
    "]",
    "null",
    "true",
    "1e999",
    '"\\u0000"',
    '"\\ud800"',
    ", ",
  ],
  "x.toml": [
    ...COMMON,
    "[model]\n",
    "[[models]]\n",
    "model = ",
    "base_model = ",
    '"""',
    "'''",
    "= {",
    "x.y = ",
    "1979-05-27",
  ],
  "README.md": [
    ...COMMON,
    "---\n",
    "base_model: ",
    "license: ",
    "  - ",
    "```python\n",
    "```bash\n",
    "```\n",
    "~~~\n",
    "$ huggingface-cli download ",
    "https://huggingface.co/",
    "[link](",
    "<!-- ",
    " -->",
  ],
  Dockerfile: [
    ...COMMON,
    "FROM nvidia/cuda:12.2 ",
    "RUN huggingface-cli download ",
    "ENV MODEL_ID=",
    "CMD [",
    "vllm serve ",
    "--model ",
    "\\\n",
    "ARG ",
    "${MODEL:-",
    "&& ",
    "hf download ",
  ],
  Makefile: [
    ...COMMON,
    "MODEL ?= ",
    "$(MODEL)",
    "run:\n\t",
    "python serve.py --model-id ",
    "ollama run hf.co/",
    "llama-server -hf ",
    "--hf-repo ",
    "\\\n",
    "@echo ",
  ],
  "x.sh": [
    ...COMMON,
    "huggingface-cli download ",
    "hf download ",
    "--model ",
    "--model=",
    "-hf ",
    "vllm serve ",
    "ollama run hf.co/",
    "export MODEL=",
    "\\\n",
    "<<EOF\n",
    "EOF\n",
    "${X:-",
    "; ",
    "| ",
  ],
  "notes.txt": [
    ...COMMON,
    "https://huggingface.co/",
    "http://huggingface.co/",
    "hf.co/",
    "hf://",
    "huggingface.co/datasets/",
    "/resolve/main/",
    "/blob/",
    "/tree/",
    "/spaces/",
    "@",
    "?",
    "%2F",
  ],
};

/** Invariants every reference must hold, whatever the input. */
function checkRefs(file: string, text: string, refs: RawReference[]): void {
  expect(Array.isArray(refs)).toBe(true);
  const lines = text.split("\n").length;
  for (const r of refs) {
    expect(r.file).toBe(file);
    expect(KINDS.has(r.kind), r.kind).toBe(true);
    expect(typeof r.id).toBe("string");
    expect(r.id.length).toBeGreaterThan(0);
    expect(r.id).not.toMatch(/[\s\u0000]/);
    expect(Number.isInteger(r.line)).toBe(true);
    // The line a reference is reported on exists in the file (a reader clicks on it).
    expect(r.line).toBeGreaterThanOrEqual(1);
    expect(r.line).toBeLessThanOrEqual(lines);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  }
}

// JavaScript shares the TypeScript tokens; each name picks its detector by extension.
TOKENS["x.js"] = TOKENS["x.ts"]!;
TOKENS["compose.yml"] = [...TOKENS["x.yaml"]!, "services:\n", "  app:\n", "    command: ", "    image: "];

describe("detectText on arbitrary text never throws and reports real lines", () => {
  for (const [file, tokens] of Object.entries(TOKENS)) {
    it(file, () => {
      fc.assert(
        fc.property(soup(tokens), (text) => {
          checkRefs(file, text, detectText(file, text));
        }),
        RUNS,
      );
    });
  }

  it("x.ipynb: notebooks, valid and not", () => {
    const cell = fc.record({
      cell_type: fc.constantFrom("code", "markdown", "raw", 1 as unknown as string),
      source: fc.oneof(
        fc.array(soup(TOKENS["x.py"]!, 8), { maxLength: 5 }),
        soup(TOKENS["x.py"]!, 10),
        fc.constant(null as unknown as string),
      ),
    });
    const nb = fc.oneof(
      fc.record({ cells: fc.array(cell, { maxLength: 5 }) }).map((o) => JSON.stringify(o, null, 1)),
      fc.record({ cells: fc.array(cell, { maxLength: 5 }) }).map((o) => JSON.stringify(o).slice(0, -3)),
      fc.json(),
      soup(['{"cells": [', '{"cell_type": "code", "source": ["', '"]}', "]}", ...COMMON]),
    );
    fc.assert(
      fc.property(nb, (text) => {
        checkRefs("x.ipynb", text, detectText("x.ipynb", text));
      }),
      RUNS,
    );
  });

  it("a Hub URL on its own line is found, on its line, whatever text surrounds it", () => {
    const noise = fc.array(
      soup(
        COMMON.filter((t) => !t.includes("/")),
        10,
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(
        noise,
        noise,
        // Shapes the Hub accepts (no "--" or "..") and that read as no local folder or file.
        fc.stringMatching(/^org[a-z0-9]{0,6}(?:-[a-z0-9]{1,5})?$/),
        fc.stringMatching(/^M[a-z0-9]{0,6}(?:[-_.][A-Za-z0-9]{1,6}){0,3}$/),
        (before, after, org, name) => {
          const pre = before.join("\n").replace(/\n/g, " ");
          const post = after.join("\n").replace(/\n/g, " ");
          const text = `${pre}\nweights: https://huggingface.co/${org}/${name}\n${post}`;
          const refs = detectText("notes.txt", text);
          const hit = refs.find((r) => r.id.toLowerCase() === `${org}/${name}`.toLowerCase());
          expect(hit, JSON.stringify(text)).toBeDefined();
          expect(hit!.line).toBe(2);
          expect(hit!.kind).toBe("hf-model");
        },
      ),
      RUNS,
    );
  });
});

/* ------------------------------------------------------------------- diffs */

type Op = " " | "+" | "-";
/** A well-formed hunk from a list of operations; returns its text and the added new-file lines. */
function hunk(start: number, ops: Op[], texts: string[]): { text: string; added: number[] } {
  const oldLen = ops.filter((o) => o !== "+").length;
  const newLen = ops.filter((o) => o !== "-").length;
  const lines = [`@@ -${start},${oldLen} +${start},${newLen} @@ ctx`];
  const added: number[] = [];
  let n = start;
  ops.forEach((o, k) => {
    lines.push(`${o}${texts[k % texts.length] ?? ""}`);
    if (o === "+") added.push(n);
    if (o !== "-") n++;
  });
  return { text: lines.join("\n"), added };
}

const opsArb = fc.array(fc.constantFrom<Op>(" ", "+", "-"), { minLength: 1, maxLength: 30 });
// Line content that itself looks like diff syntax must not confuse the parser.
const lineText = fc.array(
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("@@ -1 +1 @@", "+++ b/x", "--- a/x", "diff --git a/x b/x", "\\"),
  ),
  { minLength: 1, maxLength: 5 },
);

describe("diff parsing", () => {
  it("parsePatch finds exactly the added lines of well-formed hunks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 50 }), opsArb, lineText), { minLength: 1, maxLength: 4 }),
        (specs) => {
          let start = 1;
          const parts: string[] = [];
          const want: number[] = [];
          for (const [gap, ops, texts] of specs) {
            start += gap;
            const h = hunk(start, ops, texts);
            parts.push(h.text);
            want.push(...h.added);
            start += ops.filter((o) => o !== "-").length;
          }
          expect([...parsePatch(parts.join("\n"))].sort((a, b) => a - b)).toEqual(want);
        },
      ),
      RUNS,
    );
  });

  it("parsePatch and parseUnifiedDiff never throw on arbitrary text", () => {
    const diffTokens = [
      "diff --git a/x.py b/x.py\n",
      "diff --git ",
      "--- a/",
      "+++ b/",
      "--- /dev/null\n",
      "+++ /dev/null\n",
      "@@ -1,3 +1,4 @@\n",
      "@@ -0,0 +1 @@\n",
      "@@ -99999999999999999999 +1 @@\n",
      "@@ ",
      "+",
      "-",
      " ",
      "\\ No newline at end of file\n",
      "new file mode 100644\n",
      "deleted file mode 100644\n",
      "rename from ",
      "rename to ",
      "similarity index 90%\n",
      "Binary files a/x and b/x differ\n",
      "GIT binary patch\n",
      '"a/t\\303\\251st.py"',
      '"\\777\\',
      "index 0000000..1111111\n",
      "\n",
      "\r\n",
    ];
    fc.assert(
      fc.property(soup(diffTokens, 80), (text) => {
        for (const n of parsePatch(text)) {
          expect(Number.isSafeInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(0);
        }
        for (const f of parseUnifiedDiff(text)) {
          expect(typeof f.path).toBe("string");
          expect(["added", "modified", "renamed", "deleted"]).toContain(f.status);
          expect(f.lines === "all" || f.lines instanceof Set).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("parseUnifiedDiff keeps every file of a generated git diff, with its added lines", () => {
    const fileArb = fc.record({
      name: fc.stringMatching(/^[a-z][a-z0-9_]{0,8}(?:\/[a-z0-9_]{1,8}){0,2}\.(?:py|yaml|md)$/),
      start: fc.integer({ min: 1, max: 200 }),
      ops: opsArb,
      texts: lineText,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fileArb, { selector: (f) => f.name, minLength: 1, maxLength: 5 }),
        (files) => {
          const parts: string[] = [];
          const want = new Map<string, number[]>();
          for (const f of files) {
            const h = hunk(f.start, f.ops, f.texts);
            parts.push(
              `diff --git a/${f.name} b/${f.name}\nindex 1111111..2222222 100644\n--- a/${f.name}\n+++ b/${f.name}\n${h.text}`,
            );
            want.set(f.name, h.added);
          }
          const got = parseUnifiedDiff(`${parts.join("\n")}\n`);
          expect(got.map((f) => f.path)).toEqual(files.map((f) => f.name));
          for (const f of got) {
            expect(f.status).toBe("modified");
            expect(f.lines).not.toBe("all");
            expect([...(f.lines as Set<number>)].sort((a, b) => a - b)).toEqual(want.get(f.path));
          }
        },
      ),
      RUNS,
    );
  });
});

/* ------------------------------------------------------------------ policy */

describe("parsePolicy on arbitrary text", () => {
  const POLICY_TOKENS = [
    "version: 1\n",
    "version: 2\n",
    "extends: [",
    "extends: commercial\n",
    "extends: [default, research]\n",
    "extends: ./other.yml\n",
    "deny:\n",
    "warn:\n",
    "allow:\n",
    "  licenses: [",
    "  categories: [",
    "  clauses: [",
    "agpl-3.0",
    "apache-2.0",
    "non-commercial",
    "no-license",
    "mau-threshold",
    "bogus",
    "*",
    "unmatched: warn\n",
    "unmatched: maybe\n",
    "exceptions:\n",
    '  - models: ["meta-llama/*"]\n',
    "    verdict: pass\n",
    "    reason: ok\n",
    "    expires: 2027-06-30\n",
    "    expires: 2027-13-45\n",
    "ignore:\n",
    "  paths: [",
    "]\n",
    ", ",
    "- ",
    "  ",
    "\n",
    "\t",
    "&a ",
    "*a",
    "<<: *a\n",
    "!!binary ",
    "? ",
    "{",
    "}",
    '"',
    "'",
    "#",
    "---\n",
    "%YAML 1.2\n",
    "~",
    "null",
  ];

  it("returns a policy or throws a PolicyError with its place, nothing else", () => {
    const files: Record<string, string> = { "other.yml": "version: 1\n" };
    fc.assert(
      fc.property(soup(POLICY_TOKENS, 40), (text) => {
        let policy: ReturnType<typeof parsePolicy> | undefined;
        try {
          policy = parsePolicy(text, "policy.yml", {
            readFile: (p) => files[p.replace(/^\.\//, "")] ?? null,
          });
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(PolicyError);
          const err = e as PolicyError;
          expect(err.message).toMatch(/^[^:\n]+:\d+:\d+: \S/);
          expect(err.line).toBeGreaterThanOrEqual(1);
          expect(err.col).toBeGreaterThanOrEqual(1);
          for (const other of err.all) expect(other).toBeInstanceOf(PolicyError);
          return;
        }
        expect(policy.version).toBe(1);
        expect(["pass", "warn", "fail"]).toContain(policy.unmatched);
      }),
      { numRuns: 300 },
    );
  });
});

/* ----------------------------------------------------------------- weights */

describe("weight headers on random and truncated bytes", () => {
  const names = ["m.gguf", "m.safetensors", "m.bin", "m.pt", "m.onnx", "m.ckpt", "m.h5"];

  it("random bytes: a header (maybe with an error), never a throw", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.oneof(
          fc.uint8Array({ maxLength: 256 }),
          // Valid magic, random rest: reaches the metadata readers.
          fc.uint8Array({ maxLength: 256 }).map((b) => concat([new TextEncoder().encode("GGUF"), u32(3), b])),
          fc
            .tuple(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.uint8Array({ maxLength: 200 }))
            .map(([n, b]) => {
              const len = new Uint8Array(8);
              new DataView(len.buffer).setBigUint64(0, n, true);
              return concat([len, b]);
            }),
        ),
        fc.nat({ max: 1 << 30 }),
        (name, head, extra) => {
          for (const size of [head.length, head.length + extra]) {
            const ref = detectWeights(name, head, size);
            expect(ref.kind).toBe("weights-file");
            expect(ref.id).toBe(name);
            expect(ref.header).toBeDefined();
            if (ref.header!.error) expect(ref.header!.error.length).toBeGreaterThan(5);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("GGUF cut at any byte: the license is right or the error says the file is truncated", () => {
    const { bytes, licenseEnd } = ggufHeader([
      ["general.name", "Tiny"],
      ["general.license", "apache-2.0"],
      ["general.base_model.0.repo_url", "https://huggingface.co/org/base"],
      ["tokenizer.ggml.model", "gpt2"],
    ]);
    const full = detectWeights("m.gguf", bytes, bytes.length);
    expect(full.header).toMatchObject({ format: "gguf", license: "apache-2.0", baseModels: ["org/base"] });
    expect(full.header!.error).toBeUndefined();
    for (let cut = 0; cut < bytes.length; cut++) {
      const head = bytes.subarray(0, cut);
      const h = detectWeights("m.gguf", head, cut).header!;
      if (cut < licenseEnd) expect(h.error, `cut at ${cut}`).toMatch(/truncated|missing/i);
      if (h.license !== undefined) expect(h.license).toBe("apache-2.0");
    }
  });

  it("safetensors cut at any byte: the license is right or there is an error", () => {
    const bytes = safetensorsHeader({ license: "mit", base_model: "org/base" });
    const jsonEnd = 8 + Number(new DataView(bytes.buffer).getBigUint64(0, true));
    expect(detectWeights("m.safetensors", bytes, bytes.length).header).toMatchObject({
      license: "mit",
      baseModels: ["org/base"],
    });
    for (let cut = 0; cut < jsonEnd; cut++) {
      const h = detectWeights("m.safetensors", bytes.subarray(0, cut), cut).header!;
      expect(h.error, `cut at ${cut}`).toBeDefined();
      if (h.license !== undefined) expect(h.license).toBe("mit");
    }
  });
});

/* ------------------------------------------------- license texts and cards */

describe("license texts and model cards from the Hub (untrusted)", () => {
  const LICENSE_TOKENS = [
    "Licensed under the ",
    "Apache License, Version 2.0",
    "MIT License",
    "Permission is hereby granted",
    "monthly active users",
    "700 million",
    "1,000,000",
    "$10 million",
    "USD",
    "revenue",
    "non-commercial",
    "research purposes only",
    "You shall not use the Model",
    "to train any other model",
    "must include",
    '"Built with Llama"',
    "[yyyy]",
    "<name>",
    "SPDX-License-Identifier: ",
    "Attribution-NonCommercial-ShareAlike 4.0",
    "GNU General Public License version 3",
    "# ",
    ". ",
    "\n\n",
    "(a) ",
    "- ",
    "**",
    "_",
    "\u00a0",
    "\u201c",
  ];

  it("classifyText and extractClauses: a classification, never a throw", () => {
    fc.assert(
      fc.property(soup(LICENSE_TOKENS, 80), (text) => {
        const c = classifyText(text);
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        expect(c.categories.length).toBeGreaterThan(0);
        if (c.license === null) expect(c.spdx).toBeNull();
        const clauses = extractClauses(text);
        if (clauses.mauThreshold !== undefined) expect(Number.isSafeInteger(clauses.mauThreshold)).toBe(true);
        if (clauses.revenueThreshold) expect(clauses.revenueThreshold.amount).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it("card declarations of any shape: a fact or null, never a throw", () => {
    const value = fc.oneof(
      fc.constantFrom(
        "apache-2.0",
        "other",
        "llama3.1",
        "MIT",
        "cc-by-nc-4.0",
        "",
        " ",
        "__proto__",
        "constructor",
      ),
      fc.string({ maxLength: 20 }),
      fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
      fc.anything({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(
        fc.record({ license: value, license_name: value, license_link: value }, { requiredKeys: [] }),
        (card) => {
          const fact = declaredFact(cardDeclaration(card as Record<string, unknown>), "hub:cardData");
          if (fact) {
            expect(fact.categories.length).toBeGreaterThan(0);
            expect(fact.confidence).toBeGreaterThanOrEqual(0);
            expect(fact.confidence).toBeLessThanOrEqual(1);
          }
          for (const v of [card.license, card.license_name]) if (typeof v === "string") lookupName(v); // must not throw either
        },
      ),
      { numRuns: 200 },
    );
  });

  it("README front matter of any text: an object or null", () => {
    fc.assert(
      fc.property(
        soup([
          "---\n",
          "license: ",
          "base_model: ",
          "  - ",
          "&a ",
          "*a",
          "? ",
          "{",
          "[",
          "\t",
          "...\n",
          ...COMMON,
        ]),
        (text) => {
          const fm = frontMatter(text);
          expect(fm === null || (typeof fm === "object" && !Array.isArray(fm))).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

/* ------------------------------------------------------ phrases vs. regexes */

describe("phrase matching (near.ts) agrees with the single regex it replaces", () => {
  // The clause patterns were A[^.]{0,N}B regexes; on short texts those are cheap, so they serve as
  // the oracle for the part-by-part matcher.
  const PARTS = [
    String.raw`\b(?:may|shall)\s+not\b`,
    String.raw`\bcommercial(?:ly)?\b`,
    String.raw`\b(?:use|deploy)\w*\b`,
    String.raw`\bmodels?\b`,
    String.raw`\b(?:to|for)\b`,
    String.raw`"[^"]{2,10}"`,
    String.raw`\bnot\b(?!\s*-)`,
  ];
  const WORDS = [
    "may",
    "shall",
    "not",
    "use",
    "used",
    "deploy",
    "model",
    "models",
    "commercial",
    "commercially",
  ];
  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom(...WORDS, "to", "for", '"', "-", "x"),
        fc.constantFrom(" ", "  ", ". ", ", ", "."),
      ),
      {
        maxLength: 40,
      },
    )
    .map((xs) => xs.join(""));

  it("two and three parts, any gaps", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PARTS), { minLength: 2, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 2 }),
        fc.boolean(),
        text,
        (parts, gaps, ci, t) => {
          const flags = ci ? "i" : "";
          const oracle = new RegExp(
            parts.map((p, k) => (k === 0 ? p : `[^.]{0,${gaps[k - 1]}}${p}`)).join(""),
            flags,
          );
          const args: (number | RegExp)[] = [];
          for (const [k, p] of parts.slice(1).entries()) args.push(gaps[k]!, new RegExp(p, flags));
          const p = phrase(new RegExp(parts[0]!, flags), ...args);
          expect(findPhrase(p, t) !== null, `${oracle} on ${JSON.stringify(t)}`).toBe(oracle.test(t));
        },
      ),
      {
        numRuns: 500,
        // found by this property: the phrase starts inside an earlier match of its first part
        examples: [[['"[^"]{2,10}"', "\\bnot\\b(?!\\s*-)"], [0, 0], false, '", "may"not']],
      },
    );
  });
});
