"""A terse German note to self and a German teenager (issue 45's twentieth turn, writers 75 and 77).

A terse smart-speaker user says no verb: "Podcastzeit letzten Monat",
"Oktober zusammengefasst", "Da Funk letzte Woche. Zahl", "Air diese Woche,
ja oder nee", "übliche Uhrzeit, üblicher Tag" (`parse/terse_de.py`). A
teenager says "als allerletztes", "gerade so mein Ding", "krass oft",
"unterwegs mit Artists", "was angemacht", "bei mir drin" (`parse/teen_de.py`).
Each needs a word of listening or of the history: "Licht Küche an", "Wetter
morgen", "nächster Song" stay Home Assistant's.

The phrasings are this file's own; each is answered as its plain form is.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked
from custom_components.encore.voice.parse.teen_de import undo_teen_de
from custom_components.encore.voice.parse.terse_de import undo_terse_de

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("musikzeit diese woche", "musik hörzeit diese woche"),
        ("september kurz zusammengefasst", "fass september zusammen"),
        ("zusammenfassung letzte woche", "fass letzte woche zusammen"),
        ("justice gestern ja oder nee", "justice gestern ja oder nein"),
        ("queen gestern abend gespielt", "habe ich queen gestern abend gehört"),
        ("genesis diesen monat anzahl", "genesis diesen monat wie oft"),
        ("air wie oft gehört", "air wie oft"),
        # What is counted is no name: the count of different songs stays.
        (
            "verschiedene lieder letzte woche anzahl",
            "verschiedene lieder letzte woche anzahl",
        ),
        ("podcasts diesen monat zahl", "podcasts diesen monat zahl"),
        ("diese woche was von justice", "habe ich diese woche justice gehört"),
        ("gestern wie viele gelaufen", "wie viele wiedergaben gestern"),
        ("worauf stehe ich so", "wie ist mein musikgeschmack"),
        ("typische tageszeit", "wann höre ich meistens"),
        ("womit fing der oktober an", "womit fing der oktober an"),
        ("womit begann letzter monat an", "womit habe ich letzter monat angefangen"),
    ],
)
def test_terse_said_undone(said: str, plain: str) -> None:
    """A terse note is said as the question it stands for."""
    assert undo_terse_de(said) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("was lief als allerletztes", "was lief als letztes"),
        ("mein allererster song heute", "mein erster song heute"),
        (
            "welche band ist im moment voll mein ding",
            "welche band höre ich in letzter zeit am meisten",
        ),
        (
            "welchen song hab ich letzte woche mega oft gehört",
            "welchen song hab ich letzte woche am meisten gehört",
        ),
        (
            "mit wie viel künstlern war ich diese woche unterwegs",
            "wie viele künstlern habe ich diese woche gehört",
        ),
        (
            "wie oft hab ich heute irgendwas angemacht",
            "wie viele wiedergaben hatte ich heute",
        ),
        (
            "seit wann hab ich air am start",
            "wann habe ich air zum ersten mal gehört",
        ),
        ("was hört ada diese woche", "was hat ada diese woche gehört"),
    ],
)
def test_teen_said_undone(said: str, plain: str) -> None:
    """A teenager's words are said plainly."""
    assert undo_teen_de(said) == plain


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        # The wrong fact: "als allerletztes" is the last song, never today's summary.
        ("was hab ich als allerletztes gehört", Asked.LAST_IN),
        ("was lief als allerletztes", Asked.LAST_IN),
        ("welches Lied kam zum allerletzten Mal", Asked.LAST_IN),
        ("Musikzeit diese Woche", Asked.LISTENING_TIME),
        ("Podcastzeit seit Oktober", Asked.LISTENING_TIME),
        ("September kurz zusammengefasst", Asked.RECAP),
        ("Rückblick letzte Woche", Asked.RECAP),
        ("Genesis diesen Monat, Anzahl", Asked.PLAY_COUNT),
        ("Queen, wie oft gehört", Asked.PLAY_COUNT),
        ("Justice gestern, ja oder nee", Asked.DID_I),
        ("Queen gestern Abend gespielt?", Asked.DID_I),
        ("diese Woche was von Justice?", Asked.DID_I),
        ("gestern, wie viele gelaufen", Asked.PLAYS),
        ("worauf stehen wir eigentlich", Asked.TASTE),
        ("typische Tageszeit, typischer Wochentag", Asked.PEAK),
        ("hör ich ständig das gleiche Zeug", Asked.REPEAT),
        ("womit bin ich heute in den Tag gestartet", Asked.FIRST_IN),
        ("womit fing letzter Monat an", Asked.FIRST_IN),
        ("Nachmittag- oder Nachthörer", Asked.DAY_PARTS),
        ("letztes Jahr: Wochentage gegen Wochenende", Asked.WEEK_PARTS),
        ("welche Band ist im Moment voll mein Ding", Asked.TOP),
        ("welchen Song hab ich letzte Woche mega oft gehört", Asked.TOP),
        ("Künstler, an dem ich gerade hänge", Asked.TOP),
        ("Lied, an dem ich grad hänge", Asked.ON_REPEAT),
        ("mit wie viel Bands war ich diese Woche unterwegs", Asked.ARTISTS),
        ("wie oft hab ich heute irgendwas angemacht", Asked.PLAYS),
        ("seit wann ist Genesis bei mir drin", Asked.FIRST_PLAY),
        ("was hört Ada so diese Woche", Asked.WHAT_PLAYED),
        # Home control keeps no listening word: nothing is read.
        ("Licht Küche an", None),
        ("nächster Song", None),
        ("lauter", None),
    ],
)
def test_read_as(said: str, asked: Asked | None) -> None:
    """What is asked is read; a command is read as no question."""
    assert read_question(said, "de", _NOW, _TZ).asked is asked


