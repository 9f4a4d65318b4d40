"""English dictated in a noisy car (issue 45's fifty-fifth turn, blind writer 347).

Speech to text over road noise writes the word said before a pause again
after it: "song of the uh the summer", "how many hours of uh of music". The
reader of hesitations dropped the "uh" and kept both words ("of the the
summer"), which no reader knew. The little word said twice around the
pause is said once; "my uh my taste" is left to the readers that knew it.
"""

import re

from .rules import Rule, rewrite

_NOISY_CAR_EN: tuple[Rule, ...] = (
    (
        r"\b(of|the|at|in|on|to|a|for|from|by|with) (?:uh|um|er|erm|uhm) \1\b",
        r"\1",
    ),
)


def said_once_after_pause(text: str) -> str:
    """Return a word said again after a pause said once."""
    return rewrite(_NOISY_CAR_EN, text, re.IGNORECASE)
