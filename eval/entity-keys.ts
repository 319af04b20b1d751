/**
 * `npm run eval -- entity-keys [--dev] [--show]`: the cross-article entity key (understand/entities/merge.ts nameKey)
 * against hand-labelled pairs of entity names (eval/entity-keys/pairs.tsv: split, `same` or `other`, two normalized
 * names). A `same` pair is one entity spelled two ways (ترامب, ترمب) and should share a key; an `other` pair is two
 * entities whose spellings differ by their vowel letters or article (ليبيا, لوبا; محمد, محمود) and should not.
 * Pairs: every fourth group of the two lists `scripts/entity-keys.ts` prints — spellings nameKey joins, spellings a
 * looser key (every word's skeleton) would join — labelled by hand: DEV from the SaudiNewsNet and ANT samples' names
 * and the entity gold (the key was tuned on these), TEST every eighth group's pair over the first 4,000 later ANT
 * articles (labelled once the key was fixed). Scores: joined = `same` pairs under one key, apart = `other` pairs
 * under two. `--dev` scores DEV only (not gated); `--show` lists the pairs the key gets wrong.
 */
import { readFileSync } from "node:fs";
import { nameKey } from "../src/understand/entities/merge.js";
import type { EvalOutcome } from "./gate.js";

const PAIRS = new URL("entity-keys/pairs.tsv", import.meta.url);

interface Pair {
  split: string;
  same: boolean;
  a: string;
  b: string;
}

function readPairs(): Pair[] {
  return readFileSync(PAIRS, "utf8").split("\n").filter(Boolean).map((line) => {
    const [split, label, a, b] = line.split("\t");
    if (!split || (label !== "same" && label !== "other") || !a || !b) throw new Error(`entity-keys: bad line «${line}»`);
    return { split, same: label === "same", a, b };
  });
}

function scoreSplit(pairs: readonly Pair[], show: boolean): Record<string, number> {
  const same = pairs.filter((p) => p.same);
  const other = pairs.filter((p) => !p.same);
  const joined = same.filter((p) => nameKey(p.a) === nameKey(p.b));
  const apart = other.filter((p) => nameKey(p.a) !== nameKey(p.b));
  if (show) {
    for (const p of same.filter((q) => !joined.includes(q))) console.log(`  apart, one entity: ${p.a} | ${p.b} (${nameKey(p.a)} | ${nameKey(p.b)})`);
    for (const p of other.filter((q) => !apart.includes(q))) console.log(`  joined, two entities: ${p.a} | ${p.b} (${nameKey(p.a)})`);
  }
  return { joined: joined.length / same.length, apart: apart.length / other.length, pairs: pairs.length };
}

export async function run(args: string[]): Promise<EvalOutcome> {
  const dev = args.includes("--dev");
  const show = args.includes("--show");
  const pairs = readPairs();
  const metrics: Record<string, number> = {};
  for (const split of dev ? ["dev"] : ["dev", "test"]) {
    const scores = scoreSplit(pairs.filter((p) => p.split === split), show);
    console.log(`${split.toUpperCase()}: ${scores.pairs} pairs; one entity's spellings joined ${scores.joined!.toFixed(3)}, two entities kept apart ${scores.apart!.toFixed(3)}`);
    metrics[`${split}.joined`] = scores.joined!;
    metrics[`${split}.apart`] = scores.apart!;
  }
  return { metrics, data: ["eval/entity-keys/pairs.tsv"], partial: dev };
}
