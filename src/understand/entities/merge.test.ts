import { test } from "node:test";
import assert from "node:assert/strict";
import { entityKey, majorityType, matchKey, mergeEntities, nameForm, nameKey } from "./merge.js";
import type { EntitySpan } from "./span.js";
import { markShortNamesInBrackets } from "./recognize/retypes.js";

let at = 0;
function span(type: EntitySpan["type"], text: string): EntitySpan {
  const s = { type, text, start: at, end: at + text.length };
  at += text.length + 1;
  return s;
}

test("rule 1: title words are cut from the name", () => {
  assert.equal(nameForm("الوزير سامر"), "سامر");
  assert.equal(nameForm("الرئيس اللبناني ميشال عون"), "ميشال عون");
  assert.equal(nameForm("للأمم المتحدة"), "الأمم المتحدة");
  const [e] = mergeEntities([span("person", "الوزير سامر")]);
  assert.equal(e!.name, "سامر");
});

test("rule 3: a name given first joins its headed form given later, a place's or a body's", () => {
  const entities = mergeEntities([span("location", "رفح"), span("person", "أحمد"), span("location", "مخيم رفح"), span("organization", "الوحدة"), span("organization", "نادي الوحدة")]);
  const forms = entities.map((e) => `${e.type}:${e.mentions.join("|")}`);
  assert.ok(forms.includes("location:رفح|مخيم رفح"), forms.join(" "));
  assert.ok(forms.includes("organization:الوحدة|نادي الوحدة"), forms.join(" "));
  // Not a person after a head, nor a place whose head does not name it alone.
  const others = mergeEntities([span("location", "الخليل"), span("location", "جامعة الخليل")]);
  assert.equal(others.length, 2);
});

test("rule 2: spelling variants share a key and merge", () => {
  assert.equal(matchKey("قرة باغ"), matchKey("قره باغ"));
  assert.equal(matchKey("ناغورنی قره باغ"), matchKey("ناغورني قرة باغ"));
  const out = mergeEntities([span("location", "بحيرة طبريا"), span("location", "بحيره طبريّا")]);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0]!.mentions, ["بحيرة طبريا", "بحيره طبريّا"]);
});

test("rule 2: a one-word nisba plural in either case and a landform under either head share a key", () => {
  assert.equal(matchKey("الحوثيون"), matchKey("الحوثيين"));
  assert.equal(matchKey("مرتفعات الجولان"), matchKey("هضبة الجولان"));
  assert.notEqual(matchKey("ليون"), matchKey("ليين"));
  const out = mergeEntities([span("location", "هضبة الجولان"), span("location", "مرتفعات الجولان"), span("location", "الجولان")]);
  assert.equal(out.length, 1, JSON.stringify(out));
});

test("rule 2: a militia named by a family nisba is the group the nisba plural names (aawsat, alriyadh, Al Arabia)", () => {
  assert.equal(matchKey("ميليشيا الحوثي"), matchKey("الحوثيين"));
  assert.equal(matchKey("ميليشيات الحوثي"), matchKey("الحوثيون"));
  assert.notEqual(matchKey("ميليشيا الحوثي"), matchKey("الحوثي"));
  const out = mergeEntities([span("organization", "ميليشيا الحوثي"), span("organization", "الحوثيين"), span("organization", "ميليشيات الحوثي")]);
  assert.equal(out.length, 1, JSON.stringify(out));
});

test("rule 2: the definite militia word with the nisba's feminine, and the militia's hashtag, are that group too (Al Arabia, alweeam, aawsat)", () => {
  assert.equal(matchKey("الميليشيات الحوثية"), matchKey("الحوثيين"));
  assert.equal(matchKey("للمليشيات الحوثية"), matchKey("الحوثيين"));
  assert.equal(matchKey("ميليشيات_الحوثي"), matchKey("الحوثيين"));
  assert.notEqual(matchKey("الميليشيات الحوثية"), matchKey("الحوثية"));
  const out = mergeEntities([span("organization", "ميليشيات الحوثي"), span("organization", "الميليشيات الحوثية"), span("organization", "ميليشيات_الحوثي")]);
  assert.equal(out.length, 1, JSON.stringify(out));
});

