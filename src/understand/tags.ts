/**
 * Generated tags: the article's keyphrases, in `tags[]` with origin "generated", scope "article".
 * Rules:
 * - candidates are the merged entities (person, location, organization) and word n-grams (1–3
 *   words) of the title and body that do not cross punctuation, do not start or end with a stopword,
 *   hold no digits and no speech or reporting verbs;
 * - a phrase's key is its normalized form (normalize.ts) with a proclitic before the article
 *   dropped (`والعملية` → `العمليه`), so spelling variants (`قرة باغ` / `قره باغ`, Persian letter
 *   forms) count as one;
 * - salience = occurrences × a length bonus (longer phrases are more specific) + a title bonus; an
 *   n-gram needs MIN_PHRASE_COUNT occurrences (single words MIN_WORD_COUNT), an entity one;
 * - a phrase that occurs only inside a longer kept phrase is dropped (`قرة باغ` inside
 *   `ناغورني قرة باغ`), and so is one inside an entity name;
 * - the text shown is the most frequent surface form with Persian letter forms folded and the
 *   proclitic dropped; at most MAX_TAGS, best first;
 * - a tag the page itself lists (same key, scope article) is not repeated: the page's record is
 *   kept once and marked generated too (`onPage`), so every tag text appears once.
 */
import type { Entity, Tag } from "../types.js";
import { tokenize, type Token } from "../arabic/analyze.js";
import { foldPersianLetters, normalizeArabic } from "../arabic/normalize.js";
import { isStopword } from "../arabic/stopwords.js";

/** Enough for a reader to see what the story is about; more become noise. */
const MAX_TAGS = 8;
/** A phrase said three times is a theme; twice is often one sentence quoted and paraphrased. */
const MIN_PHRASE_COUNT = 3;
const MIN_TITLE_PHRASE_COUNT = 2;
const MIN_ENTITY_COUNT = 2;
/** Single words recur for grammar's sake (الوضع, العملية): they must recur more to count. */
const MIN_WORD_COUNT = 3;
// PhraseTable makes a phrase's candidate at its second occurrence: a phrase seen once is never shown.
if (Math.min(MIN_PHRASE_COUNT, MIN_TITLE_PHRASE_COUNT, MIN_WORD_COUNT) < 2) throw new Error("tags: PhraseTable shows no phrase seen once");
const TITLE_BONUS = 2;
const LENGTH_BONUS = 0.6;
const ENTITY_BONUS = 1;

// Words that never make a tag on their own or at a phrase edge: reporting verbs and news filler.
const NEVER = new Set(
  `قال قالت اكد اكدت اضاف اضافت شدد شددت اوضح اوضحت اعلن اعلنت اشار اشارت كتب كتبت ذكر ذكرت دعا دعت تابع تابعت
   يذكر يجب بشكل اجل خلال وفقا بحسب حسب نحو اكثر اقل اخرين اخر اخري بينهم منهم هناك ايضا بسبب امس اليوم غدا
   الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد تم يتم كما حيث بعد قبل الي علي عن مع الذي التي
   الوقت الوضع الحاجه الاهميه بمكان له لها لهم فيه فيها منه منها عليه اول ثاني جديد جديده كبير كبيره`
    .split(/\s+/)
    .filter(Boolean),
);

interface Candidate {
  key: string;
  /** False for n-grams that may be counted but never shown (a verb, a bare adjective…). */
  eligible: boolean;
  words: number;
  count: number;
  inTitle: boolean;
  /** The first surface form seen and how often; `surfaces` only once a second form appears (most phrases have one). */
  surface: string;
  surfaceCount: number;
  surfaces: Map<string, number> | null;
  isEntity: boolean;
  /** The phrase's id in the PhraseTable that counted it (its key is "" until built from it when counted without key strings); -1 for an entity. */
  phrase: number;
}

/** Whether a token's norm holds a space (NFKC of a ligature such as ﷺ): its text's phrases are counted by key strings. */
const holdsSpace = (t: Token) => t.norm.includes(" ");

