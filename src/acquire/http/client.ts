/**
 * marsad's HTTP client, on undici. Rules:
 * - Only http: and https: URLs. At most `maxRedirects` redirects; every hop is checked again
 *   (scheme, address safety, robots.txt).
 * - Address safety (address-policy.ts) is enforced on every hop's host and on the resolved address
 *   of every connection; `allowPrivate` opens loopback and private ranges only, never metadata
 *   endpoints, so a redirect cannot take an intranet-enabled run to them.
 * - robots.txt is obeyed (with Crawl-delay) unless `ignoreRobots`, which is logged once per client.
 * - Timeouts: connect, response headers, body idle (between chunks) and a total deadline per
 *   attempt, so a slow-drip server cannot hold a request forever.
 * - Bodies are capped after decompression (body.ts).
 * - 429 and 5xx (but 501) are retried with exponential backoff, honouring Retry-After up to
 *   `maxRetryAfterMs`; a longer Retry-After fails at once with an issue saying so.
 * - With `conditional`, ETag / Last-Modified from the last 200 of the same URL are replayed; a 304
 *   comes back as `notModified` with an empty body.
 * - Every failure is an issue naming the requested URL; nothing throws through a caller's batch.
 */
import { Agent, errors as undiciErrors, request } from "undici";
import { issue, type Issue, type Result } from "../../issues.js";
import { createSafeLookup, findRefusal, refusalForHost, systemResolver, type Resolver } from "./address-policy.js";
import { BodyTooLargeError, isGzipped, parseContentEncoding, readBody, UnsupportedEncodingError } from "./body.js";
import { HostLimiter, type LimiterOptions } from "./limiter.js";
import { ROBOTS_MAX_BYTES, RobotsCache, type RobotsFetchResult, type RobotsRules } from "./robots.js";
import { conditionalHeaders, MemoryValidatorStore, type ValidatorStore } from "./validators.js";
import { Readable } from "node:stream";
import { MARSAD_VERSION } from "../../version.js";


export interface HttpClientOptions {
  /** URL (or mail address) site owners can use to reach whoever runs marsad; default none. */
  contact: string | null;
  /** Default 10 s. */
  connectTimeoutMs: number;
  /** Time to the response headers; default 15 s. */
  headersTimeoutMs: number;
  /** Longest silence between two body chunks; default 15 s. */
  bodyIdleTimeoutMs: number;
  /** Whole attempt (connect to last byte); default 60 s. */
  totalTimeoutMs: number;
  /** Body cap in bytes, after decompression; default 20 MB. */
  maxBytes: number;
  /** Default 5. */
  maxRedirects: number;
  /** Extra attempts after a 429 / 5xx / network error; default 2. */
  retries: number;
  /** First backoff delay, doubled per retry; default 1 s. */
  retryBaseMs: number;
  /** Longest Retry-After honoured; default 60 s. */
  maxRetryAfterMs: number;
  /** Allow loopback and private-network addresses (never metadata endpoints); default false. */
  allowPrivate: boolean;
  /** Host name → addresses; default the system resolver (tests substitute their own). */
  resolver: Resolver;
  /** Do not fetch or obey robots.txt; default false (logged when true). */
  ignoreRobots: boolean;
  /** Longest Crawl-delay honoured, larger ones are clamped (and logged); default 60 s. */
  maxCrawlDelayMs: number;
  limiter: Partial<LimiterOptions>;
  validators: ValidatorStore;
  /** Receives one line per notable event (robots ignored, retry, clamp); default discards. */
  log: (line: string) => void;
}

export const DEFAULT_HTTP_OPTIONS: HttpClientOptions = {
  contact: null,
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyIdleTimeoutMs: 15_000,
  totalTimeoutMs: 60_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  retryBaseMs: 1000,
  maxRetryAfterMs: 60_000,
  allowPrivate: false,
  resolver: systemResolver,
  ignoreRobots: false,
  maxCrawlDelayMs: 60_000,
  limiter: {},
  validators: new MemoryValidatorStore(),
  log: () => {},
};

export interface FetchRequest {
  /** Send validators remembered for this URL; default false. */
  conditional?: boolean;
  /** Accept header; default HTML-first. */
  accept?: string;
}

