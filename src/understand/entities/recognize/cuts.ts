/**
 * Words cut off persons' and organizations' mentions: words after a family name, clitic nouns, prepositional and
 * outlet tails, proclitics, listed last words and conjunctions; given names in persons' lists.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import { procliticSplits, tokenInfo } from "../features.js";
import { endMentionBefore, laterWords } from "../mention-words.js";
import { GIVEN_NAMES, KNOWN_ORGANIZATIONS, ORG_HEADS } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import { firstWord } from "../../../arabic/code-units.js";
import type { Candidate } from "./candidate.js";
import { timesSeen, overlapsAny, sortByStart, CUE_VOTES } from "./shared.js";
import { ALEF_LAM, isPlainWord, isPossessedPlainWord, isHeadWord, isTitleWord, PRESENT_VERB_START } from "./words.js";
import { MIN_NAME_CORE } from "./proclitics.js";
import { nameAfterConjunction } from "./organization-widenings.js";
import { verbEvidence } from "./tag-runs.js";

/** Second words of compound given names written apart (زين العابدين, عز الدين, ضيف الله, عبد الله). */
export const COMPOUND_NAME_SECONDS = new Set(["الدين", "العابدين", "الله"]);

/** Most words of a full name whose last word counts as a family name (محمد صلاح, عبد الله بن سالم). */
const MAX_FULL_NAME_WORDS = 4;

/**
 * A two-word person mention whose first word is the family name of a person the article names in
 * full (صلاح of محمد صلاح, توخيل of توماس توخيل) and whose second is a plain word, possessed or not
 * (صلاح | يلعب, صلاح | هدفه, صلاح | ويقول), is that family name and a word the tagger ran on into: the
 * article's full name (of at most MAX_FULL_NAME_WORDS words: a longer run may be a list of names, أكرم
 * شهيب هنري | حلو) is the evidence that the name ended. A given name or a definite word after it stays.
 */
export function cutWordsAfterFamilyNamesInDocument(spans: Candidate[], model: NerModel): void {
  const familyNames = new Set<string>();
  const cuttable: { span: Candidate; first: string }[] = [];
  for (const s of spans) {
    const words = s.type === "person" ? s.text.split(/\s+/) : [];
    if (words.length < 2) continue;
    const first = normalizeArabic(words[0]!);
    if (words.length === 2 && isWordAfterName(words[1]!, model)) {
      cuttable.push({ span: s, first });
      continue;
    }
    // A longer run may be a list of names the tagger ran over (أكرم شهيب هنري | حلو).
    if (words.length <= MAX_FULL_NAME_WORDS) familyNames.add(normalizeArabic(words[words.length - 1]!));
    // East Asian names lead with the family name (كيم of كيم جونغ أون); a given name leads Arabic ones.
    if (words.length >= 3 && words.length <= MAX_FULL_NAME_WORDS && tokenInfo(words[0]!, model.resources).cue !== "given") familyNames.add(first);
  }
  for (const { span, first } of cuttable) {
    if (!familyNames.has(first)) continue;
    const word = firstWord(span.text);
    span.end = span.start + word.length;
    span.text = word;
  }
}

/** A conjunction or preposition fused to the article (للمخرج, والزميل, بالظهيرين, فالمحاسب). */
const CLITIC_BEFORE_ARTICLE = /^(?:[وف][بك]?ال|[بك]ال|[وف]?لل)/;
/** Fewest times the word table must show the article form of such a word for it to be a common noun (الزميل 7, الملا 3). */
export const MIN_COMMON_ARTICLE_FORM = 3;
/** A word a name goes on with after its first (بن, أبو), or an article: the first word was a name (للحبيب بن محرز, للشاذلي العرفاوي). */
const NAME_GOES_ON = /^(?:ال|بن$|ابن$|بنت$|ابو$)/;
/** A military rank's adjective, written after the rank without the article (عريف أول, ملازم ثان). */
const RANK_ADJECTIVE = /^(?:اول|ثان|ثاني)$/;

