import { test } from "node:test";
import assert from "node:assert/strict";
import { recognizeEntities } from "./index.js";
import { addCitedCommonWordOutlets, outletNamesCited, outletNamesCitedByFullScans } from "./press-outlets.js";
import type { Candidate } from "./recognize/candidate.js";

// ent117 (issue 11): outlets whose names are common words or places, composed sentences.
const found = (text: string) => recognizeEntities(text).map((s) => `${s.type}:${s.text}`);

const cases: { text: string; has: string[]; not?: string[] }[] = [
  // After a medium's head: the name alone is the outlet.
  { text: "وارتفعت الأسعار في الرياض، بحسب صحيفة الشرق الأوسط.", has: ["organization:الشرق الأوسط", "location:الرياض"] },
  { text: "وقالت قناة الجزيرة إن الهجوم وقع في إدلب.", has: ["organization:الجزيرة", "location:إدلب"] },
  { text: "ونقلت صحيفة الوطن عن مصادر أن الوزير سيزور جدة.", has: ["organization:الوطن"] },
  { text: "أفاد مراسل \"العربية\"، الاثنين، بأن الرئيس عمر البشير وصل.", has: ["organization:العربية", "person:عمر البشير"] },
  { text: "ويكتب الكاتب مقالا أسبوعيا في جريدة الرياض السعودية.", has: ["organization:الرياض"], not: ["location:الرياض", "location:الرياض السعودية"] },
  { text: "وذكر موقع \"الشروق\" الجزائري أن السلطات أغلقت المعبر.", has: ["organization:الشروق"] },
  // After a citing word, for names that are no common object of it.
  { text: "وذكرت الحياة أن الوزير محمد العلي سيزور القاهرة.", has: ["organization:الحياة", "location:القاهرة"] },
  { text: "وأوردت الأناضول أن الجيش التركي قصف مواقع للمسلحين.", has: ["organization:الأناضول"] },
  { text: "وقالت العربية إن التحالف قصف مواقع في صعدة.", has: ["organization:العربية", "location:صعدة"] },
  // A quoted name told or heard from: every mention of the name is the outlet's.
  { text: "قال مسؤول ليبي، لـ«الشرق الأوسط»، إن آلاف المهاجرين يدخلون البلاد. وأبلغ ناشطون «الشرق الأوسط» أن المعركة مستمرة.", has: ["organization:الشرق الأوسط"], not: ["location:الشرق الأوسط"] },
  { text: "وقال المتحدث في حديث إلى «عكاظ» إن العمل بدأ في جدة.", has: ["organization:عكاظ"] },
  // Not an outlet: a verb's common object, a place's site, life, the island, the region.
  { text: "ونشرت اليوم الوزارة بيانا عن الأمطار.", has: [], not: ["organization:اليوم"] },
  { text: "وتسلمت الشرطة المركب، بحسب البيان الصادر عن الجيش.", has: [], not: ["organization:البيان"] },
  { text: "وزار الوفد موقع المدينة الأثري في الصباح.", has: [], not: ["organization:المدينة"] },
  { text: "وعادت الحياة إلى طبيعتها في المدينة بعد الأمطار.", has: [], not: ["organization:الحياة"] },
  // An article that names the region too keeps one type for the name (the merge joins them).
  { text: "تشهد منطقة الشرق الأوسط توترا. وقال الوزير لصحيفة الشرق الأوسط إن الحوار مستمر.", has: ["location:الشرق الأوسط"], not: ["organization:الشرق الأوسط"] },
];

test("an outlet named by a common word is an organization after a medium's head or a citing word, and nowhere else", () => {
  for (const { text, has, not = [] } of cases) {
    const got = found(text);
    for (const h of has) assert.ok(got.includes(h), `${text}: ${h} missing from ${got.join(" | ")}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: ${n} unexpected in ${got.join(" | ")}`);
  }
});

test("outletNamesCited: the name's offsets, quotes and the head outside; a site's head only with quotes", () => {
  const text = "قال لصحيفة «الوطن» إن موقع المدينة تغير، وبحسب الجزيرة فإن الأمر انتهى.";
  assert.deepEqual(outletNamesCited(text).map((c) => text.slice(c.start, c.end)), ["الوطن", "الجزيرة"]);
});

test("outletNamesCited: tried only where a head, citing word or opener may start it, the same names as every offset's scans", () => {
  const texts = [
    ...cases.map((c) => c.text),
    // each head and citing word after fused letters; the openers of a quoted name (بـ, لـ, مع, إلى, أبلغ, علمت), spaces before the mark
    "وبصحيفة الوطن ولجريدة «الرياض» وفبقناة الجزيرة وشبكة العربية ومجلة المساء وتلفزيون الغد وتليفزيون الثورة ومراسلو الجزيرة",
    "لموقع «سبق» وموقع الوئام. ذكرت الحياة وقالت النهار ونقلت الوطن ففادت الأناضول وأوردت عكاظ وكشفت الأهرام ونشرت الشروق",
    "فبحسب القبس وحسبما السفير ووفقاً لـ الميادين ونقلا عن المنار ووفق لالإخبارية",
    "ب «الحياة» و لـ  «عكاظ» ولـ“القبس” مع «الشروق» الى \"النهار\" وأبلغ مسؤول كبير «الوطن» وعلمت «الرياض»",
    "قالت\u00A0 «الجزيرة»\u00A0» في المجلس قناعة الشبكة، «الشرق الأوسط» «اليوم السابع»",
    "", "English «only»", "«", "ل«",
  ];
  for (const text of texts) assert.deepEqual(outletNamesCited(text), outletNamesCitedByFullScans(text), text);
  assert.ok(texts.reduce((n, t) => n + outletNamesCited(t).length, 0) >= 30);
});

test("addCitedCommonWordOutlets: a place over the name gives way, an organization over it stays", () => {
  const text = "وبحسب جريدة الرياض السعودية وصحيفة الحياة اللندنية";
  const mention = (type: Candidate["type"], name: string): Candidate => ({ type, text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length, evidence: {} });
  const place = mention("location", "الرياض السعودية");
  const paper = mention("organization", "الحياة اللندنية");
  const spans = [place, paper];
  addCitedCommonWordOutlets(text, spans);
  assert.deepEqual(spans.map((s) => `${s.type}:${s.text}`), ["organization:الرياض", "organization:الحياة اللندنية"]);
});