export interface FetchedResponse {
  /** The URL asked for. */
  input: string;
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Decoded from any Content-Encoding; empty for a 304. */
  body: Uint8Array;
  notModified: boolean;
  /** Every URL redirected to, in order. */
  redirects: string[];
}

const DEFAULT_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export class HttpClient {
  readonly options: HttpClientOptions;
  readonly userAgent: string;
  readonly #agent: Agent;
  readonly #limiter: HostLimiter;
  readonly #robots: RobotsCache;
  #hasLoggedIgnoreRobots = false;
  readonly #clampedHosts = new Set<string>();

  constructor(options: Partial<HttpClientOptions> = {}) {
    for (const key of Object.keys(options)) {
      if (!(key in DEFAULT_HTTP_OPTIONS)) throw new Error(`HttpClient: unknown option "${key}"`);
    }
    this.options = { ...DEFAULT_HTTP_OPTIONS, validators: new MemoryValidatorStore(), ...options };
    this.userAgent = userAgentFor(this.options.contact);
    this.#agent = new Agent({
      connect: { timeout: this.options.connectTimeoutMs, lookup: createSafeLookup(this.options.resolver, { allowPrivate: this.options.allowPrivate }) },
      headersTimeout: this.options.headersTimeoutMs,
      bodyTimeout: this.options.bodyIdleTimeoutMs,
    });
    this.#limiter = new HostLimiter(this.options.limiter);
    this.#robots = new RobotsCache((robotsUrl) => this.#fetchRobots(robotsUrl));
  }

  /** Closes the connection pool; pending requests fail. */
  async close(): Promise<void> {
    await this.#agent.close();
  }

  /** robots.txt rules for a URL's origin (fetched once, cached); null when robots are ignored. */
  async robotsFor(url: string): Promise<RobotsRules | null> {
    if (this.options.ignoreRobots) return null;
    return this.#robots.rulesFor(new URL(url));
  }

  /** GET `input`, following redirects; every failure is an issue naming `input`. */
  async fetch(input: string, req: FetchRequest = {}): Promise<Result<FetchedResponse>> {
    return this.#fetch(input, req, true);
  }

  async #fetch(input: string, req: FetchRequest, checkRobots: boolean, cap: BodyCap = { maxBytes: this.options.maxBytes, isTruncating: false }): Promise<Result<FetchedResponse>> {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return fail(issue("fetch-failed", input, { detail: "not a valid URL" }));
    }
    if (checkRobots && this.options.ignoreRobots && !this.#hasLoggedIgnoreRobots) {
      this.#hasLoggedIgnoreRobots = true;
      this.options.log("robots.txt is being ignored (--ignore-robots): sites' crawling rules are not obeyed");
    }
    const redirects: string[] = [];
    for (let hop = 0; ; hop++) {
      const refusal = this.#checkUrl(input, url);
      if (refusal) return fail(refusal);
      if (checkRobots && !this.options.ignoreRobots) {
        const denied = await this.#checkRobots(input, url);
        if (denied) return fail(denied);
      }
      const validators = req.conditional ? await this.options.validators.get(url.href) : null;
      const headers = {
        "user-agent": this.userAgent,
        accept: req.accept ?? DEFAULT_ACCEPT,
        "accept-encoding": "gzip, deflate, br",
        "accept-language": "ar,en;q=0.5",
        ...conditionalHeaders(validators),
      };
      const answer = await this.#limiter.run(url.host, () => this.#requestWithRetries(input, url, headers, cap));
      if ("issue" in answer) return fail(answer.issue);
      const { status } = answer;
      if (REDIRECT_STATUSES.has(status) && answer.headers.location) {
        if (hop >= this.options.maxRedirects) {
          return fail(issue("fetch-too-many-redirects", input, { actual: `more than ${this.options.maxRedirects}`, detail: `last hop ${url.href}` }));
        }
        try {
          url = new URL(answer.headers.location, url);
        } catch {
          return fail(issue("fetch-failed", input, { detail: `bad redirect Location "${answer.headers.location}"` }));
        }
        redirects.push(url.href);
        continue;
      }
      const value: FetchedResponse = { input, url: url.href, status, headers: answer.headers, body: answer.body, notModified: status === 304, redirects };
      if (status === 304) return { value: { ...value, body: new Uint8Array(0) }, issues: [] };
      if (status >= 400 || (status >= 300 && status < 400)) {
        return { value: null, issues: [issue("fetch-http-error", input, { actual: `HTTP ${status}`, detail: url.href !== input ? `at ${url.href}` : undefined })] };
      }
      if (status === 200 && (answer.headers.etag || answer.headers["last-modified"])) {
        await this.options.validators.set(url.href, { etag: answer.headers.etag ?? null, lastModified: answer.headers["last-modified"] ?? null });
      }
      return { value, issues: [] };
    }
  }

  #checkUrl(input: string, url: URL): Issue | null {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return issue("fetch-refused", input, { actual: url.protocol.slice(0, -1), expected: "http or https", detail: url.href !== input ? `redirected to ${url.href}` : undefined });
    }
    const refusal = refusalForHost(url.hostname, { allowPrivate: this.options.allowPrivate });
    return refusal ? issue("fetch-refused", input, { detail: refusal.message }) : null;
  }

  async #checkRobots(input: string, url: URL): Promise<Issue | null> {
    const rules = await this.#robots.rulesFor(url);
    if (rules.crawlDelayMs !== null) {
      const delay = Math.min(rules.crawlDelayMs, this.options.maxCrawlDelayMs);
      if (delay < rules.crawlDelayMs && !this.#clampedHosts.has(url.host)) {
        this.#clampedHosts.add(url.host);
        this.options.log(`${url.host}: Crawl-delay ${rules.crawlDelayMs / 1000}s clamped to ${delay / 1000}s`);
      }
      this.#limiter.setHostInterval(url.host, delay);
    }
    const verdict = rules.verdict(url.href);
    if (verdict === "disallowed") return issue("robots-disallowed", input, { detail: url.href !== input ? `at ${url.href}` : undefined });
    // A site that cannot be reached at all is reported as such, not as a robots.txt problem.
    if (verdict === "unreachable" && rules.failure && rules.failure.code !== "fetch-http-error") {
      return { ...rules.failure, input, detail: `${rules.failure.detail ?? ""} (fetching robots.txt)`.trim() };
    }
    if (verdict === "unreachable") return issue("robots-unreachable", input, { detail: `${url.protocol}//${url.host}/robots.txt; pass --ignore-robots to fetch anyway` });
    return null;
  }

  /** robots.txt: fetched without a robots check, and only its first 500 KiB read. */
  async #fetchRobots(robotsUrl: string): Promise<RobotsFetchResult> {
    const result = await this.#fetch(robotsUrl, { accept: "text/plain,*/*;q=0.5" }, false, { maxBytes: ROBOTS_MAX_BYTES, isTruncating: true });
    if (!result.value) {
      const httpError = result.issues.find((i) => i.code === "fetch-http-error");
      const status = httpError?.actual ? Number(httpError.actual.replace("HTTP ", "")) : null;
      return { status: Number.isFinite(status) ? status : null, text: "", failure: result.issues[0] };
    }
    return { status: result.value.status, text: new TextDecoder("utf-8").decode(result.value.body) };
  }


  async #requestWithRetries(
    input: string,
    url: URL,
    headers: Record<string, string>,
    cap: BodyCap,
  ): Promise<{ status: number; headers: Record<string, string>; body: Uint8Array } | { issue: Issue }> {
    for (let attempt = 0; ; attempt++) {
      const answer = await this.#requestOnce(input, url, headers, cap);
      const isLast = attempt >= this.options.retries;
      if ("issue" in answer) {
        if (isLast || !answer.isTransient) return { issue: answer.issue };
        const delay = this.options.retryBaseMs * 2 ** attempt;
        this.options.log(`${url.href}: ${answer.issue.detail ?? answer.issue.code}; retry ${attempt + 1} in ${delay} ms`);
        await sleep(delay);
        continue;
      }
      const isRetryable = answer.status === 429 || (answer.status >= 500 && answer.status !== 501);
      if (!isRetryable || isLast) return answer;
      const asked = parseRetryAfter(answer.headers["retry-after"], Date.now());
      if (asked !== null && asked > this.options.maxRetryAfterMs) {
        return {
          issue: issue("fetch-retry-too-long", input, {
            actual: `HTTP ${answer.status} with Retry-After ${Math.ceil(asked / 1000)} s`,
            expected: `at most ${this.options.maxRetryAfterMs / 1000} s`,
          }),
        };
      }
      const delay = asked ?? this.options.retryBaseMs * 2 ** attempt;
      this.options.log(`${url.href}: HTTP ${answer.status}; retry ${attempt + 1} in ${delay} ms`);
      await sleep(delay);
    }
  }

  async #requestOnce(
    input: string,
    url: URL,
    headers: Record<string, string>,
    cap: BodyCap,
  ): Promise<{ status: number; headers: Record<string, string>; body: Uint8Array } | { issue: Issue; isTransient: boolean }> {
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(new TotalTimeoutError(this.options.totalTimeoutMs)), this.options.totalTimeoutMs);
    const { maxBytes, isTruncating } = cap;
    try {
      const res = await request(url, { method: "GET", headers, dispatcher: this.#agent, signal: controller.signal });
      const flat = flattenHeaders(res.headers);
      const length = Number(flat["content-length"]);
      if (res.statusCode === 304 || REDIRECT_STATUSES.has(res.statusCode) || res.statusCode >= 400) {
        await res.body.dump({ limit: 64 * 1024 }).catch(() => {});
        return { status: res.statusCode, headers: flat, body: new Uint8Array(0) };
      }
      const codings = parseContentEncoding(flat["content-encoding"]);
      if (!isTruncating && codings.length === 0 && Number.isFinite(length) && length > maxBytes) {
        res.body.destroy();
        return { issue: issue("input-too-large", input, { actual: `Content-Length ${length} bytes`, expected: `at most ${maxBytes}` }), isTransient: false };
      }
      let body = await readBody(res.body, codings, maxBytes, isTruncating);
      if (codings.length === 0 && isGzipped(body) && /gzip/i.test(flat["content-type"] ?? "")) {
        body = await readBody(Readable.from([Buffer.from(body)]), ["gzip"], maxBytes);
      }
      return { status: res.statusCode, headers: flat, body };
    } catch (error) {
      return describeFailure(input, error, controller.signal.reason);
    } finally {
      clearTimeout(deadline);
    }
  }
}

