// The rules added after the held-out measurements of rounds 8 and 9, each with the look-alike it must not
// catch: the held-out file only shows that its own shapes pass.
import { describe, expect, it } from "vitest";
import { candidates, refs } from "./helpers.js";

describe("rules from the round 8 measurement", () => {
  it("reads a quantizer's calibration data as a dataset", () => {
    const py = `model.quantize(tok, quant_config=cfg, calib_data="mit-han-lab/pile-val-backup")\n`;
    expect(refs("q.py", py)).toEqual(["hf-dataset mit-han-lab/pile-val-backup:1"]);
    // a local file is no dataset of the Hub
    expect(refs("q.py", `model.quantize(tok, calib_data="data/calib.jsonl")\n`)).toEqual([]);
  });

  it("counts a download command in a YAML comment, not a commented-out line of a script", () => {
    const yaml =
      "# Get the weights:\n#   tune download meta-llama/Llama-3.2-1B --output-dir /tmp/l\nseed: 1\n";
    expect(refs("recipes/lora.yaml", yaml)).toEqual(["hf-model meta-llama/Llama-3.2-1B:2"]);
    const sh =
      "#!/bin/sh\n# huggingface-cli download org/old-model\nhuggingface-cli download org/new-model\n";
    expect(refs("fetch.sh", sh)).toEqual(["hf-model org/new-model:3"]);
    // a comment that only mentions a model is not a command
    expect(refs("a.yaml", "# fine-tuned from meta-llama/Llama-3.2-1B\nseed: 1\n")).toEqual([]);
  });

  it("reads torchtune's dataset source and mergekit's base+lora", () => {
    const tt = "dataset:\n  _component_: torchtune.datasets.instruct_dataset\n  source: tatsu-lab/alpaca\n";
    expect(refs("tt.yaml", tt)).toEqual(["hf-dataset tatsu-lab/alpaca:3"]);
    // source: under no model or dataset key says nothing
    expect(refs("ci.yaml", "build:\n  source: src/main\n")).toEqual([]);
    const merge = "models:\n  - model: org/base-7b+acme/tone-lora\n  - model: org/other-7b\n";
    expect(refs("merge.yaml", merge)).toEqual([
      "hf-model acme/tone-lora:2",
      "hf-model org/base-7b:2",
      "hf-model org/other-7b:3",
    ]);
    expect(refs("merge.yaml", "model: c++/gcc+clang\n")).not.toContain("hf-model c++/gcc:1");
  });

  it("reads a Kubernetes args list as one command line, its --revision pinning the model", () => {
    const k8s = [
      "containers:",
      "  - name: tgi",
      "    args:",
      "      - --model-id",
      "      - org/served-model",
      "      - --revision",
      "      - 0123456789abcdef0123456789abcdef01234567",
      "      - --port",
      '      - "80"',
      "  - name: sidecar",
      "    args:",
      "      - --model-id",
      "      - org/other-model",
    ].join("\n");
    expect(refs("deploy.yaml", k8s)).toEqual([
      "hf-model org/other-model:13",
      "hf-model org/served-model@0123456789abcdef0123456789abcdef01234567:5",
    ]);
  });

  it('keeps the string of a TypeScript assertion ("model" as const) and reads { type, name } designators', () => {
    const ts = [
      'const REPO = { type: "model" as const, name: "acme/embedder" };',
      'const DATA = { type: "dataset" as const, name: "acme/faq" };',
      'const SPACE = { type: "space" as const, name: "acme/demo" };',
      "await downloadFile({ repo: REPO, path: 'model.onnx' });",
    ].join("\n");
    expect(refs("fetch.ts", ts)).toEqual(["hf-dataset acme/faq:2", "hf-model acme/embedder:1"]);
    // an assertion on a non-string leaves the argument what it was
    expect(refs("a.ts", "const x = load(cfg as Config, 'org/y');\n")).toEqual([]);
  });

  it("reads the model of an Inference API task route", () => {
    const go = 'const u = "https://api-inference.huggingface.co/pipeline/feature-extraction/org/embedder"\n';
    expect(refs("c.go", go)).toEqual(["hf-model org/embedder:1"]);
    // the route without a model names none
    expect(
      refs("c.go", 'const u = "https://api-inference.huggingface.co/pipeline/feature-extraction"\n'),
    ).toEqual([]);
  });

  it("reads a Hub URL built from a constant, in Python, TypeScript and C#", () => {
    const py = 'MODEL = "acme/onnx-model"\nurl = f"https://huggingface.co/{MODEL}/resolve/main/model.onnx"\n';
    expect(refs("get.py", py)).toEqual(["hf-model acme/onnx-model:1"]);
    const ts = [
      "export class Fetcher {",
      '  static readonly SOURCE = "acme/web-model";',
      "  url(file: string) {",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the TypeScript source under test
      "    return `https://huggingface.co/${Fetcher.SOURCE}/resolve/main/${file}`;",
      "  }",
      "}",
    ].join("\n");
    expect(refs("fetch.ts", ts)).toEqual(["hf-model acme/web-model:2"]);
    const cs = [
      "public sealed class Runner {",
      '    private const string Repo = "acme/phi-onnx";',
      "    public string Url(string f) {",
      '        return $"https://huggingface.co/{Repo}/resolve/main/{f}";',
      "    }",
      "}",
    ].join("\n");
    expect(refs("Runner.cs", cs)).toEqual(["hf-model acme/phi-onnx:2"]);
    // a name that holds no literal gives nothing, and is no candidate either
    const unknown = 'url = f"https://huggingface.co/{args.model}/resolve/main/x.bin"\n';
    expect(refs("get.py", unknown)).toEqual([]);
    expect(candidates("get.py", unknown)).toEqual([]);
  });
});

