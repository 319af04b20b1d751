import { test } from "node:test";
import assert from "node:assert/strict";
import { extractHtml, pageDateInputs } from "./extract-html.js";
import { pageDateEvidence } from "./page-date.js";
import { findDatesInText, mentionsDay } from "./date-text.js";

const BODY = "<p>قالت الوزارة في بيان إن فرق الصيانة أنهت أعمالها في الشبكة، وإن الخدمة عادت إلى جميع الأحياء بعد انقطاع دام ساعات طويلة.</p>".repeat(3);

/** A small page: head metadata, a header line, the headline, a date line, the body. */
function page(opts: { head?: string; header?: string; kicker?: string; dateLine?: string; caption?: string; related?: string; url?: string; title?: string }): string {
  return `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>${opts.title ?? "عودة الخدمة"}</title>${opts.head ?? ""}</head><body>
<header><div class="today">${opts.header ?? ""}</div></header>
<article>${opts.kicker ?? ""}<h1>عودة الخدمة إلى الأحياء</h1>${opts.dateLine ? `<span>${opts.dateLine}</span>` : ""}
${opts.caption ? `<figure><figcaption>${opts.caption}</figcaption></figure>` : ""}${BODY}</article>${opts.related ?? ""}</body></html>`;
}

const ld = (published: string): string => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"عودة الخدمة","datePublished":"${published}"}</script>`;

function dates(html: string, url: string | null = null): [string | null, string | null | undefined] {
  const a = extractHtml(html, url).articles[0]!;
  return [a.publishedAt?.slice(0, 10) ?? null, a.publishedAtSource];
}

test("a stated time with an offset keeps its local day", () => {
  assert.deepEqual(dates(page({ head: ld("2021-03-04T00:30:00+03:00") })), ["2021-03-04", "json-ld"]);
});

test("a UTC time near midnight yields to the neighbouring day the page shows, with or without the year", () => {
  assert.deepEqual(dates(page({ head: ld("2021-03-04T23:10:00Z"), dateLine: "الجمعة 5 مارس 2021" })), ["2021-03-05", "visible-text"]);
  assert.deepEqual(dates(page({ head: ld("2021-03-05T00:40:00Z"), header: '<time class="list-date">4 mars</time>' })), ["2021-03-04", "visible-text"]);
});

test("a UTC time near midnight stays when the page shows its own day, or shows nothing", () => {
  assert.deepEqual(dates(page({ head: ld("2021-03-04T23:10:00Z"), dateLine: "4 مارس 2021", header: "5 مارس 2021" })), ["2021-03-04", "json-ld"]);
  assert.deepEqual(dates(page({ head: ld("2021-03-04T23:10:00Z") })), ["2021-03-04", "json-ld"]);
  assert.deepEqual(dates(page({ head: ld("2021-03-04T12:10:00Z"), dateLine: "5 مارس 2021" })), ["2021-03-04", "json-ld"]);
});

test("a stated time one day off the URL's day yields to the URL", () => {
  assert.deepEqual(dates(page({ head: ld("2021-03-04T22:00:00Z") }), "https://example.org/2021/03/05/story"), ["2021-03-05", "url"]);
});

test("the page's other addresses date it when the canonical one holds no day: og:url, twitter:url, its AMP version, another language's, its comment feed", () => {
  const canonical = '<link rel="canonical" href="https://example.org/news/48213">';
  const withHead = (extra: string): string => page({ head: canonical + extra });
  assert.deepEqual(dates(withHead('<meta property="og:url" content="https://example.org/2022/05/10/bridge">')), ["2022-05-10", "url"]);
  assert.deepEqual(dates(withHead('<meta name="twitter:url" content="https://example.org/2022/05/10/bridge">')), ["2022-05-10", "url"]);
  assert.deepEqual(dates(withHead('<link rel="amphtml" href="/amp/2022/05/10/48213">')), ["2022-05-10", "url"]);
  assert.deepEqual(dates(withHead('<link rel="alternate" hreflang="en" href="https://en.example.org/2022/05/10/bridge">')), ["2022-05-10", "url"]);
  assert.deepEqual(dates(withHead('<link rel="alternate" type="application/rss+xml" href="https://example.org/2022/05/10/bridge/feed/">')), ["2022-05-10", "url"]);
  // a stated date comes first (one day off an address's day it yields to it, as to the canonical one's); the canonical address's day before the others'
  assert.deepEqual(dates(withHead(ld("2022-05-13T10:00:00+02:00") + '<link rel="amphtml" href="/amp/2022/05/10/48213">')), ["2022-05-13", "json-ld"]);
  const dated = '<link rel="canonical" href="https://example.org/2022/05/09/bridge"><link rel="amphtml" href="/amp/2022/05/10/48213">';
  assert.deepEqual(dates(page({ head: dated })), ["2022-05-09", "url"]);
  // a link to another page (an alternate stylesheet, a site feed) is no address of the story
  assert.deepEqual(dates(withHead('<link rel="alternate stylesheet" href="/css/2022/05/10/print.css"><link rel="alternate" type="application/rss+xml" href="/feed/">')), [null, null]);
});

test("a canonical address with the month's English name between year and day dates the page", () => {
  assert.deepEqual(dates(page({ head: '<link rel="canonical" href="https://example.org/world/2021/mar/04/power-restored">' })), ["2021-03-04", "url"]);
  // a stated date still comes first
  assert.deepEqual(dates(page({ head: ld("2021-03-02T10:00:00+03:00") + '<link rel="canonical" href="https://example.org/world/2021/mar/04/power-restored">' })), ["2021-03-02", "json-ld"]);
});

test("JSON-LD and a meta on different days: the earlier moment; one moment twice: the local zone", () => {
  const meta = (v: string): string => `<meta property="article:published_time" content="${v}">`;
  assert.deepEqual(dates(page({ head: ld("2021-03-05T07:25:06Z") + meta("2021-03-04T21:25:06+00:00") })), ["2021-03-04", "meta"]);
  assert.deepEqual(dates(page({ head: ld("2021-03-05T01:18:13Z") + meta("2021-03-04T17:18:13-08:00") })), ["2021-03-04", "meta"]);
  assert.deepEqual(dates(page({ head: ld("2021-03-04T10:00:00+02:00") + meta("2021-03-06T10:00:00+02:00") })), ["2021-03-04", "json-ld"]);
});

test("a page-wide date meta (date, dc.date, dcterms.date) yields to the day the <time> and the date line both show", () => {
  const shown = (day: string): string => `<time datetime="2021-03-${day}T09:00:00+03:00">${+day} مارس 2021</time>`;
  const cases: [string, string | undefined, [string | null, string | null | undefined]][] = [
    // the CMS's page record: changed a week after the story it shows under the headline
    ['<meta name="date" content="2021-03-11T14:32:06+03:00">', shown("04"), ["2021-03-04", "time-element"]],
    ['<meta name="dcterms.date" content="2021-03-01">', shown("04"), ["2021-03-04", "time-element"]],
    ['<meta name="DC.date" content="2021-03-11">', shown("04"), ["2021-03-04", "time-element"]],
    // the same day, or nothing shown: the meta stands
    ['<meta name="date" content="2021-03-04">', shown("04"), ["2021-03-04", "meta"]],
    ['<meta name="date" content="2021-03-11">', undefined, ["2021-03-11", "meta"]],
    // a named publication meta is the story's own date, whatever the page shows
    ['<meta property="article:published_time" content="2021-03-11T10:00:00+03:00">', shown("04"), ["2021-03-11", "meta"]],
  ];
  for (const [head, dateLine, want] of cases) assert.deepEqual(dates(page({ head, dateLine })), want, head);
  // a <time> whose day the date line does not show: the meta stands
  const unshown = '<time datetime="2021-03-04T09:00:00+03:00">الخميس 11 مارس 2021</time>';
  assert.deepEqual(dates(page({ head: '<meta name="date" content="2021-03-11">', dateLine: unshown })), ["2021-03-11", "meta"]);
});

test("Cxense's publication meta, with or without its recs: prefix, is a stated date", () => {
  assert.deepEqual(dates(page({ head: '<meta property="cXenseParse:publishtime" content="2021-03-02T10:15:00+0000">' })), ["2021-03-02", "meta"]);
  assert.deepEqual(dates(page({ head: '<meta name="cXenseParse:recs:publishtime" content="2021-03-01T09:00:00Z">' })), ["2021-03-01", "meta"]);
});

test("a meta of another name that says publication and a date is a stated date, after every other; not an update, an end, an id or a publisher", () => {
  const meta = (name: string, v: string): string => `<meta name="${name}" content="${v}">`;
  assert.deepEqual(dates(page({ head: meta("content:publishdate", "2022-05-10T19:05:00") })), ["2022-05-10", "meta"]);
  assert.deepEqual(dates(page({ head: meta("prism.publicationDate", "2022-05-10") })), ["2022-05-10", "meta"]);
  assert.deepEqual(dates(page({ head: meta("release:date", "2022-05-10") })), ["2022-05-10", "meta"]);
  assert.deepEqual(dates(page({ head: meta("dcsext.articleFirstPublished", "2022-05-10T18:41") })), ["2022-05-10", "meta"]);
  // the named metas, JSON-LD and microdata come first; the page's own date line does not override it
  assert.deepEqual(dates(page({ head: meta("content:publishdate", "2022-05-10") + ld("2022-05-09T10:00:00+03:00") })), ["2022-05-09", "json-ld"]);
  assert.deepEqual(dates(page({ head: meta("sw-pubdate", "2022-05-10"), dateLine: "11 مايو 2022" })), ["2022-05-10", "meta"]);
  // an update, an end of publication, a bare number and a publisher's name are no publication date
  assert.deepEqual(dates(page({ head: meta("content:publishdate_updated", "2022-05-10") + meta("publish_end_date", "2022-06-10") + meta("publishid", "1652184000") + meta("publisher", "صحيفة 2022") })), [null, null]);
});

test("visible dates: the date line after the headline beats today's date in the header; captions are not date lines", () => {
  assert.deepEqual(dates(page({ header: "الثلاثاء 8 ديسمبر 2020", dateLine: "13 أكتوبر 2020" })), ["2020-10-13", "visible-text"]);
  assert.deepEqual(dates(page({ caption: "من موقع الحادث، 16 يناير 2020.", dateLine: "18 يناير 2020" })), ["2020-01-18", "visible-text"]);
});

test("an epoch timestamp attribute on a date element is read", () => {
  const html = page({ dateLine: '<a class="tweet-timestamp"><span class="_timestamp" data-time="1594448702">10 Jul</span></a>' });
  assert.deepEqual(dates(html), ["2020-07-11", "timestamp-attribute"]);
});

test("mentionsDay: full dates and day–month names, not another day", () => {
  assert.equal(mentionsDay("lundi 24 août", "2020-08-24"), true);
  assert.equal(mentionsDay("Aug 24, 2020", "2020-08-24"), true);
  assert.equal(mentionsDay("الاثنين ٢٤ أغسطس", "2020-08-24"), true);
  assert.equal(mentionsDay("24.08.2020", "2020-08-24"), true);
  assert.equal(mentionsDay("lundi 14 août", "2020-08-24"), false);
  assert.equal(mentionsDay("24 septembre", "2020-08-24"), false);
  assert.equal(mentionsDay("", "2020-08-24"), false);
});

test("script data: a publication key in a framework's state, escaped or not; dateCreated is not read", () => {
  const state = (json: string): string => `<script>window.__STATE__ = ${json};</script>`;
  assert.deepEqual(dates(page({ head: state('{"article":{"dateCreated":"2005-07-26","publishedAt":"2020-08-17T09:30:00+03:00"}}') })), ["2020-08-17", "script-data"]);
  assert.deepEqual(dates(page({ head: state('JSON.parse("{\\"pubDate\\":\\"2020-08-16\\"}")') })), ["2020-08-16", "script-data"]);
  assert.deepEqual(dates(page({ head: state('{"dateCreated":"2005-07-26"}') })), [null, null]);
  assert.deepEqual(dates(page({ head: state('{"story":{"firstPublished":"2020-08-15T14:32:51.000Z","lastModified":"2022-01-25T18:01:50.646Z"}}') })), ["2020-08-15", "script-data"]);
  assert.deepEqual(dates(page({ head: state('{"page":{"published":"2020-08-14T07:23:14.000Z"}}') })), ["2020-08-14", "script-data"]);
  assert.deepEqual(dates(page({ head: state('{"article":{"publish":"2020-08-13T11:05:17Z","isPreview":false}}') })), ["2020-08-13", "script-data"]);
  assert.deepEqual(dates(page({ head: state('{"published":true,"title":"عودة الخدمة"}') })), [null, null]);
});

test("script data: an analytics data layer's article_publication_date, a bare JavaScript key or a quoted one; a planned date is not one", () => {
  const layer = (entries: string): string => `<script>dataLayer.push({ page_type: "article", ${entries} });</script>`;
  assert.deepEqual(dates(page({ head: layer('article_publication_date: "Sun, 07 Jun 2020 18:06:00 +0300"') })), ["2020-06-07", "script-data"]);
  assert.deepEqual(dates(page({ head: layer('"article_publication_date":"Sun, 28 Jun 2020 21:16:15 GMT"') })), ["2020-06-28", "script-data"]);
  assert.deepEqual(dates(page({ head: layer('story_published_at: "2020-06-05T10:00:00Z"') })), ["2020-06-05", "script-data"]);
  assert.deepEqual(dates(page({ head: layer('"planned_publish_date":"2019-11-18T11:00:47Z"') })), [null, null]);
  assert.deepEqual(dates(page({ head: layer('unpublished: "2020-06-05T10:00:00Z"') })), [null, null]);
});

test("script data: a publication key named in any of its spellings, a value in single quotes; not a bare pub, a name or a clock time", () => {
  const layer = (entries: string): string => `<script>var pageMeta = { section: 'local', ${entries} };</script>`;
  assert.deepEqual(dates(page({ head: layer("'content_publishDate': '11/23/2020 09:49:00'") })), ["2020-11-23", "script-data"]);
  assert.deepEqual(dates(page({ head: layer("publish_date: '2020/11/22'") })), ["2020-11-22", "script-data"]);
  assert.deepEqual(dates(page({ head: layer('"publish_time": "2020-11-21T13:11:07Z"') })), ["2020-11-21", "script-data"]);
  assert.deepEqual(dates(page({ head: layer('"first_published_date": "Friday, 20 November 2020"') })), ["2020-11-20", "script-data"]);
  assert.deepEqual(dates(page({ head: layer('"publishDateString": "Thu Nov 19 2020"') })), ["2020-11-19", "script-data"]);
  assert.deepEqual(dates(page({ head: layer('\\"firstPublishTime\\":\\"2020-11-18T02:34:47.221Z\\"') })), ["2020-11-18", "script-data"]);
  assert.deepEqual(dates(page({ head: layer('"pubdate": "2020-11-17"') })), ["2020-11-17", "script-data"]);
  assert.deepEqual(dates(page({ head: layer('"firstPub": "2019-09-30 16:18:00 +00:00"') })), [null, null]);
  assert.deepEqual(dates(page({ head: layer('"publication": "The Daily Example", "publish_time": "16:10:29"') })), [null, null]);
});

test("visible dates: a related-posts list's dates are other stories'; a comment's date is the last resort of the date lines", () => {
  const related = '<div class="yarpp-related"><p class="title">مواضيع ذات صلة</p><ul><li><p class="day">9 أبريل 2013</p><p><a href="/other">خبر آخر</a></p></li></ul></div>';
  const byline = "بقلم فريق التحرير / 2016.12.01";
  assert.deepEqual(dates(page({ dateLine: byline, related })), ["2016-12-01", "visible-text"]);
  const comments = (day: string): string => `<section id="comments"><ol class="comment-list"><li><div class="comment-metadata"><span>${day}</span></div><p>شكرا على المقال</p></li></ol></section>`;
  assert.deepEqual(dates(page({ kicker: `<div class="date">3 مارس 2021</div><p class="summary">${"أعلنت الوزارة أن فرق الصيانة أنهت أعمالها في الشبكة الرئيسية. ".repeat(3)}</p>`, related: comments("5 مارس 2021") })), ["2021-03-03", "visible-text"]);
  assert.deepEqual(dates(page({ related: comments("5 مارس 2021") })), ["2021-03-05", "visible-text"]);
  const column = page({ kicker: `<div class="date">3 مارس 2021</div><p class="summary">${"أعلنت الوزارة أن فرق الصيانة أنهت أعمالها في الشبكة الرئيسية. ".repeat(3)}</p>`, dateLine: "4 مارس 2021" });
  assert.deepEqual(dates(column.replace("<article>", '<article class="commentary">')), ["2021-03-04", "visible-text"]);
});

test("a headline date line labelled as an update dates a page that shows no other date line, before a date in its prose", () => {
  const prose = "<p>وكانت الوزارة قد أعلنت في 3 مارس 2021 أن أعمال الصيانة ستبدأ في الأسبوع التالي وتستمر أياماً.</p>";
  const html = (line: string): string => page({ kicker: "", dateLine: line }).replace("</article>", `${prose}</article>`);
  assert.deepEqual(dates(html('<span class="date">آخر تحديث: الخميس 16 أبريل 2020 - 01:00</span>')), ["2020-04-16", "visible-text"]);
  assert.deepEqual(dates(html('<span class="byline">Updated Thu, 16 Apr 2020 01:00 AM IST</span>')), ["2020-04-16", "visible-text"]);
  assert.deepEqual(dates(html("")), ["2021-03-03", "visible-text"]);
});

test("the last resort: a full date in the address of the page's lead image", () => {
  const og = (src: string): string => `<meta property="og:image" content="${src}">`;
  assert.deepEqual(dates(page({ head: og("https://example.org/wp-content/uploads/2020/09/2020-09-28_19-10-20.png") })), ["2020-09-28", "image-url"]);
  assert.deepEqual(dates(page({ head: `<meta name="twitter:image" content="https://img.example.org/2024/03/27/1736701-1287x836.jpg">` })), ["2024-03-27", "image-url"]);
  assert.deepEqual(dates(page({ head: og("https://example.org/wp-content/uploads/2020/09/photo.jpg") })), [null, null]);
  assert.deepEqual(dates(page({ head: og("https://example.org/uploads/2020/09/27/photo.jpg"), dateLine: "28 سبتمبر 2020" })), ["2020-09-28", "visible-text"]);
});

test("JSON-LD the stated reader did not take is script data after the page's markup: a date there may be another object's", () => {
  const claimReview = '<script type="application/ld+json">{"@type":"ClaimReview","itemReviewed":{"@type":"Claim","datePublished":"2020-05-07"},"datePublished":"2020-05-13 15:44"}</script>';
  assert.equal(dates(page({ head: claimReview, dateLine: "13 مايو 2020" }))[0], "2020-05-13");
  const untyped = '<script type="application/ld+json">{"type":"Article","datePublished":"Thu, 08 May 2014 14:04:53 -0400"}</script>';
  assert.deepEqual(dates(page({ head: untyped })), ["2014-05-08", "script-data"]);
});

test("script data is read before the page's markup: an unmarked <time> may show the update or the time the page was rendered", () => {
  const state = '<script>window.__STATE__ = {"article":{"publishedAt":"2020-08-17T16:43:30-06:00"}};</script>';
  assert.deepEqual(dates(page({ head: state, dateLine: '<time datetime="2020-08-18T04:09:24-06:00">18 أغسطس 2020</time>' })), ["2020-08-17", "script-data"]);
  assert.deepEqual(dates(page({ head: state, dateLine: "18 أغسطس 2020" })), ["2020-08-17", "script-data"]);
});

test("month names of other languages, before or after the day, and the year written first", () => {
  const days = (text: string): string[] => findDatesInText(text).map((d) => d.value);
  assert.deepEqual(days("Opublikowano: 15 czerwca 2020, 10:12"), ["2020-06-15"]);
  assert.deepEqual(days("Vloženo 3. května 2020"), ["2020-05-03"]);
  assert.deepEqual(days("7 Ιουνίου 2020"), ["2020-06-07"]);
  assert.deepEqual(days("ΔΕΥΤΕΡΑ 7 ΙΟΥΝΙΟΥ 2020"), ["2020-06-07"]);
  assert.deepEqual(days("Jakarta, 24 Agustus 2020"), ["2020-08-24"]);
  assert.deepEqual(days("प्रकाशित: 15 अप्रैल 2020"), ["2020-04-15"]);
  assert.deepEqual(days("פורסם 15 באפריל 2020"), ["2020-04-15"]);
  assert.deepEqual(days("2020. június 15. 08:30"), ["2020-06-15"]);
  assert.deepEqual(days("2020 m. birželio 7 d. 12:01"), ["2020-06-07"]);
  assert.deepEqual(days("in 2020 may 5 people apply"), []);
});

test("month names of more languages, Catalan's d’ and del, Urdu's comma, Vietnamese's numbered month", () => {
  const days = (text: string): string[] => findDatesInText(text).map((d) => d.value);
  assert.deepEqual(days("16. apríl 2025 | 10:02"), ["2025-04-16"]); // Icelandic
  assert.deepEqual(days("29 de juny del 2020"), ["2020-06-29"]);
  assert.deepEqual(days("Publicat el 29 d’agost de 2020"), ["2020-08-29"]);
  assert.deepEqual(days("29 جون، 2020"), ["2020-06-29"]); // Urdu
  assert.deepEqual(days("۱۵ ژانویهٔ ۲۰۲۰"), ["2020-01-15"]); // Persian, Gregorian
  assert.deepEqual(days("Cập nhật ngày 29 tháng 06 năm 2020"), ["2020-06-29"]);
  assert.deepEqual(days("29 tháng 6, 2020"), ["2020-06-29"]);
  assert.deepEqual(days("29 qershor 2020"), ["2020-06-29"]); // Albanian
  assert.deepEqual(days("29 iyun 2020"), ["2020-06-29"]); // Azerbaijani
  assert.deepEqual(days("29 юни 2020 г."), ["2020-06-29"]); // Bulgarian
  assert.deepEqual(days("29. јун 2020."), ["2020-06-29"]); // Serbian
  assert.deepEqual(days("29. juuni 2020"), ["2020-06-29"]); // Estonian
  assert.deepEqual(days("29 հունիսի, 2020 թ."), ["2020-06-29"]); // Armenian
  assert.deepEqual(days("29 ივნისი, 2020"), ["2020-06-29"]); // Georgian
  assert.deepEqual(days("Hunyo 29, 2020"), ["2020-06-29"]); // Tagalog
  assert.deepEqual(days("29 marts 2020"), ["2020-03-29"]); // Danish
  assert.deepEqual(days("tháng 6 có 30 ngày, năm 2020"), []);
});

test("a visible date line in another language is read", () => {
  assert.deepEqual(dates(page({ dateLine: "Aktualizacja: brak · Opublikowano 15 czerwca 2020" })), ["2020-06-15", "visible-text"]);
  assert.deepEqual(dates(page({ dateLine: "2020. június 15., hétfő" })), ["2020-06-15", "visible-text"]);
});

test("an epoch in any date-named data- attribute is read; not on a link, not an update time", () => {
  const line = (attrs: string): string => page({ dateLine: `<span class="byline" ${attrs}>الكاتب</span>` });
  assert.deepEqual(dates(line('data-utc-time="1594448702"')), ["2020-07-11", "timestamp-attribute"]);
  assert.deepEqual(dates(line('data-publishtime="1594448702000"')), ["2020-07-11", "timestamp-attribute"]);
  assert.deepEqual(dates(line('data-updated-time="1594448702"')), [null, null]);
  const related = page({ dateLine: '<a href="/older-story" data-article-publish-date="1594448702">قصة أقدم</a>' });
  assert.deepEqual(dates(related), [null, null]);
});

test("an ISO date in a date-named data- attribute is read (a data layer's publication date); not an update's, not a link's", () => {
  const line = (attrs: string): string => page({ dateLine: `<div class="tracking" ${attrs}></div><span class="byline">الكاتب</span>` });
  assert.deepEqual(dates(line('data-ga4-published="2021-11-01"')), ["2021-11-01", "timestamp-attribute"]);
  assert.deepEqual(dates(line('data-date-time-calc-iso-date-value="2024-11-29T11:05:33+01:00"')), ["2024-11-29", "timestamp-attribute"]);
  assert.deepEqual(dates(line('data-last-updated-date="2024-11-29"')), [null, null]);
  assert.deepEqual(dates(line('data-date-format="2024-11-29 or so"')), [null, null]);
  const related = page({ dateLine: '<a href="/older-story" data-ga4-published="2021-10-30">قصة أقدم</a>' });
  assert.deepEqual(dates(related), [null, null]);
});

test("a date attribute may be named without data- and written out with a weekday, a clock time and a zone; not inside other words", () => {
  const line = (attrs: string): string => page({ dateLine: `<div class="story-meta" ${attrs}></div><span class="byline">الكاتب</span>` });
  assert.deepEqual(dates(line('time="1593378975"')), ["2020-06-28", "timestamp-attribute"]);
  assert.deepEqual(dates(line('ia-date-publish="2020-05-21T17:29:40-03:00"')), ["2020-05-21", "timestamp-attribute"]);
  assert.deepEqual(dates(line('publicationdate="24/09/2020"')), ["2020-09-24", "timestamp-attribute"]);
  assert.deepEqual(dates(line('data-date="2024.03.31 19:59"')), ["2024-03-31", "timestamp-attribute"]);
  assert.deepEqual(dates(line('data-date="June 26, 2023"')), ["2023-06-26", "timestamp-attribute"]);
  assert.deepEqual(dates(line('data-creationdate="Thu, 24 Sep 2020 21:12:35 +05:30"')), ["2020-09-24", "timestamp-attribute"]);
  assert.deepEqual(dates(line('data-caption-date="Photo taken on June 26, 2023"')), [null, null]);
  // the page's render time, and an edit's datetime on <del>, are not the publication
  assert.deepEqual(dates(line('generationtime="24/09/2020 12:37:49"')), [null, null]);
  assert.deepEqual(dates(page({ dateLine: '<del datetime="2020-09-24T10:00:00Z">قديم</del>' })), [null, null]);
});

test("a full date in the document title is the last resort", () => {
  assert.deepEqual(dates(page({ title: "عودة الخدمة إلى الأحياء - 07.12.2017 - الموقع" })), ["2017-12-07", "title"]);
  assert.deepEqual(dates(page({ title: "عودة الخدمة - 07.12.2017", dateLine: "8 ديسمبر 2017" })), ["2017-12-08", "visible-text"]);
  assert.deepEqual(dates(page({ title: "عودة الخدمة في 2017" })), [null, null]);
});

test("publication metas of more publishers, and a compact value (20190806, 20190806103251)", () => {
  const meta = (name: string, v: string): string => `<meta name="${name}" content="${v}">`;
  assert.deepEqual(dates(page({ head: meta("pdate", "20190806") })), ["2019-08-06", "meta"]);
  assert.deepEqual(dates(page({ head: meta("article.created", "2019-11-19T13:03:00.000Z") })), ["2019-11-19", "meta"]);
  assert.deepEqual(dates(page({ head: meta("vr:published_time", "20221212064602") })), ["2022-12-12", "meta"]);
  assert.deepEqual(dates(page({ head: meta("pdate", "20191306") })), [null, null]);
});

test("JSON-LD wrapped in CDATA or a comment, as XHTML-era templates and CMS plugins write it, is read", () => {
  const body = '{"@type":"NewsArticle","headline":"عودة الخدمة","datePublished":"2021-03-04T10:00:00+02:00"}';
  for (const wrapped of [`<![CDATA[ ${body} ]]>`, `//<![CDATA[\n${body}\n//]]>`, `/* <![CDATA[ */ ${body} /* ]]> */`, `<!-- ${body} -->`]) {
    const head = `<script type="application/ld+json">${wrapped}</script>`;
    assert.deepEqual(dates(page({ head, dateLine: "9 مارس 2021" })), ["2021-03-04", "json-ld"], wrapped);
  }
});

