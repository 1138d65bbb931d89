// Round 11 held-out measurement: 40 files from the places practitioners deploy and tinker (Hugging
// Face Spaces, ComfyUI/A1111/InvokeAI, local LLM runners, serverless and cluster deployments, Kaggle
// and Colab notebooks, agent/RAG frameworks, evaluation harnesses, data pipelines), written in my own
// words after reading real public files, by a reviewer who read neither src/detect, docs/DETECTION.md
// nor the other detector tests. Every label (kind, id, line, revision) was fixed BEFORE the detectors
// ran; nothing here was tuned to them.
//
// MEASURED on the first run (detectText, confidence >= 0.5, exact kind + id + line + revision), at
// commit 5f4ff45 (the same numbers on the working tree of that moment):
//   all           recall 0.840 (68/81)   precision 0.971 (68/70)   13 misses, 2 false alarms
//   space         recall 1.000 (8/8)     precision 1.000 (8/8)
//   diffusion-ui  recall 1.000 (12/12)   precision 1.000 (12/12)
//   local-llm     recall 0.714 (5/7)     precision 1.000 (5/5)
//   cloud         recall 0.833 (5/6)     precision 0.833 (5/6)
//   notebook      recall 0.909 (10/11)   precision 1.000 (10/10)
//   agent         recall 0.875 (7/8)     precision 1.000 (7/7)
//   eval          recall 0.571 (4/7)     precision 1.000 (4/4)
//   data          recall 0.545 (6/11)    precision 0.857 (6/7)
//   choice        recall 1.000 (11/11)   precision 1.000 (11/11)
// The floors were these values rounded down to two decimals (68/81 = 0.8395 gave 0.83).
//
// After the lead's fixes of the same stop: 81 of 81, no false alarm. text-generation-webui's
// download-model.py (--branch pins); an argument vector assigned to a name and run by Popen(cmd),
// its names read through the constants they hold (the --revision of `vllm serve`); LiteLLM names
// (dspy.LM) pointed at a server of the team's own; OpenCompass `dict(type=HuggingFace..., path=)`;
// mteb.get_model; datatrove's HuggingFaceDatasetReader; a dataset card's source_datasets;
// open-instruct's dataset_mixer; a top-level hf_repo_id beside push_to_hub is the push target; and
// a notebook code cell fetching a sample image of huggingface/documentation-images brings that
// dataset in (a link in Markdown that only displays one does not).
//
// R11_VERBOSE=1 npx vitest run test/detect/heldout-r11.test.ts prints the score and every outcome.
import { describe, expect, it } from "vitest";
import type { RefKind } from "../../src/types.js";
import { type HeldoutCase, heldoutChecks, type Outcome, parseRef } from "./heldout-harness.js";

/** kind, id, line, revision, and (when the id is on several lines) a needle that picks the line. */
type Want = [RefKind, string, number, string?, string?];

interface Case {
  file: string;
  type: string;
  text: string;
  want: Want[];
}

