/**
 * The page's publication and update dates, and which source gave the publication date. Rules:
 * 1. stated: JSON-LD `datePublished` of an article-typed object (non-WebPage types first), the
 *    publication metas (`article:published_time`, `datePublished`, `pubdate`, Dublin Core…), then
 *    microdata / RDFa (`itemprop=datePublished`, `property=dc:date`…), then a meta of another name
 *    that says publication and a date (`content:publishdate`, `prism.publicationdate`); when JSON-LD and a meta
 *    disagree on the day, the earlier moment wins (the later one is a re-publication or a local
 *    time mislabelled as UTC), and of one moment written twice, the one in a local zone; a date
 *    read only from a page-wide meta (`date`, `dc.date`, `dcterms.date`: a CMS's page record) yields
 *    to the day the page's `<time>` and its date line both show;
 * 2. a full date in the canonical URL (`/2020/04/24/`, `/2013/world/8/3/`, `2020-04-24`, `/20200424`,
 *    `/2019/nov/18/`, the year last: `/29-10-2021`, `_22.04.2020_`, day first),
 *    else in another of the page's own addresses (og:url, twitter:url, its AMP version, the story
 *    in another language, its comment feed: PageMeta.addresses);
 * 3. a publication key in the page's script data outside JSON-LD (`"publishedAt":"…"`,
 *    `"firstPublished":"…"` in a framework's state or an inline JSON blob, escaped or not, or
 *    HTML-escaped in an attribute (`data-props="{&quot;publishedAt&quot;:&quot;…&quot;}"`); an
 *    analytics data layer's `article_publication_date: "…"`, the key bare or quoted), the
 *    first valid one in page order: like htmldate, the page's JSON is read before its markup (a
 *    `<time>` may show the update or the time the page was rendered);
 * 4. `<time>` marked as publication (pubdate, itemprop, class), then the first `<time datetime>`;
 *    a datetime in UTC or without a zone yields to the day its own text shows one day off
 *    (`datetime="2019-11-20T00:53:52"` shown as `Nov 19, 2019, 7:53pm EST`: the reader's day);
 * 5. an epoch timestamp, an ISO date or a date written out (with at most a weekday, a clock time
 *    and a zone) in an attribute named for a time or date, `data-` or not (`data-time`,
 *    `data-timestamp`, `data-publishtime`, `data-ga4-published`, `time`, `ia-date-publish`…), not
 *    for an update or the page's rendering, nor HTML's own `datetime`, nor on an element that is
 *    itself another story's card (`<article class="more-posts-view" data-timestamp="…">`);
 * 6. visible date lines: date-classed elements (date, time, publish, تاريخ…) and short elements
 *    that are mostly a date, the first after the headline before any above it (a page header
 *    shows today's date), never a date inside a caption or labelled as an update (آخر تحديث,
 *    Updated), nor one in a block of other stories (teasers, related posts, "more news"); then
 *    the headline's date line labelled as an update (the story existed by then, and was mostly
 *    updated the day it was published); then the headline's date line with a two-digit year
 *    (rule 10's short form that needs no copyright year); then a date in the text that follows the headline; then
 *    the first date of the comment thread (a reader's comment comes on or after the story's day);
 *    a date line linked to the site's archive of one day is no teaser's, and gives that day when
 *    it shows the day of the month without a year;
 * 7. a publication key inside JSON-LD that rule 1 did not take (`"type"` written for `"@type"`);
 * 8. a full date in the document title (`… - 07.12.2017 - LA NACION`, `… - 23/06/2020 - UOL`);
 * 9. the first date written in the page's own text, outside links, navigation, header, footer,
 *    asides, captions and comment or related blocks (a dateline in prose, a bare "Posted" line);
 * 10. the headline's date line in a short form: a two-digit year (`25.04.24`, `11/20/19`), or no
 *    year (`mardi 17 mars`), then in the year of the page's copyright line; else, in that year, an
 *    agency dateline opening the lead paragraph (`МОСКВА, 29 июня. /ТАСС/.`, `Bruselas, 7 oct (EFE).-`);
 * 11. the stated modification date, when it is the only date the page states: the story existed
 *    by then, and on most pages it was modified the day it was published;
 * 12. a full date in the address of the page's lead image (og:image, twitter:image): most CMSs
 *    file an upload under its day, and a story's lead image is mostly uploaded for it.
 * Rules 4 to 6, 9 and 10 skip a date in a card of another story that no class names (a "top stories"
 * strip, an offers widget): a short block, not the headline's, whose link to another page of the
 * site with a headline's words comes before the date (isInStoryCard). A date line's text is read
 * with its elements apart (`Nov 20 2019<span></span>4:29 AM` is not `20194:29`; lineText).
 * The page's own local day wins over UTC: a stated time keeps its zone as written (its local day
 * is the publication day); a stated time one day off the URL's day yields to the URL's day (same
 * moment, the publisher's local day); a UTC time within NEAR_MIDNIGHT_HOURS of midnight, whose
 * local day may be the neighbouring one, yields to that neighbour when a date line of the page
 * shows it (with or without the year) and none shows the UTC day.
 * A wiki page shown at one revision (a MediaWiki diff or old-revision view) is dated by that
 * revision, not by the article's creation that the wiki's JSON-LD states.
 * The update date comes from JSON-LD `dateModified`, modification metas and microdata.
 */
import type { IsoDate, PublishedAtSource } from "../../types.js";
import { findDatesInText, makeDay, mentionsDay, parseDateValue, readDatelineDay, readPartialDate, withoutDates } from "./date-text.js";
import { mentionsUpdateLabel } from "../../arabic/cues/index.js";
import { WEEKDAY_NAMES } from "../../arabic/dates/names.js";
import { toAsciiDigits } from "../../arabic/normalize.js";
import { propValue, type PageMeta } from "./metadata.js";
import { attr, classAndId, cleanText, contains, elements, isEl, textOf, type El, type Node } from "./tree.js";

const PUBLISHED_METAS = [
  "article:published_time", "og:article:published_time", "article:published", "og:published_time", "datepublished",
  "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "publication_date", "date",
  "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "sailthru.date",
  "parsely-pub-date", "article.published", "originalpublicationdate", "cxenseparse:recs:publishtime", "cxenseparse:publishtime", "rnews:datepublished",
  "citation_publication_date", "citation_date", "displaydate", "date_published", "article_date_original", "og:pubdate",
  "og:release_date", "release_date", "created", "creation_date", "dc.created", "live_date", "ga_publishdate", "pub_date",
  "publication-date", "bt:pubdate", "article:post_date", "published-date", "datecreated", "date.available",
  "article.created", "dateposted", "dc.date.publication", "item-publish-date", "pdate", "rbpubdate",
  "shareaholic:article_published_time", "twt-published-at", "vr:published_time",
];
/**
 * A meta the list above misses whose name still says publication and a date or time
 * (`published_time_telegram`, `content:publishdate`, `prism.publicationdate`, `release:date`,
 * `sw-pubdate`, `og:datepublished`, `dcsext.articlefirstpublished`, `firstcreate`), not an update,
 * an expiry or an end (`unpublish_date`, `publish_end_time`).
 */
