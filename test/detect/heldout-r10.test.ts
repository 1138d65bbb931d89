// Round 10 held-out measurement: 40 files of four imagined repositories (a multimodal product team,
// a speech team, an MLOps platform, an applied research paper), written by a reviewer who read neither
// src/detect nor its tests. Labels were fixed BEFORE the detectors were run; nothing here was tuned to them.
//
// MEASURED on the first run (detectText, confidence >= 0.5, exact kind + id + line + revision), at commit
// 11ab8b6: 40 files, 12 with no reference; 50 expected references, 45 reported, 45 correct.
//   recall 0.900 (45/50), precision 1.000 (45/45), false alarms 0 (none in the 12 reference-free files).
//   Per file type (files, expected, reported, correct, recall, precision):
//     py         16  24  20  20  0.833  1.000
//     yaml        8  10  10  10  1.000  1.000
//     md          4   5   5   5  1.000  1.000
//     sh          2   3   3   3  1.000  1.000
//     dockerfile  2   2   2   2  1.000  1.000
//     tf          1   1   0   0  0.000  1.000
//     makefile    1   1   1   1  1.000  1.000
//     ipynb       1   1   1   1  1.000  1.000
//     ts          1   1   1   1  1.000  1.000
//     kt          1   1   1   1  1.000  1.000
//     swift       1   1   1   1  1.000  1.000
//     json        1   0   0   0  -      1.000
//     toml        1   0   0   0  -      1.000
//   The five misses: a command line inside a Python string (Airflow BashOperator, `--model` and
//   `--dataset`), a Terraform variable default, and a module-level list of ids that a loop passes to
//   lm-eval. All fixed by the lead in the same stop (50 of 50): Python's adjacent string literals
//   are one string (a command split over lines keeps each id's line), a string in parentheses is the
//   argument's string, Terraform blocks name the `default` inside them, and a loop variable over a
//   named list holds what the list holds (`for name in BASELINES:` ... `run(name)`).
//
// Labelling rules and the ambiguous calls (decided as a platform engineer gating licenses would):
// - An id in a module constant, an argparse default or a config-class default that a load call uses
//   IS a reference, reported on the line of the literal (the load is unambiguous to a reader).
// - A revision pinned next to the id (constant, `--revision` on the next line or list item) belongs to it.
// - Hub URLs with /blob/main or /resolve/main carry revision "main", as written.
// - Config keys beyond the SPEC list that plainly hold Hub ids (`image_model`, `lora`, `dataset_name`,
//   Helm `model.id`, an Argo parameter named `base-model`, a Terraform variable default described as a
//   Hub repo) ARE references: a user reads them as the model or data set the service pulls.
// - `--dataset org/name` on a command line is a data set reference; `huggingface-cli download
//   --repo-type dataset X` is a data set.
// - Output repos (`push_to_hub`, `huggingface-cli upload`, `--push_to_hub=`), W&B projects, Docker images,
//   S3 prefixes that contain an id, local `savedir`/`--local-dir` paths, GitHub clone/raw URLs, package
//   names, MLflow registered names, OpenAI whisper sizes (`whisper.load_model("tiny")`, served from
//   OpenAI's CDN, not the Hub) and ids formed from shell variables (`pythia-${size}`) are NOT references.
// - A WhisperKit `modelRepo:` is the Hub repo the app downloads; the `model:` beside it is a folder name
//   inside that repo, not a repo id.
// - Bare canonical ids (`squad`) are expected exactly as written.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RefKind } from "../../src/types.js";
import { heldoutChecks, refKey } from "./heldout-harness.js";

interface Expected {
  kind: RefKind;
  id: string;
  line: number;
  revision?: string;
}

interface Case {
  file: string;
  text: string;
  refs: Expected[];
}

const m = (id: string, line: number, revision?: string): Expected =>
  revision === undefined ? { kind: "hf-model", id, line } : { kind: "hf-model", id, line, revision };
const ds = (id: string, line: number, revision?: string): Expected =>
  revision === undefined ? { kind: "hf-dataset", id, line } : { kind: "hf-dataset", id, line, revision };

/* ------------------------------------------------------------------ (1) multimodal product team */

