"""A guess stated and checked, as a Midwesterner asks (issue 45's sixteenth turn).

Writer 43 says a guess and asks it back with a tag ("..., right?", "...,
didn't I?", "huh"), a negation, or a guess after the question. A guess is
never the asked figure: each phrasing here (this file's own) is answered as
its plain question is, and commands stay Home Assistant's.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.tags_en import undo_tags

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("air was my top artist this week right", "what was my top artist this week"),
        ("i didn't hear any justice today did i", "did i hear justice today"),
        ("we never put on queen this month did we", "did we put on queen this month"),
        ("i heard like twenty songs today didn't i", "how many songs did i play today"),
        (
            "there were a ton of tracks yesterday weren't there",
            "how many tracks did i play yesterday",
        ),
        (
            "what was the first song today i bet it was sexy boy",
            "what was the first song today",
        ),
        ("ya know what was on at noon", "what was on at noon"),
        ("i bet it was air i skipped the most huh", "who did i skip the most"),
        ("play daft punk in the kitchen", "play daft punk in the kitchen"),
        ("turn the music up", "turn the music up"),
    ],
)
def test_undone(said: str, plain: str) -> None:
    """The rules, alone: the plain question, or the words unchanged."""
    assert undo_tags(said) == plain


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A checked guess gets the plain question's answer, the real fact."""
    for said, plain in [
        (
            "Justice was my top artist this month, wasn't it?",
            "who was my top artist this month",
        ),
        (
            "Cross was my most played album last month, right?",
            "what was my most played album last month",
        ),
        ("I didn't hear any Air this week, did I?", "did I hear Air this week"),
        ("I didn't play any Queen yesterday, huh?", "did I play Queen yesterday"),
        (
            "I played about fifty songs yesterday, didn't I?",
            "how many songs did I play yesterday",
        ),
        (
            "there weren't many podcasts last week, were there?",
            "how many podcasts did I play last week",
        ),
        (
            "must've been a few hours of music today, wasn't it?",
            "how long did I listen to music today",
        ),
        (
            "what was the last song I played today, I'm guessing Sexy Boy?",
            "what was the last song I played today",
        ),
        ("what did I start today with, ya know?", "what did I start today with"),
        (
            "I wonder which album I wore out this year",
            "which album did I play the most this year",
        ),
        (
            "I'm an evening listener more than a morning one, aren't I?",
            "do I listen more in the evenings or mornings",
        ),
        (
            "Genesis, when'd I hear that one the last time?",
            "when did I last hear Genesis",
        ),
        ("I bet it was Daft Punk I skipped the most, huh?", "who did I skip the most"),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Commands with the same words stay Home Assistant's."""
    for said in [
        "play Daft Punk in the kitchen",
        "turn the music up",
        "what time is it",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said)
