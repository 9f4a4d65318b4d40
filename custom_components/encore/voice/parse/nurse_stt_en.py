"""A Filipino nurse's dictated English (issue 45's seventy-eighth turn, blind writer 531).

Blind round seventeen's Filipino nurse in London dictates without
punctuation, and Filipino English asks without "do": "based on my history
what type of artist i like" (her taste: nothing had read it), "am i the
type who repeat and repeat po" (whether she plays the same songs over and
over: Home Assistant had taken it for a command to people). She says why
a day matters right after it: "how many tracks did i stream on saturday
my day off" (Saturday: "day off" had been read as a name "today off",
and the count asked back).

Each rule is bound to these words: "based on my history", a "type of
artist" liked without "do", "the type who repeat and repeat", a day off
said after its day.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_DAY: Final = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
)

_NURSE_STT_EN: Final[tuple[Rule, ...]] = (
    # "On saturday my day off": the day; why it matters asks nothing.
    (
        rf"\b(?P<day>{_DAY}),?\s+(?:(?:it was|it's|its|was) )?(?:on )?my (?:day off|off day|rest day|off)\b",
        r"\g<day>",
    ),
    # "Based on my history, ...": what every answer is based on.
    (r"^based on my (?:listening |music )?history,?\s+(?=\w)", ""),
    # "What type of artist i like": her taste, said without "do".
    (
        (
            r"^(?:what|which) (?:type|kind|sort|genre)s? of (?:artists?|music|songs?|singers?|bands?)"
            r" (?:i|we) (?:like|love|enjoy|am into|like most)(?P<tail>,? po)?\s*\??$"
        ),
        "what kind of music do I like",
    ),
    # "Am i the type who repeat and repeat": the same songs over and over.
    (
        (
            # Only her doubled verb: "am I the type who plays the same stuff
            # over and over" is read already.
            r"^am i the (?:type|kind|sort)(?: of person)? (?:who|that) (?P<verb>repeat|replay)s?"
            r" and (?P=verb)s?(?:,? po)?\s*\??$"
        ),
        "do I play the same songs over and over",
    ),
)


def said_by_a_dictating_nurse(text: str) -> str:
    """Return a Filipino nurse's dictated question in the English readers know."""
    return rewrite(_NURSE_STT_EN, text, re.IGNORECASE)