describe("repository types named by an enum (Swift, Rust)", () => {
  it("reads .datasets and RepoType::Dataset as datasets and leaves Spaces out", () => {
    const swift = [
      'let faq = Hub.Repo(id: "acme/faq", type: .datasets)',
      'let model = Hub.Repo(id: "acme/model")',
      'let demo = Hub.Repo(id: "acme/demo", type: .spaces)',
    ].join("\n");
    expect(refs("App.swift", swift)).toEqual(["hf-dataset acme/faq:1", "hf-model acme/model:2"]);
    const rust = [
      'let demo = api.repo(Repo::new("acme/demo".to_string(), RepoType::Space));',
      'let data = api.repo(Repo::new("acme/data".to_string(), RepoType::Dataset));',
      'let model = api.model("acme/model".to_string());',
    ].join("\n");
    expect(refs("main.rs", rust)).toEqual(["hf-dataset acme/data:2", "hf-model acme/model:3"]);
  });
});

describe("rules from the round 9 measurement", () => {
  it("reads gin bindings as config keys", () => {
    const gin =
      "Seq2Seq.model_name = 'google/t5-v1_1-base'\nget_dataset.hf_dataset = 'nyu-mll/glue'\nTrainer.output_dir = 'runs/t5'\n";
    expect(refs("t5.gin", gin)).toEqual(["hf-dataset nyu-mll/glue:2", "hf-model google/t5-v1_1-base:1"]);
  });

  it("follows an option's default through args.NAME, and click's parameter name", () => {
    const py = [
      'p.add_argument("--corpus", default="BeIR/scifact")',
      'p.add_argument("--out", default="runs/eval")',
      "args = p.parse_args()",
      "ds = load_dataset(args.corpus)",
      "save(args.out)",
    ].join("\n");
    expect(refs("eval.py", py)).toEqual(["hf-dataset BeIR/scifact:1"]);
    const click = [
      '@click.option("--base", "base_model", default="Qwen/Qwen2.5-1.5B-Instruct")',
      '@click.option("--push-to", "push_to", default="acme/out")',
      "def main(base_model, push_to): ...",
    ].join("\n");
    expect(refs("train.py", click)).toEqual(["hf-model Qwen/Qwen2.5-1.5B-Instruct:1"]);
  });

  it("leaves the settings of hosted APIs out, whatever their value looks like", () => {
    const env =
      "OPENROUTER_MODEL=meta-llama/llama-3.1-70b-instruct\nTOGETHER_MODEL=meta-llama/Llama-3-70b-chat-hf\nEMBED_MODEL=BAAI/bge-small-en-v1.5\n";
    expect(refs(".env.example", env)).toEqual(["hf-model BAAI/bge-small-en-v1.5:3"]);
    expect(candidates(".env.example", env)).toEqual([]);
  });

  it("reads R through reticulate", () => {
    const r =
      'st <- reticulate::import("sentence_transformers")\nmodel_id <- "acme/multi-mini"\nm <- st$SentenceTransformer(model_id)\n';
    expect(refs("embed.R", r)).toEqual(["hf-model acme/multi-mini:2"]);
  });

  it("reads a workflow expression's fallback inside a command line, and a command in inline code", () => {
    const yml =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression under test
      "steps:\n  - run: lm_eval --model hf --model_args pretrained=${{ inputs.model || 'org/eval-me' }},dtype=bf16\n";
    expect(refs("eval.yml", yml)).toEqual(["hf-model org/eval-me:2"]);
    const md =
      "Rebuild with `textkit reindex --model BAAI/bge-base-en-v1.5`.\nThe default was `sentence-transformers/all-MiniLM-L6-v2`.\n";
    expect(refs("CHANGELOG.md", md)).toEqual(["hf-model BAAI/bge-base-en-v1.5:1"]);
  });

  it("follows a dict entry passed by its key, and only that entry", () => {
    const py = [
      "PROVIDERS = {",
      '    "local": "sentence-transformers/all-mpnet-base-v2",',
      '    "other": "acme/unused-model",',
      "}",
      'emb = HuggingFaceEmbeddings(model_name=PROVIDERS["local"])',
    ].join("\n");
    expect(refs("emb.py", py)).toEqual(["hf-model sentence-transformers/all-mpnet-base-v2:2"]);
  });

  it("reads the model column of parametrize tuples, not the labels", () => {
    const py = [
      "CASES = [",
      '    ("text-classification", "org/classifier", "a/b text"),',
      '    ("summarization", "org/summarizer", "c/d text"),',
      "]",
      '@pytest.mark.parametrize("task,model_id,text", CASES)',
      "def test_runs(task, model_id, text): ...",
      '@pytest.mark.parametrize("label,dataset", [("x/y", "org/data")])',
      "def test_data(label, dataset): ...",
    ].join("\n");
    expect(refs("test_p.py", py)).toEqual([
      "hf-dataset org/data:7",
      "hf-model org/classifier:2",
      "hf-model org/summarizer:3",
    ]);
  });

  it("names a string passed by position by the parameter of a function of the same file", () => {
    const py = [
      "def register(alias: str, hub_id: str, revision: str = 'main'):",
      "    REGISTRY[alias] = (hub_id, revision)",
      "",
      'register("acme/alias-like", "acme/real-model")',
      'register("e5", "intfloat/e5-small-v2", revision="ffb93f3")',
      'other("x", "acme/unknown-call")',
    ].join("\n");
    expect(refs("registry.py", py)).toEqual([
      "hf-model acme/real-model:4",
      "hf-model intfloat/e5-small-v2@ffb93f3:5",
    ]);
  });

  it("reads Python given to a shell heredoc", () => {
    const yml = [
      "steps:",
      "  - run: |",
      "      python - <<'EOF'",
      "      from huggingface_hub import snapshot_download",
      '      snapshot_download("org/tiny", revision="v1.0")',
      "      EOF",
      "      echo done",
    ].join("\n");
    expect(refs("ci.yml", yml)).toEqual(["hf-model org/tiny@v1.0:5"]);
  });

  it("reads a TOML inline table with its revision", () => {
    const toml =
      '[tool.textkit]\nreranker = { model_name = "BAAI/bge-reranker-base", revision = "2cfc18c" }\ncache = { dir = "~/.cache" }\n';
    expect(refs("pyproject.toml", toml)).toEqual(["hf-model BAAI/bge-reranker-base@2cfc18c:2"]);
  });
});

