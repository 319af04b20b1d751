import { test } from "node:test";
import assert from "node:assert/strict";
import { aggregateLine, causeCounts, compareArticle, newComparison, parseAgreementArgs, scores, type Figure } from "./agreement.js";

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

test("TEST is refused unless --test-agreement asks for it, and the flag is for TEST only", () => {
  assert.throws(() => parseAgreementArgs(["a.tsv", "test"]), /TEST is not read here/);
  assert.throws(() => parseAgreementArgs(["a.tsv", "test", "--show"]), /TEST is not read here/);
  assert.throws(() => parseAgreementArgs(["a.tsv", "fresh11", "--test-agreement"]), /for PART test only/);
  assert.throws(() => parseAgreementArgs(["a.tsv", "dev"]), /not a later DEV half/);
  assert.throws(() => parseAgreementArgs(["a.tsv", "test", "--test"]), /unknown flag/);
  assert.throws(() => parseAgreementArgs(["a.tsv"]), /usage/);
  assert.deepEqual(parseAgreementArgs(["a.tsv", "fresh11", "--show"]), { path: "a.tsv", part: "fresh11", test: false, show: true });
  assert.deepEqual(parseAgreementArgs(["a.tsv", "test", "--test-agreement"]), { path: "a.tsv", part: "test", test: true, show: false });
});

test("marsad's TEST row is aggregate: scores and counts, no cause and no article", () => {
  const c = newComparison();
  compareArticle("TEST-ARTICLE", BODY, gold, [at("12", "killed", 12), at("30", "killed", 30)], c);
  const line = aggregateLine("marsad vs gold (test)", c);
  assert.equal(line, "marsad vs gold (test): 1 articles, P 0.500 R 0.250 F1 0.333 (tp 1, fp 1, fn 3)");
  assert.doesNotMatch(line, /TEST-ARTICLE|missed|extra|killed/);
});
