/**
 * Which rules a sentence's words may open (computeRuleCues per word, sentenceRuleCues per sentence).
 */
import { splitsOf, type TokenInfo } from "../features.js";
import { COALITION_HEADS, NISBA_FAMILY_NAMES, REPORTING_VERB } from "../lexicon.js";
import type { Candidate } from "./candidate.js";
import { CUE_INSTITUTION_HEAD, CUE_CHAIN_HEAD, CUE_TITLE, CUE_CONSTRUCT_ORG_HEAD, CUE_PLACE_HEAD, CUE_KNOWN_ORGANIZATION, CUE_OPENING_QUOTE, CUE_SHARE, CUE_NATIONAL_BODY, CUE_MINISTRY_FIELD, CUE_POLITY_HEAD, CUE_DEFINITE_INSTITUTION, CUE_RULERS_COURT, CUE_HIGH_COURT, CUE_LINEAGE, CUE_GIVEN_NAME, CUE_REPORTING_VERB, CUE_HONORIFIC, CUE_OF_COUNTRIES, CUE_PARTY_HEAD, CUE_REGIONAL_PLACE, CUE_WORLD_PLACE, CUE_TIME_ZONE, CUE_PROVINCE_HEAD, CUE_FACILITY_FOR_TOWN, CUE_NAMED_FACILITY, CUE_COUNTRY_NISBA, CUE_CONJUNCTION, CUE_PENINSULA, CUE_COALITION_HEAD, CUE_STADIUM_HEAD, skipRulesWithoutCues } from "./cue-bits.js";
import { PLACE_ADJECTIVE, isNationalBodyHead, LINEAGE_CONNECTORS, isTitleInfo, DIRECTION_NISBA, MASCULINE_NISBA } from "./words.js";
import { OPENING_QUOTE } from "./press-citations.js";
import { mayBeGivenNameAfterConjunction } from "./proclitics.js";
import { MARKET, GUARD_HEADS, MINISTRY_FIELDS } from "./national-bodies.js";
import { mayBePolityHead, knownOrganizationsStartingWith } from "./known-organizations.js";
import { mayBeRegionalPlace, WORLD_PLACES_BY_FIRST, PENINSULA_HEAD } from "./gazetteer-places.js";
import { SHARE_STEM } from "./companies.js";
import { isInstitutionHead, CHAIN_HEADS, CHAIN_HEAD_PROCLITIC, COURT_WORD, isDefiniteOrgHead, COURT } from "./institutions.js";
import { TIME_ZONE_WORD, PLACE_NAMED_HEAD, NAMED_FACILITY_HEAD, STADIUM_HEAD, OLYMPIC_STADIUM, PROVINCE_HEAD, DISTRICT_HEAD, SETTLEMENT_LIST_HEAD } from "./places.js";
import { isJoinedAbdName, HONORIFICS } from "./family-names.js";
import { PARTY_HEADS, isDefinitePartyWord } from "./parties.js";
import { isConstructOrgHeadWord, isPlaceHeadWord } from "./named-for-persons.js";

