/**
 * Casualty, arrest and displacement figures read as a small grammar over the body's tokens (one
 * tokenization, lexicons of src/arabic/lexicon/ compiled at load). Rules:
 * - A count is a number (numbers.ts: digits, number words, vague plurals as a range) or a dual noun
 *   (`طفلين`, `مدنيان`, the nominative dual of a nationality `فلسطينيان`: 2; `حالتا وفاة`: the dual of
 *   حالة before a death or injury noun). Not counts: numbers inside a date mention, years (a four-digit 1900–2100
 *   not followed by people), ordinals (`الـ31`), scores (`2-1`), numbers followed by a unit (`%`,
 *   `دولار`, `كيلومتر`, `صاروخ`…) or after `رقم` / `عام` / `المادة`…
 * - The counted phrase after it: a person noun that names the event (`27 قتيلاً`, `12 من القتلى`),
 *   `حالة` + an event noun (`687 حالة اعتقال`), a group noun (`17 مدنياً`, `3 ضباط`), a head and its
 *   complement (`6 من قوات النظام`), a nationality (`11 إيرانياً`), or `من` + any of these, a people's
 *   name possibly between (`16 من الطوارق المدنيين`). A group noun gives the group (lexicon/groups.ts).
 * - The kind, first found in this cascade (`KIND_STEPS`, in order): the counted phrase; a cue right
 *   before the number and its qualifier (an event noun `مقتل`, an event verb `قتل`, a verb counted
 *   only there `قضى` / `ضبط`, the cue of an idiom whose trigger stands earlier in the clause
 *   `أودت … بحياة`, `القبض على`); a tally a few words back (`ارتفعت حصيلة القتلى إلى`, `عدد ضحايا
 *   الإعصار`, `والجرحى إلى`, `القتلى الذين بلغ عددهم`); a subgroup or enumeration of the previous figure (`بينهم`, `منهم`, `هم`;
 *   of the kind its own verb after it names when the whole are not dead: `اعتقلت 19 بينهم ثلاثة أصيبوا`); an item
 *   coordinated with `و` right after the previous figure; an event verb earlier in the clause (`أصيب
 *   خلاله أيضاً 4 آخرين`); a verb or noun agreeing with the counted people after them (`قتلوا`,
 *   `لقي … مصرعهم`, `في عداد المفقودين`, `نقل … إلى المستشفيات`). A clause ends at . ! ? ؟ ؛ : or a
 *   line break, at a complementizer (إن، أن) and at another count.
 * - An item joined to an enumeration of parts (`هم خمسة مدنيين … وخمسة متعاقدين`) counts people with no person noun.
 * - A breakdown of a figure into parts told apart by place, cause or state (`مقتل 8، اثنين بموقع … و6 كانوا على متن عربة`,
 *   `20 فلسطينيا قضوا …، و18 جراء القصف، و3 لم يعرف`, `19 شهيدا، 12 من الأمنيين`): a smaller count right after the comma
 *   closing a figure, and a bare number joined by و after it, count parts of its people, of its kind; a unit word with ب
 *   after a number (`بموقع`) is a place or cause, not what it counts.
 * - People a state names (معتقل، جريح، مفقود…) are dead when a death word stands right before them, not past و (`وفاة المئات
 *   من المعتقلين`, `بقتل آلاف المعتقلين`), and of the kind of an event verb opening a relative clause right after them
 *   (`آلاف المعتقلين الذين قتلوا`); prisoners after a word of flight (`هرب 400 معتقل`) escape: no figure. An attempted
 *   killing (`الشروع في قتل 9 آخرين`) is no death. Fighters or members of a state force (`86 مقاتلا من قوات النظام`,
 *   `عنصرا من الحرس الثوري`, `من قوات مكافحة الإرهاب`) are its soldiers or police, the gunmen loyal to it joined after them
 *   too. بينهم / منهم after a count of people that is no figure (`ومحاصرة نحو ألف … من بينهم نحو مئة`) is a part of those
 *   people. Not counts: the number of `فرانس 24`, and N in `N أو M مرة` (the second number's unit).
 * - Victims (ضحية، ضحايا) that no death word of their clause names are alive when the clause names a harm that is no
 *   killing (trafficking, harassment, rape, violations, fraud, blackmail), or when they are heard or file a claim: no death.
 * - Late steps of the cascade: a clause opening with بين and the people (`وكان بين قتلى التفجيرين …
 *   تسعة صحافيين`), and بينهم / منهم after people named earlier in the sentence with no figure of theirs
 *   (`وجميع الضحايا … وبينهم سبع نساء`); after the
 *   people, `سقطوا أسرى` and `تعرضوا للاعتقال`. `N منهم` counts the previous figure's people, of its group.
 *   `واحد من الضحايا` names a person and counts none without a cue; prisoners on hunger strike are no
 *   arrest; a family's `فقدت أربعة أطفال` is a death. An arrest of bare عناصر (no force, group or
 *   armed adjective) counts people in general unless the sentence names an armed group.
 * - Only a cue right before the number, a tally or `في عداد` may count without people named;
 *   otherwise the counted phrase must name people. A release word before it (`الإفراج عن`) makes it
 *   no figure, unless a detention participle follows the people (`ثلاثة أمريكيين كانوا معتقلين`: the
 *   detained). Destruction (`تدمير 5 منازل`) is not a casualty figure; أجلت before a trial or session
 *   (`أجلت المحكمة محاكمة 23`) is a postponement, no evacuation; a death sentence passed (`بالإعدام`,
 *   `أحكام … والإعدام بحق`; an indefinite `إعدام` after a court or a ruling in its clause: `أمرت المحكمة بـ"إعدام 17`) is no death. A rate is no figure: an average before the count (`بمعدل سبعة قتلى في الشهر`) or
 *   per and a number after its people (`1000 قتيل في المعارك لكل مليون نسمة`).
 * - A definite nominative dual counts two right after a verb or noun of death, injury or arrest
 *   (`قتل الطياران`, `واعتقل الرجلان`); alone it names people already known (`الموقوفان`). A harm verb reaches a
 *   dual or bare number past a preposition with the event's pronoun (`قتل فيها فلسطينيان`, `قتل فيها اثنان`); the force named right after a dual
 *   (`عضوان من مسلحي حماس`, `ضابطان بالشرطة`) is its group. A couple right after such a word counts two, definite or
 *   not (`وفاة زوجين`, `مقتل الزوجين`: زوج's plural is broken, so ـين is the dual's).
 * - A death sentence carried out on counted people (`تنفيذ حكم الإعدام بحق 15 شخصا`) is their death.
 * - People held in custody named after them (`وضع 813 منهم رهن التوقيف`, `ثلاثة شرطيين قيد التوقيف`) are detained,
 *   with no people noun needed; that custody is no event for a count further on (figures-custody.ts).
 * - People right after a detonation word whose phrase a reflexive closes (`فجر اثنان منهما نفسيهما`,
 *   `تفجير عنصرين من التنظيم لنفسيهما`) blew themselves up: killed.
 * - An event verb opening its clause (or right after a complementizer: `إنه "قتل جراء الزلزال`) reaches its counted people
 *   further (its subject and adverbials between; a date's words take no room), not across كان; a duration (`قبل أربعة أشهر`)
 *   is no count and no boundary, but يوم before a weekday names the day (`إلى 131 يوم الأربعاء`).
 * - A count far from its verb: a time adverb between a cue and its count (`اعتقلت السبت اثنين`), an adverbial between
 *   القبض and its على (`القبض في هونغ كونغ وحدها على 242`); the subject of a complement clause reaches its plural verb
 *   further (`أن خمسة موظفين يعملون لحساب شركات … قتلوا`); بلغ takes a tally's number with no إلى (`بلغ عدد الركاب الذين
 *   لقوا حتفهم … اكثر من 200 شخص`); people counted as part of those an event names (`18 شخصا من القتلى مدنيون`) are of its
 *   kind when no cue or verb of their own says otherwise, their group the predicate after them; a fronted tally's people
 *   a relative clause of تم and an event noun names take its kind (`عدد الأشخاص الذين تم إيقافهم … وصل إلى 23`).
 * - A definite vague plural standing alone (`قتلت قوات الاحتلال العشرات`, `وقتل في الصراع عشرات الآلاف`) counts people with
 *   none named when an event verb of its clause reaches it; people a verb of remaining and a missing participle describe
 *   (`30 شخصاً على الأقل ما زالوا مفقودين`, `وما زال 275 شخصا اخرين مفقودين`) are missing, or held (`ما زالوا محتجزين`):
 *   arrested. A verb of exceeding before the count or its tally (`تخطت عتبة 220`, `ويتجاوز عدد الضحايا ثلاثة آلاف`) is `more_than`.
 * - Qualifiers before the number (أكثر من، ما لا يقل عن، نحو، حوالي، قرابة، ما يصل إلى…) or after the
 *   number or its people (`على الأقل`, `تقريباً`), across a line break.
 * - Scope, from the figure's sentence: `background` when it states an earlier year, a date or month
 *   well before publication (not in the relative clause naming a rising toll's event: `الحصيلة … التي هطلت الأسبوع
 *   الماضي … إلى 179`), years before (`قبل عامين`, `قبل نحو عشرين عاما`), or an earlier event (`العام الماضي`, `مماثلة`, `بعد أيام من`; what `عقب`, `في أعقاب` or `بعد`
 *   after a verb of coming names: `الذي يأتي بعد سلسلة هجمات أوقعت 51 قتيلا`), or counts
 *   the earlier event `منذ` names (`منذ تفجيرات بالي 2002 التي قتل فيها 202`); `cumulative` for `منذ`
 *   (a start date or an earlier year too: `منذ 2015`), `خلال` + a period, `حتى الآن`, `إجمالي`; else
 *   `event`. A marker belongs to the figure nearest to it, or to all when it opens the sentence.
 *   Also the incident noun, the date or year stated, and the place named right after the counted
 *   people (`في ولاية راجستان`, `هناك`), shared by the figures of one clause; a figure is a `part`
 *   when it counts a subgroup (`بينهم`, `من بين`) or a place of a larger unplaced total.
 * - One figure per kind, value, qualifier, group and extent in an article: a restatement is not a new fact.
 */
import type { Fact, FactKind, FactQualifier, FigureScope } from "../types.js";
import { normsOf, tokenize, type Token } from "../arabic/analyze.js";
import { normalizeArabic } from "../arabic/normalize.js";
import { mayStartNumber, readNumber, type NumberReading } from "../arabic/numbers.js";
import { splitSentences, type Sentence } from "../arabic/sentences.js";
import { MONTHS, WEEKDAYS } from "../arabic/dates/names.js";
import {
  ADJACENT_VERBS, BEREAVED, CASE_NOUNS, EVENT_NOUNS, EVENT_VERBS, FALL_VERBS, UNDERWENT_VERBS, HUNGER_STRIKE_WORDS, IDIOMS, INCIDENT_NOUNS, PERSON_NOUNS, PRISONER_NOUNS, RECOVERY_WORDS, RELEASE_WORDS, TALLY_NOUNS, TALLY_OF_AFTER,
  type EventKind,
} from "../arabic/lexicon/events.js";
import { GROUP_HEADS, GROUP_NOUNS, HEAD_COMPLEMENTS, type Group } from "../arabic/lexicon/groups.js";
import { NATIONALITIES } from "../arabic/lexicon/nationalities.js";
import { splitWords, wordLexicon, WordLexicon } from "../arabic/lexicon/word-list.js";
import { COMPLEMENTIZERS as SPEECH_COMPLEMENTIZERS } from "../arabic/lexicon/speech.js";
import { lowerBound } from "../lower-bound.js";
import { QUALIFIERS, qualifierWordsAt } from "./qualifiers.js";
import { findServiceCuts } from "./service-cuts.js";
import { withoutConjunction } from "../arabic/conjunction.js";
import { deathTallyBefore, harmedThenDigits, setAgainstPrevious, type TallyWords } from "./figures-tallies.js";
import { inCustodyAfter, isCustodyStateAt } from "./figures-custody.js";

/** First words of the month names written in two (`كانون الثاني`): only after one is a two-word key built and looked up (per token). */
const MONTH_FIRST_WORDS: ReadonlySet<string> = new Set([...MONTHS.keys()].filter((m) => m.includes(" ")).map((m) => m.split(" ")[0]!));

type Kind = Exclude<FactKind, "other">;

/** A word list whose forms never carry the article (function words), or may (`nouns`). */

const UNITS = wordLexicon(
  "بالمئة بالمائة المئة المائة دولار دولارا دولارات ريال ريالا يورو جنيه جنيها درهم دراهم دينار دينارا ليرة شيكل يوان روبية كيلومتر كيلومترا كيلومترات كلم كم متر مترا أمتار ميل ميلا طن طنا أطنان لتر برميل هكتار دونم " +
    "ساعة ساعات دقيقة دقائق ثانية ثوان يوم يوما أيام أسبوع أسابيع شهر أشهر شهرا شهور عام عاما أعوام سنة سنوات سنين عقد عقود قرن " +
    "عملية عمليات هجوم هجوما هجمات اعتداء اعتداءات تفجير تفجيرات حادث حادثا حوادث حادثة انفجار انفجارات " +
    "سفينة سفن ناقلة ناقلات قارب قوارب زورق زوارق مركب مراكب شاحنة شاحنات حافلة حافلات صاروخ صاروخا صواريخ قذيفة قذائف غارة غارات ضربة ضربات طائرة طائرات مسيرة مسيرات منزل منازل منزلا مبنى مبان مباني سيارة سيارات آلية آليات دبابة دبابات قرية قرى بلدة مدينة مدن موقع مواقع مرحلة مراحل هدف أهداف هدفا " +
    "مقعد مقعدا مقاعد صوت صوتا أصوات نقطة نقاط درجة درجات مرة مرات مباراة مباريات مباراتين جولة جولات كيس أكياس مجلد مجلدا بند بنود دولة دول منطقة مناطق محافظة محافظات " +
    // shots and stabs a person took or a weapon held (`اصيب بأربع طلقات`, `وأصيب ب6 طعنات`, `و52 طلقة`): what the number counts
    "طلقة طلقات طلقتين رصاصة رصاصات رصاصتين عيار أعيرة عيارات طعنة طعنات طعنتين " +
    // jobs lost (`فقدان 20 ألف موطن شغل`, `أضاعت ملايين فرص العمل`): no people missing (not مواطن, also «citizens»)
    "وظيفة وظائف وظيفتين موطن فرصة فرص " +
    // things taken, lost or suspended (`يوقف 583 مليون حساب`, BBC; `فقدان نحو 17 ألف علبة سجائر`, `فقدان 300 قرص مخدر`,
    // `12 جهاز هاتف`, JawharaFM): no people arrested or missing (fig119)
    "حساب حسابات علبة علب قرص أقراص جهاز أجهزة هاتف هواتف",
  true,
);
/** Animals counted (`إعدام آلاف الطيور`, `إعدام 10 آلاف فلوس`, `نفوق 30 رأس غنم`; `أعدموا 8116 خنزيرا`, `بقتل 12 مليون نحلة`, Sky News Arabia, fig119): a cull or a loss of livestock, no casualty figure. */
const ANIMALS = wordLexicon("طير طيور دجاج دجاجة فلوس فلاليس صوص كتكوت كتاكيت بقرة أبقار بقر ماشية مواشي رأس رؤوس غنم أغنام نعجة نعاج خروف خرفان ماعز خنزير خنازير كلب كلاب قطط حيوان حيوانات دلفين دلافين جمل جمال إبل ناقة نوق نحل أسماك سمكة خنزيرا نحلة نحلات أسدا تمساح تمساحا تماسيح", true);
// `اثنين بموقع بحلحلان`, `قتل 3 بهجوم`: a unit word (of UNITS) joined to the preposition ب after a number is a phrase of
// place or cause, not what the number counts; the percent forms (`بالمئة`) stay units
const PERCENT_WITH_BA = wordLexicon("بالمئة بالمائة");
/** Names that end in a number (`فرانس 24`): the number is no count. */
const NUMBERED_NAMES = wordLexicon("فرانس لفرانس وفرانس بفرانس");
const OR = wordLexicon("أو");
const isPlaceOrCauseWithBa = (w: string): boolean => w.startsWith("ب") && !PERCENT_WITH_BA.has(w);
/** The time units of UNITS: a number before one is a duration. */
const DURATIONS = wordLexicon("ساعة ساعات دقيقة دقائق ثانية ثوان يوم يوما أيام أسبوع أسابيع شهر أشهر شهرا شهور عام عاما أعوام سنة سنوات سنين عقد عقود قرن", true);
const ONE_FEMININE = normalizeArabic("واحدة");
/** `يوم` before a weekday names the day (`إلى 131 يوم الأربعاء`), no duration of the number before it. */
const DAY = normalizeArabic("يوم");
/** Harms counted as cases after حالة / حالات: poisoning, suffocation, fainting. */
const HARM_CASES = wordLexicon("تسمم اختناق إغماء اغماء");
/** What a suspension stops, after عن (`أوقف … عن العمل`, `عن ممارسة مهام وظائفهم`), and how far after the people it stands. */
const SUSPENDED_FROM = wordLexicon("العمل عملهم عمله ممارسة مهام مهامهم مهامه وظائفهم وظائفه الخدمة الدراسة التدريس");
const SUSPENSION_REACH = 8;
/** `كانوا من بين المعتقلين`: among, after WERE (agreeingAfter). */
const AMONG_IN = wordLexicon("بين ضمن");
/** `سقطوا في قبضة الجيش`: in the grip of a force, after في and the counted people, is captured (agreeingAfter). */
const GRIP = wordLexicon("قبضة");
/** Held in prison (`يقبعون في سجون …`, `القابعين في سجون العراق`, `يقبعون في مراكز اعتقال`): detained. */
const HELD = wordLexicon("يقبعون يقبعن القابعين القابعون القابعات");
const HELD_IN = wordLexicon("في خلف داخل");
const PRISONS = wordLexicon("سجون السجون السجن سجن معتقلات المعتقلات القضبان زنازين الزنازين");
const CENTRES = wordLexicon("مراكز مرافق");
const DETENTION = wordLexicon("اعتقال احتجاز الاعتقال الاحتجاز");
/** Lives lost (`فقدوا أرواحهم`, `فقدوا حياتهم`): the verb of the missing with its object is a death. */
const LIVES = wordLexicon("أرواحهم أرواحهن أرواحهما حياتهم حياتهن حياتهما");
/** A household counted as one (`1800 أسرة`, `8900 عائلة`): its verb agrees in the feminine singular (`نزحت`, `قد شردت`). */
const HOUSEHOLDS = wordLexicon("أسرة عائلة");
/** Fighters and soldiers who flee a battle retreat: their flight is no displacement. */
const COMBATANTS: ReadonlySet<Group> = new Set<Group>(["fighters", "soldiers"]);
/** «Today» (folded): a definite يوم after a number is the adverb, never a duration counted by it (that is `16 يوما`). */
const TODAY = normalizeArabic("اليوم");
/** `من أصل 189`, `من مجموع 11`: the whole a part is counted out of (isWholeOutOf). */
const OUT_OF = wordLexicon("أصل اصل مجموع");
const NOT_A_FIGURE_AFTER = wordLexicon("عام سنة حرب رقم القرار المادة الفقرة البند الساعة الفصل الصفحة الدقيقة الجولة المرحلة الدورة النسخة");
/** `الذكرى 17 لوفاة`, `بالذكرى 73 لانتصار`: an anniversary's number before لـ + what it remembers is an ordinal, no count. */
const ANNIVERSARY = wordLexicon("الذكرى ذكرى");
/** `الـ31`, `للـ5`: the article before a number makes it an ordinal. */
const ORDINAL_ARTICLE = new Set(["ال", "لل", "بال", "وال"]);
/** The first word of a compound ordinal from 11th to 19th (`الخامسة عشر`, `الحادي عشر`), with the article, and its ten. */
const COMPOUND_ORDINAL_UNITS = wordLexicon("الحادي الحادية الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة الثامن الثامنة التاسع التاسعة", false);
const TENS_OF_ORDINALS = wordLexicon("عشر عشرة", false);

const QUALIFIER_WORDS = new Set(QUALIFIERS.map(([p]) => p[0]!));
const AT_LEAST_AFTER = [normalizeArabic("على"), normalizeArabic("الأقل")];
const ABOUT_AFTER = wordLexicon("تقريبا");

/** `هم` after a count's people: a predicate naming who they are follows. */
const THEY = normalizeArabic("هم");
/** Words before a count that make it a subgroup or an enumeration of the previous figure. */
const SUBGROUP_MARKERS = wordLexicon("بينهم منهم بينهن منهن بينها منها هم ضمنهم ضمنهن");
// the speech lexicon's complementizers: كان (was) is no كـ + إن
const COMPLEMENTIZERS = SPEECH_COMPLEMENTIZERS;
const ON = normalizeArabic("على");
const ABOUT_WORD = normalizeArabic("عن");
// `القبض على 5`, and the verb itself: `وقبضت على حوالي خمسين قروياً`, `وقبض على اثنين منهم`
const ARREST_AFTER = wordLexicon("القبض قبض قبضت قبضوا قبضا يقبض تقبض يقبضون");
/** قضى على: with people counted after it, put an end to them (`روسيا قضت على 26 عضوا`, `الجيش يقضي على 3 إرهابيين`). */
const ENDED_VERBS = wordLexicon("قضى قضت قضوا قضيا يقضي تقضي يقضون");
/** How far before على its قضى may stand, past the subject (`قضت وحدات الجيش على`), in words. */
const ENDED_REACH = 4;
/** A court's قضت على … بالسجن is a ruling: its court, or the sentence after the people. */
const COURT_WORDS = wordLexicon("المحكمة محكمة المحاكم محاكم القاضي قاض القاضية", true);
const SENTENCE_AFTER = /^و?ب(?:ال)?(?:سجن|حبس|اعدام|مؤبد|غرامه|اشغال)$/;
/** What أجّل puts off (`أجلت المحكمة محاكمة 23 متهماً`, `أجلوا النظر في قضية`): the verb is no evacuation then. */
const POSTPONED = wordLexicon("محاكمة محاكمات جلسة جلسات النظر البت موعد مواعيد الحكم النطق قضية قضايا زيارة زيارته الاجتماع اجتماع اجتماعات الانتخابات التصويت المباراة", true);
/** The head of a country's armed forces (`القوات الأمريكية`). */
const FORCES = wordLexicon("قوات القوات");
/** `كانوا معتقلين`: كان between the counted people and their state. */
const WERE = wordLexicon("كان كانوا كانا كانت كن");
/** Players: their إيقاف / توقيف is a suspension. */
const PLAYERS = wordLexicon("لاعب لاعبا لاعبين لاعبون لاعبي اللاعبين", true);
/** `القضاء على 6 إرهابيين`: eliminated, killed (the noun, not قضى / قضت المحكمة). */
const KILLED_AFTER = wordLexicon("القضاء");
/** A detonation right before people who are its agents (`فجر اثنان`) or its object (`تفجير عنصرين`), with a reflexive after them. */
const DETONATION_WORDS = wordLexicon("فجر فجرا فجروا فجرت فجرتا تفجير", true);
/** `نفسيهما`, `لأنفسهم`: the reflexive that makes a detonation its own people's death. */
const REFLEXIVES = wordLexicon("نفسيهما أنفسهم أنفسهما نفسه نفسها");
/** Tokens after the counted phrase within which the reflexive must come (`منهما نفسيهما`, `من التنظيم لنفسيهما`). */
const REFLEXIVE_REACH = 3;
/**
 * لجأ (took refuge) in the masculine perfect, the form a verb takes before its plural subject: right
 * before its counted people, or with إلى and a place between (`ولجأ الى #بنغلادش حوالى 700 الف مسلم`).
 * `لجأت إلى تسريح 592 عاملا` (resorted to, a feminine subject before it) and `لجأ أردوغان إلى …` (a
 * subject between) are no displacement.
 */
const REFUGE_VERBS = wordLexicon("لجأ");
/** Words of the place after إلى between لجأ and its counted people. */
const REFUGE_PLACE_WORDS = 2;
/** Inmates (`سجناء`, `نزلاء`), people in their own right when joined to a figure's people (`حارسان و5 سجناء`). */
const INMATES = wordLexicon("سجين سجينا سجناء نزيل نزيلا نزلاء", true);
/** `سقوط 15 من الإرهابيين`, `سقط 16 شخصا`: a fall right before people counts their deaths. */
const FALL_NOUNS = wordLexicon("سقوط", true);
/** After people who fell, what makes the fall no death: `بين قتيل وجريح`, `في قبضة`, `فاقدي الوعي`. */
const FELL_ALIVE = wordLexicon("بين قبضة أيدي يد فاقدي مغشيا");
const FELL_AS_REACH = 8;
/** `الخسائر البشرية`: human losses, the toll of the dead. */
const HUMAN_LOSSES = [normalizeArabic("الخسائر"), normalizeArabic("البشرية")];
/** A running count of a group's people (`خسائر الجيش الروسي … إلى 86 قتيلا`, `عدد جنود النظام … ارتفع إلى 142 قتيلا`): lossesGroup. */
const LOSSES_TALLY_NOUNS = wordLexicon("خسائر خسائرها خسائره عدد أعداد اعداد");

// Nisba adjectives in ـيا that are adverbs, not people (`يومياً`).
const ADVERBS_IN_YA = wordLexicon("يوميا سنويا شهريا أسبوعيا حاليا نهائيا رسميا فعليا جزئيا كليا محليا دوليا عمليا أساسيا ثانيا أوليا تقريبا تدريجيا مبدئيا جديا نسبيا فوريا يدويا عسكريا سياسيا أمنيا ميدانيا إقليميا إضافيا مجانيا تلقائيا شخصيا سنويا");

const BACKGROUND_MARKERS = wordLexicon("مماثل مماثلة مماثلا المماثلة");
/** «At that time» (`وأسفرت الغارات وقتها عن مقتل 36`, `جريحا حينها`, `ما خلف حينها مقتل 6`): a time told before, not the story's. */
const AT_THAT_TIME = wordLexicon("وقتها آنذاك حينها حينذاك وقتئذ حينئذ يومها يومئذ وقتذاك");
/** `جاءت في وقتها` (timely): في before it makes وقتها no time of its own. */
const IN = normalizeArabic("في");
/** Prepositions before the noun a background adjective qualifies (`في هجمات مماثلة`). */
const IN_EVENT = wordLexicon("في خلال إثر عقب بعد جراء");
/** `العام الماضي`, `في هجوم سابق`: a period or an event before this one (`في وقت سابق` is earlier today). */
const EARLIER_PERIODS = wordLexicon("العام السنة الشهر الأشهر الشهور السنوات الأعوام العقود العقد القرن هجوم هجمات حادث حادثة تفجير تفجيرات غارة غارات");
const EARLIER = wordLexicon("الماضي الماضية السابق السابقة سابق سابقة");
/** Incident nouns an earlier-word may follow, with the article or a preposition (`بالحادثة السابقة`, `في الهجوم السابق`). */
const EARLIER_INCIDENTS = wordLexicon("هجوم هجمات حادث حادثة تفجير تفجيرات غارة غارات", true);
/** Plural periods before الماضية (`خلال الأشهر الماضية`): the recent ones up to now, not an earlier time. */
const RECENT_PERIODS = wordLexicon("الأيام الأسابيع الأشهر الشهور السنوات الأعوام");
const BACKGROUND_PAIRS: ReadonlyArray<[string, string]> = [
  ["بعد", "أيام"], ["بعد", "أسابيع"], ["بعد", "أشهر"], ["قبل", "أسابيع"], ["قبل", "أشهر"], ["قبل", "سنوات"], ["قبل", "أعوام"], ["قبل", "عام"],
].map(([a, b]) => [normalizeArabic(a!), normalizeArabic(b!)]);
const BEFORE_AFTER = wordLexicon("بعد قبل");
const BEFORE = normalizeArabic("قبل");
/** Years before the story's (`قبل عامين`, `قبل نحو عشرين عاما`, `قبل خمس سنوات`, `قبل نحو عقد من الزمن`): two, or a number, of years or decades. */
const TWO_YEARS = wordLexicon("عامين سنتين عقدين");
const YEAR_UNITS = wordLexicon("عاما أعوام عام سنوات سنة سنين عقود عقدا");
const DECADE = normalizeArabic("عقد");
/** Words between a toll's noun and the relative pronoun of its event, and between that pronoun and a date in its clause. */
const TALLY_EVENT_CLAUSE_REACH = 6;
/** A week, month or year, one or two: background only when `من` and the event follow (`بعد أسبوع من مقتل`). */
const SINGLE_PERIODS = wordLexicon("أسبوع أسبوعين شهر شهرين عام عامين سنة سنتين");
const ELIDED = /[([]\s*(?:\.{2,}|…)\s*[)\]]/g;
/** `gap` with each ELIDED mark made a space; a gap with no bracket (most) without the regex. */
const withoutElisions = (gap: string): string => (gap.includes("(") || gap.includes("[") ? gap.replace(ELIDED, " ") : gap);
/** Words that open another clause: a backward search for a cue stops there. */
const CLAUSE_LINKS = wordLexicon("فيما بينما حيث كما لكن بعدما عندما حين الذي التي الذين");
const SINCE = wordLexicon("منذ");
/**
 * Words after a figure that open a clause of its own, whose منذ dates that clause's verb, not the figure
 * (`توفي نحو 74 ألف شخص … ولكنها انخفضت منذ ذلك الحين`, fig120).
 */
// (no relative pronoun: a relative clause on the figure's event noun is its frame, `بسقوط آلاف المدنيين في العمليات
// العسكرية التي تشنها في اليمن منذ عام 2015`, `قتل 49 شخصا جراء الأمطار الغزيرة التي يشهدها شمال الهند منذ الخميس`)
const OWN_CLAUSE_OPENERS = wordLexicon("لكن ولكن لكنه لكنها لكنهم ولكنه ولكنها ولكنهم حيث");
/** `ولا يزال العنف … مستمرا منذ`: لا / ما and a form of زال open a clause of continuing. */
const STILL_NOT = wordLexicon("لا ولا ما وما");
const STILL = wordLexicon("يزال تزال يزالون زال زالت");
/** How far from a figure a cumulative marker (منذ، خلال أسبوعين، حتى الآن) may stand and still be read as its scope, in words. */
const MARKER_REACH = 12;
/**
 * An earlier date opening the clause of a sentence's first figure (`وفي 22 نيسان/أبريل، قتل 57`) is
 * the time of all its figures; further back it dates another verb (`أطلقوا في 30 مارس احتجاجات …،
 * وقتلت فيها إسرائيل 44`: a cumulative count since then).
 */
