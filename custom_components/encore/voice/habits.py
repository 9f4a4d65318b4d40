"""Habits: when someone listens most, new artists, skipping, repeats, streaks.

Each question is one answer of the question layer's habit families
(`history.questions.habits`: the heatmap, new artists, skips, the most
skipped, repeats, streaks; their measures are defined in `history.queries`),
spoken in a sentence and sent as data to LLMs.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any, Final

from homeassistant.core import HomeAssistant

from ..history import questions
from ..history.questions import (
    Answered,
    Question,
    SkipEntry,
    Streaks,
    TopEntry,
    TopKind,
    peak_cell,
)
from .ask import SPOKEN_ITEMS, Asker, question_json


class Habit(StrEnum):
    """Which habit a question is about."""

    PEAK = "peak"
    NEW_ARTISTS = "new_artists"
    SKIPS = "skips"
    MOST_SKIPPED = "most_skipped"
    REPEAT = "repeat"
    STREAK = "streak"
    DAY_PARTS = "day_parts"
    """Mornings, afternoons, evenings or nights: when more is played."""
    WEEK_PARTS = "week_parts"
    """Weekdays or weekends: when more is played, for a day."""


@dataclass(frozen=True, slots=True)
class HabitFigures:
    """One habit's figures over the question's period."""

    habit: Habit
    data: dict[str, Any]
    """Plain values: what `speak_habit` says and LLMs get."""


type HabitAnswer = Answered[HabitFigures]


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


# Where each part of the day begins (the hour a play ends in, as the usual
# hour counts it).
DAY_PARTS = (("night", 0), ("morning", 5), ("afternoon", 12), ("evening", 18))


def _day_parts(grid: list[list[int]]) -> dict[str, int]:
    """Minutes per part of the day, from the week's grid of minutes per hour."""
    parts = dict.fromkeys((name for name, _ in DAY_PARTS), 0)
    for day in grid:
        for hour, minutes in enumerate(day):
            parts[[name for name, first in DAY_PARTS if first <= hour][-1]] += minutes
    return parts


def _week_parts(grid: list[list[int]]) -> dict[str, int]:
    """Minutes on weekdays and at weekends (Monday is the grid's first day)."""
    return {
        "weekday": sum(sum(day) for day in grid[:5]),
        "weekend": sum(sum(day) for day in grid[5:]),
    }


# What each habit read from the heatmap makes of it, as the figures it sends.
_HEATMAP_READINGS: Final[dict[Habit, Callable[[list[list[int]]], dict[str, Any]]]] = {
    Habit.PEAK: lambda grid: {"peak": _peak(grid)},
    Habit.DAY_PARTS: lambda grid: {"minutes_by_part": _day_parts(grid)},
    Habit.WEEK_PARTS: lambda grid: {"minutes_by_part": _week_parts(grid)},
}


# The kinds skips are counted by (`most_skipped`); a song when none is said.
SKIPPED_KINDS = (TopKind.TRACK, TopKind.ARTIST)
# Most skipped: the LLMs get this many; a spoken answer names the first.
SKIPPED_LISTED = 5


async def async_habit(
    hass: HomeAssistant, question: Question, habit: Habit, *, today: date
) -> HabitAnswer:
    """Return the figures of one habit (one answer of the question layer's).

    The question's `ranked` and `limit` say what the most skipped are
    (tracks or artists) and how many are listed. The same habit asked again
    before anything new is stored shares the read, and so do the peak and
    the parts of the day and week: all three are the one heatmap.
    """
    answered: Answered[Any]
    match habit:
        case Habit.PEAK | Habit.DAY_PARTS | Habit.WEEK_PARTS:
            answered = await questions.async_heatmap(hass, question)
            found = _HEATMAP_READINGS[habit](answered.value)
        case Habit.NEW_ARTISTS:
            # Every new artist is counted; the list is for reading.
            new = await questions.async_new_artists(hass, replace(question, limit=50))
            answered = replace(new, question=question)
            found = {
                "count": new.value.count,
                "artists": [_entry(entry) for entry in new.value.artists],
            }
        case Habit.SKIPS:
            answered = skips = await questions.async_skips(hass, question)
            found = {"skip_rate": skips.value.rate, "streams": skips.value.out_of}
        case Habit.MOST_SKIPPED:
            answered = skipped = await questions.async_most_skipped(hass, question)
            found = {
                "kind": str(question.ranked),
                "most_skipped": [_skipped(entry) for entry in skipped.value.entries],
                "streams": skipped.value.streams,
            }
        case Habit.REPEAT:
            answered = repeats = await questions.async_repeat(hass, question)
            found = {"repeat_rate": repeats.value.rate, "plays": repeats.value.out_of}
        case Habit.STREAK:
            answered = runs = await questions.async_streaks(hass, question, today=today)
            found = {"streaks": _streaks(runs.value)}
    return answered.with_value(HabitFigures(habit, found))


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


