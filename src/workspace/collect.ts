// Reads the files of a tree (or of a change) and runs the detectors: text files whole, weight
// files by their first bytes only. Problems with a file become "file: message" strings; nothing
// about a file's content makes this throw.

import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import {
  detectWeights,
  fileKind,
  GATES,
  groupReferences,
  isWeightsFile,
  scanText,
  WEIGHTS_HEAD_BYTES,
} from "../detect/index.js";
import type { ChangedFile, ModelRef, RawReference } from "../types.js";
import { isInside, listFiles } from "./files.js";
import { readBlobHead, readBlobs } from "./gitread.js";
import {
  MAX_TEXT_BYTES,
  type ReadGates,
  readFiles,
  startReader,
  stopReader,
  WORKER_MIN_FILES,
} from "./reader.js";

export interface CollectOptions {
  /** Diff mode: only these files, and only their changed lines. */
  changed?: ChangedFile[] | null;
  /** Files the policy ignores. */
  ignore?: (file: string) => boolean;
  /** Read on a second thread (default: when there are many files). For benchmarks and tests. */
  readerThread?: boolean;
  /**
   * Files that fail the cheap tests of their kind (see GATES) are not decoded (default). False:
   * every file is decoded and detected (tests compare the two).
   */
  gate?: boolean;
  /** Called now and then with the files read so far and their total, for a progress line. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Diff mode: read the changed files as they are in this commit (the head of the diff) instead
   * of the working tree, so that line numbers match the diff whatever is checked out.
   */
  rev?: string;
}

const BINARY_SNIFF = 8192;

interface Job {
  file: string;
  lines: Set<number> | "all";
  /** Listed by listFiles, which already kept only files and links that stay inside. */
  listed?: boolean;
}

function readWeights(abs: string, file: string): { ref: RawReference; head: Uint8Array } {
  const fd = openSync(abs, "r");
  try {
    const { size } = fstatSync(fd);
    const want = Math.min(size, WEIGHTS_HEAD_BYTES);
    const head = new Uint8Array(want);
    let got = 0;
    while (got < want) {
      const n = readSync(fd, head, got, want - got, got);
      if (n === 0) break;
      got += n;
    }
    return { ref: detectWeights(file, head.subarray(0, got), size), head: head.subarray(0, got) };
  } finally {
    closeSync(fd);
  }
}

/** Files that are binary by their name: not worth reading whole to find out. */
const SKIP_EXT = new Set(
  (
    "png jpg jpeg gif bmp ico webp tif tiff psd pdf zip gz tgz bz2 xz zst 7z rar tar jar war whl egg so " +
    "dylib dll exe o a lib class pyc pyo wasm woff woff2 ttf otf eot mp3 mp4 m4a wav flac ogg avi mov " +
    "mkv webm parquet arrow feather npy npz pkl pickle joblib db sqlite sqlite3 lmdb tfrecord msgpack bin bin_"
  ).split(" "),
);

/** The lowercased text after the last dot of a path ("" when none). */
function extOf(file: string): string {
  const dot = file.lastIndexOf(".");
  return dot < 0 ? "" : file.slice(dot + 1).toLowerCase();
}

function skipByName(file: string): boolean {
  return SKIP_EXT.has(extOf(file));
}

function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case "ERR_FS_FILE_TOO_LARGE":
    case "ERR_STRING_TOO_LONG":
    case "MLG_TOO_LARGE":
      return `skipped: more than ${MAX_TEXT_BYTES / 1024 / 1024} MB of text`;
    case "ENOENT":
      return "not found in the working tree";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory, not a file";
    case "ELOOP":
      return "a link that loops";
    default:
      return err.message;
  }
}

/** The references of one text file's bytes, filtered to the changed lines in diff mode. */
function scanBytes(job: Job, bytes: Buffer, errors: string[]): RawReference[] {
  if (bytes.subarray(0, BINARY_SNIFF).includes(0)) return [];
  // Invalid UTF-8 decodes leniently (U+FFFD), and every byte offset maps to one line.
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const { refs, error } = scanText(job.file, text);
  if (error) errors.push(`${job.file}: ${error}`);
  if (job.lines === "all") return refs;
  const lines = job.lines;
  return refs.filter((r) => lines.has(r.line));
}

/**
 * Where a job's bytes are, or null when it needs no text read (weight files are handled here
 * with a bounded read, binary names are skipped, links out of the tree are refused).
 */
