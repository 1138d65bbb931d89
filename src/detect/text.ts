// String trimming by hand: the regex forms (/x+$/, /^x+|x+$/) rescan from every start position,
// quadratic on long runs of the trimmed characters.

export function trimStartChars(s: string, chars: string): string {
  let i = 0;
  while (i < s.length && chars.includes(s[i]!)) i++;
  return i === 0 ? s : s.slice(i);
}

export function trimEndChars(s: string, chars: string): string {
  let j = s.length;
  while (j > 0 && chars.includes(s[j - 1]!)) j--;
  return j === s.length ? s : s.slice(0, j);
}

export function trimChars(s: string, start: string, end: string = start): string {
  return trimEndChars(trimStartChars(s, start), end);
}

/** Number of leading spaces and tabs. */
export function indentOf(s: string): number {
  let i = 0;
  while (i < s.length && (s[i] === " " || s[i] === "\t")) i++;
  return i;
}
