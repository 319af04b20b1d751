/**
 * Generates src/understand/entities/geonames-places.ts (recognize/gazetteer-places.ts addWorldPlaces) from GeoNames'
 * cities15000.txt (CC BY 4.0: every place of at least 15,000 people, with its alternate names), found
 * with --file or as $MARSAD_GAZETTEERS/geonames/cities15000.txt (default /work/data/gazetteers).
 *
 * Places of the Arab countries and their neighbours are all taken, elsewhere those of at least
 * MIN_POPULATION_FAR people. A place's Arabic names are its alternate names written in Arabic letters only (no Persian or Urdu
 * letters: پ چ ژ گ ک ی), folded by normalizeArabic, an administrative head cut (محافظة إدلب → إدلب),
 * less names CLDR or marsad already has (world-places.ts, province-places.ts, lexicon CITIES and
 * REGIONAL_PLACES, Intl.DisplayNames regions), names with a one-letter word and names shorter than
 * MIN_LETTERS letters.
 *
 * Each name is then measured on news text outside every evaluation file: the unlabeled JawharaFM
 * articles (../shared/data/arabic-unlabeled) and the SaudiNewsNet and ANT multi-source samples less
 * every article of the entity gold (eval/entities/gold*.json, all splits). For each occurrence (the
 * name's words, the first with و, ف, ب or ل fused or none) it counts whether a settlement head stands
 * right before it (مدينة, بلدة, قرية, محافظة, منطقة, ولاية, معتمدية …: HEAD_CUE). A name goes
 *   - to GEONAMES_PLACES (a place by its name alone) when it is seen fewer than RARE times (no
 *     evidence it is a common word; the recognizer still asks one-word names that are plain words of
 *     the tagger for a cue), or when at least MIN_CUED_SHARE of its occurrences follow a head;
 *   - to GEONAMES_PLACES_CUED (a place only right after a head) otherwise: الثورة, الباب, التل, قارة,
 *     جاسم are seen often and rarely after a head.
 * Usage: `npx tsx scripts/ner/geonames-places.ts [--file PATH] [--check]` (--check prints each name
 * with its counts and list instead of writing the file).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { GIVEN_NAMES } from "../../src/understand/entities/lexicon.js";
import { loadDefaultModel } from "../../src/understand/entities/model-file.js";
import { knownPlaceNames } from "./known-places.js";

const OUT = fileURLToPath(new URL("../../src/understand/entities/geonames-places.ts", import.meta.url));
const SHARED_DATA = new URL("../../../shared/data/", import.meta.url);
const GOLD_DIR = new URL("../../eval/entities/", import.meta.url);
const GOLD_FILE = /^gold(\.[a-z0-9]+)?\.json$/;

/**
 * The Arab League's countries and their neighbours, whose towns the Arabic press names: every place of
 * the file; elsewhere only places of at least MIN_POPULATION_FAR people (the file's small towns abroad
 * are mostly named for a person: Taylor, Warren, Conway).
 */
const NEAR_COUNTRIES = new Set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IL TR IR AF PK ET ER SS TD ML NE CY".split(" "));
const MIN_POPULATION_FAR = 100_000;
/** Fewest letters of a name (no spaces). */
const MIN_LETTERS = 3;
/** Below this many occurrences in the news text a name is not measured (it goes to the plain list). */
const RARE = 5;
/** Fewest letters (the article aside) of a one-word name seen fewer than RARE times that needs no head (أذنا, سراب, التل need one). */
const MIN_RARE_LETTERS = 5;
/** Share of a name's occurrences in a place's context (placed) below which it needs a head. */
const MIN_PLACED_SHARE = 0.25;
/** A name with a common word's other forms needs at least this share of its occurrences after a head. */
const OTHER_CUED_SHARE = 0.2;
/** A one-word name whose other forms (otherForms) occur at least this share as often as it is a common word. */
const OTHER_SHARE = 0.1;
/** ... and at least this many times. */
const MIN_OTHER = 3;

