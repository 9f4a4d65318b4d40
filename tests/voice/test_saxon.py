"""German as Saxony says it, dictated (issue 45's twelfth turn).

A Saxon writer nobody here had seen got no answer: "isch" (ich), "gehährt",
"gestorn", "heude", "Musigg", the "-or" ending ("Künstlor", "Oktobor",
"untor dor Woche"), "welsches", "Tache", "dreißsch", "vorschde Woche",
"Sonnabend", a filler "nu" and "denn" clipped onto a word ("lief'n", "hab
isch'n"). The habits are undone in `parse/dialect_de_east.py`, before the
Rhineland's and Swabia's, and the German net holds their words.

The phrasings are this file's own; each is answered as its plain German is,
and the figures are recounted where the period or the name was the failure.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse import prepare

from .test_german_turn11 import THIS_YEAR, YESTERDAY, _between
from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "wie viele Liedor hab isch gestorn gehährt",
        "nu, wie viele Liedor hadde isch'n gestorn gehährt",
    ],
)
async def test_songs_yesterday(hass: HomeAssistant, said: str) -> None:
    """Yesterday's plays of songs, never no answer."""
    count = sum(1 for p in _between(YESTERDAY) if p.kind is PlayKind.TRACK)
    heard = await ask(hass, said, "de")
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert heard.speech.startswith("Gestern "), heard.speech
    assert f"{count} Wiedergaben" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "wie oft hab isch'n dieses Jahr Queen gehährt",
        "wie oft lief'n Queen dieses Jahr",
    ],
)
async def test_queen_this_year(hass: HomeAssistant, said: str) -> None:
    """Queen's plays this year, recounted."""
    count = sum(1 for p in _between(THIS_YEAR) if p.artist == "Queen")
    heard = await ask(hass, said, "de")
    assert "dieses Jahr" in heard.speech, heard.speech
    assert f"{count} Mal" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    ("was hab isch'n gestorn gehährt", "was habe ich gestern gehört"),
    (
        "isch hab gestorn Musigg gehährt, was war'n das",
        "was habe ich gestern gehört",
    ),
    ("hadde isch vorgestorn Daft Punk gehährt", "habe ich vorgestern Daft Punk gehört"),
    (
        "nu welschen Künstlor hab isch im Oktobor am meisten gehährt",
        "welchen Künstler habe ich im Oktober am meisten gehört",
    ),
    (
        "welschen Liedor hab isch diese Woche am meisten gehährt",
        "welche Lieder habe ich diese Woche am meisten gehört",
    ),
    (
        "wie viele Liedor hab isch heude gehährt",
        "wie viele Lieder habe ich heute gehört",
    ),
    ("was lief'n vorgestorn", "was lief vorgestern"),
    (
        "wie lange ham mir vorschde Woche Musigg gehährt",
        "wie lange haben wir letzte Woche Musik gehört",
    ),
    (
        "nu sag ma, welsches Lied hab isch am Sonnabend am meisten gehährt",
        "welches Lied habe ich am Samstag am meisten gehört",
    ),
    ("was hab isch letzten Sonnabend gehährt", "was habe ich letzten Samstag gehört"),
    (
        "an wie vielen Tachen hintereinandor hab isch Musigg gehährt",
        "an wie vielen Tagen hintereinander habe ich Musik gehört",
    ),
    (
        "wie viele Tache hintereinandor hab isch schon Musigg gehährt",
        "wie viele Tage in Folge habe ich gehört",
    ),
    (
        "hör isch untor dor Woche mehr als am Wochenende",
        "höre ich unter der Woche mehr als am Wochenende",
    ),
    (
        "hör isch immor mehr am Wochenende odor untor dor Woche",
        "höre ich mehr am Wochenende oder unter der Woche",
    ),
    (
        "wie viel hab isch in den letzten dreißsch Tachen gehährt",
        "wie viel habe ich in den letzten dreißig Tagen gehört",
    ),
    (
        "wie viel ham mir in den letzten zwanzsch Tachen gehährt",
        "wie viel haben wir in den letzten zwanzig Tagen gehört",
    ),
    (
        "wie viele Stunden Podcasts ham mir in den letzten siebn Tachen gehährt",
        "wie viele Stunden Podcasts haben wir in den letzten sieben Tagen gehört",
    ),
    ("hab isch im Sommor Queen gehährt", "habe ich im Sommer Queen gehört"),
    ("wann hab isch de Queen zuletzt gehährt", "wann habe ich Queen zuletzt gehört"),
    (
        "nu, wann hab isch'n Justice zum ersten Mal gehährt",
        "wann habe ich Justice zum ersten Mal gehört",
    ),
    (
        "was war'n mei meistgehärtes Lied im Septembor",
        "was war mein meistgehörtes Lied im September",
    ),
    ("was war'n mei letztes Lied gestorn", "was war mein letztes Lied gestern"),
    ("wie is'n mei musigalischer Geschmack", "wie ist mein Musikgeschmack"),
    (
        "was is'n mei Lieblingskünstlor im Sommor",
        "wer ist mein Lieblingskünstler im Sommer",
    ),
    (
        "isch wees ni, hab isch gestorn Justice gehährt",
        "habe ich gestern Justice gehört",
    ),
    (
        "isch gloob, isch hab gestorn Air gehährt, oder ni",
        "habe ich gestern Air gehört",
    ),
    (
        "isch wees ni genau, wie oft hab isch Queen gehährt",
        "wie oft habe ich Queen gehört",
    ),
    (
        "welsche Band läuft'n bei mir immor am meisten",
        "welche Band höre ich am meisten",
    ),
    (
        "wie viele Stunden Musigg hab isch im Oktobor gehährt",
        "wie viele Stunden Musik habe ich im Oktober gehört",
    ),
    (
        "wie oft lief'n Queen vorschde Woche",
        "wie oft habe ich letzte Woche Queen gehört",
    ),
    (
        "wie viele verschiedene Künstlor hab isch im Novembor gehährt",
        "wie viele verschiedene Künstler habe ich im November gehört",
    ),
    (
        "wie viele Künstlor ham mir heude gehährt",
        "wie viele Künstler haben wir heute gehört",
    ),
    (
        "wie lange hab isch heude Podcasts gehährt",
        "wie lange habe ich heute Podcasts gehört",
    ),
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
        "spiel ma was von Queen in dor Küche",
        "mach ma Musigg an",
        "mach ma de Musigg lautor",
        "was läuft'n gerade in dor Küche",
        "nu mach ma's Licht aus",
        "wie wird'n das Wettor morgen",
        "stell ma'n Weckor auf siebn",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "de")


