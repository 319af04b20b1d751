/**
 * Suite-dumps section of `npm run eval -- facts`: the text extractor's title and publication date on
 * whole-page text dumps of the public multilingual extraction suites' DEV pages (built by
 * eval/facts/dumps/suite-pages.ts, rendered by make-dumps.ts `--pages`, the same eight ways as the
 * Arabic dumps). Hundreds of pages from many sites and languages: DEV material for the title and
 * date choice, which the eight Arabic pages cannot give. Every page is on the DEV side of
 * eval/lib/html-split.ts, so all dumps are DEV here (make-dumps' own dev/test folders are ignored).
 * - `title`: over dumps whose page has a gold title. Right when equal after folding (NFKC, case,
 *   whitespace, tatweel, harakat, quotation marks, soft hyphens: a browser shows none, so no dump
 *   prints them), or when one is the other plus a site's name or a section after a separator
 *   (`Headline | Site`, `Headline - Author`): suites take titles from the page's `<title>` or
 *   metadata, which the dump may not print.
 * - `publishedAt`: over dumps whose page has a gold date; the same calendar day.
 * The dumps hold publishers' text and live outside the repository: MARSAD_SUITE_DUMPS, else
 * ../shared/data/suite-text-dumps, else /work/data/suite-text-dumps; when none exists the section
 * says so and reports nothing. Not in the facts floors (the dumps may be absent).
 * `--show N` lists up to N misses.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticles } from "../../../src/extract/index.js";
import type { FactsSection } from "../section.js";
import { ratio } from "../understood.js";

interface DumpGold {
  file: string;
  page: string;
  renderer: string;
  title: string | null;
  publishedAt: string | null;
}

interface Tally {
  titles: number;
  titleRight: number;
  dates: number;
  dateRight: number;
}

const newTally = (): Tally => ({ titles: 0, titleRight: 0, dates: 0, dateRight: 0 });

function suiteDumpsDir(): string | null {
  const candidates = [process.env.MARSAD_SUITE_DUMPS, fileURLToPath(new URL("../../../../shared/data/suite-text-dumps/", import.meta.url)), "/work/data/suite-text-dumps"];
  return candidates.find((c): c is string => !!c && existsSync(join(c, "gold.jsonl"))) ?? null;
}

const fold = (s: string | null): string =>
  (s ?? "")
    .normalize("NFKC")
    .replace(/[\u00ad\u0640\u064b-\u065f\u0670]/g, "")
    .replace(/["“”«»„‘’'`]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

const SITE_SEPARATOR = /^\s*[|\-–—:·•»/]/u;

/** Equal, or the longer is the shorter plus a name after a separator. */
export function sameTitle(got: string | null, want: string): boolean {
  const [a, b] = [fold(got), fold(want)];
  if (!a) return false;
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return longer.startsWith(shorter) && SITE_SEPARATOR.test(longer.slice(shorter.length));
}

const suiteOf = (page: string): string => page.split("__")[0] ?? "?";

export async function evaluate(args: string[]): Promise<FactsSection> {
  const dir = suiteDumpsDir();
  if (!dir) return { name: "suite-dumps", report: ["SKIPPED suite dumps: none found (set MARSAD_SUITE_DUMPS; build them with eval/facts/dumps/suite-pages.ts and make-dumps.ts --pages)"], metrics: {} };
  const all = newTally();
  const bySuite = new Map<string, Tally>();
  const byRenderer = new Map<string, Tally>();
  const misses: string[] = [];
  const golds = readFileSync(join(dir, "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as DumpGold);
  for (const gold of golds) {
    const text = readFileSync(join(dir, gold.file), "utf8");
    const main = extractArticles({ input: gold.file, text, kind: "text", url: null, charset: "utf-8" }).value?.find((a) => a.role === "main");
    const tallies = [all, getTally(bySuite, suiteOf(gold.page)), getTally(byRenderer, gold.renderer)];
    if (gold.title) {
      const right = sameTitle(main?.title ?? null, gold.title);
      for (const t of tallies) [t.titles, t.titleRight] = [t.titles + 1, t.titleRight + Number(right)];
      if (!right) misses.push(`${gold.file}\ttitle «${main?.title ?? ""}» want «${gold.title}»`);
    }
    if (gold.publishedAt) {
      const right = (main?.publishedAt ?? "").slice(0, 10) === gold.publishedAt;
      for (const t of tallies) [t.dates, t.dateRight] = [t.dates + 1, t.dateRight + Number(right)];
      if (!right) misses.push(`${gold.file}\tpublishedAt ${main?.publishedAt ?? "null"} want ${gold.publishedAt}`);
    }
  }
  const line = (name: string, t: Tally) => `${name.padEnd(12)} title ${t.titleRight}/${t.titles} (${ratio(t.titleRight, t.titles).toFixed(3)}), publishedAt ${t.dateRight}/${t.dates} (${ratio(t.dateRight, t.dates).toFixed(3)})`;
  const report = [`suite dumps read from ${dir} (all DEV)`, line("all", all)];
  for (const [name, t] of [...bySuite].sort()) report.push(`  ${line(name, t)}`);
  for (const [name, t] of [...byRenderer].sort()) report.push(`  ${line(name, t)}`);
  const showAt = args.indexOf("--show");
  const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 0;
  if (show > 0) report.push(...misses.slice(0, show).map((m) => `  DEV ${m}`));
  return { name: "suite-dumps", report, metrics: { "dev.title": ratio(all.titleRight, all.titles), "dev.publishedAt": ratio(all.dateRight, all.dates) } };
}

function getTally(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = newTally()));
  return t;
}
