"""Habits: when someone listens most, new artists, skipping, repeats, streaks.

Each question is one read of the history's own measures (`heatmap`,
`discovered`, `skip_rate`, `most_skipped`, `repeat_rate`, `streaks`; their
definitions are in `history.queries`), spoken in a sentence and sent as data
to LLMs.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from ..history.periods import Period
from ..history.queries import (
    SkipEntry,
    Streaks,
    TopEntry,
    TopKind,
    discovered,
    heatmap,
    most_skipped,
    peak_cell,
    repeat_rate,
    skip_rate,
    streaks,
    stream_count,
    totals,
)
from .ask import DEFAULT_RULE, SPOKEN_ITEMS, Asker, async_read, period_json


class Habit(StrEnum):
    """Which habit a question is about."""

    PEAK = "peak"
    NEW_ARTISTS = "new_artists"
    SKIPS = "skips"
    MOST_SKIPPED = "most_skipped"
    REPEAT = "repeat"
    STREAK = "streak"


@dataclass(frozen=True, slots=True)
class HabitAnswer:
    """One habit's figures over a period."""

    habit: Habit
    period: Period
    data: dict[str, Any]
    """Plain values: what `speak_habit` says and LLMs get."""


def _peak(grid: list[list[int]]) -> dict[str, Any] | None:
    """Find the busiest hour of the day and weekday; the earliest on a tie.

    The taste summary's peak (`peak_cell`), with the sums per hour and per
    weekday for LLMs.
    """
    peak = peak_cell(grid)
    if peak is None:
        return None
    return {
        **peak,
        "minutes_by_hour": [sum(day[hour] for day in grid) for hour in range(24)],
        "minutes_by_weekday": [sum(day) for day in grid],
    }


# The kinds skips are counted by (`most_skipped`); a song when none is said.
SKIPPED_KINDS = (TopKind.TRACK, TopKind.ARTIST)
# Most skipped: the LLMs get this many; a spoken answer names the first.
SKIPPED_LISTED = 5


async def async_habit(
    hass: HomeAssistant,
    asker: Asker,
    period: Period,
    habit: Habit,
    *,
    kind: TopKind = TopKind.TRACK,
    limit: int = SKIPPED_LISTED,
) -> HabitAnswer:
    """Return the figures of one habit (one read).

    `kind` and `limit`: what the most skipped are (tracks or artists) and
    how many are listed.
    """
    zone = dt_util.get_default_time_zone()
    scope = asker.scope

    def read(conn: Connection) -> dict[str, Any]:
        match habit:
            case Habit.PEAK:
                return {"peak": _peak(heatmap(conn, scope, period, zone))}
            case Habit.NEW_ARTISTS:
                # Every new artist is counted; the list is for reading.
                count, found = discovered(
                    conn, scope, period, limit=50, rule=DEFAULT_RULE
                )
                return {"count": count, "artists": [_entry(entry) for entry in found]}
            case Habit.SKIPS:
                return {
                    "skip_rate": skip_rate(conn, scope, period),
                    "streams": stream_count(conn, scope, period),
                }
            case Habit.MOST_SKIPPED:
                return {
                    "kind": str(kind),
                    "most_skipped": [
                        _skipped(entry)
                        for entry in most_skipped(
                            conn, scope, period, kind, limit=limit
                        )
                    ],
                    "streams": stream_count(conn, scope, period),
                }
            case Habit.REPEAT:
                sums = totals(conn, scope, period, rule=DEFAULT_RULE)
                return {
                    "repeat_rate": repeat_rate(conn, scope, period, rule=DEFAULT_RULE),
                    "plays": sums.plays,
                }
            case Habit.STREAK:
                return {
                    "streaks": _streaks(streaks(conn, scope, zone, today=asker.today))
                }

    return HabitAnswer(habit, period, await async_read(hass, read, asker))


def _entry(entry: TopEntry) -> dict[str, Any]:
    return {"name": entry.name, "plays": entry.plays, "ms_played": entry.ms_played}


def _skipped(entry: SkipEntry) -> dict[str, Any]:
    return {
        "name": entry.name,
        "artist": entry.artist,
        "skips": entry.skips,
        "streams": entry.streams,
        "uri": entry.uri,
    }


