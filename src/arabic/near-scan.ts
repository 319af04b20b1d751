/**
 * A regex scan tried only near the words every match holds. A date rule's pattern scanned from every
 * position of a body costs most of the dates stage, though its matches all hold one of a few words
 * (امس, a month name) and start a few words before it; trying the pattern only at the word starts
 * just before each such word finds the same matches for a fraction of the work.
 */

const SPACE = 1;
const WORD = 2;
const OTHER = 3;
/** The class of each UTF-16 code unit (white space, word character as WORD_START knows it, other), filled on first sight. */
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = classes[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = /\s/u.test(ch) ? SPACE : /[\p{L}\p{M}\p{Nd}]/u.test(ch) ? WORD : OTHER;
    classes[code] = c;
  }
  return c;
}

/** The start of the token `runs` runs of white space before the token that holds offset `at`. */
function tokensBack(text: string, at: number, runs: number): number {
  let i = at;
  for (let r = 0; ; r++) {
    while (i > 0 && classOf(text.charCodeAt(i - 1)) !== SPACE) i--;
    if (r === runs || i === 0) return i;
    while (i > 0 && classOf(text.charCodeAt(i - 1)) === SPACE) i--;
  }
}

let everyOffset = false;

/** For tests: scan from every offset instead, the reference the near scan must equal. */
export function scanEveryOffset(on: boolean): void {
  everyOffset = on;
}

/**
 * The anchors' matches in the latest text scanned, by pattern (source and flags): several date
 * rules anchor on the same words (a month name, a weekday) with anchors of their own, and each
 * scanned the whole body for them again. Flat [index, end, index, end, …].
 */
let anchorText = "";
const anchorsBySource = new Map<string, number[]>();

/** Each anchor's key (flags and source), built once: a date rule's source runs to hundreds of characters, and the key was built and hashed again at every scan. */
const anchorKeys = new WeakMap<RegExp, string>();

function anchorKeyOf(anchor: RegExp): string {
  let key = anchorKeys.get(anchor);
  if (key === undefined) anchorKeys.set(anchor, (key = `${anchor.flags}/${anchor.source}`));
  return key;
}

// Anchors that are alternations of words (`امس|البارحه`, a month's names): each of their
// alternatives opens with a literal, so a match can start only where one of those literals does.
// One walk over the text with a trie of every such anchor's literals finds those places for all of
// them at once; the anchor itself (sticky) is tried only there. Each anchor had scanned the whole
// text on its own, two dozen scans a body.

/** An anchor whose every top-level alternative opens with a literal. */
interface LiteralAnchor {
  /** Its index in literalAnchors. */
  id: number;
  /** The anchor with flag y instead of g: tried at each place one of its literals starts. */
  sticky: RegExp;
}
const literalAnchors: LiteralAnchor[] = [];
/** By anchor key: its LiteralAnchor, or null when the anchor is not an alternation of literal-led words. */
const literalAnchorOf = new Map<string, LiteralAnchor | null>();
/** The literals (each once) and the anchors each opens an alternative of. */
const literals = new Map<string, number[]>();

const REGEX_SPECIAL = new Set("\\^$.|?*+()[]{}");
const QUANTIFIERS = new Set("?*+{");

/** The indexes from `from` of a pattern source's characters that are neither escaped nor inside a character class. */
function* syntaxIndexes(src: string, from: number): Generator<number> {
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else yield i;
  }
}

/**
 * The top-level alternatives of a pattern's source (one outer non-capturing group around the whole taken off).
 * The source is a RegExp's: its groups and classes are closed.
 */
