/**
 * Newspapers and channels whose names are common words or places (العربية, الشرق الأوسط, الحياة, النهار, الوطن,
 * الجزيرة, الأناضول, عكاظ, الرياض): the tagger reads them as the language, the region, life, the homeland, the island
 * or the city, or not at all, so known-brands.ts leaves them out. Where the text names the medium they are the outlet,
 * an organization spanning the name alone (the entity gold's convention: بحسب صحيفة الشرق الأوسط → الشرق الأوسط, أفاد
 * مراسل "العربية" → العربية):
 * - right after a medium's head (صحيفة, جريدة, قناة, شبكة, مجلة, تلفزيون, مراسل; a website's «موقع» only with the name in
 *   quotes, «موقع المدينة» being as often the city's site): صحيفة الوطن (SkyNews, France24, SaudiNewsNet), قناة الجزيرة
 *   (Al Arabia, SkyNews), جريدة "الرياض" (SaudiNewsNet ×3), مراسل العربية (Al Arabia ×2), شبكة الجزيرة (SkyNews, CNN);
 * - right after a citing word (ذكرت, قالت, نقلت, أفادت, أوردت, كشفت, نشرت, بحسب, حسب, وفقا لـ, نقلا عن), for the names
 *   that are no common object of those verbs (not اليوم, البيان, الاتحاد, الدستور: نشرت اليوم, بحسب البيان): نشرت الشرق
 *   الأوسط (France24), بحسب الأناضول, أوردت الأناضول (SkyNews), بحسب الحياة (France24).
 * A mention the tagger already made an organization (الحياة اللندنية, الاتحاد الفرنسي, اليوم السابع) is left as is;
 * a place or person over the name, or running past it (جريدة الرياض السعودية: a place), gives way. As retypePressCitations,
 * only when the article's other mentions of that name are all such citations: the merge joins mentions by name whatever
 * their type (merge.ts, rule 2), so an article that also names the region (منطقة الشرق الأوسط) keeps one settled type.
 */
import { ascendingOnce, type LiteralGroup, LiteralStarts, matchesAtStarts } from "../../arabic/literal-starts.js";
import { matchKey } from "./merge.js";
import type { Candidate } from "./recognize/candidate.js";
import { entitySpan } from "./span.js";

/** Folded-letter classes: a name in the tables is written with bare alef and ة, as the press varies them. */
function lettersPattern(name: string): string {
  return [...name].map((c) => (c === "ا" ? "[اأإآ]" : c === "ة" ? "[ةه]" : c === "ي" ? "[يى]" : c === " " ? "[ \\u00A0]+" : c)).join("");
}

/** Outlets named after a citing word: no common object of a reporting verb. Longer names first (alternation order). */
const CITED_OUTLETS = ["الشرق الاوسط", "القدس العربي", "العربي الجديد", "المصري اليوم", "اليوم السابع", "العربية", "الحياة", "النهار", "الوطن", "الجزيرة", "الاناضول", "عكاظ", "الاهرام", "الشروق", "القبس", "السفير", "الميادين", "المنار", "الاخبارية"];
/** Outlets named after a medium's head: the cited ones and names that are too common alone. */
const HEADED_OUTLETS = [...CITED_OUTLETS, "الرياض", "المدينة", "اليوم", "الخليج", "البيان", "الغد", "الراي", "الرأي", "الصباح", "الوئام", "الثورة", "المساء", "الدستور", "سبق"];

