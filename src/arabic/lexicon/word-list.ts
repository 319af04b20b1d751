/**
 * Word lists matched through the one normalizer (normalize.ts): every entry is folded once at module
 * load, so a list written with hamza, teh marbuta or alef maqsura matches every spelling of it, and
 * tatweel or harakat in the text change nothing. Rules:
 * - `lookup(norm)` takes a token already folded by the analyzer and tries, in order: the word itself;
 *   without one proclitic و / ف; without a preposition ب / ل / ك (and و / ف before it); then the same
 *   with the article ال (لل = ل + ال) removed. It returns the entry and how much was cut.
 * - Inflections are generated, not spelled out: `nounForms` (sound endings, tanween alef, duals,
 *   feminine, plural) and `verbForms` (the perfect and imperfect third persons of news prose, with
 *   object pronouns), for stems written in their plain spelling. Broken plurals and weak verbs are
 *   listed by hand beside their stems.
 */
import { normalizeArabic } from "../normalize.js";

export interface LexiconHit<T> {
  value: T;
  /** The folded form found in the list. */
  form: string;
  /** Letters of proclitics cut before the form matched (و, ب, ال…), as folded text. */
  prefix: string;
  /** Whether the form matched carried the article ال. */
  definite: boolean;
}

const CONJUNCTIONS = ["و", "ف"];
const PREPOSITIONS = ["ب", "ل", "ك"];

const CLITIC_START = new Set([...CONJUNCTIONS, ...PREPOSITIONS, "ا"]);

/**
 * Visits the folded candidates of a folded token — [form, prefix cut, had article] — in lookup order
 * until `visit` returns true. Written without generators or arrays: it runs on every token.
 */
function visitCandidates(norm: string, article: boolean, visit: (form: string, prefix: string, definite: boolean) => boolean): void {
  if (visit(norm, "", false)) return;
  if (!CLITIC_START.has(norm[0]!)) return;
  const tryAfter = (h: string): boolean => {
    const rest = norm.slice(h.length);
    if (h && visit(rest, h, false)) return true;
    if (!article) return false;
    if (rest.startsWith("ال") && rest.length > 3 && visit(rest.slice(2), h + "ال", true)) return true;
    // لل = ل + ال: للمدنيين → مدنيين
    return h.endsWith("ل") && rest.startsWith("ل") && rest.length > 3 && visit(rest.slice(1), h + "ل", true);
  };
  if (tryAfter("")) return;
  for (const c of CONJUNCTIONS) {
    if (!norm.startsWith(c) || norm.length <= 2) continue;
    if (tryAfter(c)) return;
    for (const p of PREPOSITIONS) if (norm.startsWith(c + p) && norm.length > 3 && tryAfter(c + p)) return;
  }
  for (const p of PREPOSITIONS) if (norm.startsWith(p) && norm.length > 2 && tryAfter(p)) return;
}

/**
 * Every word asked of any list gets one small integer id, shared by all lists: a list keeps its
 * answers in arrays indexed by that id instead of a Map of its own. The rules ask a token of a
 * dozen lists in a row, so the id of the latest word asked is kept at hand, and a word's answer
 * costs an array read instead of a string-keyed probe of one map per list (a few dozen maps of
 * tens of thousands of entries each, mostly cache misses). Bounded: when this many words have ids,
 * the ids and every list's answers start over (news text repeats its words, Zipf: they refill fast).
 */
const WORD_ID_LIMIT = 100_000;
const wordIds = new Map<string, number>();
/** Bumped when the ids start over: a list whose answers are of an older generation drops them. */
let idGeneration = 0;
let latestWord = "";
let latestId = -1;

/**
 * The ids of words asked lately, in a small table by a hash of a few of their letters, probed
 * before `wordIds`: the rules ask the words of one sentence of many lists, going back and forth
 * between them, and a probe of the large Map was mostly a cache miss where this table stays in
 * cache. Cleared with the ids. 4,096 slots: words of an article sharing a slot send each other to
 * the Map as they take turns, ~440 probes of it an article on the understand bench with 1,024 slots,
 * ~200 with 4,096.
 */
