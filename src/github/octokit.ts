import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { restEndpointMethods } from "@octokit/plugin-rest-endpoint-methods";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { withoutTrailingSlashes } from "../util/slashes.js";

const GateOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
export type GitHubClient = InstanceType<typeof GateOctokit>;

export interface GitHubClientOptions {
  token?: string;
  /** GITHUB_API_URL; GHES serves the API under /api/v3. */
  baseUrl?: string;
  /** Per-request timeout in ms. */
  timeoutMs?: number;
  /** How many times a rate-limited or failed request is retried. */
  retries?: number;
  /** Receives one line per retry; never the token. */
  log?: (message: string) => void;
}

/** Octokit with retries and rate-limit handling, pointed at GITHUB_API_URL. */
export function createGitHubClient(options: GitHubClientOptions = {}): GitHubClient {
  const retries = options.retries ?? 3;
  const log = options.log ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 30_000;
  return new GateOctokit({
    auth: options.token || undefined,
    baseUrl: withoutTrailingSlashes(options.baseUrl || "https://api.github.com"),
    userAgent: "model-license-gate",
    request: {
      retries,
      fetch: (url: string | URL | Request, init?: RequestInit) =>
        fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) }),
    },
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    throttle: {
      onRateLimit: (
        retryAfter: number,
        opts: { method: string; url: string },
        _o: unknown,
        count: number,
      ) => {
        log(`GitHub rate limit on ${opts.method} ${opts.url}; retrying in ${retryAfter}s`);
        return count < retries;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        opts: { method: string; url: string },
        _o: unknown,
        count: number,
      ) => {
        log(`GitHub secondary rate limit on ${opts.method} ${opts.url}; retrying in ${retryAfter}s`);
        return count < retries;
      },
    },
  });
}
