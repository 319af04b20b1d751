import { test } from "node:test";
import assert from "node:assert/strict";
import { widenPersonsOverUnseenGivenNames, wordBeforeStart, type GivenNameTests } from "./given-names-before-persons.js";
import type { Candidate } from "./recognize/candidate.js";

const tests: GivenNameTests = {
  isPlain: (norm) => ["الهدف", "المهاجم", "يوم"].includes(norm),
  isRole: (norm) => ["النجم", "الوزير", "المدرب", "وزير", "الدكتور", "اللاعب"].includes(norm),
  isNationalAdjective: (norm) => ["الغاني"].includes(norm),
  isSeen: (norm) => ["موقع"].includes(norm),
};

function widened(text: string, person: string): string {
  const start = text.indexOf(person);
  const spans: Candidate[] = [{ type: "person", text: person, start, end: start + person.length, evidence: {} }];
  widenPersonsOverUnseenGivenNames(text, spans, tests);
  return spans[0]!.text;
}

test("a word between a role and a person's mention, or after a role's nisba and comma, is the person's given name", () => {
  const cases: [string, string, string][] = [
    ["ثم سجل النجم كوفي بالانغا هدفا.", "بالانغا", "كوفي بالانغا"],
    ["وقال وزير الدفاع الغاني، ساميرو أوتينو، إن", "أوتينو", "ساميرو أوتينو"],
    ["وأكد الوزير هيرالد مونتو أن", "مونتو", "هيرالد مونتو"],
    ["وقال المدرب، كوفي بالانغا، إن", "بالانغا", "كوفي بالانغا"],
  ];
  for (const [text, person, want] of cases) assert.equal(widened(text, person), want, text);
});

test("no given name: a word with the article or a clitic and the article, a rank, a plain word, a particle, or no role before", () => {
  const cases: [string, string][] = [
    ["وهنأ المدرب والمهاجم بالانغا", "بالانغا"],
    ["وحضر اللواء ركن حمدان العطوي", "حمدان العطوي"],
    ["وقال المدرب يوم بالانغا", "بالانغا"],
    ["ويقدم دانييل، الذي فاز، هزم كوفي بالانغا", "كوفي بالانغا"],
    ["وقال النجم إن بالانغا", "بالانغا"],
    ["وصل كوفي بالانغا", "بالانغا"],
    ["وفي العام الماضي، هدد بالانغا بالرحيل", "بالانغا"],
    ["وقال وزير خارجيتها بالانغا", "بالانغا"],
    ["وقال المدرب دكتور بالانغا", "بالانغا"],
    ["وقال وزير الدفاع الغاني، ساميرو أوتينو إن", "أوتينو"],
    ["وفي الشهر الماضي، قالت هيرالد مونتو، المديرة", "هيرالد مونتو"],
    ["وقال اللاعب لموقع بالانغا إن", "بالانغا"],
  ];
  for (const [text, person] of cases) assert.equal(widened(text, person), person, text);
});

test("WORD_BEFORE run from wordBeforeStart finds the groups it finds from the look-back's start", () => {
  const WORD_BEFORE = /(?:^|([\p{L}\p{M}]+)([^\p{L}\p{M}]*))([\p{L}]{3,}) $/u;
  const groups = (m: RegExpExecArray | null) => (m ? [m[1], m[2], m[3]] : null);
  const texts = [
    "وقال وزير الدفاع الغاني، ساميرو أوتينو، إن",
    "ثم سجل النجم كوفي بالانغا هدفا.",
    "قال مُحَمَّد عليّ إن الوزيرَ مولود جاويش أوغلو حضر",
    "أكد (المدرب) - كوفي بالانغا 12 3 ab cd، ثم",
    "رمز 😀 الوزير 𝐀بالانغا كوفي بالانغا",
    "كوفي  بالانغا",
  ];
  let cut = 0;
  for (const text of texts) {
    for (let end = 1; end <= text.length; end++) {
      const from = Math.max(0, end - 60);
      const start = wordBeforeStart(text, from, end);
      if (start > from) cut++;
      assert.deepEqual(groups(WORD_BEFORE.exec(text.slice(start, end))), groups(WORD_BEFORE.exec(text.slice(from, end))), `${text} @${end}`);
    }
  }
  assert.ok(cut > 10, `cut ${cut}`);
  assert.equal(wordBeforeStart("وقال الوزير كوفي بالانغا", 0, 17), 5);
  assert.equal(wordBeforeStart("الوزير كوفي بالانغا", 0, 12), 0);
  assert.equal(wordBeforeStart("رمز 😀 الوزير كوفي", 0, 14), 0);
});
