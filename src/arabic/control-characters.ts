/**
 * Control characters out of decoded text, so every backend stores the same text (PostgreSQL cannot
 * store U+0000 at all) and no title carries invisible junk. Rules:
 * - CR LF and a lone CR become LF; vertical tab and form feed become LF (they separate lines or
 *   pages, so removing them would glue words);
 * - every other C0 control but TAB and LF (U+0000–U+001F), DEL (U+007F) and every C1 control
 *   (U+0080–U+009F) is removed;
 * - nothing else changes: format characters (ZWNJ, bidi controls, soft hyphen) are text, handled
 *   where text is shown (serve) or analyzed (normalize.ts).
 */

const ANY_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const LINE_BREAKS = /\r\n?|[\u000B\u000C]/g;
const REMOVED = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** `text` without control characters (see the module rules); the same string when it has none. */
export function removeControlCharacters(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(LINE_BREAKS, "\n").replace(REMOVED, "");
}
