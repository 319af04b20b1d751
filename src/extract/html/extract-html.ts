/**
 * HTML page → articles (main first, then related), by marsad's own main-content algorithm.
 * Rules:
 * - metadata first, from the untouched tree: JSON-LD, OpenGraph/`article:*`, microdata, `<time>`,
 *   canonical URL, lead image, page tags; embeds are then taken out of the tree;
 * - the body comes from an ordered cascade, the first step reaching MIN_BODY_CHARS wins (else
 *   the longest): `scored` (pruned tree, candidate scoring) → `relaxed` (pruned without the
 *   unlikely-class rule) → `json-ld` (articleBody) → `paragraphs` (every prose `<p>`) →
 *   `page-text` (all text left in the pruned page) → `description` (meta description); when no
 *   step reaches the minimum, the earliest one close to the longest wins; the step is reported;
 * - title: the headline `<h1>` the metadata agrees with (its shown text, less a kicker it sets
 *   apart), else JSON-LD headline / og:title / `<title>` with the " - Site" part removed (a bare
 *   `<title>` naming no known site: its short end part);
 * - dates (page-date.ts) are read around the headline `<h1>`; a page without one gives the
 *   `<h2>`/`<h3>` that shows the title instead;
 * - body = paragraphs joined by a blank line; the headline, embeds, tag lists and read-also
 *   blocks are not part of it.
 */
import { issue, type Issue, type Result } from "../../issues.js";
import type { Article, Page } from "../../types.js";
import { detectLanguage } from "../../arabic/language.js";
import { newArticle } from "../article.js";
import { LEARNED_BLOCK_WEIGHTS } from "./block-weights.js";
import { foldTitle, Scorer, toParagraphs, trimChrome, type BlockWeights } from "./content.js";
import { takeEmbeds } from "./embeds.js";
import { firstMeta, propValue, readMeta, type PageMeta } from "./metadata.js";
import { readPageDates } from "./page-date.js";
import { readPageTags } from "./page-tags.js";
import { HIDDEN_STYLE, prune } from "./prune.js";
import { relatedArticles } from "./related.js";
import { cleanText, elements, findFirst, isEl, parseBoundedTree, parseTree, TREE_LIMITS, textOf, type El, type TreeOverflow } from "./tree.js";

/** Below this the page holds a teaser or a failed pick, not an article body. */
const MIN_BODY_CHARS = 250;
/** A JSON-LD articleBody this much longer than the scored body means the pick missed the story. */
const JSON_LD_PREFERENCE = 2;
const MIN_PARAGRAPH_CHARS = 60;
const SHORT_PAGE_SHARE = 0.8;

export type CascadeStep = "scored" | "relaxed" | "json-ld" | "paragraphs" | "page-text" | "description" | "none";

export interface HtmlExtraction {
  articles: Article[];
  step: CascadeStep;
  /** Parse limits the page hit (tree.ts): it was read flattened or cut. */
  overflow: TreeOverflow;
}

export function extractHtmlPage(page: Page): Result<Article[]> {
  const { articles, overflow } = extractHtml(page.text, page.url);
  const issues = overflowIssues(overflow, page.input);
  const main = articles[0]!;
  if (!main.body && !main.title) return { value: null, issues: [...issues, issue("extract-no-text", page.input, { detail: "no article text found in the HTML" })] };
  return { value: articles, issues };
}

/** Warnings for a page read within the parse limits rather than whole. */
function overflowIssues(overflow: TreeOverflow, input: string): Issue[] {
  const issues: Issue[] = [];
  if (overflow.isTooDeep) issues.push(issue("html-too-deep", input, { fatal: false, expected: `at most ${TREE_LIMITS.maxDepth} levels` }));
  if (overflow.hasTooManyElements) issues.push(issue("html-too-large", input, { fatal: false, detail: "elements past the cap were flattened", expected: `at most ${TREE_LIMITS.maxElements} elements` }));
  if (overflow.hasTooMuchText) issues.push(issue("html-too-large", input, { fatal: false, detail: "text past the cap was cut", expected: `at most ${TREE_LIMITS.maxTextChars} characters of text` }));
  return issues;
}

