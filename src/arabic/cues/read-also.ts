/**
 * "Read also" markers: what follows them is another article (role `related`), never main body.
 *
 * Rules:
 * - Markers are the READ_ALSO phrases of vocabulary.ts (`اقرأ أيضاً`, `شاهد أيضا`, `مواضيع ذات صلة`,
 *   `Read more`, …), matched through the normalizer, so tatweel (`اقرأ أيضـــا`), hamza, tanween
 *   and case need no pattern of their own; a colon, dots or a dash may follow.
 * - A marker alone on its line opens a block; a marker followed by text on the same line names one
 *   related headline.
 * - English markers open ordinary sentences too (`Related talks will…`): with text after them they
 *   are a marker only when a colon follows.
 */
import { READ_ALSO, READ_ALSO_GLUED, READ_ALSO_NEEDS_COLON } from "./vocabulary.js";

export interface ReadAlsoMarker {
  /** Text after the marker on the same line ("" when the marker stands alone). */
  headline: string;
}

const AFTER_MARKER = /^[\s:：.…\-–—|]*/u;
const HAS_COLON = /[:：]/u;

export function readReadAlsoMarker(line: string): ReadAlsoMarker | null {
  const m = READ_ALSO.opening(line);
  if (!m) return null;
  const rest = line.slice(m.end);
  const punctuation = AFTER_MARKER.exec(rest)![0];
  const headline = rest.slice(punctuation.length).trim();
  if (headline && !HAS_COLON.test(punctuation) && READ_ALSO_NEEDS_COLON.opening(line)) return null;
  return { headline };
}

/** True when `text` opens with a read-also label (the HTML extractor's test of a block's lead). */
export function opensWithReadAlso(text: string): boolean {
  return readReadAlsoMarker(text) !== null;
}

/** What ends the text a read-also label is glued to: a sentence's end or a closing mark. */
const ENDS_TEXT_BEFORE_LABEL = /[.!?؟…:：»"”)\]]\s*$/u;

/**
 * Where a read-also label glued to the text before it starts (`…الاستراتيجي.إقرأ أيضاً:`), or -1.
 * Only after the end of a sentence or with no space at all (`…2023اقرأ أيضاً:`): a label after a
 * plain word and a space (`وقال إن الجمهور شاهد أيضاً: عرضاً…`) is inside a sentence.
 */
export function findGluedReadAlso(line: string): number {
  const at = READ_ALSO_GLUED.glued(line);
  if (at <= 0) return at;
  const before = line.slice(0, at);
  return /\s$/u.test(before) && !ENDS_TEXT_BEFORE_LABEL.test(before) ? -1 : at;
}
