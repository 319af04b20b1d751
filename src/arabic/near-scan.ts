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

function anchorMatches(text: string, anchor: RegExp): number[] {
  if (text !== anchorText) {
    anchorText = text;
    anchorsBySource.clear();
  }
  const key = anchorKeyOf(anchor);
  let found = anchorsBySource.get(key);
  if (!found) {
    found = [];
    anchor.lastIndex = 0;
    for (let a = anchor.exec(text); a; a = anchor.exec(text)) found.push(a.index, a.index + a[0].length);
    anchorsBySource.set(key, found);
  }
  return found;
}

/**
 * The matches `text.matchAll(global)` would give, in the same order, when every match holds a match
 * of `anchor` that begins at most `runsBefore` runs of white space after the match's start, and
 * (unless `anyOffset`) starts a word (`global` opens with WORD_START). `sticky` is the same pattern
 * with flag y; `anchor` has flag g.
 */
export function matchesNear(text: string, sticky: RegExp, anchor: RegExp, runsBefore: number, anyOffset = false): RegExpExecArray[] {
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
      if (!anyOffset && i > 0 && classOf(text.charCodeAt(i - 1)) === WORD) {
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
