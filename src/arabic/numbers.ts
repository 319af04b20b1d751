/**
 * Numbers written in Arabic news, read from normalized words (normalize.ts):
 * - digits, ASCII or Arabic-Indic (already folded), with thousands separators (2,500 / 2٬500) and a
 *   decimal point (1.5 / 1٫5), optionally scaled by the next word: الف / الاف / مليون / ملايين / مليار / تريليون (ترليون);
 * - number words: units and their feminine forms (ثلاث / ثلاثة), teens (خمسة عشر), tens (عشرين),
 *   compounds joined by و (خمسة وعشرون), hundreds (مئة, مئتان, ثلاثمئة, ثلاث مئة), thousands
 *   (ألف, ألفان, ثلاثة آلاف, أحد عشر ألفاً) and millions;
 * - vague plurals that state a range, not a number: عشرات = 20..99, مئات = 200..999,
 *   آلاف (or ألوف) alone = 2000..9999, ملايين alone = 2..9.99 million, بضعة = 3..9; a following scale word
 *   multiplies both ends (عشرات الآلاف = 20,000..99,999);
 * - the first word may carry a proclitic و / ب / ل / ف (وعشرات, بثلاثة);
 * - a unit with the article before a scale word (قرابة الستة آلاف: 6,000), as some outlets print it;
 *   without a scale word after it a definite cardinal (المصابين الأربعة) is left to the caller;
 * - a half or a quarter of a single scale word (نصف مليون: 500,000, ربع مليون: 250,000); without a
 *   scale word after it (نصف ساعة، نصفهم) it is no number; after a scale word and و, a half or a
 *   quarter of that scale (مليون ونصف المليون: 1,500,000, 3 آلاف ونصف: 3,500);
 * - the dual in construct of a scale word (ألفي، مليوني شخص: 2,000,000).
 */

export interface NumberReading {
  value: number;
  /** Upper bound of a vague plural (عشرات), null for a stated number. */
  valueMax: number | null;
  /** Word indices read, end exclusive. */
  start: number;
  end: number;
  /** True when the number was written in words, not digits. */
  isWord: boolean;
}

const UNITS = new Map<string, number>();
const addAll = (words: string, value: number, into: Map<string, number>) => {
  for (const w of words.split(" ")) into.set(w, value);
};
addAll("واحد واحده", 1, UNITS);
addAll("اثنان اثنين اثنتان اثنتين", 2, UNITS);
addAll("ثلاث ثلاثه", 3, UNITS);
addAll("اربع اربعه", 4, UNITS);
addAll("خمس خمسه", 5, UNITS);
addAll("ست سته", 6, UNITS);
addAll("سبع سبعه", 7, UNITS);
addAll("ثمان ثماني ثمانيه", 8, UNITS);
addAll("تسع تسعه", 9, UNITS);
addAll("عشر عشره", 10, UNITS);

// Units as the first part of a teen (احد عشر, اثنا عشر) take forms of their own.
const TEEN_UNITS = new Map(UNITS);
addAll("احد احدي", 1, TEEN_UNITS);
addAll("اثنا اثني اثنتا اثنتي", 2, TEEN_UNITS);
const TEEN_TEN = new Set(["عشر", "عشره"]);

const TENS = new Map<string, number>();
addAll("عشرون عشرين", 20, TENS);
addAll("ثلاثون ثلاثين", 30, TENS);
addAll("اربعون اربعين", 40, TENS);
addAll("خمسون خمسين", 50, TENS);
addAll("ستون ستين", 60, TENS);
addAll("سبعون سبعين", 70, TENS);
addAll("ثمانون ثمانين", 80, TENS);
addAll("تسعون تسعين", 90, TENS);

const HUNDREDS = new Map<string, number>();
addAll("مئه مائه مايه", 100, HUNDREDS);
// مئتا / مائتا: the dual in construct (ألف ومئتا شخص)
addAll("مئتان مئتين مائتان مائتين مايتان مايتين مئتا مائتا مايتا مئتي مائتي مايتي", 200, HUNDREDS);
for (const [unit, v] of [["ثلاث", 3], ["اربع", 4], ["خمس", 5], ["ست", 6], ["سبع", 7], ["ثمان", 8], ["تسع", 9]] as const) {
  addAll(`${unit}مئه ${unit}مائه`, v * 100, HUNDREDS);
}
const HUNDRED_WORD = new Set(["مئه", "مائه"]);

