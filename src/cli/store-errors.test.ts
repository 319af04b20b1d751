/**
 * Errors a person understands (issue 15): a store that cannot be opened is one line naming the store
 * and the cause, exit 1, no stack unless --debug; a bad flag exits 2; read commands never create a
 * SQLite file. Runs the built CLI against a real PostgreSQL server (MARSAD_TEST_DATABASE_URL) and
 * real files.
 */
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../cli.js", import.meta.url));
const PG = new URL(process.env.MARSAD_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test");
const dir = mkdtempSync(join(tmpdir(), "marsad-store-errors-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 120_000, env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line on stderr, exit 1, no stack frame. */
function assertOneLine(r: ReturnType<typeof cli>, pattern: RegExp): void {
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 1, `one line, got:\n${r.stderr}`);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(r.stderr, /^\s+at /m, "no stack");
}

function pgUrl(change: (u: URL) => void): string {
  const u = new URL(PG.href);
  change(u);
  return u.href;
}

describe("store errors", () => {
  test("no server at the address: one line naming the store and the cause; --debug adds the stack", () => {
    const url = pgUrl((u) => (u.port = "1"));
    assertOneLine(cli("search", "سيول", "--db", url), /^marsad search: cannot open the store postgres:\/\/.*:1\/.*: no PostgreSQL server answers at .*:1 \(is it running\?\)$/);
    const debug = cli("search", "سيول", "--db", url, "--debug");
    assert.equal(debug.status, 1);
    assert.match(debug.stderr, /^\s+at /m, "--debug prints the stack");
  });

  test("a database that does not exist", () => {
    const url = pgUrl((u) => (u.pathname = "/marsad_no_such_database"));
    assertOneLine(cli("stories", "--db", url), /cannot open the store .*marsad_no_such_database: the database "marsad_no_such_database" does not exist/);
  });

  test("a malformed URL, with its password hidden", () => {
    assertOneLine(cli("search", "x", "--db", "postgres://reader:s3cret@127.0.0.1:port/test"), /cannot open the store postgres:\/\/reader:\*\*\*@127\.0\.0\.1:port\/test: it is not a valid postgres:\/\/ URL/);
  });

  test("a SQLite file that cannot be written, and a file that is not a database", () => {
    assertOneLine(cli("ingest", dir, "--db", "/proc/marsad.sqlite"), /^marsad ingest: cannot open the store \/proc\/marsad\.sqlite: the file cannot be written here/);
    const notADb = join(dir, "notes.sqlite");
    writeFileSync(notADb, "these are notes, not a database\n".repeat(200));
    assertOneLine(cli("search", "x", "--db", notADb), /cannot open the store .*notes\.sqlite: the file is not a SQLite database/);
  });

  test("read commands refuse a SQLite path that does not exist and create nothing", () => {
    const typo = join(dir, "typo.sqlite");
    for (const args of [["search", "سيول"], ["stories"], ["story", "story-0"], ["serve", "--port", "0"]]) {
      assertOneLine(cli(...args, "--db", typo), /cannot open the store .*typo\.sqlite: no such file \(this command only reads a store/);
      assert.equal(existsSync(typo), false, `${args[0]} created no file`);
    }
  });

  test("a bad flag exits 2", () => {
    assert.equal(cli("search", "x", "--limit", "0").status, 2);
    assert.equal(cli("search", "x", "--lang", "fr").status, 2);
  });
});
