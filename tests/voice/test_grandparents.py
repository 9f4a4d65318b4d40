"""A grandparent's English and German (issue 45's seventeenth turn, writer 46).

A grandparent addresses the device first ("Good evening, Computer.",
"Computer, dear,", "Alexa — sorry, Computer —"), corrects a word mid-way
("the record — the song, I mean, not the whole album"), says "talking
programme", "long-player", "Kapelle", "Sendungen", "der Kasten in der
Küche", "sei so gut", and adds a remark or a guess after the question
("I rather liked it.", "That's yesterday, isn't it.", "..., diesen
Franzosen?"). The habits are undone in `parse/elderly_en.py` and
`parse/elderly_de.py`; the net holds an address and a remark.

The phrasings are this file's own; each is answered as its plain form is,
and the figures are recounted where the period or the name was the failure.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse.elderly_de import undo_elderly_de
from custom_components.encore.voice.parse.elderly_en import undo_elderly_en

from .test_german_turn11 import YESTERDAY, _between
from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import TODAY, ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Good afternoon, Computer. Which band did I play most today?",
            "Which band did I play most today?",
        ),
        (
            "Alexa — no, what's it called — Computer. Who did I hear most this year?",
            "Who did I hear most this year?",
        ),
        (
            "What was the first song I played today, dear?",
            "What was the first song I played today?",
        ),
        (
            "What did I hear this morning? It's gone clean out of my head.",
            "What did I hear this morning?",
        ),
        (
            "How long did I listen on Monday the sixteenth? That's this week, isn't it.",
            "How long did I listen on Monday the sixteenth?",
        ),
        (
            "Which album did I play most in October — the song, I mean, not the album.",
            "Which song did I play most in October.",
        ),
        ("Which talking programmes did I hear?", "Which podcasts did I hear?"),
    ],
)
def test_english_undone(said: str, plain: str) -> None:
    """An address, a remark, a correction and an old word are undone."""
    assert undo_elderly_en(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        # The guess is the only time said: it stays.
        "What did I play? Monday morning, I suppose it would have been.",
        # A name after a verb, no address set apart.
        "Did I play Computer Love this week?",
        "How often did I play Dear Prudence?",
    ],
)
def test_english_kept(said: str) -> None:
    """No time and no name is lost."""
    assert undo_elderly_en(said) == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Welche Kapelle hab ich diesen Monat gehört, sei so gut?",
            "Welche Band hab ich diesen Monat gehört?",
        ),
        ("Lief heute was von Air, diesen Franzosen?", "Lief heute was von Air?"),
        ("Was lief im Kasten in der Küche?", "Was lief in der Küche?"),
        (
            "Wie viele Sendungen hab ich gehört, weißt du das?",
            "Wie viele Podcasts hab ich gehört?",
        ),
        ("Einen Rückblick auf meinen Monat", "Einen Rückblick von diesem Monat"),
    ],
)
def test_german_undone(said: str, plain: str) -> None:
    """A German grandparent's words are undone."""
    assert undo_elderly_de(said) == plain


def test_german_time_apposition_kept() -> None:
    """A time said after a comma is no apposition: it stays."""
    said = "Wie viele Lieder hab ich gehört, diese Woche?"
    assert undo_elderly_de(said) == said


# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "How many songs did I have on on Thursday the nineteenth? That was yesterday, wasn't it.",
        "Hello, Computer. How many songs did I play yesterday?",
    ],
)
async def test_songs_yesterday(hass: HomeAssistant, said: str) -> None:
    """Yesterday's plays of songs, never "which time is yesterday"."""
    count = sum(1 for p in _between(YESTERDAY) if p.kind is PlayKind.TRACK)
    heard = await ask(hass, said)
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert f"{count} plays" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "Wie oft lief diese Woche Air, diese Franzosen?",
        "Hab ich diese Woche was von Air gehört, von diesen Franzosen?",
    ],
)
async def test_air_this_week(hass: HomeAssistant, said: str) -> None:
    """Air's plays this week, the apposition no time."""
    monday = TODAY.fromordinal(TODAY.toordinal() - TODAY.weekday())
    count = sum(1 for p in _between((monday, TODAY)) if p.artist == "Air")
    heard = await ask(hass, said, "de")
    assert "diese Woche" in heard.speech, heard.speech
    assert f"{count} Mal" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN_EN = [
    (
        "Good morning, Computer. Which singer did I have on most last week, would you say?",
        "which artist did I listen to most last week",
    ),
    (
        "Computer, dear, which band did I listen to the most last week?",
        "which band did I listen to the most last week",
    ),
    (
        "What did I listen to yesterday evening? I can never remember.",
        "what did I listen to yesterday evening",
    ),
    (
        "Who did I play the most this week? I expect it was Daft Punk.",
        "who did I play the most this week",
    ),
    (
        "What music did I play on Tuesday afternoon — the seventeenth, that would be?",
        "what music did I play on Tuesday afternoon",
    ),
    (
        "How long did I listen to music on Tuesday the seventeenth? That's this week, isn't it.",
        "how long did I listen to music on Tuesday the seventeenth",
    ),
    (
        "What was the first tune I played yesterday, dear? I can never remember.",
        "what was the first song I played yesterday",
    ),
    (
        "Which long-players did I play most this month?",
        "which albums did I play most this month",
    ),
    (
        "How long did I have the talking programmes on this week? I'm sure it's too long.",
        "how long did I listen to podcasts this week",
    ),
    (
        "What was that tune at twenty past five this afternoon? I quite liked it.",
        "what was playing at twenty past five this afternoon",
    ),
    (
        "Which song came on first yesterday? In the evening, I suppose it would have been.",
        "what was the first song I played yesterday",
    ),
]


@pytest.mark.usefixtures("history")
async def test_english_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A grandparent's English is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


SAME_AS_PLAIN_DE = [
    (
        "Welche Kapelle hab ich diesen Monat am meisten gehört, sei so gut?",
        "welche Band habe ich diesen Monat am meisten gehört",
    ),
    (
        "Weißt du, welche Kapelle ich diese Woche am meisten gehört habe?",
        "welche Band habe ich diese Woche am meisten gehört",
    ),
    (
        "Wie viele Folgen von den Sendungen hab ich diese Woche gehört?",
        "wie viele Podcastfolgen habe ich diese Woche gehört",
    ),
    (
        "Welche neuen Kapellen hab ich dieses Jahr entdeckt?",
        "welche neuen Bands habe ich dieses Jahr entdeckt",
    ),
    (
        "Gib mir mal einen Rückblick auf meinen Monat, sei so gut.",
        "gib mir einen Rückblick auf diesen Monat",
    ),
]


@pytest.mark.usefixtures("history")
async def test_german_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A German grandparent's words are answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


@pytest.mark.usefixtures("history")
async def test_kitchen_box(hass: HomeAssistant) -> None:
    """ "Der Kasten in der Küche" is the kitchen, answered as it is."""
    add_kitchen(hass)
    await assert_encores_as_plain(
        hass,
        "Was lief gestern Abend um acht im Kasten in der Küche?",
        "was lief gestern Abend um acht in der Küche",
        "de",
    )


# -- commands stay Home Assistant's ---------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A command said as a grandparent says it stays Home Assistant's."""
    for said, language in [
        ("Good morning, Computer, turn on the kitchen light", "en"),
        ("Computer, dear, play some music in the kitchen", "en"),
        ("Good evening, Computer. Play Daft Punk in the kitchen", "en"),
        ("play Daft Punk in the kitchen", "en"),
        ("turn the music up", "en"),
        ("spiel was von Queen in der Küche", "de"),
        ("spiel die Kapelle Queen in der Küche, sei so gut", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
