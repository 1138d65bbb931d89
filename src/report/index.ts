// STUB (owned by the report engineer): signatures are the contract, bodies are placeholders.
import type { LinkContext, ScanResult } from "../types.js";

/** Hidden marker by which the sticky PR comment is found again. */
export const COMMENT_MARKER = "<!-- model-license-gate:sticky -->";

export interface Annotation {
  level: "error" | "warning" | "notice";
  file: string;
  line: number;
  title: string;
  message: string;
}

/** The PR comment body (with the marker), within maxLength (GitHub: 65,536). */
export function renderMarkdown(
  result: ScanResult,
  _ctx: LinkContext,
  _options: { maxLength?: number } = {},
): string {
  return `${COMMENT_MARKER}\nverdict: ${result.verdict}\n`;
}

/** The job summary: the same table, in every mode. */
export function renderSummary(result: ScanResult, ctx: LinkContext): string {
  return renderMarkdown(result, ctx, { maxLength: 1_000_000 });
}

export function renderAnnotations(_result: ScanResult): Annotation[] {
  return [];
}

/** The JSON report of the contract. */
export function renderJson(result: ScanResult): unknown {
  return {
    version: 1,
    verdict: result.verdict,
    policy: result.policy,
    references: [],
    errors: result.errors,
  };
}

export function renderSarif(_result: ScanResult, _ctx: LinkContext): unknown {
  return {};
}

export function renderCycloneDx(_result: ScanResult): unknown {
  return {};
}

/** A plain-text table for the terminal. */
export function renderTable(result: ScanResult): string {
  return `verdict: ${result.verdict}\n`;
}

/** Untrusted text made inert in Markdown: no HTML, no @-mentions, no links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[<>&@[\]`|*_\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}
