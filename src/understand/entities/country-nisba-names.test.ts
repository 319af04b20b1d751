import { test } from "node:test";
import assert from "node:assert/strict";
import { addCountriesNamedByNisba } from "./country-nisba-names.js";
import type { Candidate } from "./recognize/candidate.js";

const added = (text: string, spans: Candidate[] = []): string[] => {
  addCountriesNamedByNisba(text, spans);
  return spans.map((s) => `${s.type}:${s.text}`);
};

test("«السعودية» where no noun precedes it to agree with is the country", () => {
  const cases: [string, string[]][] = [
    ["التحالف الذي تقوده السعودية في اليمن", ["location:السعودية"]],
    ["هجوم للتحالف بقيادة السعودية أمس", ["location:السعودية"]],
    ["ودفع ذلك السعودية إلى طرد السفير", ["location:السعودية"]],
    ["قال إن السعودية ستتخذ قرارا", ["location:السعودية"]],
    ["وصل الوفد للسعودية ويقيم بالسعودية", ["location:للسعودية", "location:السعودية"]],
    ["السعودية تعلن ميزانيتها", ["location:السعودية"]],
  ];
  for (const [text, want] of cases) assert.deepEqual(added(text), want, text);
});

test("«السعودية» as an adjective, in a quoted or headed name, or already a mention, is left alone", () => {
  const cases: string[] = [
    "قالت السلطات السعودية إنها تحقق",
    "تمثيل للكرة السعودية بالخارج",
    "في جامعاتنا السعودية خير كثير",
    "شركات إماراتية والمصارف الإماراتية والسعودية",
    "أعلنت الشركة \"السعودية للأسماك\" أرباحها",
    "افتتحت السعودية للكهرباء محطة",
  ];
  for (const text of cases) assert.deepEqual(added(text), [], text);
  const text = "أعلنت أرامكو السعودية أرباحها";
  const at = text.indexOf("أرامكو");
  assert.deepEqual(added(text, [{ type: "organization", text: "أرامكو", start: at, end: at + 6, evidence: {} }]), ["organization:أرامكو"]);
  const place = "قالت السعودية";
  assert.deepEqual(added(place, [{ type: "location", text: "السعودية", start: 5, end: 13, evidence: {} }]), ["location:السعودية"]);
});
