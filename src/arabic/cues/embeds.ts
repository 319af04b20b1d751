/**
 * Embedded social posts as they survive in a text dump: the post's text on the line(s) before an
 * attribution line.
 *
 * Rules:
 * - X/Twitter (and Telegram, which copies the form): `— Name (@handle) Month D, YYYY`; the date may
 *   be in any form absolute.ts reads, and the body may run on after it without a space.
 * - Instagram: INSTAGRAM_SHARED_BY + `Name (@handle)` (`A post shared by…`, `تمت مشاركة منشور بواسطة…`).
 * - Facebook: FACEBOOK_POSTED_BY + `Name on|في <date>` (`Posted by…`, `نشر بواسطة…`).
 * - A line that is only a post URL on a host of EMBED_PLATFORMS, optionally after a dash: the
 *   platform and handle come from the URL.
 * - The platform is the attribution's unless the post's own links name another (by host, the
 *   platforms of vocabulary.ts).
 * - Links: every URL in the post text and attribution, `pic.twitter.com/…` included, as written.
 */
import type { EmbedPlatform } from "../../types.js";
import { findAbsoluteDates } from "../dates/absolute.js";
import { EMBED_PLATFORMS, FACEBOOK_POSTED_BY, INSTAGRAM_SHARED_BY } from "./vocabulary.js";

export interface Attribution {
  platform: EmbedPlatform;
  author: string | null;
  handle: string | null;
  postedAt: string | null;
  links: string[];
  /** Text after the attribution on the same line (glued body), "" when none. */
  rest: string;
}

const HANDLE = "@[A-Za-z0-9_.]{1,30}";
const DASH_ATTRIBUTION = new RegExp(`^[—–-]\\s*([^()\\n]{1,80}?)\\s*\\((${HANDLE})\\)\\s*`, "u");
const INSTAGRAM_NAME_HANDLE = new RegExp(`^\\s*([^()\\n]{0,80}?)\\s*\\((${HANDLE})\\)\\s*(?:on\\s+|في\\s+)?`, "iu");
const FACEBOOK_NAME = /^\s+(.{1,80}?)\s+(?:on|في)\s+/iu;
const escapeHost = (h: string) => h.replace(/\./g, "\\.");
const POST_HOSTS = EMBED_PLATFORMS.flatMap((p) => p.hosts).filter((h) => !h.startsWith("pic.") && h !== "t.co");
const POST_URL = new RegExp(`^[—–-]?\\s*((?:https?:\\/\\/)?(?:www\\.|m\\.|mobile\\.)?(?:${POST_HOSTS.map(escapeHost).join("|")})\\/\\S+)\\s*$`, "iu");
/** Splits an attribution glued to the text before it (`…end of tweet— Name (@h) …`). */
export const GLUED_ATTRIBUTION = new RegExp(`(?<=\\S)\\s*(?=[—–]\\s*[^()\\n—–]{1,80}\\(${HANDLE}\\))`, "u");

const URL = /(?:https?:\/\/|pic\.twitter\.com\/|(?<![\w.])(?:www\.|t\.me\/|youtu\.be\/))[^\s"'<>«»]+/giu;
// X last: its short links (t.co) wrap every other platform's URLs inside a post.
const PLATFORM_BY_HOST: ReadonlyArray<readonly [RegExp, EmbedPlatform]> = [...EMBED_PLATFORMS]
  .sort((a, b) => Number(a.platform === "x") - Number(b.platform === "x"))
  .map((p) => [new RegExp(`(?:^|\\/\\/|\\.)(?:${p.hosts.map(escapeHost).join("|")})\\/`, "i"), p.platform] as const);
/** An attribution date comes right after the handle; further text is body. */
const MAX_DATE_OFFSET = 3;

export function findLinks(text: string): string[] {
  return [...text.matchAll(URL)].map((m) => m[0].replace(/[.,،)]+$/u, ""));
}

export function platformOfLinks(links: string[]): EmbedPlatform | null {
  for (const [re, platform] of PLATFORM_BY_HOST) if (links.some((l) => re.test(l))) return platform;
  return null;
}

/** Splits the date at the start of `text` off; returns its value and the text after it. */
function leadingDate(text: string): { value: string | null; rest: string } {
  const [d] = findAbsoluteDates(text.slice(0, 80));
  if (!d || d.start > MAX_DATE_OFFSET) return { value: null, rest: text };
  return { value: d.value, rest: text.slice(d.end) };
}

export function readAttribution(line: string): Attribution | null {
  let m = DASH_ATTRIBUTION.exec(line);
  if (m) {
    const after = leadingDate(line.slice(m[0].length));
    const links = findLinks(line.slice(0, m[0].length));
    return { platform: platformOfLinks(links) ?? "x", author: m[1]!.trim() || null, handle: m[2]!, postedAt: after.value, links, rest: after.rest.trim() };
  }
  const instagram = INSTAGRAM_SHARED_BY.opening(line);
  m = instagram && INSTAGRAM_NAME_HANDLE.exec(line.slice(instagram.end));
  if (instagram && m) {
    const after = leadingDate(line.slice(instagram.end + m[0].length));
    return { platform: "instagram", author: m[1]!.trim() || null, handle: m[2]!, postedAt: after.value, links: [], rest: after.rest.trim() };
  }
  const facebook = FACEBOOK_POSTED_BY.opening(line);
  m = facebook && FACEBOOK_NAME.exec(line.slice(facebook.end));
  if (facebook && m) {
    const after = leadingDate(line.slice(facebook.end + m[0].length));
    if (after.value) return { platform: "facebook", author: m[1]!.trim(), handle: null, postedAt: after.value, links: [], rest: after.rest.trim() };
  }
  m = POST_URL.exec(line);
  if (m) {
    const url = m[1]!;
    const platform = platformOfLinks([url.includes("//") ? url : `//${url}`]) ?? "other";
    const handle = /(?:x\.com|twitter\.com|t\.me|instagram\.com)\/([A-Za-z0-9_.]{2,30})(?:\/|$)/i.exec(url)?.[1];
    const isHandle = handle && !["p", "reel", "status", "i", "s", "watch"].includes(handle.toLowerCase());
    return { platform, author: null, handle: isHandle ? `@${handle}` : null, postedAt: null, links: [url], rest: "" };
  }
  return null;
}
