import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeSentence, compileGazetteer, documentStats, sentenceFeatures, tokenInfo, type FeatureResources } from "./features.js";
import { hashFeature } from "./feature-index.js";
import { decodeSentence, trainPerceptron } from "./perceptron.js";
import { stackedFeatureRows, stackedFeatureRowsOfIds, stackedFeatures } from "./stacking.js";
import { decodeEmissions, JOINT_AFTER_TOKENS, tagAndScore, tagAnalysis } from "./tagger.js";

const res: FeatureResources = {
  gazetteer: compileGazetteer([{ type: "LOC", name: "موسكو" }]),
  words: new Map([
    ["لافروف", { count: 60, classes: [1] }],
    ["موسكو", { count: 90, classes: [2] }],
  ]),
  levels: 1,
  off: new Set(),
};

/** Sentences of space-separated tokens with their first-stage tags ("-" for O). */
function parse(lines: [string, string][]): { tokens: string[][]; tags: string[][] } {
  const tokens = lines.map(([text]) => text.split(" "));
  const tags = lines.map(([, t]) => t.split(" ").map((x) => (x === "-" ? "O" : x)));
  tags.forEach((t, i) => assert.equal(t.length, tokens[i]!.length, `fixture line ${i}`));
  return { tokens, tags };
}

const lines: [string, string][] = [
  ["التقى وزير الخارجية الروسي سيرغي لافروف نظيره في موسكو", "- - - - B-PERS I-PERS - - B-LOC"],
  ["وقال لافروف إن المحادثات كانت بناءة", "- - - - - -"],
];

test("a word the first stage tags elsewhere in the document carries that type, its own mention left out", () => {
  const { tokens, tags } = parse(lines);
  const stacked = stackedFeatures(tokens.map((s) => s.map((t) => tokenInfo(t, res))), tags);
  const has = (s: number, i: number, f: string) => stacked[s]![i]!.includes(hashFeature(`stk:${f}`));
  // «وقال لافروف»: untagged here, tagged once elsewhere as the last word of a person.
  assert.ok(has(1, 1, "s1=O"));
  assert.ok(has(1, 1, "dmaj=PERS|hi"));
  assert.ok(has(1, 1, "dlast=true|O"));
  // «سيرغي لافروف»: its one other mention is untagged, so the window gives no type.
  assert.ok(has(0, 5, "dmaj=none|-"));
  assert.ok(has(0, 5, "s1-1=B-PERS|I-PERS"));
});

test("the fast path with stacked features decodes exactly as summing every feature does", () => {
  const { tokens, tags } = parse(lines);
  const doc = documentStats(tokens, res);
  const rows = stackedFeatureRows(tokens.map((s) => s.map((t) => tokenInfo(t, res))), tags);
  const stacked = stackedFeatures(tokens.map((s) => s.map((t) => tokenInfo(t, res))), tags);
  const feats = tokens.map((s, k) => sentenceFeatures(s, res, doc).map((f, i) => [...f, ...stacked[k]![i]!]));
  const model = { ...trainPerceptron(feats.map((f, k) => ({ features: f, tags: tags[k]! })), { epochs: 3, seed: 1, minCount: 1 }), outsideBias: 0.5 };
  tokens.forEach((s, k) => {
    const fast = tagAnalysis(model, res, analyzeSentence(s, res, doc), rows[k]).map((t) => model.tags[t]!);
    assert.deepEqual(fast, decodeSentence(model, feats[k]!));
  });
});

test("the two-stage sweep (tagAndScore, decodeEmissions with the stacked rows) tags as two passes of tagAnalysis do", () => {
  const { tokens, tags } = parse(lines);
  const doc = documentStats(tokens, res);
  const infos = tokens.map((s) => s.map((t) => tokenInfo(t, res)));
  const feats1 = tokens.map((s) => sentenceFeatures(s, res, doc));
  const first = { ...trainPerceptron(feats1.map((f, k) => ({ features: f, tags: tags[k]! })), { epochs: 3, seed: 1, minCount: 1 }), outsideBias: 0.25 };
  const stacked = stackedFeatures(infos, tags);
  const second = { ...trainPerceptron(feats1.map((f, k) => ({ features: f.map((x, i) => [...x, ...stacked[k]![i]!]), tags: tags[k]! })), { epochs: 3, seed: 2, minCount: 1 }), outsideBias: 0.5 };
  const t1 = tokens.map((s) => tagAnalysis(first, res, analyzeSentence(s, res, doc)));
  const rows = stackedFeatureRowsOfIds(infos, first.tags, t1);
  assert.deepEqual(rows, stackedFeatureRows(infos, t1.map((t) => t.map((x) => first.tags[x]!))));
  const sweep = () =>
    tokens.forEach((s, k) => {
      const a = analyzeSentence(s, res, doc);
      const both = tagAndScore(first, second, res, a);
      assert.deepEqual(both.tags, t1[k]);
      assert.deepEqual(decodeEmissions(second, both.emissions, s.length, rows[k]), tagAnalysis(second, res, a, rows[k]));
    });
  sweep();
  // Past JOINT_AFTER_TOKENS the two models look their pair features up in one table: the same tags.
  const perSweep = tokens.reduce((n, s) => n + s.length, 0);
  for (let scored = perSweep; scored < JOINT_AFTER_TOKENS; scored += perSweep) tokens.forEach((s) => tagAndScore(first, second, res, analyzeSentence(s, res, doc)));
  sweep();
});

test("first-stage tags beyond the hash tables' ids (a fine-grained tag set) hash as their strings", () => {
  const many = Array.from({ length: 40 }, (_, k) => `T${k}`);
  const infos = [["لافروف", "في", "موسكو"].map((t) => tokenInfo(t, res))];
  // 80 distinct tags seen before this sentence's: its tags' ids are past the tables' 64.
  stackedFeatures([many.map((t) => tokenInfo(t, res))], [many.map((t) => `B-${t}`)]);
  stackedFeatures([many.map((t) => tokenInfo(t, res))], [many.map((t) => `I-${t}`)]);
  const [row] = stackedFeatures(infos, [["B-Politician", "O", "B-Capital"]]);
  assert.ok(row![0]!.includes(hashFeature("stk:s1=B-Politician")));
  assert.ok(row![0]!.includes(hashFeature("stk:s1+1=B-Politician|O")));
  assert.ok(row![2]!.includes(hashFeature("stk:s1-2=Politician")));
  assert.ok(row![2]!.includes(hashFeature("stk:dprev=none|O")));
});

test("a recall tagging adds its templates (r1, r1×s1, r1-1×r1+1); without one the rows are as before", () => {
  const { tokens, tags } = parse(lines);
  const infos = tokens.map((s) => s.map((t) => tokenInfo(t, res)));
  const recall = tags.map((t) => [...t]);
  recall[1]![1] = "B-PERS"; // «وقال لافروف»: a person at the higher O bias
  const plain = stackedFeatures(infos, tags);
  const withRecall = stackedFeatures(infos, tags, undefined, recall);
  assert.equal(withRecall[1]![1]!.length, plain[1]![1]!.length + 3);
  assert.deepEqual(withRecall[1]![1]!.slice(0, plain[1]![1]!.length), plain[1]![1]);
  const has = (f: string) => withRecall[1]![1]!.includes(hashFeature(`stk:${f}`));
  assert.ok(has("r1=B-PERS"));
  assert.ok(has("r1×s1=B-PERS|O"));
  assert.ok(withRecall[1]![2]!.includes(hashFeature("stk:r1-1×r1+1=PERS|O")));
});
