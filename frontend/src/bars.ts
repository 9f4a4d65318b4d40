// What the bar charts say, in the page's language: labels under the bars,
// the value axis in minutes or hours, and each bar's tooltip. Pure (no DOM),
// so the unit tests check the words and dates.
import type { Bars } from "./echart";
import { dayText, formatDuration } from "./format";
import { barEnd, type Bar, type Grouping } from "./days";
import { localize } from "./i18n";

/** Minutes beyond which the value axis counts hours. */
const HOURS_FROM = 180;

function scale(minutes: number[], lang: string): Pick<Bars, "values" | "axis" | "tick"> {
  const hours = Math.max(0, ...minutes) > HOURS_FROM;
  return {
    values: minutes.map((value) => (hours ? Math.round((value / 60) * 10) / 10 : Math.round(value))),
    axis: localize(lang, hours ? "chart.hours_axis" : "chart.minutes_axis"),
    tick: (value: number) => value.toLocaleString(lang),
  };
}

/** Listening time per day, week or month. */
export function timeBars(bars: Bar[], grouping: Grouping, lang: string): Bars {
  // Days over more than one year say their year (issue 43.17).
  const years = new Set(bars.map((bar) => bar.start.slice(0, 4))).size > 1;
  const label = (start: string) =>
    dayText(
      start,
      lang,
      grouping === "month"
        ? { month: "short", year: "numeric" }
        : years
          ? { day: "numeric", month: "short", year: "2-digit" }
          : { day: "numeric", month: "short" },
    );
  const period = (start: string) => {
    if (grouping === "day") {
      return dayText(start, lang, { weekday: "short", day: "numeric", month: "long", year: "numeric" });
    }
    if (grouping === "month") {
      return dayText(start, lang, { month: "long", year: "numeric" });
    }
    return `${dayText(start, lang)} – ${dayText(barEnd(start, grouping), lang)}`;
  };
  return {
    labels: bars.map((bar) => label(bar.start)),
    tooltips: bars.map((bar) => `${period(bar.start)}: ${formatDuration(bar.minutes, lang)}`),
    ...scale(
      bars.map((bar) => bar.minutes),
      lang,
    ),
  };
}

/** Listening time per hour of the day (0..23). */
export function hourBars(minutes: number[], lang: string): Bars {
  const hour = (index: number) => localize(lang, "chart.hour", { hour: index });
  return {
    labels: minutes.map((_value, index) => hour(index)),
    tooltips: minutes.map((value, index) => `${hour(index)}: ${formatDuration(value, lang)}`),
    ...scale(minutes, lang),
  };
}
