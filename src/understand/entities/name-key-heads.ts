/**
 * The head word the cross-article key (merge.ts nameKey) leaves out, so one article's «مخيم الزعتري», «نادي الهلال» or
 * «حركة حماس» is the entity another article names «الزعتري», «الهلال» or «حماس» (issue 11; census and rule in
 * eval/entities/README.md, "The cross-article key leaves out a joinable head"). Only heads whose bare name, in the
 * samples' and the later ANT articles' entity names, named the same thing in nearly every case the pool held both:
 * - settlements and state forms (a place): مدينة بلدة قرية مخيم محافظة ولاية إقليم مقاطعة إمارة؛ جمهورية مملكة سلطنة;
 * - a club (an organization): نادي, unless the rest is a place's name (نادي نجران, نادي الرياض: the city alone);
 * - a movement, a body, a company or an agency (an organization): حركة منظمة شركة وكالة, before a known organization's
 *   one-word name (حماس, أوبك, غوغل) or a name of several words (منظمة العفو الدولية, شركة مصر للطيران, وكالة
 *   الاستخبارات المركزية الأمريكية), never a body named by its function (الدفاع المدني: every country's).
 * Never with the article on the head (الحزب الجمهوري, المدينة المنورة, الجيش السوري: the rest is an adjective), nor when the
 * entity's type is not the head's (ولاية سيناء the group, إقليم عدن the body), nor when the rest is a person's (a
 * given name or a title first: حركة فتح الله غولن, مدينة الملك فهد الطبية) or one indefinite adjective (منظمة إرهابية).
 * Left apart by measurement: جامعة, مستشفى, ملعب, مطار, ميناء, بنك, قناة, منتخب (named for a place: جامعة
 * القاهرة, منتخب مصر), حزب (حزب الله, حزب أردوغان), وزارة and هيئة (وزارة الإعلام, هيئة السوق: a common noun), تنظيم
 * (also "organizing": تنظيم كأس العالم, تنظيم المونديال).
 */
import type { EntityType } from "../../types.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { CITIES, COMMON_WORD_CLUB_NAMES, FUNCTION_NAMED_BODIES, GIVEN_NAMES, KNOWN_ORGANIZATIONS, ORG_HEADS, PERSON_CUES, REGIONAL_PLACES } from "./lexicon.js";
import { GEONAMES_PLACES, GEONAMES_PLACES_CUED } from "./geonames-places.js";
import { ARAB_PROVINCES, ARAB_PROVINCES_CUED } from "./province-places.js";
import { WORLD_COUNTRIES_MULTIWORD, WORLD_PLACES, WORLD_PLACES_CUED } from "./world-places.js";

/** Each joinable head (normalized, without the article) and the type of the entities it names. */
const JOINABLE_HEADS: ReadonlyMap<string, EntityType> = new Map([
  ...["مدينه", "بلده", "قريه", "مخيم", "محافظه", "ولايه", "اقليم", "مقاطعه", "اماره", "جمهوريه", "مملكه", "سلطنه"].map((h) => [h, "location"] as const),
  ...["نادي", "حركه", "منظمه", "شركه", "وكاله"].map((h) => [h, "organization"] as const),
]);

/** The club's head: its one-word rest need not be a known organization (نادي الهلال, نادي الزمالك: clubs bear common words). */
const CLUB_HEAD = "نادي";

/** State forms, whose rest is a country's name, never its adjective (جمهورية الفرنسية is no name of «الفرنسية», AFP). */
const STATE_FORMS: ReadonlySet<string> = new Set(["جمهوريه", "مملكه", "سلطنه"]);

/** A place's name as a head's rest is compared: normalized, the first word's article off, doubled letters as one. */
function placeForm(name: string): string {
  const words = normalizeArabic(name).trim().split(/\s+/);
  words[0] = words[0]!.replace(/^ال(?=.{3})/, "");
  return words.join(" ").replace(/(.)\1+/g, "$1");
}

/** Every two-letter region code's Arabic name (CLDR through Intl.DisplayNames): the countries. */
function countryNames(): string[] {
  const names = new Intl.DisplayNames(["ar"], { type: "region", fallback: "none" });
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const name = names.of(String.fromCharCode(a, b));
      if (name && /^[\u0600-\u06FF ]+$/.test(name)) out.push(name);
    }
  }
  return out;
}

let places: ReadonlySet<string> | undefined;

/** The gazetteer's place names (the tagger's lists, the cued ones too) and the countries, in placeForm. */
function placeForms(): ReadonlySet<string> {
  places ??= new Set([...CITIES, ...REGIONAL_PLACES, ...WORLD_PLACES, ...WORLD_PLACES_CUED, ...WORLD_COUNTRIES_MULTIWORD, ...GEONAMES_PLACES,
    ...GEONAMES_PLACES_CUED, ...ARAB_PROVINCES, ...ARAB_PROVINCES_CUED, ...countryNames()].map(placeForm));
  return places;
}

let knownOrganizations: ReadonlySet<string> | undefined;

/** A name of lexicon KNOWN_ORGANIZATIONS (حماس, طالبان, أوبك, the known companies), compared in placeForm. */
function isKnownOrganization(word: string): boolean {
  knownOrganizations ??= new Set(KNOWN_ORGANIZATIONS.map(placeForm));
  return knownOrganizations.has(placeForm(word));
}

function isPlace(rest: readonly string[]): boolean {
  return placeForms().has(placeForm(rest.join(" ")));
}