const NAME_END = "(?![\\u0621-\\u064A\\u0660-\\u0669\\d])";
const NOT_AFTER_LETTER = "(?<![\\u0621-\\u064A])";
const QUOTE = "[ \\u00A0]*[\"«“]?[ \\u00A0]*";
/** A medium's head, a conjunction or preposition fused before it; the name right after (group 1). */
const HEAD = "[وفبل]{0,2}(?:صحيف[ةه]|جريد[ةه]|قنا[ةه]|شبك[ةه]|مجل[ةه]|تلفزيون|تليفزيون|مراسل|مراسل[ةه]|مراسلو)";
const AFTER_HEAD = new RegExp(`${NOT_AFTER_LETTER}${HEAD}[ \\u00A0]+["«“]?[ \\u00A0]*(${HEADED_OUTLETS.map(lettersPattern).join("|")})${NAME_END}`, "dgu");
/** A website's head: only a quoted name. */
const AFTER_SITE_HEAD = new RegExp(`${NOT_AFTER_LETTER}[وفبل]{0,2}موقع[ \\u00A0]*["«“][ \\u00A0]*(${HEADED_OUTLETS.map(lettersPattern).join("|")})${NAME_END}`, "dgu");
const CITING_WORD = "(?:[وف]?(?:ذكرت|قالت|نقلت|[أا]فادت|[أا]وردت|كشفت|نشرت)|[وف]?بحسب|حسب|حسبما|[وف]?وفق[اً]*[ \\u00A0]+لـ?|نقل[اً]*[ \\u00A0]+عن)";
const AFTER_CITING = new RegExp(`${NOT_AFTER_LETTER}${CITING_WORD}[ \\u00A0]+${QUOTE}(${CITED_OUTLETS.map(lettersPattern).join("|")})${NAME_END}`, "dgu");

/**
 * A quoted name the text tells or hears something from (a detached or fused لـ after a comma too: قال مسؤول ليبي،
 * لـ«الشرق الأوسط»; أبلغ «الشرق الأوسط», وأبلغ ناشطون «الشرق الأوسط»; حديث إلى «الشرق الأوسط»; مع «الشرق الأوسط»: aawsat in SaudiNewsNet), which
 * retypePressCitations (one word then a detached لـ) does not read. Not an aawsat dateline's «لندن: «الشرق الأوسط»:»:
 * read as the outlet there, the colon after it made it the speaker of the paragraph's next quote (quotes DEV, ent117).
 */
const QUOTED_AFTER_CITING = new RegExp(`${NOT_AFTER_LETTER}(?:[وف]?[بل]ـ?|[وف]?[أا]بلغ[\\u0621-\\u064A]*(?:[ \\u00A0]+[\\u0621-\\u064A]+){0,2}|مع|[إا]لى|[وف]?علمت)[ \\u00A0]*["«“][ \\u00A0]*(${HEADED_OUTLETS.map(lettersPattern).join("|")})[ \\u00A0]*["»”]`, "dgu");

/**
 * The scans of outletNamesCited, each tried only where its matches may start (literal-starts.ts): the pattern with
 * flag y, and the words one of which every match holds, with how far after the match's start they may stand.
 */
const SCANS: readonly { sticky: RegExp; groups: readonly LiteralGroup[] }[] = [
  // a medium's head after a fused و, ف, ب or ل (two at most)
  { sticky: sticky(AFTER_HEAD), groups: [{ literals: ["صحيف", "جريد", "قنا", "شبك", "مجل", "تلفزيون", "تليفزيون", "مراسل"], before: 2 }] },
  { sticky: sticky(AFTER_SITE_HEAD), groups: [{ literals: ["موقع"], before: 2 }] },
  {
    sticky: sticky(AFTER_CITING),
    groups: [
      // [وف]? before ذكرت…نشرت, نقل (نقلت, نقلا عن) and وفق
      { literals: ["ذكرت", "قالت", "نقل", "كشفت", "نشرت", "وفق"], before: 1 },
      // [وف]?[أا] before فادت and وردت, [وف]?ب before حسب (حسب, حسبما)
      { literals: ["فادت", "وردت", "حسب"], before: 2 },
    ],
  },
  {
    sticky: sticky(QUOTED_AFTER_CITING),
    groups: [
      // its openers that are words: مع, [إا]لى, [وف]? before علمت, [وف]?[أا] before بلغ
      { literals: ["مع", "إلى", "الى"], before: 0 },
      { literals: ["علمت"], before: 1 },
      { literals: ["بلغ"], before: 2 },
      // its one-letter openers ([وف]?[بل]ـ?, then spaces or none, then a quotation mark): quotedAfterCitingStarts
    ],
  },
];
const STARTS = new LiteralStarts(SCANS.map((s) => s.groups));
const QUOTED = SCANS.length - 1;
/** Quotation marks QUOTED_AFTER_CITING's name opens with. */
const QUOTATION_MARK = 0x22;
const LEFT_GUILLEMET = 0xab;
const LEFT_DOUBLE_QUOTATION_MARK = 0x201c;
/** [وف]?[بل]ـ?: the one-letter openers' most code units. */
const ONE_LETTER_OPENER_MAX = 3;

