// Hub lookups through the real @huggingface/hub client, with our fetch underneath. One request per
// distinct (type, id, revision) within a run: lookups are cached as promises, so concurrent
// references to the same model share the request in flight.
import { datasetInfo, downloadFile, HubApiError, modelInfo } from "@huggingface/hub";
import { factFromText, noLicenseFact, unresolvedFact } from "../licenses/index.js";
import type { LicenseFact, LineageRelation } from "../types.js";
import { cardDeclaration, declaredFact, frontMatter, hubId, recognized, strings } from "./card.js";
import type { FetchLike } from "./http.js";

export type RepoType = "model" | "dataset";

/** What the info endpoint says about a repository, reduced to what resolution needs. */
export interface RepoInfo {
  exists: true;
  gated: boolean;
  sha?: string;
  cardData?: Record<string, unknown>;
  tags: string[];
  files: string[];
  config?: Record<string, unknown>;
}

export interface RepoMissing {
  exists: false;
  /** Why: "not found on the Hub", "revision ... not found", ... */
  message: string;
}

export interface HubFacts {
  exists: boolean;
  /** True when the Hub answered that the repository exists (a candidate reference needs this). */
  confirmed: boolean;
  weights: LicenseFact;
  code: LicenseFact | null;
  gated: boolean;
  sha?: string;
  bases: { id: string; relation: LineageRelation }[];
  errors: string[];
}

/** Largest license or README text read; a license longer than this is not a license. */
const MAX_TEXT = 256 * 1024;
const RELATIONS = new Set(["finetune", "adapter", "quantized", "merge"]);

export interface HubClientOptions {
  hubUrl: string;
  fetch: FetchLike;
  /** Whether a token is configured (gated files are only worth asking for with one). */
  hasToken: boolean;
}

function describeError(error: unknown): string {
  if (error instanceof HubApiError) {
    const detail = (error.message.split(". URL:")[0] ?? "")
      .replace(/^Api error with status \d+\.?/, "")
      .trim();
    return `HTTP ${error.statusCode}${detail ? `: ${detail.slice(0, 200)}` : ""}`;
  }
  if (error instanceof SyntaxError) return `malformed response (${error.message.slice(0, 120)})`;
  return error instanceof Error ? error.message : String(error);
}

function isMissing(error: unknown): boolean {
  // Without a token the Hub answers 401 for a repository it will not admit exists.
  return (
    error instanceof HubApiError &&
    (error.statusCode === 404 || (error.statusCode === 401 && /not found/i.test(error.message)))
  );
}

function isGatedRefusal(error: unknown): boolean {
  return error instanceof HubApiError && (error.statusCode === 401 || error.statusCode === 403);
}

/** Order of preference among a repository's license files; code licenses are kept apart. */
function licenseFiles(files: string[]): { weights: string[]; code: string[] } {
  const top = files.filter((f) => !f.includes("/"));
  const code = top.filter((f) => /^licen[cs]e[-_]code(\.(md|txt))?$/i.test(f));
  const weights = top
    .filter((f) => /^(licen[cs]e|copying)([-_.][\w.-]*)?$/i.test(f) && !code.includes(f))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return { weights, code };
}

function rank(file: string): number {
  if (/^licen[cs]e(\.(md|txt))?$/i.test(file)) return 0;
  if (/model|weight/i.test(file)) return 1;
  return 2;
}

/** Bases named by a card's `base_model` and by `base_model:<relation>:<id>` tags. */
export function basesOf(card: Record<string, unknown> | undefined, tags: string[]) {
  const found = new Map<string, LineageRelation>();
  const cardRelation = card ? strings(card.base_model_relation)[0] : undefined;
  for (const tag of tags) {
    if (!tag.startsWith("base_model:")) continue;
    const rest = tag.slice("base_model:".length);
    const colon = rest.indexOf(":");
    const relation = colon > 0 ? rest.slice(0, colon) : undefined;
    const id = hubId(relation && RELATIONS.has(relation) ? rest.slice(colon + 1) : rest);
    if (!id) continue;
    if (relation && RELATIONS.has(relation)) found.set(id, relation as LineageRelation);
    else if (!found.has(id)) found.set(id, "base");
  }
  const cardBases = card ? strings(card.base_model) : [];
  for (const raw of cardBases) {
    const id = hubId(raw);
    if (!id || (found.get(id) && found.get(id) !== "base")) continue;
    const relation =
      cardRelation && RELATIONS.has(cardRelation) ? cardRelation : cardBases.length > 1 ? "merge" : "base";
    found.set(id, relation as LineageRelation);
  }
  return [...found].map(([id, relation]) => ({ id, relation }));
}

