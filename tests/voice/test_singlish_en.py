"""A Singaporean's colloquial English (issue 45's sixteenth turn, writer 44).

A writer nobody here had seen got no answer, or a wrong one: particles
("lah", "leh", "lor", "hor"), "got ... or not" for "did I", the topic first
and the question after the verb with no "did" ("the daily I listen how many
times last month", "today I listen how long already"), "my number one artist
is who", "just now" for earlier today, "can or not" closing a request. The
habits are undone in `parse/singlish_en.py` and the English net holds their
words; commands ("play Queen lah") stay Home Assistant's.

The phrasings are this file's own; each is answered as its plain English is,
and the figures are recounted where the count was the failure.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse.singlish_en import join_topic, undo_singlish

from .test_german_turn11 import THIS_YEAR, _between
from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("yesterday i listen how long lah", "how long did i listen yesterday"),
        (
            "queen i play how many times this week ah",
            "how many times did i play queen this week",
        ),
        ("last week i got listen to air or not", "did i listen to air last week"),
        ("got play daft punk yesterday or not hor", "did i play daft punk yesterday"),
        ("justice today i got play or not", "did i play justice today"),
        ("last sunday we play what songs lor", "what songs did we play last sunday"),
        (
            "daft punk first time i listen is when",
            "when did i first listen to daft punk",
        ),
        ("queen when i last play", "when did i last listen to queen"),
        (
            "this year lah my favourite song is what",
            "what is my favourite song this year",
        ),
        ("my music taste like what leh", "what is my taste like"),
        ("this week my listening how summarise can or not", "recap this week"),
        ("i evening person or morning person", "am i a evening or morning listener"),
        (
            "yesterday ten past eight at night that song what",
            "yesterday at ten past eight pm what song was playing",
        ),
        ("moon safari i play how many rounds", "how many times did i play moon safari"),
    ],
)
def test_rules(said: str, read: str) -> None:
    """Each habit becomes the plain question."""
    assert undo_singlish(said) == read


@pytest.mark.parametrize(
    "said",
    [
        "play queen in the kitchen",
        "what is the weather tomorrow",
        "did i listen to queen yesterday",
        "how many times did i play the daily this month",
        "who is my top artist",
    ],
)
def test_plain_kept(said: str) -> None:
    """Plain questions and commands pass through as they are."""
    assert undo_singlish(said) == said


def test_topic_run_on() -> None:
    """A topic's particle and comma run on into the question; other commas stay."""
    assert (
        join_topic("yesterday ah, I listen how long")
        == "yesterday ah I listen how long"
    )
    assert join_topic("Queen, the last time") == "Queen, the last time"


# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "Queen I play how many times this year ah",
        "Queen I listen how many time this year lah",
        "Queen ah, this year I play how many rounds lor",
    ],
)
async def test_queen_this_year(hass: HomeAssistant, said: str) -> None:
    """Queen's plays this year, recounted."""
    count = sum(1 for p in _between(THIS_YEAR) if p.artist == "Queen")
    heard = await ask(hass, said)
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert "this year" in heard.speech, heard.speech
    assert f"{count} times" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_songs_this_year(hass: HomeAssistant) -> None:
    """This year's song plays, never no answer."""
    count = sum(1 for p in _between(THIS_YEAR) if p.kind is PlayKind.TRACK)
    heard = await ask(hass, "this year lah, I play how many songs already")
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert f"{count} plays" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    (
        "last week lah, which band I play the most",
        "which band did I play the most last week",
    ),
    (
        "this month ah, which song I play until siao one",
        "which song did I play the most this month",
    ),
    ("this year lah, my favourite song is what", "what is my favourite song this year"),
    ("eh this week who I keep playing ah", "who did I play most this week"),
    ("yesterday I listen how long ah", "how long did I listen yesterday"),
    ("last weekend I listen for how long lor", "how long did I listen last weekend"),
    ("yesterday I play how many songs ah", "how many songs did I play yesterday"),
    (
        "this month I listen to how many different bands leh",
        "how many different bands did I listen to this month",
    ),
    (
        "the daily I play how many time this month lor",
        "how many times did I play The Daily this month",
    ),
    ("last week I got listen to Air or not", "did I listen to Air last week"),
    ("got play Daft Punk yesterday or not hor", "did I play Daft Punk yesterday"),
    ("Justice ah, today I got play or not", "did I play Justice today"),
    ("Air I ever listen before or not", "did I ever listen to Air"),
    ("yesterday what I play ah", "what did I play yesterday"),
    ("last Sunday we play what songs lor", "what songs did we play last Sunday"),
    ("just now I play what music ah", "what music did I play today"),
    ("my music taste like what ah", "what is my taste like"),
    (
        "what kind of music I like one, can tell me or not",
        "what kind of music do I like",
    ),
    ("this month ah, how often I skip", "how often did I skip this month"),
    ("usually what time I listen one", "what time do I usually listen"),
    (
        "last month which singer I first time listen one",
        "which new artists did I discover last month",
    ),
    (
        "Daft Punk ah, first time I listen is when",
        "when did I first listen to Daft Punk",
    ),
    ("Queen ah, when I last play", "when did I last listen to Queen"),
    ("Air I most recent listen when hor", "when did I last listen to Air"),
    (
        "this week my listening how ah, summarise for me can or not",
        "give me a recap of this week",
    ),
    (
        "for songs lah, I evening person or morning person",
        "am I an evening or morning listener for songs",
    ),
    (
        "yesterday quarter to nine at night what I listening to ah",
        "what was I listening to yesterday at 8:45 pm",
    ),
    (
        "yesterday evening at seven what I listening to ah",
        "what was I listening to yesterday evening at seven pm",
    ),
]


@pytest.mark.usefixtures("history")
async def test_same_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Said as a Singaporean says it, answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


# -- commands stay Home Assistant's -----------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A command said with a particle is never an Encore question."""
    for said in [
        "play Daft Punk in the kitchen",
        "play Queen lah",
        "turn the music up lah",
        "what song is playing now ah",
        "turn on the kitchen light lah",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said)
