import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import {
  collectReferences,
  gitChangedFiles,
  parsePatch,
  parseUnifiedDiff,
} from "../../src/workspace/index.js";
import { commitAll, git, initRepo, remove, write } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) remove(d);
});

function ggufHeader(license: string): Uint8Array {
  // Minimal GGUF v3: magic, version, tensor count, kv count, one string key.
  const key = new TextEncoder().encode("general.license");
  const val = new TextEncoder().encode(license);
  const buf = new Uint8Array(4 + 4 + 8 + 8 + 8 + key.length + 4 + 8 + val.length + 64);
  const dv = new DataView(buf.buffer);
  buf.set([0x47, 0x47, 0x55, 0x46]);
  let p = 4;
  dv.setUint32(p, 3, true);
  p += 4;
  dv.setBigUint64(p, 0n, true);
  p += 8;
  dv.setBigUint64(p, 1n, true);
  p += 8;
  dv.setBigUint64(p, BigInt(key.length), true);
  p += 8;
  buf.set(key, p);
  p += key.length;
  dv.setUint32(p, 8, true);
  p += 4;
  dv.setBigUint64(p, BigInt(val.length), true);
  p += 8;
  buf.set(val, p);
  return buf;
}

describe("parsePatch / parseUnifiedDiff", () => {
  it("counts added lines in the new file, stepping over context and removed lines", () => {
    const patch =
      "@@ -1,4 +1,5 @@\n import os\n-old = 1\n+new = 1\n+more = 2\n ctx\n@@ -20,0 +22,2 @@\n+a\n+b\n\\ No newline at end of file";
    expect([...parsePatch(patch)]).toEqual([2, 3, 22, 23]);
  });

  it("reads statuses, renames, quoted paths and binary files", () => {
    const diff = [
      "diff --git a/old.py b/new.py",
      "similarity index 90%",
      "rename from old.py",
      "rename to new.py",
      "--- a/old.py",
      "+++ b/new.py",
      "@@ -3 +3 @@",
      '-x = "a/b"',
      '+x = "c/d"',
      'diff --git "a/t\\303\\251st.py" "b/t\\303\\251st.py"',
      "new file mode 100644",
      "--- /dev/null",
      '+++ "b/t\\303\\251st.py"',
      "@@ -0,0 +1 @@",
      "+print(1)",
      "diff --git a/gone.py b/gone.py",
      "deleted file mode 100644",
      "--- a/gone.py",
      "+++ /dev/null",
      "@@ -1 +0,0 @@",
      "-x",
      "diff --git a/w.gguf b/w.gguf",
      "index 1..2 100644",
      "Binary files a/w.gguf and b/w.gguf differ",
      "diff --git a/my weights/a b.gguf b/my weights/a b.gguf",
      "new file mode 100644",
      "Binary files /dev/null and b/my weights/a b.gguf differ",
    ].join("\n");
    const files = parseUnifiedDiff(diff);
    expect(
      files.map((f) => [f.path, f.status, f.previousPath, f.lines === "all" ? "all" : [...f.lines]]),
    ).toEqual([
      ["new.py", "renamed", "old.py", [3]],
      ["tést.py", "added", undefined, "all"],
      ["gone.py", "deleted", undefined, []],
      ["w.gguf", "modified", undefined, "all"],
      ["my weights/a b.gguf", "added", undefined, "all"],
    ]);
  });
});

