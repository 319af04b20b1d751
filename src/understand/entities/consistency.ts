/**
 * Document-level label consistency, a second pass over the tagger's BIO tags: a name the tagger
 * tags in one sentence of a document is the same name where the document repeats it untagged
 * (news names a person in full once, then repeats the name with other words around it, where the
 * sentence's own context is weaker). The document of a sentence is the window of sentences around
 * it (tag-sentences.ts DOC_WINDOW: CoNLL input has no article boundaries).
 * - a mention's key is its words' core forms (proclitics split off on evidence: «وبوش» is «بوش»);
 * - an untagged run of words whose key the window tags at least `minTagged` times, and at least
 *   `ratio` times as often as it leaves it untagged, gets the type the window gives it most;
 * - a one-word run must not be a plain word of the training text (model-file.ts plainWords), a
 *   word the lexicon says is never a name, nor shorter than MIN_LETTERS letters;
 * - `lastNames`: the last word of a multiword person name is a key of its own (a person named in
 *   full, then by family name alone).
 */
import type { TokenInfo } from "./features.js";
import { spansOfTags, type TagSpan } from "./conll.js";

export interface ConsistencyOptions {
  /** Sentences on each side that make a sentence's document. */
  window: number;
  /** Tagged mentions of a key the window needs before an untagged one is tagged. */
  minTagged: number;
  /** Tagged mentions needed per untagged one (1: a majority or a tie). */
  ratio: number;
  /** Longest run of words (a key) looked for. */
  maxWords: number;
  /** Whether a multiword person's last word is a key of its own. */
  lastNames: boolean;
}

/**
 * Chosen on the dev tenth with two dev models (seeds 20231 and 7; scripts/ner/consistency-dev.ts,
 * eval/ner/README.md): a name tagged once in three of its occurrences fills the other two; family
 * names count.
 */
export const CONSISTENCY_DEFAULTS: ConsistencyOptions = { window: 15 /* tag-sentences.ts DOC_WINDOW */, minTagged: 1, ratio: 0.5, maxWords: 4, lastNames: true };

const MIN_LETTERS = 3;
const LETTERS = /\p{L}/gu;

export type PlainWords = ReadonlySet<string>;

/** A word that may not stand alone as a filled name: a plain word, a never-name, or under MIN_LETTERS letters. */
export function isPlainWord(t: TokenInfo, plainWords: PlainWords): boolean {
  return t.cue === "never" || plainWords.has(t.norm) || plainWords.has(t.core) || (t.core.match(LETTERS)?.length ?? 0) < MIN_LETTERS;
}

interface KeyStats {
  tagged: Map<string, number>;
  untagged: number;
}

type Inventory = Map<string, KeyStats>;

const keyOf = (words: readonly TokenInfo[], start: number, end: number) => {
  let key = words[start]!.core;
  for (let i = start + 1; i < end; i++) key += " " + words[i]!.core;
  return key;
};

/** The keys of one sentence's tagged mentions, with their types. */
function taggedKeys(words: readonly TokenInfo[], spans: readonly TagSpan[], plainWords: PlainWords, o: ConsistencyOptions): [string, string][] {
  const tagged: [string, string][] = [];
  for (const s of spans) {
    tagged.push([keyOf(words, s.start, s.end), s.type]);
    if (o.lastNames && s.type === "PERS" && s.end - s.start >= 2 && !isPlainWord(words[s.end - 1]!, plainWords)) tagged.push([words[s.end - 1]!.core, s.type]);
  }
  return tagged;
}

/** The tagged keys of the whole input, and their first words (most runs start with no such word: no key is built for them). */
interface TaggedAnywhere {
  keys: ReadonlySet<string>;
  firstWords: ReadonlySet<string>;
}

