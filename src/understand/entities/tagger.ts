/**
 * The tagger's fast path: the same scores as summing every feature's weights (features.ts,
 * perceptron.ts), computed with fewer lookups:
 * - a word's unary features and its features as a neighbour at each offset depend on that word
 *   alone, so their weight sums are computed once per word and model and kept on its analysis
 *   (features.ts tokenInfo, a bounded memo), looked up once per token of a sentence; a
 *   sentence's new words are summed together (scoreWords: their hashes written into one buffer,
 *   then filtered, probed and summed in passes over all of them);
 * - per token only the pair features (bigrams, gazetteer, document) are hashed, into a buffer
 *   kept per model, and looked up, a sentence's open ones at once (FeatureIndex.resolveRows: the
 *   filter's loads of all tokens, then the probes, so that their cache misses overlap);
 * - the pair features whose values come from small closed sets (shapes, gazetteer tags, trigger
 *   classes, a word's document facts) are summed once per combination of values and model
 *   (ClosedRows) and added as one row per group, when the model's sums are exact in any order (sumsAreExact: then the scores
 *   are the same to the bit);
 * - emissions live in one flat array, kept per model and grown to the longest sentence; Viterbi
 *   runs over it (perceptron.ts).
 */
import {
  analyzeSentence, closedValueId, CUE_IDS, DOCUMENT_COMBINATIONS, documentCombination, documentCombinationFeatures, documentFeatures, DOCUMENT_FEATURES_OPEN, GAZETTEER_IDS, gazetteerFeatures, GZ_AFTER_END, GZ_BEFORE_START, MAX_PAIR_FEATURES, MAX_WORD_FEATURES, OFFSETS, pairFeatureHashes, pairInput, sentenceOpenPairFeatureHashes,
  seenClass, SHAPE_IDS, shapeFeatures, triggerFeatures, type DocumentStats, type FeatureResources, type PairInput, type SentenceAnalysis, type TokenInfo, writeWordFeatureHashes,
} from "./features.js";
import { foldTransitions, viterbiFlat, type LinearModel } from "./perceptron.js";
import type { FeatureRows } from "./stacking.js";

interface TaggerState {
  T: number;
  trans: Float64Array;
  outside: number;
  /** Reused per sentence (tagging is synchronous): pair feature hashes of one token, emissions, where the word scores start in `scores`. */
  pairs: Int32Array;
  emissions: Float64Array;
  padded: Int32Array;
  /** The words' weight sums (wordScores). */
  scores: ScoreRows;
  /** Pre-summed closed-set pair features; null when the model's sums are not exact in any order. */
  closed: ClosedGroups | null;
  /** Gazetteer tag ids of a sentence, reused. */
  gazetteerIds: Int32Array;
}

interface ClosedGroups {
  shape: ClosedRows;
  gazetteer: ClosedRows;
  triggers: ClosedRows;
  /** By documentCombination: a word's document features are the same at each of its tokens. */
  document: ClosedRows;
}

const states = new WeakMap<LinearModel, TaggerState>();

/** Words whose scores one ScoreRows holds before it is replaced by an empty one (the token analyses' memo keeps as many). */
const SCORED_WORDS_LIMIT = 200_000;

/**
 * The words' weight sums of one model, a row of `width` floats a word, in one array: a Float32Array
 * of its own a word was three objects and a buffer outside the heap for every new word of a stream,
 * kept as long as the word's analysis. A token analysis holds where its row starts and this object
 * (replaced, not emptied, when full: analyses that hold the old one are summed again).
 */
class ScoreRows {
  rows: Float32Array;
  used = 0;

  constructor(readonly width: number) {
    this.rows = new Float32Array(4096 * width);
  }

  /** Where a new zeroed row starts (read `rows` after the call: it may grow). */
  take(): number {
    if (this.used + this.width > this.rows.length) {
      const grown = new Float32Array(2 * this.rows.length);
      grown.set(this.rows);
      this.rows = grown;
    }
    const at = this.used;
    this.used += this.width;
    return at;
  }

  /** Whether `words` more rows stay within SCORED_WORDS_LIMIT. */
  hasRoom(words: number): boolean {
    return this.used + words * this.width <= SCORED_WORDS_LIMIT * this.width;
  }
}

