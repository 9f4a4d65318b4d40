// The heatmap, drawn as SVG by the components themselves (the cards'
// bundle stays small): colours from the theme's variables, and every shape
// carries a title for screen readers and hover. The import's coverage line
// is the import view's (views/import.ts).
// The bar charts, with axes and tooltips, are ECharts' (echart.ts).
import { html, svg, type TemplateResult } from "lit";
import { busiest, cellLevel } from "./format";
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
