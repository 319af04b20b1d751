import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dropChromePart, extractHtml, extractHtmlPage, stripSiteName } from "./extract-html.js";
import { findDatesInText, parseDateValue } from "./date-text.js";
import { urlDate } from "./page-date.js";
import { parseTree, textOf } from "./tree.js";
import { isReadingTime } from "./content.js";

const FIXTURES = new URL("../../../src/extract/html/fixtures/", import.meta.url);

interface Expected {
  title: string;
  publishedAt?: string;
  publishedAtSource?: string;
  updatedAt?: string;
  url?: string;
  domain?: string;
  author?: string;
  sourceName?: string;
  image?: string;
  bodyStartsWith: string;
  bodyContains: string[];
  bodyNotContains: string[];
  paragraphs?: number;
  tags?: string[];
  embeds?: { platform: string; handle?: string; author?: string; postedAt?: string; textContains?: string; linkContains?: string }[];
  related?: { title: string; bodyContains: string }[];
  relatedCount?: number;
}

for (const name of readdirSync(FIXTURES).sort()) {
  test(`fixture ${name}`, () => {
    const html = readFileSync(new URL(`${name}/input.html`, FIXTURES), "utf8");
    const want = JSON.parse(readFileSync(new URL(`${name}/expected.json`, FIXTURES), "utf8")) as Expected;
    const { articles } = extractHtml(html, null);
    const main = articles[0]!;
    assert.equal(main.role, "main");
    assert.equal(main.title, want.title);
    if (want.publishedAt) assert.equal(main.publishedAt?.slice(0, 10), want.publishedAt);
    if (want.publishedAtSource) assert.equal(main.publishedAtSource, want.publishedAtSource);
    if (want.updatedAt) assert.equal(main.updatedAt?.slice(0, 10), want.updatedAt);
    if (want.url) assert.equal(main.url, want.url);
    if (want.domain) assert.equal(main.source.domain, want.domain);
    if (want.author) assert.equal(main.author, want.author);
    if (want.sourceName) assert.equal(main.source.name, want.sourceName);
    if (want.image) assert.equal(main.image, want.image);
    assert.ok(main.body.startsWith(want.bodyStartsWith), `body starts "${main.body.slice(0, 60)}"`);
    for (const s of want.bodyContains) assert.ok(main.body.includes(s), `body lacks "${s}"`);
    for (const s of want.bodyNotContains) assert.ok(!main.body.includes(s), `body has "${s}"`);
    assert.ok(!main.body.includes(want.title), "the headline is not repeated in the body");
    if (want.paragraphs) assert.equal(main.body.split("\n\n").length, want.paragraphs);
    if (want.tags) assert.deepEqual(main.tags.map((t) => t.text).sort(), [...want.tags].sort());
    for (const t of main.tags) assert.equal(t.origin, "page");
    for (const e of want.embeds ?? []) {
      const got = main.embeds.find((x) => x.platform === e.platform);
      assert.ok(got, `no ${e.platform} embed`);
      if (e.handle) assert.equal(got.handle, e.handle);
      if (e.author) assert.equal(got.author, e.author);
      if (e.postedAt) assert.equal(got.postedAt?.slice(0, 10), e.postedAt);
      if (e.textContains) assert.ok(got.text.includes(e.textContains), got.text);
      if (e.linkContains) assert.ok(got.links.some((l) => l.includes(e.linkContains!)), got.links.join(" "));
    }
    const related = articles.slice(1);
    for (const r of related) assert.equal(r.role, "related");
    if (want.relatedCount !== undefined) assert.equal(related.length, want.relatedCount);
    for (const r of want.related ?? []) {
      const got = related.find((a) => a.title === r.title);
      assert.ok(got, `no related article "${r.title}"`);
      assert.ok(got.body.includes(r.bodyContains));
    }
  });
}

test("a page without text is an issue naming the input", () => {
  const r = extractHtmlPage({ input: "empty.html", text: "<html><body><div></div></body></html>", kind: "html", url: null, charset: "utf-8" });
  assert.equal(r.value, null);
  assert.equal(r.issues[0]?.code, "extract-no-text");
  assert.equal(r.issues[0]?.input, "empty.html");
});

test("broken markup still yields the text", () => {
  const { articles } = extractHtml("<div><p>نص أول قصير جداً، لكنه يكفي هنا.<p>نص ثانٍ، بلا إغلاق، ويستمر حتى النهاية<div>", null);
  assert.ok(articles[0]!.body.includes("نص ثانٍ"));
});

test("stripSiteName removes only the part naming the site", () => {
  assert.equal(stripSiteName("عنوان الخبر - موقع المثال", "موقع المثال"), "عنوان الخبر");
  assert.equal(stripSiteName("موقع المثال | عنوان الخبر", "موقع المثال"), "عنوان الخبر");
  assert.equal(stripSiteName("غزة - مراسلنا: عنوان", "موقع المثال"), "غزة - مراسلنا: عنوان");
  assert.equal(stripSiteName("عنوان بلا فاصل", null), "عنوان بلا فاصل");
});

