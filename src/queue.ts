/**
 * Work on the store's job queue: `enqueue` puts pages on it, `runWorker` takes them off and does
 * them (fetch → extract → understand → store). Used by `marsad enqueue` and `marsad worker`; any
 * number of workers on any number of machines share one PostgreSQL queue (or processes one SQLite
 * file). Rules:
 * - A local page (file, JSONL line) is enqueued with its text, so a worker on another machine can
 *   do it; a page URL (given, or named by a feed, sitemap or OPML list) is fetched by the worker.
 * - A job is stored in the transaction that completes it (Store.upsertArticles `job`), so a killed
 *   worker leaves each job either done with its page stored or not done with nothing stored; the
 *   pages the lanes have read meanwhile are written together (Store.upsertPages: one transaction, a
 *   savepoint and a job each), one group at a time; its
 *   claimed jobs are taken again when their lease expires, at once when the holder is a process of
 *   this host that no longer runs (as the connect lease, connect/lease.ts).
 * - A running worker renews the leases of its jobs every `heartbeatMs`; a job that takes longer
 *   than the lease stays its own.
 * - A failed attempt is retried later when the cause may pass (network, site, store) with an
 *   exponential backoff, until `maxAttempts`; a page that has no article is dead at once. Dead jobs
 *   stay listed with their reason (`Store.listJobs`); enqueuing them with `retryDead` retries them.
 * - `signal` stops taking jobs: the jobs being done are finished, the claimed ones not started are
 *   given back (their attempt uncounted).
 * - `drain` stops when no job is queued (waiting out the retry time of failed ones); otherwise the
 *   worker polls every `pollMs` for ever.
 * - Connect runs when the queue runs empty and every `connectEvery` stored articles; one lane runs it
 *   while the others go on storing. Draining, a worker whose queue ran empty while other workers
 *   still hold jobs waits for them (taking over a job whose lease expires) and the last one connects
 *   for all, in one step: the duplicate groups and stories of a drained queue then do not depend on
 *   how many workers shared it or in which order they stored.
 * - No clock reads outside the injected `clock`.
 */
import { hostname } from "node:os";
import { issue } from "./issues.js";
import { failpoint } from "./failpoint.js";
import { ingestPage, pageHash, TRANSIENT_READ_CODES, type IngestCounts, type IngestSummary, type PageOutcome } from "./ingest.js";
import { readLocalInputs, type PageOrIssues } from "./acquire/local-files.js";
import { isDeadLocalHolder } from "./connect/lease.js";
import { readPageHere, type PageReader } from "./pipeline-pool.js";
import type { EnqueueResult, IngestFailure, Job, JobInput, Store } from "./store/store.js";
import type { Page } from "./types.js";
import { sleepUnlessAborted } from "./sleep.js";
import { GROUP_WAIT_MS, groupWriter, type PageWriter } from "./group-writer.js";
import { DEFAULT_WORKER_OPTIONS } from "./limits.js";

/** Jobs written per enqueue transaction: large enough to amortize a commit, small enough to stream. */
const ENQUEUE_BATCH = 200;
/** Page text held for one enqueue transaction: a batch of large pages (up to 50 MB each) is cut early. */
const ENQUEUE_BATCH_CHARS = 16 * 1024 * 1024;

export interface EnqueueSummary extends EnqueueResult {
  /** Inputs that yielded no page (unreadable file, bad JSONL line): recorded as failures, not enqueued. */
  failures: Omit<IngestFailure, "attempts">[];
}

/** A page URL to fetch: the job of a web source's item. */
export function urlJob(url: string): JobInput {
  return { kind: "page", input: url, payload: null, pageHash: null };
}

/** A page read here: the job carries its text. */
export function pageJob(page: Page): JobInput {
  return { kind: "page", input: page.input, payload: JSON.stringify(page), pageHash: pageHash(page) };
}

/**
 * Enqueues a stream of reads (local inputs) and URLs, in batches; a read without a page is recorded
 * as a failure (with `failedAt`) instead.
 */