const PUBLICATION_META_NAME = /(?:publi(?:shed|sh|cation)|pub|release)[-_.:]?(?:date|time)|(?:date|time)[-_.:]?(?:publi|release)|first[-_]?(?:publish|creat)/;
const NOT_PUBLICATION_META_NAME = /modif|updat|expir|unpub|last|end/;
const MODIFIED_METAS = ["article:modified_time", "og:updated_time", "article:modified", "datemodified", "lastmod", "last-modified", "dcterms.modified", "dc.date.modified", "modified_time", "revised"];
/** The page's lead image: its address often holds the day it was uploaded for the story (`/2020/09/28/`, `2020-09-28_19-10.png`). */
const LEAD_IMAGE_METAS = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"];
const PUBLISHED_PROPS = ["datepublished", "dc:date", "dc:created", "dcterms:created", "dcterms:issued", "datecreated", "pubdate"];
const MODIFIED_PROPS = ["datemodified", "dcterms:modified", "dc:modified"];

const URL_YMD = /(?:^|[/_.-])((?:19|20)\d{2})[/_.-](\d{1,2})[/_.-](\d{1,2})(?:[/_.-]|$)/;
const URL_Y_SECTION_MD = /\/((?:19|20)\d{2})\/[a-z_-]+\/(\d{1,2})\/(\d{1,2})\//i;
/** A month's English name or abbreviation between the year and the day (`/2019/nov/18/`, `/2019/jan/03/`). */
const URL_Y_MONTH_NAME_D = /\/((?:19|20)\d{2})\/(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\/(\d{1,2})\//i;
const URL_MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const URL_COMPACT = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/;
/** The year last: `/meldungen/29-10-2021`, `…_vom_22.04.2020_…`, `~02-01-2022-…`; day first unless only the month-first reading is a date. */
const URL_DMY = /(?:^|[/_.~-])(\d{1,2})([-_.])(\d{1,2})\2((?:19|20)\d{2})(?:[/_.-]|$)/;
const DATE_CLASS = /date|time|publish|posted|created|dateline|byline|meta|info|تاريخ/i;
const CAPTION_CLASS = /caption|(?:photo|image|media|img|pic)[-_]?credit/i;
const PAGE_HEADER_CLASS = /(?:^|[\s_-])(?:nav|navbar|topbar|masthead)(?:$|[\s_-])|top-?bar|site-?header/i;
const UPDATE_MARK = /modif|updat/i;
const PUBLICATION_MARK = /publish|posted|created|date-?pub|entry-date/i;
const CAPTION_TAGS = new Set(["figcaption", "figure", "caption"]);
/** Blocks of other stories: teasers (Drupal's `node-teaser`), related posts (`related`, WordPress's YARPP), recommendations, "more news" lists. */
const TEASER_CLASS = /teaser|related|yarpp|recommend|more-?(?:news|stories|articles|posts)/i;
/** A comment thread (`comments`, `comment-list`, `comment-metadata`; not a `commentary` column): its dates are readers', on or after the story's day. */
const COMMENT_CLASS = /comment(?!ary|ator)/i;
/** Page chrome and other stories' blocks: their dates are not the page's (the last resort skips them). */
const CHROME_TAGS = new Set(["nav", "header", "footer", "aside", "a"]);
const CHROME_CLASS = /comment|footer|sidebar|related|\bnav|menu|teaser|widget/i;
/** `data-time`, `data-timestamp`, `data-utime`, `data-publishtime`, `data-utcdatetime`, `data-article-publish-date`, `time`, `ia-date-publish`, `publicationdate`… */
const DATE_ATTRIBUTE = /^(?:data-)?[\w-]*(?:time|date|publish|created)/;
/** …but not the time of an update, an expiry, or the clock of the server that rendered the page; HTML's `datetime` is read with its element (`<time>`; on `<del>`/`<ins>` an edit's). */
const NOT_PUBLICATION_ATTRIBUTE = /modif|updat|expir|server|current|now|end|start|generat|render|^datetime$/;
/** An epoch in seconds or milliseconds, or an ISO date (`2021-11-01`, `2024-11-29T11:05:33+01:00`). */
const DATE_ATTRIBUTE_VALUE = /^(?:\d{10}(?:\d{3})?|(?:19|20)\d\d-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?)$/;
/** A date attribute's value written out is short (`Thu, 24 Sep 2020 21:12:35 +05:30`); a longer one is a caption or a description. */
const ATTRIBUTE_DATE_MAX_CHARS = 40;
/** A weekday's name (`Thu`, `Tuesday`, `jeudi`, `الخميس`), which a date written out may open with. */
const WEEKDAY = new RegExp(`(?<![\\p{L}])(?:${WEEKDAY_NAMES.flat().join("|")})\\.?(?![\\p{L}])`, "giu");
/** Nothing but a clock time and a zone: digits, separators, AM/PM, a zone's capitals (`EDT`, `GMT`), `T`, `Z`, `h` (`10h02`). */
const CLOCK_AND_ZONE = /^(?:[\s\d:.,|·/()+-]|[AaPp]\.?[Mm]\.?(?![a-z])|[A-Z]{2,5}(?![A-Za-z])|[TZh](?![a-z]))*$/;
/** A date line is short; a long block with a date in it is prose. */
const DATE_LINE_MAX_CHARS = 160;
/** An element without a date class is a date line when it is this short and mostly the date. */
const BARE_DATE_LINE_MAX_CHARS = 60;
const BARE_DATE_LINE_SHARE = 0.5;
const AFTER_HEADLINE_CHARS = 600;
/** A date line above the headline with at most this much text between them is the headline's (a kicker, a dateline set above it). */
const NEAR_HEADLINE_CHARS = 120;
/** A UTC time this close to midnight falls on another day in zones up to ±12 hours away. */
const NEAR_MIDNIGHT_HOURS = 3;
const DAY_MS = 86_400_000;

export interface PageDates {
  publishedAt: IsoDate | null;
  updatedAt: IsoDate | null;
  publishedAtSource: PublishedAtSource | null;
}

interface Found {
  value: IsoDate;
  source: PublishedAtSource;
}

export function readPageDates(root: El, meta: PageMeta, urls: string[], headline: El | null, html = ""): PageDates {
  const ld = [...meta.jsonLd].sort((a, b) => Number(a.type === "WebPage") - Number(b.type === "WebPage"));
  const updatedAt = statedUpdate(meta, ld);
  const inUrl = addressDate(urls, meta);
  const own = ownAddressOf(urls);
  const stated = statedDate(meta, ld.map((x) => x.datePublished));
  // asked only when no stated or URL date settles it; then both of its answers in one pass over the HTML
  let script: ReturnType<typeof scriptDataDates> | undefined;
  const scriptData = () => (script ??= scriptDataDates(html));
  const published =
    found(revisionDate(root, meta), "visible-text") ??
    (stated ? localDay(shownOverPageMeta(stated, meta, root, headline, own), inUrl, root) : null) ??
    found(inUrl, "url") ??
    found(scriptData().state, "script-data") ??
    found(timeDate(meta.times, headline, own), "time-element") ??
    found(dataAttributeDate(root, headline, own), "timestamp-attribute") ??
    found(visibleDate(root, headline, own, meta.lang), "visible-text") ??
    found(scriptData().jsonLd, "script-data") ??
    found(titleDate(meta), "title") ??
    found(pageTextDate(root, headline, own), "page-text") ??
    found(partialDateLine(root, headline, own, meta.lang), "visible-text") ??
    found(updatedAt, "modified") ??
    found(leadImageDate(meta), "image-url");
  const publishedAt = published?.value ?? null;
  return { publishedAt, updatedAt: updatedAt && updatedAt !== publishedAt ? updatedAt : null, publishedAtSource: published?.source ?? null };
}

/** What each source says on its own, before any is preferred (for the failure table and diagnostics). */
export function pageDateSources(root: El, meta: PageMeta, urls: string[], headline: El | null, html = ""): Record<PublishedAtSource, IsoDate | null> {
  const ld = [...meta.jsonLd].sort((a, b) => Number(a.type === "WebPage") - Number(b.type === "WebPage"));
  const stated = statedDate(meta, ld.map((x) => x.datePublished));
  const own = ownAddressOf(urls);
  const script = scriptDataDates(html);
  return {
    "json-ld": stated?.source === "json-ld" ? stated.value : null,
    meta: stated?.source === "meta" ? stated.value : null,
    microdata: stated?.source === "microdata" ? stated.value : null,
    url: addressDate(urls, meta),
    "time-element": timeDate(meta.times, headline, own),
    "timestamp-attribute": dataAttributeDate(root, headline, own),
    "visible-text": visibleDate(root, headline, own, meta.lang),
    "script-data": script.state ?? script.jsonLd,
    title: titleDate(meta),
    "page-text": pageTextDate(root, headline, own),
    modified: statedUpdate(meta, ld),
    "image-url": leadImageDate(meta),
  };
}

/** The finer sources a date ranker weighs (pageDateEvidence): each rule's own reading, before the chain prefers one. */
export const EVIDENCE_SOURCES = [
  "revision", "json-ld", "meta", "microdata", "other-meta", "stated-local", "url", "address", "script-state",
  "time-element", "timestamp-attribute", "visible-text", "script-json-ld", "title", "page-text", "partial-line", "modified", "image-url",
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** Every source's date (null when it has none) and the chain's choice, for a learned ranker and its training. */
export function pageDateEvidence(root: El, meta: PageMeta, urls: string[], headline: El | null, html = ""): { sources: Record<EvidenceSource, IsoDate | null>; chosen: IsoDate | null } {
  const ld = [...meta.jsonLd].sort((a, b) => Number(a.type === "WebPage") - Number(b.type === "WebPage"));
  const own = ownAddressOf(urls);
  const inUrl = addressDate(urls, meta);
  const stated = statedDate(meta, ld.map((x) => x.datePublished));
  const script = scriptDataDates(html);
  const sources: Record<EvidenceSource, IsoDate | null> = {
    revision: revisionDate(root, meta),
    "json-ld": firstValid(ld.map((x) => x.datePublished)),
    meta: firstValid(PUBLISHED_METAS.flatMap((k) => meta.metas.get(k) ?? [])),
    microdata: firstValid(PUBLISHED_PROPS.flatMap((k) => (meta.props.get(k) ?? []).map(propValue))),
    "other-meta": otherPublicationMeta(meta),
    "stated-local": stated ? localDay(shownOverPageMeta(stated, meta, root, headline, own), inUrl, root).value : null,
    url: urlDate(urls),
    address: urlDate(meta.addresses),
    "script-state": script.state,
    "time-element": timeDate(meta.times, headline, own),
    "timestamp-attribute": dataAttributeDate(root, headline, own),
    "visible-text": visibleDate(root, headline, own, meta.lang),
    "script-json-ld": script.jsonLd,
    title: titleDate(meta),
    "page-text": pageTextDate(root, headline, own),
    "partial-line": partialDateLine(root, headline, own, meta.lang),
    modified: statedUpdate(meta, ld),
    "image-url": leadImageDate(meta),
  };
  return { sources, chosen: readPageDates(root, meta, urls, headline, html).publishedAt };
}

/** JSON-LD `dateModified` (non-WebPage types first), then the modification metas, then microdata. */
function statedUpdate(meta: PageMeta, ld: PageMeta["jsonLd"]): IsoDate | null {
  return (
    firstValid(ld.map((x) => x.dateModified)) ??
    firstValid(MODIFIED_METAS.flatMap((k) => meta.metas.get(k) ?? [])) ??
    firstValid(MODIFIED_PROPS.flatMap((k) => (meta.props.get(k) ?? []).map(propValue)))
  );
}

function found(value: IsoDate | null, source: PublishedAtSource): Found | null {
  return value ? { value, source } : null;
}

/** JSON-LD, then metas, then microdata; JSON-LD and a meta on different days: the earlier moment. */
function statedDate(meta: PageMeta, ldDates: (string | null)[]): Found | null {
  const fromLd = firstValid(ldDates);
  const fromMeta = firstValid(PUBLISHED_METAS.flatMap((k) => meta.metas.get(k) ?? []));
  if (fromLd && fromMeta && fromLd.slice(0, 10) !== fromMeta.slice(0, 10)) {
    const a = instant(fromLd);
    const b = instant(fromMeta);
    // the same moment written in UTC and in the publisher's zone: the local one carries the day
    if (a !== null && b !== null && (b < a || (b === a && isUtc(fromLd) && !isUtc(fromMeta)))) return { value: fromMeta, source: "meta" };
  }
  if (fromLd) return { value: fromLd, source: "json-ld" };
  if (fromMeta) return { value: fromMeta, source: "meta" };
  return found(firstValid(PUBLISHED_PROPS.flatMap((k) => (meta.props.get(k) ?? []).map(propValue))), "microdata") ?? found(otherPublicationMeta(meta), "meta");
}

/**
 * The first date in a meta named like a publication date but in none of PUBLISHED_METAS, after
 * every other stated date; only a value that writes its year (a bare number may be an id, not an epoch).
 */
function otherPublicationMeta(meta: PageMeta): IsoDate | null {
  for (const [name, values] of meta.metas) {
    if (!PUBLICATION_META_NAME.test(name) || NOT_PUBLICATION_META_NAME.test(name)) continue;
    const day = firstValid(values.filter((v) => !/^\d+$/.test(v) && /(?:19|20)\d\d/.test(v)));
    if (day) return day;
  }
  return null;
}

/** MediaWiki's revision header: the newer side of a diff, or the banner of an old revision. */
const REVISION_HEADER_IDS = new Set(["mw-diff-ntitle1", "mw-revision-info"]);

/** The date of the revision a MediaWiki page shows ("Revision as of 05:33, 7 April 2020"); null elsewhere. */
function revisionDate(root: El, meta: PageMeta): IsoDate | null {
  if (!meta.metas.get("generator")?.some((g) => /^MediaWiki\b/i.test(g))) return null;
  for (const el of elements(root)) {
    if (el.attrs.id && REVISION_HEADER_IDS.has(el.attrs.id)) return findDatesInText(cleanText(textOf(el)))[0]?.value.slice(0, 10) ?? null;
  }
  return null;
}

function isUtc(value: IsoDate): boolean {
  return /(?:Z|[+-]00:00)$/.test(value);
}

/** Milliseconds since the epoch of a value with a time and a zone; null when either is missing. */
function instant(value: IsoDate): number | null {
  if (!/T\d\d:\d\d.*(?:Z|[+-]\d\d:\d\d)$/.test(value)) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/**
 * Dates a CMS writes for the page as a whole, not for the story: TYPO3, Drupal and publishing
 * systems fill `date` / `dcterms.date` with the page record's creation or last change.
 */
const PAGE_DATE_METAS = new Set(["date", "dc.date", "dcterms.date"]);

/**
 * A stated date read only from a page-wide date meta (PAGE_DATE_METAS) yields to the day the page
 * shows the story under, when its `<time>` and its date line near the headline agree on that day.
 */
function shownOverPageMeta(stated: Found, meta: PageMeta, root: El, headline: El | null, own: OwnAddress): Found {
  if (stated.source !== "meta" || !PAGE_DATE_METAS.has(firstPublishedMetaName(meta) ?? "")) return stated;
  const time = timeDate(meta.times, headline, own);
  const day = time?.slice(0, 10);
  if (!time || day === stated.value.slice(0, 10) || visibleDate(root, headline, own, meta.lang)?.slice(0, 10) !== day) return stated;
  return { value: time, source: "time-element" };
}

/** The name of the publication meta whose value statedDate reads (the first valid in PUBLISHED_METAS). */
function firstPublishedMetaName(meta: PageMeta): string | null {
  return PUBLISHED_METAS.find((k) => firstValid(meta.metas.get(k) ?? [])) ?? null;
}

/** The publisher's local day for a stated time: the URL's day one day off, or the shown neighbour of a UTC time near midnight. */
function localDay(stated: Found, inUrl: IsoDate | null, root: El): Found {
  if (inUrl && oneDayApart(stated.value, inUrl)) return { value: inUrl, source: "url" };
  const neighbour = nearMidnightNeighbour(stated.value);
  if (!neighbour) return stated;
  const day = stated.value.slice(0, 10);
  if (inUrl === day) return stated;
  const shown = dateLines(root);
  return mentionsDay(shown, neighbour) && !mentionsDay(shown, day) ? { value: neighbour, source: "visible-text" } : stated;
}

/** For a UTC time within NEAR_MIDNIGHT_HOURS of midnight, the day it is in the zones on that side; else null. */
function nearMidnightNeighbour(value: IsoDate): IsoDate | null {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]00:00)$/.exec(value);
  if (!m) return null;
  const minutes = +m[2]! * 60 + +m[3]!;
  const day = Date.parse(m[1]!);
  if (minutes < NEAR_MIDNIGHT_HOURS * 60) return new Date(day - DAY_MS).toISOString().slice(0, 10);
  if (minutes >= (24 - NEAR_MIDNIGHT_HOURS) * 60) return new Date(day + DAY_MS).toISOString().slice(0, 10);
  return null;
}

function oneDayApart(a: IsoDate, b: IsoDate): boolean {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) === DAY_MS;
}

