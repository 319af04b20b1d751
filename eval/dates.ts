/**
 * `npm run eval -- dates [--show N]`: date mentions against
 * 1. ../shared/data/arabic-timex-heideltime/docs/*.tml — SILVER TimeML (a rule system's output, see
 *    its SOURCE.md). Spans: strict (same characters) and relaxed (overlap) precision/recall/F1 over
 *    DATE and TIME tags (what marsad reads), plus recall per TimeML type (DURATION and SET are not
 *    dates, so marsad does not aim at them). Values: only for silver tags whose text holds a
 *    four-digit year (the corpus stores no document date, so relative values cannot be judged).
 *    Relative expressions are resolved against REFERENCE_DAY, the month the corpus was written in:
 *    that makes them found, not scored. Disagreements are printed for reading.
 * 2. src/understand/fixtures/dates.json — the project's own cases: exact text + value.
 * Floors in eval/floors/dates.json, checked by the gate (eval/gate.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findDateSpans, type DateSpan } from "../src/understand/dates/mentions.js";
import type { EvalOutcome } from "./gate.js";

const REPO = new URL("../", import.meta.url);
const SILVER_DIR = fileURLToPath(new URL("../shared/data/arabic-timex-heideltime/docs/", REPO));
const FIXTURES = new URL("src/understand/fixtures/dates.json", REPO);
// SOURCE.md: the texts are Omani press of December 2015; most "اليوم" tags carry 2015-12-24.
const REFERENCE_DAY = "2015-12-24";

interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

/** Strips the TimeML markup, keeping TIMEX3 spans as offsets into the plain text. */
export function readTml(xml: string): { text: string; timexes: Timex[] } {
  const inner = xml.replace(/^[\s\S]*?<TimeML>\n?/, "").replace(/<\/TimeML>[\s\S]*$/, "").replace(/^\uFEFF/, "");
  let text = "";
  const timexes: Timex[] = [];
  const re = /<TIMEX3([^>]*)>([\s\S]*?)<\/TIMEX3>|<[^>]+>/g;
  let last = 0;
  for (const m of inner.matchAll(re)) {
    text += inner.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] === undefined) continue;
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? "";
    const start = text.length;
    text += m[2]!;
    timexes.push({ start, end: text.length, type: attr("type"), value: attr("value"), text: m[2]! });
  }
  text += inner.slice(last);
  return { text: text.replace(/\uFEFF/g, " "), timexes };
}

const prf = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number) => (x * 100).toFixed(1);

/** Our value written at the silver tag's precision (2015, 2015-12, 2015-12-25). */
function atPrecision(ours: DateSpan, silver: string): string {
  return ours.value.slice(0, silver.length);
}