/** A notebook as Jupyter writes it (nbformat 4, one-space indent, source as a list of lines). */
function ipynb(cells: Array<{ md?: string; code?: string }>): string {
  const source = (s: string) => s.split("\n").map((l, i, all) => (i < all.length - 1 ? `${l}\n` : l));
  const nb = {
    cells: cells.map((c) =>
      c.code !== undefined
        ? { cell_type: "code", execution_count: null, metadata: {}, outputs: [], source: source(c.code) }
        : { cell_type: "markdown", metadata: {}, source: source(c.md ?? "") },
    ),
    metadata: {
      kernelspec: { display_name: "Python 3", language: "python", name: "python3" },
      language_info: { name: "python" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(nb, null, 1)}\n`;
}

// CASES-BEGIN
const CASES: Case[] = [
  // ---------------------------------------------------------------- Hugging Face Spaces (4)
  {
    file: "spaces/sdxl-lightning-demo/app.py",
    type: "space",
    text: `import os
import random

import gradio as gr
import spaces
import torch
from diffusers import EulerDiscreteScheduler, StableDiffusionXLPipeline, UNet2DConditionModel
from huggingface_hub import hf_hub_download
from safetensors.torch import load_file

# The base pipeline and the distilled 4-step UNet come from two different repos.
BASE = "stabilityai/stable-diffusion-xl-base-1.0"
LIGHTNING_REPO = "ByteDance/SDXL-Lightning"
CKPT = "sdxl_lightning_4step_unet.safetensors"

unet = UNet2DConditionModel.from_config(BASE, subfolder="unet").to("cuda", torch.float16)
unet.load_state_dict(load_file(hf_hub_download(LIGHTNING_REPO, CKPT), device="cuda"))
pipe = StableDiffusionXLPipeline.from_pretrained(
    BASE, unet=unet, torch_dtype=torch.float16, variant="fp16"
).to("cuda")
pipe.scheduler = EulerDiscreteScheduler.from_config(
    pipe.scheduler.config, timestep_spacing="trailing"
)

OUTPUT_DIR = os.environ.get("OUTPUT_DIR", "outputs/gradio")


@spaces.GPU
def generate(prompt: str, seed: int = -1):
    if seed < 0:
        seed = random.randint(0, 2**31 - 1)
    g = torch.Generator("cuda").manual_seed(seed)
    image = pipe(prompt, num_inference_steps=4, guidance_scale=0, generator=g).images[0]
    return image, seed


with gr.Blocks(title="SDXL Lightning (4 steps)") as demo:
    gr.Markdown("Distilled from https://huggingface.co/papers/2402.13929 — see the model card for terms.")
    prompt = gr.Textbox(label="Prompt", value="a lighthouse at dusk, 35mm photo")
    seed = gr.Number(label="Seed", value=-1, precision=0)
    out = gr.Image(label="Result")
    used = gr.Number(label="Seed used")
    gr.Button("Generate").click(generate, [prompt, seed], [out, used])

demo.queue(max_size=20).launch()
`,
    // BASE is a literal the code loads (twice, via the constant); LIGHTNING_REPO is hf_hub_download's repo.
    want: [
      ["hf-model", "stabilityai/stable-diffusion-xl-base-1.0", 12],
      ["hf-model", "ByteDance/SDXL-Lightning", 13],
    ],
  },
  {
    file: "spaces/sdxl-lightning-demo/README.md",
    type: "space",
    text: `---
title: SDXL Lightning 4-step
emoji: ⚡
colorFrom: yellow
colorTo: indigo
sdk: gradio
sdk_version: 4.44.1
app_file: app.py
pinned: false
license: openrail++
models:
  - stabilityai/stable-diffusion-xl-base-1.0
  - ByteDance/SDXL-Lightning
short_description: Text-to-image in four denoising steps
suggested_hardware: a10g-small
---

# SDXL Lightning, four steps

A small demo of the progressive-adversarial-distillation UNet on top of the SDXL base pipeline.

* Base weights: [SDXL base 1.0](https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0)
* Distilled UNet: the 4-step checkpoint from the ByteDance repository
* Paper: https://huggingface.co/papers/2402.13929
* Duplicate this Space: https://huggingface.co/spaces/demo-org/sdxl-lightning-4step?duplicate=true

The Space runs on ZeroGPU; images are written to outputs/gradio and purged every night.
Source of the scheduler trick: https://github.com/huggingface/diffusers/issues/7136
`,
    // A Space card's models: list declares what the Space uses; the markdown link is a URL reference.
    want: [
      ["hf-model", "stabilityai/stable-diffusion-xl-base-1.0", 12, undefined, "  - stabilityai"],
      ["hf-model", "ByteDance/SDXL-Lightning", 13],
      ["hf-model", "stabilityai/stable-diffusion-xl-base-1.0", 22, undefined, "[SDXL base"],
    ],
  },
  {
    file: "spaces/sdxl-lightning-demo/requirements.txt",
    type: "space",
    text: `# pinned for ZeroGPU (torch comes from the base image)
--extra-index-url https://download.pytorch.org/whl/cu121
accelerate==0.33.0
diffusers==0.30.3
transformers==4.44.2
safetensors>=0.4.3
huggingface_hub>=0.24
spaces
gradio==4.44.1
# scheduler fix not yet released
git+https://github.com/huggingface/diffusers@3f85095#egg=diffusers-dev
peft==0.12.0
invisible_watermark
sentencepiece
numpy<2
pillow>=10.2
xformers; platform_system == "Linux"
`,
    // Packages and a pip install from GitHub: no model reference at all.
    want: [],
  },
  {
    file: "spaces/contract-qa/app.py",
    type: "space",
    text: String.raw`"""Streamlit Space: ask questions about an uploaded contract (PDF)."""

import streamlit as st
from langchain_community.document_loaders import PyPDFLoader
from langchain_community.vectorstores import FAISS
from langchain_huggingface import HuggingFaceEmbeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter
from transformers import pipeline

st.set_page_config(page_title="Contract QA", layout="wide")


@st.cache_resource
def load_models():
    embeddings = HuggingFaceEmbeddings(
        model_name="BAAI/bge-small-en-v1.5",
        encode_kwargs={"normalize_embeddings": True},
    )
    reader = pipeline(
        "question-answering",
        model="deepset/roberta-base-squad2",
        tokenizer="deepset/roberta-base-squad2",
    )
    return embeddings, reader


embeddings, reader = load_models()
uploaded = st.file_uploader("Contract (PDF)", type="pdf")
if uploaded:
    path = f"/tmp/{uploaded.name}"
    with open(path, "wb") as fh:
        fh.write(uploaded.getbuffer())
    chunks = RecursiveCharacterTextSplitter(chunk_size=800, chunk_overlap=80).split_documents(
        PyPDFLoader(path).load()
    )
    index = FAISS.from_documents(chunks, embeddings)
    index.save_local("faiss_index/contracts")
    question = st.text_input("Question", "Who may terminate the agreement?")
    if question:
        hits = index.similarity_search(question, k=4)
        context = "\n\n".join(h.page_content for h in hits)
        answer = reader(question=question, context=context)
        st.metric("Answer", answer["answer"], f"score {answer['score']:.2f}")
        with st.expander("Passages"):
            for h in hits:
                st.write(h.page_content)
st.caption("Embeddings by BAAI, reader by deepset. Repo: github.com/acme-legal/contract-qa")
`,
    want: [
      ["hf-model", "BAAI/bge-small-en-v1.5", 16],
      ["hf-model", "deepset/roberta-base-squad2", 21, undefined, "model="],
      ["hf-model", "deepset/roberta-base-squad2", 22, undefined, "tokenizer="],
    ],
  },
  // ---------------------------------------------------------------- ComfyUI / A1111 / InvokeAI (4)
  {
    file: "comfyui/workflows/sdxl_canny_lora_api.json",
    type: "diffusion-ui",
    text: String.raw`{
  "4": {
    "inputs": { "ckpt_name": "SDXL\\sd_xl_base_1.0.safetensors" },
    "class_type": "CheckpointLoaderSimple",
    "_meta": { "title": "Load Checkpoint" }
  },
  "10": {
    "inputs": { "vae_name": "sdxl_vae.safetensors" },
    "class_type": "VAELoader"
  },
  "12": {
    "inputs": {
      "lora_name": "pixel-art-xl.safetensors",
      "strength_model": 0.8,
      "strength_clip": 0.8,
      "model": ["4", 0],
      "clip": ["4", 1]
    },
    "class_type": "LoraLoader"
  },
  "15": {
    "inputs": { "control_net_name": "controlnet-canny-sdxl-1.0/diffusion_pytorch_model.fp16.safetensors" },
    "class_type": "ControlNetLoader"
  },
  "16": {
    "inputs": { "image": "reference/house_edges.png", "upload": "image" },
    "class_type": "LoadImage"
  },
  "3": {
    "inputs": {
      "seed": 421337,
      "steps": 28,
      "cfg": 6.5,
      "sampler_name": "dpmpp_2m",
      "scheduler": "karras",
      "denoise": 1,
      "model": ["12", 0],
      "positive": ["17", 0],
      "negative": ["7", 0],
      "latent_image": ["5", 0]
    },
    "class_type": "KSampler"
  },
  "9": {
    "inputs": { "filename_prefix": "canny/house", "images": ["8", 0] },
    "class_type": "SaveImage"
  }
}
`,
    // API-format workflow: file names in the user's models folders, node links like ["4", 0]; nothing
    // names a Hub repository, so nothing a gate could resolve.
    want: [],
  },
  {
    file: "comfyui/workflows/flux_dev_lora_ui.json",
    type: "diffusion-ui",
    text: `{
  "last_node_id": 14,
  "last_link_id": 19,
  "nodes": [
    {
      "id": 12,
      "type": "UNETLoader",
      "pos": [40, 120],
      "widgets_values": ["flux1-dev.safetensors", "fp8_e4m3fn"],
      "properties": {
        "Node name for S&R": "UNETLoader",
        "models": [
          {
            "name": "flux1-dev.safetensors",
            "url": "https://huggingface.co/black-forest-labs/FLUX.1-dev/resolve/main/flux1-dev.safetensors",
            "directory": "diffusion_models"
          }
        ]
      }
    },
    {
      "id": 11,
      "type": "DualCLIPLoader",
      "widgets_values": ["t5xxl_fp8_e4m3fn.safetensors", "clip_l.safetensors", "flux"],
      "properties": {
        "models": [
          {
            "name": "clip_l.safetensors",
            "url": "https://huggingface.co/comfyanonymous/flux_text_encoders/resolve/main/clip_l.safetensors?download=true",
            "directory": "text_encoders"
          }
        ]
      }
    },
    {
      "id": 13,
      "type": "LoraLoaderModelOnly",
      "widgets_values": ["flux-realism-lora.safetensors", 0.9],
      "properties": { "source": "https://civitai.com/models/631986" }
    },
    {
      "id": 14,
      "type": "Note",
      "widgets_values": ["Custom nodes: https://github.com/city96/ComfyUI-GGUF — VAE from the FLUX.1-schnell repo (Apache-2.0)."]
    }
  ],
  "links": [[19, 12, 0, 13, 0, "MODEL"]],
  "version": 0.4
}
`,
    // The download URLs of the models the workflow loads; Civitai and GitHub links are not Hub refs.
    want: [
      ["hf-model", "black-forest-labs/FLUX.1-dev", 15, "main"],
      ["hf-model", "comfyanonymous/flux_text_encoders", 29, "main"],
    ],
  },
  {
    file: "invokeai/configs/INITIAL_MODELS.yaml",
    type: "diffusion-ui",
    text: `# Starter models offered by the installer; "recommended" ones are ticked by default.
sd-1/main/stable-diffusion-v1-5:
  description: Stable Diffusion version 1.5 diffusers model (4.27 GB)
  repo_id: runwayml/stable-diffusion-v1-5
  recommended: true
sd-1/main/Deliberate:
  description: Versatile model that produces detailed images up to 768px (4.27 GB)
  path: models/sd-1/main/Deliberate_v2.safetensors
  recommended: false
sdxl/main/stable-diffusion-xl-base-1-0:
  description: Stable Diffusion XL base model (12 GB)
  repo_id: stabilityai/stable-diffusion-xl-base-1.0
  recommended: true
sdxl/vae/sdxl-vae-fp16-fix:
  description: Version of the SDXL-1.0 VAE that works in half precision mode
  repo_id: madebyollin/sdxl-vae-fp16-fix
  recommended: true
sd-1/controlnet/canny:
  repo_id: lllyasviel/control_v11p_sd15_canny
  recommended: true
sd-1/embedding/EasyNegative:
  path: https://huggingface.co/embed/EasyNegative/resolve/main/EasyNegative.safetensors
  recommended: false
sd-1/lora/LowRA:
  path: https://civitai.com/api/download/models/63006
  recommended: false
any/clip_vision/ip_adapter_sd_image_encoder:
  repo_id: InvokeAI/ip_adapter_sd_image_encoder
  recommended: false
`,
    // The "sd-1/main/..." keys are installer names, not Hub ids; repo_id values and the Hub URL are.
    want: [
      ["hf-model", "runwayml/stable-diffusion-v1-5", 4],
      ["hf-model", "stabilityai/stable-diffusion-xl-base-1.0", 12],
      ["hf-model", "madebyollin/sdxl-vae-fp16-fix", 16],
      ["hf-model", "lllyasviel/control_v11p_sd15_canny", 19],
      ["hf-model", "embed/EasyNegative", 22, "main"],
      ["hf-model", "InvokeAI/ip_adapter_sd_image_encoder", 28],
    ],
  },
  {
    file: "sd-webui/scripts/fetch_models.sh",
    type: "diffusion-ui",
    text: String.raw`#!/usr/bin/env bash
# Pulls the checkpoints this team's A1111 image expects; run once per fresh volume.
set -euo pipefail
WEBUI=/opt/stable-diffusion-webui
MODELS="$WEBUI/models"
mkdir -p "$MODELS/Stable-diffusion" "$MODELS/VAE" "$MODELS/ControlNet" "$MODELS/Lora"

wget -nc -O "$MODELS/Stable-diffusion/v1-5-pruned-emaonly.safetensors" \
  https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5/resolve/main/v1-5-pruned-emaonly.safetensors
wget -nc -O "$MODELS/VAE/vae-ft-mse-840000-ema-pruned.safetensors" \
  "https://huggingface.co/stabilityai/sd-vae-ft-mse-original/resolve/629b3ad/vae-ft-mse-840000-ema-pruned.safetensors"

# ControlNet 1.1 (openpose + depth) for the sd-webui-controlnet extension
for m in control_v11p_sd15_openpose control_v11f1p_sd15_depth; do
  wget -nc -P "$MODELS/ControlNet" "https://huggingface.co/lllyasviel/ControlNet-v1-1/resolve/main/$m.pth"
done

huggingface-cli download latent-consistency/lcm-lora-sdv1-5 pytorch_lora_weights.safetensors \
  --local-dir "$MODELS/Lora/lcm-sd15"

git clone --depth 1 https://github.com/Mikubill/sd-webui-controlnet "$WEBUI/extensions/sd-webui-controlnet"
docker pull ghcr.io/acme/sd-webui:cu121

cd "$WEBUI"
./webui.sh --xformers --api --listen \
  --ckpt "$MODELS/Stable-diffusion/v1-5-pruned-emaonly.safetensors" \
  --vae-path "$MODELS/VAE/vae-ft-mse-840000-ema-pruned.safetensors"
`,
    want: [
      ["hf-model", "stable-diffusion-v1-5/stable-diffusion-v1-5", 9, "main"],
      ["hf-model", "stabilityai/sd-vae-ft-mse-original", 11, "629b3ad"],
      ["hf-model", "lllyasviel/ControlNet-v1-1", 15, "main"],
      ["hf-model", "latent-consistency/lcm-lora-sdv1-5", 18],
    ],
  },
  // ---------------------------------------------------------------- local LLM (4)
  {
    file: "ollama/support-bot/Modelfile",
    type: "local-llm",
    text: `# Support assistant for the help desk; build with: ollama create support-bot -f Modelfile
# Earlier we used the library build (FROM llama3.1:8b-instruct-q4_K_M); the HF quant is faster on CPU.
FROM hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q5_K_M

PARAMETER temperature 0.2
PARAMETER num_ctx 8192
PARAMETER stop "<|eot_id|>"
PARAMETER stop "<|start_header_id|>"

TEMPLATE """{{ if .System }}<|start_header_id|>system<|end_header_id|>

{{ .System }}<|eot_id|>{{ end }}{{ if .Prompt }}<|start_header_id|>user<|end_header_id|>

{{ .Prompt }}<|eot_id|>{{ end }}<|start_header_id|>assistant<|end_header_id|>

{{ .Response }}<|eot_id|>"""

SYSTEM """You are the ACME help desk assistant. Answer only from the knowledge base.
If unsure, hand over to a human via the ticket form at https://help.acme.example/tickets."""

ADAPTER ./adapters/helpdesk-lora.gguf
LICENSE """Llama 3.1 Community License; see LICENSE.llama for the full text."""
MESSAGE user How do I reset my badge?
MESSAGE assistant Open the self-service portal and choose "Reset badge".
`,
    // ":Q5_K_M" is a quantization tag, not a git revision. llama3.1:8b is an Ollama library name; the
    // adapter is a local file path.
    want: [["hf-model", "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", 3]],
  },
  {
    file: "deploy/llamacpp/serve.sh",
    type: "local-llm",
    text: String.raw`#!/bin/sh
# llama.cpp server for the offline laptop fleet. Two profiles: "small" (default) and "coder".
set -eu
PROFILE="$1"
PORT=8080
CACHE_DIR="/var/cache/llama"
export LLAMA_CACHE="$CACHE_DIR"

case "$PROFILE" in
  small)
    exec llama-server \
      -hf ggml-org/gemma-3-4b-it-GGUF \
      --ctx-size 8192 --n-gpu-layers 99 --port "$PORT" --jinja
    ;;
  coder)
    exec llama-server \
      --hf-repo Qwen/Qwen2.5-Coder-7B-Instruct-GGUF \
      --hf-file qwen2.5-coder-7b-instruct-q4_k_m.gguf \
      --ctx-size 16384 --port "$PORT" \
      --model-draft /models/qwen2.5-coder-0.5b-instruct-q8_0.gguf
    ;;
  *)
    echo "unknown profile $PROFILE" >&2
    exit 2
    ;;
