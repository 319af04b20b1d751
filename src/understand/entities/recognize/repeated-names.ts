/**
 * Names the document repeats where the tagger missed them (addRepeatedNames) and militias named for families.
 */
import type { EntityType } from "../../../types.js";
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import { splitsOf, type TokenInfo } from "../features.js";
import { MILITIA_WORD_PATTERN, MILITIA_WORDS, PERSON_CUES } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { hasLatinLetter, sentenceInfosOf, overlapsAny, sortByStart, spaceAfter } from "./shared.js";
import { isPlaceAdjective, CLUB_HEADS, normalizedWordsOf, isPlainWord, DEFINITE, fusedLamDefinite } from "./words.js";
import { procliticLength } from "./proclitics.js";
import { isPrepositionAla, isAgreeingAdjectiveOfNoun, isFeminineAdjectiveOfNoun } from "./tag-runs.js";

/** Shortest last name a later bare mention may repeat (shorter ones are too often common words). */
const MIN_LAST_NAME = 4;

/** A militia named for its leader's family (ميليشيا الحوثي, ميليشيات الحوثي): the group, not the person. */
const MILITIA_WORD_SET: ReadonlySet<string> = new Set(MILITIA_WORDS);
/** Nouns of a group in construct before its leader's family name, or of its cause before the nisba (جماعة | الحوثي, قوات التمرد | الحوثي): no person there. */
const GROUP_WORDS = new Set(["التمرد", "جماعه"]);

/**
 * One name, found once, is that name everywhere in the article: a token the tagger left out that
 * is a recognized one-word name, or the last word of a recognized person's name (سيرجي لافروف …
 * لافروف), becomes a mention of that type, clitics cut on evidence. Plain words and words that
 * are never names stay out; a club named after its head is found written with the fused لل too (نادي الهلال … للهلال,
 * ent131: fusedLamSplit). A person's family name repeated after a militia word names the militia, an organization
 * with it (عبدالملك الحوثي … ميليشيا الحوثي: Al Arabia, alwatan), and after a group noun no one (قوات التمرد الحوثي).
 */
