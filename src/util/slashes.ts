/**
 * `s` without trailing slashes. A loop rather than /\/+$/, which backtracks quadratically on a long
 * run of slashes that does not end the string (URLs and paths here can come from untrusted input).
 */
export function withoutTrailingSlashes(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 47) end--;
  return s.slice(0, end);
}
