/**
 * Rewrites src/extract/text/fixtures/<case>/expected.json from the current extractor. Review every
 * changed file by hand (git diff) before committing: the goldens are what the tests hold us to.
 * Usage: npx tsx scripts/update-text-fixtures.ts [case...]
 */
import { readdirSync, writeFileSync } from "node:fs";
import { readGoldenCase } from "../src/extract/text/golden.js";

const root = new URL("../src/extract/text/fixtures/", import.meta.url);
const only = process.argv.slice(2);
for (const name of readdirSync(root).sort()) {
  if (only.length > 0 && !only.includes(name)) continue;
  const result = readGoldenCase(name, new URL(`${name}/input.txt`, root));
  writeFileSync(new URL(`${name}/expected.json`, root), `${JSON.stringify(result, null, 2)}\n`);
  console.log(name);
}
