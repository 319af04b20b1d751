import { test } from "node:test";
import assert from "node:assert/strict";
import { recognizeEntities } from "./index.js";
import { addListedStreetNames } from "./listed-streets.js";
import type { Candidate } from "./recognize/candidate.js";

// ent121 (issue 11): streets named in a list of streets, composed sentences.
const found = (text: string) => recognizeEntities(text).map((s) => `${s.type}:${s.text}`);

const cases: { text: string; has: string[]; not?: string[] }[] = [
  // A street joined by و or ف to another street of the clause: the head in, the clitic out.
  { text: "ويحد المشروع من الشمال شارع الحسين وشارع الورود، ومن الجنوب فشارع الصفا.", has: ["location:شارع الورود", "location:شارع الصفا"], not: ["location:وشارع الورود"] },
  { text: "وتمتد المنطقة من طريق النخيل وشارع البحر حتى الحي الجديد.", has: ["location:طريق النخيل", "location:شارع البحر"] },
  // A definite nisba is part of the name; another adjective is not.
  { text: "وسيغلق تقاطع شارع الخليج العربي وشارع الثلاثين يوم الجمعة.", has: ["location:شارع الخليج العربي", "location:شارع الثلاثين"] },
  { text: "وتبدأ الأعمال في طريق المدينة النازل وشارع المنار غدا.", has: ["location:طريق المدينة"], not: ["location:طريق المدينة النازل"] },
  // No list: a head alone is no street's name.
  { text: "وأغلقت الشرطة شارع التسوق الرئيسي أمام المشاة.", has: [], not: ["location:شارع التسوق"] },
  { text: "ويتم العلاج عن طريق الأشعة أو عن طريق الأدوية.", has: [], not: ["location:طريق الأشعة", "location:طريق الأدوية"] },
  // Two streets in different sentences are no list.
  { text: "وأغلق شارع الورود. وشارع الجامعة مزدحم دائما.", has: [], not: ["location:شارع الورود", "location:شارع الجامعة"] },
  // A title after the head opens a person's name: not this rule's.
  { text: "ويقع المعرض على شارع الأمير وشارع الملك في المدينة.", has: [], not: ["location:شارع الأمير", "location:شارع الملك"] },
];

test("a street joined to another street of its clause is a place with its head", () => {
  for (const { text, has, not = [] } of cases) {
    const got = found(text);
    for (const h of has) assert.ok(got.includes(h), `${text}: ${h} missing from ${got.join(" | ")}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}: ${n} unexpected in ${got.join(" | ")}`);
  }
});

test("a mention of the name alone gives way; a mention running over the head stays", () => {
  const text = "من الشمال شارع النور وشارع المعادي الكبير";
  const at = (w: string) => text.indexOf(w);
  const spans: Candidate[] = [{ type: "location", text: "المعادي", start: at("المعادي"), end: at("المعادي") + 7, evidence: {} }];
  addListedStreetNames(text, spans);
  assert.deepEqual(spans.map((s) => s.text), ["شارع النور", "شارع المعادي"]);
  const long: Candidate[] = [{ type: "organization", text: "النور وشارع", start: at("النور"), end: at("وشارع") + 5, evidence: {} }];
  addListedStreetNames(text, long);
  assert.deepEqual(long.map((s) => s.text), ["النور وشارع"]);
});
