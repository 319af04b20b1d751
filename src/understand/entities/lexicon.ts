/**
 * Word lists the entity tagger and its post-processing use, in normalized form (normalize.ts), written
 * for marsad from general knowledge of Arabic news style:
 * - PERSON_CUES: titles and roles that precede a person's name (الرئيس, وزير, المتحدث...);
 * - ORG_HEADS: first words of organization names (وزارة, حزب, جامعة...);
 * - LOC_CUES: words that precede a place name (مدينة, محافظة, إقليم...);
 * - NEVER_ENTITIES: words that are never an entity on their own: weekdays, months (Gregorian in
 *   the eastern and Levantine styles, Hijri), platform names used as common nouns, reporting verbs;
 * - CITIES: capitals and large cities frequent in Arabic news, for the location gazetteer.
 */

import { WIKIDATA_NISBA_FAMILY_NAMES } from "./nisba-family-names.js";
import { KNOWN_COMPANIES, KNOWN_OUTLETS } from "./known-brands.js";

/** Lineage and kunya words inside a person's name (بن, ابن, بنت, أبو, أم): the word after them belongs to the name, whatever it means alone (عبدالله بن مساعد, أبو سامي), and a name never starts at them. */
export const NAME_LINKS: ReadonlySet<string> = new Set(["بن", "ابن", "بنت", "ابو", "ام"]);
/** NAME_LINKS and عبد, which opens a compound given name (عبد الله): the words after which the next word belongs to the name. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([...NAME_LINKS, "عبد"]);

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

export const PERSON_CUES = new Set(
  words(`الرئيس رئيس رئيسه الرئيسه وزير الوزير وزيره الوزيره الملك الملكه الامير الاميره امير الشيخ الشيخه السيد السيده
  الدكتور الدكتوره د المستشار المستشاره النائب النائبه الجنرال اللواء العميد العقيد الفريق المشير الرائد النقيب القاضي
  المحامي الناطق المتحدث المتحدثه البابا الامام الكاردينال المطران البطريرك المدرب اللاعب الفنان الفنانه الكاتب الكاتبه
  الشاعر الصحفي الصحفيه المراسل السفير السفيره المبعوث المندوب الامين المدير المديره نائب زعيم الزعيم قائد القائد
  مساعد الاعلامي الاعلاميه الباحث الخبير البروفيسور المهندس الحاج المرشح المرشحه المغني المغنيه الممثل الممثله
  المخرج العاهل ولي المفوض المفوضه الحاكم حاكم المحافظ محافظ رئيسا وزيرا النجم النجمه الداعيه الاستاذ الاستاذه`),
);

export const ORG_HEADS = new Set(
  words(`وزاره الوزاره جامعه الجامعه شركه الشركه حزب الحزب حركه الحركه منظمه المنظمه هيئه الهيئه مجلس المجلس اتحاد
  الاتحاد جمعيه الجمعيه مؤسسه المؤسسه بنك البنك مصرف المصرف وكاله الوكاله صحيفه الصحيفه قناه القناه اذاعه مركز المركز
  معهد المعهد لجنه اللجنه نادي النادي جبهه الجبهه جيش الجيش قوات القوات محكمه المحكمه برلمان البرلمان مكتب المكتب
  اداره الاداره دائره الدائره مديريه المديريه الامم مجموعه المجموعه تحالف التحالف رابطه الرابطه نقابه النقابه
  مفوضيه المفوضيه كتله الكتله تنظيم التنظيم سلطه السلطه صندوق الصندوق الحرس الشرطه شرطه الاكاديميه اكاديميه`),
);

export const LOC_CUES = new Set(
  words(`مدينه المدينه محافظه المحافظه ولايه الولايه اقليم الاقليم منطقه المنطقه بلده قريه القريه عاصمه العاصمه
  جزيره الجزيره جزر نهر النهر بحر البحر جبل جبال صحراء مقاطعه المقاطعه قضاء حي مخيم المخيم ميناء مطار شارع ساحه
  بحيره خليج وادي ضاحيه مدن بلدات قري مدينتي`),
);

export const WEEKDAYS = words(`الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد اثنين ثلاثاء اربعاء خميس جمعه سبت احد`);

export const MONTHS = words(`يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر يونيه يوليه
  كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين جانفي فيفري افريل ماي جوان جويليه اوت
  محرم صفر ربيع جمادي رجب شعبان رمضان شوال القعده الحجه`);

/**
 * Platforms whose names news text uses as common nouns ("على منصة إكس"): the tagger never tags them;
 * the unambiguous ones are organizations by name (KNOWN_ORGANIZATIONS: تغريدة على تويتر, قال فيسبوك).
 */
