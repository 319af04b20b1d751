/**
 * The drawn articles of the facts gold (draw.ts) run through marsad's understanding step once per
 * process, as the pipeline runs it (title, body and publication time as extract would give them),
 * plus the readers of the hand-labelled gold files of the figures, quotes and conflicts sections.
 */
import { readFileSync } from "node:fs";
import type { Article, FactKind, FactQualifier } from "../../src/types.js";
import { newArticle } from "../../src/extract/article.js";
import { understandArticle } from "../../src/understand/index.js";
import { BOTH_KINDS_PARTS, drawFactsSample, drawLaterDevHalves, drawWikinewsDev, drawAntLaterHalves, ANT_LATER_PARTS, isAntLaterPart, drawQuotesLaterHalves, QUOTES_LATER_PARTS, LATER_DEV_PARTS, type DrawnArticle, type AntLaterPart, type QuotesLaterPart, type LaterDevPart, type Split } from "./draw.js";

export const GOLD_DIR = new URL("./gold/", import.meta.url);

export interface Understood {
  drawn: DrawnArticle;
  article: Article;
  /** The same article drawn into a second half: fresh5 (figures) and quotes3 to quotes5 (quotes) were drawn apart, each after the halves before it. */
  alsoDrawn?: DrawnArticle;
}

/** Drawn articles through marsad's understanding step, by id (an article drawn twice is understood once). */
export function understandDrawn(articles: DrawnArticle[]): Map<string, Understood> {
  const out = new Map<string, Understood>();
  for (const drawn of articles) {
    const earlier = out.get(drawn.id);
    if (earlier) {
      earlier.alsoDrawn = drawn;
      continue;
    }
    const input = newArticle({ title: drawn.title, body: drawn.body, publishedAt: drawn.publishedAt, source: { name: drawn.source, domain: null } });
    out.set(drawn.id, { drawn, article: understandArticle(input, { referenceDate: drawn.publishedAt }) });
  }
  return out;
}

let cache: Map<string, Understood> | null = null;
let grownCache: Map<string, Understood> | null = null;

/** Every drawn article (the 170 of the first draw) with marsad's understanding of it, by id. */
export function understoodSample(): Map<string, Understood> {
  return (cache ??= understandDrawn(drawFactsSample()));
}

/** The first draw and the later DEV halves (LATER_DEV_PARTS: grown and outlets for figures and quotes, the fresh halves for figures, the quotes halves for quotes; the Wikinews half when its files are there), by id. */
export function understoodWithGrown(): Map<string, Understood> {
  grownCache ??= understandDrawn([...drawLaterDevHalves(), ...drawWikinewsDev(), ...drawAntLaterHalves(), ...drawQuotesLaterHalves()]);
  return new Map([...understoodSample(), ...grownCache]);
}

/** The tallies a figures or quotes section keeps: each split, and each DEV half apart. */
export type Part = Split | "dev.first" | `dev.${LaterDevPart}` | "dev.wikinews" | `dev.${AntLaterPart}` | `dev.${QuotesLaterPart}`;

export const PARTS: readonly Part[] = ["test", "dev", "dev.first", ...LATER_DEV_PARTS.map((part): Part => `dev.${part}`), "dev.wikinews", ...ANT_LATER_PARTS.map((part): Part => `dev.${part}`), ...QUOTES_LATER_PARTS.map((part): Part => `dev.${part}`)];

const devHalf = (drawn: DrawnArticle): Part => (drawn.part === "grown" ? "dev.grown" : drawn.part === "outlets" ? "dev.outlets" : "dev.first");

// The fresh halves are scored alone, outside `dev`: each joined after the DEV halves before it were
// saturated, and keeping them apart keeps the dev.* floors comparable with earlier runs. The quotes half likewise.
export function partsOf(u: Understood, kind: "figures" | "quotes"): Part[] {
  const labelsKind = (d: DrawnArticle) => (kind === "figures" ? !d.part.startsWith("quotes") : !d.part.startsWith("fresh") && d.part !== "newsfane" && d.part !== "wikinews" && !isAntLaterPart(d.part)) || BOTH_KINDS_PARTS.has(d.part as LaterDevPart);
  return partsOfDrawn([u.drawn, u.alsoDrawn].find((d) => d !== undefined && labelsKind(d)) ?? u.drawn);
}

