/**
 * The tagger's BIO runs made mentions (tagRuns, pushSpan): edge trimming, names cut at verbs, titles, places and
 * persons inside a run, roles; names continued after connectors.
 */
import type { EntityType } from "../../../types.js";
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import type { TokenInfo } from "../features.js";
import { FACILITY_HEADS, GIVEN_NAMES, LATE_TITLES, LOC_CUES, NAME_CONNECTORS, NAME_TAIL_ADJECTIVES, NAMED_ORG_HEADS, NEVER_ENTITIES, ORG_HEADS, PERSON_CUES, PLACE_APPOSITION_HEADS, REPORTING_VERB, SETTLEMENT_WORDS, SUPERLATIVES, TIME_OF_DAY } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { timesSeen, spaceAfter, CUE_VOTES } from "./shared.js";
import { ARABIC_LETTERS_ONLY, isCountryAdjective, isNationalAdjective, isFamilyName, ARABIC_LETTER_HEH, isListComma, NISBA_YEH, BINDING_NAME_WORDS, isPlainWord, isPossessedPlainWord, DEFINITE_NISBA, isHeadWord, isTitleWord, DEFINITE, isNunated } from "./words.js";
import { MIN_NAME_CORE, isLineageConnector, nameProcliticLength, procliticLength, evidenceSplitOf } from "./proclitics.js";
import { isLandformHead, REGIONAL_PLACE_SET } from "./gazetteer-places.js";
import { TIME_WORD_HEAD_OF, GOD, TEH_MARBUTA, TIME_WORD_FAMILY_NAMES } from "./drops.js";

const TYPES: Record<string, EntityType> = { PERS: "person", LOC: "location", ORG: "organization", MISC: "misc" };
/**
 * Whether a token holds a letter (\p{L}), read off its analysis: features.ts shapeOf tests the
 * same property, and only a token without one is "digit" or "punct".
 */
function hasLetter(t: TokenInfo): boolean {
  return t.shape !== "punct" && t.shape !== "digit";
}

/**
 * A clitic written apart from its word with a tatweel (لـ, بـ, وبـ): the next word's, never a name's
 * last word (عمر | لـ «الرياض»).
 */
const WRITTEN_APART_CLITIC = /^[\u0621-\u064A]{1,2}\u0640$/;

/** A BIO tag's type (B-PERS → PERS), one string per tag: a slice per run was a new string, which pushSpan's TYPES lookup hashed again. */
const TAG_TYPES = new Map<string, string>();
function typeOfTag(tag: string): string {
  let type = TAG_TYPES.get(tag);
  if (type === undefined) {
    type = tag.slice(2);
    // The literal key itself when TYPES has one (a property lookup by it is the fastest).
    type = Object.keys(TYPES).find((k) => k === type) ?? type;
    TAG_TYPES.set(tag, type);
  }
  return type;
}

/**
 * Token runs of one sentence from its BIO tags. Two gazetteer names side by side are two runs,
 * whatever the tagger joined; two runs outside the gazetteer that the tagger started back to back,
 * same type, with only a space between them, are one name it cut (ناغورني | قرة باغ).
 */
export function tagRuns(text: string, sentence: readonly TaggerToken[], tags: readonly string[], gz: readonly string[], infos?: readonly TokenInfo[]): TagRun[] {
  const runs: TagRun[] = [];
  // The open run's type and first token (-1: none). A loop over plain variables: it runs on every token.
  let type = "";
  let from = -1;
  let conjoined = false;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const isNext = from >= 0 && tag.startsWith("B-") && isCutName(text, sentence, gz, tag, type, from, i) && isConjoinedName(infos?.[i], type) && (type === "LOC" || i - from > 1 || tags[i + 1] === `I-${type}`);
    if (from >= 0 && (tag === "O" || (tag.startsWith("B-") && (isNext || !isCutName(text, sentence, gz, tag, type, from, i))) || !isOfType(tag, type) || (gz[i]!.startsWith("B-") && gz[i - 1] !== ""))) {
      runs.push(conjoined ? { type, from, to: i, conjoined } : { type, from, to: i });
      from = -1;
    }
    if (tag !== "O" && from < 0) {
      type = typeOfTag(tag);
      from = i;
      conjoined = isNext;
    }
  }
  if (from >= 0) runs.push(conjoined ? { type, from, to: tags.length, conjoined } : { type, from, to: tags.length });
  return joinCutPrefixes(text, sentence, runs, gz);
}

/** A run of tagged tokens; `conjoined`: it opens on a conjunction و the tagger began it after (isConjoinedName). */
export interface TagRun {
  type: string;
  from: number;
  to: number;
  conjoined?: boolean;
}

/** A mention of a conjoined run that opens on the run's first token keeps no و (وطلوزة → طلوزة). */
export function dropConjunction(span: Candidate, first: TaggerToken, text: string): void {
  if (span.start !== first.start || !first.text.startsWith("و") || span.end - span.start <= 1) return;
  span.start += 1;
  span.text = text.slice(span.start, span.end);
}

/**
 * tagRuns: a person or place the tagger begins anew with a conjunction و is the next of a list, no cut
 * name (الباذان | وطلوزة; ايمانويل ايبواه | ودراماني ديابي; حسين شيعان | ومتعب شراحيلي). Two one-word persons
 * stay one name (تشونغ | ويونغ, Chung Eui-yong: a transliteration's و); an organization's name may go on
 * over و (وزارة الشؤون الاجتماعية | والعمل): both are left joined.
 */
function isConjoinedName(t: TokenInfo | undefined, type: string): boolean {
  if (t === undefined || (type !== "PERS" && type !== "LOC")) return false;
  // A word the training text saw whole (ودراماني, وطلوزة) keeps its و: the tagger's new begin says it is one.
  return t.proclitic.startsWith("و") || (t.norm.startsWith("و") && t.norm.length > MIN_CONJOINED_LETTERS && t.cue !== "given");
}
/** Letters of a word opening on و read as a conjunction before a name without evidence (وطلوزة; وفا, ولي are left joined). */
const MIN_CONJOINED_LETTERS = 4;

/** Whether a BIO tag (B-X, I-X) is of type X. */
const isOfType = (tag: string, type: string) => tag.length === type.length + 2 && tag.startsWith(type, 2);

/** tagRuns: the B- tag at i starts a run of the open run's type, both outside the gazetteer, only spaces between: a name the tagger cut. */
function isCutName(text: string, sentence: readonly TaggerToken[], gz: readonly string[], tag: string, type: string, from: number, i: number): boolean {
  return isOfType(tag, type) && gz[i] === "" && gz[from] === "" && spaceAfter(text, sentence, i - 1);
}

