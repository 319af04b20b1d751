import { test } from "node:test";
import assert from "node:assert/strict";
import { widenPersonsOverRareGivenNames, type RareGivenNameTests } from "./rare-given-names.js";
import type { Candidate } from "./recognize.js";

const tests: RareGivenNameTests = {
  isGivenNameWord: (word) => ["زهدان", "عبدربه", "سمر"].includes(word),
  isSureGivenName: (word) => word === "عبدربه",
  isWordBeforeName: (word) => word.startsWith("ال") && word !== "التي",
};

function widened(text: string, mentions: [string, Candidate["type"]][]): string[] {
  let from = 0;
  const spans: Candidate[] = mentions.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { type, text: name, start, end: start + name.length, evidence: {} };
  });
  widenPersonsOverRareGivenNames(text, spans, tests);
  return spans.map((s) => s.text);
}

test("a given-name word right before a person mention, one space apart, opens the name", () => {
  const cases: [string, string, string][] = [
    ["وقال رئيس اللجنة زهدان قرطبي في مؤتمر", "قرطبي", "زهدان قرطبي"],
    ["وقال الرئيس، عبدربه منصور هادي، إن", "منصور هادي", "عبدربه منصور هادي"],
    ["ومنهم الناشطة سمر بن لادن", "بن لادن", "سمر بن لادن"],
    ["ثم عبدربه منصور هادي", "منصور هادي", "عبدربه منصور هادي"],
  ];
  for (const [text, person, want] of cases) assert.deepEqual(widened(text, [[person, "person"]]), [want], text);
});

test("no widening: another word, two spaces, a letter glued, a mention with و, a long mention, not a person, or a word in another mention", () => {
  const cases: [string, [string, Candidate["type"]][], string[]][] = [
    ["وقال رئيس اللجنة قرطبي في مؤتمر", [["قرطبي", "person"]], ["قرطبي"]],
    ["زهدان قرطبي يصل اليوم", [["قرطبي", "person"]], ["قرطبي"]],
    ["وقد زهدان قرطبي", [["قرطبي", "person"]], ["قرطبي"]],
    ["وهي التي زهدان قرطبي", [["قرطبي", "person"]], ["قرطبي"]],
    ["وقال اللجنة: زهدان قرطبي", [["قرطبي", "person"]], ["قرطبي"]],
    ["وقال زهدان  قرطبي في مؤتمر", [["قرطبي", "person"]], ["قرطبي"]],
    ["وقال لزهدان قرطبي في مؤتمر", [["قرطبي", "person"]], ["قرطبي"]],
    ["زهدان وقرطبي في مؤتمر", [["وقرطبي", "person"]], ["وقرطبي"]],
    ["زهدان قرطبي بن علي أحمد", [["قرطبي بن علي أحمد", "person"]], ["قرطبي بن علي أحمد"]],
    ["وصل زهدان قرطبة", [["قرطبة", "location"]], ["قرطبة"]],
    ["شركة زهدان قرطبي", [["شركة زهدان", "organization"], ["قرطبي", "person"]], ["شركة زهدان", "قرطبي"]],
    ["التقى قرطبي علي، ثم قال زهدان قرطبي", [["قرطبي علي", "person"], ["قرطبي", "person"]], ["قرطبي علي", "قرطبي"]],
  ];
  for (const [text, mentions, want] of cases) assert.deepEqual(widened(text, mentions), want, text);
});
