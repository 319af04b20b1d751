import { test } from "node:test";
import assert from "node:assert/strict";
import { loadDefaultModel } from "./model-file.js";
import { recognizeEntities } from "./recognize.js";
import { addRepeatedNames } from "./recognize/repeated-names.js";
import { cutListedWordsOffOrganizations } from "./recognize/cuts.js";
import type { Candidate } from "./recognize/candidate.js";
import { taggerSentences } from "./tokens.js";
import type { EntityType } from "../../types.js";

// ent131 (issue 11): organizations marsad knows (lexicon.ts, or named elsewhere in the article) that their context hid:
// the fused لل and a list the tagger ran together. Composed sentences.
const model = loadDefaultModel();

/** Hand-made mentions, in text order: [type, text]. */
function mentionsOf(text: string, mentions: readonly (readonly [EntityType, string])[]): Candidate[] {
  let from = 0;
  return mentions.map(([type, m]) => {
    const start = text.indexOf(m, from);
    assert.ok(start >= 0, `${m} in ${text}`);
    from = start + m.length;
    return { type, text: m, start, end: start + m.length, evidence: {} };
  });
}
const shown = (spans: readonly Candidate[]) => spans.map((s) => `${s.type[0]}:${s.text}`);

test("a known organization written with the fused لل is found, the لل kept (ent131)", () => {
  const cases: { text: string; want: string[] }[] = [
    { text: "وأصيب 170 شخصا بجروح في حصيلة للصليب الأحمر في المدينة.", want: ["o:للصليب الأحمر"] },
    { text: "قررت الإدارة وقف مساهمتها السنوية للأونروا هذا العام.", want: ["o:للأونروا"] },
    { text: "وقال المتحدث إن الحكومة قدمت الدعم وللأونروا دورها.", want: ["o:للأونروا"] },
  ];
  for (const { text, want } of cases) {
    const found = recognizeEntities(text).filter((s) => s.type === "organization").map((s) => `o:${s.text}`);
    for (const w of want) assert.ok(found.includes(w), `${w} in ${found.join(" | ")} (${text})`);
  }
});

test("an organization the article names is found again after the fused لل; not a person, a plain word or a longer name (ent131)", () => {
  const cases: { text: string; mentions: [EntityType, string][]; want: string[] }[] = [
    // Several words, and the article names nothing by one word (the early return skipped the search).
    { text: "قال الحرس الثوري الإيراني إن الهجوم فشل. وقال بيان للحرس الثوري الإيراني إن العملية انتهت.", mentions: [["organization", "الحرس الثوري الإيراني"]], want: ["o:الحرس الثوري الإيراني", "o:للحرس الثوري الإيراني"] },
    // One word, a club after its head: a plain word there too.
    { text: "فاز نادي الهلال على منافسه. وسجل اللاعب هدفا للهلال في الدقيقة الأخيرة.", mentions: [["organization", "نادي الهلال"]], want: ["o:نادي الهلال", "o:للهلال"] },
    { text: "تعاقد نادي الفيصلي مع المدرب. وسجل المهاجم وللفيصلي فرصة أخرى.", mentions: [["organization", "نادي الفيصلي"]], want: ["o:نادي الفيصلي", "o:للفيصلي"] },
    // Kept out: a one-word name without its club's head (the article's own mention may be the tagger's error: للأكراد),
    // a person's name, a definite word after (a longer name).
    { text: "فاز الهلال في المباراة. وقدم الدعم للهلال في المدينة.", mentions: [["organization", "الهلال"]], want: ["o:الهلال"] },
    { text: "طالب الأكراد بحقوقهم. وقدمت الحكومة ضمانات للأكراد في الشمال.", mentions: [["organization", "الأكراد"]], want: ["o:الأكراد"] },
    { text: "قال عبدالملك الحوثي إن المعركة مستمرة. ووجه الاتهام للحوثي في الخطاب.", mentions: [["person", "عبدالملك الحوثي"]], want: ["p:عبدالملك الحوثي"] },
    { text: "تعاقد نادي الفيصلي مع المدرب. وقدم الدعم للفيصلي الجديد في المدينة.", mentions: [["organization", "نادي الفيصلي"]], want: ["o:نادي الفيصلي"] },
  ];
  for (const { text, mentions, want } of cases) {
    const spans = mentionsOf(text, mentions);
    addRepeatedNames(text, taggerSentences(text), spans, model);
    assert.deepEqual(shown(spans), want, text);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, text);
  }
});

test("a body cut off an organization's list is its own when the article or the lexicon names it alone (ent131)", () => {
  const cases: { text: string; mentions: [EntityType, string][]; want: string[] }[] = [
    { text: "تقدم ليفربول على منافسه. ويلتقي ريال وليفربول في النهائي.", mentions: [["organization", "ليفربول"], ["organization", "ريال وليفربول"]], want: ["o:ليفربول", "o:ريال", "o:ليفربول"] },
    { text: "خسر أرسنال أمام مانشستر سيتي وتشيلسي في الجولتين. وفاز تشيلسي بعدها.", mentions: [["organization", "أرسنال"], ["organization", "مانشستر سيتي وتشيلسي"], ["organization", "تشيلسي"]], want: ["o:أرسنال", "o:مانشستر سيتي", "o:تشيلسي", "o:تشيلسي"] },
    { text: "وقع الاختيار على شركتي سبيس إكس وبوينغ للبرنامج.", mentions: [["organization", "سبيس إكس وبوينغ"]], want: ["o:سبيس إكس", "o:بوينغ"] },
    // Cut and left unnamed: a title, a verbal noun.
    { text: "حضر ممثلو وزارة العمل والدكتور خالد الاجتماع.", mentions: [["organization", "وزارة العمل والدكتور"]], want: ["o:وزارة العمل"] },
    { text: "تسعى خطة البنك المركزي وإجبار المصارف على الالتزام.", mentions: [["organization", "البنك المركزي وإجبار"]], want: ["o:البنك المركزي"] },
  ];
  for (const { text, mentions, want } of cases) {
    const spans = mentionsOf(text, mentions);
    cutListedWordsOffOrganizations(text, spans, model);
    assert.deepEqual(shown(spans), want, text);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, text);
  }
});
