// Python and JavaScript/TypeScript (and other C-like languages): applies the tables of loaders.ts to
// the calls, arguments, keys and assignments the lexer finds; keyword arguments, object keys and
// variables that name models; candidate `org/name` strings in no known pattern.

import type { RawReference, RefKind } from "../types.js";
import { isLegacyModel, isLocalDirName, normalizeHubId } from "./ids.js";
import { canonicalKey, isDescriptiveKey, isOutgoingKey, keyKind } from "./keys.js";
import { type Arg, type Frame, type Lang, lex, type StrTok } from "./lexer.js";
import {
  DATASET_BUILDERS,
  DEFAULT_FIRST,
  findRule,
  HUB_JS,
  hubAlias,
  hubDesignation,
  inHubWrite,
  isUltralyticsAsset,
  lastPart,
  MLX_RULE,
  NOT_REFS,
  PICKERS,
  rustRule,
  SETTING_CALLS,
  SHELL_CALLS,
  setterKind,
  TXTAI_PIPELINES,
  TXTAI_RULE,
  WRAPPERS,
} from "./loaders.js";
import { localDefinitions, loopVariables } from "./scope.js";
// shell.ts reads `python -c` code with detectCode: a cycle of functions only, called at run time.
import { detectShell } from "./shell.js";

/** Keys that name a repository on another hub (ModelScope, Modelers), by LLaMA-Factory's names. */
const OTHER_HUB_KEY = /^(?:MODELSCOPE|OPENMIND|MODELERS|ms|om|modelscope(?:_id|_path)?)$/;

/** Keyword arguments that hold a command line. */
const COMMAND_KWS = new Set(["bash_command", "command", "cmd", "shell_command"]);

/** Keyword arguments that pin the revision of the id of their call. */
const REVISION_KWS = new Set(["revision", "rev", "commit_hash"]);

/** The key of an entry's identifier, in a registry of entries kept under a model key. */
const ENTRY_ID_KEY = /^(?:id|name|repo|repo_id|repoId|hf_id|hfId|hub_id|hubId|hf_repo|hfRepo)$/;

/** Calls that build a container from their argument: new Map([[k, v]]), OrderedDict({...}). */
const CONTAINER_CALLS = new Set(["Map", "OrderedDict", "dict", "tuple", "list", "frozenset", "set"]);

/**
 * The kind named by the key of an enclosing container, through a few levels of literals:
 * {"model": (["org/a"], {"default": "org/a"})} (ComfyUI), new Map([["k", "org/x"]]),
 * {models: {"name": {DownloadSource.DEFAULT: "org/x"}}} (LLaMA-Factory).
 */
function containerKind(frame: Frame): ReturnType<typeof keyKind> {
  let f: Frame | undefined = frame;
  for (let d = 0; f && d < 4; d++, f = f.outer) {
    if (f.open === "stmt" || (f.open === "(" && f.callee && !CONTAINER_CALLS.has(lastPart(f.callee))))
      return null;
    if (f.index) return null;
    const kk = keyKind(f.outerKw);
    if (kk) return kk;
    if (f.outerKw !== undefined && !/^[A-Z][A-Z0-9_]{1,30}$/.test(f.outerKw) && d > 0) return null;
  }
  return null;
}

