import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseQuery, type ParsedQuery } from "../../search/query.js";
import { capPrefixes } from "../search-engine.js";
import { tsqueryPieces, tsqueryText } from "./tsquery.js";

const FORMS = ["\u0645\u0633\u0627\u0621", "\u0645\u0633\u062c\u062f", "\u0645\u0633\u0631\u062d"];
const capped = async (q: string, forms: string[]): Promise<ParsedQuery> => (await capPrefixes(parseQuery(q), async () => [...forms, "\u0645\u0633\u0632"], forms.length)).parsed;

/** The lexemes a tsquery text names, sorted (its quoted strings). */
const lexemes = (text: string) => [...text.matchAll(/'((?:[^']|'')+)'/g)].map((m) => m[1]!).sort();

describe("tsqueryPieces", () => {
  it("splits a capped prefix into one piece a form, over the same lexemes as the whole match", async () => {
    const parsed = await capped("\u0645\u0633*", FORMS);
    const pieces = tsqueryPieces(parsed)!;
    assert.equal(pieces.length, 3);
    assert.deepEqual(lexemes(pieces.join(" | ")), lexemes(tsqueryText(parsed, false)!));
    for (const [i, p] of pieces.entries()) assert.deepEqual(lexemes(p), ["2", "4", "5"].map((code) => code + FORMS[i]!));
  });
  it("gives each piece the exclusions", async () => {
    const parsed = await capped("\u0645\u0633* -\u0642\u0645\u0629", FORMS);
    const excluded = tsqueryText(parseQuery("\u0642\u0645\u0629"), false)!;
    for (const p of tsqueryPieces(parsed)!) assert.ok(p.endsWith(` & !(${excluded})`), p);
  });
  it("leaves a query without a capped prefix, or of two clauses, whole", async () => {
    assert.equal(tsqueryPieces(parseQuery("\u0642\u0645\u0629 OR \u0645\u0633*")), null);
    assert.equal(tsqueryPieces(await capped("\u0642\u0645\u0629 \u0645\u0633*", FORMS)), null);
  });
  it("keeps the clause's other alternatives as pieces of their own", async () => {
    const parsed = await capped("\u0642\u0645\u0629 OR \u0645\u0633*", FORMS);
    const pieces = tsqueryPieces(parsed)!;
    assert.equal(pieces.length, 4);
    assert.deepEqual(lexemes(pieces.join(" | ")), lexemes(tsqueryText(parsed, false)!));
  });
});
