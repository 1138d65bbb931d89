// Trimming by hand: a regex like /[.\s]+$/ retries its run from every position of a long run
// that does not reach the end, which is quadratic on a text of spaces. These loops are linear.

/** `text` without the characters at its end for which `drop` holds. */
export function trimEndWhere(text: string, drop: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `text` without the characters at its start for which `drop` holds. */
export function trimStartWhere(text: string, drop: (ch: string) => boolean): string {
  let start = 0;
  while (start < text.length && drop(text[start]!)) start++;
  return text.slice(start);
}

const SPACE = /\s/;
export const isSpace = (ch: string): boolean => SPACE.test(ch);

/** Each line without the spaces and tabs around its line break, "\r\n" made "\n". */
export function tightenLines(text: string): string {
  const lines = text.split("\n");
  const last = lines.length - 1;
  for (let k = 0; k <= last; k++) {
    let line = lines[k]!;
    if (k < last) {
      if (line.endsWith("\r")) line = line.slice(0, -1);
      line = trimEndWhere(line, (c) => c === " " || c === "\t");
    }
    if (k > 0) line = trimStartWhere(line, (c) => c === " " || c === "\t");
    lines[k] = line;
  }
  return lines.join("\n");
}
