import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectReferences } from "../../src/workspace/index.js";
import { readFiles } from "../../src/workspace/reader.js";
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

  it("gives every file's bytes in order, and errors for files that vanished", async () => {
    const paths = Array.from({ length: N }, (_, i) => path.join(root, `d${i % 10}`, `f${i}.py`));
    paths.splice(100, 0, path.join(root, "missing.py"));
    paths.push(path.join(root, "big.txt"));
    const seen: string[] = [];
    await readFiles(
      paths,
      (r) => {
        seen.push("error" in r ? `${r.index}:${r.error.code}` : `${r.index}:${r.bytes.length}`);
      },
      true,
    );
    expect(seen).toHaveLength(paths.length);
    expect(seen[100]).toBe("100:ENOENT");
    expect(seen.map((s) => Number(s.split(":")[0]))).toEqual(paths.map((_, i) => i));
    expect(seen[paths.length - 1]).toBe(`${paths.length - 1}:${9 * 1024 * 1024 + 38}`);
  });

  it("finds the same references with and without the reader thread", async () => {
    const threaded = await collectReferences(root, { readerThread: true });
    const plain = await collectReferences(root, { readerThread: false });
    expect(threaded).toEqual(plain);
    expect(threaded.refs).toHaveLength(N / 50 + 1);
  });
});
