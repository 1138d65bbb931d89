// Classify every labelled text of the shared corpus, and variants of them, with our classifier and
// with `licensee` (GitHub's detector) in the same run: accuracy and time side by side.
// Runnable alone: `npx tsx bench/classify.ts` (writes docs/CLASSIFY.md).
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { classifyText, getLicense } from "../src/licenses/index.js";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = path.join(path.resolve(REPO_ROOT, "../shared"), "corpus/licenses");

interface Case {
  name: string;
  group: "corpus" | "variant" | "modified";
  text: string;
  /** null: no license should be claimed (a modified standard text). */
  expected: string | null;
}

const VARIANTS: Record<string, (t: string) => string> = {
  crlf: (t) => t.replace(/\r?\n/g, "\r\n"),
  bom: (t) => `\uFEFF${t}`,
  "one-line": (t) => t.replace(/\s+/g, " "),
  rewrapped: (t) =>
    t
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, " ").replace(/(.{1,60})(\s|$)/g, "$1\n"))
      .join("\n"),
  markdown: (t) => {
    const lines = t.split("\n");
    const first = lines.findIndex((l) => l.trim().length > 0);
    if (first >= 0) lines[first] = `# ${lines[first]!.trim()}`;
    return lines.map((l) => l.replace(/^(\s*)(\d+)\.\s/, "$1$2\\. ")).join("\n");
  },
  "pointer-on-top": (t) => `[For the original copy, see https://example.org/LICENSE]\n\n${t}`,
  "notice-appended": (t) =>
    `${t}\n\nThird-party notices\n\nThis product includes a tokenizer developed by Example Corp (https://example.org).\n`,
};

function spdxText(id: string): string {
  return createRequire(import.meta.url)(`spdx-license-list/licenses/${id}.json`).licenseText;
}

function cases(): Case[] {
  const rows = readFileSync(path.join(CORPUS, "INDEX.tsv"), "utf8").trim().split("\n").slice(1);
  const out: Case[] = [];
  for (const row of rows) {
    const [id, expected] = row.split("\t") as [string, string];
    const text = readFileSync(path.join(CORPUS, `${id}.txt`), "utf8");
    out.push({ name: id, group: "corpus", text, expected });
    for (const [v, make] of Object.entries(VARIANTS)) {
      out.push({ name: `${id} (${v})`, group: "variant", text: make(text), expected });
    }
  }
  const mit = spdxText("MIT").replace(/<year> <copyright holders>/, "2024 Example Labs");
  const modified: Array<[string, string]> = [
    ["MIT + military restriction", `${mit}\n\nThe Software shall not be used for military purposes.\n`],
    [
      "MIT + paid commercial use",
      `${mit}\n\nCommercial use requires a separate paid license from the authors.\n`,
    ],
    [
      "MIT + non-commercial clause inside",
      mit.replace(
        "THE SOFTWARE IS PROVIDED",
        "The Software may only be used for non-commercial research.\n\nTHE SOFTWARE IS PROVIDED",
      ),
    ],
    [
      "Apache-2.0 + use restriction",
      spdxText("Apache-2.0").replace(
        "END OF TERMS AND CONDITIONS",
        "10. You agree not to use the Work for weapons or mass surveillance.\n\nEND OF TERMS AND CONDITIONS",
      ),
    ],
    [
      "BSD-3-Clause + no-AI-training clause",
      `${spdxText("BSD-3-Clause")}\n\n4. The Software may not be used to train machine learning models without prior written permission.\n`,
    ],
  ];
  for (const [name, text] of modified) out.push({ name, group: "modified", text, expected: null });
  return out;
}

interface LicenseeRun {
  answers: Array<string | null>;
  /** Classification time of each text inside Ruby. */
  perMs: number[];
  ms: number;
  /** Whole process, start-up included. */
  wallMs: number;
}

const RUBY = `
require "licensee"
require "json"
ARGV.each do |f|
  s = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  lic = Licensee::ProjectFiles::LicenseFile.new(File.read(f, encoding: "utf-8"), "LICENSE").license
  e = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  puts JSON.generate({key: lic && lic.key, ms: (e - s) * 1000})
end
`;