export async function enqueue(
  store: Store,
  items: AsyncIterable<PageOrIssues | string>,
  options: { now: () => number; failedAt: string; retryDead?: boolean; onProgress?: (s: EnqueueSummary) => void },
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { added: 0, requeued: 0, known: 0, failures: [] };
  let batch: JobInput[] = [];
  let batchChars = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const r = await store.enqueueJobs(batch, { now: options.now(), retryDead: options.retryDead });
    summary.added += r.added;
    summary.requeued += r.requeued;
    summary.known += r.known;
    batch = [];
    batchChars = 0;
    options.onProgress?.(summary);
  };
  for await (const item of items) {
    if (typeof item === "string") batch.push(urlJob(item));
    else if (item.page) {
      const job = pageJob(item.page);
      batch.push(job);
      batchChars += job.payload!.length;
    } else {
      const fatal = item.issues.find((i) => i.fatal) ?? item.issues[0];
      const failure = { input: item.input, stage: "read" as const, code: fatal?.code ?? null, reason: fatal ? `${item.input}: ${fatal.detail ?? fatal.code}` : `${item.input}: nothing to read`, failedAt: options.failedAt };
      summary.failures.push(failure);
      await store.recordFailure(failure);
    }
    if (batch.length >= ENQUEUE_BATCH || batchChars >= ENQUEUE_BATCH_CHARS) await flush();
  }
  await flush();
  return summary;
}

/** The local inputs' pages, for `enqueue`. */
export function localPages(inputs: string[], maxBytes: number): AsyncIterable<PageOrIssues> {
  return readLocalInputs(inputs, { maxBytes });
}

export interface WorkerOptions {
  /** Names this worker in the leases: `<host>:<pid>` (see connect/lease.ts). */
  holder: string;
  /** Jobs done at once, 1..64; also the size of a claim. */
  concurrency: number;
  /** Stop when the queue is empty instead of polling for ever. */
  drain: boolean;
  /** A job's lease: how long a dead worker's jobs wait before another takes them. Default 60 s. */
  leaseMs: number;
  /** Lease renewal period; default 10 s. */
  heartbeatMs: number;
  /** Wait between polls of an empty queue (not draining); default 2 s. */
  pollMs: number;
  /** Attempts before a job is given up (dead), 1..100; default 5. */
  maxAttempts: number;
  /** First retry delay; each further attempt doubles it, up to RETRY_MAX_MS. Default 5 s. */
  retryBaseMs: number;
  /** Reference date for pages without one (ISO); default none. */
  now: string | null;
  /** Milliseconds clock; default Date.now. */
  clock: () => number;
  /** Fetches a URL job's page (the worker's HTTP client). */
  fetchPage: (url: string) => Promise<PageOrIssues>;
  /** Where pages are extracted and understood; default this thread. */
  readPage?: PageReader;
  /** Stops taking jobs (SIGTERM). */
  signal?: AbortSignal;
  /**
   * Connects the stored articles (under the connect lease); false when another process is
   * connecting and `wait` is off, to be called again later. Called when the queue has run empty
   * (waiting for the lease when draining), and every `connectEvery` stored articles in between
   * (not waiting), so a long backlog is connected as it goes.
   */
  connect?: (options: { wait: boolean }) => Promise<boolean>;
  /** Stored articles between two connects while jobs remain; default 1,000. */
  connectEvery: number;
  /**
   * Pages a worker may have read and handed to the store's group writer while their lanes go on
   * with the next jobs, 0..256; default 16. The writer stores them together, half of them a
   * transaction (see the module rules), and the next claim is made as soon as a lane takes the last
   * claimed job (a worker then holds up to twice `concurrency` jobs not yet read). 0: each lane
   * waits for its page's write (the pages of the lanes waiting at once are still written together)
   * and claims are made when the lanes run out of jobs.
   */
  writeAhead: number;
  /** Called after every job. */
  onProgress?: (summary: WorkerSummary) => void;
  /** One line per job given up or retried. */
  log?: (line: string) => void;
  /** Milliseconds of a monotonic clock, for the time budget only; default performance.now. */
  monotonic?: () => number;
}

export { DEFAULT_WORKER_OPTIONS };