export function addRepeatedNames(text: string, sentences: readonly (readonly TaggerToken[])[], out: Candidate[], model: NerModel, infos = sentenceInfosOf(sentences, model)): void {
  const known = new Map<string, EntityType>();
  // A club the article names with its head is that club without it, plain word or not (نادي الهلال … الهلال).
  const headed = new Set<string>();
  for (const s of out) {
    const words = normalizedWordsOf(s.text);
    if (words.length === 1) known.set(words[0]!, s.type);
    else if (s.type === "person" && words[words.length - 1]!.length >= MIN_LAST_NAME) known.set(words[words.length - 1]!, "person");
    else if (s.type === "organization" && words.length === 2 && CLUB_HEADS.has(words[0]!) && DEFINITE.test(words[1]!) && !PERSON_CUES.has(words[1]!)) {
      known.set(words[1]!, "organization");
      headed.add(words[1]!);
    }
  }
  // A name of several words is found again even where the article names nothing by one word (ent131: the early return
  // skipped it, so «بيان للحرس الثوري الإيراني» stayed unnamed beside «الحرس الثوري الإيراني»).
  if (!known.size) {
    widenToKnownNames(text, sentences, infos, out, model);
    return;
  }
  // The last two code units of every known name: a word is a known name or a clitic and one (whose
  // core keeps the word's last two units: a core has MIN_CORE letters or more) only if it ends so.
  // null when a name is shorter (every word is then looked up).
  let endings: Set<number> | null = new Set<number>();
  for (const key of known.keys()) {
    if (key.length < 2) {
      endings = null;
      break;
    }
    endings.add(lastTwoUnits(key));
  }
  // The mentions' code units: a known name's every repetition was tested against every mention.
  const coverage = coverageOf(text.length, out);
  const added: Candidate[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    for (let ti = 0; ti < sentence.length; ti++) {
      const info = infos[si]![ti]!;
      if (endings && (info.norm.length < 2 || !endings.has(lastTwoUnits(info.norm)))) continue;
      const token = sentence[ti]!;
      // The name found in this article is evidence enough to cut a clitic off its repetition (ولافروف).
      const split = known.has(info.norm) ? { proclitic: "", core: info.norm } : (knownSplit(info, known) ?? fusedLamSplit(info, headed, sentence, infos[si]!, ti, text));
      const type = split && known.get(split.core);
      if (!type || info.cue === "never" || (isPlainWord(info, model) && !headed.has(split.core)) || isPrepositionAla(token.text)) continue;
      if (coverage ? isCovered(coverage, token.start, token.end) : overlapsAny(out, token.start, token.end)) continue;
      if (split.proclitic && info.norm.length !== token.text.length) continue; // marks inside the word: offsets would not line up
      const start = token.start + split.proclitic.length;
      if (type === "person" && !split.proclitic && ti > 0) {
        const before = infos[si]![ti - 1]!.norm;
        if (MILITIA_WORD_SET.has(before) && spaceAfter(text, sentence, ti - 1)) {
          added.push({ type: "organization", text: text.slice(sentence[ti - 1]!.start, token.end), start: sentence[ti - 1]!.start, end: token.end, evidence: {} });
          continue;
        }
        if (GROUP_WORDS.has(before)) continue;
      }
      if (!split.proclitic && (isAgreeingAdjectiveOfNoun(infos[si]!, ti, model) || isFeminineAdjectiveOfNoun(infos[si]!, ti))) continue;
      added.push({ type, text: text.slice(start, token.end), start, end: token.end, evidence: {} });
    }
  }
  out.push(...added);
  widenToKnownNames(text, sentences, infos, out, model);
}

/**
 * addRepeatedNames for a word written with the fused لل (للهلال): the split whose core is the definite name of a club the
 * article names after its head (نادي الهلال … للهلال), the لل kept in the mention as the gold writes «للأمم المتحدة»; not
 * before a definite word or a fused لل field, which would go on with the name. Other one-word names the article tags
 * are not looked up so (ent131's pool: للأكراد, للشيعة, للطلاب, للاتفاق "the agreement", للريال the currency — the
 * article's own mention was the tagger's error about as often as it was right).
 */
function fusedLamSplit(info: TokenInfo, headed: ReadonlySet<string>, sentence: readonly TaggerToken[], infos: readonly TokenInfo[], ti: number, text: string): { proclitic: string; core: string } | undefined {
  const fused = fusedLamDefinite(info.norm);
  if (!fused || !headed.has(fused.definite)) return undefined;
  const next = infos[ti + 1];
  if (next && spaceAfter(text, sentence, ti) && (next.norm.startsWith("ال") || next.norm.startsWith("لل"))) return undefined;
  return { proclitic: info.norm.slice(0, fused.conjunction), core: fused.definite };
}

/** A militia word and the family nisba after it (ميليشيات الحوثي; و, ب or ل fused before it is no part of the name). */
const MILITIA_OF_FAMILY = new RegExp(String.raw`(?<![\u0621-\u064A])[وبل]?((?:${MILITIA_WORD_PATTERN}) (ال[\u0621-\u064A]{3,}ي))(?![\u0621-\u064A])`, "gu");
/** The definite militia word and the feminine of a family nisba (الميليشيات الحوثية; للمليشيات الحوثية is written so). */
const MILITIA_OF_FAMILY_ADJECTIVE = new RegExp(String.raw`(?<![\u0621-\u064A])[وب]?((?:ال|لل)(?:${MILITIA_WORD_PATTERN}) (ال[\u0621-\u064A]{3,})ية)(?![\u0621-\u064A])`, "gu");

