// Round 12 held-out measurement: 40 files written by the reviewer in the shapes of real ML repositories
// (never fixed against). Scored with detectText at confidence >= 0.5 through the shared harness; a
// reference counts only on an exact (kind, id, line, revision) match.
//
// MEASURED (first run, before any fix; labels frozen before the run):
//   all        recall 0.892 (66/74)  precision 0.971 (66/68)   8 misses, 2 false alarms
//   python     recall 0.724 (21/29)  precision 0.913 (21/23)
//   markdown   recall 1.000 (14/14)  precision 1.000 (14/14)
//   yaml       recall 1.000 (11/11)  precision 1.000 (11/11)
//   notebook   recall 1.000 (7/7)    precision 1.000 (7/7)
//   shell      recall 1.000 (5/5)    dockerfile 1.000 (2/2)     precision 1.000 both
//   json 1.000 (1/1), toml 1.000 (2/2), typescript 1.000 (1/1), javascript 1.000 (2/2), precision 1.000
//
// After the lead's fixes of the same stop: 74 of 74, no false alarm. A parameter's string default
// is what it holds (def __init__(self, encoder="all-MiniLM-L6-v2")); LeRobotDataset; a dict entry
// picked by a variable key may be any of the dict's ids (repo = HF_ENCODERS[name]); a parametrize
// name holds its values for the loader the test gives it; repo_type= beside repo_id= in a dict;
// a setting call's default given to a loader keeps the loader's revision=.
//   Every miss and false alarm is in Python, and both false alarms are a right id with the wrong
//   kind or without its pinned revision. With R12_VERBOSE=1 the test prints the score and each outcome.
//
// Labelling decisions (what a platform engineer gating model licenses would expect):
// - A Hub id in a known loading pattern counts where the literal sits, also when it reaches the call
//   through a module constant, a dataclass default, a dict of choices or a parametrize list in the
//   same file (the file itself names the model it loads).
// - Legacy bare ids ("xlm-roberta-base", "distilbert-base-uncased", "beans") are Hub repos, counted as written.
// - Outputs are not inputs: push_to_hub / hub_model_id / upload targets, W&B projects, output dirs.
// - Hosted-API model names (OpenAI chat models, Ollama library tags) do not bring Hub weights in.
// - GitHub links, pip/git+ installs, Docker images, GitHub Actions, gym env ids, Kaggle slugs,
//   metric names, local weight files, S3 prefixes, /spaces/, /docs/, /papers/, /blog/ are negatives.
// - A revision counts when the text pins one (revision=, /resolve/<rev>/, revision= in model_args).
// - Training data named in a model card's front matter (datasets:) and in trainer configs counts
//   as hf-dataset: dataset licenses (non-commercial, share-alike) are what the gate is for.
import { describe, expect, it } from "vitest";
import {
  type HeldoutCase,
  type HeldoutRef,
  heldoutChecks,
  lineOf,
  type Outcome,
  parseRef,
} from "./heldout-harness.js";