/** Gives the model fresh score rows unless `words` more fit: no rows are replaced while a sentence's offsets are read. */
function reserveScoreRows(state: TaggerState, words: number): void {
  if (!state.scores.hasRoom(words)) state.scores = new ScoreRows(state.scores.width);
}

function stateOf(model: LinearModel): TaggerState {
  let s = states.get(model);
  if (!s) {
    const T = model.tags.length;
    const closed = sumsAreExact(model) ? closedGroups(model, T) : null;
    const pairs = new Int32Array(MAX_PAIR_FEATURES);
    states.set(model, (s = { T, trans: foldTransitions(model), outside: model.tags.indexOf("O"), pairs, emissions: new Float64Array(64 * T), padded: new Int32Array(64), scores: new ScoreRows((1 + OFFSETS.length) * T), closed, gazetteerIds: new Int32Array(64) }));
  }
  return s;
}

/** Most features one token's emission sums (unary, six neighbours' and pair features), with room to spare: about 140 at most. */
const MAX_TOKEN_FEATURES = 1024;

/**
 * Whether every partial sum of a token's emission is exact in float64, whatever the order of its
 * terms: the weights and the O bias are multiples of one power of two 2^q, and no sum of up to
 * MAX_TOKEN_FEATURES of them reaches 2^(53+q). (The word scores are float32 sums of weights, so
 * multiples of 2^q too.) The shipped model's weights are multiples of 2^-33 below 2^7 in magnitude.
 * Read from the weights' bits: a pass of integer operations at the first sentence.
 */
export function sumsAreExact(model: Pick<LinearModel, "weights" | "outsideBias">): boolean {
  const bits = new Int32Array(model.weights.buffer, model.weights.byteOffset, model.weights.length);
  let finest = Infinity;
  let largest = -Infinity;
  for (let k = 0; k < bits.length; k++) {
    const b = bits[k]!;
    if ((b & 0x7fffffff) === 0) continue;
    const exponent = (b >>> 23) & 0xff;
    if (exponent === 0xff) return false;
    const mantissa = exponent === 0 ? b & 0x7fffff : (b & 0x7fffff) | 0x800000;
    // The value is mantissa * 2^(exponent - 150) (subnormals: 2^-149), below 2^(exponent - 126).
    const step = (exponent === 0 ? -149 : exponent - 150) + 31 - Math.clz32(mantissa & -mantissa);
    if (step < finest) finest = step;
    if (exponent > largest) largest = exponent;
  }
  const bias = model.outsideBias ?? 0;
  if (bias !== 0) {
    if (!Number.isFinite(bias)) return false;
    for (; finest > -1074 && !Number.isInteger(bias / 2 ** finest); finest--);
  }
  if (finest === Infinity) return true;
  const magnitude = Math.max(largest === -Infinity ? 0 : 2 ** (largest - 126), Math.abs(bias));
  return (MAX_TOKEN_FEATURES + 1) * magnitude <= 2 ** (53 + finest);
}

/** Values of a closed set with an id at or above this are hashed per token as before (the sets hold about ten values each). */
const CLOSED_IDS = 32;

/** A combination of three closed-set value ids (each below CLOSED_IDS) as one ClosedRows key. */
const tripleKey = (a: number, b: number, c: number) => (a * CLOSED_IDS + b) * CLOSED_IDS + c;
const TRIPLE_KEYS = CLOSED_IDS * CLOSED_IDS * CLOSED_IDS;

/** Weight rows summed per combination of values (a key below `keys`), on first sight. */
class ClosedRows {
  /** Row start + 1 by combination; 0 until summed. */
  private readonly starts: Int32Array;
  rows: Float64Array;
  private used = 0;
  private readonly hashes = new Int32Array(MAX_PAIR_FEATURES);

  constructor(
    private readonly model: LinearModel,
    private readonly T: number,
    keys: number,
    /** Writes the group's feature hashes for the combination into `out` from 0; returns how many. */
    private readonly featuresOf: (key: number, out: Int32Array) => number,
  ) {
    this.starts = new Int32Array(keys);
    this.rows = new Float64Array(16 * T);
  }

  /** Where the row of combination `key` starts in `rows` (read `rows` after the call: it may grow). */
  rowOf(key: number): number {
    const start = this.starts[key]!;
    return start === 0 ? this.sum(key) : start - 1;
  }

