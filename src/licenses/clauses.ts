// Clauses read from the words of a license, so that a license we have never seen still yields its
// user threshold, revenue threshold, non-commercial term and the duties it puts on a user. The
// patterns describe how such clauses are phrased in general, not how any one license phrases them.
import type { Clauses, RevenueThreshold } from "../types.js";
import { tightenLines } from "./trim.js";

/** Plain prose: no BOM, Markdown emphasis, HTML tags, curly quotes or hard wraps. */
export function plainText(text: string): string {
  const flat = text
    .replace(/^\uFEFF/, "")
    .replace(/<[^<>\n]{0,200}>/g, " ")
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u00A0/g, " ")
    .replace(/\\([.*_#()[\]-])/g, "$1")
    .replace(/[*_`]{1,3}(?=\S)|(?<=\S)[*_`]{1,3}/g, "");
  return tightenLines(flat);
}

/** Sentences, each on one line; a blank line or a list marker also ends one. */
export function sentences(text: string): string[] {
  const flat = plainText(text)
    .replace(/\n\s*\n+/g, "\u0000")
    .replace(/\n[^\S\n]*(?=(?:[-*•]|\(?[a-z0-9ivx]{1,4}[.)])\s)/gi, "\u0000")
    .replace(/\n/g, " ");
  return flat
    .split(/\u0000|(?<=[.;!?])\s+(?=["'(]?[A-Z0-9])/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s.length > 0);
}

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mm: 1e6,
  m: 1e6,
  mio: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
};

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  fifty: 50,
  hundred: 100,
  "one hundred": 100,
  "two hundred": 200,
  "five hundred": 500,
  "seven hundred": 700,
};

function toNumber(digits: string, scale?: string): number | undefined {
  const word = WORD_NUMBERS[digits.toLowerCase().replace(/\s+/g, " ")];
  let n: number;
  if (word !== undefined) n = word;
  else {
    // "1,000,000" and "1.000.000" group thousands; "1.5" is a decimal.
    const grouped = /^\d{1,3}([,.\s'])\d{3}(\1\d{3})*$/.test(digits);
    n = grouped ? Number(digits.replace(/[,.\s']/g, "")) : Number(digits.replace(/,/g, ""));
  }
  if (!Number.isFinite(n)) return undefined;
  const mult = scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1;
  return Math.round(n * mult);
}

// Bounded digit runs, read from the start of a run: an unbounded \d+ retried at every digit of a
// long run of digits made this quadratic (70 s on a licence holding 80,000 digits).
const NUM = String.raw`(?<!\d)(\d{1,3}(?:[,.\s']\d{3}){1,6}|\d{1,15}(?:\.\d{1,6})?|(?:one|two|five|seven) hundred|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)`;
const MULT = String.raw`(?:\s*(?:-\s*)?(thousand|million|billion|mio|mm|bn|k|m|b)\b)?`;

const MAU_RES = [
  new RegExp(
    String.raw`${NUM}${MULT}\s*(?:\(\s*[\d,.]+\s*\)\s*)?(?:or more\s+|\+\s*)?(?:monthly|month-to-month|monthly-active|per-month)[\s-]+(?:active\s+)?(?:users?|user accounts|end[\s-]users)`,
    "i",
  ),
  new RegExp(String.raw`${NUM}${MULT}\s*(?:\(\s*[\d,.]+\s*\)\s*)?MAUs?\b`, "i"),
  new RegExp(
    String.raw`(?:monthly active users|MAUs?)\b[^.;]{0,60}?(?:exceed(?:s|ing)?|greater than|more than|over|above|at least|reach(?:es)?|of)\s+${NUM}${MULT}`,
    "i",
  ),
];

export function findMau(text: string | string[]): number | undefined {
  for (const s of typeof text === "string" ? sentences(text) : text) {
    if (!/monthly|\bMAU/i.test(s)) continue;
    for (const re of MAU_RES) {
      const m = re.exec(s);
      if (!m) continue;
      const n = toNumber(m[1]!, m[2]);
      // A count of users below a thousand is a list number or a section, not a threshold.
      if (n !== undefined && n >= 1000) return n;
    }
  }
  return undefined;
}

const CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:US\s?\$|USD\s?\$?|\$\s?USD|\$|US dollars?|dollars?|U\.S\. dollars?)$/i, "USD"],
  [/^(?:€|EUR|euros?)$/i, "EUR"],
  [/^(?:£|GBP|pounds?)$/i, "GBP"],
  [/^(?:¥|CNY|RMB|yuan)$/i, "CNY"],
  [/^(?:JPY|yen)$/i, "JPY"],
];

function currencyOf(sym: string): string | undefined {
  for (const [re, code] of CURRENCIES) if (re.test(sym.trim())) return code;
  return undefined;
}

const CUR_BEFORE = String.raw`(US\s?\$|USD\s?\$?|\$\s?USD|\$|€|£|¥|EUR|GBP|CNY|RMB|JPY)\s?`;
const CUR_AFTER = String.raw`\s*(US dollars?|U\.S\. dollars?|dollars?|euros?|EUR|USD|GBP|pounds?|CNY|RMB|yuan|yen)\b`;
const MONEY_BEFORE = new RegExp(CUR_BEFORE + NUM + MULT, "gi");
const MONEY_AFTER = new RegExp(NUM + MULT + CUR_AFTER, "gi");
const REVENUE =
  /revenue|turnover|gross (?:receipts|sales|income)|annual sales|\bsales of\b|earn(?:ings|s)?\b/i;

function periodOf(s: string): string {
  if (
    /\b(?:annual(?:ly)?|per (?:year|annum)|a year|each year|yearly|fiscal year|calendar year|twelve|12)[\s-]*(?:months?)?\b/i.test(
      s,
    )
  )
    return "year";
  if (/\b(?:monthly|per month|a month|each month)\b/i.test(s)) return "month";
  if (/\b(?:quarter(?:ly)?)\b/i.test(s)) return "quarter";
  return "year";
}

export function findRevenue(text: string | string[]): RevenueThreshold | undefined {
  for (const s of typeof text === "string" ? sentences(text) : text) {
    if (!REVENUE.test(s)) continue;
    const hits: Array<{ index: number; amount: number; currency: string }> = [];
    for (const m of s.matchAll(MONEY_BEFORE)) {
      const currency = currencyOf(m[1]!);
      const amount = toNumber(m[2]!, m[3]);
      if (currency && amount !== undefined && amount >= 1000) hits.push({ index: m.index, amount, currency });
    }
    for (const m of s.matchAll(MONEY_AFTER)) {
      const currency = currencyOf(m[3]!);
      const amount = toNumber(m[1]!, m[2]);
      if (currency && amount !== undefined && amount >= 1000) hits.push({ index: m.index, amount, currency });
    }
    if (hits.length === 0) continue;
    // The amount nearest the word "revenue" is the threshold; fees in the same sentence are not.
    const at = s.search(REVENUE);
    hits.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at));
    const best = hits[0]!;
    return { amount: best.amount, currency: best.currency, period: periodOf(s) };
  }
  return undefined;
}

const NON_COMMERCIAL = [
  /\bnon[\s-]?commercial(?:ly)?\s+(?:research\s+)?(?:purposes?|use|uses|only|research|scientific|basis|activities)/i,
  /\bnon[\s-]?commercial\b[^.]{0,40}\bonly\b/i,
  /\b(?:not|never|no)\b[^.]{0,40}\b(?:for|in|with)\s+(?:any\s+)?commercial\s+(?:purposes?|use|uses|activit|advantage|product|service)/i,
  /\b(?:may|shall|must|will)\s+not\b[^.]{0,80}\bcommercial(?:ly)?\b/i,
  /\bno\s+commercial\s+use\b/i,
  /\b(?:solely|only|exclusively)\s+for\s+(?:your\s+)?(?:internal\s+)?(?:academic|scientific|personal|non-profit|research|evaluation|testing)\b[^.]{0,40}\b(?:purposes?|use|research)\b/i,
  /\b(?:research|evaluation|testing)\s+(?:and|or)\s+(?:evaluation|research|testing|development)\s+purposes\s+only\b/i,
  /\bnon[\s-]production\b/i,
];

/** A grant of commercial use (possibly bounded by a threshold) outweighs talk of non-commercial use. */
const COMMERCIAL_GRANT = [
  /\bcommercial\s+(?:license|use license)\b[^.]{0,60}\b(?:grant|permit|allow)/i,
  /\b(?:may|can|are free to|is permitted to|are permitted to)\s+(?:use|exploit|deploy)\b[^.]{0,80}\bcommercial(?:ly)?\b(?!\s*-)/i,
  /\bfor\s+(?:any\s+)?commercial\s+(?:or\s+non[\s-]?commercial\s+)?purposes?\b[^.]{0,40}\b(?:permitted|allowed|granted)\b/i,
  /\b(?:research|non[\s-]?commercial)\b[^.]{0,30}\bor\s+commercial\s+(?:purposes?|use)/i,
];

export function findNonCommercial(text: string | string[], hasThreshold: boolean): boolean {
  const all = (typeof text === "string" ? sentences(text) : text).filter((s) =>
    /commercial|research|academic|personal|evaluation|testing|production/i.test(s),
  );
  const restricted = all.filter((s) => NON_COMMERCIAL.some((re) => re.test(s)));
  if (restricted.length === 0) return false;
  if (hasThreshold) return false;
  const granted = all.some(
    (s) => COMMERCIAL_GRANT.some((re) => re.test(s)) && !/\bnot\b|\bno\b/i.test(s.slice(0, 80)),
  );
  return !granted;
}

const USE_RESTRICTIONS = [
  /\b(?:acceptable|prohibited|permitted)[\s-]use[\s-]polic(?:y|ies)\b/i,
  /\bprohibited uses?\b/i,
  /\buse[\s-]based restrictions?\b/i,
  /\buse restrictions\b/i,
  /\b(?:you\s+)?agree\s+not\s+to\s+(?:use|deploy|allow)\b/i,
  /\b(?:shall|will|must|may)\s+not\s+(?:use|deploy|permit|allow)\b[^.]{0,60}\b(?:model|models|materials|software|weights|outputs?|derivatives?)\b[^.]{0,80}\b(?:to|for|in)\b/i,
  /\bnot\s+(?:be\s+)?used\s+(?:to|for|in)\b[^.]{0,80}\b(?:military|weapons?|surveillance|harm|discriminat|illegal|unlawful|disinformation|violat)/i,
  /\b(?:military|weapons?|surveillance|biometric|disinformation|harass)\w*\b[^.]{0,80}\b(?:prohibited|not permitted|forbidden|may not)\b/i,
  /\b(?:guardrails?|safety (?:measures|mechanisms))\b[^.]{0,80}\b(?:bypass|circumvent|disable|remove)/i,
  /\b(?:bypass|circumvent|disable|remove)\w*\b[^.]{0,80}\b(?:guardrails?|safety (?:measures|mechanisms|filters))\b/i,
  /\b(?:not|never|prohibit\w*|restrict\w*|forbid\w*)\b[^.]{0,200}\b(?:military|warfare|weapons?|nuclear|surveil\w*|espionage)\b/i,
  /\bto\s+(?:improve|train)\b[^.]{0,40}\b(?:any\s+)?other\s+(?:large language models?|LLMs?|AI models?|models?)\b/i,
];

const ATTRIBUTION = [
  /["'](?:Built|Powered|Improved|Made|Created)\s+(?:with|by|using|on)\s+[A-Z][^"']{0,40}["']/,
  /\b(?:built|powered|improved)\s+(?:with|by|using|on)\s+[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3}\b[^.]{0,40}\b(?:display|notice|attribution)/,
  /\b(?:prominently\s+)?display\b[^.]{0,60}\b(?:attribution|notice|credit|logo|"[^"]{2,40}")/i,
  /\b(?:give|provide)\s+(?:appropriate\s+)?(?:credit|attribution)\b/i,
  /\battribution\s+(?:notice|statement|text|requirement)s?\b[^.]{0,80}\b(?:must|shall|include|retain|provide)/i,
  /\b(?:must|shall)\s+(?:retain|include|keep)\b[^.]{0,80}"[^"]{5,120}(?:licensed|provided) under/i,
  /\bidentification of the creator/i,
  // A notice with set words to carry, not Apache's duty to keep existing notices.
  /\b(?:retain|provide|include|display|carry)\w*\b[^.]{0,80}\bfollowing attribution notices?\b/i,
  /\battribution notices?\b[^.]{0,100}["\u201C]/i,
  /\b(?:accompanied by|include|distribute)\w*\b[^.]{0,40}["'\u201C]?notice["'\u201D]?\s+text file\b/i,
  /^Attribution\b/,
];

const DERIVATIVE_NAMING = [
  /\bat the (?:beginning|start) of (?:any|the|its|each|every|such|your)?\s*(?:such\s+)?(?:[\w-]+\s+){0,3}names?\b/i,
  /\bnames?\b[^.]{0,80}\b(?:must|shall|should)\s+(?:begin|start|be prefixed)\s+with\b/i,
  /\b(?:prefix|prefixed)\b[^.]{0,40}\bname\b/i,
  /\bnamed?\s+(?:that|which|so that it)?\s*(?:begins?|starts?)\s+with\b/i,
  /\b(?:must|shall)\s+(?:be\s+)?(?:renamed|given a different name|use a different name|carry a different name)\b/i,
  /\bnames?\b[^.]{0,60}\b(?:must|shall)\s+(?:include|contain)\s+["'][^"']{1,30}["']/i,
];

const PROPAGATION = [
  /\b(?:include|incorporate)\b[^.]{0,80}\b(?:use[\s-]based\s+)?restrictions\b[^.]{0,80}\b(?:enforceable|legal agreement|agreement governing)/i,
  /\benforceable provision\b/i,
  /\b(?:provide|give|deliver|accompany|supply|include|make available)\b[^.]{0,90}\b(?:a\s+)?copy of\s+(?:this|the)\s+(?:agreement|license|licence|terms)\b/i,
  /\bsubject to (?:this|the same) (?:agreement|license|terms)\b[^.]{0,60}\b(?:recipients?|third part|downstream|distribut)/i,
  /\b(?:distribute|share|license)\w*\b[^.]{0,80}\bunder the (?:same|identical|terms of this)\s+(?:license|licence|agreement|terms)\b/i,
  /\b(?:same|similar|compatible)\s+(?:license|licence|terms)\b[^.]{0,40}\b(?:adapt|deriv|modif)/i,
  /\bshare[\s-]?alike\b/i,
  /\b(?:flow|pass)(?:es)?\s+(?:[\w-]+\s+){0,3}down\b/i,
  /\breceive\s+a\s+copy\s+of\s+(?:this|the)\s+(?:agreement|license|licence|terms)\b/i,
  /\b(?:bound by|subject to)\s+(?:the\s+)?same\s+(?:terms|restrictions|conditions)\b/i,
  /\bat least as (?:restrictive|protective)\b/i,
];

const REGISTRATION = [
  /\b(?:must|shall|need to|required to|agree to)\s+(?:first\s+)?(?:register|sign up|complete (?:the|a) (?:registration|form))\b/i,
  /\bregistration\s+(?:is\s+)?(?:required|mandatory)\b/i,
  /\b(?:register|registration)\s+(?:with|at)\b[^.]{0,60}\b(?:before|to use|in order|prior)\b/i,
  /\bYou must register\b/i,
];

const anyMatch = (res: RegExp[], ss: string[]) => ss.some((s) => res.some((re) => re.test(s)));

export function extractClauses(text: string): Clauses {
  const ss = sentences(text);
  const out: Clauses = {};
  const mau = findMau(ss);
  if (mau !== undefined) out.mauThreshold = mau;
  const revenue = findRevenue(ss);
  if (revenue) out.revenueThreshold = revenue;
  if (findNonCommercial(ss, mau !== undefined || revenue !== undefined)) out.nonCommercial = true;
  if (anyMatch(USE_RESTRICTIONS, ss)) out.useRestrictions = true;
  if (anyMatch(ATTRIBUTION, ss)) out.attribution = true;
  if (anyMatch(DERIVATIVE_NAMING, ss)) out.derivativeNaming = true;
  if (anyMatch(PROPAGATION, ss)) out.licensePropagation = true;
  if (anyMatch(REGISTRATION, ss)) out.registration = true;
  return out;
}
