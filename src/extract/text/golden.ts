/**
 * Golden cases of the text extractor: `fixtures/<case>/input.txt` read exactly as the CLI reads a
 * file (decodeBytes via pageFromBytes), then the extract stage only. `expected.json` holds the
 * issue codes and the output; tests compare it whole, scripts/update-text-fixtures.ts rewrites it.
 */
import { readFileSync } from "node:fs";
import { pageFromBytes } from "../../acquire/local-files.js";
import type { ExtractOutput } from "../../types.js";
import { extractArticles } from "../index.js";

export interface GoldenResult {
  issues: string[];
  output: ExtractOutput | null;
}

export function readGoldenCase(caseName: string, inputFile: URL): GoldenResult {
  const input = `${caseName}/input.txt`;
  const read = pageFromBytes(input, new Uint8Array(readFileSync(inputFile)));
  const issues = read.issues.map((i) => i.code as string);
  if (!read.page) return { issues, output: null };
  const extracted = extractArticles(read.page);
  issues.push(...extracted.issues.map((i) => i.code));
  return { issues, output: extracted.value ? { input, articles: extracted.value } : null };
}