describe("diff mode on a real repository", () => {
  const root = initRepo();
  dirs.push(root);
  write(
    root,
    "train.py",
    'from transformers import AutoModel\nm = AutoModel.from_pretrained("org/base-model")\n',
  );
  write(root, "old_name.py", 'x = AutoModel.from_pretrained("org/renamed-untouched")\n');
  write(root, "moved.py", 'a = 1\nb = AutoModel.from_pretrained("org/moved-kept")\nc = 3\n');
  write(root, "deleted.py", 'AutoModel.from_pretrained("org/deleted-model")\n');
  write(root, "weights/old.gguf", ggufHeader("mit"));
  const base = commitAll(root, "base");
  // head: one added line in train.py, a pure rename, a rename with a change, a deletion, a new weight file
  write(
    root,
    "train.py",
    'from transformers import AutoModel\nm = AutoModel.from_pretrained("org/base-model")\ntok = AutoTokenizer.from_pretrained(\n    "org/added-model")\n',
  );
  git(root, "mv", "old_name.py", "new_name.py");
  git(root, "mv", "moved.py", "moved2.py");
  write(
    root,
    "moved2.py",
    'a = 1\nb = AutoModel.from_pretrained("org/moved-kept")\nc = 3\nd = AutoModel.from_pretrained("org/moved-added")\n',
  );
  rmSync(`${root}/deleted.py`);
  write(root, "weights/new.gguf", ggufHeader("llama3.1"));
  write(root, "docs/README.md", "See https://huggingface.co/org/added-model for details.\n");
  const head = commitAll(root, "head");

  it("lists changed files with statuses and line sets", async () => {
    const changed = await gitChangedFiles(root, base, head);
    const view = Object.fromEntries(
      changed.map((c) => [
        c.path,
        [c.status, c.lines === "all" ? "all" : [...c.lines].sort((a, b) => a - b)],
      ]),
    );
    expect(view).toEqual({
      "train.py": ["modified", [3, 4]],
      "new_name.py": ["renamed", []],
      "moved2.py": ["renamed", [4]],
      "deleted.py": ["deleted", []],
      "weights/new.gguf": ["added", "all"],
      "docs/README.md": ["added", "all"],
    });
  });

  it("reports only references on added or changed lines, and added weight files", async () => {
    const changed = await gitChangedFiles(root, base, head);
    const { refs, errors } = await collectReferences(root, { changed });
    expect(errors).toEqual([]);
    expect(refs.map((r) => [r.id, r.locations.map((l) => `${l.file}:${l.line}`)])).toEqual([
      ["org/added-model", ["docs/README.md:1", "train.py:4"]],
      ["org/moved-added", ["moved2.py:4"]],
      ["weights/new.gguf", ["weights/new.gguf:1"]],
    ]);
    expect(refs.find((r) => r.kind === "weights-file")?.header?.license).toBe("llama3.1");
  });

  it("full mode sees every tracked file", async () => {
    const { refs } = await collectReferences(root);
    expect(refs.map((r) => r.id)).toEqual([
      "org/added-model",
      "org/base-model",
      "org/moved-added",
      "org/moved-kept",
      "org/renamed-untouched",
      "weights/new.gguf",
      "weights/old.gguf",
    ]);
  });

  it("works without a merge base and rejects revisions posing as options", async () => {
    const other = initRepo();
    dirs.push(other);
    write(other, "a.py", "x = 1\n");
    const b = commitAll(other, "one");
    git(other, "checkout", "-q", "--orphan", "other");
    git(other, "rm", "-q", "-rf", ".");
    write(other, "a.py", 'x = 1\ny = AutoModel.from_pretrained("org/orphan-model")\n');
    const h = commitAll(other, "two");
    const changed = await gitChangedFiles(other, b, h);
    expect(changed).toEqual([{ path: "a.py", status: "modified", lines: new Set([2]) }]);
    await expect(gitChangedFiles(other, "--output=/tmp/x", h)).rejects.toThrow(/invalid revision/);
    await expect(gitChangedFiles(other, "nope", h)).rejects.toThrow(/git diff/);
  });
});

describe("diff mode reads the head commit, not the working tree", () => {
  it("finds head's references at head's lines while another commit is checked out", async () => {
    const root = initRepo();
    dirs.push(root);
    write(root, "app.py", "import os\n");
    const base = commitAll(root, "base");
    write(root, "app.py", 'import os\n\n\nm = AutoModel.from_pretrained("org/head-only")\n');
    write(root, "w/model.gguf", ggufHeader("gemma"));
    const head = commitAll(root, "head");
    git(root, "checkout", "-q", base);
    // and an uncommitted edit that would shift lines if the disk were read
    write(root, "app.py", "# local edit\n# another\nimport os\n");
    const changed = await gitChangedFiles(root, base, head);
    const { refs, errors } = await collectReferences(root, { changed, rev: head });
    expect(errors).toEqual([]);
    expect(refs.map((r) => [r.id, r.locations[0]!.line, r.header?.license])).toEqual([
      ["org/head-only", 4, undefined],
      ["w/model.gguf", 1, "gemma"],
    ]);
    const fromDisk = await collectReferences(root, { changed });
    expect(fromDisk.refs.map((r) => r.id)).not.toContain("org/head-only");
  });
});
