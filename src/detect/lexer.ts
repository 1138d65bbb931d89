// A small, single-pass lexer for Python and JavaScript/TypeScript that sees just enough structure to
// place each string literal: the call it is an argument of, its keyword (or object key, or the
// variable it is assigned to) and its position. It never backtracks, so its time is linear in the
// text, and unbalanced brackets or unterminated strings only blur the structure, never stop it.

import { MAX_ID_TEXT } from "./ids.js";

export type Lang = "py" | "js";

export interface StrTok {
  value: string;
  line: number;
  /** An f-string or template literal with interpolations: its value is not a constant. */
  interp: boolean;
  /** A Python bytes literal. */
  bytes: boolean;
  /** Follows `import` or `from` (JS module specifier). */
  imported: boolean;
  /**
   * Python's adjacent literals joined into this one (`("python run.py "\n "--model org/x")`): each
   * piece with its own line, for a command line split over lines.
   */
  parts?: { value: string; line: number }[];
}

export interface Arg {
  kw?: string;
  /** The sole string literal of the argument, if the argument is nothing else. */
  str?: StrTok;
  /** The sole identifier of the argument (a variable), if it is nothing else. */
  name?: string;
  tokens: number;
  /** Every string literal directly in the argument (capped), for `a if c else b` and the like. */
  strs?: StrTok[];
  /** The name before a type annotation (`MODEL_ID: string = ...`), the target of a later "=". */
  colonName?: string;
  /** `PROVIDERS["local"]` or `PROVIDERS[name]` as the whole argument: the name indexed, and a string key. */
  keyOf?: string;
  key?: string;
  /** `os.getenv("MODEL", "org/x")` as the whole argument: that call. */
  call?: Frame;
  /** The argument's token count when `call` closed: anything after it makes the call a part only. */
  callAt?: number;
  /**
   * A dotted name the argument ends with, kept only in calls that take a function and its
   * arguments (`partial(AutoModel.from_pretrained, "org/x")`, `Repo::new(id, RepoType::Dataset)`).
   */
  fn?: string;
}

export interface Frame {
  open: "(" | "[" | "{" | "stmt";
  /** Dotted name before "(", e.g. "AutoModel.from_pretrained"; null for other frames. */
  callee: string | null;
  args: Arg[];
  /** Keyword of the argument this frame sits in, in the enclosing frame. */
  outerKw?: string;
  /** Callee of the enclosing call, when this frame is an argument of a call. */
  outerCallee?: string | null;
  /** Position of this frame among the enclosing call's arguments (counting all arguments). */
  outerIndex?: number;
  /** The enclosing bracket frame (the root statement frame is not one). */
  outer?: Frame;
  line: number;
  /** `x["key"]`: an element access, whose strings are property names. */
  index?: boolean;
  /** revision= / repo_type= found in this frame or in an object literal passed to it. */
  revision?: string;
  repoType?: string;
}

interface OpenFrame extends Frame {
  cur: Arg;
  overflow: number;
  /** A call whose arguments that are names are kept as `fn` (see Arg.fn). */
  wrap: boolean;
}

/**
 * Calls that take a function (or a type) by name among their arguments: Rust's
 * `Repo::new(id, RepoType::Dataset)`, Swift's `Hub.Repo(id: id, type: .datasets)`.
 */
const WRAP = /(?:^|\.)(?:partial|to_thread|run_in_executor|submit|Repo\.new|Repo\.with_revision|Hub\.Repo)$/;

const MAX_DEPTH = 256;

/**
 * ASCII character classes as a table: 1 = starts an identifier, 2 = continues one. The lexer
 * looks at every character, and in a fresh process it runs mostly unoptimized, where a table
 * load is far cheaper than a chain of comparisons behind a call.
 */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36) CLASS[c] = 3;
  else if (c >= 48 && c <= 57) CLASS[c] = 2;
}

function isIdentPart(c: number): boolean {
  return c < 128 && CLASS[c]! >= 2;
}

/** Objects whose attributes name settings: `self.model`, `args.corpus`, `cfg.model_name`. */
const HOLDERS = new Set([
  "self",
  "this",
  "cls",
  "args",
  "opts",
  "options",
  "cfg",
  "config",
  "hparams",
  "flags",
  "FLAGS",
]);