const MULTIMODAL: Case[] = [
  {
    file: "mm/README.md",
    text: `# Lumen: caption, search and generate

Lumen is the image assistant behind the acme.app gallery. It captions uploads,
lets people search their library in plain words, and renders variations.

## Models

| Feature  | Model | Where it runs |
|----------|-------|---------------|
| Captions | [Qwen2-VL-2B-Instruct](https://huggingface.co/Qwen/Qwen2-VL-2B-Instruct) | GPU pod |
| Search   | [CLIP ViT-B/32 (ONNX)](https://huggingface.co/Xenova/clip-vit-base-patch32) | browser |
| Variations | FLUX.1 [schnell], see the [model card](https://huggingface.co/black-forest-labs/FLUX.1-schnell/blob/main/README.md) | GPU pod |

The demo on [our Space](https://huggingface.co/spaces/acme/lumen-demo) runs an older build.
Background on the architecture: https://huggingface.co/docs/transformers/model_doc/qwen2_vl

## Development

\`\`\`bash
git clone https://github.com/acme/lumen.git && cd lumen
uv sync
docker compose up -d redis
uv run python -m lumen.server --port 8080
\`\`\`

The web client lives in \`web/\` (\`npm ci && npm run dev\`). Exported ONNX graphs go to
\`build/onnx/\` and are uploaded to \`s3://acme-lumen-artifacts/onnx/\` by CI.

## License

Code: Apache-2.0. Each model keeps its own license; check the cards linked above.
`,
    refs: [
      m("Qwen/Qwen2-VL-2B-Instruct", 10),
      m("Xenova/clip-vit-base-patch32", 11),
      m("black-forest-labs/FLUX.1-schnell", 12, "main"),
    ],
  },
  {
    file: "mm/src/lumen/vlm/captioner.py",
    text: `"""Caption images with a small vision-language model."""

from __future__ import annotations

import os
from functools import lru_cache

import torch
from PIL import Image
from transformers import AutoProcessor, Qwen2VLForConditionalGeneration

MODEL_ID = "Qwen/Qwen2-VL-2B-Instruct"
# Pinned so a silent upstream change cannot alter captions between releases.
MODEL_REVISION = "895c3a49bc3fa70a340399125c650a463535e71c"
PROMPT = "Describe this photo in one sentence for a screen reader."


@lru_cache(maxsize=1)
def _load():
    dtype = torch.bfloat16 if torch.cuda.is_available() else torch.float32
    model = Qwen2VLForConditionalGeneration.from_pretrained(
        MODEL_ID, revision=MODEL_REVISION, torch_dtype=dtype, device_map="auto"
    )
    processor = AutoProcessor.from_pretrained(MODEL_ID, revision=MODEL_REVISION)
    return model, processor


def caption(path: str | os.PathLike[str], max_new_tokens: int = 48) -> str:
    model, processor = _load()
    image = Image.open(path).convert("RGB")
    messages = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": PROMPT}]}]
    text = processor.apply_chat_template(messages, add_generation_prompt=True)
    inputs = processor(text=[text], images=[image], return_tensors="pt").to(model.device)
    out = model.generate(**inputs, max_new_tokens=max_new_tokens)
    trimmed = out[:, inputs["input_ids"].shape[1]:]
    return processor.batch_decode(trimmed, skip_special_tokens=True)[0].strip()
`,
    refs: [m("Qwen/Qwen2-VL-2B-Instruct", 12, "895c3a49bc3fa70a340399125c650a463535e71c")],
  },
  {
    file: "mm/src/lumen/gen/variations.py",
    text: `"""Image variations with FLUX.1 [schnell] plus the house style LoRA."""

import torch
from diffusers import AutoencoderTiny, FluxPipeline

from lumen.settings import settings

_pipe: FluxPipeline | None = None


def get_pipeline() -> FluxPipeline:
    global _pipe
    if _pipe is None:
        _pipe = FluxPipeline.from_pretrained(
            "black-forest-labs/FLUX.1-schnell",
            torch_dtype=torch.bfloat16,
        )
        _pipe.load_lora_weights(
            "XLabs-AI/flux-RealismLora", weight_name="lora.safetensors", adapter_name="realism"
        )
        _pipe.enable_model_cpu_offload()
    return _pipe


def tiny_vae() -> AutoencoderTiny:
    # Previews only: the tiny autoencoder decodes ten times faster at lower fidelity.
    return AutoencoderTiny.from_pretrained("madebyollin/taef1", torch_dtype=torch.bfloat16)


def vary(prompt: str, seed: int, steps: int = 4):
    generator = torch.Generator("cpu").manual_seed(seed)
    image = get_pipeline()(prompt, num_inference_steps=steps, guidance_scale=0.0, generator=generator).images[0]
    image.save(settings.output_dir / f"{seed}.png")
    return image


def publish(pipe: FluxPipeline) -> None:
    # Our fused weights go to the private org; that repo is an output, not an input.
    pipe.push_to_hub("acme-internal/lumen-flux-fused", private=True)
`,
    refs: [
      m("black-forest-labs/FLUX.1-schnell", 15),
      m("XLabs-AI/flux-RealismLora", 19),
      m("madebyollin/taef1", 27),
    ],
  },
  {
    file: "mm/scripts/export_onnx.py",
    text: `#!/usr/bin/env python
"""Export the SigLIP image tower to ONNX for the browser search index."""

import argparse
from pathlib import Path

import torch
from transformers import SiglipVisionModel


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkpoint", default="google/siglip-base-patch16-224")
    parser.add_argument("--out", type=Path, default=Path("build/onnx/siglip_vision.onnx"))
    parser.add_argument("--opset", type=int, default=17)
    args = parser.parse_args()

    model = SiglipVisionModel.from_pretrained(args.checkpoint).eval()
    dummy = torch.randn(1, 3, 224, 224)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(
        model,
        (dummy,),
        str(args.out),
        input_names=["pixel_values"],
        output_names=["pooler_output"],
        dynamic_axes={"pixel_values": {0: "batch"}},
        opset_version=args.opset,
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
`,
    refs: [m("google/siglip-base-patch16-224", 13)],
  },
  {
    file: "mm/web/src/lib/search.ts",
    text: `import { env, pipeline, type ImageFeatureExtractionPipeline } from "@huggingface/transformers";

// Models are served from our CDN in production; the Hub is the fallback in dev.
env.allowLocalModels = true;
env.localModelPath = "/static/models/";

let extractor: Promise<ImageFeatureExtractionPipeline> | undefined;

export function imageEmbedder() {
  extractor ??= pipeline(
    "image-feature-extraction",
    "Xenova/clip-vit-base-patch32",
    { dtype: "q8", device: "webgpu" },
  ) as Promise<ImageFeatureExtractionPipeline>;
  return extractor;
}

export async function embed(url: string): Promise<Float32Array> {
  const run = await imageEmbedder();
  const output = await run(url, { pooling: "mean", normalize: true });
  return output.data as Float32Array;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  return dot;
}
`,
    refs: [m("Xenova/clip-vit-base-patch32", 12)],
  },
  {
    file: "mm/web/package.json",
    text: `{
  "name": "@acme/lumen-web",
  "private": true,
  "version": "0.7.2",
  "type": "module",
  "scripts": {
    "dev": "vite",
    "build": "tsc -b && vite build",
    "test": "vitest run",
    "lint": "eslint src"
  },
  "dependencies": {
    "@huggingface/transformers": "^3.2.4",
    "onnxruntime-web": "^1.20.1",
    "react": "^18.3.1",
    "react-dom": "^18.3.1",
    "@tanstack/react-query": "^5.59.0"
  },
  "devDependencies": {
    "@types/react": "^18.3.12",
    "@vitejs/plugin-react": "^4.3.3",
    "typescript": "~5.6.2",
    "vite": "^5.4.10",
    "vitest": "^2.1.4"
  },
  "repository": "github:acme/lumen"
}
`,
    refs: [],
  },
  {
    file: "mm/Dockerfile",
    text: `FROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04 AS base

ENV DEBIAN_FRONTEND=noninteractive \\
    HF_HOME=/opt/hf \\
    PIP_NO_CACHE_DIR=1

RUN apt-get update && apt-get install -y --no-install-recommends python3.11 python3-pip git \\
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN pip install uv && uv pip install --system -r pyproject.toml

# Bake the caption model into the image so pods start without Hub access.
RUN huggingface-cli download Qwen/Qwen2-VL-2B-Instruct \\
      --revision 895c3a49bc3fa70a340399125c650a463535e71c \\
      --local-dir /opt/models/qwen2-vl-2b

COPY src/ ./src/
COPY --from=ghcr.io/acme/lumen-web:latest /usr/share/web /app/static

ENV LUMEN_CAPTION_MODEL=/opt/models/qwen2-vl-2b
EXPOSE 8080
HEALTHCHECK CMD curl -fsS http://localhost:8080/healthz || exit 1
CMD ["python3", "-m", "lumen.server", "--port", "8080"]
`,
    refs: [m("Qwen/Qwen2-VL-2B-Instruct", 15, "895c3a49bc3fa70a340399125c650a463535e71c")],
  },
  {
    file: "mm/.github/workflows/ci.yml",
    text: `name: ci
on:
  pull_request:
  push:
    branches: [main]

jobs:
  python:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: astral-sh/setup-uv@v3
        with:
          version: "0.4.x"
      - run: uv sync --frozen
      - run: uv run pytest -q -m "not gpu"
        env:
          HF_HUB_OFFLINE: "1"
          LUMEN_CAPTION_MODEL: tests/fixtures/tiny-vlm
  web:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: web
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
          cache-dependency-path: web/package-lock.json
      - run: npm ci
      - run: npm run lint && npm test
  image:
    needs: [python, web]
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: ghcr.io/acme/lumen:\${{ github.sha }}
`,
    refs: [],
  },
  {
    file: "mm/configs/serving.yaml",
    text: `# Runtime settings for the Lumen server, read by lumen.settings.
server:
  host: 0.0.0.0
  port: 8080
  workers: 2

caption:
  model_id: Qwen/Qwen2-VL-2B-Instruct
  max_new_tokens: 48
  batch_size: 4

variations:
  image_model: black-forest-labs/FLUX.1-schnell
  lora: XLabs-AI/flux-RealismLora
  steps: 4
  output_dir: /var/lib/lumen/out

search:
  # The browser computes embeddings; the server only stores vectors.
  index: pgvector
  dims: 768

telemetry:
  wandb_project: acme/lumen-quality
  sentry_dsn_env: SENTRY_DSN

storage:
  bucket: s3://acme-lumen-artifacts
  cache_dir: /opt/hf
`,
    refs: [
      m("Qwen/Qwen2-VL-2B-Instruct", 8),
      m("black-forest-labs/FLUX.1-schnell", 13),
      m("XLabs-AI/flux-RealismLora", 14),
    ],
  },
  {
    file: "mm/src/lumen/utils/image_io.py",
    text: `"""Reading and normalising uploads before they reach a model."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps

MAX_SIDE = 1536
ALLOWED = {"image/jpeg", "image/png", "image/webp"}


def load_upload(data: bytes, content_type: str) -> Image.Image:
    if content_type not in ALLOWED:
        raise ValueError(f"unsupported upload type: {content_type}")
    image = Image.open(io.BytesIO(data))
    image = ImageOps.exif_transpose(image)
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    return image.convert("RGB")


def save_preview(image: Image.Image, root: Path, name: str) -> Path:
    # Names come from users: keep only the final component.
    target = root / "previews" / Path(name).name
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(target.with_suffix(".webp"), quality=80)
    return target


def checkpoint_dir(root: Path) -> Path:
    return root / "checkpoints" / "qwen2-vl-2b"
`,
    refs: [],
  },
];

