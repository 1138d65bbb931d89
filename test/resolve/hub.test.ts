import { afterEach, describe, expect, it } from "vitest";
import { hubBaseUrl, resolveReferences } from "../../src/resolve/index.js";
import type { Resolution } from "../../src/types.js";
import {
  type HubFixtures,
  type HubServer,
  type HubServerOptions,
  SAMPLE_HUB,
  startHub,
} from "../servers/hub.js";
import { ref } from "./helpers.js";

let hub: HubServer | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

async function resolveOn(
  fixtures: HubFixtures,
  refs: Parameters<typeof resolveReferences>[0],
  opts: HubServerOptions & { hfToken?: string; retries?: number } = {},
) {
  hub = await startHub(fixtures, opts);
  const logs: string[] = [];
  const out = await resolveReferences(refs, {
    hubUrl: hub.url,
    root: "/nonexistent-root",
    log: (m) => logs.push(m),
    ...(opts.hfToken ? { hfToken: opts.hfToken } : {}),
    ...(opts.retries !== undefined ? { retries: opts.retries } : {}),
  });
  return { ...out, logs, requests: hub.requests };
}

function only(out: { resolved: { resolution: Resolution }[] }): Resolution {
  expect(out.resolved).toHaveLength(1);
  return out.resolved[0]!.resolution;
}