def speak_habit(
    asker: Asker,
    answer: HabitAnswer,
    *,
    spoken: int = 1,
    parts: tuple[str, ...] = (),
) -> str:
    """Say one habit in a sentence, with what every answer adds (`Asker.finish`).

    `spoken`: how many of the most skipped are named (as many as asked).
    `parts`: the parts of the day the question names ("mornings or
    evenings"); two or more are weighed against each other alone.
    """
    habit = answer.value.habit
    if habit is Habit.MOST_SKIPPED:
        speech = _speak_most_skipped(asker, answer, spoken)
    elif habit is Habit.DAY_PARTS and len(parts) > 1:
        minutes = answer.value.data["minutes_by_part"]
        asked = {part: minutes[part] for part in parts if part in minutes}
        speech = (
            _speak_day_parts(asker, _lead(asker, answer), asked, every=True)
            if sum(asked.values())
            else _nothing(asker, answer)
        )
        top = max(minutes, key=lambda part: minutes[part])
        if top not in asked and minutes[top] > max(asked.values(), default=0):
            # "Mornings or evenings?" when the afternoons hold the most: the
            # two weighed as asked, and the part that holds the most said
            # too, so the answer never leaves the listener's peak out.
            speech += " " + asker.speaker.text(
                "day_parts_beyond",
                part=asker.speaker.text(f"part_{top}"),
                duration=asker.speaker.duration(minutes[top] * 60_000),
            )
    else:
        speech = _SAYINGS[habit](asker, answer)
    return asker.finish(speech, answer)


def _lead(asker: Asker, answer: HabitAnswer) -> str:
    """Return how a habit's sentence opens: "This month you"."""
    return asker.speaker.lead(asker.words(answer.question))


def _nothing(asker: Asker, answer: HabitAnswer) -> str:
    """Say nothing was played in the question's period."""
    speaker = asker.speaker
    return speaker.text("none", tail=speaker.tail(asker.words(answer.question)))


def _speak_peak(asker: Asker, answer: HabitAnswer) -> str:
    """Say "This month you listened most around 8 PM, and most on Fridays"."""
    speaker = asker.speaker
    peak = answer.value.data["peak"]
    if peak is None:
        return _nothing(asker, answer)
    hour = datetime.combine(asker.today, time(peak["hour"]), tzinfo=UTC)
    return speaker.text(
        "peak",
        lead=_lead(asker, answer),
        time=speaker.clock(hour),
        weekday=speaker.weekday(peak["weekday"]),
    )


def _speak_new_artists(asker: Asker, answer: HabitAnswer) -> str:
    """Say "This month you discovered 4 new artists, most of all A, B and C"."""
    speaker = asker.speaker
    data = answer.value.data
    lead = _lead(asker, answer)
    artists = data["artists"]
    if not artists:
        return speaker.text("new_artists_none", lead=lead)
    count = speaker.count(data["count"], "new_artist_one", "new_artists_n")
    names = speaker.join([entry["name"] for entry in artists[:SPOKEN_ITEMS]])
    # More than are named: the named are the most played, not all.
    key = "new_artists" if data["count"] <= SPOKEN_ITEMS else "new_artists_among"
    return speaker.text(key, lead=lead, count=count, names=names)


def _speak_skips(asker: Asker, answer: HabitAnswer) -> str:
    """Say "This month you skipped 12% of what you played, 9 of 75 streams"."""
    speaker = asker.speaker
    data = answer.value.data
    streams = data["streams"]
    if not streams:
        return _nothing(asker, answer)
    return speaker.text(
        "skips",
        lead=_lead(asker, answer),
        share=speaker.percent(data["skip_rate"]),
        skipped=speaker.number(round(data["skip_rate"] * streams)),
        streams=speaker.count(streams, "stream_one", "streams"),
    )


def _speak_parts(asker: Asker, answer: HabitAnswer) -> str:
    """Say when more is played: the parts of the day, or weekdays and weekends."""
    minutes = answer.value.data["minutes_by_part"]
    if not sum(minutes.values()):
        return _nothing(asker, answer)
    if answer.value.habit is Habit.DAY_PARTS:
        return _speak_day_parts(asker, _lead(asker, answer), minutes)
    return _speak_week_parts(asker, _lead(asker, answer), minutes)


