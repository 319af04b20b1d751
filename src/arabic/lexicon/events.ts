/**
 * The event vocabulary of figures (understand/figures.ts reads it): what happened to the people a
 * number counts. Each list is matched through the normalizer (word-list.ts), inflections generated.
 * Roles, by how the words stand to the number in news prose:
 * - PERSON_NOUNS name the people by what happened to them (قتيل/قتلى، جريح، مصاب، معتقل، نازح،
 *   مفقود…): `27 قتيلاً`, `12 من القتلى`, `حصيلة القتلى`.
 * - EVENT_NOUNS are the verbal nouns (مقتل، إصابة، اعتقال، نزوح، إجلاء، فقدان، تدمير…): before the
 *   number (`مقتل 27`), after it as `حالة اعتقال` (`687 حالة اعتقال`), or carrying the pronoun of
 *   the counted people after them (`اعتقالهم`).
 * - EVENT_VERBS (every third person, both voices, and object pronouns): before the number within the
 *   clause (`قتل في الهجوم 12 شخصاً`, `اعتقلت الشرطة 14 شخصاً`) or, agreeing with it, after
 *   (`ستة أشخاص قتلوا`). ADJACENT_VERBS count only right before the number and its people (`وقضى 39 شخصاً`,
 *   `ضبط 25 شخصاً`, `إيقاف 5 أشخاص`), because elsewhere they mean something else (قضت المحكمة، ضبط الأسعار).
 * - IDIOMS are two-part predicates: a trigger verb anywhere earlier in the clause and a cue word
 *   right before the number (`أودت … بحياة 143`, `حصدت أرواح 714`, `راح ضحيتها شخصين`), or right
 *   after the counted people (`لقي 41 … مصرعهم`, `في عداد المفقودين`, `نقل 30 … إلى المستشفيات`).
 * - RELEASE words (أفرج، إطلاق سراح، الإفراج) before a number make it no arrest figure, and RECOVERY
 *   words (شفيت 586 إصابة، تماثلت للشفاء منها 586 حالة) no injury figure.
 * - PRISONER_NOUNS: people who flee a prison (`فرار 10 سجناء`) escape, they are not displaced.
 * - INCIDENT_NOUNS name the event a count belongs to (هجوم، غارة، انفجار، إعصار…), for its scope.
 */
import { nounForms, splitWords, verbForms, WordLexicon } from "./word-list.js";

export type EventKind = "killed" | "injured" | "arrested" | "displaced" | "evacuated" | "missing" | "destroyed";

export const PERSON_NOUNS = new WordLexicon<EventKind>()
  .add(nounForms("قتيل", { also: "قتلى قتلاهم" }), "killed")
  .add(nounForms("شهيد", { feminine: true, also: "شهداء" }), "killed")
  .add(splitWords("ضحية ضحيه ضحايا ضحيتين ضحيتان ضحاياه ضحاياها"), "killed")
  .add(nounForms("متوفى", { also: "متوفين المتوفين متوفيا" }), "killed")
  .add(nounForms("جريح", { also: "جرحى جريحة" }), "injured")
  .add(nounForms("مصاب", { feminine: true }), "injured")
  .add(nounForms("معتقل", { feminine: true }), "arrested")
  .add(nounForms("موقوف", { feminine: true }), "arrested")
  .add(nounForms("محتجز", { feminine: true }), "arrested")
  // `141 محبوسا احتياطيا`: held in custody
  .add(nounForms("محبوس", { feminine: true }), "arrested")
  .add(nounForms("مقبوض", { also: "المقبوض" }), "arrested")
  .add(nounForms("أسير", { feminine: true, also: "أسرى" }), "arrested")
  .add(nounForms("مختطف", { feminine: true }), "arrested")
  .add(nounForms("مخطوف", { feminine: true }), "arrested")
  .add(nounForms("نازح", { feminine: true, also: "نازحو" }), "displaced")
  .add(nounForms("مهجر", { feminine: true }), "displaced")
  .add(nounForms("مشرد", { feminine: true }), "displaced")
  .add(nounForms("مفقود", { feminine: true }), "missing");

