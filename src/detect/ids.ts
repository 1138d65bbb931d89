// What a Hub (or GitHub) id looks like, and how the many spellings of one map to a single id.
// Everything here works on short strings (callers cap their length), and every regex is anchored
// with bounded or non-overlapping quantifiers, so a hostile string cannot make it backtrack.

import type { RefKind } from "../types.js";
import { trimEndChars } from "./text.js";

/** Longest string we treat as a possible id; longer literals are prose or data. */
export const MAX_ID_TEXT = 300;

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,95}$/;
const ORG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/;

/**
 * Legacy Hub models that live at the top level, without an organization. A bare family name
 * ("bert", "t5") is an architecture or a served alias, never a repository; only these four are.
 */
const LEGACY =
  /^(?:gpt2|distilgpt2|openai-gpt|ctrl|(?:bert|distilbert|roberta|distilroberta|gpt2|distilgpt2|openai-gpt|t5|xlnet|xlm|xlm-roberta|albert|ctrl|camembert|transfo-xl|flaubert)-[a-z0-9-]{1,40})$/;

/** Folder names that start local paths far more often than Hub organizations. */
const LOCAL_DIRS = new Set([
  "models",
  "model",
  "checkpoints",
  "checkpoint",
  "ckpt",
  "ckpts",
  "output",
  "outputs",
  "out",
  "data",
  "dataset",
  "datasets",
  "runs",
  "run",
  "weights",
  "saved_models",
  "saved_model",
  "tmp",
  "temp",
  "results",
  "exp",
  "exps",
  "experiments",
  "logs",
  "cache",
  "artifacts",
  "local",
  "pretrained",
  "pretrained_models",
  "trained_models",
  "assets",
  "resources",
  "src",
  "lib",
  "test",
  "tests",
  "fixtures",
  "build",
  "dist",
  "home",
  "mnt",
  "content",
  "drive",
  "workspace",
  "app",
  "opt",
  "var",
  "usr",
  "etc",
  "root",
  "users",
  "save",
  "saves",
  "saved",
  "lora",
  "adapters",
  "ckpt_dir",
  "public",
  "static",
  "bin",
  "sbin",
  "node_modules",
  "views",
  "templates",
  "pages",
  "components",
  "config",
  "configs",
  "scripts",
  "docs",
  "images",
  "img",
  "styles",
  "css",
  "js",
  "vendor",
  "packages",
  "admin",
  "api",
  "routes",
  "uploads",
  "downloads",
  "media",
]);

/** First segments of media types ("application/json"), which share the org/name shape. */
const MIME = new Set([
  "application",
  "text",
  "image",
  "audio",
  "video",
  "multipart",
  "font",
  "message",
  // time zone regions: America/Los_Angeles
  "africa",
  "america",
  "antarctica",
  "asia",
  "atlantic",
  "australia",
  "europe",
  "indian",
  "pacific",
  "etc",
]);

/** Prefixes of hosted-API model names (litellm, OpenRouter, LangChain): not Hub repositories. */
const API_PROVIDERS = new Set([
  "anthropic",
  "azure",
  "azure_ai",
  "bedrock",
  "vertex_ai",
  "vertex",
  "gemini",
  "groq",
  "together_ai",
  "openrouter",
  "ollama",
  "ollama_chat",
  "cohere",
  "fireworks_ai",
  "replicate",
  "sagemaker",
  "perplexity",
  "deepinfra",
  "anyscale",
  "mistral",
  "xai",
  "cerebras",
  "sambanova",
  "watsonx",
  "databricks",
  "voyage",
  "nvidia_nim",
  "cloudflare",
  "friendliai",
  "github",
  "text-completion-openai",
  "deepseek",
  "ai21",
  "hosted_vllm",
  "lm_studio",
  "codestral",
  "dashscope",
  "moonshot",
  "volcengine",
  "jina_ai",
  "featherless_ai",
  "predibase",
  "clarifai",
  "baseten",
  "llamafile",
  // OpenRouter's vendor prefixes that are no Hub organization
  "x-ai",
]);

/**
 * Inference Providers on the Hub's router (and its selection policies): `org/name:provider` is the
 * model org/name served by that provider, not a Docker tag.
 */
const ROUTER_PROVIDERS = new Set([
  "cerebras",
  "cohere",
  "fal-ai",
  "featherless-ai",
  "fireworks-ai",
  "groq",
  "hf-inference",
  "hyperbolic",
  "nebius",
  "novita",
  "nscale",
  "ovhcloud",
  "publicai",
  "replicate",
  "sambanova",
  "scaleway",
  "together",
  "wavespeed",
  "zai-org",
  "fastest",
  "cheapest",
  "preferred",
]);

