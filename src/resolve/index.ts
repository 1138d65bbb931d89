// STUB (owned by the resolution engineer): signatures are the contract, bodies are placeholders.
import { unresolvedFact } from "../licenses/index.js";
import type { ModelRef, Resolution } from "../types.js";

export interface ResolverOptions {
  /** Hub base URL (hub-url input, else HF_ENDPOINT, else https://huggingface.co). */
  hubUrl: string;
  hfToken?: string;
  /** GITHUB_API_URL, for torch.hub references. */
  githubApiUrl?: string;
  githubToken?: string;
  /** Root of the scanned tree, for the sidecar files of vendored weights. */
  root: string;
  concurrency?: number;
  timeoutMs?: number;
  /** Bound on the whole resolution stage; what is not done by then ends unresolved. */
  overallTimeoutMs?: number;
  retries?: number;
  log?: (message: string) => void;
}

export interface ResolvedRef {
  ref: ModelRef;
  resolution: Resolution;
}

/** Resolve every reference; candidates (confidence < 0.5) the Hub does not know are dropped. */
export async function resolveReferences(
  refs: ModelRef[],
  _options: ResolverOptions,
): Promise<{ resolved: ResolvedRef[]; dropped: ModelRef[] }> {
  return {
    resolved: refs.map((ref) => ({
      ref,
      resolution: {
        weights: unresolvedFact("stub"),
        code: null,
        lineage: [],
        gated: false,
        exists: true,
        errors: [],
      },
    })),
    dropped: [],
  };
}

/** The Hub base URL: the input, else HF_ENDPOINT, else the public Hub. */
export function hubBaseUrl(input: string | undefined, env: NodeJS.ProcessEnv): string {
  return (input || env.HF_ENDPOINT || "https://huggingface.co").replace(/\/+$/, "");
}
