/**
 * Plain-text page segmentation: one page as a crawler saved it (the HTML gone, everything the page
 * showed glued into lines) → the main article and the related ones.
 *
 * Steps, in order:
 * 1. Lines: split on any line break, invisible bidi controls and lynx's link numbers (`[12]`, and its
 *    `References` list) trimmed, its bracketed file names of images without alt text and the frame addresses
 *    it wraps under a bare `IFRAME:` dropped, and cues glued
 *    to the text before them split off (an embed attribution, `المصدر:`, `بقلم:`, a date label, a
 *    tag label, `إقرأ أيضاً:`). Text glued after an attribution's date becomes its own line.
 * 2. Each line is classified by the shared cues (src/arabic/cues): boilerplate (dropped), read-also
 *    marker (also a bare `طالع:` before one headline), tag line (labelled, or hashtags alone), date
 *    line (also as pages print it around the reader's forms: readPageDateLine, and after a writer's or a
 *    site's name: readNamedDateLine, and in the other languages' month names and orders the page-date
 *    reader knows: readOtherLanguageDateLine, also as a part of a meta bar: readOtherLanguageMetaBar), source/byline line
 *    (alone or several joined by `|`, beside a date also with a desk, writer or site name that carries
 *    nothing: isMetaName; dotted agency initials; `Outlet/ City` by the page's own name), embed
 *    attribution (also TikTok's `♬` sound line), or text; a date stamp opening a line with other text
 *    after it is a date line and that text a line of its own (splitOpeningDate; not on a page printing
 *    several: a list's items). A date label alone on its line (`آخر تحديث:`, `LAST UPDATED:`, `Date`)
 *    labels the date line under it and is dropped (withLoneDateLabels).
 * 3. Regions: lines before the first read-also marker that stands alone are the main article; each
 *    such marker opens a related block up to the next one. A marker with a headline on its line is a
 *    related article of its own (title only). Tag lines belong to the main article wherever they are.
 *    A list of two or more headlines after a marker, followed by a sentence, was set inside the
 *    article: the sentence and what follows return to the main article; one headline is enough
 *    when the page's shape puts the marker inside the body, and none when it puts it after the body's
 *    last paragraph (what follows there is rails and footer: a long menu line is no sentence of the article).
 * 4. A related block holds several articles when a text line is followed by a date line (title +
 *    date starts a new one) or when it is a list of short headlines without sentence punctuation.
 * 5. Inside an article: the first text line is the title; each attribution takes the text line
 *    before it as the post, and further lines back while they carry links or are in another language
 *    than the article (at most MAX_EMBED_LINES); date lines give publishedAt/updatedAt (first of
 *    each); `المصدر:` gives source.name, a byline the author; the remaining text lines are the body,
 *    one paragraph per line, original spelling kept, joined by a blank line. A post's counters and
 *    time lines go with the post. Credit names lose the marks that set them off (`قنا:`). When no
 *    credit line did, source.name comes from a dateline's agency, an agency in brackets closing the
 *    body (`… (بنا)`), a wire dateline opening the lead (`دمشق، سوريا (CNN) -- …`) or a lead
 *    signature (readLeadCredit: `نابلس 12-5-2024 وفا- …`, `شفق نيوز/ …`).
 * A page with none of these cues gives its first line as title and the rest as body.
 */
import { issue, type Result } from "../../issues.js";
import type { Article, Embed, Page } from "../../types.js";
import { detectLanguage } from "../../arabic/language.js";
import { newArticle } from "../article.js";
import { isMarkdownDump, plainFromMarkdown } from "./markdown.js";
import { findCaptionLines, findPageShape, isRenderedImage, unwrapRenderedLines } from "./page-shape.js";
import {
  GLUED_ATTRIBUTION,
  findGluedCredit,
  findGluedDateLabel,
  findGluedReadAlso,
  findGluedTagLabel,
  findLinks,
  isBoilerplateLine,
  platformOfLinks,
  readAttribution,
  readCreditLine,
  readDateLine,
  readReadAlsoMarker,
  readHashtagLine,
  readTagLabel,
  readWireDateline,
  scorePageTags,
  splitTagPhrases,
  stripAgenciesCredit,
  tagContextFor,
  type Attribution,
  type CreditLine,
  type DateLine,
  vocabulary,
} from "../../arabic/cues/index.js";
import { normalizeArabic, toAsciiDigits } from "../../arabic/normalize.js";
import { findAbsoluteDates, mayHoldAbsoluteDate } from "../../arabic/dates/absolute.js";
import { SHORT_YEAR, findDatesInText, readPartialDate, withoutDates } from "../html/date-text.js";

type Item =
  | { kind: "text"; text: string; isCaption?: boolean }
  | { kind: "date"; date: DateLine; isHijriOnly: boolean; hasClock?: boolean; fromStampedLine?: boolean }
  | { kind: "credit"; credits: Array<CreditLine | DateLine> }
  | { kind: "attribution"; attribution: Attribution }
  | { kind: "tags"; rest: string }
  | { kind: "read-also"; headline: string; place?: "inside-body" | "after-body" };

