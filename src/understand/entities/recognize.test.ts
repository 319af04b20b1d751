import { test } from "node:test";
import assert from "node:assert/strict";
import { recognizeEntities, type EntitySpan } from "./index.js";
import { settleTypes, type Candidate } from "./recognize.js";

const found = (text: string) => recognizeEntities(text).map((s) => `${s.type}:${s.text}`);

test("recognizes a capital city and a country with the shipped model", () => {
  const out = found("وصل الوفد إلى القاهرة قادما من فرنسا .");
  assert.ok(out.includes("location:القاهرة"), out.join(" | "));
  assert.ok(out.includes("location:فرنسا"), out.join(" | "));
});

test("recognizes a person after a title", () => {
  const out = found("وقال الرئيس الأمريكي جورج بوش إن المحادثات ستستمر .");
  assert.ok(out.includes("person:جورج بوش"), out.join(" | "));
});

test("offsets point into the original text", () => {
  const text = "زار وزير الخارجية مدينة بغداد أمس.";
  for (const s of recognizeEntities(text)) assert.equal(text.slice(s.start, s.end), s.text);
});

test("a leading conjunction is cut from the mention", () => {
  const out = found("اجتمع ممثلون من روسيا وأذربيجان في العاصمة .");
  assert.ok(out.includes("location:أذربيجان"), out.join(" | "));
  assert.ok(!out.some((s) => s.endsWith(":وأذربيجان")));
});

test("a letter that belongs to the name stays", () => {
  const out = found("عاد الوزير إلى لبنان بعد زيارة واشنطن .");
  assert.ok(out.includes("location:لبنان"), out.join(" | "));
  assert.ok(out.includes("location:واشنطن"), out.join(" | "));
});

test("weekdays, months, platforms and reporting verbs are never entities", () => {
  const text = "وقالت الوزارة الأربعاء في منشور على منصة إكس إن الاجتماع في يناير. وشدد على ذلك الثلاثاء.";
  const names = recognizeEntities(text).map((s) => s.text);
  for (const bad of ["الأربعاء", "الثلاثاء", "إكس", "يناير", "وقالت", "وشدد"]) assert.ok(!names.includes(bad), `${bad} in ${names.join(" | ")}`);
});

test("English embeds: titled names are persons, country names are places", () => {
  const out = found("Foreign Minister Hakan Fidan met officials from Germany today.");
  assert.ok(out.includes("person:Hakan Fidan"), out.join(" | "));
  assert.ok(out.includes("location:Germany"), out.join(" | "));
});

test("empty and entity-less text give no spans", () => {
  assert.deepEqual(recognizeEntities(""), []);
  assert.deepEqual(recognizeEntities("..."), []);
});

test("one name, one type: cue words outvote the tagger", () => {
  const mk = (type: EntitySpan["type"], text: string, evidence: Candidate["evidence"] = {}): Candidate => ({ type, text, start: 0, end: text.length, evidence });
  const spans = [mk("person", "وادي خالد"), mk("person", "وادي خالد"), mk("location", "وادي خالد", { location: 2 }), mk("person", "سمير")];
  settleTypes(spans);
  assert.deepEqual(spans.map((s) => s.type), ["location", "location", "location", "person"]);
});

test("spelling variants vote together", () => {
  const spans: Candidate[] = [
    { type: "location", text: "قرية الطيبة", start: 0, end: 11, evidence: {} },
    { type: "organization", text: "قريه الطيبه", start: 20, end: 31, evidence: {} },
    { type: "location", text: "قرية الطيبة", start: 40, end: 51, evidence: {} },
  ];
  settleTypes(spans);
  assert.ok(spans.every((s) => s.type === "location"));
});