// gpt-oss is an open-weights Hub model; the other gpt-* names are OpenAI's API.
const OPENAI_API_MODEL = /^(?:gpt-(?!oss)|o\d|text-|dall-e|tts-|chatgpt|davinci|babbage|omni-moderation)/i;

/** File extensions that mark the last segment as a file rather than a repository name. */
const FILE_EXT =
  /\.(?:gguf|safetensors|bin|pt|pth|ckpt|onnx|h5|tflite|mlmodel|keras|pkl|pickle|npz|npy|json|jsonl|ya?ml|toml|txt|md|py|ipynb|js|mjs|cjs|ts|tsx|jsx|css|html?|csv|tsv|parquet|arrow|png|jpe?g|gif|svg|webp|wav|mp3|mp4|zip|tar|gz|tgz|xz|sh|cfg|ini|lock|log|xml|model|tiktoken|msgpack|ot|c|h|cc|cpp|hpp|cxx|o|so|dylib|dll|exe|rs|go|java|kt|rb|php|pl|lua|swift|cs|scala|sql|proto|pyc|whl|pdf|rst|tex|bat|ps1|mk|cmake|gradle|vue|svelte|scss|less|woff2?|ttf|ico|tfstate|tfvars|hcl)$/i;

/** Folder names like "data" or "outputs": as a bare loader argument, a local folder. */
export function isLocalDirName(name: string): boolean {
  return LOCAL_DIRS.has(name.toLowerCase());
}

export function isLegacyModel(name: string): boolean {
  return name.length <= 60 && LEGACY.test(name);
}

/** Whether two path segments form a plausible Hub repository id. */
export function isRepoShape(id: string): boolean {
  const slash = id.indexOf("/");
  if (slash <= 0 || slash !== id.lastIndexOf("/")) return false;
  const org = id.slice(0, slash);
  const name = id.slice(slash + 1);
  if (org.length < 2 || !ORG.test(org) || !SEGMENT.test(name)) return false;
  if (
    name.endsWith(".") ||
    name.includes("..") ||
    name.includes("--") ||
    org.includes("..") ||
    org.includes("--")
  )
    return false;
  // Names with no letter at all ("12/2024", "1/2") are dates and fractions.
  if (!/[A-Za-z]/.test(name) || !/[A-Za-z]/.test(org)) return false;
  return true;
}

export interface Normalized {
  id: string;
  kind: RefKind;
  revision?: string;
  /** Set when the string is shaped like an id but more often a local path. */
  localLike?: boolean;
}

/** Prefixes of litellm model names whose `<org>/<name>` rest is the Hub repository being served. */
const SERVED_PREFIX = new Set([
  "huggingface",
  "hosted_vllm",
  "vllm",
  "openai",
  "text-completion-openai",
  "lm_studio",
]);

/**
 * A string as written in code or config, to a Hub id: strips `hf-hub:`, `hf.co/`, `hf://` and URL
 * forms, keeps the repository of `org/repo/file.gguf`, drops an Ollama `:quant` tag. Returns null
 * for anything that is not a Hub repository (local paths, Docker images, packages, globs).
 */
