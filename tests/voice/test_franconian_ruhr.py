"""German as Franconia (Nuremberg) and the Ruhr say it (issue 45's thirteenth turn).

A Franconian writer nobody here had seen got no answer or a wrong one:
"hobbi" (habe ich), "hammer" (haben wir), "hod", "woar", "heier" (this
year: answered for all time), "Joahr", "letzts", "Wochn", "Stundn", "zwa",
"Bodcast", "Bladde", "laafn lassn", "ned", "Neies" and the fillers "fei",
"gell", "sei ehrlich". A writer from the Ruhr: "hömma", "sach ma", "getz",
"bei mich", "aufm", "inne Küche", "irgendwat", an afterthought (", welcher
Künstler", ", also Anzahl mein ich") and "dem Justice sein Dance", the
song Dance by Justice, answered with Justice's whole count: a wrong fact.
The habits are undone in `parse/dialect_de_franconia.py` and
`parse/dialect_de_ruhr.py`; the German net holds their words.

The phrasings are this file's own; each is answered as its plain German is,
and the figures are recounted where the period or the name was the failure.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.heard import hear_name
from custom_components.encore.voice.parse import prepare
from custom_components.encore.voice.parse.dialect_de_ruhr import owned_by

from .test_german_turn11 import THIS_YEAR, _between
from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import NOW, PLAYS, ask, assert_encores_as_plain, history  # noqa: F401

# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "wie oft hob i heier Queen ghört",
        "wie oft hobbi heier scho Queen ghört, sei ehrlich",
        "wie oft hob i des Joahr fei Queen laafn lassn",
    ],
)
async def test_queen_this_year(hass: HomeAssistant, said: str) -> None:
    """Queen's plays this year ("heier"), never all of them."""
    count = sum(1 for p in _between(THIS_YEAR) if p.artist == "Queen")
    assert count < sum(1 for p in PLAYS if p.artist == "Queen" and p.counted)
    heard = await ask(hass, said, "de")
    assert "dieses Jahr" in heard.speech, heard.speech
    assert f"{count} Mal" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "wie oft hab ich ma dem Justice sein Dance gehört",
        "hömma, wie oft lief dem Justice sein Dance bei mich",
        "sach ma, wie oft hab ich getz dem Justice seinen Dance gehört",
    ],
)
async def test_a_song_by_its_artist(hass: HomeAssistant, said: str) -> None:
    """ "Dem Justice sein Dance" is the song D.A.N.C.E., never Justice's count."""
    song = sum(
        1
        for p in PLAYS
        if p.artist == "Justice" and p.title == "D.A.N.C.E." and p.counted
    )
    artist = sum(1 for p in PLAYS if p.artist == "Justice" and p.counted)
    assert song != artist
    heard = await ask(hass, said, "de")
    assert "D.A.N.C.E." in heard.speech, heard.speech
    assert f"{song} Mal" in heard.speech, heard.speech
    assert f"{artist} Mal" not in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    # Franconia
    (
        "wie lang hod die Ada letzte Wochn ghört",
        "wie lange hat Ada letzte Woche gehört",
    ),
    ("wie viel hod die Ada gestern ghört", "wie lange hat Ada gestern gehört"),
    # A name, then a period in dialect: the period, never all time (a
    # listed sentence's name took "letzte Wochn" and answered for all time).
    ("wie oft lief Genesis letzte Wochn", "wie oft lief Genesis letzte Woche"),
    ("wos is fei mei Lieblingsbladde", "was ist mein Lieblingsalbum"),
    (
        "welche Bladde hob i des Joahr am öftestn ghört",
        "welches Album habe ich dieses Jahr am öftesten gehört",
    ),
    (
        "welcher Bodcast is grad mei Ding",
        "welcher Podcast ist in letzter Zeit mein top",
    ),
    ("mit wos bin i heid früh aufgwacht", "womit bin ich heute früh aufgewacht"),
    (
        "hobbi gestern The Daily ghört oder ned",
        "habe ich gestern The Daily gehört",
    ),
    ("hobbi vorgestern Air ghört, gell", "habe ich vorgestern Air gehört"),
    ("wos hammer gestern ghört", "was haben wir gestern gehört"),
    ("wos woar mei erstes Liedla heid", "was war mein erstes Lied heute"),
    (
        "wie lang hammer den Monat Musik ghört",
        "wie lange haben wir diesen Monat Musik gehört",
    ),
    (
        "wie oft hob i letzts Joahr Queen laafn lassn",
        "wie oft habe ich letztes Jahr Queen gehört",
    ),
    (
        "wie viele Stundn hob i letztn Monat ghört",
        "wie viele Stunden habe ich letzten Monat gehört",
    ),
    (
        "wie viel hobbi in den letztn zwa Wochn ghört",
        "wie viel habe ich in den letzten zwei Wochen gehört",
    ),
    (
        "wie viele verschiedne Künstler hob i heier ghört",
        "wie viele verschiedene Künstler habe ich dieses Jahr gehört",
    ),
    ("hobbi wos Neies ghört die Wochn", "habe ich was Neues gehört diese Woche"),
    ("wie oft drück i heid weiter", "wie oft habe ich heute übersprungen"),
    ("wie viele Liedla hobbi heid ghört", "wie viele Lieder habe ich heute gehört"),
    (
        "welchen Künstler hob i halt den Monat am meisten ghört",
        "welchen Künstler habe ich diesen Monat am meisten gehört",
    ),
    # The Ruhr
    ("hömma, wat hab ich getz gestern gehört", "was habe ich gestern gehört"),
    (
        "sach ma, wer war dat bei mich letzte Woche am meisten, welcher Künstler",
        "welchen Künstler habe ich letzte Woche am meisten gehört",
    ),
    (
        "wie viel lief denn so insgesamt diese Woche, also Anzahl mein ich",
        "wie viele Wiedergaben liefen insgesamt diese Woche",
    ),
    (
        "wie viel lief gestern bei mich, ich mein die Anzahl",
        "wie viele Wiedergaben liefen gestern",
    ),
    (
        "hömma, hab ich irgendwat von Daft Punk gehört diese Woche",
        "habe ich irgendwas von Daft Punk gehört diese Woche",
    ),
    (
        "sach ma, wat is dat meistgehörte Lied bei mich diesen Monat",
        "was ist das meistgehörte Lied diesen Monat",
    ),
    (
        "wann hab ich zuletzt dem Daft Punk sein One More Time gehört",
        "wann habe ich zuletzt One More Time von Daft Punk gehört",
    ),
    (
        "wie oft lief dem Justice sein Genesis diesen Monat",
        "wie oft habe ich Genesis von Justice diesen Monat gehört",
    ),
    (
        "hömma, wer war dat bei mich im Oktober am meisten, welche Band",
        "welchen Künstler habe ich im Oktober am meisten gehört",
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


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said", ["wat lief gestern inne Küche", "wat lief inne Küche gestern"]
)
async def test_in_the_kitchen(hass: HomeAssistant, said: str) -> None:
    """ "Inne Küche" is the kitchen's plays, as "in der Küche" (its room named as said)."""
    add_kitchen(hass)
    expected = await ask(hass, "was lief gestern in der Küche", "de")
    heard = await ask(hass, said, "de")
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert heard.speech.casefold() == expected.speech.casefold()


