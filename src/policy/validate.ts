// One policy file, text to a checked raw record. Every value keeps its place (file:line:col), so
// an error points at the exact token and the merge step can say which file a rule came from.
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import { CATEGORIES, CLAUSES, type Verdict } from "../types.js";
import { PolicyError } from "./error.js";
import {
  EXCEPTION_KEYS,
  IGNORE_KEYS,
  LIST_NAMES,
  type ListName,
  MAX_ENTRY_CHARS,
  MAX_POLICY_BYTES,
  MISPLACED,
  RULE_KEYS,
  type RuleKey,
  TOP_KEYS,
  VERDICT_SYNONYMS,
  VERDICTS,
  VERSION,
} from "./schema.js";
import { didYouMean, suggest } from "./suggest.js";

export interface Origin {
  file: string;
  line: number;
  col: number;
  /** 0 for the file being parsed, 1 for what it extends, and so on. */
  depth: number;
}

export interface Entry {
  value: string;
  origin: Origin;
}

export interface RawException {
  models: string[];
  verdict: Verdict;
  reason: string;
  expires?: string;
  origin: Origin;
}

export interface RawPolicy {
  file: string;
  extends: Entry[];
  rules: Record<ListName, Record<RuleKey, Entry[]>>;
  unmatched?: Verdict;
  exceptions: RawException[];
  ignore: Entry[];
}

type YamlNode = Node | null | undefined;

