/**
 * Average-link agglomerative clustering over a sparse similarity graph, for diagnostics: it needs no
 * arrival order and no centroid, so what it joins is joined by the pairwise similarity itself.
 * - `neighbours[i]` maps item j to sim(i, j) (symmetric; absent pairs count as 0).
 * - Clusters merge best first while their average pairwise similarity (sum over the cross pairs /
 *   product of the sizes) is at least `min`; the merges are returned in that order, so any
 *   threshold ≥ `min` is a cut of them (`cutAt`).
 * - Deterministic: ties go to the lower pair of ids.
 */

export interface Merge {
  /** The surviving cluster (its lowest original item) and the one merged into it. */
  a: number;
  b: number;
  /** Average pairwise similarity of the two clusters when they merged. */
  similarity: number;
}

interface Entry {
  s: number;
  a: number;
  b: number;
  /** Versions of a and b when pushed; a stale entry is skipped. */
  va: number;
  vb: number;
}

const before = (x: Entry, y: Entry): boolean => x.s > y.s || (x.s === y.s && (x.a < y.a || (x.a === y.a && x.b < y.b)));

class MaxHeap {
  private readonly items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }
  pop(): Entry {
    const h = this.items;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length === 0) return top;
    h[0] = last;
    for (let i = 0; ; ) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let m = i;
      if (l < h.length && before(h[l]!, h[m]!)) m = l;
      if (r < h.length && before(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[m], h[i]] = [h[i]!, h[m]!];
      i = m;
    }
    return top;
  }
}

export function averageLinkMerges(neighbours: readonly ReadonlyMap<number, number>[], min: number): Merge[] {
  const n = neighbours.length;
  const size = new Array<number>(n).fill(1);
  const version = new Array<number>(n).fill(0);
  const alive = new Array<boolean>(n).fill(true);
  const sums = neighbours.map((m) => new Map(m));
  const heap = new MaxHeap();
  const pushPair = (x: number, y: number): void => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const s = sums[a]!.get(b)! / (size[a]! * size[b]!);
    if (s >= min) heap.push({ s, a, b, va: version[a]!, vb: version[b]! });
  };
  for (let i = 0; i < n; i++) for (const j of sums[i]!.keys()) if (i < j) pushPair(i, j);
  const merges: Merge[] = [];
  while (heap.size > 0) {
    const e = heap.pop();
    if (!alive[e.a] || !alive[e.b] || version[e.a] !== e.va || version[e.b] !== e.vb) continue;
    const { a, b } = e;
    merges.push({ a, b, similarity: e.s });
    alive[b] = false;
    size[a]! += size[b]!;
    version[a]!++;
    for (const [c, s] of sums[b]!) {
      if (c === a) continue;
      const joined = (sums[a]!.get(c) ?? 0) + s;
      sums[a]!.set(c, joined);
      sums[c]!.set(a, joined);
      sums[c]!.delete(b);
    }
    sums[a]!.delete(b);
    sums[b] = new Map();
    for (const c of sums[a]!.keys()) if (alive[c]) pushPair(a, c);
  }
  return merges;
}

/** Cluster root of every item when the merges of at least `threshold` are applied. */
export function cutAt(n: number, merges: readonly Merge[], threshold: number): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const m of merges) if (m.similarity >= threshold) parent[find(m.b)] = find(m.a);
  return parent.map((_, i) => find(i));
}
