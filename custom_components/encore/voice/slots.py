"""A listed sentence's period and place, read from its slots.

The words a sentence's `when` wildcard caught ("last Friday evening", "in the
kitchen yesterday"), or a period's name from a list, become the question's
period, its label and a place; `ask` makes the `Question` of them.
"""

from dataclasses import dataclass
from datetime import datetime
import re
from typing import Any, Final

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from ..history.periods import Period, PeriodName
from ..history.questions import Content, Counted, Question
from .ask import Asker, NotUnderstoodError, moment_asked, words
from .heard import clean_time
from .parse.dialect_de_swiss import unread_swiss
from .rooms import Place, is_place, split_place, where_of
from .when import LATELY_DAYS, normalize, other_half, parse_when


class PlaceNotAnsweredError(ValueError):
    """A place said with a moment where a period is needed (a play request's songs)."""


@dataclass(frozen=True, slots=True)
class Heard:
    """The period heard in the slots, what to call it, and a place said with it."""

    period: Period
    label: str | None = None
    place: Place | None = None
    moment: datetime | None = None
    unplaced: str | None = None
    """The label without the place, for words taken for one that are none."""
    other_half: datetime | None = None
    """The moment's other half of the day, when its hour was said without one."""
    said: bool = False
    """Whether the words said a period (in words, by its name or in days).

    Words that are only fillers ("was war nochmal das letzte Lied") say none,
    nor does a place said alone ("the last song I played in the kitchen",
    "... in my chair": issue 45's twenty-eighth turn).
    """


def heard_period(
    asker: Asker,
    values: dict[str, Any],
    default: PeriodName = PeriodName.ALL_TIME,
) -> Heard:
    """Return the period of the slots (words said, or a period's name) and a place.

    Raises `NotUnderstoodError` for words that are no time. A place said
    with a moment ("in the kitchen at noon") is kept with the moment: what
    played there then.
    """
    if (said := values.get("when")) is not None:
        text = clean_time(str(said), asker.speaker.language)
        if text:
            language = asker.speaker.language
            zone = dt_util.get_default_time_zone()
            if (when := parse_when(text, language, asker.now, zone)) is not None:
                return Heard(
                    when.period,
                    when.label,
                    None,
                    when.moment,
                    other_half=when.other_half,
                    said=True,
                )
            found = split_place(text, language, asker.now, zone)
            if found is None or (language == "de" and unread_swiss(normalize(text))):
                # "Hüt am Zvieri": a Swiss time of day is no place to leave
                # out; the whole utterance asks it back (issue 45's 18th turn).
                raise NotUnderstoodError(text)
            place, when = found
            if when is not None and when.moment is not None:
                # "What was playing in the kitchen at noon": the moment, there.
                return Heard(
                    when.period,
                    when.label,
                    place,
                    when.moment,
                    unplaced=when.label,
                    other_half=when.other_half,
                    said=True,
                )
            if when is not None:
                period, label = when.period, when.label
            else:
                period, label = named_period(asker, values, default), None
            base = label or asker.speaker.tail(words(period)).strip()
            return Heard(
                period,
                f"{base} {_inside_a_sentence(place.said)}".strip(),
                place,
                unplaced=label,
                said=when is not None or _named(values),
            )
    return Heard(named_period(asker, values, default), said=_named(values))


# A place's preposition as said at the start of a question ("In the kitchen,
# during October, ..."), which the answer puts after its period: "In
# October in the kitchen", never "In October In the kitchen".
_PREPOSITION: Final = re.compile(r"^(?:In|Im|At|On|Bei|Beim|Auf|Aus|From|Over|Über)\b")


def _inside_a_sentence(said: str) -> str:
    return _PREPOSITION.sub(lambda found: found[0].lower(), said)


def heard_hour_or_period(asker: Asker, values: dict[str, Any]) -> Heard:
    """Return the moment of an hour said in the slots, else the period (today).

    An hour said without its half of the day keeps the other half's moment,
    twelve hours before (`Heard.other_half`).
    """
    if values.get("when") is not None or (hour := values.get("hour")) is None:
        return heard_period(asker, values, PeriodName.TODAY)
    day = values.get("period")
    meridiem = values.get("meridiem")
    moment = moment_asked(
        asker.now,
        hour,
        values.get("minute", 0),
        meridiem,
        day if day in (PeriodName.TODAY, PeriodName.YESTERDAY) else None,
    )
    return Heard(
        asker.period(PeriodName.TODAY),
        moment=moment,
        other_half=other_half(moment, int(hour), meridiem),
    )


def _named(values: dict[str, Any]) -> bool:
    """Whether a list slot names the period (by its name, or in days)."""
    return "period" in values or "days" in values


def in_a_room(hass: HomeAssistant, heard: Heard) -> bool:
    """Whether the words heard name one of the home's places."""
    return heard.place is not None and is_place(hass, heard.place)


def named_period(asker: Asker, values: dict[str, Any], default: PeriodName) -> Period:
    """Return the period a list slot names (or the default), in days when said."""
    default = PeriodName(values.get("default", default))
    days = values.get("days")
    if default is PeriodName.LAST_DAYS and days is None and "period" not in values:
        # "On repeat", said without a period: lately, as the parser says it.
        days = LATELY_DAYS
    return asker.period(values.get("period"), days=days, default=default)


def ask(
    hass: HomeAssistant,
    asker: Asker,
    values: dict[str, Any],
    counted: Counted,
    heard: Heard,
    **more: Any,
) -> Question:
    """Return the question the slots ask: its period, place and content.

    Words taken for a place that are none ("im Großen und Ganzen") are left
    out (`rooms.is_place`).
    """
    place, label = heard.place, heard.label
    if place is not None and not is_place(hass, place):
        place, label = None, heard.unplaced
    return asker.question(
        counted,
        heard.period,
        label=label,
        content=Content(values.get("content", Content.EVERYTHING)),
        where=None if place is None else where_of(hass, place),
        **more,
    )
