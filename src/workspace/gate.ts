// The cheap test a file's bytes must pass to be worth decoding and detecting (see GATES in
// src/detect). Both reading threads run it: the reader thread gets its source text, so the
// functions may use nothing but their parameters and globals.

export interface CompiledGate {
  always?: boolean;
  /**
   * One regular expression per set of flags: the needles and the patterns of a gate joined as
   * alternatives, so that a file is searched in one pass rather than one pass per needle.
   */
  tests: RegExp[];
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
  for (const r of gate.tests) if (r.test(s)) return true;
  return false;
}

/** The gate table as it travels to a thread: regular expressions as source and flags. */
export interface GateTable {
  needles: string[];
  patterns: { source: string; flags: string }[];
  always?: boolean;
}

export function compileGates(table: GateTable[]): CompiledGate[] {
  return table.map((g) => {
    if (g.always) return { always: true, tests: [] };
    // Needles are literal text, searched case-sensitively; a stateful flag (g, y) would make
    // test() depend on the previous call.
    const byFlags = new Map<string, string[]>([
      ["", g.needles.map((n) => n.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&"))],
    ]);
    for (const p of g.patterns) {
      const flags = p.flags.replace(/[gy]/g, "");
      const list = byFlags.get(flags) ?? [];
      list.push(`(?:${p.source})`);
      byFlags.set(flags, list);
    }
    const tests: RegExp[] = [];
    for (const [flags, parts] of byFlags)
      if (parts.length > 0) tests.push(new RegExp(parts.join("|"), flags));
    return { tests };
  });
}