export const PLATFORMS = words(`اكس تويتر فيسبوك انستغرام انستجرام تيليجرام تلغرام تليغرام يوتيوب تيك توك واتساب سناب شات`);

/** Words that are never an entity on their own, whatever the tagger says. */
export const NEVER_ENTITIES = new Set([...WEEKDAYS, ...MONTHS, ...PLATFORMS, ...words(`امس اليوم غدا الان`)]);

/** Landform heads that are part of a place's name (وادي الريم, جبل الشيخ), unlike مدينة or محافظة. */
export const LANDFORM_HEADS = new Set(words(`وادي جبل نهر بحر بحيره خليج جزيره جزر هضبه مرتفعات سهل صحراء واحه`));

/** Heads of facility and territory names that are part of the name (قطاع غزة, معبر رفح, مطار بيروت), unlike مدينة. */
export const FACILITY_HEADS = new Set(words(`قطاع معبر مطار ميناء قاعده قاعه ملعب جسر سد`));

/*
 * The lists below are read by recognize.ts after tagging only; the tagger's trigger features (features.ts)
 * never see them, so changing them needs no retraining.
 */

/**
 * Heads of an electoral coalition or alliance, named by a definite noun after them (تحالف الأمل, ائتلاف الوطنية), which
 * the press writes one for the other (ائتلاف الجبهة الوطنية = تحالف الجبهة الوطنية): recognized and merged by both.
 */
export const COALITION_HEADS: ReadonlySet<string> = new Set(["تحالف", "ائتلاف"]);

/** The militia word's spellings (ميليشيا, مليشيات …), written so after normalization too: a militia named for its leader's family is the group. */
export const MILITIA_WORDS: readonly string[] = ["ميليشيا", "ميليشيات", "مليشيا", "مليشيات"];
/** MILITIA_WORDS as a regex alternation, for the patterns that read a militia and its family's nisba. */
export const MILITIA_WORD_PATTERN = MILITIA_WORDS.join("|");

/**
 * Organization heads the press writes as part of the name after them (نادي الاتفاق, شركة كامبريدج
 * أناليتكا, حركة حماس, مستشفى العيون العام; armed units: فيلق القدس, سرايا القدس, كتائب القسام), unlike وكالة, منظمة or فريق before a name known alone
 * (وكالة فرانس برس, منظمة اليونسكو).
 */
export const NAMED_ORG_HEADS = new Set(words(`نادي مستشفي شركه حركه فيلق كتائب سرايا`));

/** Words that name a medium before its name in quotes (موقع "ذا هيل", صحيفة «الوطن», مجلة "فاريتي", قناة "الحدث", وكالة "تسنيم", إذاعة "مونت كارلو"). */
export const QUOTED_MEDIA_HEADS = new Set(words(`موقع صحيفه مجله قناه وكاله اذاعه`));

/**
 * Definite heads of a country's own bodies named by head + nisba of the country (الجيش الإسرائيلي,
 * المنتخب السعودي, القوات الجوية الأمريكية, الحرس الوطني الأمريكي, الاتحاد السعودي لكرة القدم,
 * الخطوط الجوية القطرية: a national carrier; البورصة المصرية: a country's stock exchange), and the
 * state's bodies the press names by their function (السفارة الأمريكية ×170 in the SaudiNewsNet + ANT
 * samples, السفارة الإسرائيلية, السعودية, الإيرانية; الدفاعات الجوية السورية ×17; التلفزيون الرسمي
 * السوري, الإيراني, الألماني: Sky News Arabia, CNN, Al Arabiya, BBC, SaudiNewsNet papers); a commission
 * named by its region's or nation's adjective (المفوضية الأوروبية: SkyNews, France24, BBC, Al Arabia, aawsat, aleqtisadiya,
 * alriyadh, was). Not المجلس (المجلس الوطني الفلسطيني, المجلس الصحي السعودي: right names, but with them stories DEV fell
 * from F1 0.925, R 0.952, hard negatives 9/17 to 0.913, 0.934, 10/17; ent101). A country's presidency and its
 * consulate, feminine nouns with a feminine adjective (الرئاسة المصرية: CNN; الرئاسة الجزائرية: France24; الرئاسة
 * الفلسطينية, التركية; القنصلية السعودية ×300 in later ANT, CNN, BBC, SkyNews, France24, Al Arabia; ent110).
 */
