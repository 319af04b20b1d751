/**
 * A quoted name the press is cited by (وعلمت "الوطن", مقابلة مع "العربية", صحيفة "الاقتصادية"): addPressCitations.
 */
import type { TokenInfo } from "../features.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { replaceWithOrganization, spanAt, sortByStart, withoutProclitic, CUE_VOTES } from "./shared.js";
import { ARABIC_LETTERS_ONLY, isNationalAdjective } from "./words.js";

const CITATION_TO = /^[وف]?لـ$/;
export const OPENING_QUOTE = /^["«“]$/;
export const CLOSING_QUOTE = /^["»”]$/;
const MAX_CITED_WORDS = 3;
/** «بالنسبة لـ "X"» (as for X) cites no source. */
export const NOT_A_CITATION = new Set(["بالنسبه"]);
/** A newspaper's own scoop: «وعلمت "الوطن"», «علمت «عكاظ»». */
const LEARNT = new Set(["علمت", "وعلمت"]);
/** An interview given to an outlet: «في مقابلة مع "العربية"», «حوار مع «الشرق الأوسط»». */
const INTERVIEW_NOUNS = new Set(["مقابله", "حوار", "حديث"]);

/**
 * Heads of bodies the press names by a quoted name (مؤسسة «المدينة», صحيفة "الاقتصادية", قناة "الحدث",
 * حزب "الكتائب", حركة "أمل", جمعية "مهارات", تنظيم "الدولة الإسلامية"); not برنامج or مجموعة, whose
 * quotes hold titles and phrases as often (برنامج "سري", مجموعة "جادة وقوية").
 */
const QUOTED_NAME_HEADS = new Set(["مؤسسه", "شركه", "صحيفه", "جريده", "مجله", "وكاله", "قناه", "اذاعه", "جمعيه", "منظمه", "حركه", "حزب", "تنظيم", "جماعه", "ائتلاف", "جبهه", "بنك", "مصرف", "هيئه", "نادي"]);
/** A conjunction and a preposition fused before a body's head (ولصحيفة, بقناة). */
const BODY_HEAD_PROCLITIC = /^[وف]?[بل]?/;

/**
 * Words that give the source a report is told by (بحسب "الفرنسية", وفق "التايمز") or whose correspondent
 * tells it (مراسل "العربية"); not قالت or ذكرت, whose quoted subject is a person as often (وقالت “سانتاديفي”).
 */
const SOURCE_WORDS = new Set(["بحسب", "وبحسب", "حسب", "وحسب", "وفق", "ووفق", "مراسل", "ومراسل", "مراسله", "ومراسله", "مراسلو", "مراسلي"]);

/** Whether token i cites the press: a detached لـ (not after بالنسبة), علمت, مع after an interview noun, a source word (SOURCE_WORDS) or a body's head (QUOTED_NAME_HEADS). */
function isPressCitation(tokens: readonly TaggerToken[], infos: readonly TokenInfo[], i: number): boolean {
  if (CITATION_TO.test(tokens[i]!.text)) return !NOT_A_CITATION.has(infos[i - 1]?.norm ?? "");
  const norm = infos[i]!.norm;
  if (QUOTED_NAME_HEADS.has(norm) || QUOTED_NAME_HEADS.has(withoutProclitic(norm, BODY_HEAD_PROCLITIC)) || SOURCE_WORDS.has(norm)) return true;
  return LEARNT.has(norm) || (norm === "مع" && INTERVIEW_NOUNS.has(infos[i - 1]?.norm ?? ""));
}

/**
 * The press cites a source as «لـ "X"» (قال لـ«عكاظ», مصادر مطلعة لـ"سبق", في تصريح لـ«الشرق الأوسط»):
 * a quoted name of one to three words right after a detached لـ is an organization — the newspaper,
 * agency or company told. On 1,500 SaudiNewsNet pages (aawsat, alwatan, okaz, aleqtisadiya,
 * almadina, alyaum, sabq) 170 of 189 such quotes name an organization. So does a quoted name after
 * «علمت» (the paper's own scoop: وعلمت "الوطن", علمت «عكاظ», «المدينة») or after «مقابلة / حوار /
 * حديث مع» (مقابلة مع "العربية", حوار مع «الاقتصادية», مع "سكاي نيوز عربية"): 35 of 35 over the pool.
 */
export function addPressCitations(text: string, tokens: readonly TaggerToken[], out: Candidate[], infos: readonly TokenInfo[], model: NerModel): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i + 1]!.text.length !== 1 || !OPENING_QUOTE.test(tokens[i + 1]!.text) || !isPressCitation(tokens, infos, i)) continue;
    let j = i + 2;
    while (j < tokens.length && j - (i + 2) < MAX_CITED_WORDS && ARABIC_LETTERS_ONLY.test(infos[j]!.norm)) j++;
    if (j === i + 2 || !CLOSING_QUOTE.test(tokens[j]?.text ?? "")) continue;
    const start = tokens[i + 2]!.start;
    // A nisba the quotes hold says whose paper it is (بحسب "واشنطن تايمز الأمريكية"): a mention of the name before it stays.
    const nisbaLast = j - 1 > i + 2 && isNationalAdjective(infos[j - 1]!.norm, model);
    const end = tokens[nisbaLast && spanAt(out, start, tokens[j - 2]!.end) ? j - 2 : j - 1]!.end;
    const exact = spanAt(out, start, end);
    if (exact) exact.evidence.organization = (exact.evidence.organization ?? 0) + CUE_VOTES;
    else replaceWithOrganization(text, out, start, end);
    i = j;
  }
  sortByStart(out);
}
