/**
 * Embedded posts, taken out of the tree so their text never reaches the body. Rules:
 * - X/Twitter: `blockquote.twitter-tweet|twitter-video` (text = its paragraphs; author, @handle and
 *   date from the closing "— Name (@handle) date" line), and platform.twitter.com iframes;
 * - Instagram: `blockquote.instagram-media` and instagram.com/…/embed iframes;
 * - Facebook: `.fb-post|.fb-video[data-href]` and facebook.com/plugins iframes;
 * - Telegram: `script[data-telegram-post]`, `blockquote.telegram-post` and t.me iframes;
 * - TikTok: `blockquote.tiktok-embed`; YouTube: youtube.com / youtube-nocookie.com / youtu.be iframes.
 */
import type { Embed, EmbedPlatform } from "../../types.js";
import { findDatesInText } from "./date-text.js";
import { attr, cleanText, contains, elements, isEl, removeNode, textOf, type El } from "./tree.js";

const BLOCKQUOTE_PLATFORMS: [RegExp, EmbedPlatform][] = [
  [/\btwitter-(?:tweet|video)\b/i, "x"],
  [/\binstagram-media\b/i, "instagram"],
  [/\btiktok-embed\b/i, "tiktok"],
  [/\btelegram-post\b/i, "telegram"],
];
const IFRAME_PLATFORMS: [RegExp, EmbedPlatform][] = [
  [/(?:youtube(?:-nocookie)?\.com\/(?:embed|watch)|youtu\.be\/)/i, "youtube"],
  [/platform\.twitter\.com\/embed|twitframe\.com/i, "x"],
  [/instagram\.com\/(?:p|reel|tv)\//i, "instagram"],
  [/facebook\.com\/plugins\/(?:post|video)/i, "facebook"],
  [/\bt\.me\//i, "telegram"],
  [/tiktok\.com\/embed/i, "tiktok"],
];
const TWEET_SIGNATURE = /[—–-]\s*([^()@—–]+?)\s*\((@\w{1,30})\)\s*(.*)$/s;
const HANDLE = /@([A-Za-z0-9_.]{1,30})/;

/** Finds embeds, removes them from the tree, returns them in document order. */
export function takeEmbeds(root: El): Embed[] {
  const found: { el: El; embed: Embed }[] = [];
  for (const el of elements(root)) {
    const embed = readEmbed(el);
    if (embed) found.push({ el, embed });
  }
  for (const { el } of found) removeNode(el);
  // an embed nested in another (an iframe inside a blockquote) was read twice
  return found.filter(({ el }) => !found.some((o) => o.el !== el && contains(o.el, el))).map((f) => f.embed);
}

function readEmbed(el: El): Embed | null {
  const cls = attr(el, "class");
  if (el.tag === "blockquote" && cls) {
    for (const [re, platform] of BLOCKQUOTE_PLATFORMS) if (re.test(cls)) return fromBlockquote(el, platform);
  }
  if (el.tag === "iframe") {
    const src = el.attrs.src ?? el.attrs["data-src"] ?? el.attrs["data-lazy-src"] ?? "";
    for (const [re, platform] of IFRAME_PLATFORMS) if (re.test(src)) return embed(platform, { text: cleanText(attr(el, "title")), links: [src] });
  }
  if (el.tag === "script" && el.attrs["data-telegram-post"]) {
    const post = el.attrs["data-telegram-post"];
    return embed("telegram", { handle: `@${post.split("/")[0]}`, links: [`https://t.me/${post}`] });
  }
  if ((el.tag === "div" || el.tag === "blockquote") && /\bfb-(?:post|video)\b/.test(cls) && el.attrs["data-href"]) {
    return embed("facebook", { text: cleanText(textOf(el)), links: [el.attrs["data-href"]] });
  }
  return null;
}

function fromBlockquote(el: El, platform: EmbedPlatform): Embed {
  const links: string[] = [];
  for (const a of elements(el)) if (a.tag === "a" && a.attrs.href && !links.includes(a.attrs.href)) links.push(a.attrs.href);
  const cite = el.attrs.cite ?? el.attrs["data-instgrm-permalink"];
  if (cite && !links.includes(cite)) links.unshift(cite);
  const paragraphs = el.children.filter(isEl).filter((c) => c.tag === "p").map((p) => cleanText(textOf(p)));
  const all = cleanText(textOf(el));
  let text = paragraphs.join("\n") || all;
  let author: string | null = null;
  let handle: string | null = null;
  let postedAt: string | null = null;
  if (platform === "x") {
    const sig = TWEET_SIGNATURE.exec(all.slice(text === all ? 0 : text.length));
    if (sig) {
      author = cleanText(sig[1]!) || null;
      handle = sig[2]!;
      postedAt = findDatesInText(sig[3]!)[0]?.value ?? null;
      if (text === all) text = cleanText(all.slice(0, all.length - sig[0].length));
    }
  } else {
    const h = HANDLE.exec(all) ?? links.map((l) => /(?:instagram\.com|tiktok\.com|t\.me)\/(?!p\/|reel\/|tv\/|embed)@?([A-Za-z0-9_.]{2,30})/.exec(l)).find(Boolean);
    if (h) handle = `@${h[1]}`;
  }
  if (!handle) {
    const fromLink = links.map((l) => /(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status/.exec(l)).find(Boolean);
    if (fromLink) handle = `@${fromLink[1]}`;
  }
  return embed(platform, { author, handle, postedAt, text, links });
}

function embed(platform: EmbedPlatform, fields: Partial<Embed>): Embed {
  return { platform, author: null, handle: null, postedAt: null, language: null, text: "", links: [], ...fields };
}