/**
 * A club named by a body's head word (نادي الاتحاد, نادي الشرطة, نادي الجيش: the word alone names any union, police or
 * army; الاتحاد of «وقال الاتحاد في بيانه», the federation) or by a common word (lexicon COMMON_WORD_CLUB_NAMES: نادي
 * الشباب, whose bare «الشباب» is youth or the Somali movement), so the club keeps its head.
 */
function isClubNamedByCommonWord(head: string, rest: readonly string[]): boolean {
  return head === CLUB_HEAD && rest.length === 1 && (ORG_HEADS.has(rest[0]!) || COMMON_WORD_CLUB_NAMES.has(rest[0]!));
}

/** One indefinite adjective after an organization's head (منظمة إرهابية, روسية, ناشطة): a common noun, not a name (a place's head is not tested: مدينة دبي, مدينة جدة). */
function isLoneAdjective(rest: readonly string[]): boolean {
  return rest.length === 1 && !rest[0]!.startsWith("ال") && /[يه]$/.test(rest[0]!);
}

/** One definite nisba (الفرنسية, العربية). */
function isLoneDefiniteNisba(rest: readonly string[]): boolean {
  return rest.length === 1 && /^ال.*(?:ي|يه)$/.test(rest[0]!);
}

/** A person's name or title starts the rest (حركة محمد صلاح, مدينة الملك فهد, a compound «… الله»: حركة فتح الله غولن). */
function startsWithPerson(rest: readonly string[]): boolean {
  const first = rest[0]!;
  return GIVEN_NAMES.has(first) || PERSON_CUES.has(first) || PERSON_CUES.has(`ال${first}`) || (rest.length > 2 && rest[1] === "الله");
}

/**
 * Whether a joinable head stays because its rest names another thing than the headed name:
 * - any head: a person's name or title starts the rest;
 * - a state form: a lone nisba that is no country (جمهورية الفرنسية);
 * - a club: one word that is itself a body's head or a common word (نادي الاتحاد: «الاتحاد» alone is any union or federation;
 *   نادي الشباب: youth);
 * - an organization's head: one indefinite adjective, a gazetteer place (نادي نجران, شركة قطر), a body named by its
 *   function (الدفاع المدني: every country's; lexicon), or, but for a club, one word that is no known organization's
 *   name (حركة غولن / غولن the preacher, حركة فتح / «الفتح» the Saudi club, منظمة بدر / بدر, منظمة التحرير / التحرير).
 */
function keepsItsHead(head: string, headType: EntityType, rest: readonly string[]): boolean {
  if (startsWithPerson(rest)) return true;
  if (headType === "location") return STATE_FORMS.has(head) && isLoneDefiniteNisba(rest) && !isPlace(rest);
  if (isClubNamedByCommonWord(head, rest)) return true;
  return isLoneAdjective(rest) || isPlace(rest) || FUNCTION_NAMED_BODIES.has(rest.join(" ")) || (head !== CLUB_HEAD && rest.length === 1 && !isKnownOrganization(rest[0]!));
}

/**
 * The name without its joinable head (normalized), when the head only classifies a name that names the same entity
 * alone; undefined when the name keeps its head. `type` is the entity's: a head of another type stays.
 */
export function nameWithoutJoinableHead(name: string, type?: EntityType): string | undefined {
  const words = normalizeArabic(name).trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const head = words[0]!;
  const headType = JOINABLE_HEADS.get(head);
  if (!headType || (type !== undefined && type !== headType)) return undefined;
  const rest = words.slice(1);
  return keepsItsHead(head, headType, rest) ? undefined : rest.join(" ");
}

/** A definite nisba's letters between the article and the final ي (الإسباني: اسبان). */
const DEFINITE_NISBA = /^ال([\u0621-\u064A]{2,})ي$/;
/** Endings a place's name adds to its nisba's stem (اسبان → اسبانيا, فرنس → فرنسا, سعود → سعوديه, مصر → مصر). */
const PLACE_ENDINGS = ["", "ا", "يا", "يه", "ه"];
/** England's nisbas, the one country adjective not made from its name's letters (انجلترا). */
const IRREGULAR_COUNTRY_NISBAS: ReadonlySet<string> = new Set(["الانجليزي", "الانكليزي"]);

/** A place's adjective: the nisba of a country or town the gazetteer holds (الإسباني, الإيطالي, الألماني, اللندني; الإنجليزي). */
function isPlaceNisba(word: string): boolean {
  if (IRREGULAR_COUNTRY_NISBAS.has(word)) return true;
  const stem = DEFINITE_NISBA.exec(word)?.[1];
  return stem !== undefined && PLACE_ENDINGS.some((e) => placeForms().has(placeForm(stem + e)));
}

/**
 * A listed foreign club's name and a place's nisba after it (ريال مدريد الإسباني, يوفنتوس الإيطالي, ليفربول الإنجليزي):
 * the club's name without the nisba (normalized), since the nisba only says where the club plays; undefined otherwise.
 * `isListedClub` tells a FOREIGN_CLUBS name in any spelling (merge.ts compares cross-article keys: تشلسي as تشيلسي).
 * Only FOREIGN_CLUBS (ArWikiCats' clubs, towns and countries cut out: a town's name with its nisba, برشلونة الإسباني,
 * stays); a Saudi or Arab club's one word keeps it (الأهلي المصري is not the Saudi الأهلي).
 */
export function clubWithoutCountryNisba(normalizedName: string, isListedClub: (name: string) => boolean): string | undefined {
  const words = normalizedName.split(" ");
  if (words.length < 2 || !isPlaceNisba(words.at(-1)!)) return undefined;
  const rest = words.slice(0, -1).join(" ");
  return isListedClub(rest) ? rest : undefined;
}
