// Which license a text is. Standard licenses are compared with their SPDX reference texts on word
// shingles (copyright lines, Markdown, whitespace and line endings do not count); vendor model
// licenses are recognized by their signatures. A text that matches a standard license but adds
// terms of its own is not that license.
import type { Category, Classification, Clauses, LicenseInfo } from "../types.js";
import { getLicense, LICENSES } from "./catalog.js";
import { extractClauses, plainText, sentences } from "./clauses.js";
import { lookupLink, lookupName } from "./normalize.js";
import { SIGNATURES, signatureText } from "./signatures.js";
import { SPDX_TEXTS } from "./spdx-texts.js";
import { isSpace, trimEndWhere, trimStartWhere } from "./trim.js";

const SHINGLE = 3;
/** Share of a reference text a copy must hold; below it a clause is missing (BSD-1 is not BSD-2). */
const MIN_RECALL = 0.9;
/** How much of the start of a text may hold its title (after pointer and copyright lines). */
const HEAD_CHARS = 900;
/** Texts longer than this are cut: license files are small, and a huge input must not stall a run. */
const MAX_CHARS = 400_000;

/** Comparable words: no copyright lines, URLs, markup or punctuation; British spelling folded. */
const PLACEHOLDER = /year|yyyy|owner|holder|name/;

export function words(text: string): string[] {
  return (
    plainText(text)
      .split("\n")
      .map((l) =>
        // A short copyright line goes whole; in a long line (a reflowed text) only the statement's
        // start goes, since the rest of the line is license text.
        COPYRIGHT_LINE.test(l) ? (l.length < 200 ? "" : l.replace(COPYRIGHT_START, " ")) : l,
      )
      .join("\n")
      .toLowerCase()
      .replace(/https?:\/\/\S+|www\.\S+/g, " ")
      // Placeholders: <tags> and [yyyy] [name of copyright owner]. Brackets hold no bracket, so that
      // no two tries overlap (one alternation with bounded runs was judged polynomial by recheck).
      .replace(/<[^<>\n]{0,60}>/g, " ")
      .replace(/\[[^[\]\n]{0,130}\]/g, (m) => (PLACEHOLDER.test(m) ? " " : m))
      .replace(/licence/g, "license")
      .replace(/&/g, " and ")
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 0 && !/^(?:[0-9]{1,2}|[a-h]|i{1,3}|iv|vi{0,3}|ix|x)$/.test(w))
  );
}

// "Copyright" that begins a wrapped line of prose is no copyright line: a year, a symbol or a
// placeholder must follow.
const COPYRIGHT_LINE =
  /^\W*(copyright\s*(?:\(c\)|©|:|\d|<|\[)|\(c\)\s*\d|©|all rights reserved\W*$|spdx-license-identifier)/i;
const COPYRIGHT_START = /^\W*(?:copyright\b|\(c\)|©)(?:\s*(?:\(c\)|©|[\d,\s-]+|<[^>]{0,40}>))*/i;

function shingles(ws: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= ws.length; i++) out.add(ws.slice(i, i + SHINGLE).join(" "));
  return out;
}

interface Reference {
  spdx: string;
  id: string;
  size: number;
  /** Words of the license's own name its text repeats ("eclipse", "apache"): every copy has them. */
  nameWords: string[];
}

// Name words that say nothing about which license it is.
const GENERIC_NAME_WORDS = new Set(
  "license licence version public general lesser library only or later the and of new revised simplified clause international unported generic open source free software data common commons agreement attribution sharealike noncommercial noderivatives noderivs zero dedication domain no".split(
    " ",
  ),
);

let index: { refs: Reference[]; postings: Map<string, number[]> } | null = null;

// Built on first use and kept: the references never change within a process.
function referenceIndex() {
  if (index) return index;
  const refs: Reference[] = [];
  const postings = new Map<string, number[]>();
  for (const t of SPDX_TEXTS) {
    // The exact id first: the Hub's generic "bsd" shares BSD-3-Clause's SPDX id.
    const info =
      LICENSES.find((l) => l.id === t.spdx.toLowerCase()) ?? LICENSES.find((l) => l.spdx === t.spdx);
    if (!info) continue;
    const ws = words(t.text);
    const set = shingles(ws);
    const n = refs.length;
    const nameWords = words(t.name).filter(
      (w) => w.length > 2 && !GENERIC_NAME_WORDS.has(w) && ws.filter((x) => x === w).length >= 3,
    );
    refs.push({ spdx: t.spdx, id: info.id, size: set.size, nameWords });
    for (const s of set) {
      const list = postings.get(s);
      if (list) list.push(n);
      else postings.set(s, [n]);
    }
  }
  index = { refs, postings };
  return index;
}