const LEADING_DATE_REACH = 6;
const TO = normalizeArabic("إلى");
// (`ويرفع القتيل عدد من لقوا حتفهم … إلى 59`: raises, the transitive rise, too)
const RISE_WORDS = wordLexicon("ارتفاع ارتفع ارتفعت يرتفع ترتفع ليرتفع لترتفع رفع رفعت يرفع ترفع ليرفع لترفع وصول وصل وصلت يصل تصل ليصل بلغ بلغت يبلغ تبلغ ليبلغ");
/** How close before إلى a rise verb whose tally is its fronted subject stands (`… ارتفع إلى 5`, `… وصل حتى الآن إلى 42`), in words. */
const FRONTED_RISE_REACH = 3;
/** How far back a rising tally may name its people before إلى (`ارتفاع أعداد قتلى الضربات … إلى 15`), in words. */
const RISE_REACH = 24;
/** Verbs of a tally reaching its number as their object, with no إلى (`وبلغ عدد القتلى … 25 شخصا`). */
const REACHED = wordLexicon("بلغ بلغت يبلغ تبلغ ليبلغ لتبلغ");
const THERE = wordLexicon("هناك هنالك");
const PLACE_PREPOSITIONS = wordLexicon("في بمدينة بولاية بمنطقة بإقليم بمحافظة");
/** How far after the counted people a place may be named (`في ولاية راجستان`), in words. */
const PLACE_REACH = 4;
/** A place span may start a word in (`في ولاية راجستان`: the span is راجستان). */
const PLACE_HEAD_CHARS = 12;
const DISEASES = wordLexicon("مرض أمراض فيروس فيروسات عدوى داء وباء الكوليرا كوليرا الحصبة الإنفلونزا إنفلونزا انفلونزا السرطان سرطان الإيدز كورونا الملاريا التهاب السكري الهيموفيليا حمى الحمى الجرب التيفوئيد الطاعون السل", true);
/** How far from a count of prisoners a hunger strike named makes them strikers, in words. */
const STRIKE_REACH = 8;
/** How far from the count a disease named makes `إصابة` an infection, in words. */
const DISEASE_REACH = 4;
const MOVEMENT_HEADS = wordLexicon("حركة جماعة تنظيم حزب مقاتلي عناصر ميليشيا");
/** A count after one of these is inside a prepositional phrase (`من 16 تجمعاً`), not a new subject. */
const PREPOSITIONS = wordLexicon("من في على إلى عن مع قرب نحو داخل خارج");
const OF = normalizeArabic("من");
// victims who are alive (victimsAlive): the victim nouns, harms that are no killing, a hearing of them, their filing of a claim
const VICTIM_NOUNS = wordLexicon("ضحية ضحيه ضحايا ضحيتين ضحيتان", true);
const NON_LETHAL_HARMS = wordLexicon("اتجار تحرش اغتصاب انتهاكات احتيال ابتزاز", true);
const HEARINGS = wordLexicon("الاستماع استماع");
const FILING_VERBS = wordLexicon("رفع رفعت يرفع ترفع أقام أقامت يقيم تقدم تقدمت يتقدم قدم قدمت");
const CLAIMS = wordLexicon("دعوى دعاوى دعوة شكوى شكاوى", true);
// `و18 جراء القصف`, `و6 كانوا على متن عربة`, `و3 لم يعرف مكان مقتلهم`: words that open the phrase telling a part of a
// figure's people apart (its cause, where they were, what is not known of them), as a preposition does
const PART_DESCRIBERS = wordLexicon("جراء نتيجة بسبب إثر اثر أثناء عقب خلال كان كانوا كانا كانت لم");
const AMONG = wordLexicon("بين");
/** A police or army force named by its institution noun right after من (`2 من الأمن`, `ثلاثة من الشرطة`, `5 من الجيش`). */
const FORCE_INSTITUTIONS = new WordLexicon<"police" | "soldiers">(true).add(splitWords("شرطة أمن درك"), "police").add(splitWords("جيش حرس"), "soldiers");
/** و as a token of its own (`بين 20 و 30`). */
const AND_WORD = normalizeArabic("و");
/** The values of the scale words a range's upper bound may close with (`ألف`, `مليون`, `مليار`). */
const SCALE_VALUES = new Set([1000, 1_000_000, 1_000_000_000]);
/** `وكان بين قتلى الهجوم الذي … خمسة أطفال`: how far back a clause opening with بين may name the people, in words. */
const AMONG_OPENING_REACH = 16;
/** Words before بين that open its clause (`وكان بين`, `ومن بين`). */
const CLAUSE_OPENERS = wordLexicon("كان من");
/** `من بين المصابين هناك 29 مدنياً`: how far the people named may stand before their count. */
const AMONG_REACH = 4;
const RANKS = normalizeArabic("صفوف");
const DEFENCE = normalizeArabic("الدفاع");
const COMBATING = normalizeArabic("مكافحة");
const FIRES = wordLexicon("الحرائق حرائق النيران الحريق");
const CIVIL = normalizeArabic("المدني");
/** Time adverbs that may stand between the counted people and their group (`99 شهيدا اليوم من`). */
const TIME_ADVERBS = wordLexicon("اليوم أمس الليلة الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت");
/** Words that may follow a bare vague plural counting people (`اعتقلت … العشرات في إدلب`): prepositions and adverbials. */
const AFTER_BARE_VAGUE = wordLexicon("في فى خلال جراء بسبب إثر اثر على عند منذ حسب وفق بعد قبل فيما بينما حيث كما الذين");
/** A verb of remaining after ما / لا (`ما زالوا`, `لا يزالون`, `لا تزال`), and glued to it (`مازالوا`, `لايزال`). */
const STILL_BARE = /^(?:زال|زالوا|زالو|زالت|يزال|يزالون|يزالو|تزال)$/;
const STILL_GLUED = /^(?:[وف])?(?:ما|لا)(?:زال|زالوا|زالو|زالت|يزال|يزالون|يزالو|تزال)$/;
const STILL_NEGATIONS = wordLexicon("ما لا وما ولا فما فلا فيما");
/** Participles of a state people remain in (plural, masculine: `لا تزال مفقودة` is said of things), and its kind. */
const STATE_PARTICIPLES = new WordLexicon<Kind>(true).add(splitWords("مفقودين مفقودون مفقودا"), "missing").add(splitWords("محتجزين محتجزون معتقلين معتقلون مختطفين مختطفون مخطوفين"), "arrested");
/** A verb of exceeding (`تجاوز`, `تتخطى`, `فاقت`, `لتتجاوز`), past or present, its proclitic و / ف / ل kept. */
const EXCEED_VERBS = new Set(splitWords("تجاوز تجاوزت يتجاوز تتجاوز تخطى تخطت يتخطى تتخطى فاق فاقت يفوق تفوق").flatMap((w) => ["", "و", "ف", "ل"].map((p) => normalizeArabic(p + w))));
const NEGATIONS_OF_EXCEEDING = wordLexicon("لم لا لن ما");
const THRESHOLD_WORDS = wordLexicon("عتبة حاجز");
/** `عدد الضحايا`, `حصيلة القتلى`: a tally named between a verb of exceeding and its number. */
const TALLY_HEADS = wordLexicon("عدد حصيلة الحصيلة");
/** Time words a cue may stand before its count past (`اليوم الأحد`, `السبت الماضي`). */
const TIME_ADVERB_RUN = 2;
/** Words an adverbial may take between القبض and its على (`القبض في هونغ كونغ وحدها على`). */
const ARREST_ADVERBIAL_REACH = 5;
/** `من مختلف الأسلاك`, `من كافة القطاعات`: words of a whole between من and the group. */
const ALL_OF = wordLexicon("مختلف كافة جميع كل شتى");
/** How far back a dual of «others» joined by و looks for the harm word whose object it joins (dualOthersOfObject), in words. */
const DUAL_OTHERS_REACH = 8;
/** «Others» after a dual, masculine and feminine (`ورجلين آخرين`, `وامرأتين أخريين`). */
const DUAL_OTHERS = wordLexicon("آخرين آخران أخريين أخريان");
/** Words a dual of «others» does not look back past: relatives and clause links. */
const DUAL_OTHERS_BARRIERS = wordLexicon("الذي التي الذين اللذين اللتين فيما بينما حيث لكن بعدما عندما حين إذ");

/** Nouns of the bodies of the dead, counted (`29 جثة`, `ثلاث جثث`, `12 جثمانا`): bodiesGroup. */
const BODY_NOUNS = wordLexicon("جثة جثث جثامين جثمان جثمانا");
/** `400 جثة تعود لعسكريين`: a verb of belonging between the bodies and the people they were. */
const BELONGING_VERBS = wordLexicon("تعود يعود تعودان");
/** The preposition ل (with the article: لل) as lookup cuts it, before the people whose bodies are counted. */
const OF_PEOPLE_PREFIXES = new Set(["ل", "لل"]);
/** `6 من أبرز قياداته`, `3 من كبار ضباطه`: a superlative between من and the people. */
const SUPERLATIVES = wordLexicon("أبرز كبار أهم أخطر أشهر");
/** `عشرة منهم`: of the people named before. */
const OF_THEM = wordLexicon("منهم منهن");
/** `لقتل` (folded): «to kill», after an attempt or a plot (INTENT_NOUNS). */
const TO_KILL = normalizeArabic("لقتل");
/** `الشروع في قتل`: the attempt (a charge of attempted killing), then في and the killing word. */
const ATTEMPTS = wordLexicon("الشروع والشروع بالشروع شروع شروعه شروعهم وشروعهم");
const ATTEMPTED_KILLINGS = wordLexicon("قتل اغتيال");
/** A death sentence carried out (`تنفيذ حكم الإعدام بحق 15 شخصا`): the verb or noun of carrying out, the ruling, the death penalty. */
const CARRIED_OUT = wordLexicon("تنفيذ وتنفيذ بتنفيذ تم نفذ نفذت ونفذ ونفذت ينفذ تنفذ", true);
const RULINGS = wordLexicon("حكم أحكام احكام عقوبة عقوبات", true);
const DEATH_PENALTY = wordLexicon("الإعدام");
/** Words between the death penalty and the people it was carried out on: `شنقا بحق`, `رميا بالرصاص في حق`, `في`. */
const EXECUTED_ON = wordLexicon("بحق في حق شنقا رميا بالرصاص");
const EXECUTED_ON_REACH = 4;
/** A preposition with the pronoun of the event (`قتل فيها فلسطينيان`, `قتل خلالها`): between a harm verb and its subject. */
const EVENT_PRONOUN_PREPOSITIONS = wordLexicon("فيها فيه خلالها خلاله جراءها جراءه إثرها إثره بسببها بسببه");
/** An attempt, a plot or a plan, before لقتل: the killing was meant, not done. */
const INTENT_NOUNS = wordLexicon("محاولة محاولات محاولته محاولتهم محاولتها مشروع مخطط مخططا مخططات خطة خطط مؤامرة", true);
/** How far before لقتل its intent noun may stand, in words. */
const INTENT_REACH = 2;
/** `بمعدل سبعة قتلى في الشهر`: an average before the count makes it a rate, no count of people. */
const AVERAGE_BEFORE = wordLexicon("بمعدل بمتوسط");
/** `لكل مليون نسمة`, `من بين كل 100 ألف`, `من كل 10`: per, then a number after the count, makes it a rate. */
const PER = wordLexicon("لكل كل");
/** Tokens after the counted phrase within which a `لكل` + number makes the count a rate (`1000 قتيل في المعارك لكل مليون`). */
const PER_REACH = 4;
/** `سبعة ملايين شخص سنويا`, `400 ألف شخص، كل سنة`: an adverb of frequency after the counted people makes the count a rate (fig114). */
const FREQUENCY_ADVERBS = wordLexicon("سنويا يوميا شهريا أسبوعيا");
/** `كل عام`, `كل يوم`: «each» then one of these after the counted people is a frequency too. */
const FREQUENCY_PERIODS = wordLexicon("عام سنة يوم شهر أسبوع");
const EACH = normalizeArabic("كل");
/** Tokens after the counted phrase within which a frequency makes the count a rate (`6 ملايين شخص حول العالم كل عام`). */
const FREQUENCY_REACH = 4;
/** `مئات الملايين من الدولارات`: a currency after من counts money, no people (fig114). */
const CURRENCIES = wordLexicon("دولار دولارا دولارات ريال ريالا ريالات يورو جنيه جنيها جنيهات درهم دراهم دينار دينارا دنانير ليرة ليرات شيكل يوان روبية يوروهات", true);
/** `لكل واحد` (each): one after per is no rate's base. */
const ONE = normalizeArabic("واحد");
/** A count of the injured by condition (`3 منهم في حالة خطيرة`, `اثنان منهم حالتهما خطيرة`): the condition noun, then its severity. */
const CONDITION_NOUNS = wordLexicon("حالة حالتهم حالتهما حالتها حالته حالات حالاتهم إصابات إصاباتهم إصاباتهما إصابته إصابتها جروح جروحهم جروحهما", true);
const SEVERITIES = wordLexicon("خطيرة خطرة حرجة بليغة بالغة متوسطة مستقرة طفيفة خطيره حرجه", true);
/** How far back a case by condition looks for the injured its sentence names (words). */
const INJURY_SENTENCE_REACH = 60;
/** Words after منهم within which a condition noun and its severity stand. */
const CONDITION_REACH = 4;
/** How far back (in words after the previous figure's people) a count of the injured by condition reaches. */
const CONDITION_PART_REACH = 12;
/** A search, and a rescue or a boat at sea in its clause: the people searched for are missing (`searchedFor`). */
const SEARCH_WORDS = wordLexicon("بحث يبحث تبحث يبحثون يبحثان بحثا", true);
const RESCUE_WORDS = wordLexicon("إنقاذ انتشال غرق غرقى غريق حطام سواحل البحرية مركب قارب زورق سفينة غواصين غطاسين ناجين", true);
const ABOUT_WHOM = normalizeArabic("عن");
/** `ضبط عدد 5 متهمين`: «a number of» before the count, transparent to its cue. */
const NUMBER_OF = normalizeArabic("عدد");
/** A group head carrying the pronoun of a group named before: أفرادها، عناصره، منتسبيها. */
const PRONOUN_HEAD = /^(?:افراد|عناصر|منتسبي|منسوبي|رجال|جنود|مقاتلي|ضباط|قيادات|قاده)(?:ها|ه|هم)$/;
/**
 * Words after counted people that make them members of what follows (`أربعة أشخاص ينتمون إلى خلية
 * تابعة لتنظيم داعش`, `431 شخصا مرتبطين بداعش`, `5 أشخاص للاشتباه في انتمائهم إلى تنظيم داعش`,
 * `ثمانية أشخاص متهمين بالانتماء إلى تنظيم داعش`, `7 أفراد مما يعرف "تنظيم أنصار بيت المقدس"`).
 */
const MEMBERSHIP = wordLexicon("ينتمون ينتمي ينتميان تنتمي المنتمين منتمين المنتمون منتمون مرتبطين المرتبطين مرتبطون انتمائهم انتمائهما انتمائه الانتماء يعرف");
/** فقد and فقدت as written, with no و or ف before them. */
const LOST_BARE = new Set(["فقد", "فقدت"]);
/** Particles before a passive فقد (`وقد فقد أربعة`, `فيما فقد`): no subject stands before it. */
const LOST_PASSIVE_BEFORE = wordLexicon("أو او قد لقد وقد ولقد فيما بينما كما حيث إذ اذ ثم بعدما عندما حين بعد قبل كان وكان كانت وكانت ما لا لم وفيما وبينما");
/** After a membership word, an armed group named by an adjective (`ينتمون إلى مجموعات مسلحة`, `لمنظمات إرهابية`). */
const ARMED_BY_ADJECTIVE = /^(?:[وبل]|ال|لل)?(?:مسلح|ارهابي|تكفيري|متطرف|جهادي)(?:ه|ين|ون|ات|ا)?$/;
/** How far after the counted people a membership word may stand (`للاشتباه في انتمائهم`), and the group after it (`إلى خلية تابعة لتنظيم`), in words. */
const MEMBERSHIP_REACH = 3;
const MEMBER_OF_REACH = 4;
/** The dual of حالة (`حالتا`, `وحالتي`), folded. */
const CASE_DUAL = /^[وب]?حالت(?:ا|ي|ان|ين)$/;
/** /^[وبف]/.test(w) without a regex call (asked of every word of a sentence with figures): و, ب or ف first. */
function startsWithWBF(w: string): boolean {
  const c = w.charCodeAt(0);
  return c === 0x648 || c === 0x628 || c === 0x641;
}
/** A bare عنصر: people in general unless its sentence names an armed group (namesArmedGroupAround). */
const MEMBER_NOUNS = wordLexicon("عنصر عنصرا عنصران عنصرين عناصر");
/** Fighters or members counted by a noun that a state force after them (من / في / ب) makes that force's men (groupAt). */
const FORCE_MEMBERS = wordLexicon("عنصر عنصرا عنصران عنصرين عناصر مقاتل مقاتلا مقاتلان مقاتلين مقاتلون مقاتلي");
/** `الجيش السوري الحر`: a rebel army, no state force. */
const FREE_ARMY = normalizeArabic("الحر");
/** `والمسلحين الموالين`, `والميليشيات الموالية`: armed men loyal to the force named before them. */
const LOYAL = wordLexicon("الموالين الموالية الموالون");
/** عنصر in any form, with its clitics (`بالعناصر`): another count of members names no armed group. */
const MEMBER_WORD = /^(?:[وفبل]|ال|بال|وال|لل)?عن(?:صر|اصر)/;
/** Leaders of a group (`قادة`, `قيادات`, `قياديين`), with or without the article: they name no group by themselves. */
const LEADERS = wordLexicon("قادة قيادات قيادي قياديا قياديين قياديون قاده", true);
/** An adjective or noun of an armed cause, any gender or number, folded (`إرهابية`, `تكفيريين`, `الإرهابية`, `متشددة`). */
const ARMED_ADJECTIVE = /^(?:ال)?(?:ارهابي|تكفيري|تكفري|متشدد|متطرف|جهادي)(?:ه|ين|ون|ات|ا)?$/;
/** How far after bare عناصر an armed group or adjective may name theirs (`3 عناصر من تنظيم`, `عنصرين بتهمة دعم الجماعات الإرهابية`), in words of one clause. */
const ARMED_AFTER_REACH = 6;
/** `مما يعرف`: يعرف names what the people belong to only after these. */
const KNOWN_AS_BEFORE = wordLexicon("مما بما");
const KNOWN_AS = normalizeArabic("يعرف");
/** Members of an organization, people in general unless it is an armed one (isMemberOfArmedOrganization). */
const ORGANIZATION_MEMBERS = wordLexicon("عضو عضوا عضوين عضوان أعضاء اعضاء ناشط ناشطا ناشطين ناشطون نشطاء", true);
const ORGANIZATIONS = wordLexicon("حركة جماعة تنظيم شبكة خلية خلايا ميليشيا مليشيا ميليشيات مليشيات منظمة", true);
/** How far after the organization noun its name or adjective may make it armed (`حركة المقاومة الإسلامية`), in words. */
const ORGANIZATION_NAME_REACH = 2;
/** `قتل مع 3 من مرافقيه`: with, before the count of someone's companions (companionsGroup). */
const WITH = normalizeArabic("مع");
/** How far before مع the companions' possessor may name his armed group (`القيادي الحوثي العقيد … قائد وحدة القناصة فيما يسمى "كتائب الحسين" قتل مع`), in words. */
const POSSESSOR_REACH = 18;
const NAMED_AS = wordLexicon("يسمى تسمى يعرف تعرف");
/** How far back the group a pronoun head refers to may be named, in words. */
const ANTECEDENT_REACH = 12;
/** A definite word, after its proclitics (`الصحافيين`, `بالإرهابيين`, `والنساء`, `للمسلحين`). */
const DEFINITE = /^(?:[وف])?(?:[بلك])?ال|^(?:[وف])?لل/;
const MONTH_CONTEXT = wordLexicon("في شهر نهاية مطلع أواخر أوائل منتصف بداية خلال");
const DURING = wordLexicon("خلال");
const PERIODS = wordLexicon("أسبوعين أسابيع أيام الأيام الأسابيع الأشهر أشهر شهرين الشهور شهور السنوات سنوات الأعوام أعوام العام عام الفترة فترة");
const CUMULATIVE_MARKERS = wordLexicon("إجمالي الإجمالي الإجمالية إجمالية مجموع المجموع");
const SO_FAR = [normalizeArabic("حتى"), normalizeArabic("الآن")];

/** Which single-word scope markers a word is, as bits (each lexicon asked once per distinct word). */
const MARKER = { since: 1, during: 2, cumulative: 4, background: 8, earlier: 16, thatTime: 32 } as const;
interface WordMarkers {
  bits: number;
  incident: string | null;
}
const MARKERS_CACHE_LIMIT = 50_000;
const markersCache = new Map<string, WordMarkers>();

function markersOf(w: string): WordMarkers {
  let m = markersCache.get(w);
  if (m !== undefined) return m;
  const bits =
    (SINCE.has(w) ? MARKER.since : 0) |
    (DURING.has(w) ? MARKER.during : 0) |
    (CUMULATIVE_MARKERS.has(w) ? MARKER.cumulative : 0) |
    (BACKGROUND_MARKERS.has(w) ? MARKER.background : 0) |
    (EARLIER.has(w) ? MARKER.earlier : 0) |
    (AT_THAT_TIME.has(w) ? MARKER.thatTime : 0);
  m = { bits, incident: INCIDENT_NOUNS.lookup(w)?.form ?? null };
  if (markersCache.size >= MARKERS_CACHE_LIMIT) markersCache.clear();
  markersCache.set(w, m);
  return m;
}

/** `عددهم`: the number of the people named before it (`القتلى الذين بلغ عددهم 853`). */
const THEIR_NUMBER = wordLexicon("عددهم عددهن وعددهم");
/** Verbs of a number besides the rise words (`الذين يفوق عددهم`, `البالغ عددهم`). */
const THEIR_NUMBER_VERBS = wordLexicon("البالغ والبالغ يفوق تجاوز يتجاوز جاوز");
/** Verbs of passing or nearing a bound before `عددهم` and the number, and the qualifier each gives it. */
const BOUND_VERBS = new Map<string, FactQualifier>(
  [
    ...splitWords("يفوق تفوق فاق فاقت تجاوز يتجاوز تتجاوز جاوز تجاوزت يزيد زاد تخطى يتخطى تخطت يربو").map((w): [string, FactQualifier] => [w, "more_than"]),
    ...splitWords("ناهز يناهز تناهز يقارب قارب تقارب").map((w): [string, FactQualifier] => [w, "about"]),
  ].map(([w, q]): [string, FactQualifier] => [normalizeArabic(w), q]),
);
/** Negations before a bound verb (`لا يتجاوز عددهم 5`: five at most). */
const NEGATIONS = wordLexicon("لا لم ولا ولم");
/** Words after which `الـ N` is the number reached, not an ordinal: their number, and verbs of passing or nearing a bound. */
const THRESHOLD_BEFORE_ARTICLE = wordLexicon("عددهم عددهن وعددهم عددها يفوق تفوق فاق فاقت تجاوز يتجاوز تتجاوز جاوز تجاوزت ناهز يناهز تناهز تخطى يتخطى تتخطى تخطت");
const RELATIVES = wordLexicon("الذين اللواتي اللاتي اللذين");
const MAY = normalizeArabic("قد");
/** `تم` and its kin opening a passive clause (`الذين تم إيقافهم`). */
const PASSIVE_DONE = wordLexicon("تم يتم جرى");
/** `إلقاء` before القبض (`تم إلقاء القبض عليهم`). */
const ARREST_HEADS = wordLexicon("إلقاء");
/** `عليهم`, `عليهن`: على with the people's pronoun. */
const ON_PRONOUN = normalizeArabic("علي");
/** Relative pronouns of a thing (`الهجوم الذي`, `المواجهات التي`): relativeOnAdverbial. */
const RELATIVE_ON_NOUN = wordLexicon("الذي التي");
/** Prepositions of an adverbial between a verb and its subject (`وقتل في الهجوم …`, `وأصيب خلال المواجهات …`). */
const ADVERBIAL_PREPOSITIONS = wordLexicon("في خلال جراء إثر اثر أثناء عقب بعد");
/** Relative pronouns that tell the event منذ names (`منذ تفجيرات بالي 2002 التي قتل فيها 202`). */
const SINCE_RELATIVES = wordLexicon("التي الذي والتي والذي");
/** Events of history a count may be told in (`فيما صار يعرف باسم "النكبة"`, `خلال الحرب العالمية الثانية`): background. */
const HISTORIC_EVENTS = wordLexicon("النكبة للنكبة بالنكبة المحرقة الهولوكوست");
const WORLD_WAR = [normalizeArabic("الحرب"), normalizeArabic("العالمية")];
/** Verbs of a start after a relative pronoun (`التي انطلقت في 30 مارس`, `التي أطلقها الجيش مطلع فبراير`): the date is the start's. */
const START_VERBS = wordLexicon("بدأ بدأت بدأها بدأه انطلق انطلقت اندلع اندلعت أطلق أطلقت أطلقها أطلقه");
/** How far before a date the start verb may stand (`التي بدأت في 30 آذار/مارس`: 5 for مارس), in words. */
const START_CLAUSE_REACH = 5;
/** Superlatives of a comparison (`في أسوأ موجة عنف … منذ سنوات`); أكثر alone is the qualifier أكثر من. */
const SUPERLATIVE_BEFORE_SINCE = wordLexicon("أعلى أسوأ أعنف أكبر أدمى أشد أخطر الأعلى الأسوأ الأعنف الأكبر الأدمى الأشد الأخطر الأكثر");
/** How far back a tally (`حصيلة القتلى`) may stand from its number, in words. */
const TALLY_REACH = 5;
/** A dash with space around it, opening or closing an aside (not the hyphen of `سي-130`). */
const SPACED_DASH = /\s[-–—]\s/;
/** Longest aside between dashes skipped when looking back for an event verb, in words. */
const ASIDE_WORDS = 20;
/** How far an event verb may stand before the counted people, in words (`أصيب في الهجوم الليلي 12`). */
const CUE_WINDOW = 6;
/** How far a verb opening its clause may stand before the people it counts (`واعتقلت الشرطة في مداهمات ليلية في عدة أحياء بالعاصمة 30 شخصا`), in words. */
const OPENING_VERB_WINDOW = 12;
/** Discourse links before a verb that still opens its clause (opensClause): `كما`, `كذلك`, `بدورها` … */
const LEADING_LINKS = wordLexicon("كما وكما كذلك وكذلك بدوره بدورها وبدوره وبدورها");
/** … `في المقابل`, `إلى ذلك` … */
const LINK_PREPOSITIONS = wordLexicon("في وفي إلى وإلى");
const LINKED_OBJECTS = wordLexicon("المقابل ذلك");
/** … and `من جهة أخرى`, `من ناحية ثانية`. */
const SIDES = wordLexicon("جهة ناحية");
const OTHER_SIDE = wordLexicon("أخرى ثانية");
/** How far after the counted people an agreeing verb may stand (`… من حزب العمال الكردستاني قتلوا`). */
const AFTER_WINDOW = 8;
/** How far after its people the subject of a complement clause reaches its plural verb (`أن خمسة موظفين يعملون لحساب شركات … قتلوا`), in words. */
const SUBJECT_VERB_REACH = 18;
/** Plain complementizers whose clause a count may open as its subject (not `أنه`, whose pronoun is the subject). */
const SUBJECT_COMPLEMENTIZERS = wordLexicon("أن إن بأن وأن وإن فإن");
/** Links that open another clause, ending the reach of a far subject (a relative may describe the subject: `53 شخصا، معظمهم … الذين كانوا … لقوا حتفهم`). */
const FAR_CLAUSE_LINKS = wordLexicon("فيما بينما حيث كما لكن بعدما عندما حين بعد قبل ثم");
/** How far after the previous figure a bare number may stand and still count people of its group, in words. */
const SHARED_GROUP_REACH = 8;
/** How far after the previous figure a coordinated `و` item may start, in words. */
const COORDINATION_REACH = 8;
/** An enumeration of a total's parts (`13 قتيلا هم أربعة عسكريين وخمسة موظفين في شركات متعاملة مع بعثة الأمم المتحدة في مالي وأربعة مهاجمين`) may describe each item at length. */
const PART_COORDINATION_REACH = 12;
/** `عقب هجوم …`, `في أعقاب مقتل …`: what follows names an earlier event the story comes after. */
const AFTER_EVENT = wordLexicon("عقب وعقب");
/** «Comes» (`الذي يأتي بعد`, `وجاءت … بعد`): with بعد a few words after it, what بعد names is an earlier event. */
const COMES = wordLexicon("يأتي تأتي جاء جاءت ويأتي وتأتي وجاء وجاءت");
/** «After», the word a verb of coming takes before the earlier event. */
const AFTER = normalizeArabic("بعد");
/** Words from «comes» to its بعد (`وجاءت فيضانات شرق السودان بعد`). */
const COMES_REACH = 5;
const WAKE = normalizeArabic("أعقاب");
const IN_WAKE = wordLexicon("في وفي");
/** Verbs of a result joined by و (`وقع الانفجار عقب صلاة الجمعة وأسفر عن مقتل 5`): the main clause again, not the earlier event's. */
const RESULT_VERBS = wordLexicon("أسفر أسفرت أدى أدت أوقع أوقعت خلف خلفت تسبب تسببت أودى أودت قتل قتلت أصاب أصابت");
/** Words that end the complement of عقب before a figure: a result of the main clause, another clause, قد before the main verb (`المعلومات التي وردت عقب الانفجار قد أشارت إلى جرح 7`). */
const AFTER_EVENT_ENDS = wordLexicon("ما مما فيما بينما حيث لكن كما إن أن وأن وإن قد وقد");
/** How far the figure may stand after عقب / في أعقاب and still count the event it names (`في أعقاب تفجير انتحاري نفذته طالبان خارج أكاديمية الشرطة … والذي أسفر عن مقتل 25`), in words. */
const AFTER_EVENT_REACH = 16;
/** Words from the و joining two figures of a clause to the second count (`وإصابة 25`: 1; `وإصابة ما لا يقل عن 25`: 4). */
const JOINED_GAP = 4;
interface ScopeMarks {
  since: boolean;
  cumulative: boolean;
  background: boolean;
  earlierYear: boolean;
}
const NO_MARKS: ScopeMarks = { since: false, cumulative: false, background: false, earlierYear: false };
const MARK_KEYS = Object.keys(NO_MARKS) as (keyof ScopeMarks)[];
const SINCE_BIT = 1;
const CUMULATIVE_BIT = 2;
const BACKGROUND_BIT = 4;
const EARLIER_YEAR_BIT = 8;

/** The marks set, as bits. */
function markBits(m: ScopeMarks): number {
  return (m.since ? SINCE_BIT : 0) | (m.cumulative ? CUMULATIVE_BIT : 0) | (m.background ? BACKGROUND_BIT : 0) | (m.earlierYear ? EARLIER_YEAR_BIT : 0);
}
/** A date more than this many days before publication is another event's. */
const BACKGROUND_DAYS = 5;
const DAY_MS = 86_400_000;

export interface FindFactsOptions {
  /** Date mentions of the text (offsets into it), with their ISO value; numbers inside are not figures. */
  dateSpans?: ReadonlyArray<{ start: number; end: number; value?: string; kind?: string }>;
  /** Publication date of the text (ISO), to tell background figures from the story's. */
  publishedAt?: string | null;
  /** Places named in the text (entity spans), for the scope of a figure. */
  places?: ReadonlyArray<{ start: number; end: number; text: string }>;
  /** Keep every mention, restatements too (default false: one figure per kind, value, qualifier, group and extent). */
  keepRestatements?: boolean;
  /** The text's tokens (tokenize(text)) when the caller has them: the stage tokenizes a body once for all its parts. */
  tokens?: readonly Token[];
}

interface Count {
  value: number;
  valueMax: number | null;
  /** Token index of the count's first word, of the word after the number, and after the counted phrase. */
  at: number;
  numEnd: number;
  end: number;
  /** Kind and group a dual noun or person noun carries itself. */
  kind: Kind | null;
  group: Group;
  hasPerson: boolean;
  /** A dual noun (`طفلين`): read only with a cue right by it, never from a verb further away. */
  isDual?: boolean;
  /** A dual in construct (`ضابطي شرطة`): a verb agreeing after it may give its kind too. */
  isConstruct?: boolean;
  /** People named by a pronoun (`عشرة منهم`): an event verb earlier in the clause counts them, not a noun. */
  byPronoun?: boolean;
  /** People of two groups counted together (withJoinedPeople): a group phrase was read, though it names no one group. */
  ofGroups?: boolean;

}

/**
 * `c` with every field of Count present in one order (undefined where unset): counts built by
 * literals of different fields, and spread copies (`{ ...c, end }`), had a hidden class each, so the
 * readers of counts went polymorphic and were deoptimized again on an article showing another one.
 */
function shapedCount(c: Count): Count {
  return { value: c.value, valueMax: c.valueMax, at: c.at, numEnd: c.numEnd, end: c.end, kind: c.kind, group: c.group, hasPerson: c.hasPerson, isDual: c.isDual, isConstruct: c.isConstruct, byPronoun: c.byPronoun, ofGroups: c.ofGroups };
}

interface Figure {
  kind: Kind;
  count: Count;
  qualifier: FactQualifier;
  /** A part of another figure of its sentence (`بينهم 5 من قوات النظام`, and the items joined to it). */
  isPart: boolean;
  /** Token index after the counted phrase. */
  after: number;
  /** Read as a bare number coordinated after a figure (`و4 في مرسى مطروح`): a next one may follow it. */
  isEllipsis?: boolean;
}

/** Figures in `text` (an article body), in text order, restatements dropped: casualty counts, and the homes or people cut off from a service (service-cuts.ts, kind "other"). */
export function findFacts(text: string, options: FindFactsOptions = {}): Fact[] {
  const toks = options.tokens ?? tokenize(text);
  const reader = new FigureReader(text, toks, options);
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const found = [...reader.read(), ...findServiceCuts(text, toks)].sort((a, b) => a.start! - b.start!);
  for (const f of found) {
    const key = `${f.kind}|${f.value}|${f.valueMax}|${f.qualifier}|${f.group}|${f.scope?.extent}`;
    if (seen.has(key) && !options.keepRestatements) continue;
    seen.add(key);
    facts.push(f);
  }
  return facts;
}