describe("short names a library maps to Hub repositories", () => {
  it("reads faster-whisper's size names as the conversions it downloads", () => {
    const py = [
      "from faster_whisper import WhisperModel",
      'fast = WhisperModel("large-v3", device="cuda")',
      'own = WhisperModel("acme/whisper-ct2")',
      'local = WhisperModel("./models/whisper")',
      'odd = WhisperModel("huge")',
    ].join("\n");
    expect(refs("asr.py", py)).toEqual([
      "hf-model Systran/faster-whisper-large-v3:2",
      "hf-model acme/whisper-ct2:3",
    ]);
  });
});

describe("rules from the round 10 measurement", () => {
  it("reads Python's adjacent literals as one command line, each id on its own line", () => {
    const py = [
      "run = BashOperator(",
      '    task_id="eval",',
      "    bash_command=(",
      '        "python -m evals.run "',
      '        "--model org/evaluated "',
      '        "--dataset cais/mmlu "',
      '        "--output /tmp/out.json"',
      "    ),",
      ")",
      'MODEL = ("org/" "joined")',
      "tok = AutoTokenizer.from_pretrained(MODEL)",
    ].join("\n");
    expect(refs("dag.py", py)).toEqual([
      "hf-dataset cais/mmlu:6",
      "hf-model org/evaluated:5",
      "hf-model org/joined:10",
    ]);
  });

  it("names a Terraform variable's default by the variable, and only a model variable's", () => {
    const tf = [
      'variable "serving_model" {',
      '  description = "Hub repo served by the endpoint"',
      '  default     = "Qwen/Qwen2.5-7B-Instruct"',
      "}",
      'variable "bucket_prefix" {',
      '  default = "acme/models"',
      "}",
    ].join("\n");
    expect(refs("main.tf", tf)).toEqual(["hf-model Qwen/Qwen2.5-7B-Instruct:3"]);
  });

  it("follows a loop variable over a named list into a loader", () => {
    const py = [
      'BASELINES = ["EleutherAI/pythia-160m", "EleutherAI/pythia-410m"]',
      'LABELS = ["a/b", "c/d"]',
      "def run(checkpoint: str):",
      "    return load(checkpoint)",
      "for name in BASELINES:",
      "    run(name)",
      "for label in LABELS:",
      "    print(label)",
    ].join("\n");
    expect(refs("eval.py", py)).toEqual([
      "hf-model EleutherAI/pythia-160m:1",
      "hf-model EleutherAI/pythia-410m:1",
    ]);
  });
});