/**
 * A person mention's first word that is a conjunction or preposition fused to a definite common noun is a role or a
 * phrase the tagger ran into, not the name (للمخرج | كريم الدريدي, والزميل | جيمس أندريه, للشركة | لاري بيدج,
 * والمحاسب | صالح الموسى, للمهرجان | عبد العزيز المهوس): the word table shows its article form (المخرج, الزميل)
 * MIN_COMMON_ARTICLE_FORM times or more, and the clitic was cut on no name's evidence (its core is the word itself, or
 * a head's or title's cue); a rank's adjective goes with it (والعريف أول | خالد محمد الشحي). Kept: a given name, a foreign name read whole (بالدوين, والتر: their article forms are unseen), and
 * a first word a lineage word or a definite family name follows (للحبيب بن محرز, للشاذلي العرفاوي).
 */
export function cutCliticNounsOffPersons(spans: Candidate[], model: NerModel): void {
  for (const s of spans) {
    if (s.type !== "person") continue;
    const gap = /\s+/.exec(s.text);
    if (!gap) continue;
    const t = tokenInfo(s.text.slice(0, gap.index), model.resources);
    if (t.cue === "given" || !CLITIC_BEFORE_ARTICLE.test(t.norm)) continue;
    const bare = t.norm.replace(/^[وف]/, "");
    const articleForm = bare.startsWith("لل") ? "ا" + bare.slice(1) : bare.replace(/^[بك](?=ال)/, "");
    if (!articleForm.startsWith("ال") || timesSeen(articleForm, model) < MIN_COMMON_ARTICLE_FORM) continue;
    if (t.core !== t.norm && !t.cue) continue;
    let rest = s.text.slice(gap.index + gap[0].length);
    if (NAME_GOES_ON.test(normalizeArabic(firstWord(rest)))) continue;
    // A rank's adjective after the noun stays with it (والعريف أول | خالد الشحي).
    const next = /\s+/.exec(rest);
    if (next && RANK_ADJECTIVE.test(normalizeArabic(rest.slice(0, next.index)))) rest = rest.slice(next.index + next[0].length);
    s.start = s.end - rest.length;
    s.text = rest;
  }
}

/** A preposition ب or ل fused to the article, after a conjunction or not (بالتوازي, للتنمية, وبالشامبو). */
const PREPOSITION_BEFORE_ARTICLE = /^[وف]?(?:بال|لل)[\u0621-\u064A]{3,}$/;

/**
 * A person mention's later word that is the preposition ب or ل fused to a definite name or noun ends the name: the
 * tagger ran on into a phrase (أحمد بن دغر | للجزيرة, France24 twice; عبدالعزيز | للحجاز, ليبيرتاد | بالباراغواي,
 * aljazirah). After ب the word's article form is a gazetteer name or seen MIN_COMMON_ARTICLE_FORM times or more;
 * after ل it is a gazetteer name or an entity word, since a field noun there names an institution for the person
 * (ماجد للتنمية المجتمعية, مستشفى الملك خالد للحرس الوطني: left to the institution rules). The word itself is no
 * entity word or given name, and a foreign name read whole stays (إليك بالدوين, كريستال بالاس: article forms unseen
 * or too short). A gazetteer place cut after ب is a place of its own (الباراغواي).
 */
