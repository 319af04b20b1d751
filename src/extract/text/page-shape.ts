/**
 * The shape of a whole page rendered to text (a browser's innerText, `lynx -dump`, `w3m -dump`):
 * a header of menus, tickers and breadcrumbs, then the headline, its date and byline lines, the
 * body, then rails of other headlines and the footer. A crawler's dump of the article alone opens
 * with its headline and needs none of this.
 *
 * Rules, in order:
 * 1. The body starts at the first prose line (isProseLine) that is no headline printed twice
 *    (isPrintedHeadline), no heading-like line with a date line under it before the next prose line
 *    (isDatedHeadline) and does not stand apart (a caption, a notice
 *    or a copyright line with the headline under it and none over it, or only lines that name neither it nor
 *    the lead under the headline: standsApart), past a list of teasers over the article
 *    (skipTeaserList: MIN_TEASERS or more items of a headline, one summary sentence and a stamp: a date
 *    line, a credit, a short line). When at most MAX_LEAD_LINES text lines stand before it and the
 *    first of them is heading-like, the dump holds the article alone: nothing is cut. A page whose
 *    header is short opens with a section name, a site's name or a form (`Panorama`, `Menü`, `Blog`):
 *    it is a whole page. A relative stamp (`منذ ساعتين`) is dropped as boilerplate
 *    before the shape is read, so a list stamped only that way is not seen.
 * 2. The headline is the heading-like line nearest above the body, within MAX_TITLE_DISTANCE text
 *    lines: MIN_TITLE_WORDS to MAX_TITLE_WORDS words, not ending in a colon, no photo credit
 *    (`© REUTERS`, `… (رويترز)` closing a caption, `مصدر الصورة: …`, `صورة أرشيفية`). A line the page repeats (the headline printed
 *    twice, or inside a rail: `أخبار الفن: <headline>`; a short line only alone; a teaser's half
 *    a renderer wrapped is not printed twice inside the line it was wrapped from) wins over one it does not, unless it is short (a
 *    menu's section printed again over the article) and a solid line stands nearer the body; then the nearest.
 *    When no line within MAX_TITLE_DISTANCE is heading-like, the same within MAX_FAR_TITLE_DISTANCE.
 *    A desk or author line with its city (`دبي - العربية.نت`), a byline label with names (`By …`, `Von: …`) or a
 *    writer's name and role over the date line (isWriterLine) is taken only when nothing else is heading-like; a
 *    photo's caption (findCaptionLines) and a writer's line are passed over for the far window while another solid
 *    line can be had. A date stamp the date reader could not take whole is never heading-like.
 *    A headline names what its lead tells: when the line so chosen shares no content word with the
 *    body's first LEAD_PARAGRAPHS prose lines (a rail or widget item printed between the headline and
 *    the body: `الأكثر مشاهدة` over one headline), the solid heading-like line of the window that
 *    shares the most, at least MIN_LEAD_SHARE of its content words (a few), is the headline; when none
 *    there does (a share bar and a player's lines fill it), such a line within MAX_FAR_TITLE_DISTANCE
 *    that shares MIN_FAR_LEAD_WORDS words or more.
 *    The article's date line stands between its headline and its body: when the line so chosen stands within
 *    MAX_HEAD_OVER_DATE text lines under a date line (a caption, `Reading Time: 3 mins read`, a first subheading,
 *    a translator's credit) and is solid, the heading-like line within MAX_HEAD_OVER_DATE text lines over that
 *    date line that names the lead (MIN_LEAD_SHARE), solid ones first, then the headline over its deck, is the
 *    headline (preferOverDate).
 *    Chinese and Japanese lines are measured in words of CJK_WORD_CHARACTERS characters, end sentences
 *    with `。！？` and share words as pairs of characters.
 * 3. The article's head runs from the headline's first printing in the window to the body: its
 *    date, credit and byline lines are kept; its other text lines (captions, section names, author
 *    names, deck lines) are dropped.
 * 0. Renderers wrap paragraphs at a width in columns (`lynx -dump` and `w3m -dump` at 80, or wider; a
 *    Chinese or Japanese character takes two, and their halves join without a space): when many
 *    lines end within WRAP_SLACK characters of the dump's longest line, each such paragraph line is
 *    joined to the next one (unwrapRenderedLines), so a paragraph is one line again: a paragraph
 *    line is not blank, opens no list item and is indented by at most 4 spaces (a centered line is not,
 *    but a centered short line closing a block is a headline's tail when the line over it reaches the width: links, lynx).
 *    Renderers break lines mid-sentence: when half the lines at the width end a sentence, they are
 *    whole paragraphs of about one length, not wrapped. A short article wraps into few lines: three
 *    blank-separated paragraphs of the wrapped shape (lines at the width, the last ending a sentence)
 *    show the width as well. A dump whose long lines do not cluster at one width is left as it is.
 * 4. The body ends after the last prose line before the first run of MAX_SHORT_RUN short text
 *    lines (rails, menus, footer): subheadings stand alone between paragraphs; an embedded post's
 *    lines, closed by its attribution, are no such run. After the body only
 *    credit lines before that run (`--(بترا)`), tag lines and what follows a read-also label are kept.
 * 5. A head without a date line takes the date printed just over the headline, else the one just
 *    under the body (findDateOutsideHead), else the first one after the headline before any read-also
 *    label (firstDateAfter), else a date line with its time of day within MAX_TIMED_DATE_ABOVE_TITLE text lines
 *    over the headline, with the date lines printed right over or under it (dateBlock).
 */

import { normalizeArabic } from "../../arabic/normalize.js";
import { stemArabic } from "../../arabic/stem.js";
import { isStopword } from "../../arabic/stopwords.js";
import { vocabulary } from "../../arabic/cues/index.js";
import { findAbsoluteDates } from "../../arabic/dates/absolute.js";
import { findDatesInText, withoutDates } from "../html/date-text.js";

/** What page-shape needs of a classified line: its kind, and its text when it is text. */
export interface ShapeItem {
  kind: string;
}

/** A line of this many words is prose; headlines, captions, menus and rails run shorter. */
const MIN_PROSE_WORDS = 12;
const MIN_WRAPPED_PROSE_WORDS = 18;
const PROSE_END = /[.!؟?…。！？]["»”)」』]?\s*$/u;
const CLAUSE_MARK = /[.،,؛;。，]/u;
/**
 * A dump of the article alone has its headline, a deck, a byline, a caption or a few short
 * paragraphs before its first long one; a whole page has its header's menus there (dozens of lines).
 */
const MAX_LEAD_LINES = 8;
/** The headline stands a few lines above the body (date, byline, caption, section between). */
const MAX_TITLE_DISTANCE = 12;
/** Share bars, counters and captions a renderer prints one word a line can push it further: looked for there when none is near. */
const MAX_FAR_TITLE_DISTANCE = 30;
const MIN_TITLE_WORDS = 3;
/**
 * Desk and author lines (`محرر الشؤون المحلية`, `نورهان نبيل`), captions' names and section names run
 * to four words; a headline of five or more over them wins over the nearer short line.
 */
const MIN_SOLID_TITLE_WORDS = 5;
const MAX_TITLE_WORDS = 30;
/** Rails and menus are runs of short lines; an article's subheadings stand alone. */
const MAX_SHORT_RUN = 4;
const ENDS_WITH_COLON = /[:：]\s*$/u;
const PHOTO_CREDIT = /©|\((?:رويترز|أ ف ب|ا ف ب|أ\.ف\.ب|getty|afp|reuters|ap|epa)[^)]*\)\s*$/iu;
/**
 * A caption's credit or archive label (`مصدر الصورة: رويترز`, `صورة أرشيفية`, `Getty Images`,
 * `Image Credits: Strava`, `Foto: Bild: SN/APA/…`), alone or closing the caption it credits
 * (`… räumte Versäumnisse ein Foto: …`, `… the day after the takeover Credit: HARARE HERALD`).
 */
