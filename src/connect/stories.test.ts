import { test } from "node:test";
import assert from "node:assert/strict";
import { leadDayKeys, speakingPlaces, StoryIndex, type StoryIndexSnapshot, type StoryOptions } from "./stories.js";
import { normalizeArabic } from "../arabic/normalize.js";
import { findDateMentions } from "../understand/dates/mentions.js";
import { MEMBERSHIP_FEATURES, type MembershipModel, type ReactionModel } from "./membership.js";
import { buildStoryRecord } from "./story-record.js";
import { matchScoreKeys } from "./match-score.js";
import { article, floodStory, rewrittenFloodBody, UNRELATED_BODY } from "./connect-fixtures.js";

function input(id: string, a: ReturnType<typeof article>) {
  return { id, title: a.title, body: a.body, source: a.source.name, publishedAt: a.publishedAt, entities: a.entities };
}

/** The score with which `next` joins the story `first` opened, in a new index with `options` and any join accepted. */
function joinScore(options: Partial<StoryOptions>, first: ReturnType<typeof article>, next: ReturnType<typeof article>): number {
  const index = new StoryIndex({ ...options, joinThreshold: 0.01 });
  index.add(input("first", first));
  const joined = index.add(input("second", next));
  assert.equal(joined.kind, "joined");
  return joined.score!;
}

const place = (name: string) => ({ type: "location" as const, name, mentions: [name], aliases: [] });
const person = (name: string) => ({ type: "person" as const, name, mentions: [name], aliases: [] });

const bank = article({ title: "البنك المركزي يرفع سعر الفائدة ربع نقطة", body: UNRELATED_BODY, publishedAt: "2024-03-05T07:00:00Z", source: { name: "الاقتصادية", domain: null } });

test("articles on one event from two outlets form one story; unrelated news starts its own", () => {
  const index = new StoryIndex();
  const [w1, s1, w2] = floodStory();
  const a = index.add(input(w1!.id, w1!.article));
  const b = index.add(input("bank", bank));
  const c = index.add(input(s1!.id, s1!.article));
  const d = index.add(input(w2!.id, w2!.article));
  assert.equal(a.kind, "new");
  assert.equal(a.storyId, "story-wadi-1");
  assert.equal(b.kind, "new");
  assert.equal(c.storyId, a.storyId);
  assert.equal(d.storyId, a.storyId);
  assert.deepEqual(index.get(a.storyId)!.sources, ["صحيفة الوادي", "موقع الساحل"]);
  assert.equal(index.storyOf("bank"), "story-bank");
});

test("an article far outside the time window starts a new story", () => {
  const index = new StoryIndex();
  const [w1] = floodStory();
  index.add(input(w1!.id, w1!.article));
  const later = index.add(input("late", { ...w1!.article, publishedAt: "2024-04-20T06:00:00Z" }));
  assert.equal(later.kind, "new");
});

test("adding the same article again, or a rewritten copy, makes no new story", () => {
  const index = new StoryIndex();
  const [w1] = floodStory();
  const first = index.add(input(w1!.id, w1!.article));
  assert.equal(index.add(input(w1!.id, w1!.article)).storyId, first.storyId);
  const copy = index.add(input("copy", { ...w1!.article, body: rewrittenFloodBody(), publishedAt: "2024-03-05T12:00:00Z" }));
  assert.equal(copy.storyId, first.storyId);
  assert.equal(index.list().length, 1);
});

test("stories are deterministic for the same input order", () => {
  const run = (): unknown => {
    const index = new StoryIndex();
    for (const m of floodStory()) index.add(input(m.id, m.article));
    index.add(input("bank", bank));
    return index.list();
  };
  assert.deepEqual(run(), run());
});

test("a story where two sources disagree on the death toll shows the conflict", () => {
  const record = buildStoryRecord("story-wadi-1", floodStory());
  assert.equal(record.articleCount, 3);
  assert.equal(record.firstSeen, "2024-03-05T06:00:00Z");
  assert.deepEqual(record.sources.map((s) => [s.name, s.articles]), [["صحيفة الوادي", 2], ["موقع الساحل", 1]]);
  assert.deepEqual(record.timeline, [{ day: "2024-03-05", articles: 2, sources: 2 }, { day: "2024-03-06", articles: 1, sources: 1 }]);
  const killed = record.figures.filter((f) => f.kind === "killed");
  assert.deepEqual(killed.map((f) => [f.value, f.source]), [[12, "صحيفة الوادي"], [18, "موقع الساحل"], [21, "صحيفة الوادي"]]);
  assert.equal(record.conflicts.length, 1);
  const conflict = record.conflicts[0]!;
  assert.equal(conflict.kind, "killed");
  assert.deepEqual(conflict.figures.map((f) => f.value), [12, 18]);
  assert.equal(record.latest.find((f) => f.kind === "killed")!.value, 21);
  assert.equal(record.highest.find((f) => f.kind === "injured")!.valueMax, 99);
  // the two spellings of one place count as one entity
  assert.deepEqual(record.mainEntities.map((e) => [e.name, e.articles]), [["الواحة الشمالية", 2]]);
  assert.equal(record.quotes.length, 1);
});

test("figures that agree, or overlap as ranges, are no conflict", () => {
  const [w1, s1] = floodStory();
  const agree = { ...s1!, article: { ...s1!.article, facts: [{ ...w1!.article.facts[0]! }] } };
  assert.equal(buildStoryRecord("s", [w1!, agree]).conflicts.length, 0);
});