function hasLicensee(): boolean {
  return spawnSync("ruby", ["-e", 'require "licensee"'], { stdio: "ignore" }).status === 0;
}

function runLicensee(all: Case[]): LicenseeRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), "classify-bench-"));
  try {
    const script = path.join(dir, "detect.rb");
    writeFileSync(script, RUBY);
    const files = all.map((c, i) => {
      const f = path.join(dir, `${i}.txt`);
      writeFileSync(f, c.text);
      return f;
    });
    const t0 = performance.now();
    const out = execFileSync("ruby", [script, ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const wallMs = performance.now() - t0;
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { key: string | null; ms: number });
    return {
      // licensee's "other" is its NOASSERTION: it saw a license file but could not name it.
      answers: lines.map((l) => (l.key && l.key !== "other" && l.key !== "no-license" ? l.key : null)),
      perMs: lines.map((l) => l.ms),
      ms: lines.reduce((a, l) => a + l.ms, 0),
      wallMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(0) : "0"}%)`;
const cell = (s: string | null) => (s === null ? "—" : `\`${s}\``);

export async function benchClassify(): Promise<string> {
  if (!existsSync(path.join(CORPUS, "INDEX.tsv"))) {
    return `## classify\n\nskipped: the shared corpus (${CORPUS}) is absent.\n`;
  }
  const all = cases();
  classifyText(all[0]!.text); // warm-up: builds the reference index once
  const ours: Array<{ license: string | null; confidence: number }> = [];
  const t0 = performance.now();
  for (const c of all) {
    const r = classifyText(c.text);
    ours.push({ license: r.license, confidence: r.confidence });
  }
  const oursMs = performance.now() - t0;
  const corpusIdx = all.map((c, i) => [c, i] as const).filter(([c]) => c.group === "corpus");
  const t1 = performance.now();
  for (const [c] of corpusIdx) classifyText(c.text);
  const oursCorpusMs = performance.now() - t1;

  const lic = hasLicensee() ? runLicensee(all) : null;
  const right = (answer: string | null, c: Case) => answer === c.expected;
  const groups = ["corpus", "variant", "modified"] as const;
  const lines: string[] = [
    "## classify",
    "",
    `The ${corpusIdx.length} labelled texts of \`../shared/corpus/licenses\`, ${Object.keys(VARIANTS).length} formatting variants of each ` +
      "(CRLF, BOM, one line, re-wrapped, Markdown, a pointer line on top, a notice appended) and standard texts with a " +
      "term added (which must not be named as the standard license), classified in one process by our classifier and by " +
      `\`licensee\`${lic ? "" : " (not installed: `apt-get install ruby-licensee`; its columns are empty)"}. ` +
      "licensee's `other` (NOASSERTION) counts as no answer.",
    "",
    "| set | texts | ours correct | licensee correct |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (const g of groups) {
    const idx = all.map((c, i) => [c, i] as const).filter(([c]) => c.group === g);
    const oursOk = idx.filter(([c, i]) => right(ours[i]!.license, c)).length;
    const licOk = lic ? idx.filter(([c, i]) => right(lic.answers[i]!, c)).length : 0;
    lines.push(
      `| ${g} | ${idx.length} | ${pct(oursOk, idx.length)} | ${lic ? pct(licOk, idx.length) : "—"} |`,
    );
  }
  const oursAll = all.filter((c, i) => right(ours[i]!.license, c)).length;
  const licAll = lic ? all.filter((c, i) => right(lic.answers[i]!, c)).length : 0;
  lines.push(
    `| **all** | ${all.length} | ${pct(oursAll, all.length)} | ${lic ? pct(licAll, all.length) : "—"} |`,
  );
  lines.push(
    "",
    "| time | ours | licensee |",
    "| --- | ---: | ---: |",
    `| corpus (${corpusIdx.length} texts), classification only | ${oursCorpusMs.toFixed(1)} ms | ${
      lic ? `${corpusIdx.reduce((a, [, i]) => a + lic.perMs[i]!, 0).toFixed(1)} ms` : "—"
    } |`,
    `| all ${all.length} texts, classification only | ${oursMs.toFixed(1)} ms | ${lic ? `${lic.ms.toFixed(1)} ms` : "—"} |`,
    `| all ${all.length} texts, with process start-up | — (in-process) | ${lic ? `${lic.wallMs.toFixed(0)} ms` : "—"} |`,
    "",
    "Per corpus text (our confidence in brackets):",
    "",
    "| text | expected | ours | licensee |",
    "| --- | --- | --- | --- |",
  );
  for (const [c, i] of corpusIdx) {
    const o = ours[i]!;
    const mark = (ok: boolean) => (ok ? "" : " ✗");
    lines.push(
      `| ${c.name} | ${cell(c.expected)} | ${cell(o.license)} (${o.confidence.toFixed(2)})${mark(right(o.license, c))} | ${
        lic ? `${cell(lic.answers[i]!)}${mark(right(lic.answers[i]!, c))}` : "—"
      } |`,
    );
  }
  lines.push(...(await spdxSweep(lic !== null)));
  const misses = all
    .map((c, i) => [c, i] as const)
    .filter(([c, i]) => c.group !== "corpus" && !right(ours[i]!.license, c));
  lines.push("", `Variants and modified texts we got wrong: ${misses.length === 0 ? "none" : ""}`);
  for (const [c, i] of misses)
    lines.push(`- ${c.name}: expected ${cell(c.expected)}, got ${cell(ours[i]!.license)}`);
  lines.push("");
  return lines.join("\n");
}