const PHOTO_LABEL = /^(?:مصدر الصورة|الصورة|صورة|تصوير|photo|credit)\s*[:：]|getty images|أرشيف/iu;
const PHOTO_CREDIT_TAIL =
  /(?:^|\s)(?:(?:تصوير|مصدر الصورة|image credits?|photo credits?|photos?|fotos?|bild|credits?)\s*[:：]\s*(?:\S+\s*){1,8}|[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,3}\s*\/\s*(?:via\s+)?(?:reuters|afp|ap|epa|getty images|dpa|apa|رويترز)\s*)$/iu;
/**
 * Every credit tail holds a colon or a slash (characters without case), so a line with neither is
 * not looked at: the tail pattern is tried from every space of a line, and most lines are prose.
 */
const CREDIT_TAIL_MARK = /[:：/]/;
const photoCreditTail = (text: string): RegExpExecArray | null => (CREDIT_TAIL_MARK.test(text) ? PHOTO_CREDIT_TAIL.exec(text) : null);
/** Whether the text is a photo credit, its tail (photoCreditTail) given when already read. */
const isPhotoCredit = (text: string, tail = photoCreditTail(text)): boolean => PHOTO_LABEL.test(text) || tail !== null || /^\s*©/u.test(text);
const DECORATION = /^[\s*•·\-–—#>|]+|[\s|]+$/gu;

/**
 * Chinese and Japanese set no space between words: a run of their characters counts as one word for
 * every CJK_WORD_CHARACTERS of them (their words run to about two characters), so a headline, a menu
 * item and a paragraph weigh in words as they do in the languages that space them.
 */
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CJK_WORD_CHARACTERS = 2;

const tokenWords = (token: string): number => Math.max(1, Math.ceil((token.match(CJK_CHARACTER)?.length ?? 0) / CJK_WORD_CHARACTERS));
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).reduce((n, token) => n + tokenWords(token), 0);

/**
 * Prose: a line of MIN_PROSE_WORDS words that ends a sentence, or of MIN_WRAPPED_PROSE_WORDS
 * words with a comma or a full stop inside (a paragraph a renderer wrapped mid-sentence). Menus
 * flattened into one line have no punctuation; rail headlines (`أخبار مصر: شتاء كورونا الثاني
 * يهدد…`) end no sentence.
 */
const isProseLine = (s: string): boolean => {
  const n = wordCount(s);
  return n >= MIN_PROSE_WORDS && (PROSE_END.test(s) || (n >= MIN_WRAPPED_PROSE_WORDS && CLAUSE_MARK.test(s)));
};
const clean = (s: string): string => s.replace(DECORATION, "").replace(/\s+/g, " ");

export interface PageShape {
  /** Index of the headline item. */
  title: number;
  /** Items kept for the main article, in order (headline first). */
  keep: number[];
  /** Index after the body's last prose line: a read-also label before it was set inside the article. */
  bodyEnd: number;
}

/**
 * Finds the article inside a whole-page dump (see the module rules), or null when the dump opens
 * with its headline (a crawler's dump of the article alone).
 */
export function findPageShape<T extends ShapeItem>(
  items: readonly T[],
  textOf: (item: T) => string | null,
  opensRelated: (item: T) => boolean,
  isCredit: (item: T) => boolean,
  hasDate: (item: T) => boolean = () => false,
  closesPost: (item: T) => boolean = () => false,
  isCaption: (item: T) => boolean = () => false,
  hasTimedDate: (item: T) => boolean = () => false,
): PageShape | null {
  const texts = items.map((item) => textOf(item));
  const isProse = (k: number) => texts[k] !== null && isProseLine(texts[k]!);
  const marks: LineMarks = { captions: indicesWhere(items, isCaption), dated: indicesWhere(items, hasDate) };
  const firstProse = findFirstBodyProse(texts, items.findIndex((_, k) => isProse(k)), marks);
  if (firstProse < 0) return null;
  const bodyStart = skipTeaserList(texts, firstProse);
  const lead = texts.slice(0, bodyStart).filter((t): t is string => t !== null);
  if (lead.length <= MAX_LEAD_LINES && !opensWithMenu(lead) && opensWithHeadline(lead)) return null;
  const title = findHeadline(texts, bodyStart, marks);
  if (title === null) return null;
  const first = texts.findIndex((t, k) => k >= title.windowStart && t !== null && clean(t) === clean(texts[title.index]!));
  const keep: number[] = [first];
  const start = findShortLead(texts, first, bodyStart);
  for (let k = first + 1; k < start; k++) if (texts[k] === null) keep.push(k);
  const { end, chromeStart } = findBodyEnd(texts, bodyStart, (k) => closesPost(items[k]!));
  for (let k = start; k < end; k++) keep.push(k);
  let related = false;
  for (let k = end; k < items.length; k++) {
    related ||= opensRelated(items[k]!);
    const isCreditAfterBody = k < chromeStart && isCredit(items[k]!);
    if (related || isCreditAfterBody || items[k]!.kind === "tags") keep.push(k);
  }
  if (!keep.some((k) => hasDate(items[k]!))) {
    const date =
      findDateOutsideHead(items, texts, first, { end, chromeStart }, hasDate, opensRelated) ??
      firstDateAfter(items, first, hasDate, opensRelated) ??
      findAboveHeadline(items, texts, first, hasTimedDate, MAX_TIMED_DATE_ABOVE_TITLE);
    if (date !== null) keep.push(...dateBlock(items, date, hasDate));
  }
  if (!keep.some((k) => isCredit(items[k]!))) {
    const credit = findAboveHeadline(items, texts, first, isCredit);
    if (credit !== null) keep.push(credit);
  }
  return { title: first, keep: keep.sort((a, b) => a - b), bodyEnd: end };
}

/**
 * Rule 5's last resort: a page whose date stands neither in the head nor right over the headline or
 * under the body prints it further down the article's column (after a deck and a byline block, a
 * list of teasers the body was taken to start in, a share bar): the first date line after the
 * headline, never past a read-also label (that date is another article's). A date line over the
 * headline is not looked for so far: a header's date widget prints today's date.
 */
function firstDateAfter<T extends ShapeItem>(items: readonly T[], title: number, hasDate: (item: T) => boolean, opensRelated: (item: T) => boolean): number | null {
  for (let k = title + 1; k < items.length && !opensRelated(items[k]!); k++) if (hasDate(items[k]!)) return k;
  return null;
}

