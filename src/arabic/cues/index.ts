/** Cues shared by the text and HTML extractors: each module lists its rules; the words are in vocabulary.ts. */
export { readDateLine, findGluedDateLabel, mentionsUpdateLabel, type DateLine } from "./date-line.js";
export { readCreditLine, readWireDateline, stripAgenciesCredit, findGluedCredit, type CreditLine } from "./source-line.js";
export { readTagLabel, readHashtagLine, isTagLabel, findGluedTagLabel, splitTagPhrases, scorePageTags, segmentTagWords, buildTagContext, tagContextFor } from "./tags.js";
export { readReadAlsoMarker, opensWithReadAlso, findGluedReadAlso, type ReadAlsoMarker } from "./read-also.js";
export { readAttribution, findLinks, platformOfLinks, GLUED_ATTRIBUTION, type Attribution } from "./embeds.js";
export { isBoilerplateLine, isBreadcrumb, opensWithSharePrompt, openingShareBar } from "./boilerplate.js";
export { CuePhrases, foldedLine, type PhraseMatch } from "./phrases.js";
export * as vocabulary from "./vocabulary.js";