/** Arabic letters, hamza forms and diacritics only (no Persian or Urdu letters), words a space apart. */
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+(?: [\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+)*$/;
/** Administrative heads a GeoNames alternate name may start with, folded: cut, the place's name is the rest. */
const ADMIN_HEAD = /^(?:محافظه|ولايه|مدينه|مركز|قضاء|ناحيه|بلديه|اماره|منطقه|مقاطعه|اقليم|بلده|قريه|معتمديه|مديريه|لواء|عماله) /;
/** A settlement head right before a name (folded, a conjunction or preposition fused): the cue counted. */
export const HEAD_CUE = /^[وف]?[بل]?(?:مدينه|مدن|عاصمه|العاصمه|بلده|بلدات|قريه|قري|محافظه|منطقه|ولايه|معتمديه|مديريه|ناحيه|قضاء|مخيم|اقليم|مقاطعه|بلديه)$/;
/** A preposition or a word of where right before a name (folded, و fused): with a head or a fused ب, a place's context. */
const PLACE_PREPOSITION = /^و?(?:في|من|الي|قرب|نحو|حول|داخل|خارج|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط|ضواحي|ريف|اطراف|محيط|مدخل|انحاء|سكان|اهالي)$/;
/** Proclitics a name's first word may carry in running text. */
const PROCLITICS = ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"];

export interface GeonamesPlace {
  name: string;
  seen: number;
  cued: number;
  /** Occurrences after a head, a preposition of place (PLACE_PREPOSITION) or with ب fused (بجرجيس, in Zarzis). */
  placed: number;
  /** Occurrences of a name without the article with ب or ل fused (بلاد for لاد, باولو for اولو). */
  fused: number;
  /** Occurrences of its other forms (otherForms). */
  other: number;
  /** GeoNames population of the largest place of that name. */
  population: number;
  countries: string[];
}

function gazetteerFile(): string | undefined {
  const i = process.argv.indexOf("--file");
  if (i >= 0) return process.argv[i + 1];
  const path = join(process.env["MARSAD_GAZETTEERS"] ?? "/work/data/gazetteers", "geonames", "cities15000.txt");
  return existsSync(path) ? path : undefined;
}

/** The Arabic names of cities15000.txt's places, folded and head cut, with their largest population and countries. */
export function geonamesNames(text: string): Map<string, { population: number; countries: Set<string> }> {
  const known = knownPlaceNames();
  const out = new Map<string, { population: number; countries: Set<string> }>();
  for (const line of text.split("\n")) {
    const f = line.split("\t");
    if (f.length < 15) continue;
    const population = Number(f[14]) || 0;
    if (!NEAR_COUNTRIES.has(f[8]!) && population < MIN_POPULATION_FAR) continue;
    for (const alt of f[3]!.split(",")) {
      const raw = alt.trim();
      if (!ARABIC_NAME.test(raw)) continue;
      const name = normalizeArabic(raw).replace(ADMIN_HEAD, "");
      const words = name.split(" ");
      // A settlement head itself (مدينة, a Saudi town's name in the file: «بولاية مدينة مدنين») is no name.
      if (words.some((w) => w.length < 2) || name.replace(/ /g, "").length < MIN_LETTERS || known.has(name) || HEAD_CUE.test(name)) continue;
      const entry = out.get(name) ?? { population: 0, countries: new Set<string>() };
      entry.population = Math.max(entry.population, population);
      entry.countries.add(f[8]!);
      out.set(name, entry);
    }
  }
  return out;
}

/** Every entity gold file (gold.json, gold.fresh*.json, …): a half added later is left out of the news text without a change here. */
export function goldFiles(): string[] {
  const files = readdirSync(GOLD_DIR).filter((f) => GOLD_FILE.test(f)).sort();
  if (!files.includes("gold.json")) throw new Error(`geonames-places: no gold.json in ${fileURLToPath(GOLD_DIR)}`);
  return files;
}

/** News text outside every evaluation file: JawharaFM, and the two samples less the entity gold's articles. */
export function newsTexts(): string[] {
  const gold = new Set<string>();
  for (const file of goldFiles()) {
    const { articles } = JSON.parse(readFileSync(new URL(file, GOLD_DIR), "utf8")) as { articles: { id: string }[] };
    for (const a of articles) gold.add(a.id);
  }
  const texts = gunzipSync(readFileSync(new URL("arabic-unlabeled/ant_v1.1_jawharafm.txt.gz", SHARED_DATA))).toString("utf8").split("\n").filter(Boolean);
  for (const sample of ["saudinewsnet-sample/articles.jsonl", "ant-multisource-sample/articles.jsonl"]) {
    for (const line of readFileSync(new URL(sample, SHARED_DATA), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { id: string; title?: string; body?: string };
      if (!gold.has(a.id)) texts.push(`${a.title ?? ""}\n${a.body ?? ""}`);
    }
  }
  return texts;
}

/** How often each name occurs in the texts, and how often right after a settlement head. */
export function measure(names: Iterable<string>, texts: readonly string[]): Map<string, { seen: number; cued: number; other: number; placed: number; fused: number }> {
  const byFirst = new Map<string, string[][]>();
  const counts = new Map<string, { seen: number; cued: number; other: number; placed: number; fused: number }>();
  const otherOf = new Map<string, string[]>();
  for (const name of names) {
    const words = name.split(" ");
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
    counts.set(name, { seen: 0, cued: 0, other: 0, placed: 0, fused: 0 });
    if (words.length === 1) for (const o of otherForms(name)) otherOf.set(o, [...(otherOf.get(o) ?? []), name]);
  }
  for (const text of texts) {
    const tokens = normalizeArabic(text).split(/[^\u0621-\u064A]+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      for (const name of otherOf.get(t) ?? []) counts.get(name)!.other++;
      for (const p of PROCLITICS) {
        if (!t.startsWith(p)) continue;
        let first = t.slice(p.length);
        if (p.endsWith("ل") && first.startsWith("ل")) first = "ا" + first; // لل = ل + ال
        const candidates = byFirst.get(first);
        if (!candidates) continue;
        for (const words of candidates) {
          if (!words.every((w, k) => k === 0 || tokens[i + k] === w)) continue;
          const c = counts.get(words.join(" "))!;
          c.seen++;
          if (/[بل]$/.test(p) && !words[0]!.startsWith("ال")) c.fused++;
          const head = p === "" && i > 0 && HEAD_CUE.test(tokens[i - 1]!);
          if (head) c.cued++;
          if (head || p.endsWith("ب") || (p === "" && i > 0 && PLACE_PREPOSITION.test(tokens[i - 1]!))) c.placed++;
        }
      }
    }
  }
  return counts;
}

/**
 * A one-word name's other forms, which a common noun takes and a place's name hardly ever: with the article
 * toggled (الباب ↔ باب, بيان ↔ البيان), and with a possessive suffix (بابه, بيانهم; ة → ت before it).
 */
function otherForms(name: string): string[] {
  const bare = name.startsWith("ال") ? name.slice(2) : name;
  const stem = bare.endsWith("ه") ? bare.slice(0, -1) + "ت" : bare;
  const out = [name.startsWith("ال") ? bare : "ال" + name, ...["ه", "ها", "هم", "نا"].map((s) => stem + s)];
  // A verb's other persons (تدمر, destroys: يدمر, ندمر).
  if (/^[تي]/.test(name)) out.push(...["ت", "ي", "ن"].filter((p) => p !== name[0]).map((p) => p + name.slice(1)));
  return bare.length >= 3 ? out : [];
}

export function geonamesPlaces(text: string): GeonamesPlace[] {
  const names = geonamesNames(text);
  const counts = measure(names.keys(), newsTexts());
  return [...names].map(([name, e]) => ({ name, ...counts.get(name)!, population: e.population, countries: [...e.countries].sort() })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Why a name needs a settlement head before it (undefined: it does not):
 * - "given": a given name (lexicon GIVEN_NAMES: نايف, سالم);
 * - "plain": a plain word of the shipped tagger (models/ner.bin.gz: كان, بيان);
 * - "fused": a name without the article seen mostly with ب or ل fused and never after a head: another
 *   word (بلاد for لاد, باولو for اولو), left out of the generated lists altogether;
 * - "other": a common word's other forms (otherForms) at least OTHER_SHARE as often as the name itself
 *   (الباب: باب, بابه; مساكن: المساكن; تدمر, destroys: يدمر), unless at least OTHER_CUED_SHARE of its
 *   occurrences follow a head;
 * - "unplaced": seen at least RARE times, in a place's context (placed) less than MIN_PLACED_SHARE of
 *   the time (ليفربول, ميلان: a club's name; خليفة: a person's; دوما, always);
 * - "short": a one-word name seen fewer than RARE times with fewer than MIN_RARE_LETTERS letters, the
 *   article aside: short words of Arabic shape are mostly another word (أذنا, سراب, ربات, الرملة).
 */
export function cueReason(p: GeonamesPlace, plainWords: ReadonlySet<string>): string | undefined {
  const first = p.name.split(" ")[0]!;
  const single = !p.name.includes(" ");
  if (GIVEN_NAMES.has(first) || GIVEN_NAMES.has(p.name.replace(/^ال/, ""))) return "given";
  if (single && plainWords.has(p.name)) return "plain";
  if (p.fused >= MIN_OTHER && 2 * p.fused > p.seen && p.cued === 0) return "fused";
  if (p.other >= Math.max(MIN_OTHER, OTHER_SHARE * p.seen) && p.cued < OTHER_CUED_SHARE * p.seen) return "other";
  if (p.seen >= RARE && p.placed < MIN_PLACED_SHARE * p.seen) return "unplaced";
  if (p.seen < RARE && single && p.name.replace(/^ال/, "").length < MIN_RARE_LETTERS) return "short";
  return undefined;
}

function main(): void {
  const file = gazetteerFile();
  if (!file) throw new Error("geonames-places: cities15000.txt not found (--file or MARSAD_GAZETTEERS/geonames/)");
  const places = geonamesPlaces(readFileSync(file, "utf8"));
  const plainWords = loadDefaultModel().plainWordSet;
  const needsCue = (p: GeonamesPlace) => cueReason(p, plainWords) !== undefined;
  if (process.argv.includes("--check")) {
    for (const p of [...places].sort((a, b) => b.seen - a.seen)) console.log(`${p.seen}\t${p.cued}\t${p.placed}\t${p.other}\t${p.fused}\t${cueReason(p, plainWords) ?? "-"}\t${p.name}\t${p.countries.join(",")}\t${p.population}`);
    return;
  }
  // Names mostly another word with ب or ل fused are left out altogether.
  const dropped = (p: GeonamesPlace) => cueReason(p, plainWords) === "fused";
  const plain = places.filter((p) => !needsCue(p)).map((p) => p.name);
  const cued = places.filter((p) => needsCue(p) && !dropped(p)).map((p) => p.name);
  writeFileSync(OUT, `// Generated by scripts/ner/geonames-places.ts from GeoNames cities15000.txt (places of at least 15,000 people; outside
// the Arab countries and their neighbours at least ${MIN_POPULATION_FAR.toLocaleString("en")}), the alternate names in Arabic letters, folded by
// normalizeArabic, an administrative head cut, less the names CLDR or marsad has. A name that is a given name, a plain
// word of the tagger, or, measured on news text outside the evaluation files, a common word or seldom in a place's
// context (scripts/ner/geonames-places.ts cueReason) needs a settlement head (مدينة, بلدة, قرية, محافظة …) before it;
// a word mostly seen with ب or ل fused, and a settlement head itself, are left out.
// Data: GeoNames (geonames.org), CC BY 4.0; see models/SOURCE.md.

/** Cities and towns (GeoNames) no common word in the news: a place by name alone, outside every mention. */
export const GEONAMES_PLACES: readonly string[] = ${JSON.stringify(plain)};

/** Cities and towns (GeoNames) whose name is also a common word or a person's: a place only right after a settlement head. */
export const GEONAMES_PLACES_CUED: readonly string[] = ${JSON.stringify(cued)};
`);
  console.log(`${plain.length} names, ${cued.length} needing a head, ${places.filter(dropped).length} left out → ${OUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