/* ------------------------------------------------------------------ (2) speech / audio team */

const SPEECH: Case[] = [
  {
    file: "speech/README.md",
    text: `# Parrot: speech services

Parrot turns calls into searchable transcripts with speaker turns, and reads
answers back with a synthetic voice.

## Components

- \`asr/\`: batch and streaming transcription on top of faster-whisper
- \`diarize/\`: who spoke when
- \`tts/\`: text to speech for the voice assistant
- \`server/\`: WebSocket streaming API
- \`android/\`, \`ios/\`: on-device clients

## Getting started

\`\`\`bash
git clone git@github.com:acme/parrot.git
cd parrot
pip install -e ".[asr,tts]"
./scripts/fetch_models.sh        # needs HF_TOKEN for the gated diarization model
uvicorn server.app:app --reload
\`\`\`

Upstream projects we build on: [openai/whisper](https://github.com/openai/whisper),
[SYSTRAN/faster-whisper](https://github.com/SYSTRAN/faster-whisper) and
[pyannote/pyannote-audio](https://github.com/pyannote/pyannote-audio).
See the [CTranslate2 notes](https://huggingface.co/docs/hub/ctranslate2) for conversion.

Benchmarks live in \`docs/benchmarks.md\`; raw numbers are in the W&B project \`acme/parrot-wer\`.
`,
    refs: [],
  },
  {
    file: "speech/asr/transcribe.py",
    text: `"""Batch transcription with faster-whisper (CTranslate2)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import whisper  # only for the language-id fallback
from faster_whisper import BatchedInferencePipeline, WhisperModel

log = logging.getLogger(__name__)


@dataclass
class Segment:
    start: float
    end: float
    text: str


class Transcriber:
    def __init__(self, device: str = "cuda", compute_type: str = "float16") -> None:
        self.model = WhisperModel(
            "Systran/faster-whisper-small",
            device=device,
            compute_type=compute_type,
            download_root="/models/ct2",
        )
        self.batched = BatchedInferencePipeline(model=self.model)
        # The reference implementation is only used to guess the language of very short clips.
        self._langid = whisper.load_model("tiny")

    def transcribe(self, path: str, language: str | None = None) -> list[Segment]:
        segments, info = self.batched.transcribe(path, language=language, batch_size=16, vad_filter=True)
        log.info("language=%s p=%.2f", info.language, info.language_probability)
        return [Segment(s.start, s.end, s.text.strip()) for s in segments]
`,
    refs: [m("Systran/faster-whisper-small", 24)],
  },
  {
    file: "speech/asr/hf_asr.py",
    text: `"""Transformers-based ASR used for languages faster-whisper handles poorly."""

import torch
from transformers import pipeline

DEVICE = 0 if torch.cuda.is_available() else -1

_asr = pipeline(
    "automatic-speech-recognition",
    model="openai/whisper-large-v3",
    torch_dtype=torch.float16,
    device=DEVICE,
    chunk_length_s=30,
)

# Welsh: a community fine-tune does much better than the base model.
_regional = {
    "cy": pipeline("automatic-speech-recognition", model="techiaith/wav2vec2-xlsr-ft-cy", device=DEVICE),
}


def transcribe(path: str, language: str) -> str:
    if language in _regional:
        return _regional[language](path)["text"]
    result = _asr(path, generate_kwargs={"language": language, "task": "transcribe"})
    return result["text"]


def warmup() -> None:
    # A second of silence exercises the whole graph once at startup.
    _asr(torch.zeros(16000).numpy())
`,
    refs: [m("openai/whisper-large-v3", 10), m("techiaith/wav2vec2-xlsr-ft-cy", 18)],
  },
  {
    file: "speech/diarize/pipeline.py",
    text: `"""Speaker diarization and speaker embeddings."""

import os

import torch
from pyannote.audio import Pipeline
from speechbrain.inference.speaker import EncoderClassifier

HF_TOKEN = os.environ.get("HF_TOKEN")


def load_diarizer() -> Pipeline:
    pipe = Pipeline.from_pretrained(
        "pyannote/speaker-diarization-3.1",
        use_auth_token=HF_TOKEN,
    )
    if torch.cuda.is_available():
        pipe.to(torch.device("cuda"))
    return pipe


def load_embedder() -> EncoderClassifier:
    return EncoderClassifier.from_hparams(
        source="speechbrain/spkrec-ecapa-voxceleb",
        savedir="pretrained_models/spkrec-ecapa-voxceleb",
        run_opts={"device": "cuda" if torch.cuda.is_available() else "cpu"},
    )


def diarize(path: str, num_speakers: int | None = None):
    turns = load_diarizer()(path, num_speakers=num_speakers)
    return [(t.start, t.end, spk) for t, _, spk in turns.itertracks(yield_label=True)]
`,
    refs: [m("pyannote/speaker-diarization-3.1", 14), m("speechbrain/spkrec-ecapa-voxceleb", 24)],
  },
  {
    file: "speech/tts/synth.py",
    text: `"""Text to speech: MMS-TTS for most languages, SpeechT5 for the English assistant voice."""

import numpy as np
import torch
from datasets import load_dataset
from transformers import (
    AutoTokenizer,
    SpeechT5ForTextToSpeech,
    SpeechT5HifiGan,
    SpeechT5Processor,
    VitsModel,
)

MMS = "facebook/mms-tts-eng"

vits = VitsModel.from_pretrained(MMS)
vits_tok = AutoTokenizer.from_pretrained(MMS)

t5_processor = SpeechT5Processor.from_pretrained("microsoft/speecht5_tts")
t5_model = SpeechT5ForTextToSpeech.from_pretrained("microsoft/speecht5_tts")
vocoder = SpeechT5HifiGan.from_pretrained("microsoft/speecht5_hifigan")

# One x-vector from the CMU ARCTIC set gives the assistant its voice.
_xvectors = load_dataset("Matthijs/cmu-arctic-xvectors", split="validation")
SPEAKER = torch.tensor(_xvectors[7306]["xvector"]).unsqueeze(0)


def say_mms(text: str) -> np.ndarray:
    inputs = vits_tok(text, return_tensors="pt")
    with torch.no_grad():
        return vits(**inputs).waveform.squeeze().numpy()


def say_assistant(text: str) -> np.ndarray:
    inputs = t5_processor(text=text, return_tensors="pt")
    speech = t5_model.generate_speech(inputs["input_ids"], SPEAKER, vocoder=vocoder)
    return speech.numpy()
`,
    refs: [
      m("facebook/mms-tts-eng", 14),
      m("microsoft/speecht5_tts", 19),
      m("microsoft/speecht5_tts", 20),
      m("microsoft/speecht5_hifigan", 21),
      ds("Matthijs/cmu-arctic-xvectors", 24),
    ],
  },
  {
    file: "speech/server/app.py",
    text: `"""Streaming transcription over WebSocket."""

import asyncio
import json
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect

from asr.streaming import StreamingSession

MODEL_DIR = os.environ.get("PARROT_MODEL_DIR", "/models/ct2/faster-whisper-small")
SAMPLE_RATE = 16_000

app = FastAPI(title="parrot-stream")


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok", "model_dir": MODEL_DIR}


@app.websocket("/v1/stream")
async def stream(ws: WebSocket) -> None:
    await ws.accept()
    session = StreamingSession(model_dir=MODEL_DIR, sample_rate=SAMPLE_RATE)
    try:
        while True:
            chunk = await ws.receive_bytes()
            for partial in session.feed(chunk):
                await ws.send_text(json.dumps({"text": partial.text, "final": partial.final}))
            await asyncio.sleep(0)
    except WebSocketDisconnect:
        session.close()
`,
    refs: [],
  },
  {
    file: "speech/server/Dockerfile",
    text: `FROM python:3.11-slim

RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg libsndfile1 \\
    && rm -rf /var/lib/apt/lists/*

WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# Fetch the CTranslate2 weights at build time; the cluster has no egress.
RUN python -c "from faster_whisper import WhisperModel; WhisperModel('Systran/faster-whisper-small', device='cpu', download_root='/models/ct2')"

COPY asr/ ./asr/
COPY server/ ./server/

ENV PARROT_MODEL_DIR=/models/ct2 \\
    HF_HUB_OFFLINE=1

USER 10001
EXPOSE 9000
CMD ["uvicorn", "server.app:app", "--host", "0.0.0.0", "--port", "9000", "--ws-max-size", "1048576"]
`,
    refs: [m("Systran/faster-whisper-small", 11)],
  },
  {
    file: "speech/android/app/src/main/java/com/acme/parrot/ModelStore.kt",
    text: `package com.acme.parrot

import android.content.Context
import okhttp3.OkHttpClient
import okhttp3.Request
import java.io.File

/** Downloads the on-device ASR weights once and keeps them in app storage. */
class ModelStore(private val context: Context, private val http: OkHttpClient) {

    private val modelUrl =
        "https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-tiny.en-q5_1.bin"

    // Bundled with the APK: voice activity detection is needed before any download finishes.
    val vadAsset = "silero_vad.onnx"

    fun modelFile(): File = File(context.filesDir, "models/ggml-tiny.en-q5_1.bin")

    fun ensureModel(): File {
        val target = modelFile()
        if (target.exists() && target.length() > 0) return target
        target.parentFile?.mkdirs()
        val request = Request.Builder().url(modelUrl).build()
        http.newCall(request).execute().use { response ->
            check(response.isSuccessful) { "model download failed: \${response.code}" }
            target.outputStream().use { out -> response.body!!.byteStream().copyTo(out) }
        }
        return target
    }
}
`,
    refs: [m("ggerganov/whisper.cpp", 12, "main")],
  },
  {
    file: "speech/ios/Parrot/Transcriber.swift",
    text: `import Foundation
import WhisperKit

/// On-device transcription for iOS, backed by WhisperKit's Core ML builds.
@MainActor
final class Transcriber: ObservableObject {
    @Published var text = ""
    private var pipe: WhisperKit?

    func load() async throws {
        let config = WhisperKitConfig(
            model: "openai_whisper-base.en",
            modelRepo: "argmaxinc/whisperkit-coreml",
            verbose: false,
            prewarm: true
        )
        pipe = try await WhisperKit(config)
    }

    func transcribe(url: URL) async throws {
        guard let pipe else { return }
        let results = try await pipe.transcribe(audioPath: url.path)
        text = results.map(\\.text).joined(separator: " ")
    }
}
`,
    refs: [m("argmaxinc/whisperkit-coreml", 13)],
  },
  {
    file: "speech/scripts/fetch_models.sh",
    text: `#!/usr/bin/env bash
# Fetch every model Parrot needs into ./models (run once per machine).
set -euo pipefail

MODELS_DIR="\${MODELS_DIR:-./models}"
mkdir -p "$MODELS_DIR"

: "\${HF_TOKEN:?set HF_TOKEN: the segmentation model is gated}"

hf download pyannote/segmentation-3.0 --local-dir "$MODELS_DIR/segmentation"

huggingface-cli download Systran/faster-whisper-small \\
  --revision 536b0662742c02347bc0e980a01041f333bce120 \\
  --local-dir "$MODELS_DIR/ct2/faster-whisper-small"

# whisper.cpp is built from source for the benchmark harness, not shipped.
if [[ ! -d third_party/whisper.cpp ]]; then
  git clone --depth 1 https://github.com/ggerganov/whisper.cpp third_party/whisper.cpp
fi

curl -fsSL -o "$MODELS_DIR/silero_vad.onnx" \\
  https://github.com/snakers4/silero-vad/raw/v5.1/src/silero_vad/data/silero_vad.onnx

docker pull ghcr.io/acme/parrot-server:latest
echo "models ready in $MODELS_DIR"
`,
    refs: [
      m("pyannote/segmentation-3.0", 10),
      m("Systran/faster-whisper-small", 12, "536b0662742c02347bc0e980a01041f333bce120"),
    ],
  },
];

