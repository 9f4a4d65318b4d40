"""A quick phone typist, in English and German (issue 45's nineteenth turn, writer 74).

Someone thumbing questions into the Assist app leaves letters out and swaps
them ("playd", "skiped", "evr", "reveiw", "keep skippin", "häufgsten"),
drops the apostrophe ("whatd i have on"), and abbreviates ("no of plays",
"of the mo", "run me thru", and in German "letzte wo", "diesen mon", "in den
letzten 3 mon": Duden's "Wo." and "Mon."). "Letzte wo" read as no time was
answered over all time: a wrong fact. "What did I finish this morning with"
was the last song, though an episode closed the morning.

The slips are mended in `parse/typed.py`, the German abbreviations read in
`when/shorthand.py`, the end of a day "with" no kind said in
`parse/terse_en.py`; the net holds the slipped words.

The phrasings are this file's own; each is answered as its plain form is.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import prepare
from custom_components.encore.voice.parse.typed import undo_typed
from custom_components.encore.voice.when.shorthand import expand_shorthand, typed_week

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        (
            "which album have i playd most this month",
            "which album have i played most this month",
            "en",
        ),
        ("top artsts this week", "top artists this week", "en"),
        ("my favrite song last month", "my favorite song last month", "en"),
        ("which artist do i keep skippin", "which artist do i keep skipping", "en"),
        ("most skiped song this year", "most skipped song this year", "en"),
        ("who have i listned to lately", "who have i listened to lately", "en"),
        ("whod i listen to most", "who did i listen to most", "en"),
        ("no of songs since tuesday", "number of songs since tuesday", "en"),
        ("walk me thru this month", "recap of this month", "en"),
        ("album of the mo", "album of the month", "en"),
        (
            "welcher künstler lief am häufigstn",
            "welcher künstler lief am häufigsten",
            "de",
        ),
        ("wie viele verschiedne künstler", "wie viele verschiedene künstler", "de"),
        ("was hab ich gestrn gehrt", "was hab ich gestern gehört", "de"),
    ],
)
def test_slips_mended(said: str, plain: str, language: str) -> None:
    """A letter left out, two swapped, a "g" dropped, a mark left out: the word meant."""
    assert undo_typed(said, language) == plain


@pytest.mark.parametrize(
    ("said", "language"),
    [
        # A word after a word that takes a name is the name as typed.
        ("did i play evr after", "en"),
        ("when did i first hear the weeknd", "en"),
        # Words of their own, one slip from a word read by.
        ("how hard did i skip", "en"),
        ("my son played most", "en"),
        # Dialect is no slip ("die Woch" is read by its own reader).
        ("wie viele podcasts die woch", "de"),
    ],
)
def test_no_slip_left_alone(said: str, language: str) -> None:
    """Names, words of their own and dialect stay as they were typed."""
    assert undo_typed(said, language) == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("anzahl lieder im mon", "anzahl lieder im monat"),
        ("in den vergangenen 6 mon", "in den vergangenen 6 monaten"),
        # "Wo" alone is "where"; Bavaria's "der wo" a relative pronoun.
        ("wo hab ich das gehört", "wo hab ich das gehört"),
        ("der song der wo so laut war", "der song der wo so laut war"),
    ],
)
def test_german_abbreviations(said: str, plain: str) -> None:
    """ "Mon." is Monat after a word that opens a period."""
    assert expand_shorthand(said) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("top songs vorige wo", "top songs vorige woche"),
        ("wie lange unsere wo", "wie lange unsere woche"),
        ("wie oft unter der wo", "wie oft unter der woche"),
        # "Wo" alone is "where"; after a comma or before its clause relative,
        # said "was" so no run of the words is a week.
        ("wo hab ich das gehört", "wo hab ich das gehört"),
        ("das letzte, wo ich gehört hab", "das letzte was ich gehört hab"),
        ("das letzte wo ich gehört hab", "das letzte was ich gehört hab"),
    ],
)
def test_german_week_typed(said: str, plain: str) -> None:
    """ "Wo." is Woche after a word that opens a period, never "where"."""
    assert typed_week(said) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("what did i end yesterday with", "what was the last thing i played yesterday"),
        (
            "which song did i start today with",
            "what was the first song i played today",
        ),
    ],
)
def test_day_ended_with(said: str, plain: str) -> None:
    """ "What" names no kind: anything; "which song" a song."""
    assert " ".join(prepare(said, "en")) == plain


# -- through Assist ---------------------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_typed_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Each is Encore's, answered as its plain form is."""
    for said, plain, language in [
        (
            "which album have i playd most this month",
            "which album did I play most this month",
            "en",
        ),
        ("most skiped song this year", "which song did I skip most this year", "en"),
        ("what artist do i keep skippin", "which artist do I skip most", "en"),
        (
            "wht was on yesterday evening",
            "what did I listen to yesterday evening",
            "en",
        ),
        ("no of songs since tuesday", "how many songs did I play since Tuesday", "en"),
        ("walk me thru last week", "give me a recap of last week", "en"),
        ("album of the mo", "what was my top album this month", "en"),
        (
            "what did i end yesterday with",
            "what was the last thing I played yesterday",
            "en",
        ),
        ("my wk in reveiw", "give me a recap of this week", "en"),
        (
            "welcher künstler lief vorige wo am meisten",
            "welchen Künstler habe ich letzte Woche am meisten gehört",
            "de",
        ),
        (
            "wie viele lieder hab ich diesen mon gehört",
            "wie viele Lieder habe ich diesen Monat gehört",
            "de",
        ),
        (
            "welche songs in den letzten 2 mon am meisten",
            "welche Songs habe ich in den letzten 2 Monaten am meisten gehört",
            "de",
        ),
        (
            "wie oft lief air vergangene wo",
            "wie oft habe ich Air letzte Woche gehört",
            "de",
        ),
        (
            "welchen song hab ich am häufgsten gehört",
            "welchen Song habe ich am häufigsten gehört",
            "de",
        ),
        (
            "beschreib doch mal meinen musikgeschmack",
            "wie ist mein Musikgeschmack",
            "de",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command typed in a hurry is Home Assistant's."""
    for said, language in [
        ("turn of the kitchn lights", "en"),
        ("play daft punk in teh kitchen", "en"),
        ("paus the music in the kitchen", "en"),
        ("skip ths song", "en"),
        ("set a timer for 10 mins", "en"),
        ("mach das licht in der küche aus", "de"),
        ("spiel daft punk in der küche", "de"),
        ("wo ist mein handy", "de"),
        ("lautstärke in der küche auf 30 prozent", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
