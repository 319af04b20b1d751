import { test } from "node:test";
import assert from "node:assert/strict";
import { findFacts } from "./figures.js";

/**
 * The figure rules issue 12 named as misses, each with sentences modelled on real news of different
 * outlets (short fixtures written for this test, after sentences of the public samples outside the
 * facts gold's TEST half and of the unlabeled JawharaFM text): [rule, outlet, sentence, expected
 * facts as [kind, value, qualifier, group]]. Negative cases expect nothing.
 */
type Expect = Array<[string, number, string, string | null]>;
const cases: Array<[string, string, string, Expect]> = [
  // أودى / أودت بحياة N: a death count after the verb and حياة
  ["أودى بحياة", "Al Arabiya", "وأودت تلك الهجمات بحياة أكثر من 240 شخصا منذ عام 2015.", [["killed", 240, "more_than", null]]],
  ["أودى بحياة", "France 24", "وتبنى التنظيم هجمات أودت بحياة ما لا يقل عن سبعة وثلاثين شخصا.", [["killed", 37, "at_least", null]]],
  ["أودى بحياة", "Sky News Arabia", "بعد الاعتداء بسكين بوسط باريس والذي أودى بحياة شخصين.", [["killed", 2, "exact", null]]],
  // قضى N: died, right before the number; a time spent (قضى 13 عاما) is no death
  ["قضى N", "Sky News Arabia", "وقضى 45 لاجئا فلسطينيا في مناطق متفرقة من سوريا.", [["killed", 45, "exact", null]]],
  ["قضى N", "Al Watan via SaudiNewsNet", "حيث قضى 21 شخصا أمس في مصر بسبب موجة الحر.", [["killed", 21, "exact", null]]],
  ["قضى N", "Al Arabiya", "وانتقل اللاعب بعقد لمدة عامين بعدما قضى 13 عاما في مانشستر يونايتد.", []],
  ["قضى N", "Al Yaum via SaudiNewsNet", "وانتقل إلى غريمه بعدما قضى 11 موسما ناجحا مع النادي.", []],
  // لقي N … مصرعهم / حتفهم
  ["لقي مصرعهم", "Sky News Arabia", "لقي 7 أشخاص مصرعهم وأصيب 20 آخرون في الانفجار.", [["killed", 7, "exact", null], ["injured", 20, "exact", null]]],
  ["لقي مصرعهم", "Sky News Arabia", "وفي جنوب غرب باكستان، لقي 16 شخصا مصرعهم في انهيار منجم.", [["killed", 16, "exact", null]]],
  ["لقي حتفهم", "3alyoum via SaudiNewsNet", "حيث لقي 15 من الضحايا حتفهم في القاهرة.", [["killed", 15, "exact", null]]],
  // حصد أرواح N: deaths, not injuries
  ["حصد أرواح", "Sky News Arabia", "زرعوا عشرات الآلاف من الألغام التي حصدت أرواح 714 مدنيا.", [["killed", 714, "exact", "civilians"]]],
  // (the verb alone: with «يوميا» after the people the count is a rate, no figure, since fig114)
  ["حصد أرواح", "JawharaFM", "إن الحوادث المرورية في الهند حصدت أرواح نحو 400 شخص.", [["killed", 400, "about", null]]],
  ["حصد أرواح", "France 24", "وحصدت الغارات أرواح 12 طفلا في ريف إدلب.", [["killed", 12, "exact", "children"]]],
  // راح ضحيته / ضحيتها N: deaths
  ["راح ضحيته", "CNN Arabic", "احتجاجات من قبل الفلسطينيين راح ضحيتها 51 فلسطينيا.", [["killed", 51, "exact", null]]],
  ["راح ضحيته", "Sky News Arabia", "نفذ تفجيرا إرهابيا، راح ضحيته 30 شخصا في العاصمة الأفغانية.", [["killed", 30, "exact", null]]],
  ["راح ضحيته", "Sky News Arabia", "عملية الطعن في باريس والتي راح ضحيتها شخصين.", [["killed", 2, "exact", null]]],
  // N مفقودا / مفقودين: missing, not injured
  ["مفقودين", "JawharaFM", "ارتفعت الحصيلة إلى أربعة قتلى وحوالى 180 مفقودا.", [["killed", 4, "exact", null], ["missing", 180, "about", null]]],
  ["مفقودين", "JawharaFM", "وقال الوالي إن عائلات المفقودين (4 مفقودين) تنتظر.", [["missing", 4, "exact", null]]],
  ["مفقودين", "Al Arabiya", "وأصيب 10 أشخاص و4 مفقودين في الفيضانات.", [["injured", 10, "exact", null], ["missing", 4, "exact", null]]],
  // N حالة اعتقال: arrests counted as cases
  ["حالة اعتقال", "JawharaFM", "تم رصد 17 حالة اعتقال من قطاع غزة خلال الأسبوع.", [["arrested", 17, "exact", null]]],
  ["حالة اعتقال", "issue 12 (unseen news)", "ووثقت الشبكة 687 حالة اعتقال تعسفي خلال الشهر.", [["arrested", 687, "exact", null]]],
  ["حالة اعتقال", "Sky News Arabia", "وسجل التقرير 792 حالة احتجاز تعسفي في المحافظات.", [["arrested", 792, "exact", null]]],
  // ضبط / القبض على N: arrests
  ["ضبط", "Al Weeam via SaudiNewsNet", "وتمكنت الدوريات من ضبط 5 متهمين في ذلك.", [["arrested", 5, "exact", null]]],
  ["ضبط", "Asharq Al-Awsat via SaudiNewsNet", "بتسجيل 14 قضية وضبط 18 متهما في الشهر الماضي.", [["arrested", 18, "exact", null]]],
  ["ضبط", "issue 12 (unseen news)", "وتمكنت الشرطة من ضبط 25 شخصًا متورطين.", [["arrested", 25, "exact", null]]],
  ["القبض على", "Okaz via SaudiNewsNet", "في عدد من مدن المملكة، ليتم القبض على 77 شخصا يشكلون شبكة إجرامية.", [["arrested", 77, "exact", null]]],
  ["القبض على", "Sky News Arabia", "إن الشرطة ألقت القبض على 22 شخصا بشرق الهند.", [["arrested", 22, "exact", null]]],
  // number words: thousands and hundreds
  ["number words", "issue 12 (unseen news)", "قتل بثلاثة آلاف وثمانمائة شخص في الحرب.", [["killed", 3800, "exact", null]]],
  ["number words", "France 24", "وأسفرت المعارك عن مقتل ألفين وخمسمائة مقاتل.", [["killed", 2500, "exact", "fighters"]]],
  ["number words", "BBC Arabic", "ونزح ألف ومئتا شخص من القرى.", [["displaced", 1200, "exact", null]]],
  // digits with a scale word, then و and the part below it (in digits, scaled digits or words)
  ["digits, scale and the rest", "Asharq Al-Awsat via SaudiNewsNet", "ووصل عدد المعتقلين في السجون إلى 6 آلاف و147 معتقلا.", [["arrested", 6147, "exact", null]]],
  ["digits, scale and the rest", "BBC Arabic", "ونزح من المدينة 7 آلاف و 367 شخصا.", [["displaced", 7367, "exact", null]]],
  ["digits, scale and the rest", "Sky News Arabia", "وأجلي أكثر من 3 ملايين و100 ألف شخص من السواحل.", [["evacuated", 3100000, "more_than", null]]],
  ["digits, scale and the rest", "WAS via SaudiNewsNet", "وقتل 5 آلاف وأصيب 300 في المعارك.", [["killed", 5000, "exact", null], ["injured", 300, "exact", null]]],
  // على الأقل cut from its number by a line break
  ["على الأقل across a line break", "Sky News Arabia", "قتل 12 شخصا\nعلى الأقل في الهجوم.", [["killed", 12, "at_least", null]]],
  ["على الأقل across a line break", "France 24", "قتل 12 شخصا على\nالأقل في الهجوم.", [["killed", 12, "at_least", null]]],
  ["على الأقل across a line break", "BBC Arabic", "وأصيب 30 شخصا على الأقل\nفي الانفجار.", [["injured", 30, "at_least", null]]],
  // the people, then their number as an adjective: a dual or plural noun + اثنين, a definite noun + a definite cardinal
  ["people then number", "Sky News Arabia", "أطلق المسلح النار على مدنيين اثنين وقتلهما في الموقع.", [["killed", 2, "exact", "civilians"]]],
  ["people then number", "Reuters via Sky News Arabia", "تحطمت مروحية عسكرية في شرق سوريا مما أسفر عن مقتل طيارين اثنين.", [["killed", 2, "exact", null]]],
  ["people then number", "France 24", "ورفض المتحدث تأكيد مقتل العسكريين التسعة جميعا.", [["killed", 9, "exact", "soldiers"]]],
  ["people then number", "Al Madina via SaudiNewsNet", "يواصل حرس الحدود البحث عن المواطنين الأربعة المفقودين في البحر.", [["missing", 4, "exact", null]]],
  ["people then number", "Al Yaum via SaudiNewsNet", "ونقل المصابون الثلاثة إلى مستشفى قريب.", [["injured", 3, "exact", null]]],
  ["people then number", "Al Arabiya", "ونقل الأميركيون الثلاثة المحتجزون إلى مكان آخر.", [["arrested", 3, "exact", null]]],
  ["people then number", "BBC Arabic", "وحكم على المتهمين الأربعة بالإعدام.", []],
  ["people then number", "Sky News Arabia", "وجاء الإفراج عن المعتقلين الثلاثة خلال الزيارة.", []],
  ["people then number", "France 24", "واختارت اللجنة مخرجين اثنين للمسابقة.", []],
  ["people then number", "Al Arabiya", "وقتل مسلح في المدينة مساء الاثنين الماضي.", []],
  // N من + a possessed plural: the possessor's people
  // (with مع, the companions of a militia's leader are fighters, as the conventions read `3 من مرافقيه`: fig85)
  ["possessed plural", "Al Arabiya", "وأكدت المصادر أن القيادي الحوثي قتل مع 3 من مرافقيه بغارة جوية.", [["killed", 3, "exact", "fighters"]]],
  ["possessed plural", "Okaz via SaudiNewsNet", "وأصيب النائب إصابة متوسطة واستشهد أربعة من مرافقيه في كمين.", [["killed", 4, "exact", null]]],
  ["possessed plural", "Al Riyadh via SaudiNewsNet", "وذكرت بأن الحوثيين اختطفوا العشرات من مناهضيهم في شارع المطار.", [["arrested", 20, "exact", null]]],
  ["possessed plural", "Al Eqtisadiah via SaudiNewsNet", "وكان المدرب قد استبعد سبعة من لاعبيه من قائمة المعسكر.", []],
  ["possessed plural", "BBC Arabic", "وقتل 5 أشخاص بينهم ثلاثة من عناصر الشرطة.", [["killed", 5, "exact", null], ["killed", 3, "exact", "police"]]],
  // not people: a year before an event noun, a death sentence, events counted
  ["not people", "Asharq Al-Awsat via SaudiNewsNet", "وأوردت الصحيفة أن بين 2010 وأواخر 2012 قتل الصينيون عددا من المخبرين.", []],
  ["not people", "France 24", "وأعلنت الوزارة مقتل 43 شخصا وإصابة قرابة 2000 بجروح.", [["killed", 43, "exact", null], ["injured", 2000, "about", null]]],
  ["not people", "Okaz via SaudiNewsNet", "وكشفت المصادر عن صدور أحكام جديدة بالإعدام بحق أربعة سعوديين متهمين.", []],
  ["not people", "Sky News Arabia", "وأصدرت المحكمة حكما بالإعدام على 3 متهمين في القضية.", []],
  // an anniversary's number before لـ + what it remembers is an ordinal; people counted after ذكرى stay a figure
  ["anniversary", "JawharaFM", "وأحيا أنصار الحزب أمس الذكرى 25 لوفاة مؤسسه في العاصمة.", []],
  ["anniversary", "JawharaFM", "ونظمت الجمعية ندوة بمناسبة الذكرى 40 لاستشهاد القائد.", []],
  ["anniversary", "JawharaFM", "وتحيي العائلة اليوم الذكرى30 لإعدام والدها.", []],
  ["anniversary", "Sky News Arabia", "وشارك المئات في إحياء ذكرى 30 قتيلا سقطوا في الهجوم.", [["killed", 30, "exact", null]]],
  // animals counted: a cull or livestock, no casualty figure (a smuggler called a whale is a person)
  ["animals", "JawharaFM", "وأمرت الوزارة بإعدام آلاف الطيور في المزارع المصابة.", []],
  ["animals", "JawharaFM", "وتقرر إعدام 8 آلاف فلوس مهربة بعد حجزها.", []],
  ["animals", "JawharaFM", "وتم القبض على 5 كلاب سائبة قرب المدرسة.", []],
  ["animals", "JawharaFM", "وتم القبض على 4 \"حيتان\" من كبار المهربين.", [["arrested", 4, "exact", null]]],
  // the singular of a force's man after 11 and more names the force (`12 رجل أمن`, `11 فرد شرطة`)
  ["member singular", "3alyoum via SaudiNewsNet", "وأسفر التفجير عن مقتل 14 شخصا بينهم 11 رجل أمن.", [["killed", 14, "exact", null], ["killed", 11, "exact", "police"]]],
  ["member singular", "Al Riyadh via SaudiNewsNet", "ويواجه المتهمون تهمة قتل 13 فرد شرطة في الهجوم.", [["killed", 13, "exact", "police"]]],
  // `N من القتلى هم من …`: the predicate after the counted people names their group
  ["they are", "Al Watan via SaudiNewsNet", "وقال المرصد إن خمسة من القتلى هم من المدنيين.", [["killed", 5, "exact", "civilians"]]],
  ["they are", "JawharaFM", "وأضاف الوالي أن 6 من الجرحى هم من رجال الأمن.", [["injured", 6, "exact", "police"]]],
  ["they are", "JawharaFM", "وقالت الشرطة إن اثنين من الموقوفين هم جزء من شبكة تهريب.", [["arrested", 2, "exact", null]]],
  ["not people", "Asharq Al-Awsat via SaudiNewsNet", "ونفذوا 11 عملية انتحارية أوقعت عشرات القتلى منها ثماني عمليات هذا العام.", [["killed", 20, "exact", null]]],
  ["not people", "Al Arabiya", "ووجهت إليهم تهم ارتكاب 12 عملية إرهابية قتل خلالها 4 ضباط.", [["killed", 4, "exact", "soldiers"]]],
  ["not people", "France 24", "وأعدمت السلطات 3 أشخاص مدانين بتهم القتل.", [["killed", 3, "exact", null]]],
  // a vague plural and a definite nisba: people of a nationality, counted only with an event
  ["vague plural of a nationality", "Sky News Arabia", "وذلك حدادا على عشرات الفلسطينيين الذين قتلوا بالرصاص الإسرائيلي.", [["killed", 20, "exact", null]]],
  ["vague plural of a nationality", "France 24", "وشارك آلاف الفلسطينيين في المسيرات التي شهدت مقتل 60 شخصا.", [["killed", 60, "exact", null]]],
  ["vague plural of a nationality", "Al Arabiya", "ونزح مئات السوريين من القرى الحدودية خلال الليل.", [["displaced", 200, "exact", null]]],
  // recovered, not injured
  ["recovery", "Okaz via SaudiNewsNet", "وتوفي منهم كثيرون فيما شفيت 586 إصابة حتى الآن.", []],
  ["recovery", "Al Riyadh via SaudiNewsNet", "وبلغت الحالات المسجلة 1078 حالة تماثلت للشفاء منها 586 حالة.", []],
  ["recovery", "BBC Arabic", "وأصيب 12 شخصا بجروح وتعافى آخرون.", [["injured", 12, "exact", null]]],
  ["recovery", "Okaz via SaudiNewsNet", "وأعلنت الوزارة حالة شفاء واحدة، وحالة وفاة واحدة.", [["killed", 1, "exact", null]]],
  // مخالفة / مخالفات: violations seized, not people arrested; مخالف: an offender
  ["violations", "Sabq via SaudiNewsNet", "بينما أسفرت حملة المحافظة عن ضبط 7 مخالفات.", []],
  ["violations", "Al Weeam via SaudiNewsNet", "العمل: ضبط 21 مخالفة تأخير الرواتب بالجوف.", []],
  ["violations", "Al Yaum via SaudiNewsNet", "ألقت الجهات الأمنية القبض على 102 مخالف من جنسيات مختلفة.", [["arrested", 102, "exact", null]]],
  // bodies recovered count the dead: جثة / جثث / جثامين before or after the number
  ["bodies", "JawharaFM", "ليتم إثرها انتشال جثث 9 منهم، وانطلقت عمليات البحث عن المفقودين.", [["killed", 9, "exact", null]]],
  ["bodies", "Al Riyadh via SaudiNewsNet", "بينما عثرت الشرطة على ثلاث جثث مجهولة الهوية في مناطق متفرقة.", [["killed", 3, "exact", null]]],
  ["bodies", "Sky News Arabia", "وتسلمت العائلات جثامين 12 من الضحايا صباح الأحد.", [["killed", 12, "exact", null]]],
  // هروب N: people fleeing; prisoners escaping are no displacement
  ["هروب", "France 24", "لإنهاء الأزمة التي تلت هروب نحو 700 ألف من أقلية الروهينغا من بورما.", [["displaced", 700000, "about", null]]],
  ["هروب", "BBC Arabic", "وأدى القتال إلى هروب أكثر من 3 آلاف شخص من القرى الحدودية.", [["displaced", 3000, "more_than", null]]],
  ["هروب", "JawharaFM", "وأعلنت الإدارة العامة للسجون فرار 10 سجناء من السجن المدني.", []],
  ["هروب", "Okaz via SaudiNewsNet", "وتحقق الشرطة في هروب 3 من النزلاء من دار الإصلاح.", []],
  // the group of the counted people after من, with مختلف / كافة or a time word between
  ["group after من", "JawharaFM", "وبين أن تكريم 99 شهيدا اليوم من مختلف الأسلاك الأمنية هي حركة رمزية.", [["killed", 99, "exact", "police"]]],
  ["group after من", "Al Arabiya", "وأسفرت الاشتباكات عن سقوط 14 قتيلا من عناصر الشرطة.", [["killed", 14, "exact", "police"]]],
  ["group after من", "Sky News Arabia", "وأصيب في الهجوم 20 جريحا من قوات الجيش.", [["injured", 20, "exact", "soldiers"]]],
  // the attackers: counted as fighters; a verb with its own object is active (they killed, not were killed)
  ["attackers, active voice", "JawharaFM", "قالت الشرطة إن مهاجمين اثنين قتلوا ستة أشخاص على الأقل قرب الجسر.", [["killed", 6, "at_least", null]]],
  ["attackers, active voice", "JawharaFM", "للأسف لقي ستة أشخاص حتفهم بالإضافة إلى المهاجمين الثلاثة الذين قتلتهم الشرطة بالرصاص.", [["killed", 6, "exact", null], ["killed", 3, "exact", "fighters"]]],
  ["attackers, active voice", "CNN Arabic", "وقالت السلطات إن مسلحين اثنين أصابوا 5 من المارة قبل فرارهم.", [["injured", 5, "exact", null]]],
  ["attackers, active voice", "BBC Arabic", "وقالت الشرطة إن المسلحين الثلاثة قتلوا في تبادل لإطلاق النار.", [["killed", 3, "exact", "fighters"]]],
  // an aside between spaced dashes does not cut the verb from its count
  ["aside between dashes", "BBC Arabic", "وكانت ألمانيا النازية قد قتلت - في محاولة منها للقضاء على اليهود في أوروبا - نحو ستة ملايين شخص منهم.", [["killed", 6000000, "about", null]]],
  ["aside between dashes", "Sky News Arabia", "واعتقلت قوات الأمن - بحسب ما أفاد شهود عيان في المدينة - أكثر من 40 متظاهرا.", [["arrested", 40, "more_than", null]]],
  ["aside between dashes", "Al Arabiya", "وأصيب - وفق الحصيلة الأولية التي أعلنتها وزارة الصحة مساء - 23 شخصا.", [["injured", 23, "exact", null]]],
  // a dual in construct before its force: two people
  ["construct dual", "SaudiNewsNet (Reuters)", "وقالت الوزارة إن ضابطي شرطة ومدنيا أصيبوا في انفجار.", [["injured", 2, "exact", "police"]]],
  ["construct dual", "SaudiNewsNet (Reuters)", "وقتل ضابطا شرطة ومجند في هجوم بمدينة العريش.", [["killed", 2, "exact", "police"]]],
  ["construct dual", "Al Arabiya", "وأعلن الجيش مقتل جنديي الجيش في كمين على الطريق.", [["killed", 2, "exact", "soldiers"]]],
  ["construct dual", "Sky News Arabia", "واستقبل الوزير ضابطي الشرطة في مكتبه.", []],
  // a superlative between من and the people: `6 من أبرز قياداته`
  ["superlative", "JawharaFM", "وجهت ضربة جوية لموقع قيادات داعش، وقتل 6 من أبرز قياداته من بينهم روسي.", [["killed", 6, "exact", "fighters"]]],
  ["superlative", "Al Arabiya", "وأكدت المصادر مقتل 3 من كبار قادة الميليشيا في الغارة.", [["killed", 3, "exact", "fighters"]]],
  ["superlative", "France 24", "واعتقلت السلطات 5 من أبرز الناشطين في العاصمة.", [["arrested", 5, "exact", null]]],
  // القضاء على N: eliminated, killed (not قضت المحكمة على)
  ["القضاء على", "JawharaFM", "وتمكنت الوحدات الأمنية من القضاء على ثلاثة إرهابيين في جبل الشعانبي.", [["killed", 3, "exact", "fighters"]]],
  ["القضاء على", "Al Arabiya", "وأعلن الجيش القضاء على 15 مسلحا في غارات ليلية.", [["killed", 15, "exact", "fighters"]]],
  ["القضاء على", "Sky News Arabia", "وأكدت القيادة القضاء على 6 من قادة داعش في الموصل.", [["killed", 6, "exact", "fighters"]]],
  ["القضاء على", "Al Yaum via SaudiNewsNet", "وقضت المحكمة على 3 متهمين بالسجن.", []],
  // إيقاف N: the Maghreb's arrest; players and matches are a suspension
  ["إيقاف", "JawharaFM", "وقد تم إيقاف 5 أشخاص من أجل السرقة.", [["arrested", 5, "exact", null]]],
  ["إيقاف", "JawharaFM", "وأسفرت الحملة الأمنية عن إيقاف 12 مفتشا عنهم.", [["arrested", 12, "exact", null]]],
  ["إيقاف", "France 24", "وأذنت النيابة بإيقاف 3 شبان يشتبه في تورطهم.", [["arrested", 3, "exact", null]]],
  ["إيقاف", "Al Arabiya", "وقرر الاتحاد عقوبة إيقاف 3 مباريات بحق المهاجم.", []],
  ["إيقاف", "Sky News Arabia", "وقررت اللجنة إيقاف 4 لاعبين من الفريق.", []],
  ["إيقاف", "Al Arabiya", "وذلك بالتزامن مع إيقاف ست قنوات تلفزيونية يمنية.", []],
  // sailors and pupils are people counted
  ["people nouns", "JawharaFM", "وتتواصل عمليات البحث عن 4 بحارة مفقودين.", [["missing", 4, "exact", null]]],
  ["people nouns", "Al Madina via SaudiNewsNet", "وأعلنت السلطات فقدان 6 بحارة إثر غرق المركب.", [["missing", 6, "exact", null]]],
  ["people nouns", "JawharaFM", "وأصيب 3 تلاميذ بجروح في حادث الحافلة.", [["injured", 3, "exact", null]]],
  // N منهم: the people named before
  ["N منهم", "France 24", "وكان الهجوم الذي استهدف الصحافيين قتل خلاله عشرة منهم في كابول.", [["killed", 10, "exact", "journalists"]]],
  ["N منهم", "Al Arabiya", "وكان على متن القارب 40 مهاجرا، أنقذ خفر السواحل 30 وفقد 6 منهم.", [["missing", 6, "exact", null]]],
  ["N منهم", "JawharaFM", "وأذنت النيابة بإيقاف 4 منهم على ذمة التحقيق.", [["arrested", 4, "exact", null]]],
  // a rising tally of the people a relative clause names
  ["rising tally, relative clause", "France 24", "ليرتفع عدد الذين قتلهم الجيش إلى 22 على الأقل منذ مطلع العام.", [["killed", 22, "at_least", null]]],
  ["rising tally, relative clause", "Sky News Arabia", "وارتفع عدد الذين اعتقلتهم الشرطة إلى 45 شخصا.", [["arrested", 45, "exact", null]]],
  ["rising tally, relative clause", "BBC Arabic", "وبلغ عدد الذين نزحوا من المدينة إلى 3 آلاف.", [["displaced", 3000, "exact", null]]],
  // we did it: اعتقلنا، قتلنا
  ["first person plural", "Sky News Arabia", "وقال الضابط: اعتقلنا 21 شخصا، إنهم الأكثر عدوانية.", [["arrested", 21, "exact", null]]],
  ["first person plural", "France 24", "وقال المتحدث العسكري: قتلنا 15 مسلحا في العملية.", [["killed", 15, "exact", "fighters"]]],
  ["first person plural", "Al Arabiya", "وأضاف: أجلينا 300 عائلة من الحي الشرقي.", [["evacuated", 300, "exact", "families"]]],
  // ضبط عدد N: «a number of» is transparent
  ["عدد N", "Al Weeam via SaudiNewsNet", "وتمكنت الدوريات من ضبط عدد 5 متهمين في ذلك.", [["arrested", 5, "exact", null]]],
  ["عدد N", "Okaz via SaudiNewsNet", "وأسفرت الحملة عن القبض على عدد 12 مخالفا لنظام الإقامة.", [["arrested", 12, "exact", null]]],
  ["عدد N", "Al Madina via SaudiNewsNet", "وتم إيقاف عدد 3 أشخاص مطلوبين.", [["arrested", 3, "exact", null]]],
  // N منهن: women; a bare number coordinated after a figure counts the same people
  ["منهن, ellipsis", "JawharaFM", "وقد تم نقل 9 منهن الى المستشفى المحلي بالفوار و3 الى المستشفى المحلي بدوز.", [["injured", 9, "exact", "women"], ["injured", 3, "exact", "women"]]],
  ["منهن, ellipsis", "Al Arabiya", "وأصيب 12 مدنيا في إدلب، و5 في ريف حماة.", [["injured", 12, "exact", "civilians"], ["injured", 5, "exact", "civilians"]]],
  ["منهن, ellipsis", "Sky News Arabia", "واعتقلت الشرطة 7 منهن في العاصمة.", [["arrested", 7, "exact", "women"]]],
  // people by a pronoun are counted by an event verb, not a noun further back
  ["N منهم", "Al Riyadh via SaudiNewsNet", "وكان 86 مهاجرا طلبوا اللجوء إلى النمسا، وينحدر ستون منهم من أفغانستان.", []],
  // a dual verb agreeing with a count of two, after a dual noun (past آخرين) or after اثنين من …
  ["dual verb after two", "BBC Arabic", "وقالت وسائل الإعلام إن شخصين قتلا في انفجار وسط المدينة.", [["killed", 2, "exact", null]]],
  ["dual verb after two", "Sky News Arabia", "وقال التلفزيون إن شخصين لقيا حتفهما وأصيب 14 جراء القصف.", [["killed", 2, "exact", null], ["injured", 14, "exact", null]]],
  ["dual verb after two", "Al Arabiya", "وذكرت الوكالة أن شخصين آخرين قتلا وأصيب 18 في العاصمة.", [["killed", 2, "exact", null], ["injured", 18, "exact", null]]],
  ["dual verb after two", "Al Riyadh via SaudiNewsNet", "وقال المتحدث إن اثنين من المتشددين قتلا أيضا في الهجوم.", [["killed", 2, "exact", "fighters"]]],
  ["dual verb after two", "Al Yaum via SaudiNewsNet", "قالت الشرطة إن طفلين قتلا وأصيب ثالث في الهجوم.", [["killed", 2, "exact", "children"]]],
  ["dual verb after two", "composed", "وقالت الشرطة إن شخصين قتلا رجلا في السوق.", []],
  // على الأقل after the verb agreeing with the counted people
  ["at least after the verb", "France 24", "وأفاد مسؤول أن 12 شخصا قتلوا على الأقل وأصيب 33 آخرون.", [["killed", 12, "at_least", null], ["injured", 33, "exact", null]]],
  ["at least after the verb", "Sky News Arabia", "وقالت مصادر طبية إن 20 فلسطينيا أصيبوا على الأقل في المواجهات.", [["injured", 20, "at_least", null]]],
  ["at least after the verb", "Al Arabiya", "وأكدت الشرطة أن ستة أشخاص لقوا حتفهم على الأقل في الحريق.", [["killed", 6, "at_least", null]]],
  // بإعدام: a death sentence, no death (قضت المحكمة بإعدام، حكم بإعدام)
  ["death sentence", "WAS via SaudiNewsNet", "لكنها قضت في القضية نفسها بإعدام عشرة متهمين دينوا بتكوين تنظيم.", []],
  ["death sentence", "BBC Arabic", "وقضت محكمة كويتية غيابيا بإعدام 3 متهمين بعد إدانتهم بالقتل.", []],
  ["death sentence", "Al Yaum via SaudiNewsNet", "وأصدرت المحكمة حكما بإعدام خمسة أشخاص في القضية.", []],
  ["death sentence", "composed", "وأعدمت السلطات 5 أشخاص أدينوا بالقتل.", [["killed", 5, "exact", null]]],
  // the people, then their own definite number, closing another count's phrase
  ["number of the people after من", "CNN Arabic", "ويشار إلى أن اثنان من المصابين الأربعة حالتهم خطرة.", [["injured", 2, "exact", null], ["injured", 4, "exact", null]]],
  ["number of the people after من", "Al Arabiya", "وأكد أن ثلاثة من الجرحى الخمسة غادروا المستشفى.", [["injured", 3, "exact", null], ["injured", 5, "exact", null]]],
  ["number of the people after من", "France 24", "وقال إن اثنين من القتلى الثلاثة من الأطفال.", [["killed", 2, "exact", null], ["killed", 3, "exact", null]]],
  // among: بين and the people right before a bare number, past a comma
  ["among, people right before", "BBC Arabic", "ومن بين الجرحى اثنان في حالة خطرة.", [["injured", 2, "exact", null]]],
  ["among, people right before", "Al Arabiya", "ومن بين الموقوفين، حوالي 7500 عسكري، كما تفيد أرقام الوزارة.", [["arrested", 7500, "about", "soldiers"]]],
  ["among, people right before", "France 24", "وبين القتلى ثلاثة في حالة لم يتعرف عليها.", [["killed", 3, "exact", null]]],
  // a head of a head: أفراد قوات النظام، عناصر قوات الأمن
  ["head of a head", "Sky News Arabia", "وقتل 17 من أفراد قوات النظام في المعارك.", [["killed", 17, "exact", "soldiers"]]],
  ["head of a head", "Al Yaum via SaudiNewsNet", "وأصيب 12 من أفراد قوات الطوارئ في التفجير.", [["injured", 12, "exact", "police"]]],
  ["head of a head", "France 24", "واعتقل 4 من عناصر القوات الأمنية بتهمة الفساد.", [["arrested", 4, "exact", "police"]]],
  // members of armed movements and extremists are fighters
  ["movement members", "Al Arabiya", "وأكد أسر سبعة حوثيين منهم أطفال.", [["arrested", 7, "exact", "fighters"]]],
  ["movement members", "Al Yaum via SaudiNewsNet", "تسببت الكمائن بمقتل 12 حوثياً وإصابة آخرين.", [["killed", 12, "exact", "fighters"]]],
  ["movement members", "Asharq Al-Awsat via SaudiNewsNet", "تبين أن 126 متطرفا فرنسيا قتلوا في سوريا.", [["killed", 126, "exact", "fighters"]]],
  ["movement members", "Al Weeam via SaudiNewsNet", "أعلنت قيادة العمليات عن مقتل 17 داعشيا شرقي الفلوجة.", [["killed", 17, "exact", "fighters"]]],
  // an event noun joined by و after a bare number opens the next figure, it is not the number's people;
  // the group the next figure names after من is the bare number's too (the same people, killed and injured)
  ["joined event noun", "Al Jazirah via SaudiNewsNet", "أكدت وزارة الداخلية مقتل اثنين وإصابة ثلاثة من رجالها في هجوم.", [["killed", 2, "exact", "police"], ["injured", 3, "exact", "police"]]],
  ["joined event noun", "Al Watan via SaudiNewsNet", "نتج عنه استشهاد 15 وإصابة 33 من رجال الأمن.", [["killed", 15, "exact", "police"], ["injured", 33, "exact", "police"]]],
  ["joined event noun", "Okaz via SaudiNewsNet", "وتشير الإحصائيات إلى مقتل ما يقارب 278 وإصابة 356 من مليشيات الحوثي في اليومين الماضيين.", [["killed", 278, "about", "fighters"], ["injured", 356, "exact", "fighters"]]],
  ["joined event noun", "composed", "مقتل 12 متمردا وإصابة ثمانية آخرين بجروح.", [["killed", 12, "exact", "fighters"], ["injured", 8, "exact", null]]],
  ["joined event noun", "composed", "عقب مقتل العشرات وجرح الآلاف من الفلسطينيين.", [["killed", 20, "exact", null], ["injured", 2000, "exact", null]]],
  ["joined event noun", "composed", "قتل 3 في الغارة. وأصيب 5 من الجنود في قصف آخر.", [["killed", 3, "exact", null], ["injured", 5, "exact", "soldiers"]]],
  // a pronoun head (رجالها، منسوبيها) names the force or ministry named before it
  ["pronoun head", "Al Jazirah via SaudiNewsNet", "وقع في مسجد قوات الطوارئ الخاصة بمنطقة عسير، ونتج عنه استشهاد عشرة من منسوبيها.", [["killed", 10, "exact", "police"]]],
  ["pronoun head", "Al Jazirah via SaudiNewsNet", "شن الحزب هجمات على قوات الأمن التي قتل نحو عشرين من أفرادها.", [["killed", 20, "about", "police"]]],
  ["pronoun head", "composed", "وأعلنت وزارة الداخلية إصابة 4 من رجالها في الاشتباك.", [["injured", 4, "exact", "police"]]],
  // people said to belong to an armed group after they are counted are fighters (members, or suspected of it)
  ["members of an armed group", "Al Watan via SaudiNewsNet", "والكويت التي ألقت القبض على أربعة أشخاص ينتمون إلى خلية تابعة لتنظيم داعش.", [["arrested", 4, "exact", "fighters"]]],
  ["members of an armed group", "Al Watan via SaudiNewsNet", "والسعودية أعلنت أنها اعتقلت 431 شخصا مرتبطين بداعش.", [["arrested", 431, "exact", "fighters"]]],
  ["members of an armed group", "Sky News Arabia", "أوقفت السلطات الروسية 5 أشخاص للاشتباه في انتمائهم إلى تنظيم داعش المتطرف.", [["arrested", 5, "exact", "fighters"]]],
  ["members of an armed group", "Sky News Arabia", "كما ضبطت 7 أفراد مما يعرف \"تنظيم أنصار بيت المقدس\"، على خلفية اتهامات.", [["arrested", 7, "exact", "fighters"]]],
  ["members of an armed group", "Sky News Arabia", "أسفر عن 28 قتيلا هم عشرة مقاتلين وثمانية أشخاص متهمين بالانتماء إلى تنظيم داعش.", [["killed", 28, "exact", null], ["killed", 10, "exact", "fighters"], ["killed", 8, "exact", "fighters"]]],
  ["members of an armed group", "Al Yaum via SaudiNewsNet", "وهو واحد من بين أربعة أشخاص اعتقلوا بتهمة محاولة الانضمام إلى تنظيم الدولة.", [["arrested", 4, "exact", null]]],
  ["members of an armed group", "composed", "واعتقلت الشرطة 6 أشخاص ينتمون إلى عائلة واحدة.", [["arrested", 6, "exact", null]]],
  ["members of an armed group", "WAS via SaudiNewsNet", "ألقت قوات الأمن اللبناني القبض على أربعة أشخاص ينتمون إلى مجموعات مسلحة مهمتهم مراقبة بعض الشخصيات.", [["arrested", 4, "exact", "fighters"]]],
  ["members of an armed group", "composed", "واعتقلت الشرطة 9 أشخاص ينتمون لمنظمات إرهابية.", [["arrested", 9, "exact", "fighters"]]],
  ["members of an armed group", "composed", "واعتقلت الشرطة 9 أشخاص ينتمون إلى نقابة مهنية.", [["arrested", 9, "exact", null]]],
  ["members of an armed group", "composed", "وقتل 3 أشخاص يعرف عنهم انتماؤهم للتنظيم.", [["killed", 3, "exact", null]]],
  ["joined event noun", "Asharq Al-Awsat via SaudiNewsNet", "الذي أدى إلى قتل أربعة وإصابة آخرين.", [["killed", 4, "exact", null]]],
  ["joined event noun", "composed", "وسجلت الوزارة 167 إصابة و12 حالة وفاة.", [["injured", 167, "exact", null], ["killed", 12, "exact", null]]],
  // bare numbers coordinated after a figure whose people have their own verb or idiom cue, in a chain of places
  ["places after the people's own verb", "Al Yaum via SaudiNewsNet", "وقالت الوزارة إن 15 من الضحايا توفوا في القاهرة و4 في مرسى مطروح و 2 في قنا.", [["killed", 15, "exact", null], ["killed", 4, "exact", null], ["killed", 2, "exact", null]]],
  ["places after the people's own verb", "Al Eqtisadiya via SaudiNewsNet", "وقالت الوزارة إن 15 من الضحايا توفوا في القاهرة وأربعة في مرسى مطروح واثنان في قنا.", [["killed", 15, "exact", null], ["killed", 4, "exact", null], ["killed", 2, "exact", null]]],
  ["places after the people's own verb", "3alyoum via SaudiNewsNet", "حيث لقي 15 من الضحايا حتفهم في القاهرة و4 في مرسى مطروح و2 في محافظة قنا.", [["killed", 15, "exact", null], ["killed", 4, "exact", null], ["killed", 2, "exact", null]]],
  ["places after the people's own verb", "composed", "قتل 5 أشخاص في الغارة وأصيب 3 في القصف.", [["killed", 5, "exact", null], ["injured", 3, "exact", null]]],
  // the dead and the wounded, then the group they came from
  ["combined people, then their group", "Al Arabiya", "سقط خلالها عشرات القتلى والجرحى من عناصر الميليشيات.", [["killed", 20, "exact", "fighters"]]],
  ["combined people, then their group", "Sky News Arabia", "وسقط عشرات القتلى والجرحى من الانقلابيين في المواجهات.", [["killed", 20, "exact", "fighters"]]],
  ["combined people, then their group", "Al Yaum via SaudiNewsNet", "مؤكداً سقوط عشرات القتلى والجرحى من الحوثيين في كمائن.", [["killed", 20, "exact", "fighters"]]],
  // a definite unit before its scale word is a number (قرابة الستة آلاف)
  ["definite unit and scale", "Okaz via SaudiNewsNet", "ونزح قرابة الستة آلاف شخص من القرى الحدودية.", [["displaced", 6000, "about", null]]],
  ["definite unit and scale", "Al Arabiya", "وأجلت السلطات أكثر من الأربعة آلاف شخص من الساحل.", [["evacuated", 4000, "more_than", null]]],
  ["definite unit and scale", "Sky News Arabia", "واعتقلت الشرطة نحو الثلاثة آلاف متظاهر خلال الاحتجاجات.", [["arrested", 3000, "about", null]]],
  // one of the victims names a person, it counts none; an event cue still counts one
  ["one of them", "Al Riyadh via SaudiNewsNet", "وأفاد التقرير أن المتهم عاش مع واحدة من الضحايا في المنزل.", []],
  ["one of them", "Sky News Arabia", "والتقى المراسل بواحد من الجرحى في المستشفى العسكري.", []],
  ["one of them", "BBC Arabic", "وتوفي واحد من المصابين متأثرا بجروحه.", [["killed", 1, "exact", null]]],
  // prisoners counted as hunger strikers are no arrest figure
  ["hunger strike", "Al Jazirah via SaudiNewsNet", "وارتفع عدد الأسرى المضربين عن الطعام في سجون الاحتلال إلى 148 أسيرا.", []],
  ["hunger strike", "Al Quds via SaudiNewsNet", "وانضم للإضراب أمس 26 أسيرا في سجن ريمون.", []],
  ["hunger strike", "WAS via SaudiNewsNet", "وقال النادي إن 120 معتقلا بدأوا إضرابا مفتوحا عن الطعام.", []],
  ["hunger strike", "Al Arabiya", "واعتقلت القوات 12 شابا من البلدة فجر اليوم.", [["arrested", 12, "exact", null]]],
  // fell as (سقطوا أسرى / قتلى / جرحى) after the counted people
  ["fell as", "Al Arabiya", "وأدلى أكثر من 10 من قيادات الميليشيات الذين سقطوا أسرى بمعلومات مهمة.", [["arrested", 10, "more_than", "fighters"]]],
  ["fell as", "Sky News Arabia", "وأكدت المصادر أن 3 جنود سقطوا قتلى في الكمين.", [["killed", 3, "exact", "soldiers"]]],
  ["fell as", "Al Yaum via SaudiNewsNet", "وتبين أن خمسة من المتظاهرين سقطوا جرحى برصاص الأمن.", [["injured", 5, "exact", null]]],
  // a clause opening with بين and the people, then their description, then the count
  ["among, opening the clause", "France 24", "وكان بين قتلى التفجيرين اللذين وقعا في العاصمة الشهر الماضي تسعة صحافيين.", [["killed", 9, "exact", "journalists"]]],
  ["among, opening the clause", "Sky News Arabia", "ومن بين جرحى الانفجار الذي هز وسط المدينة ليلة السبت 12 شرطيا.", [["injured", 12, "exact", "police"]]],
  ["among, opening the clause", "Al Arabiya", "وكان من بين المعتقلين في حملة المداهمات التي نفذتها القوات فجرا ثلاثة صحافيين.", [["arrested", 3, "exact", "journalists"]]],
  // بينهم / منهم after people named earlier in the sentence with no figure of theirs
  ["part of people named", "Al Watan via SaudiNewsNet", "وجميع الضحايا تتجاوز أعمارهم 60 سنة وبينهم سبع نساء.", [["killed", 7, "exact", "women"]]],
  ["part of people named", "BBC Arabic", "ونقل المصابون إلى مستشفى المدينة، وبينهم ثلاثة أطفال.", [["injured", 3, "exact", "children"]]],
  ["part of people named", "Al Arabiya", "ولا يزال المعتقلون في سجن المدينة ومنهم خمسة صحافيين.", [["arrested", 5, "exact", "journalists"]]],
  // underwent (تعرضوا) and the event noun with ل, after the counted people
  ["underwent", "Al Arabiya", "فإن العشرات من موظفيهم تعرضوا للاعتقال بشكل متكرر.", [["arrested", 20, "exact", null]]],
  ["underwent", "Sky News Arabia", "وقالت المنظمة إن 12 صحفيا تعرضوا للاختطاف خلال الشهر.", [["arrested", 12, "exact", "journalists"]]],
  ["underwent", "Al Yaum via SaudiNewsNet", "وأكد الهلال الأحمر أن ثلاثة من المسعفين تعرضوا للإصابة برصاص القناصة.", [["injured", 3, "exact", "medics"]]],
  ["underwent", "France 24", "وأن 40 طالبا تعرضوا لضغوط كبيرة خلال الامتحانات.", []],
  // سجن: imprisonment counted
  ["imprisonment", "Sky News Arabia", "وبحسب اللجنة، شهد العام سجن 262 صحفيا حول العالم.", [["arrested", 262, "exact", "journalists"]]],
  ["imprisonment", "BBC Arabic", "وأدانت المنظمة سجن 15 ناشطا بسبب تغريدات.", [["arrested", 15, "exact", null]]],
  ["imprisonment", "Al Arabiya", "وقضت المحكمة بسجن 3 متهمين في القضية.", [["arrested", 3, "exact", null]]],
  // driven from their homes: displaced, the cue carrying the people's pronoun
  ["driven from homes", "Sky News Arabia", "في اليوم الذي طرد فيه مئات الآلاف من منازلهم.", [["displaced", 200000, "exact", null]]],
  ["driven from homes", "Al Jazirah via SaudiNewsNet", "وأخرجت القوات 300 عائلة من منازلها في القرية.", [["displaced", 300, "exact", "families"]]],
  ["driven from homes", "Al Arabiya", "وطردت الميليشيات نحو 500 شخص من قراهم.", [["displaced", 500, "about", null]]],
  // a family or parent that lost its people lost them to death
  ["bereaved", "BBC Arabic", "التقيت أسرة فقدت أربعة أطفال ليلة أمس.", [["killed", 4, "exact", "children"]]],
  ["bereaved", "Al Arabiya", "وتحدثت أم فقدت 3 أطفال في القصف.", [["killed", 3, "exact", "children"]]],
  ["bereaved", "Sky News Arabia", "وفقد 12 بحارا في عرض البحر.", [["missing", 12, "exact", null]]],
  // فقد with its subject before it is «lost» (to death); the passive opening its clause is «went missing» (figs27)
  ["lost, subject before", "France 24", "وصرح النقيب أن العراق فقد 470 صحافيا منذ العام 2003.", [["killed", 470, "exact", "journalists"]]],
  ["lost, subject before", "Al Riyadh via SaudiNewsNet", "وترمز لهذا المستقبل ناجية فقدت ثلاثة من أبنائها في البحر المتوسط.", [["killed", 3, "exact", null]]],
  ["lost, subject before", "composed", "وقال إن الجيش فقد 12 جنديا في المعارك.", [["killed", 12, "exact", "soldiers"]]],
  ["lost, subject before", "composed", "وقد فقد 5 صيادين قبالة السواحل.", [["missing", 5, "exact", null]]],
  ["lost, subject before", "composed", "قتل 14 شخصا وفقد 4 آخرون في الإعصار.", [["killed", 14, "exact", null], ["missing", 4, "exact", null]]],
  ["lost, subject before", "JawharaFM", "وقتل أو فقد ما لا يقل عن 4500 شخص في البحر الأبيض المتوسط العام الماضي.", [["missing", 4500, "at_least", null]]],
  // a head after من, then its complement (`عناصر من رجال الأمن`)
  ["head after من", "WAS via SaudiNewsNet", "أسفرا عن مقتل ستة عناصر من رجال الأمن الأتراك.", [["killed", 6, "exact", "police"]]],
  ["head after من", "Al Arabiya", "وأصيب 4 أفراد من قوات الجيش في الكمين.", [["injured", 4, "exact", "soldiers"]]],
  ["head after من", "France 24", "واعتقل 3 عناصر من أفراد الشرطة بتهمة الفساد.", [["arrested", 3, "exact", "police"]]],
  // the people, one definite adjective, then their definite number, a teen too
  ["people, adjective, number", "BBC Arabic", "وقال نشطاء إن المقاتلين الأجانب الخمسة عشر الذين قتلوا في الغارة كانوا من الموالين للحكومة.", [["killed", 15, "exact", "fighters"]]],
  ["people, adjective, number", "Sky News Arabia", "وعثرت فرق الإنقاذ على الجنود الخمسة عشر المفقودين في الجبل.", [["missing", 15, "exact", "soldiers"]]],
  ["people, adjective, number", "Al Yaum via SaudiNewsNet", "ونقل المصابون المدنيون الأربعة إلى المستشفى.", [["injured", 4, "exact", "civilians"]]],
  ["people, adjective, number", "France 24", "وجاء الإفراج عن المعتقلين الأربعة عشر بعد وساطة.", []],
  // محبوس: held in custody, an arrest count
  ["محبوس", "Sky News Arabia", "وأحالت النيابة 90 متهما إلى المحاكمة، بينهم 37 محبوسا على ذمة القضية.", [["arrested", 37, "exact", null]]],
  ["محبوس", "Al Arabiya", "ولا يزال 12 محبوسا احتياطيا في انتظار التحقيق.", [["arrested", 12, "exact", null]]],
  ["محبوس", "Okaz via SaudiNewsNet", "وأمرت المحكمة بإخلاء سبيل 4 من المحبوسين بكفالة.", [["arrested", 4, "exact", null]]],
  // the tally after the number: a rise word or إلى, the number, then عدد / حصيلة and the people
  ["tally after the number", "Sky News Arabia", "وبذلك يرتفع إلى نحو 60 عدد القتلى منذ بداية الاحتجاجات.", [["killed", 60, "about", null]]],
  ["tally after the number", "France 24", "لترتفع إلى 14 حصيلة المصابين في الحادث.", [["injured", 14, "exact", null]]],
  ["tally after the number", "Al Riyadh via SaudiNewsNet", "وبلغ 230 عدد المعتقلين في السجن المركزي.", [["arrested", 230, "exact", null]]],
  ["tally after the number", "BBC Arabic", "وارتفع إلى 5 عدد الاجتماعات هذا الشهر.", []],
  // people in general, then the adjective that names their group (same definiteness)
  ["people, then a group adjective", "Asharq Al-Awsat via SaudiNewsNet", "وأدت الحرب إلى تشريد مئات الآلاف من السكان المدنيين.", [["displaced", 200000, "exact", "civilians"]]],
  ["people, then a group adjective", "Al Arabiya", "وقتل 3 أشخاص مسلحين في تبادل لإطلاق النار.", [["killed", 3, "exact", "fighters"]]],
  ["people, then a group adjective", "BBC Arabic", "وأصيب 11 من المواطنين المدنيين في القصف.", [["injured", 11, "exact", "civilians"]]],
  ["people, then a group adjective", "France 24", "وأصيب 7 من الأشخاص الذين كانوا في السوق.", [["injured", 7, "exact", null]]],
  // a bare number after its event word shares the group of the previous figure of its sentence, a few
  // words back (a vague plural is people in general; a group after a figure joined later by an event word is shared back)
  ["bare number, previous group", "Al Yaum via SaudiNewsNet", "وقتل 17 من المسلحين وأصيب 25 في الاشتباكات.", [["killed", 17, "exact", "fighters"], ["injured", 25, "exact", "fighters"]]],
  ["bare number, previous group", "Al Arabiya", "قتل 9 جنود وجرح آخرون فيما أسر 3 في المعارك.", [["killed", 9, "exact", "soldiers"], ["arrested", 3, "exact", "soldiers"]]],
  ["bare number, previous group", "Sky News Arabia", "وقتل 12 مدنيا. وأصيب 30 في قصف آخر.", [["killed", 12, "exact", "civilians"], ["injured", 30, "exact", null]]],
  ["bare number, previous group", "France 24", "ولقي 30 عنصرا من الميليشيا مصرعهم وأصيب العشرات في المعارك.", [["killed", 30, "exact", "fighters"], ["injured", 20, "exact", null]]],
  ["bare number, previous group", "BBC Arabic", "وقتل 8 مدنيين وأصيب 17 آخرين في القصف.", [["killed", 8, "exact", "civilians"], ["injured", 17, "exact", null]]],
  ["bare number, previous group", "Al Riyadh via SaudiNewsNet", "فيما قتل 4 وأصيب 11 من رجال الأمن في الهجوم.", [["killed", 4, "exact", "police"], ["injured", 11, "exact", "police"]]],
  // the armed resistance of a war, by its name or its men
  ["the resistance", "Al Riyadh via SaudiNewsNet", "وقالت مصادر ان 5 من المقاومة قتلوا في جبهة المطار.", [["killed", 5, "exact", "fighters"]]],
  ["the resistance", "Al Jazirah via SaudiNewsNet", "وأصيب 12 من عناصر المقاومة الشعبية في المواجهات.", [["injured", 12, "exact", "fighters"]]],
  ["the resistance", "Okaz via SaudiNewsNet", "واستشهد 3 مقاومين في قصف على الحي.", [["killed", 3, "exact", "fighters"]]],
  // released people the text calls detained are a count of the detained; another release counts none
  ["released detainees", "France 24", "في وقت تسري فيه شائعات بقرب إطلاق سراح ثلاثة أمريكيين محتجزين في كوريا الشمالية.", [["arrested", 3, "exact", null]]],
  ["released detainees", "France 24", "وأعلن الرئيس الإفراج عن ثلاثة أمريكيين كانوا معتقلين في كوريا الشمالية.", [["arrested", 3, "exact", null]]],
  ["released detainees", "Sky News Arabia", "ويضغط الوزير على بيونغ يانغ للإفراج عن ثلاثة مواطنين أميركيين معتقلين لديها.", [["arrested", 3, "exact", null]]],
  ["released detainees", "issue 12 (composed)", "وأفرجت السلطات عن 20 سجينا بعد انتهاء محكومياتهم.", []],
  ["released detainees", "issue 12 (composed)", "وطالبت المنظمة بإطلاق سراح خمسة صحفيين اعتقلوا الشهر الماضي.", []],
  // أجّل (postponed), spelled like أجلى (evacuated), before what it puts off
  ["postponed, not evacuated", "Al Riyadh via SaudiNewsNet", "من ناحية أخرى، أجلت محكمة الجنايات محاكمة 23 إرهابيا إلى جلسة مقبلة.", []],
  ["postponed, not evacuated", "issue 12 (composed)", "وأجلت المحكمة النظر في قضية 12 متهما إلى الشهر المقبل.", []],
  ["postponed, not evacuated", "issue 12 (composed)", "وأجلت السلطات 300 عائلة من المنطقة المهددة بالفيضان.", [["evacuated", 300, "exact", "families"]]],
  // vehicles and vessels are objects, not people
  ["vessels are no people", "Al Arabiya", "كما تقوم الميليشيات بتوقيف 17 سفينة تحمل مساعدات.", []],
  ["vessels are no people", "issue 12 (composed)", "وضبطت دوريات خفر السواحل 4 قوارب تقل مهاجرين.", []],
  // fig87: shots and stabs counted (Al Weeam via SaudiNewsNet `اصيب بأربع طلقات`; JawharaFM `وأصيب ب6 طعنات`, `وطعنه 5 طعنات`)
  ["shots and stabs are no people", "issue 12 (composed)", "وقالت الشرطة إن الحارس أصيب بثلاث طلقات في صدره.", []],
  ["shots and stabs are no people", "issue 12 (composed)", "وأصيب الشاب ب7 طعنات قبل أن يفر المعتدي.", []],
  ["shots and stabs are no people", "issue 12 (composed)", "وقتل المسلح 3 أشخاص بعشر رصاصات أمام المتجر.", [["killed", 3, "exact", null]]],
  ["shots and stabs are no people", "issue 12 (composed)", "وأصيب 4 أشخاص بطلقات نارية في الاشتباك.", [["injured", 4, "exact", null]]],
  // fig87: jobs lost (JawharaFM `فقدان 20 ألف موطن شغل`, `فقدان 99 موطن شغل`; France 24 `وأضاعت ملايين فرص العمل`)
  ["jobs are no people", "issue 12 (composed)", "وأدى إغلاق المصانع إلى فقدان 3 آلاف وظيفة في المنطقة.", []],
  ["jobs are no people", "issue 12 (composed)", "وتسببت الأزمة في فقدان 500 موطن شغل خلال عام.", []],
  ["jobs are no people", "issue 12 (composed)", "وأعلنت الشرطة فقدان 3 مواطنين في البحر.", [["missing", 3, "exact", null]]],
  // a country's forces are its army
  ["a country's forces", "BBC Arabic", "وأدى الحريق إلى مصرع 135 من القوات الأمريكية.", [["killed", 135, "exact", "soldiers"]]],
  ["a country's forces", "issue 12 (composed)", "وقتل 5 من القوات الروسية في هجوم قرب القاعدة.", [["killed", 5, "exact", "soldiers"]]],
  ["a country's forces", "issue 12 (composed)", "وقتل 12 من قوات الأمن في الهجوم.", [["killed", 12, "exact", "police"]]],
  // an injury word after the people naming a disease: an infection
  ["infection named after the people", "BBC Arabic", "ويرغب عشرات الآلاف من المواطنين في الحصول على إجابة تفسر إصابتهم بعدوى التهاب الكبد.", []],
  ["infection named after the people", "issue 12 (composed)", "وتبين أن 40 طالبا تعرضوا لإصابات بفيروس الإنفلونزا.", []],
  ["infection named after the people", "issue 12 (composed)", "وأعلنت الوزارة إصابة 12 شخصا بجروح بعد ظهور أعراض الإعياء.", [["injured", 12, "exact", null]]],
  // a verb opening its clause counts the people after its subject and adverbials; كان opens another clause
  ["verb opening the clause", "issue 12 (composed)", "واعتقلت الشرطة في مداهمات ليلية في عدة أحياء بالعاصمة 30 شخصا.", [["arrested", 30, "exact", null]]],
  ["verb opening the clause", "issue 12 (composed)", "وقتل في قصف مدفعي عنيف على الأحياء الشرقية للمدينة أمس 14 مدنيا.", [["killed", 14, "exact", "civilians"]]],
  ["verb opening the clause", "Sky News Arabia", "واعتقل سعادة في 2015 وكان واحدا ضمن خمسة شبان وجهت لهم تهمة المشاركة في مؤامرة.", []],
  ["verb opening the clause", "issue 12 (composed)", "وقال المتحدث إن السلطات ستعلن في مؤتمر صحفي يعقد غدا في العاصمة أسماء 12 شخصا.", []],
  // a duration is a time, no count between the verb and its people
  ["duration between verb and count", "Asharq Al-Awsat via SaudiNewsNet", "وقتل منذ بداية النزاع في اليمن قبل أربعة أشهر نحو أربعة آلاف شخص، بحسب أرقام الأمم المتحدة.", [["killed", 4000, "about", null]]],
  ["duration between verb and count", "issue 12 (composed)", "وأصيب خلال ثلاثة أيام من المواجهات 40 متظاهرا.", [["injured", 40, "exact", null]]],
  // a year before a phrase joined by و is a year
  ["year before و", "France 24", "وتحتجز السلطات مواطنا دون إدانة منذ أيلول/سبتمبر 2003 وآخر رهن التحقيق.", []],
  // news photographers are journalists; rescuers are medics
  ["photographers, rescuers", "issue 12 (composed)", "وقتل 3 مصورين صحفيين في القصف على المدينة.", [["killed", 3, "exact", "journalists"]]],
  ["photographers, rescuers", "issue 12 (composed)", "وأصيب 4 من رجال الإنقاذ أثناء انتشال الجثث.", [["injured", 4, "exact", "medics"]]],
  // منهم: the previous figure's people, of its group
  ["N منهم of the previous group", "Al Weeam via SaudiNewsNet", "وأوضحت القيادة أن 7 عناصر من تنظيم داعش قتلوا وجرح أربعة منهم في مناطق البوشجل.", [["killed", 7, "exact", "fighters"], ["injured", 4, "exact", "fighters"]]],
  ["N منهم of the previous group", "issue 12 (composed)", "وقتل 23 من الحوثيين في المعارك وأصيب عشرة منهم بجروح.", [["killed", 23, "exact", "fighters"], ["injured", 10, "exact", "fighters"]]],
  ["N منهم of the previous group", "issue 12 (composed)", "واعتقلت الشرطة 40 متظاهرا وأصيب 5 منهم.", [["arrested", 40, "exact", null], ["injured", 5, "exact", null]]],
  // forced disappearance: missing
  ["إخفاء قسري", "Sky News Arabia", "كما رصد التقرير 197 حالة اختطاف و167 حالة إخفاء قسري.", [["arrested", 197, "exact", null], ["missing", 167, "exact", null]]],
  ["إخفاء قسري", "issue 12 (composed)", "ووثقت المنظمة 40 حالة إخفاء قسري خلال العام.", [["missing", 40, "exact", null]]],
  ["إخفاء", "Sky News Arabia", "وكانت إيران تحاول إخفاء الحقيقة رغم التقارير.", []],
  // Peshmerga are an army
  ["البيشمركة", "Al Riyadh via SaudiNewsNet", "عن مقتل 37 مسلحا من داعش و16 من قوات البيشمركة في هجمات متفرقة.", [["killed", 37, "exact", "fighters"], ["killed", 16, "exact", "soldiers"]]],
  ["البيشمركة", "issue 12 (composed)", "ما أسفر عن مقتل 13 من قوات البيشمركة وإصابة 3 آخرين.", [["killed", 13, "exact", "soldiers"], ["injured", 3, "exact", null]]],
  // the people's number in a relative clause: القتلى الذين بلغ عددهم N
  ["الذين بلغ عددهم", "Al Arabiya", "مشيرا إلى القتلى الذين بلغ عددهم 853، كما يفيد الإحصاء الأخير للحكومة.", [["killed", 853, "exact", null]]],
  ["الذين بلغ عددهم", "Sky News Arabia", "والذي قتل فيه 90 من ضحايا الهجوم الذين بلغ عددهم 130.", [["killed", 90, "exact", null], ["killed", 130, "exact", null]]],
  ["الذين بلغ عددهم", "France 24", "وتستقبل مراكز الاقتراع الناخبين العراقيين الذين يصل عددهم إلى 24 مليونا.", []],
  ["البالغ عددهم", "BBC Arabic", "كتب عليها رئيس العمال أسماء عماله، البالغ عددهم 43 عاملا.", []],
  // the nominative dual of a nationality counts two; a name in ـيان does not
  ["nationality dual", "Sky News Arabia", "قتل فلسطينيان برصاص الجيش الإسرائيلي في غزة، الجمعة.", [["killed", 2, "exact", null]]],
  ["nationality dual", "issue 12 (composed)", "وأصيب إسرائيليان بجروح طفيفة في الهجوم.", [["injured", 2, "exact", null]]],
  ["nationality dual", "France 24", "حصل باشينيان في التصويت على دعم كتلتين نيابيتين.", []],
  // the people right before إلى in a rising tally are the ones counted
  ["tally of the people before إلى", "Sky News Arabia", "وحسب وزارة الصحة الفلسطينية، ارتفع عدد القتلى إلى 58 والجرحى إلى 2771.", [["killed", 58, "exact", null], ["injured", 2771, "exact", null]]],
  ["tally of the people before إلى", "issue 12 (composed)", "وارتفعت حصيلة الضحايا إلى 12 والمصابين إلى 40.", [["killed", 12, "exact", null], ["injured", 40, "exact", null]]],
  // a death sentence passed (حكم … الإعدام) is no death; an execution carried out is
  ["death sentence", "Sky News Arabia", "أصدرت محكمة أمن الدولة الأحكام تراوحت بين السجن عشرة أعوام والإعدام، بحق سبعة أردنيين ينتمون لتنظيم داعش.", []],
  ["death sentence", "Okaz via SaudiNewsNet", "عن صدور أحكام جديدة بالإعدام بحق أربعة سعوديين متهمين بالإرهاب.", []],
  ["death sentence", "3alyoum via SaudiNewsNet", "بث التنظيم شريط فيديو يظهر إعدام عشرة أفغان بطريقة جديدة.", [["killed", 10, "exact", null]]],
  // counted as of an organization (تنظيم): its members, fighters
  ["من تنظيم", "Al Weeam via SaudiNewsNet", "رابط الخبر بصحيفة الوئام: مقتل العشرات من تنظيـم داعش فـي العـراق", [["killed", 20, "exact", "fighters"]]],
  ["من تنظيم", "Sky News Arabia", "في إشارة إلى اعتقال 5 من التنظيم في العراق.", [["arrested", 5, "exact", "fighters"]]],
  ["من تنظيم", "Al Jazirah via SaudiNewsNet", "إن القوات الجوية تمكنت من قتل 6 من عناصر تنظيم بيت المقدس الإرهابي.", [["killed", 6, "exact", "fighters"]]],
  ["من تنظيم", "Asharq Al-Awsat via SaudiNewsNet", "حذر 3 معارضين من تنظيم انتخابات مبكرة.", []],
  // يلقى / تلقى alone is received; with حتفه / مصرعه a death
  ["تلقى", "Sky News Arabia", "ومنذ ذلك الحين تلقى 8 هزائم متتالية.", []],
  ["تلقى", "Al Arabiya", "أكد اللاعب أنه تلقى عرضين من البرتغال وبلجيكا.", []],
  ["تلقى", "issue 12 (composed)", "وتلقى ثلاثة جنود حتفهم في الهجوم.", [["killed", 3, "exact", "soldiers"]]],
  // N منهم right after a figure: a part of its people, of its kind and group (corpus mining, figs8)
  ["N منهم after a figure", "France 24", "وأعلن الوزير سقوط قتيلين و4 جرحى اثنان منهم بحالة خطيرة.", [["killed", 2, "exact", null], ["injured", 4, "exact", null], ["injured", 2, "exact", null]]],
  ["N منهم after a figure", "CNN Arabic", "قتل أحدهم في حين أصيب أربعة آخرين، اثنان منهم إصاباتهما خطيرة.", [["injured", 4, "exact", null], ["injured", 2, "exact", null]]],
  ["N منهم after a figure", "Asharq Al-Awsat via SaudiNewsNet", "فضلاً عن إصابة أكثر من 400 إرهابي، 150 منهم جروحهم بليغة.", [["injured", 400, "more_than", "fighters"], ["injured", 150, "exact", "fighters"]]],
  ["N منهم after a figure", "JawharaFM", "وأسفرت الحملة عن إيقاف 10 أشخاص، 8 منهم صادرة في حقهم برقيات تفتيش.", [["arrested", 10, "exact", null], ["arrested", 8, "exact", null]]],
  ["N منهم after a figure", "issue 12 (composed)", "طلب عدد من المهاجرين اللجوء، وينحدر ستون منهم من أفغانستان.", []],
  // a number after a comma opens its own phrase: no adjective of the noun before it (`آخرين، اثنان`)
  ["comma before اثنان", "issue 12 (composed)", "وأصيب ثلاثة آخرين، اثنان منهم في حالة حرجة.", [["injured", 3, "exact", null], ["injured", 2, "exact", null]]],
  // قبض على as a verb, like القبض على
  ["قبض على", "3alyoum via SaudiNewsNet", "وهرعت الشرطة إلى موقع الحادثة وقبضت على حوالي خمسين قروياً.", [["arrested", 50, "about", null]]],
  ["قبض على", "Al Riyadh via SaudiNewsNet", "وقبض على اثنين منهم خلال قيادتهما سيارة مستأجرة.", [["arrested", 2, "exact", null]]],
  ["قبض على", "issue 12 (composed)", "وقبضوا على 12 مهربا قرب الحدود.", [["arrested", 12, "exact", null]]],
  ["قبض على", "issue 12 (composed)", "وقبض على المبلغ 3 موظفين في الشركة.", []],
  // a verb agreeing with a coordinated subject: its window runs on from the last item
  ["coordinated subject, verb after", "Asharq Al-Awsat via SaudiNewsNet", "وذكر المرصد أنّ 25 مقاتلاً على الأقل من الفصائل المسلحة السورية وثمانية من مقاتلي تنظيم «داعش»، قتلوا في الهجوم.", [["killed", 25, "at_least", "fighters"], ["killed", 8, "exact", "fighters"]]],
  ["coordinated subject, verb after", "BBC Arabic", "وقالت الشرطة إن ثلاثة موظفين وأربعة حراس أمن قد قتلوا في الهجوم.", [["killed", 3, "exact", null], ["killed", 4, "exact", null]]],
  // مات / يموت: a death verb like توفي
  ["مات", "JawharaFM", "قال مسؤولون ليبيون إن سبعة مهاجرين أفارقة ماتوا اختناقا بعد احتجازهم في حاوية.", [["killed", 7, "exact", null]]],
  // (the verb alone: with «سنويا» after the people the count is a rate, no figure, since fig114)
  ["مات", "France 24", "وبحسب هذه البيانات، يموت نحو سبعة ملايين شخص نتيجة التلوث.", [["killed", 7000000, "about", null]]],
  ["مات", "JawharaFM", "وقالت المنظمة إن 40 مهاجرا ماتوا عطشا في الصحراء.", [["killed", 40, "exact", null]]],
  ["مات", "issue 12 (composed)", "وكتب مات ديمون 3 روايات.", []],
  // a scale word, then the part below it in digits: `ألفين و800`, `مليون و325 ألف`
  ["scale word and digits", "JawharaFM", "وقضى ألفين و800 شخص هذا العام في البحر المتوسط.", [["killed", 2800, "exact", null]]],
  ["scale word and digits", "Asharq Al-Awsat via SaudiNewsNet", "وتسبب النزاع في نزوح مليون و325 ألف شخص.", [["displaced", 1325000, "exact", null]]],
  ["scale word and digits", "Al Arabiya", "وأصيب ألف و200 شخص في الزلزال.", [["injured", 1200, "exact", null]]],
  ["coordinated subject, verb after", "JawharaFM", "وقالت السلطات إن خمسة من رجال الشرطة الإسبانية و50 من المغرب أصيبوا في المواجهات.", [["injured", 5, "exact", "police"], ["injured", 50, "exact", "police"]]],
  // a rank of the police (ضابط / مجند + شرطة، بالشرطة، في الشرطة، الأمن) counts police, not soldiers
  ["police rank", "Sky News Arabia", "وأسفرت الهجمات عن مقتل 3 ضباط شرطة في شمال سيناء.", [["killed", 3, "exact", "police"]]],
  ["police rank", "Al Riyadh via SaudiNewsNet", "وأصيب أربعة ضباط في الشرطة بجروح خلال المواجهات.", [["injured", 4, "exact", "police"]]],
  ["police rank", "Al Watan via SaudiNewsNet", "وقتل 7 مجندين بالشرطة في انفجار عبوة ناسفة.", [["killed", 7, "exact", "police"]]],
  ["police rank", "Al Yaum via SaudiNewsNet", "وقتل خمسة ضباط في الجيش في الكمين.", [["killed", 5, "exact", "soldiers"]]],
  // a conscript (مجند) is a soldier, unless the police is named with him or, for conscripts counted with no
  // force of their own, last before them in the sentence (Egypt's police conscripts)
  ["conscripts", "Sky News Arabia", "وأسفرت الهجمات عن مقتل 3 ضباط شرطة و 29 مجندا بالقوات المسلحة و 5 مدنيين.", [["killed", 3, "exact", "police"], ["killed", 29, "exact", "soldiers"], ["killed", 5, "exact", "civilians"]]],
  ["conscripts", "Al Jazirah via SaudiNewsNet", "مما أسفر عن استشهاد النقيب محمد والمجند رضا من قوات أمن شمال سيناء وإصابة ثلاثة مجندين تم نقلهم للمستشفى.", [["injured", 3, "exact", "police"]]],
  ["conscripts", "Al Riyadh via SaudiNewsNet", "أسفر ذلك عن استشهاد نقيب ومجند من قوات أمن شمال سيناء وإصابة ثلاثة مجندين تم نقلهم للمستشفى.", [["injured", 3, "exact", "police"]]],
  ["conscripts", "Al Watan via SaudiNewsNet", "لقي ضابط شرطة ومجند من قوات أمن شمال سيناء مصرعهما وأصيب ثلاثة مجندين آخرين إثر انفجار عبوة ناسفة.", [["injured", 3, "exact", "police"]]],
  ["conscripts", "issue 12 (composed)", "أسفر الهجوم عن استشهاد نقيب من الجيش وإصابة ثلاثة مجندين.", [["injured", 3, "exact", "soldiers"]]],
  ["conscripts", "issue 12 (composed)", "وأصيب ثلاثة مجندين من قوات الأمن في الهجوم.", [["injured", 3, "exact", "police"]]],
  ["conscripts", "issue 12 (composed)", "وقتل 12 مجندا في الهجوم على الكمين.", [["killed", 12, "exact", "soldiers"]]],
  // people in general, then the force they serve in (and a rank joined to them): that force
  ["people of a force", "Sky News Arabia", "وأسفرت الهجمات عن مقتل 29 جنديا و 16 فردا ومجندا بالشرطة.", [["killed", 29, "exact", "soldiers"], ["killed", 16, "exact", "police"]]],
  ["people of a force", "issue 12 (composed)", "وأصيب 37 جنديا و41 فردا من أفراد الشرطة و5 مدنيين.", [["injured", 37, "exact", "soldiers"], ["injured", 41, "exact", "police"], ["injured", 5, "exact", "civilians"]]],
  ["people of a force", "Al Jazirah via SaudiNewsNet", "في استشهاد عشرة من منسوبي قوات طوارئ منطقة عسير، وثلاثة من العاملين، وإصابة تسعة آخرين.", [["killed", 10, "exact", "police"], ["killed", 3, "exact", null], ["injured", 9, "exact", null]]],
  // medical staff and rescue services are medics (الدفاع المدني is no count of civilians)
  ["medics", "issue 12 (composed)", "وأصيب خمسة من أفراد الطواقم الطبية خلال القصف.", [["injured", 5, "exact", "medics"]]],
  ["medics", "issue 12 (composed)", "وأصيب 12 من الكوادر الطبية برصاص القوات.", [["injured", 12, "exact", "medics"]]],
  ["medics", "issue 12 (composed)", "وقتل 6 من الدفاع المدني في الغارة الثانية.", [["killed", 6, "exact", "medics"]]],
  ["medics", "issue 12 (composed)", "قتل طبيبان وأصيب ثلاثة ممرضين في قصف المستشفى.", [["killed", 2, "exact", "medics"], ["injured", 3, "exact", "medics"]]],
  // N من + a definite sound plural not in the person lists: a part of those people
  ["part of a definite plural", "Al Arabiya", "إن الشرطة في روسيا اعتقلت اليوم السبت ما يزيد على ألف من المشاركين في احتجاجات بأنحاء البلاد.", [["arrested", 1000, "more_than", null]]],
  ["part of a definite plural", "issue 12 (composed)", "وفضت الشرطة الاعتصام واعتقلت العشرات من المعتصمين.", [["arrested", 20, "exact", null]]],
  // N من + a demonstrative, then the people
  ["past a demonstrative", "Asharq Al-Awsat via SaudiNewsNet", "وكان المئات من هذا التنظيم قد قتلوا في محاولة التنظيم الاستيلاء على كوباني.", [["killed", 200, "exact", "fighters"]]],
  ["past a demonstrative", "Okaz via SaudiNewsNet", "ما تم الإعلان عنه من إلقاء القبض على أكثر من ٤٠٠ من هذا التنظيم الإرهابي.", [["arrested", 400, "more_than", "fighters"]]],
  ["past a demonstrative", "Al Watan via SaudiNewsNet", "أربعة من هؤلاء المذيعين توفوا بسبب أزمة قلبية.", [["killed", 4, "exact", "journalists"]]],
  // people in general, then من and the group they belong to (a family is none)
  ["people, then their group", "Sky News Arabia", "وكتب ترامب في تغريدة: أبرز 5 مطلوبين من قادة داعش اعتقلوا توا.", [["arrested", 5, "exact", "fighters"]]],
  ["people, then their group", "Sky News Arabia", "وإصابة 37 مجندا بالقوات المسلحة و41 فردا من أفراد ومجندي الشرطة.", [["injured", 37, "exact", "soldiers"], ["injured", 41, "exact", "police"]]],
  ["people, then their group", "issue 12 (composed)", "واعتقلت القوات 5 أشخاص من عناصر داعش في الموصل.", [["arrested", 5, "exact", "fighters"]]],
  ["people, then their group", "issue 12 (composed)", "وقتل 5 أشخاص من عائلة واحدة في القصف.", [["killed", 5, "exact", null]]],
  // an armed group by its name after جماعة, and the Popular Mobilization as a militia
  ["armed group by name", "issue 12 (composed)", "وقتل 12 من أفراد جماعة الحوثي في المعارك.", [["killed", 12, "exact", "fighters"]]],
  ["armed group by name", "issue 12 (composed)", "وقتل 7 من منتسبي الحشد الشعبي في الهجوم.", [["killed", 7, "exact", "fighters"]]],
  // بينهم opening a sentence: a part of the people the sentence before named (no figure of theirs in between)
  ["بينهم opening a sentence", "Al Eqtisadiya via SaudiNewsNet", "وجميع الضحايا تتجاوز أعمارهم 60 عاما. وبينهم سبع نساء، بحسب بيان وزارة الصحة.", [["killed", 7, "exact", "women"]]],
  ["بينهم opening a sentence", "Al Yaum via SaudiNewsNet", "وجميع الضحايا تتجاوز أعمارهم 60 عاما. وبينهم سبع نساء بحسب بيان وزارة الصحة.", [["killed", 7, "exact", "women"]]],
  ["بينهم opening a sentence", "issue 12 (composed)", "وصل الركاب إلى المطار. وبينهم سبع نساء.", []],
  // an event verb right before منهم: what befell the part
  ["verb before منهم", "issue 12 (composed)", "أصيب تسعة أشخاص في الحادث توفي منهم ثلاثة في المستشفى.", [["injured", 9, "exact", null], ["killed", 3, "exact", null]]],
  ["verb before منهم", "France 24", "آلاف الفلسطينيين الذين يتجمعون على الحدود قتل منهم 54 فلسطينيا.", [["killed", 54, "exact", null]]],
  // نصف / ربع + a scale word: a half or a quarter of it, with the qualifier before it
  ["fraction of a scale", "Sky News Arabia", "أدت الحرب إلى مقتل أكثر من نصف مليون من المدنيين.", [["killed", 500000, "more_than", "civilians"]]],
  ["fraction of a scale", "Asharq Al-Awsat via SaudiNewsNet", "وفر نحو ربع مليون شخص من منازلهم خلال الشهر.", [["displaced", 250000, "about", null]]],
  ["fraction of a scale", "France 24", "وأصيب نصفهم بجروح بعد نصف ساعة من الانفجار.", []],
  // figs13: a vague plural takes an event noun in construct, with the article, as it takes people (آلاف الإصابات)
  ["vague plural and a definite event noun", "France 24", "ويرتفع عدد القتلى إلى 53، فيما سجلت آلاف الإصابات في المواجهات.", [["killed", 53, "exact", null], ["injured", 2000, "exact", null]]],
  ["vague plural and a definite event noun", "JawharaFM", "وأسفر الهجوم على الحفل عن 22 قتيلا وعشرات الإصابات.", [["killed", 22, "exact", null], ["injured", 20, "exact", null]]],
  ["vague plural and a definite event noun", "issue 12 (composed)", "وشهدت المدينة مئات الاعتقالات خلال الاحتجاجات.", [["arrested", 200, "exact", null]]],
  ["vague plural and a definite event noun", "issue 12 (composed)", "وسجلت المستشفيات مئات الإصابات بالكوليرا.", []],
  ["vague plural and a definite event noun", "issue 12 (composed)", "وشن الطيران عشرات الغارات على المدينة.", []],
  // figs13: the tally after the number past its qualifier (`إلى 18 على الأقل عدد قتلى`), its people in construct;
  // a tally's people give the figure their group (قتلى النظام، القتلى من الشرطة، في صفوف قوات النظام، القتلى المدنيين)
  ["tally with its people's group", "Asharq Al-Awsat via SaudiNewsNet", "في وقت ارتفع إلى 18 على الأقل عدد قتلى النظام السوري في الهجوم على المطار.", [["killed", 18, "at_least", "soldiers"]]],
  ["tally with its people's group", "JawharaFM", "وبلغ عدد القتلى من الشرطة 7، فيما أصيب 14 آخرون.", [["killed", 7, "exact", "police"], ["injured", 14, "exact", null]]],
  ["tally with its people's group", "Sky News Arabia", "وكشفت التقارير عن ارتفاع عدد القتلى في صفوف قوات النظام السوري إلى 23.", [["killed", 23, "exact", "soldiers"]]],
  ["tally with its people's group", "issue 12 (composed)", "وارتفع عدد القتلى المدنيين إلى 40 منذ الصباح.", [["killed", 40, "exact", "civilians"]]],
  ["tally with its people's group", "issue 12 (composed)", "ووصل إلى 20 تقريبا عدد جرحى الشرطة.", [["injured", 20, "about", "police"]]],
  ["tally with its people's group", "issue 12 (composed)", "وارتفعت حصيلة قتلى الإعصار في تايوان إلى ستة.", [["killed", 6, "exact", null]]],
  ["tally with its people's group", "issue 12 (composed)", "وارتفع إلى 18 على الأقل عدد الاجتماعات هذا الشهر.", []],
  // figs13: الدفاع names civil defence (medics) only as الدفاع المدني; a defence force is an army
  ["defence forces", "Sky News Arabia", "وقتل 3 من قوات الدفاع الجوي في القصف.", [["killed", 3, "exact", "soldiers"]]],
  ["defence forces", "Asharq Al-Awsat via SaudiNewsNet", "وأسفرت الاشتباكات عن مقتل 12 من قوات الدفاع الوطني.", [["killed", 12, "exact", "soldiers"]]],
  ["defence forces", "Al Madina via SaudiNewsNet", "وأصيب خمسة من منسوبي قوات الدفاع في المواجهات.", [["injured", 5, "exact", "soldiers"]]],
  ["defence forces", "issue 12 (composed)", "وأصيب 4 من رجال الدفاع المدني أثناء إخماد الحريق.", [["injured", 4, "exact", "medics"]]],
  // figs18: the dual in construct of a scale word, and a half or a quarter of the scale after it and و
  ["scale dual in construct", "issue 12 (composed)", "وأدى النزاع إلى تهجير أكثر من مليوني شخص من منازلهم.", [["displaced", 2000000, "more_than", null]]],
  ["half of the scale after و", "issue 12 (composed)", "ونزح مليون ونصف المليون شخص خلال الحرب.", [["displaced", 1500000, "exact", null]]],
  ["half of the scale after و", "issue 12 (composed)", "وقتل نحو 3 آلاف ونصف مدني في القصف.", [["killed", 3500, "about", "civilians"]]],
  ["half of the scale after و", "issue 12 (composed)", "وشرد مليونان ونصف من السكان.", [["displaced", 2500000, "exact", null]]],
  ["half of the scale after و", "issue 12 (composed)", "واعتقل ألف وربع شخص بعد الانقلاب.", [["arrested", 1250, "exact", null]]],
  ["half of the scale after و", "issue 12 (composed)", "وقتل ألف شخص ونصفهم من النساء.", [["killed", 1000, "exact", null]]],
  // figs18: an item joined to an enumeration of parts counts people even with no person noun (or none at all)
  ["enumeration of parts", "issue 12 (composed)", "وقتل 9 أشخاص هم ثلاثة جنود وأربعة متعاقدين وثلاثة مهاجمين.", [["killed", 9, "exact", null], ["killed", 3, "exact", "soldiers"], ["killed", 4, "exact", null], ["killed", 3, "exact", "fighters"]]],
  ["enumeration of parts", "issue 12 (composed)", "وأسفر الانفجار عن 12 قتيلا هم سبعة مدنيين وخمسة لم تعرف هوياتهم.", [["killed", 12, "exact", null], ["killed", 7, "exact", "civilians"], ["killed", 5, "exact", null]]],
  ["enumeration of parts", "issue 12 (composed)", "وقتل 5 جنود وثلاثة متعاقدين في الكمين.", [["killed", 5, "exact", "soldiers"]]],
  // figs18: ألوف, the other plural of ألف, as آلاف (alone 2,000–9,999, scaling a vague plural before it)
  ["ألوف", "issue 12 (composed)", "ونزح عشرات الألوف من السكان هربا من القتال.", [["displaced", 20000, "exact", null]]],
  ["ألوف", "issue 12 (composed)", "وقتل مئات ألوف المدنيين خلال الحرب.", [["killed", 200000, "exact", "civilians"]]],
  ["ألوف", "issue 12 (composed)", "واعتقلت السلطات ألوف المهاجرين.", [["arrested", 2000, "exact", null]]],
  // figs19: a pilot is a person noun (people in general), so its dual counts two (CNN, Al Arabiya, Sky News Arabia)
  ["pilots", "issue 12 (composed)", "وأعلنت الوزارة مقتل طيارين إثر تحطم طائرتهما.", [["killed", 2, "exact", null]]],
  ["pilots", "issue 12 (composed)", "ونفت الحكومة إصابة طيارين أجنبيين خلال التحليق.", [["injured", 2, "exact", null]]],
  ["pilots", "issue 12 (composed)", "وتحطمت المروحية مما أسفر عن مقتل طيارين اثنين.", [["killed", 2, "exact", null]]],
  ["pilots", "issue 12 (composed)", "وأسفر الحادثان عن مقتل 4 طيارين.", [["killed", 4, "exact", null]]],
  ["pilots", "issue 12 (composed)", "وكرمت الأكاديمية طيارين متفوقين في حفل التخرج.", []],
  // figs22: the verb agreeing with the counted people past a subgroup between them (بينهم …), a verb only
  // (Al Jazirah and Al Riyadh via SaudiNewsNet, JawharaFM)
  ["verb past a subgroup", "issue 12 (composed)", "وقال الحاكم إن 17 مسلحا، بينهم ثلاثة قادة، قتلوا في غارة ليلية.", [["killed", 17, "exact", "fighters"], ["killed", 3, "exact", "fighters"]]],
  ["verb past a subgroup", "issue 12 (composed)", "وأعلنت الشرطة أن 26 شخصا على الأقل بينهم 9 أطفال قتلوا في انهيار المبنى.", [["killed", 26, "at_least", null], ["killed", 9, "exact", "children"]]],
  ["verb past a subgroup", "issue 12 (composed)", "وكان بين المهاجمين خمسة مسلحين، بينهم اثنان سبق اعتقالهم.", []],
  // figs22: a fall right before named people is their death, or what they fell as; none between two
  // states or into someone's hands (Sky News Arabia, France 24, JawharaFM, Al Riyadh via SaudiNewsNet)
  ["fall before people", "issue 12 (composed)", "وأدى القصف إلى سقوط 7 من المدنيين.", [["killed", 7, "exact", "civilians"]]],
  ["fall before people", "issue 12 (composed)", "وسقط 12 شخصا وأصيب 30 آخرون في التفجير.", [["killed", 12, "exact", null], ["injured", 30, "exact", null]]],
  ["fall before people", "issue 12 (composed)", "ودعت إلى اجتماع بعد سقوط عشرات المحتجين جرحى في الساحة.", [["injured", 20, "exact", null]]],
  ["fall before people", "issue 12 (composed)", "وسقط العشرات من المسلحين بين قتيل وجريح في المعارك.", []],
  // (into someone's hands is no death; fig84 reads it as a capture, as the DEV gold does)
  ["fall before people", "issue 12 (composed)", "وسقط عشرات من المهربين في قبضة حرس الحدود.", [["arrested", 20, "exact", null]]],
  // figs22: inmates joined by و to a figure's people are people counted too (Sky News Arabia, JawharaFM)
  ["inmates joined", "issue 12 (composed)", "وأسفرت أعمال الشغب عن مقتل 4 حراس و7 سجناء.", [["killed", 4, "exact", null], ["killed", 7, "exact", null]]],
  ["inmates joined", "issue 12 (composed)", "وأصيب شرطي و9 نزلاء في الحريق.", [["injured", 9, "exact", null]]],
  ["inmates joined", "issue 12 (composed)", "وأعلنت الوزارة العفو عن 300 سجين بمناسبة العيد.", []],
  // figs22: an enumeration of a total's parts reaches further to its next item (Asharq Al-Awsat via SaudiNewsNet, JawharaFM)
  ["parts enumerated at length", "issue 12 (composed)", "وأسفر الهجوم عن 9 قتلى هم ثلاثة حراس وأربعة عمال في شركة نفط أجنبية تعمل لحساب الحكومة المحلية في المنطقة واثنان من المهاجمين.", [["killed", 9, "exact", null], ["killed", 3, "exact", null], ["killed", 4, "exact", null], ["killed", 2, "exact", "fighters"]]],
  // figs24: an arrest of bare عناصر (no force, group or armed adjective) counts people in general unless
  // the sentence names an armed group; killed, bare عناصر stay fighters (JawharaFM's crime reports, Al Riyadh)
  ["bare عناصر arrested", "JawharaFM", "وتمكنت الوحدات الأمنية من إيقاف عنصرين مفتش عنهما من أجل السرقة.", [["arrested", 2, "exact", null]]],
  ["bare عناصر arrested", "Al Riyadh via SaudiNewsNet", "وتمكنت الشرطة من اعتقال 5 عناصر من العصابة المذكورة.", [["arrested", 5, "exact", null]]],
  ["bare عناصر arrested", "JawharaFM", "وتمكنت الوحدات من إيقاف 4 عناصر تكفيرية في الجهة.", [["arrested", 4, "exact", "fighters"]]],
  ["bare عناصر arrested", "Al Arabiya", "وأعلن سقوط قتلى من ميليشيات الحوثي وأسر ثلاثة عناصر في المعارك.", [["arrested", 3, "exact", "fighters"]]],
  ["bare عناصر killed", "Sky News Arabia", "وقتل أكثر من 15 عنصرا في الغارات على المواقع العسكرية.", [["killed", 15, "more_than", "fighters"]]],
  // figs24: the plural إرهابيين misspelt with one ي (Sky News Arabia, JawharaFM)
  ["إرهابين misspelt", "Sky News Arabia", "أسفر الهجوم عن مقتل 4 من رجال الأمن، بالإضافة إلى سقوط 9 من الإرهابين.", [["killed", 4, "exact", "police"], ["killed", 9, "exact", "fighters"]]],
  ["إرهابين misspelt", "JawharaFM", "وتمكنت الوحدات من القبض على خمسة إرهابين في الجبل.", [["arrested", 5, "exact", "fighters"]]],
  // figs24: the dual of حالة before a death or injury noun counts two (Al Madina, Al Watan via SaudiNewsNet; JawharaFM)
  ["حالتا وفاة", "Al Madina via SaudiNewsNet", "وثلاثة مصابين بمحافظة أسوان، وحالتي وفاة بمحافظة قنا.", [["injured", 3, "exact", null], ["killed", 2, "exact", null]]],
  ["حالتا وفاة", "Al Watan via SaudiNewsNet", "وتبين أن الحادث نتج عنه حالتا وفاة.", [["killed", 2, "exact", null]]],
  ["حالتا احتجاز", "Al Watan via SaudiNewsNet", "وقع انهيار صخري نتج عنه حالتا احتجاز تحت الصخور.", []],
  // fig76: a count joined by و to the first object of القبض على (BBC; JawharaFM, three stories)
  ["arrest's object, then a count", "issue 12 (composed)", "وألقت الشرطة القبض على سائق الشاحنة و4 أشخاص آخرين بعد المداهمة.", [["arrested", 4, "exact", null]]],
  ["arrest's object, then a count", "issue 12 (composed)", "وكانت الشرطة قد قبضت على المتهم الأول، و9 شبان من الحي.", [["arrested", 9, "exact", null]]],
  ["arrest's object, then a count", "issue 12 (composed)", "وتم القبض على أحد أفراد الشبكة المتكونة من 9 أشخاص.", []],
  ["arrest's object, then a count", "issue 12 (composed)", "وجرى القبض على المهرب و3 كيلوغرامات من المخدرات.", []],
  // fig76: القبض عن, a slip for القبض على (Sky News Arabia, JawharaFM)
  ["القبض عن", "issue 12 (composed)", "وأسفرت الحملة الأمنية عن القبض عن 12 شخصا مطلوبين للعدالة.", [["arrested", 12, "exact", null]]],
  // fig76: قضى على with people counted after it (Sky News Arabia; JawharaFM, three stories); a court's ruling is none
  ["قضى على", "issue 12 (composed)", "وأعلن الجيش أنه قضى على 4 مسلحين في الجبل.", [["killed", 4, "exact", "fighters"]]],
  ["قضى على", "issue 12 (composed)", "وقضت قوات الأمن الخاصة على سبعة أشخاص من الخلية.", [["killed", 7, "exact", null]]],
  ["قضى على", "issue 12 (composed)", "وقضت محكمة الجنايات على 3 متهمين في القضية.", []],
  ["قضى على", "issue 12 (composed)", "وقضت الدائرة على 5 متهمين بالسجن عشر سنوات.", []],
  ["قضى على", "issue 12 (composed)", "وقضى الحريق على 20 منزلا في القرية.", []],
  // fig91: a rate is no count of people — an average before the count (Asharq Al-Awsat via SaudiNewsNet, JawharaFM), per
  // and a number after its people (Al Madina via SaudiNewsNet, Wikinews); «each» (لكل واحد) and «in each of» are no rate
  ["rate", "issue 12 (composed)", "وارتفع عدد القتلى من 75 إلى 126 قتيلا، أي بمعدل سبعة قتلى في الشهر.", [["killed", 75, "exact", null], ["killed", 126, "exact", null]]],
  // more than 1500: a verb of exceeding before the tally (fig110)
  ["rate", "issue 12 (composed)", "ويتجاوز عدد الضحايا 1500 قتيل، أي بمعدل 5 قتلى يوميا.", [["killed", 1500, "more_than", null]]],
  ["rate", "issue 12 (composed)", "وتخلف هذه الحروب أكثر من 1000 قتيل في المعارك لكل مليون نسمة.", []],
  ["rate", "issue 12 (composed)", "وتشير الدراسة إلى إصابة 17 رجلا من بين كل 100 ألف بالمرض.", []],
  ["rate", "issue 12 (composed)", "وحكمت المحكمة على 3 متهمين بالسجن 15 سنة لكل واحد منهم.", []],
  ["rate", "issue 12 (composed)", "وقتل 5 أشخاص في كل من حلب وإدلب.", [["killed", 5, "exact", null]]],
  // fig114: a frequency after the counted people makes a rate (France 24 `يموت نحو سبعة ملايين شخص سنويا`, Sky News Arabia
  // `يلقى أكثر من 400 ألف شخص، كل سنة، حتفه`, BBC `يقتل 4500 شخص أنفسهم سنويا`, SaudiNewsNet, JawharaFM); a day named, an
  // adjective of the year, «each of them» or a frequency after another number are none
  ["frequency", "issue 12 (composed)", "وتقول الوزارة إن نحو 3 آلاف شخص يموتون سنويا في حوادث الطرق.", []],
  ["frequency", "issue 12 (composed)", "ويلقى أكثر من 200 عامل، كل عام، حتفهم في المناجم.", []],
  ["frequency", "issue 12 (composed)", "وتقتل الملاريا مئات الأطفال في الإقليم كل سنة.", []],
  ["frequency", "issue 12 (composed)", "وتعتقل الشرطة نحو 40 شخصا يوميا في أحياء المدينة.", []],
  ["frequency", "issue 12 (composed)", "وقتل 7 أشخاص يوم الأحد في هجوم على سوق.", [["killed", 7, "exact", null]]],
  ["frequency", "issue 12 (composed)", "وأصيب 12 شخصا خلال الاحتفال السنوي بالمدينة.", [["injured", 12, "exact", null]]],
  ["frequency", "issue 12 (composed)", "وقتل 9 أشخاص كل منهم من عائلة واحدة.", [["killed", 9, "exact", null]]],
  // fig114: money counted after من is no people (BBC `فقدان مئات الملايين من الدولارات`, Sky News Arabia `لإخفاء عشرات
  // الملايين من الدولارات`; Al Arabiya `نزوح 8 مليارات دولار` by the billion plural of numbers.ts); people of a place stay
  ["money", "issue 12 (composed)", "ويحقق الادعاء في فقدان مئات الملايين من الدولارات من خزينة الدولة.", []],
  ["money", "issue 12 (composed)", "واتهم بإخفاء عشرات الآلاف من اليوروهات في حسابات سرية.", []],
  ["money", "issue 12 (composed)", "وسجلت الأسواق نزوح 5 مليارات دولار خلال الشهر.", []],
  ["money", "issue 12 (composed)", "وقتل 4 من الحراس في الهجوم على المصرف.", [["killed", 4, "exact", null]]],
  // fig91: a part of a figure whose own people a verb or idiom of another kind follows took what befell it (NewsFANE,
  // Wikinews); of the same kind it stays (Al Arabiya `بينهم 475 شخصا اعتقلوا`, JawharaFM `بينهم 15 طفلا قتلوا`)
  ["part with its own verb", "issue 12 (composed)", "واعتقلت القوات 12 شابا بينهم ثلاثة أصيبوا خلال المواجهات.", [["arrested", 12, "exact", null], ["injured", 3, "exact", null]]],
  ["part with its own verb", "issue 12 (composed)", "وأصيب 40 شخصا، من بينهم خمسة مسعفين هرعوا إلى المكان ليلقوا حتفهم في الانفجار الثاني.", [["injured", 40, "exact", null], ["killed", 5, "exact", "medics"]]],
  ["part with its own verb", "issue 12 (composed)", "وأفادت الشرطة باعتقال 300 شخص بينهم 120 شخصا اعتقلوا في العاصمة.", [["arrested", 300, "exact", null], ["arrested", 120, "exact", null]]],
  ["part with its own verb", "issue 12 (composed)", "وقتل 48 شخصا على الأقل بينهم 15 طفلا قتلوا في الانهيار.", [["killed", 48, "at_least", null], ["killed", 15, "exact", "children"]]],
  ["part with its own verb", "issue 12 (composed)", "وقتل 12 شخصا بينهم 4 أطفال نقلوا إلى المستشفى قبل وفاتهم.", [["killed", 12, "exact", null], ["killed", 4, "exact", "children"]]],
];