esac
# Built from https://github.com/ggml-org/llama.cpp (tag b4500); image ghcr.io/ggml-org/llama.cpp:server
`,
    want: [
      ["hf-model", "ggml-org/gemma-3-4b-it-GGUF", 12],
      ["hf-model", "Qwen/Qwen2.5-Coder-7B-Instruct-GGUF", 17],
    ],
  },
  {
    file: "localai/models/phi-3-mini.yaml",
    type: "local-llm",
    text: `name: phi-3-mini
# Exposed to clients under the OpenAI name so existing integrations keep working.
backend: llama-cpp
context_size: 4096
f16: true
mmap: true
parameters:
  model: huggingface://microsoft/Phi-3-mini-4k-instruct-gguf/Phi-3-mini-4k-instruct-q4.gguf
  temperature: 0.3
  top_p: 0.9
stopwords:
  - "<|end|>"
  - "<|endoftext|>"
template:
  chat_message: |
    <|{{ .RoleName }}|>
    {{ .Content }}<|end|>
  chat: |
    {{ .Input }}
    <|assistant|>
download_files:
  - filename: embeddings/nomic-embed-text-v1.5.Q8_0.gguf
    sha256: 3e24342164b3d94991ba9692fdc0dd08e3fd7362e0aacc396a9a5c54a544c3b7
    uri: https://huggingface.co/nomic-ai/nomic-embed-text-v1.5-GGUF/resolve/main/nomic-embed-text-v1.5.Q8_0.gguf
usage: |
  curl http://localhost:8080/v1/chat/completions -d '{"model": "gpt-3.5-turbo", "messages": []}'
`,
    // LocalAI's huggingface://owner/repo/file is its Hub download scheme: the repo is the reference.
    want: [
      ["hf-model", "microsoft/Phi-3-mini-4k-instruct-gguf", 8],
      ["hf-model", "nomic-ai/nomic-embed-text-v1.5-GGUF", 24, "main"],
    ],
  },
  {
    file: "tools/tgw/bootstrap.sh",
    type: "local-llm",
    text: `#!/usr/bin/env bash
# text-generation-webui on the shared GPU box: download once, then start with the API enabled.
set -e
cd /srv/text-generation-webui

# GPTQ branch with act-order and group size 32 (best quality that fits 12 GB)
python download-model.py TheBloke/Mistral-7B-Instruct-v0.2-GPTQ --branch gptq-4bit-32g-actorder_True
python download-model.py TheBloke/Mistral-7B-Instruct-v0.2-GGUF --specific-file mistral-7b-instruct-v0.2.Q4_K_M.gguf

cat > user_data/CMD_FLAGS.txt <<FLAGS
--listen --api --api-port 5005
--model TheBloke_Mistral-7B-Instruct-v0.2-GPTQ_gptq-4bit-32g-actorder_True
--loader ExLlamav2_HF
--max_seq_len 8192
FLAGS

# Characters and presets are versioned in our own repo
git -C user_data/characters pull https://github.com/acme-ml/tgw-characters main
pip install -r requirements/full/requirements.txt

./start_linux.sh
`,
    // download-model.py takes a Hub id and --branch a revision; --model names the LOCAL folder the
    // downloader created (owner_name_branch), not a Hub id.
    want: [
      ["hf-model", "TheBloke/Mistral-7B-Instruct-v0.2-GPTQ", 7, "gptq-4bit-32g-actorder_True"],
      ["hf-model", "TheBloke/Mistral-7B-Instruct-v0.2-GGUF", 8],
    ],
  },
  // ---------------------------------------------------------------- cloud / serverless (5)
  {
    file: "infra/modal/vllm_inference.py",
    type: "cloud",
    text: `import modal

MODEL_NAME = "neuralmagic/Meta-Llama-3.1-8B-Instruct-quantized.w4a16"
MODEL_REVISION = "a7c09948d9a632c2c840722f519672cd94af885d"

vllm_image = (
    modal.Image.debian_slim(python_version="3.12")
    .pip_install("vllm==0.6.3.post1", "fastapi[standard]==0.115.4")
    .env({"HF_HUB_ENABLE_HF_TRANSFER": "1"})
)
hf_cache = modal.Volume.from_name("huggingface-cache", create_if_missing=True)
app = modal.App("acme-vllm-openai")


@app.function(
    image=vllm_image,
    gpu="H100:1",
    volumes={"/root/.cache/huggingface": hf_cache},
    secrets=[modal.Secret.from_name("huggingface-secret")],
    timeout=20 * 60,
)
@modal.web_server(port=8000, startup_timeout=600)
def serve():
    import subprocess

    cmd = [
        "vllm", "serve", MODEL_NAME,
        "--revision", MODEL_REVISION,
        "--served-model-name", "llama-3.1-8b",
        "--max-model-len", "8192",
    ]
    subprocess.Popen(cmd)


@app.local_entrypoint()
def smoke():
    print("deployed; try: curl $URL/v1/models  (model name: llama-3.1-8b)")
`,
    // The module-level constants are what vllm serve loads; the revision is pinned next to it.
    want: [
      [
        "hf-model",
        "neuralmagic/Meta-Llama-3.1-8B-Instruct-quantized.w4a16",
        3,
        "a7c09948d9a632c2c840722f519672cd94af885d",
      ],
    ],
  },
  {
    file: "replicate/sdxl-turbo/cog.yaml",
    type: "cloud",
    text: `# Configuration for Cog ⚙️
