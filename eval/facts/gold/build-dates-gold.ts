/**
 * Builds eval/facts/gold/dates.jsonl from the hand-written working labels (kept outside the
 * repository because they quote the labelled words): `id<TAB>span<TAB>occurrence<TAB>TYPE<TAB>value`
 * per line, where `span` is the labelled words as they stand in the article body and `occurrence`
 * counts its appearances from 1. The output holds ids, offsets and labels only, never article text.
 *
 *   npx tsx eval/facts/gold/build-dates-gold.ts /work/data/dates-gold/labels.tsv [--check]
 *
 * `--check` prints every label in its context (for reading the labels back against the articles)
 * and the articles of the draw that have no label yet.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { drawFactsSample } from "../draw.js";

export interface DateGold {
  id: string;
  start: number;
  end: number;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  value: string;
}

const TYPES = new Set(["DATE", "TIME", "DURATION", "SET"]);
const OUT = new URL("./dates.jsonl", import.meta.url);

function nthIndex(hay: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function main(): void {
  const [path, ...flags] = process.argv.slice(2);
  if (!path) throw new Error("build-dates-gold: usage: build-dates-gold.ts LABELS.tsv [--check]");
  const check = flags.includes("--check");
  const articles = new Map(drawFactsSample().map((a) => [a.id, a]));
  const out: DateGold[] = [];
  const labelled = new Set<string>();
  let errors = 0;
  readFileSync(path, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const [id, span, occ, type, value] = line.split("\t");
    const article = id ? articles.get(id) : undefined;
    const where = `line ${i + 1}`;
    const fail = (message: string) => {
      errors++;
      console.error(`${where}: ${message}`);
    };
    if (!article) return fail(`${id} is not in the draw`);
    labelled.add(id!);
    if (span === "-") return; // an article read and found to hold no date
    if (!span || !type || !TYPES.has(type) || !value) return fail("malformed label");
    const start = nthIndex(article.body, span, Number(occ || 1));
    if (start < 0) return fail(`«${span}» #${occ} not in ${id}`);
    out.push({ id: id!, start, end: start + span.length, type: type as DateGold["type"], value });
    // A span that ends inside a word was found in a longer word (اليوم in اليومي): a wrong occurrence.
    if (/[\p{L}\p{M}]/u.test(article.body[start + span.length] ?? "")) console.error(`${where}: «${span}» #${occ || 1} ends inside a word in ${id}`);
    if (check) console.log(`${id}\t${type}\t${value}\t…${article.body.slice(Math.max(0, start - 25), start)}[${span}]${article.body.slice(start + span.length, start + span.length + 25)}…`.replace(/\n/g, " "));
  });
  const seen = new Set<string>();
  for (const g of out) {
    const key = `${g.id}:${g.start}`;
    if (seen.has(key)) {
      errors++;
      console.error(`duplicate label at ${key}`);
    }
    seen.add(key);
  }
  if (check) for (const id of articles.keys()) if (!labelled.has(id)) console.log(`unlabelled: ${id}`);
  out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.start - b.start));
  writeFileSync(OUT, out.map((g) => JSON.stringify(g)).join("\n") + "\n");
  console.error(`${out.length} labels over ${labelled.size} articles → ${OUT.pathname}${errors ? `; ${errors} errors` : ""}`);
  if (errors) process.exitCode = 1;
}

main();
