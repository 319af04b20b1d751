import { test } from "node:test";
import assert from "node:assert/strict";
import { compileGazetteer, sentenceFeatures, tokenInfo, type FeatureResources } from "./features.js";
import { deserializeModel, serializeModel, type NerModelData } from "./model-file.js";
import { trainPerceptron } from "./perceptron.js";

// Two class sets of two levels each: the words' (levels 0–1) and the bare forms' (levels 2–3);
// −1 where a set lacks the word.
const data: NerModelData = {
  gazetteer: [{ type: "LOC", name: "دمشق" }],
  latinGazetteer: [],
  entityWords: ["دمشق", "سمير"],
  plainWords: ["زار"],
  words: ["دمشق", "زار", "سمير", "واشنطن"],
  wordCounts: Uint32Array.from([30, 20, 12, 25]),
  wordClasses: Int32Array.from([2, 20, 5, 50, 3, 30, -1, -1, 1, 10, 6, 60, 2, 21, 5, 51]),
  levels: 4,
  levelForms: ["word", "word", "bare", "bare"],
  meta: { note: "fixture" },
};

test("a model file keeps each class level's form, and the loaded model looks words up by it", () => {
  const res: FeatureResources = { gazetteer: compileGazetteer(data.gazetteer), words: new Map([["دمشق", { count: 30, classes: [2, 20, 5, 50] }]]), levels: 4, levelForms: data.levelForms!, off: new Set() };
  const sentences = [{ tokens: ["زار", "سمير", "دمشق"], tags: ["O", "B-PERS", "B-LOC"] }];
  const trained = trainPerceptron(sentences.map((s) => ({ features: sentenceFeatures(s.tokens, res), tags: s.tags })), { epochs: 2, seed: 1, minCount: 1 });
  const model = deserializeModel(serializeModel(trained, data));
  assert.deepEqual(model.levelForms, ["word", "word", "bare", "bare"]);
  assert.deepEqual(model.resources.levelForms, ["word", "word", "bare", "bare"]);
  assert.deepEqual(tokenInfo("وبواشنطن", model.resources).classes, ["2", "21", "5", "51"]);
  assert.deepEqual(tokenInfo("زار", model.resources).classes, ["3", "30", "-", "-"], "a set without the word gives no class at its levels");
});

test("a model file keeps whether it has the name-shape features", () => {
  const trained = trainPerceptron([{ features: [[1], [2]], tags: ["B-PERS", "O"] }], { epochs: 1, seed: 1, minCount: 1 });
  assert.equal(deserializeModel(serializeModel(trained, { ...data, nameShapes: true })).resources.nameShapes, true);
  assert.equal(deserializeModel(serializeModel(trained, data)).resources.nameShapes, undefined);
});

test("a model file keeps its person-name words, and a model without them has no person-name feature", () => {
  const trained = trainPerceptron([{ features: [[1], [2]], tags: ["B-PERS", "O"] }], { epochs: 1, seed: 1, minCount: 1 });
  const named = deserializeModel(serializeModel(trained, { ...data, personNames: ["ستيوارت", "سمير"] }));
  assert.deepEqual(named.personNames, ["ستيوارت", "سمير"]);
  assert.deepEqual([...named.resources.personNames!], ["ستيوارت", "سمير"]);
  const bare = deserializeModel(serializeModel(trained, data));
  assert.equal(bare.personNames, undefined);
  assert.equal(bare.resources.personNames, undefined);
});
