// From the many ways a card, a GGUF header or a config names a license to one catalog id.
import parseSpdx, { type SpdxNode } from "spdx-expression-parse";
import type { Category, Clauses, LicenseFact, LicenseInfo } from "../types.js";
import { getLicense, LICENSES } from "./catalog.js";
import { trimEndWhere } from "./trim.js";

/**
 * A spelling-insensitive key: lowercase, filler words dropped ("license", "agreement", "version"),
 * "v2"/"2.0" read as "2", punctuation gone. "Apache License, Version 2.0", "apache2" and "Apache-2.0"
 * all become "apache2".
 */
export function nameKey(name: string): string {
  const words = name
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[-_]+/g, " ")
    .replace(
      /licen[cs]e[sd]?|agreement|version|\bthe\b|\bterms of use\b|\bterms\b|\bonly\b|\bor[- ]later\b/g,
      " ",
    )
    .replace(/([a-z])[-_ ]?v(?=\d)/g, "$1 ")
    .replace(/\bv(?=\d)/g, "")
    .replace(/(\d)\.0(?![\d])/g, "$1")
    .split(/[^a-z0-9.+]+/)
    .filter(Boolean);
  return trimEndWhere(words.join(""), (c) => c === ".");
}

// Names the Hub does not list but cards, headers and configs use. Keys go through nameKey.
const ALIASES: Record<string, string[]> = {
  "apache-2.0": ["apache", "apache2", "asl2", "al2", "apache software 2"],
  mit: ["expat", "mit x11"],
  "bsd-3-clause": ["bsd3", "new bsd", "revised bsd", "modified bsd", "bsd 3 clause new"],
  "bsd-2-clause": ["bsd2", "simplified bsd", "freebsd"],
  "gpl-3.0": ["gpl3", "gnu gpl 3", "gnu general public 3", "gpl3+"],
  "gpl-2.0": ["gpl2", "gnu gpl 2", "gpl2+"],
  "agpl-3.0": ["agpl3", "agpl", "gnu agpl 3", "affero gpl 3", "gnu affero general public 3", "agpl3+"],
  "lgpl-3.0": ["lgpl3", "lgpl3+"],
  lgpl: ["gnu lesser general public", "gnu library general public", "library general public"],
  gpl: ["gnu general public", "gnu gpl"],
  "lgpl-2.1": ["lgpl2.1", "lgpl2.1+"],
  "cc0-1.0": ["cc0", "cc zero"],
  "cc-by-4.0": ["creative commons attribution 4", "cc by"],
  "cc-by-sa-4.0": ["creative commons attribution sharealike 4"],
  "cc-by-nc-4.0": ["creative commons attribution noncommercial 4", "cc nc", "cc by nc"],
  "cc-by-nc-sa-4.0": ["creative commons attribution noncommercial sharealike 4"],
  "cc-by-nc-nd-4.0": ["creative commons attribution noncommercial noderivatives 4"],
  "cc-by-nd-4.0": ["creative commons attribution noderivatives 4"],
  odbl: ["odbl 1", "open database"],
  "odc-by": ["odc by 1", "odc attribution"],
  pddl: ["pddl 1"],
  openrail: ["open rail", "openrail m", "open rail m"],
  "creativeml-openrail-m": ["creativeml open rail m", "stable diffusion"],
  "openrail++": ["openrail++ m", "creativeml openrail++ m", "creativeml open rail++ m"],
  "bigscience-bloom-rail-1.0": ["bloom rail", "bigscience rail 1", "bloom"],
  "bigcode-openrail-m": ["bigcode open rail m", "bigcode openrail m 1"],
  llama2: ["llama 2 community", "llama2 community", "meta llama 2", "llama 2"],
  llama3: ["llama 3 community", "meta llama 3", "meta llama 3 community", "llama 3"],
  "llama3.1": ["llama 3.1 community", "meta llama 3.1", "llama 3.1", "llama31"],
  "llama3.2": ["llama 3.2 community", "meta llama 3.2", "llama 3.2", "llama32"],
  "llama3.3": ["llama 3.3 community", "meta llama 3.3", "llama 3.3", "llama33"],
  llama4: ["llama 4 community", "meta llama 4", "llama 4"],
  "llama1-noncommercial-research": [
    "llama1",
    "llama 1",
    "llama noncommercial",
    "llama non commercial research",
  ],
  "fair-noncommercial-research-license": ["fair noncommercial research", "fair nc research"],
  gemma: ["gemma terms of use", "gemma terms", "gemma prohibited use policy"],
  "apple-amlr": ["apple machine learning research model", "apple ml research model", "amlr"],
  "apple-ascl": ["apple sample code"],
  "grok2-community": ["grok 2 community", "grok2", "xai grok 2 community"],
  "deepfloyd-if-license": ["deepfloyd if", "deepfloyd"],
  "tongyi-qianwen": [
    "tongyi qianwen",
    "tongyi-qianwen-license-agreement",
    "qianwen",
    "tongyi qianwen community",
  ],
  "tongyi-qianwen-research": ["tongyi qianwen research", "tongyi-qianwen-research-license-agreement"],
  qwen: ["qwen", "qwen community", "qwen2"],
  "qwen-research": ["qwen research", "qwen-research-license-agreement"],
  "deepseek-model-license": ["deepseek", "deepseek model", "deepseek-license", "deepseek model license 1"],
  "falcon-llm-license": [
    "falcon",
    "falcon llm",
    "tii falcon",
    "falcon 2 11b",
    "falcon 3 tii falcon",
    "falcon mamba 7b",
  ],
  "falcon-180b-license": ["falcon 180b", "falcon 180b tii", "falcon-180b-tii-license-1.0"],
  "mistral-mnpl": [
    "mnpl",
    "mnpl 0.1",
    "mistral non production",
    "mistral ai non production",
    "mistral mnpl 0.1",
  ],
  "mistral-mrl": ["mrl", "mrl 0.1", "mistral research", "mistral ai research", "mistral mrl 0.1"],
  "nvidia-open-model-license": [
    "nvidia open model",
    "nvidia-open-model-license-agreement",
    "nvidia open model v1",
  ],
  "nvidia-source-code-license-nc": [
    "nvidia source code",
    "nvidia source code nc",
    "nvidia noncommercial",
    "nvidia nc",
  ],
  "stability-community": [
    "stabilityai ai community",
    "stabilityai community",
    "stability ai community",
    "stability community",
  ],
  "stability-non-commercial": [
    "stabilityai nc research community",
    "stability ai non commercial research community",
    "stabilityai noncommercial",
    "stable video diffusion nc community",
    "sai nc community",
  ],
  "databricks-open-model-license": ["databricks open model", "dbrx", "dbrx open model"],
};

