// What the libraries that load models look like from the outside: which calls load an id (and at
// which argument), which calls never bring one in, which read settings or run commands. The code
// detector (code.ts) applies these tables to the calls the lexer finds.

import type { RefKind } from "../types.js";
import { keyKind } from "./keys.js";
import type { Frame, StrTok } from "./lexer.js";

interface Rule {
  name: string;
  match: (last: string, callee: string) => boolean;
  /** Positional argument indexes (among arguments without keyword) that hold the id. */
  pos: number[];
  kws: string[];
  kind: RefKind | "github-repo" | "ultralytics";
  /** A bare name means sentence-transformers/<name>. */
  expand?: boolean;
  /** The Hub repository a library downloads for one of its own short names. */
  alias?: (name: string) => string | undefined;
}

/**
 * faster-whisper's size names and the CTranslate2 conversions it downloads for them
 * (faster_whisper.utils: the table behind `WhisperModel("large-v3")`).
 */
const FASTER_WHISPER: Record<string, string> = {
  "tiny.en": "Systran/faster-whisper-tiny.en",
  tiny: "Systran/faster-whisper-tiny",
  "base.en": "Systran/faster-whisper-base.en",
  base: "Systran/faster-whisper-base",
  "small.en": "Systran/faster-whisper-small.en",
  small: "Systran/faster-whisper-small",
  "medium.en": "Systran/faster-whisper-medium.en",
  medium: "Systran/faster-whisper-medium",
  "large-v1": "Systran/faster-whisper-large-v1",
  "large-v2": "Systran/faster-whisper-large-v2",
  "large-v3": "Systran/faster-whisper-large-v3",
  large: "Systran/faster-whisper-large-v3",
  "distil-large-v2": "Systran/faster-distil-whisper-large-v2",
  "distil-medium.en": "Systran/faster-distil-whisper-medium.en",
  "distil-small.en": "Systran/faster-distil-whisper-small.en",
  "distil-large-v3": "Systran/faster-distil-whisper-large-v3",
  "large-v3-turbo": "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
  turbo: "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
};

