/**
 * The `marsad` command: argument parsing only; each command lives in its own file. Rules:
 * - Start-up loads only what the command asked for: `marsad search …` imports the search command's
 *   module (and so its dependencies) and no other; `--version` imports none; `--help` (or no
 *   command, or an unknown one) registers them all so commander can describe or reject them.
 */
import { Command, CommanderError } from "commander";

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

type Register = (program: Command) => void;

/** Each command's module, loaded when the command is used. */
const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import("./extract.js")).registerExtract,
  ingest: async () => (await import("./ingest.js")).registerIngest,
  search: async () => (await import("./search.js")).registerSearch,
  watch: async () => (await import("./watch.js")).registerWatch,
  connect: async () => (await import("./connect.js")).registerConnect,
  stories: async () => (await import("./stories.js")).registerStories,
  story: async () => (await import("./stories.js")).registerStories,
  serve: async () => (await import("./serve.js")).registerServe,
};
const VERSION_FLAGS = new Set(["-V", "--version"]);

/** The program with the commands `argv` needs (all of them when it names none). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command("marsad")
    .description("Arabic news intelligence: extract, understand, connect, search")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  const first = argv[2];
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

export async function main(argv: string[]): Promise<number> {
  try {
    await (await buildProgram(argv)).parseAsync(argv);
    return process.exitCode === undefined ? EXIT_OK : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ["commander.helpDisplayed", "commander.version", "commander.help"];
      return benign.includes(error.code) ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
}
