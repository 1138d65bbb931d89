import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { CommandIO } from "../../src/commands/io.js";
import { runPolicy } from "../../src/commands/policy.js";
import { loadPreset } from "../../src/policy/index.js";

let dir: string;
let outside: string;

function io(cwd = dir) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env: {},
    isTTY: false,
  };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mlg-policy-"));
  outside = mkdtempSync(path.join(os.tmpdir(), "mlg-outside-"));
  mkdirSync(path.join(dir, ".git"));
  mkdirSync(path.join(dir, ".github"));
  mkdirSync(path.join(dir, "shared"));
  writeFileSync(path.join(dir, "shared/base.yml"), "version: 1\ndeny:\n  licenses: [agpl-3.0]\n");
  writeFileSync(
    path.join(dir, ".github/model-license-policy.yml"),
    "version: 1\nextends: [commercial, shared/base.yml]\nunmatched: fail\n",
  );
  writeFileSync(
    path.join(dir, ".github/bad.yml"),
    "version: 1\ndeny:\n  categories: [non-comercial]\nunmatched: nope\n",
  );
  writeFileSync(path.join(outside, "secret.yml"), "version: 1\n");
  symlinkSync(path.join(outside, "secret.yml"), path.join(dir, "shared/link.yml"));
  writeFileSync(path.join(dir, ".github/escape.yml"), "version: 1\nextends: [shared/link.yml]\n");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe("policy check", () => {
  it("a valid file: exit 0 and FILE: valid, with extends read from the repository root", async () => {
    const t = io(path.join(dir, ".github"));
    expect(await runPolicy(["check", "model-license-policy.yml"], t.io)).toBe(0);
    expect(t.out()).toBe("model-license-policy.yml: valid\n");
    expect(t.err()).toBe("");
  });

  it("an invalid file: exit 2 and one file:line:col: message line per error", async () => {
    const t = io();
    expect(await runPolicy(["check", ".github/bad.yml"], t.io)).toBe(2);
    expect(t.out()).toBe("");
    expect(t.err()).toBe(
      '.github/bad.yml:3:16: unknown category "non-comercial" in deny.categories: did you mean "non-commercial"?\n' +
        '.github/bad.yml:4:12: unknown verdict "nope" in unmatched (expected pass, warn or fail)\n',
    );
  });

  it("checks several files and fails if any is invalid", async () => {
    const t = io();
    expect(await runPolicy(["check", ".github/model-license-policy.yml", ".github/bad.yml"], t.io)).toBe(2);
    expect(t.out()).toBe(".github/model-license-policy.yml: valid\n");
  });

  it("a missing file or a folder: exit 2 with a clear message", async () => {
    const t = io();
    expect(await runPolicy(["check", "nope.yml"], t.io)).toBe(2);
    expect(t.err()).toBe("nope.yml: cannot read: no such file\n");
    const f = io();
    expect(await runPolicy(["check", ".github"], f.io)).toBe(2);
    expect(f.err()).toBe(".github: cannot read: is a folder\n");
  });

  it("an extends link that leads out of the repository is refused", async () => {
    const t = io();
    expect(await runPolicy(["check", ".github/escape.yml"], t.io)).toBe(2);
    expect(t.err()).toBe(
      '.github/escape.yml:2:11: extends "shared/link.yml": cannot read it (it resolves outside the repository)\n',
    );
  });

  it("usage errors exit 2: no file, unknown subcommand, unknown option", async () => {
    for (const argv of [["check"], ["lint", "x"], [], ["check", "--strict", "x.yml"]]) {
      const t = io();
      expect(await runPolicy(argv, t.io)).toBe(2);
      expect(t.err()).toContain("Usage: model-license-gate policy");
    }
  });

  it("--help prints the usage and exits 0", async () => {
    const t = io();
    expect(await runPolicy(["--help"], t.io)).toBe(0);
    expect(t.out()).toContain("policy check FILE");
    const c = io();
    expect(await runPolicy(["check", "--help"], c.io)).toBe(0);
  });
});

describe("policy show", () => {
  it("prints the merged policy as YAML that reads back to the same rules", async () => {
    const t = io();
    expect(await runPolicy(["show", ".github/model-license-policy.yml"], t.io)).toBe(0);
    expect(t.out()).toMatch(/^# effective policy from \.github\/model-license-policy\.yml\n/);
    const shown = parse(t.out());
    const commercial = loadPreset("commercial");
    expect(shown.deny.licenses).toEqual(["agpl-3.0"]);
    expect(shown.deny.categories).toEqual(commercial.deny.categories);
    expect(shown.unmatched).toBe("fail");
  });

  it("prints a preset, and refuses an unknown one", async () => {
    const t = io();
    expect(await runPolicy(["show", "--preset", "research"], t.io)).toBe(0);
    expect(parse(t.out()).allow.categories).toContain("research-only");
    const u = io();
    expect(await runPolicy(["show", "--preset", "reserch"], u.io)).toBe(2);
    expect(u.err()).toContain('did you mean "research"?');
  });
});

describe("scripts/gen-presets.mjs", () => {
  it("--check passes on the committed generated file", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    expect(() =>
      execFileSync(process.execPath, [path.join(root, "scripts/gen-presets.mjs"), "--check"], {
        stdio: "pipe",
      }),
    ).not.toThrow();
  });
});
