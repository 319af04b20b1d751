/**
 * Measured, not shipped (eval/ner/README.md "A recall tagging and opening heads"):
 * `npx tsx scripts/ner/recall-fill-sweep.ts <dump.json>…`: the recall fill (below) at several
 * settings on fixed tags of the dev tenth — the raw second-stage tags that `scripts/ner/train-stack.ts
 * --dump-dev` writes at the shipped O bias and at the larger biases of its DUMP_BIASES — each through the
 * CoNLL path's later passes (span edges, consistency), so each row is a paired comparison on one tagger's
 * output. Prints micro-F1 (P, R) and per-type F1 / recall. Never reads a TEST part.
 */
import { readFileSync } from "node:fs";
import { scoreTagSequences, spansOfTags, type TagSpan } from "../../src/understand/entities/conll.js";
import { loadDefaultModel } from "../../src/understand/entities/model-file.js";
import { tokenInfo, type TokenInfo } from "../../src/understand/entities/features.js";
import { consistentTags, CONSISTENCY_DEFAULTS, isPlainWord, type PlainWords } from "../../src/understand/entities/consistency.js";
import { trimSpanEdges } from "../../src/understand/entities/span-edges.js";

/**
 * The recall fill. Names a document repeats, from a recall tagging (on the CoNLL path's tags): the second
 * stage decoded again with a larger O bias (subtracted from the O score) finds more names, and more false ones; a span of it is kept
 * where the shipped tags have nothing when the document repeats it, i.e. the recall tagging tags the
 * same key with the same type at least `minTagged` times in the sentence's window (itself included).
 * A name the tagger never tags at its own bias is then tagged once, and the consistency pass
 * (consistency.ts) spreads it to the document's other mentions. The document's own repetition is the
 * evidence: news repeats its subjects («فولكسفاغن» five times in an article, «إيساف» four), while a
 * false name of the recall tagging is mostly a one-off common word.
 * - a span's key is its words' core forms (proclitics split on evidence, as consistency.ts);
 * - a kept span overlaps no span of the shipped tags (it adds names, never changes one);
 * - a one-word span must not be a plain word of the training text, a never-name of the lexicon,
 *   nor under 3 letters (consistency.ts isPlainWord);
 * - only the types in `types` are taken.
 */
interface RecallFillOptions {
  /** The O bias of the recall tagging (subtracted from the O score; the shipped second stage decodes at 11, higher finds more). */
  bias: number;
  /** Sentences on each side that make a sentence's document (tag-sentences.ts DOC_WINDOW). */
  window: number;
  /** Spans of the recall tagging with the same key and type the window must hold (the span itself counts). */
  minTagged: number;
  /** The types taken. */
  types: readonly string[];
}

const RECALL_FILL_DEFAULTS: RecallFillOptions = { bias: 32, window: 15, minTagged: 2, types: ["ORG", "PERS", "LOC", "MISC"] };

const keyOf = (words: readonly TokenInfo[], s: TagSpan) => words.slice(s.start, s.end).map((w) => w.core).join(" ");

/**
 * The shipped tags with the recall tagging's repeated spans added (new arrays; the input is not changed).
 * `infos`: each token's analysis (features.ts tokenInfo); `recall`: the recall tagging of the same sentences.
 */
function fillFromRecall(infos: readonly (readonly TokenInfo[])[], tags: readonly (readonly string[])[], recall: readonly (readonly string[])[], plainWords: PlainWords, o: RecallFillOptions = RECALL_FILL_DEFAULTS): string[][] {
  const types = new Set(o.types);
  const keyed = recall.map((r, i) => spansOfTags(r).filter((s) => types.has(s.type)).map((s) => ({ span: s, key: `${s.type}\u0000${keyOf(infos[i]!, s)}` })));
  const inWindow = new Map<string, number>();
  const add = (i: number, by: number) => {
    for (const { key } of keyed[i] ?? []) inWindow.set(key, (inWindow.get(key) ?? 0) + by);
  };
  for (let k = 0; k <= o.window && k < keyed.length; k++) add(k, 1);
  return tags.map((t, i) => {
    if (i > 0) {
      if (i + o.window < keyed.length) add(i + o.window, 1);
      if (i - o.window - 1 >= 0) add(i - o.window - 1, -1);
    }
    const out = [...t];
    for (const { span, key } of keyed[i]!) {
      if ((inWindow.get(key) ?? 0) < o.minTagged) continue;
      let free = true;
      for (let k = span.start; k < span.end && free; k++) free = out[k] === "O";
      // The shipped span's continuation: an I- right after the candidate would now follow it.
      if (!free || (span.end < out.length && out[span.end]!.startsWith("I-"))) continue;
      if (span.end - span.start === 1 && isPlainWord(infos[i]![span.start]!, plainWords)) continue;
      for (let k = span.start; k < span.end; k++) out[k] = `${k === span.start ? "B" : "I"}-${span.type}`;
    }
    return out;
  });
}

interface DumpPart {
  name: string;
  tokens: string[][];
  gold: string[][];
  stage2Raw: string[][];
  stage2RawAt: Record<string, string[][]>;
}

const model = loadDefaultModel();
for (const file of process.argv.slice(2)) {
  const dump = JSON.parse(readFileSync(file, "utf8")) as DumpPart[];
  const infos = dump.map((p) => p.tokens.map((s) => s.map((t) => tokenInfo(t, model.resources))));
  const gold = dump.flatMap((p) => p.gold);
  const run = (o: RecallFillOptions | null) => {
    const tags = dump.flatMap((p, k) => {
      const filled = o ? fillFromRecall(infos[k]!, p.stage2Raw, p.stage2RawAt[String(o.bias)]!, model.plainWordSet, o) : p.stage2Raw;
      return consistentTags(infos[k]!, trimSpanEdges(infos[k]!, filled, model.plainWordSet), model.plainWordSet, CONSISTENCY_DEFAULTS);
    });
    const sc = scoreTagSequences(gold, tags);
    return `${(100 * sc.micro.f1).toFixed(2)} (P ${(100 * sc.micro.precision).toFixed(1)} R ${(100 * sc.micro.recall).toFixed(1)}) ${sc.perType.map((t) => `${t.type} ${(100 * t.f1).toFixed(1)}/${(100 * t.recall).toFixed(1)}`).join(" ")}`;
  };
  console.log(file);
  console.log(`  ${"shipped".padEnd(34)}`, run(null));
  const biases = Object.keys(dump[0]!.stage2RawAt).map(Number);
  for (const bias of biases) {
    for (const minTagged of [1, 2, 3]) {
      for (const types of [RECALL_FILL_DEFAULTS.types, ["ORG"], ["PERS"], ["ORG", "PERS"]]) {
        const o = { ...RECALL_FILL_DEFAULTS, bias, minTagged, types };
        console.log(`  ${`bias ${bias} min ${minTagged} ${types.join(",")}`.padEnd(34)}`, run(o));
      }
    }
  }
}
