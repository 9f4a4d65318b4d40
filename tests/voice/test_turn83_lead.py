"""Issue 45's eighty-first turn: the lead's mends beyond the three shared checks."""

import pytest

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent

from .blind_misses.turn83_lead import POINTING_ONLY
from .test_voice import ask, history  # noqa: F401
from .test_voice_corpus import day_part, minute_cells, plays_in
from .voice_corpus import NOW


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "never"),
    [
        (
            "do I listen more at night or in the afternoon",
            "en",
            "You did not listen at night at all.",
        ),
        (
            "Höre ich mehr nachts oder nachmittags?",
            "de",
            "Nachts hast du gar nicht gehört.",
        ),
    ],
)
async def test_a_part_named_but_never_heard_is_said_so(
    hass: HomeAssistant, said: str, language: str, never: str
) -> None:
    """A part of the day the asker named but never listened in is said as none.

    The test history holds no play at night: the answer weighs the two parts
    named, says the afternoon's hours and that the night had none, never a
    duration of nothing ("then at night 0 seconds").
    """
    by_part = {"afternoon": 0, "night": 0}
    for (_, hour), minutes in minute_cells(plays_in(None, NOW)).items():
        if (part := day_part(hour)) in by_part:
            by_part[part] += minutes
    assert by_part["night"] == 0
    assert by_part["afternoon"] > 0
    heard = await ask(hass, said, language)
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert heard.speech.endswith(never), heard.speech
    assert " 0 " not in heard.speech, heard.speech
    hours, rest = divmod(by_part["afternoon"], 60)
    assert f"{hours} " in heard.speech, heard.speech
    assert str(rest) in heard.speech, heard.speech


_WHICH_NAME = {
    "en": "Which artist or song do you mean?",
    "de": "Welchen Künstler oder welchen Song meinst du?",
}


@pytest.mark.usefixtures("history")
async def test_a_pointing_word_before_a_period_asks_for_the_name(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """'Did I hear that yesterday': the name is asked for, never 'yesterday'."""
    for language, said in POINTING_ONLY:
        with subtests.test(said):
            heard = await ask(hass, said, language)
            assert heard.speech == _WHICH_NAME[language], heard.speech
