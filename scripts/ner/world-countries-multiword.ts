/**
 * Prints WORLD_COUNTRIES_MULTIWORD (src/understand/entities/world-places.ts): the CLDR region names in Arabic
 * (../shared/data/reference-lists/countries_ar.tsv, column ar_cldr) of two or more words, folded by normalizeArabic,
 * less the names world-places.ts and province-places.ts already hold and the phrases of plain words that are as
 * often no name (PLAIN_PHRASES).
 *
 *   npx tsx scripts/ner/world-countries-multiword.ts
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { ARAB_PROVINCES } from "../../src/understand/entities/province-places.js";
import { WORLD_PLACES } from "../../src/understand/entities/world-places.js";

const COUNTRIES = fileURLToPath(new URL("../../../shared/data/reference-lists/countries_ar.tsv", import.meta.url));
/** The Palestinian territories and Montenegro, as often «the Palestinian lands» and «the black mountain». */
const PLAIN_PHRASES = new Set(["الاراضي الفلسطينيه", "الجبل الاسود"]);

const [header, ...rows] = readFileSync(COUNTRIES, "utf8").split("\n").filter(Boolean).map((line) => line.split("\t"));
const column = header!.indexOf("ar_cldr");
const held = new Set([...WORLD_PLACES, ...ARAB_PROVINCES]);
const names = rows
  .map((row) => row[column]!.trim())
  .filter((name) => /^[\u0600-\u06FF ]+$/.test(name) && name.includes(" "))
  .map(normalizeArabic)
  .filter((name) => !held.has(name) && !PLAIN_PHRASES.has(name));
console.log(JSON.stringify([...new Set(names)].sort()));
