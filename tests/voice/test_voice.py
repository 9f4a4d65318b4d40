"""Assist: each sentence family reaches its intent and answers from real plays.

The plays are a year and a half of listening, made deterministically; every
expected answer is computed here again, in plain Python over those plays.
"""

from collections import Counter
from collections.abc import AsyncGenerator, Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
import hashlib
from pathlib import Path
import random
import re
from typing import Any
from zoneinfo import ZoneInfo

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import conversation
from homeassistant.config_entries import ConfigEntryDisabler, ConfigEntryState
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import area_registry as ar, entity_registry as er, intent
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.encore.const import (
    CONF_INSTALL_SENTENCES,
    CONF_KIND,
    CONF_PERSONS,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.history.manager import HistoryManager, async_get_manager
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from custom_components.encore.history.store.writes import WriterState
from custom_components.encore.voice.answers import PeriodWords, Wording, pick_language
from custom_components.encore.voice.ask import moment_asked

ACCOUNT = "ada_listener"
OTHER_ACCOUNT = "media_player:media_player.kitchen"
TIME_ZONE = "Europe/Berlin"
TZ = ZoneInfo(TIME_ZONE)
# A Friday evening.
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=TZ)
TODAY = NOW.date()
# Spotify's rule: a play counts from 30 seconds on.
COUNTED_MS = 30_000

CATALOG: dict[str, list[tuple[str, str, int]]] = {
    "Daft Punk": [
        ("One More Time", "Discovery", 320_000),
        ("Around the World", "Homework", 429_000),
        ("Digital Love", "Discovery", 301_000),
        ("Da Funk", "Homework", 328_000),
    ],
    "Justice": [
        ("Genesis", "Cross", 234_000),
        ("Phantom", "Cross", 262_000),
        ("D.A.N.C.E.", "Cross", 242_000),
    ],
    "Air": [
        ("La femme d'argent", "Moon Safari", 429_000),
        ("Sexy Boy", "Moon Safari", 298_000),
    ],
    "Queen": [
        ("Bohemian Rhapsody", "A Night at the Opera", 354_000),
        ("Don't Stop Me Now", "Jazz", 209_000),
    ],
    "Café Tacvba": [("Eres", "Cuatro Caminos", 257_000)],
}
WEIGHTS = {"Daft Punk": 9, "Justice": 6, "Air": 4, "Queen": 3, "Café Tacvba": 1}
SHOW = "The Daily"
# Picked so that no ranking the tests read has a tie at the top.
SEED = 20261125


@dataclass(frozen=True, slots=True)
class Play:
    """A stored play, as the tests see it."""

    account: str
    started: datetime
    ms: int
    kind: PlayKind
    title: str
    artist: str
    album: str | None

    @property
    def ended(self) -> datetime:
        """When it stopped."""
        return self.started + timedelta(milliseconds=self.ms)

    @property
    def counted(self) -> bool:
        """Whether it counts as a play (30 seconds or more)."""
        return self.ms >= COUNTED_MS

    def record(self) -> PlayRecord:
        """The record a collector or importer would store."""
        start_ms = int(self.started.timestamp() * 1000)
        # One id per song: the start of a digest, unlike the start of the
        # names (Digital Love and Da Funk begin alike).
        slug = hashlib.sha256(f"{self.artist}-{self.title}".encode()).hexdigest()[:22]
        return PlayRecord(
            account=self.account,
            source=Source.EXPORT_EXTENDED,
            ended_at=start_ms + self.ms,
            ms_played=self.ms,
            kind=self.kind,
            title=self.title,
            artist=self.artist,
            album=self.album,
            item_uri=f"spotify:{'episode' if self.kind else 'track'}:{slug}",
            device="Kitchen",
            skipped=not self.counted,
            started_at=start_ms,
        )


def _session(
    rng: random.Random, start: datetime, count: int, account: str = ACCOUNT
) -> list[Play]:
    """Plays back to back from `start`; some are skipped after a few seconds."""
    plays: list[Play] = []
    moment = start
    for _ in range(count):
        if rng.random() < 0.06:
            title = f"Episode {rng.randint(1, 400)}"
            play = Play(account, moment, 1_500_000, PlayKind.EPISODE, title, SHOW, None)
        else:
            artist = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
            songs = CATALOG[artist]
            # The first songs of an artist are the favourites.
            title, album, length = rng.choices(
                songs, weights=[5, 3, 2, 1][: len(songs)]
            )[0]
            skipped = rng.random() < 0.12
            ms = rng.randint(4, 25) * 1000 if skipped else length
            play = Play(account, moment, ms, PlayKind.TRACK, title, artist, album)
        plays.append(play)
        moment = play.ended + timedelta(seconds=1)
    return plays


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def _played(
    start: datetime, *songs: tuple[str, str] | tuple[str, str, int]
) -> list[Play]:
    """Songs back to back from `start`; a third value is a skip's milliseconds."""
    plays: list[Play] = []
    moment = start
    for song in songs:
        artist, title = song[0], song[1]
        if artist == SHOW:
            play = Play(ACCOUNT, moment, 1_500_000, PlayKind.EPISODE, title, SHOW, None)
        else:
            album, length = next(
                (album, length)
                for name, album, length in CATALOG[artist]
                if name == title
            )
            ms = song[2] if len(song) == 3 else length
            play = Play(ACCOUNT, moment, ms, PlayKind.TRACK, title, artist, album)
        plays.append(play)
        moment = play.ended + timedelta(seconds=1)
    return plays


