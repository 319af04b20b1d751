import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../../types.js";
import { extractTextPage } from "./extract-text.js";
import { findCaptionLines, unwrapRenderedLines } from "./page-shape.js";

// Whole pages rendered to text (innerText, lynx, w3m), in the shapes of several countries' sites:
// composed here, a few lines of each part, not copied from any page.
const MENU = ["الرئيسية", "أخبار مصر", "حوارات وتحقيقات", "أخبار الرياضة", "اقتصاد", "بنوك وشركات", "محافظات", "منوعات", "مجتمع", "المقالات", "ألبوم الصور"];
const LEAD = "أعلنت وزارة الصحة مساء الثلاثاء تسجيل ثلاثين إصابة جديدة بالفيروس، بينها حالتا وفاة، في أعلى حصيلة يومية منذ بداية الشهر.";
const SECOND = "وقالت الوزارة في بيان إن جميع الحالات الجديدة خضعت للعزل في المستشفيات المخصصة، وإن فرق الرصد تتابع المخالطين في ثلاث محافظات.";
const RAIL = ["الأكثر قراءة", "منتخب الشباب يتأهل إلى نهائي البطولة", "أسعار الذهب تتراجع في ختام التعاملات", "انطلاق امتحانات الفصل الدراسي الأول", "افتتاح معرض الكتاب الشهر المقبل"];
const FOOTER = ["جميع الحقوق محفوظة © 2024", "من نحن", "اتصل بنا"];

function read(lines: string[]): { main: Article; related: Article[] } {
  const r = extractTextPage({ input: "page.txt", text: lines.join("\n"), kind: "text", url: null, charset: "utf-8" });
  assert.ok(r.value);
  return { main: r.value[0]!, related: r.value.slice(1) };
}

