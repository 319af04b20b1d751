#!/usr/bin/env node
/**
 * `node scripts/cpuprofile-top.mjs file.cpuprofile [top=40]`: self time per function (name, file:line)
 * and the total of the samples that were not idle, from a V8 .cpuprofile (`node --cpu-prof`).
 */
import { readFileSync } from "node:fs";

const [file, topArg = "40"] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const f = node.callFrame;
  const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
  const key = `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*\/(ingest5|node_modules)\//, "")}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + ms);
  if (f.functionName !== "(idle)" && f.functionName !== "(program)") total += ms;
});
console.log(`busy ${total.toFixed(0)} ms (idle ${(self.get("(idle) :0") ?? 0).toFixed(0)} ms)`);
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg))) console.log(`${ms.toFixed(0).padStart(7)} ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`);