export function cutPrepositionalTailsOffPersons(text: string, spans: Candidate[], model: NerModel): void {
  const places: Candidate[] = [];
  for (const s of spans) {
    if (s.type !== "person") continue;
    for (const word of laterWords(s)) {
      const norm = word.norm;
      if (!PREPOSITION_BEFORE_ARTICLE.test(norm) || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm)) continue;
      const bare = norm.replace(/^[وف]/, "");
      const articleForm = bare.startsWith("لل") ? "ا" + bare.slice(1) : bare.slice(1);
      const isPlace = model.resources.gazetteer.byFirst.has(articleForm) || model.resources.gazetteer.byFirst.has(articleForm.slice(ALEF_LAM.length));
      // After ل a field noun names an institution for the person (ماجد للتنمية المجتمعية, مستشفى الملك خالد للحرس الوطني): no cut.
      if (bare.startsWith("لل") ? !isPlace && !model.entityWordSet.has(articleForm) : !isPlace && timesSeen(articleForm, model) < MIN_COMMON_ARTICLE_FORM) continue;
      const wordEnd = word.start + word.text.length;
      if (isPlace && bare.startsWith("ب")) {
        const placeStart = wordEnd - articleForm.length;
        places.push({ type: "location", text: text.slice(placeStart, wordEnd), start: placeStart, end: wordEnd, evidence: { location: CUE_VOTES } });
      }
      endMentionBefore(text, s, word.start);
      break;
    }
  }
  for (const p of places) if (!overlapsAny(spans, p.start, p.end)) spans.push(p);
  if (places.length) sortByStart(spans);
}

/** ل or ب (a conjunction before it or not) fused to an outlet's indefinite head: لشبكة, لقناة, لصحيفة, بموقع, ولوكالة. */
const PREPOSITION_BEFORE_OUTLET = /^[وف]?[لب](?:شبك|قنا|صحيف|وكال|مجل|اذاع)[ةه]$|^[وف]?[لب](?:موقع|تلفزيون)$/u;

/**
 * A person mention's later word that is ل or ب fused to an outlet's head ends the name: the tagger ran on from a speaker
 * into the outlet he spoke to or wrote for (ستيفاني كليفورد | لشبكة (إيه.بي.سي), SkyNews; …). No given or family name is
 * so shaped; the outlet itself is left to the rules that read it.
 */
export function cutOutletPhrasesOffPersons(text: string, spans: Candidate[]): void {
  for (const s of spans) {
    if (s.type !== "person") continue;
    for (const word of laterWords(s)) {
      if (!PREPOSITION_BEFORE_OUTLET.test(word.norm)) continue;
      endMentionBefore(text, s, word.start);
      break;
    }
  }
}

/**
 * A plain word, possessed or not, an indefinite accusative (زخما) or a dual or plural verb (يتبادلان,
 * سيواصلان), that is no given name and not definite: no name's second word after a family name.
 */
export function isWordAfterName(word: string, model: NerModel): boolean {
  const t = tokenInfo(word, model.resources);
  if (t.cue === "given" || t.norm.startsWith("ال") || model.entityWordSet.has(t.norm)) return false;
  return isPlainWord(t, model) || isPossessedPlainWord(t, model) || INDEFINITE_ACCUSATIVE.test(t.norm) || DUAL_OR_PLURAL_VERB.test(t.norm);
}

/** An indefinite accusative's shape (زخما, اهتماما): after a family name the article gave, no name. */
const INDEFINITE_ACCUSATIVE = /^[\u0621-\u064A]{3,}ا$/;
/** A dual or plural present verb's shape (يتبادلان, سيواصلان, يقولون). */
const DUAL_OR_PLURAL_VERB = /^س?[يت][\u0621-\u064A]{2,}(?:ان|ون)$/;

/**
 * A mention whose first word is a conjunction or preposition + a word another mention of the same
 * article starts with (لبيونغيانغ beside بيونغيانغ, ومايك بومبيو beside مايك بومبيو, بالكروازيت
 * beside الكروازيت) loses that proclitic: the article's own mention is the evidence the model's
 * counts lacked for a rare name. The whole word stays when training saw it start a name or it is a
 * given name (وليد, فادي), and a fused لل is left to the name form (merge.ts).
 */
