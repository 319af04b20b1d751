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
  assert.deepEqual(matchScoreKeys("الفريق يفوز 2-1 ويتأهل", "تعادل الفريق 1-1 في مباراة الذهاب."), ["score:2-1"]);
  assert.deepEqual(matchScoreKeys("", `${"كلام ".repeat(70)}فاز الفريق 2-1.`), []);
});

test("no text, Latin text, and news without a match give no key", () => {
  assert.deepEqual(matchScoreKeys("", ""), []);
  assert.deepEqual(matchScoreKeys("Team wins", "The team won 2-1 on Sunday."), []);
  assert.deepEqual(matchScoreKeys("البنك يرفع الفائدة", "رفع البنك المركزي سعر الفائدة ربع نقطة إلى 5-6 في المئة."), []);
});
