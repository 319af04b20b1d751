/**
 * Web ingestion: feeds, sitemaps, OPML lists and URL lists → pages → store; and the feed watcher.
 * Used by `marsad ingest <url|opml|urls.txt>` and `marsad watch`. Rules:
 * - Pages go through the same `ingestPage` as local inputs: one transaction per page with its
 *   input mark, so a re-run stores nothing new and a failure is recorded with its stage and the
 *   batch goes on. A page URL already stored is skipped before it is fetched (a re-read feed costs
 *   one request, not one per item).
 * - A page's input is its URL. Discovery streams: pages are fetched while later sitemaps are read.
 * - `watchFeeds` polls each feed when its own `nextPollAt` comes (cadence.ts), or every
 *   `intervalMs` when given; saves feed state after every poll (so a restart resumes), writes one
 *   log line per poll, and stops after `polls` rounds per feed or when `signal` aborts.
 * - An item is remembered as taken once stored or failed for good; a transient failure (timeout,
 *   network, 5xx, robots.txt unreachable) leaves it to be tried at the next poll.
 * - No clock reads outside the injected `clock` (default Date.now).
 */
import { formatIssue, issue } from "./issues.js";
import type { PageOrIssues } from "./acquire/local-files.js";
import { ingestPage, TRANSIENT_READ_CODES, type IngestCounts, type IngestSummary } from "./ingest.js";
import type { HttpClient } from "./acquire/http/client.js";
import { ItemDeduper } from "./acquire/feeds/dedupe.js";
import type { FeedItem } from "./acquire/feeds/feed-types.js";
import { emptyFeedState, type FeedStateStore } from "./acquire/feeds/feed-state.js";
import { discoverFeedItems, fetchPage, formatDelay, markTaken, pollFeed } from "./acquire/sources.js";
import type { Store } from "./store/store.js";
import { sleepUnlessAborted } from "./sleep.js";

export interface WebIngestOptions {
  /** Pages in flight at once, 1..64; default 4 (the client still limits per host). */
  concurrency: number;
  /** Time of this run (ISO). */
  storedAt: string;
  /** Reference date for pages without one (ISO); default none. */
  now: string | null;
  onProgress?: (counts: IngestCounts) => void;
  /** One line per source read (`<feed>: feed with 12 items`). */
  log?: (line: string) => void;
}