test("dates in text: Levantine and combined month names, Arabic-Indic digits, ISO with zone kept", () => {
  assert.equal(findDatesInText("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً")[0]?.value, "2020-04-24");
  assert.equal(findDatesInText("الأربعاء، 07 أكتوبر 2020 - 12:09 م")[0]?.value, "2020-10-07");
  assert.equal(findDatesInText("الجمعة 8 فيفري 2019")[0]?.value, "2019-02-08");
  assert.equal(findDatesInText("٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠")[0]?.value, "2020-12-01");
  assert.equal(parseDateValue("2020-12-25T01:59:50+02:00"), "2020-12-25T01:59:50+02:00");
  assert.equal(parseDateValue("2020-12-01 02:00:00"), "2020-12-01T02:00:00");
  assert.equal(parseDateValue("March 17, 2020"), "2020-03-17");
  assert.equal(parseDateValue("تأسست عام 1929"), null);
  assert.equal(parseDateValue(""), null);
});

test("URL dates: y/m/d, y/section/m/d, y/month name/d, compact; none in an id", () => {
  assert.equal(urlDate(["https://example.org/2020/04/24/story"]), "2020-04-24");
  assert.equal(urlDate(["http://example.org/2013/middle_east/8/3/story/index.html"]), "2013-08-03");
  assert.equal(urlDate(["https://example.org/news-20200424-x"]), "2020-04-24");
  assert.equal(urlDate(["https://example.org/article/164913/title"]), null);
  assert.equal(urlDate(["https://example.org/world/2019/nov/18/story"]), "2019-11-18");
  assert.equal(urlDate(["https://example.org/stories/2019/Sept/3/story"]), "2019-09-03");
  // a section that opens like a month is no month
  assert.equal(urlDate(["https://example.org/2019/market/18/story"]), null);
  // the year last, day first (a month-first reading only when the day-first one is no date)
  assert.equal(urlDate(["https://example.org/meldungen/29-10-2021"]), "2021-10-29");
  assert.equal(urlDate(["https://example.org/artikel/bericht_vom_22.04.2020_wahl"]), "2020-04-22");
  assert.equal(urlDate(["https://example.org/presse/detail/~02-01-2022-land-zahlte"]), "2022-01-02");
  assert.equal(urlDate(["https://example.org/news/04-22-2020-story"]), "2020-04-22");
  assert.equal(urlDate(["https://example.org/news/12-2020-story"]), null);
  assert.equal(urlDate(["https://example.org/news/1-04.2020-story"]), null);
});

test("related articles: a title link resolves against the page's address or its <base href>; without either it stays as written", () => {
  const teaser = "حذرت الأرصاد الجوية من تشكل سيول في الأودية الجنوبية، ودعت السكان إلى الابتعاد عن مجاري المياه.";
  const page = (head: string) => [
    `<html lang="ar"><head>${head}<title>ارتفاع منسوب مياه السد بعد الأمطار</title></head><body>`,
    "<article><h1>ارتفاع منسوب مياه السد بعد الأمطار</h1>",
    "<p>ارتفع منسوب المياه في السد الرئيسي إلى أعلى مستوى له منذ عشر سنوات، بعد أسبوع من الأمطار الغزيرة المتواصلة.</p>",
    "<p>وقالت هيئة الموارد المائية إن المخزون الحالي يكفي لري الأراضي الزراعية وتزويد المدن بمياه الشرب حتى نهاية الصيف.</p></article>",
    `<section class="related-news"><h2>أخبار ذات صلة</h2><div class="item"><h3><a href="r1.html">تحذيرات من سيول في الأودية الجنوبية</a></h3><p>${teaser}</p></div></section>`,
    "</body></html>",
  ].join("");
  const relatedUrl = (html: string, url: string | null) => extractHtml(html, url).articles[1]?.url;
  assert.equal(relatedUrl(page(""), "https://news.example/local/story.html?ref=home"), "https://news.example/local/r1.html");
  assert.equal(relatedUrl(page('<base href="/archive/">'), "https://news.example/local/story.html"), "https://news.example/archive/r1.html");
  assert.equal(relatedUrl(page('<link rel="canonical" href="https://news.example/local/story.html">'), null), "https://news.example/local/r1.html");
  assert.equal(relatedUrl(page(""), null), "r1.html");
});

test("the tree keeps JSON-LD and drops other script bodies", () => {
  const root = parseTree('<script>var a = "نص";</script><script type="application/ld+json">{"a":1}</script><p>x</p>');
  assert.equal(textOf(root), '{"a":1}x');
});