  private sum(key: number): number {
    const T = this.T;
    if (this.used + T > this.rows.length) {
      const grown = new Float64Array(2 * this.rows.length);
      grown.set(this.rows);
      this.rows = grown;
    }
    const at = this.used;
    this.used += T;
    const count = this.featuresOf(key, this.hashes);
    const w = this.model.weights;
    for (let j = 0; j < count; j++) {
      const f = this.model.features.getHash(this.hashes[j]!);
      if (f === undefined) continue;
      for (let t = 0; t < T; t++) this.rows[at + t]! += w[f * T + t]!;
    }
    this.starts[key] = at + 1;
    return at;
  }
}

const SEEN = ["new", "seen"] as const;

function closedGroups(model: LinearModel, T: number): ClosedGroups {
  const shape = SHAPE_IDS.values;
  const cue = CUE_IDS.values;
  const gz = GAZETTEER_IDS.values;
  // A triple key's ids: (a * CLOSED_IDS + b) * CLOSED_IDS + c.
  const a = (key: number) => Math.floor(key / (CLOSED_IDS * CLOSED_IDS));
  const b = (key: number) => Math.floor(key / CLOSED_IDS) % CLOSED_IDS;
  const c = (key: number) => key % CLOSED_IDS;
  return {
    shape: new ClosedRows(model, T, TRIPLE_KEYS, (key, out) => shapeFeatures(shape[a(key)]!, shape[b(key)]!, shape[c(key)]!, out, 0)),
    gazetteer: new ClosedRows(model, T, TRIPLE_KEYS, (key, out) => gazetteerFeatures(gz[a(key)]!, gz[b(key)]!, gz[c(key)]!, out, 0)),
    triggers: new ClosedRows(model, T, TRIPLE_KEYS, (key, out) => triggerFeatures(cue[a(key)]!, cue[b(key)]!, SEEN[c(key)]!, out, 0)),
    document: new ClosedRows(model, T, DOCUMENT_COMBINATIONS, documentCombinationFeatures),
  };
}

const GZ_NONE_ID = closedValueId(GAZETTEER_IDS, "");
const GZ_BEFORE_START_ID = closedValueId(GAZETTEER_IDS, GZ_BEFORE_START);
const GZ_AFTER_END_ID = closedValueId(GAZETTEER_IDS, GZ_AFTER_END);

/** Adds the row at `start` of `rows` to the emissions of the token at `base`. */
function addRow(emissions: Float64Array, base: number, rows: Float64Array, start: number, T: number): void {
  for (let t = 0; t < T; t++) emissions[base + t]! += rows[start + t]!;
}

/** scoreWords's copy of the words' hashes and where each group of theirs starts and ends in it (grown, never shrunk). */
let wordHashes = new Int32Array(1024);
let groupStarts = new Int32Array(64 * (1 + OFFSETS.length));
let groupEnds = new Int32Array(64 * (1 + OFFSETS.length));

/** What scoreWords's loads ahead of use read: kept, so that no compiler drops them as unused. */
let _readAhead = 0;

/**
 * Adds the weights of each group of each word's hashes (its unary ones, then as the neighbour at
 * each offset) to its row of `out` (from ats[w]), T floats a group, each group's in their order.
 * In passes over all of them: the filter's test, without a branch (keepMaybePresent); a load of
 * the table slot where each probe starts (touchSlots); the probes of the table for those the filter
 * lets through, their ids written over their hashes; a load of the first and last weight of each
 * id's row; then the rows added. The words of a sentence seen first are scored here (46 hashes a
 * word of a news stream, 35 of them kept by the shipped model), and each probe and each weight row
 * is a cache miss of its own: a branch on each filter bit, taken or not at random, was mispredicted
 * between probes (perf83: wordScores 638 → 379 ms of a 600-article stream's profile); a probe's
 * loop waits for its slot, and a row's sums for its weights, so loads with nothing to wait for,
 * all of a pass's at once, let the misses overlap, and the probes and sums then find their data in
 * the caches (speed21: the tagger over 116k tokens of new words ×0.77 for one buffer and separate passes, then
 * about ×0.93 for the loads ahead).
 */