export const EVENT_NOUNS = new WordLexicon<EventKind>()
  .add(splitWords("مقتل مقتله مقتلها مقتلهم قتل مصرع مصرعه مصرعها مصرعهم حتف حتفه حتفها حتفهم وفاة وفاته وفاتها وفاتهم وفيات استشهاد استشهادهم إعدام إعدامهم اغتيال"), "killed")
  // perished, the Maghreb's word for a death (`هلاك 5 أشخاص`, `هلاك نحو 70 تونسيا`, JawharaFM; `هلاك أكثر من 1700 مهاجر غرقا`, BBC)
  .add(splitWords("هلاك هلاكهم"), "killed")
  // `انتشال جثث 9 منهم`, `العثور على 3 جثث`: the bodies of the dead counted
  .add(splitWords("جثة جثث جثتي جثتين جثتان جثامين جثمان جثماني"), "killed")
  .add(splitWords("إصابة إصابات إصابته إصابتها إصابتهم جرح جروح"), "injured")
  .add(splitWords("اعتقال اعتقالات اعتقاله اعتقالهم توقيف توقيفات توقيفهم احتجاز احتجازهم اختطاف اختطافهم خطف خطفهم"), "arrested")
  // `شهد عام 2017 سجن 262 صحفيا`: imprisonment (the prison itself, `في سجن نفحة`, is followed by a name, not a count)
  .add(splitWords("سجن"), "arrested")
  .add(splitWords("نزوح نزوحهم تهجير تهجيرهم تشريد تشريدهم فرار فرارهم هروب هروبهم لجوء"), "displaced")
  .add(splitWords("إجلاء إجلاؤهم إجلائهم إجلاءهم إخلاء إخلاؤهم إخلائهم"), "evacuated")
  .add(splitWords("فقدان فقدانهم اختفاء اختفاؤهم"), "missing")
  // `167 حالة إخفاء قسري`: forced disappearance, people whose fate is unknown
  .add(splitWords("إخفاء"), "missing")
  .add(splitWords("تدمير هدم تدميرها هدمها"), "destroyed");

export const EVENT_VERBS = new WordLexicon<EventKind>(false)
  .add(verbForms("قتل", "قتل"), "killed")
  .add(verbForms("أعدم", "عدم"), "killed")
  // `وذبحوا ثلاثة أشخاص`: slaughtered; not ذبح alone, also the verbal noun of a cull (`بذبح 1.6 مليون من الطيور`)
  .add(splitWords("ذبحوا ذبحت ذبحتا ذبحا يذبحون يذبحان ذبحوهم ذبحوهما"), "killed")
  .add(verbForms("اغتال", "غتال", "اغتالوا اغتالت"), "killed")
  .add(verbForms("استشهد", "ستشهد"), "killed")
  .add(splitWords("توفي توفيت توفوا توفيا يتوفى تتوفى"), "killed")
  // `سبعة مهاجرين ماتوا اختناقا`, `يموت نحو سبعة ملايين شخص سنويا` (not متن: `على متن`)
  .add(splitWords("مات ماتت ماتوا ماتا يموت تموت يموتون يموتان"), "killed")
  // `هلك 3 أشخاص`, `هلك بداخلها خمسة أشخاص` (JawharaFM); not يهلك / أهلك (destroys)
  .add(splitWords("هلك هلكت هلكوا هلكا"), "killed")
  // (يلقى / تلقى / يلقون alone mostly mean received, `تلقى 8 هزائم`, `تلقى عرضين`: they count only with مصرعه / حتفه, as IDIOMS)
  .add(splitWords("لقي لقيت لقوا لقيا لقين"), "killed")
  .add(verbForms("أصيب", "صاب", "أصيبوا أصيبت أصيبا أصابت أصاب أصابوا"), "injured")
  .add(verbForms("جرح", "جرح"), "injured")
  .add(verbForms("اعتقل", "عتقل"), "arrested")
  .add(verbForms("أوقف", "وقف"), "arrested")
  .add(verbForms("احتجز", "حتجز"), "arrested")
  .add(splitWords("أسروا يأسرون"), "arrested")
  .add(verbForms("اختطف", "ختطف"), "arrested")
  .add(verbForms("خطف", "خطف"), "arrested")
  .add(verbForms("نزح", "نزح"), "displaced")
  .add(verbForms("هجر", "هجر"), "displaced")
  .add(verbForms("شرد", "شرد"), "displaced")
  .add(splitWords("فر فرت فروا فرا يفر تفر يفرون فرّوا"), "displaced")
  // fled (`وهرب الآلاف من المنطقة`, BBC; `هرب مئات آلاف من الروهينغا`, CNN; `وهرب مئات الآلاف من الناس إلى الهند`, France 24);
  // no object forms: هرّبه is «smuggled it». Detainees who flee escape (PRISONER_NOUNS: `هرب 400 معتقل`)
  .add(splitWords("هرب هربت هربوا هربا يهرب تهرب يهربون"), "displaced")
  .add(splitWords("أجلي أجليت أجلوا أجلت أجلى يجلى تجلي يجلي أجلتهم أجلاهم أجلينا"), "evacuated")
  .add(splitWords("أخلي أخليت أخلوا أخلت أخلى أخلينا"), "evacuated")
  .add(splitWords("فقدوا"), "missing")
  .add(splitWords("اختفى اختفت اختفوا"), "missing")
  .add(verbForms("دمر", "دمر"), "destroyed")
  .add(verbForms("هدم", "هدم"), "destroyed");

