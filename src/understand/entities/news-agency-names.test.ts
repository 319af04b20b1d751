import { test } from "node:test";
import assert from "node:assert/strict";
import { addNewsAgenciesUpToNews } from "./news-agency-names.js";
import { recognizeEntities } from "./index.js";
import type { Candidate } from "./recognize/candidate.js";

const at = (text: string, name: string, type: Candidate["type"]): Candidate => {
  const start = text.indexOf(name);
  return { type, text: name, start, end: start + name.length, evidence: {} };
};

test("an agency's name runs to «للأنباء»: a missed or cut agency becomes whole, a name or place mention inside stays", () => {
  const text = "ونقلت وكالة نوران للأنباء عن وكالة الجنوب الرسمية للأنباء، وقالت وكالة رويترز للأنباء إن المصدر في مدينة للأنباء.";
  const spans = [at(text, "وكالة الجنوب", "organization"), at(text, "رويترز", "organization")];
  addNewsAgenciesUpToNews(text, spans);
  assert.deepEqual(spans.map((s) => s.text), ["وكالة نوران للأنباء", "وكالة الجنوب الرسمية للأنباء", "رويترز"]);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
});

test("the recognizer keeps a news agency whole to «للأنباء»", () => {
  const text = "وأفادت وكالة زهران للأنباء بأن الاجتماع انتهى مساء الأحد.";
  const orgs = recognizeEntities(text).filter((s) => s.type === "organization").map((s) => s.text);
  assert.ok(orgs.includes("وكالة زهران للأنباء"), orgs.join(", "));
});
