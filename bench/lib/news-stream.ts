/**
 * A reproducible synthetic news stream of any size, for benchmarks that need a store that looks
 * like a year of monitoring (bench serve). Generated at bench time from a fixed seed, never stored.
 * - Base: marsad's own sample corpus (samples/corpus, read through the pipeline: the fictional
 *   stories with their conflicting figures, quotes and duplicates) and the two Arabic news samples
 *   in ../shared/data (SaudiNewsNet, 13 outlets over 2 days; ANT, 5 outlets over 14 days), run
 *   through marsad's understand stage once — ~4,100 articles with the entities, quotes and figures
 *   marsad finds in them, and the real cross-outlet stories of those days.
 * - Cycles: cycle k holds one copy of every base article, dated `k × CYCLE_DAYS` days after the
 *   stream start plus the article's day offset within its own sample, at a seeded time of day.
 *   A cycle is longer than the story window (120 h) plus the longest sample (14 days), so copies
 *   of one article in two cycles never join one story: each cycle adds new stories.
 * - Copy k ≥ 1 rewrites about PERTURB_RATE of its title and body words into other inflected forms
 *   and drops one body paragraph when it has more than two, so copies are near, not exact, twins
 *   of their base (the base's entities, quotes and figures are kept).
 * - Sources: each sample article's own (SaudiNewsNet/ANT: the outlet name, domain from the URL;
 *   samples/corpus: as extracted, some by domain and some by name only). Keys are unique per copy.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readLocalInputs, DEFAULT_MAX_BYTES } from "../../src/acquire/local-files.js";
import { readPage } from "../../src/pipeline.js";
import { seededRandom } from "../../src/seeded-random.js";
import { articleId, type PreparedArticle } from "../../src/store/document.js";
import type { ArticleInput } from "../../src/store/store.js";
import type { Article } from "../../src/types.js";
import { understandArticle } from "../../src/understand/index.js";
import { inflectWord } from "../../eval/lib/inflect.js";
import { loadNewsCorpus } from "../../eval/lib/news-corpus.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const STREAM_SEED = 11;
/** Longer than the longest sample (14 days) plus the story window (5 days). */
export const CYCLE_DAYS = 21;
export const STREAM_START = Date.parse("2025-01-01T00:00:00Z");
const PERTURB_RATE = 0.1;
const DAY_MS = 86_400_000;

export interface BaseArticle {
  /** Sample name + position: stable across runs. */
  ref: string;
  article: Article;
  /** Whole days after its sample's first day. */
  dayOffset: number;
}

function dayNumber(iso: string | null): number | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

function withOffsets(ref: string, articles: Article[]): BaseArticle[] {
  const days = articles.map((a) => dayNumber(a.publishedAt)).filter((d): d is number => d !== null);
  const first = days.length ? Math.min(...days) : 0;
  return articles.map((article, i) => ({ ref: `${ref}:${i}`, article, dayOffset: (dayNumber(article.publishedAt) ?? first) - first }));
}

async function sampleCorpus(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const read of readLocalInputs([join(ROOT, "samples/corpus")], { maxBytes: DEFAULT_MAX_BYTES })) {
    if (!read.page) continue;
    const r = readPage(read.page, { now: "2026-11-25" });
    if (r.value) out.push(...r.value.articles.filter((a) => a.role === "main"));
  }
  return out;
}