/**
 * A one-word run the tagger gave one type, followed after a space by a run of another type, both
 * outside the gazetteer, is one name it cut (ناغورني | قرة باغ): joined, with the first run's type
 * (the document's votes settle it later). A gazetteer name next to a name stays apart
 * (أذربيجان | إلهام علييف).
 */
function joinCutPrefixes(text: string, sentence: readonly TaggerToken[], runs: TagRun[], gz: readonly string[]): TagRun[] {
  const out: TagRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    const outside = (r: { from: number; to: number }) => gz.slice(r.from, r.to).every((g) => g === "");
    if (last && !run.conjoined && last.to === run.from && last.to - last.from === 1 && last.type !== run.type && outside(last) && outside(run) && spaceAfter(text, sentence, last.to - 1)) {
      last.to = run.to;
      continue;
    }
    out.push({ ...run });
  }
  return out;
}

export function pushSpan(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], gz: readonly string[], from: number, to: number, type: string, model: NerModel, out: Candidate[]): void {
  const mapped = TYPES[type];
  if (!mapped) return;
  // Trim punctuation and reporting verbs the tagger swept into the edges.
  while (from < to && (!hasLetter(infos[from]!) || REPORTING_VERB.test(normalizeArabic(tokens[from]!.text)))) from++;
  // No name starts with a preposition or particle (خلف | آلن شيرر, behind Alan Shearer); أم of أم كلثوم is a given name.
  while (to - from > 1 && infos[from]!.cue !== "given" && isStopword(infos[from]!.norm)) from++;
  // Nor with the preposition على the tagger reads as علي (النار على | براون), but for علي misspelt before بن.
  while (to - from > 1 && isPrepositionAla(tokens[from]!.text) && !isLineageConnector(tokens[from + 1]!.text)) from++;
  // After a connector a weekday or month is a name (عبدالله بن صالح بن | جمعة); so is one of the
  // weekdays and months that are family names, written without ال after a given name (أحمد | جمعة,
  // حسام | شعبان, محمد | رمضان): the day or month as a time is «الجمعة», «يوم الجمعة», «شهر رمضان», or
  // has a definite word after it (سلمان رمضان الماضي, joinTimeWordFamilyNames).
  const isFamilyTimeWord = (k: number) => TIME_WORD_FAMILY_NAMES.has(infos[k]!.norm) && infos[k - 1]!.cue === "given" && !(k + 1 < infos.length && TIME_WORD_HEAD_OF.test(infos[k + 1]!.norm));
  const isNameAfterConnector = (k: number) => type === "PERS" && k > from && (NAME_CONNECTORS.has(infos[k - 1]!.norm) || isFamilyTimeWord(k));
  // Nor holds a word with nunation (ممثلاً, اتصالًا): the run ends before it (isNunated).
  for (let k = from; k < to; k++) if (isNunated(tokens[k]!.text)) to = k;
  while (to > from && (!hasLetter(infos[to - 1]!) || WRITTEN_APART_CLITIC.test(tokens[to - 1]!.text) || TIME_OF_DAY.has(normalizeArabic(tokens[to - 1]!.text)) || (NEVER_ENTITIES.has(normalizeArabic(tokens[to - 1]!.text)) && !isNameAfterConnector(to - 1)))) to--;
  if (from >= to) return;
  if (mapped !== "person") {
    const personAt = personStartInside(infos, from, to);
    if (personAt > 0) {
      pushSpan(text, tokens, infos, gz, from, personAt, type, model, out);
      pushSpan(text, tokens, infos, gz, personAt, to, "PERS", model, out);
      return;
    }
  }
  if (mapped === "location") {
    const andAt = conjoinedPlaceInside(infos, gz, from, to, model);
    if (andAt > 0) {
      pushSpan(text, tokens, infos, gz, from, andAt, type, model, out);
      pushSpan(text, tokens, infos, gz, andAt, to, type, model, out);
      return;
    }
    const headAt = placeHeadInside(infos, from, to);
    if (headAt > 0) {
      // One word before the place is a noun in construct with it (سيول, floods of; شمال, north of) unless a gazetteer place.
      if (headAt - from > 1 || gz[from] === "B-LOC") pushSpan(text, tokens, infos, gz, from, headAt, type, model, out);
      pushSpan(text, tokens, infos, gz, headAt, to, type, model, out);
      return;
    }
  }
  // Organization names are often made of common words (وزارة الدفاع); other names are not.
  if ((to - from === 1 || mapped === "person") && infos.slice(from, to).every((t) => isPlainWord(t, model))) return;
  if (isCurrencyName(infos, from, to, model)) return;
  let role: string | undefined;
  if (mapped === "person") {
    const andAt = coordinatedNameInside(infos, from, to, model);
    if (andAt > 0) {
      pushSpan(text, tokens, infos, gz, from, andAt, type, model, out);
      pushSpan(text, tokens, infos, gz, andAt, to, type, model, out);
      return;
    }
    to = titleAfterName(infos, from, to);
    while (to - from > 1 && isNounAfterName(infos, from, to - 1, model)) to--;
    if (isVerbAfterName(infos, from, to - 1, model)) to--;
    const givenAt = personStartInside(infos, from, to);
    const isAffiliation = givenAt > 0 && !infos.slice(from, givenAt).some((t) => t.cue === "given");
    const cut = Math.max(roleLength(infos, from, to, model), isAffiliation ? givenAt - from : 0);
    const roleFrom = roleStart(tokens, infos, from, out);
    const hasRoleHead = roleFrom < from || isAffiliation || infos.slice(from, from + cut).some((t) => isRoleTitle(t) || isPossessedPlainWord(t, model));
    if (hasRoleHead && (cut > 0 || roleFrom < from)) {
      const head = tokens[roleFrom]!;
      role = text.slice(head.start + procliticLength(head.text, model), tokens[from + cut - 1]!.end);
    }
    from += cut;
    const office = titlePhraseLength(infos, from, to);
    from += office;
    if (from >= to || infos.slice(from, to).every((t) => isPlainWord(t, model))) return;
    // What the tagger ran on into after the office is a name only if it holds one (خادم الحرمين الشريفين | خالص التعازي).
    if (office > 0 && to - from === 1 && infos[from]!.cue !== "given" && !model.entityWordSet.has(infos[from]!.norm)) return;
  }
  // A place apposition after the name describes the name alone (مستشفى | زيلانوفار، أكبر مدن الإقليم).
  const headed = isPlaceApposition(text, tokens, infos, to) ? { from, type: mapped } : nameWithHead(infos, from, mapped, to - from === 1 && isFieldWord(infos[from]!, model));
  if (headed.type !== mapped) role = undefined;
  const settledType = headed.type;
  if (headed.from < from || isNameHead(infos[from]!)) to = withTailAdjective(text, tokens, infos, to, model);
  from = headed.from;
  const first = tokens[from]!;
  const start = first.start + (mapped === "person" && to - from >= 2 && isConjunctionBeforeRareName(infos[from]!, model) ? 1 : nameProcliticLength(tokens, from, to, model));
  const end = tokens[to - 1]!.end;
  const surface = text.slice(start, end);
  if (to - from === 1) {
    if (isPrepositionAla(surface)) return;
    const norm = normalizeArabic(surface);
    const { core } = evidenceSplitOf(norm, model);
    const whole = normalizeArabic(first.text); // before a clitic cut: فيسبوك is a platform, not ف + يسبوك
    if (NEVER_ENTITIES.has(norm) || NEVER_ENTITIES.has(core) || NEVER_ENTITIES.has(whole) || REPORTING_VERB.test(norm)) return;
    // A head or title word alone is a common noun (الشركة, the company; الوزارة, the ministry).
    if (isHeadWord(core) || isHeadWord(norm)) return;
    if (isAdjectiveOfNoun(infos, from) || TITLE_ADJECTIVES.has(norm) || (mapped === "person" && isComplementOfTitle(infos, from))) return;
    if (mapped === "location" && isArticleOnGazetteerWord(core, model)) return;
    if (isCurrencyWord(core, model, mapped) || isCurrencyWord(withoutAccusativeAlef(core), model, mapped) || (mapped === "location" && takesTheArticle(core, model))) return;
    // A possessed common noun is no name (زيارتي, my visit; رأيك, your opinion).
    if (isPossessedPlainWord(infos[from]!, model, POSSESSIVE_SUFFIX_ALONE)) return;
  }
  const evidence: Candidate["evidence"] = {};
  // A cue word counts across the quotes the press often puts around a name (إقليم "فوجيان", مؤسسة «المدينة»).
  const previous = infos[wordBefore(tokens, from)];
  // A facility head before a quoted name names a place (ملعب "لوفتس رود", ملعب (جابر الدولي)); unquoted, nameWithHead joined it.
  const isQuotedAfterFacility = previous !== undefined && isFacilityHead(previous) && from > 0 && /^["«“(]$/.test(tokens[from - 1]!.text);
  if (previous && (LOC_CUES.has(previous.core) || LOC_CUES.has(previous.norm) || isQuotedAfterFacility)) evidence.location = CUE_VOTES;
  else if (previous?.norm === "و" && isSecondOfDualPlaceCue(tokens, infos, wordBefore(tokens, from))) evidence.location = CUE_VOTES;
  else if (previous && (PERSON_CUES.has(previous.core) || PERSON_CUES.has(previous.norm))) evidence.person = CUE_VOTES;
  else if (previous && isConstructOrgHead(previous)) evidence.organization = CUE_VOTES;
  else if (previous?.core === "في") evidence.location = 1;
  const isGazetteerName = gz[from] === "B-LOC" && gz.slice(from + 1, to).every((g) => g === "I-LOC") && gz[to] !== "I-LOC";
  if (isGazetteerName) evidence.location = (evidence.location ?? 0) + CUE_VOTES;
  if (isPlaceApposition(text, tokens, infos, to)) evidence.location = (evidence.location ?? 0) + CUE_VOTES;
  if (to - from >= 2) addHeadVotes(infos[from]!, evidence);
  const span: Candidate = { type: settledType, text: surface, start, end, evidence };
  if (role) span.role = role;
  out.push(span);
}

/** POSSESSIVE_SUFFIX with my and your (زيارتي, رأيك), which also end nisba family names (شكري): for a word alone only. */
const POSSESSIVE_SUFFIX_ALONE = /(?:ه|ها|هم|هما|هن|كم|نا|ي|ك)$/;

/** Prepositions of cause and time that follow a subject's name (اتهم عباس إثر تصريحاته), besides the stopwords. */
export const WORDS_AFTER_A_SUBJECT = new Set(["اثر", "عقب", "جراء", "بسبب", "وفق", "حسب"]);

/** Fewest times the unlabeled and training text must show a word for its indefinite accusative to be taken for it. */
const MIN_ACCUSATIVE_STEM_COUNT = 3;

/**
 * An indefinite accusative (اعتذارا ← اعتذار), a plain word itself (قائلا) or a word less its final alef the text shows,
 * and the whole word never started a name in training (foreign names end in alef: أوباما, كوستا).
 */
function isAccusativeOfKnownWord(norm: string, model: NerModel): boolean {
  if (norm.length < 4 || !norm.endsWith("ا") || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm)) return false;
  if (model.plainWordSet.has(norm)) return true; // قائلا, مرارا: adverbs seen as such
  const stem = norm.slice(0, -1);
  return timesSeen(stem, model) >= MIN_ACCUSATIVE_STEM_COUNT && !model.entityWordSet.has(stem);
}

