import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { contractErrors } from "./contract.js";
import { newArticle } from "./extract/article.js";

test("a blank article satisfies the contract", () => {
  assert.deepEqual(contractErrors({ input: "x.txt", articles: [newArticle()] }), []);
});

test("a missing required field is reported with its path", () => {
  const { body: _body, ...withoutBody } = newArticle();
  const errors = contractErrors({ input: "x.txt", articles: [withoutBody] });
  assert.ok(errors.some((e) => e.includes("/articles/0") && e.includes("body")), errors.join("; "));
});

test("the repository's copy of the contract matches the shared one when present", (t) => {
  const shared = new URL("../../shared/contract/article.schema.json", import.meta.url);
  if (!existsSync(shared)) return t.skip("../shared not present");
  const ours = new URL("../contract/article.schema.json", import.meta.url);
  assert.equal(readFileSync(ours, "utf8"), readFileSync(shared, "utf8"));
});
