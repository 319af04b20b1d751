/**
 * `[RAW=stage1Raw] npx tsx scripts/ner/consistency-sweep.ts <dump.json>…`: the document-level consistency pass
 * (consistency.ts) at other settings on fixed tags of the dev tenth — the raw second-stage (or, with
 * RAW=stage1Raw, first-stage) tags that `scripts/ner/train-stack.ts --dump-dev` writes — so each setting is a
 * paired comparison on one tagger's output, with no retraining noise. Never reads a TEST part.
 */
import { readFileSync } from "node:fs";
import { scoreTagSequences } from "../../src/understand/entities/conll.js";
import { loadDefaultModel } from "../../src/understand/entities/model-file.js";
import { tokenInfo } from "../../src/understand/entities/features.js";
import { consistentTags, CONSISTENCY_DEFAULTS, type ConsistencyOptions } from "../../src/understand/entities/consistency.js";
const model = loadDefaultModel();
for (const file of process.argv.slice(2)) {
  const dump = (JSON.parse(readFileSync(file, "utf8")) as Record<string, string[][]>[]).map((p) => ({ ...p, RAWKEY: p[process.env.RAW ?? "stage2Raw"]! })) as unknown as { tokens: string[][]; gold: string[][]; RAWKEY: string[][] }[];
  const infos = dump.map((p) => p.tokens.map((s) => s.map((t) => tokenInfo(t, model.resources))));
  const run = (o: ConsistencyOptions | null) => {
    const tags = dump.map((p, k) => (o ? consistentTags(infos[k]!, p.RAWKEY, model.plainWordSet, o) : p.RAWKEY));
    const sc = scoreTagSequences(dump.flatMap((p) => p.gold), tags.flat());
    return `${(100 * sc.micro.f1).toFixed(2)} (P ${(100 * sc.micro.precision).toFixed(1)} R ${(100 * sc.micro.recall).toFixed(1)}) ${sc.perType.map((t) => `${t.type} ${(100 * t.f1).toFixed(1)}`).join(" ")}`;
  };
  console.log(file);
  console.log("  none", run(null));
  const D = CONSISTENCY_DEFAULTS;
  const grid: [string, ConsistencyOptions][] = [
    ["default", D],
    ["ratio 0", { ...D, ratio: 0 }],
    ["ratio 0.25", { ...D, ratio: 0.25 }],
    ["ratio 1", { ...D, ratio: 1 }],
    ["ratio 2", { ...D, ratio: 2 }],
    ["minTagged 2", { ...D, minTagged: 2 }],
    ["no lastNames", { ...D, lastNames: false }],
    ["window 8", { ...D, window: 8 }],
    ["window 25", { ...D, window: 25 }],
    ["window 40", { ...D, window: 40 }],
    ["maxWords 2", { ...D, maxWords: 2 }],
    ["maxWords 6", { ...D, maxWords: 6 }],
  ];
  for (const [name, o] of grid) console.log(`  ${name.padEnd(14)}`, run(o));
}