function firstValid(values: (string | null | undefined)[]): IsoDate | null {
  for (const v of values) {
    const d = v ? parseDateValue(v) : null;
    if (d) return d;
  }
  return null;
}

/** The day in the page's URL (`urls`: canonical first), else in another of its own addresses (PageMeta.addresses). */
function addressDate(urls: string[], meta: PageMeta): IsoDate | null {
  return urlDate(urls) ?? urlDate(meta.addresses);
}

/** The day in the lead image's URL (LEAD_IMAGE_METAS). */
function leadImageDate(meta: PageMeta): IsoDate | null {
  return urlDate(LEAD_IMAGE_METAS.flatMap((k) => meta.metas.get(k) ?? []));
}

export function urlDate(urls: string[]): IsoDate | null {
  for (const raw of urls) {
    let path = raw;
    try {
      path = decodeURI(new URL(raw).pathname);
    } catch {
      // not a URL: read it as a path
    }
    for (const re of [URL_YMD, URL_Y_SECTION_MD, URL_COMPACT]) {
      const m = re.exec(path);
      const d = m ? makeDay(+m[1]!, +m[2]!, +m[3]!) : null;
      if (d) return d;
    }
    const named = URL_Y_MONTH_NAME_D.exec(path);
    const d = named ? makeDay(+named[1]!, URL_MONTH_ABBREVIATIONS.indexOf(named[2]!.slice(0, 3).toLowerCase()) + 1, +named[3]!) : null;
    if (d) return d;
    const dmy = URL_DMY.exec(path);
    const yearLast = dmy ? (makeDay(+dmy[4]!, +dmy[3]!, +dmy[1]!) ?? makeDay(+dmy[4]!, +dmy[1]!, +dmy[3]!)) : null;
    if (yearLast) return yearLast;
  }
  return null;
}