test("rule 3: an organization's short name joins the full one whose field has the fused لل (هيئة السياحة → الهيئة العامة للسياحة والتراث الوطني)", () => {
  const out = mergeEntities([span("organization", "الهيئة العامة للسياحة والتراث الوطني"), span("organization", "هيئة السياحة"), span("location", "لبنان"), span("organization", "وزارة الخارجية اللبنانية")]);
  assert.deepEqual(out.map((e) => e.mentions), [["الهيئة العامة للسياحة والتراث الوطني", "هيئة السياحة"], ["لبنان"], ["وزارة الخارجية اللبنانية"]]);
});

test("rule 3: person names of the same words once their articles are dropped are one (الحسن سقطي, الحسن السقطي), and «ابن X» joins «Y بن X»", () => {
  const out = mergeEntities([span("person", "الحسن سقطي"), span("person", "الحسن السقطي"), span("person", "حسين بن محي"), span("person", "ابن محي"), span("person", "حسين محي")]);
  assert.deepEqual(out.map((e) => e.mentions), [["الحسن سقطي", "الحسن السقطي"], ["حسين بن محي", "ابن محي"], ["حسين محي"]]);
  // Different given names stay apart.
  assert.equal(mergeEntities([span("person", "عامر عسيري"), span("person", "عادل العسيري")]).length, 2);
});

test("rule 3: a short person name joins the full name given earlier", () => {
  const out = mergeEntities([span("person", "كريم منصور"), span("location", "حلب"), span("person", "منصور")]);
  assert.equal(out.length, 2);
  assert.equal(out[0]!.name, "كريم منصور");
  assert.deepEqual(out[0]!.mentions, ["كريم منصور", "منصور"]);
});

test("rule 3: the most recent full name wins when two share a last name", () => {
  const out = mergeEntities([span("person", "كريم منصور"), span("person", "هالة منصور"), span("person", "منصور")]);
  assert.deepEqual(out.find((e) => e.name === "هالة منصور")!.mentions, ["هالة منصور", "منصور"]);
  assert.deepEqual(out.find((e) => e.name === "كريم منصور")!.mentions, ["كريم منصور"]);
});

test("rule 3: a multiword tail of a place joins the full place name", () => {
  const out = mergeEntities([span("location", "جبل الشيخ الكبير"), span("location", "الشيخ الكبير")]);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.name, "جبل الشيخ الكبير");
});

test("rule 3: a short person name given first joins the one full name given later", () => {
  const out = mergeEntities([span("person", "منصور"), span("person", "كريم منصور")]);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.name, "كريم منصور");
});

test("rule 3: a multiword short form never joins a name given after it", () => {
  const out = mergeEntities([span("person", "سامي عطية"), span("person", "مراد سامي عطية")]);
  assert.equal(out.length, 2);
});

test("rule 3: a place joins only a longer name given before it", () => {
  const out = mergeEntities([span("location", "الشيخ الكبير"), span("location", "جبل الشيخ الكبير")]);
  assert.equal(out.length, 2);
});

test("rule 3: a one-word tail of a place stays apart", () => {
  const out = mergeEntities([span("location", "جنوب لبنان"), span("location", "لبنان")]);
  assert.equal(out.length, 2);
});

test("rule 4: a Latin name becomes an alias of its Arabic entity", () => {
  const out = mergeEntities([span("person", "فلاديمير بوتين"), span("person", "Vladimir Putin"), span("person", "Putin")]);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0]!.aliases, ["Vladimir Putin", "Putin"]);
  assert.deepEqual(out[0]!.mentions, ["فلاديمير بوتين"]);
});

