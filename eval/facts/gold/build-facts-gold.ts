/**
 * Builds one half of eval/facts/gold/figures.jsonl and quotes.jsonl from the hand-written working
 * labels (kept outside the repository because they quote the labelled words): the TEST half of the
 * draw, the grown DEV half (draw.ts `drawGrownDev`) or the outlets DEV half (`drawOutletsDev`). A
 * labels file holds one half only; the lines
 * of the other halves are kept byte for byte, and the half's lines are replaced by one line per
 * article named in the labels, in draw order. The output holds ids, offsets and labels only.
 *
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/test-labels.tsv [--check]
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/grown-labels.tsv [--check]
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/outlets-labels.tsv [--check]
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/fresh-labels.tsv [--check]   (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/fresh2-labels.tsv [--check]  (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/fresh3-labels.tsv [--check]  (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/fresh4-labels.tsv [--check]  (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/fresh5-labels.tsv [--check]  (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/figs8/fresh6-labels.tsv [--check]        (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/figs10/fresh7-labels.tsv [--check]       (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/figs10/fresh8-labels.tsv [--check]       (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/fresh9-labels.tsv [--check]  (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/figs19/fresh10-labels.tsv [--check]     (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/figs22/fresh11-labels.tsv [--check]     (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/figs23/fresh12-labels.tsv [--check]     (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/figs25/fresh13-labels.tsv [--check]     (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/figs26/fresh14-labels.tsv [--check]     (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/figs28/fresh15-labels.tsv [--check]     (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig50/fresh16-labels.tsv [--check]      (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig60/fresh17-labels.tsv [--check]      (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig70/fresh18-labels.tsv [--check]      (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig72/fresh19-labels.tsv [--check]      (figures and quotes)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig76/fresh20-labels.tsv [--check]      (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig76/fresh21-labels.tsv [--check]      (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig77/fresh22-labels.tsv [--check]      (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig78/fresh23-labels.tsv [--check]      (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig82/fresh24-labels.tsv [--check]      (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig84/fresh25-labels.tsv [--check]      (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig86/newsfane-labels.tsv [--check]    (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig87/fresh26-labels.tsv [--check]      (figures only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig100/fresh27-labels.tsv [--check]     (figures only)
 *   MARSAD_WIKINEWS_DIR=/work/data/fig90/arabic-wikinews \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig90/labels.tsv [--check]               (figures only, Wikinews)
 *   MARSAD_ANT_LATER_DIR=/work/data/fig92/ant-multisource-later \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig92/antlater-labels.tsv [--check]      (figures only, later ANT)
 *   MARSAD_ANT_LATER_DIR=/work/data/fig92/ant-multisource-later \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig93/antlater2-labels.tsv [--check]     (figures only, later ANT 2)
 *   MARSAD_ANT_LATER_DIR=/work/data/lead/antlater \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig94/antlater3-labels.tsv [--check]     (figures only, later ANT 3)
 *   MARSAD_ANT_LATER_DIR=/work/data/lead/antlater \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig98/antlater4-labels.tsv [--check]     (figures only, later ANT 4)
 *   MARSAD_ANT_LATER_DIR=/work/data/lead/antlater \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig107/antlater5-labels.tsv [--check]    (figures only, later ANT 5)
 *   MARSAD_ANT_LATER_DIR=/work/data/lead/antlater \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig109/antlater6-labels.tsv [--check]    (figures only, later ANT 6)
 *   MARSAD_ANT_LATER_DIR=/work/data/lead/antlater \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig111/antlater7-labels.tsv [--check]    (figures only, later ANT 7)
 *   MARSAD_ANT_LATER_DIR=/work/data/lead/antlater \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig114/antlater8-labels.tsv [--check]    (figures only, later ANT 8)
 *   MARSAD_ANT_LATER_DIR=/work/data/lead/antlater \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/fig116/antlater9-labels.tsv [--check]    (figures only, later ANT 9)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/qts97/quoteslater-labels.tsv [--check]   (quotes only, later ANT)
 *   MARSAD_ANT_LATER_DIR=/work/data/lead/antlater \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/qts99/quoteslater2-labels.tsv [--check]  (quotes only, later ANT 2)
 *   MARSAD_ANT_LATER_DIR=/work/data/lead/antlater \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/qts108/quoteslater3-labels.tsv [--check] (quotes only, later ANT 3)
 *   MARSAD_ANT_LATER_DIR=/work/data/lead/antlater \
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/qts109/quoteslater4-labels.tsv [--check] (quotes only, later ANT 4)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/quotes-labels.tsv [--check]  (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/quotes2-labels.tsv [--check] (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/quotes3-labels.tsv [--check] (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/quotes4-labels.tsv [--check] (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/quotes10/quotes5-labels.tsv [--check]    (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/quotes12/quotes6-labels.tsv [--check]    (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/quotes7-labels.tsv [--check] (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/facts-gold/quotes8-labels.tsv [--check] (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/quotes19/quotes9-labels.tsv [--check]    (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/quotes22/quotes10-labels.tsv [--check]   (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/quotes23/quotes11-labels.tsv [--check]   (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/quotes26/quotes12-labels.tsv [--check]   (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/quotes29/quotes13-labels.tsv [--check]   (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/quotes40/quotes14-labels.tsv [--check]   (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/quotes50/quotes15-labels.tsv [--check]   (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/quotes70/quotes16-labels.tsv [--check]   (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/qts80/quotes17-labels.tsv [--check]      (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/qts85/quotes19-labels.tsv [--check]      (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/qts86/quotes20-labels.tsv [--check]      (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/qts87/quotes21-labels.tsv [--check]      (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/qts88/quotes22-labels.tsv [--check]      (quotes only)
 *   npx tsx eval/facts/gold/build-facts-gold.ts /work/data/qts89/quotes23-labels.tsv [--check]      (quotes only)
 *
 * Tab-separated lines (`#` starts a comment); `anchor` is words as they stand in the article body,
 * `occ` counts its appearances from 1:
 *   id  read                                        the article was read (none of its kind is a label)
 *   id  F  anchor  occ  kind  value  valueMax|-  qualifier  group|-  scope  [opt]
 *        the figure's span is the part of the anchor in [brackets] (the whole anchor without them)
 *   id  Q  startAnchor  occ  endAnchor  speaker|speaker…  [opt]
 *   id  N  startAnchor  occ  endAnchor  source
 *        a quote or narrative sentence runs from the start of startAnchor to the end of the first
 *        endAnchor found after it (`-`: the start anchor alone)
 * `--check` prints every label in its context and the TEST articles that have no label yet.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { BOTH_KINDS_PARTS, drawFactsSample, drawLaterDevHalves, drawWikinewsDev, drawAntLaterHalves, isAntLaterPart, drawQuotesLaterHalves, type DrawnArticle, type FactsPart, type LaterDevPart } from "../draw.js";
import type { GoldFigure, GoldFiguresLine, GoldQuote, GoldQuotesLine } from "../understood.js";

const FIGURES = new URL("./figures.jsonl", import.meta.url);
const QUOTES = new URL("./quotes.jsonl", import.meta.url);
const KINDS = new Set(["killed", "injured", "arrested", "displaced", "evacuated", "missing", "destroyed"]);
const QUALIFIERS = new Set(["exact", "about", "more_than", "at_least", "less_than", "up_to"]);
const GROUPS = new Set(["civilians", "children", "women", "soldiers", "police", "journalists", "medics", "fighters", "families"]);
const SCOPES = new Set(["e", "t", "b"]);

function nthIndex(hay: string, needle: string, n: number, from = 0): number {
  let at = from - 1;
  for (let k = 0; k < n; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export interface Labels {
  figures: Map<string, GoldFigure[]>;
  quotes: Map<string, GoldQuote[]>;
  narrative: Map<string, GoldQuotesLine["narrative"]>;
  read: Set<string>;
  errors: number;
}

const push = <T>(m: Map<string, T[]>, id: string, x: T) => (m.get(id) ?? m.set(id, []).get(id)!).push(x);

function context(body: string, start: number, end: number): string {
  const span = end - start > 160 ? `${body.slice(start, start + 70)} … ${body.slice(end - 70, end)}` : body.slice(start, end);
  return `…${body.slice(Math.max(0, start - 25), start)}[${span}]${body.slice(end, end + 20)}…`.replace(/\n/g, " ");
}

/** Resolves a labels file's anchors to offsets in the drawn articles' bodies (also read by agreement.ts). */
export function readLabels(path: string, articles: Map<string, DrawnArticle>, check: boolean): Labels {
  const labels: Labels = { figures: new Map(), quotes: new Map(), narrative: new Map(), read: new Set(), errors: 0 };
  readFileSync(path, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim() || line.startsWith("#")) return;
    const [id, tag, anchor, occText, ...rest] = line.split("\t");
    const fail = (message: string) => {
      labels.errors++;
      console.error(`line ${i + 1}: ${message}`);
    };
    const article = id ? articles.get(id) : undefined;
    if (!article) return fail(`${id} is not in the draw`);
    if (halfOf(article) === "first") return fail(`${id} is a DEV article of the first draw`);
    labels.read.add(id!);
    if (tag === "read") return;
    const body = article.body;
    const occ = Number(occText || 1);
    if (!anchor || !Number.isInteger(occ) || occ < 1) return fail("malformed anchor");
    const plain = anchor.replace(/[[\]]/g, "");
    const at = nthIndex(body, plain, occ);
    if (at < 0) return fail(`«${plain}» #${occ} not in ${id}`);
    if (tag === "F") {
      const [kind, value, valueMax, qualifier, group, scope, opt] = rest;
      const open = anchor.indexOf("[");
      const close = anchor.indexOf("]");
      const start = open < 0 ? at : at + open;
      const end = open < 0 ? at + plain.length : at + close - 1;
      if (!kind || !KINDS.has(kind) || !qualifier || !QUALIFIERS.has(qualifier) || !scope || !SCOPES.has(scope)) return fail("malformed figure");
      if (group !== "-" && !GROUPS.has(group!)) return fail(`unknown group ${group}`);
      if (!Number.isFinite(Number(value)) || (valueMax !== "-" && !Number.isFinite(Number(valueMax)))) return fail("malformed value");
      const figure: GoldFigure = { start, end, kind: kind as GoldFigure["kind"], value: Number(value), valueMax: valueMax === "-" ? null : Number(valueMax), qualifier: qualifier as GoldFigure["qualifier"], group: group === "-" ? null : group!, scope: scope as GoldFigure["scope"] };
      if (opt === "opt") figure.optional = true;
      push(labels.figures, id!, figure);
      if (check) console.log(`${id}\tF ${kind} ${value}${valueMax === "-" ? "" : `-${valueMax}`} ${qualifier} ${group} ${scope}${opt ? " opt" : ""}\t${context(body, start, end)}`);
      return;
    }
    if (tag !== "Q" && tag !== "N") return fail(`unknown tag ${tag}`);
    const [endAnchor, who, opt] = rest;
    if (!endAnchor || !who) return fail("malformed quote");
    const endAt = endAnchor === "-" ? at : body.indexOf(endAnchor, at);
    if (endAt < 0) return fail(`end «${endAnchor}» not after «${plain}» in ${id}`);
    const end = endAnchor === "-" ? at + plain.length : endAt + endAnchor.length;
    if (tag === "Q") {
      const quote: GoldQuote = { start: at, end, speaker: who.split("|") };
      if (opt === "opt") quote.optional = true;
      push(labels.quotes, id!, quote);
    } else push(labels.narrative, id!, { start: at, end, source: who });
    if (check) console.log(`${id}\t${tag} ${who}${opt ? " opt" : ""}\t${context(body, at, end)}`);
  });
  return labels;
}

