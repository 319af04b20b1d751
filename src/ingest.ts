/**
 * Ingest: local inputs → pages → articles → store. Used by `marsad ingest`, the server's sample
 * loader and workers. Rules:
 * - Each page is stored in one store transaction together with its input mark (input + hash of the
 *   decoded text), so a run killed at any point leaves whole pages only, and a re-run skips every
 *   page already marked with the same text (a changed file is read again and versioned).
 * - A page that cannot be read, extracted or stored becomes a recorded failure (input, stage,
 *   reason) and the batch goes on; storing it later clears the failure.
 * - `concurrency` pages are in flight at once (reading and storing overlap; on PostgreSQL, writes run
 *   on separate connections). Every page is its own transaction.
 * - With `workers`, extract and understand run in a pool of worker threads (pipeline-pool.ts) while
 *   this thread reads inputs and writes the store (one writer); progress and failures are the same.
 * - Pages are handed to the store in input order (`handoverInInputOrder`), whichever lane or thread
 *   read them first, so rows, connect batches and duplicate groups do not depend on timing (on
 *   PostgreSQL, concurrent transactions may still commit in another order).
 * - On a store that groups pages (SQLite), the pages ready at once are written in one transaction
 *   with a savepoint each (group-writer.ts): still whole pages only, one commit for the group; up to
 *   MAX_GROUP_PAGES more pages are in flight so that groups form.
 * - With workers, `connectAlong` connects full batches of stored articles while the workers go on,
 *   so the connect step after the ingest has less left to do (same results: connector.ts); the
 *   workers then also make the connector's text analyses (connect/text-analysis.ts).
 * - No clock inside: the caller passes `storedAt` (and `now` for pages without a date).
 */
import { createHash } from "node:crypto";
import { readLocalInputs, DEFAULT_MAX_BYTES, type PageOrIssues } from "./acquire/local-files.js";
import { formatIssue, type Issue } from "./issues.js";
import { MAX_WORKERS, PAGES_PER_WORKER, PipelinePool, readPageHere, type PageReader } from "./pipeline-pool.js";
import type { IngestFailure, JobDone, Store, StoredPage } from "./store/store.js";
import type { Page } from "./types.js";
import { failpoint } from "./failpoint.js";
import { groupWriter, MAX_GROUP_PAGES, type PageWriter } from "./group-writer.js";
import { DEFAULT_DEDUP_OPTIONS } from "./connect/near-dup.js";

export interface IngestOptions {
  /** Pages in flight at once, 1..64; default 4. */
  concurrency: number;
  /** Time of this run (ISO): stored as the version time and failure time. */
  storedAt: string;
  /** Reference date for pages without one (ISO); default none. */
  now: string | null;
  /** Size cap per file in bytes; default 50 MB. */
  maxBytes: number;
  /** Called after every page with the running counts. */
  onProgress?: (progress: IngestCounts) => void;
  /**
   * Worker threads that extract and understand (pipeline-pool.ts), 0..64; default 0 (this thread).
   * With workers, every worker's pages (PAGES_PER_WORKER) and one more each are in flight so none
   * waits for the store or for this thread.
   */
  workers?: number;
  /**
   * Connects while the workers go on (Connector.connectFullBatch): `connect` is started after every
   * `every` articles stored, never two at once, the last awaited before the ingest returns; its
   * errors are left to the connect step that follows the ingest. Only with workers: on this thread
   * alone it would cost as much as connecting after.
   */
  connectAlong?: { every: number; connect: () => Promise<unknown> };
}

export const DEFAULT_INGEST_OPTIONS: Omit<IngestOptions, "storedAt"> = { concurrency: 4, now: null, maxBytes: DEFAULT_MAX_BYTES };

export interface IngestCounts {
  /** Pages (or unreadable inputs) handled so far. */
  done: number;
  /** Articles newly stored / stored as a new version / already stored identically. */
  created: number;
  updated: number;
  unchanged: number;
  /** Pages skipped because the store already had them (resumed run). */
  skipped: number;
  failed: number;
}

export interface IngestSummary extends IngestCounts {
  /** Failures of this run, in the order they happened. */
  failures: Omit<IngestFailure, "attempts">[];
}

/** Hash of what a page says and where it is from: the resume key. */
export function pageHash(page: Page): string {
  return createHash("sha256").update(page.url ?? "").update("\u0000").update(page.text).digest("hex").slice(0, 32);
}

