import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readRegularFile } from "./regular-file.js";
import { readLocalInputs, type PageOrIssues } from "./local-files.js";

function withDir(run: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-regular-"));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

function makeFifo(path: string): void {
  const made = spawnSync("mkfifo", [path]);
  assert.equal(made.status, 0, `mkfifo failed: ${made.stderr}`);
}

test("readRegularFile reads a regular file whole", withDir(async (dir) => {
  writeFileSync(join(dir, "a.txt"), "عنوان\nنص");
  const read = await readRegularFile(join(dir, "a.txt"), { maxBytes: 1000 });
  assert.ok("data" in read);
  assert.equal(new TextDecoder().decode(read.data), "عنوان\nنص");
}));

test("readRegularFile refuses a FIFO without blocking on it", withDir(async (dir) => {
  makeFifo(join(dir, "pipe.html"));
  const read = await readRegularFile(join(dir, "pipe.html"), { maxBytes: 1000 });
  assert.ok("issue" in read);
  assert.equal(read.issue.code, "input-not-regular");
  assert.equal(read.issue.actual, "a FIFO (named pipe)");
  assert.equal(read.issue.input, join(dir, "pipe.html"));
}));

test("readRegularFile refuses a device reached through a symbolic link", withDir(async (dir) => {
  symlinkSync("/dev/zero", join(dir, "zero.html"));
  const read = await readRegularFile(join(dir, "zero.html"), { maxBytes: 1000 });
  assert.ok("issue" in read);
  assert.equal(read.issue.code, "input-not-regular");
  assert.equal(read.issue.actual, "a character device");
}));

test("readRegularFile refuses a socket", withDir(async (dir) => {
  const path = join(dir, "s.sock");
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path, resolve));
  try {
    const read = await readRegularFile(path, { maxBytes: 1000 });
    assert.ok("issue" in read);
    assert.equal(read.issue.actual, "a socket");
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}));

test("readRegularFile names the cap for a file over it, and a missing file", withDir(async (dir) => {
  writeFileSync(join(dir, "big.txt"), "ا".repeat(600));
  const big = await readRegularFile(join(dir, "big.txt"), { maxBytes: 1000, capName: "--max-size" });
  assert.ok("issue" in big);
  assert.equal(big.issue.code, "input-too-large");
  assert.match(big.issue.expected ?? "", /--max-size/);
  const missing = await readRegularFile(join(dir, "none.txt"), { maxBytes: 1000 });
  assert.ok("issue" in missing);
  assert.equal(missing.issue.code, "input-not-found");
}));

test("readLocalInputs: a FIFO, a device link and a directory link cycle among the inputs; the batch goes on", withDir(async (dir) => {
  writeFileSync(join(dir, "a.txt"), "عنوان أول\nنص الخبر");
  makeFifo(join(dir, "b.html"));
  makeFifo(join(dir, "c.jsonl"));
  symlinkSync("/dev/zero", join(dir, "d.txt"));
  mkdirSync(join(dir, "e"));
  writeFileSync(join(dir, "e", "f.txt"), "عنوان ثان\nنص آخر");
  symlinkSync("..", join(dir, "e", "loop"));
  const got: PageOrIssues[] = [];
  for await (const r of readLocalInputs([dir], { maxBytes: 1000 })) got.push(r);
  assert.deepEqual(
    got.map((r) => [r.input.slice(dir.length + 1), r.page ? "page" : `${r.issues[0]?.code} ${r.issues[0]?.actual}`]),
    [
      ["a.txt", "page"],
      ["b.html", "input-not-regular a FIFO (named pipe)"],
      ["c.jsonl", "input-not-regular a FIFO (named pipe)"],
      ["d.txt", "input-not-regular a character device"],
      ["e/f.txt", "page"],
    ],
  );
}));
