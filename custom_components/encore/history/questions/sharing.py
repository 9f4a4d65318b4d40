"""When two askers ask one question: the key that lets them share a read.

The history shares a read among askers whose keys are equal, until the next
write (`HistoryManager.async_read`, `store.reads`). A key must hold every
value the read depends on; here it is derived from the `Question` alone (and
the few parameters of a family), so no door builds one and the same question
shares its figures across the actions, the websocket commands and the tools.
"""

from collections.abc import Hashable
from typing import Final

from homeassistant.util import dt as dt_util

from ..periods import PeriodName
from .question import Question

# Periods that end at the moment they are asked about.
_ONGOING: Final = frozenset(
    {
        PeriodName.TODAY,
        PeriodName.THIS_WEEK,
        PeriodName.THIS_MONTH,
        PeriodName.THIS_YEAR,
        PeriodName.LAST_DAYS,
        PeriodName.ALL_TIME,
    }
)


def same_question(
    family: str, question: Question | None, *more: Hashable
) -> Hashable | None:
    """Return what makes two asks of `family` one read, so they may share it.

    Everything the read depends on: the family and its parameters (`more`),
    what the question counts and how (`_asked`), whose plays, the place,
    the period, Home Assistant's time zone and today's date
    (`same_period`). None when a value in it cannot be a key.
    """
    asked = () if question is None else _asked(question)
    return hashable((family, *more, *asked, *same_period(question)))


def _asked(question: Question) -> tuple[Hashable, ...]:
    """Return what a read depends on in a question beside scope, place, period.

    The account titles and the phrases an answer says (`Whose.said`,
    `Question.label`) are the door's rendering: two askers who differ in
    them still read the same figures.
    """
    return (
        question.counted,
        question.content,
        question.rule,
        question.ranked,
        question.rank_by,
        question.limit,
        question.name,
    )


def same_period(question: Question | None) -> tuple[Hashable, ...]:
    """Return whose plays, which period and where a read is about, as a key.

    With Home Assistant's time zone and today's date. A period still going
    on ends "now", a moment later for each asker: its end is left out, since
    a play ending in between would be a write, and a write starts a new
    generation of reads.
    """
    time_zone = dt_util.get_default_time_zone()
    if question is None:
        return (None, None, None, str(time_zone), dt_util.now(time_zone).date())
    period = question.period
    return (
        question.scope,
        question.where,
        (
            period.name,
            period.start,
            period.days,
            None if period.name in _ONGOING else period.end,
        ),
        str(time_zone),
        dt_util.now(time_zone).date(),
    )


def hashable(key: tuple[Hashable, ...]) -> Hashable | None:
    """Return the key, or None when a value in it cannot be a key."""
    try:
        hash(key)
    except TypeError:
        return None
    return key