export function cutProcliticsOfNamesInDocument(text: string, spans: Candidate[], model: NerModel): void {
  const firstWordOf = (s: string) => normalizeArabic(firstWord(s));
  const firstWords = new Set(spans.map((s) => firstWordOf(s.text)));
  for (const s of spans) {
    const word = firstWord(s.text);
    const norm = normalizeArabic(word);
    // Marks or compatibility forms: offsets into the word would not line up.
    if (norm.length !== word.length || model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm)) continue;
    const split = procliticSplits(norm).find((p) => !p.proclitic.endsWith("لل") && p.core.length >= MIN_NAME_CORE && firstWords.has(p.core));
    if (!split) continue;
    s.start += split.proclitic.length;
    s.text = text.slice(s.start, s.end);
  }
}

/** Fewest words of a person's name before a last و-word for the و to end the name (a given and a family name). */
const MIN_NAME_BEFORE_LISTED_LAST = 2;
/** A present verb's first letter (يسرد, تتعرض): an unseen word so shaped after a list's و is no name by that alone. */
const IMPERFECT_PREFIX = /^[يتن]/;

/**
 * A person mention whose last word is و + a word, after two or more words of name, ran over a list: the name ends before
 * the و (سيباستيان ساشا | وغاستون, aljazirah; كريم بنزيمة | وكاسيميرو, SkyNews; رافايل فاران | وإيسكو, France24; خالد
 * الحازمي | وضاري, aljazirah; أحمد المولد | وغالب, arriyadiyah; جورج بست | وإيريك, alriyadh), and the word after it is
 * the next person's mention when it is a given name, a word training saw start a name, or one of four letters or more
 * the text never showed and not shaped as a present verb (عبدالرحمن الوابلي | ويسرد: the name ends, يسرد is no one).
 * The whole word stays when it is a given name or training saw it start a name (سعد الله ونوس, محمد وليد).
 */
export function splitPersonsAtListedLastWords(text: string, spans: Candidate[], model: NerModel): void {
  const added: Candidate[] = [];
  for (const s of spans) {
    if (s.type !== "person") continue;
    const cut = s.text.lastIndexOf(" ");
    if (cut < 0) continue;
    const last = s.text.slice(cut + 1);
    const norm = normalizeArabic(last);
    const before = normalizeArabic(s.text.slice(0, cut)).split(" ");
    if (norm.length !== last.length || before.length < MIN_NAME_BEFORE_LISTED_LAST) continue;
    // A compound given name alone is one name's first word (سعد الله | ونوس, عبد الودود | وحيدي).
    if (before.length === MIN_NAME_BEFORE_LISTED_LAST && (COMPOUND_NAME_SECONDS.has(before[1]!) || before[0] === "عبد")) continue;
    const rest = nameAfterConjunction(norm, model);
    if (rest === null) continue;
    const restStart = s.start + cut + 2;
    s.end = s.start + cut;
    s.text = text.slice(s.start, s.end);
    const info = tokenInfo(rest, model.resources);
    const isUnseenName = timesSeen(rest, model) === 0 && rest.length > MIN_NAME_CORE && !IMPERFECT_PREFIX.test(rest);
    const isName = info.cue === "given" || model.entityWordSet.has(rest) || GIVEN_NAMES.has(rest) || isUnseenName;
    if (isName && !isPlainWord(info, model) && !isStopword(rest)) added.push({ type: "person", text: text.slice(restStart, restStart + rest.length), start: restStart, end: restStart + rest.length, evidence: {} });
  }
  if (!added.length) return;
  spans.push(...added);
  sortByStart(spans);
}

/**
 * An organization mention whose last word is و + a word that joins no name's field ran over the sentence: the mention ends
 * before the و. Such a word lacks the article (البنك المركزي | وإجبار, SkyNews; حزب الرابطة | وحزب, BBC; معهد الإبداع |
 * وريادة, aljazirah) or, definite, is a title, a head, a cue or a stopword (وزارة العمل | والدكتور: aawsat, almadina,
 * alriyadh, okaz; الشركة السعودية للكهرباء | والتي, aljazirah; الهيئة الوطنية للحياة الفطرية | والمؤسسة: almadina,
 * alriyadh, alwatan; وزارة الصحة | والأمانة, alriyadh). A field stays (وزارة الثقافة والإعلام, هيئة الغذاء والدواء), and
 * so does a double و (هيومن رايتس ووتش). The word cut off is a body of its own when, without the و, it is an organization
 * the article names alone or a known one (lexicon.ts): a list of bodies the tagger ran together (ريال | وليفربول, مانشستر
 * سيتي | وتشيلسي: SkyNews, BBC; ent131), which the cut otherwise left unnamed.
 */
