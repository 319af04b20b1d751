import assert from "node:assert/strict";
import { test } from "node:test";
import type { EntityType } from "../../types.js";
import { nameKey } from "./merge.js";
import { clubWithoutCountryNisba, nameWithoutJoinableHead } from "./name-key-heads.js";

// Composed names: [headed, bare, type of the headed name's entity].
const JOINED: [string, string, EntityType][] = [
  ["مدينة الزهيرات", "الزهيرات", "location"],
  ["بلدة كفر نبودة", "كفر نبودة", "location"],
  ["قرية الخربة الشمالية", "الخربة الشمالية", "location"],
  ["مخيم النور", "النور", "location"],
  ["محافظة دير البلح", "دير البلح", "location"],
  ["جمهورية تشاد", "تشاد", "location"],
  ["مملكة النرويج", "النرويج", "location"],
  ["سلطنة عمان", "عمان", "location"],
  ["نادي الفيصلي", "الفيصلي", "organization"],
  ["نادي الوحدة", "الوحدة", "organization"],
  ["نادي سانتوس لاغونا", "سانتوس لاغونا", "organization"],
  ["نادي فالنسيا الإسباني", "فالنسيا الإسباني", "organization"],
  ["حركة طالبان", "طالبان", "organization"],
  ["حركة حماس", "حماس", "organization"],
  ["منظمة أوبك", "أوبك", "organization"],
  ["منظمة الصحة العالمية", "الصحة العالمية", "organization"],
  ["حركة الشباب الأحرار", "الشباب الأحرار", "organization"],
  ["شركة نسيم للطيران", "نسيم للطيران", "organization"],
  ["شركة الخطوط الجوية الكندية", "الخطوط الجوية الكندية", "organization"],
  ["وكالة الفضاء الأوروبية", "الفضاء الأوروبية", "organization"],
  ["وكالة أنباء النخيل", "أنباء النخيل", "organization"],
];

const APART: [string, string, EntityType][] = [
  // the head is of another type than the entity
  ["ولاية سيناء", "سيناء", "organization"],
  ["نادي الزهيرات", "الزهيرات", "location"],
  // the head has the article: the rest is an adjective
  ["المدينة المنورة", "المنورة", "location"],
  ["النادي الأهلي", "الأهلي", "organization"],
  ["الحركة الشعبية", "الشعبية", "organization"],
  // a club or a movement named for a place is not the place
  ["نادي نجران", "نجران", "organization"],
  ["نادي الرياض", "الرياض", "organization"],
  ["نادي باريس", "باريس", "organization"],
  ["حركة مصر", "مصر", "organization"],
  ["منظمة قطر", "قطر", "organization"],
  // a person's name or title after the head
  ["حركة فتح الله كولن", "فتح الله كولن", "organization"],
  ["حركة محمد علي", "محمد علي", "organization"],
  ["مدينة الملك فهد الطبية", "الملك فهد الطبية", "location"],
  // one indefinite adjective after an organization's head, a definite nisba after a state form
  ["منظمة إرهابية", "إرهابية", "organization"],
  ["حركة احتجاجية", "احتجاجية", "organization"],
  ["جمهورية الفرنسية", "الفرنسية", "location"],
  // one word after حركة or منظمة that is no known organization's name (a person's, a club's, a common word)
  ["حركة كولن", "كولن", "organization"],
  ["حركة الشباب", "الشباب", "organization"],
  ["منظمة بدر", "بدر", "organization"],
  ["شركة نسيم", "نسيم", "organization"],
  ["شركة الريان", "الريان", "organization"],
  ["وكالة الأمن", "الأمن", "organization"],
  ["شركة قطر", "قطر", "organization"],
  // a body named by its function is every country's
  ["وكالة الدفاع المدني", "الدفاع المدني", "organization"],
  // a club named by a body's head: the word alone is any union, police or army
  ["نادي الاتحاد", "الاتحاد", "organization"],
  ["نادي الشرطة", "الشرطة", "organization"],
  ["نادي الجيش", "الجيش", "organization"],
  // a club named by a common word of football reports (lexicon COMMON_WORD_CLUB_NAMES)
  ["نادي الشباب", "الشباب", "organization"],
  ["نادي التعاون", "التعاون", "organization"],
  // heads left apart by measurement (named for a place, a person, or a common noun)
  ["جامعة القاهرة", "القاهرة", "organization"],
  ["حزب الله", "الله", "organization"],
  ["حزب أردوغان", "أردوغان", "organization"],
  ["وزارة الإعلام", "الإعلام", "organization"],
  ["منتخب مصر", "مصر", "organization"],
  ["مستشفى النور", "النور", "organization"],
  ["تنظيم المونديال", "المونديال", "organization"],
];

test("nameKey leaves out a joinable head of the entity's type, so the headed and the bare name share a key", () => {
  for (const [headed, bare, type] of JOINED) {
    assert.equal(nameKey(headed, type), nameKey(bare, type), `${headed} = ${bare}`);
    assert.equal(nameKey(headed), nameKey(bare), `${headed} = ${bare} (no type given)`);
  }
});

