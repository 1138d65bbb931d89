// One way to score the held-out rounds (heldout-r5 ... heldout-r10): every round keeps its own case
// list, in the shape its author wrote, and hands this module the same four things per file: its
// name, its type, its text and the references a user expects. Scored with detectText at confidence
// >= 0.5; a reference counts only on an exact (kind, id, line, revision) match.
import { expect, it } from "vitest";
import { detectText } from "../../src/detect/index.js";

export interface HeldoutRef {
  kind: string;
  id: string;
  line: number;
  revision?: string | undefined;
}

export interface HeldoutCase {
  file: string;
  type: string;
  text: string;
  want: HeldoutRef[];
}

/** A miss (expected, not reported) or a false alarm (reported, not expected) in one file. */
export interface Outcome {
  file: string;
  ref: string;
  what: "miss" | "false";
}

/** "kind id[@revision]:line": how the rounds write a reference. */
export function refKey(r: HeldoutRef): string {
  return `${r.kind} ${r.id}${r.revision ? `@${r.revision}` : ""}:${r.line}`;
}

/** "kind id[@revision]:line" back to its parts. */
export function parseRef(s: string): HeldoutRef {
  const m = /^(\S+) (\S+?)(?:@(\S+))?:(\d+)$/.exec(s);
  if (!m) throw new Error(`not a reference "kind id[@revision]:line": ${s}`);
  return { kind: m[1]!, id: m[2]!, line: Number(m[4]), ...(m[3] ? { revision: m[3] } : {}) };
}

/**
 * The line (1-based) of the one line of `text` that holds `needle` (else the one line equal to it);
 * throws unless exactly one does.
 */
export function lineOf(file: string, text: string, needle: string): number {
  const lines = text.split("\n");
  let hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  if (hits.length > 1) hits = lines.flatMap((l, i) => (l === needle ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`${file}: "${needle}" is on ${hits.length} lines, not one`);
  return hits[0]!;
}

interface Counts {
  tp: number;
  expected: number;
  reported: number;
}

export interface Score extends Counts {
  recall: number;
  precision: number;
  outcomes: Outcome[];
  byType: Map<string, Counts>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreHeldout(cases: HeldoutCase[]): Score {
  const byType = new Map<string, Counts>();
  const outcomes: Outcome[] = [];
  const all: Counts = { tp: 0, expected: 0, reported: 0 };
  for (const c of cases) {
    const want = new Set(c.want.map(refKey));
    const got = new Set(
      detectText(c.file, c.text)
        .filter((r) => r.confidence >= 0.5)
        .map(refKey),
    );
    const t = byType.get(c.type) ?? { tp: 0, expected: 0, reported: 0 };
    byType.set(c.type, t);
    for (const counts of [all, t]) {
      counts.expected += want.size;
      counts.reported += got.size;
    }
    for (const k of want)
      if (got.has(k)) {
        all.tp++;
        t.tp++;
      } else outcomes.push({ file: c.file, ref: k, what: "miss" });
    for (const k of got) if (!want.has(k)) outcomes.push({ file: c.file, ref: k, what: "false" });
  }
  return {
    ...all,
    recall: ratio(all.tp, all.expected),
    precision: ratio(all.tp, all.reported),
    outcomes,
    byType,
  };
}

const row = (o: Outcome) => `${o.what} ${o.file} ${o.ref}`;

/**
 * The two tests every round holds itself to: recall and precision at or above the floors (so the
 * numbers only go up), and the misses and false alarms exactly the round's KNOWN table (so a fix
 * must strike its entry and a regression cannot hide). `verbose` prints the score and each outcome.
 */
export function heldoutChecks(
  round: string,
  cases: HeldoutCase[],
  options: { known: Outcome[]; floor: { recall: number; precision: number }; verbose: boolean },
): void {
  const s = scoreHeldout(cases);
  it("recall and precision stay at or above the measured floors", () => {
    if (options.verbose) {
      const line = (name: string, c: Counts) =>
        `${name}: recall ${ratio(c.tp, c.expected).toFixed(3)} (${c.tp}/${c.expected}), ` +
        `precision ${ratio(c.tp, c.reported).toFixed(3)} (${c.tp}/${c.reported})`;
      console.log(line(`${round} all`, s));
      for (const [type, c] of s.byType) console.log(`  ${line(type, c)}`);
      for (const o of s.outcomes) console.log(`  ${row(o)}`);
    }
    expect(s.recall, `recall ${s.tp}/${s.expected}`).toBeGreaterThanOrEqual(options.floor.recall);
    expect(s.precision, `precision ${s.tp}/${s.reported}`).toBeGreaterThanOrEqual(options.floor.precision);
  });
  it("misses and false alarms are exactly the KNOWN table", () => {
    const now = s.outcomes.map(row).sort();
    const known = options.known.map(row).sort();
    const fixed = known.filter((k) => !now.includes(k));
    const fresh = now.filter((k) => !known.includes(k));
    const message = [
      `${round}: the outcome differs from the KNOWN table`,
      ...fixed.map((k) => `  now right, strike it from KNOWN (and raise the floors): ${k}`),
      ...fresh.map((k) => `  new miss or false alarm (a regression, or add it to KNOWN with a reason): ${k}`),
    ].join("\n");
    expect(fixed.length + fresh.length, message).toBe(0);
  });
}