def test_last_song_made_stronger_has_no_period() -> None:
    """ "Als allerletztes" asks the last song ever, never today's."""
    reading = read_question("was hab ich als allerletztes gehört", "de", _NOW, _TZ)
    assert reading.when is None


def test_a_time_said_as_a_heading_is_the_period() -> None:
    """ "Dieses Jahr: Werktage gegen Wochenende" compares this year."""
    reading = read_question("letztes Jahr: Werktage gegen Wochenende", "de", _NOW, _TZ)
    assert reading.when is not None
    assert "letztes jahr" in reading.when.lower()


def test_a_name_said_tersely_keeps_its_words() -> None:
    """ "Da Funk letzte Woche. Zahl" counts Da Funk, never "Da Funk Zahl"."""
    reading = read_question("Digital Love letzte Woche. Zahl", "de", _NOW, _TZ)
    assert reading.name == "Digital Love"


# -- through Assist ----------------------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Each is answered as its plain form is."""
    for said, plain in [
        ("was lief als allerletztes", "was lief als letztes"),
        ("Musikzeit diese Woche", "wie lange habe ich diese Woche Musik gehört"),
        ("September kurz zusammengefasst", "wie war mein September"),
        (
            "Genesis diesen Monat, Anzahl",
            "wie oft habe ich diesen Monat Genesis gehört",
        ),
        ("Justice gestern, ja oder nee", "habe ich gestern Justice gehört"),
        ("typische Tageszeit, typischer Wochentag", "wann höre ich am meisten"),
        ("womit bin ich heute in den Tag gestartet", "was war heute mein erstes Lied"),
        (
            "welche Band ist im Moment voll mein Ding",
            "welche Band höre ich in letzter Zeit am meisten",
        ),
        (
            "mit wie vielen Künstlern war ich diese Woche unterwegs",
            "wie viele verschiedene Künstler habe ich diese Woche gehört",
        ),
        ("beschreib mir mal meinen Sound", "wie ist mein Musikgeschmack"),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command said this way is never Encore's."""
    for said in [
        "Licht Küche an",
        "Wetter morgen",
        "Timer zehn Minuten",
        "nächster Song",
        "lauter",
        "mach mal was an",
        "spiel das allerletzte Lied nochmal",
        "Einkaufsliste diese Woche",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "de")
