/**
 * `npm run bench -- ner [seconds]`: entity recognition throughput on the seed page (a 6.5 KB article),
 * against a peer in the same process: the shared analyzer's tokenize() over the same text (the
 * cheapest full pass over an article marsad makes). Reports model load time, articles per CPU second
 * for both, and the ratio. CPU time, not wall time: the machine is shared.
 */
import { readFileSync } from "node:fs";
import { tokenize } from "../src/arabic/analyze.js";
import { deserializeModel, DEFAULT_MODEL_URL } from "../src/understand/entities/model-file.js";
import { mergeEntities, recognizeEntities } from "../src/understand/entities/index.js";

const SEED = new URL("../../shared/seed/000_ad2f53fc19050d7f.txt", import.meta.url);

function perCpuSecond(fn: () => void, seconds: number): number {
  fn();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < seconds * 1000) {
    fn();
    n++;
  }
  const cpu = process.cpuUsage(c0);
  return n / ((cpu.user + cpu.system) / 1e6);
}

export async function run(args: string[]): Promise<void> {
  const seconds = Number(args[0] ?? 3);
  const text = readFileSync(SEED, "utf8");
  const c0 = process.cpuUsage();
  const model = deserializeModel(readFileSync(DEFAULT_MODEL_URL));
  const load = process.cpuUsage(c0);
  console.log(`model load: ${((load.user + load.system) / 1000).toFixed(0)} ms CPU, ${model.features.size} features`);
  const ner = perCpuSecond(() => mergeEntities(recognizeEntities(text, { model })), seconds);
  const peer = perCpuSecond(() => tokenize(text), seconds);
  console.log(`recognize + merge: ${ner.toFixed(1)} articles/CPU-s; peer tokenize: ${peer.toFixed(1)} articles/CPU-s; NER costs ${(peer / ner).toFixed(1)}× a tokenize pass`);
}
