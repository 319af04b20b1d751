/**
 * Worker thread of bench/fill.ts: generates the news stream (news-stream.ts, the same seeded draws
 * as fill-store.ts), skips the whole cycles of it a store of `have` articles holds (`resumePoint`)
 * and posts the rest prepared (`prepareArticle`:
 * analyzed index terms, hashes, record JSON) in batches, so the writing thread only writes.
 * Back pressure: at most `inFlight` batches posted and not yet acknowledged.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { prepareArticle } from "../../src/store/document.js";
import type { ArticleInput } from "../../src/store/store.js";
import { loadBase, newsStream, poolResumePoint, poolStream, resumePoint, type BaseArticle } from "./news-stream.js";

export interface PrepareStreamData {
  size: number;
  /** Articles of the stream the store holds already. */
  have: number;
  /** A stream position to write from again when earlier than the resume point (a repair). */
  from: number | null;
  batch: number;
  inFlight: number;
  /** JSON file of the understood base articles (written when missing): understanding them takes a minute. */
  baseCache: string;
  /** 0: the news stream; C > 0: the pool stream of C cycles (news-stream.ts `poolStream`). */
  poolCycles: number;
}

/** A batch of prepared articles, and the stream position after it (articles). */
export interface PreparedBatch {
  end: number;
  batch: ArticleInput[];
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
  const articles = await base(data.baseCache);
  const post = async (message: PreparedBatch): Promise<void> => {
    while (posted - acked >= data.inFlight) await new Promise<void>((r) => (wake = r));
    port.postMessage(message);
    posted++;
  };
  if (data.poolCycles > 0) {
    const skip = Math.min(poolResumePoint(articles, data.poolCycles, data.have), data.from ?? Infinity);
    for (const message of poolStream(articles, data.poolCycles, data.size, skip, data.batch, (a) => prepareArticle(a))) await post(message);
    port.postMessage(null);
    return;
  }
  const skip = Math.min(resumePoint(articles, data.have), data.from ?? Infinity);
  for (const batch of newsStream(articles, data.size, data.batch)) {
    seen += batch.length;
    if (seen <= skip) continue;
    await post({ end: seen, batch: batch.map((a) => ({ ...a, prepared: prepareArticle(a) })) });
  }
  port.postMessage(null);
}

if (parentPort) await main(workerData as PrepareStreamData, parentPort);
