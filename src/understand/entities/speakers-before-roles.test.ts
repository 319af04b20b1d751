import { test } from "node:test";
import assert from "node:assert/strict";
import { addSpeakersBeforeRoles } from "./speakers-before-roles.js";
import type { Candidate } from "./recognize/candidate.js";
import { recognizeEntities } from "./recognize.js";

test("two or three unknown words between a reporting verb and a role are the speaker", () => {
  const text = "وقالت رنا كيم هولت، المديرة التنفيذية للمرصد إن الوضع صعب. وأعلن فادي القطان الناطق باسم الهيئة أن العمل مستمر.";
  const spans: Candidate[] = [];
  addSpeakersBeforeRoles(text, spans);
  assert.deepEqual(spans.map((s) => [s.type, s.text, text.slice(s.start, s.end)]), [
    ["person", "رنا كيم هولت", "رنا كيم هولت"],
    ["person", "فادي القطان", "فادي القطان"],
  ]);
});

test("titles, sources, nouns with the article and possessed nouns before a role are no speaker", () => {
  const text = "وقال المتحدث باسم الجيش إن. وأفادت تقارير بأن رئيس البرلمان غادر. وأعلن مدير أمن مديرية مكيراس. كما كشفت مصادر أمريكية مسؤولة. أعلنت تأييدها لقرار الرئيس.";
  const spans: Candidate[] = [];
  addSpeakersBeforeRoles(text, spans);
  assert.deepEqual(spans, []);
});

test("a speaker the tagger already holds is left as it is", () => {
  const text = "وقال بندر الخالدي مدير الإدارة إن المشروع اكتمل.";
  const spans: Candidate[] = [{ type: "person", text: "بندر الخالدي", start: 5, end: 17, evidence: {} }];
  addSpeakersBeforeRoles(text, spans);
  assert.equal(spans.length, 1);
  assert.ok(recognizeEntities("وأوضح وحيد سعودي مدير عام التحاليل في الهيئة أن الرطوبة عالية.").some((s) => s.type === "person" && s.text === "وحيد سعودي"));
});
