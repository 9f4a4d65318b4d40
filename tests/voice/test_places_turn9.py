"""What was playing in a room at a moment (issue 45, ninth turn).

"What was playing in the kitchen yesterday at noon" was answered "I can't
tell what was playing at a moment in one room": the play at a moment was
not looked up per place. It now is, through the question layer's place
scope, as every other family's room is; the answer says the room after the
moment. Ada's plays of `test_voice` all played on the device "Kitchen",
a Friday, 20 November 2026, 18:30 in Berlin.
"""

from datetime import date

import pytest

from homeassistant.core import HomeAssistant
from homeassistant.helpers import area_registry as ar, intent

from .test_heldout import add_kitchen
from .test_moments_turn8 import _playing
from .test_voice import ask, history  # noqa: F401

FRIDAY = date(2026, 11, 20)
THURSDAY = date(2026, 11, 19)


def _on_at(day: date) -> tuple[int, int]:
    """A moment of `day` with a play going on (so the answer names one)."""
    for hour in range(24):
        for minute in (0, 15, 30, 45):
            if _playing(day, hour, minute) is not None:
                return hour, minute
    raise AssertionError(f"nothing played on {day}")


def _clock_en(hour: int, minute: int) -> str:
    twelve = hour % 12 or 12
    return f"{twelve}:{minute:02d} {'am' if hour < 12 else 'pm'}"


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("template", "language", "day", "room"),
    [
        (
            "what was playing in the kitchen yesterday at {en}",
            "en",
            THURSDAY,
            "in the kitchen",
        ),
        (
            "at {en} yesterday, what was on in the kitchen",
            "en",
            THURSDAY,
            "in the kitchen",
        ),
        (
            "in the kitchen today at {en} what song was on",
            "en",
            FRIDAY,
            "in the kitchen",
        ),
        ("was lief gestern um {de} in der Küche", "de", THURSDAY, "in der Küche"),
        ("was lief heute um {de} in der Küche", "de", FRIDAY, "in der Küche"),
    ],
)
async def test_what_played_in_a_room_at_a_moment(
    hass: HomeAssistant, template: str, language: str, day: date, room: str
) -> None:
    """The play at the moment, there, with the room said in the answer."""
    add_kitchen(hass)  # "Küche", the area of the media player "Kitchen"
    hour, minute = _on_at(day)
    said = template.format(en=_clock_en(hour, minute), de=f"{hour}:{minute:02d} Uhr")
    heard = await ask(hass, said, language)
    assert heard.intent == "EncoreWhatPlayed", heard.speech
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    playing = _playing(day, hour, minute)
    assert playing is not None
    assert playing.title in heard.speech, heard.speech
    assert room in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_a_room_that_never_played_at_a_moment(hass: HomeAssistant) -> None:
    """An area the home has that played nothing then: nothing there, said so."""
    ar.async_get(hass).async_create("Bedroom")
    hour, minute = _on_at(THURSDAY)
    heard = await ask(
        hass,
        f"what was playing in the bedroom yesterday at {_clock_en(hour, minute)}",
    )
    assert heard.intent == "EncoreWhatPlayed", heard.speech
    assert heard.speech.startswith("Nothing was playing"), heard.speech
    assert "in the bedroom" in heard.speech


@pytest.mark.usefixtures("history")
async def test_a_place_the_home_lacks_at_a_moment(hass: HomeAssistant) -> None:
    """No room, area or speaker of that name: said, never "nothing was playing"."""
    heard = await ask(hass, "what was playing on the garage speaker yesterday at noon")
    assert heard.response.response_type is intent.IntentResponseType.ERROR
    assert 'called "garage speaker"' in heard.speech, heard.speech
