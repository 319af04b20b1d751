/**
 * Source, agency and byline lines.
 *
 * Rules (labels are the lists of vocabulary.ts, matched through the normalizer):
 * - Source: a SOURCE_LABELS label with `:` or a dash (`المصدر: X`, `مصدر الخبر - X`, `Source: X`),
 *   or a QUOTED_FROM label (`نقلاً عن X`), on a short line of its own.
 * - Agency credit: a line that is only an AGENCY_CREDITS name, bar brackets, dashes and a full
 *   stop (`(وكالات)`, `- أ ف ب`, `رويترز`): the source is that name as printed. A body line
 *   ending in a WIRE_CREDITS word in brackets or after a dash (`… (وكالات)`) keeps its text and
 *   loses the credit.
 * - Byline: a BYLINE_LABELS label with `:` or a dash (`كتب: X`, `إعداد - X`), or `بقلم X`, `By X`;
 *   a date after the name (`بقلم: سارة - 20 سبتمبر 2023`) is returned apart.
 * - Names are short: a "source" or "byline" of more than MAX_NAME_WORDS words is a sentence.
 * - Labels glued to the previous text (`…2023المصدر: موقع 24`) are found by findGluedCredit.
 * - A wire dateline opening the lead (`دمشق، سوريا (CNN) -- …`) credits the outlet in brackets
 *   (readWireDateline); the lead keeps it.
 */
import { findAbsoluteDates } from "../dates/absolute.js";
import { normalizeArabic } from "../normalize.js";
import { isStopword } from "../stopwords.js";
import { AGENCY_CREDITS, BYLINE_LABELS, BYLINE_LABELS_BARE, CREDIT_LABELS_GLUED, PHOTO_CREDIT_LABELS, QUOTED_FROM, SOURCE_LABELS, WIRE_CREDITS } from "./vocabulary.js";

export type CreditLine = { kind: "source"; name: string } | { kind: "byline"; name: string; date: string | null };

/** Publisher and author names run to a few words; longer values are sentences. */
const MAX_NAME_WORDS = 6;

const LABEL_MARK = /^\s*[:：\-–—]\s*/u;
const OPTIONAL_COLON = /^\s*[:：]?\s*/u;
const TRAILING_PUNCTUATION = /[\s.،,:;|\-–—]+$/u;
const CREDIT_EDGES = /^[\s([\-–—]+|[\s)\].\-–—]+$/gu;
/** What may stand between a wire credit and the end of a body line: a closing bracket, a full stop. */
const CREDIT_CLOSE = /^\s*\)?\s*\.?\s*$/u;
const CREDIT_OPEN = /[(\-–]\s*$/u;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** The text after a label of `phrases` that opens `line` and the mark after it, or null. */
function afterLabel(line: string, phrases: { opening(t: string): { end: number } | null }, mark: RegExp): string | null {
  const m = phrases.opening(line);
  if (!m) return null;
  const after = mark.exec(line.slice(m.end));
  return after ? line.slice(m.end + after[0].length) : null;
}

function readSource(line: string): CreditLine | null | undefined {
  const value = afterLabel(line, SOURCE_LABELS, LABEL_MARK) ?? afterLabel(line, QUOTED_FROM, OPTIONAL_COLON);
  if (value === null) return undefined;
  const name = value.replace(TRAILING_PUNCTUATION, "").trim();
  return name && wordCount(name) <= MAX_NAME_WORDS ? { kind: "source", name } : null;
}

/**
 * An outlet crediting the wire it used, joined by a slash, a plus or «مع», a place after a dash
 * (`فرانس24/ أ ف ب`, `بواسطة يورونيوز مع أ ف ب`, `الجزيرة + وكالات`, `الحرة / وكالات - واشنطن`):
 * the agency is the credit; the outlet's own name (at most MAX_OUTLET_WORDS words) is not.
 */
const OUTLET_WITH_AGENCY = /^\s*(?:بواسطة\s+)?([^/+\-–—():：]{2,30}?)\s*(?:\/|\+|\sمع\s)\s*([^/+\-–—()]{2,30}?)(?:\s*[-–—]\s*([^/+\-–—()]{2,30}))?\s*$/u;
const MAX_OUTLET_WORDS = 3;

function readOutletWithAgency(line: string): string | null {
  const m = OUTLET_WITH_AGENCY.exec(line);
  if (!m) return null;
  const [outlet, agency, place] = [m[1]!.trim(), m[2]!.trim(), m[3]?.trim()];
  const isCredit = AGENCY_CREDITS.whole(agency) && !AGENCY_CREDITS.whole(outlet) && !PHOTO_CREDIT_LABELS.opening(outlet) && wordCount(outlet) <= MAX_OUTLET_WORDS;
  return isCredit && (place === undefined || isPlace(place)) ? agency : null;
}

/**
 * Egyptian and Gulf sites print `كتب محمد أحمد` / `كتبت سارة علي` with no mark after the verb: a
 * byline only when a bare name follows (at most MAX_BARE_NAME_WORDS words, no function word, digit
 * or punctuation), so `كتب الرئيس على حسابه` stays text.
 */
const BARE_WROTE = /^\s*(?:كتب|كتبت)\s+/u;
const MAX_BARE_NAME_WORDS = 4;
const BARE_NAME = /^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)*$/u;
/** Particles that make the rest a sentence; spelled as printed (the normalizer would fold «على» into the name «علي»). */
const SENTENCE_WORDS = new Set(["في", "على", "عن", "من", "إلى", "الى", "أن", "ان", "إن", "التي", "الذي", "مع", "حول", "بعد", "قبل", "عبر", "له", "لها"]);

