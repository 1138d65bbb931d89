// The scan as it ships: bench/scan.ts bundles this file with the same ncc settings as dist/ and
// runs it in a fresh process, so the times are those of the bundled code (not of tsx's transform).

import { collectReferences } from "../src/workspace/index.js";

const root = process.argv[2]!;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { refs, errors } = await collectReferences(root);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const t1 = performance.now();
await collectReferences(root);
const warmMs = performance.now() - t1;
process.stdout.write(
  JSON.stringify({
    ms,
    warmMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    refs: refs.length,
    found: refs.map((r) => r.id),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    errors: errors.length,
  }),
);
