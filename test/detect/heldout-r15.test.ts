// Held-out round 15: 36 realistic files from ML fields earlier rounds did not sample (search and
// ranking, code models, time series, medical imaging, document AI/OCR, chemistry, geospatial,
// music, security, education), labelled before the detectors were run on them. Measured with
// detectText at confidence >= 0.5, exact (kind, id, line, revision):
//   all        recall 1.000 (57/57)  precision 0.950 (57/60)
//   python     recall 1.000 (25/25)  precision 0.926 (25/27)   15 files
//   markdown   recall 1.000 (12/12)  precision 1.000 (12/12)    5 files
//   yaml       recall 1.000 (7/7)    precision 1.000 (7/7)      6 files
//   notebook   recall 1.000 (5/5)    precision 0.833 (5/6)      3 files
//   shell      recall 1.000 (4/4)    precision 1.000 (4/4)      3 files (2 scripts, 1 Dockerfile)
//   json-toml  recall 1.000 (2/2)    precision 1.000 (2/2)      2 files
//   ts-js      recall 1.000 (2/2)    precision 1.000 (2/2)      2 files
// The three false alarms are all one kind: an exact Hub id in a module constant, a default argument
// or a notebook variable, later passed to from_pretrained. SPEC calls an id held only in a variable a
// candidate (< 0.5), so the labels leave it out; a platform engineer may well welcome these alarms.
// Labelling rules (SPEC § References): an id held only in a variable or default argument, or a bare
// org/name in prose or backticks, is a candidate (confidence < 0.5), so it is not expected here;
// local paths, GitHub repos outside torch.hub.load, Docker images, packages, W&B projects, hosted-API
// model names and output repos (hub_model_id, push targets) are negatives.
// R15_VERBOSE=1 prints the score, every miss and every false alarm.
import { describe, expect, it } from "vitest";
import { type HeldoutCase, heldoutChecks, type Outcome } from "./heldout-harness.js";

