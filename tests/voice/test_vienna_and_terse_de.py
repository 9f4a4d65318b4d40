"""German as Vienna says it, and as keyword commands (issue 45's seventeenth turn).

A Viennese writer nobody here had seen typed notes to self ("Skips?",
"Stunden heute", "Abspielungen seit Montag", "Letztes Mal Daft Punk?",
"Justice gestern?") and spoke chatty Wienerisch: "geh, sag amal", "ur",
"heuer", "Jänner", "gib ma", and the context told before the question,
closed by "na ja" or "sag amal", whose words were read as a place or a
period. The habits are undone in `parse/dialect_de_vienna.py` and
`parse/terse_de.py`; the German net holds their words.

The phrasings are this file's own; each is answered as its plain German is,
and the figures are recounted where the period or the name was the failure.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import prepare, read_question
from custom_components.encore.voice.parse.dialect_de_vienna import leave_context

from .test_german_turn11 import THIS_YEAR, _between
from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import TODAY, ask, assert_encores_as_plain, history  # noqa: F401

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 18, 30, tzinfo=ZONE)
OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))

# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said", ["Abspielungen letzten Monat", "Abspiele letzten Monat"]
)
async def test_plays_last_month_said_as_a_keyword(
    hass: HomeAssistant, said: str
) -> None:
    """ "Abspielungen" are the plays, never a name nobody heard."""
    count = len(_between(OCTOBER))
    heard = await ask(hass, said, "de")
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert f"{count} Wiedergaben" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
async def test_plays_today_said_as_a_keyword(hass: HomeAssistant) -> None:
    """ "Abspiele heute": today's plays."""
    count = len(_between((TODAY, TODAY)))
    heard = await ask(hass, "Abspiele heute", "de")
    assert heard.speech.startswith("Heute "), heard.speech
    assert f"{count} Wiedergaben" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said", ["was von Queen letzten Monat?", "was von Queen letzten Monat"]
)
async def test_a_name_and_a_time_alone(hass: HomeAssistant, said: str) -> None:
    """ "Was von" a name and a past time ask whether it was heard then.

    A bare name before a time ("Queen letzten Monat") is left to Home
    Assistant: "spiel Queen diese Woche" is a command of the same shape.
    """
    count = sum(1 for p in _between(OCTOBER) if p.artist == "Queen")
    heard = await ask(hass, said, "de")
    assert heard.speech.startswith("Ja"), heard.speech
    assert f"{count} Mal" in heard.speech, heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "geh, sag amal, wie oft hab ich heuer Queen gehört",
        "na ja, Queen hör ich ur gern, wie oft hab ich heuer Queen gehört",
    ],
)
async def test_queen_this_year_in_vienna(hass: HomeAssistant, said: str) -> None:
    """Queen's plays this year, recounted."""
    count = sum(1 for p in _between(THIS_YEAR) if p.artist == "Queen")
    heard = await ask(hass, said, "de")
    assert "dieses Jahr" in heard.speech, heard.speech
    assert f"{count} Mal" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    # Keyword commands.
    ("Skips letzte Woche", "wie oft habe ich letzte Woche übersprungen"),
    ("Dauerschleife diesen Monat", "welches Lied lief diesen Monat in Dauerschleife"),
    ("Stunden letzte Woche", "wie lange habe ich letzte Woche gehört"),
    ("Minuten Musik gestern", "wie lange habe ich gestern Musik gehört"),
    ("was von Air vorgestern", "habe ich vorgestern Air gehört"),
    ("was von Justice letzte Woche?", "habe ich letzte Woche Justice gehört"),
    (
        "unterschiedliche Künstler diese Woche",
        "wie viele verschiedene Künstler habe ich diese Woche gehört",
    ),
    (
        "verschiedene Songs gestern, Anzahl",
        "wie viele verschiedene Songs habe ich gestern gehört",
    ),
    ("Letztes Mal Queen", "wann habe ich Queen zuletzt gehört"),
    ("zuletzt Justice?", "wann habe ich Justice zuletzt gehört"),
    ("das letzte Mal Air", "wann habe ich Air zuletzt gehört"),
    # Vienna.
    (
        "war ur stressig in der Arbeit, na ja, was hab ich heute gehört",
        "was habe ich heute gehört",
    ),
    (
        (
            "mein Bruder sagt, ich hör nur Daft Punk, na ja, wer ist mein Top Künstler"
            " diesen Monat"
        ),
        "wer ist mein Top Künstler diesen Monat",
    ),
    (
        (
            "im Feber hab ich ur viel Queen gehört, sag amal, welche Künstler hab ich"
            " letzte Woche am meisten gehört"
        ),
        "welche Künstler habe ich letzte Woche am meisten gehört",
    ),
    (
        (
            "wir haben über die Arbeit geredet, sag amal, wie lang hab ich"
            " diesen Monat Musik gehört"
        ),
        "wie lange habe ich diesen Monat Musik gehört",
    ),
    ("vorgestern, was hab ich da gehört", "was habe ich vorgestern gehört"),
    ("letzten Samstag, was hab ich da gespielt", "was habe ich letzten Samstag gehört"),
    (
        "geh, gestern beim Abwaschen lief um acht irgendwas ur Schönes, was war denn das",
        "was lief gestern um acht",
    ),
    (
        "geh, welcher Künstler hat mich heuer so gepackt",
        "wer ist mein Top Künstler dieses Jahr",
    ),
    (
        "welcher Song hat mich letzte Woche gepackt",
        "was war mein Top Song letzte Woche",
    ),
    ("wie sehr wiederhol ich eigentlich", "wie hoch ist meine Wiederholungsrate"),
    ("geh, erzähl ma, wie war denn meine Woche", "wie war meine Woche"),
    ("geh bitte, gib ma an Monatsrückblick", "gib mir einen Monatsrückblick"),
    (
        "was hab ich im Jänner am meisten gehört",
        "was habe ich im Januar am meisten gehört",
    ),
    (
        "na ja, Air hör ich ur gern, wann hab ich Air zuletzt gehört",
        "wann habe ich Air zuletzt gehört",
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
    """A command with the same words is never Encore's."""
    for said in [
        "geh, mach das Licht aus",
        "geh ein Lied zurück",
        "na ja, schalt das Licht in der Küche aus",
        "geh, spiel was von Queen in der Küche",
        "spiel was von Queen in der Küche",
        "Dauerschleife an",
        "Letztes Lied",
        "na ja, mach die Musik lauter",
        "sag amal, wie wird das Wetter morgen",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "de")


# -- the rules, pure ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "left"),
    [
        (
            (
                "so, war ein ur langer Tag im Büro, sag amal, wie lang hab ich diese Woche"
                " Musik gehört"
            ),
            "wie lang hab ich diese Woche Musik gehört",
        ),
        (
            (
                "wir haben am Samstag Leute dagehabt und ich hab aufgelegt, was hab ich da"
                " gespielt"
            ),
            "was hab ich am Samstag gespielt",
        ),
        (
            "gestern am Abend, was hab ich da gehört",
            "was hab ich gestern am Abend gehört",
        ),
        (
            "heute früh beim Laufen lief um halb acht irgendwas, was war das",
            "heute früh um halb acht, was lief da",
        ),
    ],
)
def test_the_context_is_left_out(said: str, left: str) -> None:
    """The context told first is left out; a time it holds goes where "da" is."""
    assert leave_context(said, "de") == left


