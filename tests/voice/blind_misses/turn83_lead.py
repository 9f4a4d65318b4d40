"""Issue 45's eighty-first turn: the lead's own mends, found reading old pins.

"Did I hear that yesterday" points back to something not said: "that" was
dropped as a name's pointing word and "yesterday" became the name
("nothing called yesterday"); the name is now asked for. "The Daily, the
news one, did I hear that this morning" (writer 228) is read as "it" was:
the name said first, by what it is.

A period set apart by a colon ("die letzten drei Monate: am Wochenende
mehr …?") is read by `story_sentences` in both languages, as said with a
comma, and no longer by a German speaker's reader (`period_heading_de` is
gone): "Küche, diesen Monat: welcher Track lief am häufigsten" (writer
419) was answered for all time.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # A period set apart by a colon is the question's, in both languages
    # (`story_sentences`; the German reader of the eightieth turn is gone).
    (
        "en",
        "the last three months: more at weekends or on weekdays?",
        "the last three months, do I listen more at weekends or on weekdays",
    ),
    (
        "de",
        "in den letzten zwei Wochen: morgens oder abends mehr?",
        "Höre ich in den letzten zwei Wochen morgens oder abends mehr?",
    ),
    (
        "de",
        "Küche, diesen Monat: welcher Track lief am häufigsten",
        "Welcher Track lief diesen Monat am häufigsten?",
    ),
    # A heading that says more than a time is none.
    (
        "en",
        "Song of the summer: which track led my plays this summer?",
        "which track led my plays this summer?",
    ),
)

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
