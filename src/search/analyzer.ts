/**
 * marsad's analyzer (arabic/analyze.ts `tokenize`) with a memo of word analyses, for
 * the hot paths: indexing every article and re-reading hit bodies for snippets. Rules:
 * - Tokens are found with the same pattern as `tokenize` (TOKEN below must stay in sync with it;
 *   analyzer.test.ts checks both agree) and each distinct surface form is analyzed once by
 *   `tokenize` itself, so norms, stems and stopwords are exactly the shared analyzer's.
 * - The memo holds at most MEMO_LIMIT forms and is dropped whole when full (news vocabulary is
 *   Zipfian: the frequent forms come back at once).
 */
import { tokenize, tokenizeByKinds, type Token } from "../arabic/analyze.js";
import { normalizeArabic } from "../arabic/normalize.js";

// Same as arabic/analyze.ts TOKEN.
const TOKEN = /[\p{L}\p{M}\u0640\u200C\u200D\u00AD\u200B\u2060\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]+|[\p{Nd}]+(?:[.,\u066B\u066C][\p{Nd}]+)*/gu;
/** ~200k forms ≈ 40 MB: enough for a large news corpus's working vocabulary. */
const MEMO_LIMIT = 200_000;

type Analysis = Omit<Token, "surface" | "start" | "end"> | null;
const memo = new Map<string, Analysis>();

function analyzeForm(surface: string): Analysis {
  let a = memo.get(surface);
  if (a !== undefined) return a;
  const t = tokenize(surface);
  a = t.length === 1 && t[0]!.start === 0 && t[0]!.end === surface.length ? { norm: t[0]!.norm, stem: t[0]!.stem, script: t[0]!.script, isStopword: t[0]!.isStopword, word: t[0]!.word } : null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(surface, a);
  return a;
}

/** The tokens `tokenize(text)` returns, computed with the memo. */
export function analyzeText(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const a = analyzeForm(m[0]);
    if (a) out.push({ surface: m[0], start: m.index, end: m.index + m[0].length, ...a });
  }
  return out;
}

/**
 * Calls `visit` for every token of `text` (as `tokenize` finds them) without building token objects.
 * With `mayMatch`, only for the tokens whose normalized form it accepts: a token's norm is
 * `normalizeArabic` of its surface (arabic/analyze.ts), so the test costs a fold (remembered for
 * short forms), and the stem, script and stopword analysis is made only of the tokens it lets
 * through (snippets: a hit's body has thousands of words, a query a few).
 */
export function forEachToken(text: string, visit: (start: number, end: number, norm: string, stem: string, isStopword: boolean) => void, mayMatch?: (norm: string) => boolean): void {
  // A fresh RegExp per call would recompile the Unicode classes (the main cost); the shared one is
  // safe because nothing below runs this loop re-entrantly.
  const re = TOKEN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (mayMatch && !memo.has(m[0]) && !mayMatch(normalizeArabic(m[0]))) continue;
    const a = analyzeForm(m[0]);
    if (a) visit(m.index, m.index + m[0].length, a.norm, a.stem, a.isStopword);
  }
}

/**
 * Index terms of `text`: [stems, normalized forms] of its non-stopword tokens, space-separated.
 * Read by `tokenize`'s own code-unit scan (tokenizeByKinds, without its cache of recent texts) and
 * its word analyses, which understanding has just filled with the article's words: the same terms
 * as the TOKEN regex and this module's memo gave (identical index on 1,004 news articles), and
 * prepareArticle ×0.82 CPU after understanding (the Unicode-class regex over the body and a
 * second memo of the same words were most of an article's index preparation).
 */
export function analyzedTerms(text: string): [string, string] {
  // String(): a record whose title is not text (a bad import) fails at the store's insert, in its own page
  return termsOfTokens(tokenizeByKinds(String(text)));
}

/** `analyzedTerms` of a text from its tokens (`tokenizeByKinds` of it), for a caller that needs the tokens too. */
export function termsOfTokens(tokens: readonly Token[]): [string, string] {
  const stems: string[] = [];
  const norms: string[] = [];
  for (const t of tokens) {
    if (t.isStopword) continue;
    stems.push(t.stem);
    norms.push(t.norm);
  }
  return [stems.join(" "), norms.join(" ")];
}