/** The keys of one sentence's untagged runs that are tagged somewhere in the input (no other key can be filled). */
function untaggedKeys(words: readonly TokenInfo[], tags: readonly string[], anywhere: TaggedAnywhere, o: ConsistencyOptions): string[] {
  const untagged: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!anywhere.firstWords.has(words[i]!.core)) continue;
    for (let n = 1; n <= o.maxWords && i + n <= tags.length && tags[i + n - 1] === "O"; n++) {
      const key = keyOf(words, i, i + n);
      if (anywhere.keys.has(key)) untagged.push(key);
    }
  }
  return untagged;
}

interface SentenceKeys {
  tagged: [string, string][];
  untagged: string[];
}

function count(inv: Inventory, keys: SentenceKeys, sign: 1 | -1): void {
  const stats = (key: string) => {
    let s = inv.get(key);
    if (!s) inv.set(key, (s = { tagged: new Map(), untagged: 0 }));
    return s;
  };
  for (const [key, type] of keys.tagged) {
    const s = stats(key);
    s.tagged.set(type, (s.tagged.get(type) ?? 0) + sign);
  }
  for (const key of keys.untagged) stats(key).untagged += sign;
}

/** The type a key's window gives it, when it gives one often enough to fill an untagged run. */
function fillType(s: KeyStats | undefined, o: ConsistencyOptions): string | null {
  if (!s) return null;
  let best: string | null = null;
  let bestN = 0;
  let total = 0;
  for (const [type, n] of s.tagged) {
    total += n;
    if (n > bestN) [best, bestN] = [type, n];
  }
  return best && total >= o.minTagged && total >= o.ratio * s.untagged ? best : null;
}

/** Fills the untagged runs of one sentence whose key the inventory tags (longest run first). */
function fillSentence(tags: string[], words: readonly TokenInfo[], inv: Inventory, firstWords: ReadonlySet<string>, plainWords: PlainWords, o: ConsistencyOptions): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== "O" || !firstWords.has(words[i]!.core)) continue;
    let maxN = 0;
    while (maxN < o.maxWords && i + maxN < tags.length && tags[i + maxN] === "O") maxN++;
    for (let n = maxN; n >= 1; n--) {
      if (n === 1 && isPlainWord(words[i]!, plainWords)) continue;
      const type = fillType(inv.get(keyOf(words, i, i + n)), o);
      if (!type) continue;
      for (let k = 0; k < n; k++) tags[i + k] = `${k ? "I" : "B"}-${type}`;
      i += n - 1;
      break;
    }
  }
}

/**
 * The tags with document-level consistency applied (new arrays; the input is not changed).
 * `infos`: the tagger's analysis of each token (features.ts tokenInfo); `plainWords`: the model's.
 */
export function consistentTags(infos: readonly (readonly TokenInfo[])[], tags: readonly (readonly string[])[], plainWords: PlainWords, o: ConsistencyOptions = CONSISTENCY_DEFAULTS): string[][] {
  const words = infos;
  const tagged = words.map((w, i) => taggedKeys(w, spansOfTags(tags[i]!), plainWords, o));
  const anywhere = { keys: new Set<string>(), firstWords: new Set<string>() };
  for (const t of tagged) {
    for (const [key] of t) {
      anywhere.keys.add(key);
      anywhere.firstWords.add(key.split(" ", 1)[0]!);
    }
  }
  if (!anywhere.keys.size) return tags.map((t) => [...t]);
  const keys: SentenceKeys[] = words.map((w, i) => ({ tagged: tagged[i]!, untagged: untaggedKeys(w, tags[i]!, anywhere, o) }));
  const inv: Inventory = new Map();
  for (let k = 0; k <= o.window && k < keys.length; k++) count(inv, keys[k]!, 1);
  return tags.map((t, i) => {
    if (i > 0) {
      if (keys[i + o.window]) count(inv, keys[i + o.window]!, 1);
      if (keys[i - o.window - 1]) count(inv, keys[i - o.window - 1]!, -1);
    }
    const out = [...t];
    fillSentence(out, words[i]!, inv, anywhere.firstWords, plainWords, o);
    return out;
  });
}
