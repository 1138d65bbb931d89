// One annotation per fail/warn location: the line a reviewer sees flagged in the diff.
import type { ScanResult } from "../types.js";
import { licenseLabel, sortFindings, sortReasons, uniqueLocations } from "./describe.js";
import { clip, oneLine } from "./escape.js";

export interface Annotation {
  level: "error" | "warning" | "notice";
  file: string;
  line: number;
  title: string;
  message: string;
}

const MESSAGE = 400;

export function renderAnnotations(result: ScanResult): Annotation[] {
  const out: Annotation[] = [];
  for (const f of sortFindings(result.findings)) {
    if (f.verdict === "pass") continue;
    const level = f.verdict === "fail" ? "error" : "warning";
    const id = oneLine(f.ref.id);
    const top = sortReasons(f.reasons).find((r) => r.level === f.verdict);
    const license = `license ${licenseLabel(f.resolution.weights)}`;
    const rule = top ? `${top.rule}${top.message ? `: ${top.message}` : ""}` : f.resolution.errors[0];
    const more = f.reasons.filter((r) => r.level !== "pass").length - 1;
    const message = [license, rule, more > 0 ? `(+${more} more)` : ""].filter(Boolean).join(" — ");
    for (const loc of uniqueLocations(f)) {
      out.push({
        level,
        file: loc.file,
        line: Math.max(1, Math.trunc(loc.line) || 1),
        title: clip(`Model license ${f.verdict}: ${id}`, 120),
        message: clip(oneLine(message), MESSAGE),
      });
    }
  }
  return out;
}

/** GitHub shows at most this many error and this many warning annotations of a step. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * The annotations GitHub will show: beyond the limit of a level it drops the rest without a word,
 * so the last one of a level that overflows says how many more there are and where to see them.
 */
export function capAnnotations(all: Annotation[], perLevel = ANNOTATIONS_PER_LEVEL): Annotation[] {
  const out: Annotation[] = [];
  for (const level of ["error", "warning", "notice"] as const) {
    const of = all.filter((a) => a.level === level);
    if (of.length <= perLevel) {
      out.push(...of);
      continue;
    }
    const shown = of.slice(0, perLevel - 1);
    out.push(...shown);
    const rest = of.length - shown.length;
    const files = new Set(of.slice(shown.length).map((a) => a.file)).size;
    out.push({
      level,
      file: of[shown.length]!.file,
      line: of[shown.length]!.line,
      title: `${rest} more ${level === "error" ? "failing" : level === "warning" ? "warned" : "noted"} model locations`,
      message: `${rest} more locations in ${files} file(s), from here on, are not annotated (GitHub shows ${perLevel} per level): the job summary lists every one.`,
    });
  }
  return out;
}
