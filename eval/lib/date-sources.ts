/**
 * `npm run eval -- extract-html --date-sources`: how often each page-date source agrees with the
 * page's stated date (JSON-LD, meta, microdata), over the DEV pages of every public suite. Only a
 * few suites have date gold, but most pages state a date: the stated day is the reference ("silver")
 * by which the fallbacks (URL, `<time>`, epoch attributes, visible date lines, script data, title)
 * are judged on hundreds of pages from different sites, and a rule for pages that state nothing is
 * designed on its agreement here. The htmldate gold stands in where a page states no date.
 * `--date-sources --stripped`: the whole fallback chain on the same pages with their stated dates
 * taken out of the HTML (JSON-LD blocks, date-named metas, date itemprops and RDFa properties), as
 * if the page stated nothing: how often the day it then returns is the stated day, by source;
 * `--deep`: its scripts and own addresses taken out too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pageFromBytes } from "../../src/acquire/local-files.js";
import { parseDateValue } from "../../src/extract/html/date-text.js";
import { propValue, readMeta, type PageMeta } from "../../src/extract/html/metadata.js";
import { pageDateSources } from "../../src/extract/html/page-date.js";
import { extractHtml } from "../../src/extract/html/extract-html.js";
import { cleanText, elements, findFirst, parseBoundedTree, textOf, type El } from "../../src/extract/html/tree.js";
import type { IsoDate, PublishedAtSource } from "../../src/types.js";
import { splitOf } from "./html-split.js";
import { pageAddress } from "./page-address.js";

interface SuiteLister {
  list(dir: string): { id: string; page: string; url: string }[];
}
interface DevPage {
  suite: string;
  id: string;
  file: string;
  url: string | null;
  gold: string | null;
}

const STATED: PublishedAtSource[] = ["json-ld", "meta", "microdata"];
const DAY_MS = 86_400_000;

export function printDateSources(data: string, suites: Record<string, SuiteLister>, bodySuites: readonly string[], readBytes: (file: string) => Uint8Array, showDisagreements: boolean): void {
  const tally = new Map<PublishedAtSource, { found: number; judged: number; agree: number; dayOff: number; missed: number; disagreements: string[] }>();
  for (const page of devPages(data, suites, bodySuites)) {
    const sources = sourcesOf(page, readBytes);
    if (!sources) continue;
    const stated = STATED.map((s) => sources[s]).find((v) => v) ?? null;
    const silver = stated?.slice(0, 10) ?? page.gold?.slice(0, 10) ?? null;
    for (const [source, value] of Object.entries(sources) as [PublishedAtSource, IsoDate | null][]) {
      if (STATED.includes(source)) continue;
      const t = tally.get(source) ?? { found: 0, judged: 0, agree: 0, dayOff: 0, missed: 0, disagreements: [] };
      tally.set(source, t);
      const day = value?.slice(0, 10) ?? null;
      if (day) t.found++;
      if (!silver) continue;
      if (!day) {
        t.missed++;
        continue;
      }
      t.judged++;
      if (day === silver) t.agree++;
      else {
        if (Math.abs(Date.parse(day) - Date.parse(silver)) === DAY_MS) t.dayOff++;
        t.disagreements.push(`${page.suite} ${page.id} stated ${silver} ${source} ${day}`);
      }
    }
  }
  console.log("page-date sources on the DEV pages of every suite, judged by the stated day (htmldate: its gold where nothing is stated)");
  console.log(`${"source".padEnd(20)} ${"found".padStart(6)} ${"judged".padStart(6)} ${"agree".padStart(6)} ${"1 day off".padStart(9)} ${"missed".padStart(6)}`);
  for (const [source, t] of tally) {
    console.log(`${source.padEnd(20)} ${String(t.found).padStart(6)} ${String(t.judged).padStart(6)} ${(t.judged ? t.agree / t.judged : 0).toFixed(3).padStart(6)} ${String(t.dayOff).padStart(9)} ${String(t.missed).padStart(6)}`);
    if (showDisagreements) for (const d of t.disagreements) console.log(`    ${d}`);
  }
}

export function devPages(data: string, suites: Record<string, SuiteLister>, bodySuites: readonly string[]): DevPage[] {
  const pages: DevPage[] = [];
  for (const suite of bodySuites) {
    const dir = join(data, "multilingual", suite);
    for (const it of suites[suite]!.list(dir)) {
      if (splitOf(suite, it.id) === "dev") pages.push({ suite, id: it.id, file: join(dir, it.page), url: pageAddress(it.url), gold: null });
    }
  }
  const dir = join(data, "multilingual", "htmldate-mediacloud");
  const gold = JSON.parse(readFileSync(join(dir, "eval_mediacloud_2020.json"), "utf8").replace(/:\s*NaN/g, ": null")) as Record<string, { file: string; date: string | null }>;
  for (const [url, g] of Object.entries(gold)) {
    if (g.date && splitOf("htmldate", g.file) === "dev") pages.push({ suite: "htmldate", id: g.file, file: join(dir, "pages", `${g.file}.gz`), url, gold: g.date });
  }
  return pages;
}

/** What each source says on the page, read as `marsad extract` reads it (the first long `<h1>` as the headline). */
function sourcesOf(page: DevPage, readBytes: (file: string) => Uint8Array): Record<PublishedAtSource, IsoDate | null> | null {
  const read = readTree(page.file, readBytes);
  if (!read) return null;
  const urls = [read.meta.canonical, read.meta.metas.get("og:url")?.[0], page.url].filter((u): u is string => !!u);
  return pageDateSources(read.root, read.meta, urls, read.headline, read.html);
}