/**
 * The extraction with the cascade step that produced the body (for evaluation and debugging);
 * `weights` default to the learned ones (training passes others).
 */
export function extractHtml(html: string, pageUrl: string | null, weights: BlockWeights = LEARNED_BLOCK_WEIGHTS): HtmlExtraction {
  const { overflow, meta, ld, body, url, title, dateInputs } = readPageHead(html, pageUrl);
  const siteName = ld?.publisher ?? firstMeta(meta, ["og:site_name", "application-name", "twitter:site"]);
  // before takeEmbeds, which takes the embedded posts (and their dates) out of the tree
  const dates = readPageDates(dateInputs.root, meta, dateInputs.urls, dateInputs.headline, html);
  const embeds = takeEmbeds(body);
  const tags = readPageTags(body, meta, ld?.keywords ?? []);

  const { paragraphs, step, rails } = mainText(body, html, title, ld?.articleBody ?? null, meta, weights);
  const text = paragraphs.join("\n\n");
  const main = newArticle({
    title,
    body: text,
    publishedAt: dates.publishedAt,
    publishedAtSource: dates.publishedAtSource,
    updatedAt: dates.updatedAt,
    language: language(meta.lang, `${title}\n${text}`),
    source: { name: siteName ? cleanText(siteName).replace(/^@/, "") : null, domain: domainOf(url) },
    author: author(meta, ld?.authors ?? []),
    url,
    embeds,
    tags,
  });
  const image = leadImage(meta, ld?.image ?? null, url);
  if (image) main.image = image;
  return { articles: [main, ...relatedArticles(rails, documentBase(meta.base, pageUrl, url)).filter((r) => r.title !== title)], step, overflow };
}

/** What the page-date reader is given for this page (as extractHtml gives it), for the date ranker's training. */
export function pageDateInputs(html: string, pageUrl: string | null): PageDateInputs {
  return readPageHead(html, pageUrl).dateInputs;
}

interface PageDateInputs {
  root: El;
  meta: PageMeta;
  urls: string[];
  headline: El | null;
  html: string;
}

/** The page's tree, metadata, address and title, and what its date reader is given: extractHtml's first steps. */
function readPageHead(html: string, pageUrl: string | null) {
  const { root, overflow } = parseBoundedTree(html);
  const meta = readMeta(root);
  const ld = meta.jsonLd.find((x) => x.type !== "WebPage") ?? meta.jsonLd[0] ?? null;
  const body = findFirst(root, "body") ?? root;
  const h1s = [...elements(body)].filter((e) => e.tag === "h1").slice(0, 5);
  const url = canonicalUrl(meta, ld?.url ?? null, pageUrl);
  const { title, headline } = chooseTitle(meta, ld?.headline ?? null, h1s, siteSignals(meta, ld?.publisher ?? null, [url, pageUrl]));
  const dateInputs: PageDateInputs = { root, meta, urls: [url, pageUrl].filter((u): u is string => !!u), headline: headline ?? titleHeading(body, title), html };
  return { overflow, meta, ld, body, url, title, dateInputs };
}

