/**
 * A person's given name the tagger left out before the family name it found: a word right before a person mention, one
 * space apart, after a definite role word, or after a role or its country's adjective and a comma with the apposition
 * closed by a comma after the name (not after a time word: وفي الشهر الماضي، قالت هنرييت فور،), that is shaped as a given name (isGivenNameShaped): وزير الخارجية التركي، مولود | جاويش أوغلو (CNN ×2), النجم أنطوان | غريزمان
 * (Al Arabia), رئيس اللجنة سادي | غوفين, الناشطة سمر | بدوي (France24). The mention takes it in.
 */
import type { Candidate } from "./recognize.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { isStopword } from "../../arabic/stopwords.js";
import { REPORTING_VERB } from "./lexicon.js";

export interface GivenNameTests {
  /** A word training tags almost never in a name (a common word). */
  isPlain(norm: string): boolean;
  /** A title or role word before a name (النجم, الناشطة, وزير). */
  isRole(norm: string): boolean;
  /** A country's or nation's adjective (التركي, الفرنسية). */
  isNationalAdjective(norm: string): boolean;
  /** A word training saw (with a preposition fused before it, لموقع ← موقع: no given name). */
  isSeen(norm: string): boolean;
}

/** The word right before a mention, one space apart, and what comes before that word. */
const WORD_BEFORE = /(?:^|([\p{L}\p{M}]+)([^\p{L}\p{M}]*))([\p{L}]{3,}) $/u;
const LOOK_BACK = 60;
/** A comma or colon after a role, as in «وزير الخارجية التركي، مولود جاويش أوغلو». */
const APPOSITION_GAP = /^\s*[،,:]\s*$/u;
/** The article, behind a clitic or not (والبلجيكيين, والمهندس: a nisba or a title, no given name). */
const ARTICLE = /^(?:[وفبلك]{0,2}ال|[وف]?لل)/u;
/** A preposition fused before a word: لموقع, لقلب (no given name when training saw the rest). */
const PREPOSITION = /^[لب]/u;
/** «ركن» of a staff rank (اللواء ركن, العميد ركن) is the title's, not the name's. */
const RANK_WORDS = new Set(["ركن", "الركن"]);
/** A possessive suffix (خارجيتها, باسمه, وزرائه). */
const POSSESSIVE = /(?:ه|ها|هم|هما|كم)$/u;
/** The apposition closed after the name: a comma. */
const APPOSITION_CLOSED = /^\s?[،,]/u;

export function widenPersonsOverUnseenGivenNames(text: string, spans: Candidate[], tests: GivenNameTests): void {
  for (const s of spans) {
    if (s.type !== "person") continue;
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, s.start - LOOK_BACK), s.start));
    if (!m) continue;
    const [, before, gap, word] = m as unknown as [string, string | undefined, string | undefined, string];
    const norm = normalizeArabic(word);
    if (!isGivenNameShaped(norm, tests)) continue;
    const beforeNorm = before === undefined ? "" : normalizeArabic(before);
    // A definite role right before (النجم أنطوان), or a role's nisba and a comma with the apposition closed after the
    // name (وزير الخارجية التركي، مولود جاويش أوغلو،): after a comma a verb opens a clause (الماضي، هدد ترمب بقوله).
    const roleBefore = gap === " " && beforeNorm.startsWith("ال") && tests.isRole(beforeNorm);
    const appositionBefore = gap !== undefined && APPOSITION_GAP.test(gap) && (tests.isRole(beforeNorm) || tests.isNationalAdjective(beforeNorm)) && APPOSITION_CLOSED.test(text.slice(s.end, s.end + 2));
    if (!roleBefore && !appositionBefore) continue;
    const start = s.start - 1 - word.length;
    if (spans.some((o) => o !== s && o.start < s.start && start < o.end)) continue;
    s.start = start;
    s.text = text.slice(s.start, s.end);
  }
}

/**
 * No article (والبلجيكيين, والمهندس), no و first (ويدعى), no possessive suffix (وزير خارجيتها, المتحدث باسمه), no
 * preposition before a known word (اللاعب لموقع | ميلان), no rank, title (دكتور: الدكتور is one), particle or plain word.
 */
function isGivenNameShaped(norm: string, tests: GivenNameTests): boolean {
  // A reporting verb opens the clause after a source's apposition (صحيفة "الصن" البريطانية، قالت | أمبر بيترسن).
  if (ARTICLE.test(norm) || norm.startsWith("و") || POSSESSIVE.test(norm) || RANK_WORDS.has(norm) || isStopword(norm) || REPORTING_VERB.test(norm)) return false;
  if (PREPOSITION.test(norm) && tests.isSeen(norm.slice(1))) return false;
  return !tests.isPlain(norm) && !tests.isRole(norm) && !tests.isRole("ال" + norm) && !tests.isPlain("ال" + norm);
}
