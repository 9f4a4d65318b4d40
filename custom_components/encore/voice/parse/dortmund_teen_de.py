"""German of a 14-year-old from Dortmund (issue 45's seventy-sixth turn, blind writer 517).

He bets on the answer after the question with "safe" (surely: "wie viele
streams hatte ich insgesamt, safe tausende" had been asked back, "safe
tausende" read as a name) and says "angemacht" for played, of a name said
first and pointed back to ("the daily, hab ich das seit montag mal
angemacht"). Read on the words as said, in `said_as_written_de`;
"angemacht" is played only after "das"/"die"/"den" pointing back to a
name said first, so a light switched on stays Home Assistant's.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_TEEN: Final[tuple[Rule, ...]] = (
    # ", safe tausende": his bet, said after the question, asks nothing.
    # Only a number guessed: "safe nach plays" says the measure.
    (
        r",\s*safe (?:so |über |mehr als |bestimmt |locker )?(?:\d+|\w*(?:tausend|hundert|zig)\w*|viele?|ne menge)\W*$",
        "",
    ),
    # "X, hab ich das ... angemacht": X played.
    (
        r"^([^,]+),\s*(hab|habe|hatte) (ich|wir) (das|den|die|dat) (.*?)\bangemacht\b",
        r"\1, \2 \3 \4 \5gehört",
    ),
)


def said_as_dortmund_teen(text: str) -> str:
    """Return `text` with a Dortmund teenager's words said in standard ones."""
    return " ".join(rewrite(_TEEN, text, re.IGNORECASE).split())
