/**
 * Quotes: who said what, and where. Rules, one sentence at a time (sentences.ts):
 * - a speech verb (قال, أكد, أضاف, شدد, أوضح, أعلن, كتب, أشار, تابع …, with و / ف) or a
 *   continuing participle (مضيفاً, موضحاً, مؤكداً, مشيراً) opens a quote; its content starts at the
 *   first of: a complementizer (إن, أن, بأن, على أن, إلى أن), a colon, or a quotation of at least
 *   MIN_QUOTE_WORDS words ("…", «…», “…”); short quoted names (`منصة "إكس"`) are not content;
 * - the content runs to the next speech verb or the end of the sentence; when it opens with a
 *   quotation, the quote is the quoted text (direct), otherwise the clause itself (reported);
 * - the speaker is read between the verb and the content: the first person entity there, else the
 *   first organization, else the noun phrase right after the verb (`وقالت الوزارة في بيان` →
 *   الوزارة); an anaphor such as الوزارة / الوزير resolves to the nearest earlier full name
 *   (`وزارة الدفاع`); no subject (`وأضاف أن`, `مضيفاً`) continues the last speaker of the article;
 * - attributions `بحسب X` / `وفقاً لـ X` / `نقلاً عن X` closing or opening a sentence make the rest
 *   of the sentence a reported quote of X;
 * - the channel is read between the verb and the content: X (إكس, تويتر, تغريدة), Telegram,
 *   Facebook, Instagram, YouTube, a press conference, an interview, social media, a statement (بيان)
 *   — a platform named beats the kind of message (`في بيان على تيليجرام` → Telegram).
 */
import type { Entity, Quote } from "../types.js";
import type { EntitySpan } from "./entities/index.js";
import { tokenize, type Token } from "../arabic/analyze.js";
import { normalizeArabic } from "../arabic/normalize.js";
import { splitSentences } from "../arabic/sentences.js";

/** A quotation shorter than this is a name or a term in quotes, not speech. */
const MIN_QUOTE_WORDS = 3;
/** How far after the verb the content may start, in words (the subject and the channel are between). */
const MAX_LEAD_WORDS = 18;
/** How far back (characters, ~ a few paragraphs) an anaphor such as الوزارة looks for its full name. */
const ANAPHOR_WINDOW = 3000;
/** Words of a fallback noun-phrase speaker. */
const MAX_SPEAKER_WORDS = 3;

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const SPEECH_VERBS = words(
  "قال قالت اكد اكدت اضاف اضافت شدد شددت اوضح اوضحت اعلن اعلنت صرح صرحت اشار اشارت لفت لفتت تابع تابعت كتب كتبت ذكر ذكرت افاد افادت اعتبر اعتبرت حذر حذرت اردف اردفت ختم ختمت نفي نفت يقول تقول زعم زعمت اعترف اعترفت كشف كشفت",
);
const PARTICIPLES = words("مضيفا مضيفه موضحا موضحه مؤكدا مؤكده مشيرا مشيره لافتا لافته متابعا متابعه معتبرا معتبره محذرا محذره");
const COMPLEMENTIZERS = words("ان انه انها انهم انهن اننا اننا انني بان بانه بانها بانهم");
const PRONOUN_OBJECTS = words("له لها لهم لهن لنا ايضا كذلك بدوره بدورها");
// Words that end a fallback noun phrase: prepositions, complementizers, conjunctions.
const NP_STOP = words("في علي الي عبر خلال امام من عن ان انه انها بان مع لدي عند حول بعد قبل منذ اثناء و او ثم الذي التي الذين");
const ANAPHORS = words("الوزاره الوزير الرئيس الجيش الشرطه الحكومه المتحدث المتحدثه الخارجيه الوكاله المنظمه الحركه المسؤول الشركه الهيئه اللجنه المجلس البرلمان الحزب القياده السلطات الاداره المكتب");
const ATTRIBUTION_MARKERS = words("بحسب وبحسب حسب وحسب وفقا ووفقا نقلا ونقلا");
/** Words of a source named after بحسب. */
const MAX_SOURCE_WORDS = 6;

const CHANNELS: Array<[RegExp, string]> = [
  [/(?:اكس|تويتر|تغريده|تغريدات|غرد|غردت|\bx\b|twitter)/u, "X"],
  [/(?:تلغرام|تليغرام|تيليجرام|تلجرام|تيليغرام|تيلغرام|telegram)/u, "Telegram"],
  [/(?:فيسبوك|فايسبوك|فيس\s+بوك|facebook)/u, "Facebook"],
  [/(?:انستغرام|انستجرام|انستقرام|instagram)/u, "Instagram"],
  [/(?:يوتيوب|youtube)/u, "YouTube"],
  [/(?:تيك\s*توك|tiktok)/u, "TikTok"],
  [/مؤتمر[اه]?\s+(?:صحفي|صحافي)/u, "press conference"],
  [/(?:مقابله|حوار\s+مع|حديث\s+ل)/u, "interview"],
  [/(?:وسائل\s+التواصل|مواقع\s+التواصل|منصات\s+التواصل)/u, "social media"],
  [/(?:بيان|بيانا|بلاغ)/u, "statement"],
];

