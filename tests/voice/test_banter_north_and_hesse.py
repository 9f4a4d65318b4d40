"""A sarcastic joker's English, Hamburg's and Hesse's German (issue 45's sixteenth turn).

Writers nobody here had seen got no answer or a wrong one: a joker's dares
and jokes ("go on, shame me", "be honest", "asking for a friend", "I bet
it's about four", "apart from all of it", "roast my taste"), a Hamburg
speaker's "Moin", "Digger", "büschen", "..., ne?", and a Hessian speaker's
"Ei gude", "isch", "des", "am meiste", "uffgelegt", "gell?", a guess to be
checked ("des war doch Justice, wo isch ... gehört hab, oder net?") and an
aside after the question ("des sin doch schon drei Woche"). The habits are
undone in `parse/banter_en.py`, `parse/dialect_de_north.py` and
`parse/dialect_de_hesse.py`; the nets hold their words.

The phrasings are this file's own; each is answered as its plain form is,
and the figures are recounted where a joke was read as the period.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse import prepare

from .test_german_turn11 import THIS_YEAR, YESTERDAY, _between
from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure ---------------------------------------------------------------------

PREPARED = [
    ("go on then, be honest, who have I been obsessed with lately", "en",
     "who have i listened to most lately"),
    ("how many songs have I played today, and I bet it's more than is healthy", "en",
     "how many songs have i played today"),
    ("right, roast my taste", "en", "what is my music taste"),
    ("when did One More Time first sneak into my history", "en",
     "when did i first play one more time"),
    ("Moin, wer war diese Woche mein Lieblingskünstler, Digger", "de",
     "wer war diese woche mein top künstler"),
    ("Queen, hab ich die gestern gehört, glaub nich, ne?", "de",
     "habe ich queen gestern gehört"),
    ("Sag emol, welsches Lied hab isch gestern am meiste gehört, gell?", "de",
     "welches lied habe ich gestern am meisten gehört"),
    ("Wie lang hab isch in de letzte dreißisch Tag Musik gehört?", "de",
     "wie lange habe ich in den letzten dreißig tagen musik gehört"),
    ("Isch wett, des is Air, wo isch am meiste überspring, gell?", "de",
     "was überspringe ich am meisten"),
]  # fmt: skip


@pytest.mark.parametrize(("said", "language", "words"), PREPARED)
def test_the_habits_are_undone(said: str, language: str, words: str) -> None:
    """Each habit becomes the plain words the readers know."""
    assert " ".join(prepare(said, language)) == words


def test_swabian_isch_stays_ist() -> None:
    """Only a Hessian sentence reads "isch" as "ich": Swabia's is "ist"."""
    assert "ist" in prepare("was isch mei Lieblingslied des Johr", "de")


def test_a_title_keeps_its_words() -> None:
    """A name after a verb keeps its words, "doch" and "ne" in it too."""
    assert prepare("wie oft hab ich Moin Moin gehört", "de")[-3:] == [
        "moin",
        "moin",
        "gehört",
    ]