const RULES: Rule[] = [
  {
    name: "from_pretrained",
    match: (l) =>
      l === "from_pretrained" ||
      l === "from_quantized" ||
      l === "from_pretrained_keras" ||
      l === "from_finetuned",
    pos: [0],
    kws: [
      "pretrained_model_name_or_path",
      "model_id",
      "repo_id",
      "model_name_or_path",
      "pretrained_model_or_path",
      "model_name",
      "model",
    ],
    kind: "hf-model",
  },
  {
    name: "pipeline",
    match: (l) => l === "pipeline",
    pos: [1],
    kws: ["model", "tokenizer"],
    kind: "hf-model",
  },
  {
    name: "hub-download",
    match: (l) =>
      l === "hf_hub_download" ||
      l === "snapshot_download" ||
      l === "hf_hub_url" ||
      l === "model_info" ||
      l === "list_repo_files" ||
      l === "list_repo_tree" ||
      l === "repo_info" ||
      l === "file_exists" ||
      l === "get_safetensors_metadata" ||
      l === "try_to_load_from_cache" ||
      l === "load_file_from_hub" ||
      // wllama's loadModelFromHF("org/x", "file.gguf"), node-llama-cpp's resolveModelFile("hf:org/x")
      l === "loadModelFromHF" ||
      l === "resolveModelFile",
    pos: [0],
    kws: ["repo_id"],
    kind: "hf-model",
  },
  {
    name: "diffusers-adapter",
    match: (l) =>
      l === "load_lora_weights" ||
      l === "load_textual_inversion" ||
      l === "load_ip_adapter" ||
      l === "load_attn_procs" ||
      l === "load_lora_adapter" ||
      // transformers' PEFT integration: model.load_adapter("org/adapter", adapter_name=...)
      l === "load_adapter",
    pos: [0],
    kws: ["pretrained_model_name_or_path_or_dict", "pretrained_model_name_or_path", "peft_model_id"],
    kind: "hf-model",
  },
  {
    name: "inference-client",
    match: (l) => l === "InferenceClient" || l === "AsyncInferenceClient",
    pos: [0],
    kws: ["model"],
    kind: "hf-model",
  },
  {
    name: "dataset_info",
    match: (l) => l === "dataset_info",
    pos: [0],
    kws: ["repo_id"],
    kind: "hf-dataset",
  },
  {
    name: "sentence-transformers",
    match: (l) => l === "SentenceTransformer" || l === "SparseEncoder",
    pos: [0],
    kws: ["model_name_or_path", "model_name"],
    kind: "hf-model",
    expand: true,
  },
  {
    name: "cross-encoder",
    match: (l) => l === "CrossEncoder",
    pos: [0],
    kws: ["model_name_or_path", "model_name"],
    kind: "hf-model",
  },
  {
    name: "embeddings",
    // LangChain's *Embeddings, chromadb's embedding_functions.*EmbeddingFunction
    match: (l) =>
      /(?:Embeddings?|EmbeddingFunction)$/.test(l) &&
      /HuggingFace|SentenceTransformer|HuggingFaceBge|Instruct/.test(l),
    pos: [],
    kws: ["model_name", "model", "model_id", "repo_id"],
    kind: "hf-model",
    expand: true,
  },
  {
    // BentoML's bentoml.models.HuggingFaceModel("org/x"), LlamaIndex's resolve_embed_model("local:org/x")
    name: "by-name",
    match: (l) => l === "HuggingFaceModel" || l === "resolve_embed_model",
    pos: [0],
    kws: ["model_id", "embed_model"],
    kind: "hf-model",
  },
  {
    // DSPy's dspy.LM("huggingface/org/x"): a LiteLLM name; other providers are hosted APIs
    name: "litellm-name",
    match: (_l, c) => c === "dspy.LM" || c === "dspy.OpenAI",
    pos: [0],
    kws: ["model"],
    kind: "hf-model",
  },
  {
    // MTEB: mteb.get_model("org/x") loads the model its name says
    name: "mteb",
    match: (_l, c) => c.endsWith("mteb.get_model") || c.endsWith("mteb.get_model_meta"),
    pos: [0],
    kws: ["model_name"],
    kind: "hf-model",
  },
  {
    // node-llama-cpp: resolveModelFile("hf:org/x/file.gguf"); hugot (Go): DownloadModel("org/x", dir, opts)
    name: "model-files",
    match: (l) => l === "resolveModelFile" || l === "createModelDownloader" || l === "DownloadModel",
    pos: [0],
    kws: ["modelUri", "uri"],
    kind: "hf-model",
  },
  {
    // LeRobot: LeRobotDataset("org/x") downloads a robot-learning dataset from the Hub
    name: "lerobot",
    match: (l) => l === "LeRobotDataset" || l === "LeRobotDatasetMetadata",
    pos: [0],
    kws: ["repo_id"],
    kind: "hf-dataset",
  },
  {
    // datatrove: HuggingFaceDatasetReader("org/x", ...) streams a Hub dataset
    name: "datatrove",
    match: (l) => l === "HuggingFaceDatasetReader",
    pos: [0],
    kws: ["dataset"],
    kind: "hf-dataset",
  },
  {
    // txtai: Embeddings(path="org/x"); its pipelines (Summary("org/x")) only where txtai is imported
    name: "txtai",
    match: (l) => l === "Embeddings",
    pos: [],
    kws: ["path"],
    kind: "hf-model",
  },
  {
    // Semantic Kernel (C#): AddHuggingFaceTextEmbeddingGeneration("org/x", ...) takes the id first
    name: "semantic-kernel",
    match: (l) => /^(?:Add|Create)HuggingFace/.test(l),
    pos: [0],
    kws: ["model", "modelId"],
    kind: "hf-model",
  },
  {
    name: "langchain-hf",
    match: (l, c) => /HuggingFace/.test(l) || c.endsWith("HuggingFacePipeline.from_model_id"),
    pos: [],
    kws: ["model_id", "repo_id", "model", "model_name"],
    kind: "hf-model",
  },
  {
    // FlagEmbedding and fastembed take the Hub id first.
    name: "embedders",
    match: (l) =>
      /^(?:BGEM3FlagModel|FlagModel|FlagReranker|FlagLLMReranker|LayerWiseFlagLLMReranker|FlagICLModel|FlagLLMModel|TextEmbedding|SparseTextEmbedding|LateInteractionTextEmbedding|LateInteractionMultimodalEmbedding|ImageEmbedding|TextCrossEncoder)$/.test(
        l,
      ),
    pos: [0],
    kws: ["model_name_or_path", "model_name"],
    kind: "hf-model",
  },
  {
    // faster-whisper: WhisperModel("org/x") or one of its size names ("large-v3")
    name: "faster-whisper",
    match: (l) => l === "WhisperModel",
    pos: [0],
    kws: ["model_size_or_path"],
    kind: "hf-model",
    alias: (name) => (Object.hasOwn(FASTER_WHISPER, name) ? FASTER_WHISPER[name] : undefined),
  },
  {
    name: "speechbrain",
    match: (l) => l === "from_hparams",
    pos: [],
    kws: ["source"],
    kind: "hf-model",
  },
  {
    // outlines.models.transformers("org/x"), guidance.models.Transformers("org/x")
    name: "outlines",
    match: (_l, c) => /(?:^|\.)models\.(?:transformers|Transformers|vllm|mlxlm|llamacpp|LlamaCpp)$/.test(c),
    pos: [0],
    kws: ["model_name", "repo_id"],
    kind: "hf-model",
  },
  {
    // gr.load("models/org/name"): "models/" names a Hub model, "spaces/" a Space (not a model).
    name: "gradio",
    match: (_l, c) => c === "gr.load" || c === "gradio.load" || c.endsWith("Interface.load"),
    pos: [0],
    kws: ["name"],
    kind: "hf-model",
  },
  {
    name: "vllm",
    // vLLM's LLM(model=...), and LitGPT's LLM.load("org/x")
    match: (l, c) => l === "LLM" || l === "EngineArgs" || l === "AsyncEngineArgs" || c === "LLM.load",
    pos: [0],
    kws: ["model", "tokenizer"],
    kind: "hf-model",
  },
  {
    name: "mlx",
    match: (_l, c) => c === "mlx_lm.load" || c === "mlx_lm.generate" || c === "mlx_vlm.load",
    pos: [0],
    kws: ["path_or_hf_repo", "model"],
    kind: "hf-model",
  },
  {
    name: "load_dataset",
    match: (l) =>
      l === "load_dataset" ||
      l === "load_dataset_builder" ||
      l === "get_dataset_config_names" ||
      l === "get_dataset_split_names" ||
      l === "get_dataset_infos",
    pos: [0],
    kws: ["path"],
    kind: "hf-dataset",
  },
  {
    name: "torch.hub",
    match: (_l, c) => /(?:^|\.)hub\.(?:load|list|help)$/.test(c),
    pos: [0],
    kws: ["repo_or_dir", "github"],
    kind: "github-repo",
  },
  {
    // sentence-transformers' module API: models.Transformer("bert-base-uncased", max_seq_length=256)
    name: "st-modules",
    match: (_l, c) => c === "models.Transformer" || c.endsWith(".models.Transformer"),
    pos: [0],
    kws: ["model_name_or_path"],
    kind: "hf-model",
  },
  {
    // DJL (Java, Kotlin): HuggingFaceTokenizer.newInstance("org/x"), Criteria.optModelUrls("djl://...")
    name: "djl",
    match: (l, c) =>
      c.endsWith("HuggingFaceTokenizer.newInstance") || l === "optModelUrls" || l === "setModelUrls",
    pos: [0],
    kws: [],
    kind: "hf-model",
  },
  {
    // Swift: MLX's ModelConfiguration(id:), swift-transformers' Hub.Repo(id:) and hub.snapshot(from:)
    name: "swift-hub",
    match: (l) => l === "ModelConfiguration" || l === "Repo" || l === "snapshot",
    pos: [],
    kws: ["id", "from"],
    kind: "hf-model",
  },
  {
    // Go: go-huggingface's hub.New("org/x")
    name: "go-hub",
    match: (_l, c) => c === "hub.New",
    pos: [0],
    kws: [],
    kind: "hf-model",
  },
  {
    name: "ultralytics",
    match: (l) => /^(?:YOLO|YOLOWorld|YOLOE|RTDETR|SAM|FastSAM|NAS)$/.test(l),
    pos: [0],
    kws: ["model"],
    kind: "ultralytics",
  },
];