test("rule 4: an unmatched Latin name is its own entity", () => {
  const out = mergeEntities([span("person", "فلاديمير بوتين"), span("person", "Emmanuel Macron")]);
  assert.equal(out.length, 2);
  assert.equal(out[1]!.name, "Emmanuel Macron");
});

test("rule 5: the majority type wins", () => {
  const out = mergeEntities([span("organization", "الولايات المتحدة"), span("location", "الولايات المتحدة"), span("location", "الولايات المتحدة")]);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.type, "location");
});

test("entities come out in order of first mention, the same on every run", () => {
  const spans = [span("location", "دمشق"), span("person", "سامي عطية"), span("location", "حمص")];
  const a = mergeEntities(spans);
  assert.deepEqual(a.map((e) => e.name), ["دمشق", "سامي عطية", "حمص"]);
  assert.deepEqual(mergeEntities(spans), a);
});

test("entityKey folds spelling and titles for cross-article merging", () => {
  assert.equal(entityKey("قرة باغ", "location"), entityKey("قره باغ", "location"));
  assert.equal(entityKey("الوزير سامر حداد", "person"), entityKey("سامر حداد", "person"));
  assert.notEqual(entityKey("دمشق", "location"), entityKey("دمشق", "person"));
});

test("empty input gives no entities", () => {
  assert.deepEqual(mergeEntities([]), []);
});

test("rule 3: a place named after its settlement or landform head joins it, other heads do not", () => {
  const valley = mergeEntities([span("location", "وادي الريم"), span("location", "الريم")]);
  assert.equal(valley.length, 1);
  assert.equal(valley[0]!.name, "وادي الريم");
  const airport = mergeEntities([span("location", "مطار القاهرة"), span("location", "القاهرة")]);
  assert.equal(airport.length, 2);
});

test("rule 3: an organization joins the longer name it starts when the rest is nisba adjectives", () => {
  const out = mergeEntities([span("organization", "وزارة الدفاع الآذرية"), span("organization", "وزارة الدفاع")]);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.name, "وزارة الدفاع الآذرية");
  const other = mergeEntities([span("organization", "وزارة الدفاع الآذرية"), span("organization", "وزارة الدفاع الوطني والأمن")]);
  assert.equal(other.length, 2);
});

test("rule 3: an organization given first joins the one nisba-extended name given later (وزارة الدفاع … وزارة الدفاع الآذرية)", () => {
  const out = mergeEntities([span("organization", "وزارة الدفاع"), span("location", "أذربيجان"), span("organization", "وزارة الدفاع الآذرية")]);
  assert.deepEqual(out.map((e) => [e.name, e.mentions]), [["وزارة الدفاع الآذرية", ["وزارة الدفاع", "وزارة الدفاع الآذرية"]], ["أذربيجان", ["أذربيجان"]]]);
  const two = mergeEntities([span("organization", "وزارة الدفاع"), span("organization", "وزارة الدفاع الآذرية"), span("organization", "وزارة الدفاع الأرمينية")]);
  assert.equal(two.length, 3, "two later full names: the short one joins neither");
});

test("roles cut from person mentions become the entity's roles, never its name", () => {
  const out = mergeEntities([{ ...span("person", "ماهر الخطيب"), role: "نقيب المعلمين" }, span("person", "الخطيب")]);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.name, "ماهر الخطيب");
  assert.deepEqual(out[0]!.roles, ["نقيب المعلمين"]);
  assert.equal(mergeEntities([span("location", "حلب")])[0]!.roles, undefined);
});

test("rule 4: a Latin place joins the Arabic entity named by its CLDR Arabic name", () => {
  const out = mergeEntities([span("location", "الولايات المتحدة"), { ...span("location", "United States"), arabicName: "الولايات المتحدة" }]);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0]!.aliases, ["United States"]);
});

test("rule 4: a Latin last name one consonant away joins the one close Arabic person", () => {
  const out = mergeEntities([span("person", "نيكول باستينيان"), span("person", "جيجام ستيبانيان"), span("person", "Pashinyan")]);
  assert.equal(out.length, 2);
  assert.deepEqual(out.find((e) => e.name === "نيكول باستينيان")!.aliases, ["Pashinyan"]);
});