/** A post's view or like counter or its time (`👁 3.2K`, `1,204 views`, `10:15`): part of the embed, never of the body. */
const POST_COUNTER = /^[^\p{L}\d٠-٩]*[\d٠-٩][\d٠-٩.,:]*\s*(?:k|m|ألف|مليون)?\s*(?:views|likes|مشاهدة|مشاهدات|إعجاب)?\s*$/iu;
/** A post in a dump runs to a few lines; more would eat the body. */
const MAX_EMBED_LINES = 4;
/** A glued credit (`…المصدر: X`) is split only when what follows the label is this short. */
const MAX_GLUED_CREDIT_WORDS = 8;
/** Headline lists under a read-also marker: each line a short title without sentence punctuation. */
const MAX_HEADLINE_WORDS = 16;
/** Headlines a read-also list needs before a sentence after it returns to the article. */
const MIN_LIST_HEADLINES = 2;
/** A line of this many words after a read-also list is prose (headlines run shorter). */
const MIN_SENTENCE_WORDS = 12;
/** Headlines end without a full stop or a colon; a question or an exclamation may close one. */
const STATEMENT_END = /[.…:]["»”)]?$/u;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
const EDGE_CONTROLS = /^[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]+|[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/gu;
const META_SEPARATOR = /\s+[|•·]\s+/u;
const BARE_TIME = /^\s*[\d٠-٩]{1,2}[:：][\d٠-٩]{2}\s*(?:ص|م|صباحا|صباحاً|مساء|مساءً|am|pm)?\s*$/iu;
/**
 * A meta bar's desk or byline beside its date: a place and a desk or a writer in dashes
 * (`الرياض - الرياضية | Tuesday, 11 August 2015 - 16:10 pm`, `جدة – محمد الجابري | …`,
 * `المنسق الإعلامي – مازن الزايدي | …`), or the site's own name (`الصباح الجديد | السبت 11 ماي 2024
 * على الساعة 18:25`). A name, not a credit (which readCreditLine reads): it carries nothing, and
 * must not cost the bar its date. At most MAX_META_NAME_WORDS words, none of NOT_A_NAME's marks.
 */
const MAX_META_NAME_WORDS = 6;
const isMetaName = (part: string): boolean => !NOT_A_NAME.test(part) && wordCount(part.replace(/[-–—]/gu, " ")) <= MAX_META_NAME_WORDS;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Where a glued attribution starts (`…end of tweet— Name (@h) …`), or -1. */
function findGluedAttribution(line: string): number {
  const m = GLUED_ATTRIBUTION.exec(line);
  return m ? m.index + m[0].length : -1;
}

/** Each rule: where a cue glued to earlier text starts, and whether the tail really is that cue. */
const GLUE_RULES: ReadonlyArray<readonly [(line: string) => number, (tail: string) => boolean]> = [
  [findGluedAttribution, () => true],
  [findGluedReadAlso, () => true],
  [findGluedTagLabel, () => true],
  [findGluedDateLabel, (tail) => readDateLine(tail) !== null],
  [findGluedCredit, (tail) => wordCount(tail) <= MAX_GLUED_CREDIT_WORDS && readCreditLine(tail) !== null],
];

/** Every glued cue has a colon after its label or `(@` in its attribution. */
const MAY_HAVE_GLUED_CUE = /[:：]|\(@/u;

/** Splits cues glued to the text before them (step 1). */
function splitGlued(line: string): string[] {
  if (!MAY_HAVE_GLUED_CUE.test(line)) return [line];
  for (const [find, accept] of GLUE_RULES) {
    const at = find(line);
    if (at <= 0) continue;
    const head = line.slice(0, at).trim();
    const tail = line.slice(at).trim();
    if (head && accept(tail)) return [...splitGlued(head), ...splitGlued(tail)];
  }
  return [line];
}

/**
 * A TikTok embed prints the author's `@handle`, the caption, then the clip's sound after a note
 * (`♬ الصوت الأصلي - name`, `♬ original sound - name`): the sound line closes the post.
 */
const TIKTOK_SOUND = /^\s*♬/u;
const HANDLE_LINE = /^\s*(@[A-Za-z0-9_.]{1,30})\s*$/u;

function readTikTokSound(line: string): Attribution | null {
  return TIKTOK_SOUND.test(line) ? { platform: "tiktok", author: null, handle: null, postedAt: null, links: [], rest: "" } : null;
}

/**
 * A read verb alone as a label before one headline (`طالع: مطالب بتسريع…`, `اقرأ: …`, `شاهد: …`),
 * set between an article's paragraphs: a related article's title, when what follows is a headline
 * (no full stop, at most MAX_HEADLINE_WORDS words).
 */
const BARE_READ_VERB = /^\s*(?:اقرأ|إقرأ|اقرا|طالع|شاهد)\s*[:：]\s*(\S.*)$/u;

function readBareReadVerb(line: string): { headline: string } | null {
  const headline = BARE_READ_VERB.exec(line)?.[1]?.trim();
  return headline !== undefined && wordCount(headline) <= MAX_HEADLINE_WORDS && !STATEMENT_END.test(headline) ? { headline } : null;
}

/** Classifies one line (step 2); an attribution with glued text yields the text as a second item. */
function classify(line: string, out: Item[], isPageName: (name: string) => boolean, splitsStamps = true): void {
  if (isBoilerplateLine(line)) return;
  const marker = readReadAlsoMarker(line) ?? readBareReadVerb(line);
  if (marker) return void out.push({ kind: "read-also", headline: marker.headline });
  const tags = readTagLabel(line) ?? readHashtagLine(line);
  if (tags !== null) return void out.push({ kind: "tags", rest: tags });
  const attribution = readAttribution(line) ?? readTikTokSound(line);
  if (attribution) {
    out.push({ kind: "attribution", attribution });
    if (attribution.rest) classify(attribution.rest, out, isPageName, splitsStamps);
    return;
  }
  const date = readPageDateLine(line) ?? readNamedDateLine(line);
  if (date) return void out.push({ kind: "date", date, isHijriOnly: isHijriOnly(line), hasClock: CLOCK_TIME.test(line) });
  const credit = readCreditLine(line) ?? readDottedAgencyLine(line) ?? readOutletPlaceLine(line, isPageName) ?? readInitialledCredit(line) ?? readInitialsLine(line);
  if (credit) return void out.push({ kind: "credit", credits: [credit] });
  if (META_SEPARATOR.test(line)) {
    // A head's meta bar also holds counters and a bare time (`10:30 م | 25 ديسمبر 2020 | 1234 مشاهدة`): they carry nothing.
    const meaningful = line.split(META_SEPARATOR).filter((p) => !isBoilerplateLine(p) && !BARE_TIME.test(p));
    if (meaningful.length === 0) return;
    const parts = meaningful.map((p) => readCreditLine(p) ?? readDateLine(p));
    if (parts.every((p) => p !== null)) return void out.push({ kind: "credit", credits: parts as Array<CreditLine | DateLine> });
    const read = parts.filter((p): p is CreditLine | DateLine => p !== null);
    const dated = read.some((p) => !("kind" in p) && p.publishedAt !== null);
    if (dated && meaningful.every((p, k) => parts[k] !== null || isMetaName(p))) return void out.push({ kind: "credit", credits: read });
  }
  const otherDate = readOtherLanguageDateLine(line) ?? readOtherLanguageMetaBar(line);
  if (otherDate) return void out.push({ kind: "date", date: otherDate, isHijriOnly: false, hasClock: CLOCK_TIME.test(line) });
  const opening = splitsStamps ? splitOpeningDate(line) : null;
  if (opening) {
    out.push({ kind: "date", date: opening.date, isHijriOnly: isHijriOnly(opening.stamp), hasClock: CLOCK_TIME.test(opening.stamp), fromStampedLine: true });
    return classify(opening.rest, out, isPageName, splitsStamps);
  }
  out.push({ kind: "text", text: line });
}

/**
 * A date stamp with other text printed on its line, as renderers join a meta block's cells or a
 * caption or lead that follows without a break (`21. Mai 2026 Drei Deutsche wegen …` over the photo's
 * caption, `12.12.2022 - Empa (Eidgenössische …)`, `Pressemitteilung vom 25. Januar 2022 |  Berlin –
 * Die künftige …`, `15.04.2025, 17:59Lesezeit: 5 Min.`): the stamp is a date line and the rest a line
 * of its own. The stamp opens the line, or a hard separator (`|`, ` - `, `–`, `·`, `•`) sets it off
 * from the rest: a sentence that opens with a label and a date (`On 12 May 2024 the council …`,
 * `في 12 مايو 2024 أعلنت …`) is prose, and a comma, a full stop or a lower-case word after the date continues
 * it (a wrapped paragraph's line: `1. Januar 2024 umgesetzt werden. Das …`). A colon after the date
 * makes it a label (`7 كانون الأول/ديسمبر 2014: سوريا تتهم …`, a chronology's entry), and a page printing
 * more than one such line prints a list (teasers stamped with their day, a chronology): readItems then
 * splits none.
 */
const STAMP_TIME = /^\s*,?\s*[\d٠-٩]{1,2}[:：][\d٠-٩]{2}(?:[:：][\d٠-٩]{2})?(?:\s*(?:Uhr|[ap]\.?m\.?)(?![\p{L}]))?/iu;
const REST_SEPARATOR = /^\s*(?:[|·•–—]|-(?=\s))\s*/u;
const OPENS_LINE = /^[\s*•·|/\-–—]*$/u;
const CONTINUES_SENTENCE = /^\s*(?:[,،:：.]|\p{Ll})/u;

function splitOpeningDate(line: string): { date: DateLine; stamp: string; rest: string } | null {
  if (!mayHoldAbsoluteDate(line)) return null;
  const first = firstDayDate(line);
  if (first === null) return null;
  const time = STAMP_TIME.exec(line.slice(first.end));
  const cuts = time ? [first.end + time[0].length, first.end] : [first.end];
  for (const cut of cuts) {
    const after = line.slice(cut);
    const separator = REST_SEPARATOR.exec(after);
    if (!separator && (!OPENS_LINE.test(line.slice(0, first.start)) || CONTINUES_SENTENCE.test(after))) continue;
    const rest = after.slice(separator?.[0].length ?? 0).trim();
    const stamp = line.slice(0, cut).trim();
    if (!rest || !/\p{L}/u.test(rest)) continue;
    const date = readPageDateLine(stamp) ?? readNamedDateLine(stamp) ?? readOtherLanguageDateLine(stamp);
    if (date?.publishedAt) return { date, stamp, rest };
  }
  return null;
}

/** The first dated day of a line (a four-digit year), by either date reader. */
function firstDayDate(line: string): { start: number; end: number } | null {
  const found = [
    ...findAbsoluteDates(line).filter((d) => d.precision === "day"),
    ...findDatesInText(line),
  ].sort((a, b) => a.start - b.start);
  return found[0] ?? null;
}

/** Words at most of a name printed before a date (readNamedDateLine): a headline before a date runs longer. */
const MAX_NAME_BEFORE_DATE_WORDS = 3;

/**
 * A writer's or a site's name printed right before the date, set off by a space or glued to it as
 * renderers join a head's inline parts (`سارة أحمد 20 سبتمبر 2023`, `سارة أحمد20 سبتمبر 2023`,
 * `Tobias Mühlbauer24.04.2024, 19:35 Uhr`, `Sarah Gooding March 9, 2017`): a date line, when the name
 * has at most MAX_NAME_BEFORE_DATE_WORDS words and no mark of a sentence (isMetaName) and the rest
 * is a date line.
 */
function readNamedDateLine(line: string): DateLine | null {
  const first = findAbsoluteDates(line).find((d) => d.precision === "day");
  if (first === undefined || first.start === 0) return null;
  const name = line.slice(0, first.start).trim();
  if (!name || !isMetaName(name) || wordCount(name) > MAX_NAME_BEFORE_DATE_WORDS) return null;
  const date = readPageDateLine(line.slice(first.start));
  return date?.publishedAt ? date : null;
}

/** A line whose dates are all Hijri: the computed conversion may be a day off the publisher's Gregorian date. */
function isHijriOnly(line: string): boolean {
  const dates = findAbsoluteDates(line).filter((d) => d.precision === "day");
  return dates.length > 0 && dates.every((d) => d.calendar === "hijri");
}

/**
 * Date lines as pages print them around the date reader's forms, rewritten to those forms:
 * - the time before the date (`08:15 م الأحد 12 مايو 2024`, `٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠`): moved after it;
 * - a print daily's issue number after the date (`… 13 مايو 2024م - العدد 20544`, `السنة 148 العدد 49812`): dropped;
 * - a month name between slashes (`[13/مايو/2024]`): spaced;
 * - punctuation glued around the year (`13 مايو ,2024: 09:12 ص`) and a zone's Latin initials at the end (`GST`): dropped.
 */
const LEADING_TIME = /^\s*([\d٠-٩]{1,2}[:：][\d٠-٩]{2}\s*(?:ص|م|صباحا|صباحاً|مساء|مساءً|am|pm)?)\s+(?!(?:ص|م|am|pm)\s)([\p{L}\d٠-٩].*)$/iu;
const ISSUE_NUMBER = /\s*[-–—|،,]?\s*(?:السنة\s+[\d٠-٩]+\s*[-–—|،,]?\s*)?(?:رقم\s+)?العدد\s*[:：]?\s*\[?\s*[\d٠-٩]+\s*\]?\s*$/u;
const SLASHED_MONTH = /([\d٠-٩]{1,2})\s*\/\s*(\p{L}{3,})\s*\/\s*([\d٠-٩]{4})/gu;
const PUNCTUATED_YEAR = /(\p{L})\s*,\s*([\d٠-٩]{4})\s*[:：]?/gu;
const ZONE_INITIALS = /\s+[A-Z]{2,4}\s*$/u;

/**
 * Agencies' initials printed with dots (`الرباط — و.م.ع`, `(و.م.ع)`): read as the undotted credit,
 * the name kept as printed.
 */
const DOTTED_INITIALS = /(?<![\p{L}])\p{L}(?:\.\p{L}){1,3}\.?(?![\p{L}])/gu;

function readDottedAgencyLine(line: string): CreditLine | null {
  // initials hold a dot: a line without one is not looked at (the pattern is tried at every letter)
  const dotted = line.includes(".") ? line.match(DOTTED_INITIALS) : null;
  if (!dotted) return null;
  const credit = readCreditLine(line.replace(DOTTED_INITIALS, (m) => m.replace(/\./g, "")));
  const printed = dotted.find((d) => credit?.kind === "source" && d.replace(/\./g, "") === credit.name);
  return printed === undefined ? null : { kind: "source", name: printed.replace(/\.$/u, "") };
}

/**
 * The wire's credit signed with the editors' initials, in either order: `ع.ح/ ف.ي (د ب أ)` (DW),
 * `--(بترا) م ع/ س ص` (Petra), `/العمانية/ ع خ` (ONA). The agency, when every name in its
 * brackets or slashes is one of the list (the first is the credit) and the rest is initials alone
 * (isInitials).
 */
const WIRE_PART = /\(([^()\n]{1,30})\)|\/\s*([^/\n]{2,20}?)\s*\//u;
const INITIALS_SEPARATOR = /[\s./\-–—]+/u;
const ONE_LETTER = /^\p{L}$/u;

/** Editors' initials: two or more single letters parted by dots, spaces, slashes or dashes (`ع.ح/ ف.ي`, `م ع/ س ص`, `ع ن`). */
function isInitials(text: string): boolean {
  const marks = text.split(INITIALS_SEPARATOR).filter(Boolean);
  return marks.length >= 2 && marks.every((m) => ONE_LETTER.test(m));
}

/** `الكاتب ع.ح/ ف.ي`, `ع ن`: the editors' initials on a line of their own, a writer label before them or not. */
const INITIALS_LABEL = /^\s*(?:الكاتب|المحرر|إعداد|تحرير)\s*[:：]?\s*/u;

function readInitialsLine(line: string): CreditLine | null {
  const initials = line.replace(INITIALS_LABEL, "").trim();
  return isInitials(initials) ? { kind: "byline", name: initials, date: null } : null;
}

function readInitialledCredit(line: string): CreditLine | null {
  const m = WIRE_PART.exec(line);
  if (!m) return null;
  const rest = line.slice(0, m.index) + " " + line.slice(m.index + m[0].length);
  if (!isInitials(rest)) return null;
  const names = (m[1] ?? m[2]!).split(/[،,]/u).map((n) => n.trim());
  return names.every((n) => vocabulary.AGENCY_CREDITS.whole(n)) ? { kind: "source", name: names[0]! } : null;
}

/**
 * `السومرية نيوز/ بغداد`, `شفق نيوز/ أربيل`: the outlet's own name and the city it filed from, on a
 * line of their own under the headline, when the page prints that name as its own.
 */
const OUTLET_PLACE_LINE = /^\s*([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*\/\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*$/u;

function readOutletPlaceLine(line: string, isPageName: (name: string) => boolean): CreditLine | null {
  const name = OUTLET_PLACE_LINE.exec(line)?.[1];
  return name !== undefined && isPageName(name) ? { kind: "source", name } : null;
}

/**
 * Every path below ends in readDateLine on the line, on its rewritten form or on a piece of that,
 * and readDateLine needs an absolute date, so four digits in a row (mayHoldAbsoluteDate). No
 * rewrite makes four digits meet where the line had none: the issue number and the zone initials
 * drop a tail, a leading time goes behind the rest with a space between, and the two rewrites that
 * join text across removed separators (a month between slashes, punctuation before a year) match
 * four digits themselves. So a line without them is no date line, and most lines of a page (about
 * four in five of the news samples') are skipped before the rewrites' patterns run.
 */
function readPageDateLine(line: string): DateLine | null {
  if (!mayHoldAbsoluteDate(line)) return null;
  // The time goes behind the date before the line is read whole: the date line's reader would take
  // a leading time as filler and drop it.
  const timeFirst = LEADING_TIME.exec(line);
  const timeBehind = timeFirst ? `${timeFirst[2]} ${timeFirst[1]}` : line;
  const direct = readDateLine(timeBehind);
  if (direct !== null) return direct;
  let printed = timeBehind.replace(ISSUE_NUMBER, "").replace(SLASHED_MONTH, "$1 $2 $3").replace(PUNCTUATED_YEAR, "$1 $2").replace(ZONE_INITIALS, "");
  const time = LEADING_TIME.exec(printed);
  if (time) printed = `${time[2]} ${time[1]}`;
  return (printed === timeBehind ? null : readDateLine(printed)) ?? readDatePiece(printed);
}

/** Words besides the date a date line in another language holds: a weekday, a label, a time's word (`Uhr`). */
const MAX_DATE_LINE_WORDS = 3;
const WORD_OF_LETTERS = /\p{L}{2,}/gu;
const ENDS_SENTENCE = /[.!؟?]\s*$/u;

/**
 * The writer a date line names after a byline word (`Posted 11. April 2018 by Walter von Aachen`,
 * `Veröffentlicht von SeglerBlog am 23. Februar 2020`, `Domenica 19 Aprile 2020 di Carla Massi`):
 * one to three capitalized words, a name's particle (`von`, `de`) between them. Not counted among the
 * date line's words: a headline holds a verb and a clause besides, and runs longer.
 */
const WRITER_IN_DATE_LINE =
  /(?<!\p{L})(?:[Bb]y|[Vv]on|[Dd]i|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Aa]f)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:von|van|de|da|di|der|den|le|la)\s+)?\p{Lu}[\p{L}'’.-]*){0,2}(?!\p{L})/u;

/**
 * The time a date line prints beside the day, with its connector and its unit (`a las 07:46hrs.`,
 * `9:46 am`, `um 15:44 Uhr`, `at 2:20pm`, `10h02`): part of the stamp, not counted among its words, and its
 * abbreviation's full stop ends no sentence.
 */
const TIME_IN_DATE_LINE = /(?:(?<!\p{L})(?:a las|at|um|à|alle|kl\.?)\s+)?(?<![\d.])\d{1,2}[:.h]\d{2}(?![\d.])(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|hrs?\.?|h)(?!\p{L}))?/giu;

/**
 * A date line written with a language's month names or order the date reader does not know
 * (`Freitag, 4. Februar 2022`, `12. Januar 2022,`, `Dezember 10, 2019`, `28. Januar 2022, 12:01`):
 * read by the page-date reader's forms (findDatesInText, every language of names.ts), when the
 * line names one day and at most MAX_DATE_LINE_WORDS words besides, and ends no sentence. The day
 * is the publication day; a time beside it is not read. Asked last, when no date, credit or meta
 * bar reading took the line (those keep the time, the byline's name).
 */
function readOtherLanguageDateLine(line: string): DateLine | null {
  if (endsSentenceNoStampTakes(line)) return null;
  const dates = findDatesInText(line);
  const day = dates[0]?.value.slice(0, 10);
  if (day === undefined) return readShortYearDateLine(line);
  if (dates.some((d) => d.value.slice(0, 10) !== day)) return null;
  return isDateStampRest(withoutDates(line, dates)) ? { publishedAt: day, updatedAt: null, source: null } : null;
}

/**
 * A line that ends a sentence with a mark no date, writer or time can hold (`!`, `?`, `؟`, or a full
 * stop after a word of Arabic letters and harakat, a digit, a space, a quote, a bracket, `%`, `!`, `?`):
 * its rest always keeps that end, so it is no date line (isDateStampRest) and the costly date finder
 * (most lines with a year are prose) need not run. Dates end with a digit, an era, a zone or
 * `a.m.`; a writer with a run of [\p{L}'’.-] from a capital; a time with `a.m.` or `hrs.`: none
 * ends with a full stop after these.
 */
const SENTENCE_MARK = /[!؟?]/u;
const BEFORE_FULL_STOP = /[\s0-9\u0660-\u0669\u06F0-\u06F9"”»)\]%!؟?]/u;
const ARABIC_LETTER_OR_HARAKA = /[\u0621-\u065F]/u;
/** A writer's name's characters, and half of a pair (a letter outside the BMP). */
const MAY_BE_IN_WRITER_NAME = /[\p{L}'’.\-\uD800-\uDFFF]/u;

/** Only the line's end is read: the test runs on every line, most of them without a year. */
export function endsSentenceNoStampTakes(line: string): boolean {
  const text = line.trimEnd();
  const last = text.at(-1);
  if (last === undefined) return false;
  if (SENTENCE_MARK.test(last)) return true;
  if (last !== "." || text.length < 2) return false;
  if (BEFORE_FULL_STOP.test(text.at(-2)!)) return true;
  let k = text.length - 2;
  while (k >= 0 && ARABIC_LETTER_OR_HARAKA.test(text[k]!)) k--;
  return k < text.length - 2 && (k < 0 || !MAY_BE_IN_WRITER_NAME.test(text[k]!));
}

/** What a date line holds besides its day: at most MAX_DATE_LINE_WORDS words once a writer and a time are set aside, and no sentence's end. */
function isDateStampRest(rest: string): boolean {
  const stamp = rest.replace(WRITER_IN_DATE_LINE, " ").replace(TIME_IN_DATE_LINE, " ");
  return (stamp.match(WORD_OF_LETTERS) ?? []).length <= MAX_DATE_LINE_WORDS && !ENDS_SENTENCE.test(stamp);
}

/**
 * A date line with a two-digit year, as CMSs print the story's own date under its headline
 * (`Do 25.04.24 | 14:07 Uhr`, `15.10.24 23:35`, `10/12/20 - 10h02`): day first, as dotted dates
 * always are and slashed ones are outside the US; month first when the day slot cannot be a month,
 * or when the line writes its time on a 12-hour clock (`3/09/15 8:00am`), as US pages do.
 */
const TWELVE_HOUR_CLOCK = /\d\s*(?:am|pm|a\.m\.|p\.m\.)(?!\p{L})/iu;

function readShortYearDateLine(line: string): DateLine | null {
  const ascii = toAsciiDigits(line);
  const short = SHORT_YEAR.exec(ascii);
  if (!short) return null;
  const day = readPartialDate(ascii, TWELVE_HOUR_CLOCK.test(ascii), null);
  const rest = ascii.slice(0, short.index) + " " + ascii.slice(short.index + short[0].length);
  return day !== null && isDateStampRest(rest) ? { publishedAt: day, updatedAt: null, source: null } : null;
}

/**
 * A head's meta bar in another language, its parts set off by `|`, `•`, `·` or `/` (`Innlent | mbl |
 * 11.2.2025 | 23:55 | Uppfært 12.2.2025 7:25`, `El Mundo Política | octubre 7, 2020 | 7:09 am | Agencia
 * Efe.`, `Name Surname / TIMESOFINDIA.COM / Apr 16, 2026, 14:04 IST`): its first part that is a date line
 * (readOtherLanguageDateLine) gives the date when every part is as short as a name, a section or a
 * stamp (at most MAX_META_NAME_WORDS words; a headline or a sentence beside a date runs longer).
 */
const OTHER_META_SEPARATOR = /\s+[|•·/]\s+/u;

function readOtherLanguageMetaBar(line: string): DateLine | null {
  const parts = line.split(OTHER_META_SEPARATOR);
  if (parts.length < 2 || parts.some((p) => wordCount(p) > MAX_META_NAME_WORDS)) return null;
  for (const part of parts) {
    const date = readOtherLanguageDateLine(part);
    if (date !== null) return date;
  }
  return null;
}

/**
 * A dateline of dash-parted pieces that the reader cannot take whole: a second calendar it does not
 * know (`السبت 22 أرديبهشت 1403 - 11 مايو 2024`), a zone by a city's name (`18:25 بتوقيت طهران`).
 * The piece that is a date line gives the date when every other piece holds a number and no
 * sentence (a weekday and a day of another calendar, a time): the Gregorian date wins.
 */
const DATELINE_PIECE_SEPARATOR = /\s+[-–—]\s+/u;
const MAX_OTHER_PIECE_WORDS = 4;
const HAS_NUMBER = /[\d٠-٩]/u;

function readDatePiece(line: string): DateLine | null {
  const pieces = line.split(DATELINE_PIECE_SEPARATOR);
  if (pieces.length < 2) return null;
  for (const [k, piece] of pieces.entries()) {
    const date = readDateLine(piece);
    if (date === null || date.publishedAt === null) continue;
    const othersAreStamps = pieces.every((p, j) => j === k || (HAS_NUMBER.test(p) && wordCount(p) <= MAX_OTHER_PIECE_WORDS && !PROSE_LIKE.test(p)));
    if (othersAreStamps) return date;
  }
  return null;
}

const PROSE_LIKE = /[.؟?!،,]\s*$/u;

/**
 * `lynx -dump` without `-nolist` and `w3m -dump` with `display_link_number` number each link where
 * it stands (`[12]الرئيسية`, `* [3]سياسة`, `سيطروا على ثلاثة [24]مستودعات للذخيرة`; w3m puts a
 * space after the numbers at a line's start: `• [6] المملكة اليوم`, `[216] [217] Whatsapp`) and list the addresses under
 * `References` at the end (lynx: `Visible links:`, `Hidden links:`, `23. https://…`; w3m:
 * `References:`, `[23] https://…`): the numbers are the renderer's, the list is not the page's.
 */
const LINK_NUMBER = /(?<=^|[\s(])\[\d+\](?=\S)/gu;
const LEADING_LINK_NUMBER = /^(\s*(?:[*•+-]\s+)?)(?:\[\d+\]\s*)+(?=\S|$)/u;
const LYNX_REFERENCE = /^(?:References|\d+\.\s+[a-z]+:\/\/\S+)$/u;
/**
 * An address may hold spaces (`https://…/morearticles/المملكة اليوم`): a numbered line that opens with a scheme,
 * written as the page wrote it (`WhatsApp://send?…`, `LYNXIMGMAP:file://…`, behind zero-width spaces or a quote:
 * two zero-width spaces before `https://…`, `1. "https://www.googletagmanager.com/…"`).
 */
const LINK_LIST_LINE = /^\s*(?:(?:\d+\.|\[\d+\])\s+[\u200b-\u200f\ufeff"']*[A-Za-z][A-Za-z0-9+.-]*:\S*.*|Visible links:?|Hidden links:?)\s*$/u;
const LINK_LIST_HEADING = /^References:?$/u;
/**
 * Lynx prints an address holding line breaks (a share link's `mailto:?body=…` or `whatsapp://send?text=…` with
 * its message, an image map's `[USEMAP]`) over several lines: a few lines of the list are no entry of their own.
 */
const MIN_LINK_LIST_SHARE = 0.9;

/**
 * The text without the renderer's closing link list: its addresses run past any wrap width (a link
 * list line is no paragraph) and are no part of the page. The list opens with an entry (or lynx's
 * `Visible links:`) right under its heading, and nearly all its lines are entries.
 */
function dropLinkList(text: string): string {
  const lines = text.split(LINE_BREAK);
  const at = lines.findLastIndex((l) => LINK_LIST_HEADING.test(l.trim()));
  if (at < 0) return text;
  const listed = lines.slice(at + 1).filter((l) => l.trim());
  const entries = listed.filter((l) => LINK_LIST_LINE.test(l)).length;
  if (listed.length === 0 || !LINK_LIST_LINE.test(listed[0]!) || entries < MIN_LINK_LIST_SHARE * listed.length) return text;
  return lines.slice(0, at).join("\n");
}

/**
 * What a renderer prints for the parts of a page that hold no text: an inline frame's or a refresh's
 * address (lynx: `IFRAME: https://…`, `REFRESH(900 sec): …`), the head's links (links2: `Link:
 * canonical`, `Link: alternate ar`) and empty form fields (`____________`, `[            ]`, `[ ]`,
 * `[ Submit ]`, `(BUTTON)`).
 */
const RENDERER_CHROME = /^(?:IFRAME:|REFRESH\(\d+ sec\):|Link: [A-Za-z][\w -]*$|(?:\[\s*\]|_{3,}(?!_)|\[\s*Submit\s*\]|\(BUTTON\)|\s)+$)/u;

/**
 * Lynx marks the buttons it prints at a line's start (`(BUTTON) Switch skin`, `(BUTTON) What It’s
 * Like to Give Birth in Gaza` for a headline that opens a panel): the mark is the renderer's, the
 * label the page's.
 */
const LEADING_BUTTON_MARK = /^(\s*)(?:\(BUTTON\)\s*)+(?=\S)/u;

/**
 * Lynx prints an inline frame's address too long for the line under a bare `IFRAME:` label, wrapped
 * over the lines that follow (`IFRAME:` / `https://platform.twitter.com/widgets/tweet_button.h` /
 * `tml?count=vertical&lang=ar&url=…`): the address's first line and its pieces under it (no space, an
 * address's characters) up to a blank line; when the dump's wrapped lines were joined, one line.
 */
const BARE_IFRAME_LABEL = /^IFRAME:$/u;
const FRAME_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:)?\/\/\S/iu;
const ADDRESS_PIECE = /^[\x21-\x7e]*[%&=?/.][\x21-\x7e]*$/u;

/** Step 1's lines of the page, before glued cues are split off. */
function pageLines(text: string): string[] {
  const lines: string[] = [];
  let frame: "label" | "address" | null = null;
  for (const raw of text.split(LINE_BREAK)) {
    const line = raw.replace(EDGE_CONTROLS, "").replace(LEADING_LINK_NUMBER, "$1").replace(LINK_NUMBER, "").replace(LEADING_BUTTON_MARK, "$1");
    frame = frameState(frame, line);
    if (line && frame !== "address" && !RENDERER_CHROME.test(line) && !LYNX_REFERENCE.test(line) && !isRenderedImage(line)) lines.push(line);
  }
  return lines;
}

/** Where a line stands to a bare `IFRAME:` label: the label, its address (first line or piece), or neither. */
function frameState(before: "label" | "address" | null, line: string): "label" | "address" | null {
  if (BARE_IFRAME_LABEL.test(line)) return "label";
  if (before === "label" && FRAME_ADDRESS.test(line)) return "address";
  return before === "address" && ADDRESS_PIECE.test(line) ? "address" : null;
}

/** The items of the page's lines; a caption's text items are marked (findCaptionLines). */
function readItems(lines: readonly string[], isPageName: (name: string) => boolean): Item[] {
  const captions = findCaptionLines(lines);
  const read = (splitsStamps: boolean): Item[] => {
    const items: Item[] = [];
    lines.forEach((line, k) => {
      const from = items.length;
      for (const part of splitGlued(line)) classify(part, items, isPageName, splitsStamps);
      if (captions[k]) for (const item of items.slice(from)) if (item.kind === "text") item.isCaption = true;
    });
    return items;
  };
  const items = read(true);
  const stamped = items.filter((i) => i.kind === "date" && i.fromStampedLine === true).length;
  return withLoneDateLabels(stamped > MAX_STAMPED_LINES ? read(false) : items);
}

/**
 * A date label printed on a line of its own labels the date line right under it, as renderers print
 * a meta block whose label and value are cells or blocks of their own (`آخر تحديث:` / `الأحد 12 مايو
 * 2024 - 10:30`, `LAST UPDATED:` / `SEPTEMBER 24, 2020, 9:27 PM IST`, `Date` / `2 mars 2020`): under
 * an update label the day is the update's, never the publication's; the label line is chrome either
 * way (no title, no body). A label line with no date line under it is left as it is.
 */
function withLoneDateLabels(items: Item[]): Item[] {
  const out: Item[] = [];
  items.forEach((item, k) => {
    const next = items[k + 1];
    const label = item.kind === "text" && next?.kind === "date" ? loneDateLabel(item.text) : null;
    if (label === null) out.push(item);
    else if (label === "updated" && next?.kind === "date" && next.date.publishedAt !== null && next.date.updatedAt === null) {
      items[k + 1] = { ...next, date: { ...next.date, publishedAt: null, updatedAt: next.date.publishedAt } };
    }
  });
  return out;
}

function loneDateLabel(line: string): "published" | "updated" | null {
  if (vocabulary.UPDATED_LABELS.whole(line)) return "updated";
  return vocabulary.PUBLISHED_LABELS.whole(line) ? "published" : null;
}

/** A date stamp with text on its line is the article's meta line once on a page; more are a list's items (splitOpeningDate). */
const MAX_STAMPED_LINES = 1;

interface Regions {
  main: Item[];
  related: Item[][];
  tagLines: string[];
}

/** Step 3: main region, related blocks, tag lines. */
function splitRegions(items: Item[]): Regions {
  const regions: Regions = { main: [], related: [], tagLines: [] };
  let current = regions.main;
  let headlinesOnly = false;
  let minListHeadlines = MIN_LIST_HEADLINES;
  let mayResume = true;
  for (const item of items) {
    if (item.kind === "tags") regions.tagLines.push(item.rest);
    else if (item.kind === "read-also" && item.headline === "") {
      current = [];
      regions.related.push(current);
      headlinesOnly = true;
      minListHeadlines = item.place === "inside-body" ? 1 : MIN_LIST_HEADLINES;
      mayResume = item.place !== "after-body";
    } else if (item.kind === "read-also") regions.related.push([{ kind: "text", text: item.headline }]);
    else if (headlinesOnly && isHeadline(item)) current.push(item);
    else {
      if (headlinesOnly && mayResume && resumesArticle(current, item, minListHeadlines)) current = regions.main;
      headlinesOnly = false;
      current.push(item);
    }
  }
  return regions;
}

const isHeadline = (item: Item): boolean => item.kind === "text" && wordCount(item.text) <= MAX_HEADLINE_WORDS && !STATEMENT_END.test(item.text);

/**
 * A read-also list inside an article (`اقرأ أيضاً:` then two or more headlines, then the article
 * goes on): a sentence after the list is the article's own, not a related article's body. One
 * headline followed by prose is a related article with its text (the page's end, as dumps have it),
 * unless the page's shape puts the label before the body's last paragraph (`minHeadlines` 1).
 */
function resumesArticle(block: Item[], next: Item, minHeadlines: number): boolean {
  return block.length >= minHeadlines && next.kind === "text" && wordCount(next.text) >= MIN_SENTENCE_WORDS;
}

/** Step 4: the articles of one related block. */
function splitRelatedBlock(block: Item[]): Item[][] {
  const texts = block.filter((i) => i.kind === "text");
  const hasDates = block.some((i) => i.kind === "date");
  if (!hasDates && texts.length >= 2 && texts.length === block.length && texts.every((t) => wordCount(t.text) <= MAX_HEADLINE_WORDS && !STATEMENT_END.test(t.text))) {
    return texts.map((t) => [t]);
  }
  const articles: Item[][] = [];
  let current: Item[] = [];
  block.forEach((item, i) => {
    const next = block[i + 1];
    const startsArticle = item.kind === "text" && next?.kind === "date" && current.some((c) => c.kind === "text");
    if (startsArticle) {
      articles.push(current);
      current = [];
    }
    current.push(item);
  });
  if (current.length > 0) articles.push(current);
  return articles.filter((a) => a.some((i) => i.kind === "text"));
}

function embedLanguage(text: string): string | null {
  const lang = detectLanguage(text.replace(/\S*(?:https?:\/\/|pic\.twitter\.com|t\.me\/)\S*/g, " "));
  return lang === "und" ? null : lang;
}

/**
 * Renderers print a list item's bullet before its text (lynx and links2 `* `, w3m `• `, innerText of
 * styled lists `· `), and an ordered list's number (w3m and lynx ` 4. `, as breadcrumbs are often
 * marked up): a headline printed inside a list (a breadcrumb's last item, a list of the section's
 * stories) is taken without it.
 */
const LIST_BULLET = /^(?:[*•·+]|\d{1,2}\.)\s+(?=\S)/u;

/** Step 5: one article from its items. */
function buildArticle(items: Item[], role: Article["role"], url: string | null, isPageName: (name: string) => boolean = () => false): Article {
  const article = newArticle({ role, url });
  const titleIndex = items.findIndex((i) => i.kind === "text");
  if (titleIndex >= 0) article.title = (items[titleIndex] as { text: string }).text.replace(LIST_BULLET, "");
  const consumed = new Set<number>([titleIndex]);
  const textOf = (k: number) => (items[k]?.kind === "text" ? (items[k] as { text: string }).text : null);
  const pageLanguage = detectLanguage(items.flatMap((i, k) => (i.kind === "text" && k !== titleIndex ? [i.text] : [])).join("\n") || article.title);

  items.forEach((item, k) => {
    if (item.kind !== "attribution") return;
    const a = item.attribution;
    const post: string[] = [];
    let handleOfPost: string | null = null;
    let firstPostLine = k;
    for (let j = k - 1; j >= 0 && post.length < MAX_EMBED_LINES && !consumed.has(j); j--) {
      const text = textOf(j);
      if (text === null) break;
      if (POST_COUNTER.test(text)) {
        consumed.add(j);
        continue;
      }
      const handle = a.platform === "tiktok" ? HANDLE_LINE.exec(text)?.[1] : undefined;
      if (handle !== undefined) {
        consumed.add(j);
        handleOfPost = handle;
        break;
      }
      const isForeign = findLinks(text).length > 0 || detectLanguage(text) !== pageLanguage;
      if (post.length > 0 && !isForeign) break;
      if (post.length === 0 && a.author === null && a.handle === null && !isForeign && wordCount(text) > MAX_HEADLINE_WORDS) break;
      post.unshift(text);
      consumed.add(j);
      firstPostLine = j;
    }
    const channel = a.author === null && post.length > 0 && !consumed.has(firstPostLine - 1) ? readChannelName(textOf(firstPostLine - 1)) : null;
    if (channel !== null) consumed.add(firstPostLine - 1);
    const text = post.join("\n");
    const links = [...new Set([...findLinks(text), ...a.links])];
    const embed: Embed = {
      platform: platformOfLinks(findLinks(text).filter((l) => !/t\.co\/|pic\.twitter/.test(l))) ?? a.platform,
      author: a.author ?? channel,
      handle: a.handle ?? handleOfPost,
      postedAt: a.postedAt,
      language: text ? embedLanguage(text) : null,
      text,
      links,
    };
    if (a.platform !== "x" && a.platform !== "other") embed.platform = a.platform;
    article.embeds.push(embed);
  });

  const paragraphs: string[] = [];
  items.forEach((item, k) => {
    if (consumed.has(k)) return;
    if (item.kind === "text") paragraphs.push(item.text);
    else if (item.kind === "date" && !item.isHijriOnly) applyDate(article, item.date);
    else if (item.kind === "credit") for (const c of item.credits) applyCreditOrDate(article, c);
  });
  // A Hijri date line printed over the Gregorian one (`السبت 4 ذو القعدة 1445هـ` / `11 مايو 2024م`): the Gregorian wins.
  for (const item of items) if (item.kind === "date" && item.isHijriOnly) applyDate(article, item.date);
  const last = paragraphs.at(-1);
  const stripped = last === undefined ? null : stripAgenciesCredit(last);
  if (stripped !== null) {
    paragraphs[paragraphs.length - 1] = stripped;
    article.source.name ??= "وكالات";
  }
  const agency = last === undefined || stripped !== null ? null : CLOSING_AGENCY.exec(last);
  if (agency && vocabulary.AGENCY_CREDITS.whole(agency[1]!)) {
    paragraphs[paragraphs.length - 1] = last!.slice(0, agency.index).trimEnd();
    article.source.name ??= agency[1]!.trim();
  }
  const wire = paragraphs[0] === undefined ? null : (readWireDateline(paragraphs[0]) ?? readLeadCredit(paragraphs[0], isPageName));
  if (wire !== null) article.source.name ??= wire;
  if (paragraphs[0] !== undefined) article.publishedAt ??= readLeadDate(paragraphs[0]);
  article.body = paragraphs.join("\n\n");
  article.language = consumed.size > 1 || !article.body ? detectLanguage(article.body || article.title) : pageLanguage;
  return article;
}

/**
 * A post known by its address alone (`t.me/channel/812`) prints its channel's name over its text,
 * as Telegram's and Facebook's embeds do: a line of at most MAX_CHANNEL_WORDS words, with no digit
 * and no sentence or label mark. A paragraph over the post is longer.
 */
const MAX_CHANNEL_WORDS = 4;
const NOT_A_NAME = /[\d٠-٩.،,:：؟?!»”"]/u;

function readChannelName(line: string | null): string | null {
  return line !== null && wordCount(line) <= MAX_CHANNEL_WORDS && !NOT_A_NAME.test(line) ? line : null;
}

/**
 * An agency's lead signed with the place and the full day before the agency in brackets
 * (`بكين 11 مايو 2024 (شينخوا)`, `الكويت - 11 - 5 - 2024 (كونا) --`, `عجلون 11 أيار 2024 (بترا) -`):
 * the article's date when the page printed no date line. A day without its year is not read.
 */
const LEAD_DATELINE = /^([^()\n]{1,40}?)\s*\(([^()\n]{1,20})\)/u;
const FULL_YEAR = /[\d٠-٩]{4}/u;

function readLeadDate(paragraph: string): string | null {
  const m = LEAD_DATELINE.exec(paragraph);
  if (!m || !vocabulary.AGENCY_CREDITS.whole(m[2]!.trim())) return null;
  const opening = m[1]!;
  const dates = findAbsoluteDates(opening).filter((d) => d.precision === "day" && FULL_YEAR.test(opening.slice(d.start, d.end)));
  return dates.length === 1 ? dates[0]!.value : null;
}

/** An agency's name in brackets closing the body (`… خلال الشهرين المقبلين. (بنا)`): its credit. */
const CLOSING_AGENCY = /\s*\(([^()\n]{1,20})\)\s*\.?\s*$/u;

/** A lead signed by an agency after its place and day: at most this many words and numbers before the agency. */
const MAX_SIGNATURE_PREFIX_TOKENS = 4;
const SIGNATURE_PREFIX = /^[\p{L}\p{M}\d٠-٩\s\-–—/،,]*$/u;
const AFTER_SIGNATURE = /^\s*[-–—/:：]/u;
const OUTLET_SLASH = /^\s*([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*\/\s*\S/u;
const PLACE_OUTLET_DASH = /^\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*[-–—]\s*([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)\s*[-–—]\s*\S/u;
/** Signatures stand in a lead's first words. */
const SIGNATURE_SPAN = 60;

/**
 * Lead openings that credit the wire or the outlet (the lead keeps them):
 * - an agency of the list after the place and the day, then a dash, a slash or a colon
 *   (`نابلس 12-5-2024 وفا- …`, `عدن - سبأ - …`, `الجزائر - وأج - …`);
 * - the outlet's own name then a slash, as Iraqi sites sign their leads (`شفق نيوز/ …`, `السومرية
 *   نيوز/ …`, `المربد/ …`), or between the place and the lead in dashes (`بيت لحم- معا- …`), when
 *   the page prints that name as its own (isPageName): a city before a slash (`بغداد/ …`) or between
 *   dashes (`وطنية - عكار - …`) is a place, not a credit.
 */
function readLeadCredit(paragraph: string, isPageName: (name: string) => boolean): string | null {
  const opening = paragraph.slice(0, SIGNATURE_SPAN);
  for (const m of vocabulary.AGENCY_CREDITS.findAll(opening)) {
    const prefix = opening.slice(0, m.start);
    if (!SIGNATURE_PREFIX.test(prefix) || wordCount(prefix.replace(/[-–—/،,]/gu, " ")) > MAX_SIGNATURE_PREFIX_TOKENS) break;
    if (AFTER_SIGNATURE.test(opening.slice(m.end))) return opening.slice(m.start, m.end);
  }
  const outlet = OUTLET_SLASH.exec(opening)?.[1] ?? PLACE_OUTLET_DASH.exec(opening)?.[1];
  return outlet !== undefined && isPageName(outlet) ? outlet : null;
}

/** A page's own name: a line of two words or more among its first MAX_MASTHEAD_LINES, or named in its copyright line. */
const MAX_MASTHEAD_LINES = 3;
const MIN_MASTHEAD_WORDS = 2;
const COPYRIGHT_LINE = /©|حقوق|copyright/iu;

function pageNameTest(text: string): (name: string) => boolean {
  const lines = text.split(LINE_BREAK).map((l) => l.replace(EDGE_CONTROLS, "")).filter(Boolean);
  // A one-word line up there is as often the menu's first item (`الإمارات`, `محليات`) as the site's name.
  const masthead = new Set(lines.slice(0, MAX_MASTHEAD_LINES).filter((l) => wordCount(l) >= MIN_MASTHEAD_WORDS).map((l) => normalizeArabic(l)));
  const copyright = lines.filter((l) => COPYRIGHT_LINE.test(l)).map((l) => normalizeArabic(l));
  return (name) => {
    const n = normalizeArabic(name);
    return masthead.has(n) || copyright.some((l) => ` ${l} `.includes(` ${n} `) || l.includes(`ل${n}`));
  };
}

function applyDate(article: Article, date: DateLine): void {
  article.publishedAt ??= date.publishedAt;
  article.updatedAt ??= date.updatedAt;
  if (date.source !== null) article.source.name ??= creditName(date.source);
}

/** Brackets, quotes, slashes, dashes and a colon set a credit off (`الدوحة - قنا:`, `القاهرة - (أ ش أ):`, `المصدر: "النهار"`); the name is without them. */
const CREDIT_NAME_EDGES = /^[\s([/\-–—:："“«]+|[\s)\]/\-–—:：.،,"”»]+$/gu;
const creditName = (name: string): string => name.replace(CREDIT_NAME_EDGES, "").trim() || name;

function applyCreditOrDate(article: Article, c: CreditLine | DateLine): void {
  if ("kind" in c) applyCredit(article, c);
  else applyDate(article, c);
}

function applyCredit(article: Article, credit: CreditLine): void {
  if (credit.kind === "source") article.source.name ??= creditName(credit.name);
  else {
    article.author ??= credit.name;
    article.publishedAt ??= credit.date;
  }
}

function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

const textOfItem = (item: Item): string | null => (item.kind === "text" ? item.text : null);
const itemHasDate = (item: Item): boolean =>
  item.kind === "date" || (item.kind === "credit" && item.credits.some((c) => ("kind" in c ? c.kind !== "source" && c.date !== null : true)));

/** A clock time printed on a date line (`2:20pm`, `17:11`, `22:30,`, `١٠:١٥`), read or not by the date reader. */
const CLOCK_TIME = /(?<![\d٠-٩])[\d٠-٩]{1,2}[:：][\d٠-٩]{2}(?![\d٠-٩])/u;
/** A date line that prints the time of day beside the day. */
const itemHasTimedDate = (item: Item): boolean => item.kind === "date" && item.hasClock === true;

/** A whole page's dump: the article's items only (page-shape.ts), else every item. */
function articleItems(items: Item[]): Item[] {
  const shape = findPageShape(items, textOfItem, (i) => i.kind === "read-also", (i) => i.kind === "credit", itemHasDate, (i) => i.kind === "attribution", (i) => i.kind === "text" && i.isCaption === true, itemHasTimedDate);
  if (!shape) return items;
  return shape.keep.map((k) => {
    const item = items[k]!;
    return item.kind === "read-also" ? { ...item, place: k < shape.bodyEnd ? "inside-body" : "after-body" } : item;
  });
}

/** The page's text as a renderer prints it: a Markdown dump's syntax out, a renderer's wrapped lines joined and its link list dropped. */
const renderedText = (text: string): string => (isMarkdownDump(text) ? plainFromMarkdown(text) : unwrapRenderedLines(dropLinkList(text)));

export function extractTextPage(page: Page): Result<Article[]> {
  const isPageName = pageNameTest(page.text);
  const lines = pageLines(renderedText(page.text));
  const items = articleItems(readItems(lines, isPageName));
  const regions = splitRegions(items);
  const main = buildArticle(regions.main, "main", page.url, isPageName);
  // A page that prints only when its article was last updated (`Last Updated: …`, `آخر تحديث: …`): no earlier day is known.
  main.publishedAt ??= main.updatedAt;
  const related = regions.related.flatMap(splitRelatedBlock).map((block) => buildArticle(block, "related", null));
  if (!main.title && !main.body && related.length === 0 && regions.tagLines.length === 0) {
    return { value: null, issues: [issue("extract-no-text", page.input)] };
  }
  if (regions.tagLines.length > 0) {
    const context = tagContextFor(regions.tagLines, `${main.title}\n${main.body}`);
    main.tags = scorePageTags(regions.tagLines.flatMap((rest) => splitTagPhrases(rest, context)), context);
  }
  main.source.domain = domainOf(page.url);
  return { value: [main, ...related], issues: [] };
}