for (const [rule, outlet, text, expected] of cases) {
  test(`figures: ${rule} (${outlet}): ${text.slice(0, 40)}`, () => {
    const got = findFacts(text).map((f) => [f.kind, f.value, f.qualifier, f.group]);
    assert.deepEqual(got, expected);
  });
}

/** Scope rules, each with sentences in different outlets' styles: [rule, outlet, sentence, extents of its figures]. */
const scopeCases: Array<[string, string, string, string[]]> = [
  // مماثل: another event when the figure is counted in it (في هجمات مماثلة), not a second event told as news
  ["similar event", "Reuters via SaudiNewsNet", "وبين أن انفجارا مماثلا وقع في منطقة سبع البور مما أدى إلى إصابة ثمانية آخرين.", ["event"]],
  ["similar event", "Sky News Arabia", "وقتل 40 شخصا في هجمات مماثلة على قرى مجاورة.", ["background"]],
  ["similar event", "France 24", "وأصيب 12 شخصا بهجوم مماثل على السوق.", ["background"]],
  // a week, month or year before or after the story's, maybe qualified, then من and the event
  ["period before or after", "France 24", "ويأتي الهجوم بعد نحو أسبوع من مقتل 25 شخصا في تفجيرين.", ["background"]],
  ["period before or after", "Sky News Arabia", "وذلك بعد شهر من مقتل 12 جنديا في كمين شرق البلاد.", ["background"]],
  ["period before or after", "Al Arabiya", "وعادت العائلات بعد عامين من نزوح 4000 شخص عن القرية.", ["background"]],
  // figs18: a count since a start (a date or an earlier year) is cumulative, as the gold's conventions write (منذ 2011: t)
  ["count since a start", "issue 12 (composed)", "وارتفع عدد قتلى الاعتداءات في البلاد منذ العام 2015 إلى 240.", ["cumulative"]],
  ["count since a start", "issue 12 (composed)", "وقتل نحو 3 آلاف صحفي أثناء عملهم منذ عام 1990.", ["cumulative"]],
  ["count since a start", "issue 12 (composed)", "واعتقل آلاف المعارضين منذ إطاحة الرئيس في 2013.", ["cumulative"]],
  // figs18: … unless it counts the earlier event منذ names, told in a relative clause (a comparison)
  ["count of the start منذ names", "issue 12 (composed)", "وهو الهجوم الأسوأ منذ تفجيرات عام 2002 التي قتل فيها 202 شخص.", ["background"]],
  ["count of the start منذ names", "issue 12 (composed)", "وهي الأعنف منذ الهجمات التي وقعت عام 2000 وأسفرت عن مقتل 15 شخصا وإصابة نحو 100 آخرين.", ["background", "background"]],
  // figs18: منذ after a superlative that follows the figure dates the comparison, not the count
  ["comparison after the figure", "issue 12 (composed)", "وقتل 50 شخصا في أسوأ موجة عنف تشهدها المدينة منذ سنوات.", ["event"]],
  ["comparison after the figure", "issue 12 (composed)", "وأصيب 30 شخصا في أعلى حصيلة يسجلها الإقليم منذ أشهر.", ["event"]],
  ["comparison after the figure", "issue 12 (composed)", "وقتل 50 شخصا في المدينة منذ سنوات.", ["cumulative"]],
  // figs18: a count told in an event of history (النكبة, الحرب العالمية, المحرقة) is background
  ["event of history", "issue 12 (composed)", "وهجر نحو 700 ألف فلسطيني من قراهم في ما يعرف بالنكبة.", ["background"]],
  ["event of history", "issue 12 (composed)", "وقتل ملايين الجنود خلال الحرب العالمية الأولى.", ["background"]],
  ["event of history", "issue 12 (composed)", "وقتل 5 أشخاص في الحرب الأهلية المستمرة.", ["event"]],
  // fig76: an earlier incident named with the article, a preposition or a construct (`هجوم سابق` already was)
  ["earlier incident", "issue 12 (composed)", "وكان 5 أشخاص قد قتلوا في الهجوم السابق على السوق.", ["background"]],
  ["earlier incident", "issue 12 (composed)", "واعتقلت الشرطة 14 شخصا لصلتهم بحادثة الحريق السابقة.", ["background"]],
  ["earlier incident", "issue 12 (composed)", "وأصيب 3 حراس في الهجوم على الوزير السابق.", ["event"]],
  // fig91: what بعد names after a verb of coming is an earlier event (Al Jazirah via SaudiNewsNet, JawharaFM, NewsFANE twice)
  ["comes after", "issue 12 (composed)", "وتبنت الحركة الهجوم الذي يأتي بعد سلسلة هجمات في العاصمة أوقعت 40 قتيلا الجمعة.", ["background"]],
  ["comes after", "issue 12 (composed)", "وجاءت الفيضانات بعد خمسة أيام من فيضان آخر أدى إلى مقتل 9 أشخاص.", ["background"]],
  ["comes after", "issue 12 (composed)", "وتأتي الحملة بعد أسبوعين فقط من توقيفات واسعة شملت 30 شخصا.", ["background"]],
  ["comes after", "issue 12 (composed)", "وقتل 7 أشخاص بعد انفجار سيارة مفخخة في السوق.", ["event"]],
];

