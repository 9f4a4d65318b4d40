"""The corpus: every phrasing through Home Assistant's real default agent.

Home Assistant's built-in intents are loaded (the `homeassistant`, `intent`
and `conversation` integrations), Encore's sentences installed. Each
positive phrasing must reach the right intent with the right slots and
period, and its answer must hold the names and numbers computed here again,
in plain Python over the plays of `test_voice` (a known dataset with a clear
winner for each question). Each negative must not reach Encore.
"""

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
import re
from typing import Any

import pytest

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent

from custom_components.encore.history.models import PlayKind
from tests.voice import voice_corpus as corpus

from .test_voice import ACCOUNT, PLAYS, Heard, Play, ask, history  # noqa: F401
from .voice_corpus import NOW, PERIODS, TZ, Said

COUNTED_MS = 30_000
LATELY_DAYS = 14


# -- the answers, computed again ------------------------------------------------


def plays_in(
    start: datetime | None, end: datetime, *, counted: bool = True
) -> list[Play]:
    """Ada's streams that ended in [start, end) (a stream belongs to its end)."""
    return [
        play
        for play in PLAYS
        if play.account == ACCOUNT
        and (start is None or start <= play.ended)
        and play.ended < end
        and (play.ms >= COUNTED_MS or not counted)
    ]


def music(plays: list[Play]) -> list[Play]:
    """Only songs."""
    return [play for play in plays if play.kind is PlayKind.TRACK]


def winner(plays: list[Play], key: Callable[[Play], str]) -> tuple[str, int]:
    """The most played name and its plays; the data has a clear winner."""
    ranked = Counter(key(play) for play in plays).most_common(2)
    assert ranked, "no plays in the period"
    assert len(ranked) == 1 or ranked[0][1] > ranked[1][1], f"a tie: {ranked}"
    return ranked[0]


def leaders(plays: list[Play], key: Callable[[Play], str]) -> tuple[list[str], int]:
    """The names level at the top and their plays (the answer names them all)."""
    ranked = Counter(key(play) for play in plays).most_common()
    assert ranked, "no plays in the period"
    return [name for name, count in ranked if count == ranked[0][1]], ranked[0][1]


def top_three(plays: list[Play]) -> list[str]:
    """The artists surely among the three with most plays (ahead of the 4th)."""
    ranked = Counter(p.artist for p in plays).most_common()
    fourth = ranked[3][1] if len(ranked) > 3 else -1
    return [name for name, count in ranked[:3] if count > fourth]