const nb = (cells: string[][]): string =>
  JSON.stringify(
    {
      cells: cells.map((src) => ({
        cell_type: src[0] === "#md" ? "markdown" : "code",
        metadata: {},
        source: (src[0] === "#md" ? src.slice(1) : src).map((l, i, a) => (i < a.length - 1 ? `${l}\n` : l)),
        ...(src[0] === "#md" ? {} : { execution_count: null, outputs: [] }),
      })),
      metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );

const CASES: HeldoutCase[] = [
  {
    file: "ranking/train_reranker.py",
    type: "python",
    text: `"""Fine-tune a cross-encoder on MS MARCO triples for the product search reranker."""
import argparse
import logging

import wandb
from datasets import load_dataset
from sentence_transformers.cross_encoder import CrossEncoder
from torch.utils.data import DataLoader

from ranking.data import build_pairs, hard_negatives

log = logging.getLogger(__name__)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--out", default="runs/reranker-msmarco")
    args = ap.parse_args()

    wandb.init(project="acme-search/reranker", config=vars(args))
    raw = load_dataset("microsoft/ms_marco", "v1.1", split="train[:5%]")
    pairs = build_pairs(raw, negatives=hard_negatives("data/bm25_top100.jsonl"))

    model = CrossEncoder("cross-encoder/ms-marco-MiniLM-L-6-v2", num_labels=1, max_length=384)
    loader = DataLoader(pairs, shuffle=True, batch_size=32)
    model.fit(train_dataloader=loader, epochs=args.epochs, warmup_steps=500)
    model.save(args.out)
    # published as acme-search/reranker-v2 by the release job, not here
    log.info("saved to %s", args.out)


if __name__ == "__main__":
    main()
`,
    want: [
      { kind: "hf-dataset", id: "microsoft/ms_marco", line: 22 },
      // CrossEncoder is sentence-transformers' reranker class; a user reads it like SentenceTransformer(...)
      { kind: "hf-model", id: "cross-encoder/ms-marco-MiniLM-L-6-v2", line: 25 },
    ],
  },
  {
    file: "codegen/eval_codet5.py",
    type: "python",
    text: `# Pass@1 of CodeT5+ on HumanEval, using the harness from https://github.com/openai/human-eval
import torch
from datasets import load_dataset
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

from codegen.execution import check_correctness
from codegen.prompts import strip_docstring

CKPT_DIR = "checkpoints/codet5p-ft/step-4000"


def generate(model, tok, prompt: str, max_new_tokens: int = 256) -> str:
    enc = tok(prompt, return_tensors="pt").to(model.device)
    out = model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=False)
    return tok.decode(out[0], skip_special_tokens=True)


def run(use_finetuned: bool = False) -> float:
    tok = AutoTokenizer.from_pretrained("Salesforce/codet5p-220m")
    if use_finetuned:
        model = AutoModelForSeq2SeqLM.from_pretrained(CKPT_DIR)
    else:
        model = AutoModelForSeq2SeqLM.from_pretrained(
            "Salesforce/codet5p-220m", torch_dtype=torch.float16
        )
    problems = load_dataset("openai_humaneval", split="test")
    ok = 0
    for p in problems:
        completion = generate(model, tok, strip_docstring(p["prompt"]))
        ok += check_correctness(p, completion, timeout=3.0)["passed"]
    return ok / len(problems)
`,
    want: [
      { kind: "hf-model", id: "Salesforce/codet5p-220m", line: 19 },
      { kind: "hf-model", id: "Salesforce/codet5p-220m", line: 24 },
      // legacy canonical dataset name (no org): the Hub still answers it
      { kind: "hf-dataset", id: "openai_humaneval", line: 26 },
    ],
  },
  {
    file: "forecast/chronos_baseline.py",
    type: "python",
    text: `"""Zero-shot Chronos baseline for the electricity load benchmark."""
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from chronos import ChronosPipeline

DATA = Path("data/electricity_hourly.parquet")
HORIZON = 48


def load_series(n: int = 20) -> list[torch.Tensor]:
    df = pd.read_parquet(DATA)
    return [torch.tensor(df[c].values[-2048:]) for c in df.columns[:n]]


def forecast(series: list[torch.Tensor]) -> np.ndarray:
    pipe = ChronosPipeline.from_pretrained(
        "amazon/chronos-t5-small",
        device_map="cuda" if torch.cuda.is_available() else "cpu",
        torch_dtype=torch.bfloat16,
    )
    samples = pipe.predict(series, prediction_length=HORIZON, num_samples=20)
    return np.median(samples.numpy(), axis=1)


if __name__ == "__main__":
    preds = forecast(load_series())
    np.save("outputs/chronos_small_preds.npy", preds)
`,
    want: [{ kind: "hf-model", id: "amazon/chronos-t5-small", line: 20 }],
  },
  {
    file: "seg/models/encoder.py",
    type: "python",
    text: `"""ViT encoder for the CT segmentation head; weights come from timm's hub mirror."""
import timm
import torch.nn as nn
from monai.bundle import download
from monai.networks.nets import UNETR

BUNDLE_DIR = "./bundles"


class ViTEncoder(nn.Module):
    def __init__(self, freeze: bool = True) -> None:
        super().__init__()
        self.backbone = timm.create_model(
            "hf-hub:timm/vit_base_patch16_224.augreg_in21k",
            pretrained=True,
            num_classes=0,
        )
        if freeze:
            for p in self.backbone.parameters():
                p.requires_grad = False

    def forward(self, x):
        return self.backbone.forward_features(x)


def reference_unetr() -> UNETR:
    # MONAI model-zoo bundle, fetched from the MONAI zoo rather than the Hugging Face Hub
    download(name="spleen_ct_segmentation", bundle_dir=BUNDLE_DIR)
    return UNETR(in_channels=1, out_channels=2, img_size=(96, 96, 96))
`,
    want: [{ kind: "hf-model", id: "timm/vit_base_patch16_224.augreg_in21k", line: 14 }],
  },
  {
    file: "docai/funsd_finetune.py",
    type: "python",
    text: `import os

from datasets import load_dataset
from transformers import (
    LayoutLMv3ForTokenClassification,
    LayoutLMv3Processor,
    Trainer,
    TrainingArguments,
)

from docai.collate import encode_batch

# OCR is done upstream with tesseract-ocr/tesseract 5.x, so the processor must not run it again
processor = LayoutLMv3Processor.from_pretrained("microsoft/layoutlmv3-base", apply_ocr=False)
ds = load_dataset("nielsr/funsd-layoutlmv3")
labels = ds["train"].features["ner_tags"].feature.names

model = LayoutLMv3ForTokenClassification.from_pretrained(
    "microsoft/layoutlmv3-base",
    id2label=dict(enumerate(labels)),
    label2id={l: i for i, l in enumerate(labels)},
)

args = TrainingArguments(
    output_dir=os.environ.get("OUT_DIR", "outputs/layoutlmv3-funsd"),
    per_device_train_batch_size=2,
    max_steps=1000,
    report_to=["wandb"],
    push_to_hub=True,
    hub_model_id="docai-lab/layoutlmv3-funsd",
)
trainer = Trainer(model=model, args=args, train_dataset=ds["train"].map(encode_batch(processor), batched=True))
trainer.train()
`,
    want: [
      { kind: "hf-model", id: "microsoft/layoutlmv3-base", line: 14 },
      { kind: "hf-dataset", id: "nielsr/funsd-layoutlmv3", line: 15 },
      { kind: "hf-model", id: "microsoft/layoutlmv3-base", line: 19 },
    ],
  },
  {
    file: "ocr/handwriting.py",
    type: "python",
    text: `"""Line-level handwriting recognition used by the archive digitisation worker."""
from functools import lru_cache

from PIL import Image
from transformers import TrOCRProcessor, VisionEncoderDecoderModel

# pinned: later revisions changed the generation config and broke our decoding defaults
TROCR_REVISION = "b1b8a5e4a1c3d6f0e9c2a7b4d8e1f3a5c6b9d0e2"


@lru_cache(maxsize=1)
def _load():
    processor = TrOCRProcessor.from_pretrained("microsoft/trocr-base-handwritten")
    model = VisionEncoderDecoderModel.from_pretrained(
        "microsoft/trocr-base-handwritten",
        revision="b1b8a5e4a1c3d6f0e9c2a7b4d8e1f3a5c6b9d0e2",
    )
    return processor, model.eval()


def read_line(path: str) -> str:
    processor, model = _load()
    pixel_values = processor(images=Image.open(path).convert("RGB"), return_tensors="pt").pixel_values
    ids = model.generate(pixel_values, max_new_tokens=64)
    return processor.batch_decode(ids, skip_special_tokens=True)[0]
`,
    want: [
      { kind: "hf-model", id: "microsoft/trocr-base-handwritten", line: 13 },
      {
        kind: "hf-model",
        id: "microsoft/trocr-base-handwritten",
        line: 15,
        revision: "b1b8a5e4a1c3d6f0e9c2a7b4d8e1f3a5c6b9d0e2",
      },
    ],
  },
  {
    file: "chem/featurize.py",
    type: "python",
    text: `"""Molecule embeddings for the toxicity model (RDKit canonicalisation + ChemBERTa)."""
import torch
from rdkit import Chem
from transformers import AutoModel, AutoTokenizer, pipeline

TOX21 = "datasets/tox21.csv.gz"
_ENCODER = "seyonec/ChemBERTa-zinc-base-v1"

tokenizer = AutoTokenizer.from_pretrained(_ENCODER)
encoder = AutoModel.from_pretrained("seyonec/ChemBERTa-zinc-base-v1").eval()
mlm = pipeline("fill-mask", model="DeepChem/ChemBERTa-77M-MLM", top_k=5)


def canonical(smiles: str) -> str | None:
    mol = Chem.MolFromSmiles(smiles)
    return Chem.MolToSmiles(mol) if mol else None


@torch.no_grad()
def embed(smiles: list[str]) -> torch.Tensor:
    batch = tokenizer([canonical(s) or s for s in smiles], padding=True, return_tensors="pt")
    return encoder(**batch).last_hidden_state[:, 0]


def plausible_tokens(masked: str) -> list[str]:
    return [r["token_str"] for r in mlm(masked)]
`,
    want: [
      // _ENCODER on line 7 is an id held in a variable: a candidate, not expected at >= 0.5 (SPEC)
      { kind: "hf-model", id: "seyonec/ChemBERTa-zinc-base-v1", line: 10 },
      { kind: "hf-model", id: "DeepChem/ChemBERTa-77M-MLM", line: 11 },
    ],
  },
  {
    file: "geo/prithvi_weights.py",
    type: "python",
    text: `"""Fetch the Prithvi backbone for flood mapping on Sentinel-2 / HLS tiles."""
import os

import torch
from huggingface_hub import hf_hub_download
from torchgeo.datasets import Sen1Floods11

CACHE = os.environ.get("GEO_CACHE", "/mnt/cache/prithvi")
TILES = "s3://sentinel-cogs/sentinel-s2-l2a-cogs/33/U/UP"


def backbone_state_dict() -> dict:
    path = hf_hub_download(
        repo_id="ibm-nasa-geospatial/Prithvi-EO-1.0-100M",
        filename="Prithvi_EO_V1_100M.pt",
        cache_dir=CACHE,
    )
    return torch.load(path, map_location="cpu")


def flood_dataset(root: str = "data/sen1floods11"):
    return Sen1Floods11(root=root, split="train", download=False)
`,
    want: [{ kind: "hf-model", id: "ibm-nasa-geospatial/Prithvi-EO-1.0-100M", line: 14 }],
  },
  {
    file: "music/generate.py",
    type: "python",
    text: `"""Text-to-music sketches plus VGGish embeddings for the similarity filter."""
import scipy.io.wavfile
import torch
from transformers import AutoProcessor, MusicgenForConditionalGeneration

OUT_DIR = "samples/musicgen"

processor = AutoProcessor.from_pretrained("facebook/musicgen-small")
model = MusicgenForConditionalGeneration.from_pretrained("facebook/musicgen-small")
vggish = torch.hub.load("harritaylor/torchvggish", "vggish")
vggish.eval()


def sketch(prompt: str, seconds: float = 8.0) -> str:
    inputs = processor(text=[prompt], padding=True, return_tensors="pt")
    audio = model.generate(**inputs, max_new_tokens=int(seconds * 50))
    rate = model.config.audio_encoder.sampling_rate
    path = f"{OUT_DIR}/{abs(hash(prompt))}.wav"
    scipy.io.wavfile.write(path, rate=rate, data=audio[0, 0].numpy())
    return path


def embedding(path: str) -> torch.Tensor:
    return vggish.forward(path).mean(0)
`,
    want: [
      { kind: "hf-model", id: "facebook/musicgen-small", line: 8 },
      { kind: "hf-model", id: "facebook/musicgen-small", line: 9 },
      { kind: "github-repo", id: "harritaylor/torchvggish", line: 10 },
    ],
  },
  {
    file: "secops/phishing_triage.py",
    type: "python",
    text: `"""Score reported e-mails; anything above THRESHOLD goes to the SOC queue."""
import json
import sys

import requests
from transformers import pipeline

FEED = "https://urlhaus.abuse.ch/downloads/json_recent/"
THRESHOLD = 0.85
SCANNER_IMAGE = "ghcr.io/acme-sec/url-scanner:2024.06"

clf = pipeline(
    "text-classification",
    model="ealvaradob/bert-finetuned-phishing",
    truncation=True,
)


def known_bad_urls() -> set[str]:
    data = requests.get(FEED, timeout=10).json()
    return {entry[0]["url"] for entry in data.values()}


def triage(mail: dict) -> dict:
    score = clf(mail["subject"] + "\\n" + mail["body"])[0]
    return {"id": mail["id"], "phishing": score["label"] == "phishing" and score["score"] > THRESHOLD}


if __name__ == "__main__":
    for line in sys.stdin:
        print(json.dumps(triage(json.loads(line))))
`,
    want: [{ kind: "hf-model", id: "ealvaradob/bert-finetuned-phishing", line: 14 }],
  },
  {
    file: "edu/scoring.py",
    type: "python",
    text: `"""Automated short-answer scoring: semantic similarity to the rubric answer."""
from dataclasses import dataclass

from sentence_transformers import SentenceTransformer, util
from transformers import AutoModelForSequenceClassification, AutoTokenizer


@dataclass
class Rubric:
    question: str
    reference: str
    max_points: int = 2


class AnswerScorer:
    def __init__(self, grader: str = "microsoft/deberta-v3-small") -> None:
        self.sim = SentenceTransformer("all-mpnet-base-v2")
        self.tok = AutoTokenizer.from_pretrained(grader)
        self.clf = AutoModelForSequenceClassification.from_pretrained(grader, num_labels=3)

    def similarity(self, answer: str, rubric: Rubric) -> float:
        a, b = self.sim.encode([answer, rubric.reference], convert_to_tensor=True)
        return float(util.cos_sim(a, b))

    def score(self, answer: str, rubric: Rubric) -> int:
        enc = self.tok(rubric.question, answer, return_tensors="pt", truncation=True)
        label = int(self.clf(**enc).logits.argmax(-1))
        return min(label, rubric.max_points)
`,
    want: [
      // the default argument on line 16 is only held in a variable: a candidate (SPEC), not expected
      { kind: "hf-model", id: "sentence-transformers/all-mpnet-base-v2", line: 17 },
    ],
  },
  {
    file: "tests/test_tokenization.py",
    type: "python",
    text: `import pytest
from transformers import AutoTokenizer

from searchlib.text import chunk_by_tokens

TINY = "hf-internal-testing/tiny-random-bert"


@pytest.fixture(scope="module")
def tok():
    return AutoTokenizer.from_pretrained("hf-internal-testing/tiny-random-bert")


@pytest.mark.parametrize("size", [8, 16, 64])
def test_chunks_respect_budget(tok, size):
    text = "lorem ipsum " * 200
    chunks = chunk_by_tokens(text, tok, max_tokens=size)
    assert all(len(tok(c)["input_ids"]) <= size for c in chunks)


def test_empty_text_gives_no_chunks(tok):
    assert chunk_by_tokens("", tok, max_tokens=8) == []


def test_fixture_path_is_not_a_model(tmp_path):
    (tmp_path / "vocab.txt").write_text("[PAD]\\n[UNK]\\n")
    assert AutoTokenizer.from_pretrained(str(tmp_path), local_files_only=False) is not None
`,
    want: [{ kind: "hf-model", id: "hf-internal-testing/tiny-random-bert", line: 11 }],
  },
  {
    file: "scripts/fetch_reranker.py",
    type: "python",
    text: `#!/usr/bin/env python
"""Mirror the reranker into the offline model store used by the air-gapped cluster."""
import argparse

from huggingface_hub import snapshot_download

p = argparse.ArgumentParser()
p.add_argument("--dest", default="/srv/models/bge-reranker-base")
args = p.parse_args()

path = snapshot_download(
    "BAAI/bge-reranker-base",
    revision="2cfc18c9415c912f9d8155881c133215df768a70",
    allow_patterns=["*.json", "*.safetensors", "sentencepiece.bpe.model"],
    local_dir=args.dest,
)
print(f"mirrored to {path}")
`,
    want: [
      {
        kind: "hf-model",
        id: "BAAI/bge-reranker-base",
        line: 12,
        revision: "2cfc18c9415c912f9d8155881c133215df768a70",
      },
    ],
  },
  {
    file: "search/rag_index.py",
    type: "python",
    text: `from langchain_community.document_loaders import DirectoryLoader
from langchain_community.embeddings import HuggingFaceEmbeddings
from langchain_community.vectorstores import FAISS
from langchain_openai import ChatOpenAI
from langchain_text_splitters import RecursiveCharacterTextSplitter

INDEX_DIR = "indexes/handbook"

embeddings = HuggingFaceEmbeddings(
    model_name="intfloat/e5-base-v2",
    encode_kwargs={"normalize_embeddings": True},
)
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)


def build(src: str = "docs/handbook") -> FAISS:
    docs = DirectoryLoader(src, glob="**/*.md").load()
    chunks = RecursiveCharacterTextSplitter(chunk_size=800, chunk_overlap=80).split_documents(docs)
    store = FAISS.from_documents(chunks, embeddings)
    store.save_local(INDEX_DIR)
    return store
`,
    want: [{ kind: "hf-model", id: "intfloat/e5-base-v2", line: 10 }],
  },
  {
    file: "geo/clip_retrieval.py",
    type: "python",
    text: `"""Text-to-image retrieval over aerial tiles with a LAION CLIP."""
import open_clip
import torch

# the OpenAI weights (pretrained="openai") scored worse on RSICD, kept only for comparison
baseline, _, baseline_pre = open_clip.create_model_and_transforms("ViT-B-32", pretrained="openai")
model, _, preprocess = open_clip.create_model_and_transforms(
    "hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K"
)
tokenizer = open_clip.get_tokenizer("hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K")


@torch.no_grad()
def text_features(queries: list[str]) -> torch.Tensor:
    f = model.encode_text(tokenizer(queries))
    return f / f.norm(dim=-1, keepdim=True)
`,
    want: [
      { kind: "hf-model", id: "laion/CLIP-ViT-B-32-laion2B-s34B-b79K", line: 8 },
      { kind: "hf-model", id: "laion/CLIP-ViT-B-32-laion2B-s34B-b79K", line: 10 },
    ],
  },
  {
    file: "models/chemberta-bbbp/README.md",
    type: "markdown",
    text: `---
license: mit
language:
  - en
base_model: seyonec/ChemBERTa-zinc-base-v1
datasets:
  - scikit-fingerprints/MoleculeNet_BBBP
tags:
  - chemistry
  - smiles
pipeline_tag: text-classification
---

# ChemBERTa BBBP classifier

Predicts blood-brain-barrier penetration from a SMILES string. Fine-tuned from
[ChemBERTa](https://huggingface.co/seyonec/ChemBERTa-zinc-base-v1) for 10 epochs on the
scaffold split. Try it in the [demo Space](https://huggingface.co/spaces/chem-lab/bbbp-demo).

## Usage

~~~python
from transformers import pipeline
clf = pipeline("text-classification", model="chem-lab/chemberta-bbbp")
clf("CC(=O)OC1=CC=CC=C1C(=O)O")
~~~

## Training data

Scaffold split of BBBP as prepared by DeepChem (see deepchem/deepchem on GitHub).
ROC-AUC 0.91 on the held-out scaffolds.
`,
    want: [
      { kind: "hf-model", id: "seyonec/ChemBERTa-zinc-base-v1", line: 5 },
      // the card's own training data: a reviewer checks its license too
      { kind: "hf-dataset", id: "scikit-fingerprints/MoleculeNet_BBBP", line: 7 },
      { kind: "hf-model", id: "seyonec/ChemBERTa-zinc-base-v1", line: 17 },
      // the usage snippet names this card's own repository: still a Hub model a reader would click through
      { kind: "hf-model", id: "chem-lab/chemberta-bbbp", line: 24 },
    ],
  },
  {
    file: "README.md",
    type: "markdown",
    text: `# scisearch

[![CI](https://github.com/acme-research/scisearch/actions/workflows/ci.yml/badge.svg)](https://github.com/acme-research/scisearch/actions)

Dense retrieval for scientific claims. Built on BGE embeddings and evaluated on
[SciFact](https://huggingface.co/datasets/BeIR/scifact) (paper: https://huggingface.co/papers/2004.14974).

## Install

~~~bash
pip install scisearch[faiss]
~~~

## Quick start

~~~python
from scisearch import Index
from transformers import AutoModel

encoder = AutoModel.from_pretrained("BAAI/bge-small-en-v1.5")
index = Index.build("corpus/", encoder=encoder)
index.search("vitamin D reduces fracture risk", k=5)
~~~

See the [Transformers docs](https://huggingface.co/docs/transformers/index) for device
placement, and our blog post at https://huggingface.co/blog/acme/scisearch for benchmarks.
`,
    want: [
      { kind: "hf-dataset", id: "BeIR/scifact", line: 6 },
      { kind: "hf-model", id: "BAAI/bge-small-en-v1.5", line: 20 },
    ],
  },
  {
    file: "docs/models.md",
    type: "markdown",
    text: `# Supported forecasting models

| Name | Checkpoint | Params | Notes |
|------|-----------|--------|-------|
| chronos-tiny | [amazon/chronos-t5-tiny](https://huggingface.co/amazon/chronos-t5-tiny) | 8M | CPU friendly |
| chronos-bolt | [amazon/chronos-bolt-base](https://huggingface.co/amazon/chronos-bolt-base) | 205M | default |
| moirai | [Salesforce/moirai-1.0-R-small](https://hf.co/Salesforce/moirai-1.0-R-small) | 14M | needs uni2ts |
| lag-llama | see \`time-series-foundation-models/lag-llama\` | 2.5M | experimental |

Set the model with \`FORECAST_MODEL\`; anything else is loaded from a local directory, for
example \`/models/finetuned/chronos-retail\`.

The benchmark data lives at https://huggingface.co/datasets/autogluon/chronos_datasets/tree/main/m4_hourly.
`,
    want: [
      { kind: "hf-model", id: "amazon/chronos-t5-tiny", line: 5 },
      { kind: "hf-model", id: "amazon/chronos-bolt-base", line: 6 },
      { kind: "hf-model", id: "Salesforce/moirai-1.0-R-small", line: 7 },
      // lag-llama on line 8 is a bare org/name in backticks: a candidate (SPEC), not expected at >= 0.5
      { kind: "hf-dataset", id: "autogluon/chronos_datasets", line: 13, revision: "main" },
    ],
  },
  {
    file: "CHANGELOG.md",
    type: "markdown",
    text: `# Changelog

## 0.9.0 - 2024-05-02

- Default code encoder is now \`microsoft/unixcoder-base\` instead of \`microsoft/codebert-base\`
  (see https://huggingface.co/microsoft/unixcoder-base/tree/main for the tokenizer changes).
- Dropped Python 3.8; the Docker image is now \`python:3.11-slim\`.
- \`--index-dir\` defaults to \`~/.cache/codesearch/index\`.

## 0.8.2 - 2024-03-11

- Fixed a crash when a repository had no \`.py\` files (#212, thanks @mkowalski).
- Bumped tree-sitter to 0.21.
`,
    want: [
      // line 5 names ids only in backticks: candidates (SPEC); the URL on line 6 is a reference
      { kind: "hf-model", id: "microsoft/unixcoder-base", line: 6, revision: "main" },
    ],
  },
  {
    file: "radiology/README.md",
    type: "markdown",
    text: `# Chest X-ray report generation

Runs inside the MONAI container \`projectmonai/monai:1.3.0\`; source at github.com/acme-med/cxr-report.

## Get the weights

~~~bash
huggingface-cli download microsoft/rad-dino --local-dir weights/rad-dino
huggingface-cli login   # needed only for gated datasets
~~~

The report decoder is our own checkpoint in \`weights/decoder-v3/\` (not published).
Training used MIMIC-CXR from PhysioNet, which cannot be redistributed.
`,
    want: [{ kind: "hf-model", id: "microsoft/rad-dino", line: 8 }],
  },
  {
    file: "configs/docai/cord.yaml",
    type: "yaml",
    text: `# Receipt key-information extraction on CORD
defaults:
  - base
  - _self_

model_name_or_path: microsoft/layoutlmv3-large
dataset_name: nielsr/cord-layoutlmv3
output_dir: outputs/layoutlmv3-cord
seed: 42

training:
  learning_rate: 1.0e-5
  max_steps: 2000
  per_device_train_batch_size: 4
  fp16: true

ocr:
  engine: paddleocr
  lang: en

logging:
  wandb_project: docai/cord-kie
  run_name: layoutlmv3-large-cord
`,
    want: [
      { kind: "hf-model", id: "microsoft/layoutlmv3-large", line: 6 },
      // dataset_name is the run_*.py example scripts' key for a Hub dataset
      { kind: "hf-dataset", id: "nielsr/cord-layoutlmv3", line: 7 },
    ],
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
  humaneval:
    runs-on: ubuntu-latest
    container: python:3.11
    steps:
      - uses: actions/checkout@v4
      - uses: actions/cache@v4
        with:
          path: ~/.cache/huggingface
          key: hf-codet5p-220m
      - run: pip install -e .[eval]
      - name: Fetch checkpoint
        run: huggingface-cli download Salesforce/codet5p-220m --local-dir models/codet5p
      - run: python -m codegen.eval --model-dir models/codet5p --out results/nightly.json
      - uses: actions/upload-artifact@v4
        with:
          name: results
          path: results/
`,
    want: [{ kind: "hf-model", id: "Salesforce/codet5p-220m", line: 19 }],
  },
  {
    file: "deploy/k8s/embeddings.yaml",
    type: "yaml",
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: tei-embeddings
  labels:
    app: search
spec:
  replicas: 2
  selector:
    matchLabels:
      app: tei-embeddings
  template:
    metadata:
      labels:
        app: tei-embeddings
    spec:
      containers:
        - name: tei
          image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.5
          args:
            - --model-id
            - BAAI/bge-base-en-v1.5
            - --port
            - "8080"
          volumeMounts:
            - name: model-cache
              mountPath: /data
      volumes:
        - name: model-cache
          persistentVolumeClaim:
            claimName: hf-cache
`,
    want: [
      // --model-id and its value on the next list item: how TEI is configured in Kubernetes
      { kind: "hf-model", id: "BAAI/bge-base-en-v1.5", line: 22 },
    ],
  },
  {
    file: "docker-compose.yml",
    type: "yaml",
    text: `services:
  api:
    image: acme/musicgen-api:0.3
    build: .
    ports:
      - "8000:8000"
    environment:
      - MODEL_ID=facebook/musicgen-medium
      - HF_HOME=/cache
      - REDIS_URL=redis://queue:6379/0
    volumes:
      - hf-cache:/cache
    deploy:
      resources:
        reservations:
          devices:
            - capabilities: [gpu]
  queue:
    image: redis:7-alpine
volumes:
  hf-cache: {}
`,
    want: [{ kind: "hf-model", id: "facebook/musicgen-medium", line: 8 }],
  },
  {
    file: "configs/flood/prithvi.yaml",
    type: "yaml",
    text: `seed_everything: 0
trainer:
  accelerator: auto
  max_epochs: 50
  default_root_dir: runs/flood-prithvi
  logger:
    class_path: lightning.pytorch.loggers.WandbLogger
    init_args:
      project: geo-flood
model:
  class_path: floodseg.PrithviSegmenter
  init_args:
    backbone: prithvi_eo_v2_300
    repo_id: ibm-nasa-geospatial/Prithvi-EO-2.0-300M
    num_classes: 2
    freeze_backbone: false
data:
  class_path: floodseg.Sen1FloodsDataModule
  init_args:
    root: /data/sen1floods11
    bands: [BLUE, GREEN, RED, NIR_NARROW, SWIR_1, SWIR_2]
ckpt_path: checkpoints/last.ckpt
`,
    want: [{ kind: "hf-model", id: "ibm-nasa-geospatial/Prithvi-EO-2.0-300M", line: 14 }],
  },
  {
    file: "params.yaml",
    type: "yaml",
    text: `# DVC params for the vulnerable-function classifier
data:
  raw: data/raw/bigvul.csv
  processed: data/processed
  test_size: 0.2

features:
  tokenizer: microsoft/codebert-base
  max_length: 512

model:
  type: xgboost
  n_estimators: 400
  max_depth: 8

train:
  seed: 13
  out: models/vuln-xgb.json
`,
    want: [{ kind: "hf-model", id: "microsoft/codebert-base", line: 8 }],
  },
  {
    file: "notebooks/timesfm_retail.ipynb",
    type: "notebook",
    text: nb([
      [
        "#md",
        "# TimesFM on the retail weekly series",
        "",
        "Compare with the Chronos baseline from `forecast/`.",
      ],
      ["!pip install -q timesfm[torch] datasets"],
      [
        "import timesfm",
        "from datasets import load_dataset",
        "",
        "tfm = timesfm.TimesFm(",
        "    hparams=timesfm.TimesFmHparams(backend='gpu', horizon_len=52),",
        "    checkpoint=timesfm.TimesFmCheckpoint(",
        "        huggingface_repo_id='google/timesfm-1.0-200m-pytorch'),",
        ")",
      ],
      [
        "m4 = load_dataset('autogluon/chronos_datasets', 'm4_weekly', split='train')",
        "retail = pd.read_csv('../data/retail_weekly.csv', parse_dates=['week'])",
        "retail.head()",
      ],
      [
        "point, quantiles = tfm.forecast([s[-512:] for s in m4['target'][:100]], freq=[1] * 100)",
        "point.shape",
      ],
    ]),
    want: [
      // TimesFM's own keyword for a Hub repository id
      { kind: "hf-model", id: "google/timesfm-1.0-200m-pytorch", line: 31 },
      { kind: "hf-dataset", id: "autogluon/chronos_datasets", line: 41 },
    ],
  },
  {
    file: "notebooks/receipts_donut.ipynb",
    type: "notebook",
    text: nb([
      ["#md", "## Donut on our scanned receipts", "Upstream code: https://github.com/clovaai/donut"],
      ["!git clone https://github.com/clovaai/donut.git && pip install -q transformers sentencepiece"],
      [
        "import torch",
        "from PIL import Image",
        "from transformers import DonutProcessor, VisionEncoderDecoderModel",
        "",
        "ckpt = 'naver-clova-ix/donut-base-finetuned-cord-v2'",
        "processor = DonutProcessor.from_pretrained(ckpt)",
        "model = VisionEncoderDecoderModel.from_pretrained('naver-clova-ix/donut-base-finetuned-cord-v2')",
        "model.to('cuda' if torch.cuda.is_available() else 'cpu')",
      ],
      [
        "img = Image.open('scans/receipt_0042.png').convert('RGB')",
        "task = '<s_cord-v2>'",
        "ids = processor.tokenizer(task, add_special_tokens=False, return_tensors='pt').input_ids",
        "out = model.generate(processor(img, return_tensors='pt').pixel_values, decoder_input_ids=ids)",
        "processor.token2json(processor.batch_decode(out)[0])",
      ],
    ]),
    want: [
      // the ckpt variable on the earlier line is an id held in a variable: a candidate (SPEC)
      { kind: "hf-model", id: "naver-clova-ix/donut-base-finetuned-cord-v2", line: 30 },
    ],
  },
  {
    file: "notebooks/quiz_qa.ipynb",
    type: "notebook",
    text: nb([
      ["#md", "# Can an extractive QA model answer SciQ support passages?"],
      [
        "from datasets import load_dataset",
        "from transformers import pipeline",
        "",
        "sciq = load_dataset('allenai/sciq', split='validation')",
        "qa = pipeline('question-answering', model='deepset/roberta-base-squad2', device=0)",
      ],
      [
        "hits = 0",
        "for row in sciq.select(range(500)):",
        "    pred = qa(question=row['question'], context=row['support'])['answer']",
        "    hits += pred.strip().lower() == row['correct_answer'].lower()",
        "hits / 500",
      ],
      ["#md", "Results are logged to the `edu-nlp/sciq-qa` W&B project."],
    ]),
    want: [
      { kind: "hf-dataset", id: "allenai/sciq", line: 17 },
      { kind: "hf-model", id: "deepset/roberta-base-squad2", line: 18 },
    ],
  },
  {
    file: "scripts/download_assets.sh",
    type: "shell",
    text: `#!/usr/bin/env bash
# Pull the vision backbone and the DocVQA sample used by the smoke tests.
set -euo pipefail

ASSETS="\${ASSETS_DIR:-./assets}"
mkdir -p "$ASSETS"

hf download facebook/dinov2-base --include "*.safetensors" "*.json" --local-dir "$ASSETS/dinov2-base"

curl -fsSL -o "$ASSETS/docvqa_val_sample.parquet" \\
  https://huggingface.co/datasets/HuggingFaceM4/DocVQA/resolve/main/validation/sample.parquet

# our own fine-tune lives in the private bucket, not on the Hub
aws s3 cp s3://acme-ml-artifacts/docvqa/dinov2-head.pt "$ASSETS/"
echo "assets ready in $ASSETS"
`,
    want: [
      { kind: "hf-model", id: "facebook/dinov2-base", line: 8 },
      { kind: "hf-dataset", id: "HuggingFaceM4/DocVQA", line: 11, revision: "main" },
    ],
  },
  {
    file: "Dockerfile",
    type: "shell",
    text: `FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime

ENV HF_HOME=/opt/hf \\
    PYTHONUNBUFFERED=1

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# Bake the table detector into the image so the worker starts offline
RUN python -c "from transformers import AutoModelForObjectDetection as M; M.from_pretrained('microsoft/table-transformer-detection')"

COPY tables/ ./tables/
ENV TRANSFORMERS_OFFLINE=1
CMD ["python", "-m", "tables.worker", "--queue", "pdf-tables"]
`,
    want: [{ kind: "hf-model", id: "microsoft/table-transformer-detection", line: 11 }],
  },
  {
    file: "scripts/run_codeeval.sh",
    type: "shell",
    text: `#!/bin/sh
# Usage: scripts/run_codeeval.sh [limit]
set -e
LIMIT=\${1:-164}

accelerate launch -m bigcode_eval.main \\
  --model bigcode/starcoder2-3b \\
  --tasks humaneval \\
  --limit "$LIMIT" \\
  --max_length_generation 512 \\
  --allow_code_execution \\
  --metric_output_path results/starcoder2-3b.json

python scripts/summarise.py results/ --out reports/codeeval.md
`,
    want: [{ kind: "hf-model", id: "bigcode/starcoder2-3b", line: 7 }],
  },
  {
    file: "adapters/codet5p-sql/adapter_config.json",
    type: "json-toml",
    text: `{
  "alpha_pattern": {},
  "auto_mapping": null,
  "base_model_name_or_path": "Salesforce/codet5p-770m",
  "bias": "none",
  "fan_in_fan_out": false,
  "inference_mode": true,
  "init_lora_weights": true,
  "lora_alpha": 32,
  "lora_dropout": 0.05,
  "modules_to_save": null,
  "peft_type": "LORA",
  "r": 16,
  "revision": null,
  "target_modules": ["q", "v"],
  "task_type": "SEQ_2_SEQ_LM"
}
`,
    want: [{ kind: "hf-model", id: "Salesforce/codet5p-770m", line: 4 }],
  },
  {
    file: "pyproject.toml",
    type: "json-toml",
    text: `[project]
name = "shoprank"
version = "0.4.1"
requires-python = ">=3.10"
dependencies = [
  "sentence-transformers>=2.7",
  "faiss-cpu>=1.8",
  "pydantic>=2",
]

[project.optional-dependencies]
dev = ["pytest>=8", "ruff"]

[tool.shoprank]
model_name = "BAAI/bge-reranker-v2-m3"
index_dir = "var/index"
top_k = 50

[tool.ruff]
line-length = 110
`,
    want: [{ kind: "hf-model", id: "BAAI/bge-reranker-v2-m3", line: 15 }],
  },
  {
    file: "web/src/semanticSearch.ts",
    type: "ts-js",
    text: `import { type FeatureExtractionPipeline, pipeline } from "@huggingface/transformers";

let extractor: Promise<FeatureExtractionPipeline> | undefined;

// Loaded lazily in the browser; the ONNX weights are cached by the service worker.
function getExtractor(): Promise<FeatureExtractionPipeline> {
  extractor ??= pipeline("feature-extraction", "Xenova/all-MiniLM-L6-v2", { dtype: "q8" });
  return extractor;
}

export async function embed(texts: string[]): Promise<number[][]> {
  const fx = await getExtractor();
  const out = await fx(texts, { pooling: "mean", normalize: true });
  return out.tolist() as number[][];
}

export const INDEX_URL = "/static/index/products-v3.json";
`,
    want: [{ kind: "hf-model", id: "Xenova/all-MiniLM-L6-v2", line: 7 }],
  },
  {
    file: "services/promptGuard.js",
    type: "ts-js",
    text: `import { HfInference } from "@huggingface/inference";

const hf = new HfInference(process.env.HF_TOKEN);
const REPO_API = "https://api.github.com/repos/acme-sec/prompt-rules/contents/rules.json";

export async function isInjection(text) {
  const [top] = await hf.textClassification({
    model: "protectai/deberta-v3-base-prompt-injection-v2",
    inputs: text,
  });
  return top.label === "INJECTION" && top.score > 0.9;
}

export async function loadRules() {
  const res = await fetch(REPO_API, { headers: { Accept: "application/vnd.github.raw+json" } });
  if (!res.ok) throw new Error(\`rules fetch failed: \${res.status}\`);
  return res.json();
}
`,
    want: [{ kind: "hf-model", id: "protectai/deberta-v3-base-prompt-injection-v2", line: 8 }],
  },
];

/** Every miss and false alarm measured when the round was written; a fix must strike its row. */
// The three "false alarms" are a reading this reviewer took and the project does not: a literal
// held in a constant (or a default, or a notebook variable) that reaches a loader in the same file
// is the reference, on the literal's line (docs/DETECTION.md; the reviewers of rounds 9, 10, 12 and
// 14 labelled it so). Kept as measured, not relabelled.
const KNOWN: Outcome[] = [
  // module constant _ENCODER, later passed to AutoTokenizer.from_pretrained: held in a variable
  { file: "chem/featurize.py", ref: "hf-model seyonec/ChemBERTa-zinc-base-v1:7", what: "false" },
  // default value of the grader parameter, passed on to from_pretrained: held in a variable
  { file: "edu/scoring.py", ref: "hf-model microsoft/deberta-v3-small:16", what: "false" },
  // ckpt = '...' in a code cell, passed to DonutProcessor.from_pretrained: held in a variable
  {
    file: "notebooks/receipts_donut.ipynb",
    ref: "hf-model naver-clova-ix/donut-base-finetuned-cord-v2:28",
    what: "false",
  },
];

describe("held-out round 15", () => {
  it("has the planned mix of files, each 12 lines or longer", () => {
    const types = new Map<string, number>();
    for (const c of CASES) types.set(c.type, (types.get(c.type) ?? 0) + 1);
    expect(Object.fromEntries(types)).toEqual({
      python: 15,
      markdown: 5,
      yaml: 6,
      notebook: 3,
      shell: 3,
      "json-toml": 2,
      "ts-js": 2,
    });
    for (const c of CASES) expect(c.text.split("\n").length, c.file).toBeGreaterThanOrEqual(12);
    expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
  });

  it("every expected id sits on its stated line", () => {
    for (const c of CASES) {
      const lines = c.text.split("\n");
      for (const w of c.want) {
        // a bare SentenceTransformer name is written without the sentence-transformers/ org
        const written = w.id.replace(/^sentence-transformers\//, "");
        expect(lines[w.line - 1] ?? "", `${c.file}: ${w.id} on line ${w.line}`).toContain(written);
        if (w.revision) expect(c.text, `${c.file}: revision ${w.revision}`).toContain(w.revision);
      }
    }
  });

  it("every KNOWN row names a file of the round", () => {
    const files = new Set(CASES.map((c) => c.file));
    for (const k of KNOWN) expect(files.has(k.file), k.file).toBe(true);
  });

  heldoutChecks("r15", CASES, {
    known: KNOWN,
    floor: { recall: 1, precision: 0.95 },
    verbose: process.env.R15_VERBOSE === "1",
  });
});
