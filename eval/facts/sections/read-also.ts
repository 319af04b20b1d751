/**
 * Read-also section of `npm run eval -- facts`: every article of the public ANT and SaudiNewsNet
 * samples read as a JSONL page (acquire's pageFromJsonlLine, then the text extractor), as
 * `marsad extract articles.jsonl` reads them. An article is listed when more than 10% of its input
 * sentences (by characters) are in no body — neither the main one nor a related article that is an
 * article of its own (a title and a date: a page's later article, as the seed has one), nor a
 * line holding a related article's headline (`اقرأ أيضا… headline`: really split off). A read-also
 * list split off the body takes headlines, which are no sentences; a dateline, a time or a credit
 * line is short and no sentence either (a line is a sentence from SENTENCE_WORDS words, or when it
 * ends like one).
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

/** A body holding less than this share of its input's sentences lost text (issue 12's rule). */
const SHORT_BODY = 0.9;
/**
 * A line of this many words, or one ending a sentence, is article text; shorter lines may be
 * datelines, times, credits (SPA's «إسلام آباد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس» is 12).
 */
const SENTENCE_WORDS = 15;
const SENTENCE_END = /[.!?؟…]["»”)]?\s*$/u;
/** A sentence line is found in a body by its opening (a trailing credit may be cut off it). */
const PROBE_CHARS = 80;
const LETTER = /\p{L}/u;

export interface ShortBody {
  id: string;
  inputChars: number;
  bodyChars: number;
  lostChars: number;
  reason: string;
}

const fold = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f\u0640\u064b-\u065f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "").replace(/\s+/g, " ").trim();
const isSentence = (line: string): boolean => line.split(/\s+/).length >= SENTENCE_WORDS || SENTENCE_END.test(line);
const isStub = (a: Article): boolean => !LETTER.test(a.title.replace(/\u0640/g, ""));
/** A related article of its own: a title and a date of its own (a page's later article, as in the seed). */
const isDatedArticle = (a: Article): boolean => !isStub(a) && a.publishedAt !== null;

/**
 * The input's sentence lines that are in no body: neither the main one nor a related article's
 * that is an article of its own. Datelines, times and credit lines are short and never counted.
 */
function lostSentences(input: string, main: Article, related: Article[]): string[] {
  const body = fold(main.body);
  const ownArticles = related.filter(isDatedArticle).map((a) => fold(a.body));
  const headlines = related.filter((a) => !isStub(a)).map((a) => fold(a.title));
  return input.split("\n").map((l) => l.trim()).filter((l) => l && isSentence(l)).filter((line) => {
    const folded = fold(line);
    const probe = folded.slice(0, PROBE_CHARS);
    const isSplitHeadline = headlines.some((h) => folded.includes(h));
    return !body.includes(probe) && !ownArticles.some((b) => b.includes(probe)) && !isSplitHeadline;
  });
}

/** Every article of one JSONL sample whose body lost text without a real related block, and the related stubs. */
export function shortBodies(path: string): { read: number; stubs: string[]; short: ShortBody[] } {
  const short: ShortBody[] = [];
  const stubs: string[] = [];
  let read = 0;
  readFileSync(path, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const record = JSON.parse(line) as { id?: string; body?: string };
    const id = record.id ?? `line ${i + 1}`;
    const input = (record.body ?? "").trim();
    const page = pageFromJsonlLine(`${path}#${i + 1}`, line).page;
    if (!page || !input) return;
    read++;
    const articles = extractArticles(page).value ?? [];
    const main = articles.find((a) => a.role === "main");
    const related = articles.filter((a) => a.role === "related");
    if (related.some(isStub)) stubs.push(id);
    const sentenceChars = input.split("\n").map((l) => l.trim()).filter(isSentence).reduce((n, l) => n + l.length, 0);
    const lost = main ? lostSentences(input, main, related) : [input];
    const lostChars = lost.reduce((n, l) => n + l.length, 0);
    if (lostChars <= sentenceChars * (1 - SHORT_BODY)) return;
    const reason = related.length === 0 ? "no related block" : "sentences went into a related article that is not one of its own";
    short.push({ id, inputChars: input.length, bodyChars: main?.body.length ?? 0, lostChars, reason: `${reason}; first lost: «${lost[0]!.slice(0, 60)}»` });
  });
  return { read, stubs, short };
}

export async function evaluate(args: string[]): Promise<FactsSection> {
  void args;
  const report: string[] = [];
  let read = 0;
  const stubs: string[] = [];
  const short: ShortBody[] = [];
  for (const sample of SAMPLES) {
    const r = shortBodies(`${SHARED_DATA}${sample}/articles.jsonl`);
    read += r.read;
    stubs.push(...r.stubs);
    short.push(...r.short);
    report.push(`${sample}: ${r.read} articles, ${r.short.length} with a body under ${SHORT_BODY * 100}% of the input and no real related block, ${r.stubs.length} with a related stub`);
  }
  for (const s of short) report.push(`  ${s.id}\tbody ${s.bodyChars} of ${s.inputChars} chars, ${s.lostChars} of its sentences lost: ${s.reason}`);
  for (const id of stubs) report.push(`  ${id}\ta related article without a title`);
  return { name: "read-also", report, metrics: { articles: read, short: short.length, stubs: stubs.length } };
}
