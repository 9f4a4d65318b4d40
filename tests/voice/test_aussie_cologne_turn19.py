"""A chatty Australian's English and a chatty Cologne speaker's German (issue 45's nineteenth turn).

Both talk around the question: a greeting and "righto, quick one mate" or
"sach ens" before it, a remark after it ("..., the missus reckons ...",
"..., wat meinste?", "..., dat is doch schon ewig her, oder?"), the question
said again in other words ("..., the very last one", "..., dat letzte
Lied?"), and words of their own ("getting a run", "had the tunes going",
"misch", "jepackt", "nit lassen", "lief da" after a day said first). The
habits are undone in `parse/aussie_en.py` and `parse/dialect_de_cologne.py`;
the net holds the openers and the Cologne words.

The phrasings are this file's own; each is answered as its plain form is.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.aussie_en import undo_aussie
from custom_components.encore.voice.parse.dialect_de_cologne import undo_cologne

from .test_heldout import add_kitchen, assert_stays_home_assistants
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "G'day mate, righto, who have I been hammering the most this week?",
            "who have I been hammering the most this week?",
        ),
        (
            "which band have I been totally hooked on lately, the wife reckons it's all she ever hears",
            "which band have I been hooked on lately",
        ),
        (
            "how many songs did I play yesterday? the kids would say way too many",
            "how many songs did I play yesterday",
        ),
        (
            "how often's Justice been getting a run this month",
            "how often has Justice been played this month",
        ),
        (
            "how long has Ada had the tunes going in the kitchen today",
            "how long did Ada listen to tunes in the kitchen today",
        ),
        (
            "what was the first song I played today, the very first one",
            "what was the first song I played today",
        ),
        (
            "what did I start last month with, the very first song of the month",
            "what was the first song I played last month",
        ),
        (
            "how much Air did I play this year, roughly how many times",
            "how many times did I play Air this year",
        ),
        (
            "what's the first time Wet Leg turns up in my history, if at all",
            "when did I first play Wet Leg",
        ),
        (
            "how many plays did I have yesterday, songs, podcasts, the lot",
            "how many plays did I have yesterday",
        ),
        (
            "how many songs did I play this week, songs I mean",
            "how many songs did I play this week",
        ),
        (
            "what's my usual listening time, reckon it's a Saturday thing",
            "what's my usual listening time",
        ),
        (
            "how many times have I had Air on this week, heaps I reckon",
            "how many times have I had Air on this week",
        ),
    ],
)
def test_english_undone(said: str, plain: str) -> None:
    """An Australian's opener, remark, restatement and words are undone."""
    assert undo_aussie(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        # A correction is no restatement: the kind said last is asked.
        "how many songs did I play this week, podcasts I mean",
        # The last song, then another first: no restatement of it.
        "what was the last song I played, the very first one",
        # No remark after the question: a name keeps its words.
        "did I play She Said She Said this week",
    ],
)
def test_english_kept(said: str) -> None:
    """What is no remark nor a restatement stays."""
    assert undo_aussie(said) == said


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "Sach ens, welches Album hab isch diesen Monat am meisten jehört?",
            "welches Album hab isch diesen Monat am meisten jehört?",
        ),
        (
            "Welcher Künstler hat misch dieses Jahr so jepackt, wat meinste?",
            "Welcher Künstler hat mich dieses Jahr so gepackt",
        ),
        ("Ham wir jestern Queen jehört, weißte dat?", "haben wir jestern Queen jehört"),
        (
            "Seit gestern, wie oft wurde da wat abjespielt?",
            "Seit gestern, wie viele Wiedergaben hatte ich?",
        ),
        (
            "Wie viele verschiedene Künstler hab isch dieses Jahr jehört, ohne die Doppelten mitzuzählen?",
            "Wie viele verschiedene Künstler hab isch dieses Jahr jehört",
        ),
        (
            "Hab isch je wat von de Bläck Fööss jespielt? Dat wär ja peinlich",
            "Hab isch je etwas von Bläck Fööss jespielt",
        ),
        (
            "Am zehnten November, wat lief da bei mir?",
            "wat lief Am zehnten November bei mir?",
        ),
        ("Auf wat steh isch denn so?", "was für Musik mag ich?"),
        (
            "Wann hab isch dat erste Mal wat von Air jehört, dat is bestimmt ewig her, oder?",
            "Wann hab isch dat erste Mal wat von Air jehört",
        ),
        ("Sach ens, wat lief zuletzt, dat letzte Lied?", "welches Lied lief zuletzt"),
        (
            "Mit wat hab isch den September anjefangen, so dat erste Lied im Monat?",
            "Mit wat hab isch den September angefangen",
        ),
        (
            "Welchen Song kann isch jrad nit lassen?",
            "Welchen Song höre ich gerade in Dauerschleife?",
        ),
        (
            "Wann läuft bei mir mehr, morgens oder abends?",
            "wann höre ich mehr, morgens oder abends?",
        ),
        (
            "Jetz sach ens, hab isch hück wat von Air jehört, oder nä?",
            "hab isch hück wat von Air jehört",
        ),
    ],
)
def test_german_undone(said: str, plain: str) -> None:
    """A Cologne speaker's opener, remark, restatement and words are undone."""
    assert undo_cologne(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        # A band whose name opens with "De" is no article.
        "Hab ich De La Soul gehört?",
        # A day said last: nothing moves.
        "Was lief gestern in der Küche?",
    ],
)
def test_german_kept(said: str) -> None:
    """What is no Cologne habit stays."""
    assert undo_cologne(said) == said


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN_EN = [
    (
        "G'day mate, righto, who have I been hammering the most this week?",
        "who did I listen to most this week",
    ),
    (
        "which band have I been totally hooked on lately, the wife reckons it's all she ever hears",
        "which band did I listen to most lately",
    ),
    (
        "how often has Justice been getting a run this month? my mate reckons too often",
        "how many times did I play Justice this month",
    ),
    (
        "how many songs did I play this week, songs I mean",
        "how many songs did I play this week",
    ),
    (
        "how many plays did I have yesterday, songs, podcasts, the lot",
        "how many plays did I have yesterday",
    ),
    (
        "how many different tracks did I play this week, not counting the repeats",
        "how many different tracks did I play this week",
    ),
    (
        "what was the first song I played today, the very first one",
        "what was the first song I played today",
    ),
    (
        "what did I start last month with, the very first song of the month",
        "what was the first song I played last month",
    ),
    (
        "how much Air did I play this year, roughly how many times",
        "how many times did I play Air this year",
    ),
    (
        "at eight pm yesterday, what was on? we had a barbie going",
        "what was playing at eight pm yesterday",
    ),
    (
        "what's my usual listening time, reckon it's a Saturday thing",
        "what's my usual listening time",
    ),
    (
        "play count for Queen last month, if you don't mind",
        "how many times did I play Queen last month",
    ),
]


