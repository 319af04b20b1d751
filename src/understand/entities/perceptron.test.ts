import { test } from "node:test";
import assert from "node:assert/strict";
import { hashFeature } from "./feature-index.js";
import { allowedTransitions, decodeSentence, trainPerceptron } from "./perceptron.js";
import { seededRandom } from "../../seeded-random.js";

const feats = (words: string[]) => words.map((w, i) => ["b", "w=" + w, "prev=" + (words[i - 1] ?? "<s>")].map(hashFeature));

const data = [
  { words: ["قال", "الرئيس", "سمير", "حداد"], tags: ["O", "O", "B-PERS", "I-PERS"] },
  { words: ["زار", "الرئيس", "سمير", "القاهرة"], tags: ["O", "O", "B-PERS", "B-LOC"] },
  { words: ["وصل", "إلى", "القاهرة"], tags: ["O", "O", "B-LOC"] },
  { words: ["التقى", "حداد", "في", "القاهرة"], tags: ["O", "B-PERS", "O", "B-LOC"] },
].map((s) => ({ features: feats(s.words), tags: s.tags }));

test("learns a separable toy set and tags it back", () => {
  const model = trainPerceptron(data, { epochs: 10, seed: 1, minCount: 1 });
  for (const s of data) assert.deepEqual(decodeSentence(model, s.features), s.tags);
});

test("training is reproducible with a fixed seed", () => {
  const a = trainPerceptron(data, { epochs: 3, seed: 7, minCount: 1 });
  const b = trainPerceptron(data, { epochs: 3, seed: 7, minCount: 1 });
  assert.deepEqual([...a.weights], [...b.weights]);
  assert.equal(seededRandom(3)(), seededRandom(3)());
});

test("decoding never puts I-X after O or after another type", () => {
  const allowed = allowedTransitions(["B-LOC", "I-LOC", "O"]);
  assert.equal(allowed[0]![1], false); // sentence start → I-LOC
  assert.equal(allowed[3]![1], false); // O → I-LOC
  assert.equal(allowed[1]![1], true); // B-LOC → I-LOC
});
