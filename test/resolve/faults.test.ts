import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createFetch, redact, retryAfterMs } from "../../src/resolve/http.js";
import { resolveReferences } from "../../src/resolve/index.js";
import { createLimiter } from "../../src/resolve/limiter.js";
import { type HubFixtures, type HubServer, type HubServerOptions, startHub } from "../servers/hub.js";
import { ref } from "./helpers.js";

const FIXTURES: HubFixtures = {
  models: { "org/model": { cardData: { license: "mit" } }, "org/other": { cardData: { license: "mit" } } },
};

let hub: HubServer | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

async function run(
  fault: HubServerOptions["fault"],
  extra: Partial<Parameters<typeof resolveReferences>[1]> = {},
) {
  hub = await startHub(FIXTURES, { fault });
  const logs: string[] = [];
  const started = Date.now();
  const out = await resolveReferences([ref("org/model")], {
    hubUrl: hub.url,
    root: "/nonexistent",
    log: (m) => logs.push(m),
    ...extra,
  });
  return { out, logs, ms: Date.now() - started, requests: hub.requests };
}

describe("faults end with a finding within a bounded time", () => {
  it("waits as long as Retry-After says after a 429, then succeeds", async () => {
    let calls = 0;
    const { out, logs, ms, requests } = await run(() =>
      calls++ === 0 ? { status: 429, headers: { "Retry-After": "1" } } : undefined,
    );
    const r = out.resolved[0]!.resolution;
    expect(r.errors).toEqual([]);
    expect(r.weights.source).toBe("hub:cardData.license");
    expect(requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(5000);
    expect(logs.join()).toMatch(/HTTP 429, retry 1 in 1000 ms/);
  });

  it("holds back every request to the Hub while a Retry-After runs", async () => {
    const arrivals = new Map<string, number>();
    let limitedAt = 0;
    hub = await startHub(
      {
        models: Object.fromEntries(
          Array.from({ length: 6 }, (_, i) => [`org/m${i}`, { cardData: { license: "mit" } }]),
        ),
      },
      {
        fault: (q) => {
          const id = /\/api\/models\/org\/(m\d)\//.exec(q.path)?.[1] ?? "?";
          if (!arrivals.has(id)) arrivals.set(id, Date.now());
          if (id === "m0" && !limitedAt) {
            limitedAt = Date.now();
            return { status: 429, headers: { "Retry-After": "1" } };
          }
          return undefined;
        },
      },
    );
    // One at a time: m0 waits out its Retry-After without holding the slot, so m1 could go at
    // once; the Hub asked for a second of quiet, so m1 waits too.
    const out = await resolveReferences(
      Array.from({ length: 3 }, (_, i) => ref(`org/m${i}`)),
      { hubUrl: hub.url, root: "/nonexistent", concurrency: 1 },
    );
    expect(out.resolved.every((r) => r.resolution.errors.length === 0)).toBe(true);
    expect(hub.requests).toHaveLength(4);
    expect(arrivals.get("m1")! - limitedAt).toBeGreaterThanOrEqual(900);
    expect(arrivals.get("m2")! - limitedAt).toBeGreaterThanOrEqual(900);
  });

  it("does not wait out a Retry-After longer than it is prepared to", async () => {
    const { out, ms } = await run(() => ({ status: 429, headers: { "Retry-After": "3600" } }));
    expect(out.resolved[0]!.resolution.errors.join()).toMatch(/HTTP 429/);
    expect(ms).toBeLessThan(2000);
  });

  it("retries a 500 and then succeeds", async () => {
    let calls = 0;
    const { out, requests } = await run(() => (calls++ === 0 ? { status: 500, body: "oops" } : undefined));
    expect(out.resolved[0]!.resolution.errors).toEqual([]);
    expect(requests).toHaveLength(2);
  });

  it("gives up after the retries on a Hub that keeps failing", async () => {
    const { out, requests, ms } = await run(() => ({ status: 503 }), { retries: 2 });
    const r = out.resolved[0]!.resolution;
    expect(r.weights.categories).toEqual(["unresolved"]);
    expect(r.errors.join()).toMatch(/HTTP 503/);
    expect(requests).toHaveLength(3);
    expect(ms).toBeLessThan(5000);
  });

  it("times out a hanging request", async () => {
    const { out, ms } = await run(() => "hang", { timeoutMs: 200, retries: 1 });
    const r = out.resolved[0]!.resolution;
    expect(r.weights.categories).toEqual(["unresolved"]);
    expect(r.errors.join()).toMatch(/timed out after 200 ms/);
    expect(ms).toBeLessThan(3000);
  });

  it("bounds the whole stage even when each request would wait longer", async () => {
    const { out, ms } = await run(() => "hang", { timeoutMs: 60_000, overallTimeoutMs: 300 });
    expect(out.resolved[0]!.resolution.weights.categories).toEqual(["unresolved"]);
    expect(out.resolved[0]!.resolution.errors.join()).toMatch(/overall/);
    expect(ms).toBeLessThan(2000);
  });

  it("reports malformed JSON as unresolved", async () => {
    const { out } = await run((req) =>
      req.path.startsWith("/api/")
        ? { status: 200, headers: { "Content-Type": "application/json" }, body: "{not json" }
        : undefined,
    );
    const r = out.resolved[0]!.resolution;
    expect(r.weights.categories).toEqual(["unresolved"]);
    expect(r.errors.join()).toMatch(/malformed response/);
  });

  it("a JSON answer of the wrong shape is unresolved too", async () => {
    const { out } = await run(() => ({
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: "[1,2]",
    }));
    expect(out.resolved[0]!.resolution.weights.categories).toEqual(["unresolved"]);
  });

  it("the Hub down entirely: every reference unresolved, candidates dropped, quickly", async () => {
    // A port that was free a moment ago: connections are refused.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const started = Date.now();
    const out = await resolveReferences(
      [ref("org/model"), ref("org/other"), ref("maybe/thing", { confidence: 0.3 })],
      {
        hubUrl: `http://127.0.0.1:${port}`,
        root: "/nonexistent",
        retries: 1,
      },
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(out.resolved.map((x) => x.resolution.weights.categories[0])).toEqual(["unresolved", "unresolved"]);
    expect(out.resolved[0]!.resolution.errors[0]).toMatch(/^Hub lookup failed: .*ECONNREFUSED/);
    expect(out.dropped.map((d) => d.id)).toEqual(["maybe/thing"]);
  });

  it("the anonymous 401 the real Hub gives for a missing repo counts as not found", async () => {
    const { out } = await run(() => ({
      status: 401,
      headers: { "Content-Type": "application/json", "X-Error-Code": "RepoNotFound" },
      body: JSON.stringify({ error: "Repository not found" }),
    }));
    const r = out.resolved[0]!.resolution;
    expect(r.exists).toBe(false);
    expect(r.errors).toEqual(["not found on the Hub"]);
  });

  it("an invalid hub URL is a message, not a crash", async () => {
    const out = await resolveReferences([ref("org/model")], { hubUrl: "not a url", root: "/nonexistent" });
    expect(out.resolved[0]!.resolution.errors.join()).toMatch(/hub-url is not a valid/);
  });
});

describe("tokens", () => {
  it("never reach errors or logs, and never go to another host on a redirect", async () => {
    const token = "hf_TOPSECRET123";
    // The "CDN" is another origin (localhost vs 127.0.0.1): it must not see the token.
    const cdn = await startHub({ models: { "org/model": { files: { LICENSE: "x" } } } });
    const cdnOrigin = cdn.url.replace("127.0.0.1", "localhost");
    try {
      hub = await startHub(
        {
          models: {
            "org/model": { cardData: { license: "other", license_name: "custom" }, files: { LICENSE: "x" } },
          },
        },
        {
          fault: (req) =>
            req.path.includes("/resolve/")
              ? { status: 302, headers: { Location: `${cdnOrigin}${req.path}` } }
              : req.path.startsWith("/api/")
                ? undefined
                : { status: 500, body: `echo ${req.authorization}` },
        },
      );
      const logs: string[] = [];
      const out = await resolveReferences([ref("org/model")], {
        hubUrl: hub.url,
        hfToken: token,
        root: "/nonexistent",
        log: (m) => logs.push(m),
      });
      expect(hub.requests.some((q) => q.authorization === `Bearer ${token}`)).toBe(true);
      expect(cdn.requests.length).toBeGreaterThan(0);
      expect(cdn.requests.every((q) => q.authorization === undefined)).toBe(true);
      expect(JSON.stringify(out) + logs.join()).not.toContain(token);
    } finally {
      await cdn.close();
    }
  });

  it("redact removes every occurrence", () => {
    expect(redact("a hf_x b hf_x", ["hf_x"])).toBe("a *** b ***");
  });
});

describe("http helpers", () => {
  it("reads Retry-After as seconds or as a date", () => {
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs("soon")).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });

  it("never has more requests in flight than the concurrency", async () => {
    let inFlight = 0;
    let peak = 0;
    const limiter = createLimiter(3);
    await Promise.all(
      Array.from({ length: 20 }, () =>
        limiter(async () => {
          inFlight++;
          peak = Math.max(peak, inFlight);
          await new Promise((r) => setTimeout(r, 5));
          inFlight--;
        }),
      ),
    );
    expect(peak).toBe(3);
  });

  it("a fetch through the limiter reaches the server at most `concurrency` at a time", async () => {
    let open = 0;
    let peak = 0;
    hub = await startHub(FIXTURES, {
      latencyMs: 20,
      fault: () => {
        open++;
        peak = Math.max(peak, open);
        setTimeout(() => open--, 20);
        return undefined;
      },
    });
    const f = createFetch({ tokens: new Map(), limiter: createLimiter(4), timeoutMs: 5000, retries: 0 });
    await Promise.all(
      Array.from({ length: 16 }, () => f(`${hub!.url}/api/models/org/model`).then((r) => r.text())),
    );
    expect(peak).toBeLessThanOrEqual(4);
    expect(hub.requests).toHaveLength(16);
  });
});