function mainText(body: El, html: string, title: string, articleBody: string | null, meta: PageMeta, weights: BlockWeights): { paragraphs: string[]; step: CascadeStep; rails: El[] } {
  const tried: { paragraphs: string[]; step: CascadeStep; rails: El[] }[] = [];
  const scoredRails = prune(body, { relaxed: false });
  const scored = scoreAndSerialize(body, title, weights);
  tried.push({ paragraphs: scored, step: "scored", rails: scoredRails });
  const ldBody = articleBody ? cleanText(articleBody) : "";
  const scoredLen = length(scored);
  if (ldBody.length >= MIN_BODY_CHARS && ldBody.length > scoredLen * JSON_LD_PREFERENCE) {
    return { paragraphs: splitParagraphs(articleBody!), step: "json-ld", rails: scoredRails };
  }
  if (scoredLen >= MIN_BODY_CHARS) return tried[0]!;

  const relaxedRoot = findFirst(parseTree(html), "body");
  if (relaxedRoot) {
    takeEmbeds(relaxedRoot);
    const rails = prune(relaxedRoot, { relaxed: true });
    const relaxed = scoreAndSerialize(relaxedRoot, title, weights);
    tried.push({ paragraphs: relaxed, step: "relaxed", rails });
    if (length(relaxed) >= MIN_BODY_CHARS) return tried[1]!;
  }
  if (ldBody) tried.push({ paragraphs: splitParagraphs(articleBody!), step: "json-ld", rails: scoredRails });
  if (ldBody.length >= MIN_BODY_CHARS) return tried[tried.length - 1]!;

  const paragraphs = [...elements(relaxedRoot ?? body)]
    .filter((e) => e.tag === "p")
    .map((p) => cleanText(textOf(p)))
    .filter((t) => t.length >= MIN_PARAGRAPH_CHARS);
  tried.push({ paragraphs: trimChrome(paragraphs, foldTitle(title)), step: "paragraphs", rails: scoredRails });
  if (length(paragraphs) >= MIN_BODY_CHARS) return tried[tried.length - 1]!;

  const whole = relaxedRoot ?? body;
  tried.push({ paragraphs: toParagraphs([whole], new Scorer(whole, weights), title), step: "page-text", rails: scoredRails });
  const description = firstMeta(meta, ["og:description", "description", "twitter:description"]);
  if (description) tried.push({ paragraphs: [description], step: "description", rails: scoredRails });
  // all short: an earlier step wins unless a later one found clearly more
  const longest = Math.max(...tried.map((t) => length(t.paragraphs)));
  const best = tried.find((t) => length(t.paragraphs) >= longest * SHORT_PAGE_SHARE)!;
  return length(best.paragraphs) > 0 ? best : { paragraphs: [], step: "none", rails: scoredRails };
}

function scoreAndSerialize(root: El, title: string, weights: BlockWeights): string[] {
  const scorer = new Scorer(root, weights);
  const selection = scorer.select();
  return selection ? toParagraphs(selection.nodes, scorer, title) : [];
}

function length(paragraphs: string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0);
}

function splitParagraphs(text: string): string[] {
  return text.split(/\n\s*\n|\r?\n/).map(cleanText).filter(Boolean);
}

const TITLE_SEPARATORS = /\s+[|\-–—:»·•]\s+|\s+::\s+/;

/**
 * The names a page gives its site: JSON-LD publisher, og:site_name, application-name, the Twitter
 * handle, and the main label of its domain (`salon` for www.salon.com), folded.
 */
function siteSignals(meta: PageMeta, publisher: string | null, urls: (string | null)[]): string[] {
  const names = [publisher, ...["og:site_name", "application-name", "twitter:site"].flatMap((k) => meta.metas.get(k) ?? [])];
  for (const u of urls) {
    const host = domainOf(u);
    const label = host?.split(".").filter((x) => !/^(?:www|m|amp|news|com|org|net|co|gov|edu|[a-z]{2})$/.test(x)).pop();
    if (label && label.length >= 3) names.push(label);
  }
  return [...new Set(names.filter((n): n is string => !!n).map((n) => fold(n.replace(/^@/, ""))).filter((n) => n.length >= 2))];
}

/**
 * A title part that names the site: one of the site signals, within one, or holding one with
 * little more ("Salon.com", "CNN Politics"; not a headline that mentions the site).
 */
function namesSite(part: string, sites: readonly string[]): boolean {
  const f = fold(part);
  const squeezed = f.replace(/[\s.]+/g, "");
  const short = (s: string): boolean => f.length <= s.length + SITE_PART_EXTRA && f.split(" ").length <= 4;
  return f.length > 0 && sites.some((s) => f === s || s.includes(f) || ((f.includes(s) || squeezed.includes(s.replace(/[\s.]+/g, ""))) && short(s)));
}

/** How many characters a site part may add to the site's name ("news.", " Politics", ".com", "Schweizerische "). */
const SITE_PART_EXTRA = 16;

/** An h1 that is only a share of a stated title this small is a logo or a section name inside it. */
const MIN_H1_SHARE = 0.4;

