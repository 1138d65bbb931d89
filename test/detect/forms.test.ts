import { describe, expect, it } from "vitest";
import { candidates, refs } from "./helpers.js";

describe("javascript / typescript detector", () => {
  it("finds transformers.js pipelines, from_pretrained and @huggingface/inference model keys", () => {
    const src = `
import { pipeline, AutoModel } from "@huggingface/transformers";
import { HfInference } from "@huggingface/inference";
import merge from "lodash/merge";

const extractor = await pipeline(
  "feature-extraction",
  "Xenova/all-MiniLM-L6-v2",
  { revision: "v2", dtype: "q8" },
);
const model = await AutoModel.from_pretrained('onnx-community/whisper-base');
const hf = new HfInference(process.env.HF_TOKEN);
const out = await hf.textGeneration({
  model: "bigcode/starcoder2-15b",
  inputs: "def hello():",
});
// const old = await pipeline("sentiment-analysis", "Xenova/bert-base-multilingual-uncased-sentiment");
const t = \`\${org}/model\`;
const api = { model: "gpt-4o" };
`;
    expect(refs("app.ts", src)).toEqual([
      "hf-model Xenova/all-MiniLM-L6-v2@v2:8",
      "hf-model bigcode/starcoder2-15b:14",
      "hf-model onnx-community/whisper-base:11",
    ]);
    expect(candidates("app.ts", src)).toEqual([]);
  });

  it("does not read package names, regex literals or hosted-API model names as references", () => {
    const src = `
const re = /"foo\\/bar"/g;
const pkg = require("@scope/pkg");
import x from "rxjs/operators";
const res = await client.chat.completions.create({ model: "anthropic/claude-3-5-sonnet" });
const mime = "application/json";
`;
    expect(refs("x.js", src)).toEqual([]);
    expect(candidates("x.js", src)).toEqual([]);
  });
});

describe("config detector", () => {
  it("reads YAML keys, lists and nested names, with their lines", () => {
    const src = `# axolotl config
base_model: NousResearch/Meta-Llama-3-8B
tokenizer_type: AutoTokenizer
datasets:
  - path: tatsu-lab/alpaca
    type: alpaca
  - path: ./local/data.jsonl
hub_model_id: my-org/my-finetune
output_dir: ./outputs/lora
teacher:
  model:
    name: "google/gemma-2-9b"
image: nvidia/cuda
`;
    expect(refs("config.yml", src)).toEqual([
      "hf-dataset tatsu-lab/alpaca:5",
      "hf-model NousResearch/Meta-Llama-3-8B:2",
      "hf-model google/gemma-2-9b:12",
    ]);
    expect(candidates("config.yml", src)).toEqual([]);
  });

  it("reads JSON (pretty and minified) and TOML keys", () => {
    const pretty = `{
  "_name_or_path": "mistralai/Mistral-7B-v0.1",
  "architectures": ["MistralForCausalLM"],
  "base_model_name_or_path": "/home/user/ckpt",
  "peft_type": "LORA"
}`;
    expect(refs("adapter_config.json", pretty)).toEqual(["hf-model mistralai/Mistral-7B-v0.1:2"]);
    const minified = `{"a":${JSON.stringify("x".repeat(30_000))},"model_name_or_path":"google-t5/t5-small"}`;
    expect(refs("min.json", minified)).toEqual(["hf-model google-t5/t5-small:1"]);
    const toml = `[tool.eval]
model = "HuggingFaceTB/SmolLM2-135M"

[dataset]
name = "HuggingFaceH4/ultrachat_200k"
`;
    expect(refs("eval.toml", toml)).toEqual([
      "hf-dataset HuggingFaceH4/ultrachat_200k:5",
      "hf-model HuggingFaceTB/SmolLM2-135M:2",
    ]);
  });

  it("reads base_model and the training datasets from model-card front matter, not its license", () => {
    const card = `---
license: llama3.1
base_model:
- meta-llama/Llama-3.1-8B-Instruct
datasets:
- HuggingFaceH4/ultrafeedback_binarized
---
# My model
Fine-tuned from [Llama](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct).
`;
    // the training data's terms bind the model trained on it
    expect(refs("README.md", card)).toEqual([
      "hf-dataset HuggingFaceH4/ultrafeedback_binarized:6",
      "hf-model meta-llama/Llama-3.1-8B-Instruct:4",
      "hf-model meta-llama/Llama-3.1-8B-Instruct:9",
    ]);
  });
});

