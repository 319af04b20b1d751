/**
 * `npm run eval -- dedup [--sweep]`: exact and near-duplicate detection.
 * - Gold 1: SaudiNewsNet's exact-duplicate groups — every pair must land in one group.
 * - Gold 2: a near-duplicate set built here with a fixed seed from SaudiNewsNet and ANT: for sampled
 *   articles (body ≥ MIN_BODY chars) a rewritten copy is streamed after the original under another
 *   source, one perturbation kind per copy (see PERTURBATIONS); plus hard negatives: pairs of
 *   different articles of the same source and day, both wrapped in that source's template (a
 *   header tag line and a footer shared by every templated article of the source); pairs whose plain
 *   bodies already share half their shingles (reposts in the corpus) are not negatives.
 * - The stream is every original article of both corpora, the copies and the templated articles,
 *   ordered by time (copies a few hours after their original).
 * - Scores: per kind, recall = copies grouped with their original; a false positive is a copy
 *   grouped with anything that is not in its original's group, or a hard-negative pair grouped
 *   together. Unlabeled groups among the originals (real reposts in the corpora) are counted apart.
 * - Parameters are chosen on the DEV half of the synthetic items (id hash parity) with `--sweep`;
 *   the table reports the TEST half; floors in eval/floors/dedup.json (eval/gate.ts).
 */
import { createHash } from "node:crypto";
import { DedupIndex, type DedupOptions } from "../src/connect/near-dup.js";
import { exactJaccard, shingleHashes, shingleTerms } from "../src/connect/fingerprint.js";
import { pad, pick, readAnt, readSaudiExactGroups, readSaudiNewsNet, shuffle, type CorpusArticle } from "./lib/corpora.js";
import { seededRandom as prng } from "../src/seeded-random.js";
import type { EvalOutcome } from "./gate.js";

const SEED = 20180501;
const MIN_BODY = 400;
const COPIES_PER_KIND = 160;
const HARD_NEGATIVE_PAIRS = 300;
const NOT_A_NEGATIVE_JACCARD = 0.5;

// Composed for this evaluation (not from the corpora): boilerplate a site adds around a copy.
const FOOTERS = [
  "لمتابعة آخر الأخبار العاجلة أولا بأول تابعونا على حساباتنا في تويتر وفيسبوك وانستغرام ويوتيوب.",
  "جميع الحقوق محفوظة للموقع، ولا يجوز نقل أو اقتباس أي محتوى دون إذن مسبق من إدارة التحرير.",
  "اشترك في النشرة البريدية ليصلك كل جديد من الأخبار والتقارير والتحليلات يوميا على بريدك الإلكتروني.",
];
const HEADERS = ["عاجل | تغطية خاصة", "أخبار محلية - متابعات"];
const AGENCY_PREFIXES = ["(وكالات) - ", "القاهرة - (وكالات): ", "عواصم - وكالات\n", "(أ ف ب) - "];
const HEADLINE_LEADS = ["في تطور جديد، ", "وفي التفاصيل، ", "بحسب ما أفادت مصادر متطابقة، "];
// A source's template: a tag line on top and a two-sentence footer, shared by all its templated pages.
function template(source: string): { header: string; footer: string } {
  return {
    header: `${source} | الأخبار | آخر تحديث | شارك الخبر عبر واتساب وتويتر وفيسبوك | طباعة | حجم الخط`,
    footer: `تابعوا أحدث الأخبار والتقارير والتحليلات على موقع ${source} الإخباري وحساباته الرسمية في مواقع التواصل الاجتماعي. جميع الحقوق محفوظة لموقع ${source} ولا يسمح بإعادة النشر دون إذن كتابي مسبق من الإدارة.`,
  };
}

const FATHA = "\u064E";
const KASRA = "\u0650";
const DAMMA = "\u064F";
const SUKUN = "\u0652";
const SHADDA = "\u0651";
const FARSI_YEH = "\u06CC";
const KEHEH = "\u06A9";

type Kind =
  | "exact-corpus"
  | "boilerplate-added"
  | "boilerplate-removed"
  | "paragraphs-reordered"
  | "paragraph-dropped"
  | "headline-rewritten"
  | "agency-prefix"
  | "persian-letters"
  | "tashkeel"
  | "combined";

const PERTURBATIONS: Exclude<Kind, "exact-corpus">[] = [
  "boilerplate-added",
  "boilerplate-removed",
  "paragraphs-reordered",
  "paragraph-dropped",
  "headline-rewritten",
  "agency-prefix",
  "persian-letters",
  "tashkeel",
  "combined",
];

