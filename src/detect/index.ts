// Detection: pure functions from a file's name and text (or a weight file's first bytes) to the
// model references it holds. The detector is chosen by file name; Hub URLs count in any file.

import type { RawReference } from "../types.js";
import { CODE_GATE, detectCode } from "./code.js";
import { CONFIG_SLASH, CONFIG_WORDS, detectConfig, frontMatter } from "./config.js";
import { normalizeHubId } from "./ids.js";
import { detectNotebook } from "./notebook.js";
import { detectShell, SHELL_GATE, SHELL_LINE } from "./shell.js";
import { indentOf, trimChars } from "./text.js";
import { detectUrls } from "./urls.js";

export { groupReferences } from "./group.js";
export { detectWeights, isWeightsFile, WEIGHTS_HEAD_BYTES } from "./weights.js";

type Kind = "py" | "js" | "notebook" | "yaml" | "config" | "shell" | "markdown" | "text";

function baseName(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1);
}

/** Suffixes of templates and samples: `values.yaml.j2`, `config.json.example` read as what they make. */
const TEMPLATE_EXT = new Set([
  "j2",
  "jinja",
  "jinja2",
  "tpl",
  "tmpl",
  "template",
  "example",
  "sample",
  "dist",
]);

export function fileKind(file: string): Kind {
  const base = baseName(file);
  let lower = base.toLowerCase();
  let dot = lower.lastIndexOf(".");
  let ext = dot > 0 ? lower.slice(dot + 1) : "";
  if (TEMPLATE_EXT.has(ext) && lower.lastIndexOf(".", dot - 1) > 0) {
    lower = lower.slice(0, dot);
    dot = lower.lastIndexOf(".");
    ext = lower.slice(dot + 1);
  }
  switch (ext) {
    case "py":
    case "pyi":
    case "pyw":
      return "py";
    case "js":
    case "mjs":
    case "cjs":
    case "jsx":
    case "ts":
    case "mts":
    case "cts":
    case "tsx":
    case "vue":
    case "svelte":
    // Other C-like languages: the same strings, comments, calls and assignments.
    case "rs":
    case "go":
    case "java":
    case "kt":
    case "kts":
    case "scala":
    case "swift":
    case "cs":
    case "dart":
    case "c":
    case "cc":
    case "cpp":
    case "cxx":
    case "h":
    case "hpp":
      return "js";
    // R, Julia and Ruby: `#` comments, quoted strings, calls and constants read as Python's do
    case "r":
    case "jl":
    case "rb":
      return "py";
    case "ipynb":
      return "notebook";
    case "yaml":
    case "yml":
      return "yaml";
    case "json":
    case "jsonc":
    case "json5":
    case "jsonl":
    case "ndjson":
    case "toml":
    case "ini":
    case "cfg":
    case "conf":
    case "properties":
    case "env":
    // gin bindings (T5, JAX experiments): `Seq2Seq.model_name = 'org/x'`
    case "gin":
    // Terraform/HCL: `hf_model_id = "org/x"` lines read like INI
    case "tf":
    case "tfvars":
    case "hcl":
    // Triton's config.pbtxt: `parameters: { key: "..." value: { string_value: "org/x" } }`
    case "pbtxt":
    // .NET App.config / Web.config: <add key="HuggingFace:ModelId" value="org/x" />
    case "config":
      return "config";
    case "sh":
    case "bash":
    case "zsh":
    case "fish":
    // batch jobs for SLURM and PBS clusters: shell scripts with #SBATCH / #PBS headers
    case "sbatch":
    case "slurm":
    case "pbs":
    case "ps1":
    case "bat":
    case "cmd":
    case "mk":
    case "dockerfile":
    case "containerfile":
      return "shell";
    case "md":
    case "mdx":
    case "markdown":
    case "rst":
      return "markdown";
  }
  if (lower.startsWith(".env")) return "config";
  if (
    lower.startsWith("dockerfile") ||
    lower.startsWith("containerfile") ||
    lower === "makefile" ||
    lower === "gnumakefile" ||
    lower === "justfile" ||
    lower === "procfile" ||
    lower === "modelfile"
  )
    return "shell";
  return "text";
}