/**
 * A word no name ends with, whatever precedes it: a stopword (أيضا), a preposition of cause or time
 * (إثر), an indefinite accusative (اعتذارا, غضبا, قائلا). Callers rule out given names first (علي).
 */
export function isNeverNameEnd(norm: string, model: NerModel): boolean {
  // A stopword that started names in training is also a name once folded (أمام, in front of; إمام of عادل إمام).
  return (isStopword(norm) && !model.entityWordSet.has(norm)) || WORDS_AFTER_A_SUBJECT.has(norm) || isAccusativeOfKnownWord(norm, model) || isObliqueDualOfPlainNoun(norm, model) || isFutureOfSeenVerb(norm, model);
}

/** A future verb: س and a present form (سيدير, ستستمر, سيغادران). */
const FUTURE_VERB = /^س([يتن][\u0621-\u064A]{3,})$/;

/**
 * A future verb whose present form (without س) the text shows MIN_OTHER_PERSON_SEEN times or more and never started a
 * name in training, the whole word no entity word or given name (سيلفا, ستيفانو: their rest is unseen): the verb after
 * a subject's name (إيتا | ستستمر, بن لادن | سينفجر, بوكيتينو | سيقلب: Alarabia; روسمه منصور | سيغادران, BBC).
 */
function isFutureOfSeenVerb(norm: string, model: NerModel): boolean {
  const present = FUTURE_VERB.exec(norm)?.[1];
  if (present === undefined || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm) || model.resources.gazetteer.byFirst.has(norm)) return false;
  return timesSeen(present, model) >= MIN_OTHER_PERSON_SEEN && !model.entityWordSet.has(present);
}

/** Shortest stem of an indefinite dual (هدف of هدفين). */
const MIN_DUAL_STEM = 3;

