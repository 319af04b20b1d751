/**
 * Tagging pre-tokenized sentences (CoNLL input: `marsad ner`, `npm run eval -- ner`), the one path both use:
 * - CoNLL files have no document boundaries: a sentence's "document" (for the document features)
 *   is the DOC_WINDOW sentences on each side of it (news corpora are articles in sequence);
 *   training cuts its documents the same way;
 * - tags are BIO over PERS, LOC, ORG, MISC, one per given token; tokens are never re-cut;
 * - with a second-stage model (`stage2`, stacking.ts), the sentences are tagged again by it, reading
 *   the first stage's tags of the sentence and its window: one sweep of the window analyzes each
 *   sentence once for both stages (tagger.ts tagAndScore);
 * - span-edge rules cut words the tagger runs a name on over that the corpora leave outside it
 *   (span-edges.ts: a country's nisba after a club's name, a plain word ending a person; `edges: false` leaves them);
 * - a last pass makes the tags of the names repeated in a sentence's document consistent
 *   (consistency.ts; `consistency: null` and `edges: false` return the tagger's own tags).
 */
import { analyzeInfos, countInfos, emptyDocumentStats, tokenInfo, type FeatureResources, type SentenceAnalysis, type TokenInfo } from "./features.js";
import type { NerModel } from "./model-file.js";
import { decodeEmissions, tagAndScore, tagAnalysis } from "./tagger.js";
import { consistentTags, CONSISTENCY_DEFAULTS, type ConsistencyOptions } from "./consistency.js";
import { stackedFeatureRowsOfIds } from "./stacking.js";
import { trimSpanEdges } from "./span-edges.js";
import type { LinearModel } from "./perceptron.js";

/** About one ANERcorp article on each side (articles run 10–40 sentences). */
export const DOC_WINDOW = 15;

export function documentWindow<T extends { tokens: readonly string[] }>(sentences: readonly T[], i: number): (readonly string[])[] {
  return sentences.slice(Math.max(0, i - DOC_WINDOW), i + DOC_WINDOW + 1).map((s) => s.tokens);
}

/**
 * BIO tags per sentence, each with the document statistics of its window (slid one sentence at a
 * time); `stage2`: the second-stage model (stacking.ts; it shares the model's resources).
 */
export function tagSentences(sentences: readonly { tokens: readonly string[] }[], model: NerModel, options: { consistency?: ConsistencyOptions | null; stage2?: LinearModel | null; edges?: boolean } = {}): string[][] {
  const res = model.resources;
  // Each token analyzed once, though it enters and leaves the window and is tagged.
  const infos = sentences.map((s) => s.tokens.map((t) => tokenInfo(t, res)));
  const stage2 = options.stage2;
  const tags: string[][] = [];
  if (stage2) {
    // One sweep of the window: each sentence's analysis tagged by the first stage and scored by
    // the second (all but its stacked features); the second decodes when the first's tags of the
    // sentence's window are all known.
    const t1: number[][] = [];
    const scored: Float64Array[] = [];
    sweep(infos, res, (a) => {
      const both = tagAndScore(model, stage2, res, a);
      t1.push(both.tags);
      scored.push(both.emissions);
    });
    const stacked = stackedFeatureRowsOfIds(infos, model.tags, t1);
    scored.forEach((e, i) => tags.push(decodeEmissions(stage2, e, infos[i]!.length, stacked[i]).map((t) => stage2.tags[t]!)));
  } else sweep(infos, res, (a) => tags.push(tagAnalysis(model, res, a).map((t) => model.tags[t]!)));
  const trimmed = options.edges === false ? tags : trimSpanEdges(infos, tags, model.plainWordSet);
  const consistency = options.consistency === undefined ? CONSISTENCY_DEFAULTS : options.consistency;
  return consistency ? consistentTags(infos, trimmed, model.plainWordSet, consistency) : trimmed;
}

/** Each sentence's analysis in order, with the document statistics of its window. */
function sweep(infos: readonly TokenInfo[][], res: FeatureResources, each: (a: SentenceAnalysis) => void): void {
  const doc = emptyDocumentStats();
  for (let k = 0; k <= DOC_WINDOW && k < infos.length; k++) countInfos(doc, infos[k]!, 1);
  infos.forEach((sentence, i) => {
    if (i > 0) {
      const entering = infos[i + DOC_WINDOW];
      const leaving = infos[i - DOC_WINDOW - 1];
      if (entering) countInfos(doc, entering, 1);
      if (leaving) countInfos(doc, leaving, -1);
    }
    each(analyzeInfos(sentence, res, doc));
  });
}
