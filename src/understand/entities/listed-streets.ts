/**
 * Streets named in a list of streets: a street's head (شارع, جادة, طريق) followed by a definite word is a place with
 * its head when the text lists it beside another street — its own head joined by و or ف after an earlier street of the
 * sentence, or the next street's head so joined right after it: «شارع فلسطين وشارع أبي فراس الحمداني، ومن الشرق طريق
 * المدينة النازل وشارع الشرق، أما من الجنوب فشارع المعادي، وشارع الفارسي» (almadina), «تقاطع شارع الخليج العربي مع
 * شارع الرياض» (alyaum), «في شارع المطار ودارس وحي النهضة» (alriyadh). The tagger reads a definite common word after
 * the head (الشرق, the east; الفارسي, the Persian) as no name, and joinStreetHeadsToPlaces (recognize.ts) only widens a
 * place or person the tagger found. A head alone is no evidence: «شارع التسوق الرئيسي» (the main shopping street),
 * «عن طريق الأشعة» (by way of rays) stay, since no joined street stands beside them; «عن طريق» is never a street.
 * The gold's convention: the head in, a fused و/ف/ب/ل out (وشارع الشرق → شارع الشرق); a definite nisba after the name
 * is part of it (شارع الخليج العربي), another adjective is not (طريق المدينة | النازل).
 */
import { normalizeArabic } from "../../arabic/normalize.js";
import { isStopword } from "../../arabic/stopwords.js";
import type { Candidate } from "./recognize/candidate.js";

/** A street's head, a conjunction and/or a preposition fused before it, then the next word and the one after it. */
const STREET = /(?<![\u0621-\u064A])([وف]?[بل]?)(شارع|جادة|جاده|طريق) ([\u0621-\u064A]+)(?=(?: ([\u0621-\u064A]+))?)/gu;
/** What ends a clause for the list test. */
const CLAUSE_END = /[.!?؟؛\n]/u;
/** How far apart (characters) two streets of one list may stand. */
const LIST_REACH = 60;
/** Words after a head that open another kind of name (a title: شارع الأمير سلطان, which the person rules join) or no name. */
const NOT_A_STREET_NAME = new Set(["الامير", "الملك", "الشيخ", "الامام", "الرئيس", "الرئيسي", "الرئيسيه", "العام", "السريع", "الدولي", "الوحيد", "الجديد", "القديم", "المؤدي", "الواصل", "الرابط", "الذي", "التي"]);
/** Type evidence of a listed street (recognize/shared.ts CUE_VOTES: a cue word's weight). */
const STREET_VOTES = 2;
/** A definite nisba (العربي, الغربي, الفارسي): part of the street's name after its first word. */
const DEFINITE_NISBA = /^ال[\u0621-\u064A]{3,}ي$/u;

interface Head {
  /** Offset of the head word (after its clitics). */
  start: number;
  /** Offset of the whole token with its clitics. */
  tokenStart: number;
  joined: boolean;
  name: string;
  nameStart: number;
  next: string | undefined;
  nextStart: number;
  /** The word before the token (عن of «عن طريق»). */
  before: string;
}

function headsOf(text: string): Head[] {
  const heads: Head[] = [];
  for (const m of text.matchAll(STREET)) {
    const [, clitics, head, name, next] = m as unknown as [string, string, string, string, string | undefined];
    const tokenStart = m.index;
    const start = tokenStart + clitics.length;
    const nameStart = start + head.length + 1;
    const before = /([\u0621-\u064A]+)\s*$/u.exec(text.slice(Math.max(0, tokenStart - 12), tokenStart))?.[1] ?? "";
    heads.push({ start, tokenStart, joined: /^[وف]/u.test(clitics), name, nameStart, next, nextStart: next === undefined ? -1 : nameStart + name.length + 1, before });
  }
  return heads;
}

/** Whether nothing between a and b ends the clause. */
const sameClause = (text: string, a: number, b: number) => b - a <= LIST_REACH && !CLAUSE_END.test(text.slice(a, b));

export function addListedStreetNames(text: string, spans: Candidate[]): void {
  const heads = headsOf(text);
  if (heads.length < 2) return;
  let added = false;
  heads.forEach((h, i) => {
    if (normalizeArabic(h.before) === "عن") return;
    const prev = heads[i - 1];
    const after = heads[i + 1];
    const listed = (h.joined && prev !== undefined && sameClause(text, prev.start, h.tokenStart)) || (after !== undefined && after.joined && sameClause(text, h.start, after.tokenStart));
    if (!listed) return;
    const name = normalizeArabic(h.name);
    if (!name.startsWith("ال") || name.length < 5 || isStopword(name) || NOT_A_STREET_NAME.has(name)) return;
    let end = h.nameStart + h.name.length;
    if (h.next !== undefined && DEFINITE_NISBA.test(normalizeArabic(h.next)) && !NOT_A_STREET_NAME.has(normalizeArabic(h.next))) end = h.nextStart + h.next.length;
    const start = h.start;
    const inside = spans.filter((s) => s.start < end && start < s.end);
    // A mention of the name alone (المعادي found as a place) gives way; any other mention stays as it is.
    if (inside.some((s) => s.start < h.nameStart || s.end > end)) return;
    for (const s of inside) spans.splice(spans.indexOf(s), 1);
    spans.push({ type: "location", text: text.slice(start, end), start, end, evidence: { location: STREET_VOTES } });
    added = true;
  });
  if (added) spans.sort((a, b) => a.start - b.start);
}