const RECENT_WORDS = 4096;
const recentWords: string[] = new Array<string>(RECENT_WORDS).fill("");
const recentIds = new Int32Array(RECENT_WORDS);

/** A word's slot in the recent table: its length and first, middle and last code units. */
function recentSlot(norm: string): number {
  const n = norm.length;
  if (n === 0) return 0;
  return (Math.imul(norm.charCodeAt(0), 31) + Math.imul(norm.charCodeAt(n - 1), 131) + Math.imul(norm.charCodeAt(n >> 1), 7) + n) & (RECENT_WORDS - 1);
}

function wordId(norm: string): number {
  if (norm === latestWord && latestId >= 0) return latestId;
  const slot = recentSlot(norm);
  let id: number;
  if (recentWords[slot] === norm && norm !== "") id = recentIds[slot]!;
  else {
    id = idOf(norm);
    recentWords[slot] = norm;
    recentIds[slot] = id;
  }
  latestWord = norm;
  latestId = id;
  return id;
}

function idOf(norm: string): number {
  let id = wordIds.get(norm);
  if (id === undefined) {
    if (wordIds.size >= WORD_ID_LIMIT) {
      wordIds.clear();
      recentWords.fill("");
      idGeneration++;
    }
    id = wordIds.size;
    wordIds.set(norm, id);
  }
  return id;
}

/**
 * Every form of every list, and per word id the candidates (visitCandidates with the article, in
 * its order) that are one of them: a list asked of a word it has not answered yet reads only
 * those, instead of cutting and hashing the word's candidates again. Most words of a text are in no
 * list, so their candidates are cut once, by the first list asked, not by each of the dozens of
 * lists the rules ask of every token: the cost of a word seen for the first time, which in a stream
 * of new articles is most of the cost of the lists. Candidates reached by cutting the article are
 * `definite`, and a list whose forms never carry it skips them: the candidates it visits are the
 * others, in the same order. Kept by word id, so bounded and cleared with the ids; cleared too when
 * a list adds a form (lists are built at module load).
 */
const listedForms = new Set<string>();
interface ListedCandidate {
  form: string;
  prefix: string;
  definite: boolean;
}
const NOT_LISTED: readonly ListedCandidate[] = [];
let listedCandidates: Array<readonly ListedCandidate[] | undefined> = [];
let listedGeneration = idGeneration;

/** The candidates of the word `norm` (its id `id`, from wordId, asked just before) that some list holds. */
function listedCandidatesOf(norm: string, id: number): readonly ListedCandidate[] {
  if (listedGeneration !== idGeneration) {
    listedCandidates = [];
    listedGeneration = idGeneration;
  }
  // Not read past the end: a fresh process's first read there deoptimized every caller ("out of bounds").
  const known = id < listedCandidates.length ? listedCandidates[id] : undefined;
  if (known !== undefined) return known;
  let found: ListedCandidate[] | null = null;
  visitCandidates(norm, true, (form, prefix, definite) => {
    if (listedForms.has(form)) (found ??= []).push({ form, prefix, definite });
    return false;
  });
  const candidates: readonly ListedCandidate[] = found ?? NOT_LISTED;
  // grown dense (filled with undefined), so the array never turns into a sparse dictionary
  if (id >= listedCandidates.length) {
    const size = Math.max(1024, 2 * listedCandidates.length, id + 1);
    for (let i = listedCandidates.length; i < size; i++) listedCandidates.push(undefined);
  }
  listedCandidates[id] = candidates;
  return candidates;
}

