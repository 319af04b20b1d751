/**
 * `npm run eval -- search`: known-item search over the SaudiNewsNet and ANT samples.
 * - Queries: titles rewritten in other inflected forms (eval/lib/inflect.ts, seed QUERY_SEED), taken
 *   from articles whose title is unique in the corpus (so the known item is well defined), half from
 *   each sample, at least 4 words.
 * - Engines, same documents and queries: marsad on SQLite, marsad on PostgreSQL, FTS5 unicode61
 *   (remove_diacritics 2) on raw text, PostgreSQL to_tsvector('arabic').
 * - Scores: MRR@10 and Recall@10; top-10 overlap between marsad-on-SQLite and marsad-on-PostgreSQL.
 * - Floors in eval/floors/search.json, checked by the gate (eval/gate.ts): the scores, the margin
 *   of marsad over the best peer on both measures (marsad must stay first) and over unicode61.
 * Options: --queries N (default 600), --sqlite-only (skip PostgreSQL), --show N (print N misses).
 */
import { randomBytes } from "node:crypto";
import { openStore, type Store } from "../src/store/store.js";
import { loadNewsCorpus, SAMPLES, type CorpusDoc } from "./lib/news-corpus.js";
import { seededRandom } from "../src/seeded-random.js";
import { inflectTitle } from "./lib/inflect.js";
import { openPgArabic, openUnicode61, type SearchEngine } from "./lib/peers.js";
import type { EvalOutcome } from "./gate.js";

const QUERY_SEED = 20260105;
const K = 10;
const PG_URL = process.env.MARSAD_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const BATCH = 500;
// Every word that has another regular form is rewritten: titles are long and distinctive, so
// leaving most words intact would let any engine find the article from the untouched words.
const REWRITE_RATE = 1;
const MIN_REWRITTEN = 3;

interface Query {
  q: string;
  target: string;
  title: string;
  sample: string;
}

export function makeQueries(docs: CorpusDoc[], count: number): Query[] {
  const titleCounts = new Map<string, number>();
  for (const d of docs) titleCounts.set(d.article.title, (titleCounts.get(d.article.title) ?? 0) + 1);
  const random = seededRandom(QUERY_SEED);
  const queries: Query[] = [];
  for (const sample of SAMPLES) {
    const pool = docs.filter((d) => d.sample === sample && titleCounts.get(d.article.title) === 1 && d.article.title.split(/\s+/).length >= 4);
    // Fisher-Yates with the seeded source: the same queries on every run.
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    let taken = 0;
    for (const d of pool) {
      if (taken >= count / SAMPLES.length) break;
      const q = inflectTitle(d.article.title, random, REWRITE_RATE, MIN_REWRITTEN);
      if (!q) continue;
      queries.push({ q, target: d.id, title: d.article.title, sample });
      taken++;
    }
  }
  return queries;
}

function storeEngine(name: string, store: Store, keyToId: Map<string, string>): SearchEngine {
  return {
    name,
    async add(docs) {
      void docs;
    },
    async search(q, limit) {
      const r = await store.search({ q, limit });
      return r.hits.map((h) => keyToId.get(h.article.key) ?? h.article.key);
    },
    async bytes() {
      return (await store.stats()).bytes;
    },
    async close() {
      await store.close();
    },
  };
}

interface Scores {
  mrr: number;
  recall: number;
  bySample: Record<string, { mrr: number; recall: number; n: number }>;
}

function score(queries: Query[], results: string[][]): Scores {
  let rr = 0;
  let found = 0;
  const bySample: Scores["bySample"] = {};
  queries.forEach((q, i) => {
    const rank = results[i]!.indexOf(q.target) + 1;
    const s = (bySample[q.sample] ??= { mrr: 0, recall: 0, n: 0 });
    s.n++;
    if (rank > 0 && rank <= K) {
      rr += 1 / rank;
      found++;
      s.mrr += 1 / rank;
      s.recall++;
    }
  });
  for (const s of Object.values(bySample)) {
    s.mrr /= s.n;
    s.recall /= s.n;
  }
  return { mrr: rr / queries.length, recall: found / queries.length, bySample };
}

