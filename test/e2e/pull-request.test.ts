// The action as a runner starts it, on the sample pull request, against the two loopback servers.
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepo, createSampleRepo, type TestRepo } from "../helpers/git-repo.js";
import { type ActionRun, pullRequestPayload, runAction } from "../helpers/run-action.js";
import { type GitHubServer, newGitHubState, startGitHub } from "../servers/github.js";
import { type HubServer, SAMPLE_HUB, startHub } from "../servers/hub.js";

const TOKEN = "ghs_writeTokenForTheLoopbackServer0001";

describe("action on a pull request", () => {
  let repo: TestRepo;
  let hub: HubServer;
  let github: GitHubServer;
  let first: ActionRun;

  const run = (inputs: Record<string, string> = {}) =>
    runAction({
      workspace: repo.dir,
      eventName: "pull_request",
      payload: pullRequestPayload(repo.base, repo.head),
      sha: repo.head,
      apiUrl: github.url,
      inputs: { "github-token": TOKEN, "hub-url": hub.url, ...inputs },
    });

  beforeAll(async () => {
    repo = createSampleRepo();
    hub = await startHub(SAMPLE_HUB);
    github = await startGitHub(newGitHubState("acme", "app"), { writeTokens: [TOKEN] });
    first = await run();
  });

  afterAll(async () => {
    await hub?.close();
    await github?.close();
    repo?.remove();
  });

  it("fails the job on a denied license, with the verdict and report outputs", () => {
    expect(first.status, first.stdout + first.stderr).toBe(1);
    expect(first.outputs.verdict).toBe("fail");
    const reportPath = first.outputs.report ?? "";
    expect(existsSync(reportPath)).toBe(true);
    const report = JSON.parse(readFileSync(reportPath, "utf8"));
    expect(report.verdict).toBe("fail");
    const ids = report.references.map((r: { id: string }) => r.id).sort();
    // Only what the pull request adds: the SDXL reference on main is not part of it.
    expect(ids).toContain("facebook/musicgen-small");
    expect(ids).toContain("google-bert/bert-base-uncased");
    expect(ids).not.toContain("stabilityai/stable-diffusion-xl-base-1.0");
    expect(Number(first.outputs.references)).toBe(report.references.length);
    expect(Number(first.outputs.failures)).toBeGreaterThanOrEqual(1);
  });

  it("puts an error annotation on the offending file and line", () => {
    const musicgenLine =
      readFileSync(`${repo.dir}/src/assistant.py`, "utf8")
        .split("\n")
        .findIndex((l) => l.includes("facebook/musicgen-small")) + 1;
    const errors = first.annotations.filter((a) => a.level === "error");
    expect(errors).toContainEqual(
      expect.objectContaining({
        props: expect.objectContaining({ file: "src/assistant.py", line: String(musicgenLine) }),
      }),
    );
  });

  it("writes the verdict table to the job summary", () => {
    expect(first.summary).toMatch(/fail/);
    expect(first.summary).toContain("facebook/musicgen-small");
    expect(first.summary).toContain("google-bert/bert-base-uncased");
  });

  it("posts exactly one comment and edits it on a re-run", async () => {
    const comments = () => github.state.comments.get(7) ?? [];
    expect(comments()).toHaveLength(1);
    const firstId = comments()[0]?.id;
    expect(first.outputs["comment-url"]).toContain(`#issuecomment-${firstId}`);
    const second = await run();
    expect(second.status).toBe(1);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.id).toBe(firstId);
    const posts = github.requests.filter((r) => r.method === "POST" && r.path.endsWith("/issues/7/comments"));
    expect(posts).toHaveLength(1);
  });

  it("judges the pull request by the base policy even though it loosens the policy file", () => {
    // The head commit's policy says `unmatched: pass` and denies nothing; the base denies non-commercial.
    expect(first.outputs.verdict).toBe("fail");
    const body = github.state.comments.get(7)?.[0]?.body ?? "";
    expect(body).toMatch(/policy/i);
    expect(body).toMatch(/after merge/i);
  });

  it("takes an empty input as its default", async () => {
    const empty = await run({ mode: "", comment: "", "fail-on": "", policy: "", formats: "" });
    expect(empty.status).toBe(1);
    expect(empty.outputs.verdict).toBe("fail");
    expect(github.state.comments.get(7)).toHaveLength(1);
  });

  it("never prints a token", () => {
    for (const text of [first.stdout, first.stderr, first.summary, JSON.stringify(first.outputs)]) {
      expect(text).not.toContain(TOKEN);
    }
    const report = readFileSync(first.outputs.report ?? "", "utf8");
    expect(report).not.toContain(TOKEN);
    for (const req of hub.requests) expect(req.authorization ?? "").not.toContain(TOKEN);
  });
});

describe("sticky comment lifecycle", () => {
  it("creates no comment for a change without models, and says so when a later push removes them", async () => {
    const hub = await startHub(SAMPLE_HUB);
    const github = await startGitHub(newGitHubState("acme", "app"), { writeTokens: [TOKEN] });
    const repo = createRepo({
      ".github/model-license-policy.yml":
        "version: 1\ndeny:\n  categories: [non-commercial]\nunmatched: pass\n",
      "app.py": "print('hello')\n",
    });
    const run = (head: string) => {
      repo.git("checkout", "-q", head);
      return runAction({
        workspace: repo.dir,
        eventName: "pull_request",
        payload: pullRequestPayload(repo.base, head, 30),
        sha: head,
        apiUrl: github.url,
        inputs: { "github-token": TOKEN, "hub-url": hub.url },
      });
    };
    try {
      const quiet = repo.commit({ "docs/readme.txt": "no models here\n" }, "docs only");
      const none = await run(quiet);
      expect(none.status, none.stdout).toBe(0);
      expect(none.outputs.verdict).toBe("pass");
      expect(github.state.comments.get(30)).toBeUndefined();

      const withModel = repo.commit({
        "app.py": 'pipeline("text-to-audio", model="facebook/musicgen-small")\n',
      });
      expect((await run(withModel)).status).toBe(1);
      expect(github.state.comments.get(30)?.[0]?.body).toContain("facebook/musicgen-small");

      const fixed = repo.commit({ "app.py": "print('no model')\n" }, "drop the model");
      const resolved = await run(fixed);
      expect(resolved.status).toBe(0);
      const comments = github.state.comments.get(30) ?? [];
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).not.toContain("facebook/musicgen-small");
      expect(comments[0]?.body).toMatch(/no model references/i);
    } finally {
      await hub.close();
      await github.close();
      repo.remove();
    }
  });
});
