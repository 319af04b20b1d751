/**
 * A first-order structured perceptron (Collins 2002) over BIO tags, with averaged weights:
 * - score(sentence, tags) = Σ emission weight (feature, tag) + Σ transition weight (previous tag, tag);
 * - decoding is exact Viterbi, constrained so I-X only follows B-X or I-X (BIO is never broken);
 * - training: for each sentence in a seeded shuffled order, decode; if wrong, add the gold
 *   features and subtract the predicted ones; the returned weights are the average over all steps
 *   (the lazy-average trick: w − u/c);
 * - features seen fewer than `minCount` times in training are dropped (noise, model size).
 */

import { FeatureIndex } from "./feature-index.js";
import { seededRandom } from "../../seeded-random.js";

export interface LinearModel {
  tags: string[];
  features: FeatureIndex;
  /** Emission weights, feature-major: weights[f * tags.length + t]. */
  weights: Float32Array;
  /** transitions[(prev + 1) * T + t], prev = -1 for the sentence start. */
  transitions: Float32Array;
  /**
   * Subtracted from the O score of every token when decoding (default 0). The perceptron favours O,
   * the majority tag; a bias tuned on dev trades some precision for recall.
   */
  outsideBias?: number;
  /**
   * Transition weights conditioned on the token stepped into: edges[(key * (T + 1) + prev + 1) * T + t],
   * added to `transitions` at a token whose edge key (TrainingSentence.edgeKeys) is `key`. Absent: none.
   */
  edges?: { keys: number; weights: Float32Array };
}

export interface TrainingSentence {
  /** Feature hashes per token (feature-index.ts). */
  features: number[][];
  tags: string[];
  /** Per token, those of its feature hashes that word dropout may hide (TrainOptions.wordDropout). */
  droppable?: number[][];
  /** Per token, the probability word dropout hides its droppable features (instead of TrainOptions.wordDropout). */
  dropRates?: number[];
  /** Per token, a small id (< TrainOptions.edgeKeys) the transitions into it are conditioned on. */
  edgeKeys?: number[];
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  minCount: number;
  /**
   * Word dropout: the probability, per token and visit, that its `droppable` features are hidden
   * from the update and the decode of that visit (default 0). Names seen in training are otherwise
   * learned by their word alone; a model that must sometimes tag them without it leans on the
   * features an unseen name also has.
   */
  wordDropout?: number;
  /**
   * Cost-augmented training decode (a margin perceptron): each tag but the gold one scores `margin`
   * more on every token, and O `missCost` more again on a token of a name (default 0, 0: Collins's
   * perceptron). A sentence is then updated until its gold tags win by the margin, and a missed name
   * costs more than a false one.
   */
  margin?: number;
  missCost?: number;
  /**
   * Passive-aggressive updates (Crammer et al. 2006, PA-I with aggressiveness C; default 0: the
   * perceptron's unit step): a wrong sentence moves by τ = min(C, loss / ‖Δφ‖²), loss = the predicted
   * path's score − the gold path's + its wrong tokens, so a nearly right sentence moves little and a
   * sentence of many features no further than it needs. The averaged weights are divided by the mean
   * τ, so the O-score biases keep the scale of the perceptron's unit steps.
   */
  passiveAggressive?: number;
  /** How many edge keys the sentences carry (TrainingSentence.edgeKeys); 0 (default): plain first-order transitions. */
  edgeKeys?: number;
  /** Called after each epoch with the averaged model so far (for a dev curve). */
  onEpoch?: (epoch: number, model: LinearModel) => void;
}