/**
 * An indefinite dual or plural in the accusative or genitive (هدفين, اتصالين: two goals, two calls)
 * of a plain word (learned: words training almost never tags inside an entity), the whole word no
 * entity word or given name (حسين, ياسين, شاهين stay names): the object the tagger ran on into after
 * a subject's name (سامح شكري | اتصالين هاتفيين).
 */
export function isObliqueDualOfPlainNoun(norm: string, model: NerModel): boolean {
  if (!norm.endsWith("ين") || norm.startsWith("ال") || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm)) return false;
  const stem = norm.slice(0, -2);
  return stem.length >= MIN_DUAL_STEM && model.plainWordSet.has(stem) && !isStopword(stem);
}

/**
 * The preposition على (on), with و or ف: normalization folds its alef maqsura into the given name
 * علي, so the tagger and a name of the article (علي) reach it; the written word is never a name.
 */
export function isPrepositionAla(surface: string): boolean {
  return surface.endsWith("على") && /^[وف]?على$/.test(surface);
}

/**
 * A person's name never ends in a connector (بن, آل, أبو): when the tagger stops a person's run on
 * one and tags the next word outside any name — a word that is also a common noun (عبدالحكيم بن |
 * مساعد, assistant; محمد مصلح آل | حافظ, keeper) — that word goes into the name, if it is one Arabic
 * word and no stopword.
 */
export function continueNamesAfterConnectors(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], tags: string[]): void {
  for (let i = 1; i + 1 < tags.length; i++) {
    if (!isOfType(tags[i]!, "PERS") || tags[i + 1] !== "O" || !BINDING_NAME_WORDS.has(infos[i]!.norm)) continue;
    const next = tokens[i + 1]!;
    if (next.start !== tokens[i]!.end + 1 || !ARABIC_LETTERS_ONLY.test(next.text) || isStopword(infos[i + 1]!.norm)) continue;
    tags[i + 1] = "I-PERS";
  }
}

/**
 * An administrative head fused with «in» or «of» (بولاية, بمحافظة, لمدينة, بإقليم) is never inside a name: the tagger
 * runs a town on over it into its state («دنفر بولاية كولورادو», «هيوستن بولاية تكساس») or keeps it before one
 * («بولاية خوست», «بمحافظة القطيف»), even as a person or MISC («بولاية كانساس»). The head leaves the run and the
 * name after it is a place of its own; a title after the head (بمدينة الملك عبدالله) names a city by a person and
 * is left to the other rules. منطقة (بمنطقة اليورو) and the definite forms (للمدينة المنورة) are not read so.
 */
const FUSED_PLACE_HEAD = /^(?:[وف])?[بل](?:ولايه|محافظه|مدينه|اقليم|مقاطعه)$/u;

export function splitNamesAtFusedPlaceHeads(infos: readonly TokenInfo[], tags: string[]): void {
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === "O" || !FUSED_PLACE_HEAD.test(infos[i]!.norm)) continue;
    const next = infos[i + 1];
    if (next && (PERSON_CUES.has(next.norm) || PERSON_CUES.has(next.core))) continue;
    tags[i] = "O";
    for (let k = i + 1; k < tags.length && tags[k] !== "O" && (k === i + 1 || tags[k]!.startsWith("I-")); k++) tags[k] = k === i + 1 ? "B-LOC" : "I-LOC";
  }
}

/** Titles of several words that name an office, not a person (the Saudi king's: خادم الحرمين الشريفين). */
const TITLE_PHRASES = [["خادم", "الحرمين", "الشريفين"]];

/**
 * How many words of the person span from…to, from its start, belong to a title phrase the text
 * spells out around it (خادم | الحرمين الشريفين, لخادم الحرمين | الشريفين as the tagger cut it):
 * they are the office, not the person's name.
 */
export function titlePhraseLength(infos: readonly TokenInfo[], from: number, to: number): number {
  const isWord = (t: TokenInfo | undefined, w: string, first: boolean) => t !== undefined && (t.norm === w || (first && t.core === w));
  for (const phrase of TITLE_PHRASES) {
    for (let k = 0; k < phrase.length; k++) {
      if (!isWord(infos[from], phrase[k]!, k === 0)) continue;
      let before = true;
      for (let j = 0; j < k; j++) before &&= isWord(infos[from - k + j], phrase[j]!, j === 0);
      if (!before) continue;
      let n = 0;
      while (k + n < phrase.length && from + n < to && isWord(infos[from + n], phrase[k + n]!, k + n === 0)) n++;
      return n;
    }
  }
  return 0;
}

/**
 * Whether the word at `at`, the last of a person span from `from`, is one the tagger ran on into
 * after the name (كريم يوسف | جائزة; عبد الكريم | للصحفيين): a plain word, or a possessed one,
 * fused with لل or و (صلاح | ويقول), after two words of name already, or after a family name the
 * span opens with (النجيفي | أبلغ) — a two-word name may end in a common word (أحمد عيد), as may any
 * name in its definite form (نادر العلمي); a given name or a word after بن, أبو, عبد is never cut.
 */
function isNounAfterName(infos: readonly TokenInfo[], from: number, at: number, model: NerModel): boolean {
  const t = infos[at]!;
  // The preposition على, written with alef maqsura, folds to the given name علي.
  if (isPrepositionAla(t.surface)) return true;
  if (at - from >= 2 && isParticipleOfClause(t, infos[at + 1])) return true;
  if (t.cue === "given" || isDefiniteWord(t) || NAME_CONNECTORS.has(infos[at - 1]?.norm ?? "")) return false;
  if (isNeverNameEnd(t.norm, model) || isPrepositionalPhrase(t, infos[at - 1], model)) return true;
  if (!isPlainWord(t, model) && !isPossessedPlainWord(t, model)) return false;
  // A word known whole (ويقول) keeps no proclitic: its rest after و is looked up instead.
  const fusedAnd = t.norm.startsWith("و") && !model.entityWordSet.has(t.norm) && (t.proclitic.startsWith("و") || model.plainWordSet.has(t.norm.slice(1)));
  return t.norm.startsWith("لل") || fusedAnd || at - from >= 2 || isFamilyName(infos[from]!, model);
}

/** A preposition with a pronoun that points back to the noun a participle describes (المعترف | به, المقرب | منه). */
const RESUMPTIVE_PREPOSITIONS = new Set(["به", "بها", "بهم", "بهما", "منه", "منها", "منهم", "عليه", "عليها", "عليهم", "له", "لها", "لهم"]);

/**
 * A definite participle (الم…) before a preposition with a pronoun is a relative clause about the name, not its last
 * word: «عبد ربه منصور هادي المعترف به دوليا» (BBC, CNN, France24: the tagger ran on into المعترف).
 */
