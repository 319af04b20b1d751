/**
 * `npx tsx eval/entities/build-gold.ts <labels.txt> [out.json]`: turns hand labels into
 * eval/entities/gold.json, or into out.json (the FRESH half: fresh-labels.txt → gold.fresh.json; FRESH2:
 * fresh2-labels.txt → gold.fresh2.json; FRESH3: fresh3-labels.txt → gold.fresh3.json; FRESH4: fresh4-labels.txt → gold.fresh4.json; FRESH5: fresh5-labels.txt → gold.fresh5.json; FRESH6: fresh6-labels.txt → gold.fresh6.json; FRESH7: fresh7-labels.txt → gold.fresh7.json; FRESH8: fresh8-labels.txt → gold.fresh8.json, with the later-ANT file present; FRESH9: /work/data/ent107/fresh9-labels.txt, outside the repository → gold.fresh9.json, likewise; FRESH10: fresh10-labels.txt → gold.fresh10.json, likewise)
 * (ids, offsets, types, canonical names; no article text).
 * - labels: `## <article id>` then one line per entity: `TYPE|canonical name|form|form…` (TYPE is
 *   PERS, ORG or LOC); a form is a name as the body writes it; `p+name` marks a form written with a
 *   fused clitic `p` that is not part of the name (ب+الرياض); `form@n` is only the n-th (from 0)
 *   whole-word occurrence, for a form that is also a plain word or another entity's name
 *   (تداول@0 for the exchange, not the word «trading»);
 * - every whole-word occurrence of a form in the body is a mention of its entity (an unmarked
 *   conjunction or preposition letter may precede it: وحماس is a mention of حماس); longer forms
 *   claim their text first, so حيران inside وادي حيران belongs to وادي حيران;
 * - a form found nowhere is an error: the labels were typed by hand and must match the text.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { drawEntityArticles, drawFresh2Articles, drawFresh3Articles, drawFresh4Articles, drawFresh5Articles, drawFresh6Articles, drawFresh7Articles, drawFresh8Articles, drawFresh9Articles, drawFresh10Articles, drawFreshArticles } from "./draw.js";

const LETTER = /[\p{L}\p{M}]/u;
const CLITIC = /[وفبلك]/;
const TYPES: Record<string, string> = { PERS: "person", ORG: "organization", LOC: "location" };

export interface GoldEntity {
  type: string;
  name: string;
  /** [start, end) offsets into the article body. */
  mentions: [number, number][];
}

export interface GoldArticle {
  id: string;
  split: "dev" | "test" | "fresh" | "fresh2" | "fresh3" | "fresh4" | "fresh5" | "fresh6" | "fresh7" | "fresh8" | "fresh9" | "fresh10";
  entities: GoldEntity[];
}

function occurrences(body: string, prefix: string, name: string): [number, number][] {
  const out: [number, number][] = [];
  const needle = prefix + name;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (end < body.length && LETTER.test(body[end]!)) continue;
    let k = at;
    if (!prefix) while (k > 0 && at - k < 2 && CLITIC.test(body[k - 1]!)) k--;
    if (k > 0 && LETTER.test(body[k - 1]!)) continue;
    out.push([at + prefix.length, end]);
  }
  return out;
}

interface Form {
  prefix: string;
  name: string;
  nth: number | null;
}

function parseForm(text: string): Form {
  const [form, nth] = text.split("@") as [string, string | undefined];
  const [prefix, name] = form.includes("+") ? (form.split("+") as [string, string]) : ["", form];
  return { prefix, name, nth: nth === undefined ? null : Number(nth) };
}

function build(labelsPath: string): GoldArticle[] {
  const articles = new Map([...drawEntityArticles(), ...drawFreshArticles(), ...drawFresh2Articles(), ...drawFresh3Articles(), ...drawFresh4Articles(), ...drawFresh5Articles(), ...drawFresh6Articles(), ...drawFresh7Articles(), ...drawFresh8Articles(), ...drawFresh9Articles(), ...drawFresh10Articles()].map((a) => [a.id, a]));
  const blocks = readFileSync(labelsPath, "utf8").split(/^## /m).slice(1);
  const gold: GoldArticle[] = [];
  const problems: string[] = [];
  for (const block of blocks) {
    const [head, ...lines] = block.split("\n");
    const id = head!.trim();
    const article = articles.get(id);
    if (!article) throw new Error(`build-gold: ${id} is not a drawn article`);
    const entities: (GoldEntity & { forms: Form[] })[] = lines
      .filter((l) => l.includes("|"))
      .map((l) => {
        const [type, name, ...forms] = l.split("|").map((x) => x.trim());
        if (!TYPES[type!]) throw new Error(`build-gold: ${id}: unknown type ${type}`);
        return { type: TYPES[type!]!, name: name!, mentions: [], forms: forms.map(parseForm) };
      });
    const claimed: [number, number][] = [];
    const all = entities.flatMap((e) => e.forms.map((f) => ({ e, f }))).sort((a, b) => b.f.prefix.length + b.f.name.length - (a.f.prefix.length + a.f.name.length));
    for (const { e, f } of all) {
      const every = occurrences(article.body, f.prefix, f.name);
      const found = f.nth === null ? every : every.slice(f.nth, f.nth + 1);
      if (!found.length) problems.push(`${id}: "${f.prefix}${f.name}" not in the body`);
      for (const m of found) {
        if (claimed.some(([s, t]) => m[0] < t && s < m[1])) continue;
        claimed.push(m);
        e.mentions.push(m);
      }
    }
    for (const e of entities) e.mentions.sort((a, b) => a[0] - b[0]);
    gold.push({ id, split: article.split, entities: entities.map(({ type, name, mentions }) => ({ type, name, mentions })) });
  }
  if (problems.length) throw new Error(`build-gold:\n${problems.join("\n")}`);
  return gold;
}

const gold = build(process.argv[2]!);
writeFileSync(process.argv[3] ?? new URL("gold.json", import.meta.url), JSON.stringify({ about: "Hand-labelled entities of the drawn articles (draw.ts): ids, body offsets, types, canonical names; no article text.", articles: gold }, null, 1) + "\n");
console.log(`${gold.length} articles, ${gold.reduce((a, g) => a + g.entities.length, 0)} entities, ${gold.reduce((a, g) => a + g.entities.reduce((b, e) => b + e.mentions.length, 0), 0)} mentions`);