/**
 * Longest wait between two looks, while draining, at whether other workers still hold jobs: the
 * last of them connects as soon as they are done (a look is one small query; `pollMs`, 2 s by
 * default, added up to 2 s to every drained run).
 */
const DRAIN_CHECK_MS = 250;

/** Failures a worker keeps for its summary: a worker that runs for months must not grow without end. */
const MAX_KEPT_FAILURES = 1000;

/** Longest wait between two attempts of a job: a site down for an hour is tried again within ten minutes. */
const RETRY_MAX_MS = 600_000;

export interface WorkerSummary extends IngestCounts {
  /** Jobs taken (attempts, including retried ones). */
  jobs: number;
  /** Attempts that failed and were queued again. */
  retried: number;
  /** Jobs given up by this worker. */
  dead: number;
  /** Its failures, the last MAX_KEPT_FAILURES (1,000) of them. */
  failures: IngestSummary["failures"];
  /** Where its time went (see WorkerTime). */
  time: WorkerTime;
}

/**
 * A worker's time budget in milliseconds of wall time, for reports and benchmarks only (no decision
 * reads it). The lanes overlap, so the steps of several jobs add up to more than the run: `read`
 * (extract + understand, in this thread unless a pool reads) is this thread's CPU when there is no
 * pool; `store` is the rest of a job (the input check, the write transaction, a failure's record).
 */
export interface WorkerTime {
  /** The whole run. */
  run: number;
  /** Waiting for claims of jobs (a lane with no job in hand). */
  claim: number;
  /** Fetching or decoding jobs' pages. */
  fetch: number;
  read: number;
  store: number;
  /** Connect steps, waits for another process's connect lease included. */
  connect: number;
  /** Sleeping with an empty queue: polling, or waiting while other workers hold jobs (draining). */
  idle: number;
  /**
   * The event loop's idle time over the run (performance.eventLoopUtilization): this thread had
   * nothing to do but wait, for the database, a fetch, a lease, a sleep. `run - loopIdle` is the
   * time it ran code.
   */
  loopIdle: number;
}

export function defaultWorkerHolder(): string {
  return `${hostname()}:${process.pid}`;
}

/** Puts back the jobs of holders on this host whose process no longer runs; returns how many. */
export async function releaseDeadHolders(store: Store, log?: (line: string) => void): Promise<number> {
  let released = 0;
  for (const holder of await store.jobHolders()) {
    if (!isDeadLocalHolder(holder)) continue;
    const n = await store.releaseJobs(holder, { countAttempt: true });
    if (n > 0) log?.(`took back ${n} job(s) of ${holder}, which no longer runs`);
    released += n;
  }
  return released;
}

/** Whether another live worker holds running jobs (those of dead workers on this host are given back first). */
async function othersHoldJobs(store: Store, holder: string, log?: (line: string) => void): Promise<boolean> {
  await releaseDeadHolders(store, log);
  return (await store.jobHolders()).some((h) => h !== holder);
}

/**
 * Pages in one write transaction of a worker: half its write-ahead, so the lanes read the next half
 * while one is written (at most `writeAhead` pages wait); its lanes' pages when each lane waits.
 */
function writeGroup(options: Pick<WorkerOptions, "concurrency" | "writeAhead">): number {
  return options.writeAhead > 0 ? Math.max(1, Math.ceil(options.writeAhead / 2)) : options.concurrency;
}

function retryDelay(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), RETRY_MAX_MS);
}

/** Whether a failure may pass on its own (the network, the site, the store), so the job is worth another attempt. */
function isTransient(failure: Omit<IngestFailure, "attempts">): boolean {
  return failure.stage === "store" || TRANSIENT_READ_CODES.has(failure.code ?? "");
}

function readOfJob(job: Job, fetchPage: (url: string) => Promise<PageOrIssues>): Promise<PageOrIssues> | PageOrIssues {
  if (job.payload === null) return fetchPage(job.input);
  try {
    return { input: job.input, page: JSON.parse(job.payload) as Page, issues: [] };
  } catch (cause) {
    return { input: job.input, page: null, issues: [issue("input-unreadable", job.input, { detail: "its queued page is not valid JSON", cause })] };
  }
}


