"""An East London teenager's Multicultural London English again (issue 45's eighty-first turn, blind writer 545).

`mle_en` reads London's youth English with its punctuation ("..., swear
down", "..., bare ones probably"); this teenager dictates without any, so
his remarks run straight into the question: "how many times has man
played bohemian rhapsody this year bare times i bet" (a lot, I bet: "bare
times" was read into the name), "da funk how many times i played that
since monday its peak how much" ("it's peak" is it's bad: read as the
peak hour, a wrong fact), "how would you describe man's taste don't be
peak about it" (don't be harsh), "... when was that last on feels like
time" (it feels like a long time: read as an area). His "man" is I with a
verb dropped ("how many streams man done this week", "how often did man
skip") and my before a noun ("man's taste"); "when am i usually on it"
asks his usual hour ("on it" is at it, listening); "wagwan" (what's going
on) closes a question and asks nothing.

Run on the words as said; only a sentence with one of his marks (`_MARK`:
"man" beside a verb or a possessive, "bare", "peak" after "it's" or "be",
"wagwan", "feels like time", "on it") is read, so no other speaker's
question is rewritten. `mle_en` and `chat_around_en` read the rest.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\bman(?:'s)? (?:done|played|skip|skipped|taste|vibe)\b|\bdid man\b|\bhas man\b"
    r"|\bbare (?:times|amounts|ones|loads)\b|\b(?:it's|its|that's|thats|be) peak\b"
    r"|\bwagwan\b|\bfeels? like (?:time|ages|forever)\b|\bam i (?:usually|normally|mostly) on it\b",
    re.IGNORECASE,
)

# A question's own opening: a remark after it is left out only when what
# comes before it already asks something.
_ASKS: Final = (
    r"(?:how (?:many|much|long|often)|did|do|have|has|was|when|what|which|who)\b"
)

_EAST_LONDON_TEEN_EN: Final[tuple[Rule, ...]] = (
    # -- remarks run into the question, no comma dictated ----------------------
    # "... bare times i bet", "... bare amounts innit": a lot, I bet; never
    # part of the name or the count.
    (
        r"\s+bare (?:times|amounts|ones|loads)(?: (?:i bet|innit|probably|tbh|fr|still))*\W*$",
        "",
    ),
    # "... its peak how much", "... that's peak innit": it's bad (how much
    # he plays it), never the peak hour. Only after a question of its own.
    (
        (
            rf"^({_ASKS}.*?|.*?\b{_ASKS}.*?)\s+(?:it's|its|that's|thats|it is) peak"
            r"(?: (?:how much|innit|tbh|fr|ngl|still|man|bruv|fam))*\W*$"
        ),
        r"\1",
    ),
    # "... don't be peak about it", "... don't be long": don't be harsh
    # or slow; asks nothing.
    (r"\s+(?:don't|dont|do not) be (?:peak|long|moving peak)(?: about it)?\W*$", ""),
    # "... when was that last on feels like time": it feels like a long
    # time; never a place.
    (
        r"(?<![,;])\s+(?:it )?feels? like (?:time|ages|forever|long)(?: (?:still|innit|fam|bruv))?\W*$",
        "",
    ),
    # "... last year wagwan": what's going on, a greeting; asks nothing.
    (r"^wagwan,?\s+|\s+wagwan(?: (?:fam|bruv|g))?\W*$", ""),
    # -- "man" for I and my ----------------------------------------------------
    # "How many streams man done", "tracks man played": have I played.
    (
        r"\b(streams|tracks|songs|tunes|plays|chunes) man(?:'s| has)? (?:done|played|had|bumped)\b",
        r"\1 have i played",
    ),
    # "How often did man skip", "has man played": I.
    (r"\bdid man (?=(?:skip|play|listen|bump|hear)\b)", "did i "),
    (r"\b(?:has|have) man (?=(?:skipped|played|listened|bumped|heard)\b)", "have i "),
    # "Describe man's taste": my taste.
    (r"\bman's (?=(?:taste|vibe|music taste|taste in music)\b)", "my "),
    # -- his usual hour ----------------------------------------------------------
    # "When am I usually on it, like what hour and what day": when do I
    # usually listen ("on it" is at it).
    (
        (
            r"^when am i (usually|normally|mostly) on it"
            r"(?:,?\s*(?:like )?what (?:hour|time|day)(?: (?:and|or) what (?:hour|time|day))?)?\W*$"
        ),
        r"when do i \1 listen",
    ),
)


def said_by_an_east_london_teen(text: str) -> str:
    """Return an East London teenager's dictated question said plainly."""
    return rewrite_marked(_MARK, _EAST_LONDON_TEEN_EN, text, squeeze=True)
