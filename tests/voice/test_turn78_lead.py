"""Issue 45's seventy-sixth turn: the lead's mends beyond the three shared checks."""

import pytest

from homeassistant.core import HomeAssistant

from .blind_misses.turn78_lead import WHOSE_UNKNOWN
from .test_voice import ask, history  # noqa: F401

_UNKNOWN = {
    "en": "I don't know whose listening Bob is.",
    "de": "Ich weiß nicht, wessen Hörverlauf bob ist.",
}


@pytest.mark.usefixtures("history")
async def test_someone_elses_ranking_is_never_the_askers(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """'What are Bob's top songs' asks of Bob: unknown, so said so."""
    for language, said in WHOSE_UNKNOWN:
        with subtests.test(said):
            heard = await ask(hass, said, language)
            assert (heard.intent or "").startswith("Encore"), heard.speech
            assert heard.speech.casefold() == _UNKNOWN[language].casefold()


@pytest.mark.usefixtures("history")
async def test_a_bands_ranking_is_not_narrowed(hass: HomeAssistant) -> None:
    """'What are Daft Punk's top songs': Encore says it cannot narrow to a band."""
    heard = await ask(hass, "what are Daft Punk's top songs", "en")
    assert "Daft Punk" in heard.speech
    assert "can't narrow" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_someone_elses_usual_hour_is_theirs(hass: HomeAssistant) -> None:
    """Ada's taste names Ada's usual hour in the third person, never 'you'."""
    heard = await ask(hass, "what is Ada's taste in music", "en")
    assert heard.speech.startswith("Overall Ada's taste is led by"), heard.speech
    assert "Ada listens most on" in heard.speech, heard.speech
    assert "You listen" not in heard.speech