test("visible dates: a date inside a link or in an element marked as an update is not the page's date line", () => {
  const teaser = '<a href="/older"><span class="date">2 مارس 2021</span> قصة أقدم</a>';
  assert.deepEqual(dates(page({ dateLine: `${teaser} <span class="date">4 مارس 2021</span>` })), ["2021-03-04", "visible-text"]);
  assert.deepEqual(dates(page({ dateLine: '<span class="entry-updated updated">9 March 2021</span> <span class="posted-on">4 March 2021</span>' })), ["2021-03-04", "visible-text"]);
  assert.deepEqual(dates(page({ dateLine: '<time class="date" itemprop="dateModified">9 März 2021</time> <em class="date">4. März 2021</em>' })), ["2021-03-04", "visible-text"]);
});

test("visible dates: a date line set just above the headline beats a teaser's date further down; the site header's date does not", () => {
  const related = '<aside><div class="news-meta"><h5 class="date">01.03.2021 – 13:21</h5></div><a href="/other">قصة أخرى</a></aside>';
  assert.deepEqual(dates(page({ kicker: '<p class="date">04.03.2021 – 14:49</p>', related })), ["2021-03-04", "visible-text"]);
  assert.deepEqual(dates(page({ kicker: '<div class="post-meta">March 4, 2021 at 4:02 pm</div>', related })), ["2021-03-04", "visible-text"]);
  assert.deepEqual(dates(page({ header: "الخميس 4 مارس 2021", related })), ["2021-03-01", "visible-text"]);
  const topbar = '<ul class="header--topbar-info nav"><li>Thursday, (04 Mar 2021)</li></ul>';
  assert.deepEqual(dates(page({ kicker: topbar, related })), ["2021-03-01", "visible-text"]);
});

