// Pure helpers the page and the cards share: no DOM, no Home Assistant, so the
// unit tests run them under plain Node.
import { localize } from "./i18n";

export const DAY_MS = 86_400_000;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** "3 h 05 min", "12 min": listening time for people. */
export function formatDuration(minutes: number, lang?: string | NumberStyle): string {
  // The unit's words are the language's: "12 min", "12 Min." (issue 43.16).
  const words = (typeof lang === "string" ? lang : lang?.language) ?? "en";
  const whole = Math.round(minutes);
  if (whole < 60) {
    return localize(words, "duration.minutes", { minutes: String(whole) });
  }
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return localize(words, "duration.hours", {
    hours: formatNumber(hours, lang),
    minutes: String(rest).padStart(2, "0"),
  });
}

/** How numbers are written: the locales Intl takes, and whether thousands are grouped. */
export interface NumberStyle {
  locales?: string | string[];
  grouping: boolean;
  /** The language the words around the number are in. */
  language?: string;
}

/** A whole number in a language ("1,234") or a number style ("1.234", "1 234"). */
export function formatNumber(value: number, style?: string | NumberStyle): string {
  if (style === undefined || typeof style === "string") {
    return value.toLocaleString(style);
  }
  return value.toLocaleString(style.locales, { useGrouping: style.grouping });
}

/**
 * A share (0..1) as a whole percent; a share that is there but under half
 * a percent is "< 1 %", never "0 %" (issue 43.16).
 */
export function formatPercent(share: number): string {
  const percent = Math.round(share * 100);
  return percent === 0 && share > 0 ? "< 1 %" : `${percent} %`;
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

/** Periods that run up to the moment they are asked about. */
const ONGOING = new Set(["today", "this_week", "this_month", "this_year", "all_time", "last_days"]);

/**
 * Whether an answer's period reaches today: the current streak (the run of
 * days that ends today or yesterday) means something only then.
 */
export function includesToday(period: { name: string; end: string }, now = Date.now()): boolean {
  return ONGOING.has(period.name) || Date.parse(period.end) > now;
}

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

/**
 * What the page counts: music (tracks), podcasts (episodes) or everything,
 * the `content` field of Encore's actions (history/questions/question.py).
 */
export type ContentName = "everything" | "music" | "podcasts";

export const CONTENTS: ContentName[] = ["everything", "music", "podcasts"];

/** The rankings the overview shows for each content: a podcast has no album. */
export const TOP_KINDS_OF: Record<ContentName, readonly TopKindName[]> = {
  everything: ["artist", "track", "album", "show"],
  music: ["artist", "track", "album"],
  podcasts: ["show"],
};

export type TopKindName = "artist" | "track" | "album" | "show";

export interface Question {
  period: PeriodName;
  start?: string;
  end?: string;
  whose: string;
  /** Everything when not given. */
  content?: ContentName;
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
  if (question.content && question.content !== "everything") {
    fields.content = question.content;
  }
  return fields;
}

function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(lang, options);
  } catch {
    // A time zone the browser does not know: its own, rather than nothing.
    const { timeZone: _unknown, ...rest } = options;
    return new Intl.DateTimeFormat(lang, rest);
  }
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

export function cached(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([lang, options]);
  let found = FORMATS.get(key);
  if (!found) {
    found = formatter(lang, options);
    FORMATS.set(key, found);
  }
  return found;
}

/** A local day ("2024-05-01", already Home Assistant's) as the language writes it. */
export function dayText(
  day: string,
  lang: string,
  style: "medium" | "long" | "short" | Intl.DateTimeFormatOptions = "medium",
): string {
  const options = typeof style === "string" ? { dateStyle: style } : style;
  return cached(lang, { timeZone: "UTC", ...options }).format(parseDay(day.slice(0, 10)));
}

/** A count as the tiles show it; a dash where the content has none (podcasts have no artists). */
export function countText(count: number | null, lang: string | NumberStyle): string {
  return count === null ? "–" : formatNumber(count, lang);
}
