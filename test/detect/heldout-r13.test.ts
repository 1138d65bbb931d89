// Round 13 held-out measurement: precision above all. 40 files of ML and ML-adjacent repositories
// (release scripts, Renovate/Dependabot, Docker, Helm, Kubernetes, Terraform, Go, npm, MLflow/W&B,
// hosted APIs, ModelScope, Ollama, Replicate, push targets, local checkpoints) dense with `org/name`
// shapes that are NOT Hub references, holding few real ones. Written from the shapes of public
// repositories, in our own words; labelled before the detectors were run.
//
// MEASURED on the first run (labels fixed before it; one line number in train/sft.py was corrected
// by the line-sanity test before any detector output was seen), detectText at confidence >= 0.5,
// exact (kind, id, line, revision):
//   all        recall 1.000 (26/26)  precision 0.839 (26/31)   40 files, 20 with no reference
//   python     recall 1.000 (7/7)    precision 0.875 (7/8)     10 files
//   yaml       recall 1.000 (6/6)    precision 1.000 (6/6)      8 files
//   shell      recall 1.000 (3/3)    precision 0.750 (3/4)      4 files
//   markdown   recall 1.000 (2/2)    precision 0.500 (2/4)      3 files
//   ts         recall 1.000 (2/2)    precision 0.667 (2/3)      4 files
//   js, go, hcl, ipynb, toml, dockerfile: all right (1/1 each where a reference is expected);
//   json (2 files) and makefile (1 file): no reference expected, none reported.
// The five false alarms were hosted-API and ModelScope names and a served name. Fixed by the lead in
// the same stop (26 of 26, no false alarm): HOSTED_* settings; completion calls in a file that builds
// a hosted client (Together, Groq, OpenRouter...) and no server of its own; names imported from
// modelscope and ModelScope's own CLI; lm-eval's model= under a served backend (local-completions).
// R13_VERBOSE=1 prints the score per file type and every miss and false alarm.
import { describe, expect, it } from "vitest";
import { type HeldoutCase, heldoutChecks, type Outcome, refKey } from "./heldout-harness.js";

const CASES: HeldoutCase[] = [];

function add(c: HeldoutCase): void {
  CASES.push(c);
}

// 1. A GitHub release helper: owner/repo strings everywhere, MIME types, API routes. No reference.
add({
  file: "scripts/release.py",
  type: "python",
  want: [],
  text: `"""Cut a GitHub release and attach the wheel and the ONNX bundle."""
import os
import sys

import requests

REPO = os.environ.get("GITHUB_REPOSITORY", "acme-ml/model-server")
UPSTREAM = "huggingface/text-embeddings-inference"
API = "https://api.github.com"
HEADERS = {
    "Accept": "application/vnd.github+json",
    "X-GitHub-Api-Version": "2022-11-28",
    "Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}",
}


def latest_upstream_tag() -> str:
    r = requests.get(f"{API}/repos/{UPSTREAM}/releases/latest", headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["tag_name"]


def create_release(tag: str) -> int:
    body = {"tag_name": tag, "name": f"model-server {tag}", "generate_release_notes": True}
    r = requests.post(f"{API}/repos/{REPO}/releases", json=body, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["id"]


def upload(release_id: int, path: str, mime: str = "application/octet-stream") -> None:
    url = f"https://uploads.github.com/repos/{REPO}/releases/{release_id}/assets"
    with open(path, "rb") as fh:
        requests.post(url, params={"name": os.path.basename(path)}, data=fh,
                      headers={**HEADERS, "Content-Type": mime}, timeout=300).raise_for_status()


if __name__ == "__main__":
    tag = sys.argv[1]
    rid = create_release(tag)
    upload(rid, f"dist/model_server-{tag[1:]}-py3-none-any.whl", "application/zip")
    upload(rid, "dist/onnx/encoder.tar.gz", "application/gzip")
    print(f"released {tag}; upstream is at {latest_upstream_tag()}")
`,
});

// 2. Renovate config: docker images and GitHub release sources named owner/name. No reference.
add({
  file: ".github/renovate.json",
  type: "json",
  want: [],
  text: `{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended", "github>acme-ml/renovate-config", ":semanticCommits"],
  "labels": ["dependencies"],
  "packageRules": [
    {
      "matchDatasources": ["docker"],
      "matchPackageNames": ["nvidia/cuda", "pytorch/pytorch"],
      "allowedVersions": "/^12\\\\.[0-9]+\\\\.[0-9]+-cudnn[0-9]-runtime-ubuntu22\\\\.04$/"
    },
    {
      "matchDatasources": ["docker"],
      "matchPackageNames": ["ghcr.io/huggingface/text-generation-inference", "vllm/vllm-openai"],
      "groupName": "inference servers",
      "schedule": ["before 6am on monday"]
    },
    {
      "matchDatasources": ["github-releases"],
      "matchDepNames": ["astral-sh/uv", "ggerganov/llama.cpp"],
      "automerge": true
    },
    {
      "matchManagers": ["pep621"],
      "matchPackageNames": ["torch", "torchvision", "transformers"],
      "groupName": "ml stack"
    }
  ],
  "customManagers": [
    {
      "customType": "regex",
      "fileMatch": ["^docker/Dockerfile\\\\..+$"],
      "matchStrings": ["ARG LLAMA_CPP_REF=(?<currentValue>b[0-9]+)"],
      "depNameTemplate": "ggerganov/llama.cpp",
      "datasourceTemplate": "github-tags"
    }
  ]
}
`,
});

// 3. Dependabot: ecosystems, directories, ignored images, team reviewers. No reference.
add({
  file: ".github/dependabot.yml",
  type: "yaml",
  want: [],
  text: `version: 2
updates:
  - package-ecosystem: pip
    directory: /services/embedder
    schedule:
      interval: weekly
    reviewers:
      - acme-ml/platform-team
    groups:
      hf:
        patterns: ["transformers", "tokenizers", "huggingface-hub", "safetensors"]
  - package-ecosystem: docker
    directory: /docker/cuda
    schedule:
      interval: monthly
    ignore:
      - dependency-name: nvidia/cuda
        versions: [">= 12.5"]
      - dependency-name: tensorflow/tensorflow
  - package-ecosystem: github-actions
    directory: /
    schedule:
      interval: weekly
    assignees:
      - acme-ml/release-managers
  - package-ecosystem: npm
    directory: /web/playground
    schedule:
      interval: weekly
    allow:
      - dependency-name: "@huggingface/*"
      - dependency-name: "@xenova/transformers"
    commit-message:
      prefix: "deps(web)"
`,
});

