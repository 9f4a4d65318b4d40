import assert from "node:assert/strict";
import { test } from "node:test";
import { localize } from "../src/i18n";
import { periodLabel, recapCards, type RecapAnswer, type RecapEntry } from "../src/recap-cards";

const entry = (rank: number, name: string, plays: number, image: string | null = null): RecapEntry => ({
  rank,
  name,
  artist: null,
  plays,
  ms_played: plays * 180_000,
  minutes: plays * 3,
  uri: null,
  image,
});

const habits = {
  top_day: { day: "2025-10-03", minutes: 95 },
  busiest_weekday: "friday",
  busiest_hour: 21,
  longest_streak: { days: 6, start: "2025-10-01", end: "2025-10-06" },
  days: 20,
};

const READY: RecapAnswer = {
  status: "ready",
  start: "2025-10-01T00:00:00+02:00",
  end: "2025-11-01T00:00:00+01:00",
  period: { name: "custom", start: "2025-10-01T00:00:00+02:00", end: "2025-11-01T00:00:00+01:00", days: null },
  music: {
    plays: 300,
    minutes: 900,
    artists: 40,
    songs: 120,
    albums: 60,
    top_artists: [entry(1, "Arca", 50, "https://i.scdn.co/image/a"), entry(2, "Björk", 30)],
    top_songs: [entry(1, "Nonbinary", 12)],
    top_albums: [],
    habits,
    discoveries: 7,
    top_discoveries: [entry(1, "Dina", 9)],
    on_repeat: { song: entry(1, "Nonbinary", 8), week_start: "2025-10-06", plays: 8 },
    first_song: { name: "First", artist: "Arca", at: "2025-10-01T07:00:00+00:00" },
    last_song: { name: "Last", artist: "Björk", at: "2025-10-31T22:00:00+00:00" },
  },
  podcasts: null,
  comparison: { minutes_change: -25, direction: "down", previous_number_one: entry(1, "Cesaria", 20), new_number_one: true },
  rooms: null,
  household: null,
};

const t = (key: string, placeholders?: Record<string, string | number>) => localize("en", key, placeholders);

test("a month and a year are named in the page's language", () => {
  assert.equal(periodLabel("2025", "en"), "2025");
  assert.equal(periodLabel("2025-10", "en"), "October 2025");
  assert.equal(periodLabel("2025-03", "de"), "März 2025");
});

test("the cards say the recap's figures; those without any are left out", () => {
  const cards = recapCards(READY, "October 2025", t, "en");
  assert.deepEqual(
    cards.map((card) => card.id),
    ["intro", "artists", "songs", "habits", "discoveries"],
  );
  const [intro, artists, , habitsCard, discoveries] = cards;
  assert.equal(intro.title, "Your October 2025 in music");
  assert.equal(intro.value, "900");
  assert.deepEqual(
    intro.lines.map((line) => line.text),
    ["300 plays · 120 songs · 40 artists", "25 minutes fewer than the period before"],
  );
  assert.equal(artists.value, "Arca");
  assert.equal(artists.image, "https://i.scdn.co/image/a");
  assert.equal(artists.caption, "A new number one (before: Cesaria)");
  assert.equal(artists.lines[1].sub, "90 min · 30 plays");
  assert.equal(habitsCard.value, "October 3");
  assert.equal(habitsCard.lines[0].text, "Busiest day: Friday");
  assert.equal(habitsCard.lines[2].text, "Longest streak: 6 days in a row");
  assert.equal(discoveries.value, "7 new artists");
  assert.equal(discoveries.lines[0].text, "On repeat: Nonbinary");
});

test("a household gets its card, rooms theirs", () => {
  const cards = recapCards(
    {
      ...READY,
      rooms: [{ name: "Kitchen", plays: 10, minutes: 40 }],
      household: {
        listeners: [
          { person: "Ada", minutes: 500, number_one_artist: entry(1, "Arca", 50), number_one_song: null },
          { person: "Bob", minutes: 400, number_one_artist: null, number_one_song: null },
        ],
        common_artists: [{ entry: entry(1, "Björk", 30), people: ["Ada", "Bob"] }],
      },
    },
    "2025",
    t,
    "en",
  );
  const household = cards.find((card) => card.id === "household");
  assert.ok(household);
  assert.equal(household.title, "Your home");
  assert.equal(household.value, "Ada");
  assert.deepEqual(
    household.lines.map((line) => line.text),
    ["Ada", "Bob", "Common ground: Björk"],
  );
  assert.equal(cards[0].title, "Your home's 2025 in music");
  assert.ok(cards.some((card) => card.id === "rooms"));
});
