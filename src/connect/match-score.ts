/**
 * The result of the match an article reports, as an event key (`score:4-0`): two matches of one
 * club a few days apart (a cup final, then the league title) share the club, the coach, the
 * players and the words, and differ in their score line. Rules:
 * - Read from the title, then the lead (the body's first LEAD_CHARS characters), folded by the one
 *   normalizer (digits ASCII, teh marbuta → heh, hamza-alef → alef); the FIRST score line found is
 *   the article's own: a report opens with its own result, and a later sentence recalls another
 *   («…بعد تغلبه 4-صفر على ميلان في نهائي الكأس يوم الأربعاء الماضي»).
 * - Written in figures: `2-1`, `1 - صفر`, `128-110`, with a match word shortly before it in the same
 *   sentence (فوز، تعادل، خسارة، هزيمة، تغلب، نتيجة، مباراة، ضد…), so ranges of days, hours or
 *   clauses («8 – 10 ذو القعدة», «المواد 17 - 23») are not read as results.
 * - Written in words: `بهدفين مقابل هدف` (2-1), `بثلاثة أهداف لهدف` (3-1), `بهدف نظيف` / `بهدفين
 *   دون رد` (n-0), `بثلاثية نظيفة`; a draw without goals (`التعادل السلبي`, `تعادل … بدون أهداف`,
 *   `انتهت … بدون أهداف`) is 0-0. A bare `برباعية` (four, against how many?) is no score.
 * - The key is team-blind (higher first): outlets write `صفر-1` and `1-صفر` for one result.
 * - One event can be told by two results, so an article may give several keys, its own first: the
 *   score lines a companion word marks within 20 characters of them in their sentence (COMPANION_CUE:
 *   the aggregate «7-6 في مجموع اللقاءين», «2-1 في النتيجه الاجماليه»; a leg «فاز ذهابا 2-صفر», «مباراه
 *   الذهاب … 5-2»; a series «3-1 بالسلسله»; a shoot-out «بركلات الترجيح 5 - 4»; half-time «الشوط
 *   الاول»; regulation time «في الوقت الاصلي 105-105»), from the title and the lead, a marked score
 *   counting without a match word; a tennis match's sets chained to the first score («7-6 (8-6) و4-6
 *   و6-3», «2-6 . 5-7»); and when the first score is a companion, the first unmarked one of its
 *   sentence (the night's 118-92 after the series' 3-1). A result of another match of the round
 *   stays out (no companion word beside it).
 */
import { normalizeArabic } from "../arabic/normalize.js";

/** Event-key prefix of a match result. */
export const SCORE_KEY = "score:";