# -- what stays Home Assistant's --------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """No home-control sentence reaches Encore."""
    for said in [
        "spiel was von Queen in der Küche",
        "wat läuft getz inne Küche",
        "wat läuft bei mich",
        "spiel den Hammer von MC Hammer in der Küche",
        "hömma, spiel ma wat von Queen inne Küche",
        "sach ma, mach ma die Musik lauter",
        "mach fei des Licht aus",
        "spiel mei Lieblingsbladde",
        "hömma, mach ma dat Licht aufm Flur an",
        "spiel ma dem Justice sein Dance",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "de")


# -- the rules, pure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("hobbi gestern the daily ghört oder ned", "habe ich gestern the daily gehört"),
        ("wos hammer gestern ghört", "was haben wir gestern gehört"),
        ("hammer gestern queen ghört", "haben wir gestern queen gehört"),
        ("wie viel hod die ada letzte wochn ghört", "wie lange hat ada letzte woche"),
        ("hob i heier queen ghört", "habe ich dieses jahr queen gehört"),
        ("des joahr", "dieses jahr"),
        ("in den letztn zwa wochn", "in den letzten zwei wochen"),
        ("wie viele stundn", "wie viele stunden"),
        ("wos is mei lieblingsbladde", "was ist mein top album"),
        ("welcher bodcast is fei grad mei ding", "welcher podcast"),
        ("queen laafn lassn", "queen gehört"),
        ("wos neies", "was neues"),
        ("wie viele verschiedne künstler", "wie viele verschiedene künstler"),
        ("hömma wat hab ich getz gestern gehört", "was habe ich gestern gehört"),
        ("sach ma wer war dat bei mich", "bei mir"),
        ("wat lief inne küche", "was lief in der küche"),
        ("wat lief aufm handy", "auf dem handy"),
        ("irgendwat von air", "irgendwas von air"),
        (
            "wie oft hab ich dem justice sein dance gehört",
            "wie oft habe ich dance von justice gehört",
        ),
        (
            "wer war dat bei mich letzte woche am meisten welcher künstler",
            "welcher künstler war bei mir letzte woche am meisten",
        ),
    ],
)
def test_the_rules(said: str, read: str) -> None:
    """Franconia's and the Ruhr's habits, undone."""
    assert read in " ".join(prepare(said, "de"))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # "Hammer" is "haben wir" only after a question word or before a
        # participle at the start: the tool and the song stay.
        ("wie oft hab ich hammer gehört", "hammer"),
        ("wie oft lief der hammer", "hammer"),
        ("wann hab ich zuletzt hammer to fall gehört", "hammer to fall"),
        ("hammer to fall ghört", "hammer to fall"),
        # "Anne" is "an der" only before a room or a thing.
        ("wie oft hab ich anne clark gehört", "anne clark"),
        # "Den Monat" after a preposition is no period of its own.
        ("in den monat", "in den monat"),
        # "Zwa" before no count.
        ("wie oft hab ich zwa gehört", "zwa"),
        # "Sein" with no "dem" before it keeps its words.
        ("wie oft hab ich sein oder nicht sein gehört", "sein oder nicht sein"),
    ],
)
def test_a_title_keeps_its_words(said: str, kept: str) -> None:
    """The rules change function words, never a name's."""
    assert kept in " ".join(prepare(said, "de"))


@pytest.mark.parametrize(
    ("caught", "name"),
    [
        ("dem Justice sein Dance", "Dance von Justice"),
        ("ma dem Daft Punk seinen One More Time", "One More Time von Daft Punk"),
        ("der Adele ihr Hello", "Hello von Adele"),
        ("Justice", "Justice"),
        ("Sein oder nicht sein", "Sein oder nicht sein"),
    ],
)
def test_a_song_owned_by_its_artist(caught: str, name: str) -> None:
    """A caught "dem X sein Y" names the song Y by X."""
    assert owned_by(caught) == name
    assert hear_name(caught, "de", NOW, NOW.tzinfo).name == name  # type: ignore[arg-type]
