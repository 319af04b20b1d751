/**
 * The speech vocabulary of quotes (understand/quotes.ts reads it), matched through the normalizer
 * with generated inflections (word-list.ts). Rules:
 * - SPEECH_VERBS open a quote when a content follows (a complementizer, a colon or a quotation):
 *   قال، أكد، أضاف، أوضح، أشار، لفت، ذكر، أفاد، أبلغ، أبان، بيّن، نوّه، كشف، أعلن، صرّح، تابع،
 *   أردف، شدد، حذر، اعتبر، رأى، نفى، زعم، اعترف، كتب، نقل… in every third person.
 *   DIRECT_VERBS may take a quotation with no complementizer (`وقال البيان "…"`).
 * - CONTINUING_PARTICIPLES continue the sentence's speaker (`مضيفاً أن`, `مشيراً إلى أن`);
 *   NARRATOR_PARTICIPLES are the narrator describing the speaker (`متهماً الحكومة`, `منتقداً`,
 *   `داعياً`): a quote ends before them.
 * - COMPLEMENTIZERS start the content: أن، إن، بأن with their pronouns (أنه، إنها، بأنهم…); the
 *   normalizer folds the hamza, so «ان» written without it is the same word.
 * - ATTRIBUTIONS name a source in a narrative sentence (بحسب، حسب، وفق، وفقاً لـ، نقلاً عن…): such a
 *   sentence is a sourced statement, not a quote; a speech verb right after `ما` in one (`بحسب ما
 *   نقلت`, `وفق ما ذكرت`) opens no quote, nor one after a relative (`أول من كشف`).
 * - SPEECH_NOUNS open a quote with their subject and a complementizer (`إعلان الجيش أنه`).
 * - HONORIFIC_PRONOUNS (سموه، فضيلته، معاليه) and a missing subject continue the last speaker.
 */
import { nounForms, splitWords, verbForms, WordLexicon } from "./word-list.js";
import { withoutConjunction } from "../conjunction.js";

const lexicon = (forms: string[]) => new WordLexicon<true>().add(forms, true);
/** Function words never carry the article: الله is no له. */
const functionWords = (forms: string[]) => new WordLexicon<true>(false).add(forms, true);
/**
 * Verbs never carry the article (النقل is no form of نقل), nor the prepositions ب and ك: كيري (the name
 * Kerry) is no كـ + يرى; a form that itself starts with ب or ك (بين، كشف، كتب) is listed whole. ل goes
 * before an imperfect only (ليؤكد); ل + a perfect form is the preposition and a verbal noun (لشرح، لكشف).
 */
const verbs = (forms: string[]) => {
  const words = new WordLexicon<true>(false).add(forms, true);
  const prepositionReading = (norm: string): boolean => {
    const bare = norm.length > 3 ? withoutConjunction(norm) : norm;
    // ل before a perfect is no verb either (`مستمعا لشرح عن المهمات`: for an explanation); before an
    // imperfect it is «so as to» (`ليؤكد أن`), a verb
    return (/^[بك]/.test(bare) || /^ل[^يتن]/.test(bare)) && words.get(bare) === undefined;
  };
  return { has: (norm: string): boolean => words.has(norm) && !prepositionReading(norm), endings: words.endings };
};

