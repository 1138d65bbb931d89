import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CommandIO } from "../../src/commands/io.js";
import { runRefs } from "../../src/commands/refs.js";
import { commitAll, initRepo, remove, write } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) remove(d);
});

function run(argv: string[], cwd: string, isTTY = false) {
  let out = "";
  let err = "";
  const io: CommandIO = {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    cwd,
    env: {},
    isTTY,
  };
  return runRefs(argv, io).then((code) => ({ code, out, err }));
}

describe("refs command", () => {
  const root = initRepo();
  dirs.push(root);
  write(
    root,
    "app/main.py",
    'm = AutoModel.from_pretrained("org/first")\nn = AutoModel.from_pretrained("org/first")\n',
  );
  write(root, "app/cfg.yaml", "model_id: org/first\nfallback: acme/thing-x\n");
  const base = commitAll(root, "base");
  write(root, "app/new.py", 'd = load_dataset("org/new-data", revision="v1")\n');
  const head = commitAll(root, "head");

  it("prints the contract JSON with paths relative to the working directory", async () => {
    const { code, out, err } = await run(["app"], root);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(JSON.parse(out)).toEqual({
      references: [
        {
          id: "acme/thing-x",
          kind: "hf-model",
          confidence: 0.3,
          locations: [{ file: "app/cfg.yaml", line: 2 }],
        },
        {
          id: "org/first",
          kind: "hf-model",
          confidence: 1,
          locations: [
            { file: "app/cfg.yaml", line: 1 },
            { file: "app/main.py", line: 1 },
            { file: "app/main.py", line: 2 },
          ],
        },
        {
          id: "org/new-data",
          kind: "hf-dataset",
          revision: "v1",
          confidence: 1,
          locations: [{ file: "app/new.py", line: 1 }],
        },
      ],
    });
    const sub = await run(["."], path.join(root, "app"));
    expect(JSON.parse(sub.out).references[1].locations[0]).toEqual({ file: "cfg.yaml", line: 1 });
  });

  it("limits to a change with --diff and to single files", async () => {
    const diff = await run(["--diff", `${base}...${head}`], root);
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.out).references.map((r: { id: string }) => r.id)).toEqual(["org/new-data"]);
    const one = await run(["app/main.py"], root);
    expect(JSON.parse(one.out).references).toEqual([
      {
        id: "org/first",
        kind: "hf-model",
        confidence: 1,
        locations: [
          { file: "app/main.py", line: 1 },
          { file: "app/main.py", line: 2 },
        ],
      },
    ]);
  });

  it("shows a progress line on a terminal only, and keeps stdout clean", async () => {
    const tty = await run(["app"], root, true);
    expect(tty.err).toMatch(/\rrefs: 0\/\d+ files read/);
    expect(JSON.parse(tty.out).references).toHaveLength(3);
    const pipe = await run(["app"], root, false);
    expect(pipe.err).toBe("");
  });

  it("prints a table", async () => {
    const { code, out } = await run(["--format", "table", "app"], root);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toMatch(/^ID\s+KIND\s+REVISION\s+CONFIDENCE\s+LOCATIONS$/);
    expect(out).toContain("app/main.py:1, app/main.py:2");
  });

  it("exits 2 with a clear message on bad usage", async () => {
    for (const [argv, msg] of [
      [["--format", "xml"], /unknown --format 'xml'/],
      [["--diff", "HEAD"], /--diff expects BASE...HEAD/],
      [["--bogus"], /Unknown option '--bogus'/],
      [["no/such/dir"], /no\/such\/dir: no such file or directory/],
      [["--diff", "nope...HEAD"], /bad revision|unknown revision/],
    ] as const) {
      const r = await run([...argv], root);
      expect(r.code, String(argv)).toBe(2);
      expect(r.err).toMatch(msg);
      expect(r.out).toBe("");
    }
    const help = await run(["--help"], root);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: model-license-gate refs/);
  });
});
