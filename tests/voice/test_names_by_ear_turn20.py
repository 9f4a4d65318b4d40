"""Names said by ear or wrapped in words (issue 45's twentieth turn, writers 75-80).

A household says a name as it hears it ("fantom", "schustiss", "mun
safari", "la fam darschon") or wraps it in what it is and whose ("that
cafe tacuba stuff", "those Daft Punk fellows the lad likes", "the Moon
Safaris album"); says it first and asks after it ("the daily, when did I
first start listening to that", "Eres von Café Tacvba, seit wann", "da
funk wann war das erste mal bei mir"); or asks without a question word
("last time cafe tack uba was on"). The name is read (`parse/names.py`,
`parse/said_first_de.py`, `parse/jargon_en.py`) and found by ear
(`history/queries/name_scores.py`: `sounded_starts`, `ear_key`,
`unsaid_key`), only when one known name fits.

The phrasings are this file's own; each is answered as its plain form is.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked
from custom_components.encore.voice.parse.said_first_de import front_name_de

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)

# -- the reading, pure -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "language", "asked", "name"),
    [
        # A name wrapped in what it is and whose.
        ("did I hear any of that queen stuff last week", "en", Asked.DID_I, "queen"),
        ("have I played that Justice lot this week", "en", Asked.DID_I, "justice"),
        (
            "how often did that air sexy boy song play this month",
            "en",
            Asked.PLAY_COUNT,
            "air sexy boy",
        ),
        (
            "has the genesis track come on this week",
            "en",
            Asked.DID_I,
            "genesis",
        ),
        (
            "How much of that Queen band have I had on since Monday",
            "en",
            Asked.PLAY_COUNT,
            "Queen",
        ),
        ("how much air i have this month", "en", Asked.PLAY_COUNT, "air"),
        # A name said first, a pronoun after.
        (
            "Genesis, when did I first start listening to that",
            "en",
            Asked.FIRST_PLAY,
            "Genesis",
        ),
        (
            "the daily, when did we last listen to it",
            "en",
            Asked.LAST_PLAY,
            "the daily",
        ),
        (
            "Those Queen fellows the kids like, did I have them on this week",
            "en",
            Asked.DID_I,
            "queen",
        ),
        # The first or last time said without a question word.
        ("last time genesis was on", "en", Asked.LAST_PLAY, "genesis"),
        ("first time the daily got played", "en", Asked.FIRST_PLAY, "the daily"),
        # A "come on" that is the question's verb.
        (
            "how many times has Digital Love come on",
            "en",
            Asked.PLAY_COUNT,
            "Digital Love",
        ),
        # "Was there some ...": anything by a name.
        ("was there any justice yesterday", "en", Asked.DID_I, "justice"),
        # German: a name said first.
        (
            "Genesis von Justice, seit wann",
            "de",
            Asked.FIRST_PLAY,
            "Genesis von Justice",
        ),
        ("sexy boy wann war das letzte mal", "de", Asked.LAST_PLAY, "sexy boy"),
        ("Phantom, wann zuletzt", "de", Asked.LAST_PLAY, "Phantom"),
        (
            "digital love von daft punk wie oft insgesamt",
            "de",
            Asked.PLAY_COUNT,
            "digital love von daft punk",
        ),
    ],
)
def test_the_name_is_read(said: str, language: str, asked: Asked, name: str) -> None:
    """What is asked and the name, its wrapping and its pronoun undone."""
    reading = read_question(said, language, _NOW, _TZ)
    assert reading.asked is asked, reading
    assert reading.name is not None, reading
    assert reading.name.lower().startswith(name.lower()), reading


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Eres, seit wann", "wann habe ich Eres zum ersten mal gehört"),
        (
            "da funk wann war das erste mal bei mir",
            "wann habe ich da funk zum ersten mal gehört",
        ),
        (
            "Queen, wie oft hab ich die diesen Monat gehört",
            "wie oft habe ich Queen diesen Monat gehört",
        ),
        (
            "genesis wie oft letzte woche",
            "wie oft habe ich genesis letzte woche gehört",
        ),
    ],
)
def test_a_german_name_said_first_is_put_in_place(said: str, plain: str) -> None:
    """The name said first stands where the question's object does."""
    assert front_name_de(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        "spiel Queen, wie oft",
        "Licht an, wie wird das Wetter",
        "wie oft habe ich Queen gehört",
        "heute, wann war das erste mal",
    ],
)
def test_no_name_is_made_of_a_command_or_a_question(said: str) -> None:
    """A command, a whole question or a time first is left as said."""
    assert front_name_de(said) == said


# -- through Home Assistant: found by ear --------------------------------------------


@pytest.mark.usefixtures("history")
async def test_found_by_ear(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A name by ear or wrapped in words is answered as the name itself."""
    for said, plain, language in [
        (
            "did I hear any of that kafe takuba stuff this month",
            "did I listen to Café Tacvba this month",
            "en",
        ),
        (
            "how many times did i play fantom this year",
            "how many times did i play Phantom this year",
            "en",
        ),
        (
            "when did i last hear the moon savari album",
            "when did i last listen to Moon Safari",
            "en",
        ),
        (
            "hab ich diese woche schustiss gehört",
            "hab ich diese woche Justice gehört",
            "de",
        ),
        (
            "wann hab ich zuletzt mun safari gehört",
            "wann hab ich zuletzt Moon Safari gehört",
            "de",
        ),
        (
            "wann hab ich zuletzt la fam darschon gehört",
            "wann hab ich zuletzt La femme d'argent gehört",
            "de",
        ),
        (
            "Phantom von Justice, seit wann",
            "wann habe ich Phantom von Justice zum ersten mal gehört",
            "de",
        ),
        (
            "the daily, when did I last listen to that",
            "when did I last listen to The Daily",
            "en",
        ),
        (
            "how many times did that daft punk digital love song play this month",
            "how many times did I play Digital Love by Daft Punk this month",
            "en",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


# -- commands said the same way stay Home Assistant's --------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command naming a song by ear stays the home's."""
    for said, language in [
        ("play that daft punk song in the kitchen", "en"),
        ("put on some fantom", "en"),
        ("turn the music up", "en"),
        ("what's playing", "en"),
        ("skip this song", "en"),
        ("spiel Queen in der Küche", "de"),
        ("wie wird das Wetter", "de"),
        ("stell einen Timer auf zehn Minuten", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