interface Quotation {
  /** Offsets of the marks, in the sentence. */
  open: number;
  close: number;
  inner: string;
  wordCount: number;
}

const WORD = /[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}\u0640]*/gu;
const wordCount = (s: string) => s.match(WORD)?.length ?? 0;

function findQuotations(s: string): Quotation[] {
  const out: Quotation[] = [];
  for (const m of s.matchAll(/"([^"\n]+)"|«([^»\n]+)»|“([^”\n]+)”/gu)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? "";
    out.push({ open: m.index, close: m.index + m[0].length, inner: inner.trim(), wordCount: wordCount(inner) });
  }
  return out;
}

function channelOf(lead: string): string | null {
  const folded = normalizeArabic(lead);
  for (const [re, name] of CHANNELS) if (re.test(folded)) return name;
  return null;
}

const stripClitic = (w: string) => (/^[وف]/.test(w) && w.length > 3 ? w.slice(1) : w);
const isSpeechVerb = (w: string) => SPEECH_VERBS.has(w) || SPEECH_VERBS.has(stripClitic(w));
const isParticiple = (w: string) => PARTICIPLES.has(w) || PARTICIPLES.has(stripClitic(w));

export interface FindQuotesOptions {
  /** Entity spans recognized in the same text (offsets into it). */
  spans?: readonly EntitySpan[];
  /** The article's merged entities, to name a speaker by its canonical name. */
  entities?: readonly Entity[];
}

/** Quotes in `text` (an article body), in text order. */
export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  const spans = options.spans ?? [];
  const canonical = canonicalNamer(options.entities ?? []);
  const quotes: Quote[] = [];
  let lastSpeaker: string | null = null;

  for (const sentence of splitSentences(text)) {
    const s = sentence.text;
    const toks = tokenize(s);
    const quotations = findQuotations(s);
    const inQuote = (off: number) => quotations.some((q) => off > q.open && off < q.close);
    const verbAt: number[] = [];
    toks.forEach((t, k) => {
      if ((isSpeechVerb(t.norm) || isParticiple(t.norm)) && !inQuote(t.start)) verbAt.push(k);
    });

    for (let vi = 0; vi < verbAt.length; vi++) {
      const v = verbAt[vi]!;
      const limitTok = verbAt[vi + 1] ?? toks.length;
      const limit = limitTok < toks.length ? toks[limitTok]!.start : s.length;
      const content = contentStart(s, toks, v, limitTok, quotations) ?? quotationBefore(s, toks, v, vi === 0 ? 0 : toks[verbAt[vi - 1]!]!.end, quotations);
      const participle = isParticiple(toks[v]!.norm);
      const leadEnd = content && content.offset > toks[v]!.end ? content.offset : Math.min(limit, toks[Math.min(v + MAX_LEAD_WORDS, toks.length - 1)]!.end);
      const lead = s.slice(toks[v]!.end, leadEnd);
      let speaker: string | null = null;
      if (!participle) {
        const to = content ? Math.min(content.tok, limitTok) - (COMPLEMENTIZERS.has(toks[content.tok - 1]?.norm ?? "") ? 1 : 0) : Math.min(limitTok, v + 1 + MAX_SPEAKER_WORDS);
        speaker = speakerIn(text, sentence.start, toks, v + 1, to, content !== null, spans, canonical);
      }
      if (speaker) lastSpeaker = speaker;
      if (!content) continue;
      let quoteText: string;
      const q = quotations.find((x) => x.open >= content.offset && x.wordCount >= MIN_QUOTE_WORDS && (x.open < limit || x.open === content.offset));
      if (q && s.slice(content.offset, q.open).trim() === "") quoteText = q.inner;
      else quoteText = trimClause(s.slice(content.offset, limit));
      if (wordCount(quoteText) < MIN_QUOTE_WORDS) continue;
      quotes.push({ speaker: speaker ?? lastSpeaker, text: quoteText, channel: channelOf(lead) });
    }

    if (verbAt.length === 0) {
      const attributed = attribution(text, sentence.start, s, spans, canonical);
      if (attributed) {
        quotes.push(attributed);
        if (attributed.speaker) lastSpeaker = attributed.speaker;
      }
    }
  }
  return quotes;
}