build:
  gpu: true
  cuda: "12.1"
  python_version: "3.11"
  system_packages:
    - "libgl1-mesa-glx"
    - "libglib2.0-0"
  python_packages:
    - "torch==2.3.1"
    - "diffusers==0.29.2"
    - "transformers==4.42.4"
    - "accelerate==0.32.1"
  run:
    - curl -o /usr/local/bin/pget -L "https://github.com/replicate/pget/releases/download/v0.8.2/pget_linux_x86_64"
    - chmod +x /usr/local/bin/pget
predict: "predict.py:Predictor"
image: "r8.im/acme-labs/sdxl-turbo"
concurrency:
  max: 4
# weights are fetched at setup() from the mirror below (a tarball of the Hub repo)
# https://weights.replicate.delivery/default/sdxl-turbo/model.tar
`,
    want: [],
  },
  {
    file: "replicate/sdxl-turbo/predict.py",
    type: "cloud",
    text: `import os
import subprocess
import time

import torch
from cog import BasePredictor, Input, Path
from diffusers import AutoPipelineForText2Image

MODEL_CACHE = "model-cache"
WEIGHTS_URL = "https://weights.replicate.delivery/default/sdxl-turbo/model.tar"


class Predictor(BasePredictor):
    def setup(self) -> None:
        if not os.path.exists(MODEL_CACHE):
            t = time.time()
            subprocess.check_call(["pget", "-x", WEIGHTS_URL, MODEL_CACHE])
            print(f"downloaded weights in {time.time() - t:.1f}s")
        self.pipe = AutoPipelineForText2Image.from_pretrained(
            "stabilityai/sdxl-turbo",
            cache_dir=MODEL_CACHE,
            torch_dtype=torch.float16,
            variant="fp16",
        ).to("cuda")

    def predict(
        self,
        prompt: str = Input(description="Prompt", default="a cinematic shot of a raccoon"),
        steps: int = Input(description="Denoising steps", ge=1, le=4, default=1),
        seed: int = Input(description="Seed; -1 for random", default=-1),
    ) -> Path:
        if seed < 0:
            seed = int.from_bytes(os.urandom(2), "big")
        g = torch.Generator("cuda").manual_seed(seed)
        image = self.pipe(prompt, num_inference_steps=steps, guidance_scale=0.0, generator=g).images[0]
        out = Path("/tmp/out.png")
        image.save(out)
        return out
`,
    want: [["hf-model", "stabilityai/sdxl-turbo", 20]],
  },
  {
    file: "services/rerank/service.py",
    type: "cloud",
    text: `from __future__ import annotations

import bentoml
import numpy as np
from pydantic import Field

EMBED_MODEL = "mixedbread-ai/mxbai-embed-large-v1"

reranker_image = bentoml.images.PythonImage(python_version="3.11").requirements_file("requirements.txt")


@bentoml.service(
    image=reranker_image,
    resources={"gpu": 1, "gpu_type": "nvidia-l4"},
    traffic={"timeout": 30},
)
class Rerank:
    reranker_ref = bentoml.models.HuggingFaceModel("BAAI/bge-reranker-v2-m3")

    def __init__(self) -> None:
        from FlagEmbedding import FlagReranker
        from sentence_transformers import SentenceTransformer

        self.reranker = FlagReranker(self.reranker_ref, use_fp16=True)
        self.embedder = SentenceTransformer(EMBED_MODEL, device="cuda")

    @bentoml.api(batchable=True, max_batch_size=64)
    def embed(self, texts: list[str]) -> np.ndarray:
        return self.embedder.encode(texts, normalize_embeddings=True)

    @bentoml.api
    def rerank(self, query: str, docs: list[str] = Field(max_length=200)) -> list[float]:
        return self.reranker.compute_score([[query, d] for d in docs], normalize=True)


# bentoml deploy . -n acme-rerank --cluster us-east  (bento tag: rerank:latest)
`,
    want: [
      ["hf-model", "mixedbread-ai/mxbai-embed-large-v1", 7],
      ["hf-model", "BAAI/bge-reranker-v2-m3", 18],
    ],
  },
  {
    file: "deploy/ray/serve-llm.yaml",
    type: "cloud",
    text: `# Ray Serve LLM config (ray[serve,llm]>=2.44); apply with: serve deploy deploy/ray/serve-llm.yaml
applications:
  - name: llm-app
    route_prefix: /
    import_path: ray.serve.llm:build_openai_app
    args:
      llm_configs:
        - model_loading_config:
            model_id: qwen-small
            model_source: Qwen/Qwen2.5-1.5B-Instruct
          accelerator_type: A10G
          deployment_config:
            autoscaling_config:
              min_replicas: 1
              max_replicas: 4
          engine_kwargs:
            max_model_len: 8192
        - model_loading_config:
            model_id: embedder
            model_source: s3://acme-models/bge-m3/
          runtime_env:
            env_vars:
              HF_HUB_OFFLINE: "1"
          engine_kwargs:
            task: embed
            tokenizer: BAAI/bge-m3
http_options:
  host: 0.0.0.0
  port: 8000
`,
    // model_id here is the served alias clients ask for, model_source the weights; the tokenizer
    // is taken from the Hub even though the weights sit in S3.
    want: [
      ["hf-model", "Qwen/Qwen2.5-1.5B-Instruct", 10],
      ["hf-model", "BAAI/bge-m3", 26],
    ],
  },
  // ---------------------------------------------------------------- Kaggle / Colab notebooks (5)
  {
    file: "notebooks/kaggle-llm-science-qlora.ipynb",
    type: "notebook",
    text: ipynb([
      {
        md: "# QLoRA fine-tune for the science MCQ competition\nInputs come from the competition data; the base model from the Hub.",
      },
      {
        code: `!pip install -q -U bitsandbytes peft trl datasets
import pandas as pd
import torch
from datasets import Dataset, load_dataset
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig
from trl import SFTConfig, SFTTrainer`,
      },
      {
        code: `train_df = pd.read_csv("/kaggle/input/kaggle-llm-science-exam/train.csv")
extra = load_dataset("allenai/sciq", split="train")
wiki = load_dataset("parquet", data_files="/kaggle/input/wiki-stem-270k/*.parquet", split="train")
print(len(train_df), len(extra), len(wiki))`,
      },
      {
        code: `base = "mistralai/Mistral-7B-v0.1"
bnb = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_compute_dtype=torch.bfloat16, bnb_4bit_quant_type="nf4")
tok = AutoTokenizer.from_pretrained(base)
tok.pad_token = tok.eos_token
model = AutoModelForCausalLM.from_pretrained(base, quantization_config=bnb, device_map="auto")`,
      },
      {
        code: `args = SFTConfig(
    output_dir="/kaggle/working/mistral-sciq-qlora",
    per_device_train_batch_size=2,
    gradient_accumulation_steps=8,
    learning_rate=2e-4,
    num_train_epochs=1,
    report_to="wandb",
    run_name="acme/llm-science-exam",
    hub_model_id="acme-kaggle/mistral-7b-sciq-qlora",
    push_to_hub=False,
)
trainer = SFTTrainer(model=model, args=args, train_dataset=Dataset.from_pandas(train_df),
                     peft_config=LoraConfig(r=16, lora_alpha=32, task_type="CAUSAL_LM"))
trainer.train()`,
      },
    ]),
    // hub_model_id is where the run would be pushed (an output), and run_name a W&B run.
    want: [
      ["hf-dataset", "allenai/sciq", 33],
      ["hf-model", "mistralai/Mistral-7B-v0.1", 44],
    ],
  },
  {
    file: "notebooks/colab_whisper_subtitles.ipynb",
    type: "notebook",
    text: ipynb([
      { md: "## Subtitles for a lecture video\nOpen in Colab, choose a T4 runtime, run all." },
      { code: "!pip -q install transformers accelerate yt-dlp\n!apt -qq install -y ffmpeg" },
      {
        code: `import torch
from transformers import AutoModelForSpeechSeq2Seq, AutoProcessor, pipeline

model_id = "openai/whisper-large-v3-turbo"
model = AutoModelForSpeechSeq2Seq.from_pretrained(
    model_id, torch_dtype=torch.float16, low_cpu_mem_usage=True, use_safetensors=True
).to("cuda")
processor = AutoProcessor.from_pretrained(model_id)
asr = pipeline("automatic-speech-recognition", model=model, tokenizer=processor.tokenizer,
               feature_extractor=processor.feature_extractor, torch_dtype=torch.float16, device="cuda")`,
      },
      {
        code: `!yt-dlp -x --audio-format mp3 -o lecture.mp3 "https://www.youtube.com/watch?v=aircAruvnKk"
result = asr("lecture.mp3", return_timestamps=True, generate_kwargs={"language": "english"})`,
      },
      {
        code: String.raw`punct = pipeline("token-classification", model="oliverguhr/fullstop-punctuation-multilang-large")
