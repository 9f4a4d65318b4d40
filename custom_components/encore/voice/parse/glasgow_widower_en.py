"""An 86-year-old Glasgow widower's English with Scots words (issue 45's seventy-seventh turn, blind writer 525).

He opens with "jings," (surprise, nothing asked), says "o thae" for "of
those", "hoo" for "how", "o me" for "of me", tells the moment before he
asks ("last night about ten past eight there was a song on, what was it":
what was playing then) and asks his taste as a choice of men ("am I a
rock man or a dance man, what does the machine make o me"). "o thae" was
taken for a name, the moment for a yes-or-no question about "a song",
and the taste reached nothing.

Glasgow's other words ("tae", "wis", "ah") are read by `glasgow_taxi_en`
and `glasgow_en`. Run on the words as said, first of `said_as_written_en`,
and only in a sentence with one of his marks (`_MARK`).
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MAN: Final = r"(?:man|woman|lad|lass|fella|type|sort)"

_MARK: Final = re.compile(
    r"^(?:jings|crivvens|help ma boab)\b"
    r"|\bo thae\b|\bhoo (?:many|much|long|often)\b|\bmake o me\b"
    r"|\bthere was (?:a |some )?(?:song|tune|record|music|something) on,"
    rf"|\bam i an? \w+ {_MAN} or an? \w+ {_MAN}\b",
    re.IGNORECASE,
)

_GLASGOW_WIDOWER_EN: Final[tuple[Rule, ...]] = (
    # "Jings, ...": surprise before the question, nothing asked.
    (r"^(?:jings|crivvens|help ma boab)[,!.]?\s+", ""),
    (r"\bo thae\b", "of those"),
    (r"\bhoo (many|much|long|often)\b", r"how \1"),
    # "..., what does the machine make o me": asks nothing the first half
    # did not.
    (
        r",? what (?:does|do) (?:the|this) (?:machine|thing|box|speaker) make o(?:f)? me\??$",
        "",
    ),
    # "am I a rock man or a dance man": my taste.
    (rf"^am i an? \w+ {_MAN} or an? \w+ {_MAN}\b", "what kind of music am I into"),
    # "last night about ten past eight there was a song on, what was it":
    # what was playing at that moment.
    (
        (
            r"^(.+?),? there was (?:a |some )?(song|tune|record|music|something) on,"
            r" what (?:was it|was that|was that song|was it called)\??$"
        ),
        r"what \2 was playing \1",
    ),
)


def said_by_a_glasgow_widower(text: str) -> str:
    """Return a Glasgow widower's question said in the English later readers know."""
    return rewrite_marked(_MARK, _GLASGOW_WIDOWER_EN, text)
