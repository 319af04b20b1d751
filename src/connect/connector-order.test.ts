import { test } from "node:test";
import assert from "node:assert/strict";
import { Connector, decodeState } from "./connector.js";
import { FLOOD_BODY, TEMPLATED_ITEMS, article, rewrittenFloodBody, templated } from "./connect-fixtures.js";
import { openStore } from "../store/store.js";
import type { Article } from "../types.js";

const NOW = "2024-03-09T00:00:00Z";

/** One outlet's templated pages (its header and footer teach the boilerplate), and a story retold with copies. */
function corpus(): Article[] {
  const templatedPages = TEMPLATED_ITEMS.map((item, i) =>
    article({ title: item.slice(0, 40), body: templated(item), url: `https://alwadi.example/${i}`, publishedAt: `2024-03-05T0${i}:00:00Z`, source: { name: "الوادي", domain: "alwadi.example" } }));
  const flood = [
    article({ title: "سيول في الواحة", body: FLOOD_BODY, url: "https://alwaha.example/flood", publishedAt: "2024-03-05T06:30:00Z", source: { name: "الواحة", domain: "alwaha.example" } }),
    article({ title: "سيول في الواحة", body: rewrittenFloodBody(), url: "https://alnaba.example/flood", publishedAt: "2024-03-05T07:10:00Z", source: { name: "النبأ", domain: "alnaba.example" } }),
    article({ title: "سيول في الواحة", body: templated(FLOOD_BODY), url: "https://alwadi.example/flood", publishedAt: "2024-03-05T08:00:00Z", source: { name: "الوادي", domain: "alwadi.example" } }),
  ];
  return [...templatedPages, ...flood];
}

/** Each article's duplicate group and story, named by URLs (ids are the store's). */
async function connectedInOneStep(articles: Article[]): Promise<Map<string, { group: string; story: string }>> {
  const store = await openStore(":memory:");
  try {
    const urlOf = new Map<string, string>();
    for (const [i, a] of articles.entries()) {
      const [r] = await store.upsertArticles([{ input: `fixtures/order-${i}.txt`, index: 0, article: a }], { storedAt: NOW });
      urlOf.set(r!.id, a.url!);
    }
    await new Connector().connectPending(store, NOW);
    const out = new Map<string, { group: string; story: string }>();
    for (const [id, url] of urlOf) {
      const links = (await store.getArticleLinks(id))!;
      out.set(url, { group: urlOf.get(links.dupGroup!) ?? String(links.dupGroup), story: String(links.storyId) });
    }
    return out;
  } finally {
    await store.close();
  }
}

test("articles connected in one step get the same duplicate groups whatever order they were stored in", async () => {
  const inOrder = await connectedInOneStep(corpus());
  assert.ok([...inOrder.values()].some((v, _i, all) => all.filter((w) => w.group === v.group).length > 1), "some articles are grouped");
  for (const order of [corpus().reverse(), [...corpus().slice(3), ...corpus().slice(0, 3)]]) {
    const other = await connectedInOneStep(order);
    for (const [url, links] of inOrder) assert.equal(other.get(url)?.group, links.group, `${url}: same duplicate group`);
  }
});

test("the connector carries the days a lead states to the story index only when they weigh (dayKeyWeight above 0)", async () => {
  const flood = article({ title: "سيول في الواحة", body: FLOOD_BODY, url: "https://alwaha.example/flood", publishedAt: "2024-03-05T06:30:00Z", source: { name: "الواحة", domain: "alwaha.example" } });
  // «فجر الثلاثاء» in the lead: the day of publication
  flood.dates = [{ text: "الثلاثاء", value: "2024-03-05", start: FLOOD_BODY.indexOf("الثلاثاء"), kind: "weekday", precision: "day" }];
  const keptKeys = async (dayKeyWeight: number): Promise<string[]> => {
    const store = await openStore(":memory:");
    try {
      await store.upsertArticles([{ input: "fixtures/day-0.txt", index: 0, article: flood }], { storedAt: NOW });
      await new Connector({ stories: { dayKeyWeight } }).connectPending(store, NOW);
      const { state } = decodeState((await store.loadConnectState())!.data);
      return (state.stories.kept ?? []).flatMap((a) => a.entities);
    } finally {
      await store.close();
    }
  };
  assert.ok(!(await keptKeys(0)).some((k) => k.includes("day:")), "the default carries no day key");
  assert.ok((await keptKeys(1)).some((k) => k.endsWith("day:2024-03-05")), "with the keys weighed, the lead's day is carried");
});
