/**
 * `npm run eval -- <name> [args] [--pin]`: runs eval/<name>.ts, then checks its floors (eval/gate.ts).
 * `npm run eval -- gate [names…]`: every evaluation, each with the arguments its floors file names,
 * in its own process, one per core at a time; fails when any floor fails. Evaluations score against gold data in
 * ../shared/data (see eval/README.md).
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { checkFloors, pinFloors, readFloors, REPO, type EvalOutcome } from "./gate.js";
import { usageOf } from "./lib/usage.js";

const NOT_EVALUATIONS = new Set(["run", "gate"]);
/** Evaluations run at once by the gate: one per core (each is one single-threaded process). */
const GATE_CONCURRENCY = Math.max(1, availableParallelism());

function evaluations(): string[] {
  return readdirSync(new URL(".", import.meta.url))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => f.replace(/\.ts$/, ""))
    .filter((n) => !NOT_EVALUATIONS.has(n))
    .sort();
}

/** Arguments that change what is printed, not what is measured. */
const DISPLAY_ONLY = /^--(show|show-unlabeled|per-page|json|context)$/;

function measuredArgs(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--pin") continue;
    if (DISPLAY_ONLY.test(args[i]!)) {
      if (args[i + 1] !== undefined && !args[i + 1]!.startsWith("--")) i++;
      continue;
    }
    out.push(args[i]!);
  }
  return out;
}

/** `--help` / `-h` prints the evaluation's usage instead of a run, so asking for help never computes (nor shows) a TEST half. */
const wantsHelp = (args: string[]): boolean => args.includes("--help") || args.includes("-h");

async function runOne(name: string, args: string[]): Promise<void> {
  if (wantsHelp(args)) {
    const usage = usageOf(readFileSync(new URL(`./${name}.ts`, import.meta.url), "utf8"));
    console.log(usage || `npm run eval -- ${name}: no usage written at the top of eval/${name}.ts`);
    return;
  }
  const mod = (await import(`./${name}.ts`)) as { run: (args: string[]) => Promise<EvalOutcome | undefined> };
  const pin = args.includes("--pin");
  const floors = readFloors(name);
  // Floors hold for the configuration they were measured with: the floors file's arguments.
  const measured = measuredArgs(args);
  const expected = floors?.args ?? measured;
  const isGateRun = JSON.stringify([...measured].sort()) === JSON.stringify([...expected].sort());
  const outcome = await mod.run(args.filter((a) => a !== "--pin"));
  if (!outcome) {
    console.error(`\ngate ${name}: FAIL the evaluation returns no outcome (metrics and data) to check; see eval/README.md`);
    process.exitCode = 1;
    return;
  }
  if (outcome.partial || !isGateRun) {
    console.log(`\ngate ${name}: floors not checked: they hold for \`npm run eval -- ${[name, ...expected].join(" ")}\`, this run was \`${[name, ...measured].join(" ")}\``);
    if (pin) {
      console.error(`gate ${name}: --pin needs a full run`);
      process.exitCode = 1;
    }
    return;
  }
  if (pin) {
    const changes = pinFloors(name, outcome, measured);
    console.log(`\ngate ${name}: pinned the data digest; ${changes.length ? `raised ${changes.join("; ")}` : "no floor raised"}`);
  }
  const report = checkFloors(name, outcome);
  console.log(`\n${report.lines.join("\n")}`);
  if (!report.ok) process.exitCode = 1;
}

interface GateResult {
  name: string;
  ok: boolean;
  seconds: number;
  why: string;
}

/** Runs one evaluation in its own process; its output is printed whole when it ends. */
function runInChild(name: string, args: string[]): Promise<GateResult> {
  return new Promise((resolve) => {
    const started = Date.now();
    // The same node with tsx's loader flags this process runs under.
    const child = spawn(process.execPath, [...process.execArgv, "eval/run.ts", name, ...args], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
    const output: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => output.push(c));
    child.stderr.on("data", (c: Buffer) => output.push(c));
    child.on("close", (status, signal) => {
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(`\n=== gate: npm run eval -- ${[name, ...args].join(" ")} (${seconds.toFixed(0)} s)\n${Buffer.concat(output).toString("utf8")}`);
      resolve({ name, ok: status === 0, seconds, why: status === 0 ? "" : `exit ${status ?? signal}` });
    });
  });
}

async function runGate(only: string[]): Promise<void> {
  const names = only.length ? only : evaluations();
  const results: GateResult[] = [];
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const floors = readFloors(name);
      results.push(floors ? await runInChild(name, floors.args) : { name, ok: false, seconds: 0, why: `no floors file eval/floors/${name}.json` });
    }
  };
  await Promise.all(Array.from({ length: GATE_CONCURRENCY }, worker));
  results.sort((a, b) => (a.name < b.name ? -1 : 1));
  console.log("\ngate summary:");
  for (const r of results) console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.name.padEnd(14)} ${r.seconds.toFixed(0).padStart(5)} s ${r.why}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`gate: ${results.length - failed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

const [name, ...args] = process.argv.slice(2);
const available = evaluations();
if (name === "--help" || name === "-h") {
  console.log(`usage: npm run eval -- <name> [--pin] [--help] | gate [names…]\n  evaluations: ${available.join(", ")}`);
} else if (name === "gate") await runGate(args);
else if (!name || !available.includes(name)) {
  console.error(`usage: npm run eval -- <name> [--pin] | gate [names…]\n  evaluations: ${available.join(", ") || "(none yet)"}`);
  process.exit(2);
} else await runOne(name, args);