/** Where the content of the speech verb at `v` starts: token index and offset in the sentence. */
function contentStart(s: string, toks: Token[], v: number, limitTok: number, quotations: Quotation[]): { tok: number; offset: number } | null {
  const last = Math.min(limitTok, v + 1 + MAX_LEAD_WORDS);
  for (let k = v + 1; k < last; k++) {
    const gap = s.slice(toks[k - 1]!.end, toks[k]!.start);
    const colon = gap.search(/[:：]/);
    if (colon >= 0) {
      const q = quotations.find((x) => x.open >= toks[k - 1]!.end && x.open <= toks[k]!.start);
      return { tok: k, offset: q ? q.open : toks[k - 1]!.end + colon + 1 };
    }
    const long = quotations.find((x) => x.wordCount >= MIN_QUOTE_WORDS && x.open >= toks[k - 1]!.end && x.open <= toks[k]!.start);
    if (long) return { tok: k, offset: long.open };
    const w = toks[k]!.norm;
    if (COMPLEMENTIZERS.has(w)) {
      const after = k + 1 < toks.length ? toks[k + 1]!.start : toks[k]!.end;
      // `إن "…"`: the content is the quotation that follows the complementizer.
      const q = quotations.find((x) => x.open >= toks[k]!.end && x.open <= after);
      // A bare إن / أن / بأن is left out; one with a pronoun (إنها ستواصل) carries the subject.
      return { tok: k + 1, offset: q ? q.open : w === "ان" || w === "بان" ? after : toks[k]!.start };
    }
  }
  return null;
}

/** `«لن نتراجع»، قال المتحدث`: a quotation that ends right before the verb is its content. */
function quotationBefore(s: string, toks: Token[], v: number, after: number, quotations: Quotation[]): { tok: number; offset: number } | null {
  const verbStart = toks[v]!.start;
  const q = quotations.find((x) => x.open >= after && x.wordCount >= MIN_QUOTE_WORDS && /^[\s،,.:-]*$/u.test(s.slice(x.close, verbStart)));
  return q ? { tok: Math.min(toks.length, v + 1 + MAX_SPEAKER_WORDS + 3), offset: q.open } : null;
}

const trimClause = (t: string) => t.replace(/^[\s:،,]+|[\s،,.:؛;]+$/gu, "").trim();

/**
 * The speaker named in tokens [from, to) of a sentence at `base` in `text`, resolved: an entity
 * right after the verb, else (when `bounded`, i.e. the content start closes the subject) the first
 * person then organization in between, else the noun phrase right after the verb.
 */
