import { test } from "node:test";
import assert from "node:assert/strict";
import { isMarkdownDump, plainFromMarkdown } from "./markdown.js";
import { extractTextPage } from "./extract-text.js";

// Small Markdown dumps in html2text's shape, written for these tests (invented stories).

const WRAPPED_PAGE = [
  "[",
  "",
  "![](https://example.test/logo.png)",
  "",
  "](https://example.test/)",
  "",
  "  * [الرئيسية](/ \"الرئيسية\")",
  "  * [محليات](/local/ \"محليات\")",
  "  * [رياضة](/sport/ \"رياضة\")",
  "",
  "#  افتتاح محطة جديدة لتحلية المياه في مدينة الساحل الشرقي بطاقة مئة ألف متر",
  "مكعب",
  "",
  "[ محليات ](/local/)",
  "",
  "2025-03-14 | 10:20",
  "",
  "![المحطة الجديدة](https://example.test/img/plant.jpg)",
  "",
  "**الساحل الشرقي (وكالات) -- افتتح وزير المياه اليوم محطة جديدة لتحلية مياه البحر في",
  "مدينة الساحل الشرقي، بطاقة إنتاجية تبلغ مئة ألف متر مكعب يوميا، لتغطية حاجة",
  "الأحياء الجديدة.**",
  "",
  "وقال الوزير في كلمة خلال الافتتاح إن المحطة [الثالثة",
  "من نوعها](/local/2025/3/other-plant-news-that-runs-long-in-its-address/index.html) في",
  "المنطقة، وإن العمل جار على محطتين أخريين تدخلان الخدمة في العام المقبل.",
  "",
  "##  [ اقرأ أيضا ](javascript:void\\(0\\);)",
  "",
  "  * [وزير المياه يتفقد مشروعات الصرف في المدن الساحلية](/local/2025/3/minister-visit)",
  "",
].join("\n");

test("isMarkdownDump: html2text links and headings make a Markdown dump; a lynx dump is none", () => {
  assert.equal(isMarkdownDump(WRAPPED_PAGE), true);
  assert.equal(isMarkdownDump(["   * [1]الرئيسية", "   * [2]محليات", "", "افتتاح محطة جديدة لتحلية المياه", "", "[3]اقرأ أيضا"].join("\n")), false);
  assert.equal(isMarkdownDump("# الخبر\n\nنص الخبر.\n\n# خبر آخر\n\nنص آخر."), true);
});

test("plainFromMarkdown: links keep their words, images go, paragraphs and a wrapped heading are one line each", () => {
  const lines = plainFromMarkdown(WRAPPED_PAGE).split("\n").filter((l) => l.trim());
  assert.deepEqual(lines, [
    "  * الرئيسية",
    "  * محليات",
    "  * رياضة",
    "افتتاح محطة جديدة لتحلية المياه في مدينة الساحل الشرقي بطاقة مئة ألف متر مكعب",
    "محليات",
    "2025-03-14 | 10:20",
    "الساحل الشرقي (وكالات) -- افتتح وزير المياه اليوم محطة جديدة لتحلية مياه البحر في مدينة الساحل الشرقي، بطاقة إنتاجية تبلغ مئة ألف متر مكعب يوميا، لتغطية حاجة الأحياء الجديدة.",
    "وقال الوزير في كلمة خلال الافتتاح إن المحطة الثالثة من نوعها في المنطقة، وإن العمل جار على محطتين أخريين تدخلان الخدمة في العام المقبل.",
    "اقرأ أيضا",
    "  * وزير المياه يتفقد مشروعات الصرف في المدن الساحلية",
  ]);
});

test("plainFromMarkdown: an address html2text wrapped after a hyphen is still one link", () => {
  const text = ["[](https://t.example/share?url=news%2flocal-", "plant-opening%2far&text=x)", "", "نص الخبر."].join("\n");
  assert.deepEqual(plainFromMarkdown(text).split("\n").filter((l) => l.trim()), ["نص الخبر."]);
});

test("plainFromMarkdown: escapes, emphasis and rules are the converter's", () => {
  const text = ["\\# وسم", "", "قال _المتحدث_ إن **الخطة** تبدأ في 1\\. يونيو", "", "* * *", "", "نهاية."].join("\n");
  assert.deepEqual(plainFromMarkdown(text).split("\n").filter((l) => l.trim()), ["# وسم", "قال المتحدث إن الخطة تبدأ في 1. يونيو", "نهاية."]);
});

