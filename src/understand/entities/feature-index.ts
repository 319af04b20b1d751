/**
 * Feature strings → dense ids through their 32-bit FNV-1a hash (as int32) in an open-addressing table:
 * - lookups hash the string once and probe a typed array (no string keys kept: a Map of half a
 *   million strings made tagging 5× slower);
 * - the model stores the hashes, not the strings; two features sharing a hash (≈40 pairs among
 *   500 k) share a weight, which the averaged perceptron absorbs;
 * - the table doubles when more than half full;
 * - a bit per hash value modulo 2^22 (a 512 KB filter) says which hashes may be in the table: most
 *   lookups are for features the model never kept (unseen bigrams and class trigrams, ~90% of the
 *   tagger's pair lookups), and a probe of the 4 MB table was a cache miss each where the filter
 *   mostly stays in cache.
 */

// Hashes are kept as int32 (small integers to V8; uint32 values above 2^31 became heap numbers and
// made every probe 20× slower). -1 marks a free slot.
const EMPTY = -1;
const FILTER_BITS = 22;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // EMPTY marks a free slot; move the one string hashing to it elsewhere.
  return (h | 0) === EMPTY ? 0 : h | 0;
}

export class FeatureIndex {
  /** Slot i holds its hash at 2i and its id at 2i+1: one cache line per probe. */
  private table: Int32Array;
  private mask: number;
  /** Bit (h & FILTER_MASK) is set for every hash in the table (never cleared: ids are never removed). */
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));
  size = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.table = new Int32Array(n * 2).fill(EMPTY);
    this.mask = n - 1;
  }

  private mark(h: number): void {
    const bit = h & FILTER_MASK;
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** The index of distinct hashes, ids in their order (a model file's feature section). */
  static fromHashes(hashes: Int32Array): FeatureIndex {
    const index = new FeatureIndex(hashes.length);
    // Sized for all of them, so no growth: each goes to the first free slot of its probe sequence,
    // where addHash would put it, without the lookup first.
    const { table, mask } = index;
    for (let id = 0; id < hashes.length; id++) {
      const h = hashes[id]!;
      let slot = h & mask;
      for (let k = table[slot * 2]!; k !== EMPTY; k = table[slot * 2]!) {
        if (k === h) throw new Error(`feature index: hash ${h} given twice`);
        slot = (slot + 1) & mask;
      }
      table[slot * 2] = h;
      table[slot * 2 + 1] = id;
      index.mark(h);
    }
    index.size = hashes.length;
    return index;
  }

  get(feature: string): number | undefined {
    return this.getHash(hashFeature(feature));
  }

  getHash(h: number): number | undefined {
    const bit = h & FILTER_MASK;
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return undefined;
    return this.probe(h);
  }

  /**
   * Moves to the front of hashes[from, from + count), in their order, those the filter lets
   * through (the others are surely not in the table); returns how many. No branch on the filter's
   * bits: the probes of a token's features are independent loads, and a branch on each (taken or
   * not at random) kept them from overlapping — the tagger looks up a dozen per token, most absent.
   */
  keepMaybePresent(hashes: Int32Array, count: number, from = 0): number {
    const filter = this.filter;
    let kept = from;
    for (let j = from, end = from + count; j < end; j++) {
      const h = hashes[j]!;
      const bit = h & FILTER_MASK;
      hashes[kept] = h;
      kept += (filter[bit >>> 5]! >>> (bit & 31)) & 1;
    }
    return kept - from;
  }

  /**
   * The ids of the hashes of `rows` rows of `hashes` (row i: `counts[i]` of them from i * stride)
   * that the table holds, in their order, into `ids` at the same places, their counts into `kept`.
   * A sentence's pair features in two passes, the filter's over all rows, then the probes of those it
   * lets through: the loads of one pass are independent across tokens and overlap, where a token's
   * few filter loads and probes at a time, between its other sums, were cache misses one after another.
   */
  resolveRows(hashes: Int32Array, counts: Int32Array, rows: number, stride: number, ids: Int32Array, kept: Int32Array): void {
    const filter = this.filter;
    for (let i = 0, from = 0; i < rows; i++, from += stride) {
      let k = from;
      for (let j = from, end = from + counts[i]!; j < end; j++) {
        const h = hashes[j]!;
        const bit = h & FILTER_MASK;
        ids[k] = h;
        k += (filter[bit >>> 5]! >>> (bit & 31)) & 1;
      }
      kept[i] = k - from;
    }
    for (let i = 0, from = 0; i < rows; i++, from += stride) {
      let k = from;
      for (let j = from, end = from + kept[i]!; j < end; j++) {
        const id = this.probe(ids[j]!);
        if (id === undefined) continue;
        ids[k++] = id;
      }
      kept[i] = k - from;
    }
  }

  /**
   * Reads the slot where the probe of each of hashes[from, to) starts, and returns a sum of what it
   * read (keep it somewhere, or the compiler may drop the loads): the slots of many hashes loaded one
   * after another, none waiting for another, so that their cache misses overlap and the probes that
   * follow find them in the CPU's caches (a probe's loop waits for its slot before the next probe).
   */
  touchSlots(hashes: Int32Array, from: number, to: number): number {
    const table = this.table;
    const mask = this.mask;
    let sum = 0;
    for (let j = from; j < to; j++) sum += table[(hashes[j]! & mask) * 2]!;
    return sum;
  }

  /** getHash without the filter: for a hash the filter let through (keepMaybePresent). */
  probe(h: number): number | undefined {
    const table = this.table;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = table[slot * 2]!;
      if (k === h) return table[slot * 2 + 1]!;
      if (k === EMPTY) return undefined;
    }
  }

  /** Id of `feature`, added if new. */
  add(feature: string): number {
    return this.addHash(hashFeature(feature));
  }

  addHash(h: number): number {
    const known = this.getHash(h);
    if (known !== undefined) return known;
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let slot = h & this.mask;
    while (this.table[slot * 2] !== EMPTY) slot = (slot + 1) & this.mask;
    this.table[slot * 2] = h;
    this.table[slot * 2 + 1] = this.size;
    this.mark(h);
    return this.size++;
  }

  /** Hashes in id order. */
  hashes(): Int32Array {
    const out = new Int32Array(this.size);
    for (let slot = 0; slot <= this.mask; slot++) if (this.table[slot * 2] !== EMPTY) out[this.table[slot * 2 + 1]!] = this.table[slot * 2]!;
    return out;
  }

  private grow(): void {
    const hashes = this.hashes();
    const n = (this.mask + 1) * 2;
    this.table = new Int32Array(n * 2).fill(EMPTY);
    this.mask = n - 1;
    this.size = 0;
    for (const h of hashes) this.addHash(h);
  }
}
