// The reader thread drops files whose text fails their kind's gate without running a detector:
// a gate that rejects a text from which a detector would report something loses a reference.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONFIG_GATE, CONFIG_SLASH, CONFIG_WORDS } from "../../src/detect/config.js";
import { detectText, fileKind, GATES, type Gate } from "../../src/detect/index.js";
import { keyKind } from "../../src/detect/keys.js";
import { SHELL_GATE } from "../../src/detect/shell.js";

function passes(gate: Gate, text: string): boolean {
  return (
    gate.always === true ||
    gate.needles.some((n) => text.includes(n)) ||
    gate.patterns.some((r) => r.test(text))
  );
}

/** Pieces of shell, YAML, config and code lines, keys in several spellings among them. */
const PIECES = [
  " ",
  "  ",
  "\n",
  "=",
  ":",
  ": ",
  '"',
  "'",
  "(",
  ")",
  ",",
  "\\\n",
  "-",
  "--",
  "$ ",
  "export ",
  "ENV ",
  "ARG ",
  "RUN ",
  "?= ",
  "org/name",
  "Org-1/Model.v2",
  "bert-base-uncased",
  "./local/dir",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell default, not a template
  "${X:-acme/tiny}",
  "huggingface-cli",
  "hf",
  "download",
  "vllm",
  "serve",
  "python",
  " -c ",
  "from_pretrained",
  "MODEL_ID",
  "ModelName",
  "model-name-or-path",
  "TOKENIZER",
  "toKenizer",
  "to\u212Aenizer",
  "CheckPoint",
  "LLM",
  "hfPath",
  "HF_PATH",
  "name-or-path",
  "_name_or_path",
  "DATA_REPO",
  "dataset",
  "embedder",
  "reRanker",
  "--hf-repo",
  "-hfr",
  "DATA_DIR",
  "output_dir",
  "mkdir -p",
  "docker run",
  "nvidia/cuda:12.2",
  "https://huggingface.co/",
  "hf.co/",
  "git@hf.co:",
  "lms get ",
  "`",
  "| ",
  "|---|\n",
  " weights ",
  // MDX components, LocalAI's scheme, Triton's config.pbtxt parameters
  '<ModelCard id="',
  '<X repo="',
  '" />',
  "huggingface://",
  "key: ",
  '"hf_model"',
  "value: { string_value: ",
  " }",
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(""));

describe("reader gates", () => {
  for (const file of [
    "run.sh",
    "Dockerfile",
    "Makefile",
    "ci.yaml",
    "conf.json",
    "setup.cfg",
    "x.py",
    "x.ts",
    "x.md",
    "main.tf",
    "values.yaml.j2",
    "docs/x.mdx",
    "config.pbtxt",
  ]) {
    it(`a ${file} text its gate rejects yields no reference, not even a candidate`, () => {
      const gate = GATES[fileKind(file)];
      fc.assert(
        fc.property(text, (t) => {
          if (passes(gate, t)) return;
          expect(detectText(file, t)).toEqual([]);
        }),
        { numRuns: 3000 },
      );
    });
  }

  it("lets through every spelling of a model key in a script, and drops scripts without one", () => {
    const gate = GATES.shell;
    for (const line of [
      "export TOKENIZER_NAME=acme/tok",
      "--modelNameOrPath acme/x",
      "HF_PATH=acme/x",
      "ENV Embedder acme/e",
      "reRanker ?= acme/r",
      "--to\u212Aenizer acme/t",
      "--data-path acme/d",
      "--vision_tower acme/v",
      "VAE=acme/vae",
      "--nameOrPath acme/x",
    ]) {
      expect(passes(gate, line), line).toBe(true);
    }
    const plain =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell default, not a template
      'set -euo pipefail\nexport DATA_DIR="${DATA_DIR:-/data}"\ndocker run --rm nvidia/cuda:12.2.0 nvidia-smi\n';
    expect(passes(gate, plain)).toBe(false);
    expect(detectText("run.sh", plain)).toEqual([]);
    // The same script with a model variable is read.
    expect(detectText("run.sh", `${plain}export MODEL_ID=acme/tiny\n`).map((r) => r.id)).toEqual([
      "acme/tiny",
    ]);
    expect(SHELL_GATE.test("MODEL")).toBe(true);
  });

  it("holds a word of every key keyKind accepts, in any spelling (scripts find references by their keys)", () => {
    const parts = fc.constantFrom(
      ..."model Model MODEL id Id ID name Name or Or path Path _ - -- base pretrained tokenizer TOKENIZER".split(
        " ",
      ),
      ..."to\u212Aenizer check point Check Point hf Hf HF data set Data Set repo Repo embed ding embedder".split(
        " ",
      ),
      ..."Embedding encoder ENCODER re ranker Ranker lora LoRA llm LLM adapter Adapter peft s ids names name_or_path Name-Or-Path".split(
        " ",
      ),
      ..."vae VAE Vae vision Vision tower Tower weights Weights url URL Url config Config datasets Datasets".split(
        " ",
      ),
    );
    fc.assert(
      fc.property(fc.array(parts, { minLength: 1, maxLength: 6 }), (p) => {
        const key = p.join("");
        if (keyKind(key) !== null) expect(SHELL_GATE.test(key), key).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it("splits the config gate into words and the org/name shape without changing what it accepts", () => {
    const configText = fc
      .array(fc.constantFrom(...PIECES, "Model", "repository", "tokens", "a/b", " x/", "LoRA", "EMBED"), {
        maxLength: 20,
      })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(configText, (t) => {
        const split = CONFIG_WORDS.some((w) => t.includes(w)) || CONFIG_SLASH.test(t);
        expect(split).toBe(CONFIG_GATE.test(t));
      }),
      { numRuns: 5000 },
    );
  });
});