// A declared license_link often names the terms when the name does not.
const LINKS: Array<[RegExp, string]> = [
  [/llama\.meta\.com\/llama3_1|llama\.com\/llama3_1|llama3_1\/LICENSE/i, "llama3.1"],
  [/llama3_2/i, "llama3.2"],
  [/llama3_3/i, "llama3.3"],
  [/llama4/i, "llama4"],
  [/llama\.meta\.com\/llama3\b|meta-llama-3|llama3\/(blob\/main\/)?LICENSE/i, "llama3"],
  [
    /ai\.meta\.com\/(resources\/models-and-libraries\/)?llama-downloads|ai\.meta\.com\/llama\/license/i,
    "llama2",
  ],
  [/ai\.google\.dev\/gemma\/terms/i, "gemma"],
  [/mistral\.ai\/licen[cs]es?\/MNPL/i, "mistral-mnpl"],
  [/mistral\.ai\/licen[cs]es?\/MRL/i, "mistral-mrl"],
  [/nvidia-open-model-license/i, "nvidia-open-model-license"],
  [/stability\.ai\/community-license/i, "stability-community"],
  [/databricks\.com\/legal\/open-model-license/i, "databricks-open-model-license"],
  [/falconllm\.tii\.ae\/falcon-terms/i, "falcon-llm-license"],
  [/Tongyi(%20| )Qianwen(%20| )RESEARCH/i, "tongyi-qianwen-research"],
  [/Tongyi(%20| )Qianwen(%20| )LICENSE/i, "tongyi-qianwen"],
];

const KEYS = new Map<string, string>();
// Ids first, then SPDX ids, then display names: an earlier, more exact spelling wins a collision.
for (const l of LICENSES) KEYS.set(nameKey(l.id), l.id);
for (const l of LICENSES) {
  const k = nameKey(l.spdx);
  if (!l.spdx.startsWith("LicenseRef-") && !KEYS.has(k)) KEYS.set(k, l.id);
}
for (const l of LICENSES) {
  const k = nameKey(l.name);
  if (!KEYS.has(k)) KEYS.set(k, l.id);
}
for (const [id, names] of Object.entries(ALIASES)) {
  for (const n of names) KEYS.set(nameKey(n), id);
}

