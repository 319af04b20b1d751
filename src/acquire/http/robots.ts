/**
 * robots.txt, per RFC 9309, parsed by robots-parser. Rules:
 * - One robots.txt per origin (scheme + host + port), cached for `ttlMs` (RFC 9309: at most 24 h).
 * - Only the first `maxBytes` (500 KiB, the RFC's minimum a crawler must parse) are read.
 * - 2xx: obeyed. 4xx (404 and the like): no rules, everything allowed.
 *   5xx or unreachable: everything disallowed until the entry expires (RFC 9309 §2.3.1.4).
 * - Rules are matched for the product token `marsad`, falling back to `*`.
 * - `Crawl-delay` (seconds) is returned so the limiter can space requests; `Sitemap:` lines are
 *   returned for sitemap discovery.
 */
import { createRequire } from "node:module";
import type { Issue } from "../../issues.js";

// robots-parser is CommonJS with `module.exports = fn` while its typings declare a default export,
// which NodeNext resolves to the module object: load it with require to get the function itself.
const robotsParser = createRequire(import.meta.url)("robots-parser") as (url: string, text: string) => RobotsParser;

/** The part of robots-parser's `Robot` marsad uses. */
interface RobotsParser {
  isDisallowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}

export const ROBOTS_MAX_BYTES = 500 * 1024;
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
/** Unreachable robots.txt is retried sooner than a good one: a site outage should not block a day. */
const ROBOTS_FAILURE_TTL_MS = 10 * 60 * 1000;
export const ROBOTS_PRODUCT_TOKEN = "marsad";

export interface RobotsFetchResult {
  /** HTTP status, or null when the file could not be fetched at all. */
  status: number | null;
  /** The body (already capped), empty when none. */
  text: string;
  /** Why it could not be fetched, when status is null (e.g. the address was refused). */
  failure?: Issue;
}

export interface RobotsRules {
  /** `allowed`, or why not: `disallowed` by a rule, `unreachable` robots.txt (5xx / network). */
  verdict(url: string): "allowed" | "disallowed" | "unreachable";
  crawlDelayMs: number | null;
  sitemaps: string[];
  /** Why robots.txt could not be fetched, when it could not. */
  failure: Issue | null;
}

/** Parses a robots.txt fetched from `robotsUrl` with the given status. Pure. */
export function parseRobots(robotsUrl: string, fetched: RobotsFetchResult): RobotsRules {
  if (fetched.status === null || fetched.status >= 500) {
    return { verdict: () => "unreachable", crawlDelayMs: null, sitemaps: [], failure: fetched.failure ?? null };
  }
  if (fetched.status < 200 || fetched.status >= 300) {
    return { verdict: () => "allowed", crawlDelayMs: null, sitemaps: [], failure: null };
  }
  const robots = robotsParser(robotsUrl, fetched.text);
  const delay = robots.getCrawlDelay(ROBOTS_PRODUCT_TOKEN);
  return {
    verdict: (url) => (robots.isDisallowed(url, ROBOTS_PRODUCT_TOKEN) === true ? "disallowed" : "allowed"),
    crawlDelayMs: typeof delay === "number" && Number.isFinite(delay) && delay > 0 ? Math.round(delay * 1000) : null,
    sitemaps: robots.getSitemaps(),
    failure: null,
  };
}

export function robotsUrlFor(url: URL): string {
  return `${url.protocol}//${url.host}/robots.txt`;
}

/** Fetches each origin's robots.txt once per TTL and answers from the cache. */
export class RobotsCache {
  readonly #entries = new Map<string, { rules: Promise<RobotsRules>; expires: number }>();

  constructor(
    private readonly fetchRobots: (robotsUrl: string) => Promise<RobotsFetchResult>,
    private readonly ttlMs: number = ROBOTS_TTL_MS,
  ) {}

  rulesFor(url: URL): Promise<RobotsRules> {
    const robotsUrl = robotsUrlFor(url);
    const now = Date.now();
    const cached = this.#entries.get(robotsUrl);
    if (cached && cached.expires > now) return cached.rules;
    const entry = { rules: Promise.resolve(null as unknown as RobotsRules), expires: now + this.ttlMs };
    entry.rules = this.fetchRobots(robotsUrl).then((fetched) => {
      if (fetched.status === null || fetched.status >= 500) entry.expires = Date.now() + Math.min(this.ttlMs, ROBOTS_FAILURE_TTL_MS);
      return parseRobots(robotsUrl, fetched);
    });
    this.#entries.set(robotsUrl, entry);
    return entry.rules;
  }
}