export const NATIONAL_BODY_HEADS = new Set(words(`الجيش المنتخب القوات الحرس الاتحاد البحريه الشرطه الخطوط البورصه السفاره الدفاعات التلفزيون المفوضيه المخابرات الاستخبارات البرلمان الرئاسه القنصليه`));

/**
 * Cities and provinces of the Gulf, Levant, Iraq, Yemen and Egypt that regional news names without a
 * cue, beyond CITIES (which the tagger's gazetteer holds): recognized by name after tagging, one word
 * matched whole or after clitics cut on evidence. Left out: names that are also common words (الخبر,
 * the news; ينبع, springs; حماة, protectors; الرمادي, grey).
 */
export const REGIONAL_PLACES = words(`الدمام الطائف تبوك ابها عسير جازان نجران حائل بريده القطيف الجبيل الاحساء الباحه عرعر سكاكا
  القصيم الهفوف الحسكه الرقه ادلب درعا اللاذقيه طرطوس السويداء القامشلي منبج عفرين سيئون المكلا تعز مارب
  حضرموت صعده الجولان كركوك النجف كربلاء الانبار الفلوجه تكريت السليمانيه
  الجيزه اسوان الاقصر بورسعيد السويس طنطا`);

/**
 * Honorific epithets a holy city's name carries as part of it (مكة المكرمة, المدينة المنورة, القدس
 * الشريف, النجف الأشرف, كربلاء المقدسة), folded: after a place mention they belong to its name.
 */
export const PLACE_EPITHETS = new Set(words(`المكرمه المنوره الشريف الاشرف المقدسه`));

/** Adjectives that close a facility's or club's name after it (مستشفى العيون العام), besides nisbas (قاعدة الرياض الجوية). */
export const NAME_TAIL_ADJECTIVES = new Set(words(`العام الدولي`));

/**
 * Titles the tagger's trigger list (PERSON_CUES) lacks, read after tagging only: a profession or rank
 * without the article (دكتور, مهندس, سفير, عريف), ranks, and words for the dead or captive and for a
 * colleague (الشهيد, المقدم, الزميل, الأسير). None is a given name (unlike أمير, أمين, سيد).
 */
export const LATE_TITLES = new Set(words(`دكتور دكتوره مهندس مهندسه سفير سفيره عريف العريف المقدم الملازم الرقيب الشهيد الشهيده
  المرحوم المرحومه الفقيد الفقيده الزميل الزميله الاسير الاسيره`));

/** Pronoun suffixes of a possessed noun (مدربه, its coach; وزيرتها, its minister). */
export const POSSESSIVE_SUFFIX = /(?:ه|ها|هم|هما|هن|كم|نا)$/;

/** Times of day the tagger sweeps into the end of a place name (بلدة وادي الريم ليل الأحد). */
export const TIME_OF_DAY = new Set(words(`ليل ليلة صباح مساء فجر ظهر عصر ظهيرة منتصف`));

/** Verbs of saying and reporting that open sentences; tagger noise must never make them names. */
export const REPORTING_VERB = /^[وف]?(?:قال|قالت|اكد|اكدت|شدد|شددت|اضاف|اضافت|اوضح|اوضحت|اعلن|اعلنت|ذكر|ذكرت|كتب|كتبت|تابع|تابعت|صرح|صرحت|اشار|اشارت|دعا|دعت)$/;


/**
 * Place names (one per comma), multiword ones whole. Left out: names that are also frequent common
 * nouns (سيول, Seoul, is سيول, floods, in most Arabic news).
 */
