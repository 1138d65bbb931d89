import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveReferences } from "../../src/resolve/index.js";
import { ref } from "./helpers.js";

// A loopback GitHub REST API: GET /repos/{o}/{r}/license and GET /repos/{o}/{r}, shaped like github.com.
interface Repo {
  license?: { key: string; name: string; spdx_id: string; text: string };
}
const REPOS: Record<string, Repo> = {
  "ultralytics/yolov5": {
    license: {
      key: "agpl-3.0",
      name: "GNU Affero General Public License v3.0",
      spdx_id: "AGPL-3.0",
      text: "AGPL text",
    },
  },
  "pytorch/vision": {
    license: {
      key: "bsd-3-clause",
      name: 'BSD 3-Clause "New" or "Revised" License',
      spdx_id: "BSD-3-Clause",
      text: "BSD",
    },
  },
  "someone/custom": {
    license: {
      key: "other",
      name: "Other",
      spdx_id: "NOASSERTION",
      text: "Custom model terms. Non-commercial research use only. No commercial use of the weights.\n",
    },
  },
  "someone/bare": {},
};

const requests: { path: string; authorization?: string }[] = [];
let server: Server;
let apiUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({
      path: req.url ?? "",
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    if (req.url?.startsWith("/repos/slow/")) return; // never answers
    const m = /^\/repos\/([^/]+)\/([^/?]+)(\/license)?(\?.*)?$/.exec(req.url ?? "");
    const repo = m ? REPOS[`${m[1]}/${m[2]}`] : undefined;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(body));
    };
    const notFound = () =>
      send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" });
    if (!m || !repo) return notFound();
    if (!m[3]) return send(200, { id: 1, full_name: `${m[1]}/${m[2]}`, private: false });
    if (!repo.license) return notFound();
    const { text, ...license } = repo.license;
    send(200, {
      name: "LICENSE",
      path: "LICENSE",
      type: "file",
      content: Buffer.from(text).toString("base64"),
      encoding: "base64",
      license: { ...license, url: null, node_id: "x" },
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
);

async function resolve(id: string, revision?: string) {
  const out = await resolveReferences([ref(id, { kind: "github-repo", ...(revision ? { revision } : {}) })], {
    hubUrl: "http://127.0.0.1:9",
    githubApiUrl: apiUrl,
    githubToken: "ghs_secret",
    root: "/nonexistent",
    retries: 0,
  });
  return out.resolved[0]!.resolution;
}

describe("GitHub repositories (torch.hub)", () => {
  it("takes the license from the repository license API, for code and weights", async () => {
    const r = await resolve("ultralytics/yolov5");
    expect(r.weights).toMatchObject({ license: "agpl-3.0", source: "github:license" });
    expect(r.code).toMatchObject({ license: "agpl-3.0" });
    expect(r.errors).toEqual([]);
    expect(requests.at(-1)).toEqual({
      path: "/repos/ultralytics/yolov5/license",
      authorization: "token ghs_secret",
    });
  });

  it("passes the ref along", async () => {
    const r = await resolve("pytorch/vision", "v0.10.0");
    expect(r.weights.license).toBe("bsd-3-clause");
    expect(requests.at(-1)!.path).toBe("/repos/pytorch/vision/license?ref=v0.10.0");
  });

  it("classifies the text when GitHub does not recognize the license", async () => {
    const r = await resolve("someone/custom");
    expect(r.weights.source).toBe("github:LICENSE");
    expect(r.weights.clauses.nonCommercial).toBe(true);
  });

  it("a repository without a license file is no-license", async () => {
    const r = await resolve("someone/bare");
    expect(r.weights.categories).toEqual(["no-license"]);
    expect(r.exists).toBe(true);
  });

  it("a repository that does not exist is unresolved", async () => {
    const r = await resolve("nobody/nothing");
    expect(r.exists).toBe(false);
    expect(r.weights.categories).toEqual(["unresolved"]);
    expect(r.errors).toEqual(["repository not found on GitHub"]);
  });

  it("a GitHub API that never answers times out into an unresolved finding", async () => {
    const started = Date.now();
    const out = await resolveReferences([ref("slow/hang", { kind: "github-repo" })], {
      hubUrl: "http://127.0.0.1:9",
      githubApiUrl: apiUrl,
      root: "/nonexistent",
      retries: 0,
      timeoutMs: 300,
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(out.resolved[0]!.resolution.weights.categories).toEqual(["unresolved"]);
  });

  it("GitHub down is unresolved with a message, and the token is not in it", async () => {
    const out = await resolveReferences([ref("a/b", { kind: "github-repo" })], {
      hubUrl: "http://127.0.0.1:9",
      githubApiUrl: "http://127.0.0.1:9",
      githubToken: "ghs_secret",
      root: "/nonexistent",
      retries: 0,
    });
    const r = out.resolved[0]!.resolution;
    expect(r.weights.categories).toEqual(["unresolved"]);
    expect(r.errors[0]).toMatch(/^GitHub license lookup failed: /);
    expect(JSON.stringify(out)).not.toContain("ghs_secret");
  });
});
