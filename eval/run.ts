/**
 * `npm run eval -- <name> [args] [--pin]`: runs eval/<name>.ts, then checks its floors (eval/gate.ts).
 * `npm run eval -- gate [names…]`: every evaluation in turn, each with the arguments its floors file
 * names, in its own process; fails when any floor fails. Evaluations score against gold data in
 * ../shared/data (see eval/README.md).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { checkFloors, pinFloors, readFloors, REPO, type EvalOutcome } from "./gate.js";

const NOT_EVALUATIONS = new Set(["run", "gate"]);

function evaluations(): string[] {
  return readdirSync(new URL(".", import.meta.url))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => f.replace(/\.ts$/, ""))
    .filter((n) => !NOT_EVALUATIONS.has(n))
    .sort();
}

/** Arguments that change what is printed, not what is measured. */
const DISPLAY_ONLY = /^--(show|show-unlabeled|per-page|json)$/;

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

async function runOne(name: string, args: string[]): Promise<void> {
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

function runGate(only: string[]): void {
  const names = only.length ? only : evaluations();
  const results: { name: string; ok: boolean; seconds: number; why: string }[] = [];
  for (const name of names) {
    const floors = readFloors(name);
    if (!floors) {
      results.push({ name, ok: false, seconds: 0, why: `no floors file eval/floors/${name}.json` });
      continue;
    }
    console.log(`\n=== gate: npm run eval -- ${[name, ...floors.args].join(" ")}`);
    const started = Date.now();
    // The same node with tsx's loader flags this process runs under, one process per evaluation.
    const child = spawnSync(process.execPath, [...process.execArgv, "eval/run.ts", name, ...floors.args], { cwd: REPO, stdio: "inherit" });
    const seconds = (Date.now() - started) / 1000;
    results.push({ name, ok: child.status === 0, seconds, why: child.status === 0 ? "" : `exit ${child.status ?? child.signal}` });
  }
  console.log("\ngate summary:");
  for (const r of results) console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.name.padEnd(14)} ${r.seconds.toFixed(0).padStart(5)} s ${r.why}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`gate: ${results.length - failed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

const [name, ...args] = process.argv.slice(2);
const available = evaluations();
if (name === "gate") runGate(args);
else if (!name || !available.includes(name)) {
  console.error(`usage: npm run eval -- <name> [--pin] | gate [names…]\n  evaluations: ${available.join(", ") || "(none yet)"}`);
  process.exit(2);
} else await runOne(name, args);
