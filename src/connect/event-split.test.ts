import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { seededRandom, seededShuffle } from "../seeded-random.js";
import { findEventSplit, type EventMember } from "./event-split.js";
import { termCounts, topNormalized, type TermVector } from "./terms.js";
import { StoryIndex, type StoryInput, type StoryOptions } from "./stories.js";
import type { Entity } from "../types.js";

const unit = (keys: readonly string[]): TermVector => topNormalized(new Map(keys.map((k) => [k, 1])), 100);

/** A member from a composed title, the people or bodies it tells and the places it names. */
function member(id: string, hour: number, title: string, actors: string[], places: string[], figures: string[] = []): EventMember {
  const placeWords = new Set(places.flatMap((p) => [...termCounts(p).keys()]));
  return { id, time: Date.UTC(2024, 2, 5, hour), title: topNormalized(termCounts(title), 100), placeWords, actors: unit(actors), places: unit(places), figures: unit(figures) };
}

const CITY = "الواحة الشمالية";
const FLOOD = [
  member("f1", 1, "سيول جارفة تضرب الواحة الشمالية", ["الدفاع المدني"], [CITY], ["killed:"]),
  member("f2", 3, "ارتفاع ضحايا السيول في الواحة الشمالية", ["الدفاع المدني"], [CITY], ["killed:"]),
  member("f3", 7, "الدفاع المدني ينتشل ضحايا السيول في الواحة الشمالية", ["الدفاع المدني"], [CITY, "وادي الرمال"], ["killed:"]),
  member("f4", 9, "فيضانات الواحة الشمالية: إجلاء الأسر من الأحياء المنخفضة", ["الدفاع المدني"], [CITY]),
];
const VOTE = [
  member("v1", 2, "انتخابات بلدية في الواحة الشمالية", ["لجنة الانتخابات", "أحمد سالم"], [CITY]),
  member("v2", 5, "مرشحون يتنافسون على مقاعد المجلس البلدي في الواحة الشمالية", ["أحمد سالم"], [CITY]),
  member("v3", 8, "لجنة الانتخابات تعلن نتائج الاقتراع في الواحة الشمالية", ["لجنة الانتخابات"], [CITY]),
];