function hostOf(url: string | null): string | null {
  if (!url || !/^https?:\/\//.test(url)) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** The base articles, understood; `onProgress` is told how many are done. */
export async function loadBase(onProgress: (done: number, total: number) => void = () => {}): Promise<BaseArticle[]> {
  const own = await sampleCorpus();
  const shared = loadNewsCorpus();
  const bySample = new Map<string, Article[]>();
  shared.forEach((d, i) => {
    const a = d.article;
    const understood = understandArticle({ ...a, source: { name: a.source.name, domain: hostOf(a.url) } }, { referenceDate: a.publishedAt });
    (bySample.get(d.sample) ?? bySample.set(d.sample, []).get(d.sample)!).push(understood);
    if (i % 200 === 0) onProgress(i, shared.length);
  });
  onProgress(shared.length, shared.length);
  return [withOffsets("samples", own), ...[...bySample].map(([name, articles]) => withOffsets(name, articles))].flat();
}

function perturb(text: string, random: () => number): string {
  return text.replace(/[\u0621-\u064A]+/g, (w) => (random() < PERTURB_RATE ? (inflectWord(w, random) ?? w) : w));
}

function copyOf(base: BaseArticle, cycle: number, random: () => number): Article {
  const a = base.article;
  const hour = Math.floor(random() * 24);
  const minute = Math.floor(random() * 60);
  const at = new Date(STREAM_START + (cycle * CYCLE_DAYS + base.dayOffset) * DAY_MS + (hour * 60 + minute) * 60_000).toISOString().slice(0, 16);
  if (cycle === 0) return { ...a, publishedAt: at, url: null };
  const paragraphs = a.body.split(/\n+/);
  if (paragraphs.length > 2) paragraphs.splice(Math.floor(random() * paragraphs.length), 1);
  return { ...a, title: perturb(a.title, random), body: perturb(paragraphs.join("\n\n"), random), publishedAt: at, url: null };
}

/**
 * Where a fill of a kept store that holds `have` articles of the stream may start again: the start
 * of the cycle `have` falls in. A stream of a size that ends inside a cycle holds a subset of that
 * cycle, sorted by time, so the first `have` articles of a longer stream are not the same ones;
 * whole cycles are. The articles of the partial cycle are written again (unchanged ones are left).
 */
export function resumePoint(base: readonly BaseArticle[], have: number): number {
  return Math.floor(have / base.length) * base.length;
}

/**
 * Yields `size` articles in batches of `batch`, cycle by cycle, each cycle in publication order
 * (the order a monitor would ingest them).
 */
export function* newsStream(base: readonly BaseArticle[], size: number, batch: number): Generator<ArticleInput[]> {
  const random = seededRandom(STREAM_SEED);
  const order = base.map((b, i) => ({ b, i })).sort((x, y) => x.b.dayOffset - y.b.dayOffset || x.i - y.i);
  let out: ArticleInput[] = [];
  let made = 0;
  for (let cycle = 0; made < size; cycle++) {
    const copies = order.slice(0, Math.min(order.length, size - made)).map(({ b }) => ({ ref: b.ref, article: copyOf(b, cycle, random) }));
    copies.sort((x, y) => (x.article.publishedAt! < y.article.publishedAt! ? -1 : x.article.publishedAt! > y.article.publishedAt! ? 1 : 0));
    for (const c of copies) {
      out.push({ input: `bench-stream/${cycle}/${c.ref}`, index: 0, article: c.article });
      made++;
      if (out.length === batch) {
        yield out;
        out = [];
      }
    }
  }
  if (out.length > 0) yield out;
}

/**
 * The pool stream (`bench fill --pool-cycles C`), a synthetic scale test, not real news: its first
 * C × base.length articles are the news stream's first C cycles (perturbed, analyzed, prepared as
 * ever); every later article is a copy of the pool article at its position modulo the pool, moved
 * on by C × CYCLE_DAYS days an epoch (epoch = position ÷ pool size), so it gets the key and the date
 * the news stream gives that position (`bench-stream/<cycle>/<ref>`, the same cycle dates and
 * publication order), with the pool article's source, entities, quotes, figures and index terms as
 * they were. What it does not do: copies are not perturbed again, so the vocabulary stops growing
 * after the pool and every term's document frequency grows in proportion to the store (bench
 * stream-stats compares the two streams' term statistics). Cheap: a copy is not analyzed again.
 */
export function poolSize(base: readonly BaseArticle[], poolCycles: number): number {
  return poolCycles * base.length;
}

/** Where a pool-stream fill of a store holding `have` articles starts again (every position past the pool is the same in a stream of any size). */
export function poolResumePoint(base: readonly BaseArticle[], poolCycles: number, have: number): number {
  return have >= poolSize(base, poolCycles) ? have : resumePoint(base, have);
}

function shiftMinutes(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}:00Z`) + days * DAY_MS).toISOString().slice(0, 16);
}

/**
 * Yields the stream positions from `from` on (of `size` in all) in batches of `batch`, each article
 * prepared (`prepare`: the pool's articles, analyzed once, are kept for the copies).
 */
export function* poolStream(
  base: readonly BaseArticle[], poolCycles: number, size: number, from: number, batch: number,
  prepare: (a: ArticleInput) => PreparedArticle,
): Generator<{ end: number; batch: ArticleInput[] }> {
  const n = poolSize(base, poolCycles);
  const pool: ArticleInput[] = [];
  let position = 0;
  let out: ArticleInput[] = [];
  const emit = (a: ArticleInput): { end: number; batch: ArticleInput[] } | null => {
    position++;
    if (position <= from) return null;
    out.push(a);
    if (out.length < batch && position < size) return null;
    const done = { end: position, batch: out };
    out = [];
    return done;
  };
  // the pool: the news stream's first cycles (prepared even when skipped: the copies need them)
  for (const b of newsStream(base, Math.min(size, n), batch)) {
    for (const a of b) {
      const p = { ...a, prepared: prepare(a) };
      pool.push(p);
      const done = emit(p);
      if (done) yield done;
    }
  }
  for (let epoch = 1; position < size; epoch++) {
    const days = epoch * poolCycles * CYCLE_DAYS;
    for (const p of pool) {
      if (position >= size) break;
      if (position + 1 <= from) {
        position++;
        continue;
      }
      const [, cycle, ref] = /^bench-stream\/(\d+)\/(.*)$/.exec(p.input)!;
      const input = `bench-stream/${Number(cycle) + epoch * poolCycles}/${ref}`;
      const article: Article = { ...p.article, publishedAt: shiftMinutes(p.article.publishedAt!, days) };
      const prepared = p.prepared!;
      const copy: PreparedArticle = {
        ...prepared, input, key: input, id: articleId(input), article,
        // what the page says changed by its date alone: the pool article's hash with the new date
        contentHash: createHash("sha256").update(`${prepared.contentHash} ${article.publishedAt}`).digest("hex"),
        day: article.publishedAt!.slice(0, 10), record: JSON.stringify(article),
      };
      const done = emit({ input, index: 0, article, prepared: copy });
      if (done) yield done;
    }
  }
}