test("two outlets' counts of homes cut off from power conflict, one dated by its day only (its figures stand at noon)", () => {
  const cut = (value: number, qualifier: "about" | "more_than", text: string) => ({ kind: "other" as const, value, valueMax: null, qualifier, group: "homes without power", text, scope: { extent: "event" as const, event: null, place: null, time: null } });
  const members = [
    { id: "a", article: article({ title: "انقطاع الكهرباء عن أحياء المدينة", body: "x", publishedAt: "2024-03-05", source: { name: "صحيفة الوادي", domain: null }, facts: [cut(50_000, "more_than", "بقي أكثر من 50 ألف منزل بلا كهرباء")] }) },
    { id: "b", article: article({ title: "عطل يقطع التيار عن المدينة", body: "y", publishedAt: "2024-03-05T17:00:00Z", source: { name: "موقع الساحل", domain: null }, facts: [cut(30_000, "about", "انقطاع التيار عن نحو 30 ألف مشترك")] }) },
  ];
  const record = buildStoryRecord("s", members);
  assert.deepEqual(record.conflicts.map((c) => [c.kind, c.group, c.figures.map((f) => f.value)]), [["other", "homes without power", [50_000, 30_000]]]);
});

test("the story title comes from its most central article, whatever the member order", () => {
  const members = floodStory();
  const a = buildStoryRecord("s", members);
  const b = buildStoryRecord("s", [...members].reverse());
  assert.deepEqual(a, b);
  assert.equal(a.centralArticleId, "wadi-1");
});


test("kindWeight: a title of the story's event kind scores higher, a title of another kind lower", () => {
  const at = (hour: number): string => `2024-03-05T${String(hour).padStart(2, "0")}:00:00Z`;
  const body = "تجمع المئات أمام مبنى المحافظة في مدينة الواحة صباح اليوم ورفعوا لافتات تطالب بتحسين الخدمات وتوفير المياه والكهرباء للأحياء الشرقية.";
  const story = article({ title: "آلاف المتظاهرين في الواحة يطالبون بالخدمات", body, publishedAt: at(6), source: { name: "صحيفة الوادي", domain: null } });
  const sameKind = article({ title: "تظاهرة حاشدة وسط الواحة احتجاجا على انقطاع المياه", body, publishedAt: at(9), source: { name: "موقع الساحل", domain: null } });
  const otherKind = article({ title: "المحكمة في الواحة تقضي بسجن محافظ سابق", body, publishedAt: at(9), source: { name: "موقع الساحل", domain: null } });
  const scoreOf = (kindWeight: number, a: ReturnType<typeof article>): number => joinScore({ kindWeight }, story, a);
  assert.ok(scoreOf(0.1, sameKind) > scoreOf(0, sameKind));
  assert.ok(scoreOf(0.1, otherKind) < scoreOf(0, otherKind));
  assert.ok(Math.abs(scoreOf(0.1, sameKind) / scoreOf(0, sameKind) - 1.1) < 1e-9);
});

test("figureGate: a report with other figures scores lower, one with the same figures does not", () => {
  const at = (hour: number): string => `2024-03-05T${String(hour).padStart(2, "0")}:00:00Z`;
  const words = "أعلنت وزارة الصحة في مدينة الواحة حصيلة جديدة لضحايا انهيار المبنى السكني في حي السوق القديم";
  const story = article({ title: "حصيلة انهيار المبنى في الواحة", body: `${words}: 14 قتيلا و37 جريحا.`, publishedAt: at(6), source: { name: "صحيفة الوادي", domain: null } });
  const same = article({ title: "حصيلة انهيار المبنى في الواحة", body: `${words}: 14 قتيلا و37 جريحا.`, publishedAt: at(9), source: { name: "موقع الساحل", domain: null } });
  const other = article({ title: "حصيلة انهيار المبنى في الواحة", body: `${words}: 22 قتيلا و58 جريحا.`, publishedAt: at(9), source: { name: "موقع الساحل", domain: null } });
  const scoreOf = (figureGate: number, a: ReturnType<typeof article>): number => joinScore({ figureGate }, story, a);
  assert.ok(Math.abs(scoreOf(0.3, same) - scoreOf(0, same)) < 1e-9);
  assert.ok(Math.abs(scoreOf(0.3, other) / scoreOf(0, other) - 0.7) < 1e-9);
});

