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

/** Slots of a WordMemo's table of recent words (a power of two). */
const RECENT_SLOTS = 4096;

/**
 * A word's slot in a WordMemo's recent table: its length and first, middle and last code units
 * (no pass over the word, unlike the Map's hash of a freshly cut word).
 */
function recentSlot(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  return (Math.imul(word.charCodeAt(0), 31) + Math.imul(word.charCodeAt(n - 1), 131) + Math.imul(word.charCodeAt(n >> 1), 7) + n) & (RECENT_SLOTS - 1);
}

/**
 * A memo of words (any short texts) for the stages' per-word analyses, in two generations, with a
 * small table of the words asked lately in front:
 * - Two generations instead of one Map cleared whole: new words go into the young one, and when it
 *   holds half the limit it becomes the old one (the old one before it is dropped); a word found in
 *   the old generation is kept in the young one again. So a news stream's common words survive the
 *   turn, where a memo cleared whole lost them all and the next articles analyzed every word anew
 *   (a clear came every few thousand articles); at most `limit` words are held, as before.
 * - The recent table, one word a slot (recentSlot, 4,096 slots), in front of the Maps: a memo of a
 *   stream's words holds 100,000-200,000 of them, and a probe of a Map that size is mostly cache
 *   misses, while the table stays in cache and answers the common words (Zipf). It holds the Maps'
 *   own values for its words and is emptied when the generations turn.
 * Either way a word's answer is the function's answer: only how often it is computed changes.
 */
export class WordMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private readonly recentWords: string[] = new Array<string>(RECENT_SLOTS).fill("");
  private readonly recentAnswers: (V | undefined)[] = new Array<V | undefined>(RECENT_SLOTS).fill(undefined);

  /** `limit`: the most words held, over both generations (each holds at most half). */
  constructor(private readonly limit: number) {}

  get(word: string): V | undefined {
    const slot = recentSlot(word);
    if (this.recentWords[slot] === word) {
      const known = this.recentAnswers[slot];
      if (known !== undefined) return known;
    }
    let value = this.young.get(word);
    if (value === undefined) {
      value = this.old.get(word);
      if (value === undefined) return undefined;
      this.keep(word, value);
    }
    this.recentWords[slot] = word;
    this.recentAnswers[slot] = value;
    return value;
  }

  set(word: string, value: V): void {
    this.keep(word, value);
    const slot = recentSlot(word);
    this.recentWords[slot] = word;
    this.recentAnswers[slot] = value;
  }

  /** Puts the word in the young generation, turning the generations first when it is full. */
  private keep(word: string, value: V): void {
    if (this.young.size >= this.limit / 2) {
      this.old = this.young;
      this.young = new Map();
      this.recentWords.fill("");
      this.recentAnswers.fill(undefined);
    }
    this.young.set(word, value);
  }

  /** Words held, over both generations (a word in both counts twice). */
  get size(): number {
    return this.young.size + this.old.size;
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