describe("shell, Dockerfile, Makefile and compose detector", () => {
  it("finds CLI downloads and model flags", () => {
    const sh = `#!/usr/bin/env bash
set -euo pipefail
huggingface-cli download --repo-type dataset HuggingFaceFW/fineweb --include "sample/*"
hf download Qwen/Qwen2.5-Coder-7B-Instruct --revision v1.1 --local-dir ./qwen
python -m vllm.entrypoints.openai.api_server \\
    --tensor-parallel-size 2 \\
    --model meta-llama/Llama-3.3-70B-Instruct
vllm serve microsoft/Phi-3-mini-4k-instruct --port 8000
llama-server -hf ggml-org/gemma-3-1b-it-GGUF:Q4_K_M
ollama run hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q8_0
# huggingface-cli download not/this-one
docker run nvidia/cuda:12.2.0-base-ubuntu22.04 nvidia-smi
`;
    expect(refs("serve.sh", sh)).toEqual([
      "hf-dataset HuggingFaceFW/fineweb:3",
      "hf-model Qwen/Qwen2.5-Coder-7B-Instruct@v1.1:4",
      "hf-model bartowski/Llama-3.2-1B-Instruct-GGUF:10",
      "hf-model ggml-org/gemma-3-1b-it-GGUF:9",
      "hf-model meta-llama/Llama-3.3-70B-Instruct:7",
      "hf-model microsoft/Phi-3-mini-4k-instruct:8",
    ]);
  });

  it("pins a served model to the --revision of its own command, and only the model", () => {
    const sh = `vllm serve Qwen/Qwen2.5-7B-Instruct --revision a1b2c3d --port 8000
text-generation-launcher --revision=refs/pr/7 --model-id BAAI/bge-m3 --tokenizer BAAI/bge-tok
python serve.py --model org/unpinned && hf download other/x --revision v2
`;
    expect(refs("serve.sh", sh)).toEqual([
      "hf-model BAAI/bge-m3@refs/pr/7:2",
      "hf-model BAAI/bge-tok:2",
      "hf-model Qwen/Qwen2.5-7B-Instruct@a1b2c3d:1",
      "hf-model org/unpinned:3",
      "hf-model other/x@v2:3",
    ]);
  });

  it("finds ENV/ARG in Dockerfiles, Makefile variables and compose commands", () => {
    const docker = `FROM ghcr.io/huggingface/text-generation-inference:2.4
ARG MODEL_ID=HuggingFaceH4/zephyr-7b-beta
ENV TOKENIZER TinyLlama/TinyLlama-1.1B-Chat-v1.0
CMD ["--model-id", "$MODEL_ID"]
`;
    expect(refs("Dockerfile", docker)).toEqual([
      "hf-model HuggingFaceH4/zephyr-7b-beta:2",
      "hf-model TinyLlama/TinyLlama-1.1B-Chat-v1.0:3",
    ]);
    const make = "MODEL ?= facebook/opt-125m\nrun:\n\tpython serve.py --model $(MODEL)\n";
    expect(refs("Makefile", make)).toEqual(["hf-model facebook/opt-125m:1"]);
    const compose = `services:
  tgi:
    image: ghcr.io/huggingface/text-generation-inference:latest
    command: --model-id BAAI/bge-reranker-large --port 80
    environment:
      - HF_MODEL=sentence-transformers/all-mpnet-base-v2
  vllm:
    image: vllm/vllm-openai
    args:
      - --model
      - Qwen/Qwen2.5-1.5B-Instruct
`;
    expect(refs("docker-compose.yml", compose)).toEqual([
      "hf-model BAAI/bge-reranker-large:4",
      "hf-model Qwen/Qwen2.5-1.5B-Instruct:11",
      "hf-model sentence-transformers/all-mpnet-base-v2:6",
    ]);
  });
});

describe("URLs anywhere", () => {
  it("normalizes Hub URL forms and skips pages that are not repositories", () => {
    const text = `
weights: https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF/resolve/main/mistral-7b-v0.1.Q4_K_M.gguf
pinned: https://huggingface.co/openai/whisper-large-v3/blob/06f233fe06e710322aca913c1bc4249a0d71fce1/config.json
data: https://huggingface.co/datasets/allenai/c4/tree/main/en
short: hf.co/google/flan-t5-base and hf://datasets/stanfordnlp/imdb/plain_text
legacy: https://huggingface.co/bert-base-uncased
space: https://huggingface.co/spaces/gradio/hello_world
collection: https://huggingface.co/collections/meta-llama/llama-32-66f448ffc8c32f949b04c8cf
blog: https://huggingface.co/blog/llama3 docs: https://huggingface.co/docs/transformers/index
papers: https://huggingface.co/papers/2307.09288 org: https://huggingface.co/meta-llama
cdn: https://cdn-uploads.huggingface.co/production/uploads/abc.png
other: https://notshelf.co/x/y
`;
    expect(refs("NOTES.txt", text)).toEqual([
      "hf-dataset allenai/c4@main:4",
      "hf-dataset stanfordnlp/imdb:5",
      "hf-model TheBloke/Mistral-7B-v0.1-GGUF@main:2",
      "hf-model bert-base-uncased:6",
      "hf-model google/flan-t5-base:5",
      "hf-model openai/whisper-large-v3@06f233fe06e710322aca913c1bc4249a0d71fce1:3",
    ]);
  });
});
