import { test } from "node:test";
import assert from "node:assert/strict";
import { WordMemo } from "./bounded-memo.js";

/** Deterministic pseudo-random numbers (mulberry32), so the sequence of words is the same every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

test("WordMemo answers only what was set for the word, against a Map, across many turns of its generations", () => {
  const next = rng(7);
  // Zipf-like: a few common words, many rare ones; each answer is its own object, as the stages' analyses are.
  const words = Array.from({ length: 3000 }, (_, i) => Array.from({ length: 2 + (i % 6) }, () => LETTERS[Math.floor(next() * LETTERS.length)]).join(""));
  const model = new Map<string, { word: string }>();
  const memo = new WordMemo<{ word: string }>(64);
  let found = 0;
  for (let k = 0; k < 50_000; k++) {
    // a fresh string each time, as a token cut from a text is
    const word = words[Math.floor(next() ** 3 * words.length)]!.split("").join("");
    const answer = memo.get(word);
    if (answer === undefined) {
      const made = model.get(word) ?? { word };
      model.set(word, made);
      memo.set(word, made);
    } else {
      found++;
      assert.equal(answer.word, word);
      assert.equal(answer, model.get(word), "the object set for the word, not another");
    }
    assert.ok(memo.size <= 64, `at most the limit: ${memo.size}`);
  }
  assert.ok(found > 5000, `the common words are answered (${found})`);
});

test("WordMemo keeps a word asked in the old generation through the next turn", () => {
  // a limit of 6: each generation holds 3 words
  const memo = new WordMemo<number>(6);
  memo.set("محمد", 1);
  memo.set("قال", 2);
  memo.set("دمشق", 3);
  // the young generation is full: it turns into the old one
  memo.set("غزة", 4);
  assert.equal(memo.get("محمد"), 1, "found in the old generation, kept in the young one again");
  memo.set("بيروت", 5);
  // another turn: the old generation (قال, دمشق) is dropped, محمد was kept
  memo.set("عمان", 6);
  assert.equal(memo.get("محمد"), 1);
  assert.equal(memo.get("قال"), undefined);
  assert.equal(memo.get("دمشق"), undefined);
  assert.equal(memo.get("بيروت"), 5);
});

test("WordMemo: the empty word and a word never set", () => {
  const memo = new WordMemo<string>(8);
  assert.equal(memo.get(""), undefined);
  assert.equal(memo.get("English"), undefined);
  memo.set("", "");
  assert.equal(memo.get(""), "");
  assert.equal(memo.get("English"), undefined);
});
