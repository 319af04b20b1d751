import { test } from "node:test";
import assert from "node:assert/strict";
import { recognizeEntities } from "./index.js";

// ent115 (issue 11): a club joined by و to a club in a football report (addClubsAfterClubsInLists), composed sentences.
const found = (text: string) => recognizeEntities(text).map((s) => `${s.type}:${s.text}`);
const MATCH = " وسجل المهاجم هدفين في المباراة الأخيرة من الدوري.";

const cases: { text: string; has: string[]; not?: string[] }[] = [
  // A list of clubs after a listed club: each is a club, the و left out.
  { text: "وتنتظر الجولة مباريات تشيلسي وتوتنهام وواتفورد في نفس اليوم." + MATCH, has: ["organization:توتنهام", "organization:واتفورد"], not: ["location:وواتفورد"] },
  { text: "حقق الفريق نتائج لافتة، مثل الفوز على مانشستر يونايتد ونيوكاسل." + MATCH, has: ["organization:مانشستر يونايتد", "organization:نيوكاسل"] },
  { text: "يتنافس يوفنتوس وبرشلونة على ضم الظهير الأيسر." + MATCH, has: ["organization:يوفنتوس", "organization:برشلونة"], not: ["location:برشلونة"] },
  // A country after a club is a national side, a place by the gold's convention; a common word is no club.
  { text: "شارك لاعبو ريال مدريد وفرنسا في التدريبات." + MATCH, has: ["location:فرنسا"], not: ["organization:فرنسا"] },
  { text: "انتقل اللاعب إلى تشيلسي وسجل هدفا في أول ظهور له." + MATCH, has: ["organization:تشيلسي"], not: ["organization:سجل"] },
  { text: "تحدث اللاعب عن ريال مدريد ومستقبله مع الفريق." + MATCH, has: ["organization:ريال مدريد"], not: ["organization:مستقبله"] },
  // A country's nisba after a foreign club is the club's; before a person's name it is his; after a Saudi club, its coach's or player's.
  { text: "تعول البرازيل على نيمار نجم باريس سان جيرمان الفرنسي، لكنه غاب." + MATCH, has: ["organization:باريس سان جيرمان الفرنسي"] },
  { text: "وأعلن إنتر ميلان الإيطالي ضم المدافع." + MATCH, has: ["organization:إنتر ميلان الإيطالي"] },
  { text: "وسجل لاعب ريال مدريد البرتغالي كريستيانو رونالدو هدفين." + MATCH, has: [], not: ["organization:ريال مدريد البرتغالي"] },
  { text: "ويعقد مدرب الهلال اليوناني دونيس مؤتمرا صحفيا." + MATCH, has: [], not: ["organization:الهلال اليوناني"] },
];

test("a name joined by و to a club is the next club of the list; a nisba after a foreign club is the club's", () => {
  for (const { text, has, not = [] } of cases) {
    const got = found(text);
    for (const h of has) assert.ok(got.includes(h), `${text}\n  want ${h}\n  got ${got.join(" | ")}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}\n  not ${n}\n  got ${got.join(" | ")}`);
  }
});
