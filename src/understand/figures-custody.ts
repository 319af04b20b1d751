/**
 * People held in custody, named after them (issue 12, fig118), read by FigureReader's kind cascade (`figures.ts`: the
 * `inCustody` step), a pure function over the reader's normalized words and clause stops:
 *
 * - `رهن` / `قيد` and a noun of custody (`الاحتجاز`, `التوقيف`, `الاعتقال`, `الحبس`: `CUSTODY_HEADS`, `CUSTODY_NOUNS` in
 *   `arabic/lexicon/events.ts`) within CUSTODY_REACH words after the counted phrase, in its clause, make the count one of
 *   detainees: `وضع 813 منهم رهن التوقيف`, `وضع ثلاثة شرطيين قيد التوقيف الاحترازي`, `ومن أصل الثمانية وضع أربعة قيد
 *   التوقيف المؤقت`, `أربعة منهم قيد الاحتجاز`, `لأكثر من 50 ألف شخص وظلوا رهن الاحتجاز`. Only people are held so, so the
 *   count may stand with no people noun (`وضع أربعة`).
 * - Not a total given in apposition (`المشتبه بهم، البالغ عددهم 555 شخصا، هم قيد الاحتجاز`): the held are a part of it.
 * - Not house arrest (`قيد الإقامة الجبرية`), and not past a complementizer or another count.
 * - The noun of custody after its head is the held people's state, no event a count further on takes its kind from
 *   (`وضع 813 منهم رهن التوقيف في 2017 وأحيل 482 إلى النيابة`: the 482 were referred, not detained): `isCustodyStateAt`.
 * (Before the count, `وتبقى قيد الاحتجاز 14 امرأة`, the noun of custody is an event noun right before it, read already.)
 */
import { CUSTODY_HEADS, CUSTODY_NOUNS } from "../arabic/lexicon/events.js";
import { wordLexicon } from "../arabic/lexicon/word-list.js";
import type { TallyWords } from "./figures-tallies.js";

/** How far after the counted phrase `رهن` / `قيد` may stand: past `منهم`, `هم`, `وظلوا`, `لا يزالون` (three words). */
const CUSTODY_REACH = 4;
/** `البالغ عددهم 555 شخصا`: a tally's pronoun right before the count names it as a total in apposition. */
const TOTAL_OF = wordLexicon("عددهم عددهن عددها عدده");

/**
 * "arrested" when custody (`رهن` / `قيد` and a noun of custody) follows the counted phrase ending at `end` within
 * CUSTODY_REACH words of its clause, no other count or complementizer (`complementizer(w)`) between, and the count (its
 * qualifier starting at `qStart`) is no total in apposition; else null.
 */
export function inCustodyAfter(r: TallyWords, qStart: number, end: number, complementizer: (w: string) => boolean): "arrested" | null {
  if (qStart > 0 && TOTAL_OF.has(r.ws[qStart - 1]!)) return null;
  for (let k = end; k < Math.min(r.ws.length - 1, end + CUSTODY_REACH) && !r.stop[k]; k++) {
    if (complementizer(r.ws[k]!) || r.isCountAt(k)) return null;
    if (CUSTODY_HEADS.has(r.ws[k]!) && !r.stop[k + 1] && CUSTODY_NOUNS.has(r.ws[k + 1]!)) return "arrested";
  }
  return null;
}

/** Whether token k is a noun of custody after its head (`رهن التوقيف`, `قيد الاحتجاز`), in one clause. */
export function isCustodyStateAt(ws: readonly string[], stop: readonly boolean[], k: number): boolean {
  return k > 0 && !stop[k] && CUSTODY_NOUNS.has(ws[k]!) && CUSTODY_HEADS.has(ws[k - 1]!);
}
