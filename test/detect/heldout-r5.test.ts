// Held-out round 5: 40 realistic files written by a reviewer who did not read src/detect or the
// other detect tests, in the style of public ML repositories (rewritten, never copied). Each file
// lists the references a user would expect at confidence >= 0.5 (kind, id, line, revision) and
// nothing else: everything else in the file is a negative. Ambiguous calls carry a `why`.
//
// Measured against detectText at the commit this file was written on (round 5, before any fix):
//   overall   40 files, 82 expected, 78 reported, 78 correct: recall 0.951, precision 1.000
//   python    14 files, 35 expected: recall 1.000, precision 1.000
//   notebook   4 files,  7 expected: recall 0.857, precision 1.000
//   ts-js      5 files, 11 expected: recall 0.818, precision 1.000
//   yaml       6 files,  9 expected: recall 1.000, precision 1.000
//   json       3 files,  4 expected: recall 1.000, precision 1.000
//   shell      3 files,  7 expected: recall 1.000, precision 1.000
//   markdown   3 files,  9 expected: recall 0.889, precision 1.000
//   non-ml     2 files,  0 expected: 0 false alarms
// 4 misses, 0 false alarms (KNOWN below). Before the reviewer read that the project treats
// revision "main" as no pin (docs/DETECTION.md, normalization) and agreed with it, three
// expectations carried @main and the numbers were recall 0.915, precision 0.962.
//
// After the one fix made from this round (the id of an entry in a registry kept under a model key,
// MODELS = { chat: { id: "org/x" } }): 80 of 82, recall 0.976, precision 1.000. After round 6 a
// model card's `datasets:` list counts (the training data's terms bind the model; both independent
// reviewers expected it), and a revision constant passed as revision= pins the call (one label
// changed to match): 81 of 82. The miss left is a decision (docs/DETECTION.md):
// huggingface/documentation-images holds the Hub site's sample assets.
// In stop 11 the project took the reviewer's first reading of revision "main" back: a revision is
// reported as written, `main` included (it groups with the unpinned id), so those three labels carry
// @main again, as first written.
// The test asserts that recall and precision do not fall below those numbers, and that the misses
// and false alarms are exactly the KNOWN table: a fix that clears an entry must delete it there
// (and may raise the floors); a regression adds one and fails. R5_VERBOSE=1 prints every miss and
// false alarm.
import { describe, expect, it } from "vitest";
import { heldoutChecks, lineOf, type Outcome } from "./heldout-harness.js";

type Kind = "hf-model" | "hf-dataset" | "github-repo" | "weights-file";
type FileType = "python" | "notebook" | "ts-js" | "yaml" | "json" | "shell" | "markdown" | "non-ml";

interface Expected {
  kind: Kind;
  id: string;
  /** A substring that occurs on exactly one line of the file: the line the reference is on. */
  at: string;
  rev?: string;
  /** Why a user expects it, for the ambiguous ones. */
  why?: string;
}

interface Case {
  file: string;
  type: FileType;
  text: string;
  expect: Expected[];
  /** Decisions about negatives that a reader could dispute. */
  negatives?: string;
}