export function cutListedWordsOffOrganizations(text: string, spans: Candidate[], model: NerModel): void {
  const cutOnes = new Set<Candidate>();
  const conjoined: Candidate[] = [];
  let named: ReadonlySet<string> | null = null;
  for (const s of spans) {
    if (s.type !== "organization") continue;
    const cut = s.text.lastIndexOf(" ");
    if (cut < 0) continue;
    const norm = normalizeArabic(s.text.slice(cut + 1));
    if (!norm.startsWith("و") || norm.startsWith("وو") || norm.length - 1 < MIN_NAME_CORE) continue;
    const info = tokenInfo(norm.slice(1), model.resources);
    if (info.norm.startsWith("ال")) {
      if (!isTitleWord(info) && !isHeadWord(info.norm) && !isStopword(info.norm) && !ORG_HEADS.has(info.norm.slice(2))) continue;
    } else if (model.entityWordSet.has(norm) || timesSeen(info.norm, model) <= timesSeen(norm, model)) continue; // a foreign word's own و (جامعة ويتشيتا, مولدية وهران)
    const wordStart = s.start + cut + 1;
    const wordEnd = s.end;
    s.end = s.start + s.text.slice(0, cut).trimEnd().length;
    s.text = text.slice(s.start, s.end);
    cutOnes.add(s);
    named ??= organizationsNamedAlone(spans);
    if (named.has(norm.slice(1)) && norm.length === wordEnd - wordStart) conjoined.push({ type: "organization", text: text.slice(wordStart + 1, wordEnd), start: wordStart + 1, end: wordEnd, evidence: {} });
  }
  // What is left of a list of bodies may be a head alone (المنظمة | والمركز), no name.
  for (let i = spans.length - 1; i >= 0; i--) if (cutOnes.has(spans[i]!) && isHeadWord(normalizeArabic(spans[i]!.text))) spans.splice(i, 1);
  if (conjoined.length === 0) return;
  spans.push(...conjoined);
  sortByStart(spans);
}

/** Known organizations of one word (lexicon.ts), as normalized. */
const ONE_WORD_KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set(KNOWN_ORGANIZATIONS.filter((n) => !n.includes(" ")));

/** The one-word organizations the article names alone (its mentions of one word) and the known ones, as normalized. */
function organizationsNamedAlone(spans: readonly Candidate[]): ReadonlySet<string> {
  const named = new Set(ONE_WORD_KNOWN_ORGANIZATIONS);
  for (const s of spans) if (s.type === "organization" && !/\s/.test(s.text)) named.add(normalizeArabic(s.text));
  return named;
}

/** A list's joint after a name: و or a comma, spaces around (ناصر الحازمي | وعيد العتيبي | وأسامة). */
const LIST_JOINT_AFTER = /^[ \u00A0]*(?:[،,]|[ \u00A0]و)/u;
/** The و-word right before a mention, spaces between, and the spaces before it: the text before the mention ends so. */
const CONJOINED_WORD_BEFORE = /[ \u00A0]+(و[\u0621-\u064A]+)[ \u00A0]+$/u;

/**
 * Inside a list of persons — a person mention right before the و-word, a list joint after the mention — a one-word
 * person mention after و + a word takes that word as its given name (ناصر الحازمي وعيد | العتيبي وأسامة العتيبي: alyaum,
 * aljazirah; جمال زيدان ولخضر | بلومي و علي فرقاني, Alarabia; الكسندر ماطوسيان واغوب | ترزيان وايلي الفرزلي, Alarabia;
 * عبدالعزيز الجبرين وشايع | شراحيلي وأدريان, arriyadiyah): the list names one person at each joint. Not a title, a
 * stopword, a definite word, a possessed word (وزوجته ميلانيا) or a verb's shape, nor a whole word a name starts with.
 */
