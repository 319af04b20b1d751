/**
 * Block-choice weights (content.ts BlockWeights). Written by `npm run train -- extract-html`
 * (scripts/train-extract-html.ts): coordinate search on the DEV halves of the public suites, from
 * the hand-set starting point below. Do not edit by hand: rerun the training.
 */
import type { BlockWeights } from "./content.js";

export const LEARNED_BLOCK_WEIGHTS: BlockWeights = {
  classHint: 25,
  siblingShare: 0.2,
  alternativeShare: 0.75,
  proseMaxLinkDensity: 0.33,
  linkListDensity: 0.5,
  listItemProseChars: 80,
  chunkGain: 0.25,
};
