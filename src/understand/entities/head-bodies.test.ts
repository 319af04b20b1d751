import { test } from "node:test";
import assert from "node:assert/strict";
import { recognizeEntities, type EntitySpan } from "./index.js";

/**
 * Composed sentences for ent114's head-noun and person-edge rules (recognize.ts): each row a rule, a sentence, the type
 * read and the mentions of that type expected in text order (an empty list: none of that type).
 */
interface Row {
  rule: string;
  text: string;
  type: EntitySpan["type"];
  expected: string[];
}

const rows: Row[] = [
  // UNLISTED_NISBA_COUNTRIES with addNationalBodies: Britain's, Afghanistan's, Denmark's and Palestine's bodies.
  { rule: "nisba of Britain", text: "وناقش البرلمان البريطاني مشروع القانون الجديد مساء الثلاثاء.", type: "organization", expected: ["البرلمان البريطاني"] },
  { rule: "nisba of Afghanistan", text: "وتقدمت القوات الأفغانية نحو الوادي بعد قصف عنيف.", type: "organization", expected: ["القوات الأفغانية"] },
  { rule: "nisba of Denmark", text: "وأعلن الجيش الدنماركي انتهاء المناورات في الشمال.", type: "organization", expected: ["الجيش الدنماركي"] },
  // addNationalBodies: a name adjective between head and nisba, and one after the nisba.
  { rule: "name adjective before the nisba", text: "ونفذت القوات الخاصة الأردنية عملية إنزال قرب الحدود.", type: "organization", expected: ["القوات الخاصة الأردنية"] },
  { rule: "name adjective after the nisba", text: "وتقدمت القوات العراقية المشتركة في الصحراء الغربية.", type: "organization", expected: ["القوات العراقية المشتركة"] },
  { rule: "a masculine adjective after a feminine nisba stays out", text: "وقال ضابط في القوات العراقية الخاص إن الهجوم فشل.", type: "organization", expected: ["القوات العراقية"] },
  // addInstitutionsOfPlaces: an indefinite institution head before a place.
  { rule: "embassy of a place", text: "ورفض متحدث باسم سفارة الكويت في باريس التعليق على الخبر.", type: "organization", expected: ["سفارة الكويت"] },
  { rule: "university of a place, ب before the head", text: "ويعمل الباحث أستاذا بجامعة ستوكهولم منذ سنوات.", type: "organization", expected: ["جامعة ستوكهولم"] },
  { rule: "college of a place and its field", text: "وتخرجت الباحثة في كلية باريس للعلوم السياسية قبل عامين.", type: "organization", expected: ["كلية باريس للعلوم السياسية"] },
  { rule: "a time word after a university is no field", text: "وافتتحت جامعة بغداد للعام الدراسي الجديد قاعات أخرى.", type: "organization", expected: ["جامعة بغداد"] },
  { rule: "an embassy the article also names by its nisba is left to the place", text: "وافتتحت السفارة البريطانية في عمان، وقال موظف في سفارة المملكة المتحدة إن الحفل تم.", type: "organization", expected: ["السفارة البريطانية"] },
  { rule: "police of a place", text: "وقالت شرطة مانشستر إنها أوقفت رجلين بعد الحادث.", type: "organization", expected: ["شرطة مانشستر"] },
  // addGeneralOrgansOfBodies: الجمعية / القيادة / الأمانة العامة + a body with لل.
  { rule: "general assembly of a body", text: "وصوتت الجمعية العامة للأمم المتحدة على القرار بأغلبية كبيرة.", type: "organization", expected: ["الجمعية العامة للأمم المتحدة"] },
  { rule: "general command of an army", text: "وأصدرت القيادة العامة للجيش العراقي بيانا عن العملية.", type: "organization", expected: ["القيادة العامة للجيش العراقي"] },
  { rule: "a general secretary is a person's office", text: "ودعا الأمين العام للأمم المتحدة إلى وقف القتال.", type: "organization", expected: ["للأمم المتحدة"] },
  // addDefiniteBodiesOfCountries: definite head + adjectives + a country's adjective or «highest».
  { rule: "council with an adjective and a country", text: "وعقد المجلس العسكري الليبي اجتماعا طارئا في بنغازي.", type: "organization", expected: ["المجلس العسكري الليبي"] },
  { rule: "committee closed by «highest»", text: "وأعلنت اللجنة الانتخابية العليا موعد الاقتراع المقبل.", type: "organization", expected: ["اللجنة الانتخابية العليا"] },
  { rule: "a compass adjective is no country", text: "وتقع البلدة داخل الدائرة القطبية الشمالية منذ قرون.", type: "organization", expected: [] },
  { rule: "a board's adjective is no body's", text: "واجتمعت اللجنة التنفيذية المصرية مساء أمس.", type: "organization", expected: [] },
  // cutOutletPhrasesOffPersons: the outlet a speaker spoke to is no part of the name.
  { rule: "outlet after a speaker", text: "وقال جون هاريسون لشبكة (بي بي إس) إن الخطة فشلت.", type: "person", expected: ["جون هاريسون"] },
  { rule: "agency after a speaker", text: "وصرح أحمد الزهراني لوكالة الأنباء بأن العمل مستمر.", type: "person", expected: ["أحمد الزهراني"] },
  // cutConjunctionsOfListedNames with isUnseenConjoinedPerson: و + a name the word table never saw whole.
  { rule: "unseen و-name in a list", text: "وضمت القائمة لاعبين مثل ماركوس هولتبي وكريستوفر دانغوفيتش.", type: "person", expected: ["ماركوس هولتبي", "كريستوفر دانغوفيتش"] },
  { rule: "a foreign و-name read whole stays", text: "وقال والتر سكوفيلد إن الفريق جاهز.", type: "person", expected: ["والتر سكوفيلد"] },
  { rule: "an unseen و-name with no evidence keeps its first letter", text: "وقال وزير الخارجية النيوزيلندي ونستون بيترز إن بلاده قلقة.", type: "person", expected: ["ونستون بيترز"] },
  { rule: "an unseen و-name the article writes without و loses the و", text: "وحضر الحفل مدربون كثر وباستيان شفاينشتايغر، وكان باستيان شفاينشتايغر قد اعتزل.", type: "person", expected: ["باستيان شفاينشتايغر", "باستيان شفاينشتايغر"] },
];

for (const row of rows) {
  test(`ent114 ${row.rule}: ${row.type} ${JSON.stringify(row.expected)}`, () => {
    const got = recognizeEntities(row.text).filter((s) => s.type === row.type).map((s) => s.text);
    assert.deepEqual(got, row.expected, `${row.text} → ${recognizeEntities(row.text).map((s) => `${s.type}:${s.text}`).join(" | ")}`);
  });
}
