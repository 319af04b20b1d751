import { test } from "node:test";
import assert from "node:assert/strict";
import { entryNodes, splitEntries, type EntryParents } from "./split-elements.js";

const RSS: EntryParents = new Map([["item", new Set(["channel", "rss"])]]);

test("entries come out in order and the rest keeps everything else", () => {
  const xml = `<rss><channel><title>أخبار</title><item><title>أ</title></item><items>لا</items><item a="1"/><link>https://a.example/</link></channel></rss>`;
  const { rest, entries } = splitEntries(xml, RSS);
  assert.deepEqual(
    entries.map((e) => e.text),
    ["<item><title>أ</title></item>", '<item a="1"/>'],
  );
  assert.equal(rest, "<rss><channel><title>أخبار</title><items>لا</items><link>https://a.example/</link></channel></rss>");
});

test("an <item> inside CDATA, a comment or the doctype is text; a > inside an attribute value is too", () => {
  const xml = `<!DOCTYPE rss [<!ENTITY x "<item>">]><rss><channel><!-- <item>قديم</item> --><item><description><![CDATA[<item>ليس خبرا</item> </channel>]]></description><link title="a > b">https://b.example/1</link></item></channel></rss>`;
  const { entries } = splitEntries(xml, RSS);
  assert.equal(entries.length, 1);
  assert.match(entries[0]!.text, /^<item><description><!\[CDATA\[<item>ليس خبرا<\/item> <\/channel>\]\]><\/description><link title="a > b">https:\/\/b\.example\/1<\/link><\/item>$/);
});

test("an item left open ends, closed, before the next item or before its channel closes", () => {
  const xml = `<rss><channel><item><title>أ</title><item><title>ب</title><description><p>نص<br>آخر</p></description></channel></rss>`;
  const { rest, entries } = splitEntries(xml, RSS);
  assert.deepEqual(
    entries.map((e) => e.text),
    ["<item><title>أ</title></item>", "<item><title>ب</title><description><p>نص<br>آخر</p></description></item>"],
  );
  assert.equal(rest, "<rss><channel></channel></rss>");
});

test("a document without entries is all rest; a stray < is text", () => {
  const xml = "<rss><channel><title>أ < ب</title></channel></rss>";
  assert.deepEqual(splitEntries(xml, RSS), { rest: xml, entries: [] });
});

test("entries are parsed in batches, in order; a batch the parser refuses is read entry by entry", () => {
  const items = Array.from({ length: 2500 }, (_, i) => `<item><title>خبر ${i}</title></item>`);
  const { entries } = splitEntries(`<rss><channel>${items.join("")}</channel></rss>`, RSS);
  const titles = entryNodes(entries, "item").map((n) => (n as { title: string }).title);
  assert.equal(titles.length, 2500);
  assert.equal(titles[0], "خبر 0");
  assert.equal(titles[2499], "خبر 2499");
  // An entry that ends its batch's wrapper early: its batch is re-read one entry at a time.
  const broken = [{ name: "item", text: "<item><title>أ</title></item>" }, { name: "item", text: "<item><title>ب</title></item></marsad-entries><item>" }];
  assert.deepEqual(entryNodes(broken, "item").map((n) => (n as { title: string }).title), ["أ", "ب"]);
});
