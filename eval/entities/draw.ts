/**
 * The fixed draw of the entity gold (issue 11): which public articles are labelled by hand, and
 * which half each belongs to. Fixed before any article was read, so nothing was tuned on the choice.
 * - Pool: every article of `ant-multisource-sample/articles.jsonl` and of
 *   `saudinewsnet-sample/articles.jsonl` whose body has MIN_BODY–MAX_BODY characters (short enough
 *   to label every name by hand; the seed page and marsad's fixtures are in neither file).
 * - Order: by the hex SHA-256 of `marsad-entities:<id>`; the first PER_CORPUS of each file.
 * - Split: TEST when the first hex digit of SHA-256 `marsad-entities-split:<id>` is 0–7, else DEV.
 *   Tune on DEV; report TEST.
 * - FRESH half (added after the rules had been fitted to DEV, to estimate how they generalise): from
 *   the same saudinewsnet pool, only outlets with no article in DEV or TEST; per outlet the first
 *   FRESH_PER_OUTLET by the hex SHA-256 of `marsad-entities-fresh:<id>`. Labelled by hand before
 *   any rule was changed; tune on DEV and FRESH, and keep FRESH for measuring rather than fitting.
 * - FRESH2 half (session 21, drawn after DEV and FRESH had been tuned on, to measure again on text no
 *   rule has seen): every outlet of both files, the first FRESH2_PER_OUTLET in-range articles of each by
 *   the hex SHA-256 of `marsad-entities-fresh2:<id>`, skipping every article of the earlier draws
 *   (DEV, TEST, FRESH). Labelled by hand before marsad was run on it. A DEV half: tune on it too.
 * - FRESH3 half (session 40, drawn after DEV, FRESH and FRESH2 had been tuned on): as FRESH2 with the salt
 *   `marsad-entities-fresh3`, skipping every article of the earlier draws (DEV, TEST, FRESH, FRESH2).
 *   Labelled by hand (fresh3-labels.txt) before marsad was run on it. A DEV half: tune on it too.
 * - FRESH4 half (session 73, drawn to look like TEST: TEST's own draw, not one article per outlet): the
 *   first-draw order continued — each file's in-range articles in the order of SHA-256
 *   `marsad-entities:<id>`, skipping the first PER_CORPUS (DEV and TEST) and every article of FRESH,
 *   FRESH2 and FRESH3; the next FRESH4_PER_CORPUS of each file. So outlets come in proportion to their
 *   share of each file, as in TEST. Labelled by hand (fresh4-labels.txt) before marsad was run on it.
 *   A DEV half: tune on it too.
 * - FRESH5 half (session 78, drawn as FRESH4): the same order continued past FRESH4 as well — skipping the
 *   first PER_CORPUS and every article of FRESH to FRESH4; the next FRESH5_PER_CORPUS of each file. Labelled by
 *   hand (fresh5-labels.txt) before marsad was run on it. A DEV half: tune on it too.
 * - FRESH6 half (session 80, drawn as FRESH5): the same order continued past FRESH5 as well; the next
 *   FRESH6_PER_CORPUS of each file. Labelled by hand (fresh6-labels.txt) before marsad was run on it. A DEV half.
 * - FRESH7 half (session 91, drawn as FRESH6): the same order continued past FRESH6 as well; the next
 *   FRESH7_PER_CORPUS of each file. Labelled by hand (fresh7-labels.txt) before marsad was run on it. A DEV half.
 * - FRESH8 half (ent103, issue 11): another file — the ANT multi-source repository's articles of July–October 2018
 *   (eval/facts/ant-later.ts; read at eval time, never copied into the repository; absent in CI). Its in-range
 *   articles (MIN_BODY–MAX_BODY), no body repeated, in the order of SHA-256 `marsad-entities-fresh8:<id>`; the first
 *   FRESH8_PER_OUTLET of each outlet (outlets in name order). None is in the facts' later-ANT half (drawAntLaterDev,
 *   checked in draw.test.ts). Fixed before any article was read; labelled by hand (fresh8-labels.txt) before marsad
 *   was run on it. A DEV half.
 * - FRESH9 half (ent107, issue 11): the same later-ANT file and filter (MIN_BODY–MAX_BODY, no body repeated), in the
 *   order of SHA-256 `marsad-entities-fresh9:<id>`, the first FRESH9_PER_OUTLET of each outlet, passing over FRESH8's
 *   articles and bodies and the first FACTS_ANT_LATER_RANKS of each outlet in the facts' later-ANT order (their halves
 *   take ranks 0–29; one more for margin), so no article is labelled for both. Fixed before any article was read;
 *   labelled by hand (outside the repository, /work/data/ent107/fresh9-labels.txt, frozen copy beside it) before marsad
 *   was run on it. A DEV half.
 * - FRESH10 half (ent110, issue 11): the same later-ANT file and filter (MIN_BODY–MAX_BODY, no body repeated), in the
 *   order of SHA-256 `marsad-entities-fresh10:<id>`, the first FRESH10_PER_OUTLET of each outlet, passing over FRESH8's
 *   and FRESH9's articles and bodies, the first FACTS_ANT_LATER_RANKS_10 of each outlet in the facts' later-ANT order
 *   (their halves take ranks 0–29 and parallel figures halves draw on from there) and the first QUOTES_ANT_LATER_RANKS
 *   of each outlet in the quotes' later-ANT order (quoteslater takes 5 per outlet and parallel quotes halves draw on),
 *   so no article is labelled for both. Fixed before any article was read; labelled by hand (fresh10-labels.txt)
 *   before marsad was run on it. A DEV half.
 * - What is labelled: the body only (the `body` field as the file gives it); offsets are UTF-16
 *   code units into it.
 */
