"""Issue 45's seventy-fifth turn: the lead's mends beyond the three shared checks."""

import pytest

from homeassistant.core import HomeAssistant

from .blind_misses.turn77_lead import WHOSE_UNKNOWN
from .test_voice import ask, history  # noqa: F401


@pytest.mark.usefixtures("history")
async def test_someone_elses_taste_is_never_the_askers(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """'What kind of music does Bob like' asks of Bob: unknown, so said so."""
    for said in WHOSE_UNKNOWN:
        with subtests.test(said):
            heard = await ask(hass, said, "en")
            assert heard.intent == "EncoreTasteSummary", heard.speech
            assert heard.slots.get("person") == "Bob"
            assert heard.speech == "I don't know whose listening Bob is."
