/**
 * `marsad enqueue <sources…>`: puts pages on the store's job queue for `marsad worker` processes.
 * Local files, directories and JSONL dumps are read here and enqueued with their text (any worker,
 * on any machine, can do them); feed, sitemap and OPML sources are read here and their page URLs
 * enqueued (the workers fetch them). Enqueuing the same page again adds nothing (an edited page is
 * queued again; a dead job only with --retry-dead).
 */
import type { Command } from "commander";
import type { PageOrIssues } from "../acquire/local-files.js";
import type { HttpClient } from "../acquire/http/client.js";
import { formatIssue } from "../issues.js";
import { DEFAULT_MAX_BYTES } from "../limits.js";
import { parseSize } from "./size.js";
import { messages } from "./messages.js";
import { writeLine } from "./output.js";
import { openCliStore } from "./store-open.js";
import { DB_OPTION_HELP, storeLocation } from "./store-location.js";
import { addFetchOptions, splitWebSources, type FetchFlags } from "./web-sources.js";

interface EnqueueFlags extends FetchFlags {
  db?: string;
  maxSize: number;
  json?: boolean;
  retryDead?: boolean;
}

export function registerEnqueue(program: Command): void {
  addFetchOptions(program.command("enqueue"))
    .description("put pages on the store's job queue for `marsad worker` (files, directories, JSONL dumps; feed, sitemap or OPML sources: their page URLs)")
    .argument("<inputs...>", "files, directories (read recursively), JSONL dumps, - for standard input; feed or sitemap URLs, OPML files, URL lists")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--max-size <bytes>", "size cap per file, e.g. 50MB", parseSize, DEFAULT_MAX_BYTES)
    .option("--retry-dead", "queue again the given pages' jobs that were given up (dead); default: leave them, so a feed enqueued every hour does not retry its dead items every hour")
    .option("--json", "print the summary as JSON on stdout")
    .action(async (inputs: string[], flags: EnqueueFlags) => {
      process.exitCode = await runEnqueue(inputs, flags);
    });
}

/** The page URLs the web sources name, and a read without a page for each source that fails. */
async function* webPages(client: HttpClient, sources: string[], log: (line: string) => void): AsyncGenerator<PageOrIssues | string> {
  const [{ discoverFeedItems }, { ItemDeduper }] = await Promise.all([import("../acquire/sources.js"), import("../acquire/feeds/dedupe.js")]);
  const deduper = new ItemDeduper();
  for (const source of sources) {
    for await (const event of discoverFeedItems(client, source, { deduper })) {
      if (event.type === "page") yield event.page.url;
      else if (event.type === "source") log(`${event.input}: ${event.kind} with ${event.count} ${event.kind === "opml" ? "feeds" : event.kind === "html" ? "links" : "entries"}`);
      else if (event.issue.fatal) yield { input: event.issue.input, page: null, issues: [event.issue] };
      else log(`warning: ${formatIssue(event.issue)}`);
    }
  }
}

async function* allInputs(local: string[], web: string[], flags: EnqueueFlags, log: (line: string) => void): AsyncGenerator<PageOrIssues | string> {
  const { localPages } = await import("../queue.js");
  yield* localPages(local, flags.maxSize);
  if (web.length === 0) return;
  const { httpClientFromFlags } = await import("./http-client-flags.js");
  const client = httpClientFromFlags(flags, log);
  try {
    yield* webPages(client, web, log);
  } finally {
    await client.close();
  }
}

async function runEnqueue(inputs: string[], flags: EnqueueFlags): Promise<number> {
  const { enqueue } = await import("../queue.js");
  const store = await openCliStore(storeLocation(flags.db));
  try {
    const log = (line: string) => process.stderr.write(`marsad enqueue: ${line}\n`);
    const { web, local } = await splitWebSources(inputs);
    const summary = await enqueue(store, allInputs(local, web, flags, log), { now: Date.now, failedAt: new Date().toISOString(), retryDead: flags.retryDead });
    log(`${messages().enqueueCounts({ ...summary, failed: summary.failures.length })} → ${store.location}`);
    for (const f of summary.failures) log(`  ${f.stage}: ${f.reason}`);
    if (flags.json) await writeLine(JSON.stringify({ ...summary, store: store.location }, null, 2));
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
