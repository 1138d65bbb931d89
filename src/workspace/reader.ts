// Reads many text files on two threads at once: a reader thread and the main thread take chunks
// of the list from a shared cursor, and the main thread detects references in what both read.
// While the reader thread has bytes waiting, the main thread detects; when it has none, the main
// thread reads a chunk itself. So on two cores neither sits idle, whatever the mix of reading
// and detecting a tree needs. The reader thread's code is a string (no file of its own), which
// keeps the bundles self-contained; it only reads bytes and runs the gate, never a detector.

import { isAscii } from "node:buffer";
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import { type CompiledGate, compileGates, type GateTable, passesGate } from "./gate.js";

/** Below this many files a thread's start-up costs more than it saves. */
export const WORKER_MIN_FILES = 1500;
/** Files the reader thread claims at a time, and the main thread (which also detects). */
const WORKER_CHUNK = 64;
const MAIN_CHUNK = 16;
const BATCH_BYTES = 8 * 1024 * 1024;
/** Batches read ahead of the main thread at most: bounds the memory of a slow consumer. */
const MAX_AHEAD = 6;
/** Text files above this are not scanned (a clear error instead): bounds a scan's memory. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;
/** Bytes that show a binary file (a NUL among them). */
const SNIFF = 8192;

/** Slots of the shared counters: batches not yet taken, the next file to claim, batches posted. */
const AHEAD = 0;
export const CLAIM = 1;
const POSTED = 2;

export type FileResult = { index: number; bytes: Buffer } | { index: number; error: NodeJS.ErrnoException };

