/**
 * The shipped tagger's weights were learned on features computed by the training path (features.ts
 * sentenceFeatures over CoNLL tokens, documentStats of the sentence's window: scripts/train-ner.ts);
 * articles are tagged through another path (tokens.ts taggerSentences, each token's analysis kept on
 * its word record, documentStatsOfInfos of the whole article, the tagger's cached sums: recognize.ts).
 * If the two ever computed different features for the same words (a word list, the clitic splitter,
 * normalization or tokenization changed on one side only), every article would be tagged with weights
 * that no longer fit its features, and no test of tags alone would say why. These tests hold the two
 * paths to the same token texts and the same per-token, per-tag emission sums under the shipped model.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeInfos, boundaries, documentStats, documentStatsOfInfos, featureHashesOf, neighbourAt, OFFSETS, pairFeatureHashes, pairInput, sentenceFeatures, type SentenceAnalysis, type FeatureResources } from "./features.js";
import { loadDefaultModel } from "./model-file.js";
import { decodeSentence, type LinearModel } from "./perceptron.js";
import { sentenceInfosOf } from "./recognize/shared.js";
import { tagAnalysis, tagAndScore } from "./tagger.js";
import { taggerSentences } from "./tokens.js";

/**
 * A composed article, one line a sentence, written as a CoNLL corpus splits it (punctuation a token of
 * its own, clitics on their word): trigger words (الرئيس, وزير, وزارة, مدينة), a gazetteer place,
 * proclitics before names (وبغداد, لحركة), a name repeated (document features), Latin and digits.
 */
const SENTENCES = [
  "قال الرئيس اللبناني ميشال عون في بيروت يوم الأحد إن الحكومة ستجتمع قريبا .",
  "وأضاف عون أن وزير الخارجية سيزور دمشق وبغداد الأسبوع المقبل .",
  "وأعلنت وزارة الصحة في مدينة الموصل عن 12 إصابة جديدة ، بحسب وكالة رويترز .",
  "ودعا المتحدث باسم حركة حماس إلى وقف التصعيد في قطاع غزة .",
  "وقالت شركة Apple إن مبيعاتها ارتفعت 3.5 % في الربع الأول .",
  "والتقى عون بالسفير الأمريكي لدى لبنان في قصر بعبدا .",
];

/**
 * Per-token, per-tag sums of the weights of the features the training path computes (no O bias), and
 * the sums of their magnitudes: the tagger keeps a word's sums as 32-bit floats (tagger.ts ScoreRows),
 * so its emissions may differ from these by float rounding, a few 2^-24 of the magnitudes summed.
 */
function trainingEmissions(model: LinearModel, features: readonly (readonly number[])[]): { sums: Float64Array; magnitudes: Float64Array } {
  const T = model.tags.length;
  const sums = new Float64Array(features.length * T);
  const magnitudes = new Float64Array(features.length * T);
  features.forEach((fs, i) => {
    for (const h of fs) {
      const f = model.features.getHash(h);
      if (f === undefined) continue;
      for (let t = 0; t < T; t++) {
        sums[i * T + t]! += model.weights[f * T + t]!;
        magnitudes[i * T + t]! += Math.abs(model.weights[f * T + t]!);
      }
    }
  });
  return { sums, magnitudes };
}

/** The feature hashes of each token of an article-path analysis, as sentenceFeatures gathers them: its own, its pairs', its neighbours'. */
function articleHashes(a: SentenceAnalysis, res: FeatureResources): number[][] {
  const input = pairInput(a, res);
  const edges = boundaries(res);
  const out = new Int32Array(4096);
  return a.infos.map((t, i) => {
    const hashes = [...featureHashesOf(t).unary, ...out.subarray(0, pairFeatureHashes(input, i, out))];
    OFFSETS.forEach((o, k) => hashes.push(...featureHashesOf(neighbourAt(a.infos, i, o, edges)).neighbour[k]!));
    return hashes;
  });
}

const sorted = (rows: readonly (readonly number[])[]) => rows.map((r) => [...r].sort((x, y) => x - y));

test("the article tokenizer splits a CoNLL-style sentence into the tokens training reads", () => {
  const sentences = taggerSentences(SENTENCES.join("\n"));
  assert.deepEqual(
    sentences.map((s) => s.map((t) => t.text)),
    SENTENCES.map((s) => s.split(" ")),
  );
});

test("the article path sums, token by token, the features the training path computes (shipped model)", () => {
  const model = loadDefaultModel();
  const res = model.resources;
  const text = SENTENCES.join("\n");
  // The article path (recognize.ts recognizeEntitiesIn).
  const sentences = taggerSentences(text);
  const infos = sentenceInfosOf(sentences, model);
  const articleDoc = documentStatsOfInfos(infos);
  // The training path (scripts/train-ner.ts featuresOf): the article is shorter than the document window.
  const surfaces = sentences.map((s) => s.map((t) => t.text));
  const trainingDoc = documentStats(surfaces, res);
  const T = model.tags.length;
  sentences.forEach((_, k) => {
    const analysis = analyzeInfos(infos[k]!, res, articleDoc);
    const article = tagAndScore(model, model, res, analysis).emissions;
    const features = sentenceFeatures(surfaces[k]!, res, trainingDoc);
    // The same hashes from the article path's analyses and document…
    assert.deepEqual(sorted(articleHashes(analysis, res)), sorted(features), SENTENCES[k]);
    // …and the same sums from the tagger's cached path.
    const training = trainingEmissions(model, features);
    assert.equal(article.length, training.sums.length, SENTENCES[k]);
    for (let i = 0; i < article.length; i++) {
      const word = surfaces[k]![Math.floor(i / T)];
      const tolerance = 2 ** -20 * training.magnitudes[i]! + 1e-9;
      assert.ok(Math.abs(article[i]! - training.sums[i]!) <= tolerance, `${word} ${model.tags[i % T]}: article ${article[i]} vs training ${training.sums[i]}`);
    }
    assert.deepEqual(
      tagAnalysis(model, res, analysis).map((t) => model.tags[t]!),
      decodeSentence(model, features),
      SENTENCES[k],
    );
  });
});