export function createHubClient(options: HubClientOptions) {
  const infos = new Map<string, Promise<RepoInfo | RepoMissing>>();
  const texts = new Map<string, Promise<string | null>>();
  const facts = new Map<string, Promise<HubFacts>>();

  const info = (type: RepoType, id: string, revision?: string): Promise<RepoInfo | RepoMissing> => {
    const key = `${type}:${id}@${revision ?? ""}`;
    let pending = infos.get(key);
    if (!pending) {
      pending = loadInfo(type, id, revision);
      infos.set(key, pending);
    }
    return pending;
  };

  const loadInfo = async (type: RepoType, id: string, revision?: string): Promise<RepoInfo | RepoMissing> => {
    const common = {
      name: id,
      hubUrl: options.hubUrl,
      fetch: options.fetch,
      ...(revision ? { revision } : {}),
    };
    let data: Record<string, unknown>;
    try {
      data =
        type === "model"
          ? ((await modelInfo({
              ...common,
              additionalFields: ["cardData", "tags", "sha", "filePaths", "config"],
            })) as unknown as Record<string, unknown>)
          : ((await datasetInfo({
              ...common,
              // siblings is served for datasets too; the client's types just do not list it.
              additionalFields: ["cardData", "tags", "sha", "siblings"] as unknown as ["cardData"],
            })) as unknown as Record<string, unknown>);
    } catch (error) {
      if (isMissing(error)) {
        const revisionMissing = revision && error instanceof HubApiError && /rev/i.test(error.message);
        return {
          exists: false,
          message: revisionMissing ? `revision ${revision} not found on the Hub` : "not found on the Hub",
        };
      }
      throw error;
    }
    if (!data || typeof data !== "object" || typeof data.name !== "string") {
      throw new SyntaxError("the Hub answered without a repository id");
    }
    const siblings = Array.isArray(data.siblings)
      ? (data.siblings as unknown[]).map((s) => (s as { rfilename?: unknown })?.rfilename)
      : data.filePaths;
    const out: RepoInfo = {
      exists: true,
      gated: data.gated === "auto" || data.gated === "manual" || data.gated === true,
      tags: strings(data.tags),
      files: Array.isArray(siblings) ? siblings.filter((f): f is string => typeof f === "string") : [],
    };
    if (typeof data.sha === "string" && /^[0-9a-f]{40}$/i.test(data.sha)) out.sha = data.sha;
    if (data.cardData && typeof data.cardData === "object")
      out.cardData = data.cardData as Record<string, unknown>;
    if (data.config && typeof data.config === "object") out.config = data.config as Record<string, unknown>;
    return out;
  };

  /** A file's text (bounded), null when the file does not exist. Throws on other failures. */
  const text = (type: RepoType, id: string, revision: string, path: string): Promise<string | null> => {
    const key = `${type}:${id}@${revision}/${path}`;
    let pending = texts.get(key);
    if (!pending) {
      pending = (async () => {
        const blob = await downloadFile({
          repo: { type, name: id },
          path,
          revision,
          hubUrl: options.hubUrl,
          fetch: options.fetch,
          xet: false,
        });
        if (!blob) return null;
        return blob.size > MAX_TEXT ? blob.slice(0, MAX_TEXT).text() : blob.text();
      })();
      texts.set(key, pending);
    }
    return pending;
  };

  const resolveRepo = (type: RepoType, id: string, revision?: string): Promise<HubFacts> => {
    const key = `${type}:${id}@${revision ?? ""}`;
    let pending = facts.get(key);
    if (!pending) {
      pending = loadFacts(type, id, revision).catch((error: unknown) => ({
        exists: true,
        confirmed: false,
        weights: unresolvedFact(`hub: ${describeError(error)}`),
        code: null,
        gated: false,
        bases: [],
        errors: [`Hub lookup failed: ${describeError(error)}`],
      }));
      facts.set(key, pending);
    }
    return pending;
  };

  const loadFacts = async (type: RepoType, id: string, revision?: string): Promise<HubFacts> => {
    const meta = await info(type, id, revision);
    if (!meta.exists) {
      return {
        exists: false,
        confirmed: false,
        weights: unresolvedFact(`hub: ${meta.message}`),
        code: null,
        gated: false,
        bases: [],
        errors: [meta.message],
      };
    }
    const errors: string[] = [];
    // Files are read at the commit the metadata describes, so every fact holds for one sha.
    const at = meta.sha ?? revision ?? "main";
    const fileProblem = (path: string, error: unknown): string =>
      meta.gated && isGatedRefusal(error)
        ? options.hasToken
          ? `gated repository; the hf-token has no access to ${path}`
          : `gated repository; ${path} needs an hf-token with access`
        : `could not read ${path}: ${describeError(error)}`;
    // Failures to read what the weights license depends on are errors of the reference.
    const readFile = async (path: string): Promise<string | null> => {
      try {
        return await text(type, id, at, path);
      } catch (error) {
        errors.push(fileProblem(path, error));
        return null;
      }
    };
    const { weights: weightFiles, code: codeFiles } = licenseFiles(meta.files);

    const weights = await weightsFact(meta, weightFiles, readFile, errors, type);
    let code: LicenseFact | null = null;
    const shipsCode = meta.files.some((f) => /\.py$/i.test(f)) || Boolean(meta.config?.auto_map);
    if (shipsCode) {
      const codeFile = codeFiles[0];
      let codeText: string | null = null;
      let codeProblem: string | undefined;
      if (codeFile) {
        try {
          codeText = await text(type, id, at, codeFile);
        } catch (error) {
          codeProblem = fileProblem(codeFile, error);
        }
      }
      // The code license stands apart: failing to read it leaves the weights facts as they are.
      code = codeProblem
        ? unresolvedFact(`hub: ${codeProblem}`)
        : codeFile && codeText !== null
          ? factFromText(codeText, `hub:${codeFile}`)
          : { ...weights, source: `hub: same as the repository (${weights.source})` };
    }
    const out: HubFacts = {
      exists: true,
      confirmed: true,
      weights,
      code,
      gated: meta.gated,
      bases: basesOf(meta.cardData, meta.tags),
      errors,
    };
    if (meta.sha) out.sha = meta.sha;
    return out;
  };

  const weightsFact = async (
    meta: RepoInfo,
    files: string[],
    readFile: (path: string) => Promise<string | null>,
    errors: string[],
    type: RepoType,
  ): Promise<LicenseFact> => {
    const fromCard = declaredFact(cardDeclaration(meta.cardData), "hub:cardData.license");
    if (fromCard && recognized(fromCard)) return fromCard;
    const tagLicenses = meta.tags.filter((t) => t.startsWith("license:")).map((t) => t.slice(8));
    const fromTags = fromCard ? null : declaredFact({ license: tagLicenses }, "hub:tags");
    if (fromTags && recognized(fromTags)) return fromTags;
    // "other" or an unknown name: the license file says what it is, or at least its clauses.
    const declared = fromCard ?? fromTags;
    for (const file of files) {
      const body = await readFile(file);
      if (body === null) continue;
      const fromText = factFromText(body, `hub:${file}`);
      if (!declared) return fromText;
      if (recognized(fromText)) return { ...fromText, declared: declared.declared ?? fromText.declared };
      return {
        ...declared,
        clauses: { ...declared.clauses, ...fromText.clauses },
        source: `${declared.source}+hub:${file}`,
      };
    }
    if (declared) {
      if (!errors.length) return declared;
      // The name is worth showing, but what it means could not be checked.
      const out: LicenseFact = unresolvedFact(`hub: ${errors[0]}`);
      if (declared.declared) out.declared = declared.declared;
      if (declared.link) out.link = declared.link;
      return out;
    }
    if (!meta.cardData && meta.files.includes("README.md")) {
      const readme = await readFile("README.md");
      const fromReadme = readme ? declaredFact(cardDeclaration(frontMatter(readme)), "hub:README.md") : null;
      if (fromReadme) return fromReadme;
    }
    if (errors.length) return unresolvedFact(`hub: ${errors[0]}`);
    return noLicenseFact(`hub: no license in the card, tags or files of the ${type}`);
  };

  return { info, resolveRepo };
}

export type HubClient = ReturnType<typeof createHubClient>;
