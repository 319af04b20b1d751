/**
 * Builds a page set for make-dumps.ts `--pages` from the DEV pages of the public multilingual
 * extraction suites that carry a gold title or publication date, so the text extractor's title and
 * date choice is measured on hundreds of pages from many sites and languages instead of eight
 * Arabic ones (issue 12). Only pages on the DEV side of eval/lib/html-split.ts are taken: no TEST
 * page of any suite is ever rendered. The eight Arabic pages of arabic/ are left out by URL and by
 * upstream id (they have their own DEV/TEST split in the Arabic dumps).
 *
 *   npx tsx eval/facts/dumps/suite-pages.ts OUT-DIR
 *   npx tsx eval/facts/dumps/make-dumps.ts DUMPS-DIR --pages OUT-DIR
 *   MARSAD_SUITE_DUMPS=DUMPS-DIR npm run eval -- facts suite-dumps
 *
 * Gold, straight from each suite's own files (no hand edit): fundus `expected.title` and
 * `expected.publishing_date`; readability `expected-metadata.json` title and publishedTime;
 * trafilatura `evaldata.json` title and date; newspaper4k `metadata/*.json` title and
 * publish_date; htmldate `eval_mediacloud_2020.json` date (no title). The day is the date's first
 * ten characters (the day the page prints, in its own time zone). `source` is null: the suites
 * label no credit line, and the section does not score it.
 * Pages are written as UTF-8 (decoded the way the suites' harness decodes them) with their charset
 * declarations rewritten, so every renderer reads the same text. OUT-DIR holds publishers' pages:
 * keep it outside the repository.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { splitOf } from "../../lib/html-split.js";

const DATA = fileURLToPath(new URL("../../../../shared/data/article-extraction/", import.meta.url));
const TOOLS = fileURLToPath(new URL("../../../../shared/tools/suites.mjs", import.meta.url));
const OUT = process.argv[2];

interface Item {
  id: string;
  page: string;
  url: string;
}
interface SuitesModule {
  SUITES: Record<string, { forceUtf8?: boolean; list(dir: string): Item[] }>;
  readBytes(file: string): Uint8Array;
  decodeHtml(buf: Uint8Array, forceUtf8?: boolean): string;
}
interface SuitePage {
  suite: string;
  id: string;
  file: string;
  url: string;
  title: string | null;
  publishedAt: string | null;
}

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, "utf8").replace(/:\s*NaN/g, ": null")) as Record<string, unknown>;
/** A date's day, or null when it is no calendar day (trafilatura's evaldata has one `2022-29-11`). */
const day = (v: unknown): string | null => {
  const d = typeof v === "string" && /^\d{4}-\d\d-\d\d/.test(v) ? v.slice(0, 10) : null;
  const time = d === null ? NaN : Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d!) ? d : null;
};
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

function goldOf(suite: string, dir: string, it: Item): { title: string | null; publishedAt: string | null } {
  if (suite === "fundus") {
    const [group, publisher] = it.id.split("/");
    const expected = (readJson(join(dir, group!, `${publisher}.json`)).expected ?? {}) as Record<string, unknown>;
    return { title: text(expected.title), publishedAt: day(expected.publishing_date) };
  }
  if (suite === "readability") {
    const j = readJson(join(dir, it.id, "expected-metadata.json"));
    return { title: text(j.title), publishedAt: day(j.publishedTime) };
  }
  if (suite === "trafilatura") {
    const j = readJson(join(dir, "evaldata.json"))[it.url] as Record<string, unknown> | undefined;
    return { title: text(j?.title), publishedAt: day(j?.date) };
  }
  if (suite === "newspaper4k") {
    try {
      const j = readJson(join(dir, "metadata", `${it.id}.json`));
      return { title: text(j.title), publishedAt: day(j.publish_date) };
    } catch {
      return { title: null, publishedAt: null };
    }
  }
  return { title: null, publishedAt: null };
}