from google.colab import drive
drive.mount("/content/drive")
with open("/content/drive/MyDrive/subs/lecture.srt", "w") as f:
    for i, ch in enumerate(result["chunks"], 1):
        f.write(f"{i}\n{ch['timestamp']}\n{ch['text'].strip()}\n\n")`,
      },
    ]),
    want: [
      ["hf-model", "openai/whisper-large-v3-turbo", 30],
      ["hf-model", "oliverguhr/fullstop-punctuation-multilang-large", 55],
    ],
  },
  {
    file: "notebooks/controlnet_depth_colab.ipynb",
    type: "notebook",
    text: ipynb([
      { md: "# Depth-guided interior redesign\nModels: SD 1.5 + ControlNet depth + DPT depth estimator." },
      { code: "%pip install -q diffusers transformers accelerate controlnet_aux" },
      {
        code: `import torch
from diffusers import ControlNetModel, StableDiffusionControlNetPipeline, UniPCMultistepScheduler
from diffusers.utils import load_image
from transformers import pipeline

depth = pipeline("depth-estimation", model="Intel/dpt-hybrid-midas")
controlnet = ControlNetModel.from_pretrained("lllyasviel/sd-controlnet-depth", torch_dtype=torch.float16)
pipe = StableDiffusionControlNetPipeline.from_pretrained(
    "stable-diffusion-v1-5/stable-diffusion-v1-5",
    controlnet=controlnet,
    safety_checker=None,
    torch_dtype=torch.float16,
)
pipe.scheduler = UniPCMultistepScheduler.from_config(pipe.scheduler.config)
pipe.enable_model_cpu_offload()`,
      },
      {
        code: `room = load_image("https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/diffusers/input_image_vermeer.png")
room = load_image("/content/living_room.jpg")
d = depth(room)["depth"]
out = pipe("scandinavian living room, soft light", image=d, num_inference_steps=25).images[0]
out.save("/content/outputs/room_scandi.png")`,
      },
    ]),
    // The example image is fetched from a Hub dataset repo: the dataset's license governs that image.
    want: [
      ["hf-model", "Intel/dpt-hybrid-midas", 31],
      ["hf-model", "lllyasviel/sd-controlnet-depth", 32],
      ["hf-model", "stable-diffusion-v1-5/stable-diffusion-v1-5", 34],
      ["hf-dataset", "huggingface/documentation-images", 49, "main"],
    ],
  },
  {
    file: "notebooks/kaggle-essay-embeddings.ipynb",
    type: "notebook",
    text: ipynb([
      {
        md: "Offline inference: internet is off in this competition, so models come from attached Kaggle datasets.",
      },
      {
        code: `import numpy as np
import pandas as pd
from sentence_transformers import SentenceTransformer
from sklearn.linear_model import Ridge

test = pd.read_csv("/kaggle/input/learning-agency-lab-automated-essay-scoring-2/test.csv")
# attached dataset: a copy of sentence-transformers/all-mpnet-base-v2 uploaded to Kaggle
st_model = SentenceTransformer("/kaggle/input/all-mpnet-base-v2/all-mpnet-base-v2")`,
      },
      {
        code: `# the online version of the notebook (for the CV score) loads from the Hub instead
if not IS_OFFLINE:
    st_model = SentenceTransformer("all-MiniLM-L12-v2")
emb = st_model.encode(test["full_text"].tolist(), batch_size=64, show_progress_bar=True)`,
      },
      {
        code: `import joblib
ridge: Ridge = joblib.load("/kaggle/input/aes-ridge-head/ridge.pkl")
preds = np.clip(np.rint(ridge.predict(emb)), 1, 6).astype(int)
pd.DataFrame({"essay_id": test["essay_id"], "score": preds}).to_csv("submission.csv", index=False)`,
      },
    ]),
    // The offline model is a local path (a Kaggle dataset mount); the id in the comment is prose. The
    // bare SentenceTransformer name means sentence-transformers/all-MiniLM-L12-v2.
    want: [["hf-model", "sentence-transformers/all-MiniLM-L12-v2", 34, undefined, "all-MiniLM-L12-v2"]],
  },
  {
    file: "notebooks/colab_gguf_chat.ipynb",
    type: "notebook",
    text: ipynb([
      {
        md: "# Chat with a 3B model on the free CPU runtime\nUses llama-cpp-python and a Q4 GGUF from the Hub.",
      },
      { code: '!CMAKE_ARGS="-DGGML_BLAS=ON" pip install -q llama-cpp-python==0.3.2 huggingface_hub' },
      {
        code: `from llama_cpp import Llama

llm = Llama.from_pretrained(
    repo_id="Qwen/Qwen2.5-3B-Instruct-GGUF",
    filename="qwen2.5-3b-instruct-q4_k_m.gguf",
    n_ctx=4096,
    verbose=False,
)`,
      },
      {
        code: `from huggingface_hub import hf_hub_download
grammar_path = hf_hub_download(
    repo_id="acme-colab/json-grammars",
    repo_type="dataset",
    filename="json.gbnf",
)
history = [{"role": "system", "content": "Answer in JSON."}]
history.append({"role": "user", "content": "List three Nordic capitals."})
print(llm.create_chat_completion(messages=history)["choices"][0]["message"]["content"])`,
      },
    ]),
    // repo_type="dataset" makes the second download a dataset reference.
    want: [
      ["hf-model", "Qwen/Qwen2.5-3B-Instruct-GGUF", 29],
      ["hf-dataset", "acme-colab/json-grammars", 44],
    ],
  },
  // ---------------------------------------------------------------- agent / RAG frameworks (5)
  {
    file: "agents/research_graph.py",
    type: "agent",
    text: `"""LangGraph research agent: a cheap local router, a hosted writer, a Hub-hosted fallback."""

from typing import Annotated, TypedDict

from langchain_huggingface import ChatHuggingFace, HuggingFaceEndpoint
from langchain_ollama import ChatOllama
from langchain_openai import ChatOpenAI
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import add_messages


class State(TypedDict):
    messages: Annotated[list, add_messages]
    route: str


router = ChatOllama(model="llama3.2:3b", temperature=0)
writer = ChatOpenAI(model="gpt-4o-mini", temperature=0.4)
fallback = ChatHuggingFace(
    llm=HuggingFaceEndpoint(
        repo_id="HuggingFaceH4/zephyr-7b-beta",
        task="text-generation",
        max_new_tokens=512,
    )
)


def route(state: State) -> State:
    verdict = router.invoke(state["messages"][-1:]).content.strip().lower()
    return {"messages": [], "route": "write" if "write" in verdict else "fallback"}


def write(state: State) -> State:
    return {"messages": [writer.invoke(state["messages"])], "route": "done"}


def fall_back(state: State) -> State:
    return {"messages": [fallback.invoke(state["messages"])], "route": "done"}


graph = StateGraph(State)
graph.add_node("route", route)
graph.add_node("write", write)
graph.add_node("fallback", fall_back)
graph.add_edge(START, "route")
graph.add_conditional_edges("route", lambda s: s["route"], {"write": "write", "fallback": "fallback"})
graph.add_edge("write", END)
graph.add_edge("fallback", END)
app = graph.compile()
`,
    // llama3.2:3b is an Ollama library tag, gpt-4o-mini a hosted API model: no Hub weights either way.
    want: [["hf-model", "HuggingFaceH4/zephyr-7b-beta", 21]],
  },
  {
    file: "crews/market_report/crew.py",
    type: "agent",
    text: `from crewai import LLM, Agent, Crew, Process, Task
from crewai_tools import ScrapeWebsiteTool, SerperDevTool

# Analysts run on a Hub model through the serverless Inference API; the editor on Anthropic.
analyst_llm = LLM(
    model="huggingface/meta-llama/Llama-3.3-70B-Instruct",
    temperature=0.2,
)
editor_llm = LLM(model="anthropic/claude-3-5-sonnet-20241022", max_tokens=4096)
local_llm = LLM(model="ollama/mistral-nemo", base_url="http://localhost:11434")

researcher = Agent(
    role="Market researcher",
    goal="Collect recent facts about {sector} in {region}",
    backstory="Ten years at a sell-side research desk.",
    tools=[SerperDevTool(), ScrapeWebsiteTool()],
    llm=analyst_llm,
)
editor = Agent(
    role="Editor",
    goal="Turn the notes into a two-page brief",
    backstory="Former business-desk editor.",
    llm=editor_llm,
)
notes = Task(description="Research {sector} in {region}.", expected_output="Bullet notes", agent=researcher)
brief = Task(description="Write the brief.", expected_output="Markdown", agent=editor,
             output_file="reports/brief.md")

crew = Crew(agents=[researcher, editor], tasks=[notes, brief], process=Process.sequential,
            embedder={"provider": "huggingface", "config": {"model": "sentence-transformers/all-MiniLM-L6-v2"}})

if __name__ == "__main__":
    print(crew.kickoff(inputs={"sector": "heat pumps", "region": "Nordics"}))
