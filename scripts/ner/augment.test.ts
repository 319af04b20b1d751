import { test } from "node:test";
import assert from "node:assert/strict";
import { mentionPool, swapMentions, unseenScore } from "./augment.js";
import { seededRandom } from "../../src/seeded-random.js";

const words = (s: string) => s.split(" ");

// Composed sentences, not corpus text.
const SENTENCE = { tokens: words("استقبل سامي الحداد وفد شركة النخيل في الأحساء ."), tags: ["O", "B-PERS", "I-PERS", "O", "O", "B-ORG", "O", "B-LOC", "O"] };
const OTHER = { tokens: words("زار ماهر العتيبي مدينة بريدة أمس ."), tags: ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O"] };

test("a swapped copy keeps the context and puts another name of each type in place, tags realigned", () => {
  const pool = mentionPool([SENTENCE, OTHER]);
  const copy = swapMentions(SENTENCE, pool, seededRandom(1))!;
  // PERS and LOC have another text in the pool; ORG has none and stays.
  assert.deepEqual(copy.tokens, words("استقبل ماهر العتيبي وفد شركة النخيل في بريدة ."));
  assert.deepEqual(copy.tags, ["O", "B-PERS", "I-PERS", "O", "O", "B-ORG", "O", "B-LOC", "O"]);
});

test("a span of another length is replaced whole, and a sentence without names gives no copy", () => {
  const pool = new Map([["PERS", [words("علي")]], ["LOC", [words("وادي الدواسر")]]]);
  const copy = swapMentions(OTHER, pool, seededRandom(3))!;
  assert.deepEqual(copy.tokens, words("زار علي مدينة وادي الدواسر أمس ."));
  assert.deepEqual(copy.tags, ["O", "B-PERS", "O", "B-LOC", "I-LOC", "O", "O"]);
  assert.equal(swapMentions({ tokens: words("قال إنه سيعود ."), tags: ["O", "O", "O", "O"] }, pool, seededRandom(3)), null);
});

test("the unseen yardstick scores only spans whose text training never labelled", () => {
  const seen = new Set(["سامي الحداد"]);
  const gold = [SENTENCE.tags];
  // Right on the seen person and the unseen place, wrong type on the unseen organization.
  const predicted = [["O", "B-PERS", "I-PERS", "O", "O", "B-LOC", "O", "B-LOC", "O"]];
  const s = unseenScore([SENTENCE.tokens], gold, predicted, seen);
  assert.equal(s.gold, 2);
  assert.equal(s.p, 0.5);
  assert.equal(s.r, 0.5);
});
