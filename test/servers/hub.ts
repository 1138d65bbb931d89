// A loopback stand-in for the Hugging Face Hub: answers the requests the @huggingface/hub client
// sends (model/dataset info with expand[], resolve/ file downloads with Range and HEAD) with the
// shapes, status codes and X-Error-Code headers of the real Hub, so resolution can be tested offline.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo, Socket } from "node:net";
import { stringify } from "yaml";

export interface HubRepoFixture {
  cardData?: Record<string, unknown>;
  tags?: string[];
  gated?: false | "auto" | "manual";
  private?: boolean;
  sha?: string;
  /** path -> content; siblings are derived from it. */
  files?: Record<string, string>;
  revisions?: Record<string, Omit<HubRepoFixture, "revisions">>;
}

export interface HubFixtures {
  models?: Record<string, HubRepoFixture>;
  datasets?: Record<string, HubRepoFixture>;
}

export interface HubRequest {
  method: string;
  /** Path and query string as received. */
  path: string;
  authorization?: string;
  /** The Range header, when the client asked for part of a file. */
  range?: string;
}

export interface HubServerOptions {
  latencyMs?: number;
  /** The token that opens gated and private repos; when unset, any bearer token does. */
  token?: string;
  fault?: (
    req: HubRequest,
  ) => { status: number; headers?: Record<string, string>; body?: string } | "hang" | undefined;
}

export interface HubServer {
  url: string;
  requests: HubRequest[];
  close(): Promise<void>;
}

type RepoType = "model" | "dataset";

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...headers },
    body: JSON.stringify(value),
  };
}

function hubError(status: number, code: string, message: string): Reply {
  return json(status, { error: message }, { "X-Error-Code": code, "X-Error-Message": message });
}

function fakeSha(seed: string): string {
  return createHash("sha1").update(seed).digest("hex");
}

/** The tags the Hub derives from a card when the fixture does not list them itself. */
function derivedTags(card: Record<string, unknown> | undefined): string[] {
  if (!card) return [];
  const tags: string[] = [];
  const licenses = Array.isArray(card.license) ? card.license : card.license ? [card.license] : [];
  for (const l of licenses) tags.push(`license:${String(l)}`);
  const bases = Array.isArray(card.base_model) ? card.base_model : card.base_model ? [card.base_model] : [];
  const relation =
    typeof card.base_model_relation === "string"
      ? card.base_model_relation
      : bases.length > 1
        ? "merge"
        : "finetune";
  for (const b of bases) tags.push(`base_model:${String(b)}`, `base_model:${relation}:${String(b)}`);
  return tags;
}

interface RepoView {
  id: string;
  type: RepoType;
  fixture: Omit<HubRepoFixture, "revisions">;
  sha: string;
  files: Record<string, string>;
}

function view(type: RepoType, id: string, base: HubRepoFixture, revision: string): RepoView | null {
  const baseSha = base.sha ?? fakeSha(`${type}:${id}`);
  let fixture: Omit<HubRepoFixture, "revisions"> = base;
  let sha = baseSha;
  if (revision !== "HEAD" && revision !== "main" && revision !== baseSha) {
    const entry = Object.entries(base.revisions ?? {}).find(
      ([name, rev]) => name === revision || rev.sha === revision,
    );
    if (!entry) return null;
    fixture = entry[1];
    sha = entry[1].sha ?? fakeSha(`${type}:${id}@${entry[0]}`);
  }
  const files: Record<string, string> = { ...(fixture.files ?? {}) };
  if (!("README.md" in files) && fixture.cardData) {
    files["README.md"] = `---\n${stringify(fixture.cardData)}---\n\n# ${id}\n`;
  }
  if (!(".gitattributes" in files))
    files[".gitattributes"] = "*.safetensors filter=lfs diff=lfs merge=lfs -text\n";
  return { id, type, fixture, sha, files };
}

function parseConfig(files: Record<string, string>): Record<string, unknown> | undefined {
  const text = files["config.json"];
  if (text === undefined) return undefined;
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of ["architectures", "model_type", "auto_map"]) if (key in raw) out[key] = raw[key];
    return out;
  } catch {
    return undefined;
  }
}

