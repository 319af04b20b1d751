/**
 * `marsad extract <file|dir|->`: pages to articles, as JSON, JSONL or a readable view.
 * `--url <address>` gives one saved page (a file or -) the address it was fetched from, as a fetched
 * page carries it: relative links and a relative canonical resolve against it, and the page's date
 * may come from it (page-date.ts).
 */
import type { Command } from "commander";
import { InvalidArgumentError, Option } from "./commander.js";
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
  url?: string;
}

const WEB_ADDRESS = /^https?:\/\//i;
const JSONL_INPUT = /\.(jsonl|ndjson)$/i;

function parseAddress(value: string): string {
  try {
    if (WEB_ADDRESS.test(value)) return new URL(value).href;
  } catch {
    // reported below
  }
  throw new InvalidArgumentError(`"${value}" is not an http(s) address`);
}

export function registerExtract(program: Command): void {
  addFetchOptions(program.command("extract"))
    .description("read pages (plain text or HTML) and print their articles")
    .argument("<inputs...>", "files, directories (read recursively) or - for standard input")
    .addOption(new Option("--json", "one JSON object per input (an array when several inputs or a directory)").conflicts("jsonl"))
    .addOption(new Option("--jsonl", "one JSON line per article, streamed").conflicts("json"))
    .option("--max-size <bytes>", "size cap per file, e.g. 50MB", parseSize, DEFAULT_MAX_BYTES)
    .option("--now <iso-date>", "reference date for pages without a date (default: none)")
    .option("--url <address>", "the address one saved page (a file or -) was fetched from: its links resolve against it and its date may come from it", parseAddress)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      if (flags.url && !(await isOneSavedPage(inputs))) throw new InvalidArgumentError("--url is the address of one saved page: give one file or -, not a directory, a JSONL file or a URL");
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
      const result = readPage(flags.url ? { ...read.page, url: flags.url } : read.page, { now: flags.now ?? null });
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

async function isOneSavedPage(inputs: string[]): Promise<boolean> {
  const [input] = inputs;
  return inputs.length === 1 && !WEB_ADDRESS.test(input!) && !JSONL_INPUT.test(input!) && !(await isDirectory(input!));
}

async function isDirectory(path: string): Promise<boolean> {
  return path !== "-" && (await stat(path).then((s) => s.isDirectory()).catch(() => false));
}
