// The date fields' own calendar (issue 43.15): the user's language and first weekday, not the browser's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { addDays, addMonths, dayLabel, firstWeekday, monthTitle, monthWeeks, weekdayNames } from "../src/calendar";

test("a week starts on the profile's day, else on the language's", () => {
  assert.equal(firstWeekday("en", "monday"), 1);
  assert.equal(firstWeekday("de", "sunday"), 0);
  assert.equal(firstWeekday("de", "saturday"), 6);
  assert.equal(firstWeekday("de", "language"), 1);
  assert.equal(firstWeekday("en-US", "language"), 0);
  assert.equal(firstWeekday("not a tag", undefined), 1);
});

test("a month's weeks: every day once, in its weekday's column", () => {
  // March 2025 began on a Saturday and has 31 days.
  const monday = monthWeeks("2025-03-01", 1);
  assert.deepEqual(monday[0], [null, null, null, null, null, "2025-03-01", "2025-03-02"]);
  assert.equal(monday.length, 6);
  assert.deepEqual(monday.at(-1), ["2025-03-31", null, null, null, null, null, null]);
  const sunday = monthWeeks("2025-03-17", 0);
  assert.deepEqual(sunday[0], [null, null, null, null, null, null, "2025-03-01"]);
  assert.equal(sunday.flat().filter(Boolean).length, 31);
  // February of a leap year, starting on the week's first day.
  const leap = monthWeeks("2032-02-01", 0).flat().filter(Boolean);
  assert.equal(leap.length, 29);
  assert.equal(leap.at(-1), "2032-02-29");
});

test("days and months move without a clock change moving them", () => {
  assert.equal(addDays("2025-03-30", 1), "2025-03-31");
  assert.equal(addDays("2025-03-31", 1), "2025-04-01");
  assert.equal(addDays("2025-01-01", -1), "2024-12-31");
  assert.equal(addMonths("2025-03-31", 1), "2025-04-01");
  assert.equal(addMonths("2025-01-15", -1), "2024-12-01");
});

test("names in the user's language", () => {
  assert.equal(monthTitle("2025-03-01", "de"), "März 2025");
  assert.equal(monthTitle("2025-03-01", "en"), "March 2025");
  assert.equal(monthTitle("2025-03-01", "fr"), "mars 2025");
  assert.deepEqual(
    weekdayNames("de", 1).map((name) => name.long),
    ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
  );
  assert.equal(weekdayNames("en", 0)[0].short, "Sun");
  assert.equal(dayLabel("2025-03-10", "de"), "Montag, 10. März 2025");
});