export const CITIES = `القاهره, الاسكندريه, دمشق, حلب, حمص, بيروت, طرابلس, صيدا, عمان, بغداد, البصره, الموصل, اربيل, الرياض, جده,
  مكه, المدينه المنوره, الدوحه, ابوظبي, دبي, الشارقه, المنامه, الكويت, مسقط, صنعاء, عدن, الحديده, الخرطوم, بنغازي,
  مصراته, تونس, الجزائر, وهران, الرباط, الدار البيضاء, مراكش, نواكشوط, القدس, غزه, رام الله, نابلس, الخليل, جنين,
  انقره, اسطنبول, طهران, مشهد, كابول, اسلام اباد, كراتشي, لاهور, نيودلهي, مومباي, بكين, شنغهاي, هونغ كونغ, طوكيو,
  بيونغ يانغ, موسكو, كييف, خاركيف, مينسك, وارسو, برلين, باريس, لندن, مدريد, برشلونه, روما, ميلانو, لشبونه,
  اثينا, فيينا, بروكسل, امستردام, لاهاي, جنيف, زيوريخ, ستوكهولم, اوسلو, كوبنهاغن, هلسنكي, براغ, بودابست, بوخارست,
  صوفيا, بلغراد, زغرب, واشنطن, نيويورك, لوس انجلوس, شيكاغو, اوتاوا, تورنتو, مكسيكو, هافانا, كاراكاس, بوغوتا, ليما,
  سانتياغو, بوينس ايرس, برازيليا, ريو دي جانيرو, ساو باولو, باكو, يريفان, تبليسي, طشقند, استانا, الماتي, بيشكيك,
  دوشنبه, عشق اباد, كوالالمبور, جاكرتا, مانيلا, بانكوك, هانوي, سنغافوره, دكا, كولومبو, كاتماندو, نيروبي, اديس ابابا,
  لاغوس, ابوجا, داكار, اكرا, كينشاسا, جوهانسبرغ, بريتوريا, كيب تاون, مقديشو, جيبوتي, اسمره, كمبالا, دار السلام,
  الفاشر, دارفور, نيامي, باماكو, انجامينا, القوقاز, البلقان, الشرق الاوسط, الخليج العربي, سيناء, كشمير, القرم`
  .split(",")
  .map((s) => s.trim().replace(/\s+/g, " "))
  .filter(Boolean);

/**
 * Family names of the nisba shape «ال…ي» (tribal and family names: العمري, المطيري, الشمري, التميمي), normalized,
 * generated by scripts/ner/nisba-family-names.ts into nisba-family-names.ts from Wikidata labels of humans in Arabic
 * (CC0 1.0; Merhav & Ash 2018, NETransliteration-COLING2018 `data/wd_arabic.normalized.aligned.tokens`): the words of
 * that shape from at least 2 names, less nisbas of a place CLDR names (world-places.ts, province-places.ts, CITIES,
 * REGIONAL_PLACES, Intl.DisplayNames regions), words of this file and a hand list of common words, given names,
 * creeds and unlisted towns (models/SOURCE.md). recognize.ts reads a rare unknown word before one as a given name.
 */
export const NISBA_FAMILY_NAMES: ReadonlySet<string> = new Set(WIKIDATA_NISBA_FAMILY_NAMES);

/**
 * Given names frequent in Arabic news, normalized: Arabic names (male and female) and foreign given
 * names as Arabic transcribes them. A word here starting a capital-less run is a strong person cue.
 */
