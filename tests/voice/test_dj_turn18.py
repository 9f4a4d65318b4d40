"""A DJ's English and a techno nerd's German (issue 45's eighteenth turn, writer 53).

A DJ says "spun", "on the decks", "in the mix", "cuts", "LP", "bin off", "on
the trot", "first-timers", "what sort of sound am I into", a rough figure
("..., ballpark figure") and a name said first with the record it is
("Discovery, the Daft Punk LP on Virgin, how many plays has it had"). A
Berlin techno nerd says "aufgelegt", "gestreamt", "Lieblingstrack der ...",
"meinen Sound beschreiben", "neu für mich", "..., grob", and a name said
first with "die Platte", "der Track" or "die" standing for it. The habits
are undone in `parse/dj_en.py` and `parse/dj_de.py`; the net holds the
words no command says.

The phrasings are this file's own; each is answered as its plain form is.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.dj_de import front_dj_de
from custom_components.encore.voice.parse.dj_en import front_dj, undo_dj

from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("what was my lp of the month", "what was my album of the month"),
        ("number of spins last week give or take", "number of spins last week"),
        (
            "how many different cuts did i spin this month",
            "how many different songs did i spin this month",
        ),
        ("which cut do i bin off the most", "which song do i skip the most"),
        (
            "how many days on the bounce have i played music",
            "how many days in a row have i played music",
        ),
        ("what kind of vibe am i into", "what is my music taste"),
        (
            "who did i discover this year first timers only",
            "who did i discover this year",
        ),
        ("spun any daft punk yesterday", "did i play any daft punk yesterday"),
        (
            "did any justice make it onto the decks this week",
            "did i play any justice this week",
        ),
        ("when was justice last on the decks", "when did i last play justice"),
    ],
)
def test_english_words_undone(said: str, plain: str) -> None:
    """A DJ's words for playing are the plain ones."""
    assert undo_dj(said) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Moon Safari, the Air LP on Source, how many spins has it had this year",
            "how many times did i play Moon Safari this year",
        ),
        (
            "The Daily, have I caught an episode this week?",
            "did I listen to The Daily this week?",
        ),
        ("first time Air was on the decks, when was that", "when did i first play Air"),
    ],
)
def test_english_name_first(said: str, plain: str) -> None:
    """A name said first, and the record it is, stand where the question asks."""
    assert front_dj(said, "en") == plain


@pytest.mark.parametrize(
    "said",
    [
        # "The very last song" is what is asked, no record told apart.
        "remind me what I had on last, the very last song, what was it?",
        # A filler first is no name.
        "um, the Discovery album, how many times did I play it this year",
        "Daft Punk, how often did I play them this year",
    ],
)
def test_english_kept(said: str) -> None:
    """No question's words are taken for a name said first."""
    assert front_dj(said, "en") == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Wiedergaben diese Woche, pi mal Daumen", "Wiedergaben diese Woche"),
        (
            "Discovery von Daft Punk, wie oft hab ich die Platte diesen Monat aufgelegt",
            "wie oft habe ich Discovery von Daft Punk diesen Monat gehört",
        ),
        (
            "Queen, hab ich die diese Woche mal gestreamt",
            "habe ich Queen diese Woche gehört",
        ),
        (
            "letzte Woche mal Sexy Boy gehört?",
            "habe ich Sexy Boy letzte Woche gehört?",
        ),
        ("was hat Ada gestern aufgelegt", "was hat Ada gestern gehört"),
        ("Wie würden Sie meinen Musikstil beschreiben", "was ist mein Musikgeschmack"),
        (
            "welche Bands waren dieses Jahr neu für mich",
            "welche neuen Künstler habe ich dieses Jahr entdeckt",
        ),
        (
            "One More Time, wann lief der Song bei mir zum allerletzten Mal",
            "wann habe ich One More Time zum letzten mal gehört",
        ),
    ],
)
def test_german_undone(said: str, plain: str) -> None:
    """A techno nerd's German is the plain German."""
    assert front_dj_de(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        "Wie oft hab ich diese Woche Air gehört?",
        "Was ist mein Lieblingssong diesen Monat?",
    ],
)
def test_german_kept(said: str) -> None:
    """Plain German is left as it is."""
    assert front_dj_de(said) == said


