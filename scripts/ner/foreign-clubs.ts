/**
 * Generates src/understand/entities/foreign-clubs.ts (recognize/clubs.ts addForeignClubs) from the English → Arabic
 * table of sports clubs of ArWikiCats (github.com/ArWikiCats/ArWikiCats, `ArWikiCats/jsons/sports/Clubs_key.json`,
 * MIT as its pyproject.toml declares; the Arabic names are Arabic Wikipedia titles reached through Wikidata
 * sitelinks, CC0), given with --file (its copy and SOURCE.md live outside the repository).
 *
 * A name is kept after its head «نادي» and a tail «لكرة القدم» are cut and a parenthesis dropped, when it is a
 * football club's (no women's, basketball or league entry), of one to three words, Arabic letters only, without the
 * article (definite names are common words: الأهلي, الوحدة; Saudi clubs are recognize/clubs.ts FOOTBALL_CLUBS) and no
 * country's or a place marsad names already (CLDR, world-places, province-places, lexicon: باريس, روما, دبي), and a one-word name no common word (a stopword, a plain word of the shipped tagger's word table
 * or one it saw more than MAX_WORD_SEEN times outside names: كان, Cannes and "was"; or NOT_CLUB). Usage: `npx tsx scripts/ner/foreign-clubs.ts --file PATH [--check]`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { isStopword } from "../../src/arabic/stopwords.js";
import { loadDefaultModel, type NerModel } from "../../src/understand/entities/model-file.js";
import { knownPlaceNames } from "./known-places.js";

const OUT = fileURLToPath(new URL("../../src/understand/entities/foreign-clubs.ts", import.meta.url));
const MAX_WORDS = 3;
/** Most times the shipped tagger's word table saw a one-word name outside names (recognize/clubs.ts MAX_CLUB_WORD_SEEN). */
const MAX_WORD_SEEN = 30;
/**
 * Checked on the whole pool (SaudiNewsNet and ANT samples, 2,000 JawharaFM articles): one-word names that are
 * more often something else in a football report: a player (كاين, Harry Kane), a continent (أمريكا), a city of a
 * two-word club (ملبورن), a stadium's first word (ستامفورد), a verb or a noun (أود, I wish: Odd; ليل, night: Lille).
 */
const NOT_CLUB = new Set(["كاين", "امريكا", "ملبورن", "ستامفورد", "اود", "ليل"]);
/** Entries of another sport, a women's or youth team, a league or a cup. */
const NOT_FOOTBALL_CLUB = /(?:^| )(?:للسيدات|لكره السله|كره سله|كره اليد|الكره الطائره|دوري|الدوري|كاس|بطوله|سباق|معارك|تحت)(?: |$)/;
const HEAD = /^(?:نادي|النادي) /;
const TAIL = / (?:لكره القدم|الرياضي)$/;
const ARABIC_WORDS = /^[\u0621-\u064a]+(?: [\u0621-\u064a]+)*$/;

function args(): { file: string; check: boolean } {
  const i = process.argv.indexOf("--file");
  const file = i >= 0 ? process.argv[i + 1] : undefined;
  if (!file) throw new Error("foreign-clubs: --file PATH (ArWikiCats Clubs_key.json) is required");
  return { file, check: process.argv.includes("--check") };
}

function countryNames(): Set<string> {
  const arabic = new Intl.DisplayNames(["ar"], { type: "region", fallback: "none" });
  const names = new Set<string>();
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
    const name = arabic.of(String.fromCharCode(a, b));
    if (name) names.add(normalizeArabic(name));
  }
  return names;
}

/** The club's name as news writes it alone, folded, or why it is left out. */
function clubName(arabic: string, places: ReadonlySet<string>, model: NerModel): string | { reason: string } {
  const folded = normalizeArabic(arabic.replace(/\s*\([^)]*\)\s*/g, " ").trim()).replace(/\s+/g, " ");
  if (NOT_FOOTBALL_CLUB.test(folded)) return { reason: "not a football club" };
  const name = folded.replace(HEAD, "").replace(TAIL, "");
  if (!ARABIC_WORDS.test(name)) return { reason: "not Arabic letters" };
  if (name.split(" ").length > MAX_WORDS) return { reason: "too long" };
  if (/^ال/.test(name)) return { reason: "definite" };
  if (places.has(name)) return { reason: "a country or a place marsad names" };
  if (!name.includes(" ") && (isCommonWord(name, model) || NOT_CLUB.has(name))) return { reason: "a common word" };
  return name;
}

/** A stopword, a plain word of the tagger's word table, or a word it saw often outside names (كان: AS Cannes, was). */
function isCommonWord(word: string, model: NerModel): boolean {
  const seen = model.resources.words.get(word)?.count ?? 0;
  return isStopword(word) || model.plainWordSet.has(word) || (seen > MAX_WORD_SEEN && !model.entityWordSet.has(word));
}

function main(): void {
  const { file, check } = args();
  const table = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const places = new Set([...countryNames(), ...knownPlaceNames()]);
  const model = loadDefaultModel();
  const names = new Set<string>();
  for (const [english, arabic] of Object.entries(table)) {
    const name = clubName(arabic, places, model);
    if (typeof name === "string") names.add(name);
    else if (check) console.log(`${english}\t${arabic}\t${name.reason}`);
  }
  const sorted = [...names].sort();
  writeFileSync(OUT, `// Generated by scripts/ner/foreign-clubs.ts from ArWikiCats ArWikiCats/jsons/sports/Clubs_key.json (MIT; Arabic Wikipedia
// titles through Wikidata sitelinks, CC0): football clubs' names, head «نادي» and tail «لكرة القدم» cut, of 1 to ${MAX_WORDS} words,
// without the article, less countries and places marsad names and common words; see models/SOURCE.md.

/** Football clubs' names as news writes them alone (ArWikiCats), normalized: recognize/clubs.ts addForeignClubs. */
export const FOREIGN_CLUBS: readonly string[] = ${JSON.stringify(sorted)};
`);
  console.log(`foreign-clubs: ${sorted.length} names of ${Object.keys(table).length} entries → ${OUT}`);
}

main();
