import { test } from "node:test";
import assert from "node:assert/strict";
import { loadDefaultModel } from "./model-file.js";
import { nameProblems, type KnownName } from "./name-problems.js";
import type { EntityType } from "../../types.js";

const model = loadDefaultModel();
const known: KnownName[] = [
  { type: "person", words: ["ماهر", "الخطيب"] },
  { type: "person", words: ["مراد", "الزين"] },
  { type: "organization", words: ["البنك", "الدولي"] },
];
const problems = (name: string, type: EntityType) => nameProblems(name, type, { model, knownNames: known });

test("issue 11's broken names are found by rule, not by a list", () => {
  const broken: [string, EntityType][] = [
    ["المياه ريم الخطيب", "person"],
    ["دون مأوى", "location"],
    ["دولار", "organization"],
    ["الأرصاد الجوية أيمن القيسي", "person"],
    ["نقيب المعلمين ماهر الخطيب", "person"],
    ["البنك الدولي مراد الزين", "person"],
    ["ادي سلامة", "person"],
  ];
  for (const [name, type] of broken) assert.notDeepEqual(problems(name, type), [], `${type} «${name}»`);
});

test("a role word opens no person's name in either definiteness, nor a nationality, nor a definite common word", () => {
  assert.ok(problems("نقيب الصيادلة سامر عودة", "person").includes("role + name"));
  assert.ok(problems("النقيب سامر عودة", "person").includes("role + name"));
  assert.ok(problems("اليوناني ألكسيس تسيبراس", "person").includes("role + name"));
  assert.ok(problems("الكهرباء سامر عودة", "person").includes("role + name"));
  assert.ok(problems("كريم يوسف جائزة", "person").includes("name + common noun"));
  assert.ok(problems("في المرمى", "organization").includes("common noun (opens with a function word)"));
});

test("real names pass, also given names that are common words and definite family names", () => {
  const names: [string, EntityType][] = [
    ["ماهر الخطيب", "person"],
    ["نادر العلمي", "person"],
    ["أبو سامي", "person"],
    ["أمل حجازي", "person"],
    ["تركي آل الشيخ", "person"],
    ["علي عبد الله صالح", "person"],
    ["عبدالله بن مساعد", "person"],
    ["ألكسيس تسيبراس", "person"],
    ["وزارة الصحة", "organization"],
    ["العربية", "organization"],
    ["الخليج", "location"],
    ["جدة", "location"],
    ["قطر", "location"],
    ["وادي الريم", "location"],
    ["نقابة المعلمين", "organization"],
  ];
  for (const [name, type] of names) assert.deepEqual(problems(name, type), [], `${type} «${name}»`);
});

test("an organization named for the place or person right after its head holds no blend; one with words between does", () => {
  const withPlace: KnownName[] = [...known, { type: "location", words: ["وادي", "الريم"] }, { type: "location", words: ["الولايات", "المتحده"] }];
  const check = (name: string, type: EntityType) => nameProblems(name, type, { model, knownNames: withPlace });
  assert.deepEqual(check("بلدية وادي الريم", "organization"), []);
  assert.deepEqual(check("سفارة الولايات المتحدة", "organization"), []);
  assert.deepEqual(check("جامعة مراد الزين", "organization"), []);
  assert.notDeepEqual(check("البنك الدولي مراد الزين", "organization"), []);
  assert.notDeepEqual(check("سيول وادي الريم", "person"), []);
});
