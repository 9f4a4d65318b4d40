"""An Essex hairdresser's English (issue 45's seventy-sixth turn, blind writer 516).

She talks to the speaker as to a client in her chair: "babe" around the
question ("how many songs have I played so far today babe?", "quick one
babe, was X on this afternoon?", "ooh go on then babe, who've I been
playing the most this month?"), where "babe" had been read as the name
counted; a statement asked by its tag alone, the subject dropped
("listened to much Queen this year, have I?", read as a count of a name
"Queen this year, have I"); and a reason given after the question in a
sentence of its own ("is it the weekend I play more or the weekdays?
'Cause the salon's shut Mondays so it's all muddled"), whose "Mondays" had
been answered as the question's day, a wrong fact. A reason after the
question is never its time. "Them people" for those people opens her
"am I one of them people who has the same thing on all the time?", where
"all the time" is always, no period ("on all" had been read).

Run on the words as said, first of `said_as_written_en`; only a sentence
with one of her marks is read (`_MARK`), so no other speaker's question is
rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# ("Had X on, did I?" is read by an older reader.)
_SUBJECTLESS_TAG: Final = (
    r"^(listened to|played|heard)(?: much| a lot of| loads of| lots of| any)?"
    r" (.+?),\s*(?:have|did) (i|we)\s*\?*\s*$"
)

_MARK: Final = re.compile(
    r"\bbabe\b"
    r"|\?\s+(?:'cause|'cos|'coz|cause|cos|coz|because)\b"
    rf"|{_SUBJECTLESS_TAG}"
    r"|\b(?:am i|are we) one of (?:them|those) people\b",
    re.IGNORECASE,
)

_ESSEX_SALON_EN: Final[tuple[Rule, ...]] = (
    # "? 'Cause the salon's shut Mondays ...": the reason she asks, said
    # after the question; its day is never the question's.
    (r"\?\s+(?:'cause|'cos|'coz|cause|cos|coz|because)\b.*$", "?"),
    # "Ooh go on then babe, ...", "quick one babe, ...": an address first.
    (
        (
            r"^(?:(?:ooh+|oh|right|go on then|go on|quick one|quick question|ere)[,!]?\s+)*"
            r"babe[,!]?\s+(?=\w)"
        ),
        "",
    ),
    # "... so far today babe?", "..., babe, ...": an address after a clause.
    (r"[,\s]+babe\s*([?.!]*)\s*$", r"\1"),
    (r",\s*babe\s*,", ","),
    # "Listened to much Queen this year, have I?": the tag asks it.
    (_SUBJECTLESS_TAG, r"have \3 \1 \2?"),
    # "Am I one of them people who has the same thing on all the time?":
    # whether she plays the same songs again and again, of all time.
    (
        (
            r"\b(?:am i|are we) one of (?:them|those) people (?:who|that) (?:has|have|puts?)"
            r" the same (?:thing|things|stuff|songs?) on all the time\b"
        ),
        "do i play the same songs over and over",
    ),
)


def said_in_an_essex_salon(text: str) -> str:
    """Return an Essex hairdresser's question said in the English later readers know."""
    return rewrite_marked(_MARK, _ESSEX_SALON_EN, text, squeeze=True)
