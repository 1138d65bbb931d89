// dist/cli.js as a user runs it: exit statuses, formats, the policy of the base commit, bad input.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepo, createSampleRepo, REPO_ROOT, type TestRepo } from "../helpers/git-repo.js";
import { type HubServer, SAMPLE_HUB, startHub } from "../servers/hub.js";

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, "dist", "cli.js"), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d;
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d;
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("model-license-gate CLI", () => {
  let hub: HubServer;
  let sample: TestRepo;

  beforeAll(async () => {
    hub = await startHub(SAMPLE_HUB);
    sample = createSampleRepo();
  });
  afterAll(async () => {
    await hub?.close();
    sample?.remove();
  });

  it("scan --diff exits 1 on fail and prints the table with every verdict", async () => {
    const run = await cli(
      ["scan", "--diff", `${sample.base}...${sample.head}`, "--hub-url", hub.url],
      sample.dir,
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^fail\s+facebook\/musicgen-small/m);
    expect(run.stdout).toMatch(/^warn\s+acme\/llama-3-8b-support-ft/m);
    expect(run.stdout).toMatch(/^pass\s+google-bert\/bert-base-uncased/m);
    expect(run.stdout).not.toContain("stable-diffusion-xl");
    expect(run.stdout).toMatch(/after merge/);
  });

  it("scan of the whole tree uses the tree's policy and reads HF_ENDPOINT", async () => {
    const run = await cli(["scan", "--format", "json"], sample.dir, { HF_ENDPOINT: hub.url });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.verdict).toBe("pass");
    expect(report.references.map((r: { id: string }) => r.id)).toContain(
      "stabilityai/stable-diffusion-xl-base-1.0",
    );
  });

  it("writes SARIF and CycloneDX reports with --output", async () => {
    for (const format of ["sarif", "cyclonedx"]) {
      const out = path.join(sample.dir, `.out.${format}.json`);
      const run = await cli(
        [
          "scan",
          "--diff",
          `${sample.base}...${sample.head}`,
          "--hub-url",
          hub.url,
          "--format",
          format,
          "--output",
          out,
        ],
        sample.dir,
      );
      expect(run.status).toBe(1);
      const doc = JSON.parse(readFileSync(out, "utf8"));
      if (format === "sarif") expect(doc.version).toBe("2.1.0");
      else expect(doc.specVersion).toBe("1.6");
    }
  });

  it("a broken policy file exits 2 with file:line:col", async () => {
    const repo = createRepo({
      "policy.yml": "version: 1\ndeny:\n  categories: [network-copyleftt]\n",
      "app.py": 'AutoModel.from_pretrained("google-bert/bert-base-uncased")\n',
    });
    try {
      const run = await cli(["scan", "--policy", "policy.yml", "--hub-url", hub.url], repo.dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^policy\.yml:3:\d+: .*network-copyleftt.*network-copyleft/m);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      const check = await cli(["policy", "check", "policy.yml"], repo.dir);
      expect(check.status).toBe(2);
      expect(check.stdout + check.stderr).toMatch(/policy\.yml:3:\d+:/);
    } finally {
      repo.remove();
    }
  });

  it("bad usage exits 2 with help, --help exits 0", async () => {
    expect((await cli(["scan", "--format", "pdf"], sample.dir)).status).toBe(2);
    expect((await cli(["scan", "--diff", "nope...HEAD"], sample.dir)).status).toBe(2);
    expect((await cli(["frobnicate"], sample.dir)).status).toBe(2);
    for (const command of ["scan", "refs", "classify", "policy"]) {
      const help = await cli([command, "--help"], sample.dir);
      expect(help.status, command).toBe(0);
      expect(help.stdout).toMatch(/usage/i);
    }
  });

  it("refs of a large tree (read on two threads by the bundle) finds every reference once", async () => {
    // Over 1,500 files the bundle starts its reader thread, whose code is a string built from the
    // bundled gate: this runs that code as shipped.
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlg-cli-large-"));
    try {
      const ids: string[] = [];
      for (let i = 0; i < 2_000; i++) {
        const sub = path.join(dir, `d${i % 20}`);
        if (i < 20) mkdirSync(sub);
        const id = `org${i % 3}/model-${i}`;
        if (i % 2 === 1) {
          let body = `def f${i}(x):\n    return x + ${i}\n`;
          if (i % 40 === 1) body += `m = AutoModel.from_pretrained(\n    "${id}",\n)\n`;
          writeFileSync(path.join(sub, `f${i}.py`), body);
        } else
          writeFileSync(path.join(sub, `f${i}.yaml`), i % 40 === 0 ? `base_model: ${id}\n` : `k${i}: ${i}\n`);
        if (i % 40 <= 1) ids.push(id);
      }
      const run = await cli(["refs", dir], dir);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const found = (JSON.parse(run.stdout) as { references: { id: string }[] }).references.map((r) => r.id);
      expect(found.sort()).toEqual([...ids].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a Hub that is down gives unresolved findings, not a crash", async () => {
    const run = await cli(
      [
        "scan",
        "--diff",
        `${sample.base}...${sample.head}`,
        "--hub-url",
        "http://127.0.0.1:9",
        "--format",
        "json",
      ],
      sample.dir,
    );
    expect([0, 1]).toContain(run.status);
    const report = JSON.parse(run.stdout);
    const musicgen = report.references.find((r: { id: string }) => r.id === "facebook/musicgen-small");
    expect(musicgen.weights.categories).toContain("unresolved");
    expect(report.errors.length).toBeGreaterThan(0);
  }, 60_000);
});