function prepare(
  realRoot: string,
  job: Job,
  errors: string[],
  out: RawReference[][],
  k: number,
): string | null {
  // Listed names are already normalized relative paths: joining them needs no path.join.
  let abs = job.listed ? `${realRoot}/${job.file}` : path.join(realRoot, job.file);
  const ext = extOf(job.file);
  try {
    // A path may be a link; what it points to must stay inside the tree.
    if (!job.listed && lstatSync(abs).isSymbolicLink()) {
      const target = realpathSync(abs);
      if (!isInside(realRoot, target)) {
        errors.push(`${job.file}: skipped, a link that points outside the scanned tree`);
        return null;
      }
      abs = target;
    }
    if (isWeightsFile(job.file)) {
      const { ref, head } = readWeights(abs, job.file);
      // Python's site .pth files (and other text with a weights extension) are not weights:
      // every binary weights format has NUL bytes early on.
      if (ref.header?.format === "other" && !head.subarray(0, BINARY_SNIFF).includes(0)) return abs;
      if (ref.header?.error) errors.push(`${job.file}: ${ref.header.error}`);
      out[k] = [ref];
      return null;
    }
    if (SKIP_EXT.has(ext)) return null;
    return abs;
  } catch (e) {
    errors.push(`${job.file}: ${describeError(e)}`);
    return null;
  }
}

const GATE_KINDS = Object.keys(GATES) as (keyof typeof GATES)[];
const GATE_TABLE = GATE_KINDS.map((k) => ({
  needles: GATES[k].needles,
  patterns: GATES[k].patterns.map((r) => ({ source: r.source, flags: r.flags })),
  ...(GATES[k].always ? { always: true } : {}),
}));

/** Which gate each file's text must pass to be worth decoding (see GATES). */
function gatesFor(files: string[]): ReadGates {
  const gateOf = new Uint8Array(files.length);
  for (let k = 0; k < files.length; k++) gateOf[k] = GATE_KINDS.indexOf(fileKind(files[k]!));
  return { table: GATE_TABLE, gateOf };
}

/** Diff mode at a commit: contents come from git (weight files by their first bytes only). */
async function collectAtRev(
  root: string,
  rev: string,
  jobs: Job[],
  perJob: RawReference[][],
  errors: string[],
): Promise<void> {
  const text: number[] = [];
  for (let k = 0; k < jobs.length; k++) {
    const job = jobs[k]!;
    if (isWeightsFile(job.file)) {
      try {
        const { head, size } = await readBlobHead(root, rev, job.file, WEIGHTS_HEAD_BYTES);
        const ref = detectWeights(job.file, head, size);
        if (ref.header?.error) errors.push(`${job.file}: ${ref.header.error}`);
        perJob[k] = [ref];
      } catch (e) {
        errors.push(`${job.file}: ${(e as Error).message}`);
      }
    } else if (!skipByName(job.file)) text.push(k);
  }
  if (text.length === 0) return;
  const blobs = await readBlobs(
    root,
    rev,
    text.map((k) => jobs[k]!.file),
  );
  blobs.forEach((b, i) => {
    const job = jobs[text[i]!]!;
    if ("error" in b) errors.push(`${job.file}: ${b.error}`);
    else perJob[text[i]!] = scanBytes(job, b.bytes, errors);
  });
}

/** Detect references across a tree (or the changed part of it), grouped. */
export async function collectReferences(
  root: string,
  options: CollectOptions = {},
): Promise<{ refs: ModelRef[]; errors: string[] }> {
  const errors: string[] = [];
  const realRoot = await realpath(root);
  // In a full scan, start the reader thread now: it boots while the tree is listed.
  // (A single core gains nothing from a second thread.)
  const reader =
    !options.changed && (options.readerThread ?? availableParallelism() > 1) ? startReader() : null;
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
    try {
      jobs = (await listFiles(realRoot)).map((file) => ({ file, lines: "all" as const, listed: true }));
    } catch (e) {
      stopReader(reader);
      throw e;
    }
  }
  if (options.ignore) {
    const ignore = options.ignore;
    jobs = jobs.filter((j) => !ignore(j.file));
  }
  const perJob: RawReference[][] = new Array(jobs.length);
  if (options.rev && options.changed) {
    await collectAtRev(realRoot, options.rev, jobs, perJob, errors);
  } else {
    const textJobs: number[] = [];
    const textPaths: string[] = [];
    for (let k = 0; k < jobs.length; k++) {
      const abs = prepare(realRoot, jobs[k]!, errors, perJob, k);
      if (abs !== null) {
        textJobs.push(k);
        textPaths.push(abs);
      }
    }
    await readFiles(
      textPaths,
      (r) => {
        const k = textJobs[r.index]!;
        const job = jobs[k]!;
        // A submodule bump lists a folder among the changed files: nothing to read there.
        if ("error" in r) {
          if (r.error.code !== "EISDIR") errors.push(`${job.file}: ${describeError(r.error)}`);
        } else perJob[k] = scanBytes(job, r.bytes, errors);
      },
      {
        thread: options.readerThread ?? (textPaths.length >= WORKER_MIN_FILES && availableParallelism() > 1),
        reader,
        gates: options.gate === false ? null : gatesFor(textJobs.map((k) => jobs[k]!.file)),
        ...(options.onProgress
          ? { onProgress: (done: number) => options.onProgress?.(done, textPaths.length) }
          : {}),
      },
    );
  }
  const raws: RawReference[] = [];
  for (const refs of perJob) if (refs) for (const r of refs) raws.push(r);
  errors.sort();
  return { refs: groupReferences(raws), errors };
}
