/**
 * Tagging pre-tokenized sentences (CoNLL input: `marsad ner`, `npm run eval -- ner`), the one path both use:
 * - CoNLL files have no document boundaries: a sentence's "document" (for the document features)
 *   is the DOC_WINDOW sentences on each side of it (news corpora are articles in sequence);
 *   training cuts its documents the same way;
 * - tags are BIO over PERS, LOC, ORG, MISC, one per given token; tokens are never re-cut;
 * - with a second-stage model (`stage2`, stacking.ts), the sentences are tagged again by it, reading
 *   the first stage's tags of the sentence and its window;
 * - a last pass makes the tags of the names repeated in a sentence's document consistent
 *   (consistency.ts; `consistency: null` returns the tagger's own tags).
 */
import { analyzeInfos, countInfos, emptyDocumentStats, tokenInfo, type FeatureResources, type TokenInfo } from "./features.js";
import type { NerModel } from "./model-file.js";
import { tagAnalysis } from "./tagger.js";
import { consistentTags, CONSISTENCY_DEFAULTS, type ConsistencyOptions } from "./consistency.js";
import { stackedFeatureRows, type FeatureRows } from "./stacking.js";
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
export function tagSentences(sentences: readonly { tokens: readonly string[] }[], model: NerModel, options: { consistency?: ConsistencyOptions | null; stage2?: LinearModel | null } = {}): string[][] {
  const res = model.resources;
  // Each token analyzed once, though it enters and leaves the window and is tagged.
  const infos = sentences.map((s) => s.tokens.map((t) => tokenInfo(t, res)));
  let tags = tagPass(infos, model, res, null);
  if (options.stage2) tags = tagPass(infos, options.stage2, res, stackedFeatureRows(infos, tags));
  const consistency = options.consistency === undefined ? CONSISTENCY_DEFAULTS : options.consistency;
  return consistency ? consistentTags(infos, tags, model.plainWordSet, consistency) : tags;
}

/** One tagging pass over the sentences, with more feature hashes per token when given. */
function tagPass(infos: readonly TokenInfo[][], model: LinearModel, res: FeatureResources, extra: readonly FeatureRows[] | null): string[][] {
  const doc = emptyDocumentStats();
  for (let k = 0; k <= DOC_WINDOW && k < infos.length; k++) countInfos(doc, infos[k]!, 1);
  return infos.map((sentence, i) => {
    if (i > 0) {
      const entering = infos[i + DOC_WINDOW];
      const leaving = infos[i - DOC_WINDOW - 1];
      if (entering) countInfos(doc, entering, 1);
      if (leaving) countInfos(doc, leaving, -1);
    }
    return tagAnalysis(model, res, analyzeInfos(sentence, res, doc), extra?.[i]).map((t) => model.tags[t]!);
  });
}