function scoreWords(model: LinearModel, words: readonly TokenInfo[], ats: readonly number[], out: Float32Array, T: number): void {
  const w = model.weights;
  const features = model.features;
  const G = 1 + OFFSETS.length;
  if (groupStarts.length < words.length * G) {
    groupStarts = new Int32Array(2 * words.length * G);
    groupEnds = new Int32Array(2 * words.length * G);
  }
  let k = 0;
  for (let v = 0; v < words.length; v++) {
    if (wordHashes.length < k + MAX_WORD_FEATURES) {
      const grown = new Int32Array(2 * (k + MAX_WORD_FEATURES));
      grown.set(wordHashes.subarray(0, k));
      wordHashes = grown;
    }
    k = writeWordFeatureHashes(words[v]!, wordHashes, k, groupStarts, groupEnds, v * G);
  }
  const buf = wordHashes;
  const groups = words.length * G;
  for (let g = 0; g < groups; g++) {
    const from = groupStarts[g]!;
    groupEnds[g] = from + features.keepMaybePresent(buf, groupEnds[g]! - from, from);
  }
  let read = 0;
  for (let g = 0; g < groups; g++) read += features.touchSlots(buf, groupStarts[g]!, groupEnds[g]!);
  for (let g = 0; g < groups; g++) {
    let kept = groupStarts[g]!;
    for (let j = kept, end = groupEnds[g]!; j < end; j++) {
      const f = features.probe(buf[j]!);
      if (f === undefined) continue;
      buf[kept++] = f;
    }
    groupEnds[g] = kept;
  }
  for (let g = 0; g < groups; g++) {
    for (let j = groupStarts[g]!, end = groupEnds[g]!; j < end; j++) {
      const fb = buf[j]! * T;
      read += w[fb]! + w[fb + T - 1]!;
    }
  }
  _readAhead = read;
  for (let v = 0; v < words.length; v++) {
    for (let g = 0; g < G; g++) {
      const rowBase = ats[v]! + g * T;
      for (let j = groupStarts[v * G + g]!, end = groupEnds[v * G + g]!; j < end; j++) {
        const fb = buf[j]! * T;
        for (let t = 0; t < T; t++) out[rowBase + t]! += w[fb + t]!;
      }
    }
  }
}

/** Words given rows by wordRow and not scored yet (scorePending), and where their rows start. */
const pendingWords: TokenInfo[] = [];
const pendingAts: number[] = [];

/**
 * Where the word's weight sums start in state.scores.rows: its unary features at 0, its features as
 * the neighbour at OFFSETS[k] at (k + 1) * T; a new word's row is summed at the next scorePending.
 * Call reserveScoreRows first.
 */
function wordRow(state: TaggerState, info: TokenInfo): number {
  const scores = state.scores;
  if (info.scoredBy === scores) return info.scoresAt;
  if (info.scoredBy2 === scores) return info.scoresAt2;
  const at = scores.take();
  info.scoredBy2 = info.scoredBy;
  info.scoresAt2 = info.scoresAt;
  info.scoredBy = scores;
  info.scoresAt = at;
  pendingWords.push(info);
  pendingAts.push(at);
  return at;
}

/** Sums the rows of the words wordRow gave rows since the last call. */
function scorePending(model: LinearModel, state: TaggerState): void {
  if (!pendingWords.length) return;
  scoreWords(model, pendingWords, pendingAts, state.scores.rows, state.T);
  pendingWords.length = 0;
  pendingAts.length = 0;
}

/** wordRow, scored. */
function wordScores(model: LinearModel, state: TaggerState, info: TokenInfo): number {
  const at = wordRow(state, info);
  scorePending(model, state);
  return at;
}

/** Tag indexes (into model.tags) of one sentence. */
export function tagSentence(model: LinearModel, res: FeatureResources, surfaces: readonly string[], doc?: DocumentStats): number[] {
  return tagAnalysis(model, res, analyzeSentence(surfaces, res, doc));
}

// tagAnalysis adds the six neighbour offsets' sums by name.
if (OFFSETS.length !== 6) throw new Error("tagger: tagAnalysis reads exactly six neighbour offsets");

/** Boundary pseudo tokens on each side of a sentence: the widest neighbour offset. */
const PAD = Math.max(...OFFSETS.map(Math.abs));

/**
 * Tag indexes of one analyzed sentence (features.ts analyzeSentence); `extra`: more feature hashes
 * per token (the second stage's stacked features, stacking.ts).
 */
