// The Recap view's cards as data (issue 38): what the page shows and what a
// saved image draws come from the same list, so they never disagree. Pure
// functions, tested in Node (test/recap.test.ts).
import type { Period } from "./api";

export interface RecapEntry {
  rank: number;
  name: string;
  artist: string | null;
  plays: number;
  ms_played: number;
  minutes: number;
  uri: string | null;
  image: string | null;
}

interface Habits {
  top_day: { day: string; minutes: number };
  busiest_weekday: string;
  busiest_hour: number;
  longest_streak: { days: number; start: string; end: string };
  days: number;
}

interface Moment {
  name: string;
  artist: string | null;
  at: string;
}

export interface RecapAnswer {
  status: "ready" | "nothing_to_recap_yet";
  start: string;
  end: string;
  period: Period;
  music: {
    /** The top songs' Spotify URIs, best first (what a playlist of the recap holds). */
    song_uris?: string[];
    plays: number;
    minutes: number;
    artists: number;
    songs: number;
    albums: number;
    top_artists: RecapEntry[];
    top_songs: RecapEntry[];
    top_albums: RecapEntry[];
    habits: Habits;
    discoveries: number;
    top_discoveries: RecapEntry[];
    on_repeat: { song: RecapEntry; week_start: string; plays: number } | null;
    first_song: Moment;
    last_song: Moment;
  } | null;
  podcasts: { minutes: number; shows: number; episodes: number; top_shows: RecapEntry[]; habits: Habits } | null;
  comparison: {
    minutes_change: number;
    direction: "up" | "down" | "same";
    previous_number_one: RecapEntry | null;
    new_number_one: boolean;
  } | null;
  rooms: { name: string; plays: number; minutes: number }[] | null;
  household: {
    listeners: { person: string; minutes: number; number_one_artist: RecapEntry | null; number_one_song: RecapEntry | null }[];
    common_artists: { entry: RecapEntry; people: string[] }[];
  } | null;
}

export interface RecapPeriods {
  months: string[];
  years: number[];
}

/** One card: what the page shows and what its image draws, from the same data. */
export interface RecapCard {
  id: string;
  title: string;
  value?: string;
  caption?: string;
  image?: string | null;
  round?: boolean;
  lines: { text: string; sub?: string; image?: string | null }[];
}

export type Translate = (key: string, placeholders?: Record<string, string | number>) => string;

/** The label of a period the chooser offers: "2025" or "October 2025". */
export function periodLabel(value: string, lang: string): string {
  const [year, month] = value.split("-").map(Number);
  if (!month) {
    return String(year);
  }
  return new Intl.DateTimeFormat(lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );
}

function weekdayName(weekday: string, lang: string): string {
  const index = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].indexOf(weekday);
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, 1 + Math.max(index, 0))),
  );
}

function dayName(day: string, lang: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

function hourName(hour: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { hour: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1, hour)));
}

function entryLines(entries: RecapEntry[], t: Translate): RecapCard["lines"] {
  return entries.map((entry) => ({
    text: `${entry.rank}. ${entry.name}`,
    sub: [
      entry.artist,
      t("recap.entry_sub", {
        minutes: Math.round(entry.minutes),
        plays: entry.plays,
      }),
    ]
      .filter(Boolean)
      .join(" · "),
    image: entry.image,
  }));
}

