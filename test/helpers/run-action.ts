// Starts dist/index.js the way a runner does: GITHUB_* and INPUT_* environment, an event payload
// file, the workspace as the working directory, and files for outputs and the job summary.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./git-repo.js";

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error`/`::warning`/`::notice` lines, parsed. */
  annotations: Array<{ level: string; props: Record<string, string>; message: string }>;
}

export interface ActionRunOptions {
  workspace: string;
  eventName: string;
  payload: unknown;
  repository?: string;
  sha: string;
  apiUrl: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  timeoutMs?: number;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? "");
    if (!m) continue;
    const [, name = "", delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? "");
    outputs[name] = value.join("\n");
  }
  return outputs;
}

function unescapeCommand(s: string): string {
  return s
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");
}

export function parseAnnotations(stdout: string): ActionRun["annotations"] {
  const found: ActionRun["annotations"] = [];
  for (const line of stdout.split("\n")) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const part of (m[2] ?? "").trim().split(",")) {
      const eq = part.indexOf("=");
      if (eq > 0) props[part.slice(0, eq)] = unescapeCommand(part.slice(eq + 1));
    }
    found.push({ level: m[1] ?? "", props, message: unescapeCommand(m[3] ?? "") });
  }
  return found;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(os.tmpdir(), "mlg-runner-"));
  const eventPath = path.join(temp, "event.json");
  const outputPath = path.join(temp, "output");
  const summaryPath = path.join(temp, "summary.md");
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    inputs[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository ?? "acme/app",
    GITHUB_SHA: options.sha,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: temp,
    ...inputs,
    ...options.env,
  };
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "dist", "index.js")], {
    cwd: options.workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString("utf8");
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString("utf8");
  });
  const status = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`the action did not finish within ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`),
      );
    }, options.timeoutMs ?? 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, "utf8")),
    summary: readFileSync(summaryPath, "utf8"),
    annotations: parseAnnotations(stdout),
  };
}

export function pullRequestPayload(base: string, head: string, number = 7, headRepo = "acme/app") {
  return {
    action: "synchronize",
    number,
    pull_request: {
      number,
      base: { sha: base, ref: "main", repo: { full_name: "acme/app" } },
      head: { sha: head, ref: "feature", repo: { full_name: headRepo } },
    },
    repository: { full_name: "acme/app" },
  };
}
