/**
 * Weekday and Gregorian month names in folded form (normalize.ts: alef forms → ا, ة → ه, ى → ي),
 * written for marsad and checked against ../shared/data/reference-lists/ (not copied from it).
 * Months cover the standard (Egypt/Gulf) names and their spelling variants, the Levantine/Iraqi
 * Syriac names and the Maghrebi French-derived names.
 */

/** Folded weekday name (with the article) → JavaScript day number, 0 = Sunday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["الاحد", 0],
  ["الاثنين", 1],
  ["الاتنين", 1],
  ["الثلاثاء", 2],
  ["الثلاثا", 2],
  ["الثلثاء", 2],
  ["الاربعاء", 3],
  ["الاربعا", 3],
  ["الخميس", 4],
  ["الجمعه", 5],
  ["السبت", 6],
]);

/** Folded month name → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, "يناير كانون الثاني جانفي"],
      [2, "فبراير فبرابر شباط فيفري"],
      [3, "مارس اذار"],
      [4, "ابريل ابريل نيسان افريل"],
      [5, "مايو ايار ماي"],
      [6, "يونيو يونيه حزيران جوان"],
      [7, "يوليو يوليه تموز جويليه يوليوز"],
      [8, "اغسطس اب اوت غشت"],
      [9, "سبتمبر ايلول شتنبر"],
      [10, "اكتوبر تشرين الاول"],
      [11, "نوفمبر تشرين الثاني نونبر"],
      [12, "ديسمبر كانون الاول دجنبر"],
    ] as const
  ).flatMap(([n, names]) => {
    // Two-word Syriac names (كانون الثاني, تشرين الاول) stay whole; the rest are single words.
    const words = names.split(" ");
    const out: Array<[string, number]> = [];
    for (let i = 0; i < words.length; i++) {
      if ((words[i] === "كانون" || words[i] === "تشرين") && words[i + 1]) {
        out.push([`${words[i]} ${words[i + 1]}`, n]);
        i++;
      } else out.push([words[i]!, n]);
    }
    return out;
  }),
);

/** Regex alternation of the keys of `names`, longest first so that مايو is tried before ماي. */
export function alternation(names: Iterable<string>): string {
  return [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, "\\s+")).join("|");
}
