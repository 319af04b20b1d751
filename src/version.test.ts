import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MARSAD_VERSION } from "./version.js";

const PACKAGE_JSON = fileURLToPath(new URL("../package.json", import.meta.url));
const CLI = fileURLToPath(new URL("./cli.js", import.meta.url));

test("the version marsad reports is package.json's", () => {
  const { version } = JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { version: string };
  assert.equal(MARSAD_VERSION, version);
});

test("marsad --version and -V print the version alone and exit 0; with a command, --version still goes through the parser", () => {
  for (const flag of ["--version", "-V"]) {
    const run = spawnSync("node", [CLI, flag], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${MARSAD_VERSION}\n`);
  }
  const withLang = spawnSync("node", [CLI, "--lang", "en", "--version"], { encoding: "utf8" });
  assert.equal(withLang.status, 0, withLang.stderr);
  assert.equal(withLang.stdout.trim(), MARSAD_VERSION);
});
