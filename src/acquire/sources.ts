/**
 * Sources → pages. The acquisition side of `extract <url>`, `ingest <source>` and `watch`:
 * - `fetchPage` / `fetchPages`: URL → decoded Page (charset.ts), every failure an issue.
 * - `discoverFeedItems`: a feed, sitemap (index), OPML file, URL list or HTML page — by URL or local
 *   path — → the article URLs it names. Sitemap indexes and OPML lists are followed (bounded depth
 *   and count); an HTML page contributes its autodiscovered feeds, else its site's robots.txt
 *   `Sitemap:` lines, else itself. Items are deduplicated by GUID and canonical URL over the run.
 * - `pollFeed`: one conditional poll of one feed against its saved state: new items, the next poll
 *   time (cadence.ts) and a one-line log.
 * Nothing here throws through a batch: a broken source is an issue event and the rest goes on.
 */
import { issue, type Issue } from "../issues.js";
import type { Page } from "../types.js";
import type { PageOrIssues } from "./local-files.js";
import { detectKind } from "./local-files.js";
import { decodeResponse } from "./http/charset.js";
import { readRegularFile } from "./regular-file.js";
import type { HttpClient } from "./http/client.js";
import { nextPollDelay } from "./feeds/cadence.js";
import { ItemDeduper, itemKeys } from "./feeds/dedupe.js";
import { discoverFeeds, sniffSourceKind, type SourceKind } from "./feeds/discover.js";
import type { FeedItem } from "./feeds/feed-types.js";
import { emptyFeedState, withSeenKeys, type FeedState, type FeedStateStore } from "./feeds/feed-state.js";
import { parseOpml } from "./feeds/opml.js";
import { parseFeed } from "./feeds/parse-feed.js";
import { parseSitemap } from "./feeds/sitemap.js";

export const FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";
/** Sitemap indexes nest; real sites use one level, a few two. */
const MAX_DEPTH = 3;
/** Sitemaps (or OPML feeds) read for one source: an index of thousands of monthly archives is not news. */
const DEFAULT_MAX_DOCUMENTS = 50;
const LOCAL_MAX_BYTES = 20 * 1024 * 1024;

/** Fetches and decodes one URL into a Page named by `input` (default: the URL). */
export async function fetchPage(client: HttpClient, url: string, input: string = url): Promise<PageOrIssues> {
  const fetched = await client.fetch(url);
  if (!fetched.value) return { input, page: null, issues: fetched.issues.map((i) => ({ ...i, input })) };
  const contentType = fetched.value.headers["content-type"] ?? null;
  const decoded = decodeResponse(fetched.value.body, input, contentType);
  if (!decoded.value) return { input, page: null, issues: decoded.issues };
  const { text, charset } = decoded.value;
  if (text.trim() === "") return { input, page: null, issues: [issue("input-empty", input, { detail: "only white space" })] };
  const kind: Page["kind"] = /html|xml/i.test(contentType ?? "") ? "html" : /text\/plain/i.test(contentType ?? "") ? "text" : detectKind(text);
  return { input, page: { input, text, kind, url: fetched.value.url, charset }, issues: decoded.issues };
}

/** Fetches URLs with up to `concurrency` in flight (the client still applies per-host limits); yields as they finish. */
export async function* fetchPages(client: HttpClient, urls: Iterable<string>, concurrency = 4): AsyncGenerator<PageOrIssues> {
  const queue = [...urls];
  const running = new Map<number, Promise<{ id: number; read: PageOrIssues }>>();
  let next = 0;
  const start = () => {
    const id = next++;
    const url = queue[id]!;
    running.set(
      id,
      fetchPage(client, url).then((read) => ({ id, read })),
    );
  };
  while (next < queue.length && running.size < concurrency) start();
  while (running.size > 0) {
    const { id, read } = await Promise.race(running.values());
    running.delete(id);
    if (next < queue.length) start();
    yield read;
  }
}

/** A page to read, found in a source. */
export interface DiscoveredPage {
  url: string;
  /** The feed item it came from, when it came from a feed. */
  item: FeedItem | null;
  /** The feed, sitemap or list that named it. */
  from: string;
}

export type DiscoveryEvent =
  | { type: "page"; page: DiscoveredPage }
  | { type: "source"; input: string; kind: SourceKind; count: number }
  | { type: "issue"; issue: Issue };

export interface DiscoverOptions {
  /** Remembers items over the run (and across runs when seeded); default a fresh one. */
  deduper?: ItemDeduper;
  /** Most sitemaps / feeds read while following one source; default 50. */
  maxDocuments?: number;
}

interface Loaded {
  input: string;
  /** URL to resolve relative links against (the final URL for fetched sources). */
  base: string;
  text: string;
  contentType: string | null;
}

