// Detection on code shaped like real projects write it (Python scripts, notebooks, JS/TS apps):
// each case lists every reference a user expects at confidence >= 0.5 ("kind id[@rev]:line"), and
// the candidates (below 0.5) it may keep. The snippets are our own, in the shapes found in public
// repositories: training scripts, RAG services, Gradio/Streamlit apps, workers, tests.

import { describe, expect, it } from "vitest";
import { type CodeCase, codeCaseChecks, refs } from "./helpers.js";

const NOTEBOOK = String.raw`{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Fine-tune Mistral with QLoRA\n",
    "We start from mistralai/Mistral-7B-v0.1 and the guanaco set."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "!pip install -q -U transformers peft bitsandbytes\n",
    "!huggingface-cli download TheBloke/Mistral-7B-v0.1-GGUF mistral-7b-v0.1.Q4_K_M.gguf --local-dir .\n",
    "%env HF_HOME=/content/hf"
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
      "Downloading google/gemma-7b shards: 100%\n"
     ]
    }
   ],
   "source": [
    "model_name = \"mistralai/Mistral-7B-v0.1\"\n",
    "dataset = load_dataset(\"timdettmers/openassistant-guanaco\", split=\"train\")\n",
    "tokenizer = AutoTokenizer.from_pretrained(model_name)\n",
    "model = AutoModelForCausalLM.from_pretrained(\n",
    "    model_name,\n",
    "    quantization_config=BitsAndBytesConfig(load_in_4bit=True),\n",
    ")\n",
    "# model = AutoModelForCausalLM.from_pretrained(\"meta-llama/Llama-2-7b-hf\")\n",
    "trainer.push_to_hub(\"my-user/mistral-guanaco\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": "from sentence_transformers import SentenceTransformer\nemb = SentenceTransformer(\"BAAI/bge-base-en-v1.5\")\n"
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`;

type Case = CodeCase;

