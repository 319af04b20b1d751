/**
 * Related-article rails removed from the body become `role: "related"` articles only when an item
 * carries text of its own. Rules:
 * - an item is an `article`, `li` or `div` of the rail holding a title (a heading, else its first
 *   link) of MIN_TITLE_CHARS..MAX_TITLE_CHARS and a teaser outside that title of at least
 *   MIN_TEASER_CHARS;
 * - items with a title only (the common link list) are dropped, as are repeats of one title;
 * - an item's address is its title link resolved against the page's base address (`/news/123` is
 *   no address outside the page); without a base it stays as written.
 */
import { newArticle } from "../article.js";
import type { Article } from "../../types.js";
import { cleanText, contains, elements, isEl, textOf, type El } from "./tree.js";

const MIN_TITLE_CHARS = 10;
const MAX_TITLE_CHARS = 250;
/** A teaser is at least a sentence; dates and "read more" links are shorter. */
const MIN_TEASER_CHARS = 60;
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const ITEM_TAGS = new Set(["article", "li", "div"]);

export function relatedArticles(rails: El[], base: string | null): Article[] {
  const out: Article[] = [];
  const seen = new Set<string>();
  for (const rail of rails) {
    for (const item of items(rail)) {
      const found = readItem(item, base);
      if (!found || seen.has(found.title)) continue;
      seen.add(found.title);
      out.push(newArticle({ role: "related", title: found.title, body: found.body, url: found.url }));
    }
  }
  return out;
}

/** The innermost item-like elements that hold one title each. */
function items(rail: El): El[] {
  const out: El[] = [];
  for (const el of elements(rail)) {
    if (!ITEM_TAGS.has(el.tag)) continue;
    const inner = el.children.some((c) => isEl(c) && ITEM_TAGS.has(c.tag) && headingOrLink(c));
    if (!inner && headingOrLink(el)) out.push(el);
  }
  return out;
}

function headingOrLink(el: El): El | null {
  let link: El | null = null;
  for (const e of elements(el)) {
    if (HEADINGS.has(e.tag)) return e;
    if (!link && e.tag === "a" && cleanText(textOf(e)).length >= MIN_TITLE_CHARS) link = e;
  }
  return link;
}

function readItem(item: El, base: string | null): { title: string; body: string; url: string | null } | null {
  const head = headingOrLink(item);
  if (!head) return null;
  const title = cleanText(textOf(head));
  if (title.length < MIN_TITLE_CHARS || title.length > MAX_TITLE_CHARS) return null;
  const paragraphs: string[] = [];
  for (const e of elements(item)) {
    if ((e.tag === "p" || e.tag === "div" || e.tag === "span") && !contains(head, e) && !contains(e, head) && e.children.every((c) => !isEl(c) || c.tag !== "p")) {
      const t = cleanText(textOf(e));
      if (t.length >= MIN_TEASER_CHARS && !paragraphs.some((p) => p.includes(t) || t.includes(p))) paragraphs.push(t);
    }
  }
  if (paragraphs.length === 0) return null;
  const link = head.tag === "a" ? head : [...elements(head)].find((e) => e.tag === "a") ?? null;
  const href = link?.attrs.href?.trim();
  return { title, body: paragraphs.join("\n\n"), url: href ? resolvedAddress(href, base) : null };
}

/** A link's absolute http(s) address against `base`; as written when there is no base or it does not resolve to one. */
function resolvedAddress(href: string, base: string | null): string {
  if (!base) return href;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : href;
  } catch {
    return href;
  }
}

