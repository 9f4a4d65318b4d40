"""A teenager's and a dictating driver's questions, read (issue 45's seventeenth turn).

Two writers nobody here had seen, scored blind: a fifteen-year-old ("how many
streams did I do this month bro", "was hab ich am Samstag gesuchtet", "mach
mal so ein Wrapped") and a phone's speech to text in a noisy car, in English
and in Swabian German ("yesterday at 8 15 at night", "was lief gestern abend
um 7 45", "vor gestern", "hat d Ada ...", "die Daly"). What failed was of a
kind, not one sentence: a clock in figures split in two, a day said before
"around half seven" (the answer was about today's half past seven, a wrong
fact), the verb's "on" before the day's ("put Air on on Saturday"), a word
said to the speaker last ("bro"), a German time said first ("letzte Nacht,
was hab ich da gehört"), a German article before a misheard name.

The phrasings here are this file's own. The pure reader is asked for each
kind (fast); the agent answers the ones whose failure was an answer.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import prepare, read_question
from custom_components.encore.voice.parse.reading import Asked

from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)


@pytest.mark.parametrize(
    ("text", "language", "prepared"),
    [
        # A clock in figures, split by speech to text.
        ("what was on yesterday at 9 20 at night", "en", "at 9:20 pm"),
        ("what played around 7 05 pm on thursday", "en", "7:05 pm"),
        ("was lief vorgestern so um 8 30", "de", "um 8:30"),
        ("was kam gestern gegen 7 45", "de", "gegen 7:45"),
        # The verb's "on", then the day's.
        ("did i have justice on on monday", "en", "on monday"),
        # Said to the speaker, last: nobody's name.
        ("how many songs did i play yesterday dude", "en", "yesterday"),
        ("top artists this month no cap", "en", "this month"),
        # Written apart.
        ("welches lied kam vor gestern als erstes", "de", "vorgestern"),
    ],
)
def test_prepared(text: str, language: str, prepared: str) -> None:
    """The words the readers get hold the habit undone."""
    words = " ".join(prepare(text, language))
    assert prepared in words, words
    for said_last in (" dude", " no cap"):
        assert not words.endswith(said_last), words


@pytest.mark.parametrize(
    ("text", "language", "asked", "when"),
    [
        # A day said before a rough clock: the day's clock, never today's.
        (
            "what song was playing yesterday around quarter past eight",
            "en",
            Asked.WHAT_PLAYED,
            "yesterday around quarter past eight",
        ),
        (
            "thursday evening around 8:10 what was on",
            "en",
            Asked.WHAT_PLAYED,
            "thursday evening around 8:10",
        ),
        (
            "last night about nine what did i have on",
            "en",
            Asked.WHAT_PLAYED,
            "last night about nine",
        ),
        # A German time said first, "da" pointing back at it.
        (
            "gestern abend was hab ich da gehört",
            "de",
            Asked.WHAT_PLAYED,
            "gestern abend",
        ),
        (
            "im oktober wie viele podcasts hab ich gehört",
            "de",
            Asked.PLAYS,
            "im oktober",
        ),
        (
            "letzte woche welche band hab ich am meisten gehört",
            "de",
            Asked.TOP,
            "letzte woche",
        ),
        # A teenager's words.
        ("was hab ich gestern so gesuchtet", "de", Asked.WHAT_PLAYED, "gestern"),
        ("mach mir mal mein wrapped für oktober", "de", Asked.RECAP, None),
        (
            "wer ist mein nummer 1 künstler diesen monat",
            "de",
            Asked.TOP,
            "diesen monat",
        ),
    ],
)
def test_read(text: str, language: str, asked: Asked, when: str | None) -> None:
    """Each kind is read as the question it is, with its whole time."""
    reading = read_question(text, language, _NOW, _TZ)
    assert reading.asked is asked, reading
    if when is not None:
        # The whole time said, with whatever the reorder put around it.
        assert when in (reading.when or ""), reading


def test_binged_who_stays_the_top() -> None:
    """ "Wen hab ich gesuchtet" asks for the one binged, not what played."""
    reading = read_question("wen hab ich diesen monat gesuchtet", "de", _NOW, _TZ)
    assert reading.asked is not Asked.WHAT_PLAYED, reading


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never an area's, and answered as the plain question is."""
    for said, plain, language in [
        (
            "what was playing yesterday around quarter to eight",
            "what was playing yesterday at quarter to eight",
            "en",
        ),
        (
            "yesterday at 8 10 at night what was on",
            "what was playing yesterday at 8:10 pm",
            "en",
        ),
        ("did i put queen on on saturday", "did i listen to queen on saturday", "en"),
        (
            "how many songs did i play this week bro",
            "how many songs did i play this week",
            "en",
        ),
        ("was lief gestern abend um 7 50", "was lief gestern um 19:50", "de"),
        (
            "gestern abend was hab ich da gehört",
            "was habe ich gestern abend gehört",
            "de",
        ),
        ("was für musik hör i denn so", "was für Musik höre ich", "de"),
        (
            "hab ich diese woche die daly gehört",
            "hab ich diese woche the daily gehört",
            "de",
        ),
        ("mach mal so ein wrapped für letzte woche", "rückblick letzte woche", "de"),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command with the same words is no question about the history."""
    for said, language in [
        ("put queen on in the kitchen", "en"),
        ("turn the kitchen lights on bro", "en"),
        ("spiel mein wrapped in der küche", "de"),
        ("spiel was von queen", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
