// Held-out round 14: 40 real-world-shaped files written for this round from public repositories'
// patterns (rewritten, none copied), labelled before any detector ran. Nothing here was fixed against.
//
// MEASURED (detectText, confidence >= 0.5, exact kind/id/line/revision):
//   all:        recall 0.905 (67/74), precision 1.000 (67/67): 7 misses, 0 false alarms
//   (fixed by the lead in the same stop, 74 of 74: node-llama-cpp's hf: URIs and resolveModelFile,
//   hugot's DownloadModel, Ruby read as code, a command in an npm script under a model-like key,
//   .NET appSettings <add key="HuggingFace:ModelId" value="org/x" />)
//   ts/js:      recall 0.947 (18/19), precision 1.000 (18/18)
//   other-lang: recall 0.692 (9/13),  precision 1.000 (9/9)
//   notebook:   recall 1.000 (17/17), precision 1.000 (17/17)
//   config:     recall 0.833 (10/12), precision 1.000 (10/10)
//   python:     recall 1.000 (13/13), precision 1.000 (13/13)
// Floors below are these rounded down to 2 decimals (recall 0.90, precision 1.00).
// One labelling slip was fixed before the first run: package.json lines were off by one (11/15 -> 10/14).
//
// R14_VERBOSE=1 prints the score, per type, and every miss and false alarm.
import { describe, expect, it } from "vitest";
import { type HeldoutCase, type HeldoutRef, heldoutChecks, type Outcome } from "./heldout-harness.js";

/** A notebook as Jupyter writes it (indent 1, one JSON string per source line). */
function nb(cells: Array<[kind: "code" | "markdown", source: string]>): string {
  const doc = {
    cells: cells.map(([kind, source]) => {
      const lines = source.replace(/^\n/, "").replace(/\n$/, "").split("\n");
      const src = lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l));
      return kind === "code"
        ? { cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: src }
        : { cell_type: "markdown", metadata: {}, source: src };
    }),
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python", version: "3.11.9" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

/** A file body written flush left; the leading newline of the literal is dropped. */
const src = (s: string) => s.replace(/^\n/, "");

const w = (kind: string, id: string, line: number, revision?: string): HeldoutRef => ({
  kind,
  id,
  line,
  ...(revision ? { revision } : {}),
});