// 4. TGI image: the served model comes in through MODEL_ID (TGI reads it as --model-id). CUDA
// base images, OCI labels pointing at GitHub and build paths are not references.
add({
  file: "docker/Dockerfile.tgi",
  type: "dockerfile",
  want: [{ kind: "hf-model", id: "mistralai/Mistral-7B-Instruct-v0.2", line: 18 }],
  text: `# syntax=docker/dockerfile:1.6
FROM nvidia/cuda:12.1.0-devel-ubuntu22.04 AS builder
ARG LLAMA_CPP_REF=b3045
RUN apt-get update && apt-get install -y --no-install-recommends git cmake build-essential \\
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
RUN git clone --depth 1 --branch $LLAMA_CPP_REF https://github.com/ggerganov/llama.cpp.git
RUN cmake -S llama.cpp -B build -DGGML_CUDA=ON && cmake --build build -j 4 --target llama-quantize

FROM ghcr.io/huggingface/text-generation-inference:2.0.4
LABEL org.opencontainers.image.source="https://github.com/acme-ml/tgi-deploy" \\
      org.opencontainers.image.vendor="acme-ml/platform" \\
      org.opencontainers.image.licenses="Apache-2.0"
COPY --from=builder /src/build/bin/llama-quantize /usr/local/bin/
COPY docker/entrypoints/tgi.sh /usr/local/bin/entrypoint.sh

ENV HF_HUB_ENABLE_HF_TRANSFER=1 \\
    MODEL_ID=mistralai/Mistral-7B-Instruct-v0.2 \\
    MAX_INPUT_TOKENS=4096 \\
    MAX_TOTAL_TOKENS=8192 \\
    HUGGINGFACE_HUB_CACHE=/data/hub

VOLUME ["/data"]
EXPOSE 80
HEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS http://localhost:80/health || exit 1
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
`,
});

// 5. Helm values for a vLLM chart: one served model under `model:`; images, chart dependencies,
// annotations and node selectors are not references.
add({
  file: "deploy/helm/llm/values.yaml",
  type: "yaml",
  want: [{ kind: "hf-model", id: "meta-llama/Meta-Llama-3-8B-Instruct", line: 12 }],
  text: `replicaCount: 2

image:
  repository: vllm/vllm-openai
  tag: v0.5.3
  pullPolicy: IfNotPresent

imagePullSecrets:
  - name: ghcr-acme-ml

vllm:
  model: meta-llama/Meta-Llama-3-8B-Instruct
  servedModelName: acme/support-chat
  maxModelLen: 8192
  gpuMemoryUtilization: 0.9
  extraArgs: ["--enable-prefix-caching", "--dtype", "bfloat16"]

hfTokenSecret:
  name: hf-token
  key: token

service:
  type: ClusterIP
  port: 8000

ingress:
  enabled: true
  className: nginx
  annotations:
    nginx.ingress.kubernetes.io/proxy-body-size: 16m
    cert-manager.io/cluster-issuer: letsencrypt/prod
  hosts:
    - host: llm.internal.acme.dev
      paths: [{ path: /v1/chat, pathType: Prefix }]

nodeSelector:
  nvidia.com/gpu.product: NVIDIA-A100-SXM4-80GB

redis:
  enabled: true
  image: bitnami/redis:7.2
`,
});

// 6. Kubernetes Deployment of text-embeddings-inference: the model in args after --model-id.
add({
  file: "deploy/k8s/embedder.yaml",
  type: "yaml",
  want: [{ kind: "hf-model", id: "BAAI/bge-small-en-v1.5", line: 23 }],
  text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: embedder
  namespace: ml-serving
  labels:
    app.kubernetes.io/name: embedder
    app.kubernetes.io/part-of: acme-ml/search
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: embedder
  template:
    metadata:
      labels:
        app.kubernetes.io/name: embedder
    spec:
      containers:
        - name: tei
          image: ghcr.io/huggingface/text-embeddings-inference:cpu-1.5
          args:
            - --model-id=BAAI/bge-small-en-v1.5
            - --port=8080
            - --max-batch-tokens=16384
          resources:
            limits:
              cpu: "4"
              memory: 8Gi
          volumeMounts:
            - name: hub-cache
              mountPath: /data
      volumes:
        - name: hub-cache
          persistentVolumeClaim:
            claimName: embedder/hub-cache
`,
});

// 7. A web client that calls OpenRouter: `model:` holds OpenRouter slugs (hosted APIs), imports
// are scoped packages and path aliases, routes and MIME types. No reference.
add({
  file: "web/src/api/chat.ts",
  type: "ts",
  want: [],
  text: `import { useMutation } from "@tanstack/react-query";
import type { ChatMessage } from "@/types/chat";
import { http } from "@/lib/http";

export const HOSTED_MODELS = [
  "openai/gpt-4o-mini",
  "anthropic/claude-3.5-sonnet",
  "google/gemini-flash-1.5",
  "meta-llama/llama-3.1-70b-instruct",
] as const;

export type HostedModel = (typeof HOSTED_MODELS)[number];

const OPENROUTER = "https://openrouter.ai/api/v1/chat/completions";

export async function complete(messages: ChatMessage[], model: HostedModel = "openai/gpt-4o-mini") {
  const res = await fetch(OPENROUTER, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "HTTP-Referer": "https://playground.acme.dev/chat",
      Authorization: "Bearer " + import.meta.env.VITE_OPENROUTER_KEY,
    },
    body: JSON.stringify({ model: "anthropic/claude-3.5-sonnet", messages, stream: false }),
  });
  if (!res.ok) throw new Error("openrouter " + res.status + " for " + model);
  return (await res.json()) as { choices: { message: ChatMessage }[] };
}

export function useHistory(sessionId: string) {
  return http.get("/api/v1/sessions/" + sessionId + "/messages?accept=text/plain");
}

export const useComplete = () =>
  useMutation({ mutationFn: (m: ChatMessage[]) => complete(m, "google/gemini-flash-1.5") });
`,
});

// 8. go.mod: module paths only. No reference.
add({
  file: "gateway/go.mod",
  type: "go",
  want: [],
  text: `module github.com/acme-ml/inference-gateway

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/ollama/ollama v0.3.12
	github.com/prometheus/client_golang v1.19.1
	github.com/sashabaranov/go-openai v1.28.2
	golang.org/x/sync v0.7.0
	google.golang.org/grpc v1.64.0
	k8s.io/client-go v0.30.2
)

require (
	github.com/bytedance/sonic v1.11.6 // indirect
	github.com/gabriel-vasile/mimetype v1.4.3 // indirect
	github.com/go-playground/validator/v10 v10.20.0 // indirect
	golang.org/x/net v0.26.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)

replace github.com/acme-ml/proto => ../proto
`,
});

// 9. Go code that downloads an ONNX reranker from a Hub URL: that URL is the reference (the
// revision in the URL is main). Imports, routes and MIME types are not.
add({
  file: "gateway/internal/rerank/fetch.go",
  type: "go",
  want: [{ kind: "hf-model", id: "BAAI/bge-reranker-base", line: 16, revision: "main" }],
  text: `package rerank

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/acme-ml/inference-gateway/internal/cache"
	"golang.org/x/sync/errgroup"
)

const (
	modelURL  = "https://huggingface.co/BAAI/bge-reranker-base/resolve/main/onnx/model.onnx"
	route     = "/v1/rerank"
	ndjson    = "application/x-ndjson"
	cacheDir  = "models/rerank/onnx"
)