const VERBS: Array<[string, string, string?]> = [
  ["قال", "قول", "قالت قالوا قالا يقول تقول يقولون نقول قلنا"],
  ["أكد", "ؤكد"], ["أضاف", "ضيف", "أضافت أضافوا"], ["أوضح", "وضح"], ["أشار", "شير", "أشارت أشاروا أشرن"], ["لفت", "لفت"], ["ذكر", "ذكر"],
  ["أفاد", "فيد", "أفادت أفادوا"], ["أبلغ", "بلغ"], ["أبان", "بين", "أبانت"], ["بين", "بين", "بينت"], ["نوه", "نوه"], ["كشف", "كشف"],
  ["أعلن", "علن"], ["صرح", "صرح"], ["تابع", "تابع"], ["أردف", "ردف"], ["شدد", "شدد"], ["حذر", "حذر"], ["اعتبر", "عتبر"],
  ["نفى", "نفي", "نفت نفوا"], ["زعم", "زعم"], ["اعترف", "عترف"], ["كتب", "كتب"], ["أوضحت", "وضح"], ["أقر", "قر", "أقرت"],
  ["أشاد", "شيد"], ["أعرب", "عرب"], ["أكدت", "ؤكد"], ["اختتم", "ختتم"], ["ختم", "ختم"], ["رد", "رد", "ردت"], ["علق", "علق"],
  ["أورد", "ورد"], ["نقل", "نقل"], ["أجاب", "جيب", "أجابت"], ["أخبر", "خبر"], ["روى", "روي", "روت"], ["غرد", "غرد"], ["تحدث", "تحدث"],
  ["رأى", "رى", "رأت رأوا يرى ترى"], ["توقع", "توقع"], ["طالب", "طالب"], ["اتهم", "تهم"],
  // chants: `وردد المشاركون خلال المسيرة: «…»`, `وهتف المتظاهرون «…»`
  ["ردد", "ردد"], ["هتف", "هتف"],
  // `ولطالما كررت إسرائيل أنها لن تسمح`, `وكرر القول إن`: reiterated (content only with a complementizer)
  ["كرر", "كرر"],
  // explained: `وتشرح "الحياة" نقلا عن مصادرها بأن`, `وشرحت أن منظمتها`, `ثم شرح لها أنه` (content only with a complementizer)
  ["شرح", "شرح"],
  // warned, pointed out: `ونبه إلى أن "كل بلد …"`, `ونبهت الدراسة إلى أن` (content only with a complementizer)
  ["نبه", "نبه", "نبهت"],
];

/** Speech verbs taking an object pronoun (أبلغه، أخبرهم); for the others the ـه form is a noun (تابعة). */
const WITH_OBJECTS = new Set(["أبلغ", "أخبر", "أجاب"]);
/** `أعلن نجيب السبت أنه`, `وقال نجيب في تغريدة`: the generated first person plural of أجاب is a name (Najib), not «we answer». */
const NAME_FORMS = new Set(["نجيب"]);
const formsOf = ([p, i, also]: [string, string, string?]) => verbForms(p, i, also ?? "", WITH_OBJECTS.has(p)).filter((form) => !NAME_FORMS.has(form));

/**
 * `لكن طاطور أصرت على أن القصيدة …`, `ويصر على أنه "يناضل …"`: insisted, listed by hand — the generated
 * first person plural of أصر would be نصر (a name, victory).
 */
const INSISTED = splitWords("أصر أصرت أصروا أصرا يصر تصر يصرون يصران");

export const SPEECH_VERBS = verbs([...VERBS.flatMap(formsOf), ...INSISTED]);

/** The forms of أصر (insisted): speech only with a stated content (`أصرت على أن القصيدة`), not a will (`أصر على أن يكون شاهداً`). */
export const INSIST_VERBS = verbs(INSISTED);

/** Speech nouns that open a quote with their subject and a complementizer: `إعلان الجيش أنه`. */
export const SPEECH_NOUNS = lexicon(splitWords("إعلان تأكيد تصريح تصريحات قول إشارة تأكيده إعلانه"));

/** Verbs that take a quotation with no complementizer: `وقال البيان "…"`, `وأضاف: "…"`. */
export const DIRECT_VERBS = verbs(
  VERBS.filter(([p]) => ["قال", "أكد", "أضاف", "تابع", "أردف", "كتب", "صرح", "ختم", "اختتم", "شدد", "علق", "غرد", "أوضح", "رد", "ردد", "هتف"].includes(p)).flatMap(formsOf),
);

/**
 * Verbs that are speech only before a colon (`وزاد: …`, `وواصلت الصحيفة: …`, `واستطرد: …`, `واستدركت: «…»`,
 * `وتساءل العتيبي: …`, `وأكمل: …`) or a quotation of a sentence right after them (`وأكمل "أنا سعيد حقا …"`): زاد,
 * واصل and أكمل say more or go on (and count, continue or complete anything else), استدرك qualifies what was said
 * (and makes up for anything else), تساءل asks.
 */
export const COLON_VERBS = verbs([["زاد", "زيد"], ["واصل", "واصل"], ["استطرد", "ستطرد"], ["استدرك", "ستدرك"], ["تساءل", "تساءل"], ["أكمل", "كمل"]].flatMap(([p, i]) => verbForms(p!, i!, "", false)));

/** Participles that are speech only before a colon (`ليرد متسائلا: "…"`, `متسائلين: …`). */
export const COLON_PARTICIPLES = functionWords(nounForms("متسائل", { feminine: true }));

/** Opinion verbs: a quote of what someone holds, not says (`ويرى سياسيون أن`); kept apart for precision. */
export const OPINION_VERBS = verbs(splitWords("رأى رأت رأوا يرى ترى يرون توقع توقعت يتوقع تتوقع"));

