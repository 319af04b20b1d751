/**
 * Transliterated foreign names whose parts look like Arabic function words. The tagger cuts a name at its particle
 * (ذي, لو, فان, دي, دا, دو, فون, دير), taking the particle for the Arabic word it looks like: مجلة ذي | نيويوركر (Al
 * Arabia), موقع ذي | ريجيستر (BBC), مجلة ذي | ايكونوميست (alriyadh), "ذي | دايلي مايل" (aleqtisadiya, alriyadh,
 * alweeam), صحيفة لو | فيغارو (SkyNews), لصحيفة لو | باريزيان (BBC), وقال لو | دريان (Al Arabia, France24), بيرت فان |
 * مارفيك (SkyNews), وقال فان | جال (alyaum), لارس فون | ترير (France24), إستاد دو | فرانس (France24), ديبورتيفو | لا
 * كورونا (Al Arabia), باتريك | فان انهولت (SkyNews); and a media name at its suffix: نيويورك | تايمز (SkyNews), ذي | تايمز
 * (France24). A particle joins the name only where it cannot be the Arabic word: before a name word without the
 * article (Arabic ذي, لو, لا stand before a definite noun or a verb: ذي القعدة, لو كان), and, for a particle Arabic
 * also has, with evidence that it is a name's (a name right before it, a quote opening on it, a media or venue head
 * word before it, or the particle and word written together again in the article). A speech verb right before the
 * particle is evidence too (ent124): «قال لو» + a name is the subject's name, the conditional would stand before a verb
 * (قال لو كان): وقال لو | كانغ المتحدث باسم (Al Arabia, France24), وصرّح لو | كانغ (SkyNews), وقال لو | ين رولوف
 * (BBC), وقال لو | دريان (Al Arabia).
 */
import type { Candidate } from "./recognize/candidate.js";
import { normalizeArabic } from "../../arabic/normalize.js";
import { SPEECH_VERBS } from "../../arabic/lexicon/speech.js";

/** Particles of foreign names that are no Arabic word before a name. */
const FOREIGN_PARTICLES = new Set(["دي", "دى", "دا", "دو", "دير", "ديل", "فون", "فان"]);
/**
 * Particles of foreign names that are also Arabic words (ذي possessor, ذا this, لو if). لا (not) is left out: «X لا Y»
 * is an Arabic contrast as often as a name (ديبورتيفو لا كورونا, Al Arabia only), and «X لا تزال» a sentence.
 */
const AMBIGUOUS_PARTICLES = new Set(["ذي", "ذا", "لو"]);
/** فان is also فإن written without hamza: before a name only a person's (فان جال), or between names. */
const PERSON_ONLY_PARTICLES = new Set(["فان"]);
/** Last words of media names, which join the name before them (واشنطن بوست, فوكس نيوز). */
const MEDIA_SUFFIXES = new Set(["نيوز", "تايمز", "بوست", "جورنال", "ميل", "مايل", "هيرالد", "تريبيون", "تلغراف"]);
/** Words naming what a foreign name is the name of: a particle after them starts the name (صحيفة لو فيغارو). */
const NAME_HEADS = /^(?:[وفبل]|لل|ول|وب)?(?:صحيف[ةه]|صحيفتا|مجل[ةه]|موقع|شبك[ةه]|قنا[ةه]|برنامج|مطار|ملعب|استاد|إستاد|ستاد|شرك[ةه]|فيلم|فرق[ةه]|نادي|متحف)$/u;
const OPENING_QUOTE = /["«“(]$/u;
const WORD = /^[\u0621-\u064A]+/u;
const SPACE = /^[ \u00A0]+/u;

const isParticle = (w: string) => FOREIGN_PARTICLES.has(w) || AMBIGUOUS_PARTICLES.has(w);
const isDefinite = (w: string) => w.startsWith("ال") || w.startsWith("لل");

/** The word starting at `at` (after spaces), with its offsets, or null. */
function wordAt(text: string, at: number): { word: string; start: number; end: number } | null {
  const space = SPACE.exec(text.slice(at, at + 4));
  if (!space) return null;
  const start = at + space[0].length;
  const word = WORD.exec(text.slice(start, start + 40))?.[0];
  return word ? { word, start, end: start + word.length } : null;
}

/** The word ending right before `at` (spaces between), or "" where a mark or nothing is there. */
function wordBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 40), at).replace(/[ \u00A0]+$/u, "");
  return /[\u0621-\u064A]+$/u.exec(head)?.[0] ?? "";
}

