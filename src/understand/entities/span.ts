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

/**
 * A span with every field present, in one order (`undefined` where the text gave none): spans built
 * with and without `role`, `arabicName` or `shortFor` had four hidden classes, so the quote and merge
 * code reading them went polymorphic and V8 deoptimized it again whenever an article first showed
 * another one. The absent fields stay absent in JSON.
 */
export function entitySpan(type: EntityType, text: string, start: number, end: number, role?: string, arabicName?: string): EntitySpan {
  return { type, text, start, end, role, arabicName, shortFor: undefined };
}
