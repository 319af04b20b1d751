import { test } from "node:test";
import assert from "node:assert/strict";
import { hashFeature } from "./feature-index.js";
import { compileGazetteer, documentStats, gazetteerTags, sentenceFeatures, splitProclitic, tokenInfo } from "./features.js";

const gazetteer = compileGazetteer([
  { type: "LOC", name: "العراق" },
  { type: "LOC", name: "غينيا بيساو" },
]);
const res = { gazetteer, clusters: new Map([["دمشق", 3]]) };

test("clitic split keeps the article and restores it after لل", () => {
  assert.deepEqual(splitProclitic("والعراق"), { proclitic: "و", core: "العراق" });
  assert.deepEqual(splitProclitic("للامم"), { proclitic: "لل", core: "الامم" });
  assert.deepEqual(splitProclitic("بباكو"), { proclitic: "ب", core: "باكو" });
  assert.deepEqual(splitProclitic("من"), { proclitic: "", core: "من" });
  assert.deepEqual(splitProclitic("Berlin"), { proclitic: "", core: "Berlin" });
});

test("gazetteer matches the longest name, first word in core form", () => {
  const infos = ["زار", "والعراق", "ثم", "غينيا", "بيساو"].map(tokenInfo);
  assert.deepEqual(gazetteerTags(infos, gazetteer), ["", "B-LOC", "", "B-LOC", "I-LOC"]);
});

test("features are hashes of template strings", () => {
  const [first, second] = sentenceFeatures(["في", "دمشق"], res);
  assert.ok(second!.includes(hashFeature("w=دمشق")));
  assert.ok(second!.includes(hashFeature("bg-=في|دمشق")));
  assert.ok(second!.includes(hashFeature("cl=3")));
  assert.ok(first!.includes(hashFeature("w-1=<s>")));
});

test("document statistics record cues before a word anywhere in the document", () => {
  const doc = documentStats([["قال", "الرئيس", "سمعان"], ["وأكد", "سمعان", "ذلك"]]);
  assert.ok(doc.cues.get("سمعان")?.has("per"));
  const f = sentenceFeatures(["وأكد", "سمعان"], res, doc)[1]!;
  assert.ok(f.includes(hashFeature("dcue=per")));
  assert.ok(f.includes(hashFeature("dn=2-3")));
});
