"""Turn 28's own tests: last year's season, "had X on", a room said alone, DJ's words.

The turn's phrasings, and what its writers showed, are in `turn28.py`; the
three checks every turn shares run them from
`tests/voice/test_blind_misses.py`. These tests are as the turn wrote them:
the words beside a DJ's or a child's here must match no Encore intent at
all, stricter than `assert_not_encores`.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import read_question
from custom_components.encore.voice.parse.reading import Asked

from ..read_as_plain import NOW, TZ
from ..test_voice import ask, history  # noqa: F401


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "how many different artists did I have on in the summer last year"),
        ("en", "last year in the summer, which song did I play most"),
        ("de", "Im Sommer voriges Jahr, welches Lied lief am meisten?"),
        ("de", "letztes Jahr im Sommer, wie viele Lieder waren das"),
    ],
)
def test_a_season_of_last_year(lang: str, said: str) -> None:
    """A season said with "last year" is that season of 2025, never the whole year."""
    reading = read_question(said, lang, NOW, TZ)
    assert reading.when is not None
    assert any(word in reading.when.lower() for word in ("summer", "sommer")), reading


def test_the_name_after_had_is_the_name() -> None:
    """ "How many times have I had Genesis on": Genesis, never "I had Genesis"."""
    reading = read_question("how many times have I had Genesis on", "en", NOW, TZ)
    assert reading.asked is Asked.PLAY_COUNT
    assert reading.name == "Genesis"


def test_a_describe_of_the_past_is_what_played() -> None:
    """ "Describe what I played last week" asks what played, not the taste."""
    reading = read_question("describe what I played last week", "en", NOW, TZ)
    assert reading.asked is Asked.WHAT_PLAYED


@pytest.mark.usefixtures("history")
async def test_the_last_song_in_a_room_is_the_last_there_ever(
    hass: HomeAssistant,
) -> None:
    """A room said alone keeps its place and no period: never "today"."""
    heard = await ask(hass, "what was the last song I played in the kitchen")
    assert heard.speech.startswith("In the kitchen the last thing"), heard.speech
    placeless = await ask(hass, "what was the last song I played in my armchair")
    assert placeless.speech.startswith("The last thing you played"), placeless.speech


@pytest.mark.usefixtures("history")
async def test_a_place_that_is_no_room_keeps_the_time_said(hass: HomeAssistant) -> None:
    """ "In the shower this morning": this morning's words, never a date range."""
    heard = await ask(hass, "how long did I listen in the shower this morning")
    assert heard.speech.startswith("This morning"), heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("drop the bass", "en"),
        ("am I hammered", "en"),
        ("what did I get through to the plumber", "en"),
        ("Stimmt es, dass ich das Licht angemacht hab?", "de"),
    ],
)
async def test_not_encores(hass: HomeAssistant, said: str, language: str) -> None:
    """Words beside a DJ's or a child's never make a history question."""
    heard = await ask(hass, said, language)
    assert heard.intent is None or not heard.intent.startswith("Encore"), heard
