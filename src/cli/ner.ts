/**
 * `marsad ner <file|->`: the entity tagger on CoNLL or plain Arabic text (ner-io.ts).
 * - prints `token<TAB>TAG` per token (BIO over PERS, LOC, ORG, MISC), a blank line between
 *   sentences; `--json` prints entity spans with types instead;
 * - the input format is detected (ner-io.ts detectFormat) unless `--conll` or `--text` says it;
 * - tags come from two stages (stacking.ts), the second reading the first's tags; `--one-stage`
 *   gives the first stage's tags alone (about 2× faster, 0.5–1.5 points of micro-F1 less: eval/ner/README.md);
 * - an unreadable or non-UTF-8 input is an error naming the input (exit 1).
 */
import type { Command } from "commander";
import { Option } from "./commander.js";
import { readFile } from "node:fs/promises";
import type { NerInputFormat } from "../understand/entities/ner-io.js";
import { writeLine } from "./output.js";

interface NerFlags {
  json?: boolean;
  oneStage?: boolean;
  conll?: boolean;
  text?: boolean;
}

export function registerNer(program: Command): void {
  program
    .command("ner")
    .description("tag named entities (PERS, LOC, ORG, MISC) in a CoNLL file or plain Arabic text")
    .argument("<input>", "a file, or - for standard input")
    .option("--json", "print entity spans with types instead of token<TAB>TAG lines")
    .option("--one-stage", "tag with the first stage alone (faster, less accurate)")
    .addOption(new Option("--conll", "read the input as CoNLL (first column the token)").conflicts("text"))
    .addOption(new Option("--text", "read the input as plain text, tokenized by marsad").conflicts("conll"))
    .action(async (input: string, flags: NerFlags) => {
      process.exitCode = await runNer(input, flags);
    });
}

async function readInput(input: string): Promise<Buffer> {
  if (input !== "-") return readFile(input);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function runNer(input: string, flags: NerFlags): Promise<number> {
  const name = input === "-" ? "standard input" : input;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(await readInput(input));
  } catch (error) {
    const reason = error instanceof TypeError ? "is not valid UTF-8" : `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    process.stderr.write(`marsad ner: error: ${name} ${reason}\n`);
    return 1;
  }
  const [{ loadDefaultModel, loadDefaultStage2 }, { formatBio, formatJson, tagInput }] = await Promise.all([
    import("../understand/entities/model-file.js"),
    import("../understand/entities/ner-io.js"),
  ]);
  const format: NerInputFormat | undefined = flags.conll ? "conll" : flags.text ? "text" : undefined;
  const result = tagInput(text, loadDefaultModel(), format, flags.oneStage ? null : loadDefaultStage2());
  const out = flags.json ? formatJson(result) : formatBio(result).replace(/\n$/, "");
  if (out) await writeLine(out);
  return 0;
}
