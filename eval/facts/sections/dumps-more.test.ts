import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

test("dumps-more: a folder without rendered dumps (as on CI) is skipped, with nothing scored", async () => {
  process.env.MARSAD_ARABIC_PAGES_2 = mkdtempSync(join(tmpdir(), "marsad-pages2-"));
  const { evaluate } = await import("./dumps-more.js");
  const section = await evaluate(["--dev"]);
  assert.equal(section.name, "dumps-more");
  assert.match(section.report[0]!, /^skipped: /);
  assert.deepEqual(section.metrics, {});
});
