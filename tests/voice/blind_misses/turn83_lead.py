"""Issue 45's eighty-first turn: the lead's own mends, found reading old pins.

"Did I hear that yesterday" points back to something not said: "that" was
dropped as a name's pointing word and "yesterday" became the name
("nothing called yesterday"); the name is now asked for. "The Daily, the
news one, did I hear that this morning" (writer 228) is read as "it" was:
the name said first, by what it is.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = ()

ANSWERED: tuple[Answered, ...] = (
    (
        "the Daily, the news one, did I hear that this morning",
        "did I hear the Daily this morning",
        "en",
    ),
    (
        "Phantom, the Justice one, did I play that last week",
        "did I play Phantom by Justice last week",
        "en",
    ),
    (
        "One More Time, the Daft Punk one, did we hear that yesterday",
        "did we hear One More Time by Daft Punk yesterday",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = ()

# A pointing word before a period alone: the name is asked for.
POINTING_ONLY: tuple[tuple[str, str], ...] = (
    ("en", "did I hear that yesterday"),
    ("en", "did I play that last week"),
    ("en", "did I listen to this this morning"),
    ("de", "hab ich das gestern gehört"),
)