export interface SpdxMatch {
  id: string;
  spdx: string;
  /** Share of the reference found in the text. */
  recall: number;
  /** Share of the text found in the reference. */
  precision: number;
}

export function bestSpdxMatch(text: string): SpdxMatch | null {
  const { refs, postings } = referenceIndex();
  const set = shingles(words(text));
  if (set.size === 0) return null;
  const hits = new Array<number>(refs.length).fill(0);
  for (const s of set) {
    const list = postings.get(s);
    if (list) for (const n of list) hits[n]!++;
  }
  let best: SpdxMatch | null = null;
  let bestScore = 0;
  refs.forEach((r, n) => {
    const recall = hits[n]! / r.size;
    const precision = hits[n]! / set.size;
    // Recall weighs four times precision: text added around a license costs less than text missing.
    const score = recall + precision === 0 ? 0 : (5 * recall * precision) / (4 * precision + recall);
    if (score > bestScore) {
      bestScore = score;
      best = { id: r.id, spdx: r.spdx, recall, precision };
    }
  });
  return best;
}

// Words that change what a user may do; their presence in text the reference lacks means terms
// were added, not a notice.
const OPERATIVE =
  /\b(?:shall|must|may not|may only|only|limit\w*|acknowledge\w*|not (?:designed|licensed|intended)|nuclear|agree not|not (?:to )?use|not (?:be )?(?:used|permitted|allowed)|prohibit\w*|restrict\w*|only (?:for|be used)|except|unless|non-?commercial|commercial\w*|military|weapons?|surveil\w*|forbid\w*|revoc\w*|terminat\w*|royalt\w*|fees?|pay|paid|without (?:the )?(?:prior )?(?:written )?(?:consent|permission))\b/i;

/** Sentences of the text that the reference does not contain, when they add terms. */
function addedTerms(text: string, spdx: string): string[] {
  const { refs, postings } = referenceIndex();
  const n = refs.findIndex((r) => r.spdx === spdx);
  const added: string[] = [];
  const all = sentences(text);
  const covered = all.map((s) => {
    const ws = words(s);
    if (ws.length < 5) return { s, n: ws.length, share: 1 };
    const set = shingles(ws);
    let hit = 0;
    for (const sh of set) if (postings.get(sh)?.includes(n)) hit++;
    return { s, n: ws.length, share: hit / set.size };
  });
  const isCovered = (c: { share: number; n: number }) => c.share >= 0.5 && c.n >= 5;
  const firstCovered = covered.findIndex(isCovered);
  let lastCovered = covered.length - 1;
  while (lastCovered >= 0 && !isCovered(covered[lastCovered]!)) lastCovered--;
  covered.forEach((c, i) => {
    if (c.share >= 0.5) return;
    // Text before or after the license is a pointer or a notice unless it sets terms; text put
    // inside the license, between its own sentences, changes it whatever its wording.
    const inside = i > firstCovered && i < lastCovered && c.n >= 12;
    if (inside || OPERATIVE.test(c.s)) added.push(c.s);
  });
  return added;
}

const GLOBAL = new Map<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, "g");
    GLOBAL.set(re, g);
  }
  return g;
}

export function bySignature(text: string): { id: string; strong: boolean } | null {
  const norm = signatureText(text.slice(0, MAX_CHARS));
  const head = norm.slice(0, HEAD_CHARS);
  // The title that comes first names the document; a later one is usually a reference to another.
  let first: { id: string; at: number } | null = null;
  for (const sig of SIGNATURES) {
    if (sig.not?.some((re) => re.test(head))) continue;
    for (const re of sig.titles) {
      const at = head.search(re);
      if (at >= 0 && (!first || at < first.at)) first = { id: sig.id, at };
    }
  }
  if (first) return { id: first.id, strong: true };
  let best: { id: string; score: number } | null = null;
  for (const sig of SIGNATURES) {
    if (!sig.marks || sig.need === undefined) continue;
    if (sig.not?.some((re) => re.test(norm))) continue;
    if (sig.must && !sig.must.every((re) => re.test(norm))) continue;
    let score = 0;
    for (const [re, weight] of sig.marks) {
      const count = norm.match(globalOf(re))?.length ?? 0;
      score += weight * Math.min(count, 5);
    }
    if (score >= sig.need && (!best || score > best.score)) best = { id: sig.id, score };
  }
  return best ? { id: best.id, strong: false } : null;
}

