/**
 * A rule's global scans tried only where their matches may start. A pattern whose every match holds one
 * of a few literal words a few code units after its start (a medium's head after a fused و, ف, ب or ل; a
 * citing verb) was run from every offset of a body, though one walk over the body's code units finds those
 * words for all of a rule's patterns together: each pattern's sticky form is then tried only at the offsets
 * up to `before` code units ahead of each of its words (matchesAtStarts), which gives the same matches.
 */

/** Literals one of which each match of a pattern holds, at most `before` code units after the match's start. */
export interface LiteralGroup {
  literals: readonly string[];
  before: number;
}

interface Entry {
  literal: string;
  before: number;
  /** The pattern (its index in the scan's list) whose starts an occurrence gives. */
  pattern: number;
}

/** The Arabic block: the literals' first two code units stand in it. */
const ARABIC_BLOCK = 0x0600;
const BLOCK_SIZE = 0x100;

/** The slot of two code units of the Arabic block in LiteralStarts' table, -1 when either is outside it. */
function pairSlot(first: number, second: number): number {
  const a = first - ARABIC_BLOCK;
  const b = second - ARABIC_BLOCK;
  return a >= 0 && a < BLOCK_SIZE && b >= 0 && b < BLOCK_SIZE ? a * BLOCK_SIZE + b : -1;
}

/**
 * The literals of several patterns by their first two code units (two letters of the Arabic block: every literal
 * is a word of two letters or more): `startsOf` walks a text once and gives each pattern the offsets where its
 * matches may start, ascending, each once.
 */
export class LiteralStarts {
  /** By pairSlot of a literal's first two code units: 0 when no literal opens with them, else 1 + its index in `entries`. */
  private readonly slotOf = new Uint16Array(BLOCK_SIZE * BLOCK_SIZE);
  private readonly entries: Entry[][] = [];
  private readonly patterns: number;

  /** `patterns[p]`: the groups of pattern p. */
  constructor(patterns: readonly (readonly LiteralGroup[])[]) {
    this.patterns = patterns.length;
    patterns.forEach((groups, pattern) => {
      for (const { literals, before } of groups) {
        for (const literal of literals) {
          const slot = literal.length < 2 ? -1 : pairSlot(literal.charCodeAt(0), literal.charCodeAt(1));
          if (slot < 0) throw new Error(`literal-starts: «${literal}» does not open with two letters of the Arabic block`);
          if (this.slotOf[slot] === 0) this.slotOf[slot] = this.entries.push([]);
          this.entries[this.slotOf[slot]! - 1]!.push({ literal, before, pattern });
        }
      }
    });
  }

  /** For each pattern, the offsets of `text` its matches may start at: each of its literals' offsets and the `before` offsets ahead (not below 0). */
  startsOf(text: string): number[][] {
    const out: number[][] = [];
    for (let p = 0; p < this.patterns; p++) out.push([]);
    const { slotOf, entries } = this;
    const last = text.length - 1;
    let next = last >= 0 ? text.charCodeAt(0) : 0;
    for (let i = 0; i < last; i++) {
      const c = next;
      next = text.charCodeAt(i + 1);
      const a = c - ARABIC_BLOCK;
      const b = next - ARABIC_BLOCK;
      if (a < 0 || a >= BLOCK_SIZE || b < 0 || b >= BLOCK_SIZE) continue;
      const slot = slotOf[a * BLOCK_SIZE + b]!;
      if (slot === 0) continue;
      const list = entries[slot - 1]!;
      for (let e = 0; e < list.length; e++) {
        const entry = list[e]!;
        if (!holdsAt(text, entry.literal, i)) continue;
        const starts = out[entry.pattern]!;
        for (let k = Math.max(0, i - entry.before); k <= i; k++) starts.push(k);
      }
    }
    for (const starts of out) ascendingOnce(starts);
    return out;
  }
}

/** Whether `literal` stands in `text` at `at` (its first two code units already compared). */
function holdsAt(text: string, literal: string, at: number): boolean {
  if (at + literal.length > text.length) return false;
  for (let k = 2; k < literal.length; k++) if (text.charCodeAt(at + k) !== literal.charCodeAt(k)) return false;
  return true;
}

/** `offsets` sorted ascending, each once (in place). */
export function ascendingOnce(offsets: number[]): number[] {
  if (offsets.length < 2) return offsets;
  offsets.sort((a, b) => a - b);
  let kept = 1;
  for (let i = 1; i < offsets.length; i++) if (offsets[i] !== offsets[kept - 1]) offsets[kept++] = offsets[i]!;
  offsets.length = kept;
  return offsets;
}

/**
 * The matches `text.matchAll(global)` gives, in the same order, when every match starts at one of
 * `starts` (ascending): `sticky` is the same pattern with flag y instead of g, tried at each start from
 * the end of the match before. A global scan's next match is the first offset from there where the
 * pattern matches, and there the sticky form finds the same match. No match may be empty.
 */
export function matchesAtStarts(text: string, sticky: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      from = p + m[0].length;
    }
  }
  return out;
}