// Fetch downloads the reranker once into the cache directory.
func Fetch(ctx context.Context, c *cache.Dir) (string, error) {
	dst := filepath.Join(c.Root, cacheDir, "model.onnx")
	if _, err := os.Stat(dst); err == nil {
		return dst, nil
	}
	var g errgroup.Group
	g.Go(func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, modelURL, nil)
		if err != nil {
			return err
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return fmt.Errorf("fetch %s: %w", route, err)
		}
		defer res.Body.Close()
		f, err := os.Create(dst)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(f, res.Body)
		return err
	})
	return dst, g.Wait()
}
`,
});

// 10. Terraform: providers, registry modules, GitHub repositories, buckets; the SageMaker endpoint
// deploys a Hub model through HF_MODEL_ID, which a user expects.
add({
  file: "infra/sagemaker.tf",
  type: "hcl",
  want: [{ kind: "hf-model", id: "cardiffnlp/twitter-roberta-base-sentiment-latest", line: 36 }],
  text: `terraform {
  required_providers {
    aws    = { source = "hashicorp/aws", version = "~> 5.50" }
    github = { source = "integrations/github", version = "~> 6.2" }
  }
  backend "s3" {
    bucket = "acme-ml-tfstate"
    key    = "ml/sagemaker/terraform.tfstate"
    region = "eu-west-1"
  }
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
  name    = "ml-serving"
}

resource "github_repository" "registry" {
  name        = "model-registry"
  description = "Mirror of acme-ml/model-registry settings"
  visibility  = "private"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-ml-artifacts"
}

resource "aws_sagemaker_model" "sentiment" {
  name               = "sentiment-v3"
  execution_role_arn = aws_iam_role.sagemaker.arn
  primary_container {
    image = "763104351884.dkr.ecr.eu-west-1.amazonaws.com/huggingface-pytorch-inference:2.1.0-transformers4.37.0-cpu-py310-ubuntu22.04"
    environment = {
      HF_TASK     = "text-classification"
      HF_MODEL_ID = "cardiffnlp/twitter-roberta-base-sentiment-latest"
      SM_LOG      = "s3://acme-ml-artifacts/logs/sentiment/v3"
    }
  }
}
`,
});

// 11. MLflow and W&B bookkeeping: experiment paths, registry URIs, artifact names. No reference.
add({
  file: "src/tracking.py",
  type: "python",
  want: [],
  text: `import mlflow
import wandb

TRACKING_URI = "https://mlflow.internal.acme.dev"
EXPERIMENT = "/Users/ana@acme.dev/churn-llm"
REGISTERED = "models:/churn-classifier/Production"
ARTIFACTS = "s3://acme-ml-artifacts/mlflow/3/"


def start(run_name: str, cfg: dict) -> None:
    mlflow.set_tracking_uri(TRACKING_URI)
    mlflow.set_experiment(EXPERIMENT)
    mlflow.start_run(run_name=run_name)
    mlflow.log_params({"model": cfg["model"], "lr": cfg["lr"], "split": "80/20"})
    wandb.init(project="llm-finetune", entity="acme-ml", name=run_name, config=cfg,
               tags=["sft", "lora/r16"])


def log_checkpoint(path: str, step: int) -> None:
    art = wandb.Artifact(name="sft-lora", type="model", metadata={"step": step})
    art.add_dir(path)
    wandb.log_artifact(art, aliases=["latest", f"step-{step}"])
    mlflow.log_artifacts(path, artifact_path=f"checkpoints/step-{step}")


def load_previous() -> object:
    prev = wandb.use_artifact("acme-ml/llm-finetune/sft-lora:v3", type="model")
    local_dir = prev.download(root="artifacts/sft-lora")
    return mlflow.pyfunc.load_model(REGISTERED), local_dir


def load_run(run_id: str) -> object:
    return mlflow.pyfunc.load_model(f"runs:/{run_id}/model")
`,
});

// 12. SFT training: the base model is a module constant passed to the loaders (a user expects
// it); output folders, local checkpoints and the push target are not references.
add({
  file: "train/sft.py",
  type: "python",
  want: [{ kind: "hf-model", id: "Qwen/Qwen2-1.5B", line: 7 }],
  text: `import argparse

import torch
from peft import LoraConfig, PeftModel, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments

BASE = "Qwen/Qwen2-1.5B"
PUSH_TO = "acme-ml/qwen2-1.5b-support-sft"

def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--output_dir", default="outputs/sft")
    p.add_argument("--resume_adapter", default="checkpoints/run-3")
    p.add_argument("--push", action="store_true")
    return p.parse_args()

def main() -> None:
    args = parse()
    tok = AutoTokenizer.from_pretrained(BASE)
    model = AutoModelForCausalLM.from_pretrained(BASE, torch_dtype=torch.bfloat16)
    if args.resume_adapter:
        model = PeftModel.from_pretrained(model, args.resume_adapter, is_trainable=True)
    else:
        model = get_peft_model(model, LoraConfig(r=16, target_modules=["q_proj", "v_proj"]))
    targs = TrainingArguments(output_dir=args.output_dir, hub_model_id=PUSH_TO,
                              per_device_train_batch_size=4, bf16=True, report_to=["wandb"])
    trainer = Trainer(model=model, args=targs, tokenizer=tok)
    trainer.train()
    trainer.save_model(args.output_dir)
    again = AutoModelForCausalLM.from_pretrained(args.output_dir)
    assert again is not None
    if args.push:
        trainer.push_to_hub("acme-ml/qwen2-1.5b-support-sft")

if __name__ == "__main__":
    main()
`,
});

// 13. An LLM-as-judge module: every model name is a hosted API (OpenAI, Anthropic, Bedrock,
// Together, Groq). The Together slug looks like a Hub id but runs on Together's servers. No reference.
add({
  file: "eval/judge.py",
  type: "python",
  want: [],
  text: `import os

import anthropic
import boto3
import openai
from groq import Groq
from together import Together

JUDGES = {
    "openai": "gpt-4o-2024-08-06",
    "anthropic": "claude-3-5-sonnet-20241022",
    "bedrock": "anthropic.claude-3-haiku-20240307-v1:0",
    "together": "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo",
    "groq": "llama-3.1-70b-versatile",
}


def judge(provider: str, prompt: str, model: str | None = None) -> str:
    model = model or JUDGES[provider]
    if provider == "openai":
        r = openai.OpenAI().chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
        return r.choices[0].message.content
    if provider == "anthropic":
        r = anthropic.Anthropic().messages.create(model=model, max_tokens=512,
                                                  messages=[{"role": "user", "content": prompt}])
        return r.content[0].text
    if provider == "bedrock":
        rt = boto3.client("bedrock-runtime", region_name="us-east-1")
        r = rt.converse(modelId=model, messages=[{"role": "user", "content": [{"text": prompt}]}])
        return r["output"]["message"]["content"][0]["text"]
    if provider == "together":
        r = Together(api_key=os.environ["TOGETHER_API_KEY"]).chat.completions.create(
            model="meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo",
            messages=[{"role": "user", "content": prompt}],
        )
        return r.choices[0].message.content
    r = Groq().chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content
`,
});

// 14. Tests: a parametrize list of tiny Hub models that the test downloads (a user expects both),
// and a parametrize list of fixture file paths (not references).
add({
  file: "tests/test_loading.py",
  type: "python",
  want: [
    { kind: "hf-model", id: "hf-internal-testing/tiny-random-gpt2", line: 12 },
    { kind: "hf-model", id: "hf-internal-testing/tiny-random-t5", line: 13 },
  ],
  text: `import json
from pathlib import Path

import pytest
from transformers import AutoConfig, AutoTokenizer

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    "model_id",
    ["hf-internal-testing/tiny-random-gpt2",
     "hf-internal-testing/tiny-random-t5"],
)
def test_tokenizer_roundtrip(model_id: str) -> None:
    tok = AutoTokenizer.from_pretrained(model_id)
    ids = tok("hello world")["input_ids"]
    assert tok.decode(ids, skip_special_tokens=True).strip() == "hello world"