for (const [rule, outlet, text, expected] of scopeCases) {
  test(`figures scope: ${rule} (${outlet}): ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => f.scope?.extent), expected);
  });
}

/**
 * An earlier date opening the clause of a sentence's first figure dates all its figures.
 * [outlet, sentence, publishedAt, extents].
 */
const leadingDateCases: Array<[string, string, string, string[]]> = [
  ["France 24", "وفي 22 نيسان/أبريل، قتل 57 شخصا على الأقل وأصيب 119 في اعتداء انتحاري.", "2018-05-06T12:00:00Z", ["background", "background"]],
  ["Sky News Arabia", "وفي مطلع آذار/مارس، قتل 12 مدنيا وأصيب 30 آخرون في غارة على السوق.", "2018-05-06T12:00:00Z", ["background", "background"]],
  ["Al Arabiya", "وفي أبريل، اعتقلت الشرطة 20 شخصا وأصيب 5 في المواجهات.", "2018-05-20T12:00:00Z", ["background", "background"]],
];

for (const [outlet, text, publishedAt, expected] of leadingDateCases) {
  test(`figures scope: leading earlier date (${outlet}): ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text, { publishedAt }).map((f) => f.scope?.extent), expected);
  });
}

/**
 * figs18: a month or date in a relative clause of a start (`التي انطلقت في 30 مارس`) dates when what
 * the figure is counted in began, not the figure; elsewhere an earlier month still makes it background.
 * [outlet, sentence, publishedAt, extents].
 */