test("<time>: not inside a teaser's link, unless the link is the page's own permalink; 'published updated' is a publication; a wrapper marked as the publication counts", () => {
  const canonical = '<link rel="canonical" href="https://example.org/2021/story-of-the-day/">';
  const teaser = '<a href="/2021/older-story/"><time datetime="2021-02-26">26/02/2021</time> قصة أقدم</a>';
  assert.deepEqual(dates(page({ head: canonical, related: `<aside>${teaser}</aside>`, dateLine: '<time datetime="2021-03-04">4 مارس</time>' })), ["2021-03-04", "time-element"]);
  // (the teaser sits beyond the text read after the headline for a date in prose)
  assert.deepEqual(dates(page({ head: canonical, related: `${BODY}<aside>${teaser}</aside>` })), [null, null]);
  const permalink = (rel: string, href: string): string => `<a href="${href}" ${rel}><time class="entry-date published updated" datetime="2021-03-04T14:05:49+02:00">March 4, 2021</time></a>`;
  assert.deepEqual(dates(page({ head: canonical, dateLine: permalink('rel="bookmark"', "https://example.org/?p=12") })), ["2021-03-04", "time-element"]);
  assert.deepEqual(dates(page({ head: canonical, dateLine: permalink("", "https://example.org/2021/story-of-the-day/") })), ["2021-03-04", "time-element"]);
  assert.deepEqual(dates(page({ head: canonical, related: BODY + permalink("", "https://example.org/2021/story-of-the-day/#comment-7") })), [null, null]);
  const wrapped = '<span class="dateGroup datePublished"><time datetime="2021-03-04T19:25:34.000Z">4. marts 2021</time></span>';
  const teaserArticle = '<aside><article><time class="published" datetime="2021-04-16T13:41:52+02:00"></time></article></aside>';
  assert.deepEqual(dates(page({ dateLine: wrapped, related: teaserArticle })), ["2021-03-04", "time-element"]);
});

