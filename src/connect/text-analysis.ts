/**
 * What the connect step reads of an article's title and body: the body's fingerprint (near-dup.ts),
 * the title and body term counts (story vectors, records) and the figures. Rules:
 * - A pure function of the title, the body and the shingle size (`analyzeTexts`).
 * - An ingest's pipeline workers compute it beside the store's preparation (pipeline-pool.ts) and
 *   hand it to this thread, which keeps it here by article id and content hash (the content hash
 *   covers title and body) until the connector takes it (`textAnalysisOf`): the single writer
 *   thread then does not tokenize each article again. An article never handed over, or let go
 *   (at most MAX_KEPT are kept, the oldest go first), is analyzed when it is connected: same result.
 */
import { tokenize, type Token } from "../arabic/analyze.js";
import { fingerprintTokens, type BodyFingerprint } from "./fingerprint.js";
import { figureKeys, tokenTermCounts } from "./terms.js";

export interface TextAnalysis {
  /** The shingle size the fingerprint was made with. */
  shingleSize: number;
  fingerprint: BodyFingerprint;
  titleCounts: Map<string, number>;
  bodyCounts: Map<string, number>;
  /** Figures of title and body (terms.ts figureKeys). */
  figures: string[];
}

export function analyzeTexts(title: string, body: string, shingleSize: number): TextAnalysis {
  const bodyTokens = tokenize(body);
  const titleTokens = tokenize(title);
  return analyzeTokens(body, titleTokens, bodyTokens, shingleSize);
}

/** `analyzeTexts` from the tokens of the title and body (`tokenize` of each), for a caller that needs them too. */
export function analyzeTokens(body: string, titleTokens: readonly Token[], bodyTokens: readonly Token[], shingleSize: number): TextAnalysis {
  return {
    shingleSize,
    fingerprint: fingerprintTokens(body, bodyTokens, shingleSize),
    titleCounts: tokenTermCounts(titleTokens),
    bodyCounts: tokenTermCounts(bodyTokens),
    figures: figureKeys([...titleTokens, ...bodyTokens]),
  };
}

/**
 * Analyses kept at most: an ingest connects every full batch of 500 articles while it goes on
 * storing (connectAlong), so the articles waiting to be connected are fewer than two batches.
 */
const MAX_KEPT = 1500;
const kept = new Map<string, TextAnalysis>();
const keyOf = (id: string, contentHash: string) => `${id}\u0000${contentHash}`;

/** Keeps the analysis of the article `id` with content hash `contentHash` (handed over by a worker thread) for the connector. */
export function keepTextAnalysis(id: string, contentHash: string, analysis: TextAnalysis): void {
  const key = keyOf(id, contentHash);
  kept.delete(key);
  kept.set(key, analysis);
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
}

/** The article's analysis: the one kept for it (let go once taken), else made now. */
export function textAnalysisOf(article: { id: string; contentHash: string; title: string; body: string }, shingleSize: number): TextAnalysis {
  const key = keyOf(article.id, article.contentHash);
  const found = kept.get(key);
  if (found) kept.delete(key);
  return found && found.shingleSize === shingleSize ? found : analyzeTexts(article.title, article.body, shingleSize);
}
