/**
 * A news agency's name runs to «للأنباء»: وكالة + one to three words + للأنباء is one organization (the field keeps the
 * head, as in وكالة السودان للأنباء). The tagger misses most of these whole, the name being unseen (وكالة دوجان للأنباء:
 * 3alyoum, alyaum, alriyadh; وكالة تسنيم للأنباء, BBC; وكالة تاس للأنباء, SkyNews; وكالة سبأ للأنباء, France24; وكالة
 * مهر للأنباء, aawsat; وكالة بلومبرج للأنباء, alweeam), or cuts it before the field (وكالة الطلبة الإيرانية | للأنباء,
 * France24; وكالة الأناضول | الرسمية للأنباء, aawsat). A name already a mention of its own (رويترز, إنترفاكس, تونس) is
 * left to the rules that settle those (addNewsAgenciesOfPlaces, dropAgencyHeads).
 */
import type { Candidate } from "./recognize/candidate.js";

/** وكالة (a conjunction or preposition fused before it or not), one to three words of letters, then للأنباء. */
const AGENCY_TO_NEWS = /(?<![\u0621-\u064A])(?:[وفبل]{0,2})(وكال[ةه](?:[ \u00A0]+[\u0621-\u064A]+){1,3}[ \u00A0]+لل[أا]نباء)(?![\u0621-\u064A])/gu;
/** Words that end a name rather than go on it: a preposition or particle between the agency and a later «للأنباء». */
const NOT_NAME_WORDS = new Set(["في", "من", "عن", "على", "الى", "إلى", "ان", "أن", "إن", "ما", "لا", "مع", "او", "أو"]);
const AGENCY_VOTES = 2;

export function addNewsAgenciesUpToNews(text: string, spans: Candidate[]): void {
  if (!text.includes("نباء")) return;
  let added = false;
  for (const m of text.matchAll(AGENCY_TO_NEWS)) {
    const name = m[1]!;
    if (name.split(/[ \u00A0]+/u).some((w) => NOT_NAME_WORDS.has(w))) continue;
    const start = m.index! + m[0].length - name.length;
    const end = start + name.length;
    const overlapping = spans.filter((s) => s.start < end && start < s.end);
    // Only a cut agency (a mention from the head on) gives way; a name or place mention inside is another rule's.
    if (overlapping.some((s) => s.type !== "organization" || s.start !== start || s.end > end)) continue;
    for (const s of overlapping) spans.splice(spans.indexOf(s), 1);
    spans.push({ type: "organization", text: name, start, end, evidence: { organization: AGENCY_VOTES } });
    added = true;
  }
  if (added) spans.sort((a, b) => a.start - b.start);
}