/**
 * The article title. An `<h1>` (its shown text, shownText) the stated titles (JSON-LD headline,
 * og:title, microdata, `<title>`) agree with is the headline; an h1 a declared title names word for
 * word is tried alone, before earlier ones. A declared title that is the h1 less a kicker the h1
 * sets apart in its own element wins (declaredWithoutKicker); then a stated title with the same
 * words (the publisher's clean form); one that holds the h1 plus more wins when the more is a
 * kicker or a part the page does not name its site by (" | Author", "Kicker: "), while a " - Site"
 * part yields to the h1, and so does any separated part of the `<title>` tag (its usual place for
 * site and section chrome). An h1 that names the site, or is a small share of the stated title, is
 * a logo, not the headline. Without an agreeing h1: JSON-LD / og:title / microdata, then the
 * `<title>` (site part removed; with no site part found, a short chrome part, dropChromePart)
 * unless it only names the site, then the first h1.
 */
function chooseTitle(meta: PageMeta, ldHeadline: string | null, h1s: El[], sites: readonly string[]): { title: string; headline: El | null } {
  const og = firstMeta(meta, ["og:title", "twitter:title"]);
  const props = (meta.props.get("headline") ?? []).map(propValue);
  const tag = cleanText(meta.titleTag);
  const twitter = firstMeta(meta, ["twitter:title"]);
  const declared = [...new Set([ldHeadline, og, ...props, twitter].filter((t): t is string => !!t).map(cleanText))];
  const stated = [...declared, tag].filter(Boolean);
  const candidates = h1s.map((h) => ({ h, text: shownText(h) })).filter(({ text }) => text.length >= 5 && !namesSite(text, sites));
  // an h1 the publisher's declared title names word for word beats an earlier one only the <title> holds (a blog's name)
  const declaredH1 = candidates.find(({ text }) => declared.some((d) => fold(d) === fold(text)));
  for (const { h, text } of declaredH1 ? [declaredH1] : candidates) {
    const ft = fold(text);
    const withoutKicker = declaredWithoutKicker(h, ft, declared);
    if (withoutKicker) return { title: withoutKicker, headline: h };
    const same = stated.filter((s) => fold(s) === ft).sort((a, b) => a.length - b.length)[0];
    if (same) return { title: same, headline: h };
    const holding = stated.filter((s) => fold(s).includes(ft) && ft.length >= MIN_H1_SHARE * fold(s).length);
    if (holding.length === 0) {
      if (stated.some((s) => ft.includes(fold(s)) && fold(s).length >= MIN_H1_SHARE * ft.length)) return { title: text, headline: h };
      continue;
    }
    for (const s of holding) {
      const bareTag = s === tag && !declared.includes(s);
      if (bareTag && gluedChrome(s, text)) continue;
      const rest = bareTag ? restAfterParts(s, ft, () => true) : restAfterParts(s, ft, (p) => namesSite(p, sites));
      if (fold(rest) !== ft) return { title: rest, headline: h };
    }
    return { title: text, headline: h };
  }
  const headline = candidates[0]?.h ?? h1s.find((h) => shownText(h).length >= 5) ?? null;
  const best = declared[0] ?? null;
  if (best) return { title: stripSiteName(best, sites), headline };
  const stripped = tag ? stripSiteName(tag, sites) : "";
  const fromTag = stripped === tag ? dropChromePart(tag) : stripped;
  if (fromTag && !namesSite(fromTag, sites)) return { title: fromTag, headline };
  if (headline) return { title: shownText(headline), headline };
  return { title: fromTag, headline };
}

/** Lower headings a page without an `<h1>` may set its headline in. */
const LOWER_HEADINGS = new Set(["h2", "h3"]);

/**
 * On a page without an `<h1>`, the heading that shows the title: the first `<h2>`/`<h3>` whose text
 * holds the title and not much more (a kicker set in it: "Kicker - Headline"). Its date line is
 * the page's; without a headline the first date-classed line of the page is taken (the header's).
 */
function titleHeading(body: El, title: string): El | null {
  const want = fold(title);
  if (want.length < 5) return null;
  for (const el of elements(body)) {
    if (!LOWER_HEADINGS.has(el.tag)) continue;
    const text = fold(shownText(el));
    if (text.includes(want) && text.length <= 2 * want.length) return el;
  }
  return null;
}

