/**
 * Server-rendered SVG charts (no script, no network). Rules:
 * - Bars per day; time runs right to left as the page reads (oldest day on the right).
 * - Dates are labelled in Arabic; every bar has a <title> for hover, and the numbers are also in a
 *   table for screen readers and people who prefer text (the figure points to it).
 * - Colours come from presentation attributes, so the strict CSP (no inline style) holds.
 * - Readable on a phone: the stylesheet sets the labels' size in the SVG's units for narrow screens
 *   (a 390 px screen draws the 480-unit canvas at ~0.75) and hides every other day label (`alt`),
 *   so labels stay ≥ 12 px and apart.
 */
import { formatDayShort, formatNumber, formatWeekdayDay } from "./format.js";
import { html, type SafeHtml } from "./html.js";

/** Days shown by attention charts (home, source, entity pages). */
export const CHART_DAYS = 14;

export interface DayCount {
  day: string;
  count: number;
}

// A narrow canvas: drawn in a side panel or on a phone it scales down less, so labels stay legible.
const WIDTH = 480;
const HEIGHT = 190;
const PAD = { top: 16, right: 10, bottom: 34, left: 34 };

export function dayChart(data: DayCount[], label: string, id: string): SafeHtml {
  const max = Math.max(1, ...data.map((d) => d.count));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, data.length);
  const barW = Math.max(2, slot * 0.7);
  const labelEvery = Math.ceil(data.length / 7);
  const bars = data.map((d, i) => {
    // Oldest first in `data`; place it at the right edge.
    const x = WIDTH - PAD.right - (i + 1) * slot + (slot - barW) / 2;
    const h = (d.count / max) * innerH;
    const y = PAD.top + innerH - h;
    const labelIndex = (data.length - 1 - i) / labelEvery;
    const showLabel = Number.isInteger(labelIndex);
    return html`<g><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.max(h, d.count > 0 ? 1 : 0).toFixed(1)}" fill="#1f5f8b"><title>${formatWeekdayDay(d.day)}: ${formatNumber(d.count)}</title></rect>${
      showLabel ? html`<text class="day${labelIndex % 2 === 1 ? " alt" : ""}" x="${(x + barW / 2).toFixed(1)}" y="${HEIGHT - 12}" text-anchor="middle" font-size="12" fill="#333">${formatDayShort(d.day)}</text>` : ""
    }</g>`;
  });
  const ticks = [0, Math.ceil(max / 2), max].filter((v, i, a) => a.indexOf(v) === i).map((v) => {
    const y = PAD.top + innerH - (v / max) * innerH;
    return html`<g><line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#d0d0d0" stroke-width="1"/><text x="${PAD.left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end" font-size="12" fill="#333">${formatNumber(v)}</text></g>`;
  });
  const total = data.reduce((s, d) => s + d.count, 0);
  return html`<figure class="chart" aria-labelledby="${id}-cap">
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title" class="chart-svg day-chart"><title id="${id}-title">${label}: ${formatNumber(total)} في ${formatNumber(data.length)} يوماً</title>${ticks}${bars}</svg>
<figcaption id="${id}-cap">${label}</figcaption>
<details class="chart-data"><summary>الأرقام</summary><table><thead><tr><th scope="col">اليوم</th><th scope="col">العدد</th></tr></thead><tbody>${data
    .slice()
    .reverse()
    .map((d) => html`<tr><td>${formatWeekdayDay(d.day)}</td><td>${formatNumber(d.count)}</td></tr>`)}</tbody></table></details>
</figure>`;
}
