/** `npm run bench -- <name> [args]`: runs bench/<name>.ts. Benchmarks report ratios against a peer. */
import { readdirSync } from "node:fs";

const [name, ...args] = process.argv.slice(2);
const available = readdirSync(new URL(".", import.meta.url)).filter((f) => f.endsWith(".ts") && f !== "run.ts").map((f) => f.replace(/\.ts$/, ""));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name>\n  benchmarks: ${available.join(", ") || "(none yet)"}`);
  process.exit(2);
}
const mod = (await import(`./${name}.ts`)) as { run: (args: string[]) => Promise<void> };
await mod.run(args);
