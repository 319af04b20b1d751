/**
 * `npm run bench -- connect [--sizes 10000,100000] [--measure 500]`: articles/s added to the
 * connect stage (near-duplicates + stories) when the corpus already holds N articles, and memory.
 * - Corpus: synthetic articles composed of 3–5 paragraphs drawn (fixed seed) from different real
 *   articles of SaudiNewsNet and ANT, ~1,000 per simulated day. Shingles never cross paragraphs
 *   and term counts add up, so the prefill uses per-paragraph fingerprints and counts computed once
 *   (addFingerprint / addCounts give the same index state as add on the composed text).
 * - Measured: adding `measure` real articles through the full text path (analyzer included), dated
 *   after the prefill.
 * - Peer, same process: the same MinHash signatures compared by a linear scan over every earlier
 *   article (no LSH) — the cost a scan pays — at the same corpus sizes.
 */
import { createHash } from "node:crypto";
import { DedupIndex } from "../src/connect/near-dup.js";
import { estimateJaccard, fingerprintBody, minhash, type BodyFingerprint } from "../src/connect/fingerprint.js";
import { StoryIndex } from "../src/connect/stories.js";
import { termCounts } from "../src/connect/terms.js";
import { tokenize } from "../src/understand/arabic/analyze.js";
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

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
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

function runSize(size: number, measure: number, prep: { paragraphs: Paragraph[]; titles: Map<string, number>[] }, real: CorpusArticle[]): Row {
  const rand = prng(SEED + size);
  const dedup = new DedupIndex();
  const stories = new StoryIndex();
  const signatures: Uint32Array[] = [];
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
  const heap = heapMb();

  const end = START + Math.ceil(size / PER_DAY) * DAY;
  const batch = real.slice(0, measure).map((a, i) => ({ ...a, id: `real-${i}`, publishedAt: new Date(end + i * 60_000).toISOString() }));
  // fingerprinting is part of the dedup cost: time both stages on the full text path
  let t = performance.now();
  for (const a of batch) dedup.add({ id: a.id, source: a.source, publishedAt: a.publishedAt, body: a.body });
  const dedupSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  for (const a of batch) stories.add({ id: a.id, title: a.title, body: a.body, source: a.source, publishedAt: a.publishedAt, entities: [] });
  const storySeconds = (performance.now() - t) / 1000;

  // peer: linear scan over every earlier signature (signatures precomputed, so this is the compare cost alone)
  const probes = batch.slice(0, Math.min(100, batch.length)).map((a) => minhash(fingerprintBody(a.body, 5).shingles, 128));
  t = performance.now();
  let hits = 0;
  for (const p of probes) for (const s of signatures) if (estimateJaccard(p, s) >= 0.6) hits++;
  const scanSeconds = (performance.now() - t) / 1000;
  void hits;

  return {
    size,
    prefillSeconds,
    dedupPerSec: measure / dedupSeconds,
    storiesPerSec: measure / storySeconds,
    bothPerSec: measure / (dedupSeconds + storySeconds),
    heapMb: heap,
    openStories: stories.list().filter((s) => s.isOpen).length,
    scanPerSec: probes.length / scanSeconds,
  };
}

export async function run(args: string[]): Promise<void> {
  const sizesArg = args[args.indexOf("--sizes") + 1];
  const sizes = args.includes("--sizes") && sizesArg ? sizesArg.split(",").map(Number) : [10_000, 100_000];
  const measureArg = args[args.indexOf("--measure") + 1];
  const measure = args.includes("--measure") && measureArg ? Number(measureArg) : 500;
  const real = [...readAnt(), ...readSaudiNewsNet()].filter((a) => a.body.length >= 200);
  const rand = prng(SEED);
  const shuffled = real.map((a) => ({ a, k: rand() })).sort((x, y) => x.k - y.k).map((x) => x.a);
  const prep = prepare(shuffled.slice(measure));
  console.log(`connect bench — ${prep.paragraphs.length} source paragraphs; ${measure} real articles measured per size (full text path)${(globalThis as { gc?: unknown }).gc ? "" : "; run node with --expose-gc for exact heap figures"}`);
  console.log(`\n${pad("corpus", 9)}${pad("prefill s", 11)}${pad("dedup/s", 9)}${pad("stories/s", 11)}${pad("both/s", 8)}${pad("heap MB", 9)}${pad("open stories", 14)}peer scan/s (ratio)`);
  const rows: Row[] = [];
  for (const size of sizes) {
    const r = runSize(size, measure, prep, shuffled.slice(0, measure));
    rows.push(r);
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
