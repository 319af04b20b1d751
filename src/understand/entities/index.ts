/**
 * Named entities: recognition (a statistical tagger trained on ANERcorp, gazetteers, cue words, rules
 * for Latin-script embeds) and merging of mentions into entities (spelling variants, title words,
 * short forms, Latin ↔ Arabic names). See recognize.ts and merge.ts for the rules.
 */
export type { EntitySpan } from "./span.js";
export { recognizeEntities, type RecognizeOptions } from "./recognize.js";
export { mergeEntities, entityKey } from "./merge.js";
export { loadDefaultModel } from "./model-file.js";
