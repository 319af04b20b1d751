/**
 * The page's publication and update dates. Rules, first match wins:
 * 1. JSON-LD `datePublished` of an article-typed object (non-WebPage types first);
 * 2. publication metas (`article:published_time`, `datePublished`, `pubdate`, Dublin Core…);
 * 3. microdata / RDFa (`itemprop=datePublished`, `property=dc:date`…) on any element;
 *    (when one of those is one day off a date in the URL, the URL's day wins: same moment, the
 *    publisher's local day);
 * 4. a full date in the canonical URL (`/2020/04/24/`, `/2013/world/8/3/`, `2020-04-24`, `/20200424`);
 * 5. `<time>` marked as publication (pubdate, itemprop, class), then the first `<time datetime>`;
 * 6. visible text of date-like elements (class/id date, time, publish, تاريخ…), then the text that
 *    follows the headline — skipping dates labelled as updates (آخر تحديث, Updated).
 * The update date comes from JSON-LD `dateModified`, modification metas and labelled visible dates.
 * Values keep the zone as written: the local day is the publication day.
 */
import type { IsoDate } from "../../types.js";
import { findDatesInText, makeDay, parseDateValue } from "./date-text.js";
import { mentionsUpdateLabel } from "../../arabic/cues/index.js";
import { propValue, type PageMeta } from "./metadata.js";
import { classAndId, cleanText, elements, isEl, textOf, type El } from "./tree.js";

const PUBLISHED_METAS = [
  "article:published_time", "og:article:published_time", "article:published", "og:published_time", "datepublished",
  "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "publication_date", "date",
  "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "sailthru.date",
  "parsely-pub-date", "article.published", "originalpublicationdate", "cxenseparse:recs:publishtime", "rnews:datepublished",
  "citation_publication_date", "citation_date", "displaydate", "date_published", "article_date_original", "og:pubdate",
  "og:release_date", "release_date", "created", "creation_date", "dc.created", "live_date", "ga_publishdate", "pub_date",
  "publication-date", "bt:pubdate", "article:post_date", "published-date", "datecreated", "date.available",
];
const MODIFIED_METAS = ["article:modified_time", "og:updated_time", "article:modified", "datemodified", "lastmod", "last-modified", "dcterms.modified", "dc.date.modified", "modified_time", "revised"];
const PUBLISHED_PROPS = ["datepublished", "dc:date", "dc:created", "dcterms:created", "dcterms:issued", "datecreated", "pubdate"];
const MODIFIED_PROPS = ["datemodified", "dcterms:modified", "dc:modified"];

const URL_YMD = /(?:^|[/_.-])((?:19|20)\d{2})[/_.-](\d{1,2})[/_.-](\d{1,2})(?:[/_.-]|$)/;
const URL_Y_SECTION_MD = /\/((?:19|20)\d{2})\/[a-z_-]+\/(\d{1,2})\/(\d{1,2})\//i;
const URL_COMPACT = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/;
const DATE_CLASS = /date|time|publish|posted|created|dateline|byline|meta|info|تاريخ/i;
/** A date line is short; a long block with a date in it is prose. */
const DATE_LINE_MAX_CHARS = 160;
const AFTER_HEADLINE_CHARS = 600;

export interface PageDates {
  publishedAt: IsoDate | null;
  updatedAt: IsoDate | null;
}

export function readPageDates(root: El, meta: PageMeta, urls: string[], headline: El | null): PageDates {
  const ld = [...meta.jsonLd].sort((a, b) => Number(a.type === "WebPage") - Number(b.type === "WebPage"));
  const updatedAt =
    firstValid(ld.map((x) => x.dateModified)) ??
    firstValid(MODIFIED_METAS.flatMap((k) => meta.metas.get(k) ?? [])) ??
    firstValid(MODIFIED_PROPS.flatMap((k) => (meta.props.get(k) ?? []).map(propValue)));
  const inUrl = urlDate(urls);
  const stated =
    firstValid(ld.map((x) => x.datePublished)) ??
    firstValid(PUBLISHED_METAS.flatMap((k) => meta.metas.get(k) ?? [])) ??
    firstValid(PUBLISHED_PROPS.flatMap((k) => (meta.props.get(k) ?? []).map(propValue)));
  // a stated time one day off the URL's day is the same moment in another zone (often UTC):
  // the URL carries the publisher's local day
  const published = stated && inUrl && oneDayApart(stated, inUrl) ? inUrl : stated ?? inUrl ?? timeDate(meta.times) ?? visibleDate(root, headline);
  return { publishedAt: published, updatedAt: updatedAt && updatedAt !== published ? updatedAt : null };
}

function oneDayApart(a: IsoDate, b: IsoDate): boolean {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) === 86_400_000;
}

function firstValid(values: (string | null | undefined)[]): IsoDate | null {
  for (const v of values) {
    const d = v ? parseDateValue(v) : null;
    if (d) return d;
  }
  return null;
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
  }
  return null;
}

function timeDate(times: El[]): IsoDate | null {
  const marked = times.filter((t) => t.attrs.pubdate !== undefined || /publish|posted|created|date-?pub/i.test(`${t.attrs.itemprop ?? ""} ${classAndId(t)}`));
  const unmarked = times.filter((t) => !marked.includes(t) && !/modif|updat/i.test(`${t.attrs.itemprop ?? ""} ${classAndId(t)}`));
  for (const t of [...marked, ...unmarked]) {
    const d = parseDateValue(t.attrs.datetime ?? "") ?? (mentionsUpdateLabel(textOf(t)) ? null : parseDateValue(textOf(t)));
    if (d) return d;
  }
  return null;
}

function visibleDate(root: El, headline: El | null): IsoDate | null {
  for (const el of elements(root)) {
    if (!DATE_CLASS.test(classAndId(el))) continue;
    const text = shortText(el);
    if (text) {
      const d = unlabelledDate(text);
      if (d) return d;
    }
  }
  return headline ? unlabelledDate(textAfter(headline, AFTER_HEADLINE_CHARS)) : null;
}

/** The element's text when it is short enough to be a date line, else "". */
function shortText(el: El): string {
  let n = 0;
  const stack: El[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    for (const c of e.children) {
      if (isEl(c)) stack.push(c);
      else n += c.length;
      if (n > DATE_LINE_MAX_CHARS * 4) return "";
    }
  }
  const text = cleanText(textOf(el));
  return text.length <= DATE_LINE_MAX_CHARS ? text : "";
}

function unlabelledDate(text: string): IsoDate | null {
  for (const d of findDatesInText(text)) {
    const before = text.slice(Math.max(0, d.start - 25), d.start);
    if (!mentionsUpdateLabel(before)) return d.value.slice(0, 10);
  }
  return null;
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
