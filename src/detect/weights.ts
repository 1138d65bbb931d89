// Vendored weight files: license facts from the file's own header, read from its first bytes only.
// GGUF metadata (general.license, general.base_model.N.*, general.source.*), safetensors
// __metadata__, Git LFS pointers. A truncated or malformed header yields header.error, never a throw.

import type { RawReference, WeightsHeader } from "../types.js";
import { isRepoShape, parseHubUrl } from "./ids.js";

/** How many bytes of a weight file detectWeights needs. */
export const WEIGHTS_HEAD_BYTES = 1 << 20;

const WEIGHTS_EXT = new Set("safetensors gguf bin pt pth ckpt onnx h5 tflite mlmodel keras".split(" "));

/** By the name's extension (any case); asked of every file of a tree, so a set, not a regex. */
export function isWeightsFile(file: string): boolean {
  const dot = file.lastIndexOf(".");
  return dot >= 0 && WEIGHTS_EXT.has(file.slice(dot + 1).toLowerCase());
}

class Truncated extends Error {}

/** Reads GGUF values from a byte window; throws Truncated when a value runs past the window. */
class Reader {
  private readonly view: DataView;
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(n: number): void {
    if (this.pos + n > this.bytes.length) throw new Truncated();
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  u64(): number {
    this.need(8);
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
  }
  skip(n: number): void {
    this.need(n);
    this.pos += n;
  }
  text(len: number, keep: boolean): string | undefined {
    this.need(len);
    const s = keep ? new TextDecoder().decode(this.bytes.subarray(this.pos, this.pos + len)) : undefined;
    this.pos += len;
    return s;
  }
}

// GGUF value types: sizes of the fixed-width ones.
const FIXED: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
const STRING = 8;
const ARRAY = 9;
const MAX_KEEP = 64 * 1024;

function readGguf(head: Uint8Array, size: number): WeightsHeader {
  const h: WeightsHeader = { format: "gguf" };
  const r = new Reader(head);
  const fields = new Map<string, string>();
  let lastKey = "";
  let index = 0;
  let count = 0;
  try {
    r.skip(4);
    const version = r.u32();
    if (version < 1 || version > 3) return { format: "gguf", error: `unsupported GGUF version ${version}` };
    const wide = version >= 2;
    const len = () => (wide ? r.u64() : r.u32());
    len(); // tensor count
    count = len();
    if (count > 1_000_000) return { format: "gguf", error: `malformed GGUF header: ${count} metadata keys` };
    const skipValue = (type: number, depth: number): void => {
      if (type in FIXED) r.skip(FIXED[type]!);
      else if (type === STRING) r.skip(len());
      else if (type === ARRAY) {
        if (depth > 4) throw new Error("arrays nested too deep");
        const inner = r.u32();
        const n = len();
        if (inner in FIXED) r.skip(FIXED[inner]! * n);
        else for (let k = 0; k < n; k++) skipValue(inner, depth + 1);
      } else throw new Error(`unknown value type ${type}`);
    };
    for (index = 0; index < count; index++) {
      const klen = len();
      if (klen > 65_536) throw new Error(`key length ${klen}`);
      const key = r.text(klen, true)!;
      lastKey = key;
      const type = r.u32();
      if (type === STRING && key.startsWith("general.")) {
        const vlen = len();
        const v = r.text(vlen, vlen <= MAX_KEEP);
        if (v !== undefined) fields.set(key, v);
      } else skipValue(type, 0);
    }
  } catch (e) {
    if (e instanceof Truncated) {
      // Readers put general.* first; past them, the rest of the header holds no license facts.
      const pastGeneral = index > 0 && !lastKey.startsWith("general.") && size > head.length;
      if (!pastGeneral) {
        h.error =
          size <= head.length
            ? `truncated GGUF file: it ends inside metadata key ${index + 1} of ${count || "?"} (${size} bytes)`
            : `GGUF metadata longer than the ${head.length} bytes read; license keys not reached`;
      }
    } else {
      h.error = `malformed GGUF header: ${(e as Error).message} (metadata key ${index + 1})`;
    }
  }
  const license = fields.get("general.license");
  if (license) h.license = license;
  const name = fields.get("general.license.name");
  if (name) h.licenseName = name;
  const link = fields.get("general.license.link");
  if (link) h.licenseLink = link;
  const bases: string[] = [];
  for (let k = 0; k < 64; k++) {
    const url = fields.get(`general.base_model.${k}.repo_url`);
    const org = fields.get(`general.base_model.${k}.organization`);
    const nm = fields.get(`general.base_model.${k}.name`);
    if (url === undefined && nm === undefined) {
      if (k > 0) break;
      continue;
    }
    const fromUrl = url ? parseHubUrl(url) : null;
    if (fromUrl) bases.push(fromUrl.id);
    else if (org && nm && isRepoShape(`${org}/${nm}`)) bases.push(`${org}/${nm}`);
    else if (url) bases.push(url);
    // A display name ("Meta Llama" / "Llama 3 8B") is no Hub id: a lookup of it could only fail.
    else if (nm && !org && isRepoShape(nm)) bases.push(nm);
  }
  if (bases.length > 0) h.baseModels = [...new Set(bases)];
  const repo = fields.get("general.source.huggingface.repository");
  const srcUrl = fields.get("general.source.repo_url") ?? fields.get("general.source.url");
  if (repo) h.sourceRepo = repo;
  else if (srcUrl) h.sourceRepo = parseHubUrl(srcUrl)?.id ?? srcUrl;
  return h;
}

function readSafetensors(head: Uint8Array, size: number): WeightsHeader {
  if (head.length < 8) return { format: "safetensors", error: `truncated safetensors file: ${size} bytes` };
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const n = view.getBigUint64(0, true);
  if (n > BigInt(100 * 1024 * 1024) || n > BigInt(Math.max(0, size - 8))) {
    return {
      format: "safetensors",
      error: `malformed safetensors header: declared length ${n} exceeds the file (${size} bytes)`,
    };
  }
  const len = Number(n);
  const available = Math.min(len, head.length - 8);
  const text = new TextDecoder().decode(head.subarray(8, 8 + available));
  let meta: Record<string, unknown> | undefined;
  let error: string | undefined;
  if (available === len) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        throw new Error("not an object");
      const m = (parsed as Record<string, unknown>).__metadata__;
      if (m !== undefined && (typeof m !== "object" || m === null))
        throw new Error("__metadata__ is not an object");
      meta = m as Record<string, unknown> | undefined;
    } catch (e) {
      error = `malformed safetensors header: ${(e as Error).message}`;
    }
  } else {
    // Longer than what was read: the metadata object (strings only) may still be whole.
    const at = text.indexOf('"__metadata__"');
    const open = at >= 0 ? text.indexOf("{", at) : -1;
    const close = open >= 0 ? findObjectEnd(text, open) : -1;
    if (close > 0) {
      try {
        meta = JSON.parse(text.slice(open, close + 1)) as Record<string, unknown>;
      } catch {
        meta = undefined;
      }
    }
    if (!meta)
      error = `safetensors header is ${len} bytes, more than the ${available} read; no metadata found`;
  }
  const h: WeightsHeader = { format: "safetensors" };
  if (error) h.error = error;
  if (meta) {
    const s = (k: string) => (typeof meta![k] === "string" ? (meta![k] as string) : undefined);
    const license = s("license") ?? s("modelspec.license");
    if (license) h.license = license;
    const name = s("license_name");
    if (name) h.licenseName = name;
    const link = s("license_link");
    if (link) h.licenseLink = link;
    // kohya/sd-scripts name the checkpoint a LoRA was trained on; often a local file name.
    const kohya = s("ss_sd_model_name");
    const base =
      s("base_model") ?? s("base_model_name_or_path") ?? (kohya && isRepoShape(kohya) ? kohya : undefined);
    if (base) {
      h.baseModels = base
        .split(",")
        .map((b) => b.trim())
        .filter(Boolean)
        .map((b) => parseHubUrl(b)?.id ?? b);
    }
    const src = s("repo_id") ?? s("source");
    if (src) h.sourceRepo = parseHubUrl(src)?.id ?? src;
  }
  return h;
}

