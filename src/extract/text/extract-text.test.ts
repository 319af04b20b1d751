import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { pageFromBytes } from "../../acquire/local-files.js";
import { contractErrors } from "../../contract.js";
import type { Page } from "../../types.js";
import { readGoldenCase, type GoldenResult } from "./golden.js";
import { endsSentenceNoStampTakes, extractTextPage } from "./extract-text.js";

// build/extract/text → the fixtures stay in src (they are data, not compiled).
const FIXTURES = new URL("../../../src/extract/text/fixtures/", import.meta.url);
const cases = readdirSync(FIXTURES).sort();

test("there are at least 30 golden pages", () => assert.ok(cases.length >= 30, `${cases.length} cases`));

for (const name of cases) {
  test(`golden: ${name}`, () => {
    const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, FIXTURES), "utf8")) as GoldenResult;
    const actual = readGoldenCase(name, new URL(`${name}/input.txt`, FIXTURES));
    assert.deepEqual(actual, expected);
    if (actual.output) assert.deepEqual(contractErrors(actual.output), []);
  });
}

function page(text: string): Page {
  return { input: "t.txt", text, kind: "text", url: null, charset: "utf-8" };
}

function main(text: string) {
  const r = extractTextPage(page(text));
  assert.ok(r.value, "an article");
  return r.value;
}

test("body keeps its first sentence and none of the embed, tag line, read-also block or credits", () => {
  const text = readFileSync(new URL("composite-glued-cues/input.txt", FIXTURES), "utf8");
  const [article, related] = main(text);
  assert.ok(article!.body.startsWith("وقعت بلديتا الجبل والوادي"));
  for (const absent of ["Our two towns", "@MayorLina", "t.co", "المصدر:", "كلمات دلالية", "إقرأ أيضاً", "دوري الأبطال", "الدفاع المدني يدرب"]) {
    assert.ok(!article!.body.includes(absent), absent);
  }
  assert.ok(article!.body.includes("وأوضح البيان أن الاتفاق"), "body resumes after the glued attribution");
  assert.equal(related?.role, "related");
  assert.ok(!related!.body.includes("وقعت بلديتا"));
});

test("tags carry no Persian letter forms and are unique after folding", () => {
  const [article] = main(readFileSync(new URL("composite-glued-cues/input.txt", FIXTURES), "utf8"));
  assert.ok(article!.tags.every((t) => !/[\u06CC\u06A9]/.test(t.text)));
  const keys = article!.tags.map((t) => t.text.replace(/[\u0622\u0623\u0625]/g, "\u0627"));
  assert.equal(new Set(keys).size, keys.length);
});

test("a page of only white space and controls gives extract-no-text", () => {
  const r = extractTextPage(page("\u200f\n  \n"));
  assert.equal(r.value, null);
  assert.equal(r.issues[0]?.code, "extract-no-text");
});

