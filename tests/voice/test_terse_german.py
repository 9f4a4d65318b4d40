"""Terse and formal German listening questions (issue 45, seventh turn).

Each of these fell to Home Assistant's own home-control intents before
("Kein Bereich mit dem Namen Plattenteller vorhanden", "Keine Etage mit dem
Namen ..."): the German net now holds their words (`EncoreWideNet` in
`sentences/de.yaml`) and the parser reads them (`parse/speech.py`). Each is
answered exactly as its plain form, over the known plays of `test_voice`, in
this file's own phrasings. What plays now stays Home Assistant's, in both
languages.
"""

import pytest

from homeassistant.core import HomeAssistant

from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

SAME_AS_PLAIN = [
    # A record on the turntable is a play.
    (
        "wann drehte Discovery zuletzt auf dem Plattenteller",
        "wann habe ich Discovery zuletzt gehört",
    ),
    (
        "wann hatte ich Discovery zuletzt auf dem Plattenteller",
        "wann habe ich Discovery zuletzt gehört",
    ),
    # Turning up in the history is the first play.
    (
        "wann tauchte Justice in meinem Verlauf zum ersten Mal auf",
        "wann habe ich Justice zum ersten Mal gehört",
    ),
    (
        "seit wann sind Daft Punk bei mir dabei",
        "wann habe ich Daft Punk zum ersten Mal gehört",
    ),
    # The day started with a song: the first play of today.
    (
        "mit welchem Titel bin ich heute in den Tag gestartet",
        "was habe ich heute als erstes gehört",
    ),
    # Weekdays against weekends, said with "läuft".
    (
        "läuft bei mir an den Wochenenden mehr oder werktags",
        "höre ich am Wochenende mehr als unter der Woche",
    ),
    # New in the history: new artists.
    (
        "welche Bands sind diesen Monat neu in meiner Historie",
        "welche neuen Künstler habe ich diesen Monat entdeckt",
    ),
    (
        "welche Interpreten sind dieses Jahr neu dazugekommen",
        "welche neuen Künstler habe ich dieses Jahr entdeckt",
    ),
    (
        "wer ist dieses Jahr neu in meiner Sammlung",
        "welche neuen Künstler habe ich dieses Jahr entdeckt",
    ),
    # A skip quota is the skip rate.
    (
        "wie hoch ist meine Skip-Quote diesen Monat",
        "wie oft habe ich diesen Monat übersprungen",
    ),
    # Heavy rotation is on repeat; "in der Rotation" of a name is played at all.
    (
        "welches Lied ist bei mir derzeit in Heavy Rotation",
        "welches Lied höre ich in letzter Zeit in Dauerschleife",
    ),
    (
        "war Justice diese Woche überhaupt in der Rotation",
        "habe ich diese Woche Justice gehört",
    ),
    # "Typischerweise" is "normalerweise"; the hour and the day of one count.
    (
        "um welche Uhrzeit höre ich typischerweise Musik",
        "um welche Uhrzeit höre ich normalerweise Musik",
    ),
    # A learner's order: mornings or evenings, the same songs again.
    ("ich höre eher morgens oder abends", "höre ich eher morgens oder abends"),
    (
        "wie oft ich höre dieselben Lieder immer wieder",
        "wie oft höre ich dieselben Lieder",
    ),
    # Formal address and a recap of "my year".
    (
        "Geben Sie mir bitte einen kurzen Rückblick auf mein Jahr",
        "Rückblick auf dieses Jahr",
    ),
    (
        "Könnten Sie mir bitte meinen Monat zusammenfassen",
        "Rückblick auf diesen Monat",
    ),
    ("Geben Sie mir eine Übersicht über meine Woche", "Rückblick auf diese Woche"),
    # "Am allermeisten" is "am meisten".
    (
        "Welche Band höre ich denn am allermeisten",
        "welche Band höre ich am meisten",
    ),
    # The whole listening time said as one word, with a period alone.
    (
        "Gesamthörzeit der letzten sieben Tage",
        "wie lange habe ich in den letzten sieben Tagen gehört",
    ),
    (
        "wie viel Musik in den letzten sieben Tagen",
        "wie viel Musik habe ich in den letzten sieben Tagen gehört",
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
async def test_what_is_not_a_history_question_stays_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """No home-control or what-plays-now sentence reaches Encore."""
    for said, language in [
        # What plays now: "I've heard it" is no question about the history.
        ("Who sings this? I am sure I've heard it somewhere before", "en"),
        ("who is singing this, I know I've heard it", "en"),
        # Commands and what plays now beside the net's new German words.
        ("Spiel die Platte, die auf dem Plattenteller lag", "de"),
        ("Läuft im Wohnzimmer noch Musik", "de"),
        ("Wie lange läuft der Timer noch", "de"),
        ("Mach die Musik in der Küche leiser", "de"),
        ("Spiel meine Heavy Rotation Playlist im Wohnzimmer", "de"),
        ("Schalte am Wochenende das Licht im Flur an", "de"),
        ("Wer singt das Lied, das gerade läuft", "de"),
        ("Können Sie mir bitte das Licht in der Küche einschalten", "de"),
        ("Kannst du mir bitte die Musik lauter machen", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