/** Whether the word before `at` is a speech verb (وقال، وصرّح with its marks): the particle after it starts the subject's name. */
function spokenBefore(text: string, at: number): boolean {
  const head = /[\u0621-\u0652\u0670]+$/u.exec(text.slice(Math.max(0, at - 40), at).replace(/[ \u00A0]+$/u, ""))?.[0];
  return head !== undefined && SPEECH_VERBS.has(normalizeArabic(head));
}

/** Whether «particle word» is written more than once in the article: the pair is a name the article repeats. */
function recurs(text: string, particle: string, word: string): boolean {
  const pair = `${particle} ${word}`;
  const first = text.indexOf(pair);
  return first >= 0 && text.indexOf(pair, first + pair.length) >= 0;
}

function replaceSpans(spans: Candidate[], inside: readonly Candidate[], merged: Candidate): void {
  for (const s of inside) spans.splice(spans.indexOf(s), 1);
  spans.push(merged);
}

/** The mentions overlapping [start, end), or null when one runs out of it (another rule's longer mention). */
function containedIn(spans: readonly Candidate[], start: number, end: number): Candidate[] | null {
  const overlapping = spans.filter((s) => s.start < end && start < s.end);
  return overlapping.every((s) => s.start >= start && s.end <= end) ? overlapping : null;
}

/** A particle right before a mention joins it (ذي نيويوركر, لو فيغارو, فان جال, دو فرانس). */
function joinParticlesBeforeMentions(text: string, spans: Candidate[]): boolean {
  let changed = false;
  for (const mention of [...spans]) {
    if (!spans.includes(mention) || isDefinite(mention.text) || !WORD.test(mention.text)) continue;
    const particle = wordBefore(text, mention.start);
    if (!isParticle(particle)) continue;
    const start = text.lastIndexOf(particle, mention.start);
    if (start < 0 || text.slice(start + particle.length, mention.start).trim() !== "") continue;
    if (start > 0 && /[\u0621-\u064A]/u.test(text[start - 1]!)) continue; // a word's ending, not the particle
    const firstWord = WORD.exec(mention.text)![0];
    const nameBefore = spans.some((s) => s !== mention && s.end <= start && text.slice(s.end, start).trim() === "");
    if (nameBefore) continue; // joinParticlesAfterMentions settles a particle between names
    if (PERSON_ONLY_PARTICLES.has(particle) && mention.type !== "person") continue;
    const head = wordBefore(text, start);
    const openedByQuote = OPENING_QUOTE.test(text.slice(Math.max(0, start - 2), start).trimEnd());
    const evidence = NAME_HEADS.test(head) || openedByQuote || spokenBefore(text, start) || recurs(text, particle, firstWord);
    if (AMBIGUOUS_PARTICLES.has(particle) && !evidence) continue;
    const inside = containedIn(spans, start, mention.end);
    if (!inside) continue;
    const type = NAME_HEADS.test(head) && mention.type === "person" ? "organization" : mention.type;
    replaceSpans(spans, inside, { type, text: text.slice(start, mention.end), start, end: mention.end, evidence: mention.evidence });
    changed = true;
  }
  return changed;
}

/**
 * A mention runs on over a particle and the name word after it (باتريك فان انهولت, أنييس فون دير مول), or over a
 * particle and the next mention. Only particles Arabic has not (فان for a person's name only, else a next mention): an
 * Arabic-looking one between names (راسي لو رماني, a verse) is the Arabic word as often as not.
 */