export const MLX_RULE = RULES.find((r) => r.name === "mlx")!;

/** txtai's pipelines take the Hub id (or a local path) first. */
export const TXTAI_RULE: Rule = {
  name: "txtai",
  match: () => true,
  pos: [0],
  kws: ["path"],
  kind: "hf-model",
};
export const TXTAI_PIPELINES = new Set([
  "Summary",
  "Labels",
  "Extractor",
  "Questions",
  "Similarity",
  "Translation",
  "Transcription",
  "TextToSpeech",
  "Caption",
  "Objects",
  "Sequences",
  "Generator",
  "Entity",
  "Reranker",
]);

/** Rules by the last part of the callee; a few match on the whole callee or a pattern. */
const RULE_CACHE = new Map<string, Rule | null>();
export function findRule(last: string, callee: string): Rule | undefined {
  let rule = RULE_CACHE.get(callee);
  if (rule === undefined) {
    rule = RULES.find((r) => r.match(last, callee)) ?? null;
    if (RULE_CACHE.size > 5_000) RULE_CACHE.clear();
    RULE_CACHE.set(callee, rule);
  }
  return rule ?? undefined;
}

/**
 * Other spellings of a Hub id: DJL's model zoo (`djl://ai.djl.huggingface.pytorch/org/x`) and
 * node-llama-cpp's URIs (`hf:org/x:Q4_K_M`, `hf:org/x/file.gguf`).
 */