/** A conscript (`مجند`, `مجندين`, `مجندي`): of the army or, in Egypt, of the police. */
const isConscript = (form: string): boolean => form.startsWith("مجند");

const kindOf = (k: EventKind | undefined | null): Kind | null => (k && k !== "destroyed" ? k : null);
const isInjuryWord = (w: string): boolean => EVENT_NOUNS.lookup(w)?.value === "injured" || EVENT_VERBS.lookup(w)?.value === "injured";

/** Whether text[from, to) is empty or one plain space. */
function isBareGap(text: string, from: number, to: number): boolean {
  return to === from || (to - from === 1 && text.charCodeAt(from) === 0x20);
}

class FigureReader {
  private readonly toks: readonly Token[];
  private readonly ws: string[];
  /** stop[k]: a clause ends between token k-1 and k (punctuation or a line break). */
  private readonly stop: boolean[];
  /** hardStop[k]: punctuation (not a bare line break) between token k-1 and k. */
  private readonly hardStop: boolean[];
  /** Split only when a figure is found: most articles have none. */
  private sentencesCache: Sentence[] | null = null;
  private readonly published: number;
  /** inDate[k]: token k lies inside a date mention. */
  private readonly inDate: boolean[];
  /** notCount[k]: token k is a number read as a year, a day of a month or a duration. */
  private readonly notCount: boolean[];
  private figures: Figure[] = [];
  /** Figures read as counts of the earlier event عقب / في أعقاب names (inEarlierEvent). */
  private readonly inEarlierEvents = new Set<Figure>();

  constructor(private readonly text: string, toks: readonly Token[], private readonly options: FindFactsOptions) {
    this.toks = toks;
    this.ws = normsOf(this.toks);
    this.stop = [];
    this.hardStop = [];
    for (let k = 0; k < this.toks.length; k++) {
      // Most gaps are one space or none: no stop, without a slice and two regex tests.
      if (k === 0 || isBareGap(text, this.toks[k - 1]!.end, this.toks[k]!.start)) {
        this.hardStop.push(false);
        this.stop.push(false);
        continue;
      }
      // `(...)` marks words left out of a quotation, not the end of a sentence
      const gap = withoutElisions(text.slice(this.toks[k - 1]!.end, this.toks[k]!.start));
      const hardStop = /[.!?؟؛;:]/.test(gap);
      this.hardStop.push(hardStop);
      this.stop.push(hardStop || gap.includes("\n"));
    }
    // Pushed, not `map`ped: packed in every tier (see normsOf).
    this.inDate = [];
    this.notCount = [];
    for (let k = 0; k < this.toks.length; k++) {
      this.inDate.push(false);
      this.notCount.push(false);
    }
    for (const d of options.dateSpans ?? []) for (let k = this.tokenAt(d.start); k < this.toks.length && this.toks[k]!.start < d.end; k++) this.inDate[k] = true;
    this.published = options.publishedAt ? Date.parse(options.publishedAt) : Number.NaN;
  }

  read(): Fact[] {
    const dates = this.options.dateSpans ?? [];
    for (let i = 0; i < this.toks.length; i++) {
      const count = this.readCount(i, dates);
      if (!count) continue;
      i = count.end - 1;
      // `اثنان من المصابين الأربعة`: the people closing the phrase, then their own definite number
      if (count.end - 1 > count.at && this.peopleThenNumber(count.end - 1)) i--;
      const figure = this.figureOf(count);
      if (figure) this.figures.push(figure);
    }
    this.shareGroupBack();
    const facts: Fact[] = [];
    let sentence: Sentence | null = null;
    let inSentence: Figure[] = [];
    let scopes: FigureScope[] = [];
    for (const figure of this.figures) {
      const start = this.toks[figure.count.at]!.start;
      if (!sentence || start < sentence.start || start >= sentence.end) {
        sentence = this.sentenceAt(start);
        inSentence = sentence ? this.figures.filter((f) => this.toks[f.count.at]!.start >= sentence!.start && this.toks[f.count.at]!.start < sentence!.end) : [figure];
        scopes = this.scopesOf(sentence, inSentence);
      }
      facts.push({
        kind: figure.kind,
        value: figure.count.value,
        valueMax: figure.count.valueMax,
        qualifier: figure.qualifier,
        group: figure.count.group,
        text: sentence?.text ?? this.text.slice(start, this.toks[figure.count.numEnd - 1]!.end),
        start,
        end: this.toks[figure.count.numEnd - 1]!.end,
        scope: scopes[inSentence.indexOf(figure)] ?? { extent: "event", event: null, place: null, time: null },
      });
    }
    const afterEvent: boolean[] = [];
    for (const f of this.figures) afterEvent.push(this.inEarlierEvents.has(f));
    this.keepStoryCounts(facts, afterEvent);
    markRegionalParts(facts);
    return facts;
  }

  /**
   * `استشهاد 15 وإصابة 33 من رجال الأمن`, `مقتل ما يقارب 278 وإصابة 356 من مليشيات الحوثي`, `مقتل اثنين
   * وإصابة ثلاثة من رجالها`: a bare number (no people, no group) right before an event word joined by و
   * whose count names its people's group after من counts people of that group too. (A vague plural is
   * people in general and shares none, as in shareGroup; `وإصابة 8 آخرين` names others, no group.)
   */
  private shareGroupBack(): void {
    for (let f = 0; f + 1 < this.figures.length; f++) {
      const a = this.figures[f]!.count;
      const b = this.figures[f + 1]!.count;
      if (a.group !== null || a.hasPerson || a.isDual || a.valueMax !== null || a.end !== a.numEnd) continue;
      if (b.group === null || this.ws[b.numEnd] !== "من") continue;
      const bStart = this.qualifierBefore(b.at).start;
      const w = this.ws[a.end] ?? "";
      const isEvent = (x: string) => EVENT_NOUNS.has(x) || EVENT_VERBS.has(x);
      const joined = (bStart - a.end === 1 && w.length > 2 && w.startsWith("و") && isEvent(w)) || (bStart - a.end === 2 && w === "و" && isEvent(this.ws[a.end + 1] ?? ""));
      let clause = true;
      for (let k = a.at + 1; k <= b.at && clause; k++) clause = !this.stop[k];
      if (joined && clause) a.group = b.group;
    }
  }

  private sentenceAt(offset: number): Sentence | null {
    let lo = 0;
    this.sentencesCache ??= splitSentences(this.text);
    const sentences = this.sentencesCache;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return null;
  }

  // ---- the count and its counted phrase ----

  private readCount(i: number, dates: ReadonlyArray<{ start: number; end: number }>): Count | null {
    const w = this.ws[i]!;
    const numberAfter = this.peopleThenNumber(i) ?? this.harmObjectThenNumber(i) ?? this.personThenOne(i) ?? this.harmedThenDigits(i);
    if (numberAfter) return numberAfter;
    if (mayStartNumber(w)) {
      const r = readNumber(this.ws, i);
      const range = r && this.rangeAfterBetween(i, r);
      if (range) return this.numberCount(i, range.end, range.value, range.valueMax, r.isWord, dates);
      if (r) return this.numberCount(i, r.end, r.value, r.valueMax, r.isWord, dates);
    }
    return this.dualCount(i) ?? this.constructDualCount(i) ?? this.caseDualCount(i) ?? this.kinDualCount(i) ?? this.coupleCount(i) ?? this.namedBeforeCount(i);
  }

  /**
   * `القبض على الخمسة`, `وإصابة العشرة الآخرون`: a definite cardinal right after a verb or noun of death, injury
   * or arrest counts people named before (null group), as the gold reads a definite number for people named
   * earlier. Not an ordinal or a time (`أيام الاحتجاز الستة الأولى`).
   */
  private namedBeforeCount(i: number): Count | null {
    const cardinal = this.definiteCardinalAt(i);
    if (cardinal === null) return null;
    const cue = this.cueBefore(i);
    if (cue !== "killed" && cue !== "injured" && cue !== "arrested") return null;
    const next = this.stop[i + 1] ? undefined : this.ws[i + 1];
    if (next !== undefined && (NOT_PEOPLE_AFTER_CARDINAL.has(next) || UNITS.has(next))) return null;
    const { value, numEnd } = cardinal;
    return shapedCount({ value, valueMax: null, at: i, numEnd, end: numEnd, kind: null, group: null, hasPerson: false });
  }

  /**
   * `مقتل كل ركابها الـ 39`, `جثث المراقبين الاربعة`, `بمقتل أفراد الطاقم الخمسة`: the object of a word of death, injury
   * or arrest — a definite or possessed plural, or a group head and its definite complement, after كل or جميع or not —
   * then its definite number counts those people even when no noun list knows them (peopleThenNumber reads the known
   * ones anywhere). Right after the harm word only: elsewhere such a phrase names people counted before.
   */
  private harmObjectThenNumber(i: number): Count | null {
    const w = this.ws[i]!;
    const next = this.ws[i + 1];
    if (next === undefined || this.stop[i + 1] || !next.startsWith("ال")) return null;
    const construct = GROUP_HEADS.has(w) && !DEFINITE_CARDINALS.has(next) && next !== "ال";
    const numberAt = construct ? i + 2 : i + 1;
    if (construct && this.stop[numberAt]) return null;
    const cardinal = this.definiteNumberAt(numberAt);
    if (cardinal === null) return null;
    // a broken plural the noun lists know, possessed (`ركابها`; not ـه alone, which is also a folded ة: `قرابة الستة آلاف`)
    const stem = w.replace(/(?:ها|هم|هن|هما)$/, "");
    const possessed = isPossessedPlural(w) || (stem !== w && stem.length >= 3 && GROUP_NOUNS.lookup(stem) !== null);
    const definite = isDefiniteSoundPlural(w) || (w.startsWith("ال") && GROUP_NOUNS.lookup(w) !== null);
    if (!construct && !definite && !possessed) return null;
    const harmAt = i > 0 && ALL_OF.has(this.ws[i - 1]!) && !this.stop[i] ? i - 2 : i - 1;
    if (!this.harmWordAt(harmAt) || this.stop[i]) return null;
    const after = this.stop[cardinal.numEnd] ? undefined : this.ws[cardinal.numEnd];
    if (after !== undefined && (NOT_PEOPLE_AFTER_CARDINAL.has(after) || UNITS.has(after))) return null;
    const group = construct ? (HEAD_COMPLEMENTS.lookup(next)?.value ?? null) : (GROUP_NOUNS.lookup(stem)?.value ?? GROUP_NOUNS.lookup(w)?.value ?? null);
    return shapedCount({ value: cardinal.value, valueMax: null, at: i, numEnd: cardinal.numEnd, end: cardinal.numEnd, kind: null, group, hasPerson: true });
  }

  /** A definite number at `at`: a definite cardinal (definiteCardinalAt) or the article and digits (`الـ 39`, `الـ39`); else null. */
  private definiteNumberAt(at: number): { value: number; numEnd: number } | null {
    if (this.ws[at] !== "ال") return this.definiteCardinalAt(at);
    const digits = this.stop[at + 1] ? undefined : this.ws[at + 1];
    return digits !== undefined && /^[0-9]+$/.test(digits) ? { value: Number(digits), numEnd: at + 2 } : null;
  }

  /** The definite cardinal at `at` (`الخمسة`), a teen with its tens word (`الخمسة عشر`, `الأربع عشرة`): its value and where it ends; else null. */
  private definiteCardinalAt(at: number): { value: number; numEnd: number } | null {
    const unit = DEFINITE_CARDINALS.get(this.ws[at] ?? "");
    if (unit === undefined) return null;
    const teen = !this.stop[at + 1] && TEEN_TENS.has(this.ws[at + 1] ?? "");
    return { value: unit + (teen ? 10 : 0), numEnd: teen ? at + 2 : at + 1 };
  }

  /**
   * `احتجاز والديه`, `واختطفوا نجليه`, `وإصابة ابنيها`, `القبض على والدي المهاجم`: the possessed dual of a
   * kin noun (its ن dropped before a pronoun or a definite noun) right after a verb or noun of death, injury
   * or arrest counts two, people in general (relatives are no group, as `ثلاثة من أقاربه`). Only right after
   * the harm word: alone, `والديه` names people already known; ولد is left out (`ولديه` is also «and he has»),
   * and before a noun only a definite one (`والدي` alone is also «my father»).
   */
  private kinDualCount(i: number): Count | null {
    const pronoun = KIN_DUAL_PRONOUN.get(this.ws[i]!);
    if (pronoun === undefined) return null;
    const cue = this.cueBefore(i);
    if (cue !== "killed" && cue !== "injured" && cue !== "arrested") return null;
    if (!pronoun && (this.stop[i + 1] || !(this.ws[i + 1] ?? "").startsWith("ال"))) return null;
    return shapedCount({ value: 2, valueMax: null, at: i, numEnd: i + 1, end: i + 1, kind: null, group: null, hasPerson: true, isDual: true });
  }

  /**
   * `وفاة زوجين من بريطانيا`, `مقتل زوجين محاصرين`, `مقتل الزوجين سعد وريهام`: a couple right after a verb or noun of
   * death, injury or arrest counts two, people in general. زوج's plural is broken (أزواج), so its ـين is the dual's even
   * definite; alone (`بين الزوجين`) it names no harm.
   */
  private coupleCount(i: number): Count | null {
    if (!COUPLE.has(this.ws[i]!)) return null;
    const cue = this.cueBefore(i);
    if (cue !== "killed" && cue !== "injured" && cue !== "arrested") return null;
    return shapedCount({ value: 2, valueMax: null, at: i, numEnd: i + 1, end: i + 1, kind: null, group: null, hasPerson: true, isDual: true });
  }

  /**
   * `وحالتي وفاة`, `حالتا وفاة`: the dual of حالة before a death or injury noun counts two, as `2 حالة
   * وفاة` would (not `حالتا احتجاز لشابين`: people trapped by a rockfall, no arrest).
   */
  private caseDualCount(i: number): Count | null {
    if (!(this.ws[i]!.includes("حالت") && CASE_DUAL.test(this.ws[i]!)) || this.stop[i + 1]) return null;
    const event = EVENT_NOUNS.lookup(this.ws[i + 1] ?? "");
    const kind = event && !event.definite && event.prefix === "" ? kindOf(event.value) : null;
    if (kind === "killed" || kind === "injured") return shapedCount({ value: 2, valueMax: null, at: i, numEnd: i + 1, end: i + 2, kind, group: null, hasPerson: true, isDual: true });
    return this.severityAfterCase(i + 1) && this.injuryEarlierInSentence(i) ? shapedCount({ value: 2, valueMax: null, at: i, numEnd: i + 1, end: i + 1, kind: "injured", group: null, hasPerson: true, isDual: true }) : null;
  }

  /** A severity (`حرجتان`, `خطيرتين`, its dual as the case's adjective) at k or one word on (`حالتين تعتبران خطيرتين`), in the clause. */
  private severityAfterCase(k: number): boolean {
    for (let j = k; j < Math.min(this.ws.length, k + 2) && !this.stop[j]; j++) if (SEVERITIES.has(this.ws[j]!.replace(/ت(?:ان|ين)$/, "ه"))) return true;
    return false;
  }

  /**
   * `الموقع به 6 إصابات؛ حالتان حرجتان`, `أسفرت عن 78 اصابة … في حين تم نقل حالتين تعتبران خطيرتين`: whether an injury
   * word or a person noun of the injured stands earlier in the sentence of token i (back to . ! ? ؟ or a line break).
   */
  private injuryEarlierInSentence(i: number): boolean {
    for (let j = i - 1; j >= Math.max(0, i - INJURY_SENTENCE_REACH); j--) {
      const w = this.ws[j]!;
      if (isInjuryWord(w) || PERSON_NOUNS.lookup(w)?.value === "injured") return true;
      if (/[.!?؟\n]/.test(this.text.slice(this.toks[j]!.end, this.toks[j + 1]!.start))) return false;
    }
    return false;
  }

  /**
   * `مقتل ما بين 25 و30 إرهابيا`, `تتراوح أعداد الضحايا بين 100 و180 ألفا`: two numbers joined by و after
   * بين are one count, a range (value–valueMax), not two; a scale word closing the upper bound only (`ألف`,
   * `مليون`) scales the lower one too (`بين 90 و125 ألف` is 90,000–125,000). Null when the second number
   * is not above the first (`بين 5 و2`), or a clause ends between them.
   */
  private rangeAfterBetween(i: number, r: NumberReading): { value: number; valueMax: number; end: number } | null {
    if (i === 0 || r.valueMax !== null || !AMONG.has(this.ws[i - 1]!)) return null;
    let k = r.end;
    if (this.ws[k] === AND_WORD) k++;
    if (k >= this.ws.length || this.stop[r.end] || this.stop[k] || !mayStartNumber(this.ws[k]!)) return null;
    const upper = readNumber(this.ws, k);
    if (!upper || upper.valueMax !== null || !Number.isFinite(upper.value)) return null;
    const scaleOf = (from: number, to: number): number => {
      const last = to - 1 > from ? readNumber(this.ws, to - 1) : null;
      return last && last.isWord && SCALE_VALUES.has(last.value) ? last.value : 1;
    };
    const scale = scaleOf(upper.start, upper.end);
    const lower = scale > 1 && scaleOf(r.start, r.end) === 1 && r.value * scale <= upper.value ? r.value * scale : r.value;
    return lower < upper.value ? { value: lower, valueMax: upper.value, end: upper.end } : null;
  }

  private numberCount(i: number, end: number, value: number, valueMax: number | null, isWord: boolean, dates: ReadonlyArray<{ start: number; end: number }>): Count | null {
    const start = this.toks[i]!.start;
    const stop = this.toks[end - 1]!.end;
    const skip: Count = shapedCount({ value, valueMax, at: i, numEnd: end, end, kind: null, group: null, hasPerson: false });
    if (dates.some((d) => start < d.end && d.start < stop)) return shapedCount({ ...skip, value: Number.NaN });
    const prev = i > 0 ? this.ws[i - 1]! : "";
    const gapBefore = i > 0 ? this.text.slice(this.toks[i - 1]!.end, start) : "";
    const gapAfter = end < this.toks.length ? this.text.slice(stop, this.toks[end]!.start) : this.text.slice(stop);
    const yearLike = !isWord && Number.isInteger(value) && value >= 1900 && value <= 2100 && this.ws[i]!.length === 4;
    if (i > 0 && NOT_A_FIGURE_AFTER.has(prev)) return shapedCount({ ...skip, value: Number.NaN });
    if (this.isWholeOutOf(i, end)) return shapedCount({ ...skip, value: Number.NaN });
    // `فرانس 24`, `مراسل فرانس24`: the number in a channel's name
    if (i > 0 && NUMBERED_NAMES.has(prev)) return shapedCount({ ...skip, value: Number.NaN });
    if (i > 0 && ANNIVERSARY.has(prev) && /^ل/.test(this.ws[end] ?? "")) return shapedCount({ ...skip, value: Number.NaN });
    // `الـ31` is an ordinal, but after a threshold (`جاوز عددهم ال 30`, `تجاوز الـ 40 ألف`) the article marks the bound reached
    // `تحت الخامسة عشر من العمر`, `الحادي عشر من`: the ten of a compound ordinal (an age, a day) is no count
    if (isWord && end === i + 1 && TENS_OF_ORDINALS.has(this.ws[i]!) && COMPOUND_ORDINAL_UNITS.has(prev) && !this.stop[i]) return shapedCount({ ...skip, value: Number.NaN });
    if (!isWord && ORDINAL_ARTICLE.has(prev) && /^[\u0640\s-]*$/.test(gapBefore) && !(i > 1 && THRESHOLD_BEFORE_ARTICLE.has(this.ws[i - 2]!))) return shapedCount({ ...skip, value: Number.NaN });
    if (/^\s*[%٪]/.test(gapAfter)) return shapedCount({ ...skip, value: Number.NaN });
    // scores and ranges of digits: 2-1, 3 -صفر
    // (a dash with a word on its other side closes an aside: `وأصيب - وفق الحصيلة - 23 شخصا`)
    const scoreSide = (k: number) => k >= 0 && k < this.ws.length && (/^\d/.test(this.ws[k]!) || this.ws[k] === "صفر");
    if (!isWord && ((/^\s*[-–]\s*$/.test(gapAfter) && scoreSide(end)) || (/^\s*[-–]\s*$/.test(gapBefore) && scoreSide(i - 1)))) return shapedCount({ ...skip, value: Number.NaN });
    const next = this.ws[end];
    // a duration (`قبل أربعة أشهر`) is a time, like a date: no count, and no boundary for the cue searches
    // (not the adverb «today» after a count: `وأصاب 16 اليوم في`, `ارتفع إلى 5 اليوم الجمعة`)
    // (nor يوم naming a weekday after a count: `ارتفع عدد القتلى إلى 131 يوم الأربعاء`)
    const namesWeekday = next === DAY && WEEKDAYS.has(this.ws[end + 1] ?? "");
    if (next && next !== TODAY && !namesWeekday && UNITS.has(next) && !isPlaceOrCauseWithBa(next)) return DURATIONS.has(next) ? this.dateLike(skip) : shapedCount({ ...skip, value: Number.NaN });
    if (next && ANIMALS.has(next)) return shapedCount({ ...skip, value: Number.NaN });
    // `فقدان مئات الملايين من الدولارات`, `إخفاء عشرات الملايين من الدولارات`: money counted after من
    if (next === OF && !this.stop[end + 1] && CURRENCIES.has(this.ws[end + 1] ?? "")) return shapedCount({ ...skip, value: Number.NaN });
    // `نحو 20 أو 30 مرة`, `4 أو 5 مرشحين`: two numbers joined by أو count what follows the second; a unit there counts no people
    if (OR.has(next ?? "") && !this.stop[end] && !this.stop[end + 1]) {
      const other = readNumber(this.ws, end + 1);
      const unit = other ? this.ws[other.end] : undefined;
      if (unit !== undefined && !this.stop[other!.end] && (UNITS.has(unit) || ANIMALS.has(unit))) return shapedCount({ ...skip, value: Number.NaN });
    }
    // a day of a month the date reader did not take (`30 آذار/مارس`)
    if (!isWord && value <= 31 && next && (MONTHS.has(next) || (MONTH_FIRST_WORDS.has(next) && MONTHS.has(`${next} ${this.ws[end + 1] ?? ""}`)))) return this.dateLike(skip);
    if (next === "في" && /^(?:المئه|المائه)$/.test(this.ws[end + 1] ?? "")) return shapedCount({ ...skip, value: Number.NaN });
    const c = this.counted(shapedCount(skip));
    // a year, unless people are counted right after it (`2000 من السكان`), or an event after a qualified
    // number (`قرابة 2000 بجروح`); `أواخر 2012 قتل الصينيون` is a year
    const eventAfter = EVENT_NOUNS.has(next ?? "") && this.qualifierBefore(i).qualifier === "exact";
    // (`منذ 2003 وآخر`: a phrase joined by و is no counted people)
    if (yearLike && !(c.hasPerson && c.end > end && !eventAfter && !this.ws[end]!.startsWith("و"))) return this.dateLike(skip);
    return c;
  }

  /** A number that is part of a date: no count, and no boundary for the cue searches either. */
  private dateLike(skip: Count): Count {
    for (let k = skip.at; k < skip.numEnd; k++) this.notCount[k] = true;
    return shapedCount({ ...skip, value: Number.NaN });
  }

  /**
   * The people, then the number agreeing with them as an adjective: `مدنيين اثنين` (a dual or
   * plural noun, then اثنين), `المصابين الأربعة`, `العسكريين التسعة`, `المواطنين الأربعة المفقودين`
   * (a definite people noun, then a definite cardinal of 3–10, then maybe a person noun).
   */
  private peopleThenNumber(i: number): Count | null {
    const w = this.ws[i]!;
    const next = this.ws[i + 1];
    if (next === undefined || this.stop[i + 1] || w.length < 4) return null;
    // the number after first: it rules out nearly every word before the noun lists are asked
    const two = TWO_AFTER.has(next);
    // `المقاتلين الأجانب الخمسة عشر`: one definite adjective may stand between the people and their number
    const at = two ? -1 : DEFINITE_CARDINALS.has(next) ? i + 1 : next.startsWith("ال") && !this.stop[i + 2] && DEFINITE_CARDINALS.has(this.ws[i + 2] ?? "") ? i + 2 : -1;
    if (!two && at < 0) return null;
    // `أصيب أربعة آخرين، اثنان منهم …`: after a comma the number opens a phrase of its own, no adjective
    if (this.commaAfter(i)) return null;
    const person = PERSON_NOUNS.lookup(w);
    const group = GROUP_NOUNS.lookup(w);
    const base = { valueMax: null, at: i, kind: kindOf(person?.value), group: group?.value ?? null, hasPerson: true } as const;
    if (two) {
      if (w.startsWith("ال") || !/(?:ين|ان)$/.test(w) || FUNCTION_WORDS.has(w) || mayStartNumber(w)) return null;
      return shapedCount({ ...base, value: 2, numEnd: i + 2, end: i + 2 });
    }
    const definitePeople = (person?.definite ?? false) || (group?.definite ?? false) || (w.startsWith("ال") && isNisba(w.slice(2)));
    if (!definitePeople) return null;
    const { value, numEnd } = this.definiteCardinalAt(at)!;
    // `المصابون المدنيون الأربعة`: the adjective between may name the group
    const withGroup = base.group === null && at === i + 2 ? { ...base, group: GROUP_NOUNS.lookup(next)?.value ?? null } : base;
    const after = this.ws[numEnd] !== undefined && !this.stop[numEnd] ? PERSON_NOUNS.lookup(this.ws[numEnd]!) : null;
    if (after?.definite && kindOf(after.value)) return shapedCount({ ...withGroup, kind: kindOf(after.value), value, numEnd, end: numEnd + 1 });
    return shapedCount({ ...withGroup, value, numEnd, end: numEnd });
  }

  /**
   * `مقتل شخص واحد`, `وقتل مدني واحد`, `بينهم شرطي واحد`: a singular indefinite noun of people, then واحد agreeing
   * with it as an adjective, counts one of them (a singular noun alone names a person and counts none). What
   * happened to them is read as for any count: the noun's own kind (`قتيل واحد`) or a cue by it.
   */
  private personThenOne(i: number): Count | null {
    const next = this.ws[i + 1];
    // (`امرأة وأحد الأطفال`: وأحد folds to واحد, but it is «and one of»)
    if (next === undefined || !ONE_AFTER.has(next) || this.stop[i + 1] || /^و[أإ]/.test(this.toks[i + 1]!.surface)) return null;
    const w = this.ws[i]!;
    if (w.length < 3 || mayStartNumber(w)) return null;
    // `شخص واحد لكل 25 مواطن`: a rate, no count
    if (this.ws[i + 2] === PER_EACH && !this.stop[i + 2]) return null;
    const person = PERSON_NOUNS.lookup(w);
    const group = GROUP_NOUNS.lookup(w);
    const hit = person ?? group;
    if (!hit || hit.definite || /(?:ين|ون|ان|ات)$/.test(hit.form)) return null;
    // `5 وفيات من عائلة واحدة`: the family the people belong to, no family counted
    if (group?.value === "families") return null;
    return shapedCount({ value: 1, valueMax: null, at: i, numEnd: i + 2, end: i + 2, kind: kindOf(person?.value), group: group?.value ?? null, hasPerson: true });
  }

  /** `طفلين`, `مدنيان`, `جريحان`: a dual noun counts two. */
  private dualCount(i: number): Count | null {
    const w = this.ws[i]!;
    // (?:ان|ين|تان|تين)$ without a regex call per word: تان and تين end in ان and ين
    if (!(w.endsWith("ان") || w.endsWith("ين")) || w.length < 5) return null;
    if (BOYS_BROKEN.has(w)) return this.boysDual(i);
    const kind = PERSON_NOUNS.lookup(w);
    const group = GROUP_NOUNS.lookup(w);
    const hit = kind ?? group;
    if (!hit) return this.nationalityDual(i);
    // `قتل الطياران`, `واعتقل الرجلان`: a definite dual counts two only in the nominative (ـين is also the
    // plural's) and right after an event verb or noun; alone it names people already known (`الموقوفان`)
    if (hit.definite && (!hit.form.endsWith("ان") || !this.harmWordAt(i - 1))) return null;
    // `مدنيين قتلا`: ـيين is the plural's too, but a dual verb agreeing after it makes it the dual
    const known = (x: string) => PERSON_NOUNS.get(x) !== undefined || GROUP_NOUNS.get(x) !== undefined;
    if (!isDualForm(hit.form, known) && !(hit.form.endsWith("يين") && this.dualVerbKind(i + 1))) return null;
    // `حركة طالبان`: a dual after the name of a movement is a name
    if (i > 0 && MOVEMENT_HEADS.has(this.ws[i - 1]!)) return null;
    const own = group?.value ?? null;
    return shapedCount({ value: 2, valueMax: null, at: i, numEnd: i + 1, end: i + 1, kind: kindOf(kind?.value), group: this.dualsForce(i, own) ?? own, hasPerson: true, isDual: true });
  }

  /**
   * `عضوان من مسلحي حماس`, `جنديين من القوات الحكومية`, `ضابطان بالشرطة`: the force a dual's people belong to, named right
   * after them past من (not a family: `طفلين من عائلة واحدة`) or, for members of a force, as its complement.
   */
  private dualsForce(i: number, own: Group | null): Group | null {
    const k = i + 1;
    if (this.stop[k] || this.ws[k] === undefined) return null;
    if (this.ws[k] === OF) {
      const g = this.groupAt(k + 1);
      return g && g.group !== null && g.group !== "families" ? g.group : null;
    }
    return own === "soldiers" || own === "police" ? (this.complementAt(k) ?? null) : null;
  }

  /** Whether token k is a verb or noun of death, injury or arrest (`قتل`, `مقتل`, `واعتقل`; not `وفر`: known people who fled escaped). */
  private harmWordAt(k: number): boolean {
    if (k < 0 || this.stop[k + 1]) return false;
    const w = this.ws[k]!;
    const kind = kindOf(EVENT_VERBS.lookup(w)?.value) ?? kindOf(EVENT_NOUNS.lookup(w)?.value);
    return kind === "killed" || kind === "injured" || kind === "arrested";
  }

  /**
   * `قتل فلسطينيان`: the nominative dual of a nationality counts two (ـيين is also the plural, and a
   * name like باشينيان is no nationality); read only with a cue right by it, like every dual.
   */
  /**
   * `فتيان فلسطينيان`: فتيان is the plural of فتى (boys, youths) and its dual too; a dual adjective right after it
   * (ـان, or ـين after the oblique فتيين) makes it two boys (France 24 and Sky News Arabia `لقي / قتل فتيان فلسطينيان`);
   * alone it is the plural and names no count (`إجلاء الفتيان الـ12`).
   */
  private boysDual(i: number): Count | null {
    const next = this.ws[i + 1] ?? "";
    const agrees = next.length >= 5 && !this.stop[i + 1] && (next.endsWith("ان") || (this.ws[i]!.endsWith("ين") && next.endsWith("ين")));
    if (!agrees) return null;
    return shapedCount({ value: 2, valueMax: null, at: i, numEnd: i + 1, end: i + 1, kind: null, group: "children", hasPerson: true, isDual: true });
  }

  private nationalityDual(i: number): Count | null {
    const w = this.ws[i]!;
    if (!/ي(?:ان|ين)$/.test(w) || !NATIONALITIES.has(w.slice(0, -2))) return null;
    // `فلسطينيين قتلا`: ـيين is also the plural, so only a dual verb agreeing after it makes it two
    if (w.endsWith("ين") && !this.dualVerbKind(i + 1)) return null;
    return shapedCount({ value: 2, valueMax: null, at: i, numEnd: i + 1, end: i + 1, kind: null, group: null, hasPerson: true, isDual: true });
  }

  /**
   * `ضابطي شرطة`, `ضابطا الشرطة`, `عنصري الأمن`: the dual in construct (its ن dropped) of a noun whose
   * plural is broken, so the ـي / ـا form can only be the dual, before the force it belongs to.
   */
  private constructDualCount(i: number): Count | null {
    const w = this.ws[i]!;
    if (!(w.endsWith("ي") || w.endsWith("ا")) || w.length < 4 || this.stop[i + 1] || !DUAL_STEM_LAST_UNITS.has(w.charCodeAt(w.length - 2))) return null;
    const bare = w.replace(/^[وفبل]/, "");
    if (!DUAL_YEEN.has(`${bare.slice(0, -1)}ين`)) return null;
    const complement = this.complementAt(i + 1);
    if (complement === undefined) return null;
    return shapedCount({ value: 2, valueMax: null, at: i, numEnd: i + 1, end: i + 2, kind: null, group: complement, hasPerson: true, isDual: true, isConstruct: true });
  }

