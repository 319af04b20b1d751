import assert from "node:assert/strict";
import { test } from "node:test";
import { pageAddress } from "./page-address.js";

test("pageAddress: a suite's URL as marsad extract --url gives it; none for Readability's placeholder or a non-web value", () => {
  assert.equal(pageAddress("https://news.example/2024/03/05/قصة"), "https://news.example/2024/03/05/%D9%82%D8%B5%D8%A9");
  assert.equal(pageAddress("http://fakehost/test/page.html"), null);
  assert.equal(pageAddress("hard::iwr.de.IWR-Pressedienst.html"), null);
  assert.equal(pageAddress(""), null);
  assert.equal(pageAddress(null), null);
});