test("page text: with no other source, the first date written in the page's own text, not in a link, the header, an aside or a caption", () => {
  const prose = "<p>وكانت الوزارة قد أعلنت في 3 مارس 2021 أن أعمال الصيانة ستبدأ في الأسبوع التالي وتستمر أياماً.</p>";
  // each date sits in a sentence, so that none is a date line of the visible-text source
  const said = (day: number): string => `وقال المتحدث في ${day} مارس 2021 إن الفرق تعمل ليلاً ونهاراً في كل الأحياء.`;
  const chrome = `<header>${said(9)}</header><aside>${said(8)}</aside><a href="/other">${said(7)}</a><figure><figcaption>${said(6)}</figcaption></figure>`;
  const html = `<!doctype html><html><head><title>الصيانة</title></head><body>${chrome}<div>${BODY}${prose}</div></body></html>`;
  assert.deepEqual(dates(html), ["2021-03-03", "page-text"]);
  assert.deepEqual(dates(html.replace(prose, "")), [null, null]);
});

test("a MediaWiki page shown at one revision is dated by that revision, not by the article's creation its JSON-LD states", () => {
  const wiki = (header: string, generator = "MediaWiki 1.31.0"): string =>
    page({ head: `<meta name="generator" content="${generator}">${ld("2009-05-02T10:00:00Z")}`, kicker: header });
  const diff = '<table class="diff"><tr><td class="diff-otitle"><div id="mw-diff-otitle1">نسخة 10:00، 1 مارس 2021</div></td><td class="diff-ntitle"><div id="mw-diff-ntitle1"><a href="/w/index.php?oldid=2">نسخة 14:20، 7 أبريل 2021</a></div></td></tr></table>';
  assert.deepEqual(dates(wiki(diff)), ["2021-04-07", "visible-text"]);
  assert.deepEqual(dates(wiki('<div id="mw-revision-info">نسخة 08:15، 3 يونيو 2020 بواسطة محرر</div>')), ["2020-06-03", "visible-text"]);
  // the article view of a wiki, and a revision header on a page no wiki generated, keep the stated date
  assert.deepEqual(dates(wiki("")), ["2009-05-02", "json-ld"]);
  assert.deepEqual(dates(wiki(diff, "WordPress 6.1")), ["2009-05-02", "json-ld"]);
});

