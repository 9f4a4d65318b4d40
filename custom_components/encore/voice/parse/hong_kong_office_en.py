"""A Hong Kong office worker's English (issue 45's seventy-fifth turn, blind writer 513).

Hong Kong English closes a question with Cantonese particles ("ah", "lah",
"la", "wor", "lor"), says "this few days" for these last days (lately),
"which one I listen most, the song la not the singer" for the top song,
"what style music I into" for her taste, and drops articles and past
endings. No reader knew these: "this few days" was read as three days
(a wrong fact), "the song not the singer" was left and the top artist
answered (a wrong fact), "what style music I into" was answered as what
was played (a wrong fact).

Run on the words as said; only a sentence with one of her marks (`_MARK`)
is read, so anyone else's "la" or "style" is left as said.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:lah|la|ah|wor|lor|this few days|the song la|i into|or not|which one)\b",
    re.IGNORECASE,
)

_HONG_KONG_OFFICE_EN: Final[tuple[Rule, ...]] = (
    # "Which one I listen most, the song la not the singer": the top song.
    (
        r"\bwhich one (i|we) (?:listen|listen to|play)(?: the)? most,?\s*(?:the )?(song|track|album)s? (?:la|lah|ah)?,?\s*not (?:the )?(?:singer|artist|band)s?\b",
        r"which \2 did \1 listen to most",
    ),
    # "What style music I into", "what kind music I into": her taste.
    (
        r"\bwhat (?:style|kind|type|sort)(?: of)? music i (?:am )?into\b",
        "what kind of music am i into",
    ),
    # "Podcast I always put on this month which one": the top podcast.
    (
        r"^(podcast|song|singer|band|album) (i|we) always (?:put on|play|listen to?) (.+?),? which one\W*$",
        r"which \1 did \2 play most \3",
    ),
    # "Who am I so crazy about": whom do I play most.
    (
        r"\bwho (?:am|are) (i|we) (?:so )?(?:crazy|mad) (?:about|for)\b",
        r"who did \1 play most",
    ),
    # "This few days": these last days, lately (never three days).
    (r"\bthis few days\b", "lately"),
)


def said_in_hong_kong_office(text: str) -> str:
    """Return a Hong Kong office worker's English said in the English later readers know."""
    return rewrite_marked(_MARK, _HONG_KONG_OFFICE_EN, text)
