import { test } from "node:test";
import assert from "node:assert/strict";
import { recognizeEntities } from "./index.js";
import { loadDefaultModel } from "./model-file.js";
import { splitClubsOffGluedWords } from "./recognize/clubs.js";
import type { Candidate } from "./recognize/candidate.js";
import type { EntityType } from "../../types.js";

// ent123 (issue 11): a club's mention run on over a player's name or a verb, in a football report (splitClubsOffGluedWords).
const found = (text: string) => recognizeEntities(text).map((s) => `${s.type}:${s.text}`);
const MATCH = " وسجل المهاجم هدفين في المباراة الأخيرة من الدوري.";

const cases: { text: string; has: string[]; not?: string[] }[] = [
  // A coach's or player's name right after the club: the club, then the person.
  { text: "وأكد المدير الفني للفريق الأول بنادي النصر خورخي دا سيلفا جاهزية اللاعبين." + MATCH, has: ["organization:نادي النصر", "person:خورخي دا سيلفا"], not: ["organization:نادي النصر خورخي دا سيلفا"] },
  { text: "ولم ينجح المدرب الجديد لأشبيلية أوناي إيمري في الفوز على برشلونة." + MATCH, has: ["organization:أشبيلية", "person:أوناي إيمري"] },
  { text: "وسجل هدف الشرف لهيلاس فيرونا سيونغ وو لي في الدقيقة الأخيرة." + MATCH, has: ["organization:هيلاس فيرونا", "person:سيونغ وو لي"] },
  // A verb or a particle after the club is no word of its name.
  { text: "وكان ليفربول فاز ذهابا بخمسة أهداف مقابل هدفين." + MATCH, has: ["organization:ليفربول"], not: ["organization:ليفربول فاز"] },
  { text: "وقال إن مسؤولي نادي أرسنال سيلتقون مسؤولي النادي الإسباني. وكان أرسنال قد تعاقد مع المدرب." + MATCH, has: ["organization:نادي أرسنال"], not: ["organization:نادي أرسنال سيلتقون"] },
  // The club's own words stay: a country's nisba, a field, a longer listed name, a list of clubs.
  { text: "وأعلن إنتر ميلان الإيطالي ضم المدافع." + MATCH, has: ["organization:إنتر ميلان الإيطالي"] },
  { text: "وتعاقد نادي كوينز بارك رينجرز مع المهاجم." + MATCH, has: [], not: ["person:رينجرز", "person:بارك رينجرز"] },
];

test("a club's mention ends at the club: a player's name after it is a person, a verb after it no name", () => {
  for (const { text, has, not = [] } of cases) {
    const got = found(text);
    for (const h of has) assert.ok(got.includes(h), `${text}\n  want ${h}\n  got ${got.join(" | ")}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}\n  not ${n}\n  got ${got.join(" | ")}`);
  }
});

// The rule itself on a mention the tagger ran on (as in the articles: arriyadiyah, alwatan, Alarabia, was, aleqtisadiya),
// the article naming the club alone in a later sentence (`alone`), as the rule asks.
const model = loadDefaultModel();
const direct: { text: string; mention: string; type: EntityType; alone?: string; want: string[] }[] = [
  { text: "أكد المدير الفني بنادي النصر خورخي دا سيلفا جاهزية الفريق.", mention: "نادي النصر خورخي دا سيلفا", type: "organization", alone: "النصر", want: ["organization:نادي النصر", "person:خورخي دا سيلفا"] },
  { text: "برفقة المدير الفني للنصر داسيلفا في قاعة المؤتمرات.", mention: "للنصر داسيلفا", type: "organization", alone: "النصر", want: ["person:داسيلفا"] },
  { text: "ولم ينجح المدير الفني لأشبيلية أوناي إيمري في الفوز.", mention: "أشبيلية أوناي إيمري", type: "location", alone: "أشبيلية", want: ["organization:أشبيلية", "person:أوناي إيمري"] },
  { text: "هما جيمس ميلنر الذي انضم لليفربول وفرانك لامبارد الذي عاد.", mention: "ليفربول وفرانك لامبارد", type: "organization", alone: "ليفربول", want: ["organization:ليفربول", "person:فرانك لامبارد"] },
  { text: "وكان ليفربول فاز ذهابا.", mention: "ليفربول فاز", type: "organization", alone: "ليفربول", want: ["organization:ليفربول"] },
  { text: "إن مسؤولي نادي آرسنال سيلتقون مسؤولي النادي.", mention: "نادي آرسنال سيلتقون", type: "organization", alone: "آرسنال", want: ["organization:نادي آرسنال"] },
  // Kept: a nisba, a field, a list of clubs, a listed place or a preposition after the club, a name that only starts
  // like a club's (the article names no club alone), a mention that opens with no club.
  { text: "وأعلن ريال مدريد الإسباني ضم المدافع.", mention: "ريال مدريد الإسباني", type: "organization", alone: "ريال مدريد", want: ["organization:ريال مدريد الإسباني"] },
  { text: "ونادي مانشستر يونايتد لكرة القدم.", mention: "مانشستر يونايتد لكرة القدم", type: "organization", alone: "مانشستر يونايتد", want: ["organization:مانشستر يونايتد لكرة القدم"] },
  { text: "وتألق أرسنال وتشيلسي في الجولة.", mention: "أرسنال وتشيلسي", type: "organization", alone: "أرسنال", want: ["organization:أرسنال وتشيلسي"] },
  { text: "وتفوق ليفربول ومان سيتي في الجولة.", mention: "ليفربول ومان سيتي", type: "organization", alone: "ليفربول", want: ["organization:ليفربول ومان سيتي"] },
  { text: "وتناسب ريال مدريد لوكسمبورغ هذا النمط.", mention: "ريال مدريد لوكسمبورغ", type: "organization", alone: "ريال مدريد", want: ["organization:ريال مدريد لوكسمبورغ"] },
  { text: "وفاز أرسنال بهدفين نظيفين.", mention: "أرسنال بهدفين نظيفين", type: "organization", alone: "أرسنال", want: ["organization:أرسنال"] },
  { text: "وركع اللاعب كولن كايبرنيك أثناء النشيد.", mention: "كولن كايبرنيك", type: "person", want: ["person:كولن كايبرنيك"] },
  { text: "وقال خورخي دا سيلفا إن فريقه جاهز.", mention: "خورخي دا سيلفا", type: "person", alone: "النصر", want: ["person:خورخي دا سيلفا"] },
];

test("splitClubsOffGluedWords: the club, then the person; a verb dropped; the club's own words kept", () => {
  for (const { text, mention, type, alone, want } of direct) {
    const start = text.indexOf(mention);
    const spans: Candidate[] = [{ type, text: mention, start, end: start + mention.length, evidence: {} }];
    const whole = alone ? `${text} ثم عاد ${alone} إلى التدريب.` : text;
    if (alone) spans.push({ type: "organization", text: alone, start: whole.lastIndexOf(alone), end: whole.lastIndexOf(alone) + alone.length, evidence: {} });
    splitClubsOffGluedWords(whole, spans, model);
    const got = spans.filter((s) => s.start < text.length).map((s) => `${s.type}:${s.text}`);
    assert.deepEqual(got, want, text);
    for (const s of spans) assert.equal(whole.slice(s.start, s.end), s.text, text);
  }
});
