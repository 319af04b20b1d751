/**
 * The result of the match an article reports, as an event key (`score:4-0`): two matches of one
 * club a few days apart (a cup final, then the league title) share the club, the coach, the
 * players and the words, and differ in their score line. Rules:
 * - Read from the title, then the lead (the body's first LEAD_CHARS characters), folded by the one
 *   normalizer (digits ASCII, teh marbuta → heh, hamza-alef → alef); the FIRST score line found is
 *   the article's: a report opens with its own result, and a later sentence recalls another
 *   («…بعد تغلبه 4-صفر على ميلان في نهائي الكأس يوم الأربعاء الماضي»).
 * - Written in figures: `2-1`, `1 - صفر`, `128-110`, with a match word shortly before it in the same
 *   sentence (فوز، تعادل، خسارة، هزيمة، تغلب، نتيجة، مباراة، ضد…), so ranges of days, hours or
 *   clauses («8 – 10 ذو القعدة», «المواد 17 - 23») are not read as results.
 * - Written in words: `بهدفين مقابل هدف` (2-1), `بثلاثة أهداف لهدف` (3-1), `بهدف نظيف` / `بهدفين
 *   دون رد` (n-0), `بثلاثية نظيفة`; a draw without goals (`التعادل السلبي`, `تعادل … بدون أهداف`,
 *   `انتهت … بدون أهداف`) is 0-0. A bare `برباعية` (four, against how many?) is no score.
 * - The key is team-blind (higher first): outlets write `صفر-1` and `1-صفر` for one result.
 */
import { normalizeArabic } from "../arabic/normalize.js";

/** Event-key prefix of a match result. */
export const SCORE_KEY = "score:";

const LEAD_CHARS = 300;
/** How far before a score in figures its match word may stand (folded characters, same sentence). */
const CUE_WINDOW = 60;
/** Goals or points on one side: three digits hold a basketball score; more is a year or a count. */
const SIDE = String.raw`(\d{1,3}|صفر)`;
const FIGURES = new RegExp(String.raw`(?<![\d./:-])${SIDE}\s*[-–]\s*${SIDE}(?![\d./:%-])`, "g");
/** Match words, folded; matched as word starts after an optional clitic (و، ف، ب، ل، ال). */
const MATCH_CUE = /(?:^|[\s(«"])(?:و|ف)?(?:لل|ب|ل)?(?:ال)?(?:فوز|فاز|يفوز|تفوز|تغلب|يتغلب|تعادل|يتعادل|خسار|خسر|يخسر|هزيم|هزم|يهزم|نتيج|مباراه|مواجهه|ضد|مضيف|مستضيف|ضيف|اكتسح|يكتسح|سحق)/;
const SENTENCE_END = /[.!?؟\n]/;

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
  let before = text.slice(Math.max(0, at - CUE_WINDOW), at);
  const end = Math.max(...[...before].map((c, i) => (SENTENCE_END.test(c) ? i : -1)));
  if (end >= 0) before = before.slice(end + 1);
  return MATCH_CUE.test(before);
}

/** The first score line of folded `text`: its position and key, or null. */
function firstScore(text: string): { at: number; key: string } | null {
  const found: { at: number; key: string }[] = [];
  for (const m of text.matchAll(FIGURES)) {
    if (hasMatchCue(text, m.index)) {
      found.push({ at: m.index, key: key(sideValue(m[1]!), sideValue(m[2]!)) });
      break;
    }
  }
  for (const m of text.matchAll(WORDS)) {
    const a = goals(m[1]!);
    const b = m[2] ? 0 : goals(m[3] ?? "");
    if (a !== null && b !== null) {
      found.push({ at: m.index, key: key(a, b) });
      break;
    }
  }
  const draw = GOALLESS.exec(text);
  GOALLESS.lastIndex = 0;
  if (draw) found.push({ at: draw.index, key: key(0, 0) });
  return found.sort((x, y) => x.at - y.at)[0] ?? null;
}

/** The match result the article reports (see the module's rules) as an event key, or none. */
export function matchScoreKeys(title: string, body: string): string[] {
  const first = firstScore(normalizeArabic(title)) ?? firstScore(normalizeArabic(body.slice(0, LEAD_CHARS)));
  return first ? [first.key] : [];
}
