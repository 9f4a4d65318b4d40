"""A "when" asked of one name's first or last play is never today's first (issue 45).

Blind writers said the name first and then asked "when ... first": "Around
the World, the Daft Punk one, when I hear first time?" (558), "Digital Love,
when'd that get its first outin'" (562). Where the name was not placed the
question read as the first play of anything, and with no period Encore
answered "Today the first thing you played was ...": a wrong fact.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked

from .test_voice import ask, history  # noqa: F401

_ZONE = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_ZONE)


@pytest.mark.parametrize(
    ("language", "said", "asked"),
    [
        (
            "en",
            "Please tell when Bohemian Rhapsody came first time in my history",
            Asked.FIRST_PLAY,
        ),
        ("en", "the daily, when I last put it", Asked.LAST_PLAY),
        (
            "de",
            "Digital Love, wann tauchte dat dat erste Mal bei mir auf?",
            Asked.FIRST_PLAY,
        ),
        ("de", "Dat letzte Mal Digital Love, wann war dat?", Asked.LAST_PLAY),
    ],
)
def test_when_asks_a_names_date(language: str, said: str, asked: Asked) -> None:
    """The name's own play is asked, its name unread: Encore asks which."""
    reading = read_question(said, language, _NOW, _ZONE)
    assert (reading.asked, reading.name, reading.when) == (asked, None, None)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "what song did I put on first thing when I woke up"),
        ("en", "what was the first tune I had on when I got up"),
        ("de", "wat hab ich als letztes gehört, egal wann"),
    ],
)
def test_when_of_the_moment_keeps_the_first_of_anything(
    language: str, said: str
) -> None:
    """A "what" asks the thing; "when" there only tells the moment."""
    assert read_question(said, language, _NOW, _ZONE).asked in (
        Asked.FIRST_IN,
        Asked.LAST_IN,
    )


def test_a_command_said_first_is_left_alone() -> None:
    """ "Spiel Queen, wann war das zuletzt" plays Queen: no history question read into it."""
    reading = read_question("Spiel Queen, wann war das zuletzt", "de", _NOW, _ZONE)
    assert reading.asked not in (Asked.FIRST_PLAY, Asked.LAST_PLAY)


def test_name_said_first_before_a_question_mark() -> None:
    """ "X, the Y one, when I hear first time?" is X by Y's first play."""
    reading = read_question(
        "Around the World, the Daft Punk one, when I hear first time?",
        "en",
        _NOW,
        _ZONE,
    )
    assert (reading.asked, reading.name) == (
        Asked.FIRST_PLAY,
        "Around the World by Daft Punk",
    )


@pytest.mark.usefixtures("history")
async def test_asked_back_never_today(hass: HomeAssistant) -> None:
    """Through Home Assistant the name is asked back, never today's first play told."""
    heard = await ask(
        hass,
        "I started with The Daily when I was doing that long commute, I think. "
        "When was the first time I played it, The Daily?",
    )
    assert "not which artist or song" in heard.speech
    assert "Today" not in heard.speech
    heard = await ask(hass, "Eres von Café Tacvba, wann erste Mal gelaufen", "de")
    assert "welchen Künstler oder Song du meinst" in heard.speech
    heard = await ask(
        hass, "Around the World, the Daft Punk one, when I hear first time?"
    )
    assert (
        "You first listened to Around the World by Daft Punk on January 6, 2025"
        in heard.speech
    )
