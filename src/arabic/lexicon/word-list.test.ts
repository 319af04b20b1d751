import { test } from "node:test";
import assert from "node:assert/strict";
import { rememberWordTest, WordEndings, WordLexicon } from "./word-list.js";
import { normalizeArabic } from "../normalize.js";

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

test("endings: a word a form may end passes, one none may end is answered no before any probe", () => {
  const verbs = new WordLexicon<true>(false).add(["عبر", "عبرت"], true);
  const links = new WordLexicon<true>(false).add(["ب", "في"], true);
  const cases: Array<[WordLexicon<true>, string, boolean, boolean]> = [
    // [list, word, mayEnd, has]
    [verbs, "وعبرت", true, true],
    [verbs, "فعبر", true, true],
    [verbs, "معبر", true, false],
    [verbs, "قال", false, false],
    [verbs, "ر", false, false],
    [verbs, "", false, false],
    [verbs, "English", false, false],
    [links, "ب", true, true],
    [links, "كتاب", true, false],
    [links, "وفي", true, true],
    [links, "كان", false, false],
  ];
  for (const [list, word, mayEnd, has] of cases) {
    assert.equal(list.endings.mayEnd(word), mayEnd, `mayEnd ${word}`);
    assert.equal(list.has(word), has, `has ${word}`);
    assert.equal(list.lookup(word) !== null, has, `lookup ${word}`);
  }
});

test("endings of several lists pass a word any of them may end; a remembered test behind them answers the rest no", () => {
  const verbs = new WordLexicon<true>(false).add(["عبر"], true);
  const nouns = new WordLexicon<true>().add(["بيان"], true);
  const both = WordEndings.of(verbs, nouns);
  assert.deepEqual(["وعبر", "البيان", "قال", "كان"].map((w) => both.mayEnd(w)), [true, true, false, true]);
  let asked = 0;
  const test = rememberWordTest((norm) => {
    asked++;
    return verbs.has(norm) || nouns.has(norm);
  }, both);
  // كان ends as بيان does: asked, and no; قال is not asked
  assert.deepEqual(["وعبر", "البيان", "قال", "كان"].map((w) => test(w)), [true, true, false, false]);
  assert.equal(asked, 3);
});

test("endings never say no to a word a list holds (every form of a list, with proclitics, against has)", () => {
  const forms = ["قال", "قالت", "أن", "بأن", "و", "مستشفى", "الأمم", "ب", "في"];
  const list = new WordLexicon<true>().add(forms, true);
  let held = 0;
  for (const form of forms) {
    for (const lead of ["", "و", "ف", "ب", "ل", "وب", "ال", "وال", "لل", "بال"]) {
      const word = normalizeArabic(lead + form);
      if (!list.has(word)) continue;
      held++;
      assert.equal(list.endings.mayEnd(word), true, word);
    }
  }
  assert.ok(held > 2 * forms.length, `${held} words held`);
});
