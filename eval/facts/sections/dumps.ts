/**
 * Text-dumps section of `npm run eval -- facts`: real Arabic news pages rendered to plain text
 * (eval/facts/dumps/make-dumps.ts: Chromium innerText, lynx, w3m, links2, html2text's Markdown), read by the text extractor as a
 * crawler's dump, scored against the page's gold.
 * - `title`, `publishedAt`, `source`: share of dumps right. Title: equal after folding (NFC,
 *   whitespace, tatweel, harakat, quotation marks). publishedAt: the same calendar day. source: the credit the page
 *   prints for the article, or none (null), equal after folding.
 * - `all3`: share of dumps with all three right.
 * - `bodyChrome`: dumps whose body keeps a hashtag-only line, a credit line (`المصدر: …`,
 *   `(وكالات)`), an embed attribution (`— Name (@handle) …`) or one of the page's gold boilerplate
 *   phrases (bodyMustNotContain of the HTML gold). Checked by patterns of this file, not by the
 *   extractor's cues, so the extractor cannot grade itself.
 * - `bodyStart`: share of dumps whose body has the article's first words (bodyStartsWith) in its
 *   first 400 characters.
 * The dumps hold the publishers' text and live outside the repository: MARSAD_TEXT_DUMPS, else
 * ../shared/data/text-dumps, else /work/data/text-dumps; when none exists the section says so and
 * reports nothing. They are not in the facts floors' data digest (they may be absent); gate them
 * once they sit in ../shared/data.
 * `--show N` lists up to N DEV misses (TEST is for reporting); `--dev` leaves TEST out (for tuning).
 * `composed.*`: the same scores on the whole-page dumps composed for marsad in the repository
 * (src/extract/text/page-dumps, invented stories in many countries' site shapes; DEV material, the
 * rules were tuned on them), always present.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticles } from "../../../src/extract/index.js";
import type { Article } from "../../../src/types.js";
import type { FactsSection } from "../section.js";
import { fmt, ratio } from "../understood.js";

interface DumpGold {
  file: string;
  split: "dev" | "test";
  page: string;
  renderer: string;
  title: string;
  publishedAt: string;
  source: string | null;
}

interface PageGold {
  file: string;
  bodyStartsWith: string;
  bodyMustNotContain: string[];
}

const COMPOSED_DIR = fileURLToPath(new URL("../../../src/extract/text/page-dumps/", import.meta.url));

interface ComposedGold {
  file: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  bodyStartsWith: string;
  absent: string[];
}

function scoreComposed(t: Tally): void {
  const golds = JSON.parse(readFileSync(join(COMPOSED_DIR, "gold.json"), "utf8")) as ComposedGold[];
  for (const g of golds) {
    const text = readFileSync(join(COMPOSED_DIR, g.file), "utf8");
    const result = extractArticles({ input: g.file, text, kind: "text", url: null, charset: "utf-8" });
    const page: PageGold = { file: g.file, bodyStartsWith: g.bodyStartsWith, bodyMustNotContain: g.absent };
    scoreDump({ file: g.file, split: "dev", page: g.file, renderer: "composed", title: g.title, publishedAt: g.publishedAt ?? "", source: g.source }, result.value?.find((a) => a.role === "main"), page, t);
  }
}

const ARABIC_GOLD = fileURLToPath(new URL("../../../../shared/data/article-extraction/arabic/gold.jsonl", import.meta.url));

export function dumpsDir(): string | null {
  const candidates = [process.env.MARSAD_TEXT_DUMPS, fileURLToPath(new URL("../../../../shared/data/text-dumps/", import.meta.url)), "/work/data/text-dumps"];
  return candidates.find((c): c is string => !!c && existsSync(join(c, "gold.jsonl"))) ?? null;
}

const readLines = <T>(path: string): T[] => readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

/** Folding for comparison: NFC, tatweel and harakat out, whitespace collapsed. */
const fold = (s: string | null): string => (s ?? "").normalize("NFC").replace(/[\u0640\u064b-\u065f\u0670]/g, "").replace(/\s+/g, " ").trim();

