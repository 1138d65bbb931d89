// `npm test` must fail when dist/ is not what the sources build: the action runs dist/, not src/.
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/git-repo.js";

describe("check-dist", () => {
  it("fails, naming the file, when a bundle differs from a fresh build", () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), "mlg-stale-"));
    try {
      cpSync(path.join(REPO_ROOT, "dist"), copy, { recursive: true });
      appendFileSync(path.join(copy, "cli.js"), "// edited by hand\n");
      const run = spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts", "check-dist.mjs"), copy], {
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("stale: dist/cli.js");
      expect(run.stderr).toContain("npm run build");
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 180_000);
});
