// The floor under any scan written for Node: list the tree and read every file once, doing
// nothing with the bytes (no gate, no decoding, no detection), timed inside a fresh process as
// the scan is. On one thread, and split over two (a reader thread beside the main one), to show
// what a second thread buys for this work on the machine at hand.
import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { Worker } from "node:worker_threads";

const READ_HALF = `
const { closeSync, openSync, readSync } = require("node:fs");
const { parentPort } = require("node:worker_threads");
parentPort.once("message", (files) => {
  const buf = Buffer.allocUnsafeSlow(1 << 20);
  let bytes = 0;
  for (let i = 1; i < files.length; i += 2) {
    const fd = openSync(files[i], "r");
    bytes += readSync(fd, buf, 0, buf.length, null);
    closeSync(fd);
  }
  parentPort.postMessage(bytes);
});`;

function list(root) {
  const out = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop();
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) out.push(p);
    }
  }
  return out;
}

function readEvery(files, from, step) {
  const buf = Buffer.allocUnsafeSlow(1 << 20);
  let bytes = 0;
  for (let i = from; i < files.length; i += step) {
    const fd = openSync(files[i], "r");
    bytes += readSync(fd, buf, 0, buf.length, null);
    closeSync(fd);
  }
  return bytes;
}

const [root, threads] = [process.argv[2], Number(process.argv[3] ?? 1)];
const worker = threads > 1 ? new Worker(READ_HALF, { eval: true }) : null;
const t0 = performance.now();
const files = list(root);
let bytes;
if (worker) {
  const other = new Promise((resolve) => worker.once("message", resolve));
  worker.postMessage(files);
  bytes = readEvery(files, 0, 2) + (await other);
  await worker.terminate();
} else bytes = readEvery(files, 0, 1);
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, files: files.length, bytes }));