def make_plays() -> list[Play]:
    """A year and a half of listening, the same every time."""
    rng = random.Random(SEED)  # noqa: S311 - test data, not secrets
    plays: list[Play] = []
    day = date(2025, 1, 1)
    while day < TODAY - timedelta(days=1):
        if day.year == 2025 and day.toordinal() % 3 == 0:
            plays += _session(rng, _at(day, rng.choice((8, 12, 21))), 2)
        elif day.year == 2026 and day.month < 11 and day.toordinal() % 4 == 0:
            plays += _session(rng, _at(day, rng.choice((8, 12, 21))), 3)
        elif day.year == 2026 and day.month == 11:
            plays += _session(rng, _at(day, rng.choice((8, 12, 21))), rng.randint(4, 6))
        day += timedelta(days=1)
    # Yesterday evening over 8 PM (Sexy Boy plays from 19:59:18 to 20:04:16),
    # and today's morning and afternoon: written out, their answers are plain.
    plays += _played(
        _at(TODAY - timedelta(days=1), 19, 45),
        ("Daft Punk", "One More Time"),
        ("Daft Punk", "Digital Love"),
        ("Justice", "Genesis"),
        ("Air", "Sexy Boy"),
        ("Daft Punk", "Around the World"),
        ("Justice", "Phantom", 12_000),
        ("Justice", "D.A.N.C.E."),
    )
    plays += _played(
        _at(TODAY, 8),
        ("Queen", "Don't Stop Me Now"),
        ("Daft Punk", "Da Funk"),
        ("Air", "La femme d'argent"),
        ("Justice", "Genesis", 8_000),
        ("Daft Punk", "One More Time"),
        (SHOW, "Episode 12"),
    )
    plays += _played(
        _at(TODAY, 17),
        ("Daft Punk", "Digital Love"),
        ("Justice", "Phantom"),
        ("Daft Punk", "Around the World"),
        ("Air", "Sexy Boy"),
        ("Justice", "Genesis"),
        ("Daft Punk", "Da Funk", 20_000),
    )
    # Another account's plays: never in Ada's answers.
    plays += _session(rng, _at(TODAY, 10), 10, OTHER_ACCOUNT)
    return plays


PLAYS = make_plays()


# -- the expected answers, computed again --------------------------------------


def period_days(name: str) -> tuple[date, date]:
    """First and last local day of a named period."""
    monday = TODAY - timedelta(days=TODAY.weekday())
    first_of_month = TODAY.replace(day=1)
    last_month_end = first_of_month - timedelta(days=1)
    return {
        "today": (TODAY, TODAY),
        "yesterday": (TODAY - timedelta(days=1), TODAY - timedelta(days=1)),
        "this_week": (monday, TODAY),
        "last_week": (monday - timedelta(days=7), monday - timedelta(days=1)),
        "this_month": (first_of_month, TODAY),
        "last_month": (last_month_end.replace(day=1), last_month_end),
        "this_year": (date(TODAY.year, 1, 1), TODAY),
        "last_year": (date(TODAY.year - 1, 1, 1), date(TODAY.year - 1, 12, 31)),
        "all_time": (date(2000, 1, 1), TODAY),
    }[name]


def mine(period: str = "all_time", *, counted: bool = True) -> list[Play]:
    """Ada's plays in a period (sessions never cross midnight)."""
    first, last = period_days(period)
    return [
        play
        for play in PLAYS
        if play.account == ACCOUNT
        and first <= play.started.date() <= last
        and (play.counted or not counted)
    ]


def ranking(plays: Iterable[Play], key: Callable[[Play], str]) -> list[tuple[str, int]]:
    """Names by plays, most first; the test data has no ties at the top."""
    ranked = Counter(key(play) for play in plays).most_common()
    counts = [count for _name, count in ranked[:4]]
    assert len(set(counts)) == len(counts), f"tie in the test data: {ranked[:4]}"
    return ranked


def tracks(plays: Iterable[Play]) -> list[Play]:
    """Only music."""
    return [play for play in plays if play.kind is PlayKind.TRACK]


def duration(ms: int) -> str:
    """How an English answer says a duration (minutes rounded, as the page rounds)."""
    hours, minutes = divmod((ms + 30_000) // 60_000, 60)
    parts = []
    if hours:
        parts.append("1 hour" if hours == 1 else f"{hours} hours")
    if minutes:
        parts.append("1 minute" if minutes == 1 else f"{minutes} minutes")
    return " and ".join(parts)


def times(count: int) -> str:
    """How an English answer says a count of plays."""
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def clock(moment: datetime) -> str:
    """How an English answer says a clock time."""
    hour = moment.hour % 12 or 12
    suffix = "AM" if moment.hour < 12 else "PM"
    return (
        f"{hour}:{moment.minute:02d} {suffix}" if moment.minute else f"{hour} {suffix}"
    )


def spoken_date(day: date) -> str:
    """How an English answer says a day: without the year in the current one."""
    text = f"{day:%B} {day.day}"
    return text if day.year == TODAY.year else f"{text}, {day.year}"


# -- Home Assistant with the history and the sentences -------------------------


async def store(manager: HistoryManager, plays: list[Play]) -> None:
    """Store plays like the importer does, one account per batch."""
    for account in sorted({play.account for play in plays}):
        records = [play.record() for play in plays if play.account == account]

        def write(
            conn: Any, state: WriterState, batch: list[PlayRecord] = records
        ) -> None:
            state.insert_records(conn, batch)

        await manager.async_write(write)


async def async_setup_history(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    config_dir: Path,
    *,
    ada_entry: bool = True,
) -> MockConfigEntry:
    """The history entry (sentences on), Ada's account, and the plays.

    `ada_entry` False: Ada's plays without her account set up (removed).
    """
    await hass.config.async_set_time_zone(TIME_ZONE)
    freezer.move_to(NOW)
    # conversation.reload reads configuration.yaml, as in every real folder.
    (config_dir / "configuration.yaml").write_text("", encoding="utf-8")
    hass.config.config_dir = str(config_dir)
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        data={CONF_KIND: EntryKind.HISTORY},
        options={CONF_INSTALL_SENTENCES: True},
    )
    entry.add_to_hass(hass)
    if ada_entry:
        MockConfigEntry(
            domain=DOMAIN,
            unique_id=ACCOUNT,
            title="Ada",
            data={CONF_KIND: EntryKind.SPOTIFY},
            disabled_by=ConfigEntryDisabler.USER,
        ).add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await store(async_get_manager(hass), PLAYS)
    return entry


