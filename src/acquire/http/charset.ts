/**
 * Bytes of a fetched response → text. The HTTP Content-Type charset is the transport layer's label
 * of the HTML standard's sniffing algorithm; everything else (BOM, `<meta>` and XML declaration
 * prescan, Arabic sniffing on top, the detector and the default) is decode.ts, so a fetched page
 * and a local file decode alike. The winning step is returned.
 */
import type { Result } from "../../issues.js";
import { decodeBytes, prescanLabel, type CharsetStep, type DecodedText } from "../decode.js";

export type { CharsetStep };
export type DecodedResponse = DecodedText;

const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*["']?([\w.:-]+)/i;

/** The charset parameter of a Content-Type header, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  return contentType ? (CONTENT_TYPE_CHARSET.exec(contentType)?.[1] ?? null) : null;
}

/** The charset a document declares in its head: XML declaration or `<meta>`, as written. */
export function sniffDocumentCharset(bytes: Uint8Array): string | null {
  return prescanLabel(bytes);
}

export function decodeResponse(bytes: Uint8Array, input: string, contentType: string | null | undefined): Result<DecodedResponse> {
  return decodeBytes(bytes, input, { transportCharset: charsetFromContentType(contentType) });
}
