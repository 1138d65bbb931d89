// Resolution: every reference becomes license facts with their sources (weights apart from code,
// plus the licenses inherited from base models). All network I/O of the tool lives under this
// folder; whatever fails ends as an "unresolved" fact with a message, never as a throw.

import { stat } from "node:fs/promises";
import path from "node:path";
import { factFromDeclared, noLicenseFact, unresolvedFact } from "../licenses/index.js";
import type { LicenseFact, LineageEntry, ModelRef, Resolution } from "../types.js";
import { withoutTrailingSlashes } from "../util/slashes.js";
import { createGitHubResolver } from "./github.js";
import { createFetch, redact } from "./http.js";
import { createHubClient } from "./hub.js";
import { createLimiter } from "./limiter.js";
import { type Base, lineageOf } from "./lineage.js";
import { vendoredFacts } from "./vendored.js";

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

export const DEFAULTS = { concurrency: 8, timeoutMs: 15_000, overallTimeoutMs: 120_000, retries: 3 } as const;

interface Outcome {
  resolution: Resolution;
  /** Whether the Hub (or GitHub) confirmed the repository exists. */
  confirmed: boolean;
}

function failed(message: string, source = "resolve"): Outcome {
  return {
    resolution: {
      weights: unresolvedFact(`${source}: ${message}`),
      code: null,
      lineage: [],
      gated: false,
      exists: true,
      errors: [message],
    },
    confirmed: false,
  };
}

/** Ultralytics publishes its YOLO weights under AGPL-3.0; the file names are well known. */
const YOLO_FILE = /^yolo(v?\d{1,2})[\w.-]*\.pt$/i;

function isUltralytics(ref: ModelRef): boolean {
  if (ref.kind === "hf-model") return /^ultralytics\/yolo/i.test(ref.id);
  if (ref.kind === "weights-file") return YOLO_FILE.test(path.posix.basename(ref.id.replace(/\\/g, "/")));
  return false;
}

function ultralyticsFact(): LicenseFact {
  const source = "known:ultralytics";
  return (
    factFromDeclared({ license: "agpl-3.0" }, source) ?? {
      license: "agpl-3.0",
      spdx: "AGPL-3.0-only",
      categories: ["network-copyleft"],
      clauses: {},
      source,
      confidence: 0.9,
    }
  );
}

