"""A Johannesburg speaker's English (issue 45's seventy-third turn, blind writer 496).

South African English opens with "yoh", "eish", "ag" or "howzit" and
praises with "lekker" (nice): "yoh how many songs did I play in total last
year" had its "yoh" read as a name, "which lekker song did I have on the
most" its "lekker" as a narrowing no family can answer. Each is a word
that asks nothing: an opener at the start, "lekker" before what is played.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_JOBURG_EN: Final[tuple[Rule, ...]] = (
    (r"^(?:(?:yoh|yho|eish|ag|howzit|ja|haibo)[,.!]*\s+)+(?=\w)", ""),
    (
        r"\blekker (?=(?:songs?|tracks?|tunes?|music|albums?|records?|artists?|bands?|podcasts?|jams?)\b)",
        "",
    ),
)


def said_in_joburg(text: str) -> str:
    """Return a Johannesburg speaker's openers and praise left out."""
    return rewrite(_JOBURG_EN, text, re.IGNORECASE)