function speakerIn(text: string, base: number, toks: Token[], from: number, to: number, bounded: boolean, spans: readonly EntitySpan[], canonical: (s: string) => string): string | null {
  if (from < to && PRONOUN_OBJECTS.has(toks[from]!.norm)) from++;
  if (from >= to) return null;
  const lo = base + toks[from]!.start;
  const hi = base + toks[to - 1]!.end;
  // A name glued to a preposition (`لوكالة الأنباء`, `بالرئيس`) is who was addressed, not the speaker.
  const inside = spans.filter((sp) => sp.start >= lo && sp.end <= hi && !isPrepositionObject(text, sp.start));
  const first = inside.find((sp) => sp.start === lo && sp.type !== "misc");
  if (first) return canonical(first.text);
  // `المتحدث باسم الهلال الأحمر`: the spokesperson of the body named right after, not the body itself.
  const bodyToken = toks[from + 2];
  if (SPOKESPERSON_WORDS.has(toks[from]!.norm) && toks[from + 1]?.norm === "باسم" && bodyToken && from + 2 < to) {
    const body = inside.find((sp) => sp.start === base + bodyToken.start);
    if (body) return text.slice(lo, body.end);
  }
  if (bounded) {
    const named = inside.find((sp) => sp.type === "person") ?? inside.find((sp) => sp.type === "organization");
    if (named) return canonical(named.text);
  }
  const head = toks[from]!.norm;
  if (NP_STOP.has(head) || COMPLEMENTIZERS.has(head)) return null;
  const np: Token[] = [];
  for (let k = from; k < to && np.length < MAX_SPEAKER_WORDS; k++) {
    if (k > from && /[،,:;"«»“”()]/.test(text.slice(base + toks[k - 1]!.end, base + toks[k]!.start))) break;
    if (NP_STOP.has(toks[k]!.norm) || (k > from && /^ل/.test(toks[k]!.norm))) break;
    np.push(toks[k]!);
  }
  if (np.length === 0) return null;
  const phrase = text.slice(base + np[0]!.start, base + np[np.length - 1]!.end);
  if (np.length === 1 && ANAPHORS.has(np[0]!.norm)) return resolveAnaphor(text, base + np[0]!.start, np[0]!.norm, spans, canonical) ?? phrase;
  return canonical(phrase);
}

const SPOKESPERSON_WORDS = new Set(["المتحدث", "المتحدثه", "الناطق", "الناطقه"]);

const PREPOSITION_CLITICS = new Set(["\u0644", "\u0628"]);

function isPrepositionObject(text: string, start: number): boolean {
  if (start === 0 || !PREPOSITION_CLITICS.has(text[start - 1]!)) return false;
  const before = text.slice(Math.max(0, start - 3), start - 1);
  return before === "" || /(^|\s)[\u0648\u0641]?$/.test(before);
}

/**
 * `الوزارة` → the nearest earlier `وزارة …` (an organization span when one starts there, else the
 * word with its definite complement: `وزارة الدفاع`).
 */
function resolveAnaphor(text: string, before: number, anaphor: string, spans: readonly EntitySpan[], canonical: (s: string) => string): string | null {
  const head = anaphor.slice(2);
  // The antecedent is near: look back a bounded window, not the whole article (quadratic otherwise).
  const from = Math.max(0, before - ANAPHOR_WINDOW);
  const toks = tokenize(text.slice(from, before)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
  for (let k = toks.length - 1; k >= 0; k--) {
    const w = toks[k]!.norm;
    if (w !== head && stripClitic(w) !== head && !(w.startsWith("ل") && w.slice(1) === head) && !(w.startsWith("ب") && w.slice(1) === head)) continue;
    const span = spans.find((sp) => sp.start <= toks[k]!.start && sp.end > toks[k]!.start && sp.type !== "location");
    if (span) return canonical(span.text);
    const next = toks[k + 1];
    if (!next || !next.norm.startsWith("ال") || /[،,.:]/.test(text.slice(toks[k]!.end, next.start))) continue;
    let end = next.end;
    const third = toks[k + 2];
    if (third && third.norm.startsWith("ال") && !/[،,.:]/.test(text.slice(next.end, third.start)) && !["الي", "التي", "الذي"].includes(third.norm)) end = third.end;
    const start = toks[k]!.start + (toks[k]!.norm === head ? 0 : 1);
    return canonical(text.slice(start, end));
  }
  return null;
}

/** `…، بحسب الوزارة.` / `وبحسب الوزارة، …`: the sentence as a reported quote of the source named. */
function attribution(text: string, base: number, s: string, spans: readonly EntitySpan[], canonical: (s: string) => string): Quote | null {
  const toks = tokenize(s);
  const markerTok = toks.findIndex((t) => ATTRIBUTION_MARKERS.has(t.norm));
  if (markerTok < 0) return null;
  const marker = toks[markerTok]!.norm;
  let from = markerTok + 1;
  if (marker.endsWith("نقلا")) {
    if (toks[from]?.norm !== "عن") return null;
    from++;
  }
  if (marker.endsWith("وفقا") && !toks[from]?.norm.startsWith("ل")) return null;
  // The source runs from after the marker to a comma or the end of the sentence, a few words at most.
  let to = from;
  while (to < toks.length && to - from < MAX_SOURCE_WORDS) {
    if (to > from && /[،,.]/.test(s.slice(toks[to - 1]!.end, toks[to]!.start))) break;
    to++;
  }
  if (to <= from) return null;
  const atEnd = to === toks.length;
  let quoteText: string;
  if (atEnd && markerTok > 0) quoteText = trimClause(s.slice(0, toks[markerTok]!.start));
  else if (markerTok === 0 && !atEnd) quoteText = trimClause(s.slice(toks[to]!.start));
  else return null;
  if (wordCount(quoteText) < MIN_QUOTE_WORDS) return null;
  const sourceText = s.slice(toks[from]!.start, toks[to - 1]!.end).replace(/^لل/u, "ال").replace(/^ل(?!ل)/u, "");
  const abs = base + toks[from]!.start;
  const span = spans.find((sp) => sp.start >= abs && sp.start <= abs + 2 && sp.type !== "misc");
  return { speaker: span ? canonical(span.text) : sourceText, text: quoteText, channel: channelOf(sourceText) };
}

/** Maps a surface form to the canonical name of the entity that has it as a mention. */
function canonicalNamer(entities: readonly Entity[]): (surface: string) => string {
  const byForm = new Map<string, string>();
  for (const e of entities) for (const m of [e.name, ...e.mentions, ...e.aliases]) byForm.set(normalizeArabic(m), e.name);
  return (surface) => byForm.get(normalizeArabic(surface)) ?? surface.trim();
}