async def async_setup_two_accounts(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, config_dir: Path, user_id: str
) -> MockConfigEntry:
    """The history with Ada's account linked to `user_id`'s person, and another."""
    MockConfigEntry(
        domain=DOMAIN,
        unique_id=OTHER_ACCOUNT,
        title="Kitchen",
        data={CONF_KIND: EntryKind.SPOTIFY},
        disabled_by=ConfigEntryDisabler.USER,
    ).add_to_hass(hass)
    entry = await async_setup_history(hass, freezer, config_dir)
    ada = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, ACCOUNT)
    assert ada is not None
    hass.config_entries.async_update_entry(ada, options={CONF_PERSONS: ["person.ada"]})
    hass.states.async_set("person.ada", "home", {"user_id": user_id})
    return entry


@pytest.fixture
async def history(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, tmp_path: Path
) -> AsyncGenerator[MockConfigEntry]:
    """Assist, the history with its plays, and Encore's sentences installed."""
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(hass, "intent", {})
    entry = await async_setup_history(hass, freezer, tmp_path)
    yield entry
    if entry.state is ConfigEntryState.LOADED:
        await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


@dataclass(frozen=True, slots=True)
class Heard:
    """What the agent made of a sentence and what it said."""

    intent: str | None
    slots: dict[str, Any]
    speech: str
    response: intent.IntentResponse


async def ask(
    hass: HomeAssistant, text: str, language: str = "en", user_id: str = "ada-user"
) -> Heard:
    """Ask the built-in agent, as a voice satellite would."""
    result = await conversation.async_converse(
        hass, text, None, Context(user_id=user_id), language=language
    )
    response = result.response
    matched = response.intent
    return Heard(
        intent=matched.intent_type if matched else None,
        slots={key: slot["value"] for key, slot in matched.slots.items()}
        if matched
        else {},
        speech=response.speech["plain"]["speech"],
        response=response,
    )


async def assert_answered_as(
    hass: HomeAssistant, said: str, plain: str, language: str
) -> None:
    """The way `said` is spoken gets the answer of its `plain` form, a stated one."""
    expected = await ask(hass, plain, language)
    assert expected.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    heard = await ask(hass, said, language)
    assert heard.speech == expected.speech


async def assert_not_encores(hass: HomeAssistant, said: str, language: str) -> None:
    """Encore answers nothing of `said`: a command or what plays now stays Home Assistant's.

    A sentence of Encore's net may hear it and hand it back (`elsewhere.decline`),
    so a match is allowed; a stated answer is not.
    """
    heard = await ask(hass, said, language)
    answered = heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert not ((heard.intent or "").startswith("Encore") and answered), heard


async def assert_encores_as_plain(
    hass: HomeAssistant, said: str, plain: str, language: str
) -> None:
    """Encore's, never an area's or a floor's, and answered as `plain` is."""
    heard = await ask(hass, said, language)
    assert (heard.intent or "").startswith("Encore"), heard.speech
    for home_word in ("Bereich", "Etage", "area called", "floor called"):
        assert home_word not in heard.speech
    expected = await ask(hass, plain, language)
    assert expected.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert heard.speech == expected.speech


# -- the sentence families ------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_top_artists(hass: HomeAssistant) -> None:
    """Asked who was heard most this month, the answer names the top three."""
    heard = await ask(hass, "who did I listen to most this month")
    assert heard.intent == "EncoreTopItems"
    assert heard.slots == {"kind": "artist", "when": "this month"}
    (a1, n1), (a2, _), (a3, _) = ranking(
        tracks(mine("this_month")), lambda p: p.artist
    )[:3]
    assert heard.speech == (
        f"This month you listened most to {a1}, {n1} plays, then {a2} and {a3}."
    )
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert heard.response.speech_slots["items"][0]["plays"] == n1


@pytest.mark.usefixtures("history")
async def test_top_tracks(hass: HomeAssistant) -> None:
    """Top tracks: titles, the first with its artist."""
    heard = await ask(hass, "what were my top tracks last week")
    assert heard.intent == "EncoreTopItems"
    assert heard.slots == {"kind": "track", "when": "last week"}
    ranked = ranking(tracks(mine("last_week")), lambda p: f"{p.title}\t{p.artist}")
    (t1, n1), (t2, _), (t3, _) = ranked[:3]
    title, artist = t1.split("\t")
    assert heard.speech == (
        f"Last week you listened most to {title} by {artist}, {n1} plays, "
        f"then {t2.split('\t')[0]} and {t3.split('\t')[0]}."
    )


@pytest.mark.usefixtures("history")
async def test_top_in_the_last_days(hass: HomeAssistant) -> None:
    """A number of days alone means the last days."""
    heard = await ask(hass, "who have I listened to most in the last 30 days")
    assert heard.intent == "EncoreTopItems"
    assert heard.slots == {"kind": "artist", "when": "in the last 30 days"}
    assert heard.speech.startswith("In the last 30 days you listened most to ")


