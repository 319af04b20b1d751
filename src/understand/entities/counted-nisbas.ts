/**
 * A people counted: after a number from 11 to 99 (or one ending so) Arabic puts the counted noun in the indefinite
 * accusative singular, so a nisba reads there with the ending ـيًا of a country's name: 54 فلسطينيا (France24, CNN,
 * SkyNews, Al Arabia), 11 سوريا (SkyNews: eleven Syrians), 1320 ألمانيا (aawsat: 1,320 Germans). No place is counted
 * so; a year before a place (2018 روسيا) is no count.
 */
import type { Candidate } from "./recognize/candidate.js";
import { toAsciiDigits } from "../../arabic/normalize.js";

const NUMBER_BEFORE = /(?:^|[^\d\u0660-\u0669])([\d\u0660-\u0669]{2,})\s$/u;
const ACCUSATIVE_NISBA = /^[\u0621-\u064A]{3,}يا$/u;
const LOOK_BACK = 12;
const FIRST_ACCUSATIVE_COUNT = 11;
const YEAR = /^(?:19|20)\d\d$/;

function countsAccusative(digits: string): boolean {
  const n = toAsciiDigits(digits);
  return !YEAR.test(n) && Number(n.slice(-2)) >= FIRST_ACCUSATIVE_COUNT;
}

export function dropCountedNisbas(text: string, spans: Candidate[]): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.type !== "location" || !ACCUSATIVE_NISBA.test(s.text)) continue;
    const number = NUMBER_BEFORE.exec(text.slice(Math.max(0, s.start - LOOK_BACK), s.start))?.[1];
    if (number !== undefined && countsAccusative(number)) spans.splice(i, 1);
  }
}