@pytest.mark.parametrize(
    "rel",
    [
        "tiny-bert/config.json",
        "gpt2-small/tokenizer.json",
        "clip/ViT-B-32/open_clip_config.json",
    ],
)
def test_fixture_configs_parse(rel: str) -> None:
    data = json.loads((FIXTURES / rel).read_text())
    assert isinstance(data, dict)


def test_local_config_loads(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "bert", "hidden_size": 32}))
    cfg = AutoConfig.from_pretrained(tmp_path)
    assert cfg.hidden_size == 32
`,
});

// 15. A table of local checkpoints keyed by name, loaded through from_pretrained. No reference.
add({
  file: "src/registry/local.py",
  type: "python",
  want: [],
  text: `"""Local checkpoints that the batch jobs load from the shared volume."""
import os

from transformers import AutoModel, AutoTokenizer

ROOT = os.environ.get("MODEL_ROOT", "/mnt/models")

CHECKPOINTS = {
    "bert-ner": "/mnt/models/bert-ner/v2",
    "llama-sft": "checkpoints/llama-sft/epoch-3",
    "clip": "weights/clip/ViT-B-32",
    "e5": "models/e5-large/2024-05-01",
    "reranker": "outputs/reranker/best",
}


def load(name: str, model: str | None = None):
    """model overrides the table; it is always a folder on the shared volume."""
    path = model or CHECKPOINTS[name]
    if not os.path.isabs(path):
        path = os.path.join(ROOT, path)
    return AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path, local_files_only=True)


def load_all(names: list[str] | None = None) -> dict:
    return {n: load(n) for n in (names or sorted(CHECKPOINTS))}


if __name__ == "__main__":
    tok, model = load("bert-ner", model="runs/ner/2024-06-12")
    print(type(model).__name__, tok.model_max_length)
`,
});

// 16. Ollama pulls: library tags are not Hub ids; `ollama run hf.co/...` is (the :Q4_K_M suffix is
// a quantization tag, not a git revision). Docker images are not.
add({
  file: "scripts/pull_models.sh",
  type: "shell",
  want: [{ kind: "hf-model", id: "bartowski/Llama-3.2-3B-Instruct-GGUF", line: 16 }],
  text: `#!/usr/bin/env bash
# Pull the models the local stack needs into the Ollama volume.
set -euo pipefail

OLLAMA_IMAGE="ollama/ollama:0.3.12"
docker pull "$OLLAMA_IMAGE"
docker run -d --gpus=all -v ollama:/root/.ollama -p 11434:11434 --name ollama "$OLLAMA_IMAGE"

for tag in llama3.1:8b nomic-embed-text qwen2.5-coder:7b mxbai-embed-large; do
  docker exec ollama ollama pull "$tag"
done

# Library namespaces are Ollama's own, not the Hub's.
docker exec ollama ollama pull library/mistral:7b-instruct
# The GGUF quantization comes straight from the Hub.
docker exec ollama ollama run hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M "say ok"

curl -fsS http://localhost:11434/api/tags | jq -r '.models[].name'
echo "models ready: $(date +%Y/%m/%d)"
`,
});

// 17. ModelScope docs: ModelScope ids and its download command are not Hub references; the
// explicit Hugging Face link is.
add({
  file: "docs/modelscope.md",
  type: "markdown",
  want: [{ kind: "hf-model", id: "Qwen/Qwen2-7B-Instruct", line: 5 }],
  text: `# Downloading from ModelScope

Inside mainland China we mirror weights from ModelScope instead of the Hub.
The ModelScope page is https://modelscope.cn/models/qwen/Qwen2-7B-Instruct and the
same weights on Hugging Face are at https://huggingface.co/Qwen/Qwen2-7B-Instruct.

~~~python
from modelscope import snapshot_download

local_dir = snapshot_download("qwen/Qwen2-7B-Instruct", cache_dir="/data/modelscope")
~~~

From the shell:

~~~bash
pip install "modelscope>=1.14"
modelscope download --model iic/nlp_structbert_sentence-similarity_chinese-base --local_dir ./ms
export MODELSCOPE_CACHE=/data/modelscope
~~~

Then point the server at the local folder: \`--model-path /data/modelscope/qwen/Qwen2-7B-Instruct\`.
Mirror status is tracked in acme-ml/mirror-status; timings are in the 2024/06 report.
`,
});

// 18. A service README: badges, Spaces, docs and blog links, npm and docker names, ratios, dates.
// No reference (Spaces, docs and blog links are excluded by the contract).
add({
  file: "README.md",
  type: "markdown",
  want: [],
  text: `# gatekeeper

[![CI](https://github.com/acme-ml/gatekeeper/actions/workflows/ci.yml/badge.svg)](https://github.com/acme-ml/gatekeeper/actions)
[![release](https://img.shields.io/github/v/release/acme-ml/gatekeeper)](https://github.com/acme-ml/gatekeeper/releases)
[![npm](https://img.shields.io/npm/v/@acme-ml/gatekeeper-sdk)](https://www.npmjs.com/package/@acme-ml/gatekeeper-sdk)

A proxy that routes chat traffic between hosted models and our own servers.
Try the demo at https://huggingface.co/spaces/acme-ml/gatekeeper-demo.

## Install

~~~bash
npm install @acme-ml/gatekeeper-sdk
docker run -p 8080:8080 ghcr.io/acme-ml/gatekeeper:1.4
~~~

## Background

- Tokenizer notes: https://huggingface.co/docs/transformers/main_classes/tokenizer
- Why we cache: https://huggingface.co/blog/llama31
- Paper: https://huggingface.co/papers/2407.21783

Routing sends 3/4 of traffic to the cheap tier; the split was set on 2024/05/14 and
reviewed in acme-ml/gatekeeper#212. Latency p50/p95 is in docs/perf/latency.md.

## License

Apache-2.0, see LICENSE. Contributions follow acme-ml/.github/CONTRIBUTING.md.
`,
});

// 19. package.json: scoped packages, a GitHub shorthand repository, script paths. No reference.
add({
  file: "web/package.json",
  type: "json",
  want: [],
  text: `{
  "name": "@acme-ml/web-embed",
  "version": "0.7.2",
  "private": true,
  "type": "module",
  "repository": "github:acme-ml/web-embed",
  "scripts": {
    "dev": "vite",
    "build": "tsc -b && vite build",
    "fetch-models": "node scripts/fetch-models.js --out public/models/onnx",
    "test": "vitest run src/workers"
  },
  "dependencies": {
    "@huggingface/inference": "^2.8.0",
    "@tanstack/react-query": "^5.51.1",
    "@xenova/transformers": "^2.17.2",
    "@tensorflow/tfjs-node": "^4.20.0",
    "onnxruntime-web": "1.18.0",
    "react": "^18.3.1"
  },
  "devDependencies": {
    "@types/react": "^18.3.3",
    "@vitejs/plugin-react": "^4.3.1",
    "typescript": "~5.5.3",
    "vite": "^5.3.4"
  },
  "browserslist": ["defaults", "not ie 11"]
}
`,
});