/** Verbs counted only right before the (qualified) number. */
export const ADJACENT_VERBS = new WordLexicon<EventKind>(false)
  .add(splitWords("قضى قضت قضوا قضيا يقضي"), "killed")
  .add(verbForms("ضبط", "ضبط"), "arrested")
  // إيقاف: the Maghreb's word for an arrest (`تم إيقاف 5 أشخاص`), but also a stop (`إيقاف 6 قنوات`): people must be named
  .add(splitWords("إيقاف إيقافهم"), "arrested")
  .add(splitWords("أسر"), "arrested")
  // drowned (`غرق 13 مهاجرا`, `غرق 35 مهاجرا`, `غرق مئات المهاجرين`): people must be named, as villages and boats sink too
  // (`غرق عشرات القرى`, `غرق 3 قوارب`)
  .add(splitWords("غرق"), "killed")
  .add(splitWords("فقد فقدت فقدا يفقد"), "missing");

export interface Idiom {
  kind: EventKind;
  /** Words of which one must stand earlier in the clause. */
  trigger: WordLexicon<true>;
  /** Words of which one stands right before the number (`before`) or right after the people (`after`). */
  cue: WordLexicon<true>;
  position: "before" | "after";
  /** The cue carries the counted people's pronoun (`من منازلهم`): the number may stand without a people noun. */
  namesPeople?: boolean;
}

const lexiconOf = (forms: string[]) => new WordLexicon<true>().add(forms, true);
const verbsOf = (forms: string[]) => new WordLexicon<true>(false).add(forms, true);

export const IDIOMS: readonly Idiom[] = [
  // أودى/أودت الانفجار بحياة 143 شخصاً
  { kind: "killed", trigger: verbsOf(splitWords("أودى أودت أودوا يودي تودي")), cue: lexiconOf(splitWords("حياة بحياة")), position: "before" },
  // حصدت الغارات أرواح 714 مدنياً
  { kind: "killed", trigger: verbsOf(verbForms("حصد", "حصد")), cue: lexiconOf(splitWords("أرواح")), position: "before" },
  // راح ضحيتها شخصين، ذهب ضحيته 5
  { kind: "killed", trigger: verbsOf(splitWords("راح ذهب")), cue: lexiconOf(splitWords("ضحيته ضحيتها ضحيتهم ضحية")), position: "before" },
  // قطع رؤوس 21 قبطيا: beheaded
  { kind: "killed", trigger: verbsOf([...verbForms("قطع", "قطع"), ...splitWords("بقطع")]), cue: lexiconOf(splitWords("رؤوس رقاب")), position: "before" },
  // لقي 41 شخصاً مصرعهم، لقوا حتفهم
  { kind: "killed", trigger: verbsOf(splitWords("لقي لقيت لقوا لقيا لقين يلقى تلقى يلقون")), cue: lexiconOf(splitWords("مصرعه مصرعها مصرعهم مصرعهما حتفه حتفها حتفهم حتفهما")), position: "after" },
  // قضى 3 نحبهم
  { kind: "killed", trigger: verbsOf(splitWords("قضى قضت قضوا")), cue: lexiconOf(splitWords("نحبه نحبها نحبهم")), position: "after" },
  // 1700 شخص تلقوا أوامر إجلاء
  { kind: "evacuated", trigger: lexiconOf(splitWords("أوامر أمر أوامرا بأوامر")), cue: lexiconOf(splitWords("إجلاء بالإجلاء إخلاء بالإخلاء")), position: "after" },
  // طرد مئات الآلاف من منازلهم، أخرجت القوات 300 عائلة من بيوتها: driven from their homes; أجبرت آلاف السكان على ترك
  // منازلهم، مئات الأسر اضطرت لترك ديارها: forced to leave them
  { kind: "displaced", trigger: verbsOf([...verbForms("طرد", "طرد"), ...verbForms("أخرج", "خرج"), ...verbForms("هجر", "هجر"), ...verbForms("أجبر", "جبر"), ...verbForms("اضطر", "ضطر")]), cue: lexiconOf(splitWords("منازلهم منازلها ديارهم ديارها بيوتهم بيوتها قراهم قراها أراضيهم أراضيها مساكنهم مساكنها")), position: "after", namesPeople: true },
  // نقل 30 آخرين إلى المستشفيات
  { kind: "injured", trigger: verbsOf(verbForms("نقل", "نقل", "نقل")), cue: lexiconOf(splitWords("المستشفى المستشفيات مستشفى مستشفيات")), position: "after" },
  // `جميع الإصابات … مستقرة، عدا ثلاثة أشخاص في العناية المركزة`, `نقل 8 من المصابين …، حيث يرقد حاليا ثلاثة منهم في
  // العناية المركزة`: people in intensive care after the injured were named earlier in the clause are injured
  { kind: "injured", trigger: lexiconOf([...nounForms("مصاب", { feminine: true }), ...nounForms("جريح", { also: "جرحى جريحة" }), ...splitWords("إصابة إصابات إصابته إصابتها إصابتهم")]), cue: lexiconOf(splitWords("العناية")), position: "after" },
];

