// One scan of a tree in a fresh process, for its peak memory (bench/memory.ts bundles this file as
// dist/ is bundled and reads the report it prints).

import { collectReferences } from "../src/workspace/index.js";

const t0 = performance.now();
const { refs, errors } = await collectReferences(process.argv[2]!);
process.stdout.write(
  JSON.stringify({
    scanMs: performance.now() - t0,
    refs: refs.length,
    found: refs.map((r) => r.id),
    errors: errors.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
  }),
);