/** Every field the info endpoint knows; `expand[]` picks among them as the real API does. */
function infoFields(v: RepoView): Record<string, unknown> {
  const card = v.fixture.cardData;
  const fields: Record<string, unknown> = {
    author: v.id.includes("/") ? v.id.split("/")[0] : undefined,
    sha: v.sha,
    lastModified: "2025-01-15T10:00:00.000Z",
    createdAt: "2024-06-01T10:00:00.000Z",
    private: v.fixture.private ?? false,
    gated: v.fixture.gated ?? false,
    disabled: false,
    downloads: 1234,
    likes: 56,
    tags: v.fixture.tags ?? derivedTags(card),
    cardData: card,
    siblings: Object.keys(v.files)
      .sort()
      .map((rfilename) => ({ rfilename })),
  };
  if (v.type === "model") {
    fields.pipeline_tag = typeof card?.pipeline_tag === "string" ? card.pipeline_tag : "text-generation";
    fields.library_name = typeof card?.library_name === "string" ? card.library_name : "transformers";
    fields.config = parseConfig(v.files);
  }
  return fields;
}

function bearerOk(auth: string | undefined, token: string | undefined): boolean {
  if (!auth?.startsWith("Bearer ")) return false;
  return token === undefined || auth === `Bearer ${token}`;
}

function parseRange(header: string | undefined, size: number): [number, number] | null {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m) return null;
  let start = m[1] ? Number(m[1]) : Number.NaN;
  let end = m[2] ? Number(m[2]) : size - 1;
  if (Number.isNaN(start)) {
    start = Math.max(0, size - end);
    end = size - 1;
  }
  if (start >= size || start > end) return null;
  return [start, Math.min(end, size - 1)];
}

function handle(fixtures: HubFixtures, options: HubServerOptions, req: IncomingMessage): Reply {
  const url = new URL(req.url ?? "/", "http://hub.local");
  const auth = req.headers.authorization;
  // The real Hub rejects a token it does not know on every route, before anything else.
  if (auth && options.token !== undefined && auth !== `Bearer ${options.token}`) {
    return hubError(401, "InvalidCredentials", "Invalid credentials in Authorization header");
  }
  const segments = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const lookup = (type: RepoType, id: string): HubRepoFixture | undefined => {
    const table = type === "model" ? fixtures.models : fixtures.datasets;
    const fixture = table && Object.hasOwn(table, id) ? table[id] : undefined;
    if (fixture?.private && !bearerOk(auth, options.token)) return undefined;
    return fixture;
  };
  const notFound = () => hubError(404, "RepoNotFound", "Repository not found");

  // GET /api/{models|datasets}/{id}[/revision/{rev}]
  if (segments[0] === "api" && (segments[1] === "models" || segments[1] === "datasets")) {
    const type: RepoType = segments[1] === "models" ? "model" : "dataset";
    const rest = segments.slice(2);
    const revAt = rest.length >= 3 ? rest.lastIndexOf("revision") : -1;
    const idParts = revAt > 0 && revAt === rest.length - 2 ? rest.slice(0, revAt) : rest;
    const revision = revAt > 0 && revAt === rest.length - 2 ? rest[rest.length - 1]! : "HEAD";
    if (idParts.length < 1 || idParts.length > 2) return hubError(404, "EntryNotFound", "Not found");
    const id = idParts.join("/");
    const fixture = lookup(type, id);
    if (!fixture) return notFound();
    const v = view(type, id, fixture, revision);
    if (!v) return hubError(404, "RevisionNotFound", `Invalid rev id: ${revision}`);
    const all = infoFields(v);
    const expand = url.searchParams.getAll("expand").concat(url.searchParams.getAll("expand[]"));
    const body: Record<string, unknown> = { _id: fakeSha(`_id:${type}:${id}`).slice(0, 24), id };
    if (expand.length === 0) Object.assign(body, all, { modelId: type === "model" ? id : undefined });
    else for (const key of expand) if (all[key] !== undefined) body[key] = all[key];
    return json(200, body);
  }

  // GET|HEAD /[datasets/]{id}/resolve/{rev}/{path}
  const type: RepoType = segments[0] === "datasets" ? "dataset" : "model";
  const parts = type === "dataset" ? segments.slice(1) : segments;
  const at =
    parts[1] === "resolve" || parts[1] === "raw" ? 1 : parts[2] === "resolve" || parts[2] === "raw" ? 2 : -1;
  if (at < 0 || parts.length < at + 3) return hubError(404, "EntryNotFound", "Not found");
  const id = parts.slice(0, at).join("/");
  const revision = parts[at + 1]!;
  const filePath = parts.slice(at + 2).join("/");
  const fixture = lookup(type, id);
  if (!fixture) return notFound();
  if (fixture.gated) {
    if (!auth) {
      return hubError(
        401,
        "GatedRepo",
        `Access to model ${id} is restricted. You must have access to it and be authenticated to access it.`,
      );
    }
    if (!bearerOk(auth, options.token)) {
      return hubError(
        403,
        "GatedRepo",
        `Access to model ${id} is restricted and you are not in the authorized list.`,
      );
    }
  }
  const v = view(type, id, fixture, revision);
  if (!v) return hubError(404, "RevisionNotFound", `Invalid rev id: ${revision}`);
  const content = Object.hasOwn(v.files, filePath) ? v.files[filePath] : undefined;
  if (content === undefined) return hubError(404, "EntryNotFound", "Entry not found");
  const bytes = Buffer.from(content, "utf8");
  const etag = `"${fakeSha(`blob:${content}`)}"`;
  const headers: Record<string, string> = {
    "Content-Type": "text/plain; charset=utf-8",
    ETag: etag,
    "X-Repo-Commit": v.sha,
    "Accept-Ranges": "bytes",
  };
  const range = parseRange(req.headers.range, bytes.length);
  if (req.headers.range && range) {
    const [start, end] = range;
    return {
      status: 206,
      headers: { ...headers, "Content-Range": `bytes ${start}-${end}/${bytes.length}` },
      body: bytes.subarray(start, end + 1).toString("latin1"),
    };
  }
  return { status: 200, headers, body: bytes.toString("latin1") };
}

