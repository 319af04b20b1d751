/**
 * Quotes: who said what, and where. One tokenization of the body, read sentence by sentence
 * (sentences.ts); the speech vocabulary lives in src/arabic/lexicon/speech.ts. Rules:
 * - A speech verb (قال، أكد، أضاف، أوضح، أشار، أبلغ، أفاد، كشف… in every third person, with و / ف) or a
 *   continuing participle (مضيفاً، مشيراً إلى) opens a quote when a content follows within the lead
 *   (MAX_LEAD_WORDS): a complementizer (أن، إن، بأن and their pronouns; «ان» without hamza is the
 *   same word once folded, and the إن inside «سي.إن.إن» is none), a colon, or a quotation. A short
 *   quotation (a name: `موقع "آيه أر دي"`) is the content only when no complementizer or colon
 *   follows it; only DIRECT_VERBS take a quotation with no complementizer or colon. A quotation
 *   that ends right before the verb (`«…»، قال المتحدث`) is its content too, and else one inside the
 *   verb's own lead, before the next opener (`ونقلت رويترز عن X قوله "…"`; `وعلقت عليها قائلة: "…"` is قائلة's).
 * - A speech verb right after `ما` / `كما` in a narrative attribution (`بحسب ما نقلت`, `وفق ما
 *   ذكرت`, `كما أفادت`) opens no quote, and a narrative sentence sourced by بحسب / وفقاً لـ / حسب is
 *   a sourced statement, not a quote — unless it holds a quotation no verb claims, which is then a
 *   quote of that source (`"…"، بحسب ما أفاد قائد العمليات`, `"…"، حسبما أشار المدرب` with ما glued), and
 *   a participle after it (`، مضيفاً "…"`) goes on with that source.
 * - The content runs to the next speech verb or participle, to a narrator's participle
 *   (`متهماً الحكومة…`, `منتقداً…`), to a narrator's attribution closing the sentence (`، حسبما نقلت
 *   رويترز`) or to the end of the sentence; opened by a quotation, the quote is the quotation.
 * - The speaker is the verb's subject, read after it: objects and adverbs (له، أيضاً، الأحد، تعليقاً
 *   على) and the medium spoken to (`لرويترز`, `لفرانس 24`, `للصحفيين`) are skipped. A subject led
 *   by a role noun (مسؤول، مصدر، المتحدث باسم، مدير…) is that phrase, or the person it names; else
 *   the person, else the organization named there, else the noun phrase. In `نقلت Y عن X` it is X.
 *   A name the recognizer cut inside its word (فيلينسكي read as يلينسكي) is taken whole. A person span
 *   that is ل glued to a noun (للمهرجان، لأمانة) is the role's complement, and one glued to و after the
 *   subject's first word a second conjunct: neither speaks alone. A titled name ends at the verb's
 *   object (a word in tanween fath, a verbal noun, بهذه / بمحاسبة) and at a role with its complement in
 *   apposition (`الشيخ صالح التركي رئيس شركة نسما`); a family name before an indefinite role
 *   (`إيناس الرشيد مدربة مسار`) and a title's word after آل (`آل الشيخ`) are the name's. A title right after
 *   an institution's noun (`بجامعة الملك عبدالعزيز`) is its namesake's; a long role phrase closed by a name the
 *   recognizer missed (`… التحصيل الدراسي أحلام المحمدي`) gives that name. A name opening the sentence with its role between
 *   commas before a bare verb (`الشيخ شائق محمد شائق، أحد مشايخ قبائل مران، اعتبر أن`) is that verb's subject.
 * - عبّر before its عن (`وعبر والد المبتعث عن حزنه، مشيراً`) is a verb whose subject goes on speaking,
 *   not the preposition عبر.
 * - After أبلغ / أخبر the medium told (`«الشرق الأوسط»`, `وكالة فرانس برس`) is skipped; ل alone
 *   (`لـ"الرياض"`) and a name of 2+ words glued to ل and written elsewhere without it (`لبزنس
 *   ستاندرد`) are the medium told, never the speaker.
 * - A speech verb in the imperfect after أن / لن / كي (`يريد أن يرى`) is wished, no opener; one a few words after an
 *   interrogative or «whether» in its clause (`ولا نعلم كيف تؤكد اللجنة أن`, `عما إذا كانت … تقول إن`) is asked about, no opener.
 * - A complementizer a word of the lead takes (GOVERNING_WORDS: `ولكن يتطلب الأمر أن`, `في خطوة يخشى أن`, `حرص X على أن`,
 *   `اتفق الطرفان على أن`, `ومطالب الشعب بأن`, `ويتوقع أن` inside another verb's lead) is skipped, a later one may be the
 *   content (not its own و-coordinate); after `مع أن` (although), `، ذلك أن` (for) and the copula `هو أن` the lead is the
 *   narrator's. A quotation a title word names (`بعنوان "…"`, `تحت شعار "…"`) is no content, nor a quoted name right after
 *   a verb that takes no bare quotation, its clause going on (`واعلنت «جبهة …» المتطرفة مسؤوليتها`); `كتب عليها` is an inscription.
 * - A quotation of any length right after a saying word (`قائلا "وبخها".`, `مضيفة "أحب بلدي".`, `معلقا بقوله "…"`, `قولها
 *   "…"`) and closed by the sentence or a comma is said; so is a short one closing the sentence after a direct verb and its
 *   bare definite subject (`فترد المرأة "أشعر بألم شديد".`). `ونقلت عنه Y قوله` quotes the one who spoke before.
 * - A speech verb with no content of its own speaks through the participle or speech noun right after it in its
 *   lead (`تابعت أحلام قائلة "…"`, `وتابعت بالقول إن`), and its named subject (a role closed by a comma: the holder
 *   apposed after it) through its sentence's later openers (`وأعلن ترامب الخطوة، وقال: "…"`).
 * - Words quoted in the sentence naming no one (`وأضاف "أصدرت أوامر …`, `كانت "بهية، قوية" وأضافت`) are no speaker.
 * - A verb that speaks only before a colon (وزاد، وتساءل، واستدرك، وأكمل) speaks a sentence-long quotation right after it too,
 *   when it opens its clause (`وأكمل "أنا سعيد حقا …"`; not the noun in `وجود تواصل "…"`).
 * - A telling verb right after a pronoun complementizer (`قال إنه أخبر الرئيس ترامب أنه "…"`) has that pronoun for its
 *   subject: the sentence's speaker speaks, not the one told.
 * - The marks of a quoted name are no boundary of a subject after لكن / إلا أن / يذكر أن (`لكن مجموعة "الخوذ البيضاء" قالت`).
 * - No subject (`وأضاف أن`, `وتابع:`, a participle, سموه) continues the sentence's earlier subject,
 *   else the last speaker of the article (unless named with a verb of the other gender: `وأشارت`
 *   after `وأكد العقيد` goes back to the latest speaker of a feminine verb, `أفادت مصادر`), else the
 *   subject of the latest sentence with no quote (one after لكن / بيد أن before its verb beats the sentence's first,
 *   and after a feminine verb an unclassed name acts: `وتخطط «تسلا»`), else (a masculine verb) the person named latest —
 *   read after its adverbial openings (several closed by commas, one closed by قد, في + a year) and,
 *   for a long role phrase, as the person it names before its first comma. An anaphor (الوزارة،
 *   الوزير) is the nearest earlier full name (`وزارة الدفاع`); a definite role with no name
 *   (`الرئيس الأمريكي`) is the person named after the same phrase earlier.
 * - The channel is read in the lead: X, Telegram, Facebook, Instagram, YouTube, TikTok, a press
 *   conference, an interview, social media, a statement — a platform named beats the message kind.
 */
import type { Entity, Quote } from "../types.js";
import type { EntitySpan } from "./entities/index.js";
import { changedToken, tokenize, type Token } from "../arabic/analyze.js";
import { isWhiteSpaceUnit, standsAlone } from "../arabic/code-units.js";
import { normalizeArabic } from "../arabic/normalize.js";
import { mayStartNumber, readNumber } from "../arabic/numbers.js";
import { splitSentences } from "../arabic/sentences.js";
import {
  ATTRIBUTION_LEADS, ATTRIBUTIONS, COLON_PARTICIPLES, COLON_VERBS, COMPLEMENTIZERS, GLUED_ATTRIBUTIONS, CONTINUING_PARTICIPLES, DIRECT_VERBS, HONORIFIC_NOUNS, HONORIFIC_PRONOUNS, INSIST_VERBS, LEAD_ADVERBS, NARRATOR_PARTICIPLES,
  NEGATIONS, NOT_CONTENT_BEFORE, OPINION_VERBS, PERSONAL_TITLES, PRONOUN_COMPLEMENTIZERS, RANK_QUALIFIERS, RELATIVES, ROLE_HEADS, SPEECH_NOUNS, SPEECH_VERBS, TITLES,
} from "../arabic/lexicon/speech.js";
import { NATIONALITIES } from "../arabic/lexicon/nationalities.js";
import { rememberWordTest, splitWords, verbForms, wordLexicon, WordEndings, WordLexicon } from "../arabic/lexicon/word-list.js";
import { isStopword } from "../arabic/stopwords.js";
import { GIVEN_NAMES, NEVER_ENTITIES } from "./entities/lexicon.js";
import { lowerBound } from "../lower-bound.js";
import { READ_ALSO, READ_VERBS_ALONE } from "../arabic/cues/vocabulary.js";
import { openingShareBar } from "../arabic/cues/boilerplate.js";
import { withoutConjunction } from "../arabic/conjunction.js";
import { firstWord } from "../arabic/code-units.js";

/**
 * earlierSubject's memo key packs (start, verb) as start * SUBJECT_KEY_TOKENS + verb, exact in a double below
 * 2^53; an article of more tokens is not memoized.
 */
const SUBJECT_KEY_TOKENS = 0x200000;
/** Numbers a pending subject takes in QuoteReader.pendingSubjects and pendingFeminine: from, to, at, speakers seen. */
const PENDING_FIELDS = 4;

/** Buckets of tokens by norm (normBucket) for QuoteReader.tokensWithNorms; a power of two. */
const NORM_BUCKETS = 1024;

/** A norm's bucket: from its length and first and last letters (no hashing of the whole string). */
function normBucket(norm: string): number {
  const n = norm.length;
  return n === 0 ? 0 : (Math.imul(norm.charCodeAt(0), 31) + Math.imul(norm.charCodeAt(n - 1), 131) + n) & (NORM_BUCKETS - 1);
}

/** The norms resolveAnaphor's test may take for `head`: the head, and the head after one of ANAPHOR_PROCLITICS. */
function anaphorForms(head: string): string[] {
  return [head, ...[...ANAPHOR_PROCLITICS].map((p) => p + head)];
}

/** What definiteForm takes off before the article: و / ف, ب / ل with و / ف before them at most. */
const DEFINITE_PREFIXES = ["و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"];

/**
 * Every norm earlierHolder's test may take for a phrase opening with `word`: `word`; a norm whose definiteForm is
 * `word` (`word` with the article: a prefix of DEFINITE_PREFIXES before it, or لل for its ال); with `oneRole`, the
 * tail (`word` without its first two letters) with و / ف before it at most.
 */
function holderForms(word: string, tail: string, oneRole: boolean): string[] {
  const forms = [word];
  if (word.startsWith("ال")) forms.push(...DEFINITE_PREFIXES.map((p) => p + word), `لل${word.slice(2)}`);
  if (oneRole) forms.push(tail, `و${tail}`, `ف${tail}`);
  return forms;
}

/** The norm of a definite nisba adjective (ال…ي / ال…يه: الإماراتية, الروسي) closing a name. */
const NISBA_ADJECTIVE = /^ال.+(?:يه|ي)$/;

/** Punctuation in a gap between words that ends a noun phrase (a comma, colon, semicolon or bracket). */
const PHRASE_BREAK = /[،,:;()]/;
/** PHRASE_BREAK or a quotation mark. */
const PHRASE_OR_QUOTE_BREAK = /[،,:;()"«»“”]/;
/** A comma in a gap between tokens (Arabic or Latin). */
const COMMA = /[،,]/;
// Most gaps between words are one space: answered without a regex call (a rule asks of many gaps).
const hasComma = (gap: string) => gap !== " " && COMMA.test(gap);
const hasPhraseBreak = (gap: string) => gap !== " " && PHRASE_BREAK.test(gap);
/** A quotation shorter than this is a name or a term in quotes, not speech. */
const MIN_QUOTE_WORDS = 3;
/** A quotation this short may be a name (`موقع "آيه أر دي"`): content only when nothing better follows. */
const NAME_QUOTE_WORDS = 4;
/** How far after the verb the content may start, in words (the subject and the channel are between). */
const MAX_LEAD_WORDS = 30;
/** How far back (characters, ~ a few paragraphs) an anaphor such as الوزارة looks for its full name. */
const ANAPHOR_WINDOW = 3000;
/** Characters back (a paragraph or two) a feminine continuation with no one before it looks for a feminine verb's subject. */
const FEMININE_SUBJECT_WINDOW = 1200;
/** `ما زالت`, `باتت`, `ظلت`: a feminine auxiliary, its subject often dropped; no verb feminineClauseSubject reads. */
const FEMININE_AUXILIARIES = new Set(["زالت", "باتت", "ظلت", "اصبحت", "عادت", "بدت", "كادت", "صارت"]);
/** A letter fused before an anaphor's head word earlier in the text (`وزارة` in `ووزارة`, `بوزارة`). */
const ANAPHOR_PROCLITICS = new Set(["و", "ف", "ب", "ل"]);
/** How far back a بين may stand for the وبين that pairs it (`بين الحزب الحاكم وأحزاب المعارضة وبين`). */
const PAIRED_BETWEEN_WORDS = 6;
/** Words of a definite description before the name it describes (`الأستاذة الجامعية التونسية آمال قرامي`). */
const MAX_DESCRIPTION_WORDS = 4;
/** Words of a noun-phrase speaker with no entity in it. */
const MAX_SPEAKER_WORDS = 4;
/** How far past a speech verb that opens a colon's content its own direct speech is looked for (`قال رسول الله صلى الله عليه وسلم «…»`). */
const NESTED_LEAD_WORDS = 8;
/** Words from a speech verb to the colon of its content (`روى تفاصيل القصة والد الطفلة محمد الودعاني:`). */
const COLON_LEAD_WORDS = 8;
/** How far a speech noun's complementizer may stand (`إعلان الجيش الإسرائيلي أنه`). */
const NOUN_LEAD_WORDS = 6;
/** Words of a name after a title (`الدكتور سليمان بن عبدالعزيز السحيمي`). */
const MAX_NAME_WORDS = 5;
/**
 * The words a contentless verb's role subject is read past MAX_SPEAKER_WORDS for its holder's name in apposition
 * (`المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي`): the reach the subject had when a later quotation was its content.
 */
const HOLDER_AFTER_ROLE_WORDS = 3;
/** Words of a name in quotation marks after its head noun (`صحيفة «ذي ميل أون صنداي»`). */
const MAX_QUOTED_NAME_WORDS = 6;
/** Words of a role phrase (`مسؤول آخر في وزارة المالية`). */
const MAX_ROLE_WORDS = 8;
/** How many sentences back `جاء ذلك في مقابلة لـX` names the speaker of quotes with none named. */
const AFTERWARD_SENTENCES = 4;
/** Words between `جاء ذلك في` and the owner's ل (`في سلسلة من التغريدات لكيري`). */
const AFTERWARD_LEAD_WORDS = 5;
/** How far before the verb كان may open a subject (`وكان رئيس الوزراء اليمني أحمد بن دغر قال`), in words. */
const SUBJECT_BEFORE_WORDS = 10;
/** Words of a subject that opens the sentence before its verb (`صحيفة لوفيغارو تقول إن`). */
const MAX_FRONTED_WORDS = 5;
/** Words of a plural subject a plural verb goes back to (`مسؤولون أميركيون`). */
const MAX_PLURAL_SUBJECT_WORDS = 3;
/** Words in ون / ين that are no plural of people (`الذين`, `مليون`, `اثنين`). */
const NOT_PLURAL_NOUNS = new Set(["الذين", "اللذين", "مليون", "ملايين", "بليون", "تريليون", "اثنين", "الاثنين", "عشرين", "ثلاثين", "أربعين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "سنين", "السنين"].map((w) => normalizeArabic(w)));
/** Words of a fronted subject with no recognized name in it (`كاتب المقال أشار إلى أن`). */
const MAX_UNNAMED_FRONTED_WORDS = 3;
/** Words between `بحسب ما` and the عن of `نقلت Y عن X`. */
const SOURCE_VIA_WORDS = 8;
/** Words of a dateline or byline opening a paragraph before its dash (`نيويورك، الولايات المتحدة الأمريكية (CNN)—`, `محمد البلوي -`). */
const MAX_DATELINE_WORDS = 6;
/** The gap closing a dateline: a dash after a space or a credit's bracket and before a space (`(CNN)— `, ` - `), not a hyphen inside a name (`لارس-كريستر`) nor a dash opening an apposition (`إحسان هوساوي -قائدة فريق`). */
const DATELINE_DASH = /(?:\s|\))[-—–]+\s+$/u;
/** Words of an adverbial opening a sentence before its comma (`إلى جانب ذلك،`, `وفي سياق متصل،`). */
const OPENING_ADVERBIAL_WORDS = 5;
/** Who a negated verb's subject named right after it may be (`ولم يذكر الحرس الثوري`); after one noun, a person only. */
const NEGATED_SUBJECT_TYPES: ReadonlySet<string> = new Set(["person", "organization"]);
const PERSON_ONLY: ReadonlySet<string> = new Set(["person"]);
/** Words between a particle (`إلا أن`, `لكن`) and the speech verb its subject precedes (`الجيش البورمي قال`). */
const PARTICLE_SUBJECT_WORDS = 5;
/** Words of a role phrase before the name it closes (`المدير العام لفرع الرئاسة العامة لهيئة … الشيخ عبدالله`). */
const MAX_ROLE_HOLDER_WORDS = 24;
/** Words of a complement between an earlier role and its holder's name (`الأمين العام للأمم المتحدة أنطونيو غوتيريش`). */
const HOLDER_COMPLEMENT_WORDS = 3;
/** Words of a relative clause between such a subject and its verb (`الذي رفض تأكيد مقتل العسكريين التسعة جميعا`). */
const RELATIVE_CLAUSE_WORDS = 12;
/**
 * Folded words that stand where an indefinite noun would before a verb but describe no noun: adverbs
 * (`تقارير أيضا تفيد`), `في حال تبين`, and auxiliaries before a verb of their own (`لا تكاد تذكر`, `بدأت ترى`).
 */
const NOT_DESCRIBED_NOUNS = new Set(["ايضا", "جدا", "كثيرا", "سابقا", "لاحقا", "مؤخرا", "حاليا", "دائما", "اخيرا", "اليوم", "امس", "حال", "كان", "كانت", "يكون", "تكون", "كاد", "كادت", "يكاد", "تكاد", "بدا", "بدات", "يبدا", "تبدا", "بات", "باتت", "ظل", "ظلت", "اصبح", "اصبحت", "عاد", "عادت"]);
/** Words of a name in apposition the recognizer did not tag (`كبيرة الباحثين، ميليسا إل. هاريس،`). */
const MAX_APPOSITION_NAME_WORDS = 4;
/** Most words of a medium's foreign name after its noun (لصحيفة لو باريزيان، لشبكة سي بي إس). */
const MEDIUM_NAME_WORDS = 3;
/** Words from the verb عبّر to its عن (`وعبر الشيخ صالح التركي رئيس شركة نسما عن فخره`: a subject and its role between). */
const EXPRESSED_ABOUT_WORDS = 20;

/** Whether a dash DATELINE_DASH ends on (- – —) stands in text[from, to). */
function hasDash(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/**
 * Whether only white space other than a line feed stands between the last line feed (or the start
 * of `text`) and offset `at`: `/(?:^|\n)[^\S\n]*$/.test(text.slice(0, at))`, read backward from `at`
 * instead of slicing and scanning the body before it at every sentence.
 */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (!isWhiteSpaceUnit(c)) return false;
  }
  return true;
}

/**
 * `list.has`, remembered per word (word-list.ts's shared word ids): every sentence asks the same words of the same lists.
 * A word none of the list's forms may end (its `endings`, WordEndings) is answered no before its id is read.
 */
function rememberedHas(list: { has(norm: string): boolean; readonly endings?: WordEndings }): (norm: string) => boolean {
  return rememberWordTest((norm) => list.has(norm), list.endings);
}
/** A word list whose forms never carry the article (function words), or may (`nouns`); its answers are remembered per word. */
const isSpeechVerbWord = rememberedHas(SPEECH_VERBS);
const isSpeechNounWord = rememberedHas(SPEECH_NOUNS);
const isContinuingParticiple = rememberedHas(CONTINUING_PARTICIPLES);
const isColonVerbWord = rememberedHas(COLON_VERBS);
const isColonParticiple = rememberedHas(COLON_PARTICIPLES);
const isComplementizer = rememberedHas(COMPLEMENTIZERS);
const isLeadAdverb = rememberedHas(LEAD_ADVERBS);
const isNarratorParticiple = rememberedHas(NARRATOR_PARTICIPLES);
const isTitle = rememberedHas(TITLES);
/** Words that end a subject phrase (phraseEnd), asked of every word of it: one memo instead of four. */
const endsSubjectPhrase = rememberedHas({
  has: (norm) => COMPLEMENTIZERS.has(norm) || LEAD_ADVERBS.has(norm) || CONTINUING_PARTICIPLES.has(norm) || NARRATOR_PARTICIPLES.has(norm),
  endings: WordEndings.of(COMPLEMENTIZERS, LEAD_ADVERBS, CONTINUING_PARTICIPLES, NARRATOR_PARTICIPLES),
});
const isLeadAdverbOrParticiple = rememberedHas({ has: (norm) => LEAD_ADVERBS.has(norm) || CONTINUING_PARTICIPLES.has(norm), endings: WordEndings.of(LEAD_ADVERBS, CONTINUING_PARTICIPLES) });
const isRoleHead = rememberedHas(ROLE_HEADS);
/** An attribution, glued to its ما or not (attributionSource and sourcedQuotation ask it of every word of a sentence). */
const isAttributionWord = rememberedHas({ has: (norm) => GLUED_ATTRIBUTIONS.has(norm) || ATTRIBUTIONS.has(norm), endings: WordEndings.of(GLUED_ATTRIBUTIONS, ATTRIBUTIONS) });

/** Imperfects of اعتبر, which before an indefinite accusative mean «is considered» (يُعتبر). */
const CONSIDERED_VERBS = wordLexicon("يعتبر تعتبر ويعتبر وتعتبر فيعتبر فتعتبر");
/** عبّر (expressed) as written in news, folded: the same letters as the preposition عبر (via). */
const EXPRESSING_VERBS = wordLexicon("عبر عبرت وعبر وعبرت فعبر فعبرت");

/** Bare nouns of a speech's own text (`ألقى كلمة قال فيها`), folded as tokens are. */
const SPEECH_TEXT_NOUNS = new Set(["كلمة", "بيانا", "بيان", "خطابا", "خطاب", "تصريحا", "رسالة", "تغريدة", "مقالا", "مقال"].map(normalizeArabic));
const QUOTING = new Set(["نقل", "نقلت", "نقلوا", "ينقل", "تنقل", "ونقلت", "ونقل"]);
const FROM = normalizeArabic("عن");
const FROM_PRONOUNS = new Set(["عنه", "عنها", "عنهم", "عنهما"].map(normalizeArabic));
const QUOTED_FROM = normalizeArabic("نقلا");
/** A relaying verb after an attribution's ما (`وفق ما نقلت`, `بحسب ما نقلته`, `حسبما ينقل`), folded. */
const RELAYING_VERB = /^[يت]?نقل(?:ت|ته|تها|ه|ها|وا)?$/u;
const ON = normalizeArabic("على");
const TONGUE = normalizeArabic("لسان");
const OF = normalizeArabic("من");
const EACH = normalizeArabic("كل");
/** ولي, the noun «guardian» when a definite noun follows it (isGuardianNoun). */
const GUARDIAN = normalizeArabic("ولي");
const MATTER = normalizeArabic("أمر");
/**
 * Lead adverbs spelled like a name's word: لي («to me») is the family name Li / Lee (`لي كه تشيانغ`, `ديف لي`, `سبايك لي`),
 * read as the name's inside a person the recognizer tagged (insideTaggedName).
 */
const NAME_LOOKALIKES = wordLexicon("لي");
/** Words after «كل من» within which the list's و must stand (`كل من نائب محافظ أربيل طاهر عبد الله ومسؤولون`). */
const EACH_OF_LIST_WORDS = 10;
const GOD = normalizeArabic("الله");
const EXALTED = normalizeArabic("تعالى");
const MIGHTY = normalizeArabic("عز");
const GLORIFIED = normalizeArabic("سبحانه");
/**
 * Blessing formulas written after a holy or revered name (`صلى الله عليه وسلم`, `رضي الله عنه`, `عليه السلام`,
 * `عليه الصلاة والسلام`), folded, each as its words: they follow a name and are no part of it.
 */
const BLESSINGS = ["صلى الله عليه وسلم", "رضي الله عنه", "رضي الله عنها", "رضي الله عنهما", "رضي الله عنهم", "عليه السلام", "عليه الصلاة والسلام"].map((f) => f.split(" ").map((w) => normalizeArabic(w)));
const BLESSING_ON_HIM = normalizeArabic("عليه");
/** The words that open a blessing formula, folded. */
const BLESSING_OPENERS = new Set(BLESSINGS.map((f) => f[0]!));
/** How many words a narrator's name takes in a chain of narration (`عن أبي هريرة`, `عن ابن عمر`, `عن النبي`). */
const NARRATOR_NAME_WORDS = 4;
/** Nouns of someone's people (`والده`, `محاميه`, `أنصاره`, `شريكته السابقة`, `صديقه مكسيم`): with a possessive pronoun they are still someone who speaks. */
const PEOPLE_OF = wordLexicon("والد والدة أب أم ابن ابنة نجل نجلة شقيق شقيقة أخ أخت زوج زوجة شريك شريكة صديق صديقة عم خال جد أسرة عائلة أقارب محام محامي نائب مستشار مساعد أنصار أتباع رفاق زملاء زميل ممثل ممثلو مدرب مدير قائد قادة رئيس متحدث ناطق أحد إحدى إحدا", true);
/** Broken plurals of peoples (`المسؤولين الأتراك`, `مسؤولين أكراد`): a plural subject's adjectives, as sound plural nisbas (الأمريكيون) are. */
const PEOPLES_PLURALS = wordLexicon("الأتراك أتراك الأكراد أكراد الروس روس الألمان ألمان الأفغان أفغان الأجانب أجانب الإنجليز إنجليز الإسبان إسبان العرب عرب الشيشان الطوارق الصرب الفرس");

/** Prepositions a verb never follows: a speech word after them is a verbal noun (إلى توقع، على رد). */
const NOUN_PREPOSITIONS = wordLexicon("إلى على عن من مع حول بعد قبل خلال عبر");
/** Punctuation closing a phrase of a speech verb's lead before its complementizer: an apposition, an aside, a name in quotes. */
const LEAD_CLOSING_MARK = /[،,:;"«»“”()\-–—]/u;
/** Prepositions of a topic opening a sentence before a bare speech verb (`وبخصوص …`, `وحول …`, `وبشأن …`, `وفيما يخص …`). */
const TOPIC_PREPOSITIONS = wordLexicon("بخصوص وبخصوص حول وحول بشأن وبشأن فيما وفيما");
/** Prepositions opening an adjunct of a speech verb in its lead (`في وقت سابق`, `قبل بضعة أيام`, `من خلاله`). */
const ADJUNCT_PREPOSITIONS = wordLexicon("في من بعد قبل خلال عند لدى عقب منذ أثناء إثر حول عن مع أمام على عبر وفي ومن");
/** ب or ل glued to a noun (`بقناعة تامة`, `لهيومان رايتس ووتش`): an adjunct's preposition too. */
const GLUED_PREPOSITION = /^[وف]?[بل][^ا]\p{L}{2,}$/u;
const FIRST_PERSON = wordLexicon("أنا نحن إننا إنني");
/** Words from ADJUNCT_PREPOSITIONS to the end of its adjunct. */
const ADJUNCT_WORDS = 3;
/** An imperfect verb's shape (ي / ت / ن before 3+ letters, no nisba or feminine ending): `يمكن`, `يرجح`, `تلمح`. */
const IMPERFECT_SHAPE = /^[وف]?[يتن]\p{L}{2,}(?<![يةها])$/u;
/** Prepositions between a word and the complementizer it governs (`أشار إلى أن`, `شدد على أن`, `أمله في أن`). */
const GOVERNED_PREPOSITIONS = wordLexicon("إلى على عن من في");
/** «Without» (دون، بدون), whose complementizer opens a clause of manner, never a speech word's content. */
const WITHOUT = wordLexicon("دون بدون ودون وبدون");
/** `حسب قوله` (own: the one who spoke last) and `حسب قول X` (of: X) after a quotation. */
const SAYING_NOUNS = new Map<string, "own" | "of">([
  ...["قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "تعبيرهم", "وصفه", "وصفها", "وصفهم"].map((w): [string, "own"] => [normalizeArabic(w), "own"]),
  ...["قول", "تعبير", "وصف", "كلام"].map((w): [string, "of"] => [normalizeArabic(w), "of"]),
]);
/** Nouns of a quantity before من and the group counted (عدد من السكان): the whole phrase is the speaker. */
/** Words that name what a quotation after them is called (`بعنوان "…"`, `تحت شعار "…"`, `وسم "…"`): a title, no content. */
const TITLE_WORDS = wordLexicon("بعنوان عنوان عنوانه عنوانها شعار بشعار شعاره شعارها وسم بوسم هاشتاغ هاشتاج عبارة بعبارة");
/** Saying nouns in a speaker's lead, right before the words said: `معلقا بقوله "نجحنا"`, `ونقلت عنه الوكالة قوله "…"`. */
const SAYING_WORDS = wordLexicon("قوله قولها قولهم قولهما بقوله بقولها بقولهم القول بالقول");

/**
 * Words of the lead that take a complementizer of their own, no speech (`ولكن يتطلب الأمر أن`, `في خطوة يخشى أن`, `حرص أمير
 * المنطقة على أن`, `اتفق الطرفان على أن`, `ومطالب الشعب السوري بأن`, `تشك في أن`, `يسمح لرئيس الوزراء … أن`): a
 * complementizer a few words after them is theirs.
 */
const GOVERNING_WORDS = wordLexicon(
  "يتطلب تتطلب يستلزم يستدعي يقتضي تقتضي يخشى تخشى يخشون خشية يسمح تسمح يحق حرص حرصت حرصه حرصها حرصهم يحرص تحرص " +
    "اتفق اتفقت اتفقا اتفقوا يتفق تتفق يتفقون اتفقتا مطالب مطالبه مطالبها مطالبهم ومطالب يشك تشك يشكون الشك " +
    // the impersonal forecast (`ويتوقع ان تظهر`) inside another verb's lead
    "يتوقع تتوقع ويتوقع وتتوقع",
);
/** Clause-initial interrogatives: a speech verb after them in its clause is asked about, not reported (`ولا نعلم كيف تؤكد اللجنة أن`). */
const QUESTION_WORDS = wordLexicon("كيف وكيف متى لماذا هل وهل");
/** How far back from a complementizer GOVERNING_WORDS is looked for (`يسمح لرئيس الوزراء ووزير الدفاع أن`). */
const GOVERNING_WORDS_BACK = 5;
/** `والفرق بين الأسرتين هو أن`: a pronoun before أن is the copula of a nominal sentence, no one speaking. */
const COPULA_PRONOUNS = wordLexicon("هو هي");
/** How far back a speech verb's clause is read for a question (`عما إذا كانت الولايات المتحدة تقول إن`). */
const QUESTION_WORDS_BACK = 5;

const QUANTITY_HEADS = wordLexicon("عدد مجموعة جمع العديد الكثير");
/** Particles that open a sentence without a verb of their own (فيما، لكنه، لم): no subject follows them. */
/** The particles that negate the verb after them (`ولم يلاحظ`, `لن يقبل`): the clause they open is that verb's. */
const NEGATING_PARTICLES = wordLexicon("لم ولم فلم لن ولن");
const CLAUSE_PARTICLES = wordLexicon("فيما بينما كما لكن لكنه لكنها إذ حيث عندما بعدما لم لن لا قد ثم وفيما وبينما وكما ولكن ولم ولا وقد ثم فيما");
/** `فقد نفت`, `وقد أعلن`: a particle the perfect verb follows, closing an opening adverbial with no comma. */
const VERB_PARTICLES = wordLexicon("قد فقد وقد لقد ولقد");
const YEAR_NOUNS = wordLexicon("عام العام سنة");
/** Nouns of a context phrase opening a sentence (`وفي ذات السياق`, `وفي هذا الصدد`, `وعلى صعيد آخر`, `وفي غضون ذلك`). */
const CONTEXT_NOUNS = wordLexicon("السياق سياق الإطار إطار الصدد صعيد غضون");
const CONTEXT_DEMONSTRATIVES = wordLexicon("ذات هذا نفس");
const CONTEXT_CLOSERS = wordLexicon("متصل ذاته نفسه آخر ذلك");
/** Adverbials that open a sentence and are no preposition (`وضمن فعاليات المهرجان،`, `وخلال`). */
const ADVERBIAL_OPENERS = wordLexicon("ضمن وضمن فضمن");
/** Particles of the subjunctive (أن، لن، كي): the verb after them is wished or planned (إن, with its hamza below, is no such particle). */
const SUBJUNCTIVE_PARTICLES = wordLexicon("أن ان لن كي لكي");
/** `بعد أن قال`, `منذ أن أعلن`: أن after these tells when a speech was made, not that it is wished. */
const AFTER_TIME = wordLexicon("بعد وبعد منذ ومنذ");
/** Words that open a verb's object after a one-word subject (`طمأن الوزير جميع التونسيين`). */
const OBJECT_OPENERS = wordLexicon("جميع كل كافة بعض هذا هذه هؤلاء ذلك تلك");
/** A phrase opening with a preposition on the article (لل، بال): an object, never a speaker. */
const PREPOSITIONAL_PHRASE = /^(?:لل|بال|وبال|ولل)/;
/** ب glued to a word with no article (`بشدة`, `بجلاء`, `بنوعية`, `بقتل`): the verb's manner or object, unless a name. */
const GLUED_BA_WORD = /^ب[^ا]\p{L}{2,}$/u;
/** A preposition glued to ما / من (`مما`, `عما`, `بمن`): it opens a verb's object or adjunct, never its subject. */
const PREPOSITION_WITH_WHAT = /^[وف]?(?:عما|بما|مما|ممن|عمن|بمن)$/u;
/** Words in ب that head a subject (`بعض المسؤولين`, `بعثة إسرائيل`, `بن سطام`, `بنك إنجلترا`). */
const BA_SUBJECT_WORDS = wordLexicon("بعض بعثة بن بنت بني بنو بنك برلمان بلدية بورصة", true);
/** Tanween fath, the accusative ending of an adverb or a circumstance (`متوقعًا`, `مؤشراً`). */
const TANWEEN_FATH = /\u064B/u;
/** Whether `word` ends as a possessive pronoun ه، ها، هم، هما may (ه, ا, م): isPossessedNoun's regex is asked only then. */
function mayEndInPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last === 0x647 || last === 0x627 || last === 0x645;
}
/** Words before على in which a speech verb makes على أن its content (`وشدد المشاركون في المنتدى على أن`). */
const PROVISO_VERB_WORDS = 4;
/** The forms of نبه (warned, pointed out): speech only when a complementizer follows. */
const WARNING_VERBS = wordLexicon(verbForms("نبه", "نبه", "نبهت", false).join(" "));
/** `من جهته`, `من جانبها`, `من ناحيته`: «for his / her part», after which a clause opens with its verb. */
const OWN_PART_NOUNS = wordLexicon("جهته جهتها جانبه جانبها ناحيته ناحيتها جهتهم جانبهم");
/** `بدوره`, `بدورها`: «in turn», after which a clause opens with its verb. */
const OWN_PART_ADVERBS = wordLexicon("بدوره بدورها وبدوره وبدورها بدورهم");
/** The shadda: `بيّن` (he showed) written with it is the verb, never the preposition بين. */
const SHADDA = "\u0651";
/** Institutions named after a king, prince or sheikh (`مدينة الملك فهد الطبية`): the title after them is the namesake's. */
const NAMESAKE_INSTITUTIONS = wordLexicon("جامعة مركز مستشفى مدينة مؤسسة جائزة كلية معهد مطار ملعب مجمع كرسي برنامج مكتبة قاعدة شارع طريق مشروع صندوق دارة مسجد جامع ميناء مستشفيات");
/** Words inside a name that the next word belongs to (`جلوي بن عبدالعزيز بن مساعد`, `عبدالله آل سدران`). */
const NAME_LINKS = wordLexicon("بن ابن بنت ابنة آل أبو أبي أم");
/** ل and the article glued to a word (للمهرجان، للشركة): a preposition's object, no one's name. */
const GLUED_LAM_ARTICLE = /^و?لل\p{L}{2}/u;
/** Ranks that are also common nouns (الفريق: a team, اللواء: a brigade, الرائد: a pioneer). */
const RANK_NOUNS = wordLexicon("الفريق اللواء الرائد");
/** Words that open a sentence before its verb and are no stopword nor its subject (`ربما قال إن`, `حينها قال`, `كنت تحدثت عن أن`). */
const FRONTED_ADVERBS = wordLexicon("ربما حينها عندها عندئذ حينئذ وقتها يومها بعدها الآن سابقا لاحقا هكذا طبعا أخيرا مؤخرا بدوره بدورها بدورهم كان كانت كانوا كنت كنا دعونا");
/** Those of SUBJECT_PARTICLES that open a subject only through the أن after them (`غير أن`, `بيد أن`, `إلا أن`). */
const PARTICLES_BEFORE_AN = wordLexicon("إلا غير بيد");
/**
 * Time adverbs standing right after a speech verb, before its subject or content (`قال وقتها`, `قال حينئذ`): subjectOf skips
 * them. Not `الآن`, which folds to the given name `ألان` / `آلان` (`وقال آلان تافينييه`).
 */
const AFTER_VERB_TIME_ADVERBS = wordLexicon("وقتها وقتذاك وقتئذ حينها حينذاك حينئذ يومها يومئذ عندها عندئذ آنذاك");
/** Nouns that name a woman right before her name (`السيدة فاطمة`, `الممرضة سارة`, `بالناشطة …`). */
const WOMEN_NOUNS = wordLexicon("سيدة آنسة دكتورة أستاذة مهندسة محامية وزيرة ناشطة كاتبة فنانة ممثلة مغنية صحفية صحافية إعلامية مذيعة معلمة مدرسة طالبة ممرضة طبيبة باحثة مديرة رئيسة متحدثة ناطقة نائبة أميرة ملكة شيخة مواطنة شابة فتاة طفلة زوجة أرملة والدة لاعبة بطلة مدربة مخرجة مستشارة سفيرة قاضية عضوة خبيرة محللة روائية شاعرة مصممة عارضة منتجة مسؤولة", true);
/** Particles whose subject stands before the verb (`لكن الوزارة قالت`, `إلا أن الجيش قال`, `غير أن`). */
const SUBJECT_PARTICLES = wordLexicon("لكن ولكن إلا غير بيد");
/** `كما أن الأمم المتحدة ذكرت`: كما before its أن opens a subject as إلا أن does; bare كما (`كما قال`) does not. */
const ALSO_PARTICLES = wordLexicon("كما وكما");
/** `يذكر أن عباس قال`, `يشار إلى أن الوزير أكد`: an impersonal report before its أن (or its إلى أن) opens a subject as كما أن does. */
const IMPERSONAL_REPORTS = wordLexicon("يذكر ويذكر يشار ويشار بالذكر");
/** `أما المحامية بيان زهران فبينت`: أما opens the topic a ف + verb after it says. */
const TOPIC_PARTICLES = wordLexicon("أما وأما");
/** Prepositions that end a plain noun-phrase subject. */
const NP_STOP = wordLexicon("في على إلى عبر خلال أمام من عن مع لدى عند حول بعد قبل منذ أثناء عشية غداة صبيحة أو ثم لم لن الذي التي الذين اللذين اللذان اللتان اللتين اللواتي اللاتي خاصة حيث وهو وهي");
/** لأن, folded: «because», or «that» after a feeling (FEELING_NOUNS). */
const BECAUSE = normalizeArabic("لأن");
/** Feelings voiced with لأن after them (`أعرب عن أسفه لأن`, `عن سعادته لأن`), with a possessive pronoun. */
const FEELING_NOUNS = wordLexicon("أسفه أسفها أسفهم أسفنا أسفي سعادته سعادتها سعادتهم ارتياحه ارتياحها ارتياحهم قلقه قلقها قلقهم حزنه حزنها استيائه استيائها استياءه استياءها أمله أملها فخره فخرها", true);
/** Rules, standards and plans (`وفق المعايير`, `حسب الأنظمة`, `طبقا للقانون`): what an attribution word names when it is no source. */
const NORM_NOUNS = wordLexicon("معايير أنظمة نظام لوائح قواعد ضوابط شروط قانون قوانين تعليمات خطة جدول آلية إجراءات مواصفات أصول ترتيب تصنيف مادة فقرة دستور اتفاقية عقد", true);
/** A narrator's lead before a background sentence's subject (`يذكر أن`, `ويشار إلى أن`, `علما أن`). */
const NARRATOR_LEADS = wordLexicon("يذكر ويذكر يشار ويشار علما وعلما");
/** The pronoun opening an aside between a subject and its verb (`الهمامي، وهو متزوج …، قال`), with the verb gender it agrees with. */
const ASIDE_PRONOUNS = new Map<string, Gender>([["وهو", "m"], ["وهي", "f"]]);
/** Words that bound a subject named before an aside on its left: a complementizer, a preposition, a clause particle. */
const ASIDE_SUBJECT_BOUNDS = wordLexicon("إن فإن أن وأن بأن مع من عن إلى على في لدى أمام ثم لكن ولكن");

/** A word with the article (`الزهراني`), not a given name that starts like one (`ألكسندر`) nor the initial `إل`. */
const hasArticle = (norm: string) => norm.startsWith("ال") && norm.length > 2 && !GIVEN_NAMES.has(norm);
/** Speech verbs whose subject is followed by the one told (`أبلغ X Y أن`): Y is no part of the speaker. */
const isTellingVerb = rememberedHas(new WordLexicon<true>(false).add([...verbForms("أبلغ", "بلغ", "", false), ...verbForms("أخبر", "خبر", "", false)], true));
/** Nouns of the one told after أبلغ / أخبر (`نظيره الأمريكي`). */
const ADDRESSEES = wordLexicon("نظير نظيره نظيرته نظيرها نظيرهم نظراءه نظرائه نظراءهم", true);
/** Prepositions of time and cause that open an adjunct after a comma (`، عقب الاجتماع،`), never a name. */
const ADVERBIAL_PREPOSITIONS = wordLexicon("عقب إثر بعيد قبيل وسط جراء بسبب رغم برغم إزاء تجاه بعيدا نظرا وفقا بموجب أمام لدى");
/**
 * A word that may open a sentence's adverbial (afterOpeningAdverbial asks it at every opener of a sentence):
 * a preposition, an opener, or — `ورغم تغريدة نيمار،`, `وعقب الجلسة،`, `ووسط التصعيد في الجنوب،` — a
 * preposition of time or cause, with و / ف or not.
 */
const mayOpenAdverbial = rememberWordTest((first) => {
  const bare = withoutConjunction(first);
  return NP_STOP.has(first) || NP_STOP.has(bare) || ADVERBIAL_OPENERS.has(first) || ADVERBIAL_PREPOSITIONS.has(bare);
});
/** Words a role phrase may run through (`المتحدث باسم الهلال الأحمر`, `مسؤول في وزارة المالية`). */
const ROLE_LINKS = wordLexicon("باسم في ب لدى على");
/** Media nouns spoken to (`لوكالة`, `لصحيفة`): with ل, the medium, not the speaker. */
const MEDIA = wordLexicon("وكالة صحيفة قناة شبكة موقع إذاعة تلفزيون محطة مجلة الصحفيين الصحافيين الصحفيون الإعلاميين الصحافة وسائل مراسل مراسلي", true);
const ANAPHORS = wordLexicon("الوزارة الوزير الرئيس الجيش الشرطة الحكومة المتحدث المتحدثة الخارجية الوكالة المنظمة الحركة المسؤول الشركة الهيئة اللجنة المجلس البرلمان الحزب القيادة السلطات الإدارة المكتب المفوضية المرصد التحالف البيان");
/** Names of media a speaker talks to (`لرويترز`, `لفرانس 24`, `لسكاي نيوز`): after ل, never part of the subject. */
const MEDIA_NAMES = wordLexicon("رويترز فرانس أسوشيتد الأناضول سبوتنيك سكاي العربية الجزيرة الشرق سي بي إن إيه أ سانا واس وفا الحياة الاقتصادية الرياض الوطن عكاظ المدينة اليوم", true);
/** Words that close a medium's name after its first word (`فرانس برس`, `سكاي نيوز`, `الجزيرة نت`). */
const MEDIA_NAME_TAILS = wordLexicon("برس نيوز نت الأوسط عربية");
const LETTER_BEFORE = /[\p{L}\u0640]/u;
/** Words whose first ل is a root letter: لجنة الانتخابات is a subject, not «to الجنة». */
const L_ROOT_WORDS = wordLexicon("لسان لجنة لجان لائحة لوائح لبنان لندن ليبيا لواء لاعب لاعبون لاجئ لاجئون لقاء لغة لحظة لون لقب ليلة لوس لي ليلى لويس لوران لافروف لوكاشينكو لبيد ليبرمان", true);
/** Time nouns that end a subject phrase (`الأسبوع الماضي`); العام is left out (المدعي العام، الأمين العام). */
const TIME_NOUNS = wordLexicon("الأسبوع الشهر الليلة السنة الأسبوعين");
/** يوم before a weekday or أمس (`يوم الاثنين`, `يوم أمس`): the time of the speech, after its subject. */
const DAY = normalizeArabic("يوم");
/** Words of a construct chain (إضافة) a noun-phrase speaker runs to when its first words carry no article (`إحدى مؤسسات حركة صحة المرأة`). */
const MAX_CONSTRUCT_WORDS = 7;
/** Adjectives that make a time phrase of العام / الشهر (`العام الماضي`, `الأسبوع المقبل`). */
const RELATIVE_TIMES = wordLexicon("الماضي الماضية المقبل المقبلة الجاري الحالي القادم الفائت المنصرم");
/** Verbal nouns that open a speech verb's object (`أكد فيها وجود مشكلة`, `أكد الوزير، وجود تواصل`), never a speaker or a name. */
const OBJECT_VERBAL_NOUNS = wordLexicon("وجود عدم ضرورة أهمية استعداد حرص رفض رفضه رفضها دعم دعمه دعمها التزام التزامه التزامها استمرار");
/** What one addresses to others (`ووجه كلمة للشباب قائلاً`, `وقدم التعازي لأسر الضحايا، مشدداً`): right after a verb, its object, never its subject. */
const ADDRESSED_NOUNS = wordLexicon("كلمة رسالة نداء تحية تهنئة التعازي الشكر التحية التهنئة");
/** `عما إذا كانت`, `عندما كان`, `فحينما كان`: a كان they govern is a subordinate clause's verb, not the speech verb's auxiliary. */
const SUBORDINATORS = wordLexicon("إذا اذا لو عندما حينما حين لما بعدما");
/** The mention types looked for: a speaker is a person, or a person or an organization. */
const PERSONS: ReadonlySet<EntitySpan["type"]> = new Set(["person"]);
const PERSONS_AND_ORGANIZATIONS: ReadonlySet<EntitySpan["type"]> = new Set(["person", "organization"]);
/** The passive «was asked»: whoever a question clause names after it answers in the clause after (askedBefore). */
const ASKED_VERBS = wordLexicon("سئل سئلت سئلوا");
/** «The latter» (masculine: a woman's or a feminine noun's name is not told apart here): the person or organization named latest before it. */
const LATTER = wordLexicon("الأخير");
/** The subordinators a question clause opens with: `عندما سُئل`, `وحين سئل`. */
const ASKING_SUBORDINATORS = wordLexicon("عندما حينما حين لما");
/** Words of a clause withholding a speaker's name (`تحدث شريطة عدم الكشف عن اسمه`). */
const WITHHELD_NAME_WORDS = 7;
/** `طلب عدم ذكر اسمه`, `رفض الكشف عن هويته`: a speech word whose object is the speaker's own name is no speech. */
const OWN_NAME = wordLexicon("اسمه اسمها اسمهم اسمهما هويته هويتها هويتهم");
/** Verbs that put out a speech's text (`أصدر بيانا`, `نشر تغريدة`, `ألقى كلمة`): their subject is its author. */
const PUBLISHING_VERBS = wordLexicon("أصدر أصدرت أصدروا نشر نشرت نشروا ألقى ألقت ألقوا بث بثت وجه وجهت أرسل أرسلت وزع وزعت");

/** Words at most between a speech-text noun and the verb with فيه / فيها that goes back to it (`بيانا الأربعاء قالت فيه`). */
const SPEECH_TEXT_GAP_WORDS = 5;

/** Words at most between a publishing verb and its speech-text noun (the author's name and role, a date). */
const PUBLISHER_WORDS = 10;

/** Role heads spelled like a perfect verb (شاهَدَ، حاكَمَ، كاتَبَ): opening a sentence, they may be its verb. */
const VERB_SHAPED_ROLES = wordLexicon("شاهد حاكم كاتب");

/** Nouns outside ROLE_HEADS that open a sentence's subject before its verb (`رفيق درب سعود …، أشار`). */
const SUBJECT_OPENING_NOUNS = wordLexicon("رفيق رفيقة أحد إحدى");

/** Prepositions of time that hold a verb's adjunct (`عند الإعلان`, `أثناء إعلان`), beside NOUN_PREPOSITIONS. */
const TIME_PREPOSITIONS = wordLexicon("عند لدى أثناء اثناء إثر عقب قبيل بعيد خلال");
const TEH_MARBUTA = "\u0629";

const HARAKAT = /[\u064B-\u0652]/gu;

/** A word as written, its short vowels and shadda left out (its letters decide an ending: ة, ي, ين, ت). */
function withoutHarakat(surface: string): string {
  return surface.replace(HARAKAT, "");
}

const POSSESSIVE_SUFFIX = /(?:ه|ها|هم|هما)$/;

/** A folded word without its possessive pronoun (`بيانه` → `بيان`, `فيها` → `في`). */
function withoutPossessive(norm: string): string {
  return norm.replace(POSSESSIVE_SUFFIX, "");
}
/** Speech nouns whose possessive pronoun is their subject, the complementizer right after them (`إعلانه أنه`). */
const OWNED_SPEECH_NOUNS = new Set(["إعلان", "تأكيد", "تصريح"].map(normalizeArabic));
/** Speech verbal nouns whose agent in construct may go on speaking through a participle (speechNounAgent). */
const AGENT_SPEECH_NOUNS = new Set(["إعلان", "تحذير", "تأكيد", "تصريح", "تصريحات", "تشديد"].map(normalizeArabic));
/** The verb of «X comes after Y» (يأتي، تأتي، جاء، جاءت، أتى، أتت), as speechNounAgent's frame. */
const COMING_VERBS = new Set(["يأتي", "تأتي", "جاء", "جاءت", "أتى", "أتت"].map(normalizeArabic));
/** Where a speaker spoke (`في مؤتمر صحفي`, `ببيانه`, `في تصريحات`): after a role's في or ب it ends the role, it is no part of it. */
const VENUE_NOUNS = wordLexicon("مؤتمر المؤتمر تصريح تصريحات تصريحه تصريحاته بيان البيان بيانه بيانها مقابلة المقابلة مقابلته حديث حديثه كلمة كلمته لقاء اللقاء لقائه رسالة رسالته تغريدة تغريدته اتصال حوار مداخلة ندوة");
/** `وجاء في بيان …`, `وورد في رسالة …`: a verb of appearing, then في and the statement. */
const STATEMENT_LEADS = wordLexicon("جاء وجاء فجاء ورد وورد");
/** نص (text) between جاء and a statement's noun (`وجاء نص البيان`). */
const STATEMENT_TEXT = normalizeArabic("نص");
/** `جاء فيه: "…"`, `تغريدة جاء فيها "…"`: the statement's pronoun after its lead. */
const STATEMENT_PRONOUNS = wordLexicon("فيه فيها");
/** `(من) خلاله`, `(من) خلالها` after a speech verb: through the speech or statement just named. */
const THROUGH_PRONOUNS = wordLexicon("خلاله خلالها");
/** A word that may open a quote in sentenceQuotes (every opener test needs one of these lists): one remembered question per token instead of six. */
const mayOpenQuote = rememberedHas({
  has: (norm) => STATEMENT_LEADS.has(norm) || SPEECH_VERBS.has(norm) || SPEECH_NOUNS.has(norm) || CONTINUING_PARTICIPLES.has(norm) || COLON_VERBS.has(norm) || COLON_PARTICIPLES.has(norm),
  endings: WordEndings.of(STATEMENT_LEADS, SPEECH_VERBS, SPEECH_NOUNS, CONTINUING_PARTICIPLES, COLON_VERBS, COLON_PARTICIPLES),
});
/** How far back a pronoun's statement noun is looked for (`بيان وزارة الدفاع الذي جاء فيه`). */
const STATEMENT_ANTECEDENT_WORDS = 12;
const STATEMENT_NOUNS = wordLexicon("بيان البيان بيانها بيانه تقرير التقرير رسالة الرسالة تغريدة التغريدة كلمة الكلمة نص وثيقة الوثيقة مذكرة المذكرة خطاب الخطاب", true);
/** One-word definite roles of one person that go back to the same noun heading a construct (`الوزير` … `وزير الداخلية خالد العمري`). */
const ROLE_ANAPHORS = wordLexicon("الوزير الوزيرة المتحدث المتحدثة الناطق الناطقة المحامي المحامية السفير السفيرة المدير المديرة المحافظ المستشار المدرب النائب القائد", true);
/** Generic descriptions of someone already met (`المسؤول الأمريكي السابق`, `المتحدث`), never a role of their own. */
const DESCRIBING_ANAPHORS = wordLexicon("المسؤول المسؤولة المتحدث المتحدثة الناطق الناطقة الخبير الخبيرة المحلل المحللة", true);
/**
 * Epithets for someone just spoken of, with no name (describedSpeaker): a definite profession (`وقالت الفنانة`), and
 * the indefinite heads of a «former X of Y» construct (`وأضاف مدرب نابولي السابق`).
 */
const EPITHET_NOUNS = wordLexicon("الفنان الفنانة الممثل الممثلة الكاتب الكاتبة اللاعب اللاعبة النجم النجمة المخرج المخرجة المطرب المطربة المغني المغنية الإعلامي الإعلامية الباحث الباحثة الناشط الناشطة", true);
const FORMER_HEADS = wordLexicon("مدرب مدربة لاعب لاعبة نجم نجمة مهاجم حارس قائد رئيس رئيسة مدير مديرة وزير وزيرة", true);
const FORMER = wordLexicon("السابق السابقة الأسبق الأسبقة");
/** A head of state's titles (folded): a name right after one of them in a subject is the leader's (`محامي الرئيس ترامب`). */
const LEADER_TITLES = wordLexicon("الرئيس الملك الأمير العاهل المرشد");
/** Someone's words a medium relays (`ونقلت رويترز حديث مورغان`), beside STATEMENT_NOUNS and the speech nouns. */
const RELAYED_NOUNS = wordLexicon("حديث كلام تصريحات تصريح قول أقوال", true);
/** لفت and استرعى, whose object is attention (`ولفتت الصحف الانتباه إلى أن`): «drew attention to». */
const ATTENTION_VERBS = wordLexicon([...verbForms("لفت", "لفت", "", false), "استرعى", "استرعت", "يسترعي", "تسترعي"].join(" "));
/**
 * اتهم, «accused», whose object (the one accused) comes between its subject and its ب complement (`واتهمت المنظمة
 * طهران بـ"…"`, `لكن الأخير اتهم الاتحاد الأوروبي بأنه`): the phrase read after it may hold both, or the object alone.
 */
/** A sentence's end in a gap between tokens. */
const SENTENCE_END = /[.!?؟]/;
/** «certain»: the word before it that makes it a predicate (`من المؤكد`, `ما هو مؤكد`), by the predicate's norm. */
const CERTAINTY_PREDICATES = new Map([["المؤكد", new Set(["من", "ومن"])], ["مؤكد", new Set(["هو", "وهو", "هي"])]]);
/** Characters after an accusation verb its subject and object are looked for in (a few words). */
const ACCUSED_WINDOW = 80;
const ACCUSATION_VERBS = wordLexicon(verbForms("اتهم", "تهم", "", false).join(" "));
/** The attention drawn by ATTENTION_VERBS (`الانتباه`, `النظر`, `الأنظار`): their object, never their subject. */
/** Words at most between a subject named inside a quote's content and its speech verb (`جون بولتون، قال`, `المسؤولون هنا يقولون`). */
const INNER_SUBJECT_GAP_WORDS = 2;
/** A quotation mark or a stop between such a subject and its verb: the verb stands outside that content. */
const INNER_SUBJECT_BREAK = /[.!?؟:«»"“”]/u;
const ATTENTION_NOUNS = wordLexicon("الانتباه انتباه النظر الأنظار انظار", true);
const SPOKESPERSON_WORDS = wordLexicon("المتحدث المتحدثة الناطق الناطقة متحدث ناطق", true);
/** Whether a phrase's first word (folded) says it names someone: a role, a title, a medium or its name, a spokesperson. */
const opensWithNamer = (first: string): boolean => isRoleHead(first) || isTitle(first) || MEDIA.has(first) || MEDIA_NAMES.has(first) || SPOKESPERSON_WORDS.has(first);
/** Nouns whose possessor is named after them and who speak for it (`حملة ماكرون`, `مكتب نتنياهو`, `عائلة الضحية`). */
const POSSESSING_NOUNS = wordLexicon(
  "حملة مكتب عائلة أسرة فريق محامو محامي إدارة ديوان حكومة حزب مجلس وزارة جمعية شركة مؤسسة مركز منظمة هيئة لجنة " +
    // kin (`شقيق العقيد حسان الشيخ`, `والدة الطفل أحمد`): the relative speaks, not the one named
    "شقيق شقيقة والد والدة ابن ابنة نجل نجلة زوج زوجة أرملة أخ أخت عم خال جد جدة حفيد حفيدة أقارب",
  true,
);

const CHANNELS: Array<[RegExp, string]> = [
  [/(?:اكس|تويتر|تغريده|تغريدات|غرد|غردت|\bx\b|twitter)/u, "X"],
  [/(?:تلغرام|تليغرام|تيليجرام|تلجرام|تيليغرام|تيلغرام|telegram)/u, "Telegram"],
  [/(?:فيسبوك|فايسبوك|فيس\s+بوك|facebook)/u, "Facebook"],
  [/(?:انستغرام|انستجرام|انستقرام|instagram)/u, "Instagram"],
  [/(?:يوتيوب|youtube)/u, "YouTube"],
  [/(?:تيك\s*توك|tiktok)/u, "TikTok"],
  [/مؤتمر[اه]?\s+(?:صحفي|صحافي)/u, "press conference"],
  [/(?:مقابله|حوار\s+مع|حديث\s+ل)/u, "interview"],
  [/(?:وسائل\s+التواصل|مواقع\s+التواصل|منصات\s+التواصل)/u, "social media"],
  [/(?:بيان|بيانا|بلاغ)/u, "statement"],
];

interface Quotation {
  /** Offsets of the marks, absolute. */
  open: number;
  close: number;
  inner: string;
  innerStart: number;
  wordCount: number;
}

const WORD = /[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}\u0640]*/gu;
const wordCount = (s: string) => s.match(WORD)?.length ?? 0;
/**
 * A quotation: "…", «…», “…”, »…« as some papers print it, or »…» — consumed as one, so that its second
 * » opens no »…« running to the next « (`بـ»الكاذبة» وقال مهدي للصحفيين …: إن …«الاساءة»`). Also, as the
 * sentence splitter pairs marks: "…» opened by one kind and closed by another (`وقال: "شهدت … 2018».`), and
 * ”…“ or ”…” opened by the closing curly mark after a space or colon (`:” إن تنمية … “.`, `وأضاف ” بدأ … “.`).
 */
const QUOTATION = /"([^"\n]+)"|"([^"«»\n]+)»|«([^»\n]+)»|“([^”\n]+)”|»([^«»\n]+)«|»([^«»\n]+)»|(?<=^|[\s:：])”([^“”\n]+)[“”]/gu;

/** `اقرأ أيضا: …`, `اقرأ: (…)` (BBC, CNN): a line pointing to another article, no one's words. */
function isReadAlsoLine(sentence: string): boolean {
  const read = READ_ALSO.opening(sentence) ?? READ_VERBS_ALONE.opening(sentence);
  return !!read && /^\s*[:：]/.test(sentence.slice(read.end));
}

/** Whether `s` holds a mark that opens one of QUOTATION's alternatives (" « » “ ”): every match starts with one. */
function hasQuotationMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

/** The quotations of the sentence `s` at offset `base` (QUOTATION); most sentences hold no mark and are not scanned by the regex. */
function findQuotations(s: string, base: number): Quotation[] {
  const out: Quotation[] = [];
  if (!hasQuotationMark(s)) return out;
  for (const m of s.matchAll(QUOTATION)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? "";
    const lead = raw.length - raw.trimStart().length;
    const inner = raw.trim();
    out.push({ open: base + m.index, close: base + m.index + m[0].length, inner, innerStart: base + m.index + 1 + lead, wordCount: wordCount(inner) });
  }
  return out;
}

type Gender = "m" | "f";
/** A subject read for the speakers after it, at the text offset where it was read. */
interface SubjectRecord {
  name: string;
  at: number;
  gender: Gender | null;
}

/** Latin letters spelled in Arabic (`سي`, `بي`, `إم`), folded: the letters of an acronym (`سي إن إن`). */
const LETTER_NAMES = new Set(["سي", "بي", "اي", "تي", "دي", "جي", "ام", "اف", "اس", "ال", "اتش", "كيو", "ار", "يو"]);
/** Letters spelled as words that also stand alone (في: V, as in `إن تي في`), read as letters only after another letter. */
const SECOND_LETTER_NAMES = new Set(["في"]);
/** The most إن / أن an acronym's letter N runs to after its first letter (`سي إن إن`). */
const ACRONYM_NS = 2;

/** Whether text[from, to) is one space or one dot (/^[ .]$/), read without slicing it: asked at every token. */
function spaceOrDotBetween(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  return to - from === 1 && (c === 0x20 || c === 0x2e);
}

/**
 * `شبكة سي أن أن التلفزيونية أفادت أن`, `(سي إن إن)`: إن / أن doubled right after a spelled letter (joined by a
 * space or a dot) is the letters N of an acronym, no complementizer (its norm is the Latin n); a lone one after
 * the letters is the complementizer (`شبكة ام بي سي أن`, `تلفزيون بي.إف.إم أن`).
 */
function acronymLetters(text: string, toks: readonly Token[]): Token[] {
  let run = 0;
  const letterAt = (t: Token, i: number): Token => {
    // only ان turns into a letter: every other token ends a run and stays (what follows reads only for ان)
    if (t.norm !== "ان") {
      run = 0;
      return t;
    }
    const prev = toks[i - 1];
    const next = toks[i + 1];
    // `ام بي سي أن عضو`: a lone N after the letters is the complementizer; CNN's N comes doubled
    const joined = !!prev && spaceOrDotBetween(text, prev.end, t.start);
    const doubled = next?.norm === "ان" && spaceOrDotBetween(text, t.end, next.start);
    // `قناة (إن.تي.في)`, `شبكة «إن بي سي»`, `سي إن بي سي`: a lone N before two spelled letters opens or goes on with
    // the acronym (no complementizer is followed by spelled letters in the samples)
    const after = toks[i + 2];
    // — but not a doubled letter after it (`قال المتحدث إن بي بي سي لم تتصل به`: the complementizer, then BBC)
    const lettersAfter = !!next && !!after && LETTER_NAMES.has(next.norm) && spaceOrDotBetween(text, t.end, next.start) && (LETTER_NAMES.has(after.norm) || SECOND_LETTER_NAMES.has(after.norm)) && after.norm !== next.norm && spaceOrDotBetween(text, next.end, after.start);
    // `مادة تي إن تي`: a lone N between two spelled letters
    const between = joined && LETTER_NAMES.has(prev!.norm) && !!next && LETTER_NAMES.has(next.norm) && spaceOrDotBetween(text, t.end, next.start);
    if (t.norm === "ان" && (lettersAfter || between)) {
      run = 0;
      return changedToken(t, { norm: "n", stem: "n", isStopword: false });
    }
    if (t.norm === "ان" && joined && ((LETTER_NAMES.has(prev!.norm) && doubled) || (run > 0 && run < ACRONYM_NS))) {
      run++;
      return changedToken(t, { norm: "n", stem: "n", isStopword: false });
    }
    run = 0;
    return t;
  };
  // pushed, not mapped: see readerSpans
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) out.push(letterAt(toks[i]!, i));
  return out;
}

/**
 * `و أستطرد قائلاً:`, `و قالت سارة`: a conjunction و typed apart from the speech verb after it is read glued
 * (one token from the و to the verb), as `وأستطرد` would be.
 */
function joinDetachedAnd(text: string, toks: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1];
    if (t.norm === "و" && next && text.slice(t.end, next.start) === " ") {
      const norm = t.norm + next.norm;
      if (isSpeechVerbWord(norm) || isColonVerbWord(norm)) {
        out.push(changedToken(next, { surface: text.slice(t.start, next.end), start: t.start, norm, stem: norm }));
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** The offset of the first colon (ASCII or fullwidth) in `gap`, -1 when none: `gap.search(/[:：]/)` without the regex. */
function colonIn(gap: string): number {
  const ascii = gap.indexOf(":");
  const wide = gap.indexOf("：");
  return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
}

/** The gender a verb takes with an entity: a country is feminine, a person masculine, an organization as its head word (`وزارة`, `الشرطة`: ة). */
function entityGender(span: EntitySpan): Gender {
  if (span.type === "location") return "f";
  if (span.type === "person") return "m";
  const head = normalizeArabic(firstWord(span.text));
  return /[ةه]$/.test(head) ? "f" : "m";
}

/**
 * The gender of a third-person singular speech verb (`قالت`, `وتضيف`: f; `قال`, `ويضيف`: m), null for
 * a plural or dual (`قالوا`, `أضافتا`) or a form with an object pronoun.
 */
export function verbGender(norm: string): Gender | null {
  const bare = !isSpeechVerbWord(norm) ? norm : /^[وف]./.test(norm) && isSpeechVerbWord(norm.slice(1)) ? norm.slice(1) : norm;
  // `أعلن`, `يبين`: a root ending in ن is no feminine plural (`قلن`)
  if (/(?:وا|تا|ا|ون|ان|ه|ها|هم)$/.test(bare) || (bare.endsWith("ن") && !/(?:علن|بين)$/.test(bare))) return null;
  if (/^[يت]/.test(bare) && /^[يت](?:قول|ضيف|ؤكد|وضح|شير|تابع|ذكر|كشف|علن|فيد|بين|لفت|شدد|حذر|عتبر|قر|ردف|كتب|نفي|روي|رى)$/.test(bare)) return bare.startsWith("ت") ? "f" : "m";
  if (bare.endsWith("ت") && isSpeechVerbWord(bare.slice(0, -1))) return "f";
  // `تزعم`, `تنقل`: an imperfect in ت with its ي form in the lexicon too (`تابع`, `تحدث` are perfects of their own)
  if (/^ت\p{L}{2,}$/u.test(bare) && isSpeechVerbWord(`ي${bare.slice(1)}`)) return "f";
  if (/^(?:نفت|روت|رات)$/.test(bare)) return "f";
  return isSpeechVerbWord(bare) ? "m" : null;
}

/**
 * The gender of any verb acting on a named subject (`ودانت`, `تخطط`: f; `واستنكر`, `أعلن`: m), with no
 * conjunction: a perfect or an imperfect in ت is feminine (not only speech verbs, unlike verbGender).
 */
function actingVerbGender(bare: string): Gender {
  return bare.startsWith("ت") || bare.endsWith("ت") ? "f" : "m";
}

/** A speech verb of a masculine plural subject (`وقالوا`, `وأكدوا`, `يقولون`). */
function isPluralSpeechVerb(norm: string): boolean {
  return isSpeechVerbWord(norm) && /(?:وا|ون)$/.test(norm);
}

/**
 * A sound masculine plural of people (isSoundPluralNoun) whose singular is a nisba (`اقتصاديون`, `الحوثيين`), a participle
 * in م (`مسؤولون`, `المتظاهرين`) or a فاعل (`باحثون`, `اللاجئين`) — not a singular in ين / ون (`الأمين`, `القانون`, `اليمين`,
 * `السجين`, `قوانين`).
 */
function isPeoplePlural(norm: string): boolean {
  if (!isSoundPluralNoun(norm)) return false;
  const base = norm.replace(/^و/, "").replace(/^ال/, "").slice(0, -2);
  return (base.length >= 3 && base.endsWith("ي")) || (base.length >= 4 && (base.startsWith("م") || base[1] === "ا"));
}

/** A sound masculine plural in construct, its ن dropped (`مؤيدو`, `مسؤولو`, `محامو`), of a participle in م; not `أبو`. */
function isConstructPeoplePlural(norm: string): boolean {
  return /^م\p{L}{3,}و$/u.test(norm);
}

/** A speech verb or continuing participle of a plural subject (`وقالوا`, `يقولون`, `مؤكدين`; not `وبين`). */
function isPluralOpener(norm: string): boolean {
  return isPluralSpeechVerb(norm) || (isContinuingParticiple(norm) && /(?:ين|ون)$/.test(norm));
}

/**
 * A sound masculine plural noun (`مسؤولون`, `المتظاهرون`, `مستهلكين`): ون / ين on 3+ letters, not an
 * imperfect verb (`يسعون`, `تعانون`: ي / ت / ن before a bare stem) nor glued to a preposition (`للمواطنين`, `بالمعتصمين`).
 */
function isSoundPluralNoun(norm: string): boolean {
  if (!/^\p{L}{3,}(?:ون|ين)$/u.test(norm) || /^(?:و?[بلك]ال|و?لل)/.test(norm) || NOT_PLURAL_NOUNS.has(norm)) return false;
  const stem = norm.replace(/^و/, "");
  return stem.startsWith("ال") || !/^[يتن]/.test(stem);
}

/** A continuing participle's gender: مؤكدة (folded مؤكده) feminine, مؤكدا masculine; a plural (مضيفين) says none. */
function participleGender(norm: string): Gender | null {
  // `بالقول`: a verbal noun with its article agrees with no one
  if (/(?:ين|ون)$/.test(norm) || /^(?:ب|و|ف)?ال/.test(norm)) return null;
  return norm.endsWith("ه") ? "f" : "m";
}

/** A participle whose gender is not that of the verb that named the sentence's speaker (`أعلن الطبيب … مؤكدة`). */
function participleDisagrees(norm: string, gender: Gender | null): boolean {
  const own = participleGender(norm);
  return /(?:ين|ون)$/.test(norm) || (own !== null && gender !== null && own !== gender);
}

function channelOf(lead: string): string | null {
  const folded = normalizeArabic(lead);
  for (const [re, name] of CHANNELS) if (re.test(folded)) return name;
  return null;
}

export interface FindQuotesOptions {
  /** Entity spans recognized in the same text (offsets into it). */
  spans?: readonly EntitySpan[];
  /** The article's merged entities, to name a speaker by its canonical name. */
  entities?: readonly Entity[];
  /** The text's tokens (tokenize(text)) when the caller has them: the stage tokenizes a body once for all its parts. */
  tokens?: readonly Token[];
}

/** Whether the text offset `at` stands inside one of `quotations` (between its marks). */
function insideQuotation(quotations: readonly Quotation[], at: number): boolean {
  return quotations.some((q) => at > q.open && at < q.close);
}

/** Prepositions as printed (على with its alif maqsura: `علي` is a name), which end no speaker's words. */
const TRAILING_PREPOSITIONS = new Set(["على", "في", "إلى", "الى", "عن", "من", "حتى"]);

/**
 * `وشدد المصدر على أن`, `وتوقع محللون في (…) أن`: the verb's preposition read into the speaker is cut off — not a letter's
 * name spelled out (`محطة «إن تي في»`: after a word of two letters or fewer).
 */
function withoutTrailingPreposition(speaker: string | null): string | null {
  if (!speaker) return speaker;
  // Most speakers end in no preposition: returned as they are, not split and joined again into the same string.
  const lastSpace = speaker.lastIndexOf(" ");
  if (lastSpace < 0 || !TRAILING_PREPOSITIONS.has(speaker.slice(lastSpace + 1))) return speaker;
  const words = speaker.split(" ");
  const spelled = (word: string) => word.replace(/[^\p{L}]/gu, "").length <= 2;
  while (words.length > 1 && TRAILING_PREPOSITIONS.has(words[words.length - 1]!) && !spelled(words[words.length - 2]!)) words.pop();
  return words.join(" ");
}

/** `على حسابه`, `عبر تويتر`, `على صفحته بـ«فيسبوك`, `على موقع`: where the words were posted, read after a name into the speaker. */
const CHANNEL_PHRASE = /\s(?:على|عبر|في)\s+[«"]?(?:حساب|صفح|تويتر|تغريد|موقع|فيسبوك|فيس\s+بوك|انستغرام|إنستغرام|يوتيوب|سناب)/u;

/** `المتحدث باسم الجيش أفيخاي أدرعي على حسابه`, `الرئيس ميشال عون على حسابه على تويتر`: the speaker without where he posted. */
function withoutChannelPhrase(speaker: string | null): string | null {
  const at = speaker ? speaker.search(CHANNEL_PHRASE) : -1;
  return at > 0 ? speaker!.slice(0, at) : speaker;
}

/**
 * A speaker without the blessing formula written after the name (`أبي هريرة رضي` → `أبي هريرة`, `رسول الله صلى الله`
 * → `رسول الله`): the formula, whole or cut, is no part of the name. A speaker that is only a formula stays.
 */
function withoutBlessing(speaker: string | null): string | null {
  if (!speaker) return speaker;
  const words = speaker.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const norm = normalizeArabic(words[i]!);
    if (!BLESSING_OPENERS.has(norm)) continue;
    const rest = words.slice(i).map((w) => normalizeArabic(w));
    // `عليه` alone is no formula (`عليه` «on him»); any other opener, cut or whole, is
    if (BLESSINGS.some((f) => f[0] === norm && rest.every((w, n) => n >= f.length || f[n] === w) && (norm !== BLESSING_ON_HIM || rest.length >= 2))) return words.slice(0, i).join(" ");
  }
  return speaker;
}

/** Quotes in `text` (an article body), in text order. */
export function findQuotes(text: string, options: FindQuotesOptions = {}): Quote[] {
  return new QuoteReader(text, options).read();
}

interface Content {
  /** Token index where the content starts, and its absolute offset. */
  tok: number;
  offset: number;
  quotation: Quotation | null;
  /** A complementizer content's word in the lead that may govern it instead of the opener (governedInLead). */
  governor?: number;
  /** A quotation right after a saying word (saysRightBefore): said whatever its length (`قائلا "وبخها"`). */
  said?: boolean;
}

/** An opener with no content of its own (sentenceQuotes): its index among the openers and its speaker. */
interface Pending {
  o: number;
  speaker: string;
  /** Whether the speaker is its own subject's name (namedSubject), and whether it was read after the verb at all. */
  named: boolean;
  own: boolean;
}

interface Opener {
  k: number;
  isParticiple: boolean;
  /** `وجاء في بيان الفجيرة:`: the statement's owner speaks. */
  isStatement?: boolean;
  /** `وجاء فيه: "…"`: with the pronoun of a statement named before it. */
  pronoun?: boolean;
}

class QuoteReader {
  private readonly toks: Token[];
  private readonly spans: readonly EntitySpan[];
  private readonly canonical: (s: string) => string;
  private lastSpeaker: string | null = null;
  /**
   * The subject of the latest sentence that opened with a verb and a named subject (`واتهم جيم هولدر…`), as last set
   * or settled (settleSubjects); read through subjectAfter.
   */
  private lastSubject: SubjectRecord | null = null;
  /**
   * Sentences whose subject read() has not asked yet, flat [from, to, at, speakers seen, …], newest last: the
   * subject read for the speakers after them is the newest one's (earlierSubject(from, to, true)) that is not null,
   * else lastSubject. Asked only when a quote needs it (most never are), as of when it was pending: earlierSubject
   * reads no state but speakerGenders, of which it then sees the first `speakers seen` (visibleSpeakers).
   */
  private readonly pendingSubjects: number[] = [];
  /** How many of speakerGenders earlierSubject sees: -1 all of them, else a pending subject's speakers seen. */
  private speakersSeen = -1;
  private lastSpeakerAt = -1;
  /** The medium relaying the source (`Y نقلا عن X`) read as the subject of the verb at each token index (subjectOf). */
  private readonly relays = new Map<number, string | null>();
  /** The subject of the latest sentence with no quote that opened with a feminine verb (`وصفت الكاتبة العامة … نعيمة عصمان الوضع`). */
  private lastFeminineSubject: { name: string; at: number } | null = null;
  /**
   * Quoteless sentences opening with a feminine verb whose subject is not read yet, flat [verb, to, at, speakers
   * seen, …] as pendingSubjects: lastFeminineSubject is the newest one's (feminineSubjectAt) that is not null, else
   * itself. Read only when a feminine verb near enough asks (feminineSubjectNear).
   */
  private readonly pendingFeminine: number[] = [];
  /** Speakers named as a verb's subject, with the gender of that verb (قال: m, قالت: f), in text order. */
  private readonly speakerGenders: Array<{ name: string; gender: Gender; at: number }> = [];
  /** The index of the sentence (splitSentences) each token stands in, filled as read() reaches it. */
  private readonly sentenceOf: number[] = [];
  /** definiteForm per token index, filled when first asked (earlierHolder scans a window of tokens at every role phrase). */
  private readonly definiteForms: (string | undefined)[] = [];
  /**
   * The tokens by norm bucket (normBucket), built when first asked (tokensWithNorms): the first token index of each
   * bucket, and per token the next index in its bucket (-1: none). earlierHolder and resolveAnaphor look back over a
   * window of hundreds of tokens for a few norms, a dozen times an article: they read these chains instead.
   */
  private normBucketFirst: Int32Array | null = null;
  private normBucketNext: Int32Array | null = null;
  /** earlierSubject's answers by (start, verb, namedOnly) packed with SUBJECT_KEY_TOKENS, while speakerGenders (the only state it reads) has subjectsAt entries. */
  private readonly subjects = new Map<number, string | null>();
  /** The length of speakerGenders when `subjects` was last cleared. */
  private subjectsAt = 0;

  constructor(private readonly text: string, options: FindQuotesOptions) {
    this.toks = acronymLetters(text, joinDetachedAnd(text, options.tokens ?? tokenize(text)));
    this.spans = readerSpans(text, this.toks, options.spans ?? []);
    this.canonical = canonicalNamer(options.entities ?? []);
  }

  private setLastSubject(subject: SubjectRecord | null): void {
    // emptied only when it holds some: setting an array's length is a call into the runtime, even to its own length
    if (this.pendingSubjects.length > 0) this.pendingSubjects.length = 0;
    this.lastSubject = subject;
  }

  /**
   * The subject read for the speakers after it (lastSubject, or a pending sentence's) when it was read after
   * offset `at`, else null. Pending ones are read only when one of them may be after `at` (at ascends with them).
   */
  private subjectAfter(at: number): SubjectRecord | null {
    const pending = this.pendingSubjects;
    // every subject there may be read at or before `at`: none is after it, whichever they are
    if (pending.length && (pending[pending.length - PENDING_FIELDS + 2]! > at || (this.lastSubject && this.lastSubject.at > at))) this.settleSubjects();
    return this.lastSubject && this.lastSubject.at > at ? this.lastSubject : null;
  }

  /** Reads the pending sentences' subjects (settlePending), the newest there is becoming lastSubject. */
  private settleSubjects(): void {
    const settled = this.settlePending(this.pendingSubjects, (from, to) => this.earlierSubject(from, to, true));
    if (settled) this.lastSubject = { ...settled, gender: null };
  }

  /**
   * Reads the subjects of `pending` (flat [from, to, at, speakers seen, …], newest last) newest first with `subjectOf`,
   * each seeing the speakers it saw, up to the first there is; empties `pending` and gives that one, else null.
   */
  private settlePending(pending: number[], subjectOf: (from: number, to: number) => string | null): { name: string; at: number } | null {
    let settled: { name: string; at: number } | null = null;
    try {
      for (let i = pending.length - PENDING_FIELDS; i >= 0; i -= PENDING_FIELDS) {
        this.speakersSeen = pending[i + 3]!;
        const name = subjectOf(pending[i]!, pending[i + 1]!);
        if (name) {
          settled = { name, at: pending[i + 2]! };
          break;
        }
      }
    } finally {
      this.speakersSeen = -1;
    }
    pending.length = 0;
    return settled;
  }

  /** How many of speakerGenders earlierSubject reads (speakersSeen). */
  private visibleSpeakers(): number {
    return this.speakersSeen < 0 ? this.speakerGenders.length : this.speakersSeen;
  }

  read(): Quote[] {
    const quotes: Quote[] = [];
    let k = 0;
    // quotes since the last `جاء ذلك في …`, with the sentence they stand in
    let pending: Array<{ quote: Quote; sentence: number }> = [];
    let index = 0;
    for (const sentence of splitSentences(this.text)) {
      index++;
      while (k < this.toks.length && this.toks[k]!.start < sentence.start) this.sentenceOf[k++] = index - 1;
      const opening = k;
      while (k < this.toks.length && this.toks[k]!.start < sentence.end) this.sentenceOf[k++] = index;
      const from = this.afterDateline(this.afterShareBar(sentence.text, sentence.start, opening, k), k);
      const found = isReadAlsoLine(sentence.text) ? [] : this.sentenceQuotes(sentence.text, sentence.start, sentence.end, from, k);
      quotes.push(...found);
      const hasSubject = k - from > 2;
      // `وبحسب ما نقلته الوكالة عن مكتب الناطق …، فإن …` then `وأضاف أن`: the source named goes on speaking —
      // unless the sentence names its own subject (`مات العالم ديفيد غودال …، بحسب إعلان منظمة …`), who does.
      // The subject is read only when its answer decides something now (attributionSource and actingOrganization
      // change nothing): else it waits in pendingSubjects, most sentences' never asked
      const attributed = found.length ? null : this.attributionSource(from, k);
      const subject = attributed && hasSubject ? this.earlierSubject(from, k, true) : null;
      const source = subject ? null : attributed;
      if (source) {
        this.lastSpeaker = source;
        this.lastSpeakerAt = sentence.start;
      }
      const owner = this.afterwardOwner(from, k);
      if (owner) {
        for (const p of pending) if (index - p.sentence <= AFTERWARD_SENTENCES && !this.namesPerson(p.quote.speaker)) p.quote.speaker = owner;
        // `جاء ذلك في تغريدة لكيري …، حيث قال: "…"`: the owner speaks the sentence's own quotes with no speaker
        for (const quote of found) quote.speaker ??= owner;
        this.lastSpeaker = owner;
        pending = [];
      }
      pending.push(...found.map((quote) => ({ quote, sentence: index })));
      // a sentence of three words or more with no quote: its subject may speak in the next one
      const quoteless = !found.length && k - from > 2;
      const verb = quoteless ? this.feminineOpening(from, k) : -1;
      if (verb >= 0) this.pendingFeminine.push(verb, k, sentence.start, this.speakerGenders.length);
      // `وعبرت الخارجية الروسية عن خيبة أملها.` then `وقالت في بيان إن`: an organization acting in a sentence with no quote
      // speaks next, unless the sentence has a subject
      const acting = quoteless ? this.actingOrganization(from, k) : null;
      if (acting) {
        const named = subject ?? this.earlierSubject(from, k, true);
        this.setLastSubject(named ? { name: named, at: sentence.start, gender: null } : { name: acting.name, at: sentence.start, gender: acting.gender });
      } else if (subject) this.setLastSubject({ name: subject, at: sentence.start, gender: null });
      else if (hasSubject && !attributed) this.pendingSubjects.push(from, k, sentence.start, this.speakerGenders.length);
      // `أعلنت الوكالة مقتل مدنيين، بيد أن المرصد السوري أعلن إصابة مستودع.` then `وكشف أن`: the contrasted subject acts last
      const contrasted = !found.length ? this.contrastedSubject(from, k) : null;
      if (contrasted) this.setLastSubject({ name: contrasted.name, at: sentence.start, gender: contrasted.gender });
    }
    return quotes;
  }

  /**
   * `شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك عبّر لاعب …` (Okaz): a share bar glued before the
   * sentence's first words (the cue list SHARE_BARS_GLUED) is no part of it: the sentence is read from
   * the word after the bar. Else `from`.
   */
  private afterShareBar(sentence: string, base: number, from: number, to: number): number {
    const bar = openingShareBar(sentence);
    if (!bar) return from;
    let k = from;
    while (k < to && this.toks[k]!.start < base + bar.end) k++;
    return k;
  }

  /**
   * `نيويورك، الولايات المتحدة الأمريكية (CNN)— أعلنت وزارة الخارجية`, `محمد البلوي - قال`: a dateline or
   * byline opening a paragraph (a few words with no speech verb, complementizer or quotation, then a
   * dash) is no subject: the sentence is read from the word after the dash. Else `from`.
   */
  private afterDateline(from: number, to: number): number {
    const first = this.toks[from];
    if (!first || !opensLine(this.text, first.start)) return from;
    const window = Math.min(to, from + 1 + MAX_DATELINE_WORDS);
    // the gaps read below lie between the first word's end and the last one's start: no dash there, no dateline
    if (window <= from + 1 || !hasDash(this.text, first.end, this.toks[window - 1]!.start)) return from;
    for (let j = from + 1; j < window; j++) {
      const t = this.toks[j - 1]!;
      if (isSpeechVerbWord(t.norm) || isComplementizer(t.norm) || /["«»“”.:؛]/.test(this.gapBefore(j))) return from;
      if (DATELINE_DASH.test(this.gapBefore(j))) return j;
    }
    return from;
  }

  private sentenceQuotes(s: string, base: number, end: number, from: number, to: number): Quote[] {
    const quotations = findQuotations(s, base);
    const openers: Opener[] = [];
    for (let k = from; k < to; k++) {
      const t = this.toks[k]!;
      if (insideQuotation(quotations, t.start)) continue;
      if (this.expressesStatement(k, to)) {
        if (!this.opensInsideClause(k, from, to, quotations)) openers.push({ k, isParticiple: false });
        continue;
      }
      if (!mayOpenQuote(t.norm)) continue;
      if (this.isStatementLead(k, to)) openers.push({ k, isParticiple: false, isStatement: true });
      else if (this.isPronounStatementLead(k, to)) openers.push({ k, isParticiple: false, isStatement: true, pronoun: true });
      else if (this.isSpeechVerb(k, from) || this.isSpeechNoun(k, to)) {
        if (!this.opensInsideClause(k, from, to, quotations) && !this.opensColonContent(k, openers[openers.length - 1]?.k)) openers.push({ k, isParticiple: false });
      }
      else if (isContinuingParticiple(t.norm) && !this.isCertaintyPredicate(k)) openers.push({ k, isParticiple: true });
      else if ((isColonVerbWord(t.norm) || isColonParticiple(t.norm)) && (this.colonFollows(k, to) || (isColonVerbWord(t.norm) && this.sentenceQuotedRightAfter(k, from, quotations)))) openers.push({ k, isParticiple: isColonParticiple(t.norm) });
    }
    const out: Quote[] = [];
    const claimed = new Set<Quotation>();
    let sentenceSpeaker: string | null = null;
    // the gender of the verb whose subject is sentenceSpeaker, and where the latest content ended
    let sentenceGender: Gender | null = null;
    let contentEnd = base;
    // the latest opener with no content of its own, whose speaker the opener right after it may take (carriedSpeaker)
    let pending: Pending | null = null;
    for (let o = 0; o < openers.length; o++) {
      const { k: v, isParticiple, isStatement, pronoun } = openers[o]!;
      const limitTok = openers[o + 1]?.k ?? to;
      const limit = limitTok < to ? this.toks[limitTok]!.start : end;
      const after = o === 0 ? base : this.toks[openers[o - 1]!.k]!.end;
      let content = this.contentAfter(v, limitTok, quotations, !!isStatement || DIRECT_VERBS.has(this.toks[v]!.norm)) ?? (isStatement ? null : this.quotationBefore(v, after, quotations) ?? this.quotationInLead(v, limitTok, limit, quotations));
      let speaker: string | null = null;
      if (pronoun) speaker = this.pronounStatementOwner(from, v);
      else if (isStatement) speaker = this.statementOwner(v, content ? content.tok : limitTok);
      // `قال بومبيو إنه أخبر الرئيس ترامب أنه "…"`, `وأشار إلى أنه أبلغ ترامب بأن`: the pronoun before a telling verb is its
      // subject, the one who spoke before it in the sentence; the name after the verb is the one told
      else if (!isParticiple && this.toldAfterPronoun(v)) speaker = sentenceSpeaker ?? this.previousSpeaker();
      else if (!isParticiple) speaker = this.subjectOf(v, content ? Math.min(content.tok, limitTok) : Math.min(limitTok, v + 1 + MAX_SPEAKER_WORDS), from, !!content);
      if (speaker && ACCUSATION_VERBS.has(this.toks[v]!.norm)) speaker = this.accuser(speaker, from, v);
      // `وأضاف مما يزيدنا ألما أن`, `كشف عما وصفه بأنه`, `وأشاد بما قدمه`: a preposition glued to ما / من opens the verb's object or adjunct, no subject
      if (speaker && PREPOSITION_WITH_WHAT.test(normalizeArabic(firstWord(speaker)))) speaker = null;
      // `…، لكن القومندان داهلين قال إن`: a subject of its own before the verb beats the sentence's earlier speaker
      const ownSubject: boolean = speaker !== null;
      // `وعندما سُئلت ساندرز عما إذا …، أجابت "…"`: a verb answering a question asked before it with no subject of its own
      // speaks for the sentence's speaker, else the one asked — never a name inside the question (`وحين سئل إن كان بوتين`)
      if (!speaker && !isParticiple && !isStatement) {
        const asked = this.askedBefore(from, v);
        if (asked) speaker = sentenceSpeaker ?? asked;
      }
      // `تابعت أحلام قائلة "…"`, `وتابعت بالقول إن "…"`: the contentless verb right before speaks through this opener
      const carried = pending?.o === o - 1 && (isParticiple || isSpeechNounWord(this.toks[v]!.norm)) ? this.carriedSpeaker(pending, openers[o - 1]!.k, v) : null;
      if (carried && !isParticiple) speaker = carried;
      // `خالف الرئيس السابق عبدالله غول … التوقعات عبر إعلانه أنه`: the pronoun goes back to the sentence's subject
      if (!isParticiple && !isStatement && this.isPossessedSpeechNoun(v)) speaker ??= this.firstPersonIn(from, v) ?? this.earlierSubject(from, v, true) ?? sentenceSpeaker ?? this.previousSpeaker();
      // `…"، حسبما أشار المدرب ديشان، مضيفاً "…"`: the participle goes on with the attribution's source
      if (isParticiple && !sentenceSpeaker) speaker = carried ?? this.attributionSource(from, v, quotations);
      else if (isParticiple) speaker = carried;
      // `أعربت المنامة الخميس عن تأييدها …، واعتبرت أنه`, `وأظهرت إحصائية رسمية، اطلعت "الاقتصادية" عليها، أن …، مشيرة`: a feminine opener with no
      // subject of its own goes on with the subject of the nearest feminine verb before it in its clause, before any masculine name
      const feminine = () => (!isStatement && (!sentenceSpeaker || sentenceGender !== "f") ? this.feminineClauseSubject(from, this.clauseFloor(from, v, contentEnd), v, isParticiple) : null);
      if (isParticiple) speaker ??= feminine();
      // `…، وهو الأمر الذي رد عليه الرئيس الإيراني، حسن روحاني قائلا إن`: a clause of its own closes in on the participle
      if (isParticiple) speaker ??= this.participleClauseSubject(from, v, this.clauseFloor(from, v, sentenceSpeaker && participleDisagrees(this.toks[v]!.norm, sentenceGender) ? base : contentEnd));
      // `وتأتي تصريحات الوزير بعد تحذير رئيس الوزراء … مشددا على أن`: the one speech act before the participle is a noun's
      if (isParticiple && o === 0) speaker ??= this.speechNounAgent(from, v);
      // `أشاد مستهلكون بالخدمات …. وقالوا إن`: a plural verb with no subject goes back to the plural that was the subject
      if (!isParticiple && !sentenceSpeaker && isPluralSpeechVerb(this.toks[v]!.norm)) speaker ??= this.pluralSubjectBefore(v);
      // a relative clause's actor speaks there only: the sentence's own speaker goes on after it
      // `ألقى X كلمة قال فيها:`, `أصدر بيانا أكد فيه`: a relative clause on the actor's own speech is that actor
      // speaking — he goes on after it (`و أستطرد قائلاً:`)
      // `عن أبي هريرة رضي الله عنه، عن النبي صلى الله عليه وسلم أنه قال:`: the last one a chain of narration names speaks
      if (!isParticiple && !isStatement) speaker ??= this.speakerThroughText(from, v) ?? this.narratorBefore(from, v) ?? this.speechTextAuthor(from, v);
      const described = !speaker && !isParticiple && !isStatement ? this.clauseSubjectBeforeIndefinite(from, v) : null;
      const relative = described && !this.ownSpeechClause(v) ? described : null;
      speaker ??= described;
      speaker ??= this.subjectAfterParticle(from, v) ?? (isParticiple ? null : this.apposedSubject(v) ?? this.nameBeforeApposition(from, v)) ?? this.subjectBeforeAside(from, v) ?? feminine() ?? sentenceSpeaker ?? this.subjectBefore(from, v) ?? this.relativeAntecedent(from, v) ?? this.frontedSubject(from, v) ?? this.statementAdjunctOwner(from, v) ?? (isParticiple ? null : this.conjoinedClauseSubject(from, v)) ?? this.earlierSubject(from, v) ?? this.agreeingSpeaker(v);
      // `للشرطة الفرنسية`, `بالفيلسوف`: a preposition's phrase is no one speaking
      if (speaker && PREPOSITIONAL_PHRASE.test(normalizeArabic(speaker)) && !this.spans.some((sp) => sp.text === speaker)) speaker = this.previousSpeaker();
      // `ودافعت بشدة عن موقفها واعتبرت أن`, `وأشاد بنوعية العروض …، مؤكداً أنها`: ب + a word with no article is the verb's manner or object
      else if (speaker && this.isGluedBaPhrase(speaker)) speaker = this.previousSpeaker();
      speaker = withoutTrailingPreposition(withoutChannelPhrase(withoutBlessing(this.withoutAddressee(speaker))));
      // `وأضاف "أصدرت أوامر لوزارة الخارجية بأن`, `ووصفتها بقولها كانت "بهية، قوية، وشجاعة" وأضافت`: words quoted in the
      // sentence, naming no one, are said, never the one who says them — the verb goes on with the one who spoke before
      if (speaker && this.isQuotedWords(speaker, from, to)) {
        const before = this.agreeingSpeaker(v);
        speaker = before && !this.isQuotedWords(before, from, to) ? before : null;
      }
      // `ويرى خبراء اقتصاديون أنه …. ومنذ تولي ترامب الحكم، هدد …، معتبرا أن`, `بدورهم رفض برلمانيون عراقيون …. الناشطة نبراس
      // أحمد، …، قالت`: a speaker found from context agrees in number with the bare verb or participle it speaks through — a
      // singular one never goes back to a plural of people, a plural one (وقالوا، مؤكدين) never to one person named. The
      // sentence's own speaker stays (`ولكن مصدرين أمنيين قالا إن المؤشرات تشير إلى أن`: a verb inside the content)
      if (speaker && !ownSubject && !isStatement && speaker !== sentenceSpeaker && this.disagreesInNumber(speaker, v)) speaker = this.agreeingInNumber(v);
      // `وأفاد وزير الإعلام معمر الإرياني أن …. بدورها، دعت وزارة حقوق الإنسان …، وقالت إنها`: a man who spoke only with
      // masculine verbs is no subject of a feminine bare verb or participle — it goes to the woman named since, else to no one
      // (the latest speaker heard with a feminine verb, tried in the pool diff, carried on to the masculine openers after it).
      // The sentence's own speaker stays: `وقال زيدان: … كنت أتوقع ذلك، توقعت أن` (a first person in ت)
      else if (speaker && !ownSubject && !isStatement && speaker !== sentenceSpeaker && this.disagreesInGender(speaker, v)) speaker = this.latestWomanBefore(v);
      // `معلناً عدم إقامة ممر شرفي، بحجة أن`, `وهو ما يعني أن`: a complementizer another word of the lead governs is no
      // content of this opener — but its named subject still spoke, and a bare verb after it goes back to that one
      if (content?.governor !== undefined && !this.speakerHolds(speaker, content.governor)) {
        content = null;
        if (speaker && ownSubject && !isParticiple) {
          this.lastSpeaker = speaker;
          this.lastSpeakerAt = this.toks[v]!.start;
        }
      }
      if (!content) {
        // `وأشار مراسل سكاي نيوز إلى إطلاق …. وأضاف بأن`: a speech verb's own subject, with no content to quote, speaks next
        let named: string | null = ownSubject && speaker && !isParticiple && !isStatement ? this.namedSubject(speaker, v) : null;
        // `واتهم المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، فيلق القدس …، كما أفاد بأنه`: a role closed by a comma names
        // its holder after it
        if (!named && ownSubject && speaker && !isParticiple && !isStatement && this.roleBeforeComma(speaker, v)) {
          const holder = this.subjectOf(v, Math.min(limitTok, v + 1 + MAX_SPEAKER_WORDS + HOLDER_AFTER_ROLE_WORDS), from, true);
          if (holder && holder !== speaker && !this.roleBeforeComma(holder, v) && !isRoleHead(normalizeArabic(firstWord(holder)))) named = this.namedSubject(holder, v) ?? holder;
        }
        if (named) this.setLastSubject({ name: named, at: this.toks[v]!.start, gender: verbGender(this.toks[v]!.norm) });
        if (speaker && !isParticiple && !isStatement) pending = { o, speaker: named ?? speaker, named: !!named, own: ownSubject };
        // `وأعلن ترامب الخطوة التي كانت متوقعة، وقال: "…"`: its named subject speaks for the sentence's later openers
        if (named && !sentenceSpeaker) {
          sentenceSpeaker = named;
          sentenceGender = verbGender(this.toks[v]!.norm);
        }
        continue;
      }
      // `أشارت كعكي إلى أنه …، إلا أن المؤشرات الأولية تؤكد أن …. وأكدت أن`: a subject named inside the content of the
      // sentence's previous quote speaks within that quote only — the quote's own speaker goes on after it
      const inner = !isParticiple && !isStatement && speaker !== null && this.namedInsideQuote(speaker, v, out[out.length - 1]);
      if (speaker && speaker !== sentenceSpeaker && !relative && !inner) {
        sentenceSpeaker = speaker;
        sentenceGender = isParticiple ? participleGender(this.toks[v]!.norm) : verbGender(this.toks[v]!.norm);
      }
      const quote = this.quoteText(content, limitTok, limit, to);
      if (!quote || (wordCount(quote.text) < MIN_QUOTE_WORDS && !content.said)) continue;
      if (content.quotation) claimed.add(content.quotation);
      const lead = this.text.slice(this.toks[v]!.end, Math.max(this.toks[v]!.end, content.offset));
      out.push({ speaker, text: quote.text, channel: channelOf(lead), start: quote.start });
      contentEnd = quote.start + quote.text.length;
      // `وكشفت صحيفة «…» نقلا عن مصادر مطلعة أن …. وقالت:`: the medium relaying the source goes on reporting
      const relay: string | null | undefined = speaker && !isParticiple && !isStatement ? this.relays.get(v) : undefined;
      if (relay) {
        this.lastSpeaker = relay;
        this.lastSpeakerAt = this.toks[v]!.start;
        const gender = verbGender(this.toks[v]!.norm);
        sentenceSpeaker = relay;
        sentenceGender = gender;
        if (gender) this.speakerGenders.push({ name: relay, gender, at: this.toks[v]!.start });
      } else if (speaker && !relative) {
        // the inner subject is still named with its verb's gender: `غير أن الزوجة الشابة قالت: …. وأردفت` goes back to her
        if (!inner) {
          this.lastSpeaker = speaker;
          this.lastSpeakerAt = this.toks[v]!.start;
        }
        // `ونقلت رويترز عن X`: نقلت agrees with the agency, not with X
        const verb = this.toks[v]!.norm;
        const quoting = QUOTING.has(verb) || QUOTING.has(withoutConjunction(verb));
        // `نقلت صحيفة هاآرتس عن طاطور قولها`: the saying noun's pronoun gives the quoted one's gender
        const gender = isParticiple || isStatement ? null : quoting ? this.sayingPronounGender(v, content.tok) : verbGender(verb);
        // `لكن الارقام التي نشرتها الهيئة تشير الى انها …. وتابع "…"`: a thing found from context (no person, organization or
        // role) speaking with a feminine verb is feminine too, so a masculine verb after it goes back past it
        if (gender && (ownSubject || (gender === "f" && this.namesThing(speaker)))) this.speakerGenders.push({ name: speaker, gender, at: this.toks[v]!.start });
      }
    }
    const sourced = this.sourcedQuotation(from, to, quotations.filter((q) => !claimed.has(q) && q.wordCount > NAME_QUOTE_WORDS));
    if (sourced) out.push(sourced);
    // most sentences hold no quote or one: nothing to fold
    if (out.length < 2) return out;
    // `وأضاف قائلا … قائلا إن "…"`: the same content found by several openers is one quote, the
    // nearest opener's (`أفادت بمقتل …، لكن القومندان … قال إن "…"`: the one of قال)
    const seen = new Set<number>();
    const kept = [...out].reverse().filter((q) => !seen.has(q.start ?? -1) && !!seen.add(q.start ?? -1));
    return kept.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  }

  /**
   * `ونقلت وكالة الأنباء السودانية أن`, `ونقلت محطة «إن تي في» أنّ`: a medium (a name or noun at k, no
   * preposition before it) reporting in its own words — a complementizer follows it with no statement
   * of someone else's between (`ونقلت رويترز بيان إيني الذي`, `حديث مورغان`: the medium only relays).
   */
  private isMediumReport(k: number): boolean {
    const t = this.toks[k];
    if (!t || !(MEDIA.has(t.norm) || MEDIA_NAMES.has(t.norm) || this.spans.some((sp) => sp.type === "organization" && sp.start === t.start))) return false;
    for (let j = k + 1; j < Math.min(this.toks.length, k + MAX_LEAD_WORDS); j++) {
      const norm = this.toks[j]!.norm;
      if (/[:：]/.test(this.gapBefore(j)) || STATEMENT_NOUNS.has(norm) || isSpeechNounWord(norm) || RELAYED_NOUNS.has(norm)) return false;
      if (isComplementizer(norm)) return true;
    }
    return false;
  }

  /**
   * `وقال العقيل: تعتبر المشاريع التنموية …`, `وأضاف: نعتبر هذا الحادث …`: a speech verb right after the colon
   * that closes the lead of the opener before it (no complementizer, quotation or other break between them)
   * is the first word of that opener's content, not a new speaker's verb — unless it opens direct speech of its
   * own, a colon or a quotation mark before any complementizer (`وعن أبي ذر قال: قال لي النبي …: (…)`, `عن ابن عمر
   * قال: قال رسول الله … «…»`: the report of another's words).
   */
  private opensColonContent(k: number, opener: number | undefined): boolean {
    if (opener === undefined || k <= opener || k - opener > COLON_LEAD_WORDS || !/[:：]/.test(this.gapBefore(k))) return false;
    for (let j = opener + 1; j < k; j++) {
      if (isComplementizer(this.toks[j]!.norm) || /[:：.؛;"«»“”]/.test(this.gapBefore(j))) return false;
    }
    for (let j = k + 1; j < Math.min(this.toks.length, k + 1 + NESTED_LEAD_WORDS); j++) {
      if (/[:："«“(]/.test(this.gapBefore(j))) return false;
      if (isComplementizer(this.toks[j]!.norm) || /[.؛;]/.test(this.gapBefore(j))) break;
    }
    return true;
  }

  /**
   * `وزاد: …`, `وواصلت الصحيفة: …`, `وتساءل «العتيبي»: …`: a colon after the word at k and a short
   * subject (MAX_SPEAKER_WORDS) with no other punctuation before it — what makes a COLON_VERBS word speech.
   */
  private colonFollows(k: number, to: number): boolean {
    for (let j = k + 1; j <= Math.min(to, k + 1 + MAX_SPEAKER_WORDS); j++) {
      const gap = j < this.toks.length ? this.gapBefore(j) : this.text.slice(this.toks[j - 1]!.end);
      if (/[:：]/.test(gap)) return true;
      // `وأستدرك م. ناصر:`: the dot of a one-letter abbreviated title is no sentence end
      const abbreviated = j > k + 1 && this.toks[j - 1]!.surface.length === 1 && /^\.\s+$/u.test(gap);
      if ((/[^\s«»"“”]/u.test(gap) && !abbreviated) || j >= to || isComplementizer(this.toks[j]!.norm)) return false;
    }
    return false;
  }

  /**
   * `وأكمل "أنا سعيد حقا لفرصة …"`, `واستدرك "لكن للأسف، وجدنا …"`, `وتساءل "من يصدق أن …"`: a quotation longer than a
   * quoted name (NAME_QUOTE_WORDS) opening right after the word at k, with nothing but spaces between — what makes a
   * COLON_VERBS word speech with no colon (`وزادت "دون بالون"` names a term) when it opens its clause: و / ف glued to it,
   * or punctuation or the sentence's start before it (`وجود تواصل "مع جميع الأطراف …"`: the noun «contact»).
   */
  private sentenceQuotedRightAfter(k: number, from: number, quotations: Quotation[]): boolean {
    if (!/^[وف]/u.test(this.toks[k]!.surface) && k > from && /^\s*$/u.test(this.gapBefore(k))) return false;
    const after = this.toks[k]!.end;
    return quotations.some((q) => q.open >= after && q.wordCount > NAME_QUOTE_WORDS && /^\s*$/u.test(this.text.slice(after, q.open)));
  }

  /** Whether the word at v is a telling verb (أخبر، أبلغ) right after a pronoun complementizer (`إنه أخبر`, `أنها أبلغت`). */
  private toldAfterPronoun(v: number): boolean {
    return v > 0 && isTellingVerb(this.toks[v]!.norm) && PRONOUN_COMPLEMENTIZERS.has(this.toks[v - 1]!.norm) && /^\s+$/u.test(this.gapBefore(v));
  }

  /** The text between token k - 1 and token k (spaces, punctuation). */
  private gapBefore(k: number): string {
    return this.text.slice(this.toks[k - 1]!.end, this.toks[k]!.start);
  }

  /**
   * `أن مشروع الحملة ختم المرحلة الثالثة`: a speech verb inside a clause (no و / ف, no punctuation
   * before it) with no content of its own is a word of the quote, not where the quote ends.
   */
  private opensInsideClause(k: number, from: number, to: number, quotations: Quotation[]): boolean {
    if (k === from || /^[وف]/.test(this.toks[k]!.norm)) return false;
    if (/[،,.:؛;"«»“”]/.test(this.gapBefore(k))) return false;
    // `"…"، كما تقول جمانة حداد`: the quotation before كما is the verb's content
    if (ALSO_PARTICLES.has(this.toks[k - 1]!.norm) && (this.quotationBefore(k, 0, quotations)?.quotation?.close ?? Infinity) <= this.toks[k]!.start) return false;
    // `أنه أُبلغ بهذا الإجراء مضيفا: "…"`: inside another quote's content, a content reached only past the next
    // participle or speech verb is that one's (`كما حذر العثيمين …، مؤكدا أنها` opens no content: حذر still claims it)
    let limit = to;
    const insideContent = this.toks.slice(from, k).some((t) => isComplementizer(t.norm));
    if (insideContent) {
      limit = k + 1;
      while (limit < to && !isContinuingParticiple(this.toks[limit]!.norm) && !isSpeechVerbWord(this.toks[limit]!.norm)) limit++;
    }
    // (`لتجيب على كافة الاستفسارات التي يمكن أن`: there, a content another word of the lead governs is none either)
    const content = this.contentAfter(k, limit, quotations, DIRECT_VERBS.has(this.toks[k]!.norm));
    return content === null || (insideContent && content.governor !== undefined);
  }

  /**
   * Whether أصر at k insists on a statement: its first complementizer in the lead (MAX_LEAD_WORDS, before the sentence
   * ends) bears a pronoun (`يصر على أنه`) or is followed by a definite noun, a quotation or another word that is no
   * imperfect verb (`أصرت على أن القصيدة`, `أصر على أن "مشروع"`, `وتصر إيران على أن برنامجها`).
   */
  private insistsOnStatement(k: number): boolean {
    for (let j = k + 1; j < Math.min(this.toks.length - 1, k + 1 + MAX_LEAD_WORDS); j++) {
      if (SENTENCE_END.test(this.gapBefore(j))) return false;
      const w = this.toks[j]!.norm;
      if (!isComplementizer(w)) continue;
      // `فيما يصر دائنو اليونان على "…"، فإن الطرفين`, `على بقاء الحارس لأنه`: a result or a reason, no content insisted on
      if (/^[فل]/.test(w)) return false;
      const next = this.toks[j + 1]!;
      // `على أن برنامجها سلمي`, `على أن شرطة اسكوتلنديارد`: a noun after أن states; an imperfect verb (`على أن يكون`) wills
      const nounAfter = next.script === "arabic" && !IMPERFECT_SHAPE.test(next.norm) && !isStopword(next.norm);
      return PRONOUN_COMPLEMENTIZERS.has(w) || next.norm.startsWith("ال") || /["«“]/.test(this.gapBefore(j + 1)) || nounAfter;
    }
    return false;
  }

  /**
   * `من جهته، بين مدير الإدارة … أنه`, `من ناحيته، بين المختص`, `بدوره بين`: right after «for his part» a bare بين
   * opens the clause, the verb (he showed), never the preposition.
   */
  private afterOwnPart(k: number): boolean {
    const prev = k > 0 ? this.toks[k - 1]!.norm : "";
    if (OWN_PART_ADVERBS.has(prev)) return true;
    return k > 1 && OWN_PART_NOUNS.has(prev) && /^[وف]?من$/.test(this.toks[k - 2]!.norm);
  }

  /** Whether a complementizer follows the verb at `k` within the lead, before any comma or sentence mark (`نبهت 9 دول، لكنها` has none). */
  private complementizerInClause(k: number): boolean {
    for (let j = k + 1; j < Math.min(this.toks.length, k + 1 + MAX_LEAD_WORDS); j++) {
      if (/[،,.:;!?؟]/.test(this.gapBefore(j))) return false;
      if (isComplementizer(this.toks[j]!.norm)) return true;
    }
    return false;
  }

  /** A speech verb at k, not the `نقلت` / `ذكرت` of a narrative attribution (`بحسب ما نقلت`). */
  private isSpeechVerb(k: number, from: number): boolean {
    const t = this.toks[k]!;
    if (!isSpeechVerbWord(t.norm)) return false;
    // bare بين is the preposition (unless written بيّن); the verb comes as وبين / بينت — and `بينه وبين` is the preposition too
    if ((t.norm === "بين" && !t.surface.includes(SHADDA) && !this.afterOwnPart(k)) || (/^بين(?:ه|ها|هم|هما)$/.test(t.norm) && /^وبين/.test(this.toks[k + 1]?.norm ?? ""))) return false;
    // `بينه وبين ليونيل ميسي`, `بين الحكومة والمعارضة وبين الشارع`: the وبين that pairs an earlier بين
    if (/^وبين/.test(t.norm) && this.toks.slice(Math.max(from, k - PAIRED_BETWEEN_WORDS), k).some((x) => /^بين/.test(x.norm))) return false;
    // `وأصر على أن يكون شاهداً`: insisting on a deed (a bare أن and no definite noun or quotation after it) says nothing
    if (INSIST_VERBS.has(t.norm) && !this.insistsOnStatement(k)) return false;
    // `ونبه إلى أن`, `ونبهت الدراسة إلى أن`: نبه says only with a complementizer; `نبهت 9 دول`, `نبه من عبارة «…»` warn someone, no quote
    if (WARNING_VERBS.has(t.norm) && !this.complementizerInClause(k)) return false;
    // `لافتات كتب عليها "…"`: written on something (an inscription), no one speaking
    if (/^[وف]?كتب$/.test(t.norm) && /^(?:عليه|عليها|عليهم)$/.test(this.toks[k + 1]?.norm ?? "")) return false;
    // `يذكر أن`, `ويشار إلى أن`: the narrator's formula, no one speaking
    if (/^[وف]?يذكر$/.test(t.norm) && isComplementizer(this.toks[k + 1]?.norm ?? "")) return false;
    // `فيما يتوقع أن ترتفع الحصيلة`, `ويُتوقع أن يحصل`: the impersonal forecast, no one speaking — unless a
    // subject stands right before it (`سيول تتوقع أن`, `إنه يتوقع أن`)
    // (`ويتوقع ان تظهر`: glued to و it opens a clause of its own, whatever stands before it)
    if (/^[وف]?[يت]توقع$/.test(t.norm) && isComplementizer(this.toks[k + 1]?.norm ?? "") && (/^[وف]/.test(t.norm) || !this.subjectRightBefore(k, from))) return false;
    // `قال تعالى: {…}`, `قال الله تعالى`: a verse cited inside someone's words, no new speaker
    const next = this.toks[k + 1]?.norm ?? "";
    // `وتبلغ قيمة الدفعة المقبلة 306 ملايين يورو ويفترض أن`, `وهو يبلغ السنة التاسعة`, `يبلغ من العمر`: the imperfect of
    // بلغ is «reaches, amounts to»; it informs only with بأن within its next three words (`يبلغ الموظفين بأن`)
    if (/^[وف]?[يت]بلغ$/.test(t.norm) && !this.toks.slice(k + 1, k + 4).some((x) => /^ب[اأإ]ن/.test(x.norm))) return false;
    // `أن مستشفى أبوعريش يعتبر مشروعا وزاريا، وأن`, `يعتبر دافعًا قويًا`: يعتبر before an indefinite accusative is «is considered», no one speaking
    if (CONSIDERED_VERBS.has(t.norm) && this.opensIndefiniteAccusative(k + 1)) return false;
    if (next === EXALTED || (next === GOD && [EXALTED, MIGHTY, GLORIFIED].includes(this.toks[k + 2]?.norm ?? ""))) return false;
    // `طلب عدم ذكر اسمه`, `رفض ذكر اسمه "…"`: the speaker's name withheld, no speech of its own
    if (OWN_NAME.has(next)) return false;
    // `، تحدث شريطة عدم نشر اسمه،`: a clause set off by commas that withholds the name is the subject's, no speech
    if (k > from && hasComma(this.gapBefore(k)) && this.withholdsName(k, this.toks.length)) return false;
    // `Y نقلا عن X`: the attribution, no verb (the verb before it claims the content)
    if (t.norm === QUOTED_FROM && next === FROM) return false;
    // نقل is speech only as نقلت Y عن X, or with a medium as its subject (`ونقلت وكالة الأنباء السودانية أن`, `نقلت وسائل إعلام فرنسية أن`)
    // (`ونقلت عنه وكالة تسنيم قوله`: عن with the pronoun of the one quoted)
    if (QUOTING.has(t.norm) && !this.toks.slice(k + 1, k + 1 + MAX_LEAD_WORDS).some((x) => x.norm === FROM || FROM_PRONOUNS.has(x.norm)) && !this.isMediumReport(k + 1)) return false;
    // `وبحسب الصحيفة، فإن رونالدو يرى نفسه …`: an opinion told by the sentence's source is its statement, no quote
    if (k > from && OPINION_VERBS.has(t.norm) && (ATTRIBUTIONS.has(this.toks[from]!.norm) || GLUED_ATTRIBUTIONS.has(this.toks[from]!.norm))) return false;
    const prev = k > from ? this.toks[k - 1]!.norm : "";
    // `أول من كشف`, `وهو ما أكده`, `أول ما أعلنت`, `وما يؤكد على هذا التفسير أن`: a clause about saying, not a quote
    if (RELATIVES.has(prev) || prev === "ما" || prev === "وما" || GLUED_ATTRIBUTIONS.has(prev)) return false;
    // `ولا نعلم كيف تؤكد اللجنة أن`, `ولدى سؤاله عما إذا كانت الولايات المتحدة تقول إن`: a speech asked about
    if (this.askedAbout(k, from)) return false;
    // `إلا أنه لم يخبر العملاء بأن`: a speech denied is no quote
    if (NEGATIONS.has(prev)) return false;
    // `أشار إلى توقع الصندوق`, `ردا على تصريح`: after a preposition the word is a verbal noun, no verb
    if (k > from && NOUN_PREPOSITIONS.has(prev) && !/^[وف]/.test(t.norm)) return false;
    // `يريد أن يرى مشاريع`, `نتوقع أن نرى`, `كي يعلن`: a speech wished or planned (an imperfect verb), not made
    if (SUBJUNCTIVE_PARTICLES.has(prev) && !this.toks[k - 1]!.surface.startsWith("\u0625") && /^[وف]?[يتن]/.test(t.norm) && !AFTER_TIME.has(k - 2 >= from ? this.toks[k - 2]!.norm : "")) return false;
    if (ATTRIBUTION_LEADS.has(prev)) {
      const before = k - 1 > from ? this.toks[k - 2]!.norm : "";
      if (ATTRIBUTIONS.has(before) || before === "علي" || before === "كما" || prev === "لما") return false;
    }
    return true;
  }

  /**
   * `مشروعا وزاريا`, `دافعًا قويًا`, `مؤشرا إيجابيا`: the word at `k` is an indefinite accusative — written
   * with tanween fath, or a noun and its adjective both in ا with no article (so not a name: `روسيا أن`).
   */
  private opensIndefiniteAccusative(k: number): boolean {
    const t = this.toks[k];
    if (!t || k >= this.toks.length || PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(k))) return false;
    if (OBJECT_OPENERS.has(t.norm) || hasArticle(t.norm) || GIVEN_NAMES.has(t.norm)) return false;
    if (TANWEEN_FATH.test(t.surface)) return true;
    const u = this.toks[k + 1];
    const accusative = (x: Token) => x.norm.length > 2 && x.norm.endsWith("ا") && !x.norm.startsWith("ال");
    if (!u || !accusative(t)) return false;
    if (accusative(u) && !PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(k + 1))) return true;
    // `يعتبر مستحيلا، وأن`, `يعتبر منطقيا:`, `يعتبر مضرا بالمعارضة`: one such word before a break or ب / ل, and no name
    return t.norm.length > 3 && (hasPhraseBreak(this.gapBefore(k + 1)) || /^[بل]/.test(u.norm)) && !this.insideSpan(t.start);
  }

  /**
   * `وتلقى عروضا مغرية من فرق أخرى`, `واقتبس كلاما للمفكر`, `وبدا واضحا تنبه عهد`: a word in ا
   * right after a verb, with no article — not a name (recognized or a given name), not a possessive (`مراسلنا`,
   * `محاميها`), not وفقا — that an indefinite adjective (in ا or ة) or a preposition (alone, or ل glued to the article)
   * follows is an accusative: the verb's object or an adverb, never the subject of a sentence a later bare verb goes on
   * with (a dual in construct, `صحيفتا "…"`, `شاهدا عيان`, `كلتا الشركتين`, has a name or a noun after it; a name in ا
   * before a break or أن is left). Read in subjectFrom only: after a speech verb (`قال مثلا`, `زعم زورا`) the subject
   * before the verb is another reader's.
   */
  private isAccusativeWord(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.norm.length < 4 || !/^\p{Script=Arabic}+ا$/u.test(t.norm) || hasArticle(t.norm) || /(?:نا|ها|هما|[اىيو]ا)$/.test(t.norm)) return false;
    if (GIVEN_NAMES.has(t.norm) || OBJECT_OPENERS.has(t.norm) || ATTRIBUTIONS.has(t.norm) || this.spans.some((sp) => sp.start < t.end && t.start < sp.end)) return false;
    const u = this.toks[k + 1];
    if (!u || hasPhraseBreak(this.gapBefore(k + 1)) || /["«»“”]/.test(this.gapBefore(k + 1))) return false;
    if (hasArticle(u.norm) || isComplementizer(u.norm) || this.spans.some((sp) => sp.start < u.end && u.start < sp.end)) return false;
    return (u.norm.length > 3 && /[اه]$/.test(u.norm) && !/(?:ها|هما|نا)$/.test(u.norm)) || NOUN_PREPOSITIONS.has(u.norm) || GLUED_LAM_ARTICLE.test(u.norm);
  }

  /**
   * `جاء ذلك في مقابلة لساموري مع شبكة CNN`, `جاء ذلك في تغريدة لقرقاش`: a sentence naming, after the
   * quotes, the person whose interview, post or statement they come from.
   */
  private afterwardOwner(from: number, to: number): string | null {
    if (to - from < 4 || this.toks[from + 1]!.norm !== "ذلك" || !/^[وف]?جاء$/.test(this.toks[from]!.norm) || !/^(?:في|خلال)$/.test(this.toks[from + 2]!.norm)) return null;
    for (let j = from + 3; j < Math.min(to, from + 3 + AFTERWARD_LEAD_WORDS); j++) {
      const t = this.toks[j]!;
      if (!t.norm.startsWith("ل")) continue;
      const span = this.spans.find((sp) => sp.type === "person" && sp.start > t.start && sp.start <= t.start + 2);
      if (span) return this.named(span.text);
    }
    return null;
  }

  /** A speaker that holds a recognized person's name (not a role alone: `المسؤول الأمريكي السابق`). */
  private namesPerson(speaker: string | null): boolean {
    if (!speaker) return false;
    const folded = normalizeArabic(speaker);
    return this.spans.some((sp) => sp.type === "person" && !RANK_QUALIFIERS.has(normalizeArabic(sp.text)) && folded.includes(normalizeArabic(sp.text)));
  }

  /** `وجاء في بيان الفجيرة:`, `وورد في رسالة السيستاني أن`: what a statement says, quoted. */
  private isStatementLead(k: number, to: number): boolean {
    // في first: one string comparison rules out nearly every token before the word lists are asked
    // `وجاء نص البيان "…"`, `جاء نص الخطاب على النحو التالي:`: the statement's text, as `جاء في البيان`
    const next = this.toks[k + 1]?.norm;
    return k + 2 < to && (next === "في" || next === STATEMENT_TEXT) && STATEMENT_LEADS.has(this.toks[k]!.norm) && STATEMENT_NOUNS.has(this.toks[k + 2]!.norm);
  }

  /** A speaker that opens with ب glued to a word with no article, holds no name, and is no statement nor subject head. */
  private isGluedBaPhrase(speaker: string): boolean {
    const first = firstWord(speaker);
    const norm = normalizeArabic(first);
    if (!GLUED_BA_WORD.test(norm) || GIVEN_NAMES.has(norm) || STATEMENT_NOUNS.has(norm) || BA_SUBJECT_WORDS.has(norm)) return false;
    // `برلمانيون`: a sound plural in ون is nominative, never governed by ب (`ببرلمانيين`)
    if (norm.endsWith("ون") && isSoundPluralNoun(norm)) return false;
    // `بوابة الأهرام`, `بهمن أحمدي أمويي`: a phrase holding a name is the named one's
    return !this.spans.some((sp) => speaker.includes(sp.text) || sp.text.startsWith(first));
  }

  /**
   * `وجاء فيه: "…"`, `تنويه … جاء فيه: "…"`, `تغريدة أخرى جاء فيها "…"`: جاء / ورد with the pronoun of a
   * statement named before it, right before a colon or a quotation.
   */
  private isPronounStatementLead(k: number, to: number): boolean {
    if (k + 2 >= to || !STATEMENT_PRONOUNS.has(this.toks[k + 1]!.norm) || !STATEMENT_LEADS.has(this.toks[k]!.norm)) return false;
    return /^\s*[:：]?\s*["«“]|^\s*[:：]/u.test(this.text.slice(this.toks[k + 1]!.end, this.toks[k + 2]!.start + 1));
  }

  /**
   * Whose statement `جاء فيه` quotes: the owner after the nearest statement noun before it (`بيان وزارة
   * الدفاع الذي جاء فيه`, `بيان للحزب …، وجاء فيه`), else the sentence's subject (`ونشر القحطاني تغريدة
   * أخرى جاء فيها`), else the one who spoke last.
   */
  private pronounStatementOwner(from: number, v: number): string | null {
    for (let j = v - 1; j >= Math.max(from, v - STATEMENT_ANTECEDENT_WORDS); j--) {
      if (!STATEMENT_NOUNS.has(this.toks[j]!.norm)) continue;
      const k = j + 1;
      if (k >= v || this.isStop(k) || RELATIVES.has(this.toks[k]!.norm) || PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(k))) break;
      const phraseEnd = this.phraseEnd(k, v, false);
      const named = this.spanIn(k, phraseEnd, "organization", true) ?? this.spanIn(k, phraseEnd, "person");
      if (named) return named;
      // `بيان للحزب الشيوعي نشرته الوكالة`: ل + the article is the owner, with its definite adjectives only
      if (/^لل/.test(this.toks[k]!.norm)) {
        let e = k + 1;
        while (e < phraseEnd && hasArticle(this.toks[e]!.norm) && !PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(e))) e++;
        return this.phraseText(k, e)?.replace(/^لل/u, "ال") ?? null;
      }
      break;
    }
    return this.earlierSubject(from, v) ?? this.previousSpeaker();
  }

  /**
   * Who speaks in `جاء في بيان X`: X (a name, else its phrase), `للشرطة` as الشرطة; in `جاء في البيان`
   * the statement named earlier (`بيان الوزارة`), else the noun itself.
   */
  private statementOwner(v: number, end: number): string {
    const noun = this.toks[v + 2]!;
    const k = v + 3;
    if (k < end && !this.isStop(k) && !isComplementizer(this.toks[k]!.norm) && !/[:،,"«“]/.test(this.text.slice(noun.end, this.toks[k]!.start))) {
      const phraseEnd = this.phraseEnd(k, end, false);
      const named = this.spanIn(k, phraseEnd, "organization", true) ?? this.spanIn(k, phraseEnd, "person");
      if (named) return named;
      const phrase = this.phraseText(k, Math.min(phraseEnd, k + MAX_SPEAKER_WORDS));
      // `بيان للشرطة`: ل + the article is the owner with its article
      if (phrase && /^لل/u.test(phrase)) return phrase.replace(/^لل/u, "ال");
      // `مذكرة توقيف`, `بيان مشترك`, `تقرير إحصائي صادر`: a word with no article and no name after the noun is its complement or
      // adjective, no owner: the statement speaks with it
      if (phrase && !hasArticle(this.toks[k]!.norm) && !/^ل/u.test(this.toks[k]!.norm)) return `${noun.surface} ${phrase}`;
      if (phrase) return phrase;
    }
    return (noun.norm.startsWith("ال") ? this.resolveAnaphor(noun.start, noun.norm) : null) ?? noun.surface;
  }

  /** A name or a pronoun complementizer right before token k, in its sentence, with no punctuation between. */
  private subjectRightBefore(k: number, from: number): boolean {
    if (k === from) return false;
    const prev = this.toks[k - 1]!;
    if (/[،,.:;]/.test(this.text.slice(prev.end, this.toks[k]!.start))) return false;
    if (PRONOUN_COMPLEMENTIZERS.has(prev.norm)) return true;
    return this.spans.some((sp) => sp.type !== "misc" && sp.end >= prev.end - 1 && sp.end <= prev.end + 1);
  }

  /** `إعلان الجيش الإسرائيلي أنه طلب…`: a speech noun, its subject, then a complementizer close by. */
  private isSpeechNoun(k: number, to: number): boolean {
    if (!isSpeechNounWord(this.toks[k]!.norm) && !this.isPossessedSpeechNoun(k)) return false;
    // `وأوضح X في تصريح له أن`: the noun is an adjunct of the verb before it, not a new opener
    if (k > 0 && /^[وف]?في$/.test(this.toks[k - 1]!.norm)) return false;
    // `وأكد فريمو عند الإعلان الرسمي أن`, `وقال الوزير خلال إعلان النتائج إن`: so is one after another preposition
    // when a speech verb of the same clause stands before it
    if (k > 0 && (TIME_PREPOSITIONS.has(this.toks[k - 1]!.norm) || NOUN_PREPOSITIONS.has(this.toks[k - 1]!.norm)) && this.speechVerbInClauseBefore(k - 1)) return false;
    // `وتجدر الإشارة إلى أن`: the narrator's formula; a speech noun speaks through the subject after it
    if (k + 1 < to && this.isStop(k + 1)) return false;
    for (let j = k + 1; j < Math.min(to, k + 1 + NOUN_LEAD_WORDS); j++) {
      // `عبر إعلانه أنه لن يقدم`, `بعد إعلانه بأن`: a possessive pronoun on the noun is its subject
      if (isComplementizer(this.toks[j]!.norm)) return j > k + 1 || this.isPossessedSpeechNoun(k);
      // `رفض تأكيد مقتل العسكريين قال إن`: a speech verb between claims the content
      if (isSpeechVerbWord(this.toks[j]!.norm)) return false;
      if (/[،,.:]/.test(this.gapBefore(j))) return false;
    }
    return false;
  }

  /** The first person the recognizer found in [from, v) — a sentence's subject comes before its objects and asides — or null. */
  private firstPersonIn(from: number, v: number): string | null {
    const lo = this.toks[from]!.start;
    const hi = this.toks[v]!.start;
    return this.spans.find((sp) => sp.type === "person" && sp.start >= lo && sp.end <= hi)?.text ?? null;
  }

  /** `إعلانه`, `تأكيدها`, `بإعلانه`: a speech noun whose possessive pronoun is its subject (OWNED_SPEECH_NOUNS). */
  private isPossessedSpeechNoun(k: number): boolean {
    const norm = this.toks[k]!.norm;
    const bare = withoutPossessive(norm);
    // `بإعلانه أنه`: with the preposition glued to it
    return bare !== norm && (OWNED_SPEECH_NOUNS.has(bare) || OWNED_SPEECH_NOUNS.has(bare.replace(/^ب/, "")));
  }

  /** A speech verb among the few words before token k, with no punctuation between (the same clause). */
  private speechVerbInClauseBefore(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - NOUN_LEAD_WORDS); j--) {
      if (/[.،,:;؛"«»“”]/.test(this.gapBefore(j + 1))) return false;
      if (isSpeechVerbWord(this.toks[j]!.norm)) return true;
    }
    return false;
  }

  /**
   * `وعندما سُئلت سارة ساندرز، المتحدثة باسم البيت الأبيض، عما إذا …، قالت`, `وحين سئل إن كان بوتين خصما، قال`: the one
   * asked in a question clause (a subordinator, then the passive سُئل) before the verb at v in its sentence — a person or
   * organization named right after سُئل —, null when that one is not named there, undefined when no question is asked.
   */
  private askedBefore(from: number, v: number): string | null | undefined {
    for (let j = v - 2; j >= from; j--) {
      if (!ASKED_VERBS.has(this.toks[j + 1]!.norm) || !ASKING_SUBORDINATORS.has(withoutConjunction(this.toks[j]!.norm))) continue;
      const asked = this.subjectOf(j + 1, v, from, true);
      // the one asked stands right after سُئل, one title or role word before the name at most (`وعندما سئل الأمير محمد بن سلمان`)
      const after = this.toks[j + 2];
      const titled = !!after && (isTitle(after.norm) || PERSONAL_TITLES.has(after.norm) || isRoleHead(after.norm));
      const nameAt = titled ? this.toks[j + 3] : after;
      const named = !!asked && !!nameAt && this.spans.some((sp) => PERSONS_AND_ORGANIZATIONS.has(sp.type) && asked.includes(sp.text) && sp.start === nameAt.start);
      return named ? asked : null;
    }
    return undefined;
  }

  /** Where the content of the opener at v starts, within the lead. */
  private contentAfter(v: number, limitTok: number, quotations: Quotation[], direct: boolean): Content | null {
    const last = Math.min(limitTok, v + 1 + MAX_LEAD_WORDS, this.toks.length);
    let withoutAt: number | null = null;
    let skippedGoverned = false;
    for (let k = v + 1; k <= last; k++) {
      const gapStart = this.toks[k - 1]!.end;
      const gapEnd = k < this.toks.length ? this.toks[k]!.start : this.text.length;
      const gap = this.text.slice(gapStart, gapEnd);
      const found = quotations.find((x) => x.open >= gapStart && x.open < gapEnd);
      const colon = colonIn(gap);
      if (colon >= 0) return { tok: k, offset: found && found.open >= gapStart + colon ? found.open : gapStart + colon + 1, quotation: found && found.open >= gapStart + colon ? found : null };
      // `التي جاءت بعنوان "تل أبيب أيضا أرض المسلمين"، إنه`, `لافتات تحمل شعار "…"`: a quotation a title word names is no
      // content; `واعلنت «جبهة حزب التحرير الشعبي الثوري» المتطرفة الاثنين مسؤوليتها`: nor one right after a verb that takes no
      // bare quotation, with its clause going on after it (the subject's name)
      const q = found && !this.namedQuotation(v, k, found, direct) ? found : undefined;
      if (q && q.wordCount > NAME_QUOTE_WORDS && k < last && (direct || k === v + 1 || this.onlySubjectBefore(v, k))) return { tok: k, offset: q.open, quotation: q };
      // `واضاف "التعرض المستمر للشمس قاتل".`, `وأضاف "أين الضرر على البلاد؟". ولم يحدد`: a short quotation right after the verb
      // that closes the sentence (its closing mark's next character on) is said, no name
      // `وقال "سأطرح السؤال بشكل حازم"، مؤكدا أنه`: so is one a continuing participle follows after a comma (a name quoted
      // after the verb is followed by its content, `وقالت "الغارديان" إنها`)
      if (q && direct && k === v + 1 && q.wordCount >= MIN_QUOTE_WORDS && (/^\s*(?:[.!?؟]|\n|$)/.test(this.text.slice(q.close)) || (this.participleAfterComma(q.close) && !this.namesInside(q)))) return { tok: k, offset: q.open, quotation: q };
      // `قائلا "وبخها".`, `مضيفة "أحب بلدي".`, `معلقا بقوله "نجحنا".`: a quotation of any length right after a saying word
      // (the participle opener, or قوله / بالقول in its lead), closed by the sentence or a comma, is said — no name
      if (q && this.saysRightBefore(v, k, q) && /^\s*(?:[.!?؟،,؛;]|\n|$)/.test(this.text.slice(q.close))) return { tok: k, offset: q.open, quotation: q, said: true };
      // `فترد المرأة "أشعر بألم شديد".`: a short quotation closing the sentence after a direct verb and its short subject
      if (q && direct && k > v + 1 && k <= v + 1 + MAX_SPEAKER_WORDS && q.wordCount >= MIN_QUOTE_WORDS && /^\s*(?:[.!?؟]|\n|$)/.test(this.text.slice(q.close)) && /^\s*$/.test(this.text.slice(this.toks[k - 1]!.end, q.open)) && this.bareSubjectBetween(v, k)) return { tok: k, offset: q.open, quotation: q };
      if (k >= last || k >= this.toks.length) break;
      const t = this.toks[k]!;
      // `ونقلت محطة "ان تي في" ان`, `و"أن بي سي نيوز"`: the ان of a name in quotes opens nothing — a
      // pronoun one with a clause after it is said (`مضيفاً "إننا نمر بأوقات خطيرة"`)
      const inName = quotations.some((x) => x.wordCount <= NAME_QUOTE_WORDS && t.start > x.open && t.start < x.close && (!PRONOUN_COMPLEMENTIZERS.has(t.norm) || wordCount(this.text.slice(t.start, x.close)) < MIN_QUOTE_WORDS));
      // `أوضح أحد الاستشاريين … عدم امكانية العمل …؛ لان التحويلة`, `أوضح البعض الآخر حذرهم لأن`: لأن after the verb's
      // object or a clause is «because» — the lead ends there; after a feeling (`أعرب عن أسفه لأن`) it opens what is felt
      if (t.norm === BECAUSE && !FEELING_NOUNS.has(this.toks[k - 1]!.norm)) break;
      // `دون أن يوقع ضحايا`, `من دون أن تغطيا وجهيهما … أن`: «without» governs its complementizer, a clause of manner in
      // the lead; a content may follow it, else the verb has none there (its subject still spoke: a governed content)
      if (isComplementizer(t.norm) && WITHOUT.has(this.toks[k - 1]!.norm)) {
        withoutAt ??= k;
        continue;
      }
      if (isComplementizer(t.norm) && !inName && !this.isInAbbreviation(k) && !this.isConjunctionAt(k) && !this.isNameParticle(k)) {
        const next = k + 1 < this.toks.length ? this.toks[k + 1]!.start : t.end;
        const quoted = quotations.find((x) => x.open >= t.end && x.open <= next);
        // `ولكن يتطلب الأمر أن`, `التي تعتبرها أنقرة … وتخشى أن تؤسس …، أنها قررت`: a complementizer a word of the lead takes
        // is no content; one after it may be (not its own coordinate: `حرص على أن يقدم … وأن`)
        if (this.opensNarratorClause(v, k)) break;
        if (this.governingWordBefore(v, k) >= 0) {
          skippedGoverned = true;
          continue;
        }
        if (skippedGoverned && /^و/.test(t.norm)) continue;
        const governor = this.governedInLead(v, k) ? { governor: this.governorAt(k) } : {};
        if (quoted) return { tok: k + 1, offset: quoted.open, quotation: quoted, ...governor };
        return { tok: k + 1, offset: PRONOUN_COMPLEMENTIZERS.has(t.norm) ? t.start : next, quotation: null, ...governor };
      }
    }
    return withoutAt === null ? null : { tok: withoutAt + 1, offset: this.toks[withoutAt]!.start, quotation: null, governor: withoutAt - 1 };
  }

  /** Whether the recognizer found a person or organization inside the quotation `q` (`"وول ستريت جورنال"` names one). */
  private namesInside(q: Quotation): boolean {
    return this.spans.some((sp) => PERSONS_AND_ORGANIZATIONS.has(sp.type) && sp.start < q.close && sp.end > q.open);
  }

  /** Whether the quotation `q`, opening before token k in the lead of the opener at v, is a title or a name (contentAfter). */
  private namedQuotation(v: number, k: number, q: Quotation, direct: boolean): boolean {
    if (TITLE_WORDS.has(this.toks[k - 1]!.norm)) return true;
    // (a participle takes no subject after it: `وحذر قائلا "سنجد الطريقة …" في إشارة`)
    return !direct && k === v + 1 && !isContinuingParticiple(this.toks[v]!.norm) && q.wordCount > NAME_QUOTE_WORDS && /^\s*[\p{L}]/u.test(this.text.slice(q.close)) && !/^\s*[وف]?(?:أن|ان|إن|بأن)/u.test(this.text.slice(q.close));
  }

  /**
   * Whether the quotation `q` opens right after a saying word with only spaces between: the continuing participle
   * opener at v itself (`قائلا "…"`, `مضيفة "…"`), or a saying noun in its lead (`معلقا بقوله "…"`, `قوله "…"`).
   */
  private saysRightBefore(v: number, k: number, q: Quotation): boolean {
    const w = this.toks[k - 1]!;
    if (!/^\s*$/u.test(this.text.slice(w.end, q.open))) return false;
    return (k - 1 === v && isContinuingParticiple(w.norm)) || SAYING_WORDS.has(w.norm);
  }

  /** Whether a comma, then a continuing participle (`مضيفا`, `مؤكدا`, `مذكرا`), follows the offset `at`. */
  private participleAfterComma(at: number): boolean {
    const comma = /^\s*[،,]\s*/u.exec(this.text.slice(at, at + 4));
    if (!comma) return false;
    const next = this.tokenHolding(at + comma[0].length);
    return !!next && next.start === at + comma[0].length && isContinuingParticiple(next.norm);
  }

  /** Whether the speaker found names the word at g (`مصادر عسكرية متطابقة`, `شهود عيان`): the lead's word is the subject's. */
  private speakerHolds(speaker: string | null, g: number): boolean {
    if (!speaker) return false;
    const norm = this.toks[g]!.norm;
    return splitWords(speaker).some((word) => normalizeArabic(word) === norm);
  }

  /** The word a complementizer at k hangs on: the word before it, or before the preposition before it (`أشار إلى أن`). */
  private governorAt(k: number): number {
    const g = k - 1;
    return g > 0 && GOVERNED_PREPOSITIONS.has(this.toks[g]!.norm) ? g - 1 : g;
  }

  /**
   * `إلا أنه من المؤكد أن`, `مما هو مؤكد أن` (Sky News Arabia, Asharq Al-Awsat, Al Riyadh): «it is certain that» — مؤكد
   * predicated by من or a pronoun (CERTAINTY_PREDICATES) is no participle of a speaker's, and governs the complementizer after it.
   */
  private isCertaintyPredicate(k: number): boolean {
    const predicate = CERTAINTY_PREDICATES.get(this.toks[k]!.norm);
    return !!predicate && k > 0 && predicate.has(this.toks[k - 1]!.norm);
  }

  /**
   * Whether the complementizer at k, in the lead of the opener at v, hangs on a word of its own in that lead rather than
   * on the opener: a word past the one right after the opener (its subject), not itself speech, with no article, no
   * name and no punctuation closing it off (`ولكن يتطلب الأمر أن`, `وهو ما يعني أن`, `بحجة أن`, `حرص … على أن`).
   */
  private governedInLead(v: number, k: number): boolean {
    const g = this.governorAt(k);
    if (g <= v + 1) return false;
    // a closing mark after the word (`، أن`, `- أن`, `) إن`): an aside or an apposition ends there, the lead goes on
    if (LEAD_CLOSING_MARK.test(this.gapBefore(g + 1))) return false;
    const w = this.toks[g]!;
    const n = w.norm;
    const owned = withoutPossessive(n);
    if (this.isCertaintyPredicate(g)) return true;
    if (isSpeechVerbWord(n) || isSpeechNounWord(n) || isContinuingParticiple(n) || isNarratorParticiple(n) || OPINION_VERBS.has(n) || isColonParticiple(n)) return false;
    if (n.startsWith("ال") || /^(?:و|ف)?(?:بال|لل|وال|كال)/.test(n) || isLeadAdverb(n) || isRoleHead(n) || isTitle(n) || MEDIA.has(n) || MEDIA_NAMES.has(n) || FEELING_NOUNS.has(n) || NATIONALITIES.has(n) || OWN_NAME.has(n) || NEVER_ENTITIES.has(n)) return false;
    if (VENUE_NOUNS.has(owned) || STATEMENT_NOUNS.has(owned)) return false;
    // a nisba or a sound plural (`مصدر عسكري يمني`, `مسؤولون نفطيون`), an adverb in the accusative (`دوما`, `أخيرا`)
    if (/(?:ي|يه|يون|يين|ون|ين)$/.test(n) && !/^[وف]?[يتن]/.test(n)) return false;
    if (/ا$/.test(n) && !NARRATOR_LEADS.has(n)) return false;
    // a name, or one glued to ب / ل (`بنيويورك`, `لباشينيان`)
    if (this.spans.some((sp) => sp.start <= w.start + (/^[بل]/.test(n) ? 1 : 0) && w.start < sp.end + 1)) return false;
    if (w.script !== "arabic") return false;
    // `فأجاب زيدان "لا يمكنني أن`: a quotation opened in the lead holds the words said, whatever governs inside it;
    // `وقال بلا دعم من الدولة لا يمكن أن`, `وقال أنا على استعداد تام أن`, `نودّ أن`: a negation or the first person
    // there are the speaker's own words, said with no complementizer
    for (let j = v + 1; j <= g; j++) if (/["«»“”]/.test(this.gapBefore(j)) || this.speakersOwnWord(this.toks[j]!.norm)) return false;
    return !this.endsNounPhrase(v, g) && !this.endsAdjunct(v, g);
  }

  /**
   * `وقال مسؤولون من الولايات المتحدة وشركات طيران إن`, `الفريق أول خليفة حفتر أن`: the word at g second in a construct
   * or a name with a bare noun before it (no article, no particle, neither an imperfect verb) closes a noun phrase.
   */
  private endsNounPhrase(v: number, g: number): boolean {
    if (g - 1 <= v || hasPhraseBreak(this.gapBefore(g))) return false;
    const before = this.toks[g - 1]!.norm;
    const own = this.toks[g]!.norm;
    if (before.startsWith("ال") || isStopword(before) || isStopword(own) || RELATIVES.has(before) || NOUN_PREPOSITIONS.has(before) || CLAUSE_PARTICLES.has(before)) return false;
    return !IMPERFECT_SHAPE.test(before) && !IMPERFECT_SHAPE.test(own);
  }

  /** A negation (`لا`, `لم`, `لابد`, `ولاشك`), a first-person pronoun or a first-person plural imperfect (`نود`, `ننتظر`): words said, not narrated. */
  private speakersOwnWord(norm: string): boolean {
    return NEGATIONS.has(norm) || /^[وف]?لا(?:بد|شك)$/.test(norm) || FIRST_PERSON.has(norm) || (/^[وف]?ن[^ا]\p{L}{1,3}$/u.test(norm) && IMPERFECT_SHAPE.test(norm));
  }

  /**
   * `في وقت سابق`, `في الوقت ذاته`, `في مقابلة تلفزيونية`, `من خلاله`, `قبل بضعة أيام`: the word at g closes a
   * prepositional adjunct of the opener (a preposition a few words back, no imperfect verb between), not a word of its own.
   */
  private endsAdjunct(v: number, g: number): boolean {
    if (ADJUNCT_PREPOSITIONS.has(withoutPossessive(this.toks[g]!.norm))) return true;
    for (let j = g; j > Math.max(v, g - ADJUNCT_WORDS - 1); j--) {
      const n = this.toks[j]!.norm;
      if (j < g && (ADJUNCT_PREPOSITIONS.has(n) || (GLUED_PREPOSITION.test(n) && !CLAUSE_PARTICLES.has(n) && !SUBJECT_PARTICLES.has(n)))) return true;
      if (IMPERFECT_SHAPE.test(n)) return false;
      if (/[،,:;"«»“”()]/.test(this.gapBefore(j))) return false;
    }
    return false;
  }

  /**
   * `مع أن معظم المطالبين بها علماء`: «although»; `، ذلك أن التدريج`: «for»; `والفرق بينهما هو أن`: the copula — the
   * complementizer at k, in the lead of the opener at v, opens a clause of the narrator's, and so is the rest of the lead.
   */
  private opensNarratorClause(v: number, k: number): boolean {
    const prev = this.toks[k - 1]!.norm;
    return k - 1 > v && (/^[وف]?مع$/.test(prev) || COPULA_PRONOUNS.has(prev) || (prev === "ذلك" && /[.،,:;؛]/.test(this.gapBefore(k - 1))));
  }

  /**
   * The word of the lead between the opener at v and the complementizer at k that takes it (GOVERNING_WORDS), a few words
   * before it in the same clause (no punctuation, no speech word between), or -1.
   */
  private governingWordBefore(v: number, k: number): number {
    for (let j = k - 1; j > v && j >= k - GOVERNING_WORDS_BACK; j--) {
      if (/[.،,:;؛"«»“”()]/.test(this.gapBefore(j + 1))) return -1;
      const n = this.toks[j]!.norm;
      if (GOVERNING_WORDS.has(n)) return j;
      if (isSpeechVerbWord(n) || isContinuingParticiple(n) || isComplementizer(n)) return -1;
    }
    return -1;
  }

  /**
   * `ولا نعلم كيف تؤكد اللجنة أن`, `عما إذا كانت الولايات المتحدة تقول إن`: a speech verb a few words after an interrogative
   * (or «whether», ما إذا) in its clause, asked about, not reported.
   */
  private askedAbout(k: number, from: number): boolean {
    for (let j = k - 1; j >= from && j >= k - QUESTION_WORDS_BACK; j--) {
      if (/[.،,:;؛!?؟"«»“”()]/.test(this.gapBefore(j + 1))) return false;
      const n = this.toks[j]!.norm;
      if (QUESTION_WORDS.has(n) || (n === "اذا" && j > from && /^[وع]?ما$/.test(this.toks[j - 1]!.norm))) return true;
    }
    return false;
  }

  /** `رغم أن`, `بالرغم من أن`, `إلا أن`, `على أهمية أن`: the أن at k joins a clause, it opens no content. */
  private isConjunctionAt(k: number): boolean {
    const prev = this.toks[k - 1]?.norm ?? "";
    if (NOT_CONTENT_BEFORE.has(prev)) return true;

    if (prev === "من" && NOT_CONTENT_BEFORE.has(this.toks[k - 2]?.norm ?? "")) return true;
    return this.isProvisoAt(k);
  }

  /**
   * `تشكيل لجنة رئيسية لمتابعة انطلاق العام الدراسي على أن تقوم كل جهة`, `رفع أسعار التذاكر، على أن يبدأ سريان`: على أن
   * before an imperfect verb, after a word that is no speech verb (شدد على أن، مؤكدا على أن stay speech), is «provided
   * that», a proviso of the narrator, no content.
   */
  private isProvisoAt(k: number): boolean {
    const on = this.toks[k - 1];
    const next = this.toks[k + 1];
    if (!on || !next || k < 2 || on.surface !== "\u0639\u0644\u0649" || this.toks[k]!.norm !== "ان") return false;
    if (!/^[يت]\p{L}{2,}$/u.test(next.norm) || this.spans.some((sp) => sp.start === next.start)) return false;
    // `وشدد المشاركون على أن يكون`: a speech verb or participle in the words before على, with no comma between, asks it
    for (let j = k - 2; j >= Math.max(0, k - 1 - PROVISO_VERB_WORDS); j--) {
      const w = this.toks[j]!.norm;
      // (`لمتابعة انطلاق العام`: ل + a participle's form is a verbal noun, «to follow up»)
      if ((isSpeechVerbWord(w) || isContinuingParticiple(w)) && !/^ل/.test(w)) return false;
      if (/[،,.:;؛]/.test(this.gapBefore(j + 1))) break;
    }
    return true;
  }

  /**
   * `فترد المرأة`, `وكتبت الجماهير الساخرة`: the words between the verb at v and token k are a subject alone — a definite
   * noun or a name first, no preposition (`كتب على بعضها`, `وقال على مدونته`) and no indefinite object (`وأكد إدانة`).
   */
  private bareSubjectBetween(v: number, k: number): boolean {
    const first = this.toks[v + 1]!;
    if (!hasArticle(first.norm) && !this.spans.some((sp) => sp.start === first.start)) return false;
    for (let j = v + 1; j < k; j++) if (NP_STOP.has(this.toks[j]!.norm) || ROLE_LINKS.has(this.toks[j]!.norm) || /^\s*[^\s]/u.test(this.gapBefore(j))) return false;
    return true;
  }

  /** `وقال البيان "…"`: nothing but the subject between the verb and the quotation. */
  private onlySubjectBefore(v: number, k: number): boolean {
    for (let j = v + 1; j < k; j++) if (NP_STOP.has(this.toks[j]!.norm) && !ROLE_LINKS.has(this.toks[j]!.norm)) return false;
    return true;
  }

  /**
   * `بيرت فان مارفيك إنه`, `فيرجيل فان دايك إن`: فان written with no hamza, inside a name the complementizer a word or
   * two after it closes, is the name's «van», not فإن.
   */
  private isNameParticle(k: number): boolean {
    if (this.toks[k]!.surface !== "\u0641\u0627\u0646") return false;
    if (this.opensTaggedName(k)) return true;
    for (let j = k + 2; j <= Math.min(k + 3, this.toks.length - 1); j++) {
      if (/[^\s]/u.test(this.gapBefore(j - 1)) || /[^\s]/u.test(this.gapBefore(j))) return false;
      if (isComplementizer(this.toks[j]!.norm)) return true;
    }
    return false;
  }

  /**
   * `وقال فان جال:`, `قال فان مارفيك الذي`, `الدكتور بيرند فان ليندر العضو`: فان with plain spaces around it, right
   * before an indefinite word the recognizer tagged as a person (alone or with فان), or inside a person it tagged — the
   * «van» of that name; فإن opens a clause after a comma or a conditional, never a name in a person span.
   */
  private opensTaggedName(k: number): boolean {
    const next = this.toks[k + 1];
    if (!next || k === 0 || !/^ +$/.test(this.gapBefore(k)) || !/^ +$/.test(this.gapBefore(k + 1)) || hasArticle(next.norm) || isStopword(next.norm)) return false;
    const at = this.toks[k]!.start;
    return this.spans.some((sp) => sp.type === "person" && (sp.start === next.start || (sp.start <= at && sp.end >= next.end)));
  }

  /**
   * `لي كه تشيانغ`, `ديف لي`, `لي شينغانغ`: whether token k, a NAME_LOOKALIKES word, is a whole word of a person's name the
   * recognizer tagged over two words or more, with spaces only between them — the name's word (لي, «to me», ends no phrase).
   * Only those words: the recognizer also tags a manner adverb or a complementizer after a name (`شون مازحا`, `نيكول بأن`).
   */
  private insideTaggedName(k: number): boolean {
    const t = this.toks[k]!;
    if (!NAME_LOOKALIKES.has(t.norm)) return false;
    return this.spans.some((sp) => sp.type === "person" && sp.start <= t.start && sp.end >= t.end && (sp.start < t.start || sp.end > t.end) && /^\S*\s+\S/u.test(this.text.slice(sp.start, sp.end)) && !/[^\p{L}\p{M}\s]/u.test(this.text.slice(sp.start, sp.end)));
  }

  /**
   * `وقال ولي العهد السعودي إن`, `وشدد ولي العهد على`, `ولي الأمر`, `ولي أمر أحد الطلاب`: ولي right before a definite noun or
   * أمر (spaces only between) is the noun «guardian» — the crown prince, a child's guardian — never و + لي («and to me», a lead
   * adverb that names no one).
   */
  private isGuardianNoun(k: number): boolean {
    const next = this.toks[k + 1];
    return this.toks[k]!.norm === GUARDIAN && !!next && (hasArticle(next.norm) || next.norm === MATTER) && /^\s+$/.test(this.gapBefore(k + 1));
  }

  /** The إن of «سي.إن.إن»: a token joined to its neighbours by a dot with no space. */
  private isInAbbreviation(k: number): boolean {
    const before = k > 0 ? this.gapBefore(k) : " ";
    const after = k + 1 < this.toks.length ? this.text.slice(this.toks[k]!.end, this.toks[k + 1]!.start) : " ";
    return before === "." || after === ".";
  }

  /**
   * The speaker of `pending`, the contentless opener at token w, for the participle or speech noun at v right after it
   * (`تابعت أحلام قائلة "…"`, `علق صاحب حساب مروان الشهري قائلا:`, `ردت الفلبين على هذه التصريحات بالإعلان … عن أن`,
   * `وتابعت بالقول إن` with a speaker found before): nothing but words between them — a comma only after a named
   * subject (`كرر وزير الخارجية الأمريكي مايك بومبيو الاتهامات …، مؤكدا أن`) — and a subject of its own not cut by the
   * word bound (`مدير برنامج بادر لحاضنات` of `… التقنية نواف بن عطاف الصحاف قائلاً`: the participle finds the name). Else null.
   */
  private carriedSpeaker(pending: Pending, w: number, v: number): string | null {
    const between = this.text.slice(this.toks[w]!.end, this.toks[v]!.start);
    if (/[.:;!?؟"«»“”()]/u.test(between) || (!pending.named && COMMA.test(between))) return null;
    return pending.named || !pending.own || v <= w + 1 + MAX_SPEAKER_WORDS ? pending.speaker : null;
  }

  /** `«لن نتراجع»، قال المتحدث`: a quotation that closes right before the verb is its content (never one after it). */
  private quotationBefore(v: number, after: number, quotations: Quotation[]): Content | null {
    const verbStart = this.toks[v]!.start;
    // `"…"، كما تقول جمانة حداد`: كما after a comma (as X says) ties the quotation to the verb after it; not after a
    // full stop (`"…." كما أعرب الوزير عن قلقه`: a sentence of its own)
    const q = quotations.find((x) => x.open >= after && x.close <= verbStart && x.wordCount > NAME_QUOTE_WORDS && /^(?:[\s،,.:-]*|\s*[،,]\s*كما\s+)$/u.test(this.text.slice(x.close, verbStart)));
    return q ? { tok: Math.min(this.toks.length, v + 1 + MAX_SPEAKER_WORDS + 3), offset: q.open, quotation: q } : null;
  }

  /**
   * `ونقلت رويترز عن لاكوتريبيس قوله "…"`, `وأشار المصدر إلى "…"`: a quotation (more than NAME_QUOTE_WORDS words) inside the
   * verb's own lead, after it and before the next opener at limitTok (offset `limit`) — one after the next opener is that
   * opener's (`وعلقت عليها قائلة: "…"`).
   */
  private quotationInLead(v: number, limitTok: number, limit: number, quotations: Quotation[]): Content | null {
    const verbEnd = this.toks[v]!.end;
    const direct = DIRECT_VERBS.has(this.toks[v]!.norm);
    for (const q of quotations) {
      if (q.open < verbEnd || q.open >= limit || q.wordCount <= NAME_QUOTE_WORDS) continue;
      let tok = v + 1;
      while (tok < limitTok && this.toks[tok]!.start < q.open) tok++;
      // (`واعلنت «جبهة حزب التحرير الشعبي الثوري» المتطرفة`, `بعنوان "…"`: a name or a title, namedQuotation)
      if (!this.namedQuotation(v, tok, q, direct)) return { tok, offset: q.open, quotation: q };
    }
    return null;
  }

  /** The quote's text and offset: the quotation, or the clause up to the limit or a narrator's participle. */
  private quoteText(content: Content, limitTok: number, limit: number, to: number): { text: string; start: number } | null {
    if (content.quotation && (content.quotation.wordCount >= MIN_QUOTE_WORDS || content.said) && this.text.slice(content.offset, content.quotation.open).trim() === "") {
      return { text: content.quotation.inner, start: content.quotation.innerStart };
    }
    // `أنها "رحلة حميمية"`: a quotation too short to stand alone is read with its clause
    if (content.quotation && content.quotation.wordCount < MIN_QUOTE_WORDS && content.tok > 0 && isComplementizer(this.toks[content.tok - 1]!.norm)) {
      content = { ...content, offset: this.toks[content.tok - 1]!.start, quotation: null };
    }
    let end = limit;
    for (let k = content.tok; k < Math.min(limitTok, to); k++) {
      if (isNarratorParticiple(this.toks[k]!.norm) && hasComma(this.gapBefore(k))) {
        end = this.toks[k]!.start;
        break;
      }
      // `…، حسبما نقلت رويترز.`, `…، وفقاً للوكالة`: the narrator's attribution closing the sentence is no word of the
      // quote (one inside it, `، بحسب الأرقام الأولية، بلغت`, is followed by more of the content)
      if (this.closingAttribution(k, limit)) {
        end = this.toks[k]!.start;
        break;
      }
    }
    const raw = this.text.slice(content.offset, end);
    const lead = raw.length - raw.replace(/^[\s:،,]+/u, "").length;
    const text = raw.replace(/^[\s:،,]+|[\s،,.:؛;]+$/gu, "").trim();
    return text ? { text, start: content.offset + lead } : null;
  }

  /** An attribution after a comma that runs, with no comma or quotation of its own, to `limit`. */
  private closingAttribution(k: number, limit: number): boolean {
    const t = this.toks[k]!;
    if (k === 0 || !(ATTRIBUTIONS.has(t.norm) || GLUED_ATTRIBUTIONS.has(t.norm))) return false;
    if (!hasComma(this.text.slice(this.toks[k - 1]!.end, t.start))) return false;
    return !/[،,"«»“”]/.test(this.text.slice(t.end, limit).replace(/[\s.؛;]+$/u, ""));
  }

  // ---- the speaker ----

  /**
   * The subject of the verb at v, read in tokens (v, end): skipping objects, adverbs and the medium
   * spoken to; null when none stands there (a continuation).
   */
  private subjectOf(v: number, end: number, from: number, bounded: boolean): string | null {
    const verb = this.toks[v]!.norm;
    let k = v + 1;
    if (QUOTING.has(verb) || QUOTING.has(withoutConjunction(verb))) {
      // نقلت Y عن X قوله إن: the speaker is X
      for (let j = v + 1; j < end; j++) {
        // `ونقلت عنه وكالة تسنيم قوله`: the one quoted is the pronoun's, the one who spoke before
        if (FROM_PRONOUNS.has(this.toks[j]!.norm)) return this.previousSpeaker();
        if (this.toks[j]!.norm === FROM) {
          k = j + 1;
          break;
        }
      }
    }
    k = this.skipLead(k, end);
    // `وقال وقتها إن`, `لكن المركزي قال حينئذ إنه`, `وأكدت وقتها وزارة الخزانة … أن`: a time adverb right after the verb is
    // no subject; the subject, if any, follows it
    if (k < end && AFTER_VERB_TIME_ADVERBS.has(this.toks[k]!.norm)) k = this.skipLead(k + 1, end);
    // `وكشفت كل من هايدي غيلبرت وماندي ميلون … أنهن`, `وقالت كل من فرنسا وألمانيا … إنهم`: «each of» opens a list
    // of speakers, the first of whom is named after it
    k = this.afterEachOf(k, end);
    // `وقالت وكالة أنباء الشرق الأوسط نقلا عن مصدر أمني إن`: as in نقلت Y عن X, the source quoted speaks
    const quoted = this.quotedSourceAt(k, end);
    if (quoted !== null) {
      this.relays.set(v, this.relayingMedium(k, quoted - 2));
      k = this.skipLead(quoted, end);
    }
    // `أبلغ «الشرق الأوسط» مسؤول حكومي أن`, `وأبلغت وكالة رويترز مصادر أمنية أن`: the medium told comes first
    if (k < end && isTellingVerb(verb)) k = this.skipLead(this.afterAddressee(k, end), end);
    end = this.beforeAttention(v, k, end);
    if (k >= end) return null;
    const t = this.toks[k]!;
    if (HONORIFIC_PRONOUNS.has(t.norm) || this.isPossessedNoun(k)) return null;
    // `قالت لي يوماً، بينما كنا جالستين`: a clause particle opens no subject; `أكد فيها وجود`: a verbal noun opens the object
    if (this.isStop(k) || (isComplementizer(t.norm) && !this.isNameParticle(k)) || isContinuingParticiple(t.norm) || CLAUSE_PARTICLES.has(t.norm) || OBJECT_VERBAL_NOUNS.has(t.norm)) return null;
    // `وقد صرح عقب المباراة …:`, `وقال وسط موظفين وسعاة بريد …:`: a preposition of time or place right after the verb opens
    // an adjunct, as في does, with a comma or without one (skipLead) — no subject; إمام (an imam) folds into أمام
    if (ADVERBIAL_PREPOSITIONS.has(t.norm) && t.surface !== "\u0625\u0645\u0627\u0645") return null;
    // `إن النمو يؤكد تحولاً في …، "…"`: a word in tanween fath is accusative, the verb's object, never its subject
    if (TANWEEN_FATH.test(t.surface)) return null;
    // `أكد بيان لوزارة الخارجية والتعاون الدولي الإماراتية أن`, `وقال تقرير لمجلة فورين بوليسي الأميركية إن`: a
    // statement's noun and its ل-owner speak together, however long the owner's name
    const owned = this.statementWithOwner(k, end);
    if (owned) return owned;
    // `خطيب جامع قباء بالمدينة المنورة الدكتور مسعود المحمدي`: the person a personal title names
    // speaks; the words before it are the role (a mosque, a deanship), even when they hold a name
    const honorific = isTellingVerb(verb) || isTitle(t.norm) ? null : this.personalTitleName(k, end);
    if (honorific) return honorific;
    let phraseEnd = this.phraseEnd(k, end, isRoleHead(t.norm) || SPOKESPERSON_WORDS.has(t.norm));
    if (isTellingVerb(verb)) phraseEnd = this.toldStart(k, phraseEnd);
    const counted = this.countedGroup(k, phraseEnd, end);
    if (counted) return counted;
    // `نائب خادم الحرمين`: a role in construct with a person is that role, not the person
    const construct = isRoleHead(t.norm) && this.spans.some((s) => s.type === "person" && k + 1 < end && s.start >= this.toks[k + 1]!.start && s.start < this.toks[k + 1]!.end);
    // `أكد المرشد الإيراني، علي خامنئي، أنه`, `قال الكولونيل المتقاعد، سيدريك لايتون، محلل …`: a short definite phrase, then a
    // name set off by commas, is the name's holder speaking (a role head reads its apposition itself, below)
    // (`ولي العهد السعودي، محمد بن سلمان،`: the guardian noun opens a definite phrase as the article does)
    const apposedHolder = (hasArticle(t.norm) || this.isGuardianNoun(k)) && phraseEnd - k <= MAX_SPEAKER_WORDS ? this.nameBetweenCommas(phraseEnd, end) : null;
    if (apposedHolder) return apposedHolder;
    // `الرائد علي أل سالم`: a title and the name after it, whole, whatever part the recognizer caught
    const titled = isTitle(t.norm) ? this.titleName(k, phraseEnd) : null;
    if (titled) return titled;
    const person = construct ? null : this.spanIn(k, phraseEnd, "person");
    // `كبيرة الباحثين، ميليسا إل. هاريس،` with only هاريس tagged: the whole name in apposition
    const apposed = person && isRoleHead(t.norm) ? this.appositionNameIn(k, phraseEnd) : null;
    if (apposed && apposed.length > person!.length && normalizeArabic(apposed).includes(normalizeArabic(person!))) return apposed;
    // `الوكيل العام لمحكمة الاستئناف بصفاقس، محمد عبيد، أن`: a role's name is the one in apposition after its comma
    if (apposed && GIVEN_NAMES.has(normalizeArabic(firstWord(apposed))) && !this.spanBeforeComma(k, phraseEnd, person!)) return apposed;
    // `حملة مرشح الرئاسة إيمانويل ماكرون`: a person in construct after a common noun is its possessor; the noun speaks
    if (person && this.possessedBy(k, phraseEnd, person)) return this.phraseText(k, phraseEnd);
    // `محامي الرئيس الأمريكي دونالد ترامب`, `الطبيب السابق للرئيس الأمريكي …`: the name is the leader's; the head speaks
    if (person && this.leaderNamedAfter(k, phraseEnd)) return this.phraseText(k, phraseEnd);
    if (person) return this.extendedName(person, k, phraseEnd);
    // `وأوضح مقرر مجلس النواب ، النائب صالح قلمة ، في تصريح`: the titled holder set off by commas after the subject
    const holder = this.titledAppositionAt(phraseEnd, end);
    if (holder) return holder;
    // `المتحدث باسم المؤسسة عبدالله العبدالجبار`: a role phrase runs to the name that closes it
    if (isRoleHead(t.norm) || SPOKESPERSON_WORDS.has(t.norm)) return this.titleName(k, phraseEnd) ?? this.appositionNameIn(k, phraseEnd) ?? this.nameAfterAdjunct(phraseEnd, end) ?? this.earlierHolder(k, phraseEnd) ?? this.describedSpeaker(k, phraseEnd, end) ?? this.closingName(k, phraseEnd) ?? this.phraseText(k, Math.min(phraseEnd, k + MAX_ROLE_WORDS));
    // `وقالت الفنانة، التي عرفت بتقديم برامج، إنها`: an epithet with no name is the one spoken of just before
    const epithet = this.epithetReferent(k, phraseEnd, end);
    if (epithet) return epithet;
    if (!bounded && phraseEnd - k > MAX_SPEAKER_WORDS) return null;
    // `بعدما أعلن الأخير أن`: «the latter» is the person or organization named latest before it
    if (phraseEnd - k === 1 && LATTER.has(t.norm)) return this.latestNamedBefore(k) ?? this.phraseText(k, k + 1);
    if (phraseEnd - k === 1 && ANAPHORS.has(t.norm)) return this.resolveAnaphor(t.start, t.norm) ?? this.phraseText(k, k + 1);
    void from;
    return this.nounPhraseSpeaker(k, phraseEnd);
  }

  /**
   * The token after «كل من» when the subject at k opens with it and a list joined by و follows (`كل من فيسبوك وتويتر`);
   * k otherwise — `قال كل من يجرؤ على`, `حذر كل من يتعامل مع طهران`: a verb after «من» makes it «whoever», no list.
   */
  private afterEachOf(k: number, end: number): number {
    if (k + 2 >= end || this.toks[k]!.norm !== EACH || this.toks[k + 1]!.norm !== OF) return k;
    const first = this.toks[k + 2]!;
    const named = isRoleHead(first.norm) || isTitle(first.norm) || this.insideSpan(first.start + 1) || this.spans.some((sp) => sp.start === first.start);
    if (IMPERFECT_SHAPE.test(first.norm) && !named) return k;
    for (let j = k + 3; j < Math.min(end, k + 3 + EACH_OF_LIST_WORDS); j++) if (/^و\p{L}/u.test(this.toks[j]!.norm)) return k + 2;
    return k;
  }

  /**
   * A subject that names someone: a medium's noun opening it (`مراسل سكاي نيوز`) or an organization recognized in it,
   * whole; a person recognized opening it, alone (`نجيب تنحيه`: the object after the name); else null — a role
   * (`مدير عام السجون`, `مدير عام هيئة الرقابة`) may be the one named before or after it, and a noun phrase with no
   * name is often the verb's object. A person recognized right after the verb at v whose name the subject's word bound
   * (MAX_SPEAKER_WORDS) cut (`كرر وزير الخارجية الأمريكي مايك` of `… مايك بومبيو الاتهامات`) is that person, whole.
   */
  private namedSubject(speaker: string, v: number): string | null {
    const first = normalizeArabic(firstWord(speaker));
    if (MEDIA.has(first)) return speaker;
    // `أكد مدير عام هيئة الرقابة …، رمزي جلال ارتفاع`: a role is a person whose name may follow it
    if (isRoleHead(first) || SPOKESPERSON_WORDS.has(first)) return null;
    const person = this.spans.find((sp) => sp.type === "person" && speaker.startsWith(sp.text));
    if (person) return speaker.slice(0, person.text.length);
    const lo = this.toks[v]!.end;
    const hi = this.toks[Math.min(this.toks.length - 1, v + 1 + MAX_SPEAKER_WORDS)]!.start;
    const cut = this.spans.find((sp) => sp.type === "person" && sp.start > lo && sp.start < hi && sp.text.startsWith(speaker + " "));
    if (cut) return this.named(cut.text);
    return this.spans.some((sp) => sp.type === "organization" && speaker.includes(sp.text)) ? speaker : null;
  }

  /**
   * `واتهم المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، فيلق القدس`: whether `speaker`, the subject read right after the
   * verb at v, is a role (ROLE_HEADS, a spokesperson) closed by a comma — its holder's name may stand in apposition after it.
   */
  private roleBeforeComma(speaker: string, v: number): boolean {
    const first = normalizeArabic(firstWord(speaker));
    if (!isRoleHead(first) && !SPOKESPERSON_WORDS.has(first)) return false;
    const lo = this.toks[v]!.end;
    const at = this.text.indexOf(speaker, lo);
    return at >= 0 && /^\s*$/u.test(this.text.slice(lo, at)) && /^[^\S\n]*[،,]/u.test(this.text.slice(at + speaker.length, at + speaker.length + 3));
  }

  /**
   * `بيان لوزارة الخارجية والتعاون الدولي الإماراتية`, `تقرير لمجلة فورين بوليسي الأميركية`, `تقرير للمركز الوطني`:
   * an indefinite statement noun at k (بيان، تقرير، رسالة…) with a glued ل-owner right after it: the noun and the
   * owner — the entity the ل opens (or a medium noun and the name after it), else the definite words after لل —
   * with its nisba adjectives; null for any other subject.
   */
  private statementWithOwner(k: number, end: number): string | null {
    const o = k + 1;
    if (o >= end || hasArticle(this.toks[k]!.norm) || !STATEMENT_NOUNS.has(this.toks[k]!.norm)) return null;
    const owner = this.toks[o]!;
    if (!/^ل\p{L}{2,}/u.test(owner.norm) || !/^\s+$/.test(this.gapBefore(o))) return null;
    const spanEnd = (sp: EntitySpan | undefined): number | null => {
      if (!sp) return null;
      let e = o + 1;
      while (e < end && this.toks[e]!.start < sp.end) e++;
      return e;
    };
    const named = (at: number) => this.spans.find((sp) => sp.type !== "misc" && sp.start >= this.toks[at]!.start && sp.start <= this.toks[at]!.start + 2);
    let e = spanEnd(named(o)) ?? (o + 1 < end && MEDIA.has(owner.norm.slice(1)) ? spanEnd(named(o + 1)) : null);
    if (e === null) {
      if (!/^لل/u.test(owner.norm)) return null;
      e = o + 1;
      while (e < end && hasArticle(this.toks[e]!.norm) && /^\s+$/.test(this.gapBefore(e))) e++;
    }
    e = this.spacedNisbasEnd(e, end);
    // `للمركز الوطني لمراقبة الإرهاب`, `للجنة التنسيقية للائتلاف`: the owner's own ل-complement, definite, is its name's
    const inName = (j: number) => j < end && j - o < MAX_CONSTRUCT_WORDS && /^\s+$/.test(this.gapBefore(j)) && !this.isStop(j);
    for (;;) {
      const norm = this.toks[e]?.norm ?? "";
      if (inName(e) && /^لل\p{L}{2,}/u.test(norm) && !MEDIA.has(`ال${norm.slice(2)}`)) e++;
      else if (inName(e) && inName(e + 1) && /^ل[^ل]\p{L}{2,}/u.test(norm) && hasArticle(this.toks[e + 1]!.norm)) e += 2;
      else break;
      while (inName(e) && NISBA_ADJECTIVE.test(this.toks[e]!.norm)) e++;
    }
    return this.phraseText(k, e);
  }

  /**
   * A subject with no role noun: the entity it starts with, the name after a title (الدكتور…), else
   * the noun phrase itself (`بعض وكالات الأمم المتحدة`, `الطبيب السابق للرئيس`), a few words long.
   */
  private nounPhraseSpeaker(k: number, end: number): string | null {
    const t = this.toks[k]!;
    const first = this.spans.find((s) => s.start >= t.start && s.start < t.end && s.type !== "misc");
    if (first) return this.spanIn(k, end, first.type, first.type === "organization") ?? this.phraseText(k, Math.min(end, k + MAX_SPEAKER_WORDS));
    const titled = this.titleName(k, end);
    if (titled) return titled;
    const apposed = this.apposedToDescription(k, end, this.toks.length);
    if (apposed) return apposed;
    // `وقال السكرتير الصحفي لمكتب رئاسة الجمهورية:` after `مختار الرحبي السكرتير الصحفي لمكتب …`: the holder named earlier
    const held = end - k >= 2 ? this.earlierHolder(k, end) : null;
    if (held) return held;
    // `صحيفة «ذي ميل أون صنداي»`, `شركة "سويم سوتس فور أول"`: a name in quotation marks after its head noun is whole
    // (and its nisba adjectives after the closing mark: `صحيفة "ماركا" الإسبانية`), not the words after it (`موقع "سانا" صورا`)
    const quoted = this.quotedNameAfterHead(k, end);
    if (quoted) return this.phraseText(k, this.nisbasAfter(quoted, end));
    return this.phraseText(k, this.throughCutName(k, this.nisbaAdjectivesEnd(Math.min(end, this.constructChainEnd(k, end)), end), end));
  }

  /**
   * `مكتب اللجنة الدولية للصليب` + `الأحمر`: a noun phrase [k, e) cut by its word bound inside an organization the
   * recognizer named, which opens within the phrase after its first word, runs on to the organization's last word
   * (before `end`, with no mark between); `e` otherwise.
   */
  private throughCutName(k: number, e: number, end: number): number {
    if (e <= k + 1 || e >= end) return e;
    const lo = this.toks[k + 1]!.start;
    const cutAt = this.toks[e - 1]!.end;
    const org = this.spans.find((sp) => sp.type === "organization" && sp.start >= lo && sp.start < cutAt && sp.end > cutAt);
    if (!org) return e;
    let j = e;
    while (j < end && this.toks[j]!.start < org.end && /^\s+$/.test(this.gapBefore(j))) j++;
    return j < end && this.toks[j]!.start < org.end ? e : j;
  }

  /** `"ماركا" الإسبانية`, `"يونهاب" الكورية الجنوبية`: the index after the nisba adjectives (ال…ي / ال…ية) from `e`, before `end`. */
  private nisbasAfter(e: number, end: number): number {
    while (e < end && NISBA_ADJECTIVE.test(this.toks[e]!.norm) && /^["»”]?\s+$/.test(this.gapBefore(e))) e++;
    return e;
  }

  /**
   * `صحيفة «ذي ميل أون صنداي» …`: when a quotation mark opens right after the head noun at `k` and closes,
   * with no comma, colon or other mark inside, within MAX_QUOTED_NAME_WORDS words and before `end`, the
   * index after the name's last word; else null.
   */
  private quotedNameAfterHead(k: number, end: number): number | null {
    if (k + 1 >= end || !/^\s*["«“”]$/.test(this.gapBefore(k + 1))) return null;
    for (let j = k + 2; j <= Math.min(end, k + 1 + MAX_QUOTED_NAME_WORDS); j++) {
      const gap = j < this.toks.length ? this.gapBefore(j) : this.text.slice(this.toks[j - 1]!.end);
      if (/^["»”]/.test(gap)) return j;
      if (PHRASE_OR_QUOTE_BREAK.test(gap) || /[.!?؟]/.test(gap)) return null;
    }
    return null;
  }

  /**
   * `جبهة جيش تحرير الشعب` + `الثوري اليسارية`: the nisba adjectives (ال…ي / ال…ية) right after a noun phrase
   * ending at `e` close its name, as they close an organization's (spanIn); the index after them, before `end`.
   */
  private nisbaAdjectivesEnd(e: number, end: number): number {
    if (e <= 0 || !hasArticle(this.toks[e - 1]!.norm)) return e;
    return this.spacedNisbasEnd(e, end);
  }

  /** The index after the nisba adjectives (NISBA_ADJECTIVE) from `e`, each after white space alone, before `end`. */
  private spacedNisbasEnd(e: number, end: number): number {
    while (e < end && NISBA_ADJECTIVE.test(this.toks[e]!.norm) && /^\s+$/.test(this.gapBefore(e))) e++;
    return e;
  }

  /**
   * `جمعية دعم وتسويق صناعة السيارات`, `إحدى مؤسسات حركة صحة المرأة`: nouns in construct carry no article
   * until the definite noun that closes the chain, which the phrase keeps past MAX_SPEAKER_WORDS; a
   * phrase with an article in its first words is cut there as before.
   */
  private constructChainEnd(k: number, end: number): number {
    const cut = k + MAX_SPEAKER_WORDS;
    if (end <= cut) return cut;
    for (let j = k; j < cut; j++) if (this.toks[j]!.norm.startsWith("ال") || TANWEEN_FATH.test(this.toks[j]!.surface)) return cut;
    for (let j = cut; j < Math.min(end, k + MAX_CONSTRUCT_WORDS); j++) {
      if (PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(j))) return cut;
      if (hasArticle(this.toks[j]!.norm)) return j + 1;
    }
    return cut;
  }

  /**
   * `عميد عمادة السنة التحضيرية بجامعة الدمام الدكتور عبد العزيز الفهيد`: a personal title (الشيخ،
   * الدكتور، المهندس…) after the first word of a subject read as a role phrase, and the name after it;
   * null when none stands in that phrase.
   */
  private personalTitleName(k: number, end: number): string | null {
    const roleEnd = this.phraseEnd(k, end, true);
    for (let j = k + 1; j < roleEnd - 1; j++) {
      if (PERSONAL_TITLES.has(this.toks[j]!.norm)) return this.titleName(j, roleEnd);
    }
    return null;
  }

  /** `الرائد علي أل سالم`, `الدكتور سليمان … السحيمي`: a title and the name after it, in tokens [k, end). */
  private titleName(k: number, end: number): string | null {
    for (let j = k; j < end - 1; j++) {
      if (!isTitle(this.toks[j]!.norm) || this.isRankNoun(j) || this.namesInstitution(j)) continue;
      // `وأكد معالي آل الشيخ أهمية`: a title's word after آل is a family name, the speaker's
      if (j > k && NAME_LINKS.has(this.toks[j - 1]!.norm)) return this.phraseText(j - 1, j + 1);
      // `الشيخ الدكتور عبدالله بن محمد بن حميد`: the name's words are counted after the last title
      let first = j + 1;
      while (first < end - 1 && isTitle(this.toks[first]!.norm)) first++;
      let e = first;
      // `الأستاذ نائل فائز بهذه الشراكة متوقعًا`, `الأمير سعود بن نايف أهمية الأنشطة`: the verb's object ends the name
      while (e < end && e - first < MAX_NAME_WORDS && !this.isStop(e) && !/[،,:]/.test(this.gapBefore(e)) && !(e > first && (this.opensApposedRole(e, end) || this.isObjectWord(e)))) e++;
      // `المتحدث العسكري اللفتنانت، كولونيل جوناثان كونريكوس`: a title with no name after it names no one
      if (e === first) continue;
      return this.phraseText(j, e);
    }
    return null;
  }

  /**
   * `مركز الملك سلمان للإغاثة`, `بجامعة الملك عبدالعزيز`, `جامعة الأمير سطام`: a title right after an
   * institution's noun is its namesake's, part of the institution's name, not the speaker's title.
   */
  private namesInstitution(j: number): boolean {
    return j > 0 && /^\s+$/.test(this.gapBefore(j)) && NAMESAKE_INSTITUTIONS.has(this.toks[j - 1]!.norm);
  }

  /**
   * `رئيس الفريق الإعلامي`, `مدير الفريق الأول`, `قائد اللواء 143`: a rank that is also a common noun
   * (team, brigade) is that noun after a role word or before a definite adjective — unless a rank's
   * qualifier, another title or a recognized name follows it (`الرئيس الفريق الركن`, `الفريق فهد التركي`).
   */
  private isRankNoun(j: number): boolean {
    if (!RANK_NOUNS.has(this.toks[j]!.norm)) return false;
    const next = this.toks[j + 1];
    if (!next || RANK_QUALIFIERS.has(next.norm) || isTitle(next.norm) || this.spans.some((sp) => sp.type === "person" && sp.start === next.start)) return false;
    const afterRole = j > 0 && isRoleHead(this.toks[j - 1]!.norm.replace(/^[وفبل]/, "")) && !hasPhraseBreak(this.gapBefore(j));
    return afterRole || hasArticle(next.norm);
  }

  /**
   * `الشيخ صالح التركي رئيس شركة نسما`, `اللواء جعفر محمد سعد المستشار العسكري للرئيس`: a role word with
   * its complement after it, in apposition to the name before it — not a name's word after بن / آل
   * (`جلوي بن عبدالعزيز بن مساعد`) nor a family name closing the phrase (`محمد بن عبد الرحمن المخرج أن`).
   */
  private opensApposedRole(e: number, end: number): boolean {
    if (!isRoleHead(this.toks[e]!.norm) || e + 1 >= end) return false;
    if (NAME_LINKS.has(this.toks[e - 1]!.norm)) return false;
    // `محمد الأمين بن خطري`, `محمد محمود القاضي المستشار الفني`, `بمحافظة القطيف`: a role word before بن,
    // the verb's object or a preposition, or a definite one before another role, is a name's (`نائب رئيس` is a role)
    const next = this.toks[e + 1]!.norm;
    if (NAME_LINKS.has(next) || (isRoleHead(next) && hasArticle(this.toks[e]!.norm)) || this.isObjectWord(e + 1) || this.isStop(e + 1)) return false;
    return !isComplementizer(next) && !/[،,:;"«»“”]/.test(this.gapBefore(e + 1));
  }

  /**
   * `وعبر والد المبتعث عن حزنه`, `كما عبر البنيان عن شكره`, `وعبرت الخارجية الروسية عن خيبة أملها`:
   * عبر is the verb «expressed» (not the preposition «via») when its عن follows within a few words
   * of the same clause (no comma, colon or quotation between), before `to`.
   */
  private isExpressingVerb(k: number, to: number): boolean {
    return this.expressedAbout(k, to) >= 0;
  }

  /**
   * `وعبر عن اعتقاده بأنه`, `وعبرت عن قناعتها بأن`, `عبرت جماعات حقوقية عن قلقها من أن`: عبّر «expressed» (as أعرب) says
   * what a complementizer opens right after the one noun its عن governs (with في / من between or none).
   */
  private expressesStatement(k: number, to: number): boolean {
    if (!EXPRESSING_VERBS.has(this.toks[k]!.norm)) return false;
    const about = this.toks[k + 1]?.norm === FROM ? k + 1 : this.expressedAbout(k, to);
    if (about < 0) return false;
    let j = about + 2;
    if (j < to && /^(?:في|من)$/.test(this.toks[j]!.norm)) j++;
    return j < to && isComplementizer(this.toks[j]!.norm) && !/[،,:;"«»“”.]/.test(this.text.slice(this.toks[about]!.end, this.toks[j]!.start));
  }

  /** The token index of the عن that makes the عبر at `k` the verb «expressed» (isExpressingVerb), or -1. */
  private expressedAbout(k: number, to: number): number {
    if (!EXPRESSING_VERBS.has(this.toks[k]!.norm)) return -1;
    for (let j = k + 2; j < Math.min(to, k + 1 + EXPRESSED_ABOUT_WORDS); j++) {
      // `عبّر وزير الخارجية البحريني، الشيخ خالد بن أحمد، عن`: commas around a name in apposition stay inside
      if (/[:;"«»“”.]/.test(this.gapBefore(j))) return -1;
      if (this.toks[j]!.norm === FROM) return j;
    }
    return -1;
  }

  /**
   * `عبّر لاعب الفريق الأول لكرة القدم بنادي الشباب والمنتقل حديثا لصفوفه … سيف الحشان عن استيائه`: the
   * subject of عبّر runs to its عن, and a person's name closing it (the recognizer's span ending on the
   * word before عن) is who spoke, however long the description before it. Else null.
   */
  private nameClosingExpressed(verb: number, to: number): string | null {
    const about = this.expressedAbout(verb, to);
    if (about < verb + 2) return null;
    const lo = this.toks[verb + 1]!.start;
    const hi = this.toks[about - 1]!.end;
    const name = this.spans.find((sp) => sp.type === "person" && sp.start >= lo && sp.end === hi);
    return name && !isRoleHead(normalizeArabic(name.text)) ? this.named(name.text) : null;
  }

  /**
   * A preposition or particle that ends a noun phrase; على folds to علي, but written with a final yeh
   * it is the name Ali; أمام folds to امام, but written with a hamza below it is an imam.
   */
  private isStop(k: number): boolean {
    const t = this.toks[k]!;
    return NP_STOP.has(t.norm) && t.surface !== "\u0639\u0644\u064A" && t.surface !== "\u0625\u0645\u0627\u0645";
  }

  /**
   * The first token a participle's own clause may open at: after the latest content (`offset`), or
   * from the sentence start when the participle does not agree with the sentence's speaker.
   */
  private clauseFloor(from: number, v: number, offset: number): number {
    let j = from;
    while (j < v && this.toks[j]!.start < offset) j++;
    return j;
  }

  /**
   * `…، حسن روحاني قائلا`, `سارعت الرئاسة الأمريكية إلى نفيه، مؤكدة`, `فيما أبدى آخرون تحفظهم مضيفين`:
   * the nearest clause before the participle, in [floor, v) and not the sentence's first word, that opens with a verb (after a comma, a
   * relative, فيما / بينما or و) and names its subject right after it — a person or an organization the
   * recognizer found, or a role — speaks; its verb's gender must not contradict the participle's.
   */
  private participleClauseSubject(from: number, v: number, floor: number): string | null {
    const own = participleGender(this.toks[v]!.norm);
    const plural = /(?:ين|ون)$/.test(this.toks[v]!.norm);
    // a clause opening the sentence is earlierSubject's, which resolves its anaphors (`وطمأن الوزير`)
    for (let j = v - 1; j >= Math.max(floor, from + 1); j--) {
      const t = this.toks[j]!;
      const prev = j > 0 ? this.toks[j - 1]!.norm : "";
      // `…، بدورهم رفض برلمانيون عراقيون … مؤكدين`: «in turn» after a comma (or opening the text) opens the clause too
      const ownPart = OWN_PART_ADVERBS.has(prev) && (j === 1 || hasComma(this.gapBefore(j - 1)));
      const marked = hasComma(this.gapBefore(j)) || RELATIVES.has(prev) || CLAUSE_PARTICLES.has(prev) || ownPart;
      const opens = j === floor || marked || /^[وف]/.test(t.norm);
      // `وهما حيدر عبدالله`: a pronoun opens a nominal clause, no verb
      // `ومحافظة وأمانة وجامعة الطائف، مؤكداً`: a word in teh marbuta is a noun, never the clause's verb
      if (!opens || /^[وف]?(?:هو|هي|هما|هم|هن)$/.test(t.norm) || withoutHarakat(t.surface).endsWith(TEH_MARBUTA) || hasArticle(t.norm) || t.norm.startsWith("ال") || (this.isStop(j) && !this.isExpressingVerb(j, v)) || isComplementizer(t.norm) || CLAUSE_PARTICLES.has(t.norm) || isContinuingParticiple(t.norm) || isSpeechNounWord(t.norm)) continue;
      // `لخادم الحرمين، ونائب خادم الحرمين`, `…، وسمو نائبه، وسمو أمير عسير`: a role or an honorific coordinated with و is a
      // noun, no verb; nor is a word after a preposition (`على وصف الرئيس الأمريكي، دونالد ترامب`: its و is the root's)
      if (isRoleHead(withoutConjunction(t.norm)) || HONORIFIC_NOUNS.has(withoutConjunction(t.norm)) || NOUN_PREPOSITIONS.has(prev) || this.isPossessedNoun(j) || this.spans.some((sp) => sp.start < t.end && sp.end > t.start)) continue;
      const gender = /^[وف]?ت/.test(t.norm) || /[^و]ت$/.test(t.norm) ? "f" : /^[وف]?[ي]/.test(t.norm) || /^[وف]?[\p{L}]{2,5}$/u.test(t.norm) ? "m" : null;
      if (own && gender && own !== gender) continue;
      const k = this.skipLead(j + 1, v);
      if (k >= v) continue;
      const head = this.toks[k]!;
      // `فيما أبدى آخرون تحفظهم عليه مضيفين`: a plural participle goes with a nominative sound plural (ون) right after the
      // verb of a clause a comma or a particle opens (`ورجال قانون`, `وإصابة آخرين` are nouns), and its plural adjectives
      if (plural && marked && head.norm.endsWith("ون") && isSoundPluralNoun(head.norm) && !isSpeechVerbWord(head.norm)) return this.pluralPhrase(k, v);
      const named = this.spans.some((sp) => PERSONS_AND_ORGANIZATIONS.has(sp.type) && sp.start >= head.start && sp.start < head.end);
      // `حظرت إيران تطبيق تليغرام …، قائلة`: a country speaks as its government, with a feminine verb and participle
      const country = own === "f" && gender === "f" && this.spans.some((sp) => sp.type === "location" && sp.start === head.start);
      if (!named && !country && !isRoleHead(head.norm)) continue;
      return this.subjectOf(j, v, floor, true);
    }
    return null;
  }

  /**
   * `احتفى رئيس البعثة … بجميع أفراد المنتخب وعبر مدير المنتخب خالد مطر عن سعادته بالاحتفال وقال:`, `وقد وافق مهاتير على
   * ذلك، وقال لاحقا`: a speech verb glued to و with no subject of its own goes on with the nearest verb glued to و before it
   * in the sentence (not its first word, which is earlierSubject's) whose subject right after it is a person the recognizer
   * found, alone or held by a role or title; the scan stops at another speech word or a complementizer (reported content).
   */
  private conjoinedClauseSubject(from: number, v: number): string | null {
    if (withoutConjunction(this.toks[v]!.norm) === this.toks[v]!.norm) return null;
    for (let j = v - 1; j > from; j--) {
      const t = this.toks[j]!;
      if (isSpeechVerbWord(t.norm) || isComplementizer(t.norm) || /[.:"«»“”]/.test(this.gapBefore(j + 1))) return null;
      const bare = withoutConjunction(t.norm);
      // `ووصف`, `وسط`, `وقف`: a و of the root leaves two letters, no verb
      if (!t.norm.startsWith("و") || bare.length < 3 || hasArticle(bare) || withoutHarakat(t.surface).endsWith(TEH_MARBUTA) || CLAUSE_PARTICLES.has(t.norm) || isRoleHead(bare) || HONORIFIC_NOUNS.has(bare)) continue;
      if (this.spans.some((sp) => sp.start < t.end && sp.end > t.start)) continue;
      const head = this.toks[j + 1];
      if (!head || j + 1 >= v || !/^\s+$/.test(this.gapBefore(j + 1))) continue;
      const holderEnd = isRoleHead(head.norm) || isTitle(head.norm) ? this.phraseEnd(j + 1, v, true) : j + 2;
      const person = this.spans.find((sp) => sp.type === "person" && sp.start >= head.start && sp.start < this.toks[holderEnd - 1]!.end);
      if (person) return this.named(person.text);
    }
    return null;
  }

  /**
   * `وتأتي تصريحات الوزير الإسرائيلي بعد تحذير رئيس الوزراء الإسرائيلي أمس لنظام الأسد مشددا على أن`, `تأتي بعد ساعات
   * على إعلان الرئيس الأمريكي، دونالد ترامب، انسحاب …، مشيرا`: in a sentence with no speech verb before the participle
   * at v, a speech verbal noun after a preposition of time or place (`بعد`, `عقب`, `على` — not glued: `رحب بإعلان X،
   * مؤكدا` is the welcomer's) whose agent in construct names a person or a role speaks; the nearest such noun, else null.
   */
  private speechNounAgent(from: number, v: number): string | null {
    // `وتأتي تصريحات …`, `ويذكر أن تغريدة العريفي تأتي …`: the frame «X comes after Y's announcement» only; in `استقبل الوزير …
    // بعد إعلان X، مؤكدا` the participle is the subject's
    if (!this.toks.slice(from, v).some((t) => COMING_VERBS.has(withoutConjunction(t.norm)))) return null;
    for (let j = v - 2; j > from; j--) {
      if (isSpeechVerbWord(this.toks[j]!.norm)) return null;
      if (!AGENT_SPEECH_NOUNS.has(this.toks[j]!.norm) || !(TIME_PREPOSITIONS.has(this.toks[j - 1]!.norm) || NOUN_PREPOSITIONS.has(this.toks[j - 1]!.norm))) continue;
      const head = this.toks[j + 1]!;
      if (!/^\s+$/.test(this.gapBefore(j + 1))) continue;
      const named = this.spans.some((sp) => sp.type === "person" && sp.start === head.start);
      if (named || isRoleHead(head.norm)) return this.subjectOf(j, v, from, true);
    }
    return null;
  }

  /**
   * `وتابع اقتباسه قائلا`, `غير رأيه لاحقا وقال`, `بحسب حديثه الفضائي`: a noun carrying a possessive
   * pronoun (ه، ها، هم، هما) and no article is what someone has, never who speaks — unless the
   * recognizer holds it in a name (`إينجه`, `عبدالله`) or it is a given name or an honorific (سموه).
   */
  private isPossessedNoun(k: number): boolean {
    const t = this.toks[k]!;
    const bare = withoutConjunction(t.surface);
    if (!mayEndInPossessive(bare)) return false;
    const possessed = /^([\p{L}]{3,}?)(?:ه|ها|هم|هما)$/u.exec(bare);
    if (!possessed || bare.startsWith("ال") || /الله$/.test(bare)) return false;
    // `ناشطوها`, `مسؤولوه`: a plural of people in construct; `محاميه`, `والدته`, `أنصاره`: someone's people speak
    const base = possessed[1]!.replace(/ت$/, "ة");
    if (/[وي]$/.test(possessed[1]!) && possessed[1]!.length > 3 || PEOPLE_OF.has(normalizeArabic(base))) return false;
    if (HONORIFIC_PRONOUNS.has(t.norm) || GIVEN_NAMES.has(t.norm) || isTitle(t.norm) || isRoleHead(t.norm)) return false;
    return !this.spans.some((sp) => sp.start < t.end && sp.end > t.start);
  }

  /** Skips objects, adverbs and the medium spoken to after a verb. */
  private skipLead(k: number, end: number): number {
    while (k < end) {
      const t = this.toks[k]!;
      if (isLeadAdverbOrParticiple(t.norm) && !this.isGuardianNoun(k)) {
        // تعليقا على X / ردا على X: the adverbial runs to a comma
        if (/^(?:تعليقا|ردا|تعقيبا)$/.test(t.norm)) return end;
        k++;
        continue;
      }
      if (this.isMedium(k, true)) {
        k = this.skipMedium(k, end);
        continue;
      }
      // `قال، قبيل زيارته الثانية لبيونغيانغ، إنه`: an adverbial of time or cause set off by commas is no subject
      if (k > 0 && ADVERBIAL_PREPOSITIONS.has(t.norm) && hasComma(this.gapBefore(k))) {
        k = this.afterNextComma(k, end);
        continue;
      }
      // `أبلغوا «الشرق الأوسط» يوم الأربعاء الماضي، أن`: يوم before a day's name is part of the adverb
      if (t.norm === "يوم" && k + 1 < end && isLeadAdverb(this.toks[k + 1]!.norm)) {
        k++;
        continue;
      }
      // `ذكر الجمعة الماضي أن`: the day was skipped, its relative time is no subject either
      if (k > 0 && RELATIVE_TIMES.has(t.norm) && isLeadAdverb(this.toks[k - 1]!.norm)) {
        k++;
        continue;
      }
      // `وقال عام 2015 "…"`, `وقال في 2015 إن`: a year after the verb is no subject
      const year = this.yearAdverbEnd(k, end);
      if (year > k) {
        k = year;
        continue;
      }
      // `عندما قال العام الماضي:`: a time phrase after the verb is no subject
      if (k + 1 < end && (TIME_NOUNS.has(t.norm) || t.norm === "العام") && RELATIVE_TIMES.has(this.toks[k + 1]!.norm)) {
        k += 2;
        continue;
      }
      break;
    }
    return k;
  }

  /** The token after the first comma after token k and before `end`; `end` when none stands there. */
  private afterNextComma(k: number, end: number): number {
    for (let j = k + 1; j < end; j++) if (hasComma(this.gapBefore(j))) return j;
    return end;
  }

  /** End of a year adverb at k (`عام 2015`, `في 2015`, `في عام 2015`, `سنة 2015`), k when none stands there. */
  private yearAdverbEnd(k: number, end: number): number {
    let j = k;
    if (this.toks[j]?.norm === "في") j++;
    if (YEAR_NOUNS.has(this.toks[j]?.norm ?? "")) j++;
    if (j === k || j >= end || !/^(?:1[89]|20)\d\d$/.test(this.toks[j]!.norm)) return k;
    return j + 1;
  }

  /** `لرويترز`, `لفرانس 24`, `لوكالة الأنباء`, `للصحفيين`, `لـ"الاقتصادية"`: the medium spoken to. */
  private isMedium(k: number, afterVerb = false): boolean {
    const t = this.toks[k]!;
    // `وقال لـ"الرياض"، معتز مغربل`: ل alone (its medium in quotes after it) is the medium's
    if (t.norm === "ل") return true;
    if (!t.norm.startsWith("ل") || t.norm.length < 2) return false;
    // `تقول لابريس`, `لوفيغارو`: a name the recognizer tagged from its ل on is the name, not ل + a medium
    if (this.spans.some((sp) => sp.start === t.start && sp.type !== "misc")) return false;
    // right after a speech verb, لـ names who was spoken to (قال لرويترز، صرح لفرانس 24)
    if (afterVerb && t.norm.length >= 4 && !L_ROOT_WORDS.has(t.norm) && !L_ROOT_WORDS.has(t.norm.replace(/^(?:ال|لل)/, ""))) return true;
    if (MEDIA.has(t.norm.slice(1)) || MEDIA.has(t.norm) || MEDIA_NAMES.has(t.norm.slice(1))) return true;
    const inner = this.spans.find((s) => s.start > t.start && s.start <= t.start + 2 && s.type !== "misc");
    return !!inner && inner.type !== "person";
  }

  private skipMedium(k: number, end: number): number {
    const t = this.toks[k]!;
    const span = this.spans.find((s) => s.start >= t.start && s.start <= t.start + 2);
    let j = k + 1;
    const quoted = t.norm === "ل" && j < end ? this.quotedNameEnd(t.end, this.toks[j]!.start) : -1;
    if (quoted >= 0) while (j < end && this.toks[j]!.start < quoted) j++;
    else if (span) while (j < end && this.toks[j]!.start < span.end) j++;
    else {
      // the medium's name after the noun: لوكالة فرانس برس / لوكالة الأنباء الفرنسية / لـ"الاقتصادية"
      // after a medium's noun (لصحيفة لو باريزيان) a name the recognizer took for a person is the medium's
      const mediumNoun = MEDIA.has(t.norm.slice(1)) || (t.norm.startsWith("لل") && MEDIA.has(`ال${t.norm.slice(2)}`));
      const named = j < end ? this.spans.find((s) => s.start >= this.toks[j]!.start && s.start < this.toks[j]!.end && (s.type !== "person" || mediumNoun)) : undefined;
      if (named) while (j < end && this.toks[j]!.start < named.end) j++;
      else if (mediumNoun) j = this.foreignMediumNameEnd(j, end);
      while (j < end && !hasComma(this.gapBefore(j)) && !isComplementizer(this.toks[j]!.norm) && this.toks[j]!.norm.startsWith("ال")) j++;
    }
    while (j < end && this.toks[j]!.script === "digit") j++;
    return j;
  }

  /**
   * `لصحيفة لو باريزيان إن`, `لصحيفة واشنطن بوست إن`: a medium's name of foreign words with no article,
   * untagged, right after its noun and closed by a complementizer; j itself when it is not one.
   */
  private foreignMediumNameEnd(j: number, end: number): number {
    let e = j;
    while (e < end && e - j < MEDIUM_NAME_WORDS && !this.toks[e]!.norm.startsWith("ال") && !isRoleHead(this.toks[e]!.norm) && !isTitle(this.toks[e]!.norm) && !isComplementizer(this.toks[e]!.norm)) {
      if (e > j && /[،,:()]/.test(this.gapBefore(e))) return j;
      e++;
    }
    return e > j && e < end && isComplementizer(this.toks[e]!.norm) ? e : j;
  }

  /** End (exclusive) of the subject phrase starting at k: a comma, a complementizer, a medium, an adverb, a preposition. */
  private phraseEnd(k: number, end: number, isRole: boolean): number {
    let j = k + 1;
    // after a parenthesized medium name, the gap of its closing parenthesis
    let closing = false;
    for (; j < end; j++) {
      const t = this.toks[j]!;
      const gap = this.text.slice(this.toks[j - 1]!.end, t.start);
      // `قالت قناة (إن.تي.في) التلفزيونية التركية`: a medium's name in parentheses after its noun is part of it
      if (!closing && gap.includes("(") && /^\s*\(\s*$/.test(gap) && MEDIA.has(this.toks[j - 1]!.norm)) {
        let c = j;
        while (c + 1 < end && c - j < MAX_QUOTED_NAME_WORDS && !/[()،,:;]/.test(this.gapBefore(c + 1))) c++;
        if (/^\s*\)\s*$/.test(c + 1 < this.toks.length ? this.gapBefore(c + 1) : "")) {
          j = c;
          closing = true;
          continue;
        }
      }
      const closed = closing;
      closing = false;
      if (closed) {
        // the words after the name go on only as its nisba adjectives (`التلفزيونية التركية`)
        if (!/^ال\p{L}+(?:ي|يه|يون|يين)$/u.test(t.norm)) break;
        continue;
      }
      // `مسؤول بالبيت الأبيض، تحدث شريطة عدم نشر اسمه،`: a clause withholding the name is no name in apposition
      if (hasComma(gap) && this.withholdsName(j, end)) break;
      if (hasPhraseBreak(gap) && !(isRole && (this.appositionPerson(j) || isTitle(t.norm) || this.appositionNameEnd(j, end) > j))) break;
      // `رئيس الوزراء الصيني لي كه تشيانغ`, `مراسل بي بي سي، ديف لي`: a word spelled like لي («to me») inside a name the
      // recognizer tagged is the name's own
      // `نائب ولي العهد`: ولي before a definite noun is the noun, not و + لي
      if (endsSubjectPhrase(t.norm) && !this.isNameParticle(j) && !this.insideTaggedName(j) && !this.isGuardianNoun(j)) break;
      // `لرويترز`, `لوكالة …`, `للصحفيين` end the subject; `لشؤون الخزانة`, `لفرع الرئاسة` are part of a title
      if (t.norm.startsWith("ل") && t.norm.length >= 3 && (MEDIA.has(t.norm.slice(1)) || MEDIA_NAMES.has(t.norm.slice(1)) || MEDIA.has(t.norm) || (t.norm.startsWith("لل") && MEDIA.has(`ال${t.norm.slice(2)}`)))) break;
      // `نجيب عبد الرزاق الأسبوع الماضي`: a time phrase; `قال عبد الكريم لـ«الشرق الأوسط»`: ل alone, the medium
      // `عميد عمادة السنة التحضيرية`: a time noun with a definite adjective of no time is a name's word
      const timeOfName = j + 1 < end && this.toks[j + 1]!.norm.startsWith("ال") && !RELATIVE_TIMES.has(this.toks[j + 1]!.norm);
      if ((TIME_NOUNS.has(t.norm) && !timeOfName && !this.insideSpan(t.start)) || t.norm === "ل") break;
      // `مسؤولون أمريكيون يوم الاثنين`, `الشرطة النمساوية يوم أمس`: the day the words were said
      if (!this.insideSpan(t.start) && t.norm === DAY && isLeadAdverb(this.toks[j + 1]?.norm ?? "")) break;
      // `المتحدث باسم الخارجية لبزنس ستاندرد`: a name written elsewhere without its glued ل is the medium told
      if (t.norm.startsWith("ل") && !this.insideSpan(t.start) && this.spans.some((sp) => sp.start >= t.start && sp.start <= t.start + 2 && this.isMediumWithL(sp, t.start))) break;
      // `وأشاد شي بالفيلسوف الألماني`: ب + the article opens the verb's object, outside a role phrase (`مسؤول بالرئاسة`)
      if (!isRole && t.norm.startsWith("بال") && !this.insideSpan(t.start)) break;
      // `وكانت لجنة المنشطات قد برأت`: قد opens the verb, it ends the subject
      if (VERB_PARTICLES.has(t.norm)) break;
      // `وقدمت الشركة اعتذارها عن`, `ووجه الوزير انتقاداً`: after a word with the article, a noun carrying a possessive pronoun or
      // in tanween fath is the verb's object, never the subject's word (a definite noun is in construct with nothing after it)
      if (hasArticle(this.toks[j - 1]!.norm) && this.opensObject(j)) break;
      // `وقال التحالف بحسب ما نقلت عنه قناة …`, `وقال المسؤولون حسبما أفادت الصحيفة`, `وقالت مصادر بحسب سكاي نيوز`: an
      // attribution names who relayed the words, after the subject (not a name's word: `حسب الله`)
      if (this.isAttributionStop(j)) break;
      // `الوزير في 2015`: a year is when the words were said
      if (this.yearAdverbEnd(j, end) > j) break;
      // `مسؤول أمني طلب عدم ذكر اسمه`, `رفض ذكر اسمه`: the clause withholding the name is no part of the subject
      if (this.toks[j + 1]?.norm === "عدم" || (OWN_NAME.has(this.toks[j + 2]?.norm ?? "") && isSpeechVerbWord(this.toks[j + 1]?.norm ?? ""))) break;
      // `الوزير في مؤتمر صحفي`, `المتحدث ببيانه`: where the role spoke is no part of it
      if (isRole && ((t.norm === "في" && VENUE_NOUNS.has(this.toks[j + 1]?.norm ?? "")) || (/^ب/.test(t.norm) && VENUE_NOUNS.has(t.norm.slice(1))))) break;
      // isStop: على is a stop, the name علي (`الرائد علي أل سالم`) is not
      if (this.isStop(j) && !(isRole && ROLE_LINKS.has(t.norm)) && !this.insideSpan(t.start)) break;
    }
    return j;
  }

  /**
   * phraseEnd's object after a word with the article: a noun at j in tanween fath or carrying a possessive pronoun
   * (`اعتذارها`, `تصريحاته`, `انتقاداً`), outside a recognized name — not the saying noun of `عن متحدث … تحذيره بأن`, nor a
   * word of the role before its holder's name (`رئيس البرلمان المنتهية ولايته سليم الجبوري`).
   */
  private opensObject(j: number): boolean {
    const t = this.toks[j]!;
    if (this.insideSpan(t.start) || !(TANWEEN_FATH.test(t.surface) || this.isPossessedNoun(j))) return false;
    const next = this.toks[j + 1];
    // `تحذيره بأن`: a noun right before the content is its saying noun
    return !next || (!isComplementizer(next.norm) && !this.spans.some((sp) => sp.type === "person" && sp.start === next.start));
  }

  /** An attribution word at j (بحسب، حسب، حسبما، وفق، وفقا، طبقا، تبعا; not نقلا, read by quotedSourceAt) outside a recognized name, not `حسب الله`. */
  private isAttributionStop(j: number): boolean {
    const t = this.toks[j]!;
    if (t.norm === QUOTED_FROM || !isAttributionWord(t.norm) || this.insideSpan(t.start)) return false;
    return this.toks[j + 1]?.norm !== GOD;
  }

  /** `، تحدث شريطة عدم نشر اسمه،`, `، طلب عدم الكشف عن هويته،`: the clause from token j to its comma withholds the speaker's name. */
  private withholdsName(j: number, end: number): boolean {
    for (let e = j; e < Math.min(end, j + WITHHELD_NAME_WORDS); e++) {
      if (e > j && PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(e))) return false;
      if (OWN_NAME.has(this.toks[e]!.norm)) return true;
    }
    return false;
  }

  /** `المتحدث باسم حاكم الإقليم، عطاء الله خوجياني، إن`: a person's name in apposition after a comma. */
  private appositionPerson(j: number): boolean {
    const t = this.toks[j]!;
    return this.spans.some((s) => s.start >= t.start && s.start < t.end && s.type === "person");
  }

  /**
   * `وأبلغ وزير الخارجية نظيره الأمريكي أن`, `وأبلغ مسؤول إسرائيلي رويترز أن`, `وأبلغت الحكومة الأمم
   * المتحدة أنها`: where the one told starts inside the subject phrase [k, end) of أبلغ / أخبر — a
   * counterpart (نظيره), a medium, or an organization or place after a word that ends a noun phrase
   * (with the article or a nisba ـي), not after a role's link (باسم، في).
   */
  private toldStart(k: number, end: number): number {
    for (let j = k + 1; j < end; j++) {
      const t = this.toks[j]!;
      if (this.insideSpan(t.start)) continue;
      if (ADDRESSEES.has(t.norm) || MEDIA.has(t.norm) || MEDIA_NAMES.has(t.norm)) return j;
      const prev = this.toks[j - 1]!.norm;
      const opensEntity = this.spans.some((s) => s.start >= t.start && s.start < t.end && (s.type === "organization" || s.type === "location"));
      if (opensEntity && !ROLE_LINKS.has(prev) && (prev.startsWith("ال") || prev.endsWith("ي"))) return j;
    }
    return end;
  }

  /** Whether the person `name` found in [k, end) stands after a comma there (an apposition the recognizer tagged). */
  private spanBeforeComma(k: number, end: number, name: string): boolean {
    const folded = normalizeArabic(name);
    for (let j = k + 1; j < end; j++) {
      if (hasComma(this.gapBefore(j))) return normalizeArabic(this.phraseText(j, end) ?? "").includes(folded);
    }
    return false;
  }

  /**
   * `أعلنت حملة مرشح انتخابات الرئاسة الفرنسية إيمانويل ماكرون أنها`: the subject opens with a common
   * noun in construct (no article, no role, title or given name, no entity of its own) and the person
   * named is its possessor.
   */
  private possessedBy(k: number, end: number, person: string): boolean {
    const t = this.toks[k]!;
    if (t.norm.startsWith("ال") || isRoleHead(t.norm) || isTitle(t.norm) || GIVEN_NAMES.has(t.norm) || SPOKESPERSON_WORDS.has(t.norm)) return false;
    if (this.spans.some((sp) => sp.start <= t.start + 1 && sp.end > t.start)) return false;
    if (!POSSESSING_NOUNS.has(t.norm)) return false;
    return normalizeArabic(this.phraseText(k + 1, end) ?? "").includes(normalizeArabic(person).split(" ").pop()!);
  }

  /**
   * `محامي الرئيس الأمريكي دونالد ترامب`, `المتحدثة باسم الرئيس الفرنسي إيمانويل ماكرون`, `الطبيب السابق
   * للرئيس`: the subject's first person is named right after a leader's title (الرئيس، الملك، الأمير…,
   * with لل or not, then adjectives with the article) that stands after the subject's head — the leader
   * the head belongs to, not the one speaking.
   */
  private leaderNamedAfter(k: number, end: number): boolean {
    // `ملك السويد الملك كارل`: a leader's own title heads the subject; `رودي جولياني محامي الرئيس …`: the first name speaks
    const head = this.toks[k]!.norm;
    if (LEADER_TITLES.has(head) || LEADER_TITLES.has(`ال${head}`)) return false;
    const span = this.spans.find((sp) => sp.type === "person" && sp.end > this.toks[k]!.start && sp.start < this.toks[end - 1]!.end);
    if (!span || span.start <= this.toks[k]!.end) return false;
    let j = this.firstTokenFrom(span.start) - 1;
    while (j > k && hasArticle(this.toks[j]!.norm) && !LEADER_TITLES.has(this.toks[j]!.norm) && !hasComma(this.gapBefore(j + 1))) j--;
    if (j <= k || hasComma(this.gapBefore(j + 1))) return false;
    return LEADER_TITLES.has(this.toks[j]!.norm.replace(/^لل/, "ال"));
  }

  /**
   * `وزير الداخلية الهادي مجدوب ان`: a name the recognizer cut short runs on through the name words
   * after it when they close the subject phrase.
   */
  private extendedName(person: string, k: number, end: number): string {
    const last = normalizeArabic(person).split(" ").pop()!;
    let j = k;
    while (j < end && normalizeArabic(this.toks[j]!.surface).replace(/^[وفبل]/, "") !== last && this.toks[j]!.norm !== last) j++;
    if (j >= end - 1) return person;
    for (let e = j + 1; e < end; e++) {
      if (this.isNameWord(e, true) && !/[،,:]/.test(this.gapBefore(e)) && !this.isToldWord(this.toks[e]!.surface)) continue;
      return this.familyNameBeforeRole(person, j + 1, e) ?? person;
    }
    return `${person} ${this.phraseText(j + 1, end)}`;
  }

  /**
   * `وقال أشرف القدرة الناطق باسم الوزارة`, `سايمون ويزمان الباحث في`: a one-word name the recognizer
   * tagged alone, then one or two name words right before a definite role in apposition — the family
   * name, which the person's name takes.
   */
  private familyNameBeforeRole(person: string, from: number, role: number): string | null {
    if (role - from < 1 || role - from > 2 || person.trim().includes(" ")) return null;
    const t = this.toks[role]!;
    // `إيناس الرشيد مدربة مسار الفيزياء`, `وحيد سعودي مدير عام التحاليل`: an indefinite role in construct with what follows it is in apposition too
    const indefiniteRole = !t.norm.startsWith("ال") && isRoleHead(t.norm) && role + 1 < this.toks.length && !PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(role + 1));
    if (!(t.norm.startsWith("ال") || indefiniteRole) || !(isRoleHead(t.norm) || SPOKESPERSON_WORDS.has(t.norm))) return null;
    if (/[،,:]/.test(this.text.slice(this.toks[role - 1]!.end, t.start))) return null;
    return `${person} ${this.phraseText(from, role)}`;
  }

  /**
   * `وقال الباحث الفلكي، بقسم علوم الفلك بجامعة الملك عبدالعزيز، ملهم بن محمد هندي:`, `وقال الطبيب
   * من كلية ديفيد جيفن للطب …، يوسوكي تسوغاوا، وزملاؤه … إن`: after a role phrase ended at `from`,
   * the name set off by commas before the content, within a few words (the role's adjunct between):
   * a chunk opened by a comma and closed by a comma or the content, all of it a name (an untagged
   * apposition name, or a person the recognizer tagged from its first or second word); none after
   * a medium told or a counterpart met (مع، نظيره).
   */
  private nameAfterAdjunct(from: number, end: number): string | null {
    for (let j = from; j < Math.min(end, from + MAX_ROLE_HOLDER_WORDS); j++) {
      if (j === 0 || !hasComma(this.gapBefore(j))) continue;
      let e = j + 1;
      while (e < end && !PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(e))) e++;
      if (e - j > MAX_APPOSITION_NAME_WORDS) continue;
      // `لبي بي سي`: the medium told; `مع نظيره القبرصي، يورغوس لاكوتريبيس`: the name of the one met, not the speaker
      if (this.isMedium(j, true) || this.toks.slice(from, j).some((t) => ADDRESSEES.has(t.norm) || t.norm === "مع")) return null;
      if (this.appositionNameEnd(j, end) === e) return this.phraseText(j, e);
      const titled = this.titledApposition(j, e);
      if (titled) return titled;
      const second = this.toks[j + 1];
      const tagged = this.spans.some((sp) => sp.type === "person" && (sp.start === this.toks[j]!.start || (!!second && e - j > 2 && sp.start === second.start && this.isNameWord(j, true))) && sp.end <= this.toks[e - 1]!.end);
      if (tagged && this.toks.slice(j, e).every((_, i) => this.isNameWord(j + i, true) || this.insideSpan(this.toks[j + i]!.start + 1))) return this.phraseText(j, e);
    }
    return null;
  }

  /** titledApposition of the comma-opened chunk at j, up to the next phrase break before `end`; else null. */
  private titledAppositionAt(j: number, end: number): string | null {
    if (j <= 0 || j >= end || !hasComma(this.gapBefore(j))) return null;
    let e = j + 1;
    while (e < end && !PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(e))) e++;
    return e - j <= MAX_APPOSITION_NAME_WORDS + 1 ? this.titledApposition(j, e) : null;
  }

  /**
   * `مساعد وزير الخارجية …، السفير ناصر الصبيح، الاثنين`, `مقرر مجلس النواب ، النائب صالح قلمة ، في تصريح`: an
   * apposition [j, e) opened by a definite title or role word (a rank the holder bears) and then wholly a person
   * the recognizer tagged names the role's holder: that person, without the title; else null.
   */
  private titledApposition(j: number, e: number): string | null {
    const head = this.toks[j]!.norm;
    if (e - j < 2 || !hasArticle(head) || !(isTitle(head) || isRoleHead(head))) return null;
    const name = this.spans.find((sp) => sp.type === "person" && sp.start === this.toks[j + 1]!.start);
    return name && name.end >= this.toks[e - 1]!.end ? name.text : null;
  }

  /**
   * `مديرة برنامج … التحصيل الدراسي أحلام المحمدي`, `مدير عام التعليم بمنطقة نجران ناصر بن سليمان المنيع`: a
   * role phrase [k, end) longer than MAX_ROLE_WORDS closed, with no comma, by a name the recognizer missed — a known given name, or an
   * indefinite word right after the role's definite last word (no construct goes on from there), then up
   * to a family name with the article or a word after بن; the name, or null.
   */
  private closingName(k: number, end: number): string | null {
    // a shorter phrase is given whole, the name with it
    if (end - k <= MAX_ROLE_WORDS) return null;
    for (let j = Math.max(k + 2, end - MAX_NAME_WORDS); j < end - 1; j++) {
      const t = this.toks[j]!;
      const before = this.toks[j - 1]!.norm;
      if (hasArticle(t.norm) || isTitle(before) || NAME_LINKS.has(before) || !/^\s+$/.test(this.gapBefore(j))) continue;
      // `موظفي القطاع`: a plural in construct is the verb's object, no name
      if (!GIVEN_NAMES.has(t.norm) && !(hasArticle(before) && !/^[وفبل]/.test(t.norm) && !/(?:ي|ين|ون)$/.test(withoutHarakat(t.surface)))) continue;
      const last = this.toks[end - 1]!.norm;
      // `سانت لويس الأميركية`: a feminine nisba is a place's adjective, no family name
      if (!((hasArticle(last) && !last.endsWith("ه")) || NAME_LINKS.has(this.toks[end - 2]!.norm))) continue;
      let ok = true;
      for (let e = j; e < end && ok; e++) ok = this.isNameWord(e, true) && (e === end - 1 || !hasArticle(this.toks[e]!.norm)) && (e === j || /^\s+$/.test(this.gapBefore(e)));
      if (ok) return this.phraseText(j, end);
    }
    return null;
  }

  /** The untagged name after a comma in a role phrase [k, end), as written. */
  /**
   * `، سيدريك لايتون،`, `، علي خامنئي،`: after the comma before j, a person the recognizer tagged or a run opened by a known
   * given name (appositionNameEnd), closed by a comma before `end`; the name, else null.
   */
  private nameBetweenCommas(j: number, end: number): string | null {
    if (j <= 0 || j >= end || !hasComma(this.gapBefore(j))) return null;
    const t = this.toks[j]!;
    const person = this.spans.find((sp) => sp.type === "person" && sp.start === t.start);
    let e = j;
    if (person) while (e < end && this.toks[e]!.start < person.end) e++;
    else if (GIVEN_NAMES.has(t.norm)) e = this.appositionNameEnd(j, end);
    return e > j && e < end && hasComma(this.gapBefore(e)) ? this.phraseText(j, e) : null;
  }

  private appositionNameIn(k: number, end: number): string | null {
    for (let j = k + 1; j < end; j++) {
      if (!hasComma(this.gapBefore(j))) continue;
      const e = this.appositionNameEnd(j, end);
      if (e > j) return this.phraseText(j, e);
    }
    return null;
  }

  /**
   * `وقالت كبيرة الباحثين في الدراسة، ميليسا إل. هاريس، من جامعة`: after a role's comma, a name the
   * recognizer did not tag — 1 to 4 words closed by a comma, من / في or a complementizer, none of them
   * a function word, speech word, role, title or adverb, the article only on its last word (الزهراني),
   * and a one-word run only a known given name. End (exclusive) of the name, or j when there is none.
   */
  private appositionNameEnd(j: number, end: number): number {
    let e = j;
    while (e < end && e - j < MAX_APPOSITION_NAME_WORDS) {
      const t = this.toks[e]!;
      if (e > j && !/^[\s.]*$/.test(this.text.slice(this.toks[e - 1]!.end, t.start))) break;
      if (!this.isNameWord(e, e > j && GIVEN_NAMES.has(this.toks[j]!.norm))) return j;
      e++;
      // `الزهراني` closes a name
      if (hasArticle(t.norm)) break;
    }
    if (e === j) return j;
    if (e - j === 1 && !GIVEN_NAMES.has(this.toks[j]!.norm)) return j;
    // `صالح العنزي`, `كاظم الحسيني`: a family name with the article follows a given name or is a nisba (`عقب الاجتماع` is none)
    const last = this.toks[e - 1]!.norm;
    if (e - j > 1 && hasArticle(last) && !GIVEN_NAMES.has(this.toks[j]!.norm) && !last.endsWith("ي")) return j;
    if (hasArticle(this.toks[j]!.norm)) return j;
    if (e >= end || e >= this.toks.length) return e;
    const closedByComma = hasComma(this.gapBefore(e));
    const next = this.toks[e]!.norm;
    return closedByComma || next === "من" || next === "في" || isComplementizer(next) ? e : j;
  }

  /** A word that may be part of a name: no function word, speech word, role, title, adverb or ة-noun. */
  private isNameWord(k: number, afterGivenName: boolean): boolean {
    const t = this.toks[k]!;
    if (t.script === "digit" || t.norm.length < 2) return false;
    // isStopword folds the name علي (Ali, final yeh) into the preposition على: as written, it is the name
    if ((isStopword(t.norm) && t.surface !== "\u0639\u0644\u064A") || this.isStop(k) || ADVERBIAL_PREPOSITIONS.has(t.norm) || (isComplementizer(t.norm) && !this.isNameParticle(k)) || isLeadAdverb(t.norm)) return false;
    if (isSpeechVerbWord(t.norm) || isSpeechNounWord(t.norm) || isContinuingParticiple(t.norm) || isNarratorParticiple(t.norm) || OBJECT_VERBAL_NOUNS.has(t.norm)) return false;
    if (isRoleHead(t.norm) || isTitle(t.norm) || SPOKESPERSON_WORDS.has(t.norm) || CLAUSE_PARTICLES.has(t.norm) || RELATIVES.has(t.norm) || ATTRIBUTIONS.has(t.norm)) return false;
    if (this.isObjectWord(k)) return false;
    // nouns and adjectives in ة (normalized ه) are common words unless a known given name (فاطمة، حمزة)
    // (`سميرة مرعي فريعة` after a given name, `جيه.` as an initial)
    if (!t.norm.endsWith("ه") || GIVEN_NAMES.has(t.norm) || afterGivenName) return true;
    return k + 1 < this.toks.length && this.text.slice(t.end, this.toks[k + 1]!.start).startsWith(".") && t.norm.length <= 3;
  }

  /**
   * A word that opens the verb's object or a circumstance, never a name's: one written with tanween
   * fath (`متوقعًا`, `مؤشراً`: an accusative), a verbal noun (`أهمية`, `وجود`), or ب glued to the article, a
   * demonstrative or a noun in ة (`بالقول`, `بهذه الشراكة`, `بمحاسبة`; a given name such as بثينة and a
   * family name in با or بو such as باناجه, بوخمادة are names).
   */
  private isObjectWord(k: number): boolean {
    const t = this.toks[k]!;
    if (TANWEEN_FATH.test(t.surface) || OBJECT_VERBAL_NOUNS.has(t.norm)) return true;
    if (!t.norm.startsWith("ب") || GIVEN_NAMES.has(t.norm) || t.norm.length < 4) return false;
    const rest = t.norm.slice(1);
    return rest.startsWith("ال") || /^(?:هذه|هذا|هذين|هؤلاء|ذلك|تلك)$/.test(rest) || (rest.endsWith("ه") && !/^[او]/.test(rest) && !GIVEN_NAMES.has(rest));
  }

  private insideSpan(offset: number): boolean {
    return this.spans.some((s) => s.start < offset && offset < s.end);
  }

  /** Index of the first span (by start) that starts at or after `offset`. */
  private firstSpanFrom(offset: number): number {
    return lowerBound(this.spans, (s) => s.start < offset);
  }

  /**
   * The indexes in [from, to) of the tokens whose norm is one of `norms`, ascending: the tokens a scan of
   * [from, to) testing `norms.includes(norm)` first would reach.
   */
  private tokensWithNorms(norms: readonly string[], from: number, to: number): number[] {
    if (!this.normBucketFirst || !this.normBucketNext) {
      const first = new Int32Array(NORM_BUCKETS).fill(-1);
      const next = new Int32Array(this.toks.length);
      for (let j = this.toks.length - 1; j >= 0; j--) {
        const bucket = normBucket(this.toks[j]!.norm);
        next[j] = first[bucket]!;
        first[bucket] = j;
      }
      this.normBucketFirst = first;
      this.normBucketNext = next;
    }
    const out: number[] = [];
    let distinct = 0;
    for (let f = 0; f < norms.length; f++) {
      const norm = norms[f]!;
      if (norms.indexOf(norm) < f) continue;
      distinct++;
      for (let j = this.normBucketFirst[normBucket(norm)]!; j >= 0 && j < to; j = this.normBucketNext[j]!) if (j >= from && this.toks[j]!.norm === norm) out.push(j);
    }
    return distinct > 1 ? out.sort((x, y) => x - y) : out;
  }

  /** The index of the first token starting at or after `offset`, -1 when none does (as findIndex, by binary search: tokens are sorted). */
  private firstTokenFrom(offset: number): number {
    const k = lowerBound(this.toks, (t) => t.start < offset);
    return k < this.toks.length ? k : -1;
  }

  /** The token whose text holds `offset`, if any (tokens are sorted and disjoint). */
  private tokenHolding(offset: number): Token | undefined {
    const t = this.toks[lowerBound(this.toks, (tok) => tok.end <= offset)];
    return t && t.start <= offset ? t : undefined;
  }

  /** The first span of `type` inside tokens [k, end), not a preposition's object, named canonically. */
  private spanIn(k: number, end: number, type: EntitySpan["type"], withAdjectives = false): string | null {
    const lo = this.toks[k]!.start;
    const hi = this.toks[end - 1]!.end;
    // the spans are sorted by start: those from lo - 2 on, up to hi
    for (let i = this.firstSpanFrom(lo - 2); i < this.spans.length; i++) {
      const s = this.spans[i]!;
      if (s.start >= hi) break;
      if (s.type !== type) continue;
      if (s.end > hi && !/^\S*$/.test(this.text.slice(hi, s.end).trim().split(/\s+/)[0] ?? "")) continue;
      if (s.start < lo && !/^[\s]*$/.test(this.text.slice(s.start, lo))) continue;
      const token = this.tokenHolding(s.start);
      if (!token) continue;
      if (this.isMediumWithL(s)) continue;
      const cut = this.text.slice(token.start, s.start);
      if (cut && /^[لب]/.test(cut)) continue;
      // `تقارير فاينانشال تايمز وأوتوكار`: a name glued to و after the phrase's first word is its second conjunct, never the subject alone
      if (cut === "و" && token.start > lo && !GIVEN_NAMES.has(token.norm)) continue;
      // a name cut inside its word by the recognizer (فيلينسكي → يلينسكي) is taken whole, up to the phrase's end
      const whole = cut ? this.text.slice(token.start, Math.min(s.end, hi)) : s.text;
      if (type === "person" && isRoleHead(normalizeArabic(whole))) continue;
      // `الرئيس التنفيذي للمهرجان عبدالعزيز المهوس`: ل and the article glued to a noun (للمهرجان) the recognizer took for a person is the role's complement
      if (type === "person" && GLUED_LAM_ARTICLE.test(normalizeArabic(whole))) continue;
      // `المتحدث الرسمي لأمانة الطائف إسماعيل إبراهيم`: ل glued to a noun in ة (not a name: لطيفة; not an ل root: لجنة) likewise
      if (type === "person" && this.isLamNoun(firstWord(whole))) continue;
      // `النقيب بحري عمر الأكلبي`: a rank's word the recognizer took for a name
      if (type === "person" && RANK_QUALIFIERS.has(normalizeArabic(whole))) continue;
      // `وزير المالية المصري`: a nationality adjective the recognizer took for a person
      if (type === "person" && NATIONALITIES.has(normalizeArabic(whole))) continue;
      if (cut) return whole;
      // `قال رونالدو لزيدان`: a person tagged with the one spoken to glued to ل after it
      const told = type === "person" ? this.toldAfterName(s) : null;
      if (told) return this.named(told);
      // `أحمد بن دغر قال`: a name tagged across the verb after it ends with the phrase
      if (s.end > hi && /^\s/.test(this.text.slice(hi, s.end))) return this.named(this.text.slice(s.start, hi));
      // `وكالة الأنباء الرسمية` + `السورية`: the nisba adjectives that close an organization's name
      if (withAdjectives) {
        let j = this.firstTokenFrom(s.end);
        let stop = s.end;
        while (j >= 0 && j < end && NISBA_ADJECTIVE.test(this.toks[j]!.norm) && /^\s+$/.test(this.text.slice(stop, this.toks[j]!.start))) stop = this.toks[j++]!.end;
        if (stop > s.end) return this.text.slice(s.start, stop);
      }
      return this.named(s.text);
    }
    return null;
  }

  /** `لأمانة`, `لهيئة`: ل glued to a noun in teh marbuta, written so — a preposition's object, no one's name. */
  private isLamNoun(word: string): boolean {
    const norm = normalizeArabic(word);
    return word.endsWith("\u0629") && norm.startsWith("ل") && norm.length >= 5 && !L_ROOT_WORDS.has(norm) && !GIVEN_NAMES.has(norm) && !GIVEN_NAMES.has(norm.slice(1));
  }

  /**
   * `رونالدو لزيدان`: a person span whose later word is the one spoken to (isToldWord) — the name
   * before that word; null when the span has no such word.
   */
  private toldAfterName(s: EntitySpan): string | null {
    const words = s.text.split(/\s+/);
    const i = words.findIndex((w, n) => n > 0 && this.isToldWord(w));
    return i > 0 ? words.slice(0, i).join(" ") : null;
  }

  /**
   * `لزيدان`, `للصحفيين`: ل glued to a medium or to a name the text writes elsewhere as a word of
   * its own (`زيدان`) — the one spoken to, never a word of the speaker's name.
   */
  private isToldWord(surface: string): boolean {
    const norm = normalizeArabic(surface);
    if (!norm.startsWith("ل") || norm.length < 4 || L_ROOT_WORDS.has(norm) || GIVEN_NAMES.has(norm)) return false;
    if (MEDIA.has(norm.slice(1)) || MEDIA_NAMES.has(norm.slice(1))) return true;
    return standsAlone(this.text, surface.slice(1).replace(/^\u0640/, ""));
  }

  /**
   * `قال المتحدث لبزنس ستاندرد` after `نقلت "بزنس ستاندرد"`: a name of two words or more the
   * recognizer tagged from a glued ل on (or right after it), written elsewhere in the text as a word
   * without the ل, is ل + the medium spoken to.
   */
  private isMediumWithL(s: EntitySpan, tokenStart = s.start): boolean {
    const written = this.text.slice(tokenStart, s.end);
    if (!written.startsWith("\u0644") || written.length < 4 || L_ROOT_WORDS.has(normalizeArabic(written.split(/\s/)[0]!))) return false;
    const rest = written.slice(1).replace(/^[\u0640"«“”]+/, "");
    // a medium's name of two words or more (`بزنس ستاندرد`, `نيويورك تايمز`): one word (`لهادي`) may be anyone's
    if (!/\s/.test(rest)) return false;
    for (let at = this.text.indexOf(rest); at >= 0; at = this.text.indexOf(rest, at + 1)) {
      if (at === 0 || !LETTER_BEFORE.test(this.text[at - 1]!)) return true;
    }
    return false;
  }

  /**
   * `لـ «عكاظ»`, `لـ”عين اليوم”` (some papers open with the closing mark): where the quotation opened in
   * the gap [from, to) closes on its line, else -1.
   */
  private quotedNameEnd(from: number, to: number): number {
    // `لـ(عكاظ)` (Okaz writes its own name in parentheses) as `لـ"الرياض"`
    if (!/["«“”(]/.test(this.text.slice(from, to))) return -1;
    const close = this.text.slice(to).search(/["»”)\n]/);
    return close < 0 || this.text[to + close] === "\n" ? -1 : to + close;
  }

  /**
   * The canonical name of a span when it is the same name (`ترامب` → `دونالد ترامب`, or a given name
   * alone that starts it: `جورج` → `جورج بيل`), else the span as written.
   */
  private named(surface: string): string {
    const name = this.canonical(surface);
    const words = (x: string) => normalizeArabic(x).split(" ");
    const [nameWords, surfaceWords] = [words(name), words(surface.trim())];
    const sameLast = nameWords[nameWords.length - 1] === surfaceWords[surfaceWords.length - 1];
    const givenNameStart = surfaceWords.length === 1 && GIVEN_NAMES.has(surfaceWords[0]!) && nameWords[0] === surfaceWords[0];
    return sameLast || givenNameStart ? name : surface.trim();
  }

  private phraseText(k: number, end: number): string | null {
    if (end <= k) return null;
    return this.text.slice(this.toks[k]!.start, this.toks[end - 1]!.end).replace(/\s+/g, " ").trim();
  }

  /**
   * `أفادت مصادر محلية بأن …. وأكد العقيد دويد أن …. وأشارت إلى أن`: a continuation verb agrees with its
   * subject, so when the previous speaker was named with a verb of the other gender, the speaker is
   * the latest one named with a verb of this gender (non-human plurals and organizations take the
   * feminine: مصادر، السلطات، الوزارة), within a few paragraphs.
   */
  private agreeingSpeaker(v: number): string | null {
    const norm = this.toks[v]!.norm;
    // `مشيرًا إلى أن`, `مؤكدة أن`: a participle agrees as its verb would
    const gender = verbGender(norm) ?? (isContinuingParticiple(norm) ? participleGender(norm) : null);
    const subject = this.subjectAfter(this.lastSpeakerAt);
    // `واستنكر الأزهر التفجير. وقالت الوزيرة إن …`: a subject of the other gender is not the one who goes on;
    // `احتفت الأكاديمية … بحضور مساعد رئيس الهيئة عبدالعزيز العنقري …. وأكد في كلمته …، مشيرًا إلى أن`: with no
    // earlier speaker, a masculine verb goes to the person named latest — so it does with no earlier speaker nor
    // named subject at all (`حيث ألقى المهندس الغبان كلمة …، مشيراً إلى أن`: null before)
    const previous = subject?.gender && gender && subject.gender !== gender ? this.lastSpeaker ?? (gender === "m" ? this.latestPersonBefore(v) : null) : this.previousSpeaker() ?? (gender === "m" ? this.latestPersonBefore(v) : null);
    // `وصفت الكاتبة العامة للهيئة … نعيمة عصمان الوضع بالمتردي. وأضافت أن`, `استنكرت السفارة الفرنسية … عملية تخريب. وقالت`:
    // with no one before, a feminine verb goes on with the subject of the latest feminine verb opening a sentence
    const feminine = gender === "f" ? this.feminineSubjectNear(this.toks[v]!.start) : null;
    if (!previous) return feminine?.name ?? null;
    if (!gender) return previous;
    const at = this.toks[v]!.start;
    const known = this.speakerGenders.filter((s) => at - s.at <= ANAPHOR_WINDOW);
    const previousGender = [...known].reverse().find((s) => s.name === previous)?.gender;
    if (!previousGender || previousGender === gender) return previous;
    // `وقال الوزير …. والتقت الصحيفة بالسيدة فاطمة …. وقالت إن`: a woman named since the last (masculine) speaker
    return (gender === "f" ? this.latestWomanBefore(v) : null) ?? [...known].reverse().find((s) => s.gender === gender)?.name ?? previous;
  }

  /**
   * Whether `speaker` disagrees in number with the speech verb or participle at v: a singular one (قال، قالت، مؤكدا، مؤكدة)
   * with a plural of people (namesPeople), a plural one (قالوا، يقولون، مؤكدين) with one person the recognizer named.
   */
  private disagreesInNumber(speaker: string, v: number): boolean {
    const norm = this.toks[v]!.norm;
    const participle = isContinuingParticiple(norm);
    // `الباحثة منى الخالد`: a person named, with her role before the name
    const folded = normalizeArabic(speaker);
    if (isPluralOpener(norm)) return !this.namesPeople(speaker) && this.spans.some((sp) => sp.type === "person" && folded.endsWith(normalizeArabic(sp.text)));
    const singular = participle ? participleGender(norm) !== null : verbGender(norm) !== null;
    return singular && this.namesPeople(speaker);
  }

  /**
   * Whether `speaker` is a plural of people: a sound masculine plural of a participle or nisba (isPeoplePlural:
   * `برلمانيون`, `المتظاهرين`, `باحثون`), a people's plural (`الأتراك`) or a plural in construct (`مؤيدو ماسك`) opening it,
   * or a plural adjective right after its first word, as definite as it (`خبراء اقتصاديون`) — not a construct (`مفوض
   * اللاجئين`); never a word of a name the recognizer found (`الكرملين`, `بلتون`).
   */
  private namesPeople(speaker: string): boolean {
    const words = normalizeArabic(speaker).split(" ");
    const first = withoutConjunction(words[0]!);
    const second = words[1] ?? "";
    const plural = isPeoplePlural(first) || PEOPLES_PLURALS.has(first) || isConstructPeoplePlural(first) ? first : isPeoplePlural(second) && hasArticle(first) === hasArticle(second) ? second : null;
    if (!plural) return false;
    return !this.spans.some((sp) => sp.type !== "misc" && normalizeArabic(sp.text).split(" ").some((w) => w === plural || withoutConjunction(w) === plural));
  }

  /**
   * The speaker a bare verb or participle at v goes back to when the one found disagrees with it in number
   * (disagreesInNumber): a plural one, the plural subject before it (pluralSubjectBefore); a singular masculine one, the
   * person named latest before it; a feminine one, the woman named since the last speaker (latestWomanBefore) — else the
   * latest speaker named with a verb of its gender that is no plural of people; else null.
   */
  private agreeingInNumber(v: number): string | null {
    const norm = this.toks[v]!.norm;
    if (isPluralOpener(norm)) return this.pluralSubjectBefore(v);
    const gender = isContinuingParticiple(norm) ? participleGender(norm) : verbGender(norm);
    const at = this.toks[v]!.start;
    const spoke = () => [...this.speakerGenders].reverse().find((s) => s.at < at && at - s.at <= ANAPHOR_WINDOW && s.gender === gender && !this.namesPeople(s.name))?.name ?? null;
    const named = gender === "f" ? this.latestWomanBefore(v) : this.latestPersonBefore(v);
    return named && !this.namesPeople(named) ? named : spoke();
  }

  /**
   * Whether `speaker` is a man for the feminine bare verb or participle at v: a person the recognizer named who spoke, within
   * ANAPHOR_WINDOW before v, only with masculine verbs (`وأفاد وزير الإعلام معمر الإرياني أن` …, then `وقالت إنها`). A name
   * heard with both genders, or never heard, disagrees with none; a masculine opener after a woman is left as it is read
   * (`وقالت الصحيفة …. لكنه أكد`: the man the paper quotes, whom the pass does not know).
   */
  private disagreesInGender(speaker: string, v: number): boolean {
    if (this.openerGender(v) !== "f") return false;
    const folded = normalizeArabic(speaker);
    if (!this.spans.some((sp) => sp.type === "person" && folded.endsWith(normalizeArabic(sp.text)))) return false;
    const at = this.toks[v]!.start;
    const heard = this.speakerGenders.filter((s) => s.name === speaker && s.at < at && at - s.at <= ANAPHOR_WINDOW);
    return heard.length > 0 && heard.every((s) => s.gender === "m");
  }

  /** The gender of the speech verb (verbGender) or continuing participle (participleGender) at v; null for a plural or dual. */
  private openerGender(v: number): Gender | null {
    const norm = this.toks[v]!.norm;
    return isContinuingParticiple(norm) ? participleGender(norm) : verbGender(norm);
  }

  /**
   * `وصفت الكاتبة العامة … نعيمة عصمان الوضع`, `استنكرت السفارة الفرنسية بتونس …`, `تتحدث الأستاذة … آمال قرامي عن`: the
   * feminine verb — a perfect or an imperfect in ت — opening a sentence (after its adverbials), whose subject
   * (feminineSubjectAt) a later feminine verb may go on with; -1 when the sentence opens with none.
   */
  private feminineOpening(from: number, to: number): number {
    let start = this.afterOpeningAdverbial(from, to);
    // `كما حددت الهيئة العامة للغذاء والدواء خطوات …`: «as well» before the verb opens no clause of its own
    if (start + 2 < to && ALSO_PARTICLES.has(this.toks[start]!.norm)) start++;
    const verb = this.toks[start]?.norm ?? "";
    const bare = withoutConjunction(verb);
    if (start + 1 >= to || bare.length < 3 || hasArticle(bare) || actingVerbGender(bare) !== "f" || isStopword(verb) || NP_STOP.has(verb) || NP_STOP.has(bare) || CLAUSE_PARTICLES.has(verb) || isComplementizer(verb) || this.spans.some((sp) => sp.start <= this.toks[start]!.start && this.toks[start]!.start < sp.end)) return -1;
    return start;
  }

  /** The subject of the feminine verb at `start` (feminineOpening) up to `to`, else null. */
  private feminineSubjectAt(start: number, to: number): string | null {
    const subject = this.earlierSubject(start, to, true) ?? this.earlierSubject(start, to);
    return subject && !PREPOSITIONAL_PHRASE.test(normalizeArabic(subject)) ? subject : null;
  }

  /**
   * `من بين ردود الفعل العربية …، أعربت المنامة الخميس عن تأييدها …، واعتبرت أنه`, `وأظهرت إحصائية رسمية، اطلعت "الاقتصادية"
   * عليها، أن …، مشيرة`: the subject of the nearest feminine perfect verb in [floor, v) that names one right after it, for the feminine
   * verb or participle at v with no subject of its own (null when v is not feminine). A verb opening a relative clause
   * (isRelativeClauseVerb: `إحصائية رسمية، اطلعت "الاقتصادية" عليها`) is passed over.
   */
  private feminineClauseSubject(from: number, floor: number, v: number, isParticiple: boolean): string | null {
    const norm = this.toks[v]!.norm;
    if ((isParticiple ? participleGender(norm) : verbGender(norm)) !== "f") return null;
    const opening = this.afterOpeningAdverbial(from, v);
    for (let j = v - 1; j >= floor; j--) {
      if (!this.isFemininePerfect(j)) continue;
      const glued = /^[وف]/.test(this.toks[j]!.surface);
      // `ووصفت موزنجا بقولها …، وأضافت` after `وقالت شقيقة موزنجا`: a sentence going on with و after a woman who spoke is hers
      if (j === opening && glued && this.lastSpeakerFeminine(v)) return null;
      // `من التظاهرات اجتاحت عشرات المدن`: a verb inside a phrase (no comma, و or relative before it) opens no clause of its own
      const relativeVerb = j > opening && this.isRelativeClauseVerb(j);
      if (j !== opening && !glued && !relativeVerb && !hasComma(this.gapBefore(j))) continue;
      const subject = this.subjectRightAfter(j, v);
      if (!subject || this.namesPeople(subject)) continue;
      // `ونفذت غارات جوية ضد …`: after a verb going on with و inside the sentence, an indefinite phrase is its object
      if (j !== opening && glued && !this.namesSomeone(subject)) continue;
      // `إحصائية رسمية، اطلعت "الاقتصادية" عليها`: a relative clause's verb has the noun before it for subject, the phrase after
      // it is its object or another's
      if (relativeVerb) continue;
      return subject;
    }
    return null;
  }

  /** Whether the latest speaker before the opener at v, within ANAPHOR_WINDOW, spoke with a feminine verb. */
  private lastSpeakerFeminine(v: number): boolean {
    const at = this.toks[v]!.start;
    const last = [...this.speakerGenders].reverse().find((s) => s.at < at);
    return !!last && last.gender === "f" && at - last.at <= ANAPHOR_WINDOW;
  }

  /**
   * The subject of the feminine verb at j (feminineSubjectAt) when it stands right after the verb and its adverbs, before v —
   * no phrase of a glued preposition (`ما زالت بلون البشرة`, `اهتمت بتداعيات قرار`), no pronoun (`ظهرت به`).
   */
  private subjectRightAfter(j: number, v: number): string | null {
    const read = this.feminineSubjectAt(j, v);
    // `واستشهدت الصحيفة بما دفعته …`: a preposition glued to ما / من closes the subject
    const words = read?.split(" ") ?? [];
    const cut = words.findIndex((w, i) => i > 0 && PREPOSITION_WITH_WHAT.test(normalizeArabic(w)));
    const subject = cut > 0 ? words.slice(0, cut).join(" ") : read;
    if (!subject || /^[وف]?[بلك]?(?:ه|ها|هم|هما)$/.test(normalizeArabic(subject)) || this.isGluedBaPhrase(subject) || (GLUED_PREPOSITION.test(normalizeArabic(firstWord(subject))) && !this.spans.some((sp) => subject.startsWith(sp.text)))) return null;
    const k = this.skipLead(j + 1, v);
    if (k >= v) return null;
    const at = this.text.indexOf(subject, this.toks[j]!.end);
    return at >= 0 && at <= this.toks[k]!.start + 1 && at < this.toks[v]!.start ? subject : null;
  }

  /** Whether `speaker` opens with a name the recognizer found, a role, a word with the article, or a medium's noun. */
  private namesSomeone(speaker: string): boolean {
    const first = normalizeArabic(firstWord(speaker));
    return hasArticle(first) || isRoleHead(first) || MEDIA.has(first) || this.spans.some((sp) => sp.type !== "misc" && speaker.startsWith(sp.text));
  }

  /**
   * A perfect verb in ت at j (`تحدثت`, `وسارعت`, `أظهرت`) — no plural in ات, no word with the article, of a name or after a
   * preposition, no particle, complementizer, role or speech noun.
   */
  private isFemininePerfect(j: number): boolean {
    const t = this.toks[j]!;
    const bare = withoutConjunction(t.norm);
    if (!/^\p{L}{2,}[^ا]ت$/u.test(bare) || COMING_VERBS.has(bare) || FEMININE_AUXILIARIES.has(bare) || hasArticle(bare) || isStopword(t.norm) || NP_STOP.has(t.norm) || NP_STOP.has(bare) || CLAUSE_PARTICLES.has(t.norm) || isComplementizer(t.norm)) return false;
    if (isRoleHead(bare) || isSpeechNounWord(bare) || (j > 0 && NOUN_PREPOSITIONS.has(this.toks[j - 1]!.norm))) return false;
    return !this.spans.some((sp) => sp.start < t.end && sp.end > t.start);
  }

  /**
   * Whether the verb at j opens a relative clause: right after a relative pronoun (`التي اطلعت`), or bare (no و / ف) right
   * after an indefinite noun, a comma between or not (`اتهام سارعت`, `إحصائية رسمية، اطلعت`).
   */
  private isRelativeClauseVerb(j: number): boolean {
    const prev = this.toks[j - 1]!;
    if (RELATIVES.has(prev.norm) || /^و?(?:الذي|التي)$/.test(prev.norm)) return true;
    if (/^[وف]/.test(this.toks[j]!.surface) || !/^[\s،,]*$/u.test(this.gapBefore(j))) return false;
    return !hasArticle(withoutConjunction(prev.norm)) && !isStopword(prev.norm) && !NP_STOP.has(prev.norm) && !this.spans.some((sp) => sp.start < prev.end && sp.end > prev.start) && !/^[\p{L}]{2,}[^ا]ت$/u.test(prev.norm);
  }

  /**
   * lastFeminineSubject when read within FEMININE_SUBJECT_WINDOW before offset `at`, else null; the pending ones
   * (pendingFeminine) read, each as of when it was pending, only when the newest is that near.
   */
  private feminineSubjectNear(at: number): { name: string; at: number } | null {
    const pending = this.pendingFeminine;
    if (pending.length && at - pending[pending.length - PENDING_FIELDS + 2]! <= FEMININE_SUBJECT_WINDOW) {
      const settled = this.settlePending(pending, (verb, to) => this.feminineSubjectAt(verb, to));
      if (settled) this.lastFeminineSubject = settled;
    }
    const last = this.lastFeminineSubject;
    return last && at - last.at <= FEMININE_SUBJECT_WINDOW ? last : null;
  }

  /**
   * The person the recognizer named latest before token v and after the last speaker's verb whose words mark her a
   * woman: a noun naming a woman right before the name (WOMEN_NOUNS: `السيدة فاطمة`, `الناشطة …`), or an aside opened
   * by وهي right after it. Null when none, or when the latest is the last speaker's own name.
   */
  private latestWomanBefore(v: number): string | null {
    for (const sp of this.personsBefore(v)) {
      if (sp.start <= this.lastSpeakerAt) return null;
      const k = this.firstTokenFrom(sp.start);
      // the speaker named after his own verb (`ويقول المتحدث باسم الجمعية سونر آتيك`) is no one new
      if (this.lastSpeaker && normalizeArabic(this.lastSpeaker).includes(normalizeArabic(sp.text))) return null;
      const titled = k > 0 && WOMEN_NOUNS.has(this.toks[k - 1]!.norm) && /^\s+$/.test(this.text.slice(this.toks[k - 1]!.end, sp.start));
      if (titled || /^\s*[،,]?\s*وهي\s/.test(this.text.slice(sp.end, sp.end + 8))) return this.named(sp.text);
    }
    return null;
  }

  /**
   * `ودانت وزارة الخارجية المصرية الهجوم`, `واستنكر الأزهر التفجير`: a sentence opening (after its
   * adverbials) with a verb and an organization named right after it — that organization, with the
   * gender of the verb (a perfect in ت, an imperfect in ت: feminine).
   */
  private actingOrganization(from: number, to: number): { name: string; gender: Gender } | null {
    const start = this.afterOpeningAdverbial(from, to);
    if (start + 1 >= to) return null;
    const verb = this.toks[start]!.norm;
    if (verb.startsWith("ال") || ((NP_STOP.has(verb) || NP_STOP.has(withoutConjunction(verb))) && !this.isExpressingVerb(start, to)) || isComplementizer(verb) || CLAUSE_PARTICLES.has(verb) || SUBJECT_PARTICLES.has(verb) || isSpeechNounWord(verb)) return null;
    // `وتخطط «تسلا»`: a name in quotation marks acts too
    const quoted = PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(start + 1));
    if (hasPhraseBreak(this.gapBefore(start + 1))) return null;
    const next = this.toks[start + 1]!;
    let name: string | null = null;
    const gender = actingVerbGender(withoutConjunction(verb));
    if (this.spans.some((sp) => sp.type === "organization" && sp.start >= next.start && sp.start <= next.start + 1)) name = this.spanIn(start + 1, this.phraseEnd(start + 1, to, false), "organization", true);
    else if (ANAPHORS.has(next.norm) && !isRoleHead(next.norm) && !quoted) name = this.institutionPhrase(start + 1, to);
    // `وتخطط «تسلا» لبيع`: after a feminine verb, a name the recognizer left unclassed acts too
    else if (gender === "f") name = this.feminineActor(start + 1);
    if (!name) return null;
    return { name, gender };
  }

  /**
   * `بيد أن المرصد السوري لحقوق الإنسان أعلن`, `لكن الوزارة نفت`: the latest person or organization right after a
   * contrast particle (its أن) and right before a verb, with that verb's gender.
   */
  private contrastedSubject(from: number, to: number): { name: string; gender: Gender } | null {
    for (let j = to - 3; j >= from; j--) {
      const w = this.toks[j]!.norm;
      const particle = SUBJECT_PARTICLES.has(w) && !PARTICLES_BEFORE_AN.has(w) ? j : isComplementizer(w) && !PRONOUN_COMPLEMENTIZERS.has(w) && j > from && PARTICLES_BEFORE_AN.has(this.toks[j - 1]!.norm) ? j : -1;
      if (particle < 0) continue;
      const t = this.toks[particle + 1]!;
      const span = this.spans.find((sp) => PERSONS_AND_ORGANIZATIONS.has(sp.type) && sp.start === t.start);
      if (!span) return null;
      let e = particle + 1;
      while (e < to && this.toks[e]!.end <= span.end) e++;
      const verb = this.toks[e];
      if (!verb || e >= to || /[^\s]/.test(this.gapBefore(e)) || hasArticle(verb.norm) || isStopword(verb.norm) || NP_STOP.has(verb.norm)) return null;
      if (!/^[يت]?\p{L}{2,5}ت?$/u.test(verb.norm)) return null;
      const gender = actingVerbGender(verb.norm);
      return { name: this.named(span.text), gender };
    }
    return null;
  }

  /**
   * A name the recognizer left unclassed (misc) starting at token k (`«تسلا»`), whole: after a feminine verb, a company
   * or a body; not a country (`وقامت تايلاند بتخزين`, `وتعمل أوروبا على`: the country acts, its government speaks apart).
   */
  private feminineActor(k: number): string | null {
    const t = this.toks[k]!;
    const span = this.spans.find((sp) => sp.type === "misc" && sp.start >= t.start && sp.start <= t.start + 1);
    return span ? span.text : null;
  }

  /**
   * `عن X قولها` between a quoting verb at v and its content at c: X is feminine (قوله says nothing: the masculine
   * is also every organization's, `نقلت الصحيفة عن البيت الأبيض قوله`).
   */
  private sayingPronounGender(v: number, c: number): Gender | null {
    for (let j = v + 1; j < Math.min(c, v + 1 + MAX_SPEAKER_WORDS + 2); j++) {
      if (/^(?:قول|تعبير)ها$/.test(this.toks[j]!.norm)) return "f";
    }
    return null;
  }

  /**
   * Whether `speaker` stands in the sentence [from, to) right after an opening quotation mark, as words of it — the quotation
   * goes on after it, or it lists (a comma) — and names no one: no person or organization the recognizer found in it, no role,
   * title or medium opening it (`"مصدر أمني"`, `"هيئة الرقابة"` name one).
   */
  private isQuotedWords(speaker: string, from: number, to: number): boolean {
    const lo = this.toks[from]!.start;
    const hi = this.toks[to - 1]!.end;
    const at = this.text.indexOf(speaker, lo);
    if (at < 0 || at >= hi || !/["«“]\s*$/u.test(this.text.slice(Math.max(lo, at - 2), at))) return false;
    // `قالت «دلتا»`, `وأكدت "اوتشا"`, `«مكتب أخبار سوريا» المعارض`: a name is often quoted whole; words quoted go on past the
    // speaker or list (`"بهية، قوية"`)
    if (/["»”]/u.test(speaker) || (!COMMA.test(speaker) && /^\s*["»”]/u.test(this.text.slice(at + speaker.length, at + speaker.length + 2)))) return false;
    if (opensWithNamer(normalizeArabic(firstWord(speaker)))) return false;
    return !this.spans.some((sp) => PERSONS_AND_ORGANIZATIONS.has(sp.type) && sp.start < at + speaker.length && sp.end > at);
  }

  /**
   * Whether `speaker` is a definite phrase naming a thing (`الارقام`, `الوثائق المسربة`): no person, organization or place the
   * recognizer found in it, no role, title, medium or spokesperson opening it, no sound plural (`المحللون`: people).
   */
  private namesThing(speaker: string): boolean {
    const first = normalizeArabic(firstWord(speaker));
    if (!hasArticle(first) || opensWithNamer(first) || isSoundPluralNoun(first)) return false;
    return !this.spans.some((sp) => sp.type !== "misc" && (speaker.includes(sp.text) || sp.text.includes(speaker)));
  }

  /**
   * Whether `speaker` stands as the subject right before the verb at v (whole words, at most INNER_SUBJECT_GAP_WORDS
   * words and no quotation mark or stop between them) inside `quote`'s text: `…، إلا أن المؤشرات الأولية تؤكد أن`.
   */
  private namedInsideQuote(speaker: string, v: number, quote: Quote | undefined): boolean {
    if (!quote || quote.start === undefined || quote.start === null) return false;
    const verbAt = this.toks[v]!.start;
    const at = this.text.lastIndexOf(speaker, verbAt);
    if (at < quote.start || at >= quote.start + quote.text.length) return false;
    const gap = this.text.slice(at + speaker.length, verbAt);
    const wholeWords = !LETTER_BEFORE.test(this.text[at - 1] ?? "") && !LETTER_BEFORE.test(gap[0] ?? "");
    return wholeWords && !INNER_SUBJECT_BREAK.test(gap) && splitWords(gap).length <= INNER_SUBJECT_GAP_WORDS;
  }

  /** Who a continuation (`وأضاف أن`, `سموه`, `لكنه قال`) refers to: the latest speaker or named subject. */
  private previousSpeaker(): string | null {
    const subject = this.subjectAfter(this.lastSpeakerAt);
    if (subject) return subject.name;
    return this.lastSpeaker;
  }

  /**
   * `الهمامي، وهو متزوج وأب لطفلين، قال`, `فإن م. نيله، وهي من قيادات الحزب، قالت`, `مع حسين المعلاق, وهو صاحب
   * أحد المحلات, أوضح`: a name, then an aside opened by وهو / وهي after a comma and closed by a comma right
   * before the bare verb, whose gender it shares: the name is the verb's subject — the person the recognizer found
   * ending there, else the few words back to the sentence start, a complementizer or a preposition.
   */
  private subjectBeforeAside(from: number, v: number): string | null {
    // `تحدث عن المشروع، وهو الأكبر، وقال`: a verb with و goes on with the subject of the verb before it
    if (v - from < 3 || !hasComma(this.gapBefore(v)) || /^[وف]/.test(this.toks[v]!.surface)) return null;
    const gender = verbGender(this.toks[v]!.norm);
    if (!gender) return null;
    let aside = -1;
    for (let j = v - 1; j > from && v - j <= RELATIVE_CLAUSE_WORDS; j--) {
      const gap = this.gapBefore(j);
      if (/[.:;"«»“”()]/.test(gap)) return null;
      if (!hasComma(gap)) continue;
      if (ASIDE_PRONOUNS.get(this.toks[j]!.norm) === gender) aside = j;
      break;
    }
    if (aside < 0) return null;
    const last = this.toks[aside - 1]!;
    const person = this.spans.find((sp) => sp.type === "person" && sp.end === last.end);
    if (person) return this.named(person.text);
    let start = aside - 1;
    while (start > from && aside - start < MAX_FRONTED_WORDS && !ASIDE_SUBJECT_BOUNDS.has(this.toks[start - 1]!.norm) && !/[،,.:;"«»“”()]/.test(this.gapBefore(start))) start--;
    // a longer phrase is no name before an aside (`أمراض الجهاز التنفسي، وهو ما يدعم …، أشارت`)
    if (start > from && !ASIDE_SUBJECT_BOUNDS.has(this.toks[start - 1]!.norm) && !/[،,.:;"«»“”()]/.test(this.gapBefore(start))) return null;
    return this.isStop(start) ? null : this.phraseText(start, aside);
  }

  /**
   * `ولكن مفوضة الشؤون الخارجية في الاتحاد الأوروبي، فيديريكا موغيريني، قالت إن`: a person named between commas right
   * before a bare speech verb (no و / ف: it opens no clause of its own) is that verb's subject, however long the role
   * before the name; not before a participle (`شن هجوما على رئيس مجلس النواب، نبيه بري، قائلا`: the object).
   */
  private apposedSubject(verb: number): string | null {
    // `يذكر أن مدير عام الامتحانات، عمر الولباني، كان أعلن`: the apposition closes before كان (قد)
    const v = this.auxiliaryStart(verb);
    if (v < 2 || !this.closesApposition(v)) return null;
    const last = this.toks[v - 1]!;
    const person = this.spans.find((sp) => sp.type === "person" && sp.end === last.end);
    if (!person || !this.apposedName(v - 1)) return null;
    // `إيناس بن عثمان، زوجة النقابي الأمني، وليد زروق، صرحت`: a name apposed to an apposition is not the subject
    const k = this.firstTokenFrom(person.start);
    // (the words between the two commas follow another person's name)
    for (let j = k - 1; j > 0 && k - j <= RELATIVE_CLAUSE_WORDS; j--) {
      const gap = this.gapBefore(j);
      if (hasComma(gap)) {
        const named = this.toks[j - 1]!;
        if (this.spans.some((sp) => sp.type === "person" && sp.end === named.end)) return null;
        break;
      }
      if (/[.:;!?؟"«»“”()\n]/.test(gap)) break;
    }
    return this.named(person.text);
  }

  /** Whether the token at v opens no clause of its own (no و / ف) and stands right after an apposition's closing comma, no other stop between. */
  private closesApposition(v: number): boolean {
    return !/^[وف]/.test(this.toks[v]!.surface) && hasComma(this.gapBefore(v)) && !/[.:;"«»“”()]/.test(this.gapBefore(v));
  }

  /** `كان قد ذكر`, `كانت أعلنت`: the index of كان / كانت (with قد after it) right before the verb at v, else v. */
  private auxiliaryStart(v: number): number {
    let c = v;
    if (c > 0 && VERB_PARTICLES.has(this.toks[c - 1]!.norm) && /^\s+$/.test(this.gapBefore(c))) c--;
    return c > 0 && /^كان(?:ت)?$/.test(this.toks[c - 1]!.norm) && /^\s+$/.test(this.gapBefore(c)) ? c - 1 : v;
  }

  /**
   * `محمد علي، وزير الخارجية، قال إن`, `الشيخ شائق محمد شائق، أحد مشايخ قبائل مران، اعتبر أن`, `عبدالخالق فايز حمود
   * بشر، أحد مشايخ خولان، بدوره، أكد أن`: a sentence opening (after its adverbials and a person's titles) with a name,
   * then its role between commas (a role word or أحد / إحدى first), then the bare speech verb: that name is the verb's
   * subject — the person the recognizer found there, written whole up to the comma.
   */
  private nameBeforeApposition(from: number, verb: number): string | null {
    // `يذكر أن افيخاي أدرعي، المتحدث باسم الجيش، كان قد ذكر أن`: the apposition closes before كان (قد)
    const v = this.auxiliaryStart(verb);
    if (v - from < 4 || !this.closesApposition(v)) return null;
    // `…، بدوره، أكد`
    let close = v;
    if (OWN_PART_ADVERBS.has(this.toks[v - 1]?.norm ?? "") && v - 1 > from && hasComma(this.gapBefore(v - 1))) close = v - 1;
    let open = -1;
    for (let j = close - 1; j > from && close - j <= MAX_ROLE_WORDS; j--) {
      const gap = this.gapBefore(j);
      if (/[.:;!?؟"«»“”()\n]/.test(gap)) return null;
      if (hasComma(gap)) {
        open = j;
        break;
      }
    }
    if (open < 0 || open === close) return null;
    const role = this.toks[open]!.norm;
    if (!isRoleHead(role) && !isRoleHead(role.replace(/^ال/, "")) && !/^(?:احد|احدي)$/.test(role)) return null;
    let start = this.afterOpeningAdverbial(from, v);
    // `يذكر أن`, `ويشار إلى أن`, `علما أن`: the narrator's lead before the subject
    if (NARRATOR_LEADS.has(this.toks[start]!.norm)) {
      let k = start + 1;
      if (this.toks[k]?.norm === normalizeArabic("إلى")) k++;
      if (k < open && isComplementizer(this.toks[k]!.norm) && !PRONOUN_COMPLEMENTIZERS.has(this.toks[k]!.norm)) start = k + 1;
    }
    while (start < open && (isTitle(this.toks[start]!.norm) || PERSONAL_TITLES.has(this.toks[start]!.norm))) start++;
    if (start >= open || open - start > MAX_NAME_WORDS) return null;
    for (let j = start + 1; j < open; j++) if (!/^\s+$/.test(this.gapBefore(j))) return null;
    const lo = this.toks[start]!.start;
    const hi = this.toks[open - 1]!.end;
    // a person the recognizer found inside [start, open), nothing else there but name words
    const person = this.spans.find((sp) => sp.type === "person" && sp.start >= lo && sp.end <= hi);
    if (!person) return null;
    // before the name the recognizer found, only given names and عبد + a name written as one word (`عبدالخالق فايز حمود`)
    for (let j = start; j < open; j++) if (this.isStop(j) || (this.toks[j]!.end <= person.start && !GIVEN_NAMES.has(this.toks[j]!.norm) && !NAME_LINKS.has(this.toks[j]!.norm) && !/^عبد\p{L}{3,}$/u.test(this.toks[j]!.norm))) return null;
    return person.start === lo && person.end === hi ? this.named(person.text) : this.phraseText(start, open);
  }

  /** `وكان الطبيب بورنستين قال`: a subject named before the verb, after كان. */
  private subjectBefore(from: number, v: number): string | null {
    for (let j = v - 1; j >= Math.max(from, v - SUBJECT_BEFORE_WORDS); j--) {
      if (!/^[وف]?كان(?:ت)?$/.test(this.toks[j]!.norm)) continue;
      // `وفي الرد على سؤال عما إذا كانت هذه الجلسة هي الأخيرة، أشارت`: the subordinate clause's subject is not the perfect
      // verb's after it (`عما إذا كانت الولايات المتحدة تقول` keeps its own)
      // `وكانت النقابة قد أدانت الانتهاكات وقالت`: the subject ends at قد, the verbs after it are its
      let end = v;
      for (let q = j + 1; q < v; q++) if (VERB_PARTICLES.has(this.toks[q]!.norm)) {
        end = q;
        break;
      }
      // `بعدما كانت وزارة النقل السورية قد أعلنت … أن`: كان … قد and the verb after it are one verb, inside the clause
      const oneVerb = end < v && end + 1 === v;
      if (j > 0 && SUBORDINATORS.has(withoutConjunction(this.toks[j - 1]!.norm)) && !IMPERFECT_SHAPE.test(this.toks[v]!.norm) && !oneVerb) return null;
      if (end - j < 2) return null;
      return this.spanIn(j + 1, end, "person") ?? this.phraseText(j + 1, this.throughCutEntity(j + 1, Math.min(end, j + 1 + MAX_SPEAKER_WORDS), end));
    }
    return null;
  }

  /**
   * `وكانت شبكة سي بي أس نيوز أفادت`: a subject before its verb [k, e), cut by its word bound inside a person or
   * organization the recognizer named from its first word on, runs on to that name's last word — when the name
   * ends before `end` (the verb or its particle), spaces only between; `e` otherwise.
   */
  private throughCutEntity(k: number, e: number, end: number): number {
    if (e <= k || e >= end) return e;
    const lo = this.toks[k]!.start;
    const cutAt = this.toks[e - 1]!.end;
    const name = this.spans.find((sp) => (sp.type === "organization" || sp.type === "person") && sp.start >= lo && sp.start < cutAt && sp.end > cutAt);
    if (!name || name.end > this.toks[end - 1]!.end) return e;
    let j = e;
    while (j < end && this.toks[j]!.start < name.end && /^\s+$/.test(this.gapBefore(j))) j++;
    return j < end && this.toks[j]!.start < name.end ? e : j;
  }

  /** Whether the complementizer at j follows an impersonal report (`يذكر أن`, `يشار إلى أن`, `والجدير بالذكر أن`). */
  private afterImpersonalReport(j: number): boolean {
    const prev = this.toks[j - 1]!.norm;
    if (IMPERSONAL_REPORTS.has(prev)) return true;
    return prev === "الي" && j > 1 && IMPERSONAL_REPORTS.has(this.toks[j - 2]!.norm);
  }

  /**
   * `إلا أن الجيش البورمي قال إنه`, `لكن وزارة الخارجية قالت إن`: a subject between a particle and
   * the speech verb it precedes (no punctuation between): that name, else the noun phrase.
   */
  private subjectAfterParticle(from: number, v: number): string | null {
    // `لكن القومندان داهلين الذي رفض تأكيد … قال إن`: the subject may carry a relative clause
    let relative = -1;
    // a comma crossed that sets off no recognized name: only a role and its holder's name may open the subject then
    let crossedComma = false;
    const nameMarks = this.quotedNameMarks(from, v);
    for (let j = v - 1; j >= Math.max(from, v - PARTICLE_SUBJECT_WORDS - RELATIVE_CLAUSE_WORDS - 1); j--) {
      // `بيد أن موظفا سابقا في (سامو) قال`: a parenthesis inside the subject is no boundary, nor are the
      // commas around a name in apposition (`لكنّ وزير الدفاع، أفيغدور ليبرمان، رفض`), nor the marks of a name in
      // quotes (`لكن مجموعة "الخوذ البيضاء" قالت إن`, `لكن صحيفة "هاآرتس" تقول إن`)
      const gap = this.gapBefore(j + 1);
      if (/[.:;]/.test(gap) || !this.onlyNameMarksIn(this.toks[j]!.end, gap, nameMarks)) return null;
      // `لكن محكمة التمييز أعادت دراسة الملف، واعتبرت أن`: the comma closing the subject's own clause before و + the speech verb
      // sets off no subject (ف + the verb may change subject: `طالبت المديرية المواطن بإحضار والده، فأخبرهم أن`)
      const closesClause = j === v - 1 && this.toks[v]!.norm.startsWith("و");
      if (hasComma(gap) && !closesClause && !this.apposedName(j) && !this.apposedName(j + 1)) crossedComma = true;
      const w = this.toks[j]!.norm;
      if (/^(?:الذي|التي|الذين)$/.test(w)) relative = j;
      // `أما المحامية بيان زهران فبينت:`: the topic is the subject of the ف + verb that follows it
      if (TOPIC_PARTICLES.has(w)) {
        if (crossedComma || !/^ف/.test(this.toks[v]!.surface) || v - j - 1 > PARTICLE_SUBJECT_WORDS || v - j < 2 || this.isStop(j + 1)) return null;
        return this.spanIn(j + 1, v, "person") ?? this.spanIn(j + 1, v, "organization", true) ?? this.phraseText(j + 1, v);
      }
      const also = isComplementizer(w) && j > from && (ALSO_PARTICLES.has(this.toks[j - 1]!.norm) || this.afterImpersonalReport(j));
      if (!SUBJECT_PARTICLES.has(w) && !(isComplementizer(w) && j > from && SUBJECT_PARTICLES.has(this.toks[j - 1]!.norm)) && !also) continue;
      // `إلا أنه غير رأيه لاحقا وقال`: غير / بيد / إلا are particles only before their أن (غير here is the verb «changed»),
      // and a pronoun on that أن is the subject, the one who spoke last
      if (PARTICLES_BEFORE_AN.has(w)) continue;
      if (PRONOUN_COMPLEMENTIZERS.has(w)) return null;
      // `يذكر أن إسرائيل كانت قد أعلنت`: the subject ends at its auxiliary
      let end = relative > j ? relative : v;
      for (let q = j + 2; q < end; q++) if (/^كان(?:ت)?$/.test(this.toks[q]!.norm) || VERB_PARTICLES.has(this.toks[q]!.norm)) {
        end = q;
        break;
      }
      if (j + 1 >= end || this.isStop(j + 1) || isComplementizer(this.toks[j + 1]!.norm)) return null;
      // `لكن رئيس المفوضية الأوروبية، يان كلود يونكر، قال`, `لكن رئيس وزراء السويد ستيفان لوفن، المنتمي لحزب …، قال`:
      // past a comma, a role opening the subject and its holder's name closed by a comma
      // (one role, one holder: not `إلا أن مسؤولين، من بينهم الأمين العام …، … يتوقعون`)
      if (crossedComma) {
        const role = this.toks[j + 1]!.norm;
        const verb = this.toks[v]!.norm;
        return isRoleHead(role) && !isSoundPluralNoun(role) && !/^[وف]/.test(verb) && !isPluralSpeechVerb(verb) ? this.roleHolderClosedByComma(j + 1, v) : null;
      }
      // `لكن وزير الدفاع أفيغدور ليبرمان رفض الاعتذار وقال إن`: the subject of a first verb goes on with و + the speech verb
      if (end - j - 1 > PARTICLE_SUBJECT_WORDS) {
        if (/^[وف]/.test(this.toks[v]!.norm)) return this.leadingSubject(j + 1, v);
        // `لكن فيليبي موجيو الأمين العام لاتحاد أميركا الشمالية … (كونكاكاف) قال إن`: a person named right after the
        // particle, then the role, however long
        const first = this.toks[j + 1]!;
        const person = this.spans.find((sp) => sp.type === "person" && sp.start === first.start);
        return person ? this.named(person.text) : null;
      }
      return this.spanIn(j + 1, end, "person") ?? this.spanIn(j + 1, end, "organization", true) ?? this.phraseText(j + 1, end);
    }
    return null;
  }

  /**
   * The offsets of the marks of the quotations of NAME_QUOTE_WORDS words at most (a name or a term in quotes:
   * `"الخوذ البيضاء"`) between the tokens `from` and `v`.
   */
  private quotedNameMarks(from: number, v: number): Set<number> {
    const start = this.toks[from]!.start;
    const marks = new Set<number>();
    for (const q of findQuotations(this.text.slice(start, this.toks[v]!.start), start)) if (q.wordCount <= NAME_QUOTE_WORDS) marks.add(q.open).add(q.close - 1);
    return marks;
  }

  /** Whether every quotation mark of `gap` (starting at the offset `at`) is one of `nameMarks`. */
  private onlyNameMarksIn(at: number, gap: string, nameMarks: ReadonlySet<number>): boolean {
    for (let i = 0; i < gap.length; i++) if ("\"«»“”".includes(gap[i]!) && !nameMarks.has(at + i)) return false;
    return true;
  }

  /**
   * The subject of an accusation verb at v (ACCUSATION_VERBS), given the phrase read after it: a subject standing before
   * the verb in its clause (`لكن الأخير اتهم الاتحاد الأوروبي بأنه`, `… قال X إن`) makes that phrase the verb's object, the one
   * accused; else the phrase is cut where its object starts (accusedStart: `المنظمة طهران` → `المنظمة`).
   */
  private accuser(speaker: string, from: number, v: number): string {
    const before = this.subjectAfterParticle(from, v) ?? this.frontedSubject(from, v);
    if (before) return before;
    const words = splitWords(speaker);
    const cut = this.accusedStart(words, v);
    return cut > 0 ? words.slice(0, cut).join(" ") : speaker;
  }

  /**
   * Where the object starts in the words read after an accusation verb at v, 0 when it holds one noun phrase: a word with no
   * article after a definite head or its adjectives (`البيان واشنطن`, `الإصدار حركة طالبان`: a definite noun is no first
   * term of a construct), or a definite noun, no nisba, right after a name the recognizer found (`منظمة العفو الدولية السلطات
   * المصرية`).
   */
  private accusedStart(words: readonly string[], v: number): number {
    if (words.length < 2) return 0;
    const first = normalizeArabic(words[0]!);
    const definiteHead = hasArticle(first);
    const near = this.spans.filter((sp) => sp.start >= this.toks[v]!.end && sp.start - this.toks[v]!.end <= ACCUSED_WINDOW);
    for (let i = 1; i < words.length; i++) {
      const opening = words.slice(0, i).join(" ");
      const word = normalizeArabic(words[i]!);
      // a role's complement glued to its preposition (`المتحدث باسم الجيش`) and a role's holder (`الرئيس الأمريكي دونالد
      // ترامب`) go on with the subject
      const holder = near.some((sp) => sp.type === "person" && sp.text.startsWith(words[i]!));
      if (definiteHead && !hasArticle(word) && hasArticle(normalizeArabic(words[i - 1]!)) && !/^[بلك]/.test(word) && !isStopword(word) && !holder) return i;
      if (hasArticle(word) && !NISBA_ADJECTIVE.test(word) && near.some((sp) => opening.endsWith(sp.text))) return i;
    }
    return 0;
  }

  /**
   * The holder's name in a subject that opens with a role (k) and runs to `end`: the first person recognized
   * in it whose name a comma closes (`رئيس المفوضية الأوروبية، يان كلود يونكر،`, `رئيس وزراء السويد ستيفان
   * لوفن، المنتمي …`), whole when a comma before it sets the full name apart; null when there is none.
   */
  private roleHolderClosedByComma(k: number, end: number): string | null {
    const from = this.toks[k]!.start;
    const to = this.toks[end - 1]!.end;
    const person = this.spans.find((sp) => sp.type === "person" && sp.start > from && sp.end <= to && /^\s*[،,]/.test(this.text.slice(sp.end, sp.end + 3)));
    if (!person) return null;
    const apposed = this.appositionNameIn(k, end);
    if (apposed && normalizeArabic(apposed).includes(normalizeArabic(person.text))) return apposed;
    return this.named(person.text);
  }

  /**
   * `عن حذيفة رضي الله عنه قال:`, `عن أبي هريرة رضي الله عنه، عن النبي صلى الله عليه وسلم أنه قال:`: in a chain of
   * narration the name after the last عن before the speech verb (and its أنه) speaks when a blessing formula follows
   * it; null when the verb closes no such chain (`وعن سبب تسميته لنفسه، قال:`, `وعن بلاتيني، أجاب`: a topic).
   */
  private narratorBefore(from: number, v: number): string | null {
    let k = v - 1;
    if (k >= from && /^(?:انه|انها)$/.test(this.toks[k]!.norm)) k--;
    if (k < from || /[.:;"«»“”]/.test(this.gapBefore(k + 1))) return null;
    // the name is known a narrator's by the blessing after it (`وعن بلاتيني، أجاب`: a topic, no narrator)
    const formula = BLESSINGS.find((f) => k - f.length + 1 > from && f.every((w, i) => this.toks[k - f.length + 1 + i]!.norm === w));
    if (!formula) return null;
    const nameEnd = k - formula.length + 1;
    for (let j = nameEnd - 1; j >= Math.max(from, nameEnd - 1 - NARRATOR_NAME_WORDS); j--) {
      if (j < nameEnd - 1 && /[^\s]/.test(this.gapBefore(j + 1))) return null;
      if (!/^و?عن$/.test(this.toks[j]!.norm)) continue;
      if (j + 1 >= nameEnd) return null;
      return this.phraseText(j + 1, nameEnd);
    }
    return null;
  }

  /**
   * `وكشفت صحيفة «ذي ميل أون صنداي» نقلا عن مصادر مطلعة أن`: the medium Y that relays X's words (a medium's word or name, or an
   * organization the recognizer found, opening the words from k to the relay at `at`), which goes on reporting after them; else null.
   */
  private relayingMedium(k: number, at: number): string | null {
    const t = this.toks[k]!;
    if (!(MEDIA.has(t.norm) || MEDIA_NAMES.has(t.norm) || this.spans.some((sp) => sp.type === "organization" && sp.start === t.start))) return null;
    let end = k + 1;
    while (end < at && !hasComma(this.gapBefore(end))) end++;
    return this.phraseText(k, end);
  }

  /**
   * After a relaying verb at j's left (`وفق ما نقلت وكالة … عن مصدر عسكري`): the first token after its عن, when one stands
   * within SOURCE_VIA_WORDS before `limit` with no pronoun عنه (`بحسب ما نقلت عنه وكالة`: the relay's) or sentence end first; else j.
   */
  private relayedSourceAt(j: number, to: number): number {
    for (let i = j; i < Math.min(to - 1, j + SOURCE_VIA_WORDS); i++) {
      const norm = this.toks[i]!.norm;
      if (FROM_PRONOUNS.has(norm) || (i > j && SENTENCE_END.test(this.gapBefore(i)))) return j;
      if (norm === FROM) return i + 1;
    }
    return j;
  }

  /** `Y نقلا عن X`: the first token of X when the subject read from k holds نقلاً عن before `end`, else null. */
  private quotedSourceAt(k: number, end: number): number | null {
    let marks = 0;
    // `ذكرت شبكة إن.بي.سي نيوز الاخبارية الامريكية أمس الاثنين نقلا عن`: the day and time words are no words of the subject
    let reach = k + MAX_ROLE_WORDS + 1;
    for (let j = k; j < Math.min(end - 2, reach); j++) {
      if (isLeadAdverb(this.toks[j]!.norm)) reach++;
      if (this.toks[j]!.norm === QUOTED_FROM && this.toks[j + 1]!.norm === FROM) return j + 2;
      // `وقالت الصحيفة على لسان اللاعب، "…"`, `ونقلت الوكالة على لسان أردوغان قوله`: the one whose tongue it is speaks
      // (right after the subject, no preposition or venue between: `الإمارة في بيان صدر على لسان متحدثها` is the statement's)
      if (j > k && this.toks[j]!.norm === ON && this.toks[j + 1]!.norm === TONGUE && !this.toks.slice(k, j).some((_, i) => this.isStop(k + i))) return j + 2;
      // `وأفادت صحيفة "التلغراف" البريطانية، الخميس، نقلا عن`: the one name the medium's quotation marks hold goes on, or two
      // joined by و (`وذكرت "نيويورك تايمز" و"أن بي سي نيوز"، نقلاً عن`)
      // (`إن.بي.سي`: a dot with no space inside a dotted acronym ends nothing)
      const gap = this.gapBefore(j + 1);
      if ((/[.:;]/.test(gap) && gap !== ".") || (/["«»“”]/.test(gap) && (marks += gap.match(/["«»“”]/g)!.length) > 4)) return null;
    }
    return null;
  }

  /** Whether token k lies in a person's name the recognizer found set off by commas on both sides (`، أفيغدور ليبرمان،`). */
  private apposedName(k: number): boolean {
    const t = this.toks[k]!;
    const span = this.spans.find((sp) => sp.type === "person" && sp.start < t.end && sp.end > t.start);
    return !!span && /[،,]\s*$/.test(this.text.slice(Math.max(0, span.start - 3), span.start)) && /^\s*[،,]/.test(this.text.slice(span.end, span.end + 3));
  }

  /**
   * `ورد إسرائيل على قواعد قالت إنها إيرانية`, `يشن التحالف … حملة عسكرية يقول إنه يستهدف`: a bare speech
   * verb right after an indefinite noun (no الذي, as Arabic relative clauses after an indefinite go) is that
   * noun's description, and its subject is the name the sentence made the actor before it: the nearest
   * person, organization or country back to the sentence start whose gender the verb agrees with. A role or
   * source noun (`عن مسؤول قال`) is left to speak itself; null when no name agrees.
   */
  private clauseSubjectBeforeIndefinite(from: number, v: number): string | null {
    const verb = this.toks[v]!;
    const gender = verbGender(verb.norm);
    if (!gender || /^[وف]/.test(verb.norm) || v - 1 <= from) return null;
    const noun = this.toks[v - 1]!;
    if (!/^\s+$/.test(this.text.slice(noun.end, verb.start)) || !this.isIndefiniteCommonNoun(v - 1)) return null;
    for (let j = v - 2; j >= Math.max(from, v - RELATIVE_CLAUSE_WORDS); j--) {
      if (/[.:;؛"«»“”]/.test(this.gapBefore(j + 1))) return null;
      const t = this.toks[j]!;
      const span = this.spans.find((sp) => sp.type !== "misc" && sp.start <= t.start && t.end <= sp.end);
      if (!span) continue;
      j = this.firstTokenFrom(span.start);
      if (entityGender(span) !== gender) continue;
      // `أصدرت قبائل صعدة بياناً أكدت فيه`: a name in construct after a verb's bare noun is that noun's, not the actor
      return j - 1 > from && this.isIndefiniteCommonNoun(j - 1) && this.isIndefiniteCommonNoun(j - 2) ? null : this.named(span.text);
    }
    return null;
  }

  /**
   * `أصدرت شركة "بيجو-ستروين" بيانا الأربعاء قالت فيه إنها`, `نشر وكيل أعمال اللاعب، رامي عباس، تغريدة على موقع تويتر أكد
   * فيها أن`, `مستعيدة تغريدة للرئيس حسن روحاني قال فيها إن`: a speech verb at v followed by فيه / فيها goes back to the bare
   * speech-text noun a few words before it; that text's author speaks — its ل-owner right after it, else the subject of the
   * verb that put it out (PUBLISHING_VERBS), written between that verb and the noun. Null when the verb has no subject
   * written (`ونشر تغريدة قال فيها`) or no such verb stands close before the noun.
   */
  private speechTextAuthor(from: number, v: number): string | null {
    if (!STATEMENT_PRONOUNS.has(this.toks[v + 1]?.norm ?? "")) return null;
    for (let n = v - 1; n > from && n >= v - SPEECH_TEXT_GAP_WORDS; n--) {
      if (PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(n + 1)) && !COMMA.test(this.gapBefore(n + 1))) return null;
      if (!SPEECH_TEXT_NOUNS.has(this.toks[n]!.norm)) continue;
      if (n + 1 < v && /^ل/.test(this.toks[n + 1]!.norm)) return this.spanIn(n + 1, v, "person") ?? this.spanIn(n + 1, v, "organization", true);
      for (let j = n - 1; j >= from && j >= n - PUBLISHER_WORDS; j--) {
        if (!PUBLISHING_VERBS.has(withoutConjunction(this.toks[j]!.norm))) continue;
        if (j + 1 >= n) return null;
        // `أصدرت قبائل صعدة، الأربعاء، بياناً`: an unnamed author ends at the comma before an adjunct
        let end = Math.min(n, j + 1 + MAX_SPEAKER_WORDS);
        for (let c = j + 2; c < end; c++) {
          if (!hasComma(this.gapBefore(c))) continue;
          end = c;
          break;
        }
        return this.spanIn(j + 1, n, "person") ?? this.spanIn(j + 1, n, "organization", true) ?? this.phraseText(j + 1, end);
      }
      return null;
    }
    return null;
  }

  /**
   * `محاضرة … للمؤرخ السعودي د. طلال الطريفي … أكد من خلالها بأن`, `بكلمة المهندس عبد الله … الميال أعرب من خلالها عن`,
   * `تصريحات "مماثلة" لروحاني الأحد قال خلالها:`: a speech verb with no conjunction followed by (من) خلاله / خلالها describes
   * the speech, talk or statement just named — its speaker is the person named latest before the verb in the sentence,
   * when the verb's gender does not gainsay it; else null.
   */
  private speakerThroughText(from: number, v: number): string | null {
    const verb = this.toks[v]!.norm;
    const through = this.toks[v + 1]?.norm === OF ? v + 2 : v + 1;
    if (/^[وف]/.test(verb) || !THROUGH_PRONOUNS.has(this.toks[through]?.norm ?? "")) return null;
    const gender = verbGender(verb);
    for (const sp of this.personsBefore(v)) {
      if (sp.start < this.toks[from]!.start) return null;
      if ((gender && entityGender(sp) !== gender) || this.possessorOfNoun(this.firstTokenFrom(sp.start), from)) continue;
      return this.named(sp.text);
    }
    return null;
  }

  /**
   * `كرسي الملك عبدالعزيز`, `جائزة الشيخ زايد`: whether the name at token k (after its title) is a bare noun's possessor —
   * but a speech's (`بكلمة المهندس …`), whose possessor speaks.
   */
  private possessorOfNoun(k: number, from: number): boolean {
    const p = k - 1 >= from && isTitle(this.toks[k - 1]!.norm) ? k - 2 : k - 1;
    if (p < from || !/^\s+$/.test(this.gapBefore(p + 1))) return false;
    const noun = this.toks[p]!.norm;
    if (SPEECH_TEXT_NOUNS.has(noun) || SPEECH_TEXT_NOUNS.has(noun.replace(/^[بل]/, ""))) return false;
    return this.isIndefiniteCommonNoun(p);
  }

  /** `كلمة قال فيها`, `بيانا أكد فيه`: a speech verb at v between a bare noun of a speech's text and فيه / فيها. */
  private ownSpeechClause(v: number): boolean {
    return v > 0 && SPEECH_TEXT_NOUNS.has(this.toks[v - 1]!.norm) && /^في(?:ه|ها)$/.test(this.toks[v + 1]?.norm ?? "");
  }

  /** A word with no article, no conjunction and no name in it that is no particle, role or source noun. */
  private isIndefiniteCommonNoun(k: number): boolean {
    const t = this.toks[k]!;
    if (hasArticle(t.norm) || /^[وف]/.test(t.norm) || NOT_DESCRIBED_NOUNS.has(t.norm) || this.isStop(k) || isRoleHead(t.norm) || SPOKESPERSON_WORDS.has(t.norm) || isComplementizer(t.norm) || CLAUSE_PARTICLES.has(t.norm)) return false;
    return !this.spans.some((sp) => sp.start < t.end && t.start < sp.end) && /^\p{L}{3,}$/u.test(t.norm);
  }

  /**
   * `مارين، الذي أصدر بيانا قال فيه:`, `الوزير X الذي قال إن`: a speech verb with no subject of its own
   * inside a relative clause speaks for the person or organization named right before الذي / التي.
   */
  private relativeAntecedent(from: number, v: number): string | null {
    for (let j = v - 1; j > from && j >= v - RELATIVE_CLAUSE_WORDS; j--) {
      if (/[.:;؛"«»“”]/.test(this.gapBefore(j + 1))) return null;
      if (!/^(?:الذي|التي)$/.test(this.toks[j]!.norm)) continue;
      const relative = this.toks[j]!;
      const before = this.spans.find((sp) => PERSONS_AND_ORGANIZATIONS.has(sp.type) && sp.end <= relative.start && /^[\s،,]*$/.test(this.text.slice(sp.end, relative.start)));
      return before ? this.named(before.text) : null;
    }
    return null;
  }

  /**
   * The subject opening tokens [k, end) before a verb of its own: a name starting at k, a role or
   * title phrase and the person it names, or an institution (`الشرطة الفرنسية`); null otherwise.
   */
  private leadingSubject(k: number, end: number): string | null {
    const t = this.toks[k]!;
    const named = this.spans.find((sp) => sp.type !== "misc" && sp.type !== "location" && sp.start >= t.start && sp.start <= t.start + 1);
    if (named) return this.spanIn(k, Math.min(end, k + MAX_NAME_WORDS), named.type, named.type === "organization");
    if (isRoleHead(t.norm) || isTitle(t.norm)) return this.spanIn(k, this.phraseEnd(k, end, true), "person");
    return ANAPHORS.has(t.norm) ? this.institutionPhrase(k, end) : null;
  }

  /** `الخارجية الروسية`, `الجيش الإسرائيلي`: an institution's noun at k and the nisba adjectives that close it. */
  private institutionPhrase(k: number, to: number): string | null {
    return this.phraseText(k, this.spacedNisbasEnd(k + 1, to));
  }

  /**
   * `وفي بيان أرسله البنك إلى سوق المال، قال إنه`: an opening statement adjunct names, after its
   * verb with the statement's pronoun (أرسله، أصدرته، نشره), who speaks in the sentence.
   */
  private statementAdjunctOwner(from: number, v: number): string | null {
    if (v - from < 4 || !/^[وف]?في$/.test(this.toks[from]!.norm) || !STATEMENT_NOUNS.has(this.toks[from + 1]!.norm)) return null;
    const verb = this.toks[from + 2]!.norm;
    if (!/(?:ه|ها)$/.test(verb) || verb.startsWith("ال")) return null;
    const k = from + 3;
    const end = this.phraseEnd(k, v, false);
    if (end <= k) return null;
    return this.spanIn(k, end, "organization", true) ?? this.spanIn(k, end, "person") ?? this.phraseText(k, Math.min(end, k + MAX_SPEAKER_WORDS));
  }

  /**
   * `ماكرون يقول إن`, `صحيفة لوفيغارو تقول إن`: a short noun phrase opening the sentence right before
   * its speech verb, holding a name (a person or an organization) and no comma: that name.
   */
  private frontedSubject(from: number, v: number): string | null {
    if (v === from || v - from > MAX_FRONTED_WORDS) return null;
    const first = this.toks[from]!.norm;
    if (NP_STOP.has(first) || NP_STOP.has(withoutConjunction(first)) || CLAUSE_PARTICLES.has(first) || isComplementizer(first) || isSpeechVerbWord(first)) return null;
    for (let j = from + 1; j <= v; j++) if (PHRASE_OR_QUOTE_BREAK.test(this.gapBefore(j))) return null;
    for (let j = from; j < v; j++) if (this.isStop(j) || isComplementizer(this.toks[j]!.norm)) return null;
    return this.spanIn(from, v, "person") ?? this.spanIn(from, v, "organization", true) ?? this.unnamedFrontedSubject(from, v);
  }

  /**
   * `خامنئي قال إن`, `مصادر ميدانية أوضحت أن`, `كاتب المقال أشار إلى أن`: a noun phrase of a few words
   * opening the sentence right before a bare speech verb (no و / ف on either: `وتأسف عندما قال` opens
   * with a verb) is its subject even when no name was recognized in it; a definite noun alone
   * (`الصحيفة قالت`) is the full name it stands for earlier, when there is one.
   */
  private unnamedFrontedSubject(from: number, v: number): string | null {
    if (v - from > MAX_UNNAMED_FRONTED_WORDS || !isSpeechVerbWord(this.toks[v]!.norm) || /^[وف]/.test(this.toks[v]!.surface)) return null;
    const first = this.toks[from]!;
    if (/^[وف]/.test(first.surface) || isStopword(first.norm) || FRONTED_ADVERBS.has(first.norm) || SUBJECT_PARTICLES.has(first.norm) || !/^\p{L}+$/u.test(first.surface)) return null;
    if (v - from === 1 && hasArticle(first.norm)) return this.resolveAnaphor(first.start, first.norm) ?? this.phraseText(from, v);
    return (v - from === 1 ? this.earlierPersonBySurname(first.norm, first.start) : null) ?? this.phraseText(from, v);
  }

  /**
   * `أشاد مستهلكون …. وقالوا إن`, `إلا أن مسؤولين، من بينهم … وقالوا إنهم`, `ورفع المتظاهرون لافتات …. واعتبروا
   * أن`: the latest sound plural (ون / ين, not an imperfect verb nor a preposition's object) standing as a
   * subject — right after the verb opening its sentence, after a particle's أن, or after a speech verb —
   * in this sentence or the one before, with the plural adjectives after it (`مسؤولون أميركيون`).
   */
  private pluralSubjectBefore(v: number): string | null {
    for (let k = v - 1; k > 0 && this.sentenceOf[k]! >= this.sentenceOf[v]! - 1; k--) {
      if (!isSoundPluralNoun(this.toks[k]!.norm) || !this.opensSubjectAfter(k - 1, this.toks[k]!.norm.endsWith("ون"))) continue;
      // `قال مسؤولون في الاتحادات الخليجية …. وقالوا`: the speaker named in full before
      const previous = this.previousSpeaker();
      return previous && normalizeArabic(previous).split(" ").includes(this.toks[k]!.norm) ? previous : this.pluralPhrase(k, v);
    }
    return null;
  }

  /** The sound plural at k with the plural adjectives right after it (`مسؤولون أميركيون`), before token v. */
  private pluralPhrase(k: number, v: number): string | null {
    let end = k + 1;
    while (end < v && end - k < MAX_PLURAL_SUBJECT_WORDS && /^\s+$/.test(this.gapBefore(end)) && (isSoundPluralNoun(this.toks[end]!.norm) || PEOPLES_PLURALS.has(this.toks[end]!.norm)) && !isSpeechVerbWord(this.toks[end]!.norm)) end++;
    return this.phraseText(k, end);
  }

  /**
   * Whether a subject may follow token j: the verb opening a sentence, a speech verb, `إلا أن` / `لكن`, or
   * — before a nominative plural (ون) — an imperfect verb (`يستبعد مسؤولون`).
   */
  private opensSubjectAfter(j: number, nominative: boolean): boolean {
    const t = this.toks[j]!;
    if (/[،,:;"«»“”()]/.test(this.text.slice(t.end, this.toks[j + 1]!.start))) return false;
    if (isSpeechVerbWord(t.norm) || SUBJECT_PARTICLES.has(t.norm)) return true;
    if (nominative && /^و?ي\p{L}{3,}$/u.test(t.norm) && !isStopword(t.norm)) return true;
    if (isComplementizer(t.norm) && j > 0 && SUBJECT_PARTICLES.has(this.toks[j - 1]!.norm)) return true;
    const opensSentence = j === 0 || this.sentenceOf[j] !== this.sentenceOf[j - 1];
    return opensSentence && !t.norm.startsWith("ال") && !isStopword(t.norm) && !CLAUSE_PARTICLES.has(t.norm) && !isComplementizer(t.norm);
  }

  /** The person the recognizer named latest before token `v` (within ANAPHOR_WINDOW), not a role word; else null. */
  private latestPersonBefore(v: number): string | null {
    for (const sp of this.personsBefore(v)) if (!isRoleHead(normalizeArabic(sp.text))) return this.named(sp.text);
    return null;
  }

  /** The person or organization the recognizer named latest before token `k` (ending before it, ANAPHOR_WINDOW characters back at most). */
  private latestNamedBefore(k: number): string | null {
    for (const sp of this.namesBefore(k, PERSONS_AND_ORGANIZATIONS)) {
      // `للمنتخب الألماني`: a name glued to a preposition is its object, never the one the latter refers to
      const token = this.tokenHolding(sp.start);
      if (PREPOSITIONAL_PHRASE.test(normalizeArabic(sp.text)) || (token && /^[وف]?[لب]/.test(this.text.slice(token.start, sp.start)))) continue;
      return this.named(sp.text);
    }
    return null;
  }

  /** The persons the recognizer named before token `v` (ending before it), the latest first, as far as ANAPHOR_WINDOW characters back. */
  private personsBefore(v: number): Generator<EntitySpan> {
    return this.namesBefore(v, PERSONS);
  }

  /** The mentions of `types` the recognizer named before token `v` (ending before it), the latest first, as far as ANAPHOR_WINDOW characters back. */
  private *namesBefore(v: number, types: ReadonlySet<EntitySpan["type"]>): Generator<EntitySpan> {
    const before = this.toks[v]!.start;
    for (let i = this.spans.length - 1; i >= 0; i--) {
      const sp = this.spans[i]!;
      if (!types.has(sp.type) || sp.end > before) continue;
      if (before - sp.end > ANAPHOR_WINDOW) return;
      yield sp;
    }
  }

  /** `صبحة شدد على أن` after `فهمي صبحة`: the latest speaker, else person named before `before`, whose name ends in `norm`. */
  private earlierPersonBySurname(norm: string, before: number): string | null {
    const endsInNorm = (name: string) => {
      const words = normalizeArabic(name.trim()).split(/\s+/);
      return words.length > 1 && words[words.length - 1] === norm;
    };
    if (this.lastSpeaker && endsInNorm(this.lastSpeaker)) return this.lastSpeaker;
    const spoke = [...this.speakerGenders].reverse().find((s) => before - s.at <= ANAPHOR_WINDOW && endsInNorm(s.name));
    if (spoke) return spoke.name;
    for (let i = this.spans.length - 1; i >= 0; i--) {
      const sp = this.spans[i]!;
      if (sp.type !== "person" || sp.end > before || before - sp.end > ANAPHOR_WINDOW) continue;
      if (endsInNorm(sp.text)) return this.named(sp.text);
    }
    return null;
  }

  /**
   * The subject of the verb that opens the sentence (`ونشر ميدو تغريدة … قال فيها`, `استنكر علماء
   * ووجهاء القطيف … مؤكدين أن`): the phrase after its first word, when that word is no particle.
   */
  private earlierSubject(from: number, v: number, namedOnly = false): string | null {
    if (v - from < 2) return null;
    let start = from;
    // `من جهته`, `من جانبهم`, `بدوره`: an opening that names no one
    if (this.toks[start]!.norm === "من" && /^(?:جهت|جانب|ناحي)/.test(this.toks[start + 1]?.norm ?? "")) start += 2;
    // `من جانب آخر`, `من جهة أخرى`
    if (start > from && /^(?:اخر|اخري)$/.test(this.toks[start]?.norm ?? "")) start++;
    if ((this.toks[start]?.norm ?? "").startsWith("بدور")) start++;
    // `إلى جانب ذلك، سخر ترامب`, `وفي سياق متصل، أكد`: an adverbial opening closed by a comma
    start = this.afterOpeningAdverbial(start, v);
    // `ولم يذكر الحرس الثوري ما إذا`, `لم يجد زميله إيريك داير سوى الإشادة`: a negated verb still has its subject after it
    if (NEGATING_PARTICLES.has(this.toks[start]?.norm ?? "")) return start + 2 < v ? this.negatedVerbSubject(start + 2, v) : null;
    // `وبخصوص اختيار المدربات أكد أنه`, `وحول حفل الافتتاح قال`: a topic opening the sentence is what is spoken about, no subject
    if (start >= v || TOPIC_PREPOSITIONS.has(this.toks[start]!.norm)) return null;
    // the same subject is asked again of the same words: a quoteless sentence's for its next speaker (read), then as
    // its feminine opening subject (feminineSubjectAt). What it reads changes only as speakerGenders grows.
    if (this.toks.length >= SUBJECT_KEY_TOKENS) return this.subjectFrom(start, v, namedOnly);
    if (this.subjectsAt !== this.visibleSpeakers()) {
      this.subjects.clear();
      this.subjectsAt = this.visibleSpeakers();
    }
    const key = (start * SUBJECT_KEY_TOKENS + v) * 2 + (namedOnly ? 1 : 0);
    let subject = this.subjects.get(key);
    if (subject === undefined) this.subjects.set(key, (subject = this.subjectFrom(start, v, namedOnly)));
    return subject;
  }

  /**
   * The subject of a negated verb (`لم يجد زميله إيريك داير سوى الإشادة`), read from `k` after it: only a person the
   * recognizer named right there or after one noun before it (`زميله`) — a role or an object further on names no one here.
   */
  private negatedVerbSubject(k: number, v: number): string | null {
    k = this.skipLead(k, v);
    for (const at of [k, k + 1]) {
      const tok = this.toks[at];
      if (at >= v || !tok) return null;
      // `ولم يبيّن الموقع عمر الطفلة`: a definite noun after the verb is the subject itself, what follows is its object
      if (at > k && hasArticle(this.toks[k]!.norm)) return null;
      // `ولم يذكر الحرس الثوري ما إذا`: an organization right after the verb is its subject too
      const types = at === k ? NEGATED_SUBJECT_TYPES : PERSON_ONLY;
      const span = this.spans.find((sp) => types.has(sp.type) && sp.start === tok.start && sp.end <= this.toks[v - 1]!.end);
      if (span && this.text.slice(span.start, span.end) === span.text) return span.text;
    }
    return null;
  }

  /**
   * `ولفتت الانتباه إلى أن`, `ولفت الهاجري النظر، إلى أن`, `ولفتت الصحف الانتباه إلى`: the attention an ATTENTION_VERBS
   * verb at `verb` draws is its object, so the subject read from `k` ends before it (none when it comes first). `end` else.
   */
  private beforeAttention(verb: number, k: number, end: number): number {
    if (!ATTENTION_VERBS.has(this.toks[verb]!.norm)) return end;
    for (let j = k; j < end; j++) if (ATTENTION_NOUNS.has(this.toks[j]!.norm)) return j;
    return end;
  }

  /**
   * `صحيفة العرب تناولت …`, `وزارة الداخلية إذ تعلن`, `غادة عبدالرازق، قالت`: a word written with teh marbuta opening the
   * sentence is a noun, never its verb — the subject's own first word when it is a medium's noun or a person or
   * organization the recognizer found starts at it or right after it (`ملاحظة:`, `ونتيجة لانتشار` name no one).
   */
  private opensNamedNounSubject(start: number): boolean {
    const t = this.toks[start]!;
    if (!withoutHarakat(t.surface).endsWith(TEH_MARBUTA)) return false;
    if (MEDIA.has(withoutConjunction(t.norm))) return true;
    const next = this.toks[start + 1];
    return this.spans.some((sp) => PERSONS_AND_ORGANIZATIONS.has(sp.type) && ((sp.start >= t.start && sp.start < t.end) || (!!next && sp.start === next.start)));
  }

  /**
   * subjectFrom's reading of a sentence opened by a named noun (opensNamedNounSubject): the phrase from `start`, up to the
   * perfect verb in ت agreeing with it (`صحيفة أفغانستان تايمز وصفت`), without its و / ف; with `namedOnly`, its person only.
   */
  private namedNounSubject(start: number, v: number, namedOnly: boolean): string | null {
    let end = this.phraseEnd(start, v, false);
    for (let j = start + 2; j < end; j++) {
      const t = this.toks[j]!;
      if (!hasArticle(t.norm) && /^\p{L}{3,}ت$/u.test(withoutHarakat(t.surface)) && !this.spans.some((sp) => sp.start < t.end && t.start < sp.end)) {
        end = j;
        break;
      }
    }
    const person = this.spanIn(start, end, "person");
    // a quoteless sentence's subject, spoken for by a later bare verb, only when a person (`شرطة الإمارات في الخدمة` heads a story)
    if (namedOnly) return person;
    const phrase = this.nounPhraseSpeaker(start, end);
    const first = this.toks[start]!.surface;
    return phrase && /^[وف]/.test(first) && phrase.startsWith(first) && first.length > 3 ? phrase.slice(1) : phrase ?? person;
  }

  /**
   * `مصادر عراقية في وزارة المالية أبلغت «عكاظ» أن`, `رئيس المصرف الوطني السويسري توماس غوردن أكد أن`, `رفيق درب سعود
   * الملحن سمير سعيد، أشار`: a sentence opened by a role noun (no verb is spelled like one but those in VERB_SHAPED_ROLES)
   * opens with its subject, not with a verb; so does a person's given name the recognizer tagged with more after it
   * (`مالك الحسن المحلل الاقتصادي، يؤكد أن`) before the sentence's speech verb — a sentence read for its subject alone
   * (`namedOnly`) may be words quoted after a colon (`محمد صلاح لاعب عظيم`), where a name opening it does not act.
   */
  private opensWithSubjectNoun(start: number, namedOnly: boolean): boolean {
    const t = this.toks[start]!;
    // `فالرئيس`, `والشاهد`: a glued conjunction may open a clause after a verb of its own
    if (/^[وف]/.test(t.surface)) return false;
    if (isRoleHead(t.norm) || SUBJECT_OPENING_NOUNS.has(t.norm)) return !VERB_SHAPED_ROLES.has(t.norm);
    return !namedOnly && GIVEN_NAMES.has(t.norm) && this.spans.some((sp) => sp.type === "person" && sp.start === t.start && sp.end > t.end);
  }

  /** earlierSubject once the sentence's openings are passed: the subject of the verb at `start`. */
  private subjectFrom(start: number, v: number, namedOnly: boolean): string | null {
    v = this.beforeAttention(start, start + 1, v);
    const first = this.toks[start]!.norm;
    if (first.startsWith("ال") || ((NP_STOP.has(first) || NP_STOP.has(withoutConjunction(first))) && !this.isExpressingVerb(start, v)) || isComplementizer(first) || CLAUSE_PARTICLES.has(first)) return null;
    const closing = this.nameClosingExpressed(start, v);
    if (closing) return closing;
    if (this.opensNamedNounSubject(start)) return this.namedNounSubject(start, v, namedOnly);
    let k = this.opensWithSubjectNoun(start, namedOnly) ? start : this.skipLead(start + 1, v);
    // `وكانت قد أعلنت أنها`: قد after the opening auxiliary opens the next verb — its subject stands after that verb
    // (`وكانت قد أبرزت إحدى الصحف`), and there is none when that verb is v
    if (k < v && VERB_PARTICLES.has(this.toks[k]!.norm)) k = k + 1 < v ? this.skipLead(k + 2, v) : v;
    // `وشدد معاليه على …، مشيراً إلى أن`: an honorific pronoun is the one who spoke last; `وأكد ضرورة …`, `ووجه كلمة …`: a verbal
    // noun or a word addressed is the object;
    // `ويتحدث مطولاً عن تجربته`: a word in tanween fath is an adverb or the object
    // `وتأسف عندما قال إن`: a clause particle opens a clause, no subject
    if (k >= v || TANWEEN_FATH.test(this.toks[k]!.surface) || this.isAccusativeWord(k) || NP_STOP.has(this.toks[k]!.norm) || CLAUSE_PARTICLES.has(this.toks[k]!.norm) || isComplementizer(this.toks[k]!.norm) || HONORIFIC_PRONOUNS.has(this.toks[k]!.norm) || OBJECT_VERBAL_NOUNS.has(this.toks[k]!.norm) || ADDRESSED_NOUNS.has(this.toks[k]!.norm) || this.isPossessedNoun(k)) return null;
    const end = this.phraseEnd(k, v, isRoleHead(this.toks[k]!.norm));
    if (namedOnly) return this.openingPerson(k, end) ?? this.titleName(k, end) ?? (isRoleHead(this.toks[k]!.norm) ? this.roleHolder(k, v) : null) ?? this.describedPerson(k, end) ?? this.apposedToDescription(k, end, v);
    const person = isRoleHead(this.toks[k]!.norm) || ANAPHORS.has(this.toks[k]!.norm) ? this.spanIn(k, end, "person") : null;
    if (person) return person;
    // `وطمأن الوزير جميع التونسيين`: an anaphor subject is one word when its object follows it
    if (ANAPHORS.has(this.toks[k]!.norm) && (k + 1 >= end || OBJECT_OPENERS.has(this.toks[k + 1]!.norm))) return this.resolveAnaphor(this.toks[k]!.start, this.toks[k]!.norm) ?? this.phraseText(k, k + 1);
    return this.countedGroup(k, end, v) ?? this.nounPhraseSpeaker(k, end);
  }

  /**
   * `هنأ د. عبدالعزيز بن عبدالله بن طالب الملحق …`: the person named in the subject's first two words, with
   * its بن / آل / أبو links the recognizer tagged (`بن عبدالله بن طالب`) and a last family name, not cut after two words.
   */
  private openingPerson(k: number, end: number): string | null {
    const opening = this.spanIn(k, Math.min(end, k + 2), "person");
    if (!opening) return null;
    const whole = this.spanIn(k, end, "person");
    if (!whole || whole.length <= opening.length || !whole.startsWith(opening)) return opening;
    // `ورفض النائب محمد عبد الله زين الدين، وكيل لجنة …، القرارات`: a tagged name closed by the comma of an apposition
    // is whole — the object a name may swallow (`نجيب تنحيه`) runs on without one
    if (this.closedByComma(k, end, whole)) return whole;
    const words = whole.split(/\s+/);
    let kept = opening.split(/\s+/).length;
    // `عبدالعزيز بن` cut after its link: the link is read again below
    if (NAME_LINKS.has(normalizeArabic(words[kept - 1]!))) kept--;
    while (kept + 1 < words.length && NAME_LINKS.has(normalizeArabic(words[kept]!))) kept += 2;
    // `المدرب سامي` + `الجابر`: the tagged name's one last word, with the article, is its family name
    if (kept + 1 === words.length && hasArticle(normalizeArabic(words[kept]!))) kept++;
    return words.slice(0, kept).join(" ");
  }

  /** Whether the person `name` the recognizer tagged from the first two tokens of [k, end) is followed by a comma. */
  private closedByComma(k: number, end: number, name: string): boolean {
    const last = Math.min(end, k + 2) - 1;
    const span = this.spans.find((sp) => sp.type === "person" && sp.text === name && sp.start >= this.toks[k]!.start && sp.start < this.toks[last]!.end);
    return !!span && /^\s*[،,]/.test(this.text.slice(span.end, span.end + 3));
  }

  /**
   * `وجهة الإعلامي المصري، عمرو أديب، انتقادات`, `أكد المحلل السياسي، فلان الفلاني، أن`: a definite description
   * [k, end) of a few words (all with the article) closed by a comma, then a person's name the recognizer
   * tagged and a comma closing the apposition (before `limit`): the person speaks, not the description.
   */
  private apposedToDescription(k: number, end: number, limit: number): string | null {
    if (end - k > MAX_DESCRIPTION_WORDS || end >= Math.min(limit, this.toks.length) || !hasComma(this.gapBefore(end))) return null;
    for (let j = k; j < end; j++) if (!hasArticle(this.toks[j]!.norm)) return null;
    const name = this.spans.find((sp) => sp.type === "person" && sp.start === this.toks[end]!.start);
    if (!name) return null;
    let after = end;
    while (after < this.toks.length && this.toks[after]!.start < name.end) after++;
    return after < Math.min(limit, this.toks.length) && hasComma(this.gapBefore(after)) ? this.named(name.text) : null;
  }

  /**
   * `بدأ العالم الأسترالي ديفيد غودال رحلة`, `تتحدث الأستاذة الجامعية التونسية آمال قرامي عن`: a definite
   * description (words with the article, no comma) right before a person's name is that person.
   */
  private describedPerson(k: number, end: number): string | null {
    let j = k;
    while (j < Math.min(end, k + MAX_DESCRIPTION_WORDS) && hasArticle(this.toks[j]!.norm) && (j === k || !hasPhraseBreak(this.gapBefore(j)))) j++;
    if (j === k || j >= end || hasPhraseBreak(this.gapBefore(j))) return null;
    const name = this.spans.find((sp) => sp.type === "person" && sp.start === this.toks[j]!.start);
    return name ? this.named(name.text) : null;
  }

  /** `عدد`, `مجموعة`, or a number of two or more (`اثنين`, `ثلاثة`, `5`) heading `… من المسؤولين`. */
  private isCountHead(k: number): boolean {
    const norm = this.toks[k]!.norm;
    if (QUANTITY_HEADS.has(norm)) return true;
    const n = mayStartNumber(norm) ? readNumber([norm], 0) : null;
    return !!n && n.end === 1 && n.valueMax === null && n.value >= 2;
  }

  /**
   * `وقال عدد من السكان`, `أجمع عدد من خطباء الجوامع … مؤكدين`: a quantity noun whose phrase [k,
   * phraseEnd) stops at من speaks as the group it counts, read up to `limit`; null otherwise.
   */
  private countedGroup(k: number, phraseEnd: number, limit: number): string | null {
    if (phraseEnd !== k + 1 || !this.isCountHead(k) || phraseEnd + 1 >= limit || this.toks[phraseEnd]!.norm !== OF) return null;
    return this.phraseText(k, Math.min(this.phraseEnd(phraseEnd + 1, limit, false), phraseEnd + 1 + MAX_SPEAKER_WORDS));
  }

  /**
   * The first token after the adverbials opening a sentence (`إلى جانب ذلك،`, `من جانب آخر، وضمن
   * فعاليات المهرجان،`), each closed by a comma within a few words; with no comma, `وفي 2012` (في
   * and a number) or a phrase closed by قد (`وفي شأن آخر فقد نفت`). Else `start`.
   */
  private afterOpeningAdverbial(start: number, v: number): number {
    for (;;) {
      const first = this.toks[start]!.norm;
      if (!mayOpenAdverbial(first) || this.isExpressingVerb(start, v)) return start;
      const bare = withoutConjunction(first);
      let next = start;
      for (let j = start + 1; j < Math.min(v, start + OPENING_ADVERBIAL_WORDS); j++) {
        if (hasComma(this.gapBefore(j))) {
          next = j;
          break;
        }
        if (VERB_PARTICLES.has(this.toks[j]!.norm)) {
          next = j + 1;
          break;
        }
      }
      // `وفي ذات السياق أشاد`, `وفي سياق متصل أكد`, `وعلى صعيد آخر قال`: a context phrase, often with no comma
      if (next === start) next = this.contextPhraseEnd(start, v);
      // `وفي 2012 أصدرت`, `وفي عام 2014 أطلقت`
      if (next === start && bare === "في") {
        const year = start + (YEAR_NOUNS.has(this.toks[start + 1]?.norm ?? "") ? 2 : 1);
        if (year + 1 < v && /^\d+$/.test(this.toks[year]!.norm)) next = year + 1;
      }
      if (next === start || next >= v) return start;
      start = next;
    }
  }

  /** End of a context phrase at `start` (`وفي ذات السياق`, `وفي هذا الصدد`, `وعلى صعيد آخر`, `وفي غضون ذلك`), `start` when none stands there. */
  private contextPhraseEnd(start: number, v: number): number {
    if (!/^[وف]?(?:في|على)$/.test(this.toks[start]!.norm)) return start;
    let j = start + 1;
    if (CONTEXT_DEMONSTRATIVES.has(this.toks[j]?.norm ?? "")) j++;
    if (j >= v || !CONTEXT_NOUNS.has(this.toks[j]!.norm)) return start;
    j++;
    if (j < v && CONTEXT_CLOSERS.has(this.toks[j]!.norm)) j++;
    return j < v ? j : start;
  }

  /**
   * `استنكر المدير العام لفرع الرئاسة … بمنطقة الرياض الشيخ عبدالله الفوزان، و…`: the person a role
   * phrase names before its first comma (a title's name, else a person the recognizer found).
   */
  private roleHolder(k: number, v: number): string | null {
    let end = k + 1;
    while (end < Math.min(v, k + MAX_ROLE_HOLDER_WORDS) && !hasPhraseBreak(this.gapBefore(end))) end++;
    return this.titleName(k, end) ?? this.spanIn(k, end, "person");
  }

  /**
   * `الوزارة` → the nearest earlier `وزارة …` (an organization span when one starts there, else the word with
   * its definite complement); one glued to ب / ل counts only after a role (`مسؤول بوزارة الدفاع`): after
   * another noun (`لجنة المعادلات بوزارة التعليم`) it is an adjunct, not who acts.
   */
  private resolveAnaphor(before: number, anaphor: string): string | null {
    const head = anaphor.slice(2);
    const from = Math.max(0, before - ANAPHOR_WINDOW);
    const first = this.firstTokenFrom(from);
    const stop = this.firstTokenFrom(before);
    let found: string | null = null;
    if (first < 0) return null;
    // the tokens the test below may pass: the head, or the head after one proclitic
    for (const k of this.tokensWithNorms(anaphorForms(head), first, stop < 0 ? first : stop)) {
      const t = this.toks[k]!;
      if (t.norm !== head && !(t.norm.length === head.length + 1 && ANAPHOR_PROCLITICS.has(t.norm[0]!) && t.norm.startsWith(head, 1))) continue;
      if (/^[بل]/.test(t.norm) && !t.norm.startsWith(head) && !(k > 0 && isRoleHead(this.toks[k - 1]!.norm))) continue;
      const span = this.spans.find((sp) => sp.start <= t.start + 1 && sp.end > t.start && sp.type !== "location" && sp.type !== "person");
      if (span) {
        found = this.named(span.text);
        continue;
      }
      const next = this.toks[k + 1];
      // `وأفادت وزارة الخارجية الفرنسية في بيان "…"` after `وجاء في بيان الوكالة:`: the nearest statement is unnamed, no earlier one is it
      if (STATEMENT_NOUNS.has(anaphor) && (!next || !next.norm.startsWith("ال"))) found = null;
      if (!next || !next.norm.startsWith("ال") || /[،,.:]/.test(this.text.slice(t.end, next.start))) continue;
      let end = next.end;
      const third = this.toks[k + 2];
      // `وزارة الداخلية الهادي مجدوب`: the third word is the complement's adjective, not the name after it
      const thirdIsName = !!third && this.spans.some((sp) => sp.type === "person" && sp.start <= third.start && sp.end > third.start);
      if (third && !thirdIsName && third.norm.startsWith("ال") && !/[،,.:]/.test(this.text.slice(next.end, third.start)) && !["الي", "التي", "الذي"].includes(third.norm)) end = third.end;
      const start = t.start + (t.norm === head ? 0 : 1);
      // `وزير الداخلية الهادي مجدوب`: a role named with its holder refers to the holder
      const holder = this.spans.find((sp) => sp.type === "person" && sp.start > end && /^\s+$/.test(this.text.slice(end, sp.start)));
      found = holder ? this.holderName(holder) : this.canonical(this.text.slice(start, end));
    }
    return found;
  }

  /**
   * The token after a medium told at k (`وكالة رويترز`, `«الشرق الأوسط»`, `فرانس برس`): past its
   * recognized name, else past the media words; k when no medium stands there.
   */
  private afterAddressee(k: number, end: number): number {
    const t = this.toks[k]!;
    const isMediaNoun = MEDIA.has(t.norm);
    if (!isMediaNoun && !MEDIA_NAMES.has(t.norm)) return k;
    let j = isMediaNoun ? k + 1 : k;
    const span = j < end ? this.spans.find((sp) => sp.start <= this.toks[j]!.start && sp.end > this.toks[j]!.start && sp.type !== "person") : undefined;
    if (span) {
      while (j < end && this.toks[j]!.start < span.end) j++;
      return j;
    }
    while (j < end && (MEDIA_NAMES.has(this.toks[j]!.norm) || MEDIA_NAME_TAILS.has(this.toks[j]!.norm) || this.toks[j]!.script === "digit")) j++;
    return j === k ? k + 1 : j;
  }

  /** Token j's norm with a proclitic before the article dropped (`والرئيس`, `بالرئيس` → `الرئيس`, `للرئيس` → `الرئيس`), computed once per token. */
  private definiteForm(j: number): string {
    return (this.definiteForms[j] ??= this.toks[j]!.norm.replace(/^(?:[وف]?[بل](?=ال)|[وف](?=ال))/, "").replace(/^لل/, "ال"));
  }

  /**
   * `وقال الرئيس الأمريكي الخميس`: a definite role with its adjectives and no name refers to the
   * person named right after the same phrase earlier in the text (`الرئيس الأمريكي دونالد ترامب`,
   * `مدير إدارة الشؤون الصحية بجدة الدكتور محمد باجبير`), or right before it (`عبد العزيز جباري
   * مستشار الرئيس اليمني`, `مختار الرحبي السكرتير الصحفي لمكتب الرئاسة`).
   * Of several holders, one who has already spoken beats one named only in passing (`أكد وزير
   * الخارجية عادل الجبير أن … مع وزير الخارجية الألماني فرانك شتاينماير … ورأى وزير الخارجية أن`).
   */
  private earlierHolder(k: number, end: number): string | null {
    const phrase = this.toks.slice(k, end).map((t) => t.norm);
    // definite: `الرئيس الأمريكي`, or a construct closed by a definite word (`وزير الخارجية الروسي`,
    // `مدير إدارة الشؤون الصحية`, `السكرتير الصحفي لمكتب رئاسة الجمهورية`); `مسؤول أمريكي` is someone new
    const isDefinite = (w: string) => /^(?:ال|لل|بال)/.test(w);
    if (phrase.length < 2 ? !isDefinite(phrase[0]!) : !isDefinite(phrase[phrase.length - 1]!)) return null;
    const from = Math.max(0, this.toks[k]!.start - ANAPHOR_WINDOW);
    const tail = phrase[0]!.slice(2);
    const found: string[] = [];
    const oneRole = phrase.length === 1 && ROLE_ANAPHORS.has(phrase[0]!);
    const start = this.firstTokenFrom(from);
    // the tokens the test below may pass (each norm that test takes ends with the tail): the phrase's first
    // word, its definite forms (definiteForm), and with oneRole the tail with و / ف before it at most
    const candidates = start < 0 ? [] : this.tokensWithNorms(holderForms(phrase[0]!, tail, oneRole), start, Math.max(start, k - phrase.length));
    for (const j of candidates) {
      // the definite form is a tail of the norm, «ال» before it at most: a norm without the tail never has it
      // `وأضاف الوزير أن` after `وزير الداخلية خالد العمري`, `وقالت المتحدثة` after `متحدثة باسم …`: a one-word
      // definite role goes back to the same noun heading a construct (its indefinite form, و / ف before it at most)
      const norm = this.toks[j]!.norm;
      const construct = oneRole && (norm === tail || (norm.length === tail.length + 1 && /^[وف]/.test(norm) && norm.endsWith(tail)));
      if (norm !== phrase[0] && !construct && !(norm.endsWith(tail) && this.definiteForm(j) === phrase[0])) continue;
      if (!phrase.every((w, i) => i === 0 || this.toks[j + i]!.norm === w)) continue;
      const before = j > 0 ? this.spans.find((sp) => sp.type === "person" && sp.end <= this.toks[j]!.start && /^[\s،,]*$/.test(this.text.slice(sp.end, this.toks[j]!.start))) : undefined;
      if (before && this.tokenHolding(before.start) && !isRoleHead(normalizeArabic(before.text))) {
        found.push(this.holderName(before));
        continue;
      }
      // `الأمين العام للأمم المتحدة أنطونيو غوتيريش`: a short complement may stand before the name
      for (let n = j + phrase.length; n < Math.min(k, j + phrase.length + HOLDER_COMPLEMENT_WORDS + 1); n++) {
        const next = this.toks[n]!;
        if (/[،,.:;()]/.test(this.text.slice(this.toks[n - 1]!.end, next.start))) break;
        // `وأفادت المصادر أن محامي السجين جارالله`: past a complementizer the name is in what was said
        if (isComplementizer(next.norm)) break;
        const holder = this.spans.find((sp) => sp.type === "person" && sp.start === next.start);
        if (holder) {
          found.push(this.holderName(holder));
          break;
        }
      }
    }
    const seen = this.visibleSpeakers();
    const spoke = (name: string) => this.speakerGenders.some((s, i) => i < seen && s.name === name);
    return found.findLast(spoke) ?? found[found.length - 1] ?? null;
  }

  /**
   * `قال غاري ساموري، المنسق السابق …` … `واردف المسؤول الأمريكي السابق، قائلا`: a generic definite
   * description (DESCRIBING_ANAPHORS, every word with the article or في before one: `الخبير في الشؤون الإيرانية`, no name)
   * that no earlier holder answers is the person who spoke latest (within ANAPHOR_WINDOW), when the recognizer named that
   * one a person; else an epithet (epithetReferent).
   */
  private describedSpeaker(k: number, end: number, limit = end): string | null {
    const head = this.toks[k]!.norm;
    const last = this.lastSpeaker;
    if (!DESCRIBING_ANAPHORS.has(head) || !last || !this.definiteDescription(k, end)) return this.epithetReferent(k, end, limit);
    if (this.toks[k]!.start - this.lastSpeakerAt > ANAPHOR_WINDOW) return null;
    return this.holdsPerson(last) ? last : null;
  }

  /** Whether `speaker` holds a person the recognizer named (`المدرب كمال الصافي` holds «كمال الصافي»). */
  private holdsPerson(speaker: string): boolean {
    return this.spans.some((sp) => sp.type === "person" && (this.named(sp.text) === speaker || speaker.includes(sp.text)));
  }

  /** Whether every word in [k, end) is definite, or في before a definite word (`الخبير في الشؤون الإيرانية`). */
  private definiteDescription(k: number, end: number): boolean {
    for (let j = k; j < end; j++) {
      const norm = this.toks[j]!.norm;
      if (!hasArticle(norm) && !(j > k && norm === "في" && j + 1 < end && hasArticle(this.toks[j + 1]!.norm))) return false;
    }
    return true;
  }

  /**
   * `كشفت الممثلة اللبنانية، دانييلا رحمة، … أنها …. وقالت الفنانة، التي …، إنها`, `وأبدى ساري … سعادته …. وأضاف مدرب
   * نابولي السابق:`: an epithet with no name — a definite profession (EPITHET_NOUNS) with definite words after it, or a
   * «former X of Y» construct (FORMER_HEADS … السابق) — with no name in it or apposed after it, is the one spoken of just
   * before (previousSpeaker) when the recognizer named that one a person who spoke with a verb of the epithet's gender,
   * within ANAPHOR_WINDOW.
   */
  private epithetReferent(k: number, end: number, limit = end): string | null {
    const head = this.toks[k]!.norm;
    const former = !hasArticle(head) && FORMER_HEADS.has(head) && end - k >= 3 && FORMER.has(this.toks[end - 1]!.norm);
    if (!former && !(EPITHET_NOUNS.has(head) && this.definiteDescription(k, end))) return null;
    // a name inside the phrase, or after it before the content (`الناشط الكوري، الذي له صلات …، شوي سونغ-ريونغ، إن`), is its own
    const from = this.toks[k]!.start;
    const to = this.toks[Math.max(end, limit) - 1]!.end;
    if (this.spans.some((sp) => sp.type === "person" && sp.start >= from && sp.start < to)) return null;
    if (from - this.lastSpeakerAt > ANAPHOR_WINDOW) return null;
    const referent = this.previousSpeaker();
    if (!referent || !this.holdsPerson(referent)) return null;
    // a verb the recognizer took into a name (`اختتم إبرا`, `سيسعى`) is no one to refer to
    const first = normalizeArabic(firstWord(referent));
    if (isSpeechVerbWord(first) || /^س[يتن]/u.test(first)) return null;
    // the one referred to has spoken, with a verb of the epithet's gender (`الفنانة` after `كشفت … دانييلا رحمة`)
    const gender: Gender = withoutHarakat(this.toks[k]!.surface).endsWith(TEH_MARBUTA) ? "f" : "m";
    const known = [...this.speakerGenders].reverse().find((sp) => sp.name === referent || sp.name.includes(referent) || referent.includes(sp.name))?.gender;
    return known === gender ? referent : null;
  }

  /** `بتشكيل`, `لنشرة`: a word glued to ب or ل that is no given name nor a word of an ل root. */
  private isGluedObject(k: number): boolean {
    const norm = this.toks[k]!.norm;
    return /^[بل]\p{L}{3,}/u.test(norm) && !GIVEN_NAMES.has(norm) && !L_ROOT_WORDS.has(norm) && !this.spans.some((sp) => sp.type === "person" && sp.start <= this.toks[k]!.start && sp.end > this.toks[k]!.start);
  }

  /**
   * `ناصر القصبي للعربية`, `كيلي للجمهور`, `ستيف دايموند لبرنامج …`: a speaker read as ending in a person's name and
   * then a word glued to ل (the one spoken to, `قال X للعربية`) is the name alone — unless the recognizer
   * holds that word in a person's name (`جان إيف لودريان`, `الشيخة لطيفة`) or it is a word of an ل root.
   */
  private withoutAddressee(speaker: string | null): string | null {
    if (!speaker) return speaker;
    const words = speaker.split(/\s+/);
    for (let i = 1; i < words.length; i++) {
      const norm = normalizeArabic(words[i]!);
      if (!/^ل\p{L}{3,}/u.test(norm)) continue;
      if (L_ROOT_WORDS.has(norm) || L_ROOT_WORDS.has(norm.slice(1)) || GIVEN_NAMES.has(norm)) return speaker;
      if (this.spans.some((sp) => sp.type === "person" && sp.text.includes(words[i]!))) return speaker;
      const head = words.slice(0, i).join(" ");
      const ends = (name: string) => head === name || head.endsWith(` ${name}`);
      return this.spans.some((sp) => sp.type === "person" && (ends(sp.text) || ends(this.named(sp.text)))) ? head : speaker;
    }
    return speaker;
  }

  /** A role's holder, named canonically, with the name words the recognizer left after it (`الهادي` + `مجدوب`). */
  private holderName(span: EntitySpan): string {
    const k = this.firstTokenFrom(span.start);
    if (k < 0) return this.named(span.text);
    let end = k;
    while (end < this.toks.length && this.toks[end]!.start < span.end) end++;
    let e = end;
    // `المهندس خالد الفالح بتشكيل لجنة`: a word glued to ب or ل (the verb's object) ends the name
    while (e < this.toks.length && e - end < 2 && !/[،,.:;]/.test(this.gapBefore(e)) && this.isNameWord(e, true) && !hasArticle(this.toks[e]!.norm) && !isComplementizer(this.toks[e]!.norm) && !this.isGluedObject(e) && !this.isPossessedNoun(e)) e++;
    return e > end ? `${this.named(span.text)} ${this.phraseText(end, e)}` : this.named(span.text);
  }

  /**
   * The source a narrative sentence names (`بحسب مصدر عسكري`, `وفق ما أفادت به النيابة العامة`,
   * `بحسب ما نقلته الوكالة عن مكتب الناطق`): X after the attribution, or after its عن.
   */
  private attributionSource(from: number, to: number, quotations: readonly Quotation[] = []): string | null {
    for (let k = from; k < to; k++) {
      if (!isAttributionWord(this.toks[k]!.norm)) continue;
      // `"… حسبما توصلنا إليه …"، محملا`: the quoted words' attribution, not the narrator's
      if (insideQuotation(quotations, this.toks[k]!.start)) continue;
      const glued = GLUED_ATTRIBUTIONS.has(this.toks[k]!.norm);
      let j = k + 1;
      // `وفقاً لـ`, `طبقاً لـ`: the ل alone
      if (this.toks[j]?.norm === "ل") j++;
      if (glued || this.toks[j]?.norm === "ما" || this.toks[j]?.norm === "لما") {
        if (!glued) j++;
        const via = this.toks.slice(j, Math.min(to, j + SOURCE_VIA_WORDS)).findIndex((t) => t.norm === FROM);
        if (via >= 0) j += via + 1;
        else {
          while (j < to && (isSpeechVerbWord(this.toks[j]!.norm) || /^(?:به|بها)$/.test(this.toks[j]!.norm) || /^[وف]?[اأ]?[فذ]اد/.test(this.toks[j]!.norm))) j++;
          // `حسبما أشار الجمعة المدرب`: the day or an adverb between the verb and its subject
          while (j < to && isLeadAdverb(this.toks[j]!.norm)) j++;
        }
      }
      const owned = this.statementOwnerAt(j, to);
      if (owned) j++;
      if (j >= to || this.isPossessedNoun(j)) return null;
      // `حسب الأنظمة المتبعة`: a rule or standard followed is no source
      if (NORM_NOUNS.has(this.toks[j]!.norm)) continue;
      const end = this.phraseEnd(j, to, true);
      // `وفقاً للشرطة الفرنسية`: the source with its article, without the ل
      return this.spanIn(j, end, "person") ?? withoutLam(this.phraseText(j, Math.min(end, j + MAX_ROLE_WORDS)), owned);
    }
    return null;
  }

  /**
   * `بحسب إعلان منظمة …`, `بحسب بيان لمكتب المحافظ`, `وفق تقرير لصحيفة …`: a statement's noun at j
   * with its owner after it (a name, or a word tied by ل): the owner is the source, not the statement.
   */
  private statementOwnerAt(j: number, to: number): boolean {
    if (j + 1 >= to) return false;
    const noun = this.toks[j]!.norm;
    if (!STATEMENT_NOUNS.has(noun) && !isSpeechNounWord(noun)) return false;
    if (/^ال/.test(noun) || hasPhraseBreak(this.gapBefore(j + 1))) return false;
    const owner = this.toks[j + 1]!;
    const named = this.spans.some((sp) => sp.type !== "misc" && sp.start >= owner.start && sp.start <= owner.start + 2);
    return named || (/^ل/.test(owner.norm) && owner.norm.length >= 4 && !L_ROOT_WORDS.has(owner.norm));
  }

  /**
   * A quotation no verb claimed, in a sentence whose source is named by an attribution
   * (`"…"، بحسب ما أفاد قائد العمليات`): a quote of that source.
   */
  private sourcedQuotation(from: number, to: number, quotations: Quotation[]): Quote | null {
    if (quotations.length === 0) return null;
    for (let k = from; k < to; k++) {
      if (!isAttributionWord(this.toks[k]!.norm)) continue;
      // `«… إلى وزارتي الدفاع والداخلية حسب التبعية …»`: the quoted words' attribution, not the narrator's
      if (insideQuotation(quotations, this.toks[k]!.start)) continue;
      const glued = GLUED_ATTRIBUTIONS.has(this.toks[k]!.norm);
      let j = k + 1;
      if (!glued && (this.toks[j]?.norm === "ما" || this.toks[j]?.norm === "لما")) j++;
      const relaying = j < to && RELAYING_VERB.test(this.toks[j]!.norm);
      if (j < to && isSpeechVerbWord(this.toks[j]!.norm)) j++;
      const q = quotations.find((x) => x.close <= this.toks[k]!.start) ?? quotations[0]!;
      // `وفق ما نقلت وكالة الأنباء السورية الرسمية عن مصدر عسكري، "…"`: the one the relay quotes speaks, as in نقلت Y عن X
      // (the source ends before a dash or quotation mark: `عن مسؤول سعودي - "ببدء تحقيق داخلي بشأن خاشقجي…"`)
      let sourceTo = to;
      if (relaying) {
        const via = this.relayedSourceAt(j, to);
        if (via > j) {
          j = via;
          sourceTo = j + 1;
          while (sourceTo < to && !/[-–—"«»“”]/u.test(this.gapBefore(sourceTo))) sourceTo++;
        }
      }
      // `"…"، حسب قوله`: the words of the one who spoke last; `حسب قول نتانياهو`: of the one named
      const saying = j < to ? SAYING_NOUNS.get(this.toks[j]!.norm) : undefined;
      if (saying === "own") return this.lastSpeaker ? { speaker: this.lastSpeaker, text: q.inner, channel: null, start: q.innerStart } : null;
      if (saying === "of") j++;
      // `حسبما أشار الجمعة المدرب`: the day or an adverb between the verb and its subject
      while (j < to && isLeadAdverb(this.toks[j]!.norm)) j++;
      if (j < to && this.toks[j]!.norm === FROM) j++;
      const owned = this.statementOwnerAt(j, to);
      if (owned) j++;
      if (j >= to) return null;
      // `وفق المعايير الدولية`, `حسب الأنظمة المتبعة`, `حسب قانون نفط وغاز الإقليم`: a rule or standard followed is no source
      if (NORM_NOUNS.has(this.toks[j]!.norm)) continue;
      const end = this.phraseEnd(j, sourceTo, true);
      const speaker = this.spanIn(j, end, "person") ?? (owned ? withoutLam(this.phraseText(j, Math.min(end, j + MAX_ROLE_WORDS)), true) : this.phraseText(j, Math.min(end, j + MAX_ROLE_WORDS)));
      if (!speaker) return null;
      // `و"…" بحسب ما كتب مائير داغان …. وأضاف بأن`: the source is the latest speaker, after any subject named before it
      this.lastSpeaker = speaker;
      this.lastSpeakerAt = this.toks[k]!.start;
      return { speaker, text: q.inner, channel: null, start: q.innerStart };
    }
    return null;
  }
}

/** `شبكة سي` found before `أن أن`: a span ending in a spelled letter takes the acronym's letters N after it (acronymLetters). */
function withAcronymTail(text: string, toks: readonly Token[], span: EntitySpan): EntitySpan {
  if (!/^[ .][إأا]ن(?![\p{L}\p{M}])/u.test(text.slice(span.end, span.end + 4))) return span;
  let end = span.end;
  for (const t of toks) {
    if (t.start < end) continue;
    if (t.norm !== "n" || !spaceOrDotBetween(text, end, t.start)) break;
    end = t.end;
  }
  return end === span.end ? span : withEnd(text, span, end);
}

/**
 * The spans a reader reads, by start, each run over a dotted or spelled acronym tail. Pushed, not mapped
 * (and toks too, acronymLetters): the built-in map makes a packed array and TurboFan's inlined map a
 * holey one, so whenever the caller ran deoptimized the rules reading these arrays met the other
 * kind and deoptimized in turn ("wrong map"), over and over in a long ingest.
 */
function readerSpans(text: string, toks: readonly Token[], spans: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const sp of spans) out.push(withAcronymTail(text, toks, withDottedTail(text, sp)));
  return out.sort((a, b) => a.start - b.start);
}

/** The span ended at `end`, its fields in entitySpan's order (a spread copy of a span has a hidden class of its own). */
function withEnd(text: string, span: EntitySpan, end: number): EntitySpan {
  return { type: span.type, text: text.slice(span.start, end), start: span.start, end, role: span.role, arabicName: span.arabicName, shortFor: span.shortFor };
}

/**
 * `تلفزيون بي.إف.إم`, `قناة (إن.تي.في)`, `إل.سي.آي`: a name the recognizer ended at the first dot of
 * a dotted abbreviation runs to the abbreviation's end.
 */
function withDottedTail(text: string, span: EntitySpan): EntitySpan {
  const tail = /^(?:\.[\p{L}\p{M}]+)+\.?/u.exec(text.slice(span.end));
  if (!tail || !/[\p{L}]$/u.test(text.slice(Math.max(0, span.end - 1), span.end))) return span;
  const end = span.end + tail[0].replace(/\.$/, "").length;
  return withEnd(text, span, end);
}

/**
 * A source's phrase without the ل that tied it to its attribution (`للشرطة` → `الشرطة`, `لـ"…"`), and
 * when `owned` (after a statement's noun: `بيان لمكتب المحافظ`) the ل of any word (`لمكتب` → `مكتب`).
 */
function withoutLam(phrase: string | null, owned = false): string | null {
  if (!phrase) return null;
  const bare = phrase.replace(/^لل/u, "ال").replace(/^لـ\s*/u, "");
  return owned && bare === phrase && !L_ROOT_WORDS.has(normalizeArabic(phrase.split(/\s/u)[0]!)) ? phrase.replace(/^ل(?=\p{L}{3})/u, "") : bare;
}

/** Maps a surface form to the canonical name of the entity that has it as a mention. */
function canonicalNamer(entities: readonly Entity[]): (surface: string) => string {
  const byForm = new Map<string, string>();
  for (const e of entities) for (const m of [e.name, ...e.mentions, ...e.aliases]) byForm.set(normalizeArabic(m), e.name);
  return (surface) => byForm.get(normalizeArabic(surface)) ?? surface.trim();
}