/**
 * `<time>` marked as the publication (on itself or on the element wrapping it: `<span
 * class="datePublished"><time …>`), then the first unmarked one; never one inside a link (a
 * teaser's) or marked as an update.
 */
function timeDate(times: El[], headline: El | null, own: OwnAddress): IsoDate | null {
  const candidates = times.filter((t) => !isInTeaserLink(t, own) && !isMarkedUpdate(t) && !isInStoryCard(t, headline, own));
  const marked = candidates.filter((t) => t.attrs.pubdate !== undefined || PUBLICATION_MARK.test(marks(t)) || (t.parent !== null && PUBLICATION_MARK.test(marks(t.parent))));
  const unmarked = candidates.filter((t) => !marked.includes(t));
  for (const t of [...marked, ...unmarked]) {
    const shown = mentionsUpdateLabel(textOf(t)) ? null : parseDateValue(lineText(t));
    const d = parseDateValue(t.attrs.datetime ?? "");
    if (d) return shown && isUtcOrZoneless(d) && oneDayApart(d, shown) ? shown.slice(0, 10) : d;
    if (shown) return shown;
  }
  return null;
}

/** A time of day written in UTC or with no zone (`2019-11-20T00:53:52`): the reader's day may be the one before or after. */
function isUtcOrZoneless(value: IsoDate): boolean {
  return /T\d\d:\d\d(?::[\d.]+)?(?:Z|[+-]00:?00)?$/.test(value);
}

