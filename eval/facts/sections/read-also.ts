/**
 * Read-also section of `npm run eval -- facts`: every article of the public ANT and SaudiNewsNet
 * samples read as a JSONL page (acquire's pageFromJsonlLine, then the text extractor), as
 * `marsad extract articles.jsonl` reads them. An article is listed when its extracted main body is
 * shorter than SHORT_BODY of its input body and no related block was really split off: a block
 * is real when it opened at a read-also label standing on its own line and every related article
 * it gave has a title, and what they hold accounts for the missing text.
 * - `short`: the count of listed articles (the guarantee of issue 12: 0).
 * - `stubs`: related articles with no title or with a title that is only tatweel or punctuation.
 * - `articles`: how many articles were read.
 * Both samples, all articles (no split: the check is a guarantee, not a tuned score).
 */
import { readFileSync } from "node:fs";
import { pageFromJsonlLine } from "../../../src/acquire/local-files.js";
import { extractArticles } from "../../../src/extract/index.js";
import type { Article } from "../../../src/types.js";
import { SAMPLES, SHARED_DATA } from "../../lib/news-corpus.js";
import type { FactsSection } from "../section.js";

/** A body shorter than this share of its input lost text (issue 12's rule). */
const SHORT_BODY = 0.9;
/** Related articles must hold at least this share of the missing text to explain it. */
const EXPLAINED_SHARE = 0.8;
const LETTER = /\p{L}/u;

export interface ShortBody {
  id: string;
  inputChars: number;
  bodyChars: number;
  relatedChars: number;
  reason: string;
}

const relatedLength = (a: Article): number => a.title.length + a.body.length;
const isStub = (a: Article): boolean => !LETTER.test(a.title.replace(/\u0640/g, ""));

/** Why a short body is not explained by a related block, or null when it is. */
function unexplained(inputChars: number, main: Article, related: Article[]): string | null {
  if (related.length === 0) return "no related block";
  if (related.some(isStub)) return "a related article without a title";
  const missing = inputChars - main.body.length;
  const relatedChars = related.reduce((n, a) => n + relatedLength(a), 0);
  if (relatedChars < missing * EXPLAINED_SHARE) return "the related articles do not hold the missing text";
  return null;
}

/** Every article of one JSONL sample whose body came out short without a real related block. */
export function shortBodies(path: string): { read: number; stubs: number; short: ShortBody[] } {
  const short: ShortBody[] = [];
  let read = 0;
  let stubs = 0;
  readFileSync(path, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const record = JSON.parse(line) as { id?: string; body?: string };
    const input = (record.body ?? "").trim();
    const page = pageFromJsonlLine(`${path}#${i + 1}`, line).page;
    if (!page || !input) return;
    read++;
    const articles = extractArticles(page).value ?? [];
    const main = articles.find((a) => a.role === "main");
    const related = articles.filter((a) => a.role === "related");
    stubs += related.filter(isStub).length;
    if (!main || main.body.length >= input.length * SHORT_BODY) return;
    const reason = unexplained(input.length, main, related);
    if (reason) short.push({ id: record.id ?? `line ${i + 1}`, inputChars: input.length, bodyChars: main.body.length, relatedChars: related.reduce((n, a) => n + relatedLength(a), 0), reason });
  });
  return { read, stubs, short };
}

export async function evaluate(args: string[]): Promise<FactsSection> {
  void args;
  const report: string[] = [];
  let read = 0;
  let stubs = 0;
  const short: ShortBody[] = [];
  for (const sample of SAMPLES) {
    const r = shortBodies(`${SHARED_DATA}${sample}/articles.jsonl`);
    read += r.read;
    stubs += r.stubs;
    short.push(...r.short);
    report.push(`${sample}: ${r.read} articles, ${r.short.length} with a body under ${SHORT_BODY * 100}% of the input and no real related block, ${r.stubs} related stubs`);
  }
  for (const s of short) report.push(`  ${s.id}\tbody ${s.bodyChars} of ${s.inputChars} chars, related ${s.relatedChars}: ${s.reason}`);
  return { name: "read-also", report, metrics: { articles: read, short: short.length, stubs } };
}
