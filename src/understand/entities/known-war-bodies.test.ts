import { test } from "node:test";
import assert from "node:assert/strict";
import { recognizeEntities } from "./recognize.js";

// ent133 (issue 11): well-known bodies of the news streams that marsad did not know (lexicon.ts KNOWN_ORGANIZATIONS):
// the Giants Brigades, the Muslim Brotherhood, the People's Mujahedin, the Kremlin, the Pentagon. Composed sentences.
// (The Yemeni war's coalition, army and resistance stay out: stories DEV fell with them, eval/ner/README.md ent133.)
const orgs = (text: string) => recognizeEntities(text).filter((s) => s.type === "organization").map((s) => s.text);

test("known bodies of the news streams are organizations, in the contexts the tagger missed (ent133)", () => {
  const cases: { text: string; want: string }[] = [
    { text: "وقاتلت ألوية العمالقة طوال الليل على أطراف المدينة.", want: "ألوية العمالقة" },
    { text: "وقال مسؤول في جماعة الإخوان المسلمين إن الحزب سيقاطع الانتخابات.", want: "الإخوان المسلمين" },
    { text: "وكان المؤتمر الذي نظمته حركة مجاهدي خلق المعارضة قد عقد في ضاحية المدينة.", want: "مجاهدي خلق" },
    { text: "وأضاف في بيان نشره الكرملين: إن الزيارة ستتم الشهر المقبل.", want: "الكرملين" },
    { text: "ونقل التقرير عن مسؤولين في البنتاغون أن الخطة لم تقر بعد.", want: "البنتاغون" },
    { text: "ونقلت الصحيفة عن مصدر مقرب للكرملين أن اللقاء تأجل.", want: "للكرملين" },
    { text: "وأعلنت الحكومة حظر الأنشطة المالية للإخوان المسلمين في البلاد.", want: "للإخوان المسلمين" },
  ];
  for (const { text, want } of cases) {
    const found = orgs(text);
    assert.ok(found.includes(want), `${want} in ${found.join(" | ")} (${text})`);
  }
});
