"""English with Hebrew habits (issue 45's seventy-second turn, blind writer 488).

An Israeli engineer opens with Hebrew's "yalla" (come on), "nu" (well?),
"achi" (bro) or "walla" (really), asks "what is with X" for what about X,
says the thing first and the question after ("the song of this summer for
me, what it was"), and "in the last week" for last week. "Walla how many
tracks we played on saturday" was read as the plays of one named "walla",
"achi any daft punk in the last week" as plays of "achi daft punk in last
week", and "what is with the daily, when I heard it last time" as the last
play of anything, a wrong fact. Each rule needs the Hebrew word or the
turn of phrase itself, so no other speaker's words change.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_OPENERS: Final = (
    r"(?:yalla|yallah|achi|ahi|walla|wallah|wallak|sababa|beseder|tov|ahla|kapara"
    # "Nu" only before a comma or a question's word: "Nu Shooz" is a band.
    r"|nu(?=,|\s+(?:what|who|when|how|which|tell|give|did|do|is|was|any)\b))"
)

_ISRAELI_EN: Final[tuple[Rule, ...]] = (
    # "Achi any daft punk in the last week": did I play any; only after a
    # Hebrew opener ("any Queen spins yesterday" is another speaker's).
    (rf"^(?:{_OPENERS}\b[,!.]?\s*)+any (?=\w)", "did I play any "),
    # The openers ask nothing; "Nu" last ("so, nu?") neither.
    (rf"^(?:{_OPENERS}\b[,!.]?\s*)+", ""),
    (r",?\s*\b(?:nu|achi|yalla|walla|wallah)\W*$", ""),
    # "What is with the daily, when I heard it last time": the thing
    # named first, its "it" in the question after.
    (
        r"^what(?:'s| is) with (?P<name>[^,]+),\s*(?P<ask>.+?) (?:it|them|him|her)\b(?P<rest>[^,]*)$",
        r"\g<ask> \g<name>\g<rest>",
    ),
    # "The song of this summer for me, what it was": what was my song.
    (
        r"^the (?P<x>[\w ]+?) for me,\s*what (?:it|that|this) (?:was|is)\W*$",
        r"what was my \g<x>",
    ),
    # "How many songs I skipped out of all this month": Hebrew's "mitoch"
    # (out of) before the period asks nothing more.
    (r"\bout of all (?=(?:this|last|the|in|since|today|yesterday)\b)", ""),
)


def said_with_hebrew_habits(text: str) -> str:
    """Return an Israeli speaker's English question said plainly."""
    return rewrite(_ISRAELI_EN, text, re.IGNORECASE)
