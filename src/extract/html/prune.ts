/**
 * Removes what can never be article text before scoring. Rules:
 * - markup that holds no prose: scripts, forms controls, media, navigation, asides, dialogs (MathML
 *   formulas stay: they are text);
 * - hidden blocks (`hidden`, `aria-hidden`, `display:none`, `visibility:hidden`, sr-only classes),
 *   except React's streamed segments (`<div hidden id="S:1">`, shown once a script moves them);
 * - footers, headers and blocks whose class/id/role says chrome (UNLIKELY, unless MAYBE also
 *   matches, the block holds an element named for the article body with real prose in it, or a
 *   block named only a header holds a paragraph named the story's lead) — skipped in the relaxed pass;
 * - "read also" blocks: an element whose text opens with a READ_ALSO label and is short, or a
 *   bare label together with the link-dense siblings that follow it;
 * - tag containers (read as page tags before pruning);
 * - photo credits, figures and photo galleries (carousel, slideshow, gallery classes in UNLIKELY):
 *   captions are not article text;
 * - an image's caption without a caption element: a wrapper that shows an image (an `img` or
 *   `picture`, or a block holding one and no text) and, after it, one or two short blocks of text
 *   (CAPTION_MAX_CHARS together) and nothing else — no text of its own, no second image, no
 *   heading (an image, a title and a blurb make a card) — holds that image's caption and credit (`<div><div class="img"><img></div><span>Caption</span></div>`,
 *   `<td><img><div>Caption (credit: Agency)</div></td>`): they go with the image. A paragraph that
 *   opens with a picture (`<p><a><img></a><em>First line:</em></p>`) is still a paragraph.
 * Removed blocks that look like related-article rails are handed back so they can become
 * `role: "related"` articles.
 */
import { opensWithReadAlso } from "../../arabic/cues/index.js";
import { LEAD_HINT, MAYBE, isTagContainer, NEGATIVE, UNLIKELY, UNLIKELY_ROLES } from "./hints.js";
import { classAndId, cleanText, isEl, removeNode, textOf, type El } from "./tree.js";

const ALWAYS_DROP = new Set([
  "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button",
  "input", "select", "textarea", "option", "nav", "aside", "head", "link", "meta", "dialog", "map", "audio",
  "video", "picture", "img", "figure", "figcaption", "label", "menu",
]);
const STRICT_DROP = new Set(["footer"]);
const NEVER_UNLIKELY = new Set(["body", "a", "article", "main", "html", "#root", "p", "h1", "h2", "h3", "table", "thead", "tbody", "tr", "td", "th"]);
/** An inline style that hides its element (display:none, visibility:hidden); the title reads the h1 without such parts too. */
export const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/**
 * React's streamed server rendering sends each Suspense segment as `<div hidden id="S:n">` at the end
 * of the body, and a script moves it into place: the page shows it.
 */
const STREAMED_SEGMENT_ID = /^S:[0-9a-f]+$/i;
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|sr-only|visually-hidden|screen-reader-text|hide|is-hidden)(?:\s|$)/i;
const RELATED_HINT = /related|read-?also|also-?read|more-?stories|more-?news|recommend|اقرأ|ذات صلة/i;
/** A read-also label plus its links stays short; longer text is the body that happens to follow. */
const READ_ALSO_MAX_CHARS = 400;
const CREDIT = /^\s*(?:©|\(c\)|photo\s*:|credit\s*:|صورة\s*:|الصورة\s*:|تصوير\s*:)/i;
const CREDIT_MAX_CHARS = 120;
/** Class tokens naming the story's own container: article__content, article-body, entry-content, story-text… */
const ARTICLE_BODY = /(?:^|[\s_-])(?:article|story|entry|post)[_-]{0,2}(?:content|body|text)(?:$|[\s_-])|articlebody/i;
/** Comment threads hold prose in entry-content blocks of their own (hfeed): never rescued. */
const COMMENTS = /comment|disqus|repl(?:y|ies)|respond|discussion|forum/i;
/** Prose a rescued article body must hold: several sentences, more than a teaser. */
const ARTICLE_BODY_MIN_CHARS = 400;

