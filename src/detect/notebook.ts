// Jupyter notebooks: the code (and markdown) cells, with each reference on the line of the
// .ipynb file that holds it. A small JSON reader keeps the offset of every string so that a
// source line maps back to the file; it is iterative and depth-capped, so hostile JSON cannot
// exhaust the stack.

import type { RawReference } from "../types.js";
import { detectCode } from "./code.js";
import { detectConfig } from "./config.js";
import { detectShell } from "./shell.js";
import { detectUrls } from "./urls.js";

type JVal = JStr | JVal[] | { [k: string]: JVal } | number | boolean | null;
interface JStr {
  s: string;
  at: number;
}

const MAX_DEPTH = 512;

/** Parses JSON keeping string offsets; throws Error with the offset on malformed input. */
function parseWithOffsets(text: string): JVal {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const fail = (msg: string): never => {
    const before = text.slice(0, Math.min(i, n));
    const line = before.split("\n").length;
    const col = i - before.lastIndexOf("\n");
    throw new Error(`${msg} at line ${line}, column ${col}`);
  };
  const str = (): JStr => {
    const at = i;
    let j = i + 1;
    let simple = true;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 34) break;
      if (c === 92) {
        simple = false;
        j += 2;
        continue;
      }
      j++;
    }
    if (j >= n) fail("unterminated string");
    const raw = text.slice(i, j + 1);
    i = j + 1;
    if (simple) return { s: raw.slice(1, -1), at };
    try {
      return { s: JSON.parse(raw) as string, at };
    } catch {
      return fail("bad string escape");
    }
  };
  // Explicit stack instead of recursion.
  type Ctx = { arr: JVal[] } | { obj: Record<string, JVal>; key: string | null };
  const stack: Ctx[] = [];
  let result: JVal | undefined;
  const put = (v: JVal) => {
    const top = stack[stack.length - 1];
    if (!top) result = v;
    else if ("arr" in top) top.arr.push(v);
    else {
      if (top.key === null) fail("expected a key");
      top.obj[top.key!] = v;
      top.key = null;
    }
  };
  for (;;) {
    ws();
    if (i >= n) fail("unexpected end of JSON");
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (top && "obj" in top && top.key === null && c !== 125) {
      if (c !== 34) fail("expected a key");
      top.key = str().s;
      ws();
      if (text.charCodeAt(i) !== 58) fail("expected ':'");
      i++;
      continue;
    }
    let value: JVal | undefined;
    let opened = false;
    if (c === 123 || c === 91) {
      if (stack.length >= MAX_DEPTH) fail("nesting too deep");
      const container: JVal = c === 123 ? {} : [];
      put(container);
      stack.push(
        c === 123 ? { obj: container as Record<string, JVal>, key: null } : { arr: container as JVal[] },
      );
      i++;
      opened = true;
    } else if (c === 125 || c === 93) {
      if (!top) fail("unexpected bracket");
      stack.pop();
      i++;
    } else if (c === 34) value = str();
    else {
      const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
      if (!m) fail("unexpected character");
      i += m![0].length;
      value = m![0] === "true" ? true : m![0] === "false" ? false : m![0] === "null" ? null : Number(m![0]);
    }
    if (value !== undefined) put(value);
    if (opened) continue;
    if (stack.length === 0) break;
    ws();
    if (i >= n) fail("unexpected end of JSON");
    const d = text.charCodeAt(i);
    if (d === 44) i++;
    else if (d !== 125 && d !== 93) fail("expected ',' or a closing bracket");
  }
  ws();
  if (i < n) fail("trailing characters");
  return result as JVal;
}

function isStr(v: JVal | undefined): v is JStr {
  return (
    typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as JStr).s === "string" && "at" in v
  );
}
function field(v: JVal | undefined, key: string): JVal | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isStr(v)
    ? (v as Record<string, JVal>)[key]
    : undefined;
}