interface Doc {
  id: string;
  source: string;
  publishedAt: string | null;
  title: string;
  body: string;
}

interface Positive {
  kind: Kind;
  original: string;
  copy: string;
  split: "dev" | "test";
}

interface NegativePair {
  a: string;
  b: string;
  split: "dev" | "test";
}

const paragraphs = (body: string): string[] => body.split(/\n+/).map((p) => p.trim()).filter(Boolean);

function splitOf(id: string): "dev" | "test" {
  return createHash("md5").update(id).digest()[0]! % 2 === 0 ? "dev" : "test";
}

function addHours(iso: string | null, hours: number): string | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T08:00:00Z` : iso);
  return Number.isNaN(t) ? null : new Date(t + hours * 3_600_000).toISOString();
}

function addTashkeel(rand: () => number, text: string): string {
  const marks = [FATHA, KASRA, DAMMA, SUKUN, SHADDA + FATHA];
  return text.replace(/[\u0621-\u064A]/g, (ch) => (rand() < 0.45 ? ch + pick(rand, marks) : ch));
}

function persianLetters(text: string): string {
  return text.replace(/\u064A/g, FARSI_YEH).replace(/\u0649/g, FARSI_YEH).replace(/\u0643/g, KEHEH);
}

function perturb(rand: () => number, kind: Exclude<Kind, "exact-corpus">, a: CorpusArticle): { title: string; body: string; original: string } {
  const paras = paragraphs(a.body);
  const join = (ps: string[]): string => ps.join("\n\n");
  switch (kind) {
    case "boilerplate-added":
      return { title: a.title, original: a.body, body: join([pick(rand, HEADERS), ...paras, ...shuffle(rand, FOOTERS).slice(0, 2)]) };
    case "boilerplate-removed":
      // the original carries the boilerplate, the copy is the clean text
      return { title: a.title, original: join([pick(rand, HEADERS), ...paras, ...shuffle(rand, FOOTERS).slice(0, 2)]), body: join(paras) };
    case "paragraphs-reordered":
      return { title: a.title, original: a.body, body: join(paras.length > 1 ? shuffle(rand, paras) : paras) };
    case "paragraph-dropped": {
      if (paras.length >= 3) {
        const drop = 1 + Math.floor(rand() * (paras.length - 1));
        return { title: a.title, original: a.body, body: join(paras.filter((_, i) => i !== drop)) };
      }
      // one long paragraph: drop its last sentence
      const sentences = a.body.split(/(?<=[.!؟])\s+/);
      return { title: a.title, original: a.body, body: sentences.length > 1 ? sentences.slice(0, -1).join(" ") : a.body };
    }
    case "headline-rewritten":
      return { title: `${pick(rand, HEADLINE_LEADS)}${a.title.split(/\s+/).reverse().join(" ")}`, original: a.body, body: `${pick(rand, HEADLINE_LEADS)}${a.body}` };
    case "agency-prefix":
      return { title: a.title, original: a.body, body: `${pick(rand, AGENCY_PREFIXES)}${a.body}\n\nالمصدر: وكالات` };
    case "persian-letters":
      return { title: persianLetters(a.title), original: a.body, body: persianLetters(a.body) };
    case "tashkeel":
      return { title: a.title, original: a.body, body: addTashkeel(rand, a.body) };
    case "combined": {
      let ps = paras.length > 2 ? paras.filter((_, i) => i !== paras.length - 1) : paras;
      ps = ps.length > 1 ? [ps[0]!, ...shuffle(rand, ps.slice(1))] : ps;
      const body = `${pick(rand, AGENCY_PREFIXES)}${join([...ps, pick(rand, FOOTERS)])}`;
      return { title: a.title, original: a.body, body: persianLetters(addTashkeel(rand, body)) };
    }
  }
}

interface Dataset {
  docs: Doc[];
  positives: Positive[];
  negatives: NegativePair[];
  exactGroups: string[][];
  originals: Set<string>;
}

function buildDataset(): Dataset {
  const rand = prng(SEED);
  const corpus = [...readSaudiNewsNet(), ...readAnt()];
  const byId = new Map(corpus.map((a) => [a.id, a]));
  const docs = new Map<string, Doc>(corpus.map((a) => [a.id, { id: a.id, source: a.source, publishedAt: a.publishedAt, title: a.title, body: a.body }]));
  const positives: Positive[] = [];
  const exactGroups = readSaudiExactGroups();
  const inExact = new Set(exactGroups.flat());
  for (const g of exactGroups) for (const id of g.slice(1)) positives.push({ kind: "exact-corpus", original: g[0]!, copy: id, split: "test" });

  const eligible = corpus.filter((a) => a.body.length >= MIN_BODY && !inExact.has(a.id)).sort((x, y) => (x.id < y.id ? -1 : 1));
  const sampled = shuffle(rand, eligible);
  let cursor = 0;
  for (const kind of PERTURBATIONS) {
    for (let n = 0; n < COPIES_PER_KIND; n++) {
      const a = sampled[cursor++ % sampled.length]!;
      const p = perturb(rand, kind, a);
      const copyId = `copy-${kind}-${a.id}`;
      const origId = p.original === a.body ? a.id : `orig-${kind}-${a.id}`;
      if (origId !== a.id) docs.set(origId, { id: origId, source: `${a.source}-mirror`, publishedAt: a.publishedAt, title: a.title, body: p.original });
      docs.set(copyId, { id: copyId, source: `copier-${n % 7}`, publishedAt: addHours(a.publishedAt, 1 + Math.floor(rand() * 20)), title: p.title, body: p.body });
      positives.push({ kind, original: origId, copy: copyId, split: splitOf(a.id) });
    }
  }

  // Hard negatives: same source, same day, same template, different articles.
  const groups = new Map<string, CorpusArticle[]>();
  for (const a of eligible) {
    const key = `${a.source}|${(a.publishedAt ?? "").slice(0, 10)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(a);
  }
  const keys = [...groups.keys()].filter((k) => groups.get(k)!.length >= 2).sort();
  const negatives: NegativePair[] = [];
  const templated = new Set<string>();
  for (let n = 0; n < HARD_NEGATIVE_PAIRS; n++) {
    const key = pick(rand, keys);
    const [x, y] = shuffle(rand, groups.get(key)!).slice(0, 2) as [CorpusArticle, CorpusArticle];
    const pair: string[] = [];
    for (const a of [x, y]) {
      const id = `tpl-${a.id}`;
      pair.push(id);
      if (templated.has(id)) continue;
      templated.add(id);
      const t = template(a.source);
      docs.set(id, { id, source: `${a.source}-site`, publishedAt: addHours(a.publishedAt, 0.5), title: a.title, body: `${t.header}\n\n${a.body}\n\n${t.footer}` });
    }
    // two "different" articles that are in fact reposts of one text are not negatives
    const plain = exactJaccard(shingleHashes(shingleTerms(x.body), 5), shingleHashes(shingleTerms(y.body), 5));
    if (x.id !== y.id && plain < NOT_A_NEGATIVE_JACCARD) negatives.push({ a: pair[0]!, b: pair[1]!, split: splitOf(`${x.id}|${y.id}`) });
  }
  void byId;
  const ordered = [...docs.values()].sort((p, q) => {
    const tp = Date.parse(p.publishedAt ?? "") || 0;
    const tq = Date.parse(q.publishedAt ?? "") || 0;
    return tp - tq || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0);
  });
  return { docs: ordered, positives, negatives, exactGroups, originals: new Set(corpus.map((a) => a.id)) };
}

