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