# -- the rules, pure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("was hab isch'n gestorn gehährt", "was habe ich gestern gehört"),
        ("isch wees ni", "ich weiß nicht"),
        ("was lief'n vorgestorn", "was lief vorgestern"),
        ("wie viele liedor im oktobor", "wie viele lieder im oktober"),
        ("hör isch untor dor woche mehr", "höre ich werktags mehr"),
        ("am sonnabend", "am samstag"),
        ("vorschde woche", "letzte woche"),
        ("in den letzten dreißsch tachen", "in den letzten dreißig tagen"),
        ("welsches lied", "welches lied"),
        ("heude musigg", "heute musik"),
    ],
)
def test_the_rules(said: str, read: str) -> None:
    """Saxony's habits, undone."""
    assert read in " ".join(prepare(said, "de"))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # "Isch" is Saxony's "ich" beside a verb or before "ni", Swabia's
        # "ist" before what it says of a noun.
        ("isch wees ni", "ich weiß nicht"),
        ("hadde isch gestern musik gehört", "hatte ich gestern"),
        ("was isch mei lieblingslied", "was ist mein"),
        ("wie isch mei musikg'schmack", "wie ist mein"),
        # "-or" is "-er" only in a question's own words.
        ("wie oft hab ich Motor gehört", "motor"),
        ("wie oft hab ich Terror gehört", "terror"),
        ("wie oft hab ich Mirror gehört", "mirror"),
        ("wie oft hab ich Andor gehört", "andor"),
        # "De" after a preposition is Swabia's, "De La Soul" a name.
        ("wie oft hab ich De La Soul gehört", "de la soul"),
    ],
)
def test_a_title_keeps_its_words(said: str, kept: str) -> None:
    """Saxony's rules change function words, never a name's."""
    assert kept in " ".join(prepare(said, "de"))
