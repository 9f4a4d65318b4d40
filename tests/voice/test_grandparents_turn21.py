"""A Yorkshire grandmother and a Bavarian grandfather (issue 45's twenty-first turn, writer 84).

She calls the device "love" between commas, says "this morning gone", "the
record player" for what played, "the album I've nearly worn out", "the tune
I had going all the time", "the tune I always turn off halfway through",
says the whole first ("Out of everything I played this week, how many did
I skip"), the day and a guessed clock first ("Wednesday dinnertime, twelve
o'clock it'd be, what was playing") and a name first with its kind after
("Last time I had Discovery on, the album, when ...") (`parse/yorkshire_en.py`,
and "how many goes has that had" in `parse/jargon_en.py`).

He says "in der Rückschau", "war was von X dabei", "da" pointing back to a
time said first, "wie viele Stückl", "drück ich allerweil weiter", "am
Samstag und Sonntag" against "unter der Woche" (`parse/bavarian_de.py`),
and asks of a name said first with "des" ("The Daily, wann war des zuletzt
dran?", `parse/said_first_de.py`: the day's last song was a wrong fact).

The phrasings are this file's own, beside a few of the writer's.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)


@pytest.mark.parametrize(
    ("said", "language", "asked", "when", "name"),
    [
        # A name said first, "des"/"das"/"it" asked of it.
        (
            "The Daily, wann war des zuletzt dran?",
            "de",
            Asked.LAST_PLAY,
            None,
            "The Daily",
        ),
        ("Queen, wann lief das denn zuletzt?", "de", Asked.LAST_PLAY, None, "Queen"),
        (
            "Genesis, wann kam des zum ersten Mal?",
            "de",
            Asked.FIRST_PLAY,
            None,
            "Genesis",
        ),
        (
            "Da Funk, wann war des das letzte Mal?",
            "de",
            Asked.LAST_PLAY,
            None,
            "Da Funk",
        ),
        (
            "Bohemian Rhapsody, how many turns has it had this year?",
            "en",
            Asked.PLAY_COUNT,
            None,
            "Bohemian Rhapsody this year",
        ),
        ("Queen, how many spins have they had?", "en", Asked.PLAY_COUNT, None, "Queen"),
        # "Love" between commas.
        (
            "Over the past fortnight, love, which song's been played the most?",
            "en",
            Asked.TOP,
            "over the past 2 weeks",
            None,
        ),
        (
            "Last week, pet, who did I listen to most?",
            "en",
            Asked.TOP,
            "Last week",
            None,
        ),
        # The record player, "this morning gone".
        (
            "What was on the record player yesterday?",
            "en",
            Asked.WHAT_PLAYED,
            "yesterday",
            None,
        ),
        (
            "How long has the gramophone been going today, love?",
            "en",
            Asked.LISTENING_TIME,
            "today",
            None,
        ),
        ("Was Queen on yesterday gone?", "en", Asked.DID_I, None, "Queen yesterday"),
        (
            "Were Justice on this morning gone, duck?",
            "en",
            Asked.DID_I,
            None,
            "Justice this morning",
        ),
        # Her words for playing much and for skipping.
        (
            "Is there a record I've practically worn out this month?",
            "en",
            Asked.TOP,
            "this month",
            None,
        ),
        (
            "that song I had on all the time in September, what was it",
            "en",
            Asked.TOP,
            None,
            None,
        ),
        (
            "Which is the song I always switch off halfway?",
            "en",
            Asked.MOST_SKIPPED,
            None,
            None,
        ),
        (
            "Of all the tunes I had on yesterday, how many did I skip?",
            "en",
            Asked.SKIPS,
            "yesterday",
            None,
        ),
        (
            "Tell me about my October's listening, love",
            "en",
            Asked.RECAP,
            "October",
            None,
        ),
        # The day and the clock first, the name first with its kind after.
        (
            "Tuesday teatime, about five it would be, what was on?",
            "en",
            Asked.WHAT_PLAYED,
            "on tuesday at five pm",
            None,
        ),
        (
            "First time I heard Justice, the band, when was that?",
            "en",
            Asked.FIRST_PLAY,
            None,
            "Justice",
        ),
        # A Bavarian grandfather.
        ("Mein Jahr in der Rückschau, bittschön", "de", Asked.RECAP, None, None),
        ("War gestern was vom Queen dabei?", "de", Asked.DID_I, None, "gestern Queen"),
        (
            "Gestern, wie viele Stückl hab ich da g'hört?",
            "de",
            Asked.PLAYS,
            "Gestern",
            None,
        ),
        ("Welches Lied schalt ich immer weiter?", "de", Asked.MOST_SKIPPED, None, None),
        (
            "Samstag und Sonntag oder unter der Woche, wann hör ich mehr?",
            "de",
            Asked.WEEK_PARTS,
            None,
            None,
        ),
    ],
)
def test_read_as(
    said: str, language: str, asked: Asked, when: str | None, name: str | None
) -> None:
    """What is asked, its time and its name are read as said plainly."""
    reading = read_question(said, language, _NOW, _TZ)
    assert reading.asked is asked
    if when is not None:
        assert reading.when == when
    if name is not None:
        assert reading.name == name


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("Was the kitchen light on this morning?", "en"),
        ("Ist der Timer dabei?", "de"),
        ("Which songs do I love, love?", "en"),
        ("Spiel Queen, wann war das zuletzt", "de"),
    ],
)
def test_nothing_read_into(said: str, language: str) -> None:
    """A light, a timer, "songs I love" or a command ask no name's history."""
    reading = read_question(said, language, _NOW, _TZ)
    assert reading.asked not in (Asked.DID_I, Asked.LAST_PLAY, Asked.TOP)


# -- through Assist ----------------------------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Each is answered as its plain form is."""
    for said, plain, language in [
        (
            "The Daily, wann war des zuletzt dran?",
            "wann habe ich The Daily zuletzt gehört",
            "de",
        ),
        (
            "Over the past fortnight, love, which song's been played the most?",
            "which song did I play the most over the past fortnight",
            "en",
        ),
        (
            "What was on the record player the day before yesterday?",
            "what did I play the day before yesterday",
            "en",
        ),
        (
            "Would you mind going over my week in music, love?",
            "how was my week in music",
            "en",
        ),
        (
            "Bei welchem Stückl drück ich allerweil weiter?",
            "welches Lied überspringe ich am häufigsten",
            "de",
        ),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command said this way is never Encore's."""
    for said, language in [
        ("put the record player on in the kitchen, love", "en"),
        ("turn the music up a bit, love", "en"),
        ("skip this song, pet", "en"),
        ("would you mind going over the shopping list, love", "en"),
        ("drück amal weiter", "de"),
        ("mach die Musi rauf und runter", "de"),
        ("spiel des Lied rauf und runter", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
