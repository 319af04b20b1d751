/**
 * Sports words and whether a text or a sentence is a football report (the club rules run only there).
 */
import { rememberTokenTest, type TokenInfo } from "../features.js";

/**
 * Words of a sports report, the one list of them, each with where it counts (measured on the gold halves and
 * on sample articles outside them):
 * - "game" words name football itself (مباراة, لاعب, مدرب, مهاجم, الديربي): they count in both tests below;
 * - "club" words name a club, a stadium or a goal (نادي, ملعب, الهدف) also outside sport (النادي السعودي في ملبورن,
 *   students' club; ملعب in a list of places taken in a war; الهدف, the aim), so a sentence with one
 *   is no sports report, while an article with them and other game words is;
 * - "contest" words tell any contest or news (فاز, الموسم, نقاط, يواجه, المرحلة, أهداف, the aims): a sentence
 *   holding one next to a town's name names a club, but they make no article a football report (الاتفاق, the
 *   agreement, in an economy report with خسارة, تواجه).
 * isFootballText: MIN_SPORTS_WORDS distinct game or club words; isSportsSentence: a game or contest word, or a score.
 */
type SportsWordKind = "game" | "club" | "contest";
const SPORTS_WORDS: ReadonlyMap<string, SportsWordKind> = new Map([
  ...kindOf("game", ["مباراه", "المباراه", "مباريات", "الدوري", "دوري", "الديربي", "السوبر", "لاعب", "اللاعب", "لاعبي", "لاعبو", "لاعبين", "اللاعبين", "ركله", "مرمي"]),
  ...kindOf("game", ["مهاجم", "المهاجم", "مدافع", "حارس", "الحارس", "مدرب", "المدرب", "الملعب", "الفريق", "فريق", "هدف", "كاس", "الكاس", "نهائي"]),
  ...kindOf("club", ["نادي", "النادي", "ملعب", "الهدف"]),
  ...kindOf("contest", ["الرابطه", "هدفا", "اهداف", "الاهداف", "نقطه", "نقاط", "المرحله", "الجوله", "بطوله", "البطوله", "ذهاب", "اياب", "التعادل", "تعادل", "يتعادل"]),
  ...kindOf("contest", ["فاز", "يفوز", "فوز", "خسر", "خساره", "مضيفه", "ضيفه", "الموسم", "الدقيقه", "النهائي", "يواجه", "تواجه", "يستضيف", "تستضيف", "التمارين", "الصداره", "النزول"]),
]);
function kindOf(kind: SportsWordKind, words: readonly string[]): [string, SportsWordKind][] {
  return words.map((w) => [w, kind]);
}
const MIN_SPORTS_WORDS = 3;
const sportsWordOf = (t: TokenInfo): string | undefined => (SPORTS_WORDS.has(t.core) ? t.core : SPORTS_WORDS.has(t.norm) ? t.norm : undefined);
const isFootballWord = rememberTokenTest((t) => {
  const w = sportsWordOf(t);
  return w !== undefined && SPORTS_WORDS.get(w) !== "contest";
});
export const isSportsSentenceWord = rememberTokenTest((t) => {
  const w = sportsWordOf(t);
  return w !== undefined && SPORTS_WORDS.get(w) !== "club";
});

/** Whether an article is a football report: it holds MIN_SPORTS_WORDS distinct game or club SPORTS_WORDS. */
export function isFootballText(infos: readonly (readonly TokenInfo[])[]): boolean {
  const seen = new Set<string>();
  for (const sentence of infos) for (const t of sentence) if (isFootballWord(t)) seen.add(sportsWordOf(t)!);
  return seen.size >= MIN_SPORTS_WORDS;
}
