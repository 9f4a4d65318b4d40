"""What the merge of issue 45's ninth turn mended (its own phrasings).

Measured on the writers outside the repository after the ninth turn's three
helpers were merged, four answers stated a wrong fact or lost the name:
a fortnight in a listed sentence's slot was all time, "passed listening"
was read as skipping, a remark after a semicolon about playing "the same
things over and over" turned a ranking into the repeat rate, and a name
said first with "did it play" was lost. The figures are counted again over
the known plays of `test_voice` (a Friday, 20 November 2026, 18:30 in
Berlin).
"""

from collections import Counter
from datetime import date

import pytest

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent

from .test_families_turn8 import OCTOBER, _between
from .test_voice import ask, history  # noqa: F401


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "did I come across any new artists over the past fortnight",
        "any new bands in the last fortnight",
    ],
)
async def test_a_fortnight_is_two_weeks(hass: HomeAssistant, said: str) -> None:
    """In a slot as in the whole: the last two weeks, never all time."""
    heard = await ask(hass, said)
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert heard.speech.startswith("In the last 2 weeks"), heard.speech


@pytest.mark.usefixtures("history")
async def test_time_passed_listening_is_listening_time(hass: HomeAssistant) -> None:
    """ "Passed" beside "listening" is time spent, not a skip."""
    heard = await ask(hass, "how many hours I passed listening to music yesterday")
    assert heard.intent == "EncoreListeningTime", heard.speech
    assert "skipped" not in heard.speech


@pytest.mark.usefixtures("history")
async def test_a_remark_after_the_question_is_chat(hass: HomeAssistant) -> None:
    """ "My dear wife says I play the same songs over and over": no repeat rate."""
    october = Counter(play.artist for play in _between(*OCTOBER) if play.album)
    (first, _), *_ = october.most_common()
    heard = await ask(
        hass,
        "which artist did I play most in October; my dear wife says I play the same"
        " songs over and over",
    )
    assert heard.intent == "EncoreTopItems", heard.speech
    assert first in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "Sexy Boy, how many times did it play in October?",
        "that old Air tune, Sexy Boy, how many times did it play in October",
    ],
)
async def test_a_name_said_first_is_the_subject(hass: HomeAssistant, said: str) -> None:
    """The name before the question, its "it" the subject: that song's plays."""
    plays = [play for play in _between(*OCTOBER) if play.title == "Sexy Boy"]
    assert plays, "the fixture plays Sexy Boy in October"
    times = "once" if len(plays) == 1 else f"{len(plays)} times"
    heard = await ask(hass, said)
    assert heard.response.response_type is intent.IntentResponseType.QUERY_ANSWER
    assert "Sexy Boy" in heard.speech
    assert times in heard.speech, heard.speech
    assert date(2026, 10, 1) <= plays[0].started.date()
