/**
 * Fingerprints of an article's body for duplicate detection.
 * - Exact: the content hash is SHA-256 over the normalized forms (normalize.ts, through the shared
 *   analyzer) of every token of the body, joined by one space — so whitespace, punctuation,
 *   tashkeel, tatweel, hamza/alef variants and Persian letter forms never change it.
 * - Near: shingles are runs of `k` consecutive analyzed terms (stems of non-stopwords, analyze.ts),
 *   never raw characters, hashed to 32 bits (FNV-1a over the joined stems). Shingles never cross a
 *   paragraph break (a line break), so reordered paragraphs keep every shingle; a paragraph shorter
 *   than `k` terms gives one shingle of all its terms.
 * - The body is tokenized once for both fingerprints (`fingerprintBody`).
 * - MinHash: `n` hash functions h_i(x) = fmix32(x XOR seed_i), seeds from a fixed-seed PRNG, so the
 *   same shingles give the same signature in every run and process.
 * - Jaccard is estimated as the share of equal signature slots; containment (overlap over the
 *   smaller set) is derived from it and the two set sizes.
 */
import { createHash } from "node:crypto";
import { tokenize, type Token } from "../arabic/analyze.js";
import { seededRandom } from "../seeded-random.js";

/** SHA-256 (hex) of the normalized token stream of `text`; equal for texts that differ only in spelling forms, marks and spacing. */
export function contentHash(text: string): string {
  return fingerprintBody(text, 1).hash;
}

/** The analyzed terms shingles are built from: stems of non-stopword tokens, per paragraph, in text order. */
export function shingleTerms(text: string): string[][] {
  return termsByParagraph(text, tokenize(text));
}

const LINE_BREAK = /\n/g;

function termsByParagraph(text: string, tokens: readonly Token[]): string[][] {
  const breaks: number[] = [];
  for (const m of text.matchAll(LINE_BREAK)) breaks.push(m.index);
  const paragraphs: string[][] = [[]];
  let b = 0;
  for (const t of tokens) {
    let crossed = false;
    while (b < breaks.length && breaks[b]! < t.start) {
      b++;
      crossed = true;
    }
    if (crossed && paragraphs[paragraphs.length - 1]!.length > 0) paragraphs.push([]);
    if (!t.isStopword) paragraphs[paragraphs.length - 1]!.push(t.stem);
  }
  return paragraphs.filter((p) => p.length > 0);
}

export interface BodyFingerprint {
  /** See contentHash. */
  hash: string;
  /** Distinct shingle hashes, sorted ascending. */
  shingles: Uint32Array;
}

/** Both fingerprints of a body from one pass of the analyzer. */
export function fingerprintBody(text: string, k: number): BodyFingerprint {
  return fingerprintTokens(text, tokenize(text), k);
}

/** `fingerprintBody` from the body's tokens (`tokenize(text)`), for callers that need them too. */
export function fingerprintTokens(text: string, tokens: readonly Token[], k: number): BodyFingerprint {
  const hash = createHash("sha256")
    .update(tokens.map((t) => t.norm).join(" "))
    .digest("hex");
  return { hash, shingles: shingleHashes(termsByParagraph(text, tokens), k) };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The FNV-1a state `h` after the UTF-16 code units of `s`. */
function fnvMix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a32(s: string): number {
  return fnvMix(FNV_OFFSET, s) >>> 0;
}

/** MurmurHash3's 32-bit finalizer: a bijective mix of all input bits. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Distinct hashed shingles of `k` consecutive terms within each paragraph, sorted ascending. A
 * paragraph shorter than `k` terms gives one shingle of all its terms (so short texts still have a
 * fingerprint); no terms give none.
 */
export function shingleHashes(paragraphs: readonly (readonly string[])[], k: number): Uint32Array {
  const set = new Set<number>();
  for (const terms of paragraphs) {
    if (terms.length === 0) continue;
    if (terms.length < k) set.add(joinedHash(terms, 0, terms.length));
    else for (let i = 0; i + k <= terms.length; i++) set.add(joinedHash(terms, i, i + k));
  }
  return Uint32Array.from(set).sort();
}

const SPACE = 0x20;

/**
 * `fnv1a32(terms.slice(from, to).join(" "))` without building the string: the same code units
 * hashed in the same order (a shingle string per position was most of the fingerprint's cost).
 */
function joinedHash(terms: readonly string[], from: number, to: number): number {
  let h = fnvMix(FNV_OFFSET, terms[from]!);
  for (let j = from + 1; j < to; j++) h = fnvMix(Math.imul(h ^ SPACE, FNV_PRIME), terms[j]!);
  return h >>> 0;
}

// Fixed so signatures stored by one run compare with those of any later run.
const MINHASH_SEED = 0x6d617273; // "mars"
const seedCache = new Map<number, Uint32Array>();

function seedsFor(n: number): Uint32Array {
  let seeds = seedCache.get(n);
  if (!seeds) {
    const random = seededRandom(MINHASH_SEED);
    seeds = new Uint32Array(n);
    // the project's one PRNG, scaled back to the 32-bit integers it draws (exact: x / 2^32 * 2^32)
    for (let i = 0; i < n; i++) seeds[i] = random() * 2 ** 32;
    seedCache.set(n, seeds);
  }
  return seeds;
}

/** MinHash signature of a shingle set with `n` hash functions; all slots 0xFFFFFFFF for an empty set. */
export function minhash(shingles: Uint32Array, n: number): Uint32Array {
  const seeds = seedsFor(n);
  const sig = new Uint32Array(n).fill(0xffffffff);
  for (let j = 0; j < shingles.length; j++) {
    const x = shingles[j]!;
    for (let i = 0; i < n; i++) {
      const h = fmix32(x ^ seeds[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Share of equal slots of two signatures of the same length: an unbiased estimate of Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error(`fingerprint: signature lengths differ (${a.length} vs ${b.length})`);
  if (a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** Containment |A∩B| / min(|A|,|B|) from a Jaccard value and the set sizes: |A∩B| = J(|A|+|B|)/(1+J). */
export function containmentFromJaccard(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / smaller);
}

/** Exact Jaccard of two sorted arrays of distinct values (the evaluations: shingle sets, word-id sets). */
export function exactJaccard(a: Uint32Array | Int32Array, b: Uint32Array | Int32Array): number {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - inter;
  return union === 0 ? 0 : inter / union;
}