describe("Hub model licenses", () => {
  it("takes the license from the card and records where it came from", async () => {
    const out = await resolveOn(SAMPLE_HUB, [ref("google-bert/bert-base-uncased")]);
    const r = only(out);
    expect(r.weights).toMatchObject({ license: "apache-2.0", source: "hub:cardData.license" });
    expect(r.sha).toBe("86b5e0934494bd15c9632b12f734a8a67f723594");
    expect(r.exists).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.code).toBeNull();
    // The card was enough: no file was downloaded.
    expect(out.requests.map((q) => q.path).filter((p) => p.includes("/resolve/"))).toEqual([]);
  });

  it("falls back to license:* tags when the card says nothing", async () => {
    const r = only(
      await resolveOn(
        { models: { "a/tagged": { cardData: { language: "en" }, tags: ["license:mit", "pytorch"] } } },
        [ref("a/tagged")],
      ),
    );
    expect(r.weights).toMatchObject({ license: "mit", source: "hub:tags" });
  });

  it("takes other + a known license_name from the card without downloading files", async () => {
    const out = await resolveOn(SAMPLE_HUB, [ref("Qwen/Qwen2.5-72B-Instruct")]);
    const r = only(out);
    expect(r.weights).toMatchObject({ license: "qwen", source: "hub:cardData.license" });
    expect(r.weights.link).toBe("https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE");
    expect(r.weights.clauses.mauThreshold).toBe(100_000_000);
    expect(out.requests).toHaveLength(1);
  });

  it("reads the LICENSE file when the card says other with a name nobody knows", async () => {
    const fixtures: HubFixtures = {
      models: {
        "corp/novel": {
          cardData: { license: "other", license_name: "corp-novel-license" },
          files: {
            LICENSE:
              "Corp Novel Model License\n\nYou may use the model for any purpose. If your services built on it have more than 5 million monthly active users, you must request a license from Corp.\n",
          },
        },
      },
    };
    const out = await resolveOn(fixtures, [ref("corp/novel")]);
    const r = only(out);
    expect(r.weights.source).toBe("hub:cardData.license+hub:LICENSE");
    expect(r.weights.declared).toBe("corp-novel-license");
    expect(r.weights.clauses.mauThreshold).toBe(5_000_000);
    expect(out.requests.some((q) => q.path.endsWith("/LICENSE"))).toBe(true);
  });

  it("reads only the head of a huge LICENSE file", async () => {
    const huge = `Corp license. Over 3 million monthly active users need a license.\n${"filler words ".repeat(400_000)}`;
    const out = await resolveOn(
      { models: { "a/huge": { cardData: { license: "other" }, files: { LICENSE: huge } } } },
      [ref("a/huge")],
    );
    const r = only(out);
    expect(r.errors).toEqual([]);
    expect(r.weights.clauses.mauThreshold).toBe(3_000_000);
    // A probe of one byte, then the bounded range; never the 5 MB body.
    const reads = out.requests.filter((q) => q.path.endsWith("/LICENSE"));
    expect(reads.map((q) => q.range)).toEqual(["bytes=0-0", "bytes=0-262143"]);
  });

  it("classifies the LICENSE file when neither card nor tags declare a license", async () => {
    const r = only(
      await resolveOn(
        { models: { "a/file-only": { tags: ["pytorch"], files: { LICENSE: require_mit() } } } },
        [ref("a/file-only")],
      ),
    );
    expect(r.weights).toMatchObject({ license: "mit", source: "hub:LICENSE" });
  });

  it("reads the README front matter when the API returns no card data", async () => {
    const r = only(
      await resolveOn(
        {
          models: { "a/readme-only": { files: { "README.md": "---\nlicense: bsd-3-clause\n---\n# hi\n" } } },
        },
        [ref("a/readme-only")],
      ),
    );
    expect(r.weights).toMatchObject({ license: "bsd-3-clause", source: "hub:README.md" });
  });

  it("reports no license at all as no-license (all rights reserved)", async () => {
    const r = only(await resolveOn(SAMPLE_HUB, [ref("someuser/unlicensed-model")]));
    expect(r.weights.categories).toEqual(["no-license"]);
    expect(r.weights.license).toBeNull();
    expect(r.errors).toEqual([]);
  });

  it("records gated repos and reads their metadata without a token", async () => {
    const r = only(await resolveOn(SAMPLE_HUB, [ref("meta-llama/Meta-Llama-3-8B")]));
    expect(r.gated).toBe(true);
    expect(r.weights.license).toBe("llama3");
  });

  const gatedOther: HubFixtures = {
    models: {
      "corp/gated-other": {
        gated: "manual",
        cardData: { license: "other", license_name: "corp-license" },
        files: {
          LICENSE:
            "Corp model license. Use by services with more than 5 million monthly active users needs a license.\n",
        },
      },
    },
  };

  it("says why a gated LICENSE could not be read without a token", async () => {
    const r = only(await resolveOn(gatedOther, [ref("corp/gated-other")]));
    expect(r.gated).toBe(true);
    expect(r.errors.join("\n")).toMatch(/gated repository; LICENSE needs an hf-token/);
    // What it means could not be checked, but the declared name is still reported.
    expect(r.weights.categories).toEqual(["unresolved"]);
    expect(r.weights.declared).toBe("corp-license");
  });

  it("reads a gated LICENSE with a token, sent only to the Hub", async () => {
    const out = await resolveOn(gatedOther, [ref("corp/gated-other")], {
      token: "hf_secret",
      hfToken: "hf_secret",
    });
    const r = only(out);
    expect(r.errors).toEqual([]);
    expect(r.weights.source).toContain("LICENSE");
    expect(out.requests.every((q) => q.authorization === "Bearer hf_secret")).toBe(true);
  });

  it("a token the Hub rejects is a clear message that does not repeat the token", async () => {
    const out = await resolveOn(SAMPLE_HUB, [ref("google-bert/bert-base-uncased")], {
      token: "hf_right",
      hfToken: "hf_wrong_and_secret",
    });
    const r = only(out);
    expect(r.weights.categories).toEqual(["unresolved"]);
    expect(r.errors.join()).toMatch(/HTTP 401: Invalid credentials/);
    expect(JSON.stringify(out.resolved) + out.logs.join()).not.toContain("hf_wrong_and_secret");
  });

  it("resolves the requested revision", async () => {
    const fixtures: HubFixtures = {
      models: {
        "a/changing": {
          cardData: { license: "mit" },
          revisions: { v1: { cardData: { license: "cc-by-nc-4.0" }, sha: "a".repeat(40) } },
        },
      },
    };
    const out = await resolveOn(fixtures, [ref("a/changing", { revision: "v1" }), ref("a/changing")]);
    const [old, now] = out.resolved.map((x) => x.resolution);
    expect(old!.weights.license).toBe("cc-by-nc-4.0");
    expect(old!.sha).toBe("a".repeat(40));
    expect(now!.weights.license).toBe("mit");
    expect(out.requests.some((q) => q.path.includes("/revision/v1?"))).toBe(true);
  });

  it("an unknown revision is unresolved with a message", async () => {
    const r = only(await resolveOn(SAMPLE_HUB, [ref("google-bert/bert-base-uncased", { revision: "nope" })]));
    expect(r.weights.categories).toEqual(["unresolved"]);
    expect(r.errors.join()).toMatch(/revision nope not found/);
  });

  it("a missing repository is unresolved; a missing candidate is dropped", async () => {
    const out = await resolveOn(SAMPLE_HUB, [
      ref("nobody/nothing"),
      ref("checkpoints/run-1", { confidence: 0.3 }),
      ref("Qwen/Qwen2.5-7B", { confidence: 0.3 }),
    ]);
    expect(out.resolved.map((x) => x.ref.id)).toEqual(["nobody/nothing", "Qwen/Qwen2.5-7B"]);
    expect(out.dropped.map((x) => x.id)).toEqual(["checkpoints/run-1"]);
    const missing = out.resolved[0]!.resolution;
    expect(missing.exists).toBe(false);
    expect(missing.weights.categories).toEqual(["unresolved"]);
    expect(missing.errors).toEqual(["not found on the Hub"]);
  });

  it("a private repository is not found without a token and resolved with one", async () => {
    const fixtures: HubFixtures = {
      models: { "corp/private": { private: true, cardData: { license: "mit" } } },
    };
    const anon = only(await resolveOn(fixtures, [ref("corp/private")], { token: "hf_ok" }));
    expect(anon.exists).toBe(false);
    await hub?.close();
    const authed = only(
      await resolveOn(fixtures, [ref("corp/private")], { token: "hf_ok", hfToken: "hf_ok" }),
    );
    expect(authed.weights.license).toBe("mit");
  });

  it("resolves datasets through the datasets API", async () => {
    const out = await resolveOn(SAMPLE_HUB, [ref("HuggingFaceFW/fineweb", { kind: "hf-dataset" })]);
    const r = only(out);
    expect(r.weights.source).toBe("hub:cardData.license");
    expect(r.weights.declared ?? r.weights.license).toBe("odc-by");
    expect(out.requests[0]!.path).toMatch(/^\/api\/datasets\/HuggingFaceFW\/fineweb\/revision\/HEAD\?/);
  });

  it("asks once per distinct id and revision", async () => {
    const out = await resolveOn(SAMPLE_HUB, [
      ref("google-bert/bert-base-uncased"),
      ref("google-bert/bert-base-uncased", { kind: "hf-model", locations: [{ file: "b.py", line: 3 }] }),
      ref("acme/llama-3-8b-support-ft"),
      ref("meta-llama/Meta-Llama-3-8B"),
    ]);
    const infoCalls = out.requests
      .filter((q) => q.path.startsWith("/api/models/"))
      .map((q) => q.path.split("?")[0]);
    expect(new Set(infoCalls).size).toBe(infoCalls.length);
    expect(infoCalls).toHaveLength(3);
  });
});