export function tagAnalysis(model: LinearModel, res: FeatureResources, a: SentenceAnalysis, extra?: FeatureRows): number[] {
  const n = a.infos.length;
  if (!n) return [];
  const state = stateOf(model);
  const pairs = sentencePairs(a, res, state.closed !== null);
  const ids = state.closed ? resolveOwnPairs(model, pairs, n) : undefined;
  return decode(state, model, sentenceEmissions(model, state, a, pairs, ids), n, extra);
}

/**
 * Tag indexes of one analyzed sentence by `model` (tagAnalysis without extra features), and its
 * emissions by `second` before extra features and the O bias (a copy), its pair features read and
 * hashed once for both: the two-stage path (tag-sentences.ts) scores the second stage in the sweep
 * that tags with the first, on the same analyses and document window, and decodes it
 * (decodeEmissions) when the stacked features, which read the first stage's tags of later
 * sentences too, are known.
 */
export function tagAndScore(model: LinearModel, second: LinearModel, res: FeatureResources, a: SentenceAnalysis): { tags: number[]; emissions: Float64Array } {
  const n = a.infos.length;
  if (!n) return { tags: [], emissions: new Float64Array(0) };
  const state = stateOf(model);
  const state2 = stateOf(second);
  const pairs = sentencePairs(a, res, state.closed !== null || state2.closed !== null);
  const joint = state.closed !== null && state2.closed !== null ? jointIndexOf(model, second, n) : null;
  if (joint) {
    const ids = resolveOpenPairs(joint, pairs, n);
    const emissions = sentenceEmissions(second, state2, a, pairs, ids.second).slice(0, n * state2.T);
    return { tags: decode(state, model, sentenceEmissions(model, state, a, pairs, ids.first), n, undefined), emissions };
  }
  const emissions = sentenceEmissions(second, state2, a, pairs).slice(0, n * state2.T);
  return { tags: decode(state, model, sentenceEmissions(model, state, a, pairs), n, undefined), emissions };
}

/**
 * Two models' feature ids in one table, by hash: the two-stage path looks each open pair feature
 * of a token up once for both models (a probe of each model's table was a cache miss each). Built
 * from the models' indexes at the first two-stage sentence.
 */
class JointIndex {
  /** Slot i: hash at 4i, the first model's id at 4i + 1 and the second's at 4i + 2 (-1: not kept), 4i + 3 unused (a slot in one cache line). */
  readonly table: Int32Array;
  readonly mask: number;
  /** A bit per hash modulo 2^JOINT_FILTER_BITS: set for every hash in the table (as FeatureIndex's filter). */
  readonly filter = new Int32Array(1 << (JOINT_FILTER_BITS - 5));

  constructor(first: Int32Array, second: Int32Array) {
    // Half full or less when the models share most features (the shipped two: 237,000 of 360,000
    // hashes distinct); a larger table cost more to build than its probes saved on a CoNLL file.
    let slots = 1024;
    while (slots < first.length + second.length) slots *= 2;
    this.table = new Int32Array(4 * slots).fill(JOINT_EMPTY);
    this.mask = slots - 1;
    for (let id = 0; id < first.length; id++) this.table[this.slotOf(first[id]!) + 1] = id;
    for (let id = 0; id < second.length; id++) this.table[this.slotOf(second[id]!) + 2] = id;
  }

  /** The slot of `h` (taken for it if new), as an index into `table`. */
  private slotOf(h: number): number {
    const table = this.table;
    let slot = h & this.mask;
    for (let k = table[slot * 4]!; k !== h && k !== JOINT_EMPTY; k = table[slot * 4]!) slot = (slot + 1) & this.mask;
    if (table[slot * 4] === JOINT_EMPTY) {
      table[slot * 4] = h;
      const bit = h & JOINT_FILTER_MASK;
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
    }
    return slot * 4;
  }
}

/** Free slot of a JointIndex (hashFeature never gives -1). */
const JOINT_EMPTY = -1;
const JOINT_FILTER_BITS = 22;
const JOINT_FILTER_MASK = (1 << JOINT_FILTER_BITS) - 1;

/**
 * Tokens the two models score together before their JointIndex is built: building it costs about
 * 65 ms and saves about 0.3 µs a token, so a run tagging one CoNLL file (ANERcorp test: 17,700
 * tokens) would lose by it.
 */
export const JOINT_AFTER_TOKENS = 250_000;

const jointIndexes = new WeakMap<LinearModel, WeakMap<LinearModel, { tokens: number; joint: JointIndex | null }>>();