export function addGivenNamesInPersonLists(text: string, spans: Candidate[], model: NerModel): void {
  const personEnds = new Set(spans.filter((s) => s.type === "person").map((s) => s.end));
  for (const s of spans) {
    if (s.type !== "person" || s.text.includes(" ") || !LIST_JOINT_AFTER.test(text.slice(s.end, s.end + 4))) continue;
    const before = CONJOINED_WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 30), s.start));
    if (before === null) continue;
    const wordStart = s.start - before[0].length + before[0].indexOf(before[1]!);
    if (!followsMention(text, wordStart, personEnds)) continue;
    const norm = normalizeArabic(before[1]!);
    if (norm.length !== before[1]!.length) continue;
    const rest = nameAfterConjunction(norm, model);
    if (rest === null || !isListedGivenName(rest, model)) continue;
    s.start = wordStart + 1;
    s.text = text.slice(s.start, s.end);
  }
}

function isListedGivenName(rest: string, model: NerModel): boolean {
  const t = tokenInfo(rest, model.resources);
  if (t.cue === "given") return true;
  return !rest.startsWith("ال") && !PRESENT_VERB_START.test(rest) && !isTitleWord(t) && !isHeadWord(rest) && !isStopword(rest) && !isPossessedPlainWord(t, model) && verbEvidence(t, model) === "";
}

/** A hamza on alif, which no name's word starting with و has next (وإدموند is و + إدموند; وائل has none). */
const HAMZA_ON_ALIF = /^[أإآ]/;

/**
 * A mention whose first word is و + a name loses the و when it is a list's next name: right after
 * another mention, a space apart (ساديو ماني | وجورجينيو فينالدوم, Alarabia; توم كروز وسايمون بيج |
 * وجيريمي رينر, aleqtisadiya; عادل رامي | وتيموثي كولودتشياك, was; كيفين دى بروين | ورهيم سترلينغ, BBC;
 * كريستيانو رونالدو | وسيرخيو راموس, SkyNews; العراق | والشام, CNN, alwatan), or when no name could start
 * with the rest as written (وإدموند فيلبس, Alarabia; وإيان راش, SkyNews). After a mention the rest has more
 * than MIN_NAME_CORE letters or is a given name (دانا | وايت is no و + ايت). The whole word stays when it is a
 * given name or training saw it start a name (وليد, وائل), and so does a double و (وودي).
 */
export function cutConjunctionsOfListedNames(text: string, spans: Candidate[], model: NerModel): void {
  const adjacentEnds = new Set<number>();
  for (const s of spans) adjacentEnds.add(s.end);
  for (const s of spans) {
    const word = firstWord(s.text);
    const norm = normalizeArabic(word);
    if (norm.length !== word.length) continue;
    const rest = nameAfterConjunction(norm, model);
    if (rest === null) continue;
    const isListed = followsMention(text, s.start, adjacentEnds) && (rest.length > MIN_NAME_CORE || tokenInfo(rest, model.resources).cue === "given");
    if (!isListed && !HAMZA_ON_ALIF.test(word.slice(1)) && !isUnseenConjoinedPerson(s, text, norm, rest, model)) continue;
    s.start += 1;
    s.text = text.slice(s.start, s.end);
  }
}

/** A name's first letter after a conjunction that no و-name of the word table has next: no alif, ي or و (وايلد, ويليام, وودي), no article (والتر). */
const NOT_AFTER_NAME_WAW = /^(?:ال|[اىيو])/u;

