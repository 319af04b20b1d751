/**
 * Service cuts: counts of homes or people cut off from power, water, the internet or gas, read as
 * figures of kind "other" whose group says what is counted (`homes without power`, `people without
 * water`), so a story compares like with like (an outage's 200,000 subscribers against another
 * outlet's 300,000 homes; never against a toll). Rules:
 * - The count: a number (numbers.ts) and its unit noun, maybe after من (`الآلاف من المنازل`): homes
 *   (منزل، بيت، مسكن، مشترك، عميل، أسرة، عائلة: a subscriber or a household is a home as outlets
 *   count them) or people (شخص، مواطن، ساكن، سكان، نسمة، مستخدم).
 * - The cut named before the count: a cut word (انقطاع، انقطع، قطع، حرمان) with its service within
 *   SERVICE_AFTER_CUT words, then عن within CUT_TO_COUNT words, then the count (a qualifier between):
 *   `انقطاع التيار عن نحو 200 ألف مشترك`, `انقطعت الكهرباء عن 120 ألف شخص`.
 * - Or after the count, in its clause within AFTER_REACH words: a word of want (بلا، بدون، دون،
 *   محرومين، حرموا، بانقطاع) and its service within SERVICE_AFTER_WANT words: `300 ألف منزل بلا
 *   كهرباء`, `أربعة ملايين شخص في العاصمة … محرومين من المياه`.
 * - A clause ends at . ! ? ؟ ؛ : or a line break. The qualifier before the count as for casualty
 *   figures (qualifiers.ts); the scope is the article's event.
 */
import type { Fact } from "../types.js";
import { normsOf, tokenize, type Token } from "../arabic/analyze.js";
import { mayStartNumber, readNumber } from "../arabic/numbers.js";
import { splitSentences } from "../arabic/sentences.js";
import { splitWords, WordLexicon } from "../arabic/lexicon/word-list.js";
import { normalizeArabic } from "../arabic/normalize.js";
import { qualifierEndingAt } from "./qualifiers.js";

type Service = "power" | "water" | "internet" | "gas";
type Unit = "homes" | "people";

const SERVICES = new WordLexicon<Service>()
  .add(splitWords("كهرباء تيار الكهربائي"), "power")
  .add(splitWords("مياه ماء"), "water")
  .add(splitWords("إنترنت انترنت الإنترنت الانترنت"), "internet")
  .add(splitWords("غاز"), "gas");

const UNITS = new WordLexicon<Unit>()
  .add(splitWords("منزل منزلا منازل بيت بيتا بيوت مسكن مسكنا مساكن مشترك مشتركا مشتركين مشتركون عميل عميلا عملاء أسرة أسر عائلة عائلات"), "homes")
  .add(splitWords("شخص شخصا أشخاص مواطن مواطنا مواطنين مواطنون ساكن ساكنا سكان نسمة مستخدم مستخدما مستخدمين مستخدمون"), "people");

const CUT_WORDS = new WordLexicon<true>().add(splitWords("انقطاع انقطاعا انقطاعات انقطع انقطعت ينقطع تنقطع قطع قطعت يقطع تقطع حرمان"), true);
/** Words of want after the counted homes or people (`بلا كهرباء`, `محرومين من المياه`, `تأثروا بانقطاع`). */
const WANT_WORDS = new Set(splitWords("بلا بدون دون محروم محرومة محرومين محرومون محرومات حرموا حرمت بانقطاع").map(normalizeArabic));
const OF = normalizeArabic("من");
const FROM = normalizeArabic("عن");

const SERVICE_AFTER_CUT = 2;
const CUT_TO_COUNT = 3;
const AFTER_REACH = 8;
const SERVICE_AFTER_WANT = 3;

/** Service-cut figures of `text`, in text order; `toks`: its tokens when the caller has them. */
export function findServiceCuts(text: string, toks: readonly Token[] = tokenize(text)): Fact[] {
  const ws = normsOf(toks);
  const stop = clauseStops(text, toks);
  const facts: Fact[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!mayStartNumber(ws[i]!)) continue;
    const number = readNumber(ws, i);
    if (!number) continue;
    const unitAt = ws[number.end] === OF && !stop[number.end + 1] ? number.end + 1 : number.end;
    const unit = unitAt < ws.length && !stop[unitAt] ? UNITS.lookup(ws[unitAt]!)?.value : undefined;
    if (!unit) continue;
    const q = qualifierEndingAt(ws, i);
    const service = serviceBefore(ws, stop, q.start) ?? serviceAfter(ws, stop, unitAt + 1);
    if (service) facts.push(cutFact(text, toks, i, number, q.qualifier, `${unit} without ${service}`));
    i = number.end - 1;
  }
  return facts;
}

function cutFact(text: string, toks: readonly Token[], at: number, number: { value: number; valueMax: number | null; end: number }, qualifier: Fact["qualifier"], group: string): Fact {
  const start = toks[at]!.start;
  const end = toks[number.end - 1]!.end;
  const sentence = splitSentences(text).find((s) => start >= s.start && start < s.end);
  return { kind: "other", value: number.value, valueMax: number.valueMax, qualifier, group, text: sentence?.text ?? text.slice(start, end), start, end, scope: { extent: "event", event: null, place: null, time: null } };
}

/** Whether text[from, to) holds one of . ! ? ؟ ؛ ; : or a line feed (/[.!?؟؛;:\n]/), read without slicing it: asked at every token. */
function holdsClauseStop(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x61b || c === 0x3b || c === 0x3a || c === 0x0a) return true;
  }
  return false;
}

/** stop[k]: a clause ends between token k-1 and k. Pushed, not `map`ped: packed in every tier (see normsOf). */
function clauseStops(text: string, toks: readonly Token[]): boolean[] {
  const stop: boolean[] = [];
  for (let k = 0; k < toks.length; k++) stop.push(k > 0 && holdsClauseStop(text, toks[k - 1]!.end, toks[k]!.start));
  return stop;
}

/** `انقطاع التيار الكهربائي عن [نحو] N`: the service cut, when عن stands right before the count (at `countStart`). */
function serviceBefore(ws: readonly string[], stop: readonly boolean[], countStart: number): Service | null {
  const from = countStart - 1;
  if (ws[from] !== FROM || stop[countStart]) return null;
  for (let s = from - 1; s >= Math.max(0, from - CUT_TO_COUNT); s--) {
    if (stop[s + 1]) return null;
    const service = SERVICES.lookup(ws[s]!)?.value;
    if (!service) continue;
    for (let c = s - 1; c >= Math.max(0, s - SERVICE_AFTER_CUT); c--) {
      if (stop[c + 1]) return null;
      if (CUT_WORDS.has(ws[c]!)) return service;
    }
  }
  return null;
}

/** `N منزل بلا كهرباء`, `N شخص … محرومين من المياه`: a word of want after the counted, then its service. */
function serviceAfter(ws: readonly string[], stop: readonly boolean[], from: number): Service | null {
  for (let k = from; k < Math.min(ws.length, from + AFTER_REACH) && !stop[k]; k++) {
    if (!WANT_WORDS.has(ws[k]!)) continue;
    for (let s = k + 1; s < Math.min(ws.length, k + 1 + SERVICE_AFTER_WANT) && !stop[s]; s++) {
      const service = SERVICES.lookup(ws[s]!)?.value;
      if (service) return service;
    }
  }
  return null;
}
