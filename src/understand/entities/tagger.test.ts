import { test } from "node:test";
import assert from "node:assert/strict";
import { compileGazetteer, documentStats, sentenceFeatures, type FeatureResources } from "./features.js";
import { decodeSentence, trainPerceptron } from "./perceptron.js";
import { sumsAreExact, tagSentence } from "./tagger.js";

const res: FeatureResources = {
  gazetteer: compileGazetteer([{ type: "LOC", name: "دمشق" }]),
  words: new Map([
    ["سمير", { count: 9, classes: [1, 10] }],
    ["دمشق", { count: 9, classes: [2, 20] }],
    ["زار", { count: 9, classes: [3, 30] }],
  ]),
  levels: 2,
  off: new Set(),
};

const sentences = [
  { tokens: ["زار", "سمير", "خليل", "دمشق", "."], tags: ["O", "B-PERS", "I-PERS", "B-LOC", "O"] },
  { tokens: ["وصل", "الرئيس", "سمير", "إلى", "بيروت"], tags: ["O", "O", "B-PERS", "O", "B-LOC"] },
  { tokens: ["في", "دمشق", "قال", "خليل", "عون"], tags: ["O", "B-LOC", "O", "B-PERS", "I-PERS"] },
];

test("the cached fast path decodes exactly as summing every feature does", () => {
  const doc = documentStats(sentences.map((s) => s.tokens), res);
  const model = { ...trainPerceptron(sentences.map((s) => ({ features: sentenceFeatures(s.tokens, res, doc), tags: s.tags })), { epochs: 3, seed: 1, minCount: 1 }), outsideBias: 0.5 };
  const unseen = [["زار", "خليل", "عون", "بيروت", "أمس"], ["سمير"], ["دمشق", "دمشق", "و", "سمير", "قال", "إن", "الرئيس", "سمير", "زار", "دمشق"]];
  for (const tokens of [...sentences.map((s) => s.tokens), ...unseen]) {
    const slow = decodeSentence(model, sentenceFeatures(tokens, res, doc));
    const fast = tagSentence(model, res, tokens, doc).map((t) => model.tags[t]!);
    assert.deepEqual(fast, slow, tokens.join(" "));
  }
});

test("with weights exact in any order, the pre-summed closed-set features decode as summing every feature does", () => {
  const doc = documentStats(sentences.map((s) => s.tokens), res);
  const trained = trainPerceptron(sentences.map((s) => ({ features: sentenceFeatures(s.tokens, res, doc), tags: s.tags })), { epochs: 3, seed: 1, minCount: 1 });
  // Multiples of 2^-10, as the shipped model's are of 2^-33: the fast path sums shapes, gazetteer
  // tags and trigger classes per combination.
  const model = { ...trained, weights: trained.weights.map((x) => Math.round(x * 1024) / 1024), outsideBias: 0.5 };
  assert.ok(sumsAreExact(model));
  const unseen = [["زار", "خليل", "عون", "بيروت", "أمس"], ["سمير"], ["دمشق", "دمشق", "و", "سمير", "قال", "إن", "الرئيس", "سمير", "زار", "دمشق"], ["12", "Paris", "،", "دمشق"]];
  for (const tokens of [...sentences.map((s) => s.tokens), ...unseen]) {
    const slow = decodeSentence(model, sentenceFeatures(tokens, res, doc));
    const fast = tagSentence(model, res, tokens, doc).map((t) => model.tags[t]!);
    assert.deepEqual(fast, slow, tokens.join(" "));
  }
});

test("sums are exact when the weights share a step fine enough and the largest sum stays within 53 bits of it", () => {
  assert.ok(sumsAreExact({ weights: Float32Array.from([0.5, -1.25, 3, 0]), outsideBias: 16 }));
  assert.ok(sumsAreExact({ weights: new Float32Array(4) }));
  // 2^-40 beside 64: a sum of a thousand such weights needs more than 53 bits.
  assert.ok(!sumsAreExact({ weights: Float32Array.from([2 ** -40, 64]) }));
  assert.ok(!sumsAreExact({ weights: Float32Array.from([1, Infinity]) }));
  assert.ok(!sumsAreExact({ weights: Float32Array.from([2 ** -20, 1]), outsideBias: 0.1 }));
});

test("training data is learned back", () => {
  const model = trainPerceptron(sentences.map((s) => ({ features: sentenceFeatures(s.tokens, res), tags: s.tags })), { epochs: 5, seed: 1, minCount: 1 });
  for (const s of sentences) assert.deepEqual(tagSentence(model, res, s.tokens).map((t) => model.tags[t]!), s.tags);
});

test("an empty sentence has no tags", () => {
  const model = trainPerceptron(sentences.map((s) => ({ features: sentenceFeatures(s.tokens, res), tags: s.tags })), { epochs: 1, seed: 1, minCount: 1 });
  assert.deepEqual(tagSentence(model, res, []), []);
});