export function hubAlias(value: string): string {
  // LlamaIndex's "local:org/x" runs the Hub model org/x locally
  if (value.startsWith("local:")) return value.slice(6);
  if (value.startsWith("djl://")) {
    const m = /^djl:\/\/ai\.djl\.huggingface(?:\.[a-z]{1,20})?\/([^:]{1,200})$/i.exec(value);
    return m ? m[1]! : value;
  }
  if ((value.charCodeAt(0) | 32) === 104 && /^hf:[^/]/i.test(value)) {
    const rest = value.slice(3);
    const m = /^([^/:]{1,96}\/[^/:]{1,96}):[\w.-]{1,40}$/.exec(rest);
    return m ? m[1]! : rest;
  }
  return value;
}

/** The hf-hub crate (Rust): api.model("org/x"), api.dataset(..), Repo::with_revision(id, type, rev). */
export function rustRule(last: string, callee: string): { kind: RefKind; rev: number } | null {
  if (last === "model" || last === "dataset")
    return { kind: last === "model" ? "hf-model" : "hf-dataset", rev: -1 };
  if (callee.endsWith("Repo.new") || callee.endsWith("Repo.with_revision"))
    return { kind: "hf-model", rev: 2 };
  if (callee.endsWith("Repo.model")) return { kind: "hf-model", rev: -1 };
  return null;
}

/** A builder or setter that names a model: .modelId("org/x") (LangChain4j), setModel("org/x"). */
export function setterKind(last: string): RefKind | null {
  const prefix = /^(?:opt|set|with)(?=[A-Z])/.exec(last);
  const kk = keyKind(prefix ? last.slice(prefix[0].length) : last);
  return kk === "model" ? "hf-model" : kk === "dataset" ? "hf-dataset" : null;
}

/** @huggingface/hub calls that write (their `repo` is where results go) or read a Space. */
const HUB_JS_WRITES = new Set([
  "createRepo",
  "deleteRepo",
  "uploadFile",
  "uploadFiles",
  "uploadFilesWithProgress",
  "deleteFile",
  "deleteFiles",
  "commit",
  "createBranch",
  "spaceInfo",
]);

/** Whether an object literal is (or sits in one that is) the options of a @huggingface/hub write. */
export function inHubWrite(frame: Frame): boolean {
  let f: Frame | undefined = frame;
  for (let d = 0; f && d < 2; d++, f = f.outer) {
    if (f.open !== "{") return false;
    if (f.outerCallee && HUB_JS_WRITES.has(lastPart(f.outerCallee))) return true;
  }
  return false;
}

/** @huggingface/hub's repo designations: "org/x", "datasets/org/x", "spaces/org/x" (not a model). */
export function hubDesignation(tok: StrTok, kind: RefKind): { tok: StrTok; kind: RefKind } | null {
  const v = tok.value;
  if (v.startsWith("spaces/")) return null;
  if (v.startsWith("datasets/")) return { tok: { ...tok, value: v.slice(9) }, kind: "hf-dataset" };
  if (v.startsWith("models/")) return { tok: { ...tok, value: v.slice(7) }, kind: "hf-model" };
  return { tok, kind };
}

/** Calls that take a function and its arguments: partial(AutoModel.from_pretrained, "org/x"). */
export const WRAPPERS = new Set(["partial", "to_thread", "run_in_executor", "submit"]);

/** @huggingface/hub functions whose options name a repository with `repo`. */
export const HUB_JS = new Set([
  "downloadFile",
  "downloadFileToCacheDir",
  "snapshotDownload",
  "listFiles",
  "fileDownloadInfo",
  "modelInfo",
  "datasetInfo",
  "fileExists",
]);

export function lastPart(callee: string): string {
  return callee.slice(callee.lastIndexOf(".") + 1);
}