/** Keeps the untrusted text we echo in messages short and printable. */
export function quote(value: unknown): string {
  const s = String(value).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 79)}…` : s);
}

export function emptyRaw(file: string): RawPolicy {
  const rules = {} as Record<ListName, Record<RuleKey, Entry[]>>;
  for (const list of LIST_NAMES) rules[list] = { licenses: [], categories: [], clauses: [] };
  return { file, extends: [], rules, exceptions: [], ignore: [] };
}

class Reader {
  readonly errors: PolicyError[] = [];
  private readonly lines = new LineCounter();
  readonly doc: Document.Parsed | undefined;

  constructor(
    readonly text: string,
    readonly file: string,
    readonly depth: number,
  ) {
    if (text.length > MAX_POLICY_BYTES) {
      this.fail(0, `policy file is too large (${text.length} bytes; the limit is ${MAX_POLICY_BYTES})`);
      return;
    }
    const doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    for (const e of doc.errors) this.fail(e.pos[0], yamlMessage(e.code, e.message));
    // An alias to no anchor is legal YAML syntax but nothing a policy can mean; most often it
    // is an unquoted glob such as *-instruct.
    visit(doc, {
      Alias: (_key, node) => {
        if (!node.resolve(doc)) {
          this.fail(
            node,
            `unknown alias *${node.source}: a value that starts with * must be quoted ("*${node.source}")`,
          );
        }
      },
    });
    if (this.errors.length === 0) this.doc = doc;
  }

  origin(at: number | YamlNode): Origin {
    const offset = typeof at === "number" ? at : (at?.range?.[0] ?? 0);
    const { line, col } = this.lines.linePos(Math.min(offset, this.text.length));
    // linePos reports line 0 for an empty text; a place is always 1-based.
    return { file: this.file, line: Math.max(1, line), col: Math.max(1, col), depth: this.depth };
  }

  fail(at: number | YamlNode, message: string): void {
    const o = this.origin(at);
    this.errors.push(new PolicyError(o.file, o.line, o.col, message));
  }

  /** Follows an alias to the node it names, so anchors work; an unknown alias is an error. */
  deref(node: YamlNode): YamlNode {
    if (!isAlias(node) || !this.doc) return node;
    const target = node.resolve(this.doc);
    return target && !isAlias(target) ? (target as Node) : null;
  }
}

function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0] ?? message;
  // The place is reported apart; cut yaml's own " at line L, column C" and what follows it.
  const at = / at line \d+, column \d+/.exec(first);
  const text = at ? first.slice(0, at.index) : first;
  return code === "DUPLICATE_KEY" ? "duplicate key: each key may appear once" : `YAML syntax error: ${text}`;
}

function isNull(node: YamlNode): boolean {
  return node == null || (isScalar(node) && node.value === null);
}

/**
 * The pairs of a mapping, keyed by name; unknown keys are reported with a near-miss suggestion
 * or a hint of where the key belongs.
 */
function readMap(
  r: Reader,
  node: YamlNode,
  allowed: readonly string[],
  where: string,
): Map<string, { key: Node; value: YamlNode }> | undefined {
  const out = new Map<string, { key: Node; value: YamlNode }>();
  node = r.deref(node);
  if (isNull(node)) return out;
  if (!isMap(node)) {
    r.fail(node, `${where} must be a mapping with keys ${allowed.join(", ")}`);
    return undefined;
  }
  for (const pair of node.items) {
    const key = pair.key as YamlNode;
    if (!isScalar(key) || typeof key.value !== "string") {
      r.fail(
        key ?? (pair.value as YamlNode) ?? node,
        `${where}: keys must be plain words (${allowed.join(", ")})`,
      );
      continue;
    }
    const name = key.value;
    if (!allowed.includes(name)) {
      let hint = didYouMean(name, allowed);
      if (!hint && MISPLACED[name]) hint = `: ${MISPLACED[name]}`;
      if (!hint) hint = ` (expected ${allowed.join(", ")})`;
      r.fail(key, `unknown key ${quote(name)} in ${where}${hint}`);
      continue;
    }
    out.set(name, { key, value: pair.value as YamlNode });
  }
  return out;
}

/** A list of non-empty strings; `single` also takes one bare string. */
function readStrings(r: Reader, node: YamlNode, where: string, single = false): Entry[] {
  node = r.deref(node);
  if (isNull(node)) return [];
  if (single && isScalar(node) && typeof node.value === "string") {
    return readEntry(r, node, where) ?? [];
  }
  if (!isSeq(node)) {
    const example = isScalar(node) ? `[${String(node.value)}]` : "[a, b]";
    r.fail(node, `${where} must be a list, e.g. ${where.split(".").pop()}: ${example}`);
    return [];
  }
  const out: Entry[] = [];
  for (const item of node.items) out.push(...(readEntry(r, r.deref(item as YamlNode), where) ?? []));
  return out;
}

/** One list entry: a string no longer than a glob may be. */
function readEntry(r: Reader, node: YamlNode, where: string): Entry[] | undefined {
  const entry = readString(r, node, where);
  if (entry && entry[0]!.value.length > MAX_ENTRY_CHARS) {
    r.fail(
      node,
      `${where}: an entry of ${entry[0]!.value.length} characters; the limit is ${MAX_ENTRY_CHARS}`,
    );
    return undefined;
  }
  return entry;
}

function readString(r: Reader, node: YamlNode, where: string): Entry[] | undefined {
  if (!isScalar(node) || (typeof node.value !== "string" && typeof node.value !== "number")) {
    r.fail(node, `${where}: expected a string, got ${describe(node)}`);
    return undefined;
  }
  const value = String(node.value).trim();
  if (value === "") {
    r.fail(node, `${where}: empty string`);
    return undefined;
  }
  return [{ value, origin: r.origin(node) }];
}

function describe(node: YamlNode): string {
  if (isNull(node)) return "nothing";
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (isScalar(node)) return `${typeof node.value} ${quote(node.value)}`;
  return "something else";
}

function readVerdict(r: Reader, node: YamlNode, where: string): Verdict | undefined {
  node = r.deref(node);
  if (!isScalar(node) || typeof node.value !== "string") {
    r.fail(node, `${where} must be one of pass, warn, fail; got ${describe(node)}`);
    return undefined;
  }
  const v = node.value;
  if ((VERDICTS as readonly string[]).includes(v)) return v as Verdict;
  const lower = v.toLowerCase();
  const meant = (VERDICTS as readonly string[]).includes(lower)
    ? lower
    : (VERDICT_SYNONYMS[lower] ?? suggest(v, VERDICTS));
  const hint = meant ? `: did you mean "${meant}"?` : " (expected pass, warn or fail)";
  r.fail(node, `unknown verdict ${quote(v)} in ${where}${hint}`);
  return undefined;
}

const CATEGORY_SET = new Set<string>(CATEGORIES);
const CLAUSE_SET = new Set<string>(CLAUSES);

function readRules(r: Reader, node: YamlNode, list: ListName, into: Record<RuleKey, Entry[]>): void {
  const map = readMap(r, node, RULE_KEYS, list);
  if (!map) return;
  for (const [key, { value }] of map) {
    const where = `${list}.${key}`;
    for (const entry of readStrings(r, value, where)) {
      const place = entry.origin;
      const v = entry.value;
      const fail = (message: string) =>
        r.errors.push(new PolicyError(place.file, place.line, place.col, message));
      if (key === "licenses") {
        if (CATEGORY_SET.has(v.toLowerCase()) && !CLAUSE_SET.has(v.toLowerCase())) {
          fail(`${quote(v)} in ${where} is a category, not a license: put it under ${list}.categories`);
          continue;
        }
        into.licenses.push({ value: v.toLowerCase(), origin: place });
      } else if (key === "categories") {
        if (CATEGORY_SET.has(v)) into.categories.push(entry);
        else if (CLAUSE_SET.has(v))
          fail(`${quote(v)} in ${where} is a clause, not a category: put it under ${list}.clauses`);
        else
          fail(
            `unknown category ${quote(v)} in ${where}${didYouMean(v, CATEGORIES) || ` (expected one of ${CATEGORIES.join(", ")})`}`,
          );
      } else {
        if (CLAUSE_SET.has(v)) into.clauses.push(entry);
        else if (CATEGORY_SET.has(v))
          fail(`${quote(v)} in ${where} is a category, not a clause: put it under ${list}.categories`);
        else
          fail(
            `unknown clause ${quote(v)} in ${where}${didYouMean(v, CLAUSES) || ` (expected one of ${CLAUSES.join(", ")})`}`,
          );
      }
    }
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2027-02-30 is not one). */
export function isIsoDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function readExceptions(r: Reader, node: YamlNode, out: RawException[]): void {
  node = r.deref(node);
  if (isNull(node)) return;
  if (!isSeq(node)) {
    r.fail(node, "exceptions must be a list of items, each with models and reason");
    return;
  }
  node.items.forEach((raw, i) => {
    const item = r.deref(raw as YamlNode);
    const where = `exceptions[${i}]`;
    const map = readMap(r, item, EXCEPTION_KEYS, where);
    if (!map) return;
    const models = map.get("models");
    const modelList = models ? readStrings(r, models.value, `${where}.models`, true) : [];
    if (!models) r.fail(item, `${where} needs models: the model ids (globs) it applies to`);
    else if (modelList.length === 0 && !hasErrorsAt(r, models.value))
      r.fail(models.key, `${where}.models is empty`);
    const reason = map.get("reason");
    let reasonText: string | undefined;
    if (!reason) r.fail(item, `${where} needs a reason: who approved it and why`);
    else if (isNull(r.deref(reason.value)))
      r.fail(reason.key, `${where}.reason is empty: say who approved it and why`);
    else reasonText = readString(r, r.deref(reason.value), `${where}.reason`)?.[0]?.value;
    let verdict: Verdict | undefined = "pass";
    const v = map.get("verdict");
    if (v) verdict = readVerdict(r, v.value, `${where}.verdict`);
    let expires: string | undefined;
    const e = map.get("expires");
    if (e) {
      const node = r.deref(e.value);
      const text = isScalar(node) && typeof node.value === "string" ? node.value.trim() : undefined;
      if (text !== undefined && isIsoDate(text)) expires = text;
      else
        r.fail(
          node ?? e.key,
          `bad date ${quote(isScalar(node) ? node.value : describe(node))} in ${where}.expires: write YYYY-MM-DD, e.g. 2027-06-30`,
        );
    }
    if (modelList.length > 0 && reasonText !== undefined && verdict !== undefined) {
      out.push({
        models: modelList.map((m) => m.value),
        verdict,
        reason: reasonText,
        ...(expires ? { expires } : {}),
        origin: r.origin(item),
      });
    }
  });
}

function hasErrorsAt(r: Reader, node: YamlNode): boolean {
  const o = r.origin(node);
  return r.errors.some((e) => e.line === o.line && e.col === o.col);
}

/** Parses and checks one policy file; `extends` is read but not followed here. */
export function readPolicyFile(
  text: string,
  file: string,
  depth = 0,
): { raw: RawPolicy; errors: PolicyError[] } {
  const r = new Reader(text, file, depth);
  const raw = emptyRaw(file);
  if (!r.doc) return { raw, errors: r.errors };
  const contents = r.doc.contents as YamlNode;
  if (isNull(contents)) {
    r.fail(0, "the policy file is empty: it needs at least `version: 1`");
    return { raw, errors: r.errors };
  }
  if (!isMap(contents)) {
    r.fail(
      contents,
      `a policy file is a mapping of keys (${TOP_KEYS.join(", ")}), not ${describe(contents)}`,
    );
    return { raw, errors: r.errors };
  }
  const top = readMap(r, contents, TOP_KEYS, "the policy");
  if (!top) return { raw, errors: r.errors };

  const version = top.get("version");
  if (!version) r.fail(contents, `missing key version: start the file with \`version: ${VERSION}\``);
  else {
    const node = r.deref(version.value);
    if (!isScalar(node) || node.value !== VERSION) {
      r.fail(
        node ?? version.key,
        `unsupported version ${isScalar(node) && typeof node.value === "number" ? node.value : isScalar(node) ? quote(node.value) : describe(node)}: this tool reads version ${VERSION}`,
      );
    }
  }
  const ext = top.get("extends");
  if (ext) raw.extends = readStrings(r, ext.value, "extends", true);
  for (const list of LIST_NAMES) {
    const entry = top.get(list);
    if (entry) readRules(r, entry.value, list, raw.rules[list]);
  }
  const unmatched = top.get("unmatched");
  if (unmatched) raw.unmatched = readVerdict(r, unmatched.value, "unmatched");
  const exceptions = top.get("exceptions");
  if (exceptions) readExceptions(r, exceptions.value, raw.exceptions);
  const ignore = top.get("ignore");
  if (ignore) {
    const map = readMap(r, ignore.value, IGNORE_KEYS, "ignore");
    const paths = map?.get("paths");
    if (paths) raw.ignore = readStrings(r, paths.value, "ignore.paths");
  }
  r.errors.sort((a, b) => a.line - b.line || a.col - b.col);
  return { raw, errors: r.errors };
}
