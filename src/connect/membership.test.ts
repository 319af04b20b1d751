import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Entity } from "../types.js";
import { loadMembershipModel, MEMBERSHIP_FEATURES, membershipFeatures, membershipLogit, parseMembershipModel, type MembershipModel } from "./membership.js";
import { StoryIndex, type StoryInput } from "./stories.js";
import { UNRELATED_BODY } from "./connect-fixtures.js";

const place = (name: string): Entity => ({ name, type: "location", mentions: [name], aliases: [] });
const person = (name: string): Entity => ({ name, type: "person", mentions: [name], aliases: [] });

function item(id: string, source: string, publishedAt: string, title: string, body: string, entities: Entity[]): StoryInput {
  return { id, title, body, source, publishedAt, entities };
}

/** Other news of the same days, so that frequencies are not those of two articles alone. */
const BACKGROUND: StoryInput[] = [
  item("bg-bank", "الاقتصادية", "2024-03-04T06:00:00Z", "البنك المركزي يرفع سعر الفائدة ربع نقطة", UNRELATED_BODY, []),
  item("bg-book", "صحيفة الوادي", "2024-03-04T09:00:00Z", "افتتاح معرض الكتاب السنوي بمشاركة أربعين دار نشر", "افتتح محافظ الإقليم معرض الكتاب السنوي في قاعة المدينة بمشاركة أربعين دار نشر عربية، ويستمر المعرض عشرة أيام.", []),
  item("bg-match", "موقع الساحل", "2024-03-04T20:00:00Z", "نادي الشباب يفوز على الساحل بهدفين", "فاز نادي الشباب على ضيفه نادي الساحل بهدفين نظيفين في بطولة الدوري المحلي، وتصدر الترتيب بفارق نقطتين.", []),
];

interface Case {
  name: string;
  first: StoryInput;
  second: StoryInput;
  together: boolean;
}

