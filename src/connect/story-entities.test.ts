import { test } from "node:test";
import assert from "node:assert/strict";
import { mergeEntities, recognizeEntities } from "../understand/entities/index.js";
import { findQuotes } from "../understand/quotes.js";
import type { Entity, Fact } from "../types.js";
import { entitiesAndAside, storyEntities } from "./story-entities.js";

const TITLE = "سيول تغمر قرى في محافظة الشرقية";
const BODY =
  "غمرت السيول عشرات المنازل في قرى محافظة الشرقية صباح الثلاثاء بعد أمطار غزيرة. " +
  'وقال مدير الأرصاد خالد العمري إن "الأمطار ستمتد غدا إلى وادي الريم ومدينة الباحة". ' +
  "وأعلن الدفاع المدني إجلاء الأسر.";

function understood(title: string, body: string) {
  const spans = recognizeEntities(body);
  const entities = mergeEntities(spans);
  return { title, body, entities, quotes: findQuotes(body, { spans, entities }), facts: [] as Fact[] };
}

const names = (entities: readonly Entity[]) => entities.map((e) => e.name).sort();

test("story entities: a place named only inside a quote is left out; the speaker stays", () => {
  const a = understood(TITLE, BODY);
  assert.ok(names(a.entities).includes("الباحة"), "the recognizer names the quoted place");
  assert.deepEqual(names(storyEntities(a.entities, a)), ["الدفاع المدني", "الشرقية", "خالد العمري"]); // the governorate and the civil defence are told in the narrative
});

test("story entities: a quoted place the title or the narrative also names stays", () => {
  const inTitle = understood("سيول في الباحة والشرقية", BODY);
  assert.ok(names(storyEntities(inTitle.entities, inTitle)).includes("الباحة"));
  const told = understood(TITLE, `${BODY} ووصلت فرق الإنقاذ إلى مدينة الباحة مساء.`);
  assert.ok(names(storyEntities(told.entities, told)).includes("الباحة"));
});

test("story entities: a place named only in the sentence of a background figure is left out", () => {
  const sentence = "وكانت سيول مماثلة في الباحة قد أودت بحياة 12 شخصا عام 2015.";
  const body = `غمرت السيول عشرات المنازل في قرى محافظة الشرقية صباح الثلاثاء. ${sentence}`;
  const place: Entity = { type: "location", name: "الباحة", mentions: ["الباحة"], aliases: [] };
  const at = body.indexOf("12");
  const fact: Fact = { kind: "killed", value: 12, valueMax: null, qualifier: "exact", group: null, text: sentence, start: at, end: at + 2, scope: { extent: "background", event: null, place: "الباحة", time: "2015" } };
  const text = { title: TITLE, body, quotes: [], facts: [fact] };
  assert.deepEqual(storyEntities([place], text), []);
  assert.deepEqual(storyEntities([place], { ...text, facts: [{ ...fact, scope: { ...fact.scope!, extent: "event" } }] }), [place]);
  assert.deepEqual(storyEntities([place], text, { quotes: true, background: false }), [place]);
});

test("story entities: a name found nowhere in the title or body (an embed's) stays", () => {
  const embedded: Entity = { type: "person", name: "سالم الحربي", mentions: ["سالم الحربي"], aliases: [] };
  const a = understood(TITLE, BODY);
  assert.ok(names(storyEntities([...a.entities, embedded], a)).includes("سالم الحربي"));
});

test("entities and aside: the quoted place goes aside (quotes only by default), the rest stays told", () => {
  const a = understood(TITLE, BODY);
  const { entities, asideEntities } = entitiesAndAside(a.entities, a);
  assert.deepEqual(names(entities), ["الدفاع المدني", "الشرقية", "خالد العمري"]);
  assert.ok(names(asideEntities).includes("الباحة"));
  assert.equal(entities.length + asideEntities.length, a.entities.length);
});
