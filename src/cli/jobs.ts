/** `marsad jobs`: the job queue at a glance: counts per state, and the jobs of one state (default the dead ones, with why). */
import type { Command } from "commander";
import { InvalidArgumentError } from "./commander.js";
import type { JobState } from "../store/store.js";
import { messages } from "./messages.js";
import { writeLine } from "./output.js";
import { openCliStore } from "./store-open.js";
import { DB_OPTION_HELP, storeLocation } from "./store-location.js";

const STATES: JobState[] = ["dead", "queued", "running", "done"];

function parseState(value: string): JobState {
  if (!(STATES as string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${STATES.join(", ")}, got "${value}"`);
  return value as JobState;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new InvalidArgumentError(`"${value}" is not a number of jobs in 1..10000`);
  return n;
}

export function registerJobs(program: Command): void {
  program
    .command("jobs")
    .description("the job queue of `marsad worker`: jobs per state, and the jobs of one state (default: dead ones, with the reason)")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--state <state>", `jobs to list: ${STATES.join(", ")}`, parseState, "dead")
    .option("--limit <n>", "jobs to list (1..10000)", parseLimit, 50)
    .option("--json", "print counts and jobs as JSON")
    .action(async (flags: { db?: string; state: JobState; limit: number; json?: boolean }) => {
      const store = await openCliStore(storeLocation(flags.db), { mustExist: true });
      try {
        const counts = await store.jobCounts();
        const jobs = await store.listJobs({ state: flags.state, limit: flags.limit });
        if (flags.json) return await writeLine(JSON.stringify({ counts, jobs }, null, 2));
        await writeLine(messages().jobCounts(counts));
        for (const j of jobs) await writeLine(`  ${j.state}  ${j.input}  (${j.attempts})${j.reason ? `  ${j.reason}` : ""}${j.holder ? `  ${j.holder}` : ""}`);
      } finally {
        await store.close();
      }
    });
}