test("the last resort: the headline's date line with a two-digit year, day first unless the day slot cannot be a month or the page writes US English", () => {
  assert.deepEqual(dates(page({ dateLine: '<span class="post-date">نشر في 10/12/20 - 10:02</span>' })), ["2020-12-10", "visible-text"]);
  assert.deepEqual(dates(page({ dateLine: '<span class="lineinfo">الخميس 25.04.24 | 14:07</span>' })), ["2024-04-25", "visible-text"]);
  const english = (lang: string, line: string): string =>
    `<!doctype html><html lang="${lang}"><head><title>Water back</title></head><body><article><h1>Water is back in every district</h1><div class="byline">${line}</div>${BODY}</article></body></html>`;
  assert.deepEqual(dates(english("en-US", "By Staff Reports - 11/20/19 6:38 AM")), ["2019-11-20", "visible-text"]);
  assert.deepEqual(dates(english("en", "3/09/15 8:00am")), ["2015-03-09", "visible-text"]);
  assert.deepEqual(dates(english("en-GB", "3/09/15 8:00am")), ["2015-09-03", "visible-text"]);
  // a teaser's short date, or one in a caption, is not the headline's
  assert.deepEqual(dates(page({ dateLine: '<a href="/older"><span class="date">10/12/20</span> قصة أقدم</a>' })), [null, null]);
  assert.deepEqual(dates(page({ caption: '<span class="photo-date">10/12/20</span>' })), [null, null]);
});