test("one type across the store: a head word decides (وادي الريم is a place however many articles say person), else the majority", () => {
  const votes = new Map([["person", 3], ["location", 1]] as const);
  assert.equal(majorityType(votes, "وادي الريم"), "location");
  assert.equal(majorityType(votes, "وزارة الصحة"), "organization");
  assert.equal(majorityType(votes, "ريم الخطيب"), "person");
  assert.equal(majorityType(new Map([["location", 2], ["person", 2]] as const), "سامر"), "person");
});

test("rule 3: a one-word organization joins the two-word name its head leads (حماس → حركة حماس)", () => {
  // As the outlets write them: حركة حماس … حماس (CNN), نادي الاتفاق … الاتفاق (saudinewsnet), حركة طالبان … طالبان (Alarabia).
  const rows: [full: string, short: string][] = [["حركة حماس", "حماس"], ["نادي الاتفاق", "الاتفاق"], ["حركة طالبان", "طالبان"], ["منظمة الأمل", "الأمل"], ["منظمة سيدرا", "سيدرا"]];
  for (const [full, short] of rows) {
    const out = mergeEntities([span("organization", full), span("organization", short)]);
    assert.deepEqual(out.map((e) => e.name), [full], short);
  }
  // A place's name after a company's head stays its own entity.
  assert.equal(mergeEntities([span("organization", "شركة أرامكو"), span("location", "أرامكو")]).length, 2);
});

test("rule 3: a given name alone joins the one longer person name it starts, when no last name matched", () => {
  const cases: [string[], string][] = [
    [["جورج بيل", "جورج"], "جورج بيل"],
    [["خالد العتيبي", "سارة العلي", "خالد"], "خالد العتيبي"],
    [["يوسف المصري", "يوسف"], "يوسف المصري"],
  ];
  for (const [names, full] of cases) {
    const out = mergeEntities(names.map((n) => span("person", n)));
    const joined = out.find((e) => e.name === full)!;
    assert.ok(joined.mentions.includes(names[names.length - 1]!), `${names.join(" / ")}: ${JSON.stringify(out)}`);
    assert.equal(out.length, names.length - 1);
  }
});

test("rule 3: a given name shared by two persons of the article, or matching a last name, joins no first name", () => {
  const two = mergeEntities([span("person", "خالد العتيبي"), span("person", "خالد المصري"), span("person", "خالد")]);
  assert.equal(two.length, 3, JSON.stringify(two));
  const last = mergeEntities([span("person", "يوسف خالد"), span("person", "خالد العتيبي"), span("person", "خالد")]);
  assert.deepEqual(last.find((e) => e.name === "يوسف خالد")!.mentions, ["يوسف خالد", "خالد"], "a last name matched first");
});

test("rule 3: an organization joins the one longer name under its head that holds all its words, in any order", () => {
  const rows: { spans: [EntitySpan["type"], string][]; name: string }[] = [
    { spans: [["organization", "الاتحاد الأردني لكرة السلة"], ["organization", "اتحاد السلة الأردني"], ["organization", "الاتحاد الأردني"]], name: "الاتحاد الأردني لكرة السلة" },
    { spans: [["organization", "الجيش المصري"], ["location", "سيناء"], ["organization", "جيش الدفاع المصري"]], name: "جيش الدفاع المصري" },
    { spans: [["organization", "هيئة الطاقة الذرية اللبنانية"], ["organization", "هيئة الطاقة اللبنانية"]], name: "هيئة الطاقة الذرية اللبنانية" },
    { spans: [["organization", "وزارة الصحة"], ["organization", "وزارة الصحة العامة والسكان"]], name: "وزارة الصحة العامة والسكان" },
  ];
  for (const row of rows) {
    const out = mergeEntities(row.spans.map(([type, text]) => span(type, text)));
    const org = out.filter((e) => e.type === "organization");
    assert.equal(org.length, 1, row.name);
    assert.equal(org[0]!.name, row.name);
  }
});

