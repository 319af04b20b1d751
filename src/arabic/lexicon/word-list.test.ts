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

test("a word's listed candidates are shared by lists: a list made after the word was asked finds it", () => {
  const schools = new WordLexicon<string>().add(["مدرسة"], "school");
  assert.equal(schools.has("وبالمستشفي"), false);
  // the word's candidates were cut while no list held مستشفى; a new list's forms clear them
  const places = new WordLexicon<string>().add(["مستشفى"], "hospital");
  assert.equal(places.has("وبالمستشفي"), true);
  assert.deepEqual(places.lookup("وبالمستشفي"), { value: "hospital", form: "مستشفي", prefix: "وبال", definite: true });
  assert.equal(schools.has("وبالمستشفي"), false);
});

test("a list without the article skips the candidates cut after ال, another list with it takes them", () => {
  const verbs = new WordLexicon<string>(false).add(["نقل"], "move");
  const nouns = new WordLexicon<string>().add(["نقل"], "transport");
  assert.equal(verbs.has("والنقل"), false);
  assert.equal(verbs.lookup("والنقل"), null);
  assert.deepEqual(nouns.lookup("والنقل"), { value: "transport", form: "نقل", prefix: "وال", definite: true });
  assert.deepEqual(verbs.lookup("ونقل"), { value: "move", form: "نقل", prefix: "و", definite: false });
  assert.equal(verbs.has(""), false);
  assert.equal(nouns.lookup("English"), null);
});

test("answers kept for a word survive lists made after it, more than a row holds, and each list's add forgets only its own", () => {
  const schools = new WordLexicon<string>().add(["مدرسة"], "school");
  const verbs = new WordLexicon<string>(false).add(["نقل"], "move");
  assert.equal(schools.has("والمدرسه"), true);
  assert.equal(verbs.has("ونقل"), true);
  assert.equal(verbs.has("والمدرسه"), false);
  // every list and remembered test is a column of the shared answer table: 200 more widen its rows
  const more = Array.from({ length: 200 }, (_, i) => new WordLexicon<number>().add([`كلمة${i}`], i));
  assert.equal(schools.has("والمدرسه"), true);
  assert.equal(verbs.has("ونقل"), true);
  assert.equal(verbs.has("والمدرسه"), false);
  assert.deepEqual(more.map((list, i) => list.has(`وكلمه${i}`)), more.map(() => true));
  assert.deepEqual(more.map((list) => list.has("والمدرسه")), more.map(() => false));
  more[7]!.add(["مدرسة"], 7);
  assert.equal(more[7]!.has("والمدرسه"), true);
  assert.equal(more[8]!.has("والمدرسه"), false);
  assert.equal(schools.has("والمدرسه"), true);
});
