/**
 * Entities a reader sees on the `npm start` corpus (samples/corpus, samples/corpus-edits): every
 * article's entities, of which the home page's "most mentioned" lists and every story's main
 * entities are a part, hold
 * - no common noun or verb: no entity named only by words the model learned as plain (training
 *   text almost never tags them inside a name), nor any of the non-entities issue 11 found there;
 * - no role + name blend: no person name starts with a title or a plain word;
 * - no entity under two types in the story main entities (connect/story-record.ts; the home page's
 *   lists count the same way, serve/web/trends.ts): one entry per name, with the type most of its
 *   articles give it;
 * - no name cut inside a word: every mention starts at a word start or after a fused clitic.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { readLocalInputs } from "./acquire/local-files.js";
import { readPage } from "./pipeline.js";
import { normalizeArabic } from "./arabic/normalize.js";
import { loadDefaultModel } from "./understand/entities/model-file.js";
import { recognizeEntities } from "./understand/entities/recognize.js";
import { nameKey } from "./understand/entities/merge.js";
import { buildStoryRecord } from "./connect/story-record.js";
import { PERSON_CUES } from "./understand/entities/lexicon.js";
import type { Article } from "./types.js";

const INPUTS = ["../samples/corpus", "../samples/corpus-edits"].map((p) => fileURLToPath(new URL(p, import.meta.url)));
/** Seen on the first screen of `npm start` before issue 11 (the list). */
const SEEN_BROKEN = ["المياه ريم الخطيب", "دون مأوى", "دولار", "الأرصاد الجوية أيمن القيسي", "نقيب المعلمين ماهر الخطيب", "ادي سلامة"];

async function corpusArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const read of readLocalInputs(INPUTS, { maxBytes: 10_000_000 })) {
    if (!read.page) continue;
    const result = readPage(read.page, { now: "2026-11-24T12:00:00Z" });
    if (result.value) out.push(result.value.articles[0]!);
  }
  return out;
}

test("entities of the sample corpus: no common noun, no role + name blend, one type per name, no cut word", async () => {
  const model = loadDefaultModel();
  const articles = await corpusArticles();
  assert.ok(articles.length >= 40, `read ${articles.length} articles`);
  const problems: string[] = [];
  for (const a of articles) {
    const text = `${a.title}\n${a.body}`;
    for (const e of a.entities) {
      const words = normalizeArabic(e.name).split(" ");
      if (SEEN_BROKEN.some((b) => normalizeArabic(b) === normalizeArabic(e.name))) problems.push(`seen broken: ${e.type} «${e.name}»`);
      if (words.length === 1 && model.plainWordSet.has(words[0]!)) problems.push(`common word: ${e.type} «${e.name}»`);
      if (e.type === "person" && words.length > 1 && (PERSON_CUES.has(words[0]!) || model.plainWordSet.has(words[0]!))) problems.push(`role + name: «${e.name}»`);
      if (e.type === "location" && normalizeArabic(e.name) === "سيول") problems.push(`floods as Seoul: «${e.name}»`);
    }
    for (const s of recognizeEntities(text, { model })) {
      const wordStart = text.slice(0, s.start).search(/\p{L}*$/u);
      const cut = text.slice(wordStart, s.start);
      if (cut && !/^(?:[وف]?[بلك]?)$/u.test(cut)) problems.push(`cut inside a word: «${cut}|${s.text}»`);
      if (/^\p{L}/u.test(text.slice(s.end))) problems.push(`ends inside a word: «${s.text}|${text.slice(s.end, s.end + 3)}»`);
    }
  }
  // Story main entities (and the home page's lists, counted the same way) over the whole corpus as one story.
  const record = buildStoryRecord("corpus", articles.map((article, i) => ({ id: String(i), article })), { mainEntities: 10_000 });
  const byName = new Map<string, string[]>();
  for (const e of record.mainEntities) byName.set(nameKey(e.name), [...(byName.get(nameKey(e.name)) ?? []), e.type]);
  for (const [key, t] of byName) if (t.length > 1) problems.push(`two types: ${key} as ${t.join(" and ")}`);
  const names = new Set(articles.flatMap((a) => a.entities.map((e) => nameKey(e.name))));
  assert.equal(byName.size, names.size, "every name is listed once");
  assert.deepEqual([...new Set(problems)], []);
});