const STATEMENT_START = /^(?:(?:def|class|import|from|async)\s|@[A-Za-z_])/;

/** "AutoModel.from_pretrained" from the text of a dotted chain (which may hold spaces), last 4 parts. */
function calleeText(text: string, start: number, end: number): string {
  let s = text.slice(Math.max(start, end - 200), end);
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      s = s.split(/\s/).join("");
      break;
    }
  }
  // Rust and C++ paths (Repo::with_revision) read like dotted names
  if (s.includes("::")) s = s.split("::").join(".");
  // keep the last four parts: a.b.c.d.e -> b.c.d.e
  let cut = s.length;
  for (let dots = 0; dots < 4 && cut > 0; dots++) cut = s.lastIndexOf(".", cut - 1);
  return cut > 0 ? s.slice(cut + 1) : s;
}

/** Keywords after which "[" opens a list rather than an element access. */
const BEFORE_LIST = /^(?:in|of|return|yield|else|and|or|not|is|await|case|typeof|from|do)$/;

const PY_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;

/**
 * Every field present from the start, in one order: arguments are made and read by the million,
 * and objects of one shape keep the lexer's property accesses monomorphic (fast from the first
 * compile), where fields added later in varying orders make them megamorphic.
 */
function newArg(): Arg {
  return {
    tokens: 0,
    kw: undefined,
    str: undefined,
    name: undefined,
    strs: undefined,
    colonName: undefined,
    fn: undefined,
    keyOf: undefined,
    key: undefined,
    call: undefined,
    callAt: undefined,
  };
}

/** Closes the current argument of a frame. */
function endArg(frame: OpenFrame): void {
  const a = frame.cur;
  if (a.tokens > 0 || a.kw !== undefined) {
    if (a.tokens !== 1) {
      a.str = undefined;
      a.name = undefined;
    }
    if (a.tokens !== 2) {
      a.key = undefined;
      a.keyOf = undefined;
    }
    if (a.call !== undefined && a.tokens !== a.callAt) a.call = undefined;
    if (a.kw && a.str && !a.str.interp) {
      const k = a.kw.toLowerCase();
      if (k === "revision" || k === "rev" || k === "commit_hash") frame.revision ??= a.str.value;
      else if (k === "repo_type") frame.repoType ??= a.str.value;
    }
    frame.args.push(a);
    if (onAssign !== null && frame.open === "{" && a.kw !== undefined && (a.str || a.strs)) onAssign(a);
  }
  frame.cur = newArg();
}

/**
 * Told of each `name = "..."` in a block as soon as it ends (the block itself closes only after the
 * code that uses the name: a class's constants, a function's locals). Set by lex for its run.
 */
let onAssign: ((arg: Arg) => void) | null = null;

/** Closes a top-level statement; the next one starts on `line`. */
function endStatement(root: OpenFrame, line: number, onFrame: (frame: Frame) => void): void {
  endArg(root);
  if (root.args.length > 0) {
    // the same shape as every other frame (see newArg)
    const stmt: OpenFrame = {
      open: "stmt",
      callee: null,
      args: root.args,
      cur: root.cur,
      outerKw: undefined,
      outerCallee: undefined,
      outerIndex: undefined,
      outer: undefined,
      line: root.line,
      index: false,
      revision: undefined,
      repoType: undefined,
      overflow: 0,
      wrap: false,
    };
    onFrame(stmt);
  }
  root.args = [];
  root.line = line;
  root.revision = undefined;
  root.repoType = undefined;
}

