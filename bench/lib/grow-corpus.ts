/**
 * The benchmark corpus: the real articles of the two news samples, then perturbed copies until the
 * wanted size — generated at bench time from a fixed seed, never stored. A copy k of an article
 * rewrites about PERTURB_RATE of its title and body words into other inflected forms, drops one body
 * paragraph when it has several, shifts its date by k days and gets its own key.
 */
import type { Article } from "../../src/types.js";
import { loadNewsCorpus } from "../../eval/lib/news-corpus.js";
import { seededRandom } from "../../src/seeded-random.js";
import { inflectWord } from "../../eval/lib/inflect.js";

const PERTURB_RATE = 0.1;
export const CORPUS_SEED = 7;

export interface BenchDoc {
  key: string;
  article: Article;
}

function perturb(text: string, random: () => number): string {
  return text.replace(/[\u0621-\u064A]+/g, (w) => (random() < PERTURB_RATE ? (inflectWord(w, random) ?? w) : w));
}

function shiftDate(date: string | null, days: number): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return date;
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function baseArticles(): Article[] {
  return loadNewsCorpus().map((d) => d.article);
}

/** Yields `size` documents in batches of `batch`. */
export function* growCorpus(base: Article[], size: number, batch: number): Generator<BenchDoc[]> {
  const random = seededRandom(CORPUS_SEED);
  let out: BenchDoc[] = [];
  for (let i = 0; i < size; i++) {
    const copy = Math.floor(i / base.length);
    const a = base[i % base.length]!;
    let article: Article;
    if (copy === 0) article = { ...a, url: null };
    else {
      const paragraphs = a.body.split(/\n+/);
      if (paragraphs.length > 2) paragraphs.splice(Math.floor(random() * paragraphs.length), 1);
      article = { ...a, title: perturb(a.title, random), body: perturb(paragraphs.join("\n\n"), random), publishedAt: shiftDate(a.publishedAt, copy), url: null };
    }
    out.push({ key: `bench:${copy}:${i % base.length}`, article });
    if (out.length === batch) {
      yield out;
      out = [];
    }
  }
  if (out.length > 0) yield out;
}

/** `count` user-style queries: 1–3 consecutive title words, some rewritten, from random articles. */
export function benchQueries(base: Article[], count: number): string[] {
  const random = seededRandom(CORPUS_SEED + 1);
  const queries: string[] = [];
  while (queries.length < count) {
    const a = base[Math.floor(random() * base.length)]!;
    const words = a.title.replace(/[^\u0600-\u06FF\w\s]/g, " ").split(/\s+/).filter((w) => w.length > 2);
    if (words.length === 0) continue;
    const n = 1 + Math.floor(random() * Math.min(3, words.length));
    const start = Math.floor(random() * (words.length - n + 1));
    queries.push(words.slice(start, start + n).map((w) => (random() < 0.5 ? (inflectWord(w, random) ?? w) : w)).join(" "));
  }
  return queries;
}
