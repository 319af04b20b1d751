/**
 * Football clubs: Saudi and foreign clubs by name, after opponent words, in lists of clubs, with a country's nisba.
 */
import { normalizeArabic } from "../../../arabic/normalize.js";
import { isStopword } from "../../../arabic/stopwords.js";
import { tokenInfo, type TokenInfo } from "../features.js";
import { CITIES, KNOWN_ORGANIZATIONS, REGIONAL_PLACES, SETTLEMENT_WORDS } from "../lexicon.js";
import { WORLD_PLACES, WORLD_PLACES_CUED } from "../world-places.js";
import { ARAB_PROVINCES, ARAB_PROVINCES_CUED } from "../province-places.js";
import { GEONAMES_PLACES, GEONAMES_PLACES_CUED } from "../geonames-places.js";
import { FOREIGN_CLUBS } from "../foreign-clubs.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { replaceWithOrganization, timesSeen, overlapsAny, sortByStart, spaceAfter, CUE_VOTES } from "./shared.js";
import { CUE_COUNTRY_NISBA, skipRulesWithoutCues } from "./cue-bits.js";
import { ARABIC_LETTERS_ONLY, isPlaceAdjective, ARABIC_LETTER_HEH, isPlainWord, isPossessedPlainWord, DEFINITE, arabicCountryNames, DIRECTION_NISBA } from "./words.js";
import { isCurrencyName } from "./tag-runs.js";
import { isWordAfterName } from "./cuts.js";
import { MILITARY_RANKS } from "./persons.js";

/**
 * Saudi clubs whose one-word names are seldom a common word in a football report (الهلال, the crescent, but for الهلال
 * الأحمر; الرائد, الجيل, الخليج, الفتح, القادسية, الوحدة, الباطن, النهضة … of the league and first division: over
 * 3,909 sample articles outside the gold, 90 mentions added, 3 wrong: الجيل السابق, the generation; للفريق الرائد, the
 * leading team). Not lexicon COMMON_WORD_CLUB_NAMES (التعاون, الشباب, الاتحاد): cooperation, youth and the federation are as common in those reports.
 */
const FOOTBALL_CLUBS = new Set(["الهلال", "النصر", "الاتفاق", "الفيصلي", "الرائد", "الجيل", "الخليج", "الفتح", "القادسيه", "الوحده", "الفيحاء", "الحزم", "العروبه", "الطائي", "النهضه", "الباطن", "الشعله", "الاهلي"]);
/** A noun in construct before a club's word that makes it a contest's, a team's or a common noun (كأس الخليج, دورة الخليج, منتخب الشباب, روح الوحدة). */
const CLUB_NAME_HOLDER = /^[وف]?(?:كاس|دوره|بطوله|منتخب|روح)$/;
/** A player's or a team's word before a club's name (لاعب وسط الرائد أليكسيس موندومو: the club, though a rank's word). */
const CLUB_PLAYER_WORD = /^[وف]?(?:لاعب|لاعبي|وسط|مهاجم|حارس|مدافع|مدرب|فريق|نادي|جماهير)$/;
/** و / ف, then ب / ك, fused before a club's definite name (والنصر, بالنصر). */
const CLUB_PROCLITIC = /^[وف]?[بك]?(?=ال)/;

/**
 * In a football report (isFootballText) a Saudi club's one-word name the tagger left out is the club,
 * an organization, also behind و or ب (بين الهلال والنصر; لحق بالنصر; مهاجم الهلال), unless الأحمر
 * follows (الهلال الأحمر, the Red Crescent), a contest's or a team's head precedes (CLUB_NAME_HOLDER: كأس الخليج,
 * دورة الخليج) or another mention covers it.
 */
export function addFootballClubs(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    const norm = infos[i]!.norm;
    const proclitic = CLUB_PROCLITIC.exec(norm)?.[0] ?? "";
    if (!FOOTBALL_CLUBS.has(norm.slice(proclitic.length)) || infos[i + 1]?.norm === "الاحمر") continue;
    if (i > 0 && CLUB_NAME_HOLDER.test(infos[i - 1]!.norm)) continue;
    if (isRankBeforeName(norm.slice(proclitic.length), infos, i, out.some((s) => s.type === "person" && s.start === tokens[i + 1]?.start))) continue;
    const start = tokens[i]!.start + proclitic.length;
    const end = tokens[i]!.end;
    if (overlapsAny(out, start, end)) continue;
    out.push({ type: "organization", text: text.slice(start, end), start, end, evidence: { organization: CUE_VOTES } });
    added = true;
  }
  if (added) sortByStart(out);
}