export function isParticipleOfClause(t: TokenInfo, next: TokenInfo | undefined): boolean {
  return next !== undefined && t.norm.startsWith("الم") && isDefiniteWord(t) && RESUMPTIVE_PREPOSITIONS.has(next.norm);
}

/** A word with the article: أل with hamza opens a verb or noun of its own (ألقى, ألغى), folded to ال all the same. */
function isDefiniteWord(t: TokenInfo): boolean {
  return t.norm.startsWith("ال") && !/^[أإآ]/.test(t.surface.slice(t.surface.length - t.norm.length));
}

/** The prefixes of a present verb's persons (يفعل, تفعل, نفعل, أفعل), folded. */
export const PRESENT_PREFIXES = ["ي", "ت", "ن", "ا"];
/** The future's prefix before a present verb (سيفعل, وسيفعل). */
const FUTURE_PREFIXES = ["س", "وس"];
/** Fewest sightings of a verb's only other person form to count as the verb's (يطمئن beside نطمئن). */
const MIN_OTHER_PERSON_SEEN = 5;

/**
 * Evidence from the word table (unlabeled news and training) that `t` is a verb: the same stem with
 * another person's prefix (نطمئن → يطمئن; تحمل → يحمل; أعلن → يعلن, form IV's past and the first
 * person share the shape), forms that are no entity word, given name or person-name word (none of
 * them may be: a stem training saw open a name is a name's). The strongest: a future form seen
 * (ستحمل); strong: two other persons seen, or one a plain word; weak: one, seen often enough.
 */
export function verbEvidence(t: TokenInfo, model: NerModel): "future" | "strong" | "weak" | "" {
  const w = t.norm;
  if (!PRESENT_PREFIXES.includes(w[0]!) || w.length < 4 || isDefiniteWord(t) || t.cue === "given" || GIVEN_NAMES.has(w)) return "";
  if (model.entityWordSet.has(w) || model.resources.gazetteer.byFirst.has(w) || model.resources.personNames?.has(w)) return "";
  const stem = w.slice(1);
  const isNoName = (form: string) => !model.entityWordSet.has(form) && !GIVEN_NAMES.has(form) && !model.resources.personNames?.has(form);
  const seen = PRESENT_PREFIXES.filter((p) => p !== w[0] && timesSeen(p + stem, model) > 0).map((p) => p + stem);
  // A stem training saw open a name with another prefix is a name's (أونغ beside تونغ).
  const others = seen.filter(isNoName);
  if (!others.length || others.length < seen.length) return "";
  if (PRESENT_PREFIXES.some((p) => FUTURE_PREFIXES.some((f) => timesSeen(f + p + stem, model) > 0))) return "future";
  if (others.length >= 2 || others.some((f) => model.plainWordSet.has(f))) return "strong";
  // A final ي is also a nisba's (يماني beside أماني); a verb's of this kind ends in ى as often.
  if (t.surface.endsWith("ي")) return "";
  return others.some((f) => timesSeen(f, model) >= MIN_OTHER_PERSON_SEEN) ? "weak" : "";
}

/**
 * Whether the last word of a person span is a verb the tagger ran on into (أبو مازن | ألقى, محمد بن
 * نايف | نطمئن, نادر | يعود): after two words of name any verb evidence, after one only a future
 * form seen (a family name may share a verb's shape: سمير نشار, زياد أسود); never after بن, أبو.
 */
function isVerbAfterName(infos: readonly TokenInfo[], from: number, at: number, model: NerModel): boolean {
  if (at - from < 1 || NAME_CONNECTORS.has(infos[at - 1]!.norm)) return false;
  const t = infos[at]!;
  if (t.proclitic) return false;
  const evidence = verbEvidence(t, model);
  return at - from >= 2 ? evidence !== "" : evidence === "future";
}

/** Shortest word a fused و may stand before in a list of names (وعلي: و + a three-letter name). */
const MIN_LISTED_WORD = 4;

/**
 * Where the next name of a list starts inside a person span the tagger ran over the list (سلطان
 * المصري | وفهد الدوسري; ناصر الشمراني | وياسر القحطاني): a word of و + a name training saw start
 * an entity or a given name, the whole word being neither (وليد, وائل stay names), or any و-word
 * with two words of name on each side (سعد الرفدان | وفرحان الشلوي; سعد الله ونوس stays); -1 when none.
 */
function coordinatedNameInside(infos: readonly TokenInfo[], from: number, to: number, model: NerModel): number {
  for (let p = from + 1; p < to; p++) {
    const t = infos[p]!;
    if (!t.norm.startsWith("و") || t.norm.length < MIN_LISTED_WORD || NAME_CONNECTORS.has(infos[p - 1]!.norm)) continue;
    if (GIVEN_NAMES.has(t.norm) || model.entityWordSet.has(t.norm)) continue;
    const rest = t.norm.slice(1);
    if (GIVEN_NAMES.has(rest) || model.entityWordSet.has(rest)) return p;
    // After a given name alone, a rare name joined by و opens the next person (صلاح | وكيفن دي بروين).
    if (p - from === 1 && infos[from]!.cue === "given" && to - p >= 2 && isConjunctionBeforeRareName(t, model)) return p;
    // Two words of name on each side: a name rarely holds a و-word between two of its own.
    if (p - from >= 2 && to - p >= 2 && !model.plainWordSet.has(rest)) return p;
  }
  return -1;
}

/** Fewest times the word table must show a name without its و for a never-seen و-word to be taken for و + that name. */
const MIN_RARE_NAME_SEEN = 1;

/**
 * A word of و + a rare name, the whole word never seen in the word table and the rest seen at least
 * MIN_RARE_NAME_SEEN times and no plain word, stopword or cue (ومرام | كردي, 3alyoum; وصقر | سليم,
 * almadina; وكيفن | دي بروين, Sky News): the و is the list's conjunction, which the evidence split
 * (features.ts, ten sightings of the rest) leaves on a name the news text shows a few times only.
 * Given names and words training saw start a name keep their و (وليد, وائل), and so does a double و,
 * a foreign W (وودي آلن).
 */
function isConjunctionBeforeRareName(t: TokenInfo, model: NerModel): boolean {
  if (!t.norm.startsWith("و") || t.proclitic || t.cue || t.norm.length !== t.surface.length || GIVEN_NAMES.has(t.norm) || model.entityWordSet.has(t.norm)) return false;
  const rest = t.norm.slice(1);
  if (rest.length < MIN_NAME_CORE || rest.startsWith("ال") || rest.startsWith("و") || timesSeen(t.norm, model) > 0 || timesSeen(rest, model) < MIN_RARE_NAME_SEEN) return false;
  return !model.plainWordSet.has(rest) && !isStopword(rest) && !NEVER_ENTITIES.has(rest) && !PERSON_CUES.has(rest);
}

