// YAML, JSON, TOML, INI and .env files, and model-card front matter: keys that name a model or a
// dataset (`base_model: org/x`, `"model_name_or_path": "org/x"`, `model_id = "org/x"`), lists
// under such keys, and nested `name:`/`path:` under them. Line based, so each value keeps its
// line and a malformed file still yields what is readable; minified JSON gets a key/value scan.

import type { RawReference, RefKind } from "../types.js";
import { withFallbacks } from "./expressions.js";
import { isLegacyModel, normalizeHubId } from "./ids.js";
import { canonicalKey, HOSTED_PREFIX, isOutgoingKey, keyKind } from "./keys.js";
import { detectShell } from "./shell.js";
import { indentOf, trimChars } from "./text.js";

const MAX_LINE = 20_000;
const MAX_COMMAND = 4_000;
const KEY_LINE = /^(\s*)(-\s+)?["']?([A-Za-z_$][\w.$-]{0,80})["']?\s*[:=]\s?(.*)$/;
const JSON_PAIR = /"([A-Za-z_][\w.-]{0,63})"\s*:\s*"([^"\\\n]{1,300})"/g;

/** A .NET appSettings entry: `<add key="Section:Name" value="..." />`. */
const XML_SETTING = /<add[ \t]+key="([^"]{1,120})"[ \t]+value="([^"]{1,300})"/;

/** A config that pushes its result to the Hub, and the keys that then name where. */
const PUSHES = /^["']?push_to_hub["']?[ \t]*[:=]/m;
const PUSH_TARGET_KEY = /^(?:hf_repo_id|hf_repo|hub_repo|hub_repo_id|hf_hub_id|repo_id)$/;

/** `  org/x: 0.5` (an id as the key, a number as the value) under a dataset mixture's key. */
const MIXER_ENTRY =
  /^([ \t]+)["']?([A-Za-z0-9][\w.-]{0,95}\/[A-Za-z0-9][\w.-]{0,95})["']?[ \t]*:[ \t]*[0-9.]+[ \t]*$/;
const MIXER_KEY = /(?:^|_)(?:dataset_mixer|dataset_mix|datasets?_mixture|data_mixture|mixer|mixture)$/;

/** A Terraform block with its labels: `variable "name" {`, `resource "type" "name" {`. */
const HCL_BLOCK =
  /^([ \t]*)(?:variable|output|locals|module|resource|data|provider)[ \t]+"([^"]{1,80})"(?:[ \t]+"([^"]{1,80})")?[ \t]*\{[ \t]*$/;

/** `key = value` or `key: value` inside an inline table. */
const INLINE_PAIR = /^["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]*[:=][ \t]*(\S.{0,300})$/;

/** mergekit's `base+lora`: two ids joined by a plus. */
const MERGE_PAIR = /^[A-Za-z0-9][\w.-]{0,95}\/[\w.-]{1,96}\+[A-Za-z0-9][\w.-]{0,95}\/[\w.-]{1,96}$/;

/** Keys nested under a model key that hold its id: `model: {name: org/x}`. */
const NESTED_ID = new Set([
  "name",
  "path",
  "id",
  "repo",
  "repo_id",
  "pretrained",
  "model_id",
  "name_or_path",
  "hub_id",
  // GitHub workflow_dispatch inputs: \`model: {description: ..., default: org/x}\`
  "default",
  // Inference Endpoints payloads: \`"model": {"repository": "org/x", "revision": "<sha>"}\`
  "repository",
  // torchtune: \`dataset: {_component_: ..., source: org/x}\`
  "source",
]);

/** Keys whose values are container images, actions or web addresses, never Hub ids. */
const NOT_CANDIDATE = new Set([
  "image",
  "uses",
  "from",
  "repository",
  "repo",
  "homepage",
  "url",
  "source",
  "container",
  "extends",
  "include",
  "name",
  "path",
  "file",
  "main",
  "types",
  "module",
  "import",
  "$schema",
  "runs-on",
  "shell",
  "run",
  "command",
  "entrypoint",
  "working_directory",
  "working-directory",
  "context",
  "dockerfile",
  "build",
  "license",
  "author",
  "maintainer",
  "version",
  "description",
  "bin",
  "exports",
  // Kubernetes: apiVersion: serving.kserve.io/v1beta1
  "apiversion",
  "kind",
  "namespace",
  "project",
  // mkdocs.yml: the GitHub repository shown in the site header
  "repo_name",
  // OpenAPI / JSON Schema examples document a shape, not a model in use
  "example",
  "examples",
]);

/**
 * Keys (canonical) that name images, repositories, packages, places and people: their org/name
 * values are not worth a Hub lookup (GITHUB_REPOSITORY, DOCKER_IMAGE, dependency-name, ...).
 */
const NOT_CANDIDATE_KEY =
  /(?:^|_)(?:image|repository|repo_url|url|uri|dir|directory|namespace|project|branch|ref|tag|host|domain|owner|team|group|registry|provider|tap|formula|dependency|package|plugin|action|workflow|issuer|timezone|tz|route|endpoint|key|secret|password|token)(?:_name|_id|_path)?$/;

/** transformers' auto_map into another repository: `"AutoModel": "org/x--modeling_x.XModel"`. */
function autoMapRepo(value: string): string | null {
  const cut = value.indexOf("--");
  if (cut <= 0 || value.length > 300) return null;
  return /^[A-Za-z_]\w{0,99}\.[A-Za-z_]\w{0,99}$/.test(value.slice(cut + 2)) ? value.slice(0, cut) : null;
}

/** A YAML list item (`- value`) or a bare quoted JSON array element, with its indent. */
function listItem(line: string): { indent: number; value: string } | null {
  const indent = indentOf(line);
  const rest = line.slice(indent);
  if (rest.startsWith("- ")) return { indent, value: rest.slice(2) };
  if (rest.startsWith('"') || rest.startsWith("'")) return { indent, value: rest };
  return null;
}

/** A revision (commit, tag, branch, refs/pr/N) given beside a model id pins it. */
const REVISION_VALUE = /^(?!(?:null|none|true|false)$)[A-Za-z0-9][\w./-]{0,99}$/i;
const REVISION_KEY = /^(?:([a-z0-9_]{1,60})_)?revision$/;

/** A value unquoted, a workflow expression's literal fallback in place of the expression. */
function cleanValue(v: string): string {
  const s = unquote(v);
  return withFallbacks(s);
}

function unquote(v: string): string {
  let s = v.trim();
  // YAML anchors and tags before the value: `&base org/x`, `!!str org/x`
  while (s.startsWith("&") || s.startsWith("!")) {
    const sp = s.indexOf(" ");
    if (sp < 0) return "";
    s = s.slice(sp + 1).trimStart();
  }
  if (s.startsWith('"')) {
    const e = s.indexOf('"', 1);
    return e > 0 ? s.slice(1, e) : s.slice(1);
  }
  if (s.startsWith("'")) {
    const e = s.indexOf("'", 1);
    return e > 0 ? s.slice(1, e) : s.slice(1);
  }
  const hash = s.search(/\s[#;]/);
  if (hash >= 0) s = s.slice(0, hash);
  return s.replace(/,$/, "").trim();
}

interface Level {
  indent: number;
  key: string;
}

/** A value that reads like a command line: `"postCreateCommand": "hf download org/x"`, npm scripts. */
const COMMAND_VALUE = /\b(?:download|serve|get)\b|(?:^|\s)--?[A-Za-z]/;

export interface ConfigOptions {
  /** Read string values that hold command lines with the shell detector (JSON/TOML; YAML gets it whole). */
  commands?: boolean;
  /** Model-card front matter: only base_model counts (the card's own license is not a reference). */
  frontMatter?: boolean;
  lineMap?: (line: number) => number;
}

/** Words every reference in a config file needs: a model-ish key, or an org/name value. */
export const CONFIG_GATE =
  /[:="'\s][A-Za-z0-9][\w.-]{0,95}\/[A-Za-z0-9_]|model|dataset|token|checkpoint|pretrain|adapter|lora|llm|embed|encoder|rerank|repo|MODEL|DATASET|TOKEN|CHECKPOINT|PRETRAIN|ADAPTER|LORA|LLM|EMBED|ENCODER|RERANK|REPO/;

/**
 * CONFIG_GATE in two parts for a reader's prefilter: the words as plain needles (a native substring
 * search each) and the org/name shape, tried only when no word is there. Their union is CONFIG_GATE.
 */
export const CONFIG_WORDS = [
  "model",
  "dataset",
  "token",
  "checkpoint",
  "pretrain",
  "adapter",
  "lora",
  "llm",
  "embed",
  "encoder",
  "rerank",
  "repo",
].flatMap((w) => [w, w.toUpperCase()]);
export const CONFIG_SLASH = /[:="'\s][A-Za-z0-9][\w.-]{0,95}\/[A-Za-z0-9_]/;

export function detectConfig(file: string, text: string, options: ConfigOptions = {}): RawReference[] {
  const out: RawReference[] = [];
  if (!CONFIG_GATE.test(text)) return out;
  const map = options.lineMap ?? ((l: number) => l);
  // Docker Model Runner: `models: {llm: {model: ai/smollm2}}` in a compose file is Docker Hub's ai/.
  const compose = /(?:^|[/_.-])compose[^/]{0,40}\.ya?ml$/i.test(file);
  // A Space card (sdk:) lists the models and datasets its app loads; a model card's are its lineage.
  const spaceCard = options.frontMatter === true && /^sdk:/m.test(text);
  const emit = (
    raw: string,
    kind: RefKind,
    line: number,
    via: string,
    confidence: number,
    legacyOk: boolean,
  ) => {
    const value = raw.trim();
    if (compose && value.startsWith("ai/")) return;
    // mergekit's `model: org/base+org/lora`: the LoRA applied to the base first, two repositories
    const plus = kind === "hf-model" ? value.indexOf("+") : -1;
    if (plus > 0 && MERGE_PAIR.test(value)) {
      emit(value.slice(0, plus), kind, line, via, confidence, false);
      emit(value.slice(plus + 1), kind, line, via, confidence, false);
      return;
    }
    const n = normalizeHubId(value, kind);
    let id: string | null = null;
    let k = kind;
    let conf = confidence;
    let revision: string | undefined;
    if (n) {
      id = n.id;
      k = n.kind;
      revision = n.revision;
      if (n.localLike) conf = Math.min(conf, 0.4);
    } else if (legacyOk && kind === "hf-model" && isLegacyModel(value)) id = value;
    if (!id) return;
    out.push({
      id,
      kind: k,
      file,
      line: map(line),
      confidence: conf,
      via: `config:${via}`,
      ...(revision ? { revision } : {}),
    });
  };
  const kindOf = (key: string, parent: string | undefined): RefKind | null => {
    if (parent === "auto_map") return null; // see special()
    if (options.frontMatter) {
      if (spaceCard && (key === "models" || key === "datasets"))
        return key === "models" ? "hf-model" : "hf-dataset";
      // A model card's training data: the datasets' terms bind the model trained on them. A dataset
      // card's source_datasets: what the dataset was derived from, whose terms bind it likewise.
      if ((key === "datasets" || key === "source_datasets") && parent === undefined) return "hf-dataset";
      return key === "base_model" || (parent === "base_model" && NESTED_ID.has(key)) ? "hf-model" : null;
    }
    const kk = keyKind(key);
    if (kk) return kk === "dataset" ? "hf-dataset" : "hf-model";
    const dot = key.lastIndexOf(".");
    if (dot > 0 && dot < key.length - 1 && !isOutgoingKey(key.replaceAll(".", "_"))) {
      // Dotted keys of .properties files and flattened YAML: `model.name = org/x`, not `hub.model.id`
      const before = key.slice(0, dot);
      return kindOf(key.slice(dot + 1), before.slice(before.lastIndexOf(".") + 1));
    }
    if (parent && NESTED_ID.has(key.toLowerCase())) {
      const pk = keyKind(parent);
      if (pk) return pk === "dataset" ? "hf-dataset" : "hf-model";
    }
    return null;
  };

  /** Ids that only a key's place says: auto_map entries, NeMo's `tokenizer: {type: org/x}`. */
  const special = (key: string, parent: string | undefined, value: string, lineNo: number): boolean => {
    if (options.frontMatter) return false;
    if (parent === "auto_map") {
      const repo = autoMapRepo(value);
      if (repo) emit(repo, "hf-model", lineNo, "auto-map", 1, false);
      return true;
    }
    if (key === "type" && parent === "tokenizer") {
      // NeMo: the Hub tokenizer a library loads; other types (sentencepiece, gpt2) are kinds
      if (value.includes("/")) emit(value, "hf-model", lineNo, "key", 1, false);
      return true;
    }
    return false;
  };

  /** The pairs of a one-line table under `key`: its id, pinned by a revision pair beside it. */
  const inlineTable = (body: string, key: string, lineNo: number) => {
    const before = out.length;
    let revision: string | undefined;
    for (const pair of body.split(",")) {
      const m = INLINE_PAIR.exec(pair.trim());
      if (!m) continue;
      const value = cleanValue(m[2]!);
      const k = kindOf(m[1]!, key);
      if (REVISION_KEY.test(canonicalKey(m[1]!)) && REVISION_VALUE.test(value)) revision = value;
      else if (k) emit(value, k, lineNo, "key", 1, true);
    }
    if (revision && out.length === before + 1 && !out[before]!.revision)
      out[before] = { ...out[before]!, revision };
  };

  const hcl = /\.(?:tf|tfvars|hcl)$/i.test(file);
  const pushes = PUSHES.test(text);
  const lines = text.split("\n");
  let stack: Level[] = [];
  const envName = new Map<number, string>();
  /** The last id read from a key, so that a revision key beside it can pin it. */
  let last: { at: number; indent: number; parent: string | undefined; key: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const lineNo = i + 1;
    const firstQuote = line.indexOf('"');
    if (
      !options.frontMatter &&
      firstQuote >= 0 &&
      (line.length > MAX_LINE || line.indexOf('"', firstQuote + 1) > 0)
    ) {
      // JSON objects on one line (JSON Lines, minified files, inline tables): "key": "value" pairs.
      JSON_PAIR.lastIndex = 0;
      for (let m = JSON_PAIR.exec(line); m; m = JSON_PAIR.exec(line)) {
        const kind = kindOf(m[1]!, undefined);
        if (kind) emit(m[2]!, kind, lineNo, "key", 1, true);
      }
    }
    if (line.length > MAX_LINE) continue;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("//") || trimmed.startsWith(";"))
      continue;
    if (
      trimmed.startsWith("[") &&
      trimmed.endsWith("]") &&
      !trimmed.includes(":") &&
      !trimmed.includes(",")
    ) {
      // TOML/INI section: [model] or [[datasets]] or [tool.eval]
      const name = trimChars(trimmed, "[ ", "] ").replaceAll('"', "").replaceAll("'", "");
      stack = [{ indent: -1, key: name.slice(name.lastIndexOf(".") + 1) }];
      continue;
    }
    // .NET appSettings: <add key="HuggingFace:ModelId" value="org/x" />, the key's last part says
    const xml = line.includes("<add") ? XML_SETTING.exec(line) : null;
    if (xml) {
      const key = xml[1]!.slice(Math.max(xml[1]!.lastIndexOf(":"), xml[1]!.lastIndexOf(".")) + 1);
      const kind = kindOf(key, undefined);
      if (kind) emit(xml[2]!, kind, lineNo, "key", 1, true);
      continue;
    }
    // open-instruct's dataset_mixer: `org/x: 0.5`, a Hub dataset and the fraction of it trained on
    const mixed = line.includes("/") ? MIXER_ENTRY.exec(line) : null;
    if (mixed) {
      const indent = mixed[1]!.length;
      let up = stack.length - 1;
      while (up >= 0 && stack[up]!.indent >= indent) up--;
      const parent = up >= 0 ? stack[up]!.key : undefined;
      if (parent !== undefined && MIXER_KEY.test(canonicalKey(parent)))
        emit(mixed[2]!, "hf-dataset", lineNo, "dataset-mixer", 1, false);
      continue;
    }
    // Terraform: `variable "serving_model" {` names the block its `default = "org/x"` belongs to
    const block = hcl && line.includes("{") ? HCL_BLOCK.exec(line) : null;
    if (block) {
      const indent = block[1]!.length;
      while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
      stack.push({ indent, key: block[3] ?? block[2]! });
      continue;
    }
    // .env files written to be sourced: `export MODEL_ID=org/x`
    const kv = KEY_LINE.exec(line.startsWith("export ") ? line.slice(7) : line);
    if (kv && !/^\s*["']?https?$/.test(kv[3]!)) {
      const indent = kv[1]!.length + (kv[2] ? kv[2].length : 0);
      while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
      const parent = stack[stack.length - 1]?.key;
      const key = kv[3]!;
      const rest = kv[4]!.trim();
      stack.push({ indent, key });
      // Hydra defaults list: `- model: llama2/7b` picks conf/model/llama2/7b.yaml of this repository
      if (kv[2] && parent === "defaults") continue;
      if (rest === "" || rest === "|" || rest === ">" || rest === "{" || rest === "[") continue;
      if (rest.startsWith("{") && rest.endsWith("}") && !options.frontMatter && key !== "value") {
        // an inline table or flow mapping: `reranker = { model_name = "org/x", revision = "<sha>" }`
        inlineTable(rest.slice(1, -1), key, lineNo);
        continue;
      }
      // open-instruct and the like: with `push_to_hub:` beside it, a top-level hf_repo_id is the target
      if (pushes && indent === 0 && PUSH_TARGET_KEY.test(canonicalKey(key))) continue;
      const kind = kindOf(key, parent);
      if (rest.startsWith("[")) {
        // inline list: base_model: [a, b]
        const body = rest.slice(1, rest.includes("]") ? rest.indexOf("]") : undefined);
        if (kind) for (const item of body.split(",")) emit(cleanValue(item), kind, lineNo, "list", 1, true);
        continue;
      }
      let value = cleanValue(rest);
      if (special(key, parent, value, lineNo)) continue;
      // in an env list, `- name: REVISION` then `value: <sha>` pins the MODEL_ID entry before it
      const named = key === "value" ? (envName.get(indent) ?? key) : key;
      const rev =
        REVISION_VALUE.test(value) && last && last.indent === indent && last.parent === parent
          ? REVISION_KEY.exec(canonicalKey(named))
          : null;
      if (rev && last && (!rev[1] || canonicalKey(last.key).startsWith(rev[1]))) {
        const r = out[last.at]!;
        if (!r.revision) out[last.at] = { ...r, revision: value };
        last = null;
        continue;
      }
      // Kubernetes env lists: `- name: MODEL_ID` then `value: org/x`; Triton's `key:` then `value:`
      if (key === "name" || key === "key") envName.set(indent, value);
      const envKind = key === "value" ? kindOf(envName.get(indent) ?? "", undefined) : null;
      // Triton config.pbtxt: `value: { string_value: "org/x" }`
      if (envKind && rest.startsWith("{"))
        value = /string_value:\s{0,8}"([^"]{1,300})"/.exec(rest)?.[1] ?? "";
      if (
        options.commands &&
        // a value with spaces is no id, whatever its key says ("models": "hf download org/x")
        value.includes(" ") &&
        value.length < MAX_COMMAND &&
        COMMAND_VALUE.test(value)
      ) {
        // only ids with an organization: the config gate (CONFIG_SLASH) must stay a necessary condition
        for (const r of detectShell(file, value))
          if (r.id.includes("/")) out.push({ ...r, line: map(lineNo), via: `config:${r.via}` });
        continue;
      }
      if (envKind || kind) {
        const before = out.length;
        if (envKind) emit(value, envKind, lineNo, "env", 1, true);
        else if (kind) emit(value, kind, lineNo, options.frontMatter ? "model-card" : "key", 1, true);
        if (out.length === before + 1)
          last = { at: before, indent, parent, key: envKind ? (envName.get(indent) ?? key) : key };
      } else if (
        value.includes("/") &&
        !options.frontMatter &&
        !NOT_CANDIDATE.has(key.toLowerCase()) &&
        !NOT_CANDIDATE_KEY.test(canonicalKey(key)) &&
        !HOSTED_PREFIX.test(canonicalKey(key)) &&
        !isOutgoingKey(key.replaceAll(".", "_")) &&
        value.length < 200
      ) {
        const n = /^[A-Za-z0-9][\w.-]{1,95}\/[A-Za-z0-9][\w.-]{2,95}$/.test(value)
          ? normalizeHubId(value)
          : null;
        if (n && !n.localLike && !/^(?:https?:|hf[-_]hub:|hf:|hf\.co|huggingface\.co)/i.test(value))
          out.push({
            id: n.id,
            kind: "hf-model",
            file,
            line: map(lineNo),
            confidence: 0.3,
            via: "config:candidate",
          });
      }
      continue;
    }
    const item = listItem(line);
    if (item) {
      const indent = item.indent;
      while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      const grand = stack[stack.length - 2]?.key;
      if (special(parent.key, grand, cleanValue(item.value), lineNo)) continue;
      const kind = kindOf(parent.key, grand);
      if (kind) emit(cleanValue(item.value), kind, lineNo, "list", 1, true);
    }
  }
  return out;
}

/** The front matter of a Markdown file (between the first two `---` lines), with its first line. */
export function frontMatter(text: string): { body: string; firstLine: number } | null {
  if (!text.startsWith("---")) return null;
  const first = text.indexOf("\n");
  if (first < 0 || text.slice(0, first).trim() !== "---") return null;
  const end = text.indexOf("\n---", first);
  if (end < 0) return null;
  return { body: text.slice(first + 1, end + 1), firstLine: 2 };
}
