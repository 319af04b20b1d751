import assert from "node:assert/strict";
import { test } from "node:test";
import { recognizeEntities } from "./recognize.js";
import { isHeadWithoutName } from "./recognize/heads-without-names.js";
import { loadDefaultModel } from "./model-file.js";
import { normalizeArabic } from "../../arabic/normalize.js";

const model = loadDefaultModel();
const isHeadOnly = (name: string) => isHeadWithoutName(normalizeArabic(name).split(" "), model);

// Composed names: [organization mention, a head with no name?].
const NAMES: [string, boolean][] = [
  // an indefinite head alone
  ["لجنة", true],
  ["محكمة", true],
  ["ولجنة", true],
  ["حزب", true],
  // a definite head and a word with neither the article nor a fused لل
  ["المنظمة نبهت", true],
  ["الاتحاد بلقب", true],
  ["الحزب غاضب", true],
  ["للمنظمة بإحراق", true],
  ["الجامعة (أي", true],
  // an indefinite head and a common indefinite adjective
  ["منظمة إرهابية", true],
  ['منظمة "إرهابية', true],
  ["منظمة حقوقية", true],
  ["حزب قومي", true],
  // names stay
  ["الاتحاد للطيران", false],
  ["الاتحاد الأوروبي", false],
  ["منظمة أوبك", false],
  ["بنك دبي", false],
  ["شركة سوني", false],
  ["وزارة الداخلية", false],
  ["الهيئة العامة للسياحة", false],
  ["المركز 24", false],
  ["الاتحاد", false],
];

test("an organization mention made of a head and no name is known (لجنة; المنظمة نبهت; منظمة إرهابية); names stay", () => {
  for (const [name, headOnly] of NAMES) assert.equal(isHeadOnly(name), headOnly, name);
});

test("composed sentences: heads with no name give no organization, the named bodies stay", () => {
  const organizations = (text: string) => recognizeEntities(text).filter((s) => s.type === "organization").map((s) => s.text);
  const cases: [string, string[]][] = [
    ["وصنفت الحكومة الجماعة منظمة إرهابية بعد الهجوم.", []],
    ["وقالت منظمة حقوقية إن المعتقلين تعرضوا للتعذيب.", []],
    ["وأعلنت وزارة الداخلية أن منظمة إرهابية تقف وراء التفجير.", ["وزارة الداخلية"]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(organizations(text), expected, text);
});
