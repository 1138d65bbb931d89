// Reads the files of a tree (or of a change) and runs the detectors: text files whole, weight
// files by their first bytes only. Problems with a file become "file: message" strings; nothing
// about a file's content makes this throw.

import { open, readFile, realpath } from "node:fs/promises";
import path from "node:path";
import {
  detectWeights,
  groupReferences,
  isWeightsFile,
  scanText,
  WEIGHTS_HEAD_BYTES,
} from "../detect/index.js";
import type { ChangedFile, ModelRef, RawReference } from "../types.js";
import { isInside, listFiles } from "./files.js";

export interface CollectOptions {
  /** Diff mode: only these files, and only their changed lines. */
  changed?: ChangedFile[] | null;
  /** Files the policy ignores. */
  ignore?: (file: string) => boolean;
}

/** Text files larger than this are not read (a clear error says so). */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;
const BINARY_SNIFF = 8192;
const CONCURRENCY = 32;

interface Job {
  file: string;
  lines: Set<number> | "all";
}

async function readWeights(abs: string, file: string): Promise<RawReference> {
  const fh = await open(abs, "r");
  try {
    const { size } = await fh.stat();
    const want = Math.min(size, WEIGHTS_HEAD_BYTES);
    const head = new Uint8Array(want);
    let got = 0;
    while (got < want) {
      const { bytesRead } = await fh.read(head, got, want - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return detectWeights(file, head.subarray(0, got), size);
  } finally {
    await fh.close();
  }
}

function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, BINARY_SNIFF).includes(0);
}

async function scanOne(realRoot: string, job: Job, errors: string[]): Promise<RawReference[]> {
  const abs = path.join(realRoot, job.file);
  try {
    // A path may be a link; what it points to must stay inside the tree.
    const target = await realpath(abs);
    if (!isInside(realRoot, target)) {
      errors.push(`${job.file}: skipped, a link that points outside the scanned tree`);
      return [];
    }
    if (isWeightsFile(job.file)) {
      const ref = await readWeights(target, job.file);
      if (ref.header?.error) errors.push(`${job.file}: ${ref.header.error}`);
      return [ref];
    }
    const buf = await readFile(target);
    if (buf.length > MAX_TEXT_BYTES) {
      errors.push(`${job.file}: skipped, larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB`);
      return [];
    }
    if (isBinary(buf)) return [];
    let text = buf.toString("utf8");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const { refs, error } = scanText(job.file, text);
    if (error) errors.push(`${job.file}: ${error}`);
    if (job.lines === "all") return refs;
    const lines = job.lines;
    return refs.filter((r) => lines.has(r.line));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === "ENOENT"
        ? "not found in the working tree"
        : err.code === "EACCES"
          ? "permission denied"
          : err.code === "EISDIR"
            ? "is a directory"
            : err.message;
    errors.push(`${job.file}: ${why}`);
    return [];
  }
}

/** Detect references across a tree (or the changed part of it), grouped. */
export async function collectReferences(
  root: string,
  options: CollectOptions = {},
): Promise<{ refs: ModelRef[]; errors: string[] }> {
  const errors: string[] = [];
  const realRoot = await realpath(root);
  let jobs: Job[];
  if (options.changed) {
    jobs = [];
    for (const c of options.changed) {
      if (c.status === "deleted") continue;
      // A pure rename (or mode change) brings no new line.
      if (c.lines !== "all" && c.lines.size === 0) continue;
      jobs.push({ file: c.path, lines: c.lines });
    }
  } else {
    jobs = (await listFiles(realRoot)).map((file) => ({ file, lines: "all" as const }));
  }
  if (options.ignore) {
    const ignore = options.ignore;
    jobs = jobs.filter((j) => !ignore(j.file));
  }
  const results: RawReference[][] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const k = next++;
      results[k] = await scanOne(realRoot, jobs[k]!, errors);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, jobs.length) }, worker));
  errors.sort();
  return { refs: groupReferences(results.flat()), errors };
}
