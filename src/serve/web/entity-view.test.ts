import { test } from "node:test";
import assert from "node:assert/strict";
import { newArticle } from "../../extract/article.js";
import type { StoredArticle } from "../../store/store.js";
import type { Entity } from "../../types.js";
import { coMentions } from "./entity-view.js";

function stored(entities: Entity[]): StoredArticle {
  return { ...newArticle({ language: "ar", title: "سيول", body: "سيول في الوادي." }), entities } as StoredArticle;
}

test("an entity mentioned with another is one entry whatever type each article gives it", () => {
  const wadi = (type: Entity["type"], name: string): Entity => ({ type, name, mentions: [name], aliases: [] });
  const own = new Set(["سامر الحديدي"]);
  const articles = [
    stored([wadi("location", "وادي الريم"), wadi("person", "سامر الحديدي")]),
    stored([wadi("person", "وادي الريم")]),
    stored([wadi("location", "وادى الريم"), wadi("organization", "الدفاع المدني")]),
  ];
  assert.deepEqual(coMentions(articles, own, 10), [
    { name: "وادي الريم", articles: 3 },
    { name: "الدفاع المدني", articles: 1 },
  ]);
});