  /** Reads the counted phrase after the number into `c` (kind, group, people named, end). */
  private counted(c: Count): Count {
    return this.withJoinedPeople(this.countedAlone(c));
  }

  /**
   * `عشرات الجنود وأفراد الشرطة والمدنيين`, `14 من قوات الجيش السوري وعناصر من المعارضة`, `مئات من قوات الأمن ومدنيين`:
   * people of another group joined by و to the counted phrase, as a plural or a force named by its head, are counted
   * by the same number, which then names no one group. A singular joined (`أربعة فلسطينيين وجندي`, `4 مسعفين وصحفي`)
   * is one more person, not counted by the number, and people of the same group (`ضابطا ومجندا`) change nothing.
   */
  private withJoinedPeople(c: Count): Count {
    if (c.group === null || c.end === c.numEnd) return c;
    // one definite adjective of the counted phrase may stand before them (`قوات الجيش السوري وعناصر`)
    const k = this.ws[c.end]?.startsWith("ال") && !this.stop[c.end] && !this.stop[c.end + 1] && GROUP_NOUNS.lookup(this.ws[c.end]!) === null ? c.end + 1 : c.end;
    const w = this.ws[k];
    if (w === undefined || !w.startsWith("و") || this.stop[k]) return c;
    // `قوات النظام السوري والمعارضة`: the counted phrase closed with a force's head and its complement
    const afterHead = c.end - c.numEnd >= 2 && GROUP_HEADS.has(this.ws[c.end - 2]!) && this.complementAt(c.end - 1) !== undefined;
    const joined = this.joinedGroupAt(k, afterHead) ?? this.tamyizPartnerGroup(c, k);
    if (joined === undefined || joined === c.group) return c;
    // `86 مقاتلا من قوات النظام والمسلحين الموالين`: fighters of a state force (groupAt) and the gunmen loyal to it are
    // that force's men; a count of people in general stays mixed (`117 شخصا من أفراد قوات النظام والمسلحين الموالين`)
    if (joined === "fighters" && (c.group === "soldiers" || c.group === "police") && FORCE_MEMBERS.has(this.ws[c.numEnd] ?? "") && LOYAL.has(this.ws[k + 1] ?? "")) return c;
    // `28 مدنيا ومقاتلون من التنظيم`: after a singular counted in the accusative (11 to 99), only another such singular
    // is counted with it; a plural joined then is other people
    const tamyiz = c.end === c.numEnd + 1 && this.ws[c.numEnd]!.endsWith("ا") && !isPluralPeople(this.ws[c.numEnd]!);
    if (tamyiz && !w.endsWith("ا")) return c;
    return shapedCount({ ...c, group: null, ofGroups: true });
  }

  /**
   * `خطف 36 سيدة وطفلا`, `مقتل 57 امرأة وطفلا`, `يحتجز أكثر من 30 امرأة وطفلا`: after a number whose counted noun is a
   * singular (11 to 99, and 111 on by its last two digits), a masculine singular in the accusative joined to it by و is a
   * second counted noun of the same number, so its group joins the count's; a feminine singular (`12 طفلا وامرأة`) may be
   * one more woman, and a singular after 3–10 (`4 مسعفين وصحفي`) is one more person, so neither is read so.
   */
  private tamyizPartnerGroup(c: Count, k: number): Group | undefined {
    if (c.end !== c.numEnd + 1 || c.value % 100 < 11 || isPluralPeople(this.ws[c.numEnd]!)) return undefined;
    const w = this.ws[k]!;
    if (!/^و.+[^ا]ا$/.test(w)) return undefined;
    const noun = GROUP_NOUNS.lookup(w);
    return noun && noun.value !== null && !isPluralPeople(noun.form) && !isDualOrNominative(noun.form) ? noun.value : undefined;
  }

  /** The group of plural people joined by و at token k (`وأفراد الشرطة`, `والمدنيين`, `ومدنيين`; `والمعارضة` after a force's head), or undefined. */
  private joinedGroupAt(k: number, afterHead: boolean): Group | undefined {
    const w = this.ws[k]!;
    if (GROUP_HEADS.has(w) && !SINGULAR_HEADS.has(w.slice(1))) {
      const g = this.groupAt(k);
      return g && g.group !== null ? g.group : undefined;
    }
    const noun = GROUP_NOUNS.lookup(w);
    // (`12 طفلا وامرأتين`, `3 مدنيين وعنصرين من الشرطة`: a dual counts two people of its own; `ومقاتلون`, nominative, is
    // no partner of a counted phrase in the genitive or accusative)
    if (noun) return noun.value !== null && isPluralPeople(noun.form) && !isDualOrNominative(noun.form) ? noun.value : undefined;
    // `قوات النظام السوري والمعارضة المسلحة`: a second complement of the force's head
    return afterHead ? (this.complementAt(k) ?? undefined) : undefined;
  }

  private countedAlone(c: Count): Count {
    const read = this.countedPhrase(c);
    if (read.end === c.end) return read;
    if (read.group !== null) return read;
    // `عشرات القتلى والجرحى من الحوثيين`: past a person noun joined to the counted one
    const joined = read.kind && this.ws[read.end]?.startsWith("و") && !this.stop[read.end] && PERSON_NOUNS.lookup(this.ws[read.end]!)?.definite === true;
    const k = joined ? read.end + 1 : read.end;
    // `عشرات القتلى في صفوف المتمردين`: the ranks they were counted in
    if (this.ws[k] === "في" && this.ws[k + 1] === RANKS && !this.stop[k] && !this.stop[k + 1] && !this.stop[k + 2]) {
      const g = this.groupAt(k + 2) ?? (this.ws[k + 2] ? { group: this.complementAt(k + 2) ?? null, end: k + 3 } : null);
      if (g && g.group !== null) return shapedCount({ ...read, group: g.group, end: g.end });
    }
    // `99 شهيدا من مختلف الأسلاك الأمنية`, `12 قتيلا اليوم من عناصر الشرطة`: the people's group after من
    const of = TIME_ADVERBS.has(this.ws[k] ?? "") && !this.stop[k + 1] ? k + 1 : k;
    // (`5 أشخاص من عناصر داعش`, `5 مطلوبين من قادة داعش`: people in general too, but `من عائلة واحدة` is no group of theirs)
    if ((read.kind || (read.hasPerson && !read.byPronoun)) && this.ws[of] === "من" && !this.stop[k] && !this.stop[of + 1]) {
      const at = ALL_OF.has(this.ws[of + 1] ?? "") && !this.stop[of + 2] ? of + 2 : of + 1;
      const g = this.groupAt(at);
      if (g && g.group !== null && (read.kind || g.group !== "families")) return shapedCount({ ...read, group: g.group, end: g.end });
    }
    // `18 شخصا من القتلى مدنيون`, `28 شخصا من المعتقلين أجانب`: people named, then the people of an event they are of (their kind
    // read late, by ofNamedPeople: a cue or verb of their own comes first) and the predicate naming their group
    if (read.hasPerson && !read.kind && !read.byPronoun && this.ws[of] === OF && !this.stop[k] && !this.stop[of + 1] && this.definiteKindAt(of + 1)) {
      const predicate = this.predicateGroupAt(of + 2);
      return shapedCount({ ...read, group: read.group ?? predicate?.group ?? null, end: predicate?.end ?? of + 2 });
    }
    const bodies = this.bodiesGroup(read, k);
    if (bodies) return shapedCount({ ...read, group: bodies.group, end: bodies.end });
    if (read.hasPerson && !read.byPronoun && this.membersOfArmedGroup(k)) return shapedCount({ ...read, group: "fighters" });
    return read;
  }

  /**
   * `29 جثة لأطفال` (France 24), `ثلاث جثث لمسلحين` (BBC), `حوالي 90 جثة لمقاتلين`, `نحو 400 جثة تعود لعسكريين`
   * (JawharaFM): bodies counted, then ل and a plural group noun right after them (past a verb of belonging), are the
   * bodies of people of that group. Null for people of no group (`16 جثة لمهاجرين`), a family, a singular (`جثة لطفل`),
   * people of another plural joined by و (`تعود لعسكريين ومدنين`, JawharaFM), or a clause ending between.
   */
  private bodiesGroup(read: Count, k: number): { group: Group; end: number } | null {
    if (read.kind !== "killed" || read.end <= read.numEnd || !BODY_NOUNS.has(this.ws[read.end - 1] ?? "")) return null;
    const at = BELONGING_VERBS.has(this.ws[k] ?? "") && !this.stop[k] ? k + 1 : k;
    if (this.ws[at] === undefined || this.stop[k] || this.stop[at]) return null;
    const hit = GROUP_NOUNS.lookup(this.ws[at]!);
    if (!hit || hit.value === null || hit.value === "families" || !OF_PEOPLE_PREFIXES.has(hit.prefix) || !isPluralPeople(hit.form)) return null;
    // `400 جثة تعود لعسكريين ومدنيين`: people of another plural joined by و are bodies counted too, of no one group
    const next = this.ws[at + 1];
    if (next !== undefined && !this.stop[at + 1] && next.startsWith("و") && /(?:ين|ون)$/.test(next)) return null;
    return { group: hit.value, end: at + 1 };
  }

  /**
   * An arrest of bare عناصر (`إيقاف عنصرين مفتش عنهما`, `اعتقال 7 عناصر من العصابة`) counts people in
   * general unless their sentence names an armed group; killed or injured, bare عناصر are fighters.
   */
  private isArrestOfBareMembers(c: Count): boolean {
    return c.group === "fighters" && c.end - c.numEnd <= 1 && MEMBER_NOUNS.has(this.ws[c.end - 1] ?? "") && !this.namesArmedGroupAround(c.at, c.end);
  }

  /**
   * Whether the counted people are members or activists (`أعضاء`, `ناشطين`) of an organization (`حركة`, `شبكة`,
   * `تنظيم` …, right after them or after من / في) that its name or adjective makes an armed one
   * (`حركة المقاومة`, `شبكة إرهابية`): a political party or a council names none (`3 أعضاء من حزب العمال`).
   */
  private isMemberOfArmedOrganization(c: Count): boolean {
    const head = c.end - 1;
    if (head < c.numEnd || !ORGANIZATION_MEMBERS.has(this.ws[head]!)) return false;
    let org = head + 1;
    if (this.ws[org] === OF || this.ws[org] === IN) org++;
    if (this.stop[org] || !ORGANIZATIONS.has(this.ws[org] ?? "")) return false;
    for (let j = org; j < Math.min(this.ws.length, org + 1 + ORGANIZATION_NAME_REACH) && (j === org || !this.stop[j]); j++) if (this.namesArmedGroupAt(j)) return true;
    return false;
  }

  /**
   * Whether the sentence of a bare عنصر counted at `at` names an armed group: after it, past من
   * (`3 عناصر من تنظيم`), or a few words before it (`من ميليشيات الحوثي وأسر ثلاثة عناصر`).
   */
  private namesArmedGroupAround(at: number, k: number): boolean {
    if (this.namesArmedGroupAfter(k)) return true;
    for (let j = at - 1; j >= Math.max(0, at - ANTECEDENT_REACH) && !this.hardStop[j + 1]; j--) if (this.namesArmedGroupAt(j)) return true;
    return false;
  }

  /** Whether an armed group is named in the few words from `k` on, in its clause, or the people before `k` are said to belong to one. */
  private namesArmedGroupAfter(k: number): boolean {
    for (let j = k; j < Math.min(this.ws.length, k + ARMED_AFTER_REACH) && !this.stop[j]; j++) if (this.namesArmedGroupAt(j)) return true;
    return this.membersOfArmedGroup(k);
  }

  /** Whether token j names an armed group (`تنظيم`, `داعش`, `الميليشيات`, `الإرهابية`), not a member or leader word, which names none by itself. */
  private namesArmedGroupAt(j: number): boolean {
    const w = this.ws[j]!;
    if (MEMBER_WORD.test(w) || LEADERS.has(w)) return false;
    return ARMED_ADJECTIVE.test(w.replace(/^[وبل]/, "")) || GROUP_NOUNS.lookup(w)?.value === "fighters" || this.complementAt(j) === "fighters";
  }

  /**
   * `تم اعتقال 3 قادة ميدانيين`, `اختطفوا 11 من قيادات الاصلاح`, `طالت العشرات من قيادات الاحزاب السياسية`: an arrest
   * of leaders counts fighters only when an armed group is named after them (`خمسة من قادة تنظيم داعش`, `10 من
   * قيادات الميليشيات الحوثية`); their captors named before them are not their group. Killed or injured, leaders stay fighters.
   */
  private isArrestOfBareLeaders(c: Count): boolean {
    if (c.group !== "fighters") return false;
    for (let j = c.numEnd; j < c.end; j++) if (LEADERS.has(this.ws[j]!)) return !this.namesArmedGroupAfter(j + 1);
    return false;
  }

  /**
   * Whether the people counted before token `k` are said to belong to an armed group: a membership
   * word a few words on (MEMBERSHIP), then a fighters' group word (`تنظيم`, `داعش`, `الحوثي`…) a few
   * words after it, in one clause. Those accused of it are counted so too (the gold takes either reading).
   */
  private membersOfArmedGroup(k: number): boolean {
    for (let m = k; m < Math.min(this.ws.length, k + MEMBERSHIP_REACH); m++) {
      if (this.stop[m]) return false;
      if (!MEMBERSHIP.has(this.ws[m]!)) continue;
      if (this.ws[m] === KNOWN_AS && !KNOWN_AS_BEFORE.has(this.ws[m - 1] ?? "")) return false;
      for (let j = m + 1; j < Math.min(this.ws.length, m + 1 + MEMBER_OF_REACH) && !this.hardStop[j]; j++) {
        const w = this.ws[j]!;
        if (GROUP_NOUNS.lookup(w)?.value === "fighters" || HEAD_COMPLEMENTS.lookup(w)?.value === "fighters" || ARMED_BY_ADJECTIVE.test(w)) return true;
      }
      return false;
    }
    return false;
  }

  private countedPhrase(c: Count): Count {
    let k = c.end;
    const w = this.ws[k];
    if (w === undefined || this.stop[k]) return c;
    // `قتل خلاله عشرة منهم`: the people named before, by their pronoun (ـهن: women)
    if (OF_THEM.has(w)) return shapedCount({ ...c, hasPerson: true, end: k + 1, byPronoun: true, group: w.endsWith("هن") ? "women" : c.group });
    const person = PERSON_NOUNS.lookup(w);
    // a vague plural takes its people in construct, with the article: عشرات القتلى
    if (person && (!person.definite || c.valueMax !== null)) return shapedCount({ ...c, kind: kindOf(person.value), hasPerson: true, end: k + 1 });
    if (CASE_NOUNS.has(w)) {
      const event = EVENT_NOUNS.lookup(this.ws[k + 1] ?? "");
      if (event && kindOf(event.value)) return shapedCount({ ...c, kind: kindOf(event.value), hasPerson: true, end: k + 2 });
      // `10 حالات تسمم`, `15 حالة اختناق`, `06 حالات إغماء`: cases of an incident's harm are injured (the gold reads
      // people poisoned as injured)
      if (HARM_CASES.has(this.ws[k + 1] ?? "")) return shapedCount({ ...c, kind: "injured", hasPerson: true, end: k + 2 });
    }
    const group = this.groupAt(k);
    if (group) {
      k = group.end;
      // `5 جنود قتلى`: a person noun after the group noun
      const after = this.ws[k] !== undefined && !this.stop[k] ? PERSON_NOUNS.lookup(this.ws[k]!) : null;
      if (after && !after.definite) return shapedCount({ ...c, kind: kindOf(after.value), group: group.group, hasPerson: true, end: k + 1 });
      return shapedCount({ ...c, group: group.group, hasPerson: true, end: k });
    }
    if (isNisba(w) || isNisbaSingular(w)) return shapedCount({ ...c, hasPerson: true, end: k + 1, group: this.groupAdjectiveAfter(k + 1) ?? null });
    // `مقتل 6 ضباط و3 سجناء`: prisoners joined to the people before them are people counted too
    if (INMATES.has(w) && this.isCoordinated(c.at)) return shapedCount({ ...c, hasPerson: true, end: k + 1 });
    // a vague plural takes its people in construct: `عشرات الفلسطينيين`, `آلاف السوريين`
    if (c.valueMax !== null && w.startsWith("ال") && isNisba(w.slice(2)) && /(?:يين|يون)$/.test(w)) return shapedCount({ ...c, hasPerson: true, end: k + 1, group: this.groupAdjectiveAfter(k + 1) ?? null });
    // `167 إصابة`, `20 حالة وفاة`: the event noun counted; a vague plural takes it in construct, with
    // the article (`آلاف الإصابات`, `عشرات الإصابات`)
    // (`مقتل اثنين وإصابة ثلاثة`, `استشهاد 15 وإصابة 33`: an event noun joined by و opens the next figure)
    const event = EVENT_NOUNS.lookup(w);
    if (event && (!event.definite || c.valueMax !== null) && kindOf(event.value) && !/(?:هم|هن|ها|ته)$/.test(event.form) && !isJoined(w, event.form)) return shapedCount({ ...c, kind: kindOf(event.value), hasPerson: true, end: k + 1 });
    if (w === "من") {
      if (SUPERLATIVES.has(this.ws[k + 1] ?? "") && !this.stop[k + 1] && !this.stop[k + 2]) k++;
      const n = this.ws[k + 1];
      if (n === undefined || this.stop[k + 1]) return c;
      const p = PERSON_NOUNS.lookup(n);
      // `واحدة من الضحايا`: one of them names a person, it counts none; only an event cue makes it a figure (`وتوفي واحد من المصابين`)
      if (p && p.definite) {
        const kind = c.value === 1 && c.valueMax === null ? null : kindOf(p.value);
        // `تسعة من القتلى هم من المدنيين`, `9 من الجرحى هم من رجال الشرطة`: the predicate names their group
        const named = this.predicateGroupAt(k + 2);
        if (named) return shapedCount({ ...c, kind, group: named.group, hasPerson: true, end: named.end });
        return shapedCount({ ...c, kind, hasPerson: true, end: k + 2 });
      }
      const g = this.groupAt(k + 1);
      if (g) return shapedCount({ ...c, group: g.group, hasPerson: true, end: g.end });
      // `قوات الأمن التي قتل نحو عشرين من أفرادها`: the head's pronoun names the group before
      if (PRONOUN_HEAD.test(n)) return shapedCount({ ...c, group: this.groupBefore(c.at), hasPerson: true, end: k + 2 });
      if (isNisba(n)) return shapedCount({ ...c, hasPerson: true, end: k + 2, group: this.groupAdjectiveAfter(k + 2) ?? null });
      // `أربعة من مرافقيه`, `العشرات من مناهضيهم`, `ثلاثة من أبنائها`: a possessed plural counts the possessor's people
      if (isPossessedPlural(n)) {
        const stem = n.replace(/(?:ه|ها|هم|هن|هما)$/, "");
        // (`موظفيه`: the construct plural's ـي is the sound plural's ـين)
        const own = GROUP_NOUNS.lookup(stem) ?? (stem.endsWith("ي") ? GROUP_NOUNS.lookup(`${stem}ن`) : null);
        return shapedCount({ ...c, hasPerson: true, end: k + 2, group: own ? own.value : this.companionsGroup(c.at) });
      }
      // `16 من الطوارق المدنيين`: a people's name, then the group adjective
      if (n.startsWith("ال")) {
        // `6 من الدفاع المدني`, `3 من الإسعاف`: a rescue service's men are medics (المدني there names no civilians)
        if (this.complementAt(k + 1) === "medics") return shapedCount({ ...c, group: "medics", hasPerson: true, end: this.ws[k + 2] === "المدني" ? k + 3 : k + 2 });
        // `مقتل 2 من الأمن المصري`, `قتل بها ثلاثة من الشرطة`: a force named by its institution noun, its men
        // (`من الشرطة والجيش`: two forces joined, no one group)
        const force = FORCE_INSTITUTIONS.lookup(n);
        const joinedForce = !this.stop[k + 2] && /^و/.test(this.ws[k + 2] ?? "") && FORCE_INSTITUTIONS.lookup(this.ws[k + 2]!)?.definite === true;
        if (force && force.definite) return shapedCount({ ...c, group: joinedForce ? null : force.value, hasPerson: true, end: k + 2 });
        const adj = this.groupAdjectiveAfter(k + 2);
        if (adj !== undefined) return shapedCount({ ...c, group: adj, hasPerson: true, end: k + 3 });
        // `ألف من المشاركين في احتجاجات`, `العشرات من المعتصمين`: a part of people named by a definite
        // sound masculine plural (a participle, not in the person lists), people in general
        if (isDefiniteSoundPlural(n)) return shapedCount({ ...c, hasPerson: true, end: k + 2 });
      }
      // `المئات من هذا التنظيم`, `أكثر من 400 من هذا التنظيم الإرهابي`, `أربعة من هؤلاء المذيعين`: past a demonstrative
      if (DEMONSTRATIVES.has(n) && !this.stop[k + 2]) {
        const g = this.groupAt(k + 2);
        if (g) return shapedCount({ ...c, group: g.group, hasPerson: true, end: g.end });
        const p = PERSON_NOUNS.lookup(this.ws[k + 2] ?? "");
        if (p && p.definite) return shapedCount({ ...c, kind: kindOf(p.value), hasPerson: true, end: k + 3 });
        if (isDefiniteSoundPlural(this.ws[k + 2] ?? "")) return shapedCount({ ...c, hasPerson: true, end: k + 3 });
      }
    }
    return c;
  }

  /**
   * The group a predicate at token k names for people just counted as part of others (`تسعة من القتلى هم من المدنيين`, `9 من الجرحى
   * هم من رجال الشرطة`, `18 شخصا من القتلى مدنيون`, `40 من الجرحى أطفال`): after هم (and من), or an indefinite plural in the
   * nominative (sound or broken); null when none.
   */
  private predicateGroupAt(k: number): { group: NonNullable<Group>; end: number } | null {
    if (k >= this.ws.length || this.stop[k]) return null;
    if (this.ws[k] === THEY) {
      const g = this.groupAt(this.ws[k + 1] === OF && !this.stop[k + 1] ? k + 2 : k + 1);
      return g && g.group !== null ? { group: g.group, end: g.end } : null;
    }
    const noun = GROUP_NOUNS.lookup(this.ws[k]!);
    const nominative = noun !== null && (noun.form.endsWith("ون") || BROKEN_GROUP_PLURALS.has(noun.form));
    return noun && noun.value !== null && !noun.definite && nominative ? { group: noun.value, end: k + 1 } : null;
  }

  /** The kind of a definite person noun at token k (`القتلى`, `المعتقلين`), in the clause; null when none stands there. */
  private definiteKindAt(k: number): Kind | null {
    if (k >= this.ws.length || this.stop[k]) return null;
    const p = PERSON_NOUNS.lookup(this.ws[k]!);
    return p?.definite ? kindOf(p.value) : null;
  }

  /** `18 شخصا من القتلى`, `28 شخصا من المعتقلين`: people counted as part of the people an event names after من in their phrase. */
  ofNamedPeople(c: Count): Kind | null {
    for (let j = c.numEnd + 1; j < c.end; j++) if (this.ws[j] === OF && !this.stop[j + 1]) return this.definiteKindAt(j + 1);
    return null;
  }

  /**
   * The group a head's complement at token k names (HEAD_COMPLEMENTS), undefined when it names none:
   * الدفاع is civil defence (medics) only as `الدفاع المدني`; else a defence force (`قوات الدفاع الجوي`,
   * `قوات الدفاع الإسرائيلية`, `قوات الدفاع الوطني`), an army.
   */
  private complementAt(k: number): Group | undefined {
    const w = this.ws[k];
    if (w === undefined) return undefined;
    if (w === DEFENCE) return this.ws[k + 1] === CIVIL && !this.stop[k + 1] ? "medics" : "soldiers";
    // a force against a crime (`قوات مكافحة الإرهاب`, `قوات مكافحة الشغب`) is a state's police; `أفراد مكافحة الحرائق` fight fires
    if (w === COMBATING) return FIRES.has(this.ws[k + 1] ?? "") ? undefined : "police";
    return HEAD_COMPLEMENTS.lookup(w)?.value;
  }

  /** A group noun or a head with its complement at token k. */
  private groupAt(k: number): { group: Group; end: number } | null {
    const w = this.ws[k];
    if (w === undefined || this.stop[k]) return null;
    if (GROUP_HEADS.has(w)) {
      // `قوات النظام`, `عناصر شرطة`, `عناصر من الأمن الروسي`
      const of = this.ws[k + 1] === "من" && !this.stop[k + 1] ? k + 2 : k + 1;
      const comp = this.ws[of] !== undefined && !this.stop[of] ? this.complementAt(of) : undefined;
      if (comp !== undefined) return { group: comp, end: this.ws[of] === DEFENCE && comp === "medics" ? of + 2 : of + 1 };
      // `135 من القوات الأمريكية`: a country's forces are its army
      if (FORCES.has(w) && this.isFeminineNationalityAt(of)) return { group: "soldiers", end: of + 1 };
      // `أفراد قوات النظام`, `عناصر قوات الأمن`, `عناصر من رجال الأمن`: a head of a head
      if (this.ws[of] !== undefined && !this.stop[of] && GROUP_HEADS.has(this.ws[of]!)) {
        const inner = this.groupAt(of);
        if (inner && inner.group !== null) return inner;
      }
    }
    const g = GROUP_NOUNS.lookup(w);
    if (!g) return null;
    // `10 حالات تسمم من عائلة واحدة`, `مقتل 4 من أسرة واحدة`: the family the people belong to, no families counted
    if (g.value === "families" && this.ws[k + 1] === ONE_FEMININE && !this.stop[k + 1]) return { group: null, end: k + 2 };
    // `3 ضباط شرطة`, `ضابط في الشرطة`, `مجندا بالشرطة`, `مجندين من قوات الأمن`: an officer or a conscript of the police is police
    if (g.value === "soldiers") {
      const police = this.policeComplementAt(k + 1);
      if (police > 0) return { group: "police", end: police };
      if (isConscript(g.form) && this.forceComplementAt(k + 1) === undefined && this.forceBefore(k) === "police") return { group: "police", end: k + 1 };
    }
    // `86 مقاتلا من قوات النظام`, `29 عنصرا من قوات الأمن`, `11 عنصرا من الحرس الثوري`: fighters or members of a state
    // force are its soldiers or police (not of `الجيش السوري الحر`, a rebel army)
    if (g.value === "fighters" && FORCE_MEMBERS.has(w)) {
      const force = this.forceComplementAt(k + 1, true);
      const rebel = force && [force.end, force.end + 1].some((j) => this.ws[j] === FREE_ARMY && !this.stop[j]);
      if (force && !rebel) return force;
    }
    // `16 فردا بالشرطة`, `41 فردا من أفراد الشرطة`: people in general, then the force they serve in
    // (`16 فردا ومجندا بالشرطة`, `أفراد ومجندي الشرطة`: and a rank joined to them before it); in construct
    // with no preposition they are no force's men (`حراس أمن`: security guards)
    // «others» take no group from a person joined after them: `لقي اثنان آخران وضابط شرطة حتفهم`, the officer
    // is one more person (the «آخرين» convention of gold/README.md)
    if (OTHERS.has(w) && (this.ws[k + 1] ?? "").startsWith("و")) return { group: null, end: k + 1 };
    if (g.value === null) {
      const force = this.isJoinedRankAt(k + 1) ? this.forceComplementAt(k + 2) : this.forceComplementAt(k + 1, true);
      if (force) return force;
    }
    // `من السكان المدنيين`, `5 أشخاص مسلحين`: people in general, then the adjective that names their group
    const adjective = g.value === null ? this.groupAdjectiveAfter(k + 1) : undefined;
    if (adjective !== undefined && w.startsWith("ال") === this.ws[k + 1]!.startsWith("ال")) return { group: adjective, end: k + 2 };
    return { group: g.value, end: k + 1 };
  }

  /**
   * `شرطة`, `الأمن`, `بالشرطة`, `في الشرطة`, `من الأمن`, `من قوات الأمن`: the police or security forces
   * a rank belongs to, right after it; the token after that phrase, or -1.
   */
  private policeComplementAt(k: number): number {
    const force = this.forceComplementAt(k);
    return force?.group === "police" ? force.end : -1;
  }

  /** The force (police or army) named right after a rank at token k: `شرطة`, `بالقوات المسلحة`, `من قوات أمن`. */
  private forceComplementAt(k: number, needsPreposition = false): { group: "police" | "soldiers"; end: number } | undefined {
    const w = this.ws[k];
    if (w === undefined || this.stop[k]) return undefined;
    if (needsPreposition && w !== "في" && w !== "من" && !w.startsWith("ب")) return undefined;
    const force = (x: string | undefined) => {
      const v = x === undefined ? null : HEAD_COMPLEMENTS.lookup(x)?.value;
      return v === "police" || v === "soldiers" ? v : undefined;
    };
    const at = (w === "في" || w === "من") && !this.stop[k + 1] ? k + 1 : k;
    const word = this.ws[at];
    if (word === undefined) return undefined;
    // `بالقوات المسلحة`, `من قوات أمن شمال سيناء`: a head, then the force it names
    if (GROUP_HEADS.has(word) && !this.stop[at + 1]) {
      const inner = force(this.ws[at + 1]) ?? (this.ws[at + 1] === COMBATING && this.complementAt(at + 1) === "police" ? "police" : undefined);
      return inner ? { group: inner, end: at + 2 } : undefined;
    }
    const direct = force(word) ?? (word.startsWith("ب") && word.length > 3 ? force(word.slice(1)) : undefined);
    return direct ? { group: direct, end: at + 1 } : undefined;
  }

  /** `ومجندا`, `ومجندي`, `وضباط`: a rank of a force joined by و (its force named after it). */
  private isJoinedRankAt(k: number): boolean {
    const w = this.ws[k];
    if (w === undefined || this.stop[k] || !w.startsWith("و")) return false;
    const g = GROUP_NOUNS.lookup(w);
    return g !== null && g.prefix.length > 0 && (g.value === "soldiers" || g.value === "police");
  }

  /**
   * The force named last before token `at` in its sentence (`نقيب ومجند من قوات أمن شمال سيناء وإصابة
   * ثلاثة مجندين`): conscripts counted with no force of their own serve in it.
   */
  private forceBefore(at: number): "police" | "soldiers" | undefined {
    for (let k = at - 1; k >= Math.max(0, at - ANTECEDENT_REACH) && !this.hardStop[k + 1]; k--) {
      const v = HEAD_COMPLEMENTS.lookup(this.ws[k]!)?.value;
      if (v === "police" || v === "soldiers") return v;
    }
    return undefined;
  }

  /** `الأمريكية`, `روسية`: a nationality adjective in the feminine, as it agrees with قوات. */
  private isFeminineNationalityAt(k: number): boolean {
    const w = this.ws[k];
    return w !== undefined && !this.stop[k] && /يه$/.test(w) && NATIONALITIES.has(w);
  }

  /** The nearest group phrase before token `at` in its sentence (a few words back). */
  private groupBefore(at: number): Group {
    for (let k = at - 1; k >= Math.max(0, at - ANTECEDENT_REACH) && !this.hardStop[k + 1]; k--) {
      const g = this.groupAt(k);
      if (g && g.group !== null) return g.group;
      // `وزارة الداخلية … من رجالها`, `الشرطة … من أفرادها`: the force or ministry itself, definite
      const w = this.ws[k]!;
      const institution = w.startsWith("ال") ? HEAD_COMPLEMENTS.lookup(w) : null;
      if (institution && institution.value !== null) return institution.value;
    }
    return null;
  }

  /**
   * `القيادي الحوثي … قتل مع 3 من مرافقيه`, `أحد خبراء المتفجرات في تنظيم داعش قتل مع أربعة من معاونيه`:
   * people killed together with (مع) someone's companions are of the group his own phrase names, before
   * the verb in its clause: fighters when it names an armed group. Without مع the possessor is not told
   * from the attackers (`كمين نصبته مليشيات الحوثي أدى لاستشهاد أربعة من مرافقيه`: the escorts of an MP).
   */
  private companionsGroup(at: number): Group {
    const before = at - 1;
    if (this.ws[before] !== WITH || this.stop[at]) return null;
    for (let j = before - 1; j >= Math.max(0, before - POSSESSOR_REACH) && !this.hardStop[j + 1]; j--) {
      const w = this.ws[j]!;
      // (`فيما يسمى "كتائب الحسين"`: «in what is called» opens no clause)
      if (COMPLEMENTIZERS.has(w) || this.isCountAt(j) || (CLAUSE_LINKS.has(w) && !NAMED_AS.has(this.ws[j + 1] ?? ""))) return null;
      if (this.namesArmedGroupAt(j)) return "fighters";
    }
    return null;
  }

