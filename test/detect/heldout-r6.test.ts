// Held-out round 6: 40 realistic files written without reading src/detect, docs/DETECTION.md or
// the other detector tests, shaped after public ML repositories (browser workers, Next.js routes,
// Deno edge functions, Colab and Kaggle notebooks, Django/Flask/Airflow/Ray/Modal/agent code,
// training and serving configs, model cards, compose files) plus three non-ML files.
// Each case lists every reference a user would expect (kind, id, line, revision); everything else
// in the file is a negative. Scored with detectText at confidence >= 0.5, exact on all four fields.
//
// Measured (first run, before any fix):
//   overall   recall 0.905 (67/74)  precision 0.957 (67/70)   7 misses, 3 false alarms
//   ts/js     recall 1.000 (16/16)  precision 1.000 (16/16)   (10 files)
//   notebook  recall 1.000 (18/18)  precision 1.000 (18/18)   (8 files)
//   python    recall 0.842 (16/19)  precision 0.941 (16/17)   (10 files)
//   yaml      recall 0.714 (5/7)    precision 0.714 (5/7)     (4 files)
//   markdown  recall 0.800 (8/10)   precision 1.000 (8/8)     (3 files)
//   docker    recall 1.000 (4/4)    precision 1.000 (4/4)     (2 files)
//   non-ml    nothing expected, nothing reported              (3 files)
//   All 3 false alarms are the right model on the right line with its pinned revision lost (each is
//   also a miss); ignoring revisions, recall is 0.946 (70/74) and precision 1.000.
//   Two labels were relabelled after the first run (':main' / 'resolve/main' read as no pin); with
//   the first labels recall was 0.878, precision 0.929. In stop 11 the project reports a revision as
//   written, `main` included, and the two labels are back to the reviewer's first reading.
//
// Fixed after the first run, by the lead: a CLI option's default read through the parameter a
// loader is given (click), command lines in keyword arguments (BashOperator bash_command=), a
// revision constant passed as revision=, lm-eval's revision= in --model_args, a revision key beside
// the id in YAML, and a model card's datasets: list (the training data's terms bind the model).
// Now 74 of 74, no false alarm: on cases fixed against, so the first-run numbers above are the
// held-out estimate.
//
// The floors below were the measured values rounded down, so the numbers can only go up; KNOWN lists
// every miss and false alarm and is checked exactly, so a later fix must update it (and may raise
// the floors). R6_VERBOSE=1 prints each miss and false alarm.

import { describe, expect, it } from "vitest";
import type { RefKind } from "../../src/types.js";
import { heldoutChecks, lineOf } from "./heldout-harness.js";

interface Expected {
  kind: RefKind;
  id: string;
  /** A substring that occurs on exactly one line of the file: the line of the id itself. */
  at: string;
  revision?: string;
}

interface Case {
  file: string;
  type: "ts/js" | "notebook" | "python" | "yaml" | "markdown" | "docker" | "non-ml";
  text: string;
  expect: Expected[];
  /** Why an ambiguous label was decided the way it was. */
  why?: string;
}

/* ------------------------------------------------------------------ notebooks */

interface Cell {
  code?: string;
  md?: string;
  /** Printed output of a code cell: not code, so never a reference. */
  out?: string;
}

// Real nbformat 4 JSON as Jupyter and Colab save it: indent 1, one source line per JSON line.
function notebook(style: "colab" | "kaggle", cells: Cell[]): string {
  let n = 0;
  const lines = (s: string) => {
    const parts = s.split("\n");
    return parts.map((p, i) => (i < parts.length - 1 ? `${p}\n` : p));
  };
  const json = {
    cells: cells.map((c) => {
      n += 1;
      const meta =
        style === "colab"
          ? { id: `c${n.toString(36)}Xq${n * 7}` }
          : { trusted: true, execution: { "iopub.status.idle": `2024-05-02T10:1${n % 10}:00.000Z` } };
      if (c.md !== undefined) return { cell_type: "markdown", metadata: meta, source: lines(c.md) };
      return {
        cell_type: "code",
        execution_count: c.out ? n : null,
        metadata: meta,
        outputs: c.out ? [{ name: "stdout", output_type: "stream", text: lines(c.out) }] : [],
        source: lines(c.code ?? ""),
      };
    }),
    metadata:
      style === "colab"
        ? {
            accelerator: "GPU",
            colab: { gpuType: "T4", provenance: [] },
            kernelspec: { display_name: "Python 3", name: "python3" },
            language_info: { name: "python" },
          }
        : {
            kaggle: {
              accelerator: "nvidiaTeslaT4",
              dataSources: [{ sourceId: 7391441, sourceType: "datasetVersion", datasetId: 4289131 }],
              isGpuEnabled: true,
              isInternetEnabled: true,
              language: "python",
              sourceType: "notebook",
            },
            kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
            language_info: { name: "python", version: "3.10.13" },
          },
    nbformat: 4,
    nbformat_minor: style === "colab" ? 0 : 4,
  };
  return `${JSON.stringify(json, null, 1)}\n`;
}

/* ---------------------------------------------------------------------- cases */