function addString(frame: OpenFrame, tok: StrTok, joinPrevious: boolean): void {
  const a = frame.cur;
  const prev = a.tokens > 0 ? lastString : null;
  if (joinPrevious && prev !== null && lastStringArg === a && !prev.bytes && !tok.bytes) {
    // "a" "b" in Python is one literal, "ab"
    prev.parts ??= [{ value: prev.value, line: prev.line }];
    prev.parts.push({ value: tok.value, line: tok.line });
    const joined = prev.value + tok.value;
    prev.value = joined.length > MAX_ID_TEXT ? "" : joined;
    prev.interp ||= tok.interp;
    if (prev.value.includes("/") && !a.strs?.includes(prev)) {
      a.strs ??= [];
      if (a.strs.length < 8) a.strs.push(prev);
    }
    return;
  }
  lastString = tok;
  lastStringArg = a;
  a.tokens++;
  if (a.tokens === 1) a.str = tok;
  if (tok.value.includes("/")) {
    a.strs ??= [];
    if (a.strs.length < 8) a.strs.push(tok);
  }
}

/** The last string literal added, and the argument it went to (for Python's "a" "b"). */
let lastString: StrTok | null = null;
let lastStringArg: Arg | null = null;

/** A kept value with text[from, to) appended, or null once it is longer than any id. */
function append(value: string | null, text: string, from: number, to: number): string | null {
  if (value === null) return null;
  const v = value + text.slice(from, to);
  return v.length > MAX_ID_TEXT ? null : v;
}

const PLAIN_HOLE = /^\$\{\s*[A-Za-z_$][\w$.]*\s*\}$/;

/** Where the last readString stopped, and the line it stopped on. */
const after = { end: 0, line: 0 };

/**
 * Reads the quoted string whose quote is at `start`. Its value is "" when longer than any id.
 * (A module function, not a closure: the lexer's loop variables stay in registers.)
 */
function readString(
  text: string,
  start: number,
  line: number,
  quote: number,
  triple: boolean,
  raw: boolean,
  template: boolean,
): StrTok {
  const n = text.length;
  const startLine = line;
  let j = start + (triple ? 3 : 1);
  let value: string | null = "";
  let interp = false;
  let closed = false;
  let segStart = j;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 92 /* \ */) {
      value = append(value, text, segStart, j);
      if (!raw && value !== null && j + 1 < n) value += text[j + 1];
      if (text.charCodeAt(j + 1) === 10) line++;
      j += 2;
      segStart = j;
      continue;
    }
    if (c === 10) {
      if (!triple && !template) break; // unterminated: the string ends with the line
      line++;
    }
    if (template && c === 36 && text.charCodeAt(j + 1) === 123) {
      // ${ ... }: skip to the matching brace, counting nested ones. A plain name stays in the value
      // as written (`${MODEL}`), as Python keeps `{MODEL}` in an f-string's.
      interp = true;
      value = append(value, text, segStart, j);
      const open = j;
      let depth = 0;
      j += 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 123) depth++;
        else if (d === 125 && --depth === 0) break;
        else if (d === 10) line++;
        j++;
      }
      j++;
      if (j - open <= 64 && PLAIN_HOLE.test(text.slice(open, j))) value = append(value, text, open, j);
      segStart = j;
      continue;
    }
    if (c === quote) {
      if (!triple) {
        value = append(value, text, segStart, j);
        j++;
        closed = true;
        break;
      }
      if (text.charCodeAt(j + 1) === quote && text.charCodeAt(j + 2) === quote) {
        value = append(value, text, segStart, j);
        j += 3;
        closed = true;
        break;
      }
    }
    j++;
  }
  // Unterminated at the end of the text: what there is.
  if (!closed && j >= n) value = append(value, text, Math.min(segStart, n), n);
  after.end = Math.min(j, n);
  after.line = line;
  return { value: value ?? "", line: startLine, interp, bytes: false, imported: false, parts: undefined };
}

/**
 * Walks `text` and calls `onFrame` for each closed call, bracket or top-level statement with its
 * arguments. Strings longer than MAX_ID_TEXT keep no value (they are never ids). Its state lives
 * in locals that no closure captures: in a fresh process this loop runs unoptimized for a while,
 * and captured variables would make every character cost context loads and stores.
 */
export function lex(
  text: string,
  lang: Lang,
  onFrame: (frame: Frame) => void,
  assigned: ((arg: Arg) => void) | null = null,
): void {
  const outer = onAssign;
  onAssign = assigned;
  lastString = null;
  lastStringArg = null;
  try {
    lexText(text, lang, onFrame);
  } finally {
    onAssign = outer;
  }
}

