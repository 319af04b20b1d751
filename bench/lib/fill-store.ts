/**
 * Fills a store up to `n` articles of the news stream (news-stream.ts, fixed seed), as an ingest would.
 * A kept store that holds the stream's first articles already (an earlier, smaller or stopped fill of
 * the same stream) is continued, not filled again: the stream is generated from its start (the same
 * seeded draws) and its whole cycles the store holds are skipped (news-stream.ts `resumePoint`).
 */
import type { Store } from "../../src/store/store.js";
import { loadBase, newsStream, resumePoint } from "./news-stream.js";

const BATCH = 500;

export async function fillStore(store: Store, n: number, bench: string): Promise<void> {
  const have = (await store.stats()).articles;
  // as an ingest ends: the planner's statistics brought up to date (a kept store filled before included)
  if (have >= n) {
    await store.refreshStatistics();
    return;
  }
  const base = await loadBase();
  const skip = resumePoint(base, have);
  const t = performance.now();
  let stored = 0;
  for (const batch of newsStream(base, n, BATCH)) {
    if (stored + batch.length <= skip) {
      stored += batch.length;
      continue;
    }
    await store.upsertArticles(batch, { storedAt: "2026-11-25T00:00:00Z" });
    stored += batch.length;
    if ((stored / BATCH) % 20 === 0) process.stderr.write(`\rbench ${bench}: stored ${stored}/${n} (${((stored - skip) / ((performance.now() - t) / 1000)).toFixed(0)}/s)`);
  }
  process.stderr.write("\n");
  await store.refreshStatistics();
  console.log(`${store.kind}: stored ${n - have} articles (from ${have} to ${n}) in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}