/** Allowed[prev+1][t]: whether tag t may follow prev (prev = -1 at the start). */
export function allowedTransitions(tags: readonly string[]): boolean[][] {
  const T = tags.length;
  const rows: boolean[][] = [];
  // BIOES tags (a set holding E- or S- tags): I- and E- continue a B- or I- of their type, which nothing else may follow.
  const bioes = tags.some((t) => t.startsWith("E-") || t.startsWith("S-"));
  for (let prev = -1; prev < T; prev++) {
    rows.push(
      tags.map((t) => {
        const p = prev < 0 ? "O" : tags[prev]!;
        if (bioes) {
          const open = p.startsWith("B-") || p.startsWith("I-");
          if (t.startsWith("I-") || t.startsWith("E-")) return open && p.slice(2) === t.slice(2);
          return !open;
        }
        if (!t.startsWith("I-")) return true;
        if (prev < 0) return false;
        return p !== "O" && p.slice(2) === t.slice(2);
      }),
    );
  }
  return rows;
}

/** BIO tags of one sentence as BIOES (a span's last word E-, a one-word span S-). */
export function bioToBioes(tags: readonly string[]): string[] {
  // An I- that opens a span (as spansOfTags reads it) is its B-.
  const bio = tags.map((t, i) => (t.startsWith("I-") && (i === 0 || tags[i - 1]!.slice(2) !== t.slice(2) || tags[i - 1] === "O") ? `B-${t.slice(2)}` : t));
  return bio.map((t, i) => {
    if (t === "O") return t;
    const next = bio[i + 1];
    const ends = next === undefined || !next.startsWith("I-") || next.slice(2) !== t.slice(2);
    if (t.startsWith("B-")) return ends ? `S-${t.slice(2)}` : t;
    return ends ? `E-${t.slice(2)}` : t;
  });
}

/** BIOES tags back to BIO. */
export function bioesToBio(tags: readonly string[]): string[] {
  return tags.map((t) => (t.startsWith("S-") ? `B-${t.slice(2)}` : t.startsWith("E-") ? `I-${t.slice(2)}` : t));
}

/** Transition scores with forbidden transitions folded in as −∞ (no branch in Viterbi's inner loop). */
export function foldTransitions(model: Pick<LinearModel, "tags" | "transitions">): Float64Array {
  const T = model.tags.length;
  const allowed = allowedTransitions(model.tags);
  const trans = new Float64Array((T + 1) * T);
  for (let p = -1; p < T; p++) for (let t = 0; t < T; t++) trans[(p + 1) * T + t] = allowed[p + 1]![t] ? model.transitions[(p + 1) * T + t]! : -Infinity;
  return trans;
}

interface Predecessors {
  from: Int32Array;
  previous: Int32Array;
  /** The transition score of each step, beside `previous`: trans[(previous[k] + 1) * T + t]. */
  steps: Float64Array;
}

const predecessorCache = new WeakMap<Float64Array, Predecessors>();

/**
 * The tags each tag may follow under `trans` (finite weight), in tag order: previous[from[t],
 * from[t+1]). A forbidden step scores -Infinity and never beats the best so far, so Viterbi skips
 * it and finds the same path (I-X follows only B-X or I-X: 2 of 9 steps into it in a BIO model).
 */
function predecessorsOf(trans: Float64Array, T: number): Predecessors {
  let p = predecessorCache.get(trans);
  if (!p) {
    const from = new Int32Array(T + 1);
    const previous: number[] = [];
    const steps: number[] = [];
    for (let t = 0; t < T; t++) {
      from[t] = previous.length;
      for (let q = 0; q < T; q++) {
        if (trans[(q + 1) * T + t]! > -Infinity) {
          previous.push(q);
          steps.push(trans[(q + 1) * T + t]!);
        }
      }
    }
    from[T] = previous.length;
    predecessorCache.set(trans, (p = { from, previous: Int32Array.from(previous), steps: Float64Array.from(steps) }));
  }
  return p;
}

/** Viterbi's lattice, reused from call to call (decoding is synchronous) and grown to the longest sentence. */
let lattice = { score: new Float64Array(1024), back: new Int32Array(1024) };

/**
 * Viterbi over flat emissions (token i, tag t at i * T + t; the array may be longer than n * T)
 * and folded transitions.
 */
