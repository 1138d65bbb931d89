// The cheap test a file's bytes must pass to be worth decoding and detecting (see GATES in
// src/detect). Both reading threads run it: the reader thread gets its source text, so the
// function may use nothing but its parameters and globals.

export interface CompiledGate {
  always?: boolean;
  needles: string[];
  patterns: RegExp[];
}

/**
 * Whether `buf` may hold a reference for `gate`. Files with bytes outside ASCII always pass (the
 * tests below hold for ASCII text only), files with a NUL early on never do (binary).
 */
export function passesGate(
  buf: Uint8Array,
  gate: CompiledGate | undefined,
  isAscii: ((b: Uint8Array) => boolean) | undefined,
): boolean {
  if (!gate || gate.always) return true;
  const s = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString("latin1");
  // isAscii is native (Node 18.15+) and many times faster than a regex over the string.
  if (isAscii ? !isAscii(buf) : /[\u0080-\u00ff]/.test(s)) return true;
  const nul = s.indexOf("\u0000");
  if (nul >= 0 && nul < 8192) return false;
  for (const n of gate.needles) if (s.includes(n)) return true;
  for (const r of gate.patterns) if (r.test(s)) return true;
  return false;
}

/** The gate table as it travels to a thread: regular expressions as source and flags. */
export interface GateTable {
  needles: string[];
  patterns: { source: string; flags: string }[];
  always?: boolean;
}

export function compileGates(table: GateTable[]): CompiledGate[] {
  return table.map((g) => ({
    ...(g.always ? { always: true } : {}),
    needles: g.needles,
    patterns: g.patterns.map((p) => new RegExp(p.source, p.flags)),
  }));
}