const CASES: HeldoutCase[] = [
  // ---------------------------------------------------------------- TypeScript / JavaScript (12)
  {
    file: "app/api/embed/route.ts",
    type: "ts/js",
    text: src(`
import { NextResponse, type NextRequest } from "next/server";
import { env, pipeline, type FeatureExtractionPipeline } from "@huggingface/transformers";

// Weights are cached under .next/cache so cold starts on Vercel stay short.
env.cacheDir = "./.next/cache/transformers";
env.allowLocalModels = false;

let extractor: Promise<FeatureExtractionPipeline> | null = null;

function getExtractor() {
  extractor ??= pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2", {
    dtype: "q8",
  }) as Promise<FeatureExtractionPipeline>;
  return extractor;
}

export const runtime = "nodejs";
// See https://github.com/vercel/next.js/tree/canary/examples/with-transformers for the layout.

export async function POST(req: NextRequest) {
  const body = (await req.json()) as { texts?: unknown };
  if (!Array.isArray(body.texts) || body.texts.length === 0) {
    return NextResponse.json({ error: "texts must be a non-empty array" }, { status: 400 });
  }
  const embed = await getExtractor();
  const out = await embed(body.texts as string[], { pooling: "mean", normalize: true });
  return NextResponse.json({ dims: out.dims, vectors: out.tolist() });
}
`),
    want: [w("hf-model", "Xenova/all-MiniLM-L6-v2", 11)],
  },
  {
    file: "src/worker.js",
    type: "ts/js",
    // The id sits in a static field the singleton hands to pipeline(): a user expects the model it loads.
    text: src(`
import { pipeline, env } from "@xenova/transformers";

env.allowLocalModels = false;

class SentimentPipeline {
  static task = "text-classification";
  static model = "Xenova/distilbert-base-uncased-finetuned-sst-2-english";
  static instance = null;

  static async getInstance(progress_callback = null) {
    if (this.instance === null) {
      this.instance = pipeline(this.task, this.model, { progress_callback });
    }
    return this.instance;
  }
}

self.addEventListener("message", async (event) => {
  const classifier = await SentimentPipeline.getInstance((x) => {
    self.postMessage(x);
  });
  const output = await classifier(event.data.text, { topk: 2 });
  self.postMessage({ status: "complete", output });
});

// Worker bundled by vite: see vite.config.js, worker.format = "es".
// Source layout borrowed from xenova/transformers.js examples/react-translator.
`),
    want: [w("hf-model", "Xenova/distilbert-base-uncased-finetuned-sst-2-english", 7)],
  },
  {
    file: "services/digest/summarize.ts",
    type: "ts/js",
    text: src(`
import { HfInference } from "@huggingface/inference";
import OpenAI from "openai";
import { createClient } from "redis";

const hf = new HfInference(process.env.HF_TOKEN);
const openai = new OpenAI();
const cache = createClient({ url: process.env.REDIS_URL ?? "redis://localhost:6379/0" });

export async function summarize(article: string): Promise<string> {
  const cached = await cache.get("sum:" + article.length);
  if (cached) return cached;
  const res = await hf.summarization({
    model: "facebook/bart-large-cnn",
    inputs: article,
    parameters: { max_length: 160 },
  });
  await cache.set("sum:" + article.length, res.summary_text, { EX: 3600 });
  return res.summary_text;
}

export async function headline(summary: string): Promise<string> {
  // Headlines are short; the hosted model is cheaper than running one ourselves.
  const chat = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "One-line headline for: " + summary }],
  });
  return chat.choices[0]?.message.content ?? "";
}

export async function tags(summary: string): Promise<string[]> {
  const out = await hf.textGeneration({
    model: "mistralai/Mistral-7B-Instruct-v0.2",
    inputs: "[INST] Three comma-separated tags for: " + summary + " [/INST]",
    parameters: { max_new_tokens: 24 },
  });
  return out.generated_text.split(",").map((t) => t.trim());
}
`),
    want: [
      w("hf-model", "facebook/bart-large-cnn", 13),
      w("hf-model", "mistralai/Mistral-7B-Instruct-v0.2", 32),
    ],
  },
  {
    file: "scripts/sync-hub.ts",
    type: "ts/js",
    // Uploading to the team's own repo is an output, not something the PR brings in.
    text: src(`
import { downloadFile, uploadFiles, whoAmI } from "@huggingface/hub";
import { writeFile } from "node:fs/promises";

const accessToken = process.env.HF_TOKEN;
if (!accessToken) throw new Error("HF_TOKEN is not set");

const me = await whoAmI({ accessToken });
console.log("logged in as", me.name);

// Sample shard used by the tokenizer benchmark.
const shard = await downloadFile({
  repo: { type: "dataset", name: "HuggingFaceFW/fineweb-edu" },
  path: "sample/10BT/000_00000.parquet",
  accessToken,
});
if (!shard) throw new Error("shard missing");
await writeFile("bench/shard.parquet", Buffer.from(await shard.arrayBuffer()));

const cfg = await downloadFile({ repo: "openai-community/gpt2", path: "config.json" });
console.log("vocab", JSON.parse((await cfg?.text()) ?? "{}").vocab_size);

await uploadFiles({
  repo: { type: "model", name: "acme-ml/churn-classifier" },
  accessToken,
  files: [{ path: "model.onnx", content: new Blob([]) }],
  commitTitle: "nightly export",
});
`),
    want: [w("hf-dataset", "HuggingFaceFW/fineweb-edu", 12), w("hf-model", "openai-community/gpt2", 19)],
  },
  {
    file: "tools/classify.ts",
    type: "ts/js",
    text: src(`
// deno run --allow-net --allow-read --allow-env tools/classify.ts "some text"
import { pipeline } from "npm:@huggingface/transformers@3.0.2";
import { parseArgs } from "jsr:@std/cli/parse-args";
import { join } from "jsr:@std/path@1";

const args = parseArgs(Deno.args, { string: ["labels"], default: { labels: "bug,feature,question" } });
const text = args._.join(" ");
if (!text) {
  console.error("usage: classify.ts <text> [--labels a,b,c]");
  Deno.exit(2);
}

const classifier = await pipeline("zero-shot-classification", "Xenova/bart-large-mnli", {
  dtype: "q8",
});
const result = await classifier(text, args.labels.split(","));
await Deno.writeTextFile(join(Deno.cwd(), "out", "labels.json"), JSON.stringify(result, null, 2));
console.log(result);
`),
    want: [w("hf-model", "Xenova/bart-large-mnli", 13)],
  },
  {
    file: "bun/rerank.ts",
    type: "ts/js",
    // The same id on two lines: two locations of one reference, both expected.
    text: src(`
import { AutoModelForSequenceClassification, AutoTokenizer } from "@huggingface/transformers";

type Doc = { id: string; text: string };

const docs: Doc[] = await Bun.file("./data/docs.json").json();
const query = Bun.argv[2] ?? "how do I rotate the api key?";

const tokenizer = await AutoTokenizer.from_pretrained("Xenova/bge-reranker-base");
const model = await AutoModelForSequenceClassification.from_pretrained("Xenova/bge-reranker-base", {
  dtype: "q8",
});

const inputs = tokenizer(
  docs.map(() => query),
  { text_pair: docs.map((d) => d.text), padding: true, truncation: true },
);
const { logits } = await model(inputs);
const scores = logits.sigmoid().tolist().map((row: number[]) => row[0]);

const ranked = docs
  .map((d, i) => ({ ...d, score: scores[i] }))
  .sort((a, b) => b.score - a.score)
  .slice(0, 5);

await Bun.write("./out/ranked.json", JSON.stringify(ranked, null, 2));
console.table(ranked.map(({ id, score }) => ({ id, score })));
`),
    want: [w("hf-model", "Xenova/bge-reranker-base", 8), w("hf-model", "Xenova/bge-reranker-base", 9)],
  },
  {
    file: "lib/langchain/chain.ts",
    type: "ts/js",
    // Ollama tags and OpenAI model names are hosted names, not Hub ids.
    text: src(`
import { HuggingFaceTransformersEmbeddings } from "@langchain/community/embeddings/huggingface_transformers";
import { HuggingFaceInference } from "@langchain/community/llms/hf";
import { OllamaEmbeddings } from "@langchain/ollama";
import { ChatOpenAI } from "@langchain/openai";
import { MemoryVectorStore } from "langchain/vectorstores/memory";

export function localEmbeddings() {
  return new HuggingFaceTransformersEmbeddings({
    model: "Xenova/all-mpnet-base-v2",
  });
}

export function ollamaEmbeddings() {
  return new OllamaEmbeddings({ model: "nomic-embed-text", baseUrl: "http://127.0.0.1:11434" });
}

export function draftModel() {
  return new HuggingFaceInference({
    model: "HuggingFaceH4/zephyr-7b-beta",
    apiKey: process.env.HUGGINGFACEHUB_API_KEY,
    temperature: 0.3,
  });
}

export function judgeModel() {
  return new ChatOpenAI({ model: "gpt-4o", temperature: 0 });
}

export async function store(texts: string[]) {
  return MemoryVectorStore.fromTexts(texts, texts.map((_, i) => ({ i })), localEmbeddings());
}
`),
    want: [w("hf-model", "Xenova/all-mpnet-base-v2", 9), w("hf-model", "HuggingFaceH4/zephyr-7b-beta", 19)],
  },
  {
    file: "src/workers/whisper.worker.ts",
    type: "ts/js",
    text: src(`
/// <reference lib="webworker" />
import {
  pipeline,
  type AutomaticSpeechRecognitionPipeline,
} from "@huggingface/transformers";

const ctx = self as unknown as DedicatedWorkerGlobalScope;
let asr: AutomaticSpeechRecognitionPipeline | undefined;

async function load(onProgress: (p: unknown) => void) {
  asr ??= (await pipeline(
    "automatic-speech-recognition",
    "onnx-community/whisper-base",
    {
      device: "webgpu",
      dtype: { encoder_model: "fp32", decoder_model_merged: "q4" },
      progress_callback: onProgress,
    },
  )) as AutomaticSpeechRecognitionPipeline;
  return asr;
}

ctx.onmessage = async (e: MessageEvent<{ audio: Float32Array; language?: string }>) => {
  const run = await load((p) => ctx.postMessage({ type: "progress", p }));
  const out = await run(e.data.audio, {
    language: e.data.language ?? "english",
    chunk_length_s: 30,
    return_timestamps: true,
  });
  ctx.postMessage({ type: "result", out });
};
`),
    want: [w("hf-model", "onnx-community/whisper-base", 13)],
  },
  {
    file: "server/chat.mjs",
    type: "ts/js",
    text: src(`
import express from "express";
import { InferenceClient } from "@huggingface/inference";

const app = express();
app.use(express.json({ limit: "1mb" }));
const client = new InferenceClient(process.env.HF_TOKEN);

app.post("/chat", async (req, res) => {
  try {
    const out = await client.chatCompletion({
      provider: "together",
      model: "meta-llama/Llama-3.1-8B-Instruct",
      messages: req.body.messages,
      max_tokens: 512,
    });
    res.json(out.choices[0].message);
  } catch (err) {
    res.status(502).json({ error: String(err) });
  }
});

app.post("/image", async (req, res) => {
  const blob = await client.textToImage({
    model: "black-forest-labs/FLUX.1-schnell",
    inputs: req.body.prompt,
    parameters: { num_inference_steps: 4 },
  });
  res.type("png").send(Buffer.from(await blob.arrayBuffer()));
});

app.listen(process.env.PORT ?? 8787, () => console.log("listening"));
`),
    want: [
      w("hf-model", "meta-llama/Llama-3.1-8B-Instruct", 12),
      w("hf-model", "black-forest-labs/FLUX.1-schnell", 24),
    ],
  },
  {
    file: "src/lib/models.ts",
    type: "ts/js",
    // A table of ids whose entries go straight into pipeline(): each entry is a model the app loads.
    text: src(`
import { pipeline, type PipelineType } from "@xenova/transformers";

export const MODELS = {
  embed: { task: "feature-extraction", id: "Xenova/gte-small" },
  ner: { task: "token-classification", id: "Xenova/bert-base-NER" },
} as const satisfies Record<string, { task: PipelineType; id: string }>;

// Upstream UI lives in github.com/acme/search-ui; this module only serves the models.
const loaded = new Map<keyof typeof MODELS, Promise<unknown>>();

export function load(name: keyof typeof MODELS) {
  let p = loaded.get(name);
  if (!p) {
    const { task, id } = MODELS[name];
    p = pipeline(task, id, { quantized: true });
    loaded.set(name, p);
  }
  return p;
}

export async function warmUp() {
  await Promise.all((Object.keys(MODELS) as Array<keyof typeof MODELS>).map(load));
}
`),
    want: [w("hf-model", "Xenova/gte-small", 4), w("hf-model", "Xenova/bert-base-NER", 5)],
  },
  {
    file: "electron/main.js",
    type: "ts/js",
    text: src(`
const { app, BrowserWindow, ipcMain } = require("electron");
const path = require("node:path");

let session;

async function loadModel() {
  const { getLlama, LlamaChatSession, resolveModelFile } = await import("node-llama-cpp");
  const modelsDir = path.join(app.getPath("userData"), "models");
  const modelPath = await resolveModelFile(
    "hf:bartowski/Llama-3.2-3B-Instruct-GGUF/Llama-3.2-3B-Instruct-Q4_K_M.gguf",
    modelsDir,
  );
  const llama = await getLlama();
  const model = await llama.loadModel({ modelPath });
  const context = await model.createContext();
  session = new LlamaChatSession({ contextSequence: context.getSequence() });
}

ipcMain.handle("ask", async (_event, question) => {
  if (!session) await loadModel();
  return session.prompt(question);
});

app.whenReady().then(() => {
  const win = new BrowserWindow({
    width: 900,
    height: 700,
    webPreferences: { preload: path.join(__dirname, "preload.js") },
  });
  win.loadFile(path.join(__dirname, "renderer", "index.html"));
});
`),
    want: [w("hf-model", "bartowski/Llama-3.2-3B-Instruct-GGUF", 10)],
  },
  {
    file: "src/assets/fetch-weights.ts",
    type: "ts/js",
    // Download URLs pin a branch or a commit; the Space and docs links are not models.
    text: src(`
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline as streamPipeline } from "node:stream/promises";

// Demo UI: https://huggingface.co/spaces/Xenova/webgpu-chat
// API notes: https://huggingface.co/docs/transformers.js/index
const ASSETS = [
  {
    url: "https://huggingface.co/Xenova/yolos-tiny/resolve/main/onnx/model_quantized.onnx",
    to: "public/models/yolos/model_quantized.onnx",
  },
  {
    url: "https://hf.co/Qwen/Qwen2.5-0.5B-Instruct/resolve/7ae557604adf67be50417f59c2c2f167def9a775/config.json",
    to: "public/models/qwen/config.json",
  },
  {
    url: "https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.1.0/dist/ort-wasm-simd-threaded.jsep.wasm",
    to: "public/wasm/ort.wasm",
  },
];

export async function fetchAll() {
  for (const a of ASSETS) {
    await mkdir(a.to.slice(0, a.to.lastIndexOf("/")), { recursive: true });
    const res = await fetch(a.url);
    if (!res.ok || !res.body) throw new Error(a.url + ": HTTP " + res.status);
    await streamPipeline(Readable.fromWeb(res.body as never), createWriteStream(a.to));
  }
}
`),
    want: [
      w("hf-model", "Xenova/yolos-tiny", 10, "main"),
      w("hf-model", "Qwen/Qwen2.5-0.5B-Instruct", 14, "7ae557604adf67be50417f59c2c2f167def9a775"),
    ],
  },
  // ---------------------------------------------------------------- other languages (8)
  {
    file: "cmd/embed/main.go",
    type: "other-lang",
    // Go module paths (github.com/...) are imports, not models.
    text: src(`
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/knights-analytics/hugot"
	"github.com/knights-analytics/hugot/pipelines"
)

func main() {
	session, err := hugot.NewGoSession()
	if err != nil {
		log.Fatal(err)
	}
	defer session.Destroy()

	opts := hugot.NewDownloadOptions()
	opts.OnnxFilePath = "onnx/model.onnx"
	modelPath, err := hugot.DownloadModel("KnightsAnalytics/all-MiniLM-L6-v2", "./models/", opts)
	if err != nil {
		log.Fatal(err)
	}

	cfg := hugot.FeatureExtractionConfig{ModelPath: modelPath, Name: "embedder"}
	p, err := hugot.NewPipeline(session, cfg)
	if err != nil {
		log.Fatal(err)
	}
	out, err := p.RunPipeline(context.Background(), os.Args[1:])
	if err != nil {
		log.Fatal(err)
	}
	var _ pipelines.FeatureExtractionOutput = *out
	fmt.Println(len(out.Embeddings))
}
`),
    want: [w("hf-model", "KnightsAnalytics/all-MiniLM-L6-v2", 22)],
  },
  {
    file: "src/main.rs",
    type: "other-lang",
    text: src(`
use anyhow::{Error as E, Result};
use candle_core::{Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config, DTYPE};
use hf_hub::{api::sync::Api, Repo, RepoType};
use tokenizers::Tokenizer;

// Adapted from the bert example of huggingface/candle.
fn load() -> Result<(BertModel, Tokenizer)> {
    let api = Api::new()?;
    let repo = api.repo(Repo::with_revision(
        "BAAI/bge-small-en-v1.5".to_string(),
        RepoType::Model,
        "refs/pr/1".to_string(),
    ));
    let config: Config = serde_json::from_str(&std::fs::read_to_string(repo.get("config.json")?)?)?;
    let tokenizer = Tokenizer::from_file(repo.get("tokenizer.json")?).map_err(E::msg)?;
    let weights = repo.get("model.safetensors")?;
    let vb = unsafe { VarBuilder::from_mmaped_safetensors(&[weights], DTYPE, &Device::Cpu)? };
    Ok((BertModel::load(vb, &config)?, tokenizer))
}

fn fallback_tokenizer() -> Result<Tokenizer> {
    let path = Api::new()?
        .model("sentence-transformers/all-MiniLM-L6-v2".to_string())
        .get("tokenizer.json")?;
    Tokenizer::from_file(path).map_err(E::msg)
}

fn main() -> Result<()> {
    let (model, tokenizer) = load().or_else(|_| Ok::<_, E>((load()?.0, fallback_tokenizer()?)))?;
    let enc = tokenizer.encode("hello world", true).map_err(E::msg)?;
    let ids = Tensor::new(enc.get_ids(), &Device::Cpu)?.unsqueeze(0)?;
    let ys = model.forward(&ids, &ids.zeros_like()?, None)?;
    println!("{:?}", ys.shape());
    Ok(())
}
`),
    want: [
      w("hf-model", "BAAI/bge-small-en-v1.5", 12, "refs/pr/1"),
      w("hf-model", "sentence-transformers/all-MiniLM-L6-v2", 25),
    ],
  },
  {
    file: "src/main/java/com/acme/search/Embedder.java",
    type: "other-lang",
    // The djl:// URL names DJL's conversion of a Hub model: the license that binds is the Hub model's.
    text: src(`
package com.acme.search;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.translator.TextEmbeddingTranslatorFactory;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import java.nio.file.Paths;

// Needs ai.djl.huggingface:tokenizers:0.30.0 and ai.djl.pytorch:pytorch-engine:0.30.0 on the classpath.
public final class Embedder implements AutoCloseable {
  private final ZooModel<String, float[]> model;
  private final HuggingFaceTokenizer tokenizer;

  public Embedder() throws Exception {
    Criteria<String, float[]> criteria =
        Criteria.builder()
            .setTypes(String.class, float[].class)
            .optModelUrls("djl://ai.djl.huggingface.pytorch/sentence-transformers/all-MiniLM-L6-v2")
            .optEngine("PyTorch")
            .optTranslatorFactory(new TextEmbeddingTranslatorFactory())
            .build();
    model = criteria.loadModel();
    tokenizer = HuggingFaceTokenizer.newInstance("sentence-transformers/all-MiniLM-L6-v2");
  }

  public float[] embed(String text) throws Exception {
    try (Predictor<String, float[]> p = model.newPredictor()) {
      return p.predict(text);
    }
  }

  public int tokens(String text) {
    return tokenizer.encode(text).getIds().length;
  }

  public static Embedder fromDisk() throws Exception {
    System.setProperty("ai.djl.repository.zoo.location", Paths.get("build/models").toString());
    return new Embedder();
  }

  @Override
  public void close() {
    model.close();
    tokenizer.close();
  }
}
`),
    want: [
      w("hf-model", "sentence-transformers/all-MiniLM-L6-v2", 19),
      w("hf-model", "sentence-transformers/all-MiniLM-L6-v2", 24),
    ],
  },
  {
    file: "app/src/main/java/com/acme/notes/llm/ModelDownloader.kt",
    type: "other-lang",
    // "mobilebert.tflite" names a bundled asset, not a file this change vendors.
    text: src(`
package com.acme.notes.llm

import android.content.Context
import com.google.mediapipe.tasks.genai.llminference.LlmInference
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import okhttp3.OkHttpClient
import okhttp3.Request
import java.io.File

// build.gradle.kts: implementation("com.google.mediapipe:tasks-genai:0.10.22")
object ModelDownloader {
    private const val MODEL_URL =
        "https://huggingface.co/litert-community/Gemma3-1B-IT/resolve/main/Gemma3-1B-IT_multi-prefill-seq_q4_ekv2048.task"
    private const val CLASSIFIER_ASSET = "mobilebert.tflite"

    suspend fun ensure(context: Context, token: String): File = withContext(Dispatchers.IO) {
        val target = File(context.filesDir, "gemma3.task")
        if (target.exists()) return@withContext target
        val req = Request.Builder().url(MODEL_URL).header("Authorization", "Bearer " + token).build()
        OkHttpClient().newCall(req).execute().use { resp ->
            check(resp.isSuccessful) { "download failed: HTTP " + resp.code }
            target.outputStream().use { out -> resp.body!!.byteStream().copyTo(out) }
        }
        target
    }

    fun open(context: Context, file: File): LlmInference =
        LlmInference.createFromOptions(
            context,
            LlmInference.LlmInferenceOptions.builder().setModelPath(file.path).setMaxTokens(512).build(),
        )

    fun classifierAsset(): String = CLASSIFIER_ASSET
}
`),
    want: [w("hf-model", "litert-community/Gemma3-1B-IT", 14, "main")],
  },
  {
    file: "Sources/NotesAI/Summarizer.swift",
    type: "other-lang",
    text: src(`
import Foundation
import MLXLLM
import MLXLMCommon
import Tokenizers

// Package.swift pulls https://github.com/ml-explore/mlx-swift-examples (branch main).
actor Summarizer {
    private var container: ModelContainer?
    private let configuration = ModelConfiguration(
        id: "mlx-community/Qwen2.5-1.5B-Instruct-4bit",
        defaultPrompt: "Summarize the note."
    )

    func load() async throws -> ModelContainer {
        if let container { return container }
        let loaded = try await LLMModelFactory.shared.loadContainer(configuration: configuration) { progress in
            print("download", progress.fractionCompleted)
        }
        container = loaded
        return loaded
    }

    func tokenCount(_ text: String) async throws -> Int {
        let tokenizer = try await AutoTokenizer.from(pretrained: "mlx-community/Qwen2.5-1.5B-Instruct-4bit")
        return tokenizer.encode(text: text).count
    }

    func summarize(_ note: String) async throws -> String {
        let model = try await load()
        return try await model.perform { context in
            let input = try await context.processor.prepare(input: .init(prompt: note))
            var text = ""
            _ = try MLXLMCommon.generate(input: input, parameters: .init(temperature: 0.2), context: context) { tokens in
                text = context.tokenizer.decode(tokens: tokens)
                return tokens.count > 200 ? .stop : .more
            }
            return text
        }
    }
}
`),
    want: [
      w("hf-model", "mlx-community/Qwen2.5-1.5B-Instruct-4bit", 10),
      w("hf-model", "mlx-community/Qwen2.5-1.5B-Instruct-4bit", 24),
    ],
  },
  {
    file: "src/Acme.Vision/ImageTagger.cs",
    type: "other-lang",
    // The local .onnx path is read at run time, not vendored by this file.
    text: src(`
using System.Net.Http;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Acme.Vision;

// NuGet: Microsoft.ML.OnnxRuntime 1.19.2
public sealed class ImageTagger : IDisposable
{
    private const string ModelUrl =
        "https://huggingface.co/Xenova/vit-base-patch16-224/resolve/main/onnx/model_quantized.onnx";
    private const string LocalPath = "models/vit/model_quantized.onnx";
    private readonly InferenceSession _session;

    private ImageTagger(InferenceSession session) => _session = session;

    public static async Task<ImageTagger> CreateAsync(HttpClient http)
    {
        if (!File.Exists(LocalPath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(LocalPath)!);
            await using var stream = await http.GetStreamAsync(ModelUrl);
            await using var file = File.Create(LocalPath);
            await stream.CopyToAsync(file);
        }
        return new ImageTagger(new InferenceSession(LocalPath));
    }

    public float[] Run(DenseTensor<float> pixels)
    {
        var inputs = new[] { NamedOnnxValue.CreateFromTensor("pixel_values", pixels) };
        using var results = _session.Run(inputs);
        return results.First().AsEnumerable<float>().ToArray();
    }

    public void Dispose() => _session.Dispose();
}
`),
    want: [w("hf-model", "Xenova/vit-base-patch16-224", 11, "main")],
  },
  {
    file: "examples/chat/main.cpp",
    type: "other-lang",
    // "models/..gguf" is a local default path; ggml-org/llama.cpp in the comment is the GitHub project.
    text: src(`
// Minimal chat loop on top of llama.cpp's common helpers (github.com/ggml-org/llama.cpp).
#include "arg.h"
#include "common.h"
#include "llama.h"

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char ** argv) {
    common_params params;
    params.model.path = "models/local/ggml-model-q4_0.gguf";
    if (argc < 2) {
        // No local file given: fetch a small default from the Hub into the llama.cpp cache.
        params.model.hf_repo = "ggml-org/gemma-3-1b-it-GGUF";
        params.model.hf_file = "gemma-3-1b-it-Q4_K_M.gguf";
    } else {
        params.model.path = argv[1];
    }
    params.n_ctx = 4096;

    common_init();
    llama_backend_init();
    common_init_result init = common_init_from_params(params);
    if (init.model == nullptr) {
        fprintf(stderr, "failed to load model\\n");
        return 1;
    }

    std::string line;
    while (std::getline(std::cin, line)) {
        std::cout << "> " << line << std::endl;
    }
    llama_backend_free();
    return 0;
}
`),
    want: [w("hf-model", "ggml-org/gemma-3-1b-it-GGUF", 15)],
  },
  {
    file: "app/services/semantic_search.rb",
    type: "other-lang",
    text: src(`
# frozen_string_literal: true

# Gemfile: gem "informers", "~> 1.1"; gem "neighbor", github: "ankane/neighbor"
require "informers"

class SemanticSearch
  EMBEDDER = "sentence-transformers/multi-qa-MiniLM-L6-cos-v1"

  def initialize
    @embed = Informers.pipeline("embedding", EMBEDDER)
    @rerank = Informers.pipeline("reranking", "mixedbread-ai/mxbai-rerank-base-v1")
  end

  def index(records)
    vectors = @embed.(records.map(&:body))
    records.zip(vectors).each { |r, v| r.update!(embedding: v) }
  end

  def search(query, limit: 10)
    candidates = Document.nearest_neighbors(:embedding, @embed.(query), distance: "cosine").first(50)
    ranked = @rerank.(query, candidates.map(&:body))
    ranked.first(limit).map { |h| candidates[h[:doc_id]] }
  end

  def self.tokenizer
    @tokenizer ||= Tokenizers.from_pretrained("google-bert/bert-base-cased")
  end
end
`),
    want: [
      w("hf-model", "sentence-transformers/multi-qa-MiniLM-L6-cos-v1", 7),
      w("hf-model", "mixedbread-ai/mxbai-rerank-base-v1", 11),
      w("hf-model", "google-bert/bert-base-cased", 26),
    ],
  },
  // ---------------------------------------------------------------- notebooks (8)
  {
    file: "notebooks/finetune_llama_lora.ipynb",
    type: "notebook",
    // hub_model_id is where the adapter goes, an output; output_dir is local.
    text: nb([
      ["markdown", "# LoRA on Alpaca\nOne epoch, 4-bit base, pushes the adapter when done."],
      ["code", "!pip install -q peft==0.13.2 trl bitsandbytes datasets"],
      [
        "code",
        `
import torch
from datasets import load_dataset
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig

base_model = "meta-llama/Llama-3.2-1B"
bnb = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_compute_dtype=torch.bfloat16)
tokenizer = AutoTokenizer.from_pretrained(base_model)
model = AutoModelForCausalLM.from_pretrained(base_model, quantization_config=bnb, device_map="auto")
`,
      ],
      [
        "code",
        'data = load_dataset("yahma/alpaca-cleaned", split="train")\ndata = data.shuffle(seed=0).select(range(5000))',
      ],
      [
        "code",
        `
from trl import SFTConfig, SFTTrainer

args = SFTConfig(
    output_dir="./outputs/llama32-alpaca",
    num_train_epochs=1,
    per_device_train_batch_size=4,
    push_to_hub=True,
    hub_model_id="myuser/llama32-alpaca-lora",
)
trainer = SFTTrainer(model=model, args=args, train_dataset=data, peft_config=LoraConfig(r=16, lora_alpha=32))
trainer.train()
`,
      ],
    ]),
    want: [w("hf-model", "meta-llama/Llama-3.2-1B", 31), w("hf-dataset", "yahma/alpaca-cleaned", 43)],
  },
  {
    file: "eval/summarization_eval.ipynb",
    type: "notebook",
    // "3.0.0" is a dataset config name, not a revision; "rouge" is an evaluate metric.
    text: nb([
      ["markdown", "## ROUGE on 200 CNN/DM test articles"],
      [
        "code",
        `
import evaluate
from datasets import load_dataset
from transformers import pipeline

ds = load_dataset("abisee/cnn_dailymail", "3.0.0", split="test[:200]")
rouge = evaluate.load("rouge")
`,
      ],
      [
        "code",
        `
summarizer = pipeline(
    "summarization",
    model="sshleifer/distilbart-cnn-12-6",
    revision="a4f8f3e",
    device=0,
)
preds = [o["summary_text"] for o in summarizer(ds["article"], batch_size=8, truncation=True)]
`,
      ],
      ["code", 'scores = rouge.compute(predictions=preds, references=ds["highlights"])\nscores'],
      ["code", 'import pandas as pd\npd.DataFrame([scores]).to_csv("results/distilbart.csv", index=False)'],
    ]),
    want: [
      w("hf-dataset", "abisee/cnn_dailymail", 20),
      w("hf-model", "sshleifer/distilbart-cnn-12-6", 32, "a4f8f3e"),
    ],
  },
  {
    file: "demos/sdxl_pixel_art.ipynb",
    type: "notebook",
    // A LoRA loaded from the Hub is a model the demo brings in, the same as the base.
    text: nb([
      ["markdown", "# SDXL + pixel-art LoRA\nRuns on a T4 in fp16."],
      ["code", "%pip install -q diffusers==0.31.0 accelerate"],
      [
        "code",
        `
import torch
from diffusers import DiffusionPipeline

pipe = DiffusionPipeline.from_pretrained(
    "stabilityai/stable-diffusion-xl-base-1.0",
    torch_dtype=torch.float16,
    variant="fp16",
).to("cuda")
pipe.load_lora_weights("nerijs/pixel-art-xl", weight_name="pixel-art-xl.safetensors")
`,
      ],
      [
        "code",
        `
image = pipe("a pixel art castle on a hill, sunset", num_inference_steps=30).images[0]
image.save("outputs/castle.png")
image
`,
      ],
    ]),
    want: [
      w("hf-model", "stabilityai/stable-diffusion-xl-base-1.0", 30),
      w("hf-model", "nerijs/pixel-art-xl", 34),
    ],
  },
  {
    file: "notebooks/whisper_transcribe.ipynb",
    type: "notebook",
    // The processor loads the folder the CLI filled: a local path, not a second reference.
    text: nb([
      ["markdown", "Download once, then load from the local folder."],
      ["code", "!huggingface-cli download openai/whisper-small --local-dir whisper-small"],
      [
        "code",
        `
from datasets import load_dataset
from transformers import WhisperForConditionalGeneration, WhisperProcessor

processor = WhisperProcessor.from_pretrained("./whisper-small")
model = WhisperForConditionalGeneration.from_pretrained("./whisper-small")
sample = load_dataset("hf-internal-testing/librispeech_asr_dummy", "clean", split="validation")[0]["audio"]
`,
      ],
      [
        "code",
        `
features = processor(sample["array"], sampling_rate=sample["sampling_rate"], return_tensors="pt").input_features
ids = model.generate(features)
processor.batch_decode(ids, skip_special_tokens=True)
`,
      ],
    ]),
    want: [
      w("hf-model", "openai/whisper-small", 16),
      w("hf-dataset", "hf-internal-testing/librispeech_asr_dummy", 30),
    ],
  },
  {
    file: "notebooks/rag_quickstart.ipynb",
    type: "notebook",
    // A bare SentenceTransformer name means sentence-transformers/<name> (SPEC).
    text: nb([
      ["markdown", "# RAG in ten cells\nChroma on disk, local embeddings, a hosted LLM for answers."],
      [
        "code",
        `
from langchain_chroma import Chroma
from langchain_huggingface import HuggingFaceEmbeddings
from langchain_openai import ChatOpenAI
from sentence_transformers import SentenceTransformer
`,
      ],
      [
        "code",
        `
probe = SentenceTransformer("all-MiniLM-L6-v2")
print(probe.get_sentence_embedding_dimension())
emb = HuggingFaceEmbeddings(model_name="BAAI/bge-base-en-v1.5", encode_kwargs={"normalize_embeddings": True})
db = Chroma(collection_name="docs", embedding_function=emb, persist_directory="./chroma")
`,
      ],
      [
        "code",
        `
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)
docs = db.similarity_search("How do refunds work?", k=4)
llm.invoke("Answer from these notes:\\n" + "\\n".join(d.page_content for d in docs))
`,
      ],
    ]),
    want: [
      w("hf-model", "sentence-transformers/all-MiniLM-L6-v2", 29),
      w("hf-model", "BAAI/bge-base-en-v1.5", 31),
    ],
  },
  {
    file: "research/vit_cifar_probe.ipynb",
    type: "notebook",
    text: nb([
      ["markdown", "Linear probe of a ViT on CIFAR-10."],
      [
        "code",
        `
import timm
import torch
from datasets import load_dataset

backbone = timm.create_model("hf-hub:timm/vit_base_patch16_224.augreg2_in21k_ft_in1k", pretrained=True, num_classes=0)
backbone.eval()
cfg = timm.data.resolve_data_config({}, model=backbone)
tf = timm.data.create_transform(**cfg)
`,
      ],
      [
        "code",
        'train = load_dataset("uoft-cs/cifar10", split="train[:5000]")\ntest = load_dataset("uoft-cs/cifar10", split="test[:1000]")',
      ],
      [
        "code",
        `
def feats(split):
    with torch.no_grad():
        return torch.stack([backbone(tf(x["img"].convert("RGB")).unsqueeze(0))[0] for x in split])

torch.save({"train": feats(train), "test": feats(test)}, "cache/cifar_feats.pt")
`,
      ],
    ]),
    // Two load_dataset calls on one cell line each: the notebook has them on separate JSON lines.
    want: [
      w("hf-model", "timm/vit_base_patch16_224.augreg2_in21k_ft_in1k", 20),
      w("hf-dataset", "uoft-cs/cifar10", 32),
      w("hf-dataset", "uoft-cs/cifar10", 33),
    ],
  },
  {
    file: "bench/vllm_throughput.ipynb",
    type: "notebook",
    // The OpenAI client talks to the local server by its served name, not by a Hub id.
    text: nb([
      ["markdown", "# vLLM throughput\nOffline engine first, then the OpenAI-compatible server."],
      [
        "code",
        `
from vllm import LLM, SamplingParams

llm = LLM(
    model="Qwen/Qwen2.5-7B-Instruct",
    revision="a09a35458c702b33eeacc393d103063234e8bc28",
    max_model_len=8192,
)
outs = llm.generate(["Write a haiku about GPUs."] * 64, SamplingParams(max_tokens=64))
`,
      ],
      [
        "code",
        "!nohup vllm serve Qwen/Qwen2.5-Coder-7B-Instruct --served-model-name qwen-local --port 8000 &",
      ],
      [
        "code",
        `
from openai import OpenAI

client = OpenAI(base_url="http://localhost:8000/v1", api_key="EMPTY")
r = client.chat.completions.create(model="qwen-local", messages=[{"role": "user", "content": "ping"}])
r.choices[0].message.content
`,
      ],
    ]),
    want: [
      w("hf-model", "Qwen/Qwen2.5-7B-Instruct", 20, "a09a35458c702b33eeacc393d103063234e8bc28"),
      w("hf-model", "Qwen/Qwen2.5-Coder-7B-Instruct", 33),
    ],
  },
  {
    file: "notebooks/dpo_smollm.ipynb",
    type: "notebook",
    // The id is held in model_id and used two lines down: the user expects it on the assignment.
    text: nb([
      ["markdown", "DPO on SmolLM2 with TRL; the result goes to the team org."],
      [
        "code",
        `
from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import DPOConfig, DPOTrainer

model_id = "HuggingFaceTB/SmolLM2-360M-Instruct"
model = AutoModelForCausalLM.from_pretrained(model_id)
tokenizer = AutoTokenizer.from_pretrained(model_id)
train = load_dataset("trl-lib/ultrafeedback_binarized", split="train")
`,
      ],
      [
        "code",
        `
cfg = DPOConfig(
    output_dir="SmolLM2-360M-DPO",
    beta=0.1,
    push_to_hub=True,
    hub_model_id="acme/SmolLM2-360M-DPO",
)
DPOTrainer(model=model, args=cfg, train_dataset=train, processing_class=tokenizer).train()
`,
      ],
    ]),
    want: [
      w("hf-model", "HuggingFaceTB/SmolLM2-360M-Instruct", 20),
      w("hf-dataset", "trl-lib/ultrafeedback_binarized", 23),
    ],
  },
  // ---------------------------------------------------------------- config files (6)
  {
    file: "package.json",
    type: "config",
    // npm package names (@huggingface/transformers) are dependencies, not models.
    text: src(`
{
  "name": "@acme/voice-notes",
  "version": "0.4.1",
  "private": true,
  "type": "module",
  "repository": { "type": "git", "url": "git+https://github.com/acme/voice-notes.git" },
  "scripts": {
    "dev": "vite",
    "build": "tsc -b && vite build",
    "models": "huggingface-cli download Xenova/whisper-tiny.en --local-dir public/models/whisper-tiny.en",
    "test": "vitest run"
  },
  "config": {
    "model": "Xenova/whisper-tiny.en"
  },
  "dependencies": {
    "@huggingface/transformers": "^3.1.0",
    "@xenova/transformers": "2.17.2",
    "react": "^18.3.1",
    "react-dom": "^18.3.1"
  },
  "devDependencies": {
    "@vitejs/plugin-react": "^4.3.3",
    "typescript": "~5.6.2",
    "vite": "^5.4.10",
    "vitest": "^2.1.4"
  }
}
`),
    want: [w("hf-model", "Xenova/whisper-tiny.en", 10), w("hf-model", "Xenova/whisper-tiny.en", 14)],
  },
  {
    file: ".continue/config.json",
    type: "config",
    // Ollama tags ("qwen2.5-coder:7b") are local runtime names; the Hub-served ones are references.
    text: src(`
{
  "models": [
    {
      "title": "Qwen coder (local)",
      "provider": "ollama",
      "model": "qwen2.5-coder:7b",
      "apiBase": "http://localhost:11434"
    },
    {
      "title": "GPT-4o",
      "provider": "openai",
      "model": "gpt-4o"
    }
  ],
  "tabAutocompleteModel": {
    "title": "StarCoder2",
    "provider": "huggingface-inference-api",
    "model": "bigcode/starcoder2-3b"
  },
  "embeddingsProvider": {
    "provider": "transformers.js",
    "model": "Xenova/all-MiniLM-L6-v2"
  },
  "contextProviders": [{ "name": "codebase", "params": { "nRetrieve": 25 } }],
  "allowAnonymousTelemetry": false
}
`),
    want: [w("hf-model", "bigcode/starcoder2-3b", 18), w("hf-model", "Xenova/all-MiniLM-L6-v2", 22)],
  },
  {
    file: ".env.example",
    type: "config",
    // *_MODEL settings holding Hub ids are what the service downloads; the image tag and the
    // hosted OpenAI name are not models from the Hub.
    text: src(`
# Copy to .env and fill in. Never commit the real file.
HF_TOKEN=
HF_HOME=/data/hf-cache
OPENAI_API_KEY=

# Retrieval
EMBEDDING_MODEL=BAAI/bge-m3
RERANKER_MODEL=BAAI/bge-reranker-v2-m3
TEI_IMAGE=ghcr.io/huggingface/text-embeddings-inference:cpu-1.5

# Generation
LLM_MODEL=meta-llama/Llama-3.1-8B-Instruct
OPENAI_MODEL=gpt-4o
MAX_NEW_TOKENS=512

# Storage
DATABASE_URL=postgresql://app:app@localhost:5432/app
S3_BUCKET=acme-rag-artifacts
UPLOAD_DIR=./uploads
`),
    want: [
      w("hf-model", "BAAI/bge-m3", 7),
      w("hf-model", "BAAI/bge-reranker-v2-m3", 8),
      w("hf-model", "meta-llama/Llama-3.1-8B-Instruct", 12),
    ],
  },
  {
    file: "configs/train.ini",
    type: "config",
    // hub_repo is the push target; the revision pins the base model.
    text: src(`
; Fine-tune settings read by train.py through configparser.
[model]
model_name_or_path = distilbert/distilbert-base-uncased
revision = 6cdc0aad91f5ae2e6712e91bc7b65d1cf5c05411
num_labels = 2

[data]
dataset_name = stanfordnlp/imdb
text_column = text
max_length = 256

[training]
output_dir = checkpoints/imdb-distilbert
learning_rate = 2e-5
epochs = 2
seed = 13

[output]
hub_repo = acme/imdb-distilbert
private = true
`),
    want: [
      w("hf-model", "distilbert/distilbert-base-uncased", 3, "6cdc0aad91f5ae2e6712e91bc7b65d1cf5c05411"),
      w("hf-dataset", "stanfordnlp/imdb", 8),
    ],
  },
  {
    file: "src/Acme.Assistant/App.config",
    type: "config",
    // The Hub model id is a reference; the Ollama tag and NuGet package ids are not.
    text: src(`
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="HuggingFace:Endpoint" value="https://router.huggingface.co/v1" />
    <add key="HuggingFace:ModelId" value="microsoft/Phi-3.5-mini-instruct" />
    <add key="Ollama:Model" value="llama3.2" />
    <add key="Ollama:Endpoint" value="http://localhost:11434" />
    <add key="Cache:Directory" value="C:\\ProgramData\\Acme\\models" />
  </appSettings>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="Microsoft.ML.OnnxRuntime" publicKeyToken="f27f157f0a5b7bb6" />
        <bindingRedirect oldVersion="0.0.0.0-1.19.2.0" newVersion="1.19.2.0" />
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
  <system.diagnostics>
    <trace autoflush="true" />
  </system.diagnostics>
</configuration>
`),
    want: [w("hf-model", "microsoft/Phi-3.5-mini-instruct", 5)],
  },
  {
    file: "src/main/resources/application.properties",
    type: "config",
    text: src(`
spring.application.name=support-bot
spring.datasource.url=jdbc:postgresql://localhost:5432/support
spring.datasource.username=support

# Local ONNX embeddings (spring-ai-transformers)
spring.ai.embedding.transformer.tokenizer.uri=https://huggingface.co/intfloat/e5-small-v2/resolve/main/tokenizer.json
spring.ai.embedding.transformer.onnx.modelUri=https://huggingface.co/intfloat/e5-small-v2/resolve/main/model.onnx
spring.ai.embedding.transformer.cache.directory=/tmp/spring-ai-onnx

# Chat goes to hosted models
spring.ai.openai.chat.options.model=gpt-4o-mini
spring.ai.ollama.chat.options.model=mistral
spring.ai.ollama.base-url=http://localhost:11434

management.endpoints.web.exposure.include=health,info
logging.level.org.springframework.ai=INFO
`),
    want: [
      w("hf-model", "intfloat/e5-small-v2", 6, "main"),
      w("hf-model", "intfloat/e5-small-v2", 7, "main"),
    ],
  },
  // ---------------------------------------------------------------- Python (6)
  {
    file: "serve/app.py",
    type: "python",
    // The default of the MODEL_ID setting is the model the service runs.
    text: src(`
import os
from functools import lru_cache

from fastapi import FastAPI
from pydantic import BaseModel
from transformers import pipeline

MODEL_ID = os.getenv("MODEL_ID", "cardiffnlp/twitter-roberta-base-sentiment-latest")
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/1")

app = FastAPI(title="acme/sentiment", version="1.2.0")


class Item(BaseModel):
    text: str


@lru_cache(maxsize=1)
def classifier():
    return pipeline("sentiment-analysis", model=MODEL_ID, tokenizer=MODEL_ID, top_k=None)


@app.post("/score")
def score(item: Item):
    if not item.text.strip():
        return {"error": "empty text"}
    return {"model": MODEL_ID, "scores": classifier()(item.text)[0]}


@app.get("/healthz")
def healthz():
    return {"ok": True}
`),
    want: [w("hf-model", "cardiffnlp/twitter-roberta-base-sentiment-latest", 8)],
  },
  {
    file: "train.py",
    type: "python",
    // Defaults of --model_name_or_path and --dataset_name are inputs; --hub_model_id is the output.
    text: src(`
import argparse

from datasets import load_dataset
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, Seq2SeqTrainer, Seq2SeqTrainingArguments


def parse():
    p = argparse.ArgumentParser(description="Fine-tune a seq2seq model on dialogue summaries.")
    p.add_argument("--model_name_or_path", default="google/flan-t5-base")
    p.add_argument("--dataset_name", default="knkarthick/samsum")
    p.add_argument("--output_dir", default="outputs/flan-t5-samsum")
    p.add_argument("--hub_model_id", default="acme/flan-t5-samsum")
    p.add_argument("--epochs", type=int, default=3)
    return p.parse_args()


def main():
    a = parse()
    tok = AutoTokenizer.from_pretrained(a.model_name_or_path)
    model = AutoModelForSeq2SeqLM.from_pretrained(a.model_name_or_path)
    ds = load_dataset(a.dataset_name)

    def prep(b):
        enc = tok(b["dialogue"], max_length=512, truncation=True)
        enc["labels"] = tok(text_target=b["summary"], max_length=128, truncation=True)["input_ids"]
        return enc

    ds = ds.map(prep, batched=True, remove_columns=ds["train"].column_names)
    args = Seq2SeqTrainingArguments(a.output_dir, num_train_epochs=a.epochs, hub_model_id=a.hub_model_id)
    Seq2SeqTrainer(model=model, args=args, train_dataset=ds["train"], tokenizer=tok).train()


if __name__ == "__main__":
    main()
`),
    want: [w("hf-model", "google/flan-t5-base", 9), w("hf-dataset", "knkarthick/samsum", 10)],
  },
  {
    file: "scripts/download_weights.py",
    type: "python",
    // upload_folder targets the team's mirror: an output.
    text: src(`
"""Fetch the weights the ComfyUI workers need into ./models, then mirror them."""
from pathlib import Path

from huggingface_hub import hf_hub_download, snapshot_download, upload_folder

ROOT = Path("models")


def fetch():
    snapshot_download(
        repo_id="stabilityai/stable-diffusion-3.5-medium",
        revision="b940f670f0eda2d07fbb75229e779da1ad11eb80",
        allow_patterns=["*.safetensors", "*.json"],
        local_dir=ROOT / "sd35m",
    )
    hf_hub_download("city96/FLUX.1-dev-gguf", "flux1-dev-Q4_K_S.gguf", local_dir=ROOT / "unet")


def mirror():
    upload_folder(repo_id="acme/comfy-weights-mirror", folder_path=str(ROOT), repo_type="model")


if __name__ == "__main__":
    fetch()
    mirror()
`),
    want: [
      w(
        "hf-model",
        "stabilityai/stable-diffusion-3.5-medium",
        11,
        "b940f670f0eda2d07fbb75229e779da1ad11eb80",
      ),
      w("hf-model", "city96/FLUX.1-dev-gguf", 16),
    ],
  },
  {
    file: "bot/llm_local.py",
    type: "python",
    text: src(`
import os
import sys

from llama_cpp import Llama


def load():
    path = os.environ.get("LLM_GGUF")
    if path:
        return Llama(model_path=path, n_ctx=4096)
    if os.path.exists("./models/mistral-7b-instruct-v0.2.Q4_K_M.gguf"):
        return Llama(model_path="./models/mistral-7b-instruct-v0.2.Q4_K_M.gguf", n_ctx=4096)
    return Llama.from_pretrained(
        repo_id="Qwen/Qwen2.5-0.5B-Instruct-GGUF",
        filename="*q8_0.gguf",
        n_ctx=4096,
        verbose=False,
    )


def main():
    llm = load()
    for line in sys.stdin:
        out = llm.create_chat_completion(messages=[{"role": "user", "content": line.strip()}])
        print(out["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
`),
    want: [w("hf-model", "Qwen/Qwen2.5-0.5B-Instruct-GGUF", 14)],
  },
  {
    file: "vision/backbones.py",
    type: "python",
    // torch.hub entries are GitHub repos (with a ref after ":"); the clone URL in the comment is docs.
    text: src(`
import open_clip
import torch

# Original code: git clone https://github.com/openai/CLIP (not used here).


def resnet18():
    return torch.hub.load("pytorch/vision:v0.10.0", "resnet18", weights="IMAGENET1K_V1").eval()


def dino_small():
    return torch.hub.load("facebookresearch/dinov2", "dinov2_vits14").eval()


def clip_b32():
    model, _, preprocess = open_clip.create_model_and_transforms(
        "hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K"
    )
    tokenizer = open_clip.get_tokenizer("hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K")
    return model.eval(), preprocess, tokenizer


BACKBONES = {"resnet18": resnet18, "dino_s": dino_small, "clip_b32": clip_b32}


def build(name: str):
    if name not in BACKBONES:
        raise KeyError(f"unknown backbone {name!r}; choose from {sorted(BACKBONES)}")
    return BACKBONES[name]()
`),
    want: [
      w("github-repo", "pytorch/vision", 8, "v0.10.0"),
      w("github-repo", "facebookresearch/dinov2", 12),
      w("hf-model", "laion/CLIP-ViT-B-32-laion2B-s34B-b79K", 17),
      w("hf-model", "laion/CLIP-ViT-B-32-laion2B-s34B-b79K", 19),
    ],
  },
  {
    file: "embeddings/build_index.py",
    type: "python",
    // Ids split over lines inside the call: the line is the id's own. text-embedding-3-small is OpenAI's.
    text: src(`
import ray
from datasets import load_dataset
from openai import OpenAI
from transformers import AutoTokenizer
from vllm import LLM

ray.init(address="ray://head:10001")

llm = LLM(model="intfloat/e5-mistral-7b-instruct", task="embed", tensor_parallel_size=2)
tokenizer = AutoTokenizer.from_pretrained(
    "intfloat/e5-mistral-7b-instruct",
    revision="07163b72af1488142a360786df853f237b1a3ca1",
)
corpus = load_dataset(
    "mteb/scidocs",
    "corpus",
    split="corpus",
)


def embed_local(texts):
    return [o.outputs.embedding for o in llm.embed(texts)]


def embed_hosted(texts):
    client = OpenAI()
    return [d.embedding for d in client.embeddings.create(model="text-embedding-3-small", input=texts).data]


if __name__ == "__main__":
    texts = [r["text"][:2000] for r in corpus.select(range(1000))]
    print(len(embed_local(texts)), len(embed_hosted(texts[:10])))
`),
    want: [
      w("hf-model", "intfloat/e5-mistral-7b-instruct", 9),
      w("hf-model", "intfloat/e5-mistral-7b-instruct", 11, "07163b72af1488142a360786df853f237b1a3ca1"),
      w("hf-dataset", "mteb/scidocs", 15),
    ],
  },
];

