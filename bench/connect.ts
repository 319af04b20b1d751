/**
 * `npm run bench -- connect [--sizes 10000,100000] [--measure 500] [--rounds 3] [--scorer hand|learned]`: articles/s added to the
 * connect stage (near-duplicates + stories) when the corpus already holds N articles, and memory.
 * - Corpus: synthetic articles composed of 3–5 paragraphs drawn (fixed seed) from different real
 *   articles of SaudiNewsNet and ANT, ~1,000 per simulated day. Shingles never cross paragraphs
 *   and term counts add up, so the prefill uses per-paragraph fingerprints and counts computed once
 *   (addFingerprint / addCounts give the same index state as add on the composed text).
 * - Measured: adding real articles through the full text path (analyzer included), dated after the
 *   prefill, in `rounds` rounds of `measure` different articles each; the median round is reported.
 *   Every size is prefilled before any is measured, and the rounds alternate between sizes (in an order reversed every other round); the
 *   analyzer's word cache is warmed with the measured texts first, so the size measured second does
 *   not find it warmed by the first.
 *   A full garbage collection runs after the prefill and before each stage's round (node's `gc`,
 *   exposed at start), so no round pays for collecting the prefill's garbage or another stage's;
 *   collections caused by the measured adds themselves are counted. One round of 500 adds lasts
 *   about a second, so without this a single major collection of the prefill heap could halve it.
 * - heap MB: what the prefill of one size added to the heap (both indexes and the peer's signatures).
 * - Peer, same process: the same MinHash signatures compared by a linear scan over every earlier
 *   article (no LSH) — the cost a scan pays — at the same corpus sizes.
 */
import { createHash } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { DedupIndex } from "../src/connect/near-dup.js";
import { estimateJaccard, fingerprintBody, minhash, type BodyFingerprint } from "../src/connect/fingerprint.js";
import { StoryIndex, type StoryOptions } from "../src/connect/stories.js";
import { termCounts } from "../src/connect/terms.js";
import { tokenize } from "../src/arabic/analyze.js";
import { pad, readAnt, readSaudiNewsNet, type CorpusArticle } from "../eval/lib/corpora.js";
import { seededRandom as prng } from "../src/seeded-random.js";

const SEED = 7;
const PER_DAY = 1000;
const DAY = 86_400_000;
const START = Date.parse("2020-01-01T00:00:00Z");

interface Paragraph {
  norms: string;
  fp: BodyFingerprint;
  counts: Map<string, number>;
}

function prepare(articles: CorpusArticle[]): { paragraphs: Paragraph[]; titles: Map<string, number>[] } {
  const paragraphs: Paragraph[] = [];
  const titles: Map<string, number>[] = [];
  for (const a of articles) {
    titles.push(termCounts(a.title));
    for (const p of a.body.split(/\n+/)) {
      if (p.trim().length < 80) continue;
      paragraphs.push({ norms: tokenize(p).map((t) => t.norm).join(" "), fp: fingerprintBody(p, 5), counts: termCounts(p) });
    }
  }
  return { paragraphs, titles };
}

function compose(rand: () => number, paragraphs: Paragraph[]): { fp: BodyFingerprint; counts: Map<string, number> } {
  const n = 3 + Math.floor(rand() * 3);
  const parts = Array.from({ length: n }, () => paragraphs[Math.floor(rand() * paragraphs.length)]!);
  const set = new Set<number>();
  const counts = new Map<string, number>();
  for (const p of parts) {
    for (const s of p.fp.shingles) set.add(s);
    for (const [t, c] of p.counts) counts.set(t, (counts.get(t) ?? 0) + c);
  }
  const hash = createHash("sha256").update(parts.map((p) => p.norms).join(" ")).digest("hex");
  return { fp: { hash, shingles: Uint32Array.from([...set].sort((a, b) => a - b)) }, counts };
}

/** node's full collection; exposed at run time when node was not started with --expose-gc. */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

const collectGarbage = exposeGc();

function heapMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1_048_576;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Seconds one call of `add` per item takes, after a full collection. */
function timed<T>(items: readonly T[], add: (item: T) => void): number {
  collectGarbage();
  const t = performance.now();
  for (const item of items) add(item);
  return (performance.now() - t) / 1000;
}

interface Row {
  size: number;
  prefillSeconds: number;
  dedupPerSec: number;
  storiesPerSec: number;
  bothPerSec: number;
  heapMb: number;
  openStories: number;
  scanPerSec: number;
}

interface Corpus {
  size: number;
  dedup: DedupIndex;
  stories: StoryIndex;
  signatures: Uint32Array[];
  prefillSeconds: number;
  heapMb: number;
  /** Real articles dated after the prefill, one per minute. */
  real: CorpusArticle[];
}

function prefill(size: number, prep: { paragraphs: Paragraph[]; titles: Map<string, number>[] }, real: CorpusArticle[], scorer: StoryOptions["scorer"]): Corpus {
  const rand = prng(SEED + size);
  const dedup = new DedupIndex();
  const stories = new StoryIndex({ scorer });
  const signatures: Uint32Array[] = [];
  const heapBefore = heapMb();
  const t0 = performance.now();
  for (let i = 0; i < size; i++) {
    const { fp, counts } = compose(rand, prep.paragraphs);
    const publishedAt = new Date(START + Math.floor((i / PER_DAY) * DAY)).toISOString();
    const id = `syn-${i}`;
    const source = `source-${i % 40}`;
    dedup.addFingerprint({ id, source, publishedAt }, fp);
    stories.addCounts({ id, source, publishedAt, entities: [] }, prep.titles[Math.floor(rand() * prep.titles.length)]!, counts);
    if (i < 100_000) signatures.push(minhash(fp.shingles, 128));
  }
  const prefillSeconds = (performance.now() - t0) / 1000;
  const end = START + Math.ceil(size / PER_DAY) * DAY;
  const dated = real.map((a, i) => ({ ...a, id: `real-${i}`, publishedAt: new Date(end + i * 60_000).toISOString() }));
  return { size, dedup, stories, signatures, prefillSeconds, heapMb: heapMb() - heapBefore, real: dated };
}