const CASES: Case[] = [
  /* ============================== TS / JS ============================== */
  {
    file: "web/src/workers/embed.worker.ts",
    type: "ts/js",
    text: `/// <reference lib="webworker" />
import { env, pipeline, type FeatureExtractionPipeline } from "@huggingface/transformers";

// Models come from the Hub CDN; nothing is bundled with the app.
env.allowLocalModels = false;
env.localModelPath = "/models/";

type Progress = { status: string; file?: string; progress?: number };

class EmbedderSingleton {
  static task = "feature-extraction" as const;
  static model = "Xenova/all-MiniLM-L6-v2";
  static instance: Promise<FeatureExtractionPipeline> | null = null;

  static get(onProgress: (p: Progress) => void) {
    if (this.instance === null) {
      this.instance = pipeline(this.task, this.model, {
        dtype: "q8",
        device: "webgpu",
        progress_callback: onProgress,
      }) as Promise<FeatureExtractionPipeline>;
    }
    return this.instance;
  }
}

self.addEventListener("message", async (event: MessageEvent<{ id: number; texts: string[] }>) => {
  const extractor = await EmbedderSingleton.get((p) => self.postMessage({ type: "progress", ...p }));
  const output = await extractor(event.data.texts, { pooling: "mean", normalize: true });
  self.postMessage({ type: "result", id: event.data.id, vectors: output.tolist() });
});
`,
    expect: [{ kind: "hf-model", id: "Xenova/all-MiniLM-L6-v2", at: "static model =" }],
  },
  {
    file: "app/api/chat/route.ts",
    type: "ts/js",
    text: `import { HfInference } from "@huggingface/inference";
import { NextResponse, type NextRequest } from "next/server";

export const runtime = "edge";

const hf = new HfInference(process.env.HF_TOKEN);
// Overridable per deployment; the default is what runs in preview environments.
const CHAT_MODEL = process.env.HF_CHAT_MODEL ?? "meta-llama/Meta-Llama-3-8B-Instruct";

type ChatMessage = { role: "system" | "user" | "assistant"; content: string };

export async function POST(req: NextRequest) {
  const { messages } = (await req.json()) as { messages: ChatMessage[] };
  if (!Array.isArray(messages) || messages.length === 0) {
    return NextResponse.json({ error: "messages must be a non-empty array" }, { status: 400 });
  }

  const stream = hf.chatCompletionStream({
    model: CHAT_MODEL,
    messages: [{ role: "system", content: "You are a concise support assistant." }, ...messages],
    max_tokens: 512,
    temperature: 0.3,
  });

  const encoder = new TextEncoder();
  const body = new ReadableStream({
    async start(controller) {
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content;
        if (delta) controller.enqueue(encoder.encode(delta));
      }
      controller.close();
    },
  });
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
`,
    expect: [{ kind: "hf-model", id: "meta-llama/Meta-Llama-3-8B-Instruct", at: "const CHAT_MODEL" }],
    why: "the literal fallback of an env override is the model that runs by default",
  },
  {
    file: "scripts/summarize.mjs",
    type: "ts/js",
    text: `#!/usr/bin/env node
// Summarizes release notes before they are posted to the changelog channel.
import { readFile } from "node:fs/promises";
import process from "node:process";

const API_URL = "https://api-inference.huggingface.co/models/facebook/bart-large-cnn";
const token = process.env.HF_API_TOKEN;

if (!token) {
  console.error("HF_API_TOKEN is not set");
  process.exit(1);
}

const file = process.argv[2] ?? "CHANGELOG.md";
const text = await readFile(file, "utf8");

async function summarize(input, attempt = 1) {
  const res = await fetch(API_URL, {
    method: "POST",
    headers: { Authorization: "Bearer " + token, "Content-Type": "application/json" },
    body: JSON.stringify({ inputs: input.slice(0, 4000), parameters: { max_length: 180 } }),
  });
  if (res.status === 503 && attempt < 5) {
    // the model is loading; the API says how long to wait
    const { estimated_time = 10 } = await res.json();
    await new Promise((r) => setTimeout(r, estimated_time * 1000));
    return summarize(input, attempt + 1);
  }
  if (!res.ok) throw new Error("inference failed: " + res.status);
  const [{ summary_text }] = await res.json();
  return summary_text;
}

console.log(await summarize(text));
`,
    expect: [{ kind: "hf-model", id: "facebook/bart-large-cnn", at: "const API_URL" }],
    why: "the serverless Inference API URL names the model it runs",
  },
  {
    file: "src/lib/transcribe.ts",
    type: "ts/js",
    text: `import {
  AutoProcessor,
  MoonshineForConditionalGeneration,
  pipeline,
  type AutomaticSpeechRecognitionPipeline,
} from "@huggingface/transformers";

let transcriber: AutomaticSpeechRecognitionPipeline | undefined;

export async function getTranscriber() {
  transcriber ??= (await pipeline(
    "automatic-speech-recognition",
    "onnx-community/whisper-base",
    {
      dtype: { encoder_model: "fp32", decoder_model_merged: "q4" },
      device: "webgpu",
    },
  )) as AutomaticSpeechRecognitionPipeline;
  return transcriber;
}

// Moonshine is faster on short clips; used for push-to-talk.
export async function loadMoonshine() {
  const processor = await AutoProcessor.from_pretrained("onnx-community/moonshine-base-ONNX");
  const model = await MoonshineForConditionalGeneration.from_pretrained(
    "onnx-community/moonshine-base-ONNX",
    { dtype: "q4" },
  );
  return { processor, model };
}

export async function transcribe(audio: Float32Array, language = "english") {
  const asr = await getTranscriber();
  const result = await asr(audio, { language, chunk_length_s: 30, stride_length_s: 5 });
  return Array.isArray(result) ? result.map((r) => r.text).join(" ") : result.text;
}
`,
    expect: [
      { kind: "hf-model", id: "onnx-community/whisper-base", at: '"onnx-community/whisper-base"' },
      { kind: "hf-model", id: "onnx-community/moonshine-base-ONNX", at: "AutoProcessor.from_pretrained(" },
      {
        kind: "hf-model",
        id: "onnx-community/moonshine-base-ONNX",
        at: '    "onnx-community/moonshine-base-ONNX",',
      },
    ],
  },
  {
    file: "src/components/ImageTagger.vue",
    type: "ts/js",
    text: `<script setup lang="ts">
import { ref, onMounted } from "vue";
import { pipeline, RawImage } from "@xenova/transformers";

const labels = ref<string[]>(["cat", "dog", "car", "beach", "mountain"]);
const results = ref<{ label: string; score: number }[]>([]);
const busy = ref(true);
let classify: ((img: RawImage, labels: string[]) => Promise<any>) | null = null;

onMounted(async () => {
  classify = await pipeline("zero-shot-image-classification", "Xenova/clip-vit-base-patch32");
  busy.value = false;
});

async function onFile(e: Event) {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (!file || !classify) return;
  const image = await RawImage.fromURL(URL.createObjectURL(file));
  results.value = await classify(image, labels.value);
}
</script>

<template>
  <section class="tagger">
    <input type="file" accept="image/png,image/jpeg" :disabled="busy" @change="onFile" />
    <ul>
      <li v-for="r in results" :key="r.label">{{ r.label }}: {{ (r.score * 100).toFixed(1) }}%</li>
    </ul>
    <p class="hint">
      Inspired by the
      <a href="https://huggingface.co/spaces/Xenova/webgpu-clip" target="_blank">WebGPU CLIP demo</a>.
    </p>
  </section>
</template>

<style scoped>
.tagger { display: grid; gap: 0.75rem; }
.hint { color: #667; font-size: 0.85rem; }
</style>
`,
    expect: [{ kind: "hf-model", id: "Xenova/clip-vit-base-patch32", at: "zero-shot-image-classification" }],
  },
  {
    file: "src/routes/summarize/+page.svelte",
    type: "ts/js",
    text: `<script lang="ts">
  import { onDestroy, onMount } from 'svelte';
  import SummaryWorker from '$lib/workers/summary.worker?worker';

  let worker: Worker;
  let input = '';
  let summary = '';
  let loading = false;
  let progress = 0;

  onMount(() => {
    worker = new SummaryWorker();
    worker.onmessage = (e) => {
      if (e.data.status === 'progress') progress = e.data.progress ?? progress;
      if (e.data.status === 'done') {
        summary = e.data.output[0].summary_text;
        loading = false;
      }
    };
  });

  onDestroy(() => worker?.terminate());

  function run() {
    loading = true;
    worker.postMessage({ model: 'Xenova/distilbart-cnn-6-6', text: input, max_new_tokens: 120 });
  }
</script>

<h1>Summarize</h1>
<textarea bind:value={input} rows="10" placeholder="Paste an article" />
<button on:click={run} disabled={loading || !input}>Summarize</button>
{#if loading}<progress max="100" value={progress} />{/if}
<p>{summary}</p>
<footer>
  Runs <a href="https://huggingface.co/Xenova/distilbart-cnn-6-6">distilbart-cnn-6-6</a> in your browser.
</footer>
`,
    expect: [
      { kind: "hf-model", id: "Xenova/distilbart-cnn-6-6", at: "worker.postMessage" },
      { kind: "hf-model", id: "Xenova/distilbart-cnn-6-6", at: "<a href=" },
    ],
  },
  {
    file: "supabase/functions/embed/index.ts",
    type: "ts/js",
    text: `// Supabase Edge Function (Deno): embeds a row's content on insert.
import { createClient } from "jsr:@supabase/supabase-js@2";
import { env, pipeline } from "https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.0.2";

env.useBrowserCache = false;
env.allowLocalModels = false;

const extractor = await pipeline("feature-extraction", "Supabase/gte-small");

const supabase = createClient(
  Deno.env.get("SUPABASE_URL")!,
  Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!,
);

interface InsertPayload {
  type: "INSERT";
  table: string;
  record: { id: number; content: string };
}

Deno.serve(async (req) => {
  const payload: InsertPayload = await req.json();
  const { id, content } = payload.record;
  const output = await extractor(content, { pooling: "mean", normalize: true });
  const embedding = Array.from(output.data as Float32Array);

  const { error } = await supabase.from(payload.table).update({ embedding }).eq("id", id);
  if (error) {
    console.error(error);
    return new Response(JSON.stringify({ error: error.message }), { status: 500 });
  }
  return new Response(null, { status: 204 });
});
`,
    expect: [{ kind: "hf-model", id: "Supabase/gte-small", at: "const extractor" }],
  },
  {
    file: "src/ai/models.ts",
    type: "ts/js",
    text: `import { createOpenAI } from "@ai-sdk/openai";
import { generateText, streamText } from "ai";

// Hugging Face's OpenAI-compatible router serves open models; OpenAI itself serves the fallback.
const hfRouter = createOpenAI({
  baseURL: "https://router.huggingface.co/v1",
  apiKey: process.env.HF_TOKEN,
});
const openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });

export const MODELS = {
  fast: "Qwen/Qwen2.5-7B-Instruct",
  reasoning: "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
  fallback: "gpt-4o-mini",
} as const;

export type Tier = keyof typeof MODELS;

export function modelFor(tier: Tier) {
  return tier === "fallback" ? openai(MODELS.fallback) : hfRouter(MODELS[tier]);
}

export async function answer(question: string, tier: Tier = "fast") {
  const { text } = await generateText({
    model: modelFor(tier),
    system: "Answer in at most three sentences.",
    prompt: question,
  });
  return text;
}

export function streamAnswer(question: string) {
  return streamText({ model: modelFor("reasoning"), prompt: question });
}
`,
    expect: [
      { kind: "hf-model", id: "Qwen/Qwen2.5-7B-Instruct", at: "fast:" },
      { kind: "hf-model", id: "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", at: "reasoning:" },
    ],
    why: "a registry of Hub ids served through the HF router; gpt-4o-mini is not a Hub id",
  },
  {
    file: "bin/fetch-assets.js",
    type: "ts/js",
    text: `#!/usr/bin/env node
"use strict";
// Downloads the quantized model and the eval set into ./cache before the desktop build.
const { downloadFile, listFiles } = require("@huggingface/hub");
const fs = require("node:fs");
const path = require("node:path");
const { pipeline: pump } = require("node:stream/promises");

const CACHE = path.join(__dirname, "..", "cache");

async function main() {
  fs.mkdirSync(CACHE, { recursive: true });
  const accessToken = process.env.HF_TOKEN;

  const blob = await downloadFile({
    repo: "TheBloke/Mistral-7B-Instruct-v0.2-GGUF",
    path: "mistral-7b-instruct-v0.2.Q4_K_M.gguf",
    revision: "3a6fbf4a41a1d52e415a4958cde6856d34b2db93",
    accessToken,
  });
  await pump(blob.stream(), fs.createWriteStream(path.join(CACHE, "model.gguf")));

  for await (const file of listFiles({
    repo: { type: "dataset", name: "openai/gsm8k" },
    path: "main",
    accessToken,
  })) {
    console.log("eval file:", file.path, file.size);
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
`,
    expect: [
      {
        kind: "hf-model",
        id: "TheBloke/Mistral-7B-Instruct-v0.2-GGUF",
        at: "TheBloke/Mistral",
        revision: "3a6fbf4a41a1d52e415a4958cde6856d34b2db93",
      },
      { kind: "hf-dataset", id: "openai/gsm8k", at: "openai/gsm8k" },
    ],
    why: "@huggingface/hub downloadFile/listFiles name the repo they fetch; the pinned revision is part of it",
  },
  {
    file: "src/search/embeddings.ts",
    type: "ts/js",
    text: `import { HuggingFaceTransformersEmbeddings } from "@langchain/community/embeddings/hf_transformers";
import { HuggingFaceInferenceEmbeddings } from "@langchain/community/embeddings/hf";
import { MemoryVectorStore } from "langchain/vectorstores/memory";
import type { Document } from "@langchain/core/documents";

// Local embeddings for the offline desktop build, the hosted API on the server.
export function makeEmbeddings(offline: boolean) {
  if (offline) {
    return new HuggingFaceTransformersEmbeddings({
      model: "Xenova/bge-small-en-v1.5",
    });
  }
  return new HuggingFaceInferenceEmbeddings({
    apiKey: process.env.HUGGINGFACEHUB_API_KEY,
    model: "sentence-transformers/all-mpnet-base-v2",
  });
}

export async function buildStore(docs: Document[], offline = false) {
  const store = await MemoryVectorStore.fromDocuments(docs, makeEmbeddings(offline));
  return store;
}

export async function search(store: MemoryVectorStore, query: string, k = 4) {
  const hits = await store.similaritySearchWithScore(query, k);
  return hits
    .filter(([, score]) => score > 0.35)
    .map(([doc, score]) => ({ source: doc.metadata.source as string, score }));
}
`,
    expect: [
      { kind: "hf-model", id: "Xenova/bge-small-en-v1.5", at: "Xenova/bge-small" },
      { kind: "hf-model", id: "sentence-transformers/all-mpnet-base-v2", at: "all-mpnet-base-v2" },
    ],
  },

  /* ============================== notebooks ============================== */
  {
    file: "notebooks/imdb_finetune.ipynb",
    type: "notebook",
    text: notebook("colab", [
      { md: "# Fine-tuning DistilBERT on IMDb\nRuns on a free T4 in about 20 minutes." },
      { code: "!pip install -q transformers datasets evaluate accelerate" },
      {
        code: 'from datasets import load_dataset\n\nimdb = load_dataset("imdb")\nimdb["test"][0]',
        out: "Downloading readme: 100%|██████████| 7.81k/7.81k\n",
      },
      {
        code: 'from transformers import AutoTokenizer\n\ntokenizer = AutoTokenizer.from_pretrained("distilbert-base-uncased")\n\ndef preprocess(batch):\n    return tokenizer(batch["text"], truncation=True)\n\ntokenized = imdb.map(preprocess, batched=True)',
      },
      {
        code: 'from transformers import AutoModelForSequenceClassification, TrainingArguments, Trainer\n\nid2label = {0: "NEGATIVE", 1: "POSITIVE"}\nlabel2id = {"NEGATIVE": 0, "POSITIVE": 1}\nmodel = AutoModelForSequenceClassification.from_pretrained(\n    "distilbert-base-uncased", num_labels=2, id2label=id2label, label2id=label2id\n)',
        out: "Some weights of DistilBertForSequenceClassification were not initialized from the model checkpoint at distilbert-base-uncased and are newly initialized\n",
      },
      {
        code: 'args = TrainingArguments(\n    output_dir="my_awesome_model",\n    learning_rate=2e-5,\n    per_device_train_batch_size=16,\n    num_train_epochs=2,\n    eval_strategy="epoch",\n    push_to_hub=True,\n    hub_model_id="jdoe-ml/distilbert-imdb-sentiment",\n)\ntrainer = Trainer(model=model, args=args, train_dataset=tokenized["train"], eval_dataset=tokenized["test"], tokenizer=tokenizer)\ntrainer.train()',
      },
      { code: "trainer.push_to_hub()" },
    ]),
    expect: [
      { kind: "hf-dataset", id: "imdb", at: "load_dataset(" },
      { kind: "hf-model", id: "distilbert-base-uncased", at: "AutoTokenizer.from_pretrained(" },
      { kind: "hf-model", id: "distilbert-base-uncased", at: "num_labels=2" },
    ],
    why: "hub_model_id is where this notebook publishes, not a model it brings in; the output text is not code",
  },
  {
    file: "notebooks/sd_pixel_art.ipynb",
    type: "notebook",
    text: notebook("colab", [
      { md: "## Pixel-art images with Stable Diffusion + a LoRA" },
      { code: "%pip install --quiet diffusers transformers accelerate peft" },
      {
        code: 'import torch\nfrom diffusers import StableDiffusionPipeline, DPMSolverMultistepScheduler\n\npipe = StableDiffusionPipeline.from_pretrained(\n    "runwayml/stable-diffusion-v1-5",\n    revision="fp16",\n    torch_dtype=torch.float16,\n    safety_checker=None,\n).to("cuda")\npipe.scheduler = DPMSolverMultistepScheduler.from_config(pipe.scheduler.config)',
      },
      {
        code: 'pipe.load_lora_weights("nerijs/pixel-art-xl", weight_name="pixel-art-xl.safetensors", adapter_name="pixel")\npipe.set_adapters(["pixel"], adapter_weights=[0.8])',
      },
      {
        code: 'prompt = "pixel art, a cozy cabin in a snowy forest, 16-bit"\nimage = pipe(prompt, num_inference_steps=25, guidance_scale=7.0).images[0]\nimage.save("outputs/cabin.png")\nimage',
      },
    ]),
    expect: [
      {
        kind: "hf-model",
        id: "runwayml/stable-diffusion-v1-5",
        at: "runwayml/stable-diffusion-v1-5",
        revision: "fp16",
      },
      { kind: "hf-model", id: "nerijs/pixel-art-xl", at: "load_lora_weights" },
    ],
    why: "load_lora_weights downloads an adapter from the Hub: its license applies",
  },
  {
    file: "notebooks/kaggle-llm-detect.ipynb",
    type: "notebook",
    text: notebook("kaggle", [
      {
        md: "# LLM - Detect AI Generated Text\nBaseline: small instruct model as a judge, offline (internet off at submission).",
      },
      {
        code: "import os\nimport pandas as pd\nimport kagglehub\n\ntrain = pd.read_csv('/kaggle/input/llm-detect-ai-generated-text/train_essays.csv')\nprint(train.shape)",
        out: "(1378, 4)\n",
      },
      {
        code: "gemma_path = kagglehub.model_download('google/gemma/transformers/2b-it/3')\nprint(gemma_path)",
      },
      {
        code: "from huggingface_hub import hf_hub_download\n\ngguf = hf_hub_download(\n    repo_id='Qwen/Qwen2.5-0.5B-Instruct-GGUF',\n    filename='qwen2.5-0.5b-instruct-q4_k_m.gguf',\n    local_dir='/kaggle/working/models',\n)",
      },
      {
        code: "from sentence_transformers import SentenceTransformer\n\nencoder = SentenceTransformer('/kaggle/input/all-mpnet-base-v2/all-mpnet-base-v2')\nemb = encoder.encode(train['text'].tolist(), batch_size=64, show_progress_bar=True)",
      },
      {
        code: "sub = pd.read_csv('/kaggle/input/llm-detect-ai-generated-text/sample_submission.csv')\nsub['generated'] = 0.5\nsub.to_csv('submission.csv', index=False)",
      },
    ]),
    expect: [{ kind: "hf-model", id: "Qwen/Qwen2.5-0.5B-Instruct-GGUF", at: "repo_id='Qwen" }],
    why: "kagglehub handles are Kaggle Models, not Hub ids; /kaggle/input paths are local",
  },
  {
    file: "notebooks/rag_langchain.ipynb",
    type: "notebook",
    text: notebook("colab", [
      { md: "# Simple RAG over a blog post\nEmbeddings locally, generation through an Inference Endpoint." },
      { code: "!pip install -qU langchain langchain-community langchain-huggingface faiss-cpu bs4" },
      {
        code: 'from langchain_community.document_loaders import WebBaseLoader\nfrom langchain_text_splitters import RecursiveCharacterTextSplitter\n\ndocs = WebBaseLoader("https://lilianweng.github.io/posts/2023-06-23-agent/").load()\nchunks = RecursiveCharacterTextSplitter(chunk_size=800, chunk_overlap=100).split_documents(docs)\nlen(chunks)',
        out: "66\n",
      },
      {
        code: 'from langchain_huggingface import HuggingFaceEmbeddings\nfrom langchain_community.vectorstores import FAISS\n\nembeddings = HuggingFaceEmbeddings(model_name="sentence-transformers/all-MiniLM-L6-v2")\nvectorstore = FAISS.from_documents(chunks, embeddings)\nretriever = vectorstore.as_retriever(search_kwargs={"k": 4})',
      },
      {
        code: 'from langchain_huggingface import HuggingFaceEndpoint, ChatHuggingFace\n\nllm = HuggingFaceEndpoint(\n    repo_id="mistralai/Mistral-7B-Instruct-v0.3",\n    max_new_tokens=512,\n    temperature=0.1,\n)\nchat = ChatHuggingFace(llm=llm)',
      },
      {
        code: 'question = "What is task decomposition?"\ncontext = "\\n\\n".join(d.page_content for d in retriever.invoke(question))\nprint(chat.invoke(f"Context:\\n{context}\\n\\nQuestion: {question}").content)',
      },
    ]),
    expect: [
      {
        kind: "hf-model",
        id: "sentence-transformers/all-MiniLM-L6-v2",
        at: "HuggingFaceEmbeddings(model_name",
      },
      { kind: "hf-model", id: "mistralai/Mistral-7B-Instruct-v0.3", at: "repo_id=" },
    ],
  },
  {
    file: "notebooks/whisper_long_form.ipynb",
    type: "notebook",
    text: notebook("colab", [
      { md: "# Long-form transcription with Whisper large-v3" },
      {
        code: 'import torch\nfrom transformers import pipeline\n\ndevice = "cuda:0" if torch.cuda.is_available() else "cpu"\nasr = pipeline(\n    "automatic-speech-recognition",\n    model="openai/whisper-large-v3",\n    torch_dtype=torch.float16,\n    chunk_length_s=30,\n    batch_size=8,\n    device=device,\n)',
      },
      {
        code: 'from datasets import load_dataset\n\nds = load_dataset("distil-whisper/librispeech_long", "clean", split="validation")\nsample = ds[0]["audio"]',
      },
      {
        code: 'result = asr(sample.copy(), return_timestamps=True, generate_kwargs={"language": "english"})\nfor chunk in result["chunks"][:5]:\n    print(chunk["timestamp"], chunk["text"])',
        out: "(0.0, 6.2)  Mister Quilter is the apostle of the middle classes\n",
      },
    ]),
    expect: [
      { kind: "hf-model", id: "openai/whisper-large-v3", at: 'model=\\"openai/whisper-large-v3' },
      { kind: "hf-dataset", id: "distil-whisper/librispeech_long", at: "distil-whisper/librispeech_long" },
    ],
  },
  {
    file: "notebooks/llama3-unsloth-kaggle.ipynb",
    type: "notebook",
    text: notebook("kaggle", [
      { md: "## Llama-3 8B QLoRA with Unsloth (2x T4)" },
      {
        code: '%%capture\n!pip install "unsloth[kaggle-new] @ git+https://github.com/unslothai/unsloth.git"\n!pip install --no-deps xformers trl peft accelerate bitsandbytes',
      },
      {
        code: 'from unsloth import FastLanguageModel\nimport torch\n\nmax_seq_length = 2048\nmodel, tokenizer = FastLanguageModel.from_pretrained(\n    model_name = "unsloth/llama-3-8b-bnb-4bit",\n    max_seq_length = max_seq_length,\n    dtype = None,\n    load_in_4bit = True,\n)',
      },
      {
        code: 'model = FastLanguageModel.get_peft_model(\n    model, r = 16, lora_alpha = 16, lora_dropout = 0,\n    target_modules = ["q_proj", "k_proj", "v_proj", "o_proj"],\n    use_gradient_checkpointing = "unsloth",\n)',
      },
      {
        code: 'from datasets import load_dataset\ndataset = load_dataset("yahma/alpaca-cleaned", split = "train")',
      },
      {
        code: 'model.save_pretrained("lora_model")\ntokenizer.save_pretrained("lora_model")\n# model.push_to_hub_gguf("hf/model", tokenizer, quantization_method = "q4_k_m")',
      },
    ]),
    expect: [
      { kind: "hf-model", id: "unsloth/llama-3-8b-bnb-4bit", at: "model_name = " },
      { kind: "hf-dataset", id: "yahma/alpaca-cleaned", at: "yahma/alpaca-cleaned" },
    ],
    why: '"hf/model" is a commented-out push destination placeholder; git+https GitHub pip installs are packages',
  },
  {
    file: "notebooks/vision_backbones.ipynb",
    type: "notebook",
    text: notebook("colab", [
      { md: "# Comparing vision backbones for linear probing" },
      { code: "!pip install -q timm open_clip_torch" },
      {
        code: "import timm, torch\n\nvit = timm.create_model(\n    'hf-hub:timm/vit_base_patch16_224.augreg2_in21k_ft_in1k', pretrained=True, num_classes=0\n)\nresnet = timm.create_model('resnet50', pretrained=True, num_classes=0)",
      },
      {
        code: "import open_clip\n\nclip, _, preprocess = open_clip.create_model_and_transforms('hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K')\ntokenizer = open_clip.get_tokenizer('ViT-B-32')",
      },
      {
        code: "dino = torch.hub.load('facebookresearch/dino:main', 'dino_vits16')\ndino.eval()",
        out: 'Downloading: "https://github.com/facebookresearch/dino/zipball/main" to /root/.cache/torch/hub/main.zip\n',
      },
      {
        code: "feats = {}\nfor name, m in {'vit': vit, 'resnet': resnet, 'dino': dino}.items():\n    feats[name] = m(torch.randn(2, 3, 224, 224)).shape\nfeats",
      },
    ]),
    expect: [
      { kind: "hf-model", id: "timm/vit_base_patch16_224.augreg2_in21k_ft_in1k", at: "hf-hub:timm/" },
      { kind: "hf-model", id: "laion/CLIP-ViT-B-32-laion2B-s34B-b79K", at: "hf-hub:laion/" },
      { kind: "github-repo", id: "facebookresearch/dino", at: "torch.hub.load(", revision: "main" },
    ],
    why:
      "timm 'resnet50' and open_clip 'ViT-B-32' are library architecture names, not Hub ids as written; " +
      "':main' is a revision as written (relabelled after the first run, and back to the first label in stop 11)",
  },
  {
    file: "notebooks/local_llm_gradio.ipynb",
    type: "notebook",
    text: notebook("colab", [
      { md: "# Chat with a local GGUF model (llama.cpp) in Gradio" },
      {
        code: '!CMAKE_ARGS="-DGGML_CUDA=on" pip install -q llama-cpp-python gradio\n!huggingface-cli download TheBloke/zephyr-7B-beta-GGUF zephyr-7b-beta.Q4_K_M.gguf --local-dir . --local-dir-use-symlinks False',
      },
      {
        code: "!wget -q https://huggingface.co/TheBloke/Llama-2-7B-Chat-GGUF/resolve/main/llama-2-7b-chat.Q4_K_M.gguf -O llama2.gguf",
      },
      {
        code: 'from llama_cpp import Llama\n\nsmall = Llama.from_pretrained(\n    repo_id="bartowski/Llama-3.2-3B-Instruct-GGUF",\n    filename="*Q4_K_M.gguf",\n    n_ctx=4096,\n)\nzephyr = Llama(model_path="./zephyr-7b-beta.Q4_K_M.gguf", n_gpu_layers=-1)',
      },
      {
        code: 'import gradio as gr\n\ndef respond(message, history):\n    out = small.create_chat_completion(messages=[{"role": "user", "content": message}])\n    return out["choices"][0]["message"]["content"]\n\ngr.ChatInterface(respond).launch(share=True)',
      },
    ]),
    expect: [
      { kind: "hf-model", id: "TheBloke/zephyr-7B-beta-GGUF", at: "huggingface-cli download" },
      { kind: "hf-model", id: "TheBloke/Llama-2-7B-Chat-GGUF", at: "!wget", revision: "main" },
      { kind: "hf-model", id: "bartowski/Llama-3.2-3B-Instruct-GGUF", at: "repo_id=" },
    ],
    why: "resolve/main is a revision as written (relabelled after the first run, and back to the first label in stop 11)",
  },

  /* ============================== Python ============================== */
  {
    file: "config/settings.py",
    type: "python",
    text: `"""Django settings for the helpdesk project."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")
TIME_ZONE = "Europe/Amsterdam"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "tickets.apps.TicketsConfig",
    "search.apps.SearchConfig",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "helpdesk"),
        "HOST": os.environ.get("POSTGRES_HOST", "db"),
    }
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://redis:6379/0")
STATIC_URL = "static/"
TEMPLATES_DIR = BASE_DIR / "templates/helpdesk"

# Semantic search over tickets (search/apps.py loads these once per worker).
SEARCH_EMBEDDING_MODEL = os.environ.get("SEARCH_EMBEDDING_MODEL", "BAAI/bge-base-en-v1.5")
SEARCH_RERANK_MODEL = "cross-encoder/ms-marco-MiniLM-L-6-v2"
SEARCH_TOP_K = int(os.environ.get("SEARCH_TOP_K", "20"))
`,
    expect: [
      { kind: "hf-model", id: "BAAI/bge-base-en-v1.5", at: "SEARCH_EMBEDDING_MODEL =" },
      { kind: "hf-model", id: "cross-encoder/ms-marco-MiniLM-L-6-v2", at: "SEARCH_RERANK_MODEL =" },
    ],
    why: "settings named *_MODEL holding Hub ids are the models the app loads; Europe/Amsterdam is a time zone",
  },
  {
    file: "sentiment_service/app.py",
    type: "python",
    text: `from flask import Flask, jsonify, request
from transformers import AutoTokenizer, pipeline

app = Flask(__name__)

# Loaded once at import so gunicorn's preload shares the weights between workers.
MODEL = "cardiffnlp/twitter-roberta-base-sentiment-latest"
tokenizer = AutoTokenizer.from_pretrained("cardiffnlp/twitter-roberta-base-sentiment-latest")
classifier = pipeline(
    "sentiment-analysis",
    model=MODEL,
    tokenizer=tokenizer,
    top_k=None,
    truncation=True,
)


@app.get("/healthz")
def healthz():
    return {"ok": True}


@app.post("/api/v1/sentiment")
def sentiment():
    payload = request.get_json(silent=True) or {}
    texts = payload.get("texts")
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        return jsonify(error="texts must be a list of strings"), 400
    scores = classifier(texts[:64])
    return jsonify(
        results=[{s["label"]: round(s["score"], 4) for s in row} for row in scores],
        model=MODEL,
    )


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(__import__("os").environ.get("PORT", 8080)))
`,
    expect: [
      { kind: "hf-model", id: "cardiffnlp/twitter-roberta-base-sentiment-latest", at: 'MODEL = "' },
      {
        kind: "hf-model",
        id: "cardiffnlp/twitter-roberta-base-sentiment-latest",
        at: "AutoTokenizer.from_pretrained(",
      },
    ],
  },
  {
    file: "translate_cli/main.py",
    type: "python",
    text: `"""Batch-translate a CSV column with a MarianMT model."""

from pathlib import Path

import pandas as pd
import typer
from rich.progress import track
from transformers import MarianMTModel, MarianTokenizer

app = typer.Typer(add_completion=False)


@app.command()
def translate(
    src: Path = typer.Argument(..., exists=True, help="Input CSV"),
    column: str = typer.Option("text", "--column", "-c"),
    model: str = typer.Option("Helsinki-NLP/opus-mt-en-de", "--model", "-m", help="Hub id of a Marian model"),
    batch_size: int = typer.Option(16, "--batch-size"),
    out: Path = typer.Option(Path("translated.csv"), "--out", "-o"),
) -> None:
    tokenizer = MarianTokenizer.from_pretrained(model)
    mt = MarianMTModel.from_pretrained(model)
    df = pd.read_csv(src)
    rows = df[column].fillna("").tolist()
    result: list[str] = []
    for i in track(range(0, len(rows), batch_size), description="Translating"):
        batch = tokenizer(rows[i : i + batch_size], return_tensors="pt", padding=True, truncation=True)
        generated = mt.generate(**batch, max_new_tokens=256)
        result.extend(tokenizer.batch_decode(generated, skip_special_tokens=True))
    df[f"{column}_translated"] = result
    df.to_csv(out, index=False)
    typer.echo(f"wrote {len(result)} rows to {out}")


if __name__ == "__main__":
    app()
`,
    expect: [{ kind: "hf-model", id: "Helsinki-NLP/opus-mt-en-de", at: 'typer.Option("Helsinki-NLP' }],
    why: "the default of a --model option is what runs when the flag is omitted",
  },
  {
    file: "sdxl_render/cli.py",
    type: "python",
    text: `import click
import torch
from diffusers import AutoencoderKL, DiffusionPipeline, StableDiffusionXLImg2ImgPipeline


@click.command()
@click.argument("prompt")
@click.option("--model-id", default="stabilityai/stable-diffusion-xl-base-1.0", show_default=True)
@click.option("--refiner", default="stabilityai/stable-diffusion-xl-refiner-1.0", show_default=True)
@click.option("--vae", default="madebyollin/sdxl-vae-fp16-fix", show_default=True)
@click.option("--steps", default=30, type=int)
@click.option("--out", default="render.png", type=click.Path(dir_okay=False))
def main(prompt: str, model_id: str, refiner: str, vae: str, steps: int, out: str) -> None:
    """Render PROMPT with SDXL base + refiner."""
    fixed_vae = AutoencoderKL.from_pretrained(vae, torch_dtype=torch.float16)
    base = DiffusionPipeline.from_pretrained(
        model_id, vae=fixed_vae, torch_dtype=torch.float16, variant="fp16", use_safetensors=True
    ).to("cuda")
    ref = StableDiffusionXLImg2ImgPipeline.from_pretrained(
        refiner,
        text_encoder_2=base.text_encoder_2,
        vae=base.vae,
        torch_dtype=torch.float16,
        variant="fp16",
    ).to("cuda")
    latents = base(prompt=prompt, num_inference_steps=steps, denoising_end=0.8, output_type="latent").images
    image = ref(prompt=prompt, num_inference_steps=steps, denoising_start=0.8, image=latents).images[0]
    image.save(out)
    click.echo(f"saved {out}")


if __name__ == "__main__":
    main()
`,
    expect: [
      { kind: "hf-model", id: "stabilityai/stable-diffusion-xl-base-1.0", at: "--model-id" },
      { kind: "hf-model", id: "stabilityai/stable-diffusion-xl-refiner-1.0", at: "--refiner" },
      { kind: "hf-model", id: "madebyollin/sdxl-vae-fp16-fix", at: "--vae" },
    ],
    why: "each option default is passed to from_pretrained; the flag name alone does not say model, the Hub-shaped id and its use do",
  },
  {
    file: "dags/nightly_ticket_embeddings.py",
    type: "python",
    text: `from __future__ import annotations

import pendulum
from airflow.decorators import dag, task
from airflow.operators.bash import BashOperator
from airflow.providers.amazon.aws.hooks.s3 import S3Hook


@dag(
    schedule="@daily",
    start_date=pendulum.datetime(2024, 1, 1, tz="Europe/Berlin"),
    catchup=False,
    tags=["ml", "search"],
)
def nightly_ticket_embeddings():
    fetch_reranker = BashOperator(
        task_id="fetch_reranker",
        bash_command="huggingface-cli download BAAI/bge-reranker-base --local-dir /opt/models/reranker",
    )

    @task
    def export_tickets() -> str:
        hook = S3Hook(aws_conn_id="aws_default")
        key = "exports/tickets/{{ ds }}.parquet"
        hook.load_file("/tmp/tickets.parquet", key=key, bucket_name="helpdesk-ml")
        return key

    @task
    def embed(key: str) -> int:
        import pandas as pd
        from sentence_transformers import SentenceTransformer

        df = pd.read_parquet(f"s3://helpdesk-ml/{key}")
        model = SentenceTransformer("intfloat/multilingual-e5-large", device="cuda")
        vectors = model.encode(["passage: " + t for t in df["body"]], batch_size=64)
        return len(vectors)

    fetch_reranker >> embed(export_tickets())


nightly_ticket_embeddings()
`,
    expect: [
      { kind: "hf-model", id: "BAAI/bge-reranker-base", at: "bash_command=" },
      { kind: "hf-model", id: "intfloat/multilingual-e5-large", at: 'SentenceTransformer("intfloat' },
    ],
    why: "a huggingface-cli command inside a BashOperator string is a download all the same",
  },
  {
    file: "tests/test_tokenization.py",
    type: "python",
    text: `import pytest
from transformers import AutoModelForCausalLM, AutoTokenizer

from textkit.chunking import chunk_by_tokens


@pytest.fixture(scope="session")
def llama_tokenizer():
    return AutoTokenizer.from_pretrained("hf-internal-testing/llama-tokenizer")


@pytest.mark.parametrize(
    "model_id",
    [
        "hf-internal-testing/tiny-random-gpt2",
        "hf-internal-testing/tiny-random-LlamaForCausalLM",
    ],
)
def test_generation_smoke(model_id):
    tok = AutoTokenizer.from_pretrained(model_id)
    model = AutoModelForCausalLM.from_pretrained(model_id)
    out = model.generate(**tok("hello", return_tensors="pt"), max_new_tokens=3)
    assert out.shape[-1] >= 3


def test_chunks_respect_limit(llama_tokenizer):
    text = "word " * 1000
    chunks = chunk_by_tokens(text, llama_tokenizer, max_tokens=128)
    assert all(len(llama_tokenizer(c).input_ids) <= 128 for c in chunks)


def test_empty_input(llama_tokenizer, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    assert chunk_by_tokens("", llama_tokenizer, max_tokens=16) == []
`,
    expect: [
      { kind: "hf-model", id: "hf-internal-testing/llama-tokenizer", at: 'llama-tokenizer")' },
      { kind: "hf-model", id: "hf-internal-testing/tiny-random-gpt2", at: "tiny-random-gpt2" },
      {
        kind: "hf-model",
        id: "hf-internal-testing/tiny-random-LlamaForCausalLM",
        at: "tiny-random-LlamaForCausalLM",
      },
    ],
    why: "a parametrize list named model_id feeds from_pretrained; tests download them like anything else",
  },
  {
    file: "serve/llm_deployment.py",
    type: "python",
    text: `"""Ray Serve deployment of an instruct model behind a small JSON API."""

from fastapi import FastAPI
from pydantic import BaseModel
from ray import serve
from vllm import LLM, SamplingParams

api = FastAPI()


class GenerateRequest(BaseModel):
    prompt: str
    max_tokens: int = 256
    temperature: float = 0.7


@serve.deployment(ray_actor_options={"num_gpus": 1}, autoscaling_config={"min_replicas": 1, "max_replicas": 4})
@serve.ingress(api)
class Generator:
    def __init__(self) -> None:
        self.llm = LLM(
            model="mistralai/Mistral-7B-Instruct-v0.2",
            tensor_parallel_size=1,
            gpu_memory_utilization=0.9,
            max_model_len=8192,
        )

    @api.post("/generate")
    def generate(self, req: GenerateRequest) -> dict:
        params = SamplingParams(max_tokens=req.max_tokens, temperature=req.temperature)
        outputs = self.llm.generate([req.prompt], params)
        return {"text": outputs[0].outputs[0].text}


app = Generator.bind()
# serve run serve.llm_deployment:app --address auto
`,
    expect: [{ kind: "hf-model", id: "mistralai/Mistral-7B-Instruct-v0.2", at: 'model="mistralai' }],
  },
  {
    file: "modal_app/vllm_server.py",
    type: "python",
    text: `import modal

MODEL_NAME = "NousResearch/Meta-Llama-3-8B-Instruct"
MODEL_REVISION = "b1532e4dee724d9ba63fe17496f298254d87ca64"
MODEL_DIR = "/models/llama3"

volume = modal.Volume.from_name("llama3-weights", create_if_missing=True)

image = (
    modal.Image.debian_slim(python_version="3.11")
    .pip_install("vllm==0.6.3.post1", "huggingface_hub[hf_transfer]==0.26.2")
    .env({"HF_HUB_ENABLE_HF_TRANSFER": "1"})
)

app = modal.App("llama3-openai-compatible", image=image)


@app.function(volumes={MODEL_DIR: volume}, timeout=60 * 60, secrets=[modal.Secret.from_name("huggingface-secret")])
def download_model():
    from huggingface_hub import snapshot_download

    snapshot_download(
        MODEL_NAME,
        revision=MODEL_REVISION,
        local_dir=MODEL_DIR,
        ignore_patterns=["*.pt", "*.bin"],
    )
    volume.commit()


@app.function(gpu="A10G", volumes={MODEL_DIR: volume}, container_idle_timeout=300)
@modal.web_server(port=8000, startup_timeout=600)
def serve():
    import subprocess

    subprocess.Popen(
        f"python -m vllm.entrypoints.openai.api_server --model {MODEL_DIR} "
        f"--served-model-name {MODEL_NAME} --host 0.0.0.0 --port 8000",
        shell=True,
    )
`,
    expect: [
      {
        kind: "hf-model",
        id: "NousResearch/Meta-Llama-3-8B-Instruct",
        at: "MODEL_NAME = ",
        revision: "b1532e4dee724d9ba63fe17496f298254d87ca64",
      },
    ],
    why: "a module constant passed to snapshot_download with a pinned revision constant: the pin belongs to the reference",
  },
  {
    file: "agents/research_agent.py",
    type: "python",
    text: `"""A small research agent: web search + Python, with a hosted open model by default."""

import os

from smolagents import CodeAgent, DuckDuckGoSearchTool, InferenceClientModel, LiteLLMModel, VisitWebpageTool


def build_model(provider: str):
    if provider == "hf":
        return InferenceClientModel(model_id="Qwen/Qwen2.5-Coder-32B-Instruct", max_tokens=4096)
    if provider == "anthropic":
        return LiteLLMModel(model_id="anthropic/claude-3-5-sonnet-latest", api_key=os.environ["ANTHROPIC_API_KEY"])
    if provider == "ollama":
        return LiteLLMModel(model_id="ollama_chat/qwen2:7b", api_base="http://localhost:11434", num_ctx=8192)
    raise ValueError(f"unknown provider {provider!r}")


def run(question: str, provider: str = "hf") -> str:
    agent = CodeAgent(
        tools=[DuckDuckGoSearchTool(), VisitWebpageTool()],
        model=build_model(provider),
        additional_authorized_imports=["pandas", "numpy"],
        max_steps=8,
    )
    return agent.run(question)


if __name__ == "__main__":
    import sys

    print(run(" ".join(sys.argv[1:]) or "Summarize this week's top arXiv papers on retrieval"))
`,
    expect: [
      { kind: "hf-model", id: "Qwen/Qwen2.5-Coder-32B-Instruct", at: "InferenceClientModel(model_id" },
    ],
    why: "LiteLLM ids (anthropic/..., ollama_chat/...) name a provider route, not a Hub repository",
  },
  {
    file: "image_search/api.py",
    type: "python",
    text: `from functools import lru_cache

import torch
from fastapi import FastAPI, File, HTTPException, UploadFile
from PIL import Image
from pydantic import BaseModel, Field
from sentence_transformers import CrossEncoder
from transformers import CLIPModel, CLIPProcessor

app = FastAPI(title="catalog-search")


class Query(BaseModel):
    text: str = Field(..., min_length=1, max_length=512)
    candidates: list[str] = Field(default_factory=list)


@lru_cache(maxsize=1)
def clip():
    model = CLIPModel.from_pretrained("openai/clip-vit-base-patch32").eval()
    processor = CLIPProcessor.from_pretrained("openai/clip-vit-base-patch32")
    return model, processor


@lru_cache(maxsize=1)
def reranker():
    return CrossEncoder("cross-encoder/ms-marco-MiniLM-L-6-v2", max_length=512)


@app.post("/v1/embed/image")
async def embed_image(file: UploadFile = File(...)):
    if file.content_type not in {"image/png", "image/jpeg"}:
        raise HTTPException(415, "only image/png or image/jpeg")
    model, processor = clip()
    with torch.no_grad():
        inputs = processor(images=Image.open(file.file).convert("RGB"), return_tensors="pt")
        return {"vector": model.get_image_features(**inputs)[0].tolist()}


@app.post("/v1/rerank")
def rerank(q: Query):
    scores = reranker().predict([(q.text, c) for c in q.candidates])
    return sorted(zip(q.candidates, scores.tolist()), key=lambda p: -p[1])
`,
    expect: [
      { kind: "hf-model", id: "openai/clip-vit-base-patch32", at: "CLIPModel.from_pretrained(" },
      { kind: "hf-model", id: "openai/clip-vit-base-patch32", at: "CLIPProcessor.from_pretrained(" },
      { kind: "hf-model", id: "cross-encoder/ms-marco-MiniLM-L-6-v2", at: 'CrossEncoder("' },
    ],
  },

  /* ============================== YAML ============================== */
  {
    file: "configs/axolotl/llama2-qlora.yml",
    type: "yaml",
    text: `base_model: NousResearch/Llama-2-7b-hf
model_type: LlamaForCausalLM
tokenizer_type: LlamaTokenizer

load_in_8bit: false
load_in_4bit: true
strict: false

datasets:
  - path: mhenrichsen/alpaca_2k_test
    type: alpaca
dataset_prepared_path: last_run_prepared
val_set_size: 0.05
output_dir: ./outputs/qlora-out

adapter: qlora
lora_r: 32
lora_alpha: 16
lora_dropout: 0.05
lora_target_linear: true

sequence_len: 4096
sample_packing: true
pad_to_sequence_len: true

wandb_project: llama2-qlora
hub_model_id: acme-ml/llama2-7b-support-qlora

gradient_accumulation_steps: 4
micro_batch_size: 2
num_epochs: 3
optimizer: paged_adamw_32bit
lr_scheduler: cosine
learning_rate: 0.0002
bf16: auto
flash_attention: true
special_tokens:
  pad_token: "</s>"
`,
    expect: [
      { kind: "hf-model", id: "NousResearch/Llama-2-7b-hf", at: "base_model:" },
      { kind: "hf-dataset", id: "mhenrichsen/alpaca_2k_test", at: "- path:" },
    ],
    why: "axolotl datasets[].path is a Hub dataset it downloads; hub_model_id is the push destination",
  },
  {
    file: ".github/workflows/eval.yml",
    type: "yaml",
    text: `name: nightly-eval

on:
  schedule:
    - cron: "0 3 * * *"
  workflow_dispatch:

jobs:
  eval:
    runs-on: [self-hosted, gpu]
    env:
      HF_HUB_CACHE: /mnt/cache/hf
      HF_TOKEN: \${{ secrets.HF_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements-eval.txt "lm-eval[vllm]==0.4.5"
      - name: Smoke eval of the chat model
        run: python eval/run.py --model meta-llama/Llama-3.2-1B-Instruct --tasks hellaswag --limit 200
      - name: Pythia checkpoint regression
        run: >
          lm_eval --model hf
          --model_args pretrained=EleutherAI/pythia-160m,revision=step100000,dtype=float16
          --tasks lambada_openai --batch_size 16 --output_path results/pythia
      - uses: actions/upload-artifact@v4
        with:
          name: eval-results
          path: results/
`,
    expect: [
      { kind: "hf-model", id: "meta-llama/Llama-3.2-1B-Instruct", at: "--model meta-llama" },
      { kind: "hf-model", id: "EleutherAI/pythia-160m", at: "pretrained=EleutherAI", revision: "step100000" },
    ],
    why: "lm-eval's --model_args pretrained=...,revision=... is how every lm-eval user names the model and its revision",
  },
  {
    file: "deploy/kserve/inference-services.yaml",
    type: "yaml",
    text: `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: llama3-chat
  namespace: ml-serving
spec:
  predictor:
    model:
      modelFormat:
        name: huggingface
      args:
        - --model_name=llama3
        - --model_id=meta-llama/Meta-Llama-3-8B-Instruct
        - --backend=vllm
      env:
        - name: HF_TOKEN
          valueFrom:
            secretKeyRef:
              name: hf-secret
              key: HF_TOKEN
      resources:
        limits:
          nvidia.com/gpu: "1"
---
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: bert-fill-mask
  namespace: ml-serving
spec:
  predictor:
    model:
      modelFormat:
        name: huggingface
      storageUri: "hf://google-bert/bert-base-uncased"
      image: kserve/huggingfaceserver:v0.13.0
      resources:
        requests:
          cpu: "2"
          memory: 4Gi
`,
    expect: [
      { kind: "hf-model", id: "meta-llama/Meta-Llama-3-8B-Instruct", at: "--model_id=" },
      { kind: "hf-model", id: "google-bert/bert-base-uncased", at: "storageUri:" },
    ],
    why: "kserve/huggingfaceserver is a container image; nvidia.com/gpu a resource name",
  },
  {
    file: "charts/embeddings/values.yaml",
    type: "yaml",
    text: `# Default values for the text-embeddings-inference chart.
replicaCount: 2

image:
  repository: ghcr.io/huggingface/text-embeddings-inference
  tag: "cpu-1.5"
  pullPolicy: IfNotPresent

model:
  id: BAAI/bge-large-en-v1.5
  revision: refs/pr/5
  pooling: cls

extraArgs:
  - --max-batch-tokens
  - "16384"
  - --auto-truncate

service:
  type: ClusterIP
  port: 8080

resources:
  limits:
    cpu: "4"
    memory: 8Gi

nodeSelector:
  kubernetes.io/arch: amd64

podAnnotations:
  prometheus.io/scrape: "true"
  prometheus.io/path: /metrics
`,
    expect: [{ kind: "hf-model", id: "BAAI/bge-large-en-v1.5", at: "id: BAAI", revision: "refs/pr/5" }],
    why: "model.id with a sibling model.revision is the served model and its pin",
  },

  /* ============================== Markdown ============================== */
  {
    file: "README.md",
    type: "markdown",
    text: `# DocChat

Ask questions about your team's documents. Everything runs on your own GPU box.

## Models

| Role       | Model                                                                        | License      |
|------------|------------------------------------------------------------------------------|--------------|
| Chat       | [Llama 3.1 8B Instruct](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct) | Llama 3.1    |
| Embeddings | [bge-m3](https://huggingface.co/BAAI/bge-m3)                                  | MIT          |

Try the hosted demo at https://huggingface.co/spaces/acme/docchat-demo, and read
[how we picked the embedding model](https://huggingface.co/blog/mteb) for background.

## Quick start

\`\`\`bash
git clone https://github.com/acme/docchat && cd docchat
pip install -r requirements.txt
huggingface-cli download BAAI/bge-m3 --local-dir models/bge-m3
docker compose up -d
\`\`\`

Then open http://localhost:3000 and drop a PDF on the page.

## Configuration

Copy \`.env.example\` to \`.env\` and set \`HF_TOKEN\` (the chat model is gated).
See [docs/deployment.md](docs/deployment.md) for GPU sizing.
`,
    expect: [
      { kind: "hf-model", id: "meta-llama/Llama-3.1-8B-Instruct", at: "Llama 3.1 8B Instruct" },
      { kind: "hf-model", id: "BAAI/bge-m3", at: "[bge-m3]" },
      { kind: "hf-model", id: "BAAI/bge-m3", at: "huggingface-cli download" },
    ],
    why: "the Space and blog links are not references; github.com/acme/docchat is the project itself",
  },
  {
    file: "model/README.md",
    type: "markdown",
    text: `---
license: apache-2.0
base_model: mistralai/Mistral-7B-v0.1
tags:
  - alignment-handbook
  - trl
  - dpo
datasets:
  - HuggingFaceH4/ultrachat_200k
  - HuggingFaceH4/ultrafeedback_binarized
language:
  - en
pipeline_tag: text-generation
model-index:
  - name: support-7b-dpo
    results: []
---

# support-7b-dpo

This model is a fine-tuned version of [mistralai/Mistral-7B-v0.1](https://huggingface.co/mistralai/Mistral-7B-v0.1),
first with SFT on UltraChat and then with DPO on UltraFeedback, following the alignment handbook recipe.

## Intended uses

Customer-support drafting in English. Not evaluated for safety-critical use.

## Training hyperparameters

- learning_rate: 5e-07
- train_batch_size: 8
- seed: 42
- distributed_type: multi-GPU (8x A100 80GB)
- optimizer: Adam with betas=(0.9,0.999) and epsilon=1e-08
- num_epochs: 1
`,
    expect: [
      { kind: "hf-model", id: "mistralai/Mistral-7B-v0.1", at: "base_model:" },
      { kind: "hf-dataset", id: "HuggingFaceH4/ultrachat_200k", at: "ultrachat_200k" },
      { kind: "hf-dataset", id: "HuggingFaceH4/ultrafeedback_binarized", at: "ultrafeedback_binarized" },
      { kind: "hf-model", id: "mistralai/Mistral-7B-v0.1", at: "fine-tuned version of" },
    ],
    why: "card datasets: are the training data whose terms bind the fine-tune; model-index name is this model",
  },
  {
    file: "docs/deployment.md",
    type: "markdown",
    text: `# Deployment

Three ways to serve the chat model, from most to least throughput.

## vLLM (recommended)

\`\`\`sh
vllm serve Qwen/Qwen2.5-14B-Instruct-AWQ --quantization awq --max-model-len 16384
\`\`\`

## Text Generation Inference

\`\`\`sh
docker run --gpus all --shm-size 1g -p 8080:80 -v $PWD/data:/data \\
  ghcr.io/huggingface/text-generation-inference:2.4.0 \\
  --model-id Qwen/Qwen2.5-14B-Instruct
\`\`\`

## Ollama (laptops)

\`\`\`sh
ollama run hf.co/bartowski/Qwen2.5-14B-Instruct-GGUF:Q4_K_M
\`\`\`

The CUDA base image we test against is \`nvidia/cuda:12.4.1-runtime-ubuntu22.04\`.
A 24 GB card fits the AWQ build with room for 16k context; the GGUF Q4_K_M build needs about 9 GB.

| Server | Image / binary                                    | Notes                    |
|--------|---------------------------------------------------|--------------------------|
| vLLM   | \`vllm/vllm-openai:v0.6.4\`                         | OpenAI-compatible API    |
| TGI    | \`ghcr.io/huggingface/text-generation-inference\`   | needs \`--shm-size\`       |
| Ollama | \`ollama/ollama\`                                   | CPU fallback             |
`,
    expect: [
      { kind: "hf-model", id: "Qwen/Qwen2.5-14B-Instruct-AWQ", at: "vllm serve" },
      { kind: "hf-model", id: "Qwen/Qwen2.5-14B-Instruct", at: "--model-id" },
      { kind: "hf-model", id: "bartowski/Qwen2.5-14B-Instruct-GGUF", at: "ollama run" },
    ],
    why: "the :Q4_K_M suffix is a quantization tag, not a revision; vllm/vllm-openai and ollama/ollama are images",
  },

  /* ============================== Docker / compose ============================== */
  {
    file: "Dockerfile",
    type: "docker",
    text: `# syntax=docker/dockerfile:1.7
FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04 AS base

ARG MODEL_ID=microsoft/Phi-3-mini-4k-instruct
ENV DEBIAN_FRONTEND=noninteractive \\
    HF_HUB_ENABLE_HF_TRANSFER=1 \\
    HF_HOME=/opt/hf

RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip git \\
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip3 install --no-cache-dir -r requirements.txt "huggingface_hub[hf_transfer]"

# Bake the weights into the image so cold starts do not hit the Hub.
RUN --mount=type=secret,id=hf_token HF_TOKEN=$(cat /run/secrets/hf_token) \\
    huggingface-cli download \${MODEL_ID} --local-dir /models/phi3
RUN python3 -c "from transformers import AutoTokenizer; AutoTokenizer.from_pretrained('microsoft/Phi-3-mini-4k-instruct')"

COPY src/ ./src/
EXPOSE 8000
CMD ["python3", "-m", "vllm.entrypoints.openai.api_server", "--model", "/models/phi3", "--port", "8000"]
`,
    expect: [
      { kind: "hf-model", id: "microsoft/Phi-3-mini-4k-instruct", at: "ARG MODEL_ID=" },
      { kind: "hf-model", id: "microsoft/Phi-3-mini-4k-instruct", at: "python3 -c" },
    ],
    why: "ARG MODEL_ID's default is what huggingface-cli downloads; --model /models/phi3 is a local path",
  },
  {
    file: "docker-compose.yml",
    type: "docker",
    text: `services:
  tgi:
    image: ghcr.io/huggingface/text-generation-inference:2.3.1
    command: --model-id TheBloke/Llama-2-7B-Chat-AWQ --quantize awq --max-total-tokens 4096
    ports:
      - "8080:80"
    volumes:
      - ./data:/data
    environment:
      - HUGGING_FACE_HUB_TOKEN=\${HF_TOKEN}
    deploy:
      resources:
        reservations:
          devices:
            - driver: nvidia
              count: 1
              capabilities: [gpu]

  embeddings:
    image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.5
    command: ["--model-id", "nomic-ai/nomic-embed-text-v1.5", "--port", "80"]
    ports:
      - "8081:80"

  ollama:
    image: ollama/ollama:latest
    volumes:
      - ollama:/root/.ollama

  web:
    build: ./web
    environment:
      - LLM_URL=http://tgi:80
      - EMBED_URL=http://embeddings:80
    depends_on: [tgi, embeddings]

volumes:
  ollama:
`,
    expect: [
      { kind: "hf-model", id: "TheBloke/Llama-2-7B-Chat-AWQ", at: "command: --model-id" },
      { kind: "hf-model", id: "nomic-ai/nomic-embed-text-v1.5", at: "nomic-ai/" },
    ],
  },

  /* ============================== non-ML ============================== */
  {
    file: "src/server/routes/showcase.ts",
    type: "non-ml",
    text: `import { Router, type Request, type Response } from "express";
import { Octokit } from "@octokit/rest";
import { z } from "zod";

const router = Router();
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

// Repositories shown on the landing page, in display order.
const FEATURED = ["vercel/next.js", "facebook/react", "sveltejs/kit"] as const;

const params = z.object({ owner: z.string().min(1), repo: z.string().min(1) });

router.get("/api/showcase", async (_req: Request, res: Response) => {
  const repos = await Promise.all(
    FEATURED.map(async (full) => {
      const [owner, repo] = full.split("/");
      const { data } = await octokit.rest.repos.get({ owner, repo });
      return { name: data.full_name, stars: data.stargazers_count, updated: data.pushed_at };
    }),
  );
  res.set("Cache-Control", "public, max-age=600");
  res.type("application/json").send(JSON.stringify(repos));
});

router.get("/api/repos/:owner/:repo/readme", async (req: Request, res: Response) => {
  const parsed = params.safeParse(req.params);
  if (!parsed.success) return res.status(400).json({ error: "bad owner/repo" });
  const { data } = await octokit.rest.repos.getReadme({ ...parsed.data, mediaType: { format: "html" } });
  res.type("text/html").send(data as unknown as string);
});

router.get("/logo.svg", (_req, res) => res.type("image/svg+xml").sendFile("public/img/logo.svg", { root: "." }));

export default router;
`,
    expect: [],
    why: "GitHub repositories fetched through the API, MIME types and paths: nothing here is a model",
  },
  {
    file: "bookings/views.py",
    type: "non-ml",
    text: `from datetime import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render

from .forms import BookingForm
from .models import Booking, Room

OFFICE_ZONES = {"ams": "Europe/Amsterdam", "nyc": "America/New_York", "sgp": "Asia/Singapore"}


@login_required
def book(request, room_id: int):
    room = get_object_or_404(Room, pk=room_id)
    form = BookingForm(request.POST or None, room=room)
    if request.method == "POST" and form.is_valid():
        booking = form.save(commit=False)
        booking.user = request.user
        booking.save()
        return redirect("bookings/confirmation", pk=booking.pk)
    return render(request, "bookings/book.html", {"form": form, "room": room})


def availability(request, office: str):
    zone = ZoneInfo(OFFICE_ZONES.get(office, "UTC"))
    today = datetime.now(zone).date()
    free = Room.objects.filter(office=office).exclude(booking__day=today)
    return JsonResponse({"day": today.isoformat(), "rooms": [r.name for r in free]})


def export_ics(request, pk: int):
    booking = get_object_or_404(Booking, pk=pk, user=request.user)
    body = render(request, "bookings/event.ics", {"b": booking}).content
    response = HttpResponse(body, content_type="text/calendar")
    response["Content-Disposition"] = f'attachment; filename="booking-{pk}.ics"'
    return response
`,
    expect: [],
    why: "time zones, template paths and URL names have the org/name shape and are not models",
  },
  {
    file: ".github/workflows/release.yml",
    type: "non-ml",
    text: `name: release

on:
  push:
    tags: ["v*"]

permissions:
  contents: write
  packages: write

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - uses: golangci/golangci-lint-action@v6
        with:
          version: v1.59
      - run: go test ./... -race
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v6
        with:
          context: .
          platforms: linux/amd64,linux/arm64
          push: true
          tags: ghcr.io/acme/ledger-api:\${{ github.ref_name }}
      - uses: goreleaser/goreleaser-action@v6
        with:
          args: release --clean
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`,
    expect: [],
    why: "action names, platforms and image tags only",
  },
];

