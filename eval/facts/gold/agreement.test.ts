import { test } from "node:test";
import assert from "node:assert/strict";
import { causeCounts, compareArticle, newComparison, scores, type Figure } from "./agreement.js";

// A composed article: a toll, a count of a force, a combined count and a count of refugees.
const BODY = "قتل 12 شخصا وأصيب 30 آخرون في انفجار، بينهم 4 من عناصر الأمن. وسقط عشرات القتلى والجرحى. ونزح 500 لاجئ.";

const at = (words: string, kind: string, value: number, group: string | null = null, extra: Partial<Figure> = {}): Figure => {
  const start = BODY.indexOf(words);
  assert.ok(start >= 0, words);
  return { kind, value, valueMax: null, group, qualifier: "exact", start, end: start + words.length, ...extra };
};

const gold: Figure[] = [
  at("12", "killed", 12),
  at("30", "injured", 30),
  at("4 ", "killed", 4, "police"),
  at("عشرات", "killed", 20, null, { valueMax: 99, optional: true }),
  at("500", "displaced", 500),
];

test("a second annotator's labels score as the figures section scores marsad: optional labels are neither found nor errors", () => {
  const second: Figure[] = [
    at("12", "killed", 12, null, { qualifier: "about" }),
    at("30", "injured", 30),
    at("4 ", "killed", 4, "soldiers"), // another group at the same words
    at("عشرات", "killed", 20, null, { valueMax: 99 }), // required here, optional in the gold: not an error
    at("500", "displaced", 500, null, { optional: true }), // optional here, required in the gold: found
  ];
  const c = newComparison();
  compareArticle("x", BODY, gold, second, c);
  assert.deepEqual([c.tp, c.fp, c.fn], [3, 1, 1]);
  assert.equal(c.optionalOnOneSide, 2);
  assert.equal(c.qualifierRight, 2); // the toll's qualifier differs
  const s = scores(c);
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 0.75);
  assert.equal(s.f1, 0.75);
  assert.deepEqual([...causeCounts(c)], [["extra/group", 1], ["missed/group", 1]]);
  assert.equal(c.disagreements.find((d) => d.side === "missed")!.there, "killed|4||soldiers");
});

test("a count one side did not label is a miss with no label there; another kind at the same words is a kind disagreement", () => {
  const second: Figure[] = [at("12", "killed", 12), at("30", "killed", 30), at("4 ", "killed", 4, "police")];
  const c = newComparison();
  compareArticle("x", BODY, gold, second, c);
  assert.deepEqual([c.tp, c.fp, c.fn], [2, 1, 2]);
  assert.deepEqual([...causeCounts(c)], [["extra/kind", 1], ["missed/kind", 1], ["missed/no label there", 1]]);
});

test("destroyed counts are not scored, and an article with nothing on either side agrees fully", () => {
  const c = newComparison();
  compareArticle("x", BODY, [at("500", "destroyed", 500)], [], c);
  assert.deepEqual([c.tp, c.fp, c.fn, c.articles], [0, 0, 0, 1]);
  assert.deepEqual(scores(c), { precision: 1, recall: 1, f1: 1, qualifier: 1 });
});