const nextProse = (texts: ReadonlyArray<string | null>, k: number): number => texts.findIndex((t, j) => j > k && t !== null && isProseLine(t));
const isSolidHeadline = (texts: ReadonlyArray<string | null>, k: number): boolean =>
  texts[k] !== null && isHeadlineLike(texts[k]!) && wordCount(clean(texts[k]!)) >= MIN_SOLID_TITLE_WORDS && !isFieldValue(texts, k);

/** How far over a lead its headline is looked for when deciding whether a prose line stands apart. */
const MAX_APART_LOOKBACK = 12;

/**
 * A prose line that stands apart from the article (a photo's caption or alt text over the headline, a
 * notice asking for JavaScript or cookies, a newsletter's pitch, a copyright line under a video) has
 * the headline under it and no headline over it: a solid heading-like line stands between it and the
 * next prose line, none within MAX_APART_LOOKBACK text lines over it. An article's lead has its
 * headline over it (a subheading under it is no sign); a paragraph's part that a hard line break set
 * apart is no headline (isBrokenParagraph). When the line between names the lead under it, a solid line
 * over the prose line that shares no word root with it nor with that lead is the header's (an account's
 * pitch, a rail's teaser, a shop's basket line), not its headline.
 */
function standsApart(texts: ReadonlyArray<string | null>, k: number, next: number): boolean {
  let between: number | null = null;
  for (let j = k + 1; j < next && between === null; j++) if (isSolidHeadline(texts, j) && !isBrokenParagraph(texts, j, next)) between = j;
  if (between === null) return false;
  const own = contentWords(clean(texts[k]!));
  const leadUnder = leadWordsFrom(texts, next);
  const namesLeadUnder = leadShare(texts[between]!, leadUnder) > 0;
  const namesEither = (j: number) => sharesWordRoot(texts[j]!, own) || sharesWordRoot(texts[j]!, leadUnder);
  let seen = 0;
  for (let j = k - 1; j >= 0 && seen < MAX_APART_LOOKBACK; j--) {
    if (texts[j] === null) continue;
    if (isSolidHeadline(texts, j) && (!namesLeadUnder || namesEither(j))) return false;
    seen++;
  }
  return true;
}

/** Words of this many letters or more that open one another are one word inflected (`terrarium`, `terrariums`). */
const MIN_ROOT_LETTERS = 5;

function sharesWordRoot(text: string, words: ReadonlySet<string>): boolean {
  for (const w of contentWords(clean(text))) {
    if (words.has(w)) return true;
    if (w.length < MIN_ROOT_LETTERS) continue;
    for (const other of words) if (other.length >= MIN_ROOT_LETTERS && (other.startsWith(w) || w.startsWith(other))) return true;
  }
  return false;
}

/** The content words of the lead starting at a prose line: its first LEAD_PARAGRAPHS prose lines. */
function leadWordsFrom(texts: ReadonlyArray<string | null>, start: number): Set<string> {
  const leadLines = texts.slice(start).filter((t): t is string => t !== null && isProseLine(t)).slice(0, LEAD_PARAGRAPHS);
  return contentWords(leadLines.join(" "));
}

/** A paragraph's first part that a hard line break set apart (a feed's body): as long as prose, run straight into the next prose line. */
const isBrokenParagraph = (texts: ReadonlyArray<string | null>, j: number, next: number): boolean => j + 1 === next && wordCount(texts[j]!) >= MIN_WRAPPED_PROSE_WORDS;

/**
 * Rule 1's first prose line of the body: past prose lines that stand apart (standsApart), photos' captions
 * as long as prose, and long headlines (isPrintedHeadline, isDatedHeadline).
 */
function findFirstBodyProse(texts: ReadonlyArray<string | null>, first: number, marks: LineMarks): number {
  let k = first;
  const isNoLead = (j: number, next: number) =>
    marks.captions.has(j) || isPrintedHeadline(texts, j) || isDatedHeadline(texts, j, next, marks.dated) || standsApart(texts, j, next);
  for (let next = k < 0 ? -1 : nextProse(texts, k); next >= 0 && isNoLead(k, next); next = nextProse(texts, k)) k = next;
  return k;
}

/**
 * A headline long enough to pass for a wrapped paragraph (`Newborns left in dustbins, buses, forests:
 * Madhya Pradesh tops India in …`): it ends no sentence and the page prints it again, alone or as a
 * list's item (a breadcrumb's last item, the headline over the article). A paragraph is printed once.
 */
function isPrintedHeadline(texts: ReadonlyArray<string | null>, k: number): boolean {
  const own = texts[k]!;
  if (PROSE_END.test(own)) return false;
  const text = clean(own.replace(LIST_ITEM, ""));
  return texts.some((t, j) => j !== k && t !== null && clean(t.replace(LIST_ITEM, "")) === text);
}

/**
 * A heading-like line long enough to pass for prose (a headline of 18 words or more with commas, or one
 * ending in `!`, `?` or `..`) that has a date line under it before the next prose line: the article's
 * date stands between its headline and its lead, never between two paragraphs of the lead. Captions with
 * their photo's date and rails' teasers with theirs are no lead either.
 */
function isDatedHeadline(texts: ReadonlyArray<string | null>, k: number, next: number, dated: ReadonlySet<number>): boolean {
  if (!isHeadlineLike(texts[k]!)) return false;
  for (let j = k + 1; j < next; j++) if (dated.has(j)) return true;
  return false;
}

/** A latest-news list over the article holds several teasers; one headline and its lead are no list. */
const MIN_TEASERS = 2;

const nextText = (texts: ReadonlyArray<string | null>, k: number): number | null => {
  for (let j = k + 1; j < texts.length; j++) if (texts[j] !== null) return j;
  return null;
};

/**
 * A teaser: a headline, its one summary sentence, then one or more lines that are neither headline nor
 * prose (a date line `الجمعة 10 مايو 2024`, a credit, a two-word link) before the next item. Returns
 * the index after the teaser, or null.
 * An article's subheads stand right over their paragraphs with no such stamp between them.
 */
function teaserAt(texts: ReadonlyArray<string | null>, headline: number): number | null {
  const summary = nextText(texts, headline);
  if (!isHeadlineLike(texts[headline]!) || summary === null || !isProseLine(texts[summary]!)) return null;
  // A stamp the classifier took (a relative date, a credit) is no text line, and still a stamp.
  let k = summary + 1;
  while (k < texts.length && (texts[k] === null || (!isProseLine(texts[k]!) && !isHeadlineLike(texts[k]!)))) k++;
  return k > summary + 1 && k < texts.length ? k : null;
}

/**
 * Rule 1's teaser list: when the first prose line is the summary of a list of MIN_TEASERS teasers or
 * more, the body starts at the first prose line after the list.
 */
function skipTeaserList(texts: ReadonlyArray<string | null>, firstProse: number): number {
  const first = previousText(texts, firstProse);
  if (first === null) return firstProse;
  let k: number | null = first;
  let teasers = 0;
  for (let next = teaserAt(texts, k); next !== null; next = teaserAt(texts, k)) [k, teasers] = [next, teasers + 1];
  if (teasers < MIN_TEASERS || k === null) return firstProse;
  const after = texts.findIndex((t, j) => j >= k! && t !== null && isProseLine(t));
  return after < 0 ? firstProse : after;
}

