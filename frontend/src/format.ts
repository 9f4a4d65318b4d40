// Pure helpers the page and the cards share: no DOM, no Home Assistant, so the
// unit tests run them under plain Node.

export type Grouping = "day" | "week" | "month";

export interface Bar {
  /** ISO date of the first day of the bar (a Monday for weeks). */
  start: string;
  minutes: number;
}

const DAY_MS = 86_400_000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
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
export function fillDays(days: [string, number][]): [string, number][] {
  if (days.length === 0) {
    return [];
  }
  const known = new Map(days);
  const filled: [string, number][] = [];
  const last = parseDay(days[days.length - 1][0]).getTime();
  for (let time = parseDay(days[0][0]).getTime(); time <= last; time += DAY_MS) {
    const day = isoDay(new Date(time));
    filled.push([day, known.get(day) ?? 0]);
  }
  return filled;
}

/** "3 h 05 min", "12 min": listening time for people. */
export function formatDuration(minutes: number): string {
  const whole = Math.round(minutes);
  if (whole < 60) {
    return `${whole} min`;
  }
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return `${hours.toLocaleString()} h ${String(rest).padStart(2, "0")} min`;
}

/** A share (0..1) as a whole percent. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/**
 * The opacity of a heatmap cell: 0 for nothing, then 0.15..1 by the square
 * root of its share of the busiest cell, so quiet hours still show.
 */
export function cellLevel(minutes: number, busiest: number): number {
  if (minutes <= 0 || busiest <= 0) {
    return 0;
  }
  return Math.round((0.15 + 0.85 * Math.sqrt(minutes / busiest)) * 100) / 100;
}

/** The busiest cell of a heatmap. */
export function busiest(grid: number[][]): number {
  return Math.max(0, ...grid.map((row) => Math.max(0, ...row)));
}

export type PeriodName =
  | "today"
  | "yesterday"
  | "this_week"
  | "last_week"
  | "this_month"
  | "last_month"
  | "this_year"
  | "last_year"
  | "all_time"
  | "custom";

export const PERIODS: PeriodName[] = [
  "today",
  "yesterday",
  "this_week",
  "last_week",
  "this_month",
  "last_month",
  "this_year",
  "last_year",
  "all_time",
  "custom",
];

export interface Whose {
  /** "me", "everyone", or a config entry id. */
  value: string;
}

export interface Question {
  period: PeriodName;
  start?: string;
  end?: string;
  whose: string;
}

/** The fields of an encore/* command for a period and whose history. */
export function questionFields(question: Question): Record<string, unknown> {
  const fields: Record<string, unknown> = { period: question.period };
  if (question.period === "custom") {
    if (question.start) {
      fields.start = `${question.start}T00:00:00`;
    }
    if (question.end) {
      // The end day is included: the period ends at the next midnight.
      fields.end = `${isoDay(new Date(parseDay(question.end).getTime() + DAY_MS))}T00:00:00`;
    }
  }
  if (question.whose === "everyone") {
    fields.everyone = true;
  } else if (question.whose !== "me") {
    fields.config_entry_id = question.whose;
  }
  return fields;
}

/** Read the page's state from its URL hash: #/page?key=value. */
export function parseRoute(hash: string): { page: string; params: Record<string, string> } {
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?");
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    params[key] = value;
  }
  return { page: path || "overview", params };
}

/** The hash of a page with parameters, the reverse of parseRoute. */
export function routeHash(page: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") {
      query.set(key, value);
    }
  }
  const text = query.toString();
  return `#/${page}${text ? `?${text}` : ""}`;
}
