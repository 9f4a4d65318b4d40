"""A Cockney market trader's English (issue 45's sixty-eighth turn, blind writer 461).

Writer 461 dropped the h of "who" as well ("'oo 'ave i 'ad on the most this
year" had been read as the top songs: "'oo" was no word any reader knew, so
the question lost its who), said "wot" for what, greeted with "wotcha" and
closed with "guv", "innit", "or wot" and "go on then" ("number of tracks
played yesterday go on then" had taken "go" for a name), and asked "wot
kicked the day off" for the first song of the day. Each rule is the shape of
the dropped h, or a word of greeting or address said around the question.
"""

import re

from .rules import Rule, rewrite

_COCKNEY_EN: tuple[Rule, ...] = (
    # "'Oo", "'oo's", "'oo've": who with its h dropped ("'ooked" is
    # hooked, read by the dropped h's own rule: no word follows "'oo" there).
    (r"(?<![\w'])'oo(?=(?:'s|'ve|'d)?(?![\w']))", "who"),
    # "Wot", "wot's": what.
    (r"\bwot(?=(?:'s|'d|'ve)?(?![\w']))", "what"),
    # "Wotcha guv", "wotcher", "oi guv": a greeting said first.
    (
        r"^(?:wotcha|wotcher|watcha)\b,?\s*(?:(?:guv|guvnor|mate|son|sunshine)\b,?\s*)?",
        "",
    ),
    (r"^(?:oi|ere|'ere) (?:guv|guvnor)\b,?\s*", ""),
    # "..., guv", "... innit", "... go on then": said last ("or wot" is
    # left to the readers of "or what", which keep its period)
    # ("my year, go on then" is a recap asked for, `clipped_en`'s).
    (
        r"(?:,?\s+(?:guv|guvnor|innit)|(?<=\w) go on then)+\W*$",
        "",
    ),
    # A word of address before the question's time: "proper 'ooked on guv".
    (r"\s+guv(?:nor)?\b,?", ""),
    # "What kicked the day off": the first song of the day.
    (r"^what (?:kicked|started) (?:the|my) day off\b", "what did i start the day with"),
)


def said_in_cockney(text: str) -> str:
    """Return a Cockney trader's question in plain English."""
    return rewrite(_COCKNEY_EN, text, re.IGNORECASE)