export function viterbiFlat(emissions: Float64Array, n: number, trans: Float64Array, T: number): number[] {
  if (!n) return [];
  if (lattice.score.length < n * T) lattice = { score: new Float64Array(2 * n * T), back: new Int32Array(2 * n * T) };
  // Every cell read below is written first in this call.
  const { score, back } = lattice;
  const { from, previous, steps } = predecessorsOf(trans, T);
  for (let t = 0; t < T; t++) score[t] = emissions[t]! + trans[t]!;
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * T;
    const base = i * T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = from[t]!, last = from[t + 1]!; k < last; k++) {
        const p = previous[k]!;
        const s = score[prevBase + p]! + steps[k]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + t] = best + emissions[base + t]!;
      back[base + t] = arg;
    }
  }
  let last = 0;
  const lastBase = (n - 1) * T;
  for (let t = 1; t < T; t++) if (score[lastBase + t]! > score[lastBase + last]!) last = t;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  return path;
}

/** A sentence as feature ids: ids[offsets[i] .. offsets[i+1]) are token i's. */
interface IdSentence {
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
  /** 1 where ids[k] is droppable (word dropout); absent when none is. */
  droppable?: Uint8Array;
  /** Per token, its own dropout rate (TrainingSentence.dropRates). */
  dropRates?: Float32Array;
  edgeKeys?: Int32Array;
}

/** The sentence with each token's droppable features hidden with probability `rate` (or the token's own rate). */
function withDropout(s: IdSentence, rate: number, random: () => number): IdSentence {
  const flags = s.droppable;
  const rates = s.dropRates;
  if (!flags || (rate <= 0 && !rates)) return s;
  const ids: number[] = [];
  const offsets = [0];
  for (let i = 0; i < s.gold.length; i++) {
    const hide = random() < (rates ? rates[i]! : rate);
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) if (!(hide && flags[k])) ids.push(s.ids[k]!);
    offsets.push(ids.length);
  }
  return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: s.gold, ...(s.edgeKeys ? { edgeKeys: s.edgeKeys } : {}) };
}

function emissionsOf(s: IdSentence, w: Float32Array, T: number): Float64Array {
  const n = s.gold.length;
  const out = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
      const fb = s.ids[k]! * T;
      for (let t = 0; t < T; t++) out[base + t]! += w[fb + t]!;
    }
  }
  return out;
}

/** TrainOptions.margin and missCost added to a sentence's emissions, given its gold tag indexes. */
function addCosts(emissions: Float64Array, gold: Int32Array, T: number, margin: number, missCost: number, outside: number): void {
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    for (let t = 0; t < T; t++) if (t !== g) emissions[i * T + t]! += margin;
    if (g !== outside) emissions[i * T + outside]! += missCost;
  }
}

/** Decodes one sentence given the feature hashes of its tokens (the slow path; tagger.ts is the fast one). */
export function decodeSentence(model: LinearModel, features: readonly (readonly number[])[], edgeKeys?: readonly number[]): string[] {
  const T = model.tags.length;
  const n = features.length;
  const emissions = new Float64Array(n * T);
  features.forEach((fs, i) => {
    for (const h of fs) {
      const f = model.features.getHash(h);
      if (f === undefined) continue;
      for (let t = 0; t < T; t++) emissions[i * T + t]! += model.weights[f * T + t]!;
    }
  });
  const o = model.tags.indexOf("O");
  if (model.outsideBias && o >= 0) for (let i = 0; i < n; i++) emissions[i * T + o]! -= model.outsideBias;
  if (model.edges && edgeKeys) return viterbiWithEdges(emissions, n, foldTransitions(model), model.edges.weights, Int32Array.from(edgeKeys), T).map((t) => model.tags[t]!);
  return viterbiFlat(emissions, n, foldTransitions(model), T).map((t) => model.tags[t]!);
}

/** Viterbi whose transition scores at token i add the edge weights of its key (LinearModel.edges); the slow path of training and measurement. */
export function viterbiWithEdges(emissions: Float64Array, n: number, trans: Float64Array, edges: Float32Array, keys: Int32Array, T: number): number[] {
  if (!n) return [];
  const R = (T + 1) * T;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  const step = (i: number, p: number, t: number) => trans[(p + 1) * T + t]! + edges[keys[i]! * R + (p + 1) * T + t]!;
  for (let t = 0; t < T; t++) score[t] = emissions[t]! + step(0, -1, t);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const v = score[(i - 1) * T + p]! + step(i, p, t);
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * T + t] = best + emissions[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t]! > score[(n - 1) * T + last]!) last = t;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  return path;
}

