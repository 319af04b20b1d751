/**
 * `npm run eval -- extract-html --date-gold [--stripped] [--show]`: marsad's page date against the
 * human date gold of the DEV pages of the body suites that carry one (trafilatura's evaldata `date`,
 * fundus `publishing_date`, readability `publishedTime`, newspaper4k `publish_date`), read as
 * `marsad extract <file> --url <address>` reads them, with the page's address (lib/page-address.ts). `--stripped`: the same pages with their stated dates
 * (JSON-LD, date-named metas, date itemprops and RDFa) taken out, so the fallback chain is what is
 * measured against the gold. `--show` lists each miss with its source and every date the page offers.
 * The htmldate pages are left out: their DEV half is the extract-html eval's own measure.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pageFromBytes } from "../../src/acquire/local-files.js";
import { readPage } from "../../src/pipeline.js";
import { dateCandidates, withoutScriptsOrAddresses, withoutStatedDates } from "./date-sources.js";
import { splitOf } from "./html-split.js";
import { pageAddress } from "./page-address.js";

interface SuiteLister {
  list(dir: string): { id: string; page: string; url: string }[];
}
export interface GoldPage {
  suite: string;
  id: string;
  file: string;
  url: string | null;
  gold: string;
}

export const GOLD_DATE_SUITES = ["trafilatura", "fundus", "readability", "newspaper4k"] as const;

/** The suite's own date gold of one page, as a day, or null. */
export function suiteDateGold(suite: string, dir: string, id: string, url: string): string | null {
  try {
    const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    let date: unknown = null;
    if (suite === "fundus") {
      const [group, publisher] = id.split("/");
      date = (json(join(dir, group!, `${publisher}.json`)).expected as { publishing_date?: string } | undefined)?.publishing_date;
    } else if (suite === "readability") date = json(join(dir, id, "expected-metadata.json")).publishedTime;
    else if (suite === "trafilatura") date = (json(join(dir, "evaldata.json"))[url] as { date?: string } | undefined)?.date;
    else if (suite === "newspaper4k") date = json(join(dir, "metadata", `${id}.json`)).publish_date;
    const m = typeof date === "string" ? /^(\d{4})-(\d\d)-(\d\d)/.exec(date) : null;
    // trafilatura writes a few as year-day-month (`2022-29-11`)
    return m ? (+m[2]! > 12 ? `${m[1]}-${m[3]}-${m[2]}` : m[0]) : null;
  } catch {
    return null;
  }
}

export function goldPages(data: string, suites: Record<string, SuiteLister>): GoldPage[] {
  const pages: GoldPage[] = [];
  for (const suite of GOLD_DATE_SUITES) {
    const dir = join(data, "multilingual", suite);
    for (const it of suites[suite]!.list(dir)) {
      if (splitOf(suite, it.id) !== "dev") continue;
      const gold = suiteDateGold(suite, dir, it.id, it.url);
      if (gold) pages.push({ suite, id: it.id, file: join(dir, it.page), url: pageAddress(it.url), gold });
    }
  }
  return pages;
}

export function printDateGold(data: string, suites: Record<string, SuiteLister>, readBytes: (file: string) => Uint8Array, stripped: "stated" | "deep" | null, show: boolean): void {
  const tally = new Map<string, { pages: number; right: number; dated: number }>();
  const bySource = new Map<string, { n: number; right: number }>();
  for (const page of goldPages(data, suites)) {
    const read = pageFromBytes(page.file, readBytes(page.file), undefined, stripped === "deep" ? null : page.url);
    const text = read.page && stripped ? (stripped === "deep" ? withoutScriptsOrAddresses : withoutStatedDates)(read.page.text) : read.page?.text;
    const a = read.page ? readPage({ ...read.page, text: text! }, { now: null }).value?.articles[0] : undefined;
    const got = a?.publishedAt ?? null;
    const source = a?.publishedAtSource ?? "none";
    const right = got?.slice(0, 10) === page.gold;
    const t = tally.get(page.suite) ?? { pages: 0, right: 0, dated: 0 };
    tally.set(page.suite, t);
    t.pages++;
    t.right += Number(right);
    t.dated += Number(!!got);
    const s = bySource.get(source) ?? { n: 0, right: 0 };
    bySource.set(source, s);
    s.n++;
    s.right += Number(right);
    if (right || !show) continue;
    console.log(`  ${page.suite} ${page.id} gold ${page.gold} got ${got ?? "-"} from ${source}`);
    for (const line of dateCandidates(page.file, readBytes, page.gold, page.url)) console.log(`      ${line}`);
  }
  console.log(`marsad's page date against the suites' date gold, DEV pages${stripped === "deep" ? ", stated dates, scripts and own addresses taken out" : stripped ? ", stated dates taken out" : ""}`);
  console.log(`${"suite".padEnd(12)} ${"pages".padStart(5)} ${"exact day".padStart(9)} ${"coverage".padStart(8)}`);
  let pages = 0;
  let right = 0;
  let dated = 0;
  for (const [suite, t] of tally) {
    console.log(`${suite.padEnd(12)} ${String(t.pages).padStart(5)} ${(t.right / t.pages).toFixed(3).padStart(9)} ${(t.dated / t.pages).toFixed(3).padStart(8)}`);
    pages += t.pages;
    right += t.right;
    dated += t.dated;
  }
  console.log(`${"all".padEnd(12)} ${String(pages).padStart(5)} ${(right / pages).toFixed(3).padStart(9)} ${(dated / pages).toFixed(3).padStart(8)}  (${right} right)`);
  console.log(`by source: ${[...bySource].map(([s, v]) => `${s} ${v.right}/${v.n}`).join(", ")}`);
}