export async function run(args: string[]): Promise<EvalOutcome> {
  const showAt = args.indexOf("--show");
  const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 15;
  const files = readdirSync(SILVER_DIR).filter((f) => f.endsWith(".tml")).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  let strictTp = 0;
  let relaxedTp = 0;
  let fp = 0;
  let goldDates = 0;
  let relaxedFoundDates = 0;
  let calendarDates = 0;
  let calendarFound = 0;
  const byType = new Map<string, { n: number; found: number }>();
  let valueJudged = 0;
  let valueAgree = 0;
  const misses: string[] = [];
  const extras: string[] = [];
  const valueDiffs: string[] = [];
  for (const f of files) {
    const { text, timexes } = readTml(readFileSync(SILVER_DIR + f, "utf8"));
    const ours = findDateSpans(text, REFERENCE_DAY);
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    for (const t of timexes) {
      const bt = byType.get(t.type) ?? { n: 0, found: 0 };
      bt.n++;
      const hit = ours.find((o) => overlaps(o, t));
      if (hit) bt.found++;
      byType.set(t.type, bt);
      if (t.type !== "DATE" && t.type !== "TIME") continue;
      goldDates++;
      if (hit) relaxedFoundDates++;
      else misses.push(`${f}: «${t.text}» ${t.value}`);
      // A calendar value (2015, 2015-12, 2015-12-25), not PRESENT_REF / PAST_REF / a century.
      if (/^\d{4}/.test(t.value)) {
        calendarDates++;
        if (hit) calendarFound++;
      }
      if (/\d{4}/.test(t.text) && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.value) && hit) {
        valueJudged++;
        if (atPrecision(hit, t.value) === t.value) valueAgree++;
        else valueDiffs.push(`${f}: «${t.text}» silver ${t.value}, marsad «${hit.text}» ${hit.value} (${hit.precision})`);
      }
    }
    const dateTags = timexes.filter((t) => t.type === "DATE" || t.type === "TIME");
    for (const o of ours) {
      const strict = dateTags.some((t) => t.start === o.start && t.end === o.end);
      const relaxed = timexes.some((t) => overlaps(o, t));
      if (strict) strictTp++;
      if (relaxed) relaxedTp++;
      else {
        fp++;
        extras.push(`${f}: «${o.text}» → ${o.value} (${o.kind}, ${o.precision}) …${text.slice(Math.max(0, o.start - 30), o.end + 30).replace(/\s+/g, " ")}…`);
      }
    }
  }
  const oursTotal = relaxedTp + fp;
  const strict = prf(strictTp, oursTotal - strictTp, goldDates - strictTp);
  const relaxed = { p: oursTotal ? relaxedTp / oursTotal : 0, r: goldDates ? relaxedFoundDates / goldDates : 0, f: 0 };
  relaxed.f = relaxed.p + relaxed.r ? (2 * relaxed.p * relaxed.r) / (relaxed.p + relaxed.r) : 0;

  console.log(`arabic-timex-heideltime (SILVER), ${files.length} docs, reference day ${REFERENCE_DAY}`);
  console.log(`| match | P | R | F1 |`);
  console.log(`|---|---|---|---|`);
  console.log(`| strict span (DATE+TIME) | ${pct(strict.p)} | ${pct(strict.r)} | ${pct(strict.f)} |`);
  console.log(`| relaxed span (overlap; P against any TIMEX3) | ${pct(relaxed.p)} | ${pct(relaxed.r)} | ${pct(relaxed.f)} |`);
  console.log(`marsad spans: ${oursTotal}; silver DATE+TIME: ${goldDates}`);
  console.log(`relaxed recall on silver DATE+TIME with a calendar value (not PRESENT_REF/PAST_REF/centuries): ${calendarFound}/${calendarDates} = ${pct(calendarDates ? calendarFound / calendarDates : 0)}%`);
  console.log(`recall by silver type: ${[...byType.entries()].sort().map(([t, v]) => `${t} ${v.found}/${v.n}`).join(", ")}`);
  console.log(`value agreement on silver tags with a written year: ${valueAgree}/${valueJudged} = ${pct(valueJudged ? valueAgree / valueJudged : 0)}%`);
  const sample = (title: string, rows: string[]) => {
    console.log(`\n${title} (${rows.length}${rows.length > show ? `, first ${show}` : ""}):`);
    for (const r of rows.slice(0, show)) console.log(`  ${r}`);
  };
  sample("silver DATE/TIME that marsad does not find", misses);
  sample("marsad spans the silver does not tag", extras);
  sample("value disagreements", valueDiffs);

  const fixtures = JSON.parse(readFileSync(FIXTURES, "utf8")) as { cases: Array<{ text: string; publishedAt: string; expect: Array<[string, string]> }> };
  let fxTp = 0;
  let fxFp = 0;
  let fxFn = 0;
  for (const c of fixtures.cases) {
    const got = findDateSpans(c.text, c.publishedAt).filter((d) => d.precision !== "year").map((d) => `${d.text}=${d.value.slice(0, 10)}`);
    const want = c.expect.map(([t, v]) => `${t}=${v}`);
    fxTp += got.filter((g) => want.includes(g)).length;
    fxFp += got.filter((g) => !want.includes(g)).length;
    fxFn += want.filter((w) => !got.includes(w)).length;
  }
  const fx = prf(fxTp, fxFp, fxFn);
  console.log(`\nfixtures (${fixtures.cases.length} sentences, text+value exact): P ${pct(fx.p)} R ${pct(fx.r)} F1 ${pct(fx.f)}`);

  return {
    metrics: {
      silverRelaxedRecallDate: relaxed.r * 100,
      silverRelaxedPrecision: relaxed.p * 100,
      silverRelaxedF1: relaxed.f * 100,
      silverValueAgreement: valueJudged ? (valueAgree / valueJudged) * 100 : 0,
      fixturesF1: fx.f * 100,
    },
    data: ["../shared/data/arabic-timex-heideltime/docs", "src/understand/fixtures/dates.json"],
  };
}