// Every miss of the measured run was fixed in the same stop (see the header).
const KNOWN: Outcome[] = [];

describe("held-out round 14", () => {
  describe("labels", () => {
    it("holds 40 files: 12 ts/js, 8 other languages, 8 notebooks, 6 configs, 6 python", () => {
      const count = (t: string) => CASES.filter((c) => c.type === t).length;
      expect(CASES.length).toBe(40);
      expect(new Set(CASES.map((c) => c.file)).size).toBe(40);
      expect([
        count("ts/js"),
        count("other-lang"),
        count("notebook"),
        count("config"),
        count("python"),
      ]).toEqual([12, 8, 8, 6, 6]);
    });

    it("every file is a real file, 15-60 lines (notebooks may be longer)", () => {
      for (const c of CASES) {
        const n = c.text.split("\n").length;
        expect(n, c.file).toBeGreaterThanOrEqual(15);
        if (c.type !== "notebook") expect(n, c.file).toBeLessThanOrEqual(61);
      }
    });

    it("notebooks are valid JSON", () => {
      for (const c of CASES.filter((x) => x.type === "notebook"))
        expect(() => JSON.parse(c.text), c.file).not.toThrow();
    });

    it("each expected id (or its bare name, for a SentenceTransformer short name) sits on its stated line", () => {
      for (const c of CASES) {
        const lines = c.text.split("\n");
        for (const r of c.want) {
          const line = lines[r.line - 1] ?? "";
          const needle = c.text.includes(r.id) ? r.id : r.id.split("/")[1]!;
          expect(line.includes(needle), `${c.file}:${r.line} should hold ${r.id}`).toBe(true);
          if (r.revision) {
            const near = lines.slice(Math.max(0, r.line - 3), r.line + 3).join("\n");
            expect(near.includes(r.revision), `${c.file}:${r.line} revision ${r.revision} nearby`).toBe(true);
          }
        }
      }
    });
  });

  heldoutChecks("r14", CASES, {
    known: KNOWN,
    floor: { recall: 1, precision: 1 },
    verbose: process.env.R14_VERBOSE === "1",
  });
});
