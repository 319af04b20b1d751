/**
 * A first-order structured perceptron (Collins 2002) over BIO tags, with averaged weights:
 * - score(sentence, tags) = Σ emission weight (feature, tag) + Σ transition weight (previous tag, tag);
 * - decoding is Viterbi, constrained so I-X only follows B-X or I-X (BIO is never broken);
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
}

export interface TrainingSentence {
  /** Feature hashes per token (feature-index.ts). */
  features: number[][];
  tags: string[];
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  minCount: number;
  /** Called after each epoch with the averaged model so far (for a dev curve). */
  onEpoch?: (epoch: number, model: LinearModel) => void;
}

/** Allowed[prev+1][t]: whether tag t may follow prev (prev = -1 at the start). */
export function allowedTransitions(tags: readonly string[]): boolean[][] {
  const T = tags.length;
  const rows: boolean[][] = [];
  for (let prev = -1; prev < T; prev++) {
    rows.push(
      tags.map((t) => {
        if (!t.startsWith("I-")) return true;
        if (prev < 0) return false;
        const p = tags[prev]!;
        return p !== "O" && p.slice(2) === t.slice(2);
      }),
    );
  }
  return rows;
}

/** Viterbi decoding over per-token emission score rows (each of length T). */
export function viterbi(emissions: Float64Array[], transitions: Float32Array, allowed: boolean[][], T: number): number[] {
  const n = emissions.length;
  if (!n) return [];
  // Forbidden transitions folded into the transition scores once: no branch in the inner loop.
  const trans = new Float64Array((T + 1) * T);
  for (let p = -1; p < T; p++) for (let t = 0; t < T; t++) trans[(p + 1) * T + t] = allowed[p + 1]![t] ? transitions[(p + 1) * T + t]! : -Infinity;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  const first = emissions[0]!;
  for (let t = 0; t < T; t++) score[t] = first[t]! + trans[t]!;
  for (let i = 1; i < n; i++) {
    const em = emissions[i]!;
    const prevBase = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = score[prevBase + p]! + trans[(p + 1) * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + em[t]!;
      back[i * T + t] = arg;
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

export function emissionScores(featureIds: readonly number[][], weights: Float32Array, T: number): Float64Array[] {
  return featureIds.map((ids) => {
    const row = new Float64Array(T);
    for (const f of ids) {
      const base = f * T;
      for (let t = 0; t < T; t++) row[t]! += weights[base + t]!;
    }
    return row;
  });
}

/** Decodes one sentence given the feature hashes of its tokens. */
export function decodeSentence(model: LinearModel, features: readonly (readonly number[])[], allowed = allowedTransitions(model.tags)): string[] {
  const T = model.tags.length;
  const { weights } = model;
  const emissions = features.map((fs) => {
    const row = new Float64Array(T);
    for (const name of fs) {
      const f = model.features.getHash(name);
      if (f === undefined) continue;
      const base = f * T;
      for (let t = 0; t < T; t++) row[t]! += weights[base + t]!;
    }
    return row;
  });
  const o = model.tags.indexOf("O");
  if (model.outsideBias && o >= 0) for (const row of emissions) row[o]! -= model.outsideBias;
  return viterbi(emissions, model.transitions, allowed, T).map((t) => model.tags[t]!);
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
  const F = features.size;

  const sentences = data.map((s) => ({
    ids: s.features.map((fs) => fs.map((f) => features.getHash(f)).filter((x): x is number => x !== undefined)),
    gold: s.tags.map((t) => tagIndex.get(t)!),
  }));
  const w = new Float32Array(F * T);
  const u = new Float64Array(F * T);
  const tw = new Float32Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const allowed = allowedTransitions(tags);
  const random = seededRandom(options.seed);
  let c = 1;

  const averaged = (): LinearModel => {
    const aw = new Float32Array(F * T);
    for (let k = 0; k < aw.length; k++) aw[k] = w[k]! - u[k]! / c;
    const at = new Float32Array(tw.length);
    for (let k = 0; k < at.length; k++) at[k] = tw[k]! - tu[k]! / c;
    return { tags, features, weights: aw, transitions: at };
  };

  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const s = sentences[idx]!;
      const pred = viterbi(emissionScores(s.ids, w, T), tw, allowed, T);
      if (pred.every((p, i) => p === s.gold[i])) {
        c++;
        continue;
      }
      for (let i = 0; i < pred.length; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          for (const f of s.ids[i]!) {
            w[f * T + g]! += 1;
            u[f * T + g]! += c;
            w[f * T + p]! -= 1;
            u[f * T + p]! -= c;
          }
        }
        const gPrev = i === 0 ? 0 : s.gold[i - 1]! + 1;
        const pPrev = i === 0 ? 0 : pred[i - 1]! + 1;
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * T + g]! += 1;
          tu[gPrev * T + g]! += c;
          tw[pPrev * T + p]! -= 1;
          tu[pPrev * T + p]! -= c;
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, averaged());
  }
  return averaged();
}
