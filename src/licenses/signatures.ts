// How to recognize a model license we hold no reference text for: by its title near the top (what
// the vendor calls it), else by a few distinctive marks across the text. Titles and marks are short
// names and word pairs written by us, matched on `signatureText` (lowercase words, punctuation
// gone, version numbers kept): no sentence of any license is reproduced here.

export interface Signature {
  id: string;
  /** Matched against the first lines of the text (pointer and copyright lines included). */
  titles: RegExp[];
  /** Each present mark adds its weight; `need` weight recognizes the license without a title. */
  marks?: Array<[RegExp, number]>;
  need?: number;
  /** All of these must be present for the marks to count (the vendor's name, say). */
  must?: RegExp[];
  /** Any of these present rules the signature out (a sibling license says it more exactly). */
  not?: RegExp[];
}

/** Lowercase words without URLs (a link is no title); '.', '+' kept inside tokens so "3.1" and "rail++" survive. */
export function signatureText(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/(?:https?:\/\/|www\.)\S+/g, " ")
    .replace(/[\u2018\u2019']/g, "")
    .replace(/[^a-z0-9+.]+/g, " ")
    .replace(/\.(?=\s|$)|(?<=\s|^)\./g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;
}

const LL =
  "(?:community license|acceptable use policy|version release date|version effective date|license agreement)";

// Order matters where titles nest: the more specific sibling comes first.
export const SIGNATURES: readonly Signature[] = [
  { id: "llama3.1", titles: [new RegExp(`llama 3\\.1 ${LL}`)], marks: [[/ llama 3\.1 /, 1]], need: 4 },
  { id: "llama3.2", titles: [new RegExp(`llama 3\\.2 ${LL}`)], marks: [[/ llama 3\.2 /, 1]], need: 4 },
  { id: "llama3.3", titles: [new RegExp(`llama 3\\.3 ${LL}`)], marks: [[/ llama 3\.3 /, 1]], need: 4 },
  { id: "llama4", titles: [new RegExp(`llama 4 ${LL}`)], marks: [[/ llama 4 /, 1]], need: 4 },
  { id: "llama3", titles: [new RegExp(`llama 3 ${LL}`)], marks: [[/ (meta )?llama 3 (?!\.\d)/, 1]], need: 4 },
  { id: "llama2", titles: [new RegExp(`llama 2 ${LL}`)], marks: [[/ llama 2 /, 1]], need: 4 },
  {
    id: "llama1-noncommercial-research",
    titles: [/ llama (?:1 )?(?:non ?commercial )?(?:research )?license/],
    marks: [
      [/ meta platforms /, 1],
      [/ non ?commercial research purposes /, 1],
      [/ llama /, 1],
      [/ llama 2 | llama 3/, -3],
    ],
    need: 3,
  },
  { id: "fair-noncommercial-research-license", titles: [/ fair noncommercial research license/] },
  {
    id: "gemma",
    titles: [/ gemma (?:terms of use|prohibited use policy)/],
    marks: [[/ gemma /, 1]],
    need: 6,
  },
  { id: "tongyi-qianwen-research", titles: [/ tongyi qianwen research license/] },
  {
    id: "tongyi-qianwen",
    titles: [/ tongyi qianwen license/],
    marks: [[/ tongyi qianwen /, 2]],
    need: 6,
    not: [/ research license agreement/],
  },
  { id: "qwen-research", titles: [/ qwen research license/] },
  {
    id: "qwen",
    must: [/ qwen /],
    titles: [/ qwen license agreement/],
    marks: [[/ qwen /, 2]],
    need: 6,
    not: [/ research license/],
  },
  {
    id: "deepseek-model-license",
    titles: [/ deepseek (?:model )?license agreement/],
    marks: [[/ deepseek /, 2]],
    need: 8,
  },
  { id: "falcon-180b-license", titles: [/ falcon 180b (?:tii )?license/] },
  {
    id: "falcon-llm-license",
    must: [/ (?:falcon|tii) /],
    titles: [
      / tii falcon(?: llm)? license/,
      / falcon(?: [a-z0-9.]+){0,3} (?:tii|llm) license/,
      / falcon (?:llm )?(?:acceptable use policy|terms and conditions)/,
    ],
    marks: [[/ falcon /, 1]],
    need: 6,
  },
  {
    id: "mistral-mnpl",
    must: [/ mistral /],
    titles: [/ mistral ai non production license/, / mnpl /],
    marks: [
      [/ mistral /, 1],
      [/ non production /, 2],
    ],
    need: 6,
  },
  {
    id: "mistral-mrl",
    must: [/ mistral /],
    titles: [/ mistral ai research license/, / mrl 0\.\d/],
    marks: [
      [/ mistral /, 1],
      [/ research license /, 2],
      [/ non production /, -10],
    ],
    need: 6,
  },
  {
    id: "nvidia-open-model-license",
    must: [/ nvidia /],
    titles: [/ nvidia open model license/],
    marks: [
      [/ nvidia /, 1],
      [/ open model license /, 2],
    ],
    need: 6,
  },
  {
    id: "nvidia-source-code-license-nc",
    titles: [/ nvidia source code license/],
  },
  {
    id: "stability-non-commercial",
    titles: [
      / stability ai non commercial (?:research )?community license/,
      / stable [a-z0-9 ]{0,40}non commercial (?:research )?community license/,
      / sdxl 0\.9 research license/,
    ],
  },
  {
    id: "stability-community",
    must: [/ stability /],
    titles: [/ stability ai community license/],
    marks: [
      [/ stability ai /, 1],
      [/ community license /, 2],
      [/ non commercial research community/, -10],
    ],
    need: 6,
  },
  {
    id: "databricks-open-model-license",
    must: [/ (?:dbrx|databricks) /],
    titles: [/ databricks open model (?:license|acceptable use policy)/],
    marks: [[/ dbrx /, 1]],
    need: 5,
  },
  { id: "deepfloyd-if-license", titles: [/ deepfloyd if license/] },
  { id: "apple-amlr", titles: [/ apple machine learning research model/] },
  {
    id: "apple-ascl",
    titles: [/ apple sample code license/],
    marks: [
      [/ apple software /, 2],
      [/ apple inc /, 1],
      [/ machine learning research/, -5],
    ],
    need: 5,
  },
  { id: "grok2-community", titles: [/ grok 2 community license/] },
  { id: "openrail++", titles: [/ open ?rail\+\+ ?m? /] },
  { id: "creativeml-openrail-m", titles: [/ creativeml open ?rail m /] },
  { id: "bigcode-openrail-m", titles: [/ bigcode open ?rail m /] },
  { id: "bigscience-bloom-rail-1.0", titles: [/ bigscience (?:bloom )?rail license v?1\.0/, / bloom rail /] },
  { id: "bigscience-openrail-m", titles: [/ bigscience open ?rail m /] },
  {
    id: "openrail",
    titles: [/ open ?rail(?: [mdas])?(?: license)? /],
    marks: [[/ open ?rail /, 1]],
    need: 3,
  },
];
