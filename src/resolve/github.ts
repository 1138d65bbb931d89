// torch.hub references name GitHub repositories: the repository license API says what the code
// (and, absent anything better, the weights it downloads) is licensed under.
import { createGitHubClient, type GitHubClient } from "../github/octokit.js";
import { factFromDeclared, factFromText, noLicenseFact, unresolvedFact } from "../licenses/index.js";
import type { LicenseFact } from "../types.js";
import { declaredFact } from "./card.js";
import type { Limiter } from "./limiter.js";

export interface GitHubFacts {
  exists: boolean;
  weights: LicenseFact;
  code: LicenseFact | null;
  errors: string[];
}

export interface GitHubResolverOptions {
  apiUrl?: string;
  token?: string;
  timeoutMs: number;
  retries: number;
  limiter: Limiter;
  /** Aborted when the whole stage runs out of time, so no request outlives it. */
  signal?: AbortSignal;
  log?: (message: string) => void;
  /** For tests: a client to use instead of a new one. */
  client?: GitHubClient;
}

const REPO = /^([A-Za-z0-9][\w.-]{0,99})\/([\w.-]{1,100})$/;

function status(error: unknown): number | undefined {
  const s = (error as { status?: unknown })?.status;
  return typeof s === "number" ? s : undefined;
}

function messageOf(error: unknown): string {
  const s = status(error);
  const text = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 200) : String(error);
  return s ? `HTTP ${s}: ${text}` : text;
}

export function createGitHubResolver(options: GitHubResolverOptions) {
  let client: GitHubClient | undefined = options.client;
  const cache = new Map<string, Promise<GitHubFacts>>();
  const octokit = () => {
    client ??= createGitHubClient({
      baseUrl: options.apiUrl,
      token: options.token,
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      log: options.log,
    });
    return client;
  };

  // A signal passed here replaces the client's own per-request timeout, so it carries one,
  // covering the client's retries, and the stage's overall bound.
  const signalFor = () => {
    const timeout = AbortSignal.timeout(options.timeoutMs * (options.retries + 1));
    return options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  };
  const load = async (id: string, ref?: string): Promise<GitHubFacts> => {
    const m = REPO.exec(id);
    if (!m) {
      return {
        exists: false,
        weights: unresolvedFact("github: not a repository id"),
        code: null,
        errors: [`not an owner/repo GitHub id`],
      };
    }
    const [, owner, repo] = m as unknown as [string, string, string];
    try {
      const { data } = await options.limiter(() =>
        octokit().rest.licenses.getForRepo({
          owner,
          repo,
          ...(ref ? { ref } : {}),
          request: { signal: signalFor() },
        }),
      );
      const key = data.license?.key;
      const spdx = data.license?.spdx_id;
      let fact: LicenseFact | null = null;
      if (key && key !== "other" && spdx && spdx !== "NOASSERTION") {
        fact =
          factFromDeclared({ license: key }, "github:license") ??
          declaredFact({ license: [spdx] }, "github:license");
      }
      if (!fact || fact.license === null) {
        const text =
          typeof data.content === "string" && data.encoding === "base64"
            ? Buffer.from(data.content, "base64")
                .toString("utf8")
                .slice(0, 256 * 1024)
            : "";
        if (text) fact = factFromText(text, `github:${data.path ?? "LICENSE"}`);
      }
      fact ??= declaredFact({ license: [data.license?.name ?? "other"] }, "github:license")!;
      return { exists: true, weights: fact, code: fact, errors: [] };
    } catch (error) {
      if (status(error) !== 404) {
        return {
          exists: true,
          weights: unresolvedFact(`github: ${messageOf(error)}`),
          code: null,
          errors: [`GitHub license lookup failed: ${messageOf(error)}`],
        };
      }
    }
    // 404 means either no license file or no repository; one more request tells which.
    try {
      await options.limiter(() =>
        octokit().rest.repos.get({ owner, repo, request: { signal: signalFor() } }),
      );
      const none = noLicenseFact("github: the repository has no license file");
      return { exists: true, weights: none, code: none, errors: [] };
    } catch (error) {
      if (status(error) === 404) {
        return {
          exists: false,
          weights: unresolvedFact("github: repository not found"),
          code: null,
          errors: [`repository not found on GitHub`],
        };
      }
      return {
        exists: true,
        weights: unresolvedFact(`github: ${messageOf(error)}`),
        code: null,
        errors: [`GitHub lookup failed: ${messageOf(error)}`],
      };
    }
  };

  return (id: string, ref?: string): Promise<GitHubFacts> => {
    const key = `${id.toLowerCase()}@${ref ?? ""}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = load(id, ref);
      cache.set(key, pending);
    }
    return pending;
  };
}
