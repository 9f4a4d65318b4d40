"""A time said in the household's other language (issue 45's eighteenth turn).

A bilingual writer (58) switched languages mid-sentence: "who did we listen
to most im Oktober", "wer war mein top artist this month". The time in the
other language was left out, and the answer was about all of the history
or about today: 32 wrong facts in 166 questions. `when/crossed.py` writes
the other language's times in the question's own words before they are
read. The phrasings here are this file's own.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.when import parse_when
from custom_components.encore.voice.when.crossed import in_own_words

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("said", "language", "own"),
    [
        ("welche Band hab ich last week gehört", "de", "letzte woche"),
        ("was lief yesterday evening", "de", "gestern abend"),
        ("top songs so far this year", "de", "dieses jahr"),
        ("wie viele Podcasts recently", "de", "in letzter zeit"),
        ("wen hab ich since October gehört", "de", "seit oktober"),
        ("which songs did I play letzten Montag", "en", "last monday"),
        ("how long did I listen heute Nachmittag", "en", "this afternoon"),
        ("who did I play most seit September", "en", "since september"),
        ("what was on um halb neun", "en", "at half past eight"),
        ("what was playing gegen zehn nach sieben", "en", "at ten past seven"),
    ],
)
def test_times_in_own_words(said: str, language: str, own: str) -> None:
    """The other language's time is written in the question's words, and read."""
    turned = in_own_words(said, language)
    assert own in turned.casefold(), turned
    assert parse_when(own, language, NOW, ZONE) is not None


@pytest.mark.parametrize(
    ("said", "language"),
    [
        # A title with a capital is no time.
        ("hab ich Yesterday von den Beatles gehört", "de"),
        # "Um" before a figure is an English filler.
        ("what were my, um, 3 top songs", "en"),
        # Nothing of the other language.
        ("wie oft lief Air am Freitag", "de"),
        ("how many songs did I play on Friday", "en"),
    ],
)
def test_left_as_said(said: str, language: str) -> None:
    """Nothing that is no time of the other language is turned."""
    assert in_own_words(said, language) == said


SAME_AS_PLAIN = [
    (
        "which band did we listen to most im Oktober",
        "which band did we listen to most in October",
        "en",
    ),
    (
        "how long did I listen gestern Abend",
        "how long did I listen yesterday evening",
        "en",
    ),
    ("top three songs seit September", "top three songs since September", "en"),
    ("did I hear any Air letzte Woche", "did I hear any Air last week", "en"),
    ("give me a rundown of my Monat", "give me a rundown of my month", "en"),
    (
        "welcher Künstler war mein top artist last month",
        "welcher Künstler war letzten Monat mein Top-Künstler",
        "de",
    ),
    (
        "wie oft hab ich Daft Punk gehört this year",
        "wie oft habe ich dieses Jahr Daft Punk gehört",
        "de",
    ),
    (
        "wie lange hab ich yesterday Musik gehört",
        "wie lange habe ich gestern Musik gehört",
        "de",
    ),
    (
        "welche Alben hab ich recently am meisten gehört",
        "welche Alben habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
]


@pytest.mark.usefixtures("history")
async def test_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A question with a time in the other language is answered as its plain form."""
    for said, plain, language in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A command with the other language's words is still Home Assistant's."""
    for said, language in [
        ("spiel Musik in der Küche, die von yesterday", "de"),
        ("play the playlist von gestern in the kitchen", "en"),
        ("mach die Musik leiser, this is too loud", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
