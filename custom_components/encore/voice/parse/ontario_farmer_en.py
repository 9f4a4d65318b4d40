"""A retired Ontario dairy farmer's questions (issue 45's eighty-first turn, blind writer 546).

An 86-year-old farmer talks to "the machine" as to a hired hand: "Did the
machine play me any Stompin' Tom Connors this summer" (did I play any;
read as no question at all), "Could you sum up October for me, the
listening" (a recap of October, what he means said last), and counts
aloud before he gives up and asks: "Seventeen, eighteen... I lost count,
how many tunes have I had on since the first of the month" (the count was
read as a name, "since the first of the month" as none: this month, from
its first day).

Run on the words as said; only a sentence with one of his marks (`_MARK`:
"the machine" or "the radio thing" as the one who plays, "lost count",
"sum up ... for me") is read, so no other speaker's question is
rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\bthe (?:machine|radio thing|box|contraption) (?:play|played)\b|\blost count\b"
    r"|\bsum up \w+(?: \w+)? for (?:me|us)\b",
    re.IGNORECASE,
)

_NUMBER: Final = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"|thirty|forty|fifty)"
)

_PERIOD: Final = (
    r"((?:last |this )?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|week|month|year|summer|winter"
    r"|spring|autumn|fall)|(?:my|the|our) (?:week|month|year|summer))"
)

_ONTARIO_FARMER_EN: Final[tuple[Rule, ...]] = (
    # "Seventeen, eighteen... I lost count, how many ...": counting aloud
    # before the question; the numbers are no name and no count asked for.
    (
        (
            rf"^(?:{_NUMBER}[,.…\s]+)+(?:\.\.\.\s*)?(?:(?:and )?i(?:'ve)? (?:lost|lose) count"
            r"|where was i)[,.…]*\s+(?=(?:how|what|which|who|when|did|have)\b)"
        ),
        "",
    ),
    # "... since the first of the month": this month, from its first day.
    (
        r"\b(?:had|have|put) on since the (?:very )?(?:first|1st|start|beginning) of the month\b",
        "played this month",
    ),
    (
        r"\bsince the (?:very )?(?:first|1st|start|beginning) of the month\b",
        "this month",
    ),
    # "Did the machine play me any X": did I play X ("play me", for me).
    (
        r"^(did|has) the (?:machine|radio thing|box|contraption) (?:play|played) (?:me|us) (?:any )?",
        "did i play ",
    ),
    # "Could you sum up October for me, the listening": a recap of October,
    # "the listening" said last to make plain what is summed up.
    (
        (
            rf"^(?:(?:could|can|would|will) you )?sum up {_PERIOD} for (?:me|us)"
            r"(?:,?\s*(?:the|my|our) (?:listening|music))?\W*$"
        ),
        r"give me a recap of \1",
    ),
)


def said_by_an_ontario_farmer(text: str) -> str:
    """Return a retired Ontario farmer's question said plainly."""
    return rewrite_marked(_MARK, _ONTARIO_FARMER_EN, text, squeeze=True)