/** The rules whose cue the word is (the CUE_ bits): each test is the rule's own first test of a token, or implied by it. */
function computeRuleCues(t: TokenInfo): number {
  const { norm, core } = t;
  let cues = 0;
  if (isInstitutionHead(t)) cues |= CUE_INSTITUTION_HEAD; // addInstitutionNames, widenInstitutionFields
  if (CHAIN_HEADS.has(norm) || splitsOf(t).some((p) => CHAIN_HEAD_PROCLITIC.test(p.proclitic) && CHAIN_HEADS.has(p.core))) cues |= CUE_CHAIN_HEAD; // chainHeadCut
  if (isTitleInfo(t)) cues |= CUE_TITLE; // isTitleWord
  if (isConstructOrgHeadWord(t)) cues |= CUE_CONSTRUCT_ORG_HEAD;
  if (isPlaceHeadWord(norm)) cues |= CUE_PLACE_HEAD;
  if (knownOrganizationsStartingWith(t) !== null) cues |= CUE_KNOWN_ORGANIZATION;
  if (t.surface.length === 1 && OPENING_QUOTE.test(t.surface)) cues |= CUE_OPENING_QUOTE; // addPressCitations
  if (norm.includes(SHARE_STEM)) cues |= CUE_SHARE;
  if (isNationalBodyHead(t) || GUARD_HEADS.has(norm) || GUARD_HEADS.has(core) || norm === MARKET || core === MARKET) cues |= CUE_NATIONAL_BODY;
  if (MINISTRY_FIELDS.has(norm) || (norm.startsWith("لل") && MINISTRY_FIELDS.has("ا" + norm.slice(1))) || (MINISTRY_FIELDS.has(core) && norm.endsWith(core))) cues |= CUE_MINISTRY_FIELD;
  if (mayBePolityHead(t)) cues |= CUE_POLITY_HEAD;
  if (isDefiniteOrgHead(norm) || (norm.startsWith("لل") && isDefiniteOrgHead("ا" + norm.slice(1))) || isDefiniteOrgHead(core)) cues |= CUE_DEFINITE_INSTITUTION; // definiteInstitutionHeadCut
  if (norm.endsWith("الديوان") && COURT.test(norm)) cues |= CUE_RULERS_COURT;
  if (norm.endsWith("المحكمه") && COURT_WORD.test(norm)) cues |= CUE_HIGH_COURT;
  if (LINEAGE_CONNECTORS.has(norm)) cues |= CUE_LINEAGE; // addNisbaFamilyNamesAfterLineage, addGivenNamesBeforeLineage (بن, بنت)
  // addFamilyNames: a given name, or a listed nisba family name (a rare given name before it is one)
  if (t.cue === "given" || isJoinedAbdName(norm) || mayBeGivenNameAfterConjunction(t) || NISBA_FAMILY_NAMES.has(norm) || MASCULINE_NISBA.test(norm)) cues |= CUE_GIVEN_NAME;
  if (REPORTING_VERB.test(norm)) cues |= CUE_REPORTING_VERB; // addReportedFamilyNames
  if (HONORIFICS.has(norm) || (norm.startsWith("و") && HONORIFICS.has(norm.slice(1)))) cues |= CUE_HONORIFIC;
  if (norm === "لدول") cues |= CUE_OF_COUNTRIES;
  if (PARTY_HEADS.has(norm) || PARTY_HEADS.has(core)) cues |= CUE_PARTY_HEAD;
  if (COALITION_HEADS.has(norm) || COALITION_HEADS.has(core) || isDefinitePartyWord(t)) cues |= CUE_COALITION_HEAD; // addCoalitionNames, addDefinitePartyNames
  if (mayBeRegionalPlace(t)) cues |= CUE_REGIONAL_PLACE;
  if (WORLD_PLACES_BY_FIRST.has(norm) || WORLD_PLACES_BY_FIRST.has(core) || splitsOf(t).some((p) => WORLD_PLACES_BY_FIRST.has(p.core))) cues |= CUE_WORLD_PLACE;
  if (norm.endsWith("توقيت") && TIME_ZONE_WORD.test(norm)) cues |= CUE_TIME_ZONE;
  if ((norm.includes("محافظ") && PROVINCE_HEAD.test(norm)) || (norm.includes("مديري") && DISTRICT_HEAD.test(norm)) || SETTLEMENT_LIST_HEAD.test(norm)) cues |= CUE_PROVINCE_HEAD; // addProvincePlaces, addPlacesAfterSettlementHeads
  if (PLACE_NAMED_HEAD.test(norm)) cues |= CUE_FACILITY_FOR_TOWN;
  if (NAMED_FACILITY_HEAD.test(norm)) cues |= CUE_NAMED_FACILITY;
  if (norm.endsWith("شبه") && PENINSULA_HEAD.test(norm)) cues |= CUE_PENINSULA; // addPeninsulaHeads
  if (norm.startsWith("و")) cues |= CUE_CONJUNCTION; // addCoordinatedPersons' و before or after a listed name
  if (norm.endsWith("ي") && !DIRECTION_NISBA.test(norm) && PLACE_ADJECTIVE.test(norm)) cues |= CUE_COUNTRY_NISBA; // addClubsOfCountries' adjective (isPlaceAdjective)
  if (STADIUM_HEAD.test(norm) || OLYMPIC_STADIUM.test(norm)) cues |= CUE_STADIUM_HEAD; // addStadiumNames
  return cues;
}

/** Whether a mention is a person's. */
export function hasPerson(spans: readonly Candidate[]): boolean {
  for (const s of spans) if (s.type === "person") return true;
  return false;
}

/** The rules' cues of every word of a sentence (computeRuleCues, kept on each analysis); every bit when skipping is off. */
export function sentenceRuleCues(infos: readonly TokenInfo[]): number {
  if (!skipRulesWithoutCues) return -1;
  let cues = 0;
  for (const t of infos) {
    if (t.ruleCues < 0) t.ruleCues = computeRuleCues(t);
    cues |= t.ruleCues;
  }
  return cues;
}
