"""A Belfast electrician's English (issue 45's eighty-fifth turn, blind writer 568).

He says "wee" for anything small ("first wee tune on today", "quick wee
recap"), drops the g ("replayin", "wearin"), ends on ", so"
or ", aye?" and calls a band "that X crowd". No reader knew his turns:
"how much replayin did I do last month" (the repeat rate: nothing had
been read), "first wee tune on today, what was it" ("wee" had been taken
to narrow the first song), "had that cafe tacuba crowd on lately?" (the
band: "cafe tacuba crowd" had been looked for, a wrong answer), "which
song am I wearin out, so" (on repeat, once its g is back), "been a long
year so it is. sum it up for me" (this year's recap).

Only a sentence with one of his marks (`_MARK`) is read, so no other
speaker's question is rewritten: "wee" and "aye" are his, "so it is"
and a dropped g on a listening word too; "that X crowd on" is a band
named by its fans, said by nobody of a light or a room.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:wee|aye|so it is)\b"
    r"|(?<![\w'-])(?:replay|wear|skipp)in(?![\w'-])"
    r"|,\s*so\W*$"
    r"|\bthat .{2,40}? crowd on\b",
    re.IGNORECASE,
)

_BELFAST_SPARKY_EN: Final[tuple[Rule, ...]] = (
    # His dropped g on the words a reader looks for.
    # Only his bare "in" on what is done again, worn out or skipped:
    # "listenin'", "playin" and "re-playin'" are other speakers', read by
    # their readers.
    (r"(?<![\w'-])(replay|wear|skipp)in(?![\w'-])", r"\1ing"),
    # "first wee tune", "quick wee recap": small, asking nothing.
    (r"\bwee\s+", ""),
    # ", so", ", aye?" said last ask nothing.
    (r",?\s+(?:so|aye)\W*$", ""),
    # "had that cafe tacuba crowd on lately?": did I play the band.
    (
        r"^(?:did i have|have i had|had) that (?P<name>.{2,40}?) crowd on\b\s*(?P<rest>[^?]*)\W*$",
        r"did i play \g<name> \g<rest>",
    ),
    (r"\bthat (?P<name>.{2,40}?) crowd\b", r"\g<name>"),
    # "been a long year so it is. sum it up for me": this year's recap.
    (
        (
            r"^(?:it'?s |it has )?(?:been )?a long (year|month|week),?\s*(?:so it is)?\W*"
            r"(?:sum it (?:all )?up|give me the gist|recap it)(?: for me)?\W*$"
        ),
        r"give me a recap of this \1",
    ),
)


def said_by_a_belfast_sparky(text: str) -> str:
    """Return a Belfast electrician's question in plain English."""
    return rewrite_marked(_MARK, _BELFAST_SPARKY_EN, text, squeeze=True)
