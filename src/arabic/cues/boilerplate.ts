/**
 * Boilerplate lines a page shows around an article: share and subscribe prompts, cookie notices,
 * navigation (breadcrumbs, menus), copyright, embed chrome. They are dropped, never read as body.
 *
 * Rules (word lists in vocabulary.ts, matched through the normalizer):
 * - Prompts (SHARE_PROMPTS, SUBSCRIBE_PROMPTS) open a short line (at most MAX_PROMPT_WORDS words,
 *   not ending like a sentence), so a body sentence that starts with `شارك` is kept; a share
 *   prompt has at most MAX_SHARE_TAIL_WORDS words after its verb (`حفظ 3 ملايين وجبة…` is a headline).
 * - A line that is only a navigation word, an ad label or a comment label (with a count) is chrome;
 *   so is a short line holding a copyright notice, or an embed's own chrome (`View this post on
 *   Instagram`).
 * - Cookie notices name cookies or the privacy policy and ask for consent (CONSENT_WORDS), in at
 *   most MAX_COOKIE_WORDS words; a body sentence about cookies asks nothing and is kept. So are
 *   comment-policy notices: they name the readers' comments and the site's rules or disclaimer.
 * - A line made only of platform names and share words (`فيسبوك تويتر واتساب`) is a share bar;
 *   one made only of reading-tool and counter words and numbers (`حجم الخط`, `عدد المشاهدات: 1234`,
 *   `3 دقائق قراءة`), at most MAX_TOOL_WORDS words, is a tool bar; a relative time alone
 *   (`منذ 3 ساعات`) is a rail's stamp.
 * - A breadcrumb: short segments with letters (at most MAX_BREADCRUMB_SEGMENT_WORDS words; so not
 *   `2024/05/11`) between `›`, `»`, `>` or `/`, three or more of them, or two or more between those
 *   or `|` when one is a navigation or section label (`الرئيسية / محليات`, `أخبار عاجلة | الجزائر`).
 *   `»` closes a quotation when the line opens one with `«`: a headline with «…» is no breadcrumb.
 *   A trail parted by dashes opens with a navigation word (`الرئيسية - أخبار مصر`).
 */
import { normalizeArabic } from "../normalize.js";
import type { PhraseMatch } from "./phrases.js";
import {
  AD_LABELS,
  COMMENT_LABELS,
  COMMENT_POLICY_SUBJECTS,
  COMMENT_POLICY_TERMS,
  CONSENT_WORDS,
  COOKIE_WORDS,
  COPYRIGHT_NOTICES,
  EMBED_CHROME,
  EMBED_PLATFORMS,
  NAVIGATION_WORDS,
  PAGE_TOOL_WORDS,
  RELATIVE_TIME_OPENERS,
  RELATIVE_TIME_UNITS,
  SECTION_LABELS,
  SHARE_BARS_GLUED,
  SHARE_PROMPTS,
  SUBSCRIBE_PROMPTS,
} from "./vocabulary.js";

/** Prompts and menus are a handful of words; a body paragraph is longer. */
const MAX_BOILERPLATE_WORDS = 12;
const MAX_PROMPT_WORDS = 8;
/**
 * A share prompt names at most where to share (`شارك على فيسبوك`, `أرسل لصديق`, `Share on X`, a
 * count); a longer line opening with its verb is a headline (`حفظ 3 ملايين وجبة من فائض الطعام`).
 */
