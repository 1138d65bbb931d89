// Reads many text files with the reading on a second thread, so that the main thread detects
// references in one batch while the next is read: on two cores the scan takes about the longer of
// the two instead of their sum. The worker's code is a string (no file of its own), which keeps
// the bundled action a single file; it only reads bytes and never interprets them.

import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { Worker } from "node:worker_threads";

/** Below this many files a worker's start-up costs more than it saves. */
export const WORKER_MIN_FILES = 1500;
const BATCH_FILES = 200;
const BATCH_BYTES = 8 * 1024 * 1024;
/** Batches read ahead of the main thread at most: bounds the memory of a slow consumer. */
const MAX_AHEAD = 6;
/** Text files above this are not scanned (a clear error instead): bounds a scan's memory. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

export type FileResult = { index: number; bytes: Buffer } | { index: number; error: NodeJS.ErrnoException };

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const { batchFiles, batchBytes, maxAhead, ahead, maxText } = workerData;
const counter = new Int32Array(ahead);
const scratch = Buffer.allocUnsafeSlow(batchBytes);
// The thread starts before the file list is known; the list arrives as the first message.
parentPort.once("message", ({ files, gates, gateOf, gateAlways }) => {
// Gates: files whose bytes cannot hold a reference are not sent at all (size -2). Tested on a
// latin1 view, which equals the text for ASCII; files with other bytes are always sent.
const compiled = gates ? gates.map((g) => ({
  always: g.always,
  needles: g.needles,
  patterns: g.patterns.map((p) => new RegExp(p.source, p.flags)),
})) : null;
const HIGH = /[\u0080-\u00ff]/;
// A native check (Node 18.15+) over the bytes is many times faster than a regex over the string.
const { isAscii } = require("node:buffer");
const passes = (buf, gate) => {
  if (!gate || gate.always) return true;
  if (isAscii && !isAscii(buf)) return true;
  const s = buf.latin1Slice(0, buf.length);
  if (!isAscii && HIGH.test(s)) return true;
  if (s.indexOf("\u0000") >= 0 && s.indexOf("\u0000") < 8192) return false;
  for (const n of gate.needles) if (s.includes(n)) return true;
  for (const r of gate.patterns) if (r.test(s)) return true;
  return false;
};
let i = 0;
// Files are read straight into one reused block (no stat, no per-file buffer); a file that does
// not fit in what is left of it is read again whole and sent on its own.
while (i < files.length) {
  while (Atomics.load(counter, 0) >= maxAhead) Atomics.wait(counter, 0, Atomics.load(counter, 0), 1000);
  const start = i;
  let block = scratch;
  const sizes = [];
  const errors = [];
  let off = 0;
  // A small first batch, so that detection starts early.
  const limit = start === 0 ? Math.min(batchFiles, 32) : batchFiles;
  // Gating here costs a fraction of what decoding and detecting costs the main thread, which is
  // the busier one in a fresh process (its detectors still run unoptimized); without gateAlways,
  // gate only while ahead of the main thread and send as read when it waits for us.
  const gating = compiled && (gateAlways || Atomics.load(counter, 0) >= 2);
  while (i < files.length && i - start < limit && batchBytes - off >= 65536) {
    const begin = off;
    let fd = -1;
    try {
      fd = fs.openSync(files[i], "r");
      // A regular file reads short only at its end: one read is enough unless it fills the room.
      for (;;) {
        const room = batchBytes - off;
        const n = fs.readSync(fd, block, off, room, null);
        off += n;
        if (n === 0 || n < room) break;
      }
      if (off === batchBytes) {
        // A file larger than the block: a binary one is sent as its first bytes (enough to see
        // the NUL that marks it), a text one is read whole up to the limit, never beyond it.
        const head = block.subarray(begin, Math.min(off, begin + 8192));
        if (head.indexOf(0) >= 0) {
          off = begin + head.length;
          sizes.push(head.length);
          i++;
          continue;
        }
        const size = fs.fstatSync(fd).size;
        if (size > maxText) {
          off = begin;
          sizes.push(-1);
          errors.push({ at: i - start, code: "MLG_TOO_LARGE", message: "too large" });
          i++;
          continue;
        }
        const whole = fs.readFileSync(files[i]);
        if (begin === 0) {
          block = whole;
          off = whole.length;
          sizes.push(whole.length);
          i++;
          break;
        }
        off = begin;
        break; // sent in the next batch, alone
      }
      if (gating && !passes(block.subarray(begin, off), compiled[gateOf[i]])) {
        off = begin;
        sizes.push(-2);
      } else sizes.push(off - begin);
    } catch (e) {
      off = begin;
      sizes.push(-1);
      errors.push({ at: i - start, code: e.code, message: e.message });
    } finally {
      if (fd >= 0) fs.closeSync(fd);
    }
    i++;
  }
  // A fresh copy of what was read: the scratch block is reused, a transferred buffer is gone.
  const out = new Uint8Array(off);
  out.set(block.subarray(0, off));
  Atomics.add(counter, 0, 1);
  parentPort.postMessage({ start, sizes, errors, block: out }, [out.buffer]);
}
parentPort.postMessage({ done: true });
});
`;

interface BatchMessage {
  start: number;
  sizes: number[];
  errors: { at: number; code?: string; message: string }[];
  block: Uint8Array;
  done?: undefined;
}

/** A file's bytes: only the first ones of a binary file, and an error for text over the limit. */
function readBounded(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.allocUnsafe(8192);
    const got = readSync(fd, head, 0, head.length, 0);
    if (head.subarray(0, got).indexOf(0) >= 0) return head.subarray(0, got);
    if (fstatSync(fd).size > MAX_TEXT_BYTES) {
      throw Object.assign(new Error("too large"), { code: "MLG_TOO_LARGE" });
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function readHere(paths: string[], onFile: (r: FileResult) => void): void {
  for (let index = 0; index < paths.length; index++) {
    try {
      onFile({ index, bytes: readBounded(paths[index]!) });
    } catch (e) {
      onFile({ index, error: e as NodeJS.ErrnoException });
    }
  }
}

/**
 * Calls onFile for each path, in order, with its bytes or the error reading it. Uses a reader
 * thread for many files and falls back to reading here when a worker cannot start.
 */
/** A reader thread started ahead of time (while the files are being listed). */
export interface Reader {
  worker: Worker;
  counter: Int32Array;
}

/** Starts a reader thread that waits for its file list; null when threads are unavailable. */
export function startReader(): Reader | null {
  const ahead = new SharedArrayBuffer(4);
  try {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        batchFiles: BATCH_FILES,
        batchBytes: BATCH_BYTES,
        maxAhead: MAX_AHEAD,
        ahead,
        maxText: MAX_TEXT_BYTES,
      },
    });
    // A reader that is never used must not keep the process alive.
    worker.unref();
    return { worker, counter: new Int32Array(ahead) };
  } catch {
    return null;
  }
}

