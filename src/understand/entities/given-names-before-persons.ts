/**
 * A person's given name the tagger left out before the family name it found: a word right before a person mention, one
 * space apart, after a definite role word, or after a role or its country's adjective and a comma with the apposition
 * closed by a comma after the name (not after a time word: وفي الشهر الماضي، قالت هنرييت فور،), that is shaped as a given name (isGivenNameShaped): وزير الخارجية التركي، مولود | جاويش أوغلو (CNN ×2), النجم أنطوان | غريزمان
 * (Al Arabia), رئيس اللجنة سادي | غوفين, الناشطة سمر | بدوي (France24). The mention takes it in.
 */
import type { Candidate } from "./recognize/candidate.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { isStopword } from "../../arabic/stopwords.js";
import { REPORTING_VERB } from "./lexicon.js";
import { CodeUnitKinds, isSurrogate, WORD } from "../../arabic/code-units.js";

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

/** Letters and marks (WORD), by code unit: the words of WORD_BEFORE. */
const LETTERS_AND_MARKS = new CodeUnitKinds(/[\p{L}\p{M}]/u);
/** 1 a letter or mark, 2 another character, 3 a surrogate. */
const unitClass = (c: number): number => (isSurrogate(c) ? 3 : LETTERS_AND_MARKS.kindOf(c) === WORD ? 1 : 2);

/**
 * Where WORD_BEFORE may be run over [from, end) instead of from `from`, with the same groups: the start of the
 * run of letters and marks before the gap before the last word, when a character outside them stands before it
 * inside [from, end). No match starts earlier (it would run through that character, then through a run of
 * letters, into the gap, where its last word may not be), and at that start the `^` alternative fails (the gap is
 * not letters). `from` when [from, end) is not shaped so, or holds a surrogate.
 */
export function wordBeforeStart(text: string, from: number, end: number): number {
  if (end - 2 < from || text.charCodeAt(end - 1) !== 0x20) return from;
  // the last word, the gap, the word before: each at least one unit, none a surrogate
  let i = end - 2;
  while (i >= from && unitClass(text.charCodeAt(i)) === 1) i--;
  if (i === end - 2 || i < from || unitClass(text.charCodeAt(i)) !== 2) return from;
  const gapEnd = i;
  while (i >= from && unitClass(text.charCodeAt(i)) === 2) i--;
  if (i === gapEnd || i < from || unitClass(text.charCodeAt(i)) !== 1) return from;
  while (i >= from && unitClass(text.charCodeAt(i)) === 1) i--;
  if (i < from || unitClass(text.charCodeAt(i)) !== 2) return from;
  return i + 1;
}

export function widenPersonsOverUnseenGivenNames(text: string, spans: Candidate[], tests: GivenNameTests): void {
  for (const s of spans) {
    if (s.type !== "person") continue;
    // WORD_BEFORE ends with a space
    if (s.start === 0 || text.charCodeAt(s.start - 1) !== 0x20) continue;
    const from = Math.max(0, s.start - LOOK_BACK);
    const m = WORD_BEFORE.exec(text.slice(wordBeforeStart(text, from, s.start), s.start));
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