@dataclass(frozen=True, slots=True)
class Words:
    """How an answer in one language says numbers, durations and times."""

    language: str

    def amount(self, count: int) -> str:
        """A top item's plays."""
        if self.language == "de":
            return "einmal" if count == 1 else f"{count} Mal"
        return "1 play" if count == 1 else f"{count} plays"

    def plays(self, count: int) -> str:
        """A number of plays."""
        if self.language == "de":
            return "1 Wiedergabe" if count == 1 else f"{count} Wiedergaben"
        return "1 play" if count == 1 else f"{count} plays"

    def times(self, count: int) -> str:
        """How often."""
        if self.language == "de":
            return {1: "einmal", 2: "zweimal"}.get(count, f"{count} Mal")
        return {1: "once", 2: "twice"}.get(count, f"{count} times")

    def duration(self, ms: int) -> str:
        """Hours and minutes, the minutes rounded as the page rounds them."""
        hours, minutes = divmod((ms + 30_000) // 60_000, 60)
        units = (
            (("Stunde", "Stunden"), ("Minute", "Minuten"))
            if self.language == "de"
            else (("hour", "hours"), ("minute", "minutes"))
        )
        parts = []
        for value, (one, many) in zip((hours, minutes), units, strict=True):
            if value:
                parts.append(f"1 {one}" if value == 1 else f"{value} {many}")
        return (" und " if self.language == "de" else " and ").join(parts)

    def clock(self, moment: datetime) -> str:
        """A clock time."""
        if self.language == "de":
            if moment.minute:
                return f"{moment.hour}:{moment.minute:02d} Uhr"
            return f"{moment.hour} Uhr"
        hour = moment.hour % 12 or 12
        suffix = "AM" if moment.hour < 12 else "PM"
        if moment.minute:
            return f"{hour}:{moment.minute:02d} {suffix}"
        return f"{hour} {suffix}"

    def when(self, moment: datetime) -> str:
        """A day and time as the answers say it."""
        day = moment.date()
        clock = self.clock(moment)
        today = NOW.date()
        if self.language == "de":
            months = (
                *("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli"),
                *("August", "September", "Oktober", "November", "Dezember"),
            )
            if day == today:
                return f"heute um {clock}"
            if day == today - timedelta(days=1):
                return f"gestern um {clock}"
            text = f"{day.day}. {months[day.month - 1]}"
            return f"am {text}{'' if day.year == today.year else f' {day.year}'} um {clock}"
        if day == today:
            return f"today at {clock}"
        if day == today - timedelta(days=1):
            return f"yesterday at {clock}"
        text = f"{day:%B} {day.day}"
        return (
            f"on {text}{'' if day.year == today.year else f', {day.year}'} at {clock}"
        )

    def percent(self, share: float) -> str:
        """A share."""
        return (
            f"{round(share * 100)} {'Prozent' if self.language == 'de' else 'percent'}"
        )

    def count(self, value: int, one: str, many: str) -> str:
        """A count of different things."""
        return one if value == 1 else many.format(n=value)


def named_plays(name: str, plays: list[Play]) -> list[Play]:
    """The plays a name means: an artist, a show, a track, "track by artist", an album."""
    folded = name.casefold().replace("é", "e").replace(" von ", " by ")
    title, _, artist = folded.partition(" by ")

    def fold(text: str | None) -> str:
        return (text or "").casefold().replace("é", "e")

    if artist:
        return [p for p in plays if fold(p.title) == title and fold(p.artist) == artist]
    by_artist = [p for p in plays if fold(p.artist) == folded]
    by_title = [p for p in plays if fold(p.title) == folded]
    return by_artist or by_title or [p for p in plays if fold(p.album) == folded]


def known_name(name: str) -> bool:
    """Whether the history holds the name at all (the writers may ask for others)."""
    return bool(named_plays(name, plays_in(None, NOW, counted=False)))


def of_content(plays: list[Play], content: str | None) -> list[Play]:
    """The plays of the content said: songs, podcast episodes, or all."""
    if content == "music":
        return music(plays)
    if content == "podcasts":
        return [play for play in plays if play.kind is PlayKind.EPISODE]
    return plays


# When a day part begins (by the hour a play ends, as the usual hour counts).
DAY_PARTS = (("night", 0), ("morning", 5), ("afternoon", 12), ("evening", 18))
DAY_PART_WORDS = {
    "en": {
        "night": "at night",
        "morning": "in the mornings",
        "afternoon": "in the afternoons",
        "evening": "in the evenings",
    },
    "de": {
        "night": "nachts",
        "morning": "morgens",
        "afternoon": "nachmittags",
        "evening": "abends",
    },
}
WEEK_PART_WORDS = {
    "en": {"weekend": "at weekends", "weekday": "on weekdays"},
    "de": {"weekend": "am Wochenende", "weekday": "unter der Woche"},
}


def minute_cells(plays: list[Play]) -> dict[tuple[int, int], int]:
    """Minutes listened per (weekday, hour) a play ended in, rounded per cell."""
    cells: Counter[tuple[int, int]] = Counter()
    for play in plays:
        ended = play.ended.astimezone(TZ)
        cells[(ended.weekday(), ended.hour)] += play.ms
    return {cell: (ms + 30_000) // 60_000 for cell, ms in cells.items()}


def day_part(hour: int) -> str:
    """The part of the day an hour is in."""
    return [name for name, first in DAY_PARTS if first <= hour][-1]


# Families whose figures change with the content said ("songs" never counts
# an episode, issue 45).
_BY_CONTENT = frozenset(
    {
        "listening_time",
        "peak",
        "plays",
        "what_played",
        "compare_day_parts",
        "compare_week",
        "first_in",
        "last_in",
        "first_today",
    }
)
# Families about one name.
_NAMED = frozenset({"play_count", "did_i", "first_play", "last_play"})
# Issue 35: "music", "songs", "tracks" are tracks only; plain listening is
# everything.
_MUSIC_WORDS = re.compile(
    # "Records" are music, but "the records" or "my records" may be the
    # history itself (Encore reads them so too).
    r"\b(music|songs|tracks|tunes|(?<!my )(?<!our )(?<!the )records|musik|lieder|songs"
    # Music as the dialects say it ("Musigg", "Musi", "Musig": the
    # Palatinate, Bavaria, Baden): music all the same, and Encore reads it so.
    r"|musigg|musig|musi|mussik"
    r"|titel)\b",
    re.IGNORECASE,
)
# A period's first or last "song", "track", "Lied" is one (issue 45): never
# an episode.
_ONE_SONG = re.compile(
    r"\b(music|songs?|tracks?|tunes?|musik|lied(er)?|titel|stück)\b", re.IGNORECASE
)
# The parts of a day a question names ("more of a morning or an evening
# person", "morgens oder abends").
_PART_SAID = {
    "morning": "morning",
    "mornings": "morning",
    "morgens": "morning",
    "morgen": "morning",
    "vormittags": "morning",
    "früh": "morning",
    "afternoon": "afternoon",
    "afternoons": "afternoon",
    "nachmittags": "afternoon",
    "nachmittag": "afternoon",
    "evening": "evening",
    "evenings": "evening",
    "abends": "evening",
    "abend": "evening",
    "night": "night",
    "nights": "night",
    "nachts": "night",
    "nacht": "night",
}
_PART_SAID_WORDS = re.compile(
    # German joins a part to its listener: "ein Morgenhörer", "Abendmensch".
    r"\b("
    + "|".join(sorted(_PART_SAID, key=len, reverse=True))
    + r")(?:hörer\w*|mensch\w*)?\b",
    re.IGNORECASE,
)
# Both said ("songs and podcasts and everything") is everything (issue 45).
# "Songs and talking programmes and all" (writer 118) counts both: a radio
# programme is the older word for a show.
_PODCAST_WORDS = re.compile(
    r"\b(podcasts?|pods|episodes?|eps|shows|folgen|programmes|programs"
    # "Musik und Sendungen zusammen" (blind writer 551): the shows beside
    # the music, so everything, as Encore counts it.
    r"|talking programmes|sendungen)\b",
    re.IGNORECASE,
)


def expected(
    family: str,
    words: Words,
    said: Said | None,
    name: str | None,
    *,
    text: str = "",
    content: str | None = None,
) -> list[str]:
    """The names and numbers an answer must hold.

    `content`: "music" or "podcasts" when the question limits itself to one
    (the fresh corpus labels it); else "music", "songs" said in a listening
    time, a usual hour or what was played mean songs.
    """
    start, end = (said.start, said.end) if said else (None, NOW)
    counted = plays_in(start, end)
    if content is None and family in (
        "listening_time",
        "peak",
        "plays",
        "what_played",
        "compare_day_parts",
        "compare_week",
    ):
        # "How many songs": songs only, never an episode (issue 45); "what
        # music did I listen to" sums up the music alone (its fourth turn).
        songs_said = _MUSIC_WORDS.search(text) and not _PODCAST_WORDS.search(text)
        content = "music" if songs_said else None
    elif content is None and family in ("first_in", "last_in", "first_today"):
        songs_said = _ONE_SONG.search(text) and not _PODCAST_WORDS.search(text)
        content = "music" if songs_said else None
    music_only = content is not None and family in _BY_CONTENT
    if music_only:
        counted = of_content(counted, content)
    songs = music(counted)
    de = words.language == "de"
    if name is not None and family in _NAMED and not known_name(name):
        # A name the history does not hold: the answer says so.
        return ["nichts namens" if de else "nothing called"]
    match family:
        case "top_artists" | "taste" | "what_played" if not songs:
            raise AssertionError(f"no music in {said}")
        case "top_artists":
            artists, count = leaders(songs, lambda p: p.artist)
            return [*artists, words.amount(count)]
        case "top_tracks" | "on_repeat":
            if family == "on_repeat":
                songs = music(
                    plays_in(
                        datetime.combine(
                            NOW.date() - timedelta(days=LATELY_DAYS - 1),
                            datetime.min.time(),
                            TZ,
                        ),
                        NOW,
                    )
                )
            titles, count = leaders(songs, lambda p: f"{p.title}")
            return [*titles, words.amount(count)]
        case "top_albums":
            albums, count = leaders(songs, lambda p: str(p.album))
            return [*albums, words.amount(count)]
        case "top_podcasts":
            episodes = of_content(counted, "podcasts")
            shows, count = leaders(episodes, lambda p: p.artist)
            return [*shows, words.amount(count)]
        case "recap":
            # A recap names one top artist: any of those level at the top.
            artists, _ = leaders(songs, lambda p: p.artist)
            return ["|".join(artists)]
        case "compare_day_parts":
            by_part: Counter[str] = Counter()
            for (_, hour), minutes in minute_cells(counted).items():
                by_part[day_part(hour)] += minutes
            named = {
                _PART_SAID[word.casefold()] for word in _PART_SAID_WORDS.findall(text)
            }
            if len(named) > 1:
                # "Mornings or evenings": the parts named, weighed alone.
                by_part = Counter({part: by_part[part] for part in named})
            (first, most), (_, second) = by_part.most_common(2)
            assert most > second, f"a tie: {by_part}"
            return [
                DAY_PART_WORDS[words.language][first],
                words.duration(most * 60_000),
            ]
        case "compare_week":
            weekend = weekday = 0
            for (day, _), minutes in minute_cells(counted).items():
                if day >= 5:
                    weekend += minutes
                else:
                    weekday += minutes
            assert weekend + weekday, "no plays"
            # More per day: two weekend days against five weekdays.
            more = "weekend" if weekend / 2 > weekday / 5 else "weekday"
            return [
                WEEK_PART_WORDS[words.language][more],
                words.percent(weekend / (weekend + weekday)),
            ]
        case "listening_time" if counted:
            # The counted plays' time, as every view says it (issue 43.3).
            return [
                words.duration(sum(p.ms for p in counted)),
                words.plays(len(counted)),
            ]
        case "plays" | "listening_time" if not counted:
            # None at all is said as none ("I found no podcast plays
            # yesterday", "keine Wiedergaben"), never as a count of zero.
            return ["keine|kein" if de else "no "]
        case "plays":
            return [words.plays(len(counted))]
        case "artists_count":
            n = len({p.artist for p in songs})
            return [
                words.count(
                    n,
                    "1 Künstler" if de else "1 artist",
                    "{n} verschiedene Künstler" if de else "{n} different artists",
                )
            ]
        case "songs_count":
            n = len({(p.title, p.artist) for p in songs})
            return [
                words.count(
                    n,
                    "1 Song" if de else "1 song",
                    "{n} verschiedene Songs" if de else "{n} different songs",
                )
            ]
        case "play_count":
            assert name is not None
            found = named_plays(name, counted)
            if not found:
                return ["keine Wiedergaben" if de else "no plays of"]
            return [words.times(len(found))]
        case "did_i":
            assert name is not None
            found = named_plays(name, counted)
            if not found:
                return ["Nein" if de else "No, "]
            return ["Ja" if de else "Yes", words.times(len(found))]
        case "what_played":
            artists, _ = leaders(songs, lambda p: p.artist)
            return [
                *artists[:3],
                words.plays(len(counted)),
                words.duration(sum(p.ms for p in counted)),
            ]
        case "taste":
            return top_three(songs)
        case "peak":
            cells: Counter[tuple[int, int]] = Counter()
            for play in counted:
                ended = play.ended.astimezone(TZ)
                cells[(ended.weekday(), ended.hour)] += play.ms
            minutes = {cell: (ms + 30_000) // 60_000 for cell, ms in cells.items()}
            by_hour = [
                sum(v for (_, h), v in minutes.items() if h == hour)
                for hour in range(24)
            ]
            by_day = [
                sum(v for (d, _), v in minutes.items() if d == day) for day in range(7)
            ]
            hour = by_hour.index(max(by_hour))
            weekday = date(2024, 1, 1 + by_day.index(max(by_day)))  # a Monday
            weekday_names = (
                "montag",
                "dienstag",
                "mittwoch",
                "donnerstag",
                "freitag",
                "samstag",
                "sonntag",
            )
            day_word = (
                f"{weekday_names[weekday.weekday()]}s" if de else f"{weekday:%A}s"
            )
            return [words.clock(datetime(2024, 1, 1, hour, tzinfo=TZ)), day_word]
        case "new_artists":
            first_seen: dict[str, datetime] = {}
            for play in music(plays_in(None, NOW)):
                first_seen[play.artist] = min(
                    first_seen.get(play.artist, play.ended), play.ended
                )
            new = [
                a
                for a, seen in first_seen.items()
                if (start is None or start <= seen) and seen < end
            ]
            if not new:
                return ["keine neuen Künstler" if de else "no new artists"]
            first, _ = winner([p for p in songs if p.artist in new], lambda p: p.artist)
            many = f"{len(new)} {'neue Künstler' if de else 'new artists'}"
            return [first, many if len(new) > 1 else first]
        case "skips":
            every = plays_in(start, end, counted=False)
            skipped = sum(1 for p in every if p.ms < COUNTED_MS)
            return [
                words.percent(skipped / len(every)),
                f"{skipped} {'von' if de else 'of'} {len(every)}",
            ]
        case "repeat":
            distinct = len({(p.title, p.artist) for p in songs})
            assert songs, "no music"
            return [words.percent((len(songs) - distinct) / len(songs))]
        case "most_skipped" | "most_skipped_artist":
            every = music(plays_in(start, end, counted=False))
            of = (
                (lambda p: p.artist)
                if family == "most_skipped_artist"
                else (lambda p: p.title)
            )
            skips = Counter(of(p) for p in every if p.ms < COUNTED_MS)
            streams = Counter(of(p) for p in every)
            # Most skips first; on a tie, fewer streams (more of it skipped).
            ranked = sorted(skips, key=lambda key: (-skips[key], streams[key]))
            assert ranked, "no skips in the period"
            first = ranked[0]
            if len(ranked) > 1:
                second = ranked[1]
                assert (skips[first], streams[first]) != (
                    skips[second],
                    streams[second],
                ), f"a tie: {first}, {second}"
            stream_word = "Wiedergabe" if de else "stream"
            total = (
                f"1 {stream_word}"
                if streams[first] == 1
                else f"{streams[first]} {stream_word}{'n' if de else 's'}"
            )
            if de:
                return [first, f"{skips[first]} von {total}"]
            return [first, f"skipped {words.times(skips[first])} out of {total}"]
        case "first_in" | "last_in" | "first_today":
            if family == "first_today":
                start, end = PERIODS["today"].start, PERIODS["today"].end
                counted = plays_in(start, end)
                if music_only:
                    counted = of_content(counted, content)
            assert counted, "no plays in the period"
            # The first or last play to end in the period (a stream belongs
            # to the period in which it ended).
            chosen = (
                min(counted, key=lambda p: p.ended)
                if family != "last_in"
                else max(counted, key=lambda p: p.ended)
            )
            return [chosen.title, words.clock(chosen.started)]
        case "first_play" | "last_play":
            assert name is not None
            found = named_plays(name, counted)
            chosen = (
                min(found, key=lambda p: p.started)
                if family == "first_play"
                else max(found, key=lambda p: p.started)
            )
            return [words.when(chosen.started)]
        case "last_song":
            last = max(counted, key=lambda p: p.started)
            return [last.title, words.when(last.started)]
        case "streak":
            days = sorted({p.ended.astimezone(TZ).date() for p in counted})
            longest = run = 0
            previous: date | None = None
            for day in days:
                run = run + 1 if previous and day == previous + timedelta(days=1) else 1
                longest = max(longest, run)
                previous = day
            current = 0
            cursor = (
                NOW.date() if NOW.date() in days else NOW.date() - timedelta(days=1)
            )
            while cursor in days:
                current += 1
                cursor -= timedelta(days=1)
            unit = "Tage" if de else "days"
            return [f"{current} {unit}", f"{longest} {unit}"]
    raise AssertionError(family)


# -- what each family must reach --------------------------------------------------

SLOTS: dict[str, tuple[str, dict[str, Any]]] = {
    "top_artists": ("EncoreTopItems", {"kind": "artist"}),
    "top_tracks": ("EncoreTopItems", {"kind": "track"}),
    "top_albums": ("EncoreTopItems", {"kind": "album"}),
    "on_repeat": ("EncoreTopItems", {"kind": "track"}),
    "listening_time": ("EncoreListeningTime", {}),
    "plays": ("EncoreHowMany", {"counted": "plays"}),
    "artists_count": ("EncoreHowMany", {"counted": "artists"}),
    "songs_count": ("EncoreHowMany", {"counted": "songs"}),
    "play_count": ("EncorePlayCount", {}),
    "did_i": ("EncoreDidIListen", {}),
    "what_played": ("EncoreWhatPlayed", {}),
    "playing_at": ("EncoreWhatPlayed", {}),
    "taste": ("EncoreTasteSummary", {}),
    "peak": ("EncoreHabits", {"habit": "peak"}),
    "new_artists": ("EncoreHabits", {"habit": "new_artists"}),
    "skips": ("EncoreHabits", {"habit": "skips"}),
    "repeat": ("EncoreHabits", {"habit": "repeat"}),
    "streak": ("EncoreHabits", {"habit": "streak"}),
    "first_play": ("EncoreFirstLastPlay", {"which": "first"}),
    "last_play": ("EncoreFirstLastPlay", {"which": "last"}),
    "last_song": ("EncoreFirstLastPlay", {"which": "last"}),
    "most_skipped": ("EncoreHabits", {"habit": "most_skipped", "kind": "track"}),
    "most_skipped_artist": (
        "EncoreHabits",
        {"habit": "most_skipped", "kind": "artist"},
    ),
    "first_in": ("EncoreFirstLastPlay", {"which": "first"}),
    "last_in": ("EncoreFirstLastPlay", {"which": "last"}),
    "first_today": ("EncoreFirstLastPlay", {"which": "first"}),
    "top_podcasts": ("EncoreTopItems", {"kind": "show"}),
    "recap": ("EncoreRecap", {}),
    "compare_day_parts": ("EncoreHabits", {"habit": "day_parts"}),
    "compare_week": ("EncoreHabits", {"habit": "week_parts"}),
}
# What "what was playing at ..." asks about, and when.
MOMENTS = {
    "what was playing at 8 pm yesterday": datetime(2026, 11, 19, 20, tzinfo=TZ),
    "what was I listening to yesterday at 8 pm": datetime(2026, 11, 19, 20, tzinfo=TZ),
    "what song was on at 8 last night": datetime(2026, 11, 19, 20, tzinfo=TZ),
    "what was playing yesterday at 7:50 pm": datetime(2026, 11, 19, 19, 50, tzinfo=TZ),
    "what did I listen to at 8:30 this morning": datetime(
        2026, 11, 20, 8, 30, tzinfo=TZ
    ),
    "what was playing at 5:30 pm": datetime(2026, 11, 20, 17, 30, tzinfo=TZ),
    "was lief gestern um 20 Uhr": datetime(2026, 11, 19, 20, tzinfo=TZ),
    "was habe ich gestern um 20 Uhr gehört": datetime(2026, 11, 19, 20, tzinfo=TZ),
    "was lief heute um 17:30 Uhr": datetime(2026, 11, 20, 17, 30, tzinfo=TZ),
}


@dataclass(frozen=True, slots=True)
class Case:
    """One phrasing, what it asks, and with which time and name."""

    text: str
    family: str
    said: Said | None
    name: str | None = None
    moment: datetime | None = None
    """For "what was playing at ...": the moment meant (else from MOMENTS)."""
    content: str | None = None
    """"music" or "podcasts" when the question limits itself to one."""


def cases(language: str) -> Iterator[Case]:
    """Every positive phrasing of a language."""
    families = corpus.EN if language == "en" else corpus.DE
    fixed = corpus.EN_FIXED if language == "en" else corpus.DE_FIXED
    for family, templates in families.items():
        for index, template in enumerate(templates):
            periods = corpus.FAMILY_PERIODS[family]
            if "{when}" not in template:
                periods = periods[:1]
            for turn, key in enumerate(periods):
                said = PERIODS[key]
                names = corpus.NAMES.get(family, [None])
                name = names[(index + turn) % len(names)]
                if name and language == "de":
                    name = name.replace(" by ", " von ")
                text = template.format(when=getattr(said, language), name=name)
                yield Case(
                    text,
                    family,
                    said if "{when}" in template else PERIODS["all_time"],
                    name,
                )
    for family, templates in fixed.items():
        for index, template in enumerate(templates):
            names = corpus.NAMES.get(family, [None])
            for turn in range(len(names) if names != [None] else 1):
                name = names[(index + turn) % len(names)]
                yield Case(template.format(name=name), family, None, name)
    if language == "en":
        for misheard, name in corpus.MISHEARD.items():
            yield Case(
                f"how many times did I play {misheard} this year",
                "play_count",
                PERIODS["this_year"],
                name,
            )


@dataclass
class Tally:
    """Per family: asked, understood, correct; and what went wrong."""

    asked: Counter[str] = field(default_factory=Counter)
    understood: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    stated_wrong: Counter[str] = field(default_factory=Counter)
    """Answers that stated something not right (not a question back)."""
    wrong: list[str] = field(default_factory=list)
    fell_to: Counter[str] = field(default_factory=Counter)
    """Where the questions not understood went: an intent and its slot names."""


# Marks a miss the answer stated as a fact (not a question back) in the report.
_WRONG_FACT = "WRONG FACT, "


def fell_to(response: intent.IntentResponse) -> str:
    """Where a sentence went: an intent and its slot names, or why none.

    A home-control sentence that matched but whose area or name does not
    exist answers "not aware of any area called ..." with no intent.
    """
    if response.intent is not None:
        slots = ", ".join(sorted(response.intent.slots))
        return f"{response.intent.intent_type}({slots})"
    match response.error_code:
        case intent.IntentResponseErrorCode.NO_VALID_TARGETS:
            return "a home-control sentence: no such area or name"
        case intent.IntentResponseErrorCode.NO_INTENT_MATCH:
            return "no sentence matched"
        case code:
            return f"no intent: {code}"


def _same(value: Any, moment: datetime | None) -> bool:
    if moment is None:
        return value is None
    return value is not None and datetime.fromisoformat(value) == moment


def _summer_song(case: Case, heard: Heard) -> bool:
    """Whether "my song of the summer" was answered by the summer's recap.

    Encore's summer recap (`sentences/recap/`, "what was my song of the
    summer") names the summer's most played song and its count: the answer
    a top-tracks question over the summer asks for, said its own way. The
    period is checked as for any answer.
    """
    return (
        case.family == "top_tracks"
        and case.said is not None
        and case.said.start is not None
        and case.said.start.month == 6
        and heard.intent == "EncoreRecap"
        and heard.slots.get("recap") == "summer"
    )


async def run_case(
    hass: HomeAssistant, case: Case, language: str, tally: Tally
) -> None:
    """Ask one phrasing; count whether it was understood and answered right."""
    tally.asked[case.family] += 1
    heard = await ask(hass, case.text, language)
    intent_type, slots = SLOTS[case.family]
    data = heard.response.speech_slots or {}
    understood = heard.intent == intent_type and all(
        heard.slots.get(key) == value for key, value in slots.items()
    )
    summer_song = _summer_song(case, heard)
    understood = understood or summer_song
    if understood and case.family == "playing_at":
        understood = _same(data.get("moment"), case.moment or MOMENTS[case.text])
    elif understood and case.said is not None and "period" in data:
        understood = _same(data["period"]["start"], case.said.start) and _same(
            data["period"]["end"], case.said.end
        )
    stated = heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    if not understood:
        tally.stated_wrong[case.family] += stated
        tally.fell_to[fell_to(heard.response)] += 1
        tally.wrong.append(
            f"{_WRONG_FACT * stated}not understood: {case.text!r} -> {heard.intent} {heard.slots} {data.get('period')} :: {heard.speech}"
        )
        return
    tally.understood[case.family] += 1
    words = Words(language)
    if case.family == "playing_at":
        moment = case.moment or MOMENTS[case.text]
        playing = [
            p for p in PLAYS if p.account == ACCOUNT and p.started <= moment < p.ended
        ]
        if playing:
            figures = [playing[0].title]
        else:
            figures = ["lief nichts" if language == "de" else "Nothing was playing"]
    else:
        said = (
            case.said
            if case.family not in ("first_play", "last_play", "last_song", "streak")
            else None
        )
        try:
            figures = expected(
                case.family,
                words,
                said,
                case.name,
                text=case.text,
                content=case.content,
            )
        except AssertionError as err:
            tally.wrong.append(f"test data: {case.text!r}: {err}")
            return
    if summer_song:
        # The recap says the count its way: "..., played 16 times".
        figures = [
            re.sub(r"^(\d+) plays$", r"played \1 times", figure) for figure in figures
        ]
    # "A|B": any of them (a recap names one of the artists level at the top).
    missing = [
        figure
        for figure in figures
        if not any(one in heard.speech for one in figure.split("|"))
    ]
    if missing:
        tally.stated_wrong[case.family] += stated
        tally.wrong.append(
            f"{_WRONG_FACT * stated}wrong: {case.text!r} lacks {missing} :: {heard.speech}"
        )
        return
    tally.correct[case.family] += 1


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize("language", ["en", "de"])
async def test_corpus(hass: HomeAssistant, language: str) -> None:
    """Every phrasing is understood and answered with the right figures."""
    tally = Tally()
    for case in cases(language):
        await run_case(hass, case, language, tally)
    asked = sum(tally.asked.values())
    assert asked >= (400 if language == "en" else 200)
    assert not tally.wrong, "\n".join([f"{len(tally.wrong)} of {asked}:", *tally.wrong])


async def captured_negatives(hass: HomeAssistant, language: str) -> list[str]:
    """The negative sentences of a language that reached Encore."""
    captured = []
    sentences = corpus.NEGATIVES_EN if language == "en" else corpus.NEGATIVES_DE
    for text in sentences:
        heard = await ask(hass, text, language)
        if heard.intent and heard.intent.startswith("Encore"):
            captured.append(f"{text!r} -> {heard.intent}")
    return captured


@pytest.mark.usefixtures("history")
async def test_negatives_stay_home_assistants(hass: HomeAssistant) -> None:
    """Home and media control, weather, timers: never Encore's."""
    captured = [
        *await captured_negatives(hass, "en"),
        *await captured_negatives(hass, "de"),
    ]
    assert len(corpus.NEGATIVES_EN) + len(corpus.NEGATIVES_DE) >= 100
    assert not captured, "\n".join(captured)
