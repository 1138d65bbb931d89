// Byte-level builders of weight-file headers (GGUF v3, safetensors) for the hardening tests.

export function ggufString(s: string): Uint8Array {
  const b = new TextEncoder().encode(s);
  const out = new Uint8Array(8 + b.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(b.length), true);
  out.set(b, 8);
  return out;
}
export function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, true);
  return out;
}
export function u64(n: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n), true);
  return out;
}
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A GGUF v3 header with string metadata; returns the bytes and where the license value ends. */
export function ggufHeader(kv: [string, string][], tail = 64): { bytes: Uint8Array; licenseEnd: number } {
  const parts: Uint8Array[] = [new TextEncoder().encode("GGUF"), u32(3), u64(0), u64(kv.length)];
  let licenseEnd = -1;
  for (const [k, v] of kv) {
    parts.push(ggufString(k), u32(8), ggufString(v));
    if (k === "general.license") licenseEnd = parts.reduce((n, p) => n + p.length, 0);
  }
  parts.push(new Uint8Array(tail));
  return { bytes: concat(parts), licenseEnd };
}

export function safetensorsHeader(meta: Record<string, string>, tail = 64): Uint8Array {
  const json = new TextEncoder().encode(
    JSON.stringify({ __metadata__: meta, "w.weight": { dtype: "F16", shape: [2, 2], data_offsets: [0, 8] } }),
  );
  return concat([u64(json.length), json, new Uint8Array(tail)]);
}