/** Jupyter writes notebooks with one-space indentation and one string per source line. */
function notebook(cells: Array<{ type: "code" | "markdown"; src: string; out?: string }>): string {
  const nb = {
    cells: cells.map((c, i) => {
      const source = c.src.split("\n").map((l, j, all) => (j < all.length - 1 ? `${l}\n` : l));
      if (c.type === "markdown") return { cell_type: "markdown", metadata: {}, source };
      return {
        cell_type: "code",
        execution_count: i + 1,
        metadata: {},
        outputs: c.out
          ? [{ name: "stdout", output_type: "stream", text: c.out.split("\n").map((l) => `${l}\n`) }]
          : [],
        source,
      };
    }),
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python", version: "3.11.7" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(nb, null, 1)}\n`;
}

const CASES: Case[] = [
  /* ------------------------------------------------------------------ python */
  {
    file: "scripts/finetune_lora.py",
    type: "python",
    text: `"""LoRA fine-tune of a small Llama on an instruction set.

Run: python scripts/finetune_lora.py --output_dir runs/lora-1b
"""
import argparse

import torch
from datasets import load_dataset
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--base_model", default="meta-llama/Llama-3.2-1B")
    p.add_argument("--output_dir", default="runs/lora")
    p.add_argument("--lora_r", type=int, default=16)
    p.add_argument("--epochs", type=float, default=1.0)
    return p.parse_args()


def main():
    args = parse_args()
    tok = AutoTokenizer.from_pretrained(args.base_model)
    tok.pad_token = tok.eos_token
    model = AutoModelForCausalLM.from_pretrained(args.base_model, torch_dtype=torch.bfloat16)
    model = get_peft_model(model, LoraConfig(r=args.lora_r, lora_alpha=32, target_modules=["q_proj", "v_proj"]))

    ds = load_dataset("tatsu-lab/alpaca", split="train[:2%]")
    ds = ds.map(lambda ex: tok(ex["instruction"] + "\\n" + ex["output"], truncation=True, max_length=512))

    trainer = Trainer(
        model=model,
        args=TrainingArguments(output_dir=args.output_dir, num_train_epochs=args.epochs, bf16=True, logging_steps=10),
        train_dataset=ds,
    )
    trainer.train()
    model.save_pretrained(f"{args.output_dir}/adapter")


if __name__ == "__main__":
    main()
`,
    expect: [
      {
        kind: "hf-model",
        id: "meta-llama/Llama-3.2-1B",
        at: "--base_model",
        why: "the argparse default is the model every run without the flag loads",
      },
      { kind: "hf-dataset", id: "tatsu-lab/alpaca", at: "load_dataset(" },
    ],
  },
  {
    file: "src/search/embed_index.py",
    type: "python",
    text: `import json
from pathlib import Path

import faiss
import numpy as np
from sentence_transformers import CrossEncoder, SentenceTransformer

INDEX_PATH = Path("./index/faiss.bin")
DOCS_PATH = Path("data/docs.jsonl")

_encoder = SentenceTransformer("all-MiniLM-L6-v2")
_reranker = CrossEncoder("cross-encoder/ms-marco-MiniLM-L-6-v2", max_length=512)


def build_index(docs: list[str]) -> faiss.IndexFlatIP:
    emb = _encoder.encode(docs, normalize_embeddings=True, batch_size=64)
    index = faiss.IndexFlatIP(emb.shape[1])
    index.add(np.asarray(emb, dtype="float32"))
    faiss.write_index(index, str(INDEX_PATH))
    return index


def search(index, docs: list[str], query: str, k: int = 20, top: int = 5):
    q = _encoder.encode([query], normalize_embeddings=True)
    _, ids = index.search(np.asarray(q, dtype="float32"), k)
    hits = [docs[i] for i in ids[0] if i >= 0]
    scores = _reranker.predict([(query, h) for h in hits])
    ranked = sorted(zip(scores, hits), reverse=True)[:top]
    return [{"score": float(s), "text": h} for s, h in ranked]


if __name__ == "__main__":
    docs = [json.loads(l)["text"] for l in DOCS_PATH.read_text().splitlines()]
    idx = build_index(docs)
    print(search(idx, docs, "how do I rotate credentials?"))
`,
    expect: [
      {
        kind: "hf-model",
        id: "sentence-transformers/all-MiniLM-L6-v2",
        at: "SentenceTransformer(",
      },
      {
        kind: "hf-model",
        id: "cross-encoder/ms-marco-MiniLM-L-6-v2",
        at: "CrossEncoder(",
        why: "CrossEncoder is sentence-transformers' reranker class and downloads from the Hub",
      },
    ],
  },
  {
    file: "app/rag_chain.py",
    type: "python",
    text: `import os

from langchain_community.vectorstores import Chroma
from langchain_core.prompts import ChatPromptTemplate
from langchain_huggingface import HuggingFaceEmbeddings, HuggingFaceEndpoint
from langchain_openai import ChatOpenAI

PERSIST_DIR = "chroma_db"

embeddings = HuggingFaceEmbeddings(
    model_name="BAAI/bge-small-en-v1.5",
    encode_kwargs={"normalize_embeddings": True},
)
store = Chroma(persist_directory=PERSIST_DIR, embedding_function=embeddings)


def make_llm(provider: str):
    if provider == "openai":
        return ChatOpenAI(model="gpt-4o-mini", temperature=0)
    return HuggingFaceEndpoint(
        repo_id="mistralai/Mistral-7B-Instruct-v0.3",
        max_new_tokens=512,
        huggingfacehub_api_token=os.environ.get("HF_TOKEN"),
    )


prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "Answer only from the context. Context:\\n{context}"),
        ("human", "{question}"),
    ]
)


def answer(question: str, provider: str = "hf") -> str:
    docs = store.similarity_search(question, k=4)
    chain = prompt | make_llm(provider)
    return chain.invoke({"context": "\\n\\n".join(d.page_content for d in docs), "question": question})
`,
    expect: [
      { kind: "hf-model", id: "BAAI/bge-small-en-v1.5", at: "BAAI/bge-small" },
      { kind: "hf-model", id: "mistralai/Mistral-7B-Instruct-v0.3", at: "repo_id=" },
    ],
    negatives: "gpt-4o-mini is an OpenAI API model, not a Hub repository",
  },
  {
    file: "serve/offline_batch.py",
    type: "python",
    text: `"""Offline batch generation with vLLM.

Model card: https://huggingface.co/Qwen/Qwen2.5-7B-Instruct
"""
import json
import sys

from vllm import LLM, SamplingParams

PROMPTS_FILE = sys.argv[1] if len(sys.argv) > 1 else "prompts.jsonl"

params = SamplingParams(temperature=0.7, top_p=0.8, max_tokens=1024)
llm = LLM(
    model="Qwen/Qwen2.5-7B-Instruct",
    tensor_parallel_size=1,
    max_model_len=8192,
    gpu_memory_utilization=0.9,
)

with open(PROMPTS_FILE) as f:
    rows = [json.loads(line) for line in f]

messages = [[{"role": "user", "content": r["prompt"]}] for r in rows]
outputs = llm.chat(messages, params)

with open("generations.jsonl", "w") as out:
    for row, o in zip(rows, outputs):
        out.write(json.dumps({"id": row["id"], "text": o.outputs[0].text}) + "\\n")

print(f"wrote {len(outputs)} generations")
`,
    expect: [
      { kind: "hf-model", id: "Qwen/Qwen2.5-7B-Instruct", at: "Model card:" },
      { kind: "hf-model", id: "Qwen/Qwen2.5-7B-Instruct", at: 'model="Qwen' },
    ],
  },
  {
    file: "diffusion/generate_sdxl.py",
    type: "python",
    text: `import argparse

import torch
from diffusers import AutoencoderKL, StableDiffusionXLPipeline

NEGATIVE = "blurry, low quality, watermark"


def load_pipeline(device: str = "cuda") -> StableDiffusionXLPipeline:
    vae = AutoencoderKL.from_pretrained("madebyollin/sdxl-vae-fp16-fix", torch_dtype=torch.float16)
    pipe = StableDiffusionXLPipeline.from_pretrained(
        "stabilityai/stable-diffusion-xl-base-1.0",
        vae=vae,
        torch_dtype=torch.float16,
        variant="fp16",
        use_safetensors=True,
    )
    pipe.load_lora_weights("nerijs/pixel-art-xl", weight_name="pixel-art-xl.safetensors")
    pipe.enable_model_cpu_offload()
    return pipe.to(device)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prompt")
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--out", default="out.png")
    args = ap.parse_args()
    pipe = load_pipeline()
    image = pipe(args.prompt, negative_prompt=NEGATIVE, num_inference_steps=args.steps).images[0]
    image.save(args.out)


if __name__ == "__main__":
    main()
`,
    expect: [
      { kind: "hf-model", id: "madebyollin/sdxl-vae-fp16-fix", at: "madebyollin" },
      { kind: "hf-model", id: "stabilityai/stable-diffusion-xl-base-1.0", at: "stabilityai/" },
      {
        kind: "hf-model",
        id: "nerijs/pixel-art-xl",
        at: "load_lora_weights(",
        why: "load_lora_weights downloads LoRA weights from that Hub repository; their license binds the output",
      },
    ],
  },
  {
    file: "vision/classify.py",
    type: "python",
    text: `import open_clip
import timm
import torch
from PIL import Image

# ImageNet backbone used for the baseline numbers in the report
backbone = timm.create_model(
    "hf-hub:timm/vit_base_patch16_224.augreg2_in21k_ft_in1k",
    pretrained=True,
    num_classes=0,
)
cfg = timm.data.resolve_data_config({}, model=backbone)
tfm = timm.data.create_transform(**cfg)

# zero-shot labels
clip_model, _, preprocess = open_clip.create_model_and_transforms(
    "hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K"
)
tokenizer = open_clip.get_tokenizer("hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K")

LABELS = ["a photo of a cat", "a photo of a dog", "a photo of a truck"]


@torch.no_grad()
def zero_shot(path: str) -> dict[str, float]:
    image = preprocess(Image.open(path).convert("RGB")).unsqueeze(0)
    text = tokenizer(LABELS)
    img_f = clip_model.encode_image(image)
    txt_f = clip_model.encode_text(text)
    img_f /= img_f.norm(dim=-1, keepdim=True)
    txt_f /= txt_f.norm(dim=-1, keepdim=True)
    probs = (100.0 * img_f @ txt_f.T).softmax(dim=-1)[0]
    return {label: float(p) for label, p in zip(LABELS, probs)}


@torch.no_grad()
def embed(path: str) -> torch.Tensor:
    return backbone(tfm(Image.open(path).convert("RGB")).unsqueeze(0))
`,
    expect: [
      { kind: "hf-model", id: "timm/vit_base_patch16_224.augreg2_in21k_ft_in1k", at: "hf-hub:timm/" },
      { kind: "hf-model", id: "laion/CLIP-ViT-B-32-laion2B-s34B-b79K", at: '    "hf-hub:laion' },
      { kind: "hf-model", id: "laion/CLIP-ViT-B-32-laion2B-s34B-b79K", at: "get_tokenizer(" },
    ],
  },
  {
    file: "detect/track_people.py",
    type: "python",
    text: `"""Count people crossing a line in a video.

Two detectors are compared: YOLOv8 (ultralytics) and the older YOLOv5 from torch.hub.
"""
import sys

import cv2
import torch
from ultralytics import YOLO

VIDEO = sys.argv[1] if len(sys.argv) > 1 else "samples/street.mp4"
LINE_Y = 360

v8 = YOLO("yolov8n.pt")
v5 = torch.hub.load("ultralytics/yolov5", "yolov5s", pretrained=True)
midas = torch.hub.load("intel-isl/MiDaS:v3_1", "MiDaS_small")


def count(model_name: str) -> int:
    cap = cv2.VideoCapture(VIDEO)
    crossed = 0
    while True:
        ok, frame = cap.read()
        if not ok:
            break
        if model_name == "v8":
            res = v8.track(frame, persist=True, classes=[0], verbose=False)[0]
            boxes = res.boxes.xyxy.tolist()
        else:
            res = v5(frame[..., ::-1])
            boxes = [b[:4] for b in res.xyxy[0].tolist() if int(b[5]) == 0]
        crossed += sum(1 for b in boxes if b[1] < LINE_Y < b[3])
    cap.release()
    return crossed


print({"v8": count("v8"), "v5": count("v5")})
`,
    expect: [
      {
        kind: "github-repo",
        id: "ultralytics/ultralytics",
        at: 'YOLO("yolov8n.pt")',
        why: "the project's convention for Ultralytics hub weights (AGPL-3.0 publisher)",
      },
      { kind: "github-repo", id: "ultralytics/yolov5", at: "ultralytics/yolov5" },
      { kind: "github-repo", id: "intel-isl/MiDaS", at: "intel-isl/MiDaS", rev: "v3_1" },
    ],
    negatives: "samples/street.mp4 is a local path",
  },
  {
    file: "eval/run_benchmarks.py",
    type: "python",
    text: `import keras_nlp
import torch
from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer

MODEL_ID = "microsoft/phi-2"
DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


def load():
    tok = AutoTokenizer.from_pretrained(MODEL_ID)
    model = AutoModelForCausalLM.from_pretrained(MODEL_ID, torch_dtype="auto").to(DEVICE)
    return tok, model


def gsm8k_subset(n: int = 200):
    return load_dataset("gsm8k", "main", split="test").select(range(n))


def mmlu_subset(subject: str = "abstract_algebra"):
    return load_dataset("cais/mmlu", subject, split="test")


def local_extra():
    # our own held-out questions, kept next to the script
    return load_dataset("json", data_files="eval/extra_questions.jsonl", split="train")


def gemma_baseline():
    return keras_nlp.models.GemmaCausalLM.from_preset("hf://google/gemma-2b")


@torch.no_grad()
def accuracy(tok, model, rows, field="question", answer="answer") -> float:
    right = 0
    for r in rows:
        ids = tok(r[field], return_tensors="pt").to(DEVICE)
        out = tok.decode(model.generate(**ids, max_new_tokens=256)[0], skip_special_tokens=True)
        right += str(r[answer]).split("####")[-1].strip() in out
    return right / len(rows)
`,
    expect: [
      {
        kind: "hf-model",
        id: "microsoft/phi-2",
        at: "MODEL_ID = ",
        why: "a module constant holding a literal Hub id that from_pretrained loads two lines below",
      },
      {
        kind: "hf-dataset",
        id: "gsm8k",
        at: 'load_dataset("gsm8k"',
        why: "a canonical (unnamespaced) Hub dataset, still resolvable",
      },
      { kind: "hf-dataset", id: "cais/mmlu", at: "cais/mmlu" },
      { kind: "hf-model", id: "google/gemma-2b", at: "hf://google/gemma-2b" },
    ],
    negatives: 'load_dataset("json", data_files=...) is a local builder, not a Hub dataset',
  },
  {
    file: "src/text/tokenize_utils.py",
    type: "python",
    text: `from functools import lru_cache

from transformers import AutoTokenizer, T5ForConditionalGeneration

# Pinned so that cached token ids stay valid across upgrades.
T5_REVISION = "a9723ea"


@lru_cache(maxsize=4)
def t5_tokenizer():
    return AutoTokenizer.from_pretrained("google-t5/t5-small", revision="a9723ea")


@lru_cache(maxsize=1)
def t5_model():
    return T5ForConditionalGeneration.from_pretrained("google-t5/t5-small", revision=T5_REVISION)


@lru_cache(maxsize=1)
def bert_tokenizer():
    # legacy id kept on purpose: downstream vocab files were built against it
    return AutoTokenizer.from_pretrained("bert-base-uncased", use_fast=True)


def count_tokens(texts: list[str], which: str = "t5") -> list[int]:
    tok = t5_tokenizer() if which == "t5" else bert_tokenizer()
    return [len(tok(t, add_special_tokens=False)["input_ids"]) for t in texts]


def summarize(text: str, max_new_tokens: int = 64) -> str:
    tok, model = t5_tokenizer(), t5_model()
    ids = tok("summarize: " + text, return_tensors="pt", truncation=True, max_length=512)
    out = model.generate(**ids, max_new_tokens=max_new_tokens)
    return tok.decode(out[0], skip_special_tokens=True)
`,
    expect: [
      { kind: "hf-model", id: "google-t5/t5-small", at: 'revision="a9723ea"', rev: "a9723ea" },
      {
        kind: "hf-model",
        id: "google-t5/t5-small",
        at: "revision=T5_REVISION",
        rev: "a9723ea",
        // labelled unpinned at first; the lead's call, after round 6: the module constant
        // T5_REVISION is a literal assigned above, so it pins the call like the literal would
        why: "the revision is a module constant, a literal assigned above: it pins the call",
      },
      { kind: "hf-model", id: "bert-base-uncased", at: '"bert-base-uncased"' },
    ],
  },
  {
    file: "chat/llama_cpp_chat.py",
    type: "python",
    text: `import os

from llama_cpp import Llama

LOCAL_GGUF = os.environ.get("LOCAL_GGUF", "./models/local.gguf")


def load(prefer_local: bool = False) -> Llama:
    if prefer_local and os.path.exists(LOCAL_GGUF):
        return Llama(model_path=LOCAL_GGUF, n_ctx=4096, n_gpu_layers=-1)
    return Llama.from_pretrained(
        repo_id="TheBloke/Mistral-7B-Instruct-v0.2-GGUF",
        filename="*Q4_K_M.gguf",
        n_ctx=4096,
        n_gpu_layers=-1,
        verbose=False,
    )


def chat(llm: Llama, history: list[dict], user: str) -> str:
    history.append({"role": "user", "content": user})
    out = llm.create_chat_completion(messages=history, temperature=0.2, max_tokens=512)
    reply = out["choices"][0]["message"]["content"]
    history.append({"role": "assistant", "content": reply})
    return reply


if __name__ == "__main__":
    llm = load(prefer_local=bool(os.environ.get("USE_LOCAL")))
    hist: list[dict] = [{"role": "system", "content": "You are terse."}]
    while True:
        try:
            print(chat(llm, hist, input("> ")))
        except (EOFError, KeyboardInterrupt):
            break
`,
    expect: [{ kind: "hf-model", id: "TheBloke/Mistral-7B-Instruct-v0.2-GGUF", at: "TheBloke/" }],
    negatives: "./models/local.gguf is a local path; *Q4_K_M.gguf is a file glob",
  },
  {
    file: "audio/transcribe.py",
    type: "python",
    text: `import os

import torch
from huggingface_hub import hf_hub_download
from pyannote.audio import Pipeline as DiarizationPipeline
from transformers import WhisperProcessor, pipeline

device = "cuda:0" if torch.cuda.is_available() else "cpu"

asr = pipeline(
    "automatic-speech-recognition",
    model="openai/whisper-large-v3",
    chunk_length_s=30,
    device=device,
)
processor = WhisperProcessor.from_pretrained("openai/whisper-large-v3")

diar_cfg = hf_hub_download(repo_id="pyannote/speaker-diarization-3.1", filename="config.yaml")
diarizer = DiarizationPipeline.from_pretrained(
    "pyannote/speaker-diarization-3.1", use_auth_token=os.environ["HF_TOKEN"]
)


def transcribe(path: str) -> list[dict]:
    turns = diarizer(path)
    text = asr(path, return_timestamps=True, generate_kwargs={"language": "en"})
    chunks = text["chunks"]
    out = []
    for turn, _, speaker in turns.itertracks(yield_label=True):
        said = " ".join(c["text"] for c in chunks if c["timestamp"][0] >= turn.start and c["timestamp"][0] < turn.end)
        out.append({"speaker": speaker, "start": turn.start, "end": turn.end, "text": said.strip()})
    return out
`,
    expect: [
      { kind: "hf-model", id: "openai/whisper-large-v3", at: 'model="openai' },
      { kind: "hf-model", id: "openai/whisper-large-v3", at: "WhisperProcessor.from_pretrained" },
      { kind: "hf-model", id: "pyannote/speaker-diarization-3.1", at: "hf_hub_download(repo_id=" },
      { kind: "hf-model", id: "pyannote/speaker-diarization-3.1", at: '    "pyannote/' },
    ],
  },
  {
    file: "training/dpo.py",
    type: "python",
    text: `import torch
from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import DPOConfig, DPOTrainer

model = AutoModelForCausalLM.from_pretrained(
    "HuggingFaceTB/SmolLM2-360M-Instruct",
    torch_dtype=torch.bfloat16,
)
tokenizer = AutoTokenizer.from_pretrained(
    "HuggingFaceTB/SmolLM2-360M-Instruct"
)
train = load_dataset("trl-lib/ultrafeedback_binarized", split="train")

config = DPOConfig(
    output_dir="smollm2-dpo",
    per_device_train_batch_size=4,
    gradient_accumulation_steps=8,
    learning_rate=5e-7,
    beta=0.1,
    logging_steps=25,
    report_to="wandb",
    push_to_hub=True,
    hub_model_id="acme-research/smollm2-360m-dpo",
)

trainer = DPOTrainer(model=model, args=config, train_dataset=train, processing_class=tokenizer)
trainer.train()
trainer.push_to_hub()
`,
    expect: [
      {
        kind: "hf-model",
        id: "HuggingFaceTB/SmolLM2-360M-Instruct",
        at: '"HuggingFaceTB/SmolLM2-360M-Instruct",',
      },
      {
        kind: "hf-model",
        id: "HuggingFaceTB/SmolLM2-360M-Instruct",
        at: '    "HuggingFaceTB/SmolLM2-360M-Instruct"',
      },
      { kind: "hf-dataset", id: "trl-lib/ultrafeedback_binarized", at: "trl-lib/" },
    ],
    negatives: "hub_model_id is where the run uploads its own model: an output, not a model brought in",
  },
  {
    file: "utils/hub_sync.py",
    type: "python",
    text: `"""Mirror the translation model into the shared cache and publish our fine-tune."""
from pathlib import Path

from huggingface_hub import HfApi, snapshot_download

CACHE = Path("/mnt/models")


def mirror_nllb() -> Path:
    path = snapshot_download(
        repo_id="facebook/nllb-200-distilled-600M",
        revision="main",
        allow_patterns=["*.json", "*.safetensors", "sentencepiece.bpe.model"],
        local_dir=CACHE / "nllb-600m",
    )
    return Path(path)


def mirror_flores() -> Path:
    return Path(snapshot_download("openlanguagedata/flores_plus", repo_type="dataset", local_dir=CACHE / "flores"))


def publish(folder: str, tag: str) -> None:
    api = HfApi()
    api.create_repo("acme-ml/nllb-600m-legal", private=True, exist_ok=True)
    api.upload_folder(folder_path=folder, repo_id="acme-ml/nllb-600m-legal", commit_message=f"release {tag}")
    api.create_tag("acme-ml/nllb-600m-legal", tag=tag)


if __name__ == "__main__":
    print(mirror_nllb())
    print(mirror_flores())
`,
    expect: [
      {
        kind: "hf-model",
        id: "facebook/nllb-200-distilled-600M",
        at: "facebook/nllb",
        rev: "main",
        why: 'revision="main" as written (the reviewer\'s first label; main pins nothing and groups with the unpinned id)',
      },
      { kind: "hf-dataset", id: "openlanguagedata/flores_plus", at: "openlanguagedata/" },
    ],
    negatives:
      "acme-ml/nllb-600m-legal is the repository this script publishes to (create_repo, upload_folder)",
  },
  {
    file: "data/preprocess.py",
    type: "python",
    text: `"""Turn the raw dumps into train/val splits.

Loading guide: https://huggingface.co/docs/datasets/loading
Background: https://huggingface.co/blog/fine-tune-whisper
The QA portion follows https://huggingface.co/datasets/rajpurkar/squad_v2 (same field names).
"""
import mimetypes
import os
from datetime import datetime

import pandas as pd

RAW = "data/raw"
OUT = "data/processed"
SPLITS = {"train/val": 0.9}


def is_text(path: str) -> bool:
    kind, _ = mimetypes.guess_type(path)
    return kind in ("text/plain", "text/csv", "application/json")


def load_raw() -> pd.DataFrame:
    frames = [pd.read_csv(os.path.join(RAW, f)) for f in sorted(os.listdir(RAW)) if is_text(f)]
    df = pd.concat(frames, ignore_index=True)
    df["day"] = pd.to_datetime(df["date"], format="%Y/%m/%d")
    return df[df["day"] >= datetime(2023, 1, 1)]


def split(df: pd.DataFrame):
    frac = SPLITS["train/val"]
    train = df.sample(frac=frac, random_state=13)
    return train, df.drop(train.index)


if __name__ == "__main__":
    tr, va = split(load_raw())
    os.makedirs(OUT, exist_ok=True)
    tr.to_json(f"{OUT}/train.jsonl", orient="records", lines=True)
    va.to_json(f"{OUT}/val.jsonl", orient="records", lines=True)
`,
    expect: [{ kind: "hf-dataset", id: "rajpurkar/squad_v2", at: "rajpurkar/squad_v2" }],
  },
  /* ---------------------------------------------------------------- notebooks */
  {
    file: "notebooks/01_quickstart.ipynb",
    type: "notebook",
    text: notebook([
      {
        type: "markdown",
        src: "# Quickstart\n\nGenerate text with an instruction-tuned model. See the [pipelines guide](https://huggingface.co/docs/transformers/main_classes/pipelines).",
      },
      { type: "code", src: "!pip install -q transformers accelerate bitsandbytes" },
      {
        type: "code",
        src: 'import torch\nfrom transformers import pipeline\n\npipe = pipeline(\n    "text-generation",\n    model="mistralai/Mistral-7B-Instruct-v0.2",\n    torch_dtype=torch.float16,\n    device_map="auto",\n)',
        out: "Loading checkpoint shards: 100%|##########| 3/3 [00:41<00:00, 13.8s/it]",
      },
      {
        type: "code",
        src: 'messages = [{"role": "user", "content": "Explain KV caching in two sentences."}]\nout = pipe(messages, max_new_tokens=128)\nprint(out[0]["generated_text"][-1]["content"])',
        out: "KV caching stores the keys and values of past tokens so they are not recomputed.",
      },
    ]),
    expect: [
      {
        kind: "hf-model",
        id: "mistralai/Mistral-7B-Instruct-v0.2",
        at: "mistralai/Mistral-7B-Instruct-v0.2",
      },
    ],
  },
  {
    file: "notebooks/finetune_classifier.ipynb",
    type: "notebook",
    text: notebook([
      { type: "markdown", src: "## Sentiment classifier\nFine-tune DistilBERT on IMDB reviews." },
      {
        type: "code",
        src: 'from datasets import load_dataset\n\nimdb = load_dataset("imdb")\nimdb',
        out: "DatasetDict({\n    train: Dataset({features: ['text', 'label'], num_rows: 25000})\n})",
      },
      {
        type: "code",
        src: 'from transformers import AutoModelForSequenceClassification, AutoTokenizer\n\ncheckpoint = "distilbert/distilbert-base-uncased"\ntokenizer = AutoTokenizer.from_pretrained(checkpoint)\nmodel = AutoModelForSequenceClassification.from_pretrained(checkpoint, num_labels=2)',
        out: "Some weights of DistilBertForSequenceClassification were not initialized from the model checkpoint and are newly initialized: ['classifier.bias', 'classifier.weight']",
      },
      {
        type: "code",
        src: 'from transformers import Trainer, TrainingArguments\n\nargs = TrainingArguments(\n    output_dir="distilbert-imdb",\n    eval_strategy="epoch",\n    num_train_epochs=2,\n    push_to_hub=True,\n    hub_model_id="jdoe/distilbert-imdb",\n)\ntok = imdb.map(lambda b: tokenizer(b["text"], truncation=True), batched=True)\ntrainer = Trainer(model=model, args=args, train_dataset=tok["train"], eval_dataset=tok["test"], tokenizer=tokenizer)\ntrainer.train()',
      },
    ]),
    expect: [
      { kind: "hf-dataset", id: "imdb", at: "load_dataset(", why: "canonical unnamespaced Hub dataset" },
      {
        kind: "hf-model",
        id: "distilbert/distilbert-base-uncased",
        at: "checkpoint = ",
        why: "the course's checkpoint-variable idiom: a literal Hub id loaded on the next lines",
      },
    ],
    negatives: "hub_model_id is the upload destination",
  },
  {
    file: "notebooks/sd_inpainting.ipynb",
    type: "notebook",
    text: notebook([
      { type: "markdown", src: "### SDXL inpainting demo" },
      {
        type: "code",
        src: 'import torch\nfrom diffusers import AutoPipelineForInpainting\nfrom diffusers.utils import load_image, make_image_grid\n\npipe = AutoPipelineForInpainting.from_pretrained(\n    "diffusers/stable-diffusion-xl-1.0-inpainting-0.1",\n    torch_dtype=torch.float16,\n    variant="fp16",\n).to("cuda")',
      },
      {
        type: "code",
        src: 'base = "https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/diffusers"\nimage = load_image(f"{base}/inpaint.png").resize((1024, 1024))\nmask = load_image(f"{base}/inpaint_mask.png").resize((1024, 1024))',
      },
      {
        type: "code",
        src: 'generator = torch.Generator("cuda").manual_seed(0)\nresult = pipe(prompt="a tiger sitting on a park bench", image=image, mask_image=mask, strength=0.85, generator=generator).images[0]\nmake_image_grid([image, mask, result], rows=1, cols=3)',
      },
    ]),
    expect: [
      {
        kind: "hf-model",
        id: "diffusers/stable-diffusion-xl-1.0-inpainting-0.1",
        at: "diffusers/stable-diffusion-xl-1.0-inpainting-0.1",
      },
      {
        kind: "hf-dataset",
        id: "huggingface/documentation-images",
        at: "documentation-images",
        rev: "main",
        why: "the notebook downloads its inputs from that dataset (resolve/main, as written)",
      },
    ],
  },
  {
    file: "notebooks/eval_embeddings.ipynb",
    type: "notebook",
    text: notebook([
      { type: "code", src: "%pip install -U sentence-transformers mteb" },
      {
        type: "code",
        src: 'import mteb\nfrom sentence_transformers import SentenceTransformer\n\nmodel = SentenceTransformer("BAAI/bge-m3")\ntasks = mteb.get_tasks(tasks=["Banking77Classification"])',
        out: "modules.json: 100%|##########| 349/349 [00:00<00:00, 1.2MB/s]",
      },
      {
        type: "code",
        src: 'evaluation = mteb.MTEB(tasks=tasks)\nresults = evaluation.run(model, output_folder="results/bge-m3")\nresults[0].scores["test"][0]["main_score"]',
        out: "0.8141",
      },
      {
        type: "code",
        src: 'from datasets import load_dataset\n\nbanking = load_dataset("mteb/banking77", split="test")\nbanking[0]',
      },
    ]),
    expect: [
      { kind: "hf-model", id: "BAAI/bge-m3", at: "SentenceTransformer(" },
      { kind: "hf-dataset", id: "mteb/banking77", at: "mteb/banking77" },
    ],
    negatives: "results/bge-m3 is an output folder",
  },
  /* --------------------------------------------------------------------- ts/js */
  {
    file: "web/src/embed.worker.ts",
    type: "ts-js",
    text: `import { env, pipeline, type FeatureExtractionPipeline } from "@huggingface/transformers";

// Models come from the Hub; nothing is bundled with the app.
env.allowLocalModels = false;

let extractor: FeatureExtractionPipeline | null = null;

async function getExtractor(): Promise<FeatureExtractionPipeline> {
  if (!extractor) {
    extractor = await pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2", {
      dtype: "q8",
    });
  }
  return extractor;
}

self.addEventListener("message", async (event: MessageEvent<{ id: number; texts: string[] }>) => {
  const { id, texts } = event.data;
  try {
    const fx = await getExtractor();
    const output = await fx(texts, { pooling: "mean", normalize: true });
    self.postMessage({ id, vectors: output.tolist() });
  } catch (err) {
    self.postMessage({ id, error: String(err) });
  }
});

export {};
`,
    expect: [{ kind: "hf-model", id: "Xenova/all-MiniLM-L6-v2", at: "Xenova/all-MiniLM-L6-v2" }],
    negatives: "@huggingface/transformers is an npm package",
  },
  {
    file: "server/src/inference.ts",
    type: "ts-js",
    text: `import { InferenceClient } from "@huggingface/inference";

const client = new InferenceClient(process.env.HF_TOKEN);

export async function summarize(text: string): Promise<string> {
  const res = await client.textGeneration({
    model: "meta-llama/Meta-Llama-3-8B-Instruct",
    inputs: \`Summarize:\\n\${text}\`,
    parameters: { max_new_tokens: 200, temperature: 0.3 },
  });
  return res.generated_text;
}

export async function codeReview(diff: string): Promise<string> {
  const out = await client.chatCompletion({
    provider: "together",
    model: "Qwen/Qwen2.5-Coder-32B-Instruct",
    messages: [
      { role: "system", content: "You review diffs. Be brief." },
      { role: "user", content: diff },
    ],
    max_tokens: 800,
  });
  return out.choices[0]?.message?.content ?? "";
}

export async function thumbnail(prompt: string): Promise<Blob> {
  return client.textToImage({
    model: "black-forest-labs/FLUX.1-schnell",
    inputs: prompt,
    parameters: { num_inference_steps: 4 },
  }, { outputType: "blob" });
}
`,
    expect: [
      { kind: "hf-model", id: "meta-llama/Meta-Llama-3-8B-Instruct", at: "meta-llama/" },
      { kind: "hf-model", id: "Qwen/Qwen2.5-Coder-32B-Instruct", at: "Qwen/" },
      { kind: "hf-model", id: "black-forest-labs/FLUX.1-schnell", at: "black-forest-labs/" },
    ],
  },
  {
    file: "src/config/models.ts",
    type: "ts-js",
    text: `import type { ModelSpec } from "@/lib/types";

// One place that says which Hub models the app talks to; the UI reads labels from here.
export const MODELS = {
  chat: {
    id: "mistralai/Mistral-Nemo-Instruct-2407",
    label: "Mistral Nemo",
    contextWindow: 128_000,
  },
  embed: {
    id: "nomic-ai/nomic-embed-text-v1.5",
    label: "Nomic Embed",
    dimensions: 768,
  },
} satisfies Record<string, ModelSpec>;

export const MIME_JSON = "application/json";
export const ROUTES = {
  chat: "api/chat",
  embed: "api/embed",
} as const;

export type ModelKey = keyof typeof MODELS;

export function modelFor(key: ModelKey): string {
  return MODELS[key].id;
}
`,
    expect: [
      {
        kind: "hf-model",
        id: "mistralai/Mistral-Nemo-Instruct-2407",
        at: "mistralai/",
        why: "a model registry: the id key under an object named MODELS names the Hub model the app calls",
      },
      {
        kind: "hf-model",
        id: "nomic-ai/nomic-embed-text-v1.5",
        at: "nomic-ai/",
        why: "same registry",
      },
    ],
    negatives: "@/lib/types is an import alias; api/chat is a route",
  },
  {
    file: "scripts/fetch-onnx.mjs",
    type: "ts-js",
    text: `#!/usr/bin/env node
// Pre-fetch the ONNX weights into public/models so the demo works offline.
import { mkdir, writeFile } from "node:fs/promises";
import { listFiles } from "@huggingface/hub";

const repo = { type: "model", name: "onnx-community/Qwen2.5-0.5B-Instruct" };
const outDir = "public/models/qwen2.5-0.5b";

await mkdir(outDir, { recursive: true });

for await (const f of listFiles({ repo, recursive: true })) {
  if (f.type === "file" && f.path.endsWith(".json")) console.log("config:", f.path);
}

const url = "https://huggingface.co/onnx-community/Qwen2.5-0.5B-Instruct/resolve/main/onnx/model_q4.onnx";
const res = await fetch(url);
if (!res.ok) {
  console.error(\`download failed: \${res.status} \${res.statusText}\`);
  process.exit(1);
}
await writeFile(\`\${outDir}/model_q4.onnx\`, Buffer.from(await res.arrayBuffer()));
console.log("saved", outDir);
`,
    expect: [
      {
        kind: "hf-model",
        id: "onnx-community/Qwen2.5-0.5B-Instruct",
        at: 'name: "onnx-community',
        why: "@huggingface/hub's RepoDesignation: type model plus name is a Hub model",
      },
      {
        kind: "hf-model",
        id: "onnx-community/Qwen2.5-0.5B-Instruct",
        at: "resolve/main/onnx",
        rev: "main",
        why: "resolve/main, as written",
      },
    ],
  },
  {
    file: "src/lib/tts.js",
    type: "ts-js",
    text: `import { AutoProcessor, pipeline } from "@xenova/transformers";

const SPEAKER_EMBEDDINGS =
  "https://huggingface.co/datasets/Xenova/transformers.js-docs/resolve/main/speaker_embeddings.bin";

let synth = null;

export async function speak(text) {
  if (!synth) {
    synth = await pipeline("text-to-speech", "Xenova/speecht5_tts", { quantized: false });
  }
  const out = await synth(text, { speaker_embeddings: SPEAKER_EMBEDDINGS });
  return { audio: out.audio, sampleRate: out.sampling_rate };
}

export async function tokenCount(text) {
  const processor = await AutoProcessor.from_pretrained("Xenova/speecht5_tts");
  const { input_ids } = await processor(text);
  return input_ids.dims.at(-1);
}

export function toWav(audio, sampleRate) {
  const buffer = new ArrayBuffer(44 + audio.length * 2);
  const view = new DataView(buffer);
  view.setUint32(24, sampleRate, true);
  audio.forEach((s, i) => view.setInt16(44 + i * 2, Math.max(-1, Math.min(1, s)) * 0x7fff, true));
  return new Blob([view], { type: "audio/wav" });
}
`,
    expect: [
      {
        kind: "hf-dataset",
        id: "Xenova/transformers.js-docs",
        at: "datasets/Xenova",
        rev: "main",
        why: "resolve/main, as written",
      },
      { kind: "hf-model", id: "Xenova/speecht5_tts", at: 'pipeline("text-to-speech"' },
      { kind: "hf-model", id: "Xenova/speecht5_tts", at: "AutoProcessor.from_pretrained" },
    ],
    negatives: "audio/wav is a MIME type",
  },
  /* ---------------------------------------------------------------------- yaml */
  {
    file: "configs/axolotl/llama3-qlora.yml",
    type: "yaml",
    text: `base_model: NousResearch/Meta-Llama-3-8B
model_type: LlamaForCausalLM
tokenizer_type: AutoTokenizer

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

wandb_project: llama3-qlora
wandb_entity:

gradient_accumulation_steps: 4
micro_batch_size: 2
num_epochs: 1
optimizer: paged_adamw_32bit
lr_scheduler: cosine
learning_rate: 0.0002
bf16: auto
flash_attention: true
special_tokens:
  pad_token: <|end_of_text|>
`,
    expect: [
      { kind: "hf-model", id: "NousResearch/Meta-Llama-3-8B", at: "base_model:" },
      {
        kind: "hf-dataset",
        id: "mhenrichsen/alpaca_2k_test",
        at: "mhenrichsen/",
        why: "axolotl datasets[].path names a Hub dataset the run downloads",
      },
    ],
  },
  {
    file: "examples/train_lora/qwen2_5_lora_sft.yaml",
    type: "yaml",
    text: `### model
model_name_or_path: Qwen/Qwen2.5-1.5B-Instruct
trust_remote_code: true

### method
stage: sft
do_train: true
finetuning_type: lora
lora_rank: 8
lora_target: all

### dataset
dataset: identity,alpaca_en_demo
template: qwen
cutoff_len: 2048
max_samples: 1000
overwrite_cache: true
preprocessing_num_workers: 16

### output
output_dir: saves/qwen2.5-1.5b/lora/sft
logging_steps: 10
save_steps: 500
plot_loss: true
overwrite_output_dir: true

### train
per_device_train_batch_size: 1
gradient_accumulation_steps: 8
learning_rate: 1.0e-4
num_train_epochs: 3.0
lr_scheduler_type: cosine
warmup_ratio: 0.1
bf16: true
`,
    expect: [{ kind: "hf-model", id: "Qwen/Qwen2.5-1.5B-Instruct", at: "model_name_or_path:" }],
    negatives:
      "identity,alpaca_en_demo are LLaMA-Factory's local dataset_info names; saves/... is an output path",
  },
  {
    file: ".github/workflows/nightly-eval.yml",
    type: "yaml",
    text: `name: nightly-eval

on:
  schedule:
    - cron: "0 3 * * *"
  workflow_dispatch:

jobs:
  eval:
    runs-on: ubuntu-latest
    env:
      HF_TOKEN: \${{ secrets.HF_TOKEN }}
      HF_HUB_ENABLE_HF_TRANSFER: "1"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
          cache: pip
      - run: pip install -r requirements.txt "huggingface_hub[cli,hf_transfer]"
      - name: Fetch small model
        run: huggingface-cli download TinyLlama/TinyLlama-1.1B-Chat-v1.0 --local-dir models/tinyllama
      - name: Evaluate
        run: |
          python eval/run.py \\
            --model microsoft/Phi-3-mini-4k-instruct \\
            --tasks hellaswag,arc_easy \\
            --limit 200
      - uses: actions/upload-artifact@v4
        with:
          name: eval-results
          path: results/
`,
    expect: [
      { kind: "hf-model", id: "TinyLlama/TinyLlama-1.1B-Chat-v1.0", at: "huggingface-cli download" },
      { kind: "hf-model", id: "microsoft/Phi-3-mini-4k-instruct", at: "--model microsoft" },
    ],
    negatives: "actions/checkout@v4 and friends are GitHub Actions, not models",
  },
  {
    file: "deploy/docker-compose.yml",
    type: "yaml",
    text: `services:
  tgi:
    image: ghcr.io/huggingface/text-generation-inference:2.4.0
    command: --model-id HuggingFaceH4/zephyr-7b-beta --quantize bitsandbytes-nf4 --max-input-length 3000
    ports:
      - "8080:80"
    volumes:
      - ./data:/data
    environment:
      - HF_TOKEN=\${HF_TOKEN}
    shm_size: 1g
    deploy:
      resources:
        reservations:
          devices:
            - driver: nvidia
              count: 1
              capabilities: [gpu]

  reranker:
    image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.5
    command: --model-id BAAI/bge-reranker-base --revision refs/pr/4
    ports:
      - "8081:80"
    volumes:
      - ./data:/data

  ollama:
    image: ollama/ollama:latest
    volumes:
      - ollama:/root/.ollama

volumes:
  ollama:
`,
    expect: [
      { kind: "hf-model", id: "HuggingFaceH4/zephyr-7b-beta", at: "zephyr" },
      {
        kind: "hf-model",
        id: "BAAI/bge-reranker-base",
        at: "bge-reranker-base",
        rev: "refs/pr/4",
        why: "--revision beside --model-id pins the revision TEI downloads",
      },
    ],
    negatives: "images (ghcr.io/..., ollama/ollama:latest) are Docker images",
  },
  {
    file: "conf/model/flan_t5.yaml",
    type: "yaml",
    text: `# @package _global_
defaults:
  - override /optimizer: adamw
  - override /scheduler: linear_warmup

model:
  _target_: transformers.AutoModelForSeq2SeqLM.from_pretrained
  pretrained_model_name_or_path: google/flan-t5-base
  torch_dtype: bfloat16

tokenizer:
  _target_: transformers.AutoTokenizer.from_pretrained
  pretrained_model_name_or_path: \${model.pretrained_model_name_or_path}
  model_max_length: 512

data:
  train_file: data/processed/train.jsonl
  eval_file: data/processed/val.jsonl
  source_field: document
  target_field: summary

trainer:
  max_steps: 20000
  eval_every: 1000
  precision: bf16-mixed
  accumulate_grad_batches: 4
`,
    expect: [{ kind: "hf-model", id: "google/flan-t5-base", at: "google/flan-t5-base" }],
    negatives:
      "the tokenizer value is an OmegaConf interpolation of the model key; override /optimizer is Hydra",
  },
  {
    file: "k8s/vllm-deployment.yaml",
    type: "yaml",
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: vllm-llama
  labels:
    app.kubernetes.io/name: vllm
    app.kubernetes.io/component: inference
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: vllm
  template:
    metadata:
      labels:
        app.kubernetes.io/name: vllm
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.6.3
          args: ["--model", "meta-llama/Llama-3.1-8B-Instruct", "--max-model-len", "8192", "--port", "8000"]
          env:
            - name: HUGGING_FACE_HUB_TOKEN
              valueFrom:
                secretKeyRef:
                  name: hf-token-secret
                  key: token
          ports:
            - containerPort: 8000
          resources:
            limits:
              nvidia.com/gpu: "1"
          volumeMounts:
            - name: cache
              mountPath: /root/.cache/huggingface
      volumes:
        - name: cache
          persistentVolumeClaim:
            claimName: hf-cache
`,
    expect: [{ kind: "hf-model", id: "meta-llama/Llama-3.1-8B-Instruct", at: "meta-llama/" }],
    negatives: "apps/v1, app.kubernetes.io/name, nvidia.com/gpu and the image are Kubernetes/Docker names",
  },
  /* ---------------------------------------------------------------------- json */
  {
    file: "adapters/legal-lora/adapter_config.json",
    type: "json",
    text: `{
  "alpha_pattern": {},
  "auto_mapping": null,
  "base_model_name_or_path": "mistralai/Mistral-7B-v0.1",
  "bias": "none",
  "fan_in_fan_out": false,
  "inference_mode": true,
  "init_lora_weights": true,
  "layers_pattern": null,
  "layers_to_transform": null,
  "lora_alpha": 32,
  "lora_dropout": 0.05,
  "modules_to_save": null,
  "peft_type": "LORA",
  "r": 16,
  "rank_pattern": {},
  "revision": null,
  "target_modules": [
    "q_proj",
    "k_proj",
    "v_proj",
    "o_proj"
  ],
  "task_type": "CAUSAL_LM",
  "use_dora": false,
  "use_rslora": false
}
`,
    expect: [{ kind: "hf-model", id: "mistralai/Mistral-7B-v0.1", at: "base_model_name_or_path" }],
  },
  {
    file: "models/ticket-router/config.json",
    type: "json",
    text: `{
  "_name_or_path": "FacebookAI/roberta-base",
  "architectures": [
    "RobertaForSequenceClassification"
  ],
  "attention_probs_dropout_prob": 0.1,
  "bos_token_id": 0,
  "eos_token_id": 2,
  "hidden_act": "gelu",
  "hidden_size": 768,
  "id2label": {
    "0": "billing",
    "1": "bug/crash",
    "2": "feature-request"
  },
  "label2id": {
    "billing": 0,
    "bug/crash": 1,
    "feature-request": 2
  },
  "max_position_embeddings": 514,
  "model_type": "roberta",
  "num_attention_heads": 12,
  "num_hidden_layers": 12,
  "problem_type": "single_label_classification",
  "torch_dtype": "float32",
  "transformers_version": "4.44.2",
  "vocab_size": 50265
}
`,
    expect: [{ kind: "hf-model", id: "FacebookAI/roberta-base", at: "_name_or_path" }],
    negatives: "bug/crash is a label",
  },
  {
    file: ".continue/config.json",
    type: "json",
    text: `{
  "models": [
    {
      "title": "Qwen Coder (local)",
      "provider": "ollama",
      "model": "qwen2.5-coder:7b"
    },
    {
      "title": "StarCoder2 on TGI",
      "provider": "huggingface-tgi",
      "model": "bigcode/starcoder2-15b",
      "apiBase": "http://gpu-box.internal:8080"
    }
  ],
  "tabAutocompleteModel": {
    "title": "Autocomplete",
    "provider": "ollama",
    "model": "starcoder2:3b"
  },
  "embeddingsProvider": {
    "provider": "transformers.js",
    "model": "Xenova/all-MiniLM-L6-v2"
  },
  "contextProviders": [
    { "name": "code", "params": {} },
    { "name": "docs", "params": {} }
  ],
  "allowAnonymousTelemetry": false
}
`,
    expect: [
      { kind: "hf-model", id: "bigcode/starcoder2-15b", at: "bigcode/" },
      { kind: "hf-model", id: "Xenova/all-MiniLM-L6-v2", at: "Xenova/" },
    ],
    negatives: "qwen2.5-coder:7b and starcoder2:3b are Ollama library tags, not Hub repositories",
  },
  /* --------------------------------------------------------------------- shell */
  {
    file: "scripts/serve.sh",
    type: "shell",
    text: `#!/usr/bin/env bash
# Start an OpenAI-compatible server on this box.
#   MODEL=... ./scripts/serve.sh     to try another model
set -euo pipefail

MODEL="\${MODEL:-deepseek-ai/DeepSeek-R1-Distill-Qwen-7B}"
PORT="\${PORT:-8000}"
LOG_DIR="logs/$(date +%Y/%m/%d)"
mkdir -p "$LOG_DIR"

if [[ "\${1:-}" == "--mistral" ]]; then
  exec vllm serve mistralai/Mistral-7B-Instruct-v0.3 \\
    --tokenizer-mode mistral \\
    --port "$PORT"
fi

python -m vllm.entrypoints.openai.api_server \\
  --model "$MODEL" \\
  --port "$PORT" \\
  --max-model-len 16384 \\
  --enable-prefix-caching 2>&1 | tee "$LOG_DIR/server.log" &

for _ in $(seq 1 60); do
  if curl -sf "http://localhost:$PORT/v1/models" >/dev/null; then
    echo "server up on :$PORT"
    exit 0
  fi
  sleep 5
done
echo "server did not start" >&2
exit 1
`,
    expect: [
      {
        kind: "hf-model",
        id: "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B",
        at: 'MODEL="${MODEL:-',
        why: "the parameter-expansion default is the model every run without MODEL serves",
      },
      { kind: "hf-model", id: "mistralai/Mistral-7B-Instruct-v0.3", at: "vllm serve" },
    ],
    negatives: '--model "$MODEL" is a variable; logs/%Y/%m/%d is a path',
  },
  {
    file: "Dockerfile",
    type: "shell",
    text: `FROM pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime

ENV HF_HOME=/cache/hf \\
    PYTHONDONTWRITEBYTECODE=1 \\
    PIP_NO_CACHE_DIR=1

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt "huggingface_hub[cli]"

# Bake the models into the image so cold starts do not hit the Hub.
RUN huggingface-cli download sentence-transformers/all-mpnet-base-v2 --local-dir /models/mpnet && \\
    hf download openai/whisper-small --revision 973afd24 --local-dir /models/whisper-small

COPY ./app /app/app
COPY ./static /app/static

RUN useradd -m runner && chown -R runner /app /cache
USER runner

EXPOSE 8000
HEALTHCHECK CMD curl -f http://localhost:8000/healthz || exit 1
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
`,
    expect: [
      { kind: "hf-model", id: "sentence-transformers/all-mpnet-base-v2", at: "all-mpnet-base-v2" },
      { kind: "hf-model", id: "openai/whisper-small", at: "hf download", rev: "973afd24" },
    ],
    negatives: "pytorch/pytorch:2.3.1-... is a Docker image",
  },
  {
    file: "Makefile",
    type: "shell",
    text: `.PHONY: setup data models serve-gguf chat clean

PY ?= python3
DATA_DIR := data/fineweb

setup:
\t$(PY) -m pip install -r requirements.txt

data:
\thuggingface-cli download --repo-type dataset HuggingFaceFW/fineweb-edu \\
\t\t--include "sample/10BT/*" --local-dir $(DATA_DIR)

models:
\tmkdir -p models

serve-gguf: models
\tllama-server -hf ggml-org/gemma-3-1b-it-GGUF --port 8081 -c 8192

chat:
\tollama run hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M

tokenize: data
\t$(PY) tools/tokenize.py --input $(DATA_DIR)/sample/10BT --output data/tokens

clean:
\trm -rf data/tokens models/*.gguf
`,
    expect: [
      { kind: "hf-dataset", id: "HuggingFaceFW/fineweb-edu", at: "HuggingFaceFW/" },
      { kind: "hf-model", id: "ggml-org/gemma-3-1b-it-GGUF", at: "llama-server" },
      {
        kind: "hf-model",
        id: "bartowski/Llama-3.2-3B-Instruct-GGUF",
        at: "ollama run",
        why: ":Q4_K_M selects a quantization file, it is not a git revision",
      },
    ],
    negatives: "sample/10BT/* is a glob; models/*.gguf is a glob in rm",
  },
  /* ------------------------------------------------------------------ markdown */
  {
    file: "README.md",
    type: "markdown",
    text: `# Sentinel

[![Demo](https://img.shields.io/badge/demo-Space-blue)](https://huggingface.co/spaces/acme-ai/sentinel-demo)
[![Paper](https://img.shields.io/badge/paper-2305.14314-red)](https://huggingface.co/papers/2305.14314)

Sentinel flags prompt-injection attempts before they reach your LLM.

## Models

| Model | Base | Data |
|---|---|---|
| [acme-ai/sentinel-7b](https://huggingface.co/acme-ai/sentinel-7b) | [Mistral-7B-v0.1](https://huggingface.co/mistralai/Mistral-7B-v0.1) | [SlimOrca](https://huggingface.co/datasets/Open-Orca/SlimOrca) |

## Install

\`\`\`bash
pip install acme-sentinel
\`\`\`

## Use

\`\`\`python
from transformers import AutoModelForCausalLM, AutoTokenizer

tok = AutoTokenizer.from_pretrained("acme-ai/sentinel-7b")
model = AutoModelForCausalLM.from_pretrained("acme-ai/sentinel-7b", device_map="auto")
\`\`\`

## License

Code: MIT. Weights: Apache-2.0, see the model card.
`,
    expect: [
      { kind: "hf-model", id: "acme-ai/sentinel-7b", at: "| [acme-ai/sentinel-7b]" },
      { kind: "hf-model", id: "mistralai/Mistral-7B-v0.1", at: "| [acme-ai/sentinel-7b]" },
      { kind: "hf-dataset", id: "Open-Orca/SlimOrca", at: "| [acme-ai/sentinel-7b]" },
      {
        kind: "hf-model",
        id: "acme-ai/sentinel-7b",
        at: "tok = AutoTokenizer",
        why: "the README's usage snippet is how the project tells users to load the model",
      },
      { kind: "hf-model", id: "acme-ai/sentinel-7b", at: "model = AutoModelForCausalLM" },
    ],
    negatives: "/spaces/ and /papers/ links are not references; acme-sentinel is a pip package",
  },
  {
    file: "hub/qwen-ultrachat-sft/README.md",
    type: "markdown",
    text: `---
library_name: peft
license: apache-2.0
base_model:
- Qwen/Qwen2.5-0.5B
datasets:
- HuggingFaceH4/ultrachat_200k
tags:
- trl
- sft
- generated_from_trainer
pipeline_tag: text-generation
model-index:
- name: qwen-ultrachat-sft
  results: []
---

# qwen-ultrachat-sft

This model is a fine-tuned version of [Qwen/Qwen2.5-0.5B](https://huggingface.co/Qwen/Qwen2.5-0.5B) on the
ultrachat_200k dataset. It reaches a loss of 1.1823 on the evaluation set.

## Training hyperparameters

- learning_rate: 2e-05
- train_batch_size: 8
- gradient_accumulation_steps: 4
- lr_scheduler_type: cosine
- num_epochs: 1

## Framework versions

- PEFT 0.13.2
- Transformers 4.46.0
- Pytorch 2.5.0+cu124
`,
    expect: [
      { kind: "hf-model", id: "Qwen/Qwen2.5-0.5B", at: "- Qwen/Qwen2.5-0.5B" },
      {
        kind: "hf-dataset",
        id: "HuggingFaceH4/ultrachat_200k",
        at: "- HuggingFaceH4/",
        why: "the card's datasets list names the training data, a Hub dataset",
      },
      { kind: "hf-model", id: "Qwen/Qwen2.5-0.5B", at: "fine-tuned version of" },
    ],
  },
  {
    file: "docs/supported-models.md",
    type: "markdown",
    text: `# Supported models

The gateway routes to any OpenAI-compatible server. These are the ones we test in CI.

| Family | Ollama tag | Notes |
|---|---|---|
| Llama 3.1 | \`llama3.1:8b\` | default |
| Gemma 2 | \`gemma2:9b\` | needs 12 GB |
| Phi-3 | \`phi3:mini\` | CPU friendly |

For GPU hosts we serve the original weights from
[the Hub](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct) with vLLM.

\`\`\`bash
ollama pull llama3.1:8b
ollama serve
\`\`\`

Background reading: [the launch post](https://huggingface.co/blog/llama31) and the
[chat templating docs](https://huggingface.co/docs/transformers/chat_templating).

## Adding a model

1. Add it to \`config/models.yaml\`.
2. Run \`make test-models\`.
3. Open a pull request; the license gate comments on it.
`,
    expect: [{ kind: "hf-model", id: "meta-llama/Llama-3.1-8B-Instruct", at: "[the Hub]" }],
    negatives: "Ollama library tags; /blog/ and /docs/ links; config/models.yaml is a path",
  },
  /* -------------------------------------------------------------------- non-ML */
  {
    file: "blog/admin.py",
    type: "non-ml",
    text: `from django.contrib import admin
from django.urls import path
from django.utils.html import format_html

from .models import Article, Author
from .views import archive


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "author", "published", "preview")
    list_filter = ("published", "author")
    search_fields = ("title", "body")
    date_hierarchy = "published"

    def preview(self, obj):
        return format_html('<a href="/blog/{}/{}/">view</a>', obj.published.strftime("%Y/%m"), obj.slug)


class AuthorInline(admin.TabularInline):
    model = Author
    extra = 0


urlpatterns = [
    path("blog/archive/<int:year>/", archive, name="archive"),
    path("api/v1/articles/", archive, {"format": "application/json"}),
]

CACHE_MIDDLEWARE_KEY_PREFIX = "blog/cache"
STATICFILES_DIRS = ["static/css", "static/js"]
`,
    expect: [],
  },
  {
    file: "frontend/vite.config.ts",
    type: "non-ml",
    text: `import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": path.resolve(__dirname, "src"),
      "@components": path.resolve(__dirname, "src/components"),
    },
  },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: "http://localhost:3000", changeOrigin: true },
    },
  },
  build: {
    outDir: "dist/client",
    sourcemap: true,
    rollupOptions: {
      output: {
        manualChunks: {
          vendor: ["react", "react-dom/client"],
          charts: ["chart.js/auto", "date-fns/locale"],
        },
      },
    },
  },
});
`,
    expect: [],
  },
];

/**
 * Every miss and false alarm measured at round 5, as "kind id@rev:line". A fix that clears one
 * deletes its row here (and may raise the floors above); a new row means a regression.
 */
// Its one miss (a sample image of the Hub's documentation dataset fetched by a notebook) was a
// decision until stop 11, when fetching one in code became a reference.
const KNOWN: Outcome[] = [];

describe("held-out round 5: 40 realistic files nobody fixed against", () => {
  it("has 40 files of realistic length with anchors that each name one line", () => {
    expect(CASES).toHaveLength(40);
    expect(new Set(CASES.map((c) => c.file)).size).toBe(40);
    for (const c of CASES) {
      const n = c.text.trimEnd().split("\n").length;
      expect(n, `${c.file} has ${n} lines`).toBeGreaterThanOrEqual(15);
      if (c.type !== "notebook") expect(n, `${c.file} has ${n} lines`).toBeLessThanOrEqual(60);
      for (const e of c.expect) expect(() => lineOf(c.file, c.text, e.at)).not.toThrow();
    }
  });

  heldoutChecks(
    "r5",
    CASES.map((c) => ({
      file: c.file,
      type: c.type,
      text: c.text,
      want: c.expect.map((e) => ({
        kind: e.kind,
        id: e.id,
        line: lineOf(c.file, c.text, e.at),
        revision: e.rev,
      })),
    })),
    { known: KNOWN, floor: { recall: 1, precision: 1 }, verbose: process.env.R5_VERBOSE === "1" },
  );
});