const CASES: Case[] = [
  {
    name: "one car bomb in Mosul told by two outlets",
    first: item("mosul-bomb-a", "وكالة الأنباء", "2024-03-05T08:00:00Z", "مقتل 12 شخصا بانفجار سيارة مفخخة في سوق بالموصل", "قتل 12 شخصا وأصيب 30 آخرون بانفجار سيارة مفخخة في سوق شعبي وسط مدينة الموصل صباح الثلاثاء. وقالت الشرطة إن السيارة كانت متوقفة قرب مدخل السوق المزدحم بالمتسوقين، وإن فرق الإسعاف نقلت الجرحى إلى مستشفى الجمهوري.", [place("الموصل")]),
    second: item("mosul-bomb-b", "قناة الخبر", "2024-03-05T11:00:00Z", "تفجير سيارة مفخخة يودي بحياة 12 في سوق شعبي بالموصل", "أودى تفجير سيارة مفخخة بحياة 12 شخصا وإصابة 30 في سوق شعبي بمدينة الموصل. وذكر مصدر في الشرطة أن الانفجار وقع عند مدخل السوق في ساعة الذروة، ونقل المصابون إلى مستشفى الجمهوري.", [place("الموصل")]),
    together: true,
  },
  {
    name: "one port strike in Basra told by two outlets",
    first: item("basra-port-a", "وكالة الأنباء", "2024-03-06T07:00:00Z", "عمال ميناء أم قصر في البصرة يبدأون إضرابا عن العمل", "بدأ مئات العمال في ميناء أم قصر بمحافظة البصرة إضرابا مفتوحا عن العمل للمطالبة بتثبيتهم على الملاك الدائم وصرف رواتبهم المتأخرة منذ ثلاثة أشهر. وتوقفت عمليات تفريغ السفن في أرصفة الميناء.", [place("البصرة"), place("أم قصر")]),
    second: item("basra-port-b", "قناة الخبر", "2024-03-06T13:00:00Z", "إضراب عمال ميناء أم قصر يوقف تفريغ السفن في البصرة", "توقف تفريغ السفن في ميناء أم قصر بالبصرة بعد أن أضرب العمال عن العمل مطالبين بصرف رواتبهم المتأخرة منذ ثلاثة أشهر وتثبيتهم على الملاك الدائم، فيما دعت إدارة الميناء إلى الحوار.", [place("البصرة"), place("أم قصر")]),
    together: true,
  },
  {
    name: "Mosul: a car bomb, then a hospital opening four days later",
    first: item("mosul-bomb-c", "وكالة الأنباء", "2024-03-05T08:30:00Z", "مقتل 12 شخصا بانفجار سيارة مفخخة في سوق بالموصل", "قتل 12 شخصا وأصيب 30 آخرون بانفجار سيارة مفخخة في سوق شعبي وسط مدينة الموصل صباح الثلاثاء، وقالت الشرطة إن السيارة كانت متوقفة قرب مدخل السوق.", [place("الموصل")]),
    second: item("mosul-hospital", "قناة الخبر", "2024-03-09T10:00:00Z", "افتتاح مستشفى جديد للأطفال في الموصل بسعة 200 سرير", "افتتح وزير الصحة مستشفى جديدا للأطفال في مدينة الموصل بسعة 200 سرير، ويضم المستشفى أقساما للعناية المركزة وحديثي الولادة وعيادات استشارية، بتمويل من منحة دولية.", [place("الموصل"), person("وزير الصحة")]),
    together: false,
  },
  {
    name: "Basra: the port workers' strike, then a teachers' strike a week later",
    first: item("basra-port-c", "وكالة الأنباء", "2024-03-06T07:30:00Z", "عمال ميناء أم قصر في البصرة يبدأون إضرابا عن العمل", "بدأ مئات العمال في ميناء أم قصر بمحافظة البصرة إضرابا مفتوحا عن العمل للمطالبة بتثبيتهم وصرف رواتبهم المتأخرة منذ ثلاثة أشهر، وتوقفت عمليات تفريغ السفن.", [place("البصرة"), place("أم قصر")]),
    second: item("basra-teachers", "قناة الخبر", "2024-03-13T08:00:00Z", "المعلمون في البصرة يضربون عن الدوام احتجاجا على قانون التقاعد", "أضرب المعلمون في مدارس محافظة البصرة عن الدوام احتجاجا على تعديلات قانون التقاعد، وأغلقت 450 مدرسة أبوابها، وطالبت نقابة المعلمين البرلمان بسحب التعديلات.", [place("البصرة")]),
    together: false,
  },
];