/** lm-eval's model_args string: the model, its revision, a PEFT adapter and a tokenizer. */
function lmEvalArgs(
  tok: StrTok,
  emit: (t: StrTok, k: RefKind, via: string, c: number, rev: string | undefined) => boolean,
): boolean {
  const fields = new Map<string, string>();
  for (const part of tok.value.split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const model = fields.get("pretrained") ?? fields.get("model");
  if (model === undefined) return false;
  emit({ ...tok, value: model }, "hf-model", "lm-eval", 1, fields.get("revision"));
  for (const k of ["peft", "tokenizer", "delta"]) {
    const v = fields.get(k);
    if (v?.includes("/")) emit({ ...tok, value: v }, "hf-model", "lm-eval", 0.9, undefined);
  }
  return true;
}

/** persist_directory=, cache_dir=, savedir=, data_file=: a local place, not a Hub candidate. */
function isPathKey(key: string | undefined): boolean {
  return key !== undefined && /(?:dir|directory|folder|path|file|filename)$/.test(canonicalKey(key));
}

const BARE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/;

/** Candidates need an organization and a name of some length: "call/cc" and "and/or" are words. */
const CANDIDATE_SHAPE = /^[A-Za-z0-9][\w.-]{1,95}\/[A-Za-z0-9][\w.-]{2,95}$/;

/** gr.load("models/org/x") names the model org/x; "spaces/..." is an app, not a model. */
function gradioModel(tok: StrTok): StrTok | null {
  const v = tok.value.trim();
  if (/^(?:spaces|datasets)\//i.test(v)) return null;
  const m = /^(?:models|huggingface)\/(.*)$/i.exec(v);
  return m ? { ...tok, value: m[1]! } : tok;
}

/**
 * The setting a flag-like call declares and its default: the name is the long flag among the
 * leading strings (add_argument("-m", "--model")), else the first string (getenv("MODEL")), else
 * the name the call is assigned to (model: str = Field("org/x")).
 */
function settingDefault(frame: Frame, last: string): { key: string | undefined; value?: Arg } {
  const positional = frame.args.filter((a) => a.kw === undefined);
  const byKw = frame.args.find((a) => a.kw === "default");
  if (DEFAULT_FIRST.has(last) || last === "field") {
    const value = byKw ?? (DEFAULT_FIRST.has(last) ? positional[0] : undefined);
    return { key: frame.outerKw, value: value?.str ? value : undefined };
  }
  let k = 0;
  while (k < positional.length && positional[k]!.str?.value.startsWith("-")) k++;
  const flags = positional.slice(0, k);
  // click.option("--base", "base_model", default=...): a plain name after the flags is the parameter
  const dest = k > 0 && last === "option" ? positional[k]?.str?.value : undefined;
  const key =
    (dest && /^[A-Za-z_]\w{0,60}$/.test(dest) ? dest : undefined) ??
    flags.find((a) => a.str?.value.startsWith("--"))?.str?.value ??
    flags[0]?.str?.value ??
    (positional[0]?.str ? positional[0].str.value : frame.outerKw);
  // getenv("MODEL", "org/x"): the value follows the name; add_argument takes it as default=
  const value = byKw ?? (k === 0 ? positional[1] : undefined);
  return { key, value: value?.str ? value : undefined };
}

/**
 * Whether a text can hold a reference the lexer would find: a string literal that starts like an
 * id and has a slash, or a loader whose bare-name argument counts. Most source files have neither,
 * and this native search is many times faster than lexing them.
 */
const MAYBE_ID =
  /["'`](?:[A-Za-z0-9_][\w.-]{0,95}\/[\w.]|hf:[A-Za-z0-9]|bert|distil|roberta|gpt2|openai-gpt|t5|xl|albert|ctrl|camembert|transfo|flaubert)/;
const BARE_LOADERS = [
  "SentenceTransformer",
  "Embeddings",
  "load_dataset",
  "dataset_info",
  "get_dataset_",
  "YOLO",
  "RTDETR",
  "SAM(",
  "NAS(",
  "hub.",
  // command lines run from code (os.system, subprocess): downloads and model flags
  "download",
  "--model",
  "--base",
  "--dataset",
  "--tokenizer",
];

/** What a text needs for the code detector to find anything (checked before lexing). */
export const CODE_GATE = { patterns: [MAYBE_ID], needles: BARE_LOADERS };

function mayHoldReference(text: string): boolean {
  if (MAYBE_ID.test(text)) return true;
  for (const name of BARE_LOADERS) if (text.includes(name)) return true;
  return false;
}

/**
 * A string literal as a command line for the shell detector, with the line of each of its lines;
 * Python's adjacent literals over several lines read as a command continued with backslashes.
 */
function commandText(tok: StrTok): { text: string; lineMap: (line: number) => number } {
  if (!tok.parts) return { text: tok.value, lineMap: (l) => tok.line + l - 1 };
  const lines = tok.parts.map((p) => p.line);
  return {
    text: tok.parts.map((p) => p.value.replaceAll("\n", " ")).join("\\\n"),
    lineMap: (l) => lines[l - 1] ?? tok.line,
  };
}

/**
 * The Hub model behind a LiteLLM name (dspy.LM): `huggingface/org/x`, or `openai/org/x` and the like
 * when the call points at a server of its own (api_base=): then the weights are the team's to run.
 * Other names are hosted APIs.
 */
function litellmModel(tok: StrTok, frame: Frame): StrTok | null {
  if (/^huggingface\//i.test(tok.value)) return tok;
  const own = frame.args.some((a) => a.kw === "api_base" || a.kw === "base_url");
  const m = /^(?:openai|hosted_vllm|vllm|openai_like|text-completion-openai)\/([^/\s]+\/[^/\s]+)$/.exec(
    tok.value,
  );
  return own && m ? { ...tok, value: m[1]! } : null;
}

/** Clients of hosted inference APIs, and signs of a server of the team's own. */
const HOSTED_CLIENT =
  /\b(?:Together|AsyncTogether|Groq|AsyncGroq|Fireworks|Anthropic|AsyncAnthropic)\(|api\.together\.(?:xyz|ai)|api\.groq\.com|api\.fireworks\.ai|openrouter\.ai|api\.deepinfra\.com/;
const OWN_SERVER =
  /router\.huggingface\.co|api-inference\.huggingface\.co|localhost|127\.0\.0\.1|0\.0\.0\.0|\.internal\b|:8000|:8080/;
/** The completion calls of OpenAI-style SDKs: client.chat.completions.create(model=...). */
const COMPLETION_CALL = /(?:^|\.)(?:completions|messages|responses|chat)\.(?:create|stream|parse)$/;

/** Names imported from ModelScope (`from modelscope import snapshot_download, AutoModel`). */
function modelScopeNames(text: string): Set<string> {
  const names = new Set<string>();
  for (
    let at = text.indexOf("from modelscope");
    at >= 0 && names.size < 100;
    at = text.indexOf("from modelscope", at + 1)
  ) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end < 0 ? undefined : end);
    const imp = line.indexOf(" import ");
    if (imp < 0) continue;
    for (const part of line.slice(imp + 8).split(",")) {
      const name = part.split(" as ").pop()?.trim().replace(/[()]/g, "");
      if (name) names.add(name);
    }
  }
  return names;
}

/** OpenCompass model types that load `path` from the Hub (or a local copy of a Hub repository). */
const HUB_MODEL_TYPE = /^(?:HuggingFace\w*|VLLM\w*|TurboMind\w*|LmdeployPytorch\w*)$/;

/** A Hub URL whose repository is a variable: `huggingface.co/{MODEL}`, `hf.co/datasets/${name}`. */
const HUB_URL_HOLE = /(?:huggingface\.co|hf\.co)\/(datasets\/)?\$?\{\s*([A-Za-z_$][\w$.]{0,60})\s*\}/;

export function detectCode(file: string, source: string, lang: Lang): RawReference[] {
  const out: RawReference[] = [];
  if (!mayHoldReference(source)) return out;
  // R (reticulate): `model_id <- "org/x"`, `st$SentenceTransformer(model_id)`; same length, same lines
  const text = /\.r$/i.test(file) ? source.replace(/<-/g, "= ").replaceAll("$", ".") : source;
  const prefix = lang === "py" ? "python" : "js";
  const emit = (
    tok: StrTok,
    kind: RefKind | "github-repo" | "ultralytics",
    via: string,
    confidence: number,
    revision: string | undefined,
    expand = false,
  ): boolean => {
    if (tok.interp || tok.bytes) return false;
    const value = hubAlias(tok.value.trim());
    if (kind === "github-repo") {
      const m = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,99})\/([A-Za-z0-9_.-]{1,100})(?::([^\s:]{1,200}))?$/.exec(
        value,
      );
      if (!m) return false;
      out.push({
        id: `${m[1]}/${m[2]}`,
        kind: "github-repo",
        file,
        line: tok.line,
        confidence,
        via: `${prefix}:${via}`,
        ...(m[3] ? { revision: m[3] } : {}),
      });
      return true;
    }
    if (kind === "ultralytics") {
      const base = value.slice(value.lastIndexOf("/") + 1);
      if (isUltralyticsAsset(base) && !value.includes("/")) {
        out.push({
          id: "ultralytics/ultralytics",
          kind: "github-repo",
          file,
          line: tok.line,
          confidence,
          via: `${prefix}:${via}`,
        });
        return true;
      }
      kind = "hf-model";
    }
    const norm = normalizeHubId(value, kind);
    if (norm) {
      out.push({
        id: norm.id,
        kind: norm.kind,
        file,
        line: tok.line,
        confidence: norm.localLike ? Math.min(confidence, 0.4) : confidence,
        via: `${prefix}:${via}`,
        ...((norm.revision ?? revision) ? { revision: norm.revision ?? revision } : {}),
      });
      return true;
    }
    if (!BARE_NAME.test(value) || value.includes("/")) return false;
    let id: string | null = null;
    if (kind === "hf-dataset") {
      // A bare dataset name counts only as the path argument of a datasets loader.
      const loader = via === "load_dataset";
      if (
        loader &&
        !DATASET_BUILDERS.has(value.toLowerCase()) &&
        !isLocalDirName(value) &&
        !/\.[a-z0-9]{1,5}$/i.test(value)
      )
        id = value;
    } else if (expand && /[A-Za-z]/.test(value) && !/\.[a-z]{2,5}$/i.test(value)) {
      id = `sentence-transformers/${value}`;
    } else if (isLegacyModel(value)) {
      id = value;
    }
    if (!id) return false;
    out.push({
      id,
      kind,
      file,
      line: tok.line,
      confidence,
      via: `${prefix}:${via}`,
      ...(revision ? { revision } : {}),
    });
    return true;
  };

  // Strings assigned to names, so that a loader called with the name counts them (same file,
  // assignment before use; the last assignment wins).
  const vars = new Map<string, StrTok[]>();
  // for name in BASELINES: / for (const m of MODELS): the loop variable holds what the list holds
  const loops = loopVariables(text, lang);
  const held = (name: string): StrTok[] | undefined => {
    const direct = vars.get(name);
    if (direct !== undefined || loops.size === 0) return direct;
    const list = loops.get(name);
    return list === undefined ? undefined : vars.get(list);
  };
  // Lists close before the call they are an argument of: the last list given to parametrize(),
  // to a shell call, as choices= or to a picker widget, kept for that call (matched by Frame.outer).
  let paramList: Frame | undefined;
  // PROVIDERS = {"local": "org/x"}: dict literals assigned to names, for PROVIDERS["local"]
  const dicts = new Map<string, Map<string, StrTok>>();
  // D["k"] is that entry; D[name] may be any of them (the code picks one at run time)
  const entriesOf = (dict: string, key: string | undefined): StrTok[] | undefined => {
    const d = dicts.get(dict);
    if (!d) return undefined;
    if (key !== undefined) {
      const t = d.get(key);
      return t ? [t] : undefined;
    }
    const all = [...d.values()].filter((t) => t.value.includes("/"));
    return all.length > 0 ? all : undefined;
  };
  // CASES = [("task", "org/x"), ...]: the tuples of a list, by the list (they close before it), and
  // the lists assigned to names, for parametrize("task,model_id", CASES)
  const tuples = new Map<Frame, Frame[]>();
  const lists = new Map<string, Frame[]>();
  // def register(alias, hub_id): functions of this file, by name, with their parameters' names;
  // a call passing a string by position names it by the parameter (register("x", "org/y"))
  const defLines = localDefinitions(text, lang);
  const defs = new Map<string, (string | undefined)[]>();
  let shellList: Frame | undefined;
  // cmd = ["vllm", "serve", ...]: argument vectors assigned to names, for Popen(cmd)
  const argvLists = new Map<string, Frame>();
  let choicesList: Frame | undefined;
  let pickerList: Frame | undefined;
  // os.system("huggingface-cli download org/x"), Modal's run_commands("python -c '...'"),
  // subprocess.run([...]): a command line, read as the shell detector reads a script.
  const shellCommand = (call: Frame, given: Frame | undefined) => {
    // Popen(cmd) where cmd = ["vllm", "serve", MODEL, ...] was assigned before
    const named = call.args[0]?.kw === undefined ? call.args[0]?.name : undefined;
    const list = given ?? (named !== undefined ? argvLists.get(named) : undefined);
    const words: StrTok[] = [];
    // a word may be a name that holds a constant: ["vllm", "serve", MODEL_NAME, "--revision", REV]
    const word = (a: Arg) => {
      if (a.kw !== undefined) return;
      if (a.str && !a.str.bytes) words.push(a.str);
      else if (a.name !== undefined && list !== undefined) {
        const t = held(a.name)?.[0];
        if (t && !t.interp && !t.bytes) words.push(t);
      }
    };
    for (const a of call.args)
      if (!(named !== undefined && list !== undefined && a === call.args[0])) word(a);
    if (list) for (const a of list.args) word(a);
    if (words.length === 0) return;
    if (words.length === 1 && !list) {
      const { text: command, lineMap } = commandText(words[0]!);
      for (const r of detectShell(file, command, { lineMap })) out.push(r);
      return;
    }
    // an argument vector: one command line, each id on the line of its own word
    const line = words.map((w) => (/[\s"'$]/.test(w.value) ? "X" : w.value)).join(" ");
    for (const r of detectShell(file, line)) {
      const w = words.find((t) => t.value.includes(r.id)) ?? words[0]!;
      out.push({ ...r, line: w.line });
    }
  };
  // mlx_lm's load("org/x") is a bare name: it counts where the file imports mlx_lm.
  const mlx = lang === "py" && /\bmlx_(?:lm|vlm)\b/.test(text);
  const txtai = lang === "py" && /\btxtai\b/.test(text);
  const rust = lang === "js" && file.endsWith(".rs");
  // Together(), Groq(), an OpenRouter URL and no server of the team's own: `model=` of a completion
  // call names a hosted model, not weights the project runs
  const hostedClient = HOSTED_CLIENT.test(text) && !OWN_SERVER.test(text);
  // from modelscope import snapshot_download: those names fetch from ModelScope, not the Hub
  const modelscope = lang === "py" && text.includes("modelscope") ? modelScopeNames(text) : null;
  const onFrame = (frame: Frame): void => {
    if (frame.open === "(" && frame.callee !== null && defLines.get(frame.callee) === frame.line) {
      // the header of a function of this file: its parameters, by position
      defs.set(
        frame.callee,
        frame.args.map((a) => a.kw ?? a.name),
      );
      defLines.delete(frame.callee);
      // def __init__(self, encoder="all-MiniLM-L6-v2"): the parameter holds its default
      for (const a of frame.args)
        if (a.kw !== undefined && a.str && !a.str.interp && !vars.has(a.kw) && vars.size < 10_000)
          vars.set(a.kw, [a.str]);
    }
    if (frame.open === "(" && !frame.callee && frame.outer?.open === "[" && tuples.size < 10_000) {
      const rows = tuples.get(frame.outer) ?? [];
      rows.push(frame);
      tuples.set(frame.outer, rows);
    }
    if (frame.open === "[" && frame.outerKw !== undefined && frame.outerCallee === null) {
      const rows = tuples.get(frame);
      if (rows) lists.set(frame.outerKw, rows);
      else if (frame.args[0]?.str && argvLists.size < 1000) argvLists.set(frame.outerKw, frame);
    }
    // a list of strings, or of tuples (which leave the list itself without a string)
    if (frame.open === "[" && frame.outerIndex === 1 && frame.outerCallee?.endsWith("parametrize"))
      paramList = frame;
    // subprocess.run(["huggingface-cli", "download", "org/x"]): the list closes before its call
    if (frame.open === "[" && frame.outerCallee && SHELL_CALLS.has(lastPart(frame.outerCallee)))
      shellList = frame;
    if (frame.open === "(" && frame.callee && SHELL_CALLS.has(lastPart(frame.callee)))
      shellCommand(frame, shellList?.outer === frame ? shellList : undefined);
    // BashOperator(bash_command="hf download org/x ..."), containers.run(image, command="..."): a
    // command line given to a call, read by the shell detector on the line of the string.
    if (frame.open === "(" && frame.callee)
      for (const a of frame.args)
        if (a.kw !== undefined && COMMAND_KWS.has(a.kw) && a.str && !a.str.interp && !a.str.bytes) {
          const { text: command, lineMap } = commandText(a.str);
          for (const r of detectShell(file, command, { lineMap })) out.push(r);
        }
    // Every other reference comes from a string literal of an argument, or a variable that holds
    // one; most frames (a line, a call) have neither, and leave here before any allocation.
    let strings = false;
    for (const a of frame.args) {
      if (
        a.str !== undefined ||
        a.strs !== undefined ||
        (a.name !== undefined && held(a.name) !== undefined) ||
        (a.keyOf !== undefined && dicts.has(a.keyOf)) ||
        a.call !== undefined
      ) {
        strings = true;
        break;
      }
    }
    if (!strings) return;
    if (frame.open === "{" && inHubWrite(frame)) return;
    // f"https://huggingface.co/{MODEL}/resolve/main/x.onnx", `hf.co/${repo}`: the name's literal
    for (const a of frame.args)
      for (const t of a.str ? [a.str] : (a.strs ?? [])) {
        const hole = HUB_URL_HOLE.exec(t.value);
        if (!hole) continue;
        const name = hole[2]!;
        const toks = held(name) ?? held(name.slice(name.lastIndexOf(".") + 1));
        if (toks)
          for (const h of toks) emit(h, hole[1] ? "hf-dataset" : "hf-model", "url-template", 0.9, undefined);
      }
    const used = new Set<Arg>();
    if ((frame.open === "[" || frame.open === "(") && frame.outerKw === "choices") choicesList = frame;
    if (
      (frame.open === "[" || frame.open === "(") &&
      frame.outerCallee &&
      PICKERS.has(lastPart(frame.outerCallee))
    )
      pickerList = frame;
    if (frame.open === "stmt" || (lang === "js" && frame.open === "{")) {
      for (const a of frame.args) {
        if (a.kw === undefined) continue;
        const toks = a.str
          ? [a.str]
          : (a.strs ?? (a.keyOf !== undefined ? entriesOf(a.keyOf, a.key) : undefined));
        if (toks && toks.length > 0) {
          if (vars.size > 10_000) vars.clear();
          vars.set(a.kw, toks);
        }
      }
    }
    if (
      frame.open === "{" &&
      frame.outerKw !== undefined &&
      (frame.outerCallee === null || (lang === "js" && frame.outer?.open === "{"))
    ) {
      const entries = new Map<string, StrTok>();
      for (const a of frame.args) if (a.kw !== undefined && a.str && !a.str.interp) entries.set(a.kw, a.str);
      if (entries.size > 0 && dicts.size < 10_000) dicts.set(frame.outerKw, entries);
    }
    // for ckpt in ["org/a", "org/b"]: pipeline(model=ckpt): the loop variable holds each id
    if (frame.open === "[" && !frame.callee && frame.outerKw !== undefined && frame.outerCallee === null) {
      const toks: StrTok[] = [];
      for (const a of frame.args) if (a.kw === undefined && a.str?.value.includes("/")) toks.push(a.str);
      if (toks.length > 0) {
        if (vars.size > 10_000) vars.clear();
        vars.set(frame.outerKw, toks);
      }
    }
    const callee = frame.callee ?? "";
    const last = callee.slice(callee.lastIndexOf(".") + 1);
    if (modelscope?.has(callee.includes(".") ? callee.slice(0, callee.indexOf(".")) : callee)) return;
    if (hostedClient && frame.open === "(" && COMPLETION_CALL.test(callee)) return;
    if (frame.open === "(" && callee) {
      // push_to_hub_merged, save_pretrained_gguf and the like name where results go
      if (NOT_REFS.has(last) || last.startsWith("push_to_hub") || last.startsWith("save_pretrained")) return;
      // evaluate.load("org/metric"): a metric, which the Hub keeps as a Space of code
      if (callee === "evaluate.load" || callee.endsWith(".evaluate.load")) return;
      // nltk.data.find("tokenizers/punkt"): NLTK's own resource paths
      if (callee.startsWith("nltk.")) return;
      // partial(AutoModel.from_pretrained, "org/x"), asyncio.to_thread(SentenceTransformer, "x"):
      // the call of the function named, with the arguments that follow it
      if (WRAPPERS.has(last)) {
        const k = frame.args.findIndex((a) => a.kw === undefined && (a.fn ?? a.name) !== undefined);
        const fn = k >= 0 ? (frame.args[k]!.fn ?? frame.args[k]!.name!) : "";
        if (fn && findRule(lastPart(fn), fn)) {
          onFrame({ ...frame, callee: fn, args: frame.args.slice(k + 1) });
          return;
        }
      }
      const rr = rust ? rustRule(last, callee) : null;
      if (rr && frame.args[0]) {
        const id = frame.args[0];
        const rev = rr.rev >= 0 ? frame.args[rr.rev] : undefined;
        const revTok = rev?.str ?? rev?.strs?.[0];
        const type = frame.args[1]?.fn ?? "";
        // RepoType::Space: an app, not a model or a dataset
        if (type.endsWith("Space")) return;
        const kind = type.endsWith("Dataset") ? "hf-dataset" : rr.kind;
        for (const t of id.str ? [id.str] : (id.strs ?? []))
          if (emit(t, kind, "hf-hub-rs", 1, revTok && !revTok.interp ? revTok.value : undefined))
            used.add(id);
      }
      // Replicate names its own models owner/name ("meta/llama-2-70b-chat"): not Hub repositories
      if (last === "Replicate" || callee.startsWith("replicate.")) return;
      let rule = rr ? undefined : mlx && callee === "load" ? MLX_RULE : findRule(last, callee);
      if (txtai && !rule && !rr && TXTAI_PIPELINES.has(last)) rule = TXTAI_RULE;
      // txtai's embeddings.load(provider="huggingface-hub", container="org/x"): an index on the Hub
      if (
        txtai &&
        last === "load" &&
        frame.args.some((a) => a.kw === "provider" && a.str?.value === "huggingface-hub")
      )
        for (const a of frame.args)
          if (a.kw === "container" && a.str && emit(a.str, "hf-model", "txtai", 1, undefined)) used.add(a);
      if (rule?.name === "torch.hub" && frame.args.some((a) => a.kw === "source" && a.str?.value === "local"))
        return;
      // torch.hub.load("huggingface/pytorch-transformers", "model", "bert-base-uncased"): the third
      // argument is a Hub model, fetched by the transformers code the first one names
      if (
        rule?.name === "torch.hub" &&
        /^huggingface\/(?:pytorch-)?transformers\b/.test(frame.args[0]?.str?.value ?? "")
      ) {
        const id = frame.args[2];
        if (
          id?.kw === undefined &&
          id?.str &&
          emit(id.str, "hf-model", "torch.hub(transformers)", 1, undefined)
        )
          used.add(id);
      }
      if (rule) {
        let kind = rule.kind;
        // swift-transformers: Hub.Repo(id: "org/x", type: .datasets); .spaces are apps
        const swiftType = rule.name === "swift-hub" ? frame.args.find((a) => a.kw === "type")?.fn : undefined;
        if (swiftType === "spaces") return;
        if (swiftType === "datasets") kind = "hf-dataset";
        if (kind === "hf-model" && frame.repoType) {
          const t = frame.repoType.toLowerCase();
          if (t === "dataset") kind = "hf-dataset";
          else if (t !== "model") return;
        }
        // revision=MODEL_REVISION: a constant assigned before the call pins it like a literal
        let revision = frame.revision;
        if (revision === undefined)
          for (const a of frame.args) {
            const held =
              a.kw !== undefined && REVISION_KWS.has(a.kw.toLowerCase()) && a.name
                ? vars.get(a.name)
                : undefined;
            if (held?.[0] && !held[0].interp) {
              revision = held[0].value;
              break;
            }
          }
        let p = 0;
        for (const a of frame.args) {
          const idx = a.kw === undefined ? p++ : -1;
          const hit = a.kw !== undefined ? rule.kws.includes(a.kw) : rule.pos.includes(idx);
          // PeftModel.from_pretrained(base, "org/adapter"): the id follows a model object.
          const peft = rule.name === "from_pretrained" && idx === 1 && frame.args[0]?.str === undefined;
          if ((hit || peft) && a.str) {
            const alias = rule.alias?.(a.str.value);
            const tok = alias
              ? { ...a.str, value: alias }
              : rule.name === "gradio"
                ? gradioModel(a.str)
                : rule.name === "litellm-name"
                  ? litellmModel(a.str, frame)
                  : a.str;
            if (tok && emit(tok, kind, rule.name, 1, revision, rule.expand)) used.add(a);
          } else if (hit && a.strs && a.kw !== "revision") {
            // from_pretrained(args.model or "org/x"): the literals of the expression
            for (const t of a.strs)
              if (emit(t, kind, `${rule.name}(expression)`, 0.9, revision, rule.expand)) used.add(a);
          } else if (hit && a.keyOf !== undefined && entriesOf(a.keyOf, a.key)) {
            // HuggingFaceEmbeddings(model_name=PROVIDERS["local"]): that entry of the dict
            for (const t of entriesOf(a.keyOf, a.key)!)
              emit(t, kind, `${rule.name}(variable)`, 1, revision, rule.expand);
          } else if (
            hit &&
            a.call?.callee &&
            (SETTING_CALLS.has(lastPart(a.call.callee)) || SETTING_CALLS.has(a.call.callee))
          ) {
            // LLM(model=os.getenv("MODEL", "org/x"), revision="<sha>"): the default, with the call's pin
            const value = settingDefault(a.call, lastPart(a.call.callee)).value?.str;
            if (value) emit(value, kind, `${rule.name}(setting-default)`, 0.9, revision, rule.expand);
          } else if (hit && a.name && held(a.name)) {
            // MODEL = "org/x" ... from_pretrained(MODEL): the literal is the reference
            for (const t of held(a.name)!) emit(t, kind, `${rule.name}(variable)`, 1, revision, rule.expand);
          }
        }
      }
      // .modelId("org/x") in a Java builder, setModel("org/x"): a setter of one string
      if (lang === "js" && !rule && !rr && frame.args.length === 1 && frame.args[0]!.kw === undefined) {
        const a = frame.args[0]!;
        const kind = a.str ? setterKind(last) : null;
        if (kind && a.str && emit(a.str, kind, "setter", 0.9, undefined)) used.add(a);
      }
      // os.getenv("MODEL_ID", "org/x"), add_argument("-m", "--model", default="org/x"),
      // Field("org/x"), typer.Option("org/x", "--model")
      if (SETTING_CALLS.has(last) || SETTING_CALLS.has(callee)) {
        const setting = settingDefault(frame, last);
        // add_argument("--hub_model_id", default="me/out"): where results go, not a reference
        if (isOutgoingKey(setting.key)) return;
        const kk = keyKind(setting.key);
        const kind = kk === "dataset" ? "hf-dataset" : "hf-model";
        if (kk && setting.value && emit(setting.value.str!, kind, "setting-default", 0.9, undefined))
          used.add(setting.value);
        // @click.option("--refiner", default="org/x") ... from_pretrained(refiner): the option's
        // parameter holds its default, which a loader given that name loads.
        if (!kk && setting.key && setting.value?.str?.value.includes("/")) {
          const dest = setting.key.replace(/^-{1,2}/, "").replaceAll("-", "_");
          if (/^[A-Za-z_]\w{0,60}$/.test(dest)) vars.set(dest, [setting.value.str]);
        }
        // add_argument("--model", choices=["org/a", "org/b"]): the list closed just before
        if (kk && choicesList?.outer === frame)
          for (const a of choicesList.args)
            if (a.kw === undefined && a.str) emit(a.str, kind, "setting-choices", 0.9, undefined);
      }
      // gr.Dropdown(["org/a", "org/b"], value="org/a", label="Model"), st.selectbox("Model", [...])
      if (PICKERS.has(last)) {
        const label = (frame.args.find((a) => a.kw === "label") ?? frame.args[0])?.str?.value ?? "";
        const kind = /\bdatasets?\b/i.test(label)
          ? "hf-dataset"
          : /\b(?:models?|checkpoints?|embeddings?|llms?|tokenizers?|encoders?|rerankers?)\b/i.test(label)
            ? "hf-model"
            : null;
        if (kind) {
          const toks: StrTok[] = [];
          for (const a of frame.args)
            if (
              a.str &&
              (a.kw === "value" || a.kw === "default" || (a.kw === undefined && a !== frame.args[0]))
            )
              toks.push(a.str);
          if (pickerList?.outer === frame)
            for (const a of pickerList.args) if (a.kw === undefined && a.str) toks.push(a.str);
          for (const t of toks) if (t.value.includes("/")) emit(t, kind, "picker", 0.9, undefined);
        }
      }
      // @parameterized.expand([("tiny", "org/x"), ...]): a Hub id in a case tuple (not its label)
      // @pytest.mark.parametrize("model_id", [...]): the list (read just before) holds models
      if (last === "parametrize") {
        const names = frame.args[0]?.kw === undefined ? frame.args[0]?.str?.value : undefined;
        const parts = names ? names.split(",").map((p) => p.trim()) : [];
        const at = parts.findIndex((p) => keyKind(p) !== null);
        const kk = at >= 0 ? keyKind(parts[at]) : null;
        const kind = kk === "dataset" ? "hf-dataset" : "hf-model";
        // one name: the list's items; several ("task,model_id"): that place of each tuple, in a
        // list written there or assigned to a name before
        const given = paramList?.outer === frame ? paramList : undefined;
        if (kk && parts.length === 1 && given)
          for (const a of given.args)
            if (a.kw === undefined && a.str) emit(a.str, kind, "parametrize", 0.9, undefined);
        const listName = frame.args[1]?.kw === undefined ? frame.args[1]?.name : undefined;
        const rows =
          parts.length > 1
            ? given
              ? tuples.get(given)
              : listName
                ? lists.get(listName)
                : undefined
            : undefined;
        if (kk && rows)
          for (const row of rows) {
            const a = row.args[at];
            if (a && a.kw === undefined && a.str) emit(a.str, kind, "parametrize", 0.9, undefined);
          }
        // the parameter holds each value, for a loader the test gives it: from_pretrained(name)
        for (const [j, name] of parts.entries()) {
          const column: StrTok[] = [];
          if (parts.length === 1 && given)
            for (const a of given.args) if (a.kw === undefined && a.str) column.push(a.str);
          for (const row of rows ?? []) {
            const a = row.args[j];
            if (a && a.kw === undefined && a.str) column.push(a.str);
          }
          if (column.length > 0 && /^[A-Za-z_]\w{0,60}$/.test(name) && vars.size < 10_000)
            vars.set(name, column);
        }
      }
      // register("x", "org/y") where this file defines register(alias, hub_id): by the parameter's name
      const params = rule || rr ? undefined : (defs.get(callee) ?? defs.get(last));
      if (params) {
        const shift = callee.includes(".") && (params[0] === "self" || params[0] === "cls") ? 1 : 0;
        let p = 0;
        for (const a of frame.args) {
          if (a.kw !== undefined) continue;
          const kk = keyKind(params[shift + p++]);
          if (!kk) continue;
          const kind = kk === "dataset" ? "hf-dataset" : "hf-model";
          if (a.str && emit(a.str, kind, "local-function", 0.9, frame.revision)) used.add(a);
          else if (a.name && held(a.name))
            for (const t of held(a.name)!) emit(t, kind, "local-function", 0.9, frame.revision);
        }
      }
    }
    // @parameterized.expand([("tiny", "org/x"), ...]): a Hub id in a case tuple, not its label
    if (
      (frame.open === "(" || frame.open === "[") &&
      !frame.callee &&
      frame.outer?.open === "[" &&
      /(?:^|\.)parameterized(?:\.expand)?$/.test(frame.outer.outerCallee ?? "")
    )
      for (const a of frame.args)
        if (
          a.kw === undefined &&
          a.str?.value.includes("/") &&
          emit(a.str, "hf-model", "parameterized", 0.9, undefined)
        )
          used.add(a);
    // @huggingface/hub: downloadFile({ repo: "org/x", path }) / { repo: { type: "dataset", name } }
    if (frame.open === "{" && lang === "js" && frame.outerCallee && HUB_JS.has(lastPart(frame.outerCallee))) {
      // modelInfo({ name: "org/x" }), datasetInfo({ name }): the repository by name
      const fnName = lastPart(frame.outerCallee);
      const byName = fnName === "modelInfo" || fnName === "datasetInfo";
      for (const a of frame.args) {
        if (!a.str || (a.kw !== "repo" && !(byName && a.kw === "name"))) continue;
        const d = hubDesignation(a.str, fnName === "datasetInfo" ? "hf-dataset" : "hf-model");
        if (d && emit(d.tok, d.kind, "hub-js", 1, frame.revision)) used.add(a);
      }
    }
    // { type: "model", name: "org/x" } (a RepoDesignation of @huggingface/hub), wherever it is held
    const designation =
      frame.open === "{" && lang === "js"
        ? frame.outerKw === "repo" ||
          /^(?:model|dataset)$/.test(frame.args.find((a) => a.kw === "type")?.str?.value ?? "")
        : false;
    if (designation) {
      const type = frame.args.find((a) => a.kw === "type")?.str?.value;
      const name = frame.args.find((a) => a.kw === "name");
      if (name?.str && (type === "dataset" || type === "model" || type === undefined)) {
        if (emit(name.str, type === "dataset" ? "hf-dataset" : "hf-model", "hub-js", 0.9, undefined))
          used.add(name);
      }
    }
    // keyword arguments, dict/object keys, assignments, and list items under such a key
    // { model: huggingface("org/x") } (AI SDK providers): a factory's first argument under a
    // model key of an object literal; elsewhere (model = load_model("saved/x")) paths abound.
    const factory = lang === "js" && frame.open === "(" && !!frame.callee && frame.outerCallee === undefined;
    const inherited = frame.open === "[" || frame.open === "{" || factory ? keyKind(frame.outerKw) : null;
    // the key of an enclosing container, looked up once and only when a string needs it
    let deep: ReturnType<typeof keyKind> | undefined;
    for (const a of frame.args) {
      if (used.has(a)) continue;
      if (!a.str) {
        // `model = "org/a" if big else "org/b"`: strings inside a larger expression
        const kk = a.strs && a.kw !== undefined ? keyKind(a.kw) : null;
        if (kk)
          for (const t of a.strs!)
            emit(t, kk === "dataset" ? "hf-dataset" : "hf-model", "expression", 0.8, undefined);
        continue;
      }
      const key = a.kw ?? (frame.open === "[" ? frame.outerKw : undefined);
      // LLaMA-Factory's { DownloadSource.MODELSCOPE: "org/x" }: a repository on another hub
      if (a.kw !== undefined && OTHER_HUB_KEY.test(a.kw)) continue;
      // lm-eval's model_args="pretrained=org/x,revision=step1,peft=org/y"
      if (a.kw === "model_args" && !a.str.interp) {
        if (lmEvalArgs(a.str, emit)) continue;
      }
      // MODELS = {"fast": "org/x"}: the container's key counts for full ids only
      let kk =
        keyKind(key) ??
        // OpenCompass: dict(type=HuggingFacewithChatTemplate, path="org/x"): the model the type loads
        (a.kw === "path" && frame.args.some((t) => t.kw === "type" && t.name && HUB_MODEL_TYPE.test(t.name))
          ? "model"
          : null) ??
        // LlamaIndex: Settings.embed_model = "local:org/x" (any key about embeddings)
        (a.str.value.startsWith("local:") && key !== undefined && /embed/i.test(key) ? "model" : null) ??
        // {"model": {"type": "causal/lm", "template": "chat/llama"}}: siblings that describe it
        ((a.kw === undefined || (frame.open === "{" && !isDescriptiveKey(a.kw))) &&
        a.str.value.includes("/") &&
        (!factory || a === frame.args[0])
          ? inherited
          : null);
      if (
        !kk &&
        frame.open !== "stmt" &&
        (a.kw === undefined ||
          a.kw === "default" ||
          /^[A-Z][A-Z0-9_]{1,30}$/.test(a.kw) ||
          // MODELS = { chat: { id: "org/x", label: "..." } }: the entry's own id
          ENTRY_ID_KEY.test(a.kw)) &&
        a.str.value.includes("/")
      ) {
        deep ??= containerKind(frame);
        kk = deep;
      }
      if (kk && !a.str.imported) {
        const sdkObject = lang === "js" && frame.open === "{" && frame.outerCallee && a.kw === "model";
        const conf = sdkObject ? 1 : 0.9;
        const via = sdkObject ? "inference-model" : frame.open === "stmt" ? "assignment" : "keyword";
        // dict(repo_id="org/x", repo_type="dataset"): the repository type said beside the id
        const type = kk === "model" && frame.repoType ? frame.repoType.toLowerCase() : "model";
        if (type === "space") continue;
        const kind = kk === "dataset" || type === "dataset" ? "hf-dataset" : "hf-model";
        if (emit(a.str, kind, via, conf, frame.revision)) {
          used.add(a);
          continue;
        }
      }
      // a bare org/name string in no known pattern: a candidate for the Hub to confirm
      if (
        a.str.imported ||
        a.str.interp ||
        a.str.bytes ||
        frame.index ||
        isOutgoingKey(key) ||
        isPathKey(key) ||
        isDescriptiveKey(key)
      )
        continue;
      // add_argument("--wandb_project", default="acme/sft"), field(default=...) of wandb_run: the
      // setting the default belongs to says what it is
      if (
        a.kw === "default" &&
        frame.open === "(" &&
        (SETTING_CALLS.has(last) || SETTING_CALLS.has(callee))
      ) {
        const sk = settingDefault(frame, last).key;
        if (isOutgoingKey(sk) || isPathKey(sk) || isDescriptiveKey(sk)) continue;
      }
      // subprocess.run(["gh", "release", "--repo", "acme/x"]): the shell detector read this argv
      if (frame === shellList) continue;
      const v = a.str.value;
      if (!v.includes("/") || v.includes("://") || v.includes(" ")) continue;
      // Keyword tables (lexers, grammars) are long unkeyed lists of short words: no candidates.
      if (
        (frame.open === "[" || frame.open === "(" || frame.open === "{") &&
        frame.args.length > 12 &&
        !frame.callee
      )
        continue;
      if (!CANDIDATE_SHAPE.test(v)) continue;
      const norm = normalizeHubId(v);
      if (norm && !norm.localLike && !/^hf[-_]hub:/i.test(v) && !/^(?:hf\.co|huggingface\.co)\//i.test(v)) {
        out.push({
          id: norm.id,
          kind: "hf-model",
          file,
          line: a.str.line,
          confidence: 0.3,
          via: `${prefix}:candidate`,
        });
      }
    }
  };
  // const REPO = "org/x" in a class or a function body: known to the code after it in the block
  const assigned =
    lang === "js"
      ? (a: Arg) => {
          const toks = a.str ? [a.str] : a.strs;
          if (a.kw !== undefined && toks && toks.length > 0 && !vars.has(a.kw)) {
            if (vars.size > 10_000) vars.clear();
            vars.set(a.kw, toks);
          }
        }
      : null;
  lex(text, lang, onFrame, assigned);
  return out;
}
