"""An hour said without its half of the day: the half that had a play (issue 45).

"What had I got on at eight the day before yesterday" (blind writer 439)
meant 8 AM; Encore reads the latest eight o'clock that passed, 8 PM, and
said nothing was playing then. Now, when nothing played at the hour read
first but something did twelve hours before, that play is the answer, and
it says its time; when nothing played at either, the answer says both.
An hour said with its half ("8 pm", "acht Uhr abends") stays that one.
"""

from datetime import datetime

from freezegun.api import FrozenDateTimeFactory
import pytest

from homeassistant.core import HomeAssistant

from .test_moments_turn8 import FRIDAY, _playing
from .test_voice import TZ, ask, history  # noqa: F401


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "speech"),
    [
        (
            "what had I got on at eight the day before yesterday",
            "en",
            "Nothing was playing on November 18 at 8 AM or 8 PM.",
        ),
        (
            "was lief vorgestern um acht",
            "de",
            "Am 18. November um 8 Uhr und um 20 Uhr lief nichts.",
        ),
        # Its half said: that hour alone.
        (
            "what was playing at 8 pm the day before yesterday",
            "en",
            "Nothing was playing on November 18 at 8 PM.",
        ),
        (
            "was lief vorgestern um acht Uhr abends",
            "de",
            "Am 18. November um 20 Uhr lief nichts.",
        ),
    ],
)
async def test_nothing_at_either_half(
    hass: HomeAssistant, said: str, language: str, speech: str
) -> None:
    """Nothing played at either eight: the answer says both, not one of them."""
    heard = await ask(hass, said, language)
    assert heard.intent == "EncoreWhatPlayed"
    assert heard.speech == speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "clock"),
    [
        ("what was playing at eight yesterday", "en", "Yesterday at 8 AM"),
        ("was lief gestern um acht", "de", "Gestern um 8 Uhr"),
    ],
)
async def test_the_half_that_had_a_play(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    said: str,
    language: str,
    clock: str,
) -> None:
    """Asked on Saturday morning, Friday's eight is 8 AM: nothing played at 8 PM."""
    assert _playing(FRIDAY, 20, 0) is None
    playing = _playing(FRIDAY, 8, 0)
    assert playing is not None
    freezer.move_to(datetime(2026, 11, 21, 7, 0, tzinfo=TZ))
    heard = await ask(hass, said, language)
    assert heard.intent == "EncoreWhatPlayed"
    assert heard.speech.startswith(clock), heard.speech
    assert playing.title in heard.speech
