/**
 * Dates section of `npm run eval -- facts`: marsad's date spans (findDateSpans, years included, the
 * article's publication day as reference) against the hand-labelled mentions of
 * eval/facts/gold/dates.jsonl (TimeML types, see gold/dates.md).
 * - `relaxed.*`: precision, recall and F1 of mentions over DATE and TIME (what marsad reads); a
 *   gold mention is found when a span overlaps it; a span is right when it overlaps any gold
 *   mention (a DURATION or SET too, as the silver eval counts it).
 * - `strict.*`: the same with equal spans only.
 * - `all.recall`: relaxed recall over every type (DURATION and SET included), for the record.
 * - `value`: of the found DATE/TIME mentions whose gold value is a calendar day, month or year, the
 *   share whose marsad value agrees at the gold's precision.
 * `--show N` lists up to N DEV misses and extra spans (TEST is for reporting); `--dev` leaves TEST out (for tuning).
 */
import { findDateSpans, type DateSpan } from "../../../src/understand/dates/mentions.js";
import type { FactsSection } from "../section.js";
import type { Split } from "../draw.js";
import { fmt, ratio, readJsonl, understoodSample } from "../understood.js";

interface GoldDate {
  id: string;
  start: number;
  end: number;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  value: string;
}

interface Tally {
  articles: number;
  gold: number;
  goldAll: number;
  foundRelaxed: number;
  foundStrict: number;
  foundAll: number;
  spans: number;
  spansRelaxed: number;
  spansStrict: number;
  valueJudged: number;
  valueRight: number;
  errors: string[];
}

const newTally = (): Tally => ({ articles: 0, gold: 0, goldAll: 0, foundRelaxed: 0, foundStrict: 0, foundAll: 0, spans: 0, spansRelaxed: 0, spansStrict: 0, valueJudged: 0, valueRight: 0, errors: [] });

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const CALENDAR = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function scoreArticle(id: string, body: string, gold: GoldDate[], spans: DateSpan[], t: Tally): void {
  const dated = gold.filter((g) => g.type === "DATE" || g.type === "TIME");
  const where = (s: number, e: number) => `${body.slice(Math.max(0, s - 25), s)}[${body.slice(s, e)}]${body.slice(e, e + 25)}`.replace(/\s+/g, " ");
  t.articles++;
  t.gold += dated.length;
  t.goldAll += gold.length;
  for (const g of gold) {
    const hit = spans.find((s) => overlaps(s, g));
    if (hit) t.foundAll++;
    if (g.type !== "DATE" && g.type !== "TIME") continue;
    if (!hit) {
      t.errors.push(`${id}\tmissed ${g.type} ${g.value}\t… ${where(g.start, g.end)} …`);
      continue;
    }
    t.foundRelaxed++;
    if (spans.some((s) => s.start === g.start && s.end === g.end)) t.foundStrict++;
    if (CALENDAR.test(g.value)) {
      t.valueJudged++;
      if (hit.value.slice(0, g.value.length) === g.value) t.valueRight++;
      else t.errors.push(`${id}\tvalue ${hit.value} want ${g.value}\t… ${where(hit.start, hit.end)} …`);
    }
  }
  for (const s of spans) {
    t.spans++;
    if (gold.some((g) => overlaps(s, g))) t.spansRelaxed++;
    else t.errors.push(`${id}\textra ${s.value} (${s.kind}, ${s.precision})\t… ${where(s.start, s.end)} …`);
    if (dated.some((g) => g.start === s.start && g.end === s.end)) t.spansStrict++;
  }
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export async function evaluate(args: string[]): Promise<FactsSection> {
  const showAt = args.indexOf("--show");
  const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 0;
  const gold = readJsonl<GoldDate>("dates.jsonl");
  const byId = new Map<string, GoldDate[]>();
  for (const g of gold) (byId.get(g.id) ?? byId.set(g.id, []).get(g.id)!).push(g);
  const tallies: Record<Split, Tally> = { dev: newTally(), test: newTally() };
  const devOnly = args.includes("--dev");
  // every drawn article was labelled: one with no gold line holds no date
  for (const { drawn } of understoodSample().values()) {
    if (devOnly && drawn.split === "test") continue;
    scoreArticle(drawn.id, drawn.body, byId.get(drawn.id) ?? [], findDateSpans(drawn.body, drawn.publishedAt), tallies[drawn.split]);
  }
  const report: string[] = [];
  const metrics: Record<string, number> = {};
  for (const split of devOnly ? (["dev"] as const) : (["test", "dev"] as const)) {
    const t = tallies[split];
    const rp = ratio(t.spansRelaxed, t.spans);
    const rr = ratio(t.foundRelaxed, t.gold);
    const sp = ratio(t.spansStrict, t.spans);
    const sr = ratio(t.foundStrict, t.gold);
    const allRecall = ratio(t.foundAll, t.goldAll);
    const value = ratio(t.valueRight, t.valueJudged);
    report.push(
      `${split.toUpperCase()}: ${t.articles} articles, ${t.gold} gold DATE/TIME mentions (${t.goldAll} with DURATION/SET), ${t.spans} marsad spans: ` +
        `relaxed P ${fmt(rp)} R ${fmt(rr)} F1 ${fmt(f1(rp, rr))}; strict P ${fmt(sp)} R ${fmt(sr)} F1 ${fmt(f1(sp, sr))}; recall over all types ${fmt(allRecall)}; value ${fmt(value)} of ${t.valueJudged}`,
    );
    Object.assign(metrics, {
      [`${split}.relaxed.precision`]: rp,
      [`${split}.relaxed.recall`]: rr,
      [`${split}.relaxed.f1`]: f1(rp, rr),
      [`${split}.strict.f1`]: f1(sp, sr),
      [`${split}.all.recall`]: allRecall,
      [`${split}.value`]: value,
    });
  }
  if (show) for (const line of tallies.dev.errors.slice(0, show)) report.push(`  DEV ${line}`);
  return { name: "dates", report, metrics, data: ["eval/facts/gold/dates.jsonl"] };
}
