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

/** Enough for a reader to see what the story is about; more become noise. */
const MAX_TAGS = 8;
/** A phrase said three times is a theme; twice is often one sentence quoted and paraphrased. */
const MIN_PHRASE_COUNT = 3;
const MIN_TITLE_PHRASE_COUNT = 2;
const MIN_ENTITY_COUNT = 2;
/** Single words recur for grammar's sake (الوضع, العملية): they must recur more to count. */
const MIN_WORD_COUNT = 3;
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
}

/** Drops a conjunction or preposition fused before the article: والعملية → العملية, للأمن → الأمن. */
function dropProclitic(surface: string, norm: string): { surface: string; norm: string } {
  const m = /^(?:و|ف|ب|ك|وب|فب)(?=ال)/.exec(norm);
  if (m) return { surface: surface.slice(m[0].length), norm: norm.slice(m[0].length) };
  if (/^(?:و|ف)?لل/.test(norm) && norm.length > 4) {
    const cut = norm.startsWith("لل") ? 2 : 3;
    return { surface: `ال${surface.slice(cut)}`, norm: `ال${norm.slice(cut)}` };
  }
  return { surface, norm };
}

function isEdgeWord(t: Token): boolean {
  return t.isStopword || NEVER.has(t.norm) || (/^[وف]/.test(t.norm) && NEVER.has(t.norm.slice(1))) || t.norm.length < 2;
}

const SPACE = 0x20;

/** Whether text[from, to) is only white space; a single space (most gaps between words) without a slice. */
function isBlank(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === SPACE) return true;
  return !/[^\s]/.test(text.slice(from, to));
}

/** Counts the phrases of `toks`, tokens of `text` (one line: no token crosses a line break). */
function countPhrases(text: string, toks: readonly Token[], inTitle: boolean, into: Map<string, Candidate>): void {
  // Per-word facts, computed once: the n-gram loop below only combines them.
  const firsts = toks.map((t) => dropProclitic(t.surface, t.norm));
  const edgeWord = toks.map(isEdgeWord);
  const edge = toks.map((_t, k) => edgeWord[k]! || NEVER.has(firsts[k]!.norm));
  const verb = toks.map((t) => LOOKS_LIKE_VERB.test(t.norm));
  const wordy = toks.map((t) => t.script === "arabic" || t.script === "latin");
  const joined = toks.map((t, k) => k > 0 && isBlank(text, toks[k - 1]!.end, t.start));
  for (let i = 0; i < toks.length; i++) {
    if (!wordy[i]) continue;
    let key = firsts[i]!.norm;
    let hasVerb = verb[i]!;
    for (let n = 1; n <= 3 && i + n <= toks.length; n++) {
      const j = i + n - 1;
      if (n > 1) {
        if (!joined[j] || !wordy[j]) break;
        key += ` ${toks[j]!.norm}`;
        hasVerb ||= verb[j]!;
      }
      const c = into.get(key);
      if (!c) {
        // The first occurrence of a key decides whether it may be shown.
        const eligible =
          !edge[i] &&
          !edgeWord[j]! &&
          !(n === 3 && edgeWord[i + 1]!) &&
          !hasVerb &&
          // A single word is a tag only as a definite noun: not a verb, not a nisba adjective.
          !(n === 1 && (!key.startsWith("ال") || /(?:يه|يين|يون)$/.test(key)));
        // An ineligible phrase is never shown: its surfaces are neither kept nor built.
        const surface = eligible ? surfaceOf(firsts[i]!.surface, toks, i, j) : "";
        into.set(key, { key, eligible, words: n, count: 1, inTitle, surface, surfaceCount: 1, surfaces: null, isEntity: false });
        continue;
      }
      c.count++;
      c.inTitle ||= inTitle;
      if (c.eligible) addSurface(c, surfaceOf(firsts[i]!.surface, toks, i, j));
    }
  }
}

/** The surface of the phrase toks[i..j] whose first word shows as `first`. */
function surfaceOf(first: string, toks: readonly Token[], i: number, j: number): string {
  let surface = first;
  for (let k = i + 1; k <= j; k++) surface += ` ${toks[k]!.surface}`;
  return surface;
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
 * (tokenized once for the whole stage), cut at the breaks, since no token holds a line break.
 */
function paragraphTokens(body: string): Token[][] {
  const out: Token[][] = [];
  let para: Token[] = [];
  let k = 0;
  const toks = tokenize(body);
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
  return [dropProclitic(toks[0]!.surface, toks[0]!.norm).norm, ...toks.slice(1).map((t) => t.norm)].join(" ");
};

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

/** Keyphrases of an article, as generated tags (not including ones the page lists already). */
export function generateTags(title: string, body: string, entities: readonly Entity[]): Tag[] {
  const phrases = new Map<string, Candidate>();
  countPhrases(title, tokenize(title), true, phrases);
  for (const para of paragraphTokens(body)) countPhrases(body, para, false, phrases);

  const candidates: Candidate[] = [];
  for (const e of entities) {
    if (e.type === "misc") continue;
    const key = keyOf(e.name);
    if (!key) continue;
    const counted = [e.name, ...e.mentions].map(keyOf).map((k) => phrases.get(k)?.count ?? 0);
    const count = Math.max(1, ...counted);
    const inTitle = phrases.get(key)?.inTitle ?? false;
    if (count < MIN_ENTITY_COUNT && !inTitle) continue;
    candidates.push({ key, eligible: true, words: key.split(" ").length, count, inTitle, surface: e.name, surfaceCount: 1, surfaces: null, isEntity: true });
  }
  for (const c of phrases.values()) {
    if (!c.eligible) continue;
    if (c.count < (c.words === 1 ? MIN_WORD_COUNT : MIN_PHRASE_COUNT) && !(c.inTitle && c.count >= MIN_TITLE_PHRASE_COUNT)) continue;
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