const urlKey = (u: string): string => u.replace(/^https?:\/\/(www\.)?/, "").replace(/[?#].*$/, "").replace(/\/$/, "").toLowerCase();

/** The Arabic pages' URLs and upstream ids: those pages are in the Arabic dumps already. */
function arabicKeys(): Set<string> {
  const keys = new Set<string>();
  for (const line of readFileSync(join(DATA, "arabic", "gold.jsonl"), "utf8").split("\n").filter((l) => l.trim())) {
    const g = JSON.parse(line) as { url: string; upstream?: { path?: string; id?: string } };
    keys.add(urlKey(g.url));
    const upstream = g.upstream?.id ?? g.upstream?.path?.split("/").pop()?.replace(/\.html$/, "");
    if (upstream) keys.add(`id:${upstream.replace(/\.html$/, "")}`);
  }
  return keys;
}

function listPages(tools: SuitesModule): SuitePage[] {
  const pages: SuitePage[] = [];
  for (const suite of ["fundus", "readability", "trafilatura", "newspaper4k"]) {
    const dir = join(DATA, "multilingual", suite);
    for (const it of tools.SUITES[suite]!.list(dir)) {
      if (splitOf(suite, it.id) !== "dev") continue;
      const gold = goldOf(suite, dir, it);
      if (gold.title || gold.publishedAt) pages.push({ suite, id: it.id, file: join(dir, it.page), url: it.url, ...gold });
    }
  }
  const dir = join(DATA, "multilingual", "htmldate-mediacloud");
  const dates = readJson(join(dir, "eval_mediacloud_2020.json")) as Record<string, { file: string; date: string | null }>;
  for (const [url, g] of Object.entries(dates)) {
    if (g.date && splitOf("htmldate", g.file) === "dev") pages.push({ suite: "htmldate", id: g.file, file: join(dir, "pages", `${g.file}.gz`), url, title: null, publishedAt: day(g.date) });
  }
  return pages;
}

const CHARSET_META = /<meta\b[^>]*\bcharset\s*=[^>]*>/gi;

/** The page as UTF-8 with its own charset declarations replaced by one UTF-8 declaration. */
function asUtf8(html: string): string {
  const cleaned = html.replace(/^\uFEFF/, "").replace(CHARSET_META, "");
  const head = /<head\b[^>]*>/i.exec(cleaned);
  const meta = '<meta charset="utf-8">';
  return head ? `${cleaned.slice(0, head.index + head[0].length)}${meta}${cleaned.slice(head.index + head[0].length)}` : `${meta}${cleaned}`;
}

const safeName = (suite: string, id: string): string => `${suite}__${id.replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 80)}.html`;

async function main(): Promise<void> {
  if (!OUT) throw new Error("usage: npx tsx eval/facts/dumps/suite-pages.ts OUT-DIR");
  const tools = (await import(pathToFileURL(TOOLS).href)) as SuitesModule;
  const arabic = arabicKeys();
  const seen = new Set<string>();
  const gold: string[] = [];
  mkdirSync(join(OUT, "pages"), { recursive: true });
  for (const p of listPages(tools)) {
    const key = urlKey(p.url);
    if (arabic.has(key) || arabic.has(`id:${p.id.replace(/\.html$/, "")}`) || (!p.url.includes("fakehost") && seen.has(key))) continue;
    seen.add(key);
    const name = safeName(p.suite, p.id);
    writeFileSync(join(OUT, "pages", name), asUtf8(tools.decodeHtml(tools.readBytes(p.file), tools.SUITES[p.suite]?.forceUtf8)));
    gold.push(JSON.stringify({ file: `pages/${name}`, url: p.url, suite: p.suite, title: p.title, publishedAt: p.publishedAt, source: null }));
  }
  writeFileSync(join(OUT, "gold.jsonl"), `${gold.join("\n")}\n`);
  writeFileSync(join(OUT, "SOURCE.md"), `# DEV pages of the multilingual extraction suites (issue 12)\n\n${gold.length} pages from ../shared/data/article-extraction/multilingual (see its SOURCE.md for each suite's repository, commit and license), DEV side of eval/lib/html-split.ts only, written by eval/facts/dumps/suite-pages.ts. Publishers' pages: evaluation only, never commit.\n`);
  console.log(`suite-pages: ${gold.length} DEV pages in ${OUT}`);
}

await main();