const startClauseCases: Array<[string, string, string, string[]]> = [
  ["issue 12 (composed)", "وأصيب 300 شخص في الاحتجاجات التي انطلقت في 30 مارس الماضي.", "2018-05-14T12:00:00Z", ["event"]],
  ["issue 12 (composed)", "ليرتفع عدد قتلى المسيرات التي بدأت في آذار/مارس إلى نحو 100.", "2018-05-14T12:00:00Z", ["event"]],
  ["issue 12 (composed)", "وأصيب 300 شخص في الاحتجاجات في 30 مارس الماضي.", "2018-05-14T12:00:00Z", ["background"]],
  ["issue 12 (composed)", "وأعلن الجيش مقتل 12 مسلحا في إطار العملية التي أطلقها مطلع فبراير الماضي.", "2018-05-10T12:00:00Z", ["event"]],
  ["issue 12 (composed)", "بسبب الإعصار الذي ضرب الجزيرة في مارس الماضي وقتل 78 شخصا.", "2018-05-10T12:00:00Z", ["background"]],
];

for (const [outlet, text, publishedAt, expected] of startClauseCases) {
  test(`figures scope: date of a start (${outlet}): ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text, { publishedAt }).map((f) => f.scope?.extent), expected);
  });
}

// figs18: a bare weekday is within the story's week (news names the coming day too: `اجتماع صباح الثلاثاء`,
// published on Monday, resolved to the Tuesday before); a date of another kind as far back is still background
test("figures scope: a bare weekday never makes a figure background", () => {
  const text = "ودعت الكويت إلى اجتماع طارئ صباح الثلاثاء بعد مقتل 50 فلسطينيا.";
  const start = text.indexOf("صباح");
  const span = { start, end: start + "صباح الثلاثاء".length, value: "2018-05-08" };
  const publishedAt = "2018-05-14T18:00:00Z";
  assert.deepEqual(findFacts(text, { publishedAt, dateSpans: [{ ...span, kind: "weekday" }] }).map((f) => f.scope?.extent), ["event"]);
  assert.deepEqual(findFacts(text, { publishedAt, dateSpans: [{ ...span, kind: "absolute" }] }).map((f) => f.scope?.extent), ["background"]);
});

/**
 * figs20: a marker standing before a figure scopes the figure joined to it by و (`ما أسفر عن سقوط خمسة
 * قتلى على الأقل وإصابة 25`, Al Arabiya; `أسفر عن وفاة تسعة وإصابة 41 آخرين`, Al Watan), not one after
 * a comma; a part (`بينهم`) with no marker of its own is counted when its total is (`ومقتل 14 عسكريا
 * بينهم سبعة إيرانيين`, France 24). [outlet, sentence, publishedAt, extents].
 */
const sharedScopeCases: Array<[string, string, string, string[]]> = [
  ["issue 12 (composed)", "وهاجم مسلحون في شباط/فبراير الماضي مقرا حكوميا في المدينة، ما أسفر عن مقتل ثلاثة أشخاص على الأقل وإصابة 17.", "2018-05-10T12:00:00Z", ["background", "background"]],
  ["issue 12 (composed)", "واقتحم مسلحون في آذار/مارس مدرسة للبنات في الإقليم وقتلوا أربعة حراس وخطفوا 30 طالبة.", "2018-05-10T12:00:00Z", ["background", "background"]],
  ["issue 12 (composed)", "وداهمت قوات الأمن في شباط/فبراير الماضي منزلا في القرية وقتلت ثلاثة أشخاص، وأصيب اليوم 20 آخرون في اشتباكات.", "2018-05-10T12:00:00Z", ["background", "event"]],
  ["issue 12 (composed)", "وفي 9 نيسان/أبريل، قصفت طائرات قاعدة جوية وسط البلاد ما أدى إلى مقتل 14 عسكريا بينهم سبعة ضباط.", "2018-05-10T12:00:00Z", ["background", "background"]],
  ["issue 12 (composed)", "وقتل منذ بدء الحرب أكثر من 3000 مدني، بينهم 600 طفل و400 امرأة.", "2018-05-10T12:00:00Z", ["cumulative", "cumulative", "cumulative"]],
];

for (const [outlet, text, publishedAt, expected] of sharedScopeCases) {
  test(`figures scope: shared by a joined figure or a part (${outlet}): ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text, { publishedAt }).map((f) => f.scope?.extent), expected);
  });
}

