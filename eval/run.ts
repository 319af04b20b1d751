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

async function runOne(name: string, args: string[]): Promise<void> {
  const mod = (await import(`./${name}.ts`)) as { run: (args: string[]) => Promise<EvalOutcome | undefined> };
  const pin = args.includes("--pin");
  const outcome = await mod.run(args.filter((a) => a !== "--pin"));
  if (!outcome) {
    console.error(`\ngate ${name}: FAIL the evaluation returns no outcome (metrics and data) to check; see eval/README.md`);
    process.exitCode = 1;
    return;
  }
  if (outcome.partial) {
    console.log(`\ngate ${name}: floors not checked (a partial run: ${args.join(" ")})`);
    if (pin) {
      console.error(`gate ${name}: --pin needs a full run`);
      process.exitCode = 1;
    }
    return;
  }
  if (pin) {
    const changes = pinFloors(name, outcome, args.filter((a) => a !== "--pin"));
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
  console.log(`gate: ${results.length - failed} of ${results.length} evaluations hold their floors`);
  if (failed) process.exitCode = 1;
}

const [name, ...args] = process.argv.slice(2);
const available = evaluations();
if (name === "gate") runGate(args);
else if (!name || !available.includes(name)) {
  console.error(`usage: npm run eval -- <name> [--pin] | gate [names…]\n  evaluations: ${available.join(", ") || "(none yet)"}`);
  process.exit(2);
} else await runOne(name, args);
