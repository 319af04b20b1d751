import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { openStore, type Store } from "../../store/store.js";
import { loadFixtures } from "../fixtures.js";
import { entitiesOfWindow } from "./trends.js";

let store: Store;
before(async () => {
  store = await openStore(":memory:");
  await loadFixtures(store);
});
after(async () => store.close());

describe("entities of a window", () => {
  it("counts each entity once per article of the window, most first", async () => {
    const week = await entitiesOfWindow(store, "2026-02-25", "2026-03-03", 10, 1000);
    assert.deepEqual(week.items, [
      { type: "person", name: "سعيد الراشد", articles: 2 },
      { type: "location", name: "الواحة", articles: 1 },
    ]);
    assert.equal(week.windowArticles, 4);
    assert.equal(week.articlesRead, 4);
    assert.equal(week.isPartial, false);
  });
  it("leaves out articles outside the window", async () => {
    const day = await entitiesOfWindow(store, "2026-03-01", "2026-03-01", 10, 1000);
    assert.deepEqual(day.items, []);
    assert.equal(day.windowArticles, 1);
  });
  it("reads at most the cap, newest first, and says the result is partial", async () => {
    const capped = await entitiesOfWindow(store, "2026-02-25", "2026-03-03", 10, 2);
    assert.equal(capped.articlesRead, 2);
    assert.equal(capped.isPartial, true);
    // The two newest: the hostile page (no entity) and the agency copy (11:00, two entities).
    assert.deepEqual(capped.items, [{ type: "location", name: "الواحة", articles: 1 }, { type: "person", name: "سعيد الراشد", articles: 1 }]);
  });
});
