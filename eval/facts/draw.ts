/**
 * The fixed draw of the facts gold (issue 12): which public articles are labelled by hand, and which
 * half each one belongs to. Fixed before any article was read, so no rule was tuned on the choice.
 *
 * Rules:
 * - Pool: every article of `ant-multisource-sample/articles.jsonl` and of
 *   `saudinewsnet-sample/articles.jsonl` whose body has 400–6,000 characters.
 * - Order: by the hex SHA-256 of `marsad-facts:<id>`.
 * - Part "any": the first 60 of each file in that order (120 articles), whatever they contain, so
 *   recall of dates and quotes is measured on ordinary news.
 * - Part "event": then, in the same order, the next 25 of each file (50 articles) whose body has an
 *   ASCII or Arabic-Indic digit or a number word within 40 characters of an event word of a broad,
 *   fixed list (death, injury, arrest, displacement, missing people), so figures are frequent
 *   enough to measure. The list below is the filter only; it is not the extractor's lexicon.
 * - Split: TEST when the first hex digit of SHA-256 `marsad-split:<id>` is 0–7, else DEV.
 *   Tune on DEV; report TEST.
 */
import { createHash } from "node:crypto";
import { readAnt, readSaudiNewsNet, type CorpusArticle } from "../lib/corpora.js";
import { newsFaneSentences } from "./newsfane.js";
import { wikinewsArticles } from "./wikinews.js";
import { antLaterArticles } from "./ant-later.js";
import { drawFresh8Articles, drawFresh9Articles, drawFresh10Articles } from "../entities/draw.js";

/** The DEV halves drawn after the first draw, in the order the evaluation reads them (`--<part>` on the
 * command line lists one). */
export const LATER_DEV_PARTS = ["grown", "outlets", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "quotes", "quotes2", "quotes3", "quotes4", "quotes5", "quotes6", "quotes7", "quotes8", "quotes9", "quotes10", "quotes11", "quotes12", "quotes13", "quotes14", "quotes15", "quotes16", "quotes17", "quotes18", "quotes19", "quotes20", "newsfane", "quotes21", "quotes22", "quotes23", "quotes24", "fresh27"] as const;
export type LaterDevPart = (typeof LATER_DEV_PARTS)[number];

/**
 * The draw order of the later DEV halves: the halves each one was drawn right after (the latest of
 * each line of halves that existed when it was drawn). A half's earlier draws (`earlierThan`) are
 * these and, in turn, theirs; the first draw is earlier than all. Two halves drawn in parallel name
 * the same halves and not each other, so neither is left out of the other (quotes ran beside fresh2
 * and fresh3, and each quotes half from quotes2 to quotes12 beside a fresh half; quotes13 after fresh15, quotes14 after quotes13, fresh16 after both, quotes15 after quotes14 beside fresh16, quotes16 after fresh17 and quotes15, fresh19 after fresh18 and quotes16, fresh20 after fresh19, fresh21 after fresh20, fresh22 after fresh21, fresh23 after fresh22, quotes17 after fresh23, fresh24 after quotes17, fresh25 after fresh24, quotes18 after fresh24 and quotes17 beside fresh25, quotes19 after fresh25 and quotes18, quotes20 after quotes19, fresh26 after every other half, quotes21 after quotes20 and the NewsFANE half, beside fresh26, quotes22 after both, quotes23 after quotes22, quotes24 after quotes23, fresh27 after every other half). A new half adds
 * its own entry; no other entry changes.
 */
export const DRAWN_AFTER: Readonly<Record<LaterDevPart, readonly LaterDevPart[]>> = {
  grown: [],
  outlets: ["grown"],
  fresh: ["outlets"],
  quotes: ["fresh"], // in parallel with fresh2 and fresh3
  fresh2: ["fresh"],
  fresh3: ["fresh2"],
  fresh4: ["fresh3", "quotes"],
  quotes2: ["fresh3", "quotes"], // in parallel with fresh4
  fresh5: ["fresh4", "quotes2"],
  quotes3: ["fresh4", "quotes2"], // in parallel with fresh5
  fresh6: ["fresh5", "quotes3"],
  quotes4: ["fresh5", "quotes3"], // in parallel with fresh6
  fresh7: ["fresh6", "quotes4"],
  quotes5: ["fresh6", "quotes4"], // in parallel with fresh7 and fresh8
  fresh8: ["fresh7"],
  quotes6: ["fresh8", "quotes5"],
  fresh9: ["fresh8", "quotes6"],
  quotes7: ["fresh8", "quotes6"], // in parallel with fresh9
  quotes8: ["fresh9", "quotes7"],
  fresh10: ["fresh9", "quotes8"],
  quotes9: ["fresh9", "quotes8"], // in parallel with fresh10
  fresh11: ["fresh10", "quotes9"],
  quotes10: ["fresh10", "quotes9"], // in parallel with fresh11
  fresh12: ["fresh11", "quotes10"],
  quotes11: ["fresh11", "quotes10"], // in parallel with fresh12
  fresh13: ["fresh12", "quotes11"],
  fresh14: ["fresh13", "quotes11"],
  quotes12: ["fresh13", "quotes11"], // in parallel with fresh14
  fresh15: ["fresh14", "quotes12"],
  quotes13: ["fresh15", "quotes12"],
  quotes14: ["quotes13"],
  fresh16: ["fresh15", "quotes14"],
  quotes15: ["quotes14"],
  fresh17: ["fresh16", "quotes15"],
  fresh18: ["fresh17"],
  quotes16: ["fresh17", "quotes15"],
  fresh19: ["fresh18", "quotes16"],
  fresh20: ["fresh19"],
  fresh21: ["fresh20"],
  fresh22: ["fresh21"],
  fresh23: ["fresh22"],
  quotes17: ["fresh23", "quotes16"],
  fresh24: ["fresh23", "quotes17"],
  fresh25: ["fresh24"],
  quotes18: ["fresh24", "quotes17"], // in parallel with fresh25
  quotes19: ["fresh25", "quotes18"],
  quotes20: ["quotes19"],
  newsfane: ["fresh25", "quotes19"], // another corpus: nothing of the earlier draws can be in it
  fresh26: ["fresh25", "quotes20", "newsfane"],
  quotes21: ["quotes20", "newsfane"], // in parallel with fresh26
  quotes22: ["fresh26", "quotes21"],
  quotes23: ["quotes22"],
  quotes24: ["quotes23"],
  fresh27: ["fresh26", "quotes24"],
};

/** Every part drawn before `part` by an order table (the parts it names and, in turn, theirs). */
export function earlierIn<P extends string>(after: Readonly<Record<P, readonly P[]>>, part: P): Set<P> {
  const earlier = new Set<P>();
  const walk = (p: P): void => {
    for (const q of after[p]) {
      if (earlier.has(q)) continue;
      earlier.add(q);
      walk(q);
    }
  };
  walk(part);
  return earlier;
}

/** The later DEV halves drawn before `part` (DRAWN_AFTER), in LATER_DEV_PARTS order. */
export function earlierThan(part: LaterDevPart): LaterDevPart[] {
  const earlier = earlierIn(DRAWN_AFTER, part);
  return LATER_DEV_PARTS.filter((p) => earlier.has(p));
}

/** Every article drawn before `part`: the first draw, then each earlier later DEV half. */
function drawnBefore(part: LaterDevPart): DrawnArticle[] {
  return [...drawFactsSample(), ...earlierThan(part).flatMap((p) => LATER_DEV_DRAWS[p]())];
}
export type FactsPart = "any" | "event" | LaterDevPart | "wikinews" | AntLaterPart | QuotesLaterPart;
export type Split = "dev" | "test";

export interface DrawnArticle extends CorpusArticle {
  corpus: "ant" | "saudinewsnet" | "newsfane" | "wikinews";
  part: FactsPart;
  split: Split;
}

const MIN_BODY = 400;
const MAX_BODY = 6_000;
const ANY_PER_CORPUS = 60;
const EVENT_PER_CORPUS = 25;

// Written before the draw, deliberately broad (roots in their common surface forms), unnormalized
// spellings listed as they appear in print; used only to pick articles.
const EVENT_WORDS = [
  "قتل", "قتيل", "مقتل", "قتلى", "مصرع", "حتفه", "حتفهم", "وفاة", "وفيات", "توفي", "ضحايا", "ضحية", "شهيد", "شهداء", "استشهاد",
  "جرح", "جريح", "جرحى", "اصابة", "إصابة", "اصابات", "إصابات", "مصاب", "مصابين", "اعتقال", "اعتقل", "معتقل", "معتقلين", "توقيف",
  "اوقف", "أوقف", "ضبط", "نازح", "نازحين", "نزوح", "تهجير", "لاجئ", "لاجئين", "مفقود", "مفقودين", "فقدان", "اختطاف", "أسرى",
];
const NUMBER_WORDS = [
  "اثنان", "اثنين", "ثلاثة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات", "مئات", "آلاف", "الاف",
  "مئة", "مائة", "ألف", "الف", "مليون",
];
const NUMBER_RE = new RegExp(`[0-9\\u0660-\\u0669]|${NUMBER_WORDS.join("|")}`, "u");
const EVENT_RE = new RegExp(EVENT_WORDS.join("|"), "gu");
const WINDOW = 40;

const sha = (s: string): string => createHash("sha256").update(s).digest("hex");

export function splitOf(id: string): Split {
  return parseInt(sha(`marsad-split:${id}`)[0]!, 16) < 8 ? "test" : "dev";
}

function mentionsEventFigure(body: string): boolean {
  for (const m of body.matchAll(EVENT_RE)) {
    const from = Math.max(0, m.index - WINDOW);
    if (NUMBER_RE.test(body.slice(from, m.index + m[0].length + WINDOW))) return true;
  }
  return false;
}

/**
 * The first `perOutlet` articles of each outlet in the later-ANT halves' order (antLaterRanks: the first draw's length
 * and event filter, SHA-256 `marsad-facts-antlater:<id>`), whether a half has drawn them yet or not: the entity gold's
 * later-ANT draws leave them out, so no article is labelled for both.
 */
export function antLaterFactsOrderFirst(perOutlet: number): DrawnArticle[] {
  return antLaterRanks(0, perOutlet, "antlater");
}

/** `articles` in the order of SHA-256 `<salt>:<id>`: a draw order fixed before any article was read. */
function inDrawOrder(articles: CorpusArticle[], salt: string): CorpusArticle[] {
  return articles
    .map((a) => ({ a, key: sha(`${salt}:${a.id}`) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map((x) => x.a);
}

const hasFirstDrawLength = (a: CorpusArticle): boolean => a.body.length >= MIN_BODY && a.body.length <= MAX_BODY;

/** The first draw's rule over a pool in draw order: the first `any` whatever they hold, then the next `event` with an event figure. */
function anyThenEvent(ordered: CorpusArticle[], counts: { any: number; event: number }): { any: CorpusArticle[]; event: CorpusArticle[] } {
  return { any: ordered.slice(0, counts.any), event: ordered.slice(counts.any).filter((a) => mentionsEventFigure(a.body)).slice(0, counts.event) };
}

function drawFrom(corpus: DrawnArticle["corpus"], articles: CorpusArticle[]): DrawnArticle[] {
  const { any, event } = anyThenEvent(inDrawOrder(articles.filter(hasFirstDrawLength), "marsad-facts"), { any: ANY_PER_CORPUS, event: EVENT_PER_CORPUS });
  const tag = (part: FactsPart) => (a: CorpusArticle): DrawnArticle => ({ ...a, corpus, part, split: splitOf(a.id) });
  return [...any.map(tag("any")), ...event.map(tag("event"))];
}

/** The 170 drawn articles, ANT first, each in draw order. */
export const drawFactsSample = drawnOnce((): DrawnArticle[] => {
  return [...drawFrom("ant", readAnt()), ...drawFrom("saudinewsnet", readSaudiNewsNet())];
});

// The grown DEV half: more figures and quotes from more outlets, to tune on without overfitting
// the first DEV half. Fixed before any of its articles was read.
const GROWN_MAX_BODY = 3_000;
const GROWN_PER_ANT_SOURCE = 4;
const GROWN_PER_SNN_SOURCE = 2;
const GROWN_SNN_TOTAL = 20;

/**
 * A draw computed once per process: every later draw starts from the earlier ones (their articles
 * are left out), so without it each is drawn again for every half after it. Callers get their own
 * array; the articles in it are shared and never changed.
 */
function drawnOnce(draw: () => DrawnArticle[]): () => DrawnArticle[] {
  let drawn: DrawnArticle[] | null = null;
  return () => [...(drawn ??= draw())];
}

/**
 * The drawn articles whose trimmed body no article before them in the draw has: two outlets' copies
 * of one wire story can both be drawn, and the later in draw order is left out.
 */
function withDistinctBodies(drawn: DrawnArticle[]): DrawnArticle[] {
  const bodies = new Set<string>();
  return drawn.filter((a) => !bodies.has(a.body.trim()) && bodies.add(a.body.trim()));
}

type PerSourcePart = LaterDevPart;

/**
 * A per-outlet draw: the first `perSource` articles of each outlet that `accept` takes (at most `total`
 * in all), in SHA-256 order of `marsad-facts-<part>:<id>`.
 */
function drawPerSource(corpus: DrawnArticle["corpus"], articles: CorpusArticle[], taken: Set<string>, draw: { part: PerSourcePart; perSource: number; total?: number; accept: (a: CorpusArticle) => boolean }): DrawnArticle[] {
  const perSourceCount = new Map<string, number>();
  const out: DrawnArticle[] = [];
  for (const a of inDrawOrder(articles.filter((a) => !taken.has(a.id) && draw.accept(a)), `marsad-facts-${draw.part}`)) {
    const n = perSourceCount.get(a.source) ?? 0;
    if (n >= draw.perSource || out.length >= (draw.total ?? Infinity)) continue;
    perSourceCount.set(a.source, n + 1);
    out.push({ ...a, corpus, part: draw.part, split: "dev" });
  }
  return out;
}

/** Whether an article's trimmed body is none of `earlier`'s (the samples hold exact duplicates). */
function hasUnseenBody(earlier: DrawnArticle[]): (a: CorpusArticle) => boolean {
  const earlierBodies = new Set(earlier.map((a) => a.body.trim()));
  return (a) => !earlierBodies.has(a.body.trim());
}

/**
 * A DEV half drawn after its earlier draws (drawnBefore): per-outlet draws (drawPerSource) of both
 * corpora, outside every earlier article and every earlier article's body (the samples hold exact
 * duplicates): `perAnt` of each ANT outlet, `perSnn` of each SaudiNewsNet newspaper, `snnTotal` of
 * those at most.
 */
function drawAfter(part: PerSourcePart, accept: (a: CorpusArticle) => boolean, counts: { perAnt: number; perSnn: number; snnTotal?: number }): DrawnArticle[] {
  const earlier = drawnBefore(part);
  const taken = new Set(earlier.map((a) => a.id));
  const unseenBody = hasUnseenBody(earlier);
  const unseen = (a: CorpusArticle) => accept(a) && unseenBody(a);
  return [
    ...drawPerSource("ant", readAnt(), taken, { part, perSource: counts.perAnt, accept: unseen }),
    ...drawPerSource("saudinewsnet", readSaudiNewsNet(), taken, { part, perSource: counts.perSnn, total: counts.snnTotal, accept: unseen }),
  ];
}

const isGrownCandidate = (a: CorpusArticle) => a.body.length >= MIN_BODY && a.body.length <= GROWN_MAX_BODY && mentionsEventFigure(a.body);

/**
 * The grown DEV half (all DEV): articles outside the 170 drawn ones, body 400–3,000 characters, with
 * an event figure by the draw's filter, in the order of SHA-256 `marsad-facts-grown:<id>`; at most 4
 * per ANT outlet (20) and 2 per SaudiNewsNet newspaper (20 in all), so no outlet dominates.
 */
export const drawGrownDev = drawnOnce((): DrawnArticle[] => {
  const taken = new Set(drawnBefore("grown").map((a) => a.id));
  return [
    ...drawPerSource("ant", readAnt(), taken, { part: "grown", perSource: GROWN_PER_ANT_SOURCE, accept: isGrownCandidate }),
    ...drawPerSource("saudinewsnet", readSaudiNewsNet(), taken, { part: "grown", perSource: GROWN_PER_SNN_SOURCE, total: GROWN_SNN_TOTAL, accept: isGrownCandidate }),
  ];
});

// The outlets DEV half: more of the ANT outlets, short enough
// to label every figure and quote, with a speech word as well as an event figure. Fixed before any of
// its articles was read. The speech list is the filter only; it is not the quotes lexicon.
const OUTLETS_MAX_BODY = 2_000;
const OUTLETS_PER_ANT_SOURCE = 3;
const SPEECH_RE = /قال|أكد|اكد|أضاف|اضاف|صرح|أوضح|اوضح|أفاد|افاد|ذكر|أعلن|اعلن|كشف/u;

const isOutletsCandidate = (a: CorpusArticle) => a.body.length >= MIN_BODY && a.body.length <= OUTLETS_MAX_BODY && mentionsEventFigure(a.body) && SPEECH_RE.test(a.body);

/**
 * The outlets DEV half (all DEV): articles outside the first draw and the grown half, body
 * 400–2,000 characters, with an event figure by the draw's filter and a speech word, in the order of
 * SHA-256 `marsad-facts-outlets:<id>`: the first 3 of each ANT outlet (15). (It also drew 20 JawharaFM
 * articles of arabic-unlabeled at first; they were dropped because that file's SOURCE.md says it is
 * no evaluation set and nothing is to be scored against it.)
 */
export const drawOutletsDev = drawnOnce((): DrawnArticle[] => {
  const taken = new Set(drawnBefore("outlets").map((a) => a.id));
  return [
    ...drawPerSource("ant", readAnt(), taken, { part: "outlets", perSource: OUTLETS_PER_ANT_SOURCE, accept: isOutletsCandidate }),
  ];
});

// The fresh DEV half: figures only, drawn when the other DEV halves were saturated (every DEV figure
// found) while TEST was not, so the rules had new sentences to generalize from. Fixed before any of
// its articles was read.
const FRESH_MAX_BODY = 1_500;
const FRESH_PER_ANT_SOURCE = 3;
const FRESH_PER_SNN_SOURCE = 1;

const isFreshCandidate = (a: CorpusArticle) => a.body.length >= MIN_BODY && a.body.length <= FRESH_MAX_BODY && mentionsEventFigure(a.body);

/**
 * The fresh DEV half (all DEV, figures only): articles outside every earlier draw, body 400–1,500
 * characters, with an event figure by the draw's filter, in the order of SHA-256
 * `marsad-facts-fresh:<id>`: the first 3 of each ANT outlet (15) and the first of each SaudiNewsNet
 * newspaper that has one.
 */
export const drawFreshDev = drawnOnce((): DrawnArticle[] => {
  const taken = new Set(drawnBefore("fresh").map((a) => a.id));
  return [
    ...drawPerSource("ant", readAnt(), taken, { part: "fresh", perSource: FRESH_PER_ANT_SOURCE, accept: isFreshCandidate }),
    ...drawPerSource("saudinewsnet", readSaudiNewsNet(), taken, { part: "fresh", perSource: FRESH_PER_SNN_SOURCE, accept: isFreshCandidate }),
  ];
});

// The second fresh DEV half: figures only, drawn when the fresh half was tuned on and TEST recall still
// lagged, so the rules had unseen sentences again. Fixed before any of its articles was read.
const FRESH2_PER_ANT_SOURCE = 4;
const FRESH2_PER_SNN_SOURCE = 1;

/**
 * The second fresh DEV half (all DEV, figures only): articles outside every earlier draw (so outside
 * TEST too) whose body is not the body of an earlier drawn article (the samples hold exact
 * duplicates), body 400–1,500 characters, with an event figure by the draw's filter, in the order of
 * SHA-256 `marsad-facts-fresh2:<id>`: the first 4 of each ANT outlet and the first of each SaudiNewsNet
 * newspaper that has one.
 */
export const drawFresh2Dev = drawnOnce((): DrawnArticle[] => {
  return drawAfter("fresh2", isFreshCandidate, { perAnt: FRESH2_PER_ANT_SOURCE, perSnn: FRESH2_PER_SNN_SOURCE });
});

// The third fresh DEV half: figures only, longer articles (every fresh draw before it was capped at
// 1,500 characters, while TEST's articles run to 6,000), drawn when the second fresh half was tuned
// on. Fixed before any of its articles was read.
const FRESH3_MIN_BODY = 1_500;
const FRESH3_MAX_BODY = 3_500;
const FRESH3_PER_ANT_SOURCE = 2;
const FRESH3_PER_SNN_SOURCE = 1;
const FRESH3_SNN_TOTAL = 6;

/**
 * The third fresh DEV half (all DEV, figures only): articles outside every earlier draw whose body is
 * not an earlier drawn article's, body 1,500–3,500 characters, with an event figure by the draw's
 * filter, in the order of SHA-256 `marsad-facts-fresh3:<id>`: the first 2 of each ANT outlet and the
 * first of each SaudiNewsNet newspaper, 6 of those at most.
 */
export const drawFresh3Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= FRESH3_MIN_BODY && a.body.length <= FRESH3_MAX_BODY && mentionsEventFigure(a.body);
  return drawAfter("fresh3", accept, { perAnt: FRESH3_PER_ANT_SOURCE, perSnn: FRESH3_PER_SNN_SOURCE, snnTotal: FRESH3_SNN_TOTAL });
});

// The fourth fresh DEV half: figures only, long articles (TEST's run to 6,000 characters, and the
// 1,500–3,500 half scored recall 0.788 before tuning, near TEST's 0.723), drawn when every other DEV
// half was at 0.97–1.00 and TEST still lagged. Fixed before any of its articles was read.
const FRESH4_MIN_BODY = 3_000;
const FRESH4_MAX_BODY = 7_000;
const FRESH4_PER_ANT_SOURCE = 3;
const FRESH4_PER_SNN_SOURCE = 1;
const FRESH4_SNN_TOTAL = 6;

/**
 * The fourth fresh DEV half (all DEV, figures only): articles outside every earlier draw (the first
 * draw with its TEST half, grown, outlets, fresh, fresh2, fresh3 and quotes) whose body is not an
 * earlier drawn article's, body 3,000–7,000 characters, with an event figure by the draw's filter, in
 * the order of SHA-256 `marsad-facts-fresh4:<id>`: the first 3 of each ANT outlet and the first of
 * each SaudiNewsNet newspaper, 6 of those at most.
 */
export const drawFresh4Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= FRESH4_MIN_BODY && a.body.length <= FRESH4_MAX_BODY && mentionsEventFigure(a.body);
  return drawAfter("fresh4", accept, { perAnt: FRESH4_PER_ANT_SOURCE, perSnn: FRESH4_PER_SNN_SOURCE, snnTotal: FRESH4_SNN_TOTAL });
});

