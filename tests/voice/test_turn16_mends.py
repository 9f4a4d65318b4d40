"""What the sixteenth turn's merges broke in earlier writers' phrasings, mended (issue 45).

Scored again after the merges, the earlier writers' sets lost answers they
had: each reader had been written for one writer and reached past it. A
Hessian "des" took the written language's genitive ("Künstler des Jahres"),
an English speaker's "hatte ich X an" took a participle, an Italian order
took "gehört meiste", a Japanese speaker's dropped preposition took "had on"
and a leading "songs", a tag took the "did I" of "what did I have on", a
Singaporean's clause-ending "one" took "One More Time", and a Singaporean's
topic took "when do I usually listen, like what time". Each is read as it
was again; the pure reader is asked, so these stay fast.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from custom_components.encore.voice.parse import read_question
from custom_components.encore.voice.parse.reading import Asked

_TZ = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_TZ)


@pytest.mark.parametrize(
    ("text", "language", "asked", "when", "name"),
    [
        (
            "wer war lowkey mein künstler des jahres",
            "de",
            Asked.TOP,
            "dieses jahr",
            None,
        ),
        (
            "so, okay, wer war mei Künstler des Jahres",
            "de",
            Asked.TOP,
            "dieses jahr",
            None,
        ),
        (
            "sag mal welche Podcast ich hab gehört meiste in letzte drei Monate",
            "de",
            Asked.TOP,
            # A learner's "in letzte drei Monate", read as said since issue
            # 45's fifty-third turn.
            "in den letzten drei monaten",
            None,
        ),
        (
            "songs in the last seven days, how many",
            "en",
            Asked.PLAYS,
            "in the last seven days",
            None,
        ),
        ("tell me about my listening", "en", Asked.RECAP, None, None),
        (
            "Which band would you say I have been rather preoccupied with lately?",
            "en",
            Asked.TOP,
            "lately",
            None,
        ),
        (
            "Describe my musical taste this year, if you would be so kind.",
            "en",
            Asked.TASTE,
            "this year",
            None,
        ),
        (
            "Which piece of music did I wake up to today?",
            "en",
            Asked.FIRST_IN,
            "today",
            None,
        ),
        (
            "when is the first time I listen one more time of daft punk",
            "en",
            Asked.FIRST_PLAY,
            None,
            "one more time of daft punk",
        ),
        ("okay so what's been on heavy rotation", "en", Asked.ON_REPEAT, None, None),
        (
            "quick one, what show did I have on the most last month, if that's possible",
            "en",
            Asked.TOP,
            "last month",
            None,
        ),
        (
            "do you happen to know what I had on this afternoon",
            "en",
            Asked.WHAT_PLAYED,
            "on this afternoon",
            None,
        ),
        # A question that opens with its own question word is no topic; a
        # "did I" that opens the question is no tag; "at twelve noon" is read
        # as said (the repository's writers, `test_fresh`).
        (
            "when do i usually listen, like what time and what day",
            "en",
            Asked.PEAK,
            None,
            None,
        ),
        (
            "the day before yesterday, did I have the Discovery album on at all",
            "en",
            Asked.DID_I,
            "the day before yesterday",
            # The album's own name, unwrapped (issue 45's twentieth turn).
            "Discovery",
        ),
        (
            "At twelve noon the day before yesterday, what tune was playing?",
            "en",
            Asked.WHAT_PLAYED,
            "At twelve noon the day before yesterday",
            None,
        ),
    ],
)
def test_read_as_before(
    text: str, language: str, asked: Asked, when: str | None, name: str | None
) -> None:
    """Each phrasing is read with what it asks, its period and its name."""
    reading = read_question(text, language, _NOW, _TZ)
    assert (reading.asked, reading.when, reading.name) == (asked, when, name)


def test_the_show_asked_keeps_its_kind() -> None:
    """ "What show did I have on the most" ranks shows, not songs."""
    reading = read_question(
        "quick one, what show did I have on the most last month", "en", _NOW, _TZ
    )
    assert reading.kind == "show"
