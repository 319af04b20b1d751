/**
 * Language of a text as an ISO 639-1 code ("und" when it has no letters to judge).
 *
 * Rules, in order:
 * 1. Letters are counted per script; the script with most letters decides the family. Scripts used
 *    by one language answer at once: Hebrew → he, Greek → el, Hangul → ko, kana → ja, Han → zh,
 *    Devanagari → hi, Thai → th, Armenian → hy, Georgian → ka.
 * 2. Arabic script: ar, fa or ur by cue scores — function words of each language (whole tokens) and
 *    letters only one of them uses (Urdu ٹ ڈ ڑ ں ے ھ; Persian پ چ ژ گ with ی/ک). Arabic's own
 *    cues are its function words, the definite article `ال` and teh marbuta. Persian letter forms
 *    alone do not make a text Persian (sites type Arabic on Persian keyboards): a text is fa or ur
 *    only when that language's function words or letters outweigh Arabic's cues. Ties → ar. A text
 *    with none of the letters Persian and Urdu always use (ی ک and the rest) is Arabic at once.
 * 3. Latin script: en, fr, tr, es, de, it, pt, id by function words (weight 2), letters only one
 *    language uses (ı ğ ş for Turkish, ß for German, ñ for Spanish, ã õ for Portuguese, œ for
 *    French) and frequent letter n-grams (suffixes such as -tion, -ing, -lar, -ción, -ung), so that
 *    a short text without function words still leans the right way. Ties → en.
 * 4. Cyrillic → ru unless Ukrainian letters (є і ї ґ) appear.
 */

type Scores = Map<string, number>;

const FUNCTION_WORDS: Record<string, string> = {
  ar: "في من على إلى الى أن ان إن التي الذي الذين عن مع هذا هذه ذلك تلك كان كانت قد لم لن ما لا هو هي بين حتى بعد قبل عند أو كما وقال وقالت أيضا إنه انه التى فى",
  fa: "است این که از به را با در برای می‌شود می هم یک آن شد بود های ها نیز اما تا ما شما او آنها خود نمی هست کرد شده کند",
  ur: "کے کی ہے میں اور سے کو نے پر ہیں کہ یہ وہ تھا تھی گیا بھی لیے ایک کا جو نہیں ہو کر رہے",
  en: "the of and to in is that for it with as was on are be by this from at have has not an or but which their they were been said will would its who",
  fr: "le la les des du de et est un une pour dans que qui sur au aux par pas ne avec il elle ont été sont cette ces se plus mais ou",
  tr: "ve bir bu da de için ile olarak olan gibi daha çok ama ancak ise ne kadar sonra şu en değil var yok diye",
  es: "el la los las de del y en que un una por con para es no se su al lo como más pero sus ha fue este esta",
  de: "der die das und ist nicht ein eine zu den mit von sich auf für dem des im auch es wird wurde sind bei aus nach",
  it: "il lo la gli le di e che un una per con non sono del della nel nella è al alla anche come più ma",
  pt: "o a os as de do da dos das e que um uma para com não por no na se ao mais como mas foi são",
  id: "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke oleh ada adalah sebagai",
};

/** Frequent letter n-grams (and one-language letters) per Latin-script language, with weights. */
const LATIN_NGRAMS: Record<string, ReadonlyArray<readonly [string, number]>> = {
  en: [["th", 1], ["ing", 2], ["wh", 1], ["tion", 1], ["ly ", 1], ["ough", 2], ["ee", 0.5], ["w", 0.5]],
  fr: [["é", 1], ["è", 2], ["ê", 2], ["ç", 2], ["œ", 4], ["eau", 2], ["qu", 1], ["ou", 0.5], ["ment", 1], ["aux", 2], ["ais", 1], ["où", 3]],
  tr: [["ı", 3], ["ğ", 4], ["ş", 3], ["İ", 3], ["lar", 1.5], ["ler", 1.5], ["iyor", 3], ["ü", 1], ["ö", 1], ["ç", 1]],
  es: [["ñ", 4], ["ción", 3], ["¿", 4], ["¡", 4], ["ll", 0.5], ["ado", 1], ["os ", 0.5]],
  de: [["ß", 4], ["sch", 2], ["ung", 2], ["ä", 2], ["ö", 1], ["ü", 1], ["ei", 0.5], ["cht", 2]],
  it: [["zione", 3], ["gli", 2], ["ià", 2], ["ù", 2], ["zz", 1.5], ["cch", 2]],
  pt: [["ão", 4], ["õe", 4], ["ç", 1], ["lh", 1.5], ["nh", 1.5], ["ã", 2]],
  id: [["ng", 0.5], ["kan ", 2], ["ny", 1.5], ["aan", 2]],
};

