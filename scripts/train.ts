/**
 * `npm run train -- <name> [args]`: runs scripts/train-<name>.ts. Training is reproducible (fixed seeds) and writes to models/.
 * `npm run train -- <name> --help` prints that script's usage (its opening doc comment) and trains nothing.
 */
import { readdirSync, readFileSync } from "node:fs";

const [name, ...args] = process.argv.slice(2);
const available = readdirSync(new URL(".", import.meta.url)).filter((f) => f.startsWith("train-") && f.endsWith(".ts")).map((f) => f.replace(/^train-|\.ts$/g, ""));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run train -- <name>\n  models: ${available.join(", ") || "(none yet)"}`);
  process.exit(2);
}
if (args.includes("--help") || args.includes("-h")) {
  const source = readFileSync(new URL(`./train-${name}.ts`, import.meta.url), "utf8");
  const doc = /^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? " * (no usage comment)";
  console.log(doc.split("\n").map((line) => line.replace(/^\s*\* ?/, "")).join("\n").trim());
  process.exit(0);
}
const mod = (await import(`./train-${name}.ts`)) as { run: (args: string[]) => Promise<void> };
await mod.run(args);