describe("rules from the round 11 measurement", () => {
  it("reads text-generation-webui's downloader, its --branch the pin", () => {
    const sh = [
      "python download-model.py TheBloke/Mistral-7B-GPTQ --branch gptq-4bit-32g",
      "python download-model.py TheBloke/Mistral-7B-GGUF --specific-file mistral.Q4_K_M.gguf",
      "python server.py --model TheBloke_Mistral-7B-GPTQ_gptq-4bit-32g",
    ].join("\n");
    expect(refs("setup.sh", sh)).toEqual([
      "hf-model TheBloke/Mistral-7B-GGUF:2",
      "hf-model TheBloke/Mistral-7B-GPTQ@gptq-4bit-32g:1",
    ]);
  });

  it("reads an argument vector held in a name, its names through their constants", () => {
    const py = [
      'MODEL_NAME = "org/served"',
      'MODEL_REVISION = "a7c0994"',
      "def serve():",
      '    cmd = ["vllm", "serve", MODEL_NAME, "--revision", MODEL_REVISION, "--port", "8000"]',
      "    subprocess.Popen(cmd)",
    ].join("\n");
    expect(refs("serve.py", py)).toEqual(["hf-model org/served@a7c0994:1"]);
  });

  it("reads a LiteLLM name as a Hub model only when the call points at a server of its own", () => {
    const py = [
      'teacher = dspy.LM("openai/gpt-4o")',
      'hosted = dspy.LM("openai/meta-llama/Llama-3.1-8B-Instruct")',
      'student = dspy.LM("openai/meta-llama/Llama-3.1-8B-Instruct", api_base="http://vllm:8000/v1")',
    ].join("\n");
    expect(refs("rag.py", py)).toEqual(["hf-model meta-llama/Llama-3.1-8B-Instruct:3"]);
  });

  it("reads OpenCompass model dicts, mteb.get_model and datatrove's dataset reader", () => {
    const py = [
      'models = [dict(type=HuggingFacewithChatTemplate, path="internlm/internlm2_5-7b-chat"),',
      '          dict(type=OpenAISDK, path="deepseek-chat")]',
      'm = mteb.get_model("intfloat/e5-base-v2")',
      'reader = HuggingFaceDatasetReader("HuggingFaceFW/fineweb-2", streaming=True)',
      'out = dict(type="local", path="outputs/run-1")',
    ].join("\n");
    expect(refs("cfg.py", py)).toEqual([
      "hf-dataset HuggingFaceFW/fineweb-2:4",
      "hf-model internlm/internlm2_5-7b-chat:1",
      "hf-model intfloat/e5-base-v2:3",
    ]);
  });

  it("reads dataset cards' source_datasets and dataset mixtures, not the push target beside push_to_hub", () => {
    const card =
      "---\nlicense: cc-by-sa-4.0\nsource_datasets:\n  - CohereForAI/aya_dataset\n  - original\n---\n# Data\n";
    expect(refs("data/README.md", card)).toEqual(["hf-dataset CohereForAI/aya_dataset:4"]);
    const yaml = [
      "model_name_or_path: meta-llama/Llama-3.1-8B",
      "dataset_mixer:",
      "  allenai/tulu-3-sft-mixture: 0.5",
      "  HuggingFaceH4/no_robots: 1.0",
      "loss_weights:",
      "  org/not-a-dataset: 0.5",
      "hf_repo_id: acme/llama-sft",
      "push_to_hub: false",
    ].join("\n");
    expect(refs("mix.yaml", yaml)).toEqual([
      "hf-dataset HuggingFaceH4/no_robots:4",
      "hf-dataset allenai/tulu-3-sft-mixture:3",
      "hf-model meta-llama/Llama-3.1-8B:1",
    ]);
  });

  it("counts a sample image of the Hub's documentation dataset fetched by code, not one shown in docs", () => {
    const url = "https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/cat.png";
    expect(refs("demo.py", `image = load_image("${url}")\n`)).toEqual([
      "hf-dataset huggingface/documentation-images@main:1",
    ]);
    expect(refs("README.md", `![a cat](${url})\n`)).toEqual([]);
  });
});

