import assert from "node:assert/strict";
import { before, test } from "node:test";
import { localize, CODES, loadLanguage } from "../src/i18n";
import { periodLabel, recapCards, type RecapAnswer, type RecapEntry } from "../src/recap-cards";

// Every language, not only English (the page loads the user's when it is needed).
before(() => Promise.all(CODES.map(loadLanguage)));

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

// A measure that stands for a canvas's: each character 0.62 of the font's
// size wide (wider than system-ui's average, so a text that fits here fits
// in the browser), for the size the font names.
const measure = (text: string, font: string) => {
  const size = Number(/(\d+)px/.exec(font)?.[1] ?? 0);
  return [...text].length * size * 0.62;
};

test("saved recap images hold every text whole, inside the card (43.17)", async () => {
  const { CARD_H, FOOTER_Y, TEXT_W, layoutCard } = await import("../src/recap-layout");
  const long = (rank: number) =>
    entry(rank, `${rank}. Kündigungsschutzklagenverfahren und die Verwaltungsvorschriften der Länder ${rank}`, 105 - rank);
  const answer: RecapAnswer = {
    ...READY,
    music: {
      ...READY.music!,
      top_artists: [1, 2, 3, 4, 5].map(long),
      top_songs: [1, 2, 3, 4, 5].map(long),
      top_discoveries: [long(1)],
    },
  };
  const de = (key: string, placeholders?: Record<string, string | number>) => localize("de", key, placeholders);
  for (const card of recapCards(answer, "Oktober 2025", de, "de")) {
    for (const withArt of [true, false]) {
      const layout = layoutCard(card, measure, "Encore · Oktober 2025", withArt);
      for (const run of layout.runs) {
        assert.ok(measure(run.text, run.font) <= TEXT_W + 0.5, `${card.id}: too wide: ${run.text}`);
        assert.ok(run.y >= 0 && run.y + run.size <= CARD_H, `${card.id}: off the card: ${run.text}`);
        assert.doesNotMatch(run.text, /…/, `${card.id}: cut: ${run.text}`);
      }
      const above = layout.runs.filter((run) => run.y < FOOTER_Y);
      const bottom = Math.max(...above.map((run) => run.y + run.size));
      assert.ok(bottom < FOOTER_Y, `${card.id}: a text runs into the footer`);
      // The title, the value and the caption show whole, every word of them.
      const shown = above.map((run) => run.text).join(" ");
      for (const text of [card.title, card.value, card.caption].filter(Boolean) as string[]) {
        assert.ok(shown.replace(/\s+/g, "").includes(text.replace(/\s+/g, "")), `${card.id}: ${text} not whole`);
      }
      // Each list entry shows whole or not at all, in order.
      let from = 0;
      for (const line of card.lines) {
        const at = shown.replace(/\s+/g, "").indexOf(line.text.replace(/\s+/g, ""), from);
        if (at < 0) {
          break;
        }
        from = at;
      }
      if (layout.art) {
        assert.ok(layout.art.y + layout.art.size <= FOOTER_Y);
      }
    }
  }
});

test("a short recap card uses the image: the artwork and every entry", async () => {
  const { layoutCard } = await import("../src/recap-layout");
  const [, artists] = recapCards(READY, "October 2025", t, "en");
  const layout = layoutCard(artists, measure, "Encore · October 2025", true);
  assert.ok(layout.art);
  const texts = layout.runs.map((run) => run.text);
  for (const line of artists.lines) {
    assert.ok(texts.includes(line.text), line.text);
  }
});
