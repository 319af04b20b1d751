/**
 * Entity mentions in Latin-script text (English embeds), by rule — the Arabic tagger has never seen it:
 * - a candidate is a run of capitalized words, joined by the connectors of/the/de/al/bin/von/van/
 *   la/du/del/and (a connector never starts or ends a mention); a trailing possessive ’s is dropped;
 * - title words (Secretary, President, Prime Minister, Mr...) and all words before the last of them
 *   (Armenian Prime Minister Pashinyan) are cut off and make the rest a person;
 * - a run that ends with a connector and a name in the Latin gazetteer is two mentions (President
 *   Aliyev of | Azerbaijan), not one person;
 * - a name in the Latin gazetteer (CLDR region names) is a location and carries the region's Arabic
 *   CLDR name (United States → الولايات المتحدة) for merging; a run containing an organization word
 *   (Ministry, Council, Party, Union...) is an organization;
 * - a known acronym alone (CNN, AFP, NATO) is an organization;
 * - otherwise two or more words are a person; a single word is kept only after a title or when in
 *   the gazetteer (a lone capitalized word is too often a sentence start or an adjective);
 * - weekdays, months, pronouns and platform names are never mentions.
 */
import { entitySpan, type EntitySpan } from "./span.js";

const WORD = /[\p{Script=Latin}][\p{Script=Latin}\p{M}'’.-]*/gu;
const CONNECTORS = new Set(["of", "the", "de", "al", "bin", "von", "van", "la", "du", "del", "and", "el"]);
const TITLES = new Set(
  "secretary president minister prime foreign defense defence mr mrs ms dr sir general gen king queen prince sheikh senator governor ambassador spokesman spokeswoman spokesperson chancellor pope judge colonel commander chairman ceo envoy".split(" "),
);
const ORG_WORDS = new Set(
  "ministry council party union organization organisation agency committee commission bank army forces company corporation university institute association federation league nations department office parliament congress senate court fund group front movement".split(" "),
);
const NEVER = new Set(
  "i we you he she they it this that these those our my the a an in on at to for with by monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tomorrow x twitter facebook instagram telegram youtube tiktok whatsapp breaking update read more".split(" "),
);

/**
 * Acronyms of news organizations and international bodies, written in capitals inside Arabic text
 * too (واشنطن، الولايات المتحدة (CNN)--; وكالة AFP): an organization alone, as written.
 */
const KNOWN_ACRONYMS = new Set("CNN BBC AFP AP NATO UN UNESCO UNICEF UNHCR UNRWA WHO WTO IMF OPEC FIFA UEFA IAEA NASA FBI CIA EU".split(" "));

interface Word {
  text: string;
  start: number;
  end: number;
  lower: string;
  isCapitalized: boolean;
}

/** Lower-case English name → Arabic name (or "" when unknown) of the places the recognizer knows. */
export type LatinPlaces = ReadonlyMap<string, string>;

export function recognizeLatinEntities(text: string, latinPlaces: LatinPlaces): EntitySpan[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let w = m[0].replace(/[.'’-]+$/, "");
    if (/['’]s$/i.test(w)) w = w.slice(0, -2);
    if (!w) continue;
    words.push({ text: w, start: m.index, end: m.index + w.length, lower: w.toLowerCase(), isCapitalized: /^\p{Lu}/u.test(w) });
  }
  const spans: EntitySpan[] = [];
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.isCapitalized || CONNECTORS.has(words[i]!.lower)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && adjacent(text, words[j - 1]!, words[j]!) && (words[j]!.isCapitalized || (CONNECTORS.has(words[j]!.lower) && words[j + 1]?.isCapitalized))) j++;
    const run = words.slice(i, j);
    const place = placeAfterConnector(text, run, latinPlaces);
    if (place > 0) {
      classify(text, run.slice(0, place - 1), words[i - 1], latinPlaces, spans);
      classify(text, run.slice(place), run[place - 1], latinPlaces, spans);
    } else classify(text, run, words[i - 1], latinPlaces, spans);
    i = j;
  }
  return spans;
}

/** Index in `run` of a known place ending it after a connector (President Aliyev of | Azerbaijan), or -1. */
function placeAfterConnector(text: string, run: readonly Word[], places: LatinPlaces): number {
  for (let c = 1; c + 1 < run.length; c++) {
    if (!CONNECTORS.has(run[c]!.lower)) continue;
    const rest = run.slice(c + 1).filter((w, k) => !(k === 0 && w.lower === "the"));
    if (rest.length && places.has(text.slice(rest[0]!.start, rest[rest.length - 1]!.end).toLowerCase())) return c + 1;
  }
  return -1;
}

function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start)) || a.end === b.start;
}

function classify(text: string, run: Word[], before: Word | undefined, places: LatinPlaces, out: EntitySpan[]): void {
  // Everything up to the last title word is role description (Armenian Prime Minister Pashinyan).
  let lastTitle = -1;
  run.forEach((w, idx) => {
    if (TITLES.has(w.lower)) lastTitle = idx;
  });
  const k = lastTitle + 1;
  const titled = lastTitle >= 0 || (before !== undefined && TITLES.has(before.lower));
  let rest = run.slice(k);
  while (rest.length && CONNECTORS.has(rest[0]!.lower)) rest = rest.slice(1);
  while (rest.length && CONNECTORS.has(rest[rest.length - 1]!.lower)) rest = rest.slice(0, -1);
  rest = rest.filter((w, idx) => !(idx === 0 && NEVER.has(w.lower)));
  if (!rest.length || rest.every((w) => NEVER.has(w.lower) || w.text.length < 2)) return;
  const start = rest[0]!.start;
  const end = rest[rest.length - 1]!.end;
  const surface = text.slice(start, end);
  const key = surface.toLowerCase().replace(/^the\s+/, "");
  let type: EntitySpan["type"] | null = null;
  if (places.has(key)) type = "location";
  else if (rest.length === 1 && KNOWN_ACRONYMS.has(surface)) type = "organization";
  else if (rest.some((w) => ORG_WORDS.has(w.lower))) type = "organization";
  else if (titled) type = "person";
  else if (rest.length >= 2) type = "person";
  if (!type) return;
  const arabicName = type === "location" ? places.get(key) : undefined;
  out.push(entitySpan(type, surface, start, end, undefined, arabicName || undefined));
}