test("entityGate: a story told with other people and places scores lower; below gateCosine only", () => {
  const at = (hour: number): string => `2024-03-05T${String(hour).padStart(2, "0")}:00:00Z`;
  const body = "التقى وزير الخارجية نظيره في العاصمة اليوم وبحث الجانبان العلاقات الثنائية وسبل تعزيزها والأوضاع في المنطقة.";
  const story = article({ title: "وزير الخارجية يلتقي نظيره", body, publishedAt: at(6), source: { name: "وكالة الأنباء", domain: null }, entities: [place("برلين"), place("ألمانيا")] });
  const same = article({ title: "وزير الخارجية يلتقي نظيره", body, publishedAt: at(9), source: { name: "وكالة الأنباء", domain: null }, entities: [place("برلين"), place("ألمانيا")] });
  const partly = article({ title: "وزير الخارجية يلتقي نظيره", body, publishedAt: at(9), source: { name: "وكالة الأنباء", domain: null }, entities: [place("برلين"), place("روسيا")] });
  const other = article({ title: "وزير الخارجية يلتقي نظيره", body, publishedAt: at(9), source: { name: "وكالة الأنباء", domain: null }, entities: [place("موسكو")] });
  const scoreOf = (options: { entityGate: number; gateCosine?: number }, a: ReturnType<typeof article>): number => joinScore(options, story, a);
  assert.ok(Math.abs(scoreOf({ entityGate: 0.5 }, same) - scoreOf({ entityGate: 0 }, same)) < 1e-9);
  assert.ok(Math.abs(scoreOf({ entityGate: 0.5 }, other) / scoreOf({ entityGate: 0 }, other) - 0.5) < 1e-9);
  assert.ok(Math.abs(scoreOf({ entityGate: 0.5, gateCosine: 0.2 }, other) / scoreOf({ entityGate: 0 }, other) - 0.5) < 1e-9);
  // one place of two shared: above gateCosine 0.2 no penalty, with the linear form some
  assert.ok(Math.abs(scoreOf({ entityGate: 0.5, gateCosine: 0.2 }, partly) - scoreOf({ entityGate: 0 }, partly)) < 1e-9);
  assert.ok(scoreOf({ entityGate: 0.5 }, partly) < scoreOf({ entityGate: 0 }, partly) - 0.01);
});

test("asideWeight: entities told only aside weigh less in the entity vector; at 1 they weigh as told ones", () => {
  const at = (hour: number): string => `2024-03-05T${String(hour).padStart(2, "0")}:00:00Z`;
  const body = "التقى وزير الخارجية نظيره في العاصمة اليوم وبحث الجانبان العلاقات الثنائية وسبل تعزيزها والأوضاع في المنطقة.";
  const source = { name: "وكالة الأنباء", domain: null };
  const story = article({ title: "وزير الخارجية يلتقي نظيره", body, publishedAt: at(6), source, entities: [place("برلين")] });
  const quoted = article({ title: "وزير الخارجية يلتقي نظيره", body, publishedAt: at(9), source, entities: [place("موسكو")] });
  const scoreOf = (asideWeight: number, aside: boolean): number => {
    const index = new StoryIndex({ asideWeight, joinThreshold: 0.01 });
    index.add(input("first", story));
    const second = aside ? { ...input("second", quoted), entities: [place("برلين")], asideEntities: [place("موسكو")] } : { ...input("second", quoted), entities: [place("برلين"), place("موسكو")] };
    const joined = index.add(second);
    assert.equal(joined.kind, "joined");
    return joined.score!;
  };
  // weight 1: an aside name is an entity like any other
  assert.ok(Math.abs(scoreOf(1, true) - scoreOf(1, false)) < 1e-9);
  // a lighter aside name leaves more of the vector to the shared place
  assert.ok(scoreOf(0.5, true) > scoreOf(1, true) + 0.01);
  assert.ok(scoreOf(0, true) > scoreOf(0.5, true));
});

test("modelVeto: the hand score's join is refused when the membership model finds the pair unlikely, kept when likely", () => {
  // a model whose probability is its bias alone: σ(−6) ≈ 0.0025, σ(6) ≈ 0.9975
  const flat = (bias: number): MembershipModel => ({ features: [...MEMBERSHIP_FEATURES], mean: MEMBERSHIP_FEATURES.map(() => 0), scale: MEMBERSHIP_FEATURES.map(() => 1), weights: MEMBERSHIP_FEATURES.map(() => 0), bias, trees: [], joinProbability: 0.5 });
  const [w1, s1] = floodStory();
  const kindOf = (options: { modelVeto: number }, model: MembershipModel): string => {
    const index = new StoryIndex(options, model);
    index.add(input(w1!.id, w1!.article));
    return index.add(input(s1!.id, s1!.article)).kind;
  };
  assert.equal(kindOf({ modelVeto: 0 }, flat(-6)), "joined");
  assert.equal(kindOf({ modelVeto: 0.05 }, flat(-6)), "new");
  assert.equal(kindOf({ modelVeto: 0.05 }, flat(6)), "joined");
});

test("reactionJoin: a condemnation the hand score leaves alone joins the event's story when the model finds it likely; never when off or not a reaction", () => {
  const flat = (bias: number): MembershipModel => ({ features: [...MEMBERSHIP_FEATURES], mean: MEMBERSHIP_FEATURES.map(() => 0), scale: MEMBERSHIP_FEATURES.map(() => 1), weights: MEMBERSHIP_FEATURES.map(() => 0), bias, trees: [], joinProbability: 0.5 });
  const bombing = article({ title: "تفجير مسجد قوات الطوارئ في عسير يوقع قتلى", body: "وقع تفجير انتحاري داخل مسجد قوات الطوارئ في منطقة عسير أثناء صلاة الظهر، وسقط عدد من القتلى والجرحى بين المصلين.", publishedAt: "2024-03-05T10:00:00Z", source: { name: "وكالة الأنباء", domain: null } });
  const condemn = (title: string) => article({ title, body: "عبر المجلس في بيانه عن وقوفه إلى جانب الأشقاء، مؤكدا أن هذه الأعمال لا تمت إلى الدين بصلة.", publishedAt: "2024-03-06T09:00:00Z", source: { name: "صحيفة الخليج", domain: null } });
  const kindOf = (options: Partial<StoryOptions>, model: MembershipModel, title: string): string => {
    const index = new StoryIndex({ joinThreshold: 0.9, ...options }, model);
    index.add(input("bombing", bombing));
    return index.add(input("reaction", condemn(title))).kind;
  };
  const reaction = "مجلس الوزراء الكويتي يدين التفجير الإرهابي بمسجد الطوارئ";
  assert.equal(kindOf({ reactionJoin: true }, flat(6), reaction), "joined");
  assert.equal(kindOf({ reactionJoin: true }, flat(-6), reaction), "new");
  assert.equal(kindOf({ reactionJoin: false }, flat(6), reaction), "new");
  assert.equal(kindOf({ reactionJoin: true }, flat(6), "مجلس الوزراء الكويتي يعقد جلسته الأسبوعية"), "new");
  // the reaction join's own regression, when the file has one, decides instead of the membership model
  const own = (bias: number): ReactionModel => ({ features: ["handScore", "reactionEventCos"], mean: [0, 0], scale: [1, 1], weights: [0, 0], bias, joinProbability: 0.5 });
  assert.equal(kindOf({ reactionJoin: true }, { ...flat(-6), reaction: own(6) }, reaction), "joined");
  assert.equal(kindOf({ reactionJoin: true }, { ...flat(6), reaction: own(-6) }, reaction), "new");
});