/**
 * A person mention of two words or more whose first word is و + a name the word table never saw whole (its count 0),
 * whose rest starts with a letter no و-name has next (NOT_AFTER_NAME_WAW) and which has evidence of its own: the rest is
 * a given name, or the article writes it elsewhere as a word of its own. A list's name, the one before it missed
 * (فيليب لام | وباستيان شفاينشتايغر, SkyNews; صامويل أومتيتي | وبنجامين بافار, Al Arabia; ورافائيل فاران, ودافيد سيلفا,
 * وساديو ماني, وجوردان هندرسون, وسيرخيو أغويرو: SkyNews, France24, BBC, CNN over the pool). Foreign و-names read whole stay
 * (والتر, وارن, وايلد, ويلبيك), and so does a name with no such evidence (ونستون بيترز, ولسون: a name never loses its
 * first letter on a guess).
 */
function isUnseenConjoinedPerson(s: Candidate, text: string, norm: string, rest: string, model: NerModel): boolean {
  if (s.type !== "person" || !/\s/u.test(s.text) || timesSeen(norm, model) !== 0 || NOT_AFTER_NAME_WAW.test(rest)) return false;
  return tokenInfo(rest, model.resources).cue === "given" || standsAloneIn(normalizeArabic(text), rest);
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Whether `word` occurs in `folded` as a whole word (no letter or mark right before or after it). */
function standsAloneIn(folded: string, word: string): boolean {
  for (let i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
    const before = i === 0 ? "" : folded[i - 1]!;
    const after = folded[i + word.length] ?? "";
    if (!LETTER_OR_MARK.test(before) && !LETTER_OR_MARK.test(after)) return true;
  }
  return false;
}

/** Whether a mention ends right before `start`, spaces apart. */
function followsMention(text: string, start: number, ends: ReadonlySet<number>): boolean {
  let k = start;
  while (k > 0 && (text[k - 1] === " " || text[k - 1] === "\u00A0")) k--;
  return k < start && ends.has(k);
}

/** A nisba's ending (عربي, عربية): a name's last word (بي بي سي عربي, سكاي نيوز عربية), whatever the word table says. */
const NISBA_ENDING = /(?:ي|يه)$/;
/** A preposition, conjunction or article fused before a word (بشأن, لضمان, والتعليم): a field's or a phrase's, not a glued word's. */
const FUSED_CLITIC = /^(?:[وفبلك]|ال)/;

/**
 * An organization mention whose last word is a stopword, a plain word (training almost never saw it in a name) or a
 * future verb, and whose other words are another organization mention of the article exactly, is that organization and
 * a word the tagger ran on into: الاتحاد الأوروبي | عن (France24 ×6), الاتحاد الأوروبي | دون (BBC ×5), يوفنتوس | ليس
 * (SkyNews), الاتحاد الأوروبي | سوف (aawsat), البنك المركزي | مؤخرا (CNN), الاتحاد الأوروبي | سيواصل (BBC). The article's
 * shorter mention is the evidence that the name ended. Kept: an entity word or given name, a word with a clitic or the
 * article (a field: للهجرة, والتعليم), a nisba's ending (بي بي سي عربي).
 */
export function cutWordsAfterOrganizationsInDocument(text: string, spans: Candidate[], model: NerModel): void {
  const organizations = new Set(spans.filter((s) => s.type === "organization").map((s) => normalizeArabic(s.text)));
  for (const s of spans) {
    if (s.type !== "organization") continue;
    const cut = s.text.lastIndexOf(" ");
    if (cut < 0 || !organizations.has(normalizeArabic(s.text.slice(0, cut).trimEnd()))) continue;
    const norm = normalizeArabic(s.text.slice(cut + 1));
    if (!isWordGluedAfterName(norm, model)) continue;
    endMentionBefore(text, s, s.start + cut + 1);
  }
}

/** A word no name ends with after a name the article already gave whole (isStopword, plain, a future verb); see above. */
function isWordGluedAfterName(norm: string, model: NerModel): boolean {
  if (model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm) || NISBA_ENDING.test(norm)) return false;
  if (isStopword(norm)) return true;
  if (FUSED_CLITIC.test(norm)) return false;
  return model.plainWordSet.has(norm) || (FUTURE_PREFIX.test(norm) && model.plainWordSet.has(norm.slice(1)));
}
/** The future's س before a present verb (سيواصل). */
const FUTURE_PREFIX = /^س[يتن]/;

