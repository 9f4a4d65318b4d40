"""Turn 29's own tests: a span said by its ends, and a restart after a dash.

The turn's phrasings, and what its writers showed, are in `turn29.py`; the
three checks every turn shares run them from
`tests/voice/test_blind_misses.py`. These tests are as the turn wrote them:
the spans read by `parse_when` and the question a span or a restart makes.
"""

from datetime import datetime

import pytest

from custom_components.encore.voice.parse import read_question
from custom_components.encore.voice.parse.reading import Asked
from custom_components.encore.voice.when import parse_when

from ..read_as_plain import NOW, TZ


def _day(day: int, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, tzinfo=TZ)


@pytest.mark.parametrize(
    ("lang", "said", "start", "end"),
    [
        ("en", "from july to september", _day(1, 7), _day(1, 10)),
        (
            "en",
            "in the period from july to september this year",
            _day(1, 7),
            _day(1, 10),
        ),
        ("en", "between the tenth and the twelfth of november", _day(10), _day(13)),
        ("en", "between the second of january and today", _day(2, 1), NOW),
        ("en", "from tuesday the seventeenth through to today", _day(17), NOW),
        ("en", "from july to september last year", _day(1, 7, 2025), _day(1, 10, 2025)),
        ("de", "vom zehnten bis zum zwölften november", _day(10), _day(13)),
        ("de", "von dienstag bis jetzt", _day(17), NOW),
        ("de", "im zeitraum von dienstag, dem siebzehnten, bis heute", _day(17), NOW),
        ("de", "zwischen dienstag und donnerstag", _day(17), _day(20)),
    ],
)
def test_a_span_said_by_its_ends(
    lang: str, said: str, start: datetime, end: datetime
) -> None:
    """From the start of the first end to the end of the second, never now for "to"."""
    when = parse_when(said, lang, NOW, TZ)
    assert when is not None, said
    assert (when.period.start, when.period.end) == (start, end)


def test_since_it_was_got_is_all_time() -> None:
    """ "Since I got it" (the speaker) is all of the history."""
    when = parse_when("since I got it", "en", NOW, TZ)
    assert when is not None
    assert when.period.start is None


def test_a_span_ending_now_is_said_as_since() -> None:
    """ "From Tuesday to today" answers "since Tuesday", not a date range."""
    when = parse_when("from tuesday to today", "en", NOW, TZ)
    assert when is not None
    assert when.label == "since Tuesday"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "between me and you"),
        ("en", "from six o'clock to midnight"),
        ("de", "bis heute"),
    ],
)
def test_no_span(lang: str, said: str) -> None:
    """Words of no time, a clock's span, and "bis heute" (all time) are no span."""
    when = parse_when(said, lang, NOW, TZ)
    assert when is None or when.label is None or "bis" not in when.label, when


def test_a_span_is_the_period_of_the_question() -> None:
    """ "Between the first of October and today" is the question's period."""
    reading = read_question(
        "which artist did I play most between the first of October and today",
        "en",
        NOW,
        TZ,
    )
    assert reading.asked is Asked.TOP
    when = parse_when(reading.when or "", "en", NOW, TZ)
    assert when is not None
    assert (when.period.start, when.period.end) == (_day(1, 10), NOW)


def test_a_restart_after_a_dash_asks_the_second_question() -> None:
    """ "Wie viele — nee, welche Lieder …": which songs, not how many plays."""
    reading = read_question(
        "wie viele lieder wie viele — nee welche lieder hab ich seit märz am meisten gehört",
        "de",
        NOW,
        TZ,
    )
    assert reading.asked is Asked.TOP