/**
 * figs20: a count in the complement of عقب / في أعقاب (the event's noun, a relative clause on it) counts
 * the earlier event the story comes after (`وكان يتحدث في أعقاب مقتل ستة أشخاص`, Al Jazirah; `ويأتي
 * التفجير عقب سلسلة من الهجمات … أسفرت عن مقتل عشرات`, Asharq Al-Awsat; `عقب تفجير انتحاري في مانشستر
 * راح ضحيته 22 شخصا`, JawharaFM); not past a comma, قد or a result verb joined by و, not a count before
 * عقب, and not a count the article states elsewhere as its own. [sentence, extents].
 */
const afterEventCases: Array<[string, string[]]> = [
  ["وعقد المجلس جلسة طارئة في أعقاب مقتل سبعة مدنيين في قصف على السوق.", ["background"]],
  ["وجاءت الزيارة عقب سلسلة تفجيرات ضربت العاصمة الأسبوع الحالي أسفرت عن مقتل 30 شخصا وإصابة العشرات.", ["background", "background"]],
  ["وشددت الشرطة إجراءاتها عقب الهجوم الذي أودى بحياة 12 شخصا.", ["background"]],
  ["واعتقلت الشرطة 9 أشخاص عقب الهجوم على المركز.", ["event"]],
  ["ووقع الانفجار عقب صلاة الجمعة وأسفر عن مقتل 5 أشخاص.", ["event"]],
  ["وكانت الأنباء التي وردت عقب الانفجار قد أشارت إلى إصابة 7 أشخاص.", ["event"]],
  ["وقتل 20 محتجا برصاص الشرطة. ونددت المنظمة بالعنف عقب مقتل 20 محتجا وإصابة 300.", ["event", "event"]],
];

for (const [text, expected] of afterEventCases) {
  test(`figures scope: after an earlier event (عقب): ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => f.scope?.extent), expected);
  });
}

/**
 * figs20: a plural period before الماضية (`خلال الأيام الماضية`, `في الأعوام الماضية`) is the recent days
 * or years up to now: a cumulative count, not background (`تم اعتقالهم … خلال الاشهر الماضية`, Al Yaum;
 * `خلال الأيام الماضية، من إيقاف 200 مفتشا عنهم`, JawharaFM; `وفاة 270 سيدة في الأعوام الماضية`, Sky
 * News Arabia); a single past year or month stays background. [sentence, extents].
 */
const recentPeriodCases: Array<[string, string[]]> = [
  ["واعتقلت الشرطة 15 شخصا خلال الأسابيع الماضية في حملة على المهربين.", ["cumulative"]],
  ["وقتل أكثر من 300 مدني في الأشهر الماضية في قصف على المدينة.", ["cumulative"]],
  ["وقتل 40 شخصا في هجوم مماثل العام الماضي.", ["background"]],
];

for (const [text, expected] of recentPeriodCases) {
  test(`figures scope: recent periods up to now: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => f.scope?.extent), expected);
  });
}

/**
 * figs24: conventions of gold/README.md ("Sharper rules for five readings") pinned: مواطن is people in
 * general; a vague plural of a unit spans its range times the unit, to the last value below the next
 * step; ranks listed with ما بين after a count name no force. [sentence, [kind, value, valueMax, group]].
 */
const conventionCases: Array<[string, Array<[string, number, number | null, string | null]>]> = [
  ["وقتل 5 مواطنين في القصف على الحي.", [["killed", 5, null, null]]],
  ["وطرد مئات الآلاف من الفلسطينيين من ديارهم.", [["displaced", 200000, 999999, null]]],
  ["ونزح عشرات الآلاف من السكان هربا من المعارك.", [["displaced", 20000, 99999, null]]],
  ["وبلغ عدد الضحايا 25 شهيدا و465 مصابا ما بين ضباط وأفراد.", [["killed", 25, null, null], ["injured", 465, null, null]]],
];

for (const [text, expected] of conventionCases) {
  test(`figures conventions: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.valueMax, f.group]), expected);
  });
}

/**
 * figs25: people counted right after a detonation word with a reflexive closing their phrase blew
 * themselves up (after Sky News Arabia's Libya attack and a SaudiNewsNet wire on Aleppo, fresh13);
 * a detonation of things, or with no reflexive, counts nobody. [sentence, [kind, value, group]].
 */
const selfDetonationCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وهاجم أربعة مسلحين مركز الشرطة، ففجر اثنان منهم نفسيهما عند المدخل.", [["killed", 2, null]]],
  ["ودارت معارك عنيفة ترافقت مع تفجير ثلاثة عناصر من التنظيم لأنفسهم بسيارات مفخخة.", [["killed", 3, "fighters"]]],
  ["وأعلنت الشرطة تفجير 3 عبوات ناسفة قرب الجسر دون إصابات.", []],
];

for (const [text, expected] of selfDetonationCases) {
  test(`figures self-detonation: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * figs25: a definite nominative dual right after a verb or noun of death, injury or arrest counts two
 * (after Sky News Arabia's `وقد قتل الطياران`, BBC's and JawharaFM's `واعتقل الرجلان`); alone, after a
 * flight, or as ـين (also the plural) it counts none. [sentence, [kind, value, group]].
 */
const definiteDualCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأصيب الشرطيان بجروح طفيفة في الحادث.", [["injured", 2, "police"]]],
  ["واعتقل الرجلان بتهمة السرقة.", [["arrested", 2, null]]],
  ["وفر المهاجمان من المكان بعد إطلاق النار.", []],
  ["وأحيل الموقوفان إلى القضاء.", []],
  ["وقتل المسلحين في الاشتباك.", []],
];

for (const [text, expected] of definiteDualCases) {
  test(`figures definite dual: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * figs26: a relative clause on the noun of an adverbial (`في الهجوم الذي …`) between a verb opening its
 * clause and the people it counts does not end the clause (after a wire on a Sinai attack in three
 * SaudiNewsNet papers, `وأصيب في الهجوم الذي استهدف مدرعة والاشتباك أربعة من مجندي الشرطة والجيش`);
 * a relative clause on the verb's object, or a count after a preposition, stays out. [sentence, [kind, value, group]].
 */
const adverbialRelativeCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وقتل في القصف الذي طال السوق الشعبي صباح اليوم سبعة أشخاص.", [["killed", 7, null]]],
  ["وأصيب خلال المواجهات التي اندلعت قرب الحاجز 12 متظاهرا.", [["injured", 12, null]]],
  ["واعتقل الشاب الذي يعمل مع 3 أشخاص في المصنع.", []],
  ["وأعلنت الشرطة في البيان الذي نشرته أمس 3 قرارات جديدة.", []],
];

for (const [text, expected] of adverbialRelativeCases) {
  test(`figures adverbial relative clause: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * figs26: broken plurals of nationalities and of foreigners count people, as the sound plurals do
 * (Sky News Arabia's `اعتقال 11 سوريا و3 مغاربة` and `وهم سوري واحد و3 مغاربة`, JawharaFM's `إيقاف 5
 * أجانب تسللوا من ليبيا`, `وإيقاف 3 أجانب وتونسي`, `وإصابة 10 آخرين، 7 روس`). [sentence, [kind, value, group]].
 */
const brokenNisbaCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأوقفت الشرطة 6 أتراك في المطار بتهمة التهريب.", [["arrested", 6, null]]],
  ["وأعلنت السلطات اعتقال 9 مصريين و4 مغاربة في المداهمة.", [["arrested", 9, null], ["arrested", 4, null]]],
  ["وتم إيقاف 3 أجانب في الميناء.", [["arrested", 3, null]]],
  ["وزار الوزير المعرض مع 5 أجانب من المستثمرين.", []],
];

for (const [text, expected] of brokenNisbaCases) {
  test(`figures broken nisba plurals: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * figs28: with no figure before it in its sentence, N منهم counts people of the group of the definite
 * plural people named last (France 24's `ضد الصحافيين الأفغان، قتل خلاله عشرة منهم`, Asharq Al-Awsat's
 * `انهيار مسلحيهم ومقتل المئات منهم`, JawharaFM's `بالإرهابيين الثلاثة الذين … وألقت القبض على اثنين
 * منهم`); people of no group, an indefinite word, two joined groups or an arrest's police keep it null.
 * [sentence, [kind, value, group]].
 */
const antecedentCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وشن مسلحون هجوما على دورية للجنود الأمريكيين وقتلوا ثلاثة منهم.", [["killed", 3, "soldiers"]]],
  ["وذلك بعد انهيار مسلحيهم ومقتل العشرات منهم في الجبهات.", [["killed", 20, "fighters"]]],
  ["ودمرت الغارات آليات عسكرية للمتمردين وقتل 3 منهم قرب المدينة.", [["killed", 3, "fighters"]]],
  ["واشتبك المحتجون مع قوات الشرطة التي أوقفت 20 منهم.", [["arrested", 20, null]]],
  ["وأطلقت القوات النار على المتظاهرين وأصيب خمسة منهم.", [["injured", 5, null]]],
  ["وتضم المجموعة عددا من الرجال والنساء أصيب تسعة منهم بجروح.", [["injured", 9, null]]],
  ["وقدم عنصر جزائري أموالا للشبان وتم إيقاف 3 منهم.", [["arrested", 3, null]]],
  ["وحكم على ثمانية من القادة النقابيين بتهمة الضلوع في الهجوم، وأعدم أربعة منهم.", [["killed", 4, null]]],
];

for (const [text, expected] of antecedentCases) {
  test(`figures N منهم of the people named before: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * figs29: two numbers joined by و after بين are one count, a range, not two figures or the upper bound
 * alone (Asharq Al-Awsat's `مقتل ما بين 25 و30 إرهابيا`, JawharaFM's `ما يتراوح بين 50 و100 شخص أصيبوا`
 * and `تسجيل ما بين 30 و40 حالة وفاة`, NewsFANE's `بين 100 و180 ألفا`); a scale word closing the upper
 * bound scales the lower one too. Ages, years and a lower bound above the upper one stay as they were.
 * [sentence, [kind, value, valueMax, group]].
 */
const betweenRangeCases: Array<[string, Array<[string, number, number | null, string | null]>]> = [
  ["وأسفرت الغارات عن مقتل ما بين 25 و30 مسلحا في المنطقة الجبلية.", [["killed", 25, 30, "fighters"]]],
  ["وقالت الشرطة إن ما يتراوح بين 50 و100 شخص أصيبوا في حادث القطار.", [["injured", 50, 100, null]]],
  ["وتتراوح أعداد الضحايا بين 100 و180 ألفا بحسب تقديرات مختلفة.", [["killed", 100000, 180000, null]]],
  ["ونزح ما بين 20 ألفا و30 ألف شخص من القرى الحدودية.", [["displaced", 20000, 30000, null]]],
  ["وأصيب بين عشرة وعشرين شخصا في التدافع.", [["injured", 10, 20, null]]],
  ["واعتقلت الشرطة عشرة متظاهرين تتراوح أعمارهم بين 18 و20 سنة.", [["arrested", 10, null, null]]],
  ["وتتعلق الشهادات بانتهاكات وقعت بين 1955 و2013 في البلاد.", []],
];

for (const [text, expected] of betweenRangeCases) {
  test(`figures range after بين: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.valueMax, f.group]), expected);
  });
}

/**
 * figs29: after N من, a police or army force named by its definite institution noun counts its men
 * (JawharaFM's `مقتل 2 من الأمن المصري`, NewsFANE's `التي قتل بها ثلاثة من الشرطة`), as `6 من الدفاع
 * المدني` counts medics; two forces joined, or a force in construct (`من أمن الدولة`), name no one group.
 * [sentence, [kind, value, group]].
 */
const forceInstitutionCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["أعلن مصدر أمني مقتل 2 من الأمن في انفجار عبوة ناسفة.", [["killed", 2, "police"]]],
  ["في المنطقة التي قتل بها ثلاثة من الشرطة في هجوم انتحاري قبل أيام.", [["killed", 3, "police"]]],
  ["وأسفر الهجوم عن مقتل 5 من الجيش وإصابة مدني.", [["killed", 5, "soldiers"]]],
  ["وقتل ثلاثة من الشرطة والجيش في الكمين.", [["killed", 3, null]]],
  ["وأصيب 3 من أمن الدولة في الهجوم.", [["injured", 3, null]]],
];

for (const [text, expected] of forceInstitutionCases) {
  test(`figures N من a force's institution noun: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig50: a count of the injured by condition (`N منهم في حالة خطيرة`, `N منهم حالتهما خطيرة`) is a part of the
 * previous injury figure's people even past a short clause between them (Sky News Arabia's `بينهم 229 بالرصاص
 * …، نقلوا إلى المستشفيات، 3 منهم في حالة خطيرة`, JawharaFM's `تحويل 3 جرحى إلى شارل نيكول اثنان منهم
 * حالتهما خطيرة`); with no condition after منهم, or after an arrest (`16 منهم في حالة إيقاف`), it stays
 * unread. [sentence, [kind, value]].
 */
const conditionPartCases: Array<[string, Array<[string, number]>]> = [
  ["وأصيب 40 شخصا بالرصاص الحي، نقلوا إلى المستشفيات، 5 منهم في حالة خطيرة.", [["injured", 40], ["injured", 5]]],
  ["ونقل 4 جرحى إلى مستشفى المدينة اثنان منهم حالتهما خطيرة.", [["injured", 4], ["injured", 2]]],
  ["وأصيب 12 شخصا في الحادث، نقلوا إلى المستشفى، 3 منهم إصاباتهم بليغة.", [["injured", 12], ["injured", 3]]],
  ["وأصيب 40 شخصا بالرصاص الحي، نقلوا إلى المستشفيات، 5 منهم من الأطفال.", [["injured", 40]]],
  ["وأوقف 20 شخصا في القضية، أحيلوا على النيابة، 16 منهم في حالة إيقاف.", [["arrested", 20]]],
];

for (const [text, expected] of conditionPartCases) {
  test(`figures count by condition past a clause: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value]), expected);
  });
}

/**
 * fig77: people in intensive care are injured when the injured were named earlier in their clause (Al Yaum's `جميع
 * الإصابات التي تعرض لها رجال الطوارئ مستقرة، عدا ثلاثة أشخاص في العناية المركزة`, Okaz's `تم نقل 8 من المصابين …،
 * حيث يرقد حاليا ثلاثة منهم في العناية المركزة`); with no injury named before (a surgery's patients, a twin birth)
 * they stay unread. [sentence, [kind, value]].
 */
const intensiveCareCases: Array<[string, Array<[string, number]>]> = [
  ["وقال الطبيب إن إصابات الجنود كلها مستقرة، عدا أربعة أشخاص في العناية المركزة.", [["injured", 4]]],
  ["ونقل 12 من الجرحى إلى مستشفى الملك فهد، حيث يرقد خمسة منهم في العناية الفائقة.", [["injured", 12], ["injured", 5]]],
  ["وأجريت العملية بنجاح، ويرقد ثلاثة أطفال في العناية المركزة.", []],
];

for (const [text, expected] of intensiveCareCases) {
  test(`figures people in intensive care after the injured: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value]), expected);
  });
}

/**
 * fig50: people a rescue still searches for are missing — عن right before the count, a search word earlier
 * in its clause and a rescue, wreck or boat word in it (Al Riyadh's `متحدث باسم قوات الإنقاذ … البحث ما
 * يزال جارياً عن ثلاثة أشخاص`, JawharaFM's `تم إنقاذ 7 … وما زال خفر السواحل يبحث عن 3 آخرين` and `حادث
 * غرق … البحث عن 4 بحارة`); a manhunt or a study's search names no missing people. [sentence, [kind, value]].
 */
const searchedForCases: Array<[string, Array<[string, number]>]> = [
  ["وقال متحدث باسم فرق الإنقاذ إن البحث ما يزال جاريا عن خمسة أشخاص.", [["missing", 5]]],
  ["وتم إنقاذ 9 مهاجرين فيما يبحث خفر السواحل عن 4 آخرين.", [["missing", 4]]],
  ["وغرق المركب قبالة السواحل وتتواصل عمليات البحث عن 6 صيادين.", [["missing", 6]]],
  ["وقالت الشرطة إنها تبحث عن ثلاثة أشخاص مسلحين على صلة بالهجوم.", []],
  ["ويبحث الباحثون عن 50 متطوعا للمشاركة في الدراسة.", []],
];

for (const [text, expected] of searchedForCases) {
  test(`figures searched for by a rescue: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value]), expected);
  });
}

