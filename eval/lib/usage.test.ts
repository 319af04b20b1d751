import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { usageOf } from "./usage.js";

test("usageOf: the opening doc comment without its marks", () => {
  const source = '/**\n * `npm run eval -- demo [--dev]`: scores the demo gold.\n * - `--dev`: DEV only.\n */\nimport x from "y";\n/** later */\n';
  assert.equal(usageOf(source), "`npm run eval -- demo [--dev]`: scores the demo gold.\n- `--dev`: DEV only.");
});

test("usageOf: a source opening with code has no usage", () => {
  assert.equal(usageOf('import x from "y";\n/** not the opening */\n'), "");
});

test("every benchmark opens with a usage (bench/run.ts prints it for --help)", () => {
  const dir = new URL("../../bench/", import.meta.url);
  const names = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "run.ts");
  assert.ok(names.length >= 8);
  for (const f of names) assert.notEqual(usageOf(readFileSync(new URL(f, dir), "utf8")), "", f);
});

test("every evaluation opens with a usage naming its command", () => {
  const dir = new URL("../", import.meta.url);
  const names = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "run.ts" && f !== "gate.ts");
  assert.ok(names.length >= 8);
  for (const f of names) assert.match(usageOf(readFileSync(new URL(f, dir), "utf8")), new RegExp(`npm run eval -- ${f.replace(/\.ts$/, "")}`), f);
});
