"""The readers of whole ways of speaking, in the order they run.

Before a question is read, each way of speaking that wraps it is undone, so
the reader sees the words of the question alone, in a plain order:
"ah sure look, who was it I listened to the most this month, love" reaches
the reader as "who did I listen to the most this month". Each reader lives
in its own module, named for the way of speaking it undoes; this module
only orders them (the rows are written in `ways_early` and `ways_late`).

Why the order matters: a reader that finds the question by its first words
(a yarn's "would you ever tell me", a name said first) must run before a
story is split into sentences; a learner's word order must be put plain
before a comma clips the question; the other language's words must be
translated before the hurried and DJ readers look for question words; and
the clip to the question's own clause runs last, on the plain words.
"""

from datetime import datetime, tzinfo
from typing import Final

from .way import Way
from .ways_early import EARLY_WAYS
from .ways_late import LATE_WAYS

WAYS: Final[tuple[Way, ...]] = (*EARLY_WAYS, *LATE_WAYS)


def said_plainly(text: str, language: str, now: datetime, time_zone: tzinfo) -> str:
    """Return the words of the question alone, in order, before they are read."""
    for way in WAYS:
        if language in way.languages:
            text = way.undo(text, language, now, time_zone)
    return text