/** The models' JointIndex, or null while they have scored fewer than JOINT_AFTER_TOKENS tokens together (`tokens` more now). */
function jointIndexOf(first: LinearModel, second: LinearModel, tokens: number): JointIndex | null {
  let bySecond = jointIndexes.get(first);
  if (!bySecond) jointIndexes.set(first, (bySecond = new WeakMap()));
  let pair = bySecond.get(second);
  if (!pair) bySecond.set(second, (pair = { tokens: 0, joint: null }));
  if (pair.joint === null && (pair.tokens += tokens) >= JOINT_AFTER_TOKENS) pair.joint = new JointIndex(first.features.hashes(), second.features.hashes());
  return pair.joint;
}

/** Per token, the ids of its open pair features one model keeps, in the order of their hashes: token i's from i * MAX_PAIR_FEATURES, counts[i] of them. */
interface ResolvedPairs {
  ids: Int32Array;
  counts: Int32Array;
}

const resolved = {
  first: { ids: new Int32Array(64 * MAX_PAIR_FEATURES), counts: new Int32Array(64) } as ResolvedPairs,
  second: { ids: new Int32Array(64 * MAX_PAIR_FEATURES), counts: new Int32Array(64) } as ResolvedPairs,
};

const ownResolved: ResolvedPairs = { ids: new Int32Array(64 * MAX_PAIR_FEATURES), counts: new Int32Array(64) };

/** Looks up each token's open pair features (sentencePairs) in the model's index, the whole sentence at once (FeatureIndex.resolveRows), in a buffer reused per sentence. */
function resolveOwnPairs(model: LinearModel, pairs: SentencePairs, n: number): ResolvedPairs {
  if (ownResolved.counts.length < n) {
    ownResolved.counts = new Int32Array(2 * n);
    ownResolved.ids = new Int32Array(2 * n * MAX_PAIR_FEATURES);
  }
  model.features.resolveRows(pairs.open, pairs.counts, n, MAX_PAIR_FEATURES, ownResolved.ids, ownResolved.counts);
  return ownResolved;
}

/** Looks up each token's open pair features (sentencePairs) in the joint index, for both models, in buffers reused per sentence. */
function resolveOpenPairs(joint: JointIndex, pairs: SentencePairs, n: number): { first: ResolvedPairs; second: ResolvedPairs } {
  if (resolved.first.counts.length < n) {
    for (const r of [resolved.first, resolved.second]) {
      r.counts = new Int32Array(2 * n);
      r.ids = new Int32Array(2 * n * MAX_PAIR_FEATURES);
    }
  }
  const { table, mask, filter } = joint;
  const ids1 = resolved.first.ids;
  const ids2 = resolved.second.ids;
  const open = pairs.open;
  for (let i = 0; i < n; i++) {
    const from = i * MAX_PAIR_FEATURES;
    let k1 = from;
    let k2 = from;
    for (let j = from, end = from + pairs.counts[i]!; j < end; j++) {
      const h = open[j]!;
      const bit = h & JOINT_FILTER_MASK;
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      let slot = h & mask;
      for (let k = table[slot * 4]!; k !== h && k !== JOINT_EMPTY; k = table[slot * 4]!) slot = (slot + 1) & mask;
      if (table[slot * 4] === JOINT_EMPTY) continue;
      const id1 = table[slot * 4 + 1]!;
      const id2 = table[slot * 4 + 2]!;
      ids1[k1] = id1;
      k1 += id1 >= 0 ? 1 : 0;
      ids2[k2] = id2;
      k2 += id2 >= 0 ? 1 : 0;
    }
    resolved.first.counts[i] = k1 - from;
    resolved.second.counts[i] = k2 - from;
  }
  return resolved;
}

/**
 * What every model reads of a sentence's pair features: their input, and when `open`, each
 * token's open pair feature hashes (openPairFeatureHashes, by sentenceOpenPairFeatureHashes; token i's from i * MAX_PAIR_FEATURES,
 * counts[i] of them), in buffers reused per sentence.
 */
interface SentencePairs {
  input: PairInput;
  open: Int32Array;
  counts: Int32Array;
}

const openPairs = { hashes: new Int32Array(64 * MAX_PAIR_FEATURES), counts: new Int32Array(64) };

