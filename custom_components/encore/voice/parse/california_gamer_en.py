"""A Californian teenage gamer's asides (issue 45's eighty-seventh turn, blind writer 585).

He asks plainly, then keeps talking: "ngl i was gaming so i wasnt paying
attention", "ngl i feel like i skip literally everything" (searched as a
name, or refused as a time), "like unique ones not repeats" and "or was i
just running back the same stuff" (both read as the repeat rate, a wrong
fact), "i need the name for my clip" (asked back as a time); and "the last
thing i had on, like the song" for the last song.

Only the aside after a whole question goes; a sentence without his marks
(`_MARK`: "ngl", "bro", "yo", "like", "or was i", "i need") is left as said.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:ngl|bro|yo|like|deadass|no cap|or was i|or am i|i need)\b", re.IGNORECASE
)

_CALIFORNIA_GAMER_EN: Final[tuple[Rule, ...]] = (
    # "..., ngl i was gaming so i wasnt paying attention": a remark after a
    # question ("how", "what", "which", ...) said first.
    (
        (
            r"^(?P<q>(?:(?:bro|yo|ok|okay)[,\s]+)?(?:how|what|whats|what's|which|who|when|did|do|am|have)\b.+?)"
            r",?\s+ngl,?\s+i (?:was|wasnt|wasn't|feel|think|kinda|lowkey|am|'m|literally|need|just)\b.*$"
        ),
        r"\g<q>",
    ),
    # "... like unique ones not repeats" and "... or was i just running
    # back the same stuff" are read for everyone in `idioms_en`.
    # "... i need the name for my clip": why he asks, after the question.
    (
        (
            r",?\s+(?:cuz |because |bc )?i need (?:it|the name|the title|to know) for (?:my|a|the)"
            r" (?:clip|video|edit|stream|tiktok|montage|vod)\W*$"
        ),
        "",
    ),
    # "The last thing i had on, like the song": the last song.
    (
        (
            r"\bthe last thing (i|we) (had on|played|put on|listened to|heard),? like the"
            r" (song|track|tune)\W*$"
        ),
        r"the last \3 \1 \2",
    ),
)


def said_by_a_california_gamer(text: str) -> str:
    """Return a Californian teenage gamer's question without his asides."""
    return rewrite_marked(_MARK, _CALIFORNIA_GAMER_EN, text)
