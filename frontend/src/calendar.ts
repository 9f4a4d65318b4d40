// The month a date field's calendar shows (issue 43.15). The browser's own
// picker speaks the browser's language and starts its weeks where the
// browser's region does; this one is drawn from the user's Home Assistant
// profile: month and weekday names in their language, weeks starting on the
// day their profile names. Days are plain calendar days ("2025-03-10"),
// computed in UTC so no time zone or clock change moves one.

/** Home Assistant's profile setting: "language" or a weekday's English name. */
export type FirstWeekdaySetting = string | undefined;

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

interface WeekInfo {
  firstDay?: number;
}

/**
 * The weekday a week starts on, 0 (Sunday) to 6, as Home Assistant's frontend
 * decides it: the profile's day when one is named, else the language's
 * (Intl's week info, 1 = Monday … 7 = Sunday; Monday where the runtime has none).
 */
export function firstWeekday(lang: string, setting: FirstWeekdaySetting): number {
  const named = WEEKDAYS.indexOf(setting ?? "");
  if (named >= 0) {
    return named;
  }
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const first = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
    if (first !== undefined) {
      return first % 7;
    }
  } catch {
    // A language tag Intl does not know: Monday, as most of the world.
  }
  return 1;
}

/** "2025-03-10" for a UTC date. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utc(day: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + count);
  return dayOf(date);
}

/** The first day of the month `count` months after `day`'s. */
export function addMonths(day: string, count: number): string {
  const date = utc(day);
  return dayOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1)));
}

/**
 * The weeks of `month`'s month ("2025-03-…"), each seven days from the
 * week's first day; days of the months around it are null.
 */
export function monthWeeks(month: string, first: number): (string | null)[][] {
  const start = utc(addMonths(month, 0));
  const lead = (start.getUTCDay() - first + 7) % 7;
  const days = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let date = 1; date <= days; date += 1) {
    cells.push(dayOf(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), date))));
  }
  while (cells.length % 7) {
    cells.push(null);
  }
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** "März 2025": the month's title in the user's language. */
export function monthTitle(month: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(utc(month));
}

/** The weekdays' short and long names from the week's first day ("Mo", "Montag"). */
export function weekdayNames(lang: string, first: number): { short: string; long: string }[] {
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(Date.UTC(2023, 0, 1 + ((first + index) % 7)));
    return {
      short: new Intl.DateTimeFormat(lang, { weekday: "short", timeZone: "UTC" }).format(date),
      long: new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "UTC" }).format(date),
    };
  });
}

/** A day's full name for a screen reader: "Montag, 10. März 2025". */
export function dayLabel(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "full", timeZone: "UTC" }).format(utc(day));
}
