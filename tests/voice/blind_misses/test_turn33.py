"""Turn 33's own test: a name the history does not hold is said, never another answer.

The turn's phrasings, and what its writers showed, are in `turn33.py`; the
three checks every turn shares run them from
`tests/voice/test_blind_misses.py`. This test is as the turn wrote it.
"""

import pytest

from homeassistant.core import HomeAssistant

from ..test_voice import ask, history  # noqa: F401


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "told", "never"),
    [
        # A name the history does not hold, said as a prefix of one it does.
        (
            "hab ich dieses jahr überhaupt cro gehört",
            "de",
            "nichts namens cro",
            "Cross",
        ),
        # The name said after the period: asked about, never the month's plays.
        (
            "lief im august ma wann mor teim von dafd bunk",
            "de",
            "nichts namens mor teim von dafd bunk",
            "Wiedergaben",
        ),
    ],
)
async def test_a_name_not_held_is_said(
    hass: HomeAssistant, said: str, language: str, told: str, never: str
) -> None:
    """The answer names what it did not find; it answers no other question."""
    heard = await ask(hass, said, language)
    assert told in heard.speech, heard
    assert never not in heard.speech, heard
