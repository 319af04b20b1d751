/**
 * The NER corpora, read from ../shared/data, and the one rule that splits NewsFANE (shared by
 * training and evaluation, fixed before any model was trained on NewsFANE):
 * - ANERcorp: CAMeL train.txt is training text; test_public.txt is test only, never read by training;
 * - NewsFANE (CC BY-SA 3.0) is cut into blocks of NEWSFANE_BLOCK consecutive sentences (a few articles:
 *   neighbouring sentences of one article never fall on both sides). A block is TEST when its index
 *   mod NEWSFANE_TEST_EVERY is NEWSFANE_TEST_EVERY − 1, or when it (or a neighbouring block) holds a
 *   sentence whose text is in ANERcorp test: NewsFANE re-annotates ANERcorp's newswire, so training
 *   on those sentences would leak ANERcorp test text into the model. Everything else is TRAIN;
 * - NewsFANE fine types map to PERS/ORG/LOC/MISC by coarse_map.tsv; types mapped to "-" (Group:
 *   nationalities) become O, as ANERcorp tags nationalities O; in evaluation those spans are ignored
 *   on both sides instead;
 * - the unlabeled text (arabic-unlabeled, Apache-2.0) is one article per line;
 * - NearDuplicateIndex: which training sentences are (near) copies of a test sentence. The corpora
 *   overlap beyond exact text (NewsFANE re-annotates ANERcorp's newswire, with other sentence cuts,
 *   punctuation and spelling), so training drops every sentence near any test sentence (train-ner.ts).
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { parseConll, spansOfTags, type ConllSentence } from "../../src/understand/entities/conll.js";

export const SHARED_DATA = new URL("../../../shared/data/", import.meta.url);
const NEWSFANE_BLOCK = 50;
const NEWSFANE_TEST_EVERY = 4;
/** Sentences shorter than this (letters) are too generic to call shared between corpora. */
const MIN_OVERLAP_CHARS = 20;

export function readConll(path: string): ConllSentence[] {
  return parseConll(readFileSync(new URL(path, SHARED_DATA), "utf8"));
}

export const anercorpTrain = (): ConllSentence[] => readConll("anercorp-camel/train.txt");

/**
 * The dev part of a labeled training corpus is its last tenth (~600 sentences, ~1,500 entities:
 * enough to rank epoch counts and biases); every tool that tunes on dev cuts it here.
 */
export const DEV_FRACTION = 0.1;

/** Where a training corpus of `length` sentences starts its dev part. */
export function devStart(length: number): number {
  return Math.floor(length * (1 - DEV_FRACTION));
}
export const anercorpTest = (): ConllSentence[] => readConll("anercorp-camel/test_public.txt");

/** Letters of a sentence, normalized: what "the same sentence" means across corpora. */
export function sentenceLetters(tokens: readonly string[]): string {
  return normalizeArabic(tokens.join("")).replace(/[^\u0621-\u064A]/g, "");
}

/** A lookup of whether a sentence's text occurs inside a corpus. */
export function textIndex(sentences: readonly ConllSentence[]): (tokens: readonly string[]) => boolean {
  const all = sentences.map((s) => sentenceLetters(s.tokens)).join("#");
  return (tokens) => {
    const l = sentenceLetters(tokens);
    return l.length >= MIN_OVERLAP_CHARS && all.includes(l);
  };
}

export interface NewsFaneSplit {
  /** Coarse BIO tags (Group spans → O). */
  train: ConllSentence[];
  test: ConllSentence[];
  /** Per test sentence: spans ("start:end") whose fine type maps to "-", ignored when scoring. */
  testIgnored: Set<string>[];
  /** Per test sentence: whether it is near a sentence of ANERcorp train (NearDuplicateIndex: the model saw that text, with ANERcorp's labels). */
  testInAnercorpTrain: boolean[];
}

function coarseMap(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(new URL("newsfane-gold/coarse_map.tsv", SHARED_DATA), "utf8").split("\n").slice(1)) {
    const [fine, , coarse] = line.split("\t");
    if (fine && coarse) map.set(fine.trim(), coarse.trim());
  }
  return map;
}

