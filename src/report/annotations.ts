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