/* ------------------------------------------------------------------ (3) MLOps platform */

const PLATFORM: Case[] = [
  {
    file: "platform/README.md",
    text: `# Foundry: Acme's model platform

Foundry is how Acme teams register, evaluate and serve models.

| Piece | Path | Runs on |
|-------|------|---------|
| Registry API | \`registry/\` | EKS, namespace \`foundry\` |
| Pipelines | \`pipelines/\` (Airflow for schedules, Prefect for ad-hoc flows, Dagster for assets) | MWAA / Prefect Cloud |
| Serving | \`deploy/helm/llm-serving\`, \`deploy/kserve\` | EKS GPU node group |
| Infra | \`infra/terraform\` | AWS |

## Registering a model

\`\`\`bash
foundry register --name support-bot --source s3://acme-foundry-models/support-bot/v3 --stage staging
foundry promote support-bot --to production
\`\`\`

Sources can be S3 prefixes, MLflow runs (\`runs:/<run_id>/model\`) or Hub repos. The registry
mirrors Hub repos into S3 before anything is served, see \`docs/mirroring.md\`.

Images: \`123456789012.dkr.ecr.us-east-1.amazonaws.com/foundry/registry\` and
\`vllm/vllm-openai:v0.6.3\` for serving.

Owners: #ml-platform on Slack. Runbooks: https://github.com/acme/foundry-runbooks
`,
    refs: [],
  },
  {
    file: "platform/registry/service/app.py",
    text: `"""Model registry API: a thin layer over Postgres and S3."""

from __future__ import annotations

import re

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, field_validator

from .store import Store

# Accepts "org/name" for Hub sources; the value is only ever mirrored, never loaded here.
HUB_ID = re.compile(r"^[A-Za-z0-9][\\w.-]{0,95}/[\\w.-]{1,96}$")

app = FastAPI(title="foundry-registry")
store = Store.from_env()


class Registration(BaseModel):
    name: str
    source: str
    stage: str = "staging"

    @field_validator("source")
    @classmethod
    def check_source(cls, v: str) -> str:
        if v.startswith(("s3://", "runs:/")) or HUB_ID.match(v.removeprefix("hf://")):
            return v
        raise ValueError(f"unsupported source: {v!r}")


@app.post("/v1/models")
def register(body: Registration) -> dict[str, str]:
    if store.exists(body.name):
        raise HTTPException(409, f"{body.name} already registered")
    version = store.add(body.name, body.source, body.stage)
    return {"name": body.name, "version": version}
`,
    refs: [],
  },
  {
    file: "platform/pipelines/dags/nightly_eval.py",
    text: `"""Nightly regression eval of the support model against MMLU and our own set."""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.providers.amazon.aws.transfers.local_to_s3 import LocalFilesystemToS3Operator

default_args = {"owner": "ml-platform", "retries": 1, "retry_delay": timedelta(minutes=10)}

with DAG(
    dag_id="nightly_eval",
    start_date=datetime(2024, 6, 1),
    schedule="0 2 * * *",
    catchup=False,
    default_args=default_args,
    tags=["eval"],
) as dag:
    run_eval = BashOperator(
        task_id="run_eval",
        bash_command=(
            "python -m foundry.evals.run "
            "--model mistralai/Mistral-7B-Instruct-v0.3 "
            "--dataset cais/mmlu "
            "--output /tmp/eval/{{ ds }}.json"
        ),
    )
    upload = LocalFilesystemToS3Operator(
        task_id="upload",
        filename="/tmp/eval/{{ ds }}.json",
        dest_key="s3://acme-foundry-evals/nightly/{{ ds }}.json",
        replace=True,
    )
    run_eval >> upload
`,
    refs: [m("mistralai/Mistral-7B-Instruct-v0.3", 23), ds("cais/mmlu", 24)],
  },
  {
    file: "platform/pipelines/flows/embed_docs.py",
    text: `"""Prefect flow: embed the help-centre articles for retrieval."""

from prefect import flow, task
from sentence_transformers import SentenceTransformer

from foundry.store import VectorStore


@task(retries=2)
def fetch_articles(since: str) -> list[dict]:
    from foundry.sources import helpcentre

    return helpcentre.changed_since(since)


@task
def embed(articles: list[dict]) -> list[list[float]]:
    model = SentenceTransformer("all-MiniLM-L6-v2", device="cpu")
    return model.encode([a["body"] for a in articles], batch_size=64, normalize_embeddings=True).tolist()


@task
def rerank_model():
    from sentence_transformers import CrossEncoder

    return CrossEncoder("cross-encoder/ms-marco-MiniLM-L-6-v2", max_length=512)


@flow(name="embed-helpcentre", log_prints=True)
def embed_helpcentre(since: str = "1970-01-01") -> int:
    articles = fetch_articles(since)
    vectors = embed(articles)
    VectorStore("helpcentre").upsert([a["id"] for a in articles], vectors)
    print(f"embedded {len(articles)} articles")
    return len(articles)


if __name__ == "__main__":
    embed_helpcentre.serve(name="embed-helpcentre-hourly", cron="0 * * * *")
`,
    refs: [m("sentence-transformers/all-MiniLM-L6-v2", 18), m("cross-encoder/ms-marco-MiniLM-L-6-v2", 26)],
  },
  {
    file: "platform/infra/terraform/main.tf",
    text: `terraform {
  required_providers {
    aws  = { source = "hashicorp/aws", version = "~> 5.60" }
    helm = { source = "hashicorp/helm", version = "~> 2.15" }
  }
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "foundry/main.tfstate"
    region = "us-east-1"
  }
}

variable "serving_model" {
  description = "Hub repo served by the default LLM endpoint"
  type        = string
  default     = "Qwen/Qwen2.5-7B-Instruct"
}

resource "aws_s3_bucket" "models" {
  bucket = "acme-foundry-models"
}

resource "aws_ecr_repository" "registry" {
  name = "foundry/registry"
}

resource "helm_release" "llm_serving" {
  name       = "llm-serving"
  chart      = "../../deploy/helm/llm-serving"
  namespace  = "foundry"
  set {
    name  = "model.id"
    value = var.serving_model
  }
}
`,
    refs: [m("Qwen/Qwen2.5-7B-Instruct", 16)],
  },
  {
    file: "platform/deploy/helm/llm-serving/values.yaml",
    text: `replicaCount: 2

image:
  repository: vllm/vllm-openai
  tag: v0.6.3
  pullPolicy: IfNotPresent

model:
  id: Qwen/Qwen2.5-7B-Instruct
  # Mirror of the Hub repo; pods never reach the Hub directly.
  mirror: s3://acme-foundry-models/mirror/Qwen/Qwen2.5-7B-Instruct

args:
  - --model
  - Qwen/Qwen2.5-7B-Instruct
  - --revision
  - a09a35458c702b33eeacc393d103063234e8bc28
  - --served-model-name
  - support-llm
  - --max-model-len
  - "8192"

resources:
  limits:
    nvidia.com/gpu: 1
    memory: 40Gi

nodeSelector:
  karpenter.sh/nodepool: gpu-a10g

service:
  type: ClusterIP
  port: 8000
`,
    refs: [
      m("Qwen/Qwen2.5-7B-Instruct", 9),
      m("Qwen/Qwen2.5-7B-Instruct", 15, "a09a35458c702b33eeacc393d103063234e8bc28"),
    ],
  },
  {
    file: "platform/deploy/kserve/isvc.yaml",
    text: `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: llama-small
  namespace: foundry
  annotations:
    serving.kserve.io/deploymentMode: RawDeployment
spec:
  predictor:
    minReplicas: 1
    maxReplicas: 4
    model:
      modelFormat:
        name: huggingface
      runtime: kserve-huggingfaceserver
      storageUri: hf://meta-llama/Llama-3.2-3B-Instruct
      args:
        - --model_name=llama-small
        - --dtype=bfloat16
      env:
        - name: HF_TOKEN
          valueFrom:
            secretKeyRef:
              name: hf-token
              key: token
      resources:
        limits:
          nvidia.com/gpu: "1"
          memory: 24Gi
`,
    refs: [m("meta-llama/Llama-3.2-3B-Instruct", 16)],
  },
  {
    file: "platform/deploy/argo/finetune-workflow.yaml",
    text: `apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: finetune-lora
  namespace: foundry
spec:
  entrypoint: main
  arguments:
    parameters:
      - name: base-model
        value: mistralai/Mistral-7B-v0.1
      - name: dataset
        value: s3://acme-foundry-data/support/2024-09
      - name: output-repo
        value: acme-internal/support-mistral-lora
  templates:
    - name: main
      container:
        image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/foundry/trainer:2.4.0
        command: [accelerate, launch, -m, foundry.train.lora]
        args:
          - --model_name_or_path={{workflow.parameters.base-model}}
          - --data={{workflow.parameters.dataset}}
          - --push_to_hub={{workflow.parameters.output-repo}}
          - --lora_r=16
        resources:
          limits:
            nvidia.com/gpu: 4
`,
    refs: [m("mistralai/Mistral-7B-v0.1", 11)],
  },
  {
    file: "platform/.github/workflows/deploy.yml",
    text: `name: deploy
on:
  push:
    branches: [main]
    paths: ["registry/**", "deploy/**"]

permissions:
  id-token: write
  contents: read

jobs:
  registry:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/foundry-deploy
          aws-region: us-east-1
      - uses: aws-actions/amazon-ecr-login@v2
      - uses: docker/build-push-action@v6
        with:
          context: registry
          push: true
          tags: 123456789012.dkr.ecr.us-east-1.amazonaws.com/foundry/registry:\${{ github.sha }}
      - name: Roll out
        run: |
          aws eks update-kubeconfig --name foundry
          helm upgrade --install llm-serving deploy/helm/llm-serving -n foundry --wait
          kubectl -n foundry rollout status deploy/foundry-registry
`,
    refs: [],
  },
  {
    file: "platform/pipelines/dagster/assets.py",
    text: `"""Dagster assets for the extractive QA model used by the help widget."""

from dagster import AssetExecutionContext, Config, asset
from datasets import load_dataset
from transformers import AutoModelForQuestionAnswering, AutoTokenizer, Trainer, TrainingArguments

import mlflow


class QAConfig(Config):
    base_model: str = "distilbert/distilbert-base-uncased"
    epochs: int = 2


@asset
def squad_train():
    return load_dataset("squad", split="train[:20%]")


@asset
def qa_model(context: AssetExecutionContext, config: QAConfig, squad_train):
    tokenizer = AutoTokenizer.from_pretrained(config.base_model)
    model = AutoModelForQuestionAnswering.from_pretrained(config.base_model)
    args = TrainingArguments(output_dir="/tmp/qa", num_train_epochs=config.epochs, report_to=[])
    trainer = Trainer(model=model, args=args, train_dataset=squad_train, tokenizer=tokenizer)
    trainer.train()
    with mlflow.start_run():
        mlflow.transformers.log_model(
            {"model": model, "tokenizer": tokenizer},
            artifact_path="qa",
            registered_model_name="help-widget-qa",
        )
    context.log.info("registered help-widget-qa")
`,
    refs: [m("distilbert/distilbert-base-uncased", 11), ds("squad", 17)],
  },
];

