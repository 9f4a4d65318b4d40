"""A 90-year-old retired Sussex vicar's English (issue 45's seventy-ninth turn, blind writer 535).

He asks roundabout and formal, and is unsure of modern words: a podcast is
"a spoken wireless programme", a favourite is what he has "been partial to"
or "hooked on" (said with "shall we say" between the words), and a word he
borrows he hedges ("as my grandson would have it"). He says
what he asks of first and the question after it ("Bohemian Rhapsody. When
did it first appear among the things I listen to?"). "I am told I may ask
you this: which spoken wireless programme have I been, shall we say, hooked
on lately?" had been answered with the top songs, everyone's: a wrong fact
("shall we say" is no household's "we"); "Is my streak, ..., still going,
and how long is it?" was taken for two questions.

Run on the words as said; only a sentence with one of his marks is read
(`_MARK`), so no other speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:shall we say|as (?:my|our) (?:grandson|granddaughter|grandchildren"
    r"|children|son|daughter) would have it|wireless|partial to|i am told i may ask"
    r"|among the things (?:i|we) (?:listen|play|hear))\b"
    r"|\bwhen did (?:it|that|they) first appear\b",
    re.IGNORECASE,
)

_SUSSEX_VICAR_EN: Final[tuple[Rule, ...]] = (
    # "I am told I may ask you this: ...": leave to ask, nothing asked.
    (
        r"^i (?:am|was|have been) told (?:that )?i (?:may|might|can|could) ask (?:you )?(?:this|so)\s*[:,.;-]\s*",
        "",
    ),
    # Hedges around a word he borrows: nothing asked, and "shall we say"
    # names no household ("we").
    (r",?\s*\bshall we say\b\s*,?", " "),
    (
        (
            r",?\s*\bas (?:my|our) (?:grandson|granddaughter|grandchildren|children|son|daughter)"
            r" would have it\b\s*,?"
        ),
        " ",
    ),
    # "A spoken wireless programme", "a talking programme": a podcast.
    (
        r"\b(?:spoken|talking|talk|speaking) (?:wireless |radio )?programmes\b",
        "podcasts",
    ),
    (r"\b(?:spoken|talking|talk|speaking) (?:wireless |radio )?programme\b", "podcast"),
    # "Have I been hooked on", "have I been partial to": his favourites of
    # the period (a ranking), never what is on repeat.
    # "What sort of things have I been partial to" stays his taste.
    (
        (
            r"\b(podcasts?|songs?|tracks?|tunes?|pieces?|artists?|bands?|singers?|musicians?"
            r"|albums?|records?) (have|had) (i|we) been (?:hooked on|partial to)\b"
        ),
        r"\1 \2 \3 played most",
    ),
    # "Is my streak still going, and how long is it": one question, the
    # streak's length.
    (
        r"^is (my|our) streak\s*,?\s*still (?:going|on|running|alive)\s*,?\s*and how long is it\b",
        r"how long is \1 streak",
    ),
    # "X. When did it first appear among the things I listen to?": the
    # name's first play, the name said first.
    (
        (
            r"^(.+?)[.,;:]\s+when did (?:it|that|they) first (?:appear|turn up|show up|come up)"
            r"(?: among the things (?:i|we) (?:listen to|play|hear|have played))?\W*$"
        ),
        r"when did i first play \1",
    ),
    (
        r"\bfirst appear among the things (i|we) (?:listen to|play|hear|have played)\b",
        r"first play",
    ),
)


def said_by_a_sussex_vicar(text: str) -> str:
    """Return a Sussex vicar's question said in the English later readers know."""
    return rewrite_marked(_MARK, _SUSSEX_VICAR_EN, text, squeeze=True)