// 20. A transformers.js worker: one Hub model in pipeline(); local model paths, message types
// and import specifiers are not references.
add({
  file: "web/src/workers/embed.js",
  type: "js",
  want: [{ kind: "hf-model", id: "Xenova/all-MiniLM-L6-v2", line: 12 }],
  text: `import { env, pipeline } from "@xenova/transformers";

env.allowLocalModels = true;
env.localModelPath = "/models/onnx/";
env.backends.onnx.wasm.wasmPaths = "/vendor/ort/";

let extractor = null;

async function getExtractor(progress) {
  if (!extractor) {
    extractor = await pipeline("feature-extraction",
      "Xenova/all-MiniLM-L6-v2", { quantized: true, progress_callback: progress });
  }
  return extractor;
}

self.addEventListener("message", async (event) => {
  const { id, texts } = event.data;
  const fx = await getExtractor((p) => self.postMessage({ type: "progress/update", id, p }));
  const out = await fx(texts, { pooling: "mean", normalize: true });
  self.postMessage({ type: "result/ok", id, dims: out.dims, data: Array.from(out.data) });
});
`,
});

// 21. A release workflow: actions, images, a checkout of another repository, and an upload to the
// Hub (a push target, not something the repository brings in). No reference.
add({
  file: ".github/workflows/release.yml",
  type: "yaml",
  want: [],
  text: `name: release
on:
  push:
    tags: ["v*"]
permissions:
  contents: write
  packages: write
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/checkout@v4
        with:
          repository: acme-ml/helm-charts
          path: charts
          token: \${{ secrets.CHARTS_TOKEN }}
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v6
        with:
          context: .
          file: docker/Dockerfile.tgi
          tags: ghcr.io/acme-ml/embedder:\${{ github.ref_name }}
      - name: Publish ONNX export to the Hub
        env:
          HF_TOKEN: \${{ secrets.HF_TOKEN }}
        run: |
          huggingface-cli upload acme-ml/embedder-onnx ./dist/onnx . --commit-message "release \${{ github.ref_name }}"
      - uses: softprops/action-gh-release@v2
        with:
          files: dist/*.tar.gz
`,
});