function marks(el: El): string {
  return `${el.attrs.itemprop ?? ""} ${classAndId(el)}`;
}

/**
 * The first date in a date-named attribute (tweets, comment systems, CMS widgets, analytics data
 * layers: `data-ga4-published="2021-11-01"`, `time="1593378975"`, `data-date="June 26, 2023"`).
 */
function dataAttributeDate(root: El, headline: El | null, own: OwnAddress): IsoDate | null {
  for (const el of elements(root)) {
    // a link's attributes describe the page it links to (a related story's publication date)
    if (el.tag === "a") continue;
    for (const [name, v] of Object.entries(el.attrs)) {
      if (!DATE_ATTRIBUTE.test(name) || NOT_PUBLICATION_ATTRIBUTE.test(name)) continue;
      const d = attributeDate(v.trim());
      if (d && !isStoryCard(el, headline, own) && !isInStoryCard(el, headline, own)) return d;
    }
  }
  return null;
}

/**
 * A date-named attribute's value when it is a date: an epoch, an ISO date, or a date written out
 * with at most a weekday, a clock time and a zone beside it (`2024.03.31 19:59`, `June 26, 2023`,
 * `Thu, 24 Sep 2020 21:12:35 +05:30`); not a date inside other words (a caption, a format's example).
 */
function attributeDate(value: string): IsoDate | null {
  if (DATE_ATTRIBUTE_VALUE.test(value)) return parseDateValue(value);
  if (value.length > ATTRIBUTE_DATE_MAX_CHARS) return null;
  const d = findDatesInText(value)[0];
  if (!d) return null;
  const rest = `${value.slice(0, d.start)} ${value.slice(d.end)}`.replace(WEEKDAY, " ");
  return CLOCK_AND_ZONE.test(rest) ? d.value : null;
}

/**
 * The headline's own date line: the first after the headline, unless the last one above it is
 * nearer (a kicker line set above the headline: at most NEAR_HEADLINE_CHARS of text between them);
 * else the first above it, else the headline's date line labelled as an update, else its date line
 * written with a two-digit year (`Do 25.04.24 | 14:07 Uhr`: nothing to guess, unlike a line without
 * a year), else a date in the text after the headline (a caption or a broadcast note may hold an
 * earlier day), else the comment thread's first date. A date line far above the
 * headline is the page header's date of today; the one after it may be a teaser's further down.
 */
function visibleDate(root: El, headline: El | null, own: OwnAddress, lang: string | null): IsoDate | null {
  let firstAbove: IsoDate | null = null;
  let lastAbove: { day: IsoDate; end: number } | null = null;
  let headlineSpan: { start: number; end: number } | null = null;
  let firstComment: IsoDate | null = null;
  for (const { el, start } of elementsWithOffsets(bodyOf(root))) {
    if (el === headline) {
      headlineSpan = { start, end: start + visibleLength(textOf(el)) };
      // a block holding the headline is no line above it
      if (lastAbove && lastAbove.end > start) lastAbove = null;
      continue;
    }
    if (headlineSpan && start < headlineSpan.end) continue;
    const text = dateLineText(el);
    const day = text && !isInCaption(el) && !isInTeaserLink(el, own) && !isInTeaserBlock(el) && !isMarkedUpdate(el) && !isInStoryCard(el, headline, own) ? unlabelledDate(text) ?? archivedDay(el, text) : null;
    if (!day) continue;
    if (isInComments(el)) {
      firstComment ??= day;
      continue;
    }
    if (headline === null) return day;
    if (!headlineSpan) {
      // the site header's date is today's, not the story's
      const inHeader = isInPageHeader(el, headline);
      if (!inHeader) firstAbove ??= day;
      lastAbove = inHeader ? null : { day, end: start + visibleLength(text) };
      continue;
    }
    const aboveGap = lastAbove ? headlineSpan.start - lastAbove.end : Infinity;
    return aboveGap <= NEAR_HEADLINE_CHARS && aboveGap < start - headlineSpan.end ? lastAbove!.day : day;
  }
  if (lastAbove && headlineSpan && headlineSpan.start - lastAbove.end <= NEAR_HEADLINE_CHARS) return lastAbove.day;
  if (firstAbove) return firstAbove;
  if (!headline) return firstComment;
  return updateLineDate(root, headline, own) ?? headlineLineDay(root, headline, own, lang, null) ?? unlabelledDate(textAfter(headline, AFTER_HEADLINE_CHARS)) ?? firstComment;
}

/** A copyright line's years: `© 2020 …`, `Copyright © 2001 - 2020`, `(c) 2019`. */
const COPYRIGHT = /(?:©|\(c\)|copyright)[^\n]{0,60}/gi;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
/** The languages that write a numeric date month first (`11/20/19`). */
const MONTH_FIRST_LANG = /^en(?:-us)?$/i;

/**
 * The last resort for a page that writes its date only in a short form: the headline's date line
 * (the first date-classed line after the headline, or one just above it) read with a two-digit
 * year (`25.04.24`, `11/20/19`) or without a year (`mardi 17 mars`, `Nov 18, 8:19 PM`), which is
 * then the page's current year: the latest year of its copyright line, as a reader assumes.
 */
function partialDateLine(root: El, headline: El | null, own: OwnAddress, lang: string | null): IsoDate | null {
  const year = copyrightYear(root);
  const day = headlineLineDay(root, headline, own, lang, year);
  if (day || year === null) return day;
  const lead = leadParagraph(root, headline);
  return lead ? readDatelineDay(lead, year) : null;
}

/**
 * The headline's date line read in a short form: a two-digit year (`Do 25.04.24 | 14:07 Uhr`), or, with
 * `year` given, no year at all (then that year). With `year` null nothing is guessed, so visibleDate
 * takes it before a date in the text.
 */
function headlineLineDay(root: El, headline: El | null, own: OwnAddress, lang: string | null, year: number | null): IsoDate | null {
  const line = headlineDateLine(root, headline, own);
  return line ? readPartialDate(line, MONTH_FIRST_LANG.test(lang ?? ""), year) : null;
}

/** A lead paragraph has at least this many characters; shorter ones are bylines, kickers or labels. */
const LEAD_MIN_CHARS = 40;

/** The text of the first paragraph after the headline (or in the body) that is long enough to be the lead, outside page chrome. */
function leadParagraph(root: El, headline: El | null): string | null {
  let afterHeadline = headline === null;
  for (const el of elements(bodyOf(root))) {
    if (el === headline) afterHeadline = true;
    if (!afterHeadline || el.tag !== "p" || isChrome(el)) continue;
    const text = cleanText(textOf(el));
    if (text.length >= LEAD_MIN_CHARS) return text;
  }
  return null;
}