const FUNCTION_WORD_WEIGHT = 2;
/** Each Urdu- or Persian-only letter; Persian letters weigh less because Arabic pages borrow them. */
const URDU_LETTER_WEIGHT = 2;
const PERSIAN_LETTER_WEIGHT = 1;
/** Arabic-only cues: the article ال at a word start, teh marbuta. */
const ARABIC_ARTICLE_WEIGHT = 1;
const TEH_MARBUTA_WEIGHT = 0.5;

/** Function word → the languages it belongs to (a word may serve several: `de`, `la`, `en`). */
const WORD_LANGUAGES = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words.split(" ")) WORD_LANGUAGES.set(w.toLowerCase(), [...(WORD_LANGUAGES.get(w.toLowerCase()) ?? []), lang]);
}
const ARABIC_SCRIPT_LANGS = ["ar", "fa", "ur"] as const;
const LATIN_LANGS = ["en", "fr", "tr", "es", "de", "it", "pt", "id"] as const;

/** Script of a UTF-16 code unit by block ranges (Unicode blocks), or null for non-letters. */
function scriptOf(c: number): string | null {
  if (c < 0x41) return null;
  if (c <= 0x7a) return (c >= 0x61 || c <= 0x5a) ? "latin" : null;
  if (c < 0xc0) return null;
  if (c <= 0x24f) return c === 0xd7 || c === 0xf7 ? null : "latin";
  if (c >= 0x370 && c <= 0x3ff) return "el";
  if (c >= 0x400 && c <= 0x52f) return "cyrillic";
  if (c >= 0x531 && c <= 0x58f) return "hy";
  if (c >= 0x5d0 && c <= 0x5f2) return "he";
  if (c >= 0x620 && c <= 0x6ff) return (c >= 0x660 && c <= 0x66d) || (c >= 0x6f0 && c <= 0x6f9) || c === 0x640 || (c >= 0x64b && c <= 0x65f) ? null : "arabic";
  if (c >= 0x750 && c <= 0x77f) return "arabic";
  if (c >= 0x8a0 && c <= 0x8ff) return "arabic";
  if (c >= 0x900 && c <= 0x97f) return "hi";
  if (c >= 0xe00 && c <= 0xe7f) return "th";
  if (c >= 0x10a0 && c <= 0x10ff) return "ka";
  if (c >= 0x1100 && c <= 0x11ff) return "ko";
  if (c >= 0x1e00 && c <= 0x1eff) return "latin";
  if (c >= 0x3040 && c <= 0x30ff) return "ja";
  if (c >= 0x4e00 && c <= 0x9fff) return "zh";
  if (c >= 0xac00 && c <= 0xd7af) return "ko";
  if (c >= 0xfb1d && c <= 0xfb4f) return "he";
  if (c >= 0xfb50 && c <= 0xfdff) return "arabic";
  if (c >= 0xfe70 && c <= 0xfefc) return "arabic";
  return null;
}

const WORD_SEPARATORS = /[^\p{L}\p{M}\u200C]+/u;
const URDU_LETTERS = /[\u0679\u0688\u0691\u06BA\u06D2\u06BE\u06C1]/g;
const PERSIAN_LETTERS = /[\u067E\u0686\u0698\u06AF]/g;
const ARABIC_ARTICLE = /(?:^|[^\u0620-\u06FF])[وفبلك]?ال[\u0620-\u064A]/g;
const TEH_MARBUTA = /\u0629/g;
const TASHKEEL = /[\u064B-\u065F\u0670\u0640]/g;
const UKRAINIAN_LETTERS = /[єіїґЄІЇҐ]/;
/** Enough letters to judge; long texts are sampled from the start to keep the cost flat. */
const MAX_SAMPLE_CHARS = 2000;
const JAPANESE_KANA = /[\u3040-\u30ff]/;

export function detectLanguage(text: string): string {
  const sample = text.length > MAX_SAMPLE_CHARS ? text.slice(0, MAX_SAMPLE_CHARS) : text;
  const script = dominantScript(sample);
  if (script === null) return "und";
  if (script === "arabic") return arabicScriptLanguage(sample);
  if (script === "latin") return latinLanguage(sample);
  if (script === "cyrillic") return UKRAINIAN_LETTERS.test(sample) ? "uk" : "ru";
  if (script === "zh" && JAPANESE_KANA.test(sample)) return "ja";
  return script;
}