/** `الذين سقطوا أسرى`, `سقط 3 قتلى`: fell, then as what (an indefinite person noun right after it). */
export const FALL_VERBS = verbsOf(splitWords("سقط سقطت سقطوا سقطا يسقط تسقط يسقطون"));

/** `تعرضوا للاعتقال`, `تعرض للإصابة`: underwent, then the event noun with ل after the counted people. */
export const UNDERWENT_VERBS = verbsOf(splitWords("تعرض تعرضت تعرضوا تعرضا تعرضن يتعرض تتعرض يتعرضون"));

/** `أسرة فقدت أربعة أطفال`, `أم فقدت طفلين`: a family or parent before فقد; what it lost is its dead. */
export const BEREAVED = lexiconOf(splitWords("أسرة عائلة أم أب والد والدة أسر عائلات أمهات آباء"));

/** A hunger strike: prisoners counted with it are strikers (`الأسرى المضربين عن الطعام`), not arrests. */
export const HUNGER_STRIKE_WORDS = lexiconOf(splitWords("إضراب الإضراب إضرابا إضرابهم مضرب مضربين مضربون المضربين المضربون"));

/** After the counted people: `في عداد المفقودين` — this word, then a person noun, gives its kind. */
export const TALLY_OF_AFTER = lexiconOf(splitWords("عداد"));

/**
 * Held in custody after the counted people: `رهن` / `قيد`, then a noun of custody (`وضع 813 منهم رهن التوقيف`, `وضع ثلاثة
 * شرطيين قيد التوقيف الاحترازي`, `50 ألف شخص … وظلوا رهن الاحتجاز`). House arrest (`قيد الإقامة الجبرية`) is not among them.
 */
export const CUSTODY_HEADS = lexiconOf(splitWords("رهن قيد"));
export const CUSTODY_NOUNS = lexiconOf(splitWords("الاحتجاز التوقيف الاعتقال الحبس"));

/** Nouns that name a count of a kind given by the person noun after them: حصيلة القتلى، عدد النازحين. */
export const TALLY_NOUNS = lexiconOf(splitWords("حصيلة حصيلتها حصيلته عدد أعداد إجمالي مجموع"));

/** `687 حالة اعتقال`: a case noun between the number and an event noun. */
export const CASE_NOUNS = lexiconOf(splitWords("حالة حالات"));

export const RELEASE_WORDS = lexiconOf(splitWords("أفرج أفرجت أفرجوا يفرج تفرج إفراج سراح"));

/** `شفيت 586 إصابة`, `تماثلت للشفاء منها 586 حالة`: the count of those who recovered. */
export const RECOVERY_WORDS = lexiconOf(splitWords("شفي شفيت شفوا شفاء للشفاء بالشفاء تعافى تعافت تعافوا تعافي تماثل تماثلت تماثلوا"));

/** Prisoners: their فرار / هروب is an escape, not a displacement. */
export const PRISONER_NOUNS = new WordLexicon<true>().add([...nounForms("سجين", { also: "سجناء" }), ...nounForms("نزيل", { also: "نزلاء" }), ...nounForms("محكوم", {}), ...nounForms("موقوف", {}), ...nounForms("معتقل", {})], true);

/** Incident nouns a count is tied to (its scope's event). */
export const INCIDENT_NOUNS = lexiconOf(
  splitWords(
    "هجوم هجمات الهجوم انفجار انفجارات تفجير تفجيرات غارة غارات قصف ضربة ضربات اشتباك اشتباكات مواجهات معارك معركة حادث حادثة حوادث إعصار زلزال فيضان فيضانات سيول حريق عاصفة تصادم اصطدام كمين عملية احتجاجات مظاهرات تظاهرات مسيرة مسيرات انهيار تدافع هزة غرق سقوط تحطم",
  ),
);
