"""One song or album said without its name is asked back (issue 45's tenth turn).

„Wie oft hab ich den Song gestreamt" was answered with every play of all
time (485), a wrong fact: Encore keeps no conversation, so "the song",
"this album" name nothing it can count. The answer asks which one is meant.
"""

import pytest

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent

from .test_voice import ask, history  # noqa: F401


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "asked_back"),
    [
        (
            "wie oft hab ich den Song gestreamt",
            "de",
            "Welchen Künstler oder welchen Song",
        ),
        (
            "wie oft habe ich diesen Titel gehört",
            "de",
            "Welchen Künstler oder welchen Song",
        ),
        (
            "wie oft habe ich dieses Album gehört",
            "de",
            "Welchen Künstler oder welchen Song",
        ),
        ("how many times have I played this album", "en", "Which artist or song"),
        ("how often did I play that track this year", "en", "Which artist or song"),
    ],
)
async def test_one_thing_unnamed_is_asked_back(
    hass: HomeAssistant, said: str, language: str, asked_back: str
) -> None:
    """Never a count of every play: which one is meant."""
    heard = await ask(hass, said, language)
    assert heard.response.response_type is intent.IntentResponseType.ERROR, heard.speech
    assert heard.speech.startswith(asked_back), heard.speech


@pytest.mark.usefixtures("history")
async def test_every_song_is_still_counted(hass: HomeAssistant) -> None:
    """ "Wie oft hab ich Songs gestreamt" and "how many songs" still count plays."""
    heard = await ask(hass, "wie viele Songs habe ich heute gehört", "de")
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    heard = await ask(hass, "how many songs did I play today")
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
