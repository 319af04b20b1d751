import { test } from "node:test";
import assert from "node:assert/strict";
import { Connector } from "../connect/connector.js";
import { floodStory, rewrittenFloodBody } from "../connect/connect-fixtures.js";
import { openStore } from "../store/store.js";
import { relatedArticles } from "./related.js";

test("related articles: the story's other members with copies folded, the article's own copies apart", async () => {
  const store = await openStore(":memory:");
  try {
    const members = floodStory();
    const copy = { ...members[0]!.article, url: "https://copies.example/flood", body: rewrittenFloodBody(), publishedAt: "2024-03-05T07:00:00Z" };
    const ids: string[] = [];
    for (const [i, m] of [...members.map((m) => m.article), copy].entries()) {
      const [r] = await store.upsertArticles([{ input: `fixtures/flood-${i}.txt`, index: 0, article: { ...m, url: m.url ?? `https://flood.example/${i}` } }], { storedAt: "2024-03-07T00:00:00Z" });
      ids.push(r!.id);
    }
    await new Connector().connectPending(store, "2024-03-07T00:00:00Z");
    const [wadi1, sahil1, wadi2, copyId] = ids as [string, string, string, string];

    const fromSahil = (await relatedArticles(store, sahil1))!;
    assert.ok(fromSahil.storyId);
    const entries = fromSahil.storyMembers.map((m) => [m.article.id, m.copies]);
    assert.equal(entries.length, 2, "the copy is folded into its original's entry");
    assert.ok(entries.some(([id, copies]) => (id === wadi1 || id === copyId) && copies === 1));
    assert.ok(entries.some(([id, copies]) => id === wadi2 && copies === 0));

    const fromCopy = (await relatedArticles(store, copyId))!;
    assert.deepEqual(fromCopy.duplicates.map((d) => d.id), [wadi1]);
    assert.equal(fromCopy.duplicateGroup?.earliestId, wadi1);
    assert.deepEqual(fromCopy.storyMembers.map((m) => m.article.id).sort(), [sahil1, wadi2].sort(), "its own copies are not story members");
    assert.equal(await relatedArticles(store, "0000000000000000"), null);
  } finally {
    await store.close();
  }
});