/** Notices are short; a long text that merely mentions a license is not a notice of it. */
const NOTICE_MAX_CHARS = 1500;
const NOTICE =
  /\b(?:licen[cs]ed|released|distributed|available|provided|published|governed|covered|made available)\b[^.;:]{0,40}?\bunder\s+(?:the\s+|a\s+|an\s+)?(?:terms\s+(?:and\s+conditions\s+)?of\s+(?:the\s+)?)?([^;:()\n]{3,100})/gi;
/** Words after which a notice goes on about something other than the license's name. */
const NOTICE_STOP = /\s(?:found|available|located|which|that|see|at|as|and the|for|in|with|unless|except)\b/i;
const GNU_HEADER =
  /\bterms of the gnu (affero |lesser |library )?general public licen[cs]e\b[^.]{0,120}?\bversion (\d(?:\.\d)?)/i;

/** A short notice that names a license ("Licensed under the Apache License, Version 2.0 ..."). */
export function byNotice(text: string): LicenseInfo | undefined {
  const plain = plainText(text).replace(/\s+/g, " ");
  if (plain.length > NOTICE_MAX_CHARS) return undefined;
  const tag = /SPDX-License-Identifier:\s*([\w.+-]+)/i.exec(plain);
  const bare = trimEndWhere(
    trimStartWhere(plain.trim(), (c) => c === "#").trimStart(),
    (c) => c === "." || isSpace(c),
  );
  for (const name of [tag?.[1], bare.length <= 80 ? bare : undefined]) {
    const found = name ? lookupName(name) : undefined;
    if (found && found.id !== "other" && found.id !== "unknown") return found;
  }
  const gnu = GNU_HEADER.exec(plain);
  if (gnu) {
    const kind = (gnu[1] ?? "").trim().toLowerCase();
    const prefix = kind === "affero" ? "agpl" : kind ? "lgpl" : "gpl";
    const found = lookupName(`${prefix}-${gnu[2]}`) ?? lookupName(prefix);
    if (found) return found;
  }
  for (const m of plain.matchAll(NOTICE)) {
    // A notice says what it is about at once; deep in a text the words cite another license.
    if (m.index > 600) break;
    // The name ends somewhere in the captured words: try the longest prefix the catalog knows.
    const stop = NOTICE_STOP.exec(m[1]!);
    const ws = trimEndWhere(
      m[1]!.slice(0, stop ? stop.index : undefined),
      (c) => ".,\"'".includes(c) || isSpace(c),
    )
      .split(/\s+/)
      .slice(0, 12);
    for (let n = ws.length; n > 0; n--) {
      const found = lookupName(ws.slice(0, n).join(" "));
      if (found && found.id !== "other" && found.id !== "unknown") return found;
    }
  }
  for (const url of plain.match(/https?:\/\/\S+/g) ?? []) {
    const found = lookupLink(url);
    if (found) return found;
  }
  return undefined;
}

const CC_TERMS: Record<string, string> = {
  noncommercial: "nc",
  "non-commercial": "nc",
  noderivs: "nd",
  noderivatives: "nd",
  sharealike: "sa",
  "share-alike": "sa",
};

/** The id a Creative Commons legal code names in its title ("Attribution-NonCommercial-NoDerivs 3.0"). */
export function ccTitle(text: string): string | undefined {
  const head = plainText(text).slice(0, 1500);
  const m =
    /\battribution((?:[\s-]+(?:non-?commercial|noderivs|noderivatives|share-?alike)){0,3})\s+(\d\.\d)\b/i.exec(
      head,
    );
  if (!m) return undefined;
  const terms = (m[1]!.toLowerCase().match(/non-?commercial|noderivs|noderivatives|share-?alike/g) ?? [])
    .map((t) => CC_TERMS[t])
    .filter((t): t is string => t !== undefined);
  return `cc-${["by", ...terms].join("-")}-${m[2]}`;
}

function fromInfo(
  info: LicenseInfo,
  confidence: number,
  found: Clauses,
  numbersFromText: boolean,
): Classification {
  return {
    license: info.id,
    spdx: info.spdx,
    confidence,
    categories: [...info.categories],
    clauses: numbersFromText ? withTextNumbers(info.clauses, found) : { ...info.clauses },
  };
}

/** Catalog facts, with the thresholds the text itself states winning over ours. */
function withTextNumbers(base: Clauses, found: Clauses): Clauses {
  const out = { ...base };
  if (found.mauThreshold !== undefined) out.mauThreshold = found.mauThreshold;
  if (found.revenueThreshold) out.revenueThreshold = found.revenueThreshold;
  return out;
}

