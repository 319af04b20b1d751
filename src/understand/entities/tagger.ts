/**
 * The tagger's fast path: the same scores as summing every feature's weights (features.ts,
 * perceptron.ts), computed with fewer lookups:
 * - a word's unary features and its features as a neighbour at each offset depend on that word
 *   alone, so their weight sums are computed once per word and model and kept on its analysis
 *   (features.ts tokenInfo, a bounded memo), looked up once per token of a sentence;
 * - per token only the pair features (bigrams, gazetteer, document) are hashed, into a buffer
 *   kept per model, and looked up;
 * - emissions live in one flat array, kept per model and grown to the longest sentence; Viterbi
 *   runs over it (perceptron.ts).
 */
import { analyzeSentence, boundaries, MAX_PAIR_FEATURES, OFFSETS, pairFeatureHashes, pairInput, type DocumentStats, type FeatureResources, type SentenceAnalysis, type TokenInfo } from "./features.js";
import { foldTransitions, viterbiFlat, type LinearModel } from "./perceptron.js";

interface TaggerState {
  T: number;
  trans: Float64Array;
  outside: number;
  /** Reused per sentence (tagging is synchronous): pair feature hashes of one token, emissions, word scores. */
  pairs: Int32Array;
  emissions: Float64Array;
  padded: Float32Array[];
}

const states = new WeakMap<LinearModel, TaggerState>();

function stateOf(model: LinearModel): TaggerState {
  let s = states.get(model);
  if (!s) {
    const T = model.tags.length;
    states.set(model, (s = { T, trans: foldTransitions(model), outside: model.tags.indexOf("O"), pairs: new Int32Array(MAX_PAIR_FEATURES), emissions: new Float64Array(64 * T), padded: [] }));
  }
  return s;
}

function addWeights(model: LinearModel, hashes: readonly number[], out: Float32Array, base: number, T: number): void {
  const w = model.weights;
  for (const h of hashes) {
    const f = model.features.getHash(h);
    if (f === undefined) continue;
    const fb = f * T;
    for (let t = 0; t < T; t++) out[base + t]! += w[fb + t]!;
  }
}

/** The word's weight sums: its unary features at 0, its features as the neighbour at OFFSETS[k] at (k + 1) * T. */
function wordScores(model: LinearModel, state: TaggerState, info: TokenInfo): Float32Array {
  if (info.scoredBy === model) return info.scores!;
  const T = state.T;
  const s = new Float32Array((1 + OFFSETS.length) * T);
  addWeights(model, info.unary, s, 0, T);
  info.neighbour.forEach((hashes, k) => addWeights(model, hashes, s, (k + 1) * T, T));
  info.scoredBy = model;
  info.scores = s;
  return s;
}

/** Tag indexes (into model.tags) of one sentence. */
export function tagSentence(model: LinearModel, res: FeatureResources, surfaces: readonly string[], doc?: DocumentStats): number[] {
  return tagAnalysis(model, res, analyzeSentence(surfaces, res, doc));
}

// tagAnalysis adds the six neighbour offsets' sums by name.
if (OFFSETS.length !== 6) throw new Error("tagger: tagAnalysis reads exactly six neighbour offsets");

/** Boundary pseudo tokens on each side of a sentence: the widest neighbour offset. */
const PAD = Math.max(...OFFSETS.map(Math.abs));

/** Tag indexes of one analyzed sentence (features.ts analyzeSentence). */
export function tagAnalysis(model: LinearModel, res: FeatureResources, a: SentenceAnalysis): number[] {
  const n = a.infos.length;
  if (!n) return [];
  const state = stateOf(model);
  const T = state.T;
  const edges = boundaries(res);
  // Word scores of the sentence padded with the boundary tokens: token i + o is at i + o + PAD.
  const padded = state.padded;
  padded.length = n + 2 * PAD;
  const start = wordScores(model, state, edges.start);
  const end = wordScores(model, state, edges.end);
  for (let j = 0; j < PAD; j++) {
    padded[j] = start;
    padded[n + PAD + j] = end;
  }
  for (let i = 0; i < n; i++) padded[i + PAD] = wordScores(model, state, a.infos[i]!);
  if (state.emissions.length < n * T) state.emissions = new Float64Array(2 * n * T);
  const emissions = state.emissions;
  const pairs = state.pairs;
  const w = model.weights;
  const features = model.features;
  const bias = model.outsideBias && state.outside >= 0 ? model.outsideBias : 0;
  const input = pairInput(a, res);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    // The word's own sums plus its neighbours' at each offset, added in OFFSETS order per tag (the
    // order of the sum is the order of the slow path's, so the scores are the same to the bit).
    const own = padded[i + PAD]!;
    const n0 = padded[i + OFFSETS[0] + PAD]!;
    const n1 = padded[i + OFFSETS[1] + PAD]!;
    const n2 = padded[i + OFFSETS[2] + PAD]!;
    const n3 = padded[i + OFFSETS[3] + PAD]!;
    const n4 = padded[i + OFFSETS[4] + PAD]!;
    const n5 = padded[i + OFFSETS[5] + PAD]!;
    for (let t = 0; t < T; t++) {
      emissions[base + t] = own[t]! + n0[T + t]! + n1[2 * T + t]! + n2[3 * T + t]! + n3[4 * T + t]! + n4[5 * T + t]! + n5[6 * T + t]!;
    }
    const count = pairFeatureHashes(input, i, pairs);
    for (let j = 0; j < count; j++) {
      const f = features.getHash(pairs[j]!);
      if (f === undefined) continue;
      const fb = f * T;
      for (let t = 0; t < T; t++) emissions[base + t]! += w[fb + t]!;
    }
    if (bias) emissions[base + state.outside]! -= bias;
  }
  return viterbiFlat(emissions, n, state.trans, T);
}

/**
 * How much the word's own features (unary: word, affixes, shape, classes, triggers) favour `tag`
 * over O, in the model's weight units: a learned name-likeness of the word, context aside.
 */
export function unaryPreference(model: LinearModel, info: TokenInfo, tag: string): number {
  const t = model.tags.indexOf(tag);
  const state = stateOf(model);
  if (t < 0 || state.outside < 0) return 0;
  const s = wordScores(model, state, info);
  return s[t]! - s[state.outside]!;
}
