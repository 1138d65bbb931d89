import { symlinkSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectReferences, listFiles } from "../../src/workspace/index.js";
import { commitAll, initRepo, remove, tempDir, write } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) remove(d);
});

describe("listing files", () => {
  it("walks a plain tree, skipping .git and node_modules and links that leave it", async () => {
    const outside = tempDir("mlg-outside-");
    const root = tempDir();
    dirs.push(outside, root);
    write(outside, "secret.py", 'AutoModel.from_pretrained("org/outside-model")\n');
    write(root, "src/app.py", 'AutoModel.from_pretrained("org/inside-model")\n');
    write(root, "node_modules/pkg/index.js", 'pipeline("x", "org/from-node-modules")\n');
    write(root, ".git/config", "[core]\n");
    symlinkSync(path.join(outside, "secret.py"), path.join(root, "link-out.py"));
    symlinkSync(outside, path.join(root, "dir-out"));
    symlinkSync(path.join(root, "src"), path.join(root, "src", "loop"));
    symlinkSync("src/app.py", path.join(root, "alias.py"));
    expect(await listFiles(root)).toEqual(["alias.py", "src/app.py"]);
    const { refs } = await collectReferences(root);
    expect(refs.map((r) => [r.id, r.locations.map((l) => l.file)])).toEqual([
      ["org/inside-model", ["alias.py", "src/app.py"]],
    ]);
  });

  it("reads only tracked files in a git checkout, relative to a sub-folder", async () => {
    const root = initRepo();
    dirs.push(root);
    write(root, "svc/a.py", 'pipeline("t", model="org/tracked")\n');
    write(root, "other/b.py", 'pipeline("t", model="org/elsewhere")\n');
    commitAll(root, "c");
    write(root, "svc/untracked.py", 'pipeline("t", model="org/untracked")\n');
    expect(await listFiles(path.join(root, "svc"))).toEqual(["a.py"]);
    const { refs } = await collectReferences(path.join(root, "svc"));
    expect(refs.map((r) => `${r.id}@${r.locations[0]!.file}`)).toEqual(["org/tracked@a.py"]);
  });

  it("finds references at the bottom of a 200-deep tree", async () => {
    const root = tempDir();
    dirs.push(root);
    const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join("/");
    write(root, `${deep}/model.py`, 'SentenceTransformer("all-mpnet-base-v2")\n');
    const { refs, errors } = await collectReferences(root);
    expect(errors).toEqual([]);
    expect(refs.map((r) => r.id)).toEqual(["sentence-transformers/all-mpnet-base-v2"]);
    expect(refs[0]!.locations[0]!.file.split("/")).toHaveLength(201);
  });
});

describe("hostile content", () => {
  it("skips binary files, decodes invalid UTF-8 leniently and reports bad notebooks and weights", async () => {
    const root = tempDir();
    dirs.push(root);
    write(
      root,
      "blob.dat",
      Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from('from_pretrained("org/in-binary")')]),
    );
    write(
      root,
      "latin1.py",
      Buffer.concat([
        Buffer.from("# caf"),
        Buffer.from([0xe9, 0xff, 0xfe]),
        Buffer.from('\nm = AutoModel.from_pretrained("org/after-bad-bytes")\n'),
      ]),
    );
    write(root, "broken.ipynb", '{"cells": [');
    write(root, "cut.safetensors", Buffer.from([1, 2, 3]));
    // a Python site .pth file is text, not weights: scanned as text
    write(root, "site/extra.pth", "import sys\n# see https://huggingface.co/org/from-pth-comment\n");
    const { refs, errors } = await collectReferences(root);
    expect(refs.map((r) => r.id)).toEqual(["cut.safetensors", "org/after-bad-bytes", "org/from-pth-comment"]);
    expect(refs.find((r) => r.id === "org/after-bad-bytes")!.locations).toEqual([
      { file: "latin1.py", line: 2 },
    ]);
    expect(errors).toEqual([
      "broken.ipynb: not a valid notebook: unexpected end of JSON at line 1, column 12",
      "cut.safetensors: truncated safetensors file: 3 bytes",
    ]);
  });

  it("scans a 50 MB single-line file and pathological near-matches in linear time", async () => {
    const root = tempDir();
    dirs.push(root);
    const chunk = `x = "a/b/c" + hf.co + huggingface.co/ + "org/${"a".repeat(40)} from_pretrained(((( `;
    const line = chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length));
    write(root, "min.js", `${line}\nconst m = await pipeline("t", "org/after-huge-line");\n`);
    // unterminated strings, unbalanced brackets, endless keyword chains
    write(
      root,
      "near.py",
      `${'from_pretrained("'.repeat(200_000)}\n${"(".repeat(300_000)}\n${"model=".repeat(200_000)}\nAutoModel.from_pretrained("org/after-near-misses")\n`,
    );
    write(
      root,
      "near.yaml",
      `${"model: ".repeat(500_000)}\n${"- ".repeat(500_000)}\nbase_model: org/yaml-after\n`,
    );
    const t0 = performance.now();
    const { refs, errors } = await collectReferences(root);
    const ms = performance.now() - t0;
    expect(errors).toEqual([]);
    expect(refs.map((r) => r.id)).toEqual(["org/after-huge-line", "org/after-near-misses", "org/yaml-after"]);
    expect(refs[0]!.locations).toEqual([{ file: "min.js", line: 2 }]);
    // ~60 MB of hostile text; a backtracking scan would take minutes
    expect(ms).toBeLessThan(15_000);
  });
});