describe("learned story membership", () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.together ? "one story" : "two stories"}`, () => {
      const index = new StoryIndex({ scorer: "learned" });
      for (const b of BACKGROUND) index.add(b);
      const a = index.add(c.first);
      const b = index.add(c.second);
      assert.equal(a.storyId === b.storyId, c.together, `${c.first.id} → ${a.storyId}, ${c.second.id} → ${b.storyId}`);
    });
  }

  it("the same cases in the other order give the same answer", () => {
    for (const c of CASES) {
      const index = new StoryIndex({ scorer: "learned" });
      for (const b of BACKGROUND) index.add(b);
      index.add(c.second);
      index.add(c.first);
      index.repair();
      assert.equal(index.storyOf(c.first.id) === index.storyOf(c.second.id), c.together, c.name);
    }
  });
});

describe("membership features", () => {
  const vector = (entries: [string, number][]) => new Map(entries);
  const article = { title: vector([["سيل", 1]]), body: vector([["سيل", 0.6], ["واح", 0.8]]), entities: vector([["a", 0.6], ["b", 0.8]]), figures: vector([["12", 1]]), time: Date.UTC(2024, 2, 5), source: "s1" };
  const story = { title: vector([["سيل", 1]]), body: vector([["واح", 1]]), entities: vector([["a", 1]]), figures: new Map<string, number>(), first: Date.UTC(2024, 2, 1), last: Date.UTC(2024, 2, 3), mean: Date.UTC(2024, 2, 2), members: 3, sources: new Set(["s1"]) };
  const named = (x: number[]) => Object.fromEntries(MEMBERSHIP_FEATURES.map((n, i) => [n, x[i]]));

  it("measures cosines, unseen entity and figure weight, days and the outlet", () => {
    const f = named(membershipFeatures(article, story, 0.5));
    assert.equal(f.titleCos, 1);
    assert.ok(Math.abs(f.bodyCos! - 0.8) < 1e-12);
    assert.ok(Math.abs(f.entityUnseen! - 0.64) < 1e-12, "b (0.8²) is new to the story");
    assert.equal(f.figureUnseen, 1);
    assert.equal(f.daysOutsideSpan, 2);
    assert.equal(f.daysToMean, 3);
    assert.equal(f.spanDays, 2);
    assert.equal(f.sameSource, 1);
    assert.equal(f.undated, 0);
    assert.equal(f.handScore, 0.5);
  });

  it("sets the shared name aside: event kinds and the rest of the titles", () => {
    // one city (its name a title term and an entity), a protest against a vote four days on
    const city = "\u0001البصره";
    const protest = { ...article, title: vector([["بصر", 0.6], ["متظاهر", 0.8]]), entities: vector([[city, 1]]), time: Date.UTC(2024, 2, 7) };
    const vote = { ...story, title: vector([["بصر", 0.6], ["انتخاب", 0.64], ["ناخب", 0.48]]), entities: vector([[city, 1]]) };
    const apart = named(membershipFeatures(protest, vote, 0));
    assert.ok(apart.titleCos! > 0.3, "the city alone makes the titles alike");
    assert.equal(apart.titleResidualCos, 0);
    assert.equal(apart.eventKindCos, 0);
    assert.equal(apart.eventKindUnknown, 0);
    assert.equal(apart.gapUnlikeEvent, 4);
    const sameEvent = named(membershipFeatures(protest, { ...vote, title: vector([["بصر", 0.6], ["متظاهر", 0.48], ["مظاهر", 0.64]]) }, 0));
    assert.ok(Math.abs(sameEvent.eventKindCos! - 1) < 1e-12);
    assert.ok(sameEvent.titleResidualCos! > 0.5);
    assert.equal(sameEvent.gapUnlikeEvent, 0);
    assert.equal(named(membershipFeatures(article, story, 0)).eventKindUnknown, 1, "سيل names no kind");
  });

  it("an undated article has no time distances", () => {
    const f = named(membershipFeatures({ ...article, time: Number.NaN }, story, 0));
    assert.equal(f.undated, 1);
    assert.equal(f.daysOutsideSpan, 0);
    assert.equal(f.daysToMean, 0);
  });

  it("the shipped model names the features this code computes", () => {
    assert.deepEqual(loadMembershipModel().features, [...MEMBERSHIP_FEATURES]);
    const json = JSON.stringify({ ...loadMembershipModel(), features: ["titleCos"] });
    assert.throws(() => parseMembershipModel(json), /retrain/);
  });

  it("adds the trees' leaves to the regression's log-odds", () => {
    const n = MEMBERSHIP_FEATURES.length;
    const model: MembershipModel = {
      features: [...MEMBERSHIP_FEATURES],
      mean: new Array<number>(n).fill(0),
      scale: new Array<number>(n).fill(1),
      weights: [2, ...new Array<number>(n - 1).fill(0)],
      bias: -1,
      trees: [{ feature: 1, threshold: 0.5, low: { value: -0.25 }, high: { feature: 0, threshold: 0.9, low: { value: 0.5 }, high: { value: 1 } } }],
      joinProbability: 0.5,
    };
    const x = (title: number, body: number) => [title, body, ...new Array<number>(n - 2).fill(0)];
    assert.equal(membershipLogit(model, x(0.5, 0.2)), -1 + 1 - 0.25);
    assert.equal(membershipLogit(model, x(0.5, 0.8)), -1 + 1 + 0.5);
    assert.equal(membershipLogit(model, x(1, 0.8)), -1 + 2 + 1);
  });
});
