"""A parent interrupted mid-question (issue 45's eighteenth turn, writer 52).

With children around, a question breaks off for someone else ("-- Mia, not
on the sofa --"), is taken up again, said again, or made clear after it
("..., the Daft Punk one"). The asides are dropped in
`parse/interruptions.py`, the name made clear in `parse/name_again.py`; a
few words of the same speakers are read in `speech.py` ("have going", "can
I just not stop playing"), `banter_en.py` ("describe my taste these days")
and `when/years.py` ("zwanzigfünfundzwanzig").

The phrasings are this file's own, of the kinds the writer's were.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.interruptions import drop_interruptions
from custom_components.encore.voice.parse.name_again import name_said_again

from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=ZONE)

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "language", "plain"),
    [
        (
            "which band did I -- Leo, get down from there -- which band did I play most this week",
            "en",
            "which band did I play most this week",
        ),
        (
            "how long did I listen yesterday -- stop it, both of you -- how long yesterday",
            "en",
            "how long did I listen yesterday",
        ),
        (
            "hold on -- who'd I listen to most in October",
            "en",
            "who'd I listen to most in October",
        ),
        (
            "what did I play this morning … Emma, coat on … what did I play this morning",
            "en",
            "what did I play this morning",
        ),
        (
            "wann hab ich … Paul, nicht mit Essen werfen! … wann hab ich zuletzt Air gehört",
            "de",
            "wann hab ich zuletzt Air gehört",
        ),
        (
            "welche Band diesen Monat -- Mia, Zähne putzen! -- diesen Monat, welche Band",
            "de",
            "welche Band diesen Monat",
        ),
        (
            "how many songs did we play this -- no, last week, how many songs last week",
            "en",
            "how many songs last week",
        ),
    ],
)
def test_asides_dropped(said: str, language: str, plain: str) -> None:
    """What is said to someone else goes; the question is said once."""
    assert drop_interruptions(said, language, NOW, ZONE) == plain


@pytest.mark.parametrize(
    ("said", "language"),
    [
        # A name said again between breaks is the question's.
        ("did I play -- the Justice one -- Genesis yesterday", "en"),
        # A name said first before a break.
        ("Queen -- how many times did I play them this week", "en"),
        # A correction: the time said after it is read by `take_back`.
        ("how many songs this week -- no, last week", "en"),
        ("wie oft lief Air diese Woche -- nee, letzte Woche", "de"),
        # No break at all.
        ("how many songs did I play today", "en"),
    ],
)
def test_breaks_of_the_question_kept(said: str, language: str) -> None:
    """Nothing of the question itself is dropped."""
    assert drop_interruptions(said, language, NOW, ZONE) == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Genesis, when did that first turn up, the Justice song",
            "when did i first play Genesis by Justice",
        ),
        (
            "when did I last have Digital Love on, the Daft Punk one",
            "when did I last play Digital Love by Daft Punk",
        ),
        ("Sexy Boy, when did that last come on", "when did i last play Sexy Boy"),
    ],
)
def test_name_made_clear(said: str, plain: str) -> None:
    """Whose the name is joins the name; a name said first replaces "that"."""
    assert name_said_again(said, "en") == plain


# -- through Assist: the answer of the plain question ---------------------------------

SAME_AS_PLAIN = [
    (
        "which band did I -- Leo, get down from there -- which band did I play most this week",
        "which band did I play most this week",
        "en",
    ),
    (
        "hold on -- who'd we listen to most last week",
        "who did we listen to most last week",
        "en",
    ),
    (
        "how long did I listen yesterday -- stop it, both of you -- how long yesterday",
        "how long did I listen yesterday",
        "en",
    ),
    (
        "when did I last have Digital Love on, the Daft Punk one",
        "when did I last play Digital Love by Daft Punk",
        "en",
    ),
    (
        "Genesis, when did that first turn up, the Justice song",
        "when did I first play Genesis by Justice",
        "en",
    ),
    ("when's the last time I had Queen on", "when did I last play Queen", "en"),
    ("what song can I simply not stop playing", "what song is on repeat", "en"),
    (
        "what tunes did we have going yesterday evening",
        "what did we play yesterday evening",
        "en",
    ),
    (
        "rate my taste these days, the kids say it's old man music",
        "what is my music taste lately",
        "en",
    ),
    (
        "who was my top artist in the kitchen, like, this month",
        "who was my top artist in the kitchen this month",
        "en",
    ),
    (
        "which album was top last week, like the one I played most",
        "which album was top last week",
        "en",
    ),
    (
        "wann hab ich … Paul, nicht mit Essen werfen! … wann hab ich zuletzt Air gehört",
        "wann habe ich zuletzt Air gehört",
        "de",
    ),
    (
        "wie viele Lieder hab ich zwanzigfünfundzwanzig gehört",
        "wie viele Lieder habe ich 2025 gehört",
        "de",
    ),
]


@pytest.mark.usefixtures("history")
async def test_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """An interrupted question is answered as its plain form is."""
    add_kitchen(hass)
    for said, plain, language in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A command broken off for a child is still Home Assistant's."""
    for said, language in [
        ("play some music -- Leo, shoes on -- play some music in the kitchen", "en"),
        ("turn it down -- no, the kitchen speaker -- turn it down", "en"),
        ("skip this song … Mia, stop that … skip this song", "en"),
        ("Musik in der Küche lauter … Paul, Hände waschen! … lauter bitte", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
