/** Cues shared by the text and HTML extractors: each module lists its rules. */
export { readDateLine, DATE_LABEL_GLUED, type DateLine } from "./date-line.js";
export { readCreditLine, stripAgenciesCredit, GLUED_CREDIT, type CreditLine } from "./source-line.js";
export { readTagLabel, splitTagPhrases, scorePageTags, segmentTagWords, buildTagContext, tagContextFor, GLUED_TAG_LABEL } from "./tags.js";
export { readReadAlsoMarker, GLUED_READ_ALSO, type ReadAlsoMarker } from "./read-also.js";
export { readAttribution, findLinks, platformOfLinks, GLUED_ATTRIBUTION, type Attribution } from "./embeds.js";
export { isBoilerplateLine } from "./boilerplate.js";