@pytest.mark.usefixtures("history")
async def test_top_with_nothing_played(hass: HomeAssistant) -> None:
    """No plays in the period is an answer, not an error."""
    heard = await ask(hass, "which podcasts did I listen to most yesterday")
    assert heard.intent == "EncoreTopItems"
    assert heard.slots == {"kind": "show", "when": "yesterday"}
    assert not [p for p in mine("yesterday") if p.kind is PlayKind.EPISODE]
    assert heard.speech == "I found no podcast plays yesterday."
    heard = await ask(hass, "what are my top podcasts today")
    assert heard.speech == "Today you listened most to The Daily, 1 play."


@pytest.mark.usefixtures("history")
async def test_listening_time(hass: HomeAssistant) -> None:
    """Ask "How long did I listen to music today": the music's time and plays.

    Issue 35: music is tracks only; plain listening is everything, and the
    answer says how much of it was podcasts.
    """
    heard = await ask(hass, "how long did I listen to music today")
    assert heard.intent == "EncoreListeningTime"
    assert heard.slots == {"when": "today", "content": "music"}
    # The counted plays and their time, as every view says it (issue 43.3).
    music = sum(play.ms for play in tracks(mine("today")))
    assert heard.speech == (
        f"Today you listened to music for {duration(music)}, "
        f"{len(tracks(mine('today')))} plays."
    )
    heard = await ask(hass, "how long did I listen today")
    assert heard.slots == {"when": "today"}
    assert heard.speech == spoken_time(mine("today"))
    assert " of it podcasts, " in heard.speech


def spoken_time(plays: list[Play]) -> str:
    """How an English answer says the listening time of everything.

    The counted plays and their time, as every view says it (issue 43.3).
    """
    plays = [play for play in plays if play.counted]
    listened = duration(sum(play.ms for play in plays))
    podcasts = sum(play.ms for play in plays if play.kind is PlayKind.EPISODE)
    of_it = f", {duration(podcasts)} of it podcasts" if podcasts else ""
    return (
        f"Today you listened for {listened}{of_it}, "
        f"{sum(play.counted for play in plays)} plays."
    )


@pytest.mark.usefixtures("history")
async def test_play_count_of_a_track(hass: HomeAssistant) -> None:
    """Ask "How many times did I play Bohemian Rhapsody this year"."""
    heard = await ask(hass, "how many times did I play Bohemian Rhapsody this year")
    assert heard.intent == "EncorePlayCount"
    # The name is heard with its period; Encore takes them apart.
    assert heard.slots == {"name": "Bohemian Rhapsody this year"}
    count = sum(1 for p in mine("this_year") if p.title == "Bohemian Rhapsody")
    assert heard.speech == (
        f"You played Bohemian Rhapsody by Queen {times(count)} this year."
    )
    assert [target.name for target in heard.response.success_results] == [
        "Bohemian Rhapsody"
    ]
    # "A by B" is a track of an artist.
    heard = await ask(
        hass, "how often did I play One More Time by Daft Punk this month"
    )
    assert heard.slots == {"name": "One More Time by Daft Punk this month"}
    count = sum(1 for p in mine("this_month") if p.title == "One More Time")
    assert heard.speech == (
        f"You played One More Time by Daft Punk {times(count)} this month."
    )


@pytest.mark.usefixtures("history")
async def test_play_count_of_an_artist(hass: HomeAssistant) -> None:
    """An artist's name counts the artist's plays, all time without a period."""
    heard = await ask(hass, "how many times did I listen to daft punk")
    assert heard.intent == "EncorePlayCount"
    assert heard.slots == {"name": "daft punk"}
    count = sum(1 for p in mine() if p.artist == "Daft Punk")
    assert heard.speech == f"You played Daft Punk {times(count)}."


@pytest.mark.usefixtures("history")
async def test_play_count_of_nothing(hass: HomeAssistant) -> None:
    """A name nobody played, or nothing in the period, is said plainly."""
    heard = await ask(hass, "how many times did I play Stairway to Heaven")
    assert heard.intent == "EncorePlayCount"
    assert heard.speech == (
        "I found nothing called Stairway to Heaven in your listening history."
    )
    # Which name was not found, as an error: no fact about the history.
    assert heard.response.response_type is intent.IntentResponseType.ERROR
    assert not [p for p in mine("today") if p.title == "Eres"]
    heard = await ask(hass, "how many times did I play Eres today")
    assert heard.speech == "I found no plays of Eres by Café Tacvba today."


@pytest.mark.usefixtures("history")
async def test_first_play_of_an_artist(hass: HomeAssistant) -> None:
    """Ask "When did I first listen to Daft Punk": the day, the time, the track."""
    heard = await ask(hass, "when did I first listen to Daft Punk")
    assert heard.intent == "EncoreFirstLastPlay"
    assert heard.slots == {"which": "first", "name": "Daft Punk"}
    first = min((p for p in mine() if p.artist == "Daft Punk"), key=lambda p: p.started)
    assert heard.speech == (
        f"You first listened to Daft Punk on {spoken_date(first.started.date())} "
        f"at {clock(first.started)}, with {first.title}."
    )


@pytest.mark.usefixtures("history")
async def test_last_play_of_a_track(hass: HomeAssistant) -> None:
    """Ask "When was the last time I listened to Bohemian Rhapsody"."""
    heard = await ask(hass, "when was the last time I listened to Bohemian Rhapsody")
    assert heard.intent == "EncoreFirstLastPlay"
    assert heard.slots == {"which": "last", "name": "Bohemian Rhapsody"}
    last = max(
        (p for p in mine() if p.title == "Bohemian Rhapsody"), key=lambda p: p.started
    )
    day = last.started.date()
    when = (
        f"today at {clock(last.started)}"
        if day == TODAY
        else f"yesterday at {clock(last.started)}"
        if day == TODAY - timedelta(days=1)
        else f"on {spoken_date(day)} at {clock(last.started)}"
    )
    assert heard.speech == f"You last listened to Bohemian Rhapsody by Queen {when}."


