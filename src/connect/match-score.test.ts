import { test } from "node:test";
import assert from "node:assert/strict";
import { matchScoreKeys } from "./match-score.js";

test("a score in figures after a match word is the article's result, higher side first", () => {
  assert.deepEqual(matchScoreKeys("", "فاز النادي الأهلي على ضيفه الوحدة 3-1 مساء السبت في الجولة الأخيرة."), ["score:3-1"]);
  assert.deepEqual(matchScoreKeys("", "خسر الفريق على أرضه صفر-2 أمام ضيفه."), ["score:2-0"]);
  assert.deepEqual(matchScoreKeys("", "وانتهت المباراة بتعادل الفريقين 1 - 1 في الرياض."), ["score:1-1"]);
});

test("the same result written from either side gives one key", () => {
  assert.deepEqual(matchScoreKeys("", "تغلب الهلال على النصر 1-صفر."), matchScoreKeys("", "خسر النصر أمام الهلال صفر-1."));
});

test("a basketball score of three digits is a result; a season or a year is not", () => {
  assert.deepEqual(matchScoreKeys("", "قاد اللاعب فريقه للفوز 128-110 على ضيفه ليلة الخميس."), ["score:128-110"]);
  assert.deepEqual(matchScoreKeys("", "حقق الفريق فوزه الأول في الدور الثاني بعد وقت إضافي على حساب مضيفه 113-112 الثلاثاء."), ["score:113-112"]);
  assert.deepEqual(matchScoreKeys("", "فاز الفريق بلقب موسم 2017-2018 للمرة الثانية."), []);
});

test("a range of days or clauses is no result: no match word before it in its sentence", () => {
  assert.deepEqual(matchScoreKeys("", "يقام المعرض في جدة من 8 – 10 ذو القعدة بمشاركة خمسين شركة."), []);
  assert.deepEqual(matchScoreKeys("", "انتهت المباراة أمس. وتنص المواد 17 - 23 على العقوبات."), []);
});

test("the first result told is the article's; a later sentence recalling another match is not", () => {
  assert.deepEqual(matchScoreKeys("", "أحرز الفريق لقب الدوري بتعادله بدون أهداف مع مضيفه. وكان قد فاز 4-صفر في نهائي الكأس الأربعاء الماضي."), ["score:0-0"]);
});

test("results written in words: against a count, clean sheets, goalless draws", () => {
  assert.deepEqual(matchScoreKeys("", "فاز الاتحاد على الفتح بهدفين مقابل هدف."), ["score:2-1"]);
  assert.deepEqual(matchScoreKeys("", "تغلب الشباب على التعاون بثلاثة أهداف لهدف."), ["score:3-1"]);
  assert.deepEqual(matchScoreKeys("", "فاز الفريق بهدف نظيف سجله المهاجم."), ["score:1-0"]);
  assert.deepEqual(matchScoreKeys("", "اكتسح الفريق ضيفه بثلاثية نظيفة."), ["score:3-0"]);
  assert.deepEqual(matchScoreKeys("", "فاز الفريق على ضيفه بهدفين دون رد."), ["score:2-0"]);
  assert.deepEqual(matchScoreKeys("", "سقط الفريق في فخ التعادل السلبي مع ضيفه."), ["score:0-0"]);
});

test("a bare count of goals (against how many?) is no result", () => {
  assert.deepEqual(matchScoreKeys("الفريق يكتسح ضيفه برباعية", "اكتسح الفريق ضيفه برباعية في ليلة ممطرة."), []);
});

test("the title's result comes before the lead's; the lead ends after 300 characters", () => {
  assert.deepEqual(matchScoreKeys("الفريق يفوز 2-1 ويتأهل", "تعادل الفريق 1-1 في مباراته السابقة."), ["score:2-1"]);
  assert.deepEqual(matchScoreKeys("", `${"كلام ".repeat(70)}فاز الفريق 2-1.`), []);
});

test("no text, Latin text, and news without a match give no key", () => {
  assert.deepEqual(matchScoreKeys("", ""), []);
  assert.deepEqual(matchScoreKeys("Team wins", "The team won 2-1 on Sunday."), []);
  assert.deepEqual(matchScoreKeys("البنك يرفع الفائدة", "رفع البنك المركزي سعر الفائدة ربع نقطة إلى 5-6 في المئة."), []);
});

