import { test } from "node:test";
import assert from "node:assert/strict";
import { findDateMentions } from "./mentions.js";

test("relative dates: a distance of millions of years is not a day and does not throw", () => {
  const body = "عاشت هذه الكائنات قبل 200 مليون عام، وظهرت أقدم أحافيرها منذ 3000000 سنة.";
  assert.deepEqual(findDateMentions(body, "2018-05-03"), []);
});

test("relative dates: a near distance still resolves", () => {
  const found = findDateMentions("وقع الحادث قبل ثلاثة أيام في المدينة.", "2018-05-03");
  assert.deepEqual(found.map((d) => d.value), ["2018-04-30"]);
});