test("leadDayKeys: the days the lead states near publication, not a date ahead, one further in the body, nor an undated article's", () => {
  const published = "2018-05-10T14:00:00Z";
  const body = "أعلن الرئيس، الخميس، أن القمة ستعقد في 12 يونيو المقبل، بعد أن أفرج الطرف الآخر يوم الأربعاء عن ثلاثة محتجزين. " + "وأضاف أن الاتصالات مستمرة بين الجانبين منذ أسابيع. ".repeat(8) + "وكان الاجتماع الأول قد عقد يوم الاثنين.";
  assert.deepEqual(leadDayKeys(findDateMentions(body, published), published), ["day:2018-05-09", "day:2018-05-10"]);
  assert.deepEqual(leadDayKeys(findDateMentions(body, published), null), []);
});

test("dayGate: a lead stating a day far from the story's core day scores lower; the core's day, or none stated, does not", () => {
  const body = (day: string): string => `أعلن الاتحاد ${day} منح اللاعب جائزة أفضل لاعب في الموسم بعد تصويت الصحفيين والمدربين في البلاد.`;
  const player = { type: "person" as const, name: "محمد صلاح", mentions: ["محمد صلاح"], aliases: [] };
  const make = (published: string, day: string) => ({ ...article({ title: "صلاح يفوز بجائزة أفضل لاعب", body: body(day), publishedAt: published, source: { name: "وكالة الأنباء", domain: null }, entities: [player] }) });
  const withDays = (id: string, a: ReturnType<typeof article>) => ({ ...input(id, a), events: leadDayKeys(findDateMentions(a.body, a.publishedAt), a.publishedAt) });
  const story = [make("2018-05-01T10:00:00Z", "الثلاثاء"), make("2018-05-01T12:00:00Z", "الثلاثاء")];
  const scoreOf = (dayGate: number, a: ReturnType<typeof article>): number => {
    const index = new StoryIndex({ dayGate, dayKeyWeight: 1, joinThreshold: 0.01 });
    story.forEach((m, i) => index.add(withDays(`m${i}`, m)));
    const joined = index.add(withDays("next", a));
    assert.equal(joined.kind, "joined");
    return joined.score!;
  };
  const sameDay = make("2018-05-02T08:00:00Z", "أمس الثلاثاء");
  const laterDay = make("2018-05-04T18:00:00Z", "الجمعة");
  const noDay = make("2018-05-04T18:00:00Z", "رسميا");
  assert.ok(Math.abs(scoreOf(0.4, sameDay) - scoreOf(0, sameDay)) < 1e-9);
  assert.ok(Math.abs(scoreOf(0.4, laterDay) / scoreOf(0, laterDay) - 0.6) < 1e-9);
  assert.ok(Math.abs(scoreOf(0.4, noDay) - scoreOf(0, noDay)) < 1e-9);
});

test("scoreGate: a report of another result scores lower against a story of one match; the same result, or none told, does not", () => {
  const club = { type: "organization" as const, name: "نادي الوادي", mentions: ["نادي الوادي"], aliases: [] };
  const coach = person("سالم الحربي");
  const make = (published: string, title: string, body: string) => article({ title, body, publishedAt: published, source: { name: "صحيفة الملاعب", domain: null }, entities: [club, coach] });
  const withScore = (id: string, a: ReturnType<typeof article>) => ({ ...input(id, a), events: matchScoreKeys(a.title, a.body) });
  const story = [
    make("2018-05-09T20:00:00Z", "نادي الوادي يتوج بالكأس", "فاز نادي الوادي على ضيفه 4-صفر في نهائي الكأس، وقال المدرب سالم الحربي إن الموسم لم ينته بعد."),
    make("2018-05-09T21:00:00Z", "الوادي بطلا للكأس", "توج نادي الوادي بلقب الكأس بعد فوزه 4-صفر في النهائي، وأشاد المدرب سالم الحربي باللاعبين."),
  ];
  const scoreOf = (scoreGate: number, a: ReturnType<typeof article>): number => {
    const index = new StoryIndex({ scoreGate, joinThreshold: 0.01 });
    story.forEach((m, i) => index.add(withScore(`m${i}`, m)));
    const joined = index.add(withScore("next", a));
    assert.equal(joined.kind, "joined");
    return joined.score!;
  };
  const league = make("2018-05-13T20:00:00Z", "نادي الوادي يحرز لقب الدوري", "أحرز نادي الوادي لقب الدوري بتعادله بدون أهداف مع مضيفه، وقال المدرب سالم الحربي إن الموسم لم ينته بعد.");
  const sameMatch = make("2018-05-10T09:00:00Z", "الحربي بعد الكأس", "قال المدرب سالم الحربي بعد فوز نادي الوادي 4-صفر في نهائي الكأس إن الموسم لم ينته بعد.");
  const noResult = make("2018-05-10T09:00:00Z", "الحربي يتحدث عن الموسم", "قال المدرب سالم الحربي إن نادي الوادي لم ينته موسمه بعد، وإن اللقب الثاني قريب.");
  // compared at two strengths: off, the result keys weigh nothing and the vectors differ
  assert.ok(Math.abs(scoreOf(0.5, league) / scoreOf(0.25, league) - 0.5 / 0.75) < 1e-9);
  assert.ok(Math.abs(scoreOf(0.5, sameMatch) - scoreOf(0.25, sameMatch)) < 1e-9);
  assert.ok(Math.abs(scoreOf(0.5, noResult) - scoreOf(0.25, noResult)) < 1e-9);
  assert.ok(scoreOf(0.5, league) < scoreOf(0, league));
});

