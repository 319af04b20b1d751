import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entity } from "../types.js";
import { generateTags } from "./tags.js";

test("a phrase said three times is a tag, its words not on their own", () => {
  const body = "أعلنت وزارة الصحة خطة جديدة.\nوقالت وزارة الصحة إن الخطة تبدأ غدا.\nوتتابع وزارة الصحة التنفيذ.";
  assert.deepEqual(generateTags("", body, []).map((t) => t.text), ["وزارة الصحة"]);
});

test("a ligature's words count with the same words written out (ﷻ = جل جلاله): one key", () => {
  const body = "وتحدث الخطيب عن رحمة المولى ﷻ في الدنيا.\nوذكر الناس بفضل المولى ﷻ على عباده.\nوختم بالدعاء إلى المولى جل جلاله أن يحفظ البلاد.";
  assert.deepEqual(generateTags("", body, []).map((t) => t.text), ["المولى ﷻ"]);
});

test("an entity's count is that of its phrase", () => {
  const body = "زار الوفد مدينة الرياض.\nوفي الرياض عقد الوفد لقاءات.";
  const entities: Entity[] = [{ name: "الرياض", type: "location", mentions: ["الرياض"], aliases: [] }];
  assert.deepEqual(generateTags("", body, entities).map((t) => t.text), ["الرياض"]);
});