/** References in the cells of a notebook; throws with a clear message when it is not JSON. */
export function detectNotebook(file: string, text: string): RawReference[] {
  let root: JVal;
  try {
    root = parseWithOffsets(text);
  } catch (e) {
    throw new Error(`not a valid notebook: ${(e as Error).message}`);
  }
  let cells = field(root, "cells");
  // nbformat 3 keeps cells in worksheets, with the code under "input".
  const sheets = field(root, "worksheets");
  if (!Array.isArray(cells) && Array.isArray(sheets))
    cells = sheets.flatMap((w) => field(w, "cells") ?? []) as JVal[];
  if (!Array.isArray(cells)) throw new Error("not a valid notebook: no cells array");
  const lang = String(
    (field(field(field(root, "metadata"), "kernelspec"), "language") as JStr | undefined)?.s ??
      (field(field(field(root, "metadata"), "language_info"), "name") as JStr | undefined)?.s ??
      "python",
  ).toLowerCase();
  const codeLang = lang === "javascript" || lang === "typescript" ? "js" : "py";

  // Offsets to lines, by binary search over newline positions.
  const nl: number[] = [];
  for (let k = text.indexOf("\n"); k >= 0; k = text.indexOf("\n", k + 1)) nl.push(k);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nl[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  const out: RawReference[] = [];
  // A notebook runs as one program: its code cells are read together, so that an id assigned in
  // one cell and loaded in a later one is seen; programLines[k] is the .ipynb line of line k+1.
  const program: string[] = [];
  const programLines: number[] = [];
  // Where each code cell starts in the program: each is also read alone, so that a cell left
  // broken (an unterminated string, a bracket never closed) cannot hide the cells after it.
  const cellStarts: number[] = [];
  for (const cell of cells) {
    const type = field(cell, "cell_type");
    const kind = isStr(type) ? type.s : "";
    if (kind !== "code" && kind !== "markdown") continue;
    const src = field(cell, "source") ?? field(cell, "input");
    const parts = Array.isArray(src) ? src.filter(isStr) : isStr(src) ? [src] : [];
    // lineMap[k]: the .ipynb line holding the start of code line k (1-based).
    const lineMap: number[] = [0];
    let body = "";
    let needStart = true;
    for (const p of parts) {
      if (p.s === "") continue;
      const fileLine = lineOf(p.at);
      if (needStart) {
        lineMap.push(fileLine);
        needStart = false;
      }
      for (let q = p.s.indexOf("\n"); q >= 0; q = p.s.indexOf("\n", q + 1)) {
        if (q + 1 < p.s.length) lineMap.push(fileLine);
        else needStart = true;
      }
      body += p.s;
    }
    const map = (l: number) => lineMap[l] ?? lineMap[lineMap.length - 1] ?? 1;
    out.push(...detectUrls(file, body, map, kind !== "code"));
    if (kind !== "code") continue;
    const lines = body.split("\n");
    const first = lines[0]?.trim() ?? "";
    if (/^%%(?:bash|sh|script\s+(?:bash|sh))\b/.test(first)) {
      out.push(...detectShell(file, body, { lineMap: map }));
      continue;
    }
    if (first.startsWith("%%writefile")) {
      out.push(...writtenFile(file, first, lines, map));
      continue;
    }
    // Shell escapes (!cmd, %cmd) go to the shell detector; the rest stays code, same lines.
    const shellLines: string[] = [];
    cellStarts.push(program.length);
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]!;
      const t = l.trimStart();
      const shell = t.startsWith("!") || t.startsWith("%");
      shellLines.push(shell ? t.replace(/^[!%]+\s*/, "") : "");
      program.push(shell ? "" : l);
      programLines.push(map(k + 1));
    }
    out.push(...detectShell(file, shellLines.join("\n"), { lineMap: map }));
  }
  const readCode = (from: number, to: number) => {
    for (const r of detectCode(file, program.slice(from, to).join("\n"), codeLang))
      out.push({ ...r, line: programLines[from + r.line - 1] ?? r.line });
  };
  readCode(0, program.length);
  // The same reference seen both ways is one (the caller keeps the higher confidence of a line).
  if (cellStarts.length > 1)
    for (let c = 0; c < cellStarts.length; c++) readCode(cellStarts[c]!, cellStarts[c + 1] ?? program.length);
  return out;
}

/**
 * A `%%writefile NAME` cell is a file: read as its name says (a YAML or JSON config, a script).
 * Its lines are shifted by one, the magic line being the cell's first.
 */
function writtenFile(
  file: string,
  magic: string,
  lines: string[],
  map: (l: number) => number,
): RawReference[] {
  const name = magic.split(/\s+/).pop() ?? "";
  const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  const body = ["", ...lines.slice(1)].join("\n");
  switch (ext) {
    case "yaml":
    case "yml":
      return [
        ...detectConfig(file, body, { lineMap: map }),
        ...detectShell(file, body, { yaml: true, lineMap: map }),
      ];
    case "json":
    case "toml":
    case "ini":
    case "cfg":
    case "env":
      return detectConfig(file, body, { lineMap: map, commands: true });
    case "py":
      return detectCode(file, body, "py").map((r) => ({ ...r, line: map(r.line) }));
    case "sh":
    case "bash":
      return detectShell(file, body, { lineMap: map });
    default:
      return [];
  }
}
