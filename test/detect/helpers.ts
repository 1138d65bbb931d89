import { expect, it } from "vitest";
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

/**
 * The checks of a config-style case list: each case exact (no miss, no extra, no stray candidate),
 * the list as a whole at 95% recall and precision or more, and, when given, a batch written after
 * the fixes measured and printed as written (not held to the bar).
 */
export function caseListChecks(
  label: string,
  cases: { name: string; file: string; text: string; expect: string[] }[],
  writtenAfter: { name: string; file: string; text: string; expect: string[] }[] = [],
): void {
  for (const c of cases) {
    it(c.name, () => {
      const d = scoreCase(c);
      expect({ missed: d.missed, extra: d.extra, extraCandidates: d.extraCandidates }).toEqual({
        missed: [],
        extra: [],
        extraCandidates: [],
      });
    });
  }

  if (writtenAfter.length > 0)
    it("measures the batch written after the fixes (reported, not held to the bar)", () => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const c of writtenAfter) {
        const d = scoreCase(c);
        tp += c.expect.length - d.missed.length;
        fn += d.missed.length;
        fp += d.extra.length;
        for (const m of [...d.missed.map((x) => `- ${x}`), ...d.extra.map((x) => `+ ${x}`)])
          console.log(`written after: ${c.name}: ${m}`);
      }
      console.log(
        `${label}, written after the fixes: ${tp + fn} expected, recall ${(tp / (tp + fn)).toFixed(3)}, precision ${(tp / (tp + fp)).toFixed(3)}`,
      );
      expect(tp).toBeGreaterThan(0);
    });

  it("finds at least 95% of the references and reports at most 5% that are not", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let extraCand = 0;
    for (const c of cases) {
      const d = scoreCase(c);
      tp += c.expect.length - d.missed.length;
      fn += d.missed.length;
      fp += d.extra.length;
      extraCand += d.extraCandidates.length;
      if (process.env.REALWORLD_VERBOSE)
        for (const m of [
          ...d.missed.map((x) => `- ${x}`),
          ...d.extra.map((x) => `+ ${x}`),
          ...d.extraCandidates.map((x) => `~ ${x}`),
        ])
          console.log(`${c.name}: ${m}`);
    }
    const recall = tp / (tp + fn);
    const precision = tp / (tp + fp);
    console.log(
      `${label}: ${tp + fn} expected, ${tp} found, ${fn} missed, ${fp} false alarms, ${extraCand} stray candidates; recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
}

/**
 * The checks of a code-style case list: each case exact (references and candidates), the list as
 * a whole at recall and precision 1, and no reference on a line outside its file.
 */
export function codeCaseChecks(cases: CodeCase[]): void {
  for (const c of cases) {
    it(c.name, () => {
      expect(refs(c.file, c.src)).toEqual([...c.want].sort());
      expect(candidates(c.file, c.src)).toEqual([...(c.cands ?? [])].sort());
    });
  }

  it("has recall and precision of 1 over the whole set (every case above, as one number)", () => {
    const { tp, fp, fn, candMiss } = scoreCodeCases(cases);
    const recall = tp / (tp + fn);
    const precision = tp / (tp + fp);
    if (process.env.DETECT_SCORE)
      console.log(
        `recall ${recall.toFixed(3)} precision ${precision.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); candidates wrong in ${candMiss} of ${cases.length} cases`,
      );
    expect({ recall, precision }).toEqual({ recall: 1, precision: 1 });
  });

  it("never reports a line outside the file", () => {
    for (const c of cases) {
      const lines = c.src.split("\n").length;
      for (const r of detectText(c.file, c.src)) {
        expect(r.line).toBeGreaterThanOrEqual(1);
        expect(r.line).toBeLessThanOrEqual(lines);
      }
    }
  });
}
