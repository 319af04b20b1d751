/**
 * Annotator agreement on the figures gold (issue 12): a second annotator's labels of a DEV half,
 * written as anchors in the format of `build-facts-gold.ts` and resolved by its resolver, are scored
 * against the gold of eval/facts/gold/figures.jsonl with the figures section's matching (per article,
 * the distinct (kind, value, valueMax, group); an optional label is neither required nor an error;
 * qualifier agreement over the tuples found). The same articles are scored for marsad against the
 * gold and against the second annotator, so the gap between marsad and the gold can be set beside the
 * gap between two careful readers of the same conventions.
 *
 *   npx tsx eval/facts/gold/agreement.ts /work/data/agree23/fresh11-second.tsv fresh11 [--show]
 *
 * Every label one side requires and the other does not have is listed with its cause, read from the
 * labels at the same place (overlapping spans): another group, another kind or another value of the
 * same words, or no label there at all (a count one side did not take). A label one side requires and
 * the other has optional agrees (it is found and not an error), and is counted apart. TEST is refused:
 * it is not read here.
 */
import { drawFactsSample, drawLaterDevHalves, LATER_DEV_PARTS, type DrawnArticle } from "../draw.js";
import { SCORED_KINDS, tupleOf } from "../sections/figures.js";
import { fmt, ratio, readJsonl, understandDrawn, type GoldFigure } from "../understood.js";
import { readLabels } from "./build-facts-gold.js";

/** A figure as both annotators and marsad give it (marsad's facts have no optional flag). */
export interface Figure {
  kind: string;
  value: number;
  valueMax: number | null;
  group: string | null;
  qualifier: string;
  start?: number | undefined;
  end?: number | undefined;
  optional?: boolean | undefined;
}

export type Cause = "group" | "kind" | "value" | "no label there";

export interface Disagreement {
  id: string;
  /** `missed`: the reference requires it and the other side has no such tuple; `extra`: the other way round. */
  side: "missed" | "extra";
  key: string;
  cause: Cause;
  /** The other side's tuple at the same place, when there is one. */
  there: string | null;
  context: string;
}

export interface Comparison {
  articles: number;
  tp: number;
  fp: number;
  fn: number;
  qualifierRight: number;
  /** Tuples one side requires and the other labels only as optional (agreement, counted apart). */
  optionalOnOneSide: number;
  disagreements: Disagreement[];
  /** Not scored: a tuple required on one side and optional on the other, or optional on one side and absent on the other. */
  unscored: string[];
}

export const newComparison = (): Comparison => ({ articles: 0, tp: 0, fp: 0, fn: 0, qualifierRight: 0, optionalOnOneSide: 0, disagreements: [], unscored: [] });

const overlaps = (a: Figure, b: Figure): boolean =>
  a.start !== undefined && b.start !== undefined && a.start < (b.end ?? b.start + 1) && b.start < (a.end ?? a.start + 1);

function causeOf(mine: Figure[], theirs: Figure[]): { cause: Cause; there: string | null } {
  const key = tupleOf(mine[0]!);
  const there = theirs.find((t) => tupleOf(t) !== key && mine.some((m) => overlaps(m, t)));
  if (!there) return { cause: "no label there", there: null };
  const m = mine[0]!;
  const cause: Cause = there.kind !== m.kind ? "kind" : there.value !== m.value || there.valueMax !== m.valueMax ? "value" : "group";
  return { cause, there: tupleOf(there) };
}

const byKey = (xs: Figure[]): Map<string, Figure[]> => {
  const out = new Map<string, Figure[]>();
  for (const x of xs) {
    const key = tupleOf(x);
    (out.get(key) ?? out.set(key, []).get(key)!).push(x);
  }
  return out;
};

/**
 * Scores `other` against `reference` on one article as the figures section scores marsad against the
 * gold: tp a tuple the reference requires that the other side has (required or optional), fn one it
 * requires that the other side lacks, fp one the other side requires that the reference lacks.
 */
export function compareArticle(id: string, body: string, reference: Figure[], other: Figure[], into: Comparison): void {
  into.articles++;
  const scored = (xs: Figure[]) => xs.filter((x) => SCORED_KINDS.has(x.kind));
  const ref = byKey(scored(reference));
  const oth = byKey(scored(other));
  const where = (f: Figure) => (f.start === undefined ? "" : body.slice(Math.max(0, f.start - 30), f.start + 30).replace(/\s+/g, " "));
  const required = (xs: Figure[]) => xs.some((x) => !x.optional);
  for (const [key, rs] of ref) {
    if (!required(rs)) continue;
    const os = oth.get(key);
    if (!os) {
      into.fn++;
      into.disagreements.push({ id, side: "missed", key, ...causeOf(rs, scored(other)), context: where(rs[0]!) });
      continue;
    }
    into.tp++;
    if (!required(os)) {
      into.optionalOnOneSide++;
      into.unscored.push(`${id}\trequired by the reference, optional on the other side ${key}\t… ${where(rs[0]!)} …`);
    }
    if (os.some((o) => rs.some((r) => r.qualifier === o.qualifier))) into.qualifierRight++;
  }
  for (const [key, xs] of [...ref].filter(([k]) => !oth.has(k)).concat([...oth].filter(([k]) => !ref.has(k)))) {
    if (!required(xs)) into.unscored.push(`${id}\toptional on one side only ${key}\t… ${where(xs[0]!)} …`);
  }
  for (const [key, os] of oth) {
    if (!required(os)) continue;
    const rs = ref.get(key);
    if (rs && !required(rs)) {
      into.optionalOnOneSide++;
      into.unscored.push(`${id}\toptional in the reference, required on the other side ${key}\t… ${where(os[0]!)} …`);
    }
    if (rs) continue;
    into.fp++;
    into.disagreements.push({ id, side: "extra", key, ...causeOf(os, scored(reference)), context: where(os[0]!) });
  }
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  qualifier: number;
}

