/**
 * The person-name word list the tagger uses as a feature (features.ts, FeatureResources.personNames),
 * built at training time from Wikidata labels of humans in English and Arabic (CC0 1.0): the
 * word-level file of Merhav & Ash (2018), NETransliteration-COLING2018 `data/wd_arabic.normalized.aligned.tokens`
 * (English word, Arabic letters space-separated, number of names the pair came from).
 *
 * A word is kept when its Arabic spelling came from at least MIN_NAMES names (a single label is
 * often a one-off spelling) and has at least MIN_LETTERS letters; kept in normalized form, sorted,
 * so the same file gives the same list. Looked up in ../shared/data/wikidata-person-names/, else in
 * MARSAD_GAZETTEERS (default /work/data/gazetteers), where the data waits to join the shared data.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { SHARED_DATA } from "./corpora.js";

const FILE = "wikidata-person-names/wd_arabic.normalized.aligned.tokens";
const MIN_NAMES = 2;
const MIN_LETTERS = 3;

export function personNamesFile(): string | undefined {
  const candidates = [join(fileURLToPath(SHARED_DATA), FILE), join(process.env["MARSAD_GAZETTEERS"] ?? "/work/data/gazetteers", FILE)];
  return candidates.find((path) => existsSync(path));
}

/** Normalized Arabic person-name words from the file's rows (see the module comment). */
export function personNameWords(text: string): string[] {
  const names = new Map<string, number>();
  for (const line of text.split("\n")) {
    const [, letters, count] = line.split("\t");
    if (!letters || !count) continue;
    const word = normalizeArabic(letters.replace(/ /g, ""));
    if (!/^\p{Script=Arabic}+$/u.test(word)) continue;
    names.set(word, (names.get(word) ?? 0) + Number(count));
  }
  return [...names].filter(([w, n]) => n >= MIN_NAMES && w.length >= MIN_LETTERS).map(([w]) => w).sort();
}

export function loadPersonNames(): string[] {
  const path = personNamesFile();
  if (!path) throw new Error(`ner: ${FILE} not found in ../shared/data or MARSAD_GAZETTEERS`);
  return personNameWords(readFileSync(path, "utf8"));
}