# -- figures counted again -----------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "how many artists have I played this year, I bet it's about three",
        "be honest, how many different bands did I actually play this year",
    ],
)
async def test_artists_this_year(hass: HomeAssistant, said: str) -> None:
    """This year's different artists, never a joke read as the time."""
    count = len({p.artist for p in _between(THIS_YEAR) if p.kind is PlayKind.TRACK})
    heard = await ask(hass, said)
    assert f"{count} different artists" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "Wie viele Lieder hab isch gestern gespielt, des warn doch bestimmt zwanzisch, oder?",
        "Ei, des warn doch net viele Lieder gestern, oder?",
    ],
)
async def test_songs_yesterday(hass: HomeAssistant, said: str) -> None:
    """Yesterday's plays of songs, the guess after it no count and no time."""
    count = sum(1 for p in _between(YESTERDAY) if p.kind is PlayKind.TRACK)
    heard = await ask(hass, said, "de")
    assert heard.speech.startswith("Gestern "), heard.speech
    assert f"{count} Wiedergaben" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    ("be honest, who did I listen to most this month", "who did I listen to most this month", "en"),
    ("go on, shame me, what was my top song last week", "what was my top song last week", "en"),
    ("don't judge me but how many times did I play Queen this year", "how many times did I play Queen this year", "en"),
    ("how long did I listen to music yesterday, I bet it's loads", "how long did I listen to music yesterday", "en"),
    ("how many songs did I play this week, asking for a friend", "how many songs did I play this week", "en"),
    ("which band have I been hammering this month", "which band did I listen to most this month", "en"),
    ("right, judge my taste", "what is my music taste", "en"),
    ("Genesis by Justice, did I play it last week, asking for a friend", "did I play Genesis by Justice last week", "en"),
    ("when did Around the World first creep into my history", "when did I first play Around the World", "en"),
    ("how did I finish off September, last song of the month", "what was the last song I played in September", "en"),
    ("what hour do I usually listen, apart from all of it", "what hour do I usually listen", "en"),
    ("how many artists did I play last month, I bet it's like three", "how many artists did I play last month", "en"),
    ("Moin, wer war diese Woche mein Lieblingskünstler, Digger", "wer war diese Woche mein Lieblingskünstler", "de"),
    ("Moin, welches Lied hab ich gestern am meisten gehört, büschen peinlich", "welches Lied habe ich gestern am meisten gehört", "de"),
    ("wie viele Folgen hab ich diese Woche weggehört", "wie viele Folgen habe ich diese Woche gehört", "de"),
    ("Queen, hab ich die gestern gehört, glaub nich, ne?", "habe ich gestern Queen gehört", "de"),
    ("was hatt ich gestern so laufen", "was habe ich gestern gehört", "de"),
    ("wer is dies Jahr mein Nummer-eins-Künstler, ich ahn's schon", "wer ist dieses Jahr mein Lieblingskünstler", "de"),
    ("Ei gude, welsches Lied hab isch gestern am meiste gehört?", "welches Lied habe ich gestern am meisten gehört", "de"),
    ("Sag emol, welsche Künstler hab isch diese Woch am meiste gehört, gell?", "welchen Künstler habe ich diese Woche am meisten gehört", "de"),
    ("Des war doch Justice, wo isch diese Woche am meiste gehört hab, oder net?", "wen habe ich diese Woche am meisten gehört", "de"),
    ("Wann hab isch zuletzt Air uffgelegt, gell?", "wann habe ich zuletzt Air gehört", "de"),
    ("Isch wett, des is Daft Punk, wo isch am meiste gehört hab, gell?", "wen habe ich am meisten gehört", "de"),
    ("Mer hamm doch gestern Queen gehört, gell?", "haben wir gestern Queen gehört", "de"),
    ("Am Wochenend hör isch doch mehr als unner der Woch, gell?", "höre ich am Wochenende mehr als unter der Woche", "de"),
    ("Wie viele Tage hintereinander hab isch Musik gehört, des sin doch schon drei Woche, oder?", "wie viele Tage hintereinander habe ich Musik gehört", "de"),
    ("Wer war im Jahr zwanzisch fünfunzwanzisch mein Lieblingskünstler, weißte des?", "wer war im Jahr 2025 mein Lieblingskünstler", "de"),
    ("Wie viele unnerschiedliche Künstler warn des diese Woche, gell?", "wie viele verschiedene Künstler habe ich diese Woche gehört", "de"),
]  # fmt: skip


@pytest.mark.usefixtures("history")
async def test_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never an area's or a floor's, and answered as plainly asked."""
    add_kitchen(hass)
    for said, plain, language in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


# -- what stays Home Assistant's --------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_stays_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command with the same words never reaches Encore."""
    for said, language in [
        ("go on then, play Daft Punk in the kitchen", "en"),
        ("right, turn the music up", "en"),
        ("play the song I was hammering yesterday", "en"),
        ("turn the music up", "en"),
        ("Moin, spiel was von Queen in der Küche", "de"),
        ("spiel was von Queen in der Küche", "de"),
        ("Ei gude, mach des Licht aus", "de"),
        ("Mach die Musik lauter, gell", "de"),
        ("Moin, wie wird das Wetter morgen", "de"),
        ("spiel ma was von Daft Punk, oder?", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
