/**
 * Tagging pre-tokenized sentences (CoNLL input: `marsad ner`, `npm run eval -- ner`), the one path both use:
 * - CoNLL files have no document boundaries: a sentence's "document" (for the document features)
 *   is the DOC_WINDOW sentences on each side of it (news corpora are articles in sequence);
 *   training cuts its documents the same way;
 * - tags are BIO over PERS, LOC, ORG, MISC, one per given token; tokens are never re-cut.
 */
import { countSentence, emptyDocumentStats } from "./features.js";
import type { NerModel } from "./model-file.js";
import { tagSentence } from "./tagger.js";

/** About one ANERcorp article on each side (articles run 10–40 sentences). */
export const DOC_WINDOW = 15;

export function documentWindow<T extends { tokens: readonly string[] }>(sentences: readonly T[], i: number): (readonly string[])[] {
  return sentences.slice(Math.max(0, i - DOC_WINDOW), i + DOC_WINDOW + 1).map((s) => s.tokens);
}

/** BIO tags per sentence, each with the document statistics of its window (slid one sentence at a time). */
export function tagSentences(sentences: readonly { tokens: readonly string[] }[], model: NerModel): string[][] {
  const res = model.resources;
  const doc = emptyDocumentStats();
  for (let k = 0; k <= DOC_WINDOW && k < sentences.length; k++) countSentence(doc, sentences[k]!.tokens, res, 1);
  return sentences.map((s, i) => {
    if (i > 0) {
      const entering = sentences[i + DOC_WINDOW];
      const leaving = sentences[i - DOC_WINDOW - 1];
      if (entering) countSentence(doc, entering.tokens, res, 1);
      if (leaving) countSentence(doc, leaving.tokens, res, -1);
    }
    return tagSentence(model, res, s.tokens, doc).map((t) => model.tags[t]!);
  });
}
