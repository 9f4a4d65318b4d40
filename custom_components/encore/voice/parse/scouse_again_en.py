"""A Scouser's questions as speech to text writes them (issue 45's seventy-fifth turn, blind writer 508).

Liverpool asks "how much have I had on" for how long music was on (read as
a count of a name "have", a wrong answer), puts the count first and asks
it after ("total streams for the last thirty days, how many's that", a name
"'s that" searched) and says "giz" (give us) for tell me ("giz the last
tune I played la"). Each rule is bound to the question's words around it;
a name is never changed. Run on the words as said, first of
`said_as_written_en`.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_SCOUSE_AGAIN_EN: Final[tuple[Rule, ...]] = (
    # "Ey have I had that sexy boy by air on": a call said first, asking
    # nothing ("hey" and "oi" are read so already).
    (r"^ey\b[,!]?\s+(?=\w)", ""),
    # "How much have I had on (in the kitchen) (over the past two weeks)":
    # how long, never how many of a name "have"; "..., like how many things"
    # said after asks the count (issue 45's twenty-first turn).
    (
        (
            r"^how much (have|had|did) (i|we) (?:had|have|got|put) on\b(?! (?:by|from|of)\b)"
            r"(?!.*\bhow many\b)"
        ),
        r"how long \1 \2 listened",
    ),
    # "Total streams for the last thirty days, how many's that": the count.
    (
        (
            r"^total (streams|plays|spins|listens|songs|tracks|tunes|episodes)\b(?P<rest>.*?)"
            r",?\s+how many(?:'s| is| was) (?:that|it)\W*$"
        ),
        r"how many \1 did I play\g<rest>",
    ),
    # "What's the song I can't be arsed with, the one I skip most": the
    # song skipped, said twice.
    (
        (
            r"^(what's|what is|which is|who's|who is) the (song|track|tune|band|artist)"
            r" (i|we) (?:can't|cannot|cant) be arsed with\b(?:,? the one (?:i|we) skip"
            r"(?: the)? most)?"
        ),
        r"\1 the \2 \3 skip most",
    ),
    # "Giz the last tune I played": tell me, never a command to play it.
    (
        r"^(?:giz|gis|gizza)(?: us| me)? (the|me|my) (last|first) (song|tune|track|record|thing)\b",
        r"what was the \2 \3",
    ),
)


def said_in_scouse_again(text: str) -> str:
    """Return a Scouser's question with his ways of asking said plainly."""
    return rewrite(_SCOUSE_AGAIN_EN, text, re.IGNORECASE)