/**
 * A heading's text without what the page does not show inside it (an editor's "edit" button
 * styled display:none, a hidden duplicate: the `hidden` attribute or HIDDEN_STYLE, as prune drops
 * them from the body), white space collapsed.
 */
function shownText(heading: El): string {
  let out = "";
  const stack: (El | string)[] = [...heading.children].reverse();
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (!isEl(c)) out += c;
    else if (c.attrs.hidden === undefined && !HIDDEN_STYLE.test(c.attrs.style ?? "")) for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
  return cleanText(out);
}

/**
 * A declared title (JSON-LD, og:title, microdata) that is the h1 less a kicker the h1 sets apart in
 * its own element before it ("<h1><span>Kicker</span> Headline</h1>", "<span>Kicker</span><span>:
 * </span><span>Headline</span>"): the headline without the kicker, as the publisher declares it.
 */
function declaredWithoutKicker(h1: El, ft: string, declared: readonly string[]): string | null {
  const parts = [...elements(h1)].map((e) => fold(textOf(e)).replace(KICKER_TRAIL, "")).filter(Boolean);
  for (const d of declared) {
    const fd = fold(d);
    if (fd.length === 0 || fd.length >= ft.length || !ft.endsWith(fd)) continue;
    const kicker = ft.slice(0, ft.length - fd.length).replace(KICKER_TRAIL, "");
    if (kicker && parts.includes(kicker)) return d;
  }
  return null;
}

/** What ends a kicker before its headline: spaces and a separator mark. */
const KICKER_TRAIL = /[\s|\-–—:»·•／：]+$/;

/** The most words a separated part of a bare `<title>` (no site signal matched) may have and pass for chrome. */
const CHROME_PART_WORDS = 4;
/** Words the headline part keeps at least. */
const MIN_HEADLINE_WORDS = 4;
/** Separators that set chrome apart in a bare `<title>` (not the colon: "Kicker: Headline"). */
const CHROME_SEPARATORS = /\s+[|\-–—»·•]\s+/;

/**
 * A bare `<title>` whose site part matched no site signal: its last separated part when short
 * ("Headline – My website", "Headline | Section | Author"), else its first one before a separator
 * that is not a dash ("Site | Headline", "Site » Headline"), is taken for chrome when a headline of
 * MIN_HEADLINE_WORDS words or more, and more words than the part, is left (the hierarchy Readability
 * reads in separators); otherwise the title stays whole.
 */
export function dropChromePart(title: string): string {
  const pieces = title.split(new RegExp(`(${CHROME_SEPARATORS.source})`));
  if (pieces.length < 3) return title;
  const words = (t: string): number => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const last = pieces[pieces.length - 1]!;
  const withoutLast = pieces.slice(0, -2).join("");
  if (words(last) <= CHROME_PART_WORDS && words(withoutLast) >= MIN_HEADLINE_WORDS && words(withoutLast) > words(last)) return cleanText(withoutLast);
  // a short first part before a dash is as often the story's topic ("Budget - what it means for you")
  const first = pieces[0]!;
  const withoutFirst = pieces.slice(2).join("");
  if (!/[-–—]/.test(pieces[1]!) && words(first) <= CHROME_PART_WORDS && words(withoutFirst) >= MIN_HEADLINE_WORDS && words(withoutFirst) > words(first)) return cleanText(withoutFirst);
  return title;
}

/** Separator marks a `<title>` glues to the headline ("Headline-Site", "Headline_Section_Site"). */
const GLUED_MARK = "[\\-|–—_:»·•／：]";

/**
 * A `<title>` that is the h1 plus chrome glued on by separator marks without spaces (which the
 * separated-part rule does not see): "Headline-Site", "Headline--Section--Site", "Site_Headline".
 */
function gluedChrome(tag: string, h1: string): boolean {
  const ft = fold(tag);
  const fh = fold(h1);
  if (ft.length <= fh.length) return false;
  if (ft.startsWith(fh)) return new RegExp(`^\\s*${GLUED_MARK}`).test(ft.slice(fh.length));
  if (ft.endsWith(fh)) return new RegExp(`${GLUED_MARK}\\s*$`).test(ft.slice(0, ft.length - fh.length));
  return false;
}

