/** A recognized entity mention. */
import type { EntityType } from "../../types.js";

export interface EntitySpan {
  type: EntityType;
  /** As written in the text. */
  text: string;
  /** Offsets in the recognized text, end exclusive. */
  start: number;
  end: number;
}