/**
 * Where a title in construct after a person's name begins its apposition (محمد بن سلمان | ولي ولي
 * العهد; محمد بن نايف | ولي العهد): an indefinite title word after two words of name, not itself a
 * given name (قائد, أمير are names too) nor after بن, عبد; the span's end otherwise.
 */
function titleAfterName(infos: readonly TokenInfo[], from: number, to: number): number {
  for (let q = from + 2; q < to; q++) {
    const t = infos[q]!;
    if (t.norm.startsWith("ال") || !isTitleWord(t) || t.cue === "given" || GIVEN_NAMES.has(t.norm) || NAME_CONNECTORS.has(infos[q - 1]!.norm)) continue;
    return q;
  }
  return to;
}

/**
 * A word of ب + a definite word or a gazetteer place after a name (فهد | بالهفوف; سليمان الحبيب |
 * بالتخصصي; عبدالعزيز | بالدمام): a place or body, not the name's last word, when the news text
 * shows the word more often without the ب, or when the text never showed it and an Arabic given name
 * comes before (foreign names start with با too: إليك بالدوين, كريستال بالاس).
 */
function isPrepositionalPhrase(t: TokenInfo, before: TokenInfo | undefined, model: NerModel): boolean {
  if (!t.norm.startsWith("ب") || t.cue === "given" || model.entityWordSet.has(t.norm)) return false;
  const rest = t.norm.slice(1);
  const isPlace = rest.startsWith("ال") || REGIONAL_PLACE_SET.has(rest) || (model.resources.gazetteer.byFirst.get(rest)?.some((e) => e.type === "LOC") ?? false);
  if (!isPlace || rest.length < MIN_LISTED_WORD) return false;
  const seen = timesSeen(t.norm, model);
  return timesSeen(rest, model) > seen || (seen === 0 && before?.cue === "given");
}

/**
 * Where a person's name starts inside an organization or place span the tagger ran on into it
 * (البنك الدولي | مراد الزين; الريم | خالد المصري): a given name after a definite word that is no
 * title (جامعة الملك سعود stays whole) nor a given name itself; -1 when none.
 */
function personStartInside(infos: readonly TokenInfo[], from: number, to: number): number {
  for (let p = from + 1; p < to; p++) {
    const before = infos[p - 1]!;
    if (infos[p]!.cue === "given" && before.norm.startsWith("ال") && before.cue !== "given" && !isTitleWord(before)) return p;
  }
  return -1;
}

/**
 * A one-word mention that is a definite nisba adjective right after a definite common noun
 * (المستشفى الأهلي, the private hospital) qualifies that noun: no name. After a head or title word
 * (النادي الأهلي, الرئيس المصري) the pair may name something, and is left to the tagger.
 */
function isAdjectiveOfNoun(infos: readonly TokenInfo[], at: number): boolean {
  const before = infos[at - 1];
  if (!before || !DEFINITE_NISBA.test(infos[at]!.norm) || !DEFINITE.test(before.norm)) return false;
  return !before.cue && !isHeadWord(before.norm);
}

/**
 * A repeated masculine nisba (المسرحي, a name somewhere in the article) after a definite masculine
 * common noun (الاستثمار | المسرحي, the theatre investment; الدولي | المصري) is that noun's adjective
 * (isAdjectiveOfNoun) when the text shows its feminine (المسرحية): a family name has none (الشهيد |
 * الحارثي), nor does one after a feminine noun agree (الحكومة العراقية | العبادي).
 */
export function isAgreeingAdjectiveOfNoun(infos: readonly TokenInfo[], at: number, model: NerModel): boolean {
  const before = infos[at - 1];
  const nisba = infos[at]!;
  if (!before || !nisba.surface.endsWith(NISBA_YEH) || before.surface.endsWith(TEH_MARBUTA) || isStopword(before.norm) || before.norm === GOD) return false;
  return isAdjectiveOfNoun(infos, at) && timesSeen(nisba.norm + ARABIC_LETTER_HEH, model) > 0;
}

/** The feminine nisba ending (السعودية) and a sound feminine plural's (الشركات). */
const FEMININE_NISBA_END = "\u064A\u0629";
const FEMININE_PLURAL_END = "\u0627\u062A";

/**
 * A repeated feminine nisba (السعودية, a place somewhere in the article) right after a definite noun marked
 * feminine, singular or sound plural (الحكومة | السعودية ×3, Al Arabia; القنصلية | السعودية, okaz; الشركات | السعودية
 * ×3, alyaum; الحملة الوطنية | السعودية, aawsat; المبارزة | السعودية, aljazirah), agrees with it: that noun's adjective
 * (isAdjectiveOfNoun).
 */
export function isFeminineAdjectiveOfNoun(infos: readonly TokenInfo[], at: number): boolean {
  const before = infos[at - 1];
  if (!before || !infos[at]!.surface.endsWith(FEMININE_NISBA_END)) return false;
  return (before.surface.endsWith(TEH_MARBUTA) || before.surface.endsWith(FEMININE_PLURAL_END)) && isAdjectiveOfNoun(infos, at);
}

/**
 * Where a second place joined by و starts inside a location span (كاليفورنيا | وجيبوتي): a word whose
 * و is a clitic on evidence and whose rest starts a gazetteer name or began a name in training
 * (البوسنة والهرسك stays whole: الهرسك never starts one); -1 when none.
 */
function conjoinedPlaceInside(infos: readonly TokenInfo[], gz: readonly string[], from: number, to: number, model: NerModel): number {
  for (let p = from + 1; p < to; p++) {
    const t = infos[p]!;
    if (t.proclitic.startsWith("و") && (gz[p]!.startsWith("B-") || model.entityWordSet.has(t.core))) return p;
  }
  return -1;
}

/**
 * Where a place's own name starts inside a location span: at a place head word (وادي, مدينة,
 * محافظة) after a word that is none (سيول | وادي الريم, floods of Wadi al-Reem); -1 when none.
 */
function placeHeadInside(infos: readonly TokenInfo[], from: number, to: number): number {
  for (let p = from + 1; p < to - 1; p++) if (isPlaceHead(infos[p]!) && !isPlaceHead(infos[p - 1]!)) return p;
  return -1;
}

function isPlaceHead(t: TokenInfo): boolean {
  return LOC_CUES.has(t.norm) || LOC_CUES.has(t.core);
}

function isFacilityHead(t: TokenInfo): boolean {
  return FACILITY_HEADS.has(t.norm) || FACILITY_HEADS.has(t.core);
}

