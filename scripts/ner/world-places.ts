/**
 * Prints WORLD_PLACES (src/understand/entities/world-places.ts): the Arabic exemplar cities of Unicode CLDR 48's time
 * zones (cldr-dates-full main/ar/timeZoneNames.json, every zone's exemplarCity), folded by normalizeArabic with a
 * hyphen read as a space (بلانك-سابلون), less
 *   - the unknown zone (Etc/Unknown, «مدينة غير معروفة»);
 *   - names that are a place and its state or another name (a comma or a bracket: «مدينة تل، إنديانا», «هيبرون (مدينة
 *     الخليل)»);
 *   - PLAIN_PHRASES, a description in plain words rather than a name;
 *   - the names of WORLD_PLACES_CUED (common words: a place only after «مدينة»/«عاصمة»).
 *
 * The file is not in the repository (nor a dependency): fetch it with the ordinary npm client, then point at it:
 *
 *   npm pack cldr-dates-full@48.0.0 && tar xzf cldr-dates-full-48.0.0.tgz package/main/ar/timeZoneNames.json
 *   npx tsx scripts/ner/world-places.ts package/main/ar/timeZoneNames.json
 */
import { readFileSync } from "node:fs";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { WORLD_PLACES_CUED } from "../../src/understand/entities/world-places.js";

/** Sint Maarten's Lower Prince's Quarter, «the lower prince's quarter»: plain words. */
const PLAIN_PHRASES = new Set(["حي الامير السفلي"]);
const UNKNOWN_ZONE = "Etc/Unknown";
/** A comma or a bracket: the name goes on with its state or another name. */
const QUALIFIED = /[،,(]/;

interface ZoneTree {
  exemplarCity?: string;
  [key: string]: ZoneTree | string | undefined;
}

/** Every zone's exemplar city, by zone id (Europe/Paris → باريس). */
function exemplarCities(tree: ZoneTree, path: string[] = [], out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value !== "object") continue;
    if (typeof value.exemplarCity === "string") out.set([...path, key].join("/"), value.exemplarCity);
    exemplarCities(value, [...path, key], out);
  }
  return out;
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error("world-places: give the path of cldr-dates-full main/ar/timeZoneNames.json (see the usage at the top)");
  const json = JSON.parse(readFileSync(file, "utf8")) as { main?: { ar?: { dates?: { timeZoneNames?: { zone?: ZoneTree } } } } };
  const zones = json.main?.ar?.dates?.timeZoneNames?.zone;
  if (!zones) throw new Error(`world-places: ${file} has no main.ar.dates.timeZoneNames.zone (is it cldr-dates-full's Arabic timeZoneNames.json?)`);
  const cued = new Set(WORLD_PLACES_CUED);
  const names = [...exemplarCities(zones)]
    .filter(([zone, city]) => zone !== UNKNOWN_ZONE && !QUALIFIED.test(city))
    .map(([, city]) => normalizeArabic(city.replace(/-/g, " ")))
    .filter((name) => !PLAIN_PHRASES.has(name) && !cued.has(name));
  console.log(JSON.stringify([...new Set(names)].sort()));
}

main();