describe("event split", () => {
  it("parts two events of one place (a flood and an election in one city), the earliest member's part staying", () => {
    const split = findEventSplit([...FLOOD, ...VOTE]);
    assert.ok(split, "split");
    assert.deepEqual(split.keep, ["f1", "f2", "f3", "f4"]);
    assert.deepEqual(split.leave, ["v1", "v2", "v3"]);
    assert.ok(split.placeCosine > 0.9, `one place: ${split.placeCosine}`);
  });

  it("gives the same split whatever the order of the members", () => {
    const members = [...FLOOD, ...VOTE];
    const expected = findEventSplit(members);
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seededRandom(seed);
      const shuffled = [...members].sort(() => random() - 0.5);
      assert.deepEqual(findEventSplit(shuffled), expected, `order ${seed}`);
    }
  });

  it("leaves one event told seven times alone", () => {
    const more = [
      member("f5", 10, "السيول تقطع الطرق في الواحة الشمالية", ["الدفاع المدني"], [CITY]),
      member("f6", 11, "الدفاع المدني: البحث عن مفقودي السيول مستمر في الواحة الشمالية", ["الدفاع المدني"], [CITY], ["missing:"]),
      member("f7", 12, "ضحايا السيول في الواحة الشمالية يرتفعون", ["الدفاع المدني"], [CITY], ["killed:"]),
    ];
    assert.equal(findEventSplit([...FLOOD, ...more]), null);
  });

  it("leaves two events that share no place to split.ts (their words already tell them apart)", () => {
    const elsewhere = VOTE.map((m) => ({ ...m, places: unit(["الساحل الجنوبي"]), placeWords: new Set([...termCounts("الساحل الجنوبي").keys()]) }));
    assert.equal(findEventSplit([...FLOOD, ...elsewhere]), null);
  });

  it("seeded by kinds, parts the members by the two event kinds most of them tell", () => {
    const gaza = "غزة";
    const strikes = [
      member("s1", 1, "غارات إسرائيلية على غزة", ["الجيش الإسرائيلي"], [gaza]),
      member("s2", 4, "قصف مواقع في غزة", ["الجيش الإسرائيلي"], [gaza]),
      member("s3", 6, "غارة جديدة تستهدف غزة", ["الجيش الإسرائيلي"], [gaza]),
    ];
    const marches = [
      member("m1", 2, "مسيرات العودة تتواصل في غزة", ["الهيئة الوطنية"], [gaza]),
      member("m2", 3, "آلاف المتظاهرين على حدود غزة", ["الهيئة الوطنية"], [gaza]),
      member("m3", 5, "مظاهرة جديدة في غزة", ["الهيئة الوطنية"], [gaza]),
    ];
    const split = findEventSplit([...marches, ...strikes], { seeds: "kinds" });
    assert.deepEqual(split && [split.keep, split.leave], [["s1", "s2", "s3"], ["m1", "m2", "m3"]]);
    // one kind alone told by three members: no seeds, no split
    assert.equal(findEventSplit([...strikes, ...marches.map((m) => ({ ...m, title: topNormalized(termCounts("آلاف على حدود غزة"), 100) }))], { seeds: "kinds" }), null);
  });

  it("needs minPart members on each side", () => {
    assert.equal(findEventSplit([...FLOOD, ...VOTE.slice(0, 2)]), null);
    assert.equal(findEventSplit([...FLOOD.slice(0, 2), ...VOTE]), null);
    assert.equal(findEventSplit([]), null);
  });
});

const place = (name: string): Entity => ({ type: "location", name, mentions: [name], aliases: [] });
const organization = (name: string): Entity => ({ type: "organization", name, mentions: [name], aliases: [] });
const person = (name: string): Entity => ({ type: "person", name, mentions: [name], aliases: [] });

// the city told the same way in every article: what bridges the two events' stories
const CITY_PARAGRAPH =
  "وتقع مدينة الواحة الشمالية على ضفاف وادي الرمال شمال الإقليم، ويبلغ عدد سكانها نحو مئتي ألف نسمة يعمل معظمهم في الزراعة والتجارة، وتضم السوق القديم والمستشفى المركزي وعددا من المدارس.";

function storyArticle(id: string, hour: number, source: string, title: string, lead: string, entities: Entity[]): StoryInput {
  return { id, title, body: `${lead}\n\n${CITY_PARAGRAPH}`, source, publishedAt: new Date(Date.UTC(2024, 2, 5, hour)).toISOString(), entities: [place(CITY), ...entities] };
}

