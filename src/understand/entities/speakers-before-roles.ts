/**
 * A speaker the tagger does not know, named between a reporting verb and the role in apposition after the name:
 * «وقالت سارة ليا ويتسن، المديرة التنفيذية لقسم الشرق الأوسط» (BBC, France24), «أعلن أشرف القدرة الناطق باسم وزارة
 * الصحة» (France24), «وقال علي أكبر ولايتي مستشار المرشد» (Sky News), «وذكر عمانوئيل نحشون المتحدث باسم» (Al Arabia),
 * «قال إنعام الله مياخل، المتحدث باسم» (Al Arabia), «وأوضح وحيد سعودي مدير عام التحاليل» (SaudiNewsNet). The verb
 * says a subject follows, the role says the subject is a person: two or three words between them are the name when
 * the first is not definite (المتحدث باسم, الكاتب, الصحيفة bear the article), none is a stopword (تقارير بأن), a title (مدير أمن,
 * قائد عمليات), a nisba adjective (مصادر أمريكية) or a word with a fused preposition (متهم بالتخطيط لقتل), and no
 * mention overlaps them.
 */
import type { Candidate } from "./recognize/candidate.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { isStopword } from "../../arabic/stopwords.js";
import { PERSON_CUES } from "./lexicon.js";

/** A reporting verb, a fused و or ف before it or not, then two or three words (group 1), a comma or not, then a role. */
const SPEAKER_BEFORE_ROLE =
  /(?<![\p{L}\p{M}])[وف]?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أوضح|أوضحت|أعلن|أعلنت|ذكر|ذكرت|صرح|صرحت|أشار|أشارت|شدد|شددت|أفاد|أفادت) ((?:[\u0621-\u064A]{2,} ){1,2}[\u0621-\u064A]{2,})،? (?=(?:ال)?(?:متحدث|متحدثة|ناطق|ناطقة) باسم|(?:ال)?(?:مدير|مديرة|مستشار|مستشارة|رئيس|رئيسة|وزير|وزيرة|أمين|نائب|سفير|سفيرة|قائد|محافظ|عضو)(?![\p{L}\p{M}]))/gu;
/** Words that say what, not who: a role or kind of source before the name would be its title (مدير أمن, مصادر). */
const NOT_NAME_WORDS = new Set(["مدير", "قائد", "شيخ", "متحدث", "ناطق", "مصدر", "مصادر", "تقارير", "متهم", "اعضاء", "عضو", "مسؤول", "مسئول", "تنظيم", "حركه", "جماعه", "وكاله", "صحيفه", "موقع", "بيان"]);
/** A nisba adjective, a plural or a possessed noun (امريكيه, مسؤولين, تأييدها): a description, not a name. */
const ADJECTIVE_ENDING = /(?:يه|يين|يون|ات|ها|هم|هما|هن)$/;
/** A preposition fused to a word (بالتخطيط, لقتل, للصحة). */
const FUSED_PREPOSITION = /^(?:بال|لل|وال|فال|كال)/;

/** A name word; only a later one may bear the article (أشرف | القدرة, إنعام | الله): a definite first word is a title or a noun. */
function isNameWord(word: string, k: number): boolean {
  const norm = normalizeArabic(word);
  if ((k === 0 && norm.startsWith("ال")) || FUSED_PREPOSITION.test(norm) || ADJECTIVE_ENDING.test(norm)) return false;
  return !isStopword(norm) && !PERSON_CUES.has(norm) && !NOT_NAME_WORDS.has(norm);
}

export function addSpeakersBeforeRoles(text: string, spans: Candidate[]): void {
  let added = false;
  for (const m of text.matchAll(SPEAKER_BEFORE_ROLE)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length - (m[0].endsWith("، ") ? 2 : 1);
    const end = start + name.length;
    if (!name.split(" ").every((w, k) => isNameWord(w, k)) || spans.some((s) => s.start < end && start < s.end)) continue;
    spans.push({ type: "person", text: name, start, end, evidence: {} });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