/** UI widgets that let a user pick among values (Gradio, Streamlit); the label says of what. */
export const PICKERS = new Set([
  "Dropdown",
  "Radio",
  "selectbox",
  "radio",
  "multiselect",
  "select_slider",
  "pills",
]);

/** Calls that run a command line: os.system, subprocess, child_process, Modal's image steps. */
export const SHELL_CALLS = new Set([
  "system",
  "popen",
  "Popen",
  "run",
  "call",
  "check_call",
  "check_output",
  "getoutput",
  "getstatusoutput",
  "run_commands",
  "exec",
  "execSync",
  "spawn",
  "spawnSync",
  "execFile",
  "execFileSync",
  "execa",
]);

/** Calls whose string arguments are never references brought in: uploads, paths, imports. */
export const NOT_REFS = new Set([
  "push_to_hub",
  "create_repo",
  "upload_folder",
  "upload_file",
  "upload_large_folder",
  "delete_repo",
  "delete_file",
  "create_branch",
  "create_tag",
  "create_commit",
  "save_pretrained",
  // embeddings.save("indexes/x"), image.save("out/a.png"), torch.save(m, "runs/x.pt"): outputs
  "save",
  "move_repo",
  "duplicate_space",
  // C#'s Path.Combine joins a local path
  "Combine",
  "update_repo_settings",
  "update_repo_visibility",
  "require",
  "import",
  "join",
  "resolve",
  "Path",
  "open",
  "exists",
  "isdir",
  "isfile",
  "makedirs",
  "mkdir",
  "listdir",
  "glob",
  "fetch",
  "post",
  "put",
  "send",
  "test",
  "it",
  "describe",
  "mock",
  "expect",
  "log",
  "print",
  "error",
  "warn",
  "info",
  "debug",
  "format",
  "replace",
  "split",
  "startswith",
  "startsWith",
  "endswith",
  "endsWith",
  "setHeader",
  "add_header",
  // metric and artifact names of TensorBoard, MLflow and W&B ("Loss/train", "eval/accuracy")
  "add_scalar",
  "add_scalars",
  "add_histogram",
  "add_image",
  "add_figure",
  "add_text",
  "log_metric",
  "log_metrics",
  "log_param",
  "log_artifact",
  "define_metric",
  "log_dict",
  "log_table",
  "log_image",
  "log_figure",
  "log_text",
  "set_tag",
  "set_experiment",
  // accelerate's init_trackers("entity/project", ...)
  "init_trackers",
  // MLflow's registry name, W&B run and artifact paths (entity/project/run), PyGithub's repository
  "register_model",
  "runs",
  "use_artifact",
  "get_repo",
  // kagglehub handles ("google/gemma/keras/..", "uciml/iris") live on Kaggle, not on the Hub
  "model_download",
  "dataset_download",
  "competition_download",
  // rich/prettytable rows, pandas grouping, i18n message keys ("settings/model-picker")
  "add_row",
  "groupby",
  "t",
]);

/** Builders the datasets library ships: `load_dataset("json", ...)` reads local files. */
export const DATASET_BUILDERS = new Set([
  "json",
  "csv",
  "parquet",
  "text",
  "arrow",
  "pandas",
  "sql",
  "generator",
  "imagefolder",
  "audiofolder",
  "videofolder",
  "webdataset",
  "xml",
  "spark",
  "cache",
  "folder_based_builder",
  "pdffolder",
  "niftifolder",
  "lance",
]);

/** Asset names Ultralytics downloads by itself: yolov8n.pt, yolo11s-seg.pt, rtdetr-l.pt, sam_b.pt. */
export function isUltralyticsAsset(base: string): boolean {
  if (!base.endsWith(".pt") || base.length > 40) return false;
  const stem = base.slice(0, -3).toLowerCase();
  return /^(?:yolo|rtdetr-|sam|mobile_sam|fastsam-)/.test(stem) && /^[a-z0-9_.-]+$/.test(stem);
}

/** Flag-like callees whose first argument names the setting and whose default is its value. */
export const SETTING_CALLS = new Set([
  "getenv",
  "get",
  "add_argument",
  "option",
  "field",
  "Field",
  "argument",
  "DEFINE_string",
  "setdefault",
  "environ.get",
  "Option",
  "Argument",
  "Query",
]);

/** Calls whose first positional argument is the default value itself (pydantic, typer). */
export const DEFAULT_FIRST = new Set(["Field", "Option", "Argument", "Query"]);
