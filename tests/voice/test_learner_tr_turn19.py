"""A Turkish speaker, a Scottish and a Viennese grandfather, a teenager (issue 45's nineteenth turn, writers 69-72).

A Turkish speaker leaves the article out ("for first time", "letzte mal"),
says the time first and the question after it, the present for the past
("wann ich höre X letzte mal"), "or not" for a yes-or-no question, "wie
viel mal" for "wie oft" and "für mich" for "my" (`parse/learner_tr.py`).
A Scottish grandfather says "no" for "not" ("can I no stop", "no counting
the repeats") and names the tune he is forever skipping; a Viennese one
says "was" for "etwas", "a"/"an" for "ein", "des letzte Mal", "auf
d'Nacht" (`parse/dialect_de_vienna.py`). A teenager's "go-to pod" is a
podcast. "Sommer letztes Jahr" is last summer, never the whole last year.

The phrasings are this file's own; each is answered as its plain form is.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.dialect_de_vienna import undo_vienna
from custom_components.encore.voice.parse.learner_tr import undo_learner_tr
from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain", "language"),
    [
        ("who is my artist of year 2024", "who is my top artist of 2024", "en"),
        (
            "songs i hear for first time in 2025",
            "songs i hear for the first time in 2025",
            "en",
        ),
        (
            "how many song i play in october",
            "how many songs did i play in october",
            "en",
        ),
        ("what kind music i like", "what kind of music do i like", "en"),
        (
            # All of yesterday's listening, never its music alone (issue 45's
            # twentieth turn: "today how long I listen" was a wrong fact).
            "yesterday how long i listen in kitchen",
            "how long did i listen in the kitchen yesterday",
            "en",
        ),
        ("on friday i play Genesis or not?", "did i play Genesis on friday", "en"),
        (
            "wann ich höre Genesis erste mal",
            "wann habe ich Genesis das erste mal gehört",
            "de",
        ),
        (
            "wann letzte mal lief One More Time",
            "wann lief One More Time das letzte mal",
            "de",
        ),
        ("wann war erste mal Air bei mir", "wann war das erste mal Air", "de"),
        (
            "Genesis wie viel mal lief diese Woche",
            "wie oft lief Genesis diese Woche",
            "de",
        ),
        ("gestern abend was lief", "was lief gestern abend", "de"),
        (
            "was war Lied von Jahr 2025 für mich",
            "was war mein Lied des jahres 2025",
            "de",
        ),
        ("wie war Winter letzten Jahres", "wie war im Winter letztes jahr", "de"),
    ],
)
def test_turkish_said_undone(said: str, plain: str, language: str) -> None:
    """Articles, the time said first and the present for the past are undone."""
    assert undo_learner_tr(said, language) == plain


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("wie oft is gestern was gelaufen", "wie oft is gestern etwas gelaufen"),
        ("was für a musik hör i", "was für musik hör i"),
        ("wann war des erste mal queen", "wann war das erste mal queen"),
        ("meine fünf liebsten lieder", "meine fünf top lieder"),
        ("was lief vorgestern auf d'nacht", "was lief vorgestern am abend"),
    ],
)
def test_viennese_said_undone(said: str, plain: str) -> None:
    """A Viennese grandfather's words, said the plain way."""
    assert undo_vienna(said) == plain


@pytest.mark.parametrize(
    ("said", "language", "asked"),
    [
        # "Not counting repeats" restates "different": a count of songs.
        (
            "how many different songs did I play this week, no counting repeats",
            "en",
            Asked.SONGS,
        ),
        ("which record can I no stop playing", "en", Asked.ON_REPEAT),
        ("what's the band I'm forever skipping", "en", Asked.MOST_SKIPPED),
        ("the track I keep skipping, which is it", "en", Asked.MOST_SKIPPED),
        ("wann ich höre Genesis zuletzt mal", "de", None),
        ("which singer have I been daft about this year", "en", Asked.TOP),
        ("what tune did I see the summer out with", "en", Asked.LAST_IN),
        ("which band can I never be bothered listening to", "en", Asked.MOST_SKIPPED),
        ("tracks since monday how many did i play", "en", Asked.PLAYS),
        ("wie oft hab ich gestern was gestreamt", "de", Asked.PLAYS),
    ],
)
def test_read_as(said: str, language: str, asked: Asked | None) -> None:
    """What is asked is read; an unread word is never read as another question."""
    reading = read_question(said, language, _NOW, _TZ)
    if asked is None:
        assert reading.asked is not Asked.PEAK
    else:
        assert reading.asked is asked


def test_season_of_last_year_is_no_whole_year() -> None:
    """ "Sommer letztes Jahr" is last summer, never last year entire."""
    reading = read_question(
        "wie war Herbst letztes Jahr, Rückblick bitte", "de", _NOW, _TZ
    )
    assert reading.when is not None
    assert "herbst" in reading.when.lower()


def test_go_to_pod_is_a_podcast() -> None:
    """A teenager's "go-to pod" ranks podcasts, never songs."""
    reading = read_question("fave pod last month", "en", _NOW, _TZ)
    assert reading.kind == "show"


# -- through Assist ----------------------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Each is answered as its plain form is."""
    for said, plain, language in [
        ("what kind music i like", "what kind of music do i like", "en"),
        (
            "how many song i play in october",
            "how many songs did i play in october",
            "en",
        ),
        ("which tune can I no stop playing", "which song can't I stop playing", "en"),
        (
            "what's the band I'm forever skipping past",
            "which band do I skip the most",
            "en",
        ),
        ("my go-to pod last month?", "what was my top podcast last month", "en"),
        (
            "wann ich höre Genesis letzte mal",
            "wann habe ich Genesis zuletzt gehört",
            "de",
        ),
        (
            "wann erste mal lief Genesis",
            "wann habe ich Genesis zum ersten Mal gehört",
            "de",
        ),
        ("wann war des erste Mal Air", "wann habe ich Air zum ersten Mal gehört", "de"),
        (
            "wie war Herbst letztes Jahr musikalisch",
            "wie war im letzten Herbst musikalisch",
            "de",
        ),
        ("aye, what did I play yesterday", "what did I play yesterday", "en"),
        (
            "which record's had the most goes this month",
            "which album did I play most this month",
            "en",
        ),
        (
            "which tune can I no stop playing this month",
            "which song can't I stop playing this month",
            "en",
        ),
        (
            "mit welche Song ich bin gestern aufgewacht",
            "mit welchem Song bin ich gestern aufgewacht",
            "de",
        ),
        (
            "geh, gib ma an Rückblick über mein Hören",
            "gib mir einen Rückblick über mein Hören",
            "de",
        ),
        ("wer is denn mei Lieblingssängerin", "wer ist mein Lieblingskünstler", "de"),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command said this way is never Encore's."""
    for said, language in [
        ("play Genesis in kitchen or not", "en"),
        ("now music on in kitchen please", "en"),
        ("och, turn the music down a wee bit", "en"),
        ("mach Musik in Küche an", "de"),
        ("geh, spiel ma a bisserl Musik", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
