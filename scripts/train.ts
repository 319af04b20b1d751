/** `npm run train -- <name> [args]`: runs scripts/train-<name>.ts. Training is reproducible (fixed seeds) and writes to models/. */
import { readdirSync } from "node:fs";

const [name, ...args] = process.argv.slice(2);
const available = readdirSync(new URL(".", import.meta.url)).filter((f) => f.startsWith("train-") && f.endsWith(".ts")).map((f) => f.replace(/^train-|\.ts$/g, ""));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run train -- <name>\n  models: ${available.join(", ") || "(none yet)"}`);
  process.exit(2);
}
const mod = (await import(`./train-${name}.ts`)) as { run: (args: string[]) => Promise<void> };
await mod.run(args);