test("scoreGateSingle: a story whose members report two results (two legs, two matches) is left alone", () => {
  const club = { type: "organization" as const, name: "نادي الوادي", mentions: ["نادي الوادي"], aliases: [] };
  const make = (published: string, body: string) => article({ title: "نادي الوادي في نصف النهائي", body, publishedAt: published, source: { name: "صحيفة الملاعب", domain: null }, entities: [club] });
  const withScore = (id: string, a: ReturnType<typeof article>) => ({ ...input(id, a), events: matchScoreKeys(a.title, a.body) });
  const legs = [make("2018-05-02T20:00:00Z", "فاز نادي الوادي على ضيفه 5-2 في ذهاب نصف النهائي وسط جماهيره."), make("2018-05-09T20:00:00Z", "خسر نادي الوادي أمام مضيفه 4-2 في إياب نصف النهائي وتأهل إلى النهائي.")];
  const aggregate = make("2018-05-10T08:00:00Z", "تأهل نادي الوادي إلى النهائي بعد فوزه 7-6 في مجموع المباراتين أمام ضيفه.");
  const scoreOf = (scoreGate: number, scoreGateSingle: boolean): number => {
    const index = new StoryIndex({ scoreGate, scoreGateSingle, joinThreshold: 0.01, graceHours: 240, windowHours: 480 });
    legs.forEach((m, i) => index.add(withScore(`leg${i}`, m)));
    const joined = index.add(withScore("next", aggregate));
    assert.equal(joined.kind, "joined");
    return joined.score!;
  };
  assert.ok(Math.abs(scoreOf(0.5, true) - scoreOf(0.25, true)) < 1e-9);
  assert.ok(Math.abs(scoreOf(0.5, false) / scoreOf(0.25, false) - 0.5 / 0.75) < 1e-9);
});

test("titleZeroGate: a title sharing no term with the story's titles scores lower; one sharing a term does not", () => {
  const at = (hour: number): string => `2018-05-10T${String(hour).padStart(2, "0")}:00:00Z`;
  const body = "واصلت قوات المقاومة الشعبية تقدمها في المحافظات الجنوبية وسط انهيار في صفوف الميليشيات الحوثية وقوات الرئيس السابق بعد معارك عنيفة.";
  const make = (title: string, hour: number) => article({ title, body, publishedAt: at(hour), source: { name: "صحيفة الجنوب", domain: null }, entities: [place("اليمن")] });
  const story = make("المقاومة الشعبية تسيطر على زنجبار", 6);
  const shared = make("المقاومة تتقدم نحو لودر بعد زنجبار", 9);
  const other = make("الميليشيات تعلن الطوارئ في صنعاء", 9);
  const scoreOf = (titleZeroGate: number, a: ReturnType<typeof article>): number => joinScore({ titleZeroGate }, story, a);
  assert.ok(Math.abs(scoreOf(0.2, shared) - scoreOf(0, shared)) < 1e-9);
  assert.ok(Math.abs(scoreOf(0.2, other) / scoreOf(0, other) - 0.8) < 1e-9);
});

test("placeAloneWeight: names shared with the story that are all places weigh × placeAloneWeight; a shared person keeps the full weight", () => {
  const at = (hour: number): string => `2024-03-05T${String(hour).padStart(2, "0")}:00:00Z`;
  const body = "عقد الرئيس اجتماعا في العاصمة اليوم وبحث مع المسؤولين الأوضاع الأمنية والخدمات في المحافظات الجنوبية.";
  const source = { name: "وكالة الأنباء", domain: null };
  const story = article({ title: "الرئيس يجتمع بمستشاريه", body, publishedAt: at(6), source, entities: [place("لحج"), place("أبين"), person("سالم بن فريد")] });
  const places = article({ title: "الرئيس يعين محافظين جديدين", body, publishedAt: at(9), source, entities: [place("أبين"), place("لحج"), person("خالد العمري")] });
  const withPerson = article({ title: "الرئيس يعين محافظين جديدين", body, publishedAt: at(9), source, entities: [place("أبين"), place("لحج"), person("سالم بن فريد")] });
  const scoreOf = (placeAloneWeight: number, a: ReturnType<typeof article>): number => joinScore({ placeAloneWeight }, story, a);
  assert.ok(scoreOf(0, places) < scoreOf(1, places) - 0.01);
  assert.ok(scoreOf(0.5, places) < scoreOf(1, places) && scoreOf(0.5, places) > scoreOf(0, places));
  assert.ok(Math.abs(scoreOf(0, withPerson) - scoreOf(1, withPerson)) < 1e-9);
});