function sentencePairs(a: SentenceAnalysis, res: FeatureResources, open: boolean): SentencePairs {
  const input = pairInput(a, res);
  const n = a.infos.length;
  if (open) {
    if (openPairs.counts.length < n) {
      openPairs.counts = new Int32Array(2 * n);
      openPairs.hashes = new Int32Array(2 * n * MAX_PAIR_FEATURES);
    }
    sentenceOpenPairFeatureHashes(input, openPairs.hashes, openPairs.counts, MAX_PAIR_FEATURES);
  }
  return { input, open: openPairs.hashes, counts: openPairs.counts };
}

/** Tag indexes of a sentence of `n` tokens from its emissions by tagAndScore (added to in place) with the `extra` features: tagAnalysis's scores to the bit. */
export function decodeEmissions(model: LinearModel, emissions: Float64Array, n: number, extra?: FeatureRows): number[] {
  return n ? decode(stateOf(model), model, emissions, n, extra) : [];
}

/** Adds each token's extra features, then subtracts the O bias, and decodes. */
function decode(state: TaggerState, model: LinearModel, emissions: Float64Array, n: number, extra: FeatureRows | undefined): number[] {
  const T = state.T;
  const bias = model.outsideBias && state.outside >= 0 ? model.outsideBias : 0;
  if (extra || bias) {
    for (let i = 0; i < n; i++) {
      if (extra) addFeatures(emissions, i * T, model, extra.hashes, i * extra.stride, (i + 1) * extra.stride);
      if (bias) emissions[i * T + state.outside]! -= bias;
    }
  }
  return viterbiFlat(emissions, n, state.trans, T);
}

/** The emissions of a sentence of at least one token, without extra features and the O bias, in state.emissions. */
function sentenceEmissions(model: LinearModel, state: TaggerState, a: SentenceAnalysis, sentence: SentencePairs, resolvedOpen?: ResolvedPairs): Float64Array {
  const n = a.infos.length;
  const T = state.T;
  const edges = sentence.input.edges;
  // Word scores of the sentence padded with the boundary tokens: token i + o is at i + o + PAD.
  if (state.padded.length < n + 2 * PAD) state.padded = new Int32Array(2 * (n + 2 * PAD));
  const padded = state.padded;
  reserveScoreRows(state, n + 2);
  const start = wordRow(state, edges.start);
  const end = wordRow(state, edges.end);
  for (let j = 0; j < PAD; j++) {
    padded[j] = start;
    padded[n + PAD + j] = end;
  }
  for (let i = 0; i < n; i++) padded[i + PAD] = wordRow(state, a.infos[i]!);
  scorePending(model, state);
  const rows = state.scores.rows;
  if (state.emissions.length < n * T) state.emissions = new Float64Array(2 * n * T);
  const emissions = state.emissions;
  const pairs = state.pairs;
  const w = model.weights;
  const features = model.features;
  const input = sentence.input;
  const closed = state.closed;
  const gazetteerIds = closed ? gazetteerIdsOf(state, a.gazetteer) : state.gazetteerIds;
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
      emissions[base + t] = rows[own + t]! + rows[n0 + T + t]! + rows[n1 + 2 * T + t]! + rows[n2 + 3 * T + t]! + rows[n3 + 4 * T + t]! + rows[n4 + 5 * T + t]! + rows[n5 + 6 * T + t]!;
    }
    const hashed = closed ? closedPairFeatures(closed, input, sentence, i, gazetteerIds, pairs, emissions, base, T, resolvedOpen !== undefined) : pairFeatureHashes(input, i, pairs);
    if (resolvedOpen) {
      // The open pair features already looked up (resolveOpenPairs), in the order their hashes had here.
      for (let j = i * MAX_PAIR_FEATURES, end = j + resolvedOpen.counts[i]!; j < end; j++) {
        const fb = resolvedOpen.ids[j]! * T;
        for (let t = 0; t < T; t++) emissions[base + t]! += w[fb + t]!;
      }
    }
    const count = features.keepMaybePresent(pairs, hashed);
    for (let j = 0; j < count; j++) {
      const f = features.probe(pairs[j]!);
      if (f === undefined) continue;
      const fb = f * T;
      for (let t = 0; t < T; t++) emissions[base + t]! += w[fb + t]!;
    }
  }
  return emissions;
}

