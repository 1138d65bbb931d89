// dist/index.js on every event it supports, on review mode, on a fork's read-only token, on GHES,
// and on a model card that tries to inject HTML, mentions and links into the comment.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepo, createSampleRepo, type TestRepo } from "../helpers/git-repo.js";
import { serveRepoOverApi } from "../helpers/pull-files.js";
import { pullRequestPayload, runAction } from "../helpers/run-action.js";
import { type GitHubServer, newGitHubState, startGitHub } from "../servers/github.js";
import { type HubServer, SAMPLE_HUB, startHub } from "../servers/hub.js";

const TOKEN = "ghs_eventsWriteToken000000000000000001";
const HF_TOKEN = "hf_eventsSecretToken0000000000000001";

function reportIds(reportPath: string | undefined): string[] {
  const report = JSON.parse(readFileSync(reportPath ?? "", "utf8"));
  return report.references.map((r: { id: string }) => r.id).sort();
}

describe("events", () => {
  let repo: TestRepo;
  let hub: HubServer;
  let github: GitHubServer;

  beforeAll(async () => {
    repo = createSampleRepo();
    hub = await startHub(SAMPLE_HUB);
    github = await startGitHub(newGitHubState("acme", "app"), { writeTokens: [TOKEN] });
  });
  afterAll(async () => {
    await hub?.close();
    await github?.close();
    repo?.remove();
  });

  const base = (eventName: string, payload: unknown, inputs: Record<string, string> = {}) =>
    runAction({
      workspace: repo.dir,
      eventName,
      payload,
      sha: repo.head,
      apiUrl: github.url,
      inputs: { "github-token": TOKEN, "hub-url": hub.url, ...inputs },
    });

  it("workflow_dispatch and schedule scan the whole tree and post no comment", async () => {
    for (const event of ["workflow_dispatch", "schedule"]) {
      const before = github.requests.length;
      const run = await base(event, { repository: { full_name: "acme/app" } });
      // An audit of the checkout is judged by the checkout's own policy: here the loosened one.
      expect(run.outputs.verdict).toBe("pass");
      // The SDXL reference was already on main: only a whole-tree audit sees it.
      expect(reportIds(run.outputs.report)).toContain("stabilityai/stable-diffusion-xl-base-1.0");
      const writes = github.requests.slice(before).filter((r) => r.method !== "GET");
      expect(writes).toEqual([]);
    }
  });

  it("push diffs against `before`", async () => {
    const run = await base("push", {
      before: repo.base,
      after: repo.head,
      repository: { full_name: "acme/app" },
    });
    const ids = reportIds(run.outputs.report);
    expect(ids).toContain("facebook/musicgen-small");
    expect(ids).not.toContain("stabilityai/stable-diffusion-xl-base-1.0");
  });

  it("a push that creates a branch (before is all zeros) scans the whole tree", async () => {
    const run = await base("push", { before: "0".repeat(40), after: repo.head });
    expect(reportIds(run.outputs.report)).toContain("stabilityai/stable-diffusion-xl-base-1.0");
  });

  it("merge_group diffs the queued change against its base", async () => {
    const run = await base("merge_group", { merge_group: { base_sha: repo.base, head_sha: repo.head } });
    const ids = reportIds(run.outputs.report);
    expect(ids).toContain("facebook/musicgen-small");
    expect(ids).not.toContain("stabilityai/stable-diffusion-xl-base-1.0");
    expect(run.status).toBe(1);
  });

  it("mode: full overrides the diff of a pull request", async () => {
    const run = await base("pull_request", pullRequestPayload(repo.base, repo.head, 21), {
      mode: "full",
      comment: "off",
    });
    expect(reportIds(run.outputs.report)).toContain("stabilityai/stable-diffusion-xl-base-1.0");
  });

  it("reads the head commit's lines when the checkout holds another commit (a PR's merge commit)", async () => {
    // The merge commit has lines on top that main gained since: its line numbers are not the PR's.
    const headText = repo.git("show", `${repo.head}:src/assistant.py`);
    const merge = repo.commit(
      { "src/assistant.py": `# from main\n# from main\n${headText}\n` },
      "merge-like commit",
    );
    try {
      const run = await runAction({
        workspace: repo.dir,
        eventName: "pull_request",
        payload: pullRequestPayload(repo.base, repo.head, 22),
        sha: merge,
        apiUrl: github.url,
        inputs: { "github-token": TOKEN, "hub-url": hub.url, comment: "off" },
      });
      const line =
        repo
          .git("show", `${repo.head}:src/assistant.py`)
          .split("\n")
          .findIndex((l) => l.includes("facebook/musicgen-small")) + 1;
      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          level: "error",
          props: expect.objectContaining({ file: "src/assistant.py", line: String(line) }),
        }),
      );
      expect(reportIds(run.outputs.report)).not.toContain("stabilityai/stable-diffusion-xl-base-1.0");
    } finally {
      repo.git("reset", "-q", "--hard", repo.head);
    }
  });

  it("review mode posts inline comments on the offending lines, once", async () => {
    const payload = pullRequestPayload(repo.base, repo.head, 8);
    const first = await base("pull_request", payload, { comment: "review" });
    expect(first.status).toBe(1);
    const comments = github.state.reviewComments.get(8) ?? [];
    expect(comments.length).toBeGreaterThan(0);
    const musicgen = comments.find((c) => c.body.includes("musicgen"));
    expect(musicgen?.path).toBe("src/assistant.py");
    expect(github.state.comments.get(8)).toBeUndefined();
    await base("pull_request", payload, { comment: "review" });
    expect(github.state.reviewComments.get(8)).toHaveLength(comments.length);
    expect(github.state.reviews.get(8)).toHaveLength(1);
  });

  it("fail-on: never reports a fail without failing the job; fail-on: warn fails on warnings", async () => {
    const never = await base("pull_request", pullRequestPayload(repo.base, repo.head, 23), {
      comment: "off",
      "fail-on": "never",
    });
    expect(never.status).toBe(0);
    expect(never.outputs.verdict).toBe("fail");
    const warnOnly = createRepo({ ".github/model-license-policy.yml": "version: 1\nunmatched: warn\n" });
    warnOnly.head = warnOnly.commit({
      "a.py": 'AutoModel.from_pretrained("google-bert/bert-base-uncased")\n',
    });
    try {
      const run = (failOn: string) =>
        runAction({
          workspace: warnOnly.dir,
          eventName: "pull_request",
          payload: pullRequestPayload(warnOnly.base, warnOnly.head, 24),
          sha: warnOnly.head,
          apiUrl: github.url,
          inputs: { "github-token": TOKEN, "hub-url": hub.url, comment: "off", "fail-on": failOn },
        });
      const onFail = await run("fail");
      expect(onFail.outputs.verdict).toBe("warn");
      expect(onFail.status).toBe(0);
      expect((await run("warn")).status).toBe(1);
    } finally {
      warnOnly.remove();
    }
  });

  it("comment: off writes nothing to the pull request but still reports", async () => {
    const run = await base("pull_request", pullRequestPayload(repo.base, repo.head, 9), { comment: "off" });
    expect(github.state.comments.get(9)).toBeUndefined();
    expect(run.summary).toContain("facebook/musicgen-small");
    expect(run.annotations.some((a) => a.level === "error")).toBe(true);
  });

  it("a fork's read-only token warns about the missing permission and reports everywhere else", async () => {
    const run = await runAction({
      workspace: repo.dir,
      eventName: "pull_request",
      payload: pullRequestPayload(repo.base, repo.head, 10, "someone/app-fork"),
      sha: repo.head,
      apiUrl: github.url,
      inputs: { "github-token": "ghs_readOnlyForkToken", "hub-url": hub.url },
    });
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.summary).toContain("facebook/musicgen-small");
    const warning = run.annotations.find(
      (a) => a.level === "warning" && a.message.includes("pull-requests: write"),
    );
    expect(warning, run.stdout).toBeDefined();
    expect(run.stdout).not.toMatch(/^\s+at /m);
  });

  it("keeps each token to its own host", async () => {
    const hubBefore = hub.requests.length;
    const ghBefore = github.requests.length;
    const run = await runAction({
      workspace: repo.dir,
      eventName: "pull_request",
      payload: pullRequestPayload(repo.base, repo.head, 11),
      sha: repo.head,
      apiUrl: github.url,
      inputs: { "github-token": TOKEN, "hub-url": hub.url, "hf-token": HF_TOKEN },
    });
    for (const r of hub.requests.slice(hubBefore)) expect(r.authorization ?? "").not.toContain(TOKEN);
    for (const r of github.requests.slice(ghBefore)) expect(JSON.stringify(r)).not.toContain(HF_TOKEN);
    expect(hub.requests.slice(hubBefore).some((r) => r.authorization === `Bearer ${HF_TOKEN}`)).toBe(true);
    for (const text of [
      run.stdout,
      run.stderr,
      run.summary,
      readFileSync(run.outputs.report ?? "", "utf8"),
    ]) {
      expect(text).not.toContain(HF_TOKEN);
      expect(text).not.toContain(TOKEN);
    }
  });
});