`,
    // LiteLLM's "huggingface/<owner>/<name>" runs that Hub model; "anthropic/..." and "ollama/..." are
    // provider-prefixed hosted or local names with no Hub repository.
    want: [
      ["hf-model", "meta-llama/Llama-3.3-70B-Instruct", 6],
      ["hf-model", "sentence-transformers/all-MiniLM-L6-v2", 30],
    ],
  },
  {
    file: "agents/smol_data_agent.py",
    type: "agent",
    text: `import os

from smolagents import (
    CodeAgent,
    DuckDuckGoSearchTool,
    InferenceClientModel,
    LiteLLMModel,
    TransformersModel,
    VisitWebpageTool,
)

BACKEND = os.getenv("AGENT_BACKEND", "hub")

if BACKEND == "hub":
    model = InferenceClientModel(model_id="Qwen/Qwen2.5-Coder-32B-Instruct", provider="together")
elif BACKEND == "local":
    model = TransformersModel(model_id="HuggingFaceTB/SmolLM2-1.7B-Instruct", device_map="auto", max_new_tokens=2048)
else:
    model = LiteLLMModel(model_id="gemini/gemini-2.0-flash", api_key=os.environ["GEMINI_API_KEY"])

agent = CodeAgent(
    tools=[DuckDuckGoSearchTool(), VisitWebpageTool()],
    model=model,
    additional_authorized_imports=["pandas", "numpy", "matplotlib.pyplot"],
    max_steps=12,
)

if __name__ == "__main__":
    agent.push_to_hub("acme-agents/data-analyst")  # an output repo, published by us
    question = "Which EU country had the largest solar capacity growth in 2023? Show a chart."
    print(agent.run(question))
`,
    want: [
      ["hf-model", "Qwen/Qwen2.5-Coder-32B-Instruct", 15],
      ["hf-model", "HuggingFaceTB/SmolLM2-1.7B-Instruct", 17],
    ],
  },
  {
    file: "rag/dspy_program.py",
    type: "agent",
    text: `import dspy
from dspy.retrieve.qdrant_rm import QdrantRM
from qdrant_client import QdrantClient

# Teacher is hosted; the student we ship runs on our vLLM box (OpenAI-compatible).
teacher = dspy.LM("openai/gpt-4o", temperature=0.0, max_tokens=1000)
student = dspy.LM(
    "openai/meta-llama/Llama-3.1-8B-Instruct",
    api_base="http://vllm.internal:8000/v1",
    api_key="local",
)
qdrant = QdrantClient(url="http://qdrant.internal:6333")
retriever = QdrantRM("handbook", qdrant, k=5)
dspy.configure(lm=student, rm=retriever)


class Answer(dspy.Signature):
    """Answer employee questions from the handbook, citing sections."""

    context: list[str] = dspy.InputField()
    question: str = dspy.InputField()
    answer: str = dspy.OutputField()


class RAG(dspy.Module):
    def __init__(self):
        self.respond = dspy.ChainOfThought(Answer)

    def forward(self, question: str):
        return self.respond(context=retriever(question).passages, question=question)


trainset = [dspy.Example(question=q, answer=a).with_inputs("question") for q, a in []]
optimizer = dspy.MIPROv2(metric=dspy.evaluate.SemanticF1(), teacher_settings={"lm": teacher}, auto="light")
compiled = optimizer.compile(RAG(), trainset=trainset)
compiled.save("artifacts/rag_compiled.json")
`,
    // "openai/<hub id>" against our own vLLM: the weights served are the Hub model, and it is what we
    // ship, so a user wants its license checked. "openai/gpt-4o" is a hosted API model.
    want: [["hf-model", "meta-llama/Llama-3.1-8B-Instruct", 8]],
  },
  {
    file: "rag/pipelines/indexing.yaml",
    type: "agent",
    text: `components:
  converter:
    type: haystack.components.converters.pypdf.PyPDFToDocument
    init_parameters: {}
  splitter:
    type: haystack.components.preprocessors.document_splitter.DocumentSplitter
    init_parameters:
      split_by: word
      split_length: 200
      split_overlap: 20
  embedder:
    type: haystack.components.embedders.sentence_transformers_document_embedder.SentenceTransformersDocumentEmbedder
    init_parameters:
      model: intfloat/multilingual-e5-base
      prefix: "passage: "
      batch_size: 32
  writer:
    type: haystack.components.writers.document_writer.DocumentWriter
    init_parameters:
      document_store:
        type: haystack_integrations.document_stores.qdrant.document_store.QdrantDocumentStore
        init_parameters:
          url: http://qdrant:6333
          index: handbook
          embedding_dim: 768
  ranker:
    type: haystack.components.rankers.transformers_similarity.TransformersSimilarityRanker
    init_parameters:
      model: cross-encoder/ms-marco-MiniLM-L-6-v2
      top_k: 5
connections:
  - sender: converter.documents
    receiver: splitter.documents
  - sender: splitter.documents
    receiver: embedder.documents
  - sender: embedder.documents
    receiver: writer.documents
max_runs_per_component: 100
metadata: {}
`,
    // "type:" values are Python import paths, not models.
    want: [
      ["hf-model", "intfloat/multilingual-e5-base", 14],
      ["hf-model", "cross-encoder/ms-marco-MiniLM-L-6-v2", 29],
    ],
  },
  // ---------------------------------------------------------------- evaluation harnesses (4)
  {
    file: "eval/tasks/legal_mcq/legal_mcq.yaml",
    type: "eval",
    text: String.raw`task: legal_mcq
tag:
  - acme_legal
dataset_path: lex-glue/case_hold
dataset_name: null
test_split: test
validation_split: validation
fewshot_split: train
num_fewshot: 5
output_type: multiple_choice
doc_to_text: "{{context}}\nWhich holding applies?\nAnswer:"
doc_to_choice: "{{endings}}"
doc_to_target: label
metric_list:
  - metric: acc
    aggregation: mean
    higher_is_better: true
  - metric: acc_norm
    aggregation: mean
    higher_is_better: true
metadata:
  version: 1.0
# run: lm_eval --model hf \
#   --model_args pretrained=acme/legal-7b,revision=v0.3 --tasks legal_mcq --output_path results/
`,
    // dataset_path is the Hub dataset the task reads. The run command sits in a YAML comment: a usage
    // hint, not something this file makes anyone load.
    want: [["hf-dataset", "lex-glue/case_hold", 4]],
  },
  {
    file: "eval/opencompass/eval_chat_models.py",
    type: "eval",
    text: `from mmengine.config import read_base
from opencompass.models import HuggingFacewithChatTemplate, OpenAISDK

with read_base():
    from opencompass.configs.datasets.gsm8k.gsm8k_gen import gsm8k_datasets
    from opencompass.configs.datasets.mmlu.mmlu_gen import mmlu_datasets

datasets = [*gsm8k_datasets, *mmlu_datasets]

models = [
    dict(
        type=HuggingFacewithChatTemplate,
        abbr="internlm2_5-7b-chat-hf",
        path="internlm/internlm2_5-7b-chat",
        max_out_len=1024,
        batch_size=8,
        run_cfg=dict(num_gpus=1),
    ),
    dict(
        type=HuggingFacewithChatTemplate,
        abbr="ours-sft-step3000",
        path="/mnt/ckpt/ours-sft/step-3000",
        tokenizer_path="Qwen/Qwen2.5-7B-Instruct",
        max_out_len=1024,
        batch_size=8,
        run_cfg=dict(num_gpus=1),
    ),
    dict(
        type=OpenAISDK,
        abbr="deepseek-v3-api",
        path="deepseek-chat",
        openai_api_base="https://api.deepseek.com/v1",
        key="ENV",
        max_out_len=2048,
    ),
]
work_dir = "outputs/chat_eval"
`,
    // OpenCompass's "path" is a Hub id or a local folder; "deepseek-chat" is an API model name.
    want: [
      ["hf-model", "internlm/internlm2_5-7b-chat", 14],
      ["hf-model", "Qwen/Qwen2.5-7B-Instruct", 23],
    ],
  },
  {
    file: "eval/lighteval/model_config.yaml",
    type: "eval",
    text: `# lighteval accelerate eval/lighteval/model_config.yaml "leaderboard|arc:challenge|25|0"
model_parameters:
  model_name: "HuggingFaceTB/SmolLM2-1.7B-Instruct"
  revision: "31b70e2e869a7173562077fd711b654946d38674"
  dtype: "bfloat16"
  compile: false
  batch_size: 16
  use_chat_template: true
  generation_parameters:
    temperature: 0.0
    max_new_tokens: 256
  # judge for the open-ended tasks (hosted)
  judge_model: "gpt-4o-2024-08-06"
output:
  output_dir: "results/smollm2"
  push_to_hub: true
  results_org: "acme-evals"
  save_details: true
custom_tasks: "eval/lighteval/custom_tasks.py"
dataset_loading_processes: 4
`,
    // The revision sits on its own key right under the model it pins.
    want: [
      ["hf-model", "HuggingFaceTB/SmolLM2-1.7B-Instruct", 3, "31b70e2e869a7173562077fd711b654946d38674"],
    ],
  },
  {
    file: "eval/mteb/run_retrieval.py",
    type: "eval",
    text: `"""Retrieval benchmark of the candidate embedders on the Nordic subset of MTEB."""