function readTree(file: string, readBytes: (file: string) => Uint8Array): { root: El; meta: PageMeta; headline: El | null; html: string } | null {
  const read = pageFromBytes(file, readBytes(file));
  if (read.page?.kind !== "html") return null;
  const { root } = parseBoundedTree(read.page.text);
  const body = findFirst(root, "body") ?? root;
  const headline = [...elements(body)].find((e) => e.tag === "h1" && cleanText(textOf(e)).length >= 5) ?? null;
  return { root, meta: readMeta(root), headline, html: read.page.text };
}

const CANDIDATE_KEY = /date|time|publish|created|modif|updat|issued/i;

/**
 * Every date the page offers, as written, for the failure table of a page whose date was missed:
 * each JSON-LD object's dates, every date-named meta and microdata value, the `<time>` elements,
 * then each fallback source; `=` marks the ones on the gold day; `url`: the address the page was
 * read with (lib/page-address.ts), after the canonical and og:url as extract-html puts them.
 */
export function dateCandidates(file: string, readBytes: (file: string) => Uint8Array, gold: string, url: string | null = null): string[] {
  const read = readTree(file, readBytes);
  if (!read) return ["(not an HTML page)"];
  const day = gold.slice(0, 10);
  const mark = (v: string): string => `${v}${parseDateValue(v)?.slice(0, 10) === day ? " =" : ""}`;
  const { meta } = read;
  const stated = [
    ...meta.jsonLd.flatMap((x) => [x.datePublished && `ld ${x.type} published ${mark(x.datePublished)}`, x.dateModified && `ld ${x.type} modified ${mark(x.dateModified)}`]),
    ...[...meta.metas].filter(([k]) => CANDIDATE_KEY.test(k)).flatMap(([k, vs]) => vs.filter((v) => parseDateValue(v)).map((v) => `meta ${k} ${mark(v)}`)),
    ...[...meta.props].filter(([k]) => CANDIDATE_KEY.test(k)).flatMap(([k, els]) => els.map(propValue).filter((v) => parseDateValue(v)).slice(0, 3).map((v) => `prop ${k} ${mark(v)}`)),
    ...meta.times.slice(0, 3).map((t) => `time ${mark(t.attrs.datetime ?? cleanText(textOf(t)))}`),
  ].filter((x): x is string => !!x);
  const urls = [meta.canonical, meta.metas.get("og:url")?.[0], url].filter((u): u is string => !!u);
  const sources = pageDateSources(read.root, meta, urls, read.headline, read.html);
  const fallbacks = Object.entries(sources).filter(([s, v]) => v && !STATED.includes(s as PublishedAtSource)).map(([s, v]) => `${s} ${mark(v!)}`);
  return [`stated: ${stated.join("; ") || "-"}`, `other sources: ${fallbacks.join("; ") || "-"}`];
}

