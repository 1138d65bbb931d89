import { readFileSync } from "node:fs";
import { withoutTrailingSlashes } from "../util/slashes.js";

export type EventName =
  | "pull_request"
  | "pull_request_target"
  | "merge_group"
  | "push"
  | "workflow_dispatch"
  | "schedule"
  | string;

/** What the action needs to know of the run, read from the runner's environment and event payload. */
export interface RunContext {
  eventName: EventName;
  owner: string;
  repo: string;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  /** The commit the run is about (PR head, pushed commit). */
  sha: string;
  /** Base commit of a diff; null for a full scan. */
  base: string | null;
  head: string | null;
  /** Pull request number, when the event has one. */
  pullNumber: number | null;
  /** Whether the PR comes from a fork (its token cannot write). */
  fromFork: boolean;
  runUrl?: string;
}

const ZERO_SHA = /^0+$/;

interface EventPayload {
  pull_request?: {
    number?: number;
    base?: { sha?: string; repo?: { full_name?: string } };
    head?: { sha?: string; repo?: { full_name?: string } };
  };
  merge_group?: { base_sha?: string; head_sha?: string };
  before?: string;
  after?: string;
  repository?: { full_name?: string };
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as EventPayload;
  } catch (err) {
    throw new Error(`cannot read the event payload ${path}: ${(err as Error).message}`);
  }
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? "workflow_dispatch";
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const fullName = env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? "";
  const [owner = "", repo = ""] = fullName.split("/");
  const serverUrl = withoutTrailingSlashes(env.GITHUB_SERVER_URL || "https://github.com");
  const ctx: RunContext = {
    eventName,
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    apiUrl: withoutTrailingSlashes(env.GITHUB_API_URL || "https://api.github.com"),
    serverUrl,
    sha: env.GITHUB_SHA ?? "",
    base: null,
    head: null,
    pullNumber: null,
    fromFork: false,
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${fullName}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
  };
  const pr = payload.pull_request;
  if ((eventName === "pull_request" || eventName === "pull_request_target") && pr) {
    ctx.base = pr.base?.sha ?? null;
    ctx.head = pr.head?.sha ?? null;
    ctx.pullNumber = pr.number ?? null;
    const headRepo = pr.head?.repo?.full_name;
    ctx.fromFork = headRepo !== undefined && headRepo !== fullName;
    if (ctx.head) ctx.sha = ctx.head;
  } else if (eventName === "merge_group" && payload.merge_group) {
    ctx.base = payload.merge_group.base_sha ?? null;
    ctx.head = payload.merge_group.head_sha ?? null;
  } else if (eventName === "push" && payload.before && payload.after && !ZERO_SHA.test(payload.before)) {
    ctx.base = payload.before;
    ctx.head = payload.after;
  }
  return ctx;
}

/**
 * The scan mode: `auto` diffs pull requests, merge queues and pushes (against `before`), and scans the
 * whole tree for dispatches and schedules, which are audits.
 */
export function scanMode(mode: string, ctx: RunContext): "diff" | "full" {
  if (mode === "full") return "full";
  if (mode === "diff") return ctx.base && ctx.head ? "diff" : "full";
  const diffEvents = ["pull_request", "pull_request_target", "merge_group", "push"];
  return diffEvents.includes(ctx.eventName) && ctx.base && ctx.head ? "diff" : "full";
}
