"""Issue 45's sixty-first turn, last round: blind writers 404 to 411, English.

Scored on `1dd5a6c5` before anything was tuned on them: 770 of 835 English
questions right, 11 wrong facts, 2 of 361 negatives captured. Both captures
asked about what plays now and were answered from the history: a learner's
"what I listen right now" and the length of the song playing ("how long is
this song in total"). They are the player's; the wrong facts are left for
the next turn.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = ()

ANSWERED: tuple[Answered, ...] = ()

STAYS: tuple[Stays, ...] = (
    ("what I listen to right now", "en"),
    ("how long is this track altogether?", "en"),
)
