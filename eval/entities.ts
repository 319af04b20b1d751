/**
 * `npm run eval -- entities [--split dev|test | --dev] [--show]`: marsad's entities against the hand-labelled
 * entity gold (eval/entities/gold.json; draw and split rule in eval/entities/draw.ts). Each article
 * body goes through recognizeEntities + mergeEntities, as `understand` does. Per gold entity:
 * - found: a recognized span overlaps one of its mentions;
 * - right type: such a span has its type;
 * - right span: a recognized span of its type covers one of its mentions exactly (the issue's
 *   target: ≥ 90% on TEST);
 * - merged right: all its exactly recognized mentions land in one merged entity, which holds no
 *   exactly recognized mention of another gold entity;
 * plus span precision: recognized spans overlapping no gold mention are false alarms.
 * FRESH (eval/entities/gold.fresh.json, drawFreshArticles) is a third half from outlets neither DEV
 * nor TEST holds, labelled after DEV had been tuned on: its score estimates how the rules generalise.
 * FRESH2 (eval/entities/gold.fresh2.json, drawFresh2Articles) is a fourth, one article per outlet of
 * both files outside every earlier draw, labelled by hand in session 21 before marsad was run on it.
 * FRESH3 (eval/entities/gold.fresh3.json, drawFresh3Articles) is a fifth, drawn the same way outside FRESH2
 * too, labelled by hand in session 40 before marsad was run on it.
 * FRESH4 (eval/entities/gold.fresh4.json, drawFresh4Articles) is a sixth, drawn as TEST was (the first draw's
 * order continued in each file, not one article per outlet) so that its errors look like TEST's, labelled by hand
 * in session 73 before marsad was run on it. FRESH5 (gold.fresh5.json, drawFresh5Articles) is a seventh, the same order
 * continued past FRESH4, labelled by hand in session 78 before marsad was run on it. FRESH6 (gold.fresh6.json,
 * drawFresh6Articles) is an eighth, the same order continued past FRESH5, labelled in session 80 before marsad was run on it.
 * FRESH7 (gold.fresh7.json, drawFresh7Articles) is a ninth, the same order continued past FRESH6, labelled in session 91
 * before marsad was run on it.
 * FRESH8 (gold.fresh8.json, drawFresh8Articles) is a tenth, from another file: the ANT repository's later months (July–October
 * 2018, eval/facts/ant-later.ts), 5 articles of each outlet, labelled by ent103 before marsad was run on it. Its bodies are
 * read at eval time and never copied into the repository; when the file is absent (CI) the half is skipped and said so.
 * FRESH9 (gold.fresh9.json, drawFresh9Articles) is an eleventh from the same file, 5 more of each outlet (none of FRESH8 nor
 * of the facts' later-ANT halves), labelled by ent107 before marsad was run on it; skipped likewise. FRESH10 (gold.fresh10.json,
 * drawFresh10Articles) is a twelfth from the same file, 6 more of each outlet (none of FRESH8, FRESH9, the facts' later-ANT
 * order's first 50 nor the quotes' later-ANT order's first 20 per outlet), labelled by ent110 before marsad was run on it;
 * skipped likewise.
 * The gate (eval/gate.ts) checks TEST against eval/floors/entities.json; tune on DEV. `--dev` scores every
 * half but TEST and checks no floor, so a tuning run never prints TEST or tells whether a TEST floor holds.
 */
import { readFileSync } from "node:fs";
import { mergeEntities, recognizeEntities } from "../src/understand/entities/index.js";
import { nameForm } from "../src/understand/entities/merge.js";
import type { EntitySpan } from "../src/understand/entities/span.js";
import { drawEntityArticles, drawFresh2Articles, drawFresh3Articles, drawFresh4Articles, drawFresh5Articles, drawFresh6Articles, drawFresh7Articles, drawFresh8Articles, drawFresh9Articles, drawFresh10Articles, drawFreshArticles } from "./entities/draw.js";
import { antLaterAbsence } from "./facts/ant-later.js";
import type { EvalOutcome } from "./gate.js";
import type { GoldArticle } from "./entities/build-gold.js";

const GOLD = new URL("entities/gold.json", import.meta.url);
const FRESH_GOLD = new URL("entities/gold.fresh.json", import.meta.url);
const FRESH2_GOLD = new URL("entities/gold.fresh2.json", import.meta.url);
const FRESH3_GOLD = new URL("entities/gold.fresh3.json", import.meta.url);
const FRESH4_GOLD = new URL("entities/gold.fresh4.json", import.meta.url);
const FRESH5_GOLD = new URL("entities/gold.fresh5.json", import.meta.url);
const FRESH6_GOLD = new URL("entities/gold.fresh6.json", import.meta.url);
const FRESH7_GOLD = new URL("entities/gold.fresh7.json", import.meta.url);
const FRESH8_GOLD = new URL("entities/gold.fresh8.json", import.meta.url);
const FRESH9_GOLD = new URL("entities/gold.fresh9.json", import.meta.url);
const FRESH10_GOLD = new URL("entities/gold.fresh10.json", import.meta.url);
/** The halves drawn from the later-ANT file, which CI has no copy of. */
const LATER_ANT_SPLITS = new Set(["fresh8", "fresh9", "fresh10"]);

const readGold = (url: URL): GoldArticle[] => (JSON.parse(readFileSync(url, "utf8")) as { articles: GoldArticle[] }).articles;

interface Tally {
  entities: number;
  found: number;
  rightType: number;
  rightSpan: number;
  mergedRight: number;
  spans: number;
  falseAlarms: number;
}

