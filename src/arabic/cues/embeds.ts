/**
 * Embedded social posts as they survive in a text dump: the post's text on the line(s) before an
 * attribution line.
 *
 * Rules:
 * - X/Twitter (and Telegram, which copies the form): `— Name (@handle) Month D, YYYY`; the date may
 *   be in any form absolute.ts reads, and the body may run on after it without a space.
 * - Instagram: `A post shared by Name (@handle)` / `تمت مشاركة منشور بواسطة Name (@handle)`.
 * - Facebook: `Posted by Name on Weekday, Month D, YYYY` / `نشر بواسطة Name في …`.
 * - A line that is only a post URL (x.com, twitter.com, t.me, instagram.com, facebook.com,
 *   youtube.com, youtu.be), optionally after a dash: the platform and handle come from the URL.
 * - The platform is the attribution's unless the post's own links name another (t.me → telegram,
 *   youtube.com/youtu.be → youtube, facebook.com/fb.watch → facebook, instagram.com → instagram).
 * - Links: every URL in the post text and attribution, `pic.twitter.com/…` included, as written.
 */
import type { EmbedPlatform } from "../../types.js";
import { findAbsoluteDates } from "../dates/absolute.js";

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
const INSTAGRAM_ATTRIBUTION = new RegExp(
  `^(?:a post shared by|تمت مشاركة منشور بواسطة|منشور تمت مشاركته بواسطة|منشور شاركه)\\s*([^()\\n]{0,80}?)\\s*\\((${HANDLE})\\)\\s*(?:on\\s+|في\\s+)?`,
  "iu",
);
const FACEBOOK_ATTRIBUTION = /^(?:posted by|نشر بواسطة|نشرها|منشور من)\s+(.{1,80}?)\s+(?:on|في)\s+/iu;
const POST_URL =
  /^[—–-]?\s*((?:https?:\/\/)?(?:www\.|m\.|mobile\.)?(?:x\.com|twitter\.com|t\.me|instagram\.com|facebook\.com|fb\.watch|youtube\.com|youtu\.be)\/\S+)\s*$/iu;
/** Splits an attribution glued to the text before it (`…end of tweet— Name (@h) …`). */
export const GLUED_ATTRIBUTION = new RegExp(`(?<=\\S)\\s*(?=[—–]\\s*[^()\\n—–]{1,80}\\(${HANDLE}\\))`, "u");

const URL = /(?:https?:\/\/|pic\.twitter\.com\/|(?<![\w.])(?:www\.|t\.me\/|youtu\.be\/))[^\s"'<>«»]+/giu;
const PLATFORM_BY_HOST: ReadonlyArray<readonly [RegExp, EmbedPlatform]> = [
  [/(?:^|\/\/|\.)t\.me\//i, "telegram"],
  [/youtube\.com|youtu\.be/i, "youtube"],
  [/facebook\.com|fb\.watch/i, "facebook"],
  [/instagram\.com/i, "instagram"],
  [/tiktok\.com/i, "tiktok"],
  [/(?:twitter|x)\.com|pic\.twitter\.com|t\.co\//i, "x"],
];
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
  m = INSTAGRAM_ATTRIBUTION.exec(line);
  if (m) {
    const after = leadingDate(line.slice(m[0].length));
    return { platform: "instagram", author: m[1]!.trim() || null, handle: m[2]!, postedAt: after.value, links: [], rest: after.rest.trim() };
  }
  m = FACEBOOK_ATTRIBUTION.exec(line);
  if (m) {
    const after = leadingDate(line.slice(m[0].length));
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