/** The text of the headline's date line: date-classed or `<time>`, short, not a caption, a teaser's, an update's or the header's. */
function headlineDateLine(root: El, headline: El | null, own: OwnAddress): string | null {
  let above: { text: string; end: number } | null = null;
  let headlineEnd = -1;
  for (const { el, start } of elementsWithOffsets(bodyOf(root))) {
    if (el === headline) {
      headlineEnd = start + visibleLength(textOf(el));
      if (above && above.end > start) above = null;
      if (above && start - above.end > NEAR_HEADLINE_CHARS) above = null;
      continue;
    }
    if (headlineEnd >= 0 && start < headlineEnd) continue;
    if (headlineEnd >= 0 && start - headlineEnd > AFTER_HEADLINE_CHARS) break;
    if (el.tag !== "time" && !DATE_CLASS.test(classAndId(el))) continue;
    const text = shortText(el);
    if (!text || !/\d/.test(text) || mentionsUpdateLabel(text) || isInCaption(el) || isInTeaserLink(el, own) || isMarkedUpdate(el) || isInStoryCard(el, headline, own)) continue;
    if (headline === null || headlineEnd >= 0) return text;
    if (!isInPageHeader(el, headline)) above = { text, end: start + visibleLength(text) };
  }
  return above?.text ?? null;
}

/**
 * The day of the headline's date line when it is labelled or marked as an update (`Updated Thu,
 * 16 Apr 2020 01:00 AM IST`, `<span class="updated">`): the first date line within
 * AFTER_HEADLINE_CHARS after the headline, or one just above it, read with its update.
 */
function updateLineDate(root: El, headline: El | null, own: OwnAddress): IsoDate | null {
  if (headline === null) return null;
  let above: { day: IsoDate; end: number } | null = null;
  let headlineEnd = -1;
  for (const { el, start } of elementsWithOffsets(bodyOf(root))) {
    if (el === headline) {
      headlineEnd = start + visibleLength(textOf(el));
      if (above && (above.end > start || start - above.end > NEAR_HEADLINE_CHARS)) above = null;
      continue;
    }
    if (headlineEnd >= 0 && start < headlineEnd) continue;
    if (headlineEnd >= 0 && start - headlineEnd > AFTER_HEADLINE_CHARS) break;
    if (el.tag !== "time" && !DATE_CLASS.test(classAndId(el))) continue;
    const text = cleanText(lineText(el));
    if (text.length > DATE_LINE_MAX_CHARS || isInCaption(el) || isInTeaserLink(el, own) || isInTeaserBlock(el) || isInComments(el) || isInStoryCard(el, headline, own)) continue;
    const day = findDatesInText(text)[0]?.value.slice(0, 10) ?? (el.tag === "time" ? parseDateValue(el.attrs.datetime ?? "")?.slice(0, 10) : null);
    if (!day) continue;
    if (headlineEnd >= 0) return day;
    if (!isInPageHeader(el, headline)) above = { day, end: start + visibleLength(text) };
  }
  return above?.day ?? null;
}

/** The latest year of the page's copyright lines, or null. */
function copyrightYear(root: El): number | null {
  let latest: number | null = null;
  for (const el of elements(bodyOf(root))) {
    if (el.tag === "script" || el.tag === "style") continue;
    for (const c of el.children) {
      if (isEl(c)) continue;
      for (const m of c.matchAll(COPYRIGHT)) for (const y of m[0].matchAll(YEAR)) latest = Math.max(latest ?? 0, +y[0]);
    }
  }
  return latest;
}

/** Characters a reader sees (white space not counted: markup indents it freely). */
function visibleLength(text: string): number {
  return text.replace(/\s+/g, "").length;
}

