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

/** "kind id[@rev]:line", the form the case lists below compare. */
export function refKey(r: { kind: string; id: string; revision?: string; line: number }): string {
  return `${r.kind} ${r.id}${r.revision ? `@${r.revision}` : ""}:${r.line}`;
}

/**
 * What a case yields against what it should: references it misses, references it reports that
 * are not expected, and candidates (below 0.5) not expected. An expectation "~kind id:line" is a
 * candidate; the rest are references at 0.5 or more.
 */
export function scoreCase(c: { file: string; text: string; expect: string[] }): {
  missed: string[];
  extra: string[];
  extraCandidates: string[];
} {
  const found = detectText(c.file, c.text);
  const left = found.filter((r) => r.confidence >= 0.5).map(refKey);
  const leftCand = found.filter((r) => r.confidence < 0.5).map(refKey);
  const missed: string[] = [];
  for (const e of c.expect) {
    const pool = e.startsWith("~") ? leftCand : left;
    const i = pool.indexOf(e.replace(/^~/, ""));
    if (i >= 0) pool.splice(i, 1);
    else missed.push(e);
  }
  return { missed, extra: left, extraCandidates: leftCand };
}

/** A code file of a case list: its references ("kind id[@rev]:line", >= 0.5) and candidates. */
export interface CodeCase {
  name: string;
  file: string;
  src: string;
  want: string[];
  /** Candidates (confidence < 0.5) expected; [] when omitted. */
  cands?: string[];
}

/** Counts over a case list: references found, reported but not wanted, wanted but missed. */
export function scoreCodeCases(cases: CodeCase[]): { tp: number; fp: number; fn: number; candMiss: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let candMiss = 0;
  for (const c of cases) {
    const got = refs(c.file, c.src);
    const want = [...c.want];
    for (const g of got) {
      const k = want.indexOf(g);
      if (k >= 0) {
        tp++;
        want.splice(k, 1);
      } else fp++;
    }
    fn += want.length;
    const cands = candidates(c.file, c.src);
    const candOk = JSON.stringify(cands) === JSON.stringify([...(c.cands ?? [])].sort());
    if (!candOk) candMiss++;
    // DETECT_SCORE=1 prints what each case misses or adds, to measure before and after a change
    if (process.env.DETECT_SCORE && (want.length > 0 || got.some((g) => !c.want.includes(g)) || !candOk))
      console.log(c.name, {
        missed: want,
        extra: got.filter((g) => !c.want.includes(g)),
        ...(candOk ? {} : { cands }),
      });
  }
  return { tp, fp, fn, candMiss };
}