const MAX_SHARE_TAIL_WORDS = 3;
const SENTENCE_END = /[.!؟?]["»”)]?$/u;
/** Cookie notices run to a couple of sentences. */
const MAX_COOKIE_WORDS = 60;
const MAX_BREADCRUMB_SEGMENT_WORDS = 4;
const COUNT_IN_BRACKETS = /\s*\(\s*\d+\s*\)\s*$/u;
const PROMPT_END = /^(?:\s|$|:)/u;

/** Words of a share bar: platform names and share words, in normalized form. */
const SHARE_BAR_WORDS = new Set(
  [
    ...EMBED_PLATFORMS.flatMap((p) => p.names.flatMap((n) => n.split(" "))),
    "واتساب", "واتس", "اب", "لينكدإن", "بريد", "إلكتروني", "ايميل", "مشاركة", "شارك", "طباعة", "نسخ", "الرابط", "عبر",
    "whatsapp", "linkedin", "email", "e-mail", "share", "print", "reddit", "messenger", "pinterest", "copy", "link",
    "|", "-", "•", "·",
  ].map(normalizeArabic),
);
const BREADCRUMB_SEPARATORS = /\s*[›»>/]\s*/u;
const BREADCRUMB_SEPARATORS_NO_GUILLEMET = /\s*[›>/]\s*/u;
const LABELLED_SEPARATORS = /\s*[›»>/|]\s*/u;
const LABELLED_SEPARATORS_NO_GUILLEMET = /\s*[›>/|]\s*/u;
const OPENING_GUILLEMET = /«/u;
/** Dashes part headlines too (`فلسطين - …`): a dashed trail must open with the home link (`الرئيسية - أخبار مصر`). */
const DASH_SEPARATOR = /\s+[-–—]\s+/u;
const LETTER = /\p{L}/u;

function words(line: string): string[] {
  return line.split(/\s+/).filter(Boolean);
}

function isPrompt(line: string): boolean {
  const share = SHARE_PROMPTS.opening(line);
  if (share) return PROMPT_END.test(line.slice(share.end)) && words(line.slice(share.end)).length <= MAX_SHARE_TAIL_WORDS;
  const m = SUBSCRIBE_PROMPTS.opening(line);
  return m !== null && PROMPT_END.test(line.slice(m.end));
}

function isCommentPolicy(line: string): boolean {
  return COMMENT_POLICY_SUBJECTS.occursIn(line) && COMMENT_POLICY_TERMS.occursIn(line);
}

function isCookieNotice(line: string): boolean {
  return COOKIE_WORDS.occursIn(line) && CONSENT_WORDS.occursIn(line);
}

const PAGE_TOOLS = new Set(PAGE_TOOL_WORDS.map(normalizeArabic));
const MAX_TOOL_WORDS = 6;
const NUMBER = /^[\d٠-٩.,:()]+$/u;
const RELATIVE_TIME = new RegExp(
  `^\\s*(?:${RELATIVE_TIME_OPENERS.join("|")})\\s+(?:[\\d٠-٩]+\\s+)?(?:${RELATIVE_TIME_UNITS.join("|")})\\s*$`,
  "u",
);

function isToolBar(w: string[]): boolean {
  if (w.length > MAX_TOOL_WORDS) return false;
  const named = w.filter((x) => !NUMBER.test(x));
  return named.length > 0 && named.every((x) => PAGE_TOOLS.has(normalizeArabic(x.replace(/[:.،,()]+$/u, "").replace(/^[(]+/u, ""))));
}

function isShareBar(w: string[]): boolean {
  return w.every((x) => SHARE_BAR_WORDS.has(normalizeArabic(x.replace(/[:.،,]$/u, ""))));
}

/** True when `line` is a breadcrumb trail (see the module rules). */
export function isBreadcrumb(line: string): boolean {
  if (/https?:/.test(line)) return false;
  const quotes = OPENING_GUILLEMET.test(line);
  const plain = line.split(quotes ? BREADCRUMB_SEPARATORS_NO_GUILLEMET : BREADCRUMB_SEPARATORS);
  if (plain.length >= 3 && plain.every(isCrumb)) return true;
  const labelled = line.split(quotes ? LABELLED_SEPARATORS_NO_GUILLEMET : LABELLED_SEPARATORS);
  if (labelled.length >= 2 && labelled.every(isCrumb) && labelled.some((s) => NAVIGATION_WORDS.whole(s) || SECTION_LABELS.whole(s))) return true;
  const dashed = line.split(DASH_SEPARATOR);
  return dashed.length >= 2 && dashed.every(isCrumb) && NAVIGATION_WORDS.whole(dashed[0]!);
}

function isCrumb(segment: string): boolean {
  return segment !== "" && LETTER.test(segment) && words(segment).length <= MAX_BREADCRUMB_SEGMENT_WORDS;
}

/** True when `text` opens with a share or subscribe prompt (`شارك`, `Share on`). */
export function opensWithSharePrompt(text: string): boolean {
  return isPrompt(text);
}

/**
 * The share bar glued before a text's first words (SHARE_BARS_GLUED: `شارك من خلال تويتر فيسبوك جوجل
 * بلس اكتب رأيك عبّر …`), or null: readers of the sentence start after it.
 */
export function openingShareBar(text: string): PhraseMatch | null {
  return SHARE_BARS_GLUED.opening(text);
}

export function isBoilerplateLine(line: string): boolean {
  const w = words(line);
  if (w.length === 0) return true;
  if (w.length <= MAX_COOKIE_WORDS && (isCookieNotice(line) || isCommentPolicy(line))) return true;
  if (w.length > MAX_BOILERPLATE_WORDS) return false;
  if (w.length <= MAX_PROMPT_WORDS && !SENTENCE_END.test(line) && isPrompt(line)) return true;
  if (NAVIGATION_WORDS.whole(line) || AD_LABELS.whole(line) || COMMENT_LABELS.whole(line.replace(COUNT_IN_BRACKETS, ""))) return true;
  if (COPYRIGHT_NOTICES.occursIn(line) || /^\s*©/u.test(line) || EMBED_CHROME.opening(line)) return true;
  if (isShareBar(w) || isToolBar(w) || RELATIVE_TIME.test(line)) return true;
  return isBreadcrumb(line);
}
