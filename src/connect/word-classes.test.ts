import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../arabic/analyze.js";
import { dot, type TermVector } from "./terms.js";
import { classCosine, classVector, stemClasses } from "./word-classes.js";

/** A title as the connector's title vector (stems of the non-stopwords, equal weights, unit norm). */
function titleVector(title: string): TermVector {
  const stems = tokenize(title).filter((t) => !t.isStopword).map((t) => t.stem);
  const v = new Map<string, number>();
  for (const s of stems) v.set(s, (v.get(s) ?? 0) + 1);
  const norm = Math.sqrt([...v.values()].reduce((a, w) => a + w * w, 0));
  for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

describe("word classes of title terms", () => {
  it("gives stems the tagger's classes", () => {
    const classes = stemClasses();
    assert.ok(classes.size > 10_000);
    const stem = (w: string) => tokenize(w)[0]!.stem;
    // a win and a defeat are told in one sports class
    assert.equal(classes.get(stem("فوز")), classes.get(stem("هزيمة")));
  });

  it("scores one event told in other words above the shared stems alone", () => {
    const a = titleVector("فوز النادي الأهلي في المباراة");
    const b = titleVector("هزيمة الفريق الضيف أمام النادي الأهلي");
    assert.ok(classCosine(a, b) > dot(a, b) + 0.1, `${classCosine(a, b)} vs ${dot(a, b)}`);
  });

  it("is a unit vector, and leaves out the skipped terms", () => {
    const a = titleVector("مظاهرات في المدينة القديمة");
    const v = classVector(a);
    assert.ok(Math.abs(dot(v, v) - 1) < 1e-9);
    const skip = new Set(tokenize("المدينة القديمة").map((t) => t.stem));
    const b = titleVector("غارة على المدينة القديمة");
    assert.ok(classCosine(a, b, skip) < classCosine(a, b), "without the place, a protest and a strike share less");
  });
});