/**
 * A group named by its militia and its leader's family is an organization, the militia word with it, as the
 * gold writes it: an indefinite militia word before a family nisba, ميليشيات الحوثي (alriyadh, aawsat, was,
 * Alarabia, SkyNews; 126 in the two samples, 9 outlets), and the definite one before that nisba's feminine when
 * a mention of the article ends with the family's nisba, الميليشيات الحوثية … عبدالملك الحوثي (alweeam,
 * aleqtisadiya, aawsat; not الميليشيا الانتخابية … الموسم الانتخابي). A
 * nisba of a place or a plain word is no family (الميليشيات الإيرانية, الميليشيات الشيعية); a mention inside
 * the group's name (the person «الحوثي» the tagger saw there) gives way to it.
 */
export function addMilitiasOfFamilies(text: string, spans: Candidate[], model: NerModel): void {
  if (!text.includes("يليشي") && !text.includes("مليشي")) return;
  const isFamily = (nisba: string) => {
    const norm = normalizeArabic(nisba);
    return norm.length === nisba.length && !isPlaceAdjective(norm, model) && !model.plainWordSet.has(norm) && !isStopword(norm);
  };
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(MILITIA_OF_FAMILY)) {
    if (!isFamily(m[2]!)) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.length });
  }
  // The families the article names: a mention's last word, or a militia's of the first form.
  const families = new Set(spans.map((s) => lastWordOf(normalizeArabic(s.text))));
  for (const { start, end } of found) families.add(lastWordOf(normalizeArabic(text.slice(start, end))));
  for (const m of text.matchAll(MILITIA_OF_FAMILY_ADJECTIVE)) {
    const family = m[2]! + "ي";
    if (!isFamily(family) || !families.has(normalizeArabic(family))) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.length });
  }
  for (const { start, end } of found) {
    if (spans.some((s) => s.start === start && s.end === end && s.type === "organization")) continue;
    for (let i = spans.length - 1; i >= 0; i--) if (spans[i]!.start < end && start < spans[i]!.end) spans.splice(i, 1);
    spans.push({ type: "organization", text: text.slice(start, end), start, end, evidence: {} });
  }
  sortByStart(spans);
}

/** The last word of a name (of its words split at spaces or a hashtag's underscores). */
function lastWordOf(name: string): string {
  const words = name.split(/[\s_]+/);
  return words[words.length - 1]!;
}

/** A word's last two code units as one number (addRepeatedNames' endings), for a word of two or more. */
function lastTwoUnits(word: string): number {
  return word.charCodeAt(word.length - 2) * 0x10000 + word.charCodeAt(word.length - 1);
}

/**
 * Which code units of a text of `length` the spans cover (1 inside a span), for overlapsAny's
 * answer by a look at a token's units; null when a span is empty or out of the text (overlapsAny
 * counts an empty span strictly inside [start, end) as overlapping it).
 */
function coverageOf(length: number, spans: readonly Candidate[]): Uint8Array | null {
  const covered = new Uint8Array(length);
  for (const s of spans) {
    if (s.start >= s.end || s.start < 0 || s.end > length) return null;
    covered.fill(1, s.start, s.end);
  }
  return covered;
}

/** overlapsAny(spans, start, end) by the spans' coverageOf, for start < end. */
function isCovered(coverage: Uint8Array, start: number, end: number): boolean {
  for (let c = start; c < end; c++) if (coverage[c]) return true;
  return false;
}

/** addRepeatedNames: the first clitic split of the word whose core is a known name (not a fused لل); apart from its loop, whose callback would be allocated at every token. */
function knownSplit(info: TokenInfo, known: ReadonlyMap<string, EntityType>): { proclitic: string; core: string } | undefined {
  for (const p of splitsOf(info)) if (known.has(p.core) && !p.proclitic.endsWith("لل")) return p;
  return undefined;
}

