/** `marsad extract <file|dir|->`: pages to articles, as JSON, JSONL or a readable view. */
import type { Command } from "commander";
import { Option } from "./commander.js";
import { stat } from "node:fs/promises";
import { DEFAULT_MAX_BYTES } from "../limits.js";
import { formatIssue, type Issue } from "../issues.js";
import type { ExtractOutput } from "../types.js";
import { formatReadable } from "./readable-view.js";
import { writeLine } from "./output.js";
import { parseSize } from "./size.js";
import { addFetchOptions, readUrlInputs, type FetchFlags } from "./web-sources.js";

interface ExtractFlags extends FetchFlags {
  json?: boolean;
  jsonl?: boolean;
  maxSize: number;
  now?: string;
}

export function registerExtract(program: Command): void {
  addFetchOptions(program.command("extract"))
    .description("read pages (plain text or HTML) and print their articles")
    .argument("<inputs...>", "files, directories (read recursively) or - for standard input")
    .addOption(new Option("--json", "one JSON object per input (an array when several inputs or a directory)").conflicts("jsonl"))
    .addOption(new Option("--jsonl", "one JSON line per article, streamed").conflicts("json"))
    .option("--max-size <bytes>", "size cap per file, e.g. 50MB", parseSize, DEFAULT_MAX_BYTES)
    .option("--now <iso-date>", "reference date for pages without a date (default: none)")
    .action(async (inputs: string[], flags: ExtractFlags) => {
      process.exitCode = await runExtract(inputs, flags);
    });
}

async function runExtract(inputs: string[], flags: ExtractFlags): Promise<number> {
  const [{ readLocalInputs }, { readPage }] = await Promise.all([import("../acquire/local-files.js"), import("../pipeline.js")]);
  const asArray = flags.json && (inputs.length > 1 || (await isDirectory(inputs[0]!)));
  let failed = 0;
  let first = true;
  if (asArray) await writeLine("[");
  for await (const read of readUrlInputs(inputs, flags, (local) => readLocalInputs(local, { maxBytes: flags.maxSize }))) {
    const issues: Issue[] = [...read.issues];
    let output: ExtractOutput | null = null;
    if (read.page) {
      const result = readPage(read.page, { now: flags.now ?? null });
      issues.push(...result.issues);
      output = result.value;
    }
    for (const i of issues) process.stderr.write(`marsad extract: ${i.fatal ? "error" : "warning"}: ${formatIssue(i)}\n`);
    if (!output) {
      failed++;
      continue;
    }
    if (flags.jsonl) {
      for (const article of output.articles) await writeLine(JSON.stringify({ input: output.input, ...article }));
    } else if (flags.json) {
      const text = JSON.stringify(output, null, 2);
      await writeLine(asArray ? `${first ? "" : ","}${text}` : text);
    } else {
      await writeLine(formatReadable(output));
    }
    first = false;
  }
  if (asArray) await writeLine("]");
  return failed > 0 ? 1 : 0;
}

async function isDirectory(path: string): Promise<boolean> {
  return path !== "-" && (await stat(path).then((s) => s.isDirectory()).catch(() => false));
}
