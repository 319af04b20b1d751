import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConll, scoreTagSequences, spansOfTags } from "./conll.js";

test("parses token/tag lines with blank lines between sentences", () => {
  const s = parseConll("زار O\nمحمد B-PERS\nعلي I-PERS\n\nفي O\nالقاهرة\tB-LOC\n");
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.tags, ["O", "B-PERS", "I-PERS"]);
  assert.deepEqual(s[1]!.tokens, ["في", "القاهرة"]);
});

test("a stray I- opens a span; a type change closes one", () => {
  assert.deepEqual(spansOfTags(["I-LOC", "I-LOC", "I-ORG", "O", "B-PERS"]), [
    { type: "LOC", start: 0, end: 2 },
    { type: "ORG", start: 2, end: 3 },
    { type: "PERS", start: 4, end: 5 },
  ]);
});

test("exact span and type are needed for a true positive", () => {
  const gold = [["B-PERS", "I-PERS", "O", "B-LOC"]];
  const pred = [["B-PERS", "O", "O", "B-LOC"]];
  const s = scoreTagSequences(gold, pred);
  assert.equal(s.micro.tp, 1);
  assert.equal(s.micro.fp, 1);
  assert.equal(s.micro.fn, 1);
  assert.equal(s.perType.find((t) => t.type === "LOC")!.f1, 1);
  assert.equal(s.perType.find((t) => t.type === "PERS")!.f1, 0);
});