test("placeAloneWeight reads the article's own entity types: what another article called the same name does not move its score", () => {
  const source = { name: "وكالة الأنباء", domain: null };
  const body = "عقد الرئيس اجتماعا في العاصمة اليوم وبحث مع المسؤولين الأوضاع الأمنية والخدمات في المحافظات الجنوبية.";
  // an earlier article, a month before, on another matter: حمدان is a district there, a man below
  const other = (type: "location" | "person") =>
    article({ title: "افتتاح سوق جديدة للخضار", body: UNRELATED_BODY, publishedAt: "2024-02-01T08:00:00Z", source, entities: [{ type, name: "حمدان", mentions: ["حمدان"], aliases: [] }] });
  const story = article({ title: "الرئيس يستقبل الشيخ حمدان", body, publishedAt: "2024-03-05T06:00:00Z", source, entities: [person("حمدان")] });
  const later = article({ title: "الشيخ حمدان يزور المحافظات الجنوبية", body, publishedAt: "2024-03-05T09:00:00Z", source, entities: [person("حمدان")] });
  const scoreAfter = (typed: "location" | "person", restart = false): number => {
    let index = new StoryIndex({ placeAloneWeight: 0.5, joinThreshold: 0.01 });
    index.add(input("earlier", other(typed)));
    if (restart) index = StoryIndex.restore(JSON.parse(JSON.stringify(index.snapshot())) as StoryIndexSnapshot);
    index.add(input("first", story));
    const joined = index.add(input("second", later));
    assert.equal(joined.kind, "joined");
    assert.equal(joined.storyId, index.storyOf("first"));
    return joined.score!;
  };
  assert.ok(Math.abs(scoreAfter("location") - scoreAfter("person")) < 1e-12);
  // and a restart from a snapshot in between decides as a run without one
  assert.ok(Math.abs(scoreAfter("location", true) - scoreAfter("location")) < 1e-12);
});

test("placeGate: a tremor in another city scores lower against a story of one tremor; the same city, or a title naming no place, does not", () => {
  const make = (published: string, title: string, body: string, places: string[]) =>
    article({ title, body, publishedAt: published, source: { name: "وكالة الأنباء", domain: null }, entities: places.map(place) });
  const story = make("2019-03-02T08:00:00Z", "هزة أرضية بقوة 4 درجات تضرب مدينة الرمال", "سجلت محطات الرصد هزة أرضية بقوة 4 درجات في مدينة الرمال صباح اليوم دون أضرار.", ["الرمال"]);
  const scoreOf = (placeGate: number, a: ReturnType<typeof article>): number => {
    const index = new StoryIndex({ placeGate, joinThreshold: 0.01 });
    index.add(input("first", story));
    const joined = index.add(input("next", a));
    assert.equal(joined.kind, "joined");
    return joined.score!;
  };
  const otherCity = make("2019-03-03T09:00:00Z", "هزة أرضية جديدة تضرب بلدة الصخور", "سجلت محطات الرصد هزة أرضية في بلدة الصخور مساء أمس دون أضرار.", ["الصخور"]);
  const sameCity = make("2019-03-02T10:00:00Z", "لا أضرار بعد هزة أرضية في مدينة الرمال", "قال الدفاع المدني إن الهزة الأرضية في مدينة الرمال لم تسبب أضرارا.", ["الرمال"]);
  const placeAside = make("2019-03-02T10:00:00Z", "خبير يشرح أسباب الهزة الأرضية", "قال خبير من جامعة الصخور إن الهزة الأرضية كانت متوقعة.", ["الصخور"]);
  assert.ok(Math.abs(scoreOf(0.5, otherCity) / scoreOf(0, otherCity) - 0.5) < 1e-9);
  assert.ok(Math.abs(scoreOf(0.5, sameCity) - scoreOf(0, sameCity)) < 1e-9);
  assert.ok(Math.abs(scoreOf(0.5, placeAside) - scoreOf(0, placeAside)) < 1e-9);
});

test("placeGate: a place after a preposition in the title is the title's place (بالصخور)", () => {
  const make = (published: string, title: string, body: string, places: string[]) =>
    article({ title, body, publishedAt: published, source: { name: "وكالة الأنباء", domain: null }, entities: places.map(place) });
  const index = new StoryIndex({ placeGate: 0.5, joinThreshold: 0.01 });
  index.add(input("first", make("2019-03-02T08:00:00Z", "اصطدام طائرتين بمدينة الرمال", "اصطدمت طائرتان في مطار مدينة الرمال.", ["مدينة الرمال"])));
  const gated = index.add(input("next", make("2019-03-03T08:00:00Z", "اصطدام طائرتين بالصخور", "اصطدمت طائرتان في مطار الصخور.", ["الصخور"])));
  const plain = new StoryIndex({ placeGate: 0, joinThreshold: 0.01 });
  plain.add(input("first", make("2019-03-02T08:00:00Z", "اصطدام طائرتين بمدينة الرمال", "اصطدمت طائرتان في مطار مدينة الرمال.", ["مدينة الرمال"])));
  const ungated = plain.add(input("next", make("2019-03-03T08:00:00Z", "اصطدام طائرتين بالصخور", "اصطدمت طائرتان في مطار الصخور.", ["الصخور"])));
  assert.ok(Math.abs(gated.score! / ungated.score! - 0.5) < 1e-9);
});