import argparse

import mteb
from sentence_transformers import SentenceTransformer

CANDIDATES = [
    "intfloat/multilingual-e5-large-instruct",
    "Alibaba-NLP/gte-multilingual-base",
]

parser = argparse.ArgumentParser()
parser.add_argument("--output", default="results/mteb-nordic")
parser.add_argument("--include-ours", action="store_true")
args = parser.parse_args()

tasks = mteb.get_tasks(task_types=["Retrieval"], languages=["dan", "nob", "swe"])
evaluation = mteb.MTEB(tasks=tasks)

for name in CANDIDATES:
    model = mteb.get_model(name)
    evaluation.run(model, output_folder=args.output)

if args.include_ours:
    ours = SentenceTransformer("checkpoints/nordic-embed-v2", trust_remote_code=True)
    evaluation.run(ours, output_folder=args.output, overwrite_results=True)

baseline = SentenceTransformer("paraphrase-multilingual-MiniLM-L12-v2")
evaluation.run(baseline, output_folder=args.output)
print("leaderboard: https://huggingface.co/spaces/mteb/leaderboard")
`,
    want: [
      ["hf-model", "intfloat/multilingual-e5-large-instruct", 9],
      ["hf-model", "Alibaba-NLP/gte-multilingual-base", 10],
      [
        "hf-model",
        "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
        29,
        undefined,
        "paraphrase-multilingual-MiniLM-L12-v2",
      ],
    ],
  },
  // ---------------------------------------------------------------- data processing (4)
  {
    file: "data/nordic-instruct/README.md",
    type: "data",
    text: `---
license: cc-by-sa-4.0
language:
  - da
  - sv
  - nb
task_categories:
  - text-generation
size_categories:
  - 10K<n<100K
source_datasets:
  - CohereForAI/aya_dataset
configs:
  - config_name: default
    data_files:
      - split: train
        path: data/train-*.parquet
pretty_name: Nordic Instruct
---

# Nordic Instruct