  /**
   * The group of an adjective at token k (`المدنيين`), undefined when none stands there. An adjective carries no و: a
   * noun joined by it is one more person (`مقتل أربعة فلسطينيين وجندي إسرائيلي`, France 24 twice and Sky News Arabia: the
   * four are no soldiers).
   */
  private groupAdjectiveAfter(k: number): Group | undefined {
    const w = this.ws[k];
    if (w === undefined || this.stop[k]) return undefined;
    const g = GROUP_NOUNS.lookup(w);
    return g && g.value !== null && !g.prefix.startsWith("و") ? g.value : undefined;
  }

  // ---- qualifier and kind ----

  private qualifierBefore(at: number): { qualifier: FactQualifier; start: number } {
    const q = this.qualifierOnly(at);
    // `ضبط عدد 5 متهمين`
    if (q.start === at && at > 0 && this.ws[at - 1] === NUMBER_OF && !this.stop[at]) return { ...q, start: at - 1 };
    return q.start === at ? (this.boundOfTheirNumber(at) ?? q) : q;
  }

  /**
   * `المصابين الذين جاوز عددهم ال 30`, `الذين يفوق عددهم 330 مليونا`, `لا يتجاوز عددهم 5`: a verb of passing or
   * nearing a bound before عددهم / عددها (and the article) qualifies the number; negated, it is an upper bound. The
   * count still starts at the number: the tally step reads عددهم before it.
   */
  private boundOfTheirNumber(at: number): { qualifier: FactQualifier; start: number } | null {
    let k = at - 1;
    if (k > 0 && ORDINAL_ARTICLE.has(this.ws[k]!) && !this.stop[k + 1]) k--;
    if (k < 1 || this.stop[k + 1] || this.stop[k] || !THEIR_NUMBER.has(this.ws[k]!)) return null;
    const bound = BOUND_VERBS.get(this.ws[k - 1]!);
    if (!bound) return null;
    const negated = k > 1 && !this.stop[k - 1] && NEGATIONS.has(this.ws[k - 2]!);
    return { qualifier: negated ? "up_to" : bound, start: at };
  }

  private qualifierOnly(at: number): { qualifier: FactQualifier; start: number } {
    const before = this.ws[at - 1];
    for (const [pattern, qualifier] of QUALIFIERS) {
      const from = at - pattern.length;
      // a pattern of two words or more must end with the word before the count (checked first: cheap)
      if (pattern.length > 1 && pattern[pattern.length - 1] !== before) continue;
      if (from < 0 || this.hardStopIn(from + 1, at)) continue;
      if (qualifierWordsAt(this.ws, pattern, from)) return { qualifier, start: from };
    }
    return { qualifier: "exact", start: at };
  }

  private qualifierAfter(c: Count): FactQualifier | null {
    // `12 شخصا قتلوا على الأقل`, `ستة أشخاص لقوا حتفهم على الأقل`: after the verb agreeing with the counted people too
    let verbAfter = c.end < this.ws.length && !this.stop[c.end] && EVENT_VERBS.has(this.ws[c.end]!) ? c.end + 1 : c.end;
    if (verbAfter > c.end && verbAfter < this.ws.length && !this.stop[verbAfter] && IDIOMS.some((idiom) => idiom.position === "after" && idiom.cue.has(this.ws[verbAfter]!))) verbAfter++;
    for (const k of new Set([c.numEnd, c.end, verbAfter])) {
      if (k >= this.ws.length || this.hardStop[k]) continue;
      if (this.ws[k] === AT_LEAST_AFTER[0] && this.ws[k + 1] === AT_LEAST_AFTER[1]) return "at_least";
      if (ABOUT_AFTER.has(this.ws[k]!)) return "about";
    }
    return null;
  }

