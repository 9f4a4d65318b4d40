import assert from "node:assert/strict";
import { before, test } from "node:test";
import { CODES, loadLanguage } from "../src/i18n";
import { cellLevel, formatDuration, formatPercent, questionFields, TOP_KINDS_OF } from "../src/format";
import { fillDays, groupDays, groupingFor, weekStart } from "../src/days";
import { parseRoute, routeHash, routeQuestion } from "../src/route";

// Every language, not only English (the page loads the user's when it is needed).
before(() => Promise.all(CODES.map(loadLanguage)));

test("weeks start on Monday, across a month and a year", () => {
  assert.equal(weekStart("2026-03-04"), "2026-03-02");
  assert.equal(weekStart("2026-03-02"), "2026-03-02");
  assert.equal(weekStart("2026-03-08"), "2026-03-02");
  assert.equal(weekStart("2026-01-01"), "2025-12-29");
});

test("days add up to weeks and months", () => {
  const days: [string, number][] = [
    ["2026-02-27", 10],
    ["2026-03-01", 5],
    ["2026-03-02", 7],
    ["2026-03-31", 1],
  ];
  assert.deepEqual(groupDays(days, "week"), [
    { start: "2026-02-23", minutes: 15 },
    { start: "2026-03-02", minutes: 7 },
    { start: "2026-03-30", minutes: 1 },
  ]);
  assert.deepEqual(groupDays(days, "month"), [
    { start: "2026-02-01", minutes: 10 },
    { start: "2026-03-01", minutes: 13 },
  ]);
  assert.deepEqual(groupDays(days, "day").length, 4);
});

test("the grouping follows the span", () => {
  assert.equal(groupingFor([]), "day");
  assert.equal(groupingFor([["2026-01-01", 1], ["2026-03-01", 1]]), "day");
  assert.equal(groupingFor([["2025-01-01", 1], ["2026-03-01", 1]]), "week");
  assert.equal(groupingFor([["2020-01-01", 1], ["2026-03-01", 1]]), "month");
});

test("missing days are filled with zero", () => {
  assert.deepEqual(fillDays([["2026-02-27", 3], ["2026-03-02", 4]]), [
    ["2026-02-27", 3],
    ["2026-02-28", 0],
    ["2026-03-01", 0],
    ["2026-03-02", 4],
  ]);
  assert.deepEqual(fillDays([]), []);
});

test("durations and heatmap levels", () => {
  assert.equal(formatDuration(12.4), "12 min");
  assert.equal(formatDuration(185), "3 h 05 min");
  assert.equal(cellLevel(0, 100), 0);
  assert.equal(cellLevel(100, 100), 1);
  assert.equal(cellLevel(1, 100), 0.24);
  assert.ok(cellLevel(25, 100) < cellLevel(50, 100));
});

test("a question becomes the command's fields", () => {
  assert.deepEqual(questionFields({ period: "this_week", whose: "me" }), { period: "this_week" });
  assert.deepEqual(questionFields({ period: "today", whose: "everyone" }), { period: "today", everyone: true });
  assert.deepEqual(questionFields({ period: "custom", whose: "abc", start: "2026-03-01", end: "2026-03-31" }), {
    period: "custom",
    start: "2026-03-01T00:00:00",
    // The end day is included.
    end: "2026-04-01T00:00:00",
    config_entry_id: "abc",
  });
});

test("music / podcasts / all: the content is asked and remembered in the address (issue 35.2)", () => {
  // Everything is no field at all: the actions' default.
  assert.deepEqual(questionFields({ period: "today", whose: "me", content: "everything" }), { period: "today" });
  assert.deepEqual(questionFields({ period: "today", whose: "me", content: "podcasts" }), {
    period: "today",
    content: "podcasts",
  });
  const current = { period: "this_month" as const, whose: "me" };
  // The content comes back from the address, with or without a period.
  assert.deepEqual(routeQuestion(parseRoute("#/overview?content=music").params, current), {
    ...current,
    content: "music",
  });
  assert.deepEqual(routeQuestion(parseRoute("#/timeline?period=today&content=podcasts").params, current), {
    period: "today",
    whose: "me",
    start: undefined,
    end: undefined,
    content: "podcasts",
  });
  // A word the page does not know is not asked.
  assert.deepEqual(routeQuestion(parseRoute("#/overview?content=jazz").params, current), current);
  // A podcast has no album; music has no show.
  assert.deepEqual(TOP_KINDS_OF.podcasts, ["show"]);
  assert.ok(!TOP_KINDS_OF.music.includes("show"));
});

test("routes round-trip through the hash", () => {
  const hash = routeHash("item", { kind: "artist", name: "Björk & Co", period: "this_week", whose: undefined });
  assert.deepEqual(parseRoute(hash), {
    page: "item",
    params: { kind: "artist", name: "Björk & Co", period: "this_week" },
  });
  assert.deepEqual(parseRoute(""), { page: "overview", params: {} });
});

test("listening time in the language's words: no 'min' beside 'Min.' (43.16)", () => {
  assert.equal(formatDuration(12.4, "de"), "12 Min.");
  assert.equal(formatDuration(185, "de"), "3 Std. 05 Min.");
  assert.equal(formatDuration(185, "fr"), "3 h 05 min");
  assert.equal(formatDuration(73_998, "en"), "1,233 h 18 min");
});

test("a share under half a percent is '< 1 %', never '0 %' (43.16)", () => {
  assert.equal(formatPercent(0.004), "< 1 %");
  assert.equal(formatPercent(0), "0 %");
  assert.equal(formatPercent(0.005), "1 %");
  assert.equal(formatPercent(0.42), "42 %");
});
