/**
 * `marsad worker`: takes jobs from the store's queue (`marsad enqueue`) and does them: fetch →
 * extract → understand → store, then connect under the connect lease when the queue runs empty (and
 * every 1,000 stored articles in between).
 * Start any number of them on one PostgreSQL database (or a few on one SQLite file); see
 * src/queue.ts for what a kill leaves behind. SIGTERM (or Ctrl-C) finishes the jobs under way,
 * gives the others back and exits.
 */
import type { Command } from "commander";
import { InvalidArgumentError } from "./commander.js";
import type { WorkerSummary } from "../queue.js";
import { DEFAULT_WORKER_OPTIONS, MAX_WORKERS } from "../limits.js";
import { connectStore } from "./connect.js";
import { messages } from "./messages.js";
import { writeLine } from "./output.js";
import { createProgress } from "./progress.js";
import { openCliStore } from "./store-open.js";
import { DB_OPTION_HELP, storeLocation } from "./store-location.js";
import { addFetchOptions, type FetchFlags } from "./web-sources.js";

interface WorkerFlags extends FetchFlags {
  db?: string;
  concurrency: number;
  workers: number;
  drain?: boolean;
  connect: boolean;
  maxAttempts: number;
  lease: number;
  poll: number;
  now?: string;
  json?: boolean;
}

function integerIn(min: number, max: number, what: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`"${value}" is not ${what} in ${min}..${max}`);
    return n;
  };
}

export function registerWorker(program: Command): void {
  addFetchOptions(program.command("worker"))
    .description("take jobs from the store's queue (`marsad enqueue`) and fetch, extract, understand, store and connect them; any number of workers share one queue")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--concurrency <n>", "jobs under way at once, also how many one claim takes (1..64)", integerIn(1, 64, "a concurrency"), DEFAULT_WORKER_OPTIONS.concurrency)
    .option("--workers <n>", "worker threads that extract and understand (0 = this thread)", integerIn(0, MAX_WORKERS, "a number of threads"), 0)
    .option("--drain", "exit when the queue is empty (default: keep polling for new jobs)")
    .option("--no-connect", "store only; leave duplicate groups and stories to a later `marsad connect`")
    .option("--max-attempts <n>", "attempts before a failing job is given up (dead)", integerIn(1, 100, "a number of attempts"), DEFAULT_WORKER_OPTIONS.maxAttempts)
    .option("--lease <seconds>", "how long a killed worker's jobs wait before another worker takes them (at once for a dead worker of the same host)", integerIn(5, 3600, "a number of seconds"), DEFAULT_WORKER_OPTIONS.leaseMs / 1000)
    .option("--poll <seconds>", "wait between looks at an empty queue", integerIn(1, 3600, "a number of seconds"), DEFAULT_WORKER_OPTIONS.pollMs / 1000)
    .option("--now <iso-date>", "reference date for pages without a date (default: none)")
    .option("--json", "print the summary as JSON on stdout when the worker stops")
    .action(async (flags: WorkerFlags) => {
      process.exitCode = await runWorkerCommand(flags);
    });
}

/** Stops taking jobs at the first SIGTERM or SIGINT; a second one ends the process at once. */
function stopOnSignals(log: (line: string) => void): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(128 + (name === "SIGINT" ? 2 : 15));
    log(messages().workerStopping);
    controller.abort();
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return { signal: controller.signal, dispose: () => (process.off("SIGTERM", onSignal), process.off("SIGINT", onSignal)) };
}

async function runWorkerCommand(flags: WorkerFlags): Promise<number> {
  const who = "marsad worker";
  const log = (line: string) => process.stderr.write(`${who}: ${line}\n`);
  const [{ defaultWorkerHolder, runWorker }, { fetchSafely }, { PipelinePool }, { DEFAULT_DEDUP_OPTIONS }, { httpClientFromFlags }] = await Promise.all([
    import("../queue.js"),
    import("../ingest-web.js"),
    import("../pipeline-pool.js"),
    import("../connect/near-dup.js"),
    import("./http-client-flags.js"),
  ]);
  const store = await openCliStore(storeLocation(flags.db));
  const client = httpClientFromFlags(flags, log);
  // a worker that connects: its threads also make the connector's text analyses (connect/text-analysis.ts), off the
  // thread that connects; articles it did not store (another worker's) are analyzed when connected, with the same result
  const pool = flags.workers > 0 ? new PipelinePool(flags.workers, { connectShingleSize: flags.connect ? DEFAULT_DEDUP_OPTIONS.shingleSize : null }) : null;
  const stop = stopOnSignals(log);
  try {
    const progress = createProgress(who, flags.drain ? (await store.jobCounts()).queued : null);
    const detail = (s: WorkerSummary) => messages().ingestCounts(s);
    const summary = await runWorker(store, {
      ...DEFAULT_WORKER_OPTIONS,
      holder: defaultWorkerHolder(),
      concurrency: flags.concurrency,
      drain: flags.drain ?? false,
      leaseMs: flags.lease * 1000,
      heartbeatMs: Math.max(1000, Math.floor((flags.lease * 1000) / 6)),
      pollMs: flags.poll * 1000,
      maxAttempts: flags.maxAttempts,
      now: flags.now ?? null,
      clock: Date.now,
      fetchPage: (url) => fetchSafely(client, url),
      readPage: pool?.read,
      signal: stop.signal,
      // A drained worker waits for another's connect, then connects what is left: nothing it stored stays unconnected.
      connect: flags.connect ? async ({ wait }) => !(await connectStore(store, who, { wait })).skipped : undefined,
      onProgress: (s) => progress.update(s.done, detail(s)),
      log,
    });
    progress.finish(summary.done, `${detail(summary)} → ${store.location}`);
    const counts = await store.jobCounts();
    log(messages().jobCounts(counts));
    if (flags.json) await writeLine(JSON.stringify({ ...summary, queue: counts, store: store.location }, null, 2));
    return summary.dead > 0 ? 1 : 0;
  } finally {
    stop.dispose();
    await pool?.close();
    await client.close();
    await store.close();
  }
}
