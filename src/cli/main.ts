/**
 * The `marsad` command: argument parsing only; each command lives in its own file. Rules:
 * - Start-up loads only what the command asked for: `marsad search …` imports the search command's
 *   module (and so its dependencies) and no other; `--version` imports none; `--help` (or no
 *   command, or an unknown one) registers them all so commander can describe or reject them.
 * - Exit 0 when everything went, 1 when something failed (an input, the store), 2 for a bad flag.
 * - An error that stops a command is one line, `marsad <command>: <what and why>`; `--debug` adds
 *   the stack. Store errors name the store and the cause (./store-open.ts).
 * - `--lang ar|en` (any command) sets the language of the human output (./messages.ts).
 */
import { inspect } from "node:util";
import { Command, CommanderError, InvalidArgumentError, Option } from "./commander.js";
import { MARSAD_VERSION } from "../version.js";
import { LANGUAGES, setOutputLanguage, defaultLanguage, type OutputLanguage } from "./messages.js";

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

type Register = (program: Command) => void;

/** Each command's module, loaded when the command is used. */
const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import("./extract.js")).registerExtract,
  ingest: async () => (await import("./ingest.js")).registerIngest,
  enqueue: async () => (await import("./enqueue.js")).registerEnqueue,
  worker: async () => (await import("./worker.js")).registerWorker,
  jobs: async () => (await import("./jobs.js")).registerJobs,
  search: async () => (await import("./search.js")).registerSearch,
  watch: async () => (await import("./watch.js")).registerWatch,
  connect: async () => (await import("./connect.js")).registerConnect,
  stories: async () => (await import("./stories.js")).registerStories,
  story: async () => (await import("./stories.js")).registerStories,
  serve: async () => (await import("./serve.js")).registerServe,
  ner: async () => (await import("./ner.js")).registerNer,
};
const VERSION_FLAGS = new Set(["-V", "--version"]);
/** Global options that take a value, so the value is not mistaken for the command's name. */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(["--lang"]);
// Named rather than imported: importing store-open.ts would load the store (and SQLite) at start-up.
const STORE_OPEN_ERROR = "StoreOpenError";

function parseLanguage(value: string): OutputLanguage {
  if (!(LANGUAGES as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected ${LANGUAGES.join(" or ")}, got "${value}"`);
  return value as OutputLanguage;
}

/** The first word of argv that is not a global option (or its value): the command asked for. */
function firstWord(argv: string[]): string | undefined {
  const args = argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (VERSION_FLAGS.has(arg)) return arg;
    if (GLOBAL_OPTIONS_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    if (!arg.startsWith("-")) return arg;
  }
  return undefined;
}

/** The program with the commands `argv` needs (all of them when it names none). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command("marsad")
    .description("Arabic news intelligence: extract, understand, connect, search")
    .version(MARSAD_VERSION)
    .addOption(new Option("--lang <ar|en>", "language of the human output (default: Arabic when the locale is Arabic, else English)").argParser(parseLanguage))
    .option("--debug", "print the stack of an error")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) })
    .hook("preAction", (_program, action) => setOutputLanguage((action.optsWithGlobals() as { lang?: OutputLanguage }).lang ?? defaultLanguage()));
  const first = firstWord(argv);
  const loaders = first !== undefined && VERSION_FLAGS.has(first) ? [] : first !== undefined && first in COMMANDS ? [COMMANDS[first]!] : [...new Set(Object.values(COMMANDS))];
  const registered = new Set<Register>();
  for (const load of loaders) {
    const register = await load();
    if (registered.has(register)) continue;
    registered.add(register);
    register(program);
  }
  return program;
}

/** The command named in argv (`search` in `marsad --lang ar search q`), for error lines. */
function commandName(program: Command, argv: string[]): string {
  const names = new Set(program.commands.map((c) => c.name()));
  const name = argv.slice(2).find((a) => names.has(a));
  return name ? `marsad ${name}` : "marsad";
}

export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
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
    else if (!(error instanceof Error && error.name === STORE_OPEN_ERROR)) process.stderr.write(`(run again with --debug for the stack)\n`);
    return EXIT_SOME_FAILED;
  }
}