// 22. A notebook: one Hub tokenizer in a code cell; bucket prefixes, figure paths and a
// markdown mention of an internal repository are not references.
add({
  file: "notebooks/explore.ipynb",
  type: "ipynb",
  want: [{ kind: "hf-model", id: "google-bert/bert-base-cased", line: 24 }],
  text: `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Ticket lengths\\n",
    "Features come from acme-ml/feature-store, snapshot 2024/06/01."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import matplotlib.pyplot as plt\\n",
    "from transformers import AutoTokenizer\\n",
    "\\n",
    "df = pd.read_parquet(\\"s3://acme-ml-data/tickets/2024/06/\\")\\n",
    "print(df.shape)\\n",
    "\\n",
    "tok = AutoTokenizer.from_pretrained(\\"google-bert/bert-base-cased\\")\\n",
    "df[\\"n_tokens\\"] = df.body.map(lambda s: len(tok(s).input_ids))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df.n_tokens.plot.hist(bins=50)\\n",
    "plt.savefig(\\"figures/tokens/hist.png\\")"
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
});

// 23. pyproject.toml: package pins, git sources, tool settings, test paths. No reference.
add({
  file: "pyproject.toml",
  type: "toml",
  want: [],
  text: `[project]
name = "acme-support-bot"
version = "0.9.0"
requires-python = ">=3.10"
dependencies = [
  "transformers>=4.42,<5",
  "torch==2.3.*",
  "peft>=0.11",
  "acme-evals",
]

[project.urls]
Homepage = "https://github.com/acme-ml/support-bot"
Issues = "https://github.com/acme-ml/support-bot/issues"

[tool.uv.sources]
acme-evals = { git = "https://github.com/acme-ml/evals", rev = "v0.4.1" }

[tool.ruff]
line-length = 110
extend-exclude = ["notebooks/archive", "third_party/llama.cpp"]

[tool.ruff.lint.per-file-ignores]
"tests/fixtures/*" = ["E501"]

[tool.pytest.ini_options]
testpaths = ["tests/unit", "tests/integration"]
markers = ["gpu: needs a CUDA device", "slow: over 30s"]

[tool.acme.eval]
judge = "gpt-4o-mini"
report_dir = "reports/eval/latest"
`,
});

// 24. An axolotl-style config: the base model and the Hub dataset are references; the local JSONL
// dataset, the output folder, W&B names and the hub_model_id push target are not.
add({
  file: "configs/train/lora.yaml",
  type: "yaml",
  want: [
    { kind: "hf-model", id: "NousResearch/Meta-Llama-3-8B", line: 1 },
    { kind: "hf-dataset", id: "teknium/OpenHermes-2.5", line: 12 },
  ],
  text: `base_model: NousResearch/Meta-Llama-3-8B
model_type: LlamaForCausalLM
tokenizer_type: AutoTokenizer

load_in_8bit: false
load_in_4bit: true
adapter: qlora

datasets:
  - path: data/support_tickets.jsonl
    type: alpaca
  - path: teknium/OpenHermes-2.5
    type: sharegpt
    split: train[:5%]
dataset_prepared_path: last_run_prepared/support
val_set_size: 0.05
output_dir: ./outputs/lora-out

sequence_len: 4096
lora_r: 32
lora_alpha: 16
lora_target_linear: true

wandb_project: llama3-support
wandb_entity: acme-ml
wandb_name: qlora/r32-a16

hub_model_id: acme-ml/llama3-support-lora
hub_strategy: every_save

gradient_accumulation_steps: 4
micro_batch_size: 2
num_epochs: 3
learning_rate: 0.0002
`,
});

// 25. GGUF conversion and upload: output file names, a push target, a GitHub release. No reference.
add({
  file: "scripts/convert_to_gguf.sh",
  type: "shell",
  want: [],
  text: `#!/usr/bin/env bash
set -euo pipefail

MERGED=outputs/merged
OUT=out/gguf
QUANT=Q4_K_M
TARGET_REPO=acme-ml/support-bot-GGUF
mkdir -p "$OUT"

python third_party/llama.cpp/convert_hf_to_gguf.py "$MERGED" \\
  --outfile "$OUT/support-bot-f16.gguf" --outtype f16
third_party/llama.cpp/build/bin/llama-quantize \\
  "$OUT/support-bot-f16.gguf" "$OUT/support-bot-$QUANT.gguf" "$QUANT"

sha256sum "$OUT"/*.gguf > "$OUT/SHA256SUMS"

huggingface-cli upload "$TARGET_REPO" "$OUT/support-bot-$QUANT.gguf" --repo-type model
huggingface-cli upload acme-ml/support-bot-GGUF "$OUT/SHA256SUMS"

gh release create "v$(cat VERSION)" --repo acme-ml/support-bot \\
  --title "support-bot $(cat VERSION)" "$OUT/support-bot-$QUANT.gguf#GGUF $QUANT"
echo "done: 1/1 quantizations, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
`,
});

// 26. A FastAPI server around vLLM: the model is a local folder (env default), the served name is
// our own, routes and MIME types. No reference.
add({
  file: "serve/app.py",
  type: "python",
  want: [],
  text: `import os

from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from vllm import LLM, SamplingParams

MODEL_PATH = os.environ.get("MODEL_PATH", "/models/llama3-8b-awq")
SERVED_NAME = os.environ.get("SERVED_NAME", "acme/support-bot")

app = FastAPI(title="support-bot")
llm = LLM(model=MODEL_PATH, quantization="awq", served_model_name=SERVED_NAME, max_model_len=8192)


@app.get("/v1/models")
def models() -> dict:
    return {"object": "list", "data": [{"id": SERVED_NAME, "owned_by": "acme-ml/platform"}]}


@app.get("/v1/models/{org}/{name}")
def model(org: str, name: str) -> dict:
    return {"id": f"{org}/{name}", "ready": f"{org}/{name}" == SERVED_NAME}


@app.post("/v1/completions")
def complete(body: dict) -> StreamingResponse:
    params = SamplingParams(temperature=body.get("temperature", 0.2), max_tokens=256)
    outs = llm.generate([body["prompt"]], params)

    def stream():
        for o in outs:
            yield f"data: {o.outputs[0].text}\\n\\n"

    return StreamingResponse(stream(), media_type="text/event-stream")
`,
});

// 27. docker compose: TGI serves a Hub model given after --model-id; other images are not.
add({
  file: "compose.yaml",
  type: "yaml",
  want: [{ kind: "hf-model", id: "TheBloke/Mistral-7B-Instruct-v0.2-AWQ", line: 5 }],
  text: `services:
  tgi:
    image: ghcr.io/huggingface/text-generation-inference:2.2
    command: >
      --model-id TheBloke/Mistral-7B-Instruct-v0.2-AWQ
      --quantize awq
      --max-total-tokens 8192
    environment:
      HF_HUB_CACHE: /data/hub
    volumes:
      - ./data:/data
    ports: ["8080:80"]
    deploy:
      resources:
        reservations:
          devices: [{ driver: nvidia, count: 1, capabilities: [gpu] }]
  redis:
    image: redis/redis-stack:7.2.0-v11
    ports: ["6379:6379"]
  qdrant:
    image: qdrant/qdrant:v1.9.2
    volumes:
      - ./qdrant/storage:/qdrant/storage
  api:
    build:
      context: .
      dockerfile: docker/api/Dockerfile
    environment:
      TGI_URL: http://tgi:80
      QDRANT_URL: http://qdrant:6333
      EMBED_MODEL_DIR: models/e5/onnx
    depends_on: [tgi, redis, qdrant]
`,
});

// 28. Hosted image and text generation: Replicate names (with versions), Vertex and Bedrock model
// names. No reference.
add({
  file: "src/lib/generate.ts",
  type: "ts",
  want: [],
  text: `import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";
import { VertexAI } from "@google-cloud/vertexai";
import Replicate from "replicate";

const replicate = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });

const SDXL =
  "stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b" as const;

export async function fastImage(prompt: string) {
  return replicate.run("black-forest-labs/flux-schnell", { input: { prompt, num_outputs: 1 } });
}

export async function detailedImage(prompt: string) {
  return replicate.run(SDXL, { input: { prompt, width: 1024, height: 1024 } });
}

export async function upscale(image: string) {
  return replicate.run("nightmareai/real-esrgan", { input: { image, scale: 2 } });
}

export async function summarize(text: string) {
  const vertex = new VertexAI({ project: "acme-ml-prod", location: "europe-west4" });
  const model = vertex.getGenerativeModel({ model: "publishers/google/models/gemini-1.5-pro-002" });
  const r = await model.generateContent(text);
  return r.response.candidates?.[0]?.content.parts[0]?.text ?? "";
}

export async function embed(text: string) {
  const client = new BedrockRuntimeClient({ region: "us-east-1" });
  const cmd = new InvokeModelCommand({
    modelId: "amazon.titan-embed-text-v2:0",
    contentType: "application/json",
    body: JSON.stringify({ inputText: text }),
  });
  return client.send(cmd);
}
`,
});

// 29. Benchmark notes: plain-text ids in a table are candidates (below 0.5 by the contract), not
// expected; the explicit model-card link is a reference. Ratios, dates and run folders are not.
add({
  file: "docs/benchmarks.md",
  type: "markdown",
  want: [{ kind: "hf-model", id: "mistralai/Mistral-7B-v0.1", line: 18 }],
  text: `# Throughput, June 2024

Runs live under runs/2024-06-12/a100 and runs/2024-06-13/l4. Batch ratio is 1/8 unless noted.

| model | GPU | tok/s (1/4 load) | tok/s (full) | date |
|---|---|---|---|---|
| meta-llama/Meta-Llama-3-8B-Instruct | A100/80G | 2,410 | 5,980 | 06/12 |
| mistralai/Mistral-7B-Instruct-v0.3 | A100/80G | 2,655 | 6,310 | 06/12 |
| acme/support-bot (AWQ) | L4/24G | 880 | 1,430 | 06/13 |
| gpt-4o-mini (hosted) | n/a | n/a | n/a | 06/13 |

Notes:

- Numbers are medians of 5 runs; the p50/p99 split is in runs/*/latency.csv.
- The L4 runs use the AWQ export from acme-ml/quantize (commit 4f2a9c1).
- All servers ran vLLM 0.5.0 with --enable-prefix-caching.

For the base model's card and its license see https://huggingface.co/mistralai/Mistral-7B-v0.1.
`,
});

// 30. GitHub housekeeping with gh and git: owner/repo everywhere. No reference.
add({
  file: "scripts/sync_labels.sh",
  type: "shell",
  want: [],
  text: `#!/usr/bin/env bash
# Copy issue labels from the template repository to every ML repository we own.
set -euo pipefail

TEMPLATE=acme-ml/repo-template
REPOS=(acme-ml/model-zoo acme-ml/support-bot acme-ml/gatekeeper acme-ml/evals)

gh api "repos/$TEMPLATE/labels?per_page=100" \\
  -H "Accept: application/vnd.github+json" > /tmp/labels.json

for repo in "\${REPOS[@]}"; do
  jq -c '.[]' /tmp/labels.json | while read -r label; do
    name=$(jq -r .name <<<"$label")
    gh label create "$name" --repo "$repo" --force \\
      --color "$(jq -r .color <<<"$label")" --description "$(jq -r .description <<<"$label")"
  done
  gh pr list --repo "$repo" --label "area/models" --state open --json number,title
done

git clone --depth 1 https://github.com/acme-ml/model-zoo.git /tmp/model-zoo
git -C /tmp/model-zoo remote add upstream git@github.com:huggingface/transformers.git
git -C /tmp/model-zoo fetch upstream main --depth 1
echo "synced 4/4 repositories"
`,
});

// 31. An Argo CD Application with kustomize image overrides. No reference.
add({
  file: "deploy/argocd/inference.yaml",
  type: "yaml",
  want: [],
  text: `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: inference-prod
  namespace: argocd
  annotations:
    notifications.argoproj.io/subscribe.on-sync-failed.slack: ml-alerts
  finalizers:
    - resources-finalizer.argocd.argoproj.io
spec:
  project: ml-platform
  source:
    repoURL: https://github.com/acme-ml/gitops
    targetRevision: main
    path: apps/inference/overlays/prod
    kustomize:
      images:
        - acme/embedder=ghcr.io/acme-ml/embedder:1.4.2
        - vllm/vllm-openai:v0.5.3
      commonLabels:
        app.kubernetes.io/managed-by: argocd
  destination:
    server: https://kubernetes.default.svc
    namespace: ml-serving
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
    syncOptions:
      - CreateNamespace=true
      - ServerSideApply=true
  ignoreDifferences:
    - group: apps/v1
      kind: Deployment
      jsonPointers: [/spec/replicas]
`,
});

// 32. @huggingface/inference calls: two Hub models (one as the default of an environment setting,
// which a user expects since it is what runs unless overridden); the OpenAI name and imports are not.
add({
  file: "src/lib/llm.ts",
  type: "ts",
  want: [
    { kind: "hf-model", id: "intfloat/multilingual-e5-small", line: 5 },
    { kind: "hf-model", id: "HuggingFaceH4/zephyr-7b-beta", line: 12 },
  ],
  text: `import { HfInference } from "@huggingface/inference";
import { NextResponse } from "next/server";
import OpenAI from "openai";

const EMBED_MODEL = process.env.EMBED_MODEL ?? "intfloat/multilingual-e5-small";
const hf = new HfInference(process.env.HF_TOKEN);
const openai = new OpenAI();

export async function draft(inputs: string) {
  const out = await hf.textGeneration({
    inputs,
    model: "HuggingFaceH4/zephyr-7b-beta",
    parameters: { max_new_tokens: 256, temperature: 0.3 },
  });
  return out.generated_text;
}

export async function embed(text: string) {
  return hf.featureExtraction({ model: EMBED_MODEL, inputs: "query: " + text });
}

export async function polish(text: string) {
  const r = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "Polish: " + text }],
  });
  return r.choices[0]?.message.content ?? text;
}