/** A file's text: raw (backslashes stay), ‵ stands for a backtick and §{ for a dollar-brace. */
function f(s: TemplateStringsArray): string {
  if (s.raw.length !== 1) throw new Error("a case text takes no substitutions");
  return s.raw[0]!.slice(1).replace(/‵/g, "`").replace(/§\{/g, "${");
}

interface Want {
  kind: HeldoutRef["kind"];
  id: string;
  /** A substring of exactly one line of the file: the line the id sits on. */
  at: string;
  revision?: string;
}

const m = (id: string, at = id, revision?: string): Want => ({ kind: "hf-model", id, at, revision });
const d = (id: string, at = id, revision?: string): Want => ({ kind: "hf-dataset", id, at, revision });
const g = (id: string, at = id, revision?: string): Want => ({ kind: "github-repo", id, at, revision });

interface Draft {
  file: string;
  type: string;
  text: string;
  want: Want[];
}

const DRAFTS: Draft[] = [
  // ------------------------------------------------------------------ Python (16)
  {
    file: "ner/train_ner.py",
    type: "python",
    text: f`
"""Fine-tune a multilingual token classifier on CoNLL-style NER data."""
from dataclasses import dataclass, field

import numpy as np
from datasets import load_dataset
from transformers import (
    AutoModelForTokenClassification,
    AutoTokenizer,
    DataCollatorForTokenClassification,
    HfArgumentParser,
    Trainer,
    TrainingArguments,
)

from ner.labels import align_labels, LABEL_LIST
from ner.metrics import seqeval_metrics


@dataclass
class ModelArguments:
    model_name_or_path: str = field(default="xlm-roberta-base")
    cache_dir: str = field(default="/mnt/cache/hf")
    freeze_embeddings: bool = False


def main():
    parser = HfArgumentParser((ModelArguments, TrainingArguments))
    margs, targs = parser.parse_args_into_dataclasses()
    targs.report_to = ["wandb"]
    targs.run_name = "ner-xlmr/conll-base"

    raw = load_dataset("conll2003", trust_remote_code=True)
    tok = AutoTokenizer.from_pretrained(margs.model_name_or_path, cache_dir=margs.cache_dir)
    model = AutoModelForTokenClassification.from_pretrained(
        margs.model_name_or_path, num_labels=len(LABEL_LIST)
    )
    if margs.freeze_embeddings:
        for p in model.base_model.embeddings.parameters():
            p.requires_grad = False

    ds = raw.map(lambda b: align_labels(tok, b), batched=True)
    trainer = Trainer(
        model=model,
        args=targs,
        train_dataset=ds["train"],
        eval_dataset=ds["validation"],
        data_collator=DataCollatorForTokenClassification(tok),
        compute_metrics=seqeval_metrics,
    )
    trainer.train()
    trainer.push_to_hub("acme-nlp/xlmr-conll-ner")


if __name__ == "__main__":
    main()
`,
    want: [m("xlm-roberta-base"), d("conll2003")],
  },
  {
    file: "seg/infer_segformer.py",
    type: "python",
    text: f`
import argparse
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from transformers import SegformerForSemanticSegmentation, SegformerImageProcessor

from seg.palette import ade_palette

CKPT = "nvidia/segformer-b2-finetuned-ade-512-512"


def load(device: str):
    processor = SegformerImageProcessor.from_pretrained(CKPT)
    model = SegformerForSemanticSegmentation.from_pretrained(CKPT).to(device).eval()
    return processor, model


@torch.inference_mode()
def segment(img: Image.Image, processor, model, device: str) -> np.ndarray:
    inputs = processor(images=img, return_tensors="pt").to(device)
    logits = model(**inputs).logits
    up = torch.nn.functional.interpolate(logits, size=img.size[::-1], mode="bilinear")
    return up.argmax(1)[0].cpu().numpy()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("images", nargs="+")
    ap.add_argument("--out", default="outputs/segformer-b2/masks")
    ap.add_argument("--fallback-weights", default="./weights/seg_b2_ade.pth")
    args = ap.parse_args()
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    proc, net = load(dev)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    for p in args.images:
        mask = segment(Image.open(p).convert("RGB"), proc, net, dev)
        Image.fromarray(ade_palette()[mask]).save(Path(args.out) / Path(p).name)
`,
    want: [m("nvidia/segformer-b2-finetuned-ade-512-512")],
  },
  {
    file: "speech/diarize_transcribe.py",
    type: "python",
    text: f`
import os
import sys

import torch
from faster_whisper import WhisperModel
from pyannote.audio import Pipeline

HF_TOKEN = os.environ.get("HF_TOKEN")
WHISPER_SIZES = ["tiny", "base", "small", "medium"]


def build_asr(compute_type: str = "float16") -> WhisperModel:
    # distilled checkpoint: ~6x faster than large-v3 at similar WER on our call-centre audio
    return WhisperModel(
        "Systran/faster-distil-whisper-large-v3",
        device="cuda",
        compute_type=compute_type,
    )


def build_diarizer() -> Pipeline:
    pipe = Pipeline.from_pretrained("pyannote/speaker-diarization-3.1", use_auth_token=HF_TOKEN)
    pipe.to(torch.device("cuda"))
    return pipe


def run(path: str):
    asr, dia = build_asr(), build_diarizer()
    turns = dia(path)
    segments, _ = asr.transcribe(path, beam_size=5, vad_filter=True)
    for seg in segments:
        who = next(
            (spk for t, _, spk in turns.itertracks(yield_label=True) if t.start <= seg.start <= t.end),
            "UNK",
        )
        print(f"[{seg.start:7.2f}] {who}: {seg.text.strip()}")


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "samples/callcentre/2024-03-01.wav")
`,
    want: [m("Systran/faster-distil-whisper-large-v3"), m("pyannote/speaker-diarization-3.1")],
  },
  {
    file: "recsys/item_tower.py",
    type: "python",
    text: f`
"""Item tower: text embeddings of catalogue items, cached to parquet for the two-tower retriever."""
import logging
from pathlib import Path

import faiss
import pandas as pd
from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

DATA_DIR = Path("data/movielens/ml-25m")
CACHE = Path("artifacts/item_embeddings.parquet")


class ItemTower:
    def __init__(self, encoder: str = "all-MiniLM-L6-v2", batch_size: int = 256):
        self.encoder = SentenceTransformer(encoder)
        self.batch_size = batch_size

    def encode_catalogue(self) -> pd.DataFrame:
        movies = pd.read_csv(DATA_DIR / "movies.csv")
        texts = (movies["title"] + " | " + movies["genres"].str.replace("|", ", ")).tolist()
        log.info("encoding %d items", len(texts))
        emb = self.encoder.encode(texts, batch_size=self.batch_size, normalize_embeddings=True)
        movies["emb"] = list(emb)
        movies.to_parquet(CACHE)
        return movies

    def build_index(self, df: pd.DataFrame) -> faiss.Index:
        dim = len(df["emb"].iloc[0])
        index = faiss.IndexFlatIP(dim)
        index.add(pd.DataFrame(df["emb"].tolist()).to_numpy("float32"))
        return index
`,
    want: [m("sentence-transformers/all-MiniLM-L6-v2", 'encoder: str = "all-MiniLM-L6-v2"')],
  },
  {
    file: "tabular/bench_tabpfn.py",
    type: "python",
    text: f`
import time

import numpy as np
import torch
from datasets import load_dataset
from huggingface_hub import hf_hub_download
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

from tabular.prep import encode_categoricals

OPENML_IDS = [31, 1464, 40981]  # credit-g, blood-transfusion, australian


def load_adult():
    df = load_dataset("scikit-learn/adult-census-income", split="train").to_pandas()
    y = (df.pop("income") == ">50K").astype(int).to_numpy()
    return encode_categoricals(df), y


def tabpfn_weights() -> str:
    return hf_hub_download(repo_id="Prior-Labs/TabPFN-v2-clf", filename="tabpfn-v2-classifier.ckpt")


def bench():
    X, y = load_adult()
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.2, random_state=0)
    t0 = time.time()
    xgb = XGBClassifier(n_estimators=400, max_depth=6).fit(Xtr, ytr)
    print("xgboost auc", roc_auc_score(yte, xgb.predict_proba(Xte)[:, 1]), time.time() - t0)
    from tabpfn import TabPFNClassifier

    clf = TabPFNClassifier(model_path=tabpfn_weights(), device="cuda" if torch.cuda.is_available() else "cpu")
    clf.fit(Xtr[:10000], ytr[:10000])
    print("tabpfn auc", roc_auc_score(yte, clf.predict_proba(Xte)[:, 1]))


if __name__ == "__main__":
    bench()
`,
    want: [d("scikit-learn/adult-census-income"), m("Prior-Labs/TabPFN-v2-clf")],
  },
  {
    file: "rl/enjoy_ppo.py",
    type: "python",
    text: f`
import argparse

import gymnasium as gym
from huggingface_sb3 import load_from_hub, package_to_hub
from stable_baselines3 import PPO
from stable_baselines3.common.evaluation import evaluate_policy
from stable_baselines3.common.vec_env import DummyVecEnv

ENV_IDS = {"cartpole": "CartPole-v1", "breakout": "ALE/Breakout-v5", "lunar": "LunarLander-v2"}


def pretrained_cartpole() -> PPO:
    path = load_from_hub(repo_id="sb3/ppo-CartPole-v1", filename="ppo-CartPole-v1.zip")
    return PPO.load(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", choices=list(ENV_IDS), default="cartpole")
    ap.add_argument("--push", action="store_true")
    args = ap.parse_args()
    env = DummyVecEnv([lambda: gym.make(ENV_IDS[args.env])])
    model = pretrained_cartpole() if args.env == "cartpole" else PPO("CnnPolicy", env, verbose=1)
    mean, std = evaluate_policy(model, env, n_eval_episodes=20)
    print(f"{args.env}: {mean:.1f} +/- {std:.1f}")
    if args.push:
        package_to_hub(
            model=model,
            model_name=f"ppo-{args.env}",
            model_architecture="PPO",
            env_id=ENV_IDS[args.env],
            eval_env=env,
            repo_id=f"rl-lab/ppo-{args.env}",
            commit_message="nightly eval",
        )


if __name__ == "__main__":
    main()
`,
    want: [m("sb3/ppo-CartPole-v1")],
  },
  {
    file: "bio/embed_proteins.py",
    type: "python",
    text: f`
"""Mean-pooled ESM-2 embeddings for a FASTA file, written as .npy per sequence."""
import sys
from pathlib import Path

import esm  # fair-esm, only for the legacy ESM-1b contact head
import numpy as np
import torch
from Bio import SeqIO
from transformers import AutoTokenizer, EsmModel

MODEL_ID = "facebook/esm2_t33_650M_UR50D"
MAX_LEN = 1022


def load():
    tok = AutoTokenizer.from_pretrained(MODEL_ID)
    model = EsmModel.from_pretrained(MODEL_ID, torch_dtype=torch.float16).cuda().eval()
    return tok, model


def legacy_contacts():
    model, alphabet = esm.pretrained.esm1b_t33_650M_UR50S()
    return model.eval(), alphabet


@torch.no_grad()
def embed(fasta: str, out_dir: str = "embeddings/uniref50"):
    tok, model = load()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for rec in SeqIO.parse(fasta, "fasta"):
        seq = str(rec.seq)[:MAX_LEN]
        batch = tok(seq, return_tensors="pt").to("cuda")
        h = model(**batch).last_hidden_state[0, 1:-1].float().mean(0)
        np.save(out / f"{rec.id.replace('|', '_')}.npy", h.cpu().numpy())


if __name__ == "__main__":
    embed(sys.argv[1])
`,
    want: [m("facebook/esm2_t33_650M_UR50D")],
  },
  {
    file: "robot/eval_act.py",
    type: "python",
    text: f`
import imageio
import numpy as np
import torch
import gymnasium as gym
import gym_aloha  # noqa: F401  registers the env

from lerobot.common.datasets.lerobot_dataset import LeRobotDataset
from lerobot.common.policies.act.modeling_act import ACTPolicy

POLICY_REPO = "lerobot/act_aloha_sim_transfer_cube_human"
DEVICE = "cuda"


def rollout(policy: ACTPolicy, seed: int, video: str | None = None) -> float:
    env = gym.make("gym_aloha/AlohaTransferCube-v0", obs_type="pixels_agent_pos", max_episode_steps=400)
    obs, _ = env.reset(seed=seed)
    frames, total = [], 0.0
    policy.reset()
    done = False
    while not done:
        batch = {
            "observation.state": torch.from_numpy(obs["agent_pos"]).float()[None].to(DEVICE),
            "observation.images.top": torch.from_numpy(obs["pixels"]["top"]).permute(2, 0, 1)[None].float().div(255).to(DEVICE),
        }
        action = policy.select_action(batch).squeeze(0).cpu().numpy()
        obs, reward, term, trunc, _ = env.step(action)
        total += reward
        done = term or trunc
        frames.append(env.render())
    if video:
        imageio.mimsave(video, np.stack(frames), fps=50)
    return total


if __name__ == "__main__":
    policy = ACTPolicy.from_pretrained(POLICY_REPO).to(DEVICE)
    stats_ds = LeRobotDataset("lerobot/aloha_sim_transfer_cube_human")
    print("episodes in reference set:", stats_ds.num_episodes)
    scores = [rollout(policy, s, video=f"outputs/eval/act_{s}.mp4" if s == 0 else None) for s in range(10)]
    print("mean return", sum(scores) / len(scores))
`,
    // LeRobotDataset pulls a Hub dataset repo: its license binds the reference set.
    want: [m("lerobot/act_aloha_sim_transfer_cube_human"), d("lerobot/aloha_sim_transfer_cube_human")],
  },
  {
    file: "mmlib/encoders.py",
    type: "python",
    text: f`
"""Registry of frozen image encoders used by the probing experiments."""
from __future__ import annotations

from functools import lru_cache

import torch
from transformers import AutoImageProcessor, AutoModel

HF_ENCODERS = {
    "clip-b32": "openai/clip-vit-base-patch32",
    "siglip-b16": "google/siglip-base-patch16-224",
    "dinov2-s": None,  # loaded through torch.hub below
}


@lru_cache(maxsize=4)
def get_encoder(name: str):
    if name == "dinov2-s":
        model = torch.hub.load("facebookresearch/dinov2", "dinov2_vits14")
        return None, model.eval()
    repo = HF_ENCODERS[name]
    processor = AutoImageProcessor.from_pretrained(repo)
    model = AutoModel.from_pretrained(repo)
    vision = getattr(model, "vision_model", model)
    return processor, vision.eval()


def embed(name: str, images) -> torch.Tensor:
    processor, model = get_encoder(name)
    if processor is None:
        return model(images)
    pixel = processor(images=images, return_tensors="pt")["pixel_values"]
    return model(pixel_values=pixel).pooler_output
`,
    want: [
      m("openai/clip-vit-base-patch32"),
      m("google/siglip-base-patch16-224"),
      g("facebookresearch/dinov2"),
    ],
  },
  {
    file: "tests/test_tokenization.py",
    type: "python",
    text: f`
import pytest
from transformers import AutoModelForCausalLM, AutoTokenizer

from textkit.chunking import chunk_by_tokens

TINY = "hf-internal-testing/tiny-random-gpt2"


@pytest.fixture(scope="module")
def tiny_lm():
    return AutoModelForCausalLM.from_pretrained(TINY)


@pytest.mark.parametrize("name", ["bert-base-cased", "google/mt5-small"])
def test_chunks_never_exceed_budget(name, tmp_path):
    tok = AutoTokenizer.from_pretrained(name, cache_dir=tmp_path)
    text = "lorem ipsum dolor sit amet " * 400
    for chunk in chunk_by_tokens(text, tok, max_tokens=128):
        assert len(tok(chunk)["input_ids"]) <= 128


def test_local_tokenizer_dir_is_not_downloaded(tmp_path):
    local = tmp_path / "tok"
    local.mkdir()
    with pytest.raises(OSError):
        AutoTokenizer.from_pretrained(str(local), local_files_only=True)


def test_tiny_model_generates(tiny_lm):
    out = tiny_lm.generate(max_new_tokens=4, do_sample=False)
    assert out.shape[-1] >= 4
`,
    want: [m("hf-internal-testing/tiny-random-gpt2"), m("bert-base-cased"), m("google/mt5-small")],
  },
  {
    file: "tools/fetch_assets.py",
    type: "python",
    text: f`
#!/usr/bin/env python
"""Pre-fetch everything the batch jobs need so the cluster nodes can run offline."""
import argparse
import os

from huggingface_hub import snapshot_download, upload_folder

ASSET_ROOT = os.environ.get("ASSET_ROOT", "/shared/assets")
BUCKET = "s3://acme-ml-artifacts/assets/"


def fetch(dry_run: bool = False):
    jobs = [
        dict(repo_id="stabilityai/sd-vae-ft-mse", allow_patterns=["*.safetensors", "*.json"]),
        dict(repo_id="HuggingFaceM4/the_cauldron", repo_type="dataset", allow_patterns=["ai2d/*"]),
    ]
    for job in jobs:
        target = os.path.join(ASSET_ROOT, job["repo_id"].replace("/", "__"))
        print("->", job["repo_id"], target)
        if not dry_run:
            snapshot_download(local_dir=target, **job)


def publish_manifest(folder: str):
    upload_folder(repo_id="acme-ml/asset-manifests", folder_path=folder, repo_type="dataset")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--publish", default=None)
    a = ap.parse_args()
    fetch(a.dry_run)
    if a.publish:
        publish_manifest(a.publish)
`,
    want: [m("stabilityai/sd-vae-ft-mse"), d("HuggingFaceM4/the_cauldron")],
  },
  {
    file: "serve/app.py",
    type: "python",
    text: f`
import os

from fastapi import FastAPI
from openai import OpenAI
from pydantic import BaseModel
from vllm import LLM, SamplingParams

app = FastAPI(title="support-bot")

USE_HOSTED = os.getenv("USE_HOSTED", "0") == "1"
llm = None
if not USE_HOSTED:
    llm = LLM(
        model=os.getenv("MODEL", "Qwen/Qwen2.5-7B-Instruct"),
        revision="a09a35458c702b33eeacc393d103063234e8bc28",
        max_model_len=8192,
        gpu_memory_utilization=0.9,
    )
client = OpenAI() if USE_HOSTED else None


class Ask(BaseModel):
    question: str
    max_tokens: int = 512


@app.post("/ask")
def ask(body: Ask):
    if USE_HOSTED:
        r = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": body.question}],
            max_tokens=body.max_tokens,
        )
        return {"answer": r.choices[0].message.content}
    params = SamplingParams(temperature=0.2, max_tokens=body.max_tokens)
    out = llm.generate([body.question], params)
    return {"answer": out[0].outputs[0].text}
`,
    want: [
      m("Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-7B-Instruct", "a09a35458c702b33eeacc393d103063234e8bc28"),
    ],
  },
  {
    file: "ocr/read_receipts.py",
    type: "python",
    text: f`
"""Line-level OCR for scanned receipts: Tesseract finds lines, TrOCR reads them.

Model notes: https://huggingface.co/docs/transformers/model_doc/trocr
"""
from pathlib import Path

import pytesseract
import torch
from PIL import Image
from transformers import TrOCRProcessor, VisionEncoderDecoderModel

TESS_LANGS = "eng+deu"
processor = TrOCRProcessor.from_pretrained("microsoft/trocr-base-printed")
model = VisionEncoderDecoderModel.from_pretrained("microsoft/trocr-base-printed").eval()


def line_boxes(img: Image.Image):
    data = pytesseract.image_to_data(img, lang=TESS_LANGS, output_type=pytesseract.Output.DICT)
    for i, level in enumerate(data["level"]):
        if level == 4:
            x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
            yield (x, y, x + w, y + h)


@torch.no_grad()
def read(path: Path) -> list[str]:
    img = Image.open(path).convert("RGB")
    crops = [img.crop(b) for b in line_boxes(img)]
    if not crops:
        return []
    pixel_values = processor(images=crops, return_tensors="pt").pixel_values
    ids = model.generate(pixel_values, max_new_tokens=48)
    return processor.batch_decode(ids, skip_special_tokens=True)


if __name__ == "__main__":
    for p in sorted(Path("data/receipts/scans").glob("*.png")):
        print(p.name, read(p))
`,
    want: [
      m("microsoft/trocr-base-printed", 'TrOCRProcessor.from_pretrained("microsoft/trocr-base-printed")'),
      m(
        "microsoft/trocr-base-printed",
        'VisionEncoderDecoderModel.from_pretrained("microsoft/trocr-base-printed")',
      ),
    ],
  },
  {
    file: "gen/sdxl_pixel.py",
    type: "python",
    text: f`
import argparse
from pathlib import Path

import torch
from diffusers import AutoencoderKL, StableDiffusionXLPipeline

from gen.prompts import STYLE_SUFFIX


def build_pipe(lora_scale: float):
    vae = AutoencoderKL.from_pretrained("madebyollin/sdxl-vae-fp16-fix", torch_dtype=torch.float16)
    pipe = StableDiffusionXLPipeline.from_pretrained(
        "stabilityai/stable-diffusion-xl-base-1.0",
        vae=vae,
        torch_dtype=torch.float16,
        variant="fp16",
        use_safetensors=True,
    ).to("cuda")
    pipe.load_lora_weights("nerijs/pixel-art-xl", weight_name="pixel-art-xl.safetensors", adapter_name="pixel")
    pipe.set_adapters(["pixel"], adapter_weights=[lora_scale])
    return pipe


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prompt")
    ap.add_argument("--n", type=int, default=4)
    ap.add_argument("--scale", type=float, default=0.8)
    ap.add_argument("--out", default="renders/pixel-xl")
    args = ap.parse_args()
    pipe = build_pipe(args.scale)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    g = torch.Generator("cuda").manual_seed(1234)
    images = pipe(args.prompt + STYLE_SUFFIX, num_images_per_prompt=args.n, generator=g).images
    for i, im in enumerate(images):
        im.save(out / f"{i:03d}.png")


if __name__ == "__main__":
    main()
`,
    want: [
      m("madebyollin/sdxl-vae-fp16-fix"),
      m("stabilityai/stable-diffusion-xl-base-1.0"),
      m("nerijs/pixel-art-xl"),
    ],
  },
  {
    file: "forecast/chronos_backtest.py",
    type: "python",
    text: f`
import numpy as np
import pandas as pd
import torch
from chronos import ChronosPipeline

from forecast.metrics import mase, smape

HORIZON = 48
SERIES_CSV = "data/m4/Hourly-train.csv"


def load_series(n: int = 100) -> list[np.ndarray]:
    df = pd.read_csv(SERIES_CSV, index_col=0)
    return [row.dropna().to_numpy(dtype="float32") for _, row in df.head(n).iterrows()]


def main():
    pipeline = ChronosPipeline.from_pretrained(
        "amazon/chronos-t5-small",
        device_map="cuda",
        torch_dtype=torch.bfloat16,
    )
    scores = []
    for y in load_series():
        ctx, target = y[:-HORIZON], y[-HORIZON:]
        q = pipeline.predict(torch.tensor(ctx), prediction_length=HORIZON, num_samples=20)
        median = np.quantile(q[0].numpy(), 0.5, axis=0)
        scores.append((smape(target, median), mase(ctx, target, median, m=24)))
    s = np.array(scores)
    print(f"sMAPE {s[:, 0].mean():.3f}  MASE {s[:, 1].mean():.3f}")


if __name__ == "__main__":
    main()
`,
    want: [m("amazon/chronos-t5-small")],
  },
  {
    file: "vlm/eval_captions.py",
    type: "python",
    text: f`
import json

import evaluate
import torch
from datasets import load_dataset
from tqdm import tqdm
from transformers import BlipForConditionalGeneration, BlipProcessor

CAPTIONER = "Salesforce/blip-image-captioning-base"


def main(limit: int = 500, out_path: str = "results/blip_flickr.json"):
    ds = load_dataset("nlphuji/flickr30k", split="test").select(range(limit))
    proc = BlipProcessor.from_pretrained(CAPTIONER)
    model = BlipForConditionalGeneration.from_pretrained(CAPTIONER, torch_dtype=torch.float16).to("cuda")
    bleu = evaluate.load("bleu")
    preds, refs = [], []
    for ex in tqdm(ds):
        inputs = proc(images=ex["image"], return_tensors="pt").to("cuda", torch.float16)
        out = model.generate(**inputs, max_new_tokens=30)
        preds.append(proc.decode(out[0], skip_special_tokens=True))
        refs.append(ex["caption"])
    score = bleu.compute(predictions=preds, references=refs)
    with open(out_path, "w") as fh:
        json.dump({"bleu": score["bleu"], "n": len(preds)}, fh, indent=2)
    print(score)


if __name__ == "__main__":
    main()
`,
    want: [m("Salesforce/blip-image-captioning-base"), d("nlphuji/flickr30k")],
  },
  // ------------------------------------------------------------------ Markdown (6)
  {
    file: "README.md",
    type: "markdown",
    text: f`
# bge-search

Hybrid dense + sparse retrieval for internal wikis, built on [BGE-M3](https://huggingface.co/BAAI/bge-m3).
A live demo runs at https://huggingface.co/spaces/acme/bge-search-demo and the method is described in
https://huggingface.co/papers/2402.03216.

## Install

~~~bash
pip install git+https://github.com/acme-research/bge-search.git
docker pull ghcr.io/acme-research/bge-search:0.4.1
~~~

## Quick start

~~~python
from bge_search import Index
from FlagEmbedding import FlagReranker

index = Index.build("docs/", encoder="BAAI/bge-m3")
reranker = FlagReranker("BAAI/bge-reranker-v2-m3", use_fp16=True)
hits = index.search("how do I rotate the VPN certificate?", k=20)
print(reranker.compute_score([[q.text, h.text] for h in hits]))
~~~

## Configuration

| setting | default | meaning |
|---|---|---|
| ‵encoder‵ | ‵BAAI/bge-m3‵ | dense + sparse encoder |
| ‵index_dir‵ | ‵.bge-index/‵ | where shards are written |
| ‵chunk_tokens‵ | 512 | chunk size |

## Citation

Please cite the upstream work (see https://github.com/FlagOpen/FlagEmbedding).
`,
    // The encoder= of the project's own Index.build loads a Hub model (a user expects it); the id in the
    // settings table is prose, a bare candidate at most.
    want: [
      m("BAAI/bge-m3", "[BGE-M3](https://huggingface.co/BAAI/bge-m3)"),
      m("BAAI/bge-m3", 'encoder="BAAI/bge-m3"'),
      m("BAAI/bge-reranker-v2-m3"),
    ],
  },
  {
    file: "model_card/README.md",
    type: "markdown",
    text: f`
---
license: apache-2.0
language:
- en
base_model:
- mistralai/Mistral-7B-v0.1
datasets:
- HuggingFaceH4/ultrachat_200k
- argilla/dpo-mix-7k
tags:
- trl
- dpo
model-index:
- name: acme-7b-chat
  results: []
---

# acme-7b-chat

This model was fine-tuned from Mistral 7B with SFT followed by DPO using the
[alignment-handbook](https://github.com/huggingface/alignment-handbook) recipes.

## Training hyperparameters

- learning_rate: 5e-07
- train_batch_size: 8
- gradient_accumulation_steps: 2
- num_epochs: 3
- optimizer: adamw_torch

## Framework versions

- Transformers 4.44.2
- TRL 0.10.1
- Datasets 2.21.0
`,
    want: [m("mistralai/Mistral-7B-v0.1"), d("HuggingFaceH4/ultrachat_200k"), d("argilla/dpo-mix-7k")],
  },
  {
    file: "docs/local-inference.md",
    type: "markdown",
    text: f`
# Running the assistant locally

The assistant needs one chat model in GGUF form. Any of the following works.

## Option A: llama.cpp with a downloaded file

~~~bash
huggingface-cli download TheBloke/Llama-2-7B-Chat-GGUF llama-2-7b-chat.Q4_K_M.gguf --local-dir models
./llama-cli -m models/llama-2-7b-chat.Q4_K_M.gguf -c 4096 -p "Hello"
~~~

## Option B: Ollama

Models from the Ollama library work out of the box:

~~~bash
ollama run llama3.1:8b
~~~

GGUF repositories on the Hub can be run directly too:

~~~bash
ollama run hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M
~~~

## Option C: LM Studio

Search for ‵lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF‵ in the app and point
‵ASSISTANT_BASE_URL‵ at ‵http://localhost:1234/v1‵.

> Note: model files are large; keep ‵models/‵ out of git (it is in ‵.gitignore‵).
`,
    // LM Studio's search box is an instruction to a person, not a load the repository performs: negative.
    want: [m("TheBloke/Llama-2-7B-Chat-GGUF"), m("bartowski/Llama-3.2-3B-Instruct-GGUF")],
  },
  {
    file: "docs/results.md",
    type: "markdown",
    text: f`
# Results

Zero-shot accuracy on our math suite (harness: https://github.com/EleutherAI/lm-evaluation-harness, v0.4.3).

| model | gsm8k | math-500 | notes |
|---|---|---|---|
| [Qwen2.5-1.5B-Instruct](https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct) | 73.2 | 55.2 | |
| [SmolLM2-1.7B-Instruct](https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B-Instruct) | 48.2 | 21.0 | |
| Llama-3.2-1B-Instruct | 44.4 | 30.6 | numbers from the vendor's report |
| ours (‵acme/math-1.5b‵, not released) | 76.9 | 57.1 | |

Evaluation data: [GSM8K](https://huggingface.co/datasets/openai/gsm8k) test split and
[MATH-500](https://huggingface.co/datasets/HuggingFaceH4/MATH-500).

See also the blog post https://huggingface.co/blog/open-r1 for the training recipe we followed.
`,
    want: [
      m("Qwen/Qwen2.5-1.5B-Instruct"),
      m("HuggingFaceTB/SmolLM2-1.7B-Instruct"),
      d("openai/gsm8k"),
      d("HuggingFaceH4/MATH-500"),
    ],
  },
  {
    file: "data/README.md",
    type: "markdown",
    text: f`
# Data

We train the Hindi ASR adapter on two sources.

1. **Common Voice 11 (hi)** from the Hub:

   ~~~python
   from datasets import load_dataset, Audio

   cv = load_dataset("mozilla-foundation/common_voice_11_0", "hi", split="train+validation")
   cv = cv.cast_column("audio", Audio(sampling_rate=16_000))
   ~~~

2. **Call-centre recordings** (internal, not redistributable): ask #data-access for the
   ‵s3://acme-speech/raw/hi-callcentre/‵ prefix.

Noise augmentation uses MUSAN, fetched from Kaggle:

~~~bash
kaggle datasets download -d nhattruongdev/musan-noise -p data/musan --unzip
~~~

Splits are frozen in ‵data/splits/*.tsv‵; regenerate them with ‵python -m asr.make_splits --seed 13‵.
`,
    want: [d("mozilla-foundation/common_voice_11_0")],
  },
  {
    file: "docs/evaluation.md",
    type: "markdown",
    text: f`
# Evaluating checkpoints

We track intermediate Pythia checkpoints to see when the skill appears.

~~~bash
lm_eval --model hf \
  --model_args pretrained=EleutherAI/pythia-160m,revision=step100000,dtype=float16 \
  --tasks hellaswag,arc_easy \
  --batch_size 32 \
  --output_path results/pythia-160m/step100000
~~~

For our own runs pass the local folder instead:

~~~bash
lm_eval --model hf --model_args pretrained=./checkpoints/run-7/step-2000 --tasks hellaswag
~~~

Results are uploaded to the W&B project ‵acme/pythia-probing‵.
`,
    want: [m("EleutherAI/pythia-160m", "pretrained=EleutherAI/pythia-160m", "step100000")],
  },
  // ------------------------------------------------------------------ YAML (6)
  {
    file: "configs/llama3-hermes-lora.yml",
    type: "yaml",
    text: f`
base_model: meta-llama/Meta-Llama-3-8B
model_type: LlamaForCausalLM
tokenizer_type: AutoTokenizer

load_in_8bit: false
load_in_4bit: true
strict: false

datasets:
  - path: teknium/OpenHermes-2.5
    type: sharegpt
    conversation: chatml
  - path: data/internal/support_tickets.jsonl
    type: sharegpt
dataset_prepared_path: last_run_prepared
val_set_size: 0.02
output_dir: ./outputs/llama3-hermes-qlora

adapter: qlora
lora_r: 32
lora_alpha: 16
lora_dropout: 0.05
lora_target_linear: true

sequence_len: 4096
sample_packing: true
gradient_accumulation_steps: 4
micro_batch_size: 2
num_epochs: 2
learning_rate: 0.0002
optimizer: paged_adamw_8bit
lr_scheduler: cosine

wandb_project: llama3-hermes
wandb_entity: acme-ml
hub_model_id: acme-ml/llama3-8b-hermes-qlora
special_tokens:
  pad_token: <|end_of_text|>
`,
    want: [m("meta-llama/Meta-Llama-3-8B"), d("teknium/OpenHermes-2.5")],
  },
  {
    file: ".github/workflows/embedding-eval.yml",
    type: "yaml",
    text: f`
name: embedding-eval

on:
  pull_request:
    paths: ["retrieval/**", "eval/**"]
  workflow_dispatch:

env:
  MODEL_ID: sentence-transformers/all-mpnet-base-v2
  HF_HOME: /home/runner/.cache/huggingface

jobs:
  eval:
    runs-on: ubuntu-latest
    container:
      image: python:3.11-slim
    steps:
      - uses: actions/checkout@v4
      - uses: actions/cache@v4
        with:
          path: /home/runner/.cache/huggingface
          key: hf-§{{ env.MODEL_ID }}
      - run: pip install -r requirements-eval.txt
      - name: Pre-download the reranker
        run: huggingface-cli download cross-encoder/ms-marco-MiniLM-L-6-v2
      - name: Run retrieval eval
        run: python -m eval.retrieval --model "§{{ env.MODEL_ID }}" --queries eval/queries.jsonl
      - uses: actions/upload-artifact@v4
        with:
          name: retrieval-report
          path: eval/report.md
`,
    want: [m("sentence-transformers/all-mpnet-base-v2"), m("cross-encoder/ms-marco-MiniLM-L-6-v2")],
  },
  {
    file: "deploy/k8s/tgi-deployment.yaml",
    type: "yaml",
    text: f`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: chat-tgi
  labels:
    app: chat-tgi
spec:
  replicas: 2
  selector:
    matchLabels:
      app: chat-tgi
  template:
    metadata:
      labels:
        app: chat-tgi
    spec:
      containers:
        - name: tgi
          image: ghcr.io/huggingface/text-generation-inference:2.2.0
          args:
            - --model-id
            - mistralai/Mistral-7B-Instruct-v0.3
            - --max-input-tokens
            - "6144"
            - --max-total-tokens
            - "8192"
          env:
            - name: HF_TOKEN
              valueFrom:
                secretKeyRef:
                  name: hf-token
                  key: token
          ports:
            - containerPort: 80
          resources:
            limits:
              nvidia.com/gpu: 1
          volumeMounts:
            - name: model-cache
              mountPath: /data
      volumes:
        - name: model-cache
          persistentVolumeClaim:
            claimName: tgi-model-cache
`,
    want: [m("mistralai/Mistral-7B-Instruct-v0.3")],
  },
  {
    file: "docker-compose.yml",
    type: "yaml",
    text: f`
services:
  llm:
    image: vllm/vllm-openai:v0.6.3
    command: >
      --model NousResearch/Hermes-3-Llama-3.1-8B
      --served-model-name hermes
      --max-model-len 16384
    environment:
      - HUGGING_FACE_HUB_TOKEN=§{HF_TOKEN}
    volumes:
      - ~/.cache/huggingface:/root/.cache/huggingface
    ports:
      - "8000:8000"
    deploy:
      resources:
        reservations:
          devices:
            - driver: nvidia
              count: 1
              capabilities: [gpu]

  embeddings:
    image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.5
    command: --model-id BAAI/bge-small-en-v1.5 --port 80
    ports:
      - "8081:80"

  app:
    build: .
    environment:
      LLM_BASE_URL: http://llm:8000/v1
      LLM_MODEL: hermes
      EMBED_URL: http://embeddings:80
    depends_on: [llm, embeddings]
`,
    want: [m("NousResearch/Hermes-3-Llama-3.1-8B"), m("BAAI/bge-small-en-v1.5")],
  },
  {
    file: "conf/experiment/convnext_food.yaml",
    type: "yaml",
    text: f`
# @package _global_
defaults:
  - override /data: food101
  - override /trainer: gpu
  - override /logger: wandb

seed: 42

model:
  _target_: vision.modules.Classifier
  backbone:
    _target_: timm.create_model
    model_name: hf-hub:timm/convnext_small.fb_in22k
    pretrained: true
    num_classes: 101
  lr: 3.0e-4
  weight_decay: 0.05

data:
  data_dir: §{paths.data_dir}/food-101
  batch_size: 64
  image_size: 224

trainer:
  max_epochs: 30
  precision: bf16-mixed

logger:
  wandb:
    project: food101-convnext
    entity: vision-lab

callbacks:
  model_checkpoint:
    dirpath: §{paths.output_dir}/checkpoints
    monitor: val/acc
`,
    want: [m("timm/convnext_small.fb_in22k")],
  },
  {
    file: "conf/asr_hi.yaml",
    type: "yaml",
    text: f`
# Whisper fine-tuning for Hindi (see asr/train.py)
model_name_or_path: openai/whisper-small
tokenizer: openai/whisper-small
language: hindi
task: transcribe

dataset_name: google/fleurs
dataset_config_name: hi_in
train_split_name: train+validation
eval_split_name: test
audio_column_name: audio
text_column_name: transcription

output_dir: checkpoints/whisper-small-hi
per_device_train_batch_size: 16
learning_rate: 1.0e-5
warmup_steps: 500
max_steps: 4000
fp16: true
predict_with_generate: true
generation_max_length: 225

push_to_hub: false
hub_model_id: acme-speech/whisper-small-hi
report_to: [tensorboard]
`,
    want: [
      m("openai/whisper-small", "model_name_or_path: openai/whisper-small"),
      m("openai/whisper-small", "tokenizer: openai/whisper-small"),
      d("google/fleurs"),
    ],
  },
  // ------------------------------------------------------------------ Notebooks (4)
  {
    file: "notebooks/finetune_vit_beans.ipynb",
    type: "notebook",
    text: f`
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Bean leaf disease classifier\n",
    "Fine-tunes a ViT backbone; augmentations follow the recipe in github.com/acme-agri/leafnet."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from datasets import load_dataset\n",
    "from transformers import ViTForImageClassification, ViTImageProcessor, TrainingArguments, Trainer\n",
    "\n",
    "ds = load_dataset(\"beans\")\n",
    "labels = ds[\"train\"].features[\"labels\"].names"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "Some weights of ViTForImageClassification were not initialized: ['classifier.bias', 'classifier.weight']\n"
     ]
    }
   ],
   "source": [
    "backbone = \"google/vit-base-patch16-224-in21k\"\n",
    "processor = ViTImageProcessor.from_pretrained(backbone)\n",
    "model = ViTForImageClassification.from_pretrained(\n",
    "    backbone, num_labels=len(labels), id2label=dict(enumerate(labels))\n",
    ")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "args = TrainingArguments(\"vit-beans\", per_device_train_batch_size=32, num_train_epochs=4,\n",
    "                         push_to_hub=True, hub_model_id=\"agri-lab/vit-beans\")\n",
    "trainer = Trainer(model=model, args=args, train_dataset=ds[\"train\"], eval_dataset=ds[\"validation\"])\n",
    "trainer.train()\n",
    "trainer.push_to_hub()"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
    want: [d("beans", 'load_dataset(\\"beans\\")'), m("google/vit-base-patch16-224-in21k")],
  },
  {
    file: "notebooks/rag_quickstart.ipynb",
    type: "notebook",
    text: f`
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "%pip install -q langchain langchain-community langchain-huggingface chromadb"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "from langchain_huggingface import HuggingFaceEmbeddings, HuggingFacePipeline\n",
    "from langchain_community.vectorstores import Chroma\n",
    "from langchain_openai import ChatOpenAI\n",
    "\n",
    "emb = HuggingFaceEmbeddings(model_name=\"BAAI/bge-base-en-v1.5\", encode_kwargs={\"normalize_embeddings\": True})\n",
    "db = Chroma(persist_directory=\"./chroma/handbook\", embedding_function=emb)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "USE_OPENAI = False\n",
    "if USE_OPENAI:\n",
    "    llm = ChatOpenAI(model=\"gpt-4o\", temperature=0)\n",
    "else:\n",
    "    llm = HuggingFacePipeline.from_model_id(\n",
    "        model_id=\"microsoft/Phi-3-mini-4k-instruct\",\n",
    "        task=\"text-generation\",\n",
    "        pipeline_kwargs={\"max_new_tokens\": 256},\n",
    "    )"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "docs = db.similarity_search(\"What is the parental leave policy?\", k=4)\n",
    "context = \"\\n\\n\".join(d.page_content for d in docs)\n",
    "print(llm.invoke(f\"Answer from the context only.\\n{context}\\nQ: parental leave?\"))"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
    want: [m("BAAI/bge-base-en-v1.5"), m("microsoft/Phi-3-mini-4k-instruct")],
  },
  {
    file: "notebooks/promoter_embeddings.ipynb",
    type: "notebook",
    text: f`
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Promoter embeddings with a nucleotide foundation model"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "!pip install -q git+https://github.com/instadeepai/nucleotide-transformer.git pyfaidx\n",
    "!wget -q https://ftp.ensembl.org/pub/release-110/fasta/homo_sapiens/dna/Homo_sapiens.GRCh38.dna.chromosome.21.fa.gz"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import torch\n",
    "from transformers import AutoTokenizer, AutoModelForMaskedLM\n",
    "\n",
    "NT = \"InstaDeepAI/nucleotide-transformer-500m-human-ref\"\n",
    "tokenizer = AutoTokenizer.from_pretrained(NT, trust_remote_code=True)\n",
    "model = AutoModelForMaskedLM.from_pretrained(NT, trust_remote_code=True).eval()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from pyfaidx import Fasta\n",
    "chr21 = Fasta(\"Homo_sapiens.GRCh38.dna.chromosome.21.fa\")\n",
    "seqs = [str(chr21[\"21\"][s:s + 600]) for s in range(5_000_000, 5_060_000, 600)]\n",
    "batch = tokenizer(seqs, return_tensors=\"pt\", padding=True)\n",
    "with torch.no_grad():\n",
    "    out = model(**batch, output_hidden_states=True)\n",
    "emb = out.hidden_states[-1].mean(1)\n",
    "emb.shape"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
    want: [m("InstaDeepAI/nucleotide-transformer-500m-human-ref")],
  },
  {
    file: "notebooks/esc50_audio_tagging.ipynb",
    type: "notebook",
    text: f`
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "!huggingface-cli login --token $HF_TOKEN"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "from datasets import load_dataset\n",
    "from transformers import pipeline\n",
    "\n",
    "esc = load_dataset(\"ashraq/esc50\", split=\"train\")\n",
    "tagger = pipeline(\"audio-classification\", model=\"MIT/ast-finetuned-audioset-10-10-0.4593\", device=0)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "hits = 0\n",
    "for ex in esc.select(range(200)):\n",
    "    top = tagger(ex[\"audio\"][\"array\"], top_k=3)\n",
    "    hits += any(ex[\"category\"].replace(\"_\", \" \") in t[\"label\"].lower() for t in top)\n",
    "print(f\"top-3 label overlap: {hits / 200:.2%}\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "pd.read_csv(\"results/esc50_ast_top3.csv\").head()"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
    want: [d("ashraq/esc50"), m("MIT/ast-finetuned-audioset-10-10-0.4593")],
  },
  // ------------------------------------------------------------------ Shell and Dockerfiles (4)
  {
    file: "scripts/sft_alpaca.sh",
    type: "shell",
    text: f`
#!/usr/bin/env bash
# Full fine-tune on 8xA100; see docs/training.md for the memory budget.
set -euo pipefail

NPROC=§{NPROC:-8}
RUN=llama2-7b-alpaca-$(date +%Y%m%d)
OUT=/checkpoints/§{RUN}

export WANDB_PROJECT=alpaca-repro
export HF_HUB_ENABLE_HF_TRANSFER=1

torchrun --nproc_per_node=§{NPROC} --master_port=29501 train/sft.py \
    --model_name_or_path meta-llama/Llama-2-7b-hf \
    --dataset_name tatsu-lab/alpaca \
    --bf16 True \
    --output_dir "§{OUT}" \
    --num_train_epochs 3 \
    --per_device_train_batch_size 4 \
    --gradient_accumulation_steps 8 \
    --learning_rate 2e-5 \
    --fsdp "full_shard auto_wrap" \
    --fsdp_transformer_layer_cls_to_wrap LlamaDecoderLayer \
    --report_to wandb \
    --hub_model_id acme/llama2-7b-alpaca

python tools/merge_shards.py --ckpt "§{OUT}" --to "§{OUT}/merged"
`,
    want: [m("meta-llama/Llama-2-7b-hf"), d("tatsu-lab/alpaca")],
  },
  {
    file: "docker/asr.Dockerfile",
    type: "dockerfile",
    text: f`
FROM pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime

ENV DEBIAN_FRONTEND=noninteractive \
    HF_HOME=/opt/hf \
    MODEL_DIR=/models/whisper

RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg git-lfs && \
    rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt "huggingface_hub[cli]"

# Bake the weights into the image so pods start without network access.
RUN huggingface-cli download openai/whisper-large-v3 --local-dir §{MODEL_DIR} --exclude "*.msgpack" "*.h5"
RUN python -c "from transformers import AutoTokenizer; AutoTokenizer.from_pretrained('distilbert-base-uncased')"

COPY asr/ ./asr/
COPY --from=ghcr.io/astral-sh/uv:0.4.18 /uv /bin/uv

EXPOSE 8080
CMD ["python", "-m", "asr.server", "--model-dir", "/models/whisper", "--port", "8080"]
`,
    want: [m("openai/whisper-large-v3"), m("distilbert-base-uncased")],
  },
  {
    file: "scripts/get_data.sh",
    type: "shell",
    text: f`
#!/bin/sh
# Fetch pretraining shards and the teacher model for distillation.
set -e
mkdir -p data/c4 models third_party

for i in 00000 00001 00002; do
  wget -nc -P data/c4 "https://huggingface.co/datasets/allenai/c4/resolve/main/en/c4-train.$i-of-01024.json.gz"
done

# teacher (git-lfs clone keeps the tokenizer files together)
git lfs install
git clone https://huggingface.co/sentence-transformers/all-MiniLM-L12-v2 models/teacher

# eval sets from the paper's release page
wget -nc -P data/eval https://zenodo.org/records/10101010/files/distill-eval.tar.gz
wget -nc -P third_party https://github.com/acme-research/distill-kit/releases/download/v0.3.0/distill-kit.tar.gz
tar -xzf data/eval/distill-eval.tar.gz -C data/eval
`,
    want: [
      d("allenai/c4", "https://huggingface.co/datasets/allenai/c4/resolve/main", "main"),
      m("sentence-transformers/all-MiniLM-L12-v2"),
    ],
  },
  {
    file: "scripts/serve_gemma.sh",
    type: "shell",
    text: f`
#!/usr/bin/env bash
# Small local model for the offline demo kiosk.
set -euo pipefail

PORT=§{PORT:-8088}
CTX=§{CTX:-8192}

if command -v llama-server >/dev/null 2>&1; then
  exec llama-server \
    --hf-repo ggml-org/gemma-3-1b-it-GGUF \
    --hf-file gemma-3-1b-it-Q4_K_M.gguf \
    --ctx-size "$CTX" --port "$PORT" --host 0.0.0.0
fi

if [ -f ./models/kiosk.gguf ]; then
  exec ./bin/llama-server -m ./models/kiosk.gguf --port "$PORT"
fi

echo "llama-server not found; falling back to the container" >&2
docker run --rm -p "$PORT:8080" -v "$PWD/models:/models" \
  ghcr.io/ggerganov/llama.cpp:server -m /models/kiosk.gguf -c "$CTX"
`,
    want: [m("ggml-org/gemma-3-1b-it-GGUF")],
  },
  // ------------------------------------------------------------------ JSON and TOML (2)
  {
    file: "adapters/support-lora/adapter_config.json",
    type: "json",
    text: f`
{
  "alpha_pattern": {},
  "auto_mapping": null,
  "base_model_name_or_path": "mistralai/Mistral-7B-Instruct-v0.2",
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
  "target_modules": ["q_proj", "k_proj", "v_proj", "o_proj"],
  "task_type": "CAUSAL_LM",
  "use_dora": false,
  "use_rslora": false
}
`,
    want: [m("mistralai/Mistral-7B-Instruct-v0.2")],
  },
  {
    file: "config/search.toml",
    type: "toml",
    text: f`
# Search service configuration (read by search/settings.py)
[server]
host = "0.0.0.0"
port = 8090
workers = 4

[embedding]
model = "nomic-ai/nomic-embed-text-v1.5"
dimensions = 768
query_prefix = "search_query: "
document_prefix = "search_document: "
cache_dir = "/var/cache/search/models"

[reranker]
enabled = true
model_name = "cross-encoder/ms-marco-MiniLM-L-6-v2"
top_k = 50

[llm]
provider = "openai"
model = "gpt-4o-mini"
temperature = 0.1

[storage]
qdrant_url = "http://qdrant:6333"
collection = "acme/handbook-v2"
`,
    want: [m("nomic-ai/nomic-embed-text-v1.5"), m("cross-encoder/ms-marco-MiniLM-L-6-v2")],
  },
  // ------------------------------------------------------------------ TypeScript / JavaScript (2)
  {
    file: "web/src/lib/embedder.ts",
    type: "typescript",
    text: f`
import { type FeatureExtractionPipeline, pipeline } from "@huggingface/transformers";

// Runs in a Web Worker; the first call downloads ~23 MB of ONNX weights into the browser cache.
const MODEL = import.meta.env.VITE_EMBED_MODEL ?? "Xenova/all-MiniLM-L6-v2";

let extractor: Promise<FeatureExtractionPipeline> | null = null;

export function getExtractor(): Promise<FeatureExtractionPipeline> {
  extractor ??= pipeline("feature-extraction", MODEL, { dtype: "q8" }) as Promise<FeatureExtractionPipeline>;
  return extractor;
}

export async function embed(texts: string[]): Promise<number[][]> {
  const fe = await getExtractor();
  const out = await fe(texts, { pooling: "mean", normalize: true });
  return out.tolist() as number[][];
}

export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}
`,
    want: [m("Xenova/all-MiniLM-L6-v2")],
  },
  {
    file: "worker/generate.js",
    type: "javascript",
    text: f`
// Cloudflare worker: thumbnails and alt text through the HF Inference API.
import { HfInference } from "@huggingface/inference";

export default {
  async fetch(request, env) {
    const hf = new HfInference(env.HF_TOKEN);
    const { prompt, mode } = await request.json();

    if (mode === "image") {
      const blob = await hf.textToImage({
        model: "black-forest-labs/FLUX.1-schnell",
        inputs: prompt,
        parameters: { num_inference_steps: 4 },
      });
      return new Response(blob, { headers: { "content-type": "image/png" } });
    }

    if (mode === "alt-openai") {
      const r = await fetch("https://api.openai.com/v1/chat/completions", {
        method: "POST",
        headers: { authorization: "Bearer " + env.OPENAI_KEY, "content-type": "application/json" },
        body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: prompt }] }),
      });
      return new Response(await r.text());
    }

    const chat = await hf.chatCompletion({
      model: "meta-llama/Llama-3.1-8B-Instruct",
      messages: [{ role: "user", content: "Write alt text for: " + prompt }],
      max_tokens: 80,
    });
    return Response.json({ alt: chat.choices[0].message.content });
  },
};
`,
    want: [m("black-forest-labs/FLUX.1-schnell"), m("meta-llama/Llama-3.1-8B-Instruct")],
  },
];

const CASES: HeldoutCase[] = DRAFTS.map((c) => ({
  file: c.file,
  type: c.type,
  text: c.text,
  want: c.want.map((w) => ({
    kind: w.kind,
    id: w.id,
    line: lineOf(c.file, c.text, w.at),
    ...(w.revision ? { revision: w.revision } : {}),
  })),
}));

/** Every miss and false alarm of the measured run; a fix strikes its row (and raises FLOOR). */
// Every miss and false alarm of the measured run was fixed in the same stop (see the header).
const KNOWN: Outcome[] = [];

const FLOOR = { recall: 1, precision: 1 };

describe("round 12 held-out files: the labels are sound", () => {
  it("holds 40 files in the planned mix of types, each of a realistic length", () => {
    expect(CASES).toHaveLength(40);
    const count = (...types: string[]) => CASES.filter((c) => types.includes(c.type)).length;
    expect(count("python")).toBe(16);
    expect(count("markdown")).toBe(6);
    expect(count("yaml")).toBe(6);
    expect(count("notebook")).toBe(4);
    expect(count("shell", "dockerfile")).toBe(4);
    expect(count("json", "toml")).toBe(2);
    expect(count("typescript", "javascript")).toBe(2);
    for (const c of CASES) {
      const lines = c.text.split("\n").length;
      expect(lines, c.file).toBeGreaterThanOrEqual(15);
      if (c.type !== "notebook") expect(lines, c.file).toBeLessThanOrEqual(62);
    }
    expect(new Set(CASES.map((c) => c.file)).size).toBe(40);
  });

  it("puts every expected id on the line it states", () => {
    for (const c of CASES) {
      const lines = c.text.split("\n");
      for (const w of c.want) {
        // A bare sentence-transformers name stands for its full id: the line holds the name part.
        const shown = w.id.startsWith("sentence-transformers/") ? w.id.split("/")[1]! : w.id;
        expect(lines[w.line - 1], `${c.file}: ${w.id} on line ${w.line}`).toContain(shown);
        // A revision= keyword may sit on a line of its own inside the call: the file must pin it.
        if (w.revision) expect(c.text, `${c.file}: revision of ${w.id}`).toContain(w.revision);
      }
    }
  });

  it("keeps the notebooks valid JSON and the KNOWN rows well formed", () => {
    for (const c of CASES.filter((x) => x.type === "notebook" || x.type === "json")) {
      expect(() => JSON.parse(c.text), c.file).not.toThrow();
    }
    for (const k of KNOWN) {
      expect(CASES.some((c) => c.file === k.file)).toBe(true);
      expect(() => parseRef(k.ref)).not.toThrow();
    }
  });
});

describe("round 12 held-out files: detection", () => {
  heldoutChecks("r12", CASES, { known: KNOWN, floor: FLOOR, verbose: process.env.R12_VERBOSE === "1" });
});
