/**
 * Bidi controls in text that pages show. Stored text keeps them (original text is sacred); a page
 * must not let them reorder what surrounds them. Rules:
 * - overrides (LRO U+202D, RLO U+202E) are dropped with the PDF that closes them: they turn
 *   «اختبار» into «رابتخا» on screen, and no news text needs them;
 * - embeddings (LRE, RLE … PDF) and isolates (LRI, RLI, FSI … PDI) are kept when matched within
 *   the text, and dropped when unmatched (an unclosed one would spill into the rest of the page);
 * - a PDI closes the embeddings still open inside its isolate (as the Unicode bidi algorithm
 *   does), so those are unmatched;
 * - pages also isolate each title and snippet (`dir="auto"`), so even matched controls stay inside.
 * Marks (LRM, RLM, ALM) are not controls of this kind and are kept.
 */

const LRE = 0x202a;
const RLE = 0x202b;
const PDF = 0x202c;
const LRO = 0x202d;
const RLO = 0x202e;
const LRI = 0x2066;
const RLI = 0x2067;
const FSI = 0x2068;
const PDI = 0x2069;

const HAS_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

interface Opened {
  at: number;
  isIsolate: boolean;
  isKept: boolean;
}

/** `text` with its bidi controls neutralized (see the module rules); the same string when it has none. */
export function neutralizeBidi(text: string): string {
  if (!HAS_CONTROL.test(text)) return text;
  const kept = new Array<boolean>(text.length).fill(true);
  const open: Opened[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LRE || c === RLE || c === LRO || c === RLO) {
      open.push({ at: i, isIsolate: false, isKept: c === LRE || c === RLE });
    } else if (c === LRI || c === RLI || c === FSI) {
      open.push({ at: i, isIsolate: true, isKept: true });
    } else if (c === PDF) {
      const last = open[open.length - 1];
      if (last && !last.isIsolate) {
        open.pop();
        kept[last.at] = last.isKept;
        kept[i] = last.isKept;
      } else kept[i] = false;
    } else if (c === PDI) {
      const isolate = findLastIsolate(open);
      if (isolate < 0) {
        kept[i] = false;
        continue;
      }
      for (const inner of open.splice(isolate + 1)) kept[inner.at] = false;
      open.pop();
    }
  }
  for (const unclosed of open) kept[unclosed.at] = false;
  let out = "";
  for (let i = 0; i < text.length; i++) if (kept[i]) out += text[i];
  return out;
}

function findLastIsolate(open: Opened[]): number {
  for (let i = open.length - 1; i >= 0; i--) if (open[i]!.isIsolate) return i;
  return -1;
}