/**
 * A club's word that is also a military or police rank (الرائد, major), right before a given name or a person found
 * there (`personNext`, its first word without the article: a nisba is the club's, «(الرائد السعودي)») and after no
 * player's or team's word, is the rank of the man named: «المتحدث باسم الشرطة الرائد عادل منصور», «الرائد نضال حسن»
 * (CNN); «لاعب وسط الرائد أليكسيس موندومو» (aawsat, alriyadh) stays the club.
 */
function isRankBeforeName(word: string, infos: readonly TokenInfo[], i: number, personNext: boolean): boolean {
  const next = infos[i + 1];
  if (!MILITARY_RANKS.has(word) || !next || (i > 0 && CLUB_PLAYER_WORD.test(infos[i - 1]!.norm))) return false;
  return next.cue === "given" || (personNext && !next.norm.startsWith("ال"));
}

let foreignClubsByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]> | undefined;

/** FOREIGN_CLUBS by their first word, each as its words, the longest first. */
export function foreignClubs(): ReadonlyMap<string, readonly (readonly string[])[]> {
  if (foreignClubsByFirstWord) return foreignClubsByFirstWord;
  const byFirst = new Map<string, string[][]>();
  for (const name of FOREIGN_CLUBS) {
    const words = name.split(" ");
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return (foreignClubsByFirstWord = byFirst);
}

let listedBodiesAndPlaces: ReadonlySet<string> | undefined;

/** The one-word names of the place and body lists (world, Arab, GeoNames places; clubs; known organizations), normalized. */
export function listedNames(): ReadonlySet<string> {
  listedBodiesAndPlaces ??= new Set(
    [...WORLD_PLACES, ...WORLD_PLACES_CUED, ...ARAB_PROVINCES, ...ARAB_PROVINCES_CUED, ...GEONAMES_PLACES, ...GEONAMES_PLACES_CUED, ...FOREIGN_CLUBS, ...KNOWN_ORGANIZATIONS, ...CITIES, ...REGIONAL_PLACES, ...FOOTBALL_CLUBS].map((n) => normalizeArabic(n)),
  );
  return listedBodiesAndPlaces;
}

/** The longest FOREIGN_CLUBS name whose words start at token i (its first word bare or behind a proclitic), or 0 words. */
function foreignClubAt(infos: readonly TokenInfo[], i: number): { words: number; proclitic: string } {
  const t = infos[i]!;
  for (const [first, proclitic] of [[t.norm, ""], [t.core, t.proclitic]] as const) {
    const names = foreignClubs().get(first);
    if (!names) continue;
    const name = names.find((n) => n.every((w, k) => k === 0 || infos[i + k]?.norm === w));
    if (name) return { words: name.length, proclitic };
  }
  return { words: 0, proclitic: "" };
}

/**
 * In a football report (isFootballText) a foreign club's name (FOREIGN_CLUBS, ArWikiCats' table of clubs:
 * بورتو, آيندهوفن, ليبرتاد, كوينز بارك رينجرز) is the club, an organization, in place of a place or a person the
 * tagger read in it (the town's name: بورتو), unless a town's head precedes (مدينة بورتو) or a contest's or team's
 * (CLUB_NAME_HOLDER) or a mention crosses its edge.
 */
export function addForeignClubs(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    const { words, proclitic } = foreignClubAt(infos, i);
    if (words === 0) continue;
    if (i > 0 && (SETTLEMENT_WORDS.test(infos[i - 1]!.core) || CLUB_NAME_HOLDER.test(infos[i - 1]!.norm))) continue;
    const start = tokens[i]!.start + proclitic.length;
    const end = tokens[i + words - 1]!.end;
    if (out.some((s) => s.type === "organization" && s.start <= start && end <= s.end)) continue;
    // The tagger's mention of the name with its conjunction or preposition kept (وواتفورد: BBC) is the same name.
    const withClitic = proclitic ? out.find((s) => s.start === tokens[i]!.start && s.end === end) : undefined;
    if (withClitic) {
      withClitic.start = start;
      withClitic.text = text.slice(start, end);
    }
    if (replaceWithOrganization(text, out, start, end)) {
      added = true;
      i += words - 1;
    }
  }
  if (added) sortByStart(out);
}