function isNamedOrgHead(t: TokenInfo): boolean {
  return NAMED_ORG_HEADS.has(t.norm) || NAMED_ORG_HEADS.has(t.core);
}

/** A head word the press writes as part of the name after it: landform, facility, or organization (نادي, شركة). */
function isNameHead(t: TokenInfo): boolean {
  return isLandformHead(t) || isNamedOrgHead(t);
}

/** An organization head in construct state, without its article (مؤسسة, وكالة, مستشفى): the name after it is the organization's. */
function isConstructOrgHead(t: TokenInfo): boolean {
  return (ORG_HEADS.has(t.core) || isNamedOrgHead(t)) && !t.core.startsWith("ال");
}

export const QUOTE_MARKS = /^["«»“”„'‘’]+$/;

/**
 * The و at `and` joins the second name of a dual place cue (إقليمي "تشجيانج" و "جيانجشي", the two
 * provinces; ولايتي كارناتاكا وكيرالا): the word before the first, one-word name is a place cue in
 * the dual construct (إقليمي ← إقليم, مدينتي ← مدينة).
 */
function isSecondOfDualPlaceCue(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], and: number): boolean {
  const firstName = wordBefore(tokens, and);
  const cue = firstName >= 0 ? infos[wordBefore(tokens, firstName)] : undefined;
  if (!cue || !cue.norm.endsWith("ي")) return false;
  const singular = cue.norm.slice(0, -1);
  return LOC_CUES.has(singular) || (singular.endsWith("ت") && LOC_CUES.has(singular.slice(0, -1) + "ه"));
}

/** Index of the word before token `at`, over quote marks; -1 at the sentence start. */
function wordBefore(tokens: readonly TaggerToken[], at: number): number {
  let k = at - 1;
  while (k >= 0 && QUOTE_MARKS.test(tokens[k]!.text)) k--;
  return k;
}

/** Heads a medium's name goes without (صحيفة | الوئام, وكالة | فرانس برس, قناة | العربية). */
export const MEDIA_HEADS = new Set(["صحيفه", "وكاله", "قناه", "اذاعه"]);

/**
 * A name with the head word right before it that is part of it: a landform or facility head before
 * a place (وادي | الريم, قطاع | غزة), a facility head before any name, which makes it a place (معبر |
 * إيريز, قاعة | رويال, ملعب | كوينز بارك), an organization head of NAMED_ORG_HEADS before any name,
 * which makes it an organization (نادي | نجران, شركة | كامبريدج أناليتكا, حركة | حماس), and any
 * organization head in construct before a field word tagged alone (لجنة | الاحتراف; isFieldWord).
 */
function nameWithHead(infos: readonly TokenInfo[], from: number, type: EntityType, isField = false): { from: number; type: EntityType } {
  const head = infos[from - 1];
  if (!head) return { from, type };
  if (type === "organization" && isField && isConstructOrgHead(head) && !MEDIA_HEADS.has(head.core)) return { from: from - 1, type };
  if (type === "location" && isLandformHead(head)) return { from: from - 1, type };
  if (isFacilityHead(head)) return { from: from - 1, type: "location" };
  if (isNamedOrgHead(head)) return { from: from - 1, type: "organization" };
  return { from, type };
}

/**
 * A definite word training never saw start a name (الاحتراف, professionalism; الدفاع, defence):
 * tagged an organization alone, it is the field of a body whose head is in construct before it
 * (لجنة | الاحتراف, وزارة | الدفاع), unlike a name of its own (وكالة | فرانس برس) or a
 * medium's (صحيفة | الوئام).
 */
export function isFieldWord(t: TokenInfo, model: NerModel): boolean {
  return t.core.startsWith("ال") && !model.entityWordSet.has(t.core) && !model.entityWordSet.has(t.norm);
}

/**
 * A head-led name (نادي العيون, قاعدة الرياض, مستشفى العيون) takes the definite nisba or name
 * adjective right after it (الرياضي, الجوية, العام) — not a place's adjective, which says whose
 * (قاعدة حميميم الروسية): the end `to` moved past it, or unchanged.
 */
export function withTailAdjective(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], to: number, model: NerModel): number {
  const next = infos[to];
  if (!next || !spaceAfter(text, tokens, to - 1)) return to;
  const isAdjective = (DEFINITE_NISBA.test(next.norm) && !isCountryAdjective(next.norm, model)) || NAME_TAIL_ADJECTIVES.has(next.norm);
  return isAdjective ? to + 1 : to;
}

/**
 * How many leading tokens of a person span are its role, not its name: title words and their
 * adjectives, a nationality behind ل, plain words and possessed plain words (نقيب المعلمين | ماهر الخطيب; المياه | ريم الخطيب; مدربه | فادي سلامة),
 * leaving at least one word of the name.
 */
function roleLength(infos: readonly TokenInfo[], from: number, to: number, model: NerModel): number {
  let k = from;
  while (k < to - 1 && (isRoleTitle(infos[k]!) || isPlainRoleWord(infos[k]!, model) || isPossessedPlainWord(infos[k]!, model) || TITLE_ADJECTIVES.has(infos[k]!.norm) || isNationalityBeforeName(infos[k]!, model))) k++;
  return k - from;
}

/**
 * A plain word that may be a role before a name: isPlainWord, but not by a clitic split that leaves a
 * function word when the training text tagged the whole word inside names (كوفي is no ك + وفي, واين
 * no و + اين, كولو no ك + ولو): a role is a noun, and such a foreign given name is a name (كوفي أنان,
 * واين روني). بأن and ولله, never inside a name there, stay out of it.
 */
function isPlainRoleWord(t: TokenInfo, model: NerModel): boolean {
  if (!isPlainWord(t, model)) return false;
  return model.plainWordSet.has(t.norm) || !isStopword(t.core) || !model.entityWordSet.has(t.norm);
}

/**
 * A nationality before a name (اليوناني | ألكسيس تسيبراس, الإثيوبي | أبي أحمد, البورمية | أونغ سان
 * سو تشي: no name opens with a country's nisba), also behind و (واليوناني | جانيس) or ل (للبوليفي |
 * فابيان, to the Bolivian Fabián).
 */
function isNationalityBeforeName(t: TokenInfo, model: NerModel): boolean {
  if (t.norm.startsWith("لل")) return isNationalAdjective("ا" + t.norm.slice(1), model);
  return isNationalAdjective(t.norm, model) || (t.core !== t.norm && isNationalAdjective(t.core, model));
}

/**
 * Index of the token a person's role begins at: the furthest title word (isRoleHead) within
 * MAX_ROLE_WORDS words before the name, over Arabic words only — punctuation, a reporting verb, a
 * given name or another person's mention ends the look back (الوزير | المياه ريم; وقال | نقيب
 * المعلمين | ماهر الخطيب); `from` when there is none.
 */
