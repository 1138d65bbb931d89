// Detection alone, as the scan meets it in a fresh process: every file of the tree is read and
// gated first (untimed), then the files that pass are decoded and detected, timed. The scan
// cannot be faster than this plus reading; bench/scan.ts prints it beside ripgrep.

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
const t0 = performance.now();
let refs = 0;
for (const [file, bytes] of passing) refs += scanText(file, bytes.toString("utf8")).refs.length;
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, files: passing.length, refs }));