interface KindScore {
  kind: string;
  pairs: number;
  found: number;
  falsePositives: number;
}

interface RunResult {
  byKind: KindScore[];
  negatives: { pairs: number; merged: number };
  exactGroupsFound: number;
  exactGroups: number;
  unlabeledCorpusGroups: string[][];
  seconds: number;
  earliestCorrect: number;
  earliestChecked: number;
}

function runOnce(ds: Dataset, options: Partial<DedupOptions>, split: "dev" | "test" | "all"): RunResult {
  const index = new DedupIndex(options);
  const started = performance.now();
  for (const d of ds.docs) index.add({ id: d.id, source: d.source, publishedAt: d.publishedAt, body: d.body });
  const seconds = (performance.now() - started) / 1000;
  const group = (id: string): string => index.groupOf(id)!.groupId;
  const members = (id: string): Set<string> => new Set(index.groupOf(id)!.members);
  const inSplit = (s: "dev" | "test"): boolean => split === "all" || s === split;

  const scores = new Map<string, KindScore>();
  let earliestCorrect = 0;
  let earliestChecked = 0;
  const docTime = new Map(ds.docs.map((d) => [d.id, Date.parse(d.publishedAt ?? "")]));
  for (const p of ds.positives) {
    if (!inSplit(p.split) && p.kind !== "exact-corpus") continue;
    let s = scores.get(p.kind);
    if (!s) scores.set(p.kind, (s = { kind: p.kind, pairs: 0, found: 0, falsePositives: 0 }));
    s.pairs++;
    const same = group(p.original) === group(p.copy);
    if (same) s.found++;
    // anything else in the copy's group must be a duplicate of the original: its original-side group
    // members are the original's own group; a copy pulled into a foreign group is a false positive
    if (!same && index.groupOf(p.copy)!.members.length > 1) s.falsePositives++;
    if (same) {
      earliestChecked++;
      const g = index.groupOf(p.copy)!;
      const tOrig = docTime.get(p.original)!;
      const tCopy = docTime.get(p.copy)!;
      const expected = tCopy < tOrig ? p.copy : p.original;
      const earliestTime = docTime.get(g.earliestId)!;
      if (g.earliestId === expected || earliestTime <= Math.min(tOrig, tCopy)) earliestCorrect++;
    }
  }
  let negPairs = 0;
  let negMerged = 0;
  for (const n of ds.negatives) {
    if (!inSplit(n.split)) continue;
    negPairs++;
    if (group(n.a) === group(n.b)) negMerged++;
  }
  const exactGroupsFound = ds.exactGroups.filter((g) => new Set(g.map(group)).size === 1).length;
  const labeled = new Set([...ds.exactGroups.flat()]);
  const unlabeledCorpusGroups: string[][] = [];
  for (const g of index.groups()) {
    const orig = g.members.filter((m) => ds.originals.has(m));
    if (orig.length > 1 && !orig.every((m) => labeled.has(m))) unlabeledCorpusGroups.push(orig);
  }
  void members;
  return {
    byKind: [...scores.values()],
    negatives: { pairs: negPairs, merged: negMerged },
    exactGroupsFound,
    exactGroups: ds.exactGroups.length,
    unlabeledCorpusGroups,
    seconds,
    earliestCorrect,
    earliestChecked,
  };
}

