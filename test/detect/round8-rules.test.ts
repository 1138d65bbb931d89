// The rules added after the round 8 held-out measurement, each with the look-alike it must not
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
