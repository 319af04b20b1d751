/**
 * Answers of a pure function of a string, kept for the texts asked most recently: news repeats its
 * words and names, and the stages ask the same function of the same text again and again. Bounded:
 * when `limit` texts are kept the memo is cleared whole (cheaper than LRU bookkeeping, and it
 * refills fast), so a long run cannot grow it without limit.
 */
export class BoundedMemo<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.answers.get(key);
  }

  set(key: string, value: V): void {
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, value);
  }

  get size(): number {
    return this.answers.size;
  }
}

/** `fn` remembered per argument in a BoundedMemo of `limit` texts. */
export function memoized<V>(fn: (text: string) => V, limit: number): (text: string) => V {
  const memo = new BoundedMemo<V>(limit);
  return (text) => {
    let v = memo.get(text);
    if (v === undefined) {
      v = fn(text);
      memo.set(text, v);
    }
    return v;
  };
}