export async function POST(req: Request) {
  const { prompt } = (await req.json()) as { prompt: string };
  return NextResponse.json({ text: await polish(await draft(prompt)) }, { headers: { "content-type": "application/json" } });
}
`,
});

// 33. Asset download: a Hub file download and a Hub dataset; a torchvision URL, bucket copies, a
// local JSON builder and a repo id held in a variable are not references.
add({
  file: "scripts/download_assets.py",
  type: "python",
  want: [
    { kind: "hf-model", id: "openai/whisper-large-v3", line: 12 },
    { kind: "hf-dataset", id: "mozilla-foundation/common_voice_11_0", line: 25 },
  ],
  text: `import os
import subprocess
import urllib.request

from datasets import load_dataset
from huggingface_hub import hf_hub_download

MIRROR = os.environ.get("ASSET_REPO", "")


def fetch_whisper() -> str:
    cfg = hf_hub_download(repo_id="openai/whisper-large-v3", filename="config.json")
    if MIRROR:
        hf_hub_download(repo_id=MIRROR, filename="config.json")
    return cfg


def fetch_resnet() -> None:
    os.makedirs("weights", exist_ok=True)
    urllib.request.urlretrieve("https://download.pytorch.org/models/resnet50-0676ba61.pth", "weights/resnet50.pth")
    subprocess.run(["gsutil", "-m", "cp", "-r", "gs://acme-ml-models/whisper/ft-v2/", "weights/whisper/"], check=True)


def eval_sets():
    cv = load_dataset("mozilla-foundation/common_voice_11_0", "en", split="test[:1%]")
    ours = load_dataset("json", data_files="data/eval/asr/*.jsonl", split="train")
    return cv, ours


if __name__ == "__main__":
    fetch_whisper()
    fetch_resnet()
    eval_sets()
`,
});

// 34. Makefile: image tags, chart paths, a local model folder, and a LiteLLM-style hosted name
// after --model (openai/gpt-4o has no weights on the Hub). No reference.
add({
  file: "Makefile",
  type: "makefile",
  want: [],
  text: `VERSION ?= $(shell cat VERSION)
IMAGE ?= acme-ml/embedder
MODEL_DIR ?= models/bge-small/onnx
JUDGE ?= openai/gpt-4o

.PHONY: image push deploy serve bench clean

image:
	docker build -f docker/Dockerfile.embedder -t $(IMAGE):$(VERSION) .

push: image
	docker tag $(IMAGE):$(VERSION) ghcr.io/$(IMAGE):$(VERSION)
	docker push ghcr.io/$(IMAGE):$(VERSION)

deploy:
	helm upgrade --install embedder charts/embedder -n ml-serving \\
	  --set image.repository=ghcr.io/$(IMAGE) --set image.tag=$(VERSION)

serve:
	python -m embedder.serve --model $(MODEL_DIR) --port 8080

bench:
	python bench/judge.py --model $(JUDGE) --cases bench/cases/v2.jsonl --out reports/bench/latest

clean:
	rm -rf dist/ reports/bench/tmp/ $(MODEL_DIR)/.cache
`,
});

// 35. A LiteLLM proxy config: hosted models with provider prefixes (not references), and one
// Hub model served from our own vLLM through the OpenAI-compatible route (a reference: we run
// those weights).
add({
  file: "litellm/config.yaml",
  type: "yaml",
  want: [{ kind: "hf-model", id: "meta-llama/Meta-Llama-3-8B-Instruct", line: 18 }],
  text: `model_list:
  - model_name: fast
    litellm_params:
      model: groq/llama3-70b-8192
      api_key: os.environ/GROQ_API_KEY
  - model_name: smart
    litellm_params:
      model: anthropic/claude-3-5-sonnet-20240620
      api_key: os.environ/ANTHROPIC_API_KEY
  - model_name: mixtral
    litellm_params:
      model: together_ai/mistralai/Mixtral-8x7B-Instruct-v0.1
      api_key: os.environ/TOGETHERAI_API_KEY
  - model_name: own-llama
    litellm_params:
      api_base: http://vllm.ml-serving.svc:8000/v1
      api_key: none
      model: openai/meta-llama/Meta-Llama-3-8B-Instruct
  - model_name: embed
    litellm_params:
      model: bedrock/amazon.titan-embed-text-v2:0
      aws_region_name: us-east-1

router_settings:
  routing_strategy: latency-based-routing
  fallbacks: [{ smart: [fast] }]

litellm_settings:
  success_callback: ["langfuse"]
  cache: true
  cache_params: { type: redis, host: redis.ml-serving.svc, namespace: litellm/cache }
`,
});

// 36. Publishing to the Hub with HfApi: repo_id= here names the target we push to. No reference.
add({
  file: "scripts/publish.py",
  type: "python",
  want: [],
  text: `"""Publish the trained reranker to our Hub organisation."""
import argparse

from huggingface_hub import HfApi, ModelCard

TARGET = "acme-ml/reranker-v2"


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--folder", default="outputs/reranker/best")
    p.add_argument("--tag", default="v2.0")
    args = p.parse_args()

    api = HfApi()
    api.create_repo("acme-ml/reranker-v2", private=True, exist_ok=True)
    api.upload_folder(repo_id="acme-ml/reranker-v2", folder_path=args.folder,
                      commit_message=f"reranker {args.tag}", ignore_patterns=["*.pt", "optimizer/*"])
    card = ModelCard.load(f"{args.folder}/README.md")
    card.push_to_hub(TARGET)
    api.upload_file(path_or_fileobj="LICENSE", path_in_repo="LICENSE", repo_id=TARGET)
    api.create_tag(TARGET, tag=args.tag)
    print(f"https://huggingface.co/spaces/acme-ml/reranker-demo will pick up {TARGET}@{args.tag}")


if __name__ == "__main__":
    main()
