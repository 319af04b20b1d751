/**
 * A competition named for a place holds no mention of the place: دوري أبطال أوروبا, كأس ألمانيا, كأس العالم روسيا
 * 2018, مونديال المكسيك 1986, بطولة فرنسا المفتوحة name a tournament, not where something happens (the entity gold's
 * convention since FRESH7). A place of the tournament comes after a preposition (كأس العالم في روسيا) and stays.
 */
import type { Candidate } from "./recognize/candidate.js";

/** A competition's head right before a place, with a fused و/ف/ب/ل (لدوري, بكأس, ومونديال) and كأس العالم's second word. */
const COMPETITION_BEFORE = /(?:^|[\s«"“(])[وف]?[بل]?(?:دوري (?:أ|ا)بطال|كأس(?: العالم)?|كاس(?: العالم)?|مونديال|بطول[ةه])\s$/u;
/** Characters of the text before a mention in which its competition head is looked for. */
const LOOK_BACK = 24;

export function dropPlacesInCompetitionNames(text: string, spans: Candidate[]): void {
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (s.type === "location" && COMPETITION_BEFORE.test(text.slice(Math.max(0, s.start - LOOK_BACK), s.start))) spans.splice(i, 1);
  }
}