/** Start a loopback Hub on 127.0.0.1 with a free port. */
export function startHub(fixtures: HubFixtures, options: HubServerOptions = {}): Promise<HubServer> {
  const requests: HubRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const record: HubRequest = { method: req.method ?? "GET", path: req.url ?? "/" };
    if (req.headers.authorization) record.authorization = req.headers.authorization;
    if (req.headers.range) record.range = req.headers.range;
    requests.push(record);
    const fault = options.fault?.(record);
    if (fault === "hang") return; // never answers; close() destroys the socket
    const reply: Reply = fault
      ? { status: fault.status, headers: fault.headers ?? {}, body: fault.body ?? "" }
      : handle(fixtures, options, req);
    const send = () => {
      timers.delete(timer);
      if (res.destroyed) return;
      const body = Buffer.from(reply.body, "latin1");
      res.writeHead(reply.status, { ...reply.headers, "Content-Length": String(body.length) });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    const timer = setTimeout(send, options.latencyMs ?? 0);
    timers.add(timer);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            for (const t of timers) clearTimeout(t);
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/* ------------------------------------------------------------ sample data */

const require = createRequire(import.meta.url);

/** A standard license text from the spdx-license-list package (not from the test corpus). */
function spdxText(id: string): string {
  try {
    const file = require.resolve(`spdx-license-list/licenses/${id}.json`);
    return (JSON.parse(readFileSync(file, "utf8")) as { licenseText: string }).licenseText;
  } catch {
    return `${id} license\n`;
  }
}

// Written for these fixtures in our own words: enough for the clause extractor to find a
// monthly-active-user threshold, without reproducing any vendor's license.
const QWEN_FIXTURE_LICENSE = [
  "Qwen LICENSE AGREEMENT (fixture, paraphrased for tests)",
  "",
  "Alibaba Cloud grants you a non-exclusive license to use, copy and modify the Qwen materials.",
  "If your product or service built on the materials has more than 100 million monthly active users,",
  "you must ask Alibaba Cloud for a separate commercial license first.",
  "",
].join("\n");

const LLAMA3_CARD = {
  language: ["en"],
  pipeline_tag: "text-generation",
  tags: ["facebook", "meta", "pytorch", "llama", "llama-3"],
  license: "llama3",
  extra_gated_prompt: "META LLAMA 3 COMMUNITY LICENSE AGREEMENT",
};

/** Realistic repositories for the demo and the end-to-end tests. */
export const SAMPLE_HUB: HubFixtures = {
  models: {
    "meta-llama/Meta-Llama-3-8B": {
      cardData: LLAMA3_CARD,
      tags: ["transformers", "safetensors", "llama", "text-generation", "en", "license:llama3", "region:us"],
      gated: "manual",
      sha: "8cde5ca8380496c9a6cc7ef3a8b46a0372a1d920",
      files: {
        "config.json": JSON.stringify({ architectures: ["LlamaForCausalLM"], model_type: "llama" }),
        "model-00001-of-00004.safetensors": "",
        "USE_POLICY.md": "Meta Llama 3 acceptable use policy (fixture placeholder)\n",
      },
    },
    "acme/llama-3-8b-support-ft": {
      // A fine-tune that claims apache-2.0 on its own card: the base's llama3 still binds it.
      cardData: { license: "apache-2.0", base_model: "meta-llama/Meta-Llama-3-8B", library_name: "peft" },
      files: {
        "adapter_config.json": JSON.stringify({
          base_model_name_or_path: "meta-llama/Meta-Llama-3-8B",
          r: 16,
        }),
        "adapter_model.safetensors": "",
      },
    },
    "Qwen/Qwen2.5-7B-Instruct": {
      cardData: {
        license: "apache-2.0",
        license_link: "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/LICENSE",
        language: ["en"],
        pipeline_tag: "text-generation",
        base_model: "Qwen/Qwen2.5-7B",
        tags: ["chat"],
      },
      sha: "a09a35458c702b33eeacc393d103063234e8bc28",
      files: {
        LICENSE: spdxText("Apache-2.0"),
        "config.json": JSON.stringify({ architectures: ["Qwen2ForCausalLM"], model_type: "qwen2" }),
      },
    },
    "Qwen/Qwen2.5-7B": {
      cardData: { license: "apache-2.0", pipeline_tag: "text-generation" },
      files: { LICENSE: spdxText("Apache-2.0") },
    },
    "Qwen/Qwen2.5-72B-Instruct": {
      cardData: {
        license: "other",
        license_name: "qwen",
        license_link: "https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE",
        language: ["en"],
        pipeline_tag: "text-generation",
      },
      files: {
        LICENSE: QWEN_FIXTURE_LICENSE,
        "config.json": JSON.stringify({ architectures: ["Qwen2ForCausalLM"], model_type: "qwen2" }),
      },
    },
    "google-bert/bert-base-uncased": {
      cardData: {
        language: "en",
        tags: ["exbert"],
        license: "apache-2.0",
        datasets: ["bookcorpus", "wikipedia"],
      },
      sha: "86b5e0934494bd15c9632b12f734a8a67f723594",
      files: {
        LICENSE: spdxText("Apache-2.0"),
        "config.json": JSON.stringify({ architectures: ["BertForMaskedLM"], model_type: "bert" }),
      },
    },
    "stabilityai/stable-diffusion-xl-base-1.0": {
      cardData: {
        license: "openrail++",
        tags: ["text-to-image", "stable-diffusion"],
        pipeline_tag: "text-to-image",
      },
      files: { "LICENSE.md": "CreativeML Open RAIL++-M License (fixture placeholder)\n" },
    },
    "facebook/musicgen-small": {
      cardData: { license: "cc-by-nc-4.0", tags: ["musicgen"], pipeline_tag: "text-to-audio" },
      files: { "config.json": JSON.stringify({ architectures: ["MusicgenForConditionalGeneration"] }) },
    },
    "someuser/unlicensed-model": {
      // No license anywhere: all rights reserved.
      cardData: { language: ["en"], pipeline_tag: "text-classification" },
      tags: ["transformers", "pytorch", "text-classification"],
      files: { "config.json": JSON.stringify({ architectures: ["BertForSequenceClassification"] }) },
    },
    "acme/custom-code-model": {
      // Ships its own modelling code: the code license is reported apart from the weights.
      cardData: { license: "mit", pipeline_tag: "text-generation" },
      files: {
        "config.json": JSON.stringify({
          architectures: ["AcmeForCausalLM"],
          model_type: "acme",
          auto_map: {
            AutoConfig: "configuration_acme.AcmeConfig",
            AutoModelForCausalLM: "modeling_acme.AcmeForCausalLM",
          },
        }),
        "configuration_acme.py": "# configuration\n",
        "modeling_acme.py": "# modelling code\n",
        LICENSE: spdxText("MIT"),
      },
    },
  },
  datasets: {
    "stanfordnlp/imdb": {
      cardData: { license: "other", task_categories: ["text-classification"], language: ["en"] },
      tags: ["task_categories:text-classification", "language:en", "license:other"],
      files: { "README.md": "---\nlicense: other\n---\n# IMDB\n" },
    },
    "HuggingFaceFW/fineweb": {
      cardData: { license: "odc-by", task_categories: ["text-generation"] },
    },
  },
};