function bareWroteName(line: string): string | null {
  const m = BARE_WROTE.exec(line);
  if (!m) return null;
  const name = line.slice(m[0].length).trim();
  const words = name.split(/\s+/);
  const isName = BARE_NAME.test(name) && words.length >= 2 && words.length <= MAX_BARE_NAME_WORDS;
  return isName && words.every((w) => !SENTENCE_WORDS.has(w)) ? name : null;
}

function readByline(line: string): CreditLine | null | undefined {
  let name = afterLabel(line, BYLINE_LABELS, LABEL_MARK) ?? afterLabel(line, BYLINE_LABELS_BARE, /^\s+/u) ?? bareWroteName(line);
  if (name === null) return undefined;
  let date: string | null = null;
  const dates = findAbsoluteDates(name);
  const last = dates.at(-1);
  if (last && name.slice(last.end).trim() === "") {
    date = last.value;
    name = name.slice(0, dates[0]!.start);
  }
  name = name.replace(TRAILING_PUNCTUATION, "").trim();
  return name && wordCount(name) <= MAX_NAME_WORDS ? { kind: "byline", name, date } : null;
}

export function readCreditLine(line: string): CreditLine | null {
  if (AGENCY_CREDITS.whole(line)) return { kind: "source", name: line.replace(CREDIT_EDGES, "").trim() };
  const placed = readPlacedAgency(line) ?? readOutletWithAgency(line);
  if (placed !== null) return { kind: "source", name: placed };
  const source = readSource(line);
  if (source !== undefined) return source;
  return readByline(line) ?? null;
}

/** A place of a credit line: a city or a city and its country, letters only. */
const MAX_CREDIT_PLACE_WORDS = 2;
const PLACE_WORDS = /^[\p{L}\p{M}]{2,}(?:\s+[\p{L}\p{M}]{2,})*$/u;
/** A dash, or a slash as Anadolu and other agencies print `أنقرة/ الأناضول`. */
const DASH = /\s*(?:[-–—]+|\/)\s*/u;
const BRACKETED = /^(.+?)\s*\(([^()]+)\)\s*$/u;

/**
 * A credit line naming an agency and the place it filed from, in either order, set off by a dash
 * or a slash (`الرياض - واس`, `واس - جدة`, `لندن - رويترز`, `إدلب/ الأناضول`) or with the agency in brackets (`تونس (وات)`):
 * the agency, or null.
 */
function readPlacedAgency(line: string): string | null {
  // a bracketed agency closes with ")": a line without one is not looked at (the pattern's lazy head tries every length)
  const bracketed = line.includes(")") ? BRACKETED.exec(line.trim()) : null;
  const parts = bracketed ? [bracketed[1]!, bracketed[2]!] : line.trim().split(DASH);
  if (parts.length !== 2) return null;
  const [a, b] = parts.map((x) => x.replace(CREDIT_EDGES, "").trim()) as [string, string];
  if (AGENCY_CREDITS.whole(b) && isPlace(a)) return b;
  if (!bracketed && AGENCY_CREDITS.whole(a) && isPlace(b)) return a;
  return null;
}

