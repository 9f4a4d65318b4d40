// Days, weeks and months of the history (Home Assistant's local days) for
// the page's bar charts and the import's gaps. Pure: the unit tests run it
// under plain Node. The page's alone: the cards draw no bars.
import { DAY_MS, cached, isoDay, parseDay } from "./format";

export type Grouping = "day" | "week" | "month";

export interface Bar {
  /** ISO date of the first day of the bar (a Monday for weeks). */
  start: string;
  minutes: number;
}

/** Monday of the ISO week of `day` (dates are local days, handled as UTC). */
export function weekStart(day: string): string {
  const date = parseDay(day);
  const offset = (date.getUTCDay() + 6) % 7;
  return isoDay(new Date(date.getTime() - offset * DAY_MS));
}

/** Add days up to weeks or months; the order stays. */
export function groupDays(days: [string, number][], grouping: Grouping): Bar[] {
  const bars = new Map<string, number>();
  for (const [day, minutes] of days) {
    const key =
      grouping === "day" ? day : grouping === "week" ? weekStart(day) : `${day.slice(0, 7)}-01`;
    bars.set(key, (bars.get(key) ?? 0) + minutes);
  }
  return [...bars.entries()].map(([start, minutes]) => ({ start, minutes }));
}

/** Days for up to two months, weeks up to two years, months beyond. */
export function groupingFor(days: [string, number][]): Grouping {
  if (days.length === 0) {
    return "day";
  }
  const span = (parseDay(days[days.length - 1][0]).getTime() - parseDay(days[0][0]).getTime()) / DAY_MS;
  if (span <= 62) {
    return "day";
  }
  return span <= 731 ? "week" : "month";
}

/** Fill the days without plays between the first and the last with 0. */
export function fillDays(days: [string, number][], from?: string, to?: string): [string, number][] {
  // The whole period when its days are given ("Last week" is seven bars,
  // not the two with plays; issue 43.17), else the days with data.
  const first = [from, days[0]?.[0]].filter((day): day is string => Boolean(day)).sort()[0];
  const last = [to, days[days.length - 1]?.[0]].filter((day): day is string => Boolean(day)).sort().pop();
  if (!first || !last || days.length === 0) {
    return [];
  }
  const known = new Map(days);
  const filled: [string, number][] = [];
  const end = parseDay(last).getTime();
  for (let time = parseDay(first).getTime(); time <= end; time += DAY_MS) {
    const day = isoDay(new Date(time));
    filled.push([day, known.get(day) ?? 0]);
  }
  return filled;
}

/**
 * The first and last local day (in `timeZone`, Home Assistant's: the
 * history's days) of an answer's period; the first is undefined for all time.
 */
export function periodDays(
  period: { start: string | null; end: string } | undefined,
  timeZone?: string,
): { from?: string; to?: string } {
  if (!period) {
    return {};
  }
  const last = new Date(Date.parse(period.end) - 1).toISOString();
  return {
    from: period.start ? zonedDayHour(period.start, timeZone).day : undefined,
    to: zonedDayHour(last, timeZone).day,
  };
}

/** The last day of the week or month that starts on `start`. */
export function barEnd(start: string, grouping: Grouping): string {
  if (grouping === "day") {
    return start;
  }
  if (grouping === "week") {
    return isoDay(new Date(parseDay(start).getTime() + 6 * DAY_MS));
  }
  const date = parseDay(start);
  return isoDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
}

/** The local day ("2024-05-01") and hour (0..23) of a moment in `timeZone`. */
export function zonedDayHour(iso: string, timeZone?: string): { day: string; hour: number } {
  const parts = cached("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? "00";
  return { day: `${part("year")}-${part("month")}-${part("day")}`, hour: Number(part("hour")) % 24 };
}

/** The `count` longest gaps, longest first. */
export function longestGaps(gaps: [string, string][], count: number): [string, string][] {
  const length = ([from, to]: [string, string]) => parseDay(to).getTime() - parseDay(from).getTime();
  return [...gaps].sort((a, b) => length(b) - length(a)).slice(0, count);
}