function topAlternatives(source: string): string[] {
  let src = source;
  if (src.startsWith("(?:") && closingParen(src, 0) === src.length - 1) src = src.slice(3, -1);
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (const i of syntaxIndexes(src, 0)) {
    const c = src[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** The index of the parenthesis closing the group opened at `open` (escapes and classes skipped), -1 when none. */
function closingParen(src: string, open: number): number {
  let depth = 0;
  for (const i of syntaxIndexes(src, open)) {
    if (src[i] === "(") depth++;
    else if (src[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The literal every match of an alternative opens with: its characters up to the first special one, less one a quantifier follows. */
function leadingLiteral(alternative: string): string {
  let i = 0;
  while (i < alternative.length && !REGEX_SPECIAL.has(alternative[i]!)) i++;
  if (i < alternative.length && QUANTIFIERS.has(alternative[i]!)) i--;
  return alternative.slice(0, Math.max(0, i));
}

/** The anchor's LiteralAnchor, registered on first sight (the trie is built again for the next text); null when it has none. */
function literalAnchor(anchor: RegExp, key: string): LiteralAnchor | null {
  let found = literalAnchorOf.get(key);
  if (found !== undefined) return found;
  found = null;
  const alternatives = anchor.flags === "g" || anchor.flags === "gu" ? topAlternatives(anchor.source) : null;
  const leads = alternatives?.map(leadingLiteral);
  if (leads && leads.every((l) => l.length > 0)) {
    found = { id: literalAnchors.length, sticky: new RegExp(anchor.source, anchor.flags.replace("g", "y")) };
    literalAnchors.push(found);
    for (const lead of new Set(leads)) {
      const ids = literals.get(lead) ?? [];
      ids.push(found.id);
      literals.set(lead, ids);
    }
    trie = undefined;
  }
  literalAnchorOf.set(key, found);
  return found;
}

/** A trie of the literals over the alphabet of their characters: transitions by (node, letter), and per node the anchors a literal ending there opens. */
interface Trie {
  /** By UTF-16 code unit: its letter (1…) in the alphabet, 0 when no literal holds it. */
  letterOf: Uint8Array;
  /** The letters and 0: the row length of `next`. */
  width: number;
  /** next[node * width + letter]: the child node, 0 when none (the root is node 0). */
  next: Int32Array;
  /** By node: the anchors the literal ending there opens an alternative of, null when no literal ends there. */
  anchorsAt: (number[] | null)[];
  /** How many anchors it covers: those registered later are scanned on their own until the next text. */
  anchors: number;
}
/** undefined: to build (an anchor was registered since); null: the literals hold more than 255 distinct characters, every anchor scans on its own. */
let trie: Trie | null | undefined;

function buildTrie(): Trie | null {
  const letterOf = new Uint8Array(0x10000);
  let letters = 0;
  for (const lit of literals.keys()) {
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i);
      if (letterOf[c] === 0) {
        if (letters === 255) return null;
        letterOf[c] = ++letters;
      }
    }
  }
  const width = letters + 1;
  const children: number[] = [];
  const anchorsAt: (number[] | null)[] = [null];
  for (const [lit, ids] of literals) {
    let node = 0;
    for (let i = 0; i < lit.length; i++) {
      const slot = node * width + letterOf[lit.charCodeAt(i)]!;
      let child = children[slot] ?? 0;
      if (child === 0) {
        child = anchorsAt.length;
        anchorsAt.push(null);
        children[slot] = child;
      }
      node = child;
    }
    // each literal is once in `literals` and ends at a node of its own; its anchors are each there once
    anchorsAt[node] = [...ids];
  }
  const next = new Int32Array(anchorsAt.length * width);
  children.forEach((child, slot) => (next[slot] = child));
  return { letterOf, width, next, anchorsAt, anchors: literalAnchors.length };
}

/** Per literal anchor (by id), the offsets of the latest text where one of its literals starts, ascending; null before the walk. */
let startsByAnchor: number[][] | null = null;

/** Each code unit's letter in the trie's alphabet for the text walked (a walk reads most of them several times), reused from text to text; a 0 after the text ends every walk. */
let textLetters = new Uint8Array(4096);

/** Walks `text` once with the trie: every offset where a literal starts, for each anchor it opens. */
function literalStarts(text: string, t: Trie): number[][] {
  const starts: number[][] = [];
  for (let a = 0; a < t.anchors; a++) starts.push([]);
  const { letterOf, width, next, anchorsAt } = t;
  const n = text.length;
  if (textLetters.length <= n) textLetters = new Uint8Array(2 * n + 1);
  const letters = textLetters;
  for (let i = 0; i < n; i++) letters[i] = letterOf[text.charCodeAt(i)]!;
  letters[n] = 0;
  for (let p = 0; p < n; p++) {
    // the root's row is next's first (letter 0 has no child: a code unit no literal holds ends the walk)
    let node = next[letters[p]!]!;
    for (let i = p + 1; node !== 0; i++) {
      const ids = anchorsAt[node];
      if (ids) {
        for (const id of ids) {
          const list = starts[id]!;
          if (list[list.length - 1] !== p) list.push(p);
        }
      }
      const letter = letters[i]!;
      node = letter === 0 ? 0 : next[node * width + letter]!;
    }
  }
  return starts;
}

/** Where `literal`'s literals start in `text` (the latest text), ascending, from one walk of the trie a text; null when the trie does not cover it. */
function startsOf(text: string, literal: LiteralAnchor): number[] | null {
  if (!startsByAnchor) {
    if (trie === undefined) trie = buildTrie();
    if (trie) startsByAnchor = literalStarts(text, trie);
  }
  return startsByAnchor?.[literal.id] ?? null;
}

/**
 * A global scan's matches of a literal anchor (flat [index, end, …]), found by trying its sticky form only
 * where one of its literals starts (`starts`), from the end of the match before: each match of a global scan
 * starts at the first offset from there where the anchor matches, and every match starts with a literal.
 */
function matchesFromStarts(text: string, sticky: RegExp, starts: readonly number[]): number[] {
  const found: number[] = [];
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    sticky.lastIndex = p;
    const a = sticky.exec(text);
    if (a) {
      found.push(p, p + a[0].length);
      from = p + a[0].length;
    }
  }
  return found;
}

/** The anchor's matches in `text` (flat [index, end, …]), kept for the other rules sharing it while the text is the same. */
function anchorMatches(text: string, anchor: RegExp): number[] {
  if (text !== anchorText) {
    anchorText = text;
    anchorsBySource.clear();
    startsByAnchor = null;
  }
  const key = anchorKeyOf(anchor);
  let found = anchorsBySource.get(key);
  if (!found) {
    const literal = literalAnchor(anchor, key);
    const starts = literal ? startsOf(text, literal) : null;
    if (literal && starts) found = matchesFromStarts(text, literal.sticky, starts);
    else {
      found = [];
      anchor.lastIndex = 0;
      for (let a = anchor.exec(text); a; a = anchor.exec(text)) found.push(a.index, a.index + a[0].length);
    }
    anchorsBySource.set(key, found);
  }
  return found;
}

/**
 * For tests: the anchor's matches in `text` as near scans find them (each [index, end]), and whether they were
 * found where the anchor's literals start (the trie's walk) rather than by a scan of the whole text.
 */
export function anchorMatchesForTest(text: string, anchor: RegExp): { matches: number[]; fromLiterals: boolean } {
  const matches = [...anchorMatches(text, anchor)];
  const literal = literalAnchorOf.get(anchorKeyOf(anchor));
  return { matches, fromLiterals: !!literal && !!startsByAnchor && literal.id < startsByAnchor.length };
}

/**
 * The matches `text.matchAll(global)` would give, in the same order, when every match holds a match
 * of `anchor` that begins at most `runsBefore` runs of white space after the match's start, and
 * (unless `anyOffset`) starts a word (`global` opens with WORD_START). `sticky` is the same pattern
 * with flag y; `anchor` has flag g. `mayStart`, when given, must hold at every offset where a match
 * starts (a cheap test of the code units around it, say what the pattern's leading lookbehind and
 * first character need): the offsets where it fails are not tried, which spares most of an
 * `anyOffset` scan's executions (the offsets inside words).
 */
export function matchesNear(
  text: string,
  sticky: RegExp,
  anchor: RegExp,
  runsBefore: number,
  anyOffset = false,
  mayStart?: (text: string, at: number) => boolean,
): RegExpExecArray[] {
  if (everyOffset) return [...text.matchAll(new RegExp(sticky.source, sticky.flags.replace("y", "g")))];
  const out: RegExpExecArray[] = [];
  // Every offset before `next` was tried, or lies inside a match found.
  let next = 0;
  const anchors = anchorMatches(text, anchor);
  for (let k = 0; k < anchors.length; k += 2) {
    // A match holding this anchor starts in [tokensBack, anchor's end): at or after the anchor only
    // when another anchor overlapping it was found first.
    const end = anchors[k + 1]!;
    let i = Math.max(next, tokensBack(text, anchors[k]!, runsBefore));
    while (i < end) {
      if ((!anyOffset && i > 0 && classOf(text.charCodeAt(i - 1)) === WORD) || (mayStart !== undefined && !mayStart(text, i))) {
        i++;
        continue;
      }
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        i = m.index + m[0].length;
      } else i++;
    }
    next = Math.max(next, i);
  }
  return out;
}
