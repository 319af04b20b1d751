/**
 * The place names marsad already knows, folded: CLDR's region names (Intl.DisplayNames), its exemplar cities and
 * the Arab provinces (world-places.ts, province-places.ts), and marsad's own cities and regional places
 * (lexicon.ts). The gazetteer builders read it to leave out what the rule layer has (geonames-places.ts) or to
 * tell a place's nisba (nisba-family-names.ts).
 */
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { CITIES, REGIONAL_PLACES } from "../../src/understand/entities/lexicon.js";
import { ARAB_PROVINCES, ARAB_PROVINCES_CUED } from "../../src/understand/entities/province-places.js";
import { WORLD_PLACES, WORLD_PLACES_CUED } from "../../src/understand/entities/world-places.js";

export function knownPlaceNames(): Set<string> {
  const out = new Set<string>([...WORLD_PLACES, ...WORLD_PLACES_CUED, ...ARAB_PROVINCES, ...ARAB_PROVINCES_CUED, ...CITIES, ...REGIONAL_PLACES].map(normalizeArabic));
  const regions = new Intl.DisplayNames(["ar"], { type: "region", fallback: "none" });
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) for (const b of letters) {
    const name = regions.of(a + b);
    if (name) out.add(normalizeArabic(name));
  }
  return out;
}