import { createHash } from "node:crypto";
import { readAnt, readSaudiNewsNet, type CorpusArticle } from "../lib/corpora.js";
import { antLaterArticles } from "../facts/ant-later.js";
import { antLaterFactsOrderFirst, antLaterQuotesOrderFirst } from "../facts/draw.js";

export type Split = "dev" | "test" | "fresh" | "fresh2" | "fresh3" | "fresh4" | "fresh5" | "fresh6" | "fresh7" | "fresh8" | "fresh9" | "fresh10";

export interface DrawnArticle extends CorpusArticle {
  corpus: "ant" | "saudinewsnet";
  split: Split;
}

const MIN_BODY = 300;
const MAX_BODY = 1_800;
const PER_CORPUS = 30;
const FRESH_PER_OUTLET = 5;
const FRESH2_PER_OUTLET = 1;
const FRESH3_PER_OUTLET = 1;
const FRESH4_PER_CORPUS = 15;
const FRESH5_PER_CORPUS = 15;
const FRESH6_PER_CORPUS = 8;
const FRESH7_PER_CORPUS = 8;
const FRESH8_PER_OUTLET = 5;
const FRESH9_PER_OUTLET = 5;
const FACTS_ANT_LATER_RANKS = 31;
const FRESH10_PER_OUTLET = 6;
const FACTS_ANT_LATER_RANKS_10 = 50;
const QUOTES_ANT_LATER_RANKS = 20;

const sha = (s: string): string => createHash("sha256").update(s).digest("hex");

export function entitySplitOf(id: string): Split {
  return parseInt(sha(`marsad-entities-split:${id}`)[0]!, 16) < 8 ? "test" : "dev";
}

const inBodyRange = (a: CorpusArticle) => a.body.length >= MIN_BODY && a.body.length <= MAX_BODY;