test("the headline's date line with a two-digit year beats an earlier full date in a caption or the text after the headline", () => {
  const lead = '<figure><img src="/a.jpg"><figcaption>بث مباشر | 24.04.2024 | فريق التحرير</figcaption></figure><p><i>البث: الإذاعة المحلية، 24.04.2024، 15:10</i></p>';
  const html = `<!doctype html><html lang="ar"><head><title>افتتاح المسرح</title></head><body><article><h1>المسرح القديم يفتح أبوابه من جديد</h1>
<div class="lineinfo">الخميس 25.04.24 | 14:07 | كتبته سارة الحربي</div>${lead}${BODY}</article></body></html>`;
  assert.deepEqual(dates(html), ["2024-04-25", "visible-text"]);
});

test("a page without an <h1>: the <h2>/<h3> that shows the title (a kicker set in it) is the headline its date line follows", () => {
  const header = '<nav class="nav-meta"><span class="nav-meta-weather">23°C</span><span class="nav-meta-date">الأربعاء 24.04.24</span></nav>';
  const html = `<!doctype html><html lang="ar"><head><title>المسرح القديم يفتح أبوابه من جديد | الإذاعة</title></head><body>${header}<article>
<h3><span class="roofline">عرض أول</span><span class="hideme"> - </span><span class="titletext">المسرح القديم يفتح أبوابه من جديد</span></h3>
<div class="lineinfo">الخميس 25.04.24 | 14:07</div>${BODY}</article></body></html>`;
  assert.deepEqual(dates(html), ["2024-04-25", "visible-text"]);
  // a heading that is not the title does not stand in for the headline: the first date line is read
  assert.deepEqual(dates(html.replace("<h3>", "<h3>أخبار أخرى من المدينة ").replace("عرض أول", "عرض أول من سلسلة طويلة من العروض الموسيقية والمسرحية في المدينة وضواحيها")), ["2024-04-24", "visible-text"]);
});

test("the last resort: a date line without a year is in the year of the page's copyright line; relative times are not read", () => {
  const footer = "<footer><p>© 2016 - 2020 جميع الحقوق محفوظة</p></footer>";
  assert.deepEqual(dates(page({ dateLine: '<span class="date">الثلاثاء 17 مارس</span>', related: footer })), ["2020-03-17", "visible-text"]);
  assert.deepEqual(dates(page({ kicker: '<p class="dateline">Posted Nov 18, 8:19 PM</p>', related: footer })), ["2020-11-18", "visible-text"]);
  assert.deepEqual(dates(page({ dateLine: '<span class="date">الثلاثاء 17 مارس</span>' })), [null, null]);
  assert.deepEqual(dates(page({ dateLine: '<span class="date">منذ 5 ساعات</span>', related: footer })), [null, null]);
  assert.deepEqual(dates(page({ dateLine: '<span class="date">2 days ago</span>', related: footer })), [null, null]);
  // an update line is not the publication
  assert.deepEqual(dates(page({ dateLine: '<span class="date">آخر تحديث 17 مارس</span>', related: footer })), [null, null]);
});

test("a page that states only its modification date is dated by it, reported as `modified`; any publication date the page gives wins", () => {
  const modified = '<meta property="article:modified_time" content="2021-03-04T09:00:00+02:00">';
  assert.deepEqual(dates(page({ head: modified })), ["2021-03-04", "modified"]);
  const ldModified = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"عودة الخدمة","dateModified":"2021-03-05T08:00:00Z"}</script>';
  assert.deepEqual(dates(page({ head: ldModified })), ["2021-03-05", "modified"]);
  assert.deepEqual(dates(page({ head: modified, dateLine: "2 مارس 2021" })), ["2021-03-02", "visible-text"]);
  const a = extractHtml(page({ head: modified + ld("2021-03-01T10:00:00+02:00") }), null).articles[0]!;
  assert.deepEqual([a.publishedAt?.slice(0, 10), a.publishedAtSource, a.updatedAt?.slice(0, 10)], ["2021-03-01", "json-ld", "2021-03-04"]);
  // a page whose only date is its modification: the update date is not repeated as updatedAt
  assert.equal(extractHtml(page({ head: modified }), null).articles[0]!.updatedAt, null);
});

test("a byline box shows the publication, not the update marked inside it (hidden hAtom `updated`, `<time class=updated>`)", () => {
  // courage-online.de (Avada), breakingsoup.com: the box holds the update beside or instead of the publication
  const hidden = '<div class="post-meta-info"><span class="updated hidden">2022-12-07T10:10:52+01:00</span><span>25 ديسمبر 2022</span></div>';
  assert.deepEqual(dates(page({ dateLine: hidden })), ["2022-12-25", "visible-text"]);
  const onlyUpdate = '<div class="post-info"><span class="thetime updated">5 أكتوبر 2020</span></div><p class="date">28 سبتمبر 2020</p>';
  assert.deepEqual(dates(page({ dateLine: onlyUpdate })), ["2020-09-28", "visible-text"]);
});

