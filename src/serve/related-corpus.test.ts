/**
 * The `npm start` corpus (samples/corpus, samples/corpus-edits) as a reader sees it, stored and
 * connected in-process as `marsad serve --ingest` does:
 * - the power-outage articles (two outlets on the day, one the day after) are one story, and its
 *   record shows the conflict between their counts (200,000 subscribers against 300,000 homes, both
 *   homes without power: understand/service-cuts.ts; the same figures of both make the story);
 * - no article page lists an off-topic related article: every duplicate, story member and nearest
 *   story shown for an article carries the same hand-labelled topic as the article (TOPICS below;
 *   the samples are project-written, so the labels are ours, one per event).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { readLocalInputs } from "../acquire/local-files.js";
import { readPageHere } from "../pipeline-pool.js";
import { Connector } from "../connect/connector.js";
import { openStore, type Store } from "../store/store.js";
import { relatedArticles } from "./related.js";

const INPUTS = ["../../samples/corpus", "../../samples/corpus-edits"].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const NOW = "2026-11-24T12:00:00Z";

/** Topic of each sample, by a fragment of its file name or (JSONL lines) its URL; one event per topic. */
const TOPICS: Record<string, readonly string[]> = {
  "power outage": ["power-outage", "power-restored"],
  "Harf app": ["arabic-app", "startup-funding"],
  "water summit": ["water-summit", "summit-ministers"],
  "Wadi al-Reem floods": ["floods", "wadi-alreem"],
  "teachers strike": ["teachers"],
  "market fire": ["market-fire"],
  "cup final": ["cup-final"],
  "mosaic find": ["archaeology"],
  "metro line": ["metro", "nabd.example/a/88231"],
  "ship rescue": ["ship-rescue"],
  "book fair": ["book-fair"],
  "flu vaccination": ["vaccination"],
  "olive harvest": ["olive-harvest"],
  "exam results": ["exam-results"],
  "wheat prices": ["wheat-prices"],
  "highway accident": ["highway-accident"],
  "hospital opening": ["hospital-opening"],
  "weather forecast": ["weather-forecast"],
  "film festival": ["film-festival"],
};

function topicOf(key: string): string {
  const topics = Object.entries(TOPICS).filter(([, fragments]) => fragments.some((f) => key.includes(f)));
  assert.equal(topics.length, 1, `one topic for ${key}, got ${topics.map(([t]) => t).join(", ") || "none"}`);
  return topics[0]![0];
}

interface StoredSample {
  id: string;
  key: string;
}

/** Stores every sample page (the edits update their originals) and connects them. */
async function storeCorpus(store: Store): Promise<StoredSample[]> {
  const stored = new Map<string, StoredSample>();
  for await (const read of readLocalInputs(INPUTS, { maxBytes: 10_000_000 })) {
    if (!read.page) continue;
    const result = await readPageHere(read.page, { now: NOW });
    if (!result.value) continue;
    const rows = await store.upsertArticles(result.value.articles.map((article, index) => ({ input: read.input, index, article })), { storedAt: NOW });
    for (const [i, row] of rows.entries()) stored.set(row.id, { id: row.id, key: result.value.articles[i]!.url ?? basename(read.input) });
  }
  await new Connector().connectPending(store, NOW);
  return [...stored.values()];
}

async function withCorpus(run: (store: Store, samples: StoredSample[]) => Promise<void>): Promise<void> {
  const store = await openStore(":memory:");
  try {
    await run(store, await storeCorpus(store));
  } finally {
    await store.close();
  }
}

test("npm start corpus: no article page lists an off-topic related article", async () => {
  await withCorpus(async (store, samples) => {
    assert.ok(samples.length >= 44, `stored ${samples.length} articles`);
    const topicById = new Map(samples.map((s) => [s.id, topicOf(s.key)]));
    const offTopic: string[] = [];
    for (const s of samples) {
      const related = (await relatedArticles(store, s.id))!;
      const shown = [...related.duplicates, ...related.storyMembers.map((m) => m.article), ...related.nearestStories.map((n) => n.via)];
      for (const r of shown) if (topicById.get(r.id) !== topicById.get(s.id)) offTopic.push(`${s.key} (${topicById.get(s.id)}) → «${r.title}» (${topicById.get(r.id)})`);
    }
    assert.deepEqual(offTopic, []);
  });
});

test("npm start corpus: the power-outage articles are one story with their conflicting counts shown", async () => {
  await withCorpus(async (store, samples) => {
    const outage = samples.filter((s) => topicOf(s.key) === "power outage");
    assert.equal(outage.length, 3);
    const storyIds = new Set(await Promise.all(outage.map(async (s) => (await store.getArticleLinks(s.id))?.storyId)));
    assert.equal(storyIds.size, 1, `one story, got ${[...storyIds].join(", ")}`);
    const record = (await store.getStory([...storyIds][0]!))!;
    const values = record.conflicts.flatMap((c) => c.figures.map((f) => f.value));
    assert.ok(values.includes(200_000) && values.includes(300_000), `a conflict between 200,000 and 300,000, got ${JSON.stringify(record.conflicts)}`);
  });
});
