"""English said tersely to a smart speaker, or formally (issue 45's fourteenth turn).

Two writers nobody here had seen got no answer or a wrong one: a terse
smart-speaker user who leaves out the verb ("september's top album",
"streams since monday", "how much queen this week", "music on november
third", "wednesday noon, what was on") and a formal, precise speaker ("whose
songs am I most inclined to skip", "which track received the greatest number
of plays", "the precise duration of my listening", "at seventeen fifteen",
"at eight o'clock precisely"). The habits are undone in `parse/terse_en.py`
and the English net holds their words.

The phrasings are this file's own; each is answered as its plain English is,
and the figures are recounted where the count was the failure.
"""

from datetime import timedelta

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import prepare
from custom_components.encore.voice.parse.terse_en import undo_terse

from .test_german_turn11 import THIS_YEAR, _between
from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import TODAY, ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("september's top album", "top album in september"),
        ("saturday's opening song", "opening song on saturday"),
        ("last night's listening", "what did i listen to last night"),
        ("streams since monday", "how many plays since monday"),
        ("how much queen this week", "how often did i play queen this week"),
        ("we play queen last week", "did we play queen last week"),
        ("the daily today yes or no", "did i listen to the daily today"),
        ("music on november third", "what music was playing on november third"),
        ("wednesday noon what was on", "what was on wednesday at noon"),
        (
            "what was playing at seventeen fifteen today",
            "what was playing at 17:15 today",
        ),
        ("what was on around twenty two oh five", "what was on around 22:05"),
        ("anybody new in my rotation lately", "any new artists lately"),
        (
            "which track received the greatest number of plays",
            "which track had the most plays",
        ),
        ("whose songs am i most inclined to skip", "whose songs do i skip most"),
        (
            "which band would you say i have been rather preoccupied with",
            "which band have i listened to most",
        ),
        (
            "could you give me the precise duration of my listening this morning",
            "how long did i listen this morning",
        ),
        ("how many items did i play", "how many plays did i have"),
        (
            "could you summarise what i listened to last friday",
            "what did i listen to last friday",
        ),
        ("broadly speaking what was i listening to", "what was i listening to"),
        ("at eight o'clock precisely last night", "at eight o'clock last night"),
    ],
)
def test_rules(said: str, read: str) -> None:
    """Each habit is turned into the words the readers after it know."""
    assert undo_terse(said) == read


@pytest.mark.parametrize(
    "said",
    [
        # A name after a verb is never changed, a command never turned.
        "play daft punk in the kitchen",
        "play music on saturday",
        "turn the music up",
        "how much energy did i use today",
        "how much did it rain this week",
        "did i listen to the programme",
        "what did i play at nine",
        "songs",
        "today's weather",
        "since twenty twenty five",
        "around twenty twenty",
        "in nineteen fifty",
    ],
)
def test_left_as_said(said: str) -> None:
    """What no rule is about stays as it was said."""
    assert undo_terse(said) == said


def test_formal_reading_of_a_skip() -> None:
    """ "Most inclined to skip" is the most skipped, the kind kept."""
    assert " ".join(
        prepare("By artist, whose songs am I most inclined to skip?", "en")
    ) == ("by artist whose songs do i skip most")


# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said", ["plays this year", "streams this year", "spins this year"]
)
async def test_plays_this_year(hass: HomeAssistant, said: str) -> None:
    """This year's plays, recounted, never no answer."""
    count = len(_between(THIS_YEAR))
    heard = await ask(hass, said)
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert f"{count} plays" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said", ["how much queen this year", "Queen this year, how many plays"]
)
async def test_queen_this_year(hass: HomeAssistant, said: str) -> None:
    """Queen's plays this year, recounted."""
    count = sum(1 for p in _between(THIS_YEAR) if p.artist == "Queen")
    heard = await ask(hass, said)
    assert "this year" in heard.speech, heard.speech
    assert f"{count} times" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_day_before_yesterday_items(hass: HomeAssistant) -> None:
    """ "How many items" the day before yesterday: its plays, recounted."""
    day = TODAY - timedelta(days=2)
    count = len(_between((day, day)))
    heard = await ask(
        hass, "The day before yesterday, how many items did I play in total?"
    )
    assert f"{count} plays" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    ("By band, whose records am I most likely to skip?", "which artist do i skip most"),
    ("Which songs am I most apt to skip?", "which song do i skip most"),
    (
        "Is there a track I can't seem to stop playing lately?",
        "which song can't i stop playing lately",
    ),
    (
        "Is there a song I cannot seem to stop playing at present?",
        "which song can't i stop playing",
    ),
    ("May I have a summary of last week's listening?", "give me a recap of last week"),
    (
        "Could I get an overview of this month's listening?",
        "give me a recap of this month",
    ),
    ("music on october twelfth", "what did i listen to on october twelfth"),
    ("songs on tuesday", "what did i listen to on tuesday"),
    ("song at seven this evening", "what was playing at seven this evening"),
    (
        "track at half past nine yesterday",
        "what was playing at half past nine yesterday",
    ),
    ("tuesday noon, what was playing", "what was playing on tuesday at noon"),
    (
        "In October, which artist received the highest number of plays?",
        "who did i listen to most in october",
    ),
    ("which album got the most streams this year", "what was my top album this year"),
    ("Who is new in my listening this month?", "any new artists this month"),
    (
        "which programme have I been obsessed with lately",
        "which podcast did i listen to most lately",
    ),
    (
        "what was playing at nineteen thirty yesterday",
        "what was playing at 7:30 pm yesterday",
    ),
    (
        "what was on at twenty one hundred yesterday",
        "what was playing at 9 pm yesterday",
    ),
    ("october's top artist", "top artist in october"),
    ("friday's first song", "first song on friday"),
    ("yesterday's listening", "what did i listen to yesterday"),
    ("this week's top song", "top song this week"),
    ("plays this week", "how many plays this week"),
    ("spins since saturday", "how many plays since saturday"),
    ("how many songs this month", "how many songs did i listen to this month"),
    ("how much daft punk this month", "how often did i play daft punk this month"),
    ("heard queen yesterday?", "did i listen to queen yesterday"),
    ("the daily yesterday, yes or no", "did i listen to the daily yesterday"),
    ("we hear air last week?", "did we listen to air last week"),
    ("current streak", "what is my listening streak"),
    ("first daft punk play when", "when did i first listen to daft punk"),
    ("last queen play when", "when did i last listen to queen"),
    ("present heavy rotation track", "which song have i had on repeat"),
    ("brief listening summary", "give me a recap"),
    ("anyone new in my listening this month", "any new artists this month"),
    (
        "Which singer would you say I have been particularly partial to this month?",
        "who did i listen to most this month",
    ),
    (
        "Could you give me the exact length of my listening yesterday?",
        "how long did i listen yesterday",
    ),
    (
        "Yesterday, how many items did I play in total?",
        "how many plays did i have yesterday",
    ),
    (
        "Would you summarise what I played on Tuesday?",
        "what did i listen to on tuesday",
    ),
    (
        "Generally speaking, what was I listening to in October?",
        "what was i listening to in october",
    ),
    (
        "At nine o'clock precisely this morning, what was I listening to?",
        "what was playing at nine this morning",
    ),
    (
        "What was I listening to at exactly seven yesterday evening?",
        "what was playing at seven yesterday evening",
    ),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never an area's or a device's, and answered as plainly asked."""
    add_kitchen(hass)
    for said, plain in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


# -- what stays Home Assistant's --------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_stays_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Commands with the same words never reach Encore."""
    for said in [
        "play Daft Punk in the kitchen",
        "play some music in the kitchen",
        "turn the music up",
        "turn on the music in the kitchen",
        "pause the music",
        "next song",
        "play music by Air",
        "set a timer for twenty minutes",
        "what's the weather today",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said)
