/**
 * Mulberry32: a small seeded PRNG in [0, 1). Training, evaluation sets and bench corpora use it so
 * the same seed gives the same model, queries and corpora on every run.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in a random order drawn from `random` (Fisher–Yates). */
export function shuffledBy<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One seeded permutation of `items`: the same order for the same seed on every run. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  return shuffledBy(items, seededRandom(seed));
}