/** Drops a conjunction or preposition fused before the article: والعملية → العملية, للأمن → الأمن. */
function dropProclitic(t: Token): { surface: string; norm: string } {
  const f = factsOf(t);
  return { surface: firstSurface(f, t.surface), norm: firstNormOf(f, t) };
}

/** What the phrase counting reads of a word, a function of its normalized form alone. */
interface WordFacts {
  /** The norm with a proclitic before the article dropped (dropProclitic); null when none is (the norm itself). */
  first: string | null;
  /** How many letters of the surface dropProclitic cuts, and whether it puts ال back (لل). */
  cut: number;
  addsArticle: boolean;
  /** isEdgeWord; `edge` also when the word without its proclitic is a NEVER word. */
  edgeWord: boolean;
  edge: boolean;
  verb: boolean;
}

/**
 * The facts of a token's word, kept on the record of its surface (arabic/analyze.ts Word): news
 * repeats its words, and each fact was a regex or a set probe per token. A token whose norm is not
 * its word's (a stage's rewrite) has its facts worked out anew.
 */
function factsOf(t: Token): WordFacts {
  const w = t.word;
  if (w.norm !== t.norm) return wordFactsOf(t.norm);
  return (w.phraseFacts ??= wordFactsOf(w.norm)) as WordFacts;
}

/**
 * The facts of a word with no proclitic to drop, by its three flags: most words, their facts shared
 * instead of an object of their own on each word's record.
 */
const PLAIN_FACTS: readonly WordFacts[] = Array.from({ length: 8 }, (_, k) => ({ first: null, cut: 0, addsArticle: false, edgeWord: (k & 4) !== 0, edge: (k & 2) !== 0, verb: (k & 1) !== 0 }));

function wordFactsOf(norm: string): WordFacts {
  let first = norm;
  let cut = 0;
  let addsArticle = false;
  const m = /^(?:و|ف|ب|ك|وب|فب)(?=ال)/.exec(norm);
  if (m) {
    cut = m[0].length;
    first = norm.slice(cut);
  } else if (/^(?:و|ف)?لل/.test(norm) && norm.length > 4) {
    cut = norm.startsWith("لل") ? 2 : 3;
    addsArticle = true;
    first = `ال${norm.slice(cut)}`;
  }
  const edgeWord = isStopword(norm) || NEVER.has(norm) || (/^[وف]/.test(norm) && NEVER.has(norm.slice(1))) || norm.length < 2;
  const edge = edgeWord || NEVER.has(first);
  const verb = LOOKS_LIKE_VERB.test(norm);
  if (cut === 0) return PLAIN_FACTS[(edgeWord ? 4 : 0) + (edge ? 2 : 0) + (verb ? 1 : 0)]!;
  return { first, cut, addsArticle, edgeWord, edge, verb };
}

/** The norm of a phrase's first word as dropProclitic gives it: its facts' `first`, else the token's own. */
function firstNormOf(f: WordFacts, t: Token): string {
  return f.first ?? t.norm;
}

/** The key of the phrase of tokens i..j: its first word's norm as dropProclitic gives it, then the others' norms. */
function phraseKey(firstNorm: string, toks: readonly Token[], i: number, j: number): string {
  let key = firstNorm;
  for (let k = i + 1; k <= j; k++) key += ` ${toks[k]!.norm}`;
  return key;
}

/** The surface of a phrase's first word as dropProclitic shows it. */
function firstSurface(f: WordFacts, surface: string): string {
  if (f.cut === 0) return surface;
  return f.addsArticle ? `ال${surface.slice(f.cut)}` : surface.slice(f.cut);
}

const SPACE = 0x20;

/** Whether text[from, to) is only white space; a single space (most gaps between words) without a slice. */
function isBlank(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === SPACE) return true;
  return !/[^\s]/.test(text.slice(from, to));
}

