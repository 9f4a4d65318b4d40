"""English as a Canadian says it, terse in the morning, chatty in the evening.

Issue 45's seventeenth turn: a story said before the question ("so my
cousin was over on Friday and ..., what did I put on?"), a pronoun for the
one name the story said ("my neighbour raves about Air, have I ever played
them?"), and the morning's keywords with the name first ("first Queen play
ever", "Genesis count, this year"). The rules are in
`parse/chatter_en.py`; the phrasings are this file's own.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.chatter_en import drop_chatter

from .test_german_turn11 import THIS_YEAR, _between
from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_answered_as, history  # noqa: F401

# -- the rules, pure -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "question"),
    [
        (
            "so my cousin was over on Friday and we were cooking, remind me, what did I put on?",
            "what did I put on on Friday",
        ),
        (
            "my neighbour keeps raving about Air, have I ever actually played them?",
            "have I ever played Air",
        ),
        (
            "ugh, I had a rough commute, anyway, how many hours of music did I get through this week?",
            "how many hours of music did I get through this week",
        ),
        ("first Queen play ever", "first ever Queen play"),
        ("Genesis count, this year", "how many times did I play Genesis this year"),
        # No comma, no story: the words stay.
        ("what did I play on Friday", "what did I play on Friday"),
        # Two names in the story: the pronoun is left alone.
        (
            "Ada likes Air and Queen, have I played them?",
            "Ada likes Air and Queen, have I played them?",
        ),
    ],
)
def test_cut_to_the_question(said: str, question: str) -> None:
    """The story is cut off; the question keeps its words."""
    assert drop_chatter(said) == question


# -- answered as the plain question ----------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """The chatty or the terse way gets the plain question's answer."""
    for said, plain in [
        (
            "so my cousin was over on Saturday and we were cooking, remind me, what did I put on?",
            "what did I play on Saturday",
        ),
        (
            "ugh, I had a rough commute, anyway, how many hours of music did I get through this week?",
            "how many hours of music did I listen to this week",
        ),
        (
            "so my uncle was going on about Queen at dinner and it made me curious, when's the last time I put on Bohemian Rhapsody?",
            "when did I last play Bohemian Rhapsody",
        ),
        (
            "my neighbour keeps raving about Justice, have I ever actually played them?",
            "have I ever played Justice",
        ),
        (
            "so yesterday afternoon I had the game on and some tunes, what was I listening to?",
            "what did I play yesterday afternoon",
        ),
        (
            "oh and while I'm thinking of it, who's the band I bail on most, like which artist do I skip the most?",
            "which artist do I skip the most",
        ),
        (
            "hey, I'm curious, when was the very first time Genesis showed up in my history?",
            "when did I first play Genesis",
        ),
        ("first Queen play ever", "when did I first play Queen"),
        ("last Air spin", "when did I last play Air"),
        (
            "so what was the first song I played back on November third?",
            "what was the first song I played on November third",
        ),
    ]:
        with subtests.test(said):
            await assert_answered_as(hass, said, plain, "en")


# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "okay so I made a bet with my brother, how many times have I played Genesis this year?",
        "Genesis count, this year",
    ],
)
async def test_genesis_this_year(hass: HomeAssistant, said: str) -> None:
    """Genesis's plays this year, recounted, never a story read as its name."""
    count = sum(1 for p in _between(THIS_YEAR) if p.title == "Genesis")
    heard = await ask(hass, said, "en")
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert f"{count} times this year" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_story_moment(hass: HomeAssistant) -> None:
    """A day and a clock said in the story: what was playing then."""
    heard = await ask(
        hass,
        "so I was doing dishes yesterday and a great tune came on around quarter to eight, what was that song?",
        "en",
    )
    assert heard.speech.startswith("Yesterday at 7:45 PM"), heard.speech


# -- commands stay Home Assistant's ----------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A command with the same words never reaches Encore."""
    for said in [
        "play Daft Punk in the kitchen",
        "turn the music up",
        "so it's cold in here, turn on the heating",
        "last Daft Punk song, play it in the kitchen",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said)