export async function run(args: string[]): Promise<EvalOutcome> {
  const count = Number(args[args.indexOf("--queries") + 1] ?? 600) || 600;
  const sqliteOnly = args.includes("--sqlite-only");
  const show = args.includes("--show") ? Number(args[args.indexOf("--show") + 1]) : 0;
  const docs = loadNewsCorpus();
  const queries = makeQueries(docs, args.includes("--queries") ? count : 600);
  console.log(`search eval: ${docs.length} documents, ${queries.length} queries (seed ${QUERY_SEED})`);

  const keyToId = new Map(docs.map((d) => [`${d.sample}:${d.id}`, d.id]));
  const inputs = docs.map((d) => ({ input: `${d.sample}:${d.id}`, index: 0, article: { ...d.article, url: null } }));
  const peerDocs = docs.map((d) => ({ id: d.id, title: d.article.title, body: d.article.body }));
  const run_ = randomBytes(3).toString("hex");
  // MARSAD_TEST_SCHEMA_PREFIX: the schemas' names start with it instead (one's own prefix on a shared server)
  const schemaBase = process.env.MARSAD_TEST_SCHEMA_PREFIX ?? "marsad";
  const engines: SearchEngine[] = [];

  const sqlite = await openStore(":memory:");
  for (let i = 0; i < inputs.length; i += BATCH) await sqlite.upsertArticles(inputs.slice(i, i + BATCH), { storedAt: "2026-01-05T00:00:00Z" });
  engines.push(storeEngine("marsad (SQLite)", sqlite, keyToId));
  if (!sqliteOnly) {
    const pg = await openStore(PG_URL, { schema: `${schemaBase}_eval_${run_}` });
    for (let i = 0; i < inputs.length; i += BATCH) await pg.upsertArticles(inputs.slice(i, i + BATCH), { storedAt: "2026-01-05T00:00:00Z" });
    engines.push(storeEngine("marsad (PostgreSQL)", pg, keyToId));
  }
  const u61 = openUnicode61();
  for (let i = 0; i < peerDocs.length; i += BATCH) await u61.add(peerDocs.slice(i, i + BATCH));
  engines.push(u61);
  if (!sqliteOnly) {
    const pga = await openPgArabic(PG_URL, `${schemaBase}_eval_arabic_${run_}`);
    for (let i = 0; i < peerDocs.length; i += BATCH) await pga.add(peerDocs.slice(i, i + BATCH));
    engines.push(pga);
  }

  const results: Record<string, string[][]> = {};
  const scores: Record<string, Scores> = {};
  try {
    for (const e of engines) {
      const rs: string[][] = [];
      const started = performance.now();
      for (const q of queries) rs.push(await e.search(q.q, K));
      console.log(`  ${e.name}: ${queries.length} queries in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      results[e.name] = rs;
      scores[e.name] = score(queries, rs);
    }
  } finally {
    for (const e of engines) await e.close();
    if (!sqliteOnly) {
      const { createPgPool } = await import("../src/store/postgres/pg-driver.js");
      const pool = createPgPool({ connectionString: PG_URL, max: 1 });
      await pool.query(`DROP SCHEMA IF EXISTS ${schemaBase}_eval_${run_} CASCADE`);
      await pool.end();
    }
  }

  console.log(`\n| engine | MRR@10 | Recall@10 | ${SAMPLES.map((s) => `MRR@10 ${s}`).join(" | ")} |`);
  console.log(`|---|---|---|${SAMPLES.map(() => "---").join("|")}|`);
  for (const [name, s] of Object.entries(scores)) {
    console.log(`| ${name} | ${s.mrr.toFixed(3)} | ${s.recall.toFixed(3)} | ${SAMPLES.map((x) => s.bySample[x]?.mrr.toFixed(3) ?? "-").join(" | ")} |`);
  }
  let overlap: number | null = null;
  if (results["marsad (PostgreSQL)"]) {
    const a = results["marsad (SQLite)"]!;
    const b = results["marsad (PostgreSQL)"]!;
    let sum = 0;
    a.forEach((ra, i) => {
      const rb = b[i]!;
      const denom = Math.max(ra.length, rb.length);
      sum += denom === 0 ? 1 : ra.filter((x) => rb.includes(x)).length / denom;
    });
    overlap = sum / a.length;
    console.log(`\ntop-10 overlap marsad SQLite vs PostgreSQL: ${overlap.toFixed(3)}`);
  }
  if (show > 0) {
    const misses = queries.map((q, i) => ({ q, r: results["marsad (SQLite)"]![i]! })).filter((x) => !x.r.includes(x.q.target)).slice(0, show);
    for (const m of misses) console.log(`miss: ${m.q.q}  ←  ${m.q.title}`);
  }

  const marsad = scores["marsad (SQLite)"]!;
  const peers = Object.entries(scores).filter(([name]) => !name.startsWith("marsad")).map(([, s]) => s);
  const metrics: Record<string, number> = {
    marsadSqliteMrr10: marsad.mrr,
    marsadSqliteRecall10: marsad.recall,
    mrr10MarginOverBestPeer: marsad.mrr - Math.max(...peers.map((s) => s.mrr)),
    recall10MarginOverBestPeer: marsad.recall - Math.max(...peers.map((s) => s.recall)),
    mrr10MarginOverUnicode61: marsad.mrr - scores["FTS5 unicode61"]!.mrr,
  };
  const pg = scores["marsad (PostgreSQL)"];
  if (pg) Object.assign(metrics, { marsadPostgresMrr10: pg.mrr, marsadPostgresRecall10: pg.recall, sqlitePostgresOverlap10: overlap ?? 0 });
  for (const [k, v] of Object.entries(metrics)) console.log(`${k}\t${v.toFixed(3)}`);
  return {
    metrics,
    data: SAMPLES.map((s) => `../shared/data/${s}/articles.jsonl`),
    partial: sqliteOnly,
  };
}
