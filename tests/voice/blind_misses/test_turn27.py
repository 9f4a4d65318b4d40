"""Turn 27's own tests: a clock time told in a story, and commands by their intent.

The turn's phrasings, and what its writers showed, are in `turn27.py`; the
three checks every turn shares run them from
`tests/voice/test_blind_misses.py`. These tests are as the turn wrote them:
the commands here must match none of the history families' intents, a rule
of their own beside `assert_not_encores`.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import read_question
from custom_components.encore.voice.parse.reading import Asked

from ..read_as_plain import NOW, TZ
from ..test_voice import ask, history  # noqa: F401


def test_a_clock_time_told_in_a_story_is_the_moment_asked() -> None:
    """'..., about ten to six it was, what was on then?': that moment."""
    reading = read_question(
        "I'd just put the kettle on, about ten to six this evening it was,"
        " what was playing then?",
        "en",
        NOW,
        TZ,
    )
    assert reading.asked is Asked.WHAT_PLAYED
    assert reading.when is not None
    assert "ten to six" in reading.when


def test_a_moment_already_read_with_its_day_keeps_it() -> None:
    """'Heute Nachmittag um fünf, was lief da?' keeps the afternoon."""
    reading = read_question("Heute Nachmittag um fünf, was lief da?", "de", NOW, TZ)
    assert reading.when is not None
    assert "nachmittag" in reading.when.lower()


@pytest.mark.usefixtures("history")
async def test_a_clock_time_in_a_story_answers_that_moment(hass: HomeAssistant) -> None:
    """Told in a story, the clock time is asked about, never the afternoon."""
    heard = await ask(
        hass,
        "I'd just come back from the shops, it was twenty past five this"
        " afternoon, what was playing then?",
    )
    expected = await ask(hass, "what was playing at twenty past five this afternoon")
    assert heard.speech == expected.speech
    assert "5:20 PM" in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("Kindly switch on shuffle for this playlist.", "en"),
        ("please switch on repeat for this song", "en"),
        ("Louder please, I can hardly hear it", "en"),
        ("Lauter bitte, ich versteh gar nix", "de"),
        ("Leiser bitte, das Baby schläft", "de"),
    ],
)
async def test_commands_are_not_encores(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """A command to what plays never reaches a history question."""
    heard = await ask(hass, said, language)
    assert heard.intent is None or not heard.intent.startswith("EncoreTop"), heard
    assert heard.intent not in {
        "EncoreTopItems",
        "EncoreDidIListen",
        "EncoreHowMany",
        "EncoreWideNet",
    }, heard
