/**
 * The rule cues' bits (rule-cues.ts computes them per word) and the switch that runs every rule whatever the cues.
 */

// The rules' cues: what a word must be for a rule to find anything where it stands (each rule's
// first test of a token, or a necessary part of it), a bit a rule, of the word's forms alone. Asked
// once per analysis (tokenInfo memoizes those per word) and kept on it (TokenInfo.ruleCues): most
// sentences hold the cue of few rules, and a rule ran a loop of tests over every token of every
// sentence to find nothing.
export const CUE_INSTITUTION_HEAD = 1 << 0;
export const CUE_CHAIN_HEAD = 1 << 1;
export const CUE_TITLE = 1 << 2;
export const CUE_CONSTRUCT_ORG_HEAD = 1 << 3;
export const CUE_PLACE_HEAD = 1 << 4;
export const CUE_KNOWN_ORGANIZATION = 1 << 5;
export const CUE_OPENING_QUOTE = 1 << 6;
export const CUE_SHARE = 1 << 7;
export const CUE_NATIONAL_BODY = 1 << 8;
export const CUE_MINISTRY_FIELD = 1 << 9;
export const CUE_POLITY_HEAD = 1 << 10;
export const CUE_DEFINITE_INSTITUTION = 1 << 11;
export const CUE_RULERS_COURT = 1 << 12;
export const CUE_HIGH_COURT = 1 << 13;
export const CUE_LINEAGE = 1 << 14;
export const CUE_GIVEN_NAME = 1 << 15;
export const CUE_REPORTING_VERB = 1 << 16;
export const CUE_HONORIFIC = 1 << 17;
export const CUE_OF_COUNTRIES = 1 << 18;
export const CUE_PARTY_HEAD = 1 << 19;
export const CUE_REGIONAL_PLACE = 1 << 20;
export const CUE_WORLD_PLACE = 1 << 21;
export const CUE_TIME_ZONE = 1 << 22;
export const CUE_PROVINCE_HEAD = 1 << 23;
export const CUE_FACILITY_FOR_TOWN = 1 << 24;
export const CUE_NAMED_FACILITY = 1 << 25;
export const CUE_COUNTRY_NISBA = 1 << 26;
export const CUE_CONJUNCTION = 1 << 27;
export const CUE_PENINSULA = 1 << 28;
export const CUE_COALITION_HEAD = 1 << 29;
export const CUE_STADIUM_HEAD = 1 << 30;

export let skipRulesWithoutCues = true;

/**
 * Whether a rule no word of the sentence cues is skipped (the default). Off, every rule runs: the
 * test that the cues skip only rules that would find nothing (rule-cues.test.ts) compares both.
 */
export function setRuleCueSkipping(enabled: boolean): void {
  skipRulesWithoutCues = enabled;
}