/** The cards of a recap, in order; those without figures (no rooms, one person) are left out. */
export function recapCards(answer: RecapAnswer, label: string, t: Translate, lang: string): RecapCard[] {
  const cards: RecapCard[] = [];
  const { music, podcasts, comparison, rooms, household } = answer;
  const minutes = (music?.minutes ?? 0) + (podcasts?.minutes ?? 0);
  const intro: RecapCard = {
    id: "intro",
    title: t(household ? "recap.title_household" : "recap.title", { period: label }),
    value: minutes.toLocaleString(lang),
    caption: t("recap.minutes_caption"),
    lines: [],
  };
  if (music) {
    intro.lines.push({
      text: t("recap.counts", {
        plays: music.plays,
        songs: music.songs,
        artists: music.artists,
      }),
    });
  }
  if (comparison) {
    const change = Math.abs(comparison.minutes_change);
    intro.lines.push({ text: t(`recap.change_${comparison.direction}`, { minutes: change }) });
  }
  cards.push(intro);
  if (music) {
    const top = music.top_artists[0];
    cards.push({
      id: "artists",
      title: t("recap.top_artists"),
      value: top?.name,
      image: top?.image,
      round: true,
      caption:
        comparison?.new_number_one && comparison.previous_number_one
          ? t("recap.new_number_one", { name: comparison.previous_number_one.name })
          : undefined,
      lines: entryLines(music.top_artists, t),
    });
    const song = music.top_songs[0];
    cards.push({
      id: "songs",
      title: t("recap.top_songs"),
      value: song?.name,
      caption: song?.artist ?? undefined,
      image: song?.image,
      lines: entryLines(music.top_songs, t),
    });
    if (music.top_albums.length) {
      cards.push({
        id: "albums",
        title: t("recap.top_albums"),
        value: music.top_albums[0].name,
        image: music.top_albums[0].image,
        lines: entryLines(music.top_albums, t),
      });
    }
    const habits = music.habits;
    cards.push({
      id: "habits",
      title: t("recap.habits"),
      value: dayName(habits.top_day.day, lang),
      caption: t("recap.top_day", { minutes: habits.top_day.minutes }),
      lines: [
        { text: t("recap.weekday", { weekday: weekdayName(habits.busiest_weekday, lang) }) },
        { text: t("recap.hour", { hour: hourName(habits.busiest_hour, lang) }) },
        { text: t("recap.streak", { days: habits.longest_streak.days }) },
      ],
    });
    const lines: RecapCard["lines"] = [];
    if (music.on_repeat) {
      lines.push({
        text: t("recap.on_repeat", { name: music.on_repeat.song.name }),
        sub: t("recap.on_repeat_sub", {
          plays: music.on_repeat.plays,
          week: dayName(music.on_repeat.week_start, lang),
        }),
        image: music.on_repeat.song.image,
      });
    }
    lines.push({ text: t("recap.first", { name: music.first_song.name }), sub: music.first_song.artist ?? undefined });
    lines.push({ text: t("recap.last", { name: music.last_song.name }), sub: music.last_song.artist ?? undefined });
    cards.push({
      id: "discoveries",
      title: t("recap.discoveries"),
      value: t("recap.discoveries_value", { count: music.discoveries }),
      caption: music.top_discoveries[0] ? t("recap.biggest", { name: music.top_discoveries[0].name }) : undefined,
      image: music.top_discoveries[0]?.image,
      round: true,
      lines,
    });
  }
  if (podcasts) {
    cards.push({
      id: "podcasts",
      title: t("recap.podcasts"),
      value: podcasts.minutes.toLocaleString(lang),
      caption: t("recap.podcast_caption", { shows: podcasts.shows }),
      image: podcasts.top_shows[0]?.image,
      lines: entryLines(podcasts.top_shows, t),
    });
  }
  if (rooms) {
    cards.push({
      id: "rooms",
      title: t("recap.rooms"),
      value: rooms[0].name,
      lines: rooms.slice(0, 5).map((room) => ({
        text: room.name,
        sub: t("recap.minutes_short", { minutes: room.minutes }),
      })),
    });
  }
  if (household) {
    const first = household.listeners[0];
    cards.push({
      id: "household",
      title: t("recap.household"),
      value: first.person,
      caption: t("recap.listened_most", { minutes: first.minutes }),
      lines: [
        ...household.listeners.slice(0, 4).map((listener) => ({
          text: listener.person,
          sub: [
            t("recap.minutes_short", { minutes: listener.minutes }),
            listener.number_one_artist ? t("recap.number_one", { name: listener.number_one_artist.name }) : "",
          ]
            .filter(Boolean)
            .join(" · "),
        })),
        ...(household.common_artists[0]
          ? [
              {
                text: t("recap.common", { name: household.common_artists[0].entry.name }),
                sub: household.common_artists[0].people.join(", "),
              },
            ]
          : []),
      ],
    });
  }
  return cards;
}
