/**
 * `tsx scripts/entity-keys.ts [--names file] [--pool file.jsonl --limit N] [--min N]`: how the cross-article entity key (merge.ts nameKey) groups
 * the entity names of real articles, to be read by eye before and after a change to the key.
 * - Names: the entities understanding finds in the SaudiNewsNet and ANT multi-source samples (../shared/data; the
 *   stories evaluation's pool), and the canonical names of the hand-labelled entity gold (eval/entities/gold*.json).
 *   `--names file` keeps them in a JSONL file (written when missing), so a second reading skips understanding.
 * - Printed: (1) spelling families — names one key holds that a looser key (each word's spelling skeleton, any
 *   length: transliterate.ts spellingSkeleton) would also join with names under other keys, the pairs that would
 *   still stand apart under nameKey; (2) the joins nameKey makes between names of different exact spellings, so a
 *   false join (عمان Oman and Amman are one spelling already) is seen. Each name with its articles and outlets.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { readdirSync } from "node:fs";
import type { Article } from "../src/types.js";
import { understandArticles } from "../src/understand/index.js";
import { matchKey, nameKey } from "../src/understand/entities/merge.js";
import { spellingSkeleton } from "../src/understand/entities/transliterate.js";
import { normalizeArabic } from "../src/arabic/normalize.js";
import { bareArticle } from "../bench/lib/unseen-stream.js";
import { arg } from "../bench/lib/args.js";

interface NameRow {
  name: string;
  type: string;
  article: string;
  outlet: string;
}

const DATA = new URL("../../shared/data/", import.meta.url);
const POOLS = ["saudinewsnet-sample/articles.jsonl", "ant-multisource-sample/articles.jsonl"];

function poolArticles(pools: readonly URL[], limit: number): { id: string; outlet: string; article: Article }[] {
  return pools.flatMap((pool) =>
    readFileSync(pool, "utf8").split("\n").filter(Boolean).slice(0, limit).map((line, i) => {
      const r = JSON.parse(line) as { id?: string; title?: string; body?: string; date?: string; source?: string; url?: string };
      const outlet = r.source ?? (r.url ? new URL(r.url).hostname : (r.id ?? "").split("-")[0] ?? pool.pathname);
      return { id: `${pool.pathname}#${r.id ?? i}`, outlet, article: bareArticle(r.title ?? "", r.body ?? "", r.date ?? null) };
    }),
  );
}

function understoodNames(pools: readonly URL[], limit: number): NameRow[] {
  const items = poolArticles(pools, limit);
  const rows: NameRow[] = [];
  for (let i = 0; i < items.length; i += 64) {
    const batch = items.slice(i, i + 64);
    const done = understandArticles(batch.map((b) => b.article), batch.map((b) => ({ referenceDate: b.article.publishedAt })));
    done.forEach((a, k) => {
      for (const e of a.entities) rows.push({ name: e.name, type: e.type, article: batch[k]!.id, outlet: batch[k]!.outlet });
    });
  }
  return rows;
}

function goldNames(): NameRow[] {
  const dir = new URL("../eval/entities/", import.meta.url);
  return readdirSync(dir).filter((f) => /^gold.*\.json$/.test(f)).flatMap((f) => {
    const gold = JSON.parse(readFileSync(new URL(f, dir), "utf8")) as { articles: { id: string; entities: { type: string; name: string }[] }[] };
    return gold.articles.flatMap((a) => a.entities.map((e) => ({ name: e.name, type: e.type, article: `gold:${a.id}`, outlet: `gold:${a.id.split("-")[0]}` })));
  });
}

function loadNames(file: string, pools: readonly URL[], limit: number): NameRow[] {
  if (file && existsSync(file)) return readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as NameRow);
  const rows = pools.length ? understoodNames(pools, limit) : [...understoodNames(POOLS.map((p) => new URL(p, DATA)), limit), ...goldNames()];
  if (file) writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  return rows;
}

/** The loosest key considered: each word of nameKey by its spelling skeleton, whatever its length. */
function looseKey(name: string): string {
  return nameKey(name).split(" ").map(spellingSkeleton).join(" ");
}

interface Spelling {
  norm: string;
  articles: Set<string>;
  outlets: Set<string>;
  types: Set<string>;
}

function describe(s: Spelling): string {
  return `${s.norm} (${s.articles.size} art, ${s.outlets.size} outlets, ${[...s.types].join("/")})`;
}

const args = process.argv.slice(2);
const pool = arg(args, "--pool", "");
const rows = loadNames(arg(args, "--names", ""), pool ? [new URL(pool, `file://${process.cwd()}/`)] : [], Number(arg(args, "--limit", "1000000")));
const minArticles = Number(arg(args, "--min", "1"));
const spellings = new Map<string, Spelling>();
for (const r of rows) {
  if (r.type === "misc" || /\p{Script=Latin}/u.test(r.name)) continue;
  const norm = normalizeArabic(r.name);
  const s = spellings.get(norm) ?? { norm, articles: new Set(), outlets: new Set(), types: new Set() };
  s.articles.add(r.article);
  s.outlets.add(r.outlet);
  s.types.add(r.type);
  spellings.set(norm, s);
}
const byLoose = new Map<string, Spelling[]>();
for (const s of spellings.values()) byLoose.set(looseKey(s.norm), [...(byLoose.get(looseKey(s.norm)) ?? []), s]);

console.log(`${rows.length} entity names, ${spellings.size} distinct spellings`);
printGroups("Spelling families a looser key joins that nameKey keeps apart (variants missed, or rightly apart)", groupsBy(looseKey), nameKey);
printGroups("Joins nameKey makes between spellings the exact key (matchKey) keeps apart (variants joined, or false joins)", groupsBy(nameKey), matchKey);

function groupsBy(key: (name: string) => string): Map<string, Spelling[]> {
  const groups = new Map<string, Spelling[]>();
  for (const s of spellings.values()) groups.set(key(s.norm), [...(groups.get(key(s.norm)) ?? []), s]);
  return groups;
}

/** The groups whose spellings `inner` splits over two or more keys, each key with its spellings. */
function printGroups(title: string, groups: Map<string, Spelling[]>, inner: (name: string) => string): void {
  console.log(`\n# ${title}`);
  let n = 0;
  for (const [key, group] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    const parts = new Map<string, Spelling[]>();
    for (const s of group) parts.set(inner(s.norm), [...(parts.get(inner(s.norm)) ?? []), s]);
    if (parts.size < 2 || group.filter((s) => s.articles.size >= minArticles).length < 2) continue;
    n++;
    console.log(`${key}:\n${[...parts].map(([k, ss]) => `  [${k}] ${ss.map(describe).join(" | ")}`).join("\n")}`);
  }
  console.log(`${n} groups`);
}
