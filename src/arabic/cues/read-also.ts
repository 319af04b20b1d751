/**
 * "Read also" markers: what follows them is another article (role `related`), never main body.
 *
 * Rules:
 * - Markers: `إقرأ أيضاً`, `اقرأ أيضا`, `اقرأ أيضًا`, `اقرأ كذلك`, `اقرأ المزيد`, `إقرأ المزيد`,
 *   `شاهد أيضاً`, `شاهد أيضا`, `طالع أيضا`, `مواضيع ذات صلة`, `أخبار ذات صلة`, `مقالات ذات صلة`,
 *   `ذات صلة`, `Read more`, `Read also`, `See also`, `Related`, `Related articles`, with or without
 *   a colon, hamza or tanween.
 * - A marker alone on its line opens a block that runs to the next marker or the page end; a marker
 *   followed by text on the same line names one related headline.
 */
const MARKER =
  /^[\s\-–—•*#>]*(?:(?:[إا]قر[أا]|شاهد|طالع)\s+(?:[أا]يض[اًٌ]*|كذلك|المزيد)|(?:مواضيع|[أا]خبار|مقالات|مواد|قصص)?\s*ذات\s+صل[ةه]|(?:[أا]خبار|مواضيع|مقالات)\s+متعلق[ةه]|read\s+(?:more|also)|see\s+also|related(?:\s+(?:articles|stories|news))?|more\s+stories)\s*[:：.\-–]*\s*/iu;

/** Splits a marker glued to the text before it: `…الاستراتيجي.إقرأ أيضاً:`. */
export const GLUED_READ_ALSO = /(?<=\S)\s*(?=(?:[إا]قر[أا]|شاهد|طالع)\s+[أا]يض[اًٌ]*\s*[:：])/u;

export interface ReadAlsoMarker {
  /** Text after the marker on the same line ("" when the marker stands alone). */
  headline: string;
}

export function readReadAlsoMarker(line: string): ReadAlsoMarker | null {
  const m = MARKER.exec(line);
  if (!m) return null;
  const headline = line.slice(m[0].length).trim();
  // "Related" and "Read more" open many ordinary English sentences; with text after them they are a
  // marker only when a colon follows.
  if (headline && !/[:：]/.test(m[0]) && /^[\s\-–—•*#>]*(?:related|read|see|more)/i.test(line)) return null;
  return { headline };
}