// The fifth fresh DEV half: figures only, articles rich in figures (every other DEV half was at
// 0.97–1.00 while TEST stayed at P 0.83 / R 0.72, so the rules needed many unseen figure sentences).
// Fixed before any of its articles was read; the count is of the draw's own filter windows.
const FRESH5_MIN_BODY = 600;
const FRESH5_MAX_BODY = 4_000;
const FRESH5_MIN_EVENT_FIGURES = 3;
const FRESH5_PER_ANT_SOURCE = 4;
const FRESH5_PER_SNN_SOURCE = 1;
const FRESH5_SNN_TOTAL = 10;

/** How many event words of the draw's filter have a number within its window (the filter only). */
function eventFigureCount(body: string): number {
  let n = 0;
  for (const m of body.matchAll(EVENT_RE)) {
    const from = Math.max(0, m.index - WINDOW);
    if (NUMBER_RE.test(body.slice(from, m.index + m[0].length + WINDOW))) n++;
  }
  return n;
}

/**
 * The fifth fresh DEV half (all DEV, figures only): articles outside every earlier draw (the first
 * draw with its TEST half, grown, outlets, fresh to fresh4, quotes and quotes2) whose body is not an
 * earlier drawn article's, body 600–4,000 characters, with at least 3 event words of the draw's filter
 * that have a number near them, in the order of SHA-256 `marsad-facts-fresh5:<id>`: the first 4 of
 * each ANT outlet and the first of each SaudiNewsNet newspaper, 10 of those at most; a body equal to
 * one drawn before it in the half is left out.
 */
export const drawFresh5Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= FRESH5_MIN_BODY && a.body.length <= FRESH5_MAX_BODY && eventFigureCount(a.body) >= FRESH5_MIN_EVENT_FIGURES;
  const drawn = drawAfter("fresh5", accept, { perAnt: FRESH5_PER_ANT_SOURCE, perSnn: FRESH5_PER_SNN_SOURCE, snnTotal: FRESH5_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The quotes DEV half: quotes only, drawn when DEV speakers were right far more often than TEST ones
// (0.969 against 0.869), so the speech rules get sentences they were not fitted to. Fixed before any
// of its articles was read. The cue below is the filter only; it is not the quotes lexicon.
const QUOTES_MAX_BODY = 1_800;
const QUOTES_PER_ANT_SOURCE = 4;
const QUOTES_PER_SNN_SOURCE = 1;
// a speech word followed, within a few words, by a complementizer, a colon or a quotation mark
const QUOTED_SPEECH_RE = /(?:قال|أكد|اكد|أضاف|اضاف|صرح|أوضح|اوضح|أفاد|افاد|ذكر|أعلن|اعلن|كشف|أشار|اشار|تابع|بحسب)[^.\n]{0,40}?(?:\s(?:أن|ان|إن|بأن|بان)\s|:|«|")/u;

const isQuotesCandidate = (a: CorpusArticle) => a.body.length >= MIN_BODY && a.body.length <= QUOTES_MAX_BODY && QUOTED_SPEECH_RE.test(a.body);

/**
 * The quotes DEV half (all DEV, quotes only): articles outside every earlier draw and outside the
 * first draw's TEST half, body 400–1,800 characters, with a speech word before a complementizer, a
 * colon or a quotation mark, in the order of SHA-256 `marsad-facts-quotes:<id>`: the first 4 of each
 * ANT outlet (20) and the first of each SaudiNewsNet newspaper that has one.
 */
export const drawQuotesDev = drawnOnce((): DrawnArticle[] => {
  const taken = new Set(drawnBefore("quotes").map((a) => a.id));
  return [
    ...drawPerSource("ant", readAnt(), taken, { part: "quotes", perSource: QUOTES_PER_ANT_SOURCE, accept: isQuotesCandidate }),
    ...drawPerSource("saudinewsnet", readSaudiNewsNet(), taken, { part: "quotes", perSource: QUOTES_PER_SNN_SOURCE, accept: isQuotesCandidate }),
  ];
});

// The second quotes DEV half: quotes only, long articles. Every DEV half scored 0.965–1.000 on
// speakers while TEST stayed at 0.873, and the quotes half (bodies up to 1,800 characters) scored
// 0.974 before any tuning: TEST's articles run to 6,000 characters, with speakers named paragraphs
// back and continued by «وأضاف» or a pronoun. Fixed before any of its articles was read; the cue is
// the quotes half's filter, counted.
const QUOTES2_MIN_BODY = 2_500;
const QUOTES2_MAX_BODY = 7_000;
const QUOTES2_MIN_CUES = 4;
const QUOTES2_PER_ANT_SOURCE = 2;
const QUOTES2_PER_SNN_SOURCE = 1;
const QUOTES2_SNN_TOTAL = 8;
const QUOTED_SPEECH_ALL_RE = new RegExp(QUOTED_SPEECH_RE.source, "gu");

const speechCues = (body: string): number => [...body.matchAll(QUOTED_SPEECH_ALL_RE)].length;

/**
 * The second quotes DEV half (all DEV, quotes only): articles outside every earlier draw (so outside
 * TEST too) whose body is not an earlier drawn article's, body 2,500–7,000 characters, with at least
 * 4 speech cues of the quotes half's filter, in the order of SHA-256 `marsad-facts-quotes2:<id>`: the
 * first 2 of each ANT outlet and the first of each SaudiNewsNet newspaper, 8 of those at most.
 */
export const drawQuotes2Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES2_MIN_BODY && a.body.length <= QUOTES2_MAX_BODY && speechCues(a.body) >= QUOTES2_MIN_CUES;
  return drawAfter("quotes2", accept, { perAnt: QUOTES2_PER_ANT_SOURCE, perSnn: QUOTES2_PER_SNN_SOURCE, snnTotal: QUOTES2_SNN_TOTAL });
});

// The third quotes DEV half: quotes only, drawn when every DEV half scored 0.95–1.00 on speakers
// while TEST stayed at 0.888, after the other quotes halves had been tuned on, so the speech rules
// are measured on sentences they were not fitted to. Medium bodies (TEST's run from 400 to 6,000
// characters). Fixed before any of its articles was read; the cue is the quotes half's filter, counted.
const QUOTES3_MIN_BODY = 600;
const QUOTES3_MAX_BODY = 2_500;
const QUOTES3_MIN_CUES = 2;
const QUOTES3_PER_ANT_SOURCE = 3;
const QUOTES3_PER_SNN_SOURCE = 1;
const QUOTES3_SNN_TOTAL = 16;

/**
 * The third quotes DEV half (all DEV, quotes only): articles outside every earlier draw (the first
 * draw with its TEST half, grown, outlets, fresh to fresh4, quotes and quotes2) whose body is not an
 * earlier drawn article's, body 600–2,500 characters, with at least 2 speech cues of the quotes half's
 * filter, in the order of SHA-256 `marsad-facts-quotes3:<id>`: the first 3 of each ANT outlet and the
 * first of each SaudiNewsNet newspaper, 16 of those at most.
 */
export const drawQuotes3Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES3_MIN_BODY && a.body.length <= QUOTES3_MAX_BODY && speechCues(a.body) >= QUOTES3_MIN_CUES;
  return drawAfter("quotes3", accept, { perAnt: QUOTES3_PER_ANT_SOURCE, perSnn: QUOTES3_PER_SNN_SOURCE, snnTotal: QUOTES3_SNN_TOTAL });
});

// The sixth fresh DEV half: figures only, from the outlets the earlier halves drew least from (each of
// these had under 10% of its pool articles in them: SkyNews 63 of 729, and ten SaudiNewsNet papers),
// drawn when five fresh halves had each been tuned to 0.95–1.00 while TEST barely moved. Fixed before
// any of its articles was read.
const FRESH6_MAX_BODY = 3_000;
const FRESH6_PER_ANT_SOURCE = 4;
const FRESH6_PER_SNN_SOURCE = 2;
const FRESH6_OUTLETS = new Set(["SkyNews", "alriyadh", "aljazirah", "almadina", "was", "alyaum", "okaz", "aleqtisadiya", "alwatan", "aawsat", "3alyoum"]);

/**
 * The sixth fresh DEV half (all DEV, figures only): articles of the outlets drawn least (FRESH6_OUTLETS)
 * outside every earlier draw (the first draw with its TEST half, grown, outlets, fresh to fresh5,
 * quotes to quotes3) whose body is not an earlier drawn article's nor one drawn before it in this half,
 * body 400–3,000 characters, with an event figure by the draw's filter, in the order of SHA-256
 * `marsad-facts-fresh6:<id>`: the first 4 of SkyNews and the first 2 of each of the ten papers.
 */
export const drawFresh6Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => FRESH6_OUTLETS.has(a.source) && a.body.length >= MIN_BODY && a.body.length <= FRESH6_MAX_BODY && mentionsEventFigure(a.body);
  const drawn = drawAfter("fresh6", accept, { perAnt: FRESH6_PER_ANT_SOURCE, perSnn: FRESH6_PER_SNN_SOURCE });
  return withDistinctBodies(drawn);
});

// The fourth quotes DEV half: quotes only, drawn when rules tuned on the three quotes halves moved TEST
// speakers little (0.888). Those halves were all drawn with a complementizer-or-quotation cue, while
// TEST was drawn from ordinary news with no speech filter, so this half asks only for a speech word
// (the outlets half's broad filter, twice) in medium bodies. Fixed before any of its articles was read.
const QUOTES4_MIN_BODY = 1_000;
const QUOTES4_MAX_BODY = 3_000;
const QUOTES4_MIN_SPEECH_WORDS = 2;
const QUOTES4_PER_ANT_SOURCE = 3;
const QUOTES4_PER_SNN_SOURCE = 1;
const QUOTES4_SNN_TOTAL = 11;
const SPEECH_ALL_RE = new RegExp(SPEECH_RE.source, "gu");

/** quotes4's filter, the later quotes halves' too: a body of 1,000 to `maxBody` characters with at least 2 speech words of the outlets half's filter. */
const hasSpeechWords = (maxBody: number) => (a: CorpusArticle): boolean => a.body.length >= QUOTES4_MIN_BODY && a.body.length <= maxBody && [...a.body.matchAll(SPEECH_ALL_RE)].length >= QUOTES4_MIN_SPEECH_WORDS;

/**
 * The fourth quotes DEV half (all DEV, quotes only): articles outside every earlier draw (the first
 * draw with its TEST half, grown, outlets, fresh to fresh5, quotes to quotes3) whose body is not an
 * earlier drawn article's nor one drawn before it in this half, body 1,000–3,000 characters, with at
 * least 2 speech words of the outlets half's filter, in the order of SHA-256
 * `marsad-facts-quotes4:<id>`: the first 3 of each ANT outlet and the first of each SaudiNewsNet
 * newspaper, 11 of those at most.
 */
