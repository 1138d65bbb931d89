// The PR comment and the job summary: one table a reviewer reads at a glance, kept within a size
// limit by dropping the least severe rows and pointing to where the full list is.
import type { Finding, LinkContext, ScanResult, Verdict } from "../types.js";
import {
  countVerdicts,
  licenseLabel,
  licenseName,
  sortFindings,
  uniqueLocations,
  whyLines,
} from "./describe.js";
import { clip, escapeMarkdown } from "./escape.js";
import { lineUrl, refUrl } from "./links.js";

/** Hidden marker by which the sticky PR comment is found again. */
export const COMMENT_MARKER = "<!-- model-license-gate:sticky -->";

/** GitHub's limit on a comment body. */
export const COMMENT_LIMIT = 65_536;

const EMOJI: Record<Verdict, string> = { pass: "✅", warn: "⚠️", fail: "❌" };
const MAX_LOCATIONS = 3;
const MAX_REASONS = 3;
const MAX_LINEAGE = 3;
const MAX_LISTED = 20;
const CELL = 300;
const LIST_ITEM = 500;

export interface MarkdownOptions {
  maxLength?: number;
  /** Where the reader finds what a shortened report leaves out. */
  fullReport?: "summary" | "json";
  /** Include the sticky-comment marker (the summary does not need it). */
  marker?: boolean;
  /** How length is measured; the job summary's limit is in bytes. */
  measure?: (text: string) => number;
}

function text(value: string, max = CELL): string {
  return escapeMarkdown(clip(value, max));
}

function link(label: string, url: string | undefined): string {
  return url ? `[${label}](${url})` : label;
}

function verdictCell(verdict: Verdict): string {
  return `${EMOJI[verdict] ?? ""} ${verdict}`;
}

function modelCell(f: Finding, ctx: LinkContext): string {
  const { ref, resolution } = f;
  let url = refUrl(ref.kind, ref.id, ctx);
  if (!url && ref.kind === "weights-file") {
    const first = ref.locations[0];
    url = first ? lineUrl(first.file, first.line, ctx) : undefined;
  }
  const parts = [link(text(ref.id, 200), url)];
  if (ref.kind === "hf-dataset") parts.push("(dataset)");
  if (ref.kind === "github-repo") parts.push("(GitHub)");
  if (ref.revision) parts.push(`@ ${text(ref.revision, 60)}`);
  if (resolution.gated) parts.push("· gated");
  if (!resolution.exists) parts.push("· not found");
  const lines = [parts.join(" ")];
  const lineage = resolution.lineage;
  for (const base of lineage.slice(0, MAX_LINEAGE)) {
    const baseLink = link(text(base.id, 200), refUrl("hf-model", base.id, ctx));
    lines.push(`via ${baseLink} (${text(base.relation, 20)}, ${text(licenseName(base.license), 80)})`);
  }
  if (lineage.length > MAX_LINEAGE) lines.push(`+${lineage.length - MAX_LINEAGE} more bases`);
  return lines.join("<br>");
}

function whereCell(f: Finding, ctx: LinkContext): string {
  const locations = uniqueLocations(f);
  const shown = locations
    .slice(0, MAX_LOCATIONS)
    .map((l) => link(`${text(l.file, 120)}:${l.line}`, lineUrl(l.file, l.line, ctx)));
  if (locations.length > MAX_LOCATIONS) shown.push(`+${locations.length - MAX_LOCATIONS} more`);
  return shown.join("<br>") || "—";
}

function whyCell(f: Finding): string {
  const lines = whyLines(f);
  const shown = lines.slice(0, MAX_REASONS).map((l) => text(l));
  if (lines.length > MAX_REASONS) shown.push(`+${lines.length - MAX_REASONS} more`);
  return shown.join("<br>") || "—";
}

export function renderRow(f: Finding, ctx: LinkContext): string {
  const code = f.resolution.code ? text(licenseLabel(f.resolution.code)) : "—";
  const cells = [
    verdictCell(f.verdict),
    modelCell(f, ctx),
    text(licenseLabel(f.resolution.weights)),
    code,
    whereCell(f, ctx),
    whyCell(f),
  ];
  return `| ${cells.join(" | ")} |`;
}