/**
 * A name of several words recognized in the article is recognized whole wherever its words occur:
 * mentions inside such an occurrence (قرة باغ in ناغورني قرة باغ) give way to one mention of the
 * full name; an occurrence crossing a mention's edge is left alone. An organization's name is found after the fused لل too
 * (للحرس الثوري الإيراني beside الحرس الثوري الإيراني: BBC, aawsat, SkyNews, CNN; ent131), the لل kept in the mention.
 */
function widenToKnownNames(text: string, sentences: readonly (readonly TaggerToken[])[], infos: readonly (readonly TokenInfo[])[], out: Candidate[], model: NerModel): void {
  const byFirst = new Map<string, { words: readonly string[]; type: EntityType }[]>();
  for (const s of out) {
    const words = normalizedWordsOf(s.text);
    if (words.length < 2 || hasLatinLetter(s.text)) continue;
    const list = byFirst.get(words[0]!) ?? [];
    if (!list.some((n) => n.words.join(" ") === words.join(" "))) list.push({ words, type: s.type });
    byFirst.set(words[0]!, list.sort((a, b) => b.words.length - a.words.length));
  }
  if (!byFirst.size) return;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    const sentenceInfos = infos[si]!;
    for (let i = 0; i < sentence.length; i++) {
      const first = sentenceInfos[i]!;
      const fused = byFirst.has(first.norm) || byFirst.has(first.core) ? null : fusedLamDefinite(first.norm);
      const known = byFirst.get(first.norm) ?? byFirst.get(first.core) ?? (fused ? byFirst.get(fused.definite)?.filter((n) => n.type === "organization") : undefined);
      const name = known && knownNameAt(known, sentence, sentenceInfos, i);
      if (!name) continue;
      if (fused && first.norm.length !== sentence[i]!.text.length) continue; // marks inside the word: offsets would not line up
      // The fused لل stays in the mention (للحرس الثوري الإيراني, as the gold writes للأمم المتحدة).
      const start = sentence[i]!.start + (byFirst.has(first.norm) ? 0 : fused ? fused.conjunction : knownNameProcliticLength(first, model));
      const end = sentence[i + name.words.length - 1]!.end;
      if (replaceInside(text, out, name.type, start, end)) i += name.words.length - 1;
    }
  }
  sortByStart(out);
}

/**
 * The proclitic before a known name's first word found by its core: the analysis's own split (ب of
 * باستاد before «استاد الملك فهد الدولي»: procliticLength keeps a plain word's letters, but the
 * document's mention says the core opens the name), else procliticLength (لل, marks in the word).
 */
function knownNameProcliticLength(first: TokenInfo, model: NerModel): number {
  if (first.proclitic && !first.proclitic.endsWith("لل") && first.norm.length === first.surface.length && first.norm.slice(first.proclitic.length) === first.core) return first.proclitic.length;
  return procliticLength(first.surface, model);
}

// widenToKnownNames' steps apart from its loop, whose index and span bounds the callbacks would
// otherwise capture (a context allocated at every token).

/** The first of the known names starting with token i's word whose next words follow it in the sentence. */
function knownNameAt<N extends { words: readonly string[] }>(known: readonly N[], sentence: readonly TaggerToken[], infos: readonly TokenInfo[], i: number): N | undefined {
  return known.find((n) => n.words.every((w, k) => k === 0 || (sentence[i + k] && infos[i + k]!.norm === w)));
}

/** Replaces the mentions inside [start, end) by one of `type`, unless a mention crosses it or one mention is exactly it; whether it did. */
function replaceInside(text: string, out: Candidate[], type: EntityType, start: number, end: number): boolean {
  const inside = out.filter((s) => s.start >= start && s.end <= end);
  const crossing = out.some((s) => s.start < end && start < s.end && !(s.start >= start && s.end <= end));
  if (crossing || (inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end)) return false;
  for (const s of inside) out.splice(out.indexOf(s), 1);
  out.push({ type, text: text.slice(start, end), start, end, evidence: {} });
  return true;
}
