// `npm run bench`: every benchmark in one run, measured side by side, written to docs/BENCHMARKS.md.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "../test/helpers/git-repo.js";
import { removeBundles } from "./bundled.js";
import { benchClassify } from "./classify.js";
import { benchMemory } from "./memory.js";
import { benchResolve } from "./resolve.js";
import { benchScan } from "./scan.js";
import { benchStartup } from "./startup.js";

const sections: string[] = [
  "# Benchmarks",
  "",
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ` +
    `${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB.`,
  "Each comparison is measured in the same run, side by side; ratios matter more than absolute times.",
  "",
];
for (const [name, bench] of [
  ["scan", benchScan],
  ["memory", benchMemory],
  ["resolve", benchResolve],
  ["classify", benchClassify],
  ["startup", benchStartup],
] as const) {
  process.stderr.write(`bench: ${name}...\n`);
  try {
    const section = await bench();
    console.log(section);
    sections.push(section);
  } catch (err) {
    const message = `## ${name}\n\nfailed: ${(err as Error).message}\n`;
    console.log(message);
    sections.push(message);
    process.exitCode = 1;
  }
}
removeBundles();
writeFileSync(path.join(REPO_ROOT, "docs", "BENCHMARKS.md"), `${sections.join("\n")}\n`);
console.log("written to docs/BENCHMARKS.md");