test("WordPress's `entry-date updated` <time> is the publication (hAtom asks every post for an `updated`)", () => {
  // mexiconewsdaily.com (tagDiv), junin24.com, zimeye.net, larazon.pe, boxen1.com
  const html = page({ dateLine: '<time class="entry-date updated td-module-date" datetime="2025-02-11T12:28:25-06:00">11 فبراير 2025</time>' });
  assert.deepEqual(dates(html), ["2025-02-11", "time-element"]);
});

test("a date line inside another story's teaser block is not the page's", () => {
  // diariodelsur.com.co and kut.org (Drupal `node-teaser` lists beside the story)
  const teasers = '<div class="node node-teaser"><div class="field-datetime">05/12/2020 - 15:10</div></div>';
  assert.deepEqual(dates(page({ dateLine: `${teasers}<div class="field-datetime">الأحد 6 ديسمبر 2020</div>` })), ["2020-12-06", "visible-text"]);
});

test("today's date in the site header is never the story's, even as the only date above the headline", () => {
  // newsweek.com (`header.page-header` "Wed, Nov 20, 2019"), worldtruth.tv: the story states no other date line
  assert.deepEqual(dates(page({ header: "الأربعاء 20 نوفمبر 2019" })), [null, null]);
});

test("the body's classes do not put the whole page in the header (Divi's `et_show_nav`, `et_secondary_nav_enabled`)", () => {
  // sonline.hu (Divi): the byline above the headline, far from it, is the only date line
  const html = page({ kicker: `<div class="article-info byline"><span class="article-datetime">2020. 06. 04. 11:27</span>${"<span>مشاركة</span>".repeat(40)}</div>` })
    .replace("<body>", '<body class="single et_show_nav et_secondary_nav_enabled">');
  assert.deepEqual(dates(html), ["2020-06-04", "visible-text"]);
});

test("an agency dateline opening the lead, without a year, is read in the year of the copyright line when nothing else dates the page", () => {
  const lead = (first: string, footer: string): string =>
    `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>عودة الخدمة</title></head><body><article><h1>عودة الخدمة إلى الأحياء</h1>
<p>${first} أنهت فرق الصيانة أعمالها في الشبكة وعادت الخدمة إلى جميع الأحياء بعد انقطاع دام ساعات.</p>${BODY}</article><footer>${footer}</footer></body></html>`;
  assert.deepEqual(dates(lead("القاهرة - 11 مايو (رويترز) -", "© 2019 - 2020 الموقع")), ["2020-05-11", "visible-text"]);
  assert.deepEqual(dates(lead("ALGER, 11 mai (APS) -", "Copyright 2020")), ["2020-05-11", "visible-text"]);
  assert.deepEqual(dates(lead("القاهرة - 11 مايو (رويترز) -", "")), [null, null]);
  assert.deepEqual(dates(lead("قالت الوزارة في بيان نشر يوم 11 مايو إن", "© 2020")), [null, null]);
});

/** A card of another story without a teaser class: its title links to another page of the site, then its date. */
const card = (date: string): string =>
  `<div class="HeroCard"><h5><a href="https://example.org/news/other-story">وزير المالية يعلن خطة جديدة لدعم الأسر المحتاجة</a></h5><div class="HeroCard-dateTime">${date}</div><p>ملخص قصير للخبر.</p></div>`;

test("a <time>, a date attribute or a date line in a card of another story (its headline links to another page) is not the page's", () => {
  // washingtonexaminer.com (hero strip `<time class="DateTime">` after the story), dealdoktor.de (an offers widget's `data-time` countdown), bike-magazin.de / yle.fi lists
  const withCard = (date: string, dateLine?: string): string =>
    page({ head: '<link rel="canonical" href="https://example.org/news/this-story">', dateLine, related: card(date) });
  assert.deepEqual(dates(withCard('<time datetime="2019-11-20T00:00:32-05:00">20 نوفمبر 2019</time>', "18 نوفمبر 2019")), ["2019-11-18", "visible-text"]);
  assert.deepEqual(dates(withCard('<span class="timer" data-time="1571608740000"></span>', "17.10.2019, 13:56")), ["2019-10-17", "visible-text"]);
  // a card linking to the page itself carries the page's date
  assert.deepEqual(dates(withCard('<time datetime="2019-11-20T10:00:00-05:00">20 نوفمبر 2019</time>').replace("news/other-story", "news/this-story")), ["2019-11-20", "time-element"]);
});

test("in a list of other stories a shorter linked title makes a card; the page's own item keeps its date", () => {
  // bike-magazin.de ("Top-Artikel der Woche": an empty image link titled "Fünf MTB-Winterhosen im Kälte-Check", then the date)
  const item = (href: string, title: string, date: string): string => `<li><a href="${href}" title="${title}"></a><div class="title">${title}</div><p><span class="date">${date}</span>ملخص.</p></li>`;
  const list = (items: string): string => page({ head: '<link rel="canonical" href="https://example.org/news/this-story">', related: `${BODY.repeat(2)}<ul class="articles list">${items}</ul>` });
  assert.deepEqual(dates(list(item("/news/winter-trousers", "سراويل الشتاء تحت الاختبار", "22.01.2022"))), [null, null]);
  assert.deepEqual(dates(list(item("/news/winter-trousers", "سراويل الشتاء تحت الاختبار", "22.01.2022") + item("/news/this-story", "عودة الخدمة إلى الأحياء", "26.01.2022"))), ["2022-01-26", "visible-text"]);
});

test("a byline block is no story card: author, section and other sites' links, a menu, or a link after the date", () => {
  // nationalreview.com and swap-stop.org ("View all posts by …"), rollingstone.com (an author pop-over listing their stories), givewell.org (a link in the text after the date)
  const byline = (links: string, after = ""): string =>
    page({
      head: '<link rel="canonical" href="https://example.org/news/this-story">',
      dateLine: `<div class="byline">${links}<time datetime="2019-11-19T06:30:42-05:00">19 نوفمبر 2019</time>${after}</div>`,
    });
  assert.deepEqual(dates(byline('<a href="/author/m-ahmad/">عرض كل مقالات محمد أحمد علي حسن</a>')), ["2019-11-19", "time-element"]);
  assert.deepEqual(dates(byline('<a href="https://twitter.com/someone">تواصل مع محمد أحمد علي على إكس</a>')), ["2019-11-19", "time-element"]);
  assert.deepEqual(dates(byline('<nav><a href="/news/older-story">مقال سابق للكاتب عن الاقتصاد والأسواق العالمية</a></nav>')), ["2019-11-19", "time-element"]);
  assert.deepEqual(dates(byline("", '<a href="/speak-to-us">اطلب اتصالا من فريق العمل لدينا اليوم</a>')), ["2019-11-19", "time-element"]);
  // the same link before the date, outside a menu, makes the block another story's card: its <time> is skipped
  assert.deepEqual(dates(byline('<a href="/news/older-story">مقال سابق للكاتب عن الاقتصاد والأسواق العالمية</a>'))[1], "visible-text");
});

