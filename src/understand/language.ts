/**
 * Language of a text as an ISO 639-1 code ("und" when it cannot be told). Provisional: the full
 * detector (ar, en, fr, fa, ur, tr, he at least; robust to short text) replaces this body.
 */
import { hasArabicLetter } from "./arabic/normalize.js";

export function detectLanguage(text: string): string {
  if (hasArabicLetter(text)) return "ar";
  return /\p{Script=Latin}/u.test(text) ? "en" : "und";
}
