// Clauses read from the words of a license, so that a license we have never seen still yields its
// user threshold, revenue threshold, non-commercial term and the duties it puts on a user. The
// patterns describe how such clauses are phrased in general, not how any one license phrases them.
import type { Clauses, RevenueThreshold } from "../types.js";
import { findPhrase, matches, type Pattern, type Phrase, phrase, stoppedBy } from "./near.js";
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

/** A number with its multiplier ("700 million", "1,000,000", "ten thousand"): groups 1 and 2. */
const AMOUNT = new RegExp(NUM + MULT, "i");

// Parts after the first are tried at one position each (sticky, /y), as written here. The number
// is a part of its own: glued to what follows in one regex, the separators it may
// contain (spaces) and the blanks after it give the engine many ways to split a run of groups.
const MAU_RES: Phrase[] = [
  phrase(
    AMOUNT,
    0,
    /\s*(?:\(\s*[\d,.]+\s*\)\s*)?(?:or more\s+|\+\s*)?(?:monthly|month-to-month|monthly-active|per-month)[\s-]+(?:active\s+)?(?:users?|user accounts|end[\s-]users)/iy,
  ),
  phrase(AMOUNT, 0, /\s*(?:\(\s*[\d,.]+\s*\)\s*)?MAUs?\b/iy),
  stoppedBy(
    phrase(
      /(?:monthly active users|MAUs?)\b/i,
      60,
      new RegExp(
        String.raw`(?:exceed(?:s|ing)?|greater than|more than|over|above|at least|reach(?:es)?|of)\s+${NUM}${MULT}`,
        "i",
      ),
    ),
    ".;",
  ),
];