test("nameKey keeps the head where the bare name names another thing", () => {
  for (const [headed, bare, type] of APART) assert.notEqual(nameKey(headed, type), nameKey(bare, type), `${headed} ≠ ${bare}`);
});

test("nameWithoutJoinableHead: the rest as normalized, nothing for a name without a head or of one word", () => {
  assert.equal(nameWithoutJoinableHead("مخيم النور", "location"), "النور");
  assert.equal(nameWithoutJoinableHead("حماس", "organization"), undefined);
  assert.equal(nameWithoutJoinableHead("نادي", "organization"), undefined);
  assert.equal(nameWithoutJoinableHead("طالبان", "organization"), undefined);
  // a head of a place under a person's type stays
  assert.equal(nameWithoutJoinableHead("مدينة الزهيرات", "person"), undefined);
});

// Composed names: [a listed foreign club with a place's nisba, the club's name alone].
const CLUB_NISBAS: [string, string][] = [
  ["ريال مدريد الإسباني", "ريال مدريد"],
  ["نادي يوفنتوس الإيطالي", "يوفنتوس"],
  ["ليفربول الإنجليزي", "ليفربول"],
  ["أرسنال الإنكليزي", "أرسنال"],
  ["الأرسنال الإنجليزي", "أرسنال"],
  ["بوروسيا دورتموند الألماني", "بوروسيا دورتموند"],
  ["بورتو البرتغالي", "بورتو"],
  ["تشيلسي اللندني", "تشيلسي"],
  ["وفاق سطيف الجزائري", "وفاق سطيف"],
];
// Kept: a town's name (cut from the club list: برشلونة الإسباني), a Saudi or Arab club's one word (الأهلي المصري is
// not the Saudi الأهلي), a national team, an army, a nisba that names no place, a place's nisba as a person's or a place's.
const NISBA_KEPT: [string, string, EntityType][] = [
  ["برشلونة الإسباني", "برشلونة", "organization"],
  ["الأهلي المصري", "الأهلي", "organization"],
  ["الهلال السعودي", "الهلال", "organization"],
  ["المنتخب الفرنسي", "المنتخب", "organization"],
  ["الجيش الإسرائيلي", "الجيش", "organization"],
  ["ريال مدريد الملكي", "ريال مدريد", "organization"],
  ["ريال مدريد الإسباني", "ريال مدريد", "location"],
];

test("nameKey leaves out a place's nisba after a listed foreign club's name, so both names of the club share a key", () => {
  for (const [withNisba, club] of CLUB_NISBAS) {
    assert.equal(nameKey(withNisba, "organization"), nameKey(club, "organization"), `${withNisba} = ${club}`);
    assert.equal(nameKey(withNisba), nameKey(club), `${withNisba} = ${club} (no type given)`);
  }
});

test("nameKey keeps a nisba after a town's name, an Arab club's word, a body's head, and one that names no place", () => {
  for (const [withNisba, bare, type] of NISBA_KEPT) assert.notEqual(nameKey(withNisba, type), nameKey(bare, type), `${withNisba} ≠ ${bare}`);
});

test("clubWithoutCountryNisba: the club's words as given, nothing for one word, no nisba or no listed club", () => {
  const listed = (name: string) => ["ريال مدريد", "ليفربول"].includes(name);
  assert.equal(clubWithoutCountryNisba("ريال مدريد الاسباني", listed), "ريال مدريد");
  assert.equal(clubWithoutCountryNisba("ليفربول", listed), undefined);
  assert.equal(clubWithoutCountryNisba("ليفربول الفريق", listed), undefined);
  assert.equal(clubWithoutCountryNisba("برشلونه الاسباني", listed), undefined);
});

test("nameKey: a club's other spelling with the nisba joins too (تشلسي الإنجليزي, تشيلسي الإنجليزي, تشيلسي)", () => {
  assert.equal(nameKey("تشلسي الانجليزي", "organization"), nameKey("تشيلسي الانجليزي", "organization"));
  assert.equal(nameKey("تشلسي الانجليزي"), nameKey("تشيلسي"));
});

test("nameKey reads a hashtag's marks as the spaces of the name (#هيفاء_وهبي, الاتحاد_الأوروبي, دونالد #ترمب)", () => {
  const rows: [string, string, EntityType][] = [
    ["#هيفاء_وهبي", "هيفاء وهبي", "person"],
    ["الاتحاد_الأوروبي", "الاتحاد الأوروبي", "organization"],
    ["دونالد #ترمب", "دونالد ترمب", "person"],
    ["ميليشيات_الحوثي", "ميليشيات الحوثي", "organization"],
    ["#كوريا_الشمالية", "كوريا الشمالية", "location"],
    ["حركة_حماس", "حماس", "organization"],
    ["#مخيم_الزعتري", "الزعتري", "location"],
  ];
  for (const [tag, name, type] of rows) assert.equal(nameKey(tag, type), nameKey(name, type), `${tag} = ${name}`);
  assert.notEqual(nameKey("#هيفاء_وهبي", "person"), nameKey("هيفاء", "person"));
});
