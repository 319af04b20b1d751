/**
 * Two shapes of a count far from its event word (issue 12, fig112), read by FigureReader's kind cascade
 * (`figures.ts`: the `tally` and `opposed` steps). Each is a pure function over the reader's normalized
 * words and clause stops, so the reader only passes its arrays in.
 *
 * - A rising or reached tally of deaths named by an event noun, not a person noun: `ارتفاع حصيلة الوفيات
 *   إلى 107`, `ارتفع عدد حالات الوفاة بسبب وباء الكوليرا في اليمن الى 6 حالات`, `بلغ عدد الوفيات آنذاك 74
 *   حالة` (the person-noun tallies, `عدد القتلى`, `حصيلة الضحايا`, are read by `risingTally`).
 * - A count set against a figure by مقابل: `توقيف 2659 مهاجرا … مقابل 564 شخصا`, `إلى 117 عدد قتلى القوات
 *   الموالية للنظام …، مقابل 74 لعناصر الفصائل`: the same kind as the figure before it in its sentence.
 */
import { normalizeArabic } from "../arabic/normalize.js";
import { splitWords, wordLexicon } from "../arabic/lexicon/word-list.js";


/** Heads of a tally (`عدد`, `حصيلة`, `أعداد`), with و / ل / ب before them. */
const TALLY_HEADS = new Set(splitWords("عدد أعداد اعداد حصيلة الحصيلة").flatMap((w) => ["", "و", "ل", "ب"].map((p) => normalizeArabic(p + w))));
/** Death as a plural event noun right after a tally's head: `الوفيات`, `وفيات`. */
const DEATHS = wordLexicon("الوفيات وفيات");
/** `حالات الوفاة`, `حالات وفاة`: cases, then death. */
const CASES = wordLexicon("حالات");
const DEATH = wordLexicon("الوفاة وفاة");
/** Verbs and nouns of a tally rising or reaching a number (the tally their subject or genitive). */
const RISE = wordLexicon("ارتفاع ارتفع ارتفعت يرتفع ترتفع ليرتفع لترتفع وارتفع وارتفعت ويرتفع وترتفع وصول وصل وصلت يصل تصل ليصل لتصل ووصل ووصلت بلغ بلغت يبلغ تبلغ ليبلغ لتبلغ وبلغ وبلغت");
/** Verbs of reaching that take the tally's number as their object, with no إلى (`بلغ عدد الوفيات 74`). */
const REACHED = wordLexicon("بلغ بلغت يبلغ تبلغ ليبلغ لتبلغ وبلغ وبلغت");
const TO = wordLexicon("إلى الى");
/** How far back from the number the tally's head may stand (its genitive, a cause, a place and a time between). */
const DEATH_TALLY_REACH = 12;
/** How many words a rise word may stand before the tally's head (`ارتفع بذلك عدد`, `بلغ حتى الآن عدد`). */
const RISE_BEFORE_HEAD = 3;

/** What a rule reads from the reader: its normalized words, clause stops (stop[k]: a clause ends between k-1 and k), hard stops (a sentence ends), and whether a count starts at k. */
export interface TallyWords {
  ws: readonly string[];
  stop: readonly boolean[];
  hardStop: readonly boolean[];
  isCountAt: (k: number) => boolean;
}

/**
 * `ارتفاع حصيلة الوفيات إلى 107`, `ارتفع عدد حالات الوفاة بسبب وباء الكوليرا في اليمن الى 6`, `بلغ عدد الوفيات آنذاك 74`:
 * "killed" when the number starting its qualifier at `qStart` is what a tally of deaths (عدد / حصيلة and `الوفيات` or `حالات
 * الوفاة`) rises or reaches to — إلى right before it and a rise word a few words before the tally's head, or بلغ right before the
 * head and nothing but words between (no count, no sentence end); else null.
 */
export function deathTallyBefore(r: TallyWords, qStart: number): "killed" | null {
  if (qStart < 3) return null;
  const viaTo = TO.has(r.ws[qStart - 1]!) && !r.stop[qStart];
  const last = viaTo ? qStart - 2 : qStart - 1;
  for (let k = last; k >= Math.max(1, qStart - DEATH_TALLY_REACH); k--) {
    if (r.hardStop[k + 1] || r.isCountAt(k)) return null;
    if (!TALLY_HEADS.has(r.ws[k]!) || r.stop[k + 1]) continue;
    const death = DEATHS.has(r.ws[k + 1] ?? "") || (CASES.has(r.ws[k + 1] ?? "") && !r.stop[k + 2] && DEATH.has(r.ws[k + 2] ?? ""));
    if (!death) return null;
    for (let j = k - 1; j >= Math.max(0, k - RISE_BEFORE_HEAD); j--) {
      if (r.stop[j + 1]) break;
      const w = r.ws[j]!;
      if (viaTo ? RISE.has(w) : REACHED.has(w)) return "killed";
    }
    return null;
  }
  return null;
}

/** `مقابل`, `بمقابل` (and `في مقابل`: في before it). */
const AGAINST = wordLexicon("مقابل بمقابل");
/** How many words may stand between the previous figure's counted phrase and مقابل (its group, a time, a place). */
const AGAINST_REACH = 14;

/**
 * `وتم توقيف 2659 مهاجرا … حتى حزيران/يونيو الفائت مقابل 564 شخصا`: whether the count starting its qualifier at `qStart`
 * is set against the figure before it by مقابل — مقابل (or في مقابل) right before it, the previous figure's phrase ending
 * (at `prevAfter`) at most AGAINST_REACH words before مقابل, no sentence end and no other count between.
 */
export function setAgainstPrevious(r: TallyWords, qStart: number, prevAfter: number): boolean {
  const at = qStart - 1;
  if (at < 1 || !AGAINST.has(r.ws[at]!) || r.stop[qStart]) return false;
  if (prevAfter > at || at - prevAfter > AGAINST_REACH) return false;
  for (let k = prevAfter; k < at; k++) if (r.hardStop[k + 1] || (r.isCountAt(k) && !isOrdinalTeen(r.ws, k))) return false;
  return true;
}

const TEEN = wordLexicon("عشر عشرة");
/** `التاسع عشر`, `الحادي عشر`: the second word of a definite ordinal of 11–19 (a date's day), no count. */
function isOrdinalTeen(ws: readonly string[], k: number): boolean {
  return k > 0 && TEEN.has(ws[k]!) && ws[k - 1]!.startsWith("ال");
}

/**
 * `بين الضحايا الـ298`, `غالبية القتلى الـ82`, `ذكرى الضحايا الـ86 الذين سقطوا`: a definite plural of the harmed (the caller
 * says whether the word at `i` is one: `القتلى`, `الضحايا`, `المصابين`, `المعتقلين`…), then the article and digits, counts
 * them: the value and the token after the digits, or null. Not when the same digits stand earlier in the text: there the
 * phrase names back people a figure counted already (`إصابة 15 مواطنة … فإن الضحايا الـ15 كنّ`: the injured, not the dead).
 */
export function harmedThenDigits(r: TallyWords, i: number, harmedPlural: boolean): { value: number; numEnd: number } | null {
  if (!harmedPlural || r.ws[i + 1] !== "ال" || r.stop[i + 1] || r.stop[i + 2]) return null;
  const digits = r.ws[i + 2];
  if (digits === undefined || !/^[0-9]+$/.test(digits)) return null;
  for (let k = 0; k < i; k++) if (r.ws[k] === digits) return null;
  return { value: Number(digits), numEnd: i + 3 };
}
