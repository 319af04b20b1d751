/**
 * Figures section of `npm run eval -- facts`: marsad's facts against the hand-labelled figures of
 * eval/facts/gold/figures.jsonl. Per article, the distinct (kind, value, valueMax, group) of the gold
 * and of the output are compared: precision and recall over those tuples; an optional gold label
 * (see gold/README.md) is neither required nor an error. Of the tuples found, the share whose
 * qualifier is one the gold gives it, and the share whose background flag (scope) agrees.
 * `--show N` lists up to N misses and false figures of DEV only, the fresh halves last (TEST is for reporting).
 * `--dev` leaves TEST out (not scored, not printed), for trying a change without reading TEST. The
 * first draw's halves are also reported by corpus and by part (any / event), report lines only.
 */
import type { Fact } from "../../../src/types.js";
import type { FactsSection } from "../section.js";
import { fmt, ratio, readJsonl, understoodWithGrown, partsOf, PARTS, PART_LABEL, type Part, type GoldFigure, type GoldFiguresLine } from "../understood.js";
import { isWikinewsId, wikinewsAbsence } from "../wikinews.js";
import { antLaterAbsence, isAntLaterId } from "../ant-later.js";

export const SCORED_KINDS = new Set(["killed", "injured", "arrested", "displaced", "evacuated", "missing"]);

/** What the figures section compares per article: kind, value, valueMax and group (also agreement.ts). */
export const tupleOf = (f: { kind: string; value: number; valueMax: number | null; group: string | null }) => `${f.kind}|${f.value}|${f.valueMax ?? ""}|${f.group ?? "-"}`;

interface Tally {
  articles: number;
  tp: number;
  fp: number;
  fn: number;
  qualifierRight: number;
  scopeRight: number;
  misses: string[];
  falses: string[];
}

const newTally = (): Tally => ({ articles: 0, tp: 0, fp: 0, fn: 0, qualifierRight: 0, scopeRight: 0, misses: [], falses: [] });

function scoreArticle(id: string, body: string, gold: GoldFigure[], facts: Fact[], t: Tally): void {
  const required = new Map<string, GoldFigure[]>();
  const optional = new Set<string>();
  for (const g of gold) {
    if (!SCORED_KINDS.has(g.kind)) continue;
    const key = tupleOf(g);
    if (g.optional) optional.add(key);
    else (required.get(key) ?? required.set(key, []).get(key)!).push(g);
  }
  const predicted = new Map<string, Fact[]>();
  for (const f of facts) {
    if (!SCORED_KINDS.has(f.kind)) continue;
    const key = tupleOf(f);
    (predicted.get(key) ?? predicted.set(key, []).get(key)!).push(f);
  }
  t.articles++;
  const where = (start: number) => body.slice(Math.max(0, start - 40), start + 40).replace(/\s+/g, " ");
  for (const [key, gs] of required) {
    const ps = predicted.get(key);
    if (!ps) {
      t.fn++;
      t.misses.push(`${id}\tmissed ${key} (${gs[0]!.qualifier})\t… ${where(gs[0]!.start)} …`);
      continue;
    }
    t.tp++;
    if (ps.some((p) => gs.some((g) => g.qualifier === p.qualifier))) t.qualifierRight++;
    else t.misses.push(`${id}\tqualifier ${key}: got ${ps.map((p) => p.qualifier).join(",")} want ${gs.map((g) => g.qualifier).join(",")}`);
    if (ps.some((p) => gs.some((g) => (g.scope === "b") === (p.scope?.extent === "background")))) t.scopeRight++;
    else t.misses.push(`${id}\tbackground ${key}: got ${ps.map((p) => p.scope?.extent).join(",")} want ${gs.map((g) => g.scope).join(",")}\t… ${where(gs[0]!.start)} …`);
  }
  for (const [key, ps] of predicted) {
    if (required.has(key) || optional.has(key)) continue;
    t.fp++;
    const at = ps[0]!.start ?? body.indexOf(ps[0]!.text);
    t.falses.push(`${id}\tfalse ${key} (${ps[0]!.qualifier})\t… ${where(at)} …`);
  }
}

