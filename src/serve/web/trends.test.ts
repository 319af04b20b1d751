import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { openStore, type Store } from "../../store/store.js";
import { loadFixtures } from "../fixtures.js";
import { newArticle } from "../../extract/article.js";
import type { Entity } from "../../types.js";
import { entitiesOfWindows } from "./trends.js";

let store: Store;
before(async () => {
  store = await openStore(":memory:");
  await loadFixtures(store);
});
after(async () => store.close());

describe("entities of a window", () => {
  it("counts each entity once per article of the window, most first", async () => {
    const [week] = await entitiesOfWindows(store, "2026-03-03", [7], 10, 1000);
    // الواحة is named by one outlet (وكالة النهر) of the window's three: left out
    assert.deepEqual(week!.items, [{ type: "person", name: "سعيد الراشد", articles: 2 }]);
    assert.equal(week!.since, "2026-02-25");
    assert.equal(week!.windowArticles, 4);
    assert.equal(week!.articlesRead, 4);
    assert.equal(week!.isPartial, false);
  });
  it("leaves out articles outside the window", async () => {
    const [day] = await entitiesOfWindows(store, "2026-03-01", [1], 10, 1000);
    assert.deepEqual(day!.items, []);
    assert.equal(day!.windowArticles, 1);
  });
  it("counts the last day and the last week in one reading, as each alone would", async () => {
    const [day, week] = await entitiesOfWindows(store, "2026-03-02", [1, 7], 10, 1000);
    const [dayAlone] = await entitiesOfWindows(store, "2026-03-02", [1], 10, 1000);
    const [weekAlone] = await entitiesOfWindows(store, "2026-03-02", [7], 10, 1000);
    assert.deepEqual(day, dayAlone);
    assert.deepEqual(week, weekAlone);
    assert.deepEqual(day!.items, [{ type: "person", name: "سعيد الراشد", articles: 2 }]);
    assert.equal(week!.windowArticles, 3);
  });
  it("reads at most the cap, newest first, and says the result is partial", async () => {
    const [capped, cappedDay] = await entitiesOfWindows(store, "2026-03-03", [7, 1], 10, 2);
    assert.equal(capped!.articlesRead, 2);
    assert.equal(capped!.isPartial, true);
    assert.equal(cappedDay!.windowArticles, 1, "the last day (the hostile page) was read whole");
    assert.equal(cappedDay!.isPartial, false);
    const [stoppedInside] = await entitiesOfWindows(store, "2026-03-02", [1, 7], 10, 1);
    assert.equal(stoppedInside!.articlesRead, 1);
    assert.equal(stoppedInside!.windowArticles, 2, "counted when reading stopped inside the day");
    assert.equal(stoppedInside!.isPartial, true);
    // The two newest: the hostile page (no entity) and the agency copy (11:00, two entities): two
    // outlets read, each entity named by one of them.
    assert.deepEqual(capped!.items, []);
    assert.deepEqual(stoppedInside!.items, [{ type: "location", name: "الواحة", articles: 1 }, { type: "person", name: "سعيد الراشد", articles: 1 }], "one outlet read: its entities count");
  });
});

describe("most mentioned needs two outlets", () => {
  const AGENCY = { type: "organization", name: "وكالة الشرق للأنباء", mentions: ["وكالة الشرق للأنباء"], aliases: [] } as const satisfies Entity;
  const WADI = { type: "location", name: "وادي الريم", mentions: ["وادي الريم"], aliases: [] } as const satisfies Entity;
  const article = (domain: string, n: number, entities: Entity[]) => ({
    input: `${domain}/${n}.txt`,
    index: 0,
    article: newArticle({ language: "ar", title: `سيول في وادي الريم ${n}`, body: `جرفت السيول طريق وادي الريم. الخبر ${n}.`, publishedAt: `2026-11-2${n}T10:00`, source: { name: null, domain }, entities }),
  });
  let two: Store;
  before(async () => {
    two = await openStore(":memory:");
    // the agency's own credit line under each of its wires; the valley named by both outlets
    await two.upsertArticles([article("sharq.example", 1, [WADI, AGENCY]), article("sharq.example", 2, [AGENCY]), article("sharq.example", 3, [AGENCY]), article("nabd.example", 3, [WADI])], { storedAt: "2026-11-24T00:00:00Z" });
  });
  after(async () => two.close());

  it("leaves out a name one outlet gives however often, when the window has two", async () => {
    const [week] = await entitiesOfWindows(two, "2026-11-23", [7], 10, 1000);
    assert.deepEqual(week!.items, [{ type: "location", name: "وادي الريم", articles: 2 }]);
  });
  it("counts every name when the window's articles come from one outlet", async () => {
    const [day] = await entitiesOfWindows(two, "2026-11-22", [1], 10, 1000);
    assert.deepEqual(day!.items, [{ type: "organization", name: "وكالة الشرق للأنباء", articles: 1 }]);
  });
});

describe("an entity's shown name", () => {
  const city = (name: string): Entity => ({ type: "organization", name, mentions: [name], aliases: [] });
  let spelled: Store;
  before(async () => {
    spelled = await openStore(":memory:");
    const article = (domain: string, n: number, name: string) => ({
      input: `${domain}/${n}.txt`,
      index: 0,
      article: newArticle({ language: "ar", title: `فوز ${name} ${n}`, body: `فاز ${name} في المباراة ${n}.`, publishedAt: "2026-11-23T10:00", source: { name: null, domain }, entities: [city(name)] }),
    });
    // one outlet writes the final yeh as alef maqsura once; two others write it as most do
    await spelled.upsertArticles([article("bbc.example", 1, "مانشستر سيتى"), article("sky.example", 2, "مانشستر سيتي"), article("arabia.example", 3, "مانشستر سيتي")], { storedAt: "2026-11-24T00:00:00Z" });
  });
  after(async () => spelled.close());

  it("is the name most articles give it, on the home page and in the entity list", async () => {
    const [day] = await entitiesOfWindows(spelled, "2026-11-23", [1], 10, 1000);
    assert.deepEqual(day!.items, [{ type: "organization", name: "مانشستر سيتي", articles: 3 }]);
    const [listed] = await spelled.listEntities({ limit: 10 });
    assert.equal(listed!.name, "مانشستر سيتي");
    assert.equal(listed!.articleCount, 3);
  });
});
