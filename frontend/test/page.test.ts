// The words, dates and devices the page shows (issue 33.6, 33.11, 33.13, 33.14).
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { EMPTY_IMAGE, fallBack } from "../src/artwork";
import { hourBars, timeBars } from "../src/bars";
import { dayText, formatDuration } from "../src/format";
import { dateTimeText } from "../src/profile";
import { longestGaps, zonedDayHour } from "../src/days";
import { deviceName, sourceName } from "../src/devices";
import { localize, CODES, loadLanguage } from "../src/i18n";

// Every language, not only English (the page loads the user's when it is needed).
before(() => Promise.all(CODES.map(loadLanguage)));

const ISO = /\d{4}-\d{2}-\d{2}/;

test("a play's source is a word, never a number (33.6)", () => {
  assert.equal(sourceName(0), "export_extended");
  assert.equal(sourceName(2), "spotify_recent");
  assert.equal(localize("de", `source.${sourceName(0)}`), "Spotify-Export");
  assert.equal(localize("en", `source.${sourceName(4)}`), "Sonos");
});

test("devices as people know them; none is no '?' (33.13)", () => {
  assert.equal(deviceName("ios"), "iOS");
  assert.equal(deviceName("windows"), "Windows");
  assert.equal(deviceName("osx"), "macOS");
  assert.equal(deviceName("Android OS 12 API 31 (Google, Pixel 6)"), "Android OS 12 API 31 (Google, Pixel 6)");
  assert.equal(deviceName("Living Room"), "Living Room");
  assert.equal(deviceName("Partner google cast_tv;Chromecast;;"), "Chromecast");
  assert.equal(deviceName("Partner sonos_one;Sonos;One"), "Sonos One");
  assert.equal(deviceName("web_player windows 10;chrome 71.0.3578.98;desktop"), "Web Player (Windows 10)");
  assert.equal(deviceName("iOS 12.1.4 (iPhone10,6)"), "iOS 12.1.4 (iPhone10,6)");
  assert.equal(deviceName(null), null);
  assert.equal(deviceName("?"), null);
  assert.equal(deviceName("  "), null);
});

test("times in Home Assistant's zone, not the browser's (33.11)", () => {
  // 23:30 UTC is the next day in Berlin, the same day in New York.
  const moment = "2024-05-01T23:30:00+00:00";
  assert.deepEqual(zonedDayHour(moment, "Europe/Berlin"), { day: "2024-05-02", hour: 1 });
  assert.deepEqual(zonedDayHour(moment, "America/New_York"), { day: "2024-05-01", hour: 19 });
  assert.match(dateTimeText(moment, "en", "Europe/Berlin"), /May 2, 2024/);
  assert.match(dateTimeText(moment, "de", "Europe/Berlin"), /02\.05\.2024/);
  assert.doesNotMatch(dateTimeText(moment, "en", "Europe/Berlin"), ISO);
  // An unknown zone still writes a date.
  assert.doesNotMatch(dateTimeText(moment, "en", "Nowhere/Else"), ISO);
  assert.equal(dayText("2024-05-01", "de", "long"), "1. Mai 2024");
});

test("bar charts: local dates under the bars and in tooltips, hours beyond three (33.11)", () => {
  const bars = timeBars([{ start: "2024-05-01", minutes: 75 }], "day", "en");
  assert.deepEqual(bars.labels, ["May 1"]);
  assert.equal(bars.tooltips[0], "Wed, May 1, 2024: 1 h 15 min");
  assert.equal(bars.axis, "Minutes");
  assert.deepEqual(bars.values, [75]);
  const long = timeBars(
    [
      { start: "2024-04-29", minutes: 600 },
      { start: "2024-05-06", minutes: 30 },
    ],
    "week",
    "de",
  );
  assert.equal(long.axis, "Stunden");
  assert.deepEqual(long.values, [10, 0.5]);
  assert.equal(long.tooltips[0], "29.04.2024 – 05.05.2024: 10 Std. 00 Min.");
  for (const text of [...long.labels, ...long.tooltips]) {
    assert.doesNotMatch(text, ISO);
  }
  const hours = hourBars(Array<number>(24).fill(1), "fr");
  assert.equal(hours.labels[13], "13 h");
  assert.equal(hours.labels.length, 24);
});

test("long durations are written in the page's language", () => {
  assert.equal(formatDuration(73_998, "en"), "1,233 h 18 min");
  // German writes its own units (43.16).
  assert.equal(formatDuration(73_998, "de"), "1.233 Std. 18 Min.");
});

test("gaps: the longest first (33.14)", () => {
  const gaps: [string, string][] = [
    ["2020-01-01", "2020-01-09"],
    ["2021-01-01", "2021-03-01"],
    ["2022-01-01", "2022-01-20"],
    ["2023-01-01", "2023-01-08"],
  ];
  assert.deepEqual(longestGaps(gaps, 2), [
    ["2021-01-01", "2021-03-01"],
    ["2022-01-01", "2022-01-20"],
  ]);
  assert.equal(localize("en", "import.gaps", { count: 181 }), "181 gaps of a week or more. The longest:");
  assert.equal(localize("en", "import.gaps", { count: 1 }), "1 gap of a week or more. The longest:");
});

test("a cover that fails becomes the placeholder, once (33.12)", () => {
  const added: string[] = [];
  const image = { src: "https://i.scdn.co/image/gone", classList: { add: (...tokens: string[]) => added.push(...tokens) } };
  fallBack(image);
  assert.equal(image.src, EMPTY_IMAGE);
  assert.deepEqual(added, ["none", "failed"]);
  fallBack(image);
  assert.deepEqual(added, ["none", "failed"]);
});

test("'whose history' never offers a Sonos household, nor an account without plays (43.14)", async () => {
  const { historyAccounts } = await import("../src/api");
  const account = (id: string, kind: "spotify" | "sonos", has_plays?: boolean) => ({
    config_entry_id: id,
    title: id,
    kind,
    persons: [],
    mine: false,
    has_plays,
  });
  const accounts = [account("ada", "spotify", true), account("kitchen", "sonos", true), account("new", "spotify", false)];
  assert.deepEqual(historyAccounts(accounts).map((a) => a.config_entry_id), ["ada"]);
  // A card set up before keeps showing its choice, so the editor does not change it unasked.
  assert.deepEqual(historyAccounts(accounts, "kitchen").map((a) => a.config_entry_id), ["ada", "kitchen"]);
});