async function existsInside(root: string, rel: string): Promise<boolean> {
  const abs = path.resolve(root, rel);
  const inside = path.relative(path.resolve(root), abs);
  if (inside.startsWith("..") || path.isAbsolute(inside)) return false;
  return stat(abs).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Resolve every reference; candidates (confidence < 0.5) the Hub does not know are dropped. */
export async function resolveReferences(
  refs: ModelRef[],
  options: ResolverOptions,
): Promise<{ resolved: ResolvedRef[]; dropped: ModelRef[] }> {
  const secrets = [options.hfToken, options.githubToken].filter((t): t is string => Boolean(t));
  const clean = (text: string) => redact(text, secrets);
  const log = (message: string) => options.log?.(clean(message));
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const retries = options.retries ?? DEFAULTS.retries;
  const limiter = createLimiter(options.concurrency ?? DEFAULTS.concurrency);
  const overall = new AbortController();
  const overallMs = options.overallTimeoutMs ?? DEFAULTS.overallTimeoutMs;
  const timer = setTimeout(() => overall.abort(new Error("overall time limit reached")), overallMs);
  timer.unref?.();

  let hubUrl: string | undefined;
  let hubProblem: string | undefined;
  try {
    const u = new URL(options.hubUrl);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("not http(s)");
    hubUrl = withoutTrailingSlashes(options.hubUrl);
  } catch {
    hubProblem = "the hub-url is not a valid http(s) URL";
  }
  const tokens = new Map<string, string>();
  if (hubUrl && options.hfToken) tokens.set(new URL(hubUrl).origin, options.hfToken);
  const fetch = createFetch({ tokens, limiter, timeoutMs, retries, signal: overall.signal, log });
  const hub = createHubClient({
    hubUrl: hubUrl ?? "http://invalid",
    fetch,
    hasToken: Boolean(options.hfToken),
  });
  const github = createGitHubResolver({
    apiUrl: options.githubApiUrl,
    token: options.githubToken,
    timeoutMs,
    retries,
    limiter,
    signal: overall.signal,
    log,
  });

  const withLineage = async (rootId: string, bases: Base[]): Promise<LineageEntry[]> => {
    if (!bases.length || !hubUrl) return [];
    const { lineage, notes } = await lineageOf(hub, rootId, bases);
    for (const n of notes) log(n);
    return lineage;
  };

  const resolveOne = async (ref: ModelRef): Promise<Outcome> => {
    if (ref.kind === "github-repo") {
      // Detection names YOLO("yolov8n.pt") as the ultralytics/ultralytics repository: weights
      // and the package that loads them are both AGPL-3.0, known without asking GitHub.
      if (ref.id.toLowerCase() === "ultralytics/ultralytics" && !ref.revision) {
        const fact = ultralyticsFact();
        return known(fact, fact);
      }
      const facts = await github(ref.id, ref.revision);
      return {
        resolution: {
          weights: facts.weights,
          code: facts.code,
          lineage: [],
          gated: false,
          exists: facts.exists,
          errors: facts.errors,
        },
        confirmed: facts.exists && facts.errors.length === 0,
      };
    }
    if (ref.kind === "weights-file") {
      const present = await existsInside(options.root, ref.id);
      if (!present && isUltralytics(ref)) return known(ultralyticsFact());
      const v = present ? await vendoredFacts(options.root, ref.id, ref.header) : null;
      if (!v) return failed(`file not found in the tree`, "vendored");
      for (const n of v.notes) log(n);
      const bases: Base[] = v.source ? [{ id: v.source, relation: "quantized" }] : [];
      for (const b of v.bases) if (b.id !== v.source) bases.push(b);
      const lineage = await withLineage(ref.id, bases);
      let weights = v.weights;
      const from = v.source ? lineage.find((e) => e.id === v.source && e.depth === 1) : undefined;
      if (!weights && from)
        weights = { ...from.license, source: `inherited from ${from.id} (${from.license.source})` };
      if (!weights && isUltralytics(ref)) weights = ultralyticsFact();
      weights ??= noLicenseFact("vendored: no license in the header or the sidecar files");
      return {
        resolution: { weights, code: null, lineage, gated: false, exists: true, errors: [] },
        confirmed: true,
      };
    }
    if (isUltralytics(ref) && !ref.revision) return known(ultralyticsFact());
    if (hubProblem) return failed(hubProblem, "hub");
    const type = ref.kind === "hf-dataset" ? "dataset" : "model";
    const facts = await hub.resolveRepo(type, ref.id, ref.revision);
    const lineage = type === "model" && facts.exists ? await withLineage(ref.id, facts.bases) : [];
    const resolution: Resolution = {
      weights: facts.weights,
      code: facts.code,
      lineage,
      gated: facts.gated,
      exists: facts.exists,
      errors: [...facts.errors],
    };
    if (facts.sha) resolution.sha = facts.sha;
    return { resolution, confirmed: facts.confirmed };
  };

  const known = (weights: LicenseFact, code: LicenseFact | null = null): Outcome => ({
    resolution: { weights, code, lineage: [], gated: false, exists: true, errors: [] },
    confirmed: true,
  });

  const outOfTime = new Promise<"timeout">((resolve) =>
    overall.signal.addEventListener("abort", () => resolve("timeout"), { once: true }),
  );
  try {
    const outcomes = await Promise.all(
      refs.map(async (ref): Promise<Outcome> => {
        const work = resolveOne(ref).catch((error: unknown) =>
          failed(`${error instanceof Error ? error.message : String(error)}`),
        );
        const outcome = await Promise.race([work, outOfTime]);
        return outcome === "timeout"
          ? failed(`not resolved within the overall limit of ${overallMs} ms`)
          : outcome;
      }),
    );
    const resolved: ResolvedRef[] = [];
    const dropped: ModelRef[] = [];
    outcomes.forEach((outcome, i) => {
      const ref = refs[i]!;
      if (ref.confidence < 0.5 && !outcome.confirmed) {
        log(`${ref.id}: dropped, the Hub does not confirm this candidate reference`);
        dropped.push(ref);
        return;
      }
      const r = outcome.resolution;
      r.errors = r.errors.map(clean);
      r.weights = { ...r.weights, source: clean(r.weights.source) };
      resolved.push({ ref, resolution: r });
    });
    return { resolved, dropped };
  } finally {
    clearTimeout(timer);
    overall.abort(new Error("resolution finished"));
  }
}

/** The Hub base URL: the input, else HF_ENDPOINT, else the public Hub. */
export function hubBaseUrl(input: string | undefined, env: NodeJS.ProcessEnv): string {
  return withoutTrailingSlashes(input?.trim() || env.HF_ENDPOINT?.trim() || "https://huggingface.co");
}
