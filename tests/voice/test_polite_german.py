"""Formal, polite German from Switzerland (issue 45's fifteenth turn).

A writer nobody here had seen wrapped each question politely ("Würde mich
wunder nehmen, ...", "Hätten Sie vielleicht eine Ahnung, ...", "Grüezi,
könnten Sie mir sagen, ...", "..., könnten Sie mir das sagen?", "Merci
vielmals") with the question inside said verb last ("wen ich letztes Jahr am
meisten gehört habe"), and Swiss words ("zuoberst", "dreissig"). Most fell
to Home Assistant ("Kein Bereich ..."). The wrapper is undone in
`parse/polite_de.py` and caught by the German net's `net_polite`.

The phrasings are this file's own; each is answered as its plain German is,
and the figures are recounted where the period or the count was the failure.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse.polite_de import undo_polite
from custom_components.encore.voice.when import normalize

from .test_german_turn11 import YESTERDAY, _between
from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, alone -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Es nimmt mich wunder, welchen Künstler ich im Oktober am meisten gehört habe",
            "welchen künstler habe ich im oktober am meisten gehört",
        ),
        (
            "Wüssten Sie zufällig, ob wir gestern The Who gehört haben?",
            "haben wir gestern the who gehört",
        ),
        (
            "Könnten Sie mir bitte sagen, was gestern Abend gelaufen ist?",
            "was lief gestern abend",
        ),
        (
            "Hätten Sie eine Ahnung, welche Band diese Woche bei mir zuoberst war?",
            "welche band habe ich diese woche am meisten gehört",
        ),
        (
            "Dürfte ich Sie fragen, wie oft ich Lieder wegklicke",
            "wie oft überspringe ich lieder",
        ),
        (
            "Wie viele Lieder habe ich heute gehört, könnten Sie mir das sagen? Merci",
            "wie viele lieder habe ich heute gehört",
        ),
        (
            "Würde mich wunder nehmen, wie mein September so gewesen ist",
            "wie war mein september so",
        ),
        (
            (
                "Grüezi, würden Sie mir verraten, wie lange ich in den letzten "
                "einunddreissig Tagen gehört habe"
            ),
            "wie lange habe ich in den letzten einunddreißig tagen gehört",
        ),
    ],
)
def test_the_wrapper_undone(said: str, plain: str) -> None:
    """The wrapper dropped, the embedded question's verb put first."""
    assert undo_polite(normalize(said)) == plain


@pytest.mark.parametrize(
    "said",
    [
        "Könnten Sie bitte Queen in der Küche spielen",
        "Würden Sie bitte das Licht im Wohnzimmer einschalten",
        # No wrapper: a plain question keeps its order.
        "wen ich gehört habe",
        # A name after the verb is kept as said.
        "habe ich gestern Wer bist du gehört",
    ],
)
def test_no_wrapper_is_left_alone(said: str) -> None:
    """With no wrapper of a question, the words are kept."""
    assert undo_polite(normalize(said)) == normalize(said)