  private hardStopIn(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.hardStop[k]) return true;
    return false;
  }

  private figureOf(c: Count): Figure | null {
    if (Number.isNaN(c.value)) return null;
    const q = this.qualifierBefore(c.at);
    const qualifier = this.qualifierAfter(c) ?? (q.qualifier === "exact" && this.exceededBefore(q.start) ? "more_than" : q.qualifier);
    if (this.isRate(c, q.start)) return null;
    if (this.isReleased(q.start)) return this.releasedDetainees(c, qualifier);
    for (const step of c.isConstruct ? CONSTRUCT_DUAL_KIND_STEPS : c.isDual ? DUAL_KIND_STEPS : KIND_STEPS) {
      const read = step(this, c, q.start);
      if (!read) continue;
      // `آلاف المعتقلين الذين قتلوا تحت التعذيب`: a relative clause right after the counted people tells what befell them;
      // `وفاة المئات من المعتقلين`, `بقتل آلاف المعتقلين`: a death word right before people named by a state (detained,
      // injured, missing…) is their death
      // (not past و: `22 حالة وفاة وأكثر من 180 حالة إصابة`, the death word closes the count before)
      const deathBefore = !this.ws[q.start]!.startsWith(AND_WORD) && this.cueBefore(q.start) === "killed";
      const befell = step === STEPS.counted && read.kind !== "killed" ? (deathBefore ? "killed" : this.relativeClauseKind(c)) : null;
      const found = befell && befell !== read.kind ? { ...read, kind: befell } : read;
      if (BARE_COUNT_STEPS.has(step)) this.shareGroup(c);
      if (step === STEPS.tally && c.group === null && !c.hasPerson) c.group = this.tallyGroup(c, q.start);
      if (!found.unnamedOk && !c.hasPerson) return null;
      if (found.kind === "displaced" && this.countsAny(c, PRISONER_NOUNS)) return null;
      // `هرب 400 معتقل من أحد السجون`: detainees who flee escape; the count is neither an arrest nor a displacement
      if (found.kind === "arrested" && this.countsAny(c, PRISONER_NOUNS) && this.escapeRightBefore(q.start)) return null;
      if (found.kind === "arrested" && (this.countsAny(c, PLAYERS) || this.onHungerStrike(q.start, c.end) || this.suspendedAfter(c.end))) return null;
      if (found.kind === "injured" && this.namesDisease(q.start, c.end)) return null;
      if (found.kind === "killed" && (this.victimsAlive(c, q.start) || this.intendedKilling(q.start))) return null;
      if (found.kind === "arrested" && (this.isArrestOfBareMembers(c) || this.isArrestOfBareLeaders(c))) c.group = null;
      // `ستة من أعضاء حركة المقاومة الإسلامية`, `26 عضوا في شبكة إرهابية`: members of an armed organization are fighters
      if (c.group === null && this.isMemberOfArmedOrganization(c)) c.group = "fighters";
      const prev = this.figures[this.figures.length - 1];
      // `نقل 9 منهن الى المستشفى … و3 الى …`: a bare number after a figure counts the same people, of its group
      if ((step === STEPS.ellipsis || step === STEPS.breakdown) && c.group === null && prev) c.group = prev.count.group;
      // `7 عناصر من تنظيم داعش قتلوا وجرح أربعة منهم`, `7 متمردين اثنين منهم`: منهم names the previous figure's people, of its group
      if (c.byPronoun && c.group === null) c.group = this.groupOfPreviousFigure(c.at);
      // `ضد الصحافيين الأفغان، قتل خلاله عشرة منهم`, `مجموعة من الجنود … وقتل أربعة منهم`: with no figure
      // before it, منهم names the people last named in its sentence, of their group
      if (c.byPronoun && c.group === null && !this.previousFigureInReach(c.at)) c.group = this.antecedentGroup(c.at, found.kind);
      // `خسائر الجيش الروسي … إلى 86 قتيلا`: a count with no group of its own, reached by a running count of a group's people
      if (c.group === null && !c.byPronoun) c.group = this.lossesGroup(q.start);
      // `المئات من عناصر الميليشيات الحوثية فروا`, `هروب العشرات منهم` (of a militia): a retreat, no displacement
      if (found.kind === "displaced" && COMBATANTS.has(c.group)) return null;
      const isPart = step === STEPS.subgroup || step === STEPS.partOfPrevious || step === STEPS.breakdown || step === STEPS.among || step === STEPS.amongOpening || step === STEPS.subgroupOfNamed || ((step === STEPS.coordinated || step === STEPS.ellipsis) && !!prev?.isPart);
      return { kind: found.kind, count: c, qualifier, after: c.end, isPart, ...(step === STEPS.ellipsis || (step === STEPS.breakdown && c.end === c.numEnd) ? { isEllipsis: true } : {}) };
    }
    return null;
  }

  /**
   * A bare number after its event verb or noun counts people of the group of the previous figure of
   * its sentence a few words back (`قتل 23 من الحوثيين وأصيب 38`, `… وجرح آخرون فيما أسر 2`). A
   * vague plural is a noun of its own, people in general (`وأصيب العشرات`): it shares none. (The group
   * of a figure joined after it is not shared back: `استشهاد 15 وإصابة 33 من رجال الأمن`.)
   */
  private shareGroup(c: Count): void {
    if (c.end !== c.numEnd || c.hasPerson || c.isDual || c.group !== null || c.valueMax !== null) return;
    const group = this.groupOfPreviousFigure(c.at);
    if (group === null) return;
    c.group = group;
    c.hasPerson = true;
  }

  /** Whether the previous figure stands in the same sentence, at most SHARED_GROUP_REACH words before token `at`. */
  private previousFigureInReach(at: number): boolean {
    const prev = this.figures[this.figures.length - 1];
    return !!prev && at - prev.after <= SHARED_GROUP_REACH && !this.hardStopIn(prev.after, at + 1);
  }

  /**
   * The group of the people منهم after a count refers to: the definite plural people named last before
   * token `at` in its sentence (ANTECEDENT_REACH words back), a group noun (`ضد الصحافيين الأفغان، قتل
   * خلاله عشرة منهم`, `مجموعة من الجنود … وقتل أربعة منهم`) or a possessed one (`انهيار مسلحيهم ومقتل
   * المئات منهم`). Null when the people named last have no group (`المتظاهرين`, a nationality, `القتلى`),
   * are indefinite (`عنصر جزائري`, `آليات عسكرية`: a singular or an adjective), are the second of two
   * joined (`من الرجال والنساء`), or a count stands between. An arrest's police or army are those who
   * arrest, so it looks past them.
   */
  private antecedentGroup(at: number, kind: Kind): Group {
    const agent = (g: Group) => kind === "arrested" && (g === "police" || g === "soldiers");
    for (let k = at - 1; k >= Math.max(0, at - ANTECEDENT_REACH) && !this.hardStop[k + 1]; k--) {
      if (this.isCountAt(k)) return null;
      const w = this.ws[k]!;
      const named = this.groupAt(k);
      if (named) {
        if (named.group === null || !DEFINITE.test(w)) return null;
        if (w.startsWith("و") && k > 0 && !this.stop[k] && (this.groupAt(k - 1) || PERSON_NOUNS.lookup(this.ws[k - 1]!))) return null;
        if (agent(named.group)) continue;
        return named.group;
      }
      // (not `عسكرية`, `إرهابية`: a feminine nisba ends as a possessed plural does)
      if (isPossessedPlural(w) && !w.endsWith("يه")) {
        const g = GROUP_NOUNS.lookup(w.replace(/(?:ه|ها|هم|هن|هما)$/, ""))?.value;
        if (g === undefined) continue;
        if (agent(g)) continue;
        return g;
      }
      if (isNisba(w) || PERSON_NOUNS.lookup(w)?.definite || isDefiniteSoundPlural(w)) {
        // `الجنود الأمريكيين`: a nationality after the group noun it describes
        // (a nationality only: `القادة النقابيين` are union leaders, no fighters)
        const adjective = DEFINITE.test(w) && NATIONALITIES.has(w);
        const head = k > 0 && !this.stop[k] && adjective && DEFINITE.test(this.ws[k - 1]!) ? this.groupAt(k - 1) : null;
        return head && head.group !== null && !agent(head.group) ? head.group : null;
      }
    }
    return null;
  }

  /** The group of the previous figure when it stands in the same sentence, at most SHARED_GROUP_REACH words back. */
  private groupOfPreviousFigure(at: number): Group {
    return this.previousFigureInReach(at) ? this.figures[this.figures.length - 1]!.count.group : null;
  }

  /**
   * `في محاولة لقتل ثلاثة قضاة` (BBC, France 24, Sky News Arabia), `مشروع الحوثي لقتل مليون يمني` (CNN): an attempt or a
   * plot to kill, right before the number, tells no death. (`بعبور الحدود لقتل 150 شخصا` with no such noun stays a count.)
   */
  private intendedKilling(qStart: number): boolean {
    // `والشروع في قتل 9 آخرين`, `بتهمة الشروع في قتل`: an attempted killing (a charge), no death
    if (qStart >= 3 && !this.stop[qStart] && !this.stop[qStart - 1] && !this.stop[qStart - 2] && ATTEMPTED_KILLINGS.has(this.ws[qStart - 1]!) && this.ws[qStart - 2] === IN && ATTEMPTS.has(this.ws[qStart - 3]!)) return true;
    if (qStart < 2 || this.stop[qStart] || this.ws[qStart - 1] !== TO_KILL) return false;
    // (the plotter may stand between: `مشروع الحوثي لقتل`)
    for (let k = qStart - 2; k >= Math.max(0, qStart - 1 - INTENT_REACH) && !this.stop[k + 1]; k--) if (INTENT_NOUNS.has(this.ws[k]!)) return true;
    return false;
  }

  /**
   * Whether the counted phrase names people of `list`: `فرار 10 سجناء` (prisoners escape, they are not
   * displaced), `إيقاف 4 لاعبين` (players are suspended, not arrested).
   */
  /**
   * `آلاف المعتقلين الذين قتلوا تحت التعذيب`, `المعتقلين الذين لقوا حتفهم`, `المعتقلين الذين قضوا`: the kind of the
   * event verb opening a relative clause right after the counted people (past قد), when the verb has no object of its own.
   */
  private relativeClauseKind(c: Count): Kind | null {
    const rel = c.end;
    if (!RELATIVES.has(this.ws[rel] ?? "") || this.stop[rel] || this.stop[rel + 1]) return null;
    const k = this.ws[rel + 1] === MAY && !this.stop[rel + 2] ? rel + 2 : rel + 1;
    const w = this.ws[k];
    if (w === undefined) return null;
    const verb = EVENT_VERBS.lookup(w) ?? ADJACENT_VERBS.lookup(w);
    return verb && !isJoined(w, verb.form) && !this.hasObjectAfter(k) ? kindOf(verb.value) : null;
  }

  /** The first token in [from, to) where a count of people starts (no unit, animal or date after the number; not `N منهم`), or -1. */
  private peopleCountIn(from: number, to: number): number {
    for (let j = from; j < to; j++) {
      if (!this.isCountAt(j) || (j > from && this.isCountAt(j - 1))) continue;
      // (not a year: `في لبنان عام 1982، من بينهم`)
      if ((j > 0 && NOT_A_FIGURE_AFTER.has(this.ws[j - 1]!)) || /^(?:19|20)\d\d$/.test(this.ws[j]!)) continue;
      const after = this.ws[readNumber(this.ws, j)!.end];
      if (after === undefined || (!UNITS.has(after) && !ANIMALS.has(after) && !OF_THEM.has(after))) return j;
    }
    return -1;
  }

  /** `هرب 400 معتقل`, `فرار 132 سجينا`: a verb or noun of flight right before the (qualified) count at `start`. */
  private escapeRightBefore(start: number): boolean {
    const w = start > 0 && !this.hardStop[start] ? this.ws[start - 1]! : "";
    return (EVENT_VERBS.lookup(w)?.value ?? EVENT_NOUNS.lookup(w)?.value) === "displaced";
  }

  private countsAny(c: Count, list: { has(w: string): boolean }): boolean {
    for (let k = c.numEnd; k <= Math.min(c.end + 1, this.ws.length - 1); k++) if (list.has(this.ws[k]!)) return true;
    return false;
  }

  /** The nearest word of `words` among the `reach` words before `at`, not past a hard stop; -1 when none. */
  private lastInClauseBefore(at: number, reach: number, words: { has(word: string): boolean }): number {
    for (let k = at - 1; k >= Math.max(0, at - reach) && !this.hardStop[k + 1]; k--) if (words.has(this.ws[k]!)) return k;
    return -1;
  }

  /**
   * `ارتفع عدد الأسرى المضربين عن الطعام إلى 148`, `انضم للإضراب 26 أسيرا`: prisoners counted as
   * strikers, a protest inside the prison, not an arrest.
   */
  private onHungerStrike(from: number, to: number): boolean {
    if (this.lastInClauseBefore(from, STRIKE_REACH, HUNGER_STRIKE_WORDS) >= 0) return true;
    for (let k = to; k < Math.min(this.ws.length, to + STRIKE_REACH) && !this.hardStop[k]; k++) if (HUNGER_STRIKE_WORDS.has(this.ws[k]!)) return true;
    return false;
  }

  /**
   * `ايقاف 3 ممرضات عن العمل`, `ضابطين آخرين أوقفا عن العمل مؤقتا`, `أوقف حوالي 145 ألفا من موظفي الدولة … عن العمل`:
   * suspended from work or duty, not arrested (the gold's convention: `أوقفوا عن ممارسة مهام وظائفهم` is no arrest).
   */
  private suspendedAfter(to: number): boolean {
    // (in the people's own clause: `أوقف … 50 ألف شخص، وعزل 140 ألفا أو أوقفوا عن ممارسة مهام وظائفهم` arrests the first)
    for (let k = to; k < Math.min(this.ws.length - 1, to + SUSPENSION_REACH) && !this.stop[k + 1] && !this.isCountAt(k) && !(k > to && this.commaAfter(k - 1)); k++) {
      if (this.ws[k] === ABOUT_WHOM && SUSPENDED_FROM.has(this.ws[k + 1]!)) return true;
    }
    return false;
  }

  /** `أصيب 4689 شخصاً بالهيموفيليا`, `إصابة مليون شخص بالكوليرا`: infections, not injuries. */
  private namesDisease(from: number, to: number): boolean {
    for (let k = Math.max(0, from - DISEASE_REACH); k < Math.min(this.ws.length, to + DISEASE_REACH); k++) if (DISEASES.has(this.ws[k]!)) return true;
    // `عشرات الآلاف من المواطنين … إصابتهم بعدوى التهاب الكبد`: the injury word after the people names the disease
    for (let k = to; k < Math.min(this.ws.length, to + AFTER_WINDOW) && !this.stop[k]; k++) {
      if (!isInjuryWord(this.ws[k]!)) continue;
      for (let j = k + 1; j <= k + 2 && j < this.ws.length && !this.stop[j]; j++) if (DISEASES.has(this.ws[j]!)) return true;
    }
    return false;
  }

  /**
   * `57 شخصا ضحايا الاتجار بالبشر`, `111 حالة اتجار بالأشخاص …، أغلبهم نساء … (94 ضحية)`, `كما رفع 5 ضحايا آخرون دعوى
   * قضائية`, `الاستماع إلى ست ضحايا`: victims a death word of their own clause does not name are alive when the clause
   * names the harm they suffered as no killing (trafficking, harassment, rape, fraud, blackmail, violations), or when they
   * file a claim or are heard — no death.
   */
  private victimsAlive(c: Count, qStart: number): boolean {
    if (!this.isVictimCount(c)) return false;
    const from = this.clauseStart(qStart);
    let to = c.end;
    while (to < this.ws.length && !this.stop[to]) to++;
    let nonLethal = false;
    for (let k = from; k < to; k++) {
      const w = this.ws[k]!;
      if (VICTIM_NOUNS.has(w)) continue;
      if (EVENT_NOUNS.has(w) || EVENT_VERBS.has(w) || FALL_VERBS.has(w) || FALL_NOUNS.has(w)) return false;
      nonLethal ||= NON_LETHAL_HARMS.has(w);
    }
    if (nonLethal) return true;
    const before = qStart > 0 && !this.stop[qStart] ? this.ws[qStart - 1]! : "";
    if (before === TO && qStart > 1 && HEARINGS.has(this.ws[qStart - 2]!)) return true;
    if (!FILING_VERBS.has(before)) return false;
    for (let k = c.end; k < to; k++) if (CLAIMS.has(this.ws[k]!)) return true;
    return false;
  }

  /** Whether a victim noun (ضحية، ضحايا) is the count's counted noun or stands right after its people (`57 شخصا ضحايا`). */
  private isVictimCount(c: Count): boolean {
    for (let k = c.numEnd; k <= c.end && k < this.ws.length; k++) if (VICTIM_NOUNS.has(this.ws[k]!)) return true;
    return false;
  }

  /**
   * `إطلاق سراح ثلاثة أمريكيين محتجزين`, `الإفراج عن 3 أمريكيين كانوا معتقلين`: released people the
   * text calls detained after them are a count of the detained; any other release counts none.
   */
  private releasedDetainees(c: Count, qualifier: FactQualifier): Figure | null {
    if (!c.hasPerson) return null;
    return this.detainedAfter(c.end) ? { kind: "arrested", count: c, qualifier, after: c.end, isPart: false } : null;
  }

  /**
   * A detention participle right after the counted people, maybe after their nationality or كان
   * (`مواطنين أميركيين معتقلين`, `كانوا معتقلين`). A release of `المعتقلين الثلاثة` counts none: the
   * participle must describe people the release counts.
   */
  private detainedAfter(k: number): boolean {
    if (k < this.ws.length && !this.stop[k] && NATIONALITIES.has(this.ws[k]!)) k++;
    if (k < this.ws.length && !this.stop[k] && WERE.has(this.ws[k]!)) k++;
    if (k >= this.ws.length || this.stop[k]) return false;
    return PERSON_NOUNS.lookup(this.ws[k]!)?.value === "arrested";
  }

  /** Released or recovered: `الإفراج عن 7`, `شفيت 586 إصابة`. */
  private isReleased(qStart: number): boolean {
    let comma = false;
    for (let k = qStart - 1; k >= Math.max(0, qStart - 3) && !this.stop[k + 1]; k--) {
      comma ||= this.commaAfter(k);
      // a recovery counts the words of its own phrase only (`وحالة شفاء واحدة، وحالة وفاة واحدة`)
      if (RELEASE_WORDS.has(this.ws[k]!) || (!comma && RECOVERY_WORDS.has(this.ws[k]!))) return true;
    }
    return false;
  }

  // steps of the kind cascade (KIND_STEPS)

  fromCounted(c: Count): Kind | null {
    return c.kind;
  }

  /** A cue right before the number (after its qualifier and a preposition). */
  cueBefore(qStart: number): Kind | null {
    if (qStart <= 0 || this.stop[qStart]) return null;
    // `اعتقلت السبت اثنين`, `وقتل الجمعة 4 متظاهرين`: a time adverb between the cue and its count
    const k = this.pastTimeAdverbs(qStart - 1);
    if (k < 0) return null;
    const w = this.ws[k]!;
    // `قضت المحكمة بإعدام عشرة متهمين`, `أمرت المحكمة بـ"إعدام 17 متهما"`: a death sentence, no death
    if (DEATH_SENTENCE.test(w) || this.isCourtSentence(k)) return null;
    const direct = kindOf(EVENT_NOUNS.lookup(w)?.value) ?? kindOf(EVENT_VERBS.lookup(w)?.value);
    if (direct) return direct;
    for (const idiom of IDIOMS) {
      if (idiom.position !== "before" || !idiom.cue.has(w)) continue;
      if (this.triggerBefore(idiom.trigger, k)) return kindOf(idiom.kind);
    }
    // القبض على 5
    if (this.isArrestOn(k)) return "arrested";
    // القضاء على 6 إرهابيين
    if (w === ON && k > 0 && !this.stop[k] && KILLED_AFTER.has(this.ws[k - 1]!)) return "killed";
    return null;
  }

  /**
   * The token before the time adverbs (`السبت`, `أمس`, `اليوم الأحد`, `الجمعة الماضي`) that end at token k, in one clause, or k
   * when none does; -1 when nothing stands before them.
   */
  private pastTimeAdverbs(k: number): number {
    let j = k;
    if (j > 0 && EARLIER.has(this.ws[j]!) && TIME_ADVERBS.has(this.ws[j - 1]!) && !this.stop[j]) j--;
    for (let n = 0; n < TIME_ADVERB_RUN && j >= 0 && TIME_ADVERBS.has(this.ws[j]!); n++) {
      if (j === 0 || this.stop[j]) return -1;
      j--;
    }
    return j;
  }

  /**
   * `تم تنفيذ حكم الإعدام شنقا بحق 15 شخصا`, `تنفيذ أحكام الإعدام بحق 20 شخصا`, `نفذت حكم الإعدام في ثلاثة مدانين`: people a
   * death sentence was carried out on were killed; a sentence only passed (`أصدرت حكم الإعدام بحق`) tells no death.
   */
  executionBefore(qStart: number): Kind | null {
    let k = qStart - 1;
    for (let n = 0; k >= 0 && n < EXECUTED_ON_REACH && !this.stop[k + 1] && EXECUTED_ON.has(this.ws[k]!); n++) k--;
    if (k === qStart - 1 || k < 2 || this.stop[k + 1] || this.stop[k] || this.stop[k - 1]) return null;
    return DEATH_PENALTY.has(this.ws[k]!) && RULINGS.has(this.ws[k - 1]!) && CARRIED_OUT.has(this.ws[k - 2]!) ? "killed" : null;
  }

  /**
   * `قتل فيها فلسطينيان`, `قتل خلالها فلسطينيان`, `قتل فيها اثنان`, `أصيب فيها 4 على الأقل`: a harm verb reaches its
   * subject past a preposition carrying the pronoun of the event it happened in, as a cue right before it (a dual, or a
   * number with no people named).
   */
  cueBeforeEventPronoun(qStart: number): Kind | null {
    const k = qStart - 1;
    if (k < 1 || this.stop[qStart] || this.stop[k] || !EVENT_PRONOUN_PREPOSITIONS.has(this.ws[k]!)) return null;
    return kindOf(EVENT_VERBS.lookup(this.ws[k - 1]!)?.value);
  }

  /**
   * `سقوط 15 من الإرهابيين`, `سقط 16 شخصاً`, `سقوط عشرات الفلسطينيين قتلى`: a fall right before named
   * people is their death, or what a person noun after them says they fell as; none when they fell
   * between two states or into someone's hands (`بين قتيل وجريح`, `في قبضة`).
   */
  fallBefore(c: Count, qStart: number): Kind | null {
    if (!c.hasPerson || qStart === 0 || this.stop[qStart]) return null;
    const w = this.ws[qStart - 1]!;
    if (!FALL_NOUNS.has(w) && !FALL_VERBS.has(w)) return null;
    // a person noun names what they fell as until a clause or another count starts; a state they fell
    // into anywhere in the window makes the fall no death
    let asOpen = true;
    for (let k = c.end; k < Math.min(this.ws.length, c.end + FELL_AS_REACH) && !this.stop[k]; k++) {
      const w = this.ws[k]!;
      const as = asOpen ? PERSON_NOUNS.lookup(w) : null;
      if (as && !as.definite && kindOf(as.value)) return kindOf(as.value);
      if (FELL_ALIVE.has(w)) return null;
      if (COMPLEMENTIZERS.has(w) || this.isCountAt(k)) asOpen = false;
    }
    return "killed";
  }

  /**
   * `فجر اثنان منهما نفسيهما`, `تفجير عنصرين من التنظيم لنفسيهما`: people who blew themselves up died;
   * the detonation word stands right before the count and a reflexive closes its counted phrase.
   */
  selfDetonation(c: Count, qStart: number): Kind | null {
    if (qStart === 0 || this.stop[qStart] || !DETONATION_WORDS.has(this.ws[qStart - 1]!)) return null;
    // `فجر انتحاري واحد على الأقل نفسه`: a bomber named with واحد is the attack's author, as the gold reads a bomber alone
    if (c.numEnd - c.at === 2 && ONE_AFTER.has(this.ws[c.at + 1]!)) return null;
    for (let k = c.end; k < Math.min(this.ws.length, c.end + REFLEXIVE_REACH) && !this.stop[k]; k++) {
      if (REFLEXIVES.has(this.ws[k]!)) return "killed";
      if (this.isCountAt(k)) return null;
    }
    return null;
  }

  /** `وقضى 39 شخصاً`, `ضبط 25 شخصاً`: verbs that count only right before people. */
  adjacentVerb(qStart: number): Kind | null {
    if (qStart === 0 || this.stop[qStart]) return null;
    const kind = kindOf(ADJACENT_VERBS.lookup(this.ws[qStart - 1]!)?.value);
    // `أسرة فقدت أربعة أطفال`: a family that lost its people lost them to death, they are not missing
    if (kind === "missing" && qStart >= 2 && !this.stop[qStart - 1] && BEREAVED.has(this.ws[qStart - 2]!)) return "killed";
    // `العراق فقد 470 صحافيا`, `ناجية فقدت ثلاثة من أبنائها`: فقد with its subject before it is «lost», its
    // object the dead; «went missing» is the passive that opens its clause (`وفقد أربعة آخرون`, `وقد فقد`)
    if (kind === "missing" && this.lostActive(qStart - 1)) return "killed";
    return kind;
  }

  /** Whether فقد at token `v` is active («X lost»): bare, with a word of its clause before it that is no particle. */
  private lostActive(v: number): boolean {
    if (!LOST_BARE.has(this.ws[v]!) || v === 0 || this.stop[v]) return false;
    const before = this.ws[v - 1]!;
    // `وقتل أو فقد 4500 شخص`: a verb or أو before it joins a passive
    return !LOST_PASSIVE_BEFORE.has(before) && !EVENT_VERBS.has(before) && !/^[0-9٠-٩]/.test(before);
  }

  private triggerBefore(trigger: WordLexicon<true>, k: number): boolean {
    for (let j = k - 1; j >= 0 && !this.stop[j + 1]; j--) {
      if (trigger.has(this.ws[j]!)) return true;
      if (COMPLEMENTIZERS.has(this.ws[j]!)) return false;
    }
    return false;
  }

  /** `ارتفعت حصيلة القتلى إلى 45`, `عدد ضحايا الإعصار في تايوان إلى ستة`, `الخسائر البشرية إلى 27`. */
  tally(qStart: number): Kind | null {
    const person = this.tallyPersonBefore(qStart);
    if (person >= 0) return kindOf(PERSON_NOUNS.lookup(this.ws[person]!)?.value);
    for (let k = qStart - 1; k >= Math.max(1, qStart - TALLY_REACH) && !this.stop[k + 1]; k--) {
      const w = this.ws[k]!;
      if (w === HUMAN_LOSSES[1] && this.ws[k - 1] === HUMAN_LOSSES[0]) return "killed";
      if (THEIR_NUMBER.has(w)) return this.peopleOfTheirNumber(k);
      if (this.isCountAt(k)) return null;
    }
    return null;
  }

  /** The token of the people a tally before the number names (`حصيلة القتلى إلى`, `عدد قتلى النظام السوري إلى`), or -1. */
  private tallyPersonBefore(qStart: number): number {
    // `ارتفع عدد القتلى إلى 58 والجرحى إلى 2771`: the people right before إلى are the ones counted
    if (qStart >= 2 && this.ws[qStart - 1] === TO && !this.stop[qStart] && !this.stop[qStart - 1] && PERSON_NOUNS.lookup(this.ws[qStart - 2]!)?.definite) return qStart - 2;
    for (let k = qStart - 1; k >= Math.max(1, qStart - TALLY_REACH) && !this.stop[k + 1]; k--) {
      const w = this.ws[k]!;
      if (w === HUMAN_LOSSES[1] && this.ws[k - 1] === HUMAN_LOSSES[0]) return -1;
      if (PERSON_NOUNS.lookup(w) && TALLY_NOUNS.has(this.ws[k - 1]!)) return k;
      if (THEIR_NUMBER.has(w) || this.isCountAt(k)) return -1;
    }
    return -1;
  }

  /**
   * `عدد قتلى النظام السوري`, `عدد القتلى من الشرطة`, `عدد القتلى في صفوف قوات النظام`, `عدد القتلى
   * المدنيين`: the group of the people a tally names, read after its person noun at token k.
   */
  private tallyGroupAfter(k: number): Group {
    const w = this.ws[k];
    if (w === undefined || this.stop[k]) return null;
    if (w === "من" || (w === "في" && this.ws[k + 1] === RANKS)) {
      const at = w === "من" ? k + 1 : k + 2;
      if (this.hardStopIn(k + 1, at + 1)) return null;
      return this.groupAt(at)?.group ?? this.complementAt(at) ?? null;
    }
    const adjective = this.groupAdjectiveAfter(k);
    if (adjective !== undefined) return adjective;
    // `قتلى النظام`, `قتلى الشرطة`, `قتلى داعش`: the force or armed group in construct
    return this.groupAt(k)?.group ?? this.complementAt(k) ?? null;
  }

  /**
   * `ترتفع خسائر الجيش الروسي … إلى 86 قتيلا`, `عدد جنود النظام السوري … ارتفع إلى 142 قتيلا`, `ارتفع عدد المسلحين الذين
   * قتلهم الجيش إلى 22`: the group a running count names right after its noun (a group noun or a force), for the number
   * إلى brings it to in the same clause, no other count between.
   */
  private lossesGroup(qStart: number): Group {
    if (qStart === 0 || this.ws[qStart - 1] !== TO || this.stop[qStart] || this.stop[qStart - 1]) return null;
    for (let k = qStart - 2; k >= Math.max(0, qStart - RISE_REACH) && !this.hardStop[k + 1]; k--) {
      if (this.isCountAt(k) || COMPLEMENTIZERS.has(this.ws[k]!)) return null;
      // `خسائر الجيش`, `عدد جنود النظام`: a group noun, or a force named alone as after its head
      if (LOSSES_TALLY_NOUNS.has(this.ws[k]!)) return this.groupAt(k + 1)?.group ?? this.complementAt(k + 1) ?? null;
    }
    return null;
  }

  /** The group of a figure the tally step read (its people named before the number, or after it): see tallyGroupAfter. */
  tallyGroup(c: Count, qStart: number): Group {
    const before = this.tallyPersonBefore(qStart);
    if (before >= 0) return this.tallyGroupAfter(before + 1);
    const rising = this.risingTallyPerson(qStart);
    if (rising >= 0) return this.tallyGroupAfter(rising + 1);
    const tallyNoun = this.tallyNounAfter(c, qStart);
    return tallyNoun >= 0 ? this.tallyGroupAfter(tallyNoun + 2) : null;
  }

  /**
   * `القتلى الذين بلغ عددهم 853`, `ضحايا الهجوم الذين بلغ عددهم 130`, `المعتقلين البالغ عددهم 40`:
   * the people a relative clause gives the number of (their عدد at token k), when an event names them.
   */
  private peopleOfTheirNumber(k: number): Kind | null {
    let j = k - 1;
    if (j >= 0 && !this.stop[j + 1] && (RISE_WORDS.has(this.ws[j]!) || THEIR_NUMBER_VERBS.has(this.ws[j]!))) j--;
    if (j >= 0 && !this.stop[j + 1] && RELATIVES.has(this.ws[j]!)) j--;
    if (j < 0 || this.stop[j + 1]) return null;
    const p = PERSON_NOUNS.lookup(this.ws[j]!);
    if (p?.definite) return kindOf(p.value);
    // `ضحايا الهجوم الذين …`: the people in construct with the event
    const head = j > 0 && !this.stop[j] ? PERSON_NOUNS.lookup(this.ws[j - 1]!) : null;
    return head && !head.definite ? kindOf(head.value) : null;
  }

  /**
   * `ليرتفع إلى نحو 90 عدد القتلى`, `بلغ 12 عدد المصابين`: the tally named after a bare number that a
   * rise word or إلى introduces (the verb before its subject).
   */
  tallyAfter(c: Count, qStart: number): Kind | null {
    const k = this.tallyNounAfter(c, qStart);
    return k >= 0 ? kindOf(PERSON_NOUNS.lookup(this.ws[k + 1]!)?.value) : null;
  }

  /**
   * The token of the tally noun after a bare number a rise word or إلى introduces, or -1: past the
   * number's own qualifier (`ارتفع إلى 18 على الأقل عدد قتلى النظام السوري`), and before its people,
   * definite or in construct with a definite noun (`عدد قتلى النظام`).
   */
  private tallyNounAfter(c: Count, qStart: number): number {
    if (c.end !== c.numEnd || qStart === 0 || this.stop[qStart]) return -1;
    const before = this.ws[qStart - 1]!;
    if (before !== TO && !RISE_WORDS.has(before)) return -1;
    const k = c.end + this.qualifierTailAt(c.end);
    if (this.hardStopIn(c.end, k + 2) || this.stop[k] || this.stop[k + 1] || !TALLY_NOUNS.has(this.ws[k] ?? "")) return -1;
    const p = PERSON_NOUNS.lookup(this.ws[k + 1] ?? "");
    if (!p) return -1;
    const inConstruct = !this.stop[k + 2] && (this.ws[k + 2] ?? "").startsWith("ال");
    return p.definite || inConstruct ? k : -1;
  }

  /** How many tokens a qualifier after a number takes at token k (`على الأقل`: 2, `تقريبا`: 1), 0 when none stands there. */
  private qualifierTailAt(k: number): number {
    if (this.ws[k] === AT_LEAST_AFTER[0] && this.ws[k + 1] === AT_LEAST_AFTER[1] && !this.stop[k + 1]) return 2;
    return ABOUT_AFTER.has(this.ws[k] ?? "") ? 1 : 0;
  }

  /**
   * A rate, no count of people: an average before it (`أي بمعدل سبعة قتلى في الشهر`), or per and a number after its
   * people (`1000 قتيل في المعارك لكل مليون نسمة`, `إصابة 17.2 رجلا من بين كل 100 ألف`); `لكل واحد` (each) is no rate.
   */
  private isRate(c: Count, qStart: number): boolean {
    if (qStart > 0 && !this.stop[qStart] && AVERAGE_BEFORE.has(this.ws[qStart - 1]!)) return true;
    if (this.frequencyAfter(c)) return true;
    for (let k = c.end; k < Math.min(this.ws.length - 1, c.end + PER_REACH) && !this.stop[k]; k++) {
      const w = this.ws[k]!;
      if (!PER.has(w) || (w === "كل" && this.ws[k - 1] !== "من" && this.ws[k - 1] !== "بين")) continue;
      const base = this.ws[k + 1]!;
      if (!this.stop[k + 1] && mayStartNumber(base) && base !== ONE && readNumber(this.ws, k + 1) !== null) return true;
    }
    return false;
  }

  /**
   * `يموت نحو سبعة ملايين شخص سنويا`, `تحصد أرواح ما يقارب 30 ألف شخص كل سنة`, `تقتل مئات الأشخاص كل عام`: an adverb of
   * frequency (or كل and a period) a few words after the counted people, in their clause and before any other number.
   */
  private frequencyAfter(c: Count): boolean {
    for (let k = c.end; k < Math.min(this.ws.length, c.end + FREQUENCY_REACH) && !this.stop[k]; k++) {
      const w = this.ws[k]!;
      if (this.isCountAt(k)) return false;
      if (FREQUENCY_ADVERBS.has(w)) return true;
      if (w === EACH && !this.stop[k + 1] && FREQUENCY_PERIODS.has(this.ws[k + 1] ?? "")) return true;
    }
    return false;
  }

  /** A number (not a date's) starts at token k. */
  private isCountAt(k: number): boolean {
    return !this.inDate[k] && !this.notCount[k] && mayStartNumber(this.ws[k]!) && readNumber(this.ws, k) !== null;
  }

  /** `ارتفاع أعداد قتلى الضربات، التي استهدفت …، إلى 15`: a rising tally named further back, before إلى. */
  risingTally(qStart: number): Kind | null {
    const j = this.risingTallyWord(qStart);
    if (j < 0) return null;
    const p = PERSON_NOUNS.lookup(this.ws[j]!);
    // `ليرتفع عدد الذين قتلهم الجيش … إلى 22`: the people by the verb of a relative clause
    return kindOf(p ? p.value : EVENT_VERBS.lookup(this.ws[j + 1] ?? "")?.value) ?? this.passiveRelativeKind(j);
  }

  /**
   * `الذين تم إيقافهم`, `الذين تم إلقاء القبض عليهم`, `الذين تم القضاء عليهم`: the kind a relative clause at token rel names
   * by تم / يتم / جرى and an event noun (past قد), or null.
   */
  private passiveRelativeKind(rel: number): Kind | null {
    if (!RELATIVES.has(this.ws[rel] ?? "") || this.stop[rel + 1]) return null;
    let k = this.ws[rel + 1] === MAY ? rel + 2 : rel + 1;
    if (!PASSIVE_DONE.has(this.ws[k] ?? "") || this.stop[k] || this.stop[k + 1]) return null;
    k++;
    const w = this.ws[k]!;
    const noun = kindOf(EVENT_NOUNS.lookup(w)?.value) ?? kindOf(ADJACENT_VERBS.lookup(w)?.value);
    if (noun) return noun;
    // `إلقاء القبض عليهم`, `القبض عليهم`, `القضاء عليهم`
    const head = ARREST_HEADS.has(w) && !this.stop[k + 1] ? k + 1 : k;
    const on = (this.ws[head + 1] ?? "").startsWith(ON_PRONOUN) && !this.stop[head + 1];
    if (on && ARREST_AFTER.has(this.ws[head]!)) return "arrested";
    return on && head === k && KILLED_AFTER.has(w) ? "killed" : null;
  }

  /** The token of a rising tally's people (a person noun or a relative pronoun a few words after the rise word), or -1. */
  private risingTallyWord(qStart: number): number {
    if (qStart === 0) return -1;
    if (this.ws[qStart - 1] !== TO) return this.reachedTallyWord(qStart);
    for (let k = qStart - 2; k >= Math.max(0, qStart - RISE_REACH) && !this.hardStop[k + 1]; k--) {
      if (!RISE_WORDS.has(this.ws[k]!)) continue;
      for (let j = k + 1; j <= k + 3 && j < qStart; j++) {
        if (PERSON_NOUNS.lookup(this.ws[j]!) || /^(?:الذين|اللواتي|اللاتي)$/.test(this.ws[j]!)) return j;
      }
      return qStart - k <= FRONTED_RISE_REACH + 1 ? this.frontedTallyPerson(k) : -1;
    }
    return -1;
  }

  /**
   * `وبلغ عدد القتلى في الهجوم الذي استهدف السوق 25 شخصا`, `بلغ عدد الركاب الذين لقوا حتفهم اثر تحطم اربع طائرات اكثر من 200
   * شخص`, `بلغ عدد الموقوفين من قبل القوات العسكرية … 37 شخصا`: بلغ takes a tally's number as its object, with no إلى, further
   * than tally reads; the token of its people (a definite person noun or a relative pronoun right after عدد / حصيلة, or one noun
   * later), or -1 when a count of people (not `اربع طائرات`) or a complementizer stands between.
   */
  private reachedTallyWord(qStart: number): number {
    for (let k = qStart - 1; k >= Math.max(1, qStart - RISE_REACH) && !this.hardStop[k + 1]; k--) {
      const w = this.ws[k]!;
      if (COMPLEMENTIZERS.has(w) || (this.isCountAt(k) && !this.countsUnitsAt(k))) return -1;
      if (!TALLY_NOUNS.has(w) || this.stop[k] || !REACHED.has(this.ws[k - 1]!)) continue;
      for (let j = k + 1; j <= k + 2 && j < qStart; j++) if (PERSON_NOUNS.lookup(this.ws[j]!)?.definite || RELATIVES.has(this.ws[j]!)) return j;
      return -1;
    }
    return -1;
  }

  /** `بين الضحايا الـ298`: a definite plural of the harmed, then the article and digits (`harmedThenDigits`, fig112). */
  private harmedThenDigits(i: number): Count | null {
    const person = this.ws[i + 1] === "ال" ? PERSON_NOUNS.lookup(this.ws[i]!) : null;
    const kind = person?.definite ? kindOf(person.value) : null;
    const hit = harmedThenDigits(this.tallyWords(), i, kind !== null);
    if (!hit) return null;
    const after = this.stop[hit.numEnd] ? undefined : this.ws[hit.numEnd];
    if (after !== undefined && (NOT_PEOPLE_AFTER_CARDINAL.has(after) || UNITS.has(after))) return null;
    return shapedCount({ value: hit.value, valueMax: null, at: i, numEnd: hit.numEnd, end: hit.numEnd, kind, group: null, hasPerson: true });
  }

  /** The reader's words and stops for the rules of `figures-tallies.ts` (fig112). */
  private tallyWords(): TallyWords {
    return { ws: this.ws, stop: this.stop, hardStop: this.hardStop, isCountAt: (k) => this.isCountAt(k) };
  }

  /** `وضع 813 منهم رهن التوقيف`, `ثلاثة شرطيين قيد التوقيف`: people held in custody named after them (`inCustodyAfter`, fig118). */
  inCustody(c: Count, qStart: number): Kind | null {
    return inCustodyAfter(this.tallyWords(), qStart, c.end, (w) => COMPLEMENTIZERS.has(w));
  }

  /** `ارتفاع حصيلة الوفيات إلى 107`, `بلغ عدد الوفيات آنذاك 74`: a tally of deaths an event noun names (`deathTallyBefore`). */
  deathTally(qStart: number): Kind | null {
    return deathTallyBefore(this.tallyWords(), qStart);
  }

  /**
   * `توقيف 2659 مهاجرا … مقابل 564 شخصا`, `مقابل سبعة في صفوف قوات النظام`: a count set against the figure before it by مقابل
   * takes its kind (`setAgainstPrevious`) when it names people or none (a preposition, ل, or its clause's end after the number;
   * not `مقابل 210 قضية`).
   */
  opposed(c: Count, qStart: number): Kind | null {
    const next = this.stop[c.numEnd] ? undefined : this.ws[c.numEnd];
    if (!c.hasPerson && next !== undefined && !PREPOSITIONS.has(next) && !/^ل/.test(next)) return null;
    const prev = this.previousFigure(qStart);
    return prev && setAgainstPrevious(this.tallyWords(), qStart, prev.after) ? prev.kind : null;
  }

  /** Whether the number at token k counts units, not people (`اربع طائرات`, `ثلاث سنوات`). */
  private countsUnitsAt(k: number): boolean {
    const r = readNumber(this.ws, k);
    return r !== null && !this.stop[r.end] && UNITS.has(this.ws[r.end] ?? "");
  }

  /**
   * `أن عدد القتلى في هجوم … وقع في العاصمة ستوكهولم يوم 7 أفريل 2017، ارتفع إلى 5`, `أن عدد جثامين الضحايا الذين تم
   * انتشالهم … وصل حتى الآن إلى 42`: the tally is the rise verb's subject, fronted before it in its sentence; the token of
   * its person noun (right after عدد / حصيلة, or one noun later), or -1 when a count stands between.
   */
  private frontedTallyPerson(rise: number): number {
    for (let k = rise - 1; k >= Math.max(1, rise - RISE_REACH) && !this.hardStop[k + 1]; k--) {
      if (this.isCountAt(k)) return -1;
      if (!TALLY_NOUNS.has(this.ws[k]!)) continue;
      // `عدد الأشخاص الذين تم إيقافهم … وصل إلى 23 شخصا`: people by a relative clause of تم and an event noun (fig108)
      for (let j = k + 1; j <= k + 2 && j < rise; j++) if (PERSON_NOUNS.lookup(this.ws[j]!) || this.passiveRelativeKind(j)) return j;
      return -1;
    }
    return -1;
  }

  /** The token of a rising tally's person noun, or -1. */
  private risingTallyPerson(qStart: number): number {
    const j = this.risingTallyWord(qStart);
    return j >= 0 && PERSON_NOUNS.lookup(this.ws[j]!) ? j : -1;
  }

  /**
   * `بينهم 3 ضباط`, `هم 6 من قوات النظام`: the previous figure's kind, unless the part's own people have a verb or idiom
   * of another kind after them (`اعتقلت 19 آخرين بينهم ثلاثة أصيبوا`, `أصيب 171، من بينهم ثلاثة مسعفين هبوا للإغاثة …
   * ليلقوا حتفهم`): what befell the part. A part of the dead stays dead.
   */
  subgroup(c: Count, qStart: number): Kind | null {
    const prev = this.previousFigure(qStart);
    if (!prev || qStart === 0) return null;
    let k = qStart - 1;
    if (this.ws[k] === "من" && k > 0) k--;
    const w = this.ws[k]!;
    if (!SUBGROUP_MARKERS.has(w) || this.hardStopIn(prev.after, k + 1)) return null;
    // `وفاة 66 شخصا ومحاصرة نحو ألف في المدينة من بينهم نحو مئة في مستشفى`: a part of people another count between names
    // (no figure, since prev is the last one), not of the previous figure's: of the kind a cue right before that count
    // names, if any (`خطف 96 أجنبيا، من بينهم 25 أميركيا`); a count of منهم between is a part of the previous figure still
    const between = this.peopleCountIn(prev.after, k);
    if (between >= 0) return this.cueBefore(this.qualifierBefore(between).start);
    // `أصيب تسعة أشخاص توفي منهم ثلاثة`, `بلغ 1078 توفي منهم 472`: an event verb right before منهم tells what befell the part
    const verb = k > 0 && !this.stop[k] ? kindOf(EVENT_VERBS.lookup(this.ws[k - 1]!)?.value) : null;
    if (verb || prev.kind === "killed") return verb ?? prev.kind;
    // (a part of the dead stays dead: `قتل 12 شخصا بينهم 4 أطفال نقلوا إلى المستشفى` tells what came before)
    return (this.idiomAfter(c) ?? this.agreeingAfter(c))?.kind ?? prev.kind;
  }

  /**
   * `سقوط قتيلين و4 جرحى اثنان منهم بحالة خطيرة`, `أصيب أربعة آخرين، اثنان منهم إصاباتهما خطيرة`,
   * `إيقاف 10 أشخاص، 8 منهم …`: a count of منهم right after a figure is a part of its people.
   */
  partOfPrevious(c: Count, qStart: number): Kind | null {
    if (!c.byPronoun || !OF_THEM.has(this.ws[c.numEnd] ?? "")) return null;
    const prev = this.previousFigure(qStart);
    if (!prev || this.hardStopIn(prev.after, qStart + 1)) return null;
    if (qStart - prev.after <= 1) return prev.kind;
    // `بينهم 229 بالرصاص …، نقلوا إلى المستشفيات، 3 منهم في حالة خطيرة`, `تحويل 3 جرحى إلى شارل نيكول اثنان
    // منهم حالتهما خطيرة`: a count of the injured by condition reaches back past the clause between
    return prev.kind === "injured" && qStart - prev.after <= CONDITION_PART_REACH && this.conditionAfter(c.numEnd + 1) ? prev.kind : null;
  }

  /** A condition noun and then its severity within a few words from token `from`, in one clause (`في حالة خطيرة`, `حالتهما خطيرة`). */
  private conditionAfter(from: number): boolean {
    const to = Math.min(this.ws.length, from + CONDITION_REACH);
    for (let k = from; k < to && !this.stop[k]; k++) {
      if (!CONDITION_NOUNS.has(this.ws[k]!)) continue;
      for (let j = k + 1; j < Math.min(this.ws.length, k + 3) && !this.stop[j]; j++) if (SEVERITIES.has(this.ws[j]!)) return true;
      return false;
    }
    return false;
  }

  /**
   * `البحث ما يزال جارياً عن ثلاثة أشخاص` (after `قوات الإنقاذ`), `ما زال خفر السواحل التركي يبحث عن 3 آخرين`
   * (after `تم إنقاذ 7`), `البحث عن 4 بحارة` (after `حادث غرق`): people a rescue still searches for are
   * missing — عن right before the count, a search word earlier in its clause and a rescue, wreck or boat
   * word in the clause; a manhunt (`تبحث عن ثلاثة أشخاص مسلحين`) or a study's search names none.
   */
  searchedFor(c: Count, qStart: number): Kind | null {
    const k = qStart - 1;
    if (k < 1 || this.ws[k] !== ABOUT_WHOM || this.stop[qStart] || !this.triggerBefore(SEARCH_WORDS, k)) return null;
    for (let j = this.clauseStart(k); j < this.ws.length && (j < c.end || !this.stop[j]); j++) if (RESCUE_WORDS.has(this.ws[j]!)) return "missing";
    return null;
  }

  /** `…، و11 من العناصر، و10 آخرون`: an item joined by و right after the previous figure. */
  coordinated(qStart: number): Kind | null {
    const prev = this.previousFigure(qStart);
    if (!prev || qStart === 0) return null;
    const w = this.ws[qStart - 1]!;
    const glued = this.ws[qStart]!.startsWith("و") && !this.ws[qStart]!.startsWith("واحد");
    if (w !== "و" && !glued) return null;
    const from = w === "و" ? qStart - 1 : qStart;
    if (from - prev.after > (prev.isPart ? PART_COORDINATION_REACH : COORDINATION_REACH) || this.hardStopIn(prev.after, from + 1)) return null;
    // `15 من الضحايا توفوا في القاهرة و4 في مرسى مطروح`: the previous people's own verb (or idiom cue) right
    // after them is no new event
    const own = this.agreesWithPrevious(prev);
    for (let k = prev.after + own; k < from; k++) if (EVENT_VERBS.has(this.ws[k]!) || EVENT_NOUNS.has(this.ws[k]!)) return null;
    return prev.kind;
  }

  /** The previous figure counts a part of another (`هم خمسة مدنيين`, `بينهم 7 مدنيين`): the items joined to it enumerate people. */
  afterPart(): boolean {
    return this.figures[this.figures.length - 1]?.isPart ?? false;
  }

  /** How many words right after a figure's people are their own plural verb or idiom cue (`توفوا`, `حتفهم`, `قتلوا … `). */
  private agreesWithPrevious(prev: Figure): number {
    let k = prev.after;
    const isOwn = (w: string) => (EVENT_VERBS.has(w) && /وا$/.test(w)) || IDIOMS.some((idiom) => idiom.position === "after" && idiom.cue.has(w));
    while (k < this.ws.length && k < prev.after + 2 && !this.stop[k] && isOwn(this.ws[k]!)) k++;
    return k - prev.after;
  }

  /** `مقتل 46 شخصاً في أوتار براديش، و31 في ولاية راجستان`: a bare number coordinated after a figure counts the same people. */
  ellipsis(c: Count, qStart: number): Kind | null {
    const last = this.figures[this.figures.length - 1];
    // `و4 في مرسى مطروح و2 في قنا`: a chain of them after the figure that named the people
    if (c.end !== c.numEnd || !last || !(last.count.hasPerson || last.isEllipsis)) return null;
    const next = this.ws[c.end];
    const describer = next !== undefined && !this.stop[c.end] && PART_DESCRIBERS.has(next);
    if (next !== undefined && !this.stop[c.end] && !PREPOSITIONS.has(next) && !describer && !/^[،,]/.test(this.text.slice(this.toks[c.end - 1]!.end, this.toks[c.end]!.start).trim())) return null;
    // `بينهم خمسة مدنيين … وثمانية أشخاص متهمين … وخمسة لم يتم التعرف على هوياتهم`: after a part of an enumeration
    // by group, a part told apart by such a phrase is another part, of no group (`coordinated` reads it)
    if (describer && last.isPart) return null;
    return this.coordinated(qStart);
  }

  /**
   * `مقتل 8، اثنين بموقع بحلحلان و6 كانوا على متن عربة`, `خلّفت 19 شهيدا، 12 من الأمنيين والعسكريين و7 مدنيين`: a
   * smaller count right after the comma that closes a figure breaks it down — a part of its people, of its kind — when
   * it is a bare number followed by the phrase that tells its part apart (a preposition, a word with ب, a cause, كانوا),
   * or a group after من. Its items joined by و after it are parts too (`coordinated`, `ellipsis`).
   */
  breakdown(c: Count, qStart: number): Kind | null {
    const prev = this.previousFigure(qStart);
    if (!prev || prev.after !== qStart || qStart === 0 || !this.commaAfter(qStart - 1) || prev.count.valueMax !== null || c.valueMax !== null || c.value >= prev.count.value) return null;
    const next = this.ws[c.numEnd];
    if (next === undefined || this.stop[c.numEnd]) return null;
    const bare = c.end === c.numEnd && (PREPOSITIONS.has(next) || PART_DESCRIBERS.has(next) || (/^ب[^ا]/.test(next) && !EVENT_NOUNS.has(next) && !EVENT_VERBS.has(next)));
    const ofGroup = (c.group !== null || c.ofGroups === true) && next === OF;
    return bare || ofGroup ? prev.kind : null;
  }

  /** The first token of the clause holding token k (stop[k]: a clause ends between k-1 and k). */
  private clauseStart(k: number): number {
    while (k > 0 && !this.stop[k]) k--;
    return k;
  }

  private previousFigure(before: number): Figure | null {
    const prev = this.figures[this.figures.length - 1];
    if (!prev || prev.count.end > before) return null;
    if (this.hardStopIn(prev.count.end, before + 1)) return null;
    return prev;
  }

  /** `من بين المصابين هناك 29 مدنياً`: the people named after بين a few words back. */
  among(qStart: number): Kind | null {
    for (let k = qStart - 1; k >= Math.max(1, qStart - AMONG_REACH) && !this.stop[k + 1]; k--) {
      // `ومن بين الموقوفين، حوالي 7500 عسكري`: a comma may close the بين phrase right before the number
      if (k < qStart - 1 && this.commaAfter(k)) return null;
      const p = PERSON_NOUNS.lookup(this.ws[k]!);
      if (p && p.definite && AMONG.has(this.ws[k - 1]!)) return kindOf(p.value);
    }
    return null;
  }

  /**
   * `وكان بين قتلى التفجيرين اللذين وقعا في العاصمة … تسعة صحافيين`: a clause that opens with بين and
   * the people (in construct too), then their description, then the count.
   */
  amongOpening(qStart: number): Kind | null {
    for (let k = qStart - 1; k >= Math.max(0, qStart - AMONG_OPENING_REACH) && !this.hardStop[k + 1]; k--) {
      if (this.isCountAt(k) || COMPLEMENTIZERS.has(this.ws[k]!)) return null;
      if (!AMONG.has(this.ws[k]!)) continue;
      const opens = k === 0 || this.stop[k] || CLAUSE_OPENERS.has(this.ws[k - 1]!);
      const p = PERSON_NOUNS.lookup(this.ws[k + 1] ?? "");
      return opens && p ? kindOf(p.value) : null;
    }
    return null;
  }

  /**
   * `وجميع الضحايا من كبار السن، وبينهم سبع نساء`: بينهم / منهم after people named earlier in the
   * sentence with no figure of theirs: a part of them, of their kind.
   */
  subgroupOfNamed(qStart: number): Kind | null {
    if (qStart === 0 || !SUBGROUP_MARKERS.has(this.ws[qStart - 1]!) || this.ws[qStart - 1] === "هم") return null;
    const last = this.figures[this.figures.length - 1];
    // `وجميع الضحايا تتجاوز أعمارهم 60 عاما. وبينهم سبع نساء`: a marker that opens its sentence looks into the one before
    const opens = this.hardStop[qStart - 1] === true;
    for (let k = qStart - 2; k >= Math.max(0, qStart - ANTECEDENT_REACH) && (!this.hardStop[k + 1] || (opens && k + 1 === qStart - 1)); k--) {
      // a figure between them and the people counts those people already (`بينهم` is its subgroup)
      if (last && last.count.at >= k) return null;
      const p = PERSON_NOUNS.lookup(this.ws[k]!);
      if (p && p.definite) return kindOf(p.value);
    }
    return null;
  }

  /** `ومن بين الجرحى اثنان`: بين and its people right before the number, which counts them unnamed. */
  amongRightBefore(c: Count, qStart: number): boolean {
    return c.end === c.numEnd && qStart >= 2 && AMONG.has(this.ws[qStart - 2]!) && PERSON_NOUNS.lookup(this.ws[qStart - 1]!)?.definite === true;
  }

  /**
   * `ولجأ نحو 700 ألف شخص`, `ولجأ الى #بنغلادش حوالى 700 الف مسلم روهينغي`, `فقد لجأ إلى الأردن أكثر من 1.4
   * مليون شخص`: people who took refuge somewhere are displaced — لجأ right before the count (and its
   * qualifier), or إلى and a place of one or two words between, in one clause.
   */
  refugeBefore(qStart: number): Kind | null {
    if (qStart === 0 || this.stop[qStart]) return null;
    if (REFUGE_VERBS.has(this.ws[qStart - 1]!)) return "displaced";
    for (let to = qStart - 2; to >= Math.max(1, qStart - 1 - REFUGE_PLACE_WORDS); to--) {
      if (this.ws[to] !== TO) continue;
      for (let k = to; k < qStart; k++) if (this.stop[k] || this.isCountAt(k)) return null;
      return REFUGE_VERBS.has(this.ws[to - 1]!) && !this.stop[to] ? "displaced" : null;
    }
    return null;
  }

  /**
   * Whether token k opens its clause: the text's or a clause's first word, the first after a complementizer, or the first
   * after a discourse link that opens it (`كما أوقفت`, `من جهة أخرى أوقفت`, `وفي المقابل قتل`), which adds no clause of its own.
   */
  private opensClause(k: number): boolean {
    const startsAt = (j: number) => j === 0 || this.stop[j]!;
    if (startsAt(k)) return true;
    const w1 = this.ws[k - 1]!;
    if (LEADING_LINKS.has(w1)) return startsAt(k - 1);
    // `وقال مسؤولون إنه "قتل جراء الزلزال وتسونامي في مدينة بالو 832`: a complementizer opens the clause of the verb after it
    if (COMPLEMENTIZERS.has(w1)) return true;
    if (k >= 2 && !this.stop[k - 1] && LINKED_OBJECTS.has(w1) && LINK_PREPOSITIONS.has(this.ws[k - 2]!)) return startsAt(k - 2);
    return k >= 3 && !this.stop[k - 1] && !this.stop[k - 2] && OTHER_SIDE.has(w1) && SIDES.has(this.ws[k - 2]!) && (this.ws[k - 3] === OF || this.ws[k - 3] === `و${OF}`) && startsAt(k - 3);
  }

  /** An event verb (or noun, unless `verbsOnly`) earlier in the clause: `أصيب خلاله أيضاً 4 آخرين`. */
  verbBefore(qStart: number, verbsOnly = false, namesPeople = false): Kind | null {
    let skipped = 0;
    const reach = namesPeople ? OPENING_VERB_WINDOW : CUE_WINDOW;
    let crossesWere = false;
    // words of a date between: they take no room of the reach of a verb opening its clause, but a cue with one between is no cue right by its count
    let dated = 0;
    for (let k = qStart - 1; k >= Math.max(0, qStart - reach - skipped - dated) && !this.stop[k + 1]; k--) {
      // `قتلت - في محاولة منها … - نحو ستة ملايين`: an aside between dashes is no part of the clause
      const opening = this.asideOpening(k + 1);
      if (opening !== null) {
        skipped += k + 1 - opening;
        k = opening - 1;
        if (k < 0) return null;
      }
      // `وقتل في محافظة الحديدة منذ بدء الهجوم … في 13 حزيران/يونيو، 483 شخصا` (not `وقتلت يتوندي في 14 سبتمبر 2003، وكانت أما لثلاثة أطفال`)
      if (this.inDate[k]) {
        dated++;
        continue;
      }
      const w = this.ws[k]!;
      // `وضع 813 منهم رهن التوقيف في 2017 وأحيل 482`: custody further back is the state of people counted before (fig118)
      if (k < qStart - 1 && isCustodyStateAt(this.ws, this.stop, k)) continue;
      // `أحكام بالإعدام بحق أربعة`, `أحكاما تراوحت بين السجن عشرة أعوام والإعدام، بحق سبعة`: a death sentence, no death
      if (DEATH_SENTENCE.test(w) || this.isSentenced(k) || this.isCourtSentence(k)) return null;
      const kind = kindOf(EVENT_VERBS.lookup(w)?.value) ?? (verbsOnly ? null : kindOf(EVENT_NOUNS.lookup(w)?.value)) ?? (this.isArrestOn(k) && this.isCoordinated(qStart) ? "arrested" : null) ?? (this.isEndedOn(k, qStart) ? "killed" : null);
      if (kind === "evacuated" && this.isPostponed(k + 1, qStart)) return null;
      // further than CUE_WINDOW only a verb opening its clause, its subject and adverbials between (`وقتل في الهجوم على السوق المركزي في المدينة 12 شخصا`)
      if (kind) return qStart - k - skipped <= CUE_WINDOW || (this.opensClause(k) && !crossesWere) ? kind : null;
      // `واعتقل سعادة في 2015 وكان واحدا ضمن خمسة شبان`: كان opens a clause of its own
      crossesWere ||= WERE.has(withoutConjunction(w));
      // `وأصيب في الهجوم الذي استهدف مدرعة والاشتباك أربعة من مجندي الشرطة`: a relative clause on the
      // adverbial's noun between a verb opening its clause and the people it counts (their verb is the
      // opening one: the branch above asks for it)
      if (namesPeople && this.relativeOnAdverbial(k)) continue;
      if (COMPLEMENTIZERS.has(w) || CLAUSE_LINKS.has(w) || this.isCountAt(k)) return null;
    }
    return null;
  }

  /**
   * `قتلت قوات الاحتلال العشرات`, `اعتقلت فصائل معارضة العشرات في إدلب`, `وقتل في الصراع عشرات الآلاف`: a definite vague
   * plural (or one multiplied by `الآلاف`) standing alone, no noun after it, counts people with none named when an event
   * verb earlier in its clause reaches it past its subject or an adverbial (a cue right before it counts them already).
   */
  vagueObjectOfVerb(c: Count, qStart: number, kind: Kind): boolean {
    if (c.valueMax === null || c.end !== c.numEnd || c.byPronoun || c.isDual) return false;
    const definite = DEFINITE.test(this.ws[c.at]!) || (c.numEnd - c.at === 2 && DEFINITE.test(this.ws[c.numEnd - 1]!));
    if (!definite || !this.endsBareVague(c.numEnd)) return false;
    return this.verbBefore(qStart, true) === kind;
  }

  /** After a bare vague plural at k: its clause ends, a preposition or adverbial opens, or و joins another event verb. */
  private endsBareVague(k: number): boolean {
    if (k >= this.ws.length || this.stop[k]) return true;
    const w = this.ws[k]!;
    if (AFTER_BARE_VAGUE.has(w) || TIME_ADVERBS.has(w)) return true;
    // `برصاص`, `بالرصاص`: a means or cause
    if (w.length > 3 && w.startsWith("ب")) return true;
    return w.startsWith(AND_WORD) && EVENT_VERBS.has(w.slice(1));
  }

  /**
   * `والحصيلة تتخطى 250 قتيلا`, `تخطت عتبة 220 قتيلا`, `فالحصيلة تتجاوز 46 ألف قتيل`, `ويتجاوز عدد الضحايا ثلاثة آلاف قتيل`:
   * a verb of exceeding before the count (past `عتبة` / `حاجز`, or past the tally it says of, `عدد` / `حصيلة` and up to two
   * words) states more than it; not negated (`لم يتجاوز`).
   */
  private exceededBefore(qStart: number): boolean {
    let k = qStart - 1;
    if (k >= 0 && !this.stop[k + 1] && THRESHOLD_WORDS.has(this.ws[k]!)) k--;
    const verbAt = (j: number) => j >= 0 && !this.stop[j + 1] && EXCEED_VERBS.has(this.ws[j]!) && !(j > 0 && !this.stop[j] && NEGATIONS_OF_EXCEEDING.has(this.ws[j - 1]!));
    if (verbAt(k)) return true;
    // `ويتجاوز عدد الضحايا ثلاثة آلاف`: the tally between the verb and its number
    for (let j = k; j >= Math.max(0, k - 2) && !this.stop[j + 1]; j--) if (TALLY_HEADS.has(this.ws[j]!)) return verbAt(j - 1);
    return false;
  }

  /**
   * `القبض على` at token k (its على): an arrest whose first object may stand between it and a count joined to
   * that object by و (`قبضت على المشتبه به الرئيسي، و14 شخصا آخر`, `القبض على إرهابي و 3 تجار مخدرات`).
   */
  private isArrestOn(k: number): boolean {
    // `القبض عن 450 شخصا`: عن for على, a slip of two outlets (Sky News Arabia, JawharaFM)
    if ((this.ws[k] !== ON && this.ws[k] !== ABOUT_WORD) || k === 0 || this.stop[k]) return false;
    if (ARREST_AFTER.has(this.ws[k - 1]!)) return true;
    // `وألقي القبض في هونغ كونغ وحدها على 242 شخصا`, `وألقي القبض رسميا على نحو 49 ألف شخص`: an adverbial between القبض and its على
    // (not past another على or عن, a pronoun's `عليه`, a count or a clause: `القبض عليه في منزله على بعد`)
    for (let j = k - 1; j >= Math.max(1, k - ARREST_ADVERBIAL_REACH) && !this.stop[j]; j--) {
      const w = this.ws[j]!;
      if (w === ON || w === ABOUT_WORD || w.startsWith("علي") || COMPLEMENTIZERS.has(w) || this.isCountAt(j)) return false;
      if (ARREST_AFTER.has(this.ws[j - 1]!)) return true;
    }
    return false;
  }

  /**
   * An incident noun the earlier-word at k qualifies: right before it (`في الهجوم السابق`), or before the one
   * definite word of its construct or adjective (`بحادثة الاغتصاب السابقة`, `الهجوم الانتحاري السابق`).
   */
  private earlierIncidentBefore(k: number): boolean {
    if (this.stop[k]) return false;
    if (EARLIER_INCIDENTS.has(this.ws[k - 1]!)) return true;
    return k > 1 && !this.stop[k - 1] && this.ws[k - 1]!.startsWith("ال") && EARLIER_INCIDENTS.has(this.ws[k - 2]!);
  }

  /**
   * `قضت على 26 عضوا`, `قضت وحدات الجيش على خمسة إرهابيين`: على at token k, right before the count at qStart,
   * after قضى and at most its subject; none when a court rules (`قضت محاكم بغداد على أكثر من 300 … بالإعدام`).
   */
  private isEndedOn(k: number, qStart: number): boolean {
    if (this.ws[k] !== ON || k !== qStart - 1) return false;
    let verb = -1;
    for (let j = k - 1; j >= Math.max(0, k - ENDED_REACH) && !this.stop[j + 1]; j--) if (ENDED_VERBS.has(this.ws[j]!)) verb = j;
    if (verb < 0) return false;
    for (let j = verb + 1; j < k; j++) if (COURT_WORDS.has(this.ws[j]!)) return false;
    for (let j = qStart; j < Math.min(this.ws.length, qStart + SENTENCE_REACH) && !this.stop[j]; j++) if (SENTENCE_AFTER.test(this.ws[j]!)) return false;
    return true;
  }

  /** A relative pronoun at k on the definite noun of a prepositional phrase (`في الهجوم الذي`, `خلال المواجهات التي`). */
  private relativeOnAdverbial(k: number): boolean {
    if (k < 2 || !RELATIVE_ON_NOUN.has(this.ws[k]!) || this.stop[k] || this.stop[k - 1]) return false;
    return /^(?:ال|بال|لل)/.test(this.ws[k - 1]!) && ADVERBIAL_PREPOSITIONS.has(this.ws[k - 2]!);
  }

  /** `حكم الإعدام`, `أحكاما … والإعدام`: the noun الإعدام at k after a word of sentencing in its clause. */
  private isSentenced(k: number): boolean {
    if (!/^و?ال?اعدام$/.test(this.ws[k]!)) return false;
    for (let j = k - 1; j >= Math.max(0, k - SENTENCE_REACH) && !this.hardStop[j + 1]; j--) if (SENTENCING.has(this.ws[j]!)) return true;
    return false;
  }

  /**
   * `أحكاما قضت بـ #إعدام ثلاثة مواطنين`, `أمرت المحكمة بـ"إعدام 17 متهما`, `محكمة مصرية تطلب رأي المفتي في إعدام 75 شخصا`:
   * the indefinite noun إعدام at k after a court or a word of sentencing in its clause (the preposition written apart, or
   * another before it) is a sentence passed or sought, no death; not when a word of carrying out, a word of time or
   * cause, or a clause link stands between (`قضت المحكمة … ونفذت إعدام`, `أمرت المحكمة بالإفراج عنه بعد إعدام 8 رهائن`).
   */
  private isCourtSentence(k: number): boolean {
    if (!INDEFINITE_EXECUTION.test(this.ws[k]!)) return false;
    for (let j = k - 1; j >= Math.max(0, k - SENTENCE_REACH) && !this.hardStop[j + 1]; j--) {
      const w = this.ws[j]!;
      if (CARRIED_OUT.has(w) || SENTENCE_BREAKS.has(w) || CLAUSE_LINKS.has(w) || COMPLEMENTIZERS.has(w)) return false;
      if (SENTENCING.has(w) || COURT_WORDS.has(w)) return true;
    }
    return false;
  }

  /** `أجلت المحكمة محاكمة 23`: أجّل (postponed) spelled as أجلى (evacuated), told by what it puts off, between the verb and the count. */
  private isPostponed(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (POSTPONED.has(this.ws[k]!)) return true;
    return false;
  }

  /** The token after which an aside between spaced dashes opens, when one closes right before token `close`; else null. */
  private asideOpening(close: number): number | null {
    if (close <= 0 || close >= this.toks.length || !SPACED_DASH.test(this.text.slice(this.toks[close - 1]!.end, this.toks[close]!.start))) return null;
    for (let j = close - 1; j > Math.max(0, close - ASIDE_WORDS); j--) {
      if (this.stop[j]) return null;
      if (SPACED_DASH.test(this.text.slice(this.toks[j - 1]!.end, this.toks[j]!.start))) return j;
    }
    return null;
  }

  /** An idiom closed after the counted people (`نقل 30 آخرين إلى المستشفيات`) or `في عداد المفقودين`. */
  idiomAfter(c: Count): { kind: Kind; unnamedOk: boolean } | null {
    for (let k = c.end; k < Math.min(this.ws.length, c.end + AFTER_WINDOW) && !this.stop[k]; k++) {
      const w = this.ws[k]!;
      if (TALLY_OF_AFTER.has(w)) {
        const p = PERSON_NOUNS.lookup(this.ws[k + 1] ?? "");
        if (p && kindOf(p.value)) return { kind: kindOf(p.value)!, unnamedOk: true };
      }
      for (const idiom of IDIOMS) {
        if (idiom.position === "after" && idiom.cue.has(w) && this.triggerBefore(idiom.trigger, k)) return { kind: kindOf(idiom.kind)!, unnamedOk: idiom.namesPeople === true };
      }
      if (COMPLEMENTIZERS.has(w) || (this.isCountAt(k) && !this.isCoordinated(k) && !PREPOSITIONS.has(this.ws[k - 1] ?? ""))) return null;
    }
    return null;
  }

  /** A count at token k joined by و to what precedes it (`ونحو ثلاثين`, `و 18`). */
  private isCoordinated(k: number): boolean {
    const prev = this.ws[k - 1] ?? "";
    return this.ws[k]!.startsWith("و") || prev === "و" || (prev.startsWith("و") && QUALIFIER_WORDS.has(prev.slice(1)));
  }

  /** After the counted people: `قتلوا`, `لقي … مصرعهم`, `في عداد المفقودين`, `… إلى المستشفيات`. */
  agreeingAfter(c: Count): { kind: Kind; unnamedOk: boolean } | null {
    let limit = c.end + AFTER_WINDOW;
    let pastAside = false;
    // `أن 21 عنصرا على الأقل من قوات النظام والمسلحين الموالين لها قتلوا`: the subject of a complement clause reaches its verb further
    const reach = c.hasPerson && this.opensComplement(c.at) ? c.end + SUBJECT_VERB_REACH : 0;
    for (let k = c.end; k < Math.min(this.ws.length, Math.max(limit, reach)) && !this.stop[k]; k++) {
      const w = this.ws[k]!;
      if (k >= limit) {
        const far = this.farSubjectVerb(k, c.end);
        if (far === undefined) continue;
        return far && { kind: far, unnamedOk: false };
      }
      const isAside = this.isCountAt(k) && SUBGROUP_MARKERS.has(this.ws[k - 1] ?? "");
      pastAside ||= isAside;
      if (COMPLEMENTIZERS.has(w) || (this.isCountAt(k) && !isAside && !this.isCoordinated(k) && !PREPOSITIONS.has(this.ws[k - 1] ?? ""))) return null;
      // `25 مقاتلاً على الأقل من الفصائل … وثمانية من مقاتلي تنظيم داعش، قتلوا`: the verb agrees with the
      // whole coordinated subject, so its window runs on from the last item; likewise past a subgroup
      // standing between the people and their verb (`22 مسلحا، بينهم أربعة قادة، قتلوا`)
      if (this.isCountAt(k) && (isAside || this.isCoordinated(k))) limit = k + AFTER_WINDOW;
      // `العشرات من موظفيهم تعرضوا للاعتقال`: underwent, then the event noun with ل
      if (UNDERWENT_VERBS.has(w) && !this.stop[k + 1]) {
        const event = EVENT_NOUNS.lookup(this.ws[k + 1] ?? "");
        if (event && event.prefix.endsWith("ل") && kindOf(event.value)) return { kind: kindOf(event.value)!, unnamedOk: false };
      }
      // `شرطيين اثنين كانا بين إجمالي 41 مصابا`, `15 ألف فلسطينية … كانوا من بين المعتقلين`: were among the
      // people a person noun names, so they are of its kind
      if (WERE.has(w)) {
        const among = this.ws[k + 1] === "من" ? k + 2 : k + 1;
        if (AMONG_IN.has(this.ws[among] ?? "") && !this.hardStopIn(k + 1, among + 1)) {
          for (let j = among + 1; j <= among + 3 && j < this.ws.length && !this.stop[j]; j++) {
            const kind = kindOf(PERSON_NOUNS.lookup(this.ws[j]!)?.value);
            if (kind) return { kind, unnamedOk: false };
          }
        }
      }
      // `10 من القيادات … سقطوا في قبضة الجيش`, `سقط عشرات من ميليشيا الحوثي في قبضة المقاومة`: captured
      if (w === "في" && GRIP.has(this.ws[k + 1] ?? "")) return { kind: "arrested", unnamedOk: false };
      // `10 من قيادات الميليشيا الذين سقطوا أسرى`, `3 جنود سقطوا قتلى`: fell, then what they fell as
      if (FALL_VERBS.has(w) && !this.stop[k + 1]) {
        const as = PERSON_NOUNS.lookup(this.ws[k + 1] ?? "");
        if (as && !as.definite && kindOf(as.value)) return { kind: kindOf(as.value)!, unnamedOk: false };
      }
      const verb = EVENT_VERBS.lookup(w) ?? ADJACENT_VERBS.lookup(w);
      // `مهاجمين اثنين قتلوا ستة أشخاص`: a verb with people or a number as its object is active, and the
      // counted people are who did it
      if (verb && this.hasObjectAfter(k)) return null;
      // `14 صحافيا … لا يزالون يقبعون في سجون ميليشيات الحوثي`, `عشرات المقاتلين القابعين في سجون العراق`: held, so detained
      if (HELD.has(w) && this.isPrisonAt(k + 1)) return { kind: "arrested", unnamedOk: false };
      // `100 طفل فقدوا أرواحهم` died; `1200 شخص فقدوا وظائفهم`, `فقدوا مصدر رزقهم`, `فقدوا وعيهم` lost something, and went missing nowhere
      if (verb && kindOf(verb.value) === "missing" && /(?:وا|ن)$/.test(verb.form) && this.hasLostObjectAt(k + 1)) return LIVES.has(this.ws[k + 1]!) ? { kind: "killed", unnamedOk: false } : null;
      // `أكثر من 1800 أسرة نزحت`, `8900 عائلة قد شردت`: households driven out, the verb in the feminine singular
      if (verb && kindOf(verb.value) === "displaced" && verb.form.endsWith("ت") && this.isHouseholdVerbAt(c, k)) return { kind: "displaced", unnamedOk: false };
      // right after the count, the verb's subject is the count itself: `مئات الآلاف نزحوا`
      if (verb && /(?:وا|ن)$/.test(verb.form) && kindOf(verb.value)) return { kind: kindOf(verb.value)!, unnamedOk: k === c.end };
      // past a subgroup only a verb agreeing with the whole subject counts: a pronoun may be the
      // subgroup's own (`أربعة إرهابيين …، بينهم ثلاثة سبق إيقافهم`)
      if (pastAside) continue;
      // `اثنين من المتشددين قتلا`: a dual verb agrees with a count of two
      if (verb && c.value === 2 && isDualVerb(verb.form) && kindOf(verb.value)) return { kind: kindOf(verb.value)!, unnamedOk: false };
      // `أطلق النار على مدنيين اثنين وقتلهما`: the verb's object pronoun is the counted people
      if (verb && kindOf(verb.value) && agreesAsObject(verb.form, c.value)) return { kind: kindOf(verb.value)!, unnamedOk: false };
      const noun = EVENT_NOUNS.lookup(w);
      if (noun && /(?:هم|هن)$/.test(noun.form) && kindOf(noun.value)) return { kind: kindOf(noun.value)!, unnamedOk: false };
    }
    return null;
  }

  /**
   * `30 شخصاً على الأقل ما زالوا مفقودين`, `27 شخصا لا زالوا مفقودين`, `وما زال 275 شخصا اخرين مفقودين`: people a verb of
   * remaining (ما زال، لا يزال) and a state participle describe, after them in their clause or around them, are in that
   * state: missing (`مفقودين`), or held (`محتجزين`, `معتقلين`, `مختطفين`: `30 شخصا ما زالوا محتجزين لدى التنظيم`).
   */
  stillInState(c: Count, qStart: number): Kind | null {
    if (this.isStillAt(qStart - 1) && !this.stop[qStart]) return this.stateParticipleFrom(c.end);
    for (let k = c.end; k < Math.min(this.ws.length, c.end + AFTER_WINDOW) && !this.stop[k]; k++) {
      if (COMPLEMENTIZERS.has(this.ws[k]!) || this.isCountAt(k)) return null;
      if (this.isStillAt(k)) return this.stateParticipleFrom(k + 1);
    }
    return null;
  }

  /** A verb of remaining at k: `زالوا` after ما / لا (`ما زالوا`, `لا يزالون`), or glued to it (`مازالوا`, `لايزال`). */
  private isStillAt(k: number): boolean {
    if (k < 0) return false;
    const w = this.ws[k]!;
    if (STILL_GLUED.test(w)) return true;
    return k > 0 && !this.stop[k] && STILL_BARE.test(w) && STILL_NEGATIONS.has(this.ws[k - 1]!);
  }

  /**
   * `33 راكبا من أصل 189 راكبا كانوا على متن الطائرة نقلوا إلى المستشفى` (Al Arabiya), `34 جثة … من أصل 86 طالبا` (Sky News
   * Arabia), `من مجموع 11 شابا نجوا` (JawharaFM): the number at i after من أصل / من مجموع counts the whole a part is taken
   * out of, no people harmed; unless a state participle after it names them (`ومن أصل 251 شخصا محتجزين`: all held).
   */
  private isWholeOutOf(i: number, end: number): boolean {
    if (i < 2 || this.stop[i] || this.stop[i - 1] || !OUT_OF.has(this.ws[i - 1]!) || withoutConjunction(this.ws[i - 2]!) !== OF) return false;
    return this.stateParticipleFrom(end) === null;
  }

  /** The kind of a state participle (`مفقودين`, `محتجزين`) at k or one or two words on (past `آخرين`, `حتى الآن`), in the clause. */
  private stateParticipleFrom(k: number): Kind | null {
    for (let j = k; j < Math.min(this.ws.length, k + 3); j++) {
      if (this.stop[j] && (j > k || this.hardStop[j])) return null;
      const state = STATE_PARTICIPLES.lookup(this.ws[j]!);
      if (state) return state.value;
    }
    return null;
  }

  /** Whether the count at `at` (past its qualifier) opens a complement clause: right after a bare أن / إن / بأن, as its subject. */
  private opensComplement(at: number): boolean {
    const q = this.qualifierBefore(at).start;
    return q > 0 && !this.stop[q] && SUBJECT_COMPLEMENTIZERS.has(this.ws[q - 1]!);
  }

  /**
   * Past agreeingAfter's window, for the subject of a complement clause: the kind of its plural verb at k (`قتلوا`, `لقوا`, `أصيبوا`;
   * not one with an object, nor a loss of something: `فقدوا وظائفهم`, nor an infection a disease named between the people, from
   * `from`, and the verb tells: `35 ألف مريض …، جميعهم غير مصابين بالهيموفيليا، قد يكونوا أصيبوا`), null when its clause ends at k
   * (a complementizer, a link opening another clause, another count), undefined when k is neither.
   */
  private farSubjectVerb(k: number, from: number): Kind | null | undefined {
    const w = this.ws[k]!;
    if (COMPLEMENTIZERS.has(w) || FAR_CLAUSE_LINKS.has(w) || this.isCountAt(k)) return null;
    const verb = EVENT_VERBS.lookup(w) ?? ADJACENT_VERBS.lookup(w);
    const kind = verb && /(?:وا|ن)$/.test(verb.form) ? kindOf(verb.value) : null;
    if (!kind) return undefined;
    if (this.hasObjectAfter(k)) return null;
    if (kind === "missing" && this.hasLostObjectAt(k + 1)) return LIVES.has(this.ws[k + 1]!) ? "killed" : null;
    if (kind === "injured") for (let j = from; j < k; j++) if (DISEASES.has(this.ws[j]!)) return null;
    return kind;
  }

  /** `في سجون`, `خلف القضبان`, `في مراكز اعتقال` at j, in the clause. */
  private isPrisonAt(j: number): boolean {
    if (j + 1 >= this.ws.length || this.stop[j + 1] || !HELD_IN.has(this.ws[j]!)) return false;
    const place = this.ws[j + 1]!;
    return PRISONS.has(place) || (CENTRES.has(place) && !this.stop[j + 2] && DETENTION.has(this.ws[j + 2] ?? ""));
  }

  /** A possessed noun (`وظائفهم`, `وعيهم`) or `مصدر` right after a verb of losing: its object, not a place or a time. */
  private hasLostObjectAt(j: number): boolean {
    if (j >= this.ws.length || this.stop[j]) return false;
    const w = this.ws[j]!;
    return w === "مصدر" || /(?:هم|هن|هما)$/.test(w);
  }

  /** The count's people are households (`أسرة`, `عائلة`) and k is right after them, or past قد. */
  private isHouseholdVerbAt(c: Count, k: number): boolean {
    if (!HOUSEHOLDS.has(this.ws[c.end - 1] ?? "")) return false;
    return k === c.end || (k === c.end + 1 && this.ws[c.end] === "قد");
  }

  /**
   * `اعتقل بصحبة شقيقه ورجلين آخرين` (BBC), `إيقاف والده وشخصين آخرين` (JawharaFM), `قتل بعد ذلك رجلا آخر بالقرب من الشركة
   * وشخصين آخرين` (Sky News Arabia): a dual of people joined by و and said to be «others» is two more people of the harm
   * whose object they are joined to — the nearest event verb or noun before them in their clause, with no count, quote,
   * complementizer or relative between (a dual alone names two people only with its cue right by it).
   */
  dualOthersOfObject(c: Count): Kind | null {
    if (!c.isDual || !this.ws[c.at]!.startsWith("و") || this.stop[c.at + 1] || !DUAL_OTHERS.has(this.ws[c.at + 1] ?? "")) return null;
    for (let j = c.at - 1, n = 0; j >= 0 && n < DUAL_OTHERS_REACH && !this.stop[j + 1]; j--, n++) {
      const w = this.ws[j]!;
      if (this.isCountAt(j)) return null;
      if (COMPLEMENTIZERS.has(w) || DUAL_OTHERS_BARRIERS.has(w)) return null;
      const kind = this.cueBefore(j + 1);
      if (kind) return kind;
    }
    return null;
  }

  /**
   * `شخصين قتلا`, `شخصان قضيا تحت التعذيب`, `شخصين آخرين لقيا حتفهما`: a dual noun, then (past آخرين)
   * a dual verb agreeing with it as its subject.
   */
  dualVerbAfter(c: Count): Kind | null {
    return this.dualVerbKind(c.end);
  }

  /**
   * The kind of a dual verb agreeing with a dual subject that ends before k: past آخرين, a qualifier
   * (`شخصين على الأقل قتلا`), the people's own من phrase (`جنديين من القوات الحكومية قتلا`) and قد
   * (`شخصين قد توفيا`), in the clause.
   */
  private dualVerbKind(k: number): Kind | null {
    const inClause = (j: number) => j < this.ws.length && !this.stop[j];
    if (inClause(k) && OTHERS.has(this.ws[k]!)) k++;
    if (inClause(k)) k += this.qualifierTailAt(k);
    if (inClause(k) && this.ws[k] === "من") {
      let j = k + 1;
      while (j < k + 1 + DUAL_SUBJECT_OF_REACH && inClause(j) && !this.isDualVerbAt(j) && this.ws[j] !== "قد") j++;
      if (j > k + 1) k = j;
    }
    if (inClause(k) && this.ws[k] === "قد") k++;
    if (!inClause(k) || !this.isDualVerbAt(k) || this.hasObjectAfter(k)) return null;
    return kindOf((EVENT_VERBS.lookup(this.ws[k]!) ?? ADJACENT_VERBS.lookup(this.ws[k]!))!.value);
  }

  /** A perfect dual verb of an event kind at k (`قتلا`, `أصيبا`, `لقيا`), not joined by و (which opens a clause of its own). */
  private isDualVerbAt(k: number): boolean {
    const w = this.ws[k]!;
    const verb = EVENT_VERBS.lookup(w) ?? ADJACENT_VERBS.lookup(w);
    return verb !== null && verb !== undefined && isDualVerb(verb.form) && !isJoined(w, verb.form) && kindOf(verb.value) !== null;
  }

  /** A count or people noun right after the verb at k (after a qualifier): the verb's object. */
  private hasObjectAfter(k: number): boolean {
    let j = k + 1;
    if (j >= this.ws.length || this.stop[j]) return false;
    for (const [pattern] of QUALIFIERS) if (pattern.every((p, i) => this.ws[j + i] === p)) j += pattern.length;
    const w = this.ws[j];
    if (w === undefined) return false;
    return this.isCountAt(j) || GROUP_NOUNS.lookup(w) !== null || PERSON_NOUNS.lookup(w) !== null;
  }

  // ---- scope ----

  /**
   * The scope of each figure of one sentence: every scope marker of the sentence (منذ, a period, an
   * earlier year, month or date, a background word, an incident noun) belongs to the figure nearest
   * to it, so `قتل 60 … الاثنين، ليرتفع عدد القتلى منذ 30 مارس إلى 110` makes only the 110 cumulative.
   */
  private scopesOf(sentence: Sentence | null, figures: readonly Figure[]): FigureScope[] {
    const scopes = figures.map((f): FigureScope => ({ extent: "event", event: null, place: null, time: null, ...(f.isPart ? { part: true } : {}) }));
    if (!sentence || figures.length === 0) return scopes;
    const marks = figures.map(() => ({ since: false, cumulative: false, background: false, earlierYear: false, eventDistance: Infinity }));
    // the marks of markers standing before each figure, which a figure joined to it by و shares
    const marksBefore = figures.map(() => ({ ...NO_MARKS }));
    // `was`: markBits of the figure's marks before the token. Bits, not a copy of the marks and a loop
    // over their keys: this runs at every token of a sentence with figures.
    const noteBefore = (f: number, k: number, was: number) => {
      if (k >= figures[f]!.count.at) return;
      const now = marks[f]!;
      const before = marksBefore[f]!;
      if (now.since && (was & SINCE_BIT) === 0) before.since = true;
      if (now.cumulative && (was & CUMULATIVE_BIT) === 0) before.cumulative = true;
      if (now.background && (was & BACKGROUND_BIT) === 0) before.background = true;
      if (now.earlierYear && (was & EARLIER_YEAR_BIT) === 0) before.earlierYear = true;
    };
    const nearest = (k: number) => {
      let best = 0;
      for (let f = 1; f < figures.length; f++) if (Math.abs(figures[f]!.count.at - k) < Math.abs(figures[best]!.count.at - k)) best = f;
      return best;
    };
    const from = this.tokenAt(sentence.start);
    const pubYear = Number.isNaN(this.published) ? null : new Date(this.published).getUTCFullYear();
    const pubMonth = Number.isNaN(this.published) ? null : new Date(this.published).getUTCMonth() + 1;
    for (let k = from; k < this.toks.length && this.toks[k]!.start < sentence.end; k++) {
      const w = this.ws[k]!;
      const near = nearest(k);
      const m = marks[near]!;
      // the marks before this token, which noteBefore reads only for a token before its figure
      const was = k < figures[near]!.count.at ? markBits(m) : 0;
      const scope = scopes[near]!;
      // a cumulative marker far from every figure (`لم ترد أنباء عن سقوط قتلى حتى الآن`) scopes none
      const close = Math.abs(figures[near]!.count.at - k) <= MARKER_REACH;
      const { bits, incident } = markersOf(w);
      if ((bits & MARKER.since) !== 0) m.since ||= close && !this.comparedSince(figures[near]!.count.at, k) && !this.sinceInOwnClause(figures[near]!.count.at, k);
      else if ((bits & MARKER.during) !== 0 && PERIODS.has(this.ws[k + 1] ?? "")) m.cumulative ||= close;
      else if ((bits & MARKER.cumulative) !== 0 || (w === SO_FAR[0] && this.ws[k + 1] === SO_FAR[1])) m.cumulative ||= close;
      else if (((bits & MARKER.background) !== 0 && this.inAnotherEvent(k)) || this.periodBeforeOrAfter(k)) m.background = true;
      else if ((bits & MARKER.thatTime) !== 0 && close && this.ws[k - 1] !== IN) m.background = true;
      else if (close && this.yearsBefore(k)) m.background = true;
      // `خلال الأيام الماضية`, `في الأعوام الماضية`: the recent days or years up to now, a cumulative count
      else if ((bits & MARKER.earlier) !== 0 && k > 0 && RECENT_PERIODS.has(this.ws[k - 1]!)) m.cumulative ||= close;
      else if ((bits & MARKER.earlier) !== 0 && k > 0 && (EARLIER_PERIODS.has(this.ws[k - 1]!) || this.earlierIncidentBefore(k))) m.background = true;
      else if ((HISTORIC_EVENTS.has(w) || (w === WORLD_WAR[0] && this.ws[k + 1] === WORLD_WAR[1])) && close) m.background = true;
      if (w.length === 4 && /^(?:1[89]|20)\d\d$/.test(w) && !this.inDate[k] && !figures.some((f) => f.count.at === k) && !this.datesABirth(k)) {
        if (pubYear !== null && Number(w) < pubYear) m.earlierYear = true;
        scope.time ??= w;
      }
      const month = this.monthAt(k);
      if (month !== null && pubMonth !== null && month < pubMonth && !this.inStartClause(k)) m.background = true;
      noteBefore(near, k, was);
      if (incident !== null) {
        const f = nearest(k);
        const d = Math.abs(figures[f]!.count.at - k);
        if (d < marks[f]!.eventDistance) {
          marks[f]!.eventDistance = d;
          scopes[f]!.event = incident;
        }
      }
    }
    for (const d of this.options.dateSpans ?? []) {
      if (d.start < sentence.start || d.start >= sentence.end || !d.value) continue;
      const at = this.tokenAt(d.start);
      const f = nearest(at);
      scopes[f]!.time ??= d.value.slice(0, 10);
      const t = Date.parse(d.value);
      if (!Number.isNaN(t) && !Number.isNaN(this.published) && this.published - t > BACKGROUND_DAYS * DAY_MS && d.kind !== "weekday" && !this.inStartClause(at) && !this.datesABirth(at) && !this.datesTallysEvent(at, figures[f]!.count.at)) {
        marks[f]!.background = true;
        if (at < figures[f]!.count.at) marksBefore[f]!.background = true;
      }
    }
    // markers standing before the sentence's first figure scope all of its figures (`وفي 22 نيسان/أبريل،
    // قتل 57 شخصاً … وأصيب 119`: the earlier date opening the sentence is the injured's too)
    const first = figures[0]!.count.at;
    let leading = { since: false, cumulative: false, background: false, earlierYear: false };
    for (let k = from; k < first; k++) {
      const { bits } = markersOf(this.ws[k]!);
      if ((bits & MARKER.since) !== 0) leading = { ...leading, since: true };
      else if ((bits & MARKER.during) !== 0 && PERIODS.has(this.ws[k + 1] ?? "")) leading = { ...leading, cumulative: true };
      const month = first - k <= LEADING_DATE_REACH ? this.monthAt(k) : null;
      if (month !== null && pubMonth !== null && month < pubMonth && !leading.since && !this.inStartClause(k)) leading = { ...leading, background: true };
    }
    for (const d of this.options.dateSpans ?? []) {
      if (d.start < sentence.start || d.start >= this.toks[first]!.start || first - this.tokenAt(d.start) > LEADING_DATE_REACH || !d.value) continue;
      const t = Date.parse(d.value);
      if (!Number.isNaN(t) && !Number.isNaN(this.published) && this.published - t > BACKGROUND_DAYS * DAY_MS && d.kind !== "weekday" && !leading.since && !this.inStartClause(this.tokenAt(d.start)) && !this.datesABirth(this.tokenAt(d.start)) && !this.datesTallysEvent(this.tokenAt(d.start), first)) leading = { ...leading, background: true };
    }
    figures.forEach((figure, f) => {
      if (!this.inEarlierEvent(figure.count.at, from)) return;
      marks[f]!.background = true;
      this.inEarlierEvents.add(figure);
    });
    // `هاجموا في كانون الثاني/يناير مكتباً … ما أسفر عن سقوط خمسة قتلى على الأقل وإصابة 25`: a marker
    // before a figure scopes the figure joined to it by و as well (one clause, one time)
    for (let f = 1; f < figures.length; f++) {
      if (!this.joinedByAnd(figures[f - 1]!, figures[f]!)) continue;
      for (const key of MARK_KEYS) if (marksBefore[f - 1]![key]) marks[f]![key] = marksBefore[f]![key] = true;
    }
    scopes.forEach((scope, f) => {
      const m = marks[f]!;
      m.since ||= leading.since;
      m.cumulative ||= leading.cumulative;
      m.background ||= leading.background;
      scope.place = this.placeOf(figures[f]!);
      // a count since a start is cumulative (منذ 2011 in the gold's conventions), unless it counts the
      // start itself: an event before the story's year told in a relative clause after منذ (`أسوأ منذ
      // تفجيرات بالي 2002 التي قتل فيها 202`, `منذ سلسلة الهجمات التي وقعت … عام 2000 وأسفرت عن مقتل 15`)
      if (m.since) scope.extent = this.countsTheStart(from, figures[f]!.count.at) ? "background" : "cumulative";
      else if (m.background || m.earlierYear) scope.extent = "background";
      else if (m.cumulative) scope.extent = "cumulative";
    });
    // `ومقتل 14 عسكريا بينهم سبعة إيرانيين`: a part with no marker of its own is counted when its total is
    let total = -1;
    figures.forEach((figure, f) => {
      if (!figure.isPart) total = f;
      else if (total >= 0 && scopes[f]!.extent === "event") scopes[f]!.extent = scopes[total]!.extent;
    });
    // `أن 27 شخصاً قتلوا، وأصيب 100 آخرون في ولاية راجستان`: a place closing the clause is every figure's in it
    for (let f = figures.length - 2; f >= 0; f--) {
      if (scopes[f]!.place || !scopes[f + 1]!.place || this.hardStopIn(figures[f]!.count.at + 1, figures[f + 1]!.count.at + 1)) continue;
      // a figure with its own place phrase the recognizer did not name keeps none (`64 شخصاً في أوتار براديش، و43 … في أغرا`)
      if (this.hasPlacePhrase(figures[f]!, figures[f + 1]!.count.at)) continue;
      scopes[f]!.place = scopes[f + 1]!.place;
    }
    return scopes;
  }

  /** Whether a comma stands between token k and the next. */
  private commaAfter(k: number): boolean {
    return hasComma(this.text, this.toks[k]!.end, this.toks[k + 1]!.start);
  }

  /**
   * `"انتهاك مشين" لحقوق الإنسان عقب مقتل العشرات` in a story that counts `قتل عشرات المحتجين` as its
   * own: a count after عقب that the article states elsewhere, not as background, is the story's event.
   */
  private keepStoryCounts(facts: Fact[], afterEvent: boolean[]): void {
    const storySentences = new Set<string>();
    facts.forEach((f, i) => {
      if (!afterEvent[i] || f.scope?.extent !== "background") return;
      const own = facts.find((g, j) => !afterEvent[j] && g.kind === f.kind && g.value === f.value && g.valueMax === f.valueMax && g.scope?.extent !== "background");
      if (!own) return;
      f.scope = { ...f.scope, extent: own.scope!.extent };
      storySentences.add(f.text);
    });
    // `عقب مقتل العشرات وجرح الآلاف`: the counts joined to the story's own in that phrase are the story's too
    facts.forEach((f, i) => {
      if (afterEvent[i] && f.scope?.extent === "background" && storySentences.has(f.text)) f.scope = { ...f.scope, extent: "event" };
    });
  }

  /**
   * `وكان يتحدث في أعقاب مقتل ستة أشخاص`, `ويأتي التفجير عقب سلسلة من الهجمات … أسفرت عن مقتل عشرات`,
   * `عقب تفجير انتحاري في مانشستر راح ضحيته 22 شخصا`: the figure at `at` counts the earlier event
   * عقب / في أعقاب names, or بعد after a verb of coming (`الذي يأتي بعد سلسلة هجمات في كابول أوقعت 51 قتيلا`) names
   * (its noun, a relative clause on it), unless a comma, a stop, another clause
   * or a result verb joined by و (the main clause's: `عقب صلاة الجمعة وأسفر عن مقتل 5`) comes between.
   */
  private inEarlierEvent(at: number, from: number): boolean {
    for (let k = at - 1; k >= Math.max(from, at - AFTER_EVENT_REACH); k--) {
      if (this.stop[k + 1] || this.commaAfter(k)) return false;
      const w = this.ws[k]!;
      if (AFTER_EVENT.has(w) || (w === WAKE && IN_WAKE.has(this.ws[k - 1] ?? "")) || (w === AFTER && this.comesBefore(k))) return true;
      if (AFTER_EVENT_ENDS.has(w) || (w.startsWith("و") && RESULT_VERBS.has(w.slice(1)))) return false;
    }
    return false;
  }

  /** A verb of coming a few words before the بعد at token k, in its clause (`الذي يأتي بعد`, `وتاتي المداهمات بعد`). */
  private comesBefore(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - COMES_REACH) && !this.stop[j + 1]; j--) if (COMES.has(this.ws[j]!)) return true;
    return false;
  }

  /**
   * `خمسة قتلى على الأقل وإصابة 25`, `وفاة تسعة وإصابة 41 آخرين`: the figure `next` follows `prev` in
   * its clause, joined by و after at most a qualifier (no comma, no stop between them).
   */
  private joinedByAnd(prev: Figure, next: Figure): boolean {
    let k = prev.after;
    if (this.ws[k] === AT_LEAST_AFTER[0] && this.ws[k + 1] === AT_LEAST_AFTER[1]) k += 2;
    else if (ABOUT_AFTER.has(this.ws[k] ?? "")) k++;
    if (k >= next.count.at || next.count.at - k > JOINED_GAP || !this.ws[k]!.startsWith("و")) return false;
    for (let j = prev.after; j <= next.count.at; j++) if (this.stop[j]) return false;
    return !/[،,]/.test(this.text.slice(this.toks[prev.after - 1]!.end, this.toks[next.count.at]!.start));
  }

  /**
   * `مقتل 50 شخصا … في أسوأ موجة عنف تشهدها المدينة منذ سنوات`, `في أعلى حصيلة … منذ بدأت`: منذ at
   * `since` after a superlative that follows the figure at `at` dates the comparison, not the count.
   */
  private comparedSince(at: number, since: number): boolean {
    if (at >= since) return false;
    for (let k = at + 1; k < since; k++) if (SUPERLATIVE_BEFORE_SINCE.has(this.ws[k]!)) return true;
    return false;
  }

  /**
   * `أجلت 13 منهم …، لكن السفينة تنتظر منذ مساء الخميس`, `قتل مئات الأشخاص في عام 2018، ولا يزال العنف …
   * مستمرا منذ عدة سنوات`: منذ at `since` after the figure at `at` stands in a clause of its own (لكن, حيث or
   * لا يزال between them) and dates that clause's verb, not the count; unless that clause tells a start.
   */
  private sinceInOwnClause(at: number, since: number): boolean {
    let own = false;
    for (let k = at + 1; k < since; k++) {
      const w = this.ws[k]!;
      if (OWN_CLAUSE_OPENERS.has(w) || (STILL.has(w) && STILL_NOT.has(this.ws[k - 1] ?? ""))) own = true;
      else if (own && START_VERBS.has(w)) return false;
    }
    return own;
  }

  /**
   * Token k (a year or a date) dates a birth: a birth word (`ولد`, `مواليد`, `المولود`) stands at most
   * BIRTH_REACH words before it in its clause (`ولد في الشيشان في عام 1997`, `من مواليد دولة الشيشان عام 1997`).
   */
  private datesABirth(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - BIRTH_REACH) && !this.hardStop[j + 1]; j--) if (BIRTH_WORDS.has(this.ws[j]!)) return true;
    return false;
  }

  /**
   * `"مسيرة العودة الكبرى" التي انطلقت في 30 مارس`: a date at k in a relative clause of a start
   * (بدأ، انطلق، اندلع) dates when what the figure is counted in began, not the figure.
   */
  private inStartClause(k: number): boolean {
    for (let j = k - 1; j >= Math.max(1, k - START_CLAUSE_REACH); j--) {
      if (START_VERBS.has(this.ws[j]!) && SINCE_RELATIVES.has(this.ws[j - 1]!)) return true;
    }
    return false;
  }

  /**
   * The figure at `at` counts the event منذ names, not what followed it: the last منذ of the sentence
   * before it is followed, before the figure, by a relative pronoun and a year (a start is past).
   */
  private countsTheStart(from: number, at: number): boolean {
    let since = -1;
    for (let k = at - 1; k >= from; k--) {
      if ((markersOf(this.ws[k]!).bits & MARKER.since) !== 0) {
        since = k;
        break;
      }
    }
    if (since < 0) return false;
    let relative = false;
    let earlierYear = false;
    for (let k = since + 1; k < at; k++) {
      const w = this.ws[k]!;
      if (SINCE_RELATIVES.has(w)) relative = true;
      else if (/^(?:1[89]|20)\d\d$/.test(w)) earlierYear = true;
    }
    return relative && earlierYear;
  }

  /**
   * `بعد أيام من`, `قبل أشهر`, `بعد نحو أسبوع من مقتل 25`, `بعد شهرين من نزوح`: a time well before or
   * after the story's, maybe qualified; a single week, month or year only as `… من` (`بعد عام 2011` is a year).
   */
  private periodBeforeOrAfter(k: number): boolean {
    const w = BEFORE_AFTER.lookup(this.ws[k]!)?.form;
    if (w === undefined) return false;
    const at = QUALIFIER_WORDS.has(this.ws[k + 1] ?? "") ? k + 2 : k + 1;
    const period = this.ws[at] ?? "";
    if (BACKGROUND_PAIRS.some(([a, b]) => w === a && period === b)) return true;
    return SINGLE_PERIODS.has(period) && this.ws[at + 1] === "من";
  }

  /**
   * `ارتفعت الحصيلة المؤقتة للأمطار الغزيرة التي هطلت الأسبوع الماضي … إلى 179 قتيلا`, `حصيلة الزلزال الذي تبعه تسونامي …
   * الاسبوع الماضي، بلغت نحو ألفي قتيل`: a date in the relative clause naming the event of a toll that rises or reaches the
   * figure after it dates the event, not the toll, which is the story's latest.
   */
  private datesTallysEvent(at: number, figureAt: number): boolean {
    if (at >= figureAt) return false;
    const relative = this.lastInClauseBefore(at, TALLY_EVENT_CLAUSE_REACH, RELATIVE_ON_NOUN);
    if (relative < 0) return false;
    const tally = this.lastInClauseBefore(relative, TALLY_EVENT_CLAUSE_REACH, TALLY_NOUNS);
    if (tally < 0) return false;
    for (let k = Math.max(0, tally - FRONTED_RISE_REACH); k < figureAt; k++) if (RISE_WORDS.has(this.ws[k]!) && (k < tally || k > at)) return true;
    return false;
  }

  /**
   * `قتل فيها 34 شخصا أثناء محاولة انقلاب فاشلة قبل عامين`, `أودت بحياة 13 شخصا قبل نحو عشرين عاما`, `قبل نحو عقد من الزمن`:
   * years before the story's, maybe qualified (a decade only as `عقد من`: `قبل عقد القمة` is before holding it).
   */
  private yearsBefore(k: number): boolean {
    if (this.ws[k] !== BEFORE || this.stop[k + 1]) return false;
    const at = QUALIFIER_WORDS.has(this.ws[k + 1] ?? "") ? k + 2 : k + 1;
    const period = this.ws[at] ?? "";
    if (TWO_YEARS.has(period) || (period === DECADE && this.ws[at + 1] === OF)) return true;
    const n = mayStartNumber(period) ? readNumber(this.ws, at) : null;
    return n !== null && n.valueMax === null && YEAR_UNITS.has(this.ws[n.end] ?? "");
  }

  /**
   * `في هجمات مماثلة`, `بهجوم مماثل`: the figure counted in another, similar event; but `أن انفجاراً
   * مماثلاً وقع في …` tells a second event of the story's day, as news.
   */
  private inAnotherEvent(k: number): boolean {
    const noun = this.ws[k - 1] ?? "";
    return noun.startsWith("ب") || noun.startsWith("ف") || IN_EVENT.has(this.ws[k - 2] ?? "");
  }

  /** `46 شخصاً في أوتار براديش`, `و31 في ولاية راجستان`: a place named right after the counted people. */
  private placeOf(figure: Figure): string | null {
    const places = this.options.places ?? [];
    for (let k = figure.count.end; k < Math.min(this.toks.length, figure.count.end + PLACE_REACH) && !this.stop[k]; k++) {
      // `36 شخصاً لقوا حتفهم هناك`: the place named last before it
      if (THERE.has(this.ws[k]!)) return [...places].reverse().find((p) => p.end <= this.toks[figure.count.at]!.start)?.text ?? null;
      if (!PLACE_PREPOSITIONS.has(this.ws[k]!) && !this.ws[k]!.startsWith("ب") && !this.ws[k]!.startsWith("ف")) continue;
      const head = PLACE_PREPOSITIONS.has(this.ws[k]!) ? k + 1 : k;
      const at = this.toks[head];
      if (!at) return null;
      const place = places.find((p) => p.start >= at.start && p.start < at.end + PLACE_HEAD_CHARS);
      if (place) return place.text;
    }
    return null;
  }

  private hasPlacePhrase(figure: Figure, before: number): boolean {
    for (let k = figure.count.end; k < Math.min(before, figure.count.end + PLACE_REACH); k++) if (PLACE_PREPOSITIONS.has(this.ws[k]!)) return true;
    return false;
  }

  /** A month named at token k in a date context (`في نيسان`, `نيسان/أبريل`, `9 أبريل`), else null. */
  private monthAt(k: number): number | null {
    const w = this.ws[k]!;
    const name = (MONTH_FIRST_WORDS.has(w) ? MONTHS.get(`${w} ${this.ws[k + 1] ?? ""}`) : undefined) ?? MONTHS.get(w) ?? (startsWithWBF(w) ? MONTHS.get(w.slice(1)) : undefined);
    if (name === undefined) return null;
    const prev = this.ws[k - 1] ?? "";
    const next = this.ws[k + 1] ?? "";
    const inContext = MONTH_CONTEXT.has(prev) || /^\d+$/.test(prev) || MONTHS.has(next) || /^\//.test(this.text.slice(this.toks[k]!.end, this.toks[k]!.end + 1));
    return inContext ? name : null;
  }

  private tokenAt(offset: number): number {
    return lowerBound(this.toks, (t) => t.end <= offset);
  }
}

