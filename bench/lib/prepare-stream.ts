/**
 * Worker thread of bench/fill.ts: generates the news stream (news-stream.ts, the same seeded draws
 * as fill-store.ts), skips its first `skip` articles and posts the rest prepared (`prepareArticle`:
 * analyzed index terms, hashes, record JSON) in batches, so the writing thread only writes.
 * Back pressure: at most `inFlight` batches posted and not yet acknowledged.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { prepareArticle } from "../../src/store/document.js";
import { loadBase, newsStream, type BaseArticle } from "./news-stream.js";

export interface PrepareStreamData {
  size: number;
  skip: number;
  batch: number;
  inFlight: number;
  /** JSON file of the understood base articles (written when missing): understanding them takes a minute. */
  baseCache: string;
}

async function base(cache: string): Promise<BaseArticle[]> {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8")) as BaseArticle[];
  const b = await loadBase();
  if (cache) writeFileSync(cache, JSON.stringify(b));
  return b;
}

async function main(data: PrepareStreamData, port: NonNullable<typeof parentPort>): Promise<void> {
  let acked = 0;
  let wake: (() => void) | null = null;
  port.on("message", () => {
    acked++;
    wake?.();
  });
  let posted = 0;
  let seen = 0;
  for (const batch of newsStream(await base(data.baseCache), data.size, data.batch)) {
    seen += batch.length;
    if (seen <= data.skip) continue;
    const prepared = batch.map((a) => ({ ...a, prepared: prepareArticle(a) }));
    while (posted - acked >= data.inFlight) await new Promise<void>((r) => (wake = r));
    port.postMessage(prepared);
    posted++;
  }
  port.postMessage(null);
}

if (parentPort) await main(workerData as PrepareStreamData, parentPort);
