/**
 * Document-level label consistency, a second pass over the tagger's BIO tags: a name the tagger
 * tags in one sentence of a document is the same name where the document repeats it untagged
 * (news names a person in full once, then repeats the name with other words around it, where the
 * sentence's own context is weaker). The document of a sentence is the window of sentences around
 * it (tag-sentences.ts DOC_WINDOW: CoNLL input has no article boundaries).
 * - a mention's key is its words' core forms (proclitics split off on evidence: «وبوش» is «بوش»);
 * - an untagged run of words whose key the window tags at least `minTagged` times, and at least as
 *   often as it leaves it untagged, gets the type the window gives it most;
 * - a one-word run must not be a plain word of the training text (model-file.ts plainWords) nor
 *   shorter than MIN_LETTERS letters;
 * - `lastNames`: the last word of a multiword person name is a key of its own (a person named in
 *   full, then by family name alone).
 */
import type { FeatureResources } from "./features.js";
import { lexicalForms } from "./features.js";
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

export const CONSISTENCY_DEFAULTS: ConsistencyOptions = { window: 15, minTagged: 1, ratio: 1, maxWords: 4, lastNames: false };

const MIN_LETTERS = 3;
const LETTERS = /\p{L}/gu;

interface Resources {
  res: Pick<FeatureResources, "words" | "gazetteer">;
  plainWordSet: ReadonlySet<string>;
}

/** The core form of each token ("" for a token without a letter: it never joins a key). */
function coresOf(tokens: readonly string[], r: Resources, memo: Map<string, { core: string; plain: boolean }>): { core: string; plain: boolean }[] {
  return tokens.map((t) => {
    let f = memo.get(t);
    if (!f) {
      const { norm, core } = lexicalForms(t, r.res);
      const letters = core.match(LETTERS)?.length ?? 0;
      f = { core: letters ? core : "", plain: letters < MIN_LETTERS || r.plainWordSet.has(norm) || r.plainWordSet.has(core) };
      memo.set(t, f);
    }
    return f;
  });
}

interface KeyStats {
  tagged: Map<string, number>;
  untagged: number;
}

type Inventory = Map<string, KeyStats>;

const keyOf = (cores: readonly { core: string }[], start: number, end: number) => {
  let key = "";
  for (let i = start; i < end; i++) {
    const c = cores[i]!.core;
    if (!c) return "";
    key += (i > start ? " " : "") + c;
  }
  return key;
};

/** The keys of one sentence's tagged mentions (with their types) and of its untagged runs. */
function sentenceKeys(cores: readonly { core: string; plain: boolean }[], spans: readonly TagSpan[], tags: readonly string[], o: ConsistencyOptions): { tagged: [string, string][]; untagged: string[] } {
  const tagged: [string, string][] = [];
  for (const s of spans) {
    const key = keyOf(cores, s.start, s.end);
    if (key) tagged.push([key, s.type]);
    if (o.lastNames && s.type === "PERS" && s.end - s.start >= 2) {
      const last = keyOf(cores, s.end - 1, s.end);
      if (last && !cores[s.end - 1]!.plain) tagged.push([last, s.type]);
    }
  }
  const untagged: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    for (let n = 1; n <= o.maxWords && i + n <= tags.length; n++) {
      if (tags[i + n - 1] !== "O") break;
      const key = keyOf(cores, i, i + n);
      if (key) untagged.push(key);
    }
  }
  return { tagged, untagged };
}

function count(inv: Inventory, keys: { tagged: [string, string][]; untagged: string[] }, sign: 1 | -1): void {
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
function fillSentence(tags: string[], cores: readonly { core: string; plain: boolean }[], inv: Inventory, o: ConsistencyOptions): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== "O") continue;
    let maxN = 0;
    while (maxN < o.maxWords && i + maxN < tags.length && tags[i + maxN] === "O") maxN++;
    for (let n = maxN; n >= 1; n--) {
      if (n === 1 && cores[i]!.plain) continue;
      const type = fillType(inv.get(keyOf(cores, i, i + n)), o);
      if (!type) continue;
      for (let k = 0; k < n; k++) tags[i + k] = `${k ? "I" : "B"}-${type}`;
      i += n - 1;
      break;
    }
  }
}

/** The tags with document-level consistency applied (a new array; the input is not changed). */
export function consistentTags(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[], r: Resources, o: ConsistencyOptions = CONSISTENCY_DEFAULTS): string[][] {
  const memo = new Map<string, { core: string; plain: boolean }>();
  const cores = sentences.map((s) => coresOf(s, r, memo));
  const keys = sentences.map((_, i) => sentenceKeys(cores[i]!, spansOfTags(tags[i]!), tags[i]!, o));
  const inv: Inventory = new Map();
  for (let k = 0; k <= o.window && k < sentences.length; k++) count(inv, keys[k]!, 1);
  return tags.map((t, i) => {
    if (i > 0) {
      if (keys[i + o.window]) count(inv, keys[i + o.window]!, 1);
      if (keys[i - o.window - 1]) count(inv, keys[i - o.window - 1]!, -1);
    }
    const out = [...t];
    fillSentence(out, cores[i]!, inv, o);
    return out;
  });
}