/**
 * `مقتل 77 شخصاً` … `و31 في ولاية راجستان`: a figure with a place, in an article that states a larger
 * one of the same kind and extent with no place, is a regional part of that total.
 */
function markRegionalParts(facts: Fact[]): void {
  for (const f of facts) {
    if (!f.scope?.place || f.scope.part) continue;
    const total = facts.some((t) => t !== f && t.kind === f.kind && !t.scope?.place && t.scope?.extent === f.scope!.extent && t.value > (f.valueMax ?? f.value));
    if (total) f.scope.part = true;
  }
}

type KindStep = (r: FigureReader, c: Count, qStart: number) => { kind: Kind; unnamedOk: boolean } | null;

const named = (kind: Kind | null, unnamedOk: boolean) => (kind ? { kind, unnamedOk } : null);

/** The kind cascade, in order (see the module comment). */
const STEPS = {
  counted: (r, c) => named(r.fromCounted(c), true),
  cueBefore: (r, _c, q) => named(r.cueBefore(q), true),
  cueBeforeEventPronoun: (r, _c, q) => named(r.cueBeforeEventPronoun(q), true),
  executionBefore: (r, _c, q) => named(r.executionBefore(q), false),
  adjacentVerb: (r, _c, q) => named(r.adjacentVerb(q), false),
  fallBefore: (r, c, q) => named(r.fallBefore(c, q), false),
  tally: (r, c, q) => named(r.tally(q) ?? r.risingTally(q) ?? r.tallyAfter(c, q) ?? r.deathTally(q), true),
  opposed: (r, c, q) => named(r.opposed(c, q), true),
  subgroup: (r, c, q) => named(r.subgroup(c, q), true),
  partOfPrevious: (r, c, q) => named(r.partOfPrevious(c, q), true),
  // an item of an enumeration of parts (`28 قتيلا هم خمسة مدنيين … وخمسة متعاقدين`, `وخمسة لم يتم التعرف على هوياتهم`) counts people unnamed too
  coordinated: (r, _c, q) => named(r.coordinated(q), r.afterPart()),
  ellipsis: (r, c, q) => named(r.ellipsis(c, q), true),
  breakdown: (r, c, q) => named(r.breakdown(c, q), true),
  among: (r, c, q) => named(r.among(q), r.amongRightBefore(c, q)),
  amongOpening: (r, _c, q) => named(r.amongOpening(q), false),
  subgroupOfNamed: (r, _c, q) => named(r.subgroupOfNamed(q), false),
  idiomAfter: (r, c) => r.idiomAfter(c),
  stillInState: (r, c, q) => named(r.stillInState(c, q), c.hasPerson || c.valueMax !== null),
  inCustody: (r, c, q) => named(r.inCustody(c, q), true),
  // `طلبا اللجوء …، وينحدر ستون منهم من أفغانستان`: people by a pronoun are counted by a verb only
  verbBefore: (r, c, q) => {
    const kind = r.verbBefore(q, !!c.byPronoun, c.hasPerson && !c.byPronoun);
    return named(kind, kind !== null && r.vagueObjectOfVerb(c, q, kind));
  },
  agreeingAfter: (r, c) => r.agreeingAfter(c),
  dualVerbAfter: (r, c) => named(r.dualVerbAfter(c), false),
  dualOthersOfObject: (r, c) => named(r.dualOthersOfObject(c), false),
  selfDetonation: (r, c, q) => named(r.selfDetonation(c, q), true),
  searchedFor: (r, c, q) => named(r.searchedFor(c, q), true),
  refugeBefore: (r, _c, q) => named(r.refugeBefore(q), false),
  ofNamedPeople: (r, c) => named(r.ofNamedPeople(c), false),
} satisfies Record<string, KindStep>;