const FENCE_LANG: Record<string, Kind> = {
  // A fence without a language holds commands more often than anything else in READMEs.
  "": "shell",
  python: "py",
  py: "py",
  python3: "py",
  ipython: "py",
  js: "js",
  javascript: "js",
  ts: "js",
  typescript: "js",
  jsx: "js",
  tsx: "js",
  bash: "shell",
  sh: "shell",
  shell: "shell",
  console: "shell",
  "shell-session": "shell",
  "sh-session": "shell",
  shellsession: "shell",
  terminal: "shell",
  zsh: "shell",
  fish: "shell",
  powershell: "shell",
  ps1: "shell",
  pwsh: "shell",
  bat: "shell",
  cmd: "shell",
  dockerfile: "shell",
  docker: "shell",
  makefile: "shell",
  make: "shell",
  containerfile: "shell",
  modelfile: "shell",
  yaml: "yaml",
  yml: "yaml",
  json: "config",
  jsonc: "config",
  json5: "config",
  jsonl: "config",
  toml: "config",
  ini: "config",
  env: "config",
  dotenv: "config",
  properties: "config",
};

function detectByKind(
  file: string,
  text: string,
  kind: Kind,
  lineMap?: (l: number) => number,
): RawReference[] {
  const map = (refs: RawReference[]) => (lineMap ? refs.map((r) => ({ ...r, line: lineMap(r.line) })) : refs);
  switch (kind) {
    case "py":
    case "js":
      return map(detectCode(file, text, kind));
    case "yaml":
      return [...detectConfig(file, text, { lineMap }), ...detectShell(file, text, { yaml: true, lineMap })];
    case "config":
      return detectConfig(file, text, { lineMap, commands: true });
    case "shell":
      return detectShell(file, text, { lineMap });
    default:
      return [];
  }
}