test("a tag container whose links are empty overlays yields the labels' text", () => {
  const html = `<html><head><title>خبر</title></head><body><article><h1>خبر</h1><p>${"نص الخبر الأساسي، وفيه جمل كاملة تكفي لتكون متن الخبر. ".repeat(6)}</p>
    <div class="article_details_tags"><h3><a href="/s/1"></a> اقتصاد </h3><h3><a href="/s/2"></a> أسواق </h3></div></article></body></html>`;
  const main = extractHtml(html, null).articles[0]!;
  assert.deepEqual(main.tags.map((t) => t.text), ["اقتصاد", "أسواق"]);
  assert.ok(!main.body.includes("أسواق"));
});

/** A composed page: head tags, then body headings and a body long enough to be the article. */
function titlePage(head: string, headings: string, url: string | null = null): string {
  return extractHtml(`<html><head>${head}</head><body>${headings}<article><p>${"نص الخبر الأساسي، وفيه جمل كاملة تكفي لتكون متن الخبر. ".repeat(6)}</p></article></body></html>`, url).articles[0]!.title;
}

test("title: an h1 that is a logo or a small part of the stated title is not the headline", () => {
  // a site-logo h1 contained in the <title>'s site part; the second h1 is the headline
  assert.equal(titlePage("<title>وزير المالية يعلن موازنة العام المقبل - المثال</title>", "<h1>المثال</h1><h1>وزير المالية يعلن موازنة العام المقبل</h1>", "https://www.almithal.net/a/1"), "وزير المالية يعلن موازنة العام المقبل");
  assert.equal(titlePage('<meta property="og:title" content="Storm warning issued for the coast, officials say">', "<h1>Weather</h1><h1>Storm warning issued for the coast, officials say</h1>"), "Storm warning issued for the coast, officials say");
});

test("title: an h1 that mentions the site's name is still the headline", () => {
  assert.equal(titlePage('<title>Example’s guide to the new budget | Example</title><meta property="og:title" content="Example’s guide to the budget"><meta property="og:site_name" content="Example">', "<h1>Example’s guide to the new budget</h1>"), "Example’s guide to the new budget");
});

test("title: without an agreeing h1 or og/JSON-LD title, the <title> (less the site part) beats a section h1", () => {
  assert.equal(titlePage('<title>وزير المالية يعلن موازنة العام المقبل | موقع المثال</title><meta property="og:site_name" content="موقع المثال">', "<h1>قسم الاقتصاد</h1>"), "وزير المالية يعلن موازنة العام المقبل");
  assert.equal(titlePage("<title>Council approves the new budget for schools</title>", "<h1>Education Center</h1>"), "Council approves the new budget for schools");
  // a <title> that only names the site leaves the h1
  assert.equal(titlePage('<title>موقع المثال</title><meta property="og:site_name" content="موقع المثال">', "<h1>وزير المالية يعلن موازنة العام المقبل</h1>"), "وزير المالية يعلن موازنة العام المقبل");
});

test("title: a stated title holding the h1 keeps a kicker or a non-site part, drops the site part", () => {
  // kicker joined to the h1 in og:title / JSON-LD
  assert.equal(titlePage('<meta property="og:title" content="بعد الاستقالة: وزير المالية يعلن موازنة العام المقبل">', "<h1>وزير المالية يعلن موازنة العام المقبل</h1>"), "بعد الاستقالة: وزير المالية يعلن موازنة العام المقبل");
  assert.equal(titlePage('<script type="application/ld+json">{"@type":"NewsArticle","headline":"After the vote: Council approves the new budget"}</script>', "<h1>Council approves the new budget</h1>"), "After the vote: Council approves the new budget");
  // a separated part the site is not named by stays (og:title); the site part goes
  assert.equal(titlePage('<meta property="og:title" content="Council approves the new budget | Jane Roe"><meta property="og:site_name" content="The Example">', "<h1>Council approves the new budget</h1>"), "Council approves the new budget | Jane Roe");
  assert.equal(titlePage('<meta property="og:title" content="وزير المالية يعلن موازنة العام المقبل - موقع المثال"><meta property="og:site_name" content="موقع المثال">', "<h1>وزير المالية يعلن موازنة العام المقبل</h1>"), "وزير المالية يعلن موازنة العام المقبل");
  assert.equal(titlePage('<meta property="og:title" content="Council approves the new budget – Example News">', "<h1>Council approves the new budget</h1>", "https://www.example.com/news/1"), "Council approves the new budget");
  // the <title> tag alone: its separated parts are chrome, and so is what it glues on without spaces
  assert.equal(titlePage("<title>وزير المالية يعلن موازنة العام المقبل-موقع المثال</title>", "<h1>وزير المالية يعلن موازنة العام المقبل</h1>"), "وزير المالية يعلن موازنة العام المقبل");
  assert.equal(titlePage("<title>Council approves the new budget_Politics_Example</title>", "<h1>Council approves the new budget</h1>"), "Council approves the new budget");
  assert.equal(titlePage("<title>وزير المالية يعلن موازنة العام المقبل | اقتصاد | المثال</title>", "<h1>وزير المالية يعلن موازنة العام المقبل</h1>"), "وزير المالية يعلن موازنة العام المقبل");
});