const shapes: Array<{ shape: string; lines: string[]; title: string; publishedAt: string; source: string | null; absent: string[] }> = [
  {
    shape: "Egyptian: menus, a latest-news rail holding the headline, breadcrumb, caption and author under the date",
    lines: [
      "رئيس مجلس الإدارة : محمد أحمد", "القاهرة: الأحد، 12 مايو 2024 09:40 ص", ...MENU, "أخر الأخبار",
      "اقتصاد: البنك المركزي يثبت أسعار الفائدة", "أخبار مصر: الصحة تسجل 30 إصابة جديدة وحالتي وفاة", "الرئيسية", "أخبار مصر",
      "الصحة تسجل 30 إصابة جديدة وحالتي وفاة", "السبت، 11 مايو 2024 - 10:15 م", "وزارة الصحة", "سارة محمود",
      LEAD, SECOND, "الكلمات الدالة :", "إقرأ أيضاً", "انخفاض أسعار الخضروات في الأسواق", "بدء تشغيل خط المترو الجديد", ...RAIL, ...FOOTER,
    ],
    title: "الصحة تسجل 30 إصابة جديدة وحالتي وفاة",
    publishedAt: "2024-05-11T22:15",
    source: null,
    absent: ["سارة محمود", "البنك المركزي", "منتخب الشباب", "جميع الحقوق"],
  },
  {
    shape: "Gulf: the headline printed twice, a photo caption with its credit, byline with a place, Arabic-Indic date",
    lines: [
      ...MENU, "الطقس", "الاثنين", "34°C", "الرئيسية القارات السبع",
      "طهران تشيع العالم النووي وتتوعد بالرد", "طهران تشيع العالم النووي وتتوعد بالرد",
      "عناصر من الشرطة في موقع الهجوم قرب العاصمة (رويترز)", "القارات السبع", "أحمد علي - القاهرة", "٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠", "استمع",
      LEAD, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "طهران تشيع العالم النووي وتتوعد بالرد",
    publishedAt: "2020-12-01",
    source: null,
    absent: ["عناصر من الشرطة", "استمع", "منتخب الشباب"],
  },
  {
    shape: "Maghreb: breadcrumb with », time after «على الساعة», hashtags after the body",
    lines: [
      ...MENU, "هسبريس", "الرئيسية » سياسة", "البرلمان يصادق على قانون المالية الجديد", "نشر في 11 ماي 2024 على الساعة 18:25",
      LEAD, SECOND, "#البرلمان #قانون_المالية", ...RAIL, ...FOOTER,
    ],
    title: "البرلمان يصادق على قانون المالية الجديد",
    publishedAt: "2024-05-11T18:25",
    source: null,
    absent: ["#البرلمان", "الأكثر قراءة", "افتتاح معرض الكتاب"],
  },
  {
    shape: "Levantine wire: a zone stamp after the date, the agency in the lead's dateline",
    lines: [
      ...MENU, "آخر الأخبار", "مجلس الوزراء يقر خطة الكهرباء", "الأربعاء، 28 آب/اغسطس 2013، 14:00 (GMT+0400)",
      `بيروت (أ ف ب) – ${LEAD}`, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "مجلس الوزراء يقر خطة الكهرباء",
    publishedAt: "2013-08-28T14:00",
    source: "أ ف ب",
    absent: ["آخر الأخبار", "منتخب الشباب"],
  },
  {
    shape: "a section of three words in the menu and again over the headline: printed twice, yet the nearer solid headline wins",
    lines: [
      ...MENU, "قضايا الناس اليومية", "رياضة", "الرئيسية", "قضايا الناس اليومية", "الحكومة تعلن خطة جديدة لدعم صغار المزارعين",
      "الأحد، 12 مايو 2024 09:40 ص", LEAD, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "الحكومة تعلن خطة جديدة لدعم صغار المزارعين",
    publishedAt: "2024-05-12",
    source: null,
    absent: ["قضايا الناس", "منتخب الشباب"],
  },
  {
    shape: "a notice asking for JavaScript printed as a sentence over the header's last lines: no lead, the headline under it",
    lines: [
      ...MENU, "لعرض هذه الصفحة كما ينبغي يرجى تفعيل جافا سكريبت في متصفحك، أو الانتقال إلى إصدار أحدث من المتصفح للحصول على أفضل تجربة.",
      "موافق", "الرئيسية", "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", "الأحد، 12 مايو 2024 09:40 ص", LEAD, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "الحكومة تعلن خطة جديدة لدعم صغار المزارعين",
    publishedAt: "2024-05-12",
    source: null,
    absent: ["جافا سكريبت", "منتخب الشباب"],
  },
  {
    shape: "a photo's caption as long as a sentence over the headline, a subheading after the lead",
    lines: [
      ...MENU, "مشاركة", "رجال الإنقاذ يبحثون عن ناجين تحت أنقاض مبنى منهار في وسط المدينة، صباح الأحد، بعد الزلزال العنيف (رويترز)",
      "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", "الأحد، 12 مايو 2024 09:40 ص", LEAD, "مخاوف من نقص الأسمدة في الموسم المقبل", SECOND,
      ...RAIL, ...FOOTER,
    ],
    title: "الحكومة تعلن خطة جديدة لدعم صغار المزارعين",
    publishedAt: "2024-05-12",
    source: null,
    absent: ["رجال الإنقاذ", "منتخب الشباب"],
  },
  {
    shape: "the writer's name and the date on one line under the headline",
    lines: [...MENU, "الرئيسية / محليات", "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", "محمود السيد 12 مايو 2024 - 09:40", LEAD, SECOND, ...RAIL, ...FOOTER],
    title: "الحكومة تعلن خطة جديدة لدعم صغار المزارعين",
    publishedAt: "2024-05-12",
    source: null,
    absent: ["محمود السيد", "منتخب الشباب"],
  },
  {
    shape: "the writer's name glued to the date, as a renderer joins a head's inline parts",
    lines: [...MENU, "الرئيسية / محليات", "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", "محمود السيد12/05/2024 09:40", "مشاركة", LEAD, SECOND, ...RAIL, ...FOOTER],
    title: "الحكومة تعلن خطة جديدة لدعم صغار المزارعين",
    publishedAt: "2024-05-12",
    source: null,
    absent: ["محمود السيد", "منتخب الشباب"],
  },
  {
    shape: "w3m's numbered breadcrumb whose last item is the headline, the headline under a kicker with a colon",
    lines: [
      ...MENU, " 1. الرئيسية", " 2. محليات", " 3. الحكومة تعلن خطة جديدة لدعم صغار المزارعين", "عاجل:", "الحكومة تعلن خطة جديدة لدعم صغار المزارعين",
      "الأحد، 12 مايو 2024 09:40 ص", LEAD, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "الحكومة تعلن خطة جديدة لدعم صغار المزارعين",
    publishedAt: "2024-05-12",
    source: null,
    absent: ["منتخب الشباب"],
  },
  {
    shape: "date over the headline: breadcrumb, then the date, then the headline, no date under it",
    lines: [
      ...MENU, "الرئيسية / أخبار عربية ودولية", "الثلاثاء 17 مارس 2020 - 10:30 م", "ارتفاع عدد الإصابات المسجلة في البلاد إلى ثلاثين",
      "صورة أرشيفية", LEAD, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "ارتفاع عدد الإصابات المسجلة في البلاد إلى ثلاثين",
    publishedAt: "2020-03-17T22:30",
    source: null,
    absent: ["صورة أرشيفية", "منتخب الشباب"],
  },
  {
    shape: "date under the body: a labelled publication date closes the article before the rails",
    lines: [
      ...MENU, "أخبار محلية", "ارتفاع عدد الإصابات المسجلة في البلاد إلى ثلاثين", LEAD, SECOND, "تاريخ النشر: 24/04/2020",
      ...RAIL, ...FOOTER,
    ],
    title: "ارتفاع عدد الإصابات المسجلة في البلاد إلى ثلاثين",
    publishedAt: "2020-04-24",
    source: null,
    absent: ["منتخب الشباب"],
  },
  {
    shape: "Saudi daily: the agency and its city on a line under the date, reading tools and an archive caption before the body",
    lines: [
      ...MENU, "الرئيسية - محليات", "مجلس الوزراء يقر نظام النقل العام الجديد", "الثلاثاء 17 مارس 2020", "الرياض - واس",
      "حجم الخط", "استمع إلى المقال", "صورة أرشيفية", "عدد المشاهدات: 1234", LEAD, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "مجلس الوزراء يقر نظام النقل العام الجديد",
    publishedAt: "2020-03-17",
    source: "واس",
    absent: ["حجم الخط", "صورة أرشيفية", "عدد المشاهدات", "منتخب الشباب"],
  },
  {
    shape: "Levantine daily: caption credit label and a relative stamp between headline and body",
    lines: [
      ...MENU, "منذ 3 ساعات", "مجلس الوزراء يقر نظام النقل العام الجديد", "بيروت - (أ ف ب)", "الأربعاء، 18 آذار/مارس 2020",
      "مصدر الصورة: أ ف ب", "مشاركة عبر فيسبوك تويتر واتساب", LEAD, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "مجلس الوزراء يقر نظام النقل العام الجديد",
    publishedAt: "2020-03-18",
    source: "أ ف ب",
    absent: ["مصدر الصورة", "مشاركة عبر", "منتخب الشباب"],
  },
  {
    shape: "a renderer printing the head's widgets a word a line: the headline more than 12 lines over the body",
    lines: [
      ...MENU, "مجلس الوزراء يقر نظام النقل العام الجديد", "الثلاثاء 17 مارس 2020",
      "(BUTTON)", "A+", "A-", "0", "12", "[صورة]", "IFRAME:", "صور", "فيديو", "منوعات", "(BUTTON) (BUTTON)", "[X]", "*", "•",
      LEAD, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "مجلس الوزراء يقر نظام النقل العام الجديد",
    publishedAt: "2020-03-17",
    source: null,
    absent: ["منتخب الشباب"],
  },
  {
    shape: "Egyptian daily: a bare «كتب» byline between the date and the body, the headline printed once",
    lines: [
      ...MENU, "الرئيسية - أخبار مصر", "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", "الأحد، 12 مايو 2024 09:40 ص", "كتب محمد عبد الله",
      LEAD, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "الحكومة تعلن خطة جديدة لدعم صغار المزارعين",
    publishedAt: "2024-05-12",
    source: null,
    absent: ["كتب محمد", "منتخب الشباب"],
  },
  {
    shape: "Gulf site: the desk and its city between the headline and the date, the headline printed once",
    lines: [
      ...MENU, "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", "دبي - العربية.نت", "نشر في: 12 مايو 2024 - 09:40 ص",
      LEAD, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "الحكومة تعلن خطة جديدة لدعم صغار المزارعين",
    publishedAt: "2024-05-12",
    source: null,
    absent: ["منتخب الشباب"],
  },
  {
    shape: "Saudi daily: the desk before its city under the date",
    lines: [...MENU, "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", "الأحد 12 مايو 2024", "صورة", "عين اليوم – جدة", LEAD, SECOND, ...RAIL, ...FOOTER],
    title: "الحكومة تعلن خطة جديدة لدعم صغار المزارعين",
    publishedAt: "2024-05-12",
    source: null,
    absent: ["منتخب الشباب"],
  },
  {
    shape: "a most-watched widget with one headline between the share bar and the body: the headline the lead tells wins",
    lines: [
      ...MENU, "الصحة تسجل 30 إصابة جديدة وحالتي وفاة", "السبت، 11 مايو 2024", "شارك", "فيسبوك", "تويتر",
      "الأكثر مشاهدة", "مواعيد مباريات اليوم والقنوات الناقلة لها", LEAD, SECOND, ...RAIL, ...FOOTER,
    ],
    title: "الصحة تسجل 30 إصابة جديدة وحالتي وفاة",
    publishedAt: "2024-05-11",
    source: null,
    absent: ["مواعيد مباريات", "الأكثر مشاهدة", "منتخب الشباب"],
  },
];

test("whole-page dump: a latest-news list of teasers (headline, summary, date) over the article is not its body", () => {
  const { main } = read([
    ...MENU, "آخر الأخبار",
    "البنك المركزي يثبت أسعار الفائدة للمرة الثالثة", "قرر البنك المركزي في اجتماعه الدوري الإبقاء على أسعار الفائدة دون تغيير للمرة الثالثة على التوالي بسبب التضخم.", "الجمعة 10 مايو 2024",
    "المنتخب الوطني يواجه نظيره الأردني وديا", "يلتقي المنتخب الوطني نظيره الأردني في مباراة ودية استعدادا للتصفيات المؤهلة لكأس العالم المقبلة في الشهر القادم.", "الخميس 9 مايو 2024",
    "الصحة تسجل 30 إصابة جديدة وحالتي وفاة", "السبت، 11 مايو 2024", LEAD, SECOND, ...RAIL, ...FOOTER,
  ]);
  assert.equal(main.title, "الصحة تسجل 30 إصابة جديدة وحالتي وفاة");
  assert.equal(main.publishedAt, "2024-05-11");
  assert.ok(main.body.startsWith(LEAD.slice(0, 30)), main.body.slice(0, 60));
  assert.ok(!main.body.includes("البنك المركزي"));
});

test("whole-page dump: an article's subheads over their paragraphs are no teaser list", () => {
  const { main } = read([
    ...MENU, "خمس خطوات لحماية الأطفال من الفيروس", "السبت، 11 مايو 2024",
    "غسل اليدين بانتظام", "ينصح الأطباء بغسل اليدين بالماء والصابون مدة عشرين ثانية على الأقل بعد العودة من المدرسة وقبل تناول الطعام.",
    "التهوية الجيدة للغرف", "يقلل فتح النوافذ ساعة كل صباح من تركيز الفيروس في الهواء داخل الغرف المغلقة وفق دراسات حديثة متعددة.",
    ...RAIL, ...FOOTER,
  ]);
  assert.equal(main.title, "خمس خطوات لحماية الأطفال من الفيروس");
  assert.ok(main.body.includes("ينصح الأطباء بغسل اليدين"), main.body.slice(0, 60));
});

test("whole-page dump: a headline that shares no word with its lead stays when no other line names the story", () => {
  const { main } = read([...MENU, "«لن نتراجع»... رسالة واضحة من الحكومة", "السبت، 11 مايو 2024", "شارك", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, "«لن نتراجع»... رسالة واضحة من الحكومة");
});

test("whole-page dump: a header's date widget far over the headline is not the article's date", () => {
  const { main } = read(["الجمعة 25 ديسمبر 2020", ...MENU, "ارتفاع عدد الإصابات المسجلة في البلاد إلى ثلاثين", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.publishedAt, null);
});

test("whole-page dump: a related article's date after the read-also label is not the article's date", () => {
  const { main } = read([...MENU, "ارتفاع عدد الإصابات المسجلة في البلاد إلى ثلاثين", LEAD, SECOND, "اقرأ أيضا", "افتتاح معرض الكتاب الشهر المقبل", "الجمعة 25 ديسمبر 2020", ...RAIL, ...FOOTER]);
  assert.equal(main.publishedAt, null);
});

test("whole-page dump: a date printed further down the article's column than its head is the article's date", () => {
  const deck = "تخصص الحكومة مليار جنيه لقروض ميسرة للمزارعين الصغار في المحافظات الزراعية خلال العام المقبل.";
  const { main } = read([
    ...MENU, "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", deck, "محمد عبد الله", "تابع محمد عبد الله على إكس",
    "انخفاض أسعار الخضروات في الأسواق", "بدء تشغيل خط المترو الجديد", "كل مقالات محمد عبد الله", "الأحد 12 مايو 2024 - 09:40 ص",
    LEAD, SECOND, ...RAIL, "الجمعة 25 ديسمبر 2020", ...FOOTER,
  ]);
  assert.equal(main.title, "الحكومة تعلن خطة جديدة لدعم صغار المزارعين");
  assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
});

test("whole-page dump: with no date line after the headline the article has no date", () => {
  const { main } = read([...MENU, "الأحد 12 مايو 2024", "سارة محمود", "وزارة الصحة", "أخبار محلية", "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.publishedAt, null);
});

for (const { shape, lines, title, publishedAt, source, absent } of shapes) {
  test(`whole-page dump: headline, date, source and body (${shape})`, () => {
    const { main } = read(lines);
    assert.equal(main.title, title);
    assert.equal(main.publishedAt?.slice(0, publishedAt.length), publishedAt);
    assert.equal(main.source.name, source);
    assert.ok(main.body.includes(LEAD) && main.body.includes(SECOND), main.body);
    for (const a of absent) assert.ok(!main.body.includes(a), `body keeps «${a}»`);
  });
}

test("whole-page dump: the read-also list after the body becomes related headlines", () => {
  const { related } = read(shapes[0]!.lines);
  assert.deepEqual(related.slice(0, 2).map((r) => r.title), ["انخفاض أسعار الخضروات في الأسواق", "بدء تشغيل خط المترو الجديد"]);
});

test("whole-page dump: a long footer line after a read-also list under the body is no paragraph of the article", () => {
  const footerLine = "من نحن اتصل بنا أعلن معنا وظائف ترددات القنوات تطبيق القناة على الهاتف سياسة الخصوصية الشروط والأحكام خريطة الموقع";
  const { main } = read([...MENU, "ارتفاع عدد الإصابات المسجلة في البلاد إلى ثلاثين", LEAD, SECOND, ...RAIL.slice(1, 3), "مقالات ذات صلة", ...RAIL.slice(3), footerLine, "صحف اليوم", "حال الطقس"]);
  assert.ok(main.body.includes(SECOND), main.body);
  for (const footer of ["ترددات القنوات", "حال الطقس"]) assert.ok(!main.body.includes(footer), `body keeps «${footer}»: ${main.body}`);
});

test("whole-page dump with a short header: a section name over the headline is no article's first line", () => {
  const { main } = read(["سياسة", "شؤون عربية", "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", "الأحد 12 مايو 2024", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, "الحكومة تعلن خطة جديدة لدعم صغار المزارعين");
  assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
  assert.ok(main.body.startsWith(LEAD) && !main.body.includes("شؤون عربية"), main.body);
});

test("renderer chrome (links2's head links, lynx's frames, empty form fields) is no line of the page", () => {
  const { main } = read([
    "   Link: canonical", "   Link: alternate ar", "____________________ [ Submit ]", "[                    ]", "أخبار محلية",
    "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", "الأحد 12 مايو 2024", LEAD, "IFRAME: https://www.youtube.com/embed/x1", SECOND, ...RAIL, ...FOOTER,
  ]);
  assert.equal(main.title, "الحكومة تعلن خطة جديدة لدعم صغار المزارعين");
  for (const chrome of ["Link:", "Submit", "IFRAME", "[ "]) assert.ok(!main.body.includes(chrome), `body keeps «${chrome}»: ${main.body}`);
});

test("lynx's line of the head's links (`#alternate Site Feed …`) opening a dump is no headline", () => {
  const { main } = read(["   #alternate alternate موقع الخبر الخلاصة موقع الخبر خلاصة التعليقات", "سياسة", "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", "الأحد 12 مايو 2024", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, "الحكومة تعلن خطة جديدة لدعم صغار المزارعين");
});

test("a headline printed as a list item is taken without the renderer's bullet", () => {
  for (const bullet of ["* ", "• ", "· "]) {
    const { main } = read([...MENU, `${bullet}الحكومة تعلن خطة جديدة لدعم صغار المزارعين`, "الأحد 12 مايو 2024", LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, "الحكومة تعلن خطة جديدة لدعم صغار المزارعين");
  }
});

test("a dump of the article alone (a few lines before the first paragraph) is read as before", () => {
  const { main } = read(["الصحة تسجل 30 إصابة جديدة", "السبت، 11 مايو 2024", "سارة محمود", "وزارة الصحة", LEAD, SECOND]);
  assert.equal(main.title, "الصحة تسجل 30 إصابة جديدة");
  assert.ok(main.body.startsWith("سارة محمود"), "short lines of an article dump stay body");
});

// Renderers wrap paragraphs at 80 columns (lynx indents them by 3 spaces, w3m not at all).
function wrapAt(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(" ")) {
    if (line.trim() && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
    }
    line += line.trim() ? ` ${word}` : word;
  }
  lines.push(line);
  return lines;
}

for (const [renderer, indent] of [["lynx", "   "], ["w3m", ""]] as const) {
  test(`unwrapRenderedLines: ${renderer}-wrapped paragraphs become one line each; a centered line stays apart`, () => {
    const paragraphs = [LEAD, SECOND, `${SECOND} ${LEAD}`, `${LEAD} ${SECOND}`];
    const wrapped = ["            الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", "                        [صورة]", ""];
    for (const p of paragraphs) wrapped.push(...wrapAt(p, 80, indent), "");
    const lines = unwrapRenderedLines(wrapped.join("\n")).split("\n").filter((l) => l.trim());
    assert.deepEqual(lines.map((l) => l.trim()), [wrapped[0]!.trim(), "[صورة]", ...paragraphs]);
  });
}

// lynx prints a frame's address too long for its line under a bare `IFRAME:` label, wrapped over
// the next lines like a paragraph (a share button's frame over the headline, an embedded post's or a
// podcast player's frame inside the body); joined, it must not be read as a headline or body text.
const FRAME_ADDRESSES = [
  "https://platform.twitter.com/widgets/tweet_button.html?count=vertical&lang=ar&url=http://example.org/2024/5/12/bread/index.html&via=demo",
  "//www.facebook.com/plugins/like.php?href=http%3A%2F%2Fexample.org%2F2024%2F5%2F12%2Fbread%2Findex.html&send=false&layout=box_count&width=60",
  "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fministry.demo%2Fposts%2F1392986042874&width=500",
];
const wrapAddress = (address: string, width: number): string[] => {
  const lines = ["   IFRAME:"];
  for (let k = 0; k < address.length; k += width - 3) lines.push(`   ${address.slice(k, k + width - 3)}`);
  return lines;
};
const TITLE = "الحكومة تعلن خطة جديدة لدعم صغار المزارعين";
const THIRD = "وأوضحت أن نسبة الإشغال في أقسام العناية المركزة لا تزال دون النصف، داعية المواطنين إلى الالتزام بإجراءات الوقاية في الأماكن المغلقة.";
for (const [place, width] of [["over the headline", 80], ["over the headline", 60], ["inside the body", 80]] as const) {
  for (const address of FRAME_ADDRESSES) {
    test(`lynx: a frame's address wrapped under a bare IFRAME: label ${place} (${width} columns) is no text of the page`, () => {
      const frame = wrapAddress(address, width);
      const head = place === "over the headline" ? [...frame, ""] : [];
      const inBody = place === "inside the body" ? [...frame, ""] : [];
      const lines = [...MENU.map((m) => `     * ${m}`), "", ...head, TITLE, "", "الأحد 12 مايو 2024", "", ...wrapAt(LEAD, width, "   "), "", ...inBody, ...wrapAt(SECOND, width, "   "), "", ...wrapAt(THIRD, width, "   "), "", ...RAIL, ...FOOTER];
      const { main } = read(lines);
      assert.equal(main.title, TITLE);
      assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
      assert.equal(main.body, [LEAD, SECOND, THIRD].join("\n\n"));
    });
  }
}

test("lynx: a line after a bare IFRAME: label that is no address stays text", () => {
  const { main } = read([...MENU, "IFRAME:", TITLE, "الأحد 12 مايو 2024", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, TITLE);
});

// At 200 columns (lynx -width=200, w3m -cols 200) a page's headlines, rail items and short
// paragraphs are long lines that never reach the width: only the paragraphs longer than it wrap,
// and lynx sets them one under the other without a blank line.
for (const [renderer, indent] of [["lynx", "   "], ["w3m", ""]] as const) {
  test(`unwrapRenderedLines: ${renderer} at 200 columns, many long headline lines: the wrapped paragraphs still become one line each`, () => {
    const headlines = [
      ...RAIL.slice(1).map((h) => `${h} وسط إقبال كبير من المواطنين`), "الرئيس يستقبل وفدا برلمانيا ويبحث معه تعزيز التعاون في مجالات الطاقة والنقل",
      "ارتفاع درجات الحرارة على أغلب المناطق خلال الأيام الثلاثة المقبلة مع نشاط للرياح", "وزير التعليم يعلن مواعيد امتحانات نهاية العام الدراسي",
    ];
    const paragraphs = [`${LEAD} ${SECOND}`, `${SECOND} ${LEAD}`, `${SECOND} ${LEAD} ${SECOND} ${LEAD}`, `${LEAD} ${SECOND} ${LEAD} ${SECOND}`, `${LEAD} ${SECOND} ${LEAD} ${SECOND} ${LEAD}`];
    const page = [...headlines.map((h) => `${indent}${h}`), ...headlines.map((h) => `${indent}${h} - ${h}`), "", ...paragraphs.flatMap((p) => wrapAt(p, 200, indent)), "", ...headlines.map((h) => `${indent}${h}`)];
    const lines = unwrapRenderedLines(page.join("\n")).split("\n").map((l) => l.trim()).filter((l) => l);
    for (const p of paragraphs) assert.ok(lines.includes(p), `one line: ${p.slice(0, 40)}`);
    assert.equal(lines.filter((l) => headlines.includes(l)).length, headlines.length * 2, "headline lines stay apart");
  });
}

test("lynx's bracketed file name of an image without alt text is neither joined to a paragraph nor read as text", () => {
  const lines = [...MENU, "   * [facebook_icon.png]", "   * [twitter_icon.png]", "الصحة تسجل 30 إصابة جديدة وحالتي وفاة", "السبت، 11 مايو 2024 - 10:15 م", ""];
  for (const p of [`${LEAD} ${SECOND}`, `${SECOND} ${LEAD}`, `${LEAD} ${SECOND} ${LEAD} ${SECOND}`]) lines.push(...wrapAt(p, 80, "   "), "");
  // The last paragraph's last line reaches the width, and the image follows it without a blank line.
  lines.push(...wrapAt(`${LEAD} ${SECOND} ${LEAD}`, 80, "   "), "   [ExtImage-6838058-636184000.png]", "   [Photo_2024.JPG]", "", ...RAIL, ...FOOTER);
  const { main } = read(lines);
  assert.equal(main.title, "الصحة تسجل 30 إصابة جديدة وحالتي وفاة");
  assert.ok(!/\.png|\.jpg|\[/iu.test(main.body), main.body);
  assert.ok(main.body.endsWith(LEAD), main.body.slice(-80));
});

test("unwrapRenderedLines: a crawler's dump of whole paragraphs is left as it is", () => {
  const text = ["الصحة تسجل 30 إصابة جديدة", LEAD, SECOND, `${LEAD} ${SECOND}`, "وزارة الصحة"].join("\n");
  assert.equal(unwrapRenderedLines(text), text);
  assert.equal(unwrapRenderedLines(""), "");
});

test("whole-page dump wrapped at 80 columns: headline and body as from the unwrapped page", () => {
  const page = shapes[0]!.lines.flatMap((l) => (l === SECOND ? [SECOND, `${SECOND} ${LEAD}`, `${LEAD} ${SECOND}`] : [l]));
  const lines = page.flatMap((l) => (l.length > 80 ? [...wrapAt(l, 80, "   "), ""] : [l]));
  const { main } = read(lines);
  assert.equal(main.title, shapes[0]!.title);
  assert.ok(main.body.includes(LEAD) && main.body.includes(SECOND), main.body);
});

// `lynx -dump` as it comes, and `w3m -dump` with its link numbers: every link numbered where it
// stands, the addresses listed at the end, some longer than any wrap width, some with spaces in them.
const LINK_NUMBERED = [
  {
    renderer: "lynx",
    menuItem: (m: string, n: number) => `     * [${n}]${m}`,
    list: ["References", "", "   Visible links:", `   1. https://example.com/${"share?url=%d8%a7%d9%84%d8%b5%d8%ad%d8%a9".repeat(12)}`, "   2. https://example.com/morearticles/أخبار مصر", "   Hidden links:", "  40. file://localhost/page.html#content"],
  },
  {
    // dump21: a share link's message printed over the lines under its address, and addresses as the page wrote them
    // (FreiePresse, tagesspiegel, zimeye, gitlab, gothamist: the list was kept, so no paragraph unwrapped).
    renderer: "lynx (addresses over several lines)",
    menuItem: (m: string, n: number) => `     * [${n}]${m}`,
    list: [
      "References",
      "",
      "   Visible links:",
      `   1. "https://www.googletagmanager.com/ns.html?id=GTM-${"X".repeat(60)}"`,
      "   2. mailto:?subject=وجدت هذا الخبر&body=قرأت هذا الخبر وأنصحك بقراءته:",
      "https://example.com/news/الصحة-تسجل-30-إصابة-جديدة-وحالتي-وفاة",
      "   3. WhatsApp://send?text=الصحة تسجل 30 إصابة جديدة",
      "   4. \u200b\u200bhttps://example.com/morearticles/أخبار مصر",
      ...Array.from({ length: 12 }, (_, i) => `  ${5 + i}. https://example.com/section/${i}`),
    ],
  },
  {
    renderer: "w3m",
    menuItem: (m: string, n: number) => `  • [${n}] ${m}`,
    list: ["References:", "", `[1] https://example.com/${"share?url=%d8%a7%d9%84%d8%b5%d8%ad%d8%a9".repeat(12)}`, "[2] https://example.com/morearticles/أخبار مصر", "[40] file:///page.html#content"],
  },
];

for (const { renderer, menuItem, list } of LINK_NUMBERED) {
  test(`${renderer}'s link numbers and closing link list: the paragraphs still unwrap, the numbers and the list are not the page's`, () => {
    const lines = ["[1] شعار الموقع", ...MENU.map((m, i) => menuItem(m, i + 2)), "", "الصحة تسجل 30 إصابة جديدة وحالتي وفاة", "", "[18] أخبار مصر", "السبت، 11 مايو 2024 - 10:15 م", "[20] [21] Whatsapp", "[22] ", ""];
    const withLinks = (p: string) => p.replace(" إصابة", " [23]إصابة").replace(" الحالات", " [24]الحالات");
    for (const p of [`${LEAD} ${SECOND}`, `${SECOND} ${LEAD}`, `${LEAD} ${SECOND} ${LEAD}`]) lines.push(...wrapAt(withLinks(p), 80, renderer === "lynx" ? "   " : ""), "");
    lines.push(...RAIL.map((r, i) => menuItem(r, 30 + i)), "", ...list);
    const { main } = read(lines);
    assert.equal(main.title, "الصحة تسجل 30 إصابة جديدة وحالتي وفاة");
    assert.equal(main.publishedAt, "2024-05-11T22:15");
    assert.ok(main.body.startsWith(`${LEAD} ${SECOND}`), main.body.slice(0, 120));
    assert.ok(!/\[\d+\]|https?:|References|أخبار مصر/u.test(main.body), main.body);
  });
}

test("feed body: a paragraph broken by a hard line break is no headline, so the lead before it stays", () => {
  const { main } = read([
    "عام / اهتمامات الصحف المحلية",
    "تاريخ النشر: 2024-05-11",
    LEAD,
    "وتناولت الجلسة أوضاع المحطات القديمة في المناطق الشمالية والجنوبية حيث تعاني الأحياء السكنية من انقطاعات متكررة خلال ساعات الذروة بسبب",
    "الأحمال الزائدة على الشبكة، وأكد الوزير أن الخطة ستعالج ذلك خلال العام المقبل.",
    SECOND,
  ]);
  assert.ok(main.body.startsWith(LEAD), main.body);
});

test("whole page: a photo's caption over the headline is no lead, even with a subheading under the lead", () => {
  const { main } = read([
    ...MENU, "رجال الإنقاذ يبحثون عن ناجين تحت أنقاض مبنى منهار في وسط المدينة، صباح الأحد، بعد الزلزال العنيف (رويترز)",
    "الحكومة تعلن خطة جديدة لدعم صغار المزارعين", LEAD, "مخاوف من نقص الأسمدة في الموسم المقبل", SECOND, ...RAIL, ...FOOTER,
  ]);
  assert.equal(main.title, "الحكومة تعلن خطة جديدة لدعم صغار المزارعين");
  assert.ok(main.body.startsWith(LEAD), main.body);
});

test("whole page: a notice over the headline stands apart though a rail's headline stands over it, naming neither it nor the lead", () => {
  const { main } = read([
    ...MENU, "جولة في أسواق المدينة القديمة قبل العيد", "حوارات وتحقيقات",
    "رجل يسير في شارع مزدحم بالمارة خلال ساعات المساء، والمحال التجارية على جانبيه مفتوحة.",
    "تصوير: أحمد حسن", "الصحة تسجل 30 إصابة جديدة وحالتي وفاة", "سارة محمود", LEAD, SECOND, ...RAIL, ...FOOTER,
  ]);
  assert.equal(main.title, "الصحة تسجل 30 إصابة جديدة وحالتي وفاة");
  assert.ok(main.body.startsWith(LEAD), main.body);
});

test("whole page: a lead stays when its headline names the paragraphs under it, though a caption naming them stands between", () => {
  const { main } = read([
    ...MENU, "فرق الرصد تتابع المخالطين في المحافظات", "سارة محمود", "مشاركة", LEAD,
    "جانب من المستشفيات المخصصة للعزل في العاصمة", SECOND, ...RAIL, ...FOOTER,
  ]);
  assert.equal(main.title, "فرق الرصد تتابع المخالطين في المحافظات");
  assert.ok(main.body.startsWith(LEAD), main.body);
});

test("whole page: a short line printed again only inside a longer line (an author's name in the author box) is no headline printed twice", () => {
  const { main } = read([
    ...MENU, " 1. الرئيسية", " 2. تعديل جدول الامتحانات", "تعديل جدول الامتحانات", "سارة محمود عبد الله", LEAD, SECOND,
    "مقالات أخرى للكاتبة سارة محمود عبد الله", ...RAIL, ...FOOTER,
  ]);
  assert.equal(main.title, "تعديل جدول الامتحانات");
  assert.ok(main.body.startsWith(LEAD), main.body);
});

test("whole page: a writer's name and role nearest the body, sharing no word with the lead, gives way to the headline that shares a few", () => {
  const lead = "وافق البرلمان في جلسته العامة اليوم على مشروع قانون الإيجار المقدم من الحكومة، بأغلبية ثلثي الأعضاء الحاضرين.";
  const { main } = read([
    ...MENU, "مجلس النواب يقر تعديلات قانون الإيجار القديم بعد جدل طويل", "الملاك يطالبون بمهلة أطول لتوفيق الأوضاع", "برلمان",
    "محمد عبد الرحمن نائب رئيس التحرير", lead, SECOND, ...RAIL, ...FOOTER,
  ]);
  assert.equal(main.title, "مجلس النواب يقر تعديلات قانون الإيجار القديم بعد جدل طويل");
  assert.ok(main.body.startsWith(lead), main.body);
});

// links and lynx center a headline: the line over its tail reaches the width, the tail is set in to the middle.
// A teaser or breadcrumb item set in deeper wraps the same headline into two halves that stay apart.
const WRAPPED_HEADLINE = "وزير الطاقة يعلن خطة لخفض أسعار الكهرباء على المنازل والمصانع الصغيرة بدءا من الشهر المقبل";
for (const withTeaser of [false, true]) {
  test(`a centered wrapped headline's tail is joined to it${withTeaser ? "; a teaser's wrapped halves over it are not printed twice" : ""}`, () => {
    const [head, ...rest] = wrapAt(WRAPPED_HEADLINE, 80, "");
    const tail = rest.join(" ");
    const teaser = withTeaser ? [...wrapAt(WRAPPED_HEADLINE, 70, "     ").map((l, i) => (i === 0 ? l : `   ${l.trim()}`)), ""] : [];
    const lines = [...MENU, "", ...teaser, head!, `${" ".repeat(Math.floor((80 - tail.length) / 2))}${tail}`, "", "السبت، 11 مايو 2024 - 10:15 م", ""];
    for (const p of [`${LEAD} ${SECOND}`, `${SECOND} ${LEAD}`, `${LEAD} ${SECOND} ${LEAD} ${SECOND}`]) lines.push(...wrapAt(p, 80, "   "), "");
    lines.push(...RAIL, ...FOOTER);
    const { main } = read(lines);
    assert.equal(main.title, WRAPPED_HEADLINE);
    assert.ok(main.body.startsWith(LEAD), main.body.slice(0, 80));
  });
}

// Photo captions, writers' lines and date stamps between the headline and the body (issue 12, dumps89).
const HEADLINE = "الحكومة تعلن خطة جديدة لدعم صغار المزارعين";

test("whole page: a photo's caption over its credit, printed again under the credit, is not the headline", () => {
  const caption = "وزير الزراعة يتفقد حقول القمح في محافظة الشرقية صباح الأحد";
  for (const credit of ["تصوير: محمود السيد", "مصدر الصورة: وزارة الزراعة"]) {
    const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, "الأحد، 12 مايو 2024 09:40 ص", "مشاركة", caption, credit, caption, LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEADLINE, credit);
    assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
  }
});

test("whole page: a caption closing with its credit (`… تصوير: X`, `… Name/Reuters`) names a caption printed alone too", () => {
  const caption = "وزير الزراعة يتفقد حقول القمح في محافظة الشرقية صباح الأحد";
  for (const credited of [`${caption} تصوير: محمود السيد`, `${caption} Amr Abdallah/Reuters`]) {
    const { main } = read([...MENU, HEADLINE, "الأحد، 12 مايو 2024 09:40 ص", "مشاركة", caption, credited, LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEADLINE, credited);
  }
});

test("whole page: a headline with its photo's credit right under it and no other solid line stays the headline", () => {
  const { main } = read([...MENU, "الرئيسية » محليات", HEADLINE, "صورة: أرشيف", "الأحد، 12 مايو 2024 09:40 ص", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, HEADLINE);
});

test("whole page: a writer's name and role over the date line, printed again in the author box, is not the headline", () => {
  const writer = "سارة أحمد مراسلة الشؤون السياسية";
  const { main } = read([
    ...MENU, HEADLINE, "المزارعون يرحبون والخبراء يطالبون بضمانات للتنفيذ", "محليات", writer, "الأحد، 12 مايو 2024 09:40 ص", LEAD, SECOND,
    "عن الكاتب", writer, ...RAIL, ...FOOTER,
  ]);
  assert.equal(main.title, HEADLINE);
  assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
});

test("whole page: a headline naming a role with no date line under it stays the headline", () => {
  const headline = "قوات الاحتلال تعتقل مراسل الإذاعة المحلية";
  const { main } = read([...MENU, "الرئيسية / محليات", headline, "مشاركة", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, headline);
});

test("whole page: a Latin byline label with the writers' names (`By …`, `Von: …`), printed twice, is not the headline", () => {
  for (const byline of ["By SARA AHMED, OMAR ALI and HUDA SALEH", "• Von: Sara AHMED, Omar ALI"]) {
    const { main } = read([...MENU, HEADLINE, "الأحد، 12 مايو 2024 09:40 ص", byline, LEAD, SECOND, byline, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEADLINE, byline);
  }
});

test("whole page: a date stamp the date reader cannot take whole, printed twice, is not the headline", () => {
  const stamp = "09:40, 12 May 2024Updated 10:15, 12 May 2024";
  const { main } = read([...MENU, HEADLINE, "المزارعون يرحبون والخبراء يطالبون بضمانات للتنفيذ", stamp, LEAD, SECOND, stamp, ...RAIL, ...FOOTER]);
  assert.equal(main.title, HEADLINE);
});

test("whole page: a photo's caption as long as prose, over its credit between the headline and the body, is not the body's first line", () => {
  const caption = "مزارعون يحصدون القمح في أحد حقول محافظة الشرقية صباح الأحد، بعد أسابيع من تأخر موسم الحصاد بسبب الأمطار الغزيرة.";
  for (const credit of ["© رويترز", "تصوير: محمود السيد"]) {
    const { main } = read([...MENU, " 1. الرئيسية", " 2. محليات", ` 3. ${HEADLINE}`, caption, credit, HEADLINE, "الأحد، 12 مايو 2024 09:40 ص", LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEADLINE, credit);
    assert.ok(main.body.startsWith(LEAD), main.body.slice(0, 80));
  }
});

test("whole page: a date line in a language the date reader does not read (German, Polish, month first) gives the date", () => {
  for (const [line, day] of [["Freitag, 10. Mai 2024", "2024-05-10"], ["10. Mai 2024, 12:01 Uhr", "2024-05-10"], ["Publikacja: 10.05.2024 19:05", "2024-05-10"], ["Mai 10, 2024", "2024-05-10"]] as const) {
    const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, line, LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEADLINE, line);
    assert.equal(main.publishedAt?.slice(0, 10), day, line);
  }
});

test("whole page: a sentence or a long line naming a day in another language is no date line", () => {
  const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, "Die Regierung hat am 10. Mai 2024 beschlossen, die Preise zu senken.", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, HEADLINE);
  assert.equal(main.publishedAt, null);
});

// Chinese and Japanese pages (issue 12, dumps90): words without spaces, full stops `。`, two columns a character.
const JA_MENU = ["• ニュース", "• 政治", "• 経済", "• 国際", "• 社会", "• スポーツ", "• 文化"];
const JA_HEADLINE = "県内で大雨警報、川の増水に警戒を呼びかけ　気象台";
const JA_LEAD = "気象台は十二日午前、県内の広い範囲に大雨警報を出した。川の増水や土砂災害に警戒するよう住民に呼びかけている。";
const JA_SECOND = "市は避難所を十か所に開設し、高齢者などに早めの避難を求めた。午後には雨が弱まる見込みだという。";
const JA_SHARE = ["• 印刷する", "• メールでシェアする", "• ブックマークでシェアする"];

test("whole page, Japanese: a headline over its date, a share bar between it and the lead; the share bar's items are no headline", () => {
  const { main } = read([...JA_MENU, "• 記事", JA_HEADLINE, "山田太郎2024年5月12日 10時15分", ...JA_SHARE, "[PR]", JA_LEAD, JA_SECOND, "関連ニュース", "• 台風が接近", "• 株価が続落", "• 選挙の結果", "• 新駅が開業", "© 2024 新聞社"]);
  assert.equal(main.title, JA_HEADLINE);
  assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
  assert.ok(main.body.startsWith(JA_LEAD), main.body.slice(0, 40));
});

test("whole page, Chinese: a short headline under the site's slogan and a breadcrumb, the lead's paragraphs ending in `。`", () => {
  const headline = "多地出台措施保障春节期间药品供应";
  const lead = "记者十二日从卫生部门获悉，近期多地相关部门持续优化药品供应保障机制，确保春节期间群众用药需求得到满足。";
  const second = "据了解，各地已建立药品储备清单，并加强对重点品种的监测和调度，必要时启动应急采购程序。";
  const { main } = read(["新闻网 > 社会 > 正文", "权威发布 服务民生", "首页", "国内", "国际", "财经", headline, "2024年05月12日 09:40", "来源：新闻网", lead, second, "相关新闻", "春运首日客流平稳", "多地迎来降雨降温", "责任编辑：王明"]);
  assert.equal(main.title, headline);
  assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
  assert.ok(main.body.startsWith(lead), main.body.slice(0, 40));
});

test("unwrapRenderedLines: a Japanese paragraph wrapped at 80 columns (40 characters) becomes one line", () => {
  const text = `${JA_LEAD}${JA_SECOND}${JA_LEAD}`;
  const wrapped: string[] = [];
  for (let k = 0; k < text.length; k += 40) wrapped.push(text.slice(k, k + 40));
  const page = ["ニュース", "", ...wrapped, "", ...wrapped, "", ...wrapped, "", "© 2024 新聞社"];
  const lines = unwrapRenderedLines(page.join("\n")).split("\n").filter((l) => l.trim());
  assert.deepEqual(lines, ["ニュース", text, text, text, "© 2024 新聞社"]);
});

// Other languages' meta bars and long headlines printed twice (issue 12, dumps90).
test("whole page: a meta bar whose date is in another language's month names gives the date", () => {
  for (const [bar, day] of [
    ["محليات | سارة أحمد | Freitag, 10. Mai 2024 | 12:01", "2024-05-10"],
    ["سارة أحمد / المدينة.كوم / 10 de mayo de 2024, 14:04", "2024-05-10"],
    ["الأخبار • miércoles, mayo 8, 2024 • 3375", "2024-05-08"],
  ] as const) {
    const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, bar, LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEADLINE, bar);
    assert.equal(main.publishedAt?.slice(0, 10), day, bar);
  }
});

test("whole page: a line with a bar whose part beside the date runs long is no meta bar", () => {
  const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, "فيديو | Die Regierung senkt die Preise für Brot und Milch ab 10. Mai 2024", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, HEADLINE);
  assert.equal(main.publishedAt, null);
});

test("whole page: a headline as long as a wrapped paragraph, printed in the breadcrumb and over the article, is the headline, not the lead", () => {
  const headline = "طفل في كل حي، ومدن الشرق تتصدر عدد من لا أهل لهم في عام خامس على التوالي بحسب تقرير";
  const { main } = read([...MENU, "• الرئيسية", "• محليات", `• ${headline}`, "الأكثر قراءة", "منتخب الشباب يتأهل", headline, "الأحد، 12 مايو 2024 09:40 ص", headline, LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, headline);
  assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
  assert.ok(main.body.startsWith(LEAD), main.body.slice(0, 80));
});

test("whole page: a share bar and a player's lines longer than the near window between the headline and the lead: the headline over them names the lead", () => {
  const headline = "الحكومة تعلن خطة جديدة لدعم صغار المزارعين في الدلتا";
  const lead = "أعلنت الحكومة صباح الأحد خطة جديدة لدعم صغار المزارعين في محافظات الدلتا، تشمل قروضاً ميسرة وبذوراً محسنة بأسعار مخفضة.";
  const second = "وقال وزير الزراعة في مؤتمر صحفي إن الخطة تستهدف مئة ألف مزارع خلال العام الأول، وإن التسجيل يبدأ الشهر المقبل عبر مديريات الزراعة.";
  const share = ["• شارك هذا الخبر على فيسبوك الآن", "• شارك هذا الخبر عبر واتساب الآن", "• أرسل هذه الصفحة إلى صديق بالبريد", "• انسخ رابط هذا المقال إلى الحافظة", "• شارك هذا الخبر على منصة إكس"];
  const player = ["تشغيل الفيديو", "سيبدأ الفيديو بعد ثماني ثوان إلغاء", "شاهد الآن", "تصغير الخط", "تكبير الخط"];
  const { main } = read([...MENU, "الرئيسية / محليات", headline, "الأحد، 12 مايو 2024 09:40 ص", ...share, ...player, ...share, lead, second, ...RAIL, ...FOOTER]);
  assert.equal(main.title, headline);
  assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
  assert.ok(main.body.startsWith(lead), main.body.slice(0, 80));
});

test("whole page: a page that prints only its last update's date is dated by it", () => {
  for (const line of ["آخر تحديث: الأحد، 12 مايو 2024 09:40 ص", "Last Updated: May 12, 2024, 9:40 PM IST"]) {
    const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, line, LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEADLINE, line);
    assert.equal(main.updatedAt?.slice(0, 10), "2024-05-12", line);
    assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12", line);
  }
});

test("whole page: a date line naming its writer after a byline word (`by`, `von`, `di`) gives the date", () => {
  const lines = [
    ["Posted 10. Mai 2024 by Sara von Ahmed", "2024-05-10"],
    ["Veröffentlicht von Sara Ahmed am 10. Mai 2024", "2024-05-10"],
    ["Venerdì 10 Maggio 2024 di Sara Ahmed", "2024-05-10"],
  ] as const;
  for (const [line, day] of lines) {
    const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, line, LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEADLINE, line);
    assert.equal(main.publishedAt?.slice(0, 10), day, line);
  }
});

test("whole page: a line naming a day, a byline word and a clause besides is no date line", () => {
  const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, "Neue Gedichte von Sara Ahmed erscheinen am 10. Mai 2024 im Verlag", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, HEADLINE);
  assert.equal(main.publishedAt, null);
});

test("whole page: a form's line as lynx or w3m prints it (a labelled text field) is not the headline", () => {
  const shareBar = ["فيسبوك", "تويتر", "واتساب", "تلغرام", "لينكدإن", "البريد", "طباعة", "نسخ الرابط", "تكبير الخط", "تصغير الخط", "حفظ", "استمع"];
  for (const field of ["ابحث في أخبار وزارة الصحة [                    ]", "نشرة وزارة الصحة اليومية _____________________ [ اشترك ]"]) {
    const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, "الأحد، 12 مايو 2024 09:40 ص", ...shareBar, field, LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEADLINE, field);
  }
});

test("whole page: lynx's button mark opening a line (`(BUTTON) …`) is no part of the headline, and a button's short label is none", () => {
  const { main } = read([...MENU, `(BUTTON) ${HEADLINE}`, "الأحد، 12 مايو 2024 09:40 ص", "(BUTTON) ملخص الخبر", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, HEADLINE);
  assert.ok(!main.body.includes("BUTTON"), main.body.slice(0, 80));
});

test("whole page: a date line with its time, the time's connector and unit (`a las 07:46hrs.`, `9:46 am`) gives the date", () => {
  for (const line of ["Viernes, 10 de Mayo de 2024 a las 07:46hrs.", "Sara Ahmed 9:46 am Fri May 10, 2024", "By SARA AHMED May 10, 2024 3:46 PM Morning Show"]) {
    const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, line, LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEADLINE, line);
    assert.equal(main.publishedAt?.slice(0, 10), "2024-05-10", line);
  }
});

test("whole page: a date line with a two-digit year gives the date, day first unless its time is on a 12-hour clock", () => {
  for (const line of ["Do 10.05.24 | 14:07 Uhr | Von Sara Ahmed", "10.05.24 23:35", "10/05/24 - 10h02", "5/10/24 8:00am", "الجمعة ١٠.٠٥.٢٤ - ١٤:٠٧"]) {
    const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, line, LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEADLINE, line);
    assert.equal(main.publishedAt?.slice(0, 10), "2024-05-10", line);
    assert.ok(!main.body.includes("10.05.24"), line);
  }
  for (const line of ["Activate your card by 10/05/24.", "الإصدار 10.5.24 من التطبيق متاح الآن للتحميل"]) {
    const { main } = read([...MENU, "الرئيسية / محليات", HEADLINE, line, LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.publishedAt, null, line);
  }
});

test("unwrapRenderedLines: a date line with a time or a label under a line that reaches the width stays a line of its own; a wrapped caption's tail (a place and a date) still joins", () => {
  const paragraphs = [LEAD, SECOND, `${SECOND} ${LEAD}`];
  const body: string[] = [];
  for (const p of paragraphs) body.push(...wrapAt(p, 80, "   "), "");
  // A deck as long as the wrapped lines, its last line at the width, then the date line under it.
  const deck = wrapAt(`${SECOND} ${SECOND}`, 80, "   ");
  const deckEnd = deck.at(-1)!.padEnd(79, " وزارة").slice(0, 79);
  for (const stamp of ["   نشر في: 10 مايو 2024", "   Von dpa 10.05.2024, 18:58", "   Published on: May 10, 2024"]) {
    const lines = unwrapRenderedLines([...deck.slice(0, -1), deckEnd, stamp, "", ...body].join("\n")).split("\n").map((l) => l.trim()).filter((l) => l);
    assert.ok(lines.includes(stamp.trim()), stamp);
  }
  const captionTail = "   القاهرة، 10 مايو 2024";
  const joined = unwrapRenderedLines([...deck.slice(0, -1), deckEnd, captionTail, "", ...body].join("\n")).split("\n").map((l) => l.trim());
  assert.ok(!joined.includes(captionTail.trim()));
});

// Long headlines read as the lead (issue 12, dumps93: youm7, Tokyo Shimbun, boxen1, The Telegraph, Euronews).
const LONG_HEADLINE = "الحكومة تعلن خطة لدعم صغار المزارعين في الدلتا.. وتؤكد: التسجيل يبدأ الأحد عبر المديريات، والقروض بلا فوائد لمدة عامين كاملين صور";

test("whole page: a headline as long as a wrapped paragraph, printed once with the date line under it, is the headline, not the lead", () => {
  const { main } = read([...MENU, "الرئيسية / محليات", LONG_HEADLINE, "الأحد، 12 مايو 2024 09:40 ص", "كتب أحمد علي", "مشاركة", LEAD, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, LONG_HEADLINE);
  assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
  assert.ok(main.body.startsWith(LEAD), main.body.slice(0, 80));
});

test("whole page: a lead that opens with its short headline's words is still the lead", () => {
  const headline = "وزارة الصحة تسجل ثلاثين إصابة جديدة";
  const lead = `${headline} بالفيروس مساء الثلاثاء، بينها حالتا وفاة، في أعلى حصيلة يومية منذ بداية الشهر الجاري بحسب بيان رسمي.`;
  const { main } = read([...MENU, "الرئيسية / محليات", headline, "الأحد، 12 مايو 2024 09:40 ص", lead, SECOND, ...RAIL, ...FOOTER]);
  assert.equal(main.title, headline);
  assert.ok(main.body.startsWith(lead), main.body.slice(0, 80));
});

// What pages print between the article's date line and its lead (issue 12, dump20): the headline is over the date.
const HEALTH_HEADLINE = "الصحة تسجل 30 إصابة جديدة بالفيروس وحالتي وفاة";
const UNDER_DATE: Array<{ what: string; headline: string; under: string[] }> = [
  { what: "a photo's caption with no credit, naming the lead", headline: HEALTH_HEADLINE, under: ["طواقم طبية في قسم العزل بأحد المستشفيات المخصصة للمصابين بالفيروس"] },
  { what: "a reading-time line under a short headline", headline: "الصحة تسجل إصابات جديدة", under: ["وقت القراءة المتوقع: 3 دقائق"] },
  { what: "the lead's first subheading", headline: HEALTH_HEADLINE, under: ["لماذا ترتفع الإصابات بالفيروس في الشتاء؟"] },
  { what: "a count of photos, then a caption", headline: HEALTH_HEADLINE, under: ["عرض 3 صور", "فرق الرصد تتابع المخالطين في ثلاث محافظات"] },
];
for (const { what, headline, under } of UNDER_DATE) {
  test(`whole page: ${what} under the date line is not the headline`, () => {
    const { main } = read([...MENU, "الرئيسية / صحة", headline, "سارة محمود", "الأحد، 12 مايو 2024 09:40 ص", ...under, LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, headline);
    assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
    assert.ok(main.body.includes(LEAD), main.body.slice(0, 80));
  });
}

// A rail's headline over a `date / headline` pair that names the lead would be taken (not seen in the suites' 2,169 dumps).
test("whole page: a rail's headline naming nothing of the lead, over a date printed over the headline (`date / headline`), is not the headline", () => {
  for (const section of ["أخبار محلية", "صحة"]) {
    const rail = "افتتاح معرض الكتاب الشهر المقبل بمشاركة واسعة";
    const { main } = read([...MENU, rail, section, "الأحد، 12 مايو 2024 09:40 ص", HEALTH_HEADLINE, "سارة محمود", LEAD, SECOND, ...RAIL, ...FOOTER]);
    assert.equal(main.title, HEALTH_HEADLINE, section);
    assert.equal(main.publishedAt?.slice(0, 10), "2024-05-12");
    assert.ok(main.body.startsWith(LEAD), main.body.slice(0, 80));
  }
});

test("captions: a credit with a colon (also the full-width one) or a slash marks the line over it and the caption printed again; lines with neither are prose", () => {
  const caption = "وزير الزراعة يتفقد حقول القمح في محافظة الشرقية صباح الأحد";
  const cases: [string[], boolean[]][] = [
    [[caption, "تصوير: محمود السيد", caption, "نص عادي بلا علامة"], [true, false, true, false]],
    [[caption, "تصوير： محمود السيد", caption], [true, false, true]],
    [[`${caption} Amr Abdallah/Reuters`, caption, "فقرة"], [true, false, false]],
    [[`${caption} Image Credits： Strava`, "سطر"], [true, false]],
    [[caption, "سطر آخر", "© رويترز", caption], [false, true, false, false]],
    [["", caption, "", "Foto: Bild: SN/APA", "", caption], [false, true, true, false, true, true]],
    [[caption, "سطر بلا نقطتين ولا شرطة مائلة"], [false, false]],
    [[], []],
  ];
  for (const [lines, expected] of cases) assert.deepEqual(findCaptionLines(lines), expected, lines.join(" | "));
});