test("a 20 MB page is read whole, title first", () => {
  const paragraph = "وقالت الوزارة في بيان إن فرق الصيانة أنهت أعمالها في الموعد المحدد دون تسجيل أي حوادث تذكر.\n";
  const lines = ["عنوان صفحة كبيرة جدا", "تاريخ النشر: 20 سبتمبر 2023"];
  let size = 0;
  const target = 20 * 1024 * 1024;
  const chunk = paragraph.repeat(100);
  const parts: string[] = [lines.join("\n"), "\n"];
  while (size < target) {
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  const bytes = new TextEncoder().encode(parts.join(""));
  const read = pageFromBytes("big.txt", bytes);
  assert.ok(read.page);
  const [article] = main(read.page.text);
  assert.equal(article!.title, "عنوان صفحة كبيرة جدا");
  assert.equal(article!.publishedAt, "2023-09-20");
  assert.ok(article!.body.length > 19 * 1024 * 1024 / 2, "body holds the page (2 bytes per Arabic letter)");
});

// A read-also list inside an article (ANT's BBC and CNN bodies have this shape): the list's headlines
// are related articles, and the sentences after it stay in the main body. Composed, not copied.
const listsInsideBodies: Array<[string, string, string[]]> = [
  [
    "BBC-style label with a colon",
    "اقرأ أيضاً:",
    ["منظمة دولية تمنح جائزة الصحافة لمصور معتقل", "زعيم إقليمي سابق من الصحافة إلى السياسة", "حبس رئيس تحرير خلال تغطية الانتخابات"],
  ],
  [
    "related-topics label, a headline closed by a question mark",
    "مواضيع ذات صلة",
    ["هل تغير الانتخابات خريطة التحالفات في البرلمان؟", "أحزاب جديدة تدخل السباق في الإقليم"],
  ],
  [
    "label written with tatweel",
    "اقرأ أيضـــا",
    ["ارتفاع أسعار الوقود للمرة الثالثة هذا العام", "الحكومة تعلن خطة لدعم النقل العام", "نقابة السائقين تدعو إلى إضراب"],
  ],
];
const LEAD = "أعلنت الهيئة العامة للانتخابات مساء الاثنين النتائج الأولية للاقتراع في ثماني محافظات بعد فرز أكثر من نصف الأصوات.";
const AFTER = "وقال المتحدث باسم الهيئة في مؤتمر صحفي إن النتائج النهائية ستعلن خلال أسبوع بعد تدقيق الطعون المقدمة من الأحزاب المشاركة.";
const LAST = "وشهدت بعض المراكز تأخرا في فتح أبوابها بسبب نقص في المعدات، بحسب مراقبين محليين.";
for (const [shape, label, headlines] of listsInsideBodies) {
  test(`read-also list inside a body: the sentences after it stay in the body (${shape})`, () => {
    const [article, ...related] = main(["نتائج أولية للانتخابات", LEAD, label, ...headlines, AFTER, LAST].join("\n"));
    assert.equal(article!.body, [LEAD, AFTER, LAST].join("\n\n"));
    assert.deepEqual(related.map((r) => [r.title, r.body]), headlines.map((h) => [h, ""]));
  });
}

test("read-also with one headline then prose at a page's end stays a related article with its text", () => {
  const related = "روسيا تدعو جارتها إلى تحسين العلاقات بين البلدين";
  const [article, other] = main(["نتائج أولية للانتخابات", LEAD, "إقرأ أيضاً:", related, AFTER].join("\n"));
  assert.equal(article!.body, LEAD);
  assert.equal(other!.title, related);
  assert.equal(other!.body, AFTER);
});

test("a read-also label inside a sentence cuts nothing; glued after a full stop it opens a block", () => {
  const sentence = "وقال المنظمون إن الجمهور شاهد أيضاً: عروضا فنية وأمسيات شعرية طوال أيام المهرجان الثلاثة.";
  const [kept] = main(["مهرجان الشعر يختتم دورته", sentence].join("\n"));
  assert.equal(kept!.body, sentence);
  const [cut, related] = main(["مهرجان الشعر يختتم دورته", `${LEAD}اقرأ أيضاً: افتتاح معرض الكتاب في العاصمة`].join("\n"));
  assert.equal(cut!.body, LEAD);
  assert.equal(related!.title, "افتتاح معرض الكتاب في العاصمة");
});

test("a headline that opens with a share verb is the title, not a share prompt", () => {
  const [article] = main(["حفظ 3 ملايين وجبة من فائض الطعام", LEAD].join("\n"));
  assert.equal(article!.title, "حفظ 3 ملايين وجبة من فائض الطعام");
  assert.equal(article!.body, LEAD);
});

test("a head's meta bar with counters and a bare time still gives its date; a bar of counters alone is chrome", () => {
  const read = (bar: string) =>
    extractTextPage({ input: "x", text: ["الحكومة تعلن خطة جديدة لدعم صغار المزارعين", bar, "أعلنت الحكومة اليوم خطة جديدة لدعم صغار المزارعين في المحافظات الجنوبية بقروض ميسرة."].join("\n"), kind: "text", url: null, charset: "utf-8" }).value![0]!;
  assert.equal(read("08:00 ص | الجمعة 25 ديسمبر 2020").publishedAt, "2020-12-25");
  assert.equal(read("08:15 م الأحد 12 مايو 2024").publishedAt, "2024-05-12T20:15");
  assert.equal(read("٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠").publishedAt, "2020-12-01T02:00");
  assert.equal(read("الجمعة 25 ديسمبر 2020 - 10:30 م | عدد المشاهدات 1234").publishedAt, "2020-12-25T22:30");
  assert.equal(read("السبت 26 ديسمبر 2020 • 3 دقائق قراءة • 12 تعليق").publishedAt, "2020-12-26");
  const bare = read("حجم الخط | منذ 3 ساعات");
  assert.equal(bare.publishedAt, null);
  assert.ok(!bare.body.includes("حجم الخط"), bare.body);
});

test("a meta bar's desk, writer or site name beside its date costs it no date, and is no credit", () => {
  const read = (bar: string) =>
    extractTextPage({ input: "x", text: ["الأخضر الشاب يختتم معسكره الإعدادي في أبها", bar, "اختتم المنتخب الوطني للشباب معسكره الإعدادي في أبها بمباراة ودية أمام فريق محلي، استعدادا للبطولة القارية."].join("\n"), kind: "text", url: null, charset: "utf-8" }).value![0]!;
  const desk = read("أبها - الرياضية | Sunday, 14 June 2015 - 15:34 pm");
  assert.equal(desk.publishedAt, "2015-06-14T15:34");
  assert.equal(desk.source.name, null);
  assert.equal(desk.title, "الأخضر الشاب يختتم معسكره الإعدادي في أبها");
  assert.ok(!desk.body.includes("الرياضية |"), desk.body);
  assert.equal(read("المنسق الإعلامي – سامي العتيبي | الأحد 14 يونيو 2015").publishedAt, "2015-06-14");
  assert.equal(read("صحيفة الوادي الجديد | الأحد 14 يونيو 2015 على الساعة 18:25").publishedAt, "2015-06-14T18:25");
  // A part that says something (a sentence, a figure) is no name: the bar stays text.
  assert.equal(read("فاز الفريق على منافسه 3-1 في الدقائق الأخيرة | الأحد 14 يونيو 2015").publishedAt, null);
});

// Datelines the reader cannot take whole: another calendar it does not know, a zone by a city's
// name, a print daily's issue number in brackets. Composed in Iranian, Palestinian, London-Arab
// and Saudi shapes.
const piecedDatelines: Array<[string, string]> = [
  ["السبت 22 أرديبهشت 1403 - 11 مايو 2024 - 18:25 بتوقيت طهران", "2024-05-11"],
  ["نشرت بتاريخ: السبت 11 مايو 2024 - 18:25 بتوقيت القدس", "2024-05-11"],
  ["السبت - 3 ذو القعدة 1445 هـ - 11 مايو 2024 مـ رقم العدد [ 16600 ]", "2024-05-11"],
  ["الأحد 12 مايو 2024 - 09:40 بتوقيت الرياض", "2024-05-12"],
];
const ROAD_LEAD = "أعلنت السلطات المحلية، اليوم، إغلاق الطريق الرئيسي المؤدي إلى المدينة بسبب أعمال صيانة عاجلة في الجسر.";
for (const [dateline, day] of piecedDatelines) {
  test(`a dateline's Gregorian piece gives the date, its other pieces being stamps: ${dateline}`, () => {
    const [article] = main(`عنوان الخبر عن إغلاق الطريق الرئيسي\n${dateline}\n${ROAD_LEAD}`);
    assert.equal(article!.publishedAt?.slice(0, 10), day);
    assert.equal(article!.title, "عنوان الخبر عن إغلاق الطريق الرئيسي");
    assert.equal(article!.body, ROAD_LEAD);
  });
}

test("a dateline piece is not a sentence: a line that only mentions a date stays text", () => {
  const line = "قالت الوزارة - في بيان مطول أصدرته اليوم للصحفيين - إن الاجتماع يعقد في 11 مايو 2024";
  const [article] = main(`عنوان الخبر عن الاجتماع الوزاري\n${line}\n${ROAD_LEAD}`);
  assert.equal(article!.publishedAt, null);
});

// A post known by its address alone prints its channel's name over its text (Telegram embeds of
// Libyan, Sudanese and Lebanese channels, composed): the name is the embed's author, not body.
const channelPosts: Array<[string, string]> = [
  ["مباشر ليبيا", "t.me/libya_live_news/40213"],
  ["سلطة الطيران المدني", "t.me/sudan_caa_demo/455"],
  ["بلدية الساحل", "https://t.me/baladiya_sahel_demo/812"],
];
for (const [channel, url] of channelPosts) {
  test(`a post's channel name over its text is the embed's author: ${channel}`, () => {
    const text = ["عنوان الخبر عن إغلاق الطريق الرئيسي", ROAD_LEAD, channel, "إغلاق الطريق اعتبارا من صباح الغد حتى إشعار آخر", "👁 3.2K", url, ROAD_LEAD].join("\n");
    const [article] = main(text);
    assert.ok(!article!.body.includes(channel), article!.body);
    assert.equal(article!.embeds[0]?.author, channel);
    assert.equal(article!.embeds[0]?.text, "إغلاق الطريق اعتبارا من صباح الغد حتى إشعار آخر");
  });
}

test("a paragraph over a post is no channel name: it stays in the body", () => {
  const text = ["عنوان الخبر عن إغلاق الطريق الرئيسي", ROAD_LEAD, "وقالت البلدية في منشور:", "إغلاق الطريق اعتبارا من صباح الغد", "t.me/baladiya_sahel_demo/812"].join("\n");
  const [article] = main(text);
  assert.ok(article!.body.includes("وقالت البلدية في منشور:"));
  assert.equal(article!.embeds[0]?.author, null);
});

// A Hijri date line printed over the Gregorian one, in the head or above it (Yemeni, Omani and
// Kuwaiti dailies' shapes, composed): the Gregorian date wins; the Hijri one only when alone.
const hijriOverGregorian: Array<[string[], string]> = [
  [["السبت 4 ذو القعدة 1445هـ", "11 مايو 2024م"], "2024-05-11"],
  [["4 ذو القعدة 1445هـ", "الموافق 11 مايو 2024م"], "2024-05-11"],
  [["الأحد 5 ذو القعدة 1445 هـ", "محمد الراشد", "12 مايو 2024"], "2024-05-12"],
  [["الأحد 5 ذو القعدة 1445 هـ"], "2024-05-13"],
];
for (const [lines, day] of hijriOverGregorian) {
  test(`the Gregorian date line wins over a Hijri one printed first: ${lines.join(" / ")}`, () => {
    const [article] = main(["عنوان الخبر عن إغلاق الطريق الرئيسي", ...lines, ROAD_LEAD].join("\n"));
    assert.equal(article!.publishedAt?.slice(0, 10), day);
  });
}

// An agency's lead signed with the place and the full day: the date when the page printed none.
const leadDatelines: Array<[string, string | null]> = [
  ["بكين 11 مايو 2024 (شينخوا) أطلقت الصين قمرا صناعيا جديدا لرصد الأحوال الجوية من مركز جيوتشيوان.", "2024-05-11"],
  ["الكويت - 11 - 5 - 2024 (كونا) -- أطلقت الوزارة حملة وطنية لترشيد الاستهلاك مع دخول فصل الصيف.", "2024-05-11"],
  ["عجلون 11 أيار 2024 (بترا) - أخمدت كوادر الدفاع المدني حريقا اندلع في أعشاب جافة وأشجار حرجية.", "2024-05-11"],
  // No year, or a bracket that is no agency: no date.
  ["عمان 24 نيسان (بترا) - أخمدت كوادر الدفاع المدني حريقا اندلع في أعشاب جافة وأشجار حرجية.", null],
  ["القاهرة 11 مايو 2024 (الجمعة) أطلقت الوزارة حملة وطنية لترشيد الاستهلاك مع دخول فصل الصيف.", null],
];
for (const [lead, day] of leadDatelines) {
  test(`an agency's lead signed with its full day dates the article: «${lead.slice(0, 30)}…»`, () => {
    const [article] = main(["عنوان الخبر عن الحملة الوطنية الجديدة", lead].join("\n"));
    assert.equal(article!.publishedAt?.slice(0, 10) ?? null, day);
  });
}

// The date printed over a whole page's headline as two lines, Gregorian and Hijri in either order
// (Saudi, Bahraini dailies' shapes, composed): both are the date block, the Gregorian wins.
const MENU = ["الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "محليات"];
const datesAboveTitle: Array<[string[], string]> = [
  [["11 مايو 2024", "السبت 4 ذو القعدة 1445"], "2024-05-11"],
  [["الأحد 5 ذو القعدة 1445", "12 مايو 2024"], "2024-05-12"],
  [["السبت 11 مايو 2024", "4 ذو القعدة 1445"], "2024-05-11"],
];
for (const [lines, day] of datesAboveTitle) {
  test(`a whole page's date block over the headline: the Gregorian line wins (${lines.join(" / ")})`, () => {
    const text = [...MENU, ...lines, "عنوان الخبر عن إغلاق الطريق الرئيسي", ROAD_LEAD, ROAD_LEAD, "أخبار ذات صلة", "عنوان آخر", "عنوان ثالث"].join("\n");
    const [article] = main(text);
    assert.equal(article!.title, "عنوان الخبر عن إغلاق الطريق الرئيسي");
    assert.equal(article!.publishedAt?.slice(0, 10), day);
  });
}

// Wire credits signed with the editors' initials (DW, Petra, ONA shapes) and initials alone (Rudaw,
// DW's writer line): never body; the agency, when named, is the source. Composed here.
const initialledLines: Array<[string, string | null]> = [
  ["ع.ح/ ف.ي (د ب أ)", "د ب أ"],
  ["--(بترا) م ع/ س ص", "بترا"],
  ["/العمانية/ ع خ", "العمانية"],
  ["ص.ش/ ع.ج (رويترز، أ ف ب)", "رويترز"],
  ["ع ن", null],
  ["الكاتب ع.ح/ ف.ي", null],
];
for (const [line, source] of initialledLines) {
  test(`editors' initials are no body, the agency beside them is the source: ${line}`, () => {
    const [article] = main(["عنوان الخبر عن إغلاق الطريق الرئيسي", ROAD_LEAD, line].join("\n"));
    assert.equal(article!.body, ROAD_LEAD);
    assert.equal(article!.source.name, source);
  });
}

test("short words and brackets that are no agency stay in the body", () => {
  for (const line of ["م ع (الجمعة)", "من في", "لا"]) {
    const [article] = main(["عنوان الخبر عن إغلاق الطريق الرئيسي", ROAD_LEAD, line].join("\n"));
    assert.ok(article!.body.endsWith(line), line);
  }
});

test("a line that ends a sentence no date can end skips the date finder; date lines ending in a name, a.m. or hrs. still reach it", () => {
  for (const prose of ["أعلنت الأكاديمية إرجاء الجائزة للعام 2018.", "ارتفعت الأسعار 5% في عام 2020 .", "قال الوزير إن عام 2020 كان \"صعباً\".", "بلغ النمو 3.5 في المئة عام 2019%.", "هل يعود الدوري في 2021؟", "Will it end in 2020?", "نُشر في 5 مايو 2020 (بتوقيت القدس)."]) {
    assert.ok(endsSentenceNoStampTakes(prose), prose);
  }
  for (const stamp of ["Posted 11 April 2018 by Walter S.", "October 7, 2020, 7:09 a.m.", "7 octobre 2020 à 10:30 hrs.", "Publié le 7 octobre 2020 par Jean D.", "Oct. 5, 2020", "الجمعة 25 ديسمبر 2020", "25 ديسمبر 2020 - 10:30 م", "Stand 7.10.2020 by Xعلي.", "Stand 7.10.2020 by 𝐀علي."]) {
    assert.ok(!endsSentenceNoStampTakes(stamp), stamp);
  }
  const read = (line: string) =>
    extractTextPage({ input: "x", text: ["الحكومة تعلن خطة جديدة لدعم صغار المزارعين", line, "أعلنت الحكومة اليوم خطة جديدة لدعم صغار المزارعين في المحافظات الجنوبية بقروض ميسرة."].join("\n"), kind: "text", url: null, charset: "utf-8" }).value![0]!;
  assert.equal(read("Posted 11 April 2018 by Walter S.").publishedAt, "2018-04-11");
  assert.equal(read("October 7, 2020, 7:09 a.m.").publishedAt, "2020-10-07T07:09");
  assert.equal(read("Publié le 7 octobre 2020 par Jean D.").publishedAt, "2020-10-07");
  assert.equal(read("أعلنت الحكومة خطتها في 7 أكتوبر 2020.").publishedAt, null);
});

// dump21: a date stamp with other text on its line (splitOpeningDate). Real shapes: Correctiv `21. Mai 2026 <caption>`,
// bmz `Pressemitteilung vom 25. Januar 2022 |  Berlin – <lead>`, chemie.de `12.12.2022 - Empa (…)`, FAZ `15.04.2025, 17:59Lesezeit: 5 Min.`.
const STAMP_HEADLINE = "البنك المركزي يرفع سعر الفائدة نصف نقطة لكبح التضخم";
const STAMP_LEAD = "قرر البنك المركزي اليوم رفع سعر الفائدة الأساسي نصف نقطة مئوية في اجتماعه الدوري، وقال المحافظ إن القرار يهدف إلى كبح التضخم.";
const STAMP_MORE = "وأضاف أن البنك سيواصل مراقبة الأسعار عن كثب خلال الأشهر المقبلة في كل المحافظات.";
const stampRows: ReadonlyArray<readonly [string, string, string | null]> = [
  ["stamp | lead", `الأحد 12 مايو 2024 - 10:15 | القاهرة – ${STAMP_LEAD}`, "2024-05-12"],
  ["stamp then a caption", "12/05/2024 محافظ البنك المركزي خلال المؤتمر الصحفي (أرشيفية)", "2024-05-12"],
  ["stamp - desk", "12.05.2024 - وكالة الأنباء الرسمية", "2024-05-12"],
  ["stamp, time glued to a label", "12/05/2024، 10:15زمن القراءة 3 دقائق", "2024-05-12"],
  ["a sentence with a day inside", `في 12 مايو 2024 أعلنت الوزارة أنها ستراجع الأسعار في نهاية الشهر المقبل.`, null],
  ["a day then a comma", "12 مايو 2024، أعلنت الوزارة أنها ستراجع الأسعار", null],
  ["a chronology's entry", "7 ديسمبر 2014: الحكومة تعلن أول خطة لكبح التضخم", null],
];
for (const [name, line, want] of stampRows) {
  test(`a date stamp with text on its line: ${name}`, () => {
    const [article] = main(`${STAMP_HEADLINE}\n\n${line}\n\n${STAMP_LEAD}\n\n${STAMP_MORE}`);
    assert.equal(article!.publishedAt?.slice(0, 10) ?? null, want);
  });
}

test("a date stamp with text on its line: two such lines are a list (teasers), none is the article's date", () => {
  const rail = "11 مايو 2024 ارتفاع أسعار الذهب في الأسواق المحلية\n\n10 مايو 2024 الحكومة تعلن خطة جديدة للإسكان";
  const [article] = main(`${STAMP_HEADLINE}\n\n${rail}\n\n${STAMP_LEAD}\n\n${STAMP_MORE}`);
  assert.equal(article!.publishedAt, null);
});

test("a date stamp with text on its line: the lead after the stamp opens the body", () => {
  const [article] = main(`${STAMP_HEADLINE}\n\nالأحد 12 مايو 2024 | القاهرة – ${STAMP_LEAD}\n\n${STAMP_MORE}`);
  assert.ok(article!.body.startsWith("القاهرة –"), article!.body.slice(0, 40));
});

// dump21: a date line with its time of day far over the headline (FoxNews `Published April 26, 2023 2:20pm EDT` over
// headline, deck, byline and share bar; mirror.co.uk `* 22:30, 9 MAY 2020`; banyuetan `2020-01-02 17:11`), while a
// header's widget prints the bare day (`Monday, May 13, 2024`) and is not taken from so far.
function farDatePage(dateLine: string): string {
  const menu = ["الرئيسية", "أخبار", "اقتصاد", "رياضة", "فن", "منوعات", "فيديو", "صور", "رأي", "اتصل بنا"];
  const shareBar = ["مشاركة", "فيسبوك", "تويتر", "واتساب", "طباعة", "نسخ الرابط"];
  return [...menu, "", dateLine, "اقتصاد", "البنوك", "أسعار الفائدة", STAMP_HEADLINE, "المحافظ: القرار يهدف إلى كبح التضخم وحماية العملة", "بقلم محمد أحمد", ...shareBar, "", STAMP_LEAD, "", STAMP_MORE, "", "الأكثر قراءة", "سعر الذهب اليوم", "سعر الدولار اليوم", "حالة الطقس غدا", "نتائج المباريات"].join("\n");
}
const farDateRows: ReadonlyArray<readonly [string, string, string | null]> = [
  ["a date and a time", "نشر في 12 مايو 2024 - 10:15", "2024-05-12"],
  ["the time first", "10:15، 12 مايو 2024", "2024-05-12"],
  ["a header's bare day", "الأحد 12 مايو 2024", null],
];
for (const [name, dateLine, want] of farDateRows) {
  test(`a date line far over the headline: ${name}`, () => {
    const [article] = main(farDatePage(dateLine));
    assert.equal(article!.title, STAMP_HEADLINE);
    assert.equal(article!.publishedAt?.slice(0, 10) ?? null, want);
  });
}

test("credit: an agency's dotted initials after the place are its name as printed; undotted initials are no credit", () => {
  const body = "أعلنت وزارة الصحة مساء الثلاثاء تسجيل ثلاثين إصابة جديدة بالفيروس، بينها حالتا وفاة، في أعلى حصيلة يومية منذ بداية الشهر.\nوقالت الوزارة في بيان إن جميع الحالات الجديدة خضعت للعزل في المستشفيات المخصصة، وإن فرق الرصد تتابع المخالطين في ثلاث محافظات.";
  const cases: [string, string | null][] = [
    ["الرباط — و.م.ع", "و.م.ع"],
    ["الرباط — (و.م.ع)", "و.م.ع"],
    ["الرباط - ق.ن.ا", "ق.ن.ا"],
    ["الرباط — وم ع", null],
  ];
  for (const [credit, name] of cases) {
    const r = extractTextPage({ input: "p.txt", text: `الحكومة تعلن خطة جديدة لدعم صغار المزارعين\n${credit}\n${body}`, kind: "text", url: null, charset: "utf-8" });
    assert.equal(r.value?.[0]?.source.name ?? null, name, credit);
  }
});

// dump23: a date label printed on a line of its own over its date, as renderers print a meta block whose label and
// value are blocks of their own (news18 `LAST UPDATED:` / `SEPTEMBER 24, 2020, 9:27 PM IST`, legrandcontinent `Date` /
// `2 mars 2020`): the label names the date under it; under an update label the day is never the publication day.
const loneLabelRows: ReadonlyArray<readonly [string, readonly string[], string | null, string | null]> = [
  ["update label with a colon, then the publication label", ["آخر تحديث:", "الأحد 12 مايو 2024 - 10:30", "نشر في:", "السبت 11 مايو 2024 - 09:00"], "2024-05-11", "2024-05-12"],
  ["bare labels, numeric dates", ["آخر تحديث", "12/05/2024 10:30", "تاريخ النشر", "11/05/2024 09:00"], "2024-05-11", "2024-05-12"],
  ["update label after the publication date", ["السبت 11 مايو 2024 - 09:00", "آخر تحديث:", "الأحد 12 مايو 2024 - 10:30"], "2024-05-11", "2024-05-12"],
  ["English labels", ["LAST UPDATED:", "MAY 12, 2024, 10:30 AM", "PUBLISHED:", "MAY 11, 2024, 9:00 AM"], "2024-05-11", "2024-05-12"],
  ["a page printing only its update keeps that day", ["آخر تحديث:", "الأحد 12 مايو 2024 - 10:30"], "2024-05-12", "2024-05-12"],
];
for (const [name, head, published, updated] of loneLabelRows) {
  for (const place of ["under the headline", "over the headline"]) {
    test(`a date label on a line of its own: ${name}, ${place}`, () => {
      const menu = ["الرئيسية", "أخبار", "اقتصاد", "رياضة", ""];
      const lines = place === "under the headline" ? [...menu, STAMP_HEADLINE, "", ...head, "", STAMP_LEAD, "", STAMP_MORE] : [...menu, ...head, "", STAMP_HEADLINE, "", STAMP_LEAD, "", STAMP_MORE];
      const [article] = main(lines.join("\n"));
      assert.equal(article!.title, STAMP_HEADLINE);
      assert.equal(article!.publishedAt?.slice(0, 10) ?? null, published);
      assert.equal(article!.updatedAt?.slice(0, 10) ?? null, updated);
      assert.ok(!/تحديث|UPDATED|PUBLISHED|النشر/u.test(article!.body), article!.body.slice(0, 80));
    });
  }
}