function lexText(text: string, lang: Lang, onFrame: (frame: Frame) => void): void {
  const n = text.length;
  const isPy = lang === "py";
  const isJs = !isPy;
  let i = 0;
  let line = 1;
  const root: OpenFrame = {
    open: "stmt",
    callee: null,
    args: [],
    cur: newArg(),
    outerKw: undefined,
    outerCallee: undefined,
    outerIndex: undefined,
    outer: undefined,
    line: 1,
    index: false,
    revision: undefined,
    repoType: undefined,
    overflow: 0,
    wrap: false,
  };
  const stack: OpenFrame[] = [root];
  let top = root;
  // The dotted identifier chain just read (as offsets: most names are never needed as strings),
  // for the callee of a following "(".
  let chainStart = -1;
  let chainEnd = -1;
  let lastWasName = false;
  let lastWasDot = false;
  // The last identifier, as offsets; -1 when something else came after it.
  let lastStart = -1;
  let lastEnd = -1;
  let prevSignificant = ""; // last punctuation or "name" or "str", for JS regex literals
  // `for model_id in [...]` / `for (const m of [...])`: 1 after "for", 2 after the loop variable,
  // 3 after "in"/"of"; the list that follows then sits under the loop variable's name.
  let forState = 0;
  let loopStart = -1;
  let loopEnd = -1;
  // The key of the element access just closed: os.environ["MODEL_ID"] = "org/x" assigns to it.
  let indexKey: string | undefined;

  while (i < n) {
    const c = text.charCodeAt(i);
    // newline
    if (c === 10) {
      line++;
      i++;
      // Brackets nested past any real code mean a broken or hostile text: start afresh so that
      // what follows is still read.
      if (stack.length >= MAX_DEPTH) {
        stack.length = 1;
        top = root;
        root.overflow = 0;
        root.cur = newArg();
      } else if (isPy && top !== root && STATEMENT_START.test(text.slice(i, i + 9))) {
        // A definition at column 0 cannot sit inside brackets: an earlier bracket never closed.
        stack.length = 1;
        top = root;
        root.cur = newArg();
      }
      if (top === root) endStatement(root, line, onFrame);
      else if (isJs && top.open === "{" && top.cur.tokens > 0) endArg(top);
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      // Indentation comes in runs: skip a run in one go.
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d !== 32 && d !== 9) break;
        i++;
      }
      continue;
    }
    // comments
    if (isPy && c === 35 /* # */) {
      const e = text.indexOf("\n", i);
      i = e < 0 ? n : e;
      continue;
    }
    if (isJs && c === 47 /* / */) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        const e = text.indexOf("\n", i);
        i = e < 0 ? n : e;
        continue;
      }
      if (d === 42) {
        const e = text.indexOf("*/", i + 2);
        const end = e < 0 ? n : e + 2;
        for (let k = i; k < end; k++) if (text.charCodeAt(k) === 10) line++;
        i = end;
        continue;
      }
      // A regex literal can hold quotes; it starts where an operand is expected.
      if (prevSignificant !== "name" && prevSignificant !== "str" && prevSignificant !== ")") {
        let j = i + 1;
        let inClass = false;
        while (j < n) {
          const r = text.charCodeAt(j);
          if (r === 10) break;
          if (r === 92) j++;
          else if (r === 91) inClass = true;
          else if (r === 93) inClass = false;
          else if (r === 47 && !inClass) break;
          j++;
        }
        i = j < n && text.charCodeAt(j) === 47 ? j + 1 : i + 1;
        top.cur.tokens++;
        chainStart = -1;
        lastWasName = false;
        lastWasDot = false;
        prevSignificant = "str";
        continue;
      }
    }
    if (isPy && c === 92 && text.charCodeAt(i + 1) === 10) {
      // explicit line continuation
      line++;
      i += 2;
      continue;
    }
    // strings
    if (c === 34 || c === 39 || (c === 96 && isJs)) {
      const triple = isPy && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      const tok = readString(text, i, line, c, triple, false, c === 96);
      i = after.end;
      line = after.line;
      if (prevSignificant === "/") {
        // Path(root) / "org/x": a part of a local path, never an id
        top.cur.tokens++;
        chainStart = -1;
        lastWasName = false;
        lastWasDot = false;
        prevSignificant = "str";
        lastStart = -1;
        continue;
      }
      tok.imported =
        isJs &&
        prevSignificant === "name" &&
        lastStart >= 0 &&
        ((lastEnd - lastStart === 4 && text.startsWith("from", lastStart)) ||
          (lastEnd - lastStart === 6 && text.startsWith("import", lastStart)));
      addString(top, tok, isPy && prevSignificant === "str");
      chainStart = -1;
      lastWasName = false;
      lastWasDot = false;
      prevSignificant = "str";
      lastStart = -1;
      continue;
    }
    // identifiers (and Python string prefixes)
    if (c < 128 && CLASS[c] === 3) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d >= 128 || CLASS[d] === 0) break;
        j++;
      }
      const q = text.charCodeAt(j);
      if (isPy && (q === 34 || q === 39) && j - i <= 2 && PY_PREFIX.test(text.slice(i, j))) {
        const lower = text.slice(i, j).toLowerCase();
        const triple = text.charCodeAt(j + 1) === q && text.charCodeAt(j + 2) === q;
        const tok = readString(text, j, line, q, triple, lower.includes("r"), false);
        i = after.end;
        line = after.line;
        if (lower.includes("f") && /\{(?!\{)/.test(tok.value.replace(/\{\{/g, ""))) tok.interp = true;
        if (lower.includes("b")) tok.bytes = true;
        addString(top, tok, prevSignificant === "str");
        chainStart = -1;
        lastWasName = false;
        lastWasDot = false;
        prevSignificant = "str";
        continue;
      }
      const len = j - i;
      if (forState === 3) forState = 0;
      if (len === 3 && text.startsWith("for", i)) forState = 1;
      else if (forState === 1) {
        if (
          !isJs ||
          !(
            (len === 5 && text.startsWith("const", i)) ||
            (len === 3 && (text.startsWith("let", i) || text.startsWith("var", i)))
          )
        ) {
          loopStart = i;
          loopEnd = j;
          forState = 2;
        }
      } else if (forState === 2)
        forState = len === 2 && (text.startsWith("in", i) || (isJs && text.startsWith("of", i))) ? 3 : 0;
      const a = top.cur;
      if (
        isJs &&
        len === 2 &&
        prevSignificant === "str" &&
        a.tokens === 1 &&
        a.str &&
        text.startsWith("as", i)
      ) {
        // "model" as const, "org/x" as RepoId: a TypeScript assertion leaves the string the value
        let k = j;
        while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
        const t = text.charCodeAt(k);
        if (t < 128 && CLASS[t] === 3) {
          k++;
          while (k < n) {
            const d = text.charCodeAt(k);
            if (d >= 128 || CLASS[d] === 0) break;
            k++;
          }
          i = k;
          continue;
        }
      }
      if (lastWasDot && a.tokens === 1 && a.name !== undefined && HOLDERS.has(a.name)) {
        // self.MODEL_NAME / this.model / args.corpus: the attribute names the value, as a variable
        // would (an argparse option's default is kept under the option's name)
        a.name = text.slice(i, j);
      } else {
        a.tokens++;
        if (a.tokens === 1) a.name = text.slice(i, j);
      }
      if (lastWasDot && lastWasName && chainStart >= 0) chainEnd = j;
      else {
        chainStart = i;
        chainEnd = j;
      }
      lastStart = i;
      lastEnd = j;
      i = j;
      lastWasName = true;
      lastWasDot = false;
      prevSignificant = "name";
      continue;
    }
    if (c === 46 /* . */ && lastWasName && !lastWasDot) {
      lastWasDot = true;
      i++;
      continue;
    }
    // brackets
    if (c === 40 || c === 91 || c === 123) {
      const open = c === 40 ? "(" : c === 91 ? "[" : "{";
      const callee =
        open === "(" && lastWasName && !lastWasDot && chainStart >= 0
          ? calleeText(text, chainStart, chainEnd)
          : null;
      const loop = open === "[" && forState === 3 && lastWasName;
      // x[...] indexes; `in [...]`, `return [...]` and the like start a list
      const index =
        open === "[" &&
        !loop &&
        ((lastWasName && !(lastEnd - lastStart <= 6 && BEFORE_LIST.test(text.slice(lastStart, lastEnd)))) ||
          prevSignificant === ")" ||
          prevSignificant === "str");
      if (open === "[") forState = 0;
      top.cur.tokens++;
      if (stack.length >= MAX_DEPTH) {
        top.overflow++;
      } else {
        const parent = top;
        const frame: OpenFrame = {
          open,
          callee,
          args: [],
          cur: newArg(),
          // MODELS = [{"name": "org/x"}]: an item of a list sits under the list's key
          outerKw: loop
            ? text.slice(loopStart, loopEnd)
            : (parent.cur.kw ?? (parent.open === "[" ? parent.outerKw : undefined)),
          outerCallee: parent.open === "(" ? parent.callee : parent.open === "stmt" ? null : undefined,
          outerIndex: parent.args.length,
          outer: parent === root ? undefined : parent,
          line,
          index,
          revision: undefined,
          repoType: undefined,
          overflow: 0,
          wrap: callee !== null && WRAP.test(callee),
        };
        stack.push(frame);
        top = frame;
      }
      chainStart = -1;
      lastWasName = false;
      lastWasDot = false;
      prevSignificant = open;
      i++;
      continue;
    }
    if (c === 41 || c === 93 || c === 125) {
      i++;
      const fnStart = lastWasName ? chainStart : -1;
      const fnEnd = chainEnd;
      chainStart = -1;
      lastWasName = false;
      lastWasDot = false;
      prevSignificant = ")";
      if (top.overflow > 0) {
        top.overflow--;
        continue;
      }
      if (top === root) continue; // stray closer
      if (top.wrap && c === 41 && fnStart >= 0) top.cur.fn = calleeText(text, fnStart, fnEnd);
      const want = c === 41 ? "(" : c === 93 ? "[" : "{";
      // Close frames up to the matching opener; a mismatch only closes what is open.
      let k = stack.length - 1;
      while (k > 0 && stack[k]!.open !== want) k--;
      if (k === 0) continue;
      while (stack.length - 1 >= k) {
        const f = stack.pop()!;
        endArg(f);
        indexKey = f.index && f.args.length === 1 ? f.args[0]!.str?.value : undefined;
        top = stack[stack.length - 1]!;
        // ("a long " "string"): a string in parentheses is the argument's string
        if (
          f.open === "(" &&
          f.callee === null &&
          !f.index &&
          f.args.length === 1 &&
          f.args[0]!.kw === undefined &&
          f.args[0]!.str !== undefined &&
          top.cur.tokens === 1 &&
          top.cur.str === undefined
        ) {
          const inner = f.args[0]!.str;
          top.cur.str = inner;
          if (inner.value.includes("/") && !top.cur.strs?.includes(inner)) {
            top.cur.strs ??= [];
            top.cur.strs.push(inner);
          }
        }
        // NAME["key"] or NAME[other] as a whole argument: kept as the name and its key (if a string)
        if (f.index && top.cur.tokens === 2 && top.cur.name !== undefined && !top.cur.str) {
          top.cur.keyOf = top.cur.name;
          top.cur.key = indexKey;
        }
        // getenv("MODEL", "org/x") as the whole of an argument: the call, for the loader it is given to
        if (f.open === "(" && f.callee !== null && top.cur.str === undefined) {
          top.cur.call = f;
          top.cur.callAt = top.cur.tokens;
        }
        if (f.open === "{" && top.open === "(") {
          top.revision ??= f.revision;
          top.repoType ??= f.repoType;
        }
        onFrame(f);
      }
      continue;
    }
    if (c === 44 /* , */ || c === 59 /* ; */) {
      i++;
      if (top.wrap && lastWasName && chainStart >= 0) top.cur.fn = calleeText(text, chainStart, chainEnd);
      chainStart = -1;
      lastWasName = false;
      lastWasDot = false;
      prevSignificant = ",";
      if (top === root) {
        if (c === 59) endStatement(root, line, onFrame);
        else top.cur.tokens++;
      } else endArg(top);
      continue;
    }
    if (c === 61 /* = */) {
      const d = text.charCodeAt(i + 1);
      const p = text.charCodeAt(i - 1);
      if (d === 61 || d === 62 || (p !== 32 && p !== 9 && !isIdentPart(p) && p !== 93 && p !== 41)) {
        // ==, =>, and compound operators (+=, <=, !=) are not assignments
        i += d === 61 || d === 62 ? 2 : 1;
        top.cur.tokens++;
        chainStart = -1;
        lastWasName = false;
        lastWasDot = false;
        prevSignificant = "=";
        continue;
      }
      let a = top.cur;
      // <Picker model="org/x" label="y" />: the attribute before this one ends here
      if (a.kw !== undefined && a.str && a.tokens === 2 && lastWasName && top !== root) {
        a.tokens = 1;
        endArg(top);
        a = top.cur;
        a.tokens = 1;
      }
      const target =
        a.colonName ??
        (lastStart >= 0
          ? text.slice(lastStart, lastEnd)
          : prevSignificant === ")" && indexKey !== undefined
            ? indexKey
            : "");
      if (a.kw === undefined && target && a.tokens > 0) a.kw = target;
      if (a.kw !== undefined) {
        a.tokens = 0;
        a.str = undefined;
        a.name = undefined;
        a.strs = undefined;
      } else top.cur.tokens++;
      i++;
      chainStart = -1;
      lastWasName = false;
      lastWasDot = false;
      lastStart = -1;
      prevSignificant = "=";
      continue;
    }
    if (c === 58 /* : */) {
      if (isJs && lastWasName && text.charCodeAt(i + 1) === 58) {
        // Repo::with_revision, std::string: a path, read as a dotted name
        i += 2;
        lastWasDot = true;
        continue;
      }
      const a = top.cur;
      i++;
      if (text.charCodeAt(i) === 61 && a.kw === undefined && lastStart >= 0) {
        // Go and Python's walrus: modelID := "org/x"
        a.kw = text.slice(lastStart, lastEnd);
        a.tokens = 0;
        a.str = undefined;
        a.name = undefined;
        a.strs = undefined;
        i++;
        chainStart = -1;
        lastWasName = false;
        lastWasDot = false;
        prevSignificant = "=";
        continue;
      }
      // { DownloadSource.DEFAULT: "org/x" }: an enum member as the key, named by its last part
      const member =
        isPy && a.tokens === 2 && lastWasName && !a.str && chainStart >= 0 && chainStart < lastStart;
      if (
        a.kw === undefined &&
        (a.tokens === 1 || member) &&
        (a.str || a.name) &&
        text.charCodeAt(i) !== 58
      ) {
        a.kw = a.str ? a.str.value : member ? text.slice(lastStart, lastEnd) : a.name;
        a.tokens = 0;
        a.str = undefined;
        a.name = undefined;
        a.strs = undefined;
      } else {
        if (a.kw === undefined && lastWasName)
          a.colonName ??= lastStart >= 0 ? text.slice(lastStart, lastEnd) : "";
        top.cur.tokens++;
      }
      chainStart = -1;
      lastWasName = false;
      lastWasDot = false;
      prevSignificant = ":";
      continue;
    }
    // anything else: one token
    const a = top.cur;
    // "bert-base-uncased".to_string() (Rust), "org/x".into(): the string is the value
    if (c === 46 && prevSignificant === "str" && a.tokens === 1 && a.str && !a.str.value.includes("/")) {
      a.strs ??= [];
      a.strs.push(a.str);
    }
    a.tokens++;
    chainStart = -1;
    lastWasName = false;
    lastWasDot = false;
    lastStart = -1;
    // a "/" before a string joins a path (Python's pathlib)
    prevSignificant = isPy && c === 47 ? "/" : "op";
    i++;
  }
  while (stack.length > 1) {
    const f = stack.pop()!;
    endArg(f);
    onFrame(f);
  }
  endStatement(root, line, onFrame);
}
