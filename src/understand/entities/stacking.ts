/**
 * Two-stage (stacked) tagging on the CoNLL path (tag-sentences.ts), after Krishnan & Manning 2006:
 * a second perceptron reads the first's tags as features — the word's own and its ±2 neighbours'
 * predicted tags, and how the ±15-sentence document window tags the word's core form elsewhere
 * (majority type against untagged mentions, as first or last word of a multiword span), so a name
 * the first pass tags in one sentence and misses in another can be tagged from the evidence of both.
 * The second stage is trained on jackknifed first-stage tags (scripts/ner/train-stack.ts), never on
 * a model's tags of its own training sentences. Measured on the dev tenth: eval/ner/README.md.
 */
import { spansOfTags } from "./conll.js";
import type { TokenInfo } from "./features.js";
import { hashFeature } from "./feature-index.js";

/** Sentences on each side of a sentence whose first-stage tags it reads (tag-sentences.ts DOC_WINDOW). */
export const STACK_WINDOW = 15;

const typeOf = (tag: string) => (tag === "O" ? "O" : tag.slice(2));
const TYPES = ["PERS", "LOC", "ORG", "MISC"];
const FIRST_OF = new Map(["O", ...TYPES].map((t) => [t, `first-${t}`]));
const LAST_OF = new Map(["O", ...TYPES].map((t) => [t, `last-${t}`]));
/** The stacked features' strings come from small closed sets: each is hashed once per process. */
const hashes = new Map<string, number>();
const hashOf = (feature: string) => {
  let h = hashes.get(feature);
  if (h === undefined) hashes.set(feature, (h = hashFeature(`stk:${feature}`)));
  return h;
};
const bucket = (n: number) => (n === 0 ? "0" : n === 1 ? "1" : n <= 3 ? "2" : "4");

/** Per token of one corpus (sentences in order), the stacked features of the stage-1 tags `t1`. */
export function stackedFeatures(infos: readonly (readonly TokenInfo[])[], t1: readonly (readonly string[])[], only?: ReadonlySet<string>): number[][][] {
  // Per sentence: for each token, the type of the predicted span it is in and its place in it.
  const place = t1.map((tags) => {
    const out = tags.map(() => ({ type: "O", first: false, last: false, multi: false }));
    for (const s of spansOfTags(tags)) for (let k = s.start; k < s.end; k++) out[k] = { type: s.type, first: k === s.start, last: k === s.end - 1, multi: s.end - s.start > 1 };
    return out;
  });
  // Counts per core form in a sliding window: type counts, and as first / last word of a multiword span.
  type Stats = Map<string, number>;
  const win = new Map<string, Stats>();
  const add = (si: number, sign: 1 | -1) => {
    infos[si]!.forEach((t, k) => {
      const p = place[si]![k]!;
      let s = win.get(t.core);
      if (!s) win.set(t.core, (s = new Map()));
      s.set(p.type, (s.get(p.type) ?? 0) + sign);
      if (p.multi && p.first) s.set(FIRST_OF.get(p.type)!, (s.get(FIRST_OF.get(p.type)!) ?? 0) + sign);
      if (p.multi && p.last) s.set(LAST_OF.get(p.type)!, (s.get(LAST_OF.get(p.type)!) ?? 0) + sign);
    });
  };
  for (let k = 0; k <= STACK_WINDOW && k < infos.length; k++) add(k, 1);
  const out: number[][][] = [];
  for (let si = 0; si < infos.length; si++) {
    if (si > 0) {
      if (si + STACK_WINDOW < infos.length) add(si + STACK_WINDOW, 1);
      if (si - STACK_WINDOW - 1 >= 0) add(si - STACK_WINDOW - 1, -1);
    }
    const words = infos[si]!;
    const tags = t1[si]!;
    const own = place[si]!;
    // The document summary of each token (its own occurrence left out).
    const summary = words.map((t, k) => {
      const s = win.get(t.core)!;
      const p = own[k]!;
      const ownFirst = p.multi && p.first ? FIRST_OF.get(p.type) : undefined;
      const ownLast = p.multi && p.last ? LAST_OF.get(p.type) : undefined;
      const n = (key: string) => (s.get(key) ?? 0) - (key === p.type || key === ownFirst || key === ownLast ? 1 : 0);
      let major = "none";
      let majorN = 0;
      for (const type of TYPES) {
        const k = n(type);
        if (k > majorN) [major, majorN] = [type, k];
      }
      const untagged = n("O");
      const lastPers = n("last-PERS") > 0;
      const firstOf = ["PERS", "ORG", "LOC", "MISC"].find((x) => n(FIRST_OF.get(x)!) > 0) ?? "none";
      return { major, majorN, untagged, lastPers, firstOf, ratio: majorN === 0 ? "-" : majorN >= untagged ? "hi" : 2 * majorN >= untagged ? "mid" : "lo" };
    });
    out.push(
      words.map((_, i) => {
        const at = (o: number) => tags[i + o] ?? (i + o < 0 ? "<s>" : "</s>");
        const d = summary[i]!;
        const dn = (o: number) => summary[i + o]?.major ?? "edge";
        const f = [
          `s1=${at(0)}`,
          `s1-1=${at(-1)}|${at(0)}`,
          `s1+1=${at(0)}|${at(1)}`,
          `s1-2=${typeOf(at(-2))}`,
          `s1+2=${typeOf(at(2))}`,
          `dmaj=${d.major}|${d.ratio}`,
          `dmajn=${d.major}|${bucket(d.majorN)}`,
          `dO=${bucket(d.untagged)}`,
          `dmaj×s1=${d.major}|${d.ratio}|${at(0)}`,
          `dlast=${d.lastPers}|${typeOf(at(0))}`,
          `dfirst=${d.firstOf}`,
          `dnb=${dn(-1)}|${d.major}|${dn(1)}`,
          `dprev=${dn(-1)}|${typeOf(at(-1))}`,
          `dnext=${dn(1)}|${typeOf(at(1))}`,
        ];
        return (only ? f.filter((x) => only.has(x.slice(0, x.indexOf("=")))) : f).map(hashOf);
      }),
    );
  }
  return out;
}