function prf(found: number, pairs: number, fp: number): { p: number; r: number; f: number } {
  const p = found + fp === 0 ? 1 : found / (found + fp);
  const r = pairs === 0 ? 1 : found / pairs;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function totals(r: RunResult): { p: number; r: number; f: number; tp: number; fp: number; pairs: number } {
  const tp = r.byKind.reduce((s, k) => s + k.found, 0);
  const fp = r.byKind.reduce((s, k) => s + k.falsePositives, 0) + r.negatives.merged;
  const pairs = r.byKind.reduce((s, k) => s + k.pairs, 0);
  return { ...prf(tp, pairs, fp), tp, fp, pairs };
}

const f3 = (x: number): string => x.toFixed(3);

function sweep(ds: Dataset): void {
  console.log("\nParameter sweep on the DEV half (choose here, report TEST):");
  console.log(`${pad("perm", 5)}${pad("bands", 6)}${pad("k", 3)}${pad("J≥", 6)}${pad("C≥", 6)}${pad("P", 7)}${pad("R", 7)}${pad("F1", 7)}${pad("negFP", 7)}secs`);
  const grid: Partial<DedupOptions>[] = [];
  for (const shingleSize of [3, 4, 5, 6]) grid.push({ shingleSize });
  for (const jaccard of [0.5, 0.6, 0.7, 0.8, 0.9]) grid.push({ jaccard, containment: 1.01 });
  for (const containment of [0.7, 0.8, 0.9]) grid.push({ containment });
  grid.push({ permutations: 256, bands: 64 }, { permutations: 128, bands: 16 }, { permutations: 128, bands: 64 }, { permutations: 256, bands: 32 });
  for (const g of grid) {
    const o = { ...new DedupIndex(g).options };
    const r = runOnce(ds, g, "dev");
    const t = totals(r);
    console.log(`${pad(o.permutations, 5)}${pad(o.bands, 6)}${pad(o.shingleSize, 3)}${pad(o.jaccard, 6)}${pad(o.containment > 1 ? "off" : o.containment, 6)}${pad(f3(t.p), 7)}${pad(f3(t.r), 7)}${pad(f3(t.f), 7)}${pad(r.negatives.merged, 7)}${r.seconds.toFixed(1)}`);
  }
}

/** How far the MinHash estimate is from the exact Jaccard on the positive pairs (by kind). */
function estimateError(ds: Dataset): void {
  const index = new DedupIndex();
  const body = new Map(ds.docs.map((d) => [d.id, d.body]));
  const k = index.options.shingleSize;
  const rows: string[] = [];
  const byKind = new Map<string, number[]>();
  for (const p of ds.positives.filter((x) => x.split === "test")) {
    const a = shingleHashes(shingleTerms(body.get(p.original)!), k);
    const b = shingleHashes(shingleTerms(body.get(p.copy)!), k);
    let l = byKind.get(p.kind);
    if (!l) byKind.set(p.kind, (l = []));
    l.push(exactJaccard(a, b));
  }
  for (const [kind, js] of byKind) {
    js.sort((x, y) => x - y);
    rows.push(`${pad(kind, 22)}${pad(f3(js[0]!), 8)}${pad(f3(js[Math.floor(js.length * 0.05)]!), 8)}${f3(js[Math.floor(js.length / 2)]!)}`);
  }
  const neg: number[] = [];
  for (const n of ds.negatives.filter((x) => x.split === "test")) {
    neg.push(exactJaccard(shingleHashes(shingleTerms(body.get(n.a)!), k), shingleHashes(shingleTerms(body.get(n.b)!), k)));
  }
  neg.sort((x, y) => y - x);
  console.log(`\nExact shingle Jaccard (k=${k}) of gold pairs, TEST half — min / 5th percentile / median:`);
  for (const r of rows) console.log(`  ${r}`);
  console.log(`  hard negatives (templated, before boilerplate removal): max ${f3(neg[0] ?? 0)}, 95th pct ${f3(neg[Math.floor(neg.length * 0.05)] ?? 0)}`);
}

export async function run(args: string[]): Promise<EvalOutcome> {
  const ds = buildDataset();
  console.log(`Dedup evaluation — ${ds.docs.length} documents streamed (${ds.originals.size} corpus articles, ${ds.positives.length} gold pairs, ${ds.negatives.length} hard-negative pairs; seed ${SEED})`);
  if (args.includes("--sweep")) sweep(ds);
  estimateError(ds);
  const r = runOnce(ds, {}, "test");
  const o = new DedupIndex().options;
  console.log(`\nChosen parameters: ${o.permutations} permutations, ${o.bands} bands × ${o.permutations / o.bands} rows, ${o.shingleSize}-shingles of stems, Jaccard ≥ ${o.jaccard} or containment ≥ ${o.containment} (≥ ${o.minContainmentShingles} shingles), boilerplate: ≥ ${o.boilerplateSourceGroups} groups per source / ${o.boilerplateGlobalGroups} overall`);
  console.log(`\nTEST half (exact-corpus: all ${r.exactGroups} groups):`);
  console.log(`${pad("kind", 22)}${pad("pairs", 7)}${pad("found", 7)}${pad("FP", 5)}${pad("P", 7)}${pad("R", 7)}F1`);
  for (const k of r.byKind) {
    const s = prf(k.found, k.pairs, k.falsePositives);
    console.log(`${pad(k.kind, 22)}${pad(k.pairs, 7)}${pad(k.found, 7)}${pad(k.falsePositives, 5)}${pad(f3(s.p), 7)}${pad(f3(s.r), 7)}${f3(s.f)}`);
  }
  console.log(`${pad("hard negatives", 22)}${pad(r.negatives.pairs, 7)}${pad("-", 7)}${pad(r.negatives.merged, 5)}`);
  const t = totals(r);
  console.log(`${pad("ALL", 22)}${pad(t.pairs, 7)}${pad(t.tp, 7)}${pad(t.fp, 5)}${pad(f3(t.p), 7)}${pad(f3(t.r), 7)}${f3(t.f)}   (targets: P ≥ 0.98, F1 ≥ 0.95)`);
  console.log(`exact groups found: ${r.exactGroupsFound}/${r.exactGroups}; earliest member correct: ${r.earliestCorrect}/${r.earliestChecked}`);
  console.log(`unlabeled duplicate groups among corpus originals (real reposts, not scored): ${r.unlabeledCorpusGroups.length}`);
  if (args.includes("--show-unlabeled")) for (const g of r.unlabeledCorpusGroups) console.log(`  ${g.join(" ")}`);
  console.log(`throughput: ${(ds.docs.length / r.seconds).toFixed(0)} docs/s (${r.seconds.toFixed(1)} s)`);

  return {
    metrics: { precision: t.p, f1: t.f, exactGroupsFound: r.exactGroupsFound },
    data: ["../shared/data/saudinewsnet-sample", "../shared/data/ant-multisource-sample"],
  };
}