/** Seconds each stage takes to add `batch` (the full text path: fingerprinting and analysis included). */
function measureRound(c: Corpus, batch: CorpusArticle[]): { dedup: number; stories: number } {
  return {
    dedup: timed(batch, (a) => c.dedup.add({ id: a.id, source: a.source, publishedAt: a.publishedAt, body: a.body })),
    stories: timed(batch, (a) => c.stories.add({ id: a.id, title: a.title, body: a.body, source: a.source, publishedAt: a.publishedAt, entities: [] })),
  };
}

/** Probes per second of the peer: a linear scan over every earlier signature (precomputed, so the compare cost alone). */
function peerScan(c: Corpus, probesFrom: CorpusArticle[]): number {
  const probes = probesFrom.slice(0, 100).map((a) => minhash(fingerprintBody(a.body, 5).shingles, 128));
  collectGarbage();
  const t = performance.now();
  let hits = 0;
  for (const p of probes) for (const s of c.signatures) if (estimateJaccard(p, s) >= 0.6) hits++;
  void hits;
  return probes.length / ((performance.now() - t) / 1000);
}

export async function run(args: string[]): Promise<void> {
  const sizesArg = args[args.indexOf("--sizes") + 1];
  const sizes = args.includes("--sizes") && sizesArg ? sizesArg.split(",").map(Number) : [10_000, 100_000];
  const measureArg = args[args.indexOf("--measure") + 1];
  const measure = args.includes("--measure") && measureArg ? Number(measureArg) : 500;
  const roundsArg = args[args.indexOf("--rounds") + 1];
  const rounds = args.includes("--rounds") && roundsArg ? Number(roundsArg) : 3;
  // the story scorer (stories.ts `scorer`): the default hand score, or the learned membership model
  const scorer: StoryOptions["scorer"] = args.includes("--scorer") && args[args.indexOf("--scorer") + 1] === "learned" ? "learned" : "hand";
  const real = [...readAnt(), ...readSaudiNewsNet()].filter((a) => a.body.length >= 200);
  const rand = prng(SEED);
  const shuffled = real.map((a) => ({ a, k: rand() })).sort((x, y) => x.k - y.k).map((x) => x.a);
  const measured = measure * rounds;
  const prep = prepare(shuffled.slice(measured));
  console.log(`connect bench — ${prep.paragraphs.length} source paragraphs; per size, ${rounds} rounds of ${measure} different real articles through the full text path, median round`);
  console.log(`\n${pad("corpus", 9)}${pad("prefill s", 11)}${pad("dedup/s", 9)}${pad("stories/s", 11)}${pad("both/s", 8)}${pad("heap MB", 9)}${pad("open stories", 14)}peer scan/s (ratio)`);
  // the analyzer caches word analyses: warmed with the measured texts, every size and stage meets the
  // same cache (twice: a pass in which the bounded cache clears itself is followed by one that refills it)
  for (let pass = 0; pass < 2; pass++) for (const a of shuffled.slice(0, measured)) tokenize(`${a.title}\n${a.body}`);
  // every size is prefilled first and the rounds alternate between sizes, so a change in the
  // machine's load during the run falls on every size alike and leaves the ratio alone
  const corpora = sizes.map((size) => prefill(size, prep, shuffled.slice(0, measured), scorer));
  const seconds = corpora.map(() => ({ dedup: [] as number[], stories: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    // sizes in turn, the order reversed every other round
    const order = corpora.map((_, i) => i);
    if (r % 2 === 1) order.reverse();
    for (const i of order) {
      const t = measureRound(corpora[i]!, corpora[i]!.real.slice(r * measure, (r + 1) * measure));
      seconds[i]!.dedup.push(t.dedup);
      seconds[i]!.stories.push(t.stories);
    }
  }
  const rows: Row[] = corpora.map((c, i) => {
    const dedupSeconds = median(seconds[i]!.dedup);
    const storySeconds = median(seconds[i]!.stories);
    return {
      size: c.size,
      prefillSeconds: c.prefillSeconds,
      dedupPerSec: measure / dedupSeconds,
      storiesPerSec: measure / storySeconds,
      bothPerSec: measure / (dedupSeconds + storySeconds),
      heapMb: c.heapMb,
      openStories: c.stories.list().filter((s) => s.isOpen).length,
      scanPerSec: peerScan(c, c.real),
    };
  });
  for (const r of rows) {
    console.log(
      `${pad(r.size, 9)}${pad(r.prefillSeconds.toFixed(1), 11)}${pad(r.dedupPerSec.toFixed(0), 9)}${pad(r.storiesPerSec.toFixed(0), 11)}${pad(r.bothPerSec.toFixed(0), 8)}${pad(r.heapMb.toFixed(0), 9)}${pad(r.openStories, 14)}${r.scanPerSec.toFixed(0)} (marsad dedup ×${(r.dedupPerSec / r.scanPerSec).toFixed(1)})`,
    );
  }
  if (rows.length >= 2) {
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    console.log(`\nthroughput at ${last.size} / at ${first.size}: dedup ${(last.dedupPerSec / first.dedupPerSec).toFixed(2)}, stories ${(last.storiesPerSec / first.storiesPerSec).toFixed(2)} (1.0 = cost independent of corpus size); peer scan ${(last.scanPerSec / first.scanPerSec).toFixed(2)}`);
  }
}