describe("code license", () => {
  it("is the repository license when code ships without its own LICENSE-CODE", async () => {
    const r = only(await resolveOn(SAMPLE_HUB, [ref("acme/custom-code-model")]));
    expect(r.code).not.toBeNull();
    expect(r.code!.license).toBe(r.weights.license);
    expect(r.code!.source).toMatch(/same as the repository/);
  });

  it("comes from LICENSE-CODE when the repo has one, apart from the weights", async () => {
    const fixtures: HubFixtures = {
      models: {
        "deep/split": {
          cardData: { license: "other", license_name: "deep-model-license" },
          files: {
            "modeling_deep.py": "# code\n",
            "LICENSE-CODE": require_mit(),
            "LICENSE-MODEL": "Deep model license: no use for military purposes; attribution required.\n",
          },
        },
      },
    };
    const r = only(await resolveOn(fixtures, [ref("deep/split")]));
    expect(r.code).toMatchObject({ license: "mit", source: "hub:LICENSE-CODE" });
    expect(r.weights.license).not.toBe("mit");
    expect(r.weights.source).toContain("LICENSE-MODEL");
  });

  it("a LICENSE-CODE that cannot be read leaves the weights facts alone", async () => {
    const fixtures: HubFixtures = {
      models: {
        "a/code": { cardData: { license: "mit" }, files: { "x.py": "", "LICENSE-CODE": "whatever" } },
      },
    };
    const r = only(
      await resolveOn(fixtures, [ref("a/code")], {
        retries: 0,
        fault: (q) => (q.path.endsWith("/LICENSE-CODE") ? { status: 500, body: "boom" } : undefined),
      }),
    );
    expect(r.weights.license).toBe("mit");
    expect(r.errors).toEqual([]);
    expect(r.code?.categories).toEqual(["unresolved"]);
    expect(r.code?.source).toMatch(/could not read LICENSE-CODE: HTTP 500/);
  });

  it("is null when the repository ships no code", async () => {
    const r = only(await resolveOn(SAMPLE_HUB, [ref("Qwen/Qwen2.5-7B")]));
    expect(r.code).toBeNull();
  });
});

