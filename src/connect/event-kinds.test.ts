import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { eventKinds } from "./event-kinds.js";
import { termCounts, type TermVector } from "./terms.js";

/** A title's terms, each of weight 1 (the kinds only sum the weights). */
function titleVector(title: string): TermVector {
  return new Map([...termCounts(title).keys()].map((t) => [t, 1]));
}

const strongest = (v: TermVector): string | undefined => [...v].sort((a, b) => b[1] - a[1])[0]?.[0];

describe("event kinds of a title", () => {
  it("reads the event of a title whatever its proclitics and plural", () => {
    assert.equal(strongest(eventKinds(titleVector("آلاف المتظاهرين في البصرة يطالبون بالخدمات"))), "protest");
    assert.equal(strongest(eventKinds(titleVector("والمظاهرات تتواصل في البصرة لليوم الثالث"))), "protest");
    assert.equal(strongest(eventKinds(titleVector("الناخبون في البصرة يدلون بأصواتهم في الانتخابات البرلمانية"))), "vote");
    assert.equal(strongest(eventKinds(titleVector("غارات جوية على مواقع قرب البصرة"))), "airstrike");
  });

  it("tells two events of one city apart and one event told twice alike", () => {
    const protest = eventKinds(titleVector("آلاف المتظاهرين في البصرة يطالبون بالخدمات"));
    const protestAgain = eventKinds(titleVector("تظاهرة حاشدة وسط البصرة احتجاجا على انقطاع الكهرباء"));
    const vote = eventKinds(titleVector("فرز الأصوات في البصرة بعد انتهاء الاقتراع"));
    const dot = (a: TermVector, b: TermVector): number => [...a].reduce((s, [k, w]) => s + w * (b.get(k) ?? 0), 0);
    assert.ok(dot(protest, protestAgain) > 0.9);
    assert.equal(dot(protest, vote), 0);
  });

  it("is empty for a title that names no event, and unit length otherwise", () => {
    assert.equal(eventKinds(titleVector("البصرة مدينة النخيل")).size, 0);
    const kinds = eventKinds(titleVector("محادثات ووقف إطلاق نار بعد قصف مدفعي"));
    const norm = Math.sqrt([...kinds.values()].reduce((s, w) => s + w * w, 0));
    assert.ok(Math.abs(norm - 1) < 1e-9);
  });
});