/**
 * Words by which a football report names a team's opponent, with his: its host, its guest, its rival, its
 * neighbour (ضيفه سوانزي سيتي, مضيفه روما, غريمه ريال مدريد, جاره مانشستر يونايتد: Sky News Arabia, Al Arabiya,
 * BBC, CNN, Alriyadh, Okaz, Aljazirah in the SaudiNewsNet + ANT samples). Not منافسه, also a player's opponent
 * in tennis or boxing (منافسه جيمس تومكينز), nor نظيره, a counterpart (نظيره الروسي).
 */
const OPPONENT_WORDS = new Set(["مضيفه", "ضيفه", "غريمه", "جاره"]);
/**
 * Words of a match after which a football report names the other club (ينهي موسمه بلقاء واتفورد, وتختتم المرحلة
 * بلقاءات ستوك سيتي مع كريستال بالاس, بمواجهة ليستر سيتي, ويلاقي مرسيليا في النهائي: Sky News Arabia, Alriyadh,
 * Al Arabiya in the SaudiNewsNet + ANT samples), and the على of a win or a lead over it (متقدما على توتنهام الثالث,
 * فوزه على, تغلب على): the same name test as after an opponent word.
 */
const MATCH_WORDS = new Set(["بلقاء", "بلقاءات", "بمواجهه", "يلاقي", "ويلاقي", "تلاقي", "وتلاقي"]);
const WIN_OVER_WORDS = new Set(["متقدما", "متفوقا", "فوزه", "فوزها", "الفوز", "بالفوز", "تغلب", "وتغلب", "تغلبه"]);
const OVER = "علي";

/** What stands before a club's name at a token: an opponent word (written with heh), a match word or على after a win, or nothing. */
function wordBeforeClub(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], i: number): "opponent" | "match" | undefined {
  const t = infos[i]!;
  if (OPPONENT_WORDS.has(t.norm) || OPPONENT_WORDS.has(t.core)) return tokens[i]!.text.endsWith(ARABIC_LETTER_HEH) ? "opponent" : undefined;
  if (MATCH_WORDS.has(t.norm) || (t.norm === OVER && i > 0 && WIN_OVER_WORDS.has(infos[i - 1]!.norm))) return "match";
  return undefined;
}

/** Most times the word table saw a club's first word outside names (مرسيليا 19, ديبورتيفو 17; محلي, local, 47). */
const MAX_CLUB_WORD_SEEN = 30;
/** Most words of a person mention a match word's name may replace: a player's full name is longer (كيفين دى بروين). */
const MAX_CLUB_READ_AS_PERSON = 2;

/**
 * Whether the words j…k-1 after a match word (not an opponent word, which names a club) are no club: a national
 * team by its country's name, a place by convention (بمواجهة أيسلندا); a player's name the tagger found (الفوز على
 * دافيد دي خيا); a plain or frequent word, or one with a pronoun (الفوز على مواطنه, his compatriot; بلقاء ودي, a
 * friendly); an opponent word, whose own turn it is (على جاره ريال مدريد).
 */
function isNoClubAfterMatchWord(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], out: readonly Candidate[], j: number, k: number, model: NerModel): boolean {
  const first = infos[j]!;
  if (OPPONENT_WORDS.has(first.norm) || isPlainWord(first, model) || isPossessedPlainWord(first, model)) return true;
  // One word that is و + a known word is the conjunction's (بلقاء ودي, a friendly: دي; واتفورد is a name); a word the news
  // uses often, outside names, is a common one (محلي).
  if (k === j + 1 && first.norm.startsWith(CONJUNCTION_WAW) && timesSeen(first.norm.slice(1), model) > 0) return true;
  if (timesSeen(first.norm, model) > MAX_CLUB_WORD_SEEN && !model.entityWordSet.has(first.norm)) return true;
  const words = infos.slice(j, k).map((t) => t.norm).join(" ");
  if (arabicCountryNames().has(words)) return true;
  const person = out.find((s) => s.type === "person" && s.start < tokens[k - 1]!.end && tokens[j]!.start < s.end);
  return person !== undefined && person.text.split(" ").length > MAX_CLUB_READ_AS_PERSON;
}

