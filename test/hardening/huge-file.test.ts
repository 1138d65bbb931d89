// A huge file in the tree (a data dump, a log) must not be read whole to find out it is binary or
// too big: memory stays bounded whatever the repository holds. Own file, so that the process's
// peak memory belongs to this test alone.
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectReferences } from "../../src/workspace/index.js";

const HUGE = 400 * 2 ** 20;
let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "mlg-huge-"));
  // Sparse: 400 MB of zeros that take no disk space.
  const fd = openSync(path.join(root, "dump.py"), "w");
  ftruncateSync(fd, HUGE);
  closeSync(fd);
  writeFileSync(path.join(root, "ok.py"), 'AutoModel.from_pretrained("huge-org/ok-model")\n');
  // 65 MB of text: past the limit, so skipped with a message rather than held in memory.
  writeFileSync(path.join(root, "big.log"), "x".repeat(65 * 2 ** 20));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a 400 MB file in the tree", () => {
  // First: maxRSS is a high-water mark, so this must be the process's first scan.
  it("is sniffed from its first bytes: the scan's peak memory grows by far less than the file", async () => {
    const before = process.resourceUsage().maxRSS * 1024;
    await collectReferences(root);
    const grown = process.resourceUsage().maxRSS * 1024 - before;
    expect(grown).toBeLessThan(HUGE / 4);
  });

  it("does not stop the scan of its neighbours", async () => {
    const { refs } = await collectReferences(root);
    expect(refs.map((r) => r.id)).toContain("huge-org/ok-model");
  });

  it("a text file past the size limit is skipped with a message naming it", async () => {
    const { errors } = await collectReferences(root);
    expect(errors).toContainEqual(expect.stringMatching(/^big\.log: skipped: more than 64 MB of text/));
    expect(errors.some((e) => e.startsWith("dump.py"))).toBe(false);
  });

  it("the reader thread (large trees) skips them the same way", async () => {
    const { refs, errors } = await collectReferences(root, { readerThread: true });
    expect(refs.map((r) => r.id)).toContain("huge-org/ok-model");
    expect(errors).toContainEqual(expect.stringMatching(/^big\.log: skipped: more than 64 MB of text/));
  });
});
