/**
 * Persons after military ranks and titles (العميد, الوزير + a new name).
 */
import { isStopword } from "../../../arabic/stopwords.js";
import type { TokenInfo } from "../features.js";
import { NAME_CONNECTORS } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import { unaryPreference } from "../tagger.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { timesSeen, infosOf, overlapsAny, sortByStart, spaceAfter, CUE_VOTES } from "./shared.js";
import { ARABIC_LETTERS_ONLY, isPlaceAdjective, isFamilyName, ARABIC_LETTER_HEH, isPlainWord, isTitleWord, DEFINITE } from "./words.js";
import { titlePhraseLength, TITLE_ADJECTIVES, isComplementOfTitle } from "./tag-runs.js";
import { NISBA_ADJECTIVE } from "./institutions.js";

/** Military and police ranks, folded, with the article (PERSON_CUES holds them too; اللواء is also a brigade, المقدم «submitted»). */
export const MILITARY_RANKS: ReadonlySet<string> = new Set(["العميد", "العقيد", "اللواء", "الرائد", "المقدم", "النقيب", "الملازم", "العريف", "الرقيب"]);
/** Words and marks between a rank and the name: its qualifiers (الركن, أول, طيار, د.), a comma or an opening quote. */
const RANK_QUALIFIERS = new Set(["الركن", "ركن", "اول", "طيار", "بحري", "مهندس", "الطبيب", "د", ".", "،", ",", "\"", "“", "«"]);
/** Most qualifiers and marks skipped after a rank (العميد الركن "…; العميد د. …). */
const MAX_RANK_QUALIFIERS = 3;
/** Longest name taken after a rank (عطية بن محمد الزهراني). */
const MAX_RANKED_NAME = 4;

/**
 * A military or police rank, its qualifiers, a comma or a quote skipped, then a given name (or a word without the
 * article the word table never saw) and one to three more name
 * words (a given name, بن/أبو, a family name: isFamilyName, or a word the word table never saw) is a person the tagger
 * missed for what stands between: العميد الركن "ذياب القبلي" (Al Arabia), العقيد الركن تركي المالكي and العميد الركن،
 * طارق محمد عبدالله صالح (SkyNews), العقيد د. سعد القحطاني (alriyadh), العميد الطبيب عطية بن محمد الزهراني (alyaum,
 * okaz), اللواء علي مملوك (alwatan). A nisba after the rank is a club's player (الرائد الجزائري …: الرائد, a club) and
 * stops it; so does a mention overlapping the name.
 */
export function addPersonsAfterRanks(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  let added = false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!MILITARY_RANKS.has(infos[i]!.norm) && !MILITARY_RANKS.has(infos[i]!.core)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= MAX_RANK_QUALIFIERS && RANK_QUALIFIERS.has(infos[j]!.norm || tokens[j]!.text)) j++;
    const first = infos[j];
    if (!first || first.proclitic || !ARABIC_LETTERS_ONLY.test(first.norm) || first.norm.length !== tokens[j]!.text.length) continue;
    if (first.cue !== "given" && (timesSeen(first.norm, model) > 0 || DEFINITE.test(first.norm) || isPlainWord(first, model))) continue;
    let k = j + 1;
    while (k < tokens.length && k - j < MAX_RANKED_NAME && spaceAfter(text, tokens, k - 1) && isRankedNameWord(infos[k]!, infos[k - 1]!, model)) k++;
    if (k - j < 2) continue;
    const start = tokens[j]!.start;
    const end = tokens[k - 1]!.end;
    if (overlapsAny(out, start, end)) continue;
    out.push({ type: "person", text: text.slice(start, end), start, end, evidence: { person: CUE_VOTES } });
    added = true;
    i = k - 1;
  }
  if (added) sortByStart(out);
}

/** A word that goes on a name after a rank: a given name, a connector (بن, أبو) or the word after one, a family name, or a word never seen. */
function isRankedNameWord(t: TokenInfo, before: TokenInfo, model: NerModel): boolean {
  if (t.proclitic || !ARABIC_LETTERS_ONLY.test(t.norm) || isStopword(t.norm) || isTitleWord(t)) return false;
  if (t.cue === "given" || NAME_CONNECTORS.has(t.norm) || NAME_CONNECTORS.has(before.norm)) return true;
  return isFamilyName(t, model) || (timesSeen(t.norm, model) === 0 && !isPlainWord(t, model));
}