/**
 * The phrases counted so far. A phrase's key is its words joined by spaces, and building and
 * hashing that string for the 1–3-grams at every token was most of the counting: a phrase is
 * found instead by the id of the phrase one word shorter and the id of its last word, in an
 * integer table, and its key is built only for the phrases that may become tags. That is the same
 * as keying by the string while no word holds a space; a text with one (NFKC of a ligature, ﷺ →
 * four words) may give one key from two word lists, and is counted by key strings (`byKey`): the
 * second word list's phrase counts into the first's (`counter`).
 * What the table keeps of a phrase lives in typed arrays by phrase id (ids are given in order of
 * first sight). A Candidate object is made only for a phrase that may be shown, at its second
 * occurrence (every minimum count is at least 2: most n-grams occur once), from its first
 * occurrence (the line and token it started at). The typed arrays (numbers only) are kept from
 * article to article (generateTags is synchronous) and zeroed, not allocated anew; the maps and
 * arrays holding strings and candidates are the table's own (kept from article to article, they
 * would hold young objects from old space: the collector would copy and promote them).
 */
class PhraseTable {
  /** This table's number (from 1), for the word ids kept on the words' records. */
  readonly number: number;
  /** Phrase ids by key string: only when `byKeys`. */
  readonly byKey = new Map<string, number>();
  private readonly wordIds = new Map<string, number>();
  private readonly wordsById: string[] = [];
  /** The token lines counted (the title, the paragraphs): where phrases were first seen. */
  private readonly lines: (readonly Token[])[] = [];
  /** Candidates made, in order of making (PhraseData.shown points here). */
  private readonly made: Candidate[] = [];
  private size = 0;
  private data: PhraseData;
  /** Open addressing over (prefix id + 1, word id) → phrase id + 1 (0: free slot). */
  private slots: PhraseSlots;

  /** `byKeys`: whether phrases are counted by key strings (a word of the text holds a space). */
  constructor(readonly byKeys: boolean) {
    this.number = ++tablesMade;
    ({ data: this.data, slots: this.slots } = scratch);
    this.data.counts.fill(0);
    this.data.titled.fill(0);
    this.data.shown.fill(0);
    this.slots.ids.fill(0);
  }

  /** Counts the phrases of `toks` from here on as first seen in them; the line's index. */
  addLine(toks: readonly Token[]): number {
    this.lines.push(toks);
    return this.lines.length - 1;
  }

  /** wordId of the token's norm, kept on its word's record for this table (a word recurs in a text). */
  tokenWordId(t: Token): number {
    const w = t.word;
    if (w.norm !== t.norm) return this.wordId(t.norm);
    if (w.phraseTable !== this.number) {
      w.phraseTable = this.number;
      w.phraseId = this.wordId(w.norm);
    }
    return w.phraseId;
  }

  wordId(norm: string): number {
    let id = this.wordIds.get(norm);
    if (id === undefined) {
      this.wordIds.set(norm, (id = this.wordsById.length));
      this.wordsById.push(norm);
    }
    return id;
  }

  /** The phrase id of (prefix, word), -1 when not seen; prefix -1 for a phrase's first word. */
  find(prefix: number, word: number): number {
    const { prefixes, words, ids } = this.slots;
    const mask = ids.length - 1;
    for (let slot = slotOf(prefix, word) & mask; ; slot = (slot + 1) & mask) {
      const id = ids[slot]!;
      if (id === 0) return -1;
      if (prefixes[slot] === prefix + 1 && words[slot] === word) return id - 1;
    }
  }

  /**
   * A new phrase (prefix, word) of `n` words, first seen at token `at` of line `line`, counted once,
   * into its own count or into `counter`'s (a phrase of the same key); its id.
   */
  add(prefix: number, word: number, n: number, line: number, at: number, inTitle: boolean, isEligible: boolean, counter = -1): number {
    const id = this.size++;
    if (2 * (id + 1) > this.slots.ids.length) this.grow();
    const d = this.data;
    d.prefixOf[id] = prefix;
    d.wordOf[id] = word;
    d.counterOf[id] = counter < 0 ? id : counter;
    d.eligible[id] = counter < 0 && isEligible ? 1 : 0;
    d.words[id] = n;
    d.line[id] = line;
    d.at[id] = at;
    this.place(prefix + 1, word, id + 1);
    this.count(id, inTitle);
    return id;
  }

