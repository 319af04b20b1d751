import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseQuery } from "../../search/query.js";
import { rankPhrases } from "./tsquery.js";
import { bm25Sql, idf } from "./bm25.js";

// «أمطار غزيرة في الرياض»: a phrase a word (and more for the words' other readings)
const PHRASES = rankPhrases(parseQuery("\u0623\u0645\u0637\u0627\u0631 \u063a\u0632\u064a\u0631\u0629 \u0627\u0644\u0631\u064a\u0627\u0636"));

describe("bm25Sql", () => {
  it("gives one text for a query's shape whatever the statistics (a prepared statement serves them all)", () => {
    const small = bm25Sql(PHRASES, { documents: 4_000, tokens: 1_600_000, frequencies: [40, 12, 900] });
    const large = bm25Sql(PHRASES, { documents: 100_000, tokens: 41_000_000, frequencies: [2_000, 300, 30_000] });
    assert.equal(small.score, large.score);
    assert.equal(small.tfColumns, large.tfColumns);
    assert.notDeepEqual(small.scoreParams, large.scoreParams);
  });
  it("passes each phrase's IDF and the mean length, in the order of the score's placeholders", () => {
    const frequencies = [40, 12, 900];
    const r = bm25Sql(PHRASES, { documents: 4_000, tokens: 1_600_000, frequencies });
    assert.equal((r.score.match(/\?/g) ?? []).length, r.scoreParams.length);
    // a phrase without a frequency counts as found nowhere (0)
    assert.deepEqual(r.scoreParams, PHRASES.flatMap((_, i) => [idf(4_000, frequencies[i] ?? 0), 400]));
  });
});
