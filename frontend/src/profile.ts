// The user's profile, applied as Home Assistant's own frontend applies it:
// number format, 12- or 24-hour clock, the time zone times are written in,
// and dates and times in the user's language. The page's alone (the cards
// write their figures in the language's own way).
import { cached, type NumberStyle } from "./format";

/** What the page reads of `hass.locale` (Home Assistant's frontend's FrontendLocaleData). */
export interface UserLocale {
  language?: string;
  /** "language", "system", "comma_decimal", "decimal_comma", "space_comma", "quote_decimal", "none". */
  number_format?: string;
  /** "language", "system", "12", "24". */
  time_format?: string;
  /** "local" (the browser's) or "server" (Home Assistant's). */
  time_zone?: string;
}

/** The user's number format, as Home Assistant's frontend maps it (numberFormatToLocale). */
export function numberStyle(lang: string, locale?: UserLocale): NumberStyle {
  switch (locale?.number_format) {
    case "comma_decimal":
      return { locales: ["en-US", "en"], grouping: true, language: lang };
    case "decimal_comma":
      return { locales: ["de", "es", "it"], grouping: true, language: lang };
    case "space_comma":
      return { locales: ["fr", "sv", "cs"], grouping: true, language: lang };
    case "quote_decimal":
      return { locales: ["de-CH"], grouping: true, language: lang };
    case "system":
      return { locales: undefined, grouping: true, language: lang };
    case "none":
      return { locales: lang, grouping: false, language: lang };
    default:
      return { locales: lang, grouping: true, language: lang };
  }
}

/**
 * Whether the user's clock is of 12 hours, as Home Assistant's frontend
 * decides it (useAmPm): "12" or "24" as chosen; else the language's (or
 * the browser's) own.
 */
export function hour12Of(lang: string, locale?: UserLocale): boolean {
  const format = locale?.time_format ?? "language";
  if (format === "12" || format === "24") {
    return format === "12";
  }
  const probe = new Date("January 1, 2023 22:00:00").toLocaleString(format === "system" ? undefined : lang);
  return probe.includes("10");
}

/**
 * The time zone times are written in: the browser's when the user's profile
 * says "local", else Home Assistant's (resolveTimeZone of its frontend).
 */
export function userTimeZone(locale: UserLocale | undefined, serverZone: string | undefined): string | undefined {
  if (locale?.time_zone === "local") {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || serverZone;
  }
  return serverZone;
}

/**
 * A moment as the language writes it, in Home Assistant's time zone
 * (`timeZone`): the heatmap, the days and the hours are that zone's, so
 * every time on the page is too, whatever the browser's zone.
 */
export function dateTimeText(iso: string, lang: string, timeZone?: string, hour12?: boolean): string {
  const clock = hour12 === undefined ? {} : { hourCycle: hour12 ? ("h12" as const) : ("h23" as const) };
  return cached(lang, { timeZone, dateStyle: "medium", timeStyle: "short", ...clock }).format(new Date(iso));
}

/** The day of a moment, as the language writes it, in `timeZone`. */
export function dateText(iso: string, lang: string, timeZone?: string): string {
  return cached(lang, { timeZone, dateStyle: "medium" }).format(new Date(iso));
}

type DayPart = "day" | "month" | "year";

/**
 * The order of day, month and year and the mark between them as the user
 * writes dates: their profile's date format (Home Assistant's "DMY", "MDY",
 * "YMD"), else their language's ("10.03.2025", "3/10/2025").
 */
export function dayPattern(lang: string, dateFormat?: string): { order: DayPart[]; separator: string } {
  const parts = cached(dateFormat === "system" ? Intl.DateTimeFormat().resolvedOptions().locale : lang, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" })
    .formatToParts(new Date(Date.UTC(2025, 2, 10)))
    .filter((part) => part.type !== "literal" || part.value.trim());
  const separator = parts.find((part) => part.type === "literal")?.value.trim() || "/";
  const given: Record<string, DayPart[]> = {
    DMY: ["day", "month", "year"],
    MDY: ["month", "day", "year"],
    YMD: ["year", "month", "day"],
  };
  const order =
    given[dateFormat ?? ""] ??
    parts.map((part) => part.type).filter((type): type is DayPart => type === "day" || type === "month" || type === "year");
  return { order: order.length === 3 ? order : ["year", "month", "day"], separator };
}

/** A day ("2025-03-10") as the user writes it ("10.03.2025"); "" for none. */
export function dayInputText(day: string | undefined, lang: string, dateFormat?: string): string {
  const found = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? "");
  if (!found) {
    return "";
  }
  const values: Record<DayPart, string> = { year: found[1], month: found[2], day: found[3] };
  const { order, separator } = dayPattern(lang, dateFormat);
  return order.map((part) => values[part]).join(separator);
}

/**
 * The day a person typed, as "2025-03-10"; null when it is no day. Read in
 * the user's order ("10.3.2025", "3/10/25" for 2025), or as an ISO date.
 */
export function parseDayInput(text: string, lang: string, dateFormat?: string): string | null {
  const trimmed = text.trim();
  const numbers = trimmed.split(/\D+/).filter(Boolean).map(Number);
  if (numbers.length !== 3) {
    return null;
  }
  const order: DayPart[] = /^\d{4}\D/.test(trimmed) ? ["year", "month", "day"] : dayPattern(lang, dateFormat).order;
  const values = Object.fromEntries(order.map((part, index) => [part, numbers[index]])) as Record<DayPart, number>;
  const year = values.year < 100 ? 2000 + values.year : values.year;
  const date = new Date(Date.UTC(year, values.month - 1, values.day));
  if (year < 1000 || year > 9999 || date.getUTCMonth() !== values.month - 1 || date.getUTCDate() !== values.day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}
