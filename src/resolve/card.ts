// Reading model-card metadata, which is untrusted text from the Hub or the tree: every value is
// type-checked and bounded before it becomes a fact.
import { parse } from "yaml";
import { factFromDeclared } from "../licenses/index.js";
import type { LicenseFact } from "../types.js";

const MAX_VALUE = 200;

/** A string, or a list of strings, trimmed and bounded; anything else is ignored. */
export function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((v): v is string | number => typeof v === "string" || typeof v === "number")
    .map((v) => String(v).trim().slice(0, MAX_VALUE))
    .filter((v) => v.length > 0);
}

function first(value: unknown): string | undefined {
  return strings(value)[0];
}

export interface Declaration {
  license?: string[];
  licenseName?: string;
  licenseLink?: string;
}

/** The license declaration of a card (`license`, `license_name`, `license_link`). */
export function cardDeclaration(card: Record<string, unknown> | undefined | null): Declaration {
  if (!card || typeof card !== "object") return {};
  const license = strings(card.license);
  const out: Declaration = {};
  if (license.length) out.license = license;
  const name = first(card.license_name);
  if (name) out.licenseName = name;
  const link = first(card.license_link);
  if (link) out.licenseLink = link;
  return out;
}

/**
 * The fact a declaration means, or null when nothing is declared. A declaration the catalog
 * does not know still counts: it is a declared-but-unknown license, not an absent one.
 */
export function declaredFact(decl: Declaration, source: string): LicenseFact | null {
  if (!decl.license?.length && !decl.licenseName) return null;
  const fact = factFromDeclared(
    {
      license: decl.license ?? null,
      licenseName: decl.licenseName ?? null,
      licenseLink: decl.licenseLink ?? null,
    },
    source,
  );
  if (fact) return fact;
  const declared = decl.licenseName ?? decl.license?.join(" OR ");
  const out: LicenseFact = {
    license: null,
    spdx: null,
    categories: ["unknown"],
    clauses: {},
    source,
    confidence: 0.5,
  };
  if (declared) out.declared = declared;
  if (decl.licenseLink) out.link = decl.licenseLink;
  return out;
}

/** Whether a fact names a license we recognize (as opposed to "other" or an unknown name). */
export function recognized(fact: LicenseFact): boolean {
  return fact.license !== null && !fact.categories.includes("unknown");
}

/** The YAML front matter of a Markdown file; null when absent or unreadable. */
export function frontMatter(text: string): Record<string, unknown> | null {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]{0,65536}?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  try {
    const data: unknown = parse(m[1] ?? "", { maxAliasCount: 50 });
    return data && typeof data === "object" && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const ID = /^[A-Za-z0-9][\w.-]{0,95}(\/[A-Za-z0-9][\w.-]{0,95})?$/;

/** A Hub model id from a card or config value (bare id or Hub URL); undefined for local paths. */
export function hubId(value: string): string | undefined {
  let v = value.trim();
  const url = /^(?:https?:\/\/)?(?:huggingface\.co|hf\.co)\/(.+)$/i.exec(v);
  if (url) v = (url[1] ?? "").split(/[/?#]/).slice(0, 2).join("/");
  if (v.startsWith(".") || v.startsWith("/") || v.includes("\\") || v.includes("..")) return undefined;
  return ID.test(v) ? v : undefined;
}
