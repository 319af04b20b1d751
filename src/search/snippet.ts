/**
 * Highlighted passages cut from the ORIGINAL text. Pure. Rules:
 * - The text is re-analyzed with marsad's tokenizer; a token matches when its stem equals a query
 *   word's stem, its normalized form equals the word's normalized form, or (prefix words) its
 *   normalized form starts with the prefix. Phrase words count as words here.
 * - Highlights are the matched tokens' offsets in the original text (spelling untouched).
 * - The passage is the window of `length` characters holding the most distinct matched terms
 *   (ties: the earliest), widened to word boundaries; without a match it is the text's start.
 */
import { forEachToken } from "./analyzer.js";
import type { Highlight, Snippet } from "../store/store.js";
import type { QueryUnit } from "./query.js";

export const DEFAULT_SNIPPET_LENGTH = 200;

interface Matcher {
  stems: Set<string>;
  norms: Set<string>;
  prefixes: string[];
  /** mayMatch's answers by norm (a body repeats its words; an entity query has dozens of stems). */
  tested: Map<string, boolean>;
}

/**
 * Whether a token with normalized form `norm` can match: a light stem is `norm` itself or a part
 * of it (arabic/stem.ts only cuts letters off either end), so a token whose norm holds no query
 * stem, is no query norm and starts with no prefix matches nothing, whatever its stem.
 */
function mayMatch(matcher: Matcher, norm: string): boolean {
  let may = matcher.tested.get(norm);
  if (may === undefined) {
    may = matcher.norms.has(norm) || [...matcher.stems].some((s) => norm.includes(s)) || matcher.prefixes.some((p) => norm.startsWith(p));
    matcher.tested.set(norm, may);
  }
  return may;
}

export function buildMatcher(units: QueryUnit[]): Matcher {
  const m: Matcher = { stems: new Set(), norms: new Set(), prefixes: [], tested: new Map() };
  for (const u of units) {
    if (u.kind === "word" && u.forms) for (const f of u.forms) m.norms.add(f);
    else if (u.kind === "word" && u.isPrefix) m.prefixes.push(u.term.norm);
    else for (const t of u.kind === "word" ? [u.term] : u.terms) {
      m.stems.add(t.stem);
      m.norms.add(t.norm);
    }
  }
  return m;
}

interface Match extends Highlight {
  key: string;
}

function findMatches(text: string, matcher: Matcher): Match[] {
  const out: Match[] = [];
  forEachToken(text, (start, end, norm, stem, isStopword) => {
    if (isStopword) return;
    let key: string | null = null;
    if (matcher.stems.has(stem)) key = stem;
    else if (matcher.norms.has(norm)) key = norm;
    else {
      const p = matcher.prefixes.find((x) => norm.startsWith(x));
      if (p !== undefined) key = `${p}*`;
    }
    if (key !== null) out.push({ start, end, key });
  }, (norm) => mayMatch(matcher, norm));
  return out;
}

/** The whole text with every match highlighted (for titles). */
export function highlightAll(text: string, matcher: Matcher): Snippet {
  return {
    text,
    highlights: findMatches(text, matcher).map(({ start, end }) => ({ start, end })),
    isTruncatedStart: false,
    isTruncatedEnd: false,
  };
}

/** The best passage of about `length` characters of `text`, matches highlighted. */
export function cutSnippet(text: string, matcher: Matcher, length = DEFAULT_SNIPPET_LENGTH): Snippet {
  if (text.length <= length) return highlightAll(text, matcher);
  const matches = findMatches(text, matcher);
  let bestStart = 0;
  let bestScore = -1;
  for (let i = 0; i < matches.length; i++) {
    const from = matches[i]!.start;
    const keys = new Set<string>();
    let count = 0;
    for (let j = i; j < matches.length && matches[j]!.end <= from + length; j++) {
      keys.add(matches[j]!.key);
      count++;
    }
    // Distinct terms first, then total matches: a passage naming every query word beats repetition.
    const score = keys.size * 1000 + count;
    if (score > bestScore) {
      bestScore = score;
      bestStart = from;
    }
  }
  // Start a little before the first match so it reads in context.
  let start = matches.length > 0 ? Math.max(0, bestStart - Math.floor(length / 4)) : 0;
  if (start + length > text.length) start = Math.max(0, text.length - length);
  start = widenToWordStart(text, start);
  const end = narrowToWordEnd(text, Math.min(text.length, start + length), start);
  const highlights = matches.filter((m) => m.start >= start && m.end <= end).map((m) => ({ start: m.start - start, end: m.end - start }));
  return { text: text.slice(start, end), highlights, isTruncatedStart: start > 0, isTruncatedEnd: end < text.length };
}

const SPACE = /\s/;

function widenToWordStart(text: string, i: number): number {
  if (i === 0) return 0;
  let k = i;
  while (k > 0 && !SPACE.test(text[k - 1]!)) k--;
  // A very long "word" (URL…) is cut rather than swallowing the window.
  return i - k > 30 ? i : k;
}

function narrowToWordEnd(text: string, i: number, start: number): number {
  if (i >= text.length) return text.length;
  let k = i;
  while (k > start && !SPACE.test(text[k]!)) k--;
  return k - start < 10 ? i : k;
}

/** Renders a snippet with its highlights wrapped, escaping the text with `escape`. */
export function markSnippet(snippet: Snippet, open: string, close: string, escape: (s: string) => string = (s) => s): string {
  let out = "";
  let at = 0;
  for (const h of snippet.highlights) {
    out += escape(snippet.text.slice(at, h.start)) + open + escape(snippet.text.slice(h.start, h.end)) + close;
    at = h.end;
  }
  out += escape(snippet.text.slice(at));
  return `${snippet.isTruncatedStart ? "…" : ""}${out}${snippet.isTruncatedEnd ? "…" : ""}`;
}