test("a two-legged tie: the second leg's result and the aggregate, or the first leg's, are both the article's", () => {
  assert.deepEqual(matchScoreKeys("", "خسر الفريق أمام مضيفه 2-4 في الإياب لكنه تأهل للنهائي بالفوز 7-6 في مجموع المباراتين."), ["score:4-2", "score:7-6"]);
  assert.deepEqual(matchScoreKeys("", "تأهل الفريق بالفوز 2-1 في النتيجة الإجمالية بعد فوزه 1-صفر على ضيفه."), ["score:2-1", "score:1-0"]);
  assert.deepEqual(matchScoreKeys("", "خسر الفريق 1-2 أمام مضيفه بعد أن فاز ذهابا 2-صفر، فيما تغلب منافسه على ضيفه 3-1."), ["score:2-1", "score:2-0"]);
  assert.deepEqual(matchScoreKeys("", "يستضيف الفريق منافسه الأحد في لقاء العودة، علما بأن مباراة الذهاب انتهت بفوزه 5 - 2."), ["score:5-2"]);
});

test("a playoff series beside the night's game: both, the game's even when the series comes first", () => {
  assert.deepEqual(matchScoreKeys("", "عزز الفريق تقدمه إلى 3-1 بالسلسلة بعدما تغلب 118-92 على ضيفه."), ["score:3-1", "score:118-92"]);
  assert.deepEqual(matchScoreKeys("", "قاد اللاعب فريقه للفوز 128-110 على ضيفه ليتقدم 2-صفر في السلسلة."), ["score:128-110", "score:2-0"]);
});

test("a shoot-out after a draw, and a draw in regulation time: the draw and the shoot-out", () => {
  assert.deepEqual(matchScoreKeys("", "تأهل الفريق للنهائي بعد فوزه على منافسه بركلات الترجيح 5 - 4 إثر نهاية الوقت الأصلي بالتعادل السلبي."), ["score:5-4", "score:0-0"]);
  assert.deepEqual(matchScoreKeys("", "انتهت المباراة بالتعادل 1-1 قبل أن يحسمها الفريق بركلات الترجيح 4-3."), ["score:1-1", "score:4-3"]);
  assert.deepEqual(matchScoreKeys("", "أدرك اللاعب التعادل في الوقت الأصلي 105-105 ثم فاز فريقه 113-112 بعد وقت إضافي."), ["score:105-105", "score:113-112"]);
});

test("a half-time score told beside the final one is a companion", () => {
  assert.deepEqual(matchScoreKeys("", "اكتسح الفريق مضيفه 4-1، وأنهى الفريق الشوط الأول متقدما 2-صفر."), ["score:4-1", "score:2-0"]);
});

test("a tennis match's sets, chained, are all its keys; the side does not matter", () => {
  assert.deepEqual(matchScoreKeys("", "فازت اللاعبة على منافستها 7-6 (8-6) و4-6 و6-3 في المباراة النهائية."), ["score:7-6", "score:8-6", "score:6-4", "score:6-3"]);
  assert.deepEqual(matchScoreKeys("", "خسر اللاعب أمام منافسه بنتيجة 2-6 . 5-7 في الدور الأول."), ["score:6-2", "score:7-5"]);
});

test("a result in another sentence or another match of the round is not a companion", () => {
  assert.deepEqual(matchScoreKeys("", "فاز الفريق على ضيفه 2-1، وتغلب منافسه على مضيفه 3-صفر في مباراة أخرى."), ["score:2-1"]);
  assert.deepEqual(matchScoreKeys("", "أحرز الفريق اللقب بتعادله بدون أهداف. وكان قد فاز 4-صفر في نهائي الكأس بعد أن تقدم في الشوط الأول."), ["score:0-0"]);
});

test("the title's result with the lead's companions; a cue word far from any score adds nothing", () => {
  assert.deepEqual(matchScoreKeys("الفريق يفوز 2-1 ويتأهل", "تعادل الفريق 1-1 في مباراة الذهاب، وفاز في الإياب 2-1."), ["score:2-1", "score:1-1"]);
  assert.deepEqual(matchScoreKeys("", "قرر الاتحاد نقل لقاء الذهاب إلى ملعب آخر، وتقام في 12 - 14 من الشهر المقبل بحضور الجماهير."), []);
});
