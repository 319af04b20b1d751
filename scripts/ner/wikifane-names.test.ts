import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import type { ConllSentence } from "../../src/understand/entities/conll.js";
import { wikiFaneSentences } from "./corpora.js";
import { nameWordsOf } from "./wikifane-names.js";

// Composed sentences in WikiFANE's coarse types, not corpus text.
const sentence = (pairs: string): ConllSentence => {
  const rows = pairs.split(" ").map((p) => p.split("/"));
  return { tokens: rows.map((r) => r[0]!), tags: rows.map((r) => r[1]!) };
};

test("a word mostly inside names of one type is a name word of that type; a word mostly outside names is none", () => {
  const words = nameWordsOf([
    sentence("أعلنت/O شركة/B-ORG سامكو/I-ORG عن/O أرباح/O"),
    sentence("وقالت/O سامكو/B-ORG إن/O أرباح/O الشركة/O زادت/O"),
    sentence("زار/O مرادوف/B-PERS مدينة/O تبوك/B-LOC"),
    sentence("قال/O مرادوف/B-PERS إن/O شركة/O النقل/O"),
  ]);
  assert.ok(words.includes("سامكو\tORG"));
  assert.ok(words.includes("مرادوف\tPERS"));
  // شركة: once in a name, twice outside; تبوك: once only.
  assert.ok(!words.some((w) => w.startsWith(`${normalizeArabic("شركة")}\t`) || w.startsWith(`${normalizeArabic("تبوك")}\t`)));
});

test("the release is read without its marks, cut into sentences after . ؟ ! and never inside a name", () => {
  const dir = mkdtempSync(join(tmpdir(), "wikifane-"));
  const path = join(dir, "wikifane.txt");
  const rows = ["سافر\tO", "إلى\tO", "روما\tB-Population-Center", ".\tO", "ثم\tO", "زار\tO", "متحف\tB-Building-Grounds", "!\tI-Building-Grounds", "أمس\tO", "؟\tO"];
  writeFileSync(path, "\uFEFF" + rows.map((r) => "\u200E" + r).join("\r\n") + "\r\n");
  const sentences = wikiFaneSentences(path);
  assert.deepEqual(sentences.map((s) => s.tokens.join(" ")), ["سافر إلى روما .", "ثم زار متحف ! أمس ؟"]);
  assert.deepEqual(sentences[0]!.tags, ["O", "O", "B-LOC", "O"]);
  assert.deepEqual(sentences[1]!.tags, ["O", "O", "B-LOC", "I-LOC", "O", "O"]);
});
