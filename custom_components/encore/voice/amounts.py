"""How much and whether: counts of a period, yes/no questions, the last play.

Built on the same reads as `ask` (one read in the executor each), for the
intents and the LLM tools alike.
"""

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from ..history.periods import Period
from ..history.queries import FirstLast, PlayRow, first_last, recent_plays
from .ask import (
    DEFAULT_RULE,
    Asker,
    CountResult,
    TimeAnswer,
    Which,
    async_read,
    match_label,
    period_json,
    play_json,
)


class Counted(StrEnum):
    """What "how many" asks about."""

    PLAYS = "plays"
    SONGS = "songs"
    ARTISTS = "artists"


def speak_count(asker: Asker, answer: TimeAnswer, counted: Counted) -> str:
    """Say a period's numbers: "This week you had 34 plays, 20 different songs ..."."""
    speaker = asker.speaker
    period = asker.words(answer.period)
    found = answer.totals
    if not found.plays:
        return asker.finish(speaker.text("none", tail=speaker.tail(period)))
    plays = speaker.plays(found.plays)
    songs = speaker.count(found.tracks, "song_one", "songs")
    artists = speaker.count(found.artists, "artist_one", "artists")
    key = {
        Counted.PLAYS: "count_plays",
        Counted.SONGS: "count_songs",
        Counted.ARTISTS: "count_artists",
    }[counted]
    return asker.finish(
        speaker.text(
            key, lead=speaker.lead(period), plays=plays, songs=songs, artists=artists
        )
    )


# -- yes or no -------------------------------------------------------------------


def speak_did(asker: Asker, result: CountResult) -> str:
    """Say yes with the count, or no: "Yes, you played Daft Punk 12 times ..."."""
    speaker = asker.speaker
    tail = speaker.tail(asker.words(result.period))
    if result.match is None or result.count is None:
        return asker.finish(speaker.text("no_name", name=result.asked))
    label = match_label(speaker, result.match)
    if not result.count.plays:
        return asker.finish(speaker.text("no_count", name=label, tail=tail))
    return asker.finish(
        speaker.text(
            "yes_count", name=label, times=speaker.times(result.count.plays), tail=tail
        )
    )


def speak_did_any(asker: Asker, answer: TimeAnswer) -> str:
    """Say whether anything was played: "Yes, you had 34 plays today."."""
    speaker = asker.speaker
    tail = speaker.tail(asker.words(answer.period))
    if not answer.totals.plays:
        return asker.finish(speaker.text("no_any", tail=tail))
    return asker.finish(
        speaker.text("yes_any", plays=speaker.plays(answer.totals.plays), tail=tail)
    )


# -- the last play -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LastPlay:
    """The first and last play of anything."""

    plays: FirstLast


async def async_last_play(hass: HomeAssistant, asker: Asker) -> LastPlay:
    """Return the first and last counted play in the asker's history."""
    return LastPlay(
        await async_read(
            hass,
            lambda conn: first_last(conn, asker.scope, rule=DEFAULT_RULE),
            asker,
        )
    )


def speak_last_play(asker: Asker, result: LastPlay) -> str:
    """Say the last play: "The last thing you played was X by Y, today at 5 PM."."""
    speaker = asker.speaker
    row = result.plays.last
    if row is None:
        return asker.finish(speaker.text("none", tail=""))
    return asker.finish(
        speaker.text(
            "last_played",
            item=speaker.by(row.title, row.artist),
            when=speaker.when(dt_util.as_local(row.started_at), asker.today),
        )
    )


def last_play_json(result: LastPlay) -> dict[str, Any]:
    """Return the last play for an LLM."""
    last = result.plays.last
    return {"last": play_json(last) if last else None}


# -- the first and last play of a period -------------------------------------------


@dataclass(frozen=True, slots=True)
class PlaysIn:
    """The first and last counted play of a period ("the first song today")."""

    period: Period
    first: PlayRow | None
    last: PlayRow | None


async def async_plays_in(hass: HomeAssistant, asker: Asker, period: Period) -> PlaysIn:
    """Return the first and last counted play of a period (one read)."""

    def read(conn: Connection) -> PlaysIn:
        def one(*, oldest: bool) -> PlayRow | None:
            found = recent_plays(
                conn, asker.scope, period, limit=1, rule=DEFAULT_RULE, oldest=oldest
            ).plays
            return found[0] if found else None

        return PlaysIn(period, one(oldest=True), one(oldest=False))

    return await async_read(hass, read, asker)


def speak_play_in(asker: Asker, result: PlaysIn, which: Which) -> str:
    """Say "This morning the first thing you played was X by Y, at 8 AM"."""
    speaker = asker.speaker
    period = asker.words(result.period)
    row = result.first if which is Which.FIRST else result.last
    if row is None:
        return asker.finish(speaker.text("none", tail=speaker.tail(period)))
    started = dt_util.as_local(row.started_at)
    start = result.period.start
    last_day = (result.period.end - timedelta(microseconds=1)).date()
    # Within one day the day goes without saying ("this morning ..., at 8 AM").
    if start is not None and start.date() == last_day == started.date():
        when = speaker.text("at", time=speaker.clock(started))
    else:
        when = speaker.when(started, asker.today)
    return asker.finish(
        speaker.text(
            f"{which}_in",
            lead=speaker.lead(period),
            item=speaker.by(row.title, row.artist),
            when=when,
        )
    )


def plays_in_json(result: PlaysIn) -> dict[str, Any]:
    """Return a period's first and last play for an LLM."""
    return {
        "period": period_json(result.period),
        "first": play_json(result.first) if result.first else None,
        "last": play_json(result.last) if result.last else None,
    }


def count_period_json(answer: TimeAnswer) -> dict[str, Any]:
    """Return a period's counts for an LLM."""
    found = answer.totals
    return {
        "period": period_json(answer.period),
        "plays": found.plays,
        "different_tracks": found.tracks,
        "different_artists": found.artists,
        "ms_played": found.ms_played,
    }
