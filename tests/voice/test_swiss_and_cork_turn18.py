"""Swiss German and Cork English (issue 45's eighteenth turn, writer 55).

A Swiss writer said the times in the dialect ("letschti Wuche", "geschter
am Abig", "hüt am Namittag", "z Mittag um zwölfi"), "lose" for hören,
"mängisch" for how often, "mis Jahr", "mini Wuche", "nöd gnueg": the time
words were dropped and a broader period answered. A Cork writer said "was I
after playing", "this morning gone", "mad into", "my main man", named a
song "that <artist> yoke <nickname>", and closed commands with "at all",
which reached Encore. The habits are undone in `parse/dialect_de_swiss.py`
and `parse/irish_en.py`; the net holds the Swiss words and no longer ends
on "at all".

The phrasings are this file's own; each is answered as its plain form is.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.dialect_de_swiss import undo_swiss
from custom_components.encore.voice.parse.dialect_times_de import undo_dialect_times
from custom_components.encore.voice.parse.irish_en import undo_irish

from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "wie lang han ich letschti wuche glost",
            "wie lang han ich letzte woche gehört",
        ),
        ("was lief geschter am abig", "was lief gestern am abend"),
        ("was lief hüt am nomittag", "was lief heute am nachmittag"),
        ("was lief am samschtig z mittag", "was lief am samstag mittags"),
        ("was lief am dunschtig um halbi nüni", "was lief am donnerstag um halb neun"),
        ("was lief um viertel ab sibni", "was lief um viertel nach sieben"),
        ("wie mängisch han ich air glost", "wie oft han ich air gehört"),
        ("wie isch mis jahr glaufe", "wie war mein jahr"),
        ("lose ich mehr am morge", "höre ich mehr am morgen"),
        (
            "welle song chan ich nöd gnueg kriege",
            "welle song höre ich in dauerschleife",
        ),
        ("was lief in der chuchi letscht jahr", "was lief in der küche letztes jahr"),
        (
            "han ich sit mäntig öppis vo queen glost",
            "han ich seit montag etwas von queen gehört",
        ),
    ],
)
def test_swiss_undone(said: str, plain: str) -> None:
    """A Swiss word of a time, a verb or a possessive is the standard one.

    The words of time are read first by their shape (`dialect_times_de`), as
    `dialect_de.undo_dialect` reads them, then Switzerland's own.
    """
    assert undo_swiss(undo_dialect_times(said)) == plain


@pytest.mark.parametrize(
    "said",
    [
        # "Los" and "mis" without their person or noun keep their word.
        "was ist los",
        "wie oft lief los von queen",
        "spiel mis amores",
    ],
)
def test_swiss_kept(said: str) -> None:
    """A title or a standard word is kept."""
    assert undo_swiss(said) == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("what were we after hearing on sunday gone", "what did we hear last sunday"),
        (
            "was i after streaming air this afternoon gone",
            "did i stream air this afternoon",
        ),
        ("who am i mad about these days", "who am i listening to most these days"),
        (
            "who was our main act last year band wise",
            "who was our top artist last year",
        ),
        (
            "how often did the daft punk yoke around get played",
            "how often did around by daft punk get played",
        ),
    ],
)
def test_irish_undone(said: str, plain: str) -> None:
    """Cork's recent past, its day gone, "mad into", a song's nickname."""
    assert undo_irish(said) == plain


@pytest.mark.parametrize(
    "said", ["turn that yoke off", "put the yoke on in the kitchen"]
)
def test_irish_kept(said: str) -> None:
    """A yoke with no name beside it is a thing, not a song."""
    assert undo_irish(said) == said


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN_DE = [
    # The day and its part said apart, in standard words too: that part of
    # the day, never the whole day.
    ("Was ist am Sonntag am Abend gelaufen", "Was lief am Sonntagabend"),
    ("Was lief am Dienstag zu Mittag", "Was lief am Dienstag mittags"),
    (
        "Wie lang han ich letschti Wuche Musig glost",
        "Wie lange habe ich letzte Woche Musik gehört",
    ),
    ("Was lief geschter am Namittag", "Was lief gestern Nachmittag"),
    (
        "Wie viele Lieder han ich hüt am Morge glost",
        "Wie viele Lieder habe ich heute Morgen gehört",
    ),
    ("Was isch am Fritig am Abig gloffe", "Was lief am Freitagabend"),
    ("Was lief am Mäntig z Mittag um zwölfi", "Was lief am Montag um zwölf Uhr"),
    (
        "Wie mängisch han ich Air sit Oktober glost",
        "Wie oft habe ich Air seit Oktober gehört",
    ),
    ("Wie isch mis Jahr glaufe?", "Gib mir einen Rückblick auf dieses Jahr"),
    (
        "Gib mir en Überblick über mini Wuche",
        "Gib mir einen Überblick über diese Woche",
    ),
    ("Lose ich eher am Morge oder am Abig", "Höre ich mehr morgens oder abends"),
    ("Um welli Zyt los ich am meischte", "Um welche Uhrzeit höre ich am meisten"),
    (
        "Welle Song chan ich grad nöd gnueg kriege",
        "Welchen Song höre ich in Dauerschleife",
    ),
    ("Was für en Gschmack han ich eigentlich", "Was für einen Musikgeschmack habe ich"),
]


@pytest.mark.usefixtures("history")
async def test_swiss_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Swiss German is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


SAME_AS_PLAIN_EN = [
    ("what were we after playing on Saturday gone", "what did we play last Saturday"),
    ("was I after hearing Air this afternoon gone", "did I hear Air this afternoon"),
    ("who am I mad into these days", "who did I listen to most lately"),
    ("who was my main man this year", "who was my top artist this year"),
    (
        "how many times did that Daft Punk yoke around get played",
        "how many times did I play Around the World by Daft Punk",
    ),
    (
        "Sexy Boy by Air, did that get a spin last week",
        "did I play Sexy Boy by Air last week",
    ),
    ("what did I finish September on", "what was the last thing I played in September"),
    ("any Daft Punk yesterday at all", "did I play Daft Punk yesterday"),
    (
        "am I more of an evening person or a morning person",
        "do I listen more in the evenings or the mornings",
    ),
]


@pytest.mark.usefixtures("history")
async def test_cork_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Cork English is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


# -- never a broader period -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "Was lief hüt am Zvieri",
        "Wie viele Lieder liefen geschter am Zabig",
    ],
)
async def test_swiss_time_unread_never_the_day(hass: HomeAssistant, said: str) -> None:
    """A Swiss part of the day not read is never answered as the whole day."""
    heard = await ask(hass, said, "de")
    assert not heard.speech.startswith(("Heute", "Gestern")), heard.speech


# -- commands stay Home Assistant's ---------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command or what plays now, in persona, never reaches Encore."""
    for said, language in [
        ("what's this one playing at all", "en"),
        ("who is this band at all", "en"),
        ("will it be dry this week at all", "en"),
        ("put on something in the kitchen, anything at all", "en"),
        ("turn that yoke down there", "en"),
        ("Was los ich jetzt grad?", "de"),
        ("Spiel öppis vo Air in der Chuchi", "de"),
        ("Mach d Musig in der Chuchi lüter", "de"),
        ("Weck mich morn am Morge um achti", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
