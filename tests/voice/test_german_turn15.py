"""A Munich night-shift nurse's Bavarian and a Dutch speaker's German (issue 45's fifteenth turn).

Two writers nobody here had seen got no answer: the nurse said the topic
first and the question after it ("Radiohead, wie oft hab i des g'hört, äh,
überhaupt"), with fillers ("äh", "also", "so"), "mei", "heid", "heuer",
"ganz vorn" for the top, "seit wann is X bei mir drin"; the Dutch speaker
wrote "welke", "in die letzte Woche", "in die Oktober", "vorige Monat",
"die selbe Lieder", "Artiesten", "Musikgeschmak", "geskipt", "aufgestanden".
The habits are undone in `parse/dialect_de_south.py` (Bavarian) and
`parse/learner_nl.py`; the German net holds their shapes.

The phrasings are this file's own; each is answered as its plain German is,
and a figure is recounted where the period was the failure.
"""

from datetime import timedelta

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse import prepare

from .test_german_turn11 import THIS_YEAR, TODAY, _between
from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "Queen, wie oft hab i des g'hört, äh, heuer",
        "Queen, wie oft hab i die g'hört dieses Jahr",
    ],
)
async def test_topic_first_this_year(hass: HomeAssistant, said: str) -> None:
    """Queen's plays this year, the name said before the question."""
    count = sum(1 for p in _between(THIS_YEAR) if p.artist == "Queen")
    heard = await ask(hass, said, "de")
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert f"{count} Mal" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "wie viele verschiedene Artiesten hab ich in die letzte Woche gehört",
        "wie viele Artiesten hab ich vorige Woche gehört",
    ],
)
async def test_artists_last_week(hass: HomeAssistant, said: str) -> None:
    """Last week's different artists, 'in die letzte Woche' read as its period."""
    monday = TODAY - timedelta(days=TODAY.weekday())
    week = (monday - timedelta(days=7), monday - timedelta(days=1))
    count = len({p.artist for p in _between(week) if p.kind is PlayKind.TRACK})
    heard = await ask(hass, said, "de")
    assert heard.speech.startswith("Letzte Woche "), heard.speech
    assert f"{count} verschiedene Künstler" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    # Bavarian, the nurse's.
    (
        "so, okay, wer war mei Künstler des Jahres",
        "wer war mein Top-Künstler dieses Jahr",
    ),
    (
        "wer war im Oktober ganz vorn, äh, also Künstler",
        "wer war im Oktober mein Top-Künstler",
    ),
    (
        "was war diese Woche ganz vorn, also Lied",
        "was war diese Woche mein Top-Lied",
    ),
    (
        "meistg'hörtes Lied, äh, die letzten zwei Monate",
        "mein meistgehörtes Lied in den letzten zwei Monaten",
    ),
    (
        "wie oft lief was gestern, so insgesamt",
        "wie viele Wiedergaben hatte ich gestern",
    ),
    (
        "Daft Punk, wie oft hab i die g'hört, äh, überhaupt",
        "wie oft habe ich Daft Punk gehört",
    ),
    (
        "seit wann is, äh, Justice bei mir drin, also des erste Mal",
        "wann habe ich Justice zum ersten Mal gehört",
    ),
    (
        "mit was bin i gestern aufg'wacht, äh, erstes Lied",
        "mit welchem Lied bin ich gestern aufgewacht",
    ),
    (
        "was für Musik mag i eigentlich, äh, so vom G'schmack her",
        "was für Musik mag ich",
    ),
    ("wann hör i normal Musik", "wann höre ich normalerweise Musik"),
    (
        "Bands, wie viele warn's, äh, im Oktober",
        "wie viele verschiedene Künstler habe ich im Oktober gehört",
    ),
    ("Air, diese Woche überhaupt mal", "habe ich Air diese Woche gehört"),
    ("erzähl mal, wie war mei Woche, musikalisch", "wie war meine Woche"),
    (
        "so a Zusammenfassung vom Winter, äh, heuer",
        "eine Zusammenfassung von diesem Winter",
    ),
    # Dutch, the learner's.
    (
        "welke Künstler hab ich am meisten gehört in die letzte Woche",
        "welchen Künstler habe ich letzte Woche am meisten gehört",
    ),
    (
        "welke Album hab ich am meisten gespielt diesen Monat",
        "welches Album habe ich diesen Monat am meisten gehört",
    ),
    (
        "welke Lied lief am meisten vorige Monat",
        "welches Lied lief letzten Monat am meisten",
    ),
    ("welke Podcast hör ich am meisten", "welchen Podcast höre ich am meisten"),
    (
        "wie viele verschiedene Artiesten hab ich in die September gehört",
        "wie viele verschiedene Künstler habe ich im September gehört",
    ),
    ("wie ist mein Musikgeschmak", "wie ist mein Musikgeschmack"),
    (
        "wie viel hab ich geskipt letzte Woche",
        "wie viel habe ich letzte Woche übersprungen",
    ),
    ("hör ich immer die selbe Lieder wieder", "höre ich immer dieselben Lieder"),
    (
        "mit welke Lied bin ich gestern aufgestanden",
        "mit welchem Lied bin ich gestern aufgewacht",
    ),
    (
        "was war die letzte Lied vorigen Donnerstag",
        "was war mein letztes Lied letzten Donnerstag",
    ),
    ("welke Lied überspring ich am meisten", "welches Lied überspringe ich am meisten"),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never an area's or a floor's, and answered as plainly asked."""
    add_kitchen(hass)
    for said, plain in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


# -- what stays Home Assistant's --------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """No home-control or what-plays-now sentence reaches Encore."""
    for said in [
        "spiel was von Queen in der Küche",
        "spiel Daft Punk in der Küche",
        "mach die Musik lauter",
        "so, mach mal das Licht aus",
        "mach des Licht aus, äh, in der Küche",
        "was läuft gerade in der Küche",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "de")


# -- the rules, pure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("welke lied hab ich gehört", "welches lied"),
        ("welke künstler", "welcher künstler"),
        ("welke band", "welche band"),
        ("mit welke lied", "mit welchem lied"),
        ("in die letzte woche", "letzte woche"),
        ("in die oktober gehört", "im oktober gehört"),
        ("vorige monat", "letzten monat"),
        ("vorigen freitag", "letzten freitag"),
        ("die selbe lieder", "dieselben lieder"),
        ("wie viele artiesten", "wie viele künstler"),
        ("mein musikgeschmak", "mein musikgeschmack"),
        ("welches lied lief in die küche", "in der küche"),
        ("hab ich geskipt", "geskippt"),
        (
            "künstler wie viele verschiedene warn's also überhaupt",
            "wie viele verschiedene künstler habe ich überhaupt gehört",
        ),
        (
            "wer war im august ganz vorn also künstler",
            "wer war im august mein top künstler",
        ),
        ("wie war mei woche", "wie war meine"),
        (
            "was für musik mag i eigentlich so vom g'schmack her",
            "was für musik mag ich",
        ),
    ],
)
def test_the_rules(said: str, read: str) -> None:
    """The Dutch speaker's and the nurse's habits, undone."""
    assert read in " ".join(prepare(said, "de"))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("spiel die welle in der küche", "die welle"),
        ("wie oft habe ich die selbe gehört", "die selbe gehört"),
    ],
)
def test_names_keep_their_words(said: str, kept: str) -> None:
    """A word a rule turns keeps its form where no noun of the question follows."""
    assert kept in " ".join(prepare(said, "de"))
