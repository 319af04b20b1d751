import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { letterShingles, NearDuplicateIndex, unlabeledArticles } from "./corpora.js";

const words = (s: string) => s.split(" ");

// Composed sentences, not corpus text.
const TEST_SET = [
  words("افتتح وزير الزراعة سامي الحداد صباح اليوم معرضا للتمور في مدينة الأحساء بمشاركة عشرين شركة ."),
  words("وقالت الهيئة العامة للأرصاد إن موجة الحر ستستمر حتى نهاية الأسبوع المقبل في معظم المناطق ."),
  words("نعم ."),
];
const index = new NearDuplicateIndex(TEST_SET);

test("the same sentence, with clitics written apart and other punctuation and diacritics, is near", () => {
  assert.equal(index.nearest(words("و قالت الهيئة العامة للأرصاد ان موجة الحرّ ستستمر حتى نهاية الأسبوع المقبل في معظم المناطق")), 1);
  assert.equal(index.nearest(words("افتتح وزير الزراعة سامي الحداد صباح اليوم معرضاً للتمور في مدينة الاحساء بمشاركة عشرين شركة ،")), 0);
});

test("a re-cut sentence or a few words changed is near; a test sentence inside a longer one too", () => {
  // First word changed, last words cut off.
  assert.equal(index.nearest(words("وقد افتتح وزير الزراعة سامي الحداد صباح اليوم معرضا للتمور في مدينة الأحساء")), 0);
  // One word changed in a short sentence (a letter 8-gram shingle survives on either side of it).
  assert.equal(index.nearest(words("وقالت الهيئة العامة للأرصاد إن موجة الحر ستستمر حتى نهاية الأسبوع القادم في معظم المناطق .")), 1);
  // The whole test sentence inside a longer training sentence.
  assert.equal(index.nearest(words("وفي سياق آخر وقالت الهيئة العامة للأرصاد إن موجة الحر ستستمر حتى نهاية الأسبوع المقبل في معظم المناطق ، وحذرت من التعرض للشمس")), 1);
});

test("sentences sharing a name or a stock phrase are not near; short sentences never are", () => {
  assert.equal(index.nearest(words("التقى سامي الحداد وفدا من المزارعين في الأحساء لبحث أسعار التمور هذا العام .")), -1);
  assert.equal(index.nearest(words("وقالت الهيئة العامة للأرصاد إن الأمطار ستهطل غدا على المرتفعات الغربية .")), -1);
  assert.equal(index.nearest(words("نعم .")), -1);
  assert.equal(letterShingles(words("نعم .")).size, 0);
});

test("extra unlabeled text (gzip or plain, one article per line) follows arabic-unlabeled, in order", () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-unlabeled-"));
  const gz = join(dir, "a.txt.gz");
  const plain = join(dir, "b.txt");
  writeFileSync(gz, gzipSync("مقالة أولى . نص قصير عن مدينة جديدة\n\nمقالة ثانية . نص آخر\n"));
  writeFileSync(plain, "مقالة ثالثة . نص ثالث\n");
  const base = unlabeledArticles();
  const all = unlabeledArticles([gz, plain]);
  assert.deepEqual(all.slice(0, base.length), base);
  assert.deepEqual(all.slice(base.length), ["مقالة أولى . نص قصير عن مدينة جديدة", "مقالة ثانية . نص آخر", "مقالة ثالثة . نص ثالث"]);
});
