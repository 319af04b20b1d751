/**
 * Source and byline lines.
 *
 * Rules:
 * - Source: `المصدر: X`, `المصدر - X`, `مصدر الخبر: X`, `Source: X`, `نقلاً عن X` / `نقلا عن X` on a
 *   short line of its own, a line that is only `وكالات` / `(وكالات)` / `- وكالات`, and a body line
 *   ending in `(وكالات)` (the credit is cut off, the line kept).
 * - Byline: `كتب: X`, `كتبت - X`, `بقلم: X`, `بقلم X`, `إعداد: X`, `By X`; a date after the name
 *   (`بقلم: سارة - 20 سبتمبر 2023`) is returned apart.
 * - Names are short: a "source" or "byline" of more than MAX_NAME_WORDS words is a sentence.
 * - Labels glued to the previous text (`…2023المصدر: موقع 24`) are split off by GLUED_CREDIT.
 */
import { findAbsoluteDates } from "../dates/absolute.js";

export type CreditLine = { kind: "source"; name: string } | { kind: "byline"; name: string; date: string | null };

/** Publisher and author names run to a few words; longer values are sentences. */
const MAX_NAME_WORDS = 6;

const SOURCE = /^(?:المصدر|مصدر\s+الخبر|المصادر|source)\s*[:：\-–]\s*(.+)$/iu;
const QUOTED_FROM = /^نقل(?:اً|ًا|ا)?\s+عن\s*[:：]?\s*(.+)$/u;
const AGENCIES_ONLY = /^[\s(\-–—]*(وكالات|agencies)[\s)]*\.?$/iu;
const AGENCIES_AT_END = /\s*[(-]\s*(وكالات)\s*\)?\s*\.?$/u;
const BYLINE_WITH_MARK = /^(?:كتب|كتبت|إعداد|اعداد|تقرير|بقلم|by)\s*[:：\-–]\s*(.+)$/iu;
const BYLINE_PLAIN = /^(?:بقلم|by)\s+(.+)$/iu;
const TRAILING_PUNCTUATION = /[\s.،,:;|\-–—]+$/u;

/** Splits a credit label glued to the text before it: `…2023المصدر: موقع 24`. */
export const GLUED_CREDIT = /(?<=\S)\s*(?=(?:المصدر|مصدر\s+الخبر|بقلم|كتب|كتبت|Source)\s*[:：])/u;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export function readCreditLine(line: string): CreditLine | null {
  if (AGENCIES_ONLY.test(line)) return { kind: "source", name: AGENCIES_ONLY.exec(line)![1]! };
  const source = SOURCE.exec(line) ?? QUOTED_FROM.exec(line);
  if (source) {
    const name = source[1]!.replace(TRAILING_PUNCTUATION, "").trim();
    return name && wordCount(name) <= MAX_NAME_WORDS ? { kind: "source", name } : null;
  }
  const byline = BYLINE_WITH_MARK.exec(line) ?? BYLINE_PLAIN.exec(line);
  if (byline) {
    let name = byline[1]!;
    let date: string | null = null;
    const dates = findAbsoluteDates(name);
    const last = dates.at(-1);
    if (last && name.slice(last.end).trim() === "") {
      date = last.value;
      name = name.slice(0, dates[0]!.start);
    }
    name = name.replace(TRAILING_PUNCTUATION, "").trim();
    return name && wordCount(name) <= MAX_NAME_WORDS ? { kind: "byline", name, date } : null;
  }
  return null;
}

/** A body line ending with an agencies credit: the line without it, or null. */
export function stripAgenciesCredit(line: string): string | null {
  const m = AGENCIES_AT_END.exec(line);
  return m && m.index > 0 ? line.slice(0, m.index) : null;
}
