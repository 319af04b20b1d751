/**
 * `npm run eval -- facts [section…] [--show N]`: the hand-labelled facts gold of issue 12 (figures,
 * quotes, conflicts, dates, text dumps, read-also), one module per section in eval/facts/sections/.
 * The articles are drawn by eval/facts/draw.ts; every section reports its TEST half (DEV is for tuning).
 * `--dev` leaves every section's TEST half out (not scored, not printed) and checks no floor (a partial run), so a
 * tuning run neither shows TEST nor says whether a TEST floor holds.
 */
import { readdirSync } from "node:fs";
import type { EvaluateSection, FactsSection } from "./facts/section.js";
import type { EvalOutcome } from "./gate.js";

/** The corpora eval/facts/draw.ts draws the articles from (NewsFANE's sentences, outside the TEST part of a split rule that reads ANERcorp test). Wikinews (facts/wikinews.ts) and the later ANT articles (facts/ant-later.ts) are not among them: CI has no copy, and their halves have no floor. */
const DRAW_DATA = [
  "../shared/data/ant-multisource-sample",
  "../shared/data/saudinewsnet-sample",
  "../shared/data/arabic-unlabeled",
  "../shared/data/newsfane-gold/newsfane_public.txt",
  "../shared/data/anercorp-camel/test_public.txt",
];

const SECTIONS_DIR = new URL("./facts/sections/", import.meta.url);

function listSections(): string[] {
  try {
    return readdirSync(SECTIONS_DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => f.replace(/\.ts$/, "")).sort();
  } catch {
    return [];
  }
}

export async function run(args: string[]): Promise<EvalOutcome> {
  const available = listSections();
  const wanted = args.filter((a) => !a.startsWith("--") && available.includes(a));
  const names = wanted.length ? wanted : available;
  if (!names.length) console.log("eval facts: no section modules in eval/facts/sections/ yet");
  const results: FactsSection[] = [];
  for (const name of names) {
    const mod = (await import(new URL(`${name}.ts`, SECTIONS_DIR).href)) as { evaluate: EvaluateSection };
    const section = await mod.evaluate(args);
    results.push(section);
    console.log(`\n## ${section.name}`);
    for (const line of section.report) console.log(line);
  }
  console.log("\n## metrics");
  for (const s of results) for (const [k, v] of Object.entries(s.metrics)) console.log(`${s.name}.${k}\t${Number.isInteger(v) ? v : v.toFixed(3)}`);
  return {
    metrics: Object.fromEntries(results.flatMap((s) => Object.entries(s.metrics).map(([k, v]) => [`${s.name}.${k}`, v]))),
    data: [...new Set([...DRAW_DATA, ...results.flatMap((s) => s.data ?? [])])],
    partial: (wanted.length > 0 && wanted.length < available.length) || args.includes("--dev"),
  };
}