def _streaks(found: Streaks) -> dict[str, Any]:
    return {
        "current_days": found.current_days,
        "longest_days": found.longest_days,
        "longest_start": found.longest_start.isoformat()
        if found.longest_start
        else None,
        "longest_end": found.longest_end.isoformat() if found.longest_end else None,
    }


def speak_habit(asker: Asker, answer: HabitAnswer, *, spoken: int = 1) -> str:
    """Say one habit in a sentence.

    `spoken`: how many of the most skipped are named (as many as asked).
    """
    speaker = asker.speaker
    period = asker.words(answer.period)
    lead = speaker.lead(period)
    none = speaker.text("none", tail=speaker.tail(period))
    data = answer.data
    match answer.habit:
        case Habit.PEAK:
            peak = data["peak"]
            if peak is None:
                return asker.finish(none)
            hour = datetime.combine(asker.today, time(peak["hour"]), tzinfo=UTC)
            return asker.finish(
                speaker.text(
                    "peak",
                    lead=lead,
                    time=speaker.clock(hour),
                    weekday=speaker.weekday(peak["weekday"]),
                )
            )
        case Habit.NEW_ARTISTS:
            artists = data["artists"]
            if not artists:
                return asker.finish(speaker.text("new_artists_none", lead=lead))
            count = speaker.count(data["count"], "new_artist_one", "new_artists_n")
            names = speaker.join([entry["name"] for entry in artists[:SPOKEN_ITEMS]])
            # More than are named: the named are the most played, not all.
            key = (
                "new_artists" if data["count"] <= SPOKEN_ITEMS else "new_artists_among"
            )
            return asker.finish(speaker.text(key, lead=lead, count=count, names=names))
        case Habit.SKIPS:
            streams = data["streams"]
            if not streams:
                return asker.finish(none)
            skipped = round(data["skip_rate"] * streams)
            return asker.finish(
                speaker.text(
                    "skips",
                    lead=lead,
                    share=speaker.percent(data["skip_rate"]),
                    skipped=speaker.number(skipped),
                    streams=speaker.count(streams, "stream_one", "streams"),
                )
            )
        case Habit.MOST_SKIPPED:
            return asker.finish(_speak_most_skipped(asker, answer, spoken))
        case Habit.REPEAT:
            if not data["plays"]:
                return asker.finish(none)
            return asker.finish(
                speaker.text(
                    "repeat", lead=lead, share=speaker.percent(data["repeat_rate"])
                )
            )
        case Habit.STREAK:
            found = data["streaks"]
            if not found["longest_days"]:
                return asker.finish(speaker.text("none", tail=""))
            start = datetime.fromisoformat(found["longest_start"]).date()
            end = datetime.fromisoformat(found["longest_end"]).date()
            values = {
                "current": speaker.count(found["current_days"], "day_one", "days"),
                "longest": speaker.count(found["longest_days"], "day_one", "days"),
                "start": speaker.day(start, with_year=start.year != asker.today.year),
                "end": speaker.day(end, with_year=end.year != asker.today.year),
            }
            key = "streak" if found["current_days"] else "streak_none"
            return asker.finish(speaker.text(key, **values))


def _speak_most_skipped(asker: Asker, answer: HabitAnswer, spoken: int) -> str:
    """Say "This month the song you skipped most was X, skipped 5 times out of 9 streams"."""
    speaker = asker.speaker
    period = asker.words(answer.period)
    data = answer.data
    if not data["streams"]:
        return speaker.text("none", tail=speaker.tail(period))
    found = data["most_skipped"]
    if not found:
        return speaker.text("skipped_nothing", lead=speaker.lead(period))
    first, *rest = found[:spoken]
    speech = speaker.text(
        f"skipped_most_{data['kind']}",
        lead=speaker.lead(period),
        first=speaker.by(first["name"], first["artist"]),
        times=speaker.times(first["skips"]),
        skipped=speaker.number(first["skips"]),
        streams=speaker.count(first["streams"], "stream_one", "streams"),
    )
    if rest:
        others = speaker.join([entry["name"] for entry in rest])
        speech = f"{speech} {speaker.text('skipped_then', rest=others)}"
    return speech


def habit_json(answer: HabitAnswer) -> dict[str, Any]:
    """Return a habit's figures for an LLM."""
    return {
        "habit": str(answer.habit),
        "period": period_json(answer.period),
        **answer.data,
    }
