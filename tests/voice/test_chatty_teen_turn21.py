"""A chatty Swabian, an Irish storyteller, a Berlin teenager (issue 45's twenty-first turn).

A chatty Swabian keeps talking after her question ("gell, die mag ich ja",
"du weißt was ich mein", "da hat grad die Nachbarin geklingelt"), says the
time first and points back at it with "da", asks "wen hab ich so arg oft
laufen lassen" for who she played most (`parse/chatty_de.py`). An Irish
woman asks "would you ever tell me", tells the story after the question
and checks a relative's claim ("my son swears blind I played X, did I?";
`parse/yarn_en.py`). A Berlin teenager asks in headlines: "künstler der
woche bei mir?", "album der letzten drei monate, wat war das", "welche
songs liefen am samstag" (`parse/headline_de.py`).

The phrasings are this file's own; each is read as its plain form is.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.question import read_question
from custom_components.encore.voice.parse.reading import Asked

from .test_heldout import assert_stays_home_assistants
from .test_voice import history  # noqa: F401

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)


def _read(said: str, language: str):
    return read_question(said, language, _NOW, _TZ)


@pytest.mark.parametrize(
    ("said", "asked", "when", "name"),
    [
        # A remark after the question.
        (
            "Wie oft lief diesen Monat Queen, gell, die hör ich ja gern",
            Asked.PLAY_COUNT,
            None,
            "diesen Monat Queen",
        ),
        (
            "Wie oft hab ich letzte Woche Air gehört, gell?",
            Asked.PLAY_COUNT,
            None,
            "letzte Woche Air",
        ),
        (
            "Hab ich gestern Justice gehört, die sind ja so laut",
            Asked.DID_I,
            None,
            "gestern Justice",
        ),
        (
            "Welches Album lief letzten Monat am meisten, du weißt schon was ich mein",
            Asked.TOP,
            "letzten Monat",
            None,
        ),
        (
            "Was lief gestern um neun Uhr abends, da hat grad das Telefon geklingelt",
            Asked.WHAT_PLAYED,
            "gestern um neun Uhr abends",
            None,
        ),
        (
            "Wer war diese Woche mein Lieblingskünstler, ich komm grad nicht drauf",
            Asked.TOP,
            "diese Woche",
            None,
        ),
        # A time said first, pointed back at with "da": the time apart from
        # the name since issue 45's twenty-sixth turn (`story_clauses`).
        (
            "Gestern, hab ich da was von Queen gehört",
            Asked.DID_I,
            "Gestern",
            "Queen",
        ),
        ("Letzte Woche, hab ich da Air gehört", Asked.DID_I, None, "Letzte Woche Air"),
        # "Oft" beside "wen": who was played most.
        ("Wen hab ich diesen Monat so arg oft gehört", Asked.TOP, "diesen Monat", None),
        (
            "Wen hab ich letzte Woche echt viel laufen lassen",
            Asked.TOP,
            "letzte Woche",
            None,
        ),
        # Swabia's "des" pointing back at a name said first.
        (
            "Da Funk, wann hab ich des zum allerersten Mal gehört",
            Asked.FIRST_PLAY,
            None,
            "Da Funk",
        ),
    ],
)
def test_chatty_de(said: str, asked: Asked, when: str | None, name: str | None) -> None:
    """The question is read without the remark, the time said first in place."""
    reading = _read(said, "de")
    assert reading.asked is asked
    assert reading.when == when
    assert (reading.name or "").casefold() == (name or "").casefold()
    assert reading.unread is None


@pytest.mark.parametrize(
    ("said", "asked", "when", "kind"),
    [
        ("künstler der woche?", Asked.TOP, "diese woche", "artist"),
        ("mein song der woche bei mir", Asked.TOP, "diese woche", "track"),
        (
            "album der letzten drei monate, was war das",
            Asked.TOP,
            "in den letzten drei monaten",
            "album",
        ),
        (
            "band der letzten zwei wochen bei mir?",
            Asked.TOP,
            "in den letzten zwei wochen",
            "artist",
        ),
        ("welche songs liefen gestern abend", Asked.WHAT_PLAYED, "gestern abend", None),
        (
            "welche tracks hab ick am freitag gehört",
            Asked.WHAT_PLAYED,
            "am freitag",
            None,
        ),
    ],
)
def test_headline_de(said: str, asked: Asked, when: str, kind: str | None) -> None:
    """A headline is the top of that period; "welche songs liefen" what played."""
    reading = _read(said, "de")
    assert reading.asked is asked
    assert (reading.when or "").casefold() == when
    if kind is not None:
        assert reading.kind == kind


def test_headline_de_keeps_rankings() -> None:
    """ "Welche songs ... am meisten" stays a ranking."""
    assert _read("welche songs hab ich am meisten gehört", "de").asked is Asked.TOP
    assert _read("welche songs liefen am häufigsten", "de").asked is Asked.TOP


@pytest.mark.parametrize(
    ("said", "asked", "when", "name"),
    [
        (
            "would you ever tell me my top artist last month",
            Asked.TOP,
            "last month",
            None,
        ),
        ("would you ever give me a rundown of my week", Asked.RECAP, None, None),
        (
            "would you ever check how long I listened yesterday",
            Asked.LISTENING_TIME,
            "yesterday",
            None,
        ),
        (
            "who did I play most last month, my husband was asking me at the dinner",
            Asked.TOP,
            "last month",
            None,
        ),
        (
            "what song did I play most in October, because it was a grand month",
            Asked.TOP,
            "in October",
            None,
        ),
        (
            "my daughter reckons I listened to Air last week, did I",
            Asked.DID_I,
            None,
            "Air last week",
        ),
        (
            "me husband says I played Queen yesterday, did I?",
            Asked.DID_I,
            None,
            "Queen yesterday",
        ),
        (
            "did I play Genesis on Saturday, I'd a feeling I did",
            Asked.DID_I,
            None,
            "Genesis on Saturday",
        ),
        ("how many songs have I had on in total", Asked.PLAYS, "in total", None),
        ("how many tunes went on this week", Asked.PLAYS, "this week", None),
        (
            "how many different songs have I had on, ever, since you came into the house",
            Asked.SONGS,
            "ever",
            None,
        ),
    ],
)
def test_yarn_en(said: str, asked: Asked, when: str | None, name: str | None) -> None:
    """The yarn's question is read, its story left out."""
    reading = _read(said, "en")
    assert reading.asked is asked
    if asked is not Asked.RECAP:
        assert reading.when == when
    assert reading.name == name
    assert reading.place is None
    assert reading.unread is None


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command said this way is never Encore's."""
    for said, language in [
        ("would you ever play some Queen in the kitchen", "en"),
        ("would you ever turn the music up", "en"),
        ("would you ever tell me what's playing", "en"),
        ("spiel die letzten Lieder nochmal, gell", "de"),
        ("Samstag Wecker um acht stellen", "de"),
        ("mach die Musik lauter, gell", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