test("rule 3: an organization whose words two longer names hold, or under another head, joins neither", () => {
  const rows: [string, string, string][] = [
    ["الاتحاد الأردني", "الاتحاد الأردني لكرة القدم", "الاتحاد الأردني لكرة السلة"],
    ["هيئة الأوراق", "سوق الأوراق المالية", "هيئة السوق المالية"],
    ["مجلس الوزراء", "رئاسة مجلس الوزراء العراقي", "مجلس النواب العراقي"],
  ];
  for (const [short, a, b] of rows) {
    const out = mergeEntities([span("organization", a), span("organization", b), span("organization", short)]);
    assert.equal(out.length, 3, short);
  }
});

test("rule 3: a country's short name joins the one formal state name of the article that holds it, before or after", () => {
  const rows: [short: string, formal: string][] = [
    ["مصر", "جمهورية مصر العربية"],
    ["البحرين", "مملكة البحرين"],
    ["السعودية", "المملكة العربية السعودية"],
    ["عمان", "سلطنة عمان"],
    // …or the country its nisba names.
    ["المغرب", "المملكة المغربية"],
    ["اليمن", "الجمهورية اليمنية"],
    ["سوريا", "الجمهورية العربية السورية"],
    ["الأردن", "المملكة الأردنية الهاشمية"],
  ];
  for (const [short, formal] of rows) {
    for (const order of [[short, formal], [formal, short]]) {
      const out = mergeEntities(order.map((t) => span("location", t)));
      assert.equal(out.length, 1, order.join(" then "));
      assert.equal(out[0]!.name, formal);
    }
  }
  // A place inside a longer name under another head stays apart (مطار, not a state).
  assert.equal(mergeEntities([span("location", "مطار القاهرة الدولي"), span("location", "القاهرة")]).length, 2);
  // A nisba of another country in the formal name names no other country.
  assert.equal(mergeEntities([span("location", "المملكة المغربية"), span("location", "الجزائر")]).length, 2);
});

test("rule 3: a compound given name written apart joins the one longer person name it starts", () => {
  const rows: [short: string, full: string][] = [
    ["عبد الرحمن", "عبد الرحمن عثمان"],
    ["عبد الله", "عبد الله الزامل"],
    ["عبد العزيز", "عبد العزيز الحربي"],
  ];
  for (const [short, full] of rows) {
    const out = mergeEntities([span("person", full), span("location", "الخرطوم"), span("person", short)]);
    assert.deepEqual(out.find((e) => e.type === "person")!.mentions, [full, short]);
  }
  // Two persons share it: it joins neither.
  assert.equal(mergeEntities([span("person", "عبد الله الزامل"), span("person", "عبد الله القحطاني"), span("person", "عبد الله")]).length, 3);
});

test("a short name in brackets after an organization's full name joins it and names it (وكالة الأنباء الكويتية (كونا))", () => {
  const text = "نقلت وكالة الأنباء الكويتية (كونا) عن مصدر قوله إن الوفد غادر. وذكرت كونا أن الاجتماع انتهى.";
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const spans: EntitySpan[] = [
    { type: "organization", text: "وكالة الأنباء الكويتية", start: at("وكالة"), end: at("وكالة") + "وكالة الأنباء الكويتية".length },
    { type: "organization", text: "كونا", start: at("كونا"), end: at("كونا") + 4 },
    { type: "person", text: "كونا", start: at("كونا", at("كونا") + 1), end: at("كونا", at("كونا") + 1) + 4 },
  ];
  markShortNamesInBrackets(text, spans);
  assert.equal(spans[1]!.shortFor, "وكالة الأنباء الكويتية");
  assert.equal(spans[2]!.shortFor, undefined);
  const merged = mergeEntities(spans);
  assert.equal(merged.length, 1);
  assert.deepEqual([merged[0]!.type, merged[0]!.name, merged[0]!.mentions], ["organization", "كونا", ["وكالة الأنباء الكويتية", "كونا"]]);
});