@pytest.mark.usefixtures("history")
async def test_what_did_i_listen_to(hass: HomeAssistant) -> None:
    """Ask "What did I listen to yesterday": artists, plays, time, the last one."""
    heard = await ask(hass, "what did I listen to yesterday")
    assert heard.intent == "EncoreWhatPlayed"
    assert heard.slots == {"when": "yesterday"}
    plays = mine("yesterday")
    artists = [name for name, _ in ranking(tracks(plays), lambda p: p.artist)[:3]]
    last = max(plays, key=lambda p: p.started)
    listened = sum(play.ms for play in plays)
    top = ", ".join(artists[:-1]) + " and " + artists[-1]
    assert heard.speech == (
        f"Yesterday you listened mostly to {top}: {len(plays)} plays in "
        f"{duration(listened)}. The last one was {last.title} by {last.artist}."
    )


@pytest.mark.usefixtures("history")
async def test_what_was_playing_at(hass: HomeAssistant) -> None:
    """Ask "What was playing at 8 pm yesterday": the stream going on then."""
    heard = await ask(hass, "what was playing at 8 pm yesterday")
    assert heard.intent == "EncoreWhatPlayed"
    assert heard.slots == {"when": "at 8 pm yesterday"}
    moment = _at(TODAY - timedelta(days=1), 20)
    (playing,) = [
        p for p in PLAYS if p.account == ACCOUNT and p.started <= moment < p.ended
    ]
    assert heard.speech == (
        f"Yesterday at 8 PM you were listening to {playing.title} by {playing.artist}."
    )

    heard = await ask(hass, "what was playing at 3 am")
    assert heard.slots == {"when": "at 3 am"}
    assert heard.speech == "Nothing was playing at 3 AM."