/** A dump of the article alone opens with its headline (or with its first paragraph, when it has none). */
const opensWithHeadline = (lead: readonly string[]): boolean => lead.length === 0 || isHeadlineLike(lead[0]!);

/**
 * A site's menu printed as lines of one or two words (`محليات`, `اقتصاد`, `عربي ودولي`): a dump of
 * the article alone has its headline, deck, byline or a section name before the lead, never a run
 * of MIN_MENU_RUN such lines. A site with a short menu is a whole page even under MAX_LEAD_LINES.
 */
const MIN_MENU_RUN = 4;
const MAX_MENU_ITEM_WORDS = 2;

function opensWithMenu(lead: readonly string[]): boolean {
  let run = 0;
  for (const t of lead) {
    run = wordCount(clean(t)) <= MAX_MENU_ITEM_WORDS ? run + 1 : 0;
    if (run >= MIN_MENU_RUN) return true;
  }
  return false;
}

/** The nearest item over the headline, within MAX_DATE_ABOVE_TITLE text lines, that `matches`. */
function findAboveHeadline<T extends ShapeItem>(
  items: readonly T[],
  texts: ReadonlyArray<string | null>,
  title: number,
  matches: (item: T) => boolean,
  reach = MAX_DATE_ABOVE_TITLE,
): number | null {
  let textLines = 0;
  for (let k = title - 1; k >= 0 && textLines < reach; k--) {
    if (matches(items[k]!)) return k;
    if (texts[k] !== null) textLines++;
  }
  return null;
}

/**
 * Date lines printed one under the other (`السبت 4 ذو القعدة 1445` over `11 مايو 2024`) are one
 * date block: all of it is kept, and the article's reader chooses among them (the Gregorian wins).
 */