test("a short name after the adjective official still names the organization (وكالة الأنباء السورية الرسمية (سانا))", () => {
  const text = "ونقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري قوله.";
  const full = "وكالة الأنباء السورية";
  const spans: EntitySpan[] = [
    { type: "organization", text: full, start: text.indexOf(full), end: text.indexOf(full) + full.length },
    { type: "organization", text: "سانا", start: text.indexOf("سانا"), end: text.indexOf("سانا") + 4 },
  ];
  markShortNamesInBrackets(text, spans);
  assert.equal(spans[1]!.shortFor, full);
  assert.equal(mergeEntities(spans).length, 1);
});

test("a place in brackets after an organization is where it is, not its short name (جامعة الملك سعود (الرياض))", () => {
  const text = "أعلنت جامعة الملك سعود (الرياض) برنامجا.";
  const spans: EntitySpan[] = [
    { type: "organization", text: "جامعة الملك سعود", start: 6, end: 22 },
    { type: "location", text: "الرياض", start: 24, end: 30 },
  ];
  assert.equal(text.slice(24, 30), "الرياض");
  markShortNamesInBrackets(text, spans);
  assert.equal(mergeEntities(spans).length, 2);
});

test("a forebear's name ending a person's full name is another person (محمد المهداوي in أحمد عبدالحميد جودة محمد المهداوي)", () => {
  const spans: EntitySpan[] = [
    { type: "person", text: "أحمد عبدالحميد جودة محمد المهداوي", start: 0, end: 33 },
    { type: "person", text: "محمد المهداوي", start: 60, end: 73 },
  ];
  assert.deepEqual(mergeEntities(spans).map((e) => e.mentions), [["أحمد عبدالحميد جودة محمد المهداوي"], ["محمد المهداوي"]]);
  // A family name with بن, a kunya or a compound given name still joins (بن دغر → أحمد عبيد بن دغر).
  const withParticle: EntitySpan[] = [
    { type: "person", text: "أحمد عبيد بن دغر", start: 0, end: 16 },
    { type: "person", text: "بن دغر", start: 40, end: 46 },
  ];
  assert.equal(mergeEntities(withParticle).length, 1);
});

test("rule 3: an East Asian family name repeated alone joins the one full name it starts (كيم → كيم جونغ أون)", () => {
  const entities = mergeEntities([span("person", "كيم جونغ أون"), span("person", "ترامب"), span("person", "كيم")]);
  assert.deepEqual(entities.map((e) => e.mentions), [["كيم جونغ أون", "كيم"], ["ترامب"]]);
  // Two full names starting with it: no join.
  const two = mergeEntities([span("person", "كيم جونغ أون"), span("person", "كيم يو جونغ"), span("person", "كيم")]);
  assert.equal(two.length, 3);
});

test("rule 3: a union's short name joins its formal name of nisbas and «المتحدة», before or after", () => {
  const rows: [short: string, formal: string][] = [
    ["الإمارات", "الإمارات العربية المتحدة"],
    ["الولايات المتحدة", "الولايات المتحدة الأمريكية"],
  ];
  for (const [short, formal] of rows) {
    for (const order of [[short, formal], [formal, short]]) {
      const out = mergeEntities(order.map((t) => span("location", t)));
      assert.equal(out.length, 1, order.join(" then "));
      assert.equal(out[0]!.name, formal);
    }
  }
  // Without «المتحدة» a nisba names another country (كوريا الجنوبية is no كوريا), and a place of another name stays apart.
  assert.equal(mergeEntities([span("location", "كوريا الجنوبية"), span("location", "كوريا")]).length, 2);
  assert.equal(mergeEntities([span("location", "الإمارات العربية المتحدة"), span("location", "العربية")]).length, 2);
});