const LEAD_CHARS = 300;
/** How far before a score in figures its match word may stand (folded characters, same sentence). */
const CUE_WINDOW = 60;
/** Goals or points on one side: three digits hold a basketball score; more is a year or a count. */
const SIDE = String.raw`(\d{1,3}|صفر)`;
const FIGURES = new RegExp(String.raw`(?<![\d./:-])${SIDE}\s*[-–]\s*${SIDE}(?![\d/:%-]|\.\d)`, "g");
/** Match words, folded; matched as word starts after an optional clitic (و، ف، ب، ل، ال). */
const MATCH_CUE = /(?:^|[\s(«"])(?:و|ف)?(?:لل|ب|ل)?(?:ال)?(?:فوز|فاز|يفوز|تفوز|تغلب|يتغلب|تعادل|يتعادل|خسار|خسر|يخسر|هزيم|هزم|يهزم|نتيج|مباراه|مواجهه|ضد|مضيف|مستضيف|ضيف|اكتسح|يكتسح|سحق)/;
const SENTENCE_END = /[.!?؟\n]/;
/**
 * Words that mark a score line as one of the other results an event is told by, folded: the
 * aggregate of two legs (بمجموع المباراتين، في النتيجه الاجماليه، في مجموع اللقاءين), a leg (ذهابا،
 * في مباراه الاياب، لقاء العوده), a playoff series (بالسلسله), a shoot-out (بركلات الترجيح), half-time
 * (في الشوط الاول، بين الشوطين), regulation time (التعادل في الوقت الاصلي 105-105).
 */
const COMPANION_CUE = /مجموع (?:ال)?(?:لقاء|مباريات|مبارات|مواجه|مقابل|نتيج)|بمجموع(?:\s|$)|الاجمالي|ذهاب|اياب|العوده|السلسله|ترجيح|الشوط|الاستراحه|الوقت الاصلي/;
/** How far before or after a score line its companion cue may stand (folded characters, same sentence). */
const COMPANION_WINDOW = 20;
/** What may stand between the set scores of one tennis match: `6-3 و6-4`, `7-6 (8-6) و4-6`, `6-2 . 6-3`. */
const SET_JOINER = /^[\s().,،و]{0,6}$/;

/** Goals counted in words (folded), by form. */
const GOALS: readonly [RegExp, number][] = [
  [/^(?:ال)?هدف$/, 1],
  [/^(?:ال)?هدف(?:ين|ان)$/, 2],
  [/^(?:ثلاث(?:ه|ه اهداف)|ثلاثيه)$/, 3],
  [/^(?:اربع(?:ه|ه اهداف)|رباعيه)$/, 4],
  [/^(?:خمس(?:ه|ه اهداف)|خماسيه)$/, 5],
  [/^(?:ست(?:ه|ه اهداف)|سداسيه)$/, 6],
  [/^(?:سبع(?:ه|ه اهداف)|سباعيه)$/, 7],
];
const COUNT = String.raw`(هدف(?:ين|ان)?|(?:ثلاث|اربع|خمس|ست|سبع)ه اهداف|ثلاثيه|رباعيه|خماسيه|سداسيه|سباعيه)`;
/** `بهدفين مقابل هدف`, `بثلاثه اهداف لهدف`, `بهدف نظيف`, `بهدفين دون رد`. */
const WORDS = new RegExp(String.raw`ب${COUNT}\s+(?:(نظيف\S*|دون (?:رد|مقابل))|(?:مقابل\s+|ل)${COUNT})`, "g");
/** A draw without goals. */
const GOALLESS = /التعادل السلبي|(?:تعادل|انتهت|انتهي)\S*(?:\s+\S+){0,4}?\s+(?:سلبيا|بدون اهداف|دون اهداف)/g;

function goals(words: string): number | null {
  for (const [form, n] of GOALS) if (form.test(words)) return n;
  return null;
}

function sideValue(side: string): number {
  return side === "صفر" ? 0 : Number(side);
}

function key(a: number, b: number): string {
  return `${SCORE_KEY}${Math.max(a, b)}-${Math.min(a, b)}`;
}

/** Whether a match word stands within CUE_WINDOW characters before `at`, in the same sentence. */
function hasMatchCue(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - CUE_WINDOW), at);
  return MATCH_CUE.test(before.slice(lastSentenceEnd(before) + 1));
}

/** A score line found in folded text: where it starts and ends, its key, and whether a companion cue marks it. */
interface ScoreLine {
  at: number;
  end: number;
  key: string;
  companion: boolean;
}

/** The score lines of folded `text` in order: in figures after a match word or beside a companion cue, and in words. */
function scoreLines(text: string): ScoreLine[] {
  const found: ScoreLine[] = [];
  const line = (at: number, end: number, k: string) => found.push({ at, end, key: k, companion: companionCue(text, at, end) });
  let lastEnd = -1;
  for (const m of text.matchAll(FIGURES)) {
    const end = m.index + m[0].length;
    const chained = lastEnd >= 0 && SET_JOINER.test(text.slice(lastEnd, m.index));
    if (chained || hasMatchCue(text, m.index) || companionCue(text, m.index, end)) {
      line(m.index, end, key(sideValue(m[1]!), sideValue(m[2]!)));
      lastEnd = end;
    }
  }
  for (const m of text.matchAll(WORDS)) {
    const a = goals(m[1]!);
    const b = m[2] ? 0 : goals(m[3] ?? "");
    if (a !== null && b !== null) line(m.index, m.index + m[0].length, key(a, b));
  }
  for (const m of text.matchAll(GOALLESS)) line(m.index, m.index + m[0].length, key(0, 0));
  return found.sort((x, y) => x.at - y.at);
}

/** Whether a companion cue stands within COMPANION_WINDOW characters before or after the score line, in its sentence. */
function companionCue(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - COMPANION_WINDOW), at);
  const after = text.slice(end, end + COMPANION_WINDOW);
  return COMPANION_CUE.test(before.slice(lastSentenceEnd(before) + 1)) || COMPANION_CUE.test(after.slice(0, firstSentenceEnd(after)));
}

function lastSentenceEnd(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (SENTENCE_END.test(s[i]!)) return i;
  return -1;
}

function firstSentenceEnd(s: string): number {
  for (let i = 0; i < s.length; i++) if (SENTENCE_END.test(s[i]!)) return i;
  return s.length;
}

/**
 * The keys one reading window (title or lead) gives: its first score line's; the set scores chained
 * to it (`6-3 و6-4`); every score line a companion cue marks (aggregate, a leg, a series, a
 * shoot-out, half-time, regulation time), the other results one event is told by; and when the
 * first line is such a companion (`تقدم 3-1 بالسلسله بعدما تغلب 118-92`), the first unmarked line
 * of its sentence, the game's own result.
 */
function windowKeys(text: string): string[] {
  const lines = scoreLines(text);
  if (lines.length === 0) return [];
  const first = lines[0]!;
  const keys = [first.key];
  let chained = first;
  for (const next of lines.slice(1)) {
    if (SET_JOINER.test(text.slice(chained.end, next.at))) {
      keys.push(next.key);
      chained = next;
    }
  }
  for (const next of lines.slice(1)) if (next.companion) keys.push(next.key);
  if (first.companion) {
    const own = lines.find((l) => !l.companion && firstSentenceEnd(text.slice(first.end, l.at)) === l.at - first.end);
    if (own) keys.push(own.key);
  }
  return keys;
}

/**
 * The match results the article reports (see the module's rules) as event keys, its own first, or
 * none: the title's, or when the title states none the lead's; and the lead's companions either way.
 */
export function matchScoreKeys(title: string, body: string): string[] {
  const fromTitle = windowKeys(normalizeArabic(title));
  const lead = normalizeArabic(body.slice(0, LEAD_CHARS));
  const fromLead = fromTitle.length === 0 ? windowKeys(lead) : scoreLines(lead).filter((l) => l.companion).map((l) => l.key);
  return [...new Set([...fromTitle, ...fromLead])];
}