/** `صورة أرشيفية (رويترز)` credits a photo, not the article. */
const ARCHIVE = /ارشيف/u;
const isPlace = (s: string): boolean =>
  PLACE_WORDS.test(s) && wordCount(s) <= MAX_CREDIT_PLACE_WORDS && !AGENCY_CREDITS.whole(s) && !PHOTO_CREDIT_LABELS.opening(s) && !ARCHIVE.test(normalizeArabic(s));

/** A body line ending with a wire credit (`… (وكالات)`): the line without it, or null. */
export function stripAgenciesCredit(line: string): string | null {
  const last = WIRE_CREDITS.findAll(line).at(-1);
  if (!last || !CREDIT_CLOSE.test(line.slice(last.end))) return null;
  const open = CREDIT_OPEN.exec(line.slice(0, last.start));
  if (!open || open.index === 0) return null;
  return line.slice(0, open.index).trimEnd();
}

/** Where a credit label glued to the text before it starts (`…2023المصدر: موقع 24`), or -1. */
export function findGluedCredit(line: string): number {
  return CREDIT_LABELS_GLUED.glued(line);
}

/**
 * A wire dateline opening a lead: a place of at most MAX_DATELINE_PLACE_WORDS words (a comma may
 * part city and country), the credited outlet in brackets, then a dash: `دمشق، سوريا (CNN) -- أكدت…`,
 * `القاهرة (رويترز) - قال…`, `بيروت (أ ف ب) – …`. The outlet's name, or null.
 */
const WIRE_DATELINE = /^\s*([\p{L}\p{M}]+(?:[\s،,]+[\p{L}\p{M}]+){0,3})\s*\(([^()\n]{1,30})\)\s*[-–—]+\s*\S/u;
const MAX_DATELINE_PLACE_WORDS = 4;
const MAX_DATELINE_OUTLET_WORDS = 3;
const LATIN_NAME = /^[A-Z][A-Za-z.&\s-]{0,24}$/u;

/**
 * The Arab national agencies' own wire openings put the filing day between the place and the
 * agency, the agency in brackets or slashes: `عمان 24 نيسان (بترا) -`, `عمان 5 كانون الأول (بترا)-` (Petra; the
 * Levantine months of two words, كانون and تشرين, too), `الكويت - 5 - 10 (كونا) --`
 * (KUNA, also with the year: `الكويت - 11 - 5 - 2024 (كونا) --`), `الدوحة في 24 أبريل /قنا/` (QNA), `أبوظبي في 24 أبريل / وام /` (WAM). Only an agency of
 * the list counts there.
 */
const AGENCY_WIRE_DATELINE =
  /^\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*[-–—،,]?\s*(?:في\s+)?[\d٠-٩]{1,2}(?:\s*[-–/]\s*[\d٠-٩]{1,2}|\s+[\p{L}\p{M}]+(?:\s+(?:الأول|الاول|الثاني))?(?:\s*\/\s*[\p{L}\p{M}]+)?)(?:\s*[-–/]?\s*[\d٠-٩]{4})?\s*(?:\(([^()\n]{1,20})\)|\/\s*([^/\n]{1,20}?)\s*\/)\s*[-–—]*\s*\S/u;

export function readWireDateline(paragraph: string): string | null {
  const agency = AGENCY_WIRE_DATELINE.exec(paragraph);
  const agencyName = agency ? (agency[1] ?? agency[2]!).trim() : null;
  if (agencyName !== null && AGENCY_CREDITS.whole(agencyName)) return agencyName;
  const m = WIRE_DATELINE.exec(paragraph);
  if (!m) return null;
  const outlet = m[2]!.trim();
  if (wordCount(m[1]!.replace(/[،,]/gu, " ")) > MAX_DATELINE_PLACE_WORDS || wordCount(outlet) > MAX_DATELINE_OUTLET_WORDS) return null;
  return isOutletName(outlet) ? outlet : null;
}

/** An agency of the list, a Latin name (`CNN`, `BBC`), or a name with no function word (`في تصريح لاحق` is an aside). */
function isOutletName(name: string): boolean {
  if (AGENCY_CREDITS.whole(name) || LATIN_NAME.test(name)) return true;
  return name.split(/\s+/).every((w) => !isStopword(normalizeArabic(w)));
}