test("rule 3: a strip's or an island's name joins its headed form, and one island under two heads is one", () => {
  const strip = mergeEntities([span("location", "قطاع غزة"), span("location", "غزة")]);
  assert.deepEqual(strip.map((e) => e.mentions), [["قطاع غزة", "غزة"]]);
  const island = mergeEntities([span("location", "أرخبيل سقطرى"), span("location", "سقطرى"), span("location", "جزيرة سقطرى")]);
  assert.deepEqual(island.map((e) => e.mentions), [["أرخبيل سقطرى", "سقطرى", "جزيرة سقطرى"]]);
  // Heads of other kinds still keep their own place (مدينة غزة is no island of غزة; مطار القاهرة no القاهرة).
  assert.equal(mergeEntities([span("location", "جزيرة سقطرى"), span("location", "مدينة سقطرى")]).length, 2);
});

test("rule 3: a peninsula's name alone joins it (سيناء → شبه جزيرة سيناء)", () => {
  const out = mergeEntities([span("location", "شبه جزيرة سيناء"), span("location", "سيناء")]);
  assert.deepEqual(out.map((e) => e.mentions), [["شبه جزيرة سيناء", "سيناء"]]);
  // A place of another name stays apart.
  assert.equal(mergeEntities([span("location", "شبه جزيرة القرم"), span("location", "سيناء")]).length, 2);
});

test("rule 3: one coalition under its two heads is one (ائتلاف الجبهة الوطنية = تحالف الجبهة الوطنية); another name stays apart", () => {
  const out = mergeEntities([span("organization", "ائتلاف الجبهة الوطنية"), span("organization", "تحالف الجبهة الوطنية")]);
  assert.deepEqual(out.map((e) => e.mentions), [["ائتلاف الجبهة الوطنية", "تحالف الجبهة الوطنية"]]);
  assert.equal(mergeEntities([span("organization", "تحالف الأمل"), span("organization", "ائتلاف الوطنية")]).length, 2);
  // Other heads are other bodies (حركة X is no تحالف X).
  assert.equal(mergeEntities([span("organization", "حركة الأمل"), span("organization", "تحالف الأمل")]).length, 2);
});

test("rule 3b: a name written with or without a space, or with one vowel letter more in a long foreign name, is one entity", () => {
  const forms = (spans: EntitySpan[]) => mergeEntities(spans).map((e) => `${e.type}:${e.mentions.join("|")}`);
  const joined = forms([
    span("person", "سعيد عبدالباسط"), span("location", "أبوظبي"), span("person", "فيليكس مارتينيز"), span("person", "مارتينيز"), span("organization", "كرونوفايت"),
    span("person", "سعيد عبد الباسط"), span("location", "أبو ظبي"), span("person", "مارتنيز"), span("organization", "كرونوفيت"),
  ]);
  assert.deepEqual(joined, ["person:سعيد عبدالباسط|سعيد عبد الباسط", "location:أبوظبي|أبو ظبي", "person:فيليكس مارتينيز|مارتينيز|مارتنيز", "organization:كرونوفايت|كرونوفيت"]);
  // Short or Arabic names a vowel tells apart, a nisba at the word's end, another type, another given name: apart.
  const apart = forms([
    span("person", "محمد"), span("person", "محمود"), span("person", "خالد الحميدي"), span("person", "خالد الحمدي"),
    span("location", "باكستان"), span("location", "باكستاني"), span("person", "ألفارينو"), span("organization", "ألفارنو"),
    span("person", "كارلوس ألبيرتو"), span("person", "ماريو ألبرتو"),
  ]);
  assert.equal(apart.length, 10, apart.join(" "));
  // A last name alone spelled otherwise joins its own spelling, not a second person through it.
  const two = forms([span("person", "بنيامين نتنياهو"), span("person", "نتنياهو"), span("person", "نتانياهو"), span("person", "ألكسندر نتانياهو")]);
  assert.equal(two.length, 2, two.join(" "));
});

