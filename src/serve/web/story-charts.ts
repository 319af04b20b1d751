/**
 * Server-rendered SVG charts of a story (no script, no network). Rules:
 * - Time runs right to left as the page reads: the earliest moment at the right edge of the plot,
 *   the latest at the left; row and panel labels sit on the right.
 * - Articles by source: one row per source (in the order sources first appeared), one mark per
 *   article at its publication time; every mark is a link to the article, named for screen readers
 *   and keyboards (`aria-label`) and titled for hover.
 * - Figures: one panel per kind and group (its own vertical scale, from 0), one mark per figure
 *   at its time and value (a range is a bar from value to valueMax). A figure inside a conflict is
 *   a diamond in the warning colour, over a band marking the conflict's time window — shape and
 *   band, not colour alone, tell it apart. Marks link to the article that stated the figure.
 * - Items without a time are not drawn (the page lists them in text).
 * - Colours come from presentation attributes, so the strict CSP (no inline style) holds.
 */
import type { FigureConflict, StoryFigure } from "../../types.js";
import { formatDayShort, formatDayTime, formatNumber, timeOf } from "./format.js";
import { html, type SafeHtml } from "./html.js";
import { figureSeriesName } from "./labels.js";

/** An article of a story as the timeline draws it. */
export interface TimelineArticle {
  id: string;
  title: string;
  publishedAt: string | null;
  /** Source name, else domain, else "unknown" (as the story record names sources). */
  source: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 160;
const PLOT_LEFT = 48;
const PLOT_RIGHT = WIDTH - LABEL_WIDTH - 12;
const ROW = 32;
const AXIS = 30;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ACCENT = "#1f5f8b";
const WARN = "#b42318";
const BAND = "#fbe0e0";
const GRID = "#d0d0d0";
const INK = "#333";
/** Longest label kept on a row before it is cut (SVG text does not wrap). */
const LABEL_CHARS = 22;

interface Span {
  from: number;
  to: number;
}

/** The time span to draw: the items' span, widened to at least a day so one moment is centred. */
export function timeSpan(times: number[]): Span | null {
  const ok = times.filter((t) => !Number.isNaN(t));
  if (ok.length === 0) return null;
  let from = Math.min(...ok);
  let to = Math.max(...ok);
  if (to - from < DAY) {
    const pad = (DAY - (to - from)) / 2;
    from -= pad;
    to += pad;
  }
  const margin = (to - from) * 0.04;
  return { from: from - margin, to: to + margin };
}

function xOf(t: number, span: Span): number {
  return PLOT_RIGHT - ((t - span.from) / (span.to - span.from)) * (PLOT_RIGHT - PLOT_LEFT);
}

/** Tick times: day starts (UTC) when the span holds two or more days, else every few hours. */
export function timeTicks(span: Span): { t: number; label: string }[] {
  const days = (span.to - span.from) / DAY;
  const step = days >= 2 ? Math.ceil(days / 6) * DAY : days >= 1 ? 6 * HOUR : 3 * HOUR;
  const first = Math.ceil(span.from / step) * step;
  const ticks: { t: number; label: string }[] = [];
  for (let t = first; t <= span.to; t += step) {
    const iso = new Date(t).toISOString();
    // Within days: a midnight tick names its day, the others their hour (a label holding both
    // collides with its neighbours).
    ticks.push({ t, label: step >= DAY || iso.slice(11, 16) === "00:00" ? formatDayShort(iso) : iso.slice(11, 16) });
  }
  return ticks;
}

function clipLabel(s: string): string {
  return s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s;
}

function axis(span: Span, top: number, bottom: number): SafeHtml {
  return html`${timeTicks(span).map(({ t, label }) => {
    const x = xOf(t, span).toFixed(1);
    return html`<g><line x1="${x}" x2="${x}" y1="${top}" y2="${bottom}" stroke="${GRID}" stroke-width="1" stroke-dasharray="2 3"/><text x="${x}" y="${bottom + 16}" text-anchor="middle" font-size="13" fill="${INK}">${label}</text></g>`;
  })}`;
}

/** Articles of a story on a timeline, one row per source (`sources` gives the row order). */
export function sourceTimeline(articles: readonly TimelineArticle[], sources: readonly string[], id: string): SafeHtml {
  const dated = articles.filter((a) => !Number.isNaN(timeOf(a.publishedAt)));
  const span = timeSpan(dated.map((a) => timeOf(a.publishedAt)));
  if (!span) return html``;
  const rows = [...sources.filter((s) => dated.some((a) => a.source === s)), ...[...new Set(dated.map((a) => a.source))].filter((s) => !sources.includes(s)).sort()];
  const height = rows.length * ROW + AXIS + 8;
  const bottom = rows.length * ROW + 4;
  const marks = rows.map((source, r) => {
    const y = 4 + r * ROW + ROW / 2;
    const own = dated.filter((a) => a.source === source);
    return html`<g><line x1="${PLOT_LEFT}" x2="${PLOT_RIGHT}" y1="${y}" y2="${y}" stroke="${GRID}" stroke-width="1"/><text x="${WIDTH - 4}" y="${y + 4}" text-anchor="start" direction="rtl" font-size="14" fill="${INK}">${clipLabel(source)}</text>${own.map((a) => {
      const label = `${a.title} — ${a.source}، ${formatDayTime(a.publishedAt)}`;
      return html`<a href="/articles/${a.id}" aria-label="${label}"><circle cx="${xOf(timeOf(a.publishedAt), span).toFixed(1)}" cy="${y}" r="7" fill="${ACCENT}" fill-opacity="0.85" stroke="#fff" stroke-width="1.5"><title>${label}</title></circle></a>`;
    })}</g>`;
  });
  return html`<figure class="chart story-chart">
<div class="chart-scroll" tabindex="0" role="region" aria-labelledby="${id}-cap"><svg viewBox="0 0 ${WIDTH} ${height}" class="chart-svg" role="group" aria-labelledby="${id}-cap">${axis(span, 0, bottom)}${marks}</svg></div>
<figcaption id="${id}-cap">الأخبار على محور الزمن، صفٌّ لكل مصدر (الأقدم على اليمين)؛ كل نقطة خبر ورابط إليه.</figcaption>
</figure>`;
}

function seriesKey(f: { kind: string; group: string | null }): string {
  return `${f.kind}\u0000${f.group ?? ""}`;
}

export const seriesName = figureSeriesName;

/** Identity of a figure that survives a round trip through the store (records are JSON there). */
export function figureKey(f: StoryFigure): string {
  return JSON.stringify([f.articleId, f.kind, f.group, f.value, f.valueMax, f.text]);
}

/** One value label for a figure: `7`, `7–9`. */
export function figureValue(f: StoryFigure): string {
  return f.valueMax !== null ? `${formatNumber(f.value)}–${formatNumber(f.valueMax)}` : formatNumber(f.value);
}

const PANEL = 120;
const PANEL_TOP = 22;

/** The figures of a story over time, one panel per kind and group, conflicts highlighted. */
export function figuresChart(figures: readonly StoryFigure[], conflicts: readonly FigureConflict[], id: string): SafeHtml {
  const timed = figures.filter((f) => !Number.isNaN(timeOf(f.at)));
  const span = timeSpan(timed.map((f) => timeOf(f.at)));
  if (!span) return html``;
  const inConflict = new Set(conflicts.flatMap((c) => c.figures.map(figureKey)));
  const keys: string[] = [];
  for (const f of timed) if (!keys.includes(seriesKey(f))) keys.push(seriesKey(f));
  const panels = keys.map((key, p) => {
    const own = timed.filter((f) => seriesKey(f) === key);
    const top = p * (PANEL + PANEL_TOP) + PANEL_TOP;
    const max = Math.max(1, ...own.map((f) => f.valueMax ?? f.value)) * 1.15;
    const yOf = (v: number) => top + PANEL - (v / max) * PANEL;
    const bands = conflicts.filter((c) => seriesKey(c) === key).map((c) => {
      const x1 = xOf(timeOf(c.to), span);
      const x2 = xOf(timeOf(c.from), span);
      return html`<rect x="${(x1 - 9).toFixed(1)}" y="${top}" width="${(x2 - x1 + 18).toFixed(1)}" height="${PANEL}" fill="${BAND}"/>`;
    });
    const marks = own.map((f) => {
      const x = xOf(timeOf(f.at), span).toFixed(1);
      const y = yOf(f.value);
      const isConflict = inConflict.has(figureKey(f));
      const label = `${seriesName(f)}: ${figureValue(f)} — ${f.source ?? "مصدر غير معروف"}، ${formatDayTime(f.at)}${isConflict ? " (تعارض)" : ""}`;
      const range = f.valueMax !== null ? html`<line x1="${x}" x2="${x}" y1="${yOf(f.valueMax).toFixed(1)}" y2="${y.toFixed(1)}" stroke="${isConflict ? WARN : ACCENT}" stroke-width="3"/>` : "";
      const shape = isConflict
        ? html`<path d="M${x} ${(y - 8).toFixed(1)} l8 8 l-8 8 l-8 -8 z" fill="${WARN}" stroke="#fff" stroke-width="1.5"><title>${label}</title></path>`
        : html`<circle cx="${x}" cy="${y.toFixed(1)}" r="6" fill="${ACCENT}" stroke="#fff" stroke-width="1.5"><title>${label}</title></circle>`;
      return html`<a href="/articles/${f.articleId}" aria-label="${label}">${range}${shape}</a>`;
    });
    const ticks = [0, Math.round(max / 1.15)].filter((v, i, a) => a.indexOf(v) === i).map((v) => html`<g><line x1="${PLOT_LEFT}" x2="${PLOT_RIGHT}" y1="${yOf(v).toFixed(1)}" y2="${yOf(v).toFixed(1)}" stroke="${GRID}" stroke-width="1"/><text x="${PLOT_LEFT - 4}" y="${(yOf(v) + 4).toFixed(1)}" text-anchor="end" font-size="13" fill="${INK}" direction="ltr">${formatNumber(v)}</text></g>`);
    return html`<g><text x="${WIDTH - 4}" y="${top - 6}" text-anchor="start" direction="rtl" font-size="15" font-weight="700" fill="${INK}">${seriesName(own[0]!)}</text>${bands}${ticks}${marks}</g>`;
  });
  const height = keys.length * (PANEL + PANEL_TOP) + AXIS;
  const bottom = keys.length * (PANEL + PANEL_TOP);
  return html`<figure class="chart story-chart">
<div class="chart-scroll" tabindex="0" role="region" aria-labelledby="${id}-cap"><svg viewBox="0 0 ${WIDTH} ${height}" class="chart-svg" role="group" aria-labelledby="${id}-cap">${axis(span, PANEL_TOP, bottom)}${panels}</svg></div>
<figcaption id="${id}-cap">الأرقام كما ذكرتها المصادر عبر الزمن (الأقدم على اليمين)، لوحة لكل نوع؛ ${conflicts.length ? "المعيّن الأحمر رقمٌ في تعارض، والشريط الوردي نافذة التعارض." : "لا تعارض بين المصادر."}</figcaption>
</figure>`;
}
