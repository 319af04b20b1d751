import { test } from "node:test";
import assert from "node:assert/strict";
import { classAndId, cleanText, findFirst, isEl, parseBoundedTree, parseTree, TREE_LIMITS, textOf, type El } from "./tree.js";
import { extractHtmlPage } from "./extract-html.js";

const PARAGRAPH = "افتتح وزير الثقافة صباح اليوم معرض الكتاب السنوي في العاصمة، بمشاركة مئتي دار نشر من عشرين دولة.";

function depthOf(root: El): number {
  let deepest = 0;
  const stack: [El, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    deepest = Math.max(deepest, d);
    for (const c of el.children) if (isEl(c)) stack.push([c, d + 1]);
  }
  return deepest;
}

function nested(levels: number, inner: string): string {
  return `<html><body>${"<div>".repeat(levels)}${inner}${"</div>".repeat(levels)}</body></html>`;
}

test("parseBoundedTree: an ordinary page hits no limit", () => {
  const { root, overflow } = parseBoundedTree(`<html><body><article><h1>عنوان</h1><p>${PARAGRAPH}</p></article></body></html>`);
  assert.deepEqual(overflow, { isTooDeep: false, hasTooManyElements: false, hasTooMuchText: false });
  assert.equal(cleanText(textOf(root)), `عنوان${PARAGRAPH}`);
});

test("parseBoundedTree: 100,000 nested elements are flattened below maxDepth, their text kept", () => {
  const { root, overflow } = parseBoundedTree(nested(100_000, `<p>${PARAGRAPH}</p>`));
  assert.equal(overflow.isTooDeep, true);
  assert.ok(depthOf(root) <= TREE_LIMITS.maxDepth, `depth ${depthOf(root)}`);
  assert.equal(cleanText(textOf(root)), PARAGRAPH);
});

test("parseBoundedTree: elements past maxElements are flattened, text past maxTextChars is cut", () => {
  const limits = { maxDepth: 50, maxElements: 3, maxTextChars: 1000 };
  const many = parseBoundedTree("<body><p>أ</p><p>ب</p><p>ج</p><p>د</p></body>", limits);
  assert.equal(many.overflow.hasTooManyElements, true);
  assert.equal(textOf(many.root), "أبجد");
  assert.equal(many.root.children.length, 1);
  const long = parseBoundedTree(`<p>${"ا".repeat(1500)}</p><p>بعد</p>`, limits);
  assert.equal(long.overflow.hasTooMuchText, true);
  assert.equal(textOf(long.root).length, 1000);
});

test("parseBoundedTree: a script past the depth bound still has its body dropped", () => {
  const limits = { maxDepth: 3, maxElements: 1000, maxTextChars: 10_000 };
  const { root } = parseBoundedTree(nested(10, `<script>var secret = 1;</script><p>نص</p>`), limits);
  assert.equal(cleanText(textOf(root)), "نص");
});

test("parseBoundedTree: elements after a deep block are read at their own level", () => {
  const { root } = parseBoundedTree(`<body><div>${"<span>".repeat(2000)}عميق${"</span>".repeat(2000)}</div><p>${PARAGRAPH}</p></body>`);
  const body = root.children.find((c): c is El => isEl(c) && c.tag === "body")!;
  assert.ok(body.children.some((c) => isEl(c) && c.tag === "p" && textOf(c) === PARAGRAPH));
});

test("extractHtmlPage: a page nested 100,000 deep gives its article and a warning naming it", () => {
  const page = { input: "deep.html", text: nested(100_000, `<h1>معرض الكتاب</h1><p>${PARAGRAPH}</p>`), kind: "html" as const, url: null, charset: "utf-8" };
  const result = extractHtmlPage(page);
  // flattened: the heading and the paragraph are one block now, but nothing is lost
  assert.ok(result.value?.[0]?.body.includes(PARAGRAPH));
  assert.deepEqual(result.issues.map((i) => [i.code, i.input, i.fatal]), [["html-too-deep", "deep.html", false]]);
});

test("classAndId: a heading's anchor slug of its own words is no class hint", () => {
  const root = parseTree('<h2 id="1.-ai-shines-a-light-on-cumbersome-toolchains" class="title">1. AI shines a light on cumbersome toolchains</h2>');
  assert.equal(classAndId(findFirst(root, "h2")!), "title");
});

test("classAndId: a heading's template id (not its words) and a block's id stay hints", () => {
  assert.equal(classAndId(findFirst(parseTree('<h2 id="share-tools">Spread the word about our tools</h2>'), "h2")!), "share-tools");
  assert.equal(classAndId(findFirst(parseTree('<div id="share-this-story-now">Share this story now</div>'), "div")!), "share-this-story-now");
});