export const drawQuotes4Dev = drawnOnce((): DrawnArticle[] => {
  const drawn = drawAfter("quotes4", hasSpeechWords(QUOTES4_MAX_BODY), { perAnt: QUOTES4_PER_ANT_SOURCE, perSnn: QUOTES4_PER_SNN_SOURCE, snnTotal: QUOTES4_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The seventh fresh DEV half: figures only, drawn as the first draw was (TEST is a share of that draw),
// because six fresh halves with their own filters were each tuned to 0.92–1.00 while TEST stayed at
// P 0.81 / R 0.72: the same pool (400–6,000 characters, both corpora, no outlet cap), a few articles
// whatever they hold and then articles with an event figure by the first draw's filter, so its
// untouched score estimates TEST's. Fixed before any of its articles was read.
const FRESH7_ANY_PER_CORPUS = 5;
const FRESH7_EVENT_PER_CORPUS = 7;

type LikeFirstPart = "fresh7" | "fresh8" | "fresh9" | "fresh10" | "fresh14" | "fresh16" | "fresh19" | "fresh20" | "fresh21" | "fresh22" | "fresh23";

/**
 * One corpus drawn as the first draw was, outside `earlier` and its bodies: the pool of 400–6,000
 * characters in SHA-256 order of `marsad-facts-<part>:<id>`, the first `any` whatever they hold, then
 * the next `event` with an event figure by the first draw's filter.
 */
function drawLikeFirst(corpus: DrawnArticle["corpus"], articles: CorpusArticle[], earlier: DrawnArticle[], draw: { part: LikeFirstPart; any: number; event: number }): DrawnArticle[] {
  const taken = new Set(earlier.map((a) => a.id));
  const unseenBody = hasUnseenBody(earlier);
  const pool = articles.filter((a) => !taken.has(a.id) && unseenBody(a) && hasFirstDrawLength(a));
  const { any, event } = anyThenEvent(inDrawOrder(pool, `marsad-facts-${draw.part}`), draw);
  return [...any, ...event].map((a): DrawnArticle => ({ ...a, corpus, part: draw.part, split: "dev" }));
}

/** A DEV half drawn as the first draw was (drawLikeFirst) from both corpora, outside its earlier draws (drawnBefore), a body equal to one before it in the half left out. */
function drawnLikeFirst(draw: { part: LikeFirstPart; any: number; event: number }): DrawnArticle[] {
  const earlier = drawnBefore(draw.part);
  return withDistinctBodies([...drawLikeFirst("ant", readAnt(), earlier, draw), ...drawLikeFirst("saudinewsnet", readSaudiNewsNet(), earlier, draw)]);
}

/**
 * The seventh fresh DEV half (all DEV, figures only): articles outside every earlier draw (the first
 * draw with its TEST half, grown, outlets, fresh to fresh6, quotes to quotes4) whose body is not an
 * earlier drawn article's nor one drawn before it in this half, body 400–6,000 characters, in the order
 * of SHA-256 `marsad-facts-fresh7:<id>` within each corpus: the first 5 whatever they hold, then the
 * next 7 with an event figure by the first draw's filter (24 articles before repeated bodies are left out).
 */
export const drawFresh7Dev = drawnOnce((): DrawnArticle[] => drawnLikeFirst({ part: "fresh7", any: FRESH7_ANY_PER_CORPUS, event: FRESH7_EVENT_PER_CORPUS }));

// The eighth fresh DEV half: fresh7 again, drawn the same way after it, because fresh7's 13 figures
// were too few to say whether TEST's gap is the rules' (fresh7 untouched: P 1.000, R 0.923).
// Fixed before any of its articles was read; no rule is to be tuned on it before it is measured.
const FRESH8_ANY_PER_CORPUS = 3;
const FRESH8_EVENT_PER_CORPUS = 7;

/** The eighth fresh DEV half (all DEV, figures only): as fresh7, outside it too, in SHA-256 `marsad-facts-fresh8:<id>` order, 3 whatever they hold and 7 with an event figure per corpus. */
export const drawFresh8Dev = drawnOnce((): DrawnArticle[] => drawnLikeFirst({ part: "fresh8", any: FRESH8_ANY_PER_CORPUS, event: FRESH8_EVENT_PER_CORPUS }));

// The ninth fresh DEV half (figs13): fresh7 and fresh8 had been tuned on (0.97–1.00) while TEST stayed
// at P 0.81 / R 0.72, so the next rules need sentences drawn as TEST was and fitted by nobody. Drawn
// as fresh8, after every earlier draw (quotes5 and quotes6 too). Fixed before any of its articles was read.
const FRESH9_ANY_PER_CORPUS = 3;
const FRESH9_EVENT_PER_CORPUS = 7;

/** The ninth fresh DEV half (all DEV, figures only): as fresh8, outside every earlier draw, in SHA-256 `marsad-facts-fresh9:<id>` order, 3 whatever they hold and 7 with an event figure per corpus. */
export const drawFresh9Dev = drawnOnce((): DrawnArticle[] => drawnLikeFirst({ part: "fresh9", any: FRESH9_ANY_PER_CORPUS, event: FRESH9_EVENT_PER_CORPUS }));

// The fifth quotes DEV half: quotes only, drawn when every earlier quotes half had been tuned on (quotes4
// too, after its untouched measurement), so the speech rules of the next change are measured on
// sentences nobody fitted them to. Drawn like quotes4 (a speech word of the outlets half's broad filter,
// twice, in medium bodies), smaller so it is labelled by hand within one sitting. Fixed before any of
// its articles was read.
const QUOTES5_PER_ANT_SOURCE = 2;
const QUOTES5_PER_SNN_SOURCE = 1;
const QUOTES5_SNN_TOTAL = 6;

/**
 * The fifth quotes DEV half (all DEV, quotes only): articles outside every earlier draw (the first draw
 * with its TEST half, grown, outlets, fresh to fresh6, quotes to quotes4) whose body is not an earlier
 * drawn article's nor one drawn before it in this half, body 1,000–3,000 characters, with at least 2
 * speech words of the outlets half's filter, in the order of SHA-256 `marsad-facts-quotes5:<id>`: the
 * first 2 of each ANT outlet and the first of each SaudiNewsNet newspaper, 6 of those at most.
 */
export const drawQuotes5Dev = drawnOnce((): DrawnArticle[] => {
  const drawn = drawAfter("quotes5", hasSpeechWords(QUOTES4_MAX_BODY), { perAnt: QUOTES5_PER_ANT_SOURCE, perSnn: QUOTES5_PER_SNN_SOURCE, snnTotal: QUOTES5_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The sixth quotes DEV half (quotes12): every earlier quotes half had been tuned on (DEV speakers 0.93–1.00)
// while TEST stayed at 0.89, so the next speech rules need sentences nobody fitted them to. Drawn like
// quotes5, after every earlier draw (fresh7 and fresh8 too). Fixed before any of its articles was read.
const QUOTES6_PER_ANT_SOURCE = 2;
const QUOTES6_PER_SNN_SOURCE = 1;
const QUOTES6_SNN_TOTAL = 6;

/**
 * The sixth quotes DEV half (all DEV, quotes only): articles outside every earlier draw (the first draw
 * with its TEST half, grown, outlets, fresh to fresh8, quotes to quotes5) whose body is not an earlier
 * drawn article's nor one drawn before it in this half, body 1,000–3,000 characters, with at least 2
 * speech words of the outlets half's filter, in the order of SHA-256 `marsad-facts-quotes6:<id>`: the
 * first 2 of each ANT outlet and the first of each SaudiNewsNet newspaper, 6 of those at most.
 */
export const drawQuotes6Dev = drawnOnce((): DrawnArticle[] => {
  const drawn = drawAfter("quotes6", hasSpeechWords(QUOTES4_MAX_BODY), { perAnt: QUOTES6_PER_ANT_SOURCE, perSnn: QUOTES6_PER_SNN_SOURCE, snnTotal: QUOTES6_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The seventh quotes DEV half (quotes13): quotes6 was tuned on by quotes12 (0.885 -> 0.950 on speakers)
// while TEST stayed at 0.892, so the next speech rules need sentences nobody fitted them to. Drawn like
// quotes6, after every earlier draw (quotes6 too), with two more SaudiNewsNet papers. Fixed before any of
// its articles was read.
const QUOTES7_PER_ANT_SOURCE = 2;
const QUOTES7_PER_SNN_SOURCE = 1;
const QUOTES7_SNN_TOTAL = 8;

/**
 * The seventh quotes DEV half (all DEV, quotes only): articles outside every earlier draw (the first
 * draw with its TEST half, grown, outlets, fresh to fresh8, quotes to quotes6) whose body is not an
 * earlier drawn article's nor one drawn before it in this half, body 1,000–3,000 characters, with at
 * least 2 speech words of the outlets half's filter, in the order of SHA-256
 * `marsad-facts-quotes7:<id>`: the first 2 of each ANT outlet and the first of each SaudiNewsNet
 * newspaper, 8 of those at most.
 */
export const drawQuotes7Dev = drawnOnce((): DrawnArticle[] => {
  const drawn = drawAfter("quotes7", hasSpeechWords(QUOTES4_MAX_BODY), { perAnt: QUOTES7_PER_ANT_SOURCE, perSnn: QUOTES7_PER_SNN_SOURCE, snnTotal: QUOTES7_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The eighth quotes DEV half (quotes16): quotes7 was tuned on by quotes13 (0.851 -> 0.925 on speakers)
// while TEST stayed at 0.895, so the next speech rules need sentences nobody fitted them to. Drawn like
// quotes7, after every earlier draw (fresh9 and quotes7 too). Fixed before any of its articles was read.
const QUOTES8_PER_ANT_SOURCE = 2;
const QUOTES8_PER_SNN_SOURCE = 1;
const QUOTES8_SNN_TOTAL = 8;

/**
 * The eighth quotes DEV half (all DEV, quotes only): articles outside every earlier draw (the first
 * draw with its TEST half, grown, outlets, fresh to fresh9, quotes to quotes7) whose body is not an
 * earlier drawn article's nor one drawn before it in this half, body 1,000–3,000 characters, with at
 * least 2 speech words of the outlets half's filter, in the order of SHA-256
 * `marsad-facts-quotes8:<id>`: the first 2 of each ANT outlet and the first of each SaudiNewsNet
 * newspaper, 8 of those at most.
 */
export const drawQuotes8Dev = drawnOnce((): DrawnArticle[] => {
  const drawn = drawAfter("quotes8", hasSpeechWords(QUOTES4_MAX_BODY), { perAnt: QUOTES8_PER_ANT_SOURCE, perSnn: QUOTES8_PER_SNN_SOURCE, snnTotal: QUOTES8_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The tenth fresh DEV half (figs19): every figures DEV half was at P 0.92–1.00 / R 0.90–1.00 while
// TEST stayed at P 0.82 / R 0.77, so the next rules need sentences drawn as TEST was and fitted by
// nobody. Drawn as fresh9, after every earlier draw (fresh9 and quotes7, quotes8 too). Fixed before
// any of its articles was read.
const FRESH10_ANY_PER_CORPUS = 3;
const FRESH10_EVENT_PER_CORPUS = 7;

/** The tenth fresh DEV half (all DEV, figures only): as fresh9, outside every earlier draw (fresh9, quotes7 and quotes8 included), in SHA-256 `marsad-facts-fresh10:<id>` order, 3 whatever they hold and 7 with an event figure per corpus. */
export const drawFresh10Dev = drawnOnce((): DrawnArticle[] => drawnLikeFirst({ part: "fresh10", any: FRESH10_ANY_PER_CORPUS, event: FRESH10_EVENT_PER_CORPUS }));

// The ninth quotes DEV half (quotes19): every DEV half was at speaker 0.955–1.00 after quotes18 while
// TEST stayed at 0.895, so DEV no longer shows TEST's errors and the next speech rules need sentences
// nobody fitted them to. Drawn like quotes8, after every earlier draw (quotes8 too), with bodies up to
// 4,000 characters and ten SaudiNewsNet papers. Fixed before any of its articles was read.
const QUOTES9_MAX_BODY = 4_000;
const QUOTES9_PER_ANT_SOURCE = 2;
const QUOTES9_PER_SNN_SOURCE = 1;
const QUOTES9_SNN_TOTAL = 10;

/**
 * The ninth quotes DEV half (all DEV, quotes only): articles outside every earlier draw (the first
 * draw with its TEST half, grown, outlets, fresh to fresh9, quotes to quotes8) whose body is not an
 * earlier drawn article's nor one drawn before it in this half, body 1,000–4,000 characters, with at
 * least 2 speech words of the outlets half's filter, in the order of SHA-256
 * `marsad-facts-quotes9:<id>`: the first 2 of each ANT outlet and the first of each SaudiNewsNet
 * newspaper, 10 of those at most.
 */
export const drawQuotes9Dev = drawnOnce((): DrawnArticle[] => {
  const drawn = drawAfter("quotes9", hasSpeechWords(QUOTES9_MAX_BODY), { perAnt: QUOTES9_PER_ANT_SOURCE, perSnn: QUOTES9_PER_SNN_SOURCE, snnTotal: QUOTES9_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The eleventh fresh DEV half (figs22): every figures DEV half was at P 0.95–1.00 / R 0.90–1.00 while
// TEST stayed at P 0.82 / R 0.77, so the next rules need many figure sentences fitted by nobody:
// fresh5's filter (rich in figures) over the first draw's pool of both corpora, after every earlier
// draw (fresh10 and quotes9 too; quotes10 was drawn in the same session, apart). Fixed before any of its articles was read.
const FRESH11_PER_CORPUS = 12;

/**
 * The eleventh fresh DEV half (all DEV, figures only): articles outside every earlier draw (the first
 * draw with its TEST half and every later DEV half) whose body is not an earlier drawn article's nor
 * one drawn before it in this half, body 600–4,000 characters, with at least 3 event words of the
 * draw's filter that have a number near them, in the order of SHA-256 `marsad-facts-fresh11:<id>`
 * within each corpus: the first 12 of each.
 */
export const drawFresh11Dev = drawnOnce((): DrawnArticle[] => {
  const earlier = drawnBefore("fresh11");
  const taken = new Set(earlier.map((a) => a.id));
  const unseenBody = hasUnseenBody(earlier);
  const accept = (a: CorpusArticle) => !taken.has(a.id) && unseenBody(a) && a.body.length >= FRESH5_MIN_BODY && a.body.length <= FRESH5_MAX_BODY && eventFigureCount(a.body) >= FRESH5_MIN_EVENT_FIGURES;
  const firstOf = (corpus: DrawnArticle["corpus"], articles: CorpusArticle[]) =>
    inDrawOrder(articles.filter(accept), "marsad-facts-fresh11").slice(0, FRESH11_PER_CORPUS).map((a): DrawnArticle => ({ ...a, corpus, part: "fresh11", split: "dev" }));
  return withDistinctBodies([...firstOf("ant", readAnt()), ...firstOf("saudinewsnet", readSaudiNewsNet())]);
});

// The tenth quotes DEV half (quotes22): every DEV half was at speaker 0.95–1.00 after quotes19–21 while
// TEST stayed at 0.903, so the next speech rules need sentences nobody fitted them to. Drawn like
// quotes9, after every earlier draw (fresh10 and quotes9 too). Fixed before any of its articles was read.
const QUOTES10_PER_ANT_SOURCE = 2;
const QUOTES10_PER_SNN_SOURCE = 1;
const QUOTES10_SNN_TOTAL = 10;

/**
 * The tenth quotes DEV half (all DEV, quotes only): as quotes9, outside every earlier draw (the first
 * draw with its TEST half, grown, outlets, fresh to fresh10, quotes to quotes9), body 1,000–4,000
 * characters, at least 2 speech words of the outlets half's filter, in the order of SHA-256
 * `marsad-facts-quotes10:<id>`: the first 2 of each ANT outlet and the first of each SaudiNewsNet
 * newspaper, 10 of those at most.
 */
export const drawQuotes10Dev = drawnOnce((): DrawnArticle[] => {
  const drawn = drawAfter("quotes10", hasSpeechWords(QUOTES9_MAX_BODY), { perAnt: QUOTES10_PER_ANT_SOURCE, perSnn: QUOTES10_PER_SNN_SOURCE, snnTotal: QUOTES10_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The twelfth fresh DEV half (figs23): fresh11, labelled blind, scored P 0.847 / R 0.762 untouched —
// TEST's level — while every tuned DEV half was at 0.95–1.00, and rules fixed on it did not move TEST:
// TEST's errors are a long tail, so each round needs more figure sentences fitted by nobody. fresh5's
// filter (rich in figures), spread over the outlets, after every earlier draw (fresh11 and quotes10
// too). Fixed before any of its articles was read.
const FRESH12_MAX_BODY = 3_000;
const FRESH12_PER_ANT_SOURCE = 5;
const FRESH12_PER_SNN_SOURCE = 1;
const FRESH12_SNN_TOTAL = 12;

/**
 * The twelfth fresh DEV half (all DEV, figures only): articles outside every earlier draw (the first
 * draw with its TEST half and every later DEV half up to fresh11 and quotes10) whose body is not an
 * earlier drawn article's nor one drawn before it in this half, body 600–3,000 characters, with at
 * least 3 event words of the draw's filter that have a number near them, in the order of SHA-256
 * `marsad-facts-fresh12:<id>`: the first 5 of each ANT outlet and the first of each SaudiNewsNet
 * newspaper, 12 of those at most.
 */
export const drawFresh12Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= FRESH5_MIN_BODY && a.body.length <= FRESH12_MAX_BODY && eventFigureCount(a.body) >= FRESH5_MIN_EVENT_FIGURES;
  const drawn = drawAfter("fresh12", accept, { perAnt: FRESH12_PER_ANT_SOURCE, perSnn: FRESH12_PER_SNN_SOURCE, snnTotal: FRESH12_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The eleventh quotes DEV half (quotes23): every long-used DEV half was at speaker 0.95–1.00 while TEST
// stayed at 0.903, and quotes10, fresh, scored 0.894 untouched — so breadth, not the old halves, shows
// TEST's errors. Drawn like quotes10, after every earlier draw (fresh11 and quotes10 too). Fixed before
// any of its articles was read.
const QUOTES11_PER_ANT_SOURCE = 2;
const QUOTES11_PER_SNN_SOURCE = 1;
const QUOTES11_SNN_TOTAL = 10;

/**
 * The eleventh quotes DEV half (all DEV, quotes only): as quotes10, outside every earlier draw (the
 * first draw with its TEST half, grown, outlets, fresh to fresh11, quotes to quotes10) whose body is not
 * an earlier drawn article's nor one drawn before it in this half, body 1,000–4,000 characters, at
 * least 2 speech words of the outlets half's filter, in the order of SHA-256
 * `marsad-facts-quotes11:<id>`: the first 2 of each ANT outlet and the first of each SaudiNewsNet
 * newspaper, 10 of those at most.
 */
export const drawQuotes11Dev = drawnOnce((): DrawnArticle[] => {
  const drawn = drawAfter("quotes11", hasSpeechWords(QUOTES9_MAX_BODY), { perAnt: QUOTES11_PER_ANT_SOURCE, perSnn: QUOTES11_PER_SNN_SOURCE, snnTotal: QUOTES11_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The thirteenth fresh DEV half (figs25): a blind second annotation of TEST (agree25) put marsad at
// R 0.780 against a second annotator too, so TEST's gap is the extractor's, and only figure sentences
// fitted by nobody show it. Drawn as fresh12, after every earlier draw (fresh12 and quotes11 too), with
// up to 4,000 characters and 3 per SaudiNewsNet paper because fresh12's limits left 14 articles (their
// titles only were seen). Fixed before any article was read.
const FRESH13_MAX_BODY = 4_000;
const FRESH13_PER_SNN_SOURCE = 3;
const FRESH13_SNN_TOTAL = 15;

/**
 * The thirteenth fresh DEV half (all DEV, figures only): as fresh12, outside every earlier draw (the
 * first draw with its TEST half and every later DEV half up to fresh12 and quotes11) whose body is not
 * an earlier drawn article's nor one drawn before it in this half, body 600–4,000 characters, with at
 * least 3 event words of the draw's filter that have a number near them, in the order of SHA-256
 * `marsad-facts-fresh13:<id>`: the first 5 of each ANT outlet and the first 3 of each SaudiNewsNet
 * newspaper, 15 of those at most. Twelve earlier figure halves leave few such articles: 17 drawn
 * (6 ANT, Sky News Arabia and France 24 the only outlets with any left; 11 SaudiNewsNet).
 */
export const drawFresh13Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= FRESH5_MIN_BODY && a.body.length <= FRESH13_MAX_BODY && eventFigureCount(a.body) >= FRESH5_MIN_EVENT_FIGURES;
  const drawn = drawAfter("fresh13", accept, { perAnt: FRESH12_PER_ANT_SOURCE, perSnn: FRESH13_PER_SNN_SOURCE, snnTotal: FRESH13_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// fresh14 (figs26) and quotes12 (quotes26) were drawn in parallel, each outside every half before them
// and not outside the other (DRAWN_AFTER names neither for the other), so both stay as labelled.
// The fourteenth fresh DEV half (figs26): every figures DEV half was at P 0.95–1.00 / R 0.91–1.00 while
// TEST stayed at P 0.818 / R 0.766, and the rules of figs26 come from mining the whole non-TEST pool,
// so a half drawn before that mining, left out of it and labelled before marsad was run on it,
// measures them on sentences nobody fitted them to. Drawn as the first draw was (as fresh7 to fresh10),
// after every earlier draw (fresh13 and quotes11 too), smaller: per corpus 2 whatever they hold and 5
// with an event figure. Fixed before any of its articles was read.
const FRESH14_ANY_PER_CORPUS = 2;
const FRESH14_EVENT_PER_CORPUS = 5;

/**
 * The fourteenth fresh DEV half (all DEV, figures only): articles outside every earlier draw (the
 * first draw with its TEST half and every later DEV half up to fresh13 and quotes11) whose body is not
 * an earlier drawn article's nor one drawn before it in this half, body 400–6,000 characters, in the
 * order of SHA-256 `marsad-facts-fresh14:<id>` within each corpus: the first 2 whatever they hold,
 * then the next 5 with an event figure by the first draw's filter.
 */
export const drawFresh14Dev = drawnOnce((): DrawnArticle[] => drawnLikeFirst({ part: "fresh14", any: FRESH14_ANY_PER_CORPUS, event: FRESH14_EVENT_PER_CORPUS }));

// The twelfth quotes DEV half (quotes26): quotes10 and quotes11 were tuned on (speaker 0.933 and 0.913)
// while TEST stayed at 0.900, so the next speech rules need sentences nobody fitted them to. Drawn like
// quotes11, after every earlier draw (fresh13 and quotes11 too). Fixed before any of its articles was read.
const QUOTES12_PER_ANT_SOURCE = 2;
const QUOTES12_PER_SNN_SOURCE = 1;
const QUOTES12_SNN_TOTAL = 10;

/**
 * The twelfth quotes DEV half (all DEV, quotes only): as quotes11, outside every earlier draw (the first
 * draw with its TEST half and every later DEV half, fresh13 and quotes11 too) whose body is not an earlier
 * drawn article's nor one drawn before it in this half, body 1,000–4,000 characters, at least 2 speech
 * words of the outlets half's filter, in the order of SHA-256 `marsad-facts-quotes12:<id>`: the first 2
 * of each ANT outlet and the first of each SaudiNewsNet newspaper, 10 of those at most.
 */
export const drawQuotes12Dev = drawnOnce((): DrawnArticle[] => {
  const drawn = drawAfter("quotes12", hasSpeechWords(QUOTES9_MAX_BODY), { perAnt: QUOTES12_PER_ANT_SOURCE, perSnn: QUOTES12_PER_SNN_SOURCE, snnTotal: QUOTES12_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The fifteenth fresh DEV half (figs28): every figures DEV half was near its ceiling, and figs26's miss
// mining and figs27's precision audit of the non-TEST pool found no repeated error, while TEST stayed at
// P 0.818 / R 0.766 — so TEST's errors come from phrasings no DEV half holds. The articles richest in
// figures left after every earlier draw (fresh14 and quotes12 too), over TEST's length range and no
// outlet more than 3 times. Fixed before any of its articles was read (only the counts per outlet of
// the articles that pass the filter were seen).
const FRESH15_MAX_BODY = 6_000;
const FRESH15_PER_SOURCE = 3;
const FRESH15_TOTAL_PER_CORPUS = 10;

/**
 * The fifteenth fresh DEV half (all DEV, figures only): articles outside every earlier draw (the first
 * draw with its TEST half and every later DEV half, fresh14 and quotes12 too) whose body is not an
 * earlier drawn article's nor one drawn before it in this half, body 400–6,000 characters, with at
 * least 3 event words of the draw's filter that have a number near them, in the order of SHA-256
 * `marsad-facts-fresh15:<id>`: the first 3 of each outlet (ANT outlet or SaudiNewsNet paper), 10 per
 * corpus at most.
 */
export const drawFresh15Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= MIN_BODY && a.body.length <= FRESH15_MAX_BODY && eventFigureCount(a.body) >= FRESH5_MIN_EVENT_FIGURES;
  const drawn = drawAfter("fresh15", accept, { perAnt: FRESH15_PER_SOURCE, perSnn: FRESH15_PER_SOURCE, snnTotal: FRESH15_TOTAL_PER_CORPUS });
  return withDistinctBodies(drawn);
});

// The thirteenth quotes DEV half (quotes29): every DEV half was saturated (quotes12 speaker 0.990 after
// quotes26–28) while TEST stayed at 0.897, so the speech rules need sentences nobody fitted them to.
// Drawn after every earlier draw (fresh15 and quotes12 too), shorter bodies rich in quoted speech so
// that about 13 articles can be labelled by hand before marsad is run on them: 1,000–3,000 characters
// and at least 3 speech cues of the quotes half's pattern (a speech word before a complementizer, a
// colon or a quotation mark). Fixed before any of its articles was read.
const QUOTES13_MAX_BODY = 3_000;
const QUOTES13_MIN_CUES = 3;
const QUOTES13_PER_ANT_SOURCE = 1;
const QUOTES13_PER_SNN_SOURCE = 1;
const QUOTES13_SNN_TOTAL = 7;

/**
 * The thirteenth quotes DEV half (all DEV, quotes only): articles outside every earlier draw (the first
 * draw with its TEST half and every later DEV half, fresh15 and quotes12 too) whose body is not an
 * earlier drawn article's nor one drawn before it in this half, body 1,000–3,000 characters, at least 3
 * speech cues (`QUOTED_SPEECH_RE`), in the order of SHA-256 `marsad-facts-quotes13:<id>`: the first of
 * each ANT outlet and the first of each SaudiNewsNet newspaper, 7 of those at most.
 */
export const drawQuotes13Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES4_MIN_BODY && a.body.length <= QUOTES13_MAX_BODY && speechCues(a.body) >= QUOTES13_MIN_CUES;
  const drawn = drawAfter("quotes13", accept, { perAnt: QUOTES13_PER_ANT_SOURCE, perSnn: QUOTES13_PER_SNN_SOURCE, snnTotal: QUOTES13_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The fourteenth quotes DEV half (quotes40): every quotes DEV half sat at speaker 0.94–0.99 while TEST stayed
// at 0.897, and the DEV halves do not look like TEST: TEST is a share of the first draw, whose articles run up
// to 6,000 characters, with speakers named paragraphs before their quotes and speech going on over paragraphs.
// So this half takes long bodies only, drawn from both corpora as the first draw was, after every earlier
// draw (quotes13 too): 1,800–6,000 characters with at least 3 speech cues of the quotes half's pattern.
// Fixed before any of its articles was read.
const QUOTES14_MIN_BODY = 1_800;
const QUOTES14_MIN_CUES = 3;
const QUOTES14_PER_ANT_SOURCE = 2;
const QUOTES14_PER_SNN_SOURCE = 1;
const QUOTES14_SNN_TOTAL = 6;

/**
 * The fourteenth quotes DEV half (all DEV, quotes only): articles outside every earlier draw (the first
 * draw with its TEST half and every later DEV half, quotes13 too) whose body is not an earlier drawn
 * article's nor one drawn before it in this half, body 1,800–6,000 characters (the first draw's longest),
 * at least 3 speech cues (`QUOTED_SPEECH_RE`), in the order of SHA-256 `marsad-facts-quotes14:<id>`: the
 * first 2 of each ANT outlet and the first of each SaudiNewsNet newspaper, 6 of those at most.
 */
export const drawQuotes14Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES14_MIN_BODY && a.body.length <= MAX_BODY && speechCues(a.body) >= QUOTES14_MIN_CUES;
  const drawn = drawAfter("quotes14", accept, { perAnt: QUOTES14_PER_ANT_SOURCE, perSnn: QUOTES14_PER_SNN_SOURCE, snnTotal: QUOTES14_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The sixteenth fresh DEV half (fig50): fifteen fresh halves were at or near 1.0 while TEST stayed at
// P 0.818 / R 0.766, its weakest strata the first draw's event articles (SaudiNewsNet event P 0.842 /
// R 0.696, ANT event 0.882 / 0.882). So this half is drawn as those strata were: the first draw's pool
// (both corpora, 400–6,000 characters) and its event rule (an event figure by the first draw's filter),
// after every earlier draw (fresh15 and quotes14 too) and their bodies, no article drawn whatever it
// holds. Fixed before any of its articles was read.
const FRESH16_EVENT_PER_CORPUS = 11;

/**
 * The sixteenth fresh DEV half (all DEV, figures only): articles outside every earlier draw (the first
 * draw with its TEST half and every later DEV half, fresh15 and quotes14 too) whose body is not an
 * earlier drawn article's nor one drawn before it in this half, body 400–6,000 characters, in the order
 * of SHA-256 `marsad-facts-fresh16:<id>` within each corpus: the first 11 with an event figure by the
 * first draw's filter (the first draw's event strata).
 */
export const drawFresh16Dev = drawnOnce((): DrawnArticle[] => drawnLikeFirst({ part: "fresh16", any: 0, event: FRESH16_EVENT_PER_CORPUS }));

// The fifteenth quotes DEV half (quotes50): quotes14, drawn like TEST's long articles, was the first DEV half
// whose untouched speaker score was as low as TEST's (0.916), and was tuned on by quotes40 (0.947) while TEST
// stayed at 0.897. So this half is drawn exactly as quotes14 was (same accept rule and counts), after every
// earlier draw (quotes14 too). Fixed before any of its articles was read.
/**
 * The fifteenth quotes DEV half (all DEV, quotes only): drawn like `drawQuotes14Dev` — body 1,800–6,000
 * characters, at least 3 speech cues (`QUOTED_SPEECH_RE`), the first 2 of each ANT outlet and the first of
 * each SaudiNewsNet newspaper, 6 of those at most — outside every earlier draw (quotes14 too) and their
 * bodies, in the order of SHA-256 `marsad-facts-quotes15:<id>`.
 */
export const drawQuotes15Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES14_MIN_BODY && a.body.length <= MAX_BODY && speechCues(a.body) >= QUOTES14_MIN_CUES;
  const drawn = drawAfter("quotes15", accept, { perAnt: QUOTES14_PER_ANT_SOURCE, perSnn: QUOTES14_PER_SNN_SOURCE, snnTotal: QUOTES14_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The seventeenth fresh DEV half (fig60, rich in group readings): the halves drawn like TEST score near
// DEV when untouched, and the one measured difference is how many figures carry a group (who the figure
// counts): 2 of 17 required labels on fresh16. So this half keeps articles whose event figure has a group
// phrase, by the grammar of Arabic casualty reports, not by any TEST sentence: a number followed by a
// group noun (or by من and one: «12 جنديا», «3 من رجال الأمن», «5 أطفال»), or a part introduced by
// بينهم / منهم / من بين and a number, within 60 characters of an event word. Fixed before any
// of its articles was read. The filter is narrow: of the pool left after every earlier draw only 24
// articles pass it (only these counts per outlet were seen before the rule was fixed), so all are drawn.
const FRESH17_WINDOW = 60;
// The filter only, not the extractor's lexicon: group nouns in their common printed forms.
const GROUP_NOUNS = [
  "أطفال", "اطفال", "طفلا", "طفلين", "نساء", "امرأة", "امرأتين", "سيدات", "مدني", "مدنيا", "مدنيين", "جندي", "جنديا", "جنديين", "جنود",
  "عسكري", "عسكريا", "عسكريين", "ضباط", "ضابطا", "شرطي", "شرطيا", "شرطيين", "رجال", "عناصر", "عنصرا", "أفراد", "افراد", "مسلح",
  "مسلحا", "مسلحين", "مقاتل", "مقاتلا", "مقاتلين", "متمرد", "متمردا", "متمردين", "إرهابي", "إرهابيا", "إرهابيين", "ارهابيين", "صحفي",
  "صحفيا", "صحفيين", "صحافي", "صحافيا", "صحافيين", "مسعف", "مسعفين", "قوات", "الأمن", "الشرطة", "الجيش",
];
const NUMBER_SOURCE = `(?:[0-9\u0660-\u0669]+|${NUMBER_WORDS.join("|")})`;
const GROUP_PHRASE_RE = new RegExp(`${NUMBER_SOURCE}\\s+(?:من\\s+)?(?:ال)?(?:${GROUP_NOUNS.join("|")})|(?:بينهم|منهم|من بين)\\s+(?:[^\\s.،]+\\s+){0,2}${NUMBER_SOURCE}`, "u");

/** Whether an event word of the first draw's filter has a group phrase (GROUP_PHRASE_RE) within FRESH17_WINDOW characters. */
function mentionsGroupFigure(body: string): boolean {
  for (const m of body.matchAll(EVENT_RE)) {
    const from = Math.max(0, m.index - FRESH17_WINDOW);
    if (GROUP_PHRASE_RE.test(body.slice(from, m.index + m[0].length + FRESH17_WINDOW))) return true;
  }
  return false;
}

/**
 * The seventeenth fresh DEV half (all DEV, figures only): articles outside every earlier draw (the first
 * draw with its TEST half and every later DEV half, fresh16 and quotes15 too) whose body is not an
 * earlier drawn article's nor one drawn before it in this half, body 400–6,000 characters, an event word
 * of the first draw's filter with a group phrase within 60 characters (`mentionsGroupFigure`), in the
 * order of SHA-256 `marsad-facts-fresh17:<id>` within each corpus: every one that passes (the pool left is
 * small), no outlet cap.
 */
export const drawFresh17Dev = drawnOnce((): DrawnArticle[] => {
  const earlier = drawnBefore("fresh17");
  const taken = new Set(earlier.map((a) => a.id));
  const unseenBody = hasUnseenBody(earlier);
  const accept = (a: CorpusArticle) => hasFirstDrawLength(a) && unseenBody(a) && mentionsGroupFigure(a.body);
  return withDistinctBodies([
    ...drawPerSource("ant", readAnt(), taken, { part: "fresh17", perSource: Infinity, accept }),
    ...drawPerSource("saudinewsnet", readSaudiNewsNet(), taken, { part: "fresh17", perSource: Infinity, accept }),
  ]);
});

// The eighteenth fresh DEV half (fig70, counts whose group may stand outside their phrase): two shapes of
// Arabic casualty reports where a count's people are named by another count of its sentence, by grammar
// and not by any TEST sentence: a count followed (right away or past one word) by «آخرين / آخرون / آخران»
// («وإصابة ثمانية آخرين», «12 شخصا آخرين»), and a sentence with a count followed by a group noun and, later,
// an event word of another kind with a bare number after it («مقتل 3 جنود وإصابة 5»). Fixed before any of
// its articles was read: only the counts and body lengths of the articles that pass were seen. The shapes are
// common in casualty news, but 88 of the 104 articles of both corpora that hold one were drawn before (those
// of the first draw's 400–6,000 characters: 10 left), so the length bounds are widened to 300–8,000 characters
// and every article that passes is drawn, with no outlet cap (13).
const OTHERS_RE = new RegExp(`${NUMBER_SOURCE}\\s+(?:[^\\s.،]+\\s+)?(?:آخرين|آخرون|آخران|اخرين|اخرون|اخران)(?![\\p{L}])`, "u");
// The filter only: event words by kind, to tell a second count of another kind.
const KIND_WORDS: Record<string, string[]> = {
  killed: ["قتل", "مقتل", "قتيل", "قتلى", "مصرع", "استشهاد", "استشهد", "شهيد", "شهداء", "وفاة", "توفي", "حتفهم"],
  injured: ["إصابة", "اصابة", "أصيب", "اصيب", "إصابات", "جرح", "جريح", "جرحى", "مصاب", "مصابين"],
  arrested: ["اعتقال", "اعتقل", "توقيف", "أوقف", "اوقف", "القبض", "أسر", "اسر", "اختطاف", "خطف"],
};
const KIND_RE = new RegExp(Object.entries(KIND_WORDS).map(([k, ws]) => `(?<${k}>${ws.join("|")})`).join("|"), "gu");
const GROUP_COUNT_RE = new RegExp(`${NUMBER_SOURCE}\\s+(?:من\\s+)?(?:ال)?(?:${GROUP_NOUNS.join("|")})`, "u");
const BARE_COUNT_RE = new RegExp(`^\\s+(?:[^\\s.،]+\\s+)?(?:نحو\\s+|حوالي\\s+|أكثر من\\s+)?${NUMBER_SOURCE}(?!\\s+(?:من\\s+)?(?:ال)?(?:${GROUP_NOUNS.join("|")}))`, "u");

const FRESH18_MIN_BODY = 300;
const FRESH18_MAX_BODY = 8_000;

/** Whether a sentence holds a count with a group noun after an event word, then an event word of another kind with a bare count. */
function sentenceHasGroupThenBare(sentence: string): boolean {
  const events = [...sentence.matchAll(KIND_RE)].map((m) => ({ at: m.index, end: m.index + m[0].length, kind: Object.keys(m.groups!).find((k) => m.groups![k] !== undefined)! }));
  for (let i = 0; i < events.length; i++) {
    const first = events[i]!;
    const grouped = GROUP_COUNT_RE.exec(sentence.slice(first.end, first.end + 40));
    if (!grouped) continue;
    const after = first.end + grouped.index + grouped[0].length;
    for (const second of events.slice(i + 1)) {
      if (second.at < after || second.kind === first.kind) continue;
      if (BARE_COUNT_RE.test(sentence.slice(second.end, second.end + 30))) return true;
    }
  }
  return false;
}

/** Whether an article has a count of «آخرين» near an event word, or a sentence of a grouped count then a bare count of another kind. */
function mentionsSharedGroup(body: string): boolean {
  for (const m of [...body.matchAll(EVENT_RE), ...body.matchAll(KIND_RE)]) {
    const from = Math.max(0, m.index - FRESH17_WINDOW);
    if (OTHERS_RE.test(body.slice(from, m.index + m[0].length + FRESH17_WINDOW))) return true;
  }
  return body.split(/[.!?؟\n]+/u).some(sentenceHasGroupThenBare);
}

/**
 * The eighteenth fresh DEV half (all DEV, figures only): articles outside every earlier draw (the first
 * draw with its TEST half and every later DEV half, fresh17 and quotes15 too) whose body is not an earlier
 * drawn article's nor one drawn before it in this half, body 300–8,000 characters, a shared-group shape
 * (`mentionsSharedGroup`), in the order of SHA-256 `marsad-facts-fresh18:<id>` within each corpus: every one
 * that passes (the pool left is small), no outlet cap.
 */
export const drawFresh18Dev = drawnOnce((): DrawnArticle[] => {
  const earlier = drawnBefore("fresh18");
  const taken = new Set(earlier.map((a) => a.id));
  const unseenBody = hasUnseenBody(earlier);
  const accept = (a: CorpusArticle) => a.body.length >= FRESH18_MIN_BODY && a.body.length <= FRESH18_MAX_BODY && unseenBody(a) && mentionsSharedGroup(a.body);
  return withDistinctBodies([
    ...drawPerSource("ant", readAnt(), taken, { part: "fresh18", perSource: Infinity, accept }),
    ...drawPerSource("saudinewsnet", readSaudiNewsNet(), taken, { part: "fresh18", perSource: Infinity, accept }),
  ]);
});

// The sixteenth quotes DEV half (quotes70): every quotes DEV half was at speaker 0.93–1.00 after quotes50 while
// TEST stayed at 0.897, and the rules of quotes70 were drawn from the pool, so they need sentences nobody
// fitted them to. Drawn as quotes13 was (its accept rule and counts: 1,000–3,000 characters, at least 3 speech
// cues, the first of each ANT outlet and of each SaudiNewsNet newspaper, 7 of those at most), after every
// earlier draw (fresh17 and quotes15 too) and their bodies. Fixed before any of its articles was read.
/**
 * The sixteenth quotes DEV half (all DEV, quotes only): drawn like `drawQuotes13Dev` — body 1,000–3,000
 * characters, at least 3 speech cues (`QUOTED_SPEECH_RE`), the first of each ANT outlet and the first of each
 * SaudiNewsNet newspaper, 7 of those at most — outside every earlier draw (fresh17 and quotes15 too) and
 * their bodies, in the order of SHA-256 `marsad-facts-quotes16:<id>`.
 */
export const drawQuotes16Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES4_MIN_BODY && a.body.length <= QUOTES13_MAX_BODY && speechCues(a.body) >= QUOTES13_MIN_CUES;
  const drawn = drawAfter("quotes16", accept, { perAnt: QUOTES13_PER_ANT_SOURCE, perSnn: QUOTES13_PER_SNN_SOURCE, snnTotal: QUOTES13_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The nineteenth fresh DEV half (fig72, figures and quotes, drawn by TEST's own procedure): every halved draw
// since fresh7 that imitated the first draw took figures only, and the quotes halves took their own filters,
// so no DEV half measures both as TEST does. TEST is a share of the first draw: per corpus, the pool of
// 400–6,000 characters in SHA-256 order, the first articles whatever they hold, then the next with an event
// figure by the first draw's filter. This half is drawn so (3 whatever they hold, then 10 with an event
// figure, per corpus; see below) after every earlier draw (fresh18 and quotes16 too) and their bodies, and labelled for
// figures and quote speakers both (BOTH_KINDS_PARTS). Fixed before any of its articles was read. First drawn
// with 5 event articles per corpus; those 16 articles held only 6 required figure tuples (TEST's share of
// figure articles is as low), so before marsad was run on any of them the event count was raised to 10: the
// same order, the first 16 kept, the next 5 event articles of each corpus added unread.
const FRESH19_ANY_PER_CORPUS = 3;
const FRESH19_EVENT_PER_CORPUS = 10;

/**
 * The nineteenth fresh DEV half (all DEV, figures and quotes): articles outside every earlier draw (the first
 * draw with its TEST half and every later DEV half, fresh18 and quotes16 too) whose body is not an earlier
 * drawn article's nor one drawn before it in this half, body 400–6,000 characters, in the order of SHA-256
 * `marsad-facts-fresh19:<id>` within each corpus: the first 3 whatever they hold, then the next 10 with an
 * event figure by the first draw's filter.
 */
export const drawFresh19Dev = drawnOnce((): DrawnArticle[] => drawnLikeFirst({ part: "fresh19", any: FRESH19_ANY_PER_CORPUS, event: FRESH19_EVENT_PER_CORPUS }));

// The twentieth fresh DEV half (fig76, figures only, drawn by TEST's own procedure): fresh19, drawn so, held 12
// required figure tuples, too few to tell its untouched P and R from TEST's (P 0.818, R 0.766 on 47 tuples), and
// every DEV half had been tuned to 0.90–1.00 on. Drawn as fresh19 after every earlier draw (fresh19 too), with
// more event articles, so that rules written on the other halves can be checked on sentences fitted by nobody
// before TEST is read. Fixed before any of its articles was read.
const FRESH20_ANY_PER_CORPUS = 2;
const FRESH20_EVENT_PER_CORPUS = 12;

/**
 * The twentieth fresh DEV half (all DEV, figures only): as fresh19, outside it too, in SHA-256
 * `marsad-facts-fresh20:<id>` order within each corpus: the first 2 whatever they hold, then the next 12 with an
 * event figure by the first draw's filter.
 */
export const drawFresh20Dev = drawnOnce((): DrawnArticle[] => drawnLikeFirst({ part: "fresh20", any: FRESH20_ANY_PER_CORPUS, event: FRESH20_EVENT_PER_CORPUS }));

// The twenty-first fresh DEV half (fig76, figures only, drawn by TEST's own procedure): fresh20, untouched, scored
// P 1.000 / R 0.688 on 16 required tuples; with fresh19's 12 that is still fewer tuples than TEST's 47. Drawn as fresh20
// after every earlier draw (fresh20 too), so that fresh19 to fresh21 together, labelled before marsad was run on them,
// stand in for TEST when rules are checked. Fixed before any of its articles was read.
const FRESH21_ANY_PER_CORPUS = 2;
const FRESH21_EVENT_PER_CORPUS = 12;

/**
 * The twenty-first fresh DEV half (all DEV, figures only): as fresh20, outside it too, in SHA-256
 * `marsad-facts-fresh21:<id>` order within each corpus: the first 2 whatever they hold, then the next 12 with an
 * event figure by the first draw's filter.
 */
export const drawFresh21Dev = drawnOnce((): DrawnArticle[] => drawnLikeFirst({ part: "fresh21", any: FRESH21_ANY_PER_CORPUS, event: FRESH21_EVENT_PER_CORPUS }));

// The twenty-second fresh DEV half (fig77, figures only, drawn by TEST's own procedure): fresh19 to fresh21, drawn so and
// labelled before marsad was run on them, scored P 1.000 / R 0.800 untouched over 40 tuples, recall as low as TEST's, and
// their eight misses were eight constructions. Drawn as fresh21 after every earlier draw (fresh21 too), so that rules
// written on the misses of every DEV half can be measured on sentences fitted by nobody. Fixed before any of its articles
// was read.
const FRESH22_ANY_PER_CORPUS = 2;
const FRESH22_EVENT_PER_CORPUS = 12;

/**
 * The twenty-second fresh DEV half (all DEV, figures only): as fresh21, outside it too, in SHA-256
 * `marsad-facts-fresh22:<id>` order within each corpus: the first 2 whatever they hold, then the next 12 with an
 * event figure by the first draw's filter.
 */
export const drawFresh22Dev = drawnOnce((): DrawnArticle[] => drawnLikeFirst({ part: "fresh22", any: FRESH22_ANY_PER_CORPUS, event: FRESH22_EVENT_PER_CORPUS }));

// The twenty-third fresh DEV half (fig78, figures only, drawn by TEST's own procedure): fresh19 to fresh22, drawn so and
// labelled before marsad was run on them, scored P 1.000 / R 0.804 untouched over 51 tuples, and fig77's rules were
// written on their misses. Drawn as fresh22 after every earlier draw (fresh22 too), so that the next rules can be
// measured on sentences fitted by nobody. Fixed before any of its articles was read.
const FRESH23_ANY_PER_CORPUS = 2;
const FRESH23_EVENT_PER_CORPUS = 12;

/**
 * The twenty-third fresh DEV half (all DEV, figures only): as fresh22, outside it too, in SHA-256
 * `marsad-facts-fresh23:<id>` order within each corpus: the first 2 whatever they hold, then the next 12 with an
 * event figure by the first draw's filter.
 */
export const drawFresh23Dev = drawnOnce((): DrawnArticle[] => drawnLikeFirst({ part: "fresh23", any: FRESH23_ANY_PER_CORPUS, event: FRESH23_EVENT_PER_CORPUS }));

// The seventeenth quotes DEV half (qts80): every quotes DEV half scored speaker 0.95–1.00 after qts79 while TEST stayed
// at 0.904, so DEV no longer showed TEST's kind of error (long articles, speakers named paragraphs before their quotes,
// speech going on over paragraphs). Drawn exactly as quotes14 and quotes15 were (their accept rule and counts), after
// every earlier draw (fresh23 and quotes16 too) and their bodies. Fixed before any of its articles was read.
/**
 * The seventeenth quotes DEV half (all DEV, quotes only): drawn like `drawQuotes14Dev` — body 1,800–6,000
 * characters, at least 3 speech cues (`QUOTED_SPEECH_RE`), the first 2 of each ANT outlet and the first of each
 * SaudiNewsNet newspaper, 6 of those at most — outside every earlier draw (fresh23 and quotes16 too) and their
 * bodies, in the order of SHA-256 `marsad-facts-quotes17:<id>`.
 */
export const drawQuotes17Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES14_MIN_BODY && a.body.length <= MAX_BODY && speechCues(a.body) >= QUOTES14_MIN_CUES;
  const drawn = drawAfter("quotes17", accept, { perAnt: QUOTES14_PER_ANT_SOURCE, perSnn: QUOTES14_PER_SNN_SOURCE, snnTotal: QUOTES14_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The twenty-fourth fresh DEV half (fig82, figures only, shaped like TEST): every figures DEV half had been tuned on
// while TEST stayed at P 0.822 / R 0.787, and after fresh23 the ANT pool holds no article of 400–6,000 characters with an
// event figure by the first draw's filter outside the earlier draws. TEST is the first draw's share: ordinary articles
// ("any") and articles with an event figure ("event"). This half keeps that shape and TEST's body lengths: its event
// articles are taken in equal numbers from the four length bins cut at the quartiles of TEST's own event articles (both
// corpora), so its lengths follow TEST's, not the pool's; its "any" articles are the first of each ANT outlet (the
// ANT event pool being empty). Fixed before any of its articles was read, with 3 event articles per bin; those 17
// articles held 4 required figure tuples, so before marsad was run on any of them the count was raised to 5 per bin in
// a second round over the same order (the 17 kept, 7 more added unread; one bin ran out under the outlet cap).
const FRESH24_EVENT_PER_BIN_ROUNDS = [3, 5];
const FRESH24_EVENT_PER_SOURCE = 2;
const FRESH24_ANY_PER_ANT_SOURCE = 1;

/** The cut points of TEST's event articles' body lengths at their quartiles: four bins, the first from 400 and the last to 6,000. */
export function testEventLengthBins(): number[] {
  const lengths = drawFactsSample().filter((a) => a.split === "test" && a.part === "event").map((a) => a.body.length).sort((x, y) => x - y);
  const at = (q: number) => lengths[Math.floor(q * (lengths.length - 1))]!;
  return [MIN_BODY, at(0.25), at(0.5), at(0.75), MAX_BODY + 1];
}

/** Which of `bins` (cut points, each bin from one up to the next, the next excluded) holds `length`; -1 when none. */
export function lengthBin(bins: readonly number[], length: number): number {
  for (let i = 0; i + 1 < bins.length; i++) if (length >= bins[i]! && length < bins[i + 1]!) return i;
  return -1;
}

/**
 * Articles taken by body-length bin: each round goes over `ordered` (in its order) and takes every article `accept` takes
 * whose bin holds fewer than the round's number and whose source fewer than `perSource`; a later round with a larger
 * number adds to what the earlier ones took, which it keeps.
 */
export function takeByLengthBins<A extends { id: string; source: string; body: string }>(ordered: readonly A[], draw: { bins: readonly number[]; rounds: readonly number[]; perSource: number; accept: (a: A) => boolean }): A[] {
  const perBin = draw.bins.slice(1).map(() => 0);
  const perSource = new Map<string, number>();
  const taken: A[] = [];
  const ids = new Set<string>();
  for (const cap of draw.rounds) {
    for (const a of ordered) {
      const bin = lengthBin(draw.bins, a.body.length);
      if (ids.has(a.id) || bin < 0 || perBin[bin]! >= cap || (perSource.get(a.source) ?? 0) >= draw.perSource || !draw.accept(a)) continue;
      perBin[bin]!++;
      perSource.set(a.source, (perSource.get(a.source) ?? 0) + 1);
      ids.add(a.id);
      taken.push(a);
    }
  }
  return taken;
}

/**
 * The twenty-fourth fresh DEV half (all DEV, figures only): articles outside every earlier draw (the first draw with
 * its TEST half and every later DEV half, fresh23 and quotes17 too) whose body is not an earlier drawn article's nor one
 * drawn before it in this half, body 400–6,000 characters, in the order of SHA-256 `marsad-facts-fresh24:<id>`, ANT
 * first: with an event figure by the first draw's filter, by the four length bins of TEST's event articles
 * (`testEventLengthBins`), 3 in each and then up to 5 (`takeByLengthBins`), 2 per outlet at most (the ANT pool has none
 * left); whatever they hold, the first of each ANT outlet.
 */
export const drawFresh24Dev = drawnOnce((): DrawnArticle[] => {
  const earlier = drawnBefore("fresh24");
  const taken = new Set(earlier.map((a) => a.id));
  const unseenBody = hasUnseenBody(earlier);
  const inPool = (a: CorpusArticle) => !taken.has(a.id) && unseenBody(a) && hasFirstDrawLength(a);
  const tag = (corpus: DrawnArticle["corpus"]) => (a: CorpusArticle): DrawnArticle => ({ ...a, corpus, part: "fresh24", split: "dev" });
  const ordered = [...inDrawOrder(readAnt().filter(inPool), "marsad-facts-fresh24").map(tag("ant")), ...inDrawOrder(readSaudiNewsNet().filter(inPool), "marsad-facts-fresh24").map(tag("saudinewsnet"))];
  const event = takeByLengthBins(ordered, { bins: testEventLengthBins(), rounds: FRESH24_EVENT_PER_BIN_ROUNDS, perSource: FRESH24_EVENT_PER_SOURCE, accept: (a) => mentionsEventFigure(a.body) });
  const any = drawPerSource("ant", readAnt(), new Set([...taken, ...event.map((a) => a.id)]), { part: "fresh24", perSource: FRESH24_ANY_PER_ANT_SOURCE, accept: inPool });
  return withDistinctBodies([...any, ...event]);
});

const FRESH25_ANY_PER_ANT_SOURCE = 1;

/**
 * The twenty-fifth fresh DEV half (all DEV, figures only): the rest of the pool after every earlier draw (fresh24 too).
 * After fresh24 no ANT article of 400–6,000 characters has an event figure by the first draw's filter, and 30
 * SaudiNewsNet ones do, too few to fill TEST's length bins again. So, in the order of SHA-256
 * `marsad-facts-fresh25:<id>`, ANT first, every article with an event figure whose body is not an earlier drawn
 * article's nor one drawn before it in this half: first those of 400–6,000 characters, with the first of each ANT outlet
 * whatever it holds (as fresh24 and TEST's `any` part); then, in a second round fixed after the first was read (it held 6
 * required tuples) and before marsad was run on any of them, those of every other length.
 */
export const drawFresh25Dev = drawnOnce((): DrawnArticle[] => {
  const earlier = drawnBefore("fresh25");
  const taken = new Set(earlier.map((a) => a.id));
  const unseenBody = hasUnseenBody(earlier);
  const left = (a: CorpusArticle) => !taken.has(a.id) && unseenBody(a);
  const event = (corpus: DrawnArticle["corpus"], articles: CorpusArticle[], length: (a: CorpusArticle) => boolean): DrawnArticle[] =>
    inDrawOrder(articles.filter((a) => left(a) && length(a) && mentionsEventFigure(a.body)), "marsad-facts-fresh25").map((a) => ({ ...a, corpus, part: "fresh25", split: "dev" }));
  const eventOf = (length: (a: CorpusArticle) => boolean) => [...event("ant", readAnt(), length), ...event("saudinewsnet", readSaudiNewsNet(), length)];
  const firstRound = eventOf(hasFirstDrawLength);
  const any = drawPerSource("ant", readAnt(), new Set([...taken, ...firstRound.map((a) => a.id)]), { part: "fresh25", perSource: FRESH25_ANY_PER_ANT_SOURCE, accept: (a) => left(a) && hasFirstDrawLength(a) });
  return withDistinctBodies([...any, ...firstRound, ...eventOf((a) => !hasFirstDrawLength(a))]);
});

// The eighteenth quotes DEV half (qts84): after qts82 and qts83 every quotes DEV half scored speaker 0.93–1.00 and DEV as a
// whole 0.991 while TEST stayed at 0.904, and DEV's speaker errors left were one story each. Drawn exactly as quotes14,
// quotes15 and quotes17 were (their accept rule and counts), after every earlier draw (fresh24 and quotes17 too) and
// their bodies, so that speakers can be measured on long articles nobody has fitted. Fixed before any of its articles
// was read.
/**
 * The eighteenth quotes DEV half (all DEV, quotes only): drawn like `drawQuotes17Dev` — body 1,800–6,000 characters, at
 * least 3 speech cues, the first 2 of each ANT outlet and the first of each SaudiNewsNet newspaper, 6 of those at most —
 * outside every earlier draw (fresh24 and quotes17 too) and their bodies, in the order of SHA-256
 * `marsad-facts-quotes18:<id>`.
 */
export const drawQuotes18Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES14_MIN_BODY && a.body.length <= MAX_BODY && speechCues(a.body) >= QUOTES14_MIN_CUES;
  const drawn = drawAfter("quotes18", accept, { perAnt: QUOTES14_PER_ANT_SOURCE, perSnn: QUOTES14_PER_SNN_SOURCE, snnTotal: QUOTES14_SNN_TOTAL });
  return withDistinctBodies(drawn);
});

// The nineteenth quotes DEV half (qts85): after qts84 DEV as a whole scored speaker 0.991 and quotes18, untouched, 0.920,
// while TEST stayed at 0.904; quotes14 to quotes18 took 2 articles of each ANT outlet and 6 SaudiNewsNet papers at most, so
// the papers drawn least (Al Weeam, Arriyadiyah, SPA, 3alyoum) were rarely seen. Drawn with quotes14's accept rule, one
// article of every outlet, so each outlet and paper weighs the same. Fixed before any of its articles was read.
const QUOTES19_PER_SOURCE = 1;

/**
 * The nineteenth quotes DEV half (all DEV, quotes only): body 1,800–6,000 characters, at least 3 speech cues, the first
 * article of each ANT outlet and of each SaudiNewsNet newspaper (no total), outside every earlier draw (fresh25 and
 * quotes18 too) and their bodies, in the order of SHA-256 `marsad-facts-quotes19:<id>`.
 */
export const drawQuotes19Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES14_MIN_BODY && a.body.length <= MAX_BODY && speechCues(a.body) >= QUOTES14_MIN_CUES;
  return withDistinctBodies(drawAfter("quotes19", accept, { perAnt: QUOTES19_PER_SOURCE, perSnn: QUOTES19_PER_SOURCE }));
});

// The twentieth quotes DEV half (qts86): quotes19, untouched, scored speaker 0.839 and after qts85's rules 0.920 while TEST
// stayed at 0.907; each new untouched half has shown error shapes TEST shares. Drawn exactly as quotes19 (its filter, one
// article of every outlet and paper), after it. Fixed before any of its articles was read.
const QUOTES20_PER_SOURCE = 1;

/**
 * The twentieth quotes DEV half (all DEV, quotes only): as quotes19, outside every earlier draw (quotes19 too) and their
 * bodies, in the order of SHA-256 `marsad-facts-quotes20:<id>`.
 */
export const drawQuotes20Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES14_MIN_BODY && a.body.length <= MAX_BODY && speechCues(a.body) >= QUOTES14_MIN_CUES;
  return withDistinctBodies(drawAfter("quotes20", accept, { perAnt: QUOTES20_PER_SOURCE, perSnn: QUOTES20_PER_SOURCE }));
});

// The twenty-first quotes DEV half (qts87): quotes20, untouched, scored speaker 0.867 and after qts86's rule 0.918 while
// TEST stayed at 0.907; each new untouched half has shown error shapes TEST shares. Drawn exactly as quotes19 and quotes20
// (their filter, one article of every outlet and paper), after them. Fixed before any of its articles was read.
const QUOTES21_PER_SOURCE = 1;

/**
 * The twenty-first quotes DEV half (all DEV, quotes only): as quotes20, outside every earlier draw (quotes20 too) and their
 * bodies, in the order of SHA-256 `marsad-facts-quotes21:<id>`.
 */
export const drawQuotes21Dev = drawnOnce((): DrawnArticle[] => {
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES14_MIN_BODY && a.body.length <= MAX_BODY && speechCues(a.body) >= QUOTES14_MIN_CUES;
  return withDistinctBodies(drawAfter("quotes21", accept, { perAnt: QUOTES21_PER_SOURCE, perSnn: QUOTES21_PER_SOURCE }));
});

/** The later DEV halves labelled for figures and quotes both (every other fresh half labels figures only, every quotes half quotes only). */
// A NewsFANE DEV half (issue 12, figures only, other outlets and years): the sentences of NewsFANE Gold's
// public part (2001–2006 wires) outside the NER split's TEST part, with a harm word within WINDOW
// characters of a number (NEWSFANE_HARM_RE, folded spellings as the corpus prints them). Each sentence is an
// article with no title or date. Fixed before marsad was run on the sentences fig86 added.
const NEWSFANE_HARM_RE = /قتل|قتيل|قتلى|مصرع|حتف|وفا[ةه]|وفيات|توفي|ضحايا|ضحي[ةه]|شهيد|شهداء|استشهد|استشهاد|جرح|جريح|جرحى|اصاب|اصيب|مصاب|اعتقل|معتقل|توقيف|اوقف|موقوف|نازح|نزوح|تهجير|لاجئ|مفقود|فقد|اختطف|اختطاف|خطف|رهين|رهائن|اسرى|اسير|احتجز|احتجاز|غرق|لقي|اجلاء|اجلي|قضى|قضوا|سقط|اعدام|اعدم|سجن|سجين|جثث|جثة|جثت|محتجز|شرد|مشرد|فروا|هرب|حصيل|مستشفى|انقاذ/gu;
const NEWSFANE_NUMBER_RE = /[0-9\u0660-\u0669]|اثن|ثلاث|اربع|خمس|ست[ةه]|سبع|ثماني|تسع|عشر|مئ|مائ|الف|الاف|ملايين|مليون/u;

function hasNewsFaneHarmFigure(text: string): boolean {
  for (const m of text.matchAll(NEWSFANE_HARM_RE)) {
    if (NEWSFANE_NUMBER_RE.test(text.slice(Math.max(0, m.index - WINDOW), m.index + m[0].length + WINDOW))) return true;
  }
  return false;
}

export const drawNewsFaneDev = drawnOnce((): DrawnArticle[] =>
  newsFaneSentences()
    .filter((s) => !s.nerTest && hasNewsFaneHarmFigure(s.text))
    .map((s) => ({ id: s.id, title: "", body: s.text, source: "newsfane", publishedAt: null, category: null, corpus: "newsfane", part: "newsfane", split: "dev" })),
);

// The twenty-sixth fresh DEV half (fig87): TEST scored P 0.822, R 0.787 while the halves drawn lately (event articles
// only, or NewsFANE's harm sentences) scored 0.94–0.99, so those halves are narrower than TEST, whose articles are
// mostly (64 of 88) the first draw's `any` part: whole articles whatever they hold, where numbers that count no harm
// stand beside the figures. After fresh25 no article of either corpus has an event figure by the first draw's filter,
// so the first draw's `event` rule can take none; this half is drawn by its `any` rule alone. Fixed before any of its
// articles was read.
const FRESH26_ANY_PER_CORPUS = 25;

/**
 * The twenty-sixth fresh DEV half (all DEV, figures only): the first draw's `any` rule over what every earlier draw
 * left (fresh25, quotes20 and the NewsFANE half too): per corpus, the first 25 articles of 400–6,000 characters whose
 * body is not an earlier drawn article's nor one drawn before it in this half, whatever they hold, in the order of
 * SHA-256 `marsad-facts-fresh26:<id>`, ANT first.
 */
export const drawFresh26Dev = drawnOnce((): DrawnArticle[] => drawnByAnyRule("fresh26", FRESH26_ANY_PER_CORPUS));

/**
 * The first draw's `any` rule over what every draw before `part` left: per corpus, the first `perCorpus` articles of
 * 400–6,000 characters whose body is not an earlier drawn article's nor one drawn before it in this half, whatever they
 * hold, in the order of SHA-256 `marsad-facts-<part>:<id>`, ANT first.
 */
function drawnByAnyRule(part: LaterDevPart, perCorpus: number): DrawnArticle[] {
  const earlier = drawnBefore(part);
  const taken = new Set(earlier.map((a) => a.id));
  const unseenBody = hasUnseenBody(earlier);
  const inPool = (a: CorpusArticle) => !taken.has(a.id) && unseenBody(a) && hasFirstDrawLength(a);
  const firstOf = (corpus: DrawnArticle["corpus"], articles: CorpusArticle[]): DrawnArticle[] =>
    withDistinctBodies(inDrawOrder(articles.filter(inPool), `marsad-facts-${part}`).map((a): DrawnArticle => ({ ...a, corpus, part, split: "dev" }))).slice(0, perCorpus);
  return withDistinctBodies([...firstOf("ant", readAnt()), ...firstOf("saudinewsnet", readSaudiNewsNet())]);
}

// The twenty-second quotes DEV half (qts88): the quotes halves drawn lately (1,800–6,000 characters, at least 3 speech
// cues, one article per outlet) scored speaker 0.87–0.97 untouched while TEST stayed at 0.907, so they may not resemble
// TEST, whose quotes come from whole articles of the first draw (64 of 88 its `any` part). The first draw's `event` rule
// can take no article any more (fresh26), so this half is drawn by its `any` rule alone, as fresh26, after fresh26 and
// quotes21. Fixed before any of its articles was read.
const QUOTES22_ANY_PER_CORPUS = 6;

/** The twenty-second quotes DEV half (all DEV, quotes only): the first draw's `any` rule (drawnByAnyRule), 6 per corpus, after fresh26 and quotes21. */
export const drawQuotes22Dev = drawnOnce((): DrawnArticle[] => drawnByAnyRule("quotes22", QUOTES22_ANY_PER_CORPUS));

// The twenty-third quotes DEV half (qts89): quotes22's 12 articles held 22 quotes, too few to say whether TEST (speaker
// 0.907) is harder than the halves drawn by its own rule (quotes21 0.968, quotes22 0.955 untouched); so a larger half by
// the same `any` rule, after quotes22. Fixed before any of its articles was read.
const QUOTES23_ANY_PER_CORPUS = 15;

/** The twenty-third quotes DEV half (all DEV, quotes only): the first draw's `any` rule (drawnByAnyRule), 15 per corpus, after quotes22. */
export const drawQuotes23Dev = drawnOnce((): DrawnArticle[] => drawnByAnyRule("quotes23", QUOTES23_ANY_PER_CORPUS));

// The twenty-fourth quotes DEV half (qts96): every quotes DEV half was saturated (DEV as a whole speaker 0.989) while TEST
// stayed at speaker 0.907, so the rules need quote sentences nobody fitted them to. Drawn as quotes13 and quotes16 were
// (1,000–3,000 characters, at least 3 speech cues, the first of each ANT outlet and of each SaudiNewsNet newspaper), with
// room for more papers (9 at most), after every earlier draw (quotes23 too) and their bodies. Fixed before any of its
// articles was read. Unlike the earlier halves it leaves out other outlets' versions of a story an earlier draw (TEST too)
// holds, not only equal bodies: two papers' copies of DEV articles of quotes9 and quotes12 passed the body check.
const QUOTES24_SNN_TOTAL = 9;

/**
 * The twenty-fourth quotes DEV half (all DEV, quotes only): body 1,000–3,000 characters, at least 3 speech cues
 * (`QUOTED_SPEECH_RE`), the first of each ANT outlet and the first of each SaudiNewsNet newspaper, 9 of those at most,
 * outside every earlier draw (quotes23 too) and their stories (`hasUnseenStory`), in the order of SHA-256
 * `marsad-facts-quotes24:<id>`.
 */
export const drawQuotes24Dev = drawnOnce((): DrawnArticle[] => {
  const unseenStory = hasUnseenStory(drawnBefore("quotes24"));
  const accept = (a: CorpusArticle) => a.body.length >= QUOTES4_MIN_BODY && a.body.length <= QUOTES13_MAX_BODY && speechCues(a.body) >= QUOTES13_MIN_CUES && unseenStory(a);
  return withDistinctStories(drawAfter("quotes24", accept, { perAnt: QUOTES13_PER_ANT_SOURCE, perSnn: QUOTES13_PER_SNN_SOURCE, snnTotal: QUOTES24_SNN_TOTAL }));
});

// The twenty-seventh fresh DEV half (fig100, figures only): TEST stayed at P 0.822, R 0.787 while the later-ANT halves
// (another file, July–October 2018) rose to 0.94–1.00, so this half goes back to TEST's own pool (both samples, TEST's
// 400–6,000 characters). No article left has an event figure by the first draw's filter (fresh25 took the last), so the
// cue is wider: a harm word of a longer list, folded spellings too, within the first draw's window of a number written
// in digits or as a whole number word. Fixed before any of its articles was read; the lists pick articles only.
const FRESH27_HARM_RE = new RegExp(
  [
    ...EVENT_WORDS,
    "اصيب", "أصيب", "استشهد", "لقي", "لقوا", "جثة", "جثث", "جثامين", "غرق", "اختطف", "خطف", "احتجاز", "احتجز", "القبض",
    "رهائن", "رهينة", "إجلاء", "اجلاء", "مشرد", "هجر", "فرار", "فروا", "سجين", "سجناء", "موقوف", "متهم",
  ].join("|"),
  "gu",
);
const FRESH27_NUMBER_WORDS = [
  ...NUMBER_WORDS, "اثنتين", "اثنتان", "ثلاث", "أربع", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "عشرين", "عشرون",
  "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "ملايين",
];
const FRESH27_NUMBER_RE = new RegExp(`[0-9\\u0660-\\u0669]|(?:^|[^\\p{L}])[وبل]?(?:${FRESH27_NUMBER_WORDS.join("|")})(?![\\p{L}])`, "u");
// First fixed at 13 per corpus (26 articles, read, labelled and measured: 2 required tuples); then, before marsad was run
// on any of the next ones, a second round over the same order raised it to 26 (the first 13 kept).
const FRESH27_PER_CORPUS = 26;

/** Whether a harm word of the wider list has a number (digits or a whole number word) within WINDOW characters. */
export function hasWideFigureCue(body: string): boolean {
  for (const m of body.matchAll(FRESH27_HARM_RE)) {
    if (FRESH27_NUMBER_RE.test(body.slice(Math.max(0, m.index - WINDOW), m.index + m[0].length + WINDOW))) return true;
  }
  return false;
}

/**
 * The twenty-seventh fresh DEV half (all DEV, figures only): per corpus, the first 26 articles of 400–6,000 characters
 * with a wide figure cue (hasWideFigureCue), outside every earlier draw (the first draw with its TEST half, fresh26 and
 * quotes24 too), their bodies and their stories (hasUnseenStory), and telling no story an article before them in this
 * half tells, in the order of SHA-256 `marsad-facts-fresh27:<id>`, ANT first.
 */
export const drawFresh27Dev = drawnOnce((): DrawnArticle[] => {
  const earlier = drawnBefore("fresh27");
  const taken = new Set(earlier.map((a) => a.id));
  const unseenBody = hasUnseenBody(earlier);
  const unseenStory = hasUnseenStory(earlier);
  const inPool = (a: CorpusArticle) => !taken.has(a.id) && hasFirstDrawLength(a) && unseenBody(a) && hasWideFigureCue(a.body) && unseenStory(a);
  const firstOf = (corpus: DrawnArticle["corpus"], articles: CorpusArticle[]): DrawnArticle[] =>
    withDistinctStories(inDrawOrder(articles.filter(inPool), "marsad-facts-fresh27").map((a): DrawnArticle => ({ ...a, corpus, part: "fresh27", split: "dev" }))).slice(0, FRESH27_PER_CORPUS);
  return [...firstOf("ant", readAnt()), ...firstOf("saudinewsnet", readSaudiNewsNet())];
});

// Two outlets' versions of one story share most of their words even when their bodies differ; at this share an
// article is taken as a version of the other's story.
const SAME_STORY_SHARE = 0.5;
const MIN_STORY_WORD = 3;

function storyWords(body: string): Set<string> {
  return new Set(body.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= MIN_STORY_WORD));
}

/** The share of the smaller article's distinct words (3 letters or more) the other holds. */
function sharedWords(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return small.size ? shared / small.size : 0;
}

/** Whether an article tells none of the stories of `earlier`'s news articles (sharedWords below SAME_STORY_SHARE). */
function hasUnseenStory(earlier: DrawnArticle[]): (a: CorpusArticle) => boolean {
  const earlierWords = earlier.filter((a) => a.corpus === "ant" || a.corpus === "saudinewsnet").map((a) => storyWords(a.body));
  return (a) => {
    const words = storyWords(a.body);
    return earlierWords.every((w) => sharedWords(words, w) < SAME_STORY_SHARE);
  };
}

/** The drawn articles that tell no story an article before them in the draw tells (the later in draw order is left out). */
function withDistinctStories(drawn: DrawnArticle[]): DrawnArticle[] {
  const kept: { a: DrawnArticle; words: Set<string> }[] = [];
  for (const a of drawn) {
    const words = storyWords(a.body);
    if (kept.every((k) => sharedWords(words, k.words) < SAME_STORY_SHARE)) kept.push({ a, words });
  }
  return kept.map((k) => k.a);
}

export const BOTH_KINDS_PARTS: ReadonlySet<LaterDevPart> = new Set<LaterDevPart>(["fresh19"]);

/** Each later DEV half's draw, by part. */
export const LATER_DEV_DRAWS: Record<LaterDevPart, () => DrawnArticle[]> = { grown: drawGrownDev, outlets: drawOutletsDev, fresh: drawFreshDev, fresh2: drawFresh2Dev, fresh3: drawFresh3Dev, fresh4: drawFresh4Dev, fresh5: drawFresh5Dev, fresh6: drawFresh6Dev, fresh7: drawFresh7Dev, fresh8: drawFresh8Dev, fresh9: drawFresh9Dev, fresh10: drawFresh10Dev, fresh11: drawFresh11Dev, fresh12: drawFresh12Dev, fresh13: drawFresh13Dev, fresh14: drawFresh14Dev, fresh15: drawFresh15Dev, fresh16: drawFresh16Dev, fresh17: drawFresh17Dev, fresh18: drawFresh18Dev, fresh19: drawFresh19Dev, fresh20: drawFresh20Dev, fresh21: drawFresh21Dev, fresh22: drawFresh22Dev, fresh23: drawFresh23Dev, fresh24: drawFresh24Dev, fresh25: drawFresh25Dev, fresh26: drawFresh26Dev, quotes: drawQuotesDev, quotes2: drawQuotes2Dev, quotes3: drawQuotes3Dev, quotes4: drawQuotes4Dev, quotes5: drawQuotes5Dev, quotes6: drawQuotes6Dev, quotes7: drawQuotes7Dev, quotes8: drawQuotes8Dev, quotes9: drawQuotes9Dev, quotes10: drawQuotes10Dev, quotes11: drawQuotes11Dev, quotes12: drawQuotes12Dev, quotes13: drawQuotes13Dev, quotes14: drawQuotes14Dev, quotes15: drawQuotes15Dev, quotes16: drawQuotes16Dev, quotes17: drawQuotes17Dev, quotes18: drawQuotes18Dev, quotes19: drawQuotes19Dev, quotes20: drawQuotes20Dev, newsfane: drawNewsFaneDev, quotes21: drawQuotes21Dev, quotes22: drawQuotes22Dev, quotes23: drawQuotes23Dev, quotes24: drawQuotes24Dev, fresh27: drawFresh27Dev };

// The Wikinews DEV half (fig90, figures only): every DEV half of the two news samples and of NewsFANE was tuned on
// and saturated, and no event article of the samples is left to draw (fig89). Arabic Wikinews (CC BY 2.5) is another
// corpus, written by volunteers from agency reports, 2009–2014 and 2024 (wikinews.ts): nothing of the earlier draws
// can be in it, so it stands outside LATER_DEV_PARTS and their order. Its files live outside the repository and may be
// absent (CI has them only once they are in ../shared/data): then the half is empty and the eval says so. The rule
// was fixed before any article was read or marsad was run on them: the first draw's event filter, its body bounds
// with 300 characters at least (Wikinews articles are short), the first 30 in SHA-256 order.
const WIKINEWS_MIN_BODY = 300;
const WIKINEWS_TAKE = 30;

/**
 * The Wikinews DEV half (all DEV, figures only): the articles of the Wikinews files present whose body has 300–6,000
 * characters and an event figure by the first draw's filter, the first 30 in the order of SHA-256
 * `marsad-facts-wikinews:<id>`. Each is its title and body, with no publication time (the sets keep none).
 */
export const drawWikinewsDev = drawnOnce((): DrawnArticle[] =>
  inDrawOrder(
    wikinewsArticles()
      .filter((a) => a.body.length >= WIKINEWS_MIN_BODY && a.body.length <= MAX_BODY && mentionsEventFigure(a.body))
      .map((a): CorpusArticle => ({ id: a.id, title: a.title, body: a.body, source: "wikinews", publishedAt: null, category: a.category })),
    "marsad-facts-wikinews",
  )
    .slice(0, WIKINEWS_TAKE)
    .map((a): DrawnArticle => ({ ...a, corpus: "wikinews", part: "wikinews", split: "dev" })),
);

// The later-ANT DEV half (fig92, figures only): every DEV half of the two samples, NewsFANE and Wikinews was tuned on
// and saturated (DEV P 0.94–1.00) while TEST stayed at P 0.822 / R 0.787, and no event article of the samples is left.
// The ANT multi-source repository the sample's two weeks of May 2018 were cut from holds the same five outlets from
// February to October 2018 (ant-later.ts): its articles of July–October, seven weeks and more after the sample's last
// day, so the sample's stories (TEST's among them) are not retold in it. It stands outside LATER_DEV_PARTS as the
// Wikinews half does (its file may be absent). The rule was fixed before any article was read or marsad was run on
// them: the first draw's pool bounds (400–6,000 characters) and event filter, no body equal to an earlier drawn
// article's, the first 5 of each outlet in SHA-256 `marsad-facts-antlater:<id>` order; then, to reach TEST's size, the first
// 10 (the next 5 labelled after fig92's first rule was written, before marsad was run on them).
const ANT_LATER_PER_OUTLET = 10;

/**
 * The later-ANT DEV half (all DEV, figures only): the July–October 2018 ANT articles present whose body has
 * 400–6,000 characters and an event figure by the first draw's filter, the first 10 of each outlet in the order of
 * SHA-256 `marsad-facts-antlater:<id>`.
 */
export const drawAntLaterDev = drawnOnce((): DrawnArticle[] => antLaterRanks(0, ANT_LATER_PER_OUTLET, "antlater"));

// The second later-ANT DEV half (fig93): the first half's 25 unseen articles still scored P 0.917, R 0.892, so fresh
// later articles show errors the tuned halves do not. Fixed before any article was read or marsad was run on them: the
// same file, filter and SHA-256 `marsad-facts-antlater:<id>` order, the next 10 of each outlet after the first half's
// 10 (the 11th–20th). The plain draw was kept (not a figure-richer one): the first half's 50 held 64 required tuples.
const ANT_LATER2_PER_OUTLET = 10;

/** The second later-ANT DEV half (all DEV, figures only): the 11th–20th article of each outlet in the first half's order. */
export const drawAntLater2Dev = drawnOnce((): DrawnArticle[] => antLaterRanks(ANT_LATER_PER_OUTLET, ANT_LATER_PER_OUTLET + ANT_LATER2_PER_OUTLET, "antlater2"));

// The third later-ANT DEV half (fig94): fig93's half, unseen while its rules were written, scored P 0.850, R 0.791
// untouched, where TEST sits, and fig93's four rules were fitted on it; so a third half, fixed before any article was
// read or marsad was run on them: the same file, filter and SHA-256 `marsad-facts-antlater:<id>` order, the next 10 of
// each outlet after the second half's (the 21st–30th).
const ANT_LATER3_PER_OUTLET = 10;

/** The third later-ANT DEV half (all DEV, figures only): the 21st–30th article of each outlet in the first half's order. */
export const drawAntLater3Dev = drawnOnce((): DrawnArticle[] => {
  const from = ANT_LATER_PER_OUTLET + ANT_LATER2_PER_OUTLET;
  return antLaterRanks(from, from + ANT_LATER3_PER_OUTLET, "antlater3");
});

// The fourth later-ANT DEV half (fig98): the three halves before it rose to P 0.878–0.962 with rules fitted on each while
// TEST stayed at P 0.822, R 0.787, so a fourth, fixed in code before any of its articles was read or marsad was run on them:
// the same file, filter and SHA-256 `marsad-facts-antlater:<id>` order, ranks 31–40 of each outlet (the first 30 are the
// three halves', the 31st the entity FRESH9 draw's margin), passing over the articles and bodies of the entity FRESH8 and
// FRESH9 halves and of the later-ANT quotes half; the first 6 of each outlet left.
const ANT_LATER4_FROM = 31;
const ANT_LATER4_TO = 41;
const ANT_LATER4_PER_OUTLET = 6;

/** The fourth later-ANT DEV half (all DEV, figures only): of ranks 31–40 of each outlet in the first half's order, the first 6 no other later-ANT draw holds. */
export const drawAntLater4Dev = drawnOnce((): DrawnArticle[] =>
  antLaterRanksApart(ANT_LATER4_FROM, ANT_LATER4_TO, "antlater4", ANT_LATER4_PER_OUTLET, [...drawQuotesLaterDev(), ...drawFresh8Articles(), ...drawFresh9Articles()]),
);

// The fifth later-ANT DEV half (fig107): the four halves before it sat at P 0.925–0.987 with rules fitted on each while TEST
// stayed at P 0.822, R 0.787, so a fifth, fixed in code before any of its articles was read or marsad was run on them: the
// same file, filter and SHA-256 `marsad-facts-antlater:<id>` order, ranks 41–49 of each outlet (the first 41 are the four
// halves' and their margins; the entity FRESH10 draw leaves out the first 50, so none of these is in it), passing over the
// articles and bodies of the entity FRESH8, FRESH9 and FRESH10 halves and of both later-ANT quotes halves; the first 5 of
// each outlet left (5, not 6, for a one-hour labelling slot).
const ANT_LATER5_FROM = 41;
const ANT_LATER5_TO = 50;
const ANT_LATER5_PER_OUTLET = 5;

/** The fifth later-ANT DEV half (all DEV, figures only): of ranks 41–49 of each outlet in the first half's order, the first 5 no other later-ANT draw holds. */
export const drawAntLater5Dev = drawnOnce((): DrawnArticle[] =>
  antLaterRanksApart(ANT_LATER5_FROM, ANT_LATER5_TO, "antlater5", ANT_LATER5_PER_OUTLET, [
    ...drawQuotesLaterDev(),
    ...drawQuotesLater2Dev(),
    ...drawFresh8Articles(),
    ...drawFresh9Articles(),
    ...drawFresh10Articles(),
  ]),
);

// The sixth later-ANT DEV half (fig109): the fifth, measured unseen at P 0.886, R 0.830, was then tuned on (fig108), while
// TEST stayed at P 0.822, R 0.787; so a sixth, fixed in code and committed before any of its articles was read or marsad was
// run on them: the same file, filter and SHA-256 `marsad-facts-antlater:<id>` order, ranks 50–59 of each outlet (the first
// 50 are the five halves' and their margins), passing over the articles and bodies of every other later-ANT draw (the five
// figures halves, both later-ANT quotes halves) and of the entity FRESH8, FRESH9 and FRESH10 halves (FRESH10 left out only
// the first 50 of this order, so it may hold some of these); the first 5 of each outlet left.
const ANT_LATER6_FROM = 50;
const ANT_LATER6_TO = 60;
const ANT_LATER6_PER_OUTLET = 5;

/** The sixth later-ANT DEV half (all DEV, figures only): of ranks 50–59 of each outlet in the first half's order, the first 5 no other later-ANT draw holds. */
export const drawAntLater6Dev = drawnOnce((): DrawnArticle[] =>
  antLaterRanksApart(ANT_LATER6_FROM, ANT_LATER6_TO, "antlater6", ANT_LATER6_PER_OUTLET, [
    ...figureHalvesBefore(6),
    ...drawQuotesLaterDev(),
    ...drawQuotesLater2Dev(),
    ...drawFresh8Articles(),
    ...drawFresh9Articles(),
    ...drawFresh10Articles(),
  ]),
);

// The seventh later-ANT DEV half (fig111): the sixth, measured unseen at P 0.893, R 0.758, was then tuned on (fig109), while
// TEST stayed at P 0.822, R 0.787; so a seventh, fixed in code and committed before any of its articles was read or marsad was
// run on them: the same file, filter and SHA-256 `marsad-facts-antlater:<id>` order, ranks 60–69 of each outlet (the first 60
// are the six halves' and their margins), passing over the articles and bodies of every other later-ANT draw (the six figures
// halves, both later-ANT quotes halves) and of the entity FRESH8, FRESH9 and FRESH10 halves; the first 5 of each outlet left,
// as the sixth.
const ANT_LATER7_FROM = 60;
const ANT_LATER7_TO = 70;
const ANT_LATER7_PER_OUTLET = 5;

/** The seventh later-ANT DEV half (all DEV, figures only): of ranks 60–69 of each outlet in the first half's order, the first 5 no other later-ANT draw holds. */
export const drawAntLater7Dev = drawnOnce((): DrawnArticle[] =>
  antLaterRanksApart(ANT_LATER7_FROM, ANT_LATER7_TO, "antlater7", ANT_LATER7_PER_OUTLET, [
    ...figureHalvesBefore(7),
    ...drawQuotesLaterDev(),
    ...drawQuotesLater2Dev(),
    ...drawFresh8Articles(),
    ...drawFresh9Articles(),
    ...drawFresh10Articles(),
  ]),
);

// The eighth later-ANT DEV half (fig114): the seventh, measured unseen at P 0.956, R 0.860, was then tuned on (fig111), while
// TEST stayed at P 0.822, R 0.787; so an eighth, fixed in code and committed before any of its articles was read or marsad was
// run on them: the same file, filter and SHA-256 `marsad-facts-antlater:<id>` order, ranks 70–79 of each outlet (the first 70
// are the seven halves' and their margins), passing over the articles and bodies of every other later-ANT draw (the seven
// figures halves, the three later-ANT quotes halves) and of the entity FRESH8, FRESH9 and FRESH10 halves; the first 5 of each
// outlet left, as the seventh.
const ANT_LATER8_FROM = 70;
const ANT_LATER8_TO = 80;
const ANT_LATER8_PER_OUTLET = 5;

/** The eighth later-ANT DEV half (all DEV, figures only): of ranks 70–79 of each outlet in the first half's order, the first 5 no other later-ANT draw holds. */
export const drawAntLater8Dev = drawnOnce((): DrawnArticle[] =>
  antLaterRanksApart(ANT_LATER8_FROM, ANT_LATER8_TO, "antlater8", ANT_LATER8_PER_OUTLET, [
    ...figureHalvesBefore(8),
    ...drawQuotesLaterHalves(),
    ...drawFresh8Articles(),
    ...drawFresh9Articles(),
    ...drawFresh10Articles(),
  ]),
);

// The ninth later-ANT DEV half (fig116): the eighth, measured unseen at P 0.930, R 0.755, was then tuned on (fig115), while
// TEST stayed at P 0.822, R 0.787; so a ninth, fixed in code and committed before any of its articles was read or marsad was
// run on them: the same file, filter and SHA-256 `marsad-facts-antlater:<id>` order, ranks 80–89 of each outlet (the first 80
// are the eight halves' and their margins), passing over the articles and bodies of every other later-ANT draw (the eight
// figures halves, the four later-ANT quotes halves: the fourth was drawn outside the first 80 of this order, so it may hold
// some of these) and of the entity FRESH8, FRESH9 and FRESH10 halves; the first 5 of each outlet left, as the eighth.
const ANT_LATER9_FROM = 80;
const ANT_LATER9_TO = 90;
const ANT_LATER9_PER_OUTLET = 5;

/** The ninth later-ANT DEV half (all DEV, figures only): of ranks 80–89 of each outlet in the first half's order, the first 5 no other later-ANT draw holds. */
export const drawAntLater9Dev = drawnOnce((): DrawnArticle[] =>
  antLaterRanksApart(ANT_LATER9_FROM, ANT_LATER9_TO, "antlater9", ANT_LATER9_PER_OUTLET, [
    ...figureHalvesBefore(9),
    ...drawQuotesLaterHalves(),
    ...drawFresh8Articles(),
    ...drawFresh9Articles(),
    ...drawFresh10Articles(),
  ]),
);

/** The later-ANT figures halves in draw order; a half passes over every earlier one. */
const ANT_LATER_FIGURE_HALVES = [
  () => drawAntLaterDev(),
  () => drawAntLater2Dev(),
  () => drawAntLater3Dev(),
  () => drawAntLater4Dev(),
  () => drawAntLater5Dev(),
  () => drawAntLater6Dev(),
  () => drawAntLater7Dev(),
  () => drawAntLater8Dev(),
];

/** The articles of the later-ANT figures halves drawn before the `half`-th (1-based). */
function figureHalvesBefore(half: number): DrawnArticle[] {
  return ANT_LATER_FIGURE_HALVES.slice(0, half - 1).flatMap((draw) => draw());
}

/** Ranks [from, to) of each outlet (antLaterRanks), passing over the articles of `elsewhere` by id or body; the first `perOutletMax` of each outlet left. */
function antLaterRanksApart(from: number, to: number, part: AntLaterPart, perOutletMax: number, elsewhere: readonly CorpusArticle[]): DrawnArticle[] {
  const ids = new Set(elsewhere.map((a) => a.id));
  const bodies = new Set(elsewhere.map((a) => a.body.trim()));
  const perOutlet = new Map<string, number>();
  return antLaterRanks(from, to, part).filter((a) => {
    if (ids.has(a.id) || bodies.has(a.body.trim())) return false;
    const n = perOutlet.get(a.source) ?? 0;
    perOutlet.set(a.source, n + 1);
    return n < perOutletMax;
  });
}

/** The later-ANT DEV halves, in draw order. */
export const ANT_LATER_PARTS = ["antlater", "antlater2", "antlater3", "antlater4", "antlater5", "antlater6", "antlater7", "antlater8", "antlater9"] as const;
export type AntLaterPart = (typeof ANT_LATER_PARTS)[number];
export const isAntLaterPart = (part: string): part is AntLaterPart => (ANT_LATER_PARTS as readonly string[]).includes(part);

/** Each later-ANT DEV half's draw, by part. */
const ANT_LATER_DRAWS: Record<AntLaterPart, () => DrawnArticle[]> = { antlater: drawAntLaterDev, antlater2: drawAntLater2Dev, antlater3: drawAntLater3Dev, antlater4: drawAntLater4Dev, antlater5: drawAntLater5Dev, antlater6: drawAntLater6Dev, antlater7: drawAntLater7Dev, antlater8: drawAntLater8Dev, antlater9: drawAntLater9Dev };

/** Every later-ANT DEV half, in draw order. */
export function drawAntLaterHalves(): DrawnArticle[] {
  return ANT_LATER_PARTS.flatMap((part) => ANT_LATER_DRAWS[part]());
}

/**
 * The later-ANT articles present whose body has 400–6,000 characters and an event figure by the first draw's filter,
 * and no body of an earlier draw's article, ranked per outlet in SHA-256 `marsad-facts-antlater:<id>` order: those of
 * rank `from` to `to` (exclusive) of each outlet.
 */
function antLaterRanks(from: number, to: number, part: AntLaterPart): DrawnArticle[] {
  const earlier = [...drawFactsSample(), ...drawLaterDevHalves()];
  const unseenBody = hasUnseenBody(earlier);
  const perOutlet = new Map<string, number>();
  const taken: DrawnArticle[] = [];
  const ordered = inDrawOrder(antLaterArticles().filter((a) => hasFirstDrawLength(a) && unseenBody(a) && mentionsEventFigure(a.body)), "marsad-facts-antlater");
  for (const a of withDistinctBodies(ordered.map((a): DrawnArticle => ({ ...a, corpus: "ant", part, split: "dev" })))) {
    const n = perOutlet.get(a.source) ?? 0;
    perOutlet.set(a.source, n + 1);
    if (n >= from && n < to) taken.push(a);
  }
  return taken;
}

// The later-ANT quotes DEV half (qts97, quotes only): the 24 quotes halves all come from the May 2018 samples and were
// tuned on (untouched speaker 0.84–0.98) while TEST stayed at speaker 0.907, so the speech rules need sentences of the same
// outlets nobody fitted them to. Drawn from the later-ANT file, shaped like TEST's articles that hold quotes: the first
// draw's body bounds (400–6,000 characters) and at least one speech cue of the quotes half's filter (`QUOTED_SPEECH_RE`),
// the first 5 of each outlet in SHA-256 `marsad-quotes-antlater:<id>` order (its own salt: the facts later-ANT halves take
// their ranks in `marsad-facts-antlater:<id>` order), outside the first 30 of each outlet in that facts order (fig92's and
// fig93's halves and the next 10 a parallel figures half takes) and their bodies and stories, and no two articles of one
// story. Fixed before any article was read or marsad was run on them.
const QUOTES_LATER_PER_OUTLET = 5;
const FACTS_LATER_RESERVED_PER_OUTLET = 30;

/**
 * The later-ANT quotes DEV half (all DEV, quotes only): later-ANT articles of 400–6,000 characters with a speech cue, none
 * of the first 30 per outlet of the facts later-ANT order nor of their bodies or stories, the first 5 of each outlet in
 * SHA-256 `marsad-quotes-antlater:<id>` order, one per story.
 */
export const drawQuotesLaterDev = drawnOnce((): DrawnArticle[] => quotesLaterDraw("quoteslater", "marsad-quotes-antlater", antLaterRanks(0, FACTS_LATER_RESERVED_PER_OUTLET, "antlater")));

// The second later-ANT quotes DEV half (qts99, quotes only): qts97's four rules were fitted on the first (0.904 → 0.949
// untouched → after), so its number is no longer an unseen estimate. Drawn as the first, with its own salt
// (`marsad-quotes-antlater2:<id>`), outside the first half, the entity gold's later-ANT halves (FRESH8, FRESH9) and the
// first 50 per outlet of the facts later-ANT order (the three figures halves, a fourth drawn beside this one from ranks
// 31–40, and room for one more), their bodies and their stories. Fixed before any article was read or marsad was run on them.
const QUOTES_LATER2_FACTS_RESERVED_PER_OUTLET = 50;

/**
 * The second later-ANT quotes DEV half (all DEV, quotes only): drawn as the first (quotesLaterDraw) in SHA-256
 * `marsad-quotes-antlater2:<id>` order, outside the first half, FRESH8, FRESH9 and the first 50 per outlet of the facts
 * later-ANT order.
 */
export const drawQuotesLater2Dev = drawnOnce((): DrawnArticle[] => {
  const entityHalves = [...drawFresh8Articles(), ...drawFresh9Articles()].map((a): DrawnArticle => ({ ...a, corpus: "ant", part: "quoteslater", split: "dev" }));
  const reserved = [...antLaterRanks(0, QUOTES_LATER2_FACTS_RESERVED_PER_OUTLET, "antlater"), ...drawQuotesLaterDev(), ...entityHalves];
  return quotesLaterDraw("quoteslater2", "marsad-quotes-antlater2", reserved);
});

// The third later-ANT quotes DEV half (qts108, quotes only): qts99's rules were fitted on the second (0.914 → 0.941 untouched
// → after) and qts107's five speaker rules on DEV moved no TEST quote, so a third unseen estimate. Drawn as the second, with its
// own salt (`marsad-quotes-antlater3:<id>`), outside every draw the second left out (the first half, FRESH8, FRESH9, the first
// 50 per outlet of the facts later-ANT order), the second half itself, and the later-ANT draws made since (the sixth figures
// half's ranks 50–59, so the first 60 per outlet; the entity FRESH10 half), their bodies and their stories. Fixed and
// committed before any article was read or marsad was run on them.
const QUOTES_LATER3_FACTS_RESERVED_PER_OUTLET = 60;

/**
 * The third later-ANT quotes DEV half (all DEV, quotes only): drawn as the first (quotesLaterDraw) in SHA-256
 * `marsad-quotes-antlater3:<id>` order, outside both earlier quotes halves, FRESH8, FRESH9, FRESH10 and the first 60 per
 * outlet of the facts later-ANT order.
 */
export const drawQuotesLater3Dev = drawnOnce((): DrawnArticle[] => {
  const entityHalves = [...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()].map((a): DrawnArticle => ({ ...a, corpus: "ant", part: "quoteslater", split: "dev" }));
  const reserved = [...antLaterRanks(0, QUOTES_LATER3_FACTS_RESERVED_PER_OUTLET, "antlater"), ...drawQuotesLaterDev(), ...drawQuotesLater2Dev(), ...entityHalves];
  return quotesLaterDraw("quoteslater3", "marsad-quotes-antlater3", reserved);
});

// The fourth later-ANT quotes DEV half (qts109, quotes only): the third measured TEST's speaker value unseen (0.908), so a
// fourth unseen half to judge speaker rules or a learned chooser fitted on every earlier quotes half. Drawn as the third,
// with its own salt (`marsad-quotes-antlater4:<id>`), outside every draw the third left out, the third half itself, and the
// later-ANT draws made since or beside it (fig111's seventh figures half at ranks 60–69 and a parallel figures half at ranks
// 70–79, so the first 80 per outlet), their bodies and their stories. Fixed and committed before any article was read or
// marsad was run on them.
const QUOTES_LATER4_FACTS_RESERVED_PER_OUTLET = 80;

/**
 * The fourth later-ANT quotes DEV half (all DEV, quotes only): drawn as the first (quotesLaterDraw) in SHA-256
 * `marsad-quotes-antlater4:<id>` order, outside the three earlier quotes halves, FRESH8, FRESH9, FRESH10 and the first 80
 * per outlet of the facts later-ANT order.
 */
export const drawQuotesLater4Dev = drawnOnce((): DrawnArticle[] => {
  const entityHalves = [...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()].map((a): DrawnArticle => ({ ...a, corpus: "ant", part: "quoteslater", split: "dev" }));
  const reserved = [...antLaterRanks(0, QUOTES_LATER4_FACTS_RESERVED_PER_OUTLET, "antlater"), ...drawQuotesLaterDev(), ...drawQuotesLater2Dev(), ...drawQuotesLater3Dev(), ...entityHalves];
  return quotesLaterDraw("quoteslater4", "marsad-quotes-antlater4", reserved);
});

/**
 * Later-ANT articles of the first draw's body bounds with a speech cue (`QUOTED_SPEECH_RE`), none of `reserved` nor of
 * their bodies or stories, the first 5 of each outlet in SHA-256 `<salt>:<id>` order, one per story.
 */
function quotesLaterDraw(part: QuotesLaterPart, salt: string, reserved: DrawnArticle[]): DrawnArticle[] {
  const taken = new Set(reserved.map((a) => a.id));
  const unseenBody = hasUnseenBody(reserved);
  const unseenStory = hasUnseenStory(reserved);
  const inPool = (a: CorpusArticle) => !taken.has(a.id) && hasFirstDrawLength(a) && QUOTED_SPEECH_RE.test(a.body) && unseenBody(a) && unseenStory(a);
  const ordered = inDrawOrder(antLaterArticles().filter(inPool), salt).map((a): DrawnArticle => ({ ...a, corpus: "ant", part, split: "dev" }));
  const perOutlet = new Map<string, number>();
  const kept: { a: DrawnArticle; words: Set<string> }[] = [];
  for (const a of ordered) {
    const n = perOutlet.get(a.source) ?? 0;
    if (n >= QUOTES_LATER_PER_OUTLET) continue;
    const words = storyWords(a.body);
    if (kept.some((k) => sharedWords(words, k.words) >= SAME_STORY_SHARE)) continue;
    perOutlet.set(a.source, n + 1);
    kept.push({ a, words });
  }
  return kept.map((k) => k.a);
}

/** The later-ANT quotes DEV halves, in draw order. */
export const QUOTES_LATER_PARTS = ["quoteslater", "quoteslater2", "quoteslater3", "quoteslater4"] as const;
export type QuotesLaterPart = (typeof QUOTES_LATER_PARTS)[number];

/** Every later-ANT quotes DEV half, in draw order. */
export function drawQuotesLaterHalves(): DrawnArticle[] {
  return [...drawQuotesLaterDev(), ...drawQuotesLater2Dev(), ...drawQuotesLater3Dev(), ...drawQuotesLater4Dev()];
}

/**
 * The first `perOutlet` articles of each outlet in the later-ANT quotes order (SHA-256 `marsad-quotes-antlater:<id>` over
 * the quotes half's pool, before its one-per-story filter), drawn or not: the entity gold's later-ANT draws leave them
 * out, so no article is labelled for both while quotes halves are still drawn from that order.
 */
export function antLaterQuotesOrderFirst(perOutlet: number): CorpusArticle[] {
  const reserved = antLaterRanks(0, FACTS_LATER_RESERVED_PER_OUTLET, "antlater");
  const taken = new Set(reserved.map((a) => a.id));
  const inPool = (a: CorpusArticle) => !taken.has(a.id) && hasFirstDrawLength(a) && QUOTED_SPEECH_RE.test(a.body);
  const perSource = new Map<string, number>();
  return inDrawOrder(antLaterArticles().filter(inPool), "marsad-quotes-antlater").filter((a) => {
    const n = perSource.get(a.source) ?? 0;
    perSource.set(a.source, n + 1);
    return n < perOutlet;
  });
}

/** Every later DEV half, in LATER_DEV_PARTS order. */
export function drawLaterDevHalves(): DrawnArticle[] {
  return LATER_DEV_PARTS.flatMap((part) => LATER_DEV_DRAWS[part]());
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, "/"))) {
  const part = LATER_DEV_PARTS.find((p) => process.argv.includes(`--${p}`));
  const antLater = ANT_LATER_PARTS.find((p) => process.argv.includes(`--${p}`));
  const which = part ? LATER_DEV_DRAWS[part]() : process.argv.includes("--wikinews") ? drawWikinewsDev() : antLater ? ANT_LATER_DRAWS[antLater]() : process.argv.includes("--quoteslater") ? drawQuotesLaterDev() : process.argv.includes("--quoteslater2") ? drawQuotesLater2Dev() : process.argv.includes("--quoteslater3") ? drawQuotesLater3Dev() : process.argv.includes("--quoteslater4") ? drawQuotesLater4Dev() : drawFactsSample();
  for (const a of which) console.log([a.id, a.corpus, a.part, a.split, a.body.length, a.title].join("\t"));
}