/** Steps that read a kind from an event word right before or earlier in the clause: a bare number there may share a group. */
const BARE_COUNT_STEPS: ReadonlySet<KindStep> = new Set([STEPS.cueBefore, STEPS.cueBeforeEventPronoun, STEPS.adjacentVerb, STEPS.verbBefore]);

const KIND_STEPS: readonly KindStep[] = [
  STEPS.counted, STEPS.cueBefore, STEPS.cueBeforeEventPronoun, STEPS.executionBefore, STEPS.selfDetonation, STEPS.searchedFor, STEPS.refugeBefore, STEPS.adjacentVerb, STEPS.fallBefore, STEPS.tally, STEPS.opposed, STEPS.subgroup, STEPS.partOfPrevious, STEPS.breakdown, STEPS.ellipsis, STEPS.coordinated, STEPS.among, STEPS.idiomAfter, STEPS.stillInState, STEPS.inCustody, STEPS.verbBefore, STEPS.agreeingAfter,
  STEPS.amongOpening, STEPS.subgroupOfNamed, STEPS.ofNamedPeople,
];

/** Heads of one man of a force (`رجل أمن`, `عنصر شرطة`): joined, one more person, not people counted with a number. */
const SINGULAR_HEADS = wordLexicon("رجل فرد عنصر");
/** Broken plurals of group nouns (folded): joined to a counted phrase, people counted with it. */
const BROKEN_GROUP_PLURALS = wordLexicon("جنود ضباط أطفال نساء نسوة سيدات فتيات قصر رضع أطباء نشطاء دواعش عناصر ميليشيات مليشيات قادة قيادات");

/** A lexicon's matched form without its article (`المدنيين` → `مدنيين`). */
function withoutArticle(form: string): string {
  return form.startsWith("ال") ? form.slice(2) : form;
}

/** A dual (`امرأتين`, `عنصرين`, `مدنيان`) or a sound plural in the nominative (`مقاتلون`). */
function isDualOrNominative(form: string): boolean {
  const bare = withoutArticle(form);
  return DUAL_YEEN.has(bare) || /(?:ان|تين|ون)$/.test(bare);
}

/** A plural of a group noun (sound or broken), as the form a lexicon matched (`مدنيين`, `المدنيين`, `جنود`). */
function isPluralPeople(form: string): boolean {
  const bare = withoutArticle(form);
  return /(?:ين|ون|ات)$/.test(bare) || BROKEN_GROUP_PLURALS.has(bare);
}

/**
 * `400 فلسطيني`, `مئة سوري`: after a number, a singular nisba (ـي) counts people too; a short one (`سوري`, `يمني`,
 * `مصري`: four letters, like many other words in ـي) only when it is a nationality (`ما بين 270 ألفا و330 ألف سوري`).
 */
function isNisbaSingular(w: string): boolean {
  const bare = w.replace(/^[وفبل]/, "");
  if (bare.startsWith("ال") || !bare.endsWith("ي") || NOT_NISBA.has(bare)) return false;
  return bare.length >= 5 || (bare.length === 4 && NATIONALITIES.has(bare));
}

/**
 * Broken plurals of nationalities and of foreigners, people as the sound plurals are (`اعتقال 11 سوريا و3
 * مغاربة`, `إيقاف 5 أجانب`, `وإصابة 10 آخرين، 7 روس`).
 */
const BROKEN_NISBA_PLURALS = wordLexicon("أجانب مغاربة روس أكراد أتراك ألمان أرمن شيشان هنود أفغان");
const NOT_NISBA = wordLexicon("ميلادي هجري سنوي يومي شهري تقريبي إضافي حالي دولي أممي مالي إجمالي");

/** A dual names two people only with its cue right by it (`أصيب طفلان`, `بينهم مدنيان`), never a verb further off. */
const DUAL_KIND_STEPS: readonly KindStep[] = [STEPS.counted, STEPS.cueBefore, STEPS.cueBeforeEventPronoun, STEPS.selfDetonation, STEPS.adjacentVerb, STEPS.subgroup, STEPS.coordinated, STEPS.dualVerbAfter, STEPS.dualOthersOfObject];
/** A dual in construct is plainly a count of two: a verb agreeing after it (`ضابطي شرطة ومدنيا أصيبوا`) counts too. */
const CONSTRUCT_DUAL_KIND_STEPS: readonly KindStep[] = [...DUAL_KIND_STEPS, STEPS.agreeingAfter];

/** A nationality or other nisba people word: فلسطينيين، سوريون، إيرانياً. */
function isNisba(w: string): boolean {
  const bare = w.replace(/^[وفبل]/, "");
  if (bare.startsWith("ال")) return false;
  if (BROKEN_NISBA_PLURALS.has(bare)) return true;
  if (bare.length >= 5 && /(?:يين|يون)$/.test(bare)) return true;
  return bare.length >= 5 && /يا$/.test(bare) && !ADVERBS_IN_YA.has(bare);
}

/**
 * A dual of a noun the lexicons know: ـان / ـتان on its singular (مدنيان، طفلتان; not سكان, whose
 * stem is no word); ـين only where the plural is broken (طفلين), since مدنيين is also the plural.
 */
function isDualForm(form: string, known: (stem: string) => boolean): boolean {
  if (DUAL_YEEN.has(form)) return true;
  if (/(?:تان|تين)$/.test(form)) return known(form.slice(0, -3) + "ه");
  return form.endsWith("ان") && known(form.slice(0, -2));
}

/** `هذا`, `هؤلاء`: a demonstrative between من and the people it points at (`المئات من هذا التنظيم`). */
const DEMONSTRATIVES = wordLexicon("هذا هذه هؤلاء ذلك تلك أولئك");

/** `المشاركين`, `المعتصمون`: ال + a stem of 3 letters or more + ـين / ـون (no scale word: الملايين). */
function isDefiniteSoundPlural(w: string): boolean {
  return /^ال\S{3,}(?:ين|ون)$/.test(w) && !NOT_PEOPLE_PLURALS.has(w);
}
const NOT_PEOPLE_PLURALS = wordLexicon("الملايين الماليين البلايين الثلاثين الأربعين الخمسين الستين السبعين الثمانين التسعين العشرين السنين الجانبين الطرفين القوانين الميادين البراكين الدواوين العناوين الموازين الشياطين");

/** A sound or broken plural carrying a possessive pronoun (مرافقيه، مناهضيهم، أبنائها), no preposition (بينهم، عليهم). */
function isPossessedPlural(w: string): boolean {
  return w.length >= 6 && /(?:ي|ائ|اء)(?:ه|ها|هم|هن|هما)$/.test(w) && !NOT_POSSESSED.has(w);
}
const NOT_POSSESSED = wordLexicon("بينهم بينهما بينهن عليهم عليها إليهم لديهم لديها فيهم فيها أيديهم أيديها");

/** Words of a sentence passed (`حكم الإعدام`, `أحكاما … والإعدام`, `عقوبة الإعدام`). */
const SENTENCING = wordLexicon("حكم حكما أحكام أحكاما الحكم الأحكام عقوبة عقوبات بعقوبة");
/** How far back from الإعدام a word of sentencing may stand in its clause, in words. */
const SENTENCE_REACH = 8;

/** `بالإعدام`: sentenced to death (حكم بالإعدام على، أحكام بالإعدام بحق), not executed. */
const DEATH_SENTENCE = /^و?ب(?:ال)?اعدام$/;
/** `إعدام` with no article or preposition glued (`بـ"إعدام`, `في إعدام`): a sentence when a court rules before it (isCourtSentence). */
const INDEFINITE_EXECUTION = /^و?اعدام$/;
/** Words between a court and إعدام that put the killing in another clause or time (`بعد إعدام 8 رهائن`). */
const SENTENCE_BREAKS = wordLexicon("بعد قبل إثر اثر عقب جراء بسبب");

/** The word is its lexicon form with the conjunction و glued before it (`وإصابة`). */
function isJoined(word: string, form: string): boolean {
  return word.startsWith("و") && !form.startsWith("و");
}

/** `قتلا`, `أصيبا`, `لقيا`, `قضيا`: a perfect dual (ـا; not the plural ـوا, nor ـها her / ـنا we). */
function isDualVerb(form: string): boolean {
  return form.length >= 4 && form.endsWith("ا") && !/(?:وا|ها|نا)$/.test(form);
}

const OTHERS = wordLexicon("آخرين آخران آخرون");

/** How many words the من phrase naming a dual subject's people may run before its verb (`عضوان من مسلحي حماس قد قتلا`). */
const DUAL_SUBJECT_OF_REACH = 4;

/** Words of a birth a year after them dates (`ولد في … عام 1997`, `من مواليد … عام 1997`), and how far back they stand. */
const BIRTH_WORDS = wordLexicon("ولد ولدت مواليد المولود المولودة مولود مولودة");
const BIRTH_REACH = 5;

/** The dual of a kin noun in construct (`والدي`, `نجلي`, `ابنتي`), with a possessive pronoun after it (`والديه`, `ابنيها`): group 1 is the pronoun. Normalized forms (أ → ا). */
/**
 * The possessed kin duals kinDualCount reads (والديه, نجليهما; والدي before a definite noun), each to its
 * pronoun ("" for none): looked up, not matched by a regex, as every word a count is read at is asked.
 */
const KIN_DUAL_PRONOUN: ReadonlyMap<string, string> = new Map(
  ["والدي", "نجلي", "ابني", "ابنتي", "بنتي", "شقيقي", "شقيقتي", "اخوي", "حفيدي"].flatMap((stem) => ["", "ه", "ها", "هم", "هما", "هن"].map((pronoun) => [stem + pronoun, pronoun] as const)),
);

/** A couple, the dual of زوج (fig115): indefinite and definite, genitive and nominative. */
const COUPLE = wordLexicon("زوجين الزوجين زوجان الزوجان");

const COMMA = 0x2c;
const ARABIC_COMMA = 0x60c;

/** Whether text[from, to) holds a comma (، or ,): read in place, not sliced and matched, for every pair of words scopesOf asks. */
function hasComma(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === ARABIC_COMMA) return true;
  }
  return false;
}

/** `قتلهما` agrees with two people, `قتلهم` / `اعتقلتهن` with more. */
function agreesAsObject(form: string, value: number): boolean {
  if (form.endsWith("هما")) return value === 2;
  return /(?:هم|هن)$/.test(form) && value > 2;
}

/** واحد after a singular noun of people is its number (`شخص واحد`). */
const ONE_AFTER = wordLexicon("واحد واحدا واحدة");
const PER_EACH = normalizeArabic("لكل");
/** اثنين after a dual or plural noun is its number (`مدنيين اثنين`). */
const TWO_AFTER = wordLexicon("اثنين اثنان اثنتين اثنتان");
/** Definite cardinals that follow their definite noun (`المصابين الأربعة`); الاثنين is also Monday, so two is left out. */
const DEFINITE_CARDINALS = new Map<string, number>(
  (
    [
      ["الثلاثة", 3], ["الأربعة", 4], ["الخمسة", 5], ["الستة", 6], ["السبعة", 7], ["الثمانية", 8], ["التسعة", 9], ["العشرة", 10],
      ["الثلاث", 3], ["الأربع", 4], ["الخمس", 5], ["الست", 6], ["السبع", 7], ["الثماني", 8], ["التسع", 9], ["العشر", 10],
    ] as Array<[string, number]>
  ).map(([w, v]) => [normalizeArabic(w), v]),
);
/** Ordinal adjectives after a definite cardinal: the cardinal numbers a span of time or things, no people (`الستة الأولى`). */
const NOT_PEOPLE_AFTER_CARDINAL = wordLexicon("الأولى الأول الأوائل الأولين الأخيرة الأخير الأخيرين الأواخر الماضية الماضي المقبلة المقبل القادمة");
/** The ten of a teen after a definite cardinal (`الخمسة عشر`). */
const TEEN_TENS = wordLexicon("عشر عشرة");
/** Words ending like a dual that are no people noun before اثنين. */
const FUNCTION_WORDS = wordLexicon("بين الذين اللذين اللتين هذين هاتين كلتا كلا");

// (طيارين is also the sound plural, but news counts the crew of one aircraft: the pool's bare `مقتل طيارين
// روسيين` (CNN, twice) and `إصابة طيارين أميركيين` (Al Arabiya) are all two; with a number it is the plural, `مقتل 4 طيارين`)
/** فتى's broken plural, which is also its dual in the nominative (فتيان), and its oblique dual (فتيين). */
const BOYS_BROKEN = wordLexicon("فتيان فتيين");

const DUAL_YEEN_WORDS = "طفلين شخصين رجلين امرأتين قتيلين جريحين شابين طالبين شقيقين جنديين ضابطين عنصرين فتاتين سيدتين ضحيتين طيارين";
const DUAL_YEEN = wordLexicon(DUAL_YEEN_WORDS);
/**
 * The code unit before ين in each of DUAL_YEEN's folded forms. Every form a word list finds in a word
 * ends it, so a construct dual (`طفلي`, `جنديا`) has one of them before its last letter: most words
 * ending in ي or ا (`التي`, `مثلا`) then need no question to the list, with its word built for it.
 */
const DUAL_STEM_LAST_UNITS: ReadonlySet<number> = new Set(splitWords(DUAL_YEEN_WORDS).map((w) => normalizeArabic(w)).map((f) => f.charCodeAt(f.length - 3)));
