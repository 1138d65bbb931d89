import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runClassify } from "../../src/commands/classify.js";
import type { CommandIO } from "../../src/commands/io.js";

const spdx = (id: string): string =>
  createRequire(import.meta.url)(`spdx-license-list/licenses/${id}.json`).licenseText;

let dir: string;

async function run(argv: string[], isTTY = false) {
  let stdout = "";
  let stderr = "";
  const io: CommandIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: dir,
    env: {},
    isTTY,
  };
  const code = await runClassify(argv, io);
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "classify-cmd-"));
  writeFileSync(path.join(dir, "LICENSE"), spdx("MIT").replace("<year> <copyright holders>", "2024 Example"));
  writeFileSync(
    path.join(dir, "LICENSE-MODEL"),
    [
      "ACME OPEN WEIGHTS LICENSE",
      "You may use the weights commercially unless your services exceed 120 million monthly active users.",
      "Organizations with annual revenue above US$ 3 million must obtain an enterprise license.",
      "You agree not to use the weights for military purposes.",
    ].join("\n\n"),
  );
  writeFileSync(path.join(dir, "CC.txt"), spdx("CC-BY-NC-4.0"), { encoding: "utf8" });
  writeFileSync(path.join(dir, "weights.bin"), Buffer.from([0, 1, 2, 3, 0, 255, 254]));
  writeFileSync(path.join(dir, "bad\u001b[31mname.txt"), "MIT");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("classify command", () => {
  it("prints the JSON the contract describes", async () => {
    const { code, stdout } = await run(["LICENSE", "LICENSE-MODEL", "CC.txt", "--format", "json"]);
    expect(code).toBe(0);
    const { results } = JSON.parse(stdout);
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({
      file: "LICENSE",
      license: "mit",
      spdx: "MIT",
      categories: ["permissive"],
    });
    expect(results[0].confidence).toBeGreaterThan(0.9);
    expect(results[0].clauses).toEqual({
      mauThreshold: null,
      revenueThreshold: null,
      nonCommercial: false,
      useRestrictions: false,
      attribution: false,
      derivativeNaming: false,
      licensePropagation: false,
      registration: false,
    });
    expect(results[1]).toMatchObject({ license: null, spdx: null, categories: ["unknown"] });
    expect(results[1].clauses).toMatchObject({
      mauThreshold: 120_000_000,
      revenueThreshold: { amount: 3_000_000, currency: "USD", period: "year" },
      useRestrictions: true,
      nonCommercial: false,
    });
    expect(results[2]).toMatchObject({ license: "cc-by-nc-4.0", categories: ["non-commercial"] });
    expect(results[2].clauses.nonCommercial).toBe(true);
  });

  it("prints a table with the clause numbers", async () => {
    const { code, stdout } = await run(["LICENSE-MODEL", "LICENSE", "--format", "table"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^FILE\s+LICENSE\s+SPDX\s+CONF\s+CATEGORIES\s+CLAUSES$/);
    expect(lines[1]).toMatch(/mau-threshold 120,000,000/);
    expect(lines[1]).toMatch(/revenue-threshold 3,000,000 USD\/year/);
    expect(lines[2]).toMatch(/^LICENSE\s+mit\s+MIT\s+1\.00\s+permissive\s+-$/);
  });

  it("defaults to a table on a terminal and JSON elsewhere", async () => {
    expect((await run(["LICENSE"], true)).stdout).toMatch(/^FILE/);
    expect(JSON.parse((await run(["LICENSE"], false)).stdout).results[0].license).toBe("mit");
  });

  it("reports unreadable files with their name and exits 2, still printing the others", async () => {
    const { code, stdout, stderr } = await run(["missing.txt", "weights.bin", "LICENSE"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing\.txt: no such file/);
    expect(stderr).toMatch(/weights\.bin: binary file/);
    const { results } = JSON.parse(stdout);
    expect(results.map((r: { file: string; error?: string }) => [r.file, r.error])).toEqual([
      ["missing.txt", "no such file"],
      ["weights.bin", "binary file, not a license text"],
      ["LICENSE", undefined],
    ]);
  });

  it("keeps control characters of file names out of the terminal", async () => {
    const { stdout } = await run(["bad\u001b[31mname.txt", "--format", "table"]);
    expect(stdout).not.toContain("\u001b");
    expect(stdout).toContain("bad?[31mname.txt");
  });

  it("explains usage errors", async () => {
    expect((await run([])).code).toBe(2);
    const bad = await run(["LICENSE", "--format", "xml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be json or table/);
    const unknown = await run(["--bogus"]);
    expect(unknown.code).toBe(2);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: model-license-gate classify FILE/);
  });
});