async function loadSource(client: HttpClient, source: string): Promise<Loaded | Issue[]> {
  if (/^https?:\/\//i.test(source)) {
    const fetched = await client.fetch(source, { accept: FEED_ACCEPT });
    if (!fetched.value) return fetched.issues;
    const contentType = fetched.value.headers["content-type"] ?? null;
    const decoded = decodeResponse(fetched.value.body, source, contentType);
    if (!decoded.value) return decoded.issues;
    return { input: source, base: fetched.value.url, text: decoded.value.text, contentType };
  }
  const bytes = await readLocal(source);
  if (!(bytes instanceof Uint8Array)) return [bytes];
  const decoded = decodeResponse(bytes, source, null);
  if (!decoded.value) return decoded.issues;
  return { input: source, base: source, text: decoded.value.text, contentType: null };
}

async function readLocal(path: string): Promise<Uint8Array | Issue> {
  const read = await readRegularFile(path, { maxBytes: LOCAL_MAX_BYTES });
  return "issue" in read ? read.issue : read.data;
}

/** Every article URL a source names, following indexes and lists; see the module rules. */
export async function* discoverFeedItems(client: HttpClient, source: string, options: DiscoverOptions = {}): AsyncGenerator<DiscoveryEvent> {
  const deduper = options.deduper ?? new ItemDeduper();
  const budget = { documents: options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS };
  yield* discover(client, source, 0, deduper, budget, new Set());
}

async function* discover(client: HttpClient, source: string, depth: number, deduper: ItemDeduper, budget: { documents: number }, visited: Set<string>): AsyncGenerator<DiscoveryEvent> {
  if (visited.has(source)) return;
  visited.add(source);
  if (budget.documents-- <= 0) {
    yield { type: "issue", issue: issue("source-unrecognized", source, { fatal: false, detail: "skipped: too many sitemaps or feeds behind one source" }) };
    return;
  }
  const loaded = await loadSource(client, source);
  if (Array.isArray(loaded)) {
    for (const i of loaded) yield { type: "issue", issue: i };
    return;
  }
  const kind = sniffSourceKind(loaded.text, loaded.contentType);
  const page = (url: string, item: FeedItem | null): DiscoveryEvent | null =>
    deduper.isNew({ key: item?.key ?? url, url }) ? { type: "page", page: { url, item, from: source } } : null;

  switch (kind) {
    case "feed": {
      const feed = parseFeed(loaded.text, loaded.base, source);
      for (const i of feed.issues) yield { type: "issue", issue: i };
      if (!feed.value) return;
      yield { type: "source", input: source, kind, count: feed.value.items.length };
      for (const item of feed.value.items) {
        if (!item.url) continue;
        const event = page(item.url, item);
        if (event) yield event;
      }
      return;
    }
    case "sitemap": {
      const map = parseSitemap(loaded.text, loaded.base, source);
      for (const i of map.issues) yield { type: "issue", issue: i };
      if (!map.value) return;
      yield { type: "source", input: source, kind, count: map.value.kind === "index" ? map.value.sitemaps.length : map.value.urls.length };
      if (map.value.kind === "index") {
        if (depth >= MAX_DEPTH) {
          yield { type: "issue", issue: issue("sitemap-invalid", source, { fatal: false, detail: `sitemap indexes nested deeper than ${MAX_DEPTH}` }) };
          return;
        }
        // Newest first: news sites list monthly sitemaps, and the budget should go to recent ones.
        const children = [...map.value.sitemaps].sort((a, b) => (b.lastModified ?? "").localeCompare(a.lastModified ?? ""));
        for (const child of children) yield* discover(client, child.url, depth + 1, deduper, budget, visited);
        return;
      }
      for (const u of map.value.urls) {
        const event = page(u.url, null);
        if (event) yield event;
      }
      return;
    }
    case "opml": {
      const feeds = parseOpml(loaded.text, loaded.base, source);
      for (const i of feeds.issues) yield { type: "issue", issue: i };
      if (!feeds.value) return;
      yield { type: "source", input: source, kind, count: feeds.value.length };
      for (const f of feeds.value) yield* discover(client, f.url, depth + 1, deduper, budget, visited);
      return;
    }
    case "url-list": {
      const urls = loaded.text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith("#"));
      yield { type: "source", input: source, kind, count: urls.length };
      for (const line of urls) {
        if (!/^https?:\/\/\S+$/i.test(line)) {
          yield { type: "issue", issue: issue("fetch-failed", `${source}: ${line}`, { fatal: false, detail: "not an http(s) URL" }) };
          continue;
        }
        const event = page(line, null);
        if (event) yield event;
      }
      return;
    }
    case "html": {
      if (!/^https?:/i.test(loaded.base)) break;
      const feeds = discoverFeeds(loaded.text, loaded.base);
      if (feeds.length > 0 && depth < MAX_DEPTH) {
        yield { type: "source", input: source, kind, count: feeds.length };
        for (const f of feeds) yield* discover(client, f, depth + 1, deduper, budget, visited);
        return;
      }
      const robots = depth === 0 && new URL(loaded.base).pathname === "/" ? await client.robotsFor(loaded.base) : null;
      if (robots && robots.sitemaps.length > 0) {
        yield { type: "source", input: source, kind, count: robots.sitemaps.length };
        for (const s of robots.sitemaps) yield* discover(client, s, depth + 1, deduper, budget, visited);
        return;
      }
      const event = page(loaded.base, null);
      if (event) yield event;
      return;
    }
    default:
      break;
  }
  yield { type: "issue", issue: issue("source-unrecognized", source, { detail: kind === "html" ? "a local HTML file names no feed (give its URL instead)" : "unrecognized content" }) };
}