@pytest.mark.usefixtures("history")
async def test_english_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """An Australian's question is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_EN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_tunes_going_in_the_kitchen(hass: HomeAssistant) -> None:
    """ "Had the tunes going in the kitchen" is the kitchen's listening time."""
    add_kitchen(hass)
    await assert_encores_as_plain(
        hass,
        "how long have I had the tunes going in the kitchen today",
        "how long did I listen to music in the kitchen today",
        "en",
    )


SAME_AS_PLAIN_DE = [
    (
        "Sach ens, welches Album hab isch diesen Monat am meisten jehört?",
        "welches Album habe ich diesen Monat am meisten gehört",
    ),
    (
        "Welcher Künstler hat misch dieses Jahr so jepackt, wat meinste?",
        "welchen Künstler habe ich dieses Jahr am meisten gehört",
    ),
    (
        "Mein meistjespielter Song letzten Monat, welcher is dat?",
        "welchen Song habe ich letzten Monat am meisten gehört",
    ),
    (
        "Seit gestern, wie oft wurde da wat abjespielt?",
        "wie viele Wiedergaben hatte ich seit gestern",
    ),
    (
        "Wie viele verschiedene Künstler hab isch dieses Jahr jehört, ohne die Doppelten mitzuzählen?",
        "wie viele verschiedene Künstler habe ich dieses Jahr gehört",
    ),
    ("Ham wir jestern Queen jehört, weißte dat?", "haben wir gestern Queen gehört"),
    ("Gestern Abend, lief da Genesis?", "lief gestern Abend Genesis"),
    (
        "Am zehnten November, wat lief da bei mir?",
        "was lief am zehnten November bei mir",
    ),
    ("Auf wat steh isch denn so?", "was für Musik mag ich"),
    (
        "Wann hab isch dat erste Mal wat von Air jehört, dat is bestimmt ewig her, oder?",
        "wann habe ich das erste Mal Air gehört",
    ),
    (
        "Mit wat hab isch den September anjefangen, so dat erste Lied im Monat?",
        "mit was habe ich den September angefangen",
    ),
    (
        "Wat is bei uns jrad in Dauerschleife?",
        "was ist bei uns gerade in Dauerschleife",
    ),
    (
        "Welchen Song kann isch jrad nit lassen?",
        "welchen Song höre ich gerade in Dauerschleife",
    ),
    (
        "Wann läuft bei mir mehr, morgens oder abends?",
        "wann höre ich mehr, morgens oder abends",
    ),
    (
        "Wie oft lief bei mir wat diese Woche, alles zusammenjezählt?",
        "wie viele Wiedergaben hatte ich diese Woche",
    ),
]