export const CONTINUING_PARTICIPLES = functionWords(
  ["مضيف", "موضح", "مؤكد", "مشير", "لافت", "مبين", "معتبر", "محذر", "مشدد", "قائل", "منوه", "متابع", "مردف", "كاشف", "مفيد", "معلن", "مختتم", "مبرز", "مستطرد", "معقب", "مستدرك", "ملمح"]
    // a participle of manner is accusative: the nominative plural (`ويرى متابعون أن`, `متابعون للشأن السياسي`) is a noun, the subject
    .flatMap((s) => nounForms(s, { feminine: true }).filter((form) => form !== `${s}ون`))
    // `ومضت المصادر بالقول إن`: the manner noun opens the content of the sentence's subject
    .concat(splitWords("بالقول")),
);

/** The narrator describing the speaker's act: a quote stops before them. */
export const NARRATOR_PARTICIPLES = functionWords(
  ["متهم", "منتقد", "داع", "مطالب", "واصف", "سائل", "متمن", "مثمن", "مقدم", "معبر", "معرب", "مستنكر", "مندد", "محمل", "مهيب", "رافض", "متوعد", "مناشد", "مشيد"].flatMap((s) =>
    nounForms(s, { feminine: true, also: `${s}يا ${s}ية ${s}ين` }),
  ).concat(splitWords("داعيا داعية داعين سائلا سائلين متمنيا متمنية")),
);

/**
 * A complementizer never carries the preposition ك: كان (was) and كأن (as if) are no كـ + إن / أن,
 * though the lexicon's clitic stripping would read them so.
 */
const withoutKaf = (words: WordLexicon<true>) => ({ has: (norm: string): boolean => !/^[وف]?ك/.test(norm) && words.has(norm), endings: words.endings });

export const COMPLEMENTIZERS = withoutKaf(functionWords(splitWords("أن إن بأن لأن أنه أنها أنهم أنهن أنهما أننا أنني إنه إنها إنهم إنهن إنهما إننا إنني بأنه بأنها بأنهم بأنهن بأنهما بأننا")));
/** Complementizers whose pronoun is the content's subject (إنها ستواصل): the content starts with them. */
export const PRONOUN_COMPLEMENTIZERS = withoutKaf(functionWords(splitWords("أنه أنها أنهم أنهن أنهما أننا أنني إنه إنها إنهم إنهن إنهما إننا إنني بأنه بأنها بأنهم بأنهن بأنهما بأننا")));

export const ATTRIBUTIONS = functionWords(splitWords("بحسب حسب وفق وفقا طبقا نقلا تبعا"));
/** An attribution with its ما written glued (`حسبما أشار`, `بحسبما أعلنت`, `وفقما ذكرت`): ATTRIBUTIONS + ATTRIBUTION_LEADS in one word. */
export const GLUED_ATTRIBUTIONS = functionWords(splitWords("حسبما بحسبما وفقما طبقما"));
/** `كما أفاد`, `على ما أوضح`: a speech verb after these in a narrative sentence names its source. */
export const ATTRIBUTION_LEADS = functionWords(splitWords("ما لما"));
/**
 * Words before أن / إن that make it no content of speech: a conjunction (`رغم أن`, `إلا أن`, `غير
 * أن`, `بعد أن`), a noun taking a verb (`على أهمية أن يسجل`, `ضرورة أن`) or the narrator's forecast
 * (`من المتوقع أن`, `المقرر أن`).
 */
export const NOT_CONTENT_BEFORE = functionWords(
  splitWords("رغم برغم الرغم إلا غير بيد بعد قبل منذ حتى لولا أهمية ضرورة إمكانية احتمال بضرورة بأهمية المتوقع المقرر المنتظر المرجح المفترض المحتمل الممكن"),
);

/** Negation before a speech verb: `لم يخبر العملاء بأن`, `لم يقل إن` report no speech. */
export const NEGATIONS = functionWords(splitWords("لم لن لا ولم ولن ولا"));

/** Relative words: a speech verb after them is inside a clause about someone (`أول من كشف`), no quote of its own. */
export const RELATIVES = functionWords(splitWords("من الذي التي الذين اللذين اللذان اللتين اللتان اللواتي اللاتي"));

