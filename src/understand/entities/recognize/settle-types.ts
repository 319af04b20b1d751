/**
 * One name, one type in a document: mentions with the same matching key take the type with most votes (settleTypes).
 */
import type { EntityType } from "../../../types.js";
import { ORG_HEADS } from "../lexicon.js";
import { matchKey, nameForm } from "../merge.js";
import type { Candidate } from "./candidate.js";
import { spacesIn } from "./shared.js";

/** Heads after which the name alone names the same place (جزيرة سقطرى → سقطرى, وادي الريم → الريم), as match keys spell them. */
const HEADS_OF_PLACE_NAMES = new Set(["جزيره", "وادي", "مدينه", "بلده", "قريه"]);

/** The first of `keys` settled and ending with `ending` (settleTypes: a longer name ending in a name of two words or more). */
function settledEndingWith(keys: readonly string[], settled: ReadonlyMap<string, EntityType>, ending: string): string | undefined {
  for (const other of keys) if (settled.has(other) && other.endsWith(ending)) return other;
  return undefined;
}

/** The settled key of the document that is a place head + `key` (جزيره سقطري for سقطري), when settled as a place. */
function placeNamedWithHead(key: string, settled: ReadonlyMap<string, EntityType>): string | undefined {
  // The endings built once, not once per settled key.
  const spaced = " " + key;
  const definite = " ال" + key;
  for (const [other, type] of settled) {
    if (type !== "location") continue;
    // matchKey drops the article of a name's first word only: وادي الريم holds الريم, keyed ريم alone.
    const name = other.endsWith(spaced) ? key : other.endsWith(definite) ? "ال" + key : "";
    if (name && HEADS_OF_PLACE_NAMES.has(other.slice(0, -name.length - 1))) return other;
  }
  return undefined;
}

/** Heads after which the name alone names the same company or club (شركة ديزني → ديزني, نادي ليغانيس → ليغانيس), as match keys spell them. */
const HEADS_OF_ORGANIZATION_NAMES = new Set(["شركه", "نادي"]);

/** The word `name` ends a settled key of `type` two or more words long whose first words are `heads` (or any, when null). */
function endsSettledName(name: string, settled: ReadonlyMap<string, EntityType>, type: EntityType, heads: ReadonlySet<string> | null): boolean {
  const spaced = " " + name;
  for (const [other, t] of settled) {
    if (t !== type || !other.endsWith(spaced)) continue;
    if (!heads || heads.has(other.slice(0, -name.length - 1))) return true;
  }
  return false;
}

/** A national team's head as match keys spell it (المنتخب loses its article), which ORG_HEADS lacks. */
const TEAM_KEY_HEAD = "منتخب";

/**
 * A name of two or more words led by an organization's head, voted a person or misc, is that organization: the head
 * names what it is (منتخب البارغواي: aljazirah; منتخب الباراجواي: alwatan; رابطة كتّاب كرة القدم ×3, SkyNews).
 */
function isHeadedNameOfPersonType(key: string, type: EntityType): boolean {
  if (type !== "person" && type !== "misc") return false;
  const space = key.indexOf(" ");
  if (space < 0) return false;
  const head = key.slice(0, space);
  return ORG_HEADS.has(head) || head === TEAM_KEY_HEAD;
}

/**
 * A one-word name voted a person (or misc) that the document also names with a company or club
 * head (شركة سامسونغ … سامسونغ; نادي هيرتا … هيرتا) is that organization, unless a person's full
 * name of the document ends in it (جيم راتكليف … راتكليف).
 */
function isOrganizationNamedWithHead(key: string, type: EntityType, settled: ReadonlyMap<string, EntityType>): boolean {
  if (key.includes(" ") || (type !== "person" && type !== "misc")) return false;
  const names = [key, "ال" + key];
  if (!names.some((n) => endsSettledName(n, settled, "organization", HEADS_OF_ORGANIZATION_NAMES))) return false;
  return !names.some((n) => endsSettledName(n, settled, "person", null));
}

/** Saint words that start names of places and of clubs named for them (سان دييغو, سانت لويس, باريس سان جرمان), as match keys spell them. */
export const SAINT_WORDS = new Set(["سان", "سانت", "سانتا", "سانتو"]);

/** A name that starts with a saint word, or of three words whose second is one after a city (باريس سان جرمان): a place or its club, never a person. */
function isSaintName(key: string): boolean {
  const words = key.split(" ");
  return words.length >= 2 && (SAINT_WORDS.has(words[0]!) || (words.length === 3 && words[1] === "سان"));
}

/** The type a saint name voted a person takes instead: its best other vote, else a club in a football text and a place elsewhere. */
function typeOfSaintName(votes: ReadonlyMap<EntityType, number>, isFootball: boolean): EntityType {
  let best: EntityType = isFootball ? "organization" : "location";
  for (const [t, v] of votes) if (t !== "person" && v > (votes.get(best) ?? 0)) best = t;
  return best;
}

export function settleTypes(spans: Candidate[], isFootball = false): void {
  const groups = new Map<string, Candidate[]>();
  for (const s of spans) {
    const key = matchKey(nameForm(s.text, "location"));
    const g = groups.get(key) ?? [];
    g.push(s);
    groups.set(key, g);
  }
  const votesOf = (g: Candidate[]) => {
    const votes = new Map<EntityType, number>();
    for (const s of g) {
      votes.set(s.type, (votes.get(s.type) ?? 0) + 1);
      // for…in: Object.entries' order without its arrays (evidence is a plain object, mostly empty).
      for (const t in s.evidence) votes.set(t as EntityType, (votes.get(t as EntityType) ?? 0) + s.evidence[t as EntityType]!);
    }
    return votes;
  };
  // Longest names first: a name of two or more words that ends a longer name of the document
  // (قرة باغ, ناغورني قرة باغ) is its short form and takes the type settled for the longer one.
  // Words counted by their spaces, once a key: the comparator split every key it compared.
  const words = new Map<string, number>();
  for (const key of groups.keys()) words.set(key, spacesIn(key));
  const keys = [...groups.keys()].sort((a, b) => words.get(b)! - words.get(a)! || (a < b ? -1 : 1));
  const settled = new Map<string, EntityType>();
  for (const key of keys) {
    const g = groups.get(key)!;
    const longer = key.includes(" ") ? settledEndingWith(keys, settled, " " + key) : placeNamedWithHead(key, settled);
    let best = longer ? settled.get(longer)! : g[0]!.type;
    if (!longer) {
      const votes = votesOf(g);
      for (const [t, v] of votes) if (v > (votes.get(best) ?? 0)) best = t;
      if (isOrganizationNamedWithHead(key, best, settled) || isHeadedNameOfPersonType(key, best)) best = "organization";
      else if (best === "person" && isSaintName(key)) best = typeOfSaintName(votes, isFootball);
    }
    settled.set(key, best);
    for (const s of g) s.type = best;
  }
}