function list(title: string, items: readonly string[], more: string): string[] {
  if (items.length === 0) return [];
  const lines = ["", `**${title}**`, ""];
  for (const item of items.slice(0, MAX_LISTED)) lines.push(`- ${text(item, LIST_ITEM)}`);
  if (items.length > MAX_LISTED) lines.push(`- +${items.length - MAX_LISTED} more ${more}`);
  return lines;
}

function pointer(ctx: LinkContext, fullReport: "summary" | "json"): string {
  if (fullReport === "json") return "the JSON report";
  return ctx.runUrl ? `the [job summary](${ctx.runUrl})` : "the job summary of this run";
}

export function renderMarkdownReport(
  result: ScanResult,
  ctx: LinkContext,
  options: MarkdownOptions = {},
): string {
  const maxLength = options.maxLength ?? COMMENT_LIMIT;
  const measure = options.measure ?? ((s: string) => s.length);
  const fullReport = options.fullReport ?? "summary";
  const counts = countVerdicts(result);

  const head: string[] = [];
  if (options.marker !== false) head.push(COMMENT_MARKER);
  head.push(`### ${EMOJI[result.verdict] ?? ""} Model licenses: ${result.verdict}`, "");
  if (counts.references === 0) {
    head.push("No model references found in this change.");
  } else {
    const noun = counts.references === 1 ? "model reference" : "model references";
    head.push(
      `**${counts.references} ${noun}**: ${counts.fail} fail, ${counts.warn} warn, ${counts.pass} pass.`,
    );
  }
  const policy = result.policy.ref
    ? `${text(result.policy.source, 200)} at ${text(result.policy.ref, 80)}`
    : text(result.policy.source, 200);
  head.push("", `Policy: ${policy}`);
  head.push(...list("Notices", result.notices, "notices"));
  head.push(...list("Errors", result.errors, "errors (see the JSON report)"));

  const tableHead = [
    "",
    "| Verdict | Model | Weights license | Code license | Where | Why |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  const footer = ["", `<sub>model-license-gate${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ""}</sub>`, ""];

  const findings = sortFindings(result.findings);
  const rows = findings.map((f) => renderRow(f, ctx));

  const assemble = (shown: number): string => {
    const parts = [...head];
    if (shown > 0) parts.push(...tableHead, ...rows.slice(0, shown));
    const left = findings.slice(shown);
    if (left.length > 0) {
      const fails = left.filter((f) => f.verdict === "fail").length;
      const warns = left.filter((f) => f.verdict === "warn").length;
      parts.push(
        "",
        `**Shortened:** ${shown} of ${findings.length} references shown; ${left.length} more ` +
          `(${fails} fail, ${warns} warn) are listed in ${pointer(ctx, fullReport)}.`,
      );
    }
    parts.push(...footer);
    return parts.join("\n");
  };

  const full = assemble(rows.length);
  if (measure(full) <= maxLength) return full;

  // Rows are sorted most severe first, so the rows kept are the ones a reviewer must see.
  let budget = maxLength - measure(assemble(0)) - measure(tableHead.join("\n")) - 2;
  let shown = 0;
  for (const row of rows) {
    const cost = measure(row) + 1;
    if (cost > budget) break;
    budget -= cost;
    shown++;
  }
  let out = assemble(shown);
  while (shown > 0 && measure(out) > maxLength) out = assemble(--shown);
  if (measure(out) <= maxLength) return out;

  // Even the head does not fit (a tiny limit): a minimal body that still says where to look.
  const minimal = [
    ...(options.marker !== false ? [COMMENT_MARKER] : []),
    `### ${EMOJI[result.verdict] ?? ""} Model licenses: ${result.verdict}`,
    `${counts.fail} fail, ${counts.warn} warn, ${counts.pass} pass. Details are in ${pointer(ctx, fullReport)}.`,
  ].join("\n");
  return minimal.length <= maxLength ? minimal : minimal.slice(0, maxLength);
}
