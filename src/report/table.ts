// The terminal table of the CLI and the demo: plain text, aligned columns, colour only when asked.
import type { Finding, ScanResult, Verdict } from "../types.js";
import {
  countVerdicts,
  licenseLabel,
  licenseName,
  sortFindings,
  uniqueLocations,
  whyLines,
} from "./describe.js";
import { clip, escapeTerminal } from "./escape.js";

export interface TableOptions {
  color?: boolean;
}

const COLOR: Record<Verdict, string> = { pass: "\u001b[32m", warn: "\u001b[33m", fail: "\u001b[31m" };
const RESET = "\u001b[0m";
const DIM = "\u001b[2m";
const HEADERS = ["VERDICT", "MODEL", "WEIGHTS", "CODE", "WHERE", "WHY"] as const;
const WIDTH = [7, 64, 40, 24, 36, 0];
const MAX_LINES = 3;

/** Display width in columns: wide East Asian characters and emoji take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    if (cp === 0x200b || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

function fitCell(text: string, width: number): string {
  const clean = escapeTerminal(text);
  if (width <= 0 || displayWidth(clean) <= width) return clean;
  let out = "";
  for (const ch of clean) {
    if (displayWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}

/** Each finding as a block of lines: the first carries the main facts, the rest continue the columns. */
function block(f: Finding): string[][] {
  const model = [f.ref.revision ? `${f.ref.id}@${f.ref.revision}` : f.ref.id];
  if (f.resolution.gated) model[0] += " (gated)";
  for (const base of f.resolution.lineage.slice(0, MAX_LINES - 1)) {
    model.push(`via ${base.id} (${base.relation}, ${licenseName(base.license)})`);
  }
  if (f.resolution.lineage.length > MAX_LINES - 1)
    model.push(`+${f.resolution.lineage.length - MAX_LINES + 1} more bases`);
  const locations = uniqueLocations(f).map((l) => `${l.file}:${l.line}`);
  const where = locations.slice(0, MAX_LINES);
  if (locations.length > MAX_LINES) where.push(`+${locations.length - MAX_LINES} more`);
  const why = whyLines(f);
  const whyShown = why.slice(0, MAX_LINES).map((w) => clip(escapeTerminal(w), 160));
  if (why.length > MAX_LINES) whyShown.push(`+${why.length - MAX_LINES} more`);
  const columns = [
    [f.verdict],
    model,
    [licenseLabel(f.resolution.weights)],
    [f.resolution.code ? licenseLabel(f.resolution.code) : "-"],
    where.length ? where : ["-"],
    whyShown.length ? whyShown : ["-"],
  ];
  const height = Math.max(...columns.map((c) => c.length));
  const lines: string[][] = [];
  for (let i = 0; i < height; i++) lines.push(columns.map((c, j) => fitCell(c[i] ?? "", WIDTH[j] ?? 0)));
  return lines;
}

export function renderTable(result: ScanResult, options: TableOptions = {}): string {
  const paint = (verdict: Verdict, text: string) =>
    options.color ? `${COLOR[verdict] ?? ""}${text}${RESET}` : text;
  const dim = (text: string) => (options.color ? `${DIM}${text}${RESET}` : text);
  const counts = countVerdicts(result);
  const out: string[] = [];

  if (counts.references === 0) {
    out.push("No model references found.");
  } else {
    const findings = sortFindings(result.findings);
    const blocks = findings.map(block);
    const widths = HEADERS.map((h, j) =>
      Math.max(displayWidth(h), ...blocks.flat().map((line) => displayWidth(line[j] ?? ""))),
    );
    const line = (cells: string[], verdict?: Verdict) =>
      cells
        .map((c, j) => {
          const last = j === cells.length - 1;
          const padded = last ? c : pad(c, widths[j] ?? 0);
          return j === 0 && verdict && c ? paint(verdict, padded) : padded;
        })
        .join("  ")
        .trimEnd();
    out.push(dim(line([...HEADERS])));
    findings.forEach((f, i) => {
      for (const cells of blocks[i] ?? []) out.push(line(cells, f.verdict));
    });
  }

  out.push("");
  const policy =
    escapeTerminal(result.policy.source) +
    (result.policy.ref ? ` at ${escapeTerminal(result.policy.ref)}` : "");
  out.push(
    `${paint(result.verdict, `verdict: ${result.verdict}`)}  (${counts.fail} fail, ${counts.warn} warn, ${counts.pass} pass; policy ${policy})`,
  );
  for (const n of result.notices) out.push(`notice: ${clip(escapeTerminal(n), 500)}`);
  for (const e of result.errors) out.push(`error: ${clip(escapeTerminal(e), 500)}`);
  return `${out.join("\n")}\n`;
}
