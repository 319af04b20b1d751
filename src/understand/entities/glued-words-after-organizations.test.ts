import { test } from "node:test";
import assert from "node:assert/strict";
import { loadDefaultModel } from "./model-file.js";
import { cutWordsAfterOrganizationsInDocument } from "./recognize/cuts.js";
import type { Candidate } from "./recognize/candidate.js";

// ent123 (issue 11): an organization mention run on over a word after it, the article naming the organization alone
// elsewhere (cutWordsAfterOrganizationsInDocument). Composed sentences; the mentions as the tagger made them.
const model = loadDefaultModel();
const cases: { text: string; mentions: string[]; want: string[] }[] = [
  // A particle, a plain word or a future verb after the name the article gives alone.
  { text: "قررت بريطانيا الخروج من الاتحاد الأوروبي. ويختلف الموقف داخل الاتحاد الأوروبي عن موقف لندن.", mentions: ["الاتحاد الأوروبي", "الاتحاد الأوروبي عن"], want: ["الاتحاد الأوروبي", "الاتحاد الأوروبي"] },
  { text: "أعلن البنك المركزي خفض الفائدة. وكان البنك المركزي مؤخرا قد رفعها.", mentions: ["البنك المركزي", "البنك المركزي مؤخرا"], want: ["البنك المركزي", "البنك المركزي"] },
  { text: "قال الاتحاد الأوروبي إن الاتفاق قائم، وإن الاتحاد الأوروبي سيواصل دعمه.", mentions: ["الاتحاد الأوروبي", "الاتحاد الأوروبي سيواصل"], want: ["الاتحاد الأوروبي", "الاتحاد الأوروبي"] },
  { text: "وقال إن الاتحاد الأوروبي ليس طرفا، ثم عاد الاتحاد الأوروبي إلى الموضوع.", mentions: ["الاتحاد الأوروبي ليس", "الاتحاد الأوروبي"], want: ["الاتحاد الأوروبي", "الاتحاد الأوروبي"] },
  // Kept: no shorter mention in the article, a field with a clitic, a nisba's ending, a word names are made of.
  { text: "وكان البنك المركزي مؤخرا قد رفع الفائدة.", mentions: ["البنك المركزي مؤخرا"], want: ["البنك المركزي مؤخرا"] },
  { text: "أعلنت المنظمة الدولية أن المنظمة الدولية للهجرة تتابع الوضع.", mentions: ["المنظمة الدولية", "المنظمة الدولية للهجرة"], want: ["المنظمة الدولية", "المنظمة الدولية للهجرة"] },
  { text: "قالت بي بي سي إن خدمة بي بي سي عربي بدأت البث.", mentions: ["بي بي سي", "بي بي سي عربي"], want: ["بي بي سي", "بي بي سي عربي"] },
  { text: "وأعلنت أدنوك أن شركة أدنوك للحفر وقعت العقد.", mentions: ["أدنوك", "أدنوك للحفر"], want: ["أدنوك", "أدنوك للحفر"] },
];

test("an organization's mention ends before a word glued after it when the article gives the name alone", () => {
  for (const { text, mentions, want } of cases) {
    let from = 0;
    const spans: Candidate[] = mentions.map((m) => {
      const start = text.indexOf(m, from);
      from = start + m.length;
      return { type: "organization", text: m, start, end: start + m.length, evidence: {} };
    });
    cutWordsAfterOrganizationsInDocument(text, spans, model);
    assert.deepEqual(spans.map((s) => s.text), want, text);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, text);
  }
});