/** The HTML gold writes headlines without the quotation marks some pages put around a phrase. */
const withoutQuotes = (s: string): string => s.replace(/["“”«»]/g, "").replace(/\s+/g, " ").trim();
const HASHTAG_LINE = /^(?:#[^\s#]+\s*)+$/mu;
const CREDIT_LINE = /^\s*(?:المصدر\s*[:：]|مصدر الخبر\s*[:：]|[(\-–]?\s*وكالات\s*\)?\.?\s*$)/mu;
const EMBED_ATTRIBUTION = /[—–-]\s*[^\n()]{1,60}\(@\w+\)|pic\.twitter\.com\/|t\.me\/\w+\/\d+/u;

export interface Tally {
  n: number;
  title: number;
  date: number;
  source: number;
  all3: number;
  chrome: number;
  start: number;
  misses: string[];
}

const newTally = (): Tally => ({ n: 0, title: 0, date: 0, source: 0, all3: 0, chrome: 0, start: 0, misses: [] });

function chromeInBody(body: string, page: PageGold | undefined): string | null {
  if (HASHTAG_LINE.test(body)) return "hashtag line";
  if (CREDIT_LINE.test(body)) return "credit line";
  if (EMBED_ATTRIBUTION.test(body)) return "embed attribution";
  const folded = fold(body);
  const kept = page?.bodyMustNotContain.find((p) => folded.includes(fold(p)));
  return kept ? `boilerplate «${kept}»` : null;
}

function scoreDump(gold: DumpGold, main: Article | undefined, page: PageGold | undefined, t: Tally): void {
  t.n++;
  const title = withoutQuotes(fold(main?.title ?? null)) === withoutQuotes(fold(gold.title));
  const date = (main?.publishedAt ?? "").slice(0, 10) === gold.publishedAt;
  const source = fold(main?.source.name ?? null) === fold(gold.source);
  const body = main?.body ?? "";
  const chrome = chromeInBody(body, page);
  const start = !page || fold(body.slice(0, 400)).includes(fold(page.bodyStartsWith));
  t.title += Number(title);
  t.date += Number(date);
  t.source += Number(source);
  t.all3 += Number(title && date && source);
  t.chrome += Number(chrome !== null);
  t.start += Number(start);
  if (!title) t.misses.push(`${gold.file}\ttitle «${main?.title ?? ""}» want «${gold.title}»`);
  if (!date) t.misses.push(`${gold.file}\tpublishedAt ${main?.publishedAt ?? "null"} want ${gold.publishedAt}`);
  if (!source) t.misses.push(`${gold.file}\tsource ${main?.source.name ?? "null"} want ${gold.source ?? "null"}`);
  if (chrome) t.misses.push(`${gold.file}\tbody keeps ${chrome}`);
  if (!start) t.misses.push(`${gold.file}\tbody does not start «${page!.bodyStartsWith.slice(0, 40)}…» (starts «${body.slice(0, 60).replace(/\s+/g, " ")}»)`);
}

/**
 * The body checks of each page: `pages.jsonl` beside the dumps (written by make-dumps, for any page
 * set it rendered), else arabic/gold.jsonl (dumps made before make-dumps wrote it).
 */
function readPageGolds(dir: string): Map<string, PageGold> {
  const beside = join(dir, "pages.jsonl");
  if (existsSync(beside)) return new Map(readLines<PageGold & { page: string }>(beside).map((p) => [p.page, p]));
  return new Map(readLines<PageGold>(ARABIC_GOLD).map((p) => [p.file.replace(/^pages\//, "").replace(/\.html$/, ""), p]));
}

/** Every dump of a folder made by make-dumps, read by the text extractor and scored, by split (TEST left out with devOnly). */
export function scoreDumpFolder(dir: string, devOnly: boolean): { dev: Tally; test: Tally } {
  const pages = readPageGolds(dir);
  const tallies = { dev: newTally(), test: newTally() };
  for (const gold of readLines<DumpGold>(join(dir, "gold.jsonl"))) {
    if (devOnly && gold.split === "test") continue;
    const text = readFileSync(join(dir, gold.file), "utf8");
    const result = extractArticles({ input: gold.file, text, kind: "text", url: null, charset: "utf-8" });
    scoreDump(gold, result.value?.find((a) => a.role === "main"), pages.get(gold.page), tallies[gold.split]);
  }
  return tallies;
}

export const tallyLine = (split: string, t: Tally): string =>
  `${split.toUpperCase()}: ${t.n} dumps — title ${t.title}, publishedAt ${t.date}, source ${t.source}, all three ${t.all3}; body with chrome ${t.chrome}; body start found ${t.start}`;

export const tallyMetrics = (split: string, t: Tally): Record<string, number> => ({
  [`${split}.title`]: ratio(t.title, t.n),
  [`${split}.publishedAt`]: ratio(t.date, t.n),
  [`${split}.source`]: ratio(t.source, t.n),
  [`${split}.all3`]: ratio(t.all3, t.n),
  [`${split}.bodyChrome`]: t.chrome,
  [`${split}.bodyStart`]: ratio(t.start, t.n),
});

export async function evaluate(args: string[]): Promise<FactsSection> {
  const composed = newTally();
  scoreComposed(composed);
  const composedMetrics = {
    "composed.title": ratio(composed.title, composed.n),
    "composed.publishedAt": ratio(composed.date, composed.n),
    "composed.source": ratio(composed.source, composed.n),
    "composed.all3": ratio(composed.all3, composed.n),
    "composed.bodyChrome": composed.chrome,
    "composed.bodyStart": ratio(composed.start, composed.n),
  };
  const composedLine = `COMPOSED: ${composed.n} dumps — title ${composed.title}, publishedAt ${composed.date}, source ${composed.source}, all three ${composed.all3}; body with chrome ${composed.chrome}; body start found ${composed.start}`;
  const dir = dumpsDir();
  if (!dir) {
    const skipped = "SKIPPED real dumps: none found (set MARSAD_TEXT_DUMPS, or put them in ../shared/data/text-dumps; make them with eval/facts/dumps/make-dumps.ts)";
    return { name: "dumps", report: [skipped, composedLine], metrics: composedMetrics };
  }
  const devOnly = args.includes("--dev");
  const tallies = scoreDumpFolder(dir, devOnly);
  const showAt = args.indexOf("--show");
  const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 0;
  const report = [`dumps read from ${dir}`, composedLine];
  const metrics: Record<string, number> = { ...composedMetrics };
  for (const split of devOnly ? (["dev"] as const) : (["test", "dev"] as const)) {
    const t = tallies[split];
    report.push(tallyLine(split, t));
    Object.assign(metrics, tallyMetrics(split, t));
  }
  if (show > 0) report.push(...[...composed.misses, ...tallies.dev.misses].slice(0, show).map((m) => `  DEV ${m}`));
  if (!devOnly) report.push(`(title ${fmt(metrics["test.title"]!)}, publishedAt ${fmt(metrics["test.publishedAt"]!)}, source ${fmt(metrics["test.source"]!)} on TEST)`);
  return { name: "dumps", report, metrics };
}
