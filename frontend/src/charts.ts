// The heatmap and the coverage line, drawn as SVG by the components
// themselves (the cards' bundle stays small): colours from the theme's
// variables, and every shape carries a title for screen readers and hover.
// The bar charts, with axes and tooltips, are ECharts' (echart.ts).
import { html, svg, nothing, type TemplateResult } from "lit";
import { busiest, cellLevel, dayText } from "./format";
import { localize } from "./i18n";

/** The weekday × hour grid, Monday first, each cell as dark as it was busy. */
export function heatmapGrid(grid: number[][], lang: string): TemplateResult {
  const most = busiest(grid);
  const cell = 14;
  const left = 34;
  const topRow = 14;
  return html`<svg
    class="heatmap"
    viewBox="0 0 ${left + 24 * cell} ${topRow + 7 * cell}"
    role="img"
    aria-label=${localize(lang, "chart.heatmap")}
  >
    ${[0, 6, 12, 18].map(
      (hour) => svg`<text class="axis" x=${left + hour * cell} y="10">${hour}</text>`,
    )}
    ${grid.map(
      (row, day) => svg`
        <text class="axis" x="0" y=${topRow + day * cell + 11}>${localize(lang, `weekday.${day}`)}</text>
        ${row.map(
          (minutes, hour) => svg`<rect
            class=${minutes > 0 ? "on" : "off"}
            x=${left + hour * cell}
            y=${topRow + day * cell}
            width=${cell - 2}
            height=${cell - 2}
            rx="2"
            fill-opacity=${minutes > 0 ? cellLevel(minutes, most) : 1}
          ><title>${localize(lang, "chart.heatmap_cell", {
            day: localize(lang, `weekday.${day}`),
            hour,
            minutes,
          })}</title></rect>`,
        )}`,
    )}
  </svg>`;
}

/** A thin line per day from the first to the last play, gaps in the error colour. */
export function coverageLine(
  first: string | null,
  last: string | null,
  gaps: [string, string][],
  lang: string,
): TemplateResult | typeof nothing {
  if (!first || !last) {
    return nothing;
  }
  const start = Date.parse(first);
  const span = Math.max(1, Date.parse(last) - start);
  const at = (day: string) => ((Date.parse(`${day}T12:00:00Z`) - start) / span) * 100;
  return html`<svg class="coverage" viewBox="0 0 100 10" preserveAspectRatio="none" role="img"
    aria-label=${localize(lang, "chart.coverage")}>
    <rect class="held" x="0" y="2" width="100" height="6"></rect>
    ${gaps.map(
      ([from, to]) => svg`<rect class="gap" x=${Math.max(0, at(from))} y="0"
        width=${Math.max(0.5, at(to) - at(from))} height="10">
        <title>${localize(lang, "chart.gap", { start: dayText(from, lang), end: dayText(to, lang) })}</title></rect>`,
    )}
  </svg>`;
}