/**
 * fig60: people who took refuge somewhere are displaced — لجأ (the masculine perfect a verb takes before its
 * plural subject) right before the count, or إلى and a place of one or two words between (Sky News Arabia's
 * `ولجأ نحو 700 ألف شخص من مسلمي الروهينغا`, Al Arabiya's `ولجأ الى #بنغلادش حوالى 700 الف مسلم روهينغي`,
 * JawharaFM's `فقد لجأ إلى الأردن أكثر من 1.4 مليون شخص`); «resorted to» (`لجأت إلى تسريح 592 عاملا`, a
 * feminine subject before it) and a subject between (`لجأ الوزير إلى …`) stay unread. [sentence, [kind, value]].
 */
const refugeCases: Array<[string, Array<[string, number]>]> = [
  ["ولجأ نحو 300 ألف شخص إلى الدول المجاورة هربا من القتال.", [["displaced", 300000]]],
  ["ولجأ إلى تركيا أكثر من مليوني لاجئ منذ بدء الحرب.", [["displaced", 2000000]]],
  ["ولجأ الى #لبنان حوالى 50 الف مسلم من القرى الحدودية.", [["displaced", 50000]]],
  ["وقد لجأت الشركة إلى تسريح 120 عاملا بسبب الأزمة.", []],
  ["ولجأ الوزير إلى البرلمان أمام 200 نائب لعرض خطته.", []],
];

for (const [text, expected] of refugeCases) {
  test(`figures refuge before the count: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value]), expected);
  });
}

/**
 * fig60: «at that time» (`وقتها`, `آنذاك`, `حينها`…) in a figure's sentence dates it to a time told before, so
 * it is background (Sky News Arabia's `وأسفرت الغارات وقتها عن مقتل 36 مسلحا`, Asharq Al-Awsat's `سقوط 21
 * قتيلا وسبعة وتسعين جريحا حينها`, JawharaFM's `ما خلف حينها مقتل 6 أشخاص`); `في وقتها` (timely) is no
 * time. [sentence, extents of its figures].
 */
const atThatTimeCases: Array<[string, string[]]> = [
  ["وأسفر القصف وقتها عن مقتل 14 مدنيا.", ["background"]],
  ["وقتل آنذاك 9 جنود في الكمين.", ["background"]],
  ["وأدى الانفجار إلى إصابة 30 شخصا حينها.", ["background"]],
  ["وجاءت الضربة في وقتها وأسفرت عن مقتل 7 مسلحين.", ["event"]],
  ["وأسفر القصف عن مقتل 14 مدنيا.", ["event"]],
];

for (const [text, expected] of atThatTimeCases) {
  test(`figures scope: at that time: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => f.scope?.extent), expected);
  });
}

/**
 * fig70: the possessed dual of a kin noun right after a verb or noun of death, injury or arrest counts two,
 * people in general (Al Arabiya's `وتم احتجاز والديه` and `تحتجز والدي المهاجم`, France 24's `القبض على والدي
 * المهاجم`, Al Riyadh's `واختطفوا نجليه وشقيقه`, JawharaFM's `وإصابة ابنيها بجروح`). Not right after the harm
 * word, `والدي` alone («my father»), and `ولديه` («and he has») stay unread. [sentence, [kind, value, group]].
 */
const kinDualCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وقالت النيابة إنه تم توقيف والديه للتحقيق معهما.", [["arrested", 2, null]]],
  ["وأعلنت الشرطة اعتقال والدي المشتبه به صباح اليوم.", [["arrested", 2, null]]],
  ["وخطف المسلحون رجل الأعمال ثم اختطفوا نجليه في اليوم التالي.", [["arrested", 2, null]]],
  ["أسفر الحريق عن وفاة رجل وإصابة ابنتيه بحروق.", [["injured", 2, null]]],
  ["وأسفر القصف عن مقتل شقيقيها في طريقهما إلى المدرسة.", [["killed", 2, null]]],
  ["وزار الوزير والديه في المستشفى.", []],
  ["وقتل والدي في الحرب قبل سنوات.", []],
  ["وأصيب اللاعب ولديه فرصة للعودة قبل نهاية الموسم.", []],
];

for (const [text, expected] of kinDualCases) {
  test(`figures kin dual after a harm word: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig70: a year after a birth word (`ولد`, `مواليد`, `المولود`) dates a birth, not a figure of its sentence
 * (Al Arabiya's `ولد في الشيشان في عام 1997، وتم احتجاز والديه`, Sky News Arabia's `من مواليد دولة الشيشان
 * عام 1997، مشيرا إلى أنه تم اعتقاله والديه`, France 24's `وإصابة أربعة آخرين، هو شاب فرنسي من مواليد …
 * 1997`); an earlier year with no birth word keeps a figure background. [sentence, extents of its figures].
 */
const birthYearCases: Array<[string, string[]]> = [
  ["وقال المدعي إن منفذ الهجوم ولد في المغرب عام 1994، وتم توقيف والديه.", ["event"]],
  ["وأسفر الهجوم عن مقتل شخصين وإصابة خمسة آخرين، والمهاجم من مواليد ليون عام 1990.", ["event", "event"]],
  ["وفي عام 1994 قتل 20 شخصا في هجوم مماثل.", ["background"]],
];

for (const [text, expected] of birthYearCases) {
  test(`figures scope: a birth year: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text, { publishedAt: "2018-05-13T08:00:00Z" }).map((f) => f.scope?.extent), expected);
  });
}

/**
 * fig70: «آخرين» after a count names others, people in general (gold/README.md), and a person joined after
 * them by و is one more person whose force or adjective is not theirs (Asharq Al-Awsat's `لقي اثنان آخران
 * وضابط شرطة حتفهم`: the two were attackers). A rank joined to people in general still names their force
 * (`16 فردا ومجندا بالشرطة`). [sentence, [kind, value, group]].
 */
const othersJoinedCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وقتل أحد المسلحين في الانفجار بينما لقي اثنان آخران ومجند شرطة حتفهم لاحقا.", [["killed", 2, null]]],
  ["وأصيب ثلاثة آخرون وضابط في الجيش بجروح طفيفة.", [["injured", 3, null]]],
  ["قتل 12 فردا ومجندا بالشرطة في الهجوم.", [["killed", 12, "police"]]],
  ["قتل 3 جنود وأصيب 5 آخرون في الكمين.", [["killed", 3, "soldiers"], ["injured", 5, null]]],
];

for (const [text, expected] of othersJoinedCases) {
  test(`figures «others» joined to a person: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig77: «today» after a count is the adverb, not a duration it counts (3alyoum's `قتل خمسة أشخاص وأصاب 16 اليوم في
 * منطقة مزدحمة`); a tally whose subject is fronted before its rise verb (JawharaFM's `أن عدد القتلى في هجوم … وقع في
 * العاصمة ستوكهولم …، ارتفع إلى 5` and `عدد جثامين الضحايا الذين تم انتشالهم … وصل حتى الآن إلى 42`), or raised by a
 * transitive rise (Sky News Arabia's `ويرفع القتيل عدد من لقوا حتفهم … منذ بداية العام الجاري، إلى 59`), counts the
 * tally's people. A tally of no people (`عدد الزوار`) or a rise of another subject stays unread. [sentence, [kind, value]].
 */
const todayAndFrontedTallyCases: Array<[string, Array<[string, number]>]> = [
  ["وقال مسؤولون إن التفجير قتل ثلاثة أشخاص وأصاب 12 اليوم قرب السوق.", [["killed", 3], ["injured", 12]]],
  ["وبقي المتهم في الحبس 16 يوما قبل الإفراج عنه.", []],
  ["وقالت الشرطة إن عدد الجرحى في حادث القطار الذي وقع فجر الأحد في ولاية بيهار ارتفع إلى 40.", [["injured", 40]]],
  ["ويرفع الضحية عدد من قتلوا في حوادث الطعن بالمدينة منذ مطلع العام، إلى 31.", [["killed", 31]]],
  ["وقال المنظمون إن عدد الزوار في المعرض الذي افتتح الأحد ارتفع إلى 5 آلاف.", []],
  ["وقال إن عدد القتلى في الهجوم بلغ 12 بينما ارتفعت الأسعار في المدينة إلى 5 بالمئة.", [["killed", 12]]],
];

for (const [text, expected] of todayAndFrontedTallyCases) {
  test(`figures today and fronted tallies: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value]), expected);
  });
}

/**
 * fig77: people slaughtered or beheaded are killed, as the gold's convention for executions reads (BBC's `اقتحم … مسجدا
 * …، وذبحوا ثلاثة أشخاص`, Sky News Arabia's `تسجيلا يصور قطع رؤوس 21 قبطيا مصريا`); a cull (`بذبح 1.6 مليون من
 * الطيور`), roads cut (`وقطع المتظاهرون 3 طرق`) and a beheading with no count stay unread. [sentence, [kind, value]].
 */
const slaughterCases: Array<[string, Array<[string, number]>]> = [
  ["وهاجم مسلحون قرية نائية ليلا وذبحوا خمسة من سكانها.", [["killed", 5]]],
  ["ونشر التنظيم مقطعا يظهر قطع رؤوس 12 رهينة.", [["killed", 12]]],
  ["وأمرت الوزارة بذبح 2.5 مليون من الدواجن في المزارع المصابة.", []],
  ["وقطع المتظاهرون 3 طرق رئيسية في العاصمة.", []],
  ["وتوعد التنظيم بقطع رؤوس أعدائه.", []],
];

for (const [text, expected] of slaughterCases) {
  test(`figures slaughter and beheading: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value]), expected);
  });
}

/**
 * fig77: women counted by a role with no group of its own are women (Al Riyadh's `اختطفوا … 11 من قيادات الاصلاح …
 * وخمس ناشطات`, JawharaFM's `نقل 5 عاملات الى المستشفى`, `وفاة عاملتين`); women journalists or medics keep their group.
 * [sentence, [kind, value, group]].
 */
const womenByRoleCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["واعتقلت السلطات ثلاث ناشطات في العاصمة.", [["arrested", 3, "women"]]],
  ["وأصيبت 8 عاملات في حريق بمصنع للنسيج.", [["injured", 8, "women"]]],
  ["ولقيت معلمتين حتفهما في حادث سير.", [["killed", 2, "women"]]],
  ["مقتل 3 صحفيات في القصف.", [["killed", 3, "journalists"]]],
];

for (const [text, expected] of womenByRoleCases) {
  test(`figures women by role: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig77: people who «were among» the people a person noun names are of its kind (Sky News Arabia's `شرطيين اثنين كانا
 * بين إجمالي 41 مصابا`, JawharaFM's `وعشرات الآلاف من الأطفال كانوا من بين المعتقلين`); among the audience they are no
 * figure. [sentence, [kind, value, group]].
 */
const wereAmongCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وقال المتحدث إن جنديين اثنين كانا بين القتلى.", [["killed", 2, "soldiers"]]],
  ["وأضاف أن 12 طفلا كانوا من بين المعتقلين في السجن.", [["arrested", 12, "children"]]],
  ["وقال إن 5 أشخاص كانوا بين الحضور في القاعة.", []],
];

for (const [text, expected] of wereAmongCases) {
  test(`figures were among: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig77: people suspended from work or duty are not arrested, as the gold's convention reads `أوقفوا عن ممارسة مهام
 * وظائفهم` (JawharaFM's `ايقاف 3 ممرضات عن العمل`, `ضابطين آخرين أوقفا عن العمل مؤقتا`, `أوقف حوالي 145 ألفا من موظفي
 * الدولة … عن العمل`); a suspension in the next clause leaves an arrest before it (Sky News Arabia's `وأوقف خلالها أكثر
 * من 50 ألف شخص، وعزل أكثر من 140 ألفا أو أوقفوا عن ممارسة مهام وظائفهم`). [sentence, [kind, value]].
 */
const suspensionCases: Array<[string, Array<[string, number]>]> = [
  ["وقررت الوزارة إيقاف 4 موظفين عن العمل إلى حين انتهاء التحقيق.", []],
  ["وأوقفت السلطات 20 قاضيا عن ممارسة مهامهم.", []],
  ["وأوقفت الشرطة 30 شخصا، وأوقف 200 موظف عن العمل.", [["arrested", 30]]],
  ["أوقفت الشرطة 5 أشخاص عن طريق الخطأ.", [["arrested", 5]]],
];

for (const [text, expected] of suspensionCases) {
  test(`figures suspensions: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value]), expected);
  });
}

/**
 * fig77: cases of poisoning, suffocation or fainting are injured, as the gold reads people poisoned (Al Yaum's `استقبل قسم
 * الطوارئ … 10 حالات تسمم من عائلة واحدة`; JawharaFM's `تسجيل 15 حالة اختناق`, `06 حالات إغماء`, `27 حالة تسمّم`); «of one
 * family» names the family the people belong to, no families counted and no count of one (JawharaFM's `3 وفيات من عائلة
 * واحدة`, `4 قتلى من عائلة واحدة`, which had read a second figure, one family killed). [sentence, [kind, value, group]].
 */
const harmCaseCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["واستقبل المستشفى أمس 12 حالة تسمم غذائي بعد حفل زفاف.", [["injured", 12, null]]],
  ["وسجل الدفاع المدني 8 حالات اختناق جراء الحريق.", [["injured", 8, null]]],
  ["ولقي 5 أشخاص من عائلة واحدة حتفهم في حادث سير.", [["killed", 5, null]]],
  ["وتوفي 3 أفراد من أسرة واحدة.", [["killed", 3, null]]],
];

for (const [text, expected] of harmCaseCases) {
  test(`figures harm cases and one family: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig78: a definite cardinal right after a verb or noun of death, injury or arrest counts people named before (Sky News
 * Arabia's `وأعلن التليفزيون العراقي القبض على الخمسة`, WAS's `مقتل الأشخاص الأربعة وإصابة العشرة الآخرون بجروح`, JawharaFM's
 * `تم نقل الجثث الثلاث إلى المستشفى`); an ordinal or a release after it is no count. [sentence, [kind, value, group]].
 */
const namedBeforeCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأعلنت الشرطة القبض على الستة، مساء الجمعة.", [["arrested", 6, null]]],
  ["وأسفر الانفجار عن مقتل رجلين وإصابة الثلاثة الآخرين بجروح طفيفة.", [["killed", 2, null], ["injured", 3, null]]],
  ["ولا يجوز حرمان الموقوف من محام خلال أيام الاحتجاز الأربعة الأولى.", []],
  ["وطالبت العائلات بالإفراج عن الخمسة قبل العيد.", []],
];

for (const [text, expected] of namedBeforeCases) {
  test(`figures definite cardinal after a harm word: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig78: after a verb of passing or nearing a bound and عددهم, `الـ N` is the number reached, not an ordinal (Al Riyadh's
 * `المصابين الذين جاوز عددهم ال 30`; the same article before a bound in JawharaFM's `ناهز عددهم الـ 50`, `تجاوز الـ 40 الف`,
 * BBC's `بلغ الـ 200 مليون دولار`), and the verb qualifies it (Al Arabiya and France 24's `الذين يفوق عددهم 330 مليونا`,
 * JawharaFM's `والذين فاق عددهم 5200`); an ordinal stays none. [sentence, [kind, value, qualifier]].
 */
const boundCases: Array<[string, Array<[string, number, string]>]> = [
  ["ودعا بالشفاء للجرحى الذين جاوز عددهم الـ 40 في التفجير.", [["injured", 40, "more_than"]]],
  ["وزار المعتقلين الذين يفوق عددهم 200 في السجن المركزي.", [["arrested", 200, "more_than"]]],
  ["وأصيب اللاعب في الدقيقة الـ 30 من المباراة.", []],
];

for (const [text, expected] of boundCases) {
  test(`figures bound before their number: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.qualifier]), expected);
  });
}

/**
 * fig78: an arrest of leaders counts fighters only when an armed group is named after them, as the gold's written
 * convention reads field commanders with no armed group in their sentence (Sky News Arabia's `تم اعتقال 3 قادة
 * ميدانيين`, twice) and party leaders abducted (Al Riyadh's `اختطفوا الاحد 11 من قيادات الاصلاح`, Al Yaum's `طالت
 * العشرات من قيادات الاحزاب السياسية`): null; their captors named before them are not their group. Killed, or with the
 * armed group after them (`خمسة من قادة تنظيم داعش`), they stay fighters. [sentence, [kind, value, group]].
 */
const leaderArrestCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأعلنت الشرطة اعتقال 4 قادة ميدانيين في المدينة.", [["arrested", 4, null]]],
  ["واختطف المسلحون 7 من قيادات النقابات العمالية.", [["arrested", 7, null]]],
  ["وتم القبض على ثلاثة من قادة تنظيم داعش في الموصل.", [["arrested", 3, "fighters"]]],
  ["وقتل 5 قادة ميدانيين في الغارة.", [["killed", 5, "fighters"]]],
];

for (const [text, expected] of leaderArrestCases) {
  test(`figures arrests of leaders: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig78: the dual of حالة with a severity as its adjective counts two injured when its sentence named the injured before
 * (Al Weeam's `تبين أن الموقع به 6 إصابات؛ حالتان حرجتان وحالتان متوسطتان`, JawharaFM's `أسفرت عن 78 اصابة … في حين تم نقل
 * حالتين تعتبران خطيرتين`), as the gold's convention reads a count by condition of the injured; with no injured named
 * before, or a disease, none. [sentence, [kind, value]].
 */
const severeCaseCases: Array<[string, Array<[string, number]>]> = [
  ["وأسفر الحادث عن 5 إصابات، بينها حالتان خطيرتان نقلتا إلى المستشفى.", [["injured", 5], ["injured", 2]]],
  ["وسجلت وزارة الصحة حالتين حرجتين من الحمى النزفية.", []],
  ["وقال الطبيب إن حالتين خطيرتين تستدعيان المتابعة.", []],
];

for (const [text, expected] of severeCaseCases) {
  test(`figures severe cases: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value]), expected);
  });
}

/**
 * fig82: a figure broken down into parts told apart by place, cause or state. A smaller count right after the comma that
 * closes a figure — bare before its phrase (a preposition, a word with ب, a cause, كانوا) or a group after من — is a part
 * of its people, of its kind (Al Riyadh's `أسفرت الغارات عن مقتل 8، اثنين بموقع بحلحلان و6 كانوا على متن عربة`,
 * JawharaFM's `خلّفت 19 شهيدا، 12 من الأمنيين والعسكريين و7 مدنيين`); a bare number joined by و after a figure that named
 * its people may be told apart by a cause or state as by a preposition (Sky News Arabia's `إن 20 فلسطينيا قضوا نتيجة طلق
 * ناري، و18 جراء القصف، و3 لم يعرف مكان مقتلهم`); a unit word with ب after a number is a place or cause (`بموقع`), not
 * what it counts. Not a part: a larger number, a count of things, a percentage, a sibling part of an enumeration by group.
 * [sentence, [kind, value, group]].
 */
const breakdownCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأدى القصف إلى مقتل 9، ثلاثة بموقع قرب السوق و6 كانوا داخل حافلة.", [["killed", 9, null], ["killed", 3, null], ["killed", 6, null]]],
  ["وأسفر الهجوم عن إصابة 14 جنديا، 5 في الحاجز و9 في الثكنة.", [["injured", 14, "soldiers"], ["injured", 5, "soldiers"], ["injured", 9, "soldiers"]]],
  ["وخلف الانفجار 11 قتيلا، 4 من رجال الشرطة و7 مدنيين.", [["killed", 11, null], ["killed", 4, "police"], ["killed", 7, "civilians"]]],
  ["وقال التقرير إن 30 سوريا قضوا تحت التعذيب، و12 جراء الحصار، و5 لم تعرف أسباب وفاتهم.", [["killed", 30, null], ["killed", 12, null], ["killed", 5, null]]],
  ["وأفادت الوزارة باعتقال 6 أشخاص، وأكدت أن 4 بسبب الشغب.", [["arrested", 6, null]]],
  ["وأسفر الحادث عن إصابة 5 أشخاص، 12 في المستشفى.", [["injured", 5, null]]],
  ["وأسفر القصف عن مقتل 7، 3 منازل دمرت بالكامل.", [["killed", 7, null]]],
  ["وارتفع عدد المصابين إلى 40، 10 بالمئة منهم أطفال.", [["injured", 40, null]]],
  ["وأصيب 3 بهجوم على حافلة في المدينة.", [["injured", 3, null]]],
  ["وقتل 28 شخصا بينهم خمسة مدنيين وعشرة مقاتلين من الفصائل وخمسة لم يتم التعرف على هوياتهم.", [["killed", 28, null], ["killed", 5, "civilians"], ["killed", 10, "fighters"], ["killed", 5, null]]],
];

for (const [text, expected] of breakdownCases) {
  test(`figures breakdown into parts: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig82: victims who are alive. A count of victims (ضحية، ضحايا) that no death word of its clause names is no death when
 * the clause names the harm they suffered as no killing (JawharaFM's `57 شخصا ضحايا الاتجار بالبشر` and `111 حالة اتجار
 * بالأشخاص … (94 ضحية)`), when they are heard (JawharaFM's `الاستماع إلى ست ضحايا`) or when they file a claim (Sky News
 * Arabia's `كما رفع 5 ضحايا آخرون دعوى قضائية`). Victims a death word names stay dead, and so do victims whose families
 * complain. [sentence, [kind, value]].
 */
const aliveVictimCases: Array<[string, Array<[string, number]>]> = [
  ["وكشفت الجمعية عن 40 ضحية للتحرش في المدارس خلال العام.", []],
  ["وأحصت المنظمة 23 امرأة ضحايا الاتجار بالبشر.", []],
  ["واستمعت اللجنة إلى شهادات، وتضمنت الجلسة الاستماع إلى ثماني ضحايا.", []],
  ["ورفع 12 ضحية دعوى ضد الشركة المصنعة.", []],
  ["وأسفر الانفجار عن 20 ضحية.", [["killed", 20]]],
  ["وسقط 30 ضحية في الهجوم على المعرض رغم الانتهاكات المتكررة.", [["killed", 30]]],
  ["وتقدمت أسر 15 ضحية بشكوى إلى المحكمة.", [["killed", 15]]],
];

for (const [text, expected] of aliveVictimCases) {
  test(`figures victims alive: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value]), expected);
  });
}

/**
 * fig84: three readings of fighters and soldiers. People in the grip of a force (`في قبضة`, after the counted people) are
 * captured (Al Arabiya's `إن 10 من القيادات الميدانية البارزة للميليشيات سقطوا في قبضة الجيش`, Asharq Al-Awsat's `بينما سقط
 * عشرات من ميليشيا الحوثي في قبضة المقاومة الشعبية`); not people freed from it (`من قبضة`). Fighters or soldiers who flee
 * retreat: no displacement (Asharq Al-Awsat's `وإن المئات من عناصر الميليشيات الحوثية فروا من لودر` and `هروب العشرات منهم`
 * after the Houthis' dead, JawharaFM's `هروب الآلاف من مقاتلي جبهة النصرة`); people who flee stay displaced. A count with no
 * group of its own that إلى brings a running count of a group's people to takes that group (Sky News Arabia's `ترتفع خسائر
 * الجيش الروسي … إلى 88 قتيلا` and `عدد جنود النظام السوري … ارتفع إلى 142 قتيلا`, JawharaFM's `وارتفع عدد المسلحين الذين
 * قتلهم الجيش إلى 22`); not a tally of people in general. [sentence, [kind, value, group]].
 */
const combatantCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأكد القائد أن 15 من مسلحي التنظيم سقطوا في قبضة القوات الحكومية.", [["arrested", 15, "fighters"]]],
  ["وسقط العشرات من عناصر الميليشيا في قبضة رجال القبائل خلال المعارك.", [["arrested", 20, "fighters"]]],
  ["وتمكنت القوات من تحرير البلدة من قبضة 30 مسلحا.", []],
  ["وقالت المصادر إن المئات من مقاتلي الحركة فروا باتجاه الجبال.", []],
  ["وأشار إلى مقتل 12 من المتمردين وهروب العشرات منهم.", [["killed", 12, "fighters"]]],
  ["وتحدثت التقارير عن فرار 40 جنديا من مواقعهم.", []],
  ["وفر 300 شخص من منازلهم بسبب القصف.", [["displaced", 300, null]]],
  ["وارتفعت خسائر الجيش في المعارك الأخيرة إلى 27 قتيلا.", [["killed", 27, "soldiers"]]],
  ["وارتفع عدد المسلحين الذين قتلتهم القوات إلى 35 منذ مطلع الشهر.", [["killed", 35, "fighters"]]],
  ["وارتفع عدد القتلى في الحادث إلى 9 أشخاص.", [["killed", 9, null]]],
];

for (const [text, expected] of combatantCases) {
  test(`figures fighters and soldiers: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig85: people killed together with (مع) someone's companions, counted by a possessed plural of a person (`مرافقيه`,
 * `معاونيه`), are of the group the possessor's own phrase names before the verb in its clause (Al Arabiya's `القيادي الحوثي
 * … قائد وحدة القناصة فيما يسمى "كتائب الحسين" قتل مع 3 من مرافقيه`, JawharaFM's `أحد ابرز خبراء المتفجرات في تنظيم داعش قتل مع
 * أربعة من معاونيه`, twice in one wire). Not without مع (the MP's escorts an ambush of a militia killed: Asharq Al-Awsat, Al
 * Riyadh, Okaz), not past another clause or count, and not a possessed noun that names its own people (`موظفيه`).
 * [sentence, [kind, value, group]].
 */
const companionCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأفادت المصادر أن القائد الميداني في الميليشيا المعروف بأبي علي قتل مع 5 من مرافقيه في غارة جوية.", [["killed", 5, "fighters"]]],
  ["وذكر البيان أن أحد قادة التنظيم الإرهابي لقي مصرعه مع ثلاثة من معاونيه في القصف.", [["killed", 3, "fighters"]]],
  ["وقتل رجل الأعمال مع 3 من مرافقيه في هجوم شنه مسلحون على الطريق.", [["killed", 3, null]]],
  ["وفي كمين نصبته الميليشيات أدى لمقتل أربعة من مرافقيه وإصابته.", [["killed", 4, null]]],
  ["وقتل 12 مسلحا من التنظيم كما قتل المدير مع 3 من مرافقيه.", [["killed", 12, "fighters"], ["killed", 3, null]]],
  ["وقتل القيادي في الميليشيا مع 3 من موظفيه في الغارة.", [["killed", 3, null]]],
];

for (const [text, expected] of companionCases) {
  test(`figures companions killed with: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig85: members or activists of an organization its name or adjective makes armed are fighters, as people said to belong to
 * an armed group are (France 24's `مقتل ستة من أعضاء حركة المقاومة الإسلامية (حماس)`, Sky News Arabia's `روسيا قضت على 26
 * عضوا في شبكة إرهابية`, an AFP wire's `ثلاثة ناشطين من حركة المقاومة الاسلامية حماس` in NewsFANE); not members of a party or
 * council, nor activists an armed group is named near but not as theirs. [sentence, [kind, value, group]].
 */
const memberCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأسفرت الغارة عن مقتل خمسة من أعضاء حركة المقاومة في المخيم.", [["killed", 5, "fighters"]]],
  ["وأعلنت الأجهزة الأمنية القبض على 12 عضوا في خلية إرهابية بالعاصمة.", [["arrested", 12, "fighters"]]],
  ["وأصيب ثلاثة ناشطين من جماعة متطرفة في الاشتباك.", [["injured", 3, "fighters"]]],
  ["وأوقفت الشرطة 3 أعضاء من حزب العمال بعد المسيرة.", [["arrested", 3, null]]],
  ["واعتقلت الشرطة 5 ناشطين في حملة ضد تنظيم داعش.", [["arrested", 5, null]]],
  ["وقتل 4 أعضاء في المجلس البلدي في هجوم للتنظيم.", [["killed", 4, null]]],
];

for (const [text, expected] of memberCases) {
  test(`figures members of an armed organization: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig89: the object of a death, injury or arrest word, then its definite number (`مقتل كل ركابها الـ 39`, Sky News Arabia;
 * `جثث المراقبين الاربعة`, NewsFANE; `بمقتل أفراد الطاقم الخمسة`, Al Arabiya and France 24), counts those people even when no
 * noun list knows them; not a number of things (`الستة آلاف`), an ordinal, a folded ة taken for a pronoun (`قرابة الستة`), nor
 * a definite number away from a harm word. [sentence, [kind, value, group]].
 */
const harmObjectCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وتحطمت الطائرة عند هبوطها مما أدى إلى مقتل جميع ركابها الـ 24.", [["killed", 24, null]]],
  ["وانتشلت فرق الإنقاذ جثث المتسلقين الثلاثة من تحت الثلوج.", [["killed", 3, null]]],
  ["وأكدت البحرية مقتل أفراد الطاقم السبعة في تحطم المروحية.", [["killed", 7, null]]],
  ["وأعلن الجيش اعتقال عناصرها الخمسة بعد مداهمة المنزل.", [["arrested", 5, "fighters"]]],
  ["ويعاني من إصابته قرابة الستة آلاف شخص في المدينة.", [["injured", 6000, null]]],
  ["وكانت أسباب الوفيات الأولى الأربعة أمراضا مزمنة.", []],
  ["وصل المتسلقون الثلاثة إلى القمة أمس.", []],
];

for (const [text, expected] of harmObjectCases) {
  test(`figures a harm word's object and its definite number: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig89: a verb after a discourse link still opens its clause, so past a long subject and adverbials it counts the people
 * after them as a verb at the clause's start does (Al Madina `من جهة أخرى أوقفت قوى الجيش في محلة المصنع - البقاع، ثلاثة عشر
 * شخصاً`, told twice; JawharaFM `كما أوقفت الوحدات الأمنية بمركز الحرس الوطني بالسواسي، 15 شخصا`); not a verb inside a
 * clause (after a noun) nor past a complementizer. [sentence, [kind, value, group]].
 */
const openerCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["من جهة أخرى اعتقلت قوات الأمن في أحياء المدينة الشرقية خلال حملة ليلية واسعة 22 شخصا.", [["arrested", 22, null]]],
  ["كما قتلت الغارات على القرى الواقعة في ريف المحافظة الجنوبي، 9 مدنيين.", [["killed", 9, "civilians"]]],
  ["وفي المقابل أوقفت الشرطة في محيط الملعب بعد انتهاء المباراة بساعتين 40 مشجعا.", [["arrested", 40, null]]],
  ["وانتقد البيان قرار الوزارة التي أوقفت في محيط الملعب بعد انتهاء المباراة بساعتين 40 حافلة.", []],
  ["كما أعلنت الشرطة أن الحملة التي استهدفت الأحياء الشرقية في المدينة أسفرت عن نتائج مهمة و12 عملية.", []],
];

for (const [text, expected] of openerCases) {
  test(`figures a verb after a discourse link opens its clause: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig90: a singular indefinite noun of people, then واحد agreeing with it, counts one of them (Sky News Arabia `وقتل مدني
 * واحد`, JawharaFM `مؤكدا مقتل شخص واحد` and `أسفر الانفجار عن إصابة شخص واحد`, Wikinews `بينهم شرطي واحد`); not a rate
 * (`شخص واحد لكل 25 مواطن`), the family people belong to (`من عائلة واحدة`), «and one of» (`وأحد الأطفال`), a bomber who blew
 * himself up (the gold reads `فجر انتحاري واحد على الأقل نفسه`, BBC Arabic, as no figure), nor a singular noun alone.
 * [sentence, [kind, value, group]].
 */
const oneCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأعلنت الشرطة مقتل شخص واحد في انهيار المبنى.", [["killed", 1, null]]],
  ["وأسفر القصف عن مقتل 12 شخصا بينهم جندي واحد.", [["killed", 12, null], ["killed", 1, "soldiers"]]],
  ["وأصيب صحفي واحد برصاصة في ساقه.", [["injured", 1, "journalists"]]],
  ["وفي المدينة اليوم نازح واحد لكل عشرة سكان.", []],
  ["وتوفي 4 أشخاص من عائلة واحدة في الحريق.", [["killed", 4, null]]],
  ["واعتقلت الشرطة امرأة وأحد أبنائها.", []],
  ["وفجر انتحاري واحد نفسه عند مدخل المبنى.", []],
  ["وقتل شرطي في الهجوم.", []],
];

for (const [text, expected] of oneCases) {
  test(`figures a singular noun of people and واحد: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig92: a dual verb agreeing after a dual subject reaches past the subject's own words — a qualifier (Sky News Arabia
 * and France 24 `شخصين على الأقل قتلا`), its من phrase (BBC Arabic `جنديين من القوات الحكومية قتلا`, `عضوان من مسلحي
 * حماس قد قتلا`) and قد (BBC Arabic `شخصين قد توفيا`) — and makes a ـيين nisba or nationality the dual, not the plural
 * it also spells (Al Arabiya and France 24 `فلسطينيين قتلا`, Sky News Arabia `مدنيين قتلا`, `إسرائيليين أصيبا`). Not a
 * verb joined by و, which opens its own clause, nor a ـيين plural alone. [sentence, [kind, value, qualifier, group]].
 */
const dualSubjectCases: Array<[string, Array<[string, number, string, string | null]>]> = [
  ["وقال مصدر في الشرطة إن شخصين على الأقل قتلا في الانفجار.", [["killed", 2, "at_least", null]]],
  ["وذكر المرصد أن جنديين من قوات الجيش قتلا في الاشتباكات.", [["killed", 2, "exact", "soldiers"]]],
  ["وكان شخصان من سكان الحي قد أصيبا في القصف.", [["injured", 2, "exact", null]]],
  ["وقالت الوزارة إن فلسطينيين قتلا في غارة على المخيم.", [["killed", 2, "exact", null]]],
  ["وأفاد شهود بأن مدنيين قتلا في القصف.", [["killed", 2, "exact", "civilians"]]],
  ["واعتقلت الشرطة فلسطينيين وقتلا في السجن.", []],
  ["وقتل مدنيين في القصف على البلدة.", []],
];

for (const [text, expected] of dualSubjectCases) {
  test(`figures a dual verb after a dual subject and its words: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.qualifier, f.group]), expected);
  });
}

