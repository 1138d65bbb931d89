// A loopback stand-in for the parts of the GitHub REST API the action uses. It keeps state
// (comments, reviews) so a test can run the action twice and see what a real PR would show.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface GitHubComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface GitHubReviewComment {
  id: number;
  body: string;
  path: string;
  line: number;
  side: string;
  commit_id: string;
  pull_request_review_id: number;
}

export interface GitHubReview {
  id: number;
  body: string;
  event: string;
  commit_id: string;
  state: string;
}

export interface PullFile {
  filename: string;
  status: "added" | "modified" | "removed" | "renamed";
  previous_filename?: string;
  patch?: string;
}

export interface GitHubState {
  owner: string;
  repo: string;
  /** Issue comments per pull request number. */
  comments: Map<number, GitHubComment[]>;
  reviews: Map<number, GitHubReview[]>;
  reviewComments: Map<number, GitHubReviewComment[]>;
  pullFiles: Map<number, PullFile[]>;
  /** path -> ref -> content, for GET /repos/{o}/{r}/contents/{path}?ref= */
  contents: Map<string, Map<string, string>>;
  /** "owner/repo" -> license API answer fields */
  licenses: Map<string, { key: string; spdx_id: string; name: string }>;
}

export interface GitHubRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: unknown;
}

export interface GitHubServerOptions {
  /** Tokens that may write; any other token gets 403 on writes, as a fork PR's token does. */
  writeTokens?: string[];
  /** Serve under a prefix, as GHES does with /api/v3. */
  prefix?: string;
}

export interface GitHubServer {
  url: string;
  state: GitHubState;
  requests: GitHubRequest[];
  close(): Promise<void>;
}

export function newGitHubState(owner = "acme", repo = "app"): GitHubState {
  return {
    owner,
    repo,
    comments: new Map(),
    reviews: new Map(),
    reviewComments: new Map(),
    pullFiles: new Map(),
    contents: new Map(),
    licenses: new Map(),
  };
}

export async function startGitHub(
  state: GitHubState,
  options: GitHubServerOptions = {},
): Promise<GitHubServer> {
  const requests: GitHubRequest[] = [];
  const prefix = options.prefix ?? "";
  let nextId = 1000;
  let base = "";

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(body === undefined ? "" : JSON.stringify(body));
  };
  const forbidden = (res: ServerResponse) =>
    send(res, 403, {
      message: "Resource not accessible by integration",
      documentation_url: "https://docs.github.com/rest",
      status: "403",
    });
  const notFound = (res: ServerResponse) =>
    send(res, 404, {
      message: "Not Found",
      documentation_url: "https://docs.github.com/rest",
      status: "404",
    });

  const canWrite = (auth?: string) => {
    const token = auth?.replace(/^(token|bearer)\s+/i, "");
    return options.writeTokens === undefined || (token !== undefined && options.writeTokens.includes(token));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body = raw ? JSON.parse(raw) : undefined;
    const method = req.method ?? "GET";
    requests.push({
      method,
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      body,
    });

    let p = url.pathname;
    if (!p.startsWith(prefix)) return notFound(res);
    p = p.slice(prefix.length);
    const repoPrefix = `/repos/${state.owner}/${state.repo}`;

    const license = /^\/repos\/([^/]+)\/([^/]+)\/license$/.exec(p);
    if (license && method === "GET") {
      const found = state.licenses.get(`${license[1]}/${license[2]}`);
      if (!found) return notFound(res);
      return send(res, 200, {
        name: "LICENSE",
        path: "LICENSE",
        license: { ...found, url: `${base}/licenses/${found.key}`, node_id: "MDc6TGljZW5zZTE=" },
      });
    }
    if (!p.startsWith(repoPrefix)) return notFound(res);
    p = p.slice(repoPrefix.length);

    let m = /^\/issues\/(\d+)\/comments$/.exec(p);
    if (m) {
      const n = Number(m[1]);
      const list = state.comments.get(n) ?? [];
      if (method === "GET") {
        const perPage = Number(url.searchParams.get("per_page") ?? 30);
        const page = Number(url.searchParams.get("page") ?? 1);
        const slice = list.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < list.length) {
          headers.link = `<${base}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        }
        return send(res, 200, slice, headers);
      }
      if (method === "POST") {
        if (!canWrite(req.headers.authorization)) return forbidden(res);
        const id = nextId++;
        const comment: GitHubComment = {
          id,
          body: String(body?.body ?? ""),
          user: { login: "github-actions[bot]", type: "Bot" },
          html_url: `https://github.com/${state.owner}/${state.repo}/pull/${n}#issuecomment-${id}`,
        };
        state.comments.set(n, [...list, comment]);
        return send(res, 201, comment);
      }
    }
    m = /^\/issues\/comments\/(\d+)$/.exec(p);
    if (m && method === "PATCH") {
      if (!canWrite(req.headers.authorization)) return forbidden(res);
      for (const list of state.comments.values()) {
        const c = list.find((x) => x.id === Number(m?.[1]));
        if (c) {
          c.body = String(body?.body ?? "");
          return send(res, 200, c);
        }
      }
      return notFound(res);
    }
    m = /^\/pulls\/(\d+)\/files$/.exec(p);
    if (m && method === "GET") {
      const list = state.pullFiles.get(Number(m[1])) ?? [];
      const perPage = Number(url.searchParams.get("per_page") ?? 30);
      const page = Number(url.searchParams.get("page") ?? 1);
      const headers: Record<string, string> = {};
      if (page * perPage < list.length) {
        headers.link = `<${base}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      }
      return send(res, 200, list.slice((page - 1) * perPage, page * perPage), headers);
    }
    m = /^\/pulls\/(\d+)\/comments$/.exec(p);
    if (m && method === "GET") return send(res, 200, state.reviewComments.get(Number(m[1])) ?? []);
    m = /^\/pulls\/(\d+)\/reviews$/.exec(p);
    if (m) {
      const n = Number(m[1]);
      if (method === "GET") return send(res, 200, state.reviews.get(n) ?? []);
      if (method === "POST") {
        if (!canWrite(req.headers.authorization)) return forbidden(res);
        const id = nextId++;
        const review: GitHubReview = {
          id,
          body: String(body?.body ?? ""),
          event: String(body?.event ?? "COMMENT"),
          commit_id: String(body?.commit_id ?? ""),
          state: body?.event === "REQUEST_CHANGES" ? "CHANGES_REQUESTED" : "COMMENTED",
        };
        state.reviews.set(n, [...(state.reviews.get(n) ?? []), review]);
        const comments = (body?.comments ?? []) as Array<{
          path: string;
          line: number;
          body: string;
          side?: string;
        }>;
        const existing = state.reviewComments.get(n) ?? [];
        for (const c of comments) {
          existing.push({
            id: nextId++,
            body: c.body,
            path: c.path,
            line: c.line,
            side: c.side ?? "RIGHT",
            commit_id: review.commit_id,
            pull_request_review_id: id,
          });
        }
        state.reviewComments.set(n, existing);
        return send(res, 200, review);
      }
    }
    m = /^\/contents\/(.+)$/.exec(p);
    if (m && method === "GET") {
      const file = decodeURIComponent(m[1] ?? "");
      const ref = url.searchParams.get("ref") ?? "HEAD";
      const content = state.contents.get(file)?.get(ref);
      if (content === undefined) return notFound(res);
      return send(res, 200, {
        type: "file",
        encoding: "base64",
        path: file,
        name: file.split("/").pop(),
        content: Buffer.from(content).toString("base64"),
      });
    }
    return notFound(res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, { message: String(err) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}${prefix}`,
    state,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
