/**
 * An organization's mention that ends on ل fused to an indefinite noun stops in the middle of a construct: the noun's
 * complement is the next, definite word, and the name goes on to it — معهد ستوكهولم الدولي لبحوث | السلام (CNN),
 * الوكالة الدولية لبحوث | السرطان, الاتحاد الوطني لدافعي | الضرائب, الاتحاد الدولي لكونجرس | الأساطير, شركة مصر لرأس |
 * المال. The mention takes that word in when it is no relative pronoun, time word or particle (`isNameWord`) and no
 * other mention holds it. A field written with the article (لل…) is a name's end already and is left alone.
 */
import type { Candidate } from "./recognize/candidate.js";
import { normalizeArabic } from "../../arabic/normalize.js";

export interface ConstructComplementTests {
  /** Whether a definite word may go on an organization's name (not الذي, اليوم, الأحد, a stopword). */
  isNameWord(norm: string): boolean;
}

/** ل fused to an indefinite noun of three letters or more (لبحوث, لدافعي), not the article's لل. */
const FUSED_INDEFINITE = /^ل(?!ل)[\u0621-\u064A]{3,}$/u;
/** One space, then a definite word of letters (the complement). */
const DEFINITE_AFTER = /^ (ال[\u0621-\u064A]{2,})(?![\p{L}\p{M}])/u;

export function widenOrganizationsOverConstructComplements(text: string, spans: Candidate[], tests: ConstructComplementTests): void {
  for (const s of spans) {
    if (s.type !== "organization") continue;
    const words = s.text.split(/\s+/);
    if (words.length < 2 || !FUSED_INDEFINITE.test(normalizeArabic(words[words.length - 1]!))) continue;
    const m = DEFINITE_AFTER.exec(text.slice(s.end, s.end + 40));
    if (!m || !tests.isNameWord(normalizeArabic(m[1]!))) continue;
    const end = s.end + m[0].length;
    if (spans.some((o) => o !== s && o.start < end && s.end < o.end)) continue;
    s.end = end;
    s.text = text.slice(s.start, s.end);
  }
}