  /** One more occurrence of phrase `id`; the candidate it counts into when it may be shown (made at the second occurrence). */
  count(id: number, inTitle: boolean): Candidate | null {
    const c = this.data.counterOf[id]!;
    this.data.counts[c]!++;
    if (inTitle) this.data.titled[c] = 1;
    return this.candidateOf(id);
  }

  /** The candidate phrase `id` counts into, when it may be shown and occurred twice. */
  candidateOf(id: number): Candidate | null {
    const d = this.data;
    const c = d.counterOf[id]!;
    if (d.eligible[c] === 0 || d.counts[c]! < 2) return null;
    if (d.shown[c] === 0) {
      this.made.push(firstCandidate(this.lines[d.line[c]!]!, d.at[c]!, d.words[c]!, c, this.byKeys));
      d.shown[c] = this.made.length;
    }
    return this.made[d.shown[c]! - 1]!;
  }

  /** How often phrase `id` occurred, and whether in the title. */
  countOf(id: number): number {
    return this.data.counts[this.data.counterOf[id]!]!;
  }

  inTitle(id: number): boolean {
    return this.data.titled[this.data.counterOf[id]!] === 1;
  }

  /** The key of phrase `id`: its words joined by spaces. */
  keyOf(id: number): string {
    const prefix = this.data.prefixOf[id]!;
    const word = this.wordsById[this.data.wordOf[id]!]!;
    return prefix < 0 ? word : `${this.keyOf(prefix)} ${word}`;
  }

  /** The phrase id of `key` (words joined by spaces), as a Map from key strings would give it; -1 when not seen. */
  get(key: string): number {
    if (this.byKeys) return this.byKey.get(key) ?? -1;
    // No word holds a space: the key's words are the phrase's.
    let prefix = -1;
    const words = key.split(" ");
    if (words.length > 3) return -1;
    for (const w of words) {
      const word = this.wordIds.get(w);
      if (word === undefined || (prefix = this.find(prefix, word)) < 0) return -1;
    }
    return prefix;
  }

  /** Every phrase that may be shown and occurred twice or more, in order of first sight, with its count and title mark filled in. */
  candidates(): Candidate[] {
    const out: Candidate[] = [];
    for (let id = 0; id < this.size; id++) {
      const k = this.data.shown[id]!;
      if (k === 0) continue;
      const c = this.made[k - 1]!;
      c.count = this.countOf(id);
      c.inTitle = this.inTitle(id);
      out.push(c);
    }
    return out;
  }

  private place(prefix1: number, word: number, id1: number): void {
    const { prefixes, words, ids } = this.slots;
    const mask = ids.length - 1;
    let slot = slotOf(prefix1 - 1, word) & mask;
    while (ids[slot] !== 0) slot = (slot + 1) & mask;
    prefixes[slot] = prefix1;
    words[slot] = word;
    ids[slot] = id1;
  }

  private grow(): void {
    const old = this.slots;
    const length = 2 * old.ids.length;
    this.slots = { prefixes: new Int32Array(length), words: new Int32Array(length), ids: new Int32Array(length) };
    // A phrase id per filled slot, and the table at most half full: the new length bounds the ids.
    this.data = grownData(this.data, length);
    for (let s = 0; s < old.ids.length; s++) if (old.ids[s] !== 0) this.place(old.prefixes[s]!, old.words[s]!, old.ids[s]!);
    scratch = { data: this.data, slots: this.slots };
  }
}

/** What PhraseTable keeps of each phrase, by phrase id. */
interface PhraseData {
  /** The id of the phrase one word shorter (-1: none), the last word's id, the id it counts into. */
  prefixOf: Int32Array;
  wordOf: Int32Array;
  counterOf: Int32Array;
  counts: Int32Array;
  titled: Uint8Array;
  /** 1: may be shown (decided at its first occurrence). */
  eligible: Uint8Array;
  /** Its number of words, and the line and token index of its first occurrence. */
  words: Uint8Array;
  line: Int32Array;
  at: Int32Array;
  /** 1 + its candidate's index in the table's `made`, 0 before the candidate is made. */
  shown: Int32Array;
}

