"""What the merge of issue 45's tenth turn mended (its own phrasings).

Measured on the writers outside the repository after the tenth turn's
helpers were merged: "end" and "close" as the last play of a period read
"an end-of-term report" after a recap's question as the last play.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import Asked, read_question

from .test_voice import NOW, TZ, ask, history  # noqa: F401


@pytest.mark.parametrize(
    "said",
    [
        "give me a review of my listening last month, a kind of end-of-year report",
        "how did my listening go last week, something like an end of term summary",
    ],
)
def test_an_end_of_something_is_no_last_play(said: str) -> None:
    """ "End of" names a thing, never the last play: the recap asked."""
    assert read_question(said, "en", NOW, TZ).asked is Asked.RECAP


@pytest.mark.parametrize(
    "said",
    ["what did I end the day with yesterday", "with which song did I close the day"],
)
def test_ending_a_period_is_still_its_last_play(said: str) -> None:
    """ "End the day with", "close the day": the period's last play."""
    assert read_question(said, "en", NOW, TZ).asked is Asked.LAST_IN


@pytest.mark.usefixtures("history")
async def test_a_review_with_an_end_of_term_aside_is_the_recap(
    hass: HomeAssistant,
) -> None:
    """Through the agent: the week's recap, never its last song."""
    plain = await ask(hass, "give me a review of my listening last week")
    heard = await ask(
        hass,
        "would you give me a review of my listening last week, rather like an"
        " end-of-term report",
    )
    assert heard.intent == plain.intent == "EncoreRecap", heard.speech
    assert heard.speech == plain.speech