function describe(issues: Issue[]): { code: string | null; reason: string } {
  const fatal = issues.find((i) => i.fatal) ?? issues[0];
  return fatal ? { code: fatal.code, reason: formatIssue(fatal) } : { code: null, reason: "no article found" };
}

/** Read failures worth another try later: the network or the site, not the page. */
export const TRANSIENT_READ_CODES: ReadonlySet<string> = new Set(["fetch-timeout", "fetch-failed", "robots-unreachable", "fetch-retry-too-long"]);

/** What became of one page: stored (its articles written), skipped (stored before), or failed. */
export type PageOutcome = { kind: "stored" } | { kind: "skipped" } | { kind: "failed"; failure: Omit<IngestFailure, "attempts"> };

/** Ingests one page read from a local input; returns what happened. Never throws: any error becomes a recorded failure. */
export async function ingestPage(store: Store, read: PageOrIssues, options: IngestPageOptions, counts: IngestCounts, failures: IngestSummary["failures"]): Promise<PageOutcome> {
  const fail = async (stage: IngestFailure["stage"], code: string | null, reason: string): Promise<PageOutcome> => {
    const failure = { input: read.input, stage, code, reason, failedAt: options.storedAt };
    failures.push(failure);
    counts.failed++;
    try {
      await store.recordFailure(failure);
    } catch {
      // The store itself is failing: the failure stays in this run's summary.
    }
    return { kind: "failed", failure };
  };
  try {
    return await ingestRead(store, read, options, counts, fail);
  } catch (cause) {
    return fail("store", "store-failed", `${read.input}: could not be stored — ${(cause as Error).message}`);
  }
}

type Fail = (stage: IngestFailure["stage"], code: string | null, reason: string) => Promise<PageOutcome>;

/** What one page's ingest needs: the run's clock values and where pages are read (default this thread). */
export interface IngestPageOptions extends Pick<IngestOptions, "storedAt" | "now"> {
  readPage?: PageReader;
  /** The queue's job this page is (marsad worker): completed in the transaction that stores the page. */
  job?: JobDone;
  /** How the page's articles are stored (default: one `upsertArticles` call). */
  write?: PageWriter;
  /** What the store said of this page when its job was claimed (Job.storedPage): asked again only when the page's hash differs. */
  storedPage?: StoredPage;
}

async function ingestRead(store: Store, read: PageOrIssues, options: IngestPageOptions, counts: IngestCounts, fail: Fail): Promise<PageOutcome> {
  if (!read.page) {
    const d = describe(read.issues);
    return fail("read", d.code, d.reason);
  }
  const mark = { input: read.input, pageHash: pageHash(read.page) };
  const isStored = options.storedPage?.pageHash === mark.pageHash ? options.storedPage.stored : await store.hasInput(mark);
  if (isStored) {
    // stored, maybe by another process after this one recorded a failure for it
    await store.clearFailure(read.input);
    counts.skipped++;
    return { kind: "skipped" };
  }
  const result = await (options.readPage ?? readPageHere)(read.page, { now: options.now });
  if (!result.value || result.value.articles.length === 0) {
    const d = describe(result.issues);
    return fail(d.code === "understand-crashed" ? "understand" : "extract", d.code, d.reason);
  }
  const prepared = result.prepared;
  const articles = result.value.articles.map((article, index) => ({ input: read.input, index, article, prepared: prepared?.[index]?.input === read.input ? prepared[index] : undefined }));
  const stored = options.write
    ? await options.write({ articles, mark, job: options.job })
    : await store.upsertArticles(articles, { storedAt: options.storedAt, mark, job: options.job });
  for (const r of stored) {
    counts[r.status]++;
    failpoint("ingest.stored");
  }
  return { kind: "stored" };
}

/**
 * Longest a page of an ingest waits for its group to fill (group-writer.ts; its GROUP_WAIT_MS, 250,
 * stays the `marsad worker` default). Worker threads on a loaded machine hand over 10–70 pages a
 * second, so within 250 ms a group held 7 pages on average (141 commits for 995 pages): each commit
 * pays FTS5's segment flush and the pages the group shares, and a page written in a group of 7–8
 * cost ~20% more store CPU than in a full group of 16 (2.0 vs 1.7 ms). A page is never urgent during
 * an ingest, and the last pages are written at once (`drain`).
 */
export const INGEST_GROUP_WAIT_MS = 1000;

