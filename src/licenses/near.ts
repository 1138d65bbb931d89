// Phrases of a license: parts in order, each starting within a few characters of the end of the
// one before, with no sentence stop in between. As one regex (A[^.]{0,80}B) the engine retries
// every split of the gap from every start, which a ReDoS checker rightly judges polynomial; matched
// part by part, with each (part, position) tried once, the work stays linear in the text.

export interface Phrase {
  readonly first: RegExp;
  readonly rest: readonly { re: RegExp; gap: number; anywhere: RegExp }[];
  /** Characters a gap may not hold. */
  readonly stops: string;
}

function withFlags(re: RegExp, add: string): RegExp {
  const flags = [...new Set(`${re.flags.replace(/[gy]/g, "")}${add}`)].join("");
  return new RegExp(re.source, flags);
}

/** `phrase(A, 80, B)`: A, then B starting at most 80 characters (none a period) after A ends. */
export function phrase(first: RegExp, ...rest: (number | RegExp)[]): Phrase {
  const parts: { re: RegExp; gap: number; anywhere: RegExp }[] = [];
  let gap = 0;
  for (const x of rest) {
    if (typeof x === "number") gap = x;
    else {
      parts.push({ re: withFlags(x, "y"), gap, anywhere: withFlags(x, "") });
      gap = 0;
    }
  }
  return { first: withFlags(first, "g"), rest: parts, stops: "." };
}

/** The same phrase with other characters that end a gap (e.g. ".;"). */
export function stoppedBy(p: Phrase, stops: string): Phrase {
  return { ...p, stops };
}

/** The matches of the phrase's parts, in order, or null. */
export function findPhrase(p: Phrase, text: string): RegExpExecArray[] | null {
  // A part that occurs nowhere in the text rules the phrase out at the cost of one scan.
  if (p.rest.some((r) => !r.anywhere.test(text))) return null;
  // (part, position) pairs already known to lead nowhere.
  const dead = p.rest.map(() => new Set<number>());
  const tail = (k: number, pos: number): RegExpExecArray[] | null => {
    if (dead[k]!.has(pos)) return null;
    const { re, gap } = p.rest[k]!;
    const limit = Math.min(text.length, pos + gap);
    for (let at = pos; at <= limit; at++) {
      if (at > pos && p.stops.includes(text[at - 1]!)) break;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      if (k + 1 === p.rest.length) return [m];
      const deeper = tail(k + 1, at + m[0].length);
      if (deeper) return [m, ...deeper];
    }
    dead[k]!.add(pos);
    return null;
  };
  const first = p.first;
  first.lastIndex = 0;
  for (let m = first.exec(text); m; m = first.exec(text)) {
    if (p.rest.length === 0) return [m];
    const found = tail(0, m.index + m[0].length);
    if (found) return [m, ...found];
    // The next start may lie inside this match: `"a", "b"not` holds `"b"not` from the second quote.
    first.lastIndex = m.index + 1;
  }
  return null;
}

export type Pattern = RegExp | Phrase;

export function matches(pattern: Pattern, text: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(text);
  return findPhrase(pattern, text) !== null;
}
