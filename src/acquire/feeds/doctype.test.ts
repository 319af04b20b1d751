import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffSourceKind } from "./discover.js";
import { parseFeed } from "./parse-feed.js";

const ITEM = "<item><title>خبر</title><link>https://example.org/a</link></item>";
const feed = (doctype: string, title = "خلاصة") => `<?xml version="1.0"?>\n${doctype}\n<rss version="2.0"><channel><title>${title}</title>${ITEM}</channel></rss>`;

test("a feed whose DOCTYPE has an internal subset is recognized and read", () => {
  const text = feed('<!DOCTYPE rss [\n  <!ELEMENT rss ANY>\n  <!ATTLIST rss version CDATA #IMPLIED>\n]>');
  assert.equal(sniffSourceKind(text), "feed");
  assert.deepEqual(parseFeed(text, "https://example.org/feed").value?.items.map((i) => i.url), ["https://example.org/a"]);
  assert.equal(sniffSourceKind(feed("<!DOCTYPE rss>")), "feed");
});

test("entity declarations that expand into other entities are not expanded (billion laughs)", () => {
  const lol = ['<!ENTITY lol "lol">', ...[1, 2, 3, 4].map((n) => `<!ENTITY lol${n} "${`&lol${n === 1 ? "" : n - 1};`.repeat(10)}">`)].join("\n");
  const text = feed(`<!DOCTYPE rss [\n${lol}\n]>`, "&lol4;");
  assert.equal(sniffSourceKind(text), "feed");
  const parsed = parseFeed(text, "https://example.org/feed");
  assert.ok((parsed.value?.title ?? "").length < 100, "not expanded");
  assert.equal(parsed.value?.items.length, 1);
});

test("an external entity is never read (XXE): the feed is refused", () => {
  const text = feed('<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>', "&xxe;");
  const parsed = parseFeed(text, "https://example.org/feed");
  assert.doesNotMatch(JSON.stringify(parsed), /root:/);
});
