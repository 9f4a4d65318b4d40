// The heatmap, drawn as SVG by the components themselves (the cards'
// bundle stays small): colours from the theme's variables, and every shape
// carries a title for screen readers and hover. The import's coverage line
// is the import view's (views/import.ts).
// The bar charts, with axes and tooltips, are ECharts' (echart.ts).
import { html, svg, type TemplateResult } from "lit";
import { busiest, cellLevel, formatDuration } from "./format";
import { localize } from "./i18n";

/** The shades of the legend, from an hour without listening to the busiest. */
const LEGEND_LEVELS = [0.15, 0.43, 0.72, 1];

/**
 * The weekday × hour grid, Monday first, each cell as dark as it was busy.
 * The labels and the legend are text beside the drawing, not in it: they
 * keep their size (at least 11 px) when the grid shrinks to a phone's width
 * (issue 43.17).
 */
export function heatmapGrid(grid: number[][], lang: string): TemplateResult {
  const most = busiest(grid);
  const cell = 14;
  return html`<div class="heatmap-box">
    <div class="heatmap-hours" aria-hidden="true">
      ${[0, 6, 12, 18].map((hour) => html`<span style="left: ${(hour / 24) * 100}%">${hour}</span>`)}
    </div>
    <div class="heatmap-days" aria-hidden="true">
      ${grid.map((_row, day) => html`<span>${localize(lang, `weekday.${day}`)}</span>`)}
    </div>
    <svg class="heatmap" viewBox="0 0 ${24 * cell} ${7 * cell}" role="img" aria-label=${localize(lang, "chart.heatmap")}>
      ${grid.map((row, day) =>
        row.map(
          (minutes, hour) => svg`<rect
            class=${minutes > 0 ? "on" : "off"}
            x=${hour * cell + 1}
            y=${day * cell + 1}
            width=${cell - 2}
            height=${cell - 2}
            rx="2"
            fill-opacity=${minutes > 0 ? cellLevel(minutes, most) : 1}
          ><title>${localize(lang, "chart.heatmap_cell", {
            day: localize(lang, `weekday.${day}`),
            hour,
            minutes,
          })}</title></rect>`,
        ),
      )}
    </svg>
    <div class="heatmap-legend" role="img" aria-label=${localize(lang, "chart.legend", { most: formatDuration(most, lang) })}>
      <span>${formatDuration(0, lang)}</span>
      <span class="swatch off"></span>
      ${LEGEND_LEVELS.map((level) => html`<span class="swatch on" style="opacity: ${level}"></span>`)}
      <span>${formatDuration(most, lang)}</span>
    </div>
  </div>`;
}