test("a Markdown dump, wrapped or not, gives the plain dump's title, date, source and body", () => {
  const unwrapped = WRAPPED_PAGE.replace(/\n(?=مكعب$)/mu, " ").replace(/في\nمدينة/u, "في مدينة");
  for (const text of [WRAPPED_PAGE, unwrapped]) {
    const main = extractTextPage({ input: "t.md", text, kind: "text", url: null, charset: "utf-8" }).value![0]!;
    assert.equal(main.title, "افتتاح محطة جديدة لتحلية المياه في مدينة الساحل الشرقي بطاقة مئة ألف متر مكعب");
    assert.equal(main.publishedAt?.slice(0, 10), "2025-03-14");
    assert.equal(main.source.name, "وكالات");
    assert.ok(main.body.startsWith("افتتح وزير المياه") || main.body.startsWith("الساحل الشرقي (وكالات)"), main.body.slice(0, 60));
    assert.ok(!main.body.includes("](") && !main.body.includes("**") && !main.body.includes("http"), main.body);
    assert.ok(!main.body.includes("وزير المياه يتفقد"), "read-also item out of the body");
  }
});

test("plainFromMarkdown: a quoted post's wrapped lines are one line again; a bare `>` ends its paragraph", () => {
  const text = ["> تبدأ الحملة غدا في القرى الشمالية وتستمر أسبوعا", "> [pic.twitter.com/Ab12](https://t.co/Ab12)", ">", "> — بلدية المدينة (@city_example) [May 2, 2024](https://twitter.com/city_example/status/1)", "", "نص الخبر."].join("\n");
  assert.deepEqual(plainFromMarkdown(text).split("\n").filter((l) => l.trim()), [
    "تبدأ الحملة غدا في القرى الشمالية وتستمر أسبوعا pic.twitter.com/Ab12",
    "— بلدية المدينة (@city_example) May 2, 2024",
    "نص الخبر.",
  ]);
});

test("plainFromMarkdown: a lazy image's empty address and an inline data image go with their alt text", () => {
  const text = ["21\\. أيار 2024 ![وزير المياه في الموقع]() ![وزير المياه في الموقع](https://example.test/a.jpg)", "", "كتب [ ![المحرر](data:image/svg+xml,%3Csvg viewBox%3D'0 0 40 40'%2F%3E) **سامر خليل** ](/author/samer \"سامر خليل\")"].join("\n");
  assert.deepEqual(plainFromMarkdown(text).split("\n").filter((l) => l.trim()), ["21. أيار 2024", "كتب سامر خليل"]);
});

const REFERENCE_PAGE = [
  "[ ![الشعار][1] ][2]",
  "",
  "  * [ الرئيسية ][3]",
  "  * [ محليات ][4]",
  "  * [ رياضة ][5]",
  "",
  "![افتتاح محطة جديدة لتحلية المياه في مدينة الساحل الشرقي][6]",
  "",
  "#  افتتاح محطة جديدة لتحلية المياه في مدينة الساحل الشرقي",
  "",
  "2025-03-14 | 10:20",
  "",
  "الساحل الشرقي (وكالات) -- افتتح وزير المياه اليوم محطة جديدة لتحلية مياه البحر في",
  "مدينة الساحل الشرقي، بطاقة إنتاجية تبلغ مئة ألف متر مكعب يوميا.",
  "",
  "وقال الوزير إن المحطة [الثالثة من نوعها][7] في المنطقة، وإن العمل جار على محطتين",
  "أخريين تدخلان الخدمة في العام المقبل.",
  "",
  "   [1]: https://example.test/logo.png",
  "   [2]: https://example.test/",
  "   [3]: /",
  "   [4]: /local/",
  "   [5]: /sport/",
  "   [6]: ",
  "   [7]: /local/2025/3/other-plant",
  "",
].join("\n");

