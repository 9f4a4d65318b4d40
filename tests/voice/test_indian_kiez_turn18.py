"""Indian English and Berlin's Kiezdeutsch (issue 45's eighteenth turn, writer 54).

An Indian speaker says the day's part after its day ("today evening",
"yesterday night"), the time first and the question after it, the name
first and the question word last ("Air I have played last when", "X I have
listened this week or not", "X I have played how many times"), "kindly",
"based on my history", "how many plays happened" and "what was going on". A
young Berliner drops the verb's second place and the article ("wie oft ich
hab X gehört", "in letzten zwei Wochen"), says the time first, "neu für
mich" for discovered and "wallah", "lan", "digga" to the listener. The habits
are undone in `parse/indian_en.py`, `parse/kiez_de.py` and `when.normalize`;
the net holds the orders.

A name between "hab" and the verb, followed by a period, is read ("wie oft
ich hab Around the World von Daft Punk gehört diesen Monat"); a long name
that is not read asks back, never answers the count of everything.

The phrasings are this file's own; each is answered as its plain form is.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.indian_en import undo_indian
from custom_components.encore.voice.parse.kiez_de import undo_kiez
from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked

from .test_heldout import assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("air i have played last when", "when did i last listen to air"),
        (
            "justice when i started listening that first",
            "when did i first listen to justice",
        ),
        (
            "around the world i have listened this week or not",
            "did i listen to around the world this week",
        ),
        (
            "sexy boy by air i have played how many times this month",
            "how many times did i play sexy boy by air this month",
        ),
        ("how many plays happened yesterday", "how many plays yesterday"),
        ("yesterday total how many plays took place", "yesterday how many plays"),
        ("what song was going on at 9 pm", "what song was playing at 9 pm"),
        ("what was playing last night 9", "what was playing last night at 9"),
        ("what all did i play on monday", "what did i play on monday"),
    ],
)
def test_indian_undone(said: str, plain: str) -> None:
    """The name first, the question last, and India's words are undone."""
    assert undo_indian(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        # A question that opens with its own word keeps its order.
        "when did i last listen to air",
        "did i play the song i have played or not",
        # A command keeps no question word.
        "play one more time",
    ],
)
def test_indian_kept(said: str) -> None:
    """No name and no question is moved that was said in the plain order."""
    assert undo_indian(said) == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("wallah wie lang ist mein streak", "wie lang ist mein streak"),
        ("im letzten monat wie oft lief queen", "wie oft lief queen im letzten monat"),
        (
            "in letzten drei wochen wie oft lief air",
            "wie oft lief air in den letzten drei wochen",
        ),
        ("was für lieder ich hör so digga", "was für lieder höre ich"),
        ("was für sachen ich feier so", "was für sachen mag ich"),
        (
            "im sommer welche künstler waren neu für mich",
            "welche neuen künstler habe ich im sommer entdeckt",
        ),
        (
            "welche bands waren neu für mich diesen sommer",
            "welche neuen bands habe ich diesen sommer entdeckt",
        ),
        (
            "wie viel ich hör immer gleiche songs nochmal",
            "wie oft höre ich immer die gleichen songs",
        ),
    ],
)
def test_kiez_undone(said: str, plain: str) -> None:
    """Kiezdeutsch particles, order and dropped articles are undone."""
    assert undo_kiez(said) == plain


@pytest.mark.parametrize("said", ["spiel air", "mach das licht in der küche an"])
def test_kiez_kept(said: str) -> None:
    """A command is left as it was said."""
    assert undo_kiez(f"{said} lan") == said


_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        (
            "wie oft ich hab Around the World von Daft Punk gehört diesen Monat",
            "Around the World von Daft Punk",
        ),
        (
            "wie oft habe ich One More Time von Daft Punk gestreamt letzte Woche",
            "One More Time von Daft Punk",
        ),
    ],
)
def test_name_before_verb_read(said: str, name: str) -> None:
    """A name between "hab ich" and the verb, a period after it, is read."""
    reading = read_question(said, "de", _NOW, _TZ)
    assert reading.asked is Asked.PLAY_COUNT
    assert reading.name == name


