import { describe, expect, it } from "vitest";
import { candidates, refs } from "./helpers.js";

describe("realistic files", () => {
  it("a diffusers + LoRA script with conditional ids and a dict of models", () => {
    const src = `import torch
from diffusers import StableDiffusionXLPipeline, AutoencoderKL
from huggingface_hub import InferenceClient

BASE = "stabilityai/stable-diffusion-xl-base-1.0"
MODELS = {
    "fast": "stabilityai/sdxl-turbo",
    "hq": "playgroundai/playground-v2.5-1024px-aesthetic",
}
vae_id = "madebyollin/sdxl-vae-fp16-fix" if torch.cuda.is_available() else "stabilityai/sdxl-vae"

vae = AutoencoderKL.from_pretrained(vae_id, torch_dtype=torch.float16)
pipe = StableDiffusionXLPipeline.from_pretrained(BASE, vae=vae)
pipe.load_lora_weights("nerijs/pixel-art-xl", weight_name="pixel-art-xl.safetensors")
pipe.load_textual_inversion("sd-concepts-library/cat-toy")
client = InferenceClient("black-forest-labs/FLUX.1-schnell", token=os.environ["HF_TOKEN"])
image = pipe(prompt="a cat", output_type="pil").images[0]
image.save("out/cat.png")
`;
    expect(refs("gen.py", src)).toEqual([
      "hf-model black-forest-labs/FLUX.1-schnell:16",
      "hf-model madebyollin/sdxl-vae-fp16-fix:10",
      "hf-model nerijs/pixel-art-xl:14",
      "hf-model playgroundai/playground-v2.5-1024px-aesthetic:8",
      "hf-model sd-concepts-library/cat-toy:15",
      "hf-model stabilityai/sdxl-turbo:7",
      "hf-model stabilityai/sdxl-vae:10",
      "hf-model stabilityai/stable-diffusion-xl-base-1.0:5",
    ]);
    expect(candidates("gen.py", src)).toEqual([]);
  });

  it("a RAG service in TypeScript with @huggingface/hub and transformers.js", () => {
    const src = `import { downloadFile } from "@huggingface/hub";
import { pipeline, env } from "@huggingface/transformers";
import type { Doc } from "./types";

env.allowLocalModels = false;
const EMBEDDING_MODEL: string = "mixedbread-ai/mxbai-embed-large-v1";

export async function load() {
  const blob = await downloadFile({ repo: "BAAI/bge-reranker-base", path: "config.json" });
  const data = await downloadFile({ repo: { type: "dataset", name: "rajpurkar/squad" }, path: "README.md" });
  const embed = await pipeline("feature-extraction", EMBEDDING_MODEL, { dtype: "fp32" });
  const qa = await pipeline(
    "question-answering",
    "Xenova/distilbert-base-cased-distilled-squad",
  );
  return { blob, data, embed, qa, route: "/api/search", mime: "text/event-stream" };
}
`;
    expect(refs("rag.ts", src)).toEqual([
      "hf-dataset rajpurkar/squad:10",
      "hf-model BAAI/bge-reranker-base:9",
      "hf-model Xenova/distilbert-base-cased-distilled-squad:14",
      "hf-model mixedbread-ai/mxbai-embed-large-v1:6",
    ]);
    expect(candidates("rag.ts", src)).toEqual([]);
  });

  it("a Kubernetes manifest, a litellm config and a GitHub workflow", () => {
    const k8s = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: tgi
          image: ghcr.io/huggingface/text-generation-inference:2.4.0
          env:
            - name: MODEL_ID
              value: HuggingFaceTB/SmolLM2-1.7B-Instruct
            - name: PORT
              value: "8080"
          args: ["--max-input-length", "4096"]
`;
    expect(refs("deploy.yaml", k8s)).toEqual(["hf-model HuggingFaceTB/SmolLM2-1.7B-Instruct:11"]);
    expect(candidates("deploy.yaml", k8s)).toEqual([]);
    const litellm = `model_list:
  - model_name: local-llama
    litellm_params:
      model: huggingface/meta-llama/Llama-3.2-3B-Instruct
  - model_name: claude
    litellm_params:
      model: anthropic/claude-3-5-sonnet-20240620
  - model_name: gpt
    litellm_params:
      model: openai/gpt-4o-mini
`;
    expect(refs("litellm.yaml", litellm)).toEqual(["hf-model meta-llama/Llama-3.2-3B-Instruct:4"]);
    const workflow = `name: eval
on: [push]
jobs:
  eval:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: |
          pip install -U "huggingface_hub[cli]"
          huggingface-cli download google/gemma-2-2b-it --local-dir models/gemma
          python eval.py --model_name_or_path models/gemma --dataset_name cais/mmlu
`;
    expect(refs(".github/workflows/eval.yml", workflow)).toEqual([
      "hf-dataset cais/mmlu:14",
      "hf-model google/gemma-2-2b-it:13",
    ]);
    expect(candidates(".github/workflows/eval.yml", workflow)).toEqual(["models/gemma"]);
  });

  it("URLs: hf:// with @revision, inference endpoints, course pages", () => {
    const text = `df = pd.read_parquet("hf://datasets/HuggingFaceH4/no_robots@v1.0/data/train.parquet")
r = requests.post("https://api-inference.huggingface.co/models/facebook/bart-large-cnn", json=payload)
r2 = requests.post("https://router.huggingface.co/hf-inference/models/openai/whisper-large-v3", data=audio)
# learn more at https://huggingface.co/course/chapter1 and https://huggingface.co/learn/nlp-course
`;
    expect(refs("client.py", text)).toEqual([
      "hf-dataset HuggingFaceH4/no_robots@v1.0:1",
      "hf-model facebook/bart-large-cnn:2",
      "hf-model openai/whisper-large-v3:3",
    ]);
  });

  it("shell assignments with quotes and a Dockerfile download step", () => {
    const sh = `MODEL="Qwen/Qwen2.5-0.5B-Instruct"
export DATASET_NAME='HuggingFaceH4/ultrachat_200k'
RUN pip install huggingface_hub && huggingface-cli download "$MODEL"
`;
    expect(refs("run.sh", sh)).toEqual([
      "hf-dataset HuggingFaceH4/ultrachat_200k:2",
      "hf-model Qwen/Qwen2.5-0.5B-Instruct:1",
    ]);
  });
});

describe("more forms and near-misses", () => {
  it("reads literals inside loader expressions, YAML anchors, and keeps web routes out", () => {
    const py = `tok = AutoTokenizer.from_pretrained(args.tokenizer or "google/flan-t5-large")
parser.add_argument("--hub_model_id", default="me/my-output-model")
`;
    expect(refs("a.py", py)).toEqual(["hf-model google/flan-t5-large:1"]);
    expect(candidates("a.py", py)).toEqual([]);
    const yaml = "defaults: &defaults\n  base_model: &base NousResearch/Hermes-3-Llama-3.1-8B\n";
    expect(refs("b.yaml", yaml)).toEqual(["hf-model NousResearch/Hermes-3-Llama-3.1-8B:2"]);
    const js = `app.use(express.static("public/assets"));
const routes = ["admin/settings", "api/v1"];
res.set("Content-Type", "application/json");
`;
    expect(candidates("server.js", js)).toEqual([]);
  });
});

describe("legacy repos without organization in URLs", () => {
  it("reads huggingface.co/gpt2/resolve/... and /datasets/glue/viewer/... as one-part ids", () => {
    const md = `[weights](https://huggingface.co/gpt2/resolve/v1/model.safetensors)
[viewer](https://huggingface.co/datasets/glue/viewer/mrpc/train)
[org page](https://huggingface.co/openai) [not legacy](https://huggingface.co/myproject/resolve)
`;
    expect(refs("x.md", md)).toEqual([
      "hf-dataset glue:2",
      "hf-model gpt2@v1:1",
      "hf-model myproject/resolve:3",
    ]);
  });

  it("does not take a bare display name under a dataset key for a dataset", () => {
    const js = 'export const LIBS = { datasets: { prettyLabel: "Datasets", repoName: "datasets" } };\n';
    expect(refs("libs.js", js)).toEqual([]);
  });
});

describe("Windows line endings", () => {
  it("reads CRLF files with the same lines", () => {
    const crlf = (s: string) => s.replace(/\n/g, "\r\n");
    expect(refs("a.py", crlf('x = 1\nm = AutoModel.from_pretrained(\n  "org/crlf-py")\n'))).toEqual([
      "hf-model org/crlf-py:3",
    ]);
    expect(refs("a.yaml", crlf("a: 1\nbase_model: org/crlf-yaml\nlist:\n  - x\n"))).toEqual([
      "hf-model org/crlf-yaml:2",
    ]);
    expect(refs("a.sh", crlf("set -e\nhf download org/crlf-sh \\\n  --local-dir x\n"))).toEqual([
      "hf-model org/crlf-sh:2",
    ]);
    expect(refs("a.md", crlf("# t\n```python\npipeline('t', model='org/crlf-md')\n```\n"))).toEqual([
      "hf-model org/crlf-md:3",
    ]);
  });
});

describe("commands that bring models into images", () => {
  it("reads python -c in Dockerfiles, litgpt/tune downloads and --hf-path", () => {
    const docker = `FROM python:3.11-slim
RUN python -c "from transformers import AutoModel; AutoModel.from_pretrained('distilbert/distilbert-base-uncased')"
RUN litgpt download microsoft/phi-2 && tune download meta-llama/Llama-3.2-1B --output-dir /m
RUN mlx_lm.convert --hf-path mistralai/Mistral-7B-Instruct-v0.3 -q
`;
    expect(refs("Dockerfile", docker)).toEqual([
      "hf-model distilbert/distilbert-base-uncased:2",
      "hf-model meta-llama/Llama-3.2-1B:3",
      "hf-model microsoft/phi-2:3",
      "hf-model mistralai/Mistral-7B-Instruct-v0.3:4",
    ]);
  });

  it("does not read a local folder name given to load_dataset as a dataset", () => {
    expect(refs("d.py", 'ds = load_dataset("data")\nds2 = load_dataset("imdb")\n')).toEqual([
      "hf-dataset imdb:2",
    ]);
  });
});

describe("other languages", () => {
  it("reads assignments and candidates in Rust, Go and Java", () => {
    const rs = `use hf_hub::api::sync::Api;
fn main() -> anyhow::Result<()> {
    let model_id = "meta-llama/Llama-3.2-1B";
    let repo = Api::new()?.model(model_id.to_string()); // 'a lifetimes and chars: 'x'
    Ok(())
}
`;
    expect(refs("main.rs", rs)).toEqual(["hf-model meta-llama/Llama-3.2-1B:3"]);
    const go = 'package main\n\nfunc main() {\n\tmodelID := "BAAI/bge-m3"\n\t_ = modelID\n}\n';
    expect(refs("main.go", go)).toEqual(["hf-model BAAI/bge-m3:4"]);
    const java = 'class A {\n  static final String MODEL_NAME = "google/flan-t5-small";\n}\n';
    expect(refs("A.java", java)).toEqual(["hf-model google/flan-t5-small:2"]);
  });
});
