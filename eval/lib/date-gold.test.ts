import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { suiteDateGold } from "./date-gold.js";
import { withoutScriptsOrAddresses } from "./date-sources.js";

test("suiteDateGold: trafilatura's date by the page's URL, a year-day-month one read as written", () => {
  const dir = mkdtempSync(join(tmpdir(), "date-gold-"));
  try {
    const evaldata = { "https://a.example/x": { file: "x.html", date: "2022-29-11" }, "https://b.example/y": { file: "y.html", date: "2020-04-07" }, "https://c.example/z": { file: "z.html" } };
    writeFileSync(join(dir, "evaldata.json"), JSON.stringify(evaldata));
    assert.equal(suiteDateGold("trafilatura", dir, "x.html", "https://a.example/x"), "2022-11-29");
    assert.equal(suiteDateGold("trafilatura", dir, "y.html", "https://b.example/y"), "2020-04-07");
    assert.equal(suiteDateGold("trafilatura", dir, "z.html", "https://c.example/z"), null);
    assert.equal(suiteDateGold("zyte", dir, "x.html", "https://a.example/x"), null);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test("withoutScriptsOrAddresses: an Arabic page without its stated dates, scripts and own addresses keeps its date line", () => {
  const page = [
    '<html><head><link rel="canonical" href="https://news.example/2024/03/05/story"><meta property="og:url" content="https://news.example/2024/03/05/story">',
    '<meta property="article:published_time" content="2024-03-05T10:00:00+03:00"><meta property="og:image" content="https://news.example/2024/03/img.jpg">',
    '<script type="application/ld+json">{"datePublished":"2024-03-05"}</script><script>var d = "2024-03-05";</script><link rel="stylesheet" href="/s.css"></head>',
    '<body><h1>وزير الخارجية يزور القاهرة</h1><p class="date">الثلاثاء 5 مارس 2024</p></body></html>',
  ].join("");
  const bare = withoutScriptsOrAddresses(page);
  assert.doesNotMatch(bare, /canonical|og:url|og:image|published_time|<script|2024\/03/);
  assert.match(bare, /rel="stylesheet"/);
  assert.match(bare, /الثلاثاء 5 مارس 2024/);
});