/** End of a JSON object of string values starting at `open`, or -1. */
function findObjectEnd(text: string, open: number): number {
  let inStr = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inStr) {
      if (c === 92) i++;
      else if (c === 34) inStr = false;
    } else if (c === 34) inStr = true;
    else if (c === 125) return i;
    else if (c === 123) return -1;
  }
  return -1;
}

const LFS = /^version https:\/\/(?:git-lfs\.github\.com|hawser\.github\.com)\/spec\/v1\r?\n/;

function startsWith(head: Uint8Array, bytes: number[], at = 0): boolean {
  if (head.length < at + bytes.length) return false;
  return bytes.every((b, k) => head[at + k] === b);
}

/** The reference of a vendored weight file, with license facts from its header bytes. */
export function detectWeights(file: string, head: Uint8Array, size: number): RawReference {
  const ref: RawReference = { id: file, kind: "weights-file", file, line: 1, confidence: 1, via: "weights" };
  let header: WeightsHeader;
  try {
    const lower = file.toLowerCase();
    const start = new TextDecoder().decode(head.subarray(0, Math.min(head.length, 200)));
    if (head.length < 1024 && LFS.test(start)) {
      header = { format: "lfs-pointer" };
      const text = new TextDecoder().decode(head);
      if (!/^oid sha256:[0-9a-f]{64}$/m.test(text) || !/^size \d+$/m.test(text))
        header.error = "malformed Git LFS pointer: oid or size missing";
    } else if (startsWith(head, [0x47, 0x47, 0x55, 0x46])) {
      header = readGguf(head, size);
    } else if (lower.endsWith(".gguf")) {
      header = {
        format: "gguf",
        error:
          head.length < 4
            ? `truncated GGUF file: ${size} bytes`
            : "not a GGUF file: the magic bytes GGUF are missing",
      };
    } else if (lower.endsWith(".safetensors")) {
      header = readSafetensors(head, size);
    } else if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || (head[0] === 0x80 && (head[1] ?? 0) <= 5)) {
      header = { format: "pickle" };
    } else if (lower.endsWith(".onnx")) {
      header = { format: "onnx" };
    } else {
      header = { format: "other" };
    }
  } catch (e) {
    header = { format: "other", error: `unreadable header: ${(e as Error).message}` };
  }
  ref.header = header;
  return ref;
}
