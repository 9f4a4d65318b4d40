"""Issue 45's seventieth turn: what the lead mended beside the helpers.

A year said beside "last year" or "this year" names the same year again:
"how many tracks did I play last year 2025" (left from the sixty-ninth
turn) had its "2025" taken for a name, and counted the plays of a song
called 2025; the German "letztes Jahr 2025" counted plays of "letztes".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how many tracks did i play last year 2025",
        "how many tracks did i play in 2025",
    ),
    (
        "en",
        "how many songs last year twenty twenty five",
        "how many songs did i play in 2025",
    ),
    (
        "de",
        "wie viele Lieder hab ich letztes Jahr 2025 gehört",
        "wie viele Lieder hab ich im Jahr 2025 gehört",
    ),
    (
        "de",
        "wie viele Lieder hab ich letztes Jahr, zweitausendfünfundzwanzig gehört",
        "wie viele Lieder hab ich im Jahr 2025 gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "how many tracks did i play last year 2025",
        "how many tracks did I play in 2025",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = ()