/** Adds the weights of features hashes[from, to) to the emissions of the token at `base`, in their order. */
function addFeatures(emissions: Float64Array, base: number, model: LinearModel, hashes: Int32Array, from: number, to: number): void {
  const T = model.tags.length;
  for (let j = from; j < to; j++) {
    const f = model.features.getHash(hashes[j]!);
    if (f === undefined) continue;
    for (let t = 0; t < T; t++) emissions[base + t]! += model.weights[f * T + t]!;
  }
}

/** The sentence's gazetteer tags as ids (GAZETTEER_IDS), in a buffer kept per model. */
function gazetteerIdsOf(state: TaggerState, tags: readonly string[]): Int32Array {
  if (state.gazetteerIds.length < tags.length) state.gazetteerIds = new Int32Array(2 * tags.length);
  const ids = state.gazetteerIds;
  for (let i = 0; i < tags.length; i++) ids[i] = tags[i] === "" ? GZ_NONE_ID : closedValueId(GAZETTEER_IDS, tags[i]!);
  return ids;
}

/**
 * Token i's pair features: the closed-set groups added to its emissions as pre-summed rows, the
 * rest (and a closed-set group holding a value with a large id) hashed into `out` for lookup;
 * returns how many were hashed. `openResolved`: the open pair features were looked up already
 * (resolveOpenPairs), so only the closed groups' hashes go into `out`.
 */
function closedPairFeatures(closed: ClosedGroups, input: PairInput, sentence: SentencePairs, i: number, gazetteerIds: Int32Array, out: Int32Array, emissions: Float64Array, base: number, T: number, openResolved: boolean): number {
  const { infos, edges, on } = input;
  const t = infos[i]!;
  const p = infos[i - 1] ?? edges.start;
  let k = openResolved ? 0 : sentence.counts[i]!;
  for (let j = 0, from = i * MAX_PAIR_FEATURES; j < k; j++) out[j] = sentence.open[from + j]!;
  if (on.shape) {
    const n = infos[i + 1] ?? edges.end;
    if (p.shapeId < CLOSED_IDS && t.shapeId < CLOSED_IDS && n.shapeId < CLOSED_IDS) {
      const start = closed.shape.rowOf(tripleKey(p.shapeId, t.shapeId, n.shapeId));
      addRow(emissions, base, closed.shape.rows, start, T);
    } else k = shapeFeatures(p.shape, t.shape, n.shape, out, k);
  }
  if (on.gazetteer) {
    const before = i === 0 ? GZ_BEFORE_START_ID : gazetteerIds[i - 1]!;
    const own = gazetteerIds[i]!;
    const after = i + 1 === infos.length ? GZ_AFTER_END_ID : gazetteerIds[i + 1]!;
    if (before < CLOSED_IDS && own < CLOSED_IDS && after < CLOSED_IDS) {
      const start = closed.gazetteer.rowOf(tripleKey(before, own, after));
      addRow(emissions, base, closed.gazetteer.rows, start, T);
    } else {
      const gz = GAZETTEER_IDS.values;
      k = gazetteerFeatures(gz[before]!, gz[own]!, gz[after]!, out, k);
    }
  }
  if (on.triggers) {
    const p2 = infos[i - 2] ?? edges.start;
    const seen = seenClass(t);
    if (p2.cueId < CLOSED_IDS && p.cueId < CLOSED_IDS) {
      const start = closed.triggers.rowOf(tripleKey(p2.cueId, p.cueId, seen === "new" ? 0 : 1));
      addRow(emissions, base, closed.triggers.rows, start, T);
    } else k = triggerFeatures(p2.cue, p.cue, seen, out, k);
  }
  const combination = documentCombination(input, t);
  if (combination >= 0) {
    const start = closed.document.rowOf(combination);
    addRow(emissions, base, closed.document.rows, start, T);
  } else if (combination === DOCUMENT_FEATURES_OPEN) k = documentFeatures(input, t, out, k);
  return k;
}

/**
 * How much the word's own features (unary: word, affixes, shape, classes, triggers) favour `tag`
 * over O, in the model's weight units: a learned name-likeness of the word, context aside.
 */
export function unaryPreference(model: LinearModel, info: TokenInfo, tag: string): number {
  const t = model.tags.indexOf(tag);
  const state = stateOf(model);
  if (t < 0 || state.outside < 0) return 0;
  reserveScoreRows(state, 1);
  const at = wordScores(model, state, info);
  return state.scores.rows[at + t]! - state.scores.rows[at + state.outside]!;
}
