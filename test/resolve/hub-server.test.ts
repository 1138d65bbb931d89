import { datasetInfo, downloadFile, fileDownloadInfo, HubApiError, modelInfo } from "@huggingface/hub";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HubServer, SAMPLE_HUB, startHub } from "../servers/hub.js";

// The loopback Hub must answer the real client the way the real Hub does, or tests of the
// resolver would pass against a Hub that does not exist.
describe("loopback Hub", () => {
  let hub: HubServer;
  beforeAll(async () => {
    hub = await startHub(SAMPLE_HUB, { token: "hf_test" });
  });
  afterAll(() => hub.close());

  it("answers modelInfo with expanded fields", async () => {
    const info = await modelInfo({
      name: "Qwen/Qwen2.5-72B-Instruct",
      hubUrl: hub.url,
      additionalFields: ["cardData", "tags", "sha", "filePaths", "config"],
    });
    expect(info.name).toBe("Qwen/Qwen2.5-72B-Instruct");
    expect(info.cardData).toMatchObject({ license: "other", license_name: "qwen" });
    expect(info.tags).toContain("license:other");
    expect(info.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(info.filePaths).toContain("LICENSE");
    expect(hub.requests.at(-1)?.path).toContain("expand=cardData");
  });

  it("reports gated repos in metadata and refuses their files without a token", async () => {
    const info = await modelInfo({ name: "meta-llama/Meta-Llama-3-8B", hubUrl: hub.url });
    expect(info.gated).toBe("manual");
    const err = await fileDownloadInfo({
      repo: "meta-llama/Meta-Llama-3-8B",
      path: "config.json",
      hubUrl: hub.url,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HubApiError);
    expect((err as HubApiError).statusCode).toBe(401);
    const blob = await downloadFile({
      repo: "meta-llama/Meta-Llama-3-8B",
      path: "config.json",
      hubUrl: hub.url,
      accessToken: "hf_test",
    });
    expect(JSON.parse((await blob?.text()) ?? "{}")).toMatchObject({ model_type: "llama" });
  });

  it("says 404 RepoNotFound for a missing repo and null for a missing file", async () => {
    const err = await modelInfo({ name: "nobody/nothing", hubUrl: hub.url }).catch((e: unknown) => e);
    expect((err as HubApiError).statusCode).toBe(404);
    expect((err as HubApiError).message).toContain("Repository not found");
    const missing = await fileDownloadInfo({
      repo: "google-bert/bert-base-uncased",
      path: "NOPE",
      hubUrl: hub.url,
    });
    expect(missing).toBeNull();
  });

  it("serves datasets and synthesizes a README from the card", async () => {
    const info = await datasetInfo({
      name: "HuggingFaceFW/fineweb",
      hubUrl: hub.url,
      additionalFields: ["cardData"],
    });
    expect(info.cardData).toMatchObject({ license: "odc-by" });
    const blob = await downloadFile({
      repo: { type: "dataset", name: "HuggingFaceFW/fineweb" },
      path: "README.md",
      hubUrl: hub.url,
    });
    expect(await blob?.text()).toMatch(/^---\n[\s\S]*license: odc-by/);
  });

  it("honours revisions and rejects unknown ones", async () => {
    const local = await startHub({
      models: {
        "a/b": {
          cardData: { license: "mit" },
          revisions: { v1: { cardData: { license: "gpl-3.0" }, sha: "1".repeat(40) } },
        },
      },
    });
    try {
      const v1 = await modelInfo({
        name: "a/b",
        hubUrl: local.url,
        revision: "v1",
        additionalFields: ["cardData", "sha"],
      });
      expect(v1.cardData).toMatchObject({ license: "gpl-3.0" });
      expect(v1.sha).toBe("1".repeat(40));
      const err = await modelInfo({ name: "a/b", hubUrl: local.url, revision: "v9" }).catch(
        (e: unknown) => e,
      );
      expect((err as HubApiError).statusCode).toBe(404);
    } finally {
      await local.close();
    }
  });
});