/** The catalog entry a declared name means, or undefined. */
export function lookupName(name: string): LicenseInfo | undefined {
  const direct = getLicense(name.trim());
  if (direct) return direct;
  const id = KEYS.get(nameKey(name.replace(/^LicenseRef-/i, "")));
  return id ? getLicense(id) : undefined;
}

export function lookupLink(link: string): LicenseInfo | undefined {
  for (const [re, id] of LINKS) if (re.test(link)) return getLicense(id);
  return undefined;
}

/* ----------------------------------------------------------- combination */

// Lower is freer; OR picks the freest branch, the way a licensee would.
const RANK: Record<Category, number> = {
  "public-domain": 0,
  permissive: 1,
  "weak-copyleft": 2,
  "responsible-ai": 3,
  community: 3,
  "share-alike": 4,
  "strong-copyleft": 5,
  "network-copyleft": 6,
  "no-derivatives": 7,
  "non-commercial": 8,
  "research-only": 9,
  unknown: 10,
  unresolved: 11,
  "no-license": 12,
};

function burden(f: LicenseFact): number {
  const worst = Math.max(...f.categories.map((c) => RANK[c]));
  return worst * 100 + Object.keys(f.clauses).length;
}

export function mergeClauses(a: Clauses, b: Clauses): Clauses {
  const out: Clauses = { ...a };
  for (const [k, v] of Object.entries(b) as Array<[keyof Clauses, Clauses[keyof Clauses]]>) {
    if (v === undefined || v === false) continue;
    if (k === "mauThreshold") {
      // The stricter (lower) user threshold binds.
      out.mauThreshold = Math.min(out.mauThreshold ?? Number.POSITIVE_INFINITY, v as number);
    } else if (k === "revenueThreshold") {
      const r = v as NonNullable<Clauses["revenueThreshold"]>;
      if (!out.revenueThreshold || r.amount < out.revenueThreshold.amount) out.revenueThreshold = r;
    } else {
      (out as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

function all(facts: LicenseFact[], source: string, declared: string): LicenseFact {
  const categories = [...new Set(facts.flatMap((f) => f.categories))];
  return {
    license: facts.length === 1 ? facts[0]!.license : facts.map((f) => f.license ?? "unknown").join(" AND "),
    spdx: facts.every((f) => f.spdx) ? facts.map((f) => f.spdx).join(" AND ") : null,
    declared,
    categories,
    clauses: facts.reduce<Clauses>((acc, f) => mergeClauses(acc, f.clauses), {}),
    source,
    confidence: Math.min(...facts.map((f) => f.confidence)),
  };
}

function any(facts: LicenseFact[], source: string, declared: string): LicenseFact {
  const best = [...facts].sort((a, b) => burden(a) - burden(b))[0]!;
  return {
    ...best,
    source,
    declared: `${declared} (chosen: ${best.license ?? "unknown"}, the most permissive branch)`,
  };
}

/* ---------------------------------------------------------------- facts */

const MAX_DECLARED = 200;
const clip = (s: string) => (s.length > MAX_DECLARED ? `${s.slice(0, MAX_DECLARED)}…` : s);

/** A lowercase slug safe to show and to match globs against, from untrusted text. */
export function slugOf(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9.+]+/g, "-")
      // The replace above leaves at most one dash at either end.
      .replace(/^-/, "")
      .replace(/-$/, "")
      .slice(0, 64) || "unknown"
  );
}

export function factOf(info: LicenseInfo, source: string, confidence = 1, declared?: string): LicenseFact {
  const fact: LicenseFact = {
    license: info.id,
    spdx: info.spdx,
    categories: [...info.categories],
    clauses: { ...info.clauses },
    source,
    confidence,
  };
  if (declared !== undefined) fact.declared = clip(declared);
  return fact;
}

function unknownFact(name: string, source: string): LicenseFact {
  const slug = slugOf(name);
  return {
    license: slug,
    spdx: `LicenseRef-${slug}`,
    declared: clip(name),
    categories: ["unknown"],
    clauses: {},
    source,
    confidence: 0.3,
  };
}

type Expr = { leaf: string } | { op: "and" | "or"; left: Expr; right: Expr };

function fromSpdx(node: SpdxNode): Expr {
  if ("license" in node) return { leaf: node.license + (node.plus ? "+" : "") };
  return { op: node.conjunction, left: fromSpdx(node.left), right: fromSpdx(node.right) };
}

// Hub ids and lowercase names are not valid SPDX, so a forgiving reading of the same grammar
// follows when the strict parser refuses.
function looseParse(text: string): Expr | null {
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const peek = () => tokens[i]?.toLowerCase();
  function primary(): Expr | null {
    if (peek() === "(") {
      i++;
      const e = orExpr();
      if (peek() !== ")") return null;
      i++;
      return e;
    }
    const words: string[] = [];
    while (i < tokens.length && !["(", ")", "and", "or"].includes(peek()!)) {
      const w = tokens[i++]!;
      if (w.toLowerCase() === "with") {
        i++; // an exception widens, never narrows, the grant: the base license decides
        continue;
      }
      words.push(w);
    }
    return words.length ? { leaf: words.join(" ") } : null;
  }
  function andExpr(): Expr | null {
    let left = primary();
    while (left && peek() === "and") {
      i++;
      const right = primary();
      if (!right) return null;
      left = { op: "and", left, right };
    }
    return left;
  }
  function orExpr(): Expr | null {
    let left = andExpr();
    while (left && peek() === "or") {
      i++;
      const right = andExpr();
      if (!right) return null;
      left = { op: "or", left, right };
    }
    return left;
  }
  const e = orExpr();
  return e && i === tokens.length ? e : null;
}

function parseExpression(text: string): Expr | null {
  if (!/\s(and|or|with)\s|[()]/i.test(text)) return null;
  try {
    return fromSpdx(parseSpdx(text.trim()));
  } catch {
    return looseParse(text);
  }
}

function evalExpr(e: Expr, source: string, declared: string): LicenseFact {
  if ("leaf" in e) return factFromName(e.leaf, source) ?? unknownFact(e.leaf, source);
  const l = evalExpr(e.left, source, declared);
  const r = evalExpr(e.right, source, declared);
  return e.op === "and" ? all([l, r], source, declared) : any([l, r], source, declared);
}

function factFromName(name: string, source: string): LicenseFact | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const info = lookupName(trimmed);
  return info ? factOf(info, source, 1, trimmed) : null;
}