/** What a page would be without its stated dates: no JSON-LD, no date-named metas, no date itemprops or RDFa date properties. */
export function withoutStatedDates(html: string): string {
  return html
    .replace(/<script[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<meta\b[^>]*>/gi, (m) => (/(?:name|property|itemprop|http-equiv)\s*=\s*["']?[^"'>]*(?:date|time|publish|created|modif|updat|issued)/i.test(m) ? "" : m))
    .replace(/\bitemprop\s*=\s*["'](?:datePublished|dateModified|dateCreated|uploadDate)["']/gi, "")
    .replace(/\b(?:property|rel)\s*=\s*["'](?:dc:date|dc:created|dcterms:created|dcterms:issued|dcterms:modified|dc:modified)["']/gi, "");
}

/** `--deep`: also without the page's scripts and its own addresses (canonical, og:url, alternates, the lead image), as a page that states nothing and is read without its URL. */
export function withoutScriptsOrAddresses(html: string): string {
  return withoutStatedDates(html)
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*>/gi, (m) => (/\brel\s*=\s*["']?[^"'>]*(?:canonical|alternate|shortlink|amphtml)/i.test(m) ? "" : m))
    .replace(/<meta\b[^>]*>/gi, (m) => (/(?:name|property)\s*=\s*["']?(?:og:url|twitter:url|al:web:url|og:image|twitter:image)/i.test(m) ? "" : m));
}

/** The fallback chain judged on the DEV pages that state a date, with the stated dates taken out. */
export function printStrippedChain(data: string, suites: Record<string, SuiteLister>, bodySuites: readonly string[], readBytes: (file: string) => Uint8Array, show: boolean, deep = false): void {
  const tally = new Map<string, { n: number; agree: number }>();
  let pages = 0;
  for (const page of devPages(data, suites, bodySuites)) {
    const read = pageFromBytes(page.file, readBytes(page.file));
    if (read.page?.kind !== "html") continue;
    const full = extractHtml(read.page.text, page.url).articles[0]!;
    if (!full.publishedAt || !STATED.includes(full.publishedAtSource!)) continue;
    const day = full.publishedAt.slice(0, 10);
    const bare = extractHtml((deep ? withoutScriptsOrAddresses : withoutStatedDates)(read.page.text), deep ? null : page.url).articles[0]!;
    const source = bare.publishedAtSource ?? "none";
    const t = tally.get(source) ?? { n: 0, agree: 0 };
    tally.set(source, t);
    pages++;
    t.n++;
    if (bare.publishedAt?.slice(0, 10) === day) t.agree++;
    else if (show) console.log(`    ${page.suite} ${page.id} stated ${day} ${source} ${bare.publishedAt ?? "-"}`);
  }
  const agree = [...tally.values()].reduce((a, t) => a + t.agree, 0);
  console.log(`fallback chain on ${pages} DEV pages with their stated dates${deep ? ", scripts and own addresses" : ""} taken out: ${agree} on the stated day (${(agree / pages).toFixed(3)}), ${tally.get("none")?.n ?? 0} without a date`);
  for (const [source, t] of tally) console.log(`${source.padEnd(20)} ${String(t.n).padStart(6)} ${String(t.agree).padStart(6)}`);
}
