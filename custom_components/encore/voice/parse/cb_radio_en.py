"""An American trucker's CB radio talk (issue 45's sixtieth turn, blind writer 387).

A trucker asks as he talks on the CB: "breaker breaker" to open, and a call
sign or a handover to close or between commas: ", good buddy", ", come
back", ", 10-4", ", roger", ", over", ", how 'bout it". None asks anything,
but each was read as a name ("I found nothing called come back") or cut the
question off ("what'd I wrap up last Friday with, good buddy" lost its
"last" and answered all of the day, a wrong fact). He drops the auxiliary
("how many times that X song played in September", read as every play of
the month, a wrong fact) and says "lay my year on me" for a recap. Each
sign is read only at the question's edge or between commas, so "over the
summer" and "come back to" stay.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_SIGN: Final = (
    r"(?:good buddy|come back|come on back|10-4|ten-four|ten four|10 4|roger(?: that| dodger)?"
    r"|over and out|over|copy that|you copy|how 'bout it|how about it|breaker(?: breaker)?"
    r"(?: one-nine| one nine| 1-9)?)"
)

_CB_RADIO_EN: Final[tuple[Rule, ...]] = (
    # The opener: "breaker breaker(, one-nine)," asks nothing.
    (r"^breaker,? breaker(?:,? (?:one-nine|one nine|1-9))?[,.!]?\s+", ""),
    # A sign between commas, then one or more at the end.
    (rf",\s*{_SIGN},\s*", ", "),
    (rf"(?:[,.]\s*{_SIGN})+\s*([?.!]*)$", r"\1"),
    # "How many times that X song played": the auxiliary dropped.
    (
        r"\bhow many times (that|the|this) (.+?) (song|track|tune|record|album) (?:got |get )?played\b",
        r"how many times did I play \2",
    ),
    # "That Cafe Tacuba bunch, did I have any of them on": a band named by
    # its lot, before the name said first is pointed back to.
    (
        r"^that ([\w' .&-]+?) (?:bunch|outfit|fellas|boys),\s*(?=(?:how|did|when|what|have)\b)",
        r"\1, ",
    ),
    # "Lay my year on me": give me my year, a recap.
    (
        r"^lay (my|our) (day|week|weekend|month|year|summer) on (?:me|us)\b,?\s*(?:the whole (?:review|recap|rundown|story)\b)?",
        r"recap of \1 \2",
    ),
)


def said_on_the_cb(text: str) -> str:
    """Return a trucker's question without his radio's signs, commas kept."""
    return rewrite(_CB_RADIO_EN, text, re.IGNORECASE)