function toCoarse(s: ConllSentence, map: Map<string, string>): { sentence: ConllSentence; ignored: Set<string> } {
  const tags = s.tags.map(() => "O");
  const ignored = new Set<string>();
  for (const span of spansOfTags(s.tags)) {
    const coarse = map.get(span.type);
    if (coarse === undefined) throw new Error(`NewsFANE: type "${span.type}" is not in coarse_map.tsv`);
    if (coarse === "-") {
      ignored.add(`${span.start}:${span.end}`);
      continue;
    }
    for (let i = span.start; i < span.end; i++) tags[i] = (i === span.start ? "B-" : "I-") + coarse;
  }
  return { sentence: { tokens: s.tokens, tags }, ignored };
}

export function newsFaneSplit(): NewsFaneSplit {
  const fane = readConll("newsfane-gold/newsfane_public.txt");
  const map = coarseMap();
  const anerTrain = new NearDuplicateIndex(anercorpTrain().map((s) => s.tokens));
  const inAnerTrain = (tokens: readonly string[]) => anerTrain.nearest(tokens) >= 0;
  const isTest = newsFaneTestRule(fane);
  const split: NewsFaneSplit = { train: [], test: [], testIgnored: [], testInAnercorpTrain: [] };
  fane.forEach((s, i) => {
    const { sentence, ignored } = toCoarse(s, map);
    if (isTest(i)) {
      split.test.push(sentence);
      split.testIgnored.push(ignored);
      split.testInAnercorpTrain.push(inAnerTrain(s.tokens));
    } else split.train.push(sentence);
  });
  return split;
}

/**
 * WikiFANE Gold (Alotaibi & Lee 2014; CC BY-SA 3.0, the terms of NewsFANE): Arabic Wikipedia text
 * labelled with NewsFANE's fine types. Where it is read from: MARSAD_WIKIFANE, else
 * ../shared/data/wikifane-gold/ (its SOURCE.md tells where the file came from).
 */
export const WIKIFANE_PATH = process.env["MARSAD_WIKIFANE"] ?? new URL("wikifane-gold/WikiFANE_Gold_2014_500K.txt", SHARED_DATA).pathname;
/** Tokens that end a WikiFANE sentence: the release has no blank lines between sentences. */
const SENTENCE_ENDS = new Set([".", "؟", "!"]);
/** A run this long without a sentence end (lists, tables) is cut at its next O token. */
const MAX_WIKIFANE_SENTENCE = 100;
/** WikiFANE's weapon and product subtypes that coarse_map.tsv (made for NewsFANE) lacks. */
const WIKIFANE_MISC_TYPES = ["Sound", "Blunt", "Nuclear", "Exploding", "Sharp", "Chemical"];

/**
 * WikiFANE Gold as coarse-typed sentences (the release's BOM, U+200E marks and CRLF dropped, cut after
 * «.» «؟» «!», a run without one at MAX_WIKIFANE_SENTENCE tokens; fine types mapped as NewsFANE's, Group spans → O), less those near a sentence of
 * ANERcorp test or the NewsFANE test part (Wikipedia and the news quote each other).
 */
export function wikiFaneSentences(path = WIKIFANE_PATH): ConllSentence[] {
  const text = readFileSync(path, "utf8").replace(/[\uFEFF\u200E\r]/g, "");
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = { tokens: [], tags: [] };
  for (const line of text.split("\n")) {
    const [token, tag] = line.split("\t");
    if (!token?.trim() || !tag) continue;
    current.tokens.push(token.trim());
    current.tags.push(tag.trim());
    const ends = SENTENCE_ENDS.has(token.trim()) || (current.tokens.length >= MAX_WIKIFANE_SENTENCE && tag.trim() === "O");
    if (ends && !current.tags.at(-1)!.startsWith("I-")) {
      sentences.push(current);
      current = { tokens: [], tags: [] };
    }
  }
  if (current.tokens.length) sentences.push(current);
  const map = coarseMap();
  for (const t of WIKIFANE_MISC_TYPES) map.set(t, "MISC");
  const near = [new NearDuplicateIndex(anercorpTest().map((s) => s.tokens)), new NearDuplicateIndex(newsFaneSplit().test.map((s) => s.tokens))];
  return sentences.filter((s) => near.every((index) => index.nearest(s.tokens) < 0)).map((s) => toCoarse(s, map).sentence);
}

