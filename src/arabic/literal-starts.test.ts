import { test } from "node:test";
import assert from "node:assert/strict";
import { ascendingOnce, LiteralStarts, matchesAtStarts } from "./literal-starts.js";

const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);

/** A verb after a fused و or ف, then a word: the pattern's global matches and those tried at the verb's starts. */
function bothWays(text: string) {
  const source = "(?<![\\u0621-\\u064A])[وف]?(?:قال|قالت|ذكر) [\\u0621-\\u064A]+";
  const starts = new LiteralStarts([[{ literals: ["قال", "ذكر"], before: 1 }]]);
  return {
    everywhere: spans(text.matchAll(new RegExp(source, "gu"))),
    atStarts: spans(matchesAtStarts(text, new RegExp(source, "yu"), starts.startsOf(text)[0]!)),
  };
}

test("literal starts: the global scan's matches, a fused letter before the literal, none inside a word", () => {
  for (const text of ["وقال الوزير ثم ذكر المتحدث", "فقالت المصادر", "استقال الوزير", "قال", "", "English only", "قالقال الوزير", "وقال: قال الوزير"]) {
    const { everywhere, atStarts } = bothWays(text);
    assert.deepEqual(atStarts, everywhere, text);
  }
  assert.deepEqual(bothWays("وقال الوزير ثم ذكر المتحدث").atStarts, ["0:وقال الوزير", "15:ذكر المتحدث"]);
});

test("literal starts: offsets up to `before` ahead of each literal, not below 0, ascending and once, by pattern", () => {
  const starts = new LiteralStarts([
    [{ literals: ["قال"], before: 2 }],
    [
      { literals: ["مع"], before: 0 },
      { literals: ["قال"], before: 1 },
    ],
  ]);
  assert.deepEqual(starts.startsOf("قال مع وقال"), [[0, 6, 7, 8], [0, 4, 7, 8]]);
  assert.deepEqual(starts.startsOf("English"), [[], []]);
  assert.deepEqual(starts.startsOf("ق"), [[], []]);
});

test("literal starts: a literal that does not open with two letters of the Arabic block is refused", () => {
  assert.throws(() => new LiteralStarts([[{ literals: ["a"], before: 0 }]]), /literal-starts/);
  assert.throws(() => new LiteralStarts([[{ literals: ["«"], before: 0 }]]), /literal-starts/);
});

test("ascendingOnce: sorted, each once", () => {
  assert.deepEqual(ascendingOnce([3, 1, 3, 2, 1]), [1, 2, 3]);
  assert.deepEqual(ascendingOnce([]), []);
});
