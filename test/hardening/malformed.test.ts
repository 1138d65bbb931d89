// Malformed and hostile files in a tree: truncated GGUF and safetensors headers, broken notebooks,
// YAML, JSON and LFS pointers, binary and invalid UTF-8 text, a minified line, a deep tree, links
// out of it. Each bad file gives a clear "file: message" finding; nothing crashes or hangs, and the
// good references next to them are still found. Checked in process (collectReferences) and through
// the built CLI as a user runs it (`refs`, and `scan` against a loopback Hub).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PolicyError, parsePolicy } from "../../src/policy/index.js";
import { collectReferences } from "../../src/workspace/index.js";
import { createRepo, REPO_ROOT, type TestRepo } from "../helpers/git-repo.js";
import { type HubServer, startHub } from "../servers/hub.js";
import { ggufHeader, safetensorsHeader, u64 } from "./bytes.js";

const enc = new TextEncoder();
const lfsPointer = (oid: string, size: string) =>
  `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;

/** The tree: path -> content, and for each bad file the words its finding must hold. */
function buildTree(root: string): Record<string, RegExp> {
  const gguf = ggufHeader([
    ["general.name", "Tiny"],
    ["general.license", "apache-2.0"],
    ["tokenizer.ggml.model", "gpt2"],
  ]);
  const files: Record<string, string | Uint8Array> = {
    // Controls: good files whose references must survive their bad neighbours.
    "models/good.gguf": gguf.bytes,
    "models/good.safetensors": safetensorsHeader({ license: "mit" }),
    "models/pointer.safetensors": lfsPointer("a".repeat(64), "12345"),
    "src/train.py":
      'from transformers import AutoModel\nm = AutoModel.from_pretrained("good-org/py-model")\n',
    // Bad weight files.
    "models/cut.gguf": gguf.bytes.subarray(0, gguf.licenseEnd - 3),
    "models/empty.gguf": new Uint8Array(0),
    "models/two-bytes.gguf": enc.encode("GG"),
    "models/not-really.gguf": enc.encode("this is a text file, not a model\n"),
    "models/bad-version.gguf": new Uint8Array([...enc.encode("GGUF"), 99, 0, 0, 0, ...new Uint8Array(16)]),
    "models/short.safetensors": new Uint8Array([1, 2, 3]),
    "models/liar.safetensors": new Uint8Array([...u64(1 << 20), ...enc.encode('{"__metadata__":{}}')]),
    "models/garbage.safetensors": new Uint8Array([...u64(12), ...enc.encode("{not json!!}")]),
    "models/array.safetensors": new Uint8Array([...u64(2), ...enc.encode("[]")]),
    "models/broken-pointer.bin": lfsPointer("xyz", "many"),
    // Bad text files, each still holding a reference where one can be read.
    "nb/cut.ipynb":
      '{"cells": [{"cell_type": "code", "source": ["x = 1  # https://huggingface.co/nb-org/cut-nb-model\\n"',
    "nb/list.ipynb": "[1, 2, 3]",
    "nb/null-cells.ipynb": '{"cells": null}',
    "nb/bad-source.ipynb": '{"cells": [{"cell_type": "code", "source": 42}, {"cell_type": "code"}]}',
    "conf/bad.yaml": 'model: yaml-org/yaml-model\n\tkey: "unclosed\n  - [ {\n: : :\n',
    "conf/anchors.yaml": `a: &a [${"*a, ".repeat(50)}]\nmodel: yaml-org/anchor-model\n`,
    "conf/bad.json": '{"model_name_or_path": "json-org/json-model", "x": [1, 2,',
    "conf/bad.toml": 'model = "toml-org/toml-model"\n[[[\nkey = """never closed\n',
    "bin/blob.dat": new Uint8Array([
      0,
      1,
      2,
      3,
      0,
      255,
      254,
      0,
      ...enc.encode("huggingface.co/bin-org/never"),
    ]),
    "text/latin1.py": new Uint8Array([
      ...enc.encode("# caf\xe9 "),
      0xe9,
      0xff,
      0xfe,
      ...enc.encode('\nm = AutoModel.from_pretrained("utf-org/latin-model")\n'),
    ]),
    "web/min.js": `${"var a=1;".repeat(120_000)}pipeline("feature-extraction","min-org/min-model");`,
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  // A deep tree, with a reference at the bottom.
  const deep = path.join(root, ...Array.from({ length: 60 }, (_, k) => `d${k}`));
  mkdirSync(deep, { recursive: true });
  writeFileSync(path.join(deep, "deep.py"), 'pipeline("text-generation", model="deep-org/deep-model")\n');
  // Links out of the tree (and a loop) must not be followed.
  const outside = mkdtempSync(path.join(os.tmpdir(), "mlg-outside-"));
  writeFileSync(path.join(outside, "secret.py"), 'AutoModel.from_pretrained("outside-org/outside-model")\n');
  symlinkSync(path.join(outside, "secret.py"), path.join(root, "src", "link-out.py"));
  symlinkSync(outside, path.join(root, "linked-dir"));
  symlinkSync(path.join(root, "loop"), path.join(root, "loop"));
  return {
    "models/cut.gguf": /truncated GGUF/i,
    "models/empty.gguf": /truncated GGUF.*0 bytes/i,
    "models/two-bytes.gguf": /truncated GGUF/i,
    "models/not-really.gguf": /not a GGUF file/i,
    "models/bad-version.gguf": /unsupported GGUF version 99/i,
    "models/short.safetensors": /truncated safetensors/i,
    "models/liar.safetensors": /declared length .* exceeds the file/i,
    "models/garbage.safetensors": /malformed safetensors header/i,
    "models/array.safetensors": /malformed safetensors header: not an object/i,
    "models/broken-pointer.bin": /malformed Git LFS pointer/i,
    "nb/cut.ipynb": /not a valid notebook: .*end of JSON at line 1, column \d+/i,
    "nb/list.ipynb": /not a valid notebook: no cells array/i,
    "nb/null-cells.ipynb": /not a valid notebook/i,
  };
}

const GOOD = [
  "good-org/py-model",
  "nb-org/cut-nb-model",
  "yaml-org/anchor-model",
  "utf-org/latin-model",
  "min-org/min-model",
  "deep-org/deep-model",
];

let root: string;
let expected: Record<string, RegExp>;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "mlg-malformed-"));
  expected = buildTree(root);
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("collectReferences on a tree of malformed files", () => {
  it("names every bad file with the reason, and still finds the good references", async () => {
    const t0 = performance.now();
    const { refs, errors } = await collectReferences(root);
    expect(performance.now() - t0).toBeLessThan(15_000);
    for (const [file, why] of Object.entries(expected)) {
      const line = errors.find((e) => e.startsWith(`${file}: `));
      expect(line, `no finding for ${file} in ${JSON.stringify(errors)}`).toBeDefined();
      expect(line).toMatch(why);
    }
    const ids = refs.map((r) => r.id);
    for (const id of GOOD) expect(ids).toContain(id);
    // Good weight files: their header facts are read, and they report no error.
    const good = refs.find((r) => r.id === "models/good.gguf");
    expect(good?.header).toMatchObject({ format: "gguf", license: "apache-2.0" });
    expect(refs.find((r) => r.id === "models/good.safetensors")?.header).toMatchObject({ license: "mit" });
    expect(refs.find((r) => r.id === "models/pointer.safetensors")?.header).toMatchObject({
      format: "lfs-pointer",
    });
    for (const f of ["models/good.gguf", "models/good.safetensors", "models/pointer.safetensors"])
      expect(errors.filter((e) => e.startsWith(`${f}:`))).toEqual([]);
    // Nothing from behind a link out of the tree, nothing from binary data.
    expect(ids).not.toContain("outside-org/outside-model");
    expect(ids).not.toContain("bin-org/never");
  });

  it("reports every weight file as a reference, bad header or not, on line 1", async () => {
    const { refs } = await collectReferences(root);
    const weights = refs.filter((r) => r.kind === "weights-file").map((r) => r.id);
    for (const f of Object.keys(expected).filter((f) => f.startsWith("models/")))
      expect(weights).toContain(f);
    for (const r of refs.filter((r) => r.kind === "weights-file"))
      expect(r.locations).toEqual([{ file: r.id, line: 1 }]);
  });
});

describe("a policy with a glob too long for the matcher", () => {
  it("is a placed error when read, not a crash when a file or license is matched", () => {
    const text = `version: 1\nignore:\n  paths: ["${"a/".repeat(40_000)}"]\ndeny:\n  licenses: ["${"x".repeat(2_000)}"]\n`;
    let error: unknown;
    try {
      parsePolicy(text, "policy.yml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).all.map((e) => e.message)).toEqual([
      "policy.yml:3:11: ignore.paths: an entry of 80000 characters; the limit is 1024",
      "policy.yml:5:14: deny.licenses: an entry of 2000 characters; the limit is 1024",
    ]);
  });
});

interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** dist/cli.js as a user runs it, killed if it hangs. */
function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "dist", "cli.js"), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d;
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d;
    });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

/** No stack trace or internal error reaches the user. */
function expectNoCrash(run: CliRun): void {
  expect(run.signal, "killed: the CLI hung").toBeNull();
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|TypeError|RangeError|ReferenceError|SyntaxError: /);
}

describe("the CLI on the same tree", () => {
  let hub: HubServer;
  beforeAll(async () => {
    hub = await startHub({
      models: {
        "good-org/py-model": { cardData: { license: "apache-2.0" }, sha: "a".repeat(40) },
        "deep-org/deep-model": { cardData: { license: "mit" }, sha: "b".repeat(40) },
      },
    });
  });
  afterAll(async () => {
    await hub?.close();
  });

  it("refs: exit 0, JSON on stdout, one warning per bad file on stderr", async () => {
    const run = await cli(["refs", "."], root);
    expectNoCrash(run);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { references: { id: string; kind: string }[] };
    const ids = out.references.map((r) => r.id);
    for (const id of GOOD) expect(ids).toContain(id);
    for (const [file, why] of Object.entries(expected)) {
      const line = run.stderr.split("\n").find((l) => l.includes(`${file}: `));
      expect(line, `no warning for ${file}`).toBeDefined();
      expect(line).toMatch(why);
    }
  });

  it("refs of single malformed files, one at a time", async () => {
    for (const file of ["models/cut.gguf", "models/liar.safetensors", "nb/cut.ipynb", "conf/bad.json"]) {
      const run = await cli(["refs", file, "--format", "table"], root);
      expectNoCrash(run);
      expect(run.status, `${file}: ${run.stderr}`).toBe(0);
    }
  });

  it("policy check: a glob too long for the matcher is a placed error (exit 2), not a crash", async () => {
    const file = path.join(root, "long-glob.yml");
    writeFileSync(file, `version: 1\nignore:\n  paths: ["${"a/".repeat(1_000)}"]\n`);
    const run = await cli(["policy", "check", "long-glob.yml"], root);
    expectNoCrash(run);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toMatch(
      /long-glob\.yml:3:11: ignore\.paths: an entry of 2000 characters; the limit is 1024/,
    );
  });

  it("scan against a loopback Hub: a verdict, the bad files named, no crash", async () => {
    const run = await cli(["scan", ".", "--hub-url", hub.url, "--format", "json"], root);
    expectNoCrash(run);
    // pass/warn (0) or fail (1): the unknown ids and weights without a license may fail the default policy.
    expect([0, 1], run.stderr).toContain(run.status);
    const report = JSON.parse(run.stdout) as {
      verdict: string;
      references: { id: string; verdict: string }[];
      errors: string[];
    };
    expect(["pass", "warn", "fail"]).toContain(report.verdict);
    const ids = report.references.map((r) => r.id);
    expect(ids).toContain("good-org/py-model");
    expect(ids).toContain("deep-org/deep-model");
    const all = `${report.errors.join("\n")}\n${run.stderr}`;
    for (const file of ["models/cut.gguf", "models/liar.safetensors", "models/broken-pointer.bin"])
      expect(all).toContain(file);
  });
});

describe("hostile file names and model metadata, through the CLI", () => {
  let dir: string;
  let hub: HubServer;
  const names = ["a\n::error::pwned <img src=x> @admin.py", "b\u001b[31mred|pipe`tick.py"];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "mlg-names-"));
    for (const n of names)
      writeFileSync(path.join(dir, n), 'AutoModel.from_pretrained("evil-org/evil-model")\n');
    hub = await startHub({
      models: {
        "evil-org/evil-model": {
          cardData: {
            license: "other",
            license_name: "<script>x</script> @everyone [x](http://evil.example)",
          },
          sha: "c".repeat(40),
        },
      },
    });
  });
  afterAll(async () => {
    await hub?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("refs: JSON keeps the names exactly; the table prints no control character", async () => {
    const json = await cli(["refs", "."], dir);
    expect(json.status).toBe(0);
    const files = (JSON.parse(json.stdout) as { references: { locations: { file: string }[] }[] }).references
      .flatMap((r) => r.locations.map((l) => l.file))
      .sort();
    expect(files).toEqual([...names].sort());
    const table = await cli(["refs", ".", "--format", "table"], dir);
    expect(table.status).toBe(0);
    expect(table.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(table.stdout.split("\n").some((l) => l.startsWith("::"))).toBe(false);
  });

  it("scan --format markdown: names and license names are inert text", async () => {
    const run = await cli(["scan", ".", "--hub-url", hub.url, "--format", "markdown"], dir);
    expectNoCrash(run);
    expect([0, 1]).toContain(run.status);
    expect(run.stdout).toContain("evil-org/evil-model");
    expect(run.stdout).not.toMatch(/<img|<script|\u001b|\]\(http:\/\/evil/);
    expect(run.stdout).not.toMatch(/(^|[^\u200b])@(admin|everyone)/m);
    expect(run.stdout.split("\n").some((l) => l.startsWith("::"))).toBe(false);
  });
});

describe("malformed files added by a change, in diff mode (read from git, not the disk)", () => {
  let repo: TestRepo;
  let hub: HubServer;
  beforeAll(async () => {
    repo = createRepo({ "src/train.py": "import os\n", "conf/app.yaml": "port: 1\n" });
    const gguf = ggufHeader([
      ["general.name", "Tiny"],
      ["general.license", "apache-2.0"],
    ]);
    mkdirSync(path.join(repo.dir, "models"), { recursive: true });
    writeFileSync(path.join(repo.dir, "models", "cut.gguf"), gguf.bytes.subarray(0, gguf.licenseEnd - 2));
    writeFileSync(
      path.join(repo.dir, "models", "liar.safetensors"),
      new Uint8Array([...u64(1 << 20), 123, 125]),
    );
    repo.head = repo.commit({
      "src/train.py": 'import os\nm = AutoModel.from_pretrained("diff-org/diff-model")\n',
      "conf/app.yaml": 'port: 1\nmodel: "unclosed\n\t- [\n',
      "nb/cut.ipynb": '{"cells": [{"cell_type": "code", "source": ["x"',
      "models/pointer.bin": lfsPointer("nothex", "x"),
    });
    hub = await startHub({
      models: { "diff-org/diff-model": { cardData: { license: "mit" }, sha: "d".repeat(40) } },
    });
  });
  afterAll(async () => {
    await hub?.close();
    repo?.remove();
  });

  it("refs --diff: the changed reference, and a warning naming each bad file", async () => {
    const run = await cli(["refs", "--diff", `${repo.base}...${repo.head}`], repo.dir);
    expectNoCrash(run);
    expect(run.status, run.stderr).toBe(0);
    const ids = (JSON.parse(run.stdout) as { references: { id: string }[] }).references.map((r) => r.id);
    expect(ids).toContain("diff-org/diff-model");
    expect(run.stderr).toMatch(/models\/cut\.gguf: truncated GGUF/);
    expect(run.stderr).toMatch(/models\/liar\.safetensors: malformed safetensors header: declared length/);
    expect(run.stderr).toMatch(/models\/pointer\.bin: malformed Git LFS pointer/);
    expect(run.stderr).toMatch(/nb\/cut\.ipynb: not a valid notebook/);
  });

  it("scan --diff: a verdict for the change, no crash", async () => {
    const run = await cli(
      ["scan", "--diff", `${repo.base}...${repo.head}`, "--hub-url", hub.url, "--format", "json"],
      repo.dir,
    );
    expectNoCrash(run);
    expect([0, 1], run.stderr).toContain(run.status);
    const report = JSON.parse(run.stdout) as { references: { id: string; verdict: string }[] };
    expect(report.references.find((r) => r.id === "diff-org/diff-model")?.verdict).toBe("pass");
  });
});
