import { test } from "node:test";
import assert from "node:assert/strict";
import { WordLexicon } from "./word-list.js";

test("lookup cuts a conjunction and a preposition with the article: وبالمستشفى → مستشفى", () => {
  const places = new WordLexicon<string>().add(["مستشفى"], "hospital");
  assert.deepEqual(places.lookup("وبالمستشفي"), { value: "hospital", form: "مستشفي", prefix: "وبال", definite: true });
});

test("lookup and has answer the same when asked twice (memo)", () => {
  const places = new WordLexicon<string>().add(["مدرسة"], "school");
  assert.deepEqual(places.lookup("والمدرسه"), places.lookup("والمدرسه"));
  assert.equal(places.has("والمدرسه"), true);
  assert.equal(places.has("والمدرسه"), true);
  assert.equal(places.lookup("English"), null);
  assert.equal(places.lookup("English"), null);
});

test("a form added after a lookup is found: add clears the memo", () => {
  const places = new WordLexicon<string>().add(["مدرسة"], "school");
  assert.equal(places.has("وبالجامعه"), false);
  assert.equal(places.lookup("وبالجامعه"), null);
  places.add(["جامعة"], "university");
  assert.equal(places.has("وبالجامعه"), true);
  assert.equal(places.lookup("وبالجامعه")?.value, "university");
});

test("a verb list takes no article: النقل is not the verb نقل", () => {
  const verbs = new WordLexicon<string>(false).add(["نقل"], "move");
  assert.equal(verbs.has("النقل"), false);
  assert.equal(verbs.has("ونقل"), true);
});