/** One declared value: an id, a name, or an SPDX expression. */
function factFromValue(value: string, source: string): LicenseFact {
  const expr = parseExpression(value);
  if (expr && "leaf" in expr) {
    const f = factFromName(expr.leaf, source);
    if (!f) return unknownFact(value, source);
    f.declared = clip(value);
    return f;
  }
  if (expr) {
    const f = evalExpr(expr, source, clip(value));
    if (!f.declared) f.declared = clip(value);
    return f;
  }
  return factFromName(value, source) ?? unknownFact(value, source);
}

function strings(v: unknown): string[] {
  if (typeof v === "string") return v.trim() ? [v.trim()] : [];
  if (typeof v === "number") return [String(v)];
  if (Array.isArray(v)) return v.flatMap(strings);
  return [];
}

const PLACEHOLDER = /^(other|unknown|custom|proprietary|see[- ]license|license)$/i;

export function factFromDeclared(
  input: { license?: string | string[] | null; licenseName?: string | null; licenseLink?: string | null },
  source: string,
): LicenseFact | null {
  const values = strings(input.license);
  const name = strings(input.licenseName)[0];
  const link = strings(input.licenseLink)[0];
  const withLink = (f: LicenseFact): LicenseFact => {
    if (link) f.link = clip(link);
    return f;
  };

  const specific = values.filter((v) => !PLACEHOLDER.test(v));
  if (specific.length > 0) {
    const facts = specific.map((v) => factFromValue(v, source));
    if (facts.length === 1) return withLink(facts[0]!);
    return withLink(all(facts, source, clip(specific.join(", "))));
  }
  // `other` (or nothing) plus a license_name: the name decides, then the link.
  if (name) {
    const byName = lookupName(name);
    if (byName) return withLink(factOf(byName, source, 0.95, name));
    const byLink = link ? lookupLink(link) : undefined;
    if (byLink) return withLink(factOf(byLink, source, 0.8, name));
    return withLink(unknownFact(name, source));
  }
  const byLink = link ? lookupLink(link) : undefined;
  if (byLink) return withLink(factOf(byLink, source, 0.8, link));
  if (values.length > 0) {
    const placeholder = values[0]!.toLowerCase();
    const info = getLicense(placeholder === "unknown" ? "unknown" : "other")!;
    return withLink(factOf(info, source, 0.3, values[0]));
  }
  return link ? withLink(unknownFact("other", source)) : null;
}