function sticky(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace("g", "y"));
}

/** Adds to `starts` where a match of QUOTED_AFTER_CITING with a one-letter opener may start: up to three code units before the spaces before a quotation mark. */
function pushOneLetterOpenerStarts(text: string, starts: number[]): void {
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c !== QUOTATION_MARK && c !== LEFT_GUILLEMET && c !== LEFT_DOUBLE_QUOTATION_MARK) continue;
    let spaces = at;
    while (spaces > 0 && (text.charCodeAt(spaces - 1) === 0x20 || text.charCodeAt(spaces - 1) === 0xa0)) spaces--;
    for (let k = Math.max(0, spaces - ONE_LETTER_OPENER_MAX); k < spaces; k++) starts.push(k);
  }
}

/** Offsets of every outlet name the text names as a medium (after a head or a citing word), by start. */
export function outletNamesCited(text: string): { start: number; end: number }[] {
  const found = new Map<number, number>();
  const starts = STARTS.startsOf(text);
  pushOneLetterOpenerStarts(text, starts[QUOTED]!);
  ascendingOnce(starts[QUOTED]!);
  SCANS.forEach(({ sticky }, k) => {
    for (const m of matchesAtStarts(text, sticky, starts[k]!)) {
      const [start, end] = m.indices![1]!;
      found.set(start, end);
    }
  });
  return [...found].map(([start, end]) => ({ start, end })).sort((a, b) => a.start - b.start);
}

/** For tests: outletNamesCited as each pattern's scan from every offset of the text finds the names (the reference). */
export function outletNamesCitedByFullScans(text: string): { start: number; end: number }[] {
  const found = new Map<number, number>();
  for (const re of [AFTER_HEAD, AFTER_SITE_HEAD, AFTER_CITING, QUOTED_AFTER_CITING]) {
    for (const m of text.matchAll(re)) {
      const [start, end] = m.indices![1]!;
      found.set(start, end);
    }
  }
  return [...found].map(([start, end]) => ({ start, end })).sort((a, b) => a.start - b.start);
}

const OUTLET_VOTES = 2;

/** Spans overlapping [start, end). */
function overlapping(spans: readonly Candidate[], start: number, end: number): Candidate[] {
  return spans.filter((s) => s.start < end && start < s.end);
}

/**
 * Each outlet name cited as a medium becomes an organization over the name, unless an organization already covers it
 * or another mention of the same name in the article is not such a citation (then the settled types stand).
 */
export function addCitedCommonWordOutlets(text: string, spans: Candidate[]): void {
  const cited = outletNamesCited(text);
  if (cited.length === 0) return;
  const citedKeys = new Set(cited.map((c) => matchKey(text.slice(c.start, c.end))));
  const citedAt = new Set(cited.map((c) => c.start));
  // A mention of a cited name that is no citation itself (منطقة الشرق الأوسط): that name is left as settled.
  const keptKeys = new Set(spans.filter((s) => !citedAt.has(s.start) && citedKeys.has(matchKey(s.text))).map((s) => matchKey(s.text)));
  let added = false;
  for (const { start, end } of cited) {
    const name = text.slice(start, end);
    if (keptKeys.has(matchKey(name))) continue;
    const over = overlapping(spans, start, end);
    if (over.some((s) => s.type === "organization")) continue;
    for (const s of over) spans.splice(spans.indexOf(s), 1);
    spans.push({ ...entitySpan("organization", name, start, end), evidence: { organization: OUTLET_VOTES } });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}
