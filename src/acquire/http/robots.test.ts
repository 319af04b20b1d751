import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRobots, RobotsCache } from "./robots.js";

const ROBOTS = [
  "User-agent: *",
  "Disallow: /search",
  "",
  "User-agent: marsad",
  "Disallow: /archive/",
  "Allow: /archive/today",
  "Crawl-delay: 2.5",
  "",
  "Sitemap: https://news.example/sitemap-news.xml",
  "Sitemap: https://news.example/sitemap-index.xml",
].join("\n");

test("rules for marsad's product token are obeyed, with Crawl-delay and sitemaps", () => {
  const rules = parseRobots("https://news.example/robots.txt", { status: 200, text: ROBOTS });
  assert.equal(rules.verdict("https://news.example/archive/2020"), "disallowed");
  assert.equal(rules.verdict("https://news.example/archive/today"), "allowed");
  // A group for marsad replaces the * group.
  assert.equal(rules.verdict("https://news.example/search?q=غزة"), "allowed");
  assert.equal(rules.crawlDelayMs, 2500);
  assert.deepEqual(rules.sitemaps, ["https://news.example/sitemap-news.xml", "https://news.example/sitemap-index.xml"]);
});

test("404 allows everything; 5xx and unreachable disallow everything", () => {
  assert.equal(parseRobots("https://a.example/robots.txt", { status: 404, text: "" }).verdict("https://a.example/x"), "allowed");
  assert.equal(parseRobots("https://a.example/robots.txt", { status: 503, text: "" }).verdict("https://a.example/x"), "unreachable");
  assert.equal(parseRobots("https://a.example/robots.txt", { status: null, text: "" }).verdict("https://a.example/x"), "unreachable");
});

test("one fetch per origin while cached", async () => {
  let fetches = 0;
  const cache = new RobotsCache(async () => (fetches++, { status: 200, text: "User-agent: *\nDisallow: /x" }));
  await cache.rulesFor(new URL("https://a.example/1"));
  await cache.rulesFor(new URL("https://a.example/2"));
  await cache.rulesFor(new URL("https://b.example/1"));
  assert.equal(fetches, 2);
});
