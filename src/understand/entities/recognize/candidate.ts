/**
 * A mention the rules work on: an entity span with the evidence for its type from around it.
 */
import type { EntityType } from "../../../types.js";
import type { EntitySpan } from "../span.js";

export interface Candidate extends EntitySpan {
  /** Evidence for the type from around the mention (rule: cue words, gazetteer). */
  evidence: Partial<Record<EntityType, number>>;
}