// Scale words: singular/accusative forms (after 11+ or alone), plural forms (after 3..10), duals.
const THOUSAND = new Set(["الف", "الفا"]);
const THOUSANDS = new Set(["الاف", "الوف"]);
// الفي is the dual in construct (ألفي شخص); الفا is left to the accusative singular (250 ألفاً).
const THOUSAND_DUAL = new Set(["الفان", "الفين", "الفي"]);
const MILLION = new Set(["مليون", "مليونا"]);
const MILLIONS = new Set(["ملايين"]);
// مليوني is the dual in construct (أكثر من مليوني شخص); مليونا is left to the accusative singular (330 مليونا).
const MILLION_DUAL = new Set(["مليونان", "مليونين", "مليوني"]);
const BILLION = new Set(["مليار", "مليارا"]);
// the plural after 3..10 (`8 مليارات دولار`)
const BILLIONS = new Set(["مليارات"]);
// Both spellings of the trillion are in print (2 ترليون دولار, 16 تريليون دولار); the plural after 3..10 (ستة ترليونات).
const TRILLION = new Set(["تريليون", "تريليونا", "ترليون", "ترليونا"]);
const TRILLIONS = new Set(["تريليونات", "ترليونات"]);
const FRACTIONS = new Map<string, number>([["نصف", 0.5], ["ربع", 0.25]]);

const VAGUE = new Map<string, [number, number]>([
  ["عشرات", [20, 99]],
  ["العشرات", [20, 99]],
  ["مئات", [200, 999]],
  ["مئات", [200, 999]],
  ["المئات", [200, 999]],
  ["الاف", [2000, 9999]],
  ["الالاف", [2000, 9999]],
  // ألوف, the other plural of ألف (ألوف المهاجرين، عشرات الألوف)
  ["الوف", [2000, 9999]],
  ["الالوف", [2000, 9999]],
  ["ملايين", [2_000_000, 9_999_999]],
  ["الملايين", [2_000_000, 9_999_999]],
  ["بضعه", [3, 9]],
  ["بضع", [3, 9]],
]);
const VAGUE_SCALE = new Map<string, number>([
  ["الاف", 1000],
  ["الالاف", 1000],
  ["الوف", 1000],
  ["الالوف", 1000],
  ["ملايين", 1_000_000],
  ["الملايين", 1_000_000],
]);

const DIGITS = /^\d+(?:[.,\u066B\u066C]\d+)*$/;
const PROCLITICS = ["و", "ب", "ل", "ف"];

/** Candidate readings of a word: itself, then without one proclitic. */
function forms(word: string): string[] {
  const out = [word];
  for (const p of PROCLITICS) if (word.startsWith(p) && word.length > 2) out.push(word.slice(1));
  return out;
}

