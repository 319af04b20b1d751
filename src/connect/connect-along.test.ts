import { test } from "node:test";
import assert from "node:assert/strict";
import { Connector, emptyReport } from "./connector.js";
import { FLOOD_BODY, TEMPLATED_ITEMS, UNRELATED_BODY, article, rewrittenFloodBody, templated } from "./connect-fixtures.js";
import { openStore, type Store } from "../store/store.js";
import { seededRandom } from "../seeded-random.js";
import type { Article } from "../types.js";

const NOW = "2026-01-20T00:00:00Z";
const SENTENCES = [...FLOOD_BODY.split("\n\n"), ...UNRELATED_BODY.split("\n\n"), ...TEMPLATED_ITEMS];
const OUTLETS = ["alwadi.example", "alwaha.example", "alnaba.example", "alsahil.example"];

/** 60 articles over 8 days, stored out of time order: mixes of a few sentences (stories form and compete), templated pages and copies. */
function corpus(): Article[] {
  const random = seededRandom(7);
  const items = Array.from({ length: 54 }, (_, i) => {
    const topic = Math.floor(random() * SENTENCES.length);
    const body = [SENTENCES[topic]!, SENTENCES[(topic + 1) % SENTENCES.length]!, SENTENCES[Math.floor(random() * SENTENCES.length)]!].join("\n\n");
    const domain = OUTLETS[i % OUTLETS.length]!;
    const day = 1 + Math.floor(random() * 8);
    return article({
      title: body.slice(0, 40),
      body: domain === "alwadi.example" ? templated(body) : body,
      url: `https://${domain}/${i}`,
      publishedAt: new Date(Date.UTC(2026, 0, day, Math.floor(random() * 24))).toISOString(),
      source: { name: domain, domain },
    });
  });
  const copies = [FLOOD_BODY, rewrittenFloodBody(), FLOOD_BODY, templated(FLOOD_BODY), rewrittenFloodBody(), FLOOD_BODY].map((body, i) =>
    article({ title: "سيول في الواحة", body, url: `https://${OUTLETS[i % OUTLETS.length]}/flood-${i}`, publishedAt: `2026-01-0${6 - (i % 3)}T0${i}:30:00Z`, source: { name: OUTLETS[i % OUTLETS.length]!, domain: OUTLETS[i % OUTLETS.length]! } }));
  return [...items.slice(0, 20), ...copies.slice(0, 3), ...items.slice(20), ...copies.slice(3)];
}

/** What connect left in the store: each article's links, and each story's record. */
async function connected(store: Store, ids: string[]): Promise<unknown> {
  const links = await Promise.all(ids.map(async (id) => [id, await store.getArticleLinks(id)] as const));
  const storyIds = [...new Set(links.map(([, l]) => l!.storyId!))].sort();
  const stories = await Promise.all(storyIds.map(async (id) => [id, await store.getStory(id), (await store.storyMembers(id)).sort()] as const));
  return { links, stories, pending: (await store.pendingConnections(1)).length };
}

async function store1(store: Store, a: Article, i: number): Promise<string> {
  const [r] = await store.upsertArticles([{ input: `along-${i}.txt`, index: 0, article: a }], { storedAt: NOW });
  return r!.id;
}

/** The corpus in publication order, as a feed delivers it (ties: the order given). */
function inPublicationOrder(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => Date.parse(a.publishedAt!) - Date.parse(b.publishedAt!));
}

// A step reads the queue in publication order (issue 13: the batches do not depend on how writers
// interleaved), and connecting along an ingest takes the earliest of what is stored so far: it gives
// what one step after gives when articles are stored in publication order. Stored out of time order,
// an earlier article stored after its batch was connected is connected later than in one step.
test("full batches connected while articles are still stored (in publication order) give the groups, stories and records of one step after", async () => {
  const articles = inPublicationOrder(corpus());
  const options = { batchSize: 8, holder: "along-test" };
  const after = await openStore(":memory:");
  const along = await openStore(":memory:");
  try {
    const ids: string[] = [];
    for (const [i, a] of articles.entries()) ids.push(await store1(after, a, i));
    const alone = await new Connector(options).connectPending(after, NOW);

    const connector = new Connector(options);
    const report = emptyReport();
    let batches = 0;
    for (const [i, a] of articles.entries()) {
      // the batch runs while the next article is stored, as under an ingest
      const batch = connector.connectFullBatch(along, NOW, report);
      await store1(along, a, i);
      if (await batch) batches++;
    }
    const total = await connector.connectPending(along, NOW, { report });

    assert.ok(batches >= 5, `batches connected along: ${batches}`);
    assert.ok(alone.nearDuplicates + alone.exactDuplicates > 0 && alone.repairMoves > 0, "the corpus has copies and needs the repair");
    assert.deepEqual(await connected(along, ids), await connected(after, ids));
    assert.deepEqual({ ...total }, { ...alone });
  } finally {
    await after.close();
    await along.close();
  }
});

test("no batch is connected while fewer than batchSize articles wait", async () => {
  const store = await openStore(":memory:");
  try {
    const connector = new Connector({ batchSize: 8, holder: "along-test" });
    for (const [i, a] of corpus().slice(0, 7).entries()) await store1(store, a, i);
    assert.equal(await connector.connectFullBatch(store, NOW, emptyReport()), false);
    assert.equal((await store.pendingConnections(100)).length, 7);
  } finally {
    await store.close();
  }
});