interface BodyCap {
  maxBytes: number;
  /** Keep the first maxBytes instead of failing (robots.txt). */
  isTruncating: boolean;
}

class TotalTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no complete answer within ${ms} ms`);
    this.name = "TotalTimeoutError";
  }
}

function describeFailure(input: string, error: unknown, abortReason: unknown): { issue: Issue; isTransient: boolean } {
  const refusal = findRefusal(error);
  if (refusal) return { issue: issue("fetch-refused", input, { detail: refusal.message }), isTransient: false };
  if (abortReason instanceof TotalTimeoutError) return { issue: issue("fetch-timeout", input, { detail: abortReason.message, cause: error }), isTransient: false };
  if (error instanceof BodyTooLargeError) return { issue: issue("input-too-large", input, { detail: error.message }), isTransient: false };
  if (error instanceof UnsupportedEncodingError) return { issue: issue("fetch-failed", input, { detail: error.message }), isTransient: false };
  if (error instanceof undiciErrors.ConnectTimeoutError) return { issue: issue("fetch-timeout", input, { detail: "connection timed out", cause: error }), isTransient: true };
  if (error instanceof undiciErrors.HeadersTimeoutError) return { issue: issue("fetch-timeout", input, { detail: "no response headers in time", cause: error }), isTransient: true };
  if (error instanceof undiciErrors.BodyTimeoutError) return { issue: issue("fetch-timeout", input, { detail: "the body stalled", cause: error }), isTransient: true };
  const e = error as { code?: string; message?: string };
  const detail = [e.code, e.message].filter(Boolean).join(": ") || String(error);
  const isTransient = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "UND_ERR_SOCKET", "EAI_AGAIN"].includes(e.code ?? "");
  return { issue: issue("fetch-failed", input, { detail, cause: error }), isTransient };
}

function fail(i: Issue): Result<FetchedResponse> {
  return { value: null, issues: [i] };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

/** `marsad/0.1.0 (+https://contact)`: names the crawler and, when given, how to reach its operator. */
export function userAgentFor(contact: string | null): string {
  return contact ? `marsad/${MARSAD_VERSION} (+${contact})` : `marsad/${MARSAD_VERSION}`;
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; null when absent or bad. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