/** Every element under `root` in document order, with the visible characters of text before it. */
function* elementsWithOffsets(root: El): Generator<{ el: El; start: number }> {
  let offset = 0;
  const stack: Node[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isEl(node)) {
      offset += visibleLength(node);
      continue;
    }
    yield { el: node, start: offset };
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** The text of a date-classed element, or of a short leaf element that is mostly a date; else "". */
function dateLineText(el: El): string {
  if (DATE_CLASS.test(classAndId(el))) return shortText(el);
  if (el.children.length === 0 || el.children.some(isEl)) return "";
  const text = cleanText(textOf(el));
  if (text.length === 0 || text.length > BARE_DATE_LINE_MAX_CHARS) return "";
  const d = findDatesInText(text)[0];
  return d && (d.end - d.start) / text.length >= BARE_DATE_LINE_SHARE ? text : "";
}

function bodyOf(root: El): El {
  for (const el of elements(root)) if (el.tag === "body") return el;
  return root;
}

function isInCaption(el: El): boolean {
  for (let a: El | null = el; a; a = a.parent) if (CAPTION_TAGS.has(a.tag) || CAPTION_CLASS.test(classAndId(a))) return true;
  return false;
}

/**
 * The site's header, top bar or navigation, where a page shows today's date (sometimes just above
 * a logo set in an `<h1>`): a `<nav>`, a top-bar class, or a `<header>` that does not hold the headline.
 */
function isInPageHeader(el: El, headline: El): boolean {
  // the body's classes describe the whole page (Divi's `et_show_nav`, `et_secondary_nav_enabled`)
  for (let a: El | null = el; a && a.tag !== "body"; a = a.parent) {
    if (a.tag === "nav" || PAGE_HEADER_CLASS.test(classAndId(a))) return true;
    if (a.tag === "header" && !contains(a, headline)) return true;
  }
  return false;
}

/**
 * A link's text describes the page it links to: a date inside it is another story's (a teaser).
 * A permalink to the page itself (`rel=bookmark`, or the page's own address) carries the page's date.
 */
function isInTeaserLink(el: El, own: OwnAddress): boolean {
  for (let a: El | null = el; a; a = a.parent) {
    if (a.tag !== "a" || a.attrs.href === undefined) continue;
    if (/\bbookmark\b/i.test(attr(a, "rel")) || dayArchiveOf(a) !== null) return false;
    const path = pathOf(a.attrs.href, own);
    return path === null || !own.paths.has(path);
  }
  return false;
}

/** A path ending in a full date: the site's archive of that day (`/2021/05/10/`, `/time/2020-10-13`, `/newsroom,nDate,2021-05-10`). */
const DAY_ARCHIVE_PATH = /(?:^|[/,=_-])((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})\/?$/;

/** The day of a link to the site's archive of one day, or null: a date line linked there is the page's own (its day's other stories are listed there). */
function dayArchiveOf(link: El): IsoDate | null {
  const u = resolvedHref(link.attrs.href ?? "", "https://host/");
  const m = u ? DAY_ARCHIVE_PATH.exec(u.pathname) : null;
  return m ? makeDay(+m[1]!, +m[2]!, +m[3]!) : null;
}

/**
 * A date line without its year linked to the archive of one day (interia.pl's `Wczoraj, 10 maja
 * (11:03)` → `/newsroom,nDate,2021-05-10`): that day, when the line shows its day of the month.
 */
function archivedDay(el: El, text: string): IsoDate | null {
  for (let a: El | null = el; a && a.tag !== "body"; a = a.parent) {
    if (a.tag !== "a") continue;
    const day = dayArchiveOf(a);
    return day && new RegExp(`(?<!\\d)0?${+day.slice(8, 10)}(?!\\d)`).test(toAsciiDigits(text)) ? day : null;
  }
  return null;
}

/** A block classed as another story's teaser (Drupal's `node-teaser`, `teaser-item`): its date line is that story's. */
function isInTeaserBlock(el: El): boolean {
  for (let a: El | null = el; a && a.tag !== "body"; a = a.parent) if (TEASER_CLASS.test(classAndId(a))) return true;
  return false;
}

/** An author's, tag's or section's page ("View all posts by …"): a byline's link, not a story's. */
const ARCHIVE_PATH = /\/(?:author|authors|autor|auteur|writers?|profile|user|users|tags?|topics?|category|categories|kategorie|section|rubrik)(?:\/|$)/i;
/** A story card is at most this many visible characters: a title, a byline, a date, a line of summary. */
const STORY_CARD_MAX_CHARS = 600;
/** A link naming another story has at least this many words (its text, or the title of an empty link): a headline, not an author, a section or a share button. */
const STORY_LINK_MIN_WORDS = 5;
/** In a list item (a "recent posts" or "top stories" list), a shorter title will do. */
const LIST_STORY_LINK_MIN_WORDS = 3;

/**
 * A card of another story without a teaser class (a "top stories" list, a hero strip, a widget of
 * offers): the smallest block around the date that holds a link to another page whose words are a
 * headline's, when that block is short and does not hold the page's headline. The date beside that
 * link (in a `<time>`, a `data-time`, a date line) is that story's.
 */
function isInStoryCard(el: El, headline: El | null, own: OwnAddress): boolean {
  for (let a = el.parent; a && a.tag !== "body"; a = a.parent) {
    if (!mayBeStoryCard(a, headline)) return false;
    // the card's title comes before its date (a link after it is the text's, or the byline's)
    if (holdsOtherStoryLink(a, own, el)) return true;
  }
  return false;
}

/**
 * An element that is itself a card of another story (a "more posts" `<article data-timestamp>`,
 * a list item of other stories `<li data-post-date>`): short, without the page's headline, holding
 * a link to another page whose words are a headline's. A date attribute on it is that story's.
 */
function isStoryCard(el: El, headline: El | null, own: OwnAddress): boolean {
  return mayBeStoryCard(el, headline) && holdsOtherStoryLink(el, own, null);
}

/** A block short enough for a card, without the page's headline. */
function mayBeStoryCard(block: El, headline: El | null): boolean {
  return !(headline && contains(block, headline)) && visibleLength(textOf(block)) <= STORY_CARD_MAX_CHARS;
}

/**
 * Whether `card` holds, before `before` (anywhere when null), a link to another story, as a card's title; a menu in the
 * card (an author's pop-over listing their stories) is no card's title.
 */
function holdsOtherStoryLink(card: El, own: OwnAddress, before: El | null): boolean {
  const minWords = card.tag === "li" ? LIST_STORY_LINK_MIN_WORDS : STORY_LINK_MIN_WORDS;
  for (const link of elements(card)) {
    if (link === before) break;
    if (link.tag === "a" && namesOtherStory(link, own, minWords) && !isInNav(link, card)) return true;
  }
  return false;
}

/**
 * A link to another page whose text (or title) reads as a headline; not a link to the page's own
 * path. (`rel=bookmark` does not make it the page's: WordPress marks every listed post's title so.)
 */
function namesOtherStory(link: El, own: OwnAddress, minWords: number): boolean {
  const href = link.attrs.href;
  if (href === undefined || /^\s*(?:javascript|mailto|tel):/i.test(href)) return false;
  const path = pathOf(href, own);
  if (path === null || path === "" || own.paths.has(path) || !onOwnSite(href, own) || ARCHIVE_PATH.test(path) || /\bauthor\b/i.test(attr(link, "rel"))) return false;
  // the title attribute stands in only for an empty link (an image link); an author link's reads "Posts by …"
  const linkText = cleanText(textOf(link)) || cleanText(attr(link, "title"));
  // a date in the link is not a headline's word (a teaser link "2 March 2021 Older story")
  const text = withoutDates(linkText, findDatesInText(linkText));
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= minWords;
}

/** Whether a `<nav>` between `el` and `top` holds `el`. */
function isInNav(el: El, top: El): boolean {
  for (let a: El | null = el; a && a !== top; a = a.parent) if (a.tag === "nav") return true;
  return false;
}

/** A block of readers' comments (the body's classes describe the whole page, not a block in it). */
function isInComments(el: El): boolean {
  for (let a: El | null = el; a && a.tag !== "body"; a = a.parent) if (COMMENT_CLASS.test(classAndId(a))) return true;
  return false;
}

/** The path of an address without a fragment; null for a fragment link (`#comment-12`) or one not read. */
function pathOf(href: string, own: OwnAddress): string | null {
  const base = [...own.paths][0];
  const u = resolvedHref(href, base ? `https://host${base}` : "https://host/");
  return !u || u.hash ? null : u.pathname.replace(/\/$/, "");
}

/** A link's address resolved against `base` (a stand-in host: its path and host are what is read), or null when it does not parse. */
function resolvedHref(href: string, base: string): URL | null {
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

/** The page's own addresses (canonical, og:url, the fetched URL): their paths without a trailing slash, and their hosts without `www.`. */
interface OwnAddress {
  paths: Set<string>;
  hosts: Set<string>;
}

function ownAddressOf(urls: string[]): OwnAddress {
  const own: OwnAddress = { paths: new Set(), hosts: new Set() };
  for (const raw of urls) {
    try {
      const u = new URL(raw);
      own.paths.add(u.pathname.replace(/\/$/, ""));
      own.hosts.add(u.hostname.replace(/^www\./, ""));
    } catch {
      // not an absolute URL: no path to compare with
    }
  }
  return own;
}

/** A relative link, or one to the page's own host (any host when the page names none). */
function onOwnSite(href: string, own: OwnAddress): boolean {
  if (own.hosts.size === 0 || !/^\s*(?:https?:)?\/\//i.test(href)) return true;
  const u = resolvedHref(href, "https://host/");
  return u !== null && own.hosts.has(u.hostname.replace(/^www\./, ""));
}

/**
 * An element whose class or itemprop names an update (`updated`, `entry-updated`, `dateModified`)
 * shows the update's date; one marked both ways (WordPress's `entry-date published updated` on a
 * story never edited) shows the publication.
 */
function isMarkedUpdate(el: El): boolean {
  const words = marks(el);
  return UPDATE_MARK.test(words) && !PUBLICATION_MARK.test(words);
}

/**
 * The element's text when it is short enough to be a date line, else "". The text of an element
 * inside it marked as an update is left out: a byline box (`posted-on`, `post-info`, `meta-info`)
 * that holds `<time class="updated">` or a hidden `<span class="updated">` beside the publication
 * shows the update there, not the publication.
 */
function shortText(el: El): string {
  const text = cleanText(textWithoutUpdates(el, DATE_LINE_MAX_CHARS * 4));
  return text.length <= DATE_LINE_MAX_CHARS ? text : "";
}

/** The text under `el` without the elements marked as an update; "" past `max` characters. */
function textWithoutUpdates(el: El, max: number): string {
  return lineText(el, max, isMarkedUpdate);
}

/** Superscripts and subscripts belong to the word before them (`22<sup>nd</sup>`). */
const GLUED_TAGS = new Set(["sup", "sub"]);

/**
 * The text under `el` with a space where an element starts or ends, as a reader sees a byline's
 * parts apart (`Nov 20 2019<span></span>4:29 AM`, `Lucas Nolan<span>22 Dec 2016</span>`), where
 * textOf would glue them into one word (`20194:29`, `Nolan22`); the elements `skip` accepts are
 * left out; "" past `max` characters.
 */
function lineText(el: El, max = Infinity, skip: (el: El) => boolean = () => false): string {
  let out = "";
  const stack: Node[] = [...el.children].reverse();
  while (stack.length) {
    const c = stack.pop()!;
    if (!isEl(c)) {
      out += c;
      if (out.length > max) return "";
      continue;
    }
    if (skip(c)) continue;
    const apart = !GLUED_TAGS.has(c.tag);
    if (apart) stack.push(" ");
    for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
    if (apart) out += " ";
  }
  return out;
}

function unlabelledDate(text: string): IsoDate | null {
  for (const d of findDatesInText(text)) {
    const before = text.slice(Math.max(0, d.start - 25), d.start);
    if (!mentionsUpdateLabel(before)) return d.value.slice(0, 10);
  }
  return null;
}

/**
 * Publication keys of script data: JSON in `<script>` bodies (Next.js, Nuxt, CMS state) that is
 * not JSON-LD; `dateCreated` is left out (wikis and CMSs give the record's creation there). The
 * key may be a bare JavaScript one (`dataLayer.push({article_publication_date: "…"})`) and may
 * name its object (`article_`, `story_`, `post_`…), not a plan (`planned_publish_date`). Its name
 * is `publish`, `published` or `publication`, alone or with `Date`, `Time` or `At` (and a
 * `String` after it), `pubDate` or `pubTime`, in camelCase or snake_case, maybe after `first`;
 * or `datePublished`. A JavaScript object literal may quote the value with `'`.
 */
const PUBLICATION_KEY = String.raw`(?:first_?)?(?:(?:[Pp]ublish(?:ed)?|[Pp]ublication)(?:_?(?:[Dd]ate|[Tt]ime|[Aa]t)(?:_?[Ss]tring)?)?|[Pp]ub_?(?:[Dd]ate|[Tt]ime))|datePublished|date_published`;
const SCRIPT_DATE_KEY = new RegExp(String.raw`(?:\\?["']|(?<![\w$"']))(?:(?:article|story|post|page|content|item|news)_)?(?:${PUBLICATION_KEY})(?:\\?["']|&quot;)?\s*:\s*\\?(["']|&quot;)((?:(?!&quot;)[^"'\\]){8,40})\\?\1`, "g");

const JSON_LD_SCRIPT = /<script\b[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script\s*>/gi;

/**
 * The first publication key of the page's script data outside JSON-LD blocks and the first inside
 * them, in one pass. Outside, it is the page's state (read early, rule 3). Inside, the article's
 * date was read as stated when the block could be (rule 1); what is left is JSON-LD the reader did
 * not take (`type` for `@type`) or another object's date (a fact check's `itemReviewed` claim, a
 * video), so it comes late (rule 7).
 */
function scriptDataDates(html: string): { state: IsoDate | null; jsonLd: IsoDate | null } {
  const blocks = [...html.matchAll(JSON_LD_SCRIPT)].map((m) => [m.index, m.index + m[0].length] as const);
  const dates = { state: null as IsoDate | null, jsonLd: null as IsoDate | null };
  for (const m of html.matchAll(SCRIPT_DATE_KEY)) {
    const key = blocks.some(([start, end]) => m.index >= start && m.index < end) ? "jsonLd" : "state";
    if (dates[key]) continue;
    dates[key] = parseDateValue(m[2]!);
    if (dates.state && dates.jsonLd) break;
  }
  return dates;
}

/** The first full date in `<title>` or og:title. */
function titleDate(meta: PageMeta): IsoDate | null {
  for (const title of [meta.titleTag, ...(meta.metas.get("og:title") ?? [])]) {
    const d = findDatesInText(title)[0];
    if (d) return d.value.slice(0, 10);
  }
  return null;
}

/**
 * The last resort: the first date written in the page's own text, outside links, navigation,
 * header, footer, asides, captions, comments and related blocks, not labelled as an update.
 */
function pageTextDate(root: El, headline: El | null, own: OwnAddress): IsoDate | null {
  for (const el of elements(bodyOf(root))) {
    if (isChrome(el)) continue;
    for (const c of el.children) {
      if (isEl(c)) continue;
      const d = unlabelledDate(c);
      if (d && !isInStoryCard(el, headline, own)) return d;
    }
  }
  return null;
}

function isChrome(el: El): boolean {
  for (let a: El | null = el; a; a = a.parent) if (CHROME_TAGS.has(a.tag) || CAPTION_TAGS.has(a.tag) || CHROME_CLASS.test(classAndId(a))) return true;
  return false;
}

/** Every date line of the page (bylines, date widgets, short date-only elements), one per line. */
function dateLines(root: El): string {
  const lines: string[] = [];
  for (const el of elements(bodyOf(root))) {
    const text = dateLineText(el);
    if (text && !isInCaption(el)) lines.push(text);
  }
  return lines.join("\n");
}

/** Text after the element in document order, up to `max` characters. */
function textAfter(el: El, max: number): string {
  let out = "";
  let node: El | null = el;
  while (node && out.length < max) {
    const parent: El | null = node.parent;
    if (!parent) break;
    const i = parent.children.indexOf(node);
    for (const sib of parent.children.slice(i + 1)) {
      out += ` ${isEl(sib) ? textOf(sib) : sib}`;
      if (out.length >= max) break;
    }
    node = parent;
  }
  return cleanText(out).slice(0, max);
}
