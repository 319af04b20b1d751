import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeSentence, compileGazetteer, documentStats, sentenceFeatures, tokenInfo, type FeatureResources } from "./features.js";
import { hashFeature } from "./feature-index.js";
import { decodeSentence, trainPerceptron } from "./perceptron.js";
import { stackedFeatureRows, stackedFeatures } from "./stacking.js";
import { tagAnalysis } from "./tagger.js";

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