test("quoteGate: the next day's session quoting near values scores lower; the same day's update, the same quotes or none quoted do not", () => {
  const make = (published: string, title: string, body: string) => article({ title, body, publishedAt: published, source: { name: "نشرة الأسواق", domain: null } });
  const story = make("2021-06-01T14:00:00Z", "الذهب يرتفع مع تراجع الدولار", "ارتفع سعر الذهب في المعاملات الفورية إلى 1842.30 دولار للأوقية، وصعدت الفضة إلى 27.45 دولار.");
  const scoreOf = (quoteGate: number, a: ReturnType<typeof article>): number => {
    const index = new StoryIndex({ quoteGate, joinThreshold: 0.01 });
    index.add(input("first", story));
    const joined = index.add(input("next", a));
    assert.equal(joined.kind, "joined");
    return joined.score!;
  };
  const table: [string, ReturnType<typeof article>, number][] = [
    // another session: both quotes within 3% of the day before's, neither equal
    ["next day", make("2021-06-02T14:00:00Z", "الذهب يتراجع مع صعود الدولار", "تراجع سعر الذهب في المعاملات الفورية إلى 1829.75 دولار للأوقية، وهبطت الفضة إلى 27.02 دولار."), 0.6],
    // the same session a few hours on: quotes move within a day too
    ["same day", make("2021-06-01T19:00:00Z", "الذهب يواصل الارتفاع", "واصل سعر الذهب الارتفاع في المعاملات الفورية إلى 1846.10 دولار للأوقية، والفضة عند 27.51 دولار."), 1],
    // a later report quoting the session's own figures continues it
    ["same quotes", make("2021-06-02T14:00:00Z", "محللون: صعود الذهب أمس مؤقت", "قال محللون إن صعود الذهب أمس إلى 1842.30 دولار للأوقية مؤقت، وإن الفضة عند 27.45 دولار تتبعه."), 1],
    // whole numbers are no quotes (a toll, a year, a count)
    ["no quotes", make("2021-06-02T14:00:00Z", "الذهب يتراجع مع صعود الدولار", "تراجع سعر الذهب في المعاملات الفورية وسط تداولات بلغت 1800 عقد."), 1],
  ];
  for (const [name, a, ratio] of table) assert.ok(Math.abs(scoreOf(0.4, a) / scoreOf(0, a) - ratio) < 1e-9, name);
  // past midnight (UTC+3) the next session opens: another day by the calendar, though 6 h apart
  const early = make("2021-06-01T22:30:00Z", "الذهب يفتتح على تراجع", "تراجع سعر الذهب في المعاملات الفورية إلى 1829.75 دولار للأوقية، وهبطت الفضة إلى 27.02 دولار.");
  const byCalendar = (quoteGate: number): number => {
    const index = new StoryIndex({ quoteGate, quoteCalendarDay: true, joinThreshold: 0.01 });
    index.add(input("first", story));
    return index.add(input("next", early)).score!;
  };
  assert.ok(Math.abs(scoreOf(0.4, early) - scoreOf(0, early)) < 1e-9, "within the hours, by default");
  assert.ok(Math.abs(byCalendar(0.4) / byCalendar(0) - 0.6) < 1e-9, "another calendar day");
});

test("speakingPlaces: a place opening a clause before a speech or reaction verb or a colon speaks; a dateline, a topic, a construct or an event's place does not", () => {
  const key = (name: string) => "\u0001" + normalizeArabic(name);
  const cases: [title: string, places: string[], speakers: string[]][] = [
    ["القصف على الرمال: القاهرة تدين وعمّان تدعو إلى التهدئة", ["الرمال", "القاهرة", "عمّان"], ["القاهرة", "عمّان"]],
    ["بغداد ترد على تفجير الرمال", ["بغداد", "الرمال"], ["بغداد"]],
    ["تفجير في الرمال.. والرباط: نتابع الوضع", ["الرمال", "الرباط"], ["الرباط"]],
    ["ليبيا: قتلى في تفجير بسوق الرمال", ["ليبيا", "الرمال"], []],
    ["الغارات على الصخور: قتلى وجرحى", ["الصخور"], []],
    ["الغارات الجوية في الصخور: الرباط تؤيد", ["الصخور", "الرباط"], ["الرباط"]],
    ["اشتباك على الحدود.. وتل أبيب: لا تعليق", ["وتل أبيب"], ["وتل أبيب"]],
    ["تفجير يهز بغداد ويوقع قتلى", ["بغداد"], []],
    ["موسكوفيتش يدين الهجوم", ["موسكو"], []],
    ["اعتصام في الرمال يطالب بالتحقيق", ["الرمال"], []],
    ["رئيس وزراء الرباط يؤكد دعمه", ["الرباط"], []],
    ["انتخابات الرباط: فوز القائمة الخضراء", ["الرباط"], []],
    ["فيديو - الرباط: مظاهرة أمام البرلمان", ["الرباط"], []],
  ];
  for (const [title, places, speakers] of cases) assert.deepEqual(speakingPlaces(title, places.map(key)), speakers.map(key), title);
});