export const GIVEN_NAMES = new Set(
  words(`محمد احمد محمود مصطفي علي حسن حسين عمر عثمان خالد سعيد سعد سعود فهد فيصل عبدالله عبدالرحمن عبدالعزيز عبدالمجيد
  عبدالكريم عبدالرحيم عبدالقادر عبدالحميد عبدالفتاح عبدالسلام عبدالناصر عبداللطيف عبدالحليم عبدالوهاب عبدالغني عبد
  ابراهيم اسماعيل يوسف يعقوب موسي عيسي داود سليمان سلمان سلطان نايف نواف بندر تركي ماجد مشعل منصور ناصر نصر
  جمال كمال طارق طلال وليد وائل هشام هاني هادي حازم حاتم حامد حمد حمدي حمزه حيدر زياد زيد زكي زكريا سامي سامر
  سمير سليم شريف صالح صلاح عادل عاطف عماد عمرو عصام غسان فؤاد فادي فاروق فارس فراس فريد فتحي قاسم كريم لؤي
  مازن مالك مجدي مراد مروان مصعب معاذ منير مهدي مؤمن ناجي نبيل نجيب نزار نعيم نور هيثم ياسر ياسين يحيي يونس
  اسامه ايمن ايهاب اشرف انور انس بسام بشار بشير بكر توفيق ثامر جابر جعفر جلال جواد حبيب حسام حسني خليل رامي
  رائد راشد رشيد رضا رفيق رياض سالم سعيد شادي شاكر صابر صادق صبري ضياء طه عامر عباس عدنان عزت عزيز علاء عوض
  غازي فوزي قيس لطفي ماهر مجيد محسن مختار مدحت مشاري معتز مهند نادر نبيه نشات هاشم همام وجدي ياسر يزن
  فاطمه عائشه خديجه زينب مريم سارة ساره نور هدي منى مني هند ليلي سلمي سميره سعاد امل اسماء امينه ايمان رانيا
  رنا ريم ريما لينا دينا دعاء رحاب رشا سهير سوسن عبير غاده فاتن فدوي لبني ماجده مها ميساء نادين نادية ناديه
  نجلاء نسرين نوال هالة هاله هبه وفاء ياسمين يسرا اميره بثينه جميله حنان خلود رجاء زهره شيماء صفاء عزه علياء
  جورج جون جيمس ديفيد مايكل روبرت وليام ريتشارد توماس تشارلز دانيال بول بيتر مارك ستيفن اندرو توني انتوني
  دونالد باراك هيلاري جو جوزيف فلاديمير سيرجي سيرغي ديمتري ميخائيل الكسندر الكسي نيكولا نيكولاي ايفان بوريس
  فرانسوا جاك نيكولا ايمانويل ماري جان بيير ميشال ميشيل انجيلا هانس كارل فرانك ماريو جوزيه كارلوس خوان خوسيه
  لويس بيدرو مانويل انطونيو فرناندو ريكاردو باولو ماريا انا اليزابيث كاثرين تيريزا بنيامين ايهود شمعون اريئيل
  ايلي ابو ام ابن بن بنت`),
);

/**
 * Clubs' one-word names that are as often a common word in football reports (recognize/clubs.ts leaves them out of
 * FOOTBALL_CLUBS): التعاون (cooperation), الشباب (youth; the Somali movement), الاتحاد (the federation). As normalized.
 */
export const COMMON_WORD_CLUB_NAMES: ReadonlySet<string> = new Set(["التعاون", "الشباب", "الاتحاد"]);

/**
 * International and regional organizations, alliances, armed groups, news agencies and social platforms frequent in Arabic news,
 * normalized, as the press writes them (acronyms transcribed). Matched whole at run time. A state's civil defence
 * (الدفاع المدني: «فرق الدفاع المدني», «تلقى الدفاع المدني بلاغا») is named by a common noun and its adjective only
 * (FUNCTION_NAMED_BODIES). So are the Saudi special emergency forces (قوات الطوارئ الخاصة, also قوات الطوارئ alone:
 * «قائد قوات الطوارئ», «مسجد قوات الطوارئ بأبها»), unless an adjective names another force (COMMON_WORD_BODIES). The
 * Yemeni war's bodies named by common words (المقاومة الشعبية, الجيش الوطني, التحالف العربي: 379 sample mentions, 270
 * untagged) were measured and left out: FRESH2 / FRESH4 right span +1.8 / +1.2, but stories DEV F1 0.924 → 0.920
 * (Yemen stories joined over them). عين اليوم is a Saudi news site's name (112 mentions in 101 of its articles of the
 * samples, bylines, datelines and «لـ"عين اليوم"»; 4 tagged); stories DEV F1 unchanged with it (0.924).
 * أطباء / مراسلون بلا حدود: 9 mentions in BBC, France24, SkyNews, alriyadh, alwatan, 7 untagged, 1 cut (منظمة مراسلون).
 * الدولة الإسلامية (after تنظيم, with or without quotes) and its long name «الدولة الإسلامية في العراق والشام» (CNN's):
 * 28 mentions of «تنظيم الدولة الإسلامية» in alyaum, BBC, CNN, 3alyoum, France24 of the two news samples, only the quoted
 * ones tagged before (stories106; stories DEV F1 unchanged, eval/stories/README.md).
 */
