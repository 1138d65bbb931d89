// Vendored weight files: what their own header says, then the files that travel with them
// (model card, LICENSE*, adapter_config.json, config.json) in the same folder or above, up to
// the scanned root. Reads are bounded and never leave the root, links included.
import { lstat, open, readdir, realpath } from "node:fs/promises";
import path from "node:path";
import { factFromText } from "../licenses/index.js";
import type { LicenseFact, LineageRelation, WeightsHeader } from "../types.js";
import { cardDeclaration, declaredFact, frontMatter, hubId, recognized, strings } from "./card.js";

const MAX_SIDECAR = 256 * 1024;

export interface VendoredFacts {
  /** Null when neither the header nor a sidecar declares a license. */
  weights: LicenseFact | null;
  bases: { id: string; relation: LineageRelation; weak?: boolean }[];
  /** The Hub repo the weights were converted from, whose license they carry when they declare none. */
  source?: string;
  notes: string[];
}

/** A file's text when it is a regular file inside root, bounded; null otherwise. */
async function readInside(root: string, file: string): Promise<string | null> {
  try {
    const st = await lstat(file);
    if (!st.isFile()) return null;
    const real = await realpath(file);
    const rel = path.relative(root, real);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
    const handle = await open(real, "r");
    try {
      const buffer = Buffer.alloc(Math.min(st.size, MAX_SIDECAR));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

function parseJson(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function headerFact(header: WeightsHeader): LicenseFact | null {
  const source = header.format === "gguf" ? "gguf:general.license" : `${header.format}:metadata.license`;
  const decl: { license?: string[]; licenseName?: string; licenseLink?: string } = {};
  if (header.license) decl.license = strings(header.license);
  if (header.licenseName) decl.licenseName = strings(header.licenseName)[0];
  if (header.licenseLink) decl.licenseLink = strings(header.licenseLink)[0];
  return declaredFact(decl, source);
}

/** Whether a rel path stays inside the root (ids of vendored files are relative paths). */
function safeRelative(rel: string): boolean {
  const norm = path.posix.normalize(rel.replace(/\\/g, "/"));
  return !norm.startsWith("../") && norm !== ".." && !path.posix.isAbsolute(norm);
}

export async function vendoredFacts(
  root: string,
  id: string,
  header: WeightsHeader | undefined,
): Promise<VendoredFacts> {
  const notes: string[] = [];
  const bases = new Map<string, { relation: LineageRelation; weak?: boolean }>();
  const addBase = (value: string, relation: LineageRelation, weak = false) => {
    const base = hubId(value);
    if (base && !bases.has(base)) bases.set(base, weak ? { relation, weak } : { relation });
  };
  let weights: LicenseFact | null = null;
  let source: string | undefined;

  if (header) {
    if (header.error) notes.push(`${id}: header not read: ${header.error}`);
    weights = headerFact(header);
    for (const b of header.baseModels ?? []) addBase(b, "base");
    if (header.sourceRepo) {
      const repo = hubId(header.sourceRepo);
      if (repo) source = repo;
    }
  }

  if (!safeRelative(id)) {
    notes.push(`${id}: path leaves the scanned root; sidecar files not read`);
  } else {
    const absRoot = await realpath(root).catch(() => path.resolve(root));
    let dir = path.dirname(path.resolve(absRoot, id));
    // Walk up to the root: the nearest sidecar speaks for the file.
    for (;;) {
      const rel = path.relative(absRoot, dir);
      if (rel.startsWith("..") || path.isAbsolute(rel)) break;
      const names = await readdir(dir).catch(() => [] as string[]);
      const at = (name: string) => (rel ? `${rel.split(path.sep).join("/")}/${name}` : name);
      if (names.includes("README.md")) {
        const card = frontMatter((await readInside(absRoot, path.join(dir, "README.md"))) ?? "");
        if (card) {
          if (!weights || !recognized(weights)) {
            const fromCard = declaredFact(cardDeclaration(card), `sidecar:${at("README.md")}`);
            if (fromCard && (!weights || recognized(fromCard))) weights = fromCard;
          }
          for (const b of strings(card.base_model)) addBase(b, "base");
        }
      }
      if (!weights || !recognized(weights)) {
        const licenseFile = names
          .filter((n) => /^(licen[cs]e|copying)([-_.][\w.-]*)?$/i.test(n) && !/code/i.test(n))
          .sort()[0];
        if (licenseFile) {
          const text = await readInside(absRoot, path.join(dir, licenseFile));
          if (text) {
            const fromText = factFromText(text, `sidecar:${at(licenseFile)}`);
            if (!weights || recognized(fromText)) weights = fromText;
          }
        }
      }
      if (names.includes("adapter_config.json")) {
        const cfg = parseJson(await readInside(absRoot, path.join(dir, "adapter_config.json")));
        for (const b of strings(cfg?.base_model_name_or_path)) addBase(b, "adapter");
      }
      if (names.includes("config.json")) {
        const cfg = parseJson(await readInside(absRoot, path.join(dir, "config.json")));
        for (const b of strings(cfg?._name_or_path)) addBase(b, "base", true);
      }
      if (!rel) break;
      dir = path.dirname(dir);
    }
  }
  const out: VendoredFacts = { weights, bases: [...bases].map(([b, v]) => ({ id: b, ...v })), notes };
  if (source) out.source = source;
  return out;
}