@pytest.mark.usefixtures("history")
async def test_taste_summary(hass: HomeAssistant) -> None:
    """Ask "What's my taste": the artists that lead it."""
    heard = await ask(hass, "what's my taste")
    assert heard.intent == "EncoreTasteSummary"
    assert heard.slots == {}
    artists = [name for name, _ in ranking(tracks(mine()), lambda p: p.artist)[:3]]
    assert heard.speech.startswith(
        f"Overall your taste is led by {artists[0]}, {artists[1]} and {artists[2]}"
    )
    # The busiest weekday and the busiest hour of the heatmap, each on its
    # own (minutes rounded per cell; the earliest on a tie), as "when do I
    # usually listen" names them (issue 33.15).
    zone = dt_util.get_default_time_zone()
    cells: Counter[tuple[int, int]] = Counter()
    for play in mine():
        ended = play.ended.astimezone(zone)
        cells[(ended.weekday(), ended.hour)] += play.ms
    minutes = {cell: (ms + 30_000) // 60_000 for cell, ms in cells.items()}
    by_day = [sum(m for (d, _h), m in minutes.items() if d == day) for day in range(7)]
    by_hour = [
        sum(m for (_d, h), m in minutes.items() if h == hour) for hour in range(24)
    ]
    day, hour = by_day.index(max(by_day)), by_hour.index(max(by_hour))
    weekday = date(2024, 1, 1 + day).strftime("%A")  # 2024-01-01 was a Monday
    peak_time = datetime(2024, 1, 1, hour, tzinfo=zone)
    assert heard.speech.endswith(
        f"You listen most on {weekday}s around {clock(peak_time)}."
    )
    # Asked again before any write: the summary is shared, not read again.
    reads = async_get_manager(hass).reads
    shared = reads.shared
    assert (await ask(hass, "what's my taste")).speech == heard.speech
    assert reads.shared == shared + 1
    heard = await ask(hass, "was ist mein Musikgeschmack", "de")
    assert heard.intent == "EncoreTasteSummary"
    german_days = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag")
    german_days += ("samstag", "sonntag")
    assert heard.speech.endswith(
        f"Am meisten hörst du {german_days[day]}s gegen {hour} Uhr."
    )


@pytest.mark.usefixtures("history")
async def test_german(hass: HomeAssistant) -> None:
    """German sentences reach the same intents and answer in German."""
    heard = await ask(hass, "wen habe ich diesen Monat am meisten gehört", "de")
    assert heard.intent == "EncoreTopItems"
    assert heard.slots == {"kind": "artist", "when": "diesen Monat"}
    (a1, n1), (a2, _), (a3, _) = ranking(
        tracks(mine("this_month")), lambda p: p.artist
    )[:3]
    assert heard.speech == (
        f"Diesen Monat hast du am meisten {a1} gehört, {n1} Mal, danach {a2} und {a3}."
    )
    heard = await ask(
        hass, "wie oft habe ich dieses Jahr Bohemian Rhapsody gehört", "de"
    )
    assert heard.intent == "EncorePlayCount"
    count = sum(1 for p in mine("this_year") if p.title == "Bohemian Rhapsody")
    spoken = {1: "einmal", 2: "zweimal"}.get(count, f"{count} Mal")
    assert heard.speech == (
        f"Du hast Bohemian Rhapsody von Queen dieses Jahr {spoken} gehört."
    )
    heard = await ask(hass, "was lief gestern um 20 Uhr", "de")
    assert heard.intent == "EncoreWhatPlayed"
    assert heard.slots == {"when": "gestern um 20 Uhr"}
    assert heard.speech == "Gestern um 20 Uhr hast du Sexy Boy von Air gehört."
    heard = await ask(hass, "wie lange habe ich heute Musik gehört", "de")
    assert heard.intent == "EncoreListeningTime"
    assert heard.speech.startswith("Heute hast du ")


async def test_whose_history_i_means(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, tmp_path: Path
) -> None:
    """With two accounts, "I" is the asking user's; else everybody's, said so.

    The phrase is in the question's language, like the rest of the answer.
    """
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(hass, "intent", {})
    entry = await async_setup_two_accounts(hass, freezer, tmp_path, "ada-user")
    everybody = [p for p in PLAYS if p.started.date() == TODAY]

    heard = await ask(hass, "how long did I listen today")
    assert heard.speech == spoken_time(mine("today"))

    heard = await ask(hass, "how long did I listen today", user_id="guest")
    assert heard.speech == (
        f"{spoken_time(everybody)} (for all accounts: Ada and Kitchen)"
    )
    heard = await ask(hass, "wie lange habe ich heute gehört", "de", user_id="guest")
    assert heard.speech.startswith("Heute hast du ")
    assert heard.speech.endswith("(für alle Konten: Ada und Kitchen)")
    await hass.config_entries.async_unload(entry.entry_id)


async def test_whose_is_said_only_for_several_people(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, tmp_path: Path
) -> None:
    """No account set up: one person's plays and a player's go without saying.

    Once the history holds a second Spotify account's plays, everybody's
    answers say so.
    """
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(hass, "intent", {})
    entry = await async_setup_history(hass, freezer, tmp_path, ada_entry=False)
    everybody = [p for p in PLAYS if p.started.date() == TODAY]
    spoken = spoken_time(everybody)
    heard = await ask(hass, "how long did I listen today")
    assert heard.speech == spoken
    heard = await ask(hass, "wie lange habe ich heute gehört", "de")
    assert not heard.speech.endswith(")")
    # Bob's plays, from an account since removed: now it is two people's.
    bob = [
        Play(
            "bob_listener",
            play.started,
            play.ms,
            play.kind,
            play.title,
            play.artist,
            play.album,
        )
        for play in PLAYS
        if play.account == ACCOUNT and play.started.date() < TODAY
    ][-3:]
    await store(async_get_manager(hass), bob)
    heard = await ask(hass, "how long did I listen today")
    assert heard.speech == f"{spoken} (for the whole history)"
    heard = await ask(hass, "wie lange habe ich heute Musik gehört", "de")
    assert heard.speech.endswith("(für den ganzen Verlauf)")
    await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.usefixtures("history")
async def test_a_period_that_cannot_be_is_said(hass: HomeAssistant) -> None:
    """A custom sentence or the intent API may send days with another period."""
    response = await intent.async_handle(
        hass,
        "test",
        "EncoreListeningTime",
        {"period": {"value": "this_week"}, "days": {"value": 30}},
        language="en",
    )
    assert response.response_type is intent.IntentResponseType.ERROR
    assert response.speech["plain"]["speech"] == "I can't tell which period you mean."


async def test_a_closed_history_is_said(
    hass: HomeAssistant, history: MockConfigEntry
) -> None:
    """With the history closed the answer says so; nothing raises."""
    await hass.config_entries.async_unload(history.entry_id)
    await hass.async_block_till_done()
    assert not async_get_manager(hass).is_open
    heard = await ask(hass, "who did I listen to most this month")
    assert heard.intent == "EncoreTopItems"
    assert heard.speech == "Your listening history is not available right now."
    assert heard.response.response_type is intent.IntentResponseType.ERROR


# -- the words of the answers ----------------------------------------------------


def test_spoken_numbers_durations_and_times() -> None:
    """Durations, counts, clock times and dates read naturally in both languages."""
    english, german = Wording("en"), Wording("de")
    assert english.duration(7_505_000) == "2 hours and 5 minutes"
    assert english.duration(3_600_000) == "1 hour"
    assert english.duration(60_000) == "1 minute"
    assert english.duration(42_000) == "42 seconds"
    assert english.duration(1_000) == "1 second"
    assert english.duration(150 * 3_600_000 + 60_000) == "150 hours"
    assert german.duration(7_505_000) == "2 Stunden und 5 Minuten"
    assert english.times(1) == "once"
    assert english.times(1234) == "1,234 times"
    assert german.times(2) == "zweimal"
    assert german.times(1234) == "1.234 Mal"
    assert english.join(["A", "B", "C"]) == "A, B and C"
    assert german.join(["A", "B"]) == "A und B"
    evening = datetime(2026, 3, 3, 20, 5, tzinfo=TZ)
    assert english.clock(evening) == "8:05 PM"
    assert english.clock(evening.replace(hour=0, minute=0)) == "12 AM"
    assert german.clock(evening) == "20:05 Uhr"
    assert english.when(evening, TODAY) == "on March 3 at 8:05 PM"
    assert (
        german.when(evening.replace(year=2021), TODAY) == "am 3. März 2021 um 20:05 Uhr"
    )
    assert english.when(NOW, TODAY) == "today at 6:30 PM"
    words = PeriodWords("last_days", days=30)
    assert english.lead(words) == "In the last 30 days"
    assert german.tail(words) == " in den letzten 30 Tagen"
    custom = PeriodWords("custom", start=date(2026, 1, 1), end=date(2026, 1, 31))
    assert english.tail(custom) == " from January 1, 2026 to January 31, 2026"


def test_the_language_of_an_answer() -> None:
    """A regional tag speaks its language; unknown or "*" falls back."""
    assert pick_language("de-CH") == "de"
    assert pick_language("en_GB") == "en"
    assert pick_language("*", "de") == "de"
    assert pick_language(None, "fr") == "en"
    assert pick_language("fr", "de") == "de"


@pytest.mark.parametrize(
    ("now_hour", "hour", "meridiem", "day", "expected"),
    [
        (18, 8, "pm", None, (TODAY - timedelta(days=1), 20)),
        (21, 8, "pm", None, (TODAY, 20)),
        (18, 8, None, None, (TODAY, 8)),
        (21, 8, None, None, (TODAY, 20)),
        (18, 8, None, "yesterday", (TODAY - timedelta(days=1), 20)),
        (18, 12, "am", None, (TODAY, 0)),
        (18, 20, None, None, (TODAY - timedelta(days=1), 20)),
        (18, 20, None, "today", (TODAY, 20)),
    ],
)
def test_the_moment_a_clock_time_means(
    now_hour: int,
    hour: int,
    meridiem: str | None,
    day: str | None,
    expected: tuple[date, int],
) -> None:
    """The last such moment that has passed; a time to come means yesterday."""
    now = _at(TODAY, now_hour, 30)
    moment = moment_asked(now, hour, 0, meridiem, day)
    assert (moment.date(), moment.hour) == expected


async def test_another_persons_history(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, tmp_path: Path
) -> None:
    """'What did Kitchen listen to': that account's plays, told of them."""
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(hass, "intent", {})
    entry = await async_setup_two_accounts(hass, freezer, tmp_path, "ada-user")
    kitchen = [
        p for p in PLAYS if p.account == OTHER_ACCOUNT and p.started.date() == TODAY
    ]
    heard = await ask(hass, "what did Kitchen listen to today")
    assert heard.intent == "EncoreWhatPlayed"
    assert heard.slots == {"person": "Kitchen", "when": "today"}
    assert f": {sum(p.counted for p in kitchen)} plays in " in heard.speech
    # Told of them, in the third person (issue 43.14): no "(for Kitchen)".
    assert heard.speech.startswith("Today Kitchen listened mostly to ")
    # A linked person's name finds their account too.
    hass.states.async_set(
        "person.ada", "home", {"user_id": "ada-user", "friendly_name": "Ada Lovelace"}
    )
    heard = await ask(hass, "how long did Ada listen today", user_id="guest")
    listened = duration(sum(p.ms for p in mine("today")))
    assert heard.speech.startswith(f"Today Ada listened for {listened}")
    heard = await ask(hass, "what did Bob listen to today")
    assert heard.speech == "I don't know whose listening Bob is."
    assert heard.response.response_type is intent.IntentResponseType.ERROR
    await hass.config_entries.async_unload(entry.entry_id)


@pytest.mark.usefixtures("history")
async def test_a_room_or_speaker(hass: HomeAssistant) -> None:
    """A place is a device of the history, or an area's media players.

    Ada's plays all played on the device "Kitchen".
    """
    plays = mine("yesterday")
    artists = [name for name, _ in ranking(tracks(plays), lambda p: p.artist)[:3]]
    top = ", ".join(artists[:-1]) + " and " + artists[-1]
    listened = duration(sum(play.ms for play in plays))
    heard = await ask(hass, "what did I listen to in the kitchen yesterday")
    assert heard.intent == "EncoreWhatPlayed"
    assert heard.speech.startswith(
        f"Yesterday in the kitchen you listened mostly to {top}: {len(plays)} plays "
        f"in {listened}."
    )
    # No device of the history and no area is called so: "no plays there"
    # would state a fact about a place the home may not have (issue 45.4).
    heard = await ask(hass, "how long did I listen on the bedroom speaker today")
    assert (
        heard.speech
        == 'I don\'t know a room, area or speaker called "bedroom speaker".'
    )
    # An area of that name that never played is known: no plays there.
    ar.async_get(hass).async_create("Bedroom")
    heard = await ask(hass, "how long did I listen in the bedroom today")
    assert heard.speech == "I found no plays today in the bedroom."
    # An area of Home Assistant, in German, whose media player is "Kitchen".
    area = ar.async_get(hass).async_create("Küche")
    er.async_get(hass).async_get_or_create(
        "media_player", "test", "kitchen-speaker", original_name="Kitchen"
    )
    entity_id = er.async_get(hass).async_get_entity_id(
        "media_player", "test", "kitchen-speaker"
    )
    assert entity_id is not None
    er.async_get(hass).async_update_entity(entity_id, area_id=area.id)
    heard = await ask(hass, "wie lange habe ich gestern in der Küche gehört", "de")
    assert heard.speech.startswith("Gestern in der Küche hast du ")
    assert f"{len(plays)} Wiedergaben" in heard.speech
    # What played at a moment, there (issue 45's ninth turn): the room said.
    heard = await ask(hass, "what was playing in the kitchen at 8 pm")
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert " at 8 PM in the kitchen you were listening to " in heard.speech
    # Issue 35: rankings and the taste take a place too.
    heard = await ask(hass, "what's my taste in the kitchen")
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert heard.speech.startswith(f"In the kitchen your taste is led by {top}")


@pytest.mark.usefixtures("history")
async def test_a_room_named_room_and_a_grouped_speaker(hass: HomeAssistant) -> None:
    """Issue 33.4: "in the TV room" is the TV Room, not a device called "TV";
    a speaker grouped with another counts what the group played."""
    base = PLAYS[0].record()
    moment = int((NOW - timedelta(hours=2)).timestamp() * 1000)
    extra = [
        base._replace(ended_at=moment, ms_played=600_000, device="TV Room"),
        base._replace(ended_at=moment - 700_000, ms_played=300_000, device="TV"),
        base._replace(
            ended_at=moment - 1_100_000,
            ms_played=240_000,
            device="Living Room + Bedroom",
        ),
    ]

    def write(conn: Any, state: WriterState) -> None:
        state.insert_records(conn, extra)

    await async_get_manager(hass).async_write(write)
    heard = await ask(hass, "how long did I listen in the TV room today")
    assert heard.intent == "EncoreListeningTime"
    assert "10 minutes" in heard.speech, heard.speech
    heard = await ask(hass, "how long did I listen on the TV Room speaker today")
    assert "10 minutes" in heard.speech, heard.speech
    heard = await ask(hass, "how long did I listen in the bedroom today")
    assert "4 minutes" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_nothing_played_unknown_words_and_vague_names(
    hass: HomeAssistant,
) -> None:
    """A day without plays is an answer; words that are no time or no name ask back."""
    assert not [p for p in PLAYS if p.started.date() == date(2026, 3, 3)]
    for text, speech in (
        ("how many plays did I have on March 3rd", "I found no plays on March 3."),
        ("did I listen to music on March 3rd", "No, I found no plays on March 3."),
        ("when did I listen most on March 3rd", "I found no plays on March 3."),
        ("how often did I skip songs on March 3rd", "I found no plays on March 3."),
        ("what's my repeat rate on March 3rd", "I found no plays on March 3."),
        (
            "did I listen to Stairway to Heaven",
            "I found nothing called Stairway to Heaven in your listening history.",
        ),
        ("when did I first listen to it", "Which artist or song do you mean?"),
        ("how many times did I play that song", "Which artist or song do you mean?"),
        (
            "what did I listen to tomorrow",
            ('I understood the question, but not which time "tomorrow" means.'),
        ),
    ):
        heard = await ask(hass, text)
        assert heard.speech == speech, text
    heard = await ask(hass, "when did I last listen to music")
    last = max(mine(), key=lambda p: p.started)
    assert heard.speech.startswith(f"The last thing you played was {last.title}")
    heard = await ask(hass, "what new artists did I discover in 2025")
    # Five, and the three most played named: not all of them.
    assert heard.speech.startswith(
        "Last year you discovered 5 new artists, most of all "
    )
    heard = await ask(hass, "was habe ich am 3. März gehört", "de")
    assert heard.speech == "Ich habe am 3. März keine Wiedergaben gefunden."


@pytest.mark.usefixtures("history")
async def test_counts_by_place_any_music_and_the_intent_api(
    hass: HomeAssistant,
) -> None:
    """A count in a room, "music" where a name goes, and slots of custom sentences."""
    today = mine("today")
    heard = await ask(hass, "how many plays did I have in the kitchen today")
    assert heard.speech.startswith(f"Today in the kitchen you had {len(today)} plays")
    # "Music" where a name goes asks for the plays of music: the plays count
    # answers it (read again whole, issue 36), and the response names that
    # family; today's podcast episode is no music (issue 45).
    heard = await ask(hass, "how often did I listen to music today")
    assert heard.intent == "EncoreHowMany"
    assert heard.slots["counted"] == "plays"
    assert heard.speech.startswith(f"Today you had {len(tracks(today))} plays")
    # Clock times as separate slots, as custom sentences may still send them.
    response = await intent.async_handle(
        hass,
        "test",
        "EncoreWhatPlayed",
        {
            "hour": {"value": 8},
            "meridiem": {"value": "pm"},
            "period": {"value": "yesterday"},
        },
        language="en",
    )
    moment = _at(TODAY - timedelta(days=1), 20)
    (playing,) = [
        p for p in PLAYS if p.account == ACCOUNT and p.started <= moment < p.ended
    ]
    assert response.speech["plain"]["speech"] == (
        f"Yesterday at 8 PM you were listening to {playing.title} by {playing.artist}."
    )


@pytest.mark.usefixtures("history")
async def test_the_last_days_without_a_number(hass: HomeAssistant) -> None:
    """The intent API's last_days without days: the last week."""
    response = await intent.async_handle(
        hass,
        "test",
        "EncoreListeningTime",
        {"period": {"value": "last_days"}},
        language="en",
    )
    assert response.speech["plain"]["speech"].startswith(
        "In the last 7 days you listened for "
    )


@pytest.mark.usefixtures("history")
async def test_taste_and_usual_time_name_the_same_peak(hass: HomeAssistant) -> None:
    """ "What's my taste" and "when do I usually listen" agree (issue 33.15)."""
    taste = await ask(hass, "what's my taste")
    usual = await ask(hass, "when do I usually listen")
    peak = re.search(r"on (\w+)s around ([\w: ]+)\.$", taste.speech)
    assert peak is not None, taste.speech
    weekday, clock_time = peak.groups()
    assert f"most around {clock_time}, and most on {weekday}s." in usual.speech, (
        usual.speech
    )


def test_spoken_words_agree_with_the_page() -> None:
    """Minutes rounded as the page rounds them; no doubled full stop (issue 33.15)."""
    english = Wording("en")
    # 89.83 minutes: the page writes "1 h 30 min".
    assert english.duration(5_390_000) == "1 hour and 30 minutes"
    assert english.duration(150_000) == "3 minutes"
    assert english.duration(59_000) == "59 seconds"
    said = english.text("first_artist", name="XXX", when="today", item="Gold Rush.")
    assert said == "You first listened to XXX today, with Gold Rush."
    assert english.text(
        "first_artist", name="X", when="today", item="Wait..."
    ).endswith("with Wait....")


@pytest.mark.usefixtures("history")
async def test_the_first_and_last_song_are_songs(hass: HomeAssistant) -> None:
    """Issue 45: "song" limits a period's first or last play to music.

    This morning's plays end with an episode of the podcast: "the last
    thing" is it, "the last song" is the track before it.
    """
    heard = await ask(hass, "what was the last thing I played this morning")
    assert "Episode 12" in heard.speech, heard.speech
    for text in (
        "what was the last song I played this morning",
        "which track did I play last this morning",
    ):
        heard = await ask(hass, text)
        assert "One More Time" in heard.speech, (text, heard.speech)
        assert SHOW not in heard.speech, (text, heard.speech)
