/**
 * Conflicts section of `npm run eval -- facts`: the hand-labelled multi-source figure pairs of
 * eval/facts/gold/conflicts.tsv (ANT multisource stories, split by story). Each article of a pair
 * is understood as the pipeline would; the figure at the gold offsets is taken from its facts (a
 * figure the extractor missed relates as nothing), and the two are related by the story record's
 * rule (connect/story-record.ts relateFigures). Scored: precision and recall of `conflict`, and the
 * agreement on all four labels (conflict / update / agree / scope). `--show N` lists DEV errors.
 */
import { readFileSync } from "node:fs";
import type { Fact, StoryFigure } from "../../../src/types.js";
import { newArticle } from "../../../src/extract/article.js";
import { understandArticle } from "../../../src/understand/index.js";
import { findFacts } from "../../../src/understand/figures.js";
import { recognizeEntities } from "../../../src/understand/entities/index.js";
import { relateFigures } from "../../../src/connect/story-record.js";
import { readAnt, type CorpusArticle } from "../../lib/corpora.js";
import type { FactsSection } from "../section.js";
import { fmt, GOLD_DIR, ratio } from "../understood.js";

interface Pair {
  pair: string;
  split: "dev" | "test";
  story: string;
  label: string;
  a: { id: string; start: number; end: number };
  b: { id: string; start: number; end: number };
}

function readPairs(): Pair[] {
  let text: string;
  try {
    text = readFileSync(new URL("conflicts.tsv", GOLD_DIR), "utf8");
  } catch {
    return [];
  }
  return text.trim().split("\n").slice(1).map((line, i) => {
    const f = line.split("\t");
    if (f.length !== 10) throw new Error(`eval facts: conflicts.tsv line ${i + 2} has ${f.length} fields, expected 10`);
    return { pair: f[0]!, split: f[1] as Pair["split"], story: f[2]!, label: f[3]!, a: { id: f[4]!, start: Number(f[5]), end: Number(f[6]) }, b: { id: f[7]!, start: Number(f[8]), end: Number(f[9]) } };
  });
}

function figureAt(article: CorpusArticle, facts: readonly Fact[], span: { start: number; end: number }): StoryFigure | null {
  const f = facts.find((x) => x.start !== undefined && x.end !== undefined && x.start < span.end && span.start < x.end);
  if (!f) return null;
  return { kind: f.kind, group: f.group, value: f.value, valueMax: f.valueMax, qualifier: f.qualifier, text: f.text, articleId: article.id, source: article.source, at: article.publishedAt, ...(f.scope ? { scope: f.scope } : {}) };
}

const describe = (f: StoryFigure | null) => (f ? `${f.kind} ${f.value} ${f.group ?? "-"} ${f.scope?.extent}${f.scope?.place ? ` in ${f.scope.place}` : ""}${f.scope?.part ? " (part)" : ""}` : "?");

export async function evaluate(args: string[]): Promise<FactsSection> {
  const showAt = args.indexOf("--show");
  const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 0;
  const pairs = readPairs();
  const wanted = new Set(pairs.flatMap((p) => [p.a.id, p.b.id]));
  const articles = new Map(readAnt().filter((a) => wanted.has(a.id)).map((a) => [a.id, a]));
  const facts = new Map<string, Fact[]>();
  for (const a of articles.values()) {
    const input = newArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt, source: { name: a.source, domain: null } });
    // every mention, restatements too: a pair may name the second mention of a figure
    const { dates } = understandArticle(input, { referenceDate: a.publishedAt });
    const places = recognizeEntities(a.body).filter((s) => s.type === "location");
    facts.set(a.id, findFacts(a.body, { dateSpans: dates.map((d) => ({ start: d.start, end: d.start + d.text.length, value: d.value })), publishedAt: a.publishedAt, places, keepRestatements: true }));
  }
  const report: string[] = [];
  const metrics: Record<string, number> = {};
  const errors: string[] = [];
  // `--dev` leaves TEST out (not scored, not printed), as in the figures and quotes sections
  const splits = args.includes("--dev") ? (["dev"] as const) : (["test", "dev"] as const);
  for (const split of splits) {
    const mine = pairs.filter((p) => p.split === split);
    if (!mine.length) {
      report.push(`${split.toUpperCase()}: no pairs`);
      continue;
    }
    let tp = 0, fp = 0, fn = 0, same = 0, found = 0;
    for (const p of mine) {
      const [aa, ab] = [articles.get(p.a.id), articles.get(p.b.id)];
      if (!aa || !ab) throw new Error(`eval facts conflicts: ${p.pair} names an article not in the ANT sample`);
      const fa = figureAt(aa, facts.get(aa.id)!, p.a);
      const fb = figureAt(ab, facts.get(ab.id)!, p.b);
      if (fa && fb) found++;
      const got = fa && fb ? relateFigures(fa, fb) : "missing";
      if (got === p.label) same++;
      if (got === "conflict" && p.label === "conflict") tp++;
      else if (got === "conflict") fp++;
      else if (p.label === "conflict") fn++;
      if (got !== p.label && split === "dev") errors.push(`${p.pair} ${p.story}: want ${p.label}, got ${got} — ${describe(fa)} (${aa.source} ${aa.publishedAt}) / ${describe(fb)} (${ab.source} ${ab.publishedAt})`);
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    report.push(`${split.toUpperCase()}: ${mine.length} pairs (${mine.filter((p) => p.label === "conflict").length} conflicts), both figures found in ${found}: conflict precision ${fmt(precision)}, recall ${fmt(recall)}; all four labels ${fmt(same / mine.length)}`);
    Object.assign(metrics, { [`${split}.precision`]: precision, [`${split}.recall`]: recall, [`${split}.labels`]: same / mine.length });
  }
  if (show) for (const e of errors.slice(0, show)) report.push(`  DEV ${e}`);
  return { name: "conflicts", report, metrics, data: ["eval/facts/gold/conflicts.tsv"] };
}