Instruction pairs in Danish, Swedish and Norwegian Bokmål. Seeds were drawn from the Nordic
portion of [Aya](https://huggingface.co/datasets/CohereForAI/aya_dataset) and rewritten by
[Llama 3.1 70B Instruct](https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct); outputs of that
model are subject to its license.

## Building it
Run scripts/build.py (reads gs://acme-data/nordic/raw/, writes data/). Quality filters follow
https://github.com/huggingface/datatrove. Issues: https://github.com/acme-ml/nordic-instruct/issues.
`,
    // source_datasets names the dataset this one derives from; the generator model's license binds
    // the outputs, so both links are references a reviewer wants.
    want: [
      ["hf-dataset", "CohereForAI/aya_dataset", 12, undefined, "  - CohereForAI"],
      ["hf-dataset", "CohereForAI/aya_dataset", 24, undefined, "[Aya]"],
      ["hf-model", "meta-llama/Llama-3.1-70B-Instruct", 25],
    ],
  },
  {
    file: "data/pipelines/fineweb_edu_filter.py",
    type: "data",
    text: `from datatrove.executor import SlurmPipelineExecutor
from datatrove.pipeline.filters import LanguageFilter, LambdaFilter
from datatrove.pipeline.readers import HuggingFaceDatasetReader
from datatrove.pipeline.tokens import DocumentTokenizer
from datatrove.pipeline.writers import ParquetWriter

OUT = "s3://acme-pretrain/fineweb-edu-nordic"

pipeline = [
    HuggingFaceDatasetReader(
        "HuggingFaceFW/fineweb-2",
        dataset_options={"name": "dan_Latn", "split": "train"},
        streaming=True,
        limit=5_000_000,
    ),
    LanguageFilter(languages=["da"], language_threshold=0.8),
    LambdaFilter(lambda doc: doc.metadata.get("score", 0) >= 3),
    ParquetWriter(f"{OUT}/filtered"),
    DocumentTokenizer(
        output_folder=f"{OUT}/tokenized",
        tokenizer_name_or_path="meta-llama/Llama-3.2-1B",
        eos_token="<|end_of_text|>",
    ),
]

executor = SlurmPipelineExecutor(
    job_name="fw2-dan",
    pipeline=pipeline,
    tasks=256,
    time="12:00:00",
    partition="cpu",
    logging_dir=f"{OUT}/logs",
    sbatch_args={"account": "acme-ml"},
)

if __name__ == "__main__":
    executor.run()
`,
    want: [
      ["hf-dataset", "HuggingFaceFW/fineweb-2", 11],
      ["hf-model", "meta-llama/Llama-3.2-1B", 21],
    ],
  },
  {
    file: "data/dolma/tokenize_mix.yaml",
    type: "data",
    text: `# dolma tokens -c data/dolma/tokenize_mix.yaml
destination: s3://acme-pretrain/tokenized/mix-v3
documents:
  - s3://acme-pretrain/dedup/web/*.json.gz
  - s3://acme-pretrain/dedup/code/*.json.gz
  - /mnt/shared/wiki-nordic/*.json.gz
processes: 64
seed: 3920
max_size: 1073741824
dtype: uint32
tokenizer:
  name_or_path: allenai/dolma2-tokenizer
  bos_token_id: null
  eos_token_id: 100257
  pad_token_id: 100277
  segment_before_tokenization: false
work_dir:
  input: /tmp/dolma/input
  output: /tmp/dolma/output
# the mixer config (data/dolma/mix.yaml) sets weights: web 0.7, code 0.2, wiki 0.1
`,
    // The tokenizer is loaded from the Hub repository named under tokenizer:.
    want: [["hf-model", "allenai/dolma2-tokenizer", 12]],
  },
  {
    file: "recipes/sft/mix_nordic.yaml",
    type: "data",
    text: `# open-instruct style SFT recipe: the keys of dataset_mixer are Hub datasets, the values fractions
model_name_or_path: meta-llama/Llama-3.1-8B
tokenizer_name: meta-llama/Llama-3.1-8B
use_flash_attn: true
dataset_mixer:
  allenai/tulu-3-sft-mixture: 0.5
  HuggingFaceH4/no_robots: 1.0
  acme-data/nordic-instruct: 1.0
dataset_mix_dir: output/mixes/nordic-v1
max_seq_length: 4096
preprocessing_num_workers: 16
per_device_train_batch_size: 1
gradient_accumulation_steps: 16
learning_rate: 5.0e-06
num_train_epochs: 2
output_dir: output/llama31-8b-nordic-sft
with_tracking: true
report_to:
  - wandb
wandb_entity: acme-ml
hf_entity: acme-ml
hf_repo_id: acme-ml/llama31-8b-nordic-sft
push_to_hub: false
`,
    // The mixer keys are the datasets trained on; hf_repo_id is where the result would be pushed.
    want: [
      ["hf-model", "meta-llama/Llama-3.1-8B", 2, undefined, "model_name_or_path"],
      ["hf-model", "meta-llama/Llama-3.1-8B", 3, undefined, "tokenizer_name"],
      ["hf-dataset", "allenai/tulu-3-sft-mixture", 6],
      ["hf-dataset", "HuggingFaceH4/no_robots", 7],
      ["hf-dataset", "acme-data/nordic-instruct", 8],
    ],
  },
  // ---------------------------------------------------------------- files of my choice (5)
  {
    file: "sky/serve-mixtral.yaml",
    type: "choice",
    text: String.raw`# sky serve up sky/serve-mixtral.yaml -n mixtral
envs:
  MODEL_NAME: mistralai/Mixtral-8x7B-Instruct-v0.1
  HF_TOKEN: null # passed with --env HF_TOKEN
  SERVED_NAME: mixtral

service:
  readiness_probe:
    path: /v1/models
    initial_delay_seconds: 1200
  replica_policy:
    min_replicas: 1
    max_replicas: 3
    target_qps_per_replica: 2.5

resources:
  accelerators: {L40S:4, A100-80GB:2}
  ports: 8000
  disk_size: 512
  image_id: docker:vllm/vllm-openai:v0.6.4

setup: |
  pip list | grep vllm

run: |
  python -m vllm.entrypoints.openai.api_server \
    --host 0.0.0.0 --port 8000 \
    --model $MODEL_NAME --served-model-name $SERVED_NAME \
    --tensor-parallel-size $SKYPILOT_NUM_GPUS_PER_NODE \
    --max-model-len 16384
`,
    // The env var holds the model the run command serves: its value is the reference.
    want: [["hf-model", "mistralai/Mixtral-8x7B-Instruct-v0.1", 3]],
  },
  {
    file: "runpod/worker/handler.py",
    type: "choice",
    text: `"""RunPod serverless worker: diarized transcription."""

import os

import runpod
import torch
from faster_whisper import WhisperModel
from pyannote.audio import Pipeline

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
WHISPER_SIZE = os.environ.get("WHISPER_SIZE", "large-v3")
whisper = WhisperModel(WHISPER_SIZE, device=DEVICE, compute_type="float16")
diarizer = Pipeline.from_pretrained(
    "pyannote/speaker-diarization-3.1",
    use_auth_token=os.environ["HF_TOKEN"],
).to(torch.device(DEVICE))


def handler(job):
    inp = job["input"]
    audio = inp["audio_path"]  # mounted network volume, e.g. /runpod-volume/calls/123.wav
    segments, info = whisper.transcribe(audio, beam_size=5, vad_filter=True)
    turns = diarizer(audio)
    words = [{"start": s.start, "end": s.end, "text": s.text} for s in segments]
    speakers = [
        {"start": t.start, "end": t.end, "speaker": spk}
        for t, _, spk in turns.itertracks(yield_label=True)
    ]
    return {"language": info.language, "segments": words, "speakers": speakers}


runpod.serverless.start({"handler": handler})
# image: runpod/worker-faster_whisper:1.0.10 (base), ours: ghcr.io/acme-ml/diarize-worker
`,
    // faster-whisper's size name is ambiguous here (a variable with an env default); I count only the
    // pyannote pipeline, which is unambiguous. A user might also expect Systran/faster-whisper-large-v3,
    // but the id is held in a variable that the environment may override.
    want: [["hf-model", "pyannote/speaker-diarization-3.1", 14]],
  },
  {
    file: ".github/workflows/nightly-eval.yml",
    type: "choice",
    text: String.raw`name: nightly-eval
on:
  schedule:
    - cron: "0 3 * * *"
  workflow_dispatch:

jobs:
  eval:
    runs-on: [self-hosted, gpu]
    container:
      image: nvcr.io/nvidia/pytorch:24.08-py3
    env:
      HF_HOME: /cache/hf
    steps:
      - uses: actions/checkout@v4
      - uses: actions/cache@v4
        with:
          path: /cache/hf
          key: hf-cache-v2
      - name: Fetch candidate and judge
        run: |
          pip install -U "huggingface_hub[cli]" lm-eval==0.4.5
          huggingface-cli download acme-ml/llama31-8b-nordic-sft --revision rc-2024-11-02
          huggingface-cli download prometheus-eval/prometheus-7b-v2.0
          huggingface-cli download --repo-type dataset acme-data/nordic-eval-suite
      - name: Run
        run: |
          lm_eval --model hf \
            --model_args pretrained=acme-ml/llama31-8b-nordic-sft,revision=rc-2024-11-02,dtype=bfloat16 \
            --tasks arc_challenge,hellaswag --batch_size auto --output_path out/
      - uses: actions/upload-artifact@v4
        with:
          name: eval-results
          path: out/
`,
    // Here the candidate is pulled and evaluated (a real run, not a comment), with a pinned revision.
    want: [
      ["hf-model", "acme-ml/llama31-8b-nordic-sft", 23, "rc-2024-11-02", "huggingface-cli download acme-ml"],
      ["hf-model", "prometheus-eval/prometheus-7b-v2.0", 24],
      ["hf-dataset", "acme-data/nordic-eval-suite", 25],
      ["hf-model", "acme-ml/llama31-8b-nordic-sft", 29, "rc-2024-11-02", "pretrained="],
    ],
  },
  {
    file: "k8s/tgi/deployment.yaml",
    type: "choice",
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: tgi-zephyr
  labels: {app: tgi-zephyr}
spec:
  replicas: 2
  selector:
    matchLabels: {app: tgi-zephyr}
  template:
    metadata:
      labels: {app: tgi-zephyr}
    spec:
      containers:
        - name: tgi
          image: ghcr.io/huggingface/text-generation-inference:2.4.0
          args:
            - "--model-id"
            - "HuggingFaceH4/zephyr-7b-beta"
            - "--revision"
            - "892b3d7a7b1cf10c7a701c60881cd93df615734c"
            - "--max-input-tokens"
            - "4096"
          env:
            - name: HF_TOKEN
              valueFrom:
                secretKeyRef: {name: hf-token, key: token}
          ports:
            - containerPort: 80
          resources:
            limits: {nvidia.com/gpu: 1}
          volumeMounts:
            - {name: data, mountPath: /data}
      volumes:
        - name: data
          persistentVolumeClaim: {claimName: tgi-cache}
`,
    // Command-line flags written as YAML list items: --model-id's value on the next item.
    want: [["hf-model", "HuggingFaceH4/zephyr-7b-beta", 19, "892b3d7a7b1cf10c7a701c60881cd93df615734c"]],
  },
  {
    file: "compose/rag-stack.yml",
    type: "choice",
    text: `services:
  llm:
    image: vllm/vllm-openai:v0.6.3
    command: >
      --model Qwen/Qwen2.5-14B-Instruct-AWQ
      --quantization awq
      --max-model-len 16384
    ports: ["8000:8000"]
    volumes: ["hf-cache:/root/.cache/huggingface"]
    deploy:
      resources:
        reservations:
          devices: [{driver: nvidia, count: 1, capabilities: [gpu]}]
  embed:
    image: ghcr.io/huggingface/text-embeddings-inference:1.5
    command: --model-id BAAI/bge-m3 --port 80
    ports: ["8081:80"]
  rerank:
    image: ghcr.io/huggingface/text-embeddings-inference:1.5
    command: ["--model-id", "BAAI/bge-reranker-v2-m3", "--port", "80"]
  qdrant:
    image: qdrant/qdrant:v1.12.1
    volumes: ["./qdrant_storage:/qdrant/storage"]
  ui:
    build: ./ui
    environment:
      OPENAI_API_BASE: http://llm:8000/v1
      MODEL: Qwen/Qwen2.5-14B-Instruct-AWQ
volumes:
  hf-cache: {}
`,
    // The UI's MODEL env repeats the served model: a second location of the same reference.
    want: [
      ["hf-model", "Qwen/Qwen2.5-14B-Instruct-AWQ", 5, undefined, "--model Qwen"],
      ["hf-model", "BAAI/bge-m3", 16],
      ["hf-model", "BAAI/bge-reranker-v2-m3", 20],
      ["hf-model", "Qwen/Qwen2.5-14B-Instruct-AWQ", 28, undefined, "MODEL: Qwen"],
    ],
  },
];
// CASES-END

// Every miss and false alarm of the first run, with why a user expects (or does not expect) it.
// Every miss and false alarm of the measured run was fixed in the same stop (see the header).
const KNOWN: Outcome[] = [];

const FLOOR = { recall: 1, precision: 1 };

const cases: HeldoutCase[] = CASES.map((c) => ({
  file: c.file,
  type: c.type,
  text: c.text,
  want: c.want.map(([kind, id, line, revision]) => ({ kind, id, line, ...(revision ? { revision } : {}) })),
}));

describe("held-out round 11: Spaces, diffusion UIs, local LLMs, deployments, notebooks, agents, eval, data", () => {
  it("holds 40 files of the nine kinds the brief asks for, each a real file rather than a one-liner", () => {
    const per = new Map<string, number>();
    for (const c of CASES) per.set(c.type, (per.get(c.type) ?? 0) + 1);
    expect(Object.fromEntries(per)).toEqual({
      space: 4,
      "diffusion-ui": 4,
      "local-llm": 4,
      cloud: 5,
      notebook: 5,
      agent: 5,
      eval: 4,
      data: 4,
      choice: 5,
    });
    for (const c of CASES) {
      const n = c.text.split("\n").length;
      expect(n, `${c.file} has ${n} lines`).toBeGreaterThanOrEqual(15);
      if (!c.file.endsWith(".ipynb") && !c.file.endsWith(".json")) expect(n, c.file).toBeLessThanOrEqual(61);
    }
    expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
  });

  it("puts every expected id on its stated line (a bare sentence-transformers name by its short form)", () => {
    for (const c of CASES) {
      const lines = c.text.split("\n");
      for (const [kind, id, line, revision, needle] of c.want) {
        const text = lines[line - 1] ?? "";
        const shown = id.startsWith("sentence-transformers/") && !text.includes(id) ? id.split("/")[1]! : id;
        expect(text, `${c.file}: ${kind} ${id} on line ${line}`).toContain(shown);
        if (needle) expect(text, `${c.file}: needle for ${id}`).toContain(needle);
        if (revision) expect(c.text, `${c.file}: revision ${revision} is in the file`).toContain(revision);
      }
    }
  });

  it("lists each KNOWN outcome against a file of the round and an expectation it can be checked on", () => {
    for (const o of KNOWN) {
      const c = CASES.find((x) => x.file === o.file);
      expect(c, o.file).toBeDefined();
      const r = parseRef(o.ref);
      const listed = c!.want.some(
        ([k, id, line, rev]) => k === r.kind && id === r.id && line === r.line && rev === r.revision,
      );
      expect(listed, `${o.what} ${o.file} ${o.ref}`).toBe(o.what === "miss");
    }
  });

  heldoutChecks("r11", cases, { known: KNOWN, floor: FLOOR, verbose: process.env.R11_VERBOSE === "1" });
});