export function findMau(text: string | string[]): number | undefined {
  for (const s of typeof text === "string" ? sentences(text) : text) {
    if (!/monthly|\bMAU/i.test(s)) continue;
    for (const p of MAU_RES) {
      // The part that holds the number is the one with a first group.
      const m = findPhrase(p, s)?.find((x) => x[1] !== undefined);
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

/** A currency just before an amount: tried on the few characters before each number found. */
const CUR_BEFORE = /(US\s?\$|USD\s?\$?|\$\s?USD|\$|€|£|¥|EUR|GBP|CNY|RMB|JPY)\s?$/i;
/** A currency just after an amount, tried where the amount ends. */
const CUR_AFTER = /\s*(US dollars?|U\.S\. dollars?|dollars?|euros?|EUR|USD|GBP|pounds?|CNY|RMB|yuan|yen)\b/iy;
const AMOUNTS = new RegExp(NUM + MULT, "gi");
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
    // Amounts first, then a currency beside each: one pass over the sentence.
    for (const m of s.matchAll(AMOUNTS)) {
      const amount = toNumber(m[1]!, m[2]);
      if (amount === undefined || amount < 1000) continue;
      const before = CUR_BEFORE.exec(s.slice(Math.max(0, m.index - 8), m.index));
      const beforeCurrency = before ? currencyOf(before[1]!) : undefined;
      if (beforeCurrency) {
        hits.push({ index: m.index - before![0].length, amount, currency: beforeCurrency });
        continue;
      }
      CUR_AFTER.lastIndex = m.index + m[0].length;
      const after = CUR_AFTER.exec(s);
      const afterCurrency = after ? currencyOf(after[1]!) : undefined;
      if (afterCurrency) hits.push({ index: m.index, amount, currency: afterCurrency });
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

// Patterns with a gap ("A, then B within 80 characters of the same sentence") are phrases, matched
// part by part (see near.ts): as single regexes with [^.]{0,80} they backtrack polynomially.
const NON_COMMERCIAL: Pattern[] = [
  /\bnon[\s-]?commercial(?:ly)?\s+(?:research\s+)?(?:purposes?|use|uses|only|research|scientific|basis|activities)/i,
  phrase(/\bnon[\s-]?commercial\b/i, 40, /\bonly\b/i),
  phrase(
    /\b(?:not|never|no)\b/i,
    40,
    /\b(?:for|in|with)\s+(?:any\s+)?commercial\s+(?:purposes?|use|uses|activit|advantage|product|service)/i,
  ),
  phrase(/\b(?:may|shall|must|will)\s+not\b/i, 80, /\bcommercial(?:ly)?\b/i),
  /\bno\s+commercial\s+use\b/i,
  phrase(
    /\b(?:solely|only|exclusively)\s+for\s+(?:your\s+)?(?:internal\s+)?(?:academic|scientific|personal|non-profit|research|evaluation|testing)\b/i,
    40,
    /\b(?:purposes?|use|research)\b/i,
  ),
  /\b(?:research|evaluation|testing)\s+(?:and|or)\s+(?:evaluation|research|testing|development)\s+purposes\s+only\b/i,
  /\bnon[\s-]production\b/i,
];

/** A grant of commercial use (possibly bounded by a threshold) outweighs talk of non-commercial use. */
const COMMERCIAL_GRANT: Pattern[] = [
  phrase(/\bcommercial\s+(?:license|use license)\b/i, 60, /\b(?:grant|permit|allow)/i),
  phrase(
    /\b(?:may|can|are free to|is permitted to|are permitted to)\s+(?:use|exploit|deploy)\b/i,
    80,
    /\bcommercial(?:ly)?\b(?!\s*-)/i,
  ),
  phrase(
    /\bfor\s+(?:any\s+)?commercial\s+(?:or\s+non[\s-]?commercial\s+)?purposes?\b/i,
    40,
    /\b(?:permitted|allowed|granted)\b/i,
  ),
  phrase(/\b(?:research|non[\s-]?commercial)\b/i, 30, /\bor\s+commercial\s+(?:purposes?|use)/i),
];

export function findNonCommercial(text: string | string[], hasThreshold: boolean): boolean {
  const all = (typeof text === "string" ? sentences(text) : text).filter((s) =>
    /commercial|research|academic|personal|evaluation|testing|production/i.test(s),
  );
  const restricted = all.filter((s) => NON_COMMERCIAL.some((p) => matches(p, s)));
  if (restricted.length === 0) return false;
  if (hasThreshold) return false;
  const granted = all.some(
    (s) => COMMERCIAL_GRANT.some((p) => matches(p, s)) && !/\bnot\b|\bno\b/i.test(s.slice(0, 80)),
  );
  return !granted;
}

const USE_RESTRICTIONS: Pattern[] = [
  /\b(?:acceptable|prohibited|permitted)[\s-]use[\s-]polic(?:y|ies)\b/i,
  /\bprohibited uses?\b/i,
  /\buse[\s-]based restrictions?\b/i,
  /\buse restrictions\b/i,
  /\b(?:you\s+)?agree\s+not\s+to\s+(?:use|deploy|allow)\b/i,
  phrase(
    /\b(?:shall|will|must|may)\s+not\s+(?:use|deploy|permit|allow)\b/i,
    60,
    /\b(?:model|models|materials|software|weights|outputs?|derivatives?)\b/i,
    80,
    /\b(?:to|for|in)\b/i,
  ),
  phrase(
    /\bnot\s+(?:be\s+)?used\s+(?:to|for|in)\b/i,
    80,
    /\b(?:military|weapons?|surveillance|harm|discriminat|illegal|unlawful|disinformation|violat)/i,
  ),
  phrase(
    /\b(?:military|weapons?|surveillance|biometric|disinformation|harass)\w*\b/i,
    80,
    /\b(?:prohibited|not permitted|forbidden|may not)\b/i,
  ),
  phrase(
    /\b(?:guardrails?|safety (?:measures|mechanisms))\b/i,
    80,
    /\b(?:bypass|circumvent|disable|remove)/i,
  ),
  phrase(
    /\b(?:bypass|circumvent|disable|remove)\w*\b/i,
    80,
    /\b(?:guardrails?|safety (?:measures|mechanisms|filters))\b/i,
  ),
  phrase(
    /\b(?:not|never|prohibit\w*|restrict\w*|forbid\w*)\b/i,
    200,
    /\b(?:military|warfare|weapons?|nuclear|surveil\w*|espionage)\b/i,
  ),
  phrase(
    /\bto\s+(?:improve|train)\b/i,
    40,
    /\b(?:any\s+)?other\s+(?:large language models?|LLMs?|AI models?|models?)\b/i,
  ),
];

const ATTRIBUTION: Pattern[] = [
  /["'](?:Built|Powered|Improved|Made|Created)\s+(?:with|by|using|on)\s+[A-Z][^"']{0,40}["']/,
  phrase(
    /\b(?:built|powered|improved)\s+(?:with|by|using|on)\s+[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3}\b/,
    40,
    /\b(?:display|notice|attribution)/,
  ),
  phrase(/\b(?:prominently\s+)?display\b/i, 60, /\b(?:attribution|notice|credit|logo|"[^"]{2,40}")/i),
  /\b(?:give|provide)\s+(?:appropriate\s+)?(?:credit|attribution)\b/i,
  phrase(
    /\battribution\s+(?:notice|statement|text|requirement)s?\b/i,
    80,
    /\b(?:must|shall|include|retain|provide)/i,
  ),
  phrase(/\b(?:must|shall)\s+(?:retain|include|keep)\b/i, 80, /"[^"]{5,120}(?:licensed|provided) under/i),
  /\bidentification of the creator/i,
  // A notice with set words to carry, not Apache's duty to keep existing notices.
  phrase(/\b(?:retain|provide|include|display|carry)\w*\b/i, 80, /\bfollowing attribution notices?\b/i),
  phrase(/\battribution notices?\b/i, 100, /["\u201C]/),
  phrase(/\b(?:accompanied by|include|distribute)\w*\b/i, 40, /["'\u201C]?notice["'\u201D]?\s+text file\b/i),
  /^Attribution\b/,
];

const DERIVATIVE_NAMING: Pattern[] = [
  /\bat the (?:beginning|start) of (?:any|the|its|each|every|such|your)?\s*(?:such\s+)?(?:[\w-]+\s+){0,3}names?\b/i,
  phrase(/\bnames?\b/i, 80, /\b(?:must|shall|should)\s+(?:begin|start|be prefixed)\s+with\b/i),
  phrase(/\b(?:prefix|prefixed)\b/i, 40, /\bname\b/i),
  /\bnamed?\s+(?:(?:that|which|so that it)\s+)?(?:begins?|starts?)\s+with\b/i,
  /\b(?:must|shall)\s+(?:be\s+)?(?:renamed|given a different name|use a different name|carry a different name)\b/i,
  phrase(/\bnames?\b/i, 60, /\b(?:must|shall)\s+(?:include|contain)\s+["'][^"']{1,30}["']/i),
];

const PROPAGATION: Pattern[] = [
  phrase(
    /\b(?:include|incorporate)\b/i,
    80,
    /\b(?:use[\s-]based\s+)?restrictions\b/i,
    80,
    /\b(?:enforceable|legal agreement|agreement governing)/i,
  ),
  /\benforceable provision\b/i,
  phrase(
    /\b(?:provide|give|deliver|accompany|supply|include|make available)\b/i,
    90,
    /\b(?:a\s+)?copy of\s+(?:this|the)\s+(?:agreement|license|licence|terms)\b/i,
  ),
  phrase(
    /\bsubject to (?:this|the same) (?:agreement|license|terms)\b/i,
    60,
    /\b(?:recipients?|third part|downstream|distribut)/i,
  ),
  phrase(
    /\b(?:distribute|share|license)\w*\b/i,
    80,
    /\bunder the (?:same|identical|terms of this)\s+(?:license|licence|agreement|terms)\b/i,
  ),
  phrase(/\b(?:same|similar|compatible)\s+(?:license|licence|terms)\b/i, 40, /\b(?:adapt|deriv|modif)/i),
  /\bshare[\s-]?alike\b/i,
  // "flows down", "pass these terms down": a few words between.
  phrase(/\b(?:flow|pass)(?:es)?\s/i, 40, /\bdown\b/i),
  /\breceive\s+a\s+copy\s+of\s+(?:this|the)\s+(?:agreement|license|licence|terms)\b/i,
  /\b(?:bound by|subject to)\s+(?:the\s+)?same\s+(?:terms|restrictions|conditions)\b/i,
  /\bat least as (?:restrictive|protective)\b/i,
];

const REGISTRATION: Pattern[] = [
  /\b(?:must|shall|need to|required to|agree to)\s+(?:first\s+)?(?:register|sign up|complete (?:the|a) (?:registration|form))\b/i,
  /\bregistration\s+(?:is\s+)?(?:required|mandatory)\b/i,
  phrase(/\b(?:register|registration)\s+(?:with|at)\b/i, 60, /\b(?:before|to use|in order|prior)\b/i),
  /\bYou must register\b/i,
];

const anyMatch = (ps: Pattern[], ss: string[]) => ss.some((s) => ps.some((p) => matches(p, s)));

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
