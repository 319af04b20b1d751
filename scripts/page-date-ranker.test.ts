import { test } from "node:test";
import assert from "node:assert/strict";
import { EVIDENCE_SOURCES, type EvidenceSource } from "../src/extract/html/page-date.js";
import { candidatesOf, exampleOf, FEATURES, fit, rankedDay, type Sources } from "./page-date-ranker.js";

const sourcesOf = (given: Partial<Record<EvidenceSource, string>>): Sources => Object.fromEntries(EVIDENCE_SOURCES.map((s) => [s, given[s] ?? null])) as Sources;
const feature = (name: string): number => FEATURES.indexOf(name);

test("candidates are the distinct days the sources give, with the stated time's UTC day", () => {
  const cands = candidatesOf(sourcesOf({ "json-ld": "2020-06-29T00:16:15+03:00", "visible-text": "2020-06-29", url: "2020-06-29", modified: "2020-06-30" }), "2020-06-29");
  assert.deepEqual(cands.map((c) => c.day), ["2020-06-28", "2020-06-29", "2020-06-30"]);
  const [utc, stated, update] = cands;
  assert.equal(utc!.x[feature("utc-day-of-stated")], 1);
  assert.equal(stated!.x[feature("chain-choice")], 1);
  assert.equal(stated!.x[feature("from:url")], 1);
  assert.equal(update!.x[feature("from:modified")], 1);
  assert.equal(update!.x[feature("one-day-off-stated")], 1);
});

test("a page with one candidate teaches no preference", () => {
  assert.equal(exampleOf(sourcesOf({ meta: "2021-03-04" }), null, "2021-03-04"), null);
  assert.equal(exampleOf(sourcesOf({ meta: "2021-03-04", title: "2021-03-05" }), null, "2019-01-01"), null);
});

test("the fitted ranker prefers the source that is right on the training pages", () => {
  // composed pages: the visible date line is the gold day, the lead image's address an older upload
  const pages = Array.from({ length: 6 }, (_, i) => sourcesOf({ "visible-text": `2022-05-1${i}`, "image-url": `2022-04-0${i + 1}` }));
  const examples = pages.map((s, i) => exampleOf(s, null, `2022-05-1${i}`)!);
  const w = fit(examples, 1);
  assert.ok(w[feature("from:visible-text")]! > w[feature("from:image-url")]!);
  assert.equal(rankedDay(w, sourcesOf({ "visible-text": "2023-01-09", "image-url": "2022-12-30" }), null), "2023-01-09");
  assert.deepEqual(fit(examples, 1), w);
});