describe("rules from the round 12 measurement", () => {
  it("reads a parameter's default, a dict picked by a variable key and a parametrize name", () => {
    const py = [
      "class Tower:",
      '    def __init__(self, encoder: str = "all-MiniLM-L6-v2", out: str = "runs/x"):',
      "        self.model = SentenceTransformer(encoder)",
      "ENCODERS = {",
      '    "clip": "openai/clip-vit-base-patch32",',
      '    "local": "./weights/encoder",',
      "}",
      "def get(name):",
      "    repo = ENCODERS[name]",
      "    return AutoModel.from_pretrained(repo)",
      '@pytest.mark.parametrize("name", ["bert-base-cased", "google/mt5-small"])',
      "def test_tok(name):",
      "    AutoTokenizer.from_pretrained(name)",
    ].join("\n");
    expect(refs("m.py", py)).toEqual([
      "hf-model bert-base-cased:11",
      "hf-model google/mt5-small:11",
      "hf-model openai/clip-vit-base-patch32:5",
      "hf-model sentence-transformers/all-MiniLM-L6-v2:2",
    ]);
  });

  it("reads LeRobot datasets, repo_type= beside repo_id=, and a setting's default with the loader's pin", () => {
    const py = [
      'ds = LeRobotDataset("lerobot/aloha_sim")',
      'jobs = [dict(repo_id="org/data", repo_type="dataset"), dict(repo_id="org/app", repo_type="space")]',
      'llm = LLM(model=os.getenv("MODEL", "Qwen/Qwen2.5-7B-Instruct"), revision="a09a354")',
    ].join("\n");
    expect(refs("r.py", py)).toEqual([
      "hf-dataset lerobot/aloha_sim:1",
      "hf-dataset org/data:2",
      "hf-model Qwen/Qwen2.5-7B-Instruct@a09a354:3",
    ]);
  });
});

