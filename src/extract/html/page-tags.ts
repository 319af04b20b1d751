/**
 * Tags the page itself states, as `origin: "page"`. Rules:
 * - `rel=tag` links, and the links of tag containers (class/id tags, tag-list, keywords, topics,
 *   وسوم) or of the block that follows a tag label (كلمات دلالية, الكلمات المفتاحية, Tags:);
 * - `article:tag`, `news_keywords` and `keywords` metas, and JSON-LD `keywords`;
 * - a tag is 1..MAX_TAG_CHARS characters, Persian letter forms folded to Arabic, each kept once
 *   (first occurrence wins, compared case- and space-insensitively).
 */
import type { Tag } from "../../types.js";
import { isTagLabel } from "../../arabic/cues/index.js";
import { isTagContainer } from "./hints.js";
import type { PageMeta } from "./metadata.js";
import { classAndId, cleanText, elements, isEl, textOf, type El } from "./tree.js";

/** Longer "tags" are headlines of related links, not keywords. */
const MAX_TAG_CHARS = 50;

export function readPageTags(root: El, meta: PageMeta, jsonLdKeywords: string[]): Tag[] {
  const texts: string[] = [];
  for (const a of meta.tagLinks) texts.push(textOf(a));
  for (const el of elements(root)) {
    if (isTagContainer(classAndId(el)) && !insideTagContainer(el)) texts.push(...linkTexts(el));
    else if (mayBeTagLabel(el) && isTagLabel(cleanText(ownLabel(el)))) {
      const next = nextElement(el);
      texts.push(...linkTexts(el), ...(next ? linkTexts(next) : []));
    }
  }
  for (const key of ["article:tag", "news_keywords", "keywords"]) for (const v of meta.metas.get(key) ?? []) texts.push(...v.split(/[,،;]/));
  texts.push(...jsonLdKeywords);
  const seen = new Set<string>();
  const tags: Tag[] = [];
  for (const raw of texts) {
    const text = foldPersian(cleanText(raw).replace(/^#/, ""));
    const key = text.toLowerCase();
    if (!text || text.length > MAX_TAG_CHARS || seen.has(key) || isTagLabel(text)) continue;
    seen.add(key);
    tags.push({ text, origin: "page", scope: "article" });
  }
  return tags;
}

/**
 * A cheap necessary condition for isTagLabel: every label is Arabic or holds one of the English
 * words, so a leaf of plain ASCII text without them is not asked (most elements of a page).
 */
const ENGLISH_LABEL_WORD = /tag|keyword|topic/i;
const NON_ASCII = /[^\x00-\x7f]/;
function mayBeTagLabel(el: El): boolean {
  const first = el.children[0];
  if (first === undefined || el.children.length > 1 || isEl(first)) return true;
  return NON_ASCII.test(first) || ENGLISH_LABEL_WORD.test(first);
}

function insideTagContainer(el: El): boolean {
  for (let p = el.parent; p; p = p.parent) if (isTagContainer(classAndId(p))) return true;
  return false;
}

/** Link texts; an empty link (an overlay over a styled label) stands for its parent's text. */
function linkTexts(el: El): string[] {
  const out: string[] = [];
  for (const a of elements(el)) {
    if (a.tag !== "a") continue;
    const text = cleanText(textOf(a));
    out.push(text || (a.parent && a.parent !== el ? textOf(a.parent) : ""));
  }
  return out;
}

/** Text of the element when it is a bare label: only text, or one element holding only text. */
function ownLabel(el: El): string {
  const only = (e: El): boolean => e.children.every((c) => !isEl(c));
  if (only(el)) return textOf(el).slice(0, 60);
  const kids = el.children.filter(isEl);
  return kids.length === 1 && kids[0]!.tag !== "a" && only(kids[0]!) && el.children.every((c) => isEl(c) || !c.trim()) ? textOf(el).slice(0, 60) : "";
}

function nextElement(el: El): El | null {
  const siblings = el.parent?.children ?? [];
  for (let i = siblings.indexOf(el) + 1; i < siblings.length; i++) {
    const s = siblings[i]!;
    if (isEl(s)) return s;
  }
  return null;
}

const PERSIAN_YEH = /\u06CC/g;
const PERSIAN_KEHEH = /\u06A9/g;
function foldPersian(text: string): string {
  return text.replace(PERSIAN_YEH, "\u064A").replace(PERSIAN_KEHEH, "\u0643");
}
