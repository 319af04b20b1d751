/**
 * A person's first name the tagger left outside its mention because its word table barely knows the word: رئيس الوزراء
 * الأسبق السياسي مهاتير | محمد (SkyNews), رئيس اللجنة سادي | غوفين and الناشطة سمر | بدوي (France24), الرئيس اليمني،
 * عبدربه | منصور هادي (Al Arabia, alweeam), رئيس نادي الزمالك، مرتضى | منصور (Sky News Arabia), وهو لبيد | بن ربيعة (was).
 * The word right before a person mention, one space apart and in no other mention, is taken in when it is shaped as a
 * given name (`isGivenNameWord`: a listed given name, a joined «عبد» name, or a rare bare word no plain word, verb or
 * head) and stands after a definite word, a space or a comma apart (a role, a nisba, a body: an apposition), or is a
 * joined «عبد» name; unless the mention opens a longer person's mention in the text (معاوني | كيم beside كيم جونغ أون) — the gold labels the whole name (eval/ner/README.md, FRESH4 conventions: persons without title or role).
 */
import type { Candidate } from "./recognize.js";

export interface RareGivenNameTests {
  /** Whether a word (as written) may be a person's given name the tagger did not read as one. */
  isGivenNameWord(word: string): boolean;
  /** Whether a word is a given name whatever stands before it (a joined «عبد» name: عبدربه). */
  isSureGivenName(word: string): boolean;
  /** Whether a word before the given name opens an apposition: a definite word, no particle (الناشطة, اليمني; not التي). */
  isWordBeforeName(word: string): boolean;
}

/** The word right before a mention, one space apart, and the word before it with what stands between them. */
const WORD_BEFORE = /(?:^|([\p{L}\p{M}]+)([^\p{L}\p{M}]*)|[^\p{L}\p{M}])([\p{L}]{3,}) $/u;
/** A space, or a comma between spaces (الرئيس اليمني، عبدربه). */
const APPOSITION_GAP = /^(?: |\s*[،,]\s*)$/u;
const LOOK_BACK = 40;
/** Most words of a mention that takes a given name in (a longer one is a name already whole, or a run-on). */
const MAX_MENTION_WORDS = 3;

export function widenPersonsOverRareGivenNames(text: string, spans: Candidate[], tests: RareGivenNameTests): void {
  const persons = spans.filter((s) => s.type === "person").map((s) => s.text);
  // A mention that opens a longer person's mention is that name's start, not its end (معاوني | كيم … كيم جونغ أون).
  const opensLongerName = (name: string) => persons.some((p) => p.startsWith(name + " "));
  for (const s of spans) {
    if (s.type !== "person" || s.text.startsWith("و") || s.text.split(/\s+/).length > MAX_MENTION_WORDS || opensLongerName(s.text)) continue;
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, s.start - LOOK_BACK), s.start));
    if (!m) continue;
    const [, before, gap, word] = m as unknown as [string, string | undefined, string | undefined, string];
    const start = s.start - 1 - word.length;
    if (!tests.isGivenNameWord(word) || spans.some((o) => o !== s && o.start < s.start && start < o.end)) continue;
    // After a verb or particle a rare word is a verb or noun as often (قد عاقبت | مبارك, مع زملائي | جبريل): an apposition's definite word is asked.
    const afterApposition = before !== undefined && APPOSITION_GAP.test(gap!) && tests.isWordBeforeName(before);
    if (!afterApposition && !tests.isSureGivenName(word)) continue;
    s.start = start;
    s.text = text.slice(s.start, s.end);
  }
}
