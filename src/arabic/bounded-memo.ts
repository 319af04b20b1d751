/**
 * Answers of a pure function, kept for the arguments (texts, by default) asked most recently: news
 * repeats its words, names and days, and the stages ask the same function of the same argument again
 * and again. Bounded: when `limit` arguments are kept the memo is cleared whole (cheaper than LRU
 * bookkeeping, and it refills fast), so a long run cannot grow it without limit.
 */
export class BoundedMemo<V, K = string> {
  private readonly answers = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.answers.get(key);
  }

  set(key: K, value: V): void {
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, value);
  }

  get size(): number {
    return this.answers.size;
  }
}

/** `fn` remembered per argument in a BoundedMemo of `limit` arguments. */
export function memoized<V, K = string>(fn: (key: K) => V, limit: number): (key: K) => V {
  const memo = new BoundedMemo<V, K>(limit);
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) {
      v = fn(key);
      memo.set(key, v);
    }
    return v;
  };
}
