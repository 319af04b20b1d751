/**
 * The `marsad` command: argument parsing only; each command lives in its own file. Rules:
 * - Exit 0 when everything went, 1 when something failed (an input, the store), 2 for a bad flag.
 * - An error that stops a command is one line, `marsad <command>: <what and why>`; `--debug` adds
 *   the stack. Store errors name the store and the cause (./store-open.ts).
 * - `--lang ar|en` (any command) sets the language of the human output (./messages.ts).
 */
import { inspect } from "node:util";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { registerExtract } from "./extract.js";
import { registerIngest } from "./ingest.js";
import { registerSearch } from "./search.js";
import { registerWatch } from "./watch.js";
import { registerStories } from "./stories.js";
import { registerConnect } from "./connect.js";
import { registerServe } from "./serve.js";
import { StoreOpenError } from "./store-open.js";
import { LANGUAGES, setOutputLanguage, defaultLanguage, type OutputLanguage } from "./messages.js";

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

function parseLanguage(value: string): OutputLanguage {
  if (!(LANGUAGES as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected ${LANGUAGES.join(" or ")}, got "${value}"`);
  return value as OutputLanguage;
}

export function buildProgram(): Command {
  const program = new Command("marsad")
    .description("Arabic news intelligence: extract, understand, connect, search")
    .version("0.1.0")
    .addOption(new Option("--lang <ar|en>", "language of the human output (default: Arabic when the locale is Arabic, else English)").argParser(parseLanguage))
    .option("--debug", "print the stack of an error")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) })
    .hook("preAction", (_program, action) => setOutputLanguage((action.optsWithGlobals() as { lang?: OutputLanguage }).lang ?? defaultLanguage()));
  registerExtract(program);
  registerIngest(program);
  registerSearch(program);
  registerWatch(program);
  registerConnect(program);
  registerStories(program);
  registerServe(program);
  return program;
}

/** The command named in argv (`search` in `marsad --lang ar search q`), for error lines. */
function commandName(program: Command, argv: string[]): string {
  const names = new Set(program.commands.map((c) => c.name()));
  const name = argv.slice(2).find((a) => names.has(a));
  return name ? `marsad ${name}` : "marsad";
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? EXIT_OK : Number(process.exitCode);
  } catch (error) {
    if (error instanceof InvalidArgumentError) {
      // Thrown by an action after parsing (commander prints only its own parse errors).
      process.stderr.write(`${commandName(program, argv)}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof CommanderError) {
      const benign = ["commander.helpDisplayed", "commander.version", "commander.help"];
      return benign.includes(error.code) ? EXIT_OK : EXIT_USAGE;
    }
    const debug = argv.includes("--debug");
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    process.stderr.write(`${commandName(program, argv)}: ${message}\n`);
    if (debug) process.stderr.write(`${inspect(error, { depth: 4 })}\n`);
    else if (!(error instanceof StoreOpenError)) process.stderr.write(`(run again with --debug for the stack)\n`);
    return EXIT_SOME_FAILED;
  }
}