test("rule 3: a one-word person name spelling a family name another way joins the one person it names", () => {
  const entities = mergeEntities([span("person", "بنيامين نتنياهو"), span("person", "نتانياهو"), span("person", "سالم ترامب"), span("person", "ترمب")]);
  assert.deepEqual(entities.map((e) => `${e.name}:${e.mentions.join("|")}`), ["بنيامين نتنياهو:بنيامين نتنياهو|نتانياهو", "سالم ترامب:سالم ترامب|ترمب"]);
  // Two persons of that spelling: neither; two letters apart: another person (مارتينيز, ميرتينز); a title before the name (القديس).
  const two = mergeEntities([span("person", "جاك برونسون"), span("person", "ماري برانسون"), span("person", "برنسون"), span("person", "روبرتو مارتينيز"), span("person", "ميرتينز"), span("person", "القديس فرنسيس"), span("person", "فرانسيس")]);
  assert.equal(two.length, 7);
});

// Spellings of one name across articles (scripts/entity-keys.ts lists them in the SaudiNewsNet and ANT samples).
const SAME_ENTITY: [string, string][] = [
  ["دونالد ترامب", "دونالد ترمب"],
  ["ترامب", "ترمب"],
  ["فلاديمير بوتين", "فلاديمير بوتن"],
  ["بوتين", "بوتن"],
  ["بنيامين نتنياهو", "بنيامين نتانياهو"],
  ["رجب طيب أردوغان", "رجب طيب أرودغان"],
  ["الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"],
  ["باريس سان جيرمان", "باريس سان جرمان"],
  ["كابول", "كابل"],
  ["عادل الجبير", "عادل جبير"],
  ["توني كيم", "طوني كيم"],
  ["ترا\u200Fمب", "ترامب"],
  ["وزارة الشئون الاجتماعية", "وزارة الشؤون الاجتماعية"],
  ["كانساس", "كنساس"],
  // A foreign vowel written with or without the ا next to its ي (transliterate.ts yaClustersAsYa).
  ["دايلي ميل", "ديلي ميل"],
  ["براين آدامز", "برايان آدامز"],
  ["دايفيد لامي", "ديفيد لامي"],
  ["سايمون ستيفنز", "سيمون ستيفنز"],
];

// Different entities whose spellings differ by long vowels only: native Arabic names keep their vowel letters.
const OTHER_ENTITY: [string, string][] = [
  ["صالح", "صلاح"],
  ["محمد عباس", "محمود عباس"],
  ["إيران", "إيرين"],
  ["السعودية", "السعادة"],
  ["الشارقة", "الشرقية"],
  ["الناصرة", "الناصرية"],
  ["كونا", "كونيا"],
  ["السويد", "سود"],
  ["الجولان", "جوليان"],
  ["أحمد محمد", "أحمد المحيميد"],
  ["عبدالله", "عبدالإله"],
  ["حسن", "حسين"],
  ["ليبيا", "لبنان"],
  ["فرانس", "فرانسيس"],
  ["ألمانيا", "المنيا"],
  // The same ا ي run in four-letter Arabic words and in feminine nouns: other words.
  ["عايد", "عيد"],
  ["رعاية", "رعية"],
  // A run that starts with ي: Arabic morphology (فعال), not a foreign vowel.
  ["حسان دياب", "حسان ديب"],
  ["السياسي", "السيسي"],
  ["مدرسة القيادة", "مدرسة القيدة"],
];

test("nameKey joins spellings of one name across articles and keeps other names apart", () => {
  for (const [a, b] of SAME_ENTITY) assert.equal(nameKey(a), nameKey(b), `${a} = ${b}`);
  for (const [a, b] of OTHER_ENTITY) assert.notEqual(nameKey(a), nameKey(b), `${a} ≠ ${b}`);
});

test("entityKey is the type and nameKey of the name form", () => {
  assert.equal(entityKey("الرئيس دونالد ترمب", "person"), entityKey("دونالد ترامب", "person"));
  assert.equal(entityKey("دونالد ترامب", "person"), `person:${nameKey("دونالد ترامب")}`);
});
