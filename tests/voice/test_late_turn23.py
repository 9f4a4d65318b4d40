"""Phrasings the twenty-third turn's blind writers left wrong (issue 45).

Each was answered with a wrong fact or not understood: a Bavarian's
"weiterschalten" (skipping) was the top artist, "zletzt"'s sibling "zum
erschte Mol" lost its dative, "our lass reckons I do" was the household, a
Scot's present-tense "just now" was today, "am drei November" was the whole
month, a learner's "die letzte Mal ich habe X gehört, wann" the last play of
anything, "been hooked on recently" the last play, a guessed weekday after a
peak question the period, and "the rest of the week" this week. The
phrasings are this file's own.
"""

import pytest

from custom_components.encore.voice.parse.question import read_question

from .read_as_plain import NOW as _NOW, TZ as _TZ, assert_read_as_plain


@pytest.mark.parametrize(
    ("lang", "said", "plain"),
    [
        (
            "de",
            "Welchen Künschtler schalt i am öftesten weiter",
            "welchen Künstler überspringe ich am häufigsten",
        ),
        (
            "de",
            "welches Lied hab ich am meisten weitergeschaltet",
            "welches Lied hab ich am meisten übersprungen",
        ),
        (
            "de",
            "wann hab i Air zum erschte Mol g'hört",
            "wann hab ich Air zum ersten mal gehört",
        ),
        (
            "de",
            "was hab ich am drei November gehört",
            "was hab ich am dritten November gehört",
        ),
        (
            "de",
            "die letzte Mal ich habe One More Time gehört, wann",
            "wann habe ich One More Time zuletzt gehört",
        ),
        (
            "en",
            "do I skip a lot of tracks, our lass reckons I do",
            "do I skip a lot of tracks",
        ),
        (
            "en",
            "which tune can I not stop playing just now",
            "which tune can I not stop playing these days",
        ),
        (
            "en",
            "what have I been hooked on recently",
            "what have I listened to most lately",
        ),
        (
            "en",
            "which day and which hour do I listen most, sure it's probably a Friday",
            "which day and which hour do I listen most",
        ),
        (
            "en",
            "do I listen more at weekends versus the rest of the week",
            "do I listen more at weekends versus weekdays",
        ),
    ],
)
def test_read_as_plain(lang: str, said: str, plain: str) -> None:
    """Each is read as its plain question."""
    assert_read_as_plain(said, plain, lang)


@pytest.mark.parametrize(
    ("lang", "said", "asked", "kind", "when", "person"),
    [
        (
            "de",
            "Welchen Künschtler schalt i am öftesten weiter",
            "most_skipped",
            "artist",
            None,
            None,
        ),
        (
            "en",
            "which tune can I not stop playing just now",
            "on_repeat",
            "track",
            "lately",
            None,
        ),
        (
            "de",
            "was hab ich am drei November gehört",
            "what_played",
            None,
            "am dritten november",
            None,
        ),
        (
            "en",
            "do I skip a lot of tracks, our lass reckons I do",
            "skips",
            None,
            None,
            None,
        ),
    ],
)
def test_the_reading_itself(
    lang: str,
    said: str,
    asked: str,
    kind: str | None,
    when: str | None,
    person: str | None,
) -> None:
    """The readings that were wrong facts, spelt out (the asker's, not the house's)."""
    reading = read_question(said, lang, _NOW, _TZ)
    assert (reading.asked, reading.kind, reading.when, reading.person) == (
        asked,
        kind,
        when,
        person,
    )
