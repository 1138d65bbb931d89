import { GGUFValueType, serializeGgufMetadata } from "@huggingface/gguf";
import { describe, expect, it } from "vitest";
import { detectWeights, isWeightsFile, WEIGHTS_HEAD_BYTES } from "../../src/detect/index.js";

type Typed = Parameters<typeof serializeGgufMetadata>[0];

/** A real GGUF header written by the Hugging Face library, general.* keys first. */
function gguf(general: Record<string, string>, tokens = 0): Uint8Array {
  const kv: Record<string, { value: unknown; type: GGUFValueType; subType?: GGUFValueType }> = {};
  kv["general.architecture"] = { value: "llama", type: GGUFValueType.STRING };
  for (const [k, v] of Object.entries(general)) kv[k] = { value: v, type: GGUFValueType.STRING };
  kv["llama.context_length"] = { value: 8192, type: GGUFValueType.UINT32 };
  if (tokens > 0) {
    kv["tokenizer.ggml.tokens"] = {
      value: Array.from({ length: tokens }, (_, i) => `token-${i}`),
      type: GGUFValueType.ARRAY,
      subType: GGUFValueType.STRING,
    };
  }
  const typed = {
    version: { value: 3, type: GGUFValueType.UINT32 },
    tensor_count: { value: 0n, type: GGUFValueType.UINT64 },
    kv_count: { value: BigInt(Object.keys(kv).length), type: GGUFValueType.UINT64 },
    ...kv,
  } as unknown as Typed;
  return serializeGgufMetadata(typed);
}

function safetensors(header: unknown, extra = 0): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + json.length + extra);
  new DataView(out.buffer).setBigUint64(0, BigInt(json.length), true);
  out.set(json, 8);
  return out;
}

describe("vendored weight files", () => {
  it("recognizes weight files by extension", () => {
    for (const f of [
      "m.safetensors",
      "a/b.GGUF",
      "x.bin",
      "y.pt",
      "z.pth",
      "c.ckpt",
      "o.onnx",
      "k.h5",
      "t.tflite",
    ])
      expect(isWeightsFile(f)).toBe(true);
    expect(isWeightsFile("dir/MODEL.GGUF")).toBe(true);
    for (const f of [
      "model.py",
      "weights.json",
      "README.md",
      "gguf.txt",
      "a.gguf/notes.txt",
      "safetensors",
      ".git/x",
    ])
      expect(isWeightsFile(f)).toBe(false);
  });

  it("reads license, base models and source from GGUF metadata", () => {
    const head = gguf({
      "general.license": "llama3.1",
      "general.license.name": "Llama 3.1 Community License",
      "general.license.link": "https://llama.meta.com/llama3_1/license",
      "general.base_model.count": "1",
      "general.base_model.0.name": "Llama 3.1 8B Instruct",
      "general.base_model.0.organization": "Meta Llama",
      "general.base_model.0.repo_url": "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct",
      "general.source.huggingface.repository": "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
    });
    const ref = detectWeights("models/llama.gguf", head, head.length + 4_000_000_000);
    expect(ref).toMatchObject({ id: "models/llama.gguf", kind: "weights-file", line: 1 });
    expect(ref.header).toEqual({
      format: "gguf",
      license: "llama3.1",
      licenseName: "Llama 3.1 Community License",
      licenseLink: "https://llama.meta.com/llama3_1/license",
      baseModels: ["meta-llama/Llama-3.1-8B-Instruct"],
      sourceRepo: "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
    });
  });

  it("reads a GGUF whose tokenizer runs past the head, and flags one cut inside general.*", () => {
    const big = gguf({ "general.license": "apache-2.0" }, 200_000);
    expect(big.length).toBeGreaterThan(WEIGHTS_HEAD_BYTES);
    const ok = detectWeights("q.gguf", big.subarray(0, WEIGHTS_HEAD_BYTES), big.length + 1e9);
    expect(ok.header).toEqual({ format: "gguf", license: "apache-2.0" });

    const small = gguf({ "general.license": "apache-2.0", "general.license.link": "https://example.org/l" });
    const cut = small.subarray(0, 60);
    const bad = detectWeights("cut.gguf", cut, cut.length);
    expect(bad.header?.error).toMatch(/truncated GGUF file/);
    expect(detectWeights("empty.gguf", new Uint8Array(0), 0).header?.error).toMatch(/truncated/);
    expect(detectWeights("fake.gguf", new TextEncoder().encode("not gguf at all"), 15).header?.error).toMatch(
      /magic bytes/,
    );
  });

  it("reads safetensors __metadata__, and reports malformed or oversized headers", () => {
    const st = safetensors(
      {
        __metadata__: {
          format: "pt",
          license: "cc-by-nc-4.0",
          base_model: "stabilityai/stable-diffusion-xl-base-1.0",
        },
        "w.weight": { dtype: "F16", shape: [2, 2], data_offsets: [0, 8] },
      },
      8,
    );
    expect(detectWeights("lora.safetensors", st, st.length).header).toEqual({
      format: "safetensors",
      license: "cc-by-nc-4.0",
      baseModels: ["stabilityai/stable-diffusion-xl-base-1.0"],
    });
    const lying = new Uint8Array(16);
    new DataView(lying.buffer).setBigUint64(0, 1n << 40n, true);
    expect(detectWeights("x.safetensors", lying, 16).header?.error).toMatch(/declared length .* exceeds/);
    const broken = safetensors({ a: 1 });
    broken[10] = 0x7b; // corrupt the JSON
    broken[9] = 0x7b;
    expect(detectWeights("b.safetensors", broken, broken.length).header?.error).toMatch(
      /malformed safetensors/,
    );
    expect(detectWeights("t.safetensors", new Uint8Array(3), 3).header?.error).toMatch(/truncated/);
  });

  it("recognizes Git LFS pointers and pickles", () => {
    const ptr = new TextEncoder().encode(
      `version https://git-lfs.github.com/spec/v1\noid sha256:${"a".repeat(64)}\nsize 4920000000\n`,
    );
    expect(detectWeights("model.safetensors", ptr, ptr.length).header).toEqual({ format: "lfs-pointer" });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(detectWeights("pytorch_model.bin", zip, 6).header).toEqual({ format: "pickle" });
  });
});
