/**
 * Named entities: recognition (statistical tagger + gazetteers + cue words) and merging of
 * mentions into entities (spelling variants, title words, short forms, Latin ↔ Arabic names).
 * Provisional: the trained tagger replaces these bodies, keeping the signatures.
 */
import type { Entity, EntityType } from "../../types.js";

export interface EntitySpan {
  type: EntityType;
  /** As written in the text. */
  text: string;
  /** Offsets in the recognized text, end exclusive. */
  start: number;
  end: number;
}

/** Entity mentions in `text` (Arabic, or Latin-script text such as an English embed). */
export function recognizeEntities(_text: string): EntitySpan[] {
  return [];
}

/** Groups spans (from the body and the embeds of one article) into entities. */
export function mergeEntities(_spans: EntitySpan[]): Entity[] {
  return [];
}