/**
 * fig92: people forced to leave their homes (أجبر / اضطر earlier in the clause, then منازلهم / ديارها … after the people)
 * are displaced, as people driven from them already were: Al Arabiya `مئات الأسر اضطرت لترك ديارها` and `أجبرت الملايين
 * على ترك منازلهم`, Sky News Arabia `أجبرت آلاف السكان على ترك منازلهم`, BBC Arabic `ثلاثة ملايين سوري، أجبروا بالفعل على
 * ترك منازلهم`, France 24 `أجبر أكثر من 1.9 مليون شخص على مغادرة منازلهم`. Not a count with a harm verb of its own, nor
 * people with no number. [sentence, [kind, value, valueMax, group]].
 */
const forcedFromHomeCases: Array<[string, Array<[string, number, number | null, string | null]>]> = [
  ["وقال المسؤول إن مئات العائلات اضطرت لترك منازلها بسبب القتال.", [["displaced", 200, 999, "families"]]],
  ["وأجبرت السيول آلاف السكان على ترك بيوتهم في القرى.", [["displaced", 2000, 9999, null]]],
  ["وأجبر القصف أكثر من 20 ألف شخص على مغادرة ديارهم.", [["displaced", 20000, null, null]]],
  ["وأجبرت القوات المسلحين على الانسحاب وقتل 5 في منازلهم.", [["killed", 5, null, null]]],
  ["واضطر الأهالي لترك منازلهم.", []],
];

for (const [text, expected] of forcedFromHomeCases) {
  test(`figures people forced to leave their homes: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.valueMax, f.group]), expected);
  });
}

/**
 * fig93: a sum in trillions is money, not a count of people: `قيمة أرامكو بـ 2 ترليون دولار` after «قبل اعتقاله» was read
 * as 2 arrested (BBC Arabic); both spellings are in print (Sky News Arabia `16 تريليون دولار`, `1.5 ترليون دولار`; CNN,
 * France 24, Al Arabiya likewise). [sentence, [kind, value]].
 */
const trillionCases: Array<[string, Array<[string, number]>]> = [
  ["وقدر الخبير قبل اعتقاله قيمة الشركة بـ 2 ترليون دولار.", []],
  ["وعقب اعتقاله قدرت ثروته بـ 1.5 تريليون دولار.", []],
  ["وقبل اعتقال 3 أشخاص قدرت قيمة الصفقة بـ 2 تريليون دولار.", [["arrested", 3]]],
];

for (const [text, expected] of trillionCases) {
  test(`figures a sum in trillions is no count: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value]), expected);
  });
}

/**
 * fig93: households counted as one (`أسرة`, `عائلة`) take their verb in the feminine singular: BBC Arabic `أكثر من 1800 أسرة
 * نزحت بسبب الاشتباكات`, Sky News Arabia `أكثر من 8900 عائلة قد شردت` (twice). Displacement only: a family that lost its
 * children (`39 أسرة فقدت عوائلها`) or came back is no figure of this shape. [sentence, [kind, value, group]].
 */
const householdVerbCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وقالت الوزارة إن نحو 600 أسرة نزحت من الحي خلال يومين.", [["displaced", 600, "families"]]],
  ["وأفاد الهلال الأحمر بأن 3 آلاف عائلة قد شردت بسبب السيول.", [["displaced", 3000, "families"]]],
  ["وقال المسؤول إن 200 أسرة عادت إلى منازلها بعد الهدنة.", []],
  ["وذكر التقرير أن 40 أسرة فقدت عوائلها في الحرب.", []],
];

for (const [text, expected] of householdVerbCases) {
  test(`figures households and a feminine singular verb: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig93: the verb of the missing with an object after the people is a loss, not a disappearance: lives lost are deaths
 * (Sky News Arabia `أكثر من 100 طفل فقدوا أرواحهم في أرض المعركة`, three copies), jobs, a livelihood or consciousness
 * lost are no figure (Sky News Arabia `أكثر من 1200 شخصا فقدوا وظائفهم`, `159 ألف شخص فقدوا مصدر رزقهم`; JawharaFM
 * `المئات من أطفال اللاجئين فقدوا وعيهم`). People lost at a place or since a time stay missing. [sentence, [kind, value]].
 */
const lostObjectCases: Array<[string, Array<[string, number]>]> = [
  ["وقالت المنظمة إن 45 مدنيا فقدوا أرواحهم في القصف.", [["killed", 45]]],
  ["وأكد التقرير أن 300 عامل فقدوا وظائفهم بعد إغلاق المصنع.", []],
  ["وقالت الشرطة إن 12 بحارا فقدوا في البحر منذ الأحد.", [["missing", 12]]],
];

for (const [text, expected] of lostObjectCases) {
  test(`figures people who lost something: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value]), expected);
  });
}

/**
 * fig93: people held in prison after their count (`يقبعون في سجون …`, `القابعين في سجون العراق`, `يقبعون في مراكز اعتقال`)
 * are detained: Al Arabiya `14 صحافيا في اليمن لا يزالون يقبعون في سجون ميليشيات الحوثي`, Sky News Arabia `بعشرات المقاتلين
 * القابعين في سجون العراق`, France 24 `آلاف الأشخاص ومنهم نشطاء … "يقبعون في مراكز اعتقال`. A table's rank is no prison.
 * [sentence, [kind, value, group]].
 */
const heldCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وقالت المنظمة إن 30 ناشطا لا يزالون يقبعون في السجون منذ عامين.", [["arrested", 30, null]]],
  ["وتحدث التقرير عن مئات الشبان القابعين خلف القضبان.", [["arrested", 200, null]]],
  ["وقال إن ثلاثة أندية يقبعون في المركز الأخير.", []],
];