function require_mit(): string {
  return 'MIT License\n\nCopyright (c) 2024 Deep\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n';
}

describe("lineage", () => {
  it("follows a fine-tune of a fine-tune back two hops", async () => {
    const fixtures: HubFixtures = {
      models: {
        "me/chat-ft": { cardData: { license: "apache-2.0", base_model: "org/instruct" } },
        "org/instruct": {
          cardData: { license: "apache-2.0" },
          tags: ["base_model:finetune:meta-llama/Meta-Llama-3-8B"],
        },
        "meta-llama/Meta-Llama-3-8B": SAMPLE_HUB.models!["meta-llama/Meta-Llama-3-8B"]!,
      },
    };
    const r = only(await resolveOn(fixtures, [ref("me/chat-ft")]));
    expect(r.weights.license).toBe("apache-2.0");
    expect(r.lineage.map(({ id, relation, of, depth }) => ({ id, relation, of, depth }))).toEqual([
      { id: "org/instruct", relation: "finetune", of: "me/chat-ft", depth: 1 },
      { id: "meta-llama/Meta-Llama-3-8B", relation: "finetune", of: "org/instruct", depth: 2 },
    ]);
    expect(r.lineage[1]!.license.license).toBe("llama3");
  });

  it("stops at a cycle", async () => {
    const fixtures: HubFixtures = {
      models: {
        "a/one": { cardData: { license: "mit", base_model: "a/two" } },
        "a/two": { cardData: { license: "mit", base_model: "a/one" } },
      },
    };
    const out = await resolveOn(fixtures, [ref("a/one")]);
    const r = only(out);
    expect(r.lineage.map((e) => e.id)).toEqual(["a/two"]);
    expect(out.requests.filter((q) => q.path.startsWith("/api/models/a/one/")).length).toBe(1);
  });

  it("lists both bases of a merge", async () => {
    const fixtures: HubFixtures = {
      models: {
        "m/merged": {
          cardData: { license: "apache-2.0", base_model: ["x/left", "y/right"] },
          tags: ["base_model:merge:x/left", "base_model:merge:y/right"],
        },
        "x/left": { cardData: { license: "mit" } },
        "y/right": { cardData: { license: "cc-by-nc-4.0" } },
      },
    };
    const r = only(await resolveOn(fixtures, [ref("m/merged")]));
    expect(r.lineage.map((e) => [e.id, e.relation, e.depth, e.license.license])).toEqual([
      ["x/left", "merge", 1, "mit"],
      ["y/right", "merge", 1, "cc-by-nc-4.0"],
    ]);
  });

  it("stops after five hops", async () => {
    const models: HubFixtures["models"] = {};
    for (let i = 0; i < 9; i++)
      models[`c/m${i}`] = { cardData: { license: "mit", base_model: `c/m${i + 1}` } };
    const out = await resolveOn({ models }, [ref("c/m0")]);
    const r = only(out);
    expect(r.lineage.map((e) => e.depth)).toEqual([1, 2, 3, 4, 5]);
    expect(out.logs.join()).toMatch(/deeper than 5/);
  });

  it("a base missing from the Hub is listed as unresolved, not a crash", async () => {
    const r = only(
      await resolveOn({ models: { "a/ft": { cardData: { license: "mit", base_model: "gone/base" } } } }, [
        ref("a/ft"),
      ]),
    );
    expect(r.lineage).toHaveLength(1);
    expect(r.lineage[0]!.license.categories).toEqual(["unresolved"]);
    expect(r.lineage[0]!.license.source).toMatch(/not found/);
  });

  it("ignores base_model values that are not Hub ids", async () => {
    const r = only(
      await resolveOn(
        {
          models: { "a/ft": { cardData: { license: "mit", base_model: ["../../etc/passwd", "<script>"] } } },
        },
        [ref("a/ft")],
      ),
    );
    expect(r.lineage).toEqual([]);
  });
});

describe("hubBaseUrl", () => {
  it("prefers the input, then HF_ENDPOINT, then the public Hub", () => {
    expect(hubBaseUrl("https://hub.example/", { HF_ENDPOINT: "https://mirror" })).toBe("https://hub.example");
    expect(hubBaseUrl("", { HF_ENDPOINT: "https://mirror/" })).toBe("https://mirror");
    expect(hubBaseUrl(undefined, {})).toBe("https://huggingface.co");
  });
});
