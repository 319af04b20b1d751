import { test } from "node:test";
import assert from "node:assert/strict";
import { recognizeEntities } from "./recognize.js";

// ent133 (issue 11): well-known bodies of the news streams that marsad did not know (lexicon.ts KNOWN_ORGANIZATIONS):
// the Yemeni war's coalition, army and resistance, the Giants Brigades, the Kremlin, the Pentagon, the Muslim
// Brotherhood, the People's Mujahedin. Composed sentences.
const orgs = (text: string) => recognizeEntities(text).filter((s) => s.type === "organization").map((s) => s.text);

test("known bodies of the news streams are organizations, in the contexts the tagger missed (ent133)", () => {
  const cases: { text: string; want: string[] }[] = [
    { text: "وتقدمت قوات الجيش الوطني والمقاومة الشعبية نحو مركز المديرية صباح اليوم.", want: ["الجيش الوطني", "المقاومة الشعبية"] },
    { text: "ودمرت الغارات مخازن الأسلحة بعد رصدها بقوات التحالف العربي قرب الساحل.", want: ["التحالف العربي"] },
    { text: "وقال التحالف العربي إن الدفاعات اعترضت الصاروخ فوق المدينة.", want: ["التحالف العربي"] },
    { text: "وقاتلت ألوية العمالقة طوال الليل على أطراف المدينة.", want: ["ألوية العمالقة"] },
    { text: "وقال مسؤول في جماعة الإخوان المسلمين إن الحزب سيقاطع الانتخابات.", want: ["الإخوان المسلمين"] },
    { text: "وأضاف في بيان نشره الكرملين: إن الزيارة ستتم الشهر المقبل.", want: ["الكرملين"] },
    { text: "ونقل التقرير عن مسؤولين في البنتاغون أن الخطة لم تقر بعد.", want: ["البنتاغون"] },
    { text: "وأرسل الصندوق مساعدات للجيش الوطني في الأسبوع الماضي.", want: ["للجيش الوطني"] },
  ];
  for (const { text, want } of cases) {
    const found = orgs(text);
    for (const w of want) assert.ok(found.includes(w), `${w} in ${found.join(" | ")} (${text})`);
  }
});

test("a longer body that opens with a common-word name is not cut to it (ent133)", () => {
  const cases: { text: string; not: string }[] = [
    // another country's army, named with its adjective: the tagger's longer name or nothing, never the bare name
    { text: "وأعلن الجيش الوطني الليبي سيطرته على الميناء أمس.", not: "الجيش الوطني" },
    // the coalition's long name after ل + an indefinite noun
    { text: "وقال المتحدث باسم التحالف العربي لدعم الشرعية إن الطائرات عادت سالمة.", not: "التحالف العربي" },
  ];
  for (const { text, not } of cases) {
    const found = orgs(text);
    assert.ok(!found.includes(not), `${not} not alone in ${found.join(" | ")} (${text})`);
  }
});