/**
 * The answers of every remembered yes/no question (a word list's `has`, a rememberWordTest) in one
 * table: a row per word id, two bits per question (0 not asked yet, 1 no, 2 yes). The rules ask a
 * word of a dozen lists in a row; they read one or two cache lines of its row, where an array per
 * question (behind two objects each) cost a cache miss a question. Bounded with the ids: emptied
 * when they start over.
 */
const QUESTIONS_PER_BYTE = 4;
/** Bytes a row grows by when a question is added past its width (lists are built at module load). */
const ROW_STEP = 16;
let questions = 0;
let rowBytes = ROW_STEP;
let answerTable: Uint8Array = new Uint8Array(0);
let answerGeneration = idGeneration;

/** Widens every row by ROW_STEP bytes, keeping the answers. */
function widenRows(): void {
  const wider = rowBytes + ROW_STEP;
  const rows = answerTable.length / rowBytes;
  const table = new Uint8Array(rows * wider);
  for (let r = 0; r < rows; r++) table.set(answerTable.subarray(r * rowBytes, (r + 1) * rowBytes), r * wider);
  answerTable = table;
  rowBytes = wider;
}

/** The answer table of the current ids, empty after they started over. */
function currentAnswers(): Uint8Array {
  if (answerGeneration !== idGeneration) {
    answerTable = new Uint8Array(0);
    answerGeneration = idGeneration;
  }
  return answerTable;
}

/** Answers of one yes/no question by word id: a column of the shared answer table. */
class WordAnswers {
  private readonly byte: number;
  private readonly shift: number;

  constructor() {
    const column = questions++;
    if (questions > rowBytes * QUESTIONS_PER_BYTE) widenRows();
    this.byte = Math.floor(column / QUESTIONS_PER_BYTE);
    this.shift = 2 * (column % QUESTIONS_PER_BYTE);
  }

  /** The answer for `id`: 0 not asked yet, 1 no, 2 yes; `id` from wordId, asked just before. */
  get(id: number): number {
    const table = currentAnswers();
    const at = id * rowBytes + this.byte;
    return at < table.length ? (table[at]! >>> this.shift) & 3 : 0;
  }

  set(id: number, yes: boolean): void {
    let table = currentAnswers();
    const at = id * rowBytes + this.byte;
    if (at >= table.length) {
      table = new Uint8Array(Math.max(1024 * rowBytes, 2 * table.length, (id + 1) * rowBytes));
      table.set(answerTable);
      answerTable = table;
    }
    table[at] = (table[at]! & ~(3 << this.shift)) | ((yes ? 2 : 1) << this.shift);
  }

  /** Forgets this question's answers for every word. */
  clear(): void {
    const table = currentAnswers();
    for (let at = this.byte; at < table.length; at += rowBytes) table[at]! &= ~(3 << this.shift);
  }
}

/**
 * `test(norm)`, remembered per word (by the shared word ids): for predicates asked of every token. With
 * `endings` (a test that holds only for a word one of some lists may hold: WordEndings.of them), a word
 * they cannot end is answered no at once, unremembered.
 */
export function rememberWordTest(test: (norm: string) => boolean, endings?: WordEndings): (norm: string) => boolean {
  const answers = new WordAnswers();
  return (norm) => {
    if (endings && !endings.mayEnd(norm)) return false;
    const id = wordId(norm);
    const known = answers.get(id);
    if (known !== 0) return known === 2;
    const yes = test(norm);
    // the test may have asked other words: take this word's id again
    answers.set(wordId(norm), yes);
    return yes;
  };
}

const PAIR_BITS = 4096;
const unitKey = (unit: number): number => unit & 0x3f;
const pairKey = (before: number, last: number): number => (unitKey(before) << 6) | unitKey(last);
const hasBit = (bits: Uint32Array, key: number): boolean => (bits[key >>> 5]! & (1 << (key & 31))) !== 0;
const setBit = (bits: Uint32Array, key: number): void => {
  bits[key >>> 5]! |= 1 << (key & 31);
};