function drawFrom(articles: CorpusArticle[], corpus: DrawnArticle["corpus"]): DrawnArticle[] {
  return articles
    .filter(inBodyRange)
    .map((a) => ({ a, key: sha(`marsad-entities:${a.id}`) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .slice(0, PER_CORPUS)
    .map(({ a }) => ({ ...a, corpus, split: entitySplitOf(a.id) }));
}

/** The drawn articles, ANT first, each file in hash order. */
export function drawEntityArticles(): DrawnArticle[] {
  return [...drawFrom(readAnt(), "ant"), ...drawFrom(readSaudiNewsNet(), "saudinewsnet")];
}

/**
 * The first `perOutlet` articles of each outlet of `articles` (outlets in name order), each outlet's in
 * the order of SHA-256 `<salt>:<id>`; articles out of the body range or in `skip` are passed over.
 */
function firstPerOutlet(articles: CorpusArticle[], salt: string, perOutlet: number, skip: (a: CorpusArticle) => boolean): CorpusArticle[] {
  const byOutlet = new Map<string, { a: CorpusArticle; key: string }[]>();
  for (const a of articles.filter(inBodyRange)) {
    if (skip(a)) continue;
    const list = byOutlet.get(a.source) ?? [];
    list.push({ a, key: sha(`${salt}:${a.id}`) });
    byOutlet.set(a.source, list);
  }
  return [...byOutlet.keys()].sort().flatMap((outlet) =>
    byOutlet
      .get(outlet)!
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
      .slice(0, perOutlet)
      .map(({ a }) => a),
  );
}

/** The FRESH half: saudinewsnet outlets the DEV/TEST draw never reached, FRESH_PER_OUTLET each. */
export function drawFreshArticles(): DrawnArticle[] {
  const saudi = readSaudiNewsNet();
  const drawn = drawFrom(saudi, "saudinewsnet");
  const seen = new Set([...drawFrom(readAnt(), "ant"), ...drawn].map((a) => a.source));
  return firstPerOutlet(saudi, "marsad-entities-fresh", FRESH_PER_OUTLET, (a) => seen.has(a.source)).map((a) => ({ ...a, corpus: "saudinewsnet" as const, split: "fresh" as const }));
}

/** The FRESH2 half: one article per outlet of both files, none of the earlier draws. */
export function drawFresh2Articles(): DrawnArticle[] {
  const earlier = new Set([...drawEntityArticles(), ...drawFreshArticles()].map((a) => a.id));
  const skip = (a: CorpusArticle) => earlier.has(a.id);
  return [
    ...firstPerOutlet(readAnt(), "marsad-entities-fresh2", FRESH2_PER_OUTLET, skip).map((a) => ({ ...a, corpus: "ant" as const, split: "fresh2" as const })),
    ...firstPerOutlet(readSaudiNewsNet(), "marsad-entities-fresh2", FRESH2_PER_OUTLET, skip).map((a) => ({ ...a, corpus: "saudinewsnet" as const, split: "fresh2" as const })),
  ];
}

/** The FRESH3 half: one more article per outlet of both files, none of the earlier draws (FRESH2 included). */
export function drawFresh3Articles(): DrawnArticle[] {
  const earlier = new Set([...drawEntityArticles(), ...drawFreshArticles(), ...drawFresh2Articles()].map((a) => a.id));
  const skip = (a: CorpusArticle) => earlier.has(a.id);
  return [
    ...firstPerOutlet(readAnt(), "marsad-entities-fresh3", FRESH3_PER_OUTLET, skip).map((a) => ({ ...a, corpus: "ant" as const, split: "fresh3" as const })),
    ...firstPerOutlet(readSaudiNewsNet(), "marsad-entities-fresh3", FRESH3_PER_OUTLET, skip).map((a) => ({ ...a, corpus: "saudinewsnet" as const, split: "fresh3" as const })),
  ];
}

/**
 * Each file's in-range articles in the first draw's `marsad-entities:` order, past the first PER_CORPUS (DEV and
 * TEST) and every article of `earlier`; the next `count`.
 */
function firstDrawContinued(articles: CorpusArticle[], corpus: DrawnArticle["corpus"], earlier: Set<string>, count: number, split: Split): DrawnArticle[] {
  return articles
    .filter(inBodyRange)
    .map((a) => ({ a, key: sha(`marsad-entities:${a.id}`) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .slice(PER_CORPUS)
    .filter(({ a }) => !earlier.has(a.id))
    .slice(0, count)
    .map(({ a }) => ({ ...a, corpus, split }));
}

/** The FRESH4 half: TEST's draw continued — the next FRESH4_PER_CORPUS of each file in `marsad-entities:` order, none of the earlier draws. */
export function drawFresh4Articles(): DrawnArticle[] {
  const earlier = new Set([...drawEntityArticles(), ...drawFreshArticles(), ...drawFresh2Articles(), ...drawFresh3Articles()].map((a) => a.id));
  return [...firstDrawContinued(readAnt(), "ant", earlier, FRESH4_PER_CORPUS, "fresh4"), ...firstDrawContinued(readSaudiNewsNet(), "saudinewsnet", earlier, FRESH4_PER_CORPUS, "fresh4")];
}

/** The FRESH5 half: as FRESH4, the next FRESH5_PER_CORPUS of each file past FRESH4 too. */
export function drawFresh5Articles(): DrawnArticle[] {
  const earlier = new Set([...drawEntityArticles(), ...drawFreshArticles(), ...drawFresh2Articles(), ...drawFresh3Articles(), ...drawFresh4Articles()].map((a) => a.id));
  return [...firstDrawContinued(readAnt(), "ant", earlier, FRESH5_PER_CORPUS, "fresh5"), ...firstDrawContinued(readSaudiNewsNet(), "saudinewsnet", earlier, FRESH5_PER_CORPUS, "fresh5")];
}

/** The FRESH6 half: as FRESH5, the next FRESH6_PER_CORPUS of each file past FRESH5 too. */
export function drawFresh6Articles(): DrawnArticle[] {
  const earlier = new Set([...drawEntityArticles(), ...drawFreshArticles(), ...drawFresh2Articles(), ...drawFresh3Articles(), ...drawFresh4Articles(), ...drawFresh5Articles()].map((a) => a.id));
  return [...firstDrawContinued(readAnt(), "ant", earlier, FRESH6_PER_CORPUS, "fresh6"), ...firstDrawContinued(readSaudiNewsNet(), "saudinewsnet", earlier, FRESH6_PER_CORPUS, "fresh6")];
}

/** The FRESH7 half: as FRESH6, the next FRESH7_PER_CORPUS of each file past FRESH6 too. */
export function drawFresh7Articles(): DrawnArticle[] {
  const earlier = new Set([...drawEntityArticles(), ...drawFreshArticles(), ...drawFresh2Articles(), ...drawFresh3Articles(), ...drawFresh4Articles(), ...drawFresh5Articles(), ...drawFresh6Articles()].map((a) => a.id));
  return [...firstDrawContinued(readAnt(), "ant", earlier, FRESH7_PER_CORPUS, "fresh7"), ...firstDrawContinued(readSaudiNewsNet(), "saudinewsnet", earlier, FRESH7_PER_CORPUS, "fresh7")];
}

/** The FRESH8 half: later ANT (July–October 2018), the first FRESH8_PER_OUTLET in-range articles of each outlet in `marsad-entities-fresh8:` order; empty when the file is absent. */
export function drawFresh8Articles(): DrawnArticle[] {
  return laterAntPerOutlet("marsad-entities-fresh8", FRESH8_PER_OUTLET, [], "fresh8");
}

/** The FRESH9 half: later ANT again, the first FRESH9_PER_OUTLET of each outlet in `marsad-entities-fresh9:` order, none of FRESH8 nor of the facts' later-ANT order's first FACTS_ANT_LATER_RANKS; empty when the file is absent. */
export function drawFresh9Articles(): DrawnArticle[] {
  if (!antLaterArticles().length) return [];
  return laterAntPerOutlet("marsad-entities-fresh9", FRESH9_PER_OUTLET, [...drawFresh8Articles(), ...antLaterFactsOrderFirst(FACTS_ANT_LATER_RANKS)], "fresh9");
}

/** The FRESH10 half: later ANT again, the first FRESH10_PER_OUTLET of each outlet in `marsad-entities-fresh10:` order, none of FRESH8, FRESH9, the facts' later-ANT order's first FACTS_ANT_LATER_RANKS_10 nor the quotes' later-ANT order's first QUOTES_ANT_LATER_RANKS; empty when the file is absent. */
export function drawFresh10Articles(): DrawnArticle[] {
  if (!antLaterArticles().length) return [];
  const earlier = [...drawFresh8Articles(), ...drawFresh9Articles(), ...antLaterFactsOrderFirst(FACTS_ANT_LATER_RANKS_10), ...antLaterQuotesOrderFirst(QUOTES_ANT_LATER_RANKS)];
  return laterAntPerOutlet("marsad-entities-fresh10", FRESH10_PER_OUTLET, earlier, "fresh10");
}

/** Later-ANT in-range articles, no body twice and none of `earlier` (by id or body), the first `perOutlet` of each outlet in `<salt>:<id>` order. */
function laterAntPerOutlet(salt: string, perOutlet: number, earlier: CorpusArticle[], split: Split): DrawnArticle[] {
  const bodies = new Set<string>(earlier.map((a) => a.body));
  const ids = new Set(earlier.map((a) => a.id));
  const firstOfBody = (a: CorpusArticle) => !bodies.has(a.body) && !!bodies.add(a.body);
  const ordered = antLaterArticles()
    .filter(inBodyRange)
    .map((a) => ({ a, key: sha(`${salt}:${a.id}`) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map(({ a }) => a)
    .filter((a) => !ids.has(a.id) && firstOfBody(a));
  return firstPerOutlet(ordered, salt, perOutlet, () => false).map((a) => ({ ...a, corpus: "ant" as const, split }));
}