const empty = (): Tally => ({ entities: 0, found: 0, rightType: 0, rightSpan: 0, mergedRight: 0, spans: 0, falseAlarms: 0 });
const overlaps = (s: EntitySpan, [a, b]: [number, number]) => s.start < b && a < s.end;

function scoreArticle(body: string, gold: GoldArticle, t: Tally, show: boolean): void {
  const spans = recognizeEntities(body);
  const merged = mergeEntities(spans);
  const entityOf = (s: EntitySpan) => merged.findIndex((e) => e.mentions.includes(nameForm(s.text, s.type)) || e.aliases.includes(nameForm(s.text, s.type)));
  const exactOwner = new Map<number, number>(); // merged entity → gold entity index
  const conflicted = new Set<number>();
  gold.entities.forEach((g, gi) => {
    t.entities++;
    const near = spans.filter((s) => g.mentions.some((m) => overlaps(s, m)));
    const exact = spans.filter((s) => s.type === g.type && g.mentions.some(([a, b]) => s.start === a && s.end === b));
    if (near.length) t.found++;
    if (near.some((s) => s.type === g.type)) t.rightType++;
    if (exact.length) t.rightSpan++;
    else if (show) console.log(`  miss ${gold.id} ${g.type} «${g.name}»: ${near.map((s) => `${s.type}:«${s.text}»`).join(", ") || "nothing"}`);
    const owners = new Set(exact.map(entityOf));
    for (const o of owners) {
      if (exactOwner.has(o) && exactOwner.get(o) !== gi) conflicted.add(o);
      exactOwner.set(o, gi);
    }
  });
  gold.entities.forEach((g) => {
    const exact = spans.filter((s) => s.type === g.type && g.mentions.some(([a, b]) => s.start === a && s.end === b));
    const owners = new Set(exact.map(entityOf));
    if (exact.length && owners.size === 1 && ![...owners].some((o) => o < 0 || conflicted.has(o))) t.mergedRight++;
    else if (exact.length && show) console.log(`  merge ${gold.id} «${g.name}»: ${owners.size} entities`);
  });
  for (const s of spans) {
    t.spans++;
    if (!gold.entities.some((g) => g.mentions.some((m) => overlaps(s, m)))) {
      t.falseAlarms++;
      if (show) console.log(`  false ${gold.id} ${s.type}:«${s.text}»`);
    }
  }
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "-").padStart(6);

export async function run(args: string[]): Promise<EvalOutcome> {
  const gold = [...readGold(GOLD), ...readGold(FRESH_GOLD), ...readGold(FRESH2_GOLD), ...readGold(FRESH3_GOLD), ...readGold(FRESH4_GOLD), ...readGold(FRESH5_GOLD), ...readGold(FRESH6_GOLD), ...readGold(FRESH7_GOLD), ...readGold(FRESH8_GOLD), ...readGold(FRESH9_GOLD), ...readGold(FRESH10_GOLD)];
  const bodies = new Map([...drawEntityArticles(), ...drawFreshArticles(), ...drawFresh2Articles(), ...drawFresh3Articles(), ...drawFresh4Articles(), ...drawFresh5Articles(), ...drawFresh6Articles(), ...drawFresh7Articles(), ...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()].map((a) => [a.id, a.body]));
  const laterAntMissing = antLaterAbsence();
  let laterAntSkipped = 0;
  const only = args.includes("--split") ? args[args.indexOf("--split") + 1] : null;
  const show = args.includes("--show");
  const devOnly = args.includes("--dev");
  const tallies: Record<string, Tally> = { dev: empty(), fresh: empty(), fresh2: empty(), fresh3: empty(), fresh4: empty(), fresh5: empty(), fresh6: empty(), fresh7: empty(), fresh8: empty(), fresh9: empty(), fresh10: empty(), test: empty() };
  for (const g of gold) {
    if ((only && g.split !== only) || (devOnly && g.split === "test")) continue;
    if (LATER_ANT_SPLITS.has(g.split) && laterAntMissing) {
      laterAntSkipped++;
      continue;
    }
    const body = bodies.get(g.id);
    if (body === undefined) throw new Error(`eval entities: gold article ${g.id} is not in the draw`);
    scoreArticle(body, g, tallies[g.split]!, show && (only !== null || g.split !== "test"));
  }
  console.log(`split  entities  found  rightType  rightSpan  mergedRight  | spans  precision(overlap)`);
  for (const [split, t] of Object.entries(tallies)) {
    if (!t.entities) continue;
    console.log(`${split.padEnd(5)}  ${String(t.entities).padStart(8)} ${pct(t.found, t.entities)} ${pct(t.rightType, t.entities)}     ${pct(t.rightSpan, t.entities)}     ${pct(t.mergedRight, t.entities)}       | ${String(t.spans).padStart(5)} ${pct(t.spans - t.falseAlarms, t.spans)}`);
  }
  if (laterAntSkipped) console.log(`fresh8 to fresh10: ${laterAntSkipped} labelled articles skipped, ${laterAntMissing}`);
  const metrics: Record<string, number> = {};
  for (const [split, t] of Object.entries(tallies)) {
    // FRESH8's to FRESH10's text is absent in CI, so they have no metric a floor could be pinned to (as the facts' Wikinews half).
    if (!t.entities || LATER_ANT_SPLITS.has(split)) continue;
    for (const m of ["found", "rightType", "rightSpan", "mergedRight"] as const) metrics[`${split}.${m}`] = (100 * t[m]) / t.entities;
  }
  return { metrics, data: ["../shared/data/ant-multisource-sample/articles.jsonl", "../shared/data/saudinewsnet-sample/articles.jsonl"], partial: only !== null || devOnly };
}