/**
 * A stated title holding the h1 (folded `h1`), less its separated parts that `drop` accepts when
 * the h1 is one of its parts (the separators of the kept parts stay as written); the stated title
 * whole when the h1 is not a whole part of it (a kicker joined to it: "Kicker: Headline").
 */
function restAfterParts(stated: string, h1: string, drop: (part: string) => boolean): string {
  const pieces = stated.split(new RegExp(`(${TITLE_SEPARATORS.source})`));
  const parts = pieces.filter((_, i) => i % 2 === 0);
  if (parts.length < 2 || !parts.some((p) => fold(p) === h1)) return stated;
  let out = "";
  for (let i = 0; i < pieces.length; i += 2) {
    const p = pieces[i]!;
    if (fold(p) !== h1 && drop(p)) continue;
    out += (out ? (pieces[i - 1] ?? " - ") : "") + p;
  }
  return cleanText(out);
}

function fold(text: string): string {
  return text.toLowerCase().replace(/["'«»“”„‘’]/g, "").replace(/\s+/g, " ").trim();
}

/** Removes a " - Site name" (or "Site | ") part when it names the site; otherwise keeps the title whole. */
export function stripSiteName(title: string, siteName: string | readonly string[] | null): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  const sites = siteName === null ? [] : typeof siteName === "string" ? [fold(siteName)] : siteName;
  const kept = parts.filter((p) => !(sites.length > 0 && namesSite(p, sites)));
  if (kept.length === parts.length || kept.length === 0) return title;
  return kept.join(" - ");
}

function canonicalUrl(meta: PageMeta, ldUrl: string | null, pageUrl: string | null): string | null {
  for (const candidate of [meta.canonical, firstMeta(meta, ["og:url"]), ldUrl, pageUrl]) {
    if (!candidate) continue;
    try {
      const u = new URL(candidate, pageUrl ?? undefined);
      if (u.protocol === "http:" || u.protocol === "https:") return u.href;
    } catch {
      // relative URL without a base, or garbage: try the next one
    }
  }
  return null;
}

/**
 * What the page's relative links resolve against: its `<base href>` (itself resolved against the
 * fetched URL), else the fetched URL, else, for a saved page read without it, its canonical address.
 */
function documentBase(declared: string | null, pageUrl: string | null, canonical: string | null): string | null {
  const address = pageUrl ?? canonical;
  if (declared) {
    try {
      const base = new URL(declared, address ?? undefined);
      if (base.protocol === "http:" || base.protocol === "https:") return base.href;
    } catch {
      // a relative base without an address to resolve it against, or garbage
    }
  }
  return address;
}

function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

const BYLINE_PREFIX = /^(?:by|par|von|por|di|كتب(?:ت|ه)?|بقلم|إعداد|اعداد|حوار|تقرير)\s*:?\s*/i;

function author(meta: PageMeta, ldAuthors: string[]): string | null {
  if (ldAuthors.length > 0) return [...new Set(ldAuthors)].join(", ");
  const m = firstMeta(meta, ["author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"]);
  if (m && !/^https?:/i.test(m)) return m.replace(BYLINE_PREFIX, "") || null;
  for (const el of meta.props.get("author") ?? []) {
    const nameEl = [...elements(el)].find((e) => e.attrs.itemprop === "name");
    const text = cleanText(nameEl ? propValue(nameEl) : el.children.some(isEl) || el.tag === "meta" ? propValue(el) : textOf(el));
    if (text && text.length < 100 && !/^https?:/i.test(text)) return text.replace(BYLINE_PREFIX, "");
  }
  return null;
}

function leadImage(meta: PageMeta, ldImage: string | null, base: string | null): string | null {
  const raw = firstMeta(meta, ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"]) ?? ldImage ?? (meta.props.get("image") ?? []).map(propValue).find(Boolean) ?? null;
  if (!raw) return null;
  try {
    return new URL(raw, base ?? undefined).href;
  } catch {
    return null;
  }
}

function language(declared: string | null, text: string): string {
  const detected = detectLanguage(text);
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (/^[a-z]{2}$/.test(primary) && (detected === "und" || (detected === "ar") === ["ar", "fa", "ur", "ps", "ku", "sd", "ug"].includes(primary))) return primary;
  return detected;
}
