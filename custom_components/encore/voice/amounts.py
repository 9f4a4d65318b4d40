"""How much and whether: counts of a period, yes/no questions, the last play.

Built on the question layer's answers as `ask` is (one coroutine each), for
the intents and the LLM tools alike.
"""

from dataclasses import replace
from datetime import timedelta
from enum import StrEnum
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from ..history import questions
from ..history.questions import (
    Answered,
    Content,
    FirstLast,
    NamedCount,
    PeriodTotals,
    PlaysIn,
    Question,
)
from .ask import Asker, Which, asked_of, match_label, play_json, question_json


class Amount(StrEnum):
    """What "how many" asks about."""

    PLAYS = "plays"
    SONGS = "songs"
    ARTISTS = "artists"


def speak_count(asker: Asker, answered: Answered[PeriodTotals], counted: Amount) -> str:
    """Say a period's numbers: "This week you had 34 plays, 20 different songs ..."."""
    speaker = asker.speaker
    period = asker.words(answered.question)
    found = answered.value.totals
    if not found.plays:
        return asker.finish(speaker.text("none", tail=speaker.tail(period)), answered)
    if counted is Amount.PLAYS and answered.question.content is Content.PODCASTS:
        # "How many episodes did I stream": episodes, never "0 different songs".
        episodes = speaker.count(found.plays, "episode_one", "episodes")
        return asker.finish(
            speaker.text(
                "count_episodes",
                lead=speaker.lead(period),
                plays=speaker.plays(found.plays),
                episodes=episodes,
            ),
            answered,
        )
    plays = speaker.plays(found.plays)
    songs = speaker.count(found.tracks, "song_one", "songs")
    artists = speaker.count(found.artists, "artist_one", "artists")
    key = {
        Amount.PLAYS: "count_plays",
        Amount.SONGS: "count_songs",
        Amount.ARTISTS: "count_artists",
    }[counted]
    return asker.finish(
        speaker.text(
            key, lead=speaker.lead(period), plays=plays, songs=songs, artists=artists
        ),
        answered,
    )


# -- yes or no -------------------------------------------------------------------


def speak_did(asker: Asker, answered: Answered[NamedCount]) -> str:
    """Say yes with the count, or no: "Yes, you played Daft Punk 12 times ..."."""
    speaker = asker.speaker
    tail = speaker.tail(asker.words(answered.question))
    found = answered.value
    if found.match is None:
        return asker.finish(
            speaker.text("unknown_name", name=asked_of(answered.question)), answered
        )
    label = match_label(speaker, found.match)
    if not found.plays:
        return asker.finish(speaker.text("no_count", name=label, tail=tail), answered)
    return asker.finish(
        speaker.text(
            "yes_count", name=label, times=speaker.times(found.plays), tail=tail
        ),
        answered,
    )


def speak_did_any(asker: Asker, answered: Answered[PeriodTotals]) -> str:
    """Say whether anything was played: "Yes, you had 34 plays today."."""
    speaker = asker.speaker
    tail = speaker.tail(asker.words(answered.question))
    plays = answered.value.totals.plays
    if not plays:
        return asker.finish(speaker.text("no_any", tail=tail), answered)
    return asker.finish(
        speaker.text("yes_any", plays=speaker.plays(plays), tail=tail), answered
    )


# -- the last play -----------------------------------------------------------------


async def async_last_play(
    hass: HomeAssistant, question: Question
) -> Answered[FirstLast]:
    """Return the first and last counted play in the asker's history."""
    return await questions.async_first_last_play(hass, replace(question, name=None))


def speak_last_play(asker: Asker, answered: Answered[FirstLast]) -> str:
    """Say the last play: "The last thing you played was X by Y, today at 5 PM."."""
    speaker = asker.speaker
    row = answered.value.last
    if row is None:
        return asker.finish(speaker.text("none", tail=""), answered)
    return asker.finish(
        speaker.text(
            "last_played",
            item=speaker.by(row.title, row.artist),
            when=speaker.when(dt_util.as_local(row.started_at), asker.today),
        ),
        answered,
    )


def last_play_json(answered: Answered[FirstLast]) -> dict[str, Any]:
    """Return the last play for an LLM."""
    last = answered.value.last
    return {"last": play_json(last) if last else None}


# -- the first and last play of a period -------------------------------------------


async def async_plays_in(hass: HomeAssistant, question: Question) -> Answered[PlaysIn]:
    """Return the first and last counted play of a period (one read)."""
    return await questions.async_plays_in(hass, question)


def speak_play_in(asker: Asker, answered: Answered[PlaysIn], which: Which) -> str:
    """Say "This morning the first thing you played was X by Y, at 8 AM"."""
    speaker = asker.speaker
    question = answered.question
    period = asker.words(question)
    found = answered.value
    row = found.first if which is Which.FIRST else found.last
    if row is None:
        return asker.finish(speaker.text("none", tail=speaker.tail(period)), answered)
    started = dt_util.as_local(row.started_at)
    start = question.period.start
    last_day = (question.period.end - timedelta(microseconds=1)).date()
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
        ),
        answered,
    )


def plays_in_json(answered: Answered[PlaysIn]) -> dict[str, Any]:
    """Return a period's first and last play for an LLM."""
    found = answered.value
    return {
        **question_json(answered),
        "first": play_json(found.first) if found.first else None,
        "last": play_json(found.last) if found.last else None,
    }


def count_period_json(answered: Answered[PeriodTotals]) -> dict[str, Any]:
    """Return a period's counts for an LLM."""
    found = answered.value.totals
    return {
        **question_json(answered),
        "plays": found.plays,
        "different_tracks": found.tracks,
        "different_artists": found.artists,
        "ms_played": found.ms_played,
    }
