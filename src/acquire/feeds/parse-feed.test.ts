import { test } from "node:test";
import assert from "node:assert/strict";
import { parseFeed } from "./parse-feed.js";

const FEED_URL = "https://akhbar.example/rss/main.xml";

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>أخبار اليوم</title>
  <link>https://akhbar.example/</link>
  <ttl>15</ttl>
  <item>
    <title><![CDATA[الحكومة تقر موازنة العام المقبل]]></title>
    <link>https://akhbar.example/news/101?utm_source=rss</link>
    <guid isPermaLink="false">akhbar-101</guid>
    <pubDate>Tue, 24 Nov 2026 10:30:00 +0300</pubDate>
    <dc:creator>سارة المصري</dc:creator>
    <category>اقتصاد</category>
    <description><![CDATA[<p>أقر مجلس الوزراء <b>الموازنة</b> العامة.</p>]]></description>
    <content:encoded><![CDATA[<p>أقر مجلس الوزراء الموازنة العامة للعام المقبل بعد نقاش طويل.</p>]]></content:encoded>
    <media:content url="https://akhbar.example/img/101.jpg" medium="image" type="image/jpeg"><media:title>قاعة مجلس الوزراء</media:title></media:content>
  </item>
  <item>
    <title>افتتاح جسر جديد فوق النهر</title>
    <link>/news/102</link>
    <guid>https://akhbar.example/news/102</guid>
    <pubDate>Tue, 24 Nov 2026 09:00:00 EEST</pubDate>
    <media:group><media:content url="/video/102.mp4" type="video/mp4"/><media:thumbnail url="/img/102.jpg"/></media:group>
    <enclosure url="https://akhbar.example/audio/102.mp3" type="audio/mpeg" length="1000"/>
  </item>
  <item>
    <title>الحكومة تقر موازنة العام المقبل (مكرر)</title>
    <link>https://akhbar.example/news/101</link>
  </item>
</channel>
</rss>`;

test("RSS 2.0: titles, links, GUIDs, dates, author, categories, content and Media RSS", () => {
  const { value: feed, issues } = parseFeed(RSS2, FEED_URL);
  assert.deepEqual(issues, []);
  assert.equal(feed?.format, "rss");
  assert.equal(feed?.title, "أخبار اليوم");
  assert.equal(feed?.ttlMinutes, 15);
  const [first, second] = feed!.items;
  assert.equal(first?.title, "الحكومة تقر موازنة العام المقبل");
  assert.equal(first?.key, "akhbar-101");
  assert.equal(first?.publishedAt, "2026-11-24T07:30:00Z");
  assert.equal(first?.author, "سارة المصري");
  assert.deepEqual(first?.categories, ["اقتصاد"]);
  assert.equal(first?.summary, "أقر مجلس الوزراء الموازنة العامة.");
  assert.match(first?.contentHtml ?? "", /بعد نقاش طويل/);
  assert.deepEqual(first?.media, [{ url: "https://akhbar.example/img/101.jpg", type: "image/jpeg", medium: "image", title: "قاعة مجلس الوزراء" }]);
  assert.equal(second?.url, "https://akhbar.example/news/102");
  assert.equal(second?.publishedAt, "2026-11-24T06:00:00Z");
  assert.deepEqual(
    second?.media.map((m) => [m.url, m.medium]),
    [
      ["https://akhbar.example/video/102.mp4", "video"],
      ["https://akhbar.example/img/102.jpg", "image"],
      ["https://akhbar.example/audio/102.mp3", "audio"],
    ],
  );
});

test("items repeated by canonical URL within a feed are dropped", () => {
  const items = parseFeed(RSS2, FEED_URL).value!.items;
  assert.equal(items.length, 2);
});

test("RSS 0.91 without GUIDs keys items by canonical URL", () => {
  const xml = `<rss version="0.91"><channel><title>نشرة</title><item><title>خبر أول</title><link>http://old.example/a.html#top</link></item></channel></rss>`;
  const item = parseFeed(xml, "http://old.example/rss").value!.items[0]!;
  assert.equal(item.key, "http://old.example/a.html");
});

