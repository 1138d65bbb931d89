import { describe, expect, it } from "vitest";
import { candidates, refs } from "./helpers.js";

describe("python detector", () => {
  it("reads a string that closes at the very end of the file (no newline after it)", () => {
    // The last string of a file without a final newline once came out with its text doubled.
    expect(refs("cfg.py", 'MODEL_ID = "org/last-model"')).toEqual(["hf-model org/last-model:1"]);
    expect(refs("cfg.py", "x = 1\nm = AutoModel.from_pretrained('org/a')\nbase_model = 'org/b'")).toEqual([
      "hf-model org/a:2",
      "hf-model org/b:3",
    ]);
    expect(refs("cfg.ts", "export const modelId = 'org/last-ts'")).toEqual(["hf-model org/last-ts:1"]);
    // and a template literal with an interpolation at the end is still no constant
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a TypeScript file
    expect(refs("cfg.ts", "const modelId = `org/${name}`")).toEqual([]);
  });

  it("finds from_pretrained ids split over lines, with the line of the id and revision=", () => {
    const src = [
      "from transformers import AutoModelForCausalLM, AutoTokenizer",
      "",
      "model = AutoModelForCausalLM.from_pretrained(",
      "    # the instruction-tuned base",
      '    "meta-llama/Llama-3.1-8B-Instruct",',
      '    revision="a1b2c3d",',
      "    torch_dtype=torch.bfloat16,",
      ")",
      'tok = AutoTokenizer.from_pretrained(pretrained_model_name_or_path="Qwen/Qwen2.5-7B-Instruct")',
    ].join("\n");
    expect(refs("train.py", src)).toEqual([
      "hf-model Qwen/Qwen2.5-7B-Instruct:9",
      "hf-model meta-llama/Llama-3.1-8B-Instruct@a1b2c3d:5",
    ]);
  });

  it("covers pipeline, hub downloads, vLLM, embeddings, timm/open_clip and llama-cpp", () => {
    const src = `
from transformers import pipeline
clf = pipeline("sentiment-analysis", model="distilbert/distilbert-base-uncased-finetuned-sst-2-english")
gen = pipeline("text-generation", "mistralai/Mistral-7B-Instruct-v0.3")
path = hf_hub_download(repo_id="TheBloke/Llama-2-7B-GGUF", filename="llama-2-7b.Q4_K_M.gguf")
snapshot_download("stabilityai/stable-diffusion-xl-base-1.0", allow_patterns=["*.json"])
data = snapshot_download(repo_id="HuggingFaceFW/fineweb-edu", repo_type="dataset")
llm = LLM(model="deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", tensor_parallel_size=2)
emb = HuggingFaceEmbeddings(model_name="BAAI/bge-small-en-v1.5")
st = SentenceTransformer("all-MiniLM-L6-v2")
enc = SentenceTransformer('intfloat/e5-large-v2', device="cuda")
vit = timm.create_model('hf-hub:timm/vit_base_patch16_224.augreg2_in21k_ft_in1k', pretrained=True)
clip, _, pre = open_clip.create_model_and_transforms('hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K')
gguf = Llama.from_pretrained(repo_id="Qwen/Qwen2-0.5B-Instruct-GGUF", filename="*q8_0.gguf")
adapter = PeftModel.from_pretrained(base, "tloen/alpaca-lora-7b")
`;
    expect(refs("app.py", src)).toEqual([
      "hf-dataset HuggingFaceFW/fineweb-edu:7",
      "hf-model BAAI/bge-small-en-v1.5:9",
      "hf-model Qwen/Qwen2-0.5B-Instruct-GGUF:14",
      "hf-model TheBloke/Llama-2-7B-GGUF:5",
      "hf-model deepseek-ai/DeepSeek-R1-Distill-Qwen-7B:8",
      "hf-model distilbert/distilbert-base-uncased-finetuned-sst-2-english:3",
      "hf-model intfloat/e5-large-v2:11",
      "hf-model laion/CLIP-ViT-B-32-laion2B-s34B-b79K:13",
      "hf-model mistralai/Mistral-7B-Instruct-v0.3:4",
      "hf-model sentence-transformers/all-MiniLM-L6-v2:10",
      "hf-model stabilityai/stable-diffusion-xl-base-1.0:6",
      "hf-model timm/vit_base_patch16_224.augreg2_in21k_ft_in1k:12",
      "hf-model tloen/alpaca-lora-7b:15",
    ]);
  });

  it("tells datasets, torch.hub GitHub repos and ultralytics weights apart", () => {
    const src = `
squad = load_dataset("squad")
gsm = load_dataset("openai/gsm8k", "main", split="train")
local = load_dataset("json", data_files="train.jsonl")
midas = torch.hub.load("intel-isl/MiDaS:v3_1", "DPT_Large")
dino = torch.hub.load(repo_or_dir="facebookresearch/dinov2", model="dinov2_vits14")
mine = torch.hub.load("./hubconf_dir", "custom", source="local")
det = YOLO("yolov8n.pt")
`;
    expect(refs("x.py", src)).toEqual([
      "github-repo facebookresearch/dinov2:6",
      "github-repo intel-isl/MiDaS@v3_1:5",
      "github-repo ultralytics/ultralytics:8",
      "hf-dataset openai/gsm8k:3",
      "hf-dataset squad:2",
    ]);
  });

  it("reports nothing for local paths, variables, f-strings, packages, uploads and commented-out code", () => {
    const src = `
import os
model = AutoModel.from_pretrained("./checkpoints/run-1")
model = AutoModel.from_pretrained("/mnt/models/llama")
model = AutoModel.from_pretrained(model_id)
model = AutoModel.from_pretrained(f"{org}/{name}")
model = AutoModel.from_pretrained(args.model_name_or_path)
# model = AutoModel.from_pretrained("meta-llama/Llama-2-7b-hf")
model.push_to_hub("my-org/my-finetune")
api.upload_folder(repo_id="my-org/my-finetune", folder_path="out")
files = glob.glob("data/*.json")
os.path.join("models", "bert")
headers = {"Content-Type": "application/json"}
`;
    expect(refs("clean.py", src)).toEqual([]);
    expect(candidates("clean.py", src)).toEqual([]);
  });

  it("does not take property names, time zones or user agents for candidates", () => {
    const src = `ops = operations["actions/create-workflow-dispatch"]
tz = ZoneInfo("America/Los_Angeles")
ua = "my-app/v1.2.3"
`;
    expect(candidates("x.py", src)).toEqual([]);
  });

  it("keeps org/name strings in no known pattern as candidates below 0.5", () => {
    const src = 'CHOICES = ["foo-lab/bar-model"]\nprint("see acme/widget")\nname = "acme/widget"\n';
    expect(candidates("c.py", src)).toEqual(["acme/widget", "foo-lab/bar-model"]);
    expect(refs("c.py", src)).toEqual([]);
  });

  it("reads model-ish variables, argparse defaults and env defaults", () => {
    const src = `
MODEL_ID = "google/gemma-2-2b-it"
parser.add_argument("--model_name_or_path", type=str, default="EleutherAI/pythia-160m")
base = os.environ.get("BASE_MODEL", "microsoft/phi-2")
@dataclass
class Args:
    model_name: str = field(default="openai-community/gpt2")
`;
    expect(refs("cfg.py", src)).toEqual([
      "hf-model EleutherAI/pythia-160m:3",
      "hf-model google/gemma-2-2b-it:2",
      "hf-model microsoft/phi-2:4",
      "hf-model openai-community/gpt2:7",
    ]);
  });
});
