import { test } from "node:test";
import assert from "node:assert/strict";
import { detectFormat, formatBio, formatJson, parseBio, readConllTokens, tagInput } from "./ner-io.js";
import { loadDefaultModel } from "./model-file.js";

const CONLL = "زار B-X\nالرئيس O\nسمير\tB-PERS\tx\nحداد I-PERS\nدمشق O\n\nوصل O\nإلى O\nبيروت B-LOC\n";

test("CoNLL is told from plain text", () => {
  assert.equal(detectFormat(CONLL), "conll");
  assert.equal(detectFormat("زار\nالرئيس\nدمشق\n"), "conll");
  assert.equal(detectFormat("زار الرئيس سمير حداد دمشق أمس.\nووصل إلى بيروت."), "text");
  assert.equal(detectFormat(""), "text");
});

test("the first column is the token, as read; blank lines end sentences", () => {
  assert.deepEqual(readConllTokens(CONLL), [["زار", "الرئيس", "سمير", "حداد", "دمشق"], ["وصل", "إلى", "بيروت"]]);
  assert.deepEqual(readConllTokens("\n\nأ\n\n\nب\n"), [["أ"], ["ب"]]);
});

test("BIO output keeps every token and sentence and reads back", () => {
  const result = tagInput(CONLL, loadDefaultModel());
  const out = formatBio(result);
  const back = parseBio(out);
  assert.deepEqual(back.map((s) => s.tokens), readConllTokens(CONLL));
  for (const s of back) for (const t of s.tags) assert.match(t, /^(?:O|[BI]-(?:PERS|LOC|ORG|MISC))$/);
  assert.equal(out.split("\n\n").length, 2);
});

test("plain text is tokenized by marsad and JSON gives character spans", () => {
  const text = "وصل الوفد إلى القاهرة قادما من فرنسا.";
  const result = tagInput(text, loadDefaultModel(), "text");
  assert.ok(result.sentences[0]!.tokens.includes("القاهرة"));
  const json = JSON.parse(formatJson(result)) as { entities: { text: string; start: number; end: number }[] };
  for (const e of json.entities) assert.equal(text.slice(e.start, e.end), e.text);
});
