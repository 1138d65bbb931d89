// Benchmark children bundled by ncc exactly as dist/ is (minified, one file), so that what is timed
// is the code as it ships, not as tsx runs it. Each entry is built once per run.

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
// @ts-expect-error: a plain ES module of the build, shared with the benchmarks
import { bundle } from "../scripts/ncc.mjs";

const built = new Map<string, string>();

/** The bundled file of `entry` (a path from the repository root). */
export function childBundle(entry: string): string {
  let file = built.get(entry);
  if (!file) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlg-bench-bundle-"));
    bundle(entry, dir);
    file = path.join(dir, "index.js");
    built.set(entry, file);
  }
  return file;
}

/** Deletes every bundle built so far. */
export function removeBundles(): void {
  for (const file of built.values()) rmSync(path.dirname(file), { recursive: true, force: true });
  built.clear();
}