/** Claims jobs in batches of `concurrency` and does them `concurrency` at a time (see the module rules). */
export async function runWorker(store: Store, options: WorkerOptions): Promise<WorkerSummary> {
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1 || options.concurrency > 64) throw new Error(`worker: concurrency must be an integer in 1..64, got ${options.concurrency}`);
  if (!Number.isInteger(options.maxAttempts) || options.maxAttempts < 1 || options.maxAttempts > 100) throw new Error(`worker: maxAttempts must be an integer in 1..100, got ${options.maxAttempts}`);
  if (!Number.isInteger(options.writeAhead) || options.writeAhead < 0 || options.writeAhead > 256) throw new Error(`worker: writeAhead must be an integer in 0..256, got ${options.writeAhead}`);
  const time: WorkerTime = { run: 0, claim: 0, fetch: 0, read: 0, store: 0, connect: 0, idle: 0, loopIdle: 0 };
  const summary: WorkerSummary = { done: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, jobs: 0, retried: 0, dead: 0, failures: [], time };
  const { clock, signal } = options;
  const monotonic = options.monotonic ?? (() => performance.now());
  const started = monotonic();
  const loopAtStart = performance.eventLoopUtilization();
  /** Runs `step`, adding its wall time to `time[part]`. */
  const timed = async <T>(part: Exclude<keyof WorkerTime, "run">, step: () => Promise<T> | T): Promise<T> => {
    const t0 = monotonic();
    try {
      return await step();
    } finally {
      time[part] += monotonic() - t0;
    }
  };
  const reader = options.readPage ?? readPageHere;
  // the pages of the lanes stored together, one group at a time (group-writer.ts)
  const writer = store.capabilities.supportsGroupedPages
    ? groupWriter(store, () => new Date(clock()).toISOString(), { maxPages: writeGroup(options), waitMs: options.writeAhead > 0 ? GROUP_WAIT_MS : 0, serial: true })
    : null;
  const heartbeat = setInterval(() => void store.renewJobs(options.holder, { leaseMs: options.leaseMs, now: clock() }).catch(() => undefined), options.heartbeatMs);
  heartbeat.unref();
  const buffer: Job[] = [];
  let claiming: Promise<void> | null = null;
  let storedSinceConnect = 0;
  let isConnecting = false;

  /** Connects what was stored since the last connect; a concurrent call (another lane) does nothing. */
  const connect = async (wait: boolean): Promise<void> => {
    if (!options.connect || isConnecting || storedSinceConnect === 0) return;
    isConnecting = true;
    try {
      const stored = storedSinceConnect;
      if (await timed("connect", () => options.connect!({ wait }))) storedSinceConnect -= stored;
    } finally {
      isConnecting = false;
    }
  };

  const claimMore = (): Promise<void> =>
    (claiming ??= store.claimJobs(options.holder, { limit: options.concurrency, leaseMs: options.leaseMs, now: clock(), maxAttempts: options.maxAttempts })
      .then((jobs) => void buffer.push(...jobs))
      .finally(() => (claiming = null)));

  const nextJob = async (): Promise<Job | null> => {
    if (signal?.aborted) return null;
    if (buffer.length === 0) {
      await timed("claim", claimMore);
      if (buffer.length === 0) return null;
    }
    const job = buffer.shift()!;
    // claim ahead: the next claim's round trips overlap this job, so no lane waits for them
    if (buffer.length === 0 && options.writeAhead > 0) claimMore().catch(() => undefined);
    return job;
  };

  /** Pages read and handed to the writer, not yet written; their lanes went on (`writeAhead`). */
  let unwritten = 0;
  const written: (() => void)[] = [];

  /** Does one job; `handedOver` is called once its page is read and handed to the writer. */
  const doJob = async (job: Job, handedOver: () => void): Promise<void> => {
    summary.jobs++;
    failpoint("worker.job");
    const storedAt = new Date(clock()).toISOString();
    const read = await timed("fetch", () => readOfJob(job, options.fetchPage));
    let readMs = 0;
    const readThisPage: PageReader = async (page, o) => {
      const t0 = monotonic();
      try {
        return await reader(page, o);
      } finally {
        readMs = monotonic() - t0;
        time.read += readMs;
      }
    };
    const write: PageWriter | undefined = writer ? (page) => {
      unwritten++;
      handedOver();
      return writer.write(page).finally(() => {
        unwritten--;
        written.splice(0).forEach((wake) => wake());
      });
    } : undefined;
    const t0 = monotonic();
    const outcome: PageOutcome = await ingestPage(store, read, { storedAt, now: options.now, readPage: readThisPage, write, job: { key: job.key, now: clock() }, storedPage: job.storedPage }, summary, summary.failures);
    time.store += monotonic() - t0 - readMs;
    if (outcome.kind === "stored") storedSinceConnect++;
    else if (outcome.kind === "skipped") await store.completeJob(job.key, { now: clock() });
    else await settleFailure(job, outcome.failure);
    if (summary.failures.length > MAX_KEPT_FAILURES) summary.failures.splice(0, summary.failures.length - MAX_KEPT_FAILURES);
    summary.done++;
    options.onProgress?.(summary);
  };

  /** Jobs whose lane went on before their page was written. */
  const writing = new Set<Promise<void>>();

  const settleFailure = async (job: Job, failure: Omit<IngestFailure, "attempts">): Promise<void> => {
    const isRetried = isTransient(failure) && job.attempts < options.maxAttempts;
    const retryAt = isRetried ? clock() + retryDelay(job.attempts, options.retryBaseMs) : null;
    await store.failJob(job.key, options.holder, { reason: failure.reason, now: clock(), retryAt });
    if (isRetried) summary.retried++;
    else summary.dead++;
    options.log?.(`${isRetried ? `attempt ${job.attempts} failed, retried later` : `gave up after ${job.attempts} attempt(s)`}: ${failure.reason}`);
  };

  const lane = async (): Promise<void> => {
    for (let job = await nextJob(); job; job = await nextJob()) {
      let handedOver!: () => void;
      const handed = new Promise<void>((resolve) => (handedOver = resolve));
      const done = doJob(job, handedOver);
      if (options.writeAhead > 0) {
        writing.add(done);
        void done.finally(() => writing.delete(done)).catch(() => undefined);
        await Promise.race([done, handed]);
        while (unwritten >= options.writeAhead) {
          // every page a lane could add waits: write them now
          writer?.flush();
          await new Promise<void>((resolve) => written.push(resolve));
        }
      } else {
        await done;
      }
      if (storedSinceConnect >= options.connectEvery) await connect(false);
    }
  };

  /** The lanes until the queue runs empty (or the signal), then the pages still being written. */
  const runLanes = async (): Promise<void> => {
    try {
      await Promise.all(Array.from({ length: options.concurrency }, lane));
    } finally {
      writer?.flush();
      while (writing.size > 0) await Promise.all(writing);
    }
  };

  try {
    await releaseDeadHolders(store, options.log);
    for (;;) {
      await runLanes();
      if (signal?.aborted) break;
      if (options.drain && (await othersHoldJobs(store, options.holder, options.log))) {
        await timed("idle", () => sleepUnlessAborted(Math.min(options.pollMs, DRAIN_CHECK_MS), signal));
        continue;
      }
      await connect(options.drain);
      if (await releaseDeadHolders(store, options.log)) continue;
      const nextAt = await store.nextJobAt();
      if (options.drain && nextAt === null) break;
      const untilDue = nextAt === null ? Infinity : nextAt - clock();
      await timed("idle", () => sleepUnlessAborted(Math.max(0, options.drain ? untilDue : Math.min(untilDue, options.pollMs)), signal));
    }
  } finally {
    clearInterval(heartbeat);
    // a claim made ahead and still under way lands in the buffer first
    await (claiming as Promise<void> | null)?.catch(() => undefined);
    // claimed, never started: back to the queue for another worker
    if (buffer.length > 0) await store.releaseJobs(options.holder, { countAttempt: false });
    time.run = monotonic() - started;
    time.loopIdle = performance.eventLoopUtilization(loopAtStart).idle;
  }
  return summary;
}