test("threadGate titlePlace: a country-only headline agrees with a thread in its city (threadCountryIn); a speaking capital is not the headline's place (threadSpeakers)", () => {
  const source = { name: "وكالة الأنباء", domain: null };
  const make = (published: string, title: string, body: string, places: string[]) => article({ title, body, publishedAt: published, source, entities: places.map(place) });
  const thread = [
    make("2019-03-02T08:00:00Z", "تفجير انتحاري يهز مدينة الرمال", "قتل عشرة أشخاص في تفجير انتحاري استهدف سوقا في مدينة الرمال شرقي ليبيا صباح اليوم.", ["الرمال", "ليبيا"]),
    make("2019-03-02T10:00:00Z", "ارتفاع قتلى تفجير الرمال", "ارتفع عدد قتلى التفجير الانتحاري في مدينة الرمال في ليبيا إلى خمسة عشر.", ["الرمال", "ليبيا"]),
  ];
  const scoreOf = (options: Partial<StoryOptions>, a: ReturnType<typeof article>): number => {
    const index = new StoryIndex({ threadSignature: "titlePlace", threadIncident: true, ...options, joinThreshold: 0.01 });
    index.add(input("t1", thread[0]!));
    const second = index.add(input("t2", thread[1]!));
    assert.equal(second.kind, "joined");
    const joined = index.add(input("next", a));
    assert.equal(joined.kind, "joined");
    return joined.score!;
  };
  const countryOnly = make("2019-03-02T12:00:00Z", "ليبيا: قتلى في تفجير انتحاري بسوق", "قتل عشرة أشخاص في تفجير انتحاري استهدف سوقا في مدينة الرمال.", ["ليبيا", "الرمال"]);
  const speaking = make("2019-03-02T12:00:00Z", "القاهرة تدين التفجير الانتحاري", "أدانت القاهرة التفجير الانتحاري الذي استهدف سوقا وقتل عشرة أشخاص.", ["القاهرة"]);
  const otherCity = make("2019-03-02T12:00:00Z", "تفجير انتحاري يهز مدينة الصخور", "قتل أربعة أشخاص في تفجير انتحاري استهدف مدينة الصخور في ليبيا.", ["الصخور", "ليبيا"]);
  const gated = (options: Partial<StoryOptions>, a: ReturnType<typeof article>) => scoreOf({ threadGate: 0.5, ...options }, a) / scoreOf({ threadGate: 0 }, a);
  assert.ok(Math.abs(gated({ threadCountryIn: false }, countryOnly) - 0.5) < 1e-9);
  assert.ok(Math.abs(gated({ threadCountryIn: true }, countryOnly) - 1) < 1e-9);
  assert.ok(Math.abs(gated({ threadSpeakers: false }, speaking) - 0.5) < 1e-9);
  assert.ok(Math.abs(gated({ threadSpeakers: true }, speaking) - 1) < 1e-9);
  // another city of the country stays apart with both
  assert.ok(Math.abs(gated({ threadCountryIn: true, threadSpeakers: true }, otherCity) - 0.5) < 1e-9);
});

test("entityStorySpread: a name many open stories share counts less in the entity cosine; a name only the story holds keeps its weight", () => {
  const at = (hour: number): string => `2018-05-10T${String(hour).padStart(2, "0")}:00:00Z`;
  const source = { name: "وكالة الأنباء", domain: null };
  const coalition = { type: "organization" as const, name: "التحالف العربي", mentions: ["التحالف العربي"], aliases: [] };
  // three other stories of the stream, each about another matter, all naming the coalition
  const stream = [
    ["افتتاح مدرسة جديدة في المكلا", "افتتحت السلطات المحلية مدرسة جديدة للبنات في المكلا بتمويل من المانحين وبحضور مسؤولي التعليم.", "المكلا"],
    ["وصول شحنة أدوية إلى ميناء عدن", "رست في ميناء عدن سفينة تحمل أدوية ومستلزمات طبية للمستشفيات الحكومية في المحافظات الجنوبية.", "عدن"],
    ["إعادة فتح مطار سيئون أمام الرحلات", "أعلنت هيئة الطيران إعادة فتح مطار سيئون أمام الرحلات المدنية بعد أعمال صيانة استمرت شهرين.", "سيئون"],
  ] as const;
  const body = "شنت مقاتلات غارات على مواقع في صعدة ودمرت مخازن للأسلحة وفق مصادر محلية تحدثت عن انفجارات متتالية.";
  const story = article({ title: "غارات على مخازن أسلحة في صعدة", body, publishedAt: at(6), source, entities: [coalition, place("صعدة")] });
  const sharedOnlyByStream = article({ title: "غارات جديدة على مخازن أسلحة", body, publishedAt: at(9), source, entities: [coalition, place("حجة")] });
  const sharedPlace = article({ title: "غارات جديدة على مخازن أسلحة", body, publishedAt: at(9), source, entities: [place("صعدة")] });
  const scoreOf = (entityStorySpread: number, next: ReturnType<typeof article>): number => {
    const index = new StoryIndex({ entityStorySpread, joinThreshold: 0.15 });
    stream.forEach(([title, text, city], i) => assert.equal(index.add(input(`s${i}`, article({ title, body: text, publishedAt: at(i + 1), source, entities: [coalition, place(city)] }))).kind, "new"));
    index.add(input("first", story));
    const joined = index.add(input("second", next));
    assert.equal(joined.storyId, index.storyOf("first"));
    return joined.score!;
  };
  assert.ok(scoreOf(1, sharedOnlyByStream) < scoreOf(0, sharedOnlyByStream) - 0.01);
  assert.ok(Math.abs(scoreOf(1, sharedPlace) - scoreOf(0, sharedPlace)) < 1e-9);
});
