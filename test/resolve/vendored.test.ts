import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveReferences } from "../../src/resolve/index.js";
import type { ModelRef, WeightsHeader } from "../../src/types.js";
import { type HubServer, SAMPLE_HUB, startHub } from "../servers/hub.js";
import { ref } from "./helpers.js";

let root: string;
let outside: string;
let hub: HubServer;

function put(rel: string, content: string) {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "mlg-vendored-"));
  outside = mkdtempSync(path.join(os.tmpdir(), "mlg-outside-"));
  writeFileSync(
    path.join(outside, "LICENSE"),
    "MIT License\n\nPermission is hereby granted, free of charge\n",
  );
  put("models/llama.gguf", "GGUF");
  put("models/adapter/adapter_model.safetensors", "x");
  put(
    "models/adapter/adapter_config.json",
    JSON.stringify({ base_model_name_or_path: "meta-llama/Meta-Llama-3-8B" }),
  );
  put("models/adapter/README.md", "---\nlicense: apache-2.0\nlibrary_name: peft\n---\n# adapter\n");
  put("deep/LICENSE", "Acme internal model license. Non-commercial research use only.\n");
  put("deep/a/b/model.bin", "x");
  put("lfs/model.safetensors", "version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12\n");
  put("lfs/README.md", "---\nlicense: mit\n---\n");
  put("local/model.safetensors", "x");
  put("local/config.json", JSON.stringify({ _name_or_path: "checkpoints/run-1" }));
  put("local/README.md", "no front matter here\n");
  put("quant/qwen-q4.gguf", "GGUF");
  put("linked/model.onnx", "x");
  symlinkSync(path.join(outside, "LICENSE"), path.join(root, "linked/LICENSE"));
  put("bare/model.ckpt", "x");
  put("broken/model.safetensors", "x");
  put("broken/config.json", "{ not json");
  put("broken/README.md", "---\nlicense: [unclosed\n---\n");
  hub = await startHub(SAMPLE_HUB);
});

afterAll(async () => {
  await hub.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function weights(id: string, header?: WeightsHeader): ModelRef {
  return ref(id, { kind: "weights-file", locations: [{ file: id, line: 1 }], ...(header ? { header } : {}) });
}

async function resolve(r: ModelRef) {
  const logs: string[] = [];
  const out = await resolveReferences([r], { hubUrl: hub.url, root, log: (m) => logs.push(m) });
  expect(out.resolved).toHaveLength(1);
  return { ...out.resolved[0]!.resolution, logs };
}

describe("vendored weights", () => {
  it("takes the license from the file's own header first", async () => {
    const r = await resolve(weights("models/llama.gguf", { format: "gguf", license: "llama3" }));
    expect(r.weights).toMatchObject({ license: "llama3", source: "gguf:general.license" });
    expect(r.errors).toEqual([]);
  });

  it("reads the sidecar card and follows the adapter's base on the Hub", async () => {
    const r = await resolve(weights("models/adapter/adapter_model.safetensors", { format: "safetensors" }));
    expect(r.weights).toMatchObject({ license: "apache-2.0", source: "sidecar:models/adapter/README.md" });
    expect(r.lineage).toHaveLength(1);
    expect(r.lineage[0]).toMatchObject({ id: "meta-llama/Meta-Llama-3-8B", relation: "adapter", depth: 1 });
    expect(r.lineage[0]!.license.license).toBe("llama3");
  });

  it("finds a LICENSE in a folder above, up to the root", async () => {
    const r = await resolve(weights("deep/a/b/model.bin"));
    expect(r.weights.source).toBe("sidecar:deep/LICENSE");
    expect(r.weights.categories).not.toContain("no-license");
  });

  it("reads only sidecars for a Git LFS pointer", async () => {
    const r = await resolve(weights("lfs/model.safetensors", { format: "lfs-pointer" }));
    expect(r.weights).toMatchObject({ license: "mit", source: "sidecar:lfs/README.md" });
  });

  it("ignores a config _name_or_path that is not on the Hub, and finds no license", async () => {
    const r = await resolve(weights("local/model.safetensors"));
    expect(r.lineage).toEqual([]);
    expect(r.weights.categories).toEqual(["no-license"]);
  });

  it("a quantization with no license of its own carries its source repo's license", async () => {
    const r = await resolve(
      weights("quant/qwen-q4.gguf", { format: "gguf", sourceRepo: "https://huggingface.co/Qwen/Qwen2.5-7B" }),
    );
    expect(r.lineage[0]).toMatchObject({ id: "Qwen/Qwen2.5-7B", relation: "quantized" });
    expect(r.weights.license).toBe("apache-2.0");
    expect(r.weights.source).toMatch(/^inherited from Qwen\/Qwen2.5-7B/);
  });

  it("does not follow a link out of the root", async () => {
    const r = await resolve(weights("linked/model.onnx"));
    expect(r.weights.license).not.toBe("mit");
    expect(r.weights.categories).toEqual(["no-license"]);
  });

  it("no header, no sidecar: no license", async () => {
    const r = await resolve(weights("bare/model.ckpt"));
    expect(r.weights.categories).toEqual(["no-license"]);
    expect(r.code).toBeNull();
  });

  it("malformed sidecars and a header error are messages, not crashes", async () => {
    const r = await resolve(
      weights("broken/model.safetensors", { format: "safetensors", error: "truncated header" }),
    );
    expect(r.weights.categories).toEqual(["no-license"]);
    expect(r.logs.join()).toMatch(/truncated header/);
  });

  it("a path that leaves the root is not read", async () => {
    const r = await resolve(weights("../outside/model.bin"));
    expect(r.weights.categories).toEqual(["unresolved"]);
    expect(r.errors).toEqual(["file not found in the tree"]);
  });
});

describe("Ultralytics YOLO weights", () => {
  it("a YOLO file name with no such file in the tree is AGPL-3.0 from our own knowledge", async () => {
    const r = await resolve(ref("yolov8n.pt", { kind: "weights-file" }));
    expect(r.weights).toMatchObject({ license: "agpl-3.0", source: "known:ultralytics" });
    expect(hub.requests.some((q) => q.path.includes("yolo"))).toBe(false);
  });

  it("so is an ultralytics/yolo* id", async () => {
    const r = await resolve(ref("ultralytics/yolo11n"));
    expect(r.weights).toMatchObject({ license: "agpl-3.0", source: "known:ultralytics" });
  });

  it("YOLO() as detection reports it (the ultralytics/ultralytics repo) is known without asking GitHub", async () => {
    const out = await resolveReferences([ref("ultralytics/ultralytics", { kind: "github-repo" })], {
      hubUrl: hub.url,
      githubApiUrl: "http://127.0.0.1:9",
      root,
      retries: 0,
    });
    const r = out.resolved[0]!.resolution;
    expect(r.weights).toMatchObject({ license: "agpl-3.0", source: "known:ultralytics" });
    expect(r.code?.license).toBe("agpl-3.0");
    expect(r.errors).toEqual([]);
  });

  it("a vendored YOLO file with its own license uses that license", async () => {
    put("det/yolov5s.pt", "x");
    put("det/README.md", "---\nlicense: mit\n---\n");
    const r = await resolve(weights("det/yolov5s.pt"));
    expect(r.weights).toMatchObject({ license: "mit", source: "sidecar:det/README.md" });
  });

  it("a vendored YOLO file with nothing beside it is taken as Ultralytics'", async () => {
    put("det2/yolo11s.pt", "x");
    const r = await resolve(weights("det2/yolo11s.pt"));
    expect(r.weights.source).toBe("known:ultralytics");
  });
});
