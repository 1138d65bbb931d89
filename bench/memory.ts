// Peak memory of a scan: collectReferences over a generated tree of 100,000 files, in a fresh
// child process so that the peak is the scan's own, beside ripgrep searching the same tree.
// Bar: under 500 MB peak RSS. Peak RSS comes from /usr/bin/time -v when present (the kernel's
// high-water mark of the whole process), else from the child's process.resourceUsage().
//
// Runnable alone: `npx tsx bench/memory.ts [files]`.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { childBundle, removeBundles } from "./bundled.js";

const SELF = fileURLToPath(import.meta.url);
const REPO = path.dirname(path.dirname(SELF));
const BAR_MB = 500;
const GNU_TIME = "/usr/bin/time";
const RG_PATTERN =
  "from_pretrained|pipeline\\(|hf_hub_download|snapshot_download|SentenceTransformer|load_dataset|" +
  "huggingface\\.co/|hf\\.co/|model_id|model_name|base_model|--model";

/** Deterministic pseudo-random numbers: every run scans the same tree. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PY = (i: number) =>
  `import torch\n\n\ndef step_${i}(batch):\n    """One training step."""\n    out = batch * ${i % 7}\n    return out.sum()\n`;
const TS = (i: number) => `export function f${i}(x: number): number {\n  return x * ${i % 11};\n}\n`;
const YAML = (i: number) => `name: job-${i}\nresources:\n  cpu: ${i % 8}\n  memory: 2Gi\n`;
const MD = (i: number) => `# Note ${i}\n\nPlain text, a link to https://example.com/${i} and no model.\n`;
const NB = (i: number) =>
  JSON.stringify({
    cells: [{ cell_type: "code", source: [`x = ${i}\n`, "print(x)\n"], metadata: {}, outputs: [] }],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  });
const PLANT: ((id: string) => string)[] = [
  (id) => `from transformers import AutoModel\nm = AutoModel.from_pretrained("${id}")\n`,
  (id) => `model:\n  base_model: ${id}\n`,
  (id) => `See https://huggingface.co/${id} for the weights.\n`,
];
const PLANT_EXT = [".py", ".yaml", ".md"];

/** A tree of `count` small files in folders of 100 (8 levels deep); every 50th plants a reference. */
export function generateMemoryTree(count: number): { root: string; planted: Set<string>; bytes: number } {
  const root = mkdtempSync(path.join(os.tmpdir(), "mlg-bench-memory-"));
  const rand = rng(7);
  const planted = new Set<string>();
  let bytes = 0;
  const makers: [string, (i: number) => string][] = [
    [".py", PY],
    [".ts", TS],
    [".yaml", YAML],
    [".md", MD],
    [".ipynb", NB],
    [".txt", MD],
  ];
  for (let i = 0; i < count; i++) {
    const d = Math.floor(i / 100);
    const dir = path.join(
      root,
      "a",
      `b${d % 10}`,
      "c",
      `d${Math.floor(d / 10) % 10}`,
      "e",
      `f${Math.floor(d / 100)}`,
    );
    if (i % 100 === 0) mkdirSync(dir, { recursive: true });
    let name: string;
    let text: string;
    if (i % 50 === 0) {
      const k = (i / 50) % PLANT.length;
      const id = `mem-org${i % 31}/model-${i}`;
      planted.add(id);
      name = `p${i}${PLANT_EXT[k]}`;
      text = PLANT[k]!(id);
    } else {
      const [ext, make] = makers[Math.floor(rand() * makers.length)]!;
      name = `f${i}${ext}`;
      text = make(i);
    }
    writeFileSync(path.join(dir, name), text);
    bytes += text.length;
  }
  return { root, planted, bytes };
}

interface ChildReport {
  scanMs: number;
  refs: number;
  found: string[];
  errors: number;
  maxRssMb: number;
  heapUsedMb: number;
}

interface Measured {
  wallMs: number;
  peakMb: number;
  /** Where the peak came from. */
  peakSource: string;
}

/** Runs a command, timing it; under GNU time when present, reading its peak RSS. */
function runMeasured(cmd: string, args: string[]): Measured & { stdout: string; status: number | null } {
  const useTime = existsSync(GNU_TIME);
  const t0 = performance.now();
  const r = spawnSync(useTime ? GNU_TIME : cmd, useTime ? ["-v", cmd, ...args] : args, {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    cwd: REPO,
  });
  const wallMs = performance.now() - t0;
  if (r.error) throw r.error;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (useTime && r.status !== 0 && !m) throw new Error(`${cmd} failed: ${r.stderr.slice(0, 500)}`);
  return {
    wallMs,
    peakMb: m ? Number(m[1]) / 1024 : Number.NaN,
    peakSource: m ? "GNU time" : "n/a",
    stdout: r.stdout,
    status: r.status,
  };
}