def _speak_repeat(asker: Asker, answer: HabitAnswer) -> str:
    """Say "This month 30% of your plays were songs you had already played"."""
    data = answer.value.data
    if not data["plays"]:
        return _nothing(asker, answer)
    return asker.speaker.text(
        "repeat",
        lead=_lead(asker, answer),
        share=asker.speaker.percent(data["repeat_rate"]),
    )


def _speak_streak(asker: Asker, answer: HabitAnswer) -> str:
    """Say the current run of days with a play, and the longest, from when to when."""
    speaker = asker.speaker
    found = answer.value.data["streaks"]
    if not found["longest_days"]:
        return speaker.text("none", tail="")
    start = datetime.fromisoformat(found["longest_start"]).date()
    end = datetime.fromisoformat(found["longest_end"]).date()
    values = {
        "current": speaker.count(found["current_days"], "day_one", "days"),
        "longest": speaker.count(found["longest_days"], "day_one", "days"),
        "start": speaker.day(start, with_year=start.year != asker.today.year),
        "end": speaker.day(end, with_year=end.year != asker.today.year),
    }
    key = "streak" if found["current_days"] else "streak_none"
    return speaker.text(key, **values)


def _speak_day_parts(
    asker: Asker, lead: str, minutes: dict[str, int], *, every: bool = False
) -> str:
    """Say "This month you listened most in the evenings, 5 hours; then ...".

    `every`: the parts were named by the question, so one with no minutes is
    said too, as a part not listened in at all ("You did not listen at night
    at all."), never as a duration of nothing ("then at night 0 seconds")
    nor left out for "only in the afternoons".
    """
    speaker = asker.speaker
    ranked = [
        part for part in sorted(minutes, key=lambda p: -minutes[p]) if minutes[part]
    ]
    unheard = [part for part in minutes if not minutes[part]] if every else []
    first, *rest = ranked

    def said(part: str) -> tuple[str, str]:
        return speaker.text(f"part_{part}"), speaker.duration(minutes[part] * 60_000)

    part, duration = said(first)
    if rest:
        others = speaker.join(
            [
                speaker.text("part_of", part=name, duration=spoken)
                for name, spoken in map(said, rest)
            ]
        )
        speech = speaker.text(
            "day_parts", lead=lead, part=part, duration=duration, rest=others
        )
    else:
        key = "day_parts_most" if unheard else "day_parts_one"
        speech = speaker.text(key, lead=lead, part=part, duration=duration)
    if not unheard:
        return speech
    never = speaker.text(
        "day_parts_never",
        parts=speaker.join([speaker.text(f"part_{name}") for name in unheard]),
    )
    # German says the part first ("Nachts hast du ..."): a sentence's capital.
    return f"{speech} {never[:1].upper()}{never[1:]}"


def _speak_week_parts(asker: Asker, lead: str, minutes: dict[str, int]) -> str:
    """Say whether more is played on weekdays or at weekends, for a day."""
    speaker = asker.speaker
    # Two weekend days against five weekdays: compared per day.
    weekend = minutes["weekend"] / 2 > minutes["weekday"] / 5
    more, less = ("weekend", "weekday") if weekend else ("weekday", "weekend")
    return speaker.text(
        "week_parts",
        lead=lead,
        more=speaker.text(f"week_{more}"),
        less=speaker.text(f"week_{less}"),
        share=speaker.percent(minutes["weekend"] / sum(minutes.values())),
    )


def _speak_most_skipped(asker: Asker, answer: HabitAnswer, spoken: int) -> str:
    """Say "This month the song you skipped most was X, skipped 5 times out of 9 streams"."""
    speaker = asker.speaker
    period = asker.words(answer.question)
    data = answer.value.data
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


# How each habit is said, but the most skipped (it names as many as asked).
_SAYINGS: Final[dict[Habit, Callable[[Asker, HabitAnswer], str]]] = {
    Habit.PEAK: _speak_peak,
    Habit.NEW_ARTISTS: _speak_new_artists,
    Habit.SKIPS: _speak_skips,
    Habit.DAY_PARTS: _speak_parts,
    Habit.WEEK_PARTS: _speak_parts,
    Habit.REPEAT: _speak_repeat,
    Habit.STREAK: _speak_streak,
}


def habit_json(answer: HabitAnswer) -> dict[str, Any]:
    """Return a habit's figures for an LLM."""
    return {
        **question_json(answer),
        "habit": str(answer.value.habit),
        **answer.value.data,
    }