test("RSS 1.0 (RDF): items beside the channel, dc:date, rdf:about", () => {
  const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
  <channel rdf:about="https://rdf.example/"><title>وكالة الأنباء</title><link>https://rdf.example/</link><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel>
  <item rdf:about="https://rdf.example/n/7"><title>وصول وفد المفاوضين</title><link>https://rdf.example/n/7</link><dc:date>2026-11-24T08:00:00+02:00</dc:date></item>
</rdf:RDF>`;
  const feed = parseFeed(xml, "https://rdf.example/rss.rdf").value!;
  assert.equal(feed.format, "rdf");
  assert.equal(feed.ttlMinutes, 30);
  assert.equal(feed.items[0]?.title, "وصول وفد المفاوضين");
  assert.equal(feed.items[0]?.key, "https://rdf.example/n/7");
  assert.equal(feed.items[0]?.publishedAt, "2026-11-24T06:00:00Z");
});

test("Atom: alternate link, id, published/updated, html content, xml:base", () => {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/ar/">
  <title type="text">مدونة الأخبار</title>
  <link rel="alternate" type="text/html" href="https://atom.example/"/>
  <link rel="self" href="https://atom.example/feed.atom"/>
  <entry>
    <title type="html">انطلاق &lt;b&gt;مهرجان&lt;/b&gt; الشعر العربي</title>
    <link rel="alternate" type="text/html" href="festival/2026"/>
    <link rel="enclosure" type="image/png" href="/img/poster.png"/>
    <id>tag:atom.example,2026:festival</id>
    <published>2026-11-20T18:00:00Z</published>
    <updated>2026-11-21T09:15:00Z</updated>
    <author><name>هيئة التحرير</name></author>
    <category term="culture" label="ثقافة"/>
    <summary>يشارك في المهرجان شعراء من عشر دول.</summary>
    <content type="html">&lt;p&gt;يشارك في المهرجان شعراء من عشر دول عربية.&lt;/p&gt;</content>
  </entry>
</feed>`;
  const feed = parseFeed(xml, "https://atom.example/feed.atom").value!;
  assert.equal(feed.format, "atom");
  assert.equal(feed.siteUrl, "https://atom.example/");
  const e = feed.items[0]!;
  assert.equal(e.title, "انطلاق مهرجان الشعر العربي");
  assert.equal(e.url, "https://atom.example/ar/festival/2026");
  assert.equal(e.key, "tag:atom.example,2026:festival");
  assert.equal(e.publishedAt, "2026-11-20T18:00:00Z");
  assert.equal(e.updatedAt, "2026-11-21T09:15:00Z");
  assert.equal(e.author, "هيئة التحرير");
  assert.deepEqual(e.categories, ["ثقافة"]);
  assert.match(e.contentHtml ?? "", /<p>يشارك/);
  assert.equal(e.media[0]?.url, "https://atom.example/img/poster.png");
});

test("JSON Feed 1.1: items, authors, tags, image and attachments", () => {
  const json = JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "موجز الأخبار",
    home_page_url: "https://json.example/",
    items: [
      {
        id: "55",
        url: "https://json.example/p/55",
        title: "ارتفاع أسعار الذهب",
        content_html: "<p>ارتفعت أسعار الذهب اليوم.</p>",
        date_published: "2026-11-23T12:00:00+03:00",
        authors: [{ name: "قسم الاقتصاد" }],
        tags: ["ذهب", "أسواق"],
        image: "/img/gold.jpg",
        attachments: [{ url: "https://json.example/a.mp3", mime_type: "audio/mpeg" }],
      },
      { id: "56", content_text: "بلا عنوان ولا رابط" },
    ],
  });
  const feed = parseFeed(json, "https://json.example/feed.json").value!;
  assert.equal(feed.format, "json");
  assert.equal(feed.items.length, 1);
  const i = feed.items[0]!;
  assert.equal(i.key, "55");
  assert.equal(i.publishedAt, "2026-11-23T09:00:00Z");
  assert.equal(i.author, "قسم الاقتصاد");
  assert.deepEqual(i.categories, ["ذهب", "أسواق"]);
  assert.deepEqual(i.media.map((m) => m.url), ["https://json.example/img/gold.jpg", "https://json.example/a.mp3"]);
});

test("a broken feed still yields its items: HTML entities, bare &, double escaping, unclosed item", () => {
  const xml = `<rss version="2.0"><channel><title>أخبار &nbsp; الرياضة & الشباب</title>
<item><title>فوز الفريق &amp;quot;الأخضر&amp;quot; بالكأس</title><link>https://sport.example/1</link><description>مباراة&hellip; مثيرة</description></item>
<item><title>تأجيل المباراة</title><link>https://sport.example/2</link>
</channel></rss>`;
  const { value: feed, issues } = parseFeed(xml, "https://sport.example/rss");
  assert.deepEqual(issues, []);
  assert.equal(feed?.title, "أخبار الرياضة & الشباب");
  assert.equal(feed?.items[0]?.title, 'فوز الفريق "الأخضر" بالكأس');
  assert.equal(feed?.items[0]?.summary, "مباراة… مثيرة");
  assert.equal(feed?.items[1]?.title, "تأجيل المباراة");
});

test("not a feed: an issue naming the input and what was found", () => {
  const html = parseFeed("<!doctype html><html><body>صفحة</body></html>", "https://x.example/", "https://x.example/");
  assert.equal(html.value, null);
  assert.equal(html.issues[0]?.code, "feed-invalid");
  assert.equal(parseFeed("", "u").issues[0]?.code, "feed-invalid");
  assert.equal(parseFeed('{"items": 3}', "u").issues[0]?.code, "feed-invalid");
  assert.equal(parseFeed("<feed>200 خبر</feed>", "u").issues[0]?.code, "feed-invalid");
});

test("a root that holds only its entries is still a feed", () => {
  const atom = parseFeed(`<feed><entry><id>1</id><title>خبر</title><link href="https://a.example/1"/></entry></feed>`, "https://a.example/atom");
  assert.deepEqual(atom.value?.items.map((i) => i.url), ["https://a.example/1"]);
  const rdf = parseFeed(`<rdf:RDF><item rdf:about="https://a.example/2"><title>خبر</title></item></rdf:RDF>`, "https://a.example/rdf");
  assert.deepEqual(rdf.value?.items.map((i) => i.url), ["https://a.example/2"]);
});

test("unreadable dates are null, never a guess", () => {
  const xml = `<rss><channel><item><title>خبر</title><link>https://d.example/1</link><pubDate>الثلاثاء ٢٤ نوفمبر</pubDate></item></channel></rss>`;
  assert.equal(parseFeed(xml, "https://d.example/rss").value!.items[0]!.publishedAt, null);
});
