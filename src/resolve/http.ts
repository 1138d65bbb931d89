// The one fetch every Hub request goes through: bounded concurrency, a timeout per attempt, an
// overall deadline, retries with backoff that honour Retry-After, and credentials attached only
// for the host they belong to (redirects are followed here so a token never crosses origins).
import type { Limiter } from "./limiter.js";

export interface HttpOptions {
  /** Tokens by origin (e.g. "https://huggingface.co" -> "hf_..."); sent to that origin only. */
  tokens: Map<string, string>;
  limiter: Limiter;
  timeoutMs: number;
  retries: number;
  /** Aborted when the whole stage runs out of time. */
  signal?: AbortSignal;
  /** Cap on a single backoff or Retry-After wait. */
  maxDelayMs?: number;
  /** First backoff step; doubles on each retry. */
  baseDelayMs?: number;
  log?: (message: string) => void;
  /** Counts every HTTP request sent (for benchmarks). */
  onRequest?: (url: string) => void;
}

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const MAX_REDIRECTS = 5;

/** Seconds or an HTTP date, as Retry-After allows; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function retryable(status: number): boolean {
  return status === 429 || status >= 500;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Removes every token from a message before it can reach a log or a report. */
export function redact(message: string, tokens: Iterable<string>): string {
  let out = message;
  for (const token of tokens) if (token) out = out.split(token).join("***");
  return out;
}

function describe(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

export function createFetch(options: HttpOptions): FetchLike {
  const maxDelay = options.maxDelayMs ?? 10_000;
  const baseDelay = options.baseDelayMs ?? 250;
  const log = options.log ?? (() => {});

  const headersFor = (url: URL, init: RequestInit | undefined): Headers => {
    const headers = new Headers(init?.headers);
    // Whatever a client library put there, credentials go only to their own origin.
    headers.delete("authorization");
    const token = options.tokens.get(url.origin);
    if (token) headers.set("authorization", `Bearer ${token}`);
    return headers;
  };

  const once = async (url: URL, init: RequestInit | undefined): Promise<Response> => {
    let current = url;
    for (let hop = 0; ; hop++) {
      const signals = [AbortSignal.timeout(options.timeoutMs)];
      if (options.signal) signals.push(options.signal);
      if (init?.signal) signals.push(init.signal);
      options.onRequest?.(current.href);
      const response = await fetch(current, {
        ...init,
        headers: headersFor(current, init),
        redirect: "manual",
        signal: AbortSignal.any(signals),
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new Error(`too many redirects from ${describe(url)}`);
        current = new URL(location, current);
        continue;
      }
      return response;
    }
  };

  // A Retry-After from the host holds back every request to it, not just the one that got it.
  const pausedUntil = new Map<string, number>();

  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    let attempt = 0;
    for (;;) {
      if (options.signal?.aborted) throw new Error("overall time limit reached");
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await options.limiter(async () => {
          // Checked once a slot is ours: a request queued before the 429 must wait as well.
          const pause = (pausedUntil.get(url.origin) ?? 0) - Date.now();
          if (pause > 0) await sleep(pause, options.signal);
          const answer = await once(url, init);
          const hinted = retryable(answer.status)
            ? retryAfterMs(answer.headers.get("retry-after"))
            : undefined;
          // Recorded before the slot is released, so the next request in line sees it.
          if (hinted !== undefined && hinted <= maxDelay) {
            pausedUntil.set(url.origin, Math.max(pausedUntil.get(url.origin) ?? 0, Date.now() + hinted));
          }
          return answer;
        });
      } catch (error) {
        failure = error;
      }
      if (options.signal?.aborted) throw new Error("overall time limit reached");
      const canRetry = attempt < options.retries;
      if (response && !(retryable(response.status) && canRetry)) return response;
      let wait = baseDelay * 2 ** attempt * (0.75 + Math.random() * 0.5);
      if (response) {
        const hinted = retryAfterMs(response.headers.get("retry-after"));
        if (hinted !== undefined) {
          // Waiting longer than we are prepared to is not worth it: the answer stands as it is.
          if (hinted > maxDelay) {
            log(
              `${describe(url)}: HTTP ${response.status}, Retry-After ${Math.round(hinted / 1000)} s is too long to wait`,
            );
            return response;
          }
          wait = hinted;
        }
        await response.body?.cancel().catch(() => {});
        log(`${describe(url)}: HTTP ${response.status}, retry ${attempt + 1} in ${Math.round(wait)} ms`);
      } else {
        const reason = failure instanceof Error ? failure : new Error(String(failure));
        const timedOut = reason.name === "TimeoutError" || reason.name === "AbortError";
        // undici says only "fetch failed"; the cause says what happened (ECONNREFUSED, ENOTFOUND).
        const cause = (reason as { cause?: { code?: unknown; message?: unknown } }).cause;
        const detail =
          typeof cause?.code === "string"
            ? cause.code
            : typeof cause?.message === "string"
              ? cause.message
              : "";
        const message = timedOut
          ? `timed out after ${options.timeoutMs} ms`
          : detail
            ? `${reason.message} (${detail})`
            : reason.message;
        if (!canRetry) throw new Error(`${describe(url)}: ${message}`);
        log(`${describe(url)}: ${message}, retry ${attempt + 1}`);
      }
      await sleep(Math.min(wait, maxDelay), options.signal).catch(() => {
        throw new Error("overall time limit reached");
      });
      attempt++;
    }
  };
}
