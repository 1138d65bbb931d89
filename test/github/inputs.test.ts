import { describe, expect, it } from "vitest";
import { type RunContext, scanMode } from "../../src/github/context.js";
import { readInputs } from "../../src/github/inputs.js";
import { loadPolicy } from "../../src/load-policy.js";

const from = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("action inputs", () => {
  it("an empty or missing input means its default", () => {
    const inputs = readInputs(from({ mode: "", comment: " ", "fail-on": "" }), {});
    expect(inputs).toEqual({
      githubToken: "",
      policy: "",
      hfToken: "",
      hubUrl: "",
      mode: "auto",
      comment: "summary",
      failOn: "fail",
      formats: [],
    });
  });

  it("falls back to GITHUB_TOKEN and HF_TOKEN from the environment", () => {
    const inputs = readInputs(from({}), { GITHUB_TOKEN: "gh", HF_TOKEN: "hf" });
    expect(inputs.githubToken).toBe("gh");
    expect(inputs.hfToken).toBe("hf");
  });

  it("reads formats as a comma or space separated list, without repeats", () => {
    expect(readInputs(from({ formats: "sarif, cyclonedx sarif" }), {}).formats).toEqual([
      "sarif",
      "cyclonedx",
    ]);
  });

  it("names the input and the allowed values on a bad value", () => {
    expect(() => readInputs(from({ comment: "loud" }), {})).toThrow(
      /input comment: "loud" is not one of summary, review, off/,
    );
    expect(() => readInputs(from({ formats: "pdf" }), {})).toThrow(/input formats/);
  });
});

describe("scan mode", () => {
  const ctx = (eventName: string, diff = true): RunContext => ({
    eventName,
    owner: "o",
    repo: "r",
    workspace: ".",
    apiUrl: "",
    serverUrl: "",
    sha: "h",
    base: diff ? "b" : null,
    head: diff ? "h" : null,
    pullNumber: null,
    fromFork: false,
  });

  it.each([
    ["pull_request", "diff"],
    ["pull_request_target", "diff"],
    ["merge_group", "diff"],
    ["push", "diff"],
    ["workflow_dispatch", "full"],
    ["schedule", "full"],
  ])("auto on %s is %s", (event, mode) => {
    expect(scanMode("auto", ctx(event))).toBe(mode);
  });

  it("full overrides, and diff without two commits falls back to full", () => {
    expect(scanMode("full", ctx("pull_request"))).toBe("full");
    expect(scanMode("diff", ctx("push", false))).toBe("full");
  });
});

describe("policy source", () => {
  const files: Record<string, string> = { "custom.yml": "version: 1\nunmatched: fail\n" };
  const read = (f: string) => files[f] ?? null;

  it("reads the named file, a preset by name, else the default preset", () => {
    expect(loadPolicy("custom.yml", read, "here").policy.unmatched).toBe("fail");
    expect(loadPolicy("commercial", read, "here").policy.source).toMatch(/commercial/);
    expect(loadPolicy(undefined, read, "here").policy.source).toMatch(/default/);
  });

  it("refuses a named file that does not exist instead of falling back", () => {
    expect(() => loadPolicy("polcy.yml", read, "at the base commit")).toThrow(
      "polcy.yml: policy file not found at the base commit",
    );
  });
});

describe("pull request files API", () => {
  it("a pure rename brings no line; a file without a patch (binary, huge) counts whole", async () => {
    const { toChangedFile } = await import("../../src/github/pull-request.js");
    const rename = toChangedFile({
      filename: "b.py",
      previous_filename: "a.py",
      status: "renamed",
      changes: 0,
    });
    expect(rename.lines).toEqual(new Set());
    expect(toChangedFile({ filename: "w.safetensors", status: "modified" }).lines).toBe("all");
    const edit = toChangedFile({ filename: "x.py", status: "modified", patch: "@@ -1,1 +1,2 @@\n a\n+b\n" });
    expect(edit.lines).toEqual(new Set([2]));
  });
});
