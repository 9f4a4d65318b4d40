// Bar charts people can read: axes, labels and tooltips, drawn by ECharts
// (the library Home Assistant's own frontend draws its charts with). Only the
// parts the page uses are bundled: the core, bar series, a grid with axes,
// the tooltip and the SVG renderer (`npm run check-bundle` holds the budget,
// test/bundle.test.ts). Colours come from the theme's variables, so dark
// mode follows.
import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { format, init, use, type ComposeOption, type ECharts } from "echarts/core";
import type { BarSeriesOption } from "echarts/charts";
import type { GridComponentOption, TooltipComponentOption } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { LitElement, css, html, type PropertyValues } from "lit";

use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

type Options = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** What a bar chart shows: a label under each bar, its value, its tooltip. */
export interface Bars {
  labels: string[];
  values: number[];
  /** The tooltip of each bar (plain text). */
  tooltips: string[];
  /** The value axis's name ("Hours"). */
  axis: string;
  /** How the value axis writes a value. */
  tick: (value: number) => string;
}

function themeColour(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

/** The ECharts options of `bars`, in the colours of `element`'s theme. */
export function barOptions(bars: Bars, element: Element): Options {
  const text = themeColour(element, "--secondary-text-color", "#727272");
  const line = themeColour(element, "--divider-color", "rgba(0, 0, 0, 0.12)");
  return {
    animation: false,
    grid: { left: 4, right: 12, top: 28, bottom: 4, containLabel: true },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      confine: true,
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
        return format.encodeHTML(bars.tooltips[first.dataIndex] ?? "");
      },
    },
    xAxis: {
      type: "category",
      data: bars.labels,
      axisLabel: { color: text, hideOverlap: true },
      axisLine: { lineStyle: { color: line } },
      axisTick: { alignWithLabel: true, lineStyle: { color: line } },
    },
    yAxis: {
      type: "value",
      name: bars.axis,
      nameTextStyle: { color: text, align: "left" },
      minInterval: 1,
      axisLabel: { color: text, formatter: (value: number) => bars.tick(value) },
      splitLine: { lineStyle: { color: line } },
    },
    series: [
      {
        type: "bar",
        data: bars.values,
        // One day's bar is a bar, not a block filling the chart.
        barMaxWidth: 36,
        itemStyle: { color: themeColour(element, "--primary-color", "#03a9f4"), borderRadius: [2, 2, 0, 0] },
      },
    ],
  };
}

export class EncoreBars extends LitElement {
  static properties = { bars: { attribute: false } };

  bars?: Bars;
  private _chart?: ECharts;
  private _resize?: ResizeObserver;

  protected render() {
    return html`<div class="chart" role="img" aria-label=${this.bars?.tooltips.join(", ") ?? ""}></div>`;
  }

  protected updated(changed: PropertyValues): void {
    const box = this.renderRoot.querySelector<HTMLDivElement>(".chart");
    if (!box || !this.bars) {
      return;
    }
    if (!this._chart) {
      this._chart = init(box, undefined, { renderer: "svg" });
      this._resize = new ResizeObserver(() => this._chart?.resize());
      this._resize.observe(box);
    }
    if (changed.has("bars")) {
      this._chart.setOption(barOptions(this.bars, this), { notMerge: true });
    }
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
    this._chart?.dispose();
    this._chart = undefined;
    this._resize = undefined;
  }

  static styles = css`
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      height: 220px;
    }
  `;
}

if (!customElements.get("encore-bars")) {
  customElements.define("encore-bars", EncoreBars);
}