export const KNOWN_ORGANIZATIONS = `الامم المتحده, مجلس الامن, الناتو, حلف شمال الاطلسي, حلف الناتو, الحلف الاطلسي, الدفاع المدني, الاتحاد الاوروبي, الاتحاد الافريقي,
  قوات الطوارئ الخاصه, قوات الطوارئ,
  جامعه الدول العربيه, الجامعه العربيه, مجلس التعاون الخليجي, منظمه التعاون الاسلامي, اوبك, اوبك بلس, اسيان, بريكس,
  مجموعه العشرين, مجموعه السبع, صندوق النقد الدولي, البنك الدولي, منظمه الصحه العالميه, اليونسكو, اليونيسف, الاونروا,
  الصليب الاحمر, الهلال الاحمر, العفو الدوليه, هيومن رايتس ووتش, الانتربول, الفيفا, اللجنه الاولمبيه الدوليه,
  الوكاله الدوليه للطاقه الذريه, المحكمه الجنائيه الدوليه, محكمه العدل الدوليه, منظمه التجاره العالميه,
  اطباء بلا حدود, مراسلون بلا حدود, مراسلين بلا حدود,
  حماس, حزب الله, طالبان, داعش, الدوله الاسلاميه, الدوله الاسلاميه في العراق والشام, القاعده, الحوثيين, الحوثيون, الحشد الشعبي, شنغهاي للتعاون,
  واس, كونا, شينخوا, عين اليوم, رويترز, فرانس برس, اسوشيتد برس, سانا, المرصد السوري لحقوق الانسان, وكاله انباء الصين الجديده,
  وكاله انباء الامارات, وكاله انباء البحرين, وكاله انباء الشرق الاوسط, فرانس 24, سكاي نيوز عربيه, سكاي نيوز, بي بي سي, سي ان ان,
  تويتر, فيسبوك, انستغرام, انستجرام, يوتيوب, واتساب, تيك توك, سناب شات, تيليجرام, تلغرام, تليغرام`
  .split(",")
  .map((s) => s.trim().replace(/\s+/g, " "))
  .filter(Boolean)
  // Foreign companies and outlets named bare (known-brands.ts).
  .concat(KNOWN_COMPANIES, KNOWN_OUTLETS);

/**
 * Known organizations named by their function, which a head before them joins (هيئة الدفاع المدني,
 * مديرية الدفاع المدني, وكالة الدفاع المدني لمقاطعة هاواي): unlike a head before a proper name
 * (منظمة | اليونسكو), the head is part of the name, and a mention holding it stays whole.
 */
export const FUNCTION_NAMED_BODIES: ReadonlySet<string> = new Set(["الدفاع المدني"]);

/**
 * Known organizations named by a common plural and its complement alone, which a definite nisba right
 * after makes another body (قوات الطوارئ الدولية, a peace-keeping force; قوات الطوارئ التركية): there the
 * short name is no match, the longer name left to the tagger. A clitic before such a name is cut by the
 * word's analysis, though training saw the whole word inside names (لقوات | الطوارئ الخاصة).
 */
export const COMMON_WORD_BODIES: ReadonlySet<string> = new Set(["قوات الطوارئ"]);

/**
 * An organization's own boards and committees, named by a head and the body they belong to or the
 * members they hold (مجلس الإدارة, the board of directors; مجلس الهيئة, لجنة الجائزة, عمادة الكلية,
 * مجلس الأمناء): BOARD_HEADS + one of BOARD_OF words is a part of a body the article names, no name
 * (ANERcorp leaves مجلس الإدارة untagged too).
 */
export const BOARD_HEADS: ReadonlySet<string> = new Set(words(`مجلس لجنه عماده`));
export const BOARD_OF: ReadonlySet<string> = new Set(words(`الاداره الهيئه الشركه الجمعيه المؤسسه الجامعه الكليه المعهد المركز النادي البنك
  الصندوق الجائزه الامناء المديرين`));

/**
 * Words that open an apposition naming a place: `ستيباناكيرت، أكبر مدن الإقليم`, `X، عاصمة Y`.
 * A superlative (أكبر, كبرى, ثاني) counts only when a word for city or town follows it.
 */
export const PLACE_APPOSITION_HEADS = new Set(words(`عاصمه مدينه بلده قريه ميناء مرفا`));
export const SUPERLATIVES = new Set(words(`اكبر كبري ثاني ثالث اهم اقدم`));
export const SETTLEMENT_WORDS = /^(?:مدن|مدينه|بلدات|بلده|قري|قريه|موانئ|ميناء)$/;
