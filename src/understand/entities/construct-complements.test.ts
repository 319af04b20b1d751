import { test } from "node:test";
import assert from "node:assert/strict";
import { widenOrganizationsOverConstructComplements, type ConstructComplementTests } from "./construct-complements.js";
import type { Candidate } from "./recognize/candidate.js";

const tests: ConstructComplementTests = { isNameWord: (norm) => !["الذي", "اليوم"].includes(norm) };

function widened(text: string, mentions: [string, Candidate["type"]][]): string[] {
  let from = 0;
  const spans: Candidate[] = mentions.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { type, text: name, start, end: start + name.length, evidence: {} };
  });
  widenOrganizationsOverConstructComplements(text, spans, tests);
  return spans.map((s) => s.text);
}

test("an organization ending on ل and an indefinite noun takes the definite complement after it", () => {
  const cases: [string, string, string][] = [
    ["وقال المعهد الوطني لبحوث الزراعة إن", "المعهد الوطني لبحوث", "المعهد الوطني لبحوث الزراعة"],
    ["وأعلنت الرابطة العربية لمنتجي الألبان، أمس", "الرابطة العربية لمنتجي", "الرابطة العربية لمنتجي الألبان"],
    ["شركة دجلة لرأس المال المخاطر", "شركة دجلة لرأس", "شركة دجلة لرأس المال"],
  ];
  for (const [text, org, want] of cases) assert.deepEqual(widened(text, [[org, "organization"]]), [want], text);
});

test("kept: a field with the article, a relative pronoun or time word after, a word in another mention, two spaces, one word, not an organization", () => {
  const cases: [string, [string, Candidate["type"]][], string[]][] = [
    ["المعهد الوطني للبحوث الزراعية", [["المعهد الوطني للبحوث", "organization"]], ["المعهد الوطني للبحوث"]],
    ["الرابطة العربية لمنتجي الذي", [["الرابطة العربية لمنتجي", "organization"]], ["الرابطة العربية لمنتجي"]],
    ["الرابطة العربية لمنتجي اليوم", [["الرابطة العربية لمنتجي", "organization"]], ["الرابطة العربية لمنتجي"]],
    ["الرابطة العربية لمنتجي الجزائر", [["الرابطة العربية لمنتجي", "organization"], ["الجزائر", "location"]], ["الرابطة العربية لمنتجي", "الجزائر"]],
    ["الرابطة العربية لمنتجي  الألبان", [["الرابطة العربية لمنتجي", "organization"]], ["الرابطة العربية لمنتجي"]],
    ["لمنتجي الألبان", [["لمنتجي", "organization"]], ["لمنتجي"]],
    ["زاهر لمنتجي الألبان", [["زاهر لمنتجي", "person"]], ["زاهر لمنتجي"]],
  ];
  for (const [text, mentions, want] of cases) assert.deepEqual(widened(text, mentions), want, text);
});
