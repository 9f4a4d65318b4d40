"""A Syrian refugee's A2 English through speech to text (issue 45's eighty-sixth turn, held-out writer 572).

He says the time first and the verb bare, with no "did" ("last summer i
play cafe tacuba", "in last week which band i am listen too much", "last
month how much i press next", "in last 7 day how often i play again same
track"), and the moment before the question ("when i wake up today what
song i put first"). The wide net hears these but the parser found no
question in them.

Only a sentence with one of his marks (`_MARK`: "i am listen", "press
next", "play again same", "i put first", or a time said first and then
"i play"/"i listen" with no auxiliary) is read, so no other speaker's
question is rewritten. A name is never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_WHEN: Final = (
    r"(?:in )?(?:the )?(?:last|past|this) (?:\d+ |two |three |few )?"
    r"(?:days?|weeks?|months?|years?|weekend|summer|winter|spring|autumn|morning|afternoon|evening"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|yesterday|today|tonight"
)

_MARK: Final = re.compile(
    rf"\bi am listen\b|\bpress next\b|\bplay again (?:the )?same\b|\bi put first\b"
    rf"|^(?:{_WHEN}) i (?:play|listen|hear)\b",
    re.IGNORECASE,
)

_SYRIAN_A2_EN: Final[tuple[Rule, ...]] = (
    # "in last week", "in last 7 day": in the last ones (the plain "last
    # week" is the calendar week, kept as he said it).
    (r"^in last (week|month|year)\b", r"last \1"),
    (r"\bin last (\d+|two|three|few) (day|week|month)s?\b", r"in the last \1 \2s"),
    # "which band i am listen too much": whom he played the most.
    (
        rf"^(?P<when>{_WHEN}) (?P<q>which|what|who)(?P<kind> \w+)? i am listen(?:ing)?(?: to)? (?:too much|the most|most|much)\W*$",
        r"\g<q>\g<kind> did i listen to the most \g<when>",
    ),
    # "last month how much i press next": his skips.
    (
        rf"^(?P<when>{_WHEN}) how (?:much|many)(?: times?| songs?)? i press(?:ed)? next\W*$",
        r"how many songs did i skip \g<when>",
    ),
    # "in the last 7 days how often i play again same track": his repeats.
    (
        rf"^(?P<when>{_WHEN}) how (?:often|much|many times?) i play(?:ed)? again (?:the )?same (?P<what>track|song|tune)\W*$",
        r"how often did i play the same \g<what> again \g<when>",
    ),
    # "when i wake up today what song i put first": the day's first song.
    (
        r"^(?:when i wake up|in the morning|morning) (?P<when>today|yesterday) what (?P<what>song|track|podcast) i (?:put|play|listen)(?: to)? first\W*$",
        r"what was the first \g<what> i played \g<when>",
    ),
    (
        r"^(?P<when>today|yesterday) what (?P<what>song|track|podcast) i (?:put|play|listen)(?: to)? first\W*$",
        r"what was the first \g<what> i played \g<when>",
    ),
    # "last summer i play cafe tacuba": did he (never a question word
    # said last, "today i listen to what one").
    (
        rf"^(?P<when>{_WHEN}) i (?:play|listen|hear)(?: to)? (?P<name>(?!.*\b(?:what|which|who|how|when|where|overall|much|most)\b)(?!(?:music|songs?)\b).+?)\W*$",
        r"did i play \g<name> \g<when>",
    ),
)


def said_as_syrian_a2(text: str) -> str:
    """Return a Syrian A2 speaker's dictated English question said plainly."""
    return rewrite_marked(_MARK, _SYRIAN_A2_EN, text, squeeze=True)