describe("rules from the round 13 (precision) measurement", () => {
  it("leaves hosted models out: HOSTED_* lists, completion calls on a hosted client", () => {
    const ts = 'export const HOSTED_MODELS = ["meta-llama/llama-3.1-70b-instruct", "openai/gpt-4o-mini"];\n';
    expect(refs("chat.ts", ts)).toEqual([]);
    const py = [
      "from together import Together",
      'r = Together().chat.completions.create(model="meta-llama/Llama-3-70b-Turbo", messages=[])',
    ].join("\n");
    expect(refs("judge.py", py)).toEqual([]);
    // the same call on a server of the team's own names weights it runs
    const own =
      'client = OpenAI(base_url="http://localhost:8000/v1")\nr = client.chat.completions.create(model="org/served")\n';
    expect(refs("own.py", own)).toEqual(["hf-model org/served:2"]);
  });

  it("leaves ModelScope out: names imported from modelscope and its own CLI", () => {
    const py =
      "from modelscope import snapshot_download\npath = snapshot_download('qwen/Qwen2-7B-Instruct')\n";
    expect(refs("ms.py", py)).toEqual([]);
    const hub =
      "from huggingface_hub import snapshot_download\npath = snapshot_download('Qwen/Qwen2-7B-Instruct')\n";
    expect(refs("hub.py", hub)).toEqual(["hf-model Qwen/Qwen2-7B-Instruct:2"]);
    expect(refs("get.sh", "modelscope download --model iic/nlp_structbert_base\n")).toEqual([]);
  });

  it("reads lm-eval's model= as a served name under a served backend, its tokenizer= as a model", () => {
    const sh =
      "lm_eval --model local-completions --model_args model=acme/bot,base_url=http://localhost:8000/v1,tokenizer=org/tok\n";
    expect(refs("eval.sh", sh)).toEqual(["hf-model org/tok:1"]);
    expect(refs("eval.sh", "lm_eval --model hf --model_args model=org/direct\n")).toEqual([
      "hf-model org/direct:1",
    ]);
  });
});

describe("rules from the round 14 measurement", () => {
  it("reads node-llama-cpp's hf: URIs, hugot's DownloadModel, Ruby, npm scripts and .NET appSettings", () => {
    const js = 'const p = await resolveModelFile("hf:bartowski/Llama-3.2-3B-GGUF/model-Q4_K_M.gguf", dir);\n';
    expect(refs("main.js", js)).toEqual(["hf-model bartowski/Llama-3.2-3B-GGUF:1"]);
    const go = 'path, err := hugot.DownloadModel("KnightsAnalytics/all-MiniLM-L6-v2", "./models", opts)\n';
    expect(refs("main.go", go)).toEqual(["hf-model KnightsAnalytics/all-MiniLM-L6-v2:1"]);
    const rb =
      'EMBEDDER = "sentence-transformers/multi-qa-MiniLM-L6-cos-v1"\nembed = Informers.pipeline("embedding", EMBEDDER)\n';
    expect(refs("search.rb", rb)).toEqual(["hf-model sentence-transformers/multi-qa-MiniLM-L6-cos-v1:1"]);
    const pkg =
      '{\n  "scripts": {\n    "models": "huggingface-cli download Xenova/whisper-tiny.en --local-dir public/m"\n  }\n}\n';
    expect(refs("package.json", pkg)).toEqual(["hf-model Xenova/whisper-tiny.en:3"]);
    const xml =
      '<appSettings>\n  <add key="HuggingFace:ModelId" value="microsoft/Phi-3.5-mini-instruct" />\n  <add key="Storage:Container" value="acme/blobs" />\n</appSettings>\n';
    expect(refs("App.config", xml)).toEqual(["hf-model microsoft/Phi-3.5-mini-instruct:2"]);
  });
});
