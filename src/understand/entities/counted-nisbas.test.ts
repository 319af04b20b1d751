import { test } from "node:test";
import assert from "node:assert/strict";
import { dropCountedNisbas } from "./counted-nisbas.js";
import type { Candidate } from "./recognize/candidate.js";

test("a nisba counted after 11 to 99 is a people, no place; a place after a year or a small number stays", () => {
  const text = "قتل 54 فلسطينيا واعتقل 11 سوريا في إيطاليا، ووصل 3 إلى سوريا، وفي 2018 روسيا استضافت كأس العالم.";
  const spans: Candidate[] = [...text.matchAll(/[\u0621-\u064A]+يا/gu)].map((m) => ({ type: "location", text: m[0], start: m.index!, end: m.index! + m[0].length, evidence: {} }));
  dropCountedNisbas(text, spans);
  assert.deepEqual(spans.map((s) => s.text), ["إيطاليا", "سوريا", "روسيا"]);
});
