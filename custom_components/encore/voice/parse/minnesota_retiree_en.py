"""A Minnesotan retiree's English (issue 45's eighty-fifth turn, blind writer 570).

She talks around her question: "count 'em up for me, ...", "..., you
know, the day and the hour", "..., that was the day of my hair
appointment", "..., Harold swears up and down I do", and says she was
"just gaga over" a band. No reader knew her turns: "who have I been just
gaga over lately, band-wise I mean" (the top artist), "what did I have
going November third, ..." (what played), "what's my usual time for
putting music on, you know, the day and the hour" (the usual time),
"which bands did I hear for the very first time this past week, the last
seven days I mean" (the period said again: the last seven days), "is it
true I listen more on Saturdays and Sundays than the rest of the week,
Harold swears ..." (the weekend against the weekdays: "the week" had
been read as this week, a wrong fact).

Only a sentence with one of her marks (`_MARK`) is read, so no other
speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:gaga|oh geez|you betcha|harold|count 'em up|band-wise|the day and the hour)\b"
    r"|\bthat was the day (?:of|when|i)\b"
    r"|\bthe rest of the week\b"
    r"|\bthe last seven days i mean\b"
    r"|,\s*just about,",
    re.IGNORECASE,
)

_KIND: Final = r"(?:band|artist|singer|song|tune|album)"

_MINNESOTA_RETIREE_EN: Final[tuple[Rule, ...]] = (
    # Remarks said after the question ask nothing.
    (r",\s*harold (?:swears|says|thinks|wants|keeps|won't)\b.*$", ""),
    (r",\s*that was the day (?:of|when|i)\b.*$", ""),
    (r",?\s*you know,?", ","),
    (r",?\s*the day and the hour\W*$", ""),
    (r"^count 'em up(?: for me)?,?\s*", ""),
    # "who have I been just gaga over lately, band-wise I mean".
    (
        rf"^who (?:have i been|am i|was i|i've been)(?: just| really| totally| all)? (?:gaga|nuts|crazy|wild) (?:over|about) (?P<when>[^,]*?),?\s*(?P<kind>{_KIND})-?wise(?: i mean)?\W*$",
        r"which \g<kind> have i played the most \g<when>",
    ),
    (
        r"^who (?:have i been|am i|was i|i've been)(?: just| really| totally| all)? (?:gaga|nuts|crazy|wild) (?:over|about)\b",
        "who have i played the most",
    ),
    # "Saturday at noon, just about, what did I have on": the moment asked,
    # "just about" no part of it.
    (
        r"^(?P<day>(?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) at (?P<clock>[^,]+?),\s*just about,\s*what did i have on\W*$",
        r"what did i have on \g<day> at \g<clock>",
    ),
    # "what did I have going November third": on.
    (r"^what did i have going\b", "what did i have on"),
    # "my usual time for putting music on": when do I usually.
    (
        r"^what'?s my usual time for putting (?P<content>music|podcasts|tunes|songs) on\b",
        r"when do i usually put \g<content> on",
    ),
    # "this past week, the last seven days I mean": the period said again.
    (
        r"\b(?:this past week|this week|last week),?\s*the last seven days i mean\W*$",
        "in the last seven days",
    ),
    # "on Saturdays and Sundays than the rest of the week": the weekdays.
    (r"\bthan (?:on |during )?the rest of the week\b", "than on weekdays"),
)


def said_by_a_minnesota_retiree(text: str) -> str:
    """Return a Minnesotan retiree's question in plain English."""
    return rewrite_marked(_MARK, _MINNESOTA_RETIREE_EN, text, squeeze=True)
