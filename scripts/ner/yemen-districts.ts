/**
 * Generates src/understand/entities/yemen-districts.ts (recognize/gazetteer-places.ts addWorldPlaces) from the districts (مديريات) of
 * Yemen-info (github.com/YemenOpenSource/Yemen-info, MIT; its SQLite file's districts table exported as TSV, columns
 * id, governorate, district, English name; --file, default $MARSAD_GAZETTEERS/yemen-info/districts.tsv).
 *
 * The Yemen war's reports name districts by their name alone or after «مديرية» (رازح, حيفان, القبيطة, لودر: Al Arabia,
 * SkyNews, SaudiNewsNet's outlets), which GeoNames' cities15000 (geonames-places.ts) lacks: most have fewer than 15,000
 * people in one town. A name is folded by normalizeArabic, a head «مدينة» cut (مدينة ذمار → ذمار), and left out when
 * marsad already knows it (knownPlaceNames, geonames-places.ts) or it has a one-letter word; then measured and sorted
 * as GeoNames' towns are (geonames-places.ts measure, cueReason): a name that is a given name, a plain word of the
 * tagger, a common word or seldom in a place's context in the news outside the evaluation files (الوحدة, التحرير,
 * السلام, الميناء) is a place only right after a settlement head (مديرية الوحدة), and a name mostly seen with ب or ل
 * fused is left out.
 * Usage: `npx tsx scripts/ner/yemen-districts.ts [--file PATH] [--check]` (--check prints each name with its counts).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { GEONAMES_PLACES, GEONAMES_PLACES_CUED } from "../../src/understand/entities/geonames-places.js";
import { loadDefaultModel } from "../../src/understand/entities/model-file.js";
import { cueReason, HEAD_CUE, measure, newsTexts, type GeonamesPlace } from "./geonames-places.js";
import { knownPlaceNames } from "./known-places.js";

const OUT = fileURLToPath(new URL("../../src/understand/entities/yemen-districts.ts", import.meta.url));
/** Fewest letters of a name (no spaces). */
const MIN_LETTERS = 3;
/** Arabic letters and diacritics only, words a space apart. */
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+(?: [\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+)*$/;
/**
 * Names that are common words or family names the news text is too small to show (by hand, folded): a place only after
 * a head (حيران perplexed, ذباب flies, عتمة darkness, القفر wasteland, غمر flooded, المدان convicted, المصلوب crucified,
 * الصومعة the minaret, ساقين two legs, مناخه its climate, المنيرة a given name, الجعفرية the Jaafari school; الحميدات,
 * القريشية, المفلحي families), and every «بني …», a tribe's name before a district's (بني الحارث, بني سعد, بني مطر).
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(["حيران", "ذباب", "عتمه", "القفر", "غمر", "المدان", "المصلوب", "الصومعه", "ساقين", "مناخه", "المنيره", "الجعفريه", "الحميدات", "القريشيه", "المفلحي"]);
const TRIBE_WORD = /^بني /;
/** A district named by a word that opens many other places' names (عين: عين الحلوة, عين فكرون), left out: the head before it would take one word of a longer name. */
const NAME_OPENERS: ReadonlySet<string> = new Set(["عين"]);

function districtsFile(): string {
  const i = process.argv.indexOf("--file");
  const path = i >= 0 ? process.argv[i + 1]! : join(process.env["MARSAD_GAZETTEERS"] ?? "/work/data/gazetteers", "yemen-info", "districts.tsv");
  if (!existsSync(path)) throw new Error(`yemen-districts: ${path} not found (--file or MARSAD_GAZETTEERS/yemen-info/districts.tsv)`);
  return path;
}

/** The districts' names, folded, «مدينة» cut, less names marsad knows. */
export function districtNames(tsv: string): string[] {
  const known = new Set([...knownPlaceNames(), ...GEONAMES_PLACES, ...GEONAMES_PLACES_CUED]);
  const out = new Set<string>();
  for (const line of tsv.split("\n")) {
    const raw = line.split("\t")[2]?.trim();
    if (!raw || !ARABIC_NAME.test(raw)) continue;
    const name = normalizeArabic(raw).replace(/^مدينه /, "");
    if (name.split(" ").some((w) => w.length < 2) || name.replace(/ /g, "").length < MIN_LETTERS || known.has(name) || HEAD_CUE.test(name) || NAME_OPENERS.has(name)) continue;
    out.add(name);
  }
  return [...out].sort();
}

function main(): void {
  const names = districtNames(readFileSync(districtsFile(), "utf8"));
  const counts = measure(names, newsTexts());
  const places: GeonamesPlace[] = names.map((name) => ({ name, ...counts.get(name)!, population: 0, countries: ["YE"] }));
  const plainWords = loadDefaultModel().plainWordSet;
  const reason = (p: GeonamesPlace) => (COMMON_WORDS.has(p.name) || TRIBE_WORD.test(p.name) ? "common" : cueReason(p, plainWords));
  if (process.argv.includes("--check")) {
    for (const p of [...places].sort((a, b) => b.seen - a.seen)) console.log(`${p.seen}\t${p.cued}\t${p.placed}\t${p.other}\t${p.fused}\t${reason(p) ?? "-"}\t${p.name}`);
    return;
  }
  const plain = places.filter((p) => reason(p) === undefined).map((p) => p.name);
  const cued = places.filter((p) => reason(p) !== undefined && reason(p) !== "fused").map((p) => p.name);
  writeFileSync(OUT, `// Generated by scripts/ner/yemen-districts.ts from Yemen-info's districts of Yemen (github.com/YemenOpenSource/Yemen-info,
// MIT), folded by normalizeArabic, «مدينة» cut, less the names CLDR, GeoNames (geonames-places.ts) or marsad has. A name
// that is a given name, a plain word of the tagger, or, measured on news text outside the evaluation files, a common
// word or seldom in a place's context needs a settlement head (مديرية, مدينة, منطقة …) before it; a word mostly seen
// with ب or ل fused is left out (scripts/ner/geonames-places.ts cueReason).
// Data: Yemen-info (Yemen Open Source), MIT; see models/SOURCE.md.

/** Districts of Yemen no common word in the news: a place by name alone, outside every mention. */
export const YEMEN_DISTRICTS: readonly string[] = ${JSON.stringify(plain)};

/** Districts of Yemen whose name is also a common word or a person's: a place only right after a settlement head. */
export const YEMEN_DISTRICTS_CUED: readonly string[] = ${JSON.stringify(cued)};
`);
  console.log(`${plain.length} names, ${cued.length} needing a head, ${places.length - plain.length - cued.length} left out → ${OUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
