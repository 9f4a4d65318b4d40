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

/** "3 h 05 min", "12 min": listening time for people. */
export function formatDuration(minutes: number, lang?: string | NumberStyle): string {
  const whole = Math.round(minutes);
  if (whole < 60) {
    return `${whole} min`;
  }
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return `${formatNumber(hours, lang)} h ${String(rest).padStart(2, "0")} min`;
}

// -- the user's profile: Home Assistant's own choices, applied as its frontend does --

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

/** How numbers are written: the locales Intl takes, and whether thousands are grouped. */
export interface NumberStyle {
  locales?: string | string[];
  grouping: boolean;
}

/** The user's number format, as Home Assistant's frontend maps it (numberFormatToLocale). */
export function numberStyle(lang: string, locale?: UserLocale): NumberStyle {
  switch (locale?.number_format) {
    case "comma_decimal":
      return { locales: ["en-US", "en"], grouping: true };
    case "decimal_comma":
      return { locales: ["de", "es", "it"], grouping: true };
    case "space_comma":
      return { locales: ["fr", "sv", "cs"], grouping: true };
    case "quote_decimal":
      return { locales: ["de-CH"], grouping: true };
    case "system":
      return { locales: undefined, grouping: true };
    case "none":
      return { locales: lang, grouping: false };
    default:
      return { locales: lang, grouping: true };
  }
}

/** A whole number in a language ("1,234") or a number style ("1.234", "1 234"). */
export function formatNumber(value: number, style?: string | NumberStyle): string {
  if (style === undefined || typeof style === "string") {
    return value.toLocaleString(style);
  }
  return value.toLocaleString(style.locales, { useGrouping: style.grouping });
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

/**
 * The question a page address asks, `current` where it says nothing: the
 * period (with its range and whose) and the content are remembered apart.
 */
export function routeQuestion(params: Record<string, string>, current: Question): Question {
  let question = current;
  if (params.period && (PERIODS as string[]).includes(params.period)) {
    question = {
      period: params.period as PeriodName,
      whose: params.whose ?? "me",
      start: params.start,
      end: params.end,
    };
  } else if (params.whose) {
    question = { ...question, whose: params.whose };
  }
  if (params.content && (CONTENTS as string[]).includes(params.content)) {
    question = { ...question, content: params.content as ContentName };
  }
  return question;
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

/** The sources of a play, by the number the history stores (history/models.py `Source`). */
export const SOURCES = [
  "export_extended",
  "export_account",
  "spotify_recent",
  "spotify_player",
  "sonos",
  "media_player",
  "lastfm",
  "listenbrainz",
] as const;

/** The translation key's last part for a play's source (a number, or a name). */
export function sourceName(source: number | string): string {
  return typeof source === "number" ? (SOURCES[source] ?? "media_player") : source;
}

// Spotify's exports name a platform, not a device ("ios", "windows",
// "Android OS 12 API 31 (…)"): written as their makers write them.
const PLATFORMS: Record<string, string> = {
  ios: "iOS",
  ipados: "iPadOS",
  android: "Android",
  windows: "Windows",
  osx: "macOS",
  macos: "macOS",
  linux: "Linux",
  web_player: "Web Player",
  webplayer: "Web Player",
  chromecast: "Chromecast",
  sonos: "Sonos",
  tvos: "tvOS",
  watchos: "watchOS",
  wearos: "Wear OS",
  playstation: "PlayStation",
  xbox: "Xbox",
  alexa: "Alexa",
  tizen: "Tizen",
  webos: "webOS",
  partner: "Partner",
};

function platform(text: string): string {
  const [first, ...rest] = text.split(/\s+/);
  const known = PLATFORMS[first.toLowerCase()];
  return known ? [known, ...rest].join(" ") : text;
}

/**
 * A device as people know it; null when the play does not say. Spotify's
 * platform strings are shortened to their device: "Partner google
 * cast_tv;Chromecast;;" is a Chromecast, "web_player windows 10;chrome
 * 71.0;desktop" the Web Player on Windows 10.
 */
export function deviceName(device: string | null | undefined): string | null {
  const text = (device ?? "").trim();
  if (!text || text === "?") {
    return null;
  }
  const segments = text.split(";").map((part) => part.trim());
  if (/^partner\s/i.test(text)) {
    const named = segments.slice(1).filter(Boolean).join(" ");
    return named || segments[0].replace(/^partner\s+/i, "").replace(/_/g, " ");
  }
  if (/^web_?player\b/i.test(text)) {
    const on = segments[0].split(/\s+/).slice(1).join(" ");
    return on ? `Web Player (${platform(on)})` : "Web Player";
  }
  return platform(segments.filter(Boolean).join(" · "));
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

function cached(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([lang, options]);
  let found = FORMATS.get(key);
  if (!found) {
    found = formatter(lang, options);
    FORMATS.set(key, found);
  }
  return found;
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

/** A local day ("2024-05-01", already Home Assistant's) as the language writes it. */
export function dayText(
  day: string,
  lang: string,
  style: "medium" | "long" | "short" | Intl.DateTimeFormatOptions = "medium",
): string {
  const options = typeof style === "string" ? { dateStyle: style } : style;
  return cached(lang, { timeZone: "UTC", ...options }).format(parseDay(day.slice(0, 10)));
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

/** A count as the tiles show it; a dash where the content has none (podcasts have no artists). */
export function countText(count: number | null, lang: string | NumberStyle): string {
  return count === null ? "–" : formatNumber(count, lang);
}