/** Adjectives of a rival before its name (غريمه التقليدي النصر, جاره اللدود). */
const RIVAL_ADJECTIVES = new Set(["التقليدي", "اللدود"]);
/** Least count in the word table of a word after ب, ل or ك for the letter to be taken as the preposition (بهدفين: هدفين). */
const MIN_WORD_AFTER_PREPOSITION = 5;
const PREPOSITION_LETTER = /^[\u0628\u0644\u0643]/;
/** ل + the article with its alef dropped (للسنغالي): a genitive after the name. */
export const LAM_LAM = "\u0644\u0644";

/** A word that is ب, ل or ك + a word the word table knows (بهدفين, لفريقه), not a name's letter (بروميتش, بالاس). */
function isPrepositionAndWord(norm: string, model: NerModel): boolean {
  return PREPOSITION_LETTER.test(norm) && timesSeen(norm.slice(1), model) >= MIN_WORD_AFTER_PREPOSITION;
}

/** و + a plain word or an opponent word (ومنافسه, وغريمه, وست: six). */
function isConjunctionAndWord(t: TokenInfo, model: NerModel): boolean {
  const rest = t.norm.slice(1);
  return OPPONENT_WORDS.has(rest) || model.plainWordSet.has(rest) || isPossessedPlainWord(tokenInfo(rest, model.resources), model);
}

/** The conjunction و as a proclitic. */
const CONJUNCTION_WAW = "\u0648";
/** Longest club name taken after an opponent word (هيديرسفيلد تاون, وست بروميتش ألبيون). */
const MAX_OPPONENT_NAME = 3;

/**
 * In a football report, the words after an opponent word (OPPONENT_WORDS, a rival's adjective skipped), a match word
 * (MATCH_WORDS) or the على of a win (WIN_OVER_WORDS) are the opponent club's name: up to MAX_OPPONENT_NAME words with Arabic letters only, no article (an adjective
 * follows: برشلونة | المتوج, ليفربول | الإنجليزي; Saudi clubs' definite names are addFootballClubs'), no
 * stopword or plain word (روما | من), nothing between them but a space. A و that opens the name is its
 * letter (مضيفه وست هام: West Ham), not a conjunction. Mentions inside the name give way (هام يونايتد, a
 * city's place: مضيفه روما); one crossing its edge keeps it out.
 */
export function addClubsAfterOpponentWords(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // An opponent word written with heh, his (ضيفه), not teh marbuta: ضيفة, مضيفة, a guest, a hostess.
    const cue = wordBeforeClub(tokens, infos, i);
    if (cue === undefined) continue;
    let j = i + 1;
    if (RIVAL_ADJECTIVES.has(infos[j]!.norm) && spaceAfter(text, tokens, i)) j++;
    const k = clubNameEnd(text, tokens, infos, j, j, model);
    // A و before a plain or opponent word is the conjunction (مضيفه | ومنافسه, وغريمه): only a second name word makes it a name's letter (وست هام).
    if (k === j || (k === j + 1 && infos[j]!.norm.startsWith(CONJUNCTION_WAW) && isConjunctionAndWord(infos[j]!, model))) continue;
    if (cue === "match" && isNoClubAfterMatchWord(tokens, infos, out, j, k, model)) continue;
    if (replaceWithOrganization(text, out, tokens[j]!.start, tokens[k - 1]!.end)) i = k - 1;
  }
}

/**
 * In a football report, a country's masculine nisba right after a listed club's name belongs to the club, as the own
 * gold writes it (باريس سان جيرمان الفرنسي, Al Arabia ×2; فلامينغو البرازيلي, SaudiNewsNet; ريال مدريد الإسباني, مرسيليا
 * الفرنسي; 17 of the 20 club + nisba spans of the DEV halves): the addClubsOfCountries adjective, taken into a
 * multiword club too. A mention of the nisba alone (a person «الفرنسي») gives way; any other keeps it out.
 */
