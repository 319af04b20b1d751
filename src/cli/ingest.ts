/** `marsad ingest <file|dir|jsonl|->`: read pages, extract, understand and store them, resumably. */
import type { Command } from "commander";
import { InvalidArgumentError } from "./commander.js";
import { createReadStream } from "node:fs";
import { opendir, stat } from "node:fs/promises";
import { join } from "node:path";
import { DEFAULT_MAX_BYTES, MAX_WORKERS } from "../limits.js";
import { parseSize } from "./size.js";
import { createProgress } from "./progress.js";
import { DB_OPTION_HELP, storeLocation } from "./store-location.js";
import { writeLine } from "./output.js";
import { addFetchOptions, splitWebSources, type FetchFlags } from "./web-sources.js";
import { ingestWebInputs } from "./ingest-web.js";
import { connectStore, leftUnconnected } from "./connect.js";
import { openCliStore } from "./store-open.js";
import { messages } from "./messages.js";

interface IngestFlags extends FetchFlags {
  db?: string;
  concurrency: number;
  workers?: number;
  maxSize: number;
  now?: string;
  json?: boolean;
  connect: boolean;
  wait?: boolean;
}

/** How many failures the end-of-run list prints before summarizing the rest. */
const MAX_LISTED_FAILURES = 50;

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > MAX_WORKERS) throw new InvalidArgumentError(`"${value}" is not a number of workers in 0..${MAX_WORKERS}`);
  return n;
}

function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError(`"${value}" is not a concurrency in 1..64`);
  return n;
}

export function registerIngest(program: Command): void {
  addFetchOptions(program.command("ingest"))
    .description("read pages into the store (re-runs skip what is stored; edited pages become new versions)")
    .argument("<inputs...>", "files, directories (read recursively), JSONL dumps, - for standard input; feed or sitemap URLs, OPML files, URL lists")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--concurrency <n>", "pages in flight at once (1..64)", parseConcurrency, 4)
    .option("--workers <n>", "worker threads that extract and understand (0 = this thread; default: one per core)", parseWorkers)
    .option("--max-size <bytes>", "size cap per file, e.g. 50MB", parseSize, DEFAULT_MAX_BYTES)
    .option("--now <iso-date>", "reference date for pages without a date (default: none)")
    .option("--json", "print the summary as JSON on stdout")
    .option("--no-connect", "store only; leave duplicate groups and stories to a later `marsad connect`")
    .option("--wait", "when another process is connecting this store, wait for it and then connect (default: say so and exit 1)")
    .action(async (inputs: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(inputs, flags);
    });
}

async function runIngest(inputs: string[], flags: IngestFlags): Promise<number> {
  const location = storeLocation(flags.db);
  const [{ ingestLocalInputs }, { defaultWorkerCount }, { Connector, emptyReport }] = await Promise.all([import("../ingest.js"), import("../pipeline-pool.js"), import("../connect/connector.js")]);
  const store = await openCliStore(location);
  try {
    // Web sources (feed/sitemap URLs, OPML, URL lists) go through acquire: see ./ingest-web.ts.
    const { web, local: localInputs } = await splitWebSources(inputs);
    inputs = localInputs;
    const total = web.length > 0 ? null : await countInputs(inputs);
    const progress = createProgress("marsad ingest", total);
    const detail = (c: { created: number; updated: number; skipped: number; failed: number; unchanged: number }) => messages().ingestCounts(c);
    // connected along the ingest in batches; the step after it repairs and reports the whole
    const connector = new Connector();
    const connectReport = emptyReport();
    const localSummary = await ingestLocalInputs(store, inputs, {
      connectAlong: flags.connect ? { every: connector.options.batchSize, connect: () => connector.connectFullBatch(store, new Date().toISOString(), connectReport) } : undefined,
      concurrency: flags.concurrency,
      workers: flags.workers ?? defaultWorkerCount(),
      maxBytes: flags.maxSize,
      now: flags.now ?? null,
      storedAt: new Date().toISOString(),
      onProgress: (c) => progress.update(c.done, detail(c)),
    });
    const summary = await ingestWebInputs(store, web, flags, localSummary, (c) => progress.update(c.done, detail(c)));
    progress.finish(summary.done, `${detail(summary)} → ${store.location}`);
    const connected = flags.connect ? await connectStore(store, "marsad ingest", { wait: flags.wait, report: connectReport }, connector) : null;
    // after the writes, so the server's next searches are planned over what is stored (autovacuum may be off)
    await store.refreshStatistics();
    if (summary.failures.length > 0) {
      process.stderr.write(`marsad ingest: ${summary.failures.length} input(s) failed (recorded in the store; a re-run retries them):\n`);
      for (const f of summary.failures.slice(0, MAX_LISTED_FAILURES)) process.stderr.write(`  ${f.stage}: ${f.reason}\n`);
      if (summary.failures.length > MAX_LISTED_FAILURES) process.stderr.write(`  … and ${summary.failures.length - MAX_LISTED_FAILURES} more\n`);
    }
    if (flags.json) await writeLine(JSON.stringify({ ...summary, connect: connected, store: store.location }, null, 2));
    const isUnconnected = connected !== null && (await leftUnconnected(store, connected));
    return summary.failed > 0 || isUnconnected ? 1 : 0;
  } finally {
    await store.close();
  }
}

const JSONL = /\.(jsonl|ndjson)$/i;

/** How many pages `inputs` hold (files, JSONL lines), for the progress bar; null for standard input. */
export async function countInputs(inputs: string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === "-") return null;
    const info = await stat(input).catch(() => null);
    if (!info) total++;
    else if (info.isDirectory()) total += await countDirectory(input);
    else total += JSONL.test(input) && info.isFile() ? await countLines(input) : 1;
  }
  return total;
}

async function countDirectory(dir: string): Promise<number> {
  let n = 0;
  try {
    for await (const entry of await opendir(dir)) {
      if (/^\.|~$/.test(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) n += await countDirectory(path);
      else n += JSONL.test(entry.name) && entry.isFile() ? await countLines(path) : 1;
    }
  } catch {
    n++;
  }
  return n;
}

async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(path)) for (let i = (chunk as Buffer).indexOf(10); i !== -1; i = (chunk as Buffer).indexOf(10, i + 1)) n++;
  return n;
}
