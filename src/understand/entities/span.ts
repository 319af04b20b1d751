/** A recognized entity mention. */
import type { EntityType } from "../../types.js";

export interface EntitySpan {
  type: EntityType;
  /** As written in the text. */
  text: string;
  /** Offsets in the recognized text, end exclusive. */
  start: number;
  end: number;
  /** Persons: the role or title the text gave right before the name (نقيب المعلمين), cut from the span. */
  role?: string;
  /** Latin-script place names: the place's Arabic CLDR name (United States → الولايات المتحدة), for merging. */
  arabicName?: string;
  /** A short name in brackets or quotes right after an organization's full name (كونا, شينخوا): that full name, for merging. */
  shortFor?: string;
}