export function joinNisbasAfterListedClubs(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // A foreign club's: after a Saudi club's name a nisba is its coach's or player's (مدرب الهلال اليوناني دونيس).
    const club = out.find((s) => s.type === "organization" && s.end === tokens[i]!.end && isListedForeignClub(s.text));
    if (!club || !spaceAfter(text, tokens, i)) continue;
    // Before a person's name the nisba is his (لاعب ريال مدريد البرتغالي كريستيانو رونالدو).
    if (i + 2 < tokens.length && out.some((s) => s.type === "person" && s.start === tokens[i + 2]!.start)) continue;
    const adjective = infos[i + 1]!.norm;
    if (!adjective.endsWith("ي") || DIRECTION_NISBA.test(adjective) || !isPlaceAdjective(adjective, model)) continue;
    const { start, end } = tokens[i + 1]!;
    const over = out.filter((s) => s !== club && s.start < end && start < s.end);
    if (over.some((s) => s.start !== start || s.end !== end || s.type === "organization")) continue;
    for (const s of over) out.splice(out.indexOf(s), 1);
    club.end = end;
    club.text = text.slice(club.start, end);
  }
}

/**
 * The token after a club's name whose first word is token j, its words read from token `from` on (j, or j + 1 when the
 * first word was read already): up to MAX_OPPONENT_NAME words, a space apart, each isClubNameWord.
 */
function clubNameEnd(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], j: number, from: number, model: NerModel): number {
  let k = from;
  while (k < tokens.length && k - j < MAX_OPPONENT_NAME && spaceAfter(text, tokens, k - 1) && isClubNameWord(infos[k]!, tokens[k]!.text, k === j, model)) k++;
  return k;
}

/**
 * A word of a club's name: a bare name word (isBareNameWord). The first may open with و (وست هام); a later one ends the
 * name when it is a preposition's word (ساوثمبتون | بهدفين, غانغان | بالنتيجة), an adverb or a verb (وست هام | سلبا), the
 * next club of a list (| ونيوكاسل) or a second opponent word (مضيفه | ومنافسه).
 */
function isClubNameWord(t: TokenInfo, tokenText: string, first: boolean, model: NerModel): boolean {
  if (!isBareNameWord(t.norm, model)) return false;
  if (first) return t.proclitic === "" || t.proclitic === CONJUNCTION_WAW;
  return !(t.proclitic !== "" || isConjunctionAndClub(t.norm) || t.norm.startsWith(LAM_LAM) || isPrepositionAndWord(t.norm, model) || isPlainWord(t, model) || isWordAfterName(tokenText, model));
}

/** Arabic letters only, no article, no stopword or plain word: a word a name could be made of (روما, not من or المتوج). */
function isBareNameWord(norm: string, model: NerModel): boolean {
  return ARABIC_LETTERS_ONLY.test(norm) && !DEFINITE.test(norm) && !isStopword(norm) && !model.plainWordSet.has(norm);
}

/** و + a listed club's first word or a listed name (ونيوكاسل): the next item of a list, not a name's next word (ولفرهامبتون واندررز). */
function isConjunctionAndClub(norm: string): boolean {
  const rest = norm.slice(1);
  return norm.startsWith(CONJUNCTION_WAW) && (foreignClubs().has(rest) || listedNames().has(rest));
}

/** A listed club's name, folded: a foreign club's (FOREIGN_CLUBS) or a Saudi club's (FOOTBALL_CLUBS). */
function isListedClub(name: string): boolean {
  return FOOTBALL_CLUBS.has(normalizeArabic(name)) || isListedForeignClub(name);
}

/** A foreign club's name (FOREIGN_CLUBS), folded. */
function isListedForeignClub(name: string): boolean {
  const norm = normalizeArabic(name);
  return foreignClubs().get(norm.split(" ")[0]!)?.some((n) => n.join(" ") === norm) ?? false;
}

