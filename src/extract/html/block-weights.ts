/**
 * Block-choice weights (content.ts BlockWeights). Written by `npm run train -- extract-html`
 * (scripts/train-extract-html.ts): coordinate search on the DEV halves of the public suites
 * (zyte 64, readability 44, trafilatura 56, fundus 61, newspaper4k 3 pages), from the hand-set
 * {classHint:25, siblingShare:0.2, alternativeShare:0.75, proseMaxLinkDensity:0.33, linkListDensity:0.5, listItemProseChars:80, chunkGain:0.25};
 * DEV objective 0.9523 -> 0.9552. Do not edit by hand: rerun the training.
 */
import type { BlockWeights } from "./content.js";

export const LEARNED_BLOCK_WEIGHTS: BlockWeights = {
  classHint: 18.75,
  siblingShare: 0.3,
  alternativeShare: 0.75,
  proseMaxLinkDensity: 0.2475,
  linkListDensity: 0.5,
  listItemProseChars: 80,
  chunkGain: 0.25,
};