/** Blockquote markers before a line (`> `, `> > `), as GitHub alerts hold code blocks in them. */
const QUOTE = /^(?:[ \t]{0,3}>[ \t]?){1,4}/;
const FENCE = /^[ \t]{0,12}(`{3,}|~{3,})[ \t]*\{?\.?([\w+-]{0,20})/;
/** reStructuredText: `.. code-block:: bash`, `.. code:: python`, `.. sourcecode:: yaml`. */
const RST_DIRECTIVE = /^([ \t]{0,12})\.\. (?:code-block|code|sourcecode)::[ \t]*([\w+-]{0,20})/;

/** A line (or a table header) that speaks of models: only then are its bare ids worth a lookup. */
const MODEL_WORDS =
  /model|checkpoint|weights|llm|embedding|hugging\s?face|fine-?tun|adapter|lora|gguf|dataset/i;
const INLINE_CODE = /`([^`\s]{3,200})`/g;
const TABLE_RULE = /^\s*\|[\s:|-]*-/;
const BARE_ID = /^[A-Za-z0-9][\w.-]{1,95}\/[A-Za-z0-9][\w.-]{1,95}$/;
/** MDX and HTML components of docs sites: `<ModelCard id="org/x" />`, `<HfModel repo="org/x">`. */
const COMPONENT_ATTR = /\b(?:id|repo|repo_id|repoId|model|modelId|model_id)="([^"\s]{3,200})"/g;

/**
 * Prose: `org/name` in inline code, or alone in a table cell, on a line (or under a table header)
 * that speaks of models. Not a known pattern, so a candidate that `scan` keeps only when the Hub
 * confirms it: a README mentions the models it uses, but also the ones it compares with.
 */
function proseCandidates(
  file: string,
  line: string,
  lineNo: number,
  header: string,
  out: RawReference[],
): void {
  if (!MODEL_WORDS.test(line) && !MODEL_WORDS.test(header)) return;
  const push = (value: string) => {
    if (!BARE_ID.test(value)) return;
    const n = normalizeHubId(value);
    if (n && !n.localLike)
      out.push({
        id: n.id,
        kind: "hf-model",
        file,
        line: lineNo,
        confidence: 0.3,
        via: "markdown:candidate",
      });
  };
  if (line.includes("`")) {
    INLINE_CODE.lastIndex = 0;
    for (let m = INLINE_CODE.exec(line); m; m = INLINE_CODE.exec(line)) push(m[1]!);
  }
  if (line.trimStart().startsWith("|"))
    for (const cell of line.split("|")) push(trimChars(cell, " \t`*", " \t`*"));
  if (line.includes("<") && line.includes('="')) {
    COMPONENT_ATTR.lastIndex = 0;
    for (let m = COMPONENT_ATTR.exec(line); m; m = COMPONENT_ATTR.exec(line)) push(m[1]!);
  }
}

/** A command line in inline code: `tool serve --model org/x`, `hf download org/x`. */
const INLINE_COMMAND = /`([^`\n]{5,300})`/g;
const COMMAND_SHAPE = /(?:^|\s)--?[A-Za-z]|\bdownload\s/;

/** Commands written in inline code read as a shell line (a known pattern, unlike a bare id). */
function inlineCommands(file: string, line: string, lineNo: number, out: RawReference[]): void {
  INLINE_COMMAND.lastIndex = 0;
  for (let m = INLINE_COMMAND.exec(line); m; m = INLINE_COMMAND.exec(line)) {
    const span = m[1]!;
    if (!span.includes(" ") || !COMMAND_SHAPE.test(span)) continue;
    for (const r of detectShell(file, span)) out.push({ ...r, line: lineNo });
  }
}

/** Model-card front matter and fenced code blocks of a Markdown file (directives of a .rst file). */
function detectMarkdown(file: string, text: string): RawReference[] {
  const out: RawReference[] = [];
  const fm = frontMatter(text);
  if (fm)
    out.push(...detectConfig(file, fm.body, { frontMatter: true, lineMap: (l) => l + fm.firstLine - 1 }));
  const lines = text.split("\n");
  const emitBlock = (lang: Kind, start: number, body: string[]) => {
    // Console sessions prefix commands with "$ ".
    const src =
      lang === "shell"
        ? body.map((l) => {
            const t = l.trimStart();
            return t.startsWith("$ ") ? t.slice(2) : l;
          })
        : body;
    out.push(...detectByKind(file, src.join("\n"), lang, (l) => l + start));
  };
  // Front matter lines are read above, as YAML.
  let i = fm ? 2 + fm.body.split("\n").length - 1 : 0;
  let header = "";
  while (i < lines.length) {
    let line = lines[i]!;
    const rst = line.includes(".. ") ? RST_DIRECTIVE.exec(line) : null;
    if (rst) {
      // The block is every following line that is blank or indented deeper than the directive.
      const indent = rst[1]!.length;
      let end = i + 1;
      while (end < lines.length) {
        const l = lines[end]!;
        if (l.trim() !== "" && indentOf(l) <= indent) break;
        end++;
      }
      const lang = FENCE_LANG[rst[2]!.toLowerCase()];
      if (lang) emitBlock(lang, i + 1, lines.slice(i + 1, end));
      i = end;
      continue;
    }
    const quote = line.charCodeAt(0) === 62 || line.trimStart().startsWith(">") ? QUOTE.exec(line) : null;
    if (quote) line = line.slice(quote[0].length);
    const m = FENCE.exec(line);
    if (!m) {
      // A table's header is the row above its |---| rule; it labels the rows below.
      if (!line.trimStart().startsWith("|")) header = "";
      else if (i + 1 < lines.length && TABLE_RULE.test(lines[i + 1]!)) header = line;
      if (line.includes("/")) {
        proseCandidates(file, line, i + 1, header, out);
        if (line.includes("`")) inlineCommands(file, line, i + 1, out);
      }
      i++;
      continue;
    }
    const fence = m[1]!;
    const lang = FENCE_LANG[m[2]!.toLowerCase()];
    const unquote = (l: string) => {
      if (!quote) return l;
      const q = QUOTE.exec(l);
      return q ? l.slice(q[0].length) : l;
    };
    const start = i + 1;
    let end = start;
    while (end < lines.length && !unquote(lines[end]!).trimStart().startsWith(fence)) end++;
    if (lang) emitBlock(lang, start, lines.slice(start, end).map(unquote));
    i = end + 1;
  }
  return out;
}