for (const [text, expected] of heldCases) {
  test(`figures people held in prison: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig94: people of another group joined by و to the counted phrase, as a plural or a force named by its head, are counted
 * by the same number, which names no one group then: BBC `مقتل 14 من قوات الجيش السوري وعناصر من المعارضة`, Al Arabiya
 * `مقتل عشرات الجنود وأفراد الشرطة والمدنيين`, Sky News Arabia `قتلوا مئات من قوات الأمن ومدنيين`, France 24 `إجلاء مئات
 * المقاتلين والمدنيين`. A singular or a dual joined is people of their own (`4 مسعفين وصحفي`, `12 طفلا وامرأتين`), a plural
 * in the nominative after an accusative singular too (`28 مدنيا ومقاتلون من التنظيم`), and the same group changes nothing.
 * [sentence, [kind, value, group]].
 */
const joinedGroupCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأدت الاشتباكات إلى مقتل عشرات الجنود وأفراد الشرطة والمدنيين في الإقليم.", [["killed", 20, null]]],
  ["وأعلن المرصد مقتل 12 من قوات النظام السوري وعناصر من المعارضة في الهجوم.", [["killed", 12, null]]],
  ["وقتل المسلحون مئات من قوات الأمن ومدنيين في هجمات متفرقة.", [["killed", 200, null]]],
  ["وأسفر القصف عن إصابة 4 مسعفين وصحفي في المخيم.", [["injured", 4, "medics"]]],
  ["وأفادت التقارير بمقتل 15 طفلا وامرأتين في القرية.", [["killed", 15, "children"], ["killed", 2, "women"]]],
  ["وأدت الغارة لمقتل 40 شخصا بينهم 22 مدنيا ومقاتلون من التنظيم.", [["killed", 40, null], ["killed", 22, "civilians"]]],
  ["وقتل في الهجوم 18 ضابطا ومجندا بالجيش.", [["killed", 18, "soldiers"]]],
];

for (const [text, expected] of joinedGroupCases) {
  test(`figures people of two groups counted together: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig94: four smaller readings, each seen in 2 outlets or more of the DEV-safe pools. A takfiri counted by the noun is a
 * fighter (CNN `مقتل "52 تكفيريا"`, JawharaFM `إيقاف 4 تكفيريين`, Sky News Arabia `القضاء على 3 تكفيريين`). ضمنهم marks a part as
 * بينهم does (France 24 `نحو عشرة آلاف قتيل ضمنهم أكثر من 2200 طفل`, Sky News Arabia `من ضمنهم 8 ضباط`). People drowned are dead
 * (Sky News Arabia and France 24 `غرق 13 مهاجرا`, JawharaFM `غرق 35 مهاجرا`, France 24 `غرق مئات المهاجرين`), villages and boats
 * are not. هرب with people after it is a flight (BBC `وهرب الآلاف من المنطقة`, CNN `هرب مئات آلاف من الروهينغا`). An attempt or
 * a plot to kill tells no death (BBC, France 24, Sky News Arabia `في محاولة لقتل ثلاثة قضاة`, CNN `مشروع الحوثي لقتل مليون
 * يمني`). [sentence, [kind, value, qualifier, group]].
 */
const fig94Cases: Array<[string, Array<[string, number, string, string | null]>]> = [
  ["وأعلن الجيش مقتل 17 تكفيريا في مداهمات بشمال سيناء.", [["killed", 17, "exact", "fighters"]]],
  ["وتمكنت الوحدات من إيقاف 5 تكفيريين في الجنوب.", [["arrested", 5, "exact", "fighters"]]],
  ["وخلف القصف 60 قتيلا ضمنهم 14 طفلا.", [["killed", 60, "exact", null], ["killed", 14, "exact", "children"]]],
  ["وارتفع إلى 30 عدد القتلى من ضمنهم 6 ضباط.", [["killed", 30, "exact", null], ["killed", 6, "exact", "soldiers"]]],
  ["وأسفر انقلاب القارب عن غرق 21 مهاجرا على الأقل قبالة السواحل.", [["killed", 21, "at_least", null]]],
  ["وأدت السيول إلى غرق عشرات القرى وغرق 3 قوارب للصيد.", []],
  ["وهرب الآلاف من البلدة بعد اشتداد القصف.", [["displaced", 2000, "exact", null]]],
  ["وأطلقت الجماعة الغاز في محاولة لقتل خمسة قضاة.", []],
  ["وعبر المسلحون الحدود لقتل 20 شخصا في المدينة.", [["killed", 20, "exact", null]]],
];

for (const [text, expected] of fig94Cases) {
  test(`figures fig94 readings: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.qualifier, f.group]), expected);
  });
}

/**
 * fig94: an adjective carries no و, so a person joined by it gives the counted people no group (France 24, twice, and Sky
 * News Arabia `مقتل أربعة فلسطينيين وجندي إسرائيلي`: soldiers before); an adjective right after them still does. [sentence,
 * [kind, value, group]].
 */
const joinedNotAdjectiveCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأسفر القصف عن مقتل ثلاثة فلسطينيين وجندي إسرائيلي.", [["killed", 3, null]]],
  ["وأدى الحادث إلى إصابة خمسة أشخاص وشرطي.", [["injured", 5, null]]],
  ["وأعلنت الشرطة مقتل 5 أشخاص مسلحين في الاشتباك.", [["killed", 5, "fighters"]]],
];

for (const [text, expected] of joinedNotAdjectiveCases) {
  test(`figures a person joined by و is no adjective: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig98: a harm verb reaches its dual subject past a preposition with the pronoun of the event (Al Arabiya `قتل فيها
 * فلسطينيان أحدهما`, BBC `قتل فيها شخصان الأحد`, France 24 `قتل خلالها فلسطينيان`, Sky News Arabia `قتل فيه مستوطنان`), and so
 * does a number with no people named (Sky News Arabia `تظاهرات … قتل فيها اثنان`, `أصيب فيها 4 على الأقل`; BBC `قتل فيها مئات
 * الناس`); a dual that counts no people after it (`قضى فيه موسمين`) stays no figure. [sentence, [kind, value, group]].
 */
const eventPronounDualCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وشهدت البلدة مواجهات قتل فيها فلسطينيان وأصيب 30 آخرون.", [["killed", 2, null], ["injured", 30, null]]],
  ["ووقع انفجار قتل خلاله شخصان في السوق.", [["killed", 2, null]]],
  ["واندلع حريق أصيب جراءه طفلان بحروق.", [["injured", 2, "children"]]],
  ["وانتقل إلى النادي الذي قضى فيه موسمين.", []],
  ["وخرجت مظاهرات في المدينة قتل فيها اثنان، وأصيب آخرون.", [["killed", 2, null]]],
  ["وشهدت البلدة اشتباكات أصيب فيها 6 على الأقل.", [["injured", 6, null]]],
];

for (const [text, expected] of eventPronounDualCases) {
  test(`figures a dual subject past فيها / خلالها: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig98: a death sentence carried out on counted people is their death (France 24 `تم تنفيذ أحكام الإعدام بحق 20 شخصا`;
 * JawharaFM `تنفيذ حكم الإعدام شنقا بحق 15 شخصا`, `تنفيذ حكم الإعدام في حق 5 آخرين`, `تنفيذ حكم الإعدام شنقا بحق ثلاثة من
 * المتخابرين`); a sentence passed is none (the written convention). `يوم` before a weekday names the day, no duration of the
 * number before it (BBC `وارتفع عدد القتلى إلى 131 يوم الأربعاء`; not a duration either in Sky News Arabia `تأكيد 10 يوم
 * الثلاثاء`, Al Arabiya `اجتماعه الـ62 يوم الأحد`, the scores `2 - 2 يوم الثلاثاء`). [sentence, [kind, value, group]].
 */
const executionAndWeekdayCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وأعلنت الوزارة تنفيذ حكم الإعدام رميا بالرصاص بحق 7 أشخاص مدانين بالقتل.", [["killed", 7, null]]],
  ["وتم صباح اليوم تنفيذ أحكام الإعدام بحق 12 شخصا.", [["killed", 12, null]]],
  ["وأصدرت المحكمة حكم الإعدام بحق 9 أشخاص.", []],
  ["وارتفعت حصيلة القتلى إلى 75 يوم الخميس.", [["killed", 75, null]]],
  ["وقتل الجنود بعد 40 يوما من الحصار.", []],
];

for (const [text, expected] of executionAndWeekdayCases) {
  test(`figures executions carried out and a weekday after يوم: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig98: years before the story's in the count's clause make it background (Al Arabiya `قُتل فيها 34 شخصاً أثناء محاولة انقلاب
 * فاشلة قبل عامين` and `أودت بحياة 13 شخصا قبل نحو عشرين عاما`; Sky News Arabia `وقتل فيها 34 شخصا، أثناء محاولة الانقلاب التي
 * وقعت قبل عامين`; BBC `مقتل مئات الأشخاص، في حملة لتنظيم القاعدة قبل نحو عقد من الزمن`); a count since then stays
 * cumulative, and `قبل عقد القمة` (before holding the summit) is no time. [sentence, [kind, value, extent]].
 */
const yearsBeforeCases: Array<[string, Array<[string, number, string | undefined]>]> = [
  ["وأدين المتهمون في تفجير قتل فيه 40 شخصا قبل ثلاث سنوات.", [["killed", 40, "background"]]],
  ["وتذكر الحادثة بهجوم أسفر عن مقتل 12 شخصا قبل نحو عشرين عاما.", [["killed", 12, "background"]]],
  ["وقتل منذ اندلاع النزاع قبل خمسة أعوام أكثر من ألف شخص.", [["killed", 1000, "cumulative"]]],
  ["وقتل 5 أشخاص في القصف قبل عقد القمة بساعات.", [["killed", 5, "event"]]],
];

for (const [text, expected] of yearsBeforeCases) {
  test(`figures years before the story's: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.scope?.extent]), expected);
  });
}

/**
 * fig98: a date in the relative clause naming the event of a toll that rises or reaches the figure dates the event, not the
 * toll (Al Arabiya `ارتفعت الحصيلة المؤقتة للأمطار الغزيرة التي هطلت الأسبوع الماضي … إلى 179 قتيلا`; Sky News Arabia `ارتفاع
 * حصيلة ضحايا الأمطار الغزيرة التي هطلت الأسبوع الماضي … إلى 176 قتيلا` and `حصيلة الزلزال الذي تبعه تسونامي في جزيرة سولاويسي
 * الاسبوع الماضي، بلغت نحو ألفي قتيل`); a count told in that clause, or a toll with no rise, stays background.
 * [sentence, the date's words, extents].
 */
const tallysEventDateCases: Array<[string, string, string[]]> = [
  ["وارتفعت حصيلة ضحايا الفيضانات التي ضربت الإقليم الأسبوع الماضي إلى 64 قتيلا.", "الأسبوع الماضي", ["event"]],
  ["وبلغت حصيلة الإعصار الذي ضرب الجزر الأسبوع الماضي 30 قتيلا.", "الأسبوع الماضي", ["event"]],
  ["وقتل 30 شخصا في الهجوم الذي وقع الأسبوع الماضي.", "الأسبوع الماضي", ["background"]],
];

for (const [text, words, expected] of tallysEventDateCases) {
  test(`figures scope: a date of a toll's event: ${text.slice(0, 40)}`, () => {
    const start = text.indexOf(words);
    const dateSpans = [{ start, end: start + words.length, value: "2018-07-03", kind: "relative" }];
    assert.deepEqual(findFacts(text, { publishedAt: "2018-07-11T12:00:00Z", dateSpans }).map((f) => f.scope?.extent), expected);
  });
}

/**
 * fig98: the force a dual's people belong to, named right after them past من or, for members of a force, as its complement
 * (BBC `وكان عضوان من مسلحي حماس قد قتلا`: fighters; NewsFANE `بينهم ضابطان بالشرطة`: police; BBC `جنديين من القوات الحكومية`,
 * France 24 `عنصران من كتائب القسام`, read so before); people of no force keep their own group. [sentence, [kind, value, group]].
 */
const dualForceCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وقتل عضوان من مسلحي الحركة في الغارة.", [["killed", 2, "fighters"]]],
  ["وأصيب ضابطان بالشرطة في الانفجار.", [["injured", 2, "police"]]],
  ["وتم اعتقال شخصين من أصحاب السوابق.", [["arrested", 2, null]]],
];

for (const [text, expected] of dualForceCases) {
  test(`figures the force named after a dual: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig105: a count far from its verb or with a phrase between. A time adverb (`السبت`, `أمس`, `اليوم الأحد`, `السبت الماضي`)
 * between a cue and its count (Sky News Arabia `اعتقلت السبت اثنين من رسامي الجداريات`, `وقتل الجمعة 4 متظاهرين`; France 24
 * `قتل الأحد 11 جهاديا`), an adverbial between القبض and its على (France 24 `وألقي القبض في هونغ كونغ وحدها على 242 شخصا، و16
 * آخرين`, JawharaFM `وألقي القبض رسميا على نحو 49 ألف شخص`; not past `عليه`); the subject of a complement clause and its plural
 * verb further on (SaudiNewsNet (Al Jazirah) `أن خمسة موظفين يعملون لحساب شركات … قتلوا في الهجوم`, Sky News Arabia `أن 21 عنصرا
 * على الأقل من قوات النظام والمسلحين الموالين لها قتلوا`, JawharaFM `إن 53 شخصا، معظمهم من المزارعين … لقوا حتفهم`; not past
 * a clause of its own); people counted as part of the people an event names (BBC `أن 18 شخصا من القتلى مدنيون` and `إن 90 شخصا
 * من المصابين الـ 220 جرحوا`, Sky News Arabia `أن 28 شخصا من المعتقلين أجانب`; a cue before them comes first: JawharaFM `مقتل 58
 * شخصا من المفقودين`). بلغ takes a tally's number with no إلى, further than its people (NewsFANE `بلغ عدد الركاب الذين لقوا حتفهم
 * اثر تحطم اربع طائرات اكثر من 200 شخص`, JawharaFM `بلغ عدد الموقوفين من قبل القوات العسكرية … 37 شخصا`, France 24 `بلغ عدد القتلى
 * نتيجة الزلزال المدمر الذي ضرب … 131 قتيلا`). [sentence, [kind, value, group]].
 */
const farFromVerbCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وقالت الشرطة إنها اعتقلت الأحد ثلاثة من سائقي الشاحنات.", [["arrested", 3, null]]],
  ["وقتل أمس 6 جنود في هجوم على نقطة تفتيش.", [["killed", 6, "soldiers"]]],
  ["وأصيب الخميس الماضي أربعة في الانفجار.", [["injured", 4, null]]],
  ["وألقت الشرطة القبض في العاصمة وضواحيها على 35 شخصا، و9 آخرين في الجنوب.", [["arrested", 35, null], ["arrested", 9, null]]],
  ["وتم القبض عليه في منزله على بعد 5 كيلومترات من الحدود.", []],
  ["وقالت الوزارة إن سبعة مهاجرين كانوا على متن القارب المتجه إلى الجزيرة اليونانية قد توفوا غرقا.", [["killed", 7, null]]],
  ["وأعلن الجيش أن 12 عنصرا من الميليشيا التي تسيطر على المنطقة الجبلية المحاذية للحدود قتلوا في الغارة.", [["killed", 12, "fighters"]]],
  ["وذكرت الصحيفة أن 300 عامل في المصنع الذي أغلق أبوابه الشهر الماضي بعد خسائر كبيرة فقدوا وظائفهم.", []],
  ["وأكد المستشفى أن 40 شخصا من الجرحى أطفال.", [["injured", 40, "children"]]],
  ["وقال المسؤول إن 15 شخصا من المعتقلين يحملون جنسيات أجنبية.", [["arrested", 15, null]]],
  ["وأعلنت السلطات مقتل 20 شخصا من المفقودين في الفيضانات.", [["killed", 20, null]]],
  ["ويعتقد أن 500 مريض آخر، جميعهم غير مصابين بالسكري، قد يكونوا أصيبوا بالعدوى بالطريقة نفسها.", []],
  ["وبلغ عدد الجرحى في الحادث الذي وقع على الطريق السريع قرب المدينة 14 شخصا.", [["injured", 14, null]]],
  ["بلغ عدد الركاب الذين لقوا حتفهم في تحطم ثلاث طائرات خلال الشهر 150 شخصا.", [["killed", 150, null]]],
  ["وبلغ عدد الزوار الذين دخلوا المعرض خلال يومه الأول 3000 شخص.", []],
];

for (const [text, expected] of farFromVerbCases) {
  test(`figures a count far from its verb: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig105: a verb opening its clause reaches its counted people past a date, whose words take no room of its reach (France 24
 * `وقتل في محافظة الحديدة منذ بدء الهجوم باتجاه الميناء في 13 حزيران/يونيو، 483 شخصا`, two copies), and right after a
 * complementizer a verb opens its clause (BBC `إنه "قتل جراء الزلزال وتسونامي في مدينة بالو`); a cue with a date between is
 * no cue right by its count (Sky News Arabia `وقتلت يتوندي في 14 سبتمبر 2003، وكانت أما لثلاثة أطفال`: no figure).
 * [sentence, the date's words or "", [kind, value, group]].
 */
const verbReachCases: Array<[string, string, Array<[string, number, string | null]>]> = [
  ["وأصيب في المواجهات التي اندلعت على أطراف المدينة في 3 آذار/مارس، 45 شخصا.", "3 آذار/مارس", [["injured", 45, null]]],
  ["وقال المتحدث إنه قتل في الهجوم على السوق المركزي في شمال المدينة 12 شخصا.", "", [["killed", 12, null]]],
  ["وقتلت الممرضة في 14 سبتمبر 2003، وكانت أما لثلاثة أطفال.", "14 سبتمبر 2003", []],
];

for (const [text, words, expected] of verbReachCases) {
  test(`figures a verb's reach past a date or after a complementizer: ${text.slice(0, 40)}`, () => {
    const start = text.indexOf(words);
    const dateSpans = words ? [{ start, end: start + words.length, value: "2018-03-03", kind: "date" }] : [];
    assert.deepEqual(findFacts(text, { publishedAt: "2018-03-05T12:00:00Z", dateSpans }).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig108: a fronted tally whose people a relative clause of تم / يتم / جرى and an event noun names takes that clause's kind
 * for the number a rise or arrival verb brings it to (France 24 `عدد الإرهابيين الذين تم إلقاء القبض عليهم خلال عملية
 * المداهمة في السلط ارتفع إلى خمسة`, two copies; JawharaFM `عدد الأشخاص الذين تم إيقافهم بعد إجتياز الحدود … وصل إلى 23 شخصا`
 * and `ترتفع حصيلة الارهابيين الذين تم القضاء عليهم منذ الليلة الفارطة الى 9 عناصر ارهابية`); a clause of no event (`تم
 * قبولهم`) gives none. [sentence, [kind, value, group]].
 */
const passiveRelativeTallyCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وقال الوزير إن عدد المسلحين الذين تم إلقاء القبض عليهم خلال الحملة في الجنوب ارتفع إلى سبعة.", [["arrested", 7, "fighters"]]],
  ["وأضاف البيان أن عدد الأشخاص الذين تم توقيفهم قرب الحدود خلال شهر مارس 2019 وصل إلى 41 شخصا.", [["arrested", 41, null]]],
  ["وبذلك ترتفع حصيلة المسلحين الذين تم القضاء عليهم منذ بداية العملية إلى 12 عنصرا.", [["killed", 12, "fighters"]]],
  ["وأكدت اللجنة أن عدد الذين يتم اعتقالهم يوميا في المدينة وصل إلى 30.", [["arrested", 30, null]]],
  ["وقال المدير إن عدد الطلاب الذين تم قبولهم في الجامعة هذا العام ارتفع إلى 500 طالب.", []],
];

for (const [text, expected] of passiveRelativeTallyCases) {
  test(`figures a tally named by a passive relative clause: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig110: a definite vague plural standing alone (no noun after it) counts people with none named when an event verb
 * earlier in its clause reaches it past its subject or an adverbial (Al Arabiya `قتلت قوات الاحتلال العشرات وأصابت ألفين
 * آخرين`; France 24 `اعتقلت فصائل معارضة العشرات في إدلب`, two copies; Sky News Arabia `وقتل في الصراع عشرات الآلاف، فيما`
 * and `وتقتل وتأسر العشرات`); a noun after it (`العشرات من القرارات`), an indefinite one with its noun (`آلاف الخنازير`) or no
 * event verb gives none. [sentence, [kind, value, group]].
 */
const vagueObjectCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وفي المقابل قتلت قوات الأمن المئات وأصابت ثلاثة آلاف آخرين خلال الاحتجاجات.", [["killed", 200, null], ["injured", 3000, null]]],
  ["واعتقلت الشرطة التركية العشرات في أنقرة بتهمة الانتماء إلى الحركة.", [["arrested", 20, null]]],
  ["وقتل في الحرب الأهلية عشرات الآلاف، فيما نزح الملايين عن ديارهم.", [["killed", 20000, null], ["displaced", 2000000, null]]],
  ["وأصدرت الحكومة العشرات من القرارات الجديدة هذا العام.", []],
  ["وأعدمت السلطات آلاف الخنازير بعد انتشار الحمى.", []],
  ["واستقبلت المدينة الآلاف في المهرجان.", []],
];

for (const [text, expected] of vagueObjectCases) {
  test(`figures a bare vague plural an event verb reaches: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig110: people a verb of remaining (ما زال، لا يزال) and a missing participle describe are missing — after them (Al Arabiya
 * `أن 30 شخصاً على الأقل ما زالوا مفقودين` and `12 شخصاً ما زالوا مفقودين`; France 24 `فإن27 شخصا لا زالوا مفقودين` and
 * `ما بين 25 و30 شخصا لا يزالون مفقودين`; Sky News Arabia `أن تسعة أشخاص على الأقل ما زالوا مفقودين` and `أن 25 آخرين ما
 * زالوا مفقودين`; NewsFANE `ان 63 شخصا على الاقل مازالوا مفقودين`) or around them (NewsFANE `وما زال 275 شخصا اخرين مفقودين`,
 * JawharaFM `فيما ما زال العشرات مفقودين`); held with a detention participle, arrested (France 24 `فإن 30 شخصا ما زالوا محتجزين
 * لدى التنظيم`, two copies, and Sky News Arabia's; Sky News Arabia `550 طفلاً مهاجراً ما زالوا محتجزين`; BBC `خمسة منهم لا
 * يزالون معتقلين`); another state (`مصابين`, `في المستشفى`) or things
 * (`طائرات مفقودة`; Sky News Arabia `عشرات الآلاف من القطع الأخرى لا تزال مفقودة`, seen in the pool diff) give none.
 * [sentence, [kind, value, group]].
 */
const stillMissingCases: Array<[string, Array<[string, number, string | null]>]> = [
  ["وقال الدفاع المدني إن 14 شخصا على الأقل ما زالوا مفقودين تحت الأنقاض.", [["missing", 14, null]]],
  ["وأفادت الشرطة بأن ثمانية صيادين لا يزالون مفقودين منذ مساء الجمعة.", [["missing", 8, null]]],
  ["وانتشلت فرق الإنقاذ 20 جثة وما زال 11 شخصا آخرين مفقودين.", [["killed", 20, null], ["missing", 11, null]]],
  ["وأسفر الإعصار عن مقتل 9 أشخاص فيما لا يزال العشرات مفقودين.", [["killed", 9, null], ["missing", 20, null]]],
  ["وقال المدرب إن 3 لاعبين ما زالوا مصابين.", []],
  ["وما زالت 3 طائرات مفقودة منذ العاصفة.", []],
  ["واستعيدت آلاف القطع فإن عشرات الآلاف من القطع الأخرى لا تزال مفقودة.", []],
  ["وأطلق المسلحون سراح 12 رهينة، فيما لا يزال 7 صيادين محتجزين لدى الجماعة.", [["arrested", 7, null]]],
  ["وقال المرصد إن 40 شخصا ما زالوا مختطفين منذ الهجوم على القرية.", [["arrested", 40, null]]],
];

for (const [text, expected] of stillMissingCases) {
  test(`figures people still missing or held: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.group]), expected);
  });
}

/**
 * fig110: a verb of exceeding before the count, right before it (past `عتبة`) or before the tally it says of, states more than
 * it (France 24 `حصيلة التفجيرات الانتحارية … تتخطى 220 قتيلا`, `تخطت عتبة 220 قتيلا`, `والحصيلة تتخطى 250 قتيلا`; Sky News
 * Arabia `فالحصيلة تتجاوز 46 ألف قتيل`, `ويتجاوز عدد الضحايا ثلاثة آلاف قتيل`; Al Jazirah `وقد تتجاوز 12 قتيلاً`); negated
 * (`لم تتجاوز`) it states none. [sentence, [kind, value, qualifier]].
 */
const exceededCases: Array<[string, Array<[string, number, string]>]> = [
  ["وتخطت حصيلة ضحايا الفيضانات عتبة 150 قتيلا بحسب السلطات.", [["killed", 150, "more_than"]]],
  ["ويتجاوز عدد المعتقلين 900 شخص في سجون المدينة.", [["arrested", 900, "more_than"]]],
  ["اليمن: حصيلة الغارات تتخطى 200 قتيل.", [["killed", 200, "more_than"]]],
  ["وقالت الشرطة إن الحصيلة لم تتجاوز 12 قتيلا.", [["killed", 12, "exact"]]],
];

for (const [text, expected] of exceededCases) {
  test(`figures a verb of exceeding before the count: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.qualifier]), expected);
  });
}

/**
 * fig111: bodies counted, then ل and a plural group noun right after them (past a verb of belonging), are the bodies of people of
 * that group (France 24 `وصل إلى المستشفى … 29 جثة لأطفال تحت الخامسة عشر من العمر`, two articles; BBC `ثلاث جثث لمسلحين`;
 * JawharaFM `حوالي 90 جثة لمقاتلين من المتشددين`, `نحو 400 جثة تعود لعسكريين`). People of no group (`لمهاجرين`), a singular
 * (`جثة لطفل`), people of another plural joined by و (`تعود لعسكريين ومدنين`) or a clause ending between name none. The ten of a compound ordinal (`الخامسة عشر`, an age) is no count.
 * [sentence, [kind, value, qualifier, group]].
 */
const bodiesCases: Array<[string, Array<[string, number, string, string | null]>]> = [
  ["ونقلت سيارات الإسعاف 14 جثة لأطفال دون العاشرة إلى مستشفى المدينة.", [["killed", 14, "exact", "children"]]],
  ["وانتشل الجيش خمس جثث لمسلحين من تحت الأنقاض.", [["killed", 5, "exact", "fighters"]]],
  ["وعثرت الفرق على نحو 60 جثة تعود لجنود في مقبرة جماعية.", [["killed", 60, "about", "soldiers"]]],
  ["وانتشلت البحرية 23 جثة لمهاجرين قبالة السواحل.", [["killed", 23, "exact", null]]],
  ["وتضم المقبرة 70 جثة لجنود ومدنيين أعدمهم التنظيم.", [["killed", 70, "exact", null]]],
  ["وسلمت السلطات 8 جثث. لمدنيين في القرية حق العودة.", [["killed", 8, "exact", null]]],
  ["ووصلت إلى المستشفى 9 جثث من الأطفال تحت الخامسة عشرة من العمر.", [["killed", 9, "exact", "children"]]],
];

for (const [text, expected] of bodiesCases) {
  test(`figures bodies counted of the people after ل: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.qualifier, f.group]), expected);
  });
}

/**
 * fig111: a dual of people joined by و and said to be «others» is two more people of the harm whose object it joins — the nearest
 * event word before it in its clause (BBC `اعتقل بصحبة شقيقه ورجلين آخرين`, Sky News Arabia `قتل بعد ذلك رجلا آخر بالقرب من
 * الشركة وشخصين آخرين`, JawharaFM `إلقاء القبض على المتورطين … وهم عون أمن وشخصين آخرين`). Past a relative clause, or with no
 * event word before it, it counts nothing. [sentence, [kind, value, qualifier, group]].
 */
const dualOthersCases: Array<[string, Array<[string, number, string, string | null]>]> = [
  ["واعتقلت الشرطة السائق وامرأتين أخريين في المطار.", [["arrested", 2, "exact", "women"]]],
  ["وأوقفت الشرطة صاحب المحل ورجلين آخرين للتحقيق معهم.", [["arrested", 2, "exact", null]]],
  ["وأصاب المسلح حارس المبنى وشخصين آخرين قبل أن يفر.", [["injured", 2, "exact", null]]],
  ["وقتل في الهجوم الذي نفذه مسلح وشخصان آخران.", []],
  ["ويملك المشروع صاحبه وشابان آخران من القرية.", []],
];

for (const [text, expected] of dualOthersCases) {
  test(`figures a dual of others joined to a harm's object: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.qualifier, f.group]), expected);
  });
}

/**
 * fig111: a force named in the singular (`قوة`, `القوة`) is a head as `قوات` is: its complement names the force (CNN `وإصابة ستة
 * … (أربعة من قوات الدرك واثنين من قوة الأمن العام)`, Sky News Arabia's copy `واثنان من قوة الأمن العام`, and Sky News Arabia `مقتل
 * 3 من أفراد القوة الأمنية` in the Salt raid). A force of no group (`قوة حفظ السلام`) names none. [sentence, [kind, value,
 * qualifier, group]].
 */
const singularForceCases: Array<[string, Array<[string, number, string, string | null]>]> = [
  ["وأصيب ثلاثة من قوة الشرطة خلال الاشتباك.", [["injured", 3, "exact", "police"]]],
  ["وقتل أربعة من أفراد القوة الأمنية في الكمين.", [["killed", 4, "exact", "police"]]],
  ["وقتل خمسة من قوة حفظ السلام الدولية.", [["killed", 5, "exact", null]]],
];

for (const [text, expected] of singularForceCases) {
  test(`figures a force named in the singular: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.qualifier, f.group]), expected);
  });
}

/**
 * fig115: a couple (`زوجين`, `الزوجين`, `زوجان`) right after a verb or noun of death, injury or arrest counts two, people in
 * general (BBC `وفاة زوجين من بريطانيا`, `وفاة زوجين منهم`, `بعد وفاة الزوجين`; Sky News Arabia `مقتل زوجين محاصرين`; Al
 * Arabiya `مقتل الزوجين سعد وريهام`). Not with no harm word right before it (`بين الزوجين`, a couple's trip). [sentence, [kind,
 * value, qualifier, group]].
 */
const coupleCases: Array<[string, Array<[string, number, string, string | null]>]> = [
  ["وأعلنت الشرطة وفاة زوجين من ألمانيا في الشقة.", [["killed", 2, "exact", null]]],
  ["وأسفر الانهيار عن مقتل زوجين داخل سيارتهما.", [["killed", 2, "exact", null]]],
  ["وأدى الحريق إلى مقتل الزوجين وطفلهما.", [["killed", 2, "exact", null]]],
  ["وقتل الزوجان في الحادث على الطريق السريع.", [["killed", 2, "exact", null]]],
  ["وأصيب زوجان بجروح في الانفجار.", [["injured", 2, "exact", null]]],
  ["وقررت الشركة إعادة السياح بعد وفاة الزوجين.", [["killed", 2, "exact", null]]],
  ["ونشب خلاف بين الزوجين حول السفر.", []],
  ["وسافر الزوجان إلى باريس لقضاء عطلة.", []],
];

for (const [text, expected] of coupleCases) {
  test(`figures a couple after a harm word: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.qualifier, f.group]), expected);
  });
}

// fig116: teenagers are minors (children), and فتيان / فتيين with a dual adjective after them are two boys
const teenCases: Array<[string, Array<[string, number, string, string | null]>]> = [
  ["ولقي فتيان فلسطينيان في الغارة حتفهما.", [["killed", 2, "exact", "children"]]],
  ["وقتل فتيان سوريان في القصف على البلدة.", [["killed", 2, "exact", "children"]]],
  ["وأصيب فتيين صغيرين بجروح في الانفجار.", [["injured", 2, "exact", "children"]]],
  ["وقتل مراهقان في إطلاق نار قرب المدرسة.", [["killed", 2, "exact", "children"]]],
  ["واعتقلت الشرطة خمسة مراهقين بعد الشجار.", [["arrested", 5, "exact", "children"]]],
  ["وارتبطت اللعبة بمقتل 40 مراهقا في البلاد.", [["killed", 40, "exact", "children"]]],
  ["ونجحت الفرق في إجلاء الفتيان من المغارة.", []],
  ["وتحدث الفتيان عن أيامهم في المغارة.", []],
];

for (const [text, expected] of teenCases) {
  test(`figures teenagers and two boys: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.qualifier, f.group]), expected);
  });
}

// A short nationality singular (`سوري`, `يمني`, four letters) after a number counts people as longer nisbas do, so a range
// before it is read (fig117); other four-letter words in ـي stay no people.
const shortNisbaCases: Array<[string, Array<[string, number, number | null, string, string | null]>]> = [
  ["وأدى القصف إلى نزوح ما بين 200 ألف و300 ألف سوري.", [["displaced", 200000, 300000, "exact", null]]],
  ["وأدى القتال إلى نزوح ما بين 270 و330 ألف سوري.", [["displaced", 270000, 330000, "exact", null]]],
  ["وأسفر القتال عن مقتل ما بين 40 و60 يمني من سكان القرية.", [["killed", 40, 60, "exact", null]]],
  ["وتحدثت التقارير عن اعتقال 300 مصري في ليبيا.", [["arrested", 300, null, "exact", null]]],
  ["وقتل في الحرب 50 ألف مدني و20 ألف روسي.", [["killed", 50000, null, "exact", "civilians"], ["killed", 20000, null, "exact", null]]],
  ["وشارك 300 مصري في المسيرة.", []],
  ["وحضر المؤتمر 200 دولي.", []],
  ["وأدى القصف إلى نزوح ما بين 200 و300 يوميا.", []],
];

for (const [text, expected] of shortNisbaCases) {
  test(`figures a short nationality after a number: ${text.slice(0, 40)}`, () => {
    assert.deepEqual(findFacts(text).map((f) => [f.kind, f.value, f.valueMax, f.qualifier, f.group]), expected);
  });
}