function joinParticlesAfterMentions(text: string, spans: Candidate[]): boolean {
  let changed = false;
  for (const mention of [...spans].sort((a, b) => b.start - a.start)) {
    if (!spans.includes(mention)) continue;
    let end = mention.end;
    let ambiguous = false;
    let particles = 0;
    for (let next = wordAt(text, end); next && FOREIGN_PARTICLES.has(next.word); next = wordAt(text, end)) {
      ambiguous ||= PERSON_ONLY_PARTICLES.has(next.word) && mention.type !== "person";
      end = next.end;
      particles++;
    }
    const lastWord = /[ \u00A0]([\u0621-\u064A]+)$/u.exec(mention.text)?.[1] ?? "";
    if (particles === 0 && !FOREIGN_PARTICLES.has(lastWord)) continue;
    const name = wordAt(text, end);
    if (!name || isDefinite(name.word) || name.word.length < 2) continue;
    const following = spans.find((s) => s.start === name.start);
    if (!following && ambiguous) continue;
    const to = following ? following.end : name.end;
    const inside = containedIn(spans, mention.start, to);
    if (!inside) continue;
    replaceSpans(spans, inside, { type: mention.type, text: text.slice(mention.start, to), start: mention.start, end: to, evidence: mention.evidence });
    changed = true;
  }
  return changed;
}

/**
 * A media name's last word joins the mention before it (نيويورك تايمز, فوكس نيوز), which names an organization; so does
 * a mention of two or more words that ends in one («ذي دايلي مايل», tagged a person's name).
 */
function joinMediaSuffixes(text: string, spans: Candidate[]): boolean {
  let changed = false;
  for (const mention of [...spans]) {
    const lastWord = /[ \u00A0]([\u0621-\u064A]+)$/u.exec(mention.text)?.[1];
    if (lastWord && MEDIA_SUFFIXES.has(lastWord)) mention.type = "organization";
    const suffix = wordAt(text, mention.end);
    if (!suffix || !MEDIA_SUFFIXES.has(suffix.word) || /[\u0621-\u064A]/u.test(text[suffix.end] ?? "")) continue;
    const inside = containedIn(spans, mention.start, suffix.end);
    if (!inside) continue;
    replaceSpans(spans, inside, { type: "organization", text: text.slice(mention.start, suffix.end), start: mention.start, end: suffix.end, evidence: mention.evidence });
    changed = true;
  }
  return changed;
}

/** Short last names of East Asian and English names that are Arabic pronouns or «to me» (سبايك لي, فرانك هو, ري يونغ هو). */
const PRONOUN_SURNAMES = new Set(["لي", "هو"]);
/** What closes a name in apposition or before speech: a comma, a slash, a colon. */
const APPOSITION_MARK = /^[ \u00A0]*[،,/:]/u;

/**
 * A person's name runs on over لي or هو when a comma, slash or colon follows (المخرج سبايك لي، العام الماضي; وقال فرانك
 * هو، كبير الباحثين; نظيره الكوري الشمالي، ري يونغ هو، والمسؤول): after a tagged name and before such a mark the word
 * cannot be the pronoun (which follows a verb or a preposition: دعمه لي، بالنسبة لي، بيده هو،).
 */
function joinPronounSurnames(text: string, spans: Candidate[]): boolean {
  let changed = false;
  for (const mention of [...spans]) {
    if (mention.type !== "person" || isDefinite(mention.text)) continue;
    const surname = wordAt(text, mention.end);
    if (!surname || !PRONOUN_SURNAMES.has(surname.word) || !APPOSITION_MARK.test(text.slice(surname.end, surname.end + 4))) continue;
    const inside = containedIn(spans, mention.start, surname.end);
    if (!inside) continue;
    replaceSpans(spans, inside, { type: "person", text: text.slice(mention.start, surname.end), start: mention.start, end: surname.end, evidence: mention.evidence });
    changed = true;
  }
  return changed;
}

/** Joins the cut parts of transliterated foreign names (see the module's comment); the mentions stay in text order. */
export function joinForeignNameParticles(text: string, spans: Candidate[]): void {
  const after = joinParticlesAfterMentions(text, spans);
  const before = joinParticlesBeforeMentions(text, spans);
  const media = joinMediaSuffixes(text, spans);
  const surnames = joinPronounSurnames(text, spans);
  if (after || before || media || surnames) spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
