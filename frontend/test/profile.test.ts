// The user's profile (issue 43.15) and the streak's period (issue 43.3).
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { CODES, loadLanguage } from "../src/i18n";
import { countText, formatDuration, formatNumber, includesToday } from "../src/format";
import { dateTimeText, hour12Of, numberStyle, userTimeZone } from "../src/profile";

// Every language, not only English (the page loads the user's when it is needed).
before(() => Promise.all(CODES.map(loadLanguage)));

test("numbers in the profile's format, not the language's", () => {
  assert.equal(formatNumber(1234567, numberStyle("en", { language: "en", number_format: "decimal_comma" })), "1.234.567");
  assert.equal(formatNumber(1234567, numberStyle("de", { language: "de", number_format: "comma_decimal" })), "1,234,567");
  assert.equal(formatNumber(1234567, numberStyle("en", { language: "en", number_format: "none" })), "1234567");
  assert.equal(formatNumber(1234567, numberStyle("en", { language: "en", number_format: "language" })), "1,234,567");
  assert.equal(countText(4321, numberStyle("en", { number_format: "decimal_comma" })), "4.321");
  assert.equal(formatDuration(125 * 60, numberStyle("en", { number_format: "decimal_comma" })), "125 h 00 min");
  assert.equal(formatDuration(1250 * 60, numberStyle("en", { number_format: "decimal_comma" })), "1.250 h 00 min");
});

test("a 24-hour clock in English, a 12-hour one in German, as the profile says", () => {
  const moment = "2024-05-01T22:26:00+00:00";
  assert.equal(hour12Of("en", { time_format: "24" }), false);
  assert.equal(hour12Of("de", { time_format: "12" }), true);
  assert.equal(hour12Of("en", { time_format: "language" }), true);
  assert.equal(hour12Of("de", { time_format: "language" }), false);
  assert.match(dateTimeText(moment, "en", "UTC", false), /22:26/);
  assert.doesNotMatch(dateTimeText(moment, "en", "UTC", false), /PM/);
  assert.match(dateTimeText(moment, "de", "UTC", true), /10:26/);
});

test("times in the browser's zone when the profile says local, else Home Assistant's", () => {
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  assert.equal(userTimeZone({ time_zone: "server" }, "Pacific/Auckland"), "Pacific/Auckland");
  assert.equal(userTimeZone(undefined, "Pacific/Auckland"), "Pacific/Auckland");
  assert.equal(userTimeZone({ time_zone: "local" }, "Pacific/Auckland"), browser);
});

test("the current streak belongs to periods that reach today", () => {
  const now = Date.parse("2026-03-04T12:00:00Z");
  assert.equal(includesToday({ name: "this_month", end: "2026-03-04T11:00:00Z" }, now), true);
  assert.equal(includesToday({ name: "last_month", end: "2026-03-01T00:00:00Z" }, now), false);
  assert.equal(includesToday({ name: "custom", end: "2026-03-05T00:00:00Z" }, now), true);
  assert.equal(includesToday({ name: "custom", end: "2026-02-05T00:00:00Z" }, now), false);
});

test("charts span the whole period, and days over years say their year (43.17)", async () => {
  const { fillDays, periodDays } = await import("../src/days");
  const { timeBars } = await import("../src/bars");
  // Last week with plays on two days: seven bars.
  const week = periodDays({ start: "2026-03-02T00:00:00+01:00", end: "2026-03-09T00:00:00+01:00" }, "Europe/Berlin");
  assert.deepEqual(week, { from: "2026-03-02", to: "2026-03-08" });
  const filled = fillDays([["2026-03-03", 5], ["2026-03-05", 7]], week.from, week.to);
  assert.equal(filled.length, 7);
  assert.deepEqual(filled[0], ["2026-03-02", 0]);
  assert.deepEqual(filled[6], ["2026-03-08", 0]);
  // All time: from the first day with data.
  assert.deepEqual(periodDays({ start: null, end: "2026-03-09T00:00:00+01:00" }, "Europe/Berlin").from, undefined);
  const bars = timeBars(
    [
      { start: "2025-12-31", minutes: 5 },
      { start: "2026-01-01", minutes: 7 },
    ],
    "day",
    "en",
  );
  assert.deepEqual(bars.labels, ["Dec 31, 25", "Jan 1, 26"]);
  assert.deepEqual(timeBars([{ start: "2026-01-01", minutes: 7 }], "day", "en").labels, ["Jan 1"]);
});

test("dates are written and read as the user writes them, not as the browser does (43.15)", async () => {
  const { dayInputText, parseDayInput } = await import("../src/profile");
  assert.equal(dayInputText("2025-03-10", "de"), "10.03.2025");
  assert.equal(dayInputText("2025-03-10", "en"), "03/10/2025");
  assert.equal(dayInputText("2025-03-10", "fr"), "10/03/2025");
  assert.equal(dayInputText("2025-03-10", "nl"), "10-03-2025");
  // The profile's date format wins over the language's.
  assert.equal(dayInputText("2025-03-10", "en", "DMY"), "10/03/2025");
  assert.equal(dayInputText("2025-03-10", "de", "YMD"), "2025.03.10");
  assert.equal(parseDayInput("10.3.2025", "de"), "2025-03-10");
  assert.equal(parseDayInput("3/10/25", "en"), "2025-03-10");
  assert.equal(parseDayInput("10/03/2025", "en", "DMY"), "2025-03-10");
  // An ISO date is read in any language; what is no day is refused.
  assert.equal(parseDayInput("2020-01-01", "de"), "2020-01-01");
  assert.equal(parseDayInput("31.02.2025", "de"), null);
  assert.equal(parseDayInput("März", "de"), null);
  assert.equal(dayInputText(undefined, "de"), "");
});