/** Whether the NewsFANE public sentence at an index (file order, from 0) is in the TEST part of the split rule above. */
export function newsFaneTestRule(fane: readonly ConllSentence[] = readConll("newsfane-gold/newsfane_public.txt")): (index: number) => boolean {
  const inAnerTest = textIndex(anercorpTest());
  const blocks = Math.ceil(fane.length / NEWSFANE_BLOCK);
  const touchesTest = Array.from({ length: blocks }, (_, b) => fane.slice(b * NEWSFANE_BLOCK, (b + 1) * NEWSFANE_BLOCK).some((s) => inAnerTest(s.tokens)));
  const isTestBlock = (b: number) => b % NEWSFANE_TEST_EVERY === NEWSFANE_TEST_EVERY - 1 || touchesTest[b - 1] || touchesTest[b] || touchesTest[b + 1];
  return (index) => Boolean(isTestBlock(Math.floor(index / NEWSFANE_BLOCK)));
}

/**
 * The unlabeled text: one article per line; the news of arabic-unlabeled, then each of `extra` (files
 * of the same form, gzip when named .gz; a path relative to ../shared/data unless absolute), in order.
 */
export function unlabeledArticles(extra: readonly string[] = []): string[] {
  const read = (file: string | URL) => {
    const bytes = readFileSync(file);
    return (String(file).endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8").split("\n").filter(Boolean);
  };
  return [read(new URL("arabic-unlabeled/ant_v1.1_jawharafm.txt.gz", SHARED_DATA)), ...extra.map((f) => read(f.startsWith("/") ? f : new URL(f, SHARED_DATA)))].flat();
}

/** Shingles of the near-duplicate index: this many consecutive letters of a sentence (sentenceLetters). */
const SHINGLE = 8;
/** Two sentences are near when this share of the shorter one's shingles is in the other (containment). */
const NEAR_CONTAINMENT = 0.8;

/**
 * Letter shingles of a sentence: spacing, punctuation, digits and Latin letters aside, so a clitic
 * written apart («و ينشط», «جد ه») or attached («وينشط», «جده»), as NewsFANE and ANERcorp differ,
 * compares equal. None below MIN_OVERLAP_CHARS letters (too generic to call shared).
 */
export function letterShingles(tokens: readonly string[]): Set<string> {
  const letters = sentenceLetters(tokens);
  const out = new Set<string>();
  if (letters.length < MIN_OVERLAP_CHARS) return out;
  for (let i = 0; i + SHINGLE <= letters.length; i++) out.add(letters.slice(i, i + SHINGLE));
  return out;
}

/**
 * An index of sentences (the test sets) answering, for another sentence, which indexed sentence it
 * is a copy or a near copy of: letter 8-gram shingles (letterShingles) of which NEAR_CONTAINMENT of
 * the shorter sentence's set is in the longer's. That takes in the same text (spacing aside), one
 * sentence inside a longer one (sentence cuts differ between the corpora), and a re-cut sentence
 * or one with a few words changed.
 */
export class NearDuplicateIndex {
  private readonly ids = new Map<string, number[]>();
  private readonly sizes: number[] = [];

  constructor(sentences: readonly (readonly string[])[]) {
    sentences.forEach((tokens, id) => {
      const shingles = letterShingles(tokens);
      this.sizes.push(shingles.size);
      for (const sh of shingles) {
        const ids = this.ids.get(sh);
        if (ids) ids.push(id);
        else this.ids.set(sh, [id]);
      }
    });
  }

  /** The id (index in the constructor's list) of the sentence `tokens` is nearest, if near one; else -1. */
  nearest(tokens: readonly string[]): number {
    const shingles = letterShingles(tokens);
    const shared = new Map<number, number>();
    for (const sh of shingles) for (const id of this.ids.get(sh) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    let best = -1;
    let bestShare = 0;
    for (const [id, n] of shared) {
      const share = n / Math.min(shingles.size, this.sizes[id]!);
      if (share >= NEAR_CONTAINMENT && share > bestShare) {
        best = id;
        bestShare = share;
      }
    }
    return best;
  }
}
