"""Turn 30's own tests: the trades' units of time, claims checked, times not known.

The turn's phrasings, and what its writers showed, are in `turn30.py`; the
three checks every turn shares run them from
`tests/voice/test_blind_misses.py`. These tests are as the turn wrote them:
weeks, quarters and halves read by `parse_when`, a claim made a question by
`said_as_asked`, and the exact answers for a calendar week and for a time or
place no reader knows.
"""

from datetime import datetime

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.checked import said_as_asked
from custom_components.encore.voice.when import parse_when

from ..read_as_plain import NOW, TZ
from ..test_voice import ask, history  # noqa: F401


def _day(day: int, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, tzinfo=TZ)


@pytest.mark.parametrize(
    ("lang", "said", "start", "end"),
    [
        # ISO weeks: week 46 of 2026 is 9 to 15 November.
        ("en", "calendar week 46", _day(9), _day(16)),
        ("en", "in calendar week forty six", _day(9), _day(16)),
        ("en", "week number 47", _day(16), NOW),
        ("de", "in der KW 46", _day(9), _day(16)),
        ("de", "Kalenderwoche sechsundvierzig", _day(9), _day(16)),
        # A week not begun this year is last year's.
        ("en", "calendar week 52", _day(22, 12, 2025), _day(29, 12, 2025)),
        ("en", "Q3", _day(1, 7), _day(1, 10)),
        ("en", "the fourth quarter so far", _day(1, 10), NOW),
        ("en", "the first quarter of 2025", _day(1, 1, 2025), _day(1, 4, 2025)),
        ("de", "im dritten Quartal", _day(1, 7), _day(1, 10)),
        ("de", "im vierten Quartal bisher", _day(1, 10), NOW),
        ("en", "H1", _day(1, 1), _day(1, 7)),
        ("en", "the back half of the year", _day(1, 7), NOW),
        ("de", "im ersten Halbjahr", _day(1, 1), _day(1, 7)),
        ("en", "the calendar year 2025", _day(1, 1, 2025), _day(1, 1, 2026)),
        ("en", "on Satdy", _day(14), _day(15)),
        ("en", "at eight o'clock on the dot last night", _day(19), _day(20)),
    ],
)
def test_the_trades_units_and_days(
    lang: str, said: str, start: datetime, end: datetime
) -> None:
    """A week by number, a quarter, a half, a calendar year, an Australian's day."""
    when = parse_when(said, lang, NOW, TZ)
    assert when is not None, said
    assert (when.period.start, when.period.end) == (start, end), when


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "week 54"),
        ("en", "Q5"),
        ("de", "KW 60"),
    ],
)
def test_no_such_unit(lang: str, said: str) -> None:
    """A week or quarter that no year has is no time."""
    assert parse_when(said, lang, NOW, TZ) is None


@pytest.mark.parametrize(
    ("lang", "said", "asked"),
    [
        (
            "en",
            "I didn't have any Queen on Monday, did I?",
            "did I play Queen on Monday?",
        ),
        (
            "en",
            "no way I listened to Air more than thirty times this year",
            "how many times did I play Air this year",
        ),
        (
            "en",
            "surely we haven't streamed more than fifty songs today, eh?",
            "how many songs did we play today?",
        ),
        (
            "en",
            "the first thing I had on this morning was Genesis, wasn't it?",
            "what was the first thing I had on this morning?",
        ),
        (
            "en",
            "there's one artist I keep skipping, isn't there? who is it",
            "which artist do I skip the most",
        ),
        (
            "de",
            "Ich hab diese Woche eh kein Justice gehört, oda?",
            "hab ich diese Woche Justice gehört?",
        ),
        (
            "de",
            "Stimmt's, dass ich gestern nur drei verschiedene Lieder gehört hab?",
            "wie viele verschiedene Lieder hab ich gestern gehört?",
        ),
        (
            "de",
            "Queen hab ich im September sicher ned öfter als zehn Mal gehört, gö?",
            "wie oft hab ich Queen im September gehört?",
        ),
    ],
)
def test_a_claim_checked_is_asked(lang: str, said: str, asked: str) -> None:
    """The tag, the frame and the figure guessed go; what is checked is asked."""
    assert said_as_asked(said, lang) == asked


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        # A learner's and a Singaporean's own shapes stay for their readers.
        ("en", "queen in october, did I"),
        ("en", "yesterday I listen justice or not"),
        # A remark that is no claim of one's own stays as said.
        ("en", "my son swears I played Radiohead this year, did I?"),
        # A title's own words.
        ("en", "how often did I play Isn't She Lovely"),
    ],
)
def test_no_claim_read_where_none_is(lang: str, said: str) -> None:
    """Words the claim's rules cannot make a question of are left as said."""
    assert said_as_asked(said, lang) == said


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "told"),
    [
        (
            "how many hours did I listen in calendar week 46",
            "en",
            "In calendar week 46 you listened for 2 hours and 39 minutes, 30 plays.",
        ),
        (
            "wie viele Stunden hab ich in der KW 46 gehört",
            "de",
            "In KW 46 hast du 2 Stunden und 39 Minuten lang gehört, 30 Wiedergaben.",
        ),
    ],
)
async def test_a_calendar_week_is_answered(
    hass: HomeAssistant, said: str, language: str, told: str
) -> None:
    """Week 46 is 9 to 15 November, last week: the same plays as "last week"."""
    heard = await ask(hass, said, language)
    assert heard.speech == told


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "told"),
    [
        ("what was I listening to on Blursday", "en", 'which time "on Blursday"'),
        ("how long was music playing in the barn", "en", '"barn"'),
        ("wie lange lief Musik in der Scheune", "de", "„Scheune“"),
    ],
)
async def test_a_time_or_place_not_known_is_said(
    hass: HomeAssistant, said: str, language: str, told: str
) -> None:
    """Never today's answer for a time or a place no reader knows: it says which."""
    heard = await ask(hass, said, language)
    assert told in heard.speech, heard.speech
    assert "Today" not in heard.speech
    assert "Heute" not in heard.speech
