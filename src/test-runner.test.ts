/**
 * scripts/test.mjs, the runner of `npm test`: a skipped suite is reported in the closing lines with
 * its reason, the last line is `N passed, N failed, N skipped`, and a suite skipped for want of a
 * required need (MARSAD_TEST_REQUIRE, as CI sets it) fails the run.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(ROOT, "build", "runner-test-"));
after(() => rmSync(dir, { recursive: true, force: true }));

// A suite that needs the browser (it names playwright-core) and skips when it is missing.
const SUITE = `import { describe, it, test } from "node:test";
const browser = () => import("playwright-core");
void browser;
describe("pages in a browser", { skip: "Chromium not found at /nowhere" }, () => { it("renders", () => {}); });
test("adds", () => {});
test("subtracts", () => {});
`;

function runner(env: Record<string, string> = {}) {
  const file = join(dir, "sample.test.js");
  writeFileSync(file, SUITE);
  // Without NODE_TEST_CONTEXT: the runner must not take itself for a file of this run.
  const { NODE_TEST_CONTEXT: _context, ...outer } = process.env;
  return spawnSync(process.execPath, [join(ROOT, "scripts", "test.mjs"), file], { cwd: ROOT, encoding: "utf8", env: { ...outer, MARSAD_TEST_REQUIRE: "", ...env }, timeout: 120_000 });
}

test("the closing lines name each skipped suite with its reason, then N passed, N failed, N skipped", () => {
  const r = runner();
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split("\n");
  assert.equal(lines.at(-1), "2 passed, 0 failed, 1 skipped");
  assert.match(lines.at(-2)!, /^skipped: suite "pages in a browser" \(.*sample\.test\.js\): Chromium not found at \/nowhere$/);
});

test("a suite skipped for want of a required need fails the run", () => {
  const r = runner({ MARSAD_TEST_REQUIRE: "browser" });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /FAILED: skipped "pages in a browser" .* needs browser, required here/);
  assert.equal(r.stdout.trimEnd().split("\n").at(-1), "2 passed, 1 failed, 1 skipped");
});
