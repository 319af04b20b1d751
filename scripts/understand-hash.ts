/**
 * `npx tsx scripts/understand-hash.ts`: the determinism check of the understanding stage's speed
 * work. Prints sha256 digests of
 * - understandArticle over a fixed sample: the first 150 ANT multisource and the first 150
 *   SaudiNewsNet articles (../shared/data), plus 50 of the understand bench's composed articles
 *   (fixture sentences, with an English embed); and understandArticles over the same, 16 at a time
 *   (the same digest expected);
 * - the tagger's BIO tags over ANERcorp test (the `marsad ner` path);
 * An optimization that must not change outputs must print the same digests before and after.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Article } from "../src/types.js";
import { understandArticle, understandArticles } from "../src/understand/index.js";
import { loadDefaultModel } from "../src/understand/entities/model-file.js";
import { tagSentences } from "../src/understand/entities/tag-sentences.js";
import { anercorpTest, SHARED_DATA } from "./ner/corpora.js";
import { composeArticles } from "../bench/understand.js";

const PER_CORPUS = 150;

function sampleArticles(file: string): Article[] {
  return readFileSync(new URL(file, SHARED_DATA), "utf8")
    .split("\n")
    .filter(Boolean)
    .slice(0, PER_CORPUS)
    .map((line) => JSON.parse(line) as { title?: string; body?: string; date?: string; url?: string; source?: string })
    .map((a) => ({
      role: "main", title: a.title ?? "", publishedAt: a.date ?? null, updatedAt: null, language: "und", body: a.body ?? "",
      source: { name: a.source ?? null, domain: null }, author: null, url: a.url ?? null,
      embeds: [], tags: [], entities: [], quotes: [], facts: [], dates: [],
    }));
}

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

const articles = [...sampleArticles("ant-multisource-sample/articles.jsonl"), ...sampleArticles("saudinewsnet-sample/articles.jsonl"), ...composeArticles(50)];
const understood = articles.map((a) => understandArticle(a, { referenceDate: "2024-03-13" }));
console.log(`understandArticle  ${articles.length} articles  ${digest(understood)}`);
console.log(`  entities only                 ${digest(understood.map((a) => a.entities))}`);
const BATCH = 16;
const batched: Article[] = [];
for (let from = 0; from < articles.length; from += BATCH) {
  const block = articles.slice(from, from + BATCH);
  batched.push(...understandArticles(block, block.map(() => ({ referenceDate: "2024-03-13" }))));
}
console.log(`  understandArticles, ${BATCH} at a time (the first line's digest expected)  ${digest(batched)}`);
const test = anercorpTest();
console.log(`tagSentences       ANERcorp test ${test.length} sentences  ${digest(tagSentences(test, loadDefaultModel()))}`);