interface PhraseSlots {
  prefixes: Int32Array;
  words: Int32Array;
  ids: Int32Array;
}

function grownData(d: PhraseData | null, length: number): PhraseData {
  const grown: PhraseData = {
    prefixOf: new Int32Array(length), wordOf: new Int32Array(length), counterOf: new Int32Array(length), counts: new Int32Array(length), titled: new Uint8Array(length),
    eligible: new Uint8Array(length), words: new Uint8Array(length), line: new Int32Array(length), at: new Int32Array(length), shown: new Int32Array(length),
  };
  if (d) for (const k of Object.keys(grown) as (keyof PhraseData)[]) grown[k].set(d[k]);
  return grown;
}

/** Tables made so far: each numbers itself by it. */
let tablesMade = 0;

/** PhraseTable's typed arrays, as grown by the latest table. */
let scratch: { data: PhraseData; slots: PhraseSlots } = {
  data: grownData(null, 1024),
  slots: { prefixes: new Int32Array(1024), words: new Int32Array(1024), ids: new Int32Array(1024) },
};

const slotOf = (prefix: number, word: number) => Math.imul(prefix + 1, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b);

/** The candidate of phrase `phrase`, first seen as the `n` tokens of `toks` from `i`, with that occurrence counted in its surfaces. */
function firstCandidate(toks: readonly Token[], i: number, n: number, phrase: number, byKeys: boolean): Candidate {
  const first = factsOf(toks[i]!);
  const j = i + n - 1;
  const key = byKeys ? phraseKey(firstNormOf(first, toks[i]!), toks, i, j) : "";
  return { key, eligible: true, words: n, count: 0, inTitle: false, surface: surfaceOf(firstSurface(first, toks[i]!.surface), toks, i, j), surfaceCount: 1, surfaces: null, isEntity: false, phrase };
}

/** Whether `norm` ends as a nisba adjective or its plural (يه, يين, يون). */
const isNisbaEnding = (norm: string): boolean => norm.endsWith("يه") || norm.endsWith("يين") || norm.endsWith("يون");

/** Counts the phrases of `toks`, tokens of `text` (one line: no token crosses a line break). */
function countPhrases(text: string, toks: readonly Token[], inTitle: boolean, table: PhraseTable): void {
  const line = table.addLine(toks);
  // Per-word facts, computed once: the n-gram loop below only combines them.
  // Pushed, not `map`ped: packed in every tier (see normsOf).
  const facts: WordFacts[] = [];
  const wordy: boolean[] = [];
  const joined: boolean[] = [];
  const ids: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    facts.push(factsOf(t));
    wordy.push(t.script === "arabic" || t.script === "latin");
    joined.push(k > 0 && isBlank(text, toks[k - 1]!.end, t.start));
    ids.push(table.tokenWordId(t));
  }
  for (let i = 0; i < toks.length; i++) {
    if (!wordy[i]) continue;
    const first = facts[i]!;
    const firstNorm = firstNormOf(first, toks[i]!);
    let hasVerb = first.verb;
    let prefix = -1;
    for (let n = 1; n <= 3 && i + n <= toks.length; n++) {
      const j = i + n - 1;
      if (n > 1) {
        if (!joined[j] || !wordy[j]) break;
        hasVerb ||= facts[j]!.verb;
      }
      const word = n > 1 || first.first === null ? ids[j]! : table.wordId(first.first);
      const id = table.find(prefix, word);
      if (id >= 0) {
        prefix = id;
        const c = table.count(id, inTitle);
        if (c) countSurface(c, firstSurface(first, toks[i]!.surface), toks, i, j);
        continue;
      }
      let key = "";
      if (table.byKeys) {
        key = phraseKey(firstNorm, toks, i, j);
        const same = table.byKey.get(key);
        if (same !== undefined) {
          prefix = table.add(prefix, word, n, line, i, inTitle, false, same);
          const c = table.candidateOf(same);
          if (c) countSurface(c, firstSurface(first, toks[i]!.surface), toks, i, j);
          continue;
        }
      }
      // The first occurrence of a key decides whether it may be shown.
      const eligible =
        !first.edge &&
        !facts[j]!.edgeWord &&
        !(n === 3 && facts[i + 1]!.edgeWord) &&
        !hasVerb &&
        // A single word is a tag only as a definite noun: not a verb, not a nisba adjective.
        !(n === 1 && (!firstNorm.startsWith("ال") || isNisbaEnding(firstNorm)));
      // Counted without strings: the key and surface are built only if the phrase may be shown and recurs.
      prefix = table.add(prefix, word, n, line, i, inTitle, eligible);
      if (table.byKeys) table.byKey.set(key, prefix);
    }
  }
}