/** Whether `token` is one or more ASCII digits and nothing else. */
function isAsciiDigits(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Parses a digit token: thousands separators dropped, a decimal point kept. */
export function parseDigits(token: string): number | null {
  // Most digit tokens are plain ASCII digits (a year, a count): their value without the five regexes below.
  if (isAsciiDigits(token)) return Number(token);
  if (!DIGITS.test(token)) return null;
  const t = token.replace(/\u066B/g, ".").replace(/\u066C/g, ",");
  // "2,500" and "1,000,000" are grouped thousands; "2,5" is a European decimal.
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^\d+(\.\d{3})+$/.test(t) && t.split(".").length > 2) return Number(t.replace(/\./g, ""));
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

function scaleAt(words: string[], i: number, count: number): { factor: number; next: number } | null {
  const w = words[i];
  if (w === undefined) return null;
  if (THOUSAND.has(w) || (THOUSANDS.has(w) && count <= 10)) return { factor: 1000, next: i + 1 };
  if (MILLION.has(w) || (MILLIONS.has(w) && count <= 10)) return { factor: 1_000_000, next: i + 1 };
  if (BILLION.has(w) || (BILLIONS.has(w) && count <= 10)) return { factor: 1_000_000_000, next: i + 1 };
  if (TRILLION.has(w) || (TRILLIONS.has(w) && count <= 10)) return { factor: 1_000_000_000_000, next: i + 1 };
  return null;
}

/** One group below a thousand written in words, starting at `i` (first word already clitic-free). */
function readWordGroup(words: string[], i: number, first: string): { value: number; next: number } | null {
  let value: number | null = null;
  let next = i + 1;
  const second = words[i + 1];
  if (TEEN_UNITS.has(first) && second !== undefined && TEEN_TEN.has(second) && TEEN_UNITS.get(first)! < 10) {
    value = TEEN_UNITS.get(first)! + 10;
    next = i + 2;
  } else if (HUNDREDS.has(first)) {
    value = HUNDREDS.get(first)!;
  } else if (UNITS.has(first) && second !== undefined && HUNDRED_WORD.has(second) && UNITS.get(first)! >= 3) {
    value = UNITS.get(first)! * 100;
    next = i + 2;
  } else if (UNITS.has(first)) {
    value = UNITS.get(first)!;
  } else if (TENS.has(first)) {
    value = TENS.get(first)!;
  }
  if (value === null) return null;
  // Compounds joined by و: خمسة وعشرون, مئة وخمسون, مئتان وثلاثة وعشرون.
  const w = words[next];
  if (w && w.startsWith("و") && w.length >= 3) {
    const rest = w.slice(1);
    if (value < 10 && TENS.has(rest)) {
      value += TENS.get(rest)!;
      next++;
    } else if (value >= 100 && value % 100 === 0) {
      const tail = readWordGroup(words, next, rest);
      if (tail && tail.value < 100) {
        value += tail.value;
        next = tail.next;
      }
    }
  }
  return { value, next };
}

/** Reads the number that starts at word `i`, or null. `words` are normalized tokens. */
export function readNumber(words: string[], i: number): NumberReading | null {
  const raw = words[i];
  if (raw === undefined) return null;
  const digits = parseDigits(raw);
  if (digits !== null) {
    const scale = scaleAt(words, i + 1, digits);
    if (scale) {
      const tail = digitsTail(words, scale.next, scale.factor);
      // rounded: a decimal times its scale is a whole count, but not in binary floating point (8.2 × 1,000,000 = 8199999.999999999)
      return { value: Math.round(digits * scale.factor) + (tail?.value ?? 0), valueMax: null, start: i, end: tail?.next ?? scale.next, isWord: false };
    }
    return { value: digits, valueMax: null, start: i, end: i + 1, isWord: false };
  }
  for (const w of forms(raw)) {
    const vague = VAGUE.get(w);
    if (vague) {
      const scale = VAGUE_SCALE.get(words[i + 1] ?? "") ?? 1;
      if (scale > 1 && !VAGUE_SCALE.has(w)) return { value: vague[0] * scale, valueMax: (vague[1] + 1) * scale - 1, start: i, end: i + 2, isWord: true };
      return { value: vague[0], valueMax: vague[1], start: i, end: i + 1, isWord: true };
    }
    if (THOUSAND.has(w)) return withScale(words, i, 1000, i + 1);
    // ألفين وخمسمائة: a dual takes the hundreds after it as a single thousand does
    if (THOUSAND_DUAL.has(w)) return withScale(words, i, 2000, i + 1, 1000);
    if (MILLION.has(w)) return withScale(words, i, 1_000_000, i + 1);
    if (MILLION_DUAL.has(w)) return withScale(words, i, 2_000_000, i + 1, 1_000_000);
    const fraction = fractionOfScale(words, i, w);
    if (fraction) return fraction;
    const definite = definiteUnitWithScale(words, i, w);
    if (definite) return definite;
    const group = readWordGroup(words, i, w);
    if (group) {
      const scale = scaleAt(words, group.next, group.value);
      if (scale) {
        let value = group.value * scale.factor;
        let next = scale.next;
        const tail = words[next];
        const fraction = fractionTail(words, next, scale.factor);
        if (fraction) {
          value += fraction.value;
          next = fraction.next;
        } else if (tail?.startsWith("و")) {
          const rest = readWordGroup(words, next, tail.slice(1));
          if (rest && rest.value < scale.factor) {
            value += rest.value;
            next = rest.next;
          }
        }
        return { value, valueMax: null, start: i, end: next, isWord: true };
      }
      return { value: group.value, valueMax: null, start: i, end: group.next, isWord: true };
    }
  }
  return null;
}

/**
 * `6 آلاف و147`, `4 آلاف و 597`, `3 ملايين و100 ألف`, `3 آلاف وخمسمائة`: the part below the scale
 * after و, in digits (itself maybe scaled) or words, read as a whole; never one as large as the scale (`3 آلاف و5 آلاف`: two counts).
 */
function digitsTail(words: string[], next: number, factor: number): { value: number; next: number } | null {
  const tail = words[next];
  if (tail === undefined || !tail.startsWith("و")) return null;
  const fraction = fractionTail(words, next, factor);
  if (fraction) return fraction;
  const glued = tail === "و" ? null : parseDigits(tail.slice(1));
  const at = tail === "و" ? next + 1 : next;
  const rest = glued === null ? readNumber(words, at) : { value: glued, valueMax: null, end: next + 1 };
  if (!rest || rest.valueMax !== null || rest.value >= factor) return null;
  if (glued !== null && scaleAt(words, next + 1, glued)) {
    const scaled = glued * scaleAt(words, next + 1, glued)!.factor;
    return scaled < factor ? { value: scaled, next: next + 2 } : null;
  }
  return { value: rest.value, next: rest.end };
}

const SCALE_WITH_ARTICLE = new Map<string, number>([["الالف", 1000], ["المليون", 1_000_000], ["المليار", 1_000_000_000], ["التريليون", 1_000_000_000_000], ["الترليون", 1_000_000_000_000]]);

/**
 * `مليون ونصف المليون`, `مليار ونصف`, `3 آلاف ونصف`, `ألف وربع`: a half or a quarter of the scale
 * after و (the scale word may be repeated, with the article or without); from a thousand up only.
 */
function fractionTail(words: string[], next: number, factor: number): { value: number; next: number } | null {
  if (factor < 1000) return null;
  const tail = words[next];
  const at = tail === "و" ? next + 1 : next;
  const word = tail === "و" ? words[at] : tail?.slice(1);
  const fraction = word === undefined || !tail?.startsWith("و") ? undefined : FRACTIONS.get(word);
  if (fraction === undefined) return null;
  const repeated = words[at + 1] ?? "";
  const again = SCALE_WITH_ARTICLE.get(repeated) === factor || (scaleAt(words, at + 1, 1)?.factor ?? 0) === factor;
  return { value: fraction * factor, next: again ? at + 2 : at + 1 };
}

/** `الستة آلاف`, `الثلاثة ملايين`: a unit of 3–10 with the article, then its plural scale word. */
function definiteUnitWithScale(words: string[], i: number, w: string): NumberReading | null {
  if (!w.startsWith("ال")) return null;
  const unit = UNITS.get(w.slice(2));
  if (unit === undefined || unit < 3) return null;
  const scale = scaleAt(words, i + 1, unit);
  return scale ? { value: unit * scale.factor, valueMax: null, start: i, end: scale.next, isWord: true } : null;
}

/** `نصف مليون`, `ربع مليون`, `نصف مليار`: a fraction of the single scale word after it. */
function fractionOfScale(words: string[], i: number, w: string): NumberReading | null {
  const fraction = FRACTIONS.get(w);
  if (fraction === undefined) return null;
  const scale = words[i + 1] ?? "";
  const factor = THOUSAND.has(scale) ? 1000 : MILLION.has(scale) ? 1_000_000 : BILLION.has(scale) ? 1_000_000_000 : TRILLION.has(scale) ? 1_000_000_000_000 : null;
  return factor === null ? null : { value: fraction * factor, valueMax: null, start: i, end: i + 2, isWord: true };
}

/** `ألف وخمسمائة`, `ألفين و800`, `مليون و325 ألف`: a scale word, then the part below it in words or digits. */
function withScale(words: string[], i: number, factor: number, next: number, unit = factor): NumberReading {
  const tail = digitsTail(words, next, unit);
  return { value: factor + (tail?.value ?? 0), valueMax: null, start: i, end: tail?.next ?? next, isWord: true };
}

const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...UNITS.keys(), ...TEEN_UNITS.keys(), ...TENS.keys(), ...HUNDREDS.keys(), ...VAGUE.keys(),
  ...THOUSAND, ...THOUSAND_DUAL, ...MILLION, ...MILLION_DUAL, ...BILLION, ...TRILLION, ...FRACTIONS.keys(),
]);

/**
 * Every word a number may start at, other than digits: a number word, one with a proclitic fused
 * before it (three letters or more in all), a unit with the article. One lookup per word, no slices.
 */
const NUMBER_STARTS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS,
  ...PROCLITICS.flatMap((p) => [...NUMBER_WORDS].map((w) => p + w).filter((w) => w.length > 2)),
  ...[...UNITS.keys()].map((u) => `ال${u}`),
]);

/** Cheap test: can a number start at this word? (A filter before readNumber on every word.) */
export function mayStartNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return true;
  return NUMBER_STARTS.has(word);
}
