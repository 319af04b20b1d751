/**
 * The one table of calendar words: Gregorian and Hijri month names, weekdays, named time zones.
 * Written for marsad and checked against ../shared/data/reference-lists/ (not copied from it).
 * Every reader of dates (absolute.ts, understand/dates, the HTML page date) builds its lookups from
 * these lists; matching goes through the normalizer (`nameKey`), so a list holds one spelling per
 * name and hamza, ة/ه, ى/ي and tatweel variants need no entry of their own.
 *
 * - Gregorian, Arabic: the standard (Egypt/Gulf) names with the Egyptian press spellings (يونيه,
 *   يوليه), the Levantine/Iraqi Syriac names (the two-word ones also without the article, as papers
 *   write them: `كانون أول/ديسمبر 2012`, `أكتوبر/تشرين أول 2018`), the Tunisian/Algerian French-derived names, the
 *   Moroccan and the Mauritanian names; then English and French, full and abbreviated.
 * - Gregorian, other languages (page dates of non-Arabic sites only): the major European languages,
 *   Turkish, Indonesian/Malay, Hindi and Hebrew (with its ב- prefix: 15 באפריל), genitive forms
 *   where a language writes the day with one (15 czerwca, 7 июня); then, per month, Icelandic,
 *   Catalan, Galician, Albanian, Azerbaijani/Uzbek, Bulgarian, Macedonian, Serbian (both scripts),
 *   Belarusian, Estonian, Slovenian, Tagalog, Malay/Swahili, Armenian, Georgian, Persian (the
 *   Gregorian names), Urdu and Ukrainian nominatives, full names only (each checked against how
 *   the language writes a date: `29. júní 2020`, `29 d’agost`, `29 հունիսի, 2020`).
 * - Hijri: each month with the spellings the press uses (ربيع الآخر / الثاني, جمادى الأولى / الأول).
 * - Weekdays: Arabic with the article (and the colloquial الاتنين), English, French.
 */
import { normalizeArabic } from "../normalize.js";

/** Index 0 = January. Arabic styles, then English and French. */
export const GREGORIAN_MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ["يناير", "كانون الثاني", "كانون ثاني", "جانفي", "جانفييه", "January", "Jan", "janvier", "janv"],
  ["فبراير", "فبرایر", "شباط", "فيفري", "February", "Feb", "février", "fevrier", "févr"],
  ["مارس", "آذار", "March", "Mar", "mars"],
  ["أبريل", "إبريل", "نيسان", "أفريل", "April", "Apr", "avril", "avr"],
  ["مايو", "أيار", "ماي", "May", "mai"],
  ["يونيو", "يونيه", "حزيران", "جوان", "June", "Jun", "juin"],
  ["يوليو", "يوليه", "تموز", "جويلية", "جويلييه", "يوليوز", "July", "Jul", "juillet", "juil"],
  ["أغسطس", "آب", "أوت", "غشت", "أغشت", "August", "Aug", "août", "aout"],
  ["سبتمبر", "أيلول", "شتنبر", "شتمبر", "September", "Sept", "Sep", "septembre"],
  ["أكتوبر", "تشرين الأول", "تشرين أول", "October", "Oct", "octobre"],
  ["نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر", "November", "Nov", "novembre"],
  ["ديسمبر", "كانون الأول", "كانون أول", "دجنبر", "دجمبر", "December", "Dec", "décembre", "decembre", "déc"],
];