describe("pull_request_target with only the base commit checked out", () => {
  let repo: TestRepo;
  let checkout: string;
  let hub: HubServer;
  let github: GitHubServer;

  beforeAll(async () => {
    repo = createSampleRepo();
    repo.git("branch", "base-branch", repo.base);
    checkout = mkdtempSync(path.join(os.tmpdir(), "mlg-target-"));
    execFileSync("git", [
      "clone",
      "-q",
      "--no-local",
      "--depth",
      "1",
      "-b",
      "base-branch",
      repo.dir,
      checkout,
    ]);
    hub = await startHub(SAMPLE_HUB);
    const state = newGitHubState("acme", "app");
    serveRepoOverApi(state, repo, 12);
    github = await startGitHub(state, { writeTokens: [TOKEN], prefix: "/api/v3" });
  });
  afterAll(async () => {
    await hub?.close();
    await github?.close();
    repo?.remove();
    rmSync(checkout, { recursive: true, force: true });
  });

  it("reads the pull request's files through the API (on GHES) and judges them by the base policy", async () => {
    const run = await runAction({
      workspace: checkout,
      eventName: "pull_request_target",
      payload: pullRequestPayload(repo.base, repo.head, 12, "someone/app-fork"),
      sha: repo.base,
      apiUrl: github.url,
      inputs: { "github-token": TOKEN, "hub-url": hub.url },
    });
    expect(run.outputs.verdict, run.stdout + run.stderr).toBe("fail");
    const ids = reportIds(run.outputs.report);
    expect(ids).toContain("facebook/musicgen-small");
    expect(ids).not.toContain("stabilityai/stable-diffusion-xl-base-1.0");
    expect(github.requests.some((r) => r.path.startsWith("/api/v3/repos/acme/app/pulls/12/files"))).toBe(
      true,
    );
    expect(github.state.comments.get(12)).toHaveLength(1);
    const musicgenLine =
      repo
        .git("show", `${repo.head}:src/assistant.py`)
        .split("\n")
        .findIndex((l) => l.includes("facebook/musicgen-small")) + 1;
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        props: expect.objectContaining({ line: String(musicgenLine) }),
      }),
    );
  });
});