test("a date line linked to the site's archive of its day is the page's, and gives the year it leaves out", () => {
  // interia.pl (`Wczoraj, 10 maja (11:03)` → `/newsroom,nDate,2021-05-10`), news.az (`13 Oct 2020 18:29` → `/time/2020-10-13`)
  const linked = (href: string, text: string): string => page({ dateLine: `<a class="article-date" href="${href}">${text}</a>` });
  assert.deepEqual(dates(linked("/newsroom,nDate,2021-05-10", "أمس، 10 مايو (11:03)")), ["2021-05-10", "visible-text"]);
  assert.deepEqual(dates(linked("https://example.org/time/2020-10-13", "13 أكتوبر 2020 18:29")), ["2020-10-13", "visible-text"]);
  // another day's archive, or a story filed under a day, stays a link elsewhere
  assert.deepEqual(dates(linked("/newsroom,nDate,2021-05-09", "أمس، 10 مايو (11:03)")), [null, null]);
  assert.deepEqual(dates(linked("/2021/05/09/other-story", "أمس، 10 مايو (11:03)")), [null, null]);
});

test("a date line's elements are read apart: a date glued to the clock, a name or a count by markup is still a date", () => {
  // cnbc.com (`Nov 20 2019<span></span>4:29 AM`), breitbart.com (`Lucas Nolan<span>22 Dec 2016</span>`), dizindaba (`April 10, 2023<span>3 years</span>`)
  assert.deepEqual(dates(page({ dateLine: '<time>نشر الأربعاء 20 نوفمبر 2019<span class="divider"></span>4:29 مساء</time>' })), ["2019-11-20", "time-element"]);
  assert.deepEqual(dates(page({ dateLine: '<span class="byline">محمد علي<span class="date">22 ديسمبر 2016</span><span class="count">651</span></span>' })), ["2016-12-22", "visible-text"]);
  // a superscript stays with its word
  assert.deepEqual(dates(page({ dateLine: '<span class="date">22<sup>nd</sup> December 2016</span>' })), ["2016-12-22", "visible-text"]);
});

test("a <time> whose datetime is UTC or has no zone gives the day its own text shows one day off; a datetime with a zone keeps its day", () => {
  // theverge.com (`2019-11-20T00:53:52` shown `Nov 19, 2019, 7:53pm EST`), houstonchronicle.com (`…T05:21:58Z` shown `11:21 pm CST, Tuesday, November 19, 2019`), theguardian.com (`2018-11-26T01:11:35+0000` shown `Published: 25 Nov 2018`)
  const time = (datetime: string, text: string): string => page({ dateLine: `<time datetime="${datetime}">${text}</time>` });
  assert.deepEqual(dates(time("2019-11-20T00:53:52", "19 نوفمبر 2019، 7:53 مساء")), ["2019-11-19", "time-element"]);
  assert.deepEqual(dates(time("2019-11-20T05:21:58Z", "الثلاثاء 19 نوفمبر 2019")), ["2019-11-19", "time-element"]);
  assert.deepEqual(dates(time("2018-11-26T01:11:35+0000", "نشر: 25 نوفمبر 2018")), ["2018-11-25", "time-element"]);
  assert.deepEqual(dates(time("2019-11-20T00:53:52+03:00", "19 نوفمبر 2019")), ["2019-11-20", "time-element"]);
  // a text days away, or one without a date, leaves the datetime as it is
  assert.deepEqual(dates(time("2019-11-20T00:53:52Z", "17 نوفمبر 2019")), ["2019-11-20", "time-element"]);
  assert.deepEqual(dates(time("2019-11-20T00:53:52Z", "منذ ساعتين")), ["2019-11-20", "time-element"]);
});

test("a date attribute on an element that is itself another story's card is that story's", () => {
  // startribune.com (`<article class="more-posts-view" data-timestamp>`), telegraph.co.uk (`<li class="list-of-entities__item" data-timestamp>`), news18.com (`<li class="other-watch-videos" data-post-date>`)
  const card = (tag: string, date: string, title: string): string => `<${tag} data-timestamp="${date}"><a href="/news/other-story">${title}</a></${tag}>`;
  const withCards = (cards: string, own = ""): string => page({ dateLine: own, related: `<section>${cards}</section>` });
  assert.deepEqual(dates(withCards(card("article", "1574183453", "مقال آخر عن الدوري والفريق في الموسم الجديد"))), [null, null]);
  assert.deepEqual(dates(withCards(`<ul>${card("li", "1511288258153", "صور من المعرض الدولي")}</ul>`)), [null, null]);
  // the page's own element with the attribute (it holds the headline, or names no other story) keeps it
  assert.deepEqual(dates(page({ kicker: '<div data-timestamp="1574183453"></div>' })), ["2019-11-19", "timestamp-attribute"]);
  assert.deepEqual(dates(withCards(card("article", "1574183453", "مقال آخر عن الدوري والفريق في الموسم الجديد"), '<span data-publish-date="2019-11-20"></span>')), ["2019-11-20", "timestamp-attribute"]);
});

test("a publication key in HTML-escaped JSON of an attribute is script data", () => {
  // apnews.com, mirror.co.uk (`&quot;publishDate&quot;:&quot;2020-05-09&quot;`), uol.com.br (two pages)
  const props = (json: string): string => page({ related: `<div data-island-props="${json}"></div>` });
  assert.deepEqual(dates(props("{&quot;id&quot;:12,&quot;publishedAt&quot;:&quot;2021-06-02T08:15:00+02:00&quot;}")), ["2021-06-02", "script-data"]);
  assert.deepEqual(dates(props("{&quot;article&quot;:{&quot;publishDate&quot;:&quot;2021-06-02&quot;}}")), ["2021-06-02", "script-data"]);
  // another key's date is not the publication
  assert.deepEqual(dates(props("{&quot;renderedAt&quot;:&quot;2021-06-02T08:15:00Z&quot;}")), [null, null]);
});

test("pageDateEvidence: every source's own date and the chain's choice, as extractHtml reads the page", () => {
  const html = page({ head: `${ld("2021-03-04T23:10:00Z")}<meta property="article:modified_time" content="2021-03-06T08:00:00+03:00">`, dateLine: "الجمعة 5 مارس 2021" });
  const input = pageDateInputs(html, "https://example.com/2021/03/05/service");
  const { sources, chosen } = pageDateEvidence(input.root, input.meta, input.urls, input.headline, input.html);
  assert.equal(sources["json-ld"], "2021-03-04T23:10:00Z");
  assert.equal(sources.url, "2021-03-05");
  assert.equal(sources["visible-text"], "2021-03-05");
  assert.equal(sources.modified, "2021-03-06T08:00:00+03:00");
  assert.equal(sources.meta, null);
  assert.equal(chosen, extractHtml(html, "https://example.com/2021/03/05/service").articles[0]!.publishedAt);
});
