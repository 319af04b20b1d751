/**
 * `npx tsx scripts/ner/article-path-dev.ts [--show]`: the article path (recognizeEntities, the tagger
 * and the rule layer, as `understand` runs it) on ANERcorp's dev tenth (the last tenth of train.txt,
 * scripts/ner/corpora.ts devStart; never test), scored at the token level as conlleval does. Each
 * window of WINDOW sentences is joined into one text (tokens by spaces, sentences by new lines); a
 * recognized span tags every token it overlaps. The shipped tagger was trained on these sentences, so
 * the figure is no estimate of unseen text: it tells whether a rule change breaks ANERcorp-style text.
 */
import { scoreTagSequences, spansOfTags, type TagSpan } from "../../src/understand/entities/conll.js";
import { recognizeEntities } from "../../src/understand/entities/index.js";
import { anercorpTrain, devStart } from "./corpora.js";

const WINDOW = 20;
const TYPE = { person: "PERS", location: "LOC", organization: "ORG", misc: "MISC" } as const;

const aner = anercorpTrain();
const dev = aner.slice(devStart(aner.length));
const show = process.argv.includes("--show");
const gold: string[][] = [];
const predicted: string[][] = [];
for (let w = 0; w < dev.length; w += WINDOW) {
  const window = dev.slice(w, w + WINDOW);
  const offsets: [number, number][][] = [];
  let text = "";
  for (const s of window) {
    const o: [number, number][] = [];
    s.tokens.forEach((t, i) => {
      if (i) text += " ";
      o.push([text.length, text.length + t.length]);
      text += t;
    });
    text += "\n";
    offsets.push(o);
  }
  const spans = recognizeEntities(text);
  window.forEach((s, k) => {
    const tags = s.tokens.map(() => "O");
    for (const span of spans) {
      let first = true;
      offsets[k]!.forEach(([a, b], i) => {
        if (span.start < b && a < span.end) {
          tags[i] = `${first ? "B" : "I"}-${TYPE[span.type as keyof typeof TYPE] ?? "MISC"}`;
          first = false;
        }
      });
    }
    gold.push(s.tags);
    predicted.push(tags);
    if (show && tags.join() !== s.tags.join()) console.log(s.tokens.map((t, i) => (s.tags[i] === tags[i] ? (s.tags[i] === "O" ? t : `[${t}/${s.tags[i]}]`) : `{${t} ${s.tags[i]}→${tags[i]}}`)).join(" "));
  });
}
/** dev-errors.ts's classes: each gold span not got exactly, each predicted span matching no gold span. */
function classify(g: TagSpan, others: readonly TagSpan[]): string {
  const over = others.filter((p) => p.start < g.end && g.start < p.end);
  if (!over.length) return "missed";
  const exact = over.find((p) => p.start === g.start && p.end === g.end);
  if (exact) return `type ${g.type}→${exact.type}`;
  const same = over.find((p) => p.type === g.type);
  if (!same) return `boundary+type ${g.type}→${over[0]!.type}`;
  if (same.start <= g.start && same.end >= g.end) return "too long";
  if (same.start >= g.start && same.end <= g.end) return over.length > 1 ? "split" : "too short";
  return "shifted";
}
const classes = new Map<string, number>();
const count = (k: string) => classes.set(k, (classes.get(k) ?? 0) + 1);
gold.forEach((g, i) => {
  const gs = spansOfTags(g);
  const ps = spansOfTags(predicted[i]!);
  const key = (s: TagSpan) => `${s.type}:${s.start}:${s.end}`;
  const pk = new Set(ps.map(key));
  const gk = new Set(gs.map(key));
  for (const s of gs) if (!pk.has(key(s))) count(`gold ${s.type} ${classify(s, ps)}`);
  for (const s of ps) if (!gk.has(key(s)) && !gs.some((g2) => g2.start < s.end && s.start < g2.end)) count(`false alarm ${s.type}`);
});
for (const [k, n] of [...classes].sort()) console.log(`${k.padEnd(34)} ${n}`);
const r = scoreTagSequences(gold, predicted);
const f = (x: number) => (100 * x).toFixed(2);
console.log(`ANERcorp dev tenth (${dev.length} sentences), article path: micro P ${f(r.micro.precision)} R ${f(r.micro.recall)} F1 ${f(r.micro.f1)}`);
for (const t of r.perType) console.log(`  ${t.type.padEnd(5)} P ${f(t.precision)} R ${f(t.recall)} F1 ${f(t.f1)}`);