function partsOfDrawn(drawn: DrawnArticle): Part[] {
  if (drawn.split === "test") return ["test"];
  const part = drawn.part;
  if (part === "any" || part === "event" || part === "grown" || part === "outlets") return ["dev", devHalf(drawn)];
  return [`dev.${part}`];
}

export const PART_LABEL: Record<Part, string> = { test: "TEST", dev: "DEV", "dev.first": "  DEV first draw", "dev.grown": "  DEV grown half", "dev.outlets": "  DEV outlets half", "dev.fresh": "DEV fresh half (apart)", "dev.fresh2": "DEV second fresh half (apart)", "dev.fresh3": "DEV third fresh half, longer articles (apart)", "dev.fresh4": "DEV fourth fresh half, long articles (apart)", "dev.fresh5": "DEV fifth fresh half, rich in figures (apart)", "dev.fresh6": "DEV sixth fresh half, outlets drawn least (apart)", "dev.fresh7": "DEV seventh fresh half, drawn as the first draw (apart)", "dev.fresh8": "DEV eighth fresh half, drawn as the first draw (apart)", "dev.fresh9": "DEV ninth fresh half, drawn as the first draw (apart)", "dev.fresh10": "DEV tenth fresh half, drawn as the first draw (apart)", "dev.fresh11": "DEV eleventh fresh half, rich in figures (apart)", "dev.fresh12": "DEV twelfth fresh half, rich in figures, spread over outlets (apart)", "dev.fresh13": "DEV thirteenth fresh half, rich in figures, spread over outlets (apart)", "dev.fresh14": "DEV fourteenth fresh half, drawn as the first draw (apart)", "dev.fresh15": "DEV fifteenth fresh half, rich in figures, after every earlier draw (apart)", "dev.fresh16": "DEV sixteenth fresh half, drawn as the first draw's event strata (apart)", "dev.fresh17": "DEV seventeenth fresh half, rich in group readings (apart)", "dev.fresh18": "DEV eighteenth fresh half, counts of «آخرين» and counts sharing a group (apart)", "dev.fresh19": "DEV nineteenth fresh half, drawn as the first draw, figures and quotes (apart)", "dev.fresh20": "DEV twentieth fresh half, drawn as the first draw (apart)", "dev.fresh21": "DEV twenty-first fresh half, drawn as the first draw (apart)", "dev.fresh22": "DEV twenty-second fresh half, drawn as the first draw (apart)", "dev.fresh23": "DEV twenty-third fresh half, drawn as the first draw (apart)", "dev.fresh24": "DEV twenty-fourth fresh half, shaped like TEST (apart)", "dev.fresh25": "DEV twenty-fifth fresh half, the pool's last event articles (apart)", "dev.fresh26": "DEV twenty-sixth fresh half, the first draw's any rule over what is left (apart)", "dev.fresh27": "DEV twenty-seventh fresh half, TEST's pool by a wider figure cue, after every other half (apart)", "dev.quotes": "DEV quotes half (apart)", "dev.quotes2": "DEV second quotes half, long articles (apart)", "dev.quotes3": "DEV third quotes half (apart)", "dev.quotes4": "DEV fourth quotes half (apart)", "dev.quotes5": "DEV fifth quotes half (apart)", "dev.quotes6": "DEV sixth quotes half (apart)", "dev.quotes7": "DEV seventh quotes half (apart)", "dev.quotes8": "DEV eighth quotes half (apart)", "dev.quotes9": "DEV ninth quotes half (apart)", "dev.quotes10": "DEV tenth quotes half (apart)", "dev.quotes11": "DEV eleventh quotes half (apart)", "dev.quotes12": "DEV twelfth quotes half (apart)", "dev.quotes13": "DEV thirteenth quotes half (apart)", "dev.quotes14": "DEV fourteenth quotes half, long articles drawn like TEST (apart)", "dev.quotes15": "DEV fifteenth quotes half, drawn like quotes14 (apart)", "dev.quotes16": "DEV sixteenth quotes half, drawn like quotes13 (apart)", "dev.quotes17": "DEV seventeenth quotes half, long articles drawn like quotes14 (apart)", "dev.quotes18": "DEV eighteenth quotes half, long articles drawn like quotes17 (apart)", "dev.quotes19": "DEV nineteenth quotes half, long articles, one of every outlet (apart)", "dev.quotes20": "DEV twentieth quotes half, drawn as quotes19 (apart)", "dev.newsfane": "DEV NewsFANE half, public 2001–2006 wire sentences outside the NER TEST part (apart)", "dev.quotes21": "DEV twenty-first quotes half, drawn as quotes20 (apart)", "dev.quotes22": "DEV twenty-second quotes half, the first draw's any rule over what is left (apart)", "dev.quotes23": "DEV twenty-third quotes half, the first draw's any rule, after quotes22 (apart)", "dev.quotes24": "DEV twenty-fourth quotes half, drawn like quotes16, after quotes23 (apart)", "dev.wikinews": "DEV Wikinews half, another corpus: ar.wikinews.org 2009–2014 and 2024 (apart)", "dev.antlater": "DEV later-ANT half, the five ANT outlets in July–October 2018 (apart)", "dev.antlater2": "DEV second later-ANT half, the next ten per outlet (apart)", "dev.antlater3": "DEV third later-ANT half, the ten per outlet after the second's (apart)", "dev.antlater4": "DEV fourth later-ANT half, six per outlet of ranks 31–40 no other later-ANT draw holds (apart)", "dev.antlater5": "DEV fifth later-ANT half, five per outlet of ranks 41–49 no other later-ANT draw holds (apart)", "dev.antlater6": "DEV sixth later-ANT half, five per outlet of ranks 50–59 no other later-ANT draw holds (apart)", "dev.antlater7": "DEV seventh later-ANT half, five per outlet of ranks 60–69 no other later-ANT draw holds (apart)", "dev.antlater8": "DEV eighth later-ANT half, five per outlet of ranks 70–79 no other later-ANT draw holds (apart)", "dev.antlater9": "DEV ninth later-ANT half, five per outlet of ranks 80–89 no other later-ANT draw holds (apart)", "dev.quoteslater": "DEV later-ANT quotes half, five per outlet with a speech cue (apart)", "dev.quoteslater2": "DEV second later-ANT quotes half, drawn as the first after it (apart)", "dev.quoteslater3": "DEV third later-ANT quotes half, drawn as the second after it (apart)", "dev.quoteslater4": "DEV fourth later-ANT quotes half, drawn as the third after it (apart)" };

export function readJsonl<T>(name: string): T[] {
  let text: string;
  try {
    text = readFileSync(new URL(name, GOLD_DIR), "utf8");
  } catch {
    return [];
  }
  return text.split("\n").filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l) as T;
    } catch (e) {
      throw new Error(`eval facts: ${name} line ${i + 1} is not JSON: ${(e as Error).message}`);
    }
  });
}

export type GoldScope = "e" | "t" | "b";

export interface GoldFigure {
  start: number;
  end: number;
  kind: FactKind | "destroyed";
  value: number;
  valueMax: number | null;
  qualifier: FactQualifier;
  group: string | null;
  scope: GoldScope;
  optional?: boolean;
}

export interface GoldFiguresLine {
  id: string;
  split: Split;
  figures: GoldFigure[];
}

export interface GoldQuote {
  start: number;
  end: number;
  speaker: string[];
  optional?: boolean;
}

export interface GoldQuotesLine {
  id: string;
  split: Split;
  quotes: GoldQuote[];
  narrative: Array<{ start: number; end: number; source: string }>;
}

export const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
export const fmt = (x: number): string => x.toFixed(3);
