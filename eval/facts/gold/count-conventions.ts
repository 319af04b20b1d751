/**
 * Blind counts of how each gold set of figures.jsonl labels a group or a sub-count (issue 12, figs11):
 * per set (the first draw's DEV and TEST halves, then every later DEV half), how many required labels
 * carry a group, how many take it from outside their counted phrase (no group word in the five tokens
 * from the number), how many give a group to «آخرين», and how the configurations the README's
 * conventions name are labelled. It reads the labels and the tokens of the bodies and prints counts
 * only, never text, so it may be run on TEST (no rule is tuned on what it prints).
 *
 *   npx tsx eval/facts/gold/count-conventions.ts
 */
import { tokenize, type Token } from "../../../src/arabic/analyze.js";
import { GROUP_HEADS, GROUP_NOUNS, HEAD_COMPLEMENTS } from "../../../src/arabic/lexicon/groups.js";
import { EVENT_NOUNS, EVENT_VERBS } from "../../../src/arabic/lexicon/events.js";
import { drawFactsSample, drawLaterDevHalves, type DrawnArticle } from "../draw.js";
import { readJsonl, type GoldFigure, type GoldFiguresLine } from "../understood.js";

const isGroupWord = (w: string): boolean => !!GROUP_NOUNS.lookup(w)?.value || GROUP_HEADS.has(w) || !!HEAD_COMPLEMENTS.lookup(w)?.value;
const isEventWord = (w: string): boolean => EVENT_NOUNS.has(w) || EVENT_VERBS.has(w);
const OTHERS = /^(?:و?ا?خرين|و?ا?خرون|ا?خران)$/;
const MEMBERSHIP = /^(?:ينتمون|ينتمي|المنتمين|منتمين|مرتبطين|المرتبطين|انتمائهم|الانتماء|بالانتماء)$/;
const SUBGROUP = /^(?:بينهم|منهم|بينها|منها)$/;
const CONDITION = /^(?:خطيره|طفيفه|متوسطه|حرجه|بليغه|خطره|خفيفه|بالغه|بالخطيره|مستقره)$/;

function setOf(a: DrawnArticle): string {
  return a.part === "any" || a.part === "event" ? `first.${a.split}` : a.part;
}

/** The configurations one label stands in, as count keys. */
function configurations(f: GoldFigure, toks: Token[]): string[] {
  const keys: string[] = [];
  const k = toks.findIndex((t) => t.end > f.start);
  if (k < 0) return keys;
  const spanToks = Math.max(1, toks.filter((t) => t.start >= f.start && t.end <= f.end).length);
  const from = toks.slice(k, k + 5).map((t) => t.norm);
  const after = toks.slice(k + spanToks, k + spanToks + 5).map((t) => t.norm);
  const before = toks.slice(Math.max(0, k - 2), k).map((t) => t.norm);
  const req = f.optional ? "optional" : "required";
  if (f.kind === "injured" && (before.some((w) => SUBGROUP.test(w)) || after.slice(0, 2).some((w) => w === "منهم" || w === "منهن")) && from.concat(after).some((w) => CONDITION.test(w))) keys.push(`condition sub-count, ${req}`);
  if (f.optional) return keys;
  const groupInPhrase = from.some(isGroupWord);
  if (f.group) keys.push("required with a group");
  if (f.group && !groupInPhrase) keys.push("group from outside the counted phrase");
  if (after.slice(0, 2).some((w) => OTHERS.test(w))) keys.push(f.group ? "«آخرين» with a group" : "«آخرين» with no group");
  if (after[0]?.startsWith("و") && isEventWord(after[0]) && after.slice(2, 4).includes("من")) keys.push(f.group ? "bare number before a joined figure, with a group" : "bare number before a joined figure, no group");
  if (after.some((w, i) => MEMBERSHIP.test(w) || (w === "يعرف" && (after[i - 1] === "مما" || after[i - 1] === "بما")))) keys.push(`membership word after it, group ${f.group ?? "none"}`);
  return keys;
}

const drawn = [...drawFactsSample(), ...drawLaterDevHalves()];
const byId = new Map<string, DrawnArticle>();
for (const a of drawn) if (!byId.has(a.id)) byId.set(a.id, a);
const counts = new Map<string, Map<string, number>>();
for (const line of readJsonl<GoldFiguresLine>("figures.jsonl")) {
  const a = byId.get(line.id);
  if (!a) continue;
  const set = counts.get(setOf(a)) ?? counts.set(setOf(a), new Map()).get(setOf(a))!;
  const toks = tokenize(a.body);
  for (const f of line.figures) {
    if (f.kind === "destroyed") continue;
    if (!f.optional) set.set("required", (set.get("required") ?? 0) + 1);
    for (const key of configurations(f, toks)) set.set(key, (set.get(key) ?? 0) + 1);
  }
}
for (const [set, c] of counts) console.log(`${set}\t${[...c].map(([k, v]) => `${k}: ${v}`).join("; ")}`);
