import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { detectKind, pageFromJsonlLine, readLocalInputs, type PageOrIssues } from "./local-files.js";

async function collect(inputs: string[], maxBytes = 1024 * 1024): Promise<PageOrIssues[]> {
  const out: PageOrIssues[] = [];
  for await (const r of readLocalInputs(inputs, { maxBytes })) out.push(r);
  return out;
}

test("readLocalInputs walks directories in sorted order, skips hidden files, reads JSONL line by line", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-local-"));
  try {
    writeFileSync(join(dir, "b.txt"), "عنوان\nنص");
    writeFileSync(join(dir, "a.txt"), "عنوان أول\nنص");
    writeFileSync(join(dir, ".hidden"), "x");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "c.jsonl"), `{"title":"ت","text":"نص"}\nnot json\n\n{"html":"<p>x</p>"}\n`);
    writeFileSync(join(dir, "big.txt"), "ا".repeat(2000));
    const got = await collect([dir], 1000);
    assert.deepEqual(
      got.map((r) => [r.input.slice(dir.length + 1), r.page ? r.page.kind : r.issues[0]?.code]),
      [["a.txt", "text"], ["b.txt", "text"], ["big.txt", "input-too-large"], ["sub/c.jsonl#1", "text"], ["sub/c.jsonl#2", "jsonl-bad-line"], ["sub/c.jsonl#4", "html"]],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("readLocalInputs names a missing input", async () => {
  const [r] = await collect(["/no/such/path.txt"]);
  assert.equal(r?.issues[0]?.code, "input-not-found");
  assert.equal(r?.issues[0]?.input, "/no/such/path.txt");
});

test("pageFromJsonlLine puts title and date ahead of the text", () => {
  const r = pageFromJsonlLine("d.jsonl#1", JSON.stringify({ title: "عنوان", date: "2023-09-20", text: "نص الخبر", url: "https://example.com/a" }));
  assert.equal(r.page?.text, "عنوان\nتاريخ النشر: 2023-09-20\nنص الخبر");
  assert.equal(r.page?.url, "https://example.com/a");
});

test("detectKind: HTML by its start or tag density, otherwise text", () => {
  assert.equal(detectKind("<!doctype html><html></html>"), "html");
  assert.equal(detectKind(`عنوان\n${"<p>فقرة</p>".repeat(10)}`), "html");
  assert.equal(detectKind("عنوان\nنص فيه a < b و c > d"), "text");
});
