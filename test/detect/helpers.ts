import { detectText } from "../../src/detect/index.js";

/** "kind id@rev:line" strings of a file's references at confidence >= 0.5, sorted. */
export function refs(file: string, text: string, minConfidence = 0.5): string[] {
  return detectText(file, text)
    .filter((r) => r.confidence >= minConfidence)
    .map((r) => `${r.kind} ${r.id}${r.revision ? `@${r.revision}` : ""}:${r.line}`)
    .sort();
}

/** Ids reported below 0.5 (candidates). */
export function candidates(file: string, text: string): string[] {
  return detectText(file, text)
    .filter((r) => r.confidence < 0.5)
    .map((r) => r.id)
    .sort();
}
