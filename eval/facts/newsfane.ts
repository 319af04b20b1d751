/**
 * NewsFANE Gold's public sentences (CC BY-SA 3.0, ../shared/data/newsfane-gold, 2001–2006 wires) as
 * text for the figures gold: read at eval time, never copied into the repository. The corpus splits
 * proclitics, pronoun suffixes and punctuation off their words (`و من جانب ه ،`); they are joined
 * back so marsad reads print-like text (`ومن جانبه،`), with the ة a suffix follows written ت.
 */
import { readConll, newsFaneTestRule } from "../../scripts/ner/corpora.js";

const PROCLITICS = new Set(["و", "ب", "ل", "ف", "ك"]);
const SUFFIXES = new Set(["ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ي", "ني"]);
const CLOSING_PUNCTUATION = /^[.،,):;؛!»]+$/u;

export function joinNewsFaneTokens(tokens: readonly string[]): string {
  let text = "";
  let glueNext = false;
  for (const token of tokens) {
    if (text === "") text = token;
    else if (glueNext || CLOSING_PUNCTUATION.test(token)) text += token;
    else if (SUFFIXES.has(token)) text = text.replace(/ة$/u, "ت") + token;
    else text += ` ${token}`;
    glueNext = PROCLITICS.has(token);
  }
  return text;
}

export interface NewsFaneSentence {
  /** `nf-<index>`, the index of the sentence in newsfane_public.txt, from 0. */
  id: string;
  text: string;
  /** In the TEST part of the NER split rule (scripts/ner/corpora.ts). */
  nerTest: boolean;
}

export function newsFaneSentences(): NewsFaneSentence[] {
  const fane = readConll("newsfane-gold/newsfane_public.txt");
  const isTest = newsFaneTestRule(fane);
  return fane.map((s, i) => ({ id: `nf-${i}`, text: joinNewsFaneTokens(s.tokens), nerTest: isTest(i) }));
}
