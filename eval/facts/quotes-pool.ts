/**
 * `tsx eval/facts/quotes-pool.ts [--out file]`: every quote marsad finds in the non-TEST pool (the ANT and
 * SaudiNewsNet samples less the first draw's TEST half), one tab-separated line per quote: id, speaker, the
 * 40 characters before the quote and its first 80. Run before and after a quotes rule and diff the two files
 * to read what the rule adds, drops or re-attributes over articles no DEV score covers. `--later` adds the later-ANT
 * articles (ant-later.ts: July–October 2018, none of them TEST's) when their file is there.
 */
import { createWriteStream } from "node:fs";
import { newArticle } from "../../src/extract/article.js";
import { understandArticle } from "../../src/understand/index.js";
import { readAnt, readSaudiNewsNet } from "../lib/corpora.js";
import { drawFactsSample } from "./draw.js";
import { antLaterArticles } from "./ant-later.js";

const outAt = process.argv.indexOf("--out");
const out = outAt >= 0 ? createWriteStream(process.argv[outAt + 1]!) : process.stdout;
const test = new Set(drawFactsSample().filter((a) => a.split === "test").map((a) => a.id));
const flat = (s: string) => s.replace(/\s+/g, " ");
let articles = 0;
const later = process.argv.includes("--later") ? antLaterArticles() : [];
for (const a of [...readAnt(), ...readSaudiNewsNet(), ...later]) {
  if (test.has(a.id)) continue;
  articles++;
  const input = newArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt, source: { name: a.source, domain: null } });
  const { quotes } = understandArticle(input, { referenceDate: a.publishedAt });
  for (const q of quotes) {
    const start = q.start ?? a.body.indexOf(q.text);
    out.write(`${a.id}\t${q.speaker ?? "null"}\t${flat(a.body.slice(Math.max(0, start - 40), start))}\t${flat(q.text.slice(0, 80))}\n`);
  }
}
if (out !== process.stdout) out.end();
console.error(`quotes-pool: ${articles} non-TEST articles`);
