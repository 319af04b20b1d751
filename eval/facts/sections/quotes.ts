/**
 * Quotes section of `npm run eval -- facts`: marsad's quotes against eval/facts/gold/quotes.jsonl.
 * - A gold quote is found when an output quote overlaps it by at least half of the shorter of the
 *   two (one output quote per gold quote, in text order); `found` = found / required gold quotes.
 * - Its speaker is right when the folded output speaker contains one of the gold's accepted names;
 *   `speaker` = right / found.
 * - `narrative`: output quotes lying mostly (≥ half their length) inside a labelled narrative
 *   attribution and matching no gold quote: must be 0.
 * - `precision`: output quotes matching a gold quote (required or optional) / output quotes.
 * `--show N` lists up to N DEV errors (`--context N`: with the N characters before each quote, marked ⟦);
 * `--dev` leaves TEST out (for tuning).
 */
import { normalizeArabic } from "../../../src/arabic/normalize.js";
import { BOTH_KINDS_PARTS, type LaterDevPart } from "../draw.js";
import type { Quote } from "../../../src/types.js";
import type { FactsSection } from "../section.js";
import { antLaterAbsence, isAntLaterId } from "../ant-later.js";
import { fmt, ratio, readJsonl, understoodWithGrown, partsOf, PARTS, PART_LABEL, type Part, type GoldQuotesLine } from "../understood.js";

/** Share of the shorter span two quotes must share to be the same quote. */
const MIN_OVERLAP = 0.5;

interface Located {
  q: Quote;
  start: number;
  end: number;
}

function locate(body: string, quotes: readonly Quote[]): Located[] {
  let from = 0;
  return quotes.map((q) => {
    let start = q.start ?? body.indexOf(q.text, from);
    if (start < 0) start = body.indexOf(q.text);
    if (start >= 0) from = start;
    return { q, start, end: start < 0 ? -1 : start + q.text.length };
  }).filter((l) => l.start >= 0);
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const sameQuote = (a: { start: number; end: number }, b: { start: number; end: number }) => overlap(a, b) >= MIN_OVERLAP * Math.min(a.end - a.start, b.end - b.start);
const fold = (s: string) => normalizeArabic(s).replace(/[^\p{L}\p{N} ]/gu, "");
const speakerRight = (got: string | null, names: string[]) => !!got && names.some((n) => fold(got).includes(fold(n)));

interface Tally {
  articles: number;
  required: number;
  found: number;
  speakerRight: number;
  output: number;
  outputMatched: number;
  narrative: number;
  errors: string[];
}

const newTally = (): Tally => ({ articles: 0, required: 0, found: 0, speakerRight: 0, output: 0, outputMatched: 0, narrative: 0, errors: [] });

function scoreArticle(id: string, body: string, gold: GoldQuotesLine, quotes: readonly Quote[], t: Tally, before: number): void {
  const out = locate(body, quotes);
  const used = new Set<number>();
  const lead = (a: number) => (before > 0 ? `${body.slice(Math.max(0, a - before), a).replace(/\s+/g, " ")} ⟦` : "");
  const clip = (a: number, b: number) => lead(a) + body.slice(a, Math.min(b, a + 60)).replace(/\s+/g, " ");
  t.articles++;
  t.output += quotes.length;
  // required quotes take their output quote before optional ones do
  for (const g of [...gold.quotes.filter((q) => !q.optional), ...gold.quotes.filter((q) => q.optional)]) {
    const k = out.findIndex((o, i) => !used.has(i) && sameQuote(o, g));
    if (k >= 0) used.add(k);
    if (g.optional) continue;
    t.required++;
    if (k < 0) {
      t.errors.push(`${id}\tmissed (${g.speaker[0]}) «${clip(g.start, g.end)}…»`);
      continue;
    }
    t.found++;
    if (speakerRight(out[k]!.q.speaker, g.speaker)) t.speakerRight++;
    else t.errors.push(`${id}\tspeaker «${out[k]!.q.speaker}» want ${g.speaker.join(" / ")}: «${clip(g.start, g.end)}…»`);
  }
  // an output quote also matches a gold quote another output quote already took (a split quote)
  out.forEach((o, i) => {
    const matched = used.has(i) || gold.quotes.some((g) => sameQuote(o, g));
    if (matched) t.outputMatched++;
    else if (gold.narrative.some((n) => overlap(o, n) >= MIN_OVERLAP * (o.end - o.start))) {
      t.narrative++;
      t.errors.push(`${id}\tnarrative listed as a quote (${o.q.speaker}): «${clip(o.start, o.end)}…»`);
    } else t.errors.push(`${id}\textra quote (${o.q.speaker}): «${clip(o.start, o.end)}…»`);
  });
}

export async function evaluate(args: string[]): Promise<FactsSection> {
  const showAt = args.indexOf("--show");
  const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 0;
  const contextAt = args.indexOf("--context");
  const before = contextAt >= 0 ? Number(args[contextAt + 1] ?? 40) : 0;
  const gold = readJsonl<GoldQuotesLine>("quotes.jsonl");
  const sample = understoodWithGrown();
  const devOnly = args.includes("--dev");
  const tallies = Object.fromEntries(PARTS.map((p) => [p, newTally()])) as Record<Part, Tally>;
  // The later-ANT file lives outside the repository: where it is missing, its labelled articles are skipped, and said so.
  const antLaterMissing = antLaterAbsence();
  let antLaterSkipped = 0;
  for (const line of gold) {
    const u = sample.get(line.id);
    if (!u && antLaterMissing && isAntLaterId(line.id)) {
      antLaterSkipped++;
      continue;
    }
    if (!u) throw new Error(`eval facts quotes: ${line.id} is not in the draw`);
    const parts = partsOf(u, "quotes");
    if (devOnly && parts.includes("test")) continue;
    for (const part of parts) scoreArticle(line.id, u.drawn.body, line, u.article.quotes, tallies[part], before);
  }
  const report: string[] = [];
  const metrics: Record<string, number> = {};
  for (const split of PARTS) {
    const t = tallies[split];
    if (split === "dev.quoteslater" && antLaterSkipped) report.push(`${PART_LABEL[split]} and the later ones: ${antLaterSkipped} labelled articles skipped, ${antLaterMissing}`);
    if (!t.articles) {
      if (!(devOnly && split === "test") && !(split.startsWith("dev.quoteslater") && antLaterSkipped)) report.push(`${PART_LABEL[split]}: not labelled yet`);
      continue;
    }
    const found = ratio(t.found, t.required);
    const speaker = ratio(t.speakerRight, t.found);
    const precision = ratio(t.outputMatched, t.output);
    report.push(`${PART_LABEL[split]}: ${t.articles} articles, ${t.required} gold quotes: found ${fmt(found)}, speaker right ${fmt(speaker)} of those, narrative sentences listed as quotes ${t.narrative}, precision ${fmt(precision)} (${t.output} output quotes)`);
    Object.assign(metrics, { [`${split}.found`]: found, [`${split}.speaker`]: speaker, [`${split}.narrative`]: t.narrative, [`${split}.precision`]: precision });
  }
  if (show) for (const line of PARTS.filter((part) => part === "dev" || part.startsWith("dev.quotes") || BOTH_KINDS_PARTS.has(part.slice("dev.".length) as LaterDevPart)).flatMap((part) => tallies[part].errors).slice(0, show)) report.push(`  DEV ${line}`);
  return { name: "quotes", report, metrics, data: ["eval/facts/gold/quotes.jsonl"] };
}
