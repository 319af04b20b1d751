/**
 * `marsad serve` as `npm start` runs it: the ingest of the first run shows its progress and says
 * where it serves; a raw UTF-8 query string, as curl sends `?q=سيول`, gets the documented JSON error
 * (Node's parser refuses unencoded bytes in a URL) instead of an empty 400.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../cli.js", import.meta.url));
const SAMPLES = fileURLToPath(new URL("../../samples/corpus", import.meta.url));

/** Sends `request` as raw bytes and returns the raw answer. */
function rawRequest(port: number, request: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on("data", (c) => chunks.push(c));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.on("error", reject);
  });
}

describe("marsad serve --ingest (the first run)", () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-serve-"));
  let child: ChildProcess;
  let stderr = "";
  let port = 0;

  before(async () => {
    child = spawn(process.execPath, [CLI, "serve", "--port", "0", "--db", join(dir, "m.sqlite"), "--ingest", SAMPLES, "--lang", "en"], { stdio: ["ignore", "ignore", "pipe"] });
    child.stderr!.setEncoding("utf8");
    port = await new Promise<number>((resolve, reject) => {
      child.stderr!.on("data", (chunk: string) => {
        stderr += chunk;
        const m = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(stderr);
        if (m) resolve(Number(m[1]));
      });
      child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
  });
  after(() => {
    child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  });

  test("says what it ingests with the pages counted, then where it serves", () => {
    assert.match(stderr, /marsad serve: .*samples\/corpus: (\d+)\/\1 in \S+ \([\d.]+\/s\) new \1, versions 0, unchanged 0, skipped 0, failed 0/);
    assert.match(stderr, /marsad serve: sqlite store at .*m\.sqlite/);
    assert.ok(stderr.search(/corpus: (\d+)\/\1 in/) < stderr.indexOf("listening on"), "ingest, then serve");
  });

  test("a raw UTF-8 query string gets the documented JSON error naming the encoded URL", async () => {
    const answer = await rawRequest(port, Buffer.from("GET /api/search?q=سيول&facets=source HTTP/1.1\r\nHost: localhost\r\n\r\n", "utf8"));
    const [head, body] = answer.split("\r\n\r\n");
    assert.match(head!, /^HTTP\/1\.1 400 /);
    assert.match(head!, /content-type: application\/json/i);
    const error = JSON.parse(body!) as { error: { status: number; code: string; message: string } };
    assert.equal(error.error.status, 400);
    assert.equal(error.error.code, "http-bad-request");
    assert.match(error.error.message, /\/api\/search\?q=%D8%B3%D9%8A%D9%88%D9%84&facets=source/);
  });

  test("the same query percent-encoded is answered", async () => {
    const r = await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent("سيول")}&facets=source`);
    assert.equal(r.status, 200);
    assert.ok(((await r.json()) as { total: number }).total > 0);
  });
});