// Reference-style links (html2text --reference-links): the same words as inline links; a label the dump
// does not define (a renderer's link number, an image's bracketed alt text) is kept as it stands.
for (const [text, lines] of [
  ["وقال [المتحدث][1] إن [الخطة][] تبدأ غدا.\n\n[1]: https://example.test/a\n[الخطة]: /plan\n[2]: /b", ["وقال المتحدث إن الخطة تبدأ غدا."]],
  ["![صورة الموقع][3] نص الخبر.\n\n   [3]: \n   [4]: /x\n   [5]: /y", ["نص الخبر."]],
  ["[صورة][12] نص الخبر.\n\n   [1]: /a\n   [2]: /b\n   [3]: /c", ["[صورة][12] نص الخبر."]],
] as const) {
  test(`plainFromMarkdown: reference links and their definitions (${lines[0]})`, () => {
    assert.deepEqual(plainFromMarkdown(text).split("\n").map((l) => l.trim()).filter(Boolean), lines);
  });
}

test("a reference-style Markdown dump is Markdown and gives the inline dump's title, date, source and body", () => {
  assert.equal(isMarkdownDump(REFERENCE_PAGE), true);
  const main = extractTextPage({ input: "t.md", text: REFERENCE_PAGE, kind: "text", url: null, charset: "utf-8" }).value![0]!;
  assert.equal(main.title, "افتتاح محطة جديدة لتحلية المياه في مدينة الساحل الشرقي");
  assert.equal(main.publishedAt?.slice(0, 10), "2025-03-14");
  assert.equal(main.source.name, "وكالات");
  assert.ok(!/\]\[|\]:|example\.test/u.test(main.body), main.body);
  assert.ok(main.body.includes("إن المحطة الثالثة من نوعها في المنطقة"), main.body);
});

// html2text -b 0 --single-line-break: blocks one under the other without blank lines, each on one line.
const SINGLE_LINE_PAGE = [
  "  * [الرئيسية](/)",
  "  * [محليات](/local/)",
  "# افتتاح محطة جديدة لتحلية المياه في مدينة الساحل الشرقي",
  "2025-03-14 | 10:20",
  "الساحل الشرقي (وكالات) -- افتتح وزير المياه اليوم محطة جديدة لتحلية مياه البحر في مدينة الساحل الشرقي، بطاقة إنتاجية تبلغ مئة ألف متر مكعب يوميا.",
  "وقال الوزير في كلمة خلال الافتتاح إن المحطة الثالثة من نوعها في المنطقة، وإن العمل جار على محطتين أخريين تدخلان الخدمة في العام المقبل.",
  "وأضاف أن كلفة المشروع بلغت نحو مئتي مليون دولار، بتمويل مشترك من الحكومة وصندوق التنمية، وأن المحطة تعمل بالطاقة الشمسية جزئيا.",
  "  * [وزير المياه يتفقد مشروعات الصرف في المدن الساحلية](/local/2025/3/minister-visit)",
].join("\n");

test("plainFromMarkdown: an unwrapped dump's lines under each other are separate blocks; a wrapped one's lines join", () => {
  const plain = plainFromMarkdown(SINGLE_LINE_PAGE).split("\n").filter((l) => l.trim());
  assert.equal(plain.length, 8, plain.join("\n"));
  assert.equal(plain[2], "افتتاح محطة جديدة لتحلية المياه في مدينة الساحل الشرقي");
  assert.equal(plain[3], "2025-03-14 | 10:20");
  const wrapped = plainFromMarkdown(["وقال الوزير في كلمة خلال الافتتاح إن المحطة الثالثة من نوعها في المنطقة، وإن", "العمل جار على محطتين أخريين.", "", "نهاية."].join("\n"));
  assert.deepEqual(wrapped.split("\n").filter((l) => l.trim()), ["وقال الوزير في كلمة خلال الافتتاح إن المحطة الثالثة من نوعها في المنطقة، وإن العمل جار على محطتين أخريين.", "نهاية."]);
});

test("a single-line-break Markdown dump gives the title, date, source and paragraphs of the blank-line one", () => {
  const main = extractTextPage({ input: "t.md", text: SINGLE_LINE_PAGE, kind: "text", url: null, charset: "utf-8" }).value![0]!;
  assert.equal(main.title, "افتتاح محطة جديدة لتحلية المياه في مدينة الساحل الشرقي");
  assert.equal(main.publishedAt?.slice(0, 10), "2025-03-14");
  assert.equal(main.source.name, "وكالات");
  assert.equal(main.body.split("\n\n").length, 3, main.body);
});
