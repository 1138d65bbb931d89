// Which keys, keyword arguments, variables and flags name a model or a dataset. Shared by the code,
// config and shell detectors so that `model_id=`, `model_id:`, `MODEL_ID=` and `--model-id` agree.

const MODEL_KEYS = new Set([
  "model",
  "model_id",
  "model_name",
  "model_name_or_path",
  "model_path_or_name",
  "model_path",
  "model_repo",
  "model_repo_id",
  "base_model",
  "base_model_id",
  "base_model_name",
  "base_model_name_or_path",
  // axolotl's older spelling of where the config and tokenizer of base_model come from
  "base_model_config",
  "tokenizer_config",
  "pretrained_model_name_or_path",
  "pretrained_model",
  "pretrained_model_name",
  "pretrained",
  "repo_id",
  // a repository's id on the Hub (not hub_model_id, where a trainer pushes its result)
  "hub_id",
  "hf_repo",
  "hf_path",
  "hf_model",
  "hf_model_id",
  "hf_model_name",
  "huggingface_model",
  "tokenizer",
  "tokenizer_id",
  "tokenizer_name",
  "tokenizer_name_or_path",
  "tokenizer_path",
  "_name_or_path",
  // older tokenizer_config.json files
  "name_or_path",
  // vLLM production-stack Helm values (modelURL: org/x)
  "model_url",
  // Ray Serve LLM: model_loading_config.model_source
  "model_source",
  // node-llama-cpp: createModelDownloader({ modelUri: "hf:org/x" })
  "model_uri",
  "checkpoint",
  "model_checkpoint",
  "adapter",
  "adapter_id",
  "adapter_name_or_path",
  "lora",
  "lora_id",
  "peft_model_id",
  // alpaca-lora's --lora_weights, LLaVA's --vision_tower, diffusers' --vae
  "lora_weights",
  "vision_tower",
  "vae",
  "llm",
  "llm_model",
  "embedding",
  "embeddings",
  "embedder",
  "encoder",
  "reranker",
]);

/** Keys that name where a model is pushed or saved, not where one comes from. */
const OUTGOING_KEYS = new Set([
  "hub_model_id",
  "push_to_hub_model_id",
  "output_model",
  "output_model_id",
  "hub_repo_id",
  "output_repo",
  "save_model",
  "new_model",
  "new_model_id",
  "hub_model_name",
  "output_model_name",
  "finetuned_model",
  "output_dir",
  // the name a server exposes a model under (vLLM --served-model-name), not where it comes from
  "served_model_name",
]);

const DATASET_KEYS = new Set([
  "dataset",
  "dataset_id",
  "dataset_name",
  "dataset_repo",
  "dataset_name_or_path",
  "dataset_path",
  "hf_dataset",
  "datasets",
  "train_dataset",
  "eval_dataset",
  "test_dataset",
  "data_repo",
  // alpaca-lora and its many forks: --data_path yahma/alpaca-cleaned
  "data_path",
  // the data a quantizer calibrates on (AutoAWQ's calib_data=, llm-compressor, GPTQ scripts)
  "calib_data",
  "calibration_data",
]);

/** "--Model-Name" / "MODEL_NAME" / "modelName" -> "model_name"; plural list keys -> singular. */
export function canonicalKey(key: string): string {
  let k = key.replace(/^-{1,2}/, "");
  if (k.length > 64) return "";
  k = k
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/-/g, "_")
    .toLowerCase();
  if (
    k.endsWith("_ids") ||
    k.endsWith("_names") ||
    k.endsWith("models") ||
    k.endsWith("_datasets") ||
    k.endsWith("adapters")
  )
    k = k.slice(0, -1);
  return k;
}

/**
 * Settings of hosted inference APIs (`OPENROUTER_MODEL=meta-llama/llama-3.1-70b-instruct`): the
 * provider's route names, which look like Hub ids but bring no weights in.
 */
export const HOSTED_PREFIX =
  /^(?:hosted|openrouter|openai|azure_openai|azure|anthropic|together|togetherai|groq|fireworks|bedrock|replicate|perplexity|deepinfra|cohere|gemini|vertex|vertexai|mistral_api|deepseek_api)_/;

