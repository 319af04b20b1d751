import { test } from "node:test";
import assert from "node:assert/strict";
import { readPage, readPages } from "./pipeline.js";
import type { Page } from "./types.js";

const textPage = (input: string, text: string): Page => ({ input, url: null, kind: "text", charset: "utf-8", text });

test("readPages gives each page what readPage gives it, in order, pages without an article among them", () => {
  const pages = [
    textPage("a.txt", "افتتاح مدرسة في جدة\n\nأعلنت أمانة جدة أمس عن افتتاح المدرسة رقم 12، وقال المسؤول إن العمل يبدأ يوم الاثنين.\n"),
    textPage("empty.txt", ""),
    textPage("b.txt", "مقتل 3 أشخاص في حادث\n\nقال الدفاع المدني في الرياض إن ثلاثة أشخاص قتلوا في حادث سير على طريق الدمام.\n"),
  ];
  const options = { now: "2024-03-13T00:00:00Z" };
  assert.deepEqual(readPages(pages, options), pages.map((p) => readPage(p, options)));
  assert.deepEqual(readPages([], options), []);
});
