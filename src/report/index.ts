// The report stage: pure renderers from a ScanResult (and the links the run may build) to text.
import type { LinkContext, ScanResult } from "../types.js";
import { renderCycloneDx } from "./cyclonedx.js";
import { renderJson } from "./json.js";
import { COMMENT_LIMIT, renderMarkdownReport } from "./markdown.js";
import { renderSarif } from "./sarif.js";

export { ANNOTATIONS_PER_LEVEL, type Annotation, capAnnotations, renderAnnotations } from "./annotations.js";
export { type CycloneDxOptions, renderCycloneDx } from "./cyclonedx.js";
export { escapeMarkdown } from "./escape.js";
export { renderJson } from "./json.js";
export { COMMENT_LIMIT, COMMENT_MARKER } from "./markdown.js";
export { renderSarif } from "./sarif.js";
export { renderTable, type TableOptions } from "./table.js";

/** GITHUB_STEP_SUMMARY takes at most 1 MiB per step; leave room for what else a step writes. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

const utf8 = new TextEncoder();

/** The PR comment body (with the marker), within maxLength (GitHub: 65,536). */
export function renderMarkdown(
  result: ScanResult,
  ctx: LinkContext,
  options: { maxLength?: number } = {},
): string {
  return renderMarkdownReport(result, ctx, {
    maxLength: options.maxLength ?? COMMENT_LIMIT,
    fullReport: "summary",
    marker: true,
  });
}

/** The job summary: the same table, in every mode, within the summary's byte limit. */
export function renderSummary(result: ScanResult, ctx: LinkContext): string {
  return renderMarkdownReport(result, ctx, {
    maxLength: SUMMARY_LIMIT_BYTES,
    fullReport: "json",
    marker: false,
    measure: (s) => utf8.encode(s).length,
  });
}

/** The machine-readable reports, one name each: what the action writes and `scan --format` prints. */
export type DocumentFormat = "json" | "sarif" | "cyclonedx";

/** A machine-readable report as the text of its file. */
export function renderDocument(format: DocumentFormat, result: ScanResult, ctx: LinkContext): string {
  const doc =
    format === "sarif"
      ? renderSarif(result, ctx)
      : format === "cyclonedx"
        ? renderCycloneDx(result)
        : renderJson(result);
  return `${JSON.stringify(doc, null, 2)}\n`;
}