function dateBlock<T extends ShapeItem>(items: readonly T[], k: number, hasDate: (item: T) => boolean): number[] {
  let first = k;
  let last = k;
  while (first > 0 && hasDate(items[first - 1]!)) first--;
  while (last + 1 < items.length && hasDate(items[last + 1]!)) last++;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A lead sentence shorter than prose (`قررت الهيئة تمديد ساعات العمل.`) still has a few words. */
const MIN_SHORT_LEAD_WORDS = 4;

/**
 * The body may open with sentences shorter than prose: the text lines right over the first prose
 * line, under the headline, that end a sentence (a caption or a byline ends none) start it.
 */
function findShortLead(texts: ReadonlyArray<string | null>, title: number, bodyStart: number): number {
  let start = bodyStart;
  for (let k = bodyStart - 1; k > title; k--) {
    const t = texts[k];
    if (t === null || t === undefined) continue;
    if (!PROSE_END.test(t) || wordCount(t) < MIN_SHORT_LEAD_WORDS || PHOTO_CREDIT.test(t)) break;
    start = k;
  }
  return start;
}

/** A date printed above the headline stands right over it: a breadcrumb or a section name between. */
const MAX_DATE_ABOVE_TITLE = 3;
/**
 * Rule 5's very last resort: a date line with its time of day (`Published April 26, 2023 2:20pm EDT`, `2020-01-02
 * 17:11`, `* 22:30, 9 MAY 2020`) over the headline with a deck, a byline and a share bar between, as far as the
 * headline itself is looked for. A header's widget prints today's day without a time (`Monday, May 13, 2024`):
 * a date without one is not looked for so far.
 */
const MAX_TIMED_DATE_ABOVE_TITLE = MAX_TITLE_DISTANCE;
/** A date printed under the body follows its last paragraph: a credit, an editor's initials between (`/العمانية/`, `ع خ`). */
const MAX_DATE_BELOW_BODY = 3;

/**
 * Rule 5: the article's date when its head has none. Some sites print it over the headline
 * (`breadcrumb / date / headline`), others under the body (`تاريخ النشر: …` before the rails): the
 * nearest date line within MAX_DATE_ABOVE_TITLE text lines over the headline, else the first one
 * within MAX_DATE_BELOW_BODY text lines after the body's end (never past a read-also label: that
 * date is another article's).
 */
function findDateOutsideHead<T extends ShapeItem>(
  items: readonly T[],
  texts: ReadonlyArray<string | null>,
  title: number,
  body: { end: number; chromeStart: number },
  hasDate: (item: T) => boolean,
  opensRelated: (item: T) => boolean,
): number | null {
  const above = findAboveHeadline(items, texts, title, hasDate);
  if (above !== null) return above;
  let textLines = 0;
  for (let k = body.end; k < items.length && !opensRelated(items[k]!) && textLines < MAX_DATE_BELOW_BODY; k++) {
    if (hasDate(items[k]!)) return k;
    if (texts[k] !== null) textLines++;
  }
  return null;
}

interface Headline {
  index: number;
  windowStart: number;
}

/**
 * `دبي - العربية.نت`, `عين اليوم – جدة`, `حسام أبو العلا - القاهرة`: two short names parted by a
 * dash, the desk or author and its city, printed between a headline and its body. A headline of that
 * shape is rare: such a line is taken only when no other line is heading-like.
 */
const DASHED_BYLINE = /^[^-–—،,:؟!]{2,40}\s[-–—]\s[^-–—،,:؟!]{2,40}(?<![.])$/u;
const MAX_DASHED_BYLINE_WORDS = 6;

/**
 * `علي الزهراني (جدة)`, `سارة محمود (القاهرة)`: an author and, in brackets, the city filed from, as
 * Saudi and Egyptian dailies print them. A headline's bracket (`(فيديو)`, `(صور)`) follows a clause.
 */
const BRACKETED_PLACE_BYLINE = /^[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){1,3}\s*\([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\)$/u;

/**
 * A byline label and the writers' names (`Von Sina Zehrfeld Landespolitische Korrespondentin`, `• Von:
 * Bill MCCARTHY, Marisha GOLDHAMER`, `By STEVE PEOPLES, THOMAS BEAUMONT and …`): every word after the
 * label a capitalized name or a list's joint. `Von Sprachregeln, Gender-Politik und «ganz normalem
 * Deutsch»` holds words in lower case: a headline. Arabic labels (`بقلم`, `كتب`) make credit lines.
 */
const LABELLED_BYLINE = /^(?:[*•·+-]\s+)?(?:(?:[Ww]ritten|[Aa]nalysis|[Pp]osted|[Vv]eröffentlicht)\s+)?(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]oor)\s*[:：]?\s+/u;
const NAME_LIST_JOINT = /^(?:and|und|&|et|y|e|og|en)$/u;
const CAPITALIZED = /^\p{Lu}/u;
const MAX_BYLINE_NAMES_WORDS = 12;

function isLabelledByline(text: string): boolean {
  const label = LABELLED_BYLINE.exec(text);
  if (label === null) return false;
  const words = text.slice(label[0].length).split(/[\s,]+/u).filter(Boolean);
  return words.length >= 2 && words.length <= MAX_BYLINE_NAMES_WORDS && words.every((w) => CAPITALIZED.test(w) || NAME_LIST_JOINT.test(w));
}

/**
 * A writer's name and role printed right over the date line (`Amy Gibbons Political Correspondent`,
 * `Steffan Rhys Deputy Content Hub Director`, `سارة أحمد مراسلة الشؤون السياسية`): a name of two or
 * three words, then a role (vocabulary.BYLINE_ROLES) that closes a run of capitalized words in Latin
 * script, or opens its complement in Arabic. A headline naming a role (`إسرائيل تستهدف مراسل الجزيرة`)
 * has no date line right under it as often; the date is asked for so that it keeps its place.
 */
const MAX_ROLE_BYLINE_WORDS = 8;
const ROLE_AFTER_NAME = [2, 3];

function isRoleByline(text: string): boolean {
  const words = clean(text).split(" ");
  if (words.length > MAX_ROLE_BYLINE_WORDS || NOT_IN_BYLINE.test(text)) return false;
  if (words.every((w) => CAPITALIZED.test(w))) return words.length >= 3 && vocabulary.BYLINE_ROLES.whole(words.at(-1)!);
  return ROLE_AFTER_NAME.some((at) => words.length > at && vocabulary.BYLINE_ROLES.opening(words.slice(at).join(" ")) !== null);
}

const NOT_IN_BYLINE = /[\d٠-٩.:؟?!«»"“”]/u;

/** The item under a line holds a date: a date line, or a line printing a day the date line reader could not take whole. */
const isOverDate = (texts: ReadonlyArray<string | null>, k: number, dated: ReadonlySet<number>): boolean =>
  dated.has(k + 1) || (texts[k + 1] != null && findAbsoluteDates(texts[k + 1]!).some((d) => d.precision === "day"));

const isWriterLine = (text: string, overDate: boolean): boolean => isLabelledByline(text) || (overDate && isRoleByline(text));

const isDashedByline = (text: string): boolean =>
  (DASHED_BYLINE.test(clean(text)) && wordCount(clean(text)) <= MAX_DASHED_BYLINE_WORDS + 1) || BRACKETED_PLACE_BYLINE.test(clean(text));

/**
 * A breadcrumb: two or more section names of at most MAX_CRUMB_WORDS words parted by `/`, `»`, `>`,
 * `›` or `|` (`الرئيسية / محليات`, `الرئيسية » مجتمع`, `أمن | محلي`). A headline with such a mark
 * has a clause on one side (`فيديو | لحظة انهيار مبنى في الإسكندرية`).
 */
const CRUMB_SEPARATOR = /\s*[/»>›|]\s*/u;
const MAX_CRUMB_WORDS = 3;

function isSectionTrail(text: string): boolean {
  const parts = clean(text).split(CRUMB_SEPARATOR).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => wordCount(p) <= MAX_CRUMB_WORDS);
}

/** Headlines end without a full stop; a sentence ending in one is a lead or a caption. */
const ENDS_WITH_FULL_STOP = /(?:[^.]\.|。)["»”)」』]?\s*$/u;

/**
 * Lynx opens a dump with the head's link relations after a `#` (`#alternate`, `#[1]Site » Feed Site
 * » Comments Feed`): no headline, though it may repeat the page's title (isRepeated reads it). A
 * hashtag line is read as tags before the shape is.
 */
const LYNX_HEAD_LINKS = /^#(?:\[\d+\])?[^\s#]/u;

/**
 * A form's line as lynx, w3m and links print it: an empty text field (`[                    ]`,
 * `_____`) beside its label or button (`Enter a word [ ]`, `Vor- und Nachname* [ ]`, `[ ] [Odebírat]`):
 * a search box, a newsletter or a comment form, never a headline.
 */
const FORM_FIELD = /\[\s{2,}\]|_{3,}/u;

function isHeadlineLike(text: string): boolean {
  const n = wordCount(clean(text));
  return !LYNX_HEAD_LINKS.test(text) && !FORM_FIELD.test(text) && n >= MIN_TITLE_WORDS && !ENDS_WITH_FULL_STOP.test(text) && n <= MAX_TITLE_WORDS && !ENDS_WITH_COLON.test(text) && !PHOTO_CREDIT.test(text) && !isPhotoCredit(text) && !isSectionTrail(text) && !isDateStamp(text);
}

/**
 * A date and time with at most a label left beside them (`08:39, 06 Jan 2026Updated 08:41, 06 Jan
 * 2026`, `June 26, 2023 5 AM PT`): a stamp the date reader could not take whole, not a headline.
 */
const MAX_STAMP_WORDS = 1;
const YEAR = /[\d٠-٩]{4}/u;

function isDateStamp(text: string): boolean {
  if (!YEAR.test(text)) return false;
  const dates = findAbsoluteDates(text).filter((d) => d.precision === "day");
  if (dates.length === 0) return false;
  return withoutDates(text, dates).split(/[^\p{L}]+/u).filter((w) => w.length > 2).length <= MAX_STAMP_WORDS;
}

/** Items the headline is not looked for in (captions), and those that hold a date (a byline stands over one). */
interface LineMarks {
  captions: ReadonlySet<number>;
  dated: ReadonlySet<number>;
}

const indicesWhere = <T>(items: readonly T[], test: (item: T) => boolean): Set<number> => new Set(items.flatMap((item, k) => (test(item) ? [k] : [])));

/**
 * Rule 2's windows, near then far; a window whose only solid heading-like lines are captions and
 * writers' lines is passed over for the far one before either is read as it is.
 */
function findHeadline(texts: ReadonlyArray<string | null>, bodyStart: number, marks: LineMarks): Headline | null {
  const within = (distance: number, strict: boolean) => findHeadlineWithin(texts, bodyStart, distance, marks, strict);
  const headline = within(MAX_TITLE_DISTANCE, true) ?? within(MAX_FAR_TITLE_DISTANCE, true) ?? within(MAX_TITLE_DISTANCE, false) ?? within(MAX_FAR_TITLE_DISTANCE, false);
  return headline === null ? null : preferOverDate(texts, bodyStart, preferLeadNamed(texts, bodyStart, headline), marks);
}

/** The article's date line stands a few lines under its headline: a deck, a section name, a byline and its role between. */
const MAX_HEAD_OVER_DATE = 4;

/**
 * Rule 2's date check: the article's date line (or a day stamp the date reader could not take whole)
 * stands between its headline and its body. A line chosen within MAX_HEAD_OVER_DATE text lines under
 * that date line is what pages print
 * between the date and the lead (a photo's caption, `Reading Time: 3 mins read`, a first subheading,
 * a translator's credit); when a solid heading-like line within MAX_HEAD_OVER_DATE text lines over
 * the date line names the lead (MIN_LEAD_SHARE of its content words), it is the headline. Pages that
 * print the date over the headline (`section / date / headline`) have no such line over it: a menu's
 * or a ticker's line names nothing of the lead.
 */
function preferOverDate(texts: ReadonlyArray<string | null>, bodyStart: number, headline: Headline, marks: LineMarks): Headline {
  let date = -1;
  let between = 0;
  for (let k = headline.index - 1; k >= 0 && date < 0 && between <= MAX_HEAD_OVER_DATE; k--) {
    if (marks.dated.has(k) || (texts[k] != null && isDateStamp(texts[k]!))) date = k;
    else if (texts[k] !== null) between++;
  }
  if (date < 0 || !isSolidHeadline(texts, headline.index)) return headline;
  const lead = leadWordsFrom(texts, bodyStart);
  let best: number | null = null;
  let bestShare = 0;
  let seen = 0;
  for (let k = date - 1; k >= 0 && seen < MAX_HEAD_OVER_DATE; k--) {
    const t = texts[k];
    if (t === null || t === undefined) continue;
    seen++;
    if (!isHeadlineLike(t) || isFieldValue(texts, k) || isDashedByline(t) || isWriterLine(t, isOverDate(texts, k, marks.dated)) || marks.captions.has(k)) continue;
    // A solid line (five words or more) wins over a short one: a section's or a menu's name shares a word as easily.
    const share = leadShare(t, lead);
    const rank = share + Number(wordCount(clean(t)) >= MIN_SOLID_TITLE_WORDS);
    if (share >= MIN_LEAD_SHARE && rank >= bestShare) [best, bestShare] = [k, rank];
  }
  if (best === null) return headline;
  const index = headlineOverDeck(texts, best, (k) => isSolidHeadline(texts, k) && !marks.captions.has(k));
  return { index, windowStart: Math.min(index, headline.windowStart) };
}

/**
 * A deck stands right under its headline: of two solid heading-like lines in a row, the upper is the
 * headline. Two such lines over it are a rail of headlines (a ticker), not a headline and its deck.
 */
function headlineOverDeck(texts: ReadonlyArray<string | null>, k: number, isHeadingLine: (k: number) => boolean): number {
  const above = previousText(texts, k);
  const aboveAbove = above === null ? null : previousText(texts, above);
  const isDeck = above !== null && isHeadingLine(above) && !(aboveAbove !== null && isSolidHeadline(texts, aboveAbove));
  return isDeck ? above : k;
}

/** The lead's paragraphs a headline's words are looked for in. */
const LEAD_PARAGRAPHS = 2;
/**
 * A headline's content words its lead repeats: a few of them (names, places, the event; a long headline
 * tells more than its lead's first sentences). A writer's name and role, a rail's item share none.
 */
const MIN_LEAD_SHARE = 0.15;
/** Words of this many letters or fewer carry no story (prefixes, particles, numbers' units). */
const MAX_SHORT_WORD = 2;

/** A line's content words: folded, light-stemmed, stopwords and short words out. */
function contentWords(text: string): Set<string> {
  const words = normalizeArabic(text).split(/[^\p{L}\p{N}]+/u);
  const found = new Set(words.filter((w) => w.length > MAX_SHORT_WORD && !isStopword(w)).map((w) => stemArabic(w)));
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let k = 0; k + 1 < run.length; k++) if (!KANA_ONLY.test(run.slice(k, k + 2))) found.add(run.slice(k, k + 2));
  }
  return found;
}