def test_long_name_unread_never_everything() -> None:
    """Words too many for a name left unread: never the count of all plays."""
    said = "wie oft hab ich Ein Lied Das Es Hier Nicht Gibt von Niemand gestreamt nach Oktober"
    reading = read_question(said, "de", _NOW, _TZ)
    assert reading.asked is Asked.PLAY_COUNT
    assert reading.name is None


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN_EN = [
    (
        "kindly tell me my top three songs of last month",
        "what were my top three songs last month",
    ),
    ("yesterday total how many plays happened", "how many plays yesterday"),
    (
        "Sexy Boy by Air I have played how many times this month",
        "how many times did I play Sexy Boy by Air this month",
    ),
    (
        "around the world I have listened this week or not",
        "did I listen to around the world this week",
    ),
    ("yesterday night 9 o'clock what was playing", "what was playing last night at 9"),
    (
        "today afternoon at 2:15 which song was playing",
        "which song was playing this afternoon at 2:15",
    ),
    (
        "day before yesterday around 8 pm what song was going on",
        "what song was playing the day before yesterday around 8 pm",
    ),
    ("today evening at 6.30 what was on", "what was on this evening at 6:30"),
    (
        "based on my history what kind of stuff I am into",
        "what kind of stuff am I into",
    ),
    (
        "generally what time I put on music, kindly tell",
        "what time do I usually listen to music",
    ),
    (
        "Justice, when I started listening that first",
        "when did I first listen to Justice",
    ),
    ("Air I have played last when", "when did I last play Air"),
    (
        "yesterday what I started with, which song",
        "what was the first song I played yesterday",
    ),
    (
        "today afternoon which all songs I played",
        "which songs did I play this afternoon",
    ),
]


@pytest.mark.usefixtures("history")
async def test_indian_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Indian English is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


SAME_AS_PLAIN_DE = [
    (
        "wie oft ich hab Around the World von Daft Punk gehört diesen Monat",
        "wie oft habe ich diesen Monat Around the World von Daft Punk gehört",
    ),
    ("im letzten Monat wie oft lief Queen", "wie oft lief Queen im letzten Monat"),
    ("was für Sachen ich hör so, lan", "was für Musik höre ich"),
    (
        "welche Bands waren neu für mich diesen Sommer",
        "welche neuen Bands habe ich diesen Sommer entdeckt",
    ),
    (
        "wie viel ich hör immer gleiche Songs",
        "wie oft höre ich immer die gleichen Songs",
    ),
    ("yallah wie lange ist mein Streak", "wie lange ist mein Streak"),
    ("was für Sachen ich feier so", "was für Musik mag ich"),
    (
        "im Sommer welche Künstler waren neu für mich",
        "welche neuen Künstler habe ich im Sommer entdeckt",
    ),
    (
        "was ist mein Song auf Dauerschleife, wallah",
        "was ist mein Lied auf Dauerschleife",
    ),
    (
        "Wochentage mehr Musik oder Wochenende, digga",
        "höre ich an Wochentagen oder am Wochenende mehr Musik",
    ),
]


@pytest.mark.usefixtures("history")
async def test_kiez_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Kiezdeutsch is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


@pytest.mark.usefixtures("history")
async def test_long_name_asks_back(hass: HomeAssistant) -> None:
    """A name not read is asked back, never the count of every play."""
    heard = await ask(
        hass,
        "wie oft ich hab Ein Lied Das Es Hier Nicht Gibt von Niemand gestreamt nach Oktober",
        "de",
    )
    assert "verschiedene Songs" not in heard.speech, heard.speech
    assert "Wiedergaben" not in heard.speech, heard.speech


# -- commands stay Home Assistant's ---------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A command said in either way stays Home Assistant's."""
    for said, language in [
        ("kindly play Queen in the kitchen", "en"),
        ("kindly turn on the kitchen light", "en"),
        ("today evening turn on the kitchen light", "en"),
        ("please kindly turn the music up", "en"),
        ("spiel Air in der Küche, lan", "de"),
        ("wallah mach das Licht in der Küche an", "de"),
        ("yallah spiel was von Daft Punk in der Küche", "de"),
        ("digga mach die Musik lauter", "de"),
        ("heute Abend spiel Queen in der Küche", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
