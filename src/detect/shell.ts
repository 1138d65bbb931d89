// Shell scripts, Dockerfiles, Makefiles, compose files and command lines inside YAML:
// `huggingface-cli download id`, `hf download id`, `--model id`, `-hf id`, `vllm serve id`,
// and environment assignments such as `MODEL_ID=org/x` or `ENV MODEL_ID org/x`.

import type { RawReference, RefKind } from "../types.js";
import { detectCode } from "./code.js";
import { withFallbacks } from "./expressions.js";
import { isLegacyModel, normalizeHubId } from "./ids.js";
import { canonicalKey, isOutgoingKey, keyKind } from "./keys.js";
import { trimChars } from "./text.js";

interface Tok {
  text: string;
  line: number;
}

const MAX_LINE = 20_000;
const MAX_DOWNLOAD_ARGS = 64;
/** Lines that can start a reference: a download or serve command, a flag, an assignment. */
export const SHELL_LINE =
  /\bdownload\b|\bserve\b|\blms\b|(?:^|[\s"'[,=])--?[A-Za-z]|[A-Za-z0-9_]\s?[?:+]?=|\bENV\b|\bARG\b/;
/**
 * What a text needs for this detector to find anything: every reference comes from a download or
 * serve command, `lms get`, an `-hf` flag, `python -c` code, or a key that keyKind accepts, and every such
 * key holds one of these words in any case (canonicalKey only lowercases and adds separators;
 * U+212A, the Kelvin sign, lowercases to "k"). Most scripts of a repository hold none of them.
 */
export const SHELL_GATE =
  /download|serve|lms|model|dataset|repo|hf|pretrain|tokenizer|checkpoint|adapter|lora|llm|embed|encoder|rerank|or[_-]?path|data[_-]?path|tower|vae|python|\u212a/i;

/** Options of `huggingface-cli download` / `hf download` that take a value. */
const DOWNLOAD_VALUE_OPTS = new Set([
  "--repo-type",
  "--revision",
  "--include",
  "--exclude",
  "--local-dir",
  "--cache-dir",
  "--token",
  "--max-workers",
  "--local-dir-use-symlinks",
  "--etag-timeout",
]);

/** Flags whose values are `name=id` pairs: vLLM --lora-modules, TGI --lora-adapters. */
const NAMED_ID_FLAGS = new Set(["--lora-modules", "--lora_modules", "--lora-adapters", "--lora_adapters"]);
const MAX_NAMED_IDS = 32;

/** lm-evaluation-harness --model_args: comma-separated `key=value` pairs; these keys hold ids. */
const MODEL_ARGS_FLAGS = new Set(["--model_args", "--model-args"]);
const MODEL_ARGS_KEYS = new Set(["pretrained", "peft", "delta", "tokenizer", "model", "base_model"]);

/** Hydra overrides name a model by a dotted path: `model.name=org/x`, `+data.dataset_name=org/d`. */
const DOTTED_KEY = /^[+~]{0,2}((?:[A-Za-z_][A-Za-z0-9_-]{0,63}\.){1,8})([A-Za-z_][A-Za-z0-9_-]{0,63})$/;
const DOTTED_ID_LEAF = new Set(["name", "path", "id", "repo", "repo_id", "name_or_path"]);

const HF_REPO_FLAGS = new Set([
  "-hf",
  "--hf-repo",
  "-hfr",
  "--hf-repo-draft",
  "-hfd",
  "-hfrd",
  "--hf-repo-v",
]);

function splitTokens(line: string, lineNo: number, out: Tok[]): void {
  // Quotes, brackets and commas only wrap words here (JSON/YAML arrays of arguments).
  const words = line.split(/[\s,[\]]+/);
  for (const w of words) {
    const t = trimChars(w, "\"'`", "\"'`;");
    if (t) out.push({ text: t, line: lineNo });
  }
}

/** `${MODEL_ID:-org/x}` or `${1:-org/x}` -> "org/x"; other values unchanged. */
function defaultValue(v: string): string {
  const m = /^\$\{(?:[A-Za-z_][A-Za-z0-9_]{0,63}|\d{1,2}):?[-=]([^}]{1,300})\}$/.exec(v);
  return m ? m[1]!.replace(/^["']|["']$/g, "") : v;
}

/** A bash array of a model key: `MODELS=(org/a "org/b"` or `declare -a MODELS=(`. */
const ARRAY_START =
  /^\s*(?:(?:export|local|readonly|declare(?:\s+-[aAgrx]{1,4})?)\s+)?([A-Za-z_][A-Za-z0-9_]{0,63})=\(/;
const MAX_ARRAY_LINES = 500;

/** Calls `each` with every word of an array from `first` (the rest of its opening line); returns its last line index. */
function readArray(
  lines: string[],
  start: number,
  first: string,
  each: (word: string, lineNo: number) => void,
): number {
  let text = first;
  for (let i = start; i < lines.length && i - start < MAX_ARRAY_LINES; i++) {
    if (i > start) text = lines[i]!;
    if (text.length > MAX_LINE) return i;
    const hash = text.search(/(?:^|\s)#/);
    const body = hash >= 0 ? text.slice(0, hash) : text;
    const close = body.indexOf(")");
    for (const w of (close >= 0 ? body.slice(0, close) : body).split(/\s+/)) {
      const word = trimChars(w, "\"'", "\"'\\");
      if (word) each(word, i + 1);
    }
    if (close >= 0) return i;
  }
  return Math.min(lines.length, start + MAX_ARRAY_LINES) - 1;
}

export function detectShell(
  file: string,
  text: string,
  options: { yaml?: boolean; lineMap?: (line: number) => number } = {},
): RawReference[] {
  const out: RawReference[] = [];
  const map = options.lineMap ?? ((l: number) => l);
  const emit = (
    raw: string,
    kind: RefKind,
    line: number,
    via: string,
    confidence: number,
    revision?: string,
  ) => {
    const value = defaultValue(raw);
    const n =
      normalizeHubId(value, kind) ??
      // gpt2, bert-base-uncased: the Hub's top-level models, named by a model flag or variable
      (kind === "hf-model" && via !== "download" && via !== "vllm-serve" && isLegacyModel(value)
        ? { id: value, kind, revision: undefined, localLike: undefined }
        : null);
    if (!n) return;
    out.push({
      id: n.id,
      kind: n.kind,
      file,
      line: map(line),
      confidence: n.localLike ? Math.min(confidence, 0.4) : confidence,
      via: `shell:${via}`,
      ...((n.revision ?? revision) ? { revision: n.revision ?? revision } : {}),
    });
  };

  if (!SHELL_GATE.test(text) || !SHELL_LINE.test(text)) return out;
  const lines = text.split("\n");
  let cmd: Tok[] = [];
  const flush = () => {
    if (cmd.length > 0) scanCommand(cmd, emit);
    cmd = [];
  };
  // In YAML, a folded block (`command: >`) is one command line over several lines: its lines are
  // read as one command (the indent of its key while inside one, else -1).
  let fold = -1;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (options.yaml) {
      const indent = line.length - line.trimStart().length;
      if (fold >= 0 && line.trim() !== "" && indent <= fold) {
        fold = -1;
        flush();
      }
      if (FOLD_START.test(line)) {
        flush();
        fold = indent;
        continue;
      }
    }
    const array = ARRAY_START.exec(line);
    if (array && cmd.length === 0) {
      const kk = keyKind(array[1]);
      if (kk) {
        i = readArray(lines, i, line.slice(array[0].length), (word, lineNo) =>
          emit(word, kk === "dataset" ? "hf-dataset" : "hf-model", lineNo, "array", 0.9),
        );
        continue;
      }
    }
    // python - <<'EOF' ... EOF (CI steps, Dockerfile RUN heredocs): the lines up to the delimiter
    // are a Python program, read as code; the command itself holds nothing more
    const here = line.includes("<<") ? PY_HEREDOC.exec(line.trimEnd()) : null;
    if (here) {
      flush();
      const tag = here[1]!;
      let end = i + 1;
      while (end < lines.length && lines[end]!.trim() !== tag) end++;
      const start = i + 1;
      for (const r of detectCode(file, lines.slice(start, end).join("\n"), "py"))
        out.push({ ...r, line: map(start + r.line) });
      i = end;
      continue;
    }
    const pending = cmd.length > 0 || fold >= 0;
    if (line.length > MAX_LINE || (!pending && !SHELL_LINE.test(line))) {
      flush();
      continue;
    }
    if (line.endsWith("\r")) line = line.slice(0, -1);
    // python -c "from transformers import ...; AutoModel.from_pretrained('org/x')" (Dockerfiles)
    const dashC = line.indexOf(" -c ");
    if (dashC > 0 && line.includes("python") && line.includes("(")) {
      let code = line.slice(dashC + 4).trim();
      const q = code.charAt(0);
      if (q === '"' || q === "'")
        code = code.slice(1, code.lastIndexOf(q) > 0 ? code.lastIndexOf(q) : undefined);
      const lineNo = i + 1;
      for (const r of detectCode(file, code.replace(/\\(["'])/g, "$1"), "py"))
        out.push({ ...r, line: map(lineNo) });
    }
    const trimmed = line.trimStart();
    if (trimmed.startsWith("#")) {
      // A config's comment that says how to fetch its weights (torchtune's `# tune download org/x`)
      // names what the config loads from a local copy; commented-out script lines do not count.
      const doc = options.yaml ? COMMENTED_DOWNLOAD.exec(trimmed) : null;
      if (doc) {
        flush();
        splitTokens(doc[1]!, i + 1, cmd);
        flush();
      }
      continue;
    }
    let body = line;
    if (options.yaml) {
      // "- --model", "run: hf download x", "args: [--model, x]": keep the command part.
      body = body.replace(/^\s*(?:-\s+)?(?:[A-Za-z_][\w.-]{0,40}:\s+)?/, "");
      const hash = body.search(/\s#/);
      if (hash >= 0) body = body.slice(0, hash);
    }
    // ${{ inputs.model || 'org/x' }} inside a command: what runs without the input
    body = withFallbacks(body);
    const continued = body.endsWith("\\");
    splitTokens(continued ? body.slice(0, -1) : body, i + 1, cmd);
    // A command ends at a line without "\"; in YAML a list item that is a flag takes the next item,
    // and a run of plain items (Kubernetes `args:`, one flag or value each) is one command line.
    const last = cmd[cmd.length - 1]?.text ?? "";
    if (
      !continued &&
      fold < 0 &&
      !(options.yaml && last.startsWith("-") && !last.includes("=")) &&
      !(
        options.yaml &&
        plainItemIndent(line) >= 0 &&
        plainItemIndent(lines[i + 1] ?? "") === plainItemIndent(line)
      )
    )
      flush();
  }
  flush();
  return out;
}

/** `python - <<'EOF'`, `python3 <<EOF`, `uv run python - <<-PY`: Python read from a heredoc. */
const PY_HEREDOC = /\bpython[0-9.]{0,5}[ \t]+(?:-[ \t]+)?<<-?[ \t]*['"]?([A-Za-z_]\w{0,20})['"]?[ \t]*$/;

/** `# tune download org/x ...`, `#   huggingface-cli download org/x`: the command in a comment. */
const COMMENTED_DOWNLOAD = /^#+[ \t]*(?:\$[ \t]+)?((?:huggingface-cli|hf|tune)[ \t]+download[ \t].*)/;

/** The indent of a YAML list item that is a plain value (`- --port`, not `- name: x`), else -1. */
function plainItemIndent(line: string): number {
  const m = PLAIN_ITEM.exec(line);
  return m ? m[1]!.length : -1;
}
const PLAIN_ITEM = /^(\s*)-\s+(?![A-Za-z_][\w.-]{0,40}:(?:\s|$))\S/;

/** `key: >` (a YAML folded block scalar), alone on its line. */
const FOLD_START = /^\s*(?:-\s+)?[A-Za-z_][\w.-]{0,40}:\s+>[-+]?\s*$/;

const SEPARATOR = new Set(["&&", "||", "|", ";", "&"]);
const MAX_SERVE_ARGS = 16;

/**
 * The positional model of `vllm serve [flags] MODEL`: flags may come first (`--omni`, `--port 8000`).
 * A word after a flag is that flag's value unless it reads as a Hub id and the flag names no model.
 */
function servedModel(toks: Tok[], from: number): Tok | null {
  const end = Math.min(toks.length, from + MAX_SERVE_ARGS);
  for (let j = from; j < end; j++) {
    const a = toks[j]!.text;
    if (SEPARATOR.has(a)) return null;
    if (a.startsWith("-")) continue;
    const prev = j > from ? toks[j - 1]!.text : "";
    if (!prev.startsWith("-") || prev.includes("=")) return toks[j]!;
    if (!keyKind(prev) && normalizeHubId(a)) return toks[j]!;
  }
  return null;
}

/** lm-eval backends that call a server (`--model local-completions`): no weights are loaded. */
const SERVED_BACKEND = /^(?:local-|openai-|anthropic|textsynth|gguf|ggml|watsonx)/;

/** Whether the lm-eval command the token at `at` belongs to uses a served backend. */
function servedBackend(toks: Tok[], at: number): boolean {
  return SERVED_BACKEND.test(commandFlag(toks, at, "--model") ?? "");
}

/** Options of text-generation-webui's download-model.py that take a value. */
const TGW_VALUE_OPTS = new Set([
  "--specific-file",
  "--output",
  "--model-dir",
  "--threads",
  "--exclude-pattern",
]);

/** Flags that name the one model a server or script loads: a `--revision` of the command pins it. */
const MAIN_MODEL_KEYS = new Set([
  "model",
  "model_id",
  "model_name",
  "model_name_or_path",
  "pretrained_model_name_or_path",
]);
const SEPARATORS = new Set(["&&", "||", "|", ";"]);

/** The value of `flag` in the command the token at `at` belongs to (a bounded look both ways). */
function commandFlag(toks: Tok[], at: number, flag: string): string | undefined {
  const lo = Math.max(0, at - MAX_DOWNLOAD_ARGS);
  const hi = Math.min(toks.length, at + MAX_DOWNLOAD_ARGS);
  let start = at;
  while (start > lo && !SEPARATORS.has(toks[start - 1]!.text)) start--;
  for (let j = start; j < hi; j++) {
    const t = toks[j]!.text;
    if (SEPARATORS.has(t)) break;
    if (t === flag) return toks[j + 1]?.text || undefined;
    if (t.startsWith(`${flag}=`)) return t.slice(flag.length + 1) || undefined;
  }
  return undefined;
}

/** The `--revision` of the command the token at `at` belongs to. */
function commandRevision(toks: Tok[], at: number): string | undefined {
  return commandFlag(toks, at, "--revision");
}

function scanCommand(
  toks: Tok[],
  emit: (
    raw: string,
    kind: RefKind,
    line: number,
    via: string,
    confidence: number,
    revision?: string,
  ) => void,
): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!.text;
    const next = toks[i + 1];
    // huggingface-cli download / hf download / litgpt download / tune download
    if (
      t === "download" &&
      i > 0 &&
      /(?:^|\/)(?:huggingface-cli|hf|litgpt|tune|transformers-cli)$/.test(toks[i - 1]!.text)
    ) {
      let kind: RefKind = "hf-model";
      let revision: string | undefined;
      let id: Tok | undefined;
      // One download's arguments end at a separator or the next download; the cap keeps a
      // command of a million continued lines linear.
      const end = Math.min(toks.length, i + 1 + MAX_DOWNLOAD_ARGS);
      for (let j = i + 1; j < end; j++) {
        const a = toks[j]!.text;
        if (a === "&&" || a === "||" || a === "|" || a === ";" || a === "download") break;
        const eq = a.indexOf("=");
        const opt = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
        const inline = a.startsWith("--") && eq > 0 ? a.slice(eq + 1) : undefined;
        if (DOWNLOAD_VALUE_OPTS.has(opt)) {
          const v = inline ?? toks[j + 1]?.text;
          if (opt === "--repo-type" && v)
            kind = v === "dataset" ? "hf-dataset" : v === "model" ? kind : "weights-file";
          if (opt === "--revision" && v) revision = v;
          if (inline === undefined) j++;
          continue;
        }
        if (a.startsWith("-")) continue;
        id ??= toks[j];
      }
      if (id && kind !== "weights-file") emit(id.text, kind, id.line, "download", 1, revision);
      continue;
    }
    // ModelScope's own CLI names ModelScope repositories (modelscope download --model org/x)
    if (/(?:^|\/)modelscope$/.test(t)) {
      while (i + 1 < toks.length && !SEPARATORS.has(toks[i + 1]!.text)) i++;
      continue;
    }
    // text-generation-webui: python download-model.py org/x [--branch rev] [--specific-file f]
    if (/(?:^|\/)download[-_]model\.py$/.test(t)) {
      const end = Math.min(toks.length, i + 1 + MAX_DOWNLOAD_ARGS);
      let id: Tok | undefined;
      let branch: string | undefined;
      for (let j = i + 1; j < end; j++) {
        const a = toks[j]!.text;
        if (SEPARATORS.has(a)) break;
        if (a === "--branch") branch = toks[++j]?.text;
        else if (a.startsWith("--branch=")) branch = a.slice(9);
        else if (a.startsWith("-")) j += TGW_VALUE_OPTS.has(a) ? 1 : 0;
        else id ??= toks[j];
      }
      if (id) emit(id.text, "hf-model", id.line, "download", 1, branch || undefined);
      continue;
    }
    if (t === "serve" && i > 0 && /(?:^|\/)vllm$/.test(toks[i - 1]!.text)) {
      const m = servedModel(toks, i + 1);
      if (m) emit(m.text, "hf-model", m.line, "vllm-serve", 1, commandRevision(toks, i));
      continue;
    }
    // LM Studio: lms get org/x (a bare word is a search, not a repository)
    if (t === "get" && i > 0 && /(?:^|\/)lms$/.test(toks[i - 1]!.text)) {
      const m = servedModel(toks, i + 1);
      if (m) emit(m.text, "hf-model", m.line, "download", 1);
      continue;
    }
    if (t.startsWith("-")) {
      const eq = t.indexOf("=");
      const flag = eq > 0 ? t.slice(0, eq) : t;
      const valueTok = eq > 0 ? { text: t.slice(eq + 1), line: toks[i]!.line } : next;
      if (!valueTok) continue;
      if (HF_REPO_FLAGS.has(flag)) {
        // llama.cpp: -hf user/model[:quant]
        const v = valueTok.text;
        const colon = v.lastIndexOf(":");
        emit(colon > v.lastIndexOf("/") ? v.slice(0, colon) : v, "hf-model", valueTok.line, "hf-repo", 1);
        continue;
      }
      if (NAMED_ID_FLAGS.has(flag)) {
        // --lora-modules a=org/x b=org/y; --lora-adapters org/x,b=org/y (split at the comma)
        for (let j = eq > 0 ? i : i + 1, n = 0; j < toks.length && n < MAX_NAMED_IDS; j++, n++) {
          const tok = j === i ? valueTok : toks[j]!;
          if (j !== i && (tok.text.startsWith("-") || /^(?:&&|\|\||\||;)$/.test(tok.text))) break;
          const v = tok.text.slice(tok.text.indexOf("=") + 1);
          if (!v.startsWith("{")) emit(v, "hf-model", tok.line, "lora-modules", 1);
        }
        continue;
      }
      if (MODEL_ARGS_FLAGS.has(flag)) {
        // The words were split at commas: the pairs are this value and the words after it;
        // `revision=` among them pins `pretrained=`.
        const pairs: Tok[] = [];
        let revision: string | undefined;
        let j = eq > 0 ? i : i + 1;
        for (let n = 0; j < toks.length && n < MAX_NAMED_IDS; j++, n++) {
          const tok = j === i ? valueTok : toks[j]!;
          const at = tok.text.indexOf("=");
          if (at <= 0 || tok.text.startsWith("-")) break;
          const key = tok.text.slice(0, at);
          if (key === "revision") revision = tok.text.slice(at + 1) || undefined;
          // a served backend (--model local-completions): its model= is the name a server answers to
          else if (key === "model" && servedBackend(toks, i)) continue;
          else if (MODEL_ARGS_KEYS.has(key)) pairs.push(tok);
        }
        // the pairs are this flag's value, not assignments of their own
        i = Math.max(i, j - 1);
        for (const tok of pairs) {
          const at = tok.text.indexOf("=");
          const pinned = tok.text.startsWith("pretrained=") ? revision : undefined;
          emit(tok.text.slice(at + 1), "hf-model", tok.line, "model-args", 1, pinned);
        }
        continue;
      }
      if (flag.startsWith("--")) {
        const kk = keyKind(flag);
        const revision =
          kk === "model" && MAIN_MODEL_KEYS.has(canonicalKey(flag)) ? commandRevision(toks, i) : undefined;
        if (kk)
          emit(
            valueTok.text,
            kk === "dataset" ? "hf-dataset" : "hf-model",
            valueTok.line,
            "flag",
            1,
            revision,
          );
      }
      continue;
    }
    // A JSON object as an argument: --speculative-config '{"model": "org/draft", ...}'
    if (t.endsWith(":") && next && (t.charCodeAt(0) === 123 || t.charCodeAt(0) === 34)) {
      const kk = keyKind(trimChars(t, '{"', '":'));
      if (kk) emit(next.text, kk === "dataset" ? "hf-dataset" : "hf-model", next.line, "json-arg", 1);
      continue;
    }
    // MODEL_ID=org/x, export MODEL=..., ENV MODEL_ID=..., ARG MODEL=..., Makefile MODEL ?= org/x
    const eq = t.indexOf("=");
    if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t.slice(0, eq))) {
      const kk = keyKind(t.slice(0, eq));
      const value = t.slice(eq + 1).replace(/^["']|["']$/g, "");
      if (kk) emit(value, kk === "dataset" ? "hf-dataset" : "hf-model", toks[i]!.line, "env", 0.9);
      continue;
    }
    if (eq > 0) {
      const dotted = DOTTED_KEY.exec(t.slice(0, eq));
      if (
        dotted &&
        !isOutgoingKey(
          t
            .slice(0, eq)
            .replace(/^[+~]+/, "")
            .replaceAll(".", "_"),
        )
      ) {
        // the leaf names the model (data.dataset_name), or a leaf like `name` under a model key
        const parents = dotted[1]!.slice(0, -1).split(".");
        const leaf = dotted[2]!;
        const kk =
          keyKind(leaf) ??
          (DOTTED_ID_LEAF.has(leaf.toLowerCase()) ? keyKind(parents[parents.length - 1]) : null);
        if (kk)
          emit(t.slice(eq + 1), kk === "dataset" ? "hf-dataset" : "hf-model", toks[i]!.line, "override", 0.9);
        continue;
      }
    }
    if ((t === "ENV" || t === "ARG") && next && next.text.indexOf("=") < 0 && toks[i + 2]) {
      const kk = keyKind(next.text);
      if (kk)
        emit(toks[i + 2]!.text, kk === "dataset" ? "hf-dataset" : "hf-model", toks[i + 2]!.line, "env", 0.9);
      continue;
    }
    if ((t === "?=" || t === ":=" || t === "=" || t === "::=") && i > 0 && next) {
      const kk = keyKind(toks[i - 1]!.text);
      if (kk) emit(next.text, kk === "dataset" ? "hf-dataset" : "hf-model", next.line, "make-var", 0.9);
    }
  }
}