/** Index 0 = January. Languages of non-Arabic pages whose dates the HTML extractor reads. */
export const OTHER_LANGUAGE_MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  // Spanish, Portuguese, German, Italian, Russian, Ukrainian, Dutch/Indonesian, Turkish, Persian
  ["enero", "ene", "janeiro", "januar", "jänner", "gennaio", "gen", "января", "январь", "січня", "januari", "ocak", "ژانویه",
    // Polish, Czech, Slovak, Hungarian, Romanian, Croatian, Slovenian, Finnish, Lithuanian, Greek, Hindi, Hebrew
    "stycznia", "styczeń", "ledna", "januára", "január", "ianuarie", "siječnja", "januarja", "tammikuuta", "sausio", "ιανουαρίου", "ιανουαριου", "ιανουάριος", "जनवरी", "ינואר", "בינואר",
    "janúar", "gener", "xaneiro", "janar", "yanvar", "януари", "јануари", "јануар", "студзеня", "jaanuar", "հունվարի", "იანვარი", "ژانویهٔ", "جنوری", "січень"],
  ["febrero", "fevereiro", "februar", "febbraio", "февраля", "февраль", "лютого", "februari", "şubat",
    "lutego", "luty", "února", "februára", "február", "febr", "februarie", "veljače", "februarja", "helmikuuta", "vasario", "φεβρουαρίου", "φεβρουαριου", "φεβρουάριος", "फ़रवरी", "फरवरी", "פברואר", "בפברואר",
    "febrúar", "febrer", "febreiro", "shkurt", "fevral", "февруари", "фебруар", "лютага", "veebruar", "pebrero", "փետրվարի", "თებერვალი", "فوریه", "فوریهٔ", "فروری", "лютий"],
  ["marzo", "março", "marco", "märz", "maerz", "марта", "март", "березня", "maart", "mart",
    "marca", "marzec", "března", "március", "márc", "martie", "ožujka", "maaliskuuta", "kovo", "maret", "mac", "μαρτίου", "μαρτιου", "μάρτιος", "मार्च", "מרץ", "במרץ",
    "marts", "març", "märts", "marec", "marso", "machi", "сакавіка", "մարտի", "მარტი", "مارچ", "березень"],
  ["abril", "aprile", "апреля", "апрель", "квітня", "nisan",
    "kwietnia", "kwiecień", "dubna", "apríla", "április", "ápr", "aprilie", "travnja", "aprila", "huhtikuuta", "balandžio", "απριλίου", "απριλιου", "απρίλιος", "अप्रैल", "אפריל", "באפריל",
    "apríl", "prill", "aprel", "април", "красавіка", "aprill", "aprili", "ապրիլի", "აპრილი", "آوریل", "اپریل", "квітень"],
  ["mayo", "maio", "maggio", "mag", "мая", "май", "травня", "mei", "mayıs",
    "maja", "maj", "května", "mája", "május", "máj", "svibnja", "toukokuuta", "gegužės", "μαΐου", "μαιου", "μάιος", "मई", "מאי", "במאי",
    "maí", "maig", "мај", "մայիսի", "მაისი", "مه", "مهٔ", "مئی", "травень"],
  ["junio", "junho", "juni", "giugno", "giu", "июня", "июнь", "червня", "haziran",
    "czerwca", "czerwiec", "června", "júna", "június", "jún", "iunie", "lipnja", "junija", "kesäkuuta", "birželio", "ιουνίου", "ιουνιου", "ιούνιος", "जून", "יוני", "ביוני",
    "júní", "juny", "xuño", "qershor", "iyun", "юни", "јуни", "јун", "чэрвеня", "juuni", "junij", "hunyo", "հունիսի", "ივნისი", "ژوئن", "جون", "червень"],
  ["julio", "julho", "juli", "luglio", "lug", "июля", "июль", "липня", "temmuz",
    "lipca", "lipiec", "července", "júla", "július", "júl", "iulie", "srpnja", "julija", "heinäkuuta", "liepos", "ιουλίου", "ιουλιου", "ιούλιος", "जुलाई", "יולי", "ביולי",
    "júlí", "juliol", "xullo", "korrik", "iyul", "юли", "јули", "јул", "ліпеня", "juuli", "julij", "hulyo", "julai", "հուլիսի", "ივლისი", "ژوئیه", "ژوئیهٔ", "جولائی", "липень"],
  ["agosto", "ago", "августа", "август", "серпня", "augustus", "ağustos",
    "sierpnia", "sierpień", "srpna", "augusta", "augusztus", "kolovoza", "avgusta", "elokuuta", "rugpjūčio", "agustus", "ogos", "augusti", "αυγούστου", "αυγουστου", "αύγουστος", "अगस्त", "אוגוסט", "באוגוסט",
    "ágúst", "agost", "gusht", "avqust", "avgust", "жніўня", "agosti", "օգոստոսի", "აგვისტო", "اوت", "اگست", "серпень"],
  ["septiembre", "setembro", "settembre", "set", "сентября", "сентябрь", "вересня", "eylül",
    "września", "wrzesień", "září", "septembra", "szeptember", "szept", "septembrie", "rujna", "syyskuuta", "rugsėjo", "σεπτεμβρίου", "σεπτεμβριου", "σεπτέμβριος", "सितंबर", "सितम्बर", "ספטמבר", "בספטמבר",
    "setembre", "shtator", "sentyabr", "sentabr", "septembar", "септември", "септембар", "верасня", "setyembre", "septemba", "սեպտեմբերի", "სექტემბერი", "سپتامبر", "ستمبر", "вересень"],
  ["octubre", "outubro", "oktober", "ottobre", "ott", "октября", "октябрь", "жовтня", "ekim",
    "października", "październik", "října", "októbra", "október", "okt", "octombrie", "oktobra", "lokakuuta", "spalio", "οκτωβρίου", "οκτωβριου", "οκτώβριος", "अक्टूबर", "अक्तूबर", "אוקטובר", "באוקטובר",
    "tetor", "oktyabr", "oktabr", "oktobar", "октомври", "октобар", "кастрычніка", "oktoober", "oktubre", "oktoba", "հոկտեմբերի", "ოქტომბერი", "اکتبر", "اکتوبر", "жовтень"],
  ["noviembre", "novembro", "ноября", "ноябрь", "листопада", "kasım",
    "listopadu", "listopad", "novembra", "noiembrie", "studenoga", "studenog", "marraskuuta", "lapkričio", "νοεμβρίου", "νοεμβριου", "νοέμβριος", "नवंबर", "नवम्बर", "נובמבר", "בנובמבר",
    "nóvember", "nëntor", "noyabr", "novembar", "ноември", "новембар", "лістапада", "nobyembre", "novemba", "նոյեմբերի", "ნოემბერი", "نوامبر", "نومبر"],
  ["diciembre", "dezembro", "dezember", "dicembre", "dic", "декабря", "декабрь", "грудня", "aralık",
    "grudnia", "grudzień", "prosince", "decembra", "december", "decembrie", "prosinca", "desember", "disember", "dez", "joulukuuta", "gruodžio", "δεκεμβρίου", "δεκεμβριου", "δεκέμβριος", "दिसंबर", "दिसम्बर", "דצמבר", "בדצמבר",
    "desembre", "decembro", "dhjetor", "dekabr", "decembar", "декември", "децембар", "снежня", "detsember", "disyembre", "desemba", "դեկտեմբերի", "დეკემბერი", "دسامبر", "دسمبر", "грудень"],
];