export function scores(c: Comparison): Scores {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), qualifier: ratio(c.qualifierRight, c.tp) };
}

/** The disagreements counted by side and cause, e.g. `missed/group 3`. */
export function causeCounts(c: Comparison): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of c.disagreements) out.set(`${d.side}/${d.cause}`, (out.get(`${d.side}/${d.cause}`) ?? 0) + 1);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function tableLine(label: string, c: Comparison): string {
  const s = scores(c);
  const causes = [...causeCounts(c)].map(([k, n]) => `${k} ${n}`).join(", ");
  return `${label}: ${c.articles} articles, P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}, qualifier ${fmt(s.qualifier)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}; required on one side, optional on the other ${c.optionalOnOneSide})${causes ? `; ${causes}` : ""}`;
}

/** A run of this script: the anchors file, the half compared, whether it is the TEST agreement study, and whether disagreements are listed. */
export interface AgreementRun {
  path: string;
  part: string;
  test: boolean;
  show: boolean;
}

const USAGE = "agreement: usage: agreement.ts ANCHORS.tsv PART [--show]   (PART: a later DEV half, e.g. fresh11; or test --test-agreement)";

/** Reads the command line; TEST is refused unless `--test-agreement` asks for it, and that flag is for TEST only. */
export function parseAgreementArgs(args: readonly string[]): AgreementRun {
  const [path, part, ...flags] = args;
  if (!path || !part) throw new Error(USAGE);
  const unknown = flags.filter((f) => f !== "--show" && f !== "--test-agreement");
  if (unknown.length) throw new Error(`agreement: unknown flag ${unknown.join(" ")}`);
  const test = flags.includes("--test-agreement");
  if (part === "test" && !test) throw new Error("agreement: TEST is not read here (agreement is a DEV study; --test-agreement runs the TEST agreement study)");
  if (test && part !== "test") throw new Error("agreement: --test-agreement is for PART test only");
  if (!test && !(LATER_DEV_PARTS as readonly string[]).includes(part)) throw new Error(`agreement: ${part} is not a later DEV half`);
  return { path, part, test, show: flags.includes("--show") };
}

/** marsad's row on TEST: the scores and counts only, no causes and no article. */
export function aggregateLine(label: string, c: Comparison): string {
  const s = scores(c);
  return `${label}: ${c.articles} articles, P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

/** The articles a run compares: the named DEV half's labelled articles, or every TEST article (none may be missing). */
function articlesOf(run: AgreementRun, drawn: DrawnArticle[], read: Set<string>): DrawnArticle[] {
  if (!run.test) return drawn.filter((a) => a.part === run.part && read.has(a.id));
  const test = drawn.filter((a) => a.split === "test");
  const missing = test.filter((a) => !read.has(a.id));
  if (missing.length) throw new Error(`agreement: ${missing.length} TEST articles are not in the anchors file (first: ${missing[0]!.id})`);
  return test;
}

function main(): void {
  const run = parseAgreementArgs(process.argv.slice(2));
  const drawn = [...drawFactsSample(), ...drawLaterDevHalves()];
  const labels = readLabels(run.path, new Map(drawn.map((a) => [a.id, a])), false);
  if (labels.errors) throw new Error(`agreement: ${labels.errors} anchors did not resolve`);
  const articles = articlesOf(run, drawn, labels.read);
  const gold = new Map(readJsonl<{ id: string; figures: GoldFigure[] }>("figures.jsonl").map((l) => [l.id, l.figures]));
  const marsad = understandDrawn(articles);
  const vsGold = newComparison();
  const marsadVsGold = newComparison();
  const marsadVsSecond = newComparison();
  for (const a of articles) {
    const g = gold.get(a.id);
    if (!g) throw new Error(`agreement: ${a.id} has no gold line`);
    const second = labels.figures.get(a.id) ?? [];
    const facts = marsad.get(a.id)!.article.facts;
    compareArticle(a.id, a.body, g, second, vsGold);
    compareArticle(a.id, a.body, g, facts, marsadVsGold);
    compareArticle(a.id, a.body, second, facts, marsadVsSecond);
  }
  const marsadLine = run.test ? aggregateLine : tableLine;
  console.log(tableLine(`second annotator vs gold (${run.part})`, vsGold));
  console.log(marsadLine(`marsad vs gold (${run.part}, same articles)`, marsadVsGold));
  console.log(marsadLine(`marsad vs second annotator (${run.part}, same articles)`, marsadVsSecond));
  if (!run.show) return;
  // On TEST only the two annotators' disagreements are listed: marsad's TEST errors stay unread.
  const listed: [string, Comparison][] = [["annotator 2 vs gold", vsGold]];
  if (!run.test) listed.push(["marsad vs gold", marsadVsGold], ["marsad vs annotator 2", marsadVsSecond]);
  for (const [label, c] of listed)
    for (const d of c.disagreements) console.log(`  ${label}\t${d.id}\t${d.side} ${d.key}\t${d.cause}${d.there ? ` (${d.there})` : ""}\t… ${d.context} …`);
  for (const u of vsGold.unscored) console.log(`  annotator 2 vs gold, unscored\t${u}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, "/"))) main();