/** Stops a reader thread that will not be used. */
export function stopReader(reader: Reader | null): void {
  if (reader) void reader.worker.terminate();
}

/**
 * Calls onFile for each path, in order, with its bytes or the error reading it. Uses a reader
 * thread for many files (the one given, or a new one) and falls back to reading here when a
 * thread cannot start.
 */
/** Per file, the index of its gate in `table`; sources and flags of each gate's patterns. */
export interface ReadGates {
  table: { needles: string[]; patterns: { source: string; flags: string }[]; always?: boolean }[];
  gateOf: Uint8Array;
  /** Gate every batch, not only while ahead of the main thread (tests). */
  always?: boolean;
}

export async function readFiles(
  paths: string[],
  onFile: (r: FileResult) => void,
  useThread = paths.length >= WORKER_MIN_FILES,
  started: Reader | null = null,
  gates: ReadGates | null = null,
): Promise<void> {
  if (!useThread) {
    stopReader(started);
    readHere(paths, onFile);
    return;
  }
  const reader = started ?? startReader();
  if (!reader) {
    readHere(paths, onFile);
    return;
  }
  const { worker, counter } = reader;
  worker.ref();
  worker.postMessage({
    files: paths,
    gates: gates?.table ?? null,
    gateOf: gates?.gateOf ?? null,
    gateAlways: gates?.always ?? false,
  });
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    worker.on("message", (m: BatchMessage | { done: true }) => {
      if (failed) return;
      if (m.done) {
        resolve();
        return;
      }
      const { start, sizes, errors, block } = m as BatchMessage;
      const bytes = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
      let off = 0;
      let e = 0;
      try {
        for (let k = 0; k < sizes.length; k++) {
          const size = sizes[k]!;
          if (size === -2) {
            next = start + k + 1;
            continue; // nothing a detector could find
          }
          if (size < 0) {
            const err = errors[e++]!;
            const error = Object.assign(new Error(err.message), { code: err.code }) as NodeJS.ErrnoException;
            onFile({ index: start + k, error });
          } else {
            onFile({ index: start + k, bytes: bytes.subarray(off, off + size) });
            off += size;
          }
          next = start + k + 1;
        }
      } catch (err) {
        failed = true;
        reject(err);
        return;
      } finally {
        Atomics.sub(counter, 0, 1);
        Atomics.notify(counter, 0);
      }
    });
    worker.on("error", (err) => {
      if (failed) return;
      failed = true;
      // The worker died (out of memory, killed): read what is left here.
      try {
        readHere(paths.slice(next), (r) => onFile({ ...r, index: r.index + next }));
        resolve();
      } catch (e) {
        reject(e ?? err);
      }
    });
  }).finally(() => {
    void worker.terminate();
  });
}