/** Titles before a name: what follows them is a person even when the recognizer missed it. */
export const TITLES = lexicon(
  splitWords(
    "الدكتور الدكتورة د الشيخ المهندس المهندسة الرائد اللواء العميد العقيد الفريق المقدم النقيب السيد السيدة الأستاذ الأستاذة الأمير الأميرة الملك القاضي " +
      "المشير الجنرال الكولونيل الميجور البريغادير اللفتنانت العريف الرقيب",
  ),
);

/**
 * Titles of a person only, never the head of a construct (`مستشار الملك` is an adviser, `قائد اللواء`
 * a brigade's commander): after a role phrase they open its holder's name.
 */
export const PERSONAL_TITLES = lexicon(splitWords("الدكتور الدكتورة الشيخ المهندس المهندسة الأستاذ الأستاذة"));

/** Words of a rank between a title and the name (`النقيب بحري عمر الأكلبي`, `اللواء الركن مزهر العزاوي`): never the name. */
export const RANK_QUALIFIERS = lexicon(splitWords("بحري جوي ركن الركن طيار"));

export const HONORIFIC_PRONOUNS = functionWords(splitWords("سموه فضيلته معاليه سعادته جلالته فخامته"));
/** Honorific nouns before a title (`وسمو نائبه`, `ومعالي الوزير`): a noun, never a verb. */
export const HONORIFIC_NOUNS = lexicon(splitWords("سمو معالي فضيلة سعادة جلالة فخامة"));

/** Words after a speech verb that are no subject: objects, adverbs, manner (بدوره، تعليقا، بالقول). */
export const LEAD_ADVERBS = functionWords(
  splitWords(
    "له لها لهم لهن لنا لي عليه عليها عليهم عليهن علينا إليه إليها إليهم ذلك أيضا كذلك بدوره بدورها بدورهم مجددا اليوم أمس غدا الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء ظهر فجر ليلة صباحا مساء " +
      "تعليقا ردا تعقيبا بالقول القول قوله قولها قولهم قولهما بقوله فيها فيه عنها رسميا علنا مؤخرا سابقا لاحقا حينها بعدها قبلها كما " +
      "هاتفيا كتابيا شفهيا صراحة بوضوح يوما " +
      // the manner of saying (`وختم ساخرا:`, `وكتب مازحًا «…»`, `يهتف ضاحكًا:`): the speaker's state, no subject
      "ساخرا ساخرة مازحا مازحة ضاحكا ضاحكة مبتسما مبتسمة متهكما متهكمة " +
      // `وأوضح متحدثا لصحيفة …`, `وأضاف بومبيو متحدثا في …`: speaking, in the accusative of manner (متحدثة is a
      // spokeswoman, `وقالت متحدثة باسم الشرطة`, and stays a subject)
      "متحدثا " +
      // adverbial accusatives after the verb (`وتابع معلقاً على`, `قال دفاعا عن`, `وتحدث خصوصا عن`, `الإعلان سريعا أنه`)
      "معلقا معلقة دفاعا خصوصا سريعا " +
      // how often (`قالوا مرارا إن`, `كتبت كثيرا عن`)
      "مرارا كثيرا قليلا تكرارا",
  ),
);

/** Nouns that head an unnamed or role speaker: the phrase they open is the speaker. */
export const ROLE_HEADS = lexicon(
  splitWords(
    "مسؤول مسؤولة مسؤولون مسؤولين مسؤولو مسؤولان مصدر مصدران مصادر متحدث متحدثة المتحدث المتحدثة الناطق الناطقة ناطق مراسل مراسلنا مراسلون شهود شاهد سكان مدير مديرة رئيس رئيسة وزير وزيرة نائب " +
      "قائد ضابط محامي محام خبير خبراء محلل محللون باحث مستشار عضو أعضاء سفير مندوب ممثل وكيل أمين قيادي مدعي قاضي قاضية نائبة مبعوث زعيم محافظ حاكم مفوض منسق مشرف مؤسس كبير كبيرة عمدة " +
      // professions that open a speaker phrase before a name in the samples (`وقال المدرب زين الدين زيدان`), each in 2+ outlets
      "مدرب مدربة طبيب طبيبة فنان فنانة صحافي صحافية صحفي صحفية كاتب كاتبة ناقد ناقدة مخرج مخرجة عميد لاعب لاعبة باحثة باحثون ناشط ناشطة " +
      "أستاذ أستاذة استشاري استشارية محقق محققون مساعد مساعدة سفيرة داعية ممثلة مستشارة خبيرة محللة",
  ),
);