/* -------------------------------------------------------------------- scoring */

describe("held-out round 6: 40 realistic files", () => {
  it("has 40 files with the planned mix of kinds, each a real file of 15 to 60 lines", () => {
    expect(CASES).toHaveLength(40);
    const count = (t: Case["type"]) => CASES.filter((c) => c.type === t).length;
    expect({
      tsjs: count("ts/js"),
      nb: count("notebook"),
      py: count("python"),
      yaml: count("yaml"),
      md: count("markdown"),
      docker: count("docker"),
      nonml: count("non-ml"),
    }).toEqual({ tsjs: 10, nb: 8, py: 10, yaml: 4, md: 3, docker: 2, nonml: 3 });
    for (const c of CASES) {
      if (c.type === "notebook") {
        const parsed = JSON.parse(c.text) as { nbformat: number; cells: unknown[] };
        expect(parsed.nbformat, c.file).toBe(4);
        expect(parsed.cells.length, c.file).toBeGreaterThanOrEqual(4);
      } else {
        const n = c.text.trimEnd().split("\n").length;
        expect(n, c.file).toBeGreaterThanOrEqual(15);
        expect(n, c.file).toBeLessThanOrEqual(60);
      }
    }
    expect(new Set(CASES.map((c) => c.file)).size).toBe(40);
  });

  it("every expected reference points at exactly one line that holds its id", () => {
    for (const c of CASES) {
      for (const e of c.expect) {
        const line = c.text.split("\n")[lineOf(c.file, c.text, e.at) - 1] ?? "";
        const bare = e.id.includes("/") ? e.id.split("/")[1] : e.id;
        expect(line.includes(bare as string), `${c.file}: ${e.id} is not on the line of ${e.at}`).toBe(true);
      }
    }
  });

  heldoutChecks(
    "r6",
    CASES.map((c) => ({
      file: c.file,
      type: c.type,
      text: c.text,
      want: c.expect.map((e) => ({
        kind: e.kind,
        id: e.id,
        line: lineOf(c.file, c.text, e.at),
        revision: e.revision,
      })),
    })),
    // Every miss and false alarm of the first run was fixed after it (see the header): none is left.
    { known: [], floor: { recall: 1, precision: 1 }, verbose: process.env.R6_VERBOSE === "1" },
  );
});
