import { test } from "node:test";
import assert from "node:assert/strict";
import { loadDefaultModel } from "./model-file.js";
import { cutVerbsAndParticlesOffNames } from "./recognize/cuts.js";
import type { Candidate } from "./recognize/candidate.js";

// ent125 (issue 11): an organization or person mention run on over a verb or a particle, whether or not the article
// gives the shorter name alone (cutVerbsAndParticlesOffNames). Composed sentences; the mentions as the tagger made them.
const model = loadDefaultModel();
type Mention = [type: "organization" | "person", text: string];
const cases: { text: string; mentions: Mention[]; want: string[] }[] = [
  // Cut: a particle, a present verb, a future verb after the name.
  { text: "وأعلن الاتحاد الأوروبي عن خطة جديدة للطاقة.", mentions: [["organization", "الاتحاد الأوروبي عن"]], want: ["الاتحاد الأوروبي"] },
  { text: "وقال إن معهد المديرين الذين شملهم المسح متفائلون.", mentions: [["organization", "معهد المديرين الذين"]], want: ["معهد المديرين"] },
  { text: "وقالت إن البنك المركزي يمارس ضغوطا على المصارف.", mentions: [["organization", "البنك المركزي يمارس"]], want: ["البنك المركزي"] },
  { text: "وأكدت أن جبهة البوليساريو ستشارك في المحادثات.", mentions: [["organization", "جبهة البوليساريو ستشارك"]], want: ["جبهة البوليساريو"] },
  // A person's verb: cut when the article names the person alone.
  { text: "وقال سامر إن سامر يتميز بالسرعة.", mentions: [["person", "سامر"], ["person", "سامر يتميز"]], want: ["سامر", "سامر"] },
  { text: "وقال ماكرون إن ماكرون سيدلي بكلمة غدا.", mentions: [["person", "ماكرون"], ["person", "ماكرون سيدلي"]], want: ["ماكرون", "ماكرون"] },
  // Kept: a given name that looks like a verb, a foreign name's letters, a name after س, a name alone nowhere.
  { text: "وحضر اللقاء سامي يزيد ومعه الوفد.", mentions: [["person", "سامي يزيد"]], want: ["سامي يزيد"] },
  { text: "وحضر اللقاء خالد يحيى ومعه الوفد.", mentions: [["person", "خالد يحيى"]], want: ["خالد يحيى"] },
  { text: "وبثت قناة تي في الخبر.", mentions: [["organization", "تي في"]], want: ["تي في"] },
  { text: "وفاز اللاعب نيمار دا سيلفا بالجائزة.", mentions: [["person", "نيمار دا سيلفا"]], want: ["نيمار دا سيلفا"] },
  { text: "وفاز مارك سيلبي ببطولة العالم للسنوكر.", mentions: [["person", "مارك سيلبي"]], want: ["مارك سيلبي"] },
  { text: "وقال مسؤول في جامعة يورك إن الدراسة انتهت.", mentions: [["organization", "جامعة يورك"]], want: ["جامعة يورك"] },
];

test("a name's mention ends before a verb or a particle glued after it", () => {
  for (const { text, mentions, want } of cases) {
    let from = 0;
    const spans: Candidate[] = mentions.map(([type, m]) => {
      const start = text.indexOf(m, from);
      from = start + m.length;
      return { type, text: m, start, end: start + m.length, evidence: {} };
    });
    cutVerbsAndParticlesOffNames(text, spans, model);
    assert.deepEqual(spans.map((s) => s.text), want, text);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, text);
  }
});