/**
 * What a word list's forms end with, as a necessary condition on a word before any probe (mayEnd):
 * every candidate visitCandidates gives is a suffix of the word (proclitics and the article are cut
 * from its front), so a form of the list that is a candidate ends the word. Kept as bits keyed by the
 * low 6 bits of code units: one by the last code unit of the one-letter forms, one by the last two
 * of the others (the letters ء–ي, U+0621–U+064A, have distinct low 6 bits: Arabic pairs never share
 * a bit; a bit shared with another script's units only lets more words through to the probe). On the
 * understand bench ~89% of the lists' questions are answered no here, before the word's id is read.
 */
export class WordEndings {
  private readonly lastUnits = new Uint32Array(2);
  private readonly lastPairs = new Uint32Array(PAIR_BITS / 32);

  /** The endings of all of `lists` (a word one of them may hold passes). */
  static of(...lists: ReadonlyArray<{ readonly endings: WordEndings }>): WordEndings {
    const all = new WordEndings();
    for (const { endings } of lists) {
      for (let i = 0; i < all.lastUnits.length; i++) all.lastUnits[i]! |= endings.lastUnits[i]!;
      for (let i = 0; i < all.lastPairs.length; i++) all.lastPairs[i]! |= endings.lastPairs[i]!;
    }
    return all;
  }

  /** Keeps the ending of a (folded, non-empty) form. */
  add(form: string): void {
    const n = form.length;
    if (n === 1) setBit(this.lastUnits, unitKey(form.charCodeAt(0)));
    else if (n > 1) setBit(this.lastPairs, pairKey(form.charCodeAt(n - 2), form.charCodeAt(n - 1)));
  }

  /** Whether a kept form may end `norm`: its last code unit is a one-letter form's, or its last two are another's. */
  mayEnd(norm: string): boolean {
    const n = norm.length;
    if (n === 0) return false;
    const last = norm.charCodeAt(n - 1);
    return hasBit(this.lastUnits, unitKey(last)) || (n > 1 && hasBit(this.lastPairs, pairKey(norm.charCodeAt(n - 2), last)));
  }
}

export class WordLexicon<T> {
  private readonly forms = new Map<string, T>();
  /** What the forms end with: has and lookup answer no without a probe to a word none of them ends (WordEndings). */
  readonly endings = new WordEndings();
  /** Answers of `has` and `lookup` by word id; cleared when a form is added. */
  private readonly hasAnswers = new WordAnswers();
  /** lookup's hits by word id (null: none), for ids of `lookupGeneration`. */
  private lookupHits: Array<Readonly<LexiconHit<T>> | null | undefined> = [];
  private lookupGeneration = idGeneration;

  /** `article`: whether a form may carry the article ال (false for verb lists: النقل is no verb). */
  constructor(private readonly article = true) {}

  /** Adds every form (plain Arabic, folded here) with `value`; a later add of a form does not replace it. */
  add(forms: Iterable<string>, value: T): this {
    for (const f of forms) {
      const folded = normalizeArabic(f);
      if (folded && !this.forms.has(folded)) this.forms.set(folded, value);
      if (folded) this.endings.add(folded);
      if (folded && !listedForms.has(folded)) {
        listedForms.add(folded);
        listedCandidates = [];
      }
    }
    this.hasAnswers.clear();
    this.lookupHits = [];
    return this;
  }

  /** The exact folded form, no clitic cut. */
  get(norm: string): T | undefined {
    return this.forms.get(norm);
  }

  has(norm: string): boolean {
    if (!this.endings.mayEnd(norm)) return false;
    const id = wordId(norm);
    const known = this.hasAnswers.get(id);
    if (known !== 0) return known === 2;
    const found = this.findForm(listedCandidatesOf(norm, id));
    this.hasAnswers.set(id, found);
    return found;
  }

  private findForm(candidates: readonly ListedCandidate[]): boolean {
    for (const c of candidates) if ((this.article || !c.definite) && this.forms.has(c.form)) return true;
    return false;
  }

