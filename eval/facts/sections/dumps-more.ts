/**
 * More-dumps section of `npm run eval -- facts` (issue 12): text dumps of real Arabic news pages found after dumps92,
 * kept apart from the `dumps` section's eight pages so both sets keep their own DEV/TEST split. The set is a folder
 * (MARSAD_ARABIC_PAGES_2, else ../shared/data/arabic-news-pages-2) holding the pages (`pages/`), their gold labelled
 * by hand (`gold.jsonl`: title, publishedAt, source, body checks), its SOURCE.md, and `dumps/`, the pages rendered by
 * eval/facts/dumps/make-dumps.ts `--pages <folder> --hash-split` (DEV/TEST by the sha256 of each page's address,
 * fixed before the pages were read). Scored as the `dumps` section scores its dumps (same fields, same folding).
 * The pages hold publishers' text: never in the repository; when the folder is absent (as on CI) the section says
 * "skipped" and reports nothing. `--dev` leaves TEST out; `--show N` lists up to N DEV misses.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FactsSection } from "../section.js";
import { scoreDumpFolder, tallyLine, tallyMetrics } from "./dumps.js";

export const MORE_PAGES_DIR = process.env.MARSAD_ARABIC_PAGES_2 ?? fileURLToPath(new URL("../../../../shared/data/arabic-news-pages-2/", import.meta.url));

export async function evaluate(args: string[]): Promise<FactsSection> {
  const dumps = join(MORE_PAGES_DIR, "dumps");
  if (!existsSync(join(dumps, "gold.jsonl"))) {
    return { name: "dumps-more", report: [`skipped: no dumps/gold.jsonl in ${MORE_PAGES_DIR} (set MARSAD_ARABIC_PAGES_2; render the pages with make-dumps.ts --pages <folder> --hash-split)`], metrics: {} };
  }
  const devOnly = args.includes("--dev");
  const tallies = scoreDumpFolder(dumps, devOnly);
  const report = [`dumps read from ${dumps}`];
  const metrics: Record<string, number> = {};
  for (const split of devOnly ? (["dev"] as const) : (["test", "dev"] as const)) {
    report.push(tallyLine(split, tallies[split]));
    Object.assign(metrics, tallyMetrics(split, tallies[split]));
  }
  const showAt = args.indexOf("--show");
  const show = showAt >= 0 ? Number(args[showAt + 1] ?? 20) : 0;
  if (show > 0) report.push(...tallies.dev.misses.slice(0, show).map((m) => `  DEV ${m}`));
  return { name: "dumps-more", report, metrics };
}