@pytest.mark.parametrize(
    "said",
    [
        # The context holds the only time: the old reading is kept.
        "gestern war ur viel los, sag amal, was hab ich gehört",
        "im Oktober war ich viel unterwegs, na ja, welche Künstler hab ich gehört",
        # No context, no close.
        "wie oft hab ich Queen gehört",
        "na ja, Queen, wie oft hab ich die gehört",
    ],
)
def test_a_time_said_only_first_is_kept(said: str) -> None:
    """Never a question that loses the time or the name it was asked over."""
    assert leave_context(said, "de") == said


def test_english_is_left_alone() -> None:
    """Only German is read so."""
    said = "long day, na ja, what did I play"
    assert leave_context(said, "en") == said


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("Abspielungen seit Montag", "wiedergaben seit montag"),
        ("Letztes Mal Daft Punk", "wann habe ich daft punk zuletzt gehört"),
        ("was war ur leiwand im Jänner", "was war leiwand im januar"),
        ("gib ma einen Rückblick", "gib mir einen rückblick"),
    ],
)
def test_words_undone(said: str, words: str) -> None:
    """Keywords and Vienna's words become the standard ones; a name keeps its own."""
    assert " ".join(prepare(said, "de")) == words


def test_the_january_context_is_not_the_period() -> None:
    """ "Im Jänner hab ich mir vorgenommen ..., na ja, ...": the thirty days."""
    said = (
        "im Jänner hab ich mir ja vorgenommen, mehr Neues zu hören, na ja, hab ich"
        " in den letzten dreißig Tagen neue Künstler entdeckt?"
    )
    reading = read_question(said, "de", NOW, ZONE)
    assert reading.when == "in den letzten dreißig Tagen", reading


@pytest.mark.parametrize(
    "said", ["zuletzt gehört", "Letztes Mal gehört", "letztes Mal Lied"]
)
def test_no_name_is_made_of_a_keyword(said: str) -> None:
    """ "Zuletzt gehört" names nothing: never asked as a name's last play."""
    assert not " ".join(prepare(said, "de")).startswith("wann habe ich")
