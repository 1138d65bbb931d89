// GitHub Actions expressions with a literal fallback, `${{ inputs.model || 'org/x' }}`: a run
// without the input (schedule, push) uses the literal, so the literal is the value. Shared by the
// config detector (whole values) and the shell detector (inside command lines).

/** The inside of such an expression: `inputs.model || 'org/x'`. */
const FALLBACK = /^[^}'"|]{0,200}\|\|[ \t]{0,8}(['"])([^'"\s]{1,300})\1[ \t]{0,8}$/;

/** The text with each `${{ x || 'org/x' }}` replaced by its literal (one look per expression). */
export function withFallbacks(text: string): string {
  if (!text.includes("${{")) return text;
  let out = "";
  let from = 0;
  for (let at = text.indexOf("${{"); at >= 0; at = text.indexOf("${{", from)) {
    const end = text.indexOf("}}", at + 3);
    if (end < 0 || end - at > 600) break;
    const m = FALLBACK.exec(text.slice(at + 3, end).trim());
    out += text.slice(from, at) + (m ? m[2]! : text.slice(at, end + 2));
    from = end + 2;
  }
  return out + text.slice(from);
}