const WORKER_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const fs = require("node:fs");
const { isAscii } = require("node:buffer");
const passesGate = (${passesGate.toString()});
const compileGates = (${compileGates.toString()});
const { chunkFiles, batchBytes, maxAhead, shared, maxText, sniff, port } = workerData;
const ctr = new Int32Array(shared);
const [AHEAD, CLAIM, POSTED] = [${AHEAD}, ${CLAIM}, ${POSTED}];
const scratch = Buffer.allocUnsafeSlow(batchBytes);
// The thread starts before the file list is known; the list arrives as the first message.
parentPort.once("message", ({ files, gates, gateOf }) => {
  const compiled = gates ? compileGates(gates) : null;
  const gateFor = (i) => (compiled ? compiled[gateOf[i]] : undefined);
  let block = scratch;
  let off = 0;
  let start = -1;
  let sizes = [];
  let errors = [];
  const post = (m, transfer) => {
    port.postMessage(m, transfer);
    Atomics.add(ctr, POSTED, 1);
    Atomics.notify(ctr, POSTED);
  };
  // A fresh copy of what was read: the scratch block is reused, a transferred buffer is gone.
  const flush = () => {
    if (start < 0) return;
    const out = new Uint8Array(off);
    out.set(block.subarray(0, off));
    Atomics.add(ctr, AHEAD, 1);
    post({ start, sizes, errors, block: out }, [out.buffer]);
    block = scratch;
    off = 0;
    start = -1;
    sizes = [];
    errors = [];
  };
  const fail = (e, begin) => {
    off = begin;
    sizes.push(-1);
    errors.push({ code: e.code, message: e.message });
  };
  for (;;) {
    while (Atomics.load(ctr, AHEAD) >= maxAhead) Atomics.wait(ctr, AHEAD, Atomics.load(ctr, AHEAD), 1000);
    const from = Atomics.add(ctr, CLAIM, chunkFiles);
    if (from >= files.length) break;
    const to = Math.min(from + chunkFiles, files.length);
    for (let i = from; i < to; ) {
      if (start < 0) start = i;
      const begin = off;
      let fd = -1;
      let retry = false;
      try {
        fd = fs.openSync(files[i], "r");
        // A regular file reads short only at its end: one read is enough unless it fills the room.
        for (;;) {
          const room = batchBytes - off;
          const n = fs.readSync(fd, block, off, room, null);
          off += n;
          if (n === 0 || n < room) break;
        }
        let bytes = block.subarray(begin, off);
        if (off === batchBytes) {
          // Larger than the room left: a binary file is kept as its first bytes (the NUL that
          // marks it), a text one is read whole up to the limit (alone in a batch), never beyond.
          const head = block.subarray(begin, Math.min(off, begin + sniff));
          if (head.indexOf(0) >= 0) {
            off = begin + head.length;
            bytes = head;
          } else if (fs.fstatSync(fd).size > maxText) {
            fail({ code: "MLG_TOO_LARGE", message: "too large" }, begin);
            i++;
            continue;
          } else if (begin === 0) {
            block = fs.readFileSync(files[i]);
            off = block.length;
            bytes = block;
          } else {
            off = begin;
            retry = true;
          }
        }
        if (!retry) {
          if (passesGate(bytes, gateFor(i), isAscii)) sizes.push(off - begin);
          else {
            off = begin;
            sizes.push(-2);
          }
        }
      } catch (e) {
        fail(e, begin);
      } finally {
        if (fd >= 0) fs.closeSync(fd);
      }
      if (retry || block !== scratch) {
        // Send what is read; a retried file starts the next batch with the whole block to itself.
        if (!retry) i++;
        if (sizes.length > 0) flush();
        else start = -1;
        continue;
      }
      i++;
    }
    flush();
  }
  post({ done: true });
});
`;

interface BatchMessage {
  start: number;
  sizes: number[];
  errors: { code?: string; message: string }[];
  block: Uint8Array;
  done?: undefined;
}

/** A reader thread started ahead of time (while the files are being listed). */
export interface Reader {
  worker: Worker;
  counters: Int32Array;
  /** Where the thread's batches arrive; read synchronously between chunks of work. */
  port: MessagePort;
  /** Set when the thread has exited or failed (seen when the event loop runs). */
  gone: boolean;
}

/** Starts a reader thread that waits for its file list; null when threads are unavailable. */
export function startReader(): Reader | null {
  const shared = new SharedArrayBuffer(3 * 4);
  const { port1, port2 } = new MessageChannel();
  try {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        chunkFiles: WORKER_CHUNK,
        batchBytes: BATCH_BYTES,
        maxAhead: MAX_AHEAD,
        shared,
        maxText: MAX_TEXT_BYTES,
        sniff: SNIFF,
        port: port2,
      },
      transferList: [port2],
    });
    // A reader that is never used must not keep the process alive.
    worker.unref();
    const reader: Reader = { worker, counters: new Int32Array(shared), port: port1, gone: false };
    const gone = () => {
      reader.gone = true;
    };
    worker.once("exit", gone);
    worker.on("error", gone);
    return reader;
  } catch {
    port1.close();
    return null;
  }
}

/** Stops a reader thread that will not be used. */
export function stopReader(reader: Reader | null): void {
  if (!reader) return;
  reader.port.close();
  void reader.worker.terminate();
}

/** Per file, the index of its gate in `table`. */
export interface ReadGates {
  table: GateTable[];
  gateOf: Uint8Array;
}

/** A buffer reused for the files the main thread reads: most fit, and need one read. */
let scratch: Buffer | null = null;

/**
 * A file's bytes: only the first ones of a binary file, and an error for text over the limit.
 * Null when the gate rules the file out.
 */
function readOne(path: string, gate: CompiledGate | undefined): Buffer | null {
  scratch ??= Buffer.allocUnsafeSlow(64 * 1024);
  const fd = openSync(path, "r");
  try {
    const got = readSync(fd, scratch, 0, scratch.length, null);
    let bytes: Buffer;
    if (got < scratch.length) bytes = scratch.subarray(0, got);
    else if (scratch.subarray(0, SNIFF).indexOf(0) >= 0) bytes = scratch.subarray(0, SNIFF);
    else if (fstatSync(fd).size > MAX_TEXT_BYTES) {
      throw Object.assign(new Error("too large"), { code: "MLG_TOO_LARGE" });
    } else return passesGateOrNull(readFileSync(path), gate);
    const kept = passesGateOrNull(bytes, gate);
    return kept && Buffer.from(kept);
  } finally {
    closeSync(fd);
  }
}

function passesGateOrNull(bytes: Buffer, gate: CompiledGate | undefined): Buffer | null {
  return passesGate(bytes, gate, isAscii) ? bytes : null;
}

function readAt(
  paths: string[],
  index: number,
  gate: CompiledGate | undefined,
  onFile: (r: FileResult) => void,
): void {
  let bytes: Buffer | null;
  try {
    bytes = readOne(paths[index]!, gate);
  } catch (e) {
    onFile({ index, error: e as NodeJS.ErrnoException });
    return;
  }
  if (bytes) onFile({ index, bytes });
}

function readHere(
  paths: string[],
  onFile: (r: FileResult) => void,
  gates: CompiledGate[] | null,
  gateOf: Uint8Array | undefined,
  count: (k: number) => void,
) {
  for (let index = 0; index < paths.length; index++) {
    readAt(paths, index, gates && gateOf ? gates[gateOf[index]!] : undefined, onFile);
    count(1);
  }
}

/** Lets the event loop run once (a thread's exit or error is only seen then). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ReadOptions {
  /** Read on a second thread too (default: for WORKER_MIN_FILES files or more). */
  thread?: boolean;
  /** A reader thread already started (it is stopped when done or not used). */
  reader?: Reader | null;
  gates?: ReadGates | null;
  /** Called now and then with how many files are done (read, or ruled out by a gate). */
  onProgress?: (done: number) => void;
}

const PROGRESS_EVERY = 2000;

/**
 * Calls onFile once for each path that is read (in no particular order) with its bytes or the
 * error reading it; files a gate rules out get no call. Uses a reader thread for many files (the
 * one given, or a new one) beside the main thread, and reads everything here when a thread cannot
 * start or dies.
 */
export async function readFiles(
  paths: string[],
  onFile: (r: FileResult) => void,
  options: ReadOptions = {},
): Promise<void> {
  const { reader: started = null, gates = null } = options;
  const useThread = options.thread ?? paths.length >= WORKER_MIN_FILES;
  let done = 0;
  const progress = options.onProgress;
  const count = (k: number) => {
    if (!progress) return;
    const before = done;
    done += k;
    if (Math.floor(done / PROGRESS_EVERY) !== Math.floor(before / PROGRESS_EVERY)) progress(done);
  };
  progress?.(0);
  const compiled = gates ? compileGates(gates.table) : null;
  if (!useThread) {
    stopReader(started);
    readHere(paths, onFile, compiled, gates?.gateOf, count);
    return;
  }
  const reader = started ?? startReader();
  if (!reader) {
    readHere(paths, onFile, compiled, gates?.gateOf, count);
    return;
  }
  const { worker, counters, port } = reader;
  worker.ref();
  worker.postMessage({ files: paths, gates: gates?.table ?? null, gateOf: gates?.gateOf ?? null });
  const n = paths.length;
  // Which files are accounted for: if the thread dies, the rest are read here.
  const seen = new Uint8Array(n);
  const gateAt = (i: number) => (compiled && gates ? compiled[gates.gateOf[i]!] : undefined);
  let workerDone = false;
  const take = (m: BatchMessage) => {
    const bytes = Buffer.from(m.block.buffer, m.block.byteOffset, m.block.byteLength);
    let off = 0;
    let e = 0;
    try {
      for (let k = 0; k < m.sizes.length; k++) {
        const index = m.start + k;
        const size = m.sizes[k]!;
        seen[index] = 1;
        if (size === -2) continue; // ruled out by the gate
        if (size < 0) {
          const err = m.errors[e++]!;
          onFile({ index, error: Object.assign(new Error(err.message), { code: err.code }) });
        } else {
          onFile({ index, bytes: bytes.subarray(off, off + size) });
          off += size;
        }
      }
    } finally {
      Atomics.sub(counters, AHEAD, 1);
      Atomics.notify(counters, AHEAD);
      count(m.sizes.length);
    }
  };
  const drain = (): boolean => {
    let any = false;
    for (;;) {
      const m = receiveMessageOnPort(port);
      if (!m) return any;
      any = true;
      const msg = m.message as BatchMessage | { done: true };
      if (msg.done) workerDone = true;
      else take(msg);
    }
  };
  try {
    while (!workerDone) {
      if (drain()) continue;
      const from = Atomics.add(counters, CLAIM, MAIN_CHUNK);
      if (from < n) {
        for (let i = from; i < Math.min(from + MAIN_CHUNK, n); i++) {
          seen[i] = 1;
          readAt(paths, i, gateAt(i), onFile);
        }
        count(Math.min(MAIN_CHUNK, n - from));
        continue;
      }
      // Everything is claimed: wait for the thread's last batches.
      const posted = Atomics.load(counters, POSTED);
      if (drain()) continue;
      if (Atomics.wait(counters, POSTED, posted, 50) === "timed-out") {
        await turn();
        if (reader.gone) {
          drain();
          for (let i = 0; i < n; i++) if (!seen[i]) readAt(paths, i, gateAt(i), onFile);
          break;
        }
      }
    }
  } finally {
    stopReader(reader);
  }
}