function roleStart(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], from: number, out: readonly Candidate[]): number {
  let start = from;
  for (let k = from - 1; k >= 0 && from - k <= MAX_ROLE_WORDS; k--) {
    const t = infos[k]!;
    const isOtherPerson = out.some((s) => s.type === "person" && s.start < tokens[k]!.end && tokens[k]!.start < s.end);
    if (!ARABIC_LETTERS_ONLY.test(t.norm) || REPORTING_VERB.test(t.norm) || t.cue === "given" || t.cue === "never" || isOtherPerson) break;
    if (isRoleHead(t)) start = k;
  }
  return start;
}

/** Most words of a role given before a name (مدير دائرة الأرصاد الجوية). */
const MAX_ROLE_WORDS = 4;

/** A title word, also in the construct state that drops its article (نقيب المعلمين ← النقيب, مدير ← المدير). */
function isRoleHead(t: TokenInfo): boolean {
  return isRoleTitle(t) || PERSON_CUES.has("ال" + t.core);
}

/** A title word of the tagger's list or one it lacks (LATE_TITLES: دكتور, الشهيد). */
function isRoleTitle(t: TokenInfo): boolean {
  return isTitleWord(t) || LATE_TITLES.has(t.norm) || LATE_TITLES.has(t.core);
}
/** A name's head word is strong evidence for its type, the same in every article (وادي الريم is a place). */
const HEAD_VOTES = 3;

function addHeadVotes(head: { core: string; norm: string }, evidence: Candidate["evidence"]): void {
  if (LOC_CUES.has(head.core) || LOC_CUES.has(head.norm)) evidence.location = (evidence.location ?? 0) + HEAD_VOTES;
  else if (ORG_HEADS.has(head.core) || ORG_HEADS.has(head.norm)) evidence.organization = (evidence.organization ?? 0) + HEAD_VOTES;
}

/**
 * «السيول» (the floods) is not «سيول» (Seoul): a one-word place whose gazetteer entry has no article
 * is no place with one, unless training saw it starting a name.
 */
function isArticleOnGazetteerWord(core: string, model: NerModel): boolean {
  if (!core.startsWith("ال") || model.entityWordSet.has(core)) return false;
  const oneWord = (w: string) => model.resources.gazetteer.byFirst.get(w)?.some((e) => e.words.length === 1) ?? false;
  return !oneWord(core) && oneWord(core.slice(2));
}

/**
 * A mention that is a currency's whole name (CLDR, in the gazetteer: ريال سعودي, جنيه إسترليني, دولار
 * أمريكي), its first word maybe in the accusative (دولارا أمريكيا), is a common noun phrase, no
 * organization or club; ريال مدريد is none.
 */
export function isCurrencyName(infos: readonly TokenInfo[], from: number, to: number, model: NerModel): boolean {
  if (to - from < 2) return false;
  const words = infos.slice(from, to).map((t, j) => withoutAccusativeAlef(j === 0 ? t.core : t.norm));
  const entries = model.resources.gazetteer.byFirst.get(words[0]!);
  return entries?.some((e) => e.type === "CUR" && e.words.length === words.length && e.words.every((w, j) => w === words[j])) ?? false;
}

/**
 * Adjectives that follow a title or a team (الرئيس المكلف, الفريق الأول, نائبه الثاني; the staff
 * qualifier of a rank: اللواء ركن, العقيد الركن): never a name alone, and part of a role before one.
 */
export const TITLE_ADJECTIVES = new Set(["السابق", "الاسبق", "الحالي", "الجديد", "المكلف", "الاول", "الثاني", "الثالث", "الاخير", "ركن", "الركن"]);

/**
 * A one-word definite person mention right after a title in the construct state (ولي | العهد,
 * رئيس | الوزراء, نائب | الرئيس) completes the title: no person. One-letter titles (د) are abbreviations.
 */
export function isComplementOfTitle(infos: readonly TokenInfo[], at: number): boolean {
  const before = infos[at - 1];
  if (!before || !infos[at]!.norm.startsWith("ال") || before.norm.startsWith("ال") || before.norm.length < 2) return false;
  return PERSON_CUES.has(before.norm);
}

/** The alef of the indefinite accusative (دولارا, a dollar): cut before looking a currency up. */
export const ACCUSATIVE_ALEF = /(?<=[\u0621-\u064A]{3})ا$/;
/** `word` without ACCUSATIVE_ALEF; a word not ending in ا (most) without the regex. */
const withoutAccusativeAlef = (word: string): string => (word.endsWith("ا") ? word.replace(ACCUSATIVE_ALEF, "") : word);

/**
 * A currency's first word (دولار of دولار أمريكي, CLDR), also with the article (الدولار): a common noun, not a name.
 * A definite one the tagger reads as an organization is left to it: sports pages call clubs by such a word
 * (الريال for Real Madrid in «المدير الفني للريال زيدان»).
 */
function isCurrencyWord(core: string, model: NerModel, type: string | undefined): boolean {
  const isCurrency = (w: string) => model.resources.gazetteer.byFirst.get(w)?.some((e) => e.type === "CUR") ?? false;
  return isCurrency(core) || (core.startsWith("ال") && type !== "organization" && isCurrency(core.slice(2)));
}

/** The article form of a word seen this many times as often as the word itself marks a common noun. */
const ARTICLE_FORM_RATIO = 2;

/**
 * «سيول جارفة» (sweeping floods) is no place: a one-word place without the article whose article
 * form (السيول) the unlabeled and training text shows ARTICLE_FORM_RATIO times as often is a common noun.
 */
function takesTheArticle(core: string, model: NerModel): boolean {
  if (core.startsWith("ال")) return false;
  const definite = timesSeen("ال" + core, model);
  return definite > 0 && definite >= ARTICLE_FORM_RATIO * Math.max(1, timesSeen(core, model));
}

/** `X، أكبر مدن Y` / `X، عاصمة Y`: the tokens after a mention ending at `to` describe a place. */
export function isPlaceApposition(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], to: number): boolean {
  const head = tokens[to];
  const isComma = head && isListComma(head.text);
  const at = isComma ? to + 1 : to;
  const first = tokens[at];
  if (!first || (!isComma && !/[،,]\s*$/.test(text.slice(tokens[to - 1]!.end, first.start)))) return false;
  const w = infos[at]!.core;
  if (PLACE_APPOSITION_HEADS.has(w)) return true;
  const next = infos[at + 1];
  return SUPERLATIVES.has(w) && next !== undefined && SETTLEMENT_WORDS.test(next.core);
}