export function normalizeHubId(raw: string, kind: RefKind = "hf-model"): Normalized | null {
  let s = raw.trim();
  if (s.length === 0 || s.length > MAX_ID_TEXT) return null;
  if (/^hf[-_]hub:/i.test(s)) s = s.slice(7);
  // node-llama-cpp's model URIs: hf:org/x/file.gguf
  else if (/^hf:(?!\/\/)/i.test(s)) s = s.slice(3);
  if (/^(?:https?:\/\/|hf:\/\/|(?:www\.)?huggingface\.co\/|hf\.co\/)/i.test(s)) {
    const url = parseHubUrl(s);
    return url ? { id: url.id, kind: url.kind, revision: url.revision } : null;
  }
  const cached = hubCachePath(s);
  if (cached) return cached;
  if (/^(?:\.{1,2}[/\\]|[/\\~$%<{]|[A-Za-z]:[/\\])/.test(s)) return null;
  if (/[\s*?[\]{}@\\]/.test(s)) return null;
  let parts = s.split("/");
  // litellm and friends: huggingface/<org>/<name> is a Hub model served through a provider, and
  // hosted_vllm/<org>/<name> or openai/<org>/<name> one served by a self-hosted compatible server.
  if (parts.length === 3 && SERVED_PREFIX.has(parts[0]!.toLowerCase()) && !FILE_EXT.test(parts[2]!)) {
    parts = parts.slice(1);
    s = parts.join("/");
  } else if (
    // huggingface/<provider>/<org>/<name>: the same, through one of the router's providers
    parts.length === 4 &&
    parts[0]!.toLowerCase() === "huggingface" &&
    ROUTER_PROVIDERS.has(parts[1]!.toLowerCase()) &&
    !FILE_EXT.test(parts[3]!)
  ) {
    parts = parts.slice(2);
    s = parts.join("/");
  }
  if (parts.length > 2) {
    // org/repo/file.gguf names a file in a repository; org/repo/dir and runs/x/best.pt are local.
    const last = parts[parts.length - 1]!;
    if (!FILE_EXT.test(last) || parts.some((p) => p.length === 0)) return null;
    if (LOCAL_DIRS.has(parts[0]!.toLowerCase())) return null;
    s = `${parts[0]}/${parts[1]}`;
  }
  const colon = s.indexOf(":");
  if (colon > 0 && colon === s.lastIndexOf(":") && ROUTER_PROVIDERS.has(s.slice(colon + 1).toLowerCase()))
    s = s.slice(0, colon);
  if (s.includes(":")) return null; // nvidia/cuda:12.2 is a Docker image, not a Hub id
  if (!isRepoShape(s)) return null;
  const [org, name] = s.split("/") as [string, string];
  if (MIME.has(org.toLowerCase())) return null;
  if (API_PROVIDERS.has(org.toLowerCase())) return null;
  if (org.toLowerCase() === "openai" && OPENAI_API_MODEL.test(name)) return null;
  // OpenRouter's google/gemini-*: Gemini is an API; Google's open weights are gemma, t5, vit...
  if (org.toLowerCase() === "google" && /^gemini-/i.test(name)) return null;
  if (FILE_EXT.test(name)) return null;
  const localLike =
    LOCAL_DIRS.has(org.toLowerCase()) ||
    /^(?:v?\d+(?:\.\d+){0,3}|(?:run|epoch|step|checkpoint)(?:[-_]?\d+)?)$/i.test(name);
  return { id: s, kind, localLike: localLike || undefined };
}

/**
 * A path into the Hub's local cache names its repository: `.../hub/models--org--name/snapshots/<sha>`
 * (config.json `_name_or_path` of a model loaded from the cache, `--model` pointing into it).
 */
function hubCachePath(s: string): Normalized | null {
  for (const [prefix, kind] of CACHE_PREFIXES) {
    const at = s.indexOf(prefix);
    if (at < 0 || (at > 0 && s[at - 1] !== "/" && s[at - 1] !== "\\")) continue;
    const [folder = "", snapshots, sha] = s.slice(at + prefix.length).split(/[/\\]/, 3);
    const parts = folder.split("--");
    let id: string;
    if (parts.length === 2 && isRepoShape(`${parts[0]}/${parts[1]}`)) id = `${parts[0]}/${parts[1]}`;
    else if (parts.length === 1 && isLegacyName(folder, kind)) id = folder;
    else return null;
    const revision = snapshots === "snapshots" && sha && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
    return revision ? { id, kind, revision } : { id, kind };
  }
  return null;
}

const CACHE_PREFIXES: [string, RefKind][] = [
  ["models--", "hf-model"],
  ["datasets--", "hf-dataset"],
];

/** Hub URL paths that are pages, not repositories. */
const NON_REPO = new Set([
  "spaces",
  "collections",
  "blog",
  "docs",
  "papers",
  "learn",
  "models",
  "tasks",
  "posts",
  "organizations",
  "settings",
  "join",
  "login",
  "logout",
  "pricing",
  "enterprise",
  "chat",
  "new",
  "new-dataset",
  "new-space",
  "search",
  "changelog",
  "terms-of-service",
  "privacy",
  "welcome",
  "inference-endpoints",
  "inference-api",
  "hardware",
  "support",
  "contact",
  "security",
  "oauth",
  "notifications",
  "storage",
  "mcp",
  "jobs",
  "buckets",
  "static-proxy",
  "front",
  "avatars",
  "hf-inference",
  "serverless",
  "transformers",
  "course",
  "courses",
  "competitions",
  "careers",
  "terms",
  "code-of-conduct",
  "content-guidelines",
  "philosophy",
  "partners",
  "autotrain",
  "brand",
  "hub-docs",
  "datasets-server",
  "robots.txt",
  "sitemap.xml",
  "favicon.ico",
]);

/** Pages under a repository: after one part, they mark a legacy repo without organization. */
const REPO_PAGES = new Set([
  "resolve",
  "blob",
  "tree",
  "raw",
  "commit",
  "commits",
  "discussions",
  "viewer",
  "edit",
]);

/** Legacy models (bert-base-uncased) and datasets (glue, squad) that have no organization. */
function isLegacyName(name: string, kind: RefKind): boolean {
  if (kind === "hf-model") return isLegacyModel(name);
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/.test(name) && /[A-Za-z]/.test(name);
}

/** Dataset repos the Hub uses for its own images and badges. */
const SITE_ASSETS = /^huggingface\/(?:documentation-images|badges|brand-assets)$/i;

/** Whether an id is one of the Hub's own asset repositories (sample images, badges). */
export function isSiteAsset(id: string): boolean {
  return SITE_ASSETS.test(id);
}

export interface HubUrl {
  id: string;
  kind: RefKind;
  revision?: string;
}

/**
 * The repository a Hub URL points to. Accepts `https://huggingface.co/...`, `hf.co/...`, `hf://...`,
 * with or without scheme; `/datasets/` is a dataset, `/api/models/` a model; pages are null.
 */
export function parseHubUrl(url: string): HubUrl | null {
  const m = /^(?:https?:\/\/)?(?:(www|api-inference|router)\.)?(?:huggingface\.co|hf\.co)\/|^hf:\/\//i.exec(
    url,
  );
  if (!m) return null;
  let rest = url.slice(m[0].length);
  const cut = rest.search(/[?#\s"'<>)\]]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  let parts = rest.split("/");
  let kind: RefKind = "hf-model";
  const host = m[1]?.toLowerCase();
  if (host === "api-inference" || host === "router") {
    const i = parts.indexOf("models");
    // the older task route names its model after the task: /pipeline/feature-extraction/org/x
    if (i < 0 && parts[0] === "pipeline" && parts.length >= 4) parts = parts.slice(2);
    else if (i < 0) return null;
    else parts = parts.slice(i + 1);
  } else if (parts[0] === "api" && (parts[1] === "models" || parts[1] === "datasets")) {
    kind = parts[1] === "datasets" ? "hf-dataset" : "hf-model";
    parts = parts.slice(2);
  } else if (parts[0] === "datasets") {
    kind = "hf-dataset";
    parts = parts.slice(1);
  }
  // Legacy one-part repos: huggingface.co/gpt2/resolve/main/..., /datasets/glue/viewer/...
  if (parts.length >= 2 && REPO_PAGES.has(parts[1]!) && isLegacyName(parts[0]!, kind)) {
    parts = [parts[0]!, "", ...parts.slice(1)];
  }
  const org = parts[0] ?? "";
  let name = parts[1] ?? "";
  if (kind === "hf-model" && NON_REPO.has(org.toLowerCase())) return null;
  const colon = name.indexOf(":");
  if (colon >= 0) name = name.slice(0, colon); // hf.co/org/repo:Q4_K_M (Ollama quant tag)
  let atRevision: string | undefined;
  const at = name.indexOf("@");
  if (at >= 0) {
    // hf://datasets/org/name@revision/path
    atRevision = name.slice(at + 1) || undefined;
    name = name.slice(0, at);
  }
  if (name.endsWith(".git")) name = name.slice(0, -4);
  name = trimEndChars(name, ".");
  if (!name) {
    if (!isLegacyName(org, kind)) return null;
    const rev =
      (parts[2] === "resolve" || parts[2] === "blob" || parts[2] === "tree") && parts[3]
        ? parts[3]
        : undefined;
    return rev ? { id: org, kind, revision: rev } : { id: org, kind };
  }
  const id = `${org}/${name}`;
  if (!isRepoShape(id)) return null;
  let revision: string | undefined = atRevision;
  const verb = parts[2];
  // A commit page names the repository at that commit.
  if (
    (verb === "resolve" || verb === "blob" || verb === "tree" || verb === "raw" || verb === "commit") &&
    parts[3]
  ) {
    revision = parts[3];
  }
  if (revision) {
    try {
      revision = decodeURIComponent(revision);
    } catch {
      // keep as written
    }
  }
  return revision ? { id, kind, revision } : { id, kind };
}
