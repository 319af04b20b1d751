/**
 * Latin acronyms spelt out in Arabic letter names: dotted (بي.بي.سي, سي.إن.إن, أيه.إم.دي, جي.آي.بي كابيتال)
 * or before a model number (سي-130, إف-16, إس.إي 370). The tagger reads each letter name as a word of its own
 * and tags some of them, one by one, under any type.
 */
import type { Candidate } from "./recognize/candidate.js";

/** The Arabic names of the Latin letters, with and without hamza, longest first so that an alternation takes the whole name. */
const LETTER_NAMES = [
  "دبليو", "إتش", "اتش", "إيه", "أيه", "ايه", "جيه", "كيه", "كيو", "إكس", "اكس", "واي", "كاي",
  "بي", "سي", "دي", "إي", "اي", "آي", "إف", "اف", "جي", "إل", "إم", "ام", "إن", "ان", "أو", "او", "آر", "ار", "إس", "اس", "تي", "يو", "في", "زد",
].sort((a, b) => b.length - a.length);
const LETTER = `(?:${LETTER_NAMES.join("|")})`;
const ARABIC_LETTER = "[\\u0621-\\u064A]";

/** Two or more letter names joined by dots, no Arabic letter either side (a trailing dot is the sentence's). */
const DOTTED_ACRONYM = new RegExp(`(?<!${ARABIC_LETTER})${LETTER}(?:\\.${LETTER})+(?!${ARABIC_LETTER})`, "gu");
/** One or more letter names, spaced, right before a hyphen and a number (سي-130, تي يو-95). */
const LETTERS_BEFORE_MODEL_NUMBER = new RegExp(`(?:^|\\s)${LETTER}$`, "u");
const MODEL_NUMBER_AFTER = /^\s?-\s?\d|^\s\d/u;
/** A mention's run past the acronym that is one more letter name, spaced: a word of the sentence (وقالت إن.بي.سي | إن حسابات, that). */
const ONE_LETTER_NAME = new RegExp(`^\\s${LETTER}$`, "u");
const HYPHEN_NUMBER_AFTER = /^-\s?\d/u;

/**
 * A mention inside or across a dotted acronym becomes the acronym's (بي.بي.سي, not بي, بي, سي: SkyNews, alriyadh,
 * alyaum; سي.إن.إن, أيه.إم.دي), one organization unless a mention runs on past it, whose words and type it keeps
 * (جي.آي.بي كابيتال, آر.بي.سي كابيتال ماركتس); a mention before its first dot (شركة بي | .دي.في.اس.ايه) gives way to it. One before a number (إس.إي 370, إم.اتش 370, إتش.دي.إم.آي 4ر1) names a product or a
 * flight: every mention in it is dropped; so is a mention ending in a letter name right before a hyphen and a number
 * (طراز سي-130, إف-16).
 */
export function joinLetterAcronyms(text: string, spans: Candidate[]): void {
  if (!text.includes(".") && !text.includes("-")) return;
  for (const run of text.matchAll(DOTTED_ACRONYM)) {
    const start = run.index!;
    const end = start + run[0].length;
    const touching = spans.filter((s) => s.start < end && start < s.end);
    if (!touching.length) continue;
    for (const s of touching) spans.splice(spans.indexOf(s), 1);
    if (MODEL_NUMBER_AFTER.test(text.slice(end, end + 3))) continue;
    const runOn = touching.filter((s) => s.start >= start && s.end > end && !ONE_LETTER_NAME.test(text.slice(end, s.end))).sort((a, b) => b.end - a.end)[0];
    const to = runOn?.end ?? end;
    spans.push({ type: runOn?.type ?? "organization", text: text.slice(start, to), start, end: to, evidence: {} });
  }
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (HYPHEN_NUMBER_AFTER.test(text.slice(s.end, s.end + 3)) && LETTERS_BEFORE_MODEL_NUMBER.test(s.text)) spans.splice(i, 1);
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
