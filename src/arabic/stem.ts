/**
 * A light Arabic stemmer in the spirit of light10 (Larkey, Ballesteros & Connell 2002), over words
 * already folded by normalizeArabic:
 * - proclitic conjunction/preposition + definite article: وال بال كال فال لل ال, then و ف alone;
 * - suffixes, longest first: ها ان ات ون ين يه ه ي (teh marbuta is already heh);
 * - length guards: a prefix is removed only if at least MIN_STEM letters remain, a suffix only if
 *   more than MIN_STEM remain (so "الو", "وطن" and three-letter roots survive);
 * - protected words: words whose first letter is part of the root (وزير, فرنسا, بيان...) keep it.
 * Non-Arabic tokens are returned unchanged.
 */

const MIN_STEM = 2;
/** A single-letter proclitic (و ف) is removed only when this many letters remain. */
const MIN_AFTER_SINGLE_PROCLITIC = 3;

const ARTICLE_PREFIXES = ["وال", "بال", "كال", "فال", "لل", "ال"];
const SINGLE_PROCLITICS = ["و", "ف"];
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

// Words whose leading و/ف/ب/ك/ل is a root letter, in normalized form. Without this, light10 turns
// وزير into زير and فرنسا into رنسا.
const PROTECTED = new Set(
  `وزير وزيره وزراء وزاره وطن وطني وطنيه ولايه ولايات وكاله وقف وضع وفد وفاه وفيات وقت ورقه وسط وجه واجه
   وصل وقع وعد ولد والد والده وحده وحدات وثيقه وزن ودي واقع وادي وهران واشنطن ويلز وارسو
   فرنسا فلسطين فلسطيني فريق فصل فيلم فتره فكره فوز فندق فرع فرص فرصه فنزويلا فنلندا فيينا فيتنام فيسبوك
   بيان بنك بحر برلمان بريطانيا بلد بلاد بيت بيروت بغداد بكين باكستان بلجيكا بولندا برازيل بوتين بايدن
   كتاب كلمه كوريا كندا كوبا كينيا كرسي
   لبنان ليبيا لجنه لندن لقاء ليل لاجئ لاجئين لاعب`.split(/\s+/).filter(Boolean),
);

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

export function stemArabic(word: string): string {
  if (!ARABIC_WORD.test(word) || word.length <= MIN_STEM + 1) return word;
  let stem = stripProclitics(word);
  stem = stripSuffixes(stem);
  return stem;
}

function isProtected(w: string): boolean {
  return PROTECTED.has(w) || PROTECTED.has(stripSuffixes(w));
}

function stripProclitics(word: string): string {
  if (isProtected(word)) return word;
  for (const p of ARTICLE_PREFIXES) {
    if (word.startsWith(p) && word.length - p.length >= MIN_STEM) return word.slice(p.length);
  }
  for (const p of SINGLE_PROCLITICS) {
    if (word.startsWith(p) && word.length - p.length >= MIN_AFTER_SINGLE_PROCLITIC) {
      const rest = word.slice(p.length);
      for (const a of ARTICLE_PREFIXES) if (rest.startsWith(a) && rest.length - a.length >= MIN_STEM) return rest.slice(a.length);
      return rest;
    }
  }
  return word;
}

function stripSuffixes(word: string): string {
  let w = word;
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of SUFFIXES) {
      if (w.endsWith(s) && w.length - s.length > MIN_STEM) {
        w = w.slice(0, -s.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}
