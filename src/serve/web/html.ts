/**
 * Escaping HTML templates. Rules:
 * - `html\`…\`` escapes every interpolated value (& < > " ') unless it is already `SafeHtml` made by
 *   `html` itself; arrays are rendered item by item with the same rule; null, undefined and false
 *   render as nothing. There is no other way to put text into a page.
 * - Escaping also neutralizes bidi controls (bidi.ts): no override reaches a page, and no
 *   unmatched embedding or isolate spills past the text it came with.
 * - `safeHref` lets only http(s) URLs and site-relative paths into an href: `javascript:`, `data:`
 *   and the like become no link at all.
 */
import { neutralizeBidi } from "./bidi.js";

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | HtmlValue[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const ESCAPE_RE = /[&<>"']/g;

export function escapeHtml(s: string): string {
  return neutralizeBidi(s).replace(ESCAPE_RE, (c) => ESCAPES[c]!);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Trusted markup built by this module's callers from escaped parts only (e.g. highlighted snippets). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

const SAFE_URL = /^https?:\/\/[^\s<>"']+$/i;

/** An external URL fit for an href, or null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = url.trim();
  return SAFE_URL.test(u) ? u : null;
}