# -- figures counted again -------------------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "Wüssten Sie zufällig, wie viele Lieder ich gestern gehört habe?",
        "Es nimmt mich wunder, wie viele Songs ich gestern abgespielt habe",
        "Grüezi, wie viele Lieder habe ich gestern gehört, könnten Sie mir das sagen?",
    ],
)
async def test_songs_yesterday(hass: HomeAssistant, said: str) -> None:
    """Yesterday's plays of songs, never an area's answer."""
    count = sum(1 for p in _between(YESTERDAY) if p.kind is PlayKind.TRACK)
    heard = await ask(hass, said, "de")
    assert (heard.intent or "").startswith("Encore"), heard.speech
    assert heard.speech.startswith("Gestern "), heard.speech
    assert f"{count} Wiedergaben" in heard.speech, heard.speech


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    # the top of a period
    (
        "Es nimmt mich wunder, welchen Künstler ich im Oktober am meisten gehört habe",
        "welchen Künstler habe ich im Oktober am meisten gehört",
    ),
    (
        "Wüssten Sie zufällig, welche Band diese Woche bei mir zuoberst war?",
        "welche Band habe ich diese Woche am meisten gehört",
    ),
    (
        "Hätten Sie eine Ahnung, welches Lied ich letzten Monat am häufigsten gehört habe?",
        "welches Lied habe ich letzten Monat am häufigsten gehört",
    ),
    (
        "Hätten Sie vielleicht meine fünf meistgehörten Künstler seit September?",
        "meine fünf meistgehörten Künstler seit September",
    ),
    # counts and time
    (
        "Würde mich wunder nehmen, wie lange wir gestern in der Küche gehört haben",
        "wie lange haben wir gestern in der Küche gehört",
    ),
    (
        (
            "Grüezi, könnten Sie mir verraten, wie viele verschiedene Künstler es "
            "diesen Monat waren"
        ),
        "wie viele verschiedene Künstler habe ich diesen Monat gehört",
    ),
    (
        (
            "Hätten Sie vielleicht die Zahl, wie viel in den letzten einunddreissig "
            "Tagen gelaufen ist"
        ),
        "wie viel habe ich in den letzten einunddreißig Tagen gehört",
    ),
    (
        "Würde mich wunder nehmen, wie viel Queen ich dieses Jahr gehört habe",
        "wie oft habe ich dieses Jahr Queen gehört",
    ),
    # did I
    (
        "Könnten Sie mir bitte sagen, ob ich diese Woche Air gehört habe?",
        "habe ich diese Woche Air gehört",
    ),
    (
        "Es nimmt mich wunder, ob ich vorgestern Daft Punk gehört habe",
        "habe ich vorgestern Daft Punk gehört",
    ),
    # what played
    (
        "Könnten Sie mir bitte sagen, was gestern Abend gelaufen ist?",
        "was lief gestern Abend",
    ),
    (
        "Hätten Sie vielleicht eine Ahnung, was heute um zwölf Uhr lief?",
        "was lief heute um zwölf Uhr",
    ),
    # habits and taste
    (
        "Wissen Sie vielleicht, was für Musik ich am liebsten höre?",
        "was für Musik höre ich am liebsten",
    ),
    (
        "Es nimmt mich wunder, zu welcher Tageszeit ich meistens Musik höre",
        "zu welcher Tageszeit höre ich meistens Musik",
    ),
    (
        "Dürfte ich Sie fragen, wie oft ich Lieder wegklicke",
        "wie oft überspringe ich Lieder",
    ),
    (
        "Hätten Sie eine Ahnung, welches Lied ich am häufigsten wegdrücke?",
        "welches Lied überspringe ich am häufigsten",
    ),
    (
        "Würde mich wunder nehmen, ob ich eher nachmittags oder abends Musik höre",
        "höre ich eher nachmittags oder abends Musik",
    ),
    (
        "Hätten Sie vielleicht eine Ahnung, wie viele Tage am Stück ich schon höre?",
        "wie viele Tage am Stück höre ich schon",
    ),
    # first and last
    (
        "Würde mich wunder nehmen, wann ich Queen zum letzten Mal gehört habe",
        "wann habe ich Queen zum letzten Mal gehört",
    ),
    (
        "Wann habe ich Justice zum ersten Mal gehört, würden Sie mir das sagen?",
        "wann habe ich Justice zum ersten Mal gehört",
    ),
    (
        "Es nimmt mich wunder, wann Air das letzte Mal gelaufen ist",
        "wann lief Air das letzte Mal",
    ),
    (
        "Wüssten Sie, mit welchem Lied ich gestern in den Tag gestartet bin?",
        "mit welchem Lied bin ich gestern in den Tag gestartet",
    ),
    # a recap
    (
        "Grüezi, könnten Sie mir erzählen, wie mein September so gewesen ist?",
        "wie war mein September",
    ),
    (
        "Hätten Sie vielleicht einen Rückblick auf meinen Monat? Danke vielmals",
        "Rückblick auf meinen Monat",
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
    """A command or what plays now, however politely said, is Home Assistant's."""
    for said in [
        "spiel was von Queen in der Küche",
        "Könnten Sie bitte Musik von Queen in der Küche spielen",
        "Grüezi, spiel was von Daft Punk in der Küche",
        "Würden Sie bitte das Licht in der Küche einschalten",
        "Könnten Sie mir sagen, welches Lied gerade läuft?",
        "Hätten Sie vielleicht eine Ahnung, was gerade in der Küche läuft?",
        "Könnten Sie mir sagen, was ich gerade höre?",
        "Grüezi, mach die Musik lauter",
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, "de")
