/**
 * Distributional word classes of the connector's terms: two titles that tell one event in other
 * words (مباراة / فوز / هزيمة, هجوم / تفجير / قصف) share classes where they share no stem.
 * - The classes are the entity tagger's (models/ner.bin.gz: spherical k-means over fastText vectors
 *   of the unlabeled ANT and JawharaFM text, src/understand/entities/clusters.ts), read from its
 *   word table; no second model file.
 * - A term is an analyzer stem (terms.ts), the table holds normalized words: each stem takes the
 *   class of its most frequent word in the table (ties: the first listed), at one level of the
 *   class hierarchy (`CLASS_LEVEL`: 0 → 64 classes, 1 → 512, 2 → 4,096).
 * - `classVector(v)` sums a term vector's weights by class (a stem the table lacks keeps its own key)
 *   and L2-normalizes: its dot product with another is the class-level cosine of the two vectors.
 */
import { tokenize } from "../arabic/analyze.js";
import { loadDefaultModel } from "../understand/entities/model-file.js";
import { dot, type TermVector } from "./terms.js";

/** Default level: 512 classes (a sports class holds match, win and defeat; a violence class attack, bombing and shelling). */
export const CLASS_LEVEL = 1;

const tables = new Map<number, Map<string, number>>();

/** Stem → class at `level`, built once per process from the tagger's word table. */
export function stemClasses(level = CLASS_LEVEL): ReadonlyMap<string, number> {
  let table = tables.get(level);
  if (table) return table;
  const model = loadDefaultModel();
  const best = new Map<string, { count: number; cls: number }>();
  const L = model.levels;
  if (level < 0 || level >= L) throw new Error(`word classes: level ${level} not in the model's ${L} levels`);
  for (let i = 0; i < model.words.length; i++) {
    const cls = model.wordClasses[i * L + level]!;
    if (cls < 0) continue;
    const tokens = tokenize(model.words[i]!);
    if (tokens.length !== 1 || tokens[0]!.isStopword) continue;
    const stem = tokens[0]!.stem;
    const count = model.wordCounts[i]!;
    const seen = best.get(stem);
    if (!seen || count > seen.count) best.set(stem, { count, cls });
  }
  table = new Map([...best].map(([stem, { cls }]) => [stem, cls]));
  tables.set(level, table);
  return table;
}

const memo = new WeakMap<TermVector, TermVector>();

/** A term vector summed by word class and L2-normalized (terms without a class keep their own key). */
export function classVector(v: TermVector, skip?: ReadonlySet<string>, level = CLASS_LEVEL): TermVector {
  const plain = !skip && level === CLASS_LEVEL;
  if (plain) {
    const hit = memo.get(v);
    if (hit) return hit;
  }
  const classes = stemClasses(level);
  const sums = new Map<string, number>();
  for (const [t, w] of v) {
    if (skip?.has(t)) continue;
    const c = classes.get(t);
    const key = c === undefined ? t : `#${c}`;
    sums.set(key, (sums.get(key) ?? 0) + w);
  }
  let norm = 0;
  for (const w of sums.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, w] of sums) sums.set(k, w / norm);
  if (plain) memo.set(v, sums);
  return sums;
}

/** Class-level cosine of two term vectors (0 when either is empty). */
export function classCosine(a: TermVector, b: TermVector, skip?: ReadonlySet<string>, level = CLASS_LEVEL): number {
  return dot(classVector(a, skip, level), classVector(b, skip, level));
}