/** Outcome of one poll of one feed. */
export interface FeedPoll {
  /** State to save once the new items are handled (seen keys are added by `markTaken`). */
  state: FeedState;
  newItems: FeedItem[];
  issues: Issue[];
  /** `<feed> 200 12 items 3 new, next in 20m (observed-rate)` */
  line: string;
}

/**
 * Polls a feed once, conditionally. `now` is the clock of the poll (ms). On failure the feed is
 * treated as quiet (backing off) and polled again later.
 */
export async function pollFeed(client: HttpClient, states: FeedStateStore, feedUrl: string, now: number): Promise<FeedPoll> {
  const previous = (await states.get(feedUrl)) ?? emptyFeedState(feedUrl);
  const fetched = await client.fetch(feedUrl, { conditional: true, accept: FEED_ACCEPT });
  // The client may just have saved new validators into the same state store: re-read it.
  const base = { ...((await states.get(feedUrl)) ?? previous), lastPolledAt: iso(now) };
  const schedule = (state: FeedState, quiet: boolean, headers: Record<string, string> = {}) => {
    const quietPolls = quiet ? state.quietPolls + 1 : 0;
    const delay = nextPollDelay({ ttlMinutes: state.ttlMinutes, cacheControl: headers["cache-control"] ?? null, expires: headers.expires ?? null, itemDates: state.recentItemDates, quietPolls }, now);
    return { state: { ...state, quietPolls, nextPollAt: iso(now + delay.delayMs) }, delay };
  };
  if (!fetched.value) {
    const { state, delay } = schedule({ ...base, lastOutcome: fetched.issues[0]?.code ?? "failed" }, true);
    return { state, newItems: [], issues: fetched.issues, line: `${feedUrl} failed: ${fetched.issues[0]?.code ?? "unknown"}, next in ${formatDelay(delay.delayMs)}` };
  }
  if (fetched.value.notModified) {
    const { state, delay } = schedule({ ...base, lastOutcome: "304" }, true, fetched.value.headers);
    return { state, newItems: [], issues: [], line: `${feedUrl} 304 not modified, next in ${formatDelay(delay.delayMs)} (${delay.reason})` };
  }
  const decoded = decodeResponse(fetched.value.body, feedUrl, fetched.value.headers["content-type"]);
  const feed = decoded.value ? parseFeed(decoded.value.text, fetched.value.url, feedUrl) : { value: null, issues: decoded.issues };
  if (!feed.value) {
    const { state, delay } = schedule({ ...base, lastOutcome: feed.issues[0]?.code ?? "feed-invalid" }, true, fetched.value.headers);
    return { state, newItems: [], issues: feed.issues, line: `${feedUrl} ${fetched.value.status} not a feed (${feed.issues[0]?.code}), next in ${formatDelay(delay.delayMs)}` };
  }
  const seen = new Set(base.seenKeys);
  const newItems = feed.value.items.filter((item) => item.url && !itemKeys(item).some((k) => seen.has(k)));
  const dates = [...new Set([...feed.value.items.map((i) => i.publishedAt).filter((d): d is string => d !== null), ...base.recentItemDates])]
    .sort()
    .reverse()
    .slice(0, 20);
  const updated = { ...base, ttlMinutes: feed.value.ttlMinutes, recentItemDates: dates, lastOutcome: `${fetched.value.status} ${newItems.length} new` };
  const { state, delay } = schedule(updated, newItems.length === 0, fetched.value.headers);
  return {
    state,
    newItems,
    issues: feed.issues,
    line: `${feedUrl} ${fetched.value.status} ${feed.value.items.length} items ${newItems.length} new, next in ${formatDelay(delay.delayMs)} (${delay.reason})`,
  };
}

/** The state with these items' keys remembered as taken. */
export function markTaken(state: FeedState, items: FeedItem[]): FeedState {
  return withSeenKeys(state, items.flatMap(itemKeys));
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function formatDelay(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  if (ms < 60_000) return `${Math.round(ms / 1000)}s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)}m`;
  return `${(ms / 3_600_000).toFixed(1)}h`;
}