/** One more occurrence of candidate `c` as toks[i..j], its first word shown as `shown`. */
function countSurface(c: Candidate, shown: string, toks: readonly Token[], i: number, j: number): void {
  // Most repeats are written as the first one was: counted without building the string.
  if (c.surfaces === null && isSurfaceOf(c.surface, shown, toks, i, j)) c.surfaceCount++;
  else addSurface(c, surfaceOf(shown, toks, i, j));
}

/** The surface of the phrase toks[i..j] whose first word shows as `first`. */
function surfaceOf(first: string, toks: readonly Token[], i: number, j: number): string {
  let surface = first;
  for (let k = i + 1; k <= j; k++) surface += ` ${toks[k]!.surface}`;
  return surface;
}

/** Whether `surface` is surfaceOf(first, toks, i, j), without building that string. */
function isSurfaceOf(surface: string, first: string, toks: readonly Token[], i: number, j: number): boolean {
  if (!surface.startsWith(first)) return false;
  let at = first.length;
  for (let k = i + 1; k <= j; k++) {
    const word = toks[k]!.surface;
    if (surface.charCodeAt(at) !== SPACE || !surface.startsWith(word, at + 1)) return false;
    at += 1 + word.length;
  }
  return at === surface.length;
}

function addSurface(c: Candidate, surface: string): void {
  if (c.surfaces === null) {
    if (surface === c.surface) {
      c.surfaceCount++;
      return;
    }
    c.surfaces = new Map([[c.surface, c.surfaceCount]]);
  }
  c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
}

/**
 * The body's tokens, one array per paragraph (lines split at line breaks): the body's own tokens
 * (`toks`, tokenized once for the whole stage), cut at the breaks, since no token holds a line break.
 */
function paragraphTokens(body: string, toks: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let para: Token[] = [];
  let k = 0;
  for (const br of body.matchAll(/\n+/g)) {
    while (k < toks.length && toks[k]!.start < br.index) para.push(toks[k++]!);
    out.push(para);
    para = [];
  }
  while (k < toks.length) para.push(toks[k++]!);
  out.push(para);
  return out;
}

const keyOf = (s: string) => {
  const toks = tokenize(s);
  if (toks.length === 0) return "";
  return phraseKey(dropProclitic(toks[0]!).norm, toks, 0, toks.length - 1);
};

/** How often the phrase of `key` occurred; 0 when never. */
function countOfKey(table: PhraseTable, key: string): number {
  const id = table.get(key);
  return id < 0 ? 0 : table.countOf(id);
}

// Imperfect verbs (تدعو, يشارك) and past verbs with a pronoun are not keyphrase words.
const LOOKS_LIKE_VERB = /^(?:[يت][^ا\s]{2,3}|[يت]ت\S{2,4}|\S{2,4}(?:وا|تم))$/u;

function overlapsShifted(a: string, b: string): boolean {
  const x = a.split(" ");
  const y = b.split(" ");
  if (x.length < 2 || y.length < 2) return false;
  const n = Math.min(x.length, y.length) - 1;
  const join = (w: string[]) => w.join(" ");
  return n >= 1 && (join(x.slice(-n)) === join(y.slice(0, n)) || join(y.slice(-n)) === join(x.slice(0, n)));
}