/**
 * In a football report, the name joined by و right after a club (a listed one, or one this rule took) is the next
 * club of the list (تشيلسي وتوتنهام وواتفورد, BBC; مانشستر يونايتد ونيوكاسل, Sky News Arabia; يوفنتوس وبرشلونة, CNN):
 * up to MAX_OPPONENT_NAME name words as after a match word (no article, plain word or stopword; a country's name is a
 * national side, a place by the gold's convention; a player's longer name stays a person), the و left out. The
 * tagger's mention of the name with its و (وواتفورد) gives way.
 */
export function addClubsAfterClubsInLists(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  const taken = new Set<Candidate>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const club = out.find((s) => s.type === "organization" && s.end === tokens[i]!.end && (taken.has(s) || isListedClub(s.text)));
    if (!club || !spaceAfter(text, tokens, i)) continue;
    const j = i + 1;
    const first = infos[j]!;
    // The و is the conjunction whether or not the word's analysis split it off (an unseen name: وتوتنهام).
    if (!first.norm.startsWith(CONJUNCTION_WAW) || (first.proclitic !== "" && first.proclitic !== CONJUNCTION_WAW)) continue;
    const core = first.norm.slice(1);
    if (!isBareNameWord(core, model)) continue;
    // A name: a listed club's first word or a listed name (توتنهام, برشلونة), or a word the tagger's text saw in names (نيوكاسل);
    // not a verb or a noun with its pronoun after a club (ويحرز, وجماهيره, ومستقبله).
    if (!foreignClubs().has(core) && !listedNames().has(core) && !model.entityWordSet.has(core)) continue;
    if (isPossessedPlainWord(tokenInfo(core, model.resources), model)) continue;
    const k = clubNameEnd(text, tokens, infos, j, j + 1, model);
    const words = [core, ...infos.slice(j + 1, k).map((t) => t.norm)].join(" ");
    if (arabicCountryNames().has(words)) continue;
    if (timesSeen(core, model) > MAX_CLUB_WORD_SEEN && !model.entityWordSet.has(core)) continue;
    const start = tokens[j]!.start + 1;
    const end = tokens[k - 1]!.end;
    // A person the tagger found there is a player (وجيمس تاركوفسكي), unless the words are a listed club (وريال سوسييداد).
    if (!isListedClub(words) && out.some((s) => s.type === "person" && s.start < end && start < s.end)) continue;
    const withWaw = out.find((s) => s.start === tokens[j]!.start && s.end <= end);
    if (withWaw) {
      withWaw.start = start;
      withWaw.text = text.slice(start, withWaw.end);
    }
    if (!replaceWithOrganization(text, out, start, end)) continue;
    taken.add(out[out.length - 1]!);
    i = k - 2;
  }
}

/**
 * A one-word place or organization followed by a masculine nisba of a country is a club or body of
 * that country, one organization (الكويت الكويتي, الشارقة الإماراتي, الريان القطري): the masculine
 * adjective agrees with the club (النادي), not the place. A feminine one may be the place's own
 * (مصر العربية) and stays out.
 */
export function addClubsOfCountries(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Its cue first (-1 when not asked: the tests below decide).
    if (skipRulesWithoutCues && !(infos[i + 1]!.ruleCues & CUE_COUNTRY_NISBA)) continue;
    const adjective = infos[i + 1]!.norm;
    if (!adjective.endsWith("ي") || DIRECTION_NISBA.test(adjective) || !isPlaceAdjective(adjective, model) || !spaceAfter(text, tokens, i)) continue;
    if (isCurrencyName(infos, i, i + 2, model)) continue;
    joinClubAdjective(text, tokens, out, i);
  }
}

/** addClubsOfCountries at a name (token i) before a country's adjective; apart from the loop as joinFamilyName is. */
function joinClubAdjective(text: string, tokens: readonly TaggerToken[], out: Candidate[], i: number): void {
  const isOneWordName = (s: Candidate) => s.start >= tokens[i]!.start && (s.type === "location" || s.type === "organization");
  // The tagger may have taken the adjective into the place already (الكويت الكويتي as a place).
  const name = out.find((s) => isOneWordName(s) && (s.end === tokens[i]!.end || s.end === tokens[i + 1]!.end));
  if (!name || out.some((s) => s !== name && s.start < tokens[i + 1]!.end && tokens[i + 1]!.start < s.end)) return;
  name.end = tokens[i + 1]!.end;
  name.text = text.slice(name.start, name.end);
  name.type = "organization";
  name.evidence = { organization: CUE_VOTES };
}