/**
 * Pages more in flight with two or more worker threads: pages read while an earlier, longer one is
 * still being read wait for their turn (`handoverInInputOrder`) and hold their lane meanwhile.
 */
const HANDOVER_SLACK = 32;

/** Ingests every local input (files, directories, JSONL, `-`) into `store`. */
export async function ingestLocalInputs(store: Store, inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const concurrency = options.concurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new Error(`ingest: concurrency must be an integer in 1..64, got ${concurrency}`);
  const workers = options.workers ?? 0;
  if (!Number.isInteger(workers) || workers < 0 || workers > MAX_WORKERS) throw new Error(`ingest: workers must be an integer in 0..${MAX_WORKERS}, got ${workers}`);
  const counts: IngestCounts = { done: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  const failures: IngestSummary["failures"] = [];
  const source = readLocalInputs(inputs, { maxBytes: options.maxBytes });
  // pages connected in this process: the workers also analyze the texts for the connector (a connector of another shingle size analyzes them again)
  const pool = workers > 0 ? new PipelinePool(workers, { connectShingleSize: options.connectAlong ? DEFAULT_DEDUP_OPTIONS.shingleSize : null }) : null;
  const writer = store.capabilities.supportsGroupedPages ? groupWriter(store, options.storedAt, { waitMs: INGEST_GROUP_WAIT_MS }) : null;
  const pageOptions: IngestPageOptions = { storedAt: options.storedAt, now: options.now, readPage: pool?.read ?? readPageHere, write: writer?.write };
  const along = pool && options.connectAlong ? connectAlong(options.connectAlong.every, options.connectAlong.connect) : null;
  const order = handoverInInputOrder();
  const write: PageWriter = writer?.write ?? ((page) => store.upsertArticles(page.articles, { storedAt: options.storedAt, mark: page.mark, job: page.job }));
  const lane = async () => {
    for (;;) {
      // taken before asking for the page: the generator hands pages out in the order they are asked for
      const ticket = order.take();
      const next = await source.next();
      if (next.done) {
        order.release(ticket);
        writer?.drain();
        return;
      }
      const inTurn: PageWriter = async (page) => {
        await order.turn(ticket);
        const written = write(page);
        order.release(ticket);
        return written;
      };
      await ingestPage(store, next.value, { ...pageOptions, write: inTurn }, counts, failures);
      order.release(ticket);
      counts.done++;
      along?.stored(counts.created + counts.updated);
      options.onProgress?.({ ...counts });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(concurrency, workers * (PAGES_PER_WORKER + 1) + (writer ? MAX_GROUP_PAGES : 0) + (workers > 1 ? HANDOVER_SLACK : 0)) }, lane));
  } finally {
    await along?.finished();
    await pool?.close();
  }
  return { ...counts, failures };
}

/**
 * Pages handed to the store in the order they were read from the inputs, whichever worker thread
 * finished first: ticket n is written after every earlier ticket was written or came to nothing
 * (skipped, failed, no more input). A page waits only for the handover of earlier pages, never for
 * their commit, so groups still form. Storage order, and with it the connect step's batches and
 * duplicate groups, then does not depend on how fast each thread was (with 2 worker threads two
 * ingests of one input stored rows in different orders and made 980 and 981 duplicate groups).
 */
export function handoverInInputOrder(): { take(): number; turn(ticket: number): Promise<void>; release(ticket: number): void } {
  let taken = 0;
  let current = 0;
  const released = new Set<number>();
  const waiting = new Map<number, () => void>();
  return {
    take: () => taken++,
    turn: (ticket) => (ticket <= current ? Promise.resolve() : new Promise((resolve) => waiting.set(ticket, resolve))),
    release: (ticket) => {
      if (ticket < current) return;
      released.add(ticket);
      while (released.delete(current)) current++;
      const wake = waiting.get(current);
      if (wake) {
        waiting.delete(current);
        wake();
      }
    },
  };
}

/** Starts `connect` after every `every` articles stored, never two at once. */
function connectAlong(every: number, connect: () => Promise<unknown>): { stored: (articles: number) => void; finished: () => Promise<void> } {
  let running: Promise<void> | null = null;
  let startedAt = 0;
  return {
    stored: (articles) => {
      if (running || articles - startedAt < every) return;
      startedAt = articles;
      running = connect()
        .catch(() => undefined)
        .then(() => {
          running = null;
        });
    },
    finished: async () => {
      await running;
    },
  };
}