/**
 * PA-I's step for one wrong sentence: min(C, loss / ‖Δφ‖²) with loss = score(pred) − score(gold) +
 * the wrong tokens (scores of the emissions decoded, transitions unfolded so an off-grammar gold path
 * still counts), Δφ = gold features − predicted ones (a token's features once per wrong tag, a
 * transition pair where gold and predicted differ).
 */
function passiveAggressiveStep(s: IdSentence, pred: readonly number[], emissions: Float64Array, tw: Float32Array, T: number, C: number): number {
  let diff = 0;
  let wrong = 0;
  let norm = 0;
  for (let i = 0; i < s.gold.length; i++) {
    const g = s.gold[i]!;
    const p = pred[i]!;
    const gPrev = i === 0 ? 0 : s.gold[i - 1]! + 1;
    const pPrev = i === 0 ? 0 : pred[i - 1]! + 1;
    diff += emissions[i * T + p]! - emissions[i * T + g]! + tw[pPrev * T + p]! - tw[gPrev * T + g]!;
    if (g !== p) {
      wrong++;
      norm += 2 * (s.offsets[i + 1]! - s.offsets[i]!);
    }
    if (g !== p || gPrev !== pPrev) norm += 2;
  }
  return Math.min(C, Math.max(0, diff + wrong) / norm);
}