# -- through Assist ---------------------------------------------------------------------

SAME_AS_PLAIN_EN = [
    ("what's my LP of the year so far", "what is my top album this year"),
    ("number of spins last week, give or take", "number of plays last week"),
    (
        "how many different cuts did I spin this month",
        "how many different songs did I play this month",
    ),
    (
        "Moon Safari, the Air LP on Source, how many spins has it had this year",
        "how many times did I play Moon Safari this year",
    ),
    (
        "did any Justice make it onto the decks this week",
        "did I play Justice this week",
    ),
    ("spun any Daft Punk yesterday?", "did I play Daft Punk yesterday"),
    (
        "The Daily, have I caught an episode this week?",
        "did I listen to The Daily this week",
    ),
    ("what kind of vibe am I into, honestly", "what is my music taste"),
    ("who did I discover this year, first-timers only", "who did I discover this year"),
    (
        "how many days on the trot have I played music",
        "how many days in a row have I played music",
    ),
    ("first time Air was on the decks, when was that", "when did I first play Air"),
    ("when was Justice last on the decks", "when did I last play Justice"),
    ("which cut do I bin off the most", "which song do I skip the most"),
]


@pytest.mark.usefixtures("history")
async def test_english_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A DJ's English is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


SAME_AS_PLAIN_DE = [
    ("Lieblingstrack im Oktober?", "was war mein Lieblingssong im Oktober"),
    ("Anzahl Plays diese Woche, pi mal Daumen", "Anzahl Plays diese Woche"),
    (
        "Discovery von Daft Punk, wie oft hab ich die Platte diesen Monat aufgelegt",
        "wie oft habe ich Discovery von Daft Punk diesen Monat gehört",
    ),
    (
        "Queen, hab ich die diese Woche mal gestreamt",
        "habe ich Queen diese Woche gehört",
    ),
    ("letzte Woche mal Sexy Boy gehört?", "habe ich Sexy Boy letzte Woche gehört"),
    ("was hat Ada gestern aufgelegt", "was hat Ada gestern gehört"),
    ("Wie würden Sie meinen Musikstil beschreiben", "was ist mein Musikgeschmack"),
    (
        "welche Bands waren dieses Jahr neu für mich",
        "welche neuen Künstler habe ich dieses Jahr entdeckt",
    ),
    (
        "One More Time, wann lief der Song bei mir zum allerletzten Mal",
        "wann habe ich One More Time zum letzten Mal gehört",
    ),
]


@pytest.mark.usefixtures("history")
async def test_german_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A techno nerd's German is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


@pytest.mark.usefixtures("history")
async def test_last_time_on_is_the_names(hass: HomeAssistant) -> None:
    """ "Last time X was on, when was it" is X's last play, never the last song."""
    heard = await ask(hass, "last time The Daily was in the mix, when was that")
    assert heard.intent == "EncoreFirstLastPlay", heard.speech
    assert "The Daily" in heard.speech, heard.speech


# -- commands stay Home Assistant's ---------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A command said as a DJ says it stays Home Assistant's."""
    for said, language in [
        ("put some Daft Punk on the decks in the kitchen", "en"),
        ("what's on the decks right now", "en"),
        ("skip this cut", "en"),
        ("spin Moon Safari in the kitchen", "en"),
        ("set a timer for ten minutes", "en"),
        ("leg mal die Platte von Air in der Küche auf", "de"),
        ("spiel den nächsten Track", "de"),
        ("Küche, hab ich das Licht ausgemacht", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