/** A lead is a sentence or more; a site header's own text is a tagline or a date. */
const LEAD_MIN_CHARS = 100;
const LEAD_END = /[.!?؟。]["'”»)]?$/;
const HEADER_WORD = /header/gi;
/** Blocks a lead is set in: a paragraph, or a subheading, div or span its class names a lead. */
const LEAD_BLOCKS = new Set(["p", "h2", "h3", "div", "span"]);
const INNER_BLOCKS = new Set(["p", "div", "ul", "ol", "li", "table", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "header", "footer"]);

function holdsBlock(el: El): boolean {
  for (const c of el.children) if (isEl(c) && (INNER_BLOCKS.has(c.tag) || holdsBlock(c))) return true;
  return false;
}

export interface PruneOptions {
  /** Keep UNLIKELY blocks and footers (the relaxed pass of the cascade). */
  relaxed: boolean;
}

/** Prunes `root` in place; returns the removed blocks that look like related-article rails. */
export function prune(root: El, options: PruneOptions): El[] {
  const related: El[] = [];
  walk(root, options, related);
  return related;
}

function walk(el: El, options: PruneOptions, related: El[]): void {
  for (const caption of imageCaption(el)) removeNode(caption);
  for (let i = 0; i < el.children.length; i++) {
    const child = el.children[i]!;
    if (!isEl(child)) continue;
    const verdict = judge(child, options);
    if (verdict === "keep") {
      walk(child, options, related);
      continue;
    }
    if (verdict === "related") related.push(child);
    if (verdict === "label") dropFollowingLinks(el, i, related);
    removeNode(child);
    i--;
  }
}

type Verdict = "keep" | "drop" | "related" | "label";

function judge(el: El, options: PruneOptions): Verdict {
  const tag = el.tag;
  if (ALWAYS_DROP.has(tag)) return tag === "aside" && RELATED_HINT.test(classAndId(el)) ? "related" : "drop";
  if (!options.relaxed && STRICT_DROP.has(tag)) return "drop";
  const a = el.attrs;
  if ((a.hidden !== undefined && !isStreamedSegment(el)) || a["aria-hidden"] === "true") return "drop";
  if (a.style && HIDDEN_STYLE.test(a.style)) return "drop";
  const ci = classAndId(el);
  if (ci && HIDDEN_CLASS.test(a.class ?? "")) return "drop";
  // a link classed `keywords` inside a sentence is a word of the story, not a tag list
  if (ci && isTagContainer(ci) && tag !== "body" && tag !== "article" && tag !== "main" && tag !== "a") return "drop";
  if (!options.relaxed && !NEVER_UNLIKELY.has(tag)) {
    if (a.role && UNLIKELY_ROLES.has(a.role.toLowerCase())) return "drop";
    if (ci && UNLIKELY.test(ci) && !MAYBE.test(ci) && (COMMENTS.test(ci) || !holdsArticleBody(el)) && !isStoryHeader(el, ci)) return RELATED_HINT.test(ci) ? "related" : "drop";
    if (tag === "header" && !containsTag(el, "p") && !isLeadText(el) && !holdsNamedLead(el)) return "drop";
  }
  const lead = leadingText(el);
  if (lead && opensWithReadAlsoCached(lead)) {
    const text = cleanText(textOf(el));
    if (text.length <= READ_ALSO_MAX_CHARS) return opensWithReadAlso(text) && text.length < 40 ? "label" : "related";
  }
  if (lead && CREDIT.test(lead) && cleanText(textOf(el)).length <= CREDIT_MAX_CHARS) return "drop";
  return "keep";
}

/**
 * Nested blocks share their first text node, so one page asks about one lead many times; only the
 * start of a lead can open with a label, so a long lead is not folded whole.
 */
const readAlsoLeads = new Map<string, boolean>();
const READ_ALSO_LEADS_KEPT = 256;
const LEAD_PROBE_CHARS = 200;

function opensWithReadAlsoCached(lead: string): boolean {
  let answer = readAlsoLeads.get(lead);
  if (answer === undefined) {
    answer = opensWithReadAlso(lead.length > LEAD_PROBE_CHARS ? lead.slice(0, LEAD_PROBE_CHARS) : lead);
    if (readAlsoLeads.size >= READ_ALSO_LEADS_KEPT) readAlsoLeads.clear();
    readAlsoLeads.set(lead, answer);
  }
  return answer;
}

/**
 * A class hint is one signal: a wrapper named for chrome (`sidebar-grid`, `main-sidebar-layout`)
 * that holds an element named for the article body (`article__content`, `entry-content`,
 * `story-body`) with real prose in it is kept.
 */
function holdsArticleBody(el: El): boolean {
  const stack: El[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    const ci = e === el ? "" : classAndId(e);
    if ((ci && ARTICLE_BODY.test(ci)) || e.attrs.itemprop?.toLowerCase() === "articlebody") {
      if (cleanText(textOf(e)).length >= ARTICLE_BODY_MIN_CHARS) return true;
      continue;
    }
    for (const c of e.children) if (isEl(c)) stack.push(c);
  }
  return false;
}

/**
 * A header named only as one (`post__header`, `m-intro-header`) that holds the story's lead: a
 * paragraph whose class names it a lead (LEAD_HINT) and that reads as one (LEAD_MIN_CHARS or more,
 * mostly unlinked). The class says where the block sits, not that it is chrome.
 */
function isStoryHeader(el: El, ci: string): boolean {
  return !UNLIKELY.test(ci.replace(HEADER_WORD, " ")) && holdsNamedLead(el);
}

/**
 * Whether the element holds a block its class names the story's lead (LEAD_HINT, and no NEGATIVE
 * word for a block other than a paragraph: `image__caption text-summaryGrayDark` is a caption) that reads as one (LEAD_MIN_CHARS or
 * more, mostly unlinked): a paragraph, or a subheading, div or span without blocks of its own.
 */
function holdsNamedLead(el: El): boolean {
  const stack: El[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    const eci = classAndId(e);
    if (LEAD_BLOCKS.has(e.tag) && LEAD_HINT.test(eci) && (e.tag === "p" || (!NEGATIVE.test(eci) && !holdsBlock(e)))) {
      const text = cleanText(textOf(e));
      if (text.length >= LEAD_MIN_CHARS && !isMostlyLinks(e)) return true;
      continue;
    }
    for (const c of e.children) if (isEl(c)) stack.push(c);
  }
  return false;
}

/** After a bare "read also" label, the following siblings made only of links belong to it. */
function dropFollowingLinks(parent: El, index: number, related: El[]): void {
  for (let j = index + 1; j < parent.children.length; ) {
    const next = parent.children[j]!;
    if (!isEl(next)) {
      if (cleanText(next) !== "") return;
      j++;
      continue;
    }
    if (!isMostlyLinks(next)) return;
    related.push(next);
    removeNode(next);
  }
}

function isMostlyLinks(el: El): boolean {
  const total = cleanText(textOf(el)).length;
  if (total === 0) return el.tag === "br";
  let linked = 0;
  const stack: El[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    if (e.tag === "a") linked += cleanText(textOf(e)).length;
    else for (const c of e.children) if (isEl(c)) stack.push(c);
  }
  return linked / total > 0.6;
}

/** The first non-blank text inside the element, looking down the first children only. */
function leadingText(el: El): string {
  for (const c of el.children) {
    if (isEl(c)) {
      const t = leadingText(c);
      if (t) return t;
    } else if (c.trim()) {
      return c;
    }
  }
  return "";
}

/** Prose written straight into an element (a lead in an article's `<header>`): a sentence of LEAD_MIN_CHARS or more. */
function isLeadText(el: El): boolean {
  const own = cleanText(el.children.filter((c): c is string => !isEl(c)).join(" "));
  return own.length >= LEAD_MIN_CHARS && LEAD_END.test(own);
}

/** A caption and its credit line stay short; a wrapper's longer text is the story beside its picture. */
const CAPTION_MAX_CHARS = 300;
const CAPTION_MAX_BLOCKS = 2;
const IMAGE_TAGS = new Set(["img", "picture"]);
const HEADING = /^h[1-6]$/;
/** Children of a captioned image's wrapper that show nothing beside it. */
const SILENT_TAGS = new Set(["br", "hr", "svg", "button", "source"]);
/** How deep an image may sit inside the textless block that shows it (`a > div > picture > img`). */
const IMAGE_PART_DEPTH = 4;

/**
 * The caption blocks of a wrapper that shows one image and then only short text (the rule in the
 * header): empty when the wrapper is anything else (text of its own, text before the image, a
 * second image, more or longer text after it).
 */
function imageCaption(el: El): El[] {
  if (el.tag === "p") return [];
  let image = false;
  const captions: El[] = [];
  for (const c of el.children) {
    if (!isEl(c)) {
      if (c.trim() && cleanText(c)) return [];
      continue;
    }
    if (SILENT_TAGS.has(c.tag)) continue;
    if (!image) {
      if (isImagePart(c)) image = true;
      else if (hasText(c)) return [];
      continue;
    }
    if (!hasText(c)) {
      if (holdsImage(c, IMAGE_PART_DEPTH)) return [];
      continue;
    }
    if (captions.length === CAPTION_MAX_BLOCKS || HEADING.test(c.tag) || holdsImage(c, IMAGE_PART_DEPTH)) return [];
    captions.push(c);
  }
  if (captions.length === 0) return [];
  const chars = captions.reduce((n, c) => n + cleanText(textOf(c)).length, 0);
  return chars <= CAPTION_MAX_CHARS ? captions : [];
}

/** An image, or a block that shows one and no text (a link or a frame around it). */
function isImagePart(el: El): boolean {
  return IMAGE_TAGS.has(el.tag) || (!hasText(el) && holdsImage(el, IMAGE_PART_DEPTH));
}

function holdsImage(el: El, depth: number): boolean {
  if (IMAGE_TAGS.has(el.tag)) return true;
  if (depth === 0) return false;
  for (const c of el.children) if (isEl(c) && holdsImage(c, depth - 1)) return true;
  return false;
}

/** Whether any text shows inside the element (stops at the first). */
function hasText(el: El): boolean {
  for (const c of el.children) {
    if (isEl(c) ? hasText(c) : c.trim() !== "" && cleanText(c) !== "") return true;
  }
  return false;
}

function isStreamedSegment(el: El): boolean {
  return el.tag === "div" && STREAMED_SEGMENT_ID.test(el.attrs.id ?? "");
}

function containsTag(el: El, tag: string): boolean {
  for (const c of el.children) if (isEl(c) && (c.tag === tag || containsTag(c, tag))) return true;
  return false;
}
