/**
 * Institutions and facilities named for a person (مركز الملك سلمان للإغاثة, مطار الملك خالد الدولي): not the person.
 */
import { rememberWordTest } from "../../../arabic/lexicon/word-list.js";
import { rememberTokenTest, type TokenInfo } from "../features.js";
import { FACILITY_HEADS, GIVEN_NAMES, NAME_CONNECTORS, ORG_HEADS } from "../lexicon.js";
import type { NerModel } from "../model-file.js";
import type { TaggerToken } from "../tokens.js";
import type { Candidate } from "./candidate.js";
import { infosOf, overlapsAny, sortByStart, withoutProclitic, CUE_VOTES } from "./shared.js";
import { ARABIC_LETTERS_ONLY, LINEAGE_CONNECTORS, isTitleWord } from "./words.js";
import { procliticLength } from "./proclitics.js";
import { isPrepositionAla } from "./tag-runs.js";
import { NISBA_ADJECTIVE } from "./institutions.js";
import { MAX_INSTITUTION_TAIL } from "./organization-fields.js";
import { FEMININE_NISBA, isNisbaFamilyName } from "./family-names.js";

/**
 * The person a head at `i` and a title at `i + 1` name (مركز الملك سلمان, ممشى الملك فهد): the
 * recognized person starting at `i + 2`, and the index of the first token after the honoured name;
 * else null. A given name inside the mention that no connector leads starts another person the
 * tagger ran the name on into (جامعة الملك سعود | عبد الله الصقعبي, the university's president):
 * the honoured name ends before it.
 */
function personAfterTitle(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], out: Candidate[], i: number): { person: Candidate; after: number; made: boolean } | null {
  const person = out.find((s) => s.type === "person" && s.start === tokens[i + 2]!.start);
  if (!person) return givenNameAfterTitle(text, tokens, infos, out, i);
  let after = i + 3;
  while (after < tokens.length && tokens[after]!.end <= person.end && !startsAnotherName(infos, after)) after++;
  return { person, after, made: false };
}

/** Titles places and institutions are named for with a given name alone after them (استاد الملك فهد, جامعة الأمير سلطان). */
const HONOURING_TITLES = new Set(["الملك", "الملكه", "الامير", "الاميره", "الشيخ", "الشيخه", "الامام", "السلطان"]);

/**
 * personAfterTitle when the tagger left the honoured name out (باستاد الملك فهد الدولي, okaz and
 * alriyadh): a given name right after an honouring title (HONOURING_TITLES; not النجمة, a star: نادي
 * النجمة على ملعب…), never the preposition على, with its lineage (بن + a word) if any, that no
 * mention overlaps, becomes the person's mention, pushed to `out` (made: the caller takes it out
 * again when it puts nothing in its place).
 */
function givenNameAfterTitle(text: string, tokens: readonly TaggerToken[], infos: readonly TokenInfo[], out: Candidate[], i: number): { person: Candidate; after: number; made: boolean } | null {
  const given = infos[i + 2]!;
  if (!HONOURING_TITLES.has(infos[i + 1]!.norm) || (given.cue !== "given" && !GIVEN_NAMES.has(given.norm)) || isPrepositionAla(tokens[i + 2]!.text)) return null;
  let after = i + 3;
  while (after + 1 < tokens.length && LINEAGE_CONNECTORS.has(infos[after]!.norm) && ARABIC_LETTERS_ONLY.test(infos[after + 1]!.norm)) after += 2;
  const start = tokens[i + 2]!.start;
  const end = tokens[after - 1]!.end;
  if (overlapsAny(out, start, end)) return null;
  const person: Candidate = { type: "person", text: text.slice(start, end), start, end, evidence: {} };
  out.push(person);
  return { person, after, made: true };
}

/** Whether token q, inside a person's mention, is a given name no connector leads (سعود | عبد الله الصقعبي), itself no connector but عبد. */
function startsAnotherName(infos: readonly TokenInfo[], q: number): boolean {
  // عبد opens a compound given name written apart (عبد الله); بن, أبو continue the name before them.
  return infos[q]!.cue === "given" && (infos[q]!.norm === "عبد" || !NAME_CONNECTORS.has(infos[q]!.norm)) && !NAME_CONNECTORS.has(infos[q - 1]!.norm);
}

/**
 * Puts a `type` span over `start`–`end` in place of `person`, unless it would overlap another span
 * than a mention of the head and title alone the tagger made (جامعة الإمام); whether it did. What
 * of the person's mention lies past `end` (another person, personAfterTitle) stays a person.
 */
function replacePerson(text: string, out: Candidate[], person: Candidate, type: "organization" | "location", start: number, end: number): boolean {
  const fragment = out.find((s) => s !== person && s.type !== "person" && s.start >= start && s.end <= person.start);
  if (out.some((s) => s !== person && s !== fragment && s.start < end && start < s.end)) return false;
  if (fragment) out.splice(out.indexOf(fragment), 1);
  out.splice(out.indexOf(person), 1);
  out.push({ type, text: text.slice(start, end), start, end, evidence: { [type]: CUE_VOTES } });
  const rest = text.slice(end, person.end);
  const restStart = end + rest.length - rest.trimStart().length;
  if (person.end > end) out.push({ type: "person", text: text.slice(restStart, person.end), start: restStart, end: person.end, evidence: {} });
  return true;
}

/** The end of an institution's field from its لل word at k: words with وال and definite nisbas after it (للإغاثة والأعمال الإنسانية). */
function fieldEnd(infos: readonly TokenInfo[], k: number): number {
  const fieldFrom = k++;
  while (k < infos.length && k - fieldFrom < MAX_INSTITUTION_TAIL && (infos[k]!.norm.startsWith("وال") || NISBA_ADJECTIVE.test(infos[k]!.norm))) k++;
  return k;
}