/** A flood and a municipal election in one city on one day, each told by four outlets. */
function oneCityTwoEvents(): StoryInput[] {
  const civil = organization("الدفاع المدني");
  const committee = organization("لجنة الانتخابات");
  const candidate = person("أحمد سالم");
  return [
    storyArticle("flood-a", 1, "s1", "سيول جارفة تضرب الواحة الشمالية", "ضربت سيول جارفة مدينة الواحة الشمالية فجر الثلاثاء بعد أمطار غزيرة، وغمرت المياه الأحياء المنخفضة.", [civil]),
    storyArticle("vote-a", 2, "s2", "انتخابات بلدية في الواحة الشمالية", "بدأ الناخبون في مدينة الواحة الشمالية الإدلاء بأصواتهم في انتخابات المجلس البلدي صباح الثلاثاء.", [committee]),
    storyArticle("flood-b", 3, "s3", "ارتفاع ضحايا السيول في الواحة الشمالية", "ارتفع عدد ضحايا السيول التي اجتاحت مدينة الواحة الشمالية، وقال الدفاع المدني إن البحث جار عن مفقودين.", [civil]),
    storyArticle("vote-b", 4, "s4", "مرشحون يتنافسون على مقاعد المجلس البلدي في الواحة الشمالية", "يتنافس المرشحون على مقاعد المجلس البلدي في مدينة الواحة الشمالية، ومنهم أحمد سالم.", [candidate, committee]),
    storyArticle("flood-c", 5, "s2", "الدفاع المدني ينتشل ضحايا السيول في الواحة الشمالية", "انتشلت فرق الدفاع المدني جثث ضحايا السيول في مدينة الواحة الشمالية وأجلت الأسر من الأحياء المنخفضة.", [civil]),
    storyArticle("vote-c", 6, "s1", "لجنة الانتخابات تعلن نتائج الاقتراع في الواحة الشمالية", "أعلنت لجنة الانتخابات نتائج الاقتراع في مدينة الواحة الشمالية وفوز أحمد سالم برئاسة المجلس البلدي.", [candidate, committee]),
    storyArticle("flood-d", 7, "s4", "فيضانات الواحة الشمالية: إجلاء الأسر من الأحياء المنخفضة", "أجلت السلطات الأسر من الأحياء المنخفضة في مدينة الواحة الشمالية بعد فيضانات السيول.", [civil]),
    storyArticle("vote-d", 8, "s3", "فوز أحمد سالم في انتخابات الواحة الشمالية", "فاز أحمد سالم برئاسة المجلس البلدي في انتخابات مدينة الواحة الشمالية بحسب لجنة الانتخابات.", [candidate, committee]),
  ];
}

const HAND: Partial<StoryOptions> = { scorer: "hand" };
// no guard: in these articles every member shares the city's paragraph, so each would join the other event's part on its own
const SPLIT: Partial<StoryOptions> = { ...HAND, eventSplit: 0.2, eventSplitGuard: 1 };

/** Article → story id after adding `items` in this order and repairing. */
function storiesOf(items: readonly StoryInput[], options: Partial<StoryOptions>): Map<string, string> {
  const index = new StoryIndex(options);
  for (const item of items) index.add(item);
  index.repair();
  return new Map([...items].sort((a, b) => (a.id < b.id ? -1 : 1)).map((a) => [a.id, index.storyOf(a.id)!]));
}

describe("the repair's event split (StoryIndex eventSplit)", () => {
  it("parts a flood and an election that the city's paragraph chained into one story", () => {
    const items = oneCityTwoEvents();
    const off = storiesOf(items, HAND);
    assert.equal(new Set(off.values()).size, 1, "without the split the city's paragraph joins them");
    const on = storiesOf(items, SPLIT);
    for (const id of on.keys()) assert.equal(on.get(id), id.startsWith("flood") ? "story-flood-a" : "story-vote-a", id);
  });

  it("gives the same stories and ids in any arrival order", () => {
    const items = oneCityTwoEvents();
    const expected = storiesOf(items, SPLIT);
    assert.equal(new Set(expected.values()).size, 2);
    for (const seed of [1, 2, 3, 4, 5]) assert.deepEqual(storiesOf(seededShuffle(items, seed), SPLIT), expected, `order ${seed}`);
  });

  it("keeps the story whole when each part's members would join the other part on their own (the guard)", () => {
    const guarded = storiesOf(oneCityTwoEvents(), { ...HAND, eventSplit: 0.2, eventSplitGuard: 0.18 });
    assert.equal(new Set(guarded.values()).size, 1);
  });

  it("keeps a copy with its original's part", () => {
    const items = oneCityTwoEvents();
    const index = new StoryIndex(SPLIT);
    for (const item of items) index.add(item);
    index.addToStory({ ...items[3]!, id: "vote-b-copy", source: "s5" }, index.storyOf("vote-b")!, "vote-b");
    index.repair();
    assert.equal(index.storyOf("vote-b-copy"), "story-vote-a");
  });
});
