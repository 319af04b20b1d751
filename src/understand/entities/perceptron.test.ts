import { test } from "node:test";
import assert from "node:assert/strict";
import { hashFeature } from "./feature-index.js";
import { allowedTransitions, averageModels, bioesToBio, bioToBioes, decodeSentence, trainPerceptron } from "./perceptron.js";
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

// Word dropout: names written only by their word, plus one generalizing cue (the word before).
// Without dropout the word features carry every name and the cue learns little; with it, the cue
// must tag the names whose word is hidden, so it carries an unseen name after it.
const cueData = [
  { words: ["قال", "السيد", "كمال"], tags: ["O", "O", "B-PERS"] },
  { words: ["زار", "السيد", "نبيل"], tags: ["O", "O", "B-PERS"] },
  { words: ["قال", "السيد", "رامي"], tags: ["O", "O", "B-PERS"] },
  { words: ["قال", "كمال", "ذلك"], tags: ["O", "B-PERS", "O"] },
  { words: ["زار", "نبيل", "المدينة"], tags: ["O", "B-PERS", "O"] },
  { words: ["قال", "رامي", "ذلك"], tags: ["O", "B-PERS", "O"] },
];
const identity = (w: string) => [hashFeature("w=" + w)];
const withDroppable = cueData.map((s) => ({ features: feats(s.words), tags: s.tags, droppable: s.words.map(identity) }));

test("word dropout is reproducible and leaves training unchanged at rate 0", () => {
  const plain = trainPerceptron(withDroppable, { epochs: 5, seed: 3, minCount: 1 });
  const none = trainPerceptron(withDroppable, { epochs: 5, seed: 3, minCount: 1, wordDropout: 0 });
  assert.deepEqual([...plain.weights], [...none.weights]);
  const a = trainPerceptron(withDroppable, { epochs: 5, seed: 3, minCount: 1, wordDropout: 0.5 });
  const b = trainPerceptron(withDroppable, { epochs: 5, seed: 3, minCount: 1, wordDropout: 0.5 });
  assert.deepEqual([...a.weights], [...b.weights]);
});

test("word dropout moves weight from the word to the context cue", () => {
  const cueWeight = (wordDropout: number) => {
    const model = trainPerceptron(withDroppable, { epochs: 20, seed: 3, minCount: 1, wordDropout });
    const f = model.features.getHash(hashFeature("prev=السيد"))!;
    return model.weights[f * model.tags.length + model.tags.indexOf("B-PERS")]!;
  };
  assert.ok(cueWeight(0.5) > cueWeight(0), `cue weight with dropout ${cueWeight(0.5)}, without ${cueWeight(0)}`);
});

test("per-token dropout rates: rate 0 everywhere trains as no dropout; the rate a token is given is the rate it is dropped at", () => {
  const rated = (rate: (w: string) => number) => withDroppable.map((s, k) => ({ ...s, dropRates: cueData[k]!.words.map(rate) }));
  const plain = trainPerceptron(withDroppable, { epochs: 5, seed: 3, minCount: 1 });
  const zero = trainPerceptron(rated(() => 0), { epochs: 5, seed: 3, minCount: 1 });
  assert.deepEqual([...plain.weights], [...zero.weights]);
  const uniform = trainPerceptron(withDroppable, { epochs: 5, seed: 3, minCount: 1, wordDropout: 0.5 });
  const perToken = trainPerceptron(rated(() => 0.5), { epochs: 5, seed: 3, minCount: 1 });
  assert.deepEqual([...uniform.weights], [...perToken.weights]);
});

test("a margin of 0 is Collins's perceptron; a margin still learns the toy set, reproducibly", () => {
  const plain = trainPerceptron(data, { epochs: 5, seed: 2, minCount: 1 });
  const zero = trainPerceptron(data, { epochs: 5, seed: 2, minCount: 1, margin: 0, missCost: 0 });
  assert.deepEqual([...plain.weights], [...zero.weights]);
  const a = trainPerceptron(data, { epochs: 10, seed: 2, minCount: 1, margin: 2, missCost: 1 });
  const b = trainPerceptron(data, { epochs: 10, seed: 2, minCount: 1, margin: 2, missCost: 1 });
  assert.deepEqual([...a.weights], [...b.weights]);
  for (const s of data) assert.deepEqual(decodeSentence(a, s.features), s.tags);
});

