"""A young teen's English from short videos (issue 45's fifty-ninth turn, blind writer 373).

A thirteen-year-old in Ohio asked as she talks online: "bestie, ..." to
the speaker, "which album was I like living in during September" (the one
played most), "my current obsession song, like the one living rent free"
(the song on repeat), "how was my music week" (my week in music). Her
words were read as no question at all. Each rule holds to the slang's
whole frame; a name is never changed.
"""

import re

from .rules import Rule, rewrite

_KIND = r"(album|song|track|artist|band|singer|podcast)"

_TEEN_SLANG_EN: tuple[Rule, ...] = (
    # "Bestie, ...": the speaker spoken to.
    (r"^(?:bestie|besties|bestie boo|girlie|bff)[,!.]*\s+", ""),
    # "Which album was I like living in": the one I played most.
    (
        rf"^which {_KIND} (?:was|were|have|am|are) (i|we) (?:(?:like|literally|basically|just) )*(?:been )?living in\b",
        r"which \1 did \2 play the most",
    ),
    # "My current obsession song, like the one living rent free": the song
    # on repeat.
    (
        rf"^what(?:'s|s| is) my (?:current |latest |new )?obsession {_KIND}\b(?:,?\s*(?:like )?the one (?:living|that's living|that lives) rent[- ]free(?: in my (?:head|brain))?)?(?P<rest>[^?!]*)\W*$",
        r"which \1 have i had on repeat\g<rest>",
    ),
    # "How was my music week": my week in music.
    (r"\bmy music (week|month|year|summer)\b", r"my \1 in music"),
)


def said_as_teen(text: str) -> str:
    """Return a young teen's slang question said plainly."""
    return rewrite(_TEEN_SLANG_EN, text, re.IGNORECASE)