  /** The first candidate form in the list (visitCandidates order); the hit is shared between calls. */
  lookup(norm: string): Readonly<LexiconHit<T>> | null {
    if (!this.endings.mayEnd(norm)) return null;
    const id = wordId(norm);
    if (this.lookupGeneration !== idGeneration) {
      this.lookupHits = [];
      this.lookupGeneration = idGeneration;
    }
    const known = id < this.lookupHits.length ? this.lookupHits[id] : undefined;
    if (known !== undefined) return known;
    const hit = this.firstHit(listedCandidatesOf(norm, id));
    this.rememberHit(id, hit);
    return hit;
  }

  private firstHit(candidates: readonly ListedCandidate[]): LexiconHit<T> | null {
    for (const { form, prefix, definite } of candidates) {
      if (definite && !this.article) continue;
      const value = this.forms.get(form);
      if (value !== undefined) return { value, form, prefix, definite };
    }
    return null;
  }

  private rememberHit(id: number, hit: Readonly<LexiconHit<T>> | null): void {
    const hits = this.lookupHits;
    // grown dense (filled with undefined), so the array never turns into a sparse dictionary
    if (id >= hits.length) {
      const size = Math.max(1024, 2 * hits.length, id + 1);
      for (let i = hits.length; i < size; i++) hits.push(undefined);
    }
    hits[id] = hit;
  }

  get size(): number {
    return this.forms.size;
  }
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/**
 * Forms of a noun, participle or nisba adjective from its masculine singular stem: the stem, its
 * accusative (ـاً), dual (ـان / ـين), sound plural (ـون / ـين), and with `feminine` its ـة, ـات and
 * feminine duals. `also` adds irregular forms (broken plurals) as written.
 */
export function nounForms(stem: string, options: { feminine?: boolean; also?: string } = {}): string[] {
  const out = [stem, stem + "ا", stem + "ان", stem + "ين", stem + "ون"];
  if (options.feminine) out.push(stem + "ة", stem + "ات", stem + "تان", stem + "تين");
  if (options.also) out.push(...words(options.also));
  return out;
}

/**
 * Forms of a sound verb from its perfect and imperfect stems: perfect he/she/they (قتل قتلت قتلوا
 * قتلا قتلتا قتلن, and unless `objects` is false we: قتلنا), imperfect he/she/they/we (يقتل تقتل يقتلون يقتلان يقتلن نقتل), and unless
 * `objects` is false the perfect with object pronouns (قتله قتلها قتلهم قتلوه قتلتهم). Unvocalized, the passive has the same
 * letters, so both voices match. `also` adds forms of weak verbs as written.
 */
export function verbForms(perfect: string, imperfect: string, also = "", objects = true): string[] {
  const out = [perfect, perfect + "ت", perfect + "وا", perfect + "ا", perfect + "تا", perfect + "ن"];
  // with ـنا, we did it (`اعتقلنا 21 شخصاً`) or it was done to us — with the object forms, since بيننا is no verb
  if (objects) out.push(perfect + "نا");
  for (const p of ["ي", "ت", "ن"]) out.push(p + imperfect);
  out.push("ي" + imperfect + "ون", "ي" + imperfect + "ان", "ت" + imperfect + "ان", "ي" + imperfect + "ن");
  // with object pronouns; `objects` false where the ـه form is also a feminine noun (تابعه = تابعة)
  if (objects) for (const o of ["ه", "ها", "هم", "هما"]) out.push(perfect + o, perfect + "ت" + o, perfect + "و" + o);
  out.push(...words(also));
  return out;
}

/** A lexicon of the space-separated words of `list`, each answering true; `article`: whether a form may carry ال (WordLexicon). */
export function wordLexicon(list: string, article = false): WordLexicon<true> {
  return new WordLexicon<true>(article).add(words(list), true);
}

export { words as splitWords };
