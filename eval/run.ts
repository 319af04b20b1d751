/** `npm run eval -- <name> [args]`: runs eval/<name>.ts. Evaluations score against gold data in ../shared/data. */
import { readdirSync } from "node:fs";

const [name, ...args] = process.argv.slice(2);
const available = readdirSync(new URL(".", import.meta.url)).filter((f) => f.endsWith(".ts") && f !== "run.ts").map((f) => f.replace(/\.ts$/, ""));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run eval -- <name>\n  evaluations: ${available.join(", ") || "(none yet)"}`);
  process.exit(2);
}
const mod = (await import(`./${name}.ts`)) as { run: (args: string[]) => Promise<void> };
await mod.run(args);
