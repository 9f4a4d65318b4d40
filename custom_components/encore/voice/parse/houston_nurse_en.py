"""A terse Houston ER nurse's English (issue 45's seventy-seventh turn, blind writer 523).

She clips a question to its chart note: the thing first and the verb after
a comma without "did I" ("one more time by daft punk, play it last
friday?": the song's verb took "it last friday" for a name), "peak hour
and day for my listening" (when I listen most: "for my listening" was
taken for a period) and "song I can't quit lately" (the song on repeat,
read as nothing). Her "wednesday around nine pm, what song" was read
right but reached no sentence: `en.yaml` takes it now.

Run on the words as said, first of `said_as_written_en`, and only in a
sentence with one of her marks (`_MARK`), so no other speaker's question
is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"^[^,]+, (?:play|hear|listen to|put on|catch) (?:it|them|that|her|him)\b"
    r"|\bpeak (?:hour|day|time)s?\b"
    r"|\b(?:song|track|tune) i can'?t (?:quit|shake|stop)\b",
    re.IGNORECASE,
)

_HOUSTON_NURSE_EN: Final[tuple[Rule, ...]] = (
    # "one more time by daft punk, play it last friday?": did I play it.
    (
        r"^([^,]+), (play|hear|listen to|put on|catch) (?:it|them|that|her|him)\b",
        r"did I \2 \1",
    ),
    # "peak hour and day for my listening": when I listen most.
    (
        (
            r"^(?:my )?peak (?:hour|day|time)s?(?: (?:and|&|or) (?:hour|day|time)s?)?"
            r"(?: (?:for|of) my (?:listening|music))?\b"
        ),
        "when do I usually listen",
    ),
    # "song I can't quit lately": the song on repeat.
    (
        r"^(?:the |what )?(song|track|tune) i can'?t (?:quit|shake|stop playing|stop)\b",
        r"what \1 do I keep playing",
    ),
)


def said_by_a_houston_nurse(text: str) -> str:
    """Return a terse nurse's chart-note question said in the English later readers know."""
    return rewrite_marked(_MARK, _HOUSTON_NURSE_EN, text)
