import { describe, expect, it } from "vitest";
import { detectText, groupReferences, scanText } from "../../src/detect/index.js";
import type { RawReference } from "../../src/types.js";

function notebook(cells: { cell_type: string; source: string[] }[]): string {
  return JSON.stringify(
    {
      cells: cells.map((c) => ({ ...c, metadata: {}, ...(c.cell_type === "code" ? { outputs: [] } : {}) })),
      metadata: { kernelspec: { language: "python", name: "python3" } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split("\n").length;
}

describe("notebooks", () => {
  it("a cell left broken (a string or bracket never closed) does not hide the cells after it", () => {
    const nb = notebook([
      { cell_type: "code", source: ["MODEL_ID = 'org/across-cells'\n"] },
      { cell_type: "code", source: ['notes = """never closed\n'] },
      { cell_type: "code", source: ["x = foo(\n"] },
      { cell_type: "code", source: ['m = AutoModel.from_pretrained("org/after-broken")\n'] },
      { cell_type: "code", source: ["tok = AutoTokenizer.from_pretrained(MODEL_ID)\n"] },
    ]);
    const found = detectText("demo.ipynb", nb).filter((r) => r.confidence >= 0.5);
    expect(found.map((r) => `${r.id}:${r.line}`).sort()).toEqual([
      `org/across-cells:${lineOf(nb, "org/across-cells")}`,
      `org/after-broken:${lineOf(nb, "org/after-broken")}`,
    ]);
  });

  it("reports references on the line of the .ipynb file", () => {
    const nb = notebook([
      { cell_type: "markdown", source: ["# Demo\n", "Uses https://huggingface.co/google/gemma-2-2b-it\n"] },
      { cell_type: "code", source: ["!huggingface-cli download TheBloke/phi-2-GGUF\n"] },
      {
        cell_type: "code",
        source: [
          "from transformers import AutoModel\n",
          "model = AutoModel.from_pretrained(\n",
          '    "microsoft/phi-2",\n',
          '    revision="main")\n',
        ],
      },
    ]);
    const got = detectText("demo.ipynb", nb)
      .map((r) => `${r.id}:${r.line}`)
      .sort();
    expect(got).toEqual(
      [
        `TheBloke/phi-2-GGUF:${lineOf(nb, "TheBloke/phi-2-GGUF")}`,
        `google/gemma-2-2b-it:${lineOf(nb, "google/gemma-2-2b-it")}`,
        `microsoft/phi-2:${lineOf(nb, '\\"microsoft/phi-2')}`,
      ].sort(),
    );
    // the line is in the file, not in the cell
    expect(lineOf(nb, '\\"microsoft/phi-2')).toBeGreaterThan(10);
  });

  it("gives a clear message for a malformed notebook instead of throwing", () => {
    const r = scanText("bad.ipynb", '{"cells": [ {"cell_type": "code", "source": ["x = 1"');
    expect(r.error).toMatch(/not a valid notebook: unexpected end of JSON/);
    expect(detectText("bad.ipynb", "[[[[")).toEqual([]);
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(scanText("deep.ipynb", deep).error).toMatch(/nesting too deep/);
  });
});

describe("groupReferences", () => {
  const raw = (id: string, file: string, line: number, confidence = 1, revision?: string): RawReference => ({
    id,
    kind: "hf-model",
    file,
    line,
    confidence,
    via: "test",
    ...(revision ? { revision } : {}),
  });

  it("merges one reference in many places, case-insensitively, keeping the first spelling", () => {
    const refs = groupReferences([
      raw("Org/Model", "b.py", 3, 0.3),
      raw("org/model", "a.py", 9, 0.9),
      raw("org/model", "a.py", 9, 1),
      raw("org/model", "a.py", 2, 1, "v2"),
    ]);
    expect(refs).toEqual([
      {
        id: "Org/Model",
        kind: "hf-model",
        confidence: 1,
        locations: [
          { file: "a.py", line: 9 },
          { file: "b.py", line: 3 },
        ],
      },
      {
        id: "org/model",
        kind: "hf-model",
        revision: "v2",
        confidence: 1,
        locations: [{ file: "a.py", line: 2 }],
      },
    ]);
  });

  it("groups `main` (which pins nothing) with the unpinned spelling, and says main only when every place does", () => {
    const mixed = groupReferences([
      raw("org/x", "a.py", 1, 1, "main"),
      raw("org/x", "b.py", 2),
      raw("org/x", "c.py", 3, 1, "abc1234"),
    ]);
    expect(mixed.map((r) => [r.revision, r.locations.length])).toEqual([
      [undefined, 2],
      ["abc1234", 1],
    ]);
    const allMain = groupReferences([raw("org/y", "a.py", 1, 1, "main"), raw("org/y", "b.py", 5, 1, "main")]);
    expect(allMain).toHaveLength(1);
    expect(allMain[0]!.revision).toBe("main");
    // as detected, the revision is what the code says
    expect(detectText("a.py", 'snapshot_download("org/z", revision="main")\n')[0]?.revision).toBe("main");
  });

  it("keeps a dataset and a model of the same name apart", () => {
    const refs = groupReferences([raw("a/b", "x", 1), { ...raw("a/b", "x", 2), kind: "hf-dataset" }]);
    expect(refs.map((r) => r.kind)).toEqual(["hf-dataset", "hf-model"]);
  });
});

describe("nbformat 3 notebooks", () => {
  it("reads code from worksheets[].cells[].input", () => {
    const nb = JSON.stringify(
      {
        worksheets: [
          { cells: [{ cell_type: "code", input: ["m = AutoModel.from_pretrained('gpt2-medium')\n"] }] },
        ],
        nbformat: 3,
      },
      null,
      1,
    );
    const got = detectText("old.ipynb", nb).map((r) => `${r.id}:${r.line}`);
    expect(got).toEqual([`gpt2-medium:${lineOf(nb, "gpt2-medium")}`]);
  });
});