/**
 * A title's adjective of time between it and the name (الرئيس السابق | معمر القذافي, الرئيس الليبي الراحل | ...):
 * skipped, as a nisba is, before the name is read.
 */
const OFFICE_TIME_ADJECTIVES = new Set(["السابق", "الاسبق", "الراحل", "الحالي", "السابقه", "الاسبقه", "الراحله", "الحاليه"]);
const MAX_TITLE_ADJECTIVES = 2;

/** A definite word with no feminine in training, after a name's first word read past a time adjective: the family name (الراحل معمر | القذافي), no adjective. */
function isFamilyNameAfterName(t: TokenInfo, model: NerModel): boolean {
  return DEFINITE.test(t.norm) && !t.proclitic && timesSeen(t.norm + ARABIC_LETTER_HEH, model) === 0 && timesSeen(t.norm, model) > 0;
}

/** Longest name taken after a title by addTitledNewNames. */
const MAX_TITLED_NAME = 3;

/**
 * A person title, then optionally a nisba adjective (الرئيس الأذربيجاني), then words whose own
 * features the model weighs as part of a person's name more than as O (beyond the O bias it decodes
 * with: tagger.ts unaryPreference), Arabic letters only, not plain words nor a place's adjective
 * (وزير الخارجية الأمريكي), is a person the tagger missed in context (علييف).
 */
export function addTitledNewNames(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model), isFootball = false): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isTitleWord(infos[i]) || (isFootball && infos[i]!.core === TEAM_OR_GENERAL)) continue;
    let j = i + 1;
    if (NISBA_ADJECTIVE.test(infos[j]!.norm) && j + 1 < tokens.length) j++;
    while (j + 1 < tokens.length && j - i <= MAX_TITLE_ADJECTIVES && OFFICE_TIME_ADJECTIVES.has(infos[j]!.norm)) j++;
    if (isAdjectiveOfTitle(infos[i]!, infos[j]!, model)) continue;
    let k = j;
    while (k < tokens.length && k - j < MAX_TITLED_NAME) {
      const t = infos[k]!;
      const nameLike = Math.max(unaryPreference(model, t, "B-PERS"), unaryPreference(model, t, "I-PERS")) > -(model.outsideBias ?? 0) || (k > j && OFFICE_TIME_ADJECTIVES.has(infos[j - 1]!.norm) && isFamilyNameAfterName(t, model));
      if (!nameLike || !ARABIC_LETTERS_ONLY.test(t.norm) || t.cue || isPlainWord(t, model) || isPlaceAdjective(t.norm, model) || TITLE_ADJECTIVES.has(t.norm)) break;
      if (k === i + 1 && isComplementOfTitle(infos, k)) break;
      k++;
    }
    // An office's title phrase after a title is no name (نائب | خادم الحرمين الشريفين).
    if (k === j || titlePhraseLength(infos, j, k) > 0) continue;
    const start = tokens[j]!.start;
    const end = tokens[k - 1]!.end;
    if (overlapsAny(out, start, end)) continue;
    out.push({ type: "person", text: text.slice(start, end), start, end, evidence: { person: CUE_VOTES } });
    i = k - 1;
  }
  sortByStart(out);
}

/**
 * «الفريق», a general's rank, is the team in a football text: what follows it there is no new name (الفريق | صباح,
 * 3alyoum, alwatan; الفريق | خالي الوفاض, arriyadiyah; الفريق | هجوميا, aleqtisadiya; الفريق | أمام الأسيوطي, Al
 * Arabia). Elsewhere it may be the rank before a name the tagger missed (الفريق بكري حسن صالح).
 */
const TEAM_OR_GENERAL = "الفريق";

/**
 * A definite word after a definite title (or its nisba) whose feminine the text shows agrees with the title, no name:
 * الجنرال | المتقاعد, النائب | البارز (SkyNews), الإعلامي | القدير (3alyoum), الشاعر العربي | المخضرم (alweeam, was),
 * المدير الفني | الوطني (aljazirah), الفريق | الزائر. A family name after one has no feminine (الرئيس | السيسي).
 */
function isAdjectiveOfTitle(title: TokenInfo, next: TokenInfo, model: NerModel): boolean {
  return title.norm.startsWith("ال") && DEFINITE.test(next.norm) && next.cue !== "given" && timesSeen(next.norm + ARABIC_LETTER_HEH, model) > 0;
}