/**
 * Chinese and Japanese words are not spaced: their text is compared by pairs of characters in a row,
 * but for pairs of hiragana alone (Japanese particles and endings: `する`, `した`), which name nothing.
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,}/gu;
const KANA_ONLY = /^\p{Script=Hiragana}+$/u;

function sharedWords(text: string, lead: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of contentWords(clean(text))) shared += Number(lead.has(w));
  return shared;
}

function leadShare(text: string, lead: ReadonlySet<string>): number {
  const own = contentWords(clean(text));
  if (own.size === 0) return 0;
  let shared = 0;
  for (const w of own) shared += Number(lead.has(w));
  return shared / own.size;
}

/**
 * Rule 2's lead check: the chosen headline stays unless it shares no content word with the lead and
 * another solid heading-like line of its window shares MIN_LEAD_SHARE of its own.
 */
function preferLeadNamed(texts: ReadonlyArray<string | null>, bodyStart: number, headline: Headline): Headline {
  const leadLines = texts.slice(bodyStart).filter((t): t is string => t !== null && isProseLine(t)).slice(0, LEAD_PARAGRAPHS);
  const lead = contentWords(leadLines.join(" "));
  if (leadShare(texts[headline.index]!, lead) > 0) return headline;
  const near = bestLeadNamed(texts, lead, bodyStart - 1, headline.windowStart, 1);
  if (near !== null) return { ...headline, index: near };
  // A share bar or a player's lines can fill the near window: the headline over them, within the far
  // one, names more of the lead than a menu's item that happens to share a word with it.
  const farStart = textLinesAbove(texts, bodyStart, MAX_FAR_TITLE_DISTANCE);
  const far = bestLeadNamed(texts, lead, headline.windowStart - 1, farStart, MIN_FAR_LEAD_WORDS);
  return far === null ? headline : { index: far, windowStart: Math.min(far, headline.windowStart) };
}

/** Lead words a headline beyond the near window shares. */
const MIN_FAR_LEAD_WORDS = 2;

/**
 * The solid heading-like line from `from` up to `to` sharing most of the lead's words (MIN_LEAD_SHARE
 * at least, and `minWords` of them); nearest first on a tie.
 */
function bestLeadNamed(texts: ReadonlyArray<string | null>, lead: ReadonlySet<string>, from: number, to: number, minWords: number): number | null {
  let best: number | null = null;
  let bestShare = 0;
  for (let k = from; k >= to; k--) {
    const t = texts[k];
    if (t === null || t === undefined || !isHeadlineLike(t) || wordCount(clean(t)) < MIN_SOLID_TITLE_WORDS || isFieldValue(texts, k)) continue;
    const share = leadShare(t, lead);
    if (share >= MIN_LEAD_SHARE && share > bestShare && sharedWords(t, lead) >= minWords) [best, bestShare] = [k, share];
  }
  return best;
}

/** Where the `count`-th text line over `k` stands (or the first line). */
function textLinesAbove(texts: ReadonlyArray<string | null>, k: number, count: number): number {
  let seen = 0;
  let j = k - 1;
  for (; j > 0 && seen < count; j--) if (texts[j] !== null) seen++;
  return Math.max(j, 0);
}

