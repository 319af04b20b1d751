/**
 * A country whose short name is the feminine of its nisba: «السعودية» (المملكة العربية السعودية). Training sees the word
 * mostly as an adjective (الحكومة السعودية), so the tagger leaves the country out where no noun precedes it to agree
 * with: after a verb, a particle or an indefinite noun in construct (التحالف الذي تقوده السعودية ×19, بقيادة السعودية,
 * ودفع ذلك السعودية, ميزانية السعودية, رؤية السعودية 2030, مباراة السعودية; BBC, CNN, France24, SkyNews, Al Arabia,
 * aawsat, aljazirah, aleqtisadiya, alriyadh) and with a preposition fused (بالسعودية, للسعودية). There the word is the
 * place. It stays an adjective after a definite word or a noun with «our» (السلطات السعودية, رياضتنا السعودية), after
 * a nisba and و (الإماراتية والسعودية), in a quoted name (الشركة "السعودية للأسماك"), before a field with لل (السعودية
 * للكهرباء), and right after an organization's mention (أرامكو السعودية).
 */
import type { Candidate } from "./recognize/candidate.js";

const NISBA_COUNTRY = /(?<![\p{L}\p{M}])(?:([وف]?[بك]?)السعودية|([وف]?)للسعودية)(?![\p{L}\p{M}])/gu;
/** The word before, with what lies between it and the name. */
const WORD_BEFORE = /([\p{L}\p{M}]+)([^\p{L}\p{M}]*)$/u;
/** A definite word, its article after a clitic or written لل after ل (للكرة السعودية). */
const DEFINITE_WORD = /^(?:[وفبلك]{0,2}ال|[وف]?لل)\p{L}{2,}$/u;
const NISBA_ADJECTIVE = /^[وف]?ال\p{L}{2,}ية$/u;
/** A noun with the suffix «our» (جامعاتنا, رياضتنا): the name after it is its adjective. */
const OUR_NOUN = /\p{L}{2,}[تة]نا$/u;
const FIELD_AFTER = /^\s+لل/u;
const LOOK_BACK = 40;

function isAdjectivePosition(text: string, at: number, clitic: string, spans: readonly Candidate[]): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - LOOK_BACK), at));
  if (FIELD_AFTER.test(text.slice(at).replace(/^[\p{L}\p{M}]+/u, ""))) return true;
  if (!before) return false;
  const [, word, gap] = before as unknown as [string, string, string];
  if (clitic) return /^[وف]$/u.test(clitic) && gap === " " && NISBA_ADJECTIVE.test(word);
  if (gap !== " ") return /["«“]\s*$/u.test(gap);
  return DEFINITE_WORD.test(word) || OUR_NOUN.test(word) || spans.some((s) => s.type === "organization" && s.end === at - 1);
}

/** The country named by its feminine nisba, outside every mention and out of an adjective's place, becomes a place. */
export function addCountriesNamedByNisba(text: string, spans: Candidate[]): void {
  if (!text.includes("لسعودية")) return;
  for (const m of text.matchAll(NISBA_COUNTRY)) {
    const clitic = m[1] ?? m[2] ?? "";
    // لل + the name keeps its written لل (للسعودية), as the gold and the tagger write للرياض.
    const start = m.index + clitic.length;
    const end = m.index + m[0].length;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    if (isAdjectivePosition(text, m.index, clitic || (m[2] !== undefined ? "ل" : ""), spans)) continue;
    spans.push({ type: "location", text: text.slice(start, end), start, end, evidence: {} });
  }
  spans.sort((a, b) => a.start - b.start);
}