/**
 * Particles no organization's or person's name ends with (عن, دون, التي …); the letters foreign names are spelt with
 * (في of تي في, إن of سي إن إن, أو, أي, لا, لو) and words that are family names (علي, إمام, خلف, تحت) are not among them.
 */
const PARTICLES_AFTER_NAMES = new Set(["عن", "دون", "هو", "هي", "بل", "التي", "الذي", "الذين", "سوف", "قد", "لم", "لن", "ليس", "اليه", "له"]);
/** A present verb's first letter for this rule: ي, ت (ن and the first person's ا open too many names: نمور, آزال, أسلم). */
const PRESENT_THIRD_PERSON = /^[يت]/;
/** The future's س before a present verb; its stem of at least MIN_FUTURE_STEM letters (سيري, سنرى are names or too short to tell). */
const FUTURE_VERB = /^س[يتن]/;
const MIN_FUTURE_STEM = 4;

/**
 * An organization or person mention whose last word is a particle (PARTICLES_AFTER_NAMES), a present verb training
 * saw with other prefixes (verbEvidence strong or future: البنك المركزي | يدرك, منظمة | تعمل, بومبيو | يشكر) or
 * س + such a verb (القرار | سينعكس, الاتحاد الأوروبي | سيستجيب, جوجل إيرث | سيكتشف) ends before it, whether or not
 * the article gives the shorter name alone (cutWordsAfterOrganizationsInDocument needs that). A given name, an entity
 * word or a listed name is never cut (يحيى, تيسير). A person's verb cut (يزيد is a verb and a family name), and an
 * organization's whose future verb has only weak evidence, need the rest named alone, same type, in the article (مارك سيلبي, محمد سيمسك, بيار سينيس are
 * names).
 */
export function cutVerbsAndParticlesOffNames(text: string, spans: Candidate[], model: NerModel): void {
  const alone = new Set(spans.map((s) => s.type + ":" + normalizeArabic(s.text)));
  for (const s of spans) {
    if (s.type !== "organization" && s.type !== "person") continue;
    const cut = s.text.lastIndexOf(" ");
    if (cut < 0) continue;
    const norm = normalizeArabic(s.text.slice(cut + 1));
    const kind = verbOrParticleAfterName(norm, s.type, model);
    if (kind === "") continue;
    if (kind === "cut if named alone" && !alone.has(s.type + ":" + normalizeArabic(s.text.slice(0, cut).trimEnd()))) continue;
    endMentionBefore(text, s, s.start + cut + 1);
  }
}

/** Whether `norm`, a particle, a present or a future verb, ends a name off: always, or when the rest is named alone (see above). */
function verbOrParticleAfterName(norm: string, type: string, model: NerModel): "cut" | "cut if named alone" | "" {
  if (model.entityWordSet.has(norm) || GIVEN_NAMES.has(norm)) return "";
  if (PARTICLES_AFTER_NAMES.has(norm)) return "cut";
  const t = tokenInfo(norm, model.resources);
  if (t.cue === "given") return "";
  if (PRESENT_THIRD_PERSON.test(norm) && isStrongVerb(verbEvidence(t, model))) return type === "organization" ? "cut" : "cut if named alone";
  if (!FUTURE_VERB.test(norm) || norm.length - 1 < MIN_FUTURE_STEM) return "";
  const stem = norm.slice(1);
  const evidence = verbEvidence(tokenInfo(stem, model.resources), model);
  // The stem's own future form is the word itself: the future evidence would be circular (سيلفا).
  if (model.plainWordSet.has(stem) || evidence === "strong") return type === "organization" ? "cut" : "cut if named alone";
  return type === "organization" && evidence === "weak" ? "cut if named alone" : "";
}

const isStrongVerb = (evidence: string) => evidence === "strong" || evidence === "future";