/** The same license text under another SPDX id: "GPL-2.0", "GPL-2.0-only", "GPL-2.0+" and "-or-later". */
const base = (id: string) => id.toLowerCase().replace(/(-only|-or-later|\+)$/, "");

/**
 * Every text of spdx-license-list, most of them licenses we hold no reference for: how often each
 * tool names a license the text is not. A miss (no answer) is honest; a wrong name is not.
 */
async function spdxSweep(withLicensee: boolean): Promise<string[]> {
  const dir = path.join(
    path.dirname(createRequire(import.meta.url).resolve("spdx-license-list/package.json")),
    "licenses",
  );
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5));
  const sweep: Case[] = ids.map((id) => ({ name: id, group: "corpus", text: spdxText(id), expected: id }));
  const t0 = performance.now();
  const ours = sweep.map((c) => {
    const r = classifyText(c.text);
    return r.license ? (getLicense(r.license)?.spdx ?? r.license) : null;
  });
  const oursMs = performance.now() - t0;
  const lic = withLicensee ? runLicensee(sweep) : null;
  const licSpdx = lic?.answers.map((k) => (k ? (getLicense(k)?.spdx ?? k) : null));
  const tally = (answers: Array<string | null>) => {
    let right = 0;
    let wrong = 0;
    answers.forEach((a, i) => {
      if (a === null) return;
      if (base(a) === base(sweep[i]!.expected!)) right++;
      else wrong++;
    });
    return { right, wrong, none: answers.length - right - wrong };
  };
  const o = tally(ours);
  const l = licSpdx ? tally(licSpdx) : null;
  return [
    "",
    `All ${sweep.length} texts of spdx-license-list (we hold references for about 45 of them; the rest must get no answer or the right one):`,
    "",
    "| | named right | named wrong | no answer | time |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| ours | ${o.right} | ${o.wrong} | ${o.none} | ${oursMs.toFixed(0)} ms |`,
    l && lic
      ? `| licensee | ${l.right} | ${l.wrong} | ${l.none} | ${lic.ms.toFixed(0)} ms |`
      : "| licensee | — | — | — | — |",
    "",
    `Our wrong names: ${
      ours
        .map((a, i) =>
          a !== null && base(a) !== base(sweep[i]!.expected!) ? `${sweep[i]!.expected} → ${a}` : null,
        )
        .filter(Boolean)
        .join(", ") || "none"
    }.`,
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const section = await benchClassify();
  mkdirSync(path.join(REPO_ROOT, "docs"), { recursive: true });
  writeFileSync(
    path.join(REPO_ROOT, "docs", "CLASSIFY.md"),
    `# License classification benchmark\n\nWritten by \`npx tsx bench/classify.ts\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}).\n\n${section}`,
  );
  console.log(section);
  console.log("written to docs/CLASSIFY.md");
}
