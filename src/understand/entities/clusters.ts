/**
 * Word classes from word vectors (training time only; the model ships the classes, not the vectors):
 * - vectors are L2-normalized; classes are spherical k-means (cosine), seeded, initial centres
 *   spread by k-means++, a fixed number of iterations: the same vectors give the same classes;
 * - hierarchical: level 0 splits all words into branching[0] classes, level 1 splits each of those
 *   into branching[1], and so on; a word's class at level l is a number that nests like a
 *   Brown-cluster bit prefix (its level-(l+1) class determines its level-l class);
 * - an empty class keeps its centre (no re-seeding): determinism over optimality.
 */
import { seededRandom } from "../../seeded-random.js";

export interface NestedClassOptions {
  /** Classes per parent at each level: [64, 8, 8] gives 64, 512 and 4,096 classes. */
  branching: number[];
  seed: number;
  iterations: number;
}

function normalized(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  return v.map((x) => x / n);
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}

/** Spherical k-means of the vectors at `members`; returns a class in [0, k) per member. */
export function sphericalKMeans(vectors: readonly Float32Array[], members: readonly number[], k: number, random: () => number, iterations: number): Int32Array {
  const assign = new Int32Array(members.length);
  if (members.length <= k) {
    for (let i = 0; i < members.length; i++) assign[i] = i;
    return assign;
  }
  const D = vectors[members[0]!]!.length;
  const centres: Float32Array[] = [Float32Array.from(vectors[members[Math.floor(random() * members.length)]!]!)];
  const best = new Float64Array(members.length).fill(-1);
  while (centres.length < k) {
    const last = centres[centres.length - 1]!;
    let total = 0;
    for (let i = 0; i < members.length; i++) {
      best[i] = Math.max(best[i]!, dot(vectors[members[i]!]!, last));
      total += Math.max(0, 1 - best[i]!);
    }
    let r = random() * total;
    let pick = members.length - 1;
    for (let i = 0; i < members.length; i++) {
      r -= Math.max(0, 1 - best[i]!);
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    centres.push(Float32Array.from(vectors[members[pick]!]!));
  }
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < members.length; i++) {
      const v = vectors[members[i]!]!;
      let arg = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(v, centres[c]!);
        if (s > bestSim) {
          bestSim = s;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    const sums = centres.map(() => new Float32Array(D));
    const sizes = new Int32Array(k);
    for (let i = 0; i < members.length; i++) {
      const v = vectors[members[i]!]!;
      const sum = sums[assign[i]!]!;
      sizes[assign[i]!]!++;
      for (let d = 0; d < D; d++) sum[d]! += v[d]!;
    }
    for (let c = 0; c < k; c++) if (sizes[c]) centres[c] = normalized(sums[c]!);
  }
  return assign;
}

/** Nested classes per vector: result[i][l] is vector i's class at level l. */
export function learnNestedClasses(rawVectors: readonly Float32Array[], options: NestedClassOptions): number[][] {
  const vectors = rawVectors.map(normalized);
  const random = seededRandom(options.seed);
  const classes: number[][] = vectors.map(() => []);
  let groups: number[][] = [vectors.map((_, i) => i)];
  let width = 1;
  for (const k of options.branching) {
    const next: number[][] = Array.from({ length: width * k }, () => []);
    groups.forEach((members, parent) => {
      const assign = sphericalKMeans(vectors, members, k, random, options.iterations);
      members.forEach((m, i) => {
        const id = parent * k + assign[i]!;
        classes[m]!.push(id);
        next[id]!.push(m);
      });
    });
    groups = next;
    width *= k;
  }
  return classes;
}
