import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { contractErrors } from "../contract.js";

const CLI = fileURLToPath(new URL("../cli.js", import.meta.url));
const GOOD_1 = "افتتاح حديقة عامة\nتاريخ النشر: 20 سبتمبر 2023\nافتتحت البلدية حديقة عامة جديدة في الحي الشمالي.\n";
const GOOD_2 = "مهرجان للمسرح\nانطلق مهرجان المسرح بمشاركة عشر فرق.\nاقرأ أيضا\nورشة للكتابة المسرحية\nتنظم الفرقة ورشة للكتابة المسرحية للشباب.\n";

function run(args: string[], input?: string) {
  // An English locale: the default output language follows it. The timeout only guards a hang.
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input, timeout: 120_000, env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function withDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "marsad-cli-"));
  try {
    writeFileSync(join(dir, "1-good.txt"), GOOD_1);
    writeFileSync(join(dir, "2-empty.txt"), "");
    writeFileSync(join(dir, "3-binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0xff]));
    writeFileSync(join(dir, "4-oversize.txt"), `${GOOD_1}${"نص طويل جدا ".repeat(500)}`);
    writeFileSync(join(dir, "5-good.txt"), GOOD_2);
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("extract --json on a directory: bad inputs named on stderr, good ones printed, exit 1", () => {
  withDir((dir) => {
    const r = run(["extract", dir, "--json", "--max-size", "2KB"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /2-empty\.txt: is empty \[input-empty\]/);
    assert.match(r.stderr, /3-binary\.txt: looks like a binary file.*\[input-binary\]/);
    assert.match(r.stderr, /4-oversize\.txt: is larger than the size cap.*\[input-too-large\]/);
    const outputs = JSON.parse(r.stdout) as Array<{ input: string; articles: Array<{ title: string; role: string }> }>;
    assert.deepEqual(outputs.map((o) => o.input.split(/[/\\]/).pop()), ["1-good.txt", "5-good.txt"]);
    for (const o of outputs) assert.deepEqual(contractErrors(o), []);
    assert.equal(outputs[0]!.articles[0]!.title, "افتتاح حديقة عامة");
    assert.deepEqual(outputs[1]!.articles.map((a) => a.role), ["main", "related"]);
  });
});

test("extract --jsonl streams one line per article", () => {
  withDir((dir) => {
    const r = run(["extract", dir, "--jsonl", "--max-size", "2KB"]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { input: string; role: string; title: string });
    assert.deepEqual(lines.map((l) => [l.input.split(/[/\\]/).pop(), l.role]), [["1-good.txt", "main"], ["5-good.txt", "main"], ["5-good.txt", "related"]]);
  });
});

test("extract of one good file: exit 0, single JSON object that meets the contract", () => {
  withDir((dir) => {
    const r = run(["extract", join(dir, "1-good.txt"), "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { articles: Array<{ publishedAt: string }> };
    assert.deepEqual(contractErrors(out), []);
    assert.equal(out.articles[0]!.publishedAt, "2023-09-20");
  });
});

test("extract reads standard input with -", () => {
  const r = run(["extract", "-", "--json"], GOOD_1);
  assert.equal(r.code, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as { input: string }).input, "-");
});

test("extract default view shows title, date and counts", () => {
  withDir((dir) => {
    const r = run(["extract", join(dir, "5-good.txt")]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /main \+ 1 related/);
    assert.match(r.stdout, /title: {2}مهرجان للمسرح/);
    assert.match(r.stdout, /counts: 0 embeds/);
  });
});

test("usage errors exit 2 with a message", () => {
  for (const args of [["extract"], ["extract", "x.txt", "--json", "--jsonl"], ["extract", "x.txt", "--max-size", "lots"], ["no-such-command"]]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(" "));
    assert.match(r.stderr, /error/i, args.join(" "));
  }
});

test("extract --url: a saved page read with the address it was fetched from, its relative canonical resolved and its date from the address", () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-cli-"));
  try {
    const page = join(dir, "story.html");
    const paragraph = "<p>افتتحت البلدية صباح اليوم حديقة عامة جديدة في الحي الشمالي بحضور عدد كبير من السكان والمسؤولين المحليين.</p>";
    writeFileSync(page, `<html><head><link rel="canonical" href="/local/2024/03/05/park"></head><body><h1>افتتاح حديقة عامة في الحي الشمالي</h1>${paragraph.repeat(4)}</body></html>`);
    const fetched = run(["extract", page, "--url", "https://news.example/local/2024/03/05/park?ref=home", "--json"]);
    assert.equal(fetched.code, 0, fetched.stderr);
    const article = (JSON.parse(fetched.stdout) as { articles: Array<{ url: string; publishedAt: string | null; publishedAtSource: string | null }> }).articles[0]!;
    assert.equal(article.url, "https://news.example/local/2024/03/05/park");
    assert.equal(article.publishedAt, "2024-03-05");
    assert.equal(article.publishedAtSource, "url");
    const alone = (JSON.parse(run(["extract", page, "--json"]).stdout) as { articles: Array<{ url: string | null }> }).articles[0]!;
    assert.equal(alone.url, null);
    for (const args of [["extract", dir, "--url", "https://news.example/a"], ["extract", page, page, "--url", "https://news.example/a"], ["extract", page, "--url", "news.example/a"]]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, /--url|address/, args.join(" "));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a missing input is named and the exit code is 1", () => {
  const r = run(["extract", "/no/such/file.txt", "--json"]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\/no\/such\/file\.txt: no such file or directory/);
});