/** Index 0 = Muharram. */
export const HIJRI_MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ["محرم", "المحرم"],
  ["صفر"],
  ["ربيع الأول", "ربيع أول"],
  ["ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربيع آخر"],
  ["جمادى الأولى", "جمادى الأول", "جمادى أولى"],
  ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"],
  ["رجب"],
  ["شعبان"],
  ["رمضان"],
  ["شوال"],
  ["ذو القعدة", "ذي القعدة"],
  ["ذو الحجة", "ذي الحجة"],
];

/** Index 0 = Sunday (JavaScript's day numbers). Arabic with the article, English, French. */
export const WEEKDAY_NAMES: ReadonlyArray<readonly string[]> = [
  ["الأحد", "Sunday", "Sun", "dimanche"],
  ["الاثنين", "الإثنين", "الاتنين", "Monday", "Mon", "lundi"],
  ["الثلاثاء", "الثلاثا", "الثلثاء", "Tuesday", "Tue", "Tues", "mardi"],
  ["الأربعاء", "الاربعا", "Wednesday", "Wed", "mercredi"],
  ["الخميس", "Thursday", "Thu", "Thur", "Thurs", "jeudi"],
  ["الجمعة", "Friday", "Fri", "vendredi"],
  ["السبت", "Saturday", "Sat", "samedi"],
];

/**
 * Zones named in words (`بتوقيت مكة المكرمة`, `(توقيت القدس)`, `بالتوقيت المحلي`); Gulf and Levant
 * capitals keep a fixed offset all year. A zone whose clock moves with daylight saving (Jerusalem,
 * Cairo, Beirut, Morocco's Ramadan hour) or the page's "local time" has no offset: the phrase
 * belongs to the date, the value keeps its local time.
 */
