// `model-license-gate classify FILE... [--format json|table]`: which license each text is, and the
// clauses that bind a user, read from the text itself.
import { closeSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { classifyText, clauseNames } from "../licenses/index.js";
import type { Category, Classification, Clauses } from "../types.js";
import { type CommandIO, EXIT } from "./io.js";

const HELP = `Usage: model-license-gate classify FILE... [--format json|table]

Name the license of each license text (LICENSE, LICENSE.md, USE_POLICY.md, ...) with a confidence,
and list the clauses that bind a user: monthly-active-user and revenue thresholds, non-commercial
terms, use restrictions, attribution, derivative naming, terms passed downstream, registration.
"license" is null when the text is no license we know; its clauses are still read from it.

Options:
  --format json|table   output format (default: table on a terminal, else json)
  -h, --help            show this help
`;

/** License files are small; reading more than this of a file would only slow a run down. */
const MAX_BYTES = 1024 * 1024;

export interface ClassifyResult {
  file: string;
  license: string | null;
  spdx: string | null;
  confidence: number;
  categories: Category[];
  clauses: {
    mauThreshold: number | null;
    revenueThreshold: Clauses["revenueThreshold"] | null;
    nonCommercial: boolean;
    useRestrictions: boolean;
    attribution: boolean;
    derivativeNaming: boolean;
    licensePropagation: boolean;
    registration: boolean;
  };
  note?: string;
  error?: string;
}

function fullClauses(c: Clauses): ClassifyResult["clauses"] {
  return {
    mauThreshold: c.mauThreshold ?? null,
    revenueThreshold: c.revenueThreshold ?? null,
    nonCommercial: c.nonCommercial === true,
    useRestrictions: c.useRestrictions === true,
    attribution: c.attribution === true,
    derivativeNaming: c.derivativeNaming === true,
    licensePropagation: c.licensePropagation === true,
    registration: c.registration === true,
  };
}

function readText(file: string): { text: string } | { error: string } {
  let fd: number | undefined;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { error: "is a directory" };
    if (!st.isFile()) return { error: "not a regular file" };
    fd = openSync(file, "r");
    const buf = Buffer.alloc(Math.min(st.size, MAX_BYTES));
    const n = readSync(fd, buf, 0, buf.length, 0);
    const bytes = buf.subarray(0, n);
    if (bytes.subarray(0, 8192).includes(0)) return { error: "binary file, not a license text" };
    return { text: new TextDecoder("utf-8", { fatal: false }).decode(bytes) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") return { error: "no such file" };
    if (err.code === "EACCES") return { error: "permission denied" };
    return { error: err.message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function resultFor(file: string, c: Classification): ClassifyResult {
  const r: ClassifyResult = {
    file,
    license: c.license,
    spdx: c.spdx,
    confidence: c.confidence,
    categories: c.categories,
    clauses: fullClauses(c.clauses),
  };
  if (c.note) r.note = c.note;
  return r;
}

// File names and notes come from outside: no control characters reach the terminal.
const safe = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "?");

function clauseText(r: ClassifyResult): string {
  const c: Clauses = {};
  if (r.clauses.mauThreshold !== null) c.mauThreshold = r.clauses.mauThreshold;
  if (r.clauses.revenueThreshold) c.revenueThreshold = r.clauses.revenueThreshold;
  const names = clauseNames({ ...c, ...booleans(r.clauses) });
  return names
    .map((n) => {
      if (n === "mau-threshold") return `mau-threshold ${r.clauses.mauThreshold!.toLocaleString("en-US")}`;
      if (n === "revenue-threshold") {
        const t = r.clauses.revenueThreshold!;
        return `revenue-threshold ${t.amount.toLocaleString("en-US")} ${t.currency}/${t.period}`;
      }
      return n;
    })
    .join(", ");
}

function booleans(c: ClassifyResult["clauses"]): Clauses {
  const out: Clauses = {};
  for (const k of [
    "nonCommercial",
    "useRestrictions",
    "attribution",
    "derivativeNaming",
    "licensePropagation",
    "registration",
  ] as const) {
    if (c[k]) out[k] = true;
  }
  return out;
}

function table(results: ClassifyResult[]): string {
  const rows = results.map((r) => [
    safe(r.file),
    r.error ? "error" : (r.license ?? "-"),
    r.spdx ?? "-",
    r.error ? "-" : r.confidence.toFixed(2),
    r.categories.join(", ") || "-",
    r.error ? safe(r.error) : clauseText(r) || "-",
  ]);
  const head = ["FILE", "LICENSE", "SPDX", "CONF", "CATEGORIES", "CLAUSES"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const notes = results.filter((r) => r.note).map((r) => `note: ${safe(r.file)}: ${safe(r.note!)}`);
  return `${[line(head), ...rows.map(line), ...notes].join("\n")}\n`;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
}

export async function runClassify(argv: string[], io: CommandIO): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.stderr(`classify: ${(e as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const format = values.format ?? (io.isTTY ? "table" : "json");
  if (format !== "json" && format !== "table") {
    io.stderr(`classify: --format must be json or table, not "${safe(format)}"\n`);
    return EXIT.usage;
  }
  if (positionals.length === 0) {
    io.stderr(`classify: name at least one license file, e.g. LICENSE\n\n${HELP}`);
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  const results: ClassifyResult[] = [];
  for (const file of positionals) {
    const read = readText(path.resolve(io.cwd, file));
    if ("error" in read) {
      io.stderr(`classify: ${safe(file)}: ${read.error}\n`);
      code = EXIT.usage;
      results.push({
        file,
        license: null,
        spdx: null,
        confidence: 0,
        categories: [],
        clauses: fullClauses({}),
        error: read.error,
      });
      continue;
    }
    results.push(resultFor(file, classifyText(read.text)));
  }
  io.stdout(format === "json" ? `${JSON.stringify({ results }, null, 2)}\n` : table(results));
  return code;
}