test("a margin makes the gold tags win by more than Collins's perceptron does", () => {
  // The score gap between a name's gold tag and O on the word «حداد» after «التقى».
  const gap = (margin: number) => {
    const model = trainPerceptron(data, { epochs: 10, seed: 2, minCount: 1, margin });
    const score = (tag: string) => feats(["التقى", "حداد"])[1]!.reduce((sum, h) => { const f = model.features.getHash(h); return f === undefined ? sum : sum + model.weights[f * model.tags.length + model.tags.indexOf(tag)]!; }, 0);
    return score("B-PERS") - score("O");
  };
  assert.ok(gap(3) > gap(0), `gap with margin ${gap(3)}, without ${gap(0)}`);
});

test("averageModels: the mean of models of one feature index; one model is itself", () => {
  const a = trainPerceptron(data, { epochs: 3, seed: 1, minCount: 1 });
  const b = trainPerceptron(data, { epochs: 3, seed: 9, minCount: 1 });
  assert.deepEqual([...averageModels([a]).weights], [...a.weights]);
  const mean = averageModels([a, b]);
  const k = a.weights.findIndex((w, i) => w !== b.weights[i]);
  assert.ok(k >= 0);
  assert.ok(Math.abs(mean.weights[k]! - (a.weights[k]! + b.weights[k]!) / 2) < 1e-6);
  assert.throws(() => averageModels([]), /averageModels needs at least one model/);
});

test("BIOES: tags round-trip to BIO, an I- opening a span reads as its B-, and decoding keeps spans closed", () => {
  const bio = ["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG", "I-ORG", "I-LOC"];
  const bioes = bioToBioes(bio);
  assert.deepEqual(bioes, ["B-PERS", "E-PERS", "O", "S-LOC", "S-LOC", "B-ORG", "E-ORG", "S-LOC"]);
  assert.deepEqual(bioesToBio(bioes), ["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "B-ORG", "I-ORG", "B-LOC"]);
  const tags = ["B-LOC", "E-LOC", "I-LOC", "O", "S-LOC"];
  const allowed = allowedTransitions(tags);
  const may = (prev: string | null, t: string) => allowed[prev === null ? 0 : tags.indexOf(prev) + 1]![tags.indexOf(t)]!;
  assert.equal(may(null, "E-LOC"), false);
  assert.equal(may("B-LOC", "O"), false);
  assert.equal(may("B-LOC", "E-LOC"), true);
  assert.equal(may("E-LOC", "I-LOC"), false);
  assert.equal(may("S-LOC", "B-LOC"), true);
  // BIO sets are read as before.
  assert.equal(allowedTransitions(["B-LOC", "I-LOC", "O"])[1]![2], true);
});

test("passive-aggressive steps learn the toy set; aggressiveness 0 is the perceptron's unit step", () => {
  const pa = trainPerceptron(data, { epochs: 10, seed: 1, minCount: 1, passiveAggressive: 1 });
  for (const s of data) assert.deepEqual(decodeSentence(pa, s.features), s.tags);
  const plain = trainPerceptron(data, { epochs: 3, seed: 7, minCount: 1 });
  const zero = trainPerceptron(data, { epochs: 3, seed: 7, minCount: 1, passiveAggressive: 0 });
  assert.deepEqual([...zero.weights], [...plain.weights]);
});

test("edge keys: transitions conditioned on the token stepped into are learned and decoded", () => {
  // The same features before a name's second word either way: only the key of «حداد» (1) against «القاهرة» (2) tells I-PERS from B-LOC after a name.
  const keyed = [
    { words: ["قال", "سمير", "حداد"], tags: ["O", "B-PERS", "I-PERS"], keys: [0, 0, 1] },
    { words: ["زار", "سمير", "القاهرة"], tags: ["O", "B-PERS", "B-LOC"], keys: [0, 0, 2] },
  ].map((s) => ({ features: s.words.map((w, i) => [hashFeature("b"), hashFeature(i === 2 ? "third" : "w=" + w)]), tags: s.tags, edgeKeys: s.keys }));
  const model = trainPerceptron(keyed, { epochs: 10, seed: 1, minCount: 1, edgeKeys: 3 });
  assert.ok(model.edges);
  for (const s of keyed) assert.deepEqual(decodeSentence(model, s.features, s.edgeKeys), s.tags);
  const without = trainPerceptron(keyed, { epochs: 10, seed: 1, minCount: 1 });
  assert.equal(without.edges, undefined);
});
