/**
 * `npm run bench -- stream-stats [--articles N] [--pool-cycles C] [--base-cache <file.json>]`: how far
 * the pool stream (`bench fill --pool-cycles C`, news-stream.ts `poolStream`: a synthetic scale
 * test, copies of the news stream's first C cycles) is from the news stream itself in what search
 * costs depend on, over their first N articles (default 100,000), read from the index terms each
 * writes (no store): distinct title/body forms and stems against articles (vocabulary growth), and
 * the document frequency per 100k articles of the search eval's query terms (eval/search.ts
 * `makeQueries`, 300 queries, analyzed as a search analyzes them): the ratio pool / news stream per
 * term (median, 5th and 95th percentiles, share within ±10%), and the mean df per 100k.
 */
import { existsSync, readFileSync } from "node:fs";
import { prepareArticle, analyzedTerms, type PreparedArticle } from "../src/store/document.js";
import { loadNewsCorpus } from "../eval/lib/news-corpus.js";
import { makeQueries } from "../eval/search.js";
import { loadBase, newsStream, poolStream, type BaseArticle } from "./lib/news-stream.js";
import { arg } from "./lib/args.js";

interface Counts {
  forms: Set<string>;
  stems: Set<string>;
  /** query term → articles whose title or body holds it (as a form or a stem). */
  df: Map<string, number>;
}

function counter(queryTerms: readonly string[]): Counts {
  return { forms: new Set(), stems: new Set(), df: new Map(queryTerms.map((t) => [t, 0])) };
}

function count(c: Counts, p: PreparedArticle): void {
  const seen = new Set<string>();
  for (const [set, fields] of [[c.forms, [p.index.titleNorms, p.index.bodyNorms]], [c.stems, [p.index.titleStems, p.index.bodyStems]]] as const) {
    for (const t of fields.join(" ").split(" ")) {
      if (!t) continue;
      set.add(t);
      seen.add(t);
    }
  }
  for (const t of seen) {
    const n = c.df.get(t);
    if (n !== undefined) c.df.set(t, n + 1);
  }
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function run(args: string[]): Promise<void> {
  const size = Number(arg(args, "--articles", "100000"));
  const poolCycles = Number(arg(args, "--pool-cycles", "5"));
  const cache = arg(args, "--base-cache", "");
  const base: BaseArticle[] = cache && existsSync(cache) ? (JSON.parse(readFileSync(cache, "utf8")) as BaseArticle[]) : await loadBase();
  const queryTerms = [...new Set(makeQueries(loadNewsCorpus(), 300).flatMap((q) => analyzedTerms(q.q).flatMap((s) => s.split(" ")).filter(Boolean)))];
  const checkpoints = [10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000].filter((n) => n < size).concat(size);
  const news = counter(queryTerms);
  const pool = counter(queryTerms);
  const rows: string[] = [];
  const newsBatches = newsStream(base, size, 500);
  const poolBatches = poolStream(base, poolCycles, size, 0, 500, (a) => prepareArticle(a));
  let done = 0;
  for (const checkpoint of checkpoints) {
    while (done < checkpoint) {
      const n = newsBatches.next();
      const p = poolBatches.next();
      if (n.done || p.done) break;
      for (const a of n.value) count(news, prepareArticle(a));
      for (const a of p.value.batch) count(pool, a.prepared!);
      done += n.value.length;
    }
    const per100k = 100_000 / done;
    const ratios = queryTerms.filter((t) => news.df.get(t)! > 0).map((t) => pool.df.get(t)! / news.df.get(t)!).sort((a, b) => a - b);
    const mean = (c: Counts) => ([...c.df.values()].reduce((s, v) => s + v, 0) / queryTerms.length) * per100k;
    const within = ratios.filter((r) => r >= 0.9 && r <= 1.1).length / ratios.length;
    rows.push(`| ${done} | ${news.forms.size} / ${pool.forms.size} | ${news.stems.size} / ${pool.stems.size} | ${mean(news).toFixed(0)} / ${mean(pool).toFixed(0)} | ${quantile(ratios, 0.5).toFixed(3)} (${quantile(ratios, 0.05).toFixed(3)}–${quantile(ratios, 0.95).toFixed(3)}) | ${(within * 100).toFixed(1)}% | ${queryTerms.filter((t) => news.df.get(t)! > 0 && pool.df.get(t) === 0).length} / ${queryTerms.filter((t) => news.df.get(t) === 0 && pool.df.get(t)! > 0).length} |`);
    console.error(rows.at(-1));
  }
  console.log(`news stream vs pool stream (${poolCycles} cycles = ${poolCycles * base.length} articles), ${queryTerms.length} search eval query terms (forms and stems)\n`);
  console.log("| articles | distinct forms news / pool | distinct stems news / pool | query-term df per 100k, mean news / pool | df ratio pool/news, median (p5–p95) | terms within ±10% | terms only in news / only in pool |\n|---|---|---|---|---|---|---|");
  for (const r of rows) console.log(r);
}