/** Drops exact repeats (two detectors seeing one occurrence), keeping the highest confidence. */
function dedupe(refs: RawReference[]): RawReference[] {
  if (refs.length === 0) return refs;
  const seen = new Map<string, RawReference>();
  for (const r of refs) {
    const key = `${r.kind}\u0000${r.id.toLowerCase()}\u0000${r.revision ?? ""}\u0000${r.line}`;
    const prev = seen.get(key);
    if (!prev || r.confidence > prev.confidence) seen.set(key, r);
  }
  // MODEL = "org/x" read once as an assignment and once through a call that pins it
  // (revision=REV): one occurrence, and the pin is what it is.
  const pinned = new Set<string>();
  for (const r of seen.values())
    if (r.revision !== undefined) pinned.add(`${r.kind}\u0000${r.id.toLowerCase()}\u0000${r.line}`);
  if (pinned.size === 0) return [...seen.values()];
  return [...seen.values()].filter(
    (r) => r.revision !== undefined || !pinned.has(`${r.kind}\u0000${r.id.toLowerCase()}\u0000${r.line}`),
  );
}

/**
 * What a file's text must contain for any detector to find something in it: one of `needles`
 * or a match of one of `patterns` (ASCII only); `always` when no cheap test exists. A reader can
 * skip decoding and detecting files that fail it: the detectors apply the same tests themselves.
 */
export interface Gate {
  needles: string[];
  patterns: RegExp[];
  always?: boolean;
}

/** Every Hub URL and prefix holds "hf" or "huggingface". */
const URL_NEEDLES = ["hf", "huggingface"];

export const GATES: Record<ReturnType<typeof fileKind>, Gate> = {
  py: { needles: [...URL_NEEDLES, ...CODE_GATE.needles], patterns: CODE_GATE.patterns },
  js: { needles: [...URL_NEEDLES, ...CODE_GATE.needles], patterns: CODE_GATE.patterns },
  notebook: { needles: [], patterns: [], always: true },
  yaml: { needles: [...URL_NEEDLES, ...CONFIG_WORDS], patterns: [CONFIG_SLASH, SHELL_LINE] },
  config: { needles: [...URL_NEEDLES, ...CONFIG_WORDS], patterns: [CONFIG_SLASH] },
  shell: { needles: URL_NEEDLES, patterns: [SHELL_GATE] },
  // front matter starts with ---; code blocks are fenced (or, in .rst, directives)
  // prose candidates: an org/name in inline code, a table cell or a component attribute
  markdown: {
    needles: [...URL_NEEDLES, "---", "```", "~~~", ".. code", ".. sourcecode"],
    patterns: [/[`|][^\n`|]{0,400}\//, /="[^"\s]{0,95}\//],
  },
  text: { needles: URL_NEEDLES, patterns: [] },
};

/** References in a text file, and the reason it could not be read fully (malformed notebook). */
export function scanText(file: string, text: string): { refs: RawReference[]; error?: string } {
  const kind = fileKind(file);
  if (kind === "notebook") {
    try {
      return { refs: dedupe(detectNotebook(file, text)) };
    } catch (e) {
      // Still report Hub URLs from a notebook we cannot parse.
      return { refs: dedupe(detectUrls(file, text)), error: (e as Error).message };
    }
  }
  const refs = detectUrls(file, text, undefined, kind === "markdown" || kind === "text");
  if (kind === "markdown") refs.push(...detectMarkdown(file, text));
  else refs.push(...detectByKind(file, text, kind));
  return { refs: dedupe(refs) };
}

/** References in a text file; the detector is chosen by file name. Never throws. */
export function detectText(file: string, text: string): RawReference[] {
  return scanText(file, text).refs;
}