/** «نادي» before a club's name, a preposition fused or not (بنادي النصر, لنادي أرسنال). */
const CLUB_HEAD = /^[بل]?نادي$/;
const CLUB_HEAD_WORD = "نادي";
const LAM = "\u0644";
/** An English club's last word (Manchester City, United …): a rest holding it is a club, not a person (ومان سيتي). */
const CLUB_LAST_WORD = /^(?:سيتي|ستي|يونايتد|يونايتيد|البيون|هوتسبير|هوتسبر|روفرز|رينجرز|واندررز)$/;
/** Most words of a player's or coach's name read after a club (خورخي دا سيلفا, سيونغ وو لي). */
const MAX_GLUED_NAME_WORDS = 4;
/** Fewest letters of a glued name's word (يوفنتوس ب: the B team); a longer word may open with a preposition (بهدفين). */
const MIN_GLUED_NAME_WORD = 2;
/** A quote mark right before a mention (spaces allowed): a quoted title's words. */
const QUOTE_BEFORE = /["“”«'][ \u00A0]*$/u;
const QUOTE_LOOKBACK = 3;

interface MentionWord {
  norm: string;
  start: number;
  end: number;
}

/** A mention's words, normalized, with their offsets in the text. */
function wordsOfMention(s: Candidate): MentionWord[] {
  const words: MentionWord[] = [];
  for (const m of s.text.matchAll(/\S+/g)) words.push({ norm: normalizeArabic(m[0]), start: s.start + m.index, end: s.start + m.index + m[0].length });
  return words;
}

/**
 * A listed club's name at word i of a mention's words (a Saudi club's definite word or FOREIGN_CLUBS' longest name), as
 * the article would write it alone (للنصر: النصر), or undefined. No other clitic is read off: a name's first letters may
 * look like one (بريل إيمبولو, براون).
 */
function listedClubAt(words: readonly MentionWord[], i: number): { words: number; name: string } | undefined {
  const norm = words[i]!.norm;
  if (FOOTBALL_CLUBS.has(norm)) return { words: 1, name: norm };
  // للنصر: ل + النصر, the article's alef dropped; the club has no span of its own in the text.
  if (norm.startsWith(LAM_LAM) && FOOTBALL_CLUBS.has("ال" + norm.slice(2))) return { words: 1, name: "ال" + norm.slice(2) };
  const name = foreignClubs().get(norm)?.find((n) => n.every((w, k) => k === 0 || words[i + k]?.norm === w));
  return name ? { words: name.length, name: name.join(" ") } : undefined;
}

/** What follows a club inside one mention: a person's name (its first word, past a و), a word no name goes on with, or neither. */
function wordsAfterClub(rest: readonly MentionWord[], model: NerModel): { kind: "person"; from: number } | { kind: "cut" } | undefined {
  const first = rest[0]!;
  // A definite word or a field (الإنجليزي, للناشئين, لكرة القدم) stays the club's; ل + another club does not (يوفنتوس | لميلان).
  if (DEFINITE.test(first.norm) || first.norm.startsWith(LAM_LAM)) return undefined;
  if (first.norm.startsWith(LAM)) return isListedClub(first.norm.slice(1)) || listedNames().has(first.norm.slice(1)) ? { kind: "cut" } : undefined;
  const noNameWord = isStopword(first.norm) || DUAL_OR_PLURAL_VERB.test(first.norm) || isPlainWord(tokenInfo(first.norm, model.resources), model) || isFutureOfPlainVerb(first.norm, model);
  if (noNameWord || isPrepositionAndWord(first.norm, model)) return { kind: "cut" };
  if (rest.length > MAX_GLUED_NAME_WORDS) return undefined;
  const opensWithWaw = first.norm.startsWith(CONJUNCTION_WAW) && !foreignClubs().has(first.norm) && !listedNames().has(first.norm);
  const names = rest.map((w, k) => (k === 0 && opensWithWaw ? w.norm.slice(1) : w.norm));
  // A list of clubs or places (وتشيلسي, ومان سيتي, لميلان, ريال مدريد لوكسمبورج) is not a person.
  const core = tokenInfo(names[0]!, model.resources).core;
  if ([names[0]!, core].some((n) => foreignClubs().has(n) || listedNames().has(n) || model.resources.gazetteer.byFirst.has(n))) return undefined;
  if (names.some((n) => n.length < MIN_GLUED_NAME_WORD || CLUB_LAST_WORD.test(n) || (n.length > MIN_GLUED_NAME_WORD && isPrepositionAndWord(n, model)))) return undefined;
  if (!names.every((n) => isBareNameWord(n, model) && !isPossessedPlainWord(tokenInfo(n, model.resources), model))) return undefined;
  return { kind: "person", from: first.start + (opensWithWaw ? 1 : 0) };
}
/** A dual or plural present verb, now or future (يتبادلان, سيلتقون): no word of a name. */
const DUAL_OR_PLURAL_VERB = /^س?[يت][\u0621-\u064A]{2,}(?:ان|ون)$/;
/** The future's س before a plain present verb (سيواجه: يواجه); not before a name (سيونغ). */
function isFutureOfPlainVerb(norm: string, model: NerModel): boolean {
  return /^س[يتن]/.test(norm) && model.plainWordSet.has(norm.slice(1));
}

/**
 * In a football report, a mention that opens with a listed club's name («نادي» and a clitic before it allowed) and runs on
 * over words that are not the club's ends at the club, an organization:
 * - the rest a person's name (bare name words, no listed place or club) is the player or coach, a person of its own:
 *   بنادي النصر | خورخي دا سيلفا (arriyadiyah), للنصر | داسيلفا (alwatan), هيلاس فيرونا | سيونغ وو لي (Alarabia),
 *   لأشبيلية | أوناي إيمري (was, okaz), لليفربول | وفرانك لامبارد (aleqtisadiya, alriyadh, alweeam);
 * - the rest opening with a stopword, a plain word, a plural or future verb or a preposition's word is dropped:
 *   ليفربول | فاز (Alarabia, France24), نادي آرسنال | سيلتقون (aleqtisadiya), لمانشستر يونايتد | أي (Alarabia),
 *   أرسنال | بهدفين نظيفين (CNN ×3), يوفنتوس | ليس (SkyNews).
 * A definite word or a field after the club (a nisba, لكرة القدم) stays; a club behind لل (للنصر) has no span of its own.
 */
export function splitClubsOffGluedWords(text: string, spans: Candidate[], model: NerModel): void {
  const organizations = new Set(spans.filter((s) => s.type === "organization").map((s) => normalizeArabic(s.text)));
  for (let k = spans.length - 1; k >= 0; k--) {
    const s = spans[k]!;
    const words = wordsOfMention(s);
    const head = CLUB_HEAD.test(words[0]!.norm) ? 1 : 0;
    if (words.length < head + 2) continue;
    const club = listedClubAt(words, head);
    if (!club || head + club.words >= words.length || QUOTE_BEFORE.test(text.slice(Math.max(0, s.start - QUOTE_LOOKBACK), s.start))) continue;
    // «نادي», a Saudi club, or the article naming the club alone elsewhere: a name that only starts like a foreign club's
    // stays (أيمن فتيني, بريل إيمبولو); a quoted title too ("ليفربول إيكو", the paper).
    if (!head && !FOOTBALL_CLUBS.has(club.name) && !organizations.has(club.name)) continue;
    const after = wordsAfterClub(words.slice(head + club.words), model);
    if (!after) continue;
    const clubEnd = words[head + club.words - 1]!.end;
    // A preposition before «نادي» is one letter in the text as in the normalized word (بنادي).
    const clubStart = head ? words[0]!.start + (words[0]!.norm.length - CLUB_HEAD_WORD.length) : words[0]!.norm.startsWith(LAM_LAM) ? null : words[0]!.start;
    const pieces: Candidate[] = [];
    if (clubStart !== null) pieces.push({ type: "organization", text: text.slice(clubStart, clubEnd), start: clubStart, end: clubEnd, evidence: { organization: CUE_VOTES } });
    if (after.kind === "person") pieces.push({ type: "person", text: text.slice(after.from, s.end), start: after.from, end: s.end, evidence: { person: CUE_VOTES } });
    spans.splice(k, 1, ...pieces);
  }
}
