/**
 * A person mention's later word that is the preposition ب or ل fused to a word without the article ends the name: the
 * tagger ran on into a phrase (الشاعر هزبر محمود | ببردة شاعر عكاظ، وحسن طواشي | ببردة, alriyadh; وقال بوتين | لعباس,
 * France24). cutPrepositionalTailsOffPersons cuts the article's forms (للجزيرة, بالباراغواي); here the word itself is one
 * the word table never saw, no given name (`isKnownName`), and what follows ب is a word of the news (بجائزة ← جائزة; not a
 * name's word: نيد برايس, لغوث ولد بغالي)
 * or a feminine noun of four letters or more (ببردة ← بردة; not a name's بو, بن, با: بوقرة, بنعطية, باسلمة), what
 * follows ل a given name or a person's word of the text (لعباس ← عباس; a seen word is not enough: لامون is a name). When the rest is a person named elsewhere in the text (عباس), it is
 * that person's mention, the preposition left out as the gold leaves a fused clitic out.
 */
import type { Candidate } from "./recognize/candidate.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { endMentionBefore, laterWords } from "./mention-words.js";

export interface FusedPrepositionTests {
  /** A word the word table saw at all, or a listed given name (the word itself may then be a name). */
  isKnownName(norm: string): boolean;
  /** A word the word table saw as a word of the news, never in a name (what may follow ب: جائزة, not رايس of برايس). */
  isWordAfterPreposition(norm: string): boolean;
  /** A listed given name (what may follow ل: لعباس; a seen word is not enough there, لامون is a name). */
  isGivenName(norm: string): boolean;
}

/** ب or ل fused to a word of four letters or more, no article after it (بال, لل: cutPrepositionalTailsOffPersons'). */
const FUSED_PREPOSITION = /^([بل])(?!ال|ل)([\u0621-\u064A]{4,})$/u;
/** A feminine noun written with teh marbuta, four letters or more after ب; not a name's بو, بن or با (بوقرة, بنعطية, باسلمة; باشليه has no teh marbuta). */
const FEMININE_NOUN = /^ب(?!و|ن|ا)[\u0621-\u064A]{3,}\u0629$/u;

export function cutFusedPrepositionTailsOffPersons(text: string, spans: Candidate[], tests: FusedPrepositionTests): void {
  const added: Candidate[] = [];
  const personWords = new Set(spans.filter((s) => s.type === "person").flatMap((s) => normalizeArabic(s.text).split(/\s+/)));
  for (const s of spans) {
    if (s.type !== "person") continue;
    for (const word of laterWords(s)) {
      const m = FUSED_PREPOSITION.exec(word.norm);
      if (!m || tests.isKnownName(word.norm)) continue;
      const [, preposition, rest] = m as unknown as [string, string, string];
      const isPhrase = preposition === "ل" ? tests.isGivenName(rest) || personWords.has(rest) : tests.isWordAfterPreposition(rest) || FEMININE_NOUN.test(word.text);
      if (!isPhrase) continue;
      if (personWords.has(rest) && word.last) {
        added.push({ type: "person", text: word.text.slice(1), start: word.start + 1, end: word.start + word.text.length, evidence: { ...s.evidence } });
      }
      endMentionBefore(text, s, word.start);
      break;
    }
  }
  if (!added.length) return;
  spans.push(...added.filter((p) => !spans.some((o) => o.start < p.end && p.start < o.end)));
  spans.sort((a, b) => a.start - b.start);
}
