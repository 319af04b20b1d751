/** The `marsad` command: argument parsing only; each command lives in its own file. */
import { Command, CommanderError } from "commander";
import { registerExtract } from "./extract.js";
import { registerIngest } from "./ingest.js";
import { registerSearch } from "./search.js";
import { registerWatch } from "./watch.js";
import { registerStories } from "./stories.js";
import { registerConnect } from "./connect.js";
import { registerServe } from "./serve.js";
import { registerNer } from "./ner.js";

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

export function buildProgram(): Command {
  const program = new Command("marsad")
    .description("Arabic news intelligence: extract, understand, connect, search")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerExtract(program);
  registerIngest(program);
  registerSearch(program);
  registerWatch(program);
  registerConnect(program);
  registerStories(program);
  registerServe(program);
  registerNer(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return process.exitCode === undefined ? EXIT_OK : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ["commander.helpDisplayed", "commander.version", "commander.help"];
      return benign.includes(error.code) ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
}
