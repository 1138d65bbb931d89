// Real-world shapes of training and serving configs, scripts, container files and model cards,
// each written for this test in the shape such files take in public repositories, with the exact
// references a user would expect (and the look-alikes they would not: images, actions, outputs).
import { describe, expect, it } from "vitest";
import { candidates, refs } from "./helpers.js";

interface Case {
  name: string;
  file: string;
  text: string;
  /** "kind id[@rev]:line" at confidence >= 0.5, any order. */
  expect: string[];
  /** Ids expected below 0.5; when absent, none are checked. */
  candidates?: string[];
}

const CASES: Case[] = [
  {
    name: "axolotl QLoRA config",
    file: "examples/llama-3/qlora-1b.yml",
    text: `base_model: meta-llama/Llama-3.2-1B
# optionally might have model_type or tokenizer_type
model_type: LlamaForCausalLM
tokenizer_type: AutoTokenizer
load_in_4bit: true
strict: false

chat_template: llama3
datasets:
  - path: mlabonne/FineTome-100k
    type: chat_template
    split: train[:20%]
    field_messages: conversations
  - path: ./data/local.jsonl
    ds_type: json
    type: alpaca
test_datasets:
  - path: Intel/orca_dpo_pairs
    split: test
dataset_prepared_path: last_run_prepared
val_set_size: 0.02
output_dir: ./outputs/qlora-out
hub_model_id: acme-ai/llama-3.2-1b-fine-tome

adapter: qlora
lora_model_dir:
sequence_len: 4096
wandb_project: llama-ft
special_tokens:
  pad_token: <|end_of_text|>
`,
    expect: [
      "hf-model meta-llama/Llama-3.2-1B:1",
      "hf-dataset mlabonne/FineTome-100k:10",
      "hf-dataset Intel/orca_dpo_pairs:18",
    ],
    candidates: [],
  },
  {
    name: "older axolotl config with base_model_config and a pretraining dataset",
    file: "configs/openllama.yml",
    text: `base_model: openlm-research/open_llama_3b_v2
base_model_config: openlm-research/open_llama_3b_v2
tokenizer_config: openlm-research/open_llama_3b_v2
pretraining_dataset:
  - path: allenai/c4
    name: en
    type: pretrain
hub_strategy: every_save
`,
    expect: [
      "hf-model openlm-research/open_llama_3b_v2:1",
      "hf-model openlm-research/open_llama_3b_v2:2",
      "hf-model openlm-research/open_llama_3b_v2:3",
      "hf-dataset allenai/c4:5",
    ],
    candidates: [],
  },
  {
    name: "LLaMA-Factory LoRA SFT and export configs",
    file: "examples/train_lora/qwen2_5_lora_sft.yaml",
    text: `### model
model_name_or_path: Qwen/Qwen2.5-7B-Instruct
adapter_name_or_path: saves/qwen2.5-7b/lora/sft
trust_remote_code: true

### method
stage: sft
do_train: true
finetuning_type: lora
lora_rank: 8
lora_target: all

### dataset
dataset: identity,alpaca_en_demo
dataset_dir: data
template: qwen
cutoff_len: 2048

### output
output_dir: saves/qwen2.5-7b/lora/sft
export_dir: output/qwen2_5_lora_sft
export_hub_model_id: acme/qwen2.5-7b-sft
report_to: none
`,
    expect: ["hf-model Qwen/Qwen2.5-7B-Instruct:2"],
    candidates: [],
  },
  {
    name: "vLLM serve config file",
    file: "deploy/vllm-config.yaml",
    text: `model: mistralai/Mistral-7B-Instruct-v0.3
served-model-name: acme/mistral-prod
tokenizer-mode: mistral
tensor-parallel-size: 2
max-model-len: 8192
speculative-model: "[ngram]"
download-dir: /mnt/models
`,
    expect: ["hf-model mistralai/Mistral-7B-Instruct-v0.3:1"],
    candidates: [],
  },
  {
    name: "docker-compose with TGI and TEI",
    file: "docker-compose.yml",
    text: `services:
  tgi:
    image: ghcr.io/huggingface/text-generation-inference:3.0.1
    ports:
      - "8080:80"
    volumes:
      - ./data:/data
    environment:
      HF_TOKEN: \${HF_TOKEN}
      MODEL_ID: meta-llama/Llama-3.1-8B-Instruct
    command: ["--model-id", "\${MODEL_ID}", "--max-total-tokens", "8192"]
  tei:
    image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.5
    command: --model-id BAAI/bge-small-en-v1.5 --revision refs/pr/5
  ollama:
    image: ollama/ollama:latest
    container_name: ollama
  webui:
    image: ghcr.io/open-webui/open-webui:main
    depends_on: [ollama]
  vllm:
    image: vllm/vllm-openai:v0.6.4
    entrypoint: ["python3", "-m", "vllm.entrypoints.openai.api_server", "--model", "mistralai/Mistral-7B-Instruct-v0.2"]
  zephyr:
    image: ghcr.io/huggingface/text-generation-inference:2.4
    command: >
      --model-id HuggingFaceH4/zephyr-7b-beta
      --max-input-length 2048
`,
    expect: [
      "hf-model meta-llama/Llama-3.1-8B-Instruct:10",
      "hf-model BAAI/bge-small-en-v1.5@refs/pr/5:14",
      "hf-model mistralai/Mistral-7B-Instruct-v0.2:23",
      "hf-model HuggingFaceH4/zephyr-7b-beta:27",
    ],
    candidates: [],
  },
  {
    name: "Kubernetes deployment of vLLM with a command string and flag list",
    file: "k8s/vllm.yaml",
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: vllm-coder
spec:
  template:
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.6.3
          command: ["/bin/sh", "-c"]
          args:
            - vllm serve Qwen/Qwen2.5-Coder-32B-Instruct-AWQ --quantization awq --max-model-len 16384
          env:
            - name: HUGGING_FACE_HUB_TOKEN
              valueFrom:
                secretKeyRef:
                  name: hf-token
                  key: token
          volumeMounts:
            - mountPath: /root/.cache/huggingface
              name: cache
        - name: embed
          image: ghcr.io/huggingface/text-embeddings-inference:1.5
          args:
            - "--model-id=intfloat/multilingual-e5-large"
            - "--port=8080"
`,
    expect: ["hf-model Qwen/Qwen2.5-Coder-32B-Instruct-AWQ:13", "hf-model intfloat/multilingual-e5-large:26"],
    candidates: [],
  },
  {
    name: "KServe InferenceService with hf:// storage",
    file: "kserve/llama3.yaml",
    text: `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: huggingface-llama3
spec:
  predictor:
    model:
      modelFormat:
        name: huggingface
      args:
        - --model_name=llama3
        - --model_id=meta-llama/meta-llama-3-8b-instruct
      storageUri: hf://meta-llama/meta-llama-3-8b-instruct
      resources:
        limits:
          nvidia.com/gpu: "1"
`,
    expect: [
      "hf-model meta-llama/meta-llama-3-8b-instruct:12",
      "hf-model meta-llama/meta-llama-3-8b-instruct:13",
    ],
    candidates: [],
  },
  {
    name: "vLLM production-stack Helm values",
    file: "helm/values.yaml",
    text: `servingEngineSpec:
  runtimeClassName: ""
  modelSpec:
  - name: "llama3"
    repository: "vllm/vllm-openai"
    tag: "latest"
    modelURL: "meta-llama/Llama-3.1-8B-Instruct"
    replicaCount: 1
    requestGPU: 1
    vllmConfig:
      maxModelLen: 4096
    lmcacheConfig:
      enabled: false
`,
    expect: ["hf-model meta-llama/Llama-3.1-8B-Instruct:7"],
    candidates: [],
  },
  {
    name: "GitHub workflow with actions, service images and model steps",
    file: ".github/workflows/ci.yml",
    text: `name: CI
on:
  pull_request:
env:
  HF_HUB_CACHE: /mnt/hf_cache
  MODEL_ID: TinyLlama/TinyLlama-1.1B-Chat-v1.0
jobs:
  test:
    runs-on: ubuntu-22.04
    container:
      image: ghcr.io/acme/ml-ci:latest
    services:
      tgi:
        image: ghcr.io/huggingface/text-generation-inference:2.0
        options: --gpus all
    steps:
      - uses: actions/checkout@v4
        with:
          repository: acme/shared-configs
          path: shared/configs
      - uses: docker/setup-buildx-action@v3
      - uses: actions/cache@v4
        with:
          path: ~/.cache/huggingface
          key: hf-\${{ hashFiles('models.txt') }}
      - uses: docker://ghcr.io/acme/linter:1.2
      - run: hf download \${{ env.MODEL_ID }} --local-dir models/tiny
      - run: python -m pytest tests/ --model sshleifer/tiny-gpt2
      - uses: ./.github/actions/eval
        with:
          model-id: EleutherAI/pythia-70m
`,
    expect: [
      "hf-model TinyLlama/TinyLlama-1.1B-Chat-v1.0:6",
      "hf-model sshleifer/tiny-gpt2:28",
      "hf-model EleutherAI/pythia-70m:31",
    ],
    candidates: [],
  },
  {
    name: "Hydra config with defaults and interpolation",
    file: "conf/train.yaml",
    text: `defaults:
  - model: llama
  - override hydra/launcher: submitit_slurm
  - _self_

model:
  pretrained_model_name_or_path: EleutherAI/pythia-1b
  revision: step143000
tokenizer:
  _target_: transformers.AutoTokenizer.from_pretrained
  pretrained_model_name_or_path: \${model.pretrained_model_name_or_path}
data:
  dataset_name: Salesforce/wikitext
  dataset_config_name: wikitext-103-raw-v1
hydra:
  run:
    dir: outputs/\${now:%Y-%m-%d}/\${now:%H-%M-%S}
`,
    // revision: beside the id pins it to that checkpoint branch
    expect: ["hf-model EleutherAI/pythia-1b@step143000:7", "hf-dataset Salesforce/wikitext:13"],
    candidates: [],
  },
  {
    name: "BentoML/OpenLLM bentofile",
    file: "bentofile.yaml",
    text: `service: "service:VLLM"
labels:
  owner: bentoml-team
models:
  - "meta-llama/Meta-Llama-3-8B-Instruct"
envs:
  - name: HF_TOKEN
python:
  requirements_txt: "./requirements.txt"
docker:
  python_version: "3.11"
`,
    expect: ["hf-model meta-llama/Meta-Llama-3-8B-Instruct:5"],
    candidates: [],
  },
  {
    name: "Continue-style assistant config with hosted and local models",
    file: ".continue/config.yaml",
    text: `name: Local Assistant
models:
  - name: Qwen Coder
    provider: ollama
    model: qwen2.5-coder:7b
  - name: StarCoder
    provider: huggingface-inference-api
    model: bigcode/starcoder2-15b
  - name: Claude
    provider: anthropic
    model: claude-3-5-sonnet-latest
  - name: Embedder
    provider: ollama
    model: nomic-embed-text
`,
    expect: ["hf-model bigcode/starcoder2-15b:8"],
    candidates: [],
  },
  {
    name: "PEFT adapter_config.json",
    file: "outputs/adapter_config.json",
    text: `{
  "alpha_pattern": {},
  "auto_mapping": null,
  "base_model_name_or_path": "unsloth/llama-3-8b-bnb-4bit",
  "bias": "none",
  "fan_in_fan_out": false,
  "inference_mode": true,
  "init_lora_weights": true,
  "lora_alpha": 16,
  "lora_dropout": 0,
  "modules_to_save": null,
  "peft_type": "LORA",
  "r": 16,
  "revision": null,
  "target_modules": [
    "q_proj",
    "k_proj"
  ],
  "task_type": "CAUSAL_LM"
}
`,
    expect: ["hf-model unsloth/llama-3-8b-bnb-4bit:4"],
    candidates: [],
  },
  {
    name: "LLaVA config.json with nested configs and a vision tower",
    file: "llava/config.json",
    text: `{
  "_name_or_path": "liuhaotian/llava-v1.5-7b",
  "architectures": [
    "LlavaLlamaForCausalLM"
  ],
  "mm_vision_tower": "openai/clip-vit-large-patch14-336",
  "mm_projector_type": "mlp2x_gelu",
  "model_type": "llava",
  "torch_dtype": "float16",
  "text_config": {
    "_name_or_path": "lmsys/vicuna-7b-v1.5",
    "model_type": "llama"
  },
  "transformers_version": "4.31.0"
}
`,
    expect: [
      "hf-model liuhaotian/llava-v1.5-7b:2",
      "hf-model openai/clip-vit-large-patch14-336:6",
      "hf-model lmsys/vicuna-7b-v1.5:11",
    ],
    candidates: [],
  },
  {
    name: "config.json whose _name_or_path is a Hub cache snapshot",
    file: "merged/config.json",
    text: `{
  "_name_or_path": "/root/.cache/huggingface/hub/models--meta-llama--Llama-2-7b-hf/snapshots/01c7f73d771dfac7d292323805ebc428287df4f9",
  "architectures": ["LlamaForCausalLM"],
  "hidden_size": 4096
}
`,
    expect: ["hf-model meta-llama/Llama-2-7b-hf@01c7f73d771dfac7d292323805ebc428287df4f9:2"],
    candidates: [],
  },
  {
    name: "tokenizer_config.json with name_or_path and a chat template",
    file: "tokenizer_config.json",
    text: `{
  "add_bos_token": true,
  "bos_token": "<s>",
  "chat_template": "{% for message in messages %}{{ message['role'] + '/' + message['content'] }}{% endfor %}",
  "model_max_length": 2048,
  "name_or_path": "bigscience/bloomz-560m",
  "padding_side": "left",
  "tokenizer_class": "BloomTokenizer"
}
`,
    expect: ["hf-model bigscience/bloomz-560m:6"],
    candidates: [],
  },
  {
    name: "package.json of a transformers.js app",
    file: "package.json",
    text: `{
  "name": "@acme/rag-app",
  "version": "1.0.0",
  "type": "module",
  "repository": "github:acme/rag-app",
  "scripts": {
    "build": "tsc -p tsconfig.build.json",
    "lint": "eslint src/**/*.ts"
  },
  "dependencies": {
    "@huggingface/transformers": "^3.0.0",
    "@xenova/transformers": "^2.17.2",
    "lodash": "^4.17.21"
  },
  "config": {
    "embeddingModel": "Xenova/all-MiniLM-L6-v2"
  }
}
`,
    expect: ["hf-model Xenova/all-MiniLM-L6-v2:16"],
    candidates: [],
  },
  {
    name: "TOML experiment config",
    file: "experiments/phi.toml",
    text: `[model]
name = "microsoft/phi-2"
revision = "main"

[data]
train = "data/train.jsonl"

[[eval.tasks]]
dataset = "openai/gsm8k"
split = "test"

[tool.ruff]
extend-exclude = ["vendor/legacy"]
`,
    expect: ["hf-model microsoft/phi-2@main:2", "hf-dataset openai/gsm8k:9"],
    candidates: [],
  },
  {
    name: ".env.example of a RAG service",
    file: ".env.example",
    text: `HF_TOKEN=hf_xxxxxxxxxxxxxxxxx
MODEL_ID=mistralai/Mistral-Nemo-Instruct-2407
EMBEDDING_MODEL=BAAI/bge-m3
RERANK_MODEL="BAAI/bge-reranker-v2-m3"
OPENAI_MODEL=gpt-4o-mini
LLM_MODEL=ollama/llama3.1
VECTOR_DB_URL=http://localhost:6333
DATA_DIR=./data
TZ=Europe/Berlin
`,
    expect: [
      "hf-model mistralai/Mistral-Nemo-Instruct-2407:2",
      "hf-model BAAI/bge-m3:3",
      "hf-model BAAI/bge-reranker-v2-m3:4",
    ],
    candidates: [],
  },
  {
    name: "download script with defaults, files and repo types",
    file: "scripts/download.sh",
    text: `#!/bin/bash
set -euo pipefail
export HF_HUB_ENABLE_HF_TRANSFER=1
MODEL=\${MODEL:-"meta-llama/Llama-3.1-8B-Instruct"}
huggingface-cli download $MODEL --local-dir /models/llama
hf download TheBloke/Mistral-7B-Instruct-v0.2-GGUF mistral-7b-instruct-v0.2.Q4_K_M.gguf --local-dir . --local-dir-use-symlinks False
huggingface-cli download --resume-download bigscience/bloom-560m
hf download HuggingFaceFW/fineweb-edu --repo-type=dataset --include "sample/10BT/*"
huggingface-cli upload acme/my-model ./out .
huggingface-cli login --token $HF_TOKEN
git clone https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2 models/minilm
wget -q https://huggingface.co/ggml-org/models/resolve/main/tinyllamas/stories15M-q4_0.gguf -O stories.gguf
`,
    expect: [
      "hf-model meta-llama/Llama-3.1-8B-Instruct:4",
      "hf-model TheBloke/Mistral-7B-Instruct-v0.2-GGUF:6",
      "hf-model bigscience/bloom-560m:7",
      "hf-dataset HuggingFaceFW/fineweb-edu:8",
      "hf-model sentence-transformers/all-MiniLM-L6-v2:11",
      "hf-model ggml-org/models@main:12",
    ],
    candidates: [],
  },
  {
    name: "serving script: vLLM, SGLang, LoRA modules, MLX",
    file: "serve.sh",
    text: `#!/usr/bin/env bash
python -m vllm.entrypoints.openai.api_server --model NousResearch/Meta-Llama-3-8B-Instruct --dtype auto --api-key token-abc123
python3 -m sglang.launch_server --model-path deepseek-ai/DeepSeek-R1-Distill-Qwen-7B --port 30000
vllm serve Qwen/Qwen2-VL-7B-Instruct --served-model-name acme/qwen-vl --limit-mm-per-prompt image=4
CUDA_VISIBLE_DEVICES=0,1 vllm serve meta-llama/Llama-2-7b-hf \\
  --tensor-parallel-size 2 \\
  --enable-lora \\
  --lora-modules sql-lora=yard1/llama-2-7b-sql-lora-test
vllm serve ./local-model --tokenizer hf-internal-testing/llama-tokenizer
python -m mlx_lm.generate --model mlx-community/Llama-3.2-3B-Instruct-4bit --prompt "hello"
text-generation-launcher --model-id tiiuae/falcon-7b-instruct --quantize bitsandbytes --port 8080
text-generation-launcher --model-id TechxGenus/gemma-2b-GPTQ --lora-adapters tjluyao/gemma-2b-it-math
`,
    expect: [
      "hf-model NousResearch/Meta-Llama-3-8B-Instruct:2",
      "hf-model deepseek-ai/DeepSeek-R1-Distill-Qwen-7B:3",
      "hf-model Qwen/Qwen2-VL-7B-Instruct:4",
      "hf-model meta-llama/Llama-2-7b-hf:5",
      "hf-model yard1/llama-2-7b-sql-lora-test:8",
      "hf-model hf-internal-testing/llama-tokenizer:9",
      "hf-model mlx-community/Llama-3.2-3B-Instruct-4bit:10",
      "hf-model tiiuae/falcon-7b-instruct:11",
      "hf-model TechxGenus/gemma-2b-GPTQ:12",
      "hf-model tjluyao/gemma-2b-it-math:12",
    ],
    candidates: [],
  },
  {
    name: "llama.cpp and Ollama commands",
    file: "run-local.sh",
    text: `ollama pull hf.co/bartowski/Qwen2.5-7B-Instruct-GGUF:Q4_K_M
ollama run llama3.2
ollama run hf.co/unsloth/gemma-3-4b-it-GGUF
llama-server -hf unsloth/Qwen3-8B-GGUF:UD-Q4_K_XL \\
  --host 0.0.0.0 \\
  -hfd ggml-org/Qwen3-0.6B-GGUF:Q8_0
llama-cli --hf-repo ggml-org/gemma-3-1b-it-GGUF --hf-file gemma-3-1b-it-Q4_K_M.gguf -p "hi"
llama-server -m ./models/mistral-7b.Q4_K_M.gguf --port 8080
mlc_llm chat HF://mlc-ai/Llama-3-8B-Instruct-q4f16_1-MLC
`,
    expect: [
      "hf-model bartowski/Qwen2.5-7B-Instruct-GGUF:1",
      "hf-model unsloth/gemma-3-4b-it-GGUF:3",
      "hf-model unsloth/Qwen3-8B-GGUF:4",
      "hf-model ggml-org/Qwen3-0.6B-GGUF:6",
      "hf-model ggml-org/gemma-3-1b-it-GGUF:7",
      "hf-model mlc-ai/Llama-3-8B-Instruct-q4f16_1-MLC:9",
    ],
    candidates: [],
  },
  {
    name: "Ollama Modelfile",
    file: "Modelfile",
    text: `FROM hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M
ADAPTER ./lora-adapter.gguf
PARAMETER temperature 0.7
SYSTEM """You are a helpful assistant."""
`,
    expect: ["hf-model bartowski/Llama-3.2-3B-Instruct-GGUF:1"],
    candidates: [],
  },
  {
    name: "training scripts: alpaca-lora, trl, LLaVA, lm-eval, Hydra overrides",
    file: "scripts/train.sh",
    text: `python finetune.py \\
    --base_model 'decapoda-research/llama-7b-hf' \\
    --data_path 'yahma/alpaca-cleaned' \\
    --output_dir './lora-alpaca' \\
    --lora_target_modules='[q_proj,v_proj]'
python generate.py --base_model huggyllama/llama-7b --lora_weights 'tloen/alpaca-lora-7b'
trl sft --model_name_or_path Qwen/Qwen2-0.5B --dataset_name trl-lib/Capybara --output_dir Qwen2-0.5B-SFT --hub_model_id acme/Qwen2-0.5B-SFT --push_to_hub
deepspeed llava/train/train_mem.py \\
    --model_name_or_path lmsys/vicuna-13b-v1.5 \\
    --vision_tower openai/clip-vit-large-patch14-336 \\
    --data_path ./playground/data/llava_v1_5_mix665k.json \\
    --output_dir ./checkpoints/llava-v1.5-13b
lm_eval --model hf --model_args pretrained=EleutherAI/gpt-j-6B,dtype=float16,peft=acme/gptj-lora --tasks hellaswag --device cuda:0
python train.py model=llama data.dataset_name=tatsu-lab/alpaca model.pretrained_model_name_or_path=meta-llama/Llama-2-7b-hf trainer.devices=2
accelerate launch train_dreambooth.py --pretrained_model_name_or_path=stabilityai/stable-diffusion-2-1 --pretrained_vae_model_name_or_path=madebyollin/sdxl-vae-fp16-fix --instance_data_dir=./dog
optimum-cli export onnx --model distilbert-base-uncased-finetuned-sst-2-english distilbert_onnx/
python run_clm.py --model_name_or_path gpt2 --dataset_name wikitext --dataset_config_name wikitext-2-raw-v1 --output_dir /tmp/test-clm
`,
    expect: [
      "hf-model decapoda-research/llama-7b-hf:2",
      "hf-dataset yahma/alpaca-cleaned:3",
      "hf-model huggyllama/llama-7b:6",
      "hf-model tloen/alpaca-lora-7b:6",
      "hf-model Qwen/Qwen2-0.5B:7",
      "hf-dataset trl-lib/Capybara:7",
      "hf-model lmsys/vicuna-13b-v1.5:9",
      "hf-model openai/clip-vit-large-patch14-336:10",
      "hf-model EleutherAI/gpt-j-6B:13",
      "hf-model acme/gptj-lora:13",
      "hf-dataset tatsu-lab/alpaca:14",
      "hf-model meta-llama/Llama-2-7b-hf:14",
      "hf-model stabilityai/stable-diffusion-2-1:15",
      "hf-model madebyollin/sdxl-vae-fp16-fix:15",
      "hf-model distilbert-base-uncased-finetuned-sst-2-english:16",
      "hf-model gpt2:17",
    ],
    candidates: [],
  },
  {
    name: "Dockerfile with images, build args and download steps",
    file: "docker/Dockerfile.gpu",
    text: `FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04 AS base
ARG MODEL_NAME=openai/whisper-small
ENV HF_HOME=/models \\
    TRANSFORMERS_OFFLINE=1
RUN pip install --no-cache-dir "huggingface_hub[cli]" transformers
RUN huggingface-cli download \${MODEL_NAME} && \\
    huggingface-cli download facebook/wav2vec2-base-960h --include "*.json" "*.safetensors"
COPY --from=builder /app/dist /app
FROM ghcr.io/ggerganov/llama.cpp:server AS server
CMD ["-hf", "ggml-org/SmolVLM-500M-Instruct-GGUF", "--host", "0.0.0.0"]
FROM ghcr.io/huggingface/text-generation-inference:2.4
ENTRYPOINT ["text-generation-launcher", "--model-id", "bigcode/starcoder2-3b"]
`,
    expect: [
      "hf-model openai/whisper-small:2",
      "hf-model facebook/wav2vec2-base-960h:7",
      "hf-model ggml-org/SmolVLM-500M-Instruct-GGUF:10",
      "hf-model bigcode/starcoder2-3b:12",
    ],
    candidates: [],
  },
  {
    name: "Makefile with variables and recipes",
    file: "Makefile",
    text: `MODEL_ID ?= microsoft/Phi-3.5-mini-instruct
DATASET := HuggingFaceH4/ultrachat_200k
OUT_DIR = out/phi
.PHONY: download serve train
download:
\thuggingface-cli download $(MODEL_ID)
serve:
\tllama-server -hf bartowski/Phi-3.5-mini-instruct-GGUF:Q4_K_M --port 8080
train:
\taccelerate launch train.py --model_name_or_path $(MODEL_ID) --dataset_name $(DATASET) --output_dir $(OUT_DIR)
image:
\tdocker build -t ghcr.io/acme/trainer:latest -f docker/Dockerfile .
`,
    expect: [
      "hf-model microsoft/Phi-3.5-mini-instruct:1",
      "hf-dataset HuggingFaceH4/ultrachat_200k:2",
      "hf-model bartowski/Phi-3.5-mini-instruct-GGUF:8",
    ],
    candidates: [],
  },
  {
    name: "model card with front matter, badges, links and fenced usage",
    file: "README.md",
    text: `---
library_name: transformers
license: apache-2.0
base_model: Qwen/Qwen2.5-0.5B
tags:
- generated_from_trainer
datasets:
- HuggingFaceH4/ultrafeedback_binarized
model-index:
- name: qwen-dpo
  results: []
---

[![Open in Spaces](https://huggingface.co/datasets/huggingface/badges/resolve/main/open-in-hf-spaces-sm.svg)](https://huggingface.co/spaces/acme/demo)

# qwen-dpo

This model is a fine-tuned version of [Qwen/Qwen2.5-0.5B](https://huggingface.co/Qwen/Qwen2.5-0.5B) on the [ultrafeedback](https://huggingface.co/datasets/HuggingFaceH4/ultrafeedback_binarized) dataset.

## Usage

\`\`\`python
from transformers import pipeline
pipe = pipeline("text-generation", model="acme/qwen-dpo")
\`\`\`

\`\`\`
ollama run hf.co/acme/qwen-dpo-GGUF
\`\`\`

\`\`\`bash
$ vllm serve acme/qwen-dpo
\`\`\`

1. Start the server:
    \`\`\`sh
    text-generation-launcher --model-id acme/qwen-dpo-awq
    \`\`\`

See the [collection](https://huggingface.co/collections/acme/dpo-6650), the [blog](https://huggingface.co/blog/dpo-trl), the [paper](https://huggingface.co/papers/2305.18290) and [the docs](https://huggingface.co/docs/trl/index).
Get a token at https://huggingface.co/settings/tokens.
`,
    expect: [
      "hf-model Qwen/Qwen2.5-0.5B:4",
      "hf-model Qwen/Qwen2.5-0.5B:18",
      "hf-dataset HuggingFaceH4/ultrafeedback_binarized:8",
      "hf-dataset HuggingFaceH4/ultrafeedback_binarized:18",
      "hf-model acme/qwen-dpo:24",
      "hf-model acme/qwen-dpo-GGUF:28",
      "hf-model acme/qwen-dpo:32",
      "hf-model acme/qwen-dpo-awq:37",
    ],
    candidates: [],
  },
  {
    name: "README of a project with install steps and shell sessions",
    file: "docs/quickstart.md",
    text: `# Quickstart

Install the CLI and log in (get a token at [hf.co/settings/tokens](https://hf.co/settings/tokens)):

\`\`\`console
$ pip install -U "huggingface_hub[cli]"
$ huggingface-cli download meta-llama/Llama-3.2-1B-Instruct --include "original/*"
\`\`\`

\`\`\`shell
docker run --gpus all -p 8080:80 -v $PWD/data:/data \\
    ghcr.io/huggingface/text-generation-inference:latest \\
    --model-id google/gemma-2-2b-it
\`\`\`

\`\`\`yaml
base_model: NousResearch/Hermes-3-Llama-3.1-8B
output_dir: ./outputs/out
\`\`\`

\`\`\`json
{"model": "microsoft/Phi-3-mini-4k-instruct", "messages": []}
\`\`\`

\`\`\`text
docker pull nvidia/cuda:12.2.0-base-ubuntu22.04
\`\`\`

Try it in the [Space](https://huggingface.co/spaces/acme/chat) or read [our post](https://huggingface.co/blog/acme).
Browse [all models](https://huggingface.co/models?library=gguf&sort=trending) or the
[Llama 3.2 page](https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct#usage).
`,
    expect: [
      "hf-model meta-llama/Llama-3.2-1B-Instruct:7",
      "hf-model google/gemma-2-2b-it:13",
      "hf-model NousResearch/Hermes-3-Llama-3.1-8B:17",
      "hf-model microsoft/Phi-3-mini-4k-instruct:22",
      "hf-model meta-llama/Llama-3.2-1B-Instruct:31",
    ],
    candidates: [],
  },
  {
    name: "Hub URLs in a plain text requirements-like file",
    file: "MODELS.txt",
    text: `https://huggingface.co/meta-llama/Llama-2-7b-hf/discussions/12
https://huggingface.co/TheBloke
https://huggingface.co/api/models/Qwen/Qwen2-7B
https://cdn-lfs.huggingface.co/repos/ab/cd/xyz
https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/diffusers/cat.png
https://huggingface.co/new-space?template=acme/x
https://status.huggingface.co/
https://endpoints.huggingface.co/acme/endpoints/dedicated
`,
    expect: ["hf-model meta-llama/Llama-2-7b-hf:1", "hf-model Qwen/Qwen2-7B:3"],
    candidates: [],
  },
  {
    name: "quantized model card front matter with a multi-line prompt template",
    file: "TheModel-GGUF/README.md",
    text: `---
base_model: meta-llama/Llama-2-7b-chat-hf
inference: false
license: llama2
model_creator: Meta Llama 2
model_name: Llama 2 7B Chat
model_type: llama
prompt_template: '[INST] <<SYS>>

  You are a helpful assistant.

  <</SYS>>

  {prompt}[/INST]

  '
quantized_by: TheBloke
---
# Llama 2 7B Chat - GGUF
`,
    expect: ["hf-model meta-llama/Llama-2-7b-chat-hf:2"],
    candidates: [],
  },
  {
    name: "mergekit config with models, slices and a base model",
    file: "merge/config.yaml",
    text: `models:
  - model: mistralai/Mistral-7B-v0.1
  - model: samir-fama/SamirGPT-v1
    parameters:
      density: 0.53
      weight: 0.4
  - model: abacusai/Slerp-CM-mist-dpo
merge_method: dare_ties
base_model: mistralai/Mistral-7B-v0.1
slices:
  - sources:
      - model: OpenPipe/mistral-ft-optimized-1218
        layer_range: [0, 32]
parameters:
  int8_mask: true
dtype: bfloat16
`,
    expect: [
      "hf-model mistralai/Mistral-7B-v0.1:2",
      "hf-model samir-fama/SamirGPT-v1:3",
      "hf-model abacusai/Slerp-CM-mist-dpo:7",
      "hf-model mistralai/Mistral-7B-v0.1:9",
      "hf-model OpenPipe/mistral-ft-optimized-1218:12",
    ],
    candidates: [],
  },
  {
    name: ".env written to be sourced",
    file: "deploy/.env",
    text: `export MODEL_ID="Qwen/Qwen2.5-7B-Instruct"
export EMBED_MODEL=nomic-ai/nomic-embed-text-v1.5
export HF_HOME=/data/hf
`,
    expect: ["hf-model Qwen/Qwen2.5-7B-Instruct:1", "hf-model nomic-ai/nomic-embed-text-v1.5:2"],
    candidates: [],
  },
  {
    name: "eval script with a positional default, a model array and a speculative-decoding config",
    file: "eval/run_all.sh",
    text: `#!/usr/bin/env bash
MODEL="\${1:-Qwen/Qwen2.5-7B-Instruct}"
MODELS=(
  "meta-llama/Llama-3.1-8B-Instruct"
  "mistralai/Mistral-7B-Instruct-v0.3"   # baseline
)
OUTPUTS=(results/a results/b)
for m in "\${MODELS[@]}"; do
  lm_eval --model vllm --model_args pretrained=$m --tasks gsm8k --output_path "results/\${m//\\//_}"
done
vllm serve openai/gpt-oss-120b --speculative-config '{"model": "acme/gpt-oss-draft", "num_speculative_tokens": 5}'
python train.py hub.model_id=acme/pushed +output.model_name=acme/out model.name=EleutherAI/pythia-160m
`,
    expect: [
      "hf-model Qwen/Qwen2.5-7B-Instruct:2",
      "hf-model meta-llama/Llama-3.1-8B-Instruct:4",
      "hf-model mistralai/Mistral-7B-Instruct-v0.3:5",
      "hf-model openai/gpt-oss-120b:11",
      "hf-model acme/gpt-oss-draft:11",
      "hf-model EleutherAI/pythia-160m:12",
    ],
    candidates: [],
  },
  {
    name: "Ray Serve LLM and SkyPilot configs",
    file: "serve/ray-llm.yaml",
    text: `applications:
  - name: llm
    import_path: ray.serve.llm:build_openai_app
    args:
      llm_configs:
        - model_loading_config:
            model_id: qwen-0.5b
            model_source: Qwen/Qwen2.5-0.5B-Instruct
envs:
  MODEL_NAME: meta-llama/Meta-Llama-3.1-8B-Instruct
  HF_TOKEN: # filled in at launch
resources:
  accelerators: {L4:1}
run: |
  vllm serve $MODEL_NAME --tensor-parallel-size $SKYPILOT_NUM_GPUS_PER_NODE
`,
    expect: ["hf-model Qwen/Qwen2.5-0.5B-Instruct:8", "hf-model meta-llama/Meta-Llama-3.1-8B-Instruct:10"],
    candidates: [],
  },
  {
    name: "workflow matrix of models",
    file: ".github/workflows/matrix.yml",
    text: `jobs:
  eval:
    strategy:
      matrix:
        model: [meta-llama/Llama-3.2-1B, Qwen/Qwen2.5-0.5B]
        include:
          - model: google/gemma-2-2b
    steps:
      - run: docker run --rm -v $PWD:/w ghcr.io/acme/eval:1.0 --model \${{ matrix.model }}
`,
    expect: [
      "hf-model meta-llama/Llama-3.2-1B:5",
      "hf-model Qwen/Qwen2.5-0.5B:5",
      "hf-model google/gemma-2-2b:7",
    ],
    candidates: [],
  },
  {
    name: "Java properties with dotted keys",
    file: "src/main/resources/application.properties",
    text: `server.port=8080
spring.ai.huggingface.chat.model=HuggingFaceH4/zephyr-7b-beta
app.embedding.model.name=sentence-transformers/all-MiniLM-L6-v2
spring.datasource.url=jdbc:postgresql://localhost/app
hub.model.id=acme/pushed-model
`,
    expect: ["hf-model HuggingFaceH4/zephyr-7b-beta:2", "hf-model sentence-transformers/all-MiniLM-L6-v2:3"],
    candidates: [],
  },
  {
    name: "diffusers model_index.json with class lists",
    file: "sd/model_index.json",
    text: `{
  "_class_name": "StableDiffusionPipeline",
  "_diffusers_version": "0.21.0",
  "_name_or_path": "runwayml/stable-diffusion-v1-5",
  "feature_extractor": [
    "transformers",
    "CLIPImageProcessor"
  ],
  "text_encoder": ["transformers", "CLIPTextModel"],
  "vae": [
    "diffusers",
    "AutoencoderKL"
  ]
}
`,
    expect: ["hf-model runwayml/stable-diffusion-v1-5:4"],
    candidates: [],
  },
  {
    name: "Dockerfile with secrets, python -c and a SageMaker variable",
    file: "Dockerfile",
    text: `FROM --platform=linux/amd64 python:3.11-slim
ARG BASE_IMAGE=nvidia/cuda:12.1.0-devel-ubuntu22.04
LABEL org.opencontainers.image.source=https://github.com/acme/x
RUN --mount=type=secret,id=HF_TOKEN HF_TOKEN=$(cat /run/secrets/HF_TOKEN) huggingface-cli download sentence-transformers/all-mpnet-base-v2
RUN python -c "from huggingface_hub import snapshot_download; snapshot_download(repo_id='BAAI/bge-base-en-v1.5', local_dir='/models')"
ENV HF_MODEL_ID="distilbert/distilbert-base-uncased"
`,
    expect: [
      "hf-model sentence-transformers/all-mpnet-base-v2:4",
      "hf-model BAAI/bge-base-en-v1.5:5",
      "hf-model distilbert/distilbert-base-uncased:6",
    ],
    candidates: [],
  },
  {
    name: "README with HTML links, badges and a code block in a note",
    file: "README.md",
    text: `# Models

| Model | Link |
|---|---|
| Llama | <a href="https://huggingface.co/meta-llama/Llama-3.1-8B">HF</a> |

[![Model](https://img.shields.io/badge/%F0%9F%A4%97-Model-yellow)](https://huggingface.co/acme/badge-model)

> [!NOTE]
> \`\`\`bash
> huggingface-cli download acme/quoted-model
> \`\`\`
`,
    expect: [
      "hf-model meta-llama/Llama-3.1-8B:5",
      "hf-model acme/badge-model:7",
      "hf-model acme/quoted-model:11",
    ],
    candidates: [],
  },
  {
    name: "reStructuredText docs with a code-block directive",
    file: "docs/usage.rst",
    text: `Usage
=====

.. code-block:: bash
   :caption: download

   huggingface-cli download acme/rst-model

.. code-block:: text

   docker pull ghcr.io/acme/server:1.0

See https://huggingface.co/acme/rst-link.
`,
    expect: ["hf-model acme/rst-model:7", "hf-model acme/rst-link:13"],
    candidates: [],
  },
  {
    name: "Helm values with an image repository and extra args",
    file: "chart/values.yaml",
    text: `image:
  repository: vllm/vllm-openai
  tag: v0.6.0
model:
  name: microsoft/Phi-3-mini-4k-instruct
  revision: v1.0
extraArgs:
  - "--model=microsoft/Phi-3-mini-128k-instruct"
nodeSelector:
  nvidia.com/gpu.product: NVIDIA-A100-SXM4-80GB
`,
    // revision: beside the name pins it
    expect: [
      "hf-model microsoft/Phi-3-mini-4k-instruct@v1.0:5",
      "hf-model microsoft/Phi-3-mini-128k-instruct:8",
    ],
    candidates: [],
  },
];

function diff(c: Case) {
  const got = refs(c.file, c.text);
  const want = [...c.expect].sort();
  const left = [...want];
  const extra: string[] = [];
  for (const g of got) {
    const i = left.indexOf(g);
    if (i >= 0) left.splice(i, 1);
    else extra.push(g);
  }
  return { got, want, missed: left, extra };
}

describe("real-world configs, scripts, container files and model cards", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { got, want } = diff(c);
      expect(got).toEqual(want);
      if (c.candidates) expect(candidates(c.file, c.text)).toEqual([...c.candidates].sort());
    });
  }

  it("finds at least 95% of the references and reports at most 5% that are not", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const c of CASES) {
      const d = diff(c);
      tp += d.want.length - d.missed.length;
      fn += d.missed.length;
      fp += d.extra.length;
      if (process.env.REALWORLD_VERBOSE)
        for (const m of [...d.missed.map((x) => `- ${x}`), ...d.extra.map((x) => `+ ${x}`)])
          console.log(`${c.name}: ${m}`);
    }
    const recall = tp / (tp + fn);
    const precision = tp / (tp + fp);
    console.log(
      `realworld snippets: ${tp + fn} expected, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