const contains = (longer: string, shorter: string) => ` ${longer} `.includes(` ${shorter} `);

function score(c: Candidate): number {
  return c.count * (1 + LENGTH_BONUS * (c.words - 1)) + (c.inTitle ? TITLE_BONUS : 0) + (c.isEntity ? ENTITY_BONUS : 0);
}

/**
 * Keyphrases of an article, as generated tags (not including ones the page lists already);
 * `bodyTokens`: tokenize(body) when the caller has them.
 */
export function generateTags(title: string, body: string, entities: readonly Entity[], bodyTokens: readonly Token[] = tokenize(body)): Tag[] {
  const titleTokens = tokenize(title);
  const paragraphs = paragraphTokens(body, bodyTokens);
  const table = new PhraseTable(titleTokens.some(holdsSpace) || paragraphs.some((para) => para.some(holdsSpace)));
  countPhrases(title, titleTokens, true, table);
  for (const para of paragraphs) countPhrases(body, para, false, table);

  const candidates: Candidate[] = [];
  for (const e of entities) {
    if (e.type === "misc") continue;
    const key = keyOf(e.name);
    if (!key) continue;
    let count = Math.max(1, countOfKey(table, key));
    for (const mention of e.mentions) count = Math.max(count, countOfKey(table, keyOf(mention)));
    const id = table.get(key);
    const inTitle = id >= 0 && table.inTitle(id);
    if (count < MIN_ENTITY_COUNT && !inTitle) continue;
    candidates.push({ key, eligible: true, words: key.split(" ").length, count, inTitle, surface: e.name, surfaceCount: 1, surfaces: null, isEntity: true, phrase: -1 });
  }
  for (const c of table.candidates()) {
    if (!c.eligible) continue;
    if (c.count < (c.words === 1 ? MIN_WORD_COUNT : MIN_PHRASE_COUNT) && !(c.inTitle && c.count >= MIN_TITLE_PHRASE_COUNT)) continue;
    if (!table.byKeys) c.key = table.keyOf(c.phrase);
    candidates.push(c);
  }
  const ranked = candidates.sort((a, b) => score(b) - score(a) || b.words - a.words || (a.key < b.key ? -1 : 1));
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.some((k) => k.key === c.key)) continue;
    // Inside a kept longer phrase and not more frequent on its own: the longer phrase says it.
    if (kept.some((k) => contains(k.key, c.key) && (k.isEntity || c.count <= k.count + 1))) continue;
    // A longer phrase around a kept entity adds a word of context, not a new subject.
    if (kept.some((k) => k.isEntity && contains(c.key, k.key))) continue;
    // Overlapping a kept phrase by all but one word (`إقليم ناغورني قرة` / `ناغورني قرة باغ`): a
    // shifted window over the same words.
    if (kept.some((k) => overlapsShifted(k.key, c.key) && c.count <= k.count)) continue;
    kept.push(c);
    if (kept.length === MAX_TAGS) break;
  }
  return kept.map((c) => ({ text: foldPersianLetters(bestSurface(c)), origin: "generated", scope: "article" }));
}

function bestSurface(c: Candidate): string {
  if (c.surfaces === null) return c.surface;
  return [...c.surfaces.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * The article's tags with generated ones added: a generated tag whose key equals a page tag of
 * scope article merges into that record (origin generated, `onPage: true`), so no text repeats.
 */
export function addGeneratedTags(existing: readonly Tag[], generated: readonly Tag[]): Tag[] {
  const out = existing.map((t) => ({ ...t }));
  const byKey = new Map<string, Tag>();
  for (const t of out) if (t.scope === "article") byKey.set(normalizeArabic(t.text), t);
  for (const g of generated) {
    const key = normalizeArabic(g.text);
    const page = byKey.get(key);
    if (page) {
      if (page.origin === "page") {
        page.origin = "generated";
        page.onPage = true;
      }
      continue;
    }
    const t = { ...g };
    byKey.set(key, t);
    out.push(t);
  }
  return out;
}