test("title: a bare <title> whose site part names no known site loses a short end part, else a short first part", () => {
  // no og:title, no site name, no agreeing h1: "Headline - Site", "Site | Headline", "Headline | Section | Author"
  assert.equal(titlePage("<title>وزير المالية يعلن موازنة العام المقبل - أخبار المدينة</title>", ""), "وزير المالية يعلن موازنة العام المقبل");
  assert.equal(titlePage("<title>أخبار المدينة | وزير المالية يعلن موازنة العام المقبل</title>", ""), "وزير المالية يعلن موازنة العام المقبل");
  assert.equal(titlePage("<title>وزير المالية يعلن موازنة العام المقبل | اقتصاد | أخبار المدينة</title>", "<h1>مرحباً بكم</h1>"), "وزير المالية يعلن موازنة العام المقبل | اقتصاد");
  assert.equal(dropChromePart("Council approves the new budget – My website"), "Council approves the new budget");
  // too few words would be left, or no separator with spaces: the title stays whole
  assert.equal(dropChromePart("غزة - مراسلنا: عنوان"), "غزة - مراسلنا: عنوان");
  assert.equal(dropChromePart("الموازنة الجديدة - ماذا تعني للأسر محدودة الدخل في المدينة"), "الموازنة الجديدة - ماذا تعني للأسر محدودة الدخل في المدينة");
  assert.equal(dropChromePart("بعد الاستقالة: وزير المالية يعلن موازنة العام المقبل"), "بعد الاستقالة: وزير المالية يعلن موازنة العام المقبل");
});

test("title: an h1 holding a kicker in its own element gives the declared title without it", () => {
  const og = '<meta property="og:title" content="وزير المالية يعلن موازنة العام المقبل">';
  assert.equal(titlePage(og, "<h1><span>بعد الاستقالة</span> وزير المالية يعلن موازنة العام المقبل</h1>"), "وزير المالية يعلن موازنة العام المقبل");
  assert.equal(titlePage(`${og}<meta itemprop="headline" content="بعد الاستقالة : وزير المالية يعلن موازنة العام المقبل">`, '<h1><span class="overline">بعد الاستقالة </span><span>: </span><span>وزير المالية يعلن موازنة العام المقبل</span></h1>'), "وزير المالية يعلن موازنة العام المقبل");
  // the kicker is not set apart: the h1 is read as written
  assert.equal(titlePage(og, "<h1>بعد الاستقالة وزير المالية يعلن موازنة العام المقبل</h1>"), "بعد الاستقالة وزير المالية يعلن موازنة العام المقبل");
});

test("title: the h1 the og:title names beats an earlier h1 only the <title> holds (a blog's name)", () => {
  assert.equal(
    titlePage('<title>مدونة الاقتصاد اليومي: وزير المالية يعلن موازنة العام المقبل</title><meta property="og:title" content="وزير المالية يعلن موازنة العام المقبل">', "<h1>مدونة الاقتصاد اليومي</h1><h1>وزير المالية يعلن موازنة العام المقبل</h1>"),
    "وزير المالية يعلن موازنة العام المقبل",
  );
});

test("title: what the page hides inside the h1 (an editor's button styled display:none) is not part of the title", () => {
  assert.equal(
    titlePage("<title>وزير المالية يعلن موازنة العام المقبل</title>", '<h1>وزير المالية يعلن موازنة العام المقبل <a class="btn" style="display: none">تحرير المقال</a><span hidden>نسخة مخفية</span></h1>'),
    "وزير المالية يعلن موازنة العام المقبل",
  );
  assert.equal(titlePage("", '<h1>وزير المالية يعلن موازنة العام المقبل <a style="display:none">تحرير</a></h1>'), "وزير المالية يعلن موازنة العام المقبل");
});

test("a reading-time note alone on its line is chrome; a sentence that mentions minutes of reading is not", () => {
  for (const line of ["17 minute read", "3 Min Lesezeit", "Tempo de leitura: 2 minutos", "Temps de lecture : 4 min", "Reading time: 5 minutes", "Lesedauer ca. 6 Min.", "8 mins read"]) {
    assert.equal(isReadingTime(line), true, line);
  }
  for (const line of ["قرأ الوزير البيان في 5 دقائق أمام الصحفيين.", "The reading took 17 minutes.", "Read 3 more stories", "3 Min", "2020"]) {
    assert.equal(isReadingTime(line), false, line);
  }
});
