// Detection alone, as the scan meets it in a fresh process: every file of the tree is read and
// gated first (untimed), then the files that pass are decoded and detected, timed: once as the
// scan meets them, then again with the code optimized. bench/scan.ts prints both beside ripgrep.

import { isAscii } from "node:buffer";
import { readdirSync, readFileSync } from "node:fs";
import { fileKind, GATES, scanText } from "../src/detect/index.js";
import { compileGates, passesGate } from "../src/workspace/gate.js";

const root = process.argv[2]!;
const kinds = Object.keys(GATES) as (keyof typeof GATES)[];
const gates = compileGates(
  kinds.map((k) => ({
    needles: GATES[k].needles,
    patterns: GATES[k].patterns.map((r) => ({ source: r.source, flags: r.flags })),
    ...(GATES[k].always ? { always: true } : {}),
  })),
);
const passing: [string, Buffer][] = [];
const stack = [""];
while (stack.length > 0) {
  const dir = stack.pop()!;
  for (const e of readdirSync(`${root}/${dir}`, { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) stack.push(rel);
    else if (e.isFile()) {
      const bytes = readFileSync(`${root}/${rel}`);
      if (passesGate(bytes, gates[kinds.indexOf(fileKind(rel))], isAscii)) passing.push([rel, bytes]);
    }
  }
}
function detectAll(): { ms: number; refs: number } {
  const t0 = performance.now();
  let refs = 0;
  for (const [file, bytes] of passing) refs += scanText(file, bytes.toString("utf8")).refs.length;
  return { ms: performance.now() - t0, refs };
}
// The first pass is what a scan pays (code not yet compiled); the best of five more is the same
// work with every function optimized, the least detection can cost in JavaScript.
const cold = detectAll();
let warmMs = Number.POSITIVE_INFINITY;
for (let k = 0; k < 5; k++) warmMs = Math.min(warmMs, detectAll().ms);
process.stdout.write(JSON.stringify({ ms: cold.ms, warmMs, files: passing.length, refs: cold.refs }));