/* ------------------------------------------------------------------ (4) applied research paper */

const RESEARCH: Case[] = [
  {
    file: "research/README.md",
    text: `# Sparse routers at small scale

Code for *"Do Sparse Routers Help Below 1B Parameters?"* (workshop paper, 2024).
[[paper]](https://arxiv.org/abs/2409.01234) [[HF paper page]](https://huggingface.co/papers/2409.01234)

## Setup

\`\`\`bash
conda env create -f environment.yml && conda activate sparse-router
make data        # downloads the pretraining sample
make train CONFIG=configs/base.yaml
\`\`\`

We pretrain on a 10B-token sample of
[FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) and start from
the Pythia tokenizer. Released checkpoints: https://huggingface.co/acme-lab/sparse-router-160m

## Results

| Model | Params | HellaSwag | ARC-e |
|-------|--------|-----------|-------|
| dense baseline | 160M | 30.1 | 43.8 |
| + sparse router | 160M (35M active) | 31.4 | 44.9 |

Plots: \`python plots/plot_scaling.py results/\`. Logs are public on W&B (\`acme-lab/sparse-router\`).

## Citation

\`\`\`bibtex
@inproceedings{doe2024sparse,
  title     = {Do Sparse Routers Help Below 1B Parameters?},
  author    = {Doe, Jane and Roe, Richard},
  booktitle = {Workshop on Efficient Systems},
  year      = {2024},
  url       = {https://github.com/acme-lab/sparse-router}
}
\`\`\`
`,
    refs: [ds("HuggingFaceFW/fineweb-edu", 15), m("acme-lab/sparse-router-160m", 16)],
  },
  {
    file: "research/Makefile",
    text: `PY ?= python
CONFIG ?= configs/base.yaml
DATA_DIR ?= data/fineweb-edu

.PHONY: data train eval ablations plots clean

data:
\thuggingface-cli download --repo-type dataset HuggingFaceFW/fineweb-edu \\
\t\t--include "sample/10BT/*" --local-dir $(DATA_DIR)

train:
\taccelerate launch --num_processes 8 train.py --config $(CONFIG)

eval:
\t$(PY) eval/evaluate.py --checkpoint runs/base/final --tasks hellaswag,arc_easy

ablations:
\tfor cfg in configs/ablations/*.yaml; do \\
\t\taccelerate launch --num_processes 8 train.py --config $$cfg; \\
\tdone

plots:
\t$(PY) plots/plot_scaling.py results/ --out figures/

upload:
\thuggingface-cli upload acme-lab/sparse-router-160m runs/base/final .

clean:
\trm -rf runs/ figures/ __pycache__
`,
    refs: [ds("HuggingFaceFW/fineweb-edu", 8)],
  },
  {
    file: "research/configs/base.yaml",
    text: `# Base pretraining run: 160M dense + sparse router in every other block.
model:
  model_name_or_path: EleutherAI/pythia-160m
  init_from_scratch: true
  tokenizer: EleutherAI/pythia-160m
  router:
    experts: 8
    top_k: 2
    every_n_layers: 2
    aux_loss_weight: 0.01

data:
  dataset_name: HuggingFaceFW/fineweb-edu
  dataset_config: sample-10BT
  local_dir: data/fineweb-edu
  seq_len: 2048

train:
  global_batch_size: 512
  lr: 6.0e-4
  warmup_steps: 2000
  max_steps: 20000
  output_dir: runs/base
  save_every: 2000

logging:
  wandb_entity: acme-lab
  wandb_project: sparse-router
  run_name: base-160m
`,
    refs: [
      m("EleutherAI/pythia-160m", 3),
      m("EleutherAI/pythia-160m", 5),
      ds("HuggingFaceFW/fineweb-edu", 13),
    ],
  },
  {
    file: "research/configs/ablations/no_router_aux.yaml",
    text: `# Ablation: drop the router's load-balancing loss.
defaults:
  - ../base.yaml

model:
  router:
    aux_loss_weight: 0.0

train:
  output_dir: runs/ablations/no_router_aux
  max_steps: 20000

logging:
  run_name: ablate-no-aux
  tags: [ablation, router]

notes: >
  Expect router collapse onto one or two experts after a few thousand steps;
  compare expert utilisation in plots/plot_experts.py against runs/base.
`,
    refs: [],
  },
  {
    file: "research/train.py",
    text: `"""Pretraining entry point. Everything model-specific comes from the YAML config."""

import argparse

import yaml
from accelerate import Accelerator
from datasets import load_dataset
from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

from sparse_router.modeling import add_routers
from sparse_router.trainer import train_loop


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    args = parser.parse_args()
    with open(args.config) as fh:
        cfg = yaml.safe_load(fh)

    accelerator = Accelerator(log_with="wandb")
    mcfg, dcfg = cfg["model"], cfg["data"]
    config = AutoConfig.from_pretrained(mcfg["model_name_or_path"])
    model = AutoModelForCausalLM.from_config(config)
    model = add_routers(model, **mcfg["router"])
    tokenizer = AutoTokenizer.from_pretrained(mcfg["tokenizer"])
    data = load_dataset(dcfg["local_dir"], split="train", streaming=True)
    accelerator.init_trackers(cfg["logging"]["wandb_project"], config=cfg)
    train_loop(accelerator, model, tokenizer, data, **cfg["train"])


if __name__ == "__main__":
    main()
`,
    refs: [],
  },
  {
    file: "research/eval/evaluate.py",
    text: `"""Zero-shot evaluation with lm-eval-harness, plus the Pythia baselines we compare to."""

import argparse
import json
from pathlib import Path

import lm_eval
from datasets import load_dataset

BASELINES = ["EleutherAI/pythia-160m", "EleutherAI/pythia-410m"]


def run(checkpoint: str, tasks: list[str]) -> dict:
    out = lm_eval.simple_evaluate(
        model="hf",
        model_args=f"pretrained={checkpoint},dtype=bfloat16",
        tasks=tasks,
        batch_size=32,
    )
    return out["results"]


def sanity_check_hellaswag() -> None:
    # The harness caches its own copy; this catches a silently changed upstream split.
    ds = load_dataset("Rowan/hellaswag", split="validation")
    assert len(ds) == 10042, len(ds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--tasks", default="hellaswag,arc_easy")
    parser.add_argument("--out", type=Path, default=Path("results"))
    args = parser.parse_args()
    tasks = args.tasks.split(",")
    sanity_check_hellaswag()
    results = {"ours": run(args.checkpoint, tasks)}
    for name in BASELINES:
        results[name] = run(name, tasks)
    args.out.mkdir(exist_ok=True)
    (args.out / "zero_shot.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
`,
    refs: [m("EleutherAI/pythia-160m", 10), m("EleutherAI/pythia-410m", 10), ds("Rowan/hellaswag", 25)],
  },
  {
    file: "research/plots/plot_scaling.py",
    text: `"""Plot zero-shot accuracy against active parameters."""

import argparse
import json
from pathlib import Path

import matplotlib.pyplot as plt

STYLE = {"dense": ("#4C72B0", "o"), "sparse": ("#DD8452", "s")}


def load(results_dir: Path) -> dict[str, dict]:
    rows = {}
    for path in sorted(results_dir.glob("*/zero_shot.json")):
        rows[path.parent.name] = json.loads(path.read_text())
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("results", type=Path)
    parser.add_argument("--out", type=Path, default=Path("figures"))
    args = parser.parse_args()
    rows = load(args.results)
    fig, ax = plt.subplots(figsize=(4, 3))
    for run, res in rows.items():
        kind = "sparse" if "router" in run else "dense"
        color, marker = STYLE[kind]
        ax.scatter(res["active_params"], res["hellaswag"]["acc_norm"], c=color, marker=marker, label=run)
    ax.set_xscale("log")
    ax.set_xlabel("active parameters")
    ax.set_ylabel("HellaSwag acc_norm")
    ax.legend(frameon=False, fontsize=7)
    args.out.mkdir(exist_ok=True)
    fig.savefig(args.out / "scaling.pdf", bbox_inches="tight")


if __name__ == "__main__":
    main()
`,
    refs: [],
  },
  {
    file: "research/notebooks/analysis.ipynb",
    text: `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Expert utilisation\\n",
    "Compare routing entropy of our run with the dense Pythia checkpoint at the same step."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import torch\\n",
    "from transformers import AutoModelForCausalLM\\n",
    "\\n",
    "dense = AutoModelForCausalLM.from_pretrained(\\"EleutherAI/pythia-160m\\", revision=\\"step143000\\")\\n",
    "ours = AutoModelForCausalLM.from_pretrained(\\"../runs/base/final\\", trust_remote_code=True)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from sparse_router.analysis import routing_entropy\\n",
    "routing_entropy(ours, \\"data/fineweb-edu/sample/10BT/000_00000.parquet\\", n=512)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.9"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
    refs: [m("EleutherAI/pythia-160m", 20, "step143000")],
  },
  {
    file: "research/scripts/run_sweep.sh",
    text: `#!/usr/bin/env bash
# Size sweep for the scaling figure. Usage: SIZES="70m 160m" scripts/run_sweep.sh
set -euo pipefail

SIZES="\${SIZES:-70m 160m 410m}"

# Smoke test on the smallest model first so a broken config fails in minutes.
accelerate launch --num_processes 1 train.py \\
  --config configs/base.yaml \\
  --model_name_or_path EleutherAI/pythia-70m \\
  --max_steps 50 \\
  --output_dir runs/smoke

for size in $SIZES; do
  accelerate launch --num_processes 8 train.py \\
    --config configs/base.yaml \\
    --model_name_or_path "EleutherAI/pythia-\${size}" \\
    --output_dir "runs/sweep-\${size}"
  python eval/evaluate.py --checkpoint "runs/sweep-\${size}/final" --out "results/sweep-\${size}"
done

wandb sync --project sparse-router --entity acme-lab runs/
echo "sweep done: $SIZES"
`,
    refs: [m("EleutherAI/pythia-70m", 10)],
  },
  {
    file: "research/pyproject.toml",
    text: `[project]
name = "sparse-router"
version = "0.1.0"
description = "Sparse routers at small scale (paper code)"
requires-python = ">=3.10"
dependencies = [
  "torch>=2.3",
  "transformers==4.44.2",
  "datasets>=2.20",
  "accelerate>=0.33",
  "lm-eval==0.4.3",
  "wandb",
  "matplotlib",
  "pyyaml",
]

[project.optional-dependencies]
dev = ["pytest", "ruff", "nbstripout"]

[project.urls]
Repository = "https://github.com/acme-lab/sparse-router"
Paper = "https://arxiv.org/abs/2409.01234"

[tool.ruff]
line-length = 110

[tool.setuptools.packages.find]
include = ["sparse_router*"]
`,
    refs: [],
  },
];

const CASES: Case[] = [...MULTIMODAL, ...SPEECH, ...PLATFORM, ...RESEARCH];

/* ------------------------------------------------------------------ scoring */

/** Dockerfile, Makefile, or the extension (yml as yaml): the per-type lines of the verbose output. */
function fileType(file: string): string {
  const base = path.posix.basename(file);
  if (base === "Dockerfile" || base === "Makefile") return base.toLowerCase();
  const ext = path.posix.extname(base).slice(1);
  return ext === "yml" ? "yaml" : ext;
}

describe("round 10 held-out files: labels", () => {
  it("has 40 files of 15 to 60 lines, a third or so with no reference", () => {
    expect(CASES).toHaveLength(40);
    expect(new Set(CASES.map((c) => c.file)).size).toBe(40);
    for (const c of CASES) {
      const lines = c.text.split("\n").length - 1;
      expect(lines, c.file).toBeGreaterThanOrEqual(15);
      expect(lines, c.file).toBeLessThanOrEqual(60);
    }
    expect(CASES.filter((c) => c.refs.length === 0).length).toBeGreaterThanOrEqual(12);
  });

  it("places every expected id on the line it names", () => {
    for (const c of CASES) {
      const lines = c.text.split("\n");
      for (const r of c.refs) {
        // A bare sentence-transformers name is written without its organisation.
        const written = r.id.startsWith("sentence-transformers/") ? r.id.split("/")[1] : r.id;
        expect(lines[r.line - 1] ?? "", `${c.file}: ${refKey(r)}`).toContain(written ?? r.id);
        if (r.revision) expect(c.text, `${c.file}: ${refKey(r)}`).toContain(r.revision);
      }
    }
  });
});

describe("round 10 held-out files: detection", () => {
  heldoutChecks(
    "r10",
    CASES.map((c) => ({ file: c.file, type: fileType(c.file), text: c.text, want: c.refs })),
    // Every miss of the measured run was fixed in the same stop (see the header).
    { known: [], floor: { recall: 1, precision: 1 }, verbose: process.env.R10_VERBOSE === "1" },
  );
});