function scanInChild(root: string): Measured & { child: ChildReport } {
  const run = runMeasured(process.execPath, [childBundle("bench/memory-child.ts"), root]);
  if (run.status !== 0) throw new Error(`scan child exited ${run.status}`);
  const child = JSON.parse(run.stdout) as ChildReport;
  if (Number.isNaN(run.peakMb)) return { ...run, peakMb: child.maxRssMb, peakSource: "resourceUsage", child };
  return { ...run, child };
}

function rgAvailable(): boolean {
  return spawnSync("rg", ["--version"], { stdio: "ignore" }).status === 0;
}

function rgInTree(root: string): Measured & { matches: number } {
  const run = runMeasured("rg", ["--count-matches", "--no-messages", "--no-ignore", "-e", RG_PATTERN, root]);
  const matches = run.stdout
    .split("\n")
    .filter(Boolean)
    .reduce((n, l) => n + Number(l.slice(l.lastIndexOf(":") + 1)), 0);
  return { ...run, matches };
}

export async function benchMemory(count = 100_000): Promise<string> {
  const tGen = performance.now();
  const tree = generateMemoryTree(count);
  const genMs = performance.now() - tGen;
  try {
    const haveRg = rgAvailable();
    // ripgrep first, so that our scan gets the warmer page cache only if anything does.
    const rg = haveRg ? rgInTree(tree.root) : null;
    const ours = scanInChild(tree.root);
    // The same child on an empty folder: what Node and the bundle take before any scanning.
    const empty = mkdtempSync(path.join(os.tmpdir(), "mlg-bench-empty-"));
    let base: ReturnType<typeof scanInChild>;
    try {
      base = scanInChild(empty);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    const found = new Set(ours.child.found);
    const missed = [...tree.planted].filter((id) => !found.has(id)).length;
    const extra = ours.child.found.filter((id) => !tree.planted.has(id)).length;
    const met = ours.peakMb < BAR_MB && missed === 0 && extra === 0;
    const mb = (x: number) => (Number.isNaN(x) ? "n/a" : `${x.toFixed(0)} MB`);
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    return [
      "## memory",
      "",
      `A generated tree of ${count.toLocaleString("en")} small files (${(tree.bytes / 2 ** 20).toFixed(1)} MB;`,
      "Python, TypeScript, YAML, Markdown, notebooks, text; folders of 100, six levels deep; every 50th file plants",
      `one reference), written in ${(genMs / 1000).toFixed(1)} s to ${"`os.tmpdir()`"} and deleted afterwards.`,
      "`collectReferences` runs in a fresh child process, bundled by ncc as dist/ is; ripgrep searches the same tree",
      "for the call names. Peak RSS is the process's high-water mark as `/usr/bin/time -v` reports it (else the",
      "child's `process.resourceUsage().maxRSS`); wall time includes process start.",
      "",
      "| tool | wall time | scan time (in process) | peak RSS | found |",
      "|---|---:|---:|---:|---:|",
      `| model-license-gate (collectReferences) | ${ms(ours.wallMs)} | ${ms(ours.child.scanMs)} | ${mb(ours.peakMb)} | ${ours.child.refs} references, ${ours.child.errors} file errors |`,
      `| the same child on an empty folder (Node + the bundle, no files) | ${ms(base.wallMs)} | ${ms(base.child.scanMs)} | ${mb(base.peakMb)} | |`,
      rg
        ? `| ripgrep \`rg --count-matches\` | ${ms(rg.wallMs)} | n/a | ${mb(rg.peakMb)} | ${rg.matches} matching lines |`
        : "| ripgrep | not installed (`apt-get install ripgrep`) | | | |",
      "",
      `The scan's own share of the peak: ${mb(ours.peakMb - base.peakMb)}. ` +
        `Heap in use after the scan: ${ours.child.heapUsedMb.toFixed(0)} MB. Planted: ${tree.planted.size}, missed: ${missed}, ` +
        `found but not planted: ${extra}.`,
      "",
      `Bar: peak RSS under ${BAR_MB} MB on ${count.toLocaleString("en")} files, every planted reference found: **${met ? "met" : "NOT met"}**.`,
      "",
    ].join("\n");
  } finally {
    rmSync(tree.root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 100_000);
  try {
    console.log(await benchMemory(Number.isFinite(n) && n > 0 ? n : 100_000));
  } finally {
    removeBundles();
  }
}
