/** `npm run bench -- <name> [args]`: runs bench/<name>.ts. Benchmarks report ratios against a peer. */
import { readdirSync, readFileSync } from "node:fs";
import { usageOf } from "../eval/lib/usage.js";

const [name, ...args] = process.argv.slice(2);
const available = readdirSync(new URL(".", import.meta.url)).filter((f) => f.endsWith(".ts") && f !== "run.ts").map((f) => f.replace(/\.ts$/, ""));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name>\n  benchmarks: ${available.join(", ") || "(none yet)"}`);
  process.exit(2);
}
// `--help` / `-h` prints the benchmark's usage (its opening doc comment) instead of starting it
if (args.includes("--help") || args.includes("-h")) {
  console.log(usageOf(readFileSync(new URL(`./${name}.ts`, import.meta.url), "utf8")));
  process.exit(0);
}
const mod = (await import(`./${name}.ts`)) as { run: (args: string[]) => Promise<void> };
await mod.run(args);
