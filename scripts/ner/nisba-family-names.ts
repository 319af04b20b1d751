/**
 * Generates src/understand/entities/nisba-family-names.ts (lexicon NISBA_FAMILY_NAMES) from Wikidata
 * labels of humans (CC0 1.0): the word-level file of Merhav & Ash (2018), NETransliteration-COLING2018
 * `data/wd_arabic.normalized.aligned.tokens` (English word, Arabic letters space-separated, number of
 * names the pair came from), looked up as scripts/ner/person-names.ts does (../shared/data, else
 * $MARSAD_GAZETTEERS/wikidata-person-names/), or given with --file.
 *
 * A word is kept when it has the nisba shape «ال…ي» with the article (the label writes a bare alef:
 * «أليكسي», «إلسي» transcribe a foreign name), at least MIN_LETTERS letters, and came from at least
 * MIN_NAMES names written with the article (the article-less spelling is not counted: «علي», «ثاني»,
 * «ليلي» are mostly other names); less the nisbas of a place CLDR or marsad names (world-places.ts,
 * province-places.ts, lexicon CITIES and REGIONAL_PLACES, Intl.DisplayNames regions: المصري,
 * البغدادي, الطرابلسي), words of marsad's own lexicons, plain words of the shipped tagger's word table
 * (models/ner.bin.gz plainWordSet: العلمي) and the hand list NOT_FAMILY (السلمي, السلامي, الهلالي,
 * اللواتي were missed by the first hand check and found by measuring the list on news text).
 * Usage: `npx tsx scripts/ner/nisba-family-names.ts [--file PATH] [--check]` (--check prints the
 * candidates with their count and why each is left out).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { GIVEN_NAMES, LATE_TITLES, NAME_TAIL_ADJECTIVES, NEVER_ENTITIES, PERSON_CUES, PLACE_EPITHETS } from "../../src/understand/entities/lexicon.js";
import { loadDefaultModel } from "../../src/understand/entities/model-file.js";
import { knownPlaceNames } from "./known-places.js";
import { personNamesFile } from "./person-names.js";

const MIN_NAMES = 2;
const MIN_LETTERS = 5;
const OUT = fileURLToPath(new URL("../../src/understand/entities/nisba-family-names.ts", import.meta.url));

/**
 * Checked by hand, normalized: words of the shape that are common nouns or adjectives (الثاني, العربي,
 * الغني, الباقي, الميداني), given names or parts of one (الهادي, المنجي, المعطي), nisbas of a creed,
 * school, order or dynasty (الحسيني, العلوي, الشافعي, العباسي), of a town or region the place lists
 * lack (الشيرازي, الشنقيطي, الصقلي, الصيداوي) and foreign names transcribed with «ال» (البرتي, Alberti).
 */
const NOT_FAMILY = new Set<string>([
  // common nouns and adjectives, ordinals, words with final ى folded to ي
  ...words(`السلمي السلامي الهلالي اللواتي الثاني العربي الغني الباقي الغربي العظمي الحسني القاضي الشعري الجندي البدوي الشامي الفارسي القوي الكردي
  الصيفي الراعي العسكري الافريقي الودي الشمالي العبري المشرقي الزاهي الحصري الشرفي الميداني الطالبي القروي الصليبي`),
  // given names and parts of one
  ...words(`الهادي المنجي المعطي المولدي الباهي الصحبي الشاذلي`),
  // creeds, schools, orders and dynasties
  ...words(`العلوي الحسيني الشافعي الاشعري الزيدي العباسي الهاشمي القاجاري الدرقاوي`),
  // nisbas of towns and regions the place lists lack
  ...words(`الشيرازي التبريزي الاصفهاني اليزدي القمي الكرماني الاردبيلي الطوسي الصقلي الشنقيطي الغزنوي السجزي الطبري
  الكاندهلوي النانوتوي البهبهاني الاشتياني الصيداوي القصراوي الطيراوي السلاوي البجاوي التواتي التهامي`),
  // foreign names transcribed with «ال»
  ...words(`البرتي`),
]);

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

function args(): { file: string | undefined; check: boolean } {
  const i = process.argv.indexOf("--file");
  return { file: i >= 0 ? process.argv[i + 1] : personNamesFile(), check: process.argv.includes("--check") };
}

/** Whether «ال…ي» is the nisba of a listed place: البغدادي ← بغداد, النجفي ← النجف, الصقلي ← صقليه. */
function isPlaceNisba(word: string, places: ReadonlySet<string>): boolean {
  const core = word.slice(2, -1);
  const forms = [core, "ال" + core, core + "ه", "ال" + core + "ه", core + "ا", core + "اء", "ال" + core + "اء", core + "يه", "ال" + core + "يه"];
  return forms.some((f) => places.has(f));
}

/** Person counts of the «ال…ي» words of the file's rows (English spellings summed). */
export function nisbaCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    const [, letters, count] = line.split("\t");
    if (!letters || !count || !letters.startsWith("ا ل ")) continue;
    const word = normalizeArabic(letters.replace(/ /g, ""));
    if (!/^\p{Script=Arabic}+ي$/u.test(word)) continue;
    out.set(word, (out.get(word) ?? 0) + Number(count));
  }
  return out;
}

export function nisbaFamilyNames(text: string): string[] {
  const places = knownPlaceNames();
  const plain = loadDefaultModel().plainWordSet;
  const own = new Set<string>([...plain, ...GIVEN_NAMES, ...PERSON_CUES, ...LATE_TITLES, ...NEVER_ENTITIES, ...PLACE_EPITHETS, ...NAME_TAIL_ADJECTIVES]);
  return [...nisbaCounts(text)]
    .filter(([w, n]) => n >= MIN_NAMES && w.length >= MIN_LETTERS && !own.has(w) && !NOT_FAMILY.has(w) && !isPlaceNisba(w, places))
    .map(([w]) => w)
    .sort();
}

function main(): void {
  const { file, check } = args();
  if (!file) throw new Error("nisba-family-names: wd_arabic.normalized.aligned.tokens not found (--file, ../shared/data or MARSAD_GAZETTEERS)");
  const text = readFileSync(file, "utf8");
  if (check) {
    const counts = nisbaCounts(text);
    const places = knownPlaceNames();
    const plain = loadDefaultModel().plainWordSet;
    for (const [w, n] of [...counts].sort((a, b) => b[1] - a[1])) if (n >= MIN_NAMES && w.length >= MIN_LETTERS) console.log(`${n}\t${w}\t${NOT_FAMILY.has(w) ? "hand" : isPlaceNisba(w, places) ? "place" : plain.has(w) ? "plain" : ""}`);
    return;
  }
  const names = nisbaFamilyNames(text);
  writeFileSync(OUT, `// Generated by scripts/ner/nisba-family-names.ts from Wikidata labels of humans in Arabic (CC0 1.0), the word-level
// file of Merhav & Ash (2018), NETransliteration-COLING2018 data/wd_arabic.normalized.aligned.tokens: words of the nisba
// shape «ال…ي» from at least ${MIN_NAMES} names, less place nisbas (CLDR), marsad's lexicon words and a hand list; see models/SOURCE.md.

/** Family names of the nisba shape «ال…ي» (Wikidata person labels), normalized: lexicon NISBA_FAMILY_NAMES. */
export const WIKIDATA_NISBA_FAMILY_NAMES: readonly string[] = ${JSON.stringify(names)};
`);
  console.log(`${names.length} names → ${OUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