export const NAMED_ZONES: ReadonlyArray<readonly [string, string | null]> = [
  ["مكة المكرمة", "+03:00"], ["مكة", "+03:00"], ["السعودية", "+03:00"], ["الرياض", "+03:00"],
  ["الدوحة", "+03:00"], ["قطر", "+03:00"], ["الكويت", "+03:00"], ["بغداد", "+03:00"],
  ["المنامة", "+03:00"], ["البحرين", "+03:00"], ["دمشق", "+03:00"], ["عمّان", "+03:00"],
  ["صنعاء", "+03:00"], ["عدن", "+03:00"], ["الخرطوم", "+02:00"], ["طرابلس", "+02:00"],
  ["أبوظبي", "+04:00"], ["أبو ظبي", "+04:00"], ["الإمارات", "+04:00"], ["دبي", "+04:00"],
  ["مسقط", "+04:00"], ["تونس", "+01:00"], ["الجزائر", "+01:00"],
  ["غرينتش", "Z"], ["جرينتش", "Z"], ["غرينيتش", "Z"],
  ["القدس", null], ["فلسطين", null], ["القاهرة", null], ["مصر", null], ["بيروت", null], ["لبنان", null],
  ["المغرب", null], ["الرباط", null], ["المحلي", null],
];

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const LATIN_ACCENTS = /\p{M}/gu;

/** The matching key of a calendar word: normalized, no spaces or dots, Latin accents dropped. */
export function nameKey(name: string): string {
  const base = ARABIC_LETTER.test(name) ? name : name.normalize("NFD").replace(LATIN_ACCENTS, "");
  return normalizeArabic(base).replace(/[\s.]/g, "");
}

function lookupOf(table: ReadonlyArray<readonly string[]>, base = 1): Map<string, number> {
  const map = new Map<string, number>();
  table.forEach((names, i) => {
    for (const n of names) map.set(nameKey(n), i + base);
  });
  return map;
}

/** nameKey → month number (1–12), Arabic, English and French names. */
export const GREGORIAN_MONTH_KEYS: ReadonlyMap<string, number> = lookupOf(GREGORIAN_MONTH_NAMES);
/** nameKey → Hijri month number (1–12). */
export const HIJRI_MONTH_KEYS: ReadonlyMap<string, number> = lookupOf(HIJRI_MONTH_NAMES);
/** nameKey → day number, 0 = Sunday. */
export const WEEKDAY_KEYS: ReadonlyMap<string, number> = lookupOf(WEEKDAY_NAMES, 0);

function foldedArabic(table: ReadonlyArray<readonly string[]>, base: number): Map<string, number> {
  const map = new Map<string, number>();
  table.forEach((names, i) => {
    for (const n of names) if (ARABIC_LETTER.test(n)) map.set(normalizeArabic(n), i + base);
  });
  return map;
}

/** Folded Arabic weekday name (with the article) → day number, 0 = Sunday; for patterns over folded text. */
export const WEEKDAYS: ReadonlyMap<string, number> = foldedArabic(WEEKDAY_NAMES, 0);

/** Folded Arabic Gregorian month name → month number (1–12); for patterns over folded text. */
export const MONTHS: ReadonlyMap<string, number> = foldedArabic(GREGORIAN_MONTH_NAMES, 1);

/** Folded Arabic Hijri month name → month number (1–12); for patterns over folded text. */
export const HIJRI_MONTHS: ReadonlyMap<string, number> = foldedArabic(HIJRI_MONTH_NAMES, 1);

/** Regex alternation of the keys of `names`, longest first so that مايو is tried before ماي. */
export function alternation(names: Iterable<string>): string {
  return [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, "\\s+")).join("|");
}

const UNITS_ORDINAL = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
const TEENS_ORDINAL = ["الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر"];

/**
 * Ordinal day words (`التاسع من أبريل`, `الحادي والعشرين من مارس`) in folded form → day of month;
 * the tens in both cases (العشرين / العشرون), the first day also as `غره` (غرة شهر).
 */
export const ORDINAL_DAYS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (words: string, day: number) => map.set(normalizeArabic(words), day);
  UNITS_ORDINAL.forEach((w, i) => add(w, i + 1));
  add("العاشر", 10);
  TEENS_ORDINAL.forEach((w, i) => add(w, i + 11));
  for (const [tens, value] of [["العشرين", 20], ["العشرون", 20], ["الثلاثين", 30], ["الثلاثون", 30]] as const) {
    add(tens, value);
    const units = value === 20 ? 9 : 1;
    for (let u = 1; u <= units; u++) add(`${u === 1 ? "الحادي" : UNITS_ORDINAL[u - 1]} و${tens}`, value + u);
  }
  add("غرة", 1);
  return map;
})();