`,
});

// 37. lm-eval runs: the pretrained= model is a reference, and so is the tokenizer the
// local-completions run downloads; the served name on our own endpoint, task names and output
// folders are not.
add({
  file: "eval/run_harness.sh",
  type: "shell",
  want: [
    { kind: "hf-model", id: "mistralai/Mistral-7B-v0.1", line: 6 },
    { kind: "hf-model", id: "meta-llama/Meta-Llama-3-8B-Instruct", line: 15 },
  ],
  text: `#!/usr/bin/env bash
set -euo pipefail
OUT=results/$(date +%Y-%m-%d)

lm_eval --model hf \\
  --model_args pretrained=mistralai/Mistral-7B-v0.1,dtype=bfloat16 \\
  --tasks hellaswag,arc_easy,winogrande \\
  --batch_size 8 \\
  --output_path "$OUT/mistral-7b/"

# Our own server, scored through its completions route; the tokenizer comes from the Hub.
lm_eval --model local-completions \\
  --tasks gsm8k \\
  --model_args model=acme/support-bot,base_url=http://localhost:8000/v1/completions,\\
tokenizer=meta-llama/Meta-Llama-3-8B-Instruct,num_concurrent=4 \\
  --output_path "$OUT/support-bot/"

python scripts/summarize.py "$OUT" --format md > "$OUT/summary.md"
echo "wrote $OUT/summary.md (2/2 runs)"
`,
});

// 38. A model registry in TOML: a Vertex name, a local folder and one Hub reranker under `model`.
add({
  file: "configs/models.toml",
  type: "toml",
  want: [{ kind: "hf-model", id: "BAAI/bge-reranker-v2-m3", line: 12 }],
  text: `[storage]
prefix = "gs://acme-ml/registry/v3"
cache = "/var/cache/acme/models"

[models.chat]
provider = "vertex"
model = "gemini-1.5-pro-002"
region = "europe-west4"

[models.rerank]
provider = "hf"
model = "BAAI/bge-reranker-v2-m3"
max_length = 512

[models.embed]
provider = "local"
model_path = "/srv/models/e5-large"
dims = 1024

[models.asr]
provider = "openai"
model = "whisper-1"

[routing]
default = "chat"
fallback_ratio = "1/10"
`,
});

// 39. Express routes: route patterns with :org/:name, MIME types, upload folders. No reference.
add({
  file: "server/src/routes.ts",
  type: "ts",
  want: [],
  text: `import path from "node:path";
import express from "express";
import multer from "multer";
import { lookupModel } from "@acme-ml/registry-client";

const upload = multer({ dest: path.join("uploads", "images", "2024", "06") });
export const router = express.Router();

router.get("/api/models/:org/:name", async (req, res) => {
  const id = req.params.org + "/" + req.params.name;
  const entry = await lookupModel(id);
  if (!entry) return res.status(404).type("application/problem+json").send({ title: "unknown model" });
  res.type("application/json").send(entry);
});

router.post("/api/images/upload", upload.single("image"), (req, res) => {
  if (!req.file || !["image/png", "image/jpeg", "image/webp"].includes(req.file.mimetype)) {
    return res.status(415).send({ accepted: "image/png, image/jpeg, image/webp" });
  }
  res.status(201).send({ stored: req.file.path });
});

router.get("/healthz", (_req, res) => res.type("text/plain").send("ok"));

router.get("/docs/openapi/v1", (_req, res) => {
  res.sendFile(path.resolve("public/docs/openapi/v1.json"));
});
`,
});

// 40. Vision training: a timm hf-hub: model and a torch.hub GitHub repository; data folders and
// checkpoint paths are not references.
add({
  file: "train/vision.py",
  type: "python",
  want: [
    { kind: "hf-model", id: "timm/vit_base_patch16_224.augreg2_in21k_ft_in1k", line: 9 },
    { kind: "github-repo", id: "facebookresearch/dinov2", line: 10 },
  ],
  text: `import timm
import torch
from torchvision import datasets, transforms

tf = transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224), transforms.ToTensor()])
train = datasets.ImageFolder("data/imagenet-subset/train", transform=tf)
loader = torch.utils.data.DataLoader(train, batch_size=64, shuffle=True, num_workers=4)

student = timm.create_model("hf-hub:timm/vit_base_patch16_224.augreg2_in21k_ft_in1k", pretrained=True)
teacher = torch.hub.load("facebookresearch/dinov2", "dinov2_vits14")
teacher.eval()

opt = torch.optim.AdamW(student.parameters(), lr=3e-4)
for epoch in range(3):
    for x, _ in loader:
        with torch.no_grad():
            t = teacher(x)
        s = student.forward_features(x).mean(1)[:, : t.shape[1]]
        loss = torch.nn.functional.mse_loss(s, t)
        opt.zero_grad()
        loss.backward()
        opt.step()
    torch.save(student.state_dict(), f"checkpoints/vit-distill/epoch-{epoch}.pt")
`,
});

/**
 * The misses and false alarms measured on the first run (labels fixed before it), each with why a
 * user expects the label. A fix must strike its entry here and raise FLOOR.
 */
// Every false alarm of the measured run was fixed in the same stop (see the header).
const KNOWN: Outcome[] = [];

const FLOOR = { recall: 1, precision: 1 };

describe("round 13 held-out (precision-dense files)", () => {
  it("holds 40 files of realistic length, about half with no reference", () => {
    expect(CASES).toHaveLength(40);
    expect(new Set(CASES.map((c) => c.file)).size).toBe(40);
    for (const c of CASES) {
      const n = c.text.split("\n").length;
      expect(n, `${c.file} has ${n} lines`).toBeGreaterThanOrEqual(15);
      expect(n, `${c.file} has ${n} lines`).toBeLessThanOrEqual(62);
    }
    const empty = CASES.filter((c) => c.want.length === 0).length;
    expect(empty).toBeGreaterThanOrEqual(17);
    expect(empty).toBeLessThanOrEqual(23);
  });

  it("labels: every expected id sits on its stated line, once per reference", () => {
    const wrong: string[] = [];
    for (const c of CASES) {
      const lines = c.text.split("\n");
      const keys = c.want.map(refKey);
      expect(new Set(keys).size, `${c.file}: duplicate labels`).toBe(keys.length);
      for (const r of c.want) {
        const line = lines[r.line - 1] ?? "";
        const where = lines.flatMap((l, i) => (l.includes(r.id) ? [i + 1] : []));
        if (!line.includes(r.id))
          wrong.push(`${c.file}: ${r.id} is on lines ${where.join(",")}, not ${r.line}`);
        if (r.revision && !line.includes(r.revision)) wrong.push(`${c.file}: no ${r.revision} on ${r.line}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("the KNOWN table names only files and references of this round", () => {
    const files = new Set(CASES.map((c) => c.file));
    for (const k of KNOWN) {
      expect(files.has(k.file), `KNOWN names an unknown file ${k.file}`).toBe(true);
      const c = CASES.find((x) => x.file === k.file)!;
      if (k.what === "miss") expect(c.want.map(refKey)).toContain(k.ref);
      else expect(c.want.map(refKey)).not.toContain(k.ref);
    }
  });

  heldoutChecks("r13", CASES, { known: KNOWN, floor: FLOOR, verbose: process.env.R13_VERBOSE === "1" });
});
