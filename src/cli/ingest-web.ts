/** `marsad ingest`'s web half: feed/sitemap URLs, OPML files and URL lists, after the local inputs. */
import type { IngestCounts, IngestSummary } from "../ingest.js";
import type { Store } from "../store/store.js";
import type { FetchFlags } from "./web-sources.js";

export interface WebIngestFlags extends FetchFlags {
  concurrency: number;
  now?: string;
}

/** Ingests the web sources and returns the local summary with the web counts added. */
export async function ingestWebInputs(store: Store, sources: string[], flags: WebIngestFlags, local: IngestSummary, onProgress: (c: IngestCounts) => void): Promise<IngestSummary> {
  if (sources.length === 0) return local;
  const [{ ingestWebSources }, { httpClientFromFlags }] = await Promise.all([import("../ingest-web.js"), import("./http-client-flags.js")]);
  const log = (line: string) => process.stderr.write(`marsad ingest: ${line}\n`);
  const client = httpClientFromFlags(flags, log);
  try {
    const add = (c: IngestCounts): IngestCounts => ({
      done: local.done + c.done,
      created: local.created + c.created,
      updated: local.updated + c.updated,
      unchanged: local.unchanged + c.unchanged,
      skipped: local.skipped + c.skipped,
      failed: local.failed + c.failed,
    });
    const web = await ingestWebSources(store, client, sources, {
      concurrency: flags.concurrency,
      storedAt: new Date().toISOString(),
      now: flags.now ?? null,
      onProgress: (c) => onProgress(add(c)),
      log,
    });
    return { ...add(web), failures: [...local.failures, ...web.failures] };
  } finally {
    await client.close();
  }
}