function findHeadlineWithin(texts: ReadonlyArray<string | null>, bodyStart: number, distance: number, marks: LineMarks, strict: boolean): Headline | null {
  const window: number[] = [];
  for (let k = bodyStart - 1; k >= 0 && window.length < distance; k--) if (texts[k] !== null) window.push(k);
  const windowStart = window.at(-1) ?? bodyStart;
  const headlineLike = window.filter((k) => isHeadlineLike(texts[k]!) && !isFieldValue(texts, k));
  if (headlineLike.length === 0) return null;
  const notBylines = headlineLike.filter((k) => !isDashedByline(texts[k]!) && !isWriterLine(texts[k]!, isOverDate(texts, k, marks.dated)));
  const isSolid = (k: number) => wordCount(clean(texts[k]!)) >= MIN_SOLID_TITLE_WORDS;
  const notCaptions = notBylines.filter((k) => !marks.captions.has(k));
  const passedOver = headlineLike.some(isSolid) && !notCaptions.some(isSolid);
  if (strict && passedOver) return null;
  const candidates = notCaptions.some(isSolid) ? notCaptions : notBylines.length > 0 ? notBylines : headlineLike;
  const solid = candidates.find(isSolid);
  const repeated = candidates.find((k) => isRepeated(texts, k) && (isSolid(k) || solid === undefined || k > solid));
  if (repeated !== undefined) return { index: repeated, windowStart };
  if (solid === undefined) return { index: candidates[0]!, windowStart };
  // A deck stands right under its headline: of two heading-like lines in a row, the upper is the headline.
  // Two such lines over it are a rail of headlines (a ticker), not a headline and its deck.
  const above = previousText(texts, solid);
  const aboveAbove = above === null ? null : previousText(texts, above);
  const isHeadingLine = (k: number | null) => k !== null && candidates.includes(k) && isSolid(k);
  const isDeck = isHeadingLine(above) && !(aboveAbove !== null && isSolid(aboveAbove) && isHeadlineLike(texts[aboveAbove]!));
  return { index: isDeck ? above! : solid, windowStart };
}

/**
 * Which of a page's lines are a photo's caption: a line printed right over a photo credit (`Strava
 * dark mode and AI summaries` / `Image Credits: Strava`), or closing with one (`… ein Foto: Bild: …`),
 * and a line of the same text right under a credit (innerText prints a caption again as the image's
 * alt text, after the first caption's credit). The credit may be a line the classifier drops, so the
 * page's own lines are read. The same text printed away from a credit is not a caption there: pages
 * take a photo's alt text from the headline.
 */
export function findCaptionLines(lines: readonly string[]): boolean[] {
  const tails = lines.map(photoCreditTail);
  const credit = lines.map((l, k) => isPhotoCredit(l, tails[k] ?? null));
  const nextLine = (k: number, step: number): number | null => {
    for (let j = k + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.trim()) return j;
    return null;
  };
  const captionTexts = new Set<string>();
  const isOverCredit = lines.map((l, k) => {
    const tail = tails[k] ?? null;
    const own = tail !== null && tail.index > 0 ? l.slice(0, tail.index) : credit[k] ? null : l;
    const next = nextLine(k, 1);
    const isCaption = own !== null && (own !== l || (next !== null && credit[next]!));
    if (isCaption) captionTexts.add(clean(own));
    return isCaption;
  });
  return lines.map((l, k) => {
    const previous = nextLine(k, -1);
    return isOverCredit[k]! || (previous !== null && credit[previous]! && captionTexts.has(clean(l)));
  });
}

/**
 * A field's label on a line of its own, closed by a colon or a comma (`التعليق على الصورة،`,
 * `مصدر الصورة،`, `Author,`, `Role,`, `بقلم:`): the line under it is the field's value (a caption,
 * a name, a role), not a headline.
 */
const FIELD_LABEL = /[:：،,]$/u;
const MAX_FIELD_LABEL_WORDS = 4;
const isFieldLabel = (text: string): boolean => FIELD_LABEL.test(text.trim()) && wordCount(text) <= MAX_FIELD_LABEL_WORDS;

function previousText(texts: ReadonlyArray<string | null>, k: number): number | null {
  for (let j = k - 1; j >= 0; j--) if (texts[j] !== null) return j;
  return null;
}

function isFieldValue(texts: ReadonlyArray<string | null>, k: number): boolean {
  const above = previousText(texts, k);
  return above !== null && isFieldLabel(texts[above]!);
}

/**
 * True when the page prints the line's text again, alone or inside another short line (a rail):
 * a site's name quoted in a paragraph (`… لوكالة الأنباء الكويتية`) is no second printing. A short
 * line counts only printed alone again (or as a list's item): inside a longer line it is an author's
 * name in the author box (`Fazit von <name>`) or a wrapped headline's tail, not the headline.
 */
function isRepeated(texts: ReadonlyArray<string | null>, k: number): boolean {
  const own = clean(texts[k]!);
  const isShort = wordCount(own) < MIN_SOLID_TITLE_WORDS;
  const wrapped = wrappedWith(texts, k);
  return texts.some((t, j) => {
    if (j === k || t === null || isProseLine(t)) return false;
    if (isShort) return clean(t.replace(LIST_ITEM, "")) === own;
    const other = clean(t);
    return other.includes(own) && !wrapped.some((w) => other.includes(w));
  });
}

/**
 * The line joined to the text line over it and to the one under it: a headline wrapped by a renderer
 * that set its lines in (a teaser, a breadcrumb's item) is printed whole elsewhere, and each half is
 * found inside that line without being printed twice.
 */
function wrappedWith(texts: ReadonlyArray<string | null>, k: number): string[] {
  const own = clean(texts[k]!);
  const above = k > 0 ? texts[k - 1] : null;
  const below = texts[k + 1];
  const joined: string[] = [];
  if (above) joined.push(`${clean(above)} ${own}`);
  if (below) joined.push(`${own} ${clean(below)}`);
  return joined;
}

/** The body's end (after its last prose line) and where the chrome after it starts. */
function findBodyEnd(texts: ReadonlyArray<string | null>, bodyStart: number, closesPost: (k: number) => boolean): { end: number; chromeStart: number } {
  let lastProse = bodyStart;
  let shortRun = 0;
  let runStart = texts.length;
  for (let k = bodyStart; k < texts.length; k++) {
    const t = texts[k];
    if (t === null || t === undefined) {
      if (closesPost(k)) shortRun = 0;
      continue;
    }
    if (isProseLine(t)) {
      lastProse = k;
      shortRun = 0;
    } else if (++shortRun === 1) runStart = k;
    if (shortRun >= MAX_SHORT_RUN && !isPostBefore(texts, k, closesPost)) return { end: lastProse + 1, chromeStart: runStart };
  }
  return { end: lastProse + 1, chromeStart: texts.length };
}

/** An embedded post's short lines (channel, text, counters, time) end at its attribution, not in the rails. */
function isPostBefore(texts: ReadonlyArray<string | null>, k: number, closesPost: (k: number) => boolean): boolean {
  for (let j = k + 1; j < texts.length && texts[j] === null; j++) if (closesPost(j)) return true;
  return false;
}

/** A wrapped line ends within a word's length of the wrap width. */
const WRAP_SLACK = 16;
/**
 * A dump is wrapped when at least this many lines, and this share of its long lines (half the width
 * or more), reach the width. Long is relative to the width: at 200 columns headlines and rail items
 * of 40–100 characters are short lines, not paragraphs the renderer failed to wrap.
 */
