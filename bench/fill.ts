/**
 * `npm run bench -- fill --articles N --db <store.sqlite> [--base-cache <file.json>] [--from P] [--pool-cycles C]`: fills a kept
 * SQLite store with the first N articles of the news stream (bench/lib/news-stream.ts: the samples
 * understood once, then seeded perturbed copies cycle after cycle, every copy's text its own) — the
 * same articles in the same order as `fillStore` (search-cost, serve-load), so those benchmarks then
 * measure the store as they would have filled it. Faster on a shared machine: a worker thread
 * generates and prepares the articles while this thread only writes them (500 a transaction). A
 * store holding the stream's first articles is continued from the start of the cycle it ends in
 * (news-stream.ts `resumePoint`), or from stream position P when earlier (`--from`: writes again
 * what a store filled before resumePoint existed may lack). Prints the write rate as it goes.
 *
 * `--pool-cycles C` (a synthetic scale test, not real news): the pool stream (news-stream.ts
 * `poolStream`) — the news stream's first C cycles (C × ~4,060 articles, perturbed and analyzed as
 * ever), then copies of them with the keys and dates the news stream gives those positions (months
 * and years on, the same sources, entities and index terms), none analyzed again: the preparing
 * thread then costs next to nothing and the store's own writing is the whole cost (~1–2.5 ms an
 * article of the writer's CPU, growing with the store). Its vocabulary stops growing after the pool
 * and its terms' document frequencies grow in proportion to the store: `bench stream-stats` measures
 * how far its term statistics are from the news stream's. A store filled this way continues only
 * with the same C (positions past the pool are the same in a pool stream of any size); search-cost
 * and serve-load then measure the store as it is (they fill with the news stream only when asked
 * for more articles than it holds).
 */
import { openStore } from "../src/store/store.js";
import { moduleWorker } from "../src/module-worker.js";
import type { PreparedBatch, PrepareStreamData } from "./lib/prepare-stream.js";
import { arg } from "./lib/args.js";

const BATCH = 500;
const IN_FLIGHT = 4;
const REPORT_EVERY = 10_000;

export async function run(args: string[]): Promise<void> {
  const size = Number(arg(args, "--articles", "100000"));
  const db = arg(args, "--db", "");
  if (!db) throw new Error("bench fill: --db <store.sqlite> is required (the store is kept)");
  const store = await openStore(db, { searchCacheEntries: 0 });
  try {
    const have = (await store.stats()).articles;
    const from = arg(args, "--from", "");
    const data: PrepareStreamData = { size, have, from: from ? Number(from) : null, batch: BATCH, inFlight: IN_FLIGHT, baseCache: arg(args, "--base-cache", ""), poolCycles: Number(arg(args, "--pool-cycles", "0")) };
    const worker = moduleWorker(new URL("./lib/prepare-stream.ts", import.meta.url).href, { workerData: data });
    const started = performance.now();
    const cpu = process.cpuUsage();
    let position = have;
    let written = 0;
    await new Promise<void>((resolve, reject) => {
      let chain = Promise.resolve();
      worker.on("error", reject);
      worker.on("message", (message: PreparedBatch | null) => {
        chain = chain.then(async () => {
          if (message === null) return resolve();
          await store.upsertArticles(message.batch, { storedAt: "2026-11-25T00:00:00Z" });
          worker.postMessage("ack");
          written += message.batch.length;
          const before = position;
          position = message.end;
          if (Math.floor(position / REPORT_EVERY) > Math.floor(before / REPORT_EVERY)) {
            const s = (performance.now() - started) / 1000;
            const c = process.cpuUsage(cpu);
            console.log(`${new Date().toISOString().slice(11, 19)} at ${position}/${size} of the stream: ${(written / s).toFixed(0)} articles/s wall, ${(((c.user + c.system) / 1e3) / written).toFixed(2)} CPU ms an article (both threads)`);
          }
        }).catch(reject);
      });
    });
    await worker.terminate();
    await store.refreshStatistics();
    const stats = await store.stats();
    console.log(`wrote ${written} articles (the store held ${have}, now ${stats.articles}; stream position ${position}) in ${((performance.now() - started) / 1000).toFixed(0)} s; ${(stats.bytes / stats.articles / 1024).toFixed(1)} KiB an article`);
  } finally {
    await store.close();
  }
}
