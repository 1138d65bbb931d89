// The records that pass between the stages. Every stage imports its input and output shapes
// from here and nowhere else, so a change of shape is one edit seen by every stage.

/* ------------------------------------------------------------------ detect */

export type RefKind = "hf-model" | "hf-dataset" | "github-repo" | "weights-file";

export interface Location {
  /** Path relative to the scanned root, with forward slashes. */
  file: string;
  /** 1-based line number. Vendored weight files use line 1. */
  line: number;
}

/** License facts read from a weight file's own header (GGUF metadata, safetensors __metadata__). */
export interface WeightsHeader {
  format: "gguf" | "safetensors" | "lfs-pointer" | "pickle" | "onnx" | "other";
  license?: string;
  licenseName?: string;
  licenseLink?: string;
  /** Hub ids of base models named by the header (GGUF general.base_model.N.repo_url / name). */
  baseModels?: string[];
  /** Where the weights came from (GGUF general.source.huggingface.repository, url). */
  sourceRepo?: string;
  /** Set when the header could not be read; the message says why (truncated, malformed). */
  error?: string;
}

/** One occurrence of a reference, as a detector sees it. */
export interface RawReference {
  id: string;
  kind: RefKind;
  file: string;
  line: number;
  revision?: string;
  /** 1 for a known pattern; below 0.5 for a bare `org/name` string in no known pattern. */
  confidence: number;
  /** Which detector and pattern produced it, e.g. "python:from_pretrained". */
  via: string;
  header?: WeightsHeader;
}

/** A distinct reference (id, kind, revision) with all the places it occurs. */
export interface ModelRef {
  id: string;
  kind: RefKind;
  revision?: string;
  confidence: number;
  locations: Location[];
  header?: WeightsHeader;
}

/** What a change touched: for diff mode, the added or changed lines of each file. */
export interface ChangedFile {
  path: string;
  status: "added" | "modified" | "renamed" | "deleted";
  previousPath?: string;
  /** Added or changed line numbers in the new file; "all" for a new or binary file. */
  lines: Set<number> | "all";
}

/* ---------------------------------------------------------------- licenses */

export const CATEGORIES = [
  "permissive",
  "public-domain",
  "weak-copyleft",
  "strong-copyleft",
  "network-copyleft",
  "share-alike",
  "non-commercial",
  "no-derivatives",
  "responsible-ai",
  "community",
  "research-only",
  "no-license",
  "unknown",
  "unresolved",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CLAUSES = [
  "mau-threshold",
  "revenue-threshold",
  "use-restrictions",
  "attribution",
  "derivative-naming",
  "license-propagation",
  "registration",
  "non-commercial",
] as const;
export type ClauseName = (typeof CLAUSES)[number];

export interface RevenueThreshold {
  amount: number;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  /** e.g. "year". */
  period: string;
}

export interface Clauses {
  mauThreshold?: number;
  revenueThreshold?: RevenueThreshold;
  nonCommercial?: boolean;
  useRestrictions?: boolean;
  attribution?: boolean;
  derivativeNaming?: boolean;
  licensePropagation?: boolean;
  registration?: boolean;
}

/** A catalog entry: what we know about one license, written by us. */
export interface LicenseInfo {
  /** Hub identifier where the Hub has one, else a lowercase slug. */
  id: string;
  name: string;
  /** SPDX id where SPDX has one, else "LicenseRef-<slug>". */
  spdx: string;
  categories: Category[];
  clauses: Clauses;
  summary: string;
  url?: string;
}

/** A license as it applies to one model's weights or code, with where the fact came from. */
export interface LicenseFact {
  /** Catalog id, or null when nothing was found or recognized. */
  license: string | null;
  spdx: string | null;
  /** The name as declared (card `license_name`, file title), untrusted text. */
  declared?: string;
  link?: string;
  categories: Category[];
  clauses: Clauses;
  /** Where the fact came from, e.g. "hub:cardData.license", "hub:LICENSE", "gguf:general.license". */
  source: string;
  /** 0..1; 1 for a declared id that is in the catalog. */
  confidence: number;
}

/** Result of classifying a license text. */
export interface Classification {
  license: string | null;
  spdx: string | null;
  confidence: number;
  categories: Category[];
  clauses: Clauses;
  /** Set when the text is close to a known license but differs (e.g. MIT plus a clause). */
  note?: string;
}

/* ----------------------------------------------------------------- resolve */

export type LineageRelation = "finetune" | "adapter" | "quantized" | "merge" | "base";

export interface LineageEntry {
  id: string;
  relation: LineageRelation;
  /** The id of the model this one is a base of (the reference itself or another base). */
  of: string;
  depth: number;
  license: LicenseFact;
}

export interface Resolution {
  weights: LicenseFact;
  /** The license of code the repository ships, kept apart from the weights; null when none. */
  code: LicenseFact | null;
  lineage: LineageEntry[];
  gated: boolean;
  /** Commit sha the facts were read at, when known. */
  sha?: string;
  /** False when the Hub (or GitHub) says the repository does not exist. */
  exists: boolean;
  /** Messages about lookups that failed; with them the weights category is "unresolved". */
  errors: string[];
}

/* ------------------------------------------------------------------ policy */

export type Verdict = "pass" | "warn" | "fail";

export interface RuleSet {
  licenses: string[];
  categories: Category[];
  clauses: ClauseName[];
}

export interface PolicyException {
  models: string[];
  verdict: Verdict;
  reason: string;
  /** ISO date (YYYY-MM-DD). */
  expires?: string;
}

export interface Policy {
  version: 1;
  deny: RuleSet;
  warn: RuleSet;
  allow: RuleSet;
  unmatched: Verdict;
  exceptions: PolicyException[];
  ignore: { paths: string[] };
  /** Where it was read from, e.g. "preset:default" or ".github/model-license-policy.yml@<sha>". */
  source: string;
}

export interface Reason {
  level: Verdict;
  /** The rule that produced it, e.g. "deny.categories: non-commercial". */
  rule: string;
  message: string;
}

/* ------------------------------------------------------------------ report */

export interface Finding {
  ref: ModelRef;
  resolution: Resolution;
  verdict: Verdict;
  reasons: Reason[];
}

export interface ScanResult {
  verdict: Verdict;
  policy: { source: string; ref: string | null };
  findings: Finding[];
  /** Problems that did not stop the run (unreadable files, failed lookups). */
  errors: string[];
  /** Things a reader should know (policy changed by this PR, expired exceptions). */
  notices: string[];
}

/** Links the renderers may build; everything else in a report is escaped text. */
export interface LinkContext {
  /** e.g. https://github.com/owner/repo/blob/<sha>/ ; absent in the CLI. */
  blobBase?: string;
  /** e.g. https://huggingface.co */
  hubUrl: string;
  /** e.g. https://github.com */
  githubUrl?: string;
  /** Link to the job summary (run page), for a shortened comment. */
  runUrl?: string;
}
