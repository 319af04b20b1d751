import { test } from "node:test";
import assert from "node:assert/strict";
import { dropPlacesInCompetitionNames } from "./competitions.js";
import type { Candidate } from "./recognize/candidate.js";

test("a place naming a competition is dropped; a place the competition is held in stays", () => {
  const text = "تأهل الفريق لنهائي دوري أبطال أوروبا وفاز بكأس ألمانيا قبل كأس العالم روسيا 2018، وستقام البطولة في روسيا.";
  const at = (word: string, from = 0) => text.indexOf(word, from);
  const spans: Candidate[] = [
    ["أوروبا", 0],
    ["ألمانيا", 0],
    ["روسيا", 0],
    ["روسيا", at("في روسيا")],
  ].map(([word, from]) => ({ type: "location", text: word as string, start: at(word as string, from as number), end: at(word as string, from as number) + (word as string).length, evidence: {} }));
  dropPlacesInCompetitionNames(text, spans);
  assert.deepEqual(spans.map((s) => text.slice(s.start - 3, s.end)), ["في روسيا"]);
});