function emptyCounts(): IngestCounts {
  return { done: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
}

/** Ingests every page the sources name (see discoverFeedItems), deduplicated over the run. */
export async function ingestWebSources(store: Store, client: HttpClient, sources: string[], options: WebIngestOptions): Promise<IngestSummary> {
  const counts = emptyCounts();
  const failures: IngestSummary["failures"] = [];
  const deduper = new ItemDeduper();
  async function* events() {
    for (const source of sources) yield* discoverFeedItems(client, source, { deduper });
  }
  const stream = events();
  const worker = async () => {
    for (;;) {
      const next = await stream.next();
      if (next.done) return;
      const event = next.value;
      if (event.type === "source") {
        options.log?.(`${event.input}: ${event.kind} with ${event.count} ${event.kind === "opml" ? "feeds" : event.kind === "html" ? "links" : "entries"}`);
        continue;
      }
      if (event.type === "issue") {
        if (!event.issue.fatal) {
          options.log?.(`warning: ${formatIssue(event.issue)}`);
          continue;
        }
        await ingestPage(store, { input: event.issue.input, page: null, issues: [event.issue] }, options, counts, failures);
      } else if (await isKnown(store, event.page.url)) {
        counts.skipped++;
      } else {
        await ingestPage(store, await fetchSafely(client, event.page.url), options, counts, failures);
      }
      counts.done++;
      options.onProgress?.({ ...counts });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { ...counts, failures };
}

export interface WatchOptions {
  /** Time of the run's writes, per poll; default the clock's ISO time. */
  now: string | null;
  concurrency: number;
  /** Poll every feed this often instead of its own cadence (tests, operators); default none. */
  intervalMs: number | null;
  /** Stop after this many polls of every feed; default none (run until aborted). */
  polls: number | null;
  signal?: AbortSignal;
  log: (line: string) => void;
  clock?: () => number;
  /** Runs after every round that polled at least one feed (the CLI connects what was stored). */
  afterRound?: () => Promise<void>;
}

/** Polls the feeds until aborted or `polls` rounds are done; returns the run's totals. */
export async function watchFeeds(store: Store, client: HttpClient, states: FeedStateStore, feeds: string[], options: WatchOptions): Promise<IngestSummary> {
  const clock = options.clock ?? Date.now;
  const totals = emptyCounts();
  const failures: IngestSummary["failures"] = [];
  const pollsDone = new Map<string, number>(feeds.map((f) => [f, 0]));
  const isFinished = (f: string) => options.polls !== null && pollsDone.get(f)! >= options.polls;

  while (!options.signal?.aborted && !feeds.every(isFinished)) {
    const now = clock();
    const due: string[] = [];
    let wakeAt = Infinity;
    for (const feed of feeds) {
      if (isFinished(feed)) continue;
      const state = (await states.get(feed)) ?? emptyFeedState(feed);
      const at = nextPollTime(state.lastPolledAt, state.nextPollAt, options.intervalMs);
      if (at <= now) due.push(feed);
      else wakeAt = Math.min(wakeAt, at);
    }
    for (const feed of due) {
      if (options.signal?.aborted) break;
      try {
        await pollOnce(store, client, states, feed, options, clock, totals, failures);
      } catch (error) {
        // one feed's failure must not stop the others, nor be retried in a tight loop
        await deferAfterCrash(states, feed, clock(), error, options.log);
      }
      pollsDone.set(feed, pollsDone.get(feed)! + 1);
    }
    if (due.length > 0 && options.afterRound) await options.afterRound();
    if (due.length === 0 && wakeAt !== Infinity) await sleepUnlessAborted(Math.max(0, wakeAt - clock()), options.signal);
  }
  return { ...totals, failures };
}

/** How long a feed whose poll crashed waits before its next poll. */
const CRASH_RETRY_MS = 15 * 60_000;

async function deferAfterCrash(states: FeedStateStore, feed: string, now: number, error: unknown, log: (line: string) => void): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  log(`warning: ${feed}: the poll failed — ${message}; retried in ${formatDelay(CRASH_RETRY_MS)}`);
  try {
    const state = (await states.get(feed)) ?? emptyFeedState(feed);
    await states.put({ ...state, lastPolledAt: new Date(now).toISOString(), nextPollAt: new Date(now + CRASH_RETRY_MS).toISOString(), lastOutcome: "crashed" });
  } catch {
    // the state store itself fails: the feed is polled again next round
  }
}

/** Whether a page URL is stored already: a feed's known items are skipped before any request. */
async function isKnown(store: Store, url: string): Promise<boolean> {
  try {
    return await store.isInputStored(url);
  } catch {
    return false;
  }
}

/** fetchPage, with anything it throws turned into a fetch-failed issue naming the URL. */
export async function fetchSafely(client: HttpClient, url: string): Promise<PageOrIssues> {
  try {
    return await fetchPage(client, url);
  } catch (error) {
    return { input: url, page: null, issues: [issue("fetch-failed", url, { detail: error instanceof Error ? error.message : String(error), cause: error })] };
  }
}

function nextPollTime(lastPolledAt: string | null, nextPollAt: string | null, intervalMs: number | null): number {
  if (!lastPolledAt) return -Infinity;
  if (intervalMs !== null) return Date.parse(lastPolledAt) + intervalMs;
  return nextPollAt ? Date.parse(nextPollAt) : -Infinity;
}

async function pollOnce(
  store: Store,
  client: HttpClient,
  states: FeedStateStore,
  feed: string,
  options: WatchOptions,
  clock: () => number,
  totals: IngestCounts,
  failures: IngestSummary["failures"],
): Promise<void> {
  const now = clock();
  const poll = await pollFeed(client, states, feed, now);
  const storedAt = options.now ?? new Date(now).toISOString();
  const counts = emptyCounts();
  const taken: FeedItem[] = [];
  let next = 0;
  const worker = async () => {
    while (next < poll.newItems.length) {
      const item = poll.newItems[next++]!;
      if (await isKnown(store, item.url!)) {
        counts.skipped++;
        taken.push(item);
        continue;
      }
      const before = failures.length;
      const read = await fetchSafely(client, item.url!);
      await ingestPage(store, read, { storedAt, now: options.now }, counts, failures);
      const failure = failures.length > before ? failures[failures.length - 1] : null;
      if (!failure || !TRANSIENT_READ_CODES.has(failure.code ?? "")) taken.push(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, poll.newItems.length) }, worker));
  await states.put(markTaken(poll.state, taken));
  for (const key of ["created", "updated", "unchanged", "skipped", "failed"] as const) totals[key] += counts[key];
  totals.done += poll.newItems.length;
  const stored = poll.newItems.length > 0 ? ` — stored ${counts.created} new, ${counts.updated} updated, ${counts.skipped + counts.unchanged} known, ${counts.failed} failed` : "";
  const isFailure = poll.issues.some((i) => i.fatal) && poll.newItems.length === 0 && poll.state.lastOutcome !== "304";
  const warning = isFailure ? `warning: ${poll.issues[0] ? formatIssue(poll.issues[0]) : feed} — skipped, retried in ${formatDelay(Date.parse(poll.state.nextPollAt!) - now)}` : null;
  options.log(warning ?? `${poll.line}${stored}`);
}

