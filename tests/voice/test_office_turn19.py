"""Office words for a listening question (issue 45's nineteenth turn).

An office worker asks for a report: "can I get a quick readout on ...",
"the headline number on ...", "a deep dive into my listening for ...",
"which song gets binned most", "my skip percentage", "Monday to Friday or at
the weekend", "did Justice feature at all"; in German "ein kurzes Reporting
über ...", "Deep Dive in ...", "Zwischenstand bitte", "die Peak-Zeit". They
are read as their plain words (`parse/office.py`), the net holds them
(`net_office`), and a speaker said without a room ("on the speaker", "on the
go") is no room (`parse/places.py`, `rooms.py`).

The phrasings are this file's own.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import read_question
from custom_components.encore.voice.parse.office import OFFICE_DE, OFFICE_EN
from custom_components.encore.voice.parse.rules import rewrite

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("said", "language", "plain"),
    [
        ("the headline figure for my top songs", "en", " my top songs"),
        ("a deep dive into my week", "en", "recap of my week"),
        ("which tune got binned the most", "en", "which tune gets skipped the most"),
        ("do we bin podcasts a lot", "en", "do we skip podcasts a lot"),
        ("more from monday to friday", "en", "more on weekdays"),
        ("did daft punk make an appearance", "en", "did i play daft punk"),
        ("my replay percentage", "en", "my replay rate"),
        ("wie viele songs, zwischenstand bitte", "de", "wie viele songs"),
        ("ein reporting zu meinem mai", "de", "rückblick auf meinem mai"),
        ("meine peak-zeit", "de", "meine hauptzeit"),
        ("montag bis freitag", "de", "unter der woche"),
    ],
)
def test_office_words(said: str, language: str, plain: str) -> None:
    """Each office wrapping becomes the question's own words."""
    table = OFFICE_DE if language == "de" else OFFICE_EN
    assert rewrite(table, said) == plain


@pytest.mark.parametrize(
    ("said", "language", "asked", "when", "place"),
    [
        (
            "give me the top-line number on my plays this week",
            "en",
            "plays",
            "this week",
            None,
        ),
        ("a drill-down of my listening last month", "en", "recap", "last month", None),
        ("which artist gets binned most often", "en", "most_skipped", None, None),
        ("what's my repeat percentage this year", "en", "repeat", "this year", None),
        ("what hour am I usually on the speaker", "en", "peak", None, None),
        (
            "how many days running have I had music on the go",
            "en",
            "streak",
            None,
            None,
        ),
        ("was ist meine Peak-Zeit", "de", "peak", None, None),
        ("ein kurzes Briefing zu meinem Oktober", "de", "recap", "Oktober", None),
        # The report only wraps a question of another family: that family.
        ("a deep dive into my top songs this year", "en", "top", "this year", None),
        (
            "ein kurzes Update zu meinen Top 5 Songs diese Woche",
            "de",
            "top",
            "diese Woche",
            None,
        ),
        # A framing said first is no name.
        ("quick one how many plays yesterday", "en", "plays", "yesterday", None),
        ("sanity check, how many songs this week", "en", "plays", "this week", None),
        ("kurze Frage, wie viele Lieder gestern", "de", "plays", "gestern", None),
        (
            "Kurzes Update bitte, was lief heute Morgen",
            "de",
            "what_played",
            "heute Morgen",
            None,
        ),
    ],
)
def test_read(
    said: str, language: str, asked: str, when: str | None, place: str | None
) -> None:
    """The report is read as the question it wraps, and no speaker is a room."""
    reading = read_question(said, language, NOW, ZONE)
    assert reading.asked is not None
    assert (reading.asked.value, reading.when, reading.place) == (asked, when, place)


SAME_AS_PLAIN = [
    (
        "give me a deep dive into my listening for last week",
        "recap of my listening for last week",
        "en",
    ),
    (
        "which song gets binned the most this month",
        "which song gets skipped the most this month",
        "en",
    ),
    (
        "do I listen more Monday to Friday or at weekends",
        "do I listen more on weekdays or at weekends",
        "en",
    ),
    ("did Justice feature at all this week", "did I play Justice this week", "en"),
    ("what's my skip percentage this month", "what's my skip rate this month", "en"),
    (
        "the headline number on my listening time this week",
        "my listening time this week",
        "en",
    ),
    (
        "what time do I usually listen on the speaker",
        "what time do I usually listen",
        "en",
    ),
    (
        "ein kurzes Reporting über meinen September bitte",
        "Rückblick auf meinen September",
        "de",
    ),
    ("Deep Dive in meinen Monat", "Rückblick auf meinen Monat", "de"),
    (
        "quick one, album of the month for September?",
        "top album in September",
        "en",
    ),
    (
        "Kurzes Update zu meinen Top 3 Songs im laufenden Monat, bitte",
        "meine Top 3 Songs diesen Monat",
        "de",
    ),
    (
        "gab's in den letzten zwei Wochen neue Bands bei mir?",
        "neue Künstler in den letzten zwei Wochen",
        "de",
    ),
    (
        "wie viele Songs hab ich heute gehört, Zwischenstand bitte",
        "wie viele Songs hab ich heute gehört",
        "de",
    ),
    ("wann ist meine Peak-Zeit bei Musik", "wann höre ich am meisten Musik", "de"),
    (
        "hör ich Montag bis Freitag mehr Musik oder am Wochenende",
        "hör ich unter der Woche mehr Musik oder am Wochenende",
        "de",
    ),
]


@pytest.mark.usefixtures("history")
async def test_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Each is answered as its plain question is."""
    for said, plain, language in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """An office worker's commands are Home Assistant's."""
    for said, language in [
        ("can I get the lights on in the kitchen", "en"),
        ("could we get some music on in the living room", "en"),
        ("can I get the heating up a bit", "en"),
        ("bin this song", "en"),
        ("put the deep house playlist on in the office", "en"),
        ("mach bitte Musik im Büro an", "de"),
        ("schalte das Licht im Büro aus", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