/** Whether token k, after a name ending in a lineage (محمد بن سعود), is a feminine nisba no family name (الإسلامية, not العطية). */
function isAdjectiveAfterLineage(infos: readonly TokenInfo[], k: number, model: NerModel): boolean {
  return LINEAGE_CONNECTORS.has(infos[k - 2]?.norm ?? "") && FEMININE_NISBA.test(infos[k]!.norm) && !infos[k]!.proclitic && !isNisbaFamilyName(infos[k]!, model);
}

export const isConstructOrgHeadWord = rememberTokenTest((t) => (ORG_HEADS.has(t.norm) || ORG_HEADS.has(t.core) || t.core === "مستشفي") && !t.core.startsWith("ال"));

/**
 * An institution named for a person: an organization head in construct state (مركز, جامعة, مؤسسة,
 * مستشفى: without the article), a title (الملك, الأمير, الشيخ) and a recognized person, then its field — a
 * word with the fused لل, then words with وال and definite nisba adjectives (مركز الملك سلمان
 * للإغاثة والأعمال الإنسانية) — is one organization, not a person (مركز الملك سلمان للشباب).
 */
export function addInstitutionsNamedForPersons(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos = infosOf(tokens, model)): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = infos[i]!;
    // The head is in construct with the name, so without its article (المركز الدكتور X: the center's doctor).
    if (!isConstructOrgHeadWord(head) || !isTitleWord(infos[i + 1])) continue;
    const named = personAfterTitle(text, tokens, infos, out, i);
    if (!named) continue;
    let k = named.after;
    // A nisba right after the name may be a family name (خالد المصري): nisbas join only after a field,
    // or after a lineage when seen too often for a family name (جامعة الإمام محمد بن سعود الإسلامية).
    if (infos[k]?.norm.startsWith("لل")) k = fieldEnd(infos, k);
    else if (infos[k] && isAdjectiveAfterLineage(infos, k, model)) k++;
    const start = tokens[i]!.start + (ORG_HEADS.has(head.norm) ? 0 : procliticLength(tokens[i]!.text, model));
    if (!replacePerson(text, out, named.person, "organization", start, tokens[k - 1]!.end)) {
      if (named.made) out.splice(out.indexOf(named.person), 1);
      continue;
    }
    i = k - 1;
  }
  sortByStart(out);
}

/** Heads of places named for a person in construct (ممشى الملك خالد, مدينة الأمير عبدالله بن جلوي الرياضية), besides FACILITY_HEADS. */
const PLACE_NAMED_FOR_PERSON_HEADS = new Set(["ممشي", "مدينه", "استاد", "ستاد", "شارع", "طريق", "ميدان", "حي", "قصر", "مسجد", "جامع", "منتزه", "حديقه"]);
const HEAD_PROCLITIC = /^[وف]?ب?/;
/** Whether a word is such a head after HEAD_PROCLITIC, remembered per word: asked of every token, most of them no head. */
export const isPlaceHeadWord = rememberWordTest((norm) => {
  const bare = withoutProclitic(norm, HEAD_PROCLITIC);
  return FACILITY_HEADS.has(bare) || PLACE_NAMED_FOR_PERSON_HEADS.has(bare);
});
/** Most nisba adjectives taken after the person's name (مطار الملك خالد الدولي; مدينة … الرياضية). */
const MAX_PLACE_ADJECTIVES = 2;

/**
 * A place named for a person: a facility or place head in construct state (ملعب, مطار, معبر, ممشى,
 * مدينة, شارع: without the article), a title (الملك, الأمير, الشيخ) and a recognized person, then
 * its nisba adjectives (الدولي, الرياضية), is one place, not the person (مطار الملك خالد الدولي;
 * ممشى الملك فهد). A field with the fused لل after the name makes an institution instead (مدينة
 * الملك عبدالعزيز للعلوم والتقنية): left to the tagger and addInstitutionsNamedForPersons.
 */
export function addFacilitiesNamedForPersons(text: string, tokens: readonly TaggerToken[], out: Candidate[], model: NerModel, infos: readonly TokenInfo[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = infos[i]!;
    if (!isPlaceHeadWord(head.norm) || !isTitleWord(infos[i + 1])) continue;
    // و, ف and ب before the head are no part of the name (بمدينة, وممشى); none of the heads starts with one.
    const proclitic = HEAD_PROCLITIC.exec(head.norm)![0];
    const named = personAfterTitle(text, tokens, infos, out, i);
    if (!named) continue;
    if (infos[named.after]?.norm.startsWith("لل")) {
      // A field makes it an institution (مدينة الملك عبدالعزيز للعلوم والتقنية), not a place.
      const end = tokens[fieldEnd(infos, named.after) - 1]!.end;
      if (replacePerson(text, out, named.person, "organization", tokens[i]!.start + proclitic.length, end)) i = fieldEnd(infos, named.after) - 1;
      else if (named.made) out.splice(out.indexOf(named.person), 1);
      continue;
    }
    let k = named.after;
    while (k < tokens.length && k - named.after < MAX_PLACE_ADJECTIVES && NISBA_ADJECTIVE.test(infos[k]!.norm)) k++;
    if (!replacePerson(text, out, named.person, "location", tokens[i]!.start + proclitic.length, tokens[k - 1]!.end)) {
      if (named.made) out.splice(out.indexOf(named.person), 1);
      continue;
    }
    i = k - 1;
  }
  sortByStart(out);
}
