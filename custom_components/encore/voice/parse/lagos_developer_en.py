"""A Lagos software developer's Nigerian English and Pidgin (issue 45's eighty-sixth turn, blind writer 575).

A fourth Lagos writer (after `nigerian_en`, `lagos_again_en` and
`lagos_dictated_en`, which run later) says "e reach how many times wey I
play X" (how many times: "e reach" was read as the name), a name said first
and asked of with "them" and closed with "abi" ("Air, I hear them at all
this week abi?"), "who be the new people wey enter my history" (new
artists) and "the track wey I no fit stand, the one I skip the most" (the
most skipped).

He also asks "on Saturday for the kitchen, how many things play" (the
plays there that day). Only a sentence with one of his Pidgin marks
(`_MARK`: "wey", "abi", "e reach", "no fit", "who be", "things play") is
read.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:wey|abi|e (?:don )?reach|no fit|who be|things play)\b", re.IGNORECASE
)
# His verbs of listening, said bare for the past.
_VERB: Final = r"(?:play|hear|listen to|catch|put on|rinse)"

_LAGOS_DEVELOPER_EN: Final[tuple[Rule, ...]] = (
    # "E reach how many times wey I play that Phantom by Justice since
    # March": how many times.
    (
        (
            rf"^(?:abeg,? |oya,? )?e (?:don )?reach how many times (?:wey|that) (i|we) (?:don )?(?:dey )?{_VERB}"
            r" (?:that |dat )?"
        ),
        r"how many times did \1 play ",
    ),
    # "On Saturday for the kitchen, how many things play": the plays of
    # that day in that room ("for" the room is where they played).
    (
        (
            r"^(.+?),? for the (kitchen|living room|lounge|sitting room|parlour|bedroom|office|study|garage)"
            r",?\s*how many things (?:dey |don )?play\W*$"
        ),
        r"how many plays \1 in the \2",
    ),
    (r"^how many things (?:dey |don )?play\b", "how many plays"),
    # "Air, I hear them at all this week abi?": did I play Air then.
    (
        (
            rf"^([^,]{{2,40}}),\s*(?:i|we) (?:don )?{_VERB} (?:them|dem|am|it|him|her)(?: at all)?"
            r"(?: (.+?))?,? (?:abi|sef|shey)\W*$"
        ),
        r"did I play \1 \2",
    ),
    # "Since October who be the new people wey enter my history": new artists.
    (
        (
            r"\bwho (?:be|are|were|na) (?:the |dem )?(?:new|fresh) (?:people|faces|names|voices|artists|acts)"
            r" (?:wey|that|who) (?:don )?(?:enter|entered|come into|came into|land in|show for)"
            r" (?:my|our) (?:history|music|listening|playlist|library|ear|ears)\b"
        ),
        "who are the new artists I discovered",
    ),
    # "The track wey I no fit stand, the one I skip the most": the most
    # skipped of that kind.
    (
        (
            r"^(?:abeg,? )?(?:the|dat|that) (song|track|tune|artist|singer|band) (?:wey|that) (i|we)"
            r" no (?:fit|dey|go) (?:stand|like|bear|hear)(?: at all)?,?\s*(?:the one|na the one|dat one)"
            r" (?:wey )?(?:i|we) (?:dey )?skip (?:the )?(?:most|pass)\W*$"
        ),
        r"which \1 do \2 skip the most",
    ),
)


def said_by_a_lagos_developer(text: str) -> str:
    """Return a Lagos developer's Pidgin question said plainly."""
    return rewrite_marked(_MARK, _LAGOS_DEVELOPER_EN, text, squeeze=True)