export async function evaluate(args: string[]): Promise<FactsSection> {
  const showAt = args.indexOf("--show");
  const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 0;
  const gold = readJsonl<GoldFiguresLine>("figures.jsonl");
  const sample = understoodWithGrown();
  const devOnly = args.includes("--dev");
  const tallies = Object.fromEntries(PARTS.map((p) => [p, newTally()])) as Record<Part, Tally>;
  const firstDraw = new Map<string, Tally>();
  // The Wikinews files live outside the repository: where one is missing, its labelled articles are skipped, and said so.
  const wikinewsMissing = wikinewsAbsence();
  let wikinewsSkipped = 0;
  const antLaterMissing = antLaterAbsence();
  let antLaterSkipped = 0;
  for (const line of gold) {
    const u = sample.get(line.id);
    if (!u && wikinewsMissing && isWikinewsId(line.id)) {
      wikinewsSkipped++;
      continue;
    }
    if (!u && antLaterMissing && isAntLaterId(line.id)) {
      antLaterSkipped++;
      continue;
    }
    if (!u) throw new Error(`eval facts figures: ${line.id} is not in the draw`);
    const parts = partsOf(u, "figures");
    if (devOnly && parts.includes("test")) continue;
    for (const part of parts) scoreArticle(line.id, u.drawn.body, line.figures, u.article.facts, tallies[part]);
    if (u.drawn.part === "any" || u.drawn.part === "event") {
      const key = `${u.drawn.split === "test" ? "TEST" : "DEV"} first draw, ${u.drawn.corpus} ${u.drawn.part}`;
      scoreArticle(line.id, u.drawn.body, line.figures, u.article.facts, firstDraw.get(key) ?? firstDraw.set(key, newTally()).get(key)!);
    }
  }
  const report: string[] = [];
  const metrics: Record<string, number> = {};
  const line = (label: string, t: Tally) => {
    const p = ratio(t.tp, t.tp + t.fp);
    const r = ratio(t.tp, t.tp + t.fn);
    const q = ratio(t.qualifierRight, t.tp);
    const s = ratio(t.scopeRight, t.tp);
    report.push(`${label}: ${t.articles} articles, ${t.tp + t.fn} gold figures (kind, value, group): precision ${fmt(p)}, recall ${fmt(r)}, qualifier ${fmt(q)}, background flag ${fmt(s)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
    return { p, r, q, s };
  };
  for (const split of PARTS) {
    const t = tallies[split];
    if (split === "dev.wikinews" && wikinewsSkipped) report.push(`${PART_LABEL[split]}: ${wikinewsSkipped} labelled articles skipped, ${wikinewsMissing}`);
    // Without the file the later-ANT halves cannot be told apart: one line counts the skipped articles of all.
    if (split === "dev.antlater" && antLaterSkipped) report.push(`${PART_LABEL[split]} and the later ones: ${antLaterSkipped} labelled articles skipped, ${antLaterMissing}`);
    const skipped = (split === "dev.wikinews" && wikinewsSkipped) || (split.startsWith("dev.antlater") && antLaterSkipped);
    if (!t.articles) {
      if (!(devOnly && split === "test") && !skipped) report.push(`${PART_LABEL[split]}: not labelled yet`);
      continue;
    }
    const { p, r, q, s } = line(PART_LABEL[split], t);
    Object.assign(metrics, { [`${split}.precision`]: p, [`${split}.recall`]: r, [`${split}.qualifier`]: q, [`${split}.background`]: s });
  }
  for (const [key, t] of [...firstDraw].sort(([a], [b]) => (a < b ? -1 : 1))) line(`    ${key}`, t);
  const devLines = PARTS.filter((part) => part === "dev" || part.startsWith("dev.fresh") || part === "dev.newsfane" || part === "dev.wikinews" || part.startsWith("dev.antlater")).flatMap((part) => [...tallies[part].misses, ...tallies[part].falses]);
  if (show) for (const line of devLines.slice(0, show)) report.push(`  DEV ${line}`);
  return { name: "figures", report, metrics, data: ["eval/facts/gold/figures.jsonl"] };
}
