/** Edit distance with adjacent transpositions (optimal string alignment), case-insensitive. */
export function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) rows.push([i]);
  for (let j = 1; j <= t.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    const row = rows[i]!;
    const prev = rows[i - 1]!;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      row[j] = d;
    }
  }
  return rows[s.length]![t.length]!;
}

/**
 * The candidate a near-miss most likely meant, or undefined when none is close enough.
 * The allowance grows with length so "deny" does not suggest "warn", but "network-copyleftt" finds its match.
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > 200) return undefined;
  const allowed = Math.max(1, Math.min(3, Math.floor(input.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    // Separators are the commonest slip (`no_license`, `non commercial`): compare without them too.
    const d = Math.min(distance(input, candidate), distance(strip(input), strip(candidate)));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

function strip(s: string): string {
  return s.replace(/[-_\s.]/g, "");
}

/** `: did you mean "x"?` or nothing, to append to a message. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const hit = suggest(input, candidates);
  return hit === undefined ? "" : `: did you mean "${hit}"?`;
}