describe("a hostile model card", () => {
  it("cannot put HTML, mentions or links into the comment", async () => {
    const evil = "<img src=x onerror=alert(1)> @octocat [click](https://evil.example) <!-- x -->";
    const hub = await startHub({
      models: {
        "evil/model": {
          sha: "a".repeat(40),
          cardData: { license: "other", license_name: evil },
          tags: ["license:other"],
        },
      },
    });
    const github = await startGitHub(newGitHubState("acme", "app"), { writeTokens: [TOKEN] });
    const repo = createRepo({ "app.py": "x = 1\n" });
    repo.head = repo.commit({
      "app.py": 'from transformers import AutoModel\nm = AutoModel.from_pretrained("evil/model")\n',
    });
    try {
      const run = await runAction({
        workspace: repo.dir,
        eventName: "pull_request",
        payload: pullRequestPayload(repo.base, repo.head, 13),
        sha: repo.head,
        apiUrl: github.url,
        inputs: { "github-token": TOKEN, "hub-url": hub.url },
      });
      const body = github.state.comments.get(13)?.[0]?.body ?? "";
      expect(body, run.stdout).toContain("evil/model");
      for (const text of [body, run.summary]) {
        expect(text).not.toContain("<img");
        expect(text).not.toMatch(/(^|[^\w`])@octocat/);
        expect(text).not.toContain("](https://evil.example)");
        expect(text).not.toContain("<!-- x -->");
      }
    } finally {
      await hub.close();
      await github.close();
      repo.remove();
    }
  });
});