function unknownCategories(clauses: Clauses): Category[] {
  const cats: Category[] = ["unknown"];
  if (clauses.nonCommercial) cats.push("non-commercial");
  return cats;
}

/** A text that is not the license it resembles: no name, low confidence, the clauses it states. */
function unrecognized(found: Clauses, note: string): Classification {
  return {
    license: null,
    spdx: null,
    confidence: 0.2,
    categories: unknownCategories(found),
    clauses: found,
    note,
  };
}

export function classifyText(input: string): Classification {
  const text = input.length > MAX_CHARS ? input.slice(0, MAX_CHARS) : input;
  const found = extractClauses(text);
  const match = bestSpdxMatch(text);
  const sig = bySignature(text);

  // Creative Commons texts differ from their siblings in a few words; their title says which.
  if (match?.id.startsWith("cc-") && match.recall >= 0.5) {
    const titled = ccTitle(text);
    if (titled && titled !== match.id) {
      const info = getLicense(titled);
      if (info) return fromInfo(info, 0.85, found, true);
      return unrecognized(found, `A Creative Commons text (${titled}) the catalog does not hold`);
    }
  }

  // A standard text nearly whole, with nothing operative added: that license.
  if (match && match.recall >= MIN_RECALL) {
    const added = addedTerms(text, match.spdx);
    const ref = referenceIndex().refs.find((r) => r.spdx === match.spdx)!;
    const present = new Set(words(text));
    const unnamed = ref.nameWords.filter((w) => !present.has(w));
    if (unnamed.length > 0 && !sig?.strong) {
      // Same wording under another name (CPL and EPL): a different license, not a copy.
      return unrecognized(
        found,
        `Worded like ${ref.spdx} but never names it ("${unnamed.join('", "')}" missing): another license on the same text`,
      );
    }
    const info = getLicense(match.id)!;
    if (added.length === 0 && (!sig?.strong || match.recall >= 0.97)) {
      const confidence = Math.min(1, 0.55 + 0.35 * match.recall + 0.1 * match.precision);
      return {
        license: info.id,
        spdx: info.spdx,
        confidence: round(confidence),
        categories: [...info.categories],
        clauses: { ...info.clauses },
      };
    }
    if (!sig?.strong) {
      const first = added[0] ?? "";
      return unrecognized(
        found,
        `Close to ${info.spdx} (${Math.round(match.recall * 100)}% of its text) but adds terms of its own: "${first.slice(0, 120)}${first.length > 120 ? "…" : ""}"`,
      );
    }
  }

  if (sig) {
    const info = getLicense(sig.id)!;
    // "X License – Adapted for Y", "Additional terms": the vendor's license with changes of someone's.
    const head = signatureText(text.slice(0, 2000)).slice(0, 400);
    if (sig.strong && /\b(?:adapted|modified|amended|additional (?:license )?terms)\b/.test(head)) {
      return {
        ...fromInfo(info, 0.8, found, true),
        note: `${info.name} with changes announced in its title; read the added terms`,
      };
    }
    return {
      license: info.id,
      spdx: info.spdx,
      // A one-line mention ("X is licensed under the Llama 3.1 Community License") names the license
      // without holding it.
      confidence: sig.strong ? (text.length < 1000 ? 0.8 : 0.95) : 0.75,
      categories: [...info.categories],
      clauses: withTextNumbers(info.clauses, found),
    };
  }

  const notice = byNotice(text);
  if (notice) {
    // Terms the named license lacks mean the notice grants less than that license does.
    const adds =
      (found.nonCommercial && !notice.clauses.nonCommercial) ||
      (found.useRestrictions && !notice.clauses.useRestrictions);
    if (!adds) {
      return {
        license: notice.id,
        spdx: notice.spdx,
        confidence: 0.7,
        categories: [...notice.categories],
        clauses: withTextNumbers(notice.clauses, found),
        note: `A notice naming ${notice.name}, not the license text itself`,
      };
    }
    return unrecognized(found, `Names ${notice.name} but adds terms of its own`);
  }

  const result: Classification = {
    license: null,
    spdx: null,
    confidence: 0,
    categories: unknownCategories(found),
    clauses: found,
  };
  if (match && match.recall >= 0.5) {
    result.confidence = 0.1;
    result.note = `Resembles ${match.spdx} (${Math.round(match.recall * 100)}% of its text) but differs too much to be it`;
  }
  return result;
}

const round = (n: number) => Math.round(n * 100) / 100;