const byStart = <T extends { start: number }>(xs: T[] | undefined): T[] => [...(xs ?? [])].sort((a, b) => a.start - b.start);

/** Keeps every line of the other halves and puts the half's new lines after them. */
function rewrite(file: URL, half: Set<string>, lines: string[]): void {
  const kept = readFileSync(file, "utf8").split("\n").filter((l) => l.trim() && !half.has((JSON.parse(l) as { id: string }).id));
  writeFileSync(file, [...kept, ...lines].join("\n") + "\n");
}

export type Half = "first" | "test" | Exclude<FactsPart, "any" | "event">;

/** The half of the gold a drawn article belongs to: the first draw's DEV or TEST, or a later DEV draw. */
export function halfOf(a: DrawnArticle): Half {
  if (a.split === "test") return "test";
  return a.part === "any" || a.part === "event" ? "first" : a.part;
}

function main(): void {
  const [path, ...flags] = process.argv.slice(2);
  if (!path) throw new Error("build-facts-gold: usage: build-facts-gold.ts LABELS.tsv [--check]");
  const check = flags.includes("--check");
  const drawn = [...drawFactsSample(), ...drawLaterDevHalves(), ...drawWikinewsDev(), ...drawAntLaterHalves(), ...drawQuotesLaterHalves()];
  const articles = new Map(drawn.map((a) => [a.id, a]));
  const labels = readLabels(path, articles, check);
  const labelled = drawn.filter((a) => labels.read.has(a.id));
  const halves = new Set(labelled.map(halfOf));
  if (halves.size > 1) {
    labels.errors++;
    console.error(`a labels file holds one half (TEST, grown or outlets), not ${[...halves].join(" and ")}`);
  }
  const which: Half = labelled[0] ? halfOf(labelled[0]) : "test";
  const half = drawn.filter((a) => halfOf(a) === which);
  const figures = labelled.map((a): GoldFiguresLine => ({ id: a.id, split: a.split, figures: byStart(labels.figures.get(a.id)) }));
  const quotes = labelled.map((a): GoldQuotesLine => ({ id: a.id, split: a.split, quotes: byStart(labels.quotes.get(a.id)), narrative: byStart(labels.narrative.get(a.id)) }));
  if (!labels.errors) {
    const halfIds = new Set(half.map((a) => a.id));
    // The quotes halves label quotes only: their articles get no figures line.
    if (!which.startsWith("quotes")) rewrite(FIGURES, halfIds, figures.map((l) => JSON.stringify(l)));
    // The fresh halves, the NewsFANE half and the Wikinews half label figures only (their articles get no quotes line), but those of BOTH_KINDS_PARTS.
    if ((!which.startsWith("fresh") && which !== "newsfane" && which !== "wikinews" && !isAntLaterPart(which)) || BOTH_KINDS_PARTS.has(which as LaterDevPart)) rewrite(QUOTES, halfIds, quotes.map((l) => JSON.stringify(l)));
  }
  if (check) for (const a of half) if (!labels.read.has(a.id)) console.log(`unlabelled: ${a.id}`);
  const count = (m: Map<string, unknown[]>) => [...m.values()].reduce((n, xs) => n + xs.length, 0);
  console.error(`${labelled.length} ${which === "test" ? "TEST" : `${which} DEV`} articles: ${count(labels.figures)} figures, ${count(labels.quotes)} quotes, ${count(labels.narrative)} narrative${labels.errors ? `; ${labels.errors} errors, nothing written` : ""}`);
  if (labels.errors) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, "/"))) main();
