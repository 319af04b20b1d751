import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { findOutlet, groupOutlets, OutletIndex, type SourceRow } from "./outlets.js";

function source(key: string, name: string | null, domain: string | null, articleCount: number, first: string | null = null, last: string | null = null): SourceRow {
  return { key, name, domain, articleCount, firstPublishedAt: first, lastPublishedAt: last };
}

describe("outlets", () => {
  it("folds an outlet stored under its domain and under its name into one", () => {
    const outlets = groupOutlets([
      source("صحيفة الضفتين", "صحيفة الضفتين", null, 7, "2026-11-18", "2026-11-24"),
      source("difatain.example", "صحيفة الضفتين", "difatain.example", 1, "2026-11-20", "2026-11-20"),
      source("نبض المدينة", "نبض المدينة", null, 8, "2026-11-19", "2026-11-23"),
    ]);
    assert.deepEqual(outlets, [
      { key: "difatain.example", keys: ["difatain.example", "صحيفة الضفتين"], name: "صحيفة الضفتين", domain: "difatain.example", articleCount: 8, firstPublishedAt: "2026-11-18", lastPublishedAt: "2026-11-24" },
      { key: "نبض المدينة", keys: ["نبض المدينة"], name: "نبض المدينة", domain: null, articleCount: 8, firstPublishedAt: "2026-11-19", lastPublishedAt: "2026-11-23" },
    ]);
  });
  it("links summaries transitively: a domain with two names joins both names' summaries", () => {
    const outlets = groupOutlets([source("قناة الأفق", "قناة الأفق", null, 3), source("ofoq.example", "قناة الأفق", "ofoq.example", 2), source("الأفق", "الأفق", null, 1), source("ofoq.example", "الأفق", "OFOQ.example", 1)]);
    assert.equal(outlets.length, 1);
    assert.equal(outlets[0]!.key, "ofoq.example");
    assert.equal(outlets[0]!.name, "قناة الأفق");
    assert.equal(outlets[0]!.articleCount, 7);
  });
  it("keeps different outlets apart and unknown sources on their own", () => {
    const outlets = groupOutlets([source("a.example", null, "a.example", 2), source("b.example", null, "b.example", 2), source("unknown", null, null, 1)]);
    assert.deepEqual(outlets.map((o) => [o.key, o.name]), [["a.example", "a.example"], ["b.example", "b.example"], ["unknown", "unknown"]]);
  });
  it("finds an outlet by any of its keys or its name", () => {
    const outlets = groupOutlets([source("صحيفة الضفتين", "صحيفة الضفتين", null, 7), source("difatain.example", "صحيفة الضفتين", "difatain.example", 1)]);
    assert.equal(findOutlet(outlets, "صحيفة الضفتين")?.key, "difatain.example");
    assert.equal(findOutlet(outlets, "difatain.example")?.key, "difatain.example");
    assert.equal(findOutlet(outlets, "x.example"), undefined);
    assert.deepEqual(groupOutlets([]), []);
  });
  it("expands a filter value (a key or a name) to every key of its outlet, and shows a summary under its outlet", () => {
    const rows = [source("صحيفة الضفتين", "صحيفة الضفتين", null, 7), source("difatain.example", "صحيفة الضفتين", "difatain.example", 1), source("a.example", null, "a.example", 1)];
    const index = new OutletIndex(groupOutlets(rows), rows);
    assert.deepEqual(index.expand("صحيفة الضفتين"), ["difatain.example", "صحيفة الضفتين"]);
    assert.deepEqual(index.expand("DIFATAIN.example"), ["difatain.example", "صحيفة الضفتين"]);
    assert.deepEqual(index.expand("x.example"), ["x.example"]);
    const summary = { id: "1", key: "k", url: null, title: "t", publishedAt: null, language: "ar", source: { name: "صحيفة الضفتين", domain: null }, sourceKey: "صحيفة الضفتين", outlet: { key: "صحيفة الضفتين", name: "صحيفة الضفتين" }, version: 1 };
    assert.deepEqual(index.decorate(summary).outlet, { key: "difatain.example", name: "صحيفة الضفتين" });
  });
});
