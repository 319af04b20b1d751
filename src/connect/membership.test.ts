import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Entity } from "../types.js";
import { isReactionTitle, loadMembershipModel, MEMBERSHIP_FEATURES, membershipFeatures, membershipLogit, parseMembershipModel, type MembershipModel } from "./membership.js";
import { StoryIndex, type StoryInput } from "./stories.js";
import { UNRELATED_BODY } from "./connect-fixtures.js";
import { figureKeys, termCounts } from "./terms.js";
import { tokenize } from "../arabic/analyze.js";

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

// The shipped model is a veto model (fitted on the candidates the hand score puts at 0.1 or more), so
// it is tested as it is used: the hand score proposes, the model may refuse. As a scorer it would be
// asked about pairs far below the hand threshold, which it never saw (the nineteenth round's model
// gives a car bomb and a hospital opening four days later, hand score 0.08, p 0.83).
const SHIPPED_AS_USED = { scorer: "hand", modelVeto: 0.1 } as const;

describe("learned story membership", () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.together ? "one story" : "two stories"}`, () => {
      const index = new StoryIndex(SHIPPED_AS_USED);
      for (const b of BACKGROUND) index.add(b);
      const a = index.add(c.first);
      const b = index.add(c.second);
      assert.equal(a.storyId === b.storyId, c.together, `${c.first.id} → ${a.storyId}, ${c.second.id} → ${b.storyId}`);
    });
  }

  it("the same cases in the other order give the same answer", () => {
    for (const c of CASES) {
      const index = new StoryIndex(SHIPPED_AS_USED);
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

  it("a reaction's title is weighed against the story by the event's words, its actor and the reaction word set aside", () => {
    // a cabinet condemns the mosque bombing in Asir; the story's titles tell the bombing, not the cabinet
    const cabinet = "\u0002مجلس الوزراء";
    const reaction = { ...article, title: vector([["مجلس", 0.4], ["وزراء", 0.4], ["يدين", 0.5], ["تفجير", 0.4], ["مسجد", 0.4], ["عسير", 0.3]]), entities: vector([[cabinet, 1]]) };
    const bombing = { ...story, title: vector([["تفجير", 0.6], ["مسجد", 0.6], ["عسير", 0.4], ["طوارئ", 0.35]]) };
    const joined = named(membershipFeatures(reaction, bombing, 0));
    assert.ok(joined.reactionEventCos! > 0.9, "the event's words alone are the bombing's");
    assert.ok(joined.reactionEventCos! > joined.titleCos! + 0.3);
    const otherEvent = named(membershipFeatures(reaction, { ...bombing, title: vector([["يدين", 0.6], ["قصف", 0.8]]) }, 0));
    assert.equal(otherEvent.reactionEventCos, 0, "another condemnation shares the reaction word only");
    assert.equal(named(membershipFeatures({ ...reaction, title: vector([["تفجير", 0.6], ["مسجد", 0.8]]) }, bombing, 0)).reactionEventCos, 0, "no reaction word: 0");
    assert.ok(isReactionTitle(vector([["تضامن", 1]])) && isReactionTitle(vector([["يستنكر", 1]])) && !isReactionTitle(vector([["تفجير", 1]])));
  });

  it("a reaction stem that names one of the article's places is no reaction (the city تعز is the stem of «تعزي»)", () => {
    const titleOf = (text: string) => vector([...termCounts(text).keys()].map((t): [string, number] => [t, 1]));
    const front = titleOf("تعز.. مقتل قياديين حوثيين خلال مواجهات");
    assert.ok(isReactionTitle(front), "without its entities the city reads as a condolence");
    assert.ok(!isReactionTitle(front, vector([["\u0001تعز", 1]])));
    assert.ok(isReactionTitle(titleOf("جامعة الوادي تعزي أسرة الفقيد"), vector([["\u0001جامعة الوادي", 1]])), "a condolence whose actor is named");
    const reaction = { ...article, title: front, entities: vector([["\u0001تعز", 1]]) };
    assert.equal(named(membershipFeatures(reaction, { ...story, title: titleOf("مقتل قياديين في غارات على تعز") }, 0)).reactionEventCos, 0);
  });

  it("an undated article has no time distances", () => {
    const f = named(membershipFeatures({ ...article, time: Number.NaN }, story, 0));
    assert.equal(f.undated, 1);
    assert.equal(f.daysOutsideSpan, 0);
    assert.equal(f.daysToMean, 0);
  });

  it("tells a series (one outlet a day, its title template again) from an event told by several outlets on the article's day", () => {
    // a daily gold-price report: one outlet, the same title words each morning
    const day = (d: number, h = 7) => Date.UTC(2024, 2, d, h);
    const template = vector([["سعر", 0.6], ["ذهب", 0.64], ["يوم", 0.48]]);
    const report = { ...article, title: template, time: day(5), source: "s1" };
    const series = { ...story, first: day(2), last: day(4), members: 3, sources: new Set(["s1"]), roster: { members: [2, 3, 4].map((d) => ({ source: "s1", time: day(d) })), title: () => template } };
    const f = named(membershipFeatures(report, series, 0.3));
    assert.ok(Math.abs(f.storyDays! - Math.log(4)) < 1e-12, "three days");
    assert.equal(f.loneDayShare, 1, "each day holds one report alone");
    assert.equal(f.topSourceShare, 1);
    assert.equal(f.sameDayMembers, 0);
    assert.ok(Math.abs(f.sourceOtherDayTitleCos! - 1) < 1e-9, "the outlet's template, another day");
    assert.ok(Math.abs(f.seriesAlone! - 1) < 1e-9);
    // an event: three outlets on the article's day; the same outlet's own report of that day is no template of another day
    const members = [
      { source: "s1", time: day(5, 5) },
      { source: "s2", time: day(5, 6) },
      { source: "s3", time: day(5, 9) },
    ];
    const event = { ...series, first: day(5, 5), last: day(5, 9), sources: new Set(["s1", "s2", "s3"]), roster: { members, title: () => template } };
    const g = named(membershipFeatures(report, event, 0.3));
    assert.equal(g.loneDayShare, 0, "one day: no series");
    assert.ok(Math.abs(g.sameDayMembers! - Math.log(4)) < 1e-12);
    assert.ok(Math.abs(g.sameDaySources! - Math.log(4)) < 1e-12);
    assert.equal(g.sourceOtherDayTitleCos, 0);
    assert.equal(g.seriesAlone, 0);
    // without a roster the story-level features are 0
    const h = named(membershipFeatures(report, story, 0.3));
    assert.deepEqual([h.storyDays, h.loneDayShare, h.sameDayMembers, h.seriesAlone], [0, 0, 0, 0]);
  });

  it("counts the names shared, and the days to the newest member when few are", () => {
    const f = named(membershipFeatures(article, story, 0));
    assert.ok(Math.abs(f.namesShared! - Math.log(2)) < 1e-12, "a is shared");
    assert.equal(f.gapFewNames, 2);
    const event = "\u0001\u0003killed:civilians";
    const g = named(membershipFeatures({ ...article, entities: vector([["a", 0.6], [event, 0.8]]) }, { ...story, entities: vector([["a", 0.6], [event, 0.8]]) }, 0));
    assert.ok(Math.abs(g.namesShared! - Math.log(2)) < 1e-12, "an event key is no name");
  });

  it("reads the event kinds of the story's members one by one, and the title's names the story lacks", () => {
    const day = (d: number, h = 7) => Date.UTC(2024, 2, d, h);
    const titleOf = (title: string) => new Map([...termCounts(title).keys()].map((t) => [t, 1]));
    // a port strike told by three outlets, then a title about the minister's visit to the same port
    const strike = ["عمال الميناء يبدأون الإضراب", "إضراب عمال الميناء يوقف تفريغ السفن", "الإضراب يشل الميناء لليوم الثاني"].map(titleOf);
    const members = [2, 3, 4].map((d, i) => ({ source: `s${i}`, time: day(d) }));
    const port = { ...story, title: titleOf("إضراب عمال الميناء"), entities: vector([["\u0001الميناء", 1]]), roster: { members, title: (i: number) => strike[i]! } };
    const visit = { ...article, title: titleOf("الوزير يزور الميناء ويلتقي العمال"), entities: vector([["\u0001الميناء", 0.6], ["\u0001الوزير", 0.8]]) };
    const apart = named(membershipFeatures(visit, port, 0));
    assert.equal(apart.memberKindShare, 0, "no member tells a meeting");
    assert.equal(apart.titleNamesUnseen, 0.5, "the minister is new, the port is not");
    const again = named(membershipFeatures({ ...visit, title: titleOf("استمرار إضراب عمال الميناء"), entities: vector([["\u0001الميناء", 1]]) }, port, 0));
    assert.equal(again.memberKindShare, 1, "each member tells a strike");
    assert.equal(again.titleNamesUnseen, 0);
    assert.equal(named(membershipFeatures({ ...visit, title: titleOf("الميناء") }, port, 0)).memberKindShare, 0, "a title with no event word");
    assert.equal(named(membershipFeatures(visit, story, 0)).memberKindShare, 0, "no roster");
  });

  it("reads a quote told again with another value, and how many days on (figureNearMiss, nearMissGap)", () => {
    const figuresOf = (text: string) => vector(figureKeys(tokenize(text)).map((k): [string, number] => ["\u0002" + k, 1]));
    const cases: { name: string; article: string; story: string; share: number }[] = [
      { name: "gold's next session", article: "الذهب يهبط إلى 1309.93 دولار للأوقية", story: "الذهب يصعد إلى 1314.55 دولار للأوقية", share: 1 },
      { name: "the same quote", article: "الذهب عند 1314.55 دولار للأوقية", story: "الذهب يصعد إلى 1314.55 دولار للأوقية", share: 0 },
      { name: "another quantity", article: "النفط عند 75.65 دولار للبرميل", story: "الذهب يصعد إلى 1314.55 دولار للأوقية", share: 0 },
      { name: "the Arabic decimal separator", article: "الذهب يهبط إلى ١٣٠٩٫٩٣ دولار", story: "الذهب يصعد إلى 1314.55 دولار", share: 1 },
      { name: "years are no quotes", article: "موازنة عام 2018 أعلى من 2017", story: "موازنة عام 2017", share: 0 },
      { name: "small whole counts are no quotes", article: "مقتل 12 شخصا", story: "مقتل 13 شخصا", share: 0 },
      { name: "whole numbers are no quotes (a toll updated)", article: "ارتفاع حصيلة الضحايا إلى 205 قتلى", story: "مقتل 200 شخص في الفيضانات", share: 0 },
      { name: "one quote moved, one kept", article: "الذهب عند 1309.93 والنفط عند 75.65", story: "الذهب عند 1314.55 والنفط عند 75.65", share: 0.5 },
    ];
    for (const c of cases) {
      const f = named(membershipFeatures({ ...article, figures: figuresOf(c.article) }, { ...story, figures: figuresOf(c.story) }, 0));
      assert.equal(f.figureNearMiss, c.share, c.name);
      // the article is two days past the story's newest member
      assert.equal(f.nearMissGap, 2 * c.share, c.name);
    }
    const sameDay = named(membershipFeatures({ ...article, time: story.last, figures: figuresOf(cases[0]!.article) }, { ...story, figures: figuresOf(cases[0]!.story) }, 0));
    assert.deepEqual([sameDay.figureNearMiss, sameDay.nearMissGap], [1, 0], "the same session's quotes move too: no gap");
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