export function trainPerceptron(data: readonly TrainingSentence[], options: TrainOptions): LinearModel {
  const tagSet = new Set<string>(["O"]);
  for (const s of data) for (const t of s.tags) tagSet.add(t);
  const tags = [...tagSet].sort();
  const T = tags.length;
  const tagIndex = new Map(tags.map((t, i) => [t, i]));

  const counts = new Map<number, number>();
  for (const s of data) for (const fs of s.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = new FeatureIndex(counts.size);
  for (const [f, c] of counts) if (c >= options.minCount) features.addHash(f);
  counts.clear();
  const F = features.size;

  const sentences: IdSentence[] = data.map((s) => {
    const ids: number[] = [];
    const flags: number[] = [];
    const offsets = [0];
    s.features.forEach((fs, i) => {
      const droppable = new Set(s.droppable?.[i] ?? []);
      for (const h of fs) {
        const f = features.getHash(h);
        if (f === undefined) continue;
        ids.push(f);
        flags.push(droppable.has(h) ? 1 : 0);
      }
      offsets.push(ids.length);
    });
    const sentence: IdSentence = { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: Int32Array.from(s.tags, (t) => tagIndex.get(t)!) };
    if (s.droppable) sentence.droppable = Uint8Array.from(flags);
    if (s.droppable && s.dropRates) sentence.dropRates = Float32Array.from(s.dropRates);
    if (s.edgeKeys && options.edgeKeys) sentence.edgeKeys = Int32Array.from(s.edgeKeys);
    return sentence;
  });
  const w = new Float32Array(F * T);
  const u = new Float64Array(F * T);
  const tw = new Float32Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const K = options.edgeKeys ?? 0;
  const R = (T + 1) * T;
  const ew = new Float32Array(K * R);
  const eu = new Float64Array(K * R);
  const allowed = allowedTransitions(tags);
  const random = seededRandom(options.seed);
  // A stream of its own, so that a model without dropout shuffles exactly as before.
  const dropRandom = seededRandom(options.seed + 1);
  const dropout = options.wordDropout ?? 0;
  const margin = options.margin ?? 0;
  const missCost = options.missCost ?? 0;
  const aggressiveness = options.passiveAggressive ?? 0;
  if (aggressiveness && (margin || missCost)) throw new Error("perceptron: passive-aggressive steps take no margin or miss cost");
  const outside = tagIndex.get("O")!;
  let c = 1;
  let stepSum = 0;
  let steps = 0;
  const averaged = (): LinearModel => {
    const scale = aggressiveness && steps ? steps / stepSum : 1;
    const aw = new Float32Array(F * T);
    for (let k = 0; k < aw.length; k++) aw[k] = (w[k]! - u[k]! / c) * scale;
    const at = new Float32Array(tw.length);
    for (let k = 0; k < at.length; k++) at[k] = (tw[k]! - tu[k]! / c) * scale;
    if (!K) return { tags, features, weights: aw, transitions: at };
    const ae = new Float32Array(ew.length);
    for (let k = 0; k < ae.length; k++) ae[k] = (ew[k]! - eu[k]! / c) * scale;
    return { tags, features, weights: aw, transitions: at, edges: { keys: K, weights: ae } };
  };
  const fold = () => {
    const trans = new Float64Array((T + 1) * T);
    for (let p = -1; p < T; p++) for (let t = 0; t < T; t++) trans[(p + 1) * T + t] = allowed[p + 1]![t] ? tw[(p + 1) * T + t]! : -Infinity;
    return trans;
  };

  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let trans = fold();
    for (const idx of order) {
      const s = withDropout(sentences[idx]!, dropout, dropRandom);
      const n = s.gold.length;
      const emissions = emissionsOf(s, w, T);
      if (margin || missCost) addCosts(emissions, s.gold, T, margin, missCost, outside);
      const pred = K && s.edgeKeys ? viterbiWithEdges(emissions, n, trans, ew, s.edgeKeys, T) : viterbiFlat(emissions, n, trans, T);
      if (pred.every((p, i) => p === s.gold[i])) {
        c++;
        continue;
      }
      const tau = aggressiveness ? passiveAggressiveStep(s, pred, emissions, tw, T, aggressiveness) : 1;
      stepSum += tau;
      steps++;
      const tc = tau * c;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
            const f = s.ids[k]!;
            w[f * T + g]! += tau;
            u[f * T + g]! += tc;
            w[f * T + p]! -= tau;
            u[f * T + p]! -= tc;
          }
        }
        const gPrev = i === 0 ? 0 : s.gold[i - 1]! + 1;
        const pPrev = i === 0 ? 0 : pred[i - 1]! + 1;
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * T + g]! += tau;
          tu[gPrev * T + g]! += tc;
          tw[pPrev * T + p]! -= tau;
          tu[pPrev * T + p]! -= tc;
          if (K && s.edgeKeys) {
            const e = s.edgeKeys[i]! * R;
            ew[e + gPrev * T + g]! += tau;
            eu[e + gPrev * T + g]! += tc;
            ew[e + pPrev * T + p]! -= tau;
            eu[e + pPrev * T + p]! -= tc;
          }
        }
      }
      trans = fold();
      c++;
    }
    options.onEpoch?.(epoch, averaged());
  }
  return averaged();
}

/**
 * The mean of models trained on the same sentences (so with the same tags and feature index: only
 * the shuffle seed differs), as one model: a seed-averaged tagger decodes as fast as one of them.
 */
export function averageModels(models: readonly LinearModel[]): LinearModel {
  const first = models[0];
  if (!first) throw new Error("perceptron: averageModels needs at least one model");
  for (const m of models) {
    if (m.features.size !== first.features.size) throw new Error(`perceptron: averageModels over feature indexes of ${first.features.size} and ${m.features.size} features`);
    if (m.tags.join() !== first.tags.join()) throw new Error(`perceptron: averageModels over tag sets ${first.tags.join()} and ${m.tags.join()}`);
  }
  const mean = (rows: Float32Array[]) => {
    const out = new Float32Array(rows[0]!.length);
    for (const r of rows) for (let k = 0; k < out.length; k++) out[k]! += r[k]!;
    for (let k = 0; k < out.length; k++) out[k]! /= rows.length;
    return out;
  };
  return { tags: first.tags, features: first.features, weights: mean(models.map((m) => m.weights)), transitions: mean(models.map((m) => m.transitions)), outsideBias: first.outsideBias };
}
