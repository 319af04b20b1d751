import { test } from "node:test";
import assert from "node:assert/strict";
import { joinLetterAcronyms } from "./letter-acronyms.js";
import type { Candidate } from "./recognize.js";

/** Candidates over the first occurrence of each piece, as the tagger leaves them. */
function candidates(text: string, pieces: [Candidate["type"], string, number?][]): Candidate[] {
  return pieces.map(([type, piece, from]) => {
    const start = text.indexOf(piece, from ?? 0);
    return { type, text: piece, start, end: start + piece.length, evidence: {} };
  });
}

const texts = (spans: readonly Candidate[]) => spans.map((s) => `${s.type}:${s.text}`);

test("the letters of a dotted acronym are one organization, with the words a mention runs on over", () => {
  const text = "وقال لهيئة الإذاعة البريطانية (بي.بي.سي) إن شركة جي.آي.بي كابيتال تقدم المشورة.";
  const spans = candidates(text, [["organization", "بي"], ["organization", "بي", text.indexOf("بي") + 3], ["person", "سي"], ["organization", "بي كابيتال"]]);
  joinLetterAcronyms(text, spans);
  assert.deepEqual(texts(spans), ["organization:بي.بي.سي", "organization:جي.آي.بي كابيتال"]);
});

test("an acronym's mention does not run on over a word that is one more letter name (وقالت إن.بي.سي إن …)", () => {
  const text = "وقالت إن.بي.سي إن الرسائل وصلت.";
  const spans = candidates(text, [["organization", "سي إن"]]);
  joinLetterAcronyms(text, spans);
  assert.deepEqual(texts(spans), ["organization:إن.بي.سي"]);
});

test("letters before a model number are no mention (سي-130, إس.إي 370)", () => {
  const text = "سقطت طائرة من طراز سي-130 قرب المطار، وأعلنت الشركة شاشتها إس.إي 370 الجديدة.";
  const spans = candidates(text, [["organization", "طراز سي"], ["organization", "إس"], ["organization", "الشركة"]]);
  joinLetterAcronyms(text, spans);
  assert.deepEqual(texts(spans), ["organization:الشركة"]);
});