/** Scripts by a small index, and each code unit's index + 1 (0: not yet read; NO_SCRIPT: no letter), filled on first sight. */
const SCRIPT_NAMES: string[] = [];
const NO_SCRIPT = 0xff;
const scriptIndexes = new Uint8Array(0x10000);

function scriptIndexOf(c: number): number {
  let k = scriptIndexes[c]!;
  if (k === 0) {
    const script = scriptOf(c);
    if (script === null) k = NO_SCRIPT;
    else {
      if (!SCRIPT_NAMES.includes(script)) SCRIPT_NAMES.push(script);
      k = SCRIPT_NAMES.indexOf(script) + 1;
    }
    scriptIndexes[c] = k;
  }
  return k;
}

/** dominantScript's counts by script index, and the scripts in order of first sight (a Map's order). */
const scriptCounts = new Int32Array(NO_SCRIPT);
const scriptsSeen: number[] = [];

// Counted in typed arrays by a table of the code units, not in a Map by name: it reads every
// character of the first 2,000 of every body.
function dominantScript(text: string): string | null {
  scriptsSeen.length = 0;
  for (let i = 0; i < text.length; i++) {
    const k = scriptIndexOf(text.charCodeAt(i));
    if (k === NO_SCRIPT) continue;
    if (scriptCounts[k] === 0) scriptsSeen.push(k);
    scriptCounts[k]!++;
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const k of scriptsSeen) {
    if (scriptCounts[k]! > bestCount) [best, bestCount] = [SCRIPT_NAMES[k - 1]!, scriptCounts[k]!];
    scriptCounts[k] = 0;
  }
  return best;
}

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function scoreFunctionWords(text: string, scores: Scores): void {
  for (const word of text.split(WORD_SEPARATORS)) {
    const langs = word && WORD_LANGUAGES.get(word);
    if (langs) for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + FUNCTION_WORD_WEIGHT);
  }
}

function best(scores: Scores, order: readonly string[]): string {
  let winner = order[0]!;
  for (const lang of order) if ((scores.get(lang) ?? 0) > (scores.get(winner) ?? 0)) winner = lang;
  return winner;
}

/** Letters Persian and Urdu always use (Farsi yeh, keheh and the rest); without any, the text is Arabic. */
const PERSIAN_OR_URDU_LETTER = /[\u067E\u0686\u0698\u06AF\u0679\u0688\u0691\u06BA\u06D2\u06BE\u06C1\u06CC\u06A9]/;

function arabicScriptLanguage(text: string): string {
  if (!PERSIAN_OR_URDU_LETTER.test(text)) return "ar";
  const scores: Scores = new Map();
  scoreFunctionWords(text.replace(TASHKEEL, ""), scores);
  scores.set("ar", (scores.get("ar") ?? 0) + countMatches(text, ARABIC_ARTICLE) * ARABIC_ARTICLE_WEIGHT + countMatches(text, TEH_MARBUTA) * TEH_MARBUTA_WEIGHT);
  scores.set("ur", (scores.get("ur") ?? 0) + countMatches(text, URDU_LETTERS) * URDU_LETTER_WEIGHT);
  const persianLetters = countMatches(text, PERSIAN_LETTERS) * PERSIAN_LETTER_WEIGHT;
  scores.set("fa", (scores.get("fa") ?? 0) + persianLetters);
  // Urdu shares Persian's extra letters; they count for Urdu only once Urdu-only cues are present.
  if ((scores.get("ur") ?? 0) > 0) scores.set("ur", scores.get("ur")! + persianLetters);
  return best(scores, ARABIC_SCRIPT_LANGS);
}

function latinLanguage(text: string): string {
  const scores: Scores = new Map();
  scoreFunctionWords(text.toLowerCase(), scores);
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}]+/gu, " ")} `;
  for (const lang of LATIN_LANGS) {
    let s = scores.get(lang) ?? 0;
    for (const [gram, weight] of LATIN_NGRAMS[lang]!) {
      const g = gram === "İ" ? "i̇" : gram;
      let from = lower.indexOf(g);
      while (from !== -1) {
        s += weight;
        from = lower.indexOf(g, from + g.length);
      }
    }
    scores.set(lang, s);
  }
  return best(scores, LATIN_LANGS);
}
