// What a source file defines, found with a plain search before the lexer runs: the functions it
// declares (so that a call can be read by the parameter names of its target) and the loops over a
// named list (so that the loop variable holds what the list holds).

import type { Lang } from "./lexer.js";

/** Loop variables over a named list, by name: `for name in BASELINES:` -> name: BASELINES. */
export function loopVariables(text: string, lang: Lang): Map<string, string> {
  const found = new Map<string, string>();
  if (!text.includes("for")) return found;
  const re =
    lang === "py"
      ? /\bfor[ \t]+([A-Za-z_]\w{0,60})[ \t]+in[ \t]+([A-Za-z_][\w.]{0,80})[ \t]*:/g
      : /\bfor[ \t]*\([ \t]*(?:const|let|var)[ \t]+([A-Za-z_$][\w$]{0,60})[ \t]+of[ \t]+([A-Za-z_$][\w$.]{0,80})[ \t]*\)/g;
  for (let m = re.exec(text); m && found.size < 1000; m = re.exec(text)) {
    const list = m[2]!;
    found.set(m[1]!, list.slice(list.lastIndexOf(".") + 1));
  }
  return found;
}

/** Functions defined in a text (`def name(`, `function name(`), by name, with the line of each. */
export function localDefinitions(text: string, lang: Lang): Map<string, number> {
  const found = new Map<string, number>();
  const re =
    lang === "py"
      ? /\bdef[ \t]+([A-Za-z_]\w{0,80})[ \t]*\(/g
      : /\bfunction[ \t]+([A-Za-z_$][\w$]{0,80})[ \t]*\(/g;
  let line = 1;
  let from = 0;
  for (let m = re.exec(text); m && found.size < 1000; m = re.exec(text)) {
    for (let k = text.indexOf("\n", from); k >= 0 && k < m.index; k = text.indexOf("\n", k + 1)) line++;
    from = m.index;
    found.set(m[1]!, line);
  }
  return found;
}
