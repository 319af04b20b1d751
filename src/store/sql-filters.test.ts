import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { newArticle } from "../extract/article.js";
import type { Article } from "../types.js";
import { filterConditions } from "./sql-filters.js";
import { openStore, type Store } from "./store.js";

function art(title: string, publishedAt: string, entity: string | null, tag: string | null): Article {
  return newArticle({
    title, body: `${title}.`, publishedAt, language: "ar", source: { name: "صحيفة الاختبار", domain: null },
    entities: entity ? [{ type: "person", name: entity, mentions: [entity], aliases: [] }] : [],
    tags: tag ? [{ text: tag, origin: "page", scope: "article" }] : [],
  });
}

describe("filter conditions", () => {
  it("probes tags and entities per article when a date bounds the query, else reads their sets", () => {
    const bounded = filterConditions({ since: "2026-03-01", tags: ["الجسور"] }, [["سعيد الراشد"]], "a.row");
    assert.match(bounded.sql, /EXISTS \(SELECT 1 FROM article_tags t WHERE t.article_row = a.row AND t.norm = \?\)/);
    assert.match(bounded.sql, /EXISTS \(SELECT 1 FROM entity_spellings s WHERE s.article_row = a.row AND s.spelling IN \(\?\)\)/);
    const open = filterConditions({ tags: ["الجسور"] }, [["سعيد الراشد", "الراشد"]], "a.row");
    assert.match(open.sql, /a.row IN \(SELECT t.article_row FROM article_tags t WHERE t.norm = \?\)/);
    assert.match(open.sql, /a.row IN \(SELECT s.article_row FROM entity_spellings s WHERE s.spelling IN \(\?, \?\)\)/);
    assert.deepEqual(open.params, ["الجسور", "سعيد الراشد", "الراشد"]);
  });
  it("matches spellings by their pairs' ids when the store keeps them (SQLite)", () => {
    const bounded = filterConditions({ since: "2026-03-01" }, [["سعيد الراشد"]], "a.row", "pair ids");
    assert.match(bounded.sql, /EXISTS \(SELECT 1 FROM entity_spellings s WHERE s.article_row = a.row AND s.pair_id IN \(SELECT p.id FROM entity_key_spellings p WHERE p.spelling IN \(\?\)\)\)/);
    const open = filterConditions({}, [["سعيد الراشد", "الراشد"]], "a.row", "pair ids");
    assert.match(open.sql, /a.row IN \(SELECT s.article_row FROM entity_spellings s WHERE s.pair_id IN \(SELECT p.id FROM entity_key_spellings p WHERE p.spelling IN \(\?, \?\)\)\)/);
    assert.deepEqual(open.params, ["سعيد الراشد", "الراشد"]);
  });
});

describe("both forms select the same articles", () => {
  let store: Store;
  before(async () => {
    store = await openStore(":memory:");
    const rows: [string, string, string | null, string | null][] = [
      ["افتتاح الجسر", "2026-03-01T09:00", "سعيد الراشد", "الجسور"],
      ["زيارة السوق", "2026-03-02T10:00", "سعيد الراشد", null],
      ["أسعار الخضار", "2026-03-03T11:00", null, "الجسور"],
      ["مباراة الكأس", "2026-03-04T12:00", "ليلى حداد", "الجسور"],
    ];
    await store.upsertArticles(rows.map(([title, at, e, t], i) => ({ input: `f/${i}`, index: 0, article: art(title, at, e, t) })), { storedAt: "2026-03-05T00:00:00Z" });
  });
  after(async () => store.close());
  const titles = async (q: Parameters<Store["listArticles"]>[0]) => (await store.listArticles(q)).items.map((a) => a.title).sort();
  it("an entity, with and without a date bound that covers everything", async () => {
    assert.deepEqual(await titles({ entities: ["سعيد الراشد"] }), ["افتتاح الجسر", "زيارة السوق"]);
    assert.deepEqual(await titles({ entities: ["سعيد الراشد"], since: "2026-01-01" }), ["افتتاح الجسر", "زيارة السوق"]);
    assert.deepEqual(await titles({ entities: ["سعيد الراشد"], until: "2026-03-01" }), ["افتتاح الجسر"]);
  });
  it("a tag and an entity together, with and without a date bound", async () => {
    assert.deepEqual(await titles({ tags: ["الجسور"], entities: ["ليلى حداد"] }), ["مباراة الكأس"]);
    assert.deepEqual(await titles({ tags: ["الجسور"], since: "2026-03-02" }), ["أسعار الخضار", "مباراة الكأس"]);
    assert.deepEqual(await titles({ tags: ["الجسور"] }), ["أسعار الخضار", "افتتاح الجسر", "مباراة الكأس"]);
  });
});