const CASES: Case[] = [
  {
    name: "HF Trainer script: dataclass arguments, push targets, output dirs",
    file: "train_sft.py",
    src: `from dataclasses import dataclass, field
from typing import Optional

@dataclass
class ModelArguments:
    model_name_or_path: str = field(
        default="meta-llama/Llama-2-7b-hf",
        metadata={"help": "Path to pretrained model or model identifier from huggingface.co/models"},
    )
    tokenizer_name: Optional[str] = field(default=None, metadata={"help": "defaults to the model"})
    use_fast_tokenizer: bool = field(default=True)

@dataclass
class DataArguments:
    dataset_name: str = field(default="tatsu-lab/alpaca", metadata={"help": "The dataset on the Hub"})
    output_dir: str = field(default="outputs/llama-sft")
    hub_model_id: str = field(default="my-org/llama-sft")

def main():
    training_args = TrainingArguments(
        output_dir="results/llama2-alpaca",
        hub_model_id="my-user/llama2-alpaca",
        push_to_hub=True,
        report_to="wandb",
    )
    trainer.push_to_hub()
    model.push_to_hub("my-user/llama2-alpaca-merged", private=True)
`,
    want: ["hf-dataset tatsu-lab/alpaca:15", "hf-model meta-llama/Llama-2-7b-hf:7"],
  },
  {
    name: "argparse with short flags first, choices, and env defaults",
    file: "cli.py",
    src: `import argparse, os

def parse():
    p = argparse.ArgumentParser()
    p.add_argument("-m", "--model", type=str, default="mistralai/Mistral-7B-Instruct-v0.2")
    p.add_argument(
        "--dataset",
        default="HuggingFaceH4/ultrachat_200k",
        help="dataset on the hub",
    )
    p.add_argument("--output-dir", default="./out")
    p.add_argument("--push-to", default="me/out-model")
    p.add_argument("--embedding_model", default=os.environ.get("EMBEDDING_MODEL", "BAAI/bge-small-en-v1.5"))
    p.add_argument("--reranker", choices=["BAAI/bge-reranker-base", "BAAI/bge-reranker-large"], required=True)
    p.add_argument("--layout", choices=["row/major", "col/major"])
    p.add_argument("--tokenizer", type=str)
    return p.parse_args()

MODEL_ID = os.environ.get("MODEL_ID", "Qwen/Qwen2.5-7B-Instruct")
RERANKER = os.getenv("RERANKER_MODEL", default="BAAI/bge-reranker-base")
HF_TOKEN = os.getenv("HF_TOKEN")
`,
    want: [
      "hf-dataset HuggingFaceH4/ultrachat_200k:8",
      "hf-model BAAI/bge-reranker-base:14",
      "hf-model BAAI/bge-reranker-base:20",
      "hf-model BAAI/bge-reranker-large:14",
      "hf-model BAAI/bge-small-en-v1.5:13",
      "hf-model Qwen/Qwen2.5-7B-Instruct:19",
      "hf-model mistralai/Mistral-7B-Instruct-v0.2:5",
    ],
    // choices of a flag that names no model stay candidates, and never leak to the next flag
    cands: ["col/major", "row/major"],
  },
  {
    name: "pydantic settings and typer options: the first positional is the default",
    file: "settings.py",
    src: `from pydantic import Field
from pydantic_settings import BaseSettings
import typer

class Settings(BaseSettings):
    embedding_model: str = "sentence-transformers/all-MiniLM-L6-v2"
    llm_model: str = Field("HuggingFaceH4/zephyr-7b-beta", description="chat model")
    reranker: str = Field(default="cross-encoder/ms-marco-MiniLM-L-6-v2")
    data_dir: str = Field("data/raw")

def run(
    model: str = typer.Option("google/flan-t5-base", "--model", "-m", help="Hub id"),
    out: str = typer.Option("outputs/flan", help="where to save"),
):
    ...
`,
    want: [
      "hf-model HuggingFaceH4/zephyr-7b-beta:7",
      "hf-model cross-encoder/ms-marco-MiniLM-L-6-v2:8",
      "hf-model google/flan-t5-base:12",
      "hf-model sentence-transformers/all-MiniLM-L6-v2:6",
    ],
  },
  {
    name: "click options and absl flags",
    file: "serve.py",
    src: `import click
from absl import flags

flags.DEFINE_string("model_name", "google/t5-v1_1-base", "The checkpoint to fine-tune.")
flags.DEFINE_string("output_dir", "/tmp/t5", "Where to write.")

@click.command()
@click.option("--model-id", default="microsoft/Phi-3-mini-4k-instruct", show_default=True)
@click.option("--port", default=8080)
def serve(model_id, port):
    pipe = pipeline("text-generation", model=model_id, device_map="auto")
`,
    want: ["hf-model google/t5-v1_1-base:4", "hf-model microsoft/Phi-3-mini-4k-instruct:8"],
  },
  {
    name: "transformers: legacy ids, checkpoints in variables, revision, chained calls",
    file: "classify.py",
    src: `import torch
from transformers import AutoTokenizer, AutoModelForSequenceClassification, pipeline

model_checkpoint = "distilbert-base-uncased"
model_ckpt = "microsoft/xtremedistil-l6-h256-uncased"
tokenizer = AutoTokenizer.from_pretrained(model_checkpoint, use_fast=True)
model = AutoModelForSequenceClassification.from_pretrained(model_ckpt, num_labels=2)
t5 = T5ForConditionalGeneration.from_pretrained("t5-small")
gpt = GPT2LMHeadModel.from_pretrained('gpt2-medium').to("cuda")
bert = BertModel.from_pretrained('bert-base-chinese', output_hidden_states=True).eval()
mpt = AutoModelForCausalLM.from_pretrained(
    "mosaicml/mpt-7b",
    revision="refs/pr/1",
    trust_remote_code=True,
)
glm = AutoModel.from_pretrained("THUDM/chatglm3-6b", trust_remote_code=True).half().cuda()
sst = pipeline("sentiment-analysis", model="distilbert-base-uncased-finetuned-sst-2-english")
asr = pipeline(task="automatic-speech-recognition", model="openai/whisper-small", chunk_length_s=30)
summ = pipeline("summarization", "facebook/bart-large-cnn")
ner = pipeline("ner", aggregation_strategy="simple")
gen = pipeline("text-generation", model=model, tokenizer=tokenizer)
`,
    want: [
      "hf-model THUDM/chatglm3-6b:16",
      "hf-model distilbert-base-uncased-finetuned-sst-2-english:17",
      "hf-model distilbert-base-uncased:4",
      "hf-model facebook/bart-large-cnn:19",
      "hf-model gpt2-medium:9",
      "hf-model bert-base-chinese:10",
      "hf-model microsoft/xtremedistil-l6-h256-uncased:5",
      "hf-model mosaicml/mpt-7b@refs/pr/1:12",
      "hf-model openai/whisper-small:18",
      "hf-model t5-small:8",
    ],
  },
  {
    name: "class constants, self attributes, function defaults, dict of models",
    file: "models.py",
    src: `class Summarizer:
    MODEL_NAME = "facebook/bart-large-cnn"

    def __init__(self, model_id: str = "google/pegasus-xsum", device="cpu"):
        self.tokenizer = AutoTokenizer.from_pretrained(self.MODEL_NAME)
        self.model_id = model_id or "sshleifer/distilbart-cnn-12-6"

def load(model_name: str = "google/flan-t5-large"):
    return AutoModelForSeq2SeqLM.from_pretrained(model_name)

MODELS = {
    "llama": "meta-llama/Meta-Llama-3-8B-Instruct",
    "mistral": "mistralai/Mistral-7B-Instruct-v0.3",
}
SUPPORTED_MODELS = [
    "google/gemma-2b-it",
    "microsoft/phi-2",
]
whisper = {"small": "openai/whisper-small", "large": "openai/whisper-large-v3"}[size]
config = {
    "model_name": "microsoft/deberta-v3-base",
    "max_len": 512,
    "lr": 2e-5,
}
tok = AutoTokenizer.from_pretrained(config["model_name"])
`,
    want: [
      "hf-model facebook/bart-large-cnn:2",
      "hf-model google/flan-t5-large:8",
      "hf-model google/gemma-2b-it:16",
      "hf-model google/pegasus-xsum:4",
      "hf-model meta-llama/Meta-Llama-3-8B-Instruct:12",
      "hf-model microsoft/deberta-v3-base:21",
      "hf-model microsoft/phi-2:17",
      "hf-model mistralai/Mistral-7B-Instruct-v0.3:13",
      "hf-model sshleifer/distilbart-cnn-12-6:6",
    ],
    cands: ["openai/whisper-large-v3", "openai/whisper-small"],
  },
  {
    name: "PEFT / QLoRA / unsloth fine-tuning",
    file: "qlora.py",
    src: `from peft import PeftModel, PeftConfig, LoraConfig
from unsloth import FastLanguageModel

base_model = "NousResearch/Llama-2-7b-chat-hf"
new_model = "llama-2-7b-miniguanaco"
dataset = load_dataset("mlabonne/guanaco-llama2-1k", split="train")
model = AutoModelForCausalLM.from_pretrained(base_model, quantization_config=bnb_config, device_map={"": 0})
peft_model_id = "ybelkada/opt-350m-lora"
config = PeftConfig.from_pretrained(peft_model_id)
model = PeftModel.from_pretrained(model, "tloen/alpaca-lora-7b", torch_dtype=torch.float16)
model, tokenizer = FastLanguageModel.from_pretrained(
    model_name = "unsloth/llama-3-8b-bnb-4bit",
    max_seq_length = 2048,
    load_in_4bit = True,
)
model.save_pretrained_merged("outputs", tokenizer, save_method = "merged_16bit")
model.push_to_hub_merged("hf-user/llama3-finetune", tokenizer, save_method = "merged_16bit", token = "")
model.push_to_hub_gguf("hf-user/llama3-finetune-gguf", tokenizer, quantization_method = "q4_k_m")
trainer.model.save_pretrained(new_model)
`,
    want: [
      "hf-dataset mlabonne/guanaco-llama2-1k:6",
      "hf-model NousResearch/Llama-2-7b-chat-hf:4",
      "hf-model tloen/alpaca-lora-7b:10",
      "hf-model unsloth/llama-3-8b-bnb-4bit:12",
      "hf-model ybelkada/opt-350m-lora:8",
    ],
  },
  {
    name: "diffusers: SDXL with refiner, ControlNet, LoRA, IP-Adapter, Flux",
    file: "sdxl.py",
    src: `import torch
from diffusers import DiffusionPipeline, ControlNetModel, FluxPipeline

pipe = DiffusionPipeline.from_pretrained(
    "stabilityai/stable-diffusion-xl-base-1.0",
    torch_dtype=torch.float16, variant="fp16", use_safetensors=True
).to("cuda")
refiner = DiffusionPipeline.from_pretrained(
    "stabilityai/stable-diffusion-xl-refiner-1.0",
    text_encoder_2=pipe.text_encoder_2,
    vae=pipe.vae,
)
controlnet = ControlNetModel.from_pretrained("lllyasviel/sd-controlnet-canny", torch_dtype=torch.float16)
pipe.scheduler = DPMSolverMultistepScheduler.from_config(pipe.scheduler.config)
pipe.load_lora_weights("XLabs-AI/flux-lora-collection", weight_name="anime_lora.safetensors", adapter_name="anime")
pipe.load_ip_adapter("h94/IP-Adapter", subfolder="models", weight_name="ip-adapter_sd15.bin")
flux = FluxPipeline.from_pretrained("black-forest-labs/FLUX.1-dev", torch_dtype=torch.bfloat16)
image = pipe(prompt="an astronaut", num_inference_steps=30).images[0]
image.save("outputs/astronaut.png")
`,
    want: [
      "hf-model XLabs-AI/flux-lora-collection:15",
      "hf-model black-forest-labs/FLUX.1-dev:17",
      "hf-model h94/IP-Adapter:16",
      "hf-model lllyasviel/sd-controlnet-canny:13",
      "hf-model stabilityai/stable-diffusion-xl-base-1.0:5",
      "hf-model stabilityai/stable-diffusion-xl-refiner-1.0:9",
    ],
  },
  {
    name: "huggingface_hub downloads and API reads; uploads are not references",
    file: "fetch.py",
    src: `from huggingface_hub import hf_hub_download, snapshot_download, HfApi

path = hf_hub_download(repo_id="TheBloke/Mistral-7B-Instruct-v0.2-GGUF", filename="mistral-7b-instruct-v0.2.Q4_K_M.gguf")
local_dir = snapshot_download("openai/whisper-large-v3", allow_patterns=["*.json", "*.safetensors"])
snapshot_download(repo_id="HuggingFaceFW/fineweb-edu", repo_type="dataset", local_dir="data/fineweb")
cfg = hf_hub_download("bigscience/bloom-560m", "config.json", revision="v1.0")
api = HfApi()
info = api.model_info("google/gemma-2-9b-it")
api.upload_file(path_or_fileobj="model.safetensors", path_in_repo="model.safetensors", repo_id="my-org/my-model")
api.create_repo("my-org/my-model", private=True, exist_ok=True)
models = api.list_models(author="meta-llama", sort="downloads")
`,
    want: [
      "hf-dataset HuggingFaceFW/fineweb-edu:5",
      "hf-model TheBloke/Mistral-7B-Instruct-v0.2-GGUF:3",
      "hf-model bigscience/bloom-560m@v1.0:6",
      "hf-model google/gemma-2-9b-it:8",
      "hf-model openai/whisper-large-v3:4",
    ],
  },
  {
    name: "sentence-transformers, FlagEmbedding, fastembed, faster-whisper",
    file: "embed.py",
    src: `from sentence_transformers import SentenceTransformer, CrossEncoder
from FlagEmbedding import BGEM3FlagModel, FlagReranker
from fastembed import TextEmbedding
from faster_whisper import WhisperModel

model = SentenceTransformer("all-MiniLM-L6-v2", device="cuda")
mpnet = SentenceTransformer('sentence-transformers/all-mpnet-base-v2')
reranker = CrossEncoder("cross-encoder/ms-marco-MiniLM-L-6-v2", max_length=512)
m3 = BGEM3FlagModel('BAAI/bge-m3', use_fp16=True)
rr = FlagReranker('BAAI/bge-reranker-v2-m3', use_fp16=True)
fe = TextEmbedding("BAAI/bge-small-en-v1.5")
fe2 = TextEmbedding(model_name="nomic-ai/nomic-embed-text-v1.5")
asr = WhisperModel("Systran/faster-distil-whisper-large-v3", device="cuda", compute_type="float16")
asr_local = WhisperModel("large-v3", device="cpu")
`,
    want: [
      "hf-model BAAI/bge-m3:9",
      "hf-model BAAI/bge-reranker-v2-m3:10",
      "hf-model BAAI/bge-small-en-v1.5:11",
      "hf-model Systran/faster-distil-whisper-large-v3:13",
      // a size name is the conversion faster-whisper downloads for it
      "hf-model Systran/faster-whisper-large-v3:14",
      "hf-model cross-encoder/ms-marco-MiniLM-L-6-v2:8",
      "hf-model nomic-ai/nomic-embed-text-v1.5:12",
      "hf-model sentence-transformers/all-MiniLM-L6-v2:6",
      "hf-model sentence-transformers/all-mpnet-base-v2:7",
    ],
  },
  {
    name: "vLLM, SGLang, llama-cpp-python, ctransformers, AutoGPTQ",
    file: "infer.py",
    src: `from vllm import LLM, SamplingParams
from llama_cpp import Llama

llm = LLM(model="meta-llama/Meta-Llama-3.1-8B-Instruct", tensor_parallel_size=2, max_model_len=8192)
small = LLM("facebook/opt-125m")
params = SamplingParams(temperature=0.8, top_p=0.95)
engine = sgl.Engine(model_path="Qwen/Qwen2.5-1.5B-Instruct")
gguf = Llama.from_pretrained(
    repo_id="Qwen/Qwen2-0.5B-Instruct-GGUF",
    filename="*q8_0.gguf",
    verbose=False,
)
local = Llama(model_path="./models/llama-2-7b.Q4_K_M.gguf", n_ctx=4096)
ct = CTAutoModel.from_pretrained("TheBloke/Llama-2-7b-Chat-GGUF", model_file="llama-2-7b-chat.Q4_K_M.gguf", model_type="llama")
gptq = AutoGPTQForCausalLM.from_quantized("TheBloke/Llama-2-13B-chat-GPTQ", use_safetensors=True)
`,
    want: [
      "hf-model Qwen/Qwen2-0.5B-Instruct-GGUF:9",
      "hf-model Qwen/Qwen2.5-1.5B-Instruct:7",
      "hf-model TheBloke/Llama-2-13B-chat-GPTQ:15",
      "hf-model TheBloke/Llama-2-7b-Chat-GGUF:14",
      "hf-model facebook/opt-125m:5",
      "hf-model meta-llama/Meta-Llama-3.1-8B-Instruct:4",
    ],
  },
  {
    name: "timm, open_clip, torch.hub, ultralytics",
    file: "vision.py",
    src: `import timm, open_clip, torch
from ultralytics import YOLO, RTDETR

vit = timm.create_model("hf-hub:timm/vit_base_patch16_224.augreg_in21k", pretrained=True)
r50 = timm.create_model("resnet50", pretrained=True)
clip, preprocess = open_clip.create_model_from_pretrained('hf-hub:laion/CLIP-ViT-g-14-laion2B-s12B-b42K')
tokenizer = open_clip.get_tokenizer('hf-hub:laion/CLIP-ViT-g-14-laion2B-s12B-b42K')
b32, _, pre = open_clip.create_model_and_transforms('ViT-B-32', pretrained='laion2b_s34b_b79k')
resnet = torch.hub.load("pytorch/vision:v0.10.0", "resnet18", pretrained=True)
midas = torch.hub.load("intel-isl/MiDaS", "DPT_Large")
yolov5 = torch.hub.load('ultralytics/yolov5', 'yolov5s')
dino = torch.hub.load(repo_or_dir="facebookresearch/dino:main", model="dino_vits16")
custom = torch.hub.load("./yolov5", "custom", path="best.pt", source="local")
det = YOLO("yolov8n.pt")
seg = YOLO("yolo11n-seg.pt")
mine = YOLO("runs/detect/train/weights/best.pt")
scratch = YOLO("yolov8n.yaml")
rt = RTDETR("rtdetr-l.pt")
det.export(format="onnx")
`,
    want: [
      "github-repo facebookresearch/dino@main:12",
      "github-repo intel-isl/MiDaS:10",
      "github-repo pytorch/vision@v0.10.0:9",
      "github-repo ultralytics/ultralytics:14",
      "github-repo ultralytics/ultralytics:15",
      "github-repo ultralytics/ultralytics:18",
      "github-repo ultralytics/yolov5:11",
      "hf-model laion/CLIP-ViT-g-14-laion2B-s12B-b42K:6",
      "hf-model laion/CLIP-ViT-g-14-laion2B-s12B-b42K:7",
      "hf-model timm/vit_base_patch16_224.augreg_in21k:4",
    ],
  },
  {
    name: "datasets: builders, local folders, configs and keyword paths",
    file: "data.py",
    src: `from datasets import load_dataset, load_from_disk

imdb = load_dataset("imdb")
mrpc = load_dataset("glue", "mrpc", split="train")
local = load_dataset("json", data_files="data/train.jsonl")
sft = load_dataset("HuggingFaceH4/ultrachat_200k", split="train_sft")
c4 = load_dataset(path="allenai/c4", name="en", streaming=True)
csvs = load_dataset("csv", data_files={"train": "train.csv", "test": "test.csv"})
folder = load_dataset("./local_dir")
imgs = load_dataset("imagefolder", data_dir="images/")
disk = load_from_disk("data/processed")
ds = ds.map(tokenize, batched=True, remove_columns=["text"])
ds.push_to_hub("my-org/processed-data")
`,
    want: [
      "hf-dataset HuggingFaceH4/ultrachat_200k:6",
      "hf-dataset allenai/c4:7",
      "hf-dataset glue:4",
      "hf-dataset imdb:3",
    ],
  },
  {
    name: "LangChain and LlamaIndex: HF models in, hosted-API names out",
    file: "rag.py",
    src: `from langchain_huggingface import HuggingFaceEmbeddings, HuggingFaceEndpoint, HuggingFacePipeline
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from llama_index.embeddings.huggingface import HuggingFaceEmbedding

embeddings = HuggingFaceEmbeddings(model_name="sentence-transformers/all-MiniLM-L6-v2")
bare = HuggingFaceEmbeddings(model_name="all-mpnet-base-v2")
bge = HuggingFaceBgeEmbeddings(
    model_name="BAAI/bge-large-en-v1.5",
    model_kwargs={"device": "cpu"},
    encode_kwargs={"normalize_embeddings": True},
)
llm = HuggingFaceEndpoint(repo_id="mistralai/Mistral-7B-Instruct-v0.2", max_new_tokens=512)
local_llm = HuggingFacePipeline.from_model_id(model_id="gpt2", task="text-generation")
Settings.embed_model = HuggingFaceEmbedding(model_name="BAAI/bge-small-en-v1.5")
chat = ChatOpenAI(model="gpt-4o-mini", temperature=0)
claude = ChatAnthropic(model="claude-3-5-sonnet-20240620")
oai_emb = OpenAIEmbeddings(model="text-embedding-3-small")
ollama = ChatOllama(model="llama3.1:8b")
gemini = ChatGoogleGenerativeAI(model="gemini-1.5-pro")
router = ChatLiteLLM(model="groq/llama3-70b-8192")
rep = Replicate(model="meta/llama-2-70b-chat", model_kwargs={"temperature": 0.75})
out = replicate.run("black-forest-labs/flux-schnell", input={"prompt": "a cat"})
ds = ChatOpenAI(model="deepseek/deepseek-chat", base_url="https://api.deepseek.com")
vectorstore = Chroma.from_documents(docs, embeddings, persist_directory="db/chroma")
`,
    want: [
      "hf-model BAAI/bge-large-en-v1.5:8",
      "hf-model BAAI/bge-small-en-v1.5:14",
      "hf-model gpt2:13",
      "hf-model mistralai/Mistral-7B-Instruct-v0.2:12",
      "hf-model sentence-transformers/all-MiniLM-L6-v2:5",
      "hf-model sentence-transformers/all-mpnet-base-v2:6",
    ],
  },
  {
    name: "OpenAI-compatible clients on the HF router and InferenceClient",
    file: "chat.py",
    src: `import os
from openai import OpenAI
from huggingface_hub import InferenceClient

client = OpenAI(base_url="https://router.huggingface.co/v1", api_key=os.environ["HF_TOKEN"])
completion = client.chat.completions.create(
    model="openai/gpt-oss-120b:fireworks-ai",
    messages=[{"role": "user", "content": "What is the capital of France?"}],
)
other = client.chat.completions.create(model="deepseek-ai/DeepSeek-V3-0324:together", messages=msgs)
gpt = OpenAI().chat.completions.create(model="gpt-4o", messages=msgs)
hf = InferenceClient(provider="hf-inference", api_key=os.environ["HF_TOKEN"])
out = hf.text_generation(model="meta-llama/Llama-3.2-3B-Instruct", prompt="Hi")
img = hf.text_to_image("a cat", model="stabilityai/stable-diffusion-xl-base-1.0")
direct = InferenceClient("HuggingFaceH4/zephyr-7b-beta")

def get_completion(prompt: str, model: str = "Qwen/Qwen2.5-Coder-32B-Instruct:nebius") -> str:
    return client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
`,
    want: [
      "hf-model HuggingFaceH4/zephyr-7b-beta:15",
      "hf-model Qwen/Qwen2.5-Coder-32B-Instruct:17",
      "hf-model deepseek-ai/DeepSeek-V3-0324:10",
      "hf-model meta-llama/Llama-3.2-3B-Instruct:13",
      "hf-model openai/gpt-oss-120b:7",
      "hf-model stabilityai/stable-diffusion-xl-base-1.0:14",
    ],
  },
  {
    name: "TRL trainers with inline datasets and configs",
    file: "grpo.py",
    src: `from trl import SFTTrainer, SFTConfig, GRPOTrainer, GRPOConfig

trainer = SFTTrainer(
    model="Qwen/Qwen2.5-0.5B",
    train_dataset=load_dataset("trl-lib/Capybara", split="train"),
    args=SFTConfig(output_dir="Qwen2.5-0.5B-SFT", push_to_hub=True, hub_model_id="me/Qwen2.5-0.5B-SFT"),
)
grpo = GRPOTrainer(
    model="Qwen/Qwen2-0.5B-Instruct",
    reward_funcs=reward_len,
    args=GRPOConfig(output_dir="Qwen2-0.5B-GRPO", logging_steps=10),
    train_dataset=dataset,
)
reward_model = AutoModelForSequenceClassification.from_pretrained("OpenAssistant/reward-model-deberta-v3-large-v2")
`,
    want: [
      "hf-dataset trl-lib/Capybara:5",
      "hf-model OpenAssistant/reward-model-deberta-v3-large-v2:14",
      "hf-model Qwen/Qwen2-0.5B-Instruct:9",
      "hf-model Qwen/Qwen2.5-0.5B:4",
    ],
  },
  {
    name: "audio and speech toolkits: speechbrain, pyannote, NeMo, MLX",
    file: "speech.py",
    src: `from speechbrain.inference.speaker import EncoderClassifier
from pyannote.audio import Pipeline
from mlx_lm import load, generate

spk = EncoderClassifier.from_hparams(source="speechbrain/spkrec-ecapa-voxceleb", savedir="pretrained_models/spkrec-ecapa-voxceleb")
dia = Pipeline.from_pretrained("pyannote/speaker-diarization-3.1", use_auth_token=HF_TOKEN)
asr = nemo_asr.models.ASRModel.from_pretrained(model_name="nvidia/parakeet-tdt-0.6b-v2")
model, tokenizer = load("mlx-community/Mistral-7B-Instruct-v0.3-4bit")
text = generate(model, tokenizer, prompt="hello", verbose=True)
`,
    want: [
      "hf-model mlx-community/Mistral-7B-Instruct-v0.3-4bit:8",
      "hf-model nvidia/parakeet-tdt-0.6b-v2:7",
      "hf-model pyannote/speaker-diarization-3.1:6",
      "hf-model speechbrain/spkrec-ecapa-voxceleb:5",
    ],
  },
  {
    name: "Gradio and Streamlit apps: loaders and model pickers",
    file: "app.py",
    src: `import gradio as gr
import streamlit as st

demo = gr.load("models/stabilityai/stable-diffusion-xl-base-1.0", src="huggingface")
space = gr.load("spaces/gradio/calculator")
MODEL_ID = "Salesforce/blip-image-captioning-large"
processor = BlipProcessor.from_pretrained(MODEL_ID)

@st.cache_resource
def get_model():
    return pipeline("image-classification", model="google/vit-base-patch16-224")

st.title("Image captioning")
st.image("assets/logo.png")
choice = st.selectbox("Embedding model", ["BAAI/bge-small-en-v1.5", "intfloat/e5-small-v2"])
theme = st.selectbox("Theme", ["light/dark", "solarized/light"])
with gr.Blocks() as ui:
    llm = gr.Dropdown(
        choices=["HuggingFaceH4/zephyr-7b-beta", "mistralai/Mistral-7B-Instruct-v0.3"],
        value="HuggingFaceH4/zephyr-7b-beta",
        label="Model",
    )
    style = gr.Radio(["anime/v1", "photo/v2"], label="Style")
`,
    want: [
      "hf-model BAAI/bge-small-en-v1.5:15",
      "hf-model HuggingFaceH4/zephyr-7b-beta:19",
      "hf-model HuggingFaceH4/zephyr-7b-beta:20",
      "hf-model intfloat/e5-small-v2:15",
      "hf-model mistralai/Mistral-7B-Instruct-v0.3:19",
      "hf-model Salesforce/blip-image-captioning-large:6",
      "hf-model google/vit-base-patch16-224:11",
      "hf-model stabilityai/stable-diffusion-xl-base-1.0:4",
    ],
    // a picker of something else keeps its id-shaped values as candidates only
    cands: ["light/dark", "solarized/light"],
  },
  {
    name: "docstrings, comments and strings that are not references",
    file: "utils.py",
    src: `"""Utilities for fine-tuning meta-llama/Llama-2-7b-hf on our data.

Example:
    >>> model = load_model("mistralai/Mistral-7B-v0.1")
"""
import os
import re

# model = AutoModel.from_pretrained("meta-llama/Llama-2-13b-hf")
# MODEL = "org/old-model"
DATE_FMT = "%Y/%m/%d"
MIME = "text/plain"
BUCKET = "s3://my-bucket/models/llama"
GCS = "gs://bucket/checkpoints/bert"
PATTERN = re.compile(r"(\\w+)/(\\w+)")
CKPT = os.path.join("checkpoints", "best")
out = AutoModel.from_pretrained("./checkpoints/final")
out = AutoModel.from_pretrained("outputs/checkpoint-500")
out = AutoModel.from_pretrained(os.path.join(OUT, "best"))
out = AutoModel.from_pretrained(f"{ORG}/{name}")
out = AutoModel.from_pretrained(f"meta-llama/Llama-2-{size}b-hf")
model.save_pretrained("my-model")
state = torch.load("weights/model.pt", map_location="cpu")
image = "nvidia/cuda:12.1.0-base-ubuntu22.04"
writer.add_scalar("Loss/train", loss.item(), step)
mlflow.log_metric("eval/accuracy", acc)
wandb.define_metric("train/global_step")
wandb.log({"train/loss": loss, "lr": scheduler.get_last_lr()[0]})
`,
    want: [],
    // shaped like an id but a local checkpoint more often: the Hub decides in scan
    cands: ["outputs/checkpoint-500"],
  },
  {
    name: "tests: tiny models in parametrize and module constants",
    file: "tests/test_model.py",
    src: `import pytest

TINY = "hf-internal-testing/tiny-random-gpt2"

@pytest.mark.parametrize("model_id", ["hf-internal-testing/tiny-random-LlamaForCausalLM", "hf-internal-testing/tiny-random-MistralForCausalLM"])
def test_load(model_id):
    model = AutoModelForCausalLM.from_pretrained(model_id)
    assert model is not None

def test_tokenizer():
    tok = AutoTokenizer.from_pretrained(TINY)
    assert tok("hi")["input_ids"]
`,
    want: [
      "hf-model hf-internal-testing/tiny-random-LlamaForCausalLM:5",
      "hf-model hf-internal-testing/tiny-random-MistralForCausalLM:5",
      "hf-model hf-internal-testing/tiny-random-gpt2:3",
    ],
  },
  {
    name: "transformers.js worker with a singleton pipeline class",
    file: "src/worker.js",
    src: `import { pipeline, env } from '@xenova/transformers';

env.allowLocalModels = false;

class PipelineSingleton {
  static task = 'text-classification';
  static model = 'Xenova/distilbert-base-uncased-finetuned-sst-2-english';
  static instance = null;

  static async getInstance(progress_callback = null) {
    if (this.instance === null) {
      this.instance = pipeline(this.task, this.model, { progress_callback });
    }
    return this.instance;
  }
}

self.addEventListener('message', async (event) => {
  const classifier = await PipelineSingleton.getInstance((x) => self.postMessage(x));
  self.postMessage({ status: 'complete', output: await classifier(event.data.text) });
});
`,
    want: ["hf-model Xenova/distilbert-base-uncased-finetuned-sst-2-english:7"],
  },
  {
    name: "transformers.js v3 in TypeScript: WebGPU, dtype maps, processors",
    file: "src/lib/model.ts",
    src: `import {
  AutoProcessor,
  AutoTokenizer,
  Florence2ForConditionalGeneration,
  pipeline,
  type PipelineType,
} from "@huggingface/transformers";

const MODEL_ID = "onnx-community/Florence-2-base-ft";
export const WHISPER_MODELS: Record<string, string> = {
  tiny: "onnx-community/whisper-tiny.en",
  base: "onnx-community/whisper-base",
};

export async function load(device: "webgpu" | "wasm" = "webgpu") {
  const model = await Florence2ForConditionalGeneration.from_pretrained(MODEL_ID, {
    dtype: { embed_tokens: "fp16", vision_encoder: "fp16", encoder_model: "q4", decoder_model_merged: "q4" },
    device,
  });
  const processor = await AutoProcessor.from_pretrained(MODEL_ID);
  const tokenizer = await AutoTokenizer.from_pretrained("Xenova/gpt-4o");
  const generator = await pipeline("text-generation", "onnx-community/Llama-3.2-1B-Instruct", {
    dtype: "q4f16",
    device: "webgpu",
  });
  const classifier = await pipeline("sentiment-analysis");
  return { model, processor, tokenizer, generator, classifier };
}
`,
    want: [
      "hf-model Xenova/gpt-4o:21",
      "hf-model onnx-community/Florence-2-base-ft:9",
      "hf-model onnx-community/Llama-3.2-1B-Instruct:22",
      "hf-model onnx-community/whisper-base:12",
      "hf-model onnx-community/whisper-tiny.en:11",
    ],
  },
  {
    name: "@huggingface/inference in a Next.js route",
    file: "app/api/chat/route.ts",
    src: `import { HfInference } from "@huggingface/inference";
import { InferenceClient } from "@huggingface/inference";
import { NextResponse } from "next/server";

const hf = new HfInference(process.env.HF_TOKEN);
const client = new InferenceClient(process.env.HF_TOKEN);
export const hfModel = "mistralai/Mixtral-8x7B-Instruct-v0.1";

export async function POST(req: Request) {
  const { prompt } = await req.json();
  const out = await hf.textGeneration({ model: "HuggingFaceH4/zephyr-7b-beta", inputs: prompt, parameters: { max_new_tokens: 200 } });
  const img = await hf.textToImage({
    model: "stabilityai/stable-diffusion-2",
    inputs: "a cat",
  });
  const chat = await client.chatCompletion({
    provider: "sambanova",
    model: "meta-llama/Llama-3.1-8B-Instruct",
    messages: [{ role: "user", content: prompt }],
  });
  for await (const chunk of client.chatCompletionStream({ model: "Qwen/Qwen2.5-72B-Instruct", messages: [] })) {
    console.log(chunk);
  }
  const emb = await hf.featureExtraction({ model: "sentence-transformers/all-MiniLM-L6-v2", inputs: [prompt] });
  return NextResponse.json({ out, img, chat, emb }, { headers: { "Content-Type": "application/json" } });
}
`,
    want: [
      "hf-model HuggingFaceH4/zephyr-7b-beta:11",
      "hf-model Qwen/Qwen2.5-72B-Instruct:21",
      "hf-model meta-llama/Llama-3.1-8B-Instruct:18",
      "hf-model mistralai/Mixtral-8x7B-Instruct-v0.1:7",
      "hf-model sentence-transformers/all-MiniLM-L6-v2:24",
      "hf-model stabilityai/stable-diffusion-2:13",
    ],
  },
  {
    name: "LangChain.js, @huggingface/hub and OpenAI SDK on the HF router",
    file: "src/index.ts",
    src: `import { HuggingFaceInferenceEmbeddings } from "@langchain/community/embeddings/hf";
import { HuggingFaceInference } from "@langchain/community/llms/hf";
import { ChatOpenAI } from "@langchain/openai";
import { downloadFile, listFiles } from "@huggingface/hub";
import OpenAI from "openai";

const embeddings = new HuggingFaceInferenceEmbeddings({
  apiKey: process.env.HF_TOKEN,
  model: "BAAI/bge-base-en-v1.5",
});
const llm = new HuggingFaceInference({ model: "gpt2", apiKey: process.env.HF_TOKEN });
const chat = new ChatOpenAI({ model: "gpt-4o", temperature: 0 });
for await (const f of listFiles({ repo: "gpt2" })) console.log(f.path);
const cfg = await downloadFile({ repo: { type: "model", name: "google/gemma-2b" }, path: "config.json" });
const router = new OpenAI({ baseURL: "https://router.huggingface.co/v1", apiKey: process.env.HF_TOKEN });
const res = await router.chat.completions.create({
  model: "meta-llama/Llama-3.3-70B-Instruct:cerebras",
  messages: [{ role: "user", content: "hi" }],
});
const modelId = import.meta.env.VITE_MODEL_ID ?? "Xenova/whisper-tiny";
`,
    want: [
      "hf-model BAAI/bge-base-en-v1.5:9",
      "hf-model Xenova/whisper-tiny:20",
      "hf-model google/gemma-2b:14",
      "hf-model gpt2:11",
      "hf-model gpt2:13",
      "hf-model meta-llama/Llama-3.3-70B-Instruct:17",
    ],
  },
  {
    name: "a Colab notebook: shell escapes, code cells, outputs and markdown are told apart",
    file: "notebooks/finetune.ipynb",
    src: NOTEBOOK,
    want: [
      "hf-dataset timdettmers/openassistant-guanaco:37",
      "hf-model BAAI/bge-base-en-v1.5:52",
      "hf-model TheBloke/Mistral-7B-v0.1-GGUF:18",
      "hf-model mistralai/Mistral-7B-v0.1:36",
    ],
  },
  {
    name: "Python: Final and annotated constants, a loop over ids, hf:// data files, Windows paths",
    file: "eval.py",
    src: `from typing import Final
import pandas as pd

JUDGE_MODEL: Final[str] = "prometheus-eval/prometheus-7b-v2.0"
DEFAULT_TOKENIZER: Final = "hf-internal-testing/llama-tokenizer"
df = pd.read_parquet("hf://datasets/openai/openai_humaneval/openai_humaneval/test-00000-of-00001.parquet")
wiki = load_dataset("wikitext", "wikitext-2-raw-v1", split="test")
rows = load_dataset("json", data_files="hf://datasets/HuggingFaceH4/no_robots/train.jsonl")
win = AutoModel.from_pretrained("C:\\\\models\\\\bert")
for model_id in ["EleutherAI/pythia-70m", "EleutherAI/pythia-160m"]:
    run_eval(model_id)
metric = evaluate.load("rouge")
pipe = pipeline("text-generation", model="HuggingFaceTB/SmolLM2-360M-Instruct", model_kwargs={"torch_dtype": torch.bfloat16})
model = AutoModel.from_pretrained(
    MODEL_NAME if MODEL_NAME else "intfloat/multilingual-e5-large",
)
`,
    want: [
      "hf-dataset HuggingFaceH4/no_robots:8",
      "hf-model EleutherAI/pythia-160m:10",
      "hf-model EleutherAI/pythia-70m:10",
      "hf-dataset openai/openai_humaneval:6",
      "hf-dataset wikitext:7",
      "hf-model HuggingFaceTB/SmolLM2-360M-Instruct:13",
      "hf-model hf-internal-testing/llama-tokenizer:5",
      "hf-model intfloat/multilingual-e5-large:15",
      "hf-model prometheus-eval/prometheus-7b-v2.0:4",
    ],
  },
  {
    name: "JS: dynamic imports, streams, translation with a legacy id, Hub API URLs",
    file: "src/hf.mjs",
    src: `const { pipeline, env } = await import("@xenova/transformers");
env.localModelPath = "/models/";
const MODEL = "HuggingFaceH4/starchat-beta";
const transcriber = await pipeline("automatic-speech-recognition", "Xenova/whisper-tiny.en", { revision: "output_attentions" });
const local = await pipeline("text-classification", "my-local-model");
const fr = await hf.translation({ model: "t5-base", inputs: "My name is Wolfgang" });
for await (const output of hf.textGenerationStream({ model: MODEL, inputs: prompt })) {
  process.stdout.write(output.token.text);
}
const list = await fetch("https://huggingface.co/api/models?author=Xenova&limit=10");
const card = await fetch(\`https://huggingface.co/\${repo}/raw/main/README.md\`);
`,
    want: [
      "hf-model HuggingFaceH4/starchat-beta:3",
      "hf-model Xenova/whisper-tiny.en@output_attentions:4",
      "hf-model t5-base:6",
    ],
  },
  {
    name: "a Vue single-file component and a React hook",
    file: "src/components/Chat.vue",
    src: `<template>
  <div class="chat">{{ reply }}</div>
</template>
<script setup lang="ts">
import { ref } from "vue";
import { InferenceClient } from "@huggingface/inference";
const props = defineProps<{ model?: string }>();
const client = new InferenceClient(import.meta.env.VITE_HF_TOKEN);
const model = props.model ?? "microsoft/Phi-3.5-mini-instruct";
async function send(text: string) {
  const out = await client.chatCompletion({ model: model, messages: [{ role: "user", content: text }] });
  reply.value = out.choices[0].message.content;
}
</script>
`,
    want: ["hf-model microsoft/Phi-3.5-mini-instruct:9"],
  },
  {
    name: "TS model catalogues: arrays of objects, readonly fields, constructor defaults, JSX props",
    file: "src/models/catalog.tsx",
    src: `export const MODELS = [
  { id: "onnx-community/Qwen3-0.6B-ONNX", label: "Qwen3 0.6B", icon: "icons/qwen.svg" },
  { id: "HuggingFaceTB/SmolLM2-360M-Instruct", label: "SmolLM2", url: "https://example.com/smol" },
] as const;

export const STT_MODEL_ID = "onnx-community/whisper-base";

export class Embedder {
  readonly modelId: string = "Xenova/bge-small-en-v1.5";
  private modelID = DEFAULT_MODEL_ID;
  constructor(private readonly rerankerModel = "Xenova/ms-marco-MiniLM-L-6-v2") {}
}

for (const model of ["Xenova/gte-small", "Xenova/e5-small-v2"]) {
  await warm(model);
}

export function Picker() {
  return <ModelPicker model="Xenova/distilgpt2" onChange={(m) => setModel(m)} label="Model" />;
}
`,
    want: [
      "hf-model HuggingFaceTB/SmolLM2-360M-Instruct:3",
      "hf-model Xenova/bge-small-en-v1.5:9",
      "hf-model Xenova/distilgpt2:19",
      "hf-model Xenova/e5-small-v2:14",
      "hf-model Xenova/gte-small:14",
      "hf-model Xenova/ms-marco-MiniLM-L-6-v2:11",
      "hf-model onnx-community/Qwen3-0.6B-ONNX:2",
      "hf-model onnx-community/whisper-base:6",
    ],
  },
  {
    name: "Python model registries: lists of dicts, dict() kwargs, Modal downloads",
    file: "registry.py",
    src: `import modal

MODEL_DIR = "/model"
MODEL_NAME = "Qwen/Qwen2.5-Coder-7B-Instruct"
LLM_CONFIGS = [
    {"name": "meta-llama/Llama-3.2-1B-Instruct", "ctx": 4096, "chat_template": "templates/llama3.jinja"},
    {"name": "google/gemma-2-2b-it", "ctx": 8192},
]
EVAL_DATASETS = [{"path": "cais/mmlu", "name": "all"}, {"path": "openai/gsm8k", "name": "main"}]
LOAD_KWARGS = dict(pretrained_model_name_or_path="microsoft/Phi-3-mini-4k-instruct", torch_dtype="auto")

def download_model():
    from huggingface_hub import snapshot_download
    snapshot_download(MODEL_NAME, local_dir=MODEL_DIR, ignore_patterns=["*.pt", "*.bin"])

image = modal.Image.debian_slim().pip_install("vllm==0.6.3", "huggingface_hub[hf_transfer]").run_function(download_model)
`,
    want: [
      "hf-dataset cais/mmlu:9",
      "hf-dataset openai/gsm8k:9",
      "hf-model Qwen/Qwen2.5-Coder-7B-Instruct:4",
      "hf-model microsoft/Phi-3-mini-4k-instruct:10",
    ],
    // "LLM_CONFIGS" and "name" say nothing of the Hub: candidates for scan to confirm
    cands: ["google/gemma-2-2b-it", "meta-llama/Llama-3.2-1B-Instruct"],
  },
  {
    name: "notebook-style settings: os.environ and dict items assigned by key",
    file: "setup_env.py",
    src: `import os
os.environ["HF_HUB_ENABLE_HF_TRANSFER"] = "1"
os.environ["MODEL_ID"] = "microsoft/Florence-2-large"
config["base_model"] = "meta-llama/Llama-3.1-8B"
st.session_state["embedding_model"] = "thenlper/gte-large"
os.environ["HF_HOME"] = "/content/hf_cache"
results["org/name"] = 3
`,
    want: [
      "hf-model meta-llama/Llama-3.1-8B:4",
      "hf-model microsoft/Florence-2-large:3",
      "hf-model thenlper/gte-large:5",
    ],
  },
  {
    name: "bare sentence-transformers names held in constants and class attributes",
    file: "topics.py",
    src: `from sentence_transformers import SentenceTransformer

EMBEDDING_MODEL = "paraphrase-multilingual-MiniLM-L12-v2"
_model: SentenceTransformer | None = None

def get_model() -> SentenceTransformer:
    global _model
    if _model is None:
        _model = SentenceTransformer(EMBEDDING_MODEL, device="cpu")
    return _model

class Embedder:
    MODEL_NAME = "all-MiniLM-L6-v2"

    def __init__(self) -> None:
        self.model = SentenceTransformer(self.MODEL_NAME)
`,
    want: [
      "hf-model sentence-transformers/all-MiniLM-L6-v2:13",
      "hf-model sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2:3",
    ],
  },
  {
    name: "Vercel AI SDK providers under a model key",
    file: "src/ai.ts",
    src: `import { generateText, streamText } from "ai";
import { huggingface } from "@ai-sdk/huggingface";
import { openai } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";

const hfRouter = createOpenAICompatible({ name: "hf", baseURL: "https://router.huggingface.co/v1" });
const { text } = await generateText({
  model: huggingface("meta-llama/Llama-3.1-8B-Instruct"),
  prompt: "Write a haiku",
});
const stream = streamText({ model: hfRouter("Qwen/Qwen3-32B"), prompt });
const gpt = await generateText({ model: openai("gpt-4o"), prompt });
const file = await generateText({ model: loadLocal("saved/model"), prompt, system: path.join("prompts/system") });
`,
    want: ["hf-model Qwen/Qwen3-32B:11", "hf-model meta-llama/Llama-3.1-8B-Instruct:8"],
    // a folder named like a local one: a candidate at most
    cands: ["saved/model"],
  },
  {
    name: "command lines run from code: os.system, subprocess, Modal image steps, child_process",
    file: "modal_app.py",
    src: `import os, subprocess
import modal

image = (
    modal.Image.debian_slim()
    .pip_install("transformers", "huggingface_hub[cli]")
    .run_commands("huggingface-cli download Qwen/Qwen2.5-0.5B-Instruct --local-dir /models/qwen")
)
os.system("python train.py --model_name_or_path google/gemma-2b --output_dir out/gemma")
subprocess.run(
    ["huggingface-cli", "download", "TheBloke/phi-2-GGUF", "phi-2.Q4_K_M.gguf", "--local-dir", "."],
    check=True,
)
subprocess.run(["ls", "-la", "models/"], check=True)
subprocess.check_call(["git", "clone", "https://github.com/ggerganov/llama.cpp"])
`,
    want: [
      "hf-model Qwen/Qwen2.5-0.5B-Instruct:7",
      "hf-model TheBloke/phi-2-GGUF:11",
      "hf-model google/gemma-2b:9",
    ],
  },
  {
    name: "held-out batch: a Qwen2-VL demo with a processor, chat template and generation config",
    file: "vl_demo.py",
    src: `import torch
from transformers import Qwen2VLForConditionalGeneration, AutoProcessor, GenerationConfig
from qwen_vl_utils import process_vision_info

MODEL_PATH = "Qwen/Qwen2-VL-7B-Instruct"
MIN_PIXELS = 256 * 28 * 28

model = Qwen2VLForConditionalGeneration.from_pretrained(
    MODEL_PATH, torch_dtype=torch.bfloat16, attn_implementation="flash_attention_2", device_map="auto"
)
processor = AutoProcessor.from_pretrained(MODEL_PATH, min_pixels=MIN_PIXELS)
gen_cfg = GenerationConfig.from_pretrained("Qwen/Qwen2-VL-7B-Instruct", top_k=1)
messages = [{"role": "user", "content": [{"type": "image", "image": "file:///tmp/demo.jpeg"}, {"type": "text", "text": "Describe."}]}]
text = processor.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
`,
    want: ["hf-model Qwen/Qwen2-VL-7B-Instruct:12", "hf-model Qwen/Qwen2-VL-7B-Instruct:5"],
  },
  {
    name: "held-out batch: a RAG indexer with LlamaIndex, Chroma and a reranker",
    file: "indexer.py",
    src: `from llama_index.core import Settings, VectorStoreIndex, SimpleDirectoryReader
from llama_index.embeddings.huggingface import HuggingFaceEmbedding
from llama_index.llms.huggingface import HuggingFaceLLM
from llama_index.core.postprocessor import SentenceTransformerRerank

Settings.embed_model = HuggingFaceEmbedding(model_name="BAAI/bge-base-en-v1.5", cache_folder="./hf_cache")
Settings.llm = HuggingFaceLLM(
    model_name="HuggingFaceH4/zephyr-7b-beta",
    tokenizer_name="HuggingFaceH4/zephyr-7b-beta",
    context_window=3900,
    device_map="auto",
)
rerank = SentenceTransformerRerank(model="cross-encoder/ms-marco-MiniLM-L-2-v2", top_n=3)
docs = SimpleDirectoryReader("data/papers").load_data()
index = VectorStoreIndex.from_documents(docs)
index.storage_context.persist(persist_dir="storage/index")
`,
    want: [
      "hf-model BAAI/bge-base-en-v1.5:6",
      "hf-model HuggingFaceH4/zephyr-7b-beta:8",
      "hf-model HuggingFaceH4/zephyr-7b-beta:9",
      "hf-model cross-encoder/ms-marco-MiniLM-L-2-v2:13",
    ],
  },
  {
    name: "held-out batch: a speech app with transformers.js in a React hook",
    file: "src/hooks/useTranscriber.ts",
    src: `import { useCallback, useEffect, useRef, useState } from "react";

const DEFAULT_MODEL = "onnx-community/whisper-small";
const QUANTIZED = true;

export function useTranscriber() {
  const worker = useRef<Worker | null>(null);
  const [model, setModel] = useState<string>(DEFAULT_MODEL);
  const [multilingual, setMultilingual] = useState(false);

  useEffect(() => {
    worker.current ??= new Worker(new URL("../worker.ts", import.meta.url), { type: "module" });
  }, []);

  const start = useCallback((audio: Float32Array) => {
    worker.current?.postMessage({
      audio,
      model: multilingual ? model : \`\${model}.en\`,
      quantized: QUANTIZED,
      subtask: "transcribe",
      language: "english",
    });
  }, [model, multilingual]);

  return { start, model, setModel };
}
`,
    want: ["hf-model onnx-community/whisper-small:3"],
  },
  {
    name: "held-out batch: a Kaggle-style training script with timm and a HF dataset",
    file: "train_vit.py",
    src: `import timm
import torch
from datasets import load_dataset
from timm.data import resolve_data_config, create_transform

CFG = dict(
    backbone="hf_hub:timm/convnext_tiny.fb_in22k",
    dataset="food101",
    epochs=5,
)

ds = load_dataset(CFG["dataset"], split="train[:10%]")
beans = load_dataset("AI-Lab-Makerere/beans")
model = timm.create_model(CFG["backbone"], pretrained=True, num_classes=101)
teacher = timm.create_model("hf-hub:timm/eva02_base_patch14_448.mim_in22k_ft_in22k_in1k", pretrained=True)
config = resolve_data_config({}, model=model)
torch.save(model.state_dict(), "checkpoints/convnext_food101.pth")
`,
    want: [
      "hf-dataset AI-Lab-Makerere/beans:13",
      "hf-model timm/convnext_tiny.fb_in22k:7",
      "hf-model timm/eva02_base_patch14_448.mim_in22k_ft_in22k_in1k:15",
    ],
  },
  {
    name: "held-out batch: an evaluation harness with a model table and a judge",
    file: "bench/run.py",
    src: `from dataclasses import dataclass

@dataclass(frozen=True)
class Candidate:
    name: str
    repo: str
    revision: str = "main"

CANDIDATES = [
    Candidate("llama", "meta-llama/Llama-3.2-3B-Instruct"),
    Candidate("phi", "microsoft/Phi-3.5-mini-instruct", revision="refs/pr/12"),
]
JUDGE = "prometheus-eval/prometheus-7b-v2.0"

def load(c: Candidate):
    tok = AutoTokenizer.from_pretrained(c.repo, revision=c.revision)
    return AutoModelForCausalLM.from_pretrained(c.repo, revision=c.revision)

judge = pipeline("text-generation", model=JUDGE, max_new_tokens=256)
`,
    want: ["hf-model prometheus-eval/prometheus-7b-v2.0:13"],
    cands: ["meta-llama/Llama-3.2-3B-Instruct", "microsoft/Phi-3.5-mini-instruct"],
  },
  {
    name: "JS strings that are not references",
    file: "src/app.tsx",
    src: `import React, { useState } from "react";
import { createRoot } from "react-dom/client";
import Button from "@/components/ui/button";
import "./styles/globals.css";

const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
const ENDPOINT = "v1/chat/completions";
const mime = { "Content-Type": "application/json", Accept: "text/event-stream" };
export default function App() {
  const [route, setRoute] = useState("/models/new");
  const res = fetch("api/users/me");
  const date = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York" });
  const pkg = require("lodash/merge");
  const image = "node:20-alpine";
  const model = "gpt-4o-mini";
  const cf = { model: "@cf/meta/llama-3-8b-instruct" };
  const bedrock = { modelId: "anthropic.claude-3-sonnet-20240229-v1:0" };
  const routed = { model: "google/gemini-2.0-flash-001", fallback: "x-ai/grok-2-1212" };
  return <Button onClick={() => setRoute("/chat")}>Go</Button>;
}
`,
    want: [],
  },
];

describe("real-world code", () => {
  codeCaseChecks(CASES);

  it("reads a command line run from code when nothing else in the file looks like an id", () => {
    // the cheap pre-check before lexing must let such a file through
    const src =
      'import os\nos.system("python finetune.py --model_name_or_path google/gemma-2b --epochs 3")\n';
    expect(refs("run.py", src)).toEqual(["hf-model google/gemma-2b:2"]);
  });
});