@pytest.mark.usefixtures("history")
async def test_german_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """A Cologne speaker's question is answered as the plain question is."""
    for said, plain in SAME_AS_PLAIN_DE:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, "de")


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "answer"),
    [
        (
            "what's the first time Wet Leg turns up in my history, if at all",
            "en",
            "I found nothing called Wet Leg in your listening history.",
        ),
        (
            "Hab isch je wat von de Bläck Fööss jespielt? Dat wär ja peinlich",
            "de",
            "Ich habe nichts namens Bläck Fööss in deinem Hörverlauf gefunden.",
        ),
    ],
)
async def test_nothing_called(
    hass: HomeAssistant, said: str, language: str, answer: str
) -> None:
    """A name the history does not hold is said as not found, the remark no name."""
    heard = await ask(hass, said, language)
    assert heard.speech == answer


@pytest.mark.usefixtures("history")
async def test_last_song_said_again(hass: HomeAssistant) -> None:
    """ "Wat lief zuletzt, dat letzte Lied?" is the last song played."""
    heard = await ask(hass, "Sach ens, wat lief zuletzt, dat letzte Lied?", "de")
    assert heard.intent == "EncoreFirstLastPlay", heard.speech
    assert heard.speech.startswith("Zuletzt hast du Genesis von Justice gehört"), (
        heard.speech
    )


# -- commands stay Home Assistant's ---------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command in either persona never reaches Encore."""
    for said, language in [
        ("g'day mate, chuck on some Queen in the kitchen", "en"),
        ("righto, turn the kitchen lights off mate", "en"),
        ("crikey, skip this song would ya", "en"),
        ("what's this song mate? the missus reckons it's Queen", "en"),
        ("turn it up a bit, the neighbours reckon it's too quiet", "en"),
        ("Sach ens, mach dat Licht in der Küche aus", "de"),
        ("Hömma, spiel ma wat von de Höhner", "de"),
        ("Heut Abend, mach mal Musik an", "de"),
        ("Sach ens, wat läuft da jrad für ein Lied?", "de"),
        ("Hömma, mach die Musik in der Küche leiser, dat is ja peinlich", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
