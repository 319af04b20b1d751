import { test } from "node:test";
import assert from "node:assert/strict";
import { joinNewsFaneTokens } from "./newsfane.js";

test("NewsFANE's split proclitics, pronoun suffixes and closing punctuation are joined back to their words", () => {
  assert.equal(joinNewsFaneTokens(["و", "من", "جانب", "ه", "،", "اعلن", "حزب", "الله"]), "ومن جانبه، اعلن حزب الله");
  assert.equal(joinNewsFaneTokens(["ان", "حالة", "هم", "مستقرة", "."]), "ان حالتهم مستقرة.");
  assert.equal(joinNewsFaneTokens(["قتل", "سبعة", "و", "جرح", "35", "اخرون"]), "قتل سبعة وجرح 35 اخرون");
  assert.equal(joinNewsFaneTokens(["فرانكفورت", "(", "د", "ب", "ا", ")"]), "فرانكفورت ( د با)");
});
