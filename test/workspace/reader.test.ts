import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectReferences } from "../../src/workspace/index.js";
import { CLAIM, readFiles, startReader } from "../../src/workspace/reader.js";
import { remove, tempDir, write } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) remove(d);
});

describe("reading many files on a second thread", () => {
  const root = tempDir();
  dirs.push(root);
  const N = 2_500;
  for (let i = 0; i < N; i++) {
    const body = i % 50 === 0 ? `m = AutoModel.from_pretrained("org${i % 7}/model-${i}")\n` : `x = ${i}\n`;
    write(root, `d${i % 10}/f${i}.py`, body);
  }
  write(root, "big.txt", `${"a".repeat(9 * 1024 * 1024)}\nhttps://huggingface.co/org/after-big\n`);
  // one file of every kind, with and without references, some not ASCII: the reader thread skips
  // files by cheap tests, which must never lose a reference the detectors would find
  const kinds: Record<string, string> = {
    "k/a.yaml": "base_model: org/yaml-model\n",
    "k/b.yaml": "server:\n  port: 80\n",
    "k/c.json": '{"model_name_or_path": "org/json-model"}\n',
    "k/d.sh": "hf download org/sh-model\n",
    "k/e.md": "---\nbase_model: org/card-model\n---\n",
    "k/f.md": "# Notes\n```python\npipeline('t', model='org/md-model')\n```\n",
    "k/g.ipynb": JSON.stringify({ cells: [{ cell_type: "code", source: ["load_dataset('squad')"] }] }),
    "k/h.py": "# café\nm = SentenceTransformer('all-MiniLM-L6-v2')\n",
    "k/i.ts": "const x = 1; // ünïcode\nconst m = await pipeline('t', 'org/ts-model');\n",
    "k/j.txt": "plain text, see hf.co/org/txt-model\n",
    "k/k.toml": "[model]\nname = 'org/toml-model'\n",
    "k/l.env": "MODEL_ID=org/env-model\n",
    "k/m.py": "ds = load_dataset('imdb')\n",
    // scripts are read only when they hold a model-ish word: a key spelled any way still counts
    "k/n.sh": "export DATA_DIR=/data\nexport TokenizerPath=org/sh-tokenizer\n",
    "k/o.sh": "set -e\nDATA_DIR=/data\ndocker run nvidia/cuda:12 nvidia-smi\n",
  };
  for (const [f, body] of Object.entries(kinds)) write(root, f, body);

  it("gives every file's bytes once, and errors for files that vanished", async () => {
    const paths = Array.from({ length: N }, (_, i) => path.join(root, `d${i % 10}`, `f${i}.py`));
    paths.splice(100, 0, path.join(root, "missing.py"));
    paths.push(path.join(root, "big.txt"));
    const seen: string[] = [];
    await readFiles(
      paths,
      (r) => {
        seen.push("error" in r ? `${r.index}:${r.error.code}` : `${r.index}:${r.bytes.length}`);
      },
      { thread: true },
    );
    // Two threads read: the order is theirs, but every file comes exactly once.
    const byIndex = new Map(seen.map((s) => [Number(s.split(":")[0]), s]));
    expect(seen).toHaveLength(paths.length);
    expect([...byIndex.keys()].sort((a, b) => a - b)).toEqual(paths.map((_, i) => i));
    expect(byIndex.get(100)).toBe("100:ENOENT");
    expect(byIndex.get(101)).toBe(`101:${'m = AutoModel.from_pretrained("org2/model-100")\n'.length}`);
    expect(byIndex.get(paths.length - 1)).toBe(`${paths.length - 1}:${9 * 1024 * 1024 + 38}`);
  });

  it("reads everything on the main thread when the reader thread is gone", async () => {
    const paths = Array.from({ length: N }, (_, i) => path.join(root, `d${i % 10}`, `f${i}.py`));
    const reader = startReader();
    expect(reader).not.toBeNull();
    await reader!.worker.terminate();
    const seen = new Set<number>();
    await readFiles(paths, (r) => seen.add(r.index), { thread: true, reader });
    expect(seen.size).toBe(N);
  });

  it("reads the files the reader thread had claimed when it died", async () => {
    const paths = Array.from({ length: N }, (_, i) => path.join(root, `d${i % 10}`, `f${i}.py`));
    const reader = startReader()!;
    await reader.worker.terminate();
    // As if the thread had claimed the first 100 files and died before sending them.
    Atomics.store(reader.counters, CLAIM, 100);
    const seen = new Map<number, number>();
    await readFiles(paths, (r) => seen.set(r.index, (seen.get(r.index) ?? 0) + 1), { thread: true, reader });
    expect(seen.size).toBe(N);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  it("finds the same references with and without the reader thread", async () => {
    const threaded = await collectReferences(root, { readerThread: true, gate: false });
    const gated = await collectReferences(root, { readerThread: true });
    const plain = await collectReferences(root, { readerThread: false });
    expect(threaded).toEqual(plain);
    expect(gated).toEqual(plain);
    expect(threaded.refs).toHaveLength(N / 50 + 1 + 13);
    expect(gated.refs.map((r) => r.id)).toContain("org/sh-tokenizer");
  });
});
