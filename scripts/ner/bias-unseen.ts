/**
 * `npx tsx scripts/ner/bias-unseen.ts <dev-model.bin.gz>`: micro-F1 on the dev tenth of the training
 * corpora (as dev-errors.ts: the model must be one written by `train ner --dev-out`, trained without
 * it) for each O-score bias, on all entities and on the entities whose text the train part never
 * labelled ("unseen": what a tagger meets in other weeks of news). Tags through tagSentences, so
 * with the document-level consistency pass (consistency.ts). Never reads a TEST part.
 */
import { readFileSync } from "node:fs";
import { spansOfTags, type ConllSentence } from "../../src/understand/entities/conll.js";
import { deserializeModel } from "../../src/understand/entities/model-file.js";
import { tagSentences } from "../../src/understand/entities/tag-sentences.js";
import { normalizeArabic } from "../../src/arabic/normalize.js";
import { anercorpTrain, devStart, newsFaneSplit, textIndex } from "./corpora.js";

const BIASES = [0, 8, 16, 22, 32, 40, 48, 64];

const key = (tokens: readonly string[]) => tokens.map((t) => normalizeArabic(t)).join(" ");

function parts(): { train: ConllSentence[]; dev: ConllSentence[] } {
  const aner = anercorpTrain();
  const inAner = textIndex(aner);
  const fane = newsFaneSplit().train.filter((s) => !inAner(s.tokens));
  const out = { train: [] as ConllSentence[], dev: [] as ConllSentence[] };
  for (const c of [aner, fane]) {
    const cut = devStart(c.length);
    out.train.push(...c.slice(0, cut));
    out.dev.push(...c.slice(cut));
  }
  return out;
}

function main(): void {
  const path = process.argv[2];
  if (!path) throw new Error("usage: bias-unseen.ts <dev-model.bin.gz>");
  const model = deserializeModel(readFileSync(path));
  const { train, dev } = parts();
  const seen = new Set(train.flatMap((s) => spansOfTags(s.tags).map((g) => key(s.tokens.slice(g.start, g.end)))));
  const f1 = (tp: number, pred: number, gold: number) => (pred && gold && tp ? (2 * (tp / pred) * (tp / gold)) / (tp / pred + tp / gold) : 0);
  console.log("bias  all P / R / F1          unseen P / R / F1 (gold unseen)");
  for (const bias of BIASES) {
    const tags = tagSentences(dev, { ...model, outsideBias: bias });
    const n = { tp: 0, pred: 0, gold: 0, utp: 0, upred: 0, ugold: 0 };
    dev.forEach((s, i) => {
      const g = spansOfTags(s.tags);
      const p = spansOfTags(tags[i]!);
      const right = (q: (typeof p)[number]) => g.some((r) => r.start === q.start && r.end === q.end && r.type === q.type);
      const unseen = (q: (typeof p)[number]) => !seen.has(key(s.tokens.slice(q.start, q.end)));
      n.gold += g.length;
      n.pred += p.length;
      n.ugold += g.filter(unseen).length;
      for (const q of p) {
        const ok = right(q);
        if (ok) n.tp++;
        if (unseen(q)) {
          n.upred++;
          if (ok) n.utp++;
        }
      }
    });
    const pct = (x: number) => (100 * x).toFixed(1);
    console.log(`${String(bias).padStart(4)}  ${pct(n.tp / n.pred)} / ${pct(n.tp / n.gold)} / ${pct(f1(n.tp, n.pred, n.gold))}      ${pct(n.utp / n.upred)} / ${pct(n.utp / n.ugold)} / ${pct(f1(n.utp, n.upred, n.ugold))} (${n.ugold})`);
  }
}

main();