/** LLaMA-Factory's export_hub_model_id, vLLM's served_model_name: where a model goes, or its alias. */
const OUTGOING_PREFIX = /^(?:output|save|push|hub|new|target|out|export|served)_/;

/** Whether a key names a model pushed or saved elsewhere (never a reference, not even a candidate). */
const outgoing = new Map<string, boolean>();

export function isOutgoingKey(key: string | undefined): boolean {
  if (!key) return false;
  let v = outgoing.get(key);
  if (v === undefined) {
    const k = canonicalKey(key);
    v = OUTGOING_KEYS.has(k) || (OUTGOING_PREFIX.test(k) && !MODEL_KEYS.has(k));
    if (outgoing.size > 10_000) outgoing.clear();
    outgoing.set(key, v);
  }
  return v;
}

export type KeyKind = "model" | "dataset" | null;

/**
 * A role a model plays (or the format of its weights), followed by the word for its name:
 * reranker_name, embedder_id, gguf_repo.
 */
const ROLE_NAME =
  /^(?:reranker|embedder|embedding|encoder|llm|adapter|lora|vae|judge|teacher|student|draft|reward|ref|reference|critic|classifier|generator|gguf)_(?:name|id|repo|repo_id|name_or_path)$/;

const cache = new Map<string, KeyKind>();

/** Whether a key names a model, a dataset, or neither (memoized: config keys repeat a lot). */
export function keyKind(key: string | undefined): KeyKind {
  if (!key) return null;
  let kind = cache.get(key);
  if (kind === undefined) {
    kind = computeKeyKind(key);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, kind);
  }
  return kind;
}

function computeKeyKind(key: string): KeyKind {
  const k = canonicalKey(key);
  if (!k || OUTGOING_KEYS.has(k) || HOSTED_PREFIX.test(k)) return null;
  if (MODEL_KEYS.has(k)) return "model";
  if (DATASET_KEYS.has(k)) return "dataset";
  if (OUTGOING_PREFIX.test(k)) return null;
  // reranker_name="cross-encoder/x", embedder_id, llm_repo: a model's role, then how it is named
  if (ROLE_NAME.test(k)) return "model";
  if (
    /_(?:model|model_id|model_name|model_name_or_path|model_path|model_repo|checkpoint|repo_id|tokenizer|embedding_model|vision_tower|adapter)$/.test(
      k,
    )
  )
    return "model";
  if (/_(?:dataset|dataset_id|dataset_name)$/.test(k)) return "dataset";
  return null;
}

/**
 * Keys whose values describe a model or a run rather than name a repository: the siblings of an id
 * in a model's dict ({"type": "causal/lm", "template": "chat/llama"}), tracker coordinates (W&B
 * entity/project, run and group names), task, metric and label names, routes and MIME types.
 * A slash in such a value is a path of names, never a Hub id, and not worth a Hub lookup.
 */
const DESCRIPTIVE_KEY =
  /^(?:(?:\w+_)?(?:type|kind|template|task|arch|architecture|precision|dtype|format|family|provider|backend|device|framework|library|library_name|pipeline_tag|license|mode|style|category|quantization|quant_method|engine|endpoint|route|mime_type|content_type|project|entity|run|run_name|group|experiment|experiment_name|tag|label|metric|column|deployment|deployment_name|dim_name|class|cls|key)s?|api_base|base_url|description|help|title|display_name|version)$/;

const descriptive = new Map<string, boolean>();

export function isDescriptiveKey(key: string | undefined): boolean {
  if (!key) return false;
  let v = descriptive.get(key);
  if (v === undefined) {
    const k = canonicalKey(key);
    // model_type, tokenizer_class, base_model_task: about the model named elsewhere; but never
    // a key that itself names a model (model_template_id is not one of these anyway)
    v = !!k && keyKind(key) === null && (DESCRIPTIVE_KEY.test(k) || HOSTED_PREFIX.test(k));
    if (descriptive.size > 10_000) descriptive.clear();
    descriptive.set(key, v);
  }
  return v;
}