const MIN_WRAPPED_LINES = 4;
const MIN_WRAPPED_SHARE = 0.3;
const LONG_LINE_SHARE = 0.5;
/** Of the lines at the width, a wrapped dump ends fewer than this share with a sentence's end. */
const MAX_SENTENCE_ENDS_SHARE = 0.5;
/** A paragraph runs to a few dozen wrapped lines; never join more into one. */
const MAX_JOINED_LINES = 200;
/** No renderer wraps wider: longer lines are paragraphs a crawler saved whole. */
const MAX_WRAP_WIDTH = 250;
const LIST_ITEM = /^\s*(?:[*•·\-–—#+]|\d+[.)])\s/u;
/** Renderers indent paragraphs by a few spaces (lynx: 3); a line set in further is centered or aligned, never wrapped text. */
const MAX_PARAGRAPH_INDENT = /^\s{0,4}\S/u;

/**
 * `lynx -dump` prints an image that has no alt text as its file name in brackets, on a line of its
 * own (`[ExtImage-6838058-636184000.png]`, `* [facebook_icon.png]`): the renderer's stand-in, not the page's text.
 */
const RENDERED_IMAGE = /^\s*(?:[*•+-]\s+)?\[[^[\]\s]+\.(?:png|jpe?g|gif|svg|webp|bmp|ico)\]\s*$/iu;

export const isRenderedImage = (line: string): boolean => RENDERED_IMAGE.test(line);

const isParagraphLine = (line: string): boolean => line.trim() !== "" && MAX_PARAGRAPH_INDENT.test(line) && !LIST_ITEM.test(line) && !isRenderedImage(line);

/**
 * East Asian wide characters (Han, kana, Hangul, full-width forms) take two columns of a terminal: a
 * renderer wraps a Chinese or Japanese paragraph at half as many characters as a Latin one.
 */
const WIDE_CHARACTER = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
const columns = (line: string): number => line.length + (line.match(WIDE_CHARACTER)?.length ?? 0);

/** Joins the lines a renderer wrapped (rule 0); any other text is returned as it is. */
export function unwrapRenderedLines(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const width = wrapWidth(lines);
  if (width === null) return text;
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const parts = [lines[k]!.trimEnd()];
    let last = parts[0]!;
    while (columns(last) >= width - WRAP_SLACK && isParagraphLine(last) && k + 1 < lines.length && isParagraphLine(lines[k + 1]!) && parts.length < MAX_JOINED_LINES && !isStampLine(last) && !isStampLine(lines[k + 1]!)) {
      last = lines[++k]!.trimEnd();
      parts.push(last.trim());
    }
    if (columns(last) >= width - WRAP_SLACK && isParagraphLine(last) && !PROSE_END.test(last) && isCenteredTail(lines, k + 1, width)) parts.push(lines[++k]!.trim());
    out.push(parts.reduce(joinWrapped));
  }
  return out.join("\n");
}

/**
 * A date line (`Published on: June 25, 2024`, `Von dpa 30.04.2024, 18:58`, `Aktualizacja: 19.04.2026
 * 19:45 Publikacja: 19.04.2026 19:05`): a full date with a time or a label's colon, and at most
 * MAX_STAMP_LINE_WORDS words besides, ending no sentence. A headline or a deck that reaches the width stands over it and a byline under it: it
 * is printed on a line of its own, never a wrapped paragraph's part (a paragraph's last line that is
 * only a date ends its sentence).
 */
const MAX_STAMP_LINE_WORDS = 3;
/** A date line's label (`Published on:`, `Aktualizacja:`); a caption's wrapped tail (`Oslo, 12 December 2025`) has neither it nor a time. */
const STAMP_LABEL = /[:：]/u;
const STAMP_TIME_SOURCE = String.raw`(?<![\d.])\d{1,2}[:.h]\d{2}(?![\d.])(?:\s*(?:am|pm|uhr)(?!\p{L}))?`;
const STAMP_TIME = new RegExp(STAMP_TIME_SOURCE, "giu");
const HAS_STAMP_TIME = new RegExp(STAMP_TIME_SOURCE, "iu");

function isStampLine(line: string): boolean {
  if (!YEAR.test(line) || PROSE_END.test(line)) return false;
  const dates = findDatesInText(line);
  if (dates.length === 0) return false;
  const rest = withoutDates(line, dates);
  const words = rest.replace(STAMP_TIME, " ").match(/\p{L}{2,}/gu) ?? [];
  return words.length <= MAX_STAMP_LINE_WORDS && (STAMP_LABEL.test(rest) || HAS_STAMP_TIME.test(rest));
}

/** A renderer wraps Chinese and Japanese text between two characters, not at a space: the halves join without one. */
const WIDE_AT_END = /[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff60]$/u;
const WIDE_AT_START = /^[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff60]/u;
const joinWrapped = (head: string, tail: string): string => (WIDE_AT_END.test(head) && WIDE_AT_START.test(tail) ? `${head}${tail}` : `${head} ${tail}`);

/** A centered line sits within this many columns of the middle of the wrap width. */
const CENTER_SLACK = 2;

/**
 * `links -dump` centers a headline: its wrapped tail is a short line set in to the middle, closing
 * the block (`Al menos 12 fallecidos … permanecen` / `sin localizar`), while the line over it reaches the width.
 */
function isCenteredTail(lines: readonly string[], k: number, width: number): boolean {
  const line = lines[k];
  if (line === undefined || line.trim() === "" || MAX_PARAGRAPH_INDENT.test(line) || LIST_ITEM.test(line) || isRenderedImage(line)) return false;
  const text = line.trim();
  const indent = columns(line) - columns(line.trimStart());
  const closesBlock = (lines[k + 1] ?? "").trim() === "";
  return closesBlock && /\p{L}/u.test(text) && Math.abs(indent - (width - columns(text)) / 2) <= CENTER_SLACK;
}

function wrapWidth(lines: readonly string[]): number | null {
  let width = 0;
  for (const l of lines) width = Math.max(width, columns(l.trimEnd()));
  if (width === 0 || width > MAX_WRAP_WIDTH) return null;
  let long = 0;
  let atWidth = 0;
  let endingSentences = 0;
  for (const l of lines) {
    const n = columns(l.trimEnd());
    if (n >= width * LONG_LINE_SHARE) long++;
    if (n < width - WRAP_SLACK) continue;
    atWidth++;
    if (PROSE_END.test(l)) endingSentences++;
  }
  // A renderer breaks lines mid-sentence; lines that all end sentences are whole paragraphs of one length.
  const isWrapped = atWidth >= MIN_WRAPPED_LINES && atWidth >= long * MIN_WRAPPED_SHARE && endingSentences < atWidth * MAX_SENTENCE_ENDS_SHARE;
  return isWrapped || countWrappedParagraphs(lines, width) >= MIN_WRAPPED_PARAGRAPHS ? width : null;
}

/** A short article wraps into few lines at the width; this many paragraphs of the wrapped shape show the renderer's width. */
const MIN_WRAPPED_PARAGRAPHS = 3;

/**
 * Paragraphs set apart by blank lines whose lines but the last reach the width without ending a
 * sentence and whose last line ends one: text a renderer wrapped. An unwrapped dump has one line a
 * paragraph, or lines that end sentences.
 */
function countWrappedParagraphs(lines: readonly string[], width: number): number {
  let count = 0;
  let block: string[] = [];
  const close = () => {
    const last = block.at(-1);
    const isWrapped = block.length >= 2 && PROSE_END.test(last!) && block.slice(0, -1).every((l) => columns(l) >= width - WRAP_SLACK && !PROSE_END.test(l));
    count += Number(isWrapped);
    block = [];
  };
  for (const l of lines) {
    if (l.trim() === "") close();
    else block.push(l.trimEnd());
  }
  close();
  return count;
}
